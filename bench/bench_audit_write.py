"""Audit log write path through Django: record() cost, integrator throughput, event-to-checkpoint latency, storage.

Runs against a fresh database: SQLite in a temporary directory by default, or PostgreSQL with
``--postgres URL`` (a database name that may be dropped and recreated, e.g.
postgresql://postgres@127.0.0.1:5432/bench_audit).

Figures:
* record(): time of the call inside the caller's transaction (what a request pays), p50/p99, plus the commit;
* integrator: pending events -> entries + perfect nodes + signed checkpoint, entries/s at batch 5,000;
* latency under load: a writer process inserts events at a target rate while the integrator loop runs; for each
  event, the time until the first signed checkpoint that covers it (p50/p99);
* storage beyond the event itself, bytes per entry (entry + node tables; SQLite dbstat / PostgreSQL sizes).

Usage: python bench/bench_audit_write.py [--postgres URL] [--events N] [--rate R] [--seconds S]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from typing import Any


def pct(xs: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(xs, n=100, method="inclusive")
    return statistics.median(xs), q[98]


def setup(pg_url: str | None, data_dir: str) -> str:
    os.environ["TRUSTDESK_DATA_DIR"] = data_dir
    os.environ.setdefault("TRUSTDESK_ENV", "development")
    if pg_url:
        import psycopg

        base, name = pg_url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["TRUSTDESK_DATABASE_URL"] = pg_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "trustdesk.config.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    return str(connection.vendor)


def make_org() -> Any:
    from trustdesk.identity import actions
    from trustdesk.tenancy.models import Organization

    return Organization.objects.filter(slug="bench").first() or actions.create_organization(
        actor=None, name="Bench", slug="bench", verified=True
    )


def bench_record(org: Any, n: int) -> None:
    from django.db import transaction

    from trustdesk import audit

    calls, commits = [], []
    cpu0 = time.process_time()
    for i in range(n):
        t0 = time.perf_counter()
        with transaction.atomic():
            t1 = time.perf_counter()
            audit.record(
                action="desk:conversation:message",
                organization=org,
                target_type="desk.conversation",
                target_id=str(i % 500),
                ip="203.0.113.9",
                user_agent="Mozilla/5.0 bench",
                device_id="dev-1",
                country="VN",
                extra={"len": i % 97},
            )
            calls.append(time.perf_counter() - t1)
        commits.append(time.perf_counter() - t0)
    cpu = (time.process_time() - cpu0) / n
    (c50, c99), (t50, t99) = pct(calls), pct(commits)
    print(
        f"record() inside the request transaction: p50 {c50 * 1e3:.3f} ms, p99 {c99 * 1e3:.3f} ms "
        f"({1 / statistics.mean(calls):,.0f} events/s); with its own commit p50 {t50 * 1e3:.3f} ms, "
        f"p99 {t99 * 1e3:.3f} ms; CPU time per event incl. commit {cpu * 1e3:.3f} ms"
    )


_EVENT_COLS = (
    "organization_id",
    "occurred_at",
    "actor_id",
    "actor_role",
    "action",
    "target_type",
    "target_id",
    "outcome",
    "reasons",
    "country",
    "session_ref",
    "extra",
    "personal_hash",
)
_PG_TYPES = (
    "bigint",
    "timestamptz",
    "bigint",
    "text",
    "text",
    "text",
    "text",
    "text",
    "jsonb",
    "text",
    "text",
    "jsonb",
    "text",
)
_seq = [0]


def bulk_events(org_id: int, n: int) -> None:
    """Insert ``n`` events and their pending rows in one transaction with raw SQL (one statement on
    PostgreSQL, executemany on SQLite): the integrator's input at a high rate, which record() itself cannot
    produce on this machine (see the record() figure). ``extra`` differs per event, so no cache flatters
    the integrator."""
    import json

    from django.db import connection, transaction

    from trustdesk.core import clock

    at = connection.ops.adapt_datetimefield_value(clock.now())
    first = _seq[0]
    _seq[0] += n
    rows = [
        (
            org_id,
            at,
            i % 50,
            "support_agent",
            "desk:conversation:message",
            "desk.conversation",
            str(i % 500),
            "success",
            "[]",
            "VN",
            "0123456789abcdef",
            json.dumps({"len": i % 97, "seq": i}),
            "ab" * 32,
        )
        for i in range(first, first + n)
    ]
    cols = ", ".join(f'"{c}"' for c in _EVENT_COLS)
    with transaction.atomic(), connection.cursor() as cur:
        if connection.vendor == "postgresql":
            arrays = ", ".join(f"%s::{t}[]" for t in _PG_TYPES)
            cur.execute(
                f'WITH e AS (INSERT INTO "audit_auditevent" ({cols}) SELECT * FROM unnest({arrays}) RETURNING id) '  # noqa: S608
                'INSERT INTO "audit_auditpending" ("event_id") SELECT id FROM e',
                [list(c) for c in zip(*rows, strict=True)],
            )
            return
        cur.execute('SELECT COALESCE(MAX("id"), 0) FROM "audit_auditevent"')
        last = cur.fetchone()[0]  # SQLite: this transaction holds the write lock from the next statement on
        marks = ", ".join(["?"] * len(_EVENT_COLS))
        sql = f'INSERT INTO "audit_auditevent" ({cols}) VALUES ({marks})'  # noqa: S608 - fixed names
        connection.connection.executemany(sql, rows)
        cur.execute(
            'INSERT INTO "audit_auditpending" ("event_id") SELECT "id" FROM "audit_auditevent" WHERE "id" > %s', [last]
        )


def bench_integrator(org: Any, n: int) -> None:
    from trustdesk.audit import integrator

    bulk_events(org.pk, n)
    t, c = time.perf_counter(), time.process_time()
    res = integrator.integrate_all(batch=5000)
    dt, cpu = time.perf_counter() - t, time.process_time() - c
    print(
        f"integrator: {res.integrated:,} entries in {dt:.2f} s = {res.integrated / dt:,.0f} entries/s (batch 5,000); "
        f"{res.integrated / cpu:,.0f} entries per CPU-second of this process (less sensitive to a busy machine)"
    )


def _writer(org_id: int, rate: float, seconds: float, out: Any) -> None:
    from django.db import connections

    connections.close_all()
    chunk = max(1, int(rate / 50))  # 50 transactions per second of `chunk` events each
    t0 = time.monotonic()
    t_end = t0 + seconds
    nxt = t0
    written = 0
    while time.monotonic() < t_end:
        bulk_events(org_id, chunk)
        written += chunk
        nxt += chunk / rate
        delay = nxt - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    out.send((written, time.monotonic() - t0))
    connections.close_all()


def bench_latency(org: Any, rate: float, seconds: float) -> None:
    """Offer ``rate`` events/s for ``seconds`` while the integrator loop runs; every written event counts
    (the run waits until the backlog is integrated, so slow events are not silently left out)."""
    import threading

    from django.db import connections

    from trustdesk.audit import integrator
    from trustdesk.audit.models import AuditCheckpoint, AuditLog, AuditLogEntry, AuditPending

    audit_log = AuditLog.objects.get(organization=org)
    start_size = audit_log.size
    connections.close_all()
    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_writer, args=(org.pk, rate, seconds, send))
    stop = threading.Event()
    worker = threading.Thread(target=integrator.run_forever, kwargs={"stop": stop, "holder": "bench"})
    load0 = os.getloadavg()[0]
    cpu0 = time.process_time()
    proc.start()  # fork before the integrator thread exists: forking a process with live threads can deadlock
    worker.start()
    written, writer_secs = recv.recv()
    proc.join()
    t_written = time.monotonic()
    while AuditPending.objects.exists() and time.monotonic() - t_written < 120:
        time.sleep(0.05)
    drain = time.monotonic() - t_written
    time.sleep(0.2)
    stop.set()
    worker.join()
    cpu = time.process_time() - cpu0
    load1 = os.getloadavg()[0]
    cps = list(
        AuditCheckpoint.objects.filter(log=audit_log, size__gt=start_size)
        .order_by("size")
        .values_list("size", "created_at")
    )
    entries = (
        AuditLogEntry.objects.filter(log=audit_log, idx__gte=start_size)
        .order_by("idx")
        .values_list("idx", "event__occurred_at")
    )
    lat = []
    j = 0
    for idx, occurred in entries.iterator(chunk_size=5000):
        while cps[j][0] <= idx:
            j += 1
        lat.append((cps[j][1] - occurred).total_seconds())
    p50, p99 = pct(lat)
    achieved = written / writer_secs
    verdict = (
        "the writer reached the target"
        if achieved >= 0.95 * rate
        else f"the writer did NOT reach the target ({achieved / rate:.0%} of it)"
    )
    print(
        f"under load: {written:,} events offered at {rate:,.0f}/s target for {seconds:.0f} s, achieved "
        f"{achieved:,.0f}/s ({verdict}); {len(lat):,} integrated, backlog drained {drain:.1f} s after the writer "
        f"stopped; {len(cps)} checkpoints; event -> signed checkpoint p50 {p50 * 1e3:.0f} ms, p99 {p99 * 1e3:.0f} "
        f"ms, max {max(lat) * 1e3:.0f} ms; integrator CPU {cpu:.1f} s; load average {load0:.2f} -> {load1:.2f}"
    )


def storage(vendor: str) -> None:
    from django.db import connection

    from trustdesk.audit.models import AuditLogEntry

    n = AuditLogEntry.objects.count()
    with connection.cursor() as cur:
        sizes = {}
        for table in (
            "audit_auditlogentry",
            "audit_auditnode",
            "audit_auditcheckpoint",
            "audit_auditevent",
            "audit_auditpersonal",
        ):
            if vendor == "sqlite":  # the table plus its indexes
                cur.execute("SELECT name FROM sqlite_master WHERE tbl_name = %s", [table])
                names = [r[0] for r in cur.fetchall()]
                marks = ", ".join(["%s"] * len(names))
                cur.execute(f"SELECT SUM(pgsize) FROM dbstat WHERE name IN ({marks})", names)  # noqa: S608
            else:
                cur.execute("SELECT pg_total_relation_size(%s)", [table])
            sizes[table] = int(cur.fetchone()[0] or 0)
    tree = sizes["audit_auditlogentry"] + sizes["audit_auditnode"]
    print(
        f"storage beyond the event: {tree / n:.0f} B/entry (entry table {sizes['audit_auditlogentry'] / n:.0f}, "
        f"node table {sizes['audit_auditnode'] / n:.0f}); checkpoints {sizes['audit_auditcheckpoint'] / n:.1f} "
        f"B/entry; the event rows themselves {sizes['audit_auditevent'] / n:.0f} B/entry ({n:,} entries)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--postgres", metavar="URL")
    ap.add_argument("--events", type=int, default=100_000, help="events for the integrator benchmark")
    ap.add_argument("--records", type=int, default=5000, help="record() calls to time")
    ap.add_argument("--rate", type=float, default=25_000, help="events/s offered in the latency run")
    ap.add_argument("--seconds", type=float, default=10)
    args = ap.parse_args()
    sys.path.insert(0, os.path.dirname(__file__))
    from _machine import describe

    with tempfile.TemporaryDirectory() as tmp:
        vendor = setup(args.postgres, tmp)
        from django.db import connection

        print(describe(), f"| load average {os.getloadavg()[0]:.2f}")
        print(f"database: {vendor} {connection.Database.sqlite_version if vendor == 'sqlite' else ''}".rstrip())
        org = make_org()
        bench_record(org, args.records)
        bench_integrator(org, args.events)
        bench_latency(org, args.rate, args.seconds)
        storage(vendor)
    return 0


if __name__ == "__main__":
    sys.exit(main())

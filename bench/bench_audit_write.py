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


def bulk_events(org_id: int, n: int) -> None:
    """Insert events + pending rows directly (fast fixture for the integrator benchmark)."""
    from django.db import transaction

    from trustdesk.audit.models import AuditEvent, AuditPending
    from trustdesk.core import clock

    batch = 2000
    for start in range(0, n, batch):
        with transaction.atomic():
            events = AuditEvent.objects.bulk_create(
                [
                    AuditEvent(
                        organization_id=org_id,
                        occurred_at=clock.now(),
                        actor_id=i % 50,
                        actor_role="support_agent",
                        action="desk:conversation:message",
                        target_type="desk.conversation",
                        target_id=str(i % 500),
                        outcome="success",
                        reasons=[],
                        country="VN",
                        session_ref="0123456789abcdef",
                        extra={"len": i % 97},
                        personal_hash="ab" * 32,
                    )
                    for i in range(start, min(n, start + batch))
                ]
            )
            if events[0].pk is None:  # SQLite before RETURNING support: fetch the ids
                ids = list(AuditEvent.objects.order_by("-id").values_list("id", flat=True)[: len(events)])
            else:
                ids = [e.pk for e in events]
            AuditPending.objects.bulk_create([AuditPending(event_id=i) for i in ids])


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


def _writer(org_id: int, rate: float, seconds: float) -> None:
    from django.db import connections

    connections.close_all()
    chunk = max(1, int(rate / 20))  # 20 inserts per second of `chunk` events
    t_end = time.monotonic() + seconds
    nxt = time.monotonic()
    while time.monotonic() < t_end:
        bulk_events(org_id, chunk)
        nxt += chunk / rate
        delay = nxt - time.monotonic()
        if delay > 0:
            time.sleep(delay)
    connections.close_all()


def bench_latency(org: Any, rate: float, seconds: float) -> None:
    import threading

    from django.db import connections

    from trustdesk.audit import integrator
    from trustdesk.audit.models import AuditCheckpoint, AuditLog, AuditLogEntry

    audit_log = AuditLog.objects.get(organization=org)
    start_size = audit_log.size
    connections.close_all()
    proc = multiprocessing.get_context("fork").Process(target=_writer, args=(org.pk, rate, seconds))
    stop = threading.Event()
    worker = threading.Thread(target=integrator.run_forever, kwargs={"stop": stop, "holder": "bench"})
    t0 = time.monotonic()
    proc.start()  # fork before the integrator thread exists: forking a process with live threads can deadlock
    worker.start()
    proc.join()
    time.sleep(2.5)
    stop.set()
    worker.join()
    wall = time.monotonic() - t0
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
    print(
        f"under load: {len(lat):,} events written at {rate:,.0f}/s target for {seconds:.0f} s "
        f"(achieved {len(lat) / seconds:,.0f}/s), {len(cps)} checkpoints in {wall:.1f} s; "
        f"event -> signed checkpoint p50 {p50 * 1e3:.0f} ms, p99 {p99 * 1e3:.0f} ms"
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

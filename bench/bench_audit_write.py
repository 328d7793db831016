"""Audit log write path through Django: record() cost, integrator throughput, event-to-checkpoint latency, storage.

Runs against a fresh database: SQLite in a temporary directory by default, or PostgreSQL with
``--postgres URL`` (a database name that may be dropped and recreated, e.g.
postgresql://postgres@127.0.0.1:5432/bench_audit).

Figures:
* record(): time of the call inside the caller's transaction (what a request pays), p50/p99, plus the commit;
* integrator: pending events -> entries + tiles + signed checkpoint, entries/s at batch 5,000;
* latency under load (the integrator loop at its configured batch cap, TRUSTDESK_LOG_INTEGRATOR_BATCH): other
  processes, the load generator (``--writers``, default 2: one process alone is CPU-bound below 25,000/s on this
  machine; on SQLite the two queue for its single write lock), bulk-insert the rows record() writes (event, personal
  data, and on PostgreSQL the pending row; COPY on PostgreSQL, executemany on SQLite, 50 transactions per second each)
  at a target rate while the integrator loop runs in this process. Reported: the offered rate actually achieved, the
  backlog of events not yet integrated, and for each event the time until the first signed checkpoint that covers it
  (p50/p99/max);
* storage beyond the event itself, bytes per entry (entry + tile tables; SQLite dbstat / PostgreSQL
  pg_total_relation_size, i.e. heap + indexes + TOAST + free space / visibility maps).

Usage: python bench/bench_audit_write.py [--postgres URL] [--events N] [--rate R] [--seconds S] [--writers W]
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

from _fresh_db import setup


def pct(xs: list[float]) -> tuple[float, float]:
    q = statistics.quantiles(xs, n=100, method="inclusive")
    return statistics.median(xs), q[98]


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


_PERSONAL_COLS = ("event_id", "salt", "ip", "user_agent", "device_id")
_seq = [0]


def _new_ids(n: int) -> list[int]:
    """``n`` event ids the way the table would assign them (PostgreSQL: from the column's sequence; SQLite: above
    the current maximum, under the write lock the caller's transaction already holds)."""
    from django.db import connection

    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                "SELECT nextval(pg_get_serial_sequence('audit_auditevent', 'id')) FROM generate_series(1, %s)", [n]
            )
            return [r[0] for r in cur.fetchall()]
        cur.execute('SELECT COALESCE(MAX("id"), 0) FROM "audit_auditevent"')
        last = int(cur.fetchone()[0])
    return list(range(last + 1, last + 1 + n))


def bulk_events(org_id: int, n: int) -> None:
    """Insert ``n`` events with the rows record() writes for each (event, erasable personal data, and on
    PostgreSQL the pending row) in one transaction, in bulk: COPY on PostgreSQL, the driver's executemany on
    SQLite. This is the load
    generator, not record(): it produces the integrator's input at a rate that record() calls from one process
    cannot reach on this machine (see the record() figure). ``extra`` differs per event, so no cache flatters
    the integrator."""
    import json

    from django.db import connection, transaction

    from trustdesk.audit.models import EVENT_COLUMNS
    from trustdesk.core import clock

    now = clock.now()
    first = _seq[0]
    _seq[0] += n
    with transaction.atomic(), connection.cursor() as cur:
        if connection.vendor == "sqlite":  # take the write lock before choosing ids
            cur.execute('DELETE FROM "audit_auditpending" WHERE 0')
        ids = _new_ids(n)
        if connection.vendor == "postgresql":
            at = now.isoformat()
            events = "".join(
                f"{pk}\t{org_id}\t{at}\t{i % 50}\tsupport_agent\tdesk:conversation:message\tdesk.conversation\t"
                f'{i % 500}\tsuccess\t[]\tVN\t0123456789abcdef\t{{"len": {i % 97}, "seq": {i}}}\t{"ab" * 32}\n'
                for pk, i in zip(ids, range(first, first + n), strict=True)
            )
            salt = "\\\\x" + "5a" * 16
            personal = "".join(f"{pk}\t{salt}\t203.0.113.9\tMozilla/5.0 bench\tdev-{pk % 7}\n" for pk in ids)
            pending = "".join(f"{pk}\n" for pk in ids)
            for table, cols, text in (
                ("audit_auditevent", EVENT_COLUMNS, events),
                ("audit_auditpersonal", _PERSONAL_COLS, personal),
                ("audit_auditpending", ("event_id",), pending),
            ):
                names = ", ".join(f'"{c}"' for c in cols)
                with cur.cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    copy.write(text)
            return
        at = connection.ops.adapt_datetimefield_value(now)
        raw = connection.connection
        marks = ", ".join(["?"] * len(EVENT_COLUMNS))
        cols = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
        raw.executemany(
            f'INSERT INTO "audit_auditevent" ({cols}) VALUES ({marks})',  # noqa: S608 - fixed names
            [
                (
                    pk,
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
                for pk, i in zip(ids, range(first, first + n), strict=True)
            ],
        )
        cols = ", ".join(f'"{c}"' for c in _PERSONAL_COLS)
        raw.executemany(
            f'INSERT INTO "audit_auditpersonal" ({cols}) VALUES (?, ?, ?, ?, ?)',  # noqa: S608 - fixed names
            [(pk, b"Z" * 16, "203.0.113.9", "Mozilla/5.0 bench", f"dev-{pk % 7}") for pk in ids],
        )
        # no pending rows on SQLite: record() writes none there (the integrator reads above its cursor)


def not_integrated() -> int:
    """Events not yet in a log: the pending rows on PostgreSQL; on SQLite the events above the cursor."""
    from django.db import connection

    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute(
                'SELECT COUNT(*) FROM "audit_auditevent" WHERE "id" > '
                '(SELECT COALESCE(MAX("event_id"), 0) FROM "audit_auditlogentry")'
            )
        else:
            cur.execute('SELECT COUNT(*) FROM "audit_auditpending"')
        return int(cur.fetchone()[0])


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


def _sched() -> tuple[float, float]:
    """This process's time on a CPU and time runnable but waiting for one, in seconds (Linux schedstat; the
    process CPU clock and 0 elsewhere)."""
    try:
        with open("/proc/self/schedstat") as f:
            on_cpu, queued = f.read().split()[:2]
        return int(on_cpu) / 1e9, int(queued) / 1e9
    except (OSError, ValueError):
        return time.process_time(), 0.0


def _writer(org_id: int, rate: float, seconds: float, out: Any, k: int) -> None:
    from django.db import connections

    connections.close_all()
    _seq[0] = k * 1_000_000_000  # distinct ``extra`` per event across writers
    chunk = max(1, int(rate / 50))  # 50 transactions per second of `chunk` events each
    t0 = time.monotonic()
    t_end = t0 + seconds
    nxt = t0
    written = 0
    slept = 0.0
    cpu0, queued0 = _sched()
    while time.monotonic() < t_end:
        bulk_events(org_id, chunk)
        written += chunk
        nxt += chunk / rate
        delay = nxt - time.monotonic()
        if delay > 0:
            time.sleep(delay)
            slept += delay
    cpu1, queued1 = _sched()
    wall = time.monotonic() - t0
    # wall time = on CPU + runnable but waiting for a CPU (other processes) + paced sleep + the rest, which is
    # mostly waiting for SQLite's write lock (busy handler) or PostgreSQL's locks and round trips
    out.send((written, wall, (cpu1 - cpu0, queued1 - queued0, slept)))
    connections.close_all()


def bench_latency(org: Any, rate: float, seconds: float, writers: int) -> None:
    """Offer ``rate`` events/s (split over ``writers`` processes) for ``seconds`` while the integrator loop runs;
    every written event counts (the run waits until the backlog is integrated, so slow events are not silently
    left out)."""
    import threading

    from django.db import connections

    from trustdesk.audit import integrator
    from trustdesk.audit.models import AuditCheckpoint, AuditLog, AuditLogEntry

    audit_log = AuditLog.objects.get(organization=org)
    start_size = audit_log.size
    connections.close_all()
    ctx = multiprocessing.get_context("fork")
    pipes = [ctx.Pipe(duplex=False) for _ in range(writers)]
    procs = [
        ctx.Process(target=_writer, args=(org.pk, rate / writers, seconds, send, k + 1))
        for k, (_recv, send) in enumerate(pipes)
    ]
    stop = threading.Event()
    worker = threading.Thread(target=integrator.run_forever, kwargs={"stop": stop, "holder": "bench"})
    load0 = os.getloadavg()[0]
    cpu0 = time.process_time()
    for proc in procs:  # fork before the integrator thread exists: forking a process with live threads can deadlock
        proc.start()
    worker.start()
    backlog = []  # events not yet integrated, sampled twice a second while the writers run
    while not all(recv.poll(0) for recv, _ in pipes):
        time.sleep(0.5)
        backlog.append(not_integrated())
    results = [recv.recv() for recv, _ in pipes]
    for proc in procs:
        proc.join()
    written = sum(w for w, _, _ in results)
    writer_secs = max(s for _, s, _ in results)
    wall_all = sum(s for _, s, _ in results)
    on_cpu, queued, slept = (sum(r[2][i] for r in results) for i in range(3))
    other = max(0.0, wall_all - on_cpu - queued - slept)
    t_written = time.monotonic()
    while not_integrated() and time.monotonic() - t_written < 120:
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
        "the generator reached the target"
        if achieved >= 0.95 * rate
        else f"the generator did NOT reach the target ({achieved / rate:.0%} of it)"
    )
    print(
        f"under load (the generator bulk-inserts the rows record() writes from {writers} other "
        f"process{'es' if writers > 1 else ''}, 50 transactions/s each): {written:,} events offered at "
        f"{rate:,.0f}/s target for {seconds:.0f} s, achieved "
        f"{achieved:,.0f}/s ({verdict}); generator {written / max(on_cpu, 1e-9):,.0f} events per CPU-second, of its "
        f"wall time {on_cpu / wall_all:.0%} on a CPU, {queued / wall_all:.0%} waiting for one, {slept / wall_all:.0%} "
        f"paced, {other / wall_all:.0%} waiting otherwise (locks, I/O); "
        f"{len(lat):,} integrated; backlog (not yet integrated) while writing: median "
        f"{statistics.median(backlog or [0]):,.0f}, max {max(backlog or [0]):,}; drained {drain:.1f} s after the "
        f"generator stopped; {len(cps)} checkpoints; event -> signed checkpoint p50 {p50 * 1e3:.0f} ms, p99 "
        f"{p99 * 1e3:.0f} ms, max {max(lat) * 1e3:.0f} ms; integrator CPU {cpu:.1f} s; load average {load0:.2f} -> "
        f"{load1:.2f}"
    )


def storage(vendor: str) -> None:
    from django.db import connection

    from trustdesk.audit.models import AuditLog, AuditLogEntry

    n = AuditLogEntry.objects.count()
    with connection.cursor() as cur:
        sizes = {}
        for table in (
            "audit_auditlogentry",
            "audit_audittile",
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
    edge = max(len(bytes(e)) for e in AuditLog.objects.values_list("edge", flat=True))
    tree = sizes["audit_auditlogentry"] + sizes["audit_audittile"]
    print(
        f"storage beyond the event: {tree / n:.0f} B/entry (entry table {sizes['audit_auditlogentry'] / n:.0f}, "
        f"tile table {sizes['audit_audittile'] / n:.0f}; plus the head's right-edge tiles, {edge:,} B per log, "
        f"O(log n)); checkpoints {sizes['audit_auditcheckpoint'] / n:.1f} B/entry; the event rows themselves "
        f"{sizes['audit_auditevent'] / n:.0f} B/entry ({n:,} entries)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--postgres", metavar="URL")
    ap.add_argument("--events", type=int, default=100_000, help="events for the integrator benchmark")
    ap.add_argument("--records", type=int, default=5000, help="record() calls to time")
    ap.add_argument("--rate", type=float, default=25_000, help="events/s offered in the latency run")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--writers", type=int, help="load generator processes (default: 2)")
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
        bench_latency(org, args.rate, args.seconds, args.writers or 2)
        storage(vendor)
    return 0


if __name__ == "__main__":
    sys.exit(main())

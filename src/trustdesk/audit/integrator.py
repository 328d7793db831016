"""The batched integrator: pending events -> contiguous log indices, tiles of perfect nodes, a signed checkpoint.

Why batched and single-writer: the request transaction only inserts the event (and, on PostgreSQL, a pending
row; cheap, never blocks on the tree); one integrator at a time takes a batch, assigns indices in event-id order
per log, writes entries and the newly completed tiles, moves the head (with its partial right-edge tiles) and
signs a checkpoint, all in one transaction. What a batch takes: on PostgreSQL the pending queue (ids there
commit out of order); on SQLite the events above the highest integrated id (ids there commit in order; see
``_events_after_cursor``).

Why it cannot fork: every batch first takes the integrator lease row *inside* the batch transaction. On
PostgreSQL that row lock serialises integrators; on SQLite the IMMEDIATE transaction does. A second integrator
that finds a live lease held by someone else does nothing. Independently, the ``(log, idx)`` primary key and the
unique ``event_id`` make a double-written index or a doubly integrated event fail the transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q

from trustdesk.audit import keys, merkle, note
from trustdesk.audit.leaf import fragments_of_json_text, leaf_from_values
from trustdesk.audit.models import (
    EVENT_COLUMNS,
    PLATFORM_LOG_KEY,
    AuditCheckpoint,
    AuditLease,
    AuditLog,
    AuditPending,
)
from trustdesk.core import clock

log = logging.getLogger(__name__)

LEASE_NAME = "integrator"
LEASE_SECONDS = 10


@dataclass
class IntegrationResult:
    integrated: int = 0
    sizes: dict[str, int] = field(default_factory=dict)  # origin -> size after this batch
    checkpoints: int = 0
    lease_busy: bool = False


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"[:80]


def frontier_of(audit_log: AuditLog) -> merkle.Frontier:
    raw = bytes(audit_log.frontier or b"")
    return merkle.Frontier(
        audit_log.size, tuple(raw[i : i + merkle.HASH_SIZE] for i in range(0, len(raw), merkle.HASH_SIZE))
    )


def _ensure_lease_row() -> None:
    if AuditLease.objects.filter(name=LEASE_NAME).exists():
        return
    try:
        with transaction.atomic():
            AuditLease.objects.create(name=LEASE_NAME, holder="", expires_at=clock.now() - timedelta(days=1))
    except IntegrityError:
        pass  # created concurrently


def _take_lease(holder: str) -> bool:
    """Inside the batch transaction: renew our lease or take an expired one (row lock held until commit)."""
    now = clock.now()
    return bool(
        AuditLease.objects.filter(name=LEASE_NAME)
        .filter(Q(holder=holder) | Q(expires_at__lt=now))
        .update(holder=holder, expires_at=now + timedelta(seconds=LEASE_SECONDS))
    )


def _lease_looks_free(holder: str) -> bool:
    """Outside any transaction, a hint only: ours or expired, as ``_take_lease`` will decide under the lock."""
    return AuditLease.objects.filter(name=LEASE_NAME).filter(Q(holder=holder) | Q(expires_at__lt=clock.now())).exists()


def release_lease(holder: str) -> None:
    AuditLease.objects.filter(name=LEASE_NAME, holder=holder).update(holder="", expires_at=clock.now())


def get_or_create_log(organization_id: int | None) -> AuditLog:
    """The log of an organization (None: the platform log); its origin is fixed at creation."""
    logs = AuditLog.objects.all()
    found = (
        logs.filter(organization__isnull=True)
        if organization_id is None
        else logs.filter(organization_id=organization_id)
    ).first()
    if found is not None:
        return found
    if organization_id is None:
        key = PLATFORM_LOG_KEY
    else:
        from trustdesk.tenancy.models import Organization

        key = Organization.objects.values_list("slug", flat=True).get(pk=organization_id)
    return AuditLog.objects.create(
        organization_id=organization_id,
        key=key,
        origin=keys.origin_for(key),
        size=0,
        frontier=b"",
        root=merkle.EMPTY_ROOT,
    )


def _id_list(ids: list[int]) -> str:
    """Integers as one ``1,2,3`` text parameter: with client-side binding the driver quotes one string in C,
    where a Python list becomes an array literal built element by element in Python (most of the batch's
    client time on PostgreSQL)."""
    return ",".join(map(str, ids))


def _insert_entries(log_pk: int, start: int, event_ids: list[int]) -> None:
    """Entries ``start, start + 1, ...`` of the log: one statement on PostgreSQL, executemany on SQLite."""
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                'INSERT INTO "audit_auditlogentry" ("log_id", "idx", "event_id")'
                " SELECT %s, %s + t.o - 1, t.e FROM unnest(string_to_array(%s, ',')::bigint[]) WITH ORDINALITY"
                " AS t(e, o)",
                [log_pk, start, _id_list(event_ids)],
            )
            return
    rows = [(log_pk, i, e) for i, e in enumerate(event_ids, start)]
    # the driver's own executemany: no per-statement placeholder rewrite by the wrapper
    connection.connection.executemany(
        'INSERT INTO "audit_auditlogentry" ("log_id", "idx", "event_id") VALUES (?, ?, ?)', rows
    )


_TILE_BYTES = merkle.HASH_SIZE << merkle.TILE_HEIGHT


def _insert_tiles(log_pk: int, tiles: list[tuple[int, bytes]]) -> None:
    """Newly complete tiles: on PostgreSQL one statement whose tiles travel as one bytea (sliced server-side)."""
    if not tiles:
        return
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                'INSERT INTO "audit_audittile" ("log_id", "tid", "hashes")'  # noqa: S608 - only a constant size
                f" SELECT %s, t.n, substring(b.h FROM {_TILE_BYTES} * (t.o - 1)::int + 1 FOR {_TILE_BYTES})"
                " FROM unnest(string_to_array(%s, ',')::bigint[]) WITH ORDINALITY AS t(n, o),"
                " (SELECT %s::bytea AS h) b",
                [log_pk, _id_list([tid for tid, _ in tiles]), b"".join(h for _, h in tiles)],
            )
            return
    connection.connection.executemany(
        'INSERT INTO "audit_audittile" ("log_id", "tid", "hashes") VALUES (?, ?, ?)', [(log_pk, t, h) for t, h in tiles]
    )


def sign_checkpoint(audit_log: AuditLog) -> AuditCheckpoint:
    """Sign the log's current head and store the note (call inside the transaction that moved the head)."""
    cp = note.Checkpoint(audit_log.origin, audit_log.size, bytes(audit_log.root))
    text = note.sign_checkpoint(cp, [keys.signer_for(audit_log.origin)])
    return AuditCheckpoint.objects.create(log=audit_log, size=cp.size, root=cp.root, note=text)


@dataclass
class _Grown:
    """One log's part of a batch, computed: its new entries, tiles and head, and the signed checkpoint note."""

    audit_log: AuditLog
    start: int
    frontier_before: bytes
    event_ids: list[int]
    tiles: list[tuple[int, bytes]]
    frontier: merkle.Frontier
    edge: bytes
    note: str


def _grow(audit_log: AuditLog, events: list[tuple[Any, ...]]) -> _Grown:
    """Leaves, hashes, tiles, the new head and its signed note for ``events`` appended to ``audit_log`` (CPU only,
    no write: on SQLite this runs before the write lock is taken)."""
    start = audit_log.size
    datas = _leaves(events, audit_log.origin, start)
    sha = hashlib.sha256
    before = frontier_of(audit_log)
    frontier, nodes = merkle.append(
        before, [sha(merkle.LEAF_PREFIX + d).digest() for d in datas], every=merkle.TILE_HEIGHT
    )
    tiles, edge = merkle.extend_tiles(start, frontier.size, bytes(audit_log.edge or b""), nodes)
    cp = note.Checkpoint(audit_log.origin, frontier.size, frontier.root())
    text = note.sign_checkpoint(cp, [keys.signer_for(audit_log.origin)])
    return _Grown(
        audit_log, start, bytes(audit_log.frontier or b""), [ev[0] for ev in events], tiles, frontier, edge, text
    )


def _write(grown: _Grown, result: IntegrationResult) -> None:
    audit_log = grown.audit_log
    _insert_entries(audit_log.pk, grown.start, grown.event_ids)
    _insert_tiles(audit_log.pk, grown.tiles)
    audit_log.size = grown.frontier.size
    audit_log.frontier = b"".join(grown.frontier.hashes)
    audit_log.root = grown.frontier.root()
    audit_log.edge = grown.edge
    audit_log.updated_at = clock.now()
    audit_log.save(update_fields=["size", "frontier", "root", "edge", "updated_at"])
    AuditCheckpoint.objects.create(log=audit_log, size=audit_log.size, root=audit_log.root, note=grown.note)
    result.checkpoints += 1
    result.sizes[audit_log.origin] = audit_log.size
    result.integrated += len(grown.event_ids)


def _by_log(rows: list[tuple[Any, ...]]) -> dict[int | None, list[tuple[Any, ...]]]:
    by_log: dict[int | None, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        by_log[row[1]].append(row)
    return by_log


def _prepare_sqlite(batch: int) -> tuple[int, list[_Grown]] | None:
    """SQLite, before the write lock: the cursor, the next batch above it and everything computed from it. None
    when there is nothing to do or a log must first be created (that batch is computed under the lock).

    Reads here are autocommit snapshots; ``_still_current`` re-checks the cursor and every head under the lock.
    Why a batch read before the lock stays exact: ids commit in order, so an event committed after this read has
    a higher id than every event read here; with the cursor unchanged, the events read are still the lowest ids
    above it, and events are immutable (triggers)."""
    with connection.cursor() as cur:
        cur.execute(_CURSOR_AND_BATCH, [batch])
        rows = cur.fetchall()
    if not rows:
        return None
    cursor = int(rows[0][-1])
    grown = []
    for org_id, events in _by_log([row[:-1] for row in rows]).items():
        found = (
            AuditLog.objects.filter(organization_id=org_id)
            if org_id is not None
            else AuditLog.objects.filter(organization__isnull=True)
        )
        audit_log = found.first()
        if audit_log is None:
            return None
        grown.append(_grow(audit_log, events))
    return cursor, grown


def _still_current(cursor: int, grown: list[_Grown]) -> bool:
    """Under the write lock: nothing was integrated since ``_prepare_sqlite`` read (same cursor, same heads)."""
    if integrated_through() != cursor:
        return False
    heads = {
        pk: (size, bytes(frontier or b""))
        for pk, size, frontier in AuditLog.objects.filter(pk__in=[g.audit_log.pk for g in grown]).values_list(
            "pk", "size", "frontier"
        )
    }
    return all(heads.get(g.audit_log.pk) == (g.start, g.frontier_before) for g in grown)


def integrate_once(*, batch: int | None = None, holder: str | None = None) -> IntegrationResult:
    """Integrate up to ``batch`` pending events and sign a checkpoint for every log that grew.

    SQLite holds one write lock for the whole database, and every request that records an event waits for it.
    There the batch is read, hashed and signed first, and the lock covers only the writes, after checking that
    no other batch moved the cursor or a head meanwhile (if one did, the batch is recomputed under the lock)."""
    batch = batch or settings.AUDIT_INTEGRATOR_BATCH
    holder = holder or holder_id()
    _ensure_lease_row()
    result = IntegrationResult()
    # an integrator that would find the lease taken computes nothing (the lease itself is checked under the lock)
    prepared = _prepare_sqlite(batch) if connection.vendor == "sqlite" and _lease_looks_free(holder) else None
    with transaction.atomic():
        if not _take_lease(holder):
            result.lease_busy = True
            return result
        if prepared is not None and _still_current(*prepared):
            grown = prepared[1]
        else:
            if connection.vendor == "sqlite":
                rows = _events_after_cursor(batch)
            else:
                ids = list(AuditPending.objects.order_by("event_id").values_list("event_id", flat=True)[:batch])
                rows = _events(ids) if ids else []
            if not rows:
                return result
            grown = [_grow(get_or_create_log(org_id), events) for org_id, events in _by_log(rows).items()]
        for part in grown:
            _write(part, result)
        if connection.vendor == "sqlite":
            _drop_legacy_pending(max(max(g.event_ids) for g in grown))
        else:
            _delete_pending(ids)
    return result


_COLUMNS = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)
# SQLite: an expression has no declared type, so the driver hands back the stored UTC text instead of running
# Django's Python datetime converter on every row (the leaf encoder validates and reformats the text itself).
# PostgreSQL: the same UTC text (to_char), and the JSON columns as text, so neither the driver's Python timestamp
# loader nor its json.loads runs per row; the JSON text is parsed (or found in the memo) by the leaf encoder.
_SELECT = {
    "sqlite": "SELECT " + _COLUMNS.replace('"occurred_at"', "\"occurred_at\" || ''") + ' FROM "audit_auditevent" ',  # noqa: S608
    "postgresql": "SELECT "  # noqa: S608
    + _COLUMNS.replace('"occurred_at"', "to_char(\"occurred_at\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')")
    .replace('"reasons"', '"reasons"::text')
    .replace('"extra"', '"extra"::text')
    + ' FROM "audit_auditevent" ',
}


def _leaves(rows: list[tuple[Any, ...]], origin: str, start: int) -> list[bytes]:
    """Leaf data of raw event rows (``EVENT_COLUMNS`` order) as entries ``start, start + 1, ...``.

    The integrator's hot loop: no model or namespace objects, the stored JSON texts memoised; the bytes are
    exactly ``leaf_data``'s (the same ``leaf_from_values`` builds both).
    """
    out = []
    for i, (pk, _org, at, actor, role, action, ttype, tid, outcome, reasons, country, sess, extra, ph) in enumerate(
        rows, start
    ):
        extra_v, reasons_v, fast = fragments_of_json_text(extra, reasons)
        out.append(
            leaf_from_values(
                origin, i, pk, at, actor, role, action, ttype, tid, outcome, reasons_v, country, sess, extra_v, ph, fast
            )
        )
    return out


def _events(ids: list[int]) -> list[tuple[Any, ...]]:
    """Event rows of a batch, in id order. A dense batch is read as one id range (far cheaper than a
    5,000-item IN list) and filtered to exactly the batch; a sparse one falls back to IN chunks."""
    wanted = set(ids)
    select = _SELECT.get(connection.vendor, _SELECT["postgresql"])
    with connection.cursor() as cur:
        if ids[-1] - ids[0] < 4 * len(ids):
            cur.execute(select + 'WHERE "id" >= %s AND "id" <= %s ORDER BY "id"', [ids[0], ids[-1]])
            return [row for row in cur.fetchall() if row[0] in wanted]
        out: list[tuple[Any, ...]] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            cur.execute(select + 'WHERE "id" IN (' + ", ".join(["%s"] * len(chunk)) + ")", chunk)
            out.extend(cur.fetchall())
    out.sort(key=lambda row: row[0])
    return out


def integrated_through() -> int:
    """SQLite: the highest integrated event id, i.e. the cursor (0 before the first entry). Derived from the
    entries, not stored beside them, so it can never disagree with them: the unique ``event_id`` index answers
    ``MAX`` with one seek."""
    with connection.cursor() as cur:
        cur.execute('SELECT COALESCE(MAX("event_id"), 0) FROM "audit_auditlogentry"')
        return int(cur.fetchone()[0])


_CURSOR = '(SELECT COALESCE(MAX("event_id"), 0) FROM "audit_auditlogentry")'
_AFTER_CURSOR = f'WHERE "id" > {_CURSOR} ORDER BY "id" LIMIT %s'
# The same batch with the cursor it was read above as a last column, from one snapshot. Scalar subqueries (each
# evaluated once), not a join: with a joined cursor row SQLite sorted every event above the cursor before the
# LIMIT, i.e. a whole backlog per batch; this way it walks the primary key from the cursor and stops at the LIMIT.
_CURSOR_AND_BATCH = (
    _SELECT["sqlite"].replace(' FROM "audit_auditevent" ', f', {_CURSOR} FROM "audit_auditevent" ') + _AFTER_CURSOR
)


def _events_after_cursor(batch: int) -> list[tuple[Any, ...]]:
    """SQLite: the next ``batch`` events above the cursor, in id order (one statement, no queue).

    Sound only inside the batch transaction, after the lease UPDATE: a SQLite transaction that holds the write
    lock reads the newest committed state (WAL refuses the lock to a stale snapshot, SQLITE_BUSY_SNAPSHOT) and no
    other transaction has uncommitted rows, and every event committed later gets a higher id (AUTOINCREMENT, taken
    under the write lock). So the integrated ids are always all committed ids up to the cursor. Only an insert
    with an explicit id below the cursor (never done by ``record()``) escapes, and ``audit check`` reports it
    (``selectors.lost_events``). See docs/adr/audit-log.md.
    """
    sql = _SELECT["sqlite"] + _AFTER_CURSOR
    with connection.cursor() as cur:
        cur.execute(sql, [batch])
        return list(cur.fetchall())


def _drop_legacy_pending(through: int) -> None:
    """SQLite: queue rows written before the cursor path (an upgraded database, or a process still running the
    previous release) whose events are now integrated; a row whose event has no entry stays visible (it cannot
    exist: the old path also integrated in id order). On the usual empty table this is one index seek."""
    with connection.cursor() as cur:
        cur.execute(
            'DELETE FROM "audit_auditpending" WHERE "event_id" <= %s AND EXISTS (SELECT 1 FROM "audit_auditlogentry"'
            ' e WHERE e."event_id" = "audit_auditpending"."event_id")',
            [through],
        )


def _delete_pending(ids: list[int]) -> None:
    """Delete exactly the integrated events' queue rows (never a range: on PostgreSQL a lower id may commit
    later, and its pending row must survive for the next batch)."""
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute(
                'DELETE FROM "audit_auditpending" WHERE "event_id" = ANY(string_to_array(%s, \',\')::bigint[])',
                [_id_list(ids)],
            )
        else:
            cur.execute(
                'DELETE FROM "audit_auditpending" WHERE "event_id" IN (SELECT "value" FROM json_each(%s))',
                [json.dumps(ids)],
            )


def integrate_all(*, batch: int | None = None, holder: str | None = None) -> IntegrationResult:
    """Integrate until nothing is pending, then hand the lease back (on-demand command, tests, demo)."""
    holder = holder or holder_id()
    total = IntegrationResult()
    while True:
        res = integrate_once(batch=batch, holder=holder)
        total.integrated += res.integrated
        total.checkpoints += res.checkpoints
        total.sizes.update(res.sizes)
        total.lease_busy = res.lease_busy
        if not res.integrated:
            if not res.lease_busy:
                release_lease(holder)
            return total


def run_forever(*, stop: threading.Event | None = None, holder: str | None = None) -> None:
    """Worker loop: integrate, and while events keep arriving publish a checkpoint at least every interval."""
    from django.db import close_old_connections

    holder = holder or holder_id()
    interval = settings.AUDIT_CHECKPOINT_INTERVAL_MS / 1000
    stop = stop or threading.Event()
    while not stop.is_set():
        started = time.monotonic()
        try:
            res = integrate_once(holder=holder)
        except Exception:  # a worker must survive a bad batch; the batch rolled back and stays pending
            log.exception("audit integrator batch failed")
            res = IntegrationResult()
            close_old_connections()
        if res.integrated >= settings.AUDIT_INTEGRATOR_BATCH:
            continue  # backlog: go again at once
        stop.wait(max(0.0, interval / 2 - (time.monotonic() - started)))
    try:
        release_lease(holder)
    finally:
        connection.close()


_thread: threading.Thread | None = None


def start_background_thread() -> threading.Thread:
    """In-process integrator for the demo server (started by AppConfig.ready when asked to)."""
    global _thread
    if _thread is None or not _thread.is_alive():
        _thread = threading.Thread(target=run_forever, name="audit-integrator", daemon=True)
        _thread.start()
    return _thread

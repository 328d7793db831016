"""Reads over the audit trail: which log an actor may see, checkpoints, proofs, leaf data, search, trace.

Every function that takes ``actor=`` scopes to what that actor may read: a customer's auditor or IT admin sees
their organization's log, a platform security officer the platform log; anything else is "not found".
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from django.db import connection
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from trustdesk.audit import keys, merkle, note
from trustdesk.audit.leaf import leaf_data
from trustdesk.audit.models import EVENT_COLUMNS, AuditCheckpoint, AuditEvent, AuditLog, AuditLogEntry
from trustdesk.core.errors import NotFound, ValidationFailed
from trustdesk.tenancy.permissions import Perm

EXPORT_FIELDS = tuple(c for c in EVENT_COLUMNS if c != "organization_id")


def fetch_tiles(log_id: int, ids: list[int]) -> dict[int, bytes]:
    """Stored tiles of a log by tile id (one ``SELECT ... IN``); absent ids are simply not in the result."""
    if not ids:
        return {}
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cur:
        cur.execute(
            f'SELECT "tid", "hashes" FROM "audit_audittile" WHERE "log_id" = %s AND "tid" IN ({marks})',  # noqa: S608
            [log_id, *ids],
        )
        return {int(tid): bytes(h) for tid, h in cur.fetchall()}


def node_store(audit_log: AuditLog, *, at_least: int = 0) -> merkle.TileNodeStore:
    """The log's perfect nodes as a :class:`merkle.NodeStore`: complete tiles from the tile table (one query per
    proof), the right edge from this head. The head may be older than the table (the integrator moved on since
    it was read); proofs up to its size stay exact. For proofs up to ``at_least`` leaves (e.g. a checkpoint read
    after the head), a head that is smaller is read again: the integrator moves it in the checkpoint's
    transaction, so the fresh one covers the checkpoint."""
    if at_least > audit_log.size:
        audit_log = AuditLog.objects.get(pk=audit_log.pk)
    return merkle.TileNodeStore(
        functools.partial(fetch_tiles, audit_log.pk), audit_log.size, bytes(audit_log.edge or b"")
    )


# ------------------------------------------------------------------------------------------ which log


def log_for(*, actor: Any, platform: bool = False) -> AuditLog:
    """The log the actor may read: their organization's, or with ``platform`` the platform log."""
    if platform:
        actor.require(Perm.AUDIT_PLATFORM_READ)
        found = AuditLog.objects.filter(organization__isnull=True).first()
    else:
        actor.require(Perm.AUDIT_READ)
        if actor.is_platform:
            raise NotFound(_("Not found."))
        found = AuditLog.objects.filter(organization_id=actor.organization_id).first()
    if found is None:
        raise NotFound(_("This log has no entries yet."))
    return found


def log_by_key(key: str) -> AuditLog:
    """Operator access (CLI): a log by organization slug, or ``_platform``."""
    found = AuditLog.objects.filter(key=key).first()
    if found is None:
        raise NotFound(_("No audit log for %(key)s (no events integrated yet?).") % {"key": key})
    return found


def latest_checkpoint(audit_log: AuditLog) -> AuditCheckpoint | None:
    return AuditCheckpoint.objects.filter(log=audit_log).order_by("-size", "-id").first()


def checkpoint_covering(audit_log: AuditLog, size: int) -> AuditCheckpoint | None:
    """The smallest published checkpoint whose tree includes the first ``size`` entries."""
    return AuditCheckpoint.objects.filter(log=audit_log, size__gte=size).order_by("size", "id").first()


def verified_checkpoint(audit_log: AuditLog, row: AuditCheckpoint) -> note.Checkpoint:
    """Parse and verify a stored checkpoint: a root is only used once its signature checks out."""
    cp, _note = note.open_checkpoint(row.note, keys.verifiers_for(audit_log.origin), origin=audit_log.origin)
    return cp


# ------------------------------------------------------------------------------------------ proofs


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _tree_size(audit_log: AuditLog, size: int | None) -> int:
    if size is None:
        row = latest_checkpoint(audit_log)
        if row is None:
            raise NotFound(_("This log has no checkpoint yet."))
        return row.size
    if not 0 < size <= audit_log.size:
        raise ValidationFailed(_("Tree size must be between 1 and the log size."))
    return size


def inclusion_proof(audit_log: AuditLog, *, index: int, size: int | None = None) -> dict[str, Any]:
    """RFC 9162 inclusion proof, fields as in the transparency-dev vectors (hashes in base64)."""
    tree_size = _tree_size(audit_log, size)
    if not 0 <= index < tree_size:
        raise ValidationFailed(_("Leaf index must be below the tree size."))
    p = merkle.prove_inclusion(node_store(audit_log, at_least=tree_size), index, tree_size)
    return {
        "leafIdx": p.leaf_index,
        "treeSize": p.tree_size,
        "leafHash": _b64(p.leaf_hash),
        "proof": [_b64(h) for h in p.proof],
        "root": _b64(p.root),
    }


def consistency_proof(audit_log: AuditLog, *, size1: int, size2: int | None = None) -> dict[str, Any]:
    """RFC 9162 consistency proof, fields as in the transparency-dev vectors (hashes in base64)."""
    tree_size = _tree_size(audit_log, size2)
    if not 0 < size1 <= tree_size:
        raise ValidationFailed(_("Sizes must satisfy 0 < from <= to <= log size."))
    c = merkle.prove_consistency(node_store(audit_log, at_least=tree_size), size1, tree_size)
    return {
        "size1": c.size1,
        "size2": c.size2,
        "root1": _b64(c.root1),
        "root2": _b64(c.root2),
        "proof": [_b64(h) for h in c.proof],
    }


# ------------------------------------------------------------------------------------------ leaf data


def iter_entries(
    audit_log: AuditLog, *, start: int = 0, stop: int | None = None, chunk: int = 2000
) -> Iterator[tuple[int, Any]]:
    """(idx, event fields) in log order, streamed in keyset-paginated chunks (the ORM converts the types)."""
    stop = audit_log.size if stop is None else stop
    columns = [f"event__{c}" for c in EXPORT_FIELDS]
    pos = start
    while pos < stop:
        upper = min(stop, pos + chunk)
        rows = list(
            AuditLogEntry.objects.filter(log_id=audit_log.pk, idx__gte=pos, idx__lt=upper)
            .order_by("idx")
            .values_list("idx", *columns)
        )
        for row in rows:
            ev = SimpleNamespace(**dict(zip(EXPORT_FIELDS, row[1:], strict=True)))
            ev.pk = ev.id
            yield int(row[0]), ev
        if not rows:
            return
        pos = upper


def iter_leaf_data(audit_log: AuditLog, *, size: int) -> Iterator[bytes]:
    """Leaf data of entries ``0..size-1``, re-derived from the event rows (what an export contains)."""
    expected = 0
    for idx, ev in iter_entries(audit_log, stop=size):
        if idx != expected:
            raise LookupError(f"log {audit_log.origin} has no entry {expected} (found {idx})")
        yield leaf_data(ev, origin=audit_log.origin, idx=idx)
        expected += 1
    if expected != size:
        raise LookupError(f"log {audit_log.origin} has {expected} entries, expected {size}")


def iter_leaf_data_lenient(audit_log: AuditLog, *, size: int) -> Iterator[bytes]:
    """Leaf data of whatever entries below ``size`` the database holds, in index order (for exports: the
    auditor's verifier, not the exporter, decides whether they are complete)."""
    for idx, ev in iter_entries(audit_log, stop=size):
        yield leaf_data(ev, origin=audit_log.origin, idx=idx)


def count_tiles(audit_log: AuditLog, *, below: int | None = None) -> int:
    """Stored tiles of the log; with ``below``, only those whose hashes lie within the first ``below`` leaves
    (one range count per tile level, using the primary key)."""
    with connection.cursor() as cur:
        if below is None:
            cur.execute('SELECT COUNT(*) FROM "audit_audittile" WHERE "log_id" = %s', [audit_log.pk])
            return int(cur.fetchone()[0])
        total = 0
        for tile_level, (full, _partial) in enumerate(merkle.edge_layout(below)):
            lo = tile_level << merkle.LEVEL_SHIFT
            cur.execute(
                'SELECT COUNT(*) FROM "audit_audittile" WHERE "log_id" = %s AND "tid" >= %s AND "tid" < %s',
                [audit_log.pk, lo, lo + full],
            )
            total += int(cur.fetchone()[0])
        return total


# ------------------------------------------------------------------------------------------ search, trace


@dataclass(frozen=True)
class EventFilter:
    actor_id: int | None = None
    action: str = ""
    target_type: str = ""
    target_id: str = ""
    outcome: str = ""
    since: datetime | None = None
    until: datetime | None = None
    device_id: str = ""
    ip: str = ""
    country: str = ""
    session_ref: str = ""


def lost_events(audit_log: AuditLog, *, limit: int = 20) -> list[int]:
    """Ids of events of the log's organization that no batch will ever take: on SQLite, below the integrator's
    cursor (the highest integrated id) without an entry; on PostgreSQL, with neither an entry nor a queue row.
    One statement, so one snapshot. Empty unless someone inserted an event behind the integrator's back (on
    SQLite, with an explicit id below the cursor) or deleted a queue row."""
    where_org = '"organization_id" IS NULL' if audit_log.organization_id is None else '"organization_id" = %s'
    params: list[Any] = [] if audit_log.organization_id is None else [audit_log.organization_id]
    if connection.vendor == "sqlite":
        behind = '"id" <= (SELECT COALESCE(MAX("event_id"), 0) FROM "audit_auditlogentry")'
    else:
        behind = 'NOT EXISTS (SELECT 1 FROM "audit_auditpending" p WHERE p."event_id" = e."id")'
    sql = (
        f'SELECT "id" FROM "audit_auditevent" e WHERE {where_org} AND {behind} '  # noqa: S608 - constant fragments
        'AND NOT EXISTS (SELECT 1 FROM "audit_auditlogentry" n WHERE n."event_id" = e."id") ORDER BY "id" LIMIT %s'
    )
    with connection.cursor() as cur:
        cur.execute(sql, [*params, limit])
        return [row[0] for row in cur.fetchall()]


def events_of(audit_log: AuditLog) -> QuerySet[AuditEvent]:
    """Integrated and pending events of the log's organization (pending ones have no index yet)."""
    qs = AuditEvent.objects.select_related("log_entry", "personal")
    if audit_log.organization_id is None:
        return qs.filter(organization__isnull=True)
    return qs.filter(organization_id=audit_log.organization_id)


def search_events(audit_log: AuditLog, f: EventFilter) -> QuerySet[AuditEvent]:
    qs = events_of(audit_log)
    if f.actor_id is not None:
        qs = qs.filter(actor_id=f.actor_id)
    if f.action:
        qs = qs.filter(action__startswith=f.action)
    if f.target_type:
        qs = qs.filter(target_type=f.target_type)
    if f.target_id:
        qs = qs.filter(target_id=f.target_id)
    if f.outcome:
        qs = qs.filter(outcome=f.outcome)
    if f.since is not None:
        qs = qs.filter(occurred_at__gte=f.since)
    if f.until is not None:
        qs = qs.filter(occurred_at__lt=f.until)
    if f.device_id:
        qs = qs.filter(personal__device_id=f.device_id)
    if f.ip:
        qs = qs.filter(personal__ip=f.ip)
    if f.country:
        qs = qs.filter(country=f.country.upper())
    if f.session_ref:
        qs = qs.filter(session_ref=f.session_ref)
    return qs.order_by("-occurred_at", "-id")


def trace(audit_log: AuditLog, *, conversation: str = "", session_ref: str = "") -> QuerySet[AuditEvent]:
    """Every event of one support conversation, or of one user session, in the order they happened."""
    qs = events_of(audit_log)
    if conversation:
        qs = qs.filter(target_type__endswith="conversation", target_id=conversation)
    elif session_ref:
        qs = qs.filter(session_ref=session_ref)
    else:
        return qs.none()
    return qs.order_by("occurred_at", "id")

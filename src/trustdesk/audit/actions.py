"""Writes and side-effecting operations on the audit trail: export, on-demand checkpoint, erasure, self-check."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from django.db import transaction

from trustdesk.audit import exporting, integrator, keys, merkle, selectors
from trustdesk.audit.models import AuditCheckpoint, AuditEvent, AuditLog, AuditPersonal
from trustdesk.audit.recording import record


class AuditLogAuditAction(StrEnum):
    """Operations on the audit trail are themselves audited."""

    EXPORT = "audit:log:export"
    PERSONAL_ERASE = "audit:personal:erase"


@dataclass
class ExportResult:
    directory: Path
    size: int
    matches_checkpoint: bool
    checkpoint: AuditCheckpoint


def do_export_log(audit_log: AuditLog, out: str | Path, *, actor: Any = None, size: int | None = None) -> ExportResult:
    """Write ``entries.jsonl``, the covering signed ``checkpoint`` and ``log.vkey`` into ``out``.

    The entries are re-derived from the event rows, so whatever the database holds is what the auditor gets;
    if it no longer matches the signed checkpoint the export still happens (the auditor's verifier must be the
    one to say so) and ``matches_checkpoint`` is False.
    """
    row = (
        selectors.latest_checkpoint(audit_log)
        if size is None
        else AuditCheckpoint.objects.filter(log=audit_log, size=size).order_by("-id").first()
    )
    if row is None:
        raise LookupError(f"log {audit_log.origin} has no checkpoint" + (f" of size {size}" if size else ""))
    verifiers = keys.verifiers_for(audit_log.origin)
    frontier = exporting.write_export(
        out,
        selectors.iter_leaf_data_lenient(audit_log, size=row.size),
        checkpoint=row.note,
        verifiers=verifiers,
        require_match=False,
    )
    with transaction.atomic():
        record(
            action=AuditLogAuditAction.EXPORT,
            actor=actor,
            organization=getattr(audit_log, "organization", None),
            target_type="audit.log",
            target_id=audit_log.key,
            extra={"size": row.size},
        )
    return ExportResult(Path(out), row.size, frontier.size == row.size and frontier.root() == bytes(row.root), row)


def do_sign_checkpoint(audit_log: AuditLog) -> AuditCheckpoint:
    """Re-sign the current head on demand (e.g. hourly while idle), under the integrator lease."""
    holder = integrator.holder_id()
    integrator.integrate_all(holder=holder)
    with transaction.atomic():
        fresh = AuditLog.objects.get(pk=audit_log.pk)
        return integrator.sign_checkpoint(fresh)


def do_erase_personal(event: AuditEvent, *, actor: Any) -> bool:
    """Erase an event's personal data and its salt; the event, its commitment and all proofs remain valid."""
    with transaction.atomic():
        deleted, _ = AuditPersonal.objects.filter(event=event).delete()
        record(
            action=AuditLogAuditAction.PERSONAL_ERASE,
            actor=actor,
            organization=event.organization,
            target_type="audit.event",
            target_id=event.pk,
        )
    return bool(deleted)


@dataclass
class DatabaseCheck:
    """Outcome of recomputing a log from the database and comparing it with its nodes and checkpoint."""

    ok: bool = True
    size: int = 0
    problems: list[str] = field(default_factory=list)

    def fail(self, problem: str) -> None:
        self.ok = False
        if len(self.problems) < 20:
            self.problems.append(problem)


def check_log_database(audit_log: AuditLog, *, batch: int = 4096) -> DatabaseCheck:
    """Server-side audit: entries contiguous, every stored tile equal to the recomputed one, none missing or
    extra, the head (size, root, frontier, right-edge tiles) equal to the recomputation, the tree at the latest
    signed checkpoint equal to its root, and no event of the log left where no batch will take it. Catches
    tampering with entries, tiles *and* the head."""
    res = DatabaseCheck()
    row = selectors.latest_checkpoint(audit_log)
    if row is None:
        res.fail("no checkpoint")
        return res
    try:
        cp = selectors.verified_checkpoint(audit_log, row)
    except ValueError as exc:
        res.fail(f"latest checkpoint does not verify: {exc}")
        return res
    res.size = cp.size
    if audit_log.size < cp.size:
        res.fail(f"head size {audit_log.size} is behind the signed checkpoint {cp.size}")
        return res
    height = merkle.TILE_HEIGHT
    frontier = merkle.Frontier()
    edge = b""
    cp_root: bytes | None = merkle.EMPTY_ROOT if cp.size == 0 else None
    pending: list[bytes] = []

    def flush() -> None:
        nonlocal frontier, edge, cp_root
        grown, nodes = merkle.append(frontier, [merkle.leaf_hash(d) for d in pending], every=height)
        tiles, edge = merkle.extend_tiles(frontier.size, grown.size, edge, nodes, height)
        frontier = grown
        pending.clear()
        if frontier.size == cp.size:
            cp_root = frontier.root()
        stored = selectors.fetch_tiles(audit_log.pk, [tid for tid, _ in tiles])
        for tid, want in tiles:
            if stored.get(tid) != want:
                tl, ix = merkle.split_node_id(tid)
                what = "missing" if tid not in stored else "differs"
                res.fail(f"tile (level {tl * height}, index {ix}) {what}")

    try:
        # up to the head, not only the checkpoint: the head's right edge is compared too
        for data in selectors.iter_leaf_data(audit_log, size=audit_log.size):
            pending.append(data)
            if len(pending) >= batch or frontier.size + len(pending) == cp.size:
                flush()
        flush()
    except LookupError as exc:
        res.fail(str(exc))
        return res
    if cp_root != cp.root:
        res.fail("entries do not hash to the signed checkpoint's root")
    want_below = sum(full for full, _ in merkle.edge_layout(cp.size, height))
    stored_below = selectors.count_tiles(audit_log, below=cp.size)
    if stored_below != want_below:
        res.fail(f"{stored_below} stored tiles within the checkpoint, expected {want_below}")
    total = selectors.count_tiles(audit_log)
    want_total = sum(full for full, _ in merkle.edge_layout(audit_log.size, height))
    if total != want_total:
        res.fail(f"{total} stored tiles in the log, a tree of {audit_log.size} has {want_total}")
    if bytes(audit_log.edge or b"") != edge:
        res.fail("the head's right-edge tiles differ from the recomputed ones")
    if bytes(audit_log.root) != frontier.root() or bytes(audit_log.frontier or b"") != b"".join(frontier.hashes):
        res.fail("the head's root or frontier differs from the recomputed one")
    for event_id in selectors.lost_events(audit_log):
        res.fail(f"event {event_id} is in no log and no batch will take it")
    return res

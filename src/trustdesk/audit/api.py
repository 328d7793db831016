"""/api/v1/audit: checkpoints, RFC 9162 proofs and event search, scoped to the caller's log.

``log=org`` (default) is the caller's organization log (auditor, IT admin); ``log=platform`` is the platform log
(security officer). Anything the caller may not read is 404, never 403.
"""

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import CursorPagination, paginate

from trustdesk.audit import keys, selectors
from trustdesk.audit.leaf import timestamp
from trustdesk.audit.models import AuditEvent, AuditLog
from trustdesk.core.schemas import StrictSchema

router = Router(tags=["audit"])

LogChoice = Literal["org", "platform"]


def _log(request: HttpRequest, log: LogChoice) -> AuditLog:
    return selectors.log_for(actor=request.auth, platform=log == "platform")  # type: ignore[attr-defined]


class CheckpointOut(Schema):
    origin: str
    size: int
    note: str = Field(description="the C2SP signed note (tlog-checkpoint), verbatim")
    verifier_keys: list[str]


class InclusionOut(Schema):
    """Field names exactly as in the transparency-dev vectors (camelCase on purpose)."""

    leafIdx: int
    treeSize: int
    leafHash: str
    proof: list[str]
    root: str


class ConsistencyOut(Schema):
    size1: int
    size2: int
    root1: str
    root2: str
    proof: list[str]


class EventOut(Schema):
    id: int
    idx: int | None = Field(None, description="position in the log; null while not yet integrated")
    occurred_at: str
    actor_id: int | None
    actor_role: str
    action: str
    target_type: str
    target_id: str
    outcome: str
    reasons: list[str]
    country: str
    session_ref: str

    @staticmethod
    def resolve_idx(obj: AuditEvent) -> int | None:
        entry = getattr(obj, "log_entry", None)
        return None if entry is None else entry.idx

    @staticmethod
    def resolve_occurred_at(obj: AuditEvent) -> str:
        return timestamp(obj.occurred_at)


class EventQuery(StrictSchema):
    log: LogChoice = "org"
    actor: int | None = None
    action: str = Field("", max_length=80)
    target_type: str = Field("", max_length=64)
    target_id: str = Field("", max_length=64)
    outcome: str = Field("", max_length=16)
    since: datetime | None = None
    until: datetime | None = None
    device: str = Field("", max_length=64)
    ip: str = Field("", max_length=45)
    country: str = Field("", max_length=2)
    session: str = Field("", max_length=16)


@router.get("/checkpoint", response=CheckpointOut, summary="Latest signed checkpoint of a log")
def checkpoint(request: HttpRequest, log: LogChoice = "org") -> dict[str, Any]:
    audit_log = _log(request, log)
    row = selectors.latest_checkpoint(audit_log)
    if row is None:
        from django.utils.translation import gettext as _

        from trustdesk.core.errors import NotFound

        raise NotFound(_("This log has no checkpoint yet."))
    return {
        "origin": audit_log.origin,
        "size": row.size,
        "note": row.note,
        "verifier_keys": [v.vkey() for v in keys.verifiers_for(audit_log.origin)],
    }


@router.get("/proofs/inclusion", response=InclusionOut, summary="RFC 9162 inclusion proof")
def inclusion(request: HttpRequest, index: int, size: int | None = None, log: LogChoice = "org") -> dict[str, Any]:
    return selectors.inclusion_proof(_log(request, log), index=index, size=size)


@router.get("/proofs/consistency", response=ConsistencyOut, summary="RFC 9162 consistency proof")
def consistency(
    request: HttpRequest,
    size1: int = Query(..., alias="from"),
    size2: int | None = Query(None, alias="to"),
    log: LogChoice = "org",
) -> dict[str, Any]:
    return selectors.consistency_proof(_log(request, log), size1=size1, size2=size2)


@router.get("/events", response=list[EventOut], summary="Search the audit trail")
@paginate(CursorPagination, ordering=("-id",))
def events(request: HttpRequest, filters: Query[EventQuery]) -> Any:
    audit_log = _log(request, filters.log)
    return selectors.search_events(
        audit_log,
        selectors.EventFilter(
            actor_id=filters.actor,
            action=filters.action,
            target_type=filters.target_type,
            target_id=filters.target_id,
            outcome=filters.outcome,
            since=filters.since,
            until=filters.until,
            device_id=filters.device,
            ip=filters.ip,
            country=filters.country,
            session_ref=filters.session,
        ),
    ).order_by("-id")


@router.get("/events/{event_id}/proof", response=InclusionOut, summary="Inclusion proof of one event")
def event_proof(request: HttpRequest, event_id: int, log: LogChoice = "org") -> dict[str, Any]:
    from django.utils.translation import gettext as _

    from trustdesk.audit.models import AuditLogEntry
    from trustdesk.core.errors import NotFound

    audit_log = _log(request, log)
    entry = AuditLogEntry.objects.filter(log=audit_log, event_id=event_id).first()
    row = selectors.latest_checkpoint(audit_log)
    if entry is None or row is None or entry.idx >= row.size:
        raise NotFound(_("This event is not in a signed checkpoint yet."))
    return selectors.inclusion_proof(audit_log, index=entry.idx, size=row.size)

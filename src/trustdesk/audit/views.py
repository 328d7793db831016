"""Admin console pages for the audit trail: search, trace, and export of a filtered view with its proofs.

Thin adapters over ``selectors``. Layer order forbids importing ``identity`` here, so the pages use the tenancy
login guard directly (no actor, go log in), with "not found" answered as a 404.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import zipfile
from datetime import datetime
from typing import Any

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from trustdesk.audit import keys, merkle, selectors
from trustdesk.audit.choices import Outcome
from trustdesk.audit.leaf import leaf_data, timestamp
from trustdesk.audit.models import AuditLog
from trustdesk.core.errors import NotFound
from trustdesk.tenancy.guards import View, with_actor
from trustdesk.tenancy.permissions import Perm

PAGE_SIZE = 50
EXPORT_LIMIT = 10_000


def _actor_required(view: View) -> View:
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except NotFound as exc:
            raise Http404(exc.detail) from None

    return with_actor(wrapper)


def _log(request: HttpRequest) -> tuple[AuditLog, bool]:
    platform = request.GET.get("log") == "platform"
    return selectors.log_for(actor=request.actor, platform=platform), platform  # type: ignore[attr-defined]


def _when(value: str, *, end: bool = False) -> datetime | None:
    """Accept a date (whole day) or a date-time from the filter form; ignore what does not parse."""
    if not value:
        return None
    dt = parse_datetime(value)
    if dt is None:
        day = parse_date(value)
        if day is None:
            return None
        dt = datetime(day.year, day.month, day.day)
        if end:
            from datetime import timedelta

            dt += timedelta(days=1)
    if dt.tzinfo is None:
        from django.utils import timezone

        dt = timezone.make_aware(dt)
    return dt


def _filter(request: HttpRequest) -> selectors.EventFilter:
    g = request.GET
    actor = g.get("actor", "").strip()
    return selectors.EventFilter(
        actor_id=int(actor) if actor.isdigit() else None,
        action=g.get("action", "").strip()[:80],
        target_type=g.get("target_type", "").strip()[:64],
        target_id=g.get("target_id", "").strip()[:64],
        outcome=g.get("outcome", "") if g.get("outcome", "") in Outcome.values else "",
        since=_when(g.get("since", "")),
        until=_when(g.get("until", ""), end=True),
        device_id=g.get("device", "").strip()[:64],
        ip=g.get("ip", "").strip()[:45],
        country=g.get("country", "").strip()[:2],
        session_ref=g.get("session", "").strip()[:16],
    )


@_actor_required
def search_view(request: HttpRequest) -> HttpResponse:
    audit_log, platform = _log(request)
    f = _filter(request)
    page = Paginator(selectors.search_events(audit_log, f), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "audit/search.html",
        {
            "audit_log": audit_log,
            "platform": platform,
            "page": page,
            "f": request.GET,
            "query": query.urlencode(),
            "outcomes": Outcome.choices,
            "checkpoint": selectors.latest_checkpoint(audit_log),
            "can_export": request.actor.can(Perm.AUDIT_EXPORT),  # type: ignore[attr-defined]
            "can_platform": request.actor.can(Perm.AUDIT_PLATFORM_READ),  # type: ignore[attr-defined]
        },
    )


@_actor_required
def trace_view(request: HttpRequest) -> HttpResponse:
    audit_log, platform = _log(request)
    conversation = request.GET.get("conversation", "").strip()[:64]
    session = request.GET.get("session", "").strip()[:16]
    events = list(selectors.trace(audit_log, conversation=conversation, session_ref=session)[:1000])
    return render(
        request,
        "audit/trace.html",
        {
            "audit_log": audit_log,
            "platform": platform,
            "events": events,
            "conversation": conversation,
            "session": session,
        },
    )


@_actor_required
def export_view(request: HttpRequest) -> HttpResponse:
    """A zip of the filtered view: events.csv, events.jsonl (leaf data + inclusion proof per event), the signed
    checkpoint that covers every exported event, and the log's verifier key. Each row verifies on its own."""
    request.actor.require(Perm.AUDIT_EXPORT)  # type: ignore[attr-defined]
    audit_log, _platform = _log(request)
    row = selectors.latest_checkpoint(audit_log)
    if row is None:
        raise Http404(_("This log has no checkpoint yet."))
    store = selectors.node_store(audit_log, at_least=row.size)
    events = [
        e
        for e in selectors.search_events(audit_log, _filter(request))[:EXPORT_LIMIT]
        if getattr(e, "log_entry", None) is not None and e.log_entry.idx < row.size
    ]
    events.sort(key=lambda e: e.log_entry.idx)
    csv_buf = io.StringIO()
    writer = csv.writer(csv_buf)
    writer.writerow(
        [
            "idx",
            "occurred_at",
            "actor_id",
            "actor_role",
            "action",
            "target_type",
            "target_id",
            "outcome",
            "country",
            "session",
            "leaf_hash",
        ]
    )
    lines = []
    for e in events:
        idx = e.log_entry.idx
        data = leaf_data(e, origin=audit_log.origin, idx=idx)
        proof = merkle.prove_inclusion(store, idx, row.size)
        writer.writerow(
            [
                idx,
                timestamp(e.occurred_at),
                e.actor_id,
                e.actor_role,
                e.action,
                e.target_type,
                _csv_safe(e.target_id),
                e.outcome,
                e.country,
                e.session_ref,
                _b64(merkle.leaf_hash(data)),
            ]
        )
        lines.append(
            json.dumps(
                {
                    "idx": idx,
                    "leaf": data.decode(),
                    "treeSize": row.size,
                    "leafHash": _b64(proof.leaf_hash),
                    "proof": [_b64(h) for h in proof.proof],
                },
                ensure_ascii=False,
            )
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("events.csv", csv_buf.getvalue())
        z.writestr("events.jsonl", "".join(line + "\n" for line in lines))
        z.writestr("checkpoint", row.note)
        z.writestr("log.vkey", "".join(v.vkey() + "\n" for v in keys.verifiers_for(audit_log.origin)))
    response = HttpResponse(out.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="audit-{audit_log.key}-{row.size}.zip"'
    return response


def _b64(b: bytes) -> str:
    import base64

    return base64.b64encode(b).decode("ascii")


def _csv_safe(value: str) -> str:
    """Neutralise spreadsheet formula injection in free-text cells."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value

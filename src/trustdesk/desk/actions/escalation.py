"""SLA checks (run as scheduled tasks) and what a breach or a risk sets in motion, each exactly once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db import transaction

from trustdesk.core import clock
from trustdesk.desk import routing
from trustdesk.desk.actions.assignment import (
    _attach_agent,
    _audit_assignment,
    _claim_agent,
    _decide,
    _release_claim,
    _route_and_assign,
    _unassign,
)
from trustdesk.desk.actions.clocks import _unhandled_levels, refresh_sla
from trustdesk.desk.actions.common import _audit_conversation, _due, _notify, _system_event
from trustdesk.desk.choices import (
    DeskAuditAction,
    Escalation,
)
from trustdesk.desk.models import (
    AgentProfile,
    Conversation,
    EscalationRecord,
    StatusChange,
    Team,
)
from trustdesk.desk.sla import Transition, evaluate


def check_sla(conversation_id: int) -> list[str]:
    """Handle every SLA level reached by now, exactly once each; returns what was handled.

    Runs as a scheduled task at the due/risk instants. Each level is claimed with a conditional update on its
    timestamp column, so a duplicate or late task run does nothing twice.
    """
    handled: list[str] = []
    with transaction.atomic():
        conversation = Conversation.objects.select_related("team", "organization").filter(pk=conversation_id).first()
        if conversation is None:
            return handled
        now = clock.now()
        team = conversation.team
        if team is None:
            refresh_sla(conversation, now=now)
            return handled
        history = [
            Transition(at, status)
            for at, status in StatusChange.objects.filter(conversation=conversation).values_list("at", "status")
        ]
        status = evaluate(
            team.business_calendar(),
            team.policy(),
            conversation.priority,
            history,
            now=now,
            first_response_at=conversation.first_response_at,
        )
        for level in _unhandled_levels(conversation, status):
            column, clock_name, handler = _LEVELS[level]
            if Conversation.objects.filter(pk=conversation.pk, **{f"{column}__isnull": True}).update(**{column: now}):
                setattr(conversation, column, now)
                handler(conversation, now=now, due=_due(getattr(status, clock_name)))
                handled.append(level)
        conversation.refresh_from_db()
        refresh_sla(conversation, now=now)
    return handled


def _team_lead_id(team: Team) -> int | None:
    if team.lead_id is not None:
        return int(team.lead_id)
    lead = AgentProfile.objects.filter(team=team, is_lead=True).order_by("pk").values_list("user_id", flat=True)
    first = lead.first()
    return int(first) if first is not None else None


def _escalate(conversation: Conversation, kind: str, reason: str, notified: int | None) -> None:
    EscalationRecord.objects.create(conversation=conversation, kind=kind, reason=reason[:300], notified_id=notified)
    _audit_conversation(
        conversation,
        DeskAuditAction.CONVERSATION_ESCALATE,
        actor=None,
        reasons=[reason],
        extra={"kind": kind, "notified": notified},
    )
    _notify(notified, conversation, "escalation", reason)
    _system_event(conversation, reason)


def _record_breach(conversation: Conversation, clock_name: str, label: str, due: datetime | None) -> None:
    """Audit a missed deadline and escalate to the team lead."""
    assert conversation.team is not None
    due_text = due.isoformat() if due is not None else "?"
    _audit_conversation(
        conversation,
        DeskAuditAction.SLA_BREACH,
        actor=None,
        reasons=[f"{label} due {due_text} missed"],
        extra={"clock": clock_name, "due": due_text},
    )
    lead = _team_lead_id(conversation.team)
    _escalate(conversation, Escalation.LEAD, f"{label} SLA breached (due {due_text}); team lead notified", lead)


def _on_first_response_breach(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    """Escalate to the team lead and re-route (away from the agent who did not answer, if any)."""
    _record_breach(conversation, "first_response", "first response", due)
    Conversation.objects.filter(pk=conversation.pk).update(escalated_to_lead_at=now)
    previous = conversation.agent_id
    exclude = frozenset({previous}) if previous is not None else frozenset()
    _unassign(conversation)
    _route_and_assign(conversation, actor=None, request=None, exclude_user_ids=exclude, why="re-routed after breach")


def _on_resolution_breach(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    _record_breach(conversation, "resolution", "resolution", due)


def _on_resolution_risk(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    """Bring in a specialist for the category; without one available, tell the lead."""
    assert conversation.team is not None
    due_text = due.isoformat() if due is not None else "?"
    current = frozenset({conversation.agent_id}) if conversation.agent_id is not None else frozenset()
    decision = _decide(
        conversation,
        role=routing.Role.SPECIALIST,
        require_skill=True,
        team_key=conversation.team.key,
        exclude_user_ids=current,
    )
    claimed = _claim_agent(decision) if decision.team is not None else None
    if claimed is not None:
        previous = conversation.agent_id
        _unassign(conversation)
        if _attach_agent(conversation, claimed, now=now):
            reason = f"resolution at risk (due {due_text}); specialist: " + "; ".join(decision.reasons[1:])
            _escalate(conversation, Escalation.SPECIALIST, reason, claimed.user_id)
            _audit_assignment(conversation, decision, claimed, actor=None, request=None, why="specialist")
            if previous is not None:
                _notify(previous, conversation, "transfer", reason)
            return
        _release_claim(claimed)
    lead = _team_lead_id(conversation.team)
    reason = f"resolution at risk (due {due_text}); no specialist available, team lead notified"
    _escalate(conversation, Escalation.LEAD, reason, lead)


# SLA level -> the timestamp column that claims it (set once), the clock whose due time it concerns, the handler.
_LEVELS: dict[str, tuple[str, str, Callable[..., None]]] = {
    "first_response_breach": ("first_response_breached_at", "first_response", _on_first_response_breach),
    "resolution_breach": ("resolution_breached_at", "resolution", _on_resolution_breach),
    "resolution_risk": ("escalated_to_specialist_at", "resolution", _on_resolution_risk),
}

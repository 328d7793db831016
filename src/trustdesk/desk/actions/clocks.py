"""SLA due times re-derived from the status log, and the scheduling of the next check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction

from trustdesk.core import clock
from trustdesk.desk.calendar import BusinessCalendar
from trustdesk.desk.models import (
    DEFAULT_SLA_POLICY,
    Conversation,
    StatusChange,
)
from trustdesk.desk.sla import ClockState, SlaPolicy, Transition, evaluate


def refresh_sla(conversation: Conversation, *, now: datetime | None = None) -> None:
    """Re-derive due times from the status log and schedule the next check (event-driven, no polling)."""
    now = now or clock.now()
    team = conversation.team
    calendar = team.business_calendar() if team is not None else BusinessCalendar.always_open("UTC")
    policy = team.policy() if team is not None else SlaPolicy.from_dict(DEFAULT_SLA_POLICY)
    history = [
        Transition(at, status)
        for at, status in StatusChange.objects.filter(conversation=conversation).values_list("at", "status")
    ]
    if not history:
        return
    status = evaluate(
        calendar,
        policy,
        conversation.priority,
        history,
        now=now,
        first_response_at=conversation.first_response_at,
    )
    first, resolution = status.first_response, status.resolution
    conversation.first_response_due_at = first.due_at if first is not None else None
    conversation.resolution_due_at = resolution.due_at if resolution is not None else None
    previous = conversation.sla_next_check_at
    upcoming = status.next_deadline()
    # A breach or risk already reached but not yet handled must be checked now.
    pending = _unhandled_levels(conversation, status)
    if pending:
        upcoming = now
    conversation.sla_next_check_at = upcoming
    Conversation.objects.filter(pk=conversation.pk).update(
        first_response_due_at=conversation.first_response_due_at,
        resolution_due_at=conversation.resolution_due_at,
        sla_next_check_at=upcoming,
    )
    if upcoming is not None and upcoming != previous:
        from trustdesk.desk.tasks import schedule_sla_check

        conversation_id = conversation.pk
        transaction.on_commit(lambda: schedule_sla_check(conversation_id, upcoming))


def _unhandled_levels(conversation: Conversation, status: Any) -> list[str]:
    pending = []
    first, resolution = status.first_response, status.resolution
    if first is not None and first.state is ClockState.BREACHED and conversation.first_response_breached_at is None:
        pending.append("first_response_breach")
    if resolution is not None:
        if resolution.state is ClockState.BREACHED and conversation.resolution_breached_at is None:
            pending.append("resolution_breach")
        if (
            resolution.state is ClockState.RUNNING
            and status.at_risk("resolution")
            and conversation.escalated_to_specialist_at is None
        ):
            pending.append("resolution_risk")
    return pending

"""SLA deadlines as scheduled tasks, breach and escalation, with a controlled clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from trustdesk.audit.models import AuditEvent
from trustdesk.core import clock
from trustdesk.desk import actions
from trustdesk.desk.calendar import BusinessCalendar
from trustdesk.desk.choices import DeskAuditAction, Escalation, Status
from trustdesk.desk.models import Conversation, EscalationRecord, Team

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)  # Monday 10:00 in Hong Kong


def scheduled_checks(conversation: Conversation) -> list[datetime]:
    from django_tasks_db.models import DBTaskResult

    rows = DBTaskResult.objects.filter(task_path__endswith="check_sla_task").order_by("run_after")
    return [r.run_after for r in rows if r.args_kwargs["args"] == [conversation.pk]]


def open_urgent(actor: Any) -> Conversation:
    return actions.create_conversation(
        actor=actor, category="account", subject="Locked out", body="I cannot sign in.", priority="urgent"
    )


def test_deadline_is_scheduled_as_a_task(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any, django_capture_on_commit_callbacks: Any
) -> None:
    make_agent()
    with clock.frozen(T0), django_capture_on_commit_callbacks(execute=True):
        conversation = open_urgent(actor_of(employee))
    # Urgent: first response 15 min, risk at 75 % = 11 min 15 s.
    assert conversation.first_response_due_at == T0 + timedelta(minutes=15)
    assert scheduled_checks(conversation) == [T0 + timedelta(minutes=11, seconds=15)]


def test_first_response_breach_escalates_to_lead_and_reroutes(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    lead = make_agent(lead=True, presence="away", name="Lead")
    slow = make_agent(name="Slow")
    with clock.frozen(T0):
        conversation = open_urgent(actor_of(employee))
    assert conversation.agent_id == slow.pk
    other = make_agent(name="Other")
    with clock.frozen(T0 + timedelta(minutes=14)):
        assert actions.check_sla(conversation.pk) == []  # only at risk: nothing to escalate for first response
    with clock.frozen(T0 + timedelta(minutes=15)):
        handled = actions.check_sla(conversation.pk)
        again = actions.check_sla(conversation.pk)
    assert handled == ["first_response_breach"]
    assert again == []  # exactly once
    conversation.refresh_from_db()
    assert conversation.first_response_breached_at == T0 + timedelta(minutes=15)
    assert conversation.agent_id == other.pk  # re-routed away from the agent who did not answer
    escalation = EscalationRecord.objects.get(conversation=conversation)
    assert escalation.kind == Escalation.LEAD
    assert escalation.notified_id == lead.pk
    breach = AuditEvent.objects.get(action=DeskAuditAction.SLA_BREACH)
    assert breach.reasons == [f"first response due {(T0 + timedelta(minutes=15)).isoformat()} missed"]
    assert AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_ESCALATE).count() == 1
    reroute = AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_ASSIGN).last()
    assert reroute is not None
    assert reroute.extra["why"] == "re-routed after breach"


def test_waiting_on_customer_pauses_the_deadline(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    with clock.frozen(T0):
        conversation = open_urgent(actor_of(employee))
    with clock.frozen(T0 + timedelta(minutes=5)):
        actions.set_status(actor=actor_of(agent), conversation_id=conversation.pk, status=Status.WAITING)
    conversation.refresh_from_db()
    assert conversation.sla_next_check_at is None
    with clock.frozen(T0 + timedelta(hours=2)):
        assert actions.check_sla(conversation.pk) == []
        actions.post_message(actor=actor_of(employee), conversation_id=conversation.pk, body="Done, see attached.")
    conversation.refresh_from_db()
    # 5 minutes used before the pause, 10 left from the customer's answer.
    assert conversation.first_response_due_at == T0 + timedelta(hours=2, minutes=10)


def test_resolution_risk_brings_in_a_specialist(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    make_agent(lead=True, presence="away")
    agent = make_agent(skills=("account",))
    with clock.frozen(T0):
        conversation = open_urgent(actor_of(employee))
    specialist = make_agent(skills=("account",), specialist=True)
    with clock.frozen(T0 + timedelta(minutes=3)):
        actions.post_message(actor=actor_of(agent), conversation_id=conversation.pk, body="Checking your account.")
    # Urgent resolution: 240 min, risk at 180.
    with clock.frozen(T0 + timedelta(minutes=180)):
        assert actions.check_sla(conversation.pk) == ["resolution_risk"]
    conversation.refresh_from_db()
    assert conversation.agent_id == specialist.pk
    assert conversation.escalated_to_specialist_at == T0 + timedelta(minutes=180)
    assert EscalationRecord.objects.get(conversation=conversation).kind == Escalation.SPECIALIST
    with clock.frozen(T0 + timedelta(minutes=240)):
        assert actions.check_sla(conversation.pk) == ["resolution_breach"]


def test_deadline_follows_the_team_business_calendar(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    from trustdesk.desk.demo import TEAMS

    hk_calendar = next(t["calendar"] for t in TEAMS if t["key"] == "HK")
    Team.objects.filter(key="HK").update(calendar=hk_calendar)
    make_agent(presence="offline")
    friday_evening = datetime(2026, 4, 3, 10, 0, tzinfo=UTC)  # Good Friday 18:00 in HK, a holiday weekend
    with clock.frozen(friday_evening):
        conversation = open_urgent(actor_of(employee))
    expected = BusinessCalendar.from_dict(hk_calendar).add_business_minutes(friday_evening, 15)
    assert conversation.first_response_due_at == expected
    # Sat 4 Apr and Mon 6 Apr are holidays, Sunday is closed: Tuesday 09:15 in Hong Kong.
    assert expected == datetime(2026, 4, 7, 1, 15, tzinfo=UTC)

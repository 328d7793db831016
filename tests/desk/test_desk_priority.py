"""Changing a conversation's priority: who may, SLA due times and deadline tasks, audit, SSE, bad input."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.utils import translation

from trustdesk.audit.models import AuditEvent
from trustdesk.core import clock
from trustdesk.core.broker import Event
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.desk import actions, events
from trustdesk.desk.choices import DeskAuditAction, Status
from trustdesk.desk.models import Conversation, Team
from trustdesk.tenancy.choices import Role

pytestmark = pytest.mark.django_db

T0 = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)


class Recorder:
    def __init__(self) -> None:
        self.published: list[tuple[str, dict[str, Any]]] = []

    def publish(self, channel: str, event: dict[str, Any]) -> None:
        self.published.append((channel, dict(event)))


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    rec = Recorder()
    monkeypatch.setattr(events, "get_broker", lambda: rec)
    return rec


def scheduled_checks(conversation: Conversation) -> list[datetime]:
    from django_tasks_db.models import DBTaskResult

    rows = DBTaskResult.objects.filter(task_path__endswith="check_sla_task").order_by("run_after")
    return [r.run_after for r in rows if r.args_kwargs["args"] == [conversation.pk]]


def _open(actor: Any, priority: str = "normal") -> Conversation:
    return actions.create_conversation(
        actor=actor, category="account", subject="Locked out", body="I cannot sign in.", priority=priority
    )


def test_agent_raises_priority_due_dates_and_deadline_task_move(
    employee: Any,
    make_agent: Callable[..., Any],
    actor_of: Any,
    recorder: Recorder,
    django_capture_on_commit_callbacks: Any,
) -> None:
    agent = make_agent()
    with clock.frozen(T0), django_capture_on_commit_callbacks(execute=True):
        conversation = _open(actor_of(employee))
    # Normal: first response 240 min (risk at 180), resolution 1440 min.
    assert conversation.first_response_due_at == T0 + timedelta(minutes=240)
    assert scheduled_checks(conversation) == [T0 + timedelta(minutes=180)]
    recorder.published.clear()

    later = T0 + timedelta(minutes=5)
    with clock.frozen(later), django_capture_on_commit_callbacks(execute=True):
        changed = actions.set_priority(
            actor=actor_of(agent), conversation_id=conversation.pk, priority="urgent", reason="VIP locked out"
        )
    assert changed.priority == "urgent"
    stored = Conversation.objects.get(pk=conversation.pk)
    assert (stored.priority, stored.priority_rank) == ("urgent", 0)
    # Urgent: 15 min and 240 min from creation (the 5 minutes already spent count), risk at 11 min 15 s.
    assert stored.first_response_due_at == T0 + timedelta(minutes=15)
    assert stored.resolution_due_at == T0 + timedelta(minutes=240)
    assert stored.sla_next_check_at == T0 + timedelta(minutes=11, seconds=15)
    # A check is now scheduled at the new risk time; the old one stays queued and finds nothing to do then.
    assert scheduled_checks(conversation) == [T0 + timedelta(minutes=11, seconds=15), T0 + timedelta(minutes=180)]

    event = AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_PRIORITY)
    assert event.reasons == ["VIP locked out"]
    assert event.extra["from"] == "normal"
    assert event.extra["to"] == "urgent"
    assert event.actor_id == agent.pk
    assert event.target_id == str(conversation.pk)

    channels = {channel for channel, data in recorder.published if data["type"] == "priority"}
    assert events.conversation_channel(conversation.pk) in channels  # both sides' conversation stream
    assert events.user_channel(employee.pk) in channels  # the requester's list
    assert events.user_channel(agent.pk) in channels  # the assigned agent
    assert all(data.get("priority") == "urgent" for _c, data in recorder.published if data["type"] == "priority")


def test_lowering_priority_relaxes_the_deadline(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    with clock.frozen(T0):
        conversation = _open(actor_of(employee), priority="urgent")
    assert conversation.first_response_due_at == T0 + timedelta(minutes=15)
    with clock.frozen(T0 + timedelta(minutes=1)):
        actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority="low", reason="test")
    stored = Conversation.objects.get(pk=conversation.pk)
    assert stored.first_response_due_at == T0 + timedelta(minutes=480)
    assert stored.priority_rank == 3


def test_team_lead_may_change_priority(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    make_agent()
    lead = make_agent("VN", lead=True)  # an agent of VN ...
    Team.objects.filter(key="HK").update(lead=lead)  # ... who also leads HK
    conversation = _open(actor_of(employee))
    actions.set_priority(actor=actor_of(lead), conversation_id=conversation.pk, priority="high", reason="lead")
    assert Conversation.objects.get(pk=conversation.pk).priority == "high"


def test_only_the_team_may_change_priority(
    employee: Any, make_agent: Callable[..., Any], make_user: Callable[..., Any], actor_of: Any, other_org: Any
) -> None:
    make_agent()
    conversation = _open(actor_of(employee))
    outsiders = [
        employee,  # the requester: sees the conversation, but not the agent side
        make_user(Role.EMPLOYEE),  # a colleague of the requester
        make_user(Role.EMPLOYEE, organization=other_org),  # another tenant
        make_agent("VN"),  # an agent of another team
        make_user(Role.SECURITY_OFFICER),  # platform staff without desk work
    ]
    for user in outsiders:
        with pytest.raises(NotFound):
            actions.set_priority(actor=actor_of(user), conversation_id=conversation.pk, priority="urgent", reason="x")
    assert Conversation.objects.get(pk=conversation.pk).priority == "normal"
    assert not AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_PRIORITY).exists()


def test_assigned_agent_of_another_team_cannot_reprioritise(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    """Seeing a conversation because it is assigned to you is not membership of its team."""
    make_agent()
    visitor = make_agent("VN")
    conversation = _open(actor_of(employee))
    Conversation.objects.filter(pk=conversation.pk).update(agent=visitor)
    with pytest.raises(NotFound):
        actions.set_priority(actor=actor_of(visitor), conversation_id=conversation.pk, priority="high", reason="x")


@pytest.mark.parametrize(
    ("priority", "reason"),
    [("critical", "real reason"), ("", "real reason"), ("high", ""), ("high", "   "), ("high", "x" * 301)],
)
def test_bad_input_is_refused_and_changes_nothing(
    priority: str,
    reason: str,
    employee: Any,
    make_agent: Callable[..., Any],
    actor_of: Any,
    recorder: Recorder,
    django_capture_on_commit_callbacks: Any,
) -> None:
    agent = make_agent()
    with clock.frozen(T0):
        conversation = _open(actor_of(employee))
    before = Conversation.objects.get(pk=conversation.pk)
    audit_before = AuditEvent.objects.count()
    recorder.published.clear()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationFailed):
        actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority=priority, reason=reason)
    after = Conversation.objects.get(pk=conversation.pk)
    assert (after.priority, after.priority_rank, after.first_response_due_at, after.sla_next_check_at) == (
        before.priority,
        before.priority_rank,
        before.first_response_due_at,
        before.sla_next_check_at,
    )
    assert AuditEvent.objects.count() == audit_before
    assert recorder.published == []


def test_unknown_priority_error_is_translated(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    conversation = _open(actor_of(employee))
    messages = {}
    for language in ("en", "vi", "ar"):
        with translation.override(language), pytest.raises(ValidationFailed) as caught:
            actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority="asap", reason="r")
        messages[language] = str(caught.value.detail)
    assert messages["en"] == "Unknown priority."
    assert messages["vi"] != messages["en"]
    assert messages["ar"] != messages["en"]


def test_closed_conversation_and_unchanged_priority(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    agent = make_agent()
    conversation = _open(actor_of(employee))
    same = actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority="normal", reason="r")
    assert same.priority == "normal"
    assert not AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_PRIORITY).exists()
    actions.set_status(actor=actor_of(agent), conversation_id=conversation.pk, status=Status.CLOSED)
    with pytest.raises(Conflict):
        actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority="urgent", reason="r")


def test_both_streams_render_the_priority_event(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    from trustdesk.desk.views import _ConversationStream

    agent = make_agent()
    conversation = _open(actor_of(employee))
    actions.set_priority(actor=actor_of(agent), conversation_id=conversation.pk, priority="high", reason="r")
    event = Event(events.conversation_channel(conversation.pk), {"type": "priority", "conversation": conversation.pk})
    for user in (employee, agent):
        frames = _ConversationStream(actor_of(user), conversation.pk, "vi").frames(event)
        assert len(frames) == 1
        name, data = frames[0]
        assert name == "priority"
        assert data["priority"] == "high"
        assert data["priority_label"] and data["priority_label"] != "High"  # in the viewer's language (vi)


def test_agent_console_form(employee: Any, make_agent: Callable[..., Any], actor_of: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    agent = make_agent()
    conversation = _open(actor_of(employee))
    client = logged_in(agent)
    page = client.get(f"/agent/c/{conversation.pk}/")
    assert page.status_code == 200
    assert b'data-testid="priority-form"' in page.content
    token = csrf_token(client)
    url = f"/agent/c/{conversation.pk}/priority"
    response = client.post(url, {"priority": "urgent", "reason": "VIP"}, headers={"X-CSRFToken": token})
    assert response.status_code == 302
    assert Conversation.objects.get(pk=conversation.pk).priority == "urgent"
    bad = client.post(url, {"priority": "whenever", "reason": "VIP"}, headers={"X-CSRFToken": token}, follow=True)
    assert bad.status_code == 200
    assert "Unknown priority." in bad.content.decode()
    assert Conversation.objects.get(pk=conversation.pk).priority == "urgent"
    # The requester's own page has no such form, and the requester cannot post to it.
    requester = logged_in(employee)
    assert b"priority-form" not in requester.get(f"/support/c/{conversation.pk}/").content
    denied = requester.post(url, {"priority": "low", "reason": "me"}, headers={"X-CSRFToken": csrf_token(requester)})
    assert denied.status_code == 404
    assert Conversation.objects.get(pk=conversation.pk).priority == "urgent"

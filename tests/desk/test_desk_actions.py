"""Desk actions: routing and assignment, the queue, messages and notes, status, transfer, CSAT, audit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from trustdesk.audit.models import AuditEvent
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.desk import actions, selectors
from trustdesk.desk.choices import DeskAuditAction, MessageKind, Status
from trustdesk.desk.models import AgentProfile, Conversation, Message

pytestmark = pytest.mark.django_db


def new(actor: Any, **kw: Any) -> Conversation:
    fields = {"category": "billing", "subject": "Invoice question", "body": "My invoice shows the wrong amount."}
    fields.update(kw)
    return actions.create_conversation(actor=actor, **fields)


def load_of(user: Any) -> int:
    return AgentProfile.objects.get(user=user).load


def test_contact_support_routes_to_region_team_and_skilled_agent(
    employee: Any, make_agent: Callable[..., Any], actor_of: Callable[[Any], Any]
) -> None:
    make_agent(skills=("device",), name="Ho")
    mei = make_agent(skills=("billing",), languages=("zh-Hant", "en"), name="Mei")
    make_agent("VN", skills=("billing",), name="Lan")
    conversation = new(actor_of(employee), preferred_language="zh-Hant")
    assert conversation.team is not None
    assert conversation.team.key == "HK"
    assert conversation.agent_id == mei.pk
    assert conversation.status == Status.OPEN
    assert load_of(mei) == 1
    event = AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_ASSIGN, target_id=str(conversation.pk))
    assert event.reasons[0] == "team HK: region HK"
    assert event.reasons[1] == "agent Mei: skill billing, language zh-Hant, load 0/5"
    assert event.extra["agent"] == mei.pk
    assert AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_CREATE).count() == 1


def test_subject_and_bodies_are_sealed(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    make_agent()
    conversation = new(actor_of(employee), subject="Secret subject 4471", body="Secret body 9925")
    raw = Conversation.objects.filter(pk=conversation.pk).values_list("subject_sealed", flat=True).get()
    assert b"Secret subject" not in bytes(raw)
    first = Message.objects.filter(conversation=conversation, kind=MessageKind.MESSAGE).get()
    assert b"Secret body" not in bytes(first.body_sealed)
    assert selectors.subject_of(conversation) == "Secret subject 4471"
    assert selectors.body_of(first, organization_id=conversation.organization_id) == "Secret body 9925"


def test_nobody_available_queues_until_an_agent_comes_online(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    agent = make_agent(presence="offline", name="Kai")
    conversation = new(actor_of(employee))
    assert conversation.agent_id is None
    assert conversation.queued_at is not None
    queued = AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_QUEUE)
    assert queued.reasons == ["team HK: region HK", "queued: no agent available (1 offline)"]
    assert list(selectors.team_queue(actor=actor_of(agent))) == [conversation]

    actions.set_presence(actor=actor_of(agent), presence="online")
    conversation.refresh_from_db()
    assert conversation.agent_id == agent.pk
    assert conversation.queued_at is None
    assert load_of(agent) == 1
    assert list(selectors.team_queue(actor=actor_of(agent))) == []


def test_capacity_is_respected_and_freed_capacity_drains_the_queue(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    agent = make_agent(capacity=1)
    me = actor_of(employee)
    first = new(me)
    second = new(me, priority="high")
    third = new(me, priority="urgent")
    assert first.agent_id == agent.pk
    assert second.agent_id is None
    assert third.agent_id is None
    assert load_of(agent) == 1
    actions.resolve_conversation(actor=actor_of(agent), conversation_id=first.pk)
    third.refresh_from_db()
    second.refresh_from_db()
    assert third.agent_id == agent.pk  # most urgent first
    assert second.agent_id is None
    assert load_of(agent) == 1


def test_waiting_on_customer_frees_capacity(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent(capacity=1)
    me = actor_of(employee)
    first = new(me)
    second = new(me)
    actions.set_status(actor=actor_of(agent), conversation_id=first.pk, status=Status.WAITING)
    second.refresh_from_db()
    assert second.agent_id == agent.pk
    assert load_of(agent) == 1
    # The customer answers: the first conversation runs again and holds capacity again (over the limit).
    actions.post_message(actor=me, conversation_id=first.pk, body="Here is the screenshot.")
    first.refresh_from_db()
    assert first.status == Status.OPEN
    assert load_of(agent) == 2


def test_user_region_override(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    lan = make_agent("VN")
    make_agent("HK")
    actions.set_region_override(actor=None, user=employee, region="VN")
    conversation = new(actor_of(employee))
    assert conversation.team is not None
    assert conversation.team.key == "VN"
    assert conversation.agent_id == lan.pk
    event = AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_ASSIGN)
    assert event.reasons[0] == "team VN: region (user override) VN"


def test_notes_are_never_shown_to_the_requester(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    me, them = actor_of(employee), actor_of(agent)
    conversation = new(me)
    actions.add_note(actor=them, conversation_id=conversation.pk, body="Customer seems legit")
    actions.post_message(actor=them, conversation_id=conversation.pk, body="Hello, we are on it.")
    requester_view = list(selectors.visible_messages(actor=me, conversation=conversation))
    agent_view = list(selectors.visible_messages(actor=them, conversation=conversation))
    assert {m.kind for m in requester_view} == {MessageKind.MESSAGE}
    assert len(requester_view) == 2
    assert MessageKind.NOTE in {m.kind for m in agent_view}
    with pytest.raises(NotFound):
        actions.add_note(actor=me, conversation_id=conversation.pk, body="I am not an agent")


def test_first_agent_reply_stops_the_first_response_clock(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    agent = make_agent()
    conversation = new(actor_of(employee))
    assert conversation.first_response_due_at is not None
    actions.post_message(actor=actor_of(employee), conversation_id=conversation.pk, body="Any news?")
    conversation.refresh_from_db()
    assert conversation.first_response_at is None
    actions.post_message(actor=actor_of(agent), conversation_id=conversation.pk, body="Looking now.")
    conversation.refresh_from_db()
    assert conversation.first_response_at is not None
    assert conversation.first_response_due_at is None  # met: no more deadline


def test_cross_tenant_and_other_team_see_nothing(
    employee: Any,
    make_user: Callable[..., Any],
    other_org: Any,
    make_agent: Callable[..., Any],
    actor_of: Any,
) -> None:
    make_agent("HK")
    vn_agent = make_agent("VN")
    conversation = new(actor_of(employee))
    outsider = make_user(organization=other_org)
    colleague = make_user()
    for viewer in (outsider, colleague, vn_agent):
        with pytest.raises(NotFound):
            selectors.get_conversation(actor=actor_of(viewer), conversation_id=conversation.pk)
        with pytest.raises(NotFound):
            actions.post_message(actor=actor_of(viewer), conversation_id=conversation.pk, body="hi")


def test_take_and_conflict(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    a = make_agent(presence="offline")
    b = make_agent(presence="offline")
    conversation = new(actor_of(employee))
    actions.take_conversation(actor=actor_of(a), conversation_id=conversation.pk)
    with pytest.raises(Conflict):
        actions.take_conversation(actor=actor_of(b), conversation_id=conversation.pk)
    conversation.refresh_from_db()
    assert conversation.agent_id == a.pk
    assert load_of(a) == 1


def test_transfer_to_team_excludes_nobody_there_and_updates_loads(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    hk = make_agent("HK")
    vn = make_agent("VN")
    conversation = new(actor_of(employee))
    assert conversation.agent_id == hk.pk
    actions.transfer_conversation(actor=actor_of(hk), conversation_id=conversation.pk, to_team="VN", reason="speaks vi")
    conversation.refresh_from_db()
    assert conversation.agent_id == vn.pk
    assert conversation.team is not None
    assert conversation.team.key == "VN"
    assert (load_of(hk), load_of(vn)) == (0, 1)
    event = AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_TRANSFER)
    assert "speaks vi" in event.reasons[0]
    # The previous agent lost access with the transfer (not in VN, not assigned).
    with pytest.raises(NotFound):
        selectors.get_conversation(actor=actor_of(hk), conversation_id=conversation.pk)


def test_transfer_to_specialist_and_to_named_agent(
    employee: Any, make_agent: Callable[..., Any], actor_of: Any
) -> None:
    first = make_agent(skills=("security",))
    specialist = make_agent(skills=("security",), specialist=True, capacity=2)
    specialist_load_before = load_of(specialist)
    conversation = new(actor_of(employee), category="security")
    assert conversation.agent_id in {first.pk, specialist.pk}
    if conversation.agent_id == specialist.pk:  # make the generalist own it first
        actions.transfer_conversation(actor=actor_of(specialist), conversation_id=conversation.pk, to_agent_id=first.pk)
    actions.transfer_conversation(actor=actor_of(first), conversation_id=conversation.pk, to_specialist=True)
    conversation.refresh_from_db()
    assert conversation.agent_id == specialist.pk
    assert load_of(first) == 0
    assert load_of(specialist) == specialist_load_before + 1
    with pytest.raises(ValidationFailed):
        actions.transfer_conversation(actor=actor_of(specialist), conversation_id=conversation.pk)


def test_resolve_reopen_and_csat(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    me = actor_of(employee)
    conversation = new(me)
    with pytest.raises(Conflict):
        actions.submit_csat(actor=me, conversation_id=conversation.pk, score=5)
    actions.resolve_conversation(actor=actor_of(agent), conversation_id=conversation.pk)
    assert load_of(agent) == 0
    actions.reopen_conversation(actor=me, conversation_id=conversation.pk)
    assert load_of(agent) == 1
    actions.resolve_conversation(actor=actor_of(agent), conversation_id=conversation.pk)
    with pytest.raises(NotFound):
        actions.submit_csat(actor=actor_of(agent), conversation_id=conversation.pk, score=1)
    with pytest.raises(ValidationFailed):
        actions.submit_csat(actor=me, conversation_id=conversation.pk, score=6)
    rated = actions.submit_csat(actor=me, conversation_id=conversation.pk, score=4, comment="Quick and kind")
    assert rated.csat_score == 4
    assert selectors.csat_comment_of(rated) == "Quick and kind"
    with pytest.raises(Conflict):
        actions.submit_csat(actor=me, conversation_id=conversation.pk, score=5)
    statuses = [e.reasons for e in AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_REOPEN)]
    assert statuses == [["reopened"]]


def test_validation(employee: Any, make_agent: Callable[..., Any], actor_of: Any, make_user: Any) -> None:
    me = actor_of(employee)
    with pytest.raises(ValidationFailed):
        new(me, subject="   ")
    with pytest.raises(ValidationFailed):
        new(me, category="crypto")
    with pytest.raises(ValidationFailed):
        new(me, body="x" * 10_001)
    with pytest.raises(ValidationFailed):
        new(me, preferred_language="en<script>")
    agent = make_agent()
    with pytest.raises(NotFound):
        new(actor_of(agent))  # platform staff do not open support requests to themselves
    assert Conversation.objects.count() == 0


def test_recount_load_repairs_drift(employee: Any, make_agent: Callable[..., Any], actor_of: Any) -> None:
    agent = make_agent()
    new(actor_of(employee))
    AgentProfile.objects.filter(user=agent).update(load=4)
    assert actions.recount_load() == 1
    assert load_of(agent) == 1


def test_audit_actions_are_unique_and_well_formed() -> None:
    values = [a.value for a in DeskAuditAction]
    assert len(values) == len(set(values))
    assert all(v.count(":") == 2 and v.startswith("desk:") for v in values)

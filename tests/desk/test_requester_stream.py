"""The employee's live "My requests" list: its stream serves only the signed-in requester's own events.

The stream listens on the requester's own channel and re-reads every event's conversation through the
requester's selectors, so an event naming someone else's conversation (another user's, another tenant's, a
forged or mis-published id) never becomes a frame; anyone who has no such list (agents, anonymous) gets 404.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
from asgiref.sync import sync_to_async
from django.db import connections
from django.test import AsyncClient, Client

from trustdesk.core.broker import Event, InProcessBroker, set_broker
from trustdesk.desk import actions, events
from trustdesk.desk.choices import Status
from trustdesk.desk.models import Team
from trustdesk.desk.views import _RequesterListStream
from trustdesk.tenancy.choices import Role

T = TypeVar("T")

SUBJECT = "Locked out RS-5512"
BODY = "I cannot sign in RS-7781"
REPLY = "Unlocked for you RS-9034"


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """A fresh loop in its own thread (the e2e browser keeps a loop running in the main thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _open(actor: Any, subject: str = SUBJECT) -> Any:
    return actions.create_conversation(actor=actor, category="account", subject=subject, body=BODY)


@pytest.fixture
def people(
    employee: Any, make_agent: Callable[..., Any], make_user: Callable[..., Any], other_org: Any
) -> dict[str, Any]:
    return {
        "employee": employee,
        "agent": make_agent(name="Mei Chan", skills=("account",), languages=("en", "vi")),
        "colleague": make_user(Role.EMPLOYEE),
        "outsider": make_user(Role.EMPLOYEE, organization=other_org),
    }


@pytest.fixture
def broker() -> Iterator[InProcessBroker]:
    instance = InProcessBroker()
    set_broker(instance)
    yield instance
    set_broker(None)


def _event(kind: str, conversation: Any, **extra: Any) -> Event:
    return Event(channel="desk.user.0", data={"type": kind, "conversation": conversation.pk, **extra})


@pytest.mark.django_db
def test_renderer_turns_only_the_requesters_own_conversations_into_rows(
    people: dict[str, Any], actor_of: Callable[[Any], Any]
) -> None:
    mine = _open(actor_of(people["employee"]))
    colleagues = _open(actor_of(people["colleague"]))
    outsiders = _open(actor_of(people["outsider"]))
    stream = _RequesterListStream(actor_of(people["employee"]), "en")

    for other in (colleagues, outsiders):
        for kind in ("conversation.created", "assignment", "status", "priority", "csat"):
            assert stream.frames(_event(kind, other)) == [], (kind, other.requester_id)
    # A reply in someone else's conversation, named on this channel, stays unseen too.
    their_reply = actions.post_message(actor=actor_of(people["agent"]), conversation_id=colleagues.pk, body=REPLY)
    assert stream.frames(_event("message", colleagues, message=str(their_reply.uuid))) == []
    # Ids that name nothing, and kinds that are not row changes (an agent's notices), are dropped as well.
    assert stream.frames(Event(channel="x", data={"type": "status", "conversation": "nope"})) == []
    assert stream.frames(Event(channel="x", data={"type": "status"})) == []
    assert stream.frames(_event("escalation", mine, reason="SLA")) == []
    assert stream.frames(_event("note", mine, message=str(their_reply.uuid))) == []

    actions.resolve_conversation(actor=actor_of(people["agent"]), conversation_id=mine.pk)
    [(name, data)] = stream.frames(_event("status", mine, status="resolved"))
    assert name == "row"
    assert data["conversation"] == mine.pk
    assert (data["status"], data["status_label"]) == ("resolved", "Resolved")
    assert data["agent"] == "Mei Chan"
    assert data["reply"] is False
    assert SUBJECT not in json.dumps(data) and BODY not in json.dumps(data)


@pytest.mark.django_db
def test_agent_reply_marks_the_row_and_the_requesters_own_message_does_not(
    people: dict[str, Any], actor_of: Callable[[Any], Any]
) -> None:
    employee = actor_of(people["employee"])
    mine = _open(employee)
    stream = _RequesterListStream(employee, "vi")
    reply = actions.post_message(actor=actor_of(people["agent"]), conversation_id=mine.pk, body=REPLY)
    [(name, data)] = stream.frames(_event("message", mine, message=str(reply.uuid)))
    replied_at = data["last_activity"]
    assert (name, data["reply"]) == ("row", True)
    assert data["status_label"] == "Đang xử lý"  # the viewer's language
    assert REPLY not in json.dumps(data, ensure_ascii=False)
    own = actions.post_message(actor=employee, conversation_id=mine.pk, body="thanks")
    [(_name, data)] = stream.frames(_event("message", mine, message=str(own.uuid)))
    assert data["reply"] is False
    mine.refresh_from_db()
    assert data["last_activity"] == mine.last_message_at.isoformat() > replied_at


@pytest.mark.django_db
def test_actions_publish_assignment_status_and_reply_to_the_requesters_channel(
    people: dict[str, Any],
    actor_of: Callable[[Any], Any],
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    published: list[tuple[str, dict[str, Any]]] = []

    class Recorder:
        def publish(self, channel: str, event: dict[str, Any]) -> None:
            published.append((channel, dict(event)))

    monkeypatch.setattr(events, "get_broker", lambda: Recorder())
    agent = actor_of(people["agent"])
    theirs = _open(actor_of(people["colleague"]))
    with django_capture_on_commit_callbacks(execute=True):
        conversation = _open(actor_of(people["employee"]))
    channel = events.user_channel(people["employee"].pk)
    kinds = [e["type"] for c, e in published if c == channel and e["conversation"] == conversation.pk]
    assert "assignment" in kinds  # routed to Mei Chan at creation
    published.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.post_message(actor=agent, conversation_id=conversation.pk, body=REPLY)
        actions.set_status(actor=agent, conversation_id=conversation.pk, status=Status.WAITING)
        actions.resolve_conversation(actor=agent, conversation_id=conversation.pk)
        actions.reopen_conversation(actor=agent, conversation_id=conversation.pk)
    mine_events = [e for c, e in published if c == channel]
    assert [e["type"] for e in mine_events] == ["message", "status", "status", "status"]
    assert [e.get("status") for e in mine_events[1:]] == [Status.WAITING, Status.RESOLVED, Status.OPEN]
    assert all(set(e) <= {"type", "conversation", "message", "status", "agent"} for e in mine_events)
    assert not [e for c, e in published if c == channel and e["conversation"] == theirs.pk]


@pytest.mark.django_db
def test_a_transfer_that_ends_in_a_queue_reaches_the_requesters_row(
    people: dict[str, Any],
    actor_of: Callable[[Any], Any],
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    """No agent takes it over (nobody in the VN team), so no ``assignment`` event: the routing trace tells the
    requester's list instead, and the row loses its agent."""
    published: list[tuple[str, dict[str, Any]]] = []

    class Recorder:
        def publish(self, channel: str, event: dict[str, Any]) -> None:
            published.append((channel, dict(event)))

    employee = actor_of(people["employee"])
    conversation = _open(employee)
    assert conversation.agent_id == people["agent"].pk
    monkeypatch.setattr(events, "get_broker", lambda: Recorder())
    with django_capture_on_commit_callbacks(execute=True):
        actions.transfer_conversation(actor=actor_of(people["agent"]), conversation_id=conversation.pk, to_team="VN")
    mine = [e for c, e in published if c == events.user_channel(people["employee"].pk)]
    assert mine == [{"type": "routing", "conversation": conversation.pk}]
    [(name, data)] = _RequesterListStream(employee, "en").frames(_event("routing", conversation))
    assert (name, data["agent"], data["team"]) == ("row", "", Team.objects.get(key="VN").name)


@pytest.mark.django_db
def test_list_stream_and_rows_are_denied_by_default(
    people: dict[str, Any], logged_in: Callable[..., Client], actor_of: Callable[[Any], Any]
) -> None:
    _open(actor_of(people["employee"]))
    assert Client().get("/support/events").status_code == 404
    assert Client().get("/support/rows").status_code == 302  # to the login page, as the list itself
    agent = logged_in(people["agent"])
    assert agent.get("/support/events").status_code == 404
    assert agent.get("/support/rows").status_code == 404
    colleague = logged_in(people["colleague"])
    rows = colleague.get("/support/rows")
    assert rows.status_code == 200
    assert SUBJECT not in rows.content.decode()
    own = logged_in(people["employee"]).get("/support/rows").content.decode()
    assert SUBJECT in own and 'data-testid="request-row"' in own


@pytest.mark.django_db
def test_list_stream_sits_behind_the_zero_trust_gate(
    people: dict[str, Any], logged_in: Callable[..., Client], settings: Any
) -> None:
    client = logged_in(people["employee"])
    settings.TRUST_GATE = "enforce"
    for url in ("/support/", "/support/rows", "/support/events"):
        response = client.get(url)
        assert response.status_code in (302, 401, 403), url
        if response.status_code == 302:
            assert "/devices/enrol/" in response["Location"], url


@pytest.mark.django_db(transaction=True)
def test_stream_view_delivers_the_own_change_and_never_another_users(
    people: dict[str, Any],
    logged_in: Callable[..., Client],
    actor_of: Callable[[Any], Any],
    broker: InProcessBroker,
) -> None:
    """Through the real async view: another user's status change, and an event naming their conversation
    published on this requester's own channel, yield nothing; the requester's own change arrives next."""
    agent = actor_of(people["agent"])
    mine = _open(actor_of(people["employee"]))
    theirs = _open(actor_of(people["colleague"]))
    cookies = logged_in(people["employee"]).cookies

    async def scenario() -> list[tuple[str, dict[str, Any]]]:
        # One executor thread for the renderer, so its database connection can be closed at the end.
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(1))
        try:
            return await _stream()
        finally:
            await sync_to_async(connections.close_all)()
            await loop.run_in_executor(None, connections.close_all)

    async def _stream() -> list[tuple[str, dict[str, Any]]]:
        client = AsyncClient(HTTP_HOST="127.0.0.1")
        client.cookies = cookies
        response = await client.get("/support/events")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/event-stream")
        stream = aiter(response.streaming_content)
        assert _text(await anext(stream)).startswith("retry:")
        frames = [_parse(await anext(stream))]  # sync: subscribed from here on
        await sync_to_async(actions.resolve_conversation)(actor=agent, conversation_id=theirs.pk)
        broker.publish(events.user_channel(people["employee"].pk), {"type": "status", "conversation": theirs.pk})
        await sync_to_async(actions.resolve_conversation)(actor=agent, conversation_id=mine.pk)
        frames.append(_parse(await asyncio.wait_for(anext(stream), 20)))
        await stream.aclose()  # type: ignore[attr-defined]
        return frames

    (sync, row) = _run(scenario())
    assert sync == ("sync", {})
    assert row[0] == "row"
    assert (row[1]["conversation"], row[1]["status"]) == (mine.pk, "resolved")
    assert broker.subscriber_count(events.user_channel(people["employee"].pk)) == 0


def _text(chunk: Any) -> str:
    return chunk.decode() if isinstance(chunk, bytes) else str(chunk)


def _parse(chunk: Any) -> tuple[str, dict[str, Any]]:
    name, data = "", {}
    for line in _text(chunk).strip().splitlines():
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = json.loads(line[len("data: ") :])
    return name, data

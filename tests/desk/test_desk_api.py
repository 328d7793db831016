"""/api/v1/desk: the whole path over HTTP, cross-tenant 404 on every endpoint, permissions per role, CLI."""

from __future__ import annotations

import json
import json as _json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from trustdesk.desk.models import Conversation
from trustdesk.tenancy.choices import Role

pytestmark = pytest.mark.django_db

BASE = "/api/v1/desk"


def token_for(user: Any) -> str:
    from trustdesk.identity import actions
    from trustdesk.tenancy.actor import actor_for

    actor = actor_for(user)
    scopes = sorted(p.value for p in actor.permissions)
    return str(actions.create_api_token(actor=actor, name="test", scopes=scopes, expires_in_days=1).raw)


class Api:
    def __init__(self, user: Any) -> None:
        self.client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {token_for(user)}")

    def get(self, path: str, **params: Any) -> Any:
        return self.client.get(BASE + path, params)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self.client.post(BASE + path, json.dumps(body or {}), content_type="application/json")

    def put(self, path: str, body: dict[str, Any]) -> Any:
        return self.client.put(BASE + path, json.dumps(body), content_type="application/json")


NEW = {"category": "account", "subject": "Cannot sign in", "body": "My account is locked.", "preferred_language": "en"}


def test_employee_and_agent_talk_through_the_api(employee: Any, make_agent: Callable[..., Any]) -> None:
    agent = make_agent(name="Mei")
    me, them = Api(employee), Api(agent)
    created = me.post("/conversations", NEW)
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["team"] == {"key": "HK", "name": "Official Support Hong Kong", "verified": True}
    assert data["agent"]["display_name"] == "Mei"
    assert data["subject"] == "Cannot sign in"
    assert "never asks" in data["reminder"]
    assert data["requester"] is None  # the requester panel is for the agent side only
    cid = data["id"]

    assert [c["id"] for c in them.get("/mine").json()] == [cid]
    detail = them.get(f"/conversations/{cid}").json()
    assert detail["requester"]["email"] == employee.email
    assert them.post(f"/conversations/{cid}/notes", {"body": "Checked the lockout log"}).status_code == 201
    reply = them.post(f"/conversations/{cid}/messages", {"body": "Unlocked, please try again."})
    assert reply.status_code == 201
    assert reply.json()["side"] == "agent"

    mine = me.get(f"/conversations/{cid}/messages").json()
    assert [m["body"] for m in mine] == ["My account is locked.", "Unlocked, please try again."]
    theirs = them.get(f"/conversations/{cid}/messages").json()
    assert "note" in {m["kind"] for m in theirs}

    assert them.post(f"/conversations/{cid}/resolve").json()["status"] == "resolved"
    rated = me.post(f"/conversations/{cid}/csat", {"score": 5, "comment": "Fast"})
    assert rated.status_code == 200
    assert rated.json()["csat_score"] == 5
    assert me.get("/conversations").json()["results"][0]["id"] == cid


def test_queue_take_presence_and_canned_replies(employee: Any, make_agent: Callable[..., Any]) -> None:
    from trustdesk.desk.demo import CANNED
    from trustdesk.desk.models import CannedReply, Team

    agent = make_agent(presence="offline")
    hk = Team.objects.get(key="HK")
    for key, language, title, body in CANNED[:3]:
        CannedReply.objects.create(team=hk, key=key, language=language, title=title, body=body)
    them = Api(agent)
    cid = Api(employee).post("/conversations", NEW).json()["id"]
    assert [c["id"] for c in them.get("/queue").json()] == [cid]
    assert them.get("/queue").json()[0]["queued"] is True
    taken = them.post(f"/conversations/{cid}/take")
    assert taken.status_code == 200
    assert taken.json()["agent"]["id"] == agent.pk
    presence = them.put("/presence", {"presence": "online"})
    assert presence.json() == {"presence": "online", "load": 1, "capacity": 5, "team": "HK"}
    assert them.put("/presence", {"presence": "asleep"}).status_code == 400
    replies = them.get("/canned-replies", language="zh-Hant").json()
    assert [r["language"] for r in replies] == ["zh-Hant"]


CONVERSATION_ENDPOINTS = [
    ("get", "/conversations/{id}", None),
    ("get", "/conversations/{id}/messages", None),
    ("post", "/conversations/{id}/messages", {"body": "hello"}),
    ("post", "/conversations/{id}/notes", {"body": "note"}),
    ("post", "/conversations/{id}/take", None),
    ("post", "/conversations/{id}/transfer", {"team": "VN"}),
    ("post", "/conversations/{id}/status", {"status": "waiting_on_customer"}),
    ("post", "/conversations/{id}/priority", {"priority": "urgent", "reason": "outsider"}),
    ("post", "/conversations/{id}/resolve", None),
    ("post", "/conversations/{id}/reopen", None),
    ("post", "/conversations/{id}/csat", {"score": 3}),
]


@pytest.mark.parametrize("outsider_kind", ["other_tenant", "same_tenant_colleague", "other_team_agent"])
def test_every_conversation_endpoint_answers_404_to_outsiders(
    outsider_kind: str,
    employee: Any,
    make_user: Callable[..., Any],
    make_agent: Callable[..., Any],
    other_org: Any,
) -> None:
    make_agent("HK")
    cid = Api(employee).post("/conversations", NEW).json()["id"]
    outsider = {
        "other_tenant": lambda: make_user(organization=other_org),
        "same_tenant_colleague": lambda: make_user(),
        "other_team_agent": lambda: make_agent("VN"),
    }[outsider_kind]()
    api = Api(outsider)
    for method, path, body in CONVERSATION_ENDPOINTS:
        url = path.format(id=cid)
        response = api.get(url) if method == "get" else api.post(url, body)
        assert response.status_code == 404, (method, url, response.status_code)
        assert response.json()["type"].endswith("not-found")
    missing = api.get("/conversations/999999")
    assert missing.status_code == 404
    before = Conversation.objects.get(pk=cid)
    assert before.status == "open"  # nothing was changed by the attempts


@pytest.mark.parametrize(
    ("role", "queue", "metrics"),
    [
        (Role.EMPLOYEE, 404, 404),
        (Role.IT_ADMIN, 404, 404),
        (Role.AUDITOR, 404, 404),
        (Role.SUPPORT_AGENT, 200, 404),
        (Role.TEAM_LEAD, 200, 200),
        (Role.SECURITY_OFFICER, 404, 200),
        (Role.PLATFORM_ADMIN, 404, 200),
    ],
)
def test_agent_endpoints_per_role(
    role: str, queue: int, metrics: int, make_user: Callable[..., Any], make_agent: Callable[..., Any]
) -> None:
    user = make_agent(lead=role == Role.TEAM_LEAD) if role in {Role.SUPPORT_AGENT, Role.TEAM_LEAD} else make_user(role)
    api = Api(user)
    assert api.get("/queue").status_code == queue
    assert api.get("/mine").status_code == queue
    assert api.get("/metrics").status_code == metrics
    can_create = role in {Role.EMPLOYEE, Role.IT_ADMIN, Role.AUDITOR}
    assert api.post("/conversations", NEW).status_code == (201 if can_create else 404)


def test_input_validation(employee: Any, make_agent: Callable[..., Any]) -> None:
    make_agent()
    me = Api(employee)
    assert me.post("/conversations", {**NEW, "agent_id": 1}).status_code == 422  # mass assignment refused
    assert me.post("/conversations", {**NEW, "category": "lottery"}).status_code == 400
    assert me.post("/conversations", {**NEW, "subject": ""}).status_code == 422
    bad = me.client.post(BASE + "/conversations", "{not json", content_type="application/json")
    assert bad.status_code == 400
    assert Conversation.objects.count() == 0


def test_priority_endpoint(employee: Any, make_agent: Callable[..., Any]) -> None:
    from trustdesk.audit.models import AuditEvent
    from trustdesk.desk.choices import DeskAuditAction

    agent = make_agent()
    cid = Api(employee).post("/conversations", NEW).json()["id"]
    before = Api(agent).get(f"/conversations/{cid}").json()
    changed = Api(agent).post(f"/conversations/{cid}/priority", {"priority": "urgent", "reason": "VIP"})
    assert changed.status_code == 200, changed.content
    assert changed.json()["priority"] == "urgent"
    assert changed.json()["first_response_due_at"] < before["first_response_due_at"]
    assert AuditEvent.objects.get(action=DeskAuditAction.CONVERSATION_PRIORITY).extra["from"] == "normal"
    bad = Api(agent).post(f"/conversations/{cid}/priority", {"priority": "whenever", "reason": "VIP"})
    assert bad.status_code == 400
    assert bad.json()["detail"] == "Unknown priority."
    assert Api(agent).post(f"/conversations/{cid}/priority", {"priority": "low"}).status_code == 422  # no reason
    assert Api(employee).post(f"/conversations/{cid}/priority", {"priority": "low", "reason": "x"}).status_code == 404
    assert Conversation.objects.get(pk=cid).priority == "urgent"
    assert AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_PRIORITY).count() == 1


def test_unauthenticated_is_401() -> None:
    assert Client(HTTP_HOST="127.0.0.1").get(BASE + "/conversations").status_code == 401


def test_metrics_median_and_p90(employee: Any, make_agent: Callable[..., Any], make_user: Callable[..., Any]) -> None:
    from datetime import UTC, datetime, timedelta

    from trustdesk.core import clock
    from trustdesk.desk import actions
    from trustdesk.tenancy.actor import actor_for

    agent = make_agent()
    t0 = datetime(2026, 3, 2, 2, tzinfo=UTC)
    for minutes in (10, 20, 30, 40, 100):
        with clock.frozen(t0):
            c = actions.create_conversation(actor=actor_for(employee), category="account", subject="s", body="b")
        with clock.frozen(t0 + timedelta(minutes=minutes)):
            actions.post_message(actor=actor_for(agent), conversation_id=c.pk, body="hi")
    lead = make_agent(lead=True)
    data = Api(lead).get("/metrics").json()
    first = data["team"]["HK"]["first_response"]
    assert first == {"count": 5, "median_minutes": 30.0, "p90_minutes": 76.0}
    assert data["priority"]["normal"]["first_response"]["count"] == 5
    assert data["region"]["HK"]["resolution"] == {"count": 0, "median_minutes": None, "p90_minutes": None}


def test_cli_new_list_show_reply_queue_take_resolve(
    employee: Any, make_agent: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from trustdesk.desk.management.commands import support

    agent = make_agent(presence="offline")

    class DjangoClient:
        """The CLI's HTTP calls served in-process by Django's test client (shares the test transaction)."""

        def __init__(self, token: str) -> None:
            self.client = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {token}")

        def request(self, method: str, url: str, json: Any = None) -> Any:
            body = {"data": _json.dumps(json), "content_type": "application/json"} if json is not None else {}
            return getattr(self.client, method.lower())(url, **body)

        def close(self) -> None:
            pass

    def client(server: str, token: str) -> DjangoClient:
        return DjangoClient(token)

    monkeypatch.setattr(support, "make_client", client)
    mine, theirs = token_for(employee), token_for(agent)

    def run(token: str, *args: str) -> str:
        call_command("support", "--token", token, *args)
        return str(capsys.readouterr().out)

    out = run(mine, "new", "--category", "device", "--subject", "Phone lost", "--body", "Lost my phone")
    assert "Official Support Hong Kong [verified official team]" in out
    assert "waiting in the team queue" in out
    cid = Conversation.objects.get().pk
    assert "Phone lost" in run(mine, "list")
    assert "Phone lost" in run(theirs, "queue")
    assert "verified staff" in run(theirs, "take", str(cid))
    assert "Sent" in run(theirs, "reply", str(cid), "We can lock it remotely.")
    shown = run(mine, "show", str(cid))
    assert "Lost my phone" in shown
    assert "We can lock it remotely." in shown
    assert "urgent" in run(theirs, "priority", str(cid), "urgent", "--reason", "Phone with payment apps")
    with pytest.raises(Exception, match="400"):
        run(theirs, "priority", str(cid), "someday", "--reason", "typo")
    with pytest.raises(Exception, match="404"):
        run(mine, "priority", str(cid), "low", "--reason", "requesters cannot")
    assert Conversation.objects.get().priority == "urgent"
    assert "resolved" in run(theirs, "resolve", str(cid))
    as_json = json.loads(run(mine, "--json", "list"))
    assert as_json[0]["status"] == "resolved"
    with pytest.raises(Exception, match="404"):
        call_command("support", "--token", mine, "show", "999999")


@pytest.mark.filterwarnings("ignore:StreamingHttpResponse must consume asynchronous iterators")
def test_event_stream_endpoint(employee: Any, make_agent: Callable[..., Any]) -> None:
    make_agent()
    response = Api(employee).client.get(BASE + "/events", {"seconds": "0.2"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/event-stream")
    body = b"".join(response).decode()  # served synchronously here; under ASGI it streams
    assert "event: sync" in body
    assert Client(HTTP_HOST="127.0.0.1").get(BASE + "/events").status_code == 401


def test_cli_parses_server_sent_events() -> None:
    from trustdesk.desk.management.commands.support import _sse_lines

    class Fake:
        def iter_lines(self) -> Any:
            yield from [
                "retry: 1500",
                "",
                "event: sync",
                "data: {}",
                "",
                ": keep-alive",
                "",
                "event: message",
                'data: {"type":"message","conversation":7}',
                "",
            ]

    assert list(_sse_lines(Fake())) == [("sync", {}), ("message", {"type": "message", "conversation": 7})]  # type: ignore[arg-type]

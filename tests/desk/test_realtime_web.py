"""Desk web UI: Contact Support with attachments, both conversation pages, console actions, 404s, no plaintext."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test import Client

from trustdesk.audit.models import AuditEvent
from trustdesk.desk.choices import DeskAuditAction, Status
from trustdesk.desk.models import Attachment, Conversation, Message
from trustdesk.tenancy.choices import Role

pytestmark = pytest.mark.django_db

SUBJECT = "Không đăng nhập được XQ7"
DESCRIPTION = "My account is locked since this morning ZK-4471-secret-marker"


def _png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))


def _file(name: str, data: bytes, content_type: str) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)


def _csrf(client: Client) -> str:
    from tests.conftest import csrf_token

    return csrf_token(client)


def _post(client: Client, url: str, data: dict[str, Any], *, json: bool = False) -> Any:
    headers = {"X-CSRFToken": _csrf(client)}
    if json:
        headers["Accept"] = "application/json"
    return client.post(url, data, headers=headers)


@pytest.fixture
def world(
    employee: Any, make_agent: Callable[..., Any], make_user: Callable[..., Any], other_org: Any
) -> dict[str, Any]:
    agent = make_agent(name="Mei Chan", skills=("account",), languages=("en", "vi"))
    return {
        "employee": employee,
        "agent": agent,
        "colleague": make_user(Role.EMPLOYEE),
        "outsider": make_user(Role.EMPLOYEE, organization=other_org),
        "other_agent": make_agent("VN", name="Lan", skills=("account",)),
    }


def _create(client: Client, **extra: Any) -> Any:
    data = {
        "category": "account",
        "subject": SUBJECT,
        "description": DESCRIPTION,
        "preferred_language": "vi",
        **extra,
    }
    return _post(client, "/support/new/", data)


def test_contact_support_form_renders_with_reminder(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    client = logged_in(world["employee"])
    page = client.get("/support/new/")
    assert page.status_code == 200
    html = page.content.decode()
    for field in (
        'name="category"',
        'name="subject"',
        'name="description"',
        'name="attachments"',
        'name="preferred_language"',
    ):
        assert field in html
    assert 'data-testid="reminder"' in html
    assert "<script>" not in html  # strict CSP: no inline script


def test_create_with_attachment_shows_official_team_and_verified_agent(
    world: dict[str, Any], logged_in: Callable[..., Client]
) -> None:
    client = logged_in(world["employee"])
    png = _png()
    response = _create(client, attachments=[_file("screen.png", png, "image/png")])
    assert response.status_code == 302
    conversation = Conversation.objects.get(requester=world["employee"])
    assert response["Location"] == f"/support/c/{conversation.pk}/"
    assert conversation.agent_id == world["agent"].pk
    assert conversation.preferred_language == "vi"

    html = client.get(response["Location"]).content.decode()
    assert SUBJECT in html
    assert DESCRIPTION in html
    assert 'data-testid="team-verified"' in html
    assert "Mei Chan" in html
    assert 'data-testid="reminder"' in html
    assert "desk/desk.js" in html

    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    download = client.get(f"/support/files/{attachment.uuid}")
    assert download.status_code == 200
    assert download.content == png
    assert download["Content-Type"] == "image/png"
    assert download["Content-Disposition"].startswith("attachment;")
    assert "sandbox" in download["Content-Security-Policy"]
    assert AuditEvent.objects.filter(action=DeskAuditAction.ATTACHMENT_DOWNLOAD.value).count() == 1

    agent_client = logged_in(world["agent"])
    assert agent_client.get(f"/support/files/{attachment.uuid}").content == png


@pytest.mark.parametrize(
    ("name", "data", "declared"),
    [
        ("cat.png", b"<!DOCTYPE html><script>alert(1)</script>", "image/png"),
        ("invoice.pdf", _png(), "application/pdf"),
        ("setup.png", b"MZ\x90\x00\x03" + bytes(60), "image/png"),
    ],
)
def test_spoofed_attachment_is_rejected_and_nothing_is_written(
    world: dict[str, Any], logged_in: Callable[..., Client], name: str, data: bytes, declared: str
) -> None:
    client = logged_in(world["employee"])
    response = _create(client, attachments=[_file(name, data, declared)])
    assert response.status_code == 400
    assert 'data-testid="form-error"' in response.content.decode()
    assert Conversation.objects.count() == 0
    assert Attachment.objects.count() == 0


def test_agent_reply_and_internal_note_visibility(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    employee_client = logged_in(world["employee"])
    _create(employee_client)
    conversation = Conversation.objects.get()
    agent_client = logged_in(world["agent"])

    reply = _post(agent_client, f"/support/c/{conversation.pk}/reply", {"body": "Xin chào, tôi là Mei."}, json=True)
    assert reply.status_code == 201
    assert reply.json()["message"]["author_role"] == "agent"
    assert reply.json()["message"]["author_badge"]
    note = _post(
        agent_client,
        f"/support/c/{conversation.pk}/reply",
        {"body": "Internal: check the lockout log", "internal": "1"},
        json=True,
    )
    assert note.status_code == 201
    assert note.json()["message"]["internal"] is True

    seen = employee_client.get(f"/support/c/{conversation.pk}/messages?after=0").json()
    bodies = [m["body"] for m in seen["messages"]]
    assert bodies == [DESCRIPTION, "Xin chào, tôi là Mei."]
    after = seen["messages"][0]["seq"]
    newer = employee_client.get(f"/support/c/{conversation.pk}/messages?after={after}").json()
    assert [m["body"] for m in newer["messages"]] == ["Xin chào, tôi là Mei."]
    page = employee_client.get(f"/support/c/{conversation.pk}/").content.decode()
    assert "check the lockout log" not in page

    agent_page = agent_client.get(f"/agent/c/{conversation.pk}/").content.decode()
    assert "check the lockout log" in agent_page
    assert 'data-testid="requester-panel"' in agent_page
    assert world["employee"].email in agent_page


def test_requester_cannot_post_internal_notes(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    client = logged_in(world["employee"])
    _create(client)
    conversation = Conversation.objects.get()
    response = _post(client, f"/support/c/{conversation.pk}/reply", {"body": "sneaky", "internal": "1"}, json=True)
    assert response.status_code == 404
    assert not Message.objects.filter(kind="note").exists()


def test_console_resolve_then_csat(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    employee_client = logged_in(world["employee"])
    _create(employee_client)
    conversation = Conversation.objects.get()
    agent_client = logged_in(world["agent"])

    console = agent_client.get("/agent/").content.decode()
    assert 'data-testid="mine"' in console
    assert SUBJECT in console
    assert agent_client.get("/agent/panel").status_code == 200

    assert _post(agent_client, f"/agent/c/{conversation.pk}/resolve", {}).status_code == 302
    conversation.refresh_from_db()
    assert conversation.status == Status.RESOLVED
    page = employee_client.get(f"/support/c/{conversation.pk}/").content.decode()
    assert 'data-testid="csat"' in page

    assert (
        _post(employee_client, f"/support/c/{conversation.pk}/csat", {"score": "5", "comment": "Fast!"}).status_code
        == 302
    )
    conversation.refresh_from_db()
    assert conversation.csat_score == 5
    assert 'data-testid="csat-thanks"' in employee_client.get(f"/support/c/{conversation.pk}/").content.decode()

    assert _post(agent_client, f"/agent/c/{conversation.pk}/reopen", {}).status_code == 302
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN


def test_presence_toggle(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    client = logged_in(world["agent"])
    assert _post(client, "/agent/presence", {"presence": "away"}).status_code == 302
    assert "td-presence-away" in client.get("/agent/").content.decode()


def test_transfer_to_another_team(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    from trustdesk.desk.models import Team

    _create(logged_in(world["employee"]))
    conversation = Conversation.objects.get()
    agent_client = logged_in(world["agent"])
    vn = Team.objects.get(key="VN")
    assert _post(agent_client, f"/agent/c/{conversation.pk}/transfer", {"target": f"team:{vn.pk}"}).status_code == 302
    conversation.refresh_from_db()
    assert conversation.team_id == vn.pk


def test_employee_cannot_open_agent_console(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    client = logged_in(world["employee"])
    assert client.get("/agent/").status_code == 404
    assert client.get("/agent/panel").status_code == 404
    assert client.get("/agent/events").status_code == 404


@pytest.mark.parametrize("who", ["colleague", "outsider", "other_agent"])
def test_every_conversation_endpoint_is_404_for_others(
    world: dict[str, Any], logged_in: Callable[..., Client], who: str
) -> None:
    _create(logged_in(world["employee"]), attachments=[_file("a.png", _png(), "image/png")])
    conversation = Conversation.objects.get()
    attachment = Attachment.objects.get()
    client = logged_in(world[who])
    pk = conversation.pk
    messages_before = Message.objects.count()
    gets = [
        f"/support/c/{pk}/",
        f"/support/c/{pk}/messages",
        f"/support/c/{pk}/events",
        f"/support/files/{attachment.uuid}",
        f"/agent/c/{pk}/",
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    posts = [
        (f"/support/c/{pk}/reply", {"body": "hi"}),
        (f"/support/c/{pk}/csat", {"score": "1"}),
        (f"/agent/c/{pk}/take", {}),
        (f"/agent/c/{pk}/resolve", {}),
        (f"/agent/c/{pk}/reopen", {}),
        (f"/agent/c/{pk}/transfer", {"target": "team:1"}),
    ]
    for url, data in posts:
        assert _post(client, url, data).status_code == 404, url
    assert Message.objects.count() == messages_before
    conversation.refresh_from_db()
    assert conversation.status == Status.OPEN


def test_anonymous_is_sent_to_login(world: dict[str, Any]) -> None:
    client = Client()
    assert client.get("/support/new/").status_code == 302
    assert client.get("/support/c/1/events").status_code == 404


def test_raw_database_holds_no_plaintext(world: dict[str, Any], logged_in: Callable[..., Client]) -> None:
    """Read every column of every table as raw bytes: no subject, body, note, file content or CSAT comment."""
    employee_client = logged_in(world["employee"])
    png_marker = b"PNGSECRET-9f2c" * 4
    text_file = b"Attachment secret text QW-8812 " * 3
    _create(employee_client, attachments=[_file("notes.txt", text_file, "text/plain")])
    conversation = Conversation.objects.get()
    agent_client = logged_in(world["agent"])
    _post(agent_client, f"/support/c/{conversation.pk}/reply", {"body": "Agent reply RX-3310"}, json=True)
    _post(agent_client, f"/support/c/{conversation.pk}/reply", {"body": "Note NT-5521", "internal": "1"}, json=True)
    _post(agent_client, f"/agent/c/{conversation.pk}/resolve", {})
    _post(employee_client, f"/support/c/{conversation.pk}/csat", {"score": "4", "comment": "Comment CM-7734"})
    assert Conversation.objects.get().csat_score == 4

    secrets = [SUBJECT, DESCRIPTION, "ZK-4471", "QW-8812", "RX-3310", "NT-5521", "CM-7734"]
    dump = io.BytesIO()
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names come from introspection
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, bytearray, memoryview)):
                        dump.write(bytes(value))
                    else:
                        dump.write(str(value).encode("utf-8", "replace"))
                    dump.write(b"\x00")
    raw = dump.getvalue()
    assert len(raw) > 1000
    for secret in secrets:
        assert secret.encode() not in raw, secret
    assert png_marker not in raw
    # and the application still reads everything back
    page = employee_client.get(f"/support/c/{conversation.pk}/").content.decode()
    assert "RX-3310" in page


def test_desk_pages_and_streams_sit_behind_the_zero_trust_gate(
    world: dict[str, Any], logged_in: Callable[..., Client], settings: Any
) -> None:
    """A full login without an enrolled device reaches no support page, stream, file or write."""
    client = logged_in(world["employee"])
    _create(client, attachments=[_file("a.png", _png(), "image/png")])
    conversation = Conversation.objects.get()
    attachment = Attachment.objects.get()
    settings.TRUST_GATE = "enforce"
    pk = conversation.pk
    for url in (
        "/support/new/",
        f"/support/c/{pk}/",
        f"/support/c/{pk}/messages",
        f"/support/c/{pk}/events",
        f"/support/files/{attachment.uuid}",
    ):
        response = client.get(url)
        assert response.status_code in (302, 401, 403), url
        if response.status_code == 302:
            assert "/devices/enrol/" in response["Location"], url
    before = Message.objects.count()
    token = client.cookies[django_settings.CSRF_COOKIE_NAME].value  # CSRF passes: the gate is what refuses
    response = client.post(
        f"/support/c/{pk}/reply", {"body": "no device"}, headers={"Accept": "application/json", "X-CSRFToken": token}
    )
    assert response.status_code in (302, 401, 403)
    if response.status_code == 302:
        assert "/devices/enrol/" in response["Location"]
    assert Message.objects.count() == before

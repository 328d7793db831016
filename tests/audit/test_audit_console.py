"""Console pages: search with filters and paging, trace, export zip whose rows verify against its checkpoint."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from typing import Any

import pytest

from trustdesk import audit
from trustdesk.audit import integrator, merkle, note

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(org: Any, other_org: Any) -> None:
    for i in range(60):
        audit.record(
            action="desk:message:send" if i % 3 else "desk:conversation:assign",
            organization=org,
            target_type="desk.conversation",
            target_id=str(i % 4),
            country="VN",
        )
    audit.record(action="desk:conversation:assign", organization=other_org, target_id="secret-of-mekong")
    integrator.integrate_all()


def test_search_filters_and_pages(events: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="auditor"))
    r = client.get("/audit/", {"action": "desk:conversation:assign"})
    assert r.status_code == 200
    page = r.context["page"]
    assert page.paginator.count >= 20
    assert all(e.action == "desk:conversation:assign" for e in page)
    assert b"secret-of-mekong" not in r.content
    r2 = client.get("/audit/", {"page": 2})
    assert r2.status_code == 200
    assert r2.context["page"].number == 2


def test_trace_lists_a_conversation_in_order(events: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="it_admin"))
    r = client.get("/audit/trace/", {"conversation": "1"})
    assert r.status_code == 200
    evs = r.context["events"]
    assert len(evs) == 15
    assert [e.occurred_at for e in evs] == sorted(e.occurred_at for e in evs)


def test_roles_without_audit_rights_get_404(events: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="employee"))
    for url in ("/audit/", "/audit/trace/?conversation=1", "/audit/export/"):
        assert client.get(url).status_code == 404


def test_anonymous_is_sent_to_login(client: Any) -> None:
    r = client.get("/audit/")
    assert r.status_code == 302
    assert "/account/login/" in r["Location"]


def test_export_zip_rows_verify_against_its_checkpoint(events: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="auditor"))
    r = client.get("/audit/export/", {"target_id": "2"})
    assert r.status_code == 200
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert set(z.namelist()) == {"events.csv", "events.jsonl", "checkpoint", "log.vkey"}
    verifiers = [note.Verifier.parse(v) for v in z.read("log.vkey").decode().split()]
    cp, _ = note.open_checkpoint(z.read("checkpoint"), verifiers)
    rows = [json.loads(line) for line in z.read("events.jsonl").decode().splitlines()]
    assert len(rows) == 15
    for row in rows:
        leaf = row["leaf"].encode()
        assert json.loads(leaf)["target"]["id"] == "2"
        merkle.verify_inclusion(
            row["idx"], cp.size, merkle.leaf_hash(leaf), [base64.b64decode(h) for h in row["proof"]], cp.root
        )
    csv_lines = z.read("events.csv").decode().splitlines()
    assert len(csv_lines) == 16


def test_platform_log_in_console_needs_security_officer(events: None, make_user: Any, logged_in: Any) -> None:
    audit.record(action="identity:login:fail", organization=None)
    integrator.integrate_all()
    assert logged_in(make_user(role="auditor")).get("/audit/", {"log": "platform"}).status_code == 404
    r = logged_in(make_user(role="security_officer")).get("/audit/", {"log": "platform"})
    assert r.status_code == 200
    assert r.context["audit_log"].key == "_platform"

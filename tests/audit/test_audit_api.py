"""/api/v1/audit: permissions per role, tenant isolation (404), proofs that verify, search filters."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from trustdesk import audit
from trustdesk.audit import integrator, merkle, note

pytestmark = pytest.mark.django_db
API = "/api/v1/audit"


@pytest.fixture
def logs(org: Any, other_org: Any) -> None:
    for i in range(12):
        audit.record(
            action="desk:conversation:assign" if i % 2 else "desk:conversation:close",
            organization=org,
            target_type="desk.conversation",
            target_id=str(i % 3),
            ip="203.0.113.5" if i == 4 else "198.51.100.1",
            country="VN" if i < 6 else "HK",
        )
    audit.record(action="desk:conversation:assign", organization=other_org, target_id="x")
    audit.record(action="identity:login:fail", organization=None)
    integrator.integrate_all()


def b64(s: str) -> bytes:
    return base64.b64decode(s)


@pytest.mark.parametrize("role", ["auditor", "it_admin"])
def test_org_auditors_get_checkpoint_and_verifiable_proofs(
    logs: None, make_user: Any, logged_in: Any, role: str
) -> None:
    client = logged_in(make_user(role=role))
    r = client.get(f"{API}/checkpoint")
    assert r.status_code == 200, r.content
    body = r.json()
    verifiers = [note.Verifier.parse(v) for v in body["verifier_keys"]]
    cp, _ = note.open_checkpoint(body["note"], verifiers, origin=body["origin"])
    assert cp.origin.endswith("/harbour")
    p = client.get(f"{API}/proofs/inclusion", {"index": 3}).json()
    merkle.verify_inclusion(p["leafIdx"], p["treeSize"], b64(p["leafHash"]), [b64(h) for h in p["proof"]], cp.root)
    c = client.get(f"{API}/proofs/consistency", {"from": 2}).json()
    assert c["size2"] == cp.size
    merkle.verify_consistency(2, cp.size, [b64(h) for h in c["proof"]], b64(c["root1"]), cp.root)


@pytest.mark.parametrize("role", ["employee", "admin_staff"])
def test_other_customer_roles_get_404(logs: None, make_user: Any, logged_in: Any, role: str) -> None:
    client = logged_in(make_user(role=role))
    for url in ("/checkpoint", "/proofs/inclusion?index=0", "/events", "/checkpoint?log=platform"):
        assert client.get(API + url).status_code == 404, url


def test_platform_log_is_for_security_officers(logs: None, make_user: Any, logged_in: Any) -> None:
    officer = logged_in(make_user(role="security_officer"))
    r = officer.get(f"{API}/checkpoint", {"log": "platform"})
    assert r.status_code == 200
    assert r.json()["origin"].endswith("/_platform")
    assert officer.get(f"{API}/checkpoint").status_code == 404  # no organization log for platform staff
    agent = logged_in(make_user(role="support_agent"))
    assert agent.get(f"{API}/checkpoint", {"log": "platform"}).status_code == 404
    customer_auditor = logged_in(make_user(role="auditor"))
    assert customer_auditor.get(f"{API}/checkpoint", {"log": "platform"}).status_code == 404


def test_cross_tenant_reads_are_404(logs: None, org: Any, other_org: Any, make_user: Any, logged_in: Any) -> None:
    from trustdesk.audit.models import AuditEvent

    theirs = logged_in(make_user(role="auditor", organization=other_org))
    mine_event = AuditEvent.objects.filter(organization=org).first()
    assert mine_event is not None
    assert theirs.get(f"{API}/events/{mine_event.pk}/proof").status_code == 404
    ids = {e["id"] for e in theirs.get(f"{API}/events").json()["results"]}
    assert mine_event.pk not in ids
    assert ids
    assert theirs.get(f"{API}/checkpoint").json()["origin"].endswith("/mekong")


def test_event_search_filters_and_event_proof(logs: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="auditor"))
    res = client.get(f"{API}/events", {"action": "desk:conversation:close", "target_id": "0"}).json()["results"]
    assert res
    assert all(e["action"] == "desk:conversation:close" and e["target_id"] == "0" for e in res)
    by_ip = client.get(f"{API}/events", {"ip": "203.0.113.5"}).json()["results"]
    assert len(by_ip) == 1
    hk = client.get(f"{API}/events", {"country": "HK"}).json()["results"]
    assert hk
    assert all(e["country"] == "HK" for e in hk)
    event = by_ip[0]
    assert event["idx"] is not None
    p = client.get(f"{API}/events/{event['id']}/proof").json()
    assert p["leafIdx"] == event["idx"]
    cp_note = client.get(f"{API}/checkpoint").json()
    assert p["root"] == cp_note["note"].split("\n")[2]


def test_bad_input_is_problem_json_not_500(logs: None, make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="auditor"))
    for url in (
        "/proofs/inclusion?index=9999",
        "/proofs/consistency?from=0",
        "/proofs/inclusion?index=x",
        "/events?since=notadate",
        "/checkpoint?log=evil",
    ):
        r = client.get(API + url)
        assert 400 <= r.status_code < 500, (url, r.status_code)
        assert r["Content-Type"].startswith("application/problem+json"), url


def test_anonymous_gets_401(logs: None, client: Any) -> None:
    assert client.get(f"{API}/checkpoint").status_code == 401

"""The enforcement point end to end, through Django: the device and session items of the checklist."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from trustdesk.audit.models import AuditEvent
from trustdesk.core import clock
from trustdesk.tenancy.choices import Role
from trustdesk.trust import binding
from trustdesk.trust.models import Device, TrustPolicy

pytestmark = pytest.mark.django_db

ME = "/api/v1/me"


def reasons(response: Any) -> list[str]:
    return list(response.json().get("reasons", []))


def test_enrolled_device_signs_and_gets_through(signing_client, make_user) -> None:
    b = signing_client(make_user())
    response = b.signed("GET", ME)
    assert response.status_code == 200, response.content
    assert binding.COOKIE_NAME in response.cookies  # signed requests refresh the binding cookie
    device = Device.objects.get(public_id=b.device_id)
    assert device.status == "active"
    assert device.last_seen_at is not None


def test_unsigned_api_request_is_401(signing_client, make_user) -> None:
    b = signing_client(make_user())
    response = b.client.get(ME)  # carries the session and the binding cookie, but no signature
    assert response.status_code == 401
    assert reasons(response) == ["proof.insufficient"]
    b.client.cookies.pop(binding.COOKIE_NAME)
    assert reasons(b.client.get(ME)) == ["proof.missing"]


def test_session_without_a_device_is_401_on_the_api(signing_client, make_user) -> None:
    b = signing_client(make_user(), enrol=False)
    response = b.client.get(ME)
    assert response.status_code == 401
    assert response.json()["type"].endswith("device-required")


def test_unknown_keyid_is_401(signing_client, make_user) -> None:
    b = signing_client(make_user())
    response = b.signed("GET", ME, device_id="dev_doesnotexist")
    assert response.status_code == 401
    assert "proof.signature_invalid" in reasons(response)


def test_revocation_takes_effect_on_the_next_request(signing_client, make_user) -> None:
    b = signing_client(make_user())
    assert b.signed("GET", ME).status_code == 200
    assert b.signed("POST", f"/api/v1/trust/devices/{b.device_id}/revoke").status_code == 200
    response = b.signed("GET", ME)
    assert response.status_code == 401
    assert "device.revoked" in reasons(response)


@pytest.mark.parametrize(
    "tamper",
    [
        pytest.param({"method": "DELETE"}, id="method"),
        pytest.param({"path": "/api/v1/trust/devices"}, id="path"),
        pytest.param({"query": "?limit=1"}, id="query"),
        pytest.param({"body": {"name": "changed"}}, id="body"),
        pytest.param({"digest": True}, id="digest"),
        pytest.param({"host": "evil.example"}, id="host"),
    ],
)
def test_tampered_requests_are_rejected(signing_client, make_user, tamper: dict[str, Any]) -> None:
    from trustdesk.trust.httpsig import content_digest, sign_request

    b = signing_client(make_user())
    signed_body = b'{"name": "original"}'
    headers = sign_request(
        "POST",
        "http://127.0.0.1/api/v1/trust/session/bind",
        signed_body,
        private_key=b.key.private_key,
        key_id=b.device_id,
    )
    method = tamper.get("method", "POST")
    path = tamper.get("path", "/api/v1/trust/session/bind") + tamper.get("query", "")
    body = signed_body
    if "body" in tamper:
        body = b'{"name": "changed"}'
    if tamper.get("digest"):
        body = b'{"name": "changed"}'
        headers["Content-Digest"] = content_digest(body)
    meta = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    meta["HTTP_X_CSRFTOKEN"] = b.client.cookies[settings.CSRF_COOKIE_NAME].value
    if "host" in tamper:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, tamper["host"]]
        meta["HTTP_HOST"] = tamper["host"]
    response = b.client.generic(method, path, body, content_type="application/json", **meta)
    assert response.status_code == 401, response.content
    assert "proof.signature_invalid" in reasons(response)


def test_replayed_request_is_rejected(signing_client, make_user) -> None:
    from trustdesk.trust.httpsig import sign_request

    b = signing_client(make_user())
    headers = sign_request("GET", "http://127.0.0.1" + ME, private_key=b.key.private_key, key_id=b.device_id)
    meta = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    assert b.client.get(ME, **meta).status_code == 200
    replay = b.client.get(ME, **meta)
    assert replay.status_code == 401
    event = AuditEvent.objects.filter(action="trust:request:decide", outcome="denied").latest("id")
    assert any("nonce_replayed" in reason for reason in event.reasons)


@pytest.mark.parametrize(("shift", "failure"), [(-301, "created_too_old"), (31, "created_in_future")])
def test_created_outside_the_window_is_rejected(signing_client, make_user, shift: int, failure: str) -> None:
    from trustdesk.trust.httpsig import sign_request

    b = signing_client(make_user())
    headers = sign_request(
        "GET",
        "http://127.0.0.1" + ME,
        private_key=b.key.private_key,
        key_id=b.device_id,
        created=int(time.time()) + shift,
    )
    meta = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()}
    response = b.client.get(ME, **meta)
    assert response.status_code == 401
    event = AuditEvent.objects.filter(action="trust:request:decide").latest("id")
    assert any(failure in reason for reason in event.reasons)


def test_algorithm_named_by_the_request_is_not_used(signing_client, make_user) -> None:
    b = signing_client(make_user())

    def claim_hmac(headers: dict[str, str]) -> None:
        headers["Signature-Input"] = headers["Signature-Input"].replace(
            ';tag="trustdesk"', ';tag="trustdesk";alg="hmac-sha256"'
        )

    response = b.signed("GET", ME, tamper=claim_hmac)
    assert response.status_code == 401
    assert Device.objects.get(public_id=b.device_id).algorithm == "ecdsa-p256-sha256"


def test_stolen_session_cookie_on_a_second_browser(signing_client, make_user, monkeypatch) -> None:
    user = make_user()
    victim = signing_client(user)
    page = victim.signed("GET", ME)
    thief = Client(HTTP_HOST="127.0.0.1")
    thief.cookies[settings.SESSION_COOKIE_NAME] = victim.client.cookies[settings.SESSION_COOKIE_NAME].value
    # No signature: the API refuses at once.
    response = thief.get(ME)
    assert response.status_code == 401
    # Signed with the thief's own (even enrolled) key: the session belongs to the victim's device.
    other = signing_client(user)
    headers_client = other.client
    other.client = thief
    thief.cookies[settings.CSRF_COOKIE_NAME] = headers_client.cookies[settings.CSRF_COOKIE_NAME].value
    response = other.signed("GET", ME)
    assert response.status_code == 401
    assert "session.device_mismatch" in reasons(response)
    # With the binding cookie copied too, pages open only until the binding expires, and the API still refuses.
    thief.cookies[binding.COOKIE_NAME] = page.cookies[binding.COOKIE_NAME].value
    assert thief.get("/me/").status_code == 200
    assert thief.get(ME).status_code == 401
    later = time.time() + binding.lifetime_seconds() + 1
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    expired = thief.get("/me/")
    assert expired.status_code == 302
    assert expired["Location"].startswith("/devices/enrol/")


def test_binding_cookie_belongs_to_one_session_and_expires(signing_client, make_user, monkeypatch) -> None:
    user = make_user()
    first, second = signing_client(user), signing_client(user)
    value = first.signed("GET", ME).cookies[binding.COOKIE_NAME].value
    assert binding.check(value, user_session_id=first.client.session["td_usid"]) == (first.device_id, None)
    assert binding.check(value, user_session_id=second.client.session["td_usid"]) == (None, "binding_other_session")
    assert binding.check(value + "x", user_session_id=first.client.session["td_usid"]) == (None, "binding_invalid")
    later = time.time() + binding.lifetime_seconds() + 1
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    assert binding.check(value, user_session_id=first.client.session["td_usid"]) == (None, "binding_expired")


def test_web_page_without_binding_redirects_to_device_page(signing_client, make_user) -> None:
    b = signing_client(make_user(), enrol=False)
    response = b.client.get("/me/")
    assert response.status_code == 302
    assert response["Location"].startswith("/devices/enrol/")
    assert b.client.get("/devices/enrol/").status_code == 200


def test_anonymous_page_redirects_to_login_and_public_pages_stay_open(gate) -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    response = client.get("/me/")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
    assert client.get("/account/login/").status_code == 200
    assert client.get("/official-support/").status_code == 200
    assert client.get(ME).status_code == 401


def test_enrolment_needs_a_fresh_second_factor(signing_client, make_user) -> None:
    b = signing_client(make_user(), enrol=False)
    with clock.shifted(timedelta(minutes=settings.STEP_UP_MINUTES + 1)):
        response = b.post_json("/api/v1/trust/devices/challenge")
    assert response.status_code == 401
    assert response.json()["type"].endswith("step-up-required")


def test_enrolment_challenge_cannot_be_reused(signing_client, make_user, org) -> None:
    from trustdesk.client import DeviceKey
    from trustdesk.trust.actions import enrolment_message
    from trustdesk.trust.httpsig import sign_raw
    from trustdesk.trust.jwk import b64url

    TrustPolicy.objects.create(organization=org, device_approval="it_admin")  # pending: the session stays unbound
    b = signing_client(make_user(), enrol=False)
    value = b.post_json("/api/v1/trust/devices/challenge").json()["challenge"]
    body = {
        "challenge": value,
        "public_jwk": b.key.public_jwk,
        "signature": b64url(sign_raw(b.key.private_key, enrolment_message(value))),
        "platform": "browser",
    }
    assert b.post_json("/api/v1/trust/devices", body).status_code == 201
    second = DeviceKey.generate()
    body.update(public_jwk=second.public_jwk, signature=b64url(sign_raw(second.private_key, enrolment_message(value))))
    assert b.post_json("/api/v1/trust/devices", body).status_code == 400


def test_enrolment_signature_must_come_from_the_enrolled_key(signing_client, make_user) -> None:
    from trustdesk.client import DeviceKey
    from trustdesk.trust.actions import enrolment_message
    from trustdesk.trust.httpsig import sign_raw
    from trustdesk.trust.jwk import b64url

    b = signing_client(make_user(), enrol=False)
    value = b.post_json("/api/v1/trust/devices/challenge").json()["challenge"]
    other = DeviceKey.generate()
    body = {
        "challenge": value,
        "public_jwk": b.key.public_jwk,
        "signature": b64url(sign_raw(other.private_key, enrolment_message(value))),
        "platform": "browser",
    }
    assert b.post_json("/api/v1/trust/devices", body).status_code == 400
    assert not Device.objects.exists()


def test_pending_device_until_an_it_admin_of_the_same_org_approves(signing_client, make_user, org, other_org) -> None:
    TrustPolicy.objects.create(organization=org, device_approval="it_admin")
    admin = signing_client(make_user(Role.IT_ADMIN))  # enrolled before? no: the policy applies to them too
    assert Device.objects.get(public_id=admin.device_id).status == "pending"
    Device.objects.filter(public_id=admin.device_id).update(status="active")
    admin.signed("POST", "/api/v1/trust/session/bind")
    employee = signing_client(make_user())
    response = employee.signed("GET", ME)
    assert response.status_code == 401
    assert "device.pending" in reasons(response) or "session.unbound" in reasons(response)
    foreign_admin = signing_client(make_user(Role.IT_ADMIN, organization=other_org))
    forbidden = foreign_admin.signed("POST", f"/api/v1/trust/devices/{employee.device_id}/approve")
    assert forbidden.status_code == 404
    assert Device.objects.get(public_id=employee.device_id).status == "pending"
    approved = admin.signed("POST", f"/api/v1/trust/devices/{employee.device_id}/approve")
    assert approved.status_code == 200, approved.content
    assert employee.signed("POST", "/api/v1/trust/session/bind").status_code == 200
    assert employee.signed("GET", ME).status_code == 200


def test_employee_cannot_approve_or_see_the_inventory(signing_client, make_user) -> None:
    employee = signing_client(make_user())
    other = signing_client(make_user())
    assert employee.signed("GET", "/api/v1/trust/devices/inventory").status_code == 404
    assert employee.signed("POST", f"/api/v1/trust/devices/{other.device_id}/revoke").status_code == 404
    assert Device.objects.get(public_id=other.device_id).status == "active"


def test_denials_are_audited_with_reasons_and_geo_version(signing_client, make_user) -> None:
    b = signing_client(make_user())
    b.client.cookies.pop(binding.COOKIE_NAME)
    before = AuditEvent.objects.filter(action="trust:request:decide").count()
    b.client.get(ME)
    events = AuditEvent.objects.filter(action="trust:request:decide").order_by("id")[before:]
    assert len(events) == 1
    event = events[0]
    assert event.outcome == "denied"
    assert "proof.missing: signature" in event.reasons
    assert event.extra["geo_provider"] == "iptocc"
    assert event.extra["geo_data_version"]
    assert event.target_id == "api:request:read"


def test_plain_allows_are_not_audited_but_sensitive_ones_are(signing_client, make_user) -> None:
    b = signing_client(make_user())
    before = AuditEvent.objects.filter(action="trust:request:decide").count()
    assert b.signed("GET", ME).status_code == 200
    assert AuditEvent.objects.filter(action="trust:request:decide").count() == before
    assert b.signed("POST", f"/api/v1/trust/devices/{b.device_id}/revoke").status_code == 200
    sensitive = AuditEvent.objects.filter(action="trust:request:decide").latest("id")
    assert sensitive.outcome == "success"
    assert sensitive.target_id == "trust:device:manage"


def test_sensitive_action_with_a_stale_second_factor_steps_up(signing_client, make_user) -> None:
    b = signing_client(make_user(Role.IT_ADMIN))
    payload = {"allowed_countries": ["VN"]}
    with clock.shifted(timedelta(minutes=settings.STEP_UP_MINUTES + 1)):
        response = b.signed("PUT", "/api/v1/trust/policy", payload)
    assert response.status_code == 401
    assert response.json()["type"].endswith("step-up-required")
    assert b.signed("PUT", "/api/v1/trust/policy", payload).status_code == 200


# -- location ----------------------------------------------------------------------------------------------


def _policy(org: Any, **fields: Any) -> None:
    TrustPolicy.objects.update_or_create(organization=org, defaults=fields)


def test_disallowed_country_is_denied_and_audited(signing_client, make_user, org) -> None:
    b = signing_client(make_user())
    _policy(org, allowed_countries=["VN"])
    response = b.signed("GET", ME, REMOTE_ADDR="8.8.8.8")
    assert response.status_code == 403
    assert reasons(response) == ["location.country_not_allowed"]
    event = AuditEvent.objects.filter(action="trust:request:decide").latest("id")
    assert event.country == "US"
    assert event.extra["geo_data_version"]
    assert b.signed("GET", ME, REMOTE_ADDR="14.160.0.1").status_code == 200


def test_spoofed_forwarded_for_from_an_untrusted_hop_is_ignored(signing_client, make_user, org, gate) -> None:
    b = signing_client(make_user())
    _policy(org, allowed_countries=["VN"])
    spoofed = b.signed("GET", ME, REMOTE_ADDR="8.8.8.8", HTTP_X_FORWARDED_FOR="14.160.0.1")
    assert spoofed.status_code == 403
    gate.TRUST_PROXIES = ["10.0.0.0/8"]
    from trustdesk.trust.gate import trusted_proxies

    trusted_proxies.cache_clear()
    through_proxy = b.signed("GET", ME, REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="8.8.8.8, 14.160.0.1")
    assert through_proxy.status_code == 200


def test_cidr_lists_override_countries(signing_client, make_user, org) -> None:
    b = signing_client(make_user())
    _policy(org, allowed_countries=["VN"], allow_cidrs=["8.8.8.0/24"], deny_cidrs=["14.160.0.0/16"])
    assert b.signed("GET", ME, REMOTE_ADDR="8.8.8.8").status_code == 200
    assert b.signed("GET", ME, REMOTE_ADDR="14.160.0.1").status_code == 403


def test_ipv6_client_addresses(signing_client, make_user, org) -> None:
    b = signing_client(make_user())
    _policy(org, allowed_countries=["VN"], deny_cidrs=["2001:db8:bad::/48"])
    assert b.signed("GET", ME, REMOTE_ADDR="2001:4860:4860::8888").status_code == 403  # US
    assert b.signed("GET", ME, REMOTE_ADDR="2001:db8:bad::1").status_code == 403
    event = AuditEvent.objects.filter(action="trust:request:decide").latest("id")
    assert event.personal.ip == "2001:db8:bad::1"


def test_country_change_within_the_window_steps_up(signing_client, make_user, org) -> None:
    b = signing_client(make_user())
    _policy(org, allowed_countries=["VN", "HK"])
    assert b.signed("GET", ME, REMOTE_ADDR="14.160.0.1").status_code == 200  # VN
    with clock.shifted(timedelta(minutes=settings.STEP_UP_MINUTES + 1)):
        response = b.signed("GET", ME, REMOTE_ADDR="203.198.0.1")  # HK registration, minutes later
    assert response.status_code == 401
    assert reasons(response) == ["location.impossible_travel"]


# -- API tokens (the CLI's alternative to a session) ------------------------------------------------------


def test_api_token_alone_is_useless_without_a_device_signature(signing_client, make_user, actor_of) -> None:
    from trustdesk.identity.actions import create_api_token

    user, stranger = make_user(), make_user()
    mine, theirs = signing_client(user), signing_client(stranger)
    raw = create_api_token(actor=actor_of(user), name="cli", scopes=["identity:me:read"], expires_in_days=1).raw
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    bare = Client(HTTP_HOST="127.0.0.1")
    response = bare.get(ME, **bearer)
    assert response.status_code == 401
    assert "session.unbound" in reasons(response) or "proof.missing" in reasons(response)
    mine.client = bare
    assert mine.signed("GET", ME, **bearer).status_code == 200
    theirs.client = bare
    stolen = theirs.signed("GET", ME, **bearer)  # signed by another user's device
    assert stolen.status_code == 401
    assert "device.not_owned" in reasons(stolen) or "session.unbound" in reasons(stolen)


def test_role_that_needs_a_passkey_is_sent_to_the_passkey_page(signing_client, make_user, org) -> None:
    b = signing_client(make_user())
    TrustPolicy.objects.create(organization=org, phishing_resistant_roles=["employee"])
    api = b.signed("GET", ME)
    assert api.status_code == 401
    assert api.json()["type"].endswith("passkey-required")
    page = b.client.get("/me/")
    assert page.status_code == 302
    assert page["Location"].startswith("/account/passkey/")
    # ...but the page and the calls that register a first passkey still work with TOTP.
    assert b.client.get("/devices/").status_code == 200
    options = b.signed("POST", "/api/v1/trust/passkeys/register/options")
    assert options.status_code == 200, options.content
    assert options.json()["rp"]["id"] == "127.0.0.1"


# -- pages ---------------------------------------------------------------------------------------------------


def test_admin_pages_for_it_admins_only(signing_client, make_user) -> None:
    admin = signing_client(make_user(Role.IT_ADMIN))
    admin.signed("GET", ME)  # refreshes the binding cookie that page navigations use
    for path in ("/devices/", "/devices/inventory/", "/devices/policy/", "/devices/decisions/"):
        response = admin.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    inventory = admin.client.get("/devices/inventory/").content.decode()
    assert admin.device_id in inventory
    employee = signing_client(make_user())
    employee.signed("GET", ME)
    assert employee.client.get("/devices/").status_code == 200
    for path in ("/devices/inventory/", "/devices/policy/", "/devices/decisions/"):
        assert employee.client.get(path).status_code == 404, path


def test_decisions_api_lists_reasons_for_auditors(signing_client, make_user) -> None:
    auditor = signing_client(make_user(Role.AUDITOR))
    auditor.client.cookies.pop(binding.COOKIE_NAME, None)
    auditor.client.get(ME)  # an unsigned request: denied and recorded
    rows = auditor.signed("GET", "/api/v1/trust/decisions").json()
    assert any("proof.missing: signature" in row["reasons"] and row["outcome"] == "denied" for row in rows)
    assert all(row["extra"]["geo_provider"] == "iptocc" for row in rows)


def test_a_bound_session_cannot_enrol_another_key(signing_client, make_user) -> None:
    """A thief holding a fresh session cookie must not be able to move the session to a key of their own."""
    b = signing_client(make_user())
    response = b.post_json("/api/v1/trust/devices/challenge")
    assert response.status_code == 409
    assert b.client.session["td_device"] == b.device_id


def test_policy_api_round_trip_and_validation(signing_client, make_user, org) -> None:
    admin = signing_client(make_user(Role.IT_ADMIN))
    employee = signing_client(make_user())  # enrolled before new devices need approval
    assert admin.signed("GET", "/api/v1/trust/policy").json()["allowed_countries"] == []
    body = {
        "device_approval": "it_admin",
        "allowed_countries": ["vn", "HK"],
        "allow_cidrs": ["127.0.0.0/8"],
        "deny_cidrs": ["2001:db8::/32"],
        "violation_effect": "step_up",
        "unknown_effect": "deny",
        "travel_window_minutes": 30,
        "phishing_resistant_roles": ["security_officer"],
    }
    assert admin.signed("PUT", "/api/v1/trust/policy", body).status_code == 200
    stored = TrustPolicy.objects.get(organization=org)
    assert stored.allowed_countries == ["HK", "VN"]
    assert stored.phishing_resistant_roles == ["security_officer"]
    event = AuditEvent.objects.filter(action="trust:policy:change").latest("id")
    assert "allowed_countries changed" in event.reasons
    for bad in (
        {"allowed_countries": ["Vietnam"]},
        {"deny_cidrs": ["10.0.0.0/33"]},
        {"unknown_effect": "maybe"},
        {"phishing_resistant_roles": ["root"]},
        {"is_admin": True},
    ):
        response = admin.signed("PUT", "/api/v1/trust/policy", {**body, **bad})
        assert response.status_code in (400, 422), bad
    lockout = admin.signed("PUT", "/api/v1/trust/policy", {**body, "allow_cidrs": []})  # 127.0.0.1: unknown -> deny
    assert lockout.status_code == 400
    assert "current location" in lockout.json()["detail"]
    assert employee.signed("PUT", "/api/v1/trust/policy", body).status_code == 404


def test_monitor_mode_records_but_does_not_block(signing_client, make_user, settings) -> None:
    b = signing_client(make_user())
    settings.TRUST_GATE = "monitor"
    b.client.cookies.pop(binding.COOKIE_NAME)
    assert b.client.get(ME).status_code == 200
    event = AuditEvent.objects.filter(action="trust:request:decide").latest("id")
    assert event.outcome == "denied"
    assert event.extra["mode"] == "monitor"

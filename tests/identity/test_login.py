"""The two-step login: password, then second factor; replay, lockout, fixation, timeouts."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pyotp
import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from tests.conftest import PASSWORD, login
from trustdesk.audit.models import AuditEvent
from trustdesk.core import clock
from trustdesk.identity.models import TOTPDevice, User, UserSession
from trustdesk.identity.totp import current_code

pytestmark = pytest.mark.django_db


def _client() -> Client:
    return Client(HTTP_HOST="127.0.0.1")


def _password_step(client: Client, user: Any, password: str = PASSWORD) -> Any:
    return client.post("/account/login/", {"email": user.email, "password": password})


def test_full_login_reaches_me(make_user: Any) -> None:
    user = make_user()
    client = login(_client(), user)
    response = client.get("/api/v1/me")
    assert response.status_code == 200
    assert response.json()["email"] == user.email
    actions = list(AuditEvent.objects.filter(actor_id=user.pk).values_list("action", flat=True))
    assert "identity:login:password_ok" in actions
    assert "identity:login:succeed" in actions


def test_first_login_requires_enrolment(make_user: Any) -> None:
    user = make_user(totp=False)
    client = _client()
    response = _password_step(client, user)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/2fa/enrol/")
    page = client.get("/account/2fa/enrol/")
    assert page.status_code == 200
    assert b"<svg" in page.content  # QR code, inline
    secret = TOTPDevice.objects.get(user=user).secret
    assert secret.encode() in page.content  # manual key
    assert client.get("/api/v1/me").status_code == 401  # nothing before the code is confirmed
    done = client.post("/account/2fa/enrol/", {"code": pyotp.TOTP(secret).now()})
    assert done.status_code == 200
    assert len(done.context["codes"]) == 10
    assert client.get("/api/v1/me").status_code == 200
    assert TOTPDevice.objects.get(user=user).confirmed_at is not None


def test_password_only_session_reaches_nothing_protected(make_user: Any) -> None:
    user = make_user()
    client = _client()
    assert _password_step(client, user).status_code == 302
    for url in ("/me/", "/me/help/", "/api/v1/me", "/api/v1/tokens", "/api/v1/users", "/api/v1/organizations"):
        response = client.get(url)
        assert response.status_code in {302, 401}, url
        if response.status_code == 302:
            assert response["Location"].startswith("/account/login/")


def test_wrong_password_is_generic_and_audited(make_user: Any) -> None:
    user = make_user()
    response = _password_step(_client(), user, "not-the-password")
    assert response.status_code == 400
    unknown = _client().post("/account/login/", {"email": "nobody@nowhere.example", "password": "x" * 12})
    assert unknown.status_code == 400
    assert response.context["error"] == unknown.context["error"]
    assert AuditEvent.objects.filter(action="identity:login:fail", outcome="failure").count() == 2


def test_totp_replay_sequential_is_rejected(make_user: Any) -> None:
    user = make_user()
    code = current_code(user.totp_secret)
    first = _client()
    _password_step(first, user)
    assert first.post("/account/2fa/", {"code": code}).status_code == 302
    second = _client()
    _password_step(second, user)
    replay = second.post("/account/2fa/", {"code": code})
    assert replay.status_code == 200 and replay.context["error"]
    assert second.get("/api/v1/me").status_code == 401
    assert AuditEvent.objects.filter(action="identity:totp:replay", actor_id=user.pk).count() == 1


def test_totp_full_width_replay_is_rejected(make_user: Any) -> None:
    user = make_user()
    code = current_code(user.totp_secret)
    wide = "".join(chr(ord(ch) + 0xFEE0) for ch in code)
    first = _client()
    _password_step(first, user)
    assert first.post("/account/2fa/", {"code": wide}).status_code == 302  # accepted once, normalised
    second = _client()
    _password_step(second, user)
    assert second.post("/account/2fa/", {"code": code}).status_code == 200  # same step again: replay


@pytest.mark.django_db(transaction=True)
def test_totp_replay_concurrent_only_one_wins(make_user: Any) -> None:
    if connection.vendor == "sqlite" and "memory" in str(connection.settings_dict["NAME"]):
        pytest.skip("an in-memory SQLite database cannot be shared between threads")
    user = make_user()
    clients = []
    for _ in range(4):
        client = _client()
        _password_step(client, user)
        clients.append(client)
    code = current_code(user.totp_secret)
    results: list[int] = []
    barrier = threading.Barrier(len(clients))

    def submit(client: Client) -> None:
        barrier.wait()
        try:
            results.append(client.post("/account/2fa/", {"code": code}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(c,)) for c in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [200, 200, 200, 302]
    assert UserSession.objects.filter(user=user).count() == 1


def test_password_lockout_is_per_account_and_survives_ip_rotation(make_user: Any, settings: Any) -> None:
    user = make_user()
    start = clock.now()
    for attempt in range(settings.LOCKOUT_THRESHOLD):
        # every attempt from another address and after the throttle delay has passed
        with clock.frozen(start + timedelta(minutes=10 * attempt)):
            client = Client(HTTP_HOST="127.0.0.1", REMOTE_ADDR=f"203.0.113.{attempt + 1}")
            _password_step(client, user, "wrong-password-123")
    user.refresh_from_db()
    assert user.is_locked
    with clock.frozen(start + timedelta(days=1)):
        client = Client(HTTP_HOST="127.0.0.1", REMOTE_ADDR="198.51.100.7")
        response = _password_step(client, user)  # right password, still locked
        assert response.status_code == 400
        assert client.get("/api/v1/me").status_code == 401
    assert AuditEvent.objects.filter(action="identity:account:lock", actor_id=user.pk).count() == 1


def test_throttle_after_three_failures(make_user: Any) -> None:
    user = make_user()
    start = clock.now()
    with clock.frozen(start):
        for _ in range(3):
            _password_step(_client(), user, "wrong-password-123")
        response = _password_step(_client(), user)  # right password, but inside the delay
        assert response.status_code == 400
        assert "Wait" in response.context["error"]
    with clock.frozen(start + timedelta(seconds=5)):
        assert _password_step(_client(), user).status_code == 302


def test_totp_failures_lock_the_account(make_user: Any, settings: Any) -> None:
    user = make_user()
    start = clock.now()
    for attempt in range(settings.LOCKOUT_THRESHOLD):
        with clock.frozen(start + timedelta(minutes=10 * attempt)):
            client = _client()
            _password_step(client, user)
            client.post("/account/2fa/", {"code": "000000" if attempt % 2 else "999999"})
    user.refresh_from_db()
    assert user.is_locked and user.locked_reason == "failed_otp_count"


def test_admin_unlock_through_api(make_user: Any, logged_in: Any, org: Any) -> None:
    from tests.conftest import csrf_token

    user = make_user()
    User.objects.filter(pk=user.pk).update(locked_at=clock.now(), locked_reason="failed_password_count")
    admin = logged_in(make_user(role="it_admin"))
    response = admin.post(f"/api/v1/users/{user.pk}/unlock", HTTP_X_CSRFTOKEN=csrf_token(admin))
    assert response.status_code == 200, response.content
    assert response.json()["locked"] is False
    assert AuditEvent.objects.filter(action="identity:account:unlock").count() == 1
    employee = logged_in(make_user())
    denied = employee.post(f"/api/v1/users/{user.pk}/unlock", HTTP_X_CSRFTOKEN=csrf_token(employee))
    assert denied.status_code == 404


def test_session_id_rotates_at_password_and_second_factor(make_user: Any) -> None:
    user = make_user()
    client = _client()
    client.get("/account/login/")
    client.cookies[settings.SESSION_COOKIE_NAME] = "attackerchosenvalue0000000000000"
    _password_step(client, user)
    after_password = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after_password != "attackerchosenvalue0000000000000"
    client.post("/account/2fa/", {"code": current_code(user.totp_secret)})
    after_totp = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after_totp != after_password
    assert client.get("/api/v1/me").status_code == 200


def test_fixation_of_a_fresh_server_session_does_not_survive(make_user: Any) -> None:
    """An attacker plants a valid (server-issued) anonymous session id; it must not become the victim's."""
    user = make_user()
    attacker = _client()
    attacker.get("/account/login/")
    attacker.session.save()
    planted = attacker.session.session_key
    victim = _client()
    victim.cookies[settings.SESSION_COOKIE_NAME] = planted
    login(victim, user)
    attacker.cookies[settings.SESSION_COOKIE_NAME] = planted
    assert attacker.get("/api/v1/me").status_code == 401


def test_cookie_flags(make_user: Any) -> None:
    user = make_user()
    client = _client()
    response = _password_step(client, user)
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie.key.startswith("__Host-")
    assert cookie["secure"] and cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert not cookie["domain"]
    csrf = client.get("/account/login/").cookies.get(settings.CSRF_COOKIE_NAME)
    if csrf is not None:
        assert csrf.key.startswith("__Host-") and csrf["secure"] and csrf["samesite"] == "Strict"


def test_idle_and_absolute_timeouts(make_user: Any) -> None:
    user = make_user()
    client = login(_client(), user)
    with clock.shifted(timedelta(minutes=59)):
        assert client.get("/api/v1/me").status_code == 200  # touches last_seen
    with clock.shifted(timedelta(minutes=59 + 61)):
        assert client.get("/api/v1/me").status_code == 401  # idle > 1 h
    client = login(_client(), user)
    for step in range(1, 29):  # active every 50 minutes for 23 h 20 min
        with clock.shifted(timedelta(minutes=50 * step)):
            assert client.get("/api/v1/me").status_code == 200
    with clock.shifted(timedelta(hours=24, minutes=1)):
        assert client.get("/api/v1/me").status_code == 401  # absolute 24 h
    assert AuditEvent.objects.filter(action="identity:session:expire").count() == 2


def test_logout_other_sessions(make_user: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    user = make_user()
    first = logged_in(user)
    with clock.shifted(timedelta(seconds=31)):
        second = logged_in(user)
        response = second.post("/api/v1/me/sessions/revoke-others", HTTP_X_CSRFTOKEN=csrf_token(second))
        assert response.json() == {"count": 1}
        assert first.get("/api/v1/me").status_code == 401
        assert second.get("/api/v1/me").status_code == 200


def test_logout_invalidates_server_side(make_user: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    user = make_user()
    client = logged_in(user)
    stolen = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/account/logout/", {"csrfmiddlewaretoken": csrf_token(client)})
    thief = _client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = stolen
    assert thief.get("/api/v1/me").status_code == 401


def test_recovery_code_is_single_use(make_user: Any) -> None:
    user = make_user(totp=False)
    client = _client()
    _password_step(client, user)
    client.get("/account/2fa/enrol/")
    secret = TOTPDevice.objects.get(user=user).secret
    codes = client.post("/account/2fa/enrol/", {"code": pyotp.TOTP(secret).now()}).context["codes"]
    once = _client()
    _password_step(once, user)
    assert once.post("/account/2fa/", {"code": codes[0]}).status_code == 302
    twice = _client()
    _password_step(twice, user)
    assert twice.post("/account/2fa/", {"code": codes[0]}).status_code == 200
    assert twice.get("/api/v1/me").status_code == 401
    assert user.recovery_codes.filter(used_at__isnull=False).count() == 1
    assert not user.recovery_codes.filter(code_hash__icontains=codes[1].replace("-", "")).exists()  # hashed


def test_step_up_helper(make_user: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    user = make_user()
    client = logged_in(user)
    payload = {"name": "cli", "scopes": ["identity:me:read"], "expires_in_days": 7}
    with clock.shifted(timedelta(minutes=settings.STEP_UP_MINUTES + 1)):
        client.get("/me/")  # keep the session alive
        stale = client.post("/api/v1/tokens", payload, content_type="application/json",
                            HTTP_X_CSRFTOKEN=csrf_token(client))
        assert stale.status_code == 401
        assert stale.json()["type"].endswith("/step-up-required")
        with clock.shifted(timedelta(seconds=31)):
            page = client.post("/account/step-up/", {"code": current_code(user.totp_secret),
                                                     "csrfmiddlewaretoken": csrf_token(client)})
            assert page.status_code == 302
            fresh = client.post("/api/v1/tokens", payload, content_type="application/json",
                                HTTP_X_CSRFTOKEN=csrf_token(client))
            assert fresh.status_code == 201, fresh.content

"""Shared fixtures: organizations, users of every role, and clients logged in with both factors."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.test import Client

# Django models are imported inside the fixtures: framework-free unit tests (run with -p no:django) share this
# conftest and must not need a configured Django.

pytest_plugins = ["tests.browser"]  # browser, page, live_url fixtures for e2e tests anywhere under tests/

PASSWORD = "correct-horse-battery-staple-42"
_seq = itertools.count(1)


@pytest.fixture(autouse=True)
def _test_env(settings: Any, tmp_path: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    # Each area's tests exercise that area through sessions and tokens; the zero-trust gate has its own suite
    # (tests/trust, whose conftest switches enforcement back on), including the check that it guards every route.
    settings.TRUST_GATE = "off"
    os.environ.setdefault("TRUSTDESK_ENV", "test")


@pytest.fixture
def master_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh master key given in the environment (no key file), the process envelope rebuilt around it."""
    from trustdesk.core.envelope import ENV_MASTER_KEY, ENV_MASTER_KEY_FILE, generate_master_key
    from trustdesk.core.keystore import reset_envelope

    key = generate_master_key()
    monkeypatch.setenv(ENV_MASTER_KEY, key)
    monkeypatch.delenv(ENV_MASTER_KEY_FILE, raising=False)
    reset_envelope()
    yield key
    reset_envelope()


@pytest.fixture
def platform_org(db: Any) -> Any:
    from trustdesk.identity import actions
    from trustdesk.tenancy.choices import OrgKind
    from trustdesk.tenancy.models import Organization

    existing = Organization.objects.filter(kind=OrgKind.PLATFORM).first()
    return existing or actions.create_organization(
        actor=None, name="TrustDesk Platform", slug="platform", kind=OrgKind.PLATFORM, verified=True
    )


@pytest.fixture
def org(db: Any) -> Any:
    from trustdesk.identity import actions

    return actions.create_organization(
        actor=None, name="Harbour Trading", slug="harbour", verified=True, timezone="Asia/Hong_Kong"
    )


@pytest.fixture
def other_org(db: Any) -> Any:
    from trustdesk.identity import actions

    return actions.create_organization(
        actor=None, name="Mekong Logistics", slug="mekong", home_region="VN", timezone="Asia/Ho_Chi_Minh"
    )


def enrol_totp(user: Any) -> str:
    """Give the user a confirmed authenticator and return its secret."""
    from trustdesk.core import clock
    from trustdesk.identity.models import TOTPDevice
    from trustdesk.identity.totp import new_secret

    secret = new_secret()
    TOTPDevice.objects.update_or_create(user=user, defaults={"secret": secret, "confirmed_at": clock.now()})
    return secret


@pytest.fixture
def make_user(db: Any, org: Any, platform_org: Any) -> Callable[..., Any]:
    from trustdesk.identity import actions
    from trustdesk.tenancy.choices import PLATFORM_ROLES, Role

    def _make(
        role: str = Role.EMPLOYEE,
        organization: Any = None,
        *,
        totp: bool = True,
        email: str | None = None,
        password: str = PASSWORD,
    ) -> Any:
        if organization is None:
            organization = platform_org if role in PLATFORM_ROLES else org
        user = actions.create_user(
            actor=None,
            organization=organization,
            role=role,
            password=password,
            email=email or f"user{next(_seq)}@{organization.slug}.example",
        )
        if totp:
            user.totp_secret = enrol_totp(user)  # type: ignore[attr-defined]
        return user

    return _make


@pytest.fixture
def actor_of() -> Callable[[Any], Any]:
    from trustdesk.tenancy.actor import actor_for

    return actor_for


def next_code(user: Any) -> str:
    """A code the server will accept now: the current step's, or the next one's if this step was already used
    (codes are single-use; the window admits one step of drift)."""
    import pyotp

    from trustdesk.identity.models import TOTPDevice
    from trustdesk.identity.totp import timestep

    device = TOTPDevice.objects.get(user=user)
    step = timestep()
    if device.last_timestep is not None and device.last_timestep >= step:
        step = device.last_timestep + 1
        assert step <= timestep() + 1, "no unused TOTP step left in the window; move the clock"
    return pyotp.TOTP(device.secret).generate_otp(step)


def login(client: Client, user: Any, password: str = PASSWORD) -> Client:
    """Log in through the real two steps (password, then TOTP)."""
    from django.conf import settings

    client.get("/account/login/")
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post("/account/login/", {"email": user.email, "password": password, "csrfmiddlewaretoken": token})
    assert response.status_code == 302, response.content
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    response = client.post("/account/2fa/", {"code": next_code(user), "csrfmiddlewaretoken": token})
    assert response.status_code == 302, response.content
    return client


@pytest.fixture
def logged_in(db: Any) -> Callable[..., Client]:
    """``logged_in(user)`` → a Client with a full session (CSRF checks enforced, as a browser would meet them)."""

    def _client(user: Any, *, csrf: bool = True) -> Client:
        return login(Client(enforce_csrf_checks=csrf, HTTP_HOST="127.0.0.1"), user)

    return _client


def csrf_token(client: Client) -> str:
    """Fetch a page to get the CSRF cookie, return the token to send back in X-CSRFToken."""
    from django.conf import settings

    client.get("/me/")
    return client.cookies[settings.CSRF_COOKIE_NAME].value

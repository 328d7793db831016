"""Fixtures for the gate: the middleware switched on, enrolled devices, and signed requests."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client

from trustdesk.client import DeviceKey
from trustdesk.trust.actions import enrolment_message
from trustdesk.trust.httpsig import sign_raw, sign_request
from trustdesk.trust.jwk import b64url

GATE = "trustdesk.trust.gate.ZeroTrustGateMiddleware"
ORIGIN = "http://127.0.0.1"


@pytest.fixture
def gate(settings: Any) -> Any:
    """The enforcement point in the middleware stack, enforcing, with no proxies trusted."""
    middleware = [m for m in settings.MIDDLEWARE if m != GATE]
    middleware.insert(middleware.index("trustdesk.identity.middleware.SessionTimeoutMiddleware") + 1, GATE)
    settings.MIDDLEWARE = middleware
    settings.TRUST_GATE = "enforce"
    settings.TRUST_PROXIES = []
    settings.REDIS_URL = ""
    from trustdesk.trust.gate import trusted_proxies

    trusted_proxies.cache_clear()
    yield settings
    trusted_proxies.cache_clear()


def csrf(client: Client) -> str:
    return client.cookies[django_settings.CSRF_COOKIE_NAME].value


@dataclass
class Browser:
    """A logged-in client with its own device key (what a browser profile or CLI installation is)."""

    client: Client
    key: DeviceKey
    device_id: str = ""

    def signed(
        self,
        method: str,
        path: str,
        payload: Any = None,
        *,
        key: DeviceKey | None = None,
        device_id: str | None = None,
        tamper: Callable[[dict[str, str]], None] | None = None,
        **extra: Any,
    ) -> Any:
        body = b"" if payload is None else json.dumps(payload).encode()
        headers = sign_request(
            method,
            ORIGIN + path,
            body,
            private_key=(key or self.key).private_key,
            key_id=device_id or self.device_id,
        )
        if tamper is not None:
            tamper(headers)
        meta = {f"HTTP_{name.upper().replace('-', '_')}": value for name, value in headers.items()}
        if method not in ("GET", "HEAD"):
            meta["HTTP_X_CSRFTOKEN"] = csrf(self.client)
        meta.update(extra)
        return self.client.generic(method, path, body, content_type="application/json", **meta)

    def post_json(self, path: str, payload: Any = None, **extra: Any) -> Any:
        return self.client.post(
            path,
            json.dumps(payload or {}),
            content_type="application/json",
            HTTP_X_CSRFTOKEN=csrf(self.client),
            **extra,
        )

    def enrol(self, name: str = "Test browser", platform: str = "browser", *, bind: bool = True) -> Any:
        challenge = self.post_json("/api/v1/trust/devices/challenge")
        assert challenge.status_code == 200, challenge.content
        value = challenge.json()["challenge"]
        signature = b64url(sign_raw(self.key.private_key, enrolment_message(value)))
        response = self.post_json(
            "/api/v1/trust/devices",
            {
                "challenge": value,
                "public_jwk": self.key.public_jwk,
                "signature": signature,
                "name": name,
                "platform": platform,
            },
        )
        assert response.status_code == 201, response.content
        self.device_id = response.json()["device"]["id"]
        if bind and response.json()["device"]["status"] == "active":
            bound = self.signed("POST", "/api/v1/trust/session/bind")
            assert bound.status_code == 200, bound.content
        return response


@pytest.fixture
def signing_client(gate: Any, logged_in: Callable[..., Client]) -> Callable[..., Browser]:
    def _make(user: Any, *, enrol: bool = True) -> Browser:
        made = Browser(logged_in(user), DeviceKey.generate())
        if enrol:
            made.enrol()
        return made

    return _make

"""API authentication: a browser session that completed both factors, or a personal API token.

Both resolve to an :class:`~trustdesk.tenancy.actor.Actor`, available as ``request.auth`` in every endpoint.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.security import APIKeyCookie, HttpBearer

from trustdesk.core.errors import AuthenticationRequired
from trustdesk.identity.actions import actor_for_token
from trustdesk.tenancy.actor import actor_for


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        actor = actor_for_token(token)
        if actor is not None:
            request.auth_method = "token"  # type: ignore[attr-defined]
        return actor


class SessionAuth(APIKeyCookie):
    """Django's session, with CSRF enforced on unsafe methods (ninja checks it before ``authenticate``)."""

    param_name = settings.SESSION_COOKIE_NAME

    def _get_key(self, request: HttpRequest) -> str | None:
        if self.param_name not in request.COOKIES:
            return None  # no session at all: answer 401, not a CSRF error
        return super()._get_key(request)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if key is None or not request.user.is_authenticated:
            return None
        try:
            actor = actor_for(request.user)
        except AuthenticationRequired:
            return None
        request.auth_method = "session"  # type: ignore[attr-defined]
        return actor


AUTH = [TokenAuth(), SessionAuth()]

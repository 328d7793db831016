"""Per-request session checks (server-side timeouts and revocation) and the user's language/time zone."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

from trustdesk.core import clock
from trustdesk.identity.actions import SESSION_ID, expire_session
from trustdesk.identity.models import UserSession

# Writing last_seen on every request would turn every read into a write; a minute's precision is plenty for an
# idle timeout of an hour.
LAST_SEEN_RESOLUTION = timedelta(seconds=60)


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        if user.is_authenticated:
            reason = self._invalid_reason(request)
            if reason is not None:
                expire_session(request=request, user=user, reason=reason)
        return self.get_response(request)

    @staticmethod
    def _invalid_reason(request: HttpRequest) -> str | None:
        user: Any = request.user
        if not user.is_active or user.locked_at is not None:
            return "account disabled or locked"
        usid = request.session.get(SESSION_ID)
        record = UserSession.objects.filter(pk=usid, user_id=user.pk).first() if usid else None
        if record is None:
            return "unknown session"
        if record.revoked_at is not None:
            return f"session revoked ({record.revoked_reason})"
        now = clock.now()
        if now - record.created_at > timedelta(seconds=settings.SESSION_ABSOLUTE_SECONDS):
            return "absolute timeout"
        if now - record.last_seen_at > timedelta(seconds=settings.SESSION_IDLE_SECONDS):
            return "idle timeout"
        if now - record.last_seen_at > LAST_SEEN_RESOLUTION:
            UserSession.objects.filter(pk=record.pk).update(last_seen_at=now)
            record.last_seen_at = now
        # The zero-trust gate needs the same row; it reuses this one instead of reading it again.
        request.td_user_session = record  # type: ignore[attr-defined]
        return None


class UserPreferencesMiddleware:
    """A logged-in user's saved language and time zone win over the browser's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        tz_name = "UTC"
        if user.is_authenticated:
            if user.language:
                translation.activate(user.language)
                request.LANGUAGE_CODE = user.language
            membership = getattr(user, "membership", None)
            tz_name = user.timezone or (membership.organization.timezone if membership else "UTC")
        try:
            timezone.activate(zoneinfo.ZoneInfo(tz_name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            timezone.activate(zoneinfo.ZoneInfo("UTC"))
        response = self.get_response(request)
        timezone.deactivate()
        return response

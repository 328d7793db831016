"""Security headers Django's SecurityMiddleware leaves out or sends only over HTTPS.

Sync and async capable: under ASGI the async views (SSE streams) run the async middleware chain, where a sync-only
middleware would cost two thread switches per request.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.http import HttpRequest, HttpResponse


def _add_headers(response: HttpResponse, authenticated: bool) -> HttpResponse:
    # Browsers ignore HSTS on plain HTTP, so sending it always is harmless and keeps it from being forgotten
    # behind a TLS-terminating proxy.
    hsts = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        hsts += "; includeSubDomains"
    response.headers.setdefault("Strict-Transport-Security", hsts)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
    response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
    response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
    response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
    if authenticated:
        response.headers.setdefault("Cache-Control", "no-store")
    return response


class SecurityHeadersMiddleware:
    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]):
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.async_mode:
            return self.__acall__(request)
        response = self.get_response(request)
        return _add_headers(response, request.user.is_authenticated if hasattr(request, "user") else False)

    async def __acall__(self, request: HttpRequest) -> HttpResponse:
        get_response: Callable[[HttpRequest], Awaitable[HttpResponse]] = self.get_response
        response = await get_response(request)
        authenticated = False
        if hasattr(request, "auser"):
            authenticated = bool((await request.auser()).is_authenticated)
        return _add_headers(response, authenticated)

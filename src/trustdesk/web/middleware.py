"""Security headers Django's SecurityMiddleware leaves out or sends only over HTTPS (sync and async capable)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from trustdesk.core.middleware import SyncAsyncMiddleware


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


class SecurityHeadersMiddleware(SyncAsyncMiddleware):
    def call_sync(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        return _add_headers(response, request.user.is_authenticated if hasattr(request, "user") else False)

    async def call_async(self, request: HttpRequest) -> HttpResponse:
        response = await self.get_response(request)
        authenticated = False
        if hasattr(request, "auser"):
            authenticated = bool((await request.auser()).is_authenticated)
        return _add_headers(response, authenticated)

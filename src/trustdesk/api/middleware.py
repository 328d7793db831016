"""Reject oversize API bodies before anything reads them (sync and async capable: no thread switch under ASGI)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from trustdesk.api.problems import problem
from trustdesk.core.middleware import SyncAsyncMiddleware


def _too_large(request: HttpRequest) -> HttpResponse | None:
    if not request.path.startswith("/api/"):
        return None
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = -1
    if 0 <= length <= settings.API_MAX_BODY_BYTES:
        return None
    return problem(
        request,
        status=413,
        code="body-too-large",
        title="Request body too large",
        detail=_("The request body is larger than %(limit)d bytes.") % {"limit": settings.API_MAX_BODY_BYTES},
    )


class BodySizeLimitMiddleware(SyncAsyncMiddleware):
    def call_sync(self, request: HttpRequest) -> HttpResponse:
        return _too_large(request) or self.get_response(request)

    async def call_async(self, request: HttpRequest) -> HttpResponse:
        return _too_large(request) or await self.get_response(request)

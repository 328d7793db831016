"""Reject oversize API bodies before anything reads them (sync and async capable: no thread switch under ASGI)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from trustdesk.api.problems import problem


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
        request, status=413, code="body-too-large", title="Request body too large",
        detail=_("The request body is larger than %(limit)d bytes.") % {"limit": settings.API_MAX_BODY_BYTES},
    )


class BodySizeLimitMiddleware:
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
        return _too_large(request) or self.get_response(request)

    async def __acall__(self, request: HttpRequest) -> HttpResponse:
        get_response: Callable[[HttpRequest], Awaitable[HttpResponse]] = self.get_response
        return _too_large(request) or await get_response(request)

"""Reject oversize API bodies before anything reads them."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from trustdesk.api.problems import problem


class BodySizeLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > settings.API_MAX_BODY_BYTES:
                return problem(
                    request, status=413, code="body-too-large", title="Request body too large",
                    detail=_("The request body is larger than %(limit)d bytes.")
                    % {"limit": settings.API_MAX_BODY_BYTES},
                )
        return self.get_response(request)

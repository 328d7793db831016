"""RFC 9457 problem details for every API error, with ``detail`` in the user's language."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse

PROBLEM_BASE = "https://trustdesk.dev/problems/"
CONTENT_TYPE = "application/problem+json"


def problem(
    request: HttpRequest | None, *, status: int, code: str, title: str, detail: str, **extra: Any
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_BASE + code,
        "title": title,
        "status": status,
        "detail": detail,
    }
    if request is not None:
        body["instance"] = request.path
    body.update(extra)
    return JsonResponse(body, status=status, content_type=CONTENT_TYPE, json_dumps_params={"ensure_ascii": False})

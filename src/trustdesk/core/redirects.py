"""Where a ``next`` parameter may send the browser."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request: HttpRequest, target: str | None, fallback: str) -> str:
    """``target`` when it stays on this site (a path, or a URL of the host the request came to), else
    ``fallback``: a redirect parameter taken from the request must never send a user elsewhere (open redirect)."""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        return target
    return fallback

"""The login guard every web view area builds on: an Actor on the request, or off to the login page.

It lives here, below ``audit`` and ``identity``, so both can wrap it with what they add (``identity``: the step-up
redirect; the audit console: "not found" as a 404) instead of each writing the same guard again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

from trustdesk.core.errors import AuthenticationRequired
from trustdesk.tenancy.actor import actor_for

View = Callable[..., HttpResponse]


def with_actor(view: View) -> View:
    """Run ``view`` with ``request.actor`` set; without a fully logged-in user, redirect to the login page."""

    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            request.actor = actor_for(request.user)  # type: ignore[attr-defined]
        except AuthenticationRequired:
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    return wrapper

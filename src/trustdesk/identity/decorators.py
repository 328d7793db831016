"""Web view guards: logged in (both factors) with an Actor on the request, and step-up for sensitive actions."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from trustdesk.core.errors import AuthenticationRequired, StepUpRequired
from trustdesk.tenancy.actor import actor_for

View = Callable[..., HttpResponse]


def actor_required(view: View) -> View:
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            request.actor = actor_for(request.user)  # type: ignore[attr-defined]
        except AuthenticationRequired:
            return redirect_to_login(request.get_full_path())
        try:
            return view(request, *args, **kwargs)
        except StepUpRequired:
            # After the step-up the browser comes back with a GET, so a form post returns to its page instead.
            back = request.get_full_path() if request.method == "GET" else reverse("identity:me")
            return HttpResponseRedirect(reverse("identity:step_up") + "?" + urlencode({"next": back}))

    return wrapper

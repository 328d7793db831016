"""Web view guards: logged in (both factors) with an Actor on the request, and step-up for sensitive actions."""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from trustdesk.core.errors import StepUpRequired
from trustdesk.tenancy.guards import View, with_actor


def actor_required(view: View) -> View:
    @functools.wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except StepUpRequired:
            # After the step-up the browser comes back with a GET, so a form post returns to its page instead.
            back = request.get_full_path() if request.method == "GET" else reverse("identity:me")
            return HttpResponseRedirect(reverse("identity:step_up") + "?" + urlencode({"next": back}))

    return with_actor(wrapper)

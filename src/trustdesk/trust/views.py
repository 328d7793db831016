"""Pages of the zero-trust gate. They only read; every change goes through the signed API (see device.js),
so a session cookie copied to another browser can look at these pages for a few minutes at most and can
change nothing."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from trustdesk.core.redirects import safe_next
from trustdesk.identity.decorators import actor_required
from trustdesk.tenancy.choices import Role
from trustdesk.tenancy.permissions import Perm
from trustdesk.trust import binding, selectors
from trustdesk.trust.choices import ApprovalMode, UnknownLocationEffect, ViolationEffect
from trustdesk.trust.gate import DEVICE_KEY


def _actor(request: HttpRequest, perm: Perm | None = None) -> Any:
    """The request's actor; a missing permission is a plain 404 page, as on the API."""
    actor = request.actor  # type: ignore[attr-defined]
    if perm is not None and not actor.can(perm):
        raise Http404
    return actor


@actor_required
@require_GET
def device_enrol(request: HttpRequest) -> HttpResponse:
    """Register this browser's key, or bind the session to the key it already has."""
    return render(
        request,
        "trust/enrol.html",
        {"next": safe_next(request, request.GET.get("next"), "/"), "bound": request.session.get(DEVICE_KEY)},
    )


@actor_required
@require_GET
def my_devices(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    return render(
        request,
        "trust/devices.html",
        {
            "devices": selectors.my_devices(actor=actor),
            "passkeys": selectors.my_passkeys(actor=actor),
            "current": request.session.get(DEVICE_KEY),
            "can_manage": actor.can(Perm.DEVICE_MANAGE),
            "can_policy": actor.can(Perm.POLICY_MANAGE),
            "can_decisions": actor.can(Perm.DECISION_READ),
            "binding_seconds": binding.lifetime_seconds(),
        },
    )


@actor_required
@require_GET
def inventory(request: HttpRequest) -> HttpResponse:
    devices = selectors.device_inventory(actor=_actor(request, Perm.DEVICE_MANAGE))
    return render(request, "trust/inventory.html", {"devices": devices})


@actor_required
@require_GET
def location_policy(request: HttpRequest) -> HttpResponse:
    actor = _actor(request, Perm.POLICY_MANAGE)
    row = selectors.policy_row(actor.organization_id)
    return render(
        request,
        "trust/policy.html",
        {
            "policy": row,
            "approval_modes": ApprovalMode.choices,
            "violation_effects": ViolationEffect.choices,
            "unknown_effects": UnknownLocationEffect.choices,
            "roles": Role.choices,
        },
    )


@actor_required
@require_GET
def decisions(request: HttpRequest) -> HttpResponse:
    events = selectors.recent_decisions(actor=_actor(request, Perm.DECISION_READ), limit=200)
    return render(request, "trust/decisions.html", {"events": events})


@require_GET
def passkey_login(request: HttpRequest) -> HttpResponse:
    """Second step of a login (after the password) or a step-up, with a passkey instead of a code."""
    return render(request, "trust/passkey_login.html", {"next": safe_next(request, request.GET.get("next"), "/me/")})

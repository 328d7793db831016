"""Which action a request is: the table the enforcement point consults before calling `policy.evaluate`.

Deny by default: every request is protected unless its view is explicitly public. Web views are matched by
URL name (`namespace:name`) or by the `public`/`protected` decorators below; API operations by method and
path. Anything not listed is a READ (safe methods) or WRITE (unsafe methods) that needs the device: a
signature on the API, a signature or the session-binding cookie on pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings

from trustdesk.trust.policy import Action, ProofRequirement, Sensitivity

F = TypeVar("F", bound=Callable[..., Any])

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# Views reachable without a login (the sign-in flow itself, health checks, language switch).
PUBLIC_VIEWS = frozenset(
    {
        "identity:login",
        "identity:two_factor",
        "identity:enrol",
        "identity:accept_invitation",
        "identity:logout",
        "web:home",
        "web:set_language",
        "web:healthz",
        "web:readyz",
        "trust:passkey_login",
        "scamcheck:official_support",  # how to reach official support: must open for anyone, anywhere
    }
)

# Views of a logged-in user that come before a device exists or is bound: no device proof needed.
# Reachable with TOTP even where a role needs a passkey: where the first passkey is registered.
ANY_FACTOR_VIEWS = {
    "trust:devices": Action("trust:devices:read", Sensitivity.READ, ProofRequirement.SIGNATURE_OR_BINDING, True),
}

DEVICELESS_VIEWS = {
    "identity:step_up": Action("identity:session:step_up", Sensitivity.READ, ProofRequirement.NONE),
    "trust:device_enrol": Action("trust:device:enrol", Sensitivity.READ, ProofRequirement.NONE),
}

PUBLIC_API = (
    ("POST", re.compile(r"^/api/v1/trust/cli/(login|second-factor)$")),
    ("POST", re.compile(r"^/api/v1/trust/passkeys/login/(options|verify)$")),
    ("GET", re.compile(r"^/api/v1/(docs|openapi\.json)$")),
)

# API operations with their own sensitivity or proof requirement; first match wins.
API_RULES: tuple[tuple[str, re.Pattern[str], Action], ...] = (
    (
        "POST",
        re.compile(r"^/api/v1/trust/devices/challenge$"),
        Action("trust:device:enrol", Sensitivity.SENSITIVE, ProofRequirement.NONE),
    ),
    (
        "POST",
        re.compile(r"^/api/v1/trust/devices$"),
        Action("trust:device:enrol", Sensitivity.SENSITIVE, ProofRequirement.NONE),
    ),
    (
        "POST",
        re.compile(r"^/api/v1/trust/session/bind$"),
        Action("trust:session:bind", Sensitivity.READ, ProofRequirement.NONE),
    ),
    (
        "GET",
        re.compile(r"^/api/v1/trust/session$"),
        Action("trust:session:read", Sensitivity.READ, ProofRequirement.NONE),
    ),
    (
        "POST",
        re.compile(r"^/api/v1/trust/devices/[^/]+/(approve|revoke|suspend)$"),
        Action("trust:device:manage", Sensitivity.SENSITIVE),
    ),
    ("PUT", re.compile(r"^/api/v1/trust/policy$"), Action("trust:policy:manage", Sensitivity.CRITICAL)),
    (
        "POST",
        re.compile(r"^/api/v1/trust/passkeys/register/(options|verify)$"),
        Action("trust:passkey:register", Sensitivity.SENSITIVE, any_factor=True),
    ),
    ("DELETE", re.compile(r"^/api/v1/trust/passkeys/[^/]+$"), Action("trust:passkey:remove", Sensitivity.SENSITIVE)),
    ("POST", re.compile(r"^/api/v1/tokens$"), Action("identity:token:create", Sensitivity.SENSITIVE)),
    ("PUT", re.compile(r"^/api/v1/users/[^/]+/role$"), Action("tenancy:role:change", Sensitivity.CRITICAL)),
    (
        "POST",
        re.compile(r"^/api/v1/users/[^/]+/(unlock|sessions/revoke)$"),
        Action("identity:user:manage", Sensitivity.SENSITIVE),
    ),
)

PUBLIC = Action("public", Sensitivity.PUBLIC, ProofRequirement.NONE)


def public(view: F) -> F:
    """Mark a web view as reachable without login (only the location policy applies)."""
    view.trust_action = PUBLIC  # type: ignore[attr-defined]
    return view


def protected(action: Action) -> Callable[[F], F]:
    """Give a web view its own action (name, sensitivity, proof) instead of the method-based default."""

    def decorate(view: F) -> F:
        view.trust_action = action  # type: ignore[attr-defined]
        return view

    return decorate


def _default(method: str, path: str, *, api: bool) -> Action:
    sensitivity = Sensitivity.READ if method in SAFE_METHODS else Sensitivity.WRITE
    proof = ProofRequirement.SIGNATURE if api else ProofRequirement.SIGNATURE_OR_BINDING
    verb = "read" if sensitivity is Sensitivity.READ else "write"
    area = "api" if api else "web"
    return Action(f"{area}:request:{verb}", sensitivity, proof)


def classify(method: str, path: str, view_name: str | None, view: Any) -> Action:
    annotated = getattr(view, "trust_action", None)
    if isinstance(annotated, Action):
        return annotated
    if path.startswith("/api/"):
        for rule_method, pattern in PUBLIC_API:
            if method == rule_method and pattern.match(path):
                return PUBLIC
        for rule_method, pattern, action in API_RULES:
            if method == rule_method and pattern.match(path):
                return action
        return _default(method, path, api=True)
    extra_public = frozenset(getattr(settings, "TRUST_PUBLIC_VIEWS", ()))
    if view_name in PUBLIC_VIEWS or view_name in extra_public:
        return PUBLIC
    if view_name in DEVICELESS_VIEWS:
        return DEVICELESS_VIEWS[view_name]
    if view_name in ANY_FACTOR_VIEWS:
        return ANY_FACTOR_VIEWS[view_name]
    return _default(method, path, api=False)

"""The one NinjaAPI instance: /api/v1/. Each domain app contributes a router; this module only wires them."""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from trustdesk.api.auth import AUTH
from trustdesk.api.problems import problem
from trustdesk.audit.api import router as audit_router
from trustdesk.core.errors import DomainError
from trustdesk.desk.api import router as desk_router
from trustdesk.identity.api import router as identity_router
from trustdesk.scamcheck.api import router as scamcheck_router
from trustdesk.tenancy.api import router as tenancy_router
from trustdesk.trust.api import router as trust_router

api = NinjaAPI(
    title="TrustDesk API",
    version="1",
    urls_namespace="api-v1",
    auth=AUTH,
    docs_url="/docs",
    openapi_url="/openapi.json",
)

api.add_router("/", identity_router)
api.add_router("/organizations", tenancy_router)
api.add_router("/audit", audit_router)
api.add_router("/trust", trust_router)
api.add_router("/desk", desk_router)
api.add_router("/scamcheck", scamcheck_router)


@api.exception_handler(DomainError)
def _domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return problem(request, status=exc.status, code=exc.code, title=exc.code.replace("-", " ").capitalize(),
                   detail=_(exc.detail), **exc.extra)


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"loc": [str(part) for part in err.get("loc", [])], "msg": str(err.get("msg", "")), "type": err.get("type")}
        for err in exc.errors
    ]
    malformed = any(err["type"] in {"json_invalid", "json_type"} for err in errors)
    if malformed:
        return problem(request, status=400, code="malformed-json", title="Malformed JSON",
                       detail=_("The request body is not valid JSON."))
    return problem(request, status=422, code="validation-failed", title="Validation failed",
                   detail=_("Some fields are missing or have the wrong type."), errors=errors)


@api.exception_handler(AuthenticationError)
def _authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return problem(request, status=401, code="authentication-required", title="Authentication required",
                   detail=_("Log in, or send a valid API token."))


@api.exception_handler(AuthorizationError)
def _authorization_error(request: HttpRequest, exc: AuthorizationError) -> HttpResponse:
    return problem(request, status=403, code="forbidden", title="Forbidden",
                   detail=_("You are not allowed to do this."))


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if exc.status_code == 403 and "CSRF" in str(exc):
        return problem(request, status=403, code="csrf-failed", title="CSRF check failed",
                       detail=_("This request did not come from a TrustDesk page. Reload the page and try again."))
    return problem(request, status=exc.status_code, code="http-error", title="Error", detail=str(exc))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(request, status=404, code="not-found", title="Not found", detail=_("Not found."))


@api.exception_handler(json.JSONDecodeError)
def _bad_json(request: HttpRequest, exc: json.JSONDecodeError) -> HttpResponse:
    return problem(request, status=400, code="malformed-json", title="Malformed JSON",
                   detail=_("The request body is not valid JSON."))

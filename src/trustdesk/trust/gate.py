"""The one policy enforcement point: a middleware in front of every web page, API operation and CLI call.

For each request it gathers the inputs (who, which session, which device and its proof, from where),
asks `policy.evaluate` for a decision, records denies, step-ups and allows of sensitive actions in the
audit log with their reasons, and either lets the request through or answers it: 401/403 problem+json on
the API, a redirect (sign-in, device enrolment, step-up) or a 403 page on the web. Nothing reaches a view
that the policy did not allow (deny by default: see `registry`).

`TRUSTDESK_TRUST_GATE=monitor` evaluates and records everything but blocks nothing, for rolling the gate
out to an existing deployment; `enforce` is the default.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import nullcontext
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import connection, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse, RawPostDataException
from django.shortcuts import render
from django.urls import reverse
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.audit.choices import Outcome
from trustdesk.core import clock
from trustdesk.core.ids import keyed_hash
from trustdesk.identity.actions import SESSION_ID
from trustdesk.identity.models import ApiToken, UserSession
from trustdesk.tenancy.models import Membership
from trustdesk.trust import binding, geo
from trustdesk.trust.choices import TrustAuditAction
from trustdesk.trust.httpsig import RequestParts, VerificationKey, verify_request
from trustdesk.trust.jwk import load_p256_jwk
from trustdesk.trust.models import Device
from trustdesk.trust.policy import (
    Action,
    Context,
    Decision,
    Effect,
    Identity,
    Proof,
    ProofKind,
    SecondFactor,
    Session,
    evaluate,
)
from trustdesk.trust.policy import Device as DeviceFacts
from trustdesk.trust.policy import DeviceStatus as PolicyDeviceStatus
from trustdesk.trust.registry import classify
from trustdesk.trust.selectors import org_policy
from trustdesk.trust.stores import nonce_store

logger = logging.getLogger(__name__)

# Keys in the server-side session.
DEVICE_KEY = "td_device"
PASSKEY_AT = "td_passkey_at"
COUNTRY_KEY = "td_country"
COUNTRY_AT_KEY = "td_country_at"
TOUCH_EVERY = timedelta(seconds=60)

_LOGIN_CODES = ("identity.", "session.missing", "session.expired", "session.idle")
_DEVICE_CODES = ("device.", "proof.", "session.unbound", "session.device_mismatch")


@cache
def trusted_proxies() -> tuple[geo.IPNetwork, ...]:
    return geo.parse_networks(getattr(settings, "TRUST_PROXIES", ()))


def gate_mode() -> str:
    return str(getattr(settings, "TRUST_GATE", "enforce"))


def request_parts(request: HttpRequest) -> RequestParts:
    """The request as the signer saw it: our origin plus the raw path and query that arrived."""
    scope = getattr(request, "scope", None)
    if isinstance(scope, dict) and scope.get("raw_path"):
        target = scope["raw_path"].decode("latin-1")
        query = (scope.get("query_string") or b"").decode("latin-1")
        target += f"?{query}" if query else ""
    else:
        target = request.META.get("RAW_URI") or request.META.get("REQUEST_URI") or ""
        if not target.startswith("/"):
            query = request.META.get("QUERY_STRING", "")
            target = escape_uri_path(request.path) + (f"?{query}" if query else "")
    origin = getattr(settings, "TRUST_PUBLIC_ORIGIN", "") or f"{request.scheme}://{request.get_host()}"
    headers = {key.lower(): value for key, value in request.headers.items()}
    try:
        body = request.body
    except RawPostDataException:
        # The body was already consumed as a stream (multipart parsed first): it cannot be checked, so the
        # digest check fails rather than passing an unverified body.
        body = b"\x00unavailable"
    return RequestParts(request.method or "GET", origin.rstrip("/") + target, headers, body)


def _load_device(public_id: str | None) -> Device | None:
    if not public_id:
        return None
    return Device.objects.filter(public_id=public_id).first()


def _device_facts(device: Device | None) -> DeviceFacts | None:
    if device is None:
        return None
    return DeviceFacts(
        device.public_id, str(device.user_id), str(device.organization_id), PolicyDeviceStatus(device.status)
    )


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, (int, float)):
        return None
    return datetime.fromtimestamp(value, tz=clock.now().tzinfo)


class _Inputs:
    """Everything the decision needs, gathered once per request."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request
        self.user: Any = request.user if request.user.is_authenticated else None
        self.api_token: ApiToken | None = None
        if self.user is None:
            self.api_token = self._bearer_token()
            self.user = self.api_token.user if self.api_token is not None else None
        self.membership: Membership | None = None
        self.user_session: UserSession | None = None
        self.device: Device | None = None
        self.proof = Proof()
        ip = geo.client_ip(request.META.get("REMOTE_ADDR"), request.META.get("HTTP_X_FORWARDED_FOR"), trusted_proxies())
        self.location = geo.locate(ip, geo.default_provider())

    def _bearer_token(self) -> ApiToken | None:
        """A personal API token (the CLI's alternative to a session). It identifies the user; it never
        proves the device, so a token is only usable together with a signature by one of the user's
        active devices: a stolen token alone opens nothing."""
        header = self.request.META.get("HTTP_AUTHORIZATION", "")
        raw = header[7:].strip() if header.startswith("Bearer ") else ""
        if not raw.startswith("td_") or len(raw) > 200:
            return None
        return (
            ApiToken.objects.select_related("user")
            .filter(
                token_hash=keyed_hash(raw, purpose="api-token"), revoked_at__isnull=True, expires_at__gt=clock.now()
            )
            .first()
        )

    def token_session(self) -> Session | None:
        """The token stands for a session whose second factor was passed when the token was created."""
        token = self.api_token
        if token is None:
            return None
        device = self.device
        bound = device.public_id if device is not None and device.user_id == token.user_id else None
        now = clock.now()
        return Session(
            authenticated_at=now,
            last_seen_at=now,
            second_factor=SecondFactor.TOTP,
            second_factor_at=token.created_at,
            device_id=bound,
        )

    def identity(self) -> Identity | None:
        if self.user is None:
            return None
        # The reverse accessor caches on the user object, so the later middleware and views reuse this row.
        self.membership = getattr(self.user, "membership", None)
        if self.membership is None:
            return None
        active = bool(self.user.is_active and self.user.locked_at is None)
        return Identity(
            str(self.user.pk), str(self.membership.organization_id), frozenset({self.membership.role}), active
        )

    def session(self) -> Session | None:
        if self.user is None or self.api_token is not None:
            return None
        usid = self.request.session.get(SESSION_ID)
        # SessionTimeoutMiddleware (just before the gate) has read and checked this request's row already.
        checked = getattr(self.request, "td_user_session", None)
        if (
            checked is not None
            and usid
            and checked.pk == usid
            and checked.user_id == self.user.pk
            and checked.revoked_at is None
        ):
            self.user_session = checked
        else:
            self.user_session = (
                UserSession.objects.filter(pk=usid, user_id=self.user.pk, revoked_at__isnull=True).first()
                if usid
                else None
            )
        if self.user_session is None:
            return None
        data = self.request.session
        # A passkey counts while it is the most recent second factor of this session; a later TOTP step-up
        # (which moves twofa_at) makes the session a TOTP session again.
        passkey_at = data.get(PASSKEY_AT)
        recent_passkey = isinstance(passkey_at, (int, float)) and (
            passkey_at >= self.user_session.twofa_at.timestamp() - 2
        )
        factor = SecondFactor.PASSKEY if recent_passkey else SecondFactor.TOTP
        return Session(
            authenticated_at=self.user_session.created_at,
            last_seen_at=self.user_session.last_seen_at,
            second_factor=factor,
            second_factor_at=self.user_session.twofa_at,
            device_id=data.get(DEVICE_KEY),
            last_country=data.get(COUNTRY_KEY),
            last_country_at=_timestamp(data.get(COUNTRY_AT_KEY)),
        )

    def check_proof(self, session: Session | None) -> None:
        meta = self.request.META
        if "HTTP_SIGNATURE" in meta or "HTTP_SIGNATURE_INPUT" in meta:
            loaded: dict[str, Device] = {}

            def resolve(key_id: str) -> VerificationKey | None:
                device = _load_device(key_id)
                if device is None:
                    return None
                loaded[key_id] = device
                return VerificationKey(device.public_id, load_p256_jwk(device.public_jwk), device.algorithm)

            result = verify_request(request_parts(self.request), resolve_key=resolve, nonce_store=nonce_store())
            if result.ok and result.key_id is not None:
                self.proof = Proof(ProofKind.SIGNATURE, result.key_id)
                self.device = loaded[result.key_id]
            else:
                reason = result.failure.value if result.failure else "signature_invalid"
                self.proof = Proof(ProofKind.SIGNATURE, None, reason)
        elif session is not None and session.device_id and self.user_session is not None:
            device_id, failure = binding.check(
                self.request.COOKIES.get(binding.COOKIE_NAME), user_session_id=self.user_session.pk
            )
            if device_id is not None or failure != "binding_missing":
                self.proof = Proof(ProofKind.BINDING_COOKIE, device_id, failure)
        if self.device is None and session is not None:
            self.device = _load_device(session.device_id)


def _reason_strings(decision: Decision) -> list[str]:
    return [f"{reason.code}: {reason.detail}" if reason.detail else reason.code for reason in decision.reasons]


def _record(request: HttpRequest, inputs: _Inputs, decision: Decision, mode: str) -> None:
    outcome = {Effect.ALLOW: Outcome.SUCCESS, Effect.STEP_UP: Outcome.STEP_UP, Effect.DENY: Outcome.DENIED}
    location = inputs.location
    # Outside a transaction, audit.record's rows on SQLite are separate statements, each committed (and each
    # taking the database's one write lock) on its own; one transaction writes them all or none, under one lock.
    # On PostgreSQL they are a single statement already.
    with transaction.atomic() if connection.vendor == "sqlite" else nullcontext():
        audit.record(
            action=TrustAuditAction.DECISION,
            actor=inputs.user,
            organization=inputs.membership.organization if inputs.membership else None,
            target_type="request",
            target_id=decision.action[:64],
            outcome=outcome[decision.effect],
            reasons=_reason_strings(decision) or [f"{decision.effect.value}: {decision.sensitivity.value} action"],
            request=request,
            ip=str(location.ip) if location.ip else None,
            country=location.country or "",
            device_id=inputs.device.public_id if inputs.device else (inputs.proof.key_id or ""),
            extra={
                "effect": decision.effect.value,
                "sensitivity": decision.sensitivity.value,
                "method": request.method,
                "path": request.path[:200],
                "proof": inputs.proof.kind.value,
                "geo_provider": location.provider,
                "geo_data_version": location.data_version,
                "mode": mode,
            },
        )


def _problem(request: HttpRequest, status: int, code: str, detail: str, decision: Decision) -> HttpResponse:
    body = {
        "type": f"https://trustdesk.dev/problems/{code}",
        "title": code.replace("-", " ").capitalize(),
        "status": status,
        "detail": detail,
        "instance": request.path,
        "reasons": list(decision.codes),
    }
    return JsonResponse(
        body, status=status, content_type="application/problem+json", json_dumps_params={"ensure_ascii": False}
    )


def _has(decision: Decision, prefixes: tuple[str, ...]) -> bool:
    return any(reason.effect is Effect.DENY and reason.code.startswith(prefixes) for reason in decision.reasons)


def _refuse(request: HttpRequest, decision: Decision) -> HttpResponse:
    api = request.path.startswith("/api/")
    if decision.effect is Effect.STEP_UP and "second_factor.phishing_resistant_required" in decision.codes:
        # A TOTP step-up cannot satisfy this: send the user to the passkey instead of looping.
        if api:
            return _problem(request, 401, "passkey-required", _("Confirm it is you with your passkey."), decision)
        back = request.get_full_path() if request.method == "GET" else reverse("identity:me")
        return HttpResponseRedirect(reverse("trust:passkey_login") + "?" + urlencode({"next": back}))
    if decision.effect is Effect.STEP_UP:
        if api:
            return _problem(
                request, 401, "step-up-required", _("Confirm it is you with a fresh second factor."), decision
            )
        back = request.get_full_path() if request.method == "GET" else reverse("identity:me")
        return HttpResponseRedirect(reverse("identity:step_up") + "?" + urlencode({"next": back}))
    if _has(decision, _LOGIN_CODES):
        if api:
            return _problem(request, 401, "authentication-required", _("Log in first."), decision)
        return redirect_to_login(request.get_full_path())
    if _has(decision, _DEVICE_CODES):
        if api:
            return _problem(
                request,
                401,
                "device-required",
                _("This request must be signed by an active, registered device."),
                decision,
            )
        back = request.get_full_path() if request.method == "GET" else "/"
        return HttpResponseRedirect(reverse("trust:device_enrol") + "?" + urlencode({"next": back}))
    detail = _("Access from this location or network is not allowed by your organization.")
    if api:
        return _problem(request, 403, "access-denied", detail, decision)
    return render(request, "trust/denied.html", {"decision": decision, "detail": detail}, status=403)


def _after_allow(request: HttpRequest, inputs: _Inputs, session: Session | None) -> None:
    now = clock.now()
    if inputs.device is not None and inputs.proof.valid:
        request.device_id = inputs.device.public_id  # type: ignore[attr-defined]
        device = inputs.device
        if (
            device.last_seen_at is None
            or now - device.last_seen_at > TOUCH_EVERY
            or device.last_country != (inputs.location.country or "")
        ):
            Device.objects.filter(pk=device.pk).update(
                last_seen_at=now,
                last_ip=str(inputs.location.ip) if inputs.location.ip else None,
                last_country=inputs.location.country or "",
            )
        if (
            inputs.proof.kind is ProofKind.SIGNATURE
            and session is not None
            and session.device_id == device.public_id
            and inputs.user_session is not None
        ):
            request._trust_binding = (inputs.user_session.pk, device.public_id)  # type: ignore[attr-defined]
    country = inputs.location.country
    if session is not None and country:
        seen = session.last_country_at
        if session.last_country != country or seen is None or now - seen > TOUCH_EVERY:
            request.session[COUNTRY_KEY] = country
            request.session[COUNTRY_AT_KEY] = now.timestamp()


class ZeroTrustGateMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        bound = getattr(request, "_trust_binding", None)
        if bound is not None and response.status_code < 400:
            binding.issue(response, user_session_id=bound[0], device_id=bound[1])
        return response

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., Any], view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        mode = gate_mode()
        if mode == "off":
            return None
        match = request.resolver_match
        action = classify(request.method or "GET", request.path, match.view_name if match else None, view_func)
        inputs = _Inputs(request)
        location = inputs.location
        request.client_ip = str(location.ip) if location.ip else None  # type: ignore[attr-defined]
        request.country = location.country or ""  # type: ignore[attr-defined]
        decision = self.decide(request, inputs, action)
        request.trust_decision = decision  # type: ignore[attr-defined]
        if decision.audit_required:
            _record(request, inputs, decision, mode)
        if decision.allowed or mode == "monitor":
            return None
        return _refuse(request, decision)

    @staticmethod
    def decide(request: HttpRequest, inputs: _Inputs, action: Action) -> Decision:
        identity = inputs.identity()
        session = inputs.session()
        inputs.check_proof(session)
        if inputs.api_token is not None:
            session = inputs.token_session()
        request.trust_proof = inputs.proof  # type: ignore[attr-defined]
        request.trust_device = inputs.device  # type: ignore[attr-defined]
        organization_id = inputs.membership.organization_id if inputs.membership else None
        context = Context(
            now=clock.now(),
            policy=org_policy(organization_id),
            identity=identity,
            session=session,
            device=_device_facts(inputs.device),
            proof=inputs.proof,
            location=inputs.location,
        )
        decision = evaluate(context, action)
        if decision.allowed:
            _after_allow(request, inputs, session)
        return decision

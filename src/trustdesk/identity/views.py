from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods, require_POST

from trustdesk.core.errors import DomainError, RateLimited
from trustdesk.core.redirects import safe_next
from trustdesk.identity import actions, selectors
from trustdesk.identity.decorators import actor_required
from trustdesk.identity.forms import CodeForm, InvitationForm, LoginForm, TokenForm
from trustdesk.tenancy.permissions import Perm

GENERIC_LOGIN_ERROR = gettext_lazy("The e-mail address or password is wrong, or the account is locked.")


def _safe_next(request: HttpRequest, fallback: str) -> str:
    return safe_next(request, request.POST.get("next") or request.GET.get("next"), fallback)


def _code_step(request: HttpRequest, template: str, verify: Callable[[str], Any]) -> HttpResponse:
    """A one-time-code form (the login's second factor, step-up): a code that ``verify`` accepts leads on to
    ``next``; a wrong or rate-limited one shows the form again with the reason."""
    form = CodeForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            verify(form.cleaned_data["code"])
        except actions.LoginFailed:
            error = _("That code is not valid. Codes can be used only once.")
        except RateLimited as exc:
            error = exc.detail
        else:
            return HttpResponseRedirect(_safe_next(request, reverse("identity:me")))
    return render(request, template, {"form": form, "error": error})


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            user = actions.authenticate_password(
                request=request, email=form.cleaned_data["email"], password=form.cleaned_data["password"]
            )
        except actions.LoginFailed:
            error = str(GENERIC_LOGIN_ERROR)
        except RateLimited as exc:
            error = exc.detail
        else:
            step = "identity:two_factor" if actions.has_confirmed_totp(user) else "identity:enrol"
            target = _safe_next(request, reverse("identity:me"))
            return HttpResponseRedirect(reverse(step) + "?" + urlencode({"next": target}))
    return render(request, "identity/login.html", {"form": form, "error": error}, status=400 if error else 200)


@require_http_methods(["GET", "POST"])
def two_factor_view(request: HttpRequest) -> HttpResponse:
    if actions.pending_user(request) is None:
        return HttpResponseRedirect(reverse("identity:login"))
    return _code_step(
        request, "identity/two_factor.html", lambda code: actions.verify_second_factor(request=request, code=code)
    )


@require_http_methods(["GET", "POST"])
def enrol_view(request: HttpRequest) -> HttpResponse:
    user = actions.pending_user(request)
    if user is None:
        return HttpResponseRedirect(reverse("identity:login"))
    try:
        enrolment = actions.begin_totp_enrolment(user=user)
    except DomainError:
        return HttpResponseRedirect(reverse("identity:two_factor"))
    form = CodeForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            codes = actions.confirm_totp_enrolment(request=request, code=form.cleaned_data["code"])
        except actions.LoginFailed:
            error = _("That code is not valid. Check the time on your phone and try the next code.")
        except RateLimited as exc:
            error = exc.detail
        else:
            return render(
                request,
                "identity/recovery_codes.html",
                {"codes": codes, "next": _safe_next(request, reverse("identity:me"))},
            )
    return render(request, "identity/enrol.html", {"form": form, "error": error, "enrolment": enrolment})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    actions.logout(request=request)
    return HttpResponseRedirect(reverse("identity:login"))


@actor_required
@require_http_methods(["GET", "POST"])
def step_up_view(request: HttpRequest) -> HttpResponse:
    actor = request.actor  # type: ignore[attr-defined]
    return _code_step(
        request, "identity/step_up.html", lambda code: actions.step_up(request=request, actor=actor, code=code)
    )


@actor_required
def me_view(request: HttpRequest) -> HttpResponse:
    actor: Any = request.actor  # type: ignore[attr-defined]
    context = {
        "actor": actor,
        "sessions": selectors.my_sessions(actor=actor)[:20],
        "tokens": selectors.my_tokens(actor=actor)[:20],
        "token_form": TokenForm(),
        "current_usid": request.session.get(actions.SESSION_ID),
        "can_manage_users": actor.can(Perm.USER_MANAGE),
    }
    return render(request, "identity/me.html", context)


@actor_required
@require_POST
def revoke_other_sessions_view(request: HttpRequest) -> HttpResponse:
    count = actions.revoke_other_sessions(request=request, actor=request.actor)  # type: ignore[attr-defined]
    messages.success(
        request,
        ngettext("%(count)d other session was logged out.", "%(count)d other sessions were logged out.", count)
        % {"count": count},
    )
    return HttpResponseRedirect(reverse("identity:me"))


@actor_required
@require_POST
def create_token_view(request: HttpRequest) -> HttpResponse:
    actor: Any = request.actor  # type: ignore[attr-defined]
    actions.require_fresh_second_factor(request)
    form = TokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the token name and expiry."))
        return HttpResponseRedirect(reverse("identity:me"))
    try:
        new = actions.create_api_token(
            actor=actor,
            name=form.cleaned_data["name"],
            scopes=sorted(p.value for p in actor.permissions),
            expires_in_days=form.cleaned_data["expires_in_days"],
            request=request,
        )
    except DomainError as exc:
        messages.error(request, exc.detail)
        return HttpResponseRedirect(reverse("identity:me"))
    return render(request, "identity/token_created.html", {"token": new.token, "raw": new.raw})


@actor_required
@require_POST
def revoke_token_view(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        actions.revoke_api_token(actor=request.actor, token_id=token_id, request=request)  # type: ignore[attr-defined]
    except DomainError as exc:
        messages.error(request, exc.detail)
    return HttpResponseRedirect(reverse("identity:me"))


@actor_required
@require_POST
def regenerate_codes_view(request: HttpRequest) -> HttpResponse:
    codes = actions.regenerate_recovery_codes(request=request, actor=request.actor)  # type: ignore[attr-defined]
    return render(request, "identity/recovery_codes.html", {"codes": codes, "next": reverse("identity:me")})


@require_http_methods(["GET", "POST"])
def accept_invitation_view(request: HttpRequest, token: str) -> HttpResponse:
    form = InvitationForm(request.POST or None)
    error = ""
    if request.method == "POST" and form.is_valid():
        try:
            actions.accept_invitation(token=token, password=form.cleaned_data["password"], request=request)
        except DomainError as exc:
            error = exc.detail
        else:
            messages.success(request, _("Your password is set. Log in to set up two-factor authentication."))
            return HttpResponseRedirect(reverse("identity:login"))
    return render(request, "identity/invitation.html", {"form": form, "error": error})

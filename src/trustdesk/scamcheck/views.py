"""Pages: the public "How to reach official support" page, the checker, the contact scanner, the directory."""

from __future__ import annotations

from typing import Any

from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from trustdesk.core.errors import DomainError
from trustdesk.identity.decorators import actor_required
from trustdesk.scamcheck import actions, selectors
from trustdesk.scamcheck.choices import Channel, CheckKind
from trustdesk.scamcheck.engine import builtin_directory
from trustdesk.scamcheck.explanations import explain
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm


def _actor(request: HttpRequest) -> Actor:
    return request.actor  # type: ignore[attr-defined,no-any-return]


@require_GET
def official_support(request: HttpRequest) -> HttpResponse:
    """Public: how official support is reached (in the app only, never by phone) and its official channels."""
    platform = builtin_directory()
    channels = sorted(
        {(owner, "domain", d) for d, owner in platform.domains.items() if owner == "TrustDesk"}
        | {(owner, "account", name) for owner, name in platform.accounts.values()}
    )
    extra = [(e.owner, e.channel, e.value) for e in selectors.entries_for(None)]
    return render(request, "scamcheck/official_support.html", {"channels": channels + extra})


@require_http_methods(["GET", "POST"])
@actor_required
def check_page(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    form = {"kind": request.POST.get("kind", CheckKind.MESSAGE), "text": request.POST.get("text", "")}
    result: dict[str, Any] | None = None
    error, status = "", 200
    if request.method == "POST":
        try:
            result = explain(actions.run_check(actor=actor, kind=form["kind"], text=form["text"]))
        except DomainError as exc:
            error, status = str(exc.detail), exc.status
    context = {"form": form, "kinds": CheckKind.choices, "result": result, "error": error}
    return render(request, "scamcheck/check.html", context, status=status)


@require_POST
@actor_required
def report(request: HttpRequest) -> HttpResponse:
    try:
        report_id = actions.do_report_to_it(
            actor=_actor(request),
            kind=request.POST.get("kind", ""),
            text=request.POST.get("text", ""),
            note=request.POST.get("note", ""),
            request=request,
        )
    except DomainError as exc:
        flash.error(request, str(exc.detail))
    else:
        flash.success(request, _("Thank you. Your report #%(id)s was sent to your IT team.") % {"id": report_id})
    return HttpResponseRedirect(reverse("scamcheck:check"))


@require_http_methods(["GET", "POST"])
@actor_required
def contacts_page(request: HttpRequest) -> HttpResponse:
    findings: list[dict[str, Any]] | None = None
    error, status = "", 200
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            error, status = _("Choose a file to scan."), 400
        else:
            try:
                findings = actions.do_scan_contacts(
                    actor=_actor(request),
                    filename=upload.name or "",
                    content=upload.read(actions.MAX_SCAN_BYTES + 1),
                    request=request,
                )
            except DomainError as exc:
                error, status = str(exc.detail), exc.status
    return render(request, "scamcheck/contacts.html", {"findings": findings, "error": error}, status=status)


@require_http_methods(["GET", "POST"])
@actor_required
def directory_page(request: HttpRequest) -> HttpResponse:
    actor = _actor(request)
    can_org = actor.can(Perm.DIRECTORY_MANAGE)
    can_platform = actor.can(Perm.PLATFORM_DIRECTORY_MANAGE)
    error, status = "", 200
    if request.method == "POST":
        try:
            if request.POST.get("remove"):
                actions.do_remove_directory_entry(actor=actor, entry_id=int(request.POST["remove"]))
            else:
                actions.do_add_directory_entry(
                    actor=actor,
                    channel=request.POST.get("channel", ""),
                    value=request.POST.get("value", ""),
                    owner=request.POST.get("owner", ""),
                    note=request.POST.get("note", ""),
                    platform=request.POST.get("platform") == "1",
                )
            return HttpResponseRedirect(reverse("scamcheck:directory"))
        except (DomainError, ValueError) as exc:
            error = str(getattr(exc, "detail", _("Invalid request.")))
            status = getattr(exc, "status", 400)
    entries = list(selectors.visible_entries(actor=actor))
    context = {
        "entries": entries,
        "channels": Channel.choices,
        "can_org": can_org,
        "can_platform": can_platform,
        "error": error,
        "org_id": actor.organization_id,
    }
    return render(request, "scamcheck/directory.html", context, status=status)

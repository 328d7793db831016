"""Reads of the anti-impersonation app, always scoped to the actor."""

from __future__ import annotations

import threading

from django.db.models import Q, QuerySet
from django.utils.translation import gettext as _

from trustdesk.core.errors import NotFound
from trustdesk.scamcheck.engine import Checker, Entry, builtin_directory, get_checker
from trustdesk.scamcheck.models import OfficialEntry, ScamReport
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm

_lock = threading.Lock()
_checkers: dict[tuple[int | None, int], Checker] = {}


def entries_for(organization_id: int | None) -> QuerySet[OfficialEntry]:
    """Platform entries plus the organization's own."""
    q = Q(organization__isnull=True)
    if organization_id is not None:
        q |= Q(organization_id=organization_id)
    return OfficialEntry.objects.filter(q)


def checker_for(organization_id: int | None) -> Checker:
    """A checker that knows the platform's and the organization's directory entries.

    Checkers are cached per organization and keyed by the entries themselves (one small query per check),
    so a change made in any worker is seen by every worker on its next check without a shared cache.
    """
    rows = tuple(sorted(entries_for(organization_id).values_list("owner", "channel", "value")))
    key = (organization_id, hash(rows))
    with _lock:
        checker = _checkers.get(key)
    if checker is not None:
        return checker
    base = get_checker()
    checker = base if not rows else Checker(builtin_directory().with_entries(Entry(*r) for r in rows), base.model)
    with _lock:
        for old in [k for k in _checkers if k[0] == organization_id]:
            del _checkers[old]
        _checkers[key] = checker
    return checker


def visible_entries(*, actor: Actor) -> QuerySet[OfficialEntry]:
    """Everyone may read the directory that applies to them (it is what makes "official" checkable)."""
    return entries_for(actor.organization_id).order_by("organization_id", "channel", "value")


def get_entry_for_change(*, actor: Actor, entry_id: int) -> OfficialEntry:
    """An entry the actor may change: platform entries for platform admins, own-org entries for IT admins."""
    entry = OfficialEntry.objects.filter(pk=entry_id).first()
    if entry is None:
        raise NotFound(_("Directory entry not found."))
    if entry.organization_id is None and actor.can(Perm.PLATFORM_DIRECTORY_MANAGE):
        return entry
    if entry.organization_id == actor.organization_id and actor.can(Perm.DIRECTORY_MANAGE):
        return entry
    raise NotFound(_("Directory entry not found."))


def visible_reports(*, actor: Actor) -> QuerySet[ScamReport]:
    """IT/admin staff read their organization's reports; a reporter sees their own."""
    qs = ScamReport.objects.filter(organization_id=actor.organization_id)
    if actor.can(Perm.REPORT_READ):
        return qs
    return qs.filter(reporter_id=actor.user_id)


def get_report(*, actor: Actor, report_id: int) -> ScamReport:
    report = visible_reports(actor=actor).filter(pk=report_id).first()
    if report is None:
        raise NotFound(_("Report not found."))
    return report

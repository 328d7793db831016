from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from trustdesk.core.errors import AuthenticationRequired
from trustdesk.tenancy.actor import actor_for
from trustdesk.tenancy.permissions import Perm

# Pages beyond the ones every signed-in user has (Me, Help & Feedback, My devices), each shown only to roles that
# hold one of its permissions, so a newcomer finds the console of their role from any page. The pages
# themselves check permissions again; this list only decides what is linked.
ROLE_PAGES: tuple[tuple[str, Any, str, tuple[Perm, ...]], ...] = (
    ("desk:list", _("My support requests"), "nav-requests", (Perm.CONVERSATION_CREATE,)),
    ("desk:console", _("Agent console"), "nav-agent", (Perm.CONVERSATION_WORK,)),
    ("audit:search", _("Audit trail"), "nav-audit", (Perm.AUDIT_READ, Perm.AUDIT_PLATFORM_READ)),
    ("trust:inventory", _("Device inventory"), "nav-inventory", (Perm.DEVICE_MANAGE,)),
    ("trust:decisions", _("Recent decisions"), "nav-decisions", (Perm.DECISION_READ,)),
    ("scamcheck:directory", _("Official directory"), "nav-directory",
     (Perm.DIRECTORY_MANAGE, Perm.PLATFORM_DIRECTORY_MANAGE)),
)


def _role_pages(request: HttpRequest) -> list[dict[str, Any]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    actor = getattr(request, "actor", None)
    if actor is None:
        try:
            actor = actor_for(user)
        except AuthenticationRequired:
            return []
    return [
        {"url": reverse(name), "label": label, "testid": testid}
        for name, label, testid, perms in ROLE_PAGES
        if any(actor.can(p) for p in perms)
    ]


def shell(request: HttpRequest) -> dict[str, Any]:
    """What every page's frame needs: the language list, the text direction and the links of the user's role."""
    return {
        "td_languages": settings.LANGUAGES,
        "td_current_language": translation.get_language(),
        "td_dir": "rtl" if translation.get_language_bidi() else "ltr",
        "td_role_pages": _role_pages(request),
    }

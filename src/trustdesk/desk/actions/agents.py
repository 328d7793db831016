"""Agent and team administration: presence (which drains the queue), profiles, canned replies, regions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.core import clock
from trustdesk.core.errors import NotFound, ValidationFailed
from trustdesk.desk import events, selectors
from trustdesk.desk.actions.assignment import drain_queue
from trustdesk.desk.actions.common import MAX_BODY, _clean_text
from trustdesk.desk.choices import (
    Category,
    DeskAuditAction,
    Presence,
)
from trustdesk.desk.models import (
    AgentProfile,
    CannedReply,
    RegionOverride,
    Team,
)
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm


def set_presence(*, actor: Actor, presence: str, request: Any = None) -> AgentProfile:
    """Online / away / offline. Coming online (or back from away) pulls queued conversations."""
    if presence not in Presence.values:
        raise ValidationFailed(_("Unknown presence."))
    profile = selectors.agent_profile(actor=actor)
    if profile is None:
        raise NotFound(_("Not found."))
    with transaction.atomic():
        old = profile.presence
        AgentProfile.objects.filter(pk=profile.pk).update(presence=presence, presence_changed_at=clock.now())
        profile.presence = presence
        if old != presence:
            audit.record(
                action=DeskAuditAction.PRESENCE_SET,
                actor=actor,
                target=profile,
                request=request,
                reasons=[f"{old} -> {presence}"],
            )
            events.publish_on_commit(
                events.team_channel(profile.team_id),
                {"type": "presence", "agent": actor.user_id, "presence": presence},
            )
        if presence == Presence.ONLINE and old != presence:
            drain_queue(profile.team)
    return profile


def upsert_agent(
    *,
    actor: Actor | None,
    user: Any,
    team: Team,
    languages: Sequence[str] = (),
    skills: Sequence[str] = (),
    capacity: int = 5,
    is_lead: bool = False,
    is_specialist: bool = False,
) -> AgentProfile:
    """Create or update an agent profile (platform staff only). ``actor`` None: the operator's CLI/demo."""
    if actor is not None:
        actor.require(Perm.TEAM_MANAGE)
    membership = getattr(user, "membership", None)
    if membership is None or not membership.organization.is_platform:
        raise ValidationFailed(_("Only platform staff can be support agents."))
    if capacity < 0 or capacity > 100:
        raise ValidationFailed(_("Capacity must be between 0 and 100."))
    unknown = set(skills) - set(Category.values)
    if unknown:
        raise ValidationFailed(_("Unknown skills: %(skills)s") % {"skills": ", ".join(sorted(unknown))})
    with transaction.atomic():
        profile, _created = AgentProfile.objects.update_or_create(
            user=user,
            defaults={
                "team": team,
                "languages": list(languages),
                "skills": list(skills),
                "capacity": capacity,
                "is_lead": is_lead,
                "is_specialist": is_specialist,
            },
        )
        audit.record(
            action=DeskAuditAction.AGENT_UPDATE,
            actor=actor,
            organization=None,
            target=profile,
            extra={
                "team": team.key,
                "skills": list(skills),
                "languages": list(languages),
                "capacity": capacity,
            },
        )
    return profile


def create_canned_reply(*, actor: Actor, team_key: str, key: str, language: str, title: str, body: str) -> CannedReply:
    actor.require(Perm.TEAM_MANAGE)
    team = Team.objects.filter(key=team_key).first()
    if team is None:
        raise NotFound(_("Team not found."))
    title = _clean_text(title, field=_("Title"), limit=120)
    body = _clean_text(body, field=_("Text"), limit=MAX_BODY)
    with transaction.atomic():
        reply, _created = CannedReply.objects.update_or_create(
            team=team,
            key=key,
            language=language,
            defaults={"title": title, "body": body, "created_by": actor.user},
        )
        audit.record(
            action=DeskAuditAction.CANNED_REPLY_CREATE,
            actor=actor,
            target=reply,
            extra={"team": team.key, "key": key, "language": language},
        )
    return reply


def set_region_override(*, actor: Actor | None, user: Any, region: str | None) -> None:
    """Route a requester to another region's team than their organization's (None removes the override)."""
    if actor is not None:
        actor.require(Perm.USER_MANAGE)
        if getattr(user.membership, "organization_id", None) != actor.organization_id:
            raise NotFound(_("Not found."))
    with transaction.atomic():
        if region is None:
            RegionOverride.objects.filter(user=user).delete()
        else:
            RegionOverride.objects.update_or_create(user=user, defaults={"region": region})

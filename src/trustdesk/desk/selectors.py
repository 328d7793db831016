"""Reads of the support desk, always scoped to the actor.

Visibility: a requester sees their own conversations; an agent sees their team's conversations and any
conversation assigned to them; a team lead also sees the teams they lead. Anything else is "not found",
including another tenant's conversations (ids leak nothing). Internal notes and routing events are never
returned to the requester side.
"""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet

from trustdesk.core.errors import NotFound
from trustdesk.core.keystore import get_envelope
from trustdesk.desk.choices import ACTIVE_STATUSES, MessageKind
from trustdesk.desk.models import AgentProfile, Attachment, CannedReply, Conversation, Message, Team
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm

CONVERSATION_OBJECT = "desk.conversation.subject"
MESSAGE_OBJECT = "desk.message"
ATTACHMENT_OBJECT = "desk.attachment"
CSAT_OBJECT = "desk.conversation.csat"


def agent_profile(*, actor: Actor) -> AgentProfile | None:
    if not actor.is_platform or not actor.can(Perm.CONVERSATION_WORK):
        return None
    return AgentProfile.objects.select_related("team").filter(user_id=actor.user_id).first()


def is_agent(*, actor: Actor) -> bool:
    return actor.is_platform and actor.can(Perm.CONVERSATION_WORK)


def _agent_team_ids(actor: Actor) -> set[int]:
    ids = set(Team.objects.filter(lead_id=actor.user_id).values_list("pk", flat=True))
    profile = AgentProfile.objects.filter(user_id=actor.user_id).values_list("team_id", flat=True).first()
    if profile is not None:
        ids.add(int(profile))
    return ids


def _agent_visibility(actor: Actor) -> Q:
    """The agent's team, the teams they lead and their own assignments, as one condition (no extra queries:
    the hot path resolves a conversation in one statement)."""
    own_team = AgentProfile.objects.filter(user_id=actor.user_id).values("team_id")
    return Q(team_id__in=own_team) | Q(team__lead_id=actor.user_id) | Q(agent_id=actor.user_id)


def visible_conversations(*, actor: Actor) -> QuerySet[Conversation]:
    base = Conversation.objects.select_related("team", "agent", "requester", "organization")
    if is_agent(actor=actor):
        return base.filter(_agent_visibility(actor))
    if actor.can(Perm.CONVERSATION_CREATE) and not actor.is_platform:
        return base.filter(requester_id=actor.user_id, organization_id=actor.organization_id)
    return base.none()


def get_conversation(*, actor: Actor, conversation_id: int | str) -> Conversation:
    try:
        return visible_conversations(actor=actor).get(pk=int(conversation_id))
    except (Conversation.DoesNotExist, ValueError, TypeError):
        raise NotFound("Conversation not found.") from None


def get_conversation_to_write(*, actor: Actor, conversation_id: int | str) -> Conversation:
    """The same visibility as :func:`get_conversation`, loading only what the message and note writes use
    (organization and team, not the requester's and agent's user rows): the ORM's cost of a reply's lookup
    is mostly building the columns of the joined rows."""
    try:
        return (
            visible_conversations(actor=actor)
            .select_related(None)
            .select_related("organization", "team")
            .get(pk=int(conversation_id))
        )
    except (Conversation.DoesNotExist, ValueError, TypeError):
        raise NotFound("Conversation not found.") from None


def is_agent_side(*, actor: Actor, conversation: Conversation) -> bool:
    """The actor works on this conversation (as opposed to being its requester)."""
    return is_agent(actor=actor) and conversation.requester_id != actor.user_id


def works_for_team(*, actor: Actor, conversation: Conversation) -> bool:
    """A member agent of the conversation's team, or its lead (not merely an agent who can see it)."""
    team = conversation.team
    if team is None or not is_agent_side(actor=actor, conversation=conversation):
        return False
    if team.lead_id == actor.user_id:
        return True
    return AgentProfile.objects.filter(user_id=actor.user_id, team_id=team.pk).exists()


def requester_conversations(*, actor: Actor) -> QuerySet[Conversation]:
    return visible_conversations(actor=actor).filter(requester_id=actor.user_id).order_by("-created_at", "-id")


def team_queue(*, actor: Actor) -> QuerySet[Conversation]:
    """Unassigned, active conversations of the agent's teams, most urgent then oldest first."""
    if not is_agent(actor=actor):
        raise NotFound("Not found.")
    return (
        visible_conversations(actor=actor)
        .filter(agent__isnull=True, status__in=ACTIVE_STATUSES)
        .order_by("priority_rank", "created_at", "id")
    )


def my_conversations(*, actor: Actor, active_only: bool = True) -> QuerySet[Conversation]:
    if not is_agent(actor=actor):
        raise NotFound("Not found.")
    qs = Conversation.objects.select_related("team", "requester", "organization").filter(agent_id=actor.user_id)
    if active_only:
        qs = qs.filter(status__in=ACTIVE_STATUSES)
    return qs.order_by("priority_rank", "created_at", "id")


def visible_messages(*, actor: Actor, conversation: Conversation) -> QuerySet[Message]:
    """Messages of a conversation the actor can already see; notes and events only for the agent side."""
    qs = Message.objects.filter(conversation=conversation).select_related("author").prefetch_related("attachments")
    if not is_agent_side(actor=actor, conversation=conversation):
        qs = qs.filter(kind=MessageKind.MESSAGE)
    return qs.order_by("created_at", "id")


def _uuid(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound("Not found.") from None


def get_message(*, actor: Actor, conversation: Conversation, message_uuid: str) -> Message:
    try:
        return visible_messages(actor=actor, conversation=conversation).get(uuid=_uuid(message_uuid))
    except Message.DoesNotExist:
        raise NotFound("Message not found.") from None


def get_attachment(*, actor: Actor, attachment_uuid: str) -> Attachment:
    """An attachment of a message the actor can see (participants only; 404 otherwise)."""
    try:
        attachment = Attachment.objects.select_related("message").get(uuid=_uuid(attachment_uuid))
    except Attachment.DoesNotExist:
        raise NotFound("Attachment not found.") from None
    conversation = get_conversation(actor=actor, conversation_id=attachment.message.conversation_id)
    if not visible_messages(actor=actor, conversation=conversation).filter(pk=attachment.message_id).exists():
        raise NotFound("Attachment not found.")
    return attachment


# -- decryption (only through these helpers, so the binding is consistent) ---------------------------------


def subject_of(conversation: Conversation) -> str:
    return get_envelope().open_text(
        bytes(conversation.subject_sealed),
        org_id=conversation.organization_id,
        object_type=CONVERSATION_OBJECT,
        object_id=conversation.uuid,
    )


def body_of(message: Message, *, organization_id: int) -> str:
    return get_envelope().open_text(
        bytes(message.body_sealed), org_id=organization_id, object_type=MESSAGE_OBJECT, object_id=message.uuid
    )


def attachment_data(attachment: Attachment, *, organization_id: int) -> bytes:
    return get_envelope().open(
        bytes(attachment.data_sealed),
        org_id=organization_id,
        object_type=ATTACHMENT_OBJECT,
        object_id=attachment.uuid,
    )


def csat_comment_of(conversation: Conversation) -> str:
    if not conversation.csat_comment_sealed:
        return ""
    return get_envelope().open_text(
        bytes(conversation.csat_comment_sealed),
        org_id=conversation.organization_id,
        object_type=CSAT_OBJECT,
        object_id=conversation.uuid,
    )


# -- canned replies -----------------------------------------------------------------------------------------


def canned_replies(*, actor: Actor, language: str | None = None) -> QuerySet[CannedReply]:
    if not is_agent(actor=actor):
        raise NotFound("Not found.")
    qs = CannedReply.objects.filter(team_id__in=_agent_team_ids(actor)).order_by("key", "language")
    if language:
        qs = qs.filter(language__iexact=language)
    return qs


# -- metrics ------------------------------------------------------------------------------------------------


def _percentile(sorted_values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), on an already sorted list."""
    if len(sorted_values) == 1:
        return sorted_values[0]
    pos = (len(sorted_values) - 1) * q
    low = int(pos)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (pos - low)


def _summary(values: Iterable[float]) -> dict[str, float | int | None]:
    data = sorted(values)
    if not data:
        return {"count": 0, "median_minutes": None, "p90_minutes": None}
    return {
        "count": len(data),
        "median_minutes": round(statistics.median(data), 2),
        "p90_minutes": round(_percentile(data, 0.9), 2),
    }


def metrics(
    *, actor: Actor, since: datetime | None = None, until: datetime | None = None
) -> dict[str, dict[str, dict[str, Any]]]:
    """Median and 90th percentile of time to first response and to resolution, per team, region, priority.

    Wall-clock minutes from creation, over conversations created in ``[since, until)``. A conversation
    counts towards "first response" once answered and towards "resolution" once resolved.
    """
    if not actor.can(Perm.DESK_METRICS_READ):
        raise NotFound("Not found.")
    qs = Conversation.objects.all()
    if since is not None:
        qs = qs.filter(created_at__gte=since)
    if until is not None:
        qs = qs.filter(created_at__lt=until)
    rows = qs.values_list("team__key", "region", "priority", "created_at", "first_response_at", "resolved_at")
    first: dict[tuple[str, str], list[float]] = defaultdict(list)
    resolution: dict[tuple[str, str], list[float]] = defaultdict(list)
    for team_key, region, priority, created, responded, resolved in rows.iterator():
        keys = [("team", team_key or "none"), ("region", region or "none"), ("priority", priority)]
        for key in keys:
            if responded is not None:
                first[key].append((responded - created).total_seconds() / 60)
            if resolved is not None:
                resolution[key].append((resolved - created).total_seconds() / 60)
    out: dict[str, dict[str, dict[str, Any]]] = {"team": {}, "region": {}, "priority": {}}
    for dimension, value in sorted(set(first) | set(resolution)):
        out[dimension][value] = {
            "first_response": _summary(first.get((dimension, value), [])),
            "resolution": _summary(resolution.get((dimension, value), [])),
        }
    return out

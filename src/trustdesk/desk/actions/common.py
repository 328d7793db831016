"""Shared helpers of the desk actions: validation, sealing, events, load accounting, status changes."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.core.errors import NotFound, ValidationFailed
from trustdesk.core.keystore import get_envelope
from trustdesk.desk import events, selectors
from trustdesk.desk.choices import (
    RUNNING_STATUSES,
    STOPPED_STATUSES,
    DeskAuditAction,
    MessageKind,
    Side,
    Status,
)
from trustdesk.desk.models import (
    AgentProfile,
    Conversation,
    Message,
    RegionOverride,
    StatusChange,
)
from trustdesk.tenancy.actor import Actor

MAX_SUBJECT = 200


MAX_BODY = 10_000


MAX_CANDIDATES_TRIED = 25


QUEUE_DRAIN_BATCH = 50


def _clean_text(value: str, *, field: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationFailed(_("%(field)s must not be empty.") % {"field": field})
    if len(text) > limit:
        raise ValidationFailed(
            _("%(field)s is too long (at most %(limit)d characters).") % {"field": field, "limit": limit}
        )
    if "\x00" in text:
        raise ValidationFailed(_("%(field)s contains invalid characters.") % {"field": field})
    return text


def _seal(text: str, *, org_id: int, object_type: str, object_id: uuid.UUID) -> bytes:
    return get_envelope().seal_text(text, org_id=org_id, object_type=object_type, object_id=object_id)


def _display(user: Any) -> str:
    return str(user.display_name or user.email) if user is not None else ""


def _region_for(requester: Any, organization: Any) -> tuple[str, str | None]:
    override = RegionOverride.objects.filter(user_id=requester.pk).values_list("region", flat=True).first()
    return str(organization.home_region), (str(override) if override else None)


def _publish_conversation(conversation: Conversation, kind: str, **extra: Any) -> None:
    event = {"type": kind, "conversation": conversation.pk, **extra}
    events.publish_on_commit(events.conversation_channel(conversation.pk), event)
    events.publish_on_commit(events.user_channel(conversation.requester_id), event)
    if conversation.team_id is not None:
        events.publish_on_commit(events.team_channel(conversation.team_id), event)
    if conversation.agent_id is not None:
        events.publish_on_commit(events.user_channel(conversation.agent_id), event)


def _publish_requester_row(conversation: Conversation) -> None:
    """Tell the requester's "My requests" list to re-read this conversation's row (ids only).

    Routing and escalation can change who serves a conversation without an ``assignment`` event (a transfer or an
    SLA re-route that ends in the team queue, a specialist brought in), and each of them leaves a trace through
    :func:`_system_event`, which therefore calls this.  The list re-reads the row through the requester's
    selectors, so a duplicate of an ``assignment`` event costs one read and the trace's text never leaves here.
    """
    events.publish_on_commit(
        events.user_channel(conversation.requester_id), {"type": "routing", "conversation": conversation.pk}
    )


def _system_event(conversation: Conversation, text: str) -> Message:
    """An agent-side-only trace in the conversation (routing, transfers, escalations)."""
    message = Message(conversation=conversation, side=Side.SYSTEM, kind=MessageKind.EVENT, author=None)
    message.body_sealed = _seal(
        text,
        org_id=conversation.organization_id,
        object_type=selectors.MESSAGE_OBJECT,
        object_id=message.uuid,
    )
    message.save()
    _publish_requester_row(conversation)
    return message


def _require_agent_side(actor: Actor, conversation: Conversation) -> AgentProfile | None:
    if not selectors.is_agent_side(actor=actor, conversation=conversation):
        raise NotFound(_("Conversation not found."))
    return AgentProfile.objects.filter(user_id=actor.user_id).first()


def _adjust_load(agent_user_id: int | None, delta: int) -> None:
    if agent_user_id is None or delta == 0:
        return
    if delta > 0:
        AgentProfile.objects.filter(user_id=agent_user_id).update(load=F("load") + delta)
    else:
        AgentProfile.objects.filter(user_id=agent_user_id, load__gte=-delta).update(load=F("load") + delta)


def recount_load() -> int:
    """Rebuild every agent's load from the conversations (repair tool; returns the number of agents fixed)."""
    fixed = 0
    with transaction.atomic():
        for profile in AgentProfile.objects.select_for_update():
            actual = Conversation.objects.filter(agent_id=profile.user_id, status__in=RUNNING_STATUSES).count()
            if actual != profile.load:
                profile.load = actual
                profile.save(update_fields=["load"])
                fixed += 1
    return fixed


def _due(clock_state: Any) -> datetime | None:
    return clock_state.due_at if clock_state is not None else None


def _notify(user_id: int | None, conversation: Conversation, kind: str, reason: str) -> None:
    if user_id is None:
        return
    events.publish_on_commit(
        events.user_channel(user_id), {"type": kind, "conversation": conversation.pk, "reason": reason}
    )


def _new_message(conversation: Conversation, *, author: Any, side: str, kind: str, body: str) -> Message:
    message = Message(conversation=conversation, author=author, side=side, kind=kind)
    message.body_sealed = _seal(
        body,
        org_id=conversation.organization_id,
        object_type=selectors.MESSAGE_OBJECT,
        object_id=message.uuid,
    )
    message.save()
    message.plain_body = body  # type: ignore[attr-defined]  # not stored: lets the author's response skip a decrypt
    return message


def _set_status(conversation: Conversation, new: str, *, actor: Actor | None, now: datetime) -> str:
    old = conversation.status
    if old == new:
        return old
    was_running, is_running = old in RUNNING_STATUSES, new in RUNNING_STATUSES
    if conversation.agent_id is not None and was_running != is_running:
        _adjust_load(conversation.agent_id, 1 if is_running else -1)
    fields: dict[str, Any] = {"status": new}
    if new == Status.RESOLVED:
        fields["resolved_at"] = now
    elif new in RUNNING_STATUSES and old in STOPPED_STATUSES:
        fields["resolved_at"] = None
    Conversation.objects.filter(pk=conversation.pk).update(**fields)
    for key, value in fields.items():
        setattr(conversation, key, value)
    StatusChange.objects.create(
        conversation=conversation, status=new, at=now, actor=actor.user if actor is not None else None
    )
    return old


def _audit_conversation(
    conversation: Conversation,
    action: DeskAuditAction,
    *,
    actor: Actor | None,
    request: Any = None,
    reasons: list[str] | None = None,
    extra: dict[str, Any],
) -> None:
    """An audit event about a conversation, in the conversation's organization (not the actor's: the SLA
    worker has no actor, and every desk action on a conversation must land in its tenant's log)."""
    audit.record(
        action=action,
        actor=actor,
        organization=conversation.organization,
        target=conversation,
        request=request,
        reasons=reasons or [],
        extra=extra,
    )


def _audit_status(
    conversation: Conversation, action: DeskAuditAction, actor: Actor | None, request: Any, why: str
) -> None:
    _audit_conversation(
        conversation,
        action,
        actor=actor,
        request=request,
        reasons=[why] if why else [],
        extra={"status": conversation.status},
    )

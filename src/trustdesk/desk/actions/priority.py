"""Changing a conversation's priority: new SLA targets, rescheduled deadline checks, a new place in the queue."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from trustdesk.core import clock
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.desk import selectors
from trustdesk.desk.actions.clocks import refresh_sla
from trustdesk.desk.actions.common import _audit_conversation, _publish_conversation, _require_agent_side
from trustdesk.desk.choices import PRIORITY_RANK, DeskAuditAction, Priority, Status
from trustdesk.desk.models import Conversation
from trustdesk.tenancy.actor import Actor

MAX_REASON = 300


def set_priority(
    *, actor: Actor, conversation_id: int | str, priority: str, reason: str, request: Any = None
) -> Conversation:
    """Agents of the conversation's team and its lead re-prioritise it; the SLA clocks are re-derived with the
    new targets (time already spent still counts) and the next deadline check is rescheduled."""
    if priority not in Priority.values:
        raise ValidationFailed(_("Unknown priority."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(_("Give a reason for the priority change."))
    if len(reason) > MAX_REASON or "\x00" in reason:
        raise ValidationFailed(_("The reason is too long (at most %(limit)d characters).") % {"limit": MAX_REASON})
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        _require_agent_side(actor, conversation)
        if not selectors.works_for_team(actor=actor, conversation=conversation):
            raise NotFound(_("Conversation not found."))
        if conversation.status == Status.CLOSED:
            raise Conflict(_("This conversation is closed."))
        old = conversation.priority
        if old == priority:
            return conversation
        # Conditional on the priority read above: of two concurrent changes, the second sees a conflict
        # instead of silently auditing a wrong "from".
        updated = Conversation.objects.filter(pk=conversation.pk, priority=old).update(
            priority=priority, priority_rank=PRIORITY_RANK[Priority(priority)]
        )
        if not updated:
            raise Conflict(_("The priority was changed by someone else meanwhile. Reload and try again."))
        conversation.priority = priority
        conversation.priority_rank = PRIORITY_RANK[Priority(priority)]
        due_before = (conversation.first_response_due_at, conversation.resolution_due_at)
        refresh_sla(conversation, now=now)
        _audit_conversation(
            conversation,
            DeskAuditAction.CONVERSATION_PRIORITY,
            actor=actor,
            request=request,
            reasons=[reason],
            extra={
                "from": old,
                "to": priority,
                "first_response_due_at": _iso(conversation.first_response_due_at),
                "resolution_due_at": _iso(conversation.resolution_due_at),
                "due_before": [_iso(value) for value in due_before],
            },
        )
        _publish_conversation(conversation, "priority", priority=priority)
    return conversation


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None

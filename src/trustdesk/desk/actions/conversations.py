"""Conversation writes: Contact Support, messages and notes, take, transfer, status, reopen, CSAT."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.core import clock
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.core.keystore import get_envelope
from trustdesk.desk import events, routing, selectors
from trustdesk.desk.actions.assignment import (
    _attach_agent,
    _audit_assignment,
    _claim_agent,
    _decide,
    _route_and_assign,
    _unassign,
    drain_queue,
)
from trustdesk.desk.actions.clocks import refresh_sla
from trustdesk.desk.actions.common import (
    MAX_BODY,
    MAX_SUBJECT,
    _adjust_load,
    _audit_conversation,
    _audit_status,
    _clean_text,
    _display,
    _new_message,
    _notify,
    _publish_conversation,
    _region_for,
    _require_agent_side,
    _seal,
    _set_status,
)
from trustdesk.desk.choices import (
    PRIORITY_RANK,
    RUNNING_STATUSES,
    STOPPED_STATUSES,
    Category,
    DeskAuditAction,
    Escalation,
    MessageKind,
    Priority,
    Side,
    Status,
)
from trustdesk.desk.models import (
    AgentProfile,
    Attachment,
    Conversation,
    EscalationRecord,
    Message,
    StatusChange,
    Team,
)
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm


def create_conversation(
    *,
    actor: Actor,
    category: str,
    subject: str,
    body: str,
    preferred_language: str = "",
    priority: str = Priority.NORMAL,
    request: Any = None,
) -> Conversation:
    """Contact Support: the requester's first message, routed to the official team of their region."""
    actor.require(Perm.CONVERSATION_CREATE)
    if actor.is_platform:
        raise NotFound(_("Not found."))
    if category not in Category.values:
        raise ValidationFailed(_("Unknown category."))
    if priority not in Priority.values:
        raise ValidationFailed(_("Unknown priority."))
    subject = _clean_text(subject, field=_("Subject"), limit=MAX_SUBJECT)
    body = _clean_text(body, field=_("Description"), limit=MAX_BODY)
    language = (preferred_language or actor.user.language or actor.organization.default_language or "").strip()
    if len(language) > 16 or not all(ch.isalnum() or ch in "-_" for ch in language):
        raise ValidationFailed(_("Unknown language."))
    now = clock.now()
    home, override = _region_for(actor.user, actor.organization)
    with transaction.atomic():
        conversation = Conversation(
            organization=actor.organization,
            requester=actor.user,
            region=override or home,
            category=category,
            priority=priority,
            priority_rank=PRIORITY_RANK[Priority(priority)],
            status=Status.NEW,
            preferred_language=language,
            last_message_at=now,
            created_at=now,
        )
        conversation.subject_sealed = _seal(
            subject,
            org_id=actor.organization_id,
            object_type=selectors.CONVERSATION_OBJECT,
            object_id=conversation.uuid,
        )
        conversation.save()
        StatusChange.objects.create(conversation=conversation, status=Status.NEW, at=now, actor=actor.user)
        message = _new_message(
            conversation, author=actor.user, side=Side.REQUESTER, kind=MessageKind.MESSAGE, body=body
        )
        audit.record(
            action=DeskAuditAction.CONVERSATION_CREATE,
            actor=actor,
            target=conversation,
            request=request,
            extra={
                "category": category,
                "priority": priority,
                "language": language,
                "message": str(message.uuid),
            },
        )
        _route_and_assign(conversation, actor=actor, request=request)
        conversation.refresh_from_db()
        refresh_sla(conversation)
        _publish_conversation(conversation, "conversation.created")
    return conversation


def post_message(
    *,
    actor: Actor,
    conversation_id: int | str,
    body: str,
    request: Any = None,
    attachments: Sequence[Any] = (),
) -> Message:
    """A public message from either side; the first agent reply stops the first-response clock."""
    body = _clean_text(body, field=_("Message"), limit=MAX_BODY)
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation_to_write(actor=actor, conversation_id=conversation_id)
        agent_side = selectors.is_agent_side(actor=actor, conversation=conversation)
        if conversation.status == Status.CLOSED:
            raise Conflict(_("This conversation is closed. Please start a new one."))
        # The SLA clocks depend only on the status log and the first response: refreshed when either moves.
        sla_inputs_changed = False
        if agent_side and conversation.agent_id is None:
            _take(conversation, actor=actor, request=request, now=now)
            sla_inputs_changed = True
        message = _new_message(
            conversation,
            author=actor.user,
            side=Side.AGENT if agent_side else Side.REQUESTER,
            kind=MessageKind.MESSAGE,
            body=body,
        )
        stored = [_store_attachment(conversation, message, upload) for upload in attachments]
        _remember_attachments(message, stored)
        update: dict[str, Any] = {"last_message_at": now}
        if agent_side and conversation.first_response_at is None:
            update["first_response_at"] = now
            sla_inputs_changed = True
        Conversation.objects.filter(pk=conversation.pk).update(**update)
        for key, value in update.items():
            setattr(conversation, key, value)
        if agent_side and conversation.status == Status.NEW:
            _set_status(conversation, Status.OPEN, actor=actor, now=now)
            sla_inputs_changed = True
        elif not agent_side and conversation.status in (Status.WAITING, Status.RESOLVED):
            reopened = conversation.status == Status.RESOLVED
            _set_status(conversation, Status.OPEN, actor=actor, now=now)
            sla_inputs_changed = True
            if reopened:
                _audit_status(conversation, DeskAuditAction.CONVERSATION_REOPEN, actor, request, "requester replied")
        audit.record(
            action=DeskAuditAction.MESSAGE_CREATE,
            actor=actor,
            organization=conversation.organization,
            target=message,
            request=request,
            extra={"conversation": conversation.pk, "side": message.side, "attachments": len(attachments)},
        )
        if sla_inputs_changed:
            refresh_sla(conversation, now=now)
        _publish_conversation(conversation, "message", message=str(message.uuid))
    return message


def _remember_attachments(message: Message, stored: list[Attachment]) -> None:
    """The caller renders the new message at once: give it its attachments without reading them back."""
    cached = Attachment.objects.filter(message=message)
    cached._result_cache = stored
    cached._prefetch_done = True  # type: ignore[attr-defined]
    message._prefetched_objects_cache = {"attachments": cached}  # type: ignore[attr-defined]


def _store_attachment(conversation: Conversation, message: Message, upload: Any) -> Attachment:
    """``upload`` is a :class:`trustdesk.core.uploads.CheckedUpload` plus its bytes as ``(checked, data)``."""
    checked, data = upload
    attachment = Attachment(
        message=message,
        filename=checked.filename,
        content_type=checked.content_type,
        size=len(data),
        sha256=checked.sha256,
    )
    attachment.data_sealed = get_envelope().seal(
        data,
        org_id=conversation.organization_id,
        object_type=selectors.ATTACHMENT_OBJECT,
        object_id=attachment.uuid,
    )
    attachment.save()
    audit.record(
        action=DeskAuditAction.ATTACHMENT_CREATE,
        actor=message.author,  # the uploader (a user; the organization is the conversation's)
        organization=conversation.organization,
        target=attachment,
        extra={"conversation": conversation.pk, "content_type": checked.content_type, "size": len(data)},
    )
    return attachment


def add_note(*, actor: Actor, conversation_id: int | str, body: str, request: Any = None) -> Message:
    """An internal note: agents only, never shown or streamed to the requester."""
    body = _clean_text(body, field=_("Note"), limit=MAX_BODY)
    with transaction.atomic():
        conversation = selectors.get_conversation_to_write(actor=actor, conversation_id=conversation_id)
        _require_agent_side(actor, conversation)
        note = _new_message(conversation, author=actor.user, side=Side.AGENT, kind=MessageKind.NOTE, body=body)
        audit.record(
            action=DeskAuditAction.NOTE_CREATE,
            actor=actor,
            organization=conversation.organization,
            target=note,
            request=request,
            extra={"conversation": conversation.pk},
        )
        events.publish_on_commit(
            events.conversation_channel(conversation.pk),
            {"type": "note", "conversation": conversation.pk, "message": str(note.uuid)},
        )
    return note


def _claim(conversation: Conversation, user_id: int, *, now: datetime) -> None:
    """Assign an unassigned conversation to ``user_id`` atomically (Conflict if someone was faster)."""
    updated = Conversation.objects.filter(pk=conversation.pk, agent__isnull=True).update(
        agent_id=user_id, assigned_at=now, queued_at=None
    )
    if not updated:
        raise Conflict(_("Another agent has already taken this conversation."))
    conversation.agent_id = user_id
    if conversation.status in RUNNING_STATUSES:
        _adjust_load(user_id, 1)
    AgentProfile.objects.filter(user_id=user_id).update(last_assigned_at=now)


def _take(conversation: Conversation, *, actor: Actor, request: Any, now: datetime) -> None:
    _claim(conversation, actor.user_id, now=now)
    if conversation.status == Status.NEW:
        _set_status(conversation, Status.OPEN, actor=actor, now=now)
    _audit_conversation(
        conversation,
        DeskAuditAction.CONVERSATION_ASSIGN,
        actor=actor,
        request=request,
        reasons=[f"taken by {_display(actor.user)} from the team queue"],
        extra={"agent": actor.user_id, "why": "take"},
    )
    _publish_conversation(conversation, "assignment", agent=actor.user_id)


def take_conversation(*, actor: Actor, conversation_id: int | str, request: Any = None) -> Conversation:
    """An agent takes an unassigned conversation of their team (manual take may exceed capacity)."""
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        _require_agent_side(actor, conversation)
        if conversation.status in STOPPED_STATUSES:
            raise Conflict(_("This conversation is already resolved."))
        if conversation.agent_id == actor.user_id:
            return conversation
        _take(conversation, actor=actor, request=request, now=now)
        refresh_sla(conversation, now=now)
    conversation.refresh_from_db()
    return conversation


def transfer_conversation(
    *,
    actor: Actor,
    conversation_id: int | str,
    to_agent_id: int | None = None,
    to_team: str | None = None,
    to_specialist: bool = False,
    reason: str = "",
    request: Any = None,
) -> Conversation:
    """Hand over to a named agent, another team (routed there), or a specialist of the category."""
    if sum(bool(x) for x in (to_agent_id, to_team, to_specialist)) != 1:
        raise ValidationFailed(_("Choose exactly one of: an agent, a team, a specialist."))
    reason = (reason or "").strip()[:300]
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        _require_agent_side(actor, conversation)
        if conversation.status in STOPPED_STATUSES:
            raise Conflict(_("This conversation is already resolved."))
        previous = conversation.agent_id
        why = f"transfer by {_display(actor.user)}" + (f": {reason}" if reason else "")
        if to_agent_id is not None:
            target = AgentProfile.objects.select_related("team", "user").filter(user_id=to_agent_id).first()
            if target is None:
                raise NotFound(_("Agent not found."))
            _unassign(conversation)
            Conversation.objects.filter(pk=conversation.pk).update(team=target.team)
            conversation.team = target.team
            _take_for(conversation, target, actor=actor, request=request, now=now, why=why)
        elif to_team is not None:
            if not Team.objects.filter(key=to_team).exists():
                raise NotFound(_("Team not found."))
            _unassign(conversation)
            exclude = frozenset({previous}) if previous is not None else frozenset()
            _route_and_assign(
                conversation,
                actor=actor,
                request=request,
                team_key=to_team,
                exclude_user_ids=exclude,
                why=why,
            )
        else:
            team_key = conversation.team.key if conversation.team is not None else None
            decision = _decide(conversation, role=routing.Role.SPECIALIST, require_skill=True, team_key=team_key)
            claim = _claim_agent(decision)
            if claim is None:
                raise Conflict(_("No specialist for this category is available right now."))
            _unassign(conversation)
            if not _attach_agent(conversation, claim, now=now):
                raise Conflict(_("Another agent has already taken this conversation."))
            _audit_assignment(conversation, decision, claim, actor=actor, request=request, why=why)
            EscalationRecord.objects.create(
                conversation=conversation,
                kind=Escalation.SPECIALIST,
                reason=why[:300],
                notified_id=claim.user_id,
            )
            _notify(claim.user_id, conversation, "assigned", why)
            _publish_conversation(conversation, "assignment", agent=claim.user_id)
        _audit_conversation(
            conversation,
            DeskAuditAction.CONVERSATION_TRANSFER,
            actor=actor,
            request=request,
            reasons=[why],
            extra={
                "from": previous,
                "to_agent": to_agent_id,
                "to_team": to_team,
                "specialist": to_specialist,
            },
        )
        if previous is not None and previous != conversation.agent_id:
            _notify(previous, conversation, "transfer", why)
        conversation.refresh_from_db()
        refresh_sla(conversation, now=now)
        if previous is not None and previous != conversation.agent_id:
            old_profile = AgentProfile.objects.select_related("team").filter(user_id=previous).first()
            if old_profile is not None:
                drain_queue(old_profile.team)  # the previous agent has capacity again
    return conversation


def _take_for(
    conversation: Conversation, target: AgentProfile, *, actor: Actor, request: Any, now: datetime, why: str
) -> None:
    """Direct assignment to a named agent (a deliberate human decision: capacity is advisory here)."""
    _claim(conversation, target.user_id, now=now)
    _audit_conversation(
        conversation,
        DeskAuditAction.CONVERSATION_ASSIGN,
        actor=actor,
        request=request,
        reasons=[f"team {target.team.key}: transfer; agent {_display(target.user)}: chosen by {actor.user_id}"],
        extra={"agent": target.user_id, "why": why, "load": [target.load, target.capacity]},
    )
    _notify(target.user_id, conversation, "assigned", why)
    _publish_conversation(conversation, "assignment", agent=target.user_id)


def set_status(*, actor: Actor, conversation_id: int | str, status: str, request: Any = None) -> Conversation:
    """Agent-side status changes: open, waiting on the customer (pauses SLA), resolved, closed."""
    if status not in Status.values:
        raise ValidationFailed(_("Unknown status."))
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        _require_agent_side(actor, conversation)
        old = conversation.status
        if old == status:
            return conversation
        if old == Status.CLOSED:
            raise Conflict(_("This conversation is closed."))
        if status == Status.NEW:
            raise ValidationFailed(_("A conversation cannot go back to new."))
        _set_status(conversation, status, actor=actor, now=now)
        action = {
            Status.RESOLVED: DeskAuditAction.CONVERSATION_RESOLVE,
        }.get(Status(status), DeskAuditAction.CONVERSATION_STATUS)
        if old in STOPPED_STATUSES and status in RUNNING_STATUSES:
            action = DeskAuditAction.CONVERSATION_REOPEN
        _audit_status(conversation, action, actor, request, f"{old} -> {status}")
        refresh_sla(conversation, now=now)
        _publish_conversation(conversation, "status", status=status)
        if conversation.team is not None and old in RUNNING_STATUSES and status not in RUNNING_STATUSES:
            drain_queue(conversation.team)  # capacity was freed
    return conversation


def resolve_conversation(*, actor: Actor, conversation_id: int | str, request: Any = None) -> Conversation:
    return set_status(actor=actor, conversation_id=conversation_id, status=Status.RESOLVED, request=request)


def reopen_conversation(*, actor: Actor, conversation_id: int | str, request: Any = None) -> Conversation:
    """Either side may reopen a resolved (not closed) conversation; the resolution clock resumes."""
    now = clock.now()
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        if conversation.status != Status.RESOLVED:
            raise Conflict(_("Only a resolved conversation can be reopened."))
        _set_status(conversation, Status.OPEN, actor=actor, now=now)
        _audit_status(conversation, DeskAuditAction.CONVERSATION_REOPEN, actor, request, "reopened")
        refresh_sla(conversation, now=now)
        _publish_conversation(conversation, "status", status=Status.OPEN)
    return conversation


def submit_csat(
    *, actor: Actor, conversation_id: int | str, score: int, comment: str = "", request: Any = None
) -> Conversation:
    """The requester rates a resolved conversation once (1-5)."""
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise ValidationFailed(_("The rating must be a whole number from 1 to 5."))
    comment = (comment or "").strip()
    if len(comment) > 2000:
        raise ValidationFailed(_("The comment is too long."))
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        if conversation.requester_id != actor.user_id:
            raise NotFound(_("Conversation not found."))
        if conversation.status not in STOPPED_STATUSES:
            raise Conflict(_("You can rate the conversation once it is resolved."))
        sealed = (
            get_envelope().seal_text(
                comment,
                org_id=conversation.organization_id,
                object_type=selectors.CSAT_OBJECT,
                object_id=conversation.uuid,
            )
            if comment
            else None
        )
        updated = Conversation.objects.filter(pk=conversation.pk, csat_score__isnull=True).update(
            csat_score=score, csat_comment_sealed=sealed, csat_at=clock.now()
        )
        if not updated:
            raise Conflict(_("You have already rated this conversation."))
        audit.record(
            action=DeskAuditAction.CSAT_SUBMIT,
            actor=actor,
            target=conversation,
            request=request,
            extra={"score": score},
        )
        _publish_conversation(conversation, "csat", score=score)
    conversation.refresh_from_db()
    return conversation

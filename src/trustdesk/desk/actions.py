"""Writes of the support desk: one transaction each, audited inside it, events published after commit.

Assignment is the delicate part. Two workers (web requests, task workers, several server processes) may route
at the same time, so an agent's capacity and a conversation's "unassigned" state are claimed with
*conditional* updates, which are atomic on SQLite and PostgreSQL alike:

* ``UPDATE agent SET load = load + 1 WHERE id = ? AND load < capacity AND presence = 'online'``
* ``UPDATE conversation SET agent = ? WHERE id = ? AND agent IS NULL``

On PostgreSQL the candidate agent rows are first locked with ``SELECT ... FOR UPDATE SKIP LOCKED`` so that
concurrent assigners spread over different agents instead of queueing behind the same row lock (Chatwoot's
approach). If the conversation turns out to be taken already, the savepoint rolls the capacity claim back.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from trustdesk import audit
from trustdesk.core import clock
from trustdesk.core.errors import Conflict, NotFound, ValidationFailed
from trustdesk.core.keystore import get_envelope
from trustdesk.desk import events, routing, selectors
from trustdesk.desk.calendar import BusinessCalendar
from trustdesk.desk.choices import (
    ACTIVE_STATUSES,
    PRIORITY_RANK,
    RUNNING_STATUSES,
    STOPPED_STATUSES,
    Category,
    DeskAuditAction,
    Escalation,
    MessageKind,
    Presence,
    Priority,
    Side,
    Status,
)
from trustdesk.desk.models import (
    DEFAULT_SLA_POLICY,
    AgentProfile,
    Attachment,
    CannedReply,
    Conversation,
    EscalationRecord,
    Message,
    RegionOverride,
    StatusChange,
    Team,
)
from trustdesk.desk.sla import ClockState, SlaPolicy, Transition, evaluate
from trustdesk.tenancy.actor import Actor
from trustdesk.tenancy.permissions import Perm

MAX_SUBJECT = 200
MAX_BODY = 10_000
MAX_CANDIDATES_TRIED = 25
QUEUE_DRAIN_BATCH = 50


# -- helpers ------------------------------------------------------------------------------------------------


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
    return message


def _require_agent_side(actor: Actor, conversation: Conversation) -> AgentProfile | None:
    if not selectors.is_agent_side(actor=actor, conversation=conversation):
        raise NotFound(_("Conversation not found."))
    return AgentProfile.objects.filter(user_id=actor.user_id).first()


# -- load accounting ----------------------------------------------------------------------------------------


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


# -- SLA ----------------------------------------------------------------------------------------------------


def refresh_sla(conversation: Conversation, *, now: datetime | None = None) -> None:
    """Re-derive due times from the status log and schedule the next check (event-driven, no polling)."""
    now = now or clock.now()
    team = conversation.team
    calendar = team.business_calendar() if team is not None else BusinessCalendar.always_open("UTC")
    policy = team.policy() if team is not None else SlaPolicy.from_dict(DEFAULT_SLA_POLICY)
    history = [
        Transition(at, status)
        for at, status in StatusChange.objects.filter(conversation=conversation).values_list("at", "status")
    ]
    if not history:
        return
    status = evaluate(
        calendar,
        policy,
        conversation.priority,
        history,
        now=now,
        first_response_at=conversation.first_response_at,
    )
    first, resolution = status.first_response, status.resolution
    conversation.first_response_due_at = first.due_at if first is not None else None
    conversation.resolution_due_at = resolution.due_at if resolution is not None else None
    previous = conversation.sla_next_check_at
    upcoming = status.next_deadline()
    # A breach or risk already reached but not yet handled must be checked now.
    pending = _unhandled_levels(conversation, status)
    if pending:
        upcoming = now
    conversation.sla_next_check_at = upcoming
    Conversation.objects.filter(pk=conversation.pk).update(
        first_response_due_at=conversation.first_response_due_at,
        resolution_due_at=conversation.resolution_due_at,
        sla_next_check_at=upcoming,
    )
    if upcoming is not None and upcoming != previous:
        from trustdesk.desk.tasks import schedule_sla_check

        conversation_id = conversation.pk
        transaction.on_commit(lambda: schedule_sla_check(conversation_id, upcoming))


def _unhandled_levels(conversation: Conversation, status: Any) -> list[str]:
    pending = []
    first, resolution = status.first_response, status.resolution
    if first is not None and first.state is ClockState.BREACHED and conversation.first_response_breached_at is None:
        pending.append("first_response_breach")
    if resolution is not None:
        if resolution.state is ClockState.BREACHED and conversation.resolution_breached_at is None:
            pending.append("resolution_breach")
        if (
            resolution.state is ClockState.RUNNING
            and status.at_risk("resolution")
            and conversation.escalated_to_specialist_at is None
        ):
            pending.append("resolution_risk")
    return pending


def check_sla(conversation_id: int) -> list[str]:
    """Handle every SLA level reached by now, exactly once each; returns what was handled.

    Runs as a scheduled task at the due/risk instants. Each level is claimed with a conditional update on its
    timestamp column, so a duplicate or late task run does nothing twice.
    """
    handled: list[str] = []
    with transaction.atomic():
        conversation = Conversation.objects.select_related("team", "organization").filter(pk=conversation_id).first()
        if conversation is None:
            return handled
        now = clock.now()
        team = conversation.team
        if team is None:
            refresh_sla(conversation, now=now)
            return handled
        history = [
            Transition(at, status)
            for at, status in StatusChange.objects.filter(conversation=conversation).values_list("at", "status")
        ]
        status = evaluate(
            team.business_calendar(),
            team.policy(),
            conversation.priority,
            history,
            now=now,
            first_response_at=conversation.first_response_at,
        )
        for level in _unhandled_levels(conversation, status):
            if level == "first_response_breach":
                claimed = Conversation.objects.filter(
                    pk=conversation.pk, first_response_breached_at__isnull=True
                ).update(first_response_breached_at=now)
                if claimed:
                    conversation.first_response_breached_at = now
                    _on_first_response_breach(conversation, now=now, due=_due(status.first_response))
                    handled.append(level)
            elif level == "resolution_breach":
                claimed = Conversation.objects.filter(pk=conversation.pk, resolution_breached_at__isnull=True).update(
                    resolution_breached_at=now
                )
                if claimed:
                    conversation.resolution_breached_at = now
                    _on_resolution_breach(conversation, now=now, due=_due(status.resolution))
                    handled.append(level)
            elif level == "resolution_risk":
                claimed = Conversation.objects.filter(
                    pk=conversation.pk, escalated_to_specialist_at__isnull=True
                ).update(escalated_to_specialist_at=now)
                if claimed:
                    conversation.escalated_to_specialist_at = now
                    _on_resolution_risk(conversation, now=now, due=_due(status.resolution))
                    handled.append(level)
        conversation.refresh_from_db()
        refresh_sla(conversation, now=now)
    return handled


def _due(clock_state: Any) -> datetime | None:
    return clock_state.due_at if clock_state is not None else None


def _notify(user_id: int | None, conversation: Conversation, kind: str, reason: str) -> None:
    if user_id is None:
        return
    events.publish_on_commit(
        events.user_channel(user_id), {"type": kind, "conversation": conversation.pk, "reason": reason}
    )


def _team_lead_id(team: Team) -> int | None:
    if team.lead_id is not None:
        return int(team.lead_id)
    lead = AgentProfile.objects.filter(team=team, is_lead=True).order_by("pk").values_list("user_id", flat=True)
    first = lead.first()
    return int(first) if first is not None else None


def _escalate(conversation: Conversation, kind: str, reason: str, notified: int | None) -> None:
    EscalationRecord.objects.create(conversation=conversation, kind=kind, reason=reason[:300], notified_id=notified)
    audit.record(
        action=DeskAuditAction.CONVERSATION_ESCALATE,
        actor=None,
        organization=conversation.organization,
        target=conversation,
        reasons=[reason],
        extra={"kind": kind, "notified": notified},
    )
    _notify(notified, conversation, "escalation", reason)
    _system_event(conversation, reason)


def _on_first_response_breach(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    """Escalate to the team lead and re-route (away from the agent who did not answer, if any)."""
    assert conversation.team is not None
    due_text = due.isoformat() if due is not None else "?"
    audit.record(
        action=DeskAuditAction.SLA_BREACH,
        actor=None,
        organization=conversation.organization,
        target=conversation,
        reasons=[f"first response due {due_text} missed"],
        extra={"clock": "first_response", "due": due_text},
    )
    lead = _team_lead_id(conversation.team)
    reason = f"first response SLA breached (due {due_text}); team lead notified"
    _escalate(conversation, Escalation.LEAD, reason, lead)
    Conversation.objects.filter(pk=conversation.pk).update(escalated_to_lead_at=now)
    previous = conversation.agent_id
    exclude = frozenset({previous}) if previous is not None else frozenset()
    _unassign(conversation)
    _route_and_assign(conversation, actor=None, request=None, exclude_user_ids=exclude, why="re-routed after breach")


def _on_resolution_breach(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    assert conversation.team is not None
    due_text = due.isoformat() if due is not None else "?"
    audit.record(
        action=DeskAuditAction.SLA_BREACH,
        actor=None,
        organization=conversation.organization,
        target=conversation,
        reasons=[f"resolution due {due_text} missed"],
        extra={"clock": "resolution", "due": due_text},
    )
    lead = _team_lead_id(conversation.team)
    reason = f"resolution SLA breached (due {due_text}); team lead notified"
    _escalate(conversation, Escalation.LEAD, reason, lead)


def _on_resolution_risk(conversation: Conversation, *, now: datetime, due: datetime | None) -> None:
    """Bring in a specialist for the category; without one available, tell the lead."""
    assert conversation.team is not None
    due_text = due.isoformat() if due is not None else "?"
    current = frozenset({conversation.agent_id}) if conversation.agent_id is not None else frozenset()
    decision = _decide(
        conversation,
        role=routing.Role.SPECIALIST,
        require_skill=True,
        team_key=conversation.team.key,
        exclude_user_ids=current,
    )
    claimed = _claim_agent(decision) if decision.team is not None else None
    if claimed is not None:
        previous = conversation.agent_id
        _unassign(conversation)
        if _attach_agent(conversation, claimed, now=now):
            reason = f"resolution at risk (due {due_text}); specialist: " + "; ".join(decision.reasons[1:])
            _escalate(conversation, Escalation.SPECIALIST, reason, claimed.user_id)
            _audit_assignment(conversation, decision, claimed, actor=None, request=None, why="specialist")
            if previous is not None:
                _notify(previous, conversation, "transfer", reason)
            return
        _release_claim(claimed)
    lead = _team_lead_id(conversation.team)
    reason = f"resolution at risk (due {due_text}); no specialist available, team lead notified"
    _escalate(conversation, Escalation.LEAD, reason, lead)


# -- routing and assignment ---------------------------------------------------------------------------------


def _team_profiles() -> list[routing.TeamProfile]:
    return [
        routing.TeamProfile(
            key=t.key,
            name=t.name,
            regions=frozenset(t.regions),
            languages=tuple(t.languages),
            skills=frozenset(t.skills),
            fallback=t.fallback,
        )
        for t in Team.objects.all()
    ]


def _agent_profiles(team_key: str) -> list[routing.AgentProfile]:
    rows = AgentProfile.objects.filter(team__key=team_key).select_related("user", "team")
    out = []
    for row in rows:
        roles = set()
        if row.is_lead:
            roles.add(routing.Role.LEAD)
        if row.is_specialist:
            roles.add(routing.Role.SPECIALIST)
        out.append(
            routing.AgentProfile(
                id=row.user_id,
                name=_display(row.user),
                team=row.team.key,
                languages=tuple(row.languages),
                skills=frozenset(row.skills),
                presence=routing.Presence(row.presence),
                capacity=row.capacity,
                load=row.load,
                last_assigned_at=row.last_assigned_at,
                roles=frozenset(roles),
            )
        )
    return out


def _decide(
    conversation: Conversation,
    *,
    team_key: str | None = None,
    role: routing.Role | None = None,
    require_skill: bool = False,
    exclude_user_ids: frozenset[int] = frozenset(),
) -> routing.RoutingDecision:
    home, override = _region_for(conversation.requester, conversation.organization)
    request = routing.RoutingRequest(
        region=home,
        region_override=override,
        skill=conversation.category,
        language=conversation.preferred_language or None,
        team=team_key,
        role=role,
        exclude_agents=frozenset(exclude_user_ids),
        require_skill=require_skill,
    )
    teams = _team_profiles()
    team, _reason = routing.choose_team(request, teams)
    agents = _agent_profiles(team.key) if team is not None else []
    return routing.route(request, teams, agents)


@dataclass(frozen=True)
class _Claim:
    user_id: int
    rank: int


def _claim_agent(decision: routing.RoutingDecision) -> _Claim | None:
    """Take one unit of capacity from the best candidate that still has it (see module docstring).

    On PostgreSQL each candidate row is locked with ``FOR UPDATE SKIP LOCKED`` before the conditional update,
    one at a time, so this transaction holds at most the one agent lock it claimed and never waits: two
    assigners cannot deadlock, and a busy row sends the second one to the next candidate.
    """
    ranked = [int(c.agent.id) for c in decision.candidates[:MAX_CANDIDATES_TRIED]]
    now = clock.now()
    skip_locked = connection.features.has_select_for_update_skip_locked
    for rank, user_id in enumerate(ranked):
        available = AgentProfile.objects.filter(user_id=user_id, presence=Presence.ONLINE, load__lt=F("capacity"))
        if skip_locked:
            row = available.select_for_update(skip_locked=True).values_list("pk", flat=True).first()
            if row is None:
                continue
            available = AgentProfile.objects.filter(pk=row, load__lt=F("capacity"))
        if available.update(load=F("load") + 1, last_assigned_at=now):
            return _Claim(user_id, rank)
    return None


def _release_claim(claim: _Claim) -> None:
    _adjust_load(claim.user_id, -1)


def _attach_agent(conversation: Conversation, claim: _Claim, *, now: datetime) -> bool:
    """Set the agent if the conversation is still unassigned (the claimed capacity needs a running status)."""
    status = Status.OPEN if conversation.status in (Status.NEW, Status.OPEN) else conversation.status
    updated = Conversation.objects.filter(pk=conversation.pk, agent__isnull=True).update(
        agent_id=claim.user_id, assigned_at=now, queued_at=None, status=status
    )
    if not updated:
        return False
    if status != conversation.status:
        StatusChange.objects.create(conversation=conversation, status=status, at=now)
    if status not in RUNNING_STATUSES:
        _adjust_load(claim.user_id, -1)  # a waiting conversation holds no capacity
    conversation.refresh_from_db()
    return True


def _unassign(conversation: Conversation) -> None:
    if conversation.agent_id is None:
        return
    if conversation.status in RUNNING_STATUSES:
        _adjust_load(conversation.agent_id, -1)
    Conversation.objects.filter(pk=conversation.pk).update(agent=None, assigned_at=None)
    conversation.agent_id = None
    conversation.agent = None


def _audit_assignment(
    conversation: Conversation,
    decision: routing.RoutingDecision,
    claim: _Claim | None,
    *,
    actor: Actor | None,
    request: Any,
    why: str,
) -> None:
    reasons = list(decision.reasons)
    if claim is not None and claim.rank > 0:
        reasons.append(f"{claim.rank} better-ranked agent(s) were taken by concurrent assignments")
    facts = decision.as_audit()
    if claim is not None:
        facts["agent"] = claim.user_id
    facts["why"] = why
    audit.record(
        action=DeskAuditAction.CONVERSATION_ASSIGN if claim is not None else DeskAuditAction.CONVERSATION_QUEUE,
        actor=actor,
        organization=conversation.organization,
        target=conversation,
        reasons=reasons,
        request=request,
        extra=facts,
    )


def _route_and_assign(
    conversation: Conversation,
    *,
    actor: Actor | None,
    request: Any,
    team_key: str | None = None,
    exclude_user_ids: frozenset[int] = frozenset(),
    why: str = "new conversation",
) -> routing.RoutingDecision:
    """Route, claim an agent atomically, else leave the conversation in its team's queue. Audited."""
    now = clock.now()
    decision = _decide(conversation, team_key=team_key, exclude_user_ids=exclude_user_ids)
    team = Team.objects.filter(key=decision.team.key).first() if decision.team is not None else None
    if team is not None and conversation.team_id != team.pk:
        Conversation.objects.filter(pk=conversation.pk).update(team=team)
        conversation.team = team
    claim: _Claim | None = None
    if team is not None:
        for _attempt in range(3):
            candidate = _claim_agent(decision)
            if candidate is None:
                break
            with transaction.atomic():
                if _attach_agent(conversation, candidate, now=now):
                    claim = candidate
                    break
            _release_claim(candidate)
            conversation.refresh_from_db()
            if conversation.agent_id is not None:
                break  # someone else assigned it meanwhile: nothing to do
    if claim is None and conversation.agent_id is None:
        Conversation.objects.filter(pk=conversation.pk, queued_at__isnull=True).update(queued_at=now)
        conversation.queued_at = conversation.queued_at or now
    if claim is not None or conversation.agent_id is None:
        _audit_assignment(conversation, decision, claim, actor=actor, request=request, why=why)
    text = "; ".join(decision.reasons)
    _system_event(conversation, f"{why}: {text}")
    if claim is not None:
        _notify(claim.user_id, conversation, "assigned", text)
        _publish_conversation(conversation, "assignment", agent=claim.user_id)
    elif team is not None:
        events.publish_on_commit(events.team_channel(team.pk), {"type": "queue", "conversation": conversation.pk})
    return decision


def drain_queue(team: Team, *, limit: int = QUEUE_DRAIN_BATCH) -> int:
    """Assign queued conversations of ``team`` while agents have capacity; most urgent, then oldest first."""
    assigned = 0
    with transaction.atomic():
        qs = Conversation.objects.filter(team=team, agent__isnull=True, status__in=ACTIVE_STATUSES).order_by(
            "priority_rank", "created_at", "id"
        )
        if connection.features.has_select_for_update_skip_locked:
            qs = qs.select_for_update(skip_locked=True, of=("self",))
        for conversation in list(qs.select_related("organization", "requester", "team")[:limit]):
            if not AgentProfile.objects.filter(team=team, presence=Presence.ONLINE, load__lt=F("capacity")).exists():
                break
            _route_and_assign(conversation, actor=None, request=None, team_key=team.key, why="from queue")
            if conversation.agent_id is not None:
                assigned += 1
                refresh_sla(conversation)
    return assigned


# -- conversations ------------------------------------------------------------------------------------------


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


def _new_message(conversation: Conversation, *, author: Any, side: str, kind: str, body: str) -> Message:
    message = Message(conversation=conversation, author=author, side=side, kind=kind)
    message.body_sealed = _seal(
        body,
        org_id=conversation.organization_id,
        object_type=selectors.MESSAGE_OBJECT,
        object_id=message.uuid,
    )
    message.save()
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
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
        agent_side = selectors.is_agent_side(actor=actor, conversation=conversation)
        if conversation.status == Status.CLOSED:
            raise Conflict(_("This conversation is closed. Please start a new one."))
        if agent_side and conversation.agent_id is None:
            _take(conversation, actor=actor, request=request, now=now)
        message = _new_message(
            conversation,
            author=actor.user,
            side=Side.AGENT if agent_side else Side.REQUESTER,
            kind=MessageKind.MESSAGE,
            body=body,
        )
        for upload in attachments:
            _store_attachment(conversation, message, upload)
        update: dict[str, Any] = {"last_message_at": now}
        if agent_side and conversation.first_response_at is None:
            update["first_response_at"] = now
        Conversation.objects.filter(pk=conversation.pk).update(**update)
        for key, value in update.items():
            setattr(conversation, key, value)
        if agent_side and conversation.status == Status.NEW:
            _set_status(conversation, Status.OPEN, actor=actor, now=now)
        elif not agent_side and conversation.status in (Status.WAITING, Status.RESOLVED):
            reopened = conversation.status == Status.RESOLVED
            _set_status(conversation, Status.OPEN, actor=actor, now=now)
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
        refresh_sla(conversation, now=now)
        _publish_conversation(conversation, "message", message=str(message.uuid))
    return message


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
        actor=None,
        organization=conversation.organization,
        target=attachment,
        extra={"conversation": conversation.pk, "content_type": checked.content_type, "size": len(data)},
    )
    return attachment


def add_note(*, actor: Actor, conversation_id: int | str, body: str, request: Any = None) -> Message:
    """An internal note: agents only, never shown or streamed to the requester."""
    body = _clean_text(body, field=_("Note"), limit=MAX_BODY)
    with transaction.atomic():
        conversation = selectors.get_conversation(actor=actor, conversation_id=conversation_id)
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


def _take(conversation: Conversation, *, actor: Actor, request: Any, now: datetime) -> None:
    updated = Conversation.objects.filter(pk=conversation.pk, agent__isnull=True).update(
        agent_id=actor.user_id, assigned_at=now, queued_at=None
    )
    if not updated:
        raise Conflict(_("Another agent has already taken this conversation."))
    conversation.agent_id = actor.user_id
    if conversation.status in RUNNING_STATUSES:
        _adjust_load(actor.user_id, 1)
    AgentProfile.objects.filter(user_id=actor.user_id).update(last_assigned_at=now)
    if conversation.status == Status.NEW:
        _set_status(conversation, Status.OPEN, actor=actor, now=now)
    audit.record(
        action=DeskAuditAction.CONVERSATION_ASSIGN,
        actor=actor,
        organization=conversation.organization,
        target=conversation,
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
        audit.record(
            action=DeskAuditAction.CONVERSATION_TRANSFER,
            actor=actor,
            organization=conversation.organization,
            target=conversation,
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
    updated = Conversation.objects.filter(pk=conversation.pk, agent__isnull=True).update(
        agent_id=target.user_id, assigned_at=now, queued_at=None
    )
    if not updated:
        raise Conflict(_("Another agent has already taken this conversation."))
    conversation.agent_id = target.user_id
    if conversation.status in RUNNING_STATUSES:
        _adjust_load(target.user_id, 1)
    AgentProfile.objects.filter(pk=target.pk).update(last_assigned_at=now)
    audit.record(
        action=DeskAuditAction.CONVERSATION_ASSIGN,
        actor=actor,
        organization=conversation.organization,
        target=conversation,
        request=request,
        reasons=[f"team {target.team.key}: transfer; agent {_display(target.user)}: chosen by {actor.user_id}"],
        extra={"agent": target.user_id, "why": why, "load": [target.load, target.capacity]},
    )
    _notify(target.user_id, conversation, "assigned", why)
    _publish_conversation(conversation, "assignment", agent=target.user_id)


def _audit_status(
    conversation: Conversation, action: DeskAuditAction, actor: Actor | None, request: Any, why: str
) -> None:
    audit.record(
        action=action,
        actor=actor,
        organization=conversation.organization,
        target=conversation,
        request=request,
        reasons=[why] if why else [],
        extra={"status": conversation.status},
    )


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


# -- agents -------------------------------------------------------------------------------------------------


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


__all__ = [
    "add_note",
    "check_sla",
    "create_canned_reply",
    "create_conversation",
    "drain_queue",
    "post_message",
    "recount_load",
    "refresh_sla",
    "reopen_conversation",
    "resolve_conversation",
    "set_presence",
    "set_region_override",
    "set_status",
    "submit_csat",
    "take_conversation",
    "transfer_conversation",
    "upsert_agent",
]

"""Routing and assignment: the scorer's ranking, an atomic capacity claim, the team queue.

Two workers (web requests, task workers, several server processes) may route at the same time, so an agent's
capacity and a conversation's "unassigned" state are claimed with *conditional* updates, atomic on SQLite and
PostgreSQL alike:

* ``UPDATE agent SET load = load + 1 WHERE user = ? AND load < capacity AND presence = 'online'``
* ``UPDATE conversation SET agent = ? WHERE id = ? AND agent IS NULL``

On PostgreSQL each candidate row is locked first with ``SELECT ... FOR UPDATE SKIP LOCKED`` (one at a time),
so concurrent assigners spread over different agents instead of queueing behind one row lock (Chatwoot's
approach). See docs/adr/desk-assignment-and-sla.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import F

from trustdesk import audit
from trustdesk.core import clock
from trustdesk.desk import events, routing
from trustdesk.desk.actions.clocks import refresh_sla
from trustdesk.desk.actions.common import (
    MAX_CANDIDATES_TRIED,
    QUEUE_DRAIN_BATCH,
    _adjust_load,
    _notify,
    _publish_conversation,
    _system_event,
)
from trustdesk.desk.choices import (
    ACTIVE_STATUSES,
    RUNNING_STATUSES,
    DeskAuditAction,
    Presence,
    Status,
)
from trustdesk.desk.models import (
    AgentProfile,
    Conversation,
    StatusChange,
    Team,
)
from trustdesk.desk.selectors_routing import routing_read
from trustdesk.tenancy.actor import Actor

# The claim loop tries at most MAX_CANDIDATES_TRIED agents; the tie-break compares the best two.
ROUTING_CANDIDATES = max(MAX_CANDIDATES_TRIED, 2)


def _decide(
    conversation: Conversation,
    *,
    team_key: str | None = None,
    role: routing.Role | None = None,
    require_skill: bool = False,
    exclude_user_ids: frozenset[int] = frozenset(),
) -> routing.RoutingDecision:
    """The routing decision from one read of the database (teams, region override, the team's best agents)."""
    request = routing.RoutingRequest(
        region=str(conversation.organization.home_region),
        skill=conversation.category,
        language=conversation.preferred_language or None,
        team=team_key,
        role=role,
        exclude_agents=frozenset(exclude_user_ids),
        require_skill=require_skill,
    )
    read = routing_read(request, conversation.requester_id, limit=ROUTING_CANDIDATES)
    best = read.ranked
    return routing.route_ranked(read.request, read.teams, best.agents, skipped=best.skipped, eligible=best.eligible)


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

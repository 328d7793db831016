"""Assignment under concurrency on PostgreSQL: no agent over capacity, no conversation assigned twice.

Real threads, each with its own database connection, race to create and assign conversations, to drain the
queue, and to take the same conversation. Skipped on SQLite (one writer at a time: there is no race to test).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection, connections

from trustdesk.audit.models import AuditEvent
from trustdesk.core.errors import Conflict
from trustdesk.desk import actions
from trustdesk.desk.choices import DeskAuditAction
from trustdesk.desk.models import AgentProfile, Conversation, Team
from trustdesk.tenancy.actor import actor_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]


@pytest.fixture(autouse=True)
def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("concurrency tests need PostgreSQL (set TRUSTDESK_DATABASE_URL)")


def race(workers: int, job: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    barrier = threading.Barrier(workers)
    results: list[Any] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(index: int) -> None:
        try:
            barrier.wait()
            value = job(index)
            with lock:
                results.append(value)
        except BaseException as exc:
            with lock:
                errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results, errors


def assert_consistent() -> None:
    for profile in AgentProfile.objects.all():
        assigned = Conversation.objects.filter(agent_id=profile.user_id, status__in=["new", "open"]).count()
        assert profile.load == assigned, f"agent {profile.user_id}: load {profile.load} != {assigned} assigned"
        assert profile.load <= profile.capacity, f"agent {profile.user_id} over capacity"
    per_conversation = Counter(
        AuditEvent.objects.filter(action=DeskAuditAction.CONVERSATION_ASSIGN).values_list("target_id", flat=True)
    )
    assigned_ids = {str(pk) for pk in Conversation.objects.filter(agent__isnull=False).values_list("pk", flat=True)}
    assert set(per_conversation) == assigned_ids
    assert all(count == 1 for count in per_conversation.values()), "a conversation was assigned twice"


def test_concurrent_creation_never_exceeds_capacity(
    make_user: Callable[..., Any], make_agent: Callable[..., Any]
) -> None:
    for _ in range(4):
        make_agent(capacity=2)
    requesters = [make_user() for _ in range(12)]

    def create(index: int) -> int:
        conversation = actions.create_conversation(
            actor=actor_for(requesters[index]), category="account", subject=f"s{index}", body="help"
        )
        return int(conversation.pk)

    results, errors = race(12, create)
    assert errors == []
    assert len(results) == 12
    assert_consistent()
    assigned = Conversation.objects.filter(agent__isnull=False).count()
    assert assigned <= 8
    # Candidates skipped while another transaction held them may leave capacity unused for a moment;
    # the next drain fills it.
    actions.drain_queue(Team.objects.get(key="HK"))
    assert Conversation.objects.filter(agent__isnull=False).count() == 8
    assert_consistent()


def test_concurrent_queue_drains_assign_each_conversation_once(
    make_user: Callable[..., Any], make_agent: Callable[..., Any]
) -> None:
    agents = [make_agent(capacity=3, presence="offline") for _ in range(3)]
    requester = make_user()
    for index in range(15):
        actions.create_conversation(actor=actor_for(requester), category="billing", subject=f"q{index}", body="x")
    assert Conversation.objects.filter(agent__isnull=True).count() == 15
    AgentProfile.objects.filter(user__in=agents).update(presence="online")
    team = Team.objects.get(key="HK")

    results, errors = race(4, lambda _i: actions.drain_queue(team))
    assert errors == []
    assert sum(results) == 9
    assert Conversation.objects.filter(agent__isnull=False).count() == 9
    assert_consistent()


def test_two_agents_taking_the_same_conversation(make_user: Callable[..., Any], make_agent: Callable[..., Any]) -> None:
    takers = [make_agent(presence="offline") for _ in range(2)]
    conversation = actions.create_conversation(
        actor=actor_for(make_user()), category="device", subject="phone", body="lost"
    )

    results, errors = race(
        2, lambda i: actions.take_conversation(actor=actor_for(takers[i]), conversation_id=conversation.pk)
    )
    assert len(results) == 1
    assert len(errors) == 1
    assert isinstance(errors[0], Conflict)
    conversation.refresh_from_db()
    assert conversation.agent_id in {t.pk for t in takers}
    assert_consistent()

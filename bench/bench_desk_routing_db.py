"""Routing decision latency through the database, among 1,000 agents of one team (target: median <= 2 ms).

Where ``bench_desk_routing.py`` times the pure scorer over prebuilt snapshots, this times the real decision path
of the assignment action, ``_decide``: the teams and the requester's region override, the team's agents filtered,
counted and ranked by the database (the best few returned as snapshots), and ``routing.route_ranked``. Nothing is
written (no claim, no audit record). It also times the ranking statement alone, and checks that every benched
decision equals ``routing.route`` over every agent of the team read the plain ORM way.

Runs against a fresh database: SQLite in a temporary directory by default, or PostgreSQL with
``--postgres URL`` (a database name that may be dropped and recreated, e.g.
postgresql://postgres@127.0.0.1:5432/bench_routing).

The agents get the same random mix as ``bench_desk_routing.py`` (same seed, same generator): languages, skills,
presence (60 % online, 20 % away, 20 % offline), capacity 2-8, load 0-capacity, last assignment within a day.

Usage: python bench/bench_desk_routing_db.py [--postgres URL] [--agents 1000] [--rounds 2000]
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from _fresh_db import setup
from bench_desk_routing import LANGS, SKILLS, machine, percentile, rows


def populate(n: int, seed: int) -> list[Any]:
    """One HK team with ``n`` agents (users + profiles), one requester; returns unsaved conversations to route."""
    from trustdesk.desk.demo import ensure_teams
    from trustdesk.desk.models import AgentProfile, Conversation
    from trustdesk.identity import actions
    from trustdesk.identity.models import User

    teams = ensure_teams()
    hk = teams["HK"]
    org = actions.create_organization(actor=None, name="Bench", slug="bench", home_region="HK", verified=True)
    rng = random.Random(seed)
    data = rows(n, rng)
    users = User.objects.bulk_create(
        [User(email=f"agent-{row['id']}@bench.invalid", display_name=str(row["name"])) for row in data]
    )
    AgentProfile.objects.bulk_create(
        [
            AgentProfile(
                user=user,
                team=hk,
                languages=list(row["languages"]),  # type: ignore[call-overload]
                skills=sorted(row["skills"]),  # type: ignore[type-var]
                presence=str(row["presence"]),
                capacity=row["capacity"],
                load=row["load"],
                last_assigned_at=row["last_assigned_at"],
                is_lead=rng.random() < 0.05,
                is_specialist=rng.random() < 0.2,
            )
            for user, row in zip(users, data, strict=True)
        ]
    )
    requester = User.objects.create_user("requester@bench.invalid", display_name="Requester")
    return [
        Conversation(organization=org, requester=requester, category=rng.choice(SKILLS), preferred_language=lang)
        for lang in (rng.choice(LANGS) for _ in range(64))
    ]


def every_agent(team_key: str) -> list[Any]:
    """The team's agents as full snapshots, unfiltered: what ``routing.route`` is specified over."""
    from trustdesk.desk import routing
    from trustdesk.desk.models import AgentProfile

    return [
        routing.AgentProfile(
            id=row.user_id,
            name=str(row.user.display_name or row.user.email),
            team=team_key,
            languages=tuple(row.languages),
            skills=frozenset(row.skills),
            presence=routing.Presence(row.presence),
            capacity=row.capacity,
            load=row.load,
            last_assigned_at=row.last_assigned_at,
            roles=frozenset(
                ([routing.Role.LEAD] if row.is_lead else []) + ([routing.Role.SPECIALIST] if row.is_specialist else [])
            ),
        )
        for row in AgentProfile.objects.filter(team__key=team_key).select_related("user")
    ]


def same_as_scoring_every_agent(conversations: list[Any]) -> bool:
    from trustdesk.desk import routing
    from trustdesk.desk.actions.assignment import _decide
    from trustdesk.desk.selectors_routing import team_profiles

    teams = team_profiles()
    every = every_agent("HK")
    for conversation in conversations:
        got = _decide(conversation)
        request = routing.RoutingRequest(
            region="HK", skill=conversation.category, language=conversation.preferred_language or None
        )
        expected = routing.route(request, teams, every)
        if got.as_audit() != expected.as_audit() or got.reasons != expected.reasons:
            return False
        if [c.agent for c in got.candidates] != [c.agent for c in expected.candidates[: len(got.candidates)]]:
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postgres", metavar="URL", help="PostgreSQL URL of a database that may be recreated")
    parser.add_argument("--agents", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-routing-") as data_dir:
        vendor = setup(args.postgres, data_dir)
        from trustdesk.desk import routing
        from trustdesk.desk.actions.assignment import ROUTING_CANDIDATES, _decide
        from trustdesk.desk.selectors_routing import ranked_agents

        conversations = populate(args.agents, args.seed)
        for conversation in conversations:  # warm-up (connection, caches)
            _decide(conversation)

        samples: list[float] = []
        load_before = os.getloadavg()
        gc.collect()
        for i in range(args.rounds):
            conversation = conversations[i % len(conversations)]
            t0 = time.perf_counter()
            decision = _decide(conversation)
            samples.append((time.perf_counter() - t0) * 1000)
            assert decision.team is not None and decision.team.key == "HK"

        requests = [
            routing.RoutingRequest(region="HK", skill=c.category, language=c.preferred_language or None)
            for c in conversations
        ]
        statement: list[float] = []
        for i in range(args.rounds):
            t0 = time.perf_counter()
            ranked_agents("HK", requests[i % len(requests)], limit=ROUTING_CANDIDATES)
            statement.append((time.perf_counter() - t0) * 1000)

        sample = _decide(conversations[0])
        load_after = os.getloadavg()
        same = same_as_scoring_every_agent(conversations)
        median = statistics.median(samples)
        statement_median = statistics.median(statement)
        print(f"machine: {machine()}")
        print(f"database: {vendor}")
        before = " ".join(f"{x:.2f}" for x in load_before)
        after = " ".join(f"{x:.2f}" for x in load_after)
        print(f"load average (1/5/15 min) before: {before}, after: {after}")
        print(f"agents: {args.agents} in one team, eligible in the sample decision: {sample.eligible}")
        print(f"sample decision: {sample.summary}")
        print(
            f"_decide      n={len(samples):5d}  median {median:.3f} ms  "
            f"p90 {percentile(samples, 0.90):.3f} ms  p99 {percentile(samples, 0.99):.3f} ms"
        )
        print(
            f"ranking stmt n={len(statement):5d}  median {statement_median:.3f} ms  "
            f"p90 {percentile(statement, 0.90):.3f} ms  (ranked_agents: one statement, {ROUTING_CANDIDATES} snapshots)"
        )
        print(f"decisions equal route() over every agent: {'yes' if same else 'NO'} ({len(conversations)} requests)")
        loaded = max(load_before[0], load_after[0]) > (os.cpu_count() or 1) / 2
        caveat = " - machine loaded: not a quiet-machine figure" if loaded else ""
        print(f"target median <= 2 ms: {'met' if median <= 2.0 else 'NOT met'} ({median:.3f} ms{caveat})")


if __name__ == "__main__":
    main()

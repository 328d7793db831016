"""The routing decision ranked in SQL equals the pure scorer over every agent (SQLite and PostgreSQL alike).

``selectors_routing.ranked_agents`` filters, counts and ranks a team's agents in one statement and returns only the
best few; ``routing.route_ranked`` turns them into the decision. ``routing.route`` over every agent of the team is
the specification: same agent, same top-K order, same reasons, summary, tie-break and audited facts.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from trustdesk.desk import routing

# Tags as agents type them: case and '_' variants, related tags (zh / zh-Hant / zh-Hans / zh-Hant-HK), padding
# (ASCII and non-ASCII whitespace, which str.strip removes), an empty tag and a trailing '-'.
AGENT_TAGS = (
    "en", "EN", "en-GB", "en_gb", "En-Au", "zh", "ZH", "zh-Hant", "zh_hant", "ZH-HANT", "zh-Hans", "zh_Hans",
    "zh-Hant-HK", "zh_hant_hk", "vi", "Vi", "ms", "th", " en", "zh-Hant ", "\u00a0vi", "vi\t", "", "zh-", "x-a%_b",
)  # fmt: skip
REQUEST_TAGS = (
    None, "en", "EN_gb", "en-GB-oxendict", "zh", "zh-Hant", "ZH_hant", "zh-Hant-HK", "zh-hans", "vi", "th", "ar",
    " zh-Hant ", "zh-", "x-a%_b", "x-A%-b",
)  # fmt: skip
SKILLS = ("billing", "account", "device", "security")
T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def team_agents(desk_teams: dict[str, Any]) -> Any:
    """Replace the HK team's agents with a random mix; returns a function taking the random generator."""
    from trustdesk.desk.models import AgentProfile
    from trustdesk.identity.models import User

    def _populate(rng: random.Random, n: int) -> list[int]:
        AgentProfile.objects.all().delete()
        users = list(User.objects.filter(email__endswith="@routing.invalid").order_by("pk"))
        while len(users) < n:
            users.append(User.objects.create(email=f"a{len(users)}@routing.invalid", display_name=""))
        # A few discrete times (and NULL, never assigned) so that agents tie on last assignment too.
        times = [None, T0, T0 - timedelta(minutes=5), T0 - timedelta(hours=3, microseconds=1)]
        profiles = []
        for user in users[:n]:
            capacity = rng.choice([0, 1, 2, 2, 3, 4, 8])
            profiles.append(
                AgentProfile(
                    user=user,
                    team=desk_teams["HK"] if rng.random() < 0.9 else desk_teams["VN"],
                    languages=rng.sample(AGENT_TAGS, rng.randint(0, 3)),
                    skills=rng.sample(SKILLS, rng.randint(0, 2)),
                    presence=rng.choice(["online", "online", "online", "away", "offline"]),
                    capacity=capacity,
                    load=rng.randint(0, capacity + 1) if rng.random() < 0.8 else min(1, capacity),
                    last_assigned_at=rng.choice(times),
                    is_lead=rng.random() < 0.2,
                    is_specialist=rng.random() < 0.3,
                )
            )
        AgentProfile.objects.bulk_create(profiles)
        User.objects.filter(pk__in=[u.pk for u in users[:n]]).update(display_name="")
        for user in rng.sample(users[:n], n // 2):
            User.objects.filter(pk=user.pk).update(display_name=f"Agent {user.pk}")
        return [u.pk for u in users[:n]]

    return _populate


def _every_agent(team_key: str) -> list[routing.AgentProfile]:
    """The team's agents read the plain ORM way, unfiltered: what the pure scorer is specified over."""
    from trustdesk.desk.models import AgentProfile

    return [
        routing.AgentProfile(
            id=row.user_id,
            name=str(row.user.display_name or row.user.email),
            team=row.team.key,
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
        for row in AgentProfile.objects.filter(team__key=team_key).select_related("user", "team")
    ]


def _random_request(rng: random.Random, ids: list[int]) -> routing.RoutingRequest:
    return routing.RoutingRequest(
        region="HK",
        skill=rng.choice([*SKILLS, None]),
        language=rng.choice(REQUEST_TAGS),
        role=rng.choice([None, None, None, routing.Role.LEAD, routing.Role.SPECIALIST]),
        exclude_agents=frozenset(rng.sample(ids, rng.randint(0, 3))) if rng.random() < 0.4 else frozenset(),
        require_skill=rng.random() < 0.25,
        require_language=rng.random() < 0.25,
    )


def _assert_same(got: routing.RoutingDecision, expected: routing.RoutingDecision, limit: int) -> None:
    assert [c.agent for c in got.candidates] == [c.agent for c in expected.candidates[:limit]]
    assert [(c.skill_match, c.language_score, c.language_tag) for c in got.candidates] == [
        (c.skill_match, c.language_score, c.language_tag) for c in expected.candidates[:limit]
    ]
    assert got.agent == expected.agent
    assert got.reasons == expected.reasons
    assert got.summary == expected.summary
    assert got.tie_break == expected.tie_break
    assert got.eligible == expected.eligible
    assert got.skipped == expected.skipped
    assert got.as_audit() == expected.as_audit()


@pytest.mark.parametrize("seed", range(6))
def test_sql_ranking_gives_the_decision_of_scoring_every_agent(seed: int, team_agents: Any) -> None:
    from trustdesk.desk.selectors_routing import ranked_agents, team_profiles

    rng = random.Random(1000 + seed)
    ids = team_agents(rng, rng.choice([15, 40, 120]))
    teams = team_profiles()
    every = _every_agent("HK")
    for _ in range(40):
        request = _random_request(rng, ids)
        expected = routing.route(request, teams, every)
        for limit in (2, 25, 1000):  # the fewest the decision needs, the claim loop's, the whole ranking
            best = ranked_agents("HK", request, limit=limit)
            assert len(best.agents) == min(limit, expected.eligible)
            got = routing.route_ranked(request, teams, best.agents, skipped=best.skipped, eligible=best.eligible)
            _assert_same(got, expected, limit)


def test_every_filter_and_language_case_is_exercised(team_agents: Any) -> None:
    """One larger mix in which every skip reason, every language score and both tie-break kinds occur."""
    from trustdesk.desk.selectors_routing import ranked_agents, team_profiles

    rng = random.Random(77)
    ids = team_agents(rng, 150)
    teams = team_profiles()
    every = _every_agent("HK")
    seen_skips: set[str] = set()
    seen_scores: set[int] = set()
    tie_breaks: set[str] = set()
    for _ in range(150):
        request = _random_request(rng, ids)
        expected = routing.route(request, teams, every)
        best = ranked_agents("HK", request, limit=25)
        got = routing.route_ranked(request, teams, best.agents, skipped=best.skipped, eligible=best.eligible)
        _assert_same(got, expected, 25)
        seen_skips.update(expected.skipped)
        seen_scores.update(c.language_score for c in expected.candidates if request.language is not None)
        if expected.tie_break is not None:
            tie_breaks.add(expected.tie_break.split(" ")[-1])
    # The mix exercised what it is meant to (if these fail, the generator changed, not the code).
    assert seen_skips == {"excluded", "role", "away", "offline", "at capacity", "skill", "language"}
    assert seen_scores == {0, 1, 2}
    assert tie_breaks == {"assignment", "id"}


def test_decide_reads_the_database_as_the_scorer_specifies(team_agents: Any, org: Any, make_user: Any) -> None:
    """The assignment path end to end: region -> team -> ranked agents, as route() over every agent decides."""
    from trustdesk.desk.actions.assignment import _decide
    from trustdesk.desk.models import Conversation
    from trustdesk.desk.selectors_routing import team_profiles

    rng = random.Random(5)
    ids = team_agents(rng, 60)
    org.home_region = "HK"
    org.save(update_fields=["home_region"])
    requester = make_user()
    teams = team_profiles()
    every = _every_agent("HK")
    for language in ("zh_HANT", "en", "", "vi"):
        for skill in SKILLS:
            conversation = Conversation(
                organization=org, requester=requester, category=skill, preferred_language=language
            )
            exclude = frozenset(rng.sample(ids, 2))
            got = _decide(conversation, exclude_user_ids=exclude)
            request = routing.RoutingRequest(
                region="HK", skill=skill, language=language or None, exclude_agents=exclude
            )
            _assert_same(got, routing.route(request, teams, every), 25)

    # A requester with a region override is served by that region's team (read in the same statement as the teams).
    from trustdesk.desk.models import RegionOverride

    moved = make_user()
    RegionOverride.objects.create(user=moved, region="VN")
    conversation = Conversation(organization=org, requester=moved, category="billing", preferred_language="vi")
    got = _decide(conversation)
    request = routing.RoutingRequest(region="HK", region_override="VN", skill="billing", language="vi")
    expected = routing.route(request, teams, _every_agent("VN"))
    assert got.team is not None and got.team.key == "VN"
    assert got.reasons[0] == "team VN: region (user override) VN"
    _assert_same(got, expected, 25)


def test_no_team_agents_and_nobody_eligible(desk_teams: dict[str, Any], team_agents: Any) -> None:
    from trustdesk.desk.selectors_routing import ranked_agents, team_profiles

    teams = team_profiles()
    request = routing.RoutingRequest(region="SG", language="en")
    empty = ranked_agents("SG", request, limit=25)
    assert (empty.agents, empty.skipped, empty.eligible) == ((), {}, 0)
    decision = routing.route_ranked(request, teams, empty.agents, skipped=empty.skipped, eligible=empty.eligible)
    assert decision.summary == routing.route(request, teams, []).summary
    assert decision.summary.endswith("(no agents in team)")

    team_agents(random.Random(3), 30)
    nobody = routing.RoutingRequest(region="HK", skill="billing", require_skill=True, role=routing.Role.LEAD,
                                    exclude_agents=frozenset())  # fmt: skip
    from trustdesk.desk.models import AgentProfile

    AgentProfile.objects.filter(team__key="HK").update(presence="away")
    best = ranked_agents("HK", nobody, limit=25)
    assert best.agents == () and best.eligible == 0
    got = routing.route_ranked(nobody, teams, best.agents, skipped=best.skipped, eligible=best.eligible)
    expected = routing.route(nobody, teams, _every_agent("HK"))
    assert got.queued and expected.queued
    _assert_same(got, expected, 25)


def test_limit_below_two_is_refused(desk_teams: dict[str, Any]) -> None:
    from trustdesk.desk.selectors_routing import ranked_agents

    with pytest.raises(ValueError, match="at least 2"):
        ranked_agents("HK", routing.RoutingRequest(region="HK"), limit=1)


def test_one_statement_per_decision_and_team_changes_seen_at_once(
    team_agents: Any, org: Any, make_user: Any, django_assert_num_queries: Any
) -> None:
    """Teams, override and agents come from one statement; the team this process chose last is only a guess."""
    from trustdesk.desk import selectors_routing
    from trustdesk.desk.actions.assignment import _decide
    from trustdesk.desk.models import Conversation, Team

    team_agents(random.Random(9), 40)
    org.home_region = "HK"
    org.save(update_fields=["home_region"])
    conversation = Conversation(
        organization=org, requester=make_user(), category="billing", preferred_language="zh-Hant"
    )
    selectors_routing._last_teams = None  # a fresh process: no guess, a second statement for the chosen team
    with django_assert_num_queries(2):
        first = _decide(conversation)
    assert first.team is not None and first.team.key == "HK"
    with django_assert_num_queries(1):
        again = _decide(conversation)
    assert again.summary == first.summary

    # Another process moves region HK to team VN: the next decision reads it and ranks VN's agents.
    Team.objects.filter(key="HK").update(regions=["MO"])
    Team.objects.filter(key="VN").update(regions=["VN", "HK"])
    with django_assert_num_queries(2):
        moved = _decide(conversation)
    request = routing.RoutingRequest(region="HK", skill="billing", language="zh-Hant")
    expected = routing.route(request, selectors_routing.team_profiles(), _every_agent("VN"))
    assert moved.team is not None and moved.team.key == "VN"
    assert moved.reasons[0] == "team VN: region HK"
    _assert_same(moved, expected, 25)

"""The routing scorer: region -> team, then skill, language, presence, capacity, load and a fair tie-break."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from trustdesk.desk.routing import (
    AgentProfile,
    Presence,
    Role,
    RoutingRequest,
    TeamProfile,
    language_match,
    route,
)

TEAMS = [
    TeamProfile("HK", "Hong Kong", frozenset({"HK", "MO"}), ("zh-Hant", "en"), frozenset({"billing", "account"})),
    TeamProfile("VN", "Vietnam", frozenset({"VN"}), ("vi", "en"), frozenset({"billing", "account"})),
    TeamProfile("SG", "Singapore", frozenset({"SG", "MY"}), ("en", "ms", "zh-Hans"), frozenset({"account"}), True),
]
T0 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def agent(
    ident: int,
    name: str,
    team: str = "HK",
    *,
    languages: tuple[str, ...] = ("en",),
    skills: tuple[str, ...] = (),
    presence: Presence = Presence.ONLINE,
    capacity: int = 5,
    load: int = 0,
    last: datetime | None = None,
    roles: tuple[Role, ...] = (),
) -> AgentProfile:
    return AgentProfile(
        ident, name, team, languages, frozenset(skills), presence, capacity, load, last, frozenset(roles)
    )


def test_summary_names_team_region_and_agent_facts() -> None:
    agents = [
        agent(1, "Mei", languages=("zh-Hant", "en"), skills=("billing",), load=2),
        agent(2, "Bob", languages=("en",), load=0),
    ]
    decision = route(RoutingRequest(region="HK", skill="billing", language="zh-Hant"), TEAMS, agents)
    assert decision.agent is not None
    assert decision.agent.name == "Mei"
    assert decision.summary == "team HK: region HK; agent Mei: skill billing, language zh-Hant, load 2/5"
    facts = decision.as_audit()
    assert facts["team"] == "HK"
    assert facts["agent"] == 1
    assert facts["load"] == [2, 5]
    assert facts["queued"] is False


# -- team selection -----------------------------------------------------------------------------------------


def test_user_region_override_beats_organization_region() -> None:
    decision = route(RoutingRequest(region="HK", region_override="VN"), TEAMS, [agent(1, "Lan", "VN")])
    assert decision.team is not None
    assert decision.team.key == "VN"
    assert decision.reasons[0] == "team VN: region (user override) VN"


def test_team_serving_several_regions() -> None:
    decision = route(RoutingRequest(region="MO"), TEAMS, [])
    assert decision.team is not None
    assert decision.team.key == "HK"


def test_region_without_team_goes_to_fallback() -> None:
    decision = route(RoutingRequest(region="TH"), TEAMS, [agent(1, "Ana", "SG")])
    assert decision.team is not None
    assert decision.team.key == "SG"
    assert decision.summary.startswith("team SG: fallback (no team for region TH)")


def test_no_team_and_no_fallback_is_neither_assigned_nor_queued() -> None:
    teams = [t for t in TEAMS if not t.fallback]
    decision = route(RoutingRequest(region="TH"), teams, [agent(1, "Mei")])
    assert decision.team is None
    assert decision.agent is None
    assert not decision.queued
    assert "no fallback" in decision.summary


def test_region_is_a_hard_constraint() -> None:
    """An idle agent in another region's team never takes the conversation."""
    agents = [agent(1, "Lan", "VN", skills=("billing",)), agent(2, "Mei", "HK", load=4)]
    decision = route(RoutingRequest(region="HK", skill="billing"), TEAMS, agents)
    assert decision.agent is not None
    assert decision.agent.name == "Mei"


def test_requested_team_for_transfer() -> None:
    decision = route(RoutingRequest(region="HK", team="VN"), TEAMS, [agent(1, "Lan", "VN")])
    assert decision.team is not None
    assert decision.team.key == "VN"
    assert decision.reasons[0] == "team VN: requested"
    unknown = route(RoutingRequest(region="HK", team="XX"), TEAMS, [])
    assert unknown.team is None


def test_among_teams_of_one_region_the_skilled_one_wins() -> None:
    teams = [
        TeamProfile("HK-GEN", "General", frozenset({"HK"}), ("en",), frozenset({"account"})),
        TeamProfile("HK-PAY", "Payments", frozenset({"HK"}), ("en",), frozenset({"billing"})),
    ]
    decision = route(RoutingRequest(region="HK", skill="billing"), teams, [])
    assert decision.team is not None
    assert decision.team.key == "HK-PAY"
    assert decision.reasons[0] == "team HK-PAY: region HK, skill billing"


# -- hard filters and the queue -----------------------------------------------------------------------------


def test_only_online_agents_below_capacity_are_candidates() -> None:
    agents = [
        agent(1, "Away", presence=Presence.AWAY),
        agent(2, "Off", presence=Presence.OFFLINE),
        agent(3, "Full", load=5),
        agent(4, "NoSeats", capacity=0),
        agent(5, "Free", load=4),
    ]
    decision = route(RoutingRequest(region="HK"), TEAMS, agents)
    assert [c.agent.name for c in decision.candidates] == ["Free"]
    assert decision.skipped == {"away": 1, "offline": 1, "at capacity": 2}


def test_nobody_available_queues_with_counts() -> None:
    agents = [agent(1, "A", presence=Presence.OFFLINE), agent(2, "B", load=5), agent(3, "C", load=5)]
    decision = route(RoutingRequest(region="HK"), TEAMS, agents)
    assert decision.queued
    assert decision.agent is None
    assert decision.summary == "team HK: region HK; queued: no agent available (1 offline, 2 at capacity)"


def test_empty_team_queues() -> None:
    decision = route(RoutingRequest(region="VN"), TEAMS, [agent(1, "Mei", "HK")])
    assert decision.queued
    assert decision.summary.endswith("(no agents in team)")


def test_excluded_agent_is_skipped_on_transfer() -> None:
    agents = [agent(1, "Mei", skills=("billing",)), agent(2, "Bob")]
    decision = route(RoutingRequest(region="HK", skill="billing", exclude_agents=frozenset({1})), TEAMS, agents)
    assert decision.agent is not None
    assert decision.agent.name == "Bob"
    assert decision.skipped == {"excluded": 1}


def test_required_skill_queues_rather_than_sending_to_a_generalist() -> None:
    agents = [agent(1, "Mei", skills=("billing",), load=5), agent(2, "Bob")]
    soft = route(RoutingRequest(region="HK", skill="billing"), TEAMS, agents)
    assert soft.agent is not None
    assert soft.agent.name == "Bob"
    assert "no skill billing" in soft.summary
    hard = route(RoutingRequest(region="HK", skill="billing", require_skill=True), TEAMS, agents)
    assert hard.queued
    assert hard.skipped == {"at capacity": 1, "skill": 1}


def test_required_language() -> None:
    agents = [agent(1, "Bob", languages=("en",))]
    decision = route(RoutingRequest(region="HK", language="zh-Hant", require_language=True), TEAMS, agents)
    assert decision.queued
    assert decision.skipped == {"language": 1}


def test_escalation_to_specialist_and_lead() -> None:
    agents = [
        agent(1, "Mei", skills=("billing",)),
        agent(2, "Spec", skills=("billing",), load=3, roles=(Role.SPECIALIST,)),
        agent(3, "Lead", load=1, roles=(Role.LEAD,)),
    ]
    spec = route(RoutingRequest(region="HK", skill="billing", role=Role.SPECIALIST), TEAMS, agents)
    assert spec.agent is not None
    assert spec.agent.name == "Spec"
    assert spec.summary.endswith("role specialist")
    lead = route(RoutingRequest(region="HK", role=Role.LEAD), TEAMS, agents)
    assert lead.agent is not None
    assert lead.agent.name == "Lead"


# -- ranking ------------------------------------------------------------------------------------------------


def test_skill_outranks_language_and_language_outranks_load() -> None:
    agents = [
        agent(1, "LangOnly", languages=("zh-Hant",), load=0),
        agent(2, "SkillOnly", languages=("en",), skills=("billing",), load=3),
        agent(3, "Both", languages=("zh-Hant",), skills=("billing",), load=4),
        agent(4, "Neither", load=0),
    ]
    decision = route(RoutingRequest(region="HK", skill="billing", language="zh-Hant"), TEAMS, agents)
    assert [c.agent.name for c in decision.candidates] == ["Both", "SkillOnly", "LangOnly", "Neither"]


def test_exact_language_beats_related_and_scripts_do_not_mix() -> None:
    agents = [
        agent(1, "Hans", languages=("zh-Hans",)),
        agent(2, "Generic", languages=("zh",)),
        agent(3, "Exact", languages=("zh_Hant",), load=3),
    ]
    decision = route(RoutingRequest(region="HK", language="zh-Hant"), TEAMS, agents)
    assert [(c.agent.name, c.language_score) for c in decision.candidates] == [
        ("Exact", 2),
        ("Generic", 1),
        ("Hans", 0),
    ]
    second = decision.candidates[1].reason(decision.request)
    assert "language zh (close to zh-Hant)" in second


@pytest.mark.parametrize(
    ("requested", "spoken", "score"),
    [
        ("en", ["en"], 2),
        ("EN_gb", ["en-GB"], 2),
        ("en-GB", ["en"], 1),
        ("en", ["en-AU"], 1),
        ("zh-Hant-HK", ["zh-Hant"], 1),
        ("zh-Hant", ["zh-Hans"], 0),
        ("ms", ["en", "id"], 0),
    ],
)
def test_language_match(requested: str, spoken: list[str], score: int) -> None:
    assert language_match(requested, spoken)[0] == score
    probe = agent(1, "X", languages=tuple(spoken))
    decision = route(RoutingRequest(region="HK", language=requested), TEAMS, [probe])
    assert decision.candidates[0].language_score == score


def test_least_loaded_is_relative_to_capacity() -> None:
    agents = [agent(1, "Small", capacity=3, load=1), agent(2, "Big", capacity=10, load=2)]
    decision = route(RoutingRequest(region="HK"), TEAMS, agents)
    assert decision.agent is not None
    assert decision.agent.name == "Big"


def test_fair_tie_break_prefers_the_longest_idle_agent() -> None:
    agents = [
        agent(1, "Recent", load=1, last=T0),
        agent(2, "Earlier", load=1, last=T0 - timedelta(hours=2)),
        agent(3, "Busier", load=2, last=None),
    ]
    decision = route(RoutingRequest(region="HK"), TEAMS, agents)
    assert [c.agent.name for c in decision.candidates] == ["Earlier", "Recent", "Busier"]
    assert decision.tie_break == "tie-break: Earlier waited longest since last assignment"
    assert decision.reasons[-1] == decision.tie_break
    never = route(RoutingRequest(region="HK"), TEAMS, [*agents, agent(4, "New", load=1)])
    assert never.agent is not None
    assert never.agent.name == "New"


def test_rotation_spreads_assignments_evenly() -> None:
    """Replaying decisions, each assignment updating load and last-assigned time, spreads work fairly."""
    agents = {i: agent(i, f"A{i}", capacity=4, load=0) for i in range(1, 6)}
    now = T0
    for _ in range(15):
        decision = route(RoutingRequest(region="HK"), TEAMS, list(agents.values()))
        chosen = decision.agent
        assert chosen is not None
        now += timedelta(minutes=1)
        agents[int(chosen.id)] = replace(chosen, load=chosen.load + 1, last_assigned_at=now)
    assert sorted(a.load for a in agents.values()) == [3, 3, 3, 3, 3]
    final = route(RoutingRequest(region="HK"), TEAMS, list(agents.values()))
    assert final.agent is not None
    assert final.agent.id == 1  # the first one assigned in the last round waited longest


def test_decision_does_not_depend_on_input_order() -> None:
    rng = random.Random(5)
    skills = ("billing", "account", "security")
    langs = ("en", "zh-Hant", "zh-Hans", "vi", "ms", "th", "ar")
    agents = [
        agent(
            i,
            f"A{i}",
            rng.choice(["HK", "VN", "SG"]),
            languages=tuple(rng.sample(langs, 2)),
            skills=tuple(rng.sample(skills, 1)),
            presence=rng.choice(list(Presence)),
            capacity=rng.randint(1, 6),
            load=rng.randint(0, 6),
            last=T0 - timedelta(minutes=rng.randint(0, 600)) if rng.random() < 0.8 else None,
        )
        for i in range(300)
    ]
    for _ in range(5):
        request = RoutingRequest(region=rng.choice(["HK", "VN", "SG"]), skill="billing", language="zh-Hant")
        baseline = route(request, TEAMS, agents)
        shuffled = agents[:]
        rng.shuffle(shuffled)
        again = route(request, TEAMS, shuffled)
        assert [c.agent.id for c in again.candidates] == [c.agent.id for c in baseline.candidates]
        assert again.summary == baseline.summary
        assert all(c.agent.load < c.agent.capacity for c in baseline.candidates)
        assert all(c.agent.presence is Presence.ONLINE for c in baseline.candidates)


def test_negative_capacity_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        agent(1, "X", capacity=-1)

"""The routing scorer: which team and which agent should take a conversation, and why.

A pure function over snapshots, so it is trivially testable and fast enough to run inside the assignment
transaction. The database layer (``actions.py``) takes the ranked candidates and claims the first one it can
lock without going over capacity (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL); the scorer itself
never writes.

Order of decisions (each one explained in the returned reasons, which go into the audit log verbatim):

1. **Team.** An explicit team (a transfer) wins; otherwise the requester's region (a per-user override beats
   the organization's home region) selects the teams serving it; among several, the one covering the skill and
   language. With no team for the region, a team flagged ``fallback`` takes it. Region is a hard constraint:
   a conversation is never silently routed to another region's team unless that team is the fallback.
2. **Hard filters on agents:** in the team, not excluded (e.g. the agent it is being transferred away from),
   holding the required role (lead / specialist for escalations), *online*, below capacity, and holding the
   skill / language when the request requires them.
3. **Ranking:** skill match, then language match (exact tag beats a related tag such as ``zh`` for
   ``zh-Hant``; ``zh-Hans`` does not serve ``zh-Hant``), then least loaded relative to capacity, then fewer
   open conversations, then the longest since the last assignment (fair rotation), then the id (determinism).

With nobody eligible the decision names the team and says "queued", with the count of agents skipped per
reason, so an operator can see *why* nobody took it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property, lru_cache

__all__ = [
    "AgentProfile",
    "Presence",
    "RankedAgent",
    "Role",
    "RoutingDecision",
    "RoutingRequest",
    "TeamProfile",
    "ancestors",
    "language_match",
    "normalise_language",
    "route",
    "route_ranked",
]


class Presence(StrEnum):
    ONLINE = "online"
    AWAY = "away"
    OFFLINE = "offline"


class Role(StrEnum):
    LEAD = "lead"
    SPECIALIST = "specialist"


def normalise_language(tag: str) -> str:
    """BCP 47 tags compare case-insensitively; accept ``zh_Hant`` as Django spells locales."""
    return tag.strip().replace("_", "-").lower()


@lru_cache(maxsize=4096)
def _ancestors(tag: str) -> frozenset[str]:
    """Strict prefixes at subtag boundaries: ``zh-hant-hk`` -> {``zh-hant``, ``zh``}."""
    parts = tag.split("-")
    return frozenset("-".join(parts[:i]) for i in range(1, len(parts)))


def ancestors(tag: str) -> frozenset[str]:
    """The strict prefixes of a normalised tag at subtag boundaries (a tag related to it may be one of them)."""
    return _ancestors(tag)


def language_match(requested: str, spoken: Iterable[str]) -> tuple[int, str | None]:
    """2 and the tag for an exact match, 1 for a related tag (one a prefix of the other), else 0 and None."""
    want = normalise_language(requested)
    related: str | None = None
    for tag in spoken:
        have = normalise_language(tag)
        if have == want:
            return 2, tag
        if related is None and (have in _ancestors(want) or want in _ancestors(have)):
            related = tag
    return (1, related) if related is not None else (0, None)


@lru_cache(maxsize=1024)
def _language_maps(languages: tuple[str, ...]) -> tuple[dict[str, str], dict[str, str]]:
    """Normalised tag -> original tag, and prefix -> original tag. Shared between agents: never mutated."""
    langs: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for tag in languages:
        norm = normalise_language(tag)
        langs.setdefault(norm, tag)
        for prefix in _ancestors(norm):
            prefixes.setdefault(prefix, tag)
    return langs, prefixes


@dataclass(frozen=True, slots=True)
class TeamProfile:
    key: str
    name: str
    regions: frozenset[str]
    languages: tuple[str, ...] = ()
    skills: frozenset[str] = frozenset()
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class AgentProfile:
    """A snapshot of an agent at decision time. ``load`` counts open conversations that hold capacity."""

    id: int | str
    name: str
    team: str
    languages: tuple[str, ...]
    skills: frozenset[str]
    presence: Presence
    capacity: int
    load: int
    last_assigned_at: datetime | None = None
    roles: frozenset[Role] = frozenset()
    # Derived once per snapshot so scoring 1,000 agents stays a handful of dict look-ups each.
    _langs: dict[str, str] = field(init=False, repr=False, compare=False)
    _lang_prefixes: dict[str, str] = field(init=False, repr=False, compare=False)
    _last_ts: float = field(init=False, repr=False, compare=False)
    _sort_id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.capacity < 0 or self.load < 0:
            raise ValueError(f"agent {self.id}: capacity and load cannot be negative")
        langs, prefixes = _language_maps(self.languages)
        last = self.last_assigned_at
        object.__setattr__(self, "_langs", langs)
        object.__setattr__(self, "_lang_prefixes", prefixes)
        object.__setattr__(self, "_last_ts", last.timestamp() if last is not None else float("-inf"))
        object.__setattr__(self, "_sort_id", str(self.id))

    def language_score(self, want: str, want_ancestors: frozenset[str]) -> tuple[int, str | None]:
        """Like :func:`language_match` for an already normalised request, using the precomputed maps."""
        exact = self._langs.get(want)
        if exact is not None:
            return 2, exact
        related = self._lang_prefixes.get(want)
        if related is not None:
            return 1, related
        for ancestor in want_ancestors:
            tag = self._langs.get(ancestor)
            if tag is not None:
                return 1, tag
        return 0, None


@dataclass(frozen=True, slots=True)
class RoutingRequest:
    """What is known about the conversation. ``skill`` is the request's category."""

    region: str | None = None
    region_override: str | None = None
    skill: str | None = None
    language: str | None = None
    team: str | None = None
    role: Role | None = None
    exclude_agents: frozenset[int | str] = frozenset()
    require_skill: bool = False
    require_language: bool = False


@dataclass(frozen=True, slots=True)
class RankedAgent:
    agent: AgentProfile
    skill_match: bool
    language_score: int
    language_tag: str | None

    def reason(self, request: RoutingRequest) -> str:
        """``agent Mei: skill billing, language zh-Hant, load 2/5``."""
        parts: list[str] = []
        if request.skill is not None:
            parts.append(f"skill {request.skill}" if self.skill_match else f"no skill {request.skill}")
        if request.language is not None:
            if self.language_score == 2:
                parts.append(f"language {self.language_tag}")
            elif self.language_score == 1:
                parts.append(f"language {self.language_tag} (close to {request.language})")
            else:
                parts.append(f"no language {request.language}")
        parts.append(f"load {self.agent.load}/{self.agent.capacity}")
        if request.role is not None:
            parts.append(f"role {request.role.value}")
        return f"agent {self.agent.name}: " + ", ".join(parts)


_Scored = tuple[bool, int, float, int, float, str, int, AgentProfile, str | None]


@dataclass(frozen=True)
class RoutingDecision:
    """The outcome. ``candidates`` is the ranking (best first) for the database layer's claim loop: every eligible
    agent from :func:`route`, the best few from :func:`route_ranked` (``eligible`` still counts them all)."""

    team: TeamProfile | None
    team_reason: str
    ranking: Sequence[_Scored]
    skipped: dict[str, int]
    tie_break: str | None = None
    request: RoutingRequest = field(default_factory=RoutingRequest)
    # Set when ``ranking`` holds only the best few of the eligible agents (see ``route_ranked``).
    eligible_count: int | None = None

    @cached_property
    def candidates(self) -> tuple[RankedAgent, ...]:
        """Built on first use: most callers only need the winner and a few runners-up."""
        return tuple(RankedAgent(row[7], not row[0], -row[1], row[8]) for row in self.ranking)

    @property
    def agent(self) -> AgentProfile | None:
        return self.ranking[0][7] if self.ranking else None

    @property
    def queued(self) -> bool:
        """A team was found but nobody can take the conversation now: it waits in the team queue."""
        return self.team is not None and not self.ranking

    @property
    def eligible(self) -> int:
        return len(self.ranking) if self.eligible_count is None else self.eligible_count

    @property
    def reasons(self) -> tuple[str, ...]:
        out = [self.team_reason]
        if self.ranking:
            out.append(self.candidates[0].reason(self.request))
            if self.tie_break is not None:
                out.append(self.tie_break)
        elif self.team is not None:
            out.append("queued: no agent available" + _skipped_text(self.skipped))
        return tuple(out)

    @property
    def summary(self) -> str:
        """One audit line: ``team HK: region HK; agent Mei: skill billing, language zh-Hant, load 2/5``."""
        return "; ".join(self.reasons)

    def as_audit(self) -> dict[str, object]:
        """Structured facts to store next to ``summary`` in the audit record."""
        top = self.candidates[0] if self.ranking else None
        return {
            "team": self.team.key if self.team else None,
            "agent": top.agent.id if top else None,
            "queued": self.queued,
            "summary": self.summary,
            "skill_match": top.skill_match if top else None,
            "language": top.language_tag if top else None,
            "load": [top.agent.load, top.agent.capacity] if top else None,
            "eligible": self.eligible,
            "skipped": dict(self.skipped),
        }


_SKIP_ORDER = ("offline", "away", "at capacity", "role", "skill", "language", "excluded")


def _skipped_text(skipped: dict[str, int]) -> str:
    if not skipped:
        return " (no agents in team)"
    parts = [f"{skipped[k]} {k}" for k in _SKIP_ORDER if skipped.get(k)]
    return " (" + ", ".join(parts) + ")"


def _team_rank(team: TeamProfile, request: RoutingRequest) -> tuple[int, int, str]:
    skill = 1 if request.skill is not None and request.skill in team.skills else 0
    lang = language_match(request.language, team.languages)[0] if request.language is not None else 0
    return (-skill, -lang, team.key)


def choose_team(request: RoutingRequest, teams: Sequence[TeamProfile]) -> tuple[TeamProfile | None, str]:
    """The team and the reason it was chosen (or why none was)."""
    if request.team is not None:
        for team in teams:
            if team.key == request.team:
                return team, f"team {team.key}: requested"
        return None, f"no team: requested team {request.team} does not exist"
    region = request.region_override or request.region
    why = "region (user override)" if request.region_override else "region"
    if region is not None:
        local = [t for t in teams if region in t.regions]
        if local:
            best = min(local, key=lambda t: _team_rank(t, request))
            extra = "" if len(local) == 1 else _team_extra(best, request)
            return best, f"team {best.key}: {why} {region}{extra}"
    fallbacks = [t for t in teams if t.fallback]
    if fallbacks:
        best = min(fallbacks, key=lambda t: _team_rank(t, request))
        target = region if region is not None else "unknown"
        return best, f"team {best.key}: fallback (no team for region {target})"
    return None, f"no team: none serves region {region if region is not None else 'unknown'} and no fallback"


def _team_extra(team: TeamProfile, request: RoutingRequest) -> str:
    bits = []
    if request.skill is not None and request.skill in team.skills:
        bits.append(f"skill {request.skill}")
    if request.language is not None and language_match(request.language, team.languages)[0]:
        bits.append(f"language {request.language}")
    return (", " + ", ".join(bits)) if bits else ""


def route(
    request: RoutingRequest,
    teams: Sequence[TeamProfile],
    agents: Iterable[AgentProfile],
    skipped_before: Mapping[str, int] | None = None,
) -> RoutingDecision:
    """Choose a team and rank its available agents. Pure: same inputs, same decision.

    The loop is written flat on purpose: it runs over every agent of the team on each decision.
    ``skipped_before`` carries the agents a caller already filtered out (counted per reason, e.g. by the database
    query), so ``agents`` may hold only the ones that passed those filters: the decision is the same.
    """
    team, team_reason = choose_team(request, teams)
    if team is None:
        return RoutingDecision(None, team_reason, (), {}, request=request)

    want_lang = normalise_language(request.language) if request.language is not None else None
    want_ancestors = _ancestors(want_lang) if want_lang is not None else frozenset()
    skill = request.skill
    role = request.role
    excluded = request.exclude_agents
    require_skill = request.require_skill and skill is not None
    require_language = request.require_language and want_lang is not None
    online = Presence.ONLINE
    team_key = team.key
    skipped: Counter[str] = Counter({k: v for k, v in (skipped_before or {}).items() if v})
    scored: list[_Scored] = []
    for index, agent in enumerate(agents):
        if agent.team != team_key:
            continue
        if excluded and agent.id in excluded:
            skipped["excluded"] += 1
            continue
        if role is not None and role not in agent.roles:
            skipped["role"] += 1
            continue
        if agent.presence is not online:
            skipped[agent.presence.value] += 1
            continue
        load = agent.load
        capacity = agent.capacity
        if load >= capacity:
            skipped["at capacity"] += 1
            continue
        has_skill = skill is not None and skill in agent.skills
        if require_skill and not has_skill:
            skipped["skill"] += 1
            continue
        if want_lang is None:
            lang_score, lang_tag = 0, None
        elif (lang_tag := agent._langs.get(want_lang)) is not None:
            lang_score = 2
        else:
            lang_score, lang_tag = agent.language_score(want_lang, want_ancestors)
        if require_language and lang_score == 0:
            skipped["language"] += 1
            continue
        scored.append(
            (
                not has_skill,
                -lang_score,
                load / capacity,
                load,
                agent._last_ts,
                agent._sort_id,
                index,
                agent,
                lang_tag,
            )
        )

    scored.sort()
    return RoutingDecision(team, team_reason, scored, dict(skipped), _tie_break(scored), request)


def _tie_break(scored: Sequence[_Scored]) -> str | None:
    """Said when the best two agree on skill, language, relative load and load."""
    if len(scored) > 1 and scored[0][:4] == scored[1][:4]:
        name = scored[0][7].name
        if scored[0][4] != scored[1][4]:
            return f"tie-break: {name} waited longest since last assignment"
        return f"tie-break: {name} by id"
    return None


def route_ranked(
    request: RoutingRequest,
    teams: Sequence[TeamProfile],
    ranked: Sequence[AgentProfile],
    *,
    skipped: Mapping[str, int],
    eligible: int,
) -> RoutingDecision:
    """The decision :func:`route` would make, from agents already filtered and ranked elsewhere (in SQL).

    ``ranked`` holds the best eligible agents of the chosen team in :func:`route`'s order (at least the best two
    when there are two, so the tie-break is the same), ``skipped`` the agents filtered out per reason and
    ``eligible`` how many passed every filter. The order is taken as given, not re-sorted: a test compares it with
    :func:`route` over every agent. Reasons, tie-break and ``as_audit()`` are then identical to scoring every agent;
    ``candidates`` holds only the ranked few.
    """
    team, team_reason = choose_team(request, teams)
    if team is None:
        return RoutingDecision(None, team_reason, (), {}, request=request)
    if len(ranked) > eligible:
        raise ValueError(f"{len(ranked)} ranked agents but only {eligible} eligible")
    want_lang = normalise_language(request.language) if request.language is not None else None
    want_ancestors = _ancestors(want_lang) if want_lang is not None else frozenset()
    skill = request.skill
    scored: list[_Scored] = []
    for index, agent in enumerate(ranked):
        has_skill = skill is not None and skill in agent.skills
        if want_lang is None:
            lang_score, lang_tag = 0, None
        else:
            lang_score, lang_tag = agent.language_score(want_lang, want_ancestors)
        load = agent.load
        scored.append(
            (
                not has_skill,
                -lang_score,
                load / agent.capacity,
                load,
                agent._last_ts,
                agent._sort_id,
                index,
                agent,
                lang_tag,
            )
        )
    kept = {k: v for k, v in skipped.items() if v}
    return RoutingDecision(team, team_reason, scored, kept, _tie_break(scored), request, eligible)

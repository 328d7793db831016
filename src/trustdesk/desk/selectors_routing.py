"""The routing read: the teams, the requester's region override and a team's agents ranked in SQL, in one statement.

Runs on every routing decision, inside the assignment path, so it reads as little as it can. The specification of
the ranking is the pure scorer :func:`trustdesk.desk.routing.route`; :func:`routing_read` / :func:`ranked_agents`
return the same counts and the same best agents (only the few the claim loop can use), and a test compares the two
over random mixes on SQLite and PostgreSQL.

One statement returns the teams, the override, the agents skipped per reason, the number eligible and the best
``limit`` eligible agents, so everything the audited decision says comes from one snapshot (separate statements
could disagree under a concurrent presence, load or team change). JSON list membership is the only
backend-specific SQL: it lives in :func:`_has_skill_sql` and :func:`_language_score_sql`. Every value is a bound
parameter; only fixed SQL fragments are chosen per request. See docs/adr/desk-assignment-and-sla.md.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from django.db import connection
from django.utils.dateparse import parse_datetime

from trustdesk.desk import routing
from trustdesk.desk.choices import Presence
from trustdesk.desk.models import AgentProfile, RegionOverride, Team

__all__ = ["RankedAgents", "RoutingRead", "ranked_agents", "routing_read", "team_profiles"]


@lru_cache(maxsize=1)
def _whitespace() -> str:
    """Every character ``str.strip()`` removes (those for which ``str.isspace()`` holds), spelled out for SQL's trim
    so ``normalise_language`` and the SQL agree on padded tags. Built on first use, not at import: scanning every
    code point takes ~40 ms, which every process importing the desk (server workers, CLI commands) would pay."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())


_TEAM_COLUMNS = ("key", "name", "regions", "languages", "skills", "fallback")


def _team_profile(
    key: str, name: str, regions: Any, languages: Any, skills: Any, fallback: bool
) -> routing.TeamProfile:
    return routing.TeamProfile(
        key=key,
        name=name,
        regions=frozenset(regions),
        languages=tuple(languages),
        skills=frozenset(skills),
        fallback=fallback,
    )


def team_profiles() -> list[routing.TeamProfile]:
    """Every team as the scorer sees it: only the routing columns (not the calendar or SLA policy documents)."""
    return [_team_profile(*row) for row in Team.objects.values_list(*_TEAM_COLUMNS)]


@dataclass(frozen=True, slots=True)
class RankedAgents:
    """The best eligible agents, best first, and what the scorer needs to explain the decision."""

    agents: tuple[routing.AgentProfile, ...]
    skipped: dict[str, int]
    eligible: int


_ROLES = {
    (False, False): frozenset(),
    (True, False): frozenset({routing.Role.LEAD}),
    (False, True): frozenset({routing.Role.SPECIALIST}),
    (True, True): frozenset({routing.Role.LEAD, routing.Role.SPECIALIST}),
}


@lru_cache(maxsize=1024)
def _json_tuple(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _json_list(value: Any) -> tuple[str, ...]:
    """JSON columns come back as text from a raw cursor (SQLite, and psycopg under Django); decode once per text."""
    return _json_tuple(value) if isinstance(value, str) else tuple(value)


def _datetime(value: Any) -> datetime | None:
    """Stored in UTC: PostgreSQL returns an aware datetime, SQLite a naive one (or its text, by column type)."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else parse_datetime(value)
    if parsed is None:
        raise ValueError(f"unreadable last_assigned_at {value!r}")
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _pg() -> bool:
    return connection.vendor == "postgresql"


_PLAIN_REQUEST = re.compile(r"[a-z0-9-]*")
_PLAIN_SKILL = re.compile(r"[A-Za-z0-9_-]+")


def _has_skill_sql(skill: str, params: dict[str, Any]) -> str:
    """True when the agent's ``skills`` JSON list holds the string ``skill`` (exact, case-sensitive)."""
    params["skill"] = skill
    if _pg():
        return "(a.skills ? %(skill)s)"
    exact = "EXISTS (SELECT 1 FROM json_each(a.skills) AS s WHERE s.type = 'text' AND s.value = %(skill)s)"
    if not _PLAIN_SKILL.fullmatch(skill):
        return exact
    # Without a backslash every '"' delimits a string, so '"skill"' can only be a whole element.
    params["skill_quoted"] = f'"{skill}"'
    params["backslash"] = "\\"
    return f"(CASE WHEN instr(a.skills, %(backslash)s) = 0 THEN instr(a.skills, %(skill_quoted)s) > 0 ELSE {exact} END)"


def _language_score_sql(want: str, params: dict[str, Any], *, key: str) -> str:
    """2 for an exact tag, 1 for a related tag (one a prefix of the other at a subtag boundary), else 0.

    ``want`` is the normalised request. The exact path decodes the list: per element ``normalise_language`` in SQL
    (trim of every character ``str.strip`` removes, '_' -> '-', lower case: identical for ASCII tags, which BCP 47
    tags are), then t = want, or want starts with t || '-', or t starts with want || '-'.

    Decoding each agent's list is most of the statement's cost, so a plain list (the usual case) is matched on its
    stored key instead (``key``: the ``languages_key`` column, see :class:`~trustdesk.desk.models.PlainLanguageKey`):
    there every '"' delimits a whole, already normalised element, so '"want"' is an exact tag, '"want-' a more
    specific tag and '"ancestor"' a less specific one. The patterns hold only [a-z0-9-"%]: no LIKE wildcard.
    """
    params.update(ws=_whitespace(), want=want, want_dash=want + "-", want_len=len(want) + 1)
    if _pg():
        elements = (
            "SELECT lower(replace(btrim(l.tag, %(ws)s), '_', '-')) AS t"
            " FROM jsonb_array_elements_text(a.languages) AS l(tag)"
        )
    else:
        elements = "SELECT lower(replace(trim(l.value, %(ws)s), '_', '-')) AS t FROM json_each(a.languages) AS l"
    exact = (
        "COALESCE((SELECT MAX(CASE WHEN n.t = %(want)s THEN 2"  # noqa: S608 - fixed fragments, values bound
        " WHEN substr(%(want)s, 1, length(n.t) + 1) = n.t || '-'"
        " OR substr(n.t, 1, %(want_len)s) = %(want_dash)s THEN 1 ELSE 0 END)"
        f" FROM ({elements}) AS n), 0)"
    )
    if not _PLAIN_REQUEST.fullmatch(want):
        return exact
    params.update(like_exact=f'%"{want}"%', like_more=f'%"{want}-%')
    related = [f"{key} LIKE %(like_more)s"]
    for i, ancestor in enumerate(sorted(routing.ancestors(want))):
        params[f"like_less{i}"] = f'%"{ancestor}"%'
        related.append(f"{key} LIKE %(like_less{i})s")
    fast = f"CASE WHEN {key} LIKE %(like_exact)s THEN 2 WHEN {' OR '.join(related)} THEN 1 ELSE 0 END"
    return f"(CASE WHEN {key} IS NULL THEN {exact} ELSE {fast} END)"


def _statement(request: routing.RoutingRequest, limit: int) -> tuple[str, dict[str, Any]]:
    pg = _pg()
    params: dict[str, Any] = {"team": None, "online": Presence.ONLINE.value, "limit": limit}
    skill = request.skill
    want = routing.normalise_language(request.language) if request.language is not None else None
    has_skill = _has_skill_sql(skill, params) if skill is not None else ("false" if pg else "0")
    lang_score = _language_score_sql(want, params, key="a.languages_key") if want is not None else "0"

    # The scorer's hard filters, in its order: the first one that fails names the skip reason.
    skip = ["CASE"]
    if request.exclude_agents:
        names = []
        for i, user_id in enumerate(sorted(int(x) for x in request.exclude_agents)):
            params[f"ex{i}"] = user_id
            names.append(f"%(ex{i})s")
        skip.append(f"WHEN a.user_id IN ({', '.join(names)}) THEN 'excluded'")
    if request.role is not None:
        column = "a.is_lead" if request.role is routing.Role.LEAD else "a.is_specialist"
        skip.append(f"WHEN NOT {column} THEN 'role'")
    skip.append("WHEN a.presence <> %(online)s THEN a.presence")
    skip.append("WHEN a.load >= a.capacity THEN 'at capacity'")
    if request.require_skill and skill is not None:
        skip.append(f"WHEN NOT {has_skill} THEN 'skill'")
    if request.require_language and want is not None:
        skip.append(f"WHEN {lang_score} = 0 THEN 'language'")
    skip.append("END")

    ratio = "CAST(a.load AS double precision) / a.capacity" if pg else "CAST(a.load AS REAL) / a.capacity"
    collate = ' COLLATE "C"' if pg else ""  # str(id) order: code points, as Python compares strings
    # skill match, language score, load / capacity, load, longest since the last assignment (never first), id.
    # The keys are computed once per eligible agent in ``best`` and ordered again for the few rows returned
    # (a UNION ALL keeps no order by itself).
    eligible = "team_agents AS a WHERE a.skip IS NULL"
    null_json = "CAST(NULL AS jsonb)" if pg else "NULL"  # a UNION resolves its column types pairwise
    keys = "k_skill DESC, k_lang DESC, k_ratio, load, last_assigned_at ASC NULLS FIRST, k_id"
    sql = f"""
        WITH team_agents AS (
            SELECT a.user_id, a.capacity, a.load, a.last_assigned_at, a.is_lead, a.is_specialist,
                   {has_skill} AS has_skill, {lang_score} AS lang_score, {" ".join(skip)} AS skip
            FROM {AgentProfile._meta.db_table} AS a
            WHERE a.team_id = (SELECT t.id FROM {Team._meta.db_table} AS t WHERE t.key = %(team)s)
        ),
        best AS (
            SELECT a.user_id, a.capacity, a.load, a.last_assigned_at, a.is_lead,
                   a.is_specialist, a.has_skill AS k_skill, a.lang_score AS k_lang, {ratio} AS k_ratio,
                   CAST(a.user_id AS text){collate} AS k_id
            FROM {eligible}
            ORDER BY {keys}
            LIMIT %(limit)s
        )
        SELECT r.part, r.label, r.n, r.user_id, r.display_name, r.email, r.languages, r.skills, r.regions,
               r.capacity, r.load, r.last_assigned_at, r.is_lead, r.is_specialist
        FROM (
            -- part 0: agents per skip reason (label; NULL: eligible)
            SELECT 0 AS part, a.skip AS label, COUNT(*) AS n, NULL AS user_id, NULL AS display_name, NULL AS email,
                   NULL AS languages, NULL AS skills, {null_json} AS regions, NULL AS capacity, NULL AS load,
                   NULL AS last_assigned_at, NULL AS is_lead, NULL AS is_specialist, NULL AS k_skill,
                   NULL AS k_lang, NULL AS k_ratio, NULL AS k_id
            FROM team_agents AS a
            GROUP BY a.skip
            UNION ALL
            -- part 1: the best eligible agents
            SELECT 1, NULL, NULL, best.user_id, u.display_name, u.email, p.languages, p.skills, NULL,
                   best.capacity, best.load, best.last_assigned_at, best.is_lead, best.is_specialist, best.k_skill,
                   best.k_lang, best.k_ratio, best.k_id
            FROM best
            JOIN {AgentProfile._meta.db_table} AS p ON p.user_id = best.user_id
            JOIN {_user_table()} AS u ON u.id = best.user_id
            UNION ALL
            -- part 2: every team (label: key, display_name: name, is_lead: fallback)
            SELECT 2, t.key, NULL, NULL, t.name, NULL, t.languages, t.skills, t.regions, NULL, NULL, NULL,
                   t.fallback, NULL, NULL, NULL, NULL, NULL
            FROM {Team._meta.db_table} AS t
            UNION ALL
            -- part 3: the requester's region override (label), if any
            SELECT 3, (SELECT o.region FROM {RegionOverride._meta.db_table} AS o WHERE o.user_id = %(requester)s),
                   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
        ) AS r
        ORDER BY r.part, r.{keys.replace(", ", ", r.")}{collate}
    """  # noqa: S608 - table names and fixed fragments; every value is a bound parameter
    return sql, params


@lru_cache(maxsize=1)
def _user_table() -> str:
    return str(AgentProfile._meta.get_field("user").related_model._meta.db_table)  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class RoutingRead:
    """What one routing decision reads, from one statement (one snapshot)."""

    request: routing.RoutingRequest  # with the requester's region override
    teams: tuple[routing.TeamProfile, ...]
    team: str | None  # the team whose agents were ranked
    ranked: RankedAgents


# The teams seen by this process's last read: only a guess of the next team choice, checked against the teams and
# the override read by the same statement, and read again with the right team when it was wrong. Nothing relies
# on it being current; another process never needs it.
_last_teams: tuple[routing.TeamProfile, ...] | None = None


def routing_read(request: routing.RoutingRequest, requester_id: int | None, *, limit: int) -> RoutingRead:
    """The teams, the requester's region override, and the chosen team's agents counted and ranked.

    One statement per attempt: it ranks the agents of the team :func:`routing.choose_team` picks from the teams
    and region override this process read last (no override assumed) and returns the current teams and override
    with them. If those pick another team (a team was changed, the requester has an override, the first read of
    the process), it runs again with that team. Teams, override and agents then come from one snapshot.
    """
    global _last_teams
    if limit < 2:
        raise ValueError("limit must be at least 2 (the tie-break compares the best two)")
    guess = _last_teams
    key = _team_key(request, guess) if guess is not None else None
    for _attempt in range(4):
        teams, override, ranked = _read(key, request, requester_id, limit)
        _last_teams = teams
        current = replace(request, region_override=override) if override != request.region_override else request
        chosen = _team_key(current, teams)
        if chosen == key:
            return RoutingRead(current, teams, key, ranked)
        key = chosen
    raise RuntimeError("the teams kept changing while routing")  # pragma: no cover - four team writes in a row


def _team_key(request: routing.RoutingRequest, teams: Sequence[routing.TeamProfile]) -> str | None:
    team, _reason = routing.choose_team(request, teams)
    return team.key if team is not None else None


def ranked_agents(team_key: str, request: routing.RoutingRequest, *, limit: int) -> RankedAgents:
    """The team's agents skipped per reason, how many are eligible, and the ``limit`` best eligible ones.

    ``limit`` is the number of candidates the caller will try (at least 2: the tie-break compares the first two).
    The order is :func:`routing.route`'s: skill match, language score, load / capacity, load, the oldest (or no)
    last assignment, then ``str(id)``.
    """
    if limit < 2:
        raise ValueError("limit must be at least 2 (the tie-break compares the best two)")
    return _read(team_key, request, None, limit)[2]


def _read(
    team_key: str | None, request: routing.RoutingRequest, requester_id: int | None, limit: int
) -> tuple[tuple[routing.TeamProfile, ...], str | None, RankedAgents]:
    sql, params = _statement(request, limit)
    params["team"] = team_key
    params["requester"] = requester_id
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    skipped: dict[str, int] = {}
    eligible = 0
    agents: list[routing.AgentProfile] = []
    teams: list[routing.TeamProfile] = []
    override: str | None = None
    make = routing.AgentProfile
    for part, label, n, user_id, name, email, languages, skills, regions, capacity, load, last, lead, spec in rows:
        if part == 0:
            if label is None:
                eligible = int(n)
            else:
                skipped[str(label)] = int(n)
        elif part == 1:
            agents.append(
                make(
                    id=user_id,
                    name=str(name or email),
                    team=str(team_key),
                    languages=_json_list(languages),
                    skills=frozenset(_json_list(skills)),
                    presence=routing.Presence.ONLINE,
                    capacity=capacity,
                    load=load,
                    last_assigned_at=_datetime(last),
                    roles=_ROLES[bool(lead), bool(spec)],
                )
            )
        elif part == 2:
            teams.append(
                _team_profile(label, name, _json_list(regions), _json_list(languages), _json_list(skills), bool(lead))
            )
        else:
            override = str(label) if label else None
    return tuple(sorted(teams, key=lambda t: t.key)), override, RankedAgents(tuple(agents), skipped, eligible)

"""Desk fixtures: the three official teams (24/7 calendars unless a test sets one) and an agent factory."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture
def desk_teams(db: Any) -> dict[str, Any]:
    from trustdesk.desk.calendar import BusinessCalendar
    from trustdesk.desk.demo import ensure_teams
    from trustdesk.desk.models import Team

    teams = ensure_teams()
    always = BusinessCalendar.always_open("UTC").to_dict()
    Team.objects.update(calendar=always)
    for team in teams.values():
        team.refresh_from_db()
    return teams


@pytest.fixture
def make_agent(db: Any, make_user: Callable[..., Any], desk_teams: dict[str, Any]) -> Callable[..., Any]:
    from trustdesk.desk.demo import place_agent
    from trustdesk.tenancy.choices import Role

    def _make(
        team: str = "HK",
        *,
        skills: tuple[str, ...] = ("account", "billing"),
        languages: tuple[str, ...] = ("en", "zh-Hant"),
        capacity: int = 5,
        presence: str = "online",
        lead: bool = False,
        specialist: bool = False,
        name: str = "",
    ) -> Any:
        user = make_user(Role.TEAM_LEAD if lead else Role.SUPPORT_AGENT)
        if name:
            user.display_name = name
            user.save(update_fields=["display_name"])
        place_agent(user, desk_teams[team], languages, skills, capacity, lead, specialist, presence)
        return user

    return _make


@pytest.fixture
def employee(make_user: Callable[..., Any]) -> Any:
    return make_user()

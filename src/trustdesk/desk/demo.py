"""Demo data of the desk: the official HK, VN and SG teams with calendars, agents and canned replies.

Holidays are the 2026 public holidays of each place as published at the time of writing; a real deployment
edits them per team (``Team.calendar``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trustdesk.desk import actions
from trustdesk.desk.choices import Category, Presence
from trustdesk.desk.models import AgentProfile, CannedReply, Team

WORKDAYS = ("mon", "tue", "wed", "thu", "fri")

TEAMS: list[dict[str, Any]] = [
    {
        "key": "HK",
        "name": "Official Support Hong Kong",
        "regions": ["HK"],
        "languages": ["zh-Hant", "en"],
        "skills": list(Category.values),
        "fallback": False,
        "calendar": {
            "timezone": "Asia/Hong_Kong",
            "hours": {**{d: ["09:00-13:00", "14:00-18:00"] for d in WORKDAYS}, "sat": ["09:00-13:00"]},
            "holidays": [
                "2026-01-01",
                "2026-02-17",
                "2026-02-18",
                "2026-02-19",
                "2026-04-03",
                "2026-04-04",
                "2026-04-06",
                "2026-05-01",
                "2026-05-25",
                "2026-06-19",
                "2026-07-01",
                "2026-09-26",
                "2026-10-01",
                "2026-10-19",
                "2026-12-25",
                "2026-12-26",
            ],
        },
    },
    {
        "key": "VN",
        "name": "Official Support Vietnam",
        "regions": ["VN"],
        "languages": ["vi", "en"],
        "skills": list(Category.values),
        "fallback": False,
        "calendar": {
            "timezone": "Asia/Ho_Chi_Minh",
            "hours": {d: ["08:00-12:00", "13:30-17:30"] for d in WORKDAYS},
            "holidays": [
                "2026-01-01",
                "2026-02-16",
                "2026-02-17",
                "2026-02-18",
                "2026-02-19",
                "2026-02-20",
                "2026-04-27",
                "2026-04-30",
                "2026-05-01",
                "2026-09-01",
                "2026-09-02",
            ],
        },
    },
    {
        "key": "SG",
        "name": "Official Support Singapore",
        "regions": ["SG"],
        "languages": ["en", "zh-Hans", "ms"],
        "skills": list(Category.values),
        "fallback": True,
        "calendar": {
            "timezone": "Asia/Singapore",
            # A late shift that runs past midnight covers the other regions' evenings.
            "hours": {d: ["08:30-17:30", "20:00-02:00"] for d in WORKDAYS},
            "holidays": [
                "2026-01-01",
                "2026-02-17",
                "2026-02-18",
                "2026-04-03",
                "2026-05-01",
                "2026-05-31",
                "2026-06-01",
                "2026-08-09",
                "2026-08-10",
                "2026-12-25",
            ],
        },
    },
]

# email -> (team, languages, skills, capacity, lead, specialist, presence)
AGENTS: dict[str, tuple[str, list[str], list[str], int, bool, bool, str]] = {
    "lead.hk@platform.example": ("HK", ["zh-Hant", "en"], list(Category.values), 3, True, True, Presence.AWAY),
    "agent.hk1@platform.example": (
        "HK",
        ["zh-Hant", "en"],
        ["account", "billing", "other"],
        5,
        False,
        False,
        Presence.ONLINE,
    ),
    "agent.hk2@platform.example": (
        "HK",
        ["en", "zh-Hant"],
        ["device", "access", "security"],
        5,
        False,
        True,
        Presence.ONLINE,
    ),
    "lead.vn@platform.example": ("VN", ["vi", "en"], list(Category.values), 3, True, True, Presence.AWAY),
    "agent.vn1@platform.example": (
        "VN",
        ["vi", "en"],
        ["account", "billing", "device", "other"],
        5,
        False,
        False,
        Presence.ONLINE,
    ),
    "lead.sg@platform.example": ("SG", ["en", "zh-Hans", "ms"], list(Category.values), 3, True, True, Presence.AWAY),
    "agent.sg1@platform.example": (
        "SG",
        ["en", "ms"],
        ["account", "billing", "device", "other"],
        5,
        False,
        False,
        Presence.ONLINE,
    ),
}

CANNED: list[tuple[str, str, str, str]] = [
    # (key, language, title, body)
    ("greeting", "en", "Greeting", "Hello, this is the official TrustDesk support team. How can we help you today?"),
    ("greeting", "zh-Hant", "問候", "您好，這裡是 TrustDesk 官方支援團隊。請問有甚麼可以幫到您？"),
    ("greeting", "zh-Hans", "问候", "您好，这里是 TrustDesk 官方支持团队。请问有什么可以帮您？"),
    ("greeting", "vi", "Lời chào", "Xin chào, đây là đội hỗ trợ chính thức của TrustDesk. Chúng tôi có thể giúp gì?"),
    ("greeting", "ms", "Ucapan", "Helo, ini pasukan sokongan rasmi TrustDesk. Apa yang boleh kami bantu?"),
    (
        "no-codes",
        "en",
        "We never ask for codes",
        "Please never share passwords or one-time codes with anyone, including us. We will never ask for them.",
    ),
    ("no-codes", "zh-Hant", "我們絕不索取驗證碼", "請勿向任何人（包括我們）透露密碼或一次性驗證碼。我們絕不會索取。"),
    ("no-codes", "zh-Hans", "我们绝不索取验证码", "请勿向任何人（包括我们）透露密码或一次性验证码。我们绝不会索取。"),
    (
        "no-codes",
        "vi",
        "Chúng tôi không bao giờ hỏi mã",
        "Vui lòng không chia sẻ mật khẩu hoặc mã một lần với bất kỳ ai, kể cả chúng tôi.",
    ),
    (
        "no-codes",
        "ms",
        "Kami tidak pernah meminta kod",
        "Jangan sekali-kali berkongsi kata laluan atau kod sekali guna dengan sesiapa, termasuk kami.",
    ),
]

TEAM_CANNED_LANGUAGES = {"HK": {"en", "zh-Hant"}, "VN": {"en", "vi"}, "SG": {"en", "zh-Hans", "ms"}}


def ensure_teams() -> dict[str, Team]:
    """Create the three official teams if missing (idempotent; also used by tests and benchmarks)."""
    teams = {}
    for spec in TEAMS:
        team, _created = Team.objects.update_or_create(key=spec["key"], defaults={k: v for k, v in spec.items()})
        teams[team.key] = team
    return teams


def place_agent(
    user: Any,
    team: Team,
    languages: Sequence[str],
    skills: Sequence[str],
    capacity: int,
    lead: bool,
    specialist: bool,
    presence: str,
) -> None:
    """Make ``user`` an agent of ``team`` with this presence, and the team's lead when ``lead`` (demo data, tests)."""
    actions.upsert_agent(
        actor=None,
        user=user,
        team=team,
        languages=languages,
        skills=skills,
        capacity=capacity,
        is_lead=lead,
        is_specialist=specialist,
    )
    AgentProfile.objects.filter(user=user).update(presence=presence)
    if lead:
        Team.objects.filter(pk=team.pk).update(lead=user)


def seed(world: Any) -> None:
    teams = ensure_teams()
    for email, (team_key, languages, skills, capacity, lead, specialist, presence) in AGENTS.items():
        user = world.users.get(email)
        if user is not None:
            place_agent(user, teams[team_key], languages, skills, capacity, lead, specialist, presence)
    for team_key, team_languages in TEAM_CANNED_LANGUAGES.items():
        for key, language, title, body in CANNED:
            if language in team_languages:
                CannedReply.objects.update_or_create(
                    team=teams[team_key], key=key, language=language, defaults={"title": title, "body": body}
                )

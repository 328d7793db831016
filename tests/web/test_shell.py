"""Web shell: security headers, languages, right-to-left, catalogue completeness."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_security_headers() -> None:
    response = Client(HTTP_HOST="127.0.0.1").get("/account/login/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in response["Strict-Transport-Security"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert b"<script>" not in response.content and b" style=" not in response.content


@pytest.mark.parametrize(("language", "direction"), [
    ("vi", "ltr"), ("en", "ltr"), ("zh-hans", "ltr"), ("ar", "rtl"), ("id", "ltr"), ("ms", "ltr"), ("th", "ltr"),
])
def test_each_language_renders_with_its_direction(language: str, direction: str) -> None:
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE=language)
    html = client.get("/account/login/").content.decode()
    assert f'lang="{language}"' in html
    assert f'dir="{direction}"' in html
    if language != "en":
        assert "Log in" not in html.split("<main")[1]  # the page body is translated


def test_language_switcher_sets_cookie_and_user_language(make_user: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    user = make_user()
    client = logged_in(user)
    response = client.post("/i18n/setlang/", {"language": "th", "next": "/me/",
                                              "csrfmiddlewaretoken": csrf_token(client)})
    assert response.status_code == 302 and response["Location"] == "/me/"
    user.refresh_from_db()
    assert user.language == "th"
    assert 'lang="th"' in client.get("/me/").content.decode()
    evil = client.post("/i18n/setlang/", {"language": "vi", "next": "https://evil.example/",
                                          "csrfmiddlewaretoken": csrf_token(client)})
    assert evil["Location"] == "/"


def test_dates_are_locale_aware(make_user: Any, logged_in: Any) -> None:
    user = make_user()
    user.language = "vi"
    user.save(update_fields=["language"])
    html = logged_in(user).get("/me/").content.decode()
    assert "tháng" in html or "Tháng" in html  # Vietnamese month names in session dates


def test_all_catalogues_complete() -> None:
    from trustdesk.web.i18n_check import apps, problems

    missing = [line for app in apps() for line in problems(app)]
    assert missing == []


@pytest.mark.parametrize(("role", "links"), [
    ("employee", {"nav-requests"}),
    ("auditor", {"nav-requests", "nav-audit", "nav-decisions"}),
    ("it_admin", {"nav-requests", "nav-audit", "nav-inventory", "nav-decisions", "nav-directory"}),
    ("support_agent", {"nav-agent"}),
    ("security_officer", None),
])
def test_navigation_links_the_consoles_of_the_role(role: str, links: set[str] | None, make_user: Any,
                                                    logged_in: Any) -> None:
    import re

    from trustdesk.tenancy.actor import actor_for
    from trustdesk.web.context import ROLE_PAGES

    user = make_user(role=role)
    content = logged_in(user).get("/me/").content.decode()
    shown = set(re.findall(r'data-testid="(nav-[a-z]+)"', content))
    actor = actor_for(user)
    expected = {testid for _, _, testid, perms in ROLE_PAGES if any(actor.can(p) for p in perms)}
    assert shown == expected
    if links is not None:
        assert shown == links

"""A ``next`` parameter from the request may only lead back into this site."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.http import urlencode

from tests.conftest import PASSWORD
from trustdesk.core.redirects import safe_next


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/me/", "/me/"),
        ("/desk/conversations/7/?tab=notes", "/desk/conversations/7/?tab=notes"),
        ("http://testserver/me/", "http://testserver/me/"),
        ("https://evil.example/", "/fallback/"),
        ("//evil.example/me/", "/fallback/"),
        ("javascript:alert(1)", "/fallback/"),
        ("", "/fallback/"),
        (None, "/fallback/"),
    ],
)
def test_safe_next_keeps_only_targets_on_this_site(target: str | None, expected: str) -> None:
    request = RequestFactory().get("/")
    assert safe_next(request, target, "/fallback/") == expected


@pytest.mark.django_db
@pytest.mark.parametrize(("target", "kept"), [("/desk/", "/desk/"), ("https://evil.example/", None)])
def test_login_passes_on_only_a_next_on_this_site(make_user: Any, target: str, kept: str | None) -> None:
    user = make_user()
    response = Client(HTTP_HOST="127.0.0.1").post(
        "/account/login/", {"email": user.email, "password": PASSWORD, "next": target}
    )
    assert response.status_code == 302
    expected = reverse("identity:two_factor") + "?" + urlencode({"next": kept or reverse("identity:me")})
    assert response["Location"] == expected


@pytest.mark.django_db
def test_login_next_with_a_query_string_survives_the_second_factor_redirect(make_user: Any) -> None:
    """The target is encoded: its own ``&`` does not become a parameter of the second-factor page."""
    user = make_user()
    response = Client(HTTP_HOST="127.0.0.1").post(
        "/account/login/", {"email": user.email, "password": PASSWORD, "next": "/desk/?a=1&b=2"}
    )
    location = urlsplit(response["Location"])
    assert parse_qs(location.query) == {"next": ["/desk/?a=1&b=2"]}


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "fallback"), [("trust:device_enrol", "/"), ("trust:passkey_login", "/me/")])
def test_gate_pages_hand_their_script_only_a_next_on_this_site(
    logged_in: Any, make_user: Any, page: str, fallback: str
) -> None:
    client = logged_in(make_user())
    good = client.get(reverse(page), {"next": "/desk/"})
    evil = client.get(reverse(page), {"next": "https://evil.example/"})
    assert good.status_code == evil.status_code == 200
    assert good.context["next"] == "/desk/"
    assert evil.context["next"] == fallback
    assert f'data-next="{fallback}"'.encode() in evil.content


@pytest.mark.django_db
def test_language_switch_redirects_only_within_the_site() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.post("/i18n/setlang/", {"language": "th", "next": "/desk/"})["Location"] == "/desk/"
    assert client.post("/i18n/setlang/", {"language": "th", "next": "//evil.example/"})["Location"] == "/"

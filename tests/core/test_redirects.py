"""A ``next`` parameter from the request may only lead back into this site."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.urls import reverse

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
    assert response["Location"] == reverse("identity:two_factor") + "?next=" + (kept or reverse("identity:me"))


@pytest.mark.django_db
def test_language_switch_redirects_only_within_the_site() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.post("/i18n/setlang/", {"language": "th", "next": "/desk/"})["Location"] == "/desk/"
    assert client.post("/i18n/setlang/", {"language": "th", "next": "//evil.example/"})["Location"] == "/"

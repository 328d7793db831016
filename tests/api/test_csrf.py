"""CSRF on every state-changing endpoint: web forms and JSON API, found by walking the URL configuration."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from trustdesk.api.main import api

pytestmark = pytest.mark.django_db

PARAM = re.compile(r"<(?:(\w+):)?(\w+)>")
SAMPLE = {"int": "1", "str": "x", "slug": "x", "uuid": "00000000-0000-0000-0000-000000000000", "path": "x"}


def _web_paths(resolver: URLResolver, prefix: str = "") -> Iterator[str]:
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route.startswith("api/"):
                continue  # the API is walked from its own schema below
            yield from _web_paths(entry, route)
        elif isinstance(entry, URLPattern):
            yield "/" + PARAM.sub(lambda m: SAMPLE.get(m.group(1) or "str", "x"), route).lstrip("^").rstrip("$")


def test_every_web_endpoint_rejects_post_without_token(make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user())
    paths = sorted(set(_web_paths(get_resolver())))
    assert "/account/login/" in paths and "/me/tokens/" in paths
    for path in paths:
        response = client.post(path, {"x": "1"})
        assert response.status_code == 403, path


def test_every_api_operation_rejects_unsafe_session_request_without_token(make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user(role="it_admin"))
    schema = api.get_openapi_schema()
    checked = 0
    for path, operations in schema["paths"].items():
        url = re.sub(r"\{[^}]+\}", "1", path)
        for method, operation in operations.items():
            if method.lower() not in {"post", "put", "patch", "delete"} or not operation.get("security"):
                continue
            response = getattr(client, method.lower())(url, "{}", content_type="application/json")
            assert response.status_code == 403, f"{method.upper()} {path}"
            assert response.json()["type"].endswith("/csrf-failed")
            checked += 1
    assert checked >= 5


def test_foreign_origin_is_rejected(make_user: Any, logged_in: Any) -> None:
    from tests.conftest import csrf_token

    client = logged_in(make_user())
    response = client.post("/api/v1/me/sessions/revoke-others", HTTP_X_CSRFTOKEN=csrf_token(client),
                           HTTP_ORIGIN="https://evil.example", secure=True)
    assert response.status_code == 403

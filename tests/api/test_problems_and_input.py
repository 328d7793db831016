"""API contract: problem+json errors, bad input writes nothing, tokens, schema and docs."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from tests.conftest import csrf_token
from trustdesk.audit.models import AuditEvent
from trustdesk.identity.models import ApiToken

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def _post_token(client: Client, body: Any, **extra: Any) -> Any:
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/v1/tokens", data, content_type="application/json",
                       HTTP_X_CSRFTOKEN=csrf_token(client), **extra)


@pytest.mark.parametrize(("body", "status"), [
    ('{"name": "cli", ', 400),  # malformed JSON
    ("[1, 2, 3]", 422),  # wrong top-level type
    ({"name": "cli", "expires_in_days": "soon"}, 422),  # wrong type
    ({"name": "cli", "expires_in_days": 9999}, 422),  # out of range
    ({"name": "cli", "is_admin": True}, 422),  # unknown field (mass assignment)
    ({"name": "", "expires_in_days": 7}, 422),
    ({"name": "cli", "scopes": ["audit:log:read"]}, 403),  # a scope the employee does not hold
    ({"name": "cli", "scopes": ["root:everything:do"]}, 400),  # unknown scope
])
def test_bad_input_is_problem_json_and_writes_nothing(make_user: Any, logged_in: Any, body: Any, status: int) -> None:
    client = logged_in(make_user())
    events_before = AuditEvent.objects.count()
    response = _post_token(client, body)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith(PROBLEM)
    problem = response.json()
    assert {"type", "title", "status", "detail"} <= problem.keys()
    assert problem["status"] == status
    assert ApiToken.objects.count() == 0
    assert AuditEvent.objects.count() == events_before


def test_oversize_body_is_413(make_user: Any, logged_in: Any, settings: Any) -> None:
    client = logged_in(make_user())
    huge = json.dumps({"name": "x" * (settings.API_MAX_BODY_BYTES + 10)})
    response = _post_token(client, huge)
    assert response.status_code == 413
    assert response["Content-Type"].startswith(PROBLEM)
    assert ApiToken.objects.count() == 0


def test_problem_detail_in_users_language(make_user: Any, logged_in: Any) -> None:
    user = make_user()
    user.language = "vi"
    user.save(update_fields=["language"])
    client = logged_in(user)
    response = client.get("/api/v1/users/999999")
    assert response.status_code == 404
    assert response.json()["detail"] != "Not found."  # translated (catalogue checked by the i18n test)


def test_token_lifecycle_and_scopes(make_user: Any, logged_in: Any) -> None:
    client = logged_in(make_user())
    created = _post_token(client, {"name": "laptop", "scopes": ["identity:me:read"], "expires_in_days": 30})
    assert created.status_code == 201, created.content
    raw = created.json()["token"]
    stored = ApiToken.objects.get()
    assert raw not in (stored.token_hash, stored.prefix) and stored.token_hash != raw
    bearer = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert bearer.get("/api/v1/me").status_code == 200
    assert bearer.get("/api/v1/organizations").status_code == 404  # scope not granted to this token
    # a token cannot mint tokens
    minted = bearer.post("/api/v1/tokens", json.dumps({"name": "x"}), content_type="application/json")
    assert minted.status_code == 403
    revoked = client.delete(f"/api/v1/tokens/{stored.pk}", HTTP_X_CSRFTOKEN=csrf_token(client))
    assert revoked.status_code == 204
    assert bearer.get("/api/v1/me").status_code == 401
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"identity:token:create", "identity:token:revoke"} <= actions


def test_expired_token_is_rejected(make_user: Any, logged_in: Any) -> None:
    from datetime import timedelta

    from trustdesk.core import clock

    client = logged_in(make_user())
    raw = _post_token(client, {"name": "short", "expires_in_days": 1}).json()["token"]
    bearer = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {raw}")
    with clock.shifted(timedelta(days=1, minutes=1)):
        assert bearer.get("/api/v1/me").status_code == 401


def test_cursor_pagination(make_user: Any, logged_in: Any) -> None:
    admin = make_user(role="it_admin")
    for _ in range(5):
        make_user(totp=False)
    client = logged_in(admin)
    first = client.get("/api/v1/users?page_size=2").json()
    assert len(first["results"]) == 2 and first["next"]
    seen = {u["id"] for u in first["results"]}
    cursor = first["next"].split("cursor=")[1]
    second = client.get(f"/api/v1/users?page_size=2&cursor={cursor}").json()
    assert seen.isdisjoint({u["id"] for u in second["results"]})


def test_openapi_and_docs(make_user: Any) -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    assert "/api/v1/me" in schema.json()["paths"]
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    assert b"<script>" not in docs.content  # no inline script under our CSP


def test_health_and_readiness(db: Any) -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"

"""A user of organization A gets 404 for every object of organization B, through every API endpoint."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import csrf_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(make_user: Any, org: Any, other_org: Any, logged_in: Any) -> dict[str, Any]:
    admin_a = make_user(role="it_admin", organization=org)
    employee_b = make_user(organization=other_org)
    admin_b = make_user(role="it_admin", organization=other_org)
    client_b = logged_in(admin_b)
    token_b = client_b.post("/api/v1/tokens", {"name": "b", "expires_in_days": 3},
                            content_type="application/json", HTTP_X_CSRFTOKEN=csrf_token(client_b)).json()
    return {"client_a": logged_in(admin_a), "employee_b": employee_b, "admin_b": admin_b, "token_b": token_b,
            "other_org": other_org}


def test_reads_of_other_tenant_are_404(world: dict[str, Any]) -> None:
    client = world["client_a"]
    assert client.get(f"/api/v1/users/{world['employee_b'].pk}").status_code == 404
    assert client.get(f"/api/v1/organizations/{world['other_org'].slug}").status_code == 404
    listed = {u["id"] for u in client.get("/api/v1/users").json()["results"]}
    assert world["employee_b"].pk not in listed and world["admin_b"].pk not in listed


def test_writes_to_other_tenant_are_404(world: dict[str, Any]) -> None:
    client = world["client_a"]
    token = csrf_token(client)
    target = world["employee_b"].pk
    assert client.post(f"/api/v1/users/{target}/unlock", HTTP_X_CSRFTOKEN=token).status_code == 404
    assert client.post(f"/api/v1/users/{target}/sessions/revoke", HTTP_X_CSRFTOKEN=token).status_code == 404
    assert client.put(f"/api/v1/users/{target}/role", {"role": "it_admin"}, content_type="application/json",
                      HTTP_X_CSRFTOKEN=token).status_code in {401, 404}  # step-up first, then 404
    assert client.delete(f"/api/v1/tokens/{world['token_b']['id']}", HTTP_X_CSRFTOKEN=token).status_code == 404
    world["employee_b"].refresh_from_db()
    assert world["employee_b"].membership.role == "employee"


def test_role_change_other_tenant_after_step_up_is_404(world: dict[str, Any], make_user: Any, logged_in: Any,
                                                      org: Any) -> None:
    client = logged_in(make_user(role="it_admin", organization=org))  # fresh login = fresh second factor
    response = client.put(f"/api/v1/users/{world['employee_b'].pk}/role", {"role": "it_admin"},
                          content_type="application/json", HTTP_X_CSRFTOKEN=csrf_token(client))
    assert response.status_code == 404

"""The audit console in real Chromium: an auditor finds it from the navigation, filters the trail, follows a
conversation's trace in order, and downloads an export whose rows verify against the signed checkpoint in it."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.browser import browser_login
from trustdesk import audit
from trustdesk.audit import integrator, merkle, note

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def trail(org: Any, other_org: Any) -> None:
    steps = ["desk:conversation:create", "desk:conversation:assign", "desk:message:send", "desk:conversation:resolve"]
    for conversation in ("41", "42"):
        for action in steps:
            audit.record(action=action, organization=org, target_type="desk.conversation", target_id=conversation,
                         country="HK")
    audit.record(action="desk:conversation:assign", organization=other_org, target_type="desk.conversation",
                 target_id="other-tenant-secret")
    integrator.integrate_all()


def test_auditor_searches_traces_and_exports(page: Any, live_url: str, make_user: Any, trail: None) -> None:
    auditor = make_user(role="auditor")
    browser_login(page, live_url, auditor)

    page.click("[data-testid=nav-audit]")
    page.wait_for_url("**/audit/")
    page.fill("[data-testid=audit-filters] input[name=action]", "desk:conversation:assign")
    page.click("[data-testid=audit-filters] button[type=submit]")
    page.wait_for_url("**action=desk%3Aconversation%3Aassign**")
    rows = page.locator("[data-testid=audit-results] tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert len(texts) == 2, texts
    assert all("desk:conversation:assign" in t for t in texts)
    assert "other-tenant-secret" not in page.content()

    page.click("[data-testid=audit-results] a[href*='conversation=42']")
    page.wait_for_url("**/audit/trace/?conversation=42**")
    trace = page.locator("[data-testid=trace-events] li").all_inner_texts()
    assert [next(word for word in t.split() if word.startswith("desk:")) for t in trace] == [
        "desk:conversation:create", "desk:conversation:assign", "desk:message:send", "desk:conversation:resolve"
    ]

    page.go_back()
    page.fill("[data-testid=audit-filters] input[name=target_id]", "41")
    page.fill("[data-testid=audit-filters] input[name=action]", "")
    page.click("[data-testid=audit-filters] button[type=submit]")
    page.wait_for_url("**target_id=41**")
    with page.expect_download() as download_info:
        page.click("[data-testid=audit-export]")
    path = download_info.value.path()
    z = zipfile.ZipFile(io.BytesIO(Path(path).read_bytes()))
    verifiers = [note.Verifier.parse(v) for v in z.read("log.vkey").decode().split()]
    checkpoint, _ = note.open_checkpoint(z.read("checkpoint"), verifiers)
    rows_out = [json.loads(line) for line in z.read("events.jsonl").decode().splitlines()]
    assert [json.loads(r["leaf"])["action"] for r in rows_out] == [
        "desk:conversation:create", "desk:conversation:assign", "desk:message:send", "desk:conversation:resolve"
    ]
    for row in rows_out:
        assert json.loads(row["leaf"])["target"]["id"] == "41"
        merkle.verify_inclusion(row["idx"], checkpoint.size, merkle.leaf_hash(row["leaf"].encode()),
                                [base64.b64decode(h) for h in row["proof"]], checkpoint.root)
    assert not [e for e in page.csp_errors if "Content Security Policy" in e]


def test_employee_has_no_audit_link_and_no_audit_page(page: Any, live_url: str, make_user: Any) -> None:
    employee = make_user(role="employee")
    browser_login(page, live_url, employee)
    assert page.locator("[data-testid=nav-audit]").count() == 0
    assert page.locator("[data-testid=nav-requests]").count() == 1
    response = page.goto(f"{live_url}/audit/")
    assert response is not None and response.status == 404

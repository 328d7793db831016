"""The employee's "My requests" list follows the conversation live, in real Chromium, across two processes.

Employee (server A, Vietnamese): the list is open. Agent (server B, second browser context): takes the queued
conversation, replies, resolves it. The employee's row shows the agent, the new reply and each status change,
translated, without a reload (a marker set in the page survives), and the page breaks no CSP rule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.desk.e2e.conftest import login
from trustdesk.desk import actions
from trustdesk.tenancy.actor import actor_for

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SUBJECT = "Không nhận được mã OTP"


def _context(browser: Any, locale: str) -> tuple[Any, Any]:
    context = browser.new_context(locale=locale)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.csp_errors = []
    page.on("console", lambda m: page.csp_errors.append(m.text) if m.type == "error" else None)
    return context, page


def _csp(page: Any) -> list[str]:
    return [e for e in page.csp_errors if "Content Security Policy" in e]


def test_my_requests_row_follows_take_reply_and_resolve_without_reload(
    browser: Any,
    asgi_servers: Callable[..., list[str]],
    make_agent: Callable[..., Any],
    employee: Any,
) -> None:
    # Offline at creation, so the request waits in the team queue until the agent takes it by hand.
    agent = make_agent(name="Mei Chan", skills=("account",), languages=("en", "vi"), presence="offline")
    conversation = actions.create_conversation(
        actor=actor_for(employee), category="account", subject=SUBJECT, body="Tôi không nhận được mã."
    )
    assert conversation.agent_id is None
    server_a, server_b = asgi_servers(2)
    employee_ctx, page = _context(browser, "vi-VN")
    agent_ctx, agent_page = _context(browser, "en-US")
    try:
        login(page, server_a, employee)
        page.goto(f"{server_a}/support/")
        row = page.locator(f"tr[data-conversation='{conversation.pk}']")
        assert SUBJECT in row.inner_text()
        assert row.locator("[data-role=row-status]").get_attribute("data-status") == "new"
        assert row.locator("[data-role=row-agent]").inner_text() == "—"
        page.wait_for_selector("[data-role=list-live][data-connected='1']")
        page.evaluate("window.__tdNoReload = 'still here'")

        login(agent_page, server_b, agent)
        agent_page.goto(f"{server_b}/agent/c/{conversation.pk}/")
        agent_page.click("[data-testid=take]")
        agent_page.wait_for_url(f"**/agent/c/{conversation.pk}/")
        # Taken: the employee's row names the agent and shows the conversation open.
        row.locator("[data-role=row-agent]", has_text="Mei Chan").wait_for()
        page.wait_for_function(
            "pk => document.querySelector(`tr[data-conversation='${pk}'] [data-role=row-status]`)"
            ".getAttribute('data-status') === 'open'",
            arg=conversation.pk,
        )
        assert row.locator("[data-role=row-status]").inner_text() == "Đang xử lý"
        assert row.locator("[data-role=row-reply]").count() == 0

        agent_page.fill("[data-testid=reply-body]", "Tôi đã gửi lại mã cho bạn.")
        agent_page.click("[data-testid=reply-send]")
        row.locator("[data-role=row-reply]", has_text="Có trả lời mới").wait_for(state="visible")
        assert row.locator("[data-role=row-activity] time").get_attribute("datetime")

        agent_page.click("[data-testid=resolve]")
        row.locator("[data-role=row-status]", has_text="Đã giải quyết").wait_for()
        assert row.locator("[data-role=row-status]").get_attribute("data-status") == "resolved"

        assert page.evaluate("window.__tdNoReload") == "still here"
        assert "Tôi đã gửi lại mã" not in page.locator("main").inner_text()  # ids and status only, never text
        assert not _csp(page)
        assert not _csp(agent_page)
    finally:
        agent_ctx.close()
        employee_ctx.close()

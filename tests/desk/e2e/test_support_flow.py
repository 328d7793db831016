"""The whole support path in real Chromium, over two server processes joined by Redis.

Employee (server A): Me → Help & Feedback → Contact Support → form → conversation page.
Agent (server B, second browser context): the console shows the new conversation live; the agent replies.
Employee: the reply appears without a reload.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.desk.e2e.conftest import login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SUBJECT = "Tài khoản bị khóa"
REPLY = "Xin chào, tôi đã mở khóa tài khoản của bạn. / Your account is unlocked."


def _no_csp_errors(page: Any) -> list[str]:
    return [e for e in page.csp_errors if "Content Security Policy" in e]


def test_contact_support_live_chat_across_two_processes(
    browser: Any,
    asgi_servers: Callable[..., list[str]],
    make_agent: Callable[..., Any],
    employee: Any,
) -> None:
    agent = make_agent(name="Mei Chan", skills=("account",), languages=("en", "vi"))
    server_a, server_b = asgi_servers(2)

    agent_ctx = browser.new_context(locale="en-US")
    agent_page = agent_ctx.new_page()
    agent_page.set_default_timeout(15_000)
    agent_page.csp_errors = []
    agent_page.on("console", lambda m: agent_page.csp_errors.append(m.text) if m.type == "error" else None)
    employee_ctx = browser.new_context(locale="vi-VN")
    page = employee_ctx.new_page()
    page.set_default_timeout(15_000)
    page.csp_errors = []
    page.on("console", lambda m: page.csp_errors.append(m.text) if m.type == "error" else None)
    try:
        # The agent waits in the console on server B, connected to its live stream.
        login(agent_page, server_b, agent)
        agent_page.goto(f"{server_b}/agent/")
        agent_page.wait_for_selector("[data-td=live-panel][data-connected='1']")
        assert agent_page.locator("[data-testid=mine-link]").count() == 0

        # The employee takes the one official path on server A.
        login(page, server_a, employee)
        page.click("nav a[href='/me/help/']")
        page.wait_for_url("**/me/help/")
        page.click("[data-testid=contact-support]")
        page.wait_for_url("**/support/new/")
        assert page.locator("[data-testid=reminder]").is_visible()
        page.select_option("#id_category", "account")
        page.fill("#id_subject", SUBJECT)
        page.fill("#id_description", "Tôi không đăng nhập được từ sáng nay.")
        page.select_option("#id_language", "vi")
        page.click("[data-testid=submit-request]")
        page.wait_for_url("**/support/c/*/")
        assert page.locator("[data-testid=team-verified]").is_visible()
        assert "Mei Chan" in page.locator("[data-testid=agent]").inner_text()
        page.wait_for_selector("[data-role=live][data-connected='1']")
        page.evaluate("window.__tdNoReload = 'still here'")

        # Server B's console receives the assignment live (no reload) and the agent answers.
        link = agent_page.locator("[data-testid=mine-link]", has_text=SUBJECT)
        link.wait_for()
        link.click()
        agent_page.wait_for_url("**/agent/c/*/")
        assert employee.email in agent_page.locator("[data-testid=requester-panel]").inner_text()
        agent_page.fill("[data-testid=reply-body]", REPLY)
        agent_page.click("[data-testid=reply-send]")
        agent_page.locator("[data-testid=message]", has_text=REPLY).wait_for()

        # The employee on server A sees the reply arrive over SSE, without reloading the page.
        page.locator("[data-testid=message]", has_text=REPLY).wait_for()
        assert page.evaluate("window.__tdNoReload") == "still here"
        assert "Mei Chan" in page.locator("[data-testid=message]", has_text=REPLY).inner_text()

        assert not _no_csp_errors(page)
        assert not _no_csp_errors(agent_page)
    finally:
        agent_ctx.close()
        employee_ctx.close()


def test_contact_support_in_arabic_is_right_to_left_and_translated(
    browser: Any, asgi_servers: Callable[..., list[str]], employee: Any
) -> None:
    (server,) = asgi_servers(1, redis=False)
    context = browser.new_context(locale="ar")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        login(page, server, employee)
        page.goto(f"{server}/support/new/")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator("html").get_attribute("lang") == "ar"
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
        heading = page.locator("h1").inner_text()
        assert heading == "التواصل مع الدعم"
        reminder = page.locator("[data-testid=reminder]").inner_text()
        assert "لا يطلب الدعم أبدًا" in reminder
    finally:
        context.close()

"""Browser fixtures for every e2e test: real Chromium (Debian's package), Playwright, Django's live server."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CHROMIUM = os.environ.get("TRUSTDESK_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package (.ci/run does)")
    # The sync Playwright API runs an event loop in this thread; the ORM calls the tests make are ordinary
    # blocking calls between browser steps.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="en-US")
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.csp_errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


@pytest.fixture
def live_url(live_server: Any) -> str:
    return str(live_server.url).replace("127.0.0.1", "localhost")


def browser_login(page: Any, base: str, user: Any) -> None:
    """Log ``user`` in through the real pages (password, then a TOTP code); registers this browser's device key
    when the zero-trust gate asks for it. Ends on the Me page."""
    from tests.conftest import PASSWORD, next_code

    page.goto(f"{base}/account/login/")
    page.fill("#id_email", user.email)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")
    page.wait_for_url("**/account/2fa/**")
    page.fill("#id_code", next_code(user))
    page.click("[data-testid=code-submit]")
    page.wait_for_load_state()
    if "/devices/enrol/" in page.url:
        page.locator("#td-device-name").wait_for()
        page.fill("#td-device-name", "Chromium (test)")
        page.click("[data-testid=enrol-submit]")
    try:
        page.wait_for_url("**/me/**")
    except Exception:
        raise AssertionError(f"login failed at {page.url}: {page.locator('main').inner_text()[:500]}") from None

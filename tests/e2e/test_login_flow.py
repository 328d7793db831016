"""Login → mandatory 2FA enrolment → logged in, in real Chromium, in English and in Arabic (right-to-left)."""

from __future__ import annotations

from typing import Any

import pyotp
import pytest

from tests.conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _login_and_enrol(page: Any, live_url: str, email: str) -> None:
    page.goto(f"{live_url}/account/login/")
    page.fill("#id_email", email)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")
    page.wait_for_url("**/account/2fa/enrol/**")
    assert page.locator(".td-qr svg").count() == 1
    secret = page.locator("[data-testid=totp-secret]").inner_text().strip()
    page.fill("#id_code", pyotp.TOTP(secret).now())
    page.click("[data-testid=code-submit]")
    assert page.locator("[data-testid=recovery-codes] li").count() == 10
    page.click("[data-testid=continue]")
    page.wait_for_url("**/me/")


def test_login_and_enrol_in_english(page: Any, live_url: str, make_user: Any) -> None:
    user = make_user(totp=False)
    _login_and_enrol(page, live_url, user.email)
    assert page.locator("[data-testid=me-email]").inner_text() == user.email
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("[data-testid=me-heading]").inner_text() == "Me"
    assert not [e for e in page.csp_errors if "Content Security Policy" in e]


def test_login_and_enrol_in_arabic_is_right_to_left(page: Any, live_url: str, make_user: Any) -> None:
    user = make_user(totp=False)
    page.goto(f"{live_url}/account/login/")
    page.select_option("#td-lang-select", "ar")
    page.click("[data-testid=set-language]")
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    _login_and_enrol(page, live_url, user.email)
    assert page.locator("html").get_attribute("dir") == "rtl"
    heading = page.locator("[data-testid=me-heading]").inner_text()
    assert heading != "Me"  # translated
    direction = page.evaluate("getComputedStyle(document.body).direction")
    assert direction == "rtl"

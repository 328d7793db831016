"""In real Chromium: the browser gets its own non-extractable WebCrypto key, every page needs the device,
and a passkey (CDP virtual authenticator) is registered and then used as the second factor."""

from __future__ import annotations

from typing import Any

import pyotp
import pytest

from tests.conftest import PASSWORD
from trustdesk.audit.models import AuditEvent
from trustdesk.trust.models import Device, Passkey, TrustPolicy

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _password(page: Any, live_url: str, email: str) -> None:
    page.goto(f"{live_url}/account/login/")
    page.fill("#id_email", email)
    page.fill("#id_password", PASSWORD)
    page.click("[data-testid=login-submit]")
    page.wait_for_url("**/account/2fa/**")


def _enrol_browser(page: Any, live_url: str, user: Any) -> Device:
    _password(page, live_url, user.email)
    page.fill("#id_code", pyotp.TOTP(user.totp_secret).now())
    page.click("[data-testid=code-submit]")
    page.wait_for_url("**/devices/enrol/**")  # the gate: this session has no device yet
    page.fill("#td-device-name", "Chromium under test")
    page.click("[data-testid=enrol-submit]")
    page.wait_for_url("**/me/")
    return Device.objects.get(user=user)


def test_browser_device_key_binding_and_passkey(gate: Any, page: Any, live_url: str, make_user: Any, org: Any) -> None:
    user = make_user()
    device = _enrol_browser(page, live_url, user)
    assert (device.platform, device.status, device.name) == ("browser", "active", "Chromium under test")
    assert device.public_jwk["crv"] == "P-256"

    # The private key really is non-extractable, and it is what signs the API calls.
    exported = (
        page.evaluate(
            """() => TrustDesk.loadDevice().then(d => crypto.subtle.exportKey('jwk', d.keyPair.privateKey)
              .then(() => 'exported', e => e.name))"""
        )
        if page.evaluate("typeof TrustDesk") == "object"
        else None
    )
    if exported is None:
        page.goto(f"{live_url}/devices/")
        page.goto(f"{live_url}/devices/")
    exported = page.evaluate(
        """() => TrustDesk.loadDevice().then(d => crypto.subtle.exportKey('jwk', d.keyPair.privateKey)
              .then(() => 'exported', e => e.name))"""
    )
    assert exported == "InvalidAccessError"
    status = page.evaluate("() => TrustDesk.signedFetch('/api/v1/me').then(r => r.status)")
    assert status == 200
    assert page.evaluate("() => fetch('/api/v1/me').then(r => r.status)") == 401  # unsigned: refused

    # Register a passkey with a virtual authenticator.
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
            }
        },
    )
    page.goto(f"{live_url}/devices/")
    page.fill("#td-passkey-name", "Virtual key")
    page.click("[data-testid=passkey-add]")
    page.wait_for_function("() => document.querySelector('[data-testid=passkeys]').innerText.includes('Virtual key')")
    assert Passkey.objects.filter(user=user, name="Virtual key").count() == 1

    # Log out, then sign in with password + passkey: this role now requires a phishing-resistant factor.
    TrustPolicy.objects.create(organization=org, phishing_resistant_roles=["employee"])
    page.click("nav button.td-link")
    page.wait_for_url("**/account/login/**")
    _password(page, live_url, user.email)
    page.goto(f"{live_url}/account/passkey/?next=/me/")
    page.click("[data-testid=passkey-login]")
    page.wait_for_url("**/me/")  # through the device page: the same key re-binds the new session
    assert page.locator("[data-testid=me-email]").inner_text() == user.email
    assert AuditEvent.objects.filter(action="trust:passkey:sign_in", actor_id=user.pk).count() == 1
    assert Device.objects.filter(user=user).count() == 1  # the existing browser key was reused
    assert not [e for e in page.csp_errors if "Content Security Policy" in e]

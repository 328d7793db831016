"""The session-binding cookie: page navigations cannot be signed, so a short-lived cookie stands in.

Only a request signed by the session's device refreshes it (the gate does so on every allowed signed
request, and the page script signs a refresh every couple of minutes). A copy of the session and binding
cookies in another browser therefore stops working when the binding expires (default 5 minutes) and can
never perform an action that requires a signature. This is the idea of Device Bound Session Credentials,
done with the WebCrypto key the browser already has.

The cookie names the `UserSession` (not the rotating session key) and the device, signed with the server
key and timestamped; it is HttpOnly, `__Host-`, SameSite=Strict.
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.http import HttpResponse

COOKIE_NAME = "__Host-td_bind"
_SALT = "trustdesk.trust.binding"


def lifetime_seconds() -> int:
    return int(getattr(settings, "TRUST_BINDING_SECONDS", 300))


def issue(response: HttpResponse, *, user_session_id: int, device_id: str) -> None:
    value = signing.dumps({"s": user_session_id, "d": device_id}, salt=_SALT)
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=lifetime_seconds(),
        path="/",
        secure=True,
        httponly=True,
        samesite="Strict",
    )


def clear(response: HttpResponse) -> None:
    response.delete_cookie(COOKIE_NAME, path="/", samesite="Strict")


def check(value: str | None, *, user_session_id: int | None) -> tuple[str | None, str | None]:
    """Return (device_id, None) for a valid cookie of this session, else (None, failure)."""
    if not value:
        return None, "binding_missing"
    try:
        data = signing.loads(value, salt=_SALT, max_age=lifetime_seconds())
    except signing.SignatureExpired:
        return None, "binding_expired"
    except signing.BadSignature:
        return None, "binding_invalid"
    if not isinstance(data, dict) or data.get("s") != user_session_id or not isinstance(data.get("d"), str):
        return None, "binding_other_session"
    return data["d"], None

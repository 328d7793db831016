"""TOTP (RFC 6238) with single-use codes.

pyotp's ``verify`` is stateless, so a code could be replayed inside its window. We find the matching time step
ourselves and store it with a conditional UPDATE (``last_timestep < step``): of two concurrent submissions of
the same code only one row update succeeds, on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

import pyotp

from trustdesk.core import clock

DIGITS = 6
INTERVAL = 30
VALID_WINDOW = 1  # accept the previous and next step (clock drift), nothing wider


class TotpResult(Enum):
    OK = "ok"
    INVALID = "invalid"
    REPLAY = "replay"


def new_secret() -> str:
    """160 random bits from the OS CSPRNG (NIST: >= 112)."""
    return pyotp.random_base32(32)


def normalise_code(raw: str) -> str | None:
    """NFKC (full-width digits become ASCII), drop spaces and dashes; None unless exactly six digits."""
    code = unicodedata.normalize("NFKC", raw or "").replace(" ", "").replace("-", "")
    if len(code) != DIGITS or not code.isascii() or not code.isdigit():
        return None
    return code


def timestep(at: float | None = None) -> int:
    return int((clock.timestamp() if at is None else at) // INTERVAL)


def matching_step(secret: str, code: str, *, at: float | None = None) -> int | None:
    """The time step within the window whose code equals ``code``, or None."""
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL)
    current = timestep(at)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if pyotp.utils.strings_equal(totp.generate_otp(step), code):
            return step
    return None


def provisioning_uri(secret: str, *, email: str, issuer: str = "TrustDesk") -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL).provisioning_uri(name=email, issuer_name=issuer)


def current_code(secret: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=INTERVAL).at(clock.timestamp())


def qr_svg(uri: str) -> str:
    """An inline SVG QR code (no external request, nothing for the CSP to allow)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return str(image.to_string(encoding="unicode"))

"""Value types shared by every part of the scam-signal engine.

They are plain frozen dataclasses and string enums so that results can be serialised to JSON, compared in
tests and passed across the Django boundary without the engine importing Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Verdict(StrEnum):
    """The four answers a checker gives, from most to least trustworthy."""

    OFFICIAL = "official"
    SAFE = "safe"
    SUSPICIOUS = "suspicious"
    SCAM = "scam"


class Kind(StrEnum):
    """What the user asks about; each kind has its own analysis path."""

    MESSAGE = "message"
    URL = "url"
    PHONE = "phone"
    ACCOUNT = "account"


class SignalType(StrEnum):
    """Every signal the engine can report.

    The value doubles as the translation key stem: ``signal.<value>.explain`` and ``signal.<value>.advice``.
    """

    OTP_REQUEST = "otp_request"
    PASSWORD_REQUEST = "password_request"  # noqa: S105 (a signal name)
    REMOTE_ACCESS = "remote_access"
    APP_INSTALL = "app_install"
    PAYMENT_REQUEST = "payment_request"
    ACCOUNT_THREAT = "account_threat"
    LEGAL_THREAT = "legal_threat"
    URGENCY = "urgency"
    PRIZE_LURE = "prize_lure"
    INVESTMENT_LURE = "investment_lure"
    IMPERSONATION = "impersonation_claim"
    OFF_PLATFORM = "off_platform_contact"
    LINK_ACTION = "action_via_link"
    PLAIN_HTTP = "plain_http_link"
    LOOKALIKE_DOMAIN = "lookalike_domain"
    PUNYCODE = "punycode_domain"
    URL_SHORTENER = "url_shortener"
    SUSPICIOUS_LINK = "suspicious_link_domain"  # an abused top-level domain or a name made of lure words
    IP_HOST = "ip_address_host"
    PREMIUM_RATE = "premium_rate_number"
    SHARED_COST = "shared_cost_number"
    UNOFFICIAL_SUPPORT_NUMBER = "unofficial_support_number"
    LOOKALIKE_ACCOUNT = "lookalike_account"
    UNOFFICIAL_ACCOUNT = "unofficial_account"
    SCAM_WORDING = "scam_wording"

    @property
    def explanation_key(self) -> str:
        return f"signal.{self.value}.explain"

    @property
    def advice_key(self) -> str:
        return f"signal.{self.value}.advice"


@dataclass(frozen=True, slots=True)
class Signal:
    """One reason for suspicion, with the exact evidence (words, link or number) that triggered it."""

    type: SignalType
    evidence: str
    detail: str = ""

    @property
    def explanation_key(self) -> str:
        return self.type.explanation_key

    @property
    def advice_key(self) -> str:
        return self.type.advice_key

    def to_dict(self) -> dict[str, str]:
        out = {"type": self.type.value, "evidence": self.evidence}
        if self.detail:
            out["detail"] = self.detail
        return out


@dataclass(frozen=True, slots=True)
class OfficialMatch:
    """What the directory says about an official item (who owns it and through which channel)."""

    owner: str
    channel: str
    value: str


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The answer for one item: verdict, score in [0, 1] (higher = more likely a scam), language, signals."""

    verdict: Verdict
    score: float
    lang: str
    signals: tuple[Signal, ...] = ()
    official: OfficialMatch | None = None
    kind: Kind = Kind.MESSAGE
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        return self.verdict in (Verdict.SUSPICIOUS, Verdict.SCAM)

    def signal_types(self) -> set[SignalType]:
        return {s.type for s in self.signals}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "verdict": self.verdict.value,
            "score": round(self.score, 4),
            "lang": self.lang,
            "signals": [s.to_dict() for s in self.signals],
        }
        if self.official is not None:
            out["official"] = {
                "owner": self.official.owner,
                "channel": self.official.channel,
                "value": self.official.value,
            }
        return out

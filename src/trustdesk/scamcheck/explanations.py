"""Words a frontline employee understands: one explanation per signal and one piece of advice per risk.

The engine returns keys (``signal.<type>.explain`` / ``.advice``); this module maps them to translatable text.
Advice is shared by signals that call for the same action, so it reads the same everywhere.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from trustdesk.scamcheck.engine import CheckResult, SignalType, Verdict

S = SignalType

_ADVICE_CODES = _("Never share a code, password or PIN with anyone, including people who say they are support staff.")
_ADVICE_REMOTE = _("Do not install apps or give remote access because someone asked you to. Ask your IT team first.")
_ADVICE_PAY = _("Do not pay or transfer money. Official support never asks for payment in a chat or call.")
_ADVICE_VERIFY = _("Do not act on pressure. Check through the official app: Me → Help & Feedback → Contact Support.")
_ADVICE_LINK = _("Do not open the link or enter anything on that page. Type the official address yourself.")
_ADVICE_CALL = _("Do not call or reply to this number. Official support has no phone number.")
_ADVICE_CONTACT = _("Treat this contact as unofficial. Official accounts carry the verified badge in the app.")
_ADVICE_GENERAL = _("Be careful. If unsure, report it to IT and do not reply.")

EXPLANATIONS: dict[SignalType, tuple[Promise, Promise]] = {
    S.OTP_REQUEST: (_("Asks you to give a verification code (OTP)."), _ADVICE_CODES),
    S.PASSWORD_REQUEST: (_("Asks for a password, PIN or card details."), _ADVICE_CODES),
    S.REMOTE_ACCESS: (_("Asks for remote access to your device (AnyDesk, TeamViewer, QuickSupport…)."), _ADVICE_REMOTE),
    S.APP_INSTALL: (_("Asks you to install an app from a link."), _ADVICE_REMOTE),
    S.PAYMENT_REQUEST: (_("Asks you to pay, transfer money or buy an upgrade."), _ADVICE_PAY),
    S.ACCOUNT_THREAT: (_("Threatens to lock, suspend or close your account."), _ADVICE_VERIFY),
    S.LEGAL_THREAT: (_("Threatens police, court or legal action."), _ADVICE_VERIFY),
    S.URGENCY: (_("Pushes you to act immediately."), _ADVICE_VERIFY),
    S.PRIZE_LURE: (_("Promises a prize, gift or reward."), _ADVICE_PAY),
    S.INVESTMENT_LURE: (_("Promises easy money or guaranteed profit."), _ADVICE_PAY),
    S.IMPERSONATION: (_("Claims to be support, a bank, the police or platform staff."), _ADVICE_VERIFY),
    S.OFF_PLATFORM: (_("Asks you to continue on WhatsApp, Telegram, Zalo or another outside app."), _ADVICE_VERIFY),
    S.LINK_ACTION: (_("Asks you to sign in, verify, update or pay through a link."), _ADVICE_LINK),
    S.PLAIN_HTTP: (_("The link is not encrypted (http://)."), _ADVICE_LINK),
    S.LOOKALIKE_DOMAIN: (_("The link imitates an official website."), _ADVICE_LINK),
    S.PUNYCODE: (_("The link uses look-alike foreign letters (punycode)."), _ADVICE_LINK),
    S.URL_SHORTENER: (_("The link is shortened and hides where it goes."), _ADVICE_LINK),
    S.SUSPICIOUS_LINK: (
        _(
            "The link goes to a site that banks, couriers and government offices do not use: a cheap address often "
            "used for scams, or a name made of words like pay, verify or parcel."
        ),
        _ADVICE_LINK,
    ),
    S.IP_HOST: (_("The link points to a bare IP address instead of a name."), _ADVICE_LINK),
    S.PREMIUM_RATE: (_("Premium-rate number or SMS: calling or texting it costs money."), _ADVICE_CALL),
    S.SHARED_COST: (_("Shared-cost number: you pay part of the call."), _ADVICE_CALL),
    S.UNOFFICIAL_SUPPORT_NUMBER: (_("Presented as a support line, but not in the official directory."), _ADVICE_CALL),
    S.LOOKALIKE_ACCOUNT: (_("This name imitates an official account."), _ADVICE_CONTACT),
    S.UNOFFICIAL_ACCOUNT: (
        _("Presents itself as official support, but is not in the official directory."),
        _ADVICE_CONTACT,
    ),
    S.SCAM_WORDING: (_("The wording resembles known scam messages."), _ADVICE_GENERAL),
}

VERDICT_LABELS: dict[Verdict, Promise] = {
    Verdict.OFFICIAL: _("Official"),
    Verdict.SAFE: _("No scam signals found"),
    Verdict.SUSPICIOUS: _("Suspicious"),
    Verdict.SCAM: _("Likely scam"),
}

VERDICT_SUMMARY: dict[Verdict, Promise] = {
    Verdict.OFFICIAL: _("This is in the official directory."),
    Verdict.SAFE: _(
        "We found no scam signals. That does not prove it is official; official contacts show the verified badge."
    ),
    Verdict.SUSPICIOUS: _("Be careful: we found warning signs."),
    Verdict.SCAM: _("This looks like a scam. Do not reply, pay, click or share anything."),
}


def explain(result: CheckResult) -> dict[str, Any]:
    """A JSON-ready result with the texts in the active language (call inside the request's language)."""
    out = result.to_dict()
    out["verdict_label"] = str(VERDICT_LABELS[result.verdict])
    out["summary"] = str(VERDICT_SUMMARY[result.verdict])
    for sig, item in zip(result.signals, out["signals"], strict=True):
        explanation, advice = EXPLANATIONS[sig.type]
        item["explanation"] = str(explanation)
        item["advice"] = str(advice)
    return out

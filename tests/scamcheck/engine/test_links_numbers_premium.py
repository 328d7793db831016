"""Links, numbers and premium-rate SMS: classes of message the rules misread, each with a counterpart that must
still flag. Rules-only checker, so these hold whatever the trained model learns."""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _types(checker: Checker, text: str) -> set[S]:
    return set(checker.check("message", text).signal_types())


# --- premium SMS weak cues: a shop's marketing boilerplate is not a premium-service cue ---------------------


@pytest.mark.parametrize(
    "legit",
    [
        # terms + opt-out footer: every shop promotion carries both
        "Pizza Palace: buy one large, get one free every Friday. Terms apply. Text STOP to opt out.",
        # a loyalty programme's "member" with an unsubscribe footer
        "BookNook: Members' Weekend, triple points on all stationery. Unsubscribe: balas BERHENTI",
        # "member" twice is one cue, not two
        "Watsons: your member birthday voucher RM20 is valid till 31/12. Show your member card at the counter.",
    ],
)
def test_shop_boilerplate_alone_is_not_premium_sms(rules_checker: Checker, legit: str) -> None:
    assert S.PREMIUM_RATE not in _types(rules_checker, legit)


@pytest.mark.parametrize(
    "scam",
    [
        # a premium-service cue (ringtones, club, FreeMsg, PO box) with the same boilerplate still counts
        "New polyphonic ringtones for you every week! T&Cs apply. Reply STOP to end",
        "Exclusive wallpapers for our members each Monday, just open the link we send u",
        "FreeMsg: you are now in the Star Quiz. Unsubscribe any time",
        "Hot chat line 4 our members, PO Box 4412 M1 7QQ",
    ],
)
def test_premium_service_cue_with_boilerplate_still_flags(rules_checker: Checker, scam: str) -> None:
    assert S.PREMIUM_RATE in _types(rules_checker, scam)

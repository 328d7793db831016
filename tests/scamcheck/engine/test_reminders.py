"""Legitimate bill and top-up reminders ask for payment; what separates them from a payment scam is the route.

A reminder sends the user to the provider's own app; a scam gives its own route (a link, a number, a chat, an
app to install). These tests use the rules-only checker, so they hold whatever the trained model learns.
"""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

REMINDERS = [
    "Digi: Bil anda RM88.00 perlu dibayar sebelum 20/12. Bayar melalui aplikasi MyDigi.",
    "Viettel: Cước tháng 11 là 185.000đ. Quý khách vui lòng thanh toán trước ngày 20/12 qua ứng dụng My Viettel.",
    "PLN: Tagihan listrik Anda Rp412.000. Silakan bayar melalui aplikasi PLN Mobile sebelum tanggal 20.",
    "【国家电网】您户11月电费为236元，请支付电费，可通过网上国网APP缴纳。",
    "KBank: ใบแจ้งยอดบัตรเครดิตพร้อมแล้ว ยอดชำระขั้นต่ำ 1,200 บาท กรุณาชำระผ่านแอป K PLUS",
    "STC: فاتورتك 230 ريال. يرجى دفع الفاتورة عبر تطبيق mySTC.",
]


@pytest.mark.parametrize("text", REMINDERS)
def test_reminder_to_the_official_app_is_not_a_payment_request(rules_checker: Checker, text: str) -> None:
    # The request names the provider's own app as its route in the same clause: the pattern stops there
    # (lexicon ``_OWN_PAY_CHANNEL``); another route after it makes it a request again (the next test).
    result = rules_checker.check("message", text)
    assert S.PAYMENT_REQUEST not in result.signal_types()
    assert not result.flagged


@pytest.mark.parametrize(
    "route",
    [
        " Or pay now at http://telco-billpay.online",
        " Hubungi ejen kami di WhatsApp +60 12-345 6789 untuk bantuan.",
        " Transfer to account 0123456789012 today.",
        " Send the receipt to billing@telco-pay.online",
    ],
)
def test_any_other_route_cancels_the_official_app_cue(rules_checker: Checker, route: str) -> None:
    text = REMINDERS[0] + route
    result = rules_checker.check("message", text)
    plain = rules_checker.check("message", REMINDERS[0])
    assert S.PAYMENT_REQUEST in result.signal_types()
    assert result.score > plain.score


def test_the_cue_never_excuses_a_code_request(rules_checker: Checker) -> None:
    text = "Your bill is RM88. To pay it in the MyDigi app, first send me the OTP you just received."
    result = rules_checker.check("message", text)
    assert result.flagged
    assert S.OTP_REQUEST in result.signal_types()


def test_payment_demand_with_urgency_and_unofficial_link_is_a_scam(checker: Checker) -> None:
    text = "FINAL NOTICE: your water will be cut off today. Pay the $86.40 balance now at http://water-billpay.online"
    result = checker.check("message", text)
    assert result.flagged
    assert {S.PLAIN_HTTP, S.URGENCY} <= result.signal_types()

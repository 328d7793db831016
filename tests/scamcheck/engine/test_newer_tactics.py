"""Newer scam tactics (the corpus *_9 styles) as classes, each in several languages, with a legitimate counterpart
that must not flag. Rules-only checker, so these hold whatever the trained model learns. The messages are written
for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker

# --- pay, renew or redeem at a link, with an amount written with thousands dots -------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Viettel: Ten mien cua quy khach het han ngay 15/12/2026. Gia han 450.000d tai viettel.vn hoac cua hang Viettel gan nhat.",
            "Thong bao: Ten mien cua quy khach het han hom nay va se bi thu hoi. Gia han 450.000d tai tenmien-giahan-vn.com.",
        ),
        (
            "Your domain expires on 3 Jan. It renews automatically with the card on file; nothing to do.",
            "Your domain expires today and will be released. Renew for $14.99 at domain-renewal-center.net.",
        ),
        (
            "Telkomsel: Poin Anda 12.500 akan berakhir 31/12. Tukarkan poin di aplikasi MyTelkomsel.",
            "Telkomsel: Poin Anda 12.500 akan berakhir hari ini. Tukarkan di tsel-poin-hadiah.com sekarang.",
        ),
        (
            "【中国联通】您的积分将于12月31日到期，请登录中国联通App兑换。",
            "【中国联通】您的积分今日到期，请登录 10010-jfdh.cn 兑换现金。",
        ),
        (
            "AIS: คะแนนสะสมของคุณจะหมดอายุ 31 ธ.ค. แลกของรางวัลในแอป myAIS",
            "AIS: คะแนนสะสมของคุณจะหมดอายุวันนี้ แลกของรางวัลที่ ais-point-th.com",
        ),
    ],
)
def test_pay_renew_or_redeem_at_an_unofficial_link(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged

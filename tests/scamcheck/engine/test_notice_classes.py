"""Classes of legitimate notice the rules misread (found in the corpus *_8 errors), each with a scam counterpart
in the same language that must still flag. Rules-only checker, so these hold whatever the trained model learns.
The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker

# --- the notice's own route: the app, a branch, "as requested", "ignore if paid", an e-payment service, the courier


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        # a card frozen or blocked, pointing to the bank's app, or blocked at the user's request (a date is no number)
        (
            "Revolut: Your card has been frozen because of an unusual payment attempt. Open the Revolut app to review it and unfreeze if it was you.",
            "Revolut: Your card has been frozen because of an unusual payment attempt. Verify now at revolut-secure-check.com to unfreeze it.",
        ),
        (
            "HDFC Bank: Your credit card ending 7781 is blocked as requested on 02-12-26. A new card will be sent to your address within 5 days.",
            "HDFC Bank: Your credit card ending 7781 is blocked due to suspicious use. To unblock call 98201 44556 now.",
        ),
        (
            "OCBC: Your debit card ending 2210 has been temporarily blocked after an unusual overseas payment. Call the number behind your card or visit any OCBC branch.",
            "OCBC: Your debit card ending 2210 has been temporarily blocked after an unusual overseas payment. Call our officer at 8123 4567 to restore it.",
        ),
        # a bill that says to ignore it if already paid, or names the provider's e-payment service
        (
            "Syabas: Bil air RM42.10 untuk akaun anda belum dijelaskan. Sila bayar sebelum 15/12. Abaikan jika anda sudah membayar.",
            "Syabas: Bil air RM42.10 untuk akaun anda belum dijelaskan. Sila bayar ke akaun 5621 0099 8812 hari ini. Abaikan jika anda sudah membayar.",
        ),
        (
            "Điện lực: Tiền điện tháng 11 là 456.000đ, vui lòng thanh toán trước ngày 20/12. Bỏ qua tin nhắn này nếu quý khách đã thanh toán.",
            "Điện lực: Tiền điện tháng 11 là 456.000đ, vui lòng thanh toán ngay qua link dienluc-thanhtoan.vn. Bỏ qua tin nhắn này nếu quý khách đã thanh toán.",
        ),
        (
            "Dewan Bandaraya: Cukai pintu RM180 perlu dijelaskan sebelum 31/3. Bayar melalui DBKL e-Payment atau JomPAY.",
            "Dewan Bandaraya: Cukai pintu RM180 perlu dijelaskan hari ini. Bayar ke akaun 5521 8890 1123 atas nama pegawai kami.",
        ),
        # cash on delivery, paid to the courier at the door
        (
            "【中通快递】您的包裹今日派送，需支付货到付款金额56元，派送员会当面收取。",
            "【中通快递】您的包裹需支付运费18元，请转账到以下账户6222 0201 1234 5678后安排派送。",
        ),
        (
            "J&T: Paket Anda tiba hari ini. Silakan bayar Rp 85.000 di tempat saat paket diterima (bayar di tempat).",
            "J&T: Paket Anda tertahan. Silakan bayar biaya pengiriman Rp 15.000 di jnt-paket-id.com agar dikirim hari ini.",
        ),
    ],
)
def test_a_notice_with_the_providers_own_route_is_not_flagged(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged

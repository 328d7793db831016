"""Links, numbers and the directory: brands' own short-link and app-link domains (shope.ee, tokopedia.link, amzn.to,
youtu.be, aka.ms, fb.me) are official while look-alikes of them stay look-alikes; an anti-fraud advisory whose only
route is the provider's line offered to check a doubtful call or to report it; English messages from Malaysia,
Singapore or North America read in their own numbering plan; receipts of a deposit or fee already paid, and a paid
traffic summons. Next to each, the scam told in the same words stays flagged. Each wording is written for these
tests (none is a corpus line); rules only."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker, builtin_directory, phones
from trustdesk.scamcheck.engine.types import SignalType as S

# --- brands' own short-link and app-link domains ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "owner"),
    [
        ("https://shope.ee/8AbCdEf12", "Shopee"),
        ("shp.ee/x7Yz9", "Shopee"),
        ("https://tokopedia.link/kL9mQ2", "Tokopedia"),
        ("tkp.me/abc123", "Tokopedia"),
        ("https://gojek.link/gopay/promo", "Gojek"),
        ("https://aka.ms/setupmfa", "Microsoft"),
        ("https://youtu.be/dQw4w9WgXcQ", "Google"),
        ("https://goo.gle/privacy", "Google"),
        ("https://amzn.to/3Xy7Pq", "Amazon"),
        ("https://amzn.eu/d/5tRw", "Amazon"),
        ("https://fb.me/kedaikekros", "Meta"),
        ("https://instagr.am/p/Cx12ab", "Meta"),
    ],
)
def test_short_link_domains_are_official(rules_checker: Checker, url: str, owner: str) -> None:
    result = rules_checker.check("url", url)
    assert result.official is not None and result.official.owner == owner, url
    assert not result.flagged and not result.signals, url


def test_short_link_domains_are_in_the_directory() -> None:
    domains = builtin_directory().domains
    assert {"shope.ee", "shp.ee", "tokopedia.link", "aka.ms", "amzn.to", "youtu.be", "fb.me"} <= set(domains)


def test_ordinary_words_near_an_abbreviated_short_link_are_not_its_typos(rules_checker: Checker) -> None:
    for url in ("https://youth.org", "https://shops.com", "https://chope.co", "https://akamai.com"):
        assert S.LOOKALIKE_DOMAIN not in rules_checker.check("url", url).signal_types(), url


def test_short_link_lookalikes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "Shopee: Tahniah! Anda menang baucar RM500. Tuntut di https://shope.ee.baucar-menang.top/claim sebelum tengah malam.",
            "Shopee Payday Sale: claim your free voucher at sh0pe.ee/payday before it expires today.",
            "Tokopedia: akun Anda dibatasi. Verifikasi sekarang di tokopedia-link.com/verifikasi",
            "Amazon: your Prime membership is on hold. Update your card at amzn-prime-renew.com today.",
            "Microsoft 365: your mailbox is full. Sign in at aka.ms.mailbox-quota.top to keep receiving mail.",
        ],
        [
            "Shopee 9.9 Super Shopping Day: free shipping on all orders above RM15. Shop now: shope.ee/99sale",
            "Tokopedia: Pesananmu sudah dikirim. Lacak di aplikasi atau tokopedia.link/lacak-pesanan",
            "Deals of the week are up! See them at amzn.to/weekly-picks",
            "IT: please set up the authenticator app this week using the guide at aka.ms/mfasetup",
            "Kedai Kek Ros: our new menu is out, follow us at fb.me/kedaikekros or instagr.am/kedaikekros",
        ],
    )


def test_shopee_promo_with_its_short_link_is_not_flagged(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "Shopee: anda terpilih untuk hadiah RM1,000! Sahkan akaun di shopee-hadiah-rasmi.com dalam 24 jam.",
            "Shopee: selamat, akunmu dapat saldo Rp2.000.000. Klaim di shope.ee.klaim-saldo.xyz sekarang juga.",
        ],
        [
            "Shopee 11.11 Big Sale! Gratis ongkir + cashback hingga 50%. Belanja sekarang di aplikasi Shopee: shope.ee/1111",
            "Shopee Live malam ini jam 8! Flash deal mulai Rp1.000, tonton di shp.ee/live88",
        ],
    )


# --- an advisory whose only route is the provider's line, offered to check or report -------------------------------


def test_advisory_with_the_provider_line_to_check(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Maybank will never ask for your PIN. Your account has been suspended. If in doubt, call 1-300-88-6688 to reactivate it.",
            "CIMB: Your account is frozen. CIMB never asks for your TAC, call 03-6204 7788 immediately to unfreeze it.",
            "您的账户已被冻结。本行不会要求您提供验证码，请拨打 021-9556 6688 解冻。",
            "Vietcombank không bao giờ yêu cầu cung cấp OTP. Tài khoản của quý khách bị khóa, nếu nhận tin nhắn này hãy gọi 1900 545413 để mở khóa.",
        ],
        [
            "CIMB: Scammers may say your account is suspended and ask you to act immediately. CIMB will never ask for your TAC. If unsure, call us at 03-6204 7788.",
            "Maybank: akaun anda akan dibekukan kerana kes polis? Itu penipuan. Maybank tidak akan meminta TAC anda. Jika ragu, hubungi talian 1-300-88-6688.",
            "Vietcombank không bao giờ yêu cầu cung cấp OTP. Nếu nhận cuộc gọi báo tài khoản bị khóa, hãy gọi hotline 1900 545413 để kiểm tra.",
            "中国银行提醒：骗子会冒充公检法称您的账户涉嫌洗钱将被冻结，本行不会要求您提供验证码。如有疑问请致电 021-9556 6688 核实。",
        ],
    )


def test_advisory_urgency_with_the_provider_line_to_report(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.URGENCY,
        [
            "Your card has been blocked. Call 03-6204 7788 immediately to unblock it.",
            "บัญชีของคุณถูกระงับ กรุณาโทร 02-777-7777 ทันทีเพื่อปลดล็อก",
        ],
        [
            "KBank เตือนภัย: หากมีคนโทรมาอ้างว่าบัญชีของคุณพัวพันคดีและให้โอนเงินทันที นั่นคือมิจฉาชีพ หากสงสัยโทรเช็กที่ 02-888-8888",
            "RHB: Beware of callers who tell you to move your money immediately. RHB will never ask you to transfer funds. If you receive such a call, hang up and call 03-9206 8118.",
        ],
    )


def test_callback_for_the_code_stays_flagged(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "We will never ask for your PIN. Your account was suspended: call 1-300-88-6688 now and give the OTP to cancel the transfer.",
            "Ngân hàng không bao giờ yêu cầu mật khẩu. Nếu nghi ngờ, hãy gọi 1900 545413 và đọc mã OTP cho nhân viên để hủy giao dịch.",
        ],
        [
            "Public Bank will never ask for your OTP. If in doubt, call our hotline 03-2179 9999.",
        ],
    )


# --- English numbers read in their own numbering plan -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Klinik Pergigian Ipoh: your appointment is on Tuesday 10am. Call 1300 88 1234 to change it.", "MY"),
        ("Syarikat Maju Sdn Bhd: your order is ready for collection. Questions? 1800 88 4455.", "MY"),
        ("OCBC: SGD 42.10 was spent on your card ending 1182. If unauthorised, call 6363 3333.", "SG"),
        ("Your Singpass was used to log in at 09:14. Not you? Call 6335 3533.", "SG"),
    ],
)
def test_english_numbers_from_malaysia_and_singapore(text: str, first: str) -> None:
    assert phones.regions_for("en", None, text)[0] == first


def test_north_american_grouping_is_read_in_its_plan(rules_checker: Checker) -> None:
    text = "New voice message waiting for you. Dial 1-900-726-4410 to hear it."
    assert phones.regions_for("en", None, text) == ("GB", "US")
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [text, "Your entry won a cruise! Claim it by calling 1-900-726-4410 before midnight."],
        ["Your claim was received. Our team will call you back from 1-800-726-4410 within two days."],
    )
    assert phones.regions_for("en", None, "Call us on 020 7946 0000.") == ("GB",)


def test_singapore_line_reads_as_singaporean(rules_checker: Checker) -> None:
    text = "DBS: DBS will never ask for your OTP. If in doubt, call our fraud hotline 1800 339 7070."
    numbers = phones.find_numbers(text, phones.regions_for("en", None, text), builtin_directory())
    assert [n.e164 for n in numbers] == ["+6518003397070"]
    assert not rules_checker.check("message", text).flagged


# --- receipts: a deposit or fee already paid, a paid traffic summons ----------------------------------------------


def test_deposit_received_is_a_receipt(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Kindly transfer the deposit RM300 now, once received we ship the iPhone. Stock is limited!",
            "Sila bayar deposit RM150 hari ini ke akaun saya, selepas diterima kami hantar kunci rumah.",
            "Transfer deposit RM100 first to hold the room, the rest paid when you arrive.",
        ],
        [
            "Kedai Kek Ros: Deposit RM30 paid for your birthday cake order, pickup Sat 2pm.",
            "Studio Yoga Bliss: Deposit RM40 received with thanks. See you on Monday 7pm!",
            "Klinik Haiwan Comel: Deposit RM80 sudah diterima untuk pembedahan Milo pada 3 Ogos.",
            "Salon Mira: Booking Jumaat 4ptg, deposit RM15 dah terima. Jumpa nanti!",
        ],
    )


def test_paid_traffic_summons_is_a_receipt(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "JPJ: You have an unpaid traffic summons of RM300. Pay now at jpj-saman-bayar.com to avoid a court summons.",
            "PDRM: Your traffic summons will be escalated to court today. Call officer Rahim at 012-776 5432 to settle.",
        ],
        [
            "JPJ: Payment for the traffic summons on vehicle BKT 2231 has been received. Thank you. View your record in the MyJPJ app.",
        ],
    )

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker, Directory, Entry, SignalType, Verdict, builtin_directory

S = SignalType


@pytest.mark.parametrize(
    ("number", "region", "signal"),
    [
        ("+44 906 170 1461", None, S.PREMIUM_RATE),
        ("09061701461", "GB", S.PREMIUM_RATE),
        ("1900 6868", "VN", S.SHARED_COST),
        ("+84 1900 545 413", None, S.SHARED_COST),
        ("1-900-555-0199", "US", S.PREMIUM_RATE),
        ("+966 9200 12345", None, S.SHARED_COST),
        ("400 820 8820", "CN", S.SHARED_COST),
    ],
)
def test_premium_and_shared_cost_numbers_are_flagged(
    checker: Checker, number: str, region: str | None, signal: SignalType
) -> None:
    result = checker.check("phone", number, region=region)
    assert signal in result.signal_types()
    assert result.flagged


@pytest.mark.parametrize(
    "text",
    [
        "TrustDesk support hotline +84 912 345 678",
        "Vietcombank tổng đài 0912 345 678",
        "客服热线 138 0013 8000",
        "สายด่วนธนาคาร 081 234 5678",
        "Layanan pelanggan BCA 0812 3456 7890",
        "Khidmat pelanggan Maybank 012-345 6789",
        "خدمة العملاء 0501234567",
    ],
)
def test_number_presented_as_support_but_not_in_directory_is_flagged(checker: Checker, text: str) -> None:
    result = checker.check("phone", text)
    assert S.UNOFFICIAL_SUPPORT_NUMBER in result.signal_types()
    assert result.flagged


def test_support_number_in_a_message_is_flagged(checker: Checker) -> None:
    result = checker.check("message", "Your TrustDesk workspace is locked. Call our support line +44 20 7946 0018.")
    assert S.UNOFFICIAL_SUPPORT_NUMBER in result.signal_types()


def test_bare_mobile_number_is_not_flagged(checker: Checker) -> None:
    result = checker.check("phone", "0912 345 678")
    assert result.verdict == Verdict.SAFE
    assert result.extra["e164"] == "+84912345678"


def test_organization_number_is_official() -> None:
    directory = builtin_directory().with_entries([Entry("Harbour IT helpdesk", "phone", "+85221234567")])
    checker = Checker(directory, use_model=False)
    result = checker.check("phone", "IT helpdesk +852 2123 4567")
    assert result.verdict == Verdict.OFFICIAL
    assert result.official is not None and result.official.owner == "Harbour IT helpdesk"


def test_platform_directory_has_no_phone_number() -> None:
    assert builtin_directory().phones == {}


def test_official_accounts_and_lookalikes(checker: Checker) -> None:
    assert checker.check("account", "TrustDesk Support").verdict == Verdict.OFFICIAL
    assert checker.check("account", "trustdesk  support").verdict == Verdict.OFFICIAL
    for fake in ("TrustDesk Supp0rt", "TrustDesk Suport", "TrustDеsk Support", "Trust Desk Support"):
        result = checker.check("account", fake)
        assert S.LOOKALIKE_ACCOUNT in result.signal_types(), fake
        assert result.verdict == Verdict.SCAM


@pytest.mark.parametrize(
    "name", ["Vietcombank CSKH", "Shopee Official Support", "客服中心", "Admin Maybank", "الدعم الفني"]
)
def test_account_presenting_as_support_is_unofficial(checker: Checker, name: str) -> None:
    result = checker.check("account", name)
    assert S.UNOFFICIAL_ACCOUNT in result.signal_types()
    assert result.flagged


def test_ordinary_person_name_is_safe(checker: Checker) -> None:
    assert checker.check("account", "Nguyễn Thị Lan").verdict == Verdict.SAFE


def test_organization_directory_adds_accounts_and_domains() -> None:
    directory = builtin_directory().with_entries(
        [Entry("Harbour IT", "account", "Harbour IT Helpdesk"), Entry("Harbour", "domain", "harbour-trading.example")]
    )
    checker = Checker(directory, use_model=False)
    assert checker.check("account", "Harbour IT Helpdesk").verdict == Verdict.OFFICIAL
    assert checker.check("url", "https://intranet.harbour-trading.example").verdict == Verdict.OFFICIAL
    assert isinstance(directory, Directory) and builtin_directory().official_account("Harbour IT Helpdesk") is None


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("للاستفسار اتصل بخدمة العملاء على 600502030", "+971600502030"),  # a UAE hotline, no Saudi number
        ("كلم خدمة العملاء على 01001234567 حالاً", "+201001234567"),  # an Egyptian mobile
    ],
)
def test_arabic_numbers_are_read_in_every_arab_numbering_plan(rules_checker: Checker, text: str, e164: str) -> None:
    """Arabic is written from the Gulf to the Maghreb: a number valid only outside Saudi Arabia is still a
    number, and one presented as support is flagged."""
    result = rules_checker.check("message", text, lang="ar")
    signal = next(s for s in result.signals if s.type == S.UNOFFICIAL_SUPPORT_NUMBER)
    assert signal.detail == e164


def test_a_saudi_reading_comes_first_for_arabic(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "خدمة العملاء 0501234567", lang="ar")
    assert next(s for s in result.signals if s.type == S.UNOFFICIAL_SUPPORT_NUMBER).detail == "+966501234567"


def test_a_named_region_is_the_only_plan(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "خدمة العملاء 600502030", lang="ar", region="SA")
    assert S.UNOFFICIAL_SUPPORT_NUMBER not in result.signal_types()

"""Known defects of the checker, each as a class: official brands of the seven markets missing from the built-in
directory (state energy and utility companies, posts, the Saudi tax office, the Indonesian civil registry, e-wallets), short real names
of other businesses taken for typos of a short brand (art.com for att.com), a link written right after Han text,
Malaysia's premium-rate 600 / 1-600 lines, and the Vietnamese SIM-swap order "tắt máy …, đừng mở máy" read as a
warning. Rules-only checker; the messages are written for these tests, none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_class, assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.directory import builtin_directory
from trustdesk.scamcheck.engine.types import SignalType as S
from trustdesk.scamcheck.engine.urls import UrlAnalyzer


@pytest.fixture(scope="module")
def analyzer() -> UrlAnalyzer:
    return UrlAnalyzer(builtin_directory())


def _link_signals(analyzer: UrlAnalyzer, url: str) -> list[str]:
    result = analyzer.analyze(url)
    assert result is not None, url
    return [f"{s.type.value}:{s.detail}" for s in result.signals]


# --- 1. official domains of state energy companies, posts, the Saudi tax office, the Indonesian civil registry and e-wallets ----------


@pytest.mark.parametrize(
    "host",
    [
        "pertamina.com", "www.mypertamina.id", "pln.co.id", "evn.com.vn", "www.evnhcmc.vn", "vnpost.vn", "pos.com.my",
        "splonline.com.sa", "dukcapil.kemendagri.go.id", "zatca.gov.sa", "pea.co.th",
        "www.mea.or.th", "truemoney.com", "linkaja.id", "zalopay.vn", "vnpay.vn", "stcpay.com.sa",
    ],
)  # fmt: skip
def test_official_brands_of_the_markets_are_official(analyzer: UrlAnalyzer, host: str) -> None:
    result = analyzer.analyze(host)
    assert result is not None and result.official is not None, host
    assert result.signals == (), host


@pytest.mark.parametrize(
    "host",
    [
        "pertamina-subsidi-bbm.com", "mypertamina-daftar.site", "pertamlna.com", "pertamina.co.id", "pln-tagihan.com",
        "token-pln.online", "evn-hoadon.com", "vnpost-giaolai.com", "poslaju-redelivery.com", "lhdn-refund.com",
        "zatca-tax-refund.com", "stcpay-verify.com", "zalopay-hoantien.com", "linkaja-promo.com",
        "poslajutracking.com", "posmalaysia-parcel.top",
    ],
)  # fmt: skip
def test_look_alikes_of_the_new_official_brands_are_flagged(analyzer: UrlAnalyzer, host: str) -> None:
    assert any(s.startswith("lookalike_domain:") for s in _link_signals(analyzer, host)), host


# --- 2. a short real name of another business is no typo of a short brand ------------------------------------------


@pytest.mark.parametrize(
    "host",
    ["art.com", "ats.com", "atm.com", "bri.co.id", "scb.co.th", "hsbc.com", "att.com", "rustdesk.com", "poslaju.com.my"],
)  # fmt: skip
def test_short_names_one_plain_edit_away_are_not_look_alikes(analyzer: UrlAnalyzer, host: str) -> None:
    assert not any(s.startswith("lookalike_domain:") for s in _link_signals(analyzer, host)), host


@pytest.mark.parametrize(
    ("host", "technique"),
    [
        ("hsbe.com", "typo"),  # a letter that passes for the brand's (e for c)
        ("bdiv.com.vn", "typo"),  # two neighbours swapped
        ("atu.com", "typo"),  # a one-bit flip
        ("atta.com", "typo"),  # a letter added
        ("5cb.co.th", "homoglyph"),
        ("brl.co.id", "homoglyph"),
        ("dhI-express.com", "homoglyph"),
        ("att.com.secure-login.top", "brand_in_subdomain"),
        ("att-verify.com", "brand_in_name"),
        ("bri.com", "tld_swap"),
        ("xn--pypal-4ve.com", "homoglyph"),
        ("vietcombnak.com.vn", "typo"),
    ],
)
def test_short_and_long_brand_look_alikes_are_still_flagged(analyzer: UrlAnalyzer, host: str, technique: str) -> None:
    assert any(s.startswith(f"lookalike_domain:{technique}:") for s in _link_signals(analyzer, host)), host


def test_short_name_of_another_business_in_a_message_is_not_flagged(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "AT&T: your account is suspended. Verify your billing now at att-account-verify.com",
            "HSBC: log in at hsbe.com to keep your card active, today only.",
        ],
        [
            "Framed prints of the painting are sold on art.com, I ordered one for the living room.",
            "We booked the workshop through ats.com, see you there on Saturday.",
        ],
    )


# --- 3. a link written right after Han text, without a space -----------------------------------------------------


def test_link_right_after_han_text_is_read(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "您的账户存在异常，请立即登录ccb-anquan.com核实身份",
            "【工商银行】您的网银将被冻结，请访问icbc-jiechu.com解除限制",
            "招商客服：请打开www.icbc-verify.cn完成认证，逾期停用",
        ],
        [
            "会议资料已上传到公司内网，有问题请联系行政部。",
        ],
    )


# --- 4. Malaysia's premium-rate range: 1-600 and 600 written without the 1, like 1-900 ----------------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Tahniah! Anda layak menerima baucar RM500. Dail 1-600-82-3311 untuk tuntut sebelum esok.",
        "Mesej suara untuk anda belum didengar, sila hubungi 600-71-2299 sekarang untuk mendengarnya.",
        "Nombor anda terpilih dalam cabutan. Telefon 1600 55 7788 untuk pengesahan hadiah.",
    ],
)
def test_my_1600_and_600_lines_are_premium_rate(rules_checker: Checker, scam: str) -> None:
    result = rules_checker.check("message", scam, lang="ms")
    assert S.PREMIUM_RATE in result.signal_types()
    assert S.SHARED_COST not in result.signal_types()
    assert result.flagged


@pytest.mark.parametrize(
    "legit",
    [
        "Untuk pertanyaan bil, hubungi pusat panggilan kami di 1-300-22-5566 (Isnin hingga Jumaat).",
        "Talian bebas tol aduan bekalan elektrik: 1-800-33-2211.",
        "Hubungi ejen kami di 1-700-81-4455 untuk temujanji pemasangan.",
    ],
)
def test_my_local_rate_toll_free_and_personal_lines_are_not_premium(rules_checker: Checker, legit: str) -> None:
    found = rules_checker.check("message", legit, lang="ms").signal_types()
    assert S.PREMIUM_RATE not in found
    assert S.SHARED_COST not in found


# --- 5. "keep the phone off" in a SIM-swap order is no warning -----------------------------------------------------


def test_sim_swap_order_to_keep_the_phone_off_is_no_warning(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Tổng đài nhà mạng: để chuẩn hóa thuê bao lên SIM 5G, quý khách tắt nguồn 3 tiếng, đừng mở máy trước khi hệ thống xong.",
            "Thong bao nang cap eSIM: vui long tat may 2 tieng va khong duoc bat may lai cho den khi kich hoat xong.",
            "Viettel thông báo đồng bộ thuê bao, quý khách tắt điện thoại, tuyệt đối không mở lại máy trong 4 giờ.",
        ],
        [
            "Thí sinh tắt điện thoại trước khi vào phòng thi và không được mở máy cho đến khi nộp bài.",
            "Khi lên máy bay, hành khách vui lòng tắt máy, đừng bật máy cho tới khi hạ cánh.",
            "Đừng mở link lạ trong tin nhắn, ngân hàng không bao giờ yêu cầu cung cấp mã OTP.",
        ],
    )


def test_warning_not_to_open_a_link_still_counts_as_a_warning(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Nhà mạng thông báo: quý khách tắt máy 2 tiếng, không được mở máy để hệ thống nâng cấp SIM 4G lên 5G.",
        ],
        [
            "Cảnh giác: kẻ gian gọi điện nói tài khoản sẽ bị khóa. Đừng mở đường link lạ, đừng làm theo hướng dẫn.",
        ],
    )

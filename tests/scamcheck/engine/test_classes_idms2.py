"""Indonesian and Malay classes (second round): amounts kept as digits by normalisation, Malaysian premium-rate and
shared-cost numbers, loyalty points in Malay, and a bank's "if this wasn't you, call us" notice with its landline.
Rules-only checker, so these hold whatever the trained model learns. The messages are written for these tests; none
is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.normalize import fold, fold_with_offsets
from trustdesk.scamcheck.engine.types import SignalType as S


def _types(checker: Checker, text: str, lang: str | None = None) -> set[S]:
    return {s.type for s in checker.check("message", text, lang=lang).signals}


# --- amounts ("Rp100rb", "RM50k", "Rp2,5jt") keep their digits; leetspeak is still folded ---------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Rp100rb", "rp100rb"),
        ("RM50k", "rm50k"),
        ("Rp2,5jt", "rp2,5jt"),
        ("Rp1,3jt", "rp1,3jt"),
        ("hadiah Rp300rb/hari!", "hadiah rp300rb/hari!"),
        ("(RM10k)", "(rm10k)"),
        ("S$30k tunai", "s$30k tunai"),
        ("USD10k", "usd10k"),
        ("transfer 3jt", "transfer 3jt"),
        ("1juta", "1juta"),
        ("50sen", "50sen"),
        ("100.000đ", "100.000d"),
    ],
)
def test_amounts_keep_their_digits(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_with_offsets(text)[0] == folded


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ambank0nline", "ambankonline"),
        ("p4ypal", "paypal"),
        ("m4yb4nk RM50k", "maybank rm50k"),
        ("b4nk1slam", "bankislam"),
        ("rm0tp", "rmotp"),  # letters after the digits that are no unit: not an amount
        ("0TP", "otp"),
    ],
)
def test_leetspeak_is_still_folded(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold_with_offsets(text)[0] == folded


@pytest.mark.parametrize(
    "scam",
    [
        "Lowongan kerja online dari HP, penghasilan Rp300rb per hari, cukup like dan follow akun toko.",
        "Dicari admin paruh waktu dari rumah, gaji Rp150rb/hari dibayar langsung setiap sore.",
        "Peluang part time untuk suri rumah, gaji RM1k sehari, hanya perlu like video di TikTok.",
    ],
)
def test_daily_pay_written_with_a_unit_is_a_job_lure(rules_checker: Checker, scam: str) -> None:
    assert S.INVESTMENT_LURE in _types(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        "Laporan bulan ini: penghasilan Rp300rb dari penjualan kemarin sudah masuk ke kas toko.",
        "Jawatan kosong: gaji RM3k sebulan, KWSP dan PERKESO disediakan. Hantar resume ke emel HR syarikat.",
    ],
)
def test_an_amount_with_a_unit_alone_is_no_job_lure(rules_checker: Checker, legit: str) -> None:
    assert S.INVESTMENT_LURE not in _types(rules_checker, legit)


# --- Malaysian 1-900 and 600 / 1-600 are premium-rate; 1-300 and 1-800 are ordinary company lines ------------------


@pytest.mark.parametrize(
    "scam",
    [
        "Anda menerima satu pesanan suara yang belum didengar. Untuk mendengarnya, sila dail 1-900-77-3344 sekarang.",
        "Tahniah! Nombor telefon anda terpilih dalam cabutan bertuah kami. Dail 1900 88 5566 untuk tuntut hadiah anda.",
    ],
)
def test_my_1900_is_premium_rate(rules_checker: Checker, scam: str) -> None:
    result = rules_checker.check("message", scam, lang="ms")
    assert S.PREMIUM_RATE in {s.type for s in result.signals}
    assert result.flagged


@pytest.mark.parametrize(
    "text",
    [
        "Saman trafik anda belum dijelaskan. Sila hubungi talian 600-12-4455 untuk semakan status saman anda.",
        "Sertai undian peraduan kami dengan menghubungi talian 1-600-88-1234 sebelum tarikh tutup.",
    ],
)
def test_my_600_is_premium_rate(rules_checker: Checker, text: str) -> None:
    found = _types(rules_checker, text, "ms")
    assert S.PREMIUM_RATE in found
    assert S.SHARED_COST not in found


@pytest.mark.parametrize(
    "legit",
    [
        "Untuk sebarang pertanyaan mengenai bil anda, sila hubungi khidmat pelanggan kami di 1-300-88-5555 pada waktu pejabat.",
        "Talian bebas tol 1-800-88-9999 disediakan untuk aduan bekalan air di kawasan anda.",
        "Notis keselamatan: kami tidak akan meminta nombor TAC anda. Jika ragu, hubungi 1-300-88-1900.",
        "Nanti malam call saya di 019-008 8123 ya, nak bincang pasal kenduri.",
    ],
)
def test_my_company_lines_and_mobiles_are_not_premium(rules_checker: Checker, legit: str) -> None:
    found = _types(rules_checker, legit, "ms")
    assert S.PREMIUM_RATE not in found
    assert S.SHARED_COST not in found


# --- "if this wasn't you, call 03-… immediately": a bank's notice of the user's own action with its landline --------


@pytest.mark.parametrize(
    "legit",
    [
        "RHB: Alamat e-mel akaun anda telah dikemas kini pada 02/07 10:15. Jika bukan anda, sila hubungi 03-9206 8118 dengan segera.",
        "Bank Islam: Pembayaran JomPAY RM310.00 kepada TNB berjaya. Jika anda tidak melakukan transaksi ini, hubungi 03-2690 0900 segera.",
    ],
)
def test_not_you_notice_with_a_landline_is_not_flagged(rules_checker: Checker, legit: str) -> None:
    result = rules_checker.check("message", legit, lang="ms")
    assert not result.flagged


@pytest.mark.parametrize(
    "scam",
    [
        "RHB: Akaun anda akan dibekukan hari ini kerana aktiviti luar biasa. Jika bukan anda, sila hubungi 03-9206 8118 dengan segera.",
        "Bank Islam: Pembayaran RM310.00 berjaya. Jika bukan anda, hubungi pegawai kami di 011-2345 6789 segera.",
        "Bank Islam: Pembayaran RM310.00 berjaya. Jika bukan anda, hubungi 03-2690 0900 segera dan sahkan nombor TAC yang anda terima kepada pegawai kami.",
        "Bank Islam: Pembayaran RM310.00 berjaya. Jika bukan anda, hubungi 03-2690 0900 segera atau klik bankislam-batal.com untuk pembatalan.",
    ],
)
def test_not_you_notice_with_a_threat_a_mobile_or_a_request_is_still_flagged(rules_checker: Checker, scam: str) -> None:
    assert rules_checker.check("message", scam, lang="ms").flagged


# --- loyalty points in Malay ("500 mata", "mata ganjaran", "mata Mesra", "poin") are not prizes ----------------------


@pytest.mark.parametrize(
    "legit",
    [
        "Shell: Tahniah, anda memenangi 2,000 mata bonus dalam cabutan mingguan. Mata telah dimasukkan ke akaun anda. Semak dalam aplikasi Shell.",
        "BCard: 3,500 mata ganjaran anda akan luput pada 31/12. Tebus dalam aplikasi BCard atau di kedai berhampiran.",
        "Petronas: Anda memenangi 300 mata Mesra dalam peraduan minggu ini. Mata telah dikreditkan, semak dalam aplikasi Setel.",
    ],
)
def test_points_draw_or_expiry_with_the_app_is_not_flagged(rules_checker: Checker, legit: str) -> None:
    assert not rules_checker.check("message", legit, lang="ms").flagged


@pytest.mark.parametrize(
    "scam",
    [
        "Tahniah, anda memenangi 2,000 mata bonus dalam cabutan bertuah! Tebus sekarang di shell-mata-tebus.com sebelum luput.",
        "Mata Mesra anda akan tamat tempoh esok. Tebus sekarang di mesra-tebus.xyz untuk baucar RM100.",
        "Mata ganjaran anda akan luput hari ini! Tebus segera hadiah di bcard-rewards-my.com",
    ],
)
def test_points_redeemed_on_a_strange_link_are_flagged(rules_checker: Checker, scam: str) -> None:
    assert rules_checker.check("message", scam, lang="ms").flagged


# --- the official domains of big Indonesian and Malaysian brands: notices on them are not flagged, look-alikes are --


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "J&T Express: Paket JT5512093384 sedang dalam perjalanan ke alamat Anda. Lacak di jet.co.id atau aplikasi J&T.",
            "J&T Express: Paket Anda tertahan karena alamat tidak lengkap. Perbarui alamat di jet-co-id.cek-resi.top dalam 24 jam.",
        ),
        (
            "Pos Indonesia: Kiriman Anda telah tiba di kantor pos tujuan. Cek status dan biaya resmi di posindonesia.co.id.",
            "Pos Indonesia: Kiriman Anda tertahan, bayar bea masuk di posindonesia-bea.com hari ini agar tidak dikembalikan.",
        ),
        (
            "TNB: Bil elektrik bulan ini berjumlah RM212.40. Bayar melalui aplikasi myTNB atau mytnb.com.my sebelum tarikh akhir.",
            "TNB: Bekalan elektrik anda akan dipotong hari ini kerana bil tertunggak. Bayar segera di mytnb-bayaran.com.",
        ),
        (
            "CelcomDigi: Bil anda RM65.00 perlu dibayar sebelum 20/08. Bayar melalui app CelcomDigi atau celcomdigi.com.",
            "CelcomDigi: Talian anda akan ditamatkan hari ini. Sahkan maklumat anda di celcomdigi-sahkan.com segera.",
        ),
    ],
)
def test_official_domains_of_id_and_my_brands(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


@pytest.mark.parametrize("host", ["jet.co.id", "posindonesia.co.id", "mytnb.com.my", "celcomdigi.com", "bankislam.com.my", "myboost.com.my"])
def test_official_domains_are_official(rules_checker: Checker, host: str) -> None:
    analysis = rules_checker.urls.analyze(f"https://{host}/")
    assert analysis is not None and analysis.official is not None and not analysis.signals


@pytest.mark.parametrize("host", ["jet.com", "private-jet.com", "jet-engine.io"])
def test_a_short_ordinary_brand_name_is_not_another_companys_look_alike(rules_checker: Checker, host: str) -> None:
    analysis = rules_checker.urls.analyze(f"https://{host}/")
    assert analysis is not None and S.LOOKALIKE_DOMAIN not in {s.type for s in analysis.signals}

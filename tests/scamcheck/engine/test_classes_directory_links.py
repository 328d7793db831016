"""Links, numbers and the built-in directory: Egyptian banks and carriers, charities' appeal sites, carriers' own
short links and bill-pay sites, Thai and Han internationalised names, and per-minute call tariffs. For each class:
the official site is official and not flagged, a message with the real link is not flagged, and look-alikes in the
same vocabulary are flagged as look-alikes. Messages written for these tests (none is a corpus line). Rules-only
checker, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S
from trustdesk.scamcheck.engine.urls import find_urls


def assert_official(checker: Checker, hosts: list[str], owner_part: str) -> None:
    for host in hosts:
        result = checker.check("url", host)
        assert result.official is not None and owner_part in result.official.owner, host
        assert not result.flagged, host


def assert_not_flagged(checker: Checker, texts: list[str]) -> None:
    for text in texts:
        result = checker.check("message", text)
        assert not result.flagged, (text, result.signals)


# --- Egyptian banks and carriers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hosts", "owner"),
    [
        (["nbe.com.eg", "https://www.nbe.com.eg/NBE/E/#/EN/Home"], "National Bank of Egypt"),
        (["www.banquemisr.com"], "Banque Misr"),
        (["https://www.cibeg.com/en"], "CIB"),
        (["https://web.vodafone.com.eg/ar/home"], "Vodafone"),
        (["www.orange.eg"], "Orange"),
        (["etisalat.eg"], "e&"),
        (["https://my.te.eg/echannel"], "Telecom Egypt"),
    ],
)
def test_egyptian_banks_and_carriers_are_official(rules_checker: Checker, hosts: list[str], owner: str) -> None:
    assert_official(rules_checker, hosts, owner)


def test_egyptian_bank_and_carrier_lookalikes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "البنك الأهلي المصري: شهادتك الجديدة جاهزة، قم بتفعيلها من https://ahly-shahadat.com قبل نهاية اليوم",
            "NBE: your card has been suspended. Reactivate it at nbe-egypt-online.net",
            "بنك مصر: تم إيقاف حسابك مؤقتا، يرجى التحديث عبر banquemisr-update.net",
            "CIB: unusual sign-in detected, confirm your identity at cibeg-secure.com",
            "فودافون كاش: ربحت 5000 جنيه، استلم الجائزة من vodafone-cash-eg.com",
            "اتصالات مصر: رصيدك المجاني في انتظارك على etisalat-misr-gift.com",
        ],
        [
            "البنك الأهلي المصري: تعرف على عائد الشهادات الجديد على www.nbe.com.eg أو في أقرب فرع",
            "Banque Misr: our branches open at 9am during Ramadan. Details on www.banquemisr.com",
            "فودافون: باقتك الجديدة متاحة الآن، التفاصيل على vodafone.com.eg",
            "Your Vodafone bill is ready to view at vodafone.co.uk",
        ],
    )


def test_egyptian_real_links_not_flagged(rules_checker: Checker) -> None:
    assert_not_flagged(
        rules_checker,
        [
            "البنك الأهلي المصري: أسعار الشهادات الجديدة متاحة على www.nbe.com.eg",
            "CIB: download the new CIB Mobile Banking app, details on www.cibeg.com",
            "WE: your internet package renews on the 5th. Check your usage at my.te.eg",
            "Orange: recharge 20 EGP and get 1GB free, details on www.orange.eg",
        ],
    )


# --- charities' appeal sites --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hosts", "owner"),
    [
        (["https://www.redcross.org/donate/donation.html", "www.redcross.org.uk", "redcross.or.th", "redcross.org.vn"], "Red Cross"),
        (["https://www.ifrc.org/emergency", "icrc.org"], "ICRC"),
        (["https://www.redcrescent.org.my"], "Red Crescent"),
        (["https://pmi.or.id/donasi"], "Palang Merah"),
        (["https://www.unicef.org/appeals", "www.unicefusa.org"], "UNICEF"),
        (["www.chinacharityfederation.org"], "China Charity"),
        (["https://www.egyptianfoodbank.com"], "Egyptian Food Bank"),
        (["https://www.ksrelief.org"], "KSrelief"),
        (["https://ehsan.sa"], "Ehsan"),
    ],
)
def test_charities_are_official(rules_checker: Checker, hosts: list[str], owner: str) -> None:
    assert_official(rules_checker, hosts, owner)


def test_charity_lookalikes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "Earthquake appeal: the Red Cross needs your help today. Donate at redcross-relief-fund.com",
            "UNICEF: children in the flood zone need you. Give now at unicef-donasi.org",
            "Bantu korban banjir bersama Palang Merah, transfer donasi via palangmerah-peduli.com",
            "تبرع الآن لإغاثة المتضررين عبر منصة إحسان: ehsan-donate.com",
            "Malaysian Red Crescent flood fund: donate at redcrescent-banjir.com",
            "中华慈善总会紧急募捐，请访问 chinacharityfederation-help.com 捐款",
        ],
        [
            "The Red Cross is collecting for flood victims. Give at redcross.org or text REDCROSS to 90999",
            "Canadian Red Cross wildfire appeal: donate at www.redcross.ca",
            "UNICEF Germany's emergency appeal is on unicef.de",
            "Palang Merah Indonesia membuka donasi untuk korban gempa di pmi.or.id",
        ],
    )


def test_charity_real_links_not_flagged(rules_checker: Checker) -> None:
    assert_not_flagged(
        rules_checker,
        [
            "Flood appeal: the British Red Cross is helping families. Donate at www.redcross.org.uk/appeal",
            "สภากาชาดไทยขอเชิญร่วมบริจาคโลหิต ดูรายละเอียดที่ redcross.or.th",
            "Give to UNICEF's emergency appeal for children at www.unicef.org/emergencies",
            "بنك الطعام المصري: ساهم في كرتونة رمضان عبر www.egyptianfoodbank.com",
            "تبرع عبر منصة إحسان الرسمية https://ehsan.sa",
        ],
    )


# --- carriers' own short links and bill-pay sites -----------------------------------------------------------------


def test_carrier_short_links_and_bill_sites_are_official(rules_checker: Checker) -> None:
    assert_official(rules_checker, ["https://tsel.me/mytsel"], "Telkomsel")
    assert_official(rules_checker, ["https://www.att.com/my/", "att.net"], "AT&T")
    assert_official(rules_checker, ["https://www.verizon.com/signin", "vzw.com/pay"], "Verizon")
    assert_official(rules_checker, ["https://www.t-mobile.com/pay-bill"], "T-Mobile")


def test_carrier_lookalikes(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.LOOKALIKE_DOMAIN,
        [
            "Telkomsel: poin Anda hangus hari ini! Tukarkan sekarang di tsel-rewards.com",
            "AT&T: your payment failed. Update your card at att-billing-center.com to keep service",
            "Verizon: your account is on hold. Pay the balance at verizon-payments.net",
            "T-Mobile: you have a $50 credit. Claim it at tmobile-credit.com",
        ],
        [
            "Telkomsel: kuota Anda tersisa 1GB. Beli paket di tsel.me/mytsel atau *363#",
            "AT&T: your bill of $84.20 is ready. View and pay at att.com/mybill",
            "Verizon: autopay of $65.00 is scheduled for 12/3. Manage at vzw.com/pay",
            "T-Mobile: your bill is ready. Pay at t-mobile.com or dial #PAY",
        ],
    )


def test_carrier_real_links_not_flagged(rules_checker: Checker) -> None:
    assert_not_flagged(
        rules_checker,
        [
            "Telkomsel: kuota Anda tersisa 1GB. Beli paket di tsel.me/mytsel atau *363#",
            "Verizon: autopay of $65.00 is scheduled for 12/3. Manage at vzw.com/pay",
            "T-Mobile: your bill is ready. Pay at t-mobile.com or dial #PAY",
        ],
    )


# --- Thai and Han internationalised names ---------------------------------------------------------------------------


def test_thai_and_han_names_are_read_as_links() -> None:
    assert find_urls("กรุณาเข้า โดเมน.ไทย เพื่อยืนยัน") == ["โดเมน.ไทย"]
    assert find_urls("请访问 例子.中国 验证身份") == ["例子.中国"]
    assert find_urls("请访问：https://例子.公司/login 领取") == ["https://例子.公司/login"]
    assert find_urls("ลงทะเบียนที่ คนละครึ่ง.comเพื่อรับสิทธิ์") == ["คนละครึ่ง.com"]
    assert find_urls("Visit xn--72c1a1bt4awk9o.xn--o3cw4h now") == ["xn--72c1a1bt4awk9o.xn--o3cw4h"]


def test_thai_and_han_text_with_a_dot_is_not_a_link() -> None:
    for text in [
        "ขอบคุณครับ.ไทยพาณิชย์แจ้งว่าบัตรใหม่พร้อมแล้ว",
        "นัดที่ ถ.สุขุมวิท เวลา 10.00 น. วันที่ 5 ก.ย.",
        "我在 中国.中国很大",
        "价格 3.5元，谢谢.",
    ]:
        assert find_urls(text) == [], text
    # A run mixing Thai and ASCII holds the ASCII link only.
    assert find_urls("ยืนยันตัวตนภายใน24ชม.คลิกbit.ly/th-verify") == ["bit.ly/th-verify"]


def test_thai_and_han_names_are_analysed(rules_checker: Checker) -> None:
    # A name wholly in Thai or Han script is not a homograph; one mixing in letters that pass for Latin is.
    assert_class(
        rules_checker,
        S.PUNYCODE,
        [
            "Your parcel is held. Pay the fee at https://xn--prcel-fee-0yh.com/pay",
            "Amazon: confirm your order at https://xn--amazn-2ya.com/confirm or it will be cancelled",
            "Your mailbox is full, verify at https://xn--my-milbox-3yh.com today",
        ],
        [
            "ร่วมโครงการได้ที่ โดเมน.ไทย",
            "详情请见 例子.中国",
            "Visit xn--72c1a1bt4awk9o.xn--o3cw4h for the programme",
        ],
    )


# --- per-minute call tariffs --------------------------------------------------------------------------------------


def test_call_tariffs_are_not_premium_rate(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.PREMIUM_RATE,
        [
            "You've WON a luxury break! Call 09061 743 810 now to claim. Calls cost £1.50/min, 18+",
            "Lonely tonight? Ring 02071 234 567 for a live chat, just 60p per minute",
            "Claim your prize: call 0871 234 5678 at 25p/min from a BT landline",
        ],
        [
            "Welcome to France. Calls home cost £1.50/min and texts 30p; data is free in your plan.",
            "Roaming in the USA: calls to the UK cost 150p per minute, receiving calls costs 85p a minute.",
            "Your tariff: calls to UK mobiles 10p/min, texts 12p. Manage your plan in the app.",
        ],
    )

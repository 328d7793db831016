"""Links, numbers and premium-rate SMS: classes of message the rules misread, each with a counterpart that must
still flag. Rules-only checker, so these hold whatever the trained model learns."""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker, Verdict, builtin_directory
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


# --- premium-rate numbers and short codes with a price per message or minute, in every language -----------


@pytest.mark.parametrize(
    "scam",
    [
        "Nghe bói tình yêu 2027: gọi ngay 1900 5566 77 (5.000đ/phút) để được chuyên gia tư vấn.",
        "Nhận bài hát chờ miễn phí! Soạn NHAC gửi 8677, phí 10.000đ/tin.",
        "Ramalan jodoh harian! Telepon 0809 1234 567 (Rp 3.000/menit) sekarang.",
        "Ketik REG JODOH kirim ke 9299 utk tips cinta tiap hari. Tarif Rp 2.200/sms.",
        "Dengar mesej suara rahsia anda: dail 600 77 8899 (RM2/min) sekarang!",
        "Taip ON BOLA hantar ke 32288 untuk keputusan terkini, RM3/mesej.",
        "想知道谁在暗恋你？拨打 1259 0123 4567（3元/分钟）立即收听。",
        "【财运测算】回复8订阅每日财运，2元/条，回复TD退订。",
        "عندك رسالة من شخص يعرفك! اتصل الآن على 0900 555 1212 (4 ريال للدقيقة).",
        "اشترك في خدمة الأبراج: أرسل برج إلى 80045. تكلفة الرسالة 2 ريال.",
        "ฟังดวงความรักวันนี้ โทร 1900-222-333 (19บาท/นาที) ด่วน",
        "สมัครรับผลบอลทุกวัน ส่ง BALL ไป 4545678 ค่าบริการ 6บาท/ข้อความ",
    ],
)
def test_number_with_a_price_per_message_or_minute_is_premium(rules_checker: Checker, scam: str) -> None:
    assert S.PREMIUM_RATE in _types(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        # roaming notices state per-minute prices, but not beside a number to call or text
        "Chào mừng Quý khách đến Hàn Quốc. Cước gọi về Việt Nam 12.000đ/phút. Hỗ trợ: 1800 8098.",
        "Selamat datang di Jepang. Tarif telepon ke Indonesia Rp 9.000/menit. Info: 188.",
        "Selamat datang ke Korea. Panggilan ke Malaysia RM2.50/min. Talian bantuan 1300 888 123.",
        "欢迎来到泰国，拨打国内电话2.99元/分钟，流量包25元/天。",
        "مرحباً بك في مصر. المكالمات إلى السعودية 6 ريال للدقيقة. للمساعدة 900.",
        "ยินดีต้อนรับสู่ญี่ปุ่น โทรกลับไทย 15บาท/นาที สอบถาม 1175",
        # a free number, then another clause with a price: the price is not the number's
        "【中国移动】欢迎来到日本，拨打10086免费，拨回国内1.99元/分钟。",
        "Viettel: Gọi 1800 8098 miễn phí; gọi về VN 12.000đ/phút.",
        "AIS: ยินดีต้อนรับสู่เกาหลี โทร 1175 ฟรี ค่าโทร 15บาท/นาที",
        # a bank's SMS-banking short code, with no price
        "Ngân hàng: Soạn SD gửi 8149 để tra cứu số dư tài khoản.",
    ],
)
def test_roaming_prices_and_free_short_codes_are_not_premium(rules_checker: Checker, legit: str) -> None:
    assert S.PREMIUM_RATE not in _types(rules_checker, legit)


# --- Vietnamese 1900 hotlines are shared-cost: always shown, weighed less than premium-rate -------------------


def test_vietnamese_1900_hotline_is_shown_as_shared_cost(rules_checker: Checker) -> None:
    legit = "ACB: Quý khách vừa đăng nhập ACB ONE trên thiết bị mới. Nếu không phải Quý khách, gọi 1900 5454 86."
    result = rules_checker.check("message", legit)
    assert S.SHARED_COST in result.signal_types()
    assert S.PREMIUM_RATE not in result.signal_types()
    assert not result.flagged  # a shared-cost number alone, with no request, does not flag


@pytest.mark.parametrize(
    "scam",
    [
        # the same kind of number with a per-minute price beside it is premium-rate
        "Bạn có 1 tin nhắn thoại chưa nghe. Gọi 1900 5454 86 (8.000đ/phút) để nghe ngay.",
        # or with a request for the code
        "Tài khoản của bạn bị khóa. Gọi 1900 5454 86 và đọc mã OTP cho nhân viên để mở khóa.",
    ],
)
def test_vietnamese_1900_number_with_a_price_or_a_request_still_flags(rules_checker: Checker, scam: str) -> None:
    assert rules_checker.check("message", scam).flagged


# --- look-alikes of well-known brands outside the official directory (the directory's reference brands) ------


@pytest.mark.parametrize(
    "url",
    [
        "https://emiratespost.ae-parcel.info/pay",
        "jtexpress-th.redelivery.shop",
        "posindonesia-paket.xyz/bayar",
        "https://tiktok-verify.support",
        "smsaexpress-ksa.delivery/fee",
        "http://sacombank-xacthuc.com",
        "linkedin.account-review.help",
        "https://ghn-hoantien.store/don-hang",  # a courier's short name as a token of the host
        "10086-lingjiang.top",  # a carrier known by its service number
    ],
)
def test_reference_brand_in_another_domain_is_a_lookalike(checker: Checker, url: str) -> None:
    result = checker.check("url", url)
    assert S.LOOKALIKE_DOMAIN in result.signal_types()
    assert result.flagged


def test_reference_brands_own_domains_are_not_flagged_nor_official(checker: Checker) -> None:
    references = builtin_directory().reference_domains
    assert len(references) > 40
    for domain in references:
        assert domain not in builtin_directory().domains  # kept apart from the official entries
        for url in (domain, f"https://www.{domain}/track?id=1", f"https://app.{domain}/"):
            result = checker.check("url", url)
            assert result.verdict == Verdict.SAFE, url
            assert result.official is None and not result.signals, url


def test_courier_notice_with_its_real_site_versus_a_lookalike(rules_checker: Checker) -> None:
    legit = "Viettel Post: Đơn hàng 8812xxxx đang được giao. Tra cứu hành trình tại https://viettelpost.vn"
    assert S.LOOKALIKE_DOMAIN not in _types(rules_checker, legit)
    scam = "Viettel Post: Đơn hàng 8812xxxx giao không thành công. Thanh toán phí giao lại tại https://viettelpost-vn.giaolai.click"
    assert S.LOOKALIKE_DOMAIN in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged


@pytest.mark.parametrize(
    "text",
    [
        "Nhan ngay tu vi tron doi cua ban. Soan TV gui 8577 (15.000d/tin) de xem ngay.",
        "【每日星座】回复1开通每日运势推送，信息费3元/条，回复0退订。",
        "Your horoscope for today is ready. Call 09061 234567 to hear it, calls cost £1.50/min.",
    ],
)
def test_a_premium_rate_service_is_never_safe_whatever_the_wording(checker: Checker, text: str) -> None:
    """The checker with a model that reads the wording as harmless (a large negative offset) still flags a paid
    service: the premium-rate signal floors the verdict at suspicious."""
    import dataclasses

    assert checker.model is not None
    calm = Checker(model=dataclasses.replace(checker.model, offset=checker.model.offset - 8.0))
    result = calm.check("message", text)
    assert S.PREMIUM_RATE in {s.type for s in result.signals}
    assert result.flagged


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel is waiting, see the details at vietcombank.com.vn.secure-check.top today.",
        "Thanks for the lunch! Photos are on paypa1.com/album, have a look when you can.",
    ],
)
def test_a_lookalike_link_is_never_safe_whatever_the_wording_or_rule_scale(checker: Checker, text: str) -> None:
    """A look-alike of an official domain floors a message at suspicious, also with a model that reads the wording
    as harmless and rule weights scaled down."""
    import dataclasses

    assert checker.model is not None
    calm = Checker(model=dataclasses.replace(checker.model, offset=checker.model.offset - 8.0, rule_scale=0.55))
    result = calm.check("message", text)
    assert S.LOOKALIKE_DOMAIN in {s.type for s in result.signals}
    assert result.flagged


# --- country codes with no country: satellite and international networks, international premium rate ----------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "عندك مكالمة فائتة من +966 55 123 4567، اتصل عليه إذا تعرف الرقم.",
            "وصلتك رسالة صوتية من رقم خارجي، لسماعها اتصل فوراً على +881 6 2233 4455",
        ),
        (
            "Anda ada panggilan tidak dijawab dari +60 12-345 6789.",
            "Anda ada mesej suara baharu dari luar negara. Hubungi 00882 1612 3456 untuk mendengarnya.",
        ),
        (
            "Missed call from +44 7700 900123 at 14:02.",
            "Voicemail waiting from an international caller. Dial +979 1234 5678 now to listen.",
        ),
    ],
)
def test_satellite_and_international_network_numbers_are_premium(rules_checker: Checker, legit: str, scam: str) -> None:
    assert S.PREMIUM_RATE not in _types(rules_checker, legit)
    assert S.PREMIUM_RATE in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged


# --- a content service announced as already subscribed at a price per day or week, a free trial started by a
# reply, a Thai keyword SMS to a 4xxxxxx code; a carrier's double opt-in, passes and monthly plans are not ------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "RM0 Maxis: Anda cuba melanggan perkhidmatan MUZIK+ (RM4/minggu) oleh pembekal pihak ketiga. "
            "Balas YES dalam 5 minit untuk sahkan. Abaikan jika bukan anda.",
            "Terima kasih! Anda telah melanggan Kuiz Bola Harian pada RM3 seminggu. "
            "Untuk hentikan taip STOP KB hantar ke 36677",
        ),
        (
            "Telkomsel: Paket Roaming Rp75rb/hari aktif di Singapura. Untuk berhenti ketik UNREG RM ke 3636.",
            "Anda telah berlangganan layanan Info Zodiak Rp2.200/hari. Stop: ketik UNREG ZOD kirim ke 97788",
        ),
        (
            "Talabat Pro: تم تجديد اشتراكك بـ 19 درهم/شهر. تقدر تلغيه من الإعدادات في التطبيق.",
            "تم اشتراكك في خدمة نغمات الأسبوع بسعر 5 ريال أسبوعياً. للإلغاء أرسل 0 إلى 609090",
        ),
        (
            "AIS: คุณได้สมัครแพ็กเกจเน็ต 15GB 99บาท/7วัน เรียบร้อยแล้ว",
            "คุณได้สมัครบริการคลิปตลกรายวัน 6บาท/วัน หากต้องการยกเลิกกด *137",
        ),
        (
            "CelcomDigi: Nak 5GB tambahan untuk 3 hari pada RM3 sahaja? Balas Y untuk langgan. "
            "Abaikan jika tidak berminat.",
            "Permainan premium percuma 5 hari! Balas YA sekarang untuk mula main 🎮",
        ),
        (
            "Disney+ Hotstar: nikmati 30 hari cukup Rp39rb, aktifkan di aplikasi MyTelkomsel.",
            "Main game premium gratis 3 hari! Balas OK untuk mulai main sekarang",
        ),
        (
            "True: แพ็กเกจเสริมของคุณจะหมดอายุพรุ่งนี้ ต่ออายุได้ในแอป TrueID",
            "ทดลองเล่นเกมแอคชั่นฟรี 7 วัน! พิมพ์ Y เพื่อเริ่มเลย",
        ),
        (
            "ธนาคารกสิกรไทย: รหัสผ่านใช้ครั้งเดียว (OTP) คือ 552871 ห้ามบอกผู้อื่น",
            "ลุ้นรถยนต์ทุกสัปดาห์ พิมพ์ CAR ส่งมาที่ 4561234 ค่าบริการตามจริง",
        ),
    ],
)
def test_content_subscription_already_made_or_started_by_a_reply(rules_checker: Checker, legit: str, scam: str) -> None:
    assert S.PREMIUM_RATE not in _types(rules_checker, legit)
    assert S.PREMIUM_RATE in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged

"""False-positive classes from the seventeenth blind round. Remote access arranged inside a company (a ticket number,
the writer's internal extension, the writer standing beside the reader, a session already closed, the reader
connecting to a third party who gives the ID, a free remote tool uninstalled for the licensed one, a screen shared to
present with the meeting's ID), a warning from someone whose account was taken over, a carrier's notice of the user's
own request with its short code, a draw whose winners are announced publicly, and a prize collected at the mall's
information desk. Each legitimate wording must not be flagged, and a scam counterpart in the same vocabulary must
still be, with the class's signal. Rules-only checker, so these hold whatever the trained model learns. The messages
are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(use_model=False)


# --- remote access arranged inside the company -------------------------------------------------------------------

_REMOTE_LEGIT = [
    # a ticket number without "no." or "#", the writer's internal extension
    "Re ticket 80412 (shared mailbox), I'll ring you from extension 214 after lunch and then connect with AnyDesk.",
    "بخصوص التذكرة 77120 حق الطابعة، بكلمك من التحويلة 415 العصر وبدخل على جهازك بالـTeamViewer",
    "Soal tiket 60231 printer, nanti saya telepon dari sambungan 118 lalu masuk lewat AnyDesk ya.",
    # the writer beside the reader while the session runs
    "I'm standing right behind you, I'll open TeamViewer from my laptop, just click Accept when my name pops up.",
    "พี่นั่งอยู่ข้างๆน้องนะ เดี๋ยวรีโมทเข้าไปลงโปรแกรมบัญชีให้ กดยอมรับได้เลย",
    "Anh đang ngồi ngay cạnh em đây, anh UltraViewer vào cài phần mềm kế toán nhé, em bấm chấp nhận.",
    "我就在你旁边，等下用向日葵远程帮你装打印机驱动，弹窗点接受就行",
    "أنا جنبك الحين، بدخل على جهازك بالـAnyDesk أثبت لك برنامج المحاسبة، اضغط قبول",
    # the session already closed
    "Bu Sari, tadi saya remote ke laptop ibu pakai AnyDesk, Outlook sudah normal. Sesi sudah saya tutup ya bu.",
    "Chị ơi em đã ngắt kết nối UltraViewer rồi nha, máy in chạy lại bình thường rồi.",
    # the reader connects to a third party, who gives the ID
    "Bro, AnyDesk kat kedai Shah Alam tak jalan lagi. Aku dah call dia, nanti dia bagi ID dengan password sementara, kau settle ya.",
    "The customer's TeamViewer isn't working. I've called him, he'll send you the ID and a one-time password, you take it from there.",
    # a free remote tool uninstalled for the company's licensed one
    "Anyone still running the free AnyDesk please uninstall it; we've bought the licensed version and IT will set it up desk by desk this week.",
    "Mọi người gỡ UltraViewer trên máy giúp mình nhé, công ty đã mua bản quyền TeamViewer, IT sẽ qua cài cho từng phòng.",
    "Semua staf tolong hapus AnyDesk versi gratis, kantor sudah beli lisensi resmi, tim IT akan pasang ulang minggu ini.",
    "大家先把免费版向日葵卸载掉，公司换了正版授权，IT这周会逐台重新安装",
    # a screen shared to present, with the meeting's ID
    "周五例会改用腾讯会议，会议号 915 330 772，我会共享屏幕讲一下预算数据",
]
_REMOTE_SCAM = [
    # a stranger's session: install the tool and give the ID, even with the same cues nearby
    "Re ticket 80412, this is Microsoft support. Install AnyDesk now and send me the 9-digit ID so I can fix your PC.",
    "بخصوص التذكرة 77120، جهازك فيه فيروس، نزل تطبيق AnyDesk وارسل لي الرقم اللي يظهر لك",
    "Your computer is infected. I'm standing by, install TeamViewer and give me the ID and password now.",
    "Soal tiket 60231, tolong pasang AnyDesk lalu kirim kode 9 digit ke saya sekarang.",
    "IT department here: your email will be suspended. Download AnyDesk and read me the address so we can connect.",
    "Bro, tolong bagi ID TeamViewer dan password kau sekarang, aku nak masuk laptop kau.",
]


def test_internal_remote_access(checker: Checker) -> None:
    assert_fp_class(checker, S.REMOTE_ACCESS, _REMOTE_SCAM, _REMOTE_LEGIT)


def test_stranger_asking_the_readers_password_keeps_it(checker: Checker) -> None:
    # the reader's own password asked for beside a third party's: still a password request, still flagged
    text = "Nanti dia bagi ID TeamViewer, tapi kau bagi password email kau kat aku dulu."
    result = checker.check("message", text)
    assert result.flagged
    assert S.PASSWORD_REQUEST in result.signal_types()


# --- a warning from the writer whose account was taken over ------------------------------------------------------

_HIJACK_LEGIT = [
    "Guys my WhatsApp got hacked last night. If anyone asks you for a code or money from my number, don't send anything, it's not me.",
    "Teman-teman, WA saya dibajak. Kalau ada yang minta kode OTP atau pinjam uang atas nama saya, jangan kirim apa pun ya.",
    "Mọi người ơi Zalo của mình bị hack rồi, nếu ai nhắn xin mã OTP hay mượn tiền thì đừng gửi nhé.",
    "各位，我的微信被盗了，如果有人用我的号找你要验证码或者借钱，千万别给",
    "ไลน์ของผมโดนแฮก ถ้ามีใครทักไปขอรหัส OTP หรือยืมเงิน อย่าส่งให้นะครับ",
    "يا جماعة الواتساب حقي انسرق، أي حد يطلب منكم كود التحقق أو فلوس من رقمي لا ترسلوا شي",
]
_HIJACK_SCAM = [
    # the "my old number was hacked, send me the code" trick asks for the code instead
    "Hi it's me, my WhatsApp got hacked so this is my new number. I sent you a 6-digit code by mistake, please send it to me.",
    "Kak, WA saya dibajak jadi pakai nomor ini dulu. Tadi ada kode OTP masuk ke HP kakak, tolong kirim ke saya ya.",
    "Zalo của mình bị hack nên dùng số này, bạn gửi giúp mình mã OTP vừa nhận được nhé.",
]


def test_hijacked_account_warning(checker: Checker) -> None:
    assert_fp_class(checker, S.OTP_REQUEST, _HIJACK_SCAM, _HIJACK_LEGIT)


# --- a carrier's notice of the user's own request, with its short code ----------------------------------------

_CARRIER_LEGIT = [
    "zain: تم استلام طلب نقل رقمك إلى شريحة eSIM. إذا لم تطلب النقل اتصل على 107 فوراً.",
    "du: تم تفعيل شريحة eSIM جديدة على رقمك. إذا لم تطلب الشريحة اتصل على 155 فوراً.",
    "موبايلي: تم طلب تحويل رقمك إلى eSIM. إذا لم تطلب الخدمة اتصل على 1100 فوراً.",
]


def test_carrier_not_you_short_code(checker: Checker) -> None:
    # "if you did not request it, call 101 at once": the hurry of a notice of the user's own request is shown but not
    # weighed, so the rules score it like a message without signals (the trained model sees the same).
    plain = checker.check("message", "see you at lunch tomorrow").score
    for text in _CARRIER_LEGIT:
        result = checker.check("message", text)
        assert S.URGENCY in result.signal_types(), text
        assert result.score == pytest.approx(plain), text
    scam = "تم حظر شريحتك. اتصل فوراً على 0551234567 وأرسل رمز التحقق الذي وصلك لإعادة التفعيل"
    assert checker.check("message", scam).flagged


# --- a draw whose winners are announced publicly ----------------------------------------------------------------

_DRAW_LEGIT = [
    "Shell: Isi BBM min. Rp150rb, dapatkan kupon undian berhadiah mobil. Pemenang akan diumumkan di kantor cabang dan media sosial resmi.",
    "كارفور: تسوق بـ 200 ريال واحصل على كوبون السحب على 5 سيارات. السحب تحت إشراف وزارة التجارة.",
    "Co.op Mart: mua hóa đơn từ 300.000đ nhận phiếu bốc thăm trúng xe máy. Danh sách trúng thưởng sẽ được công bố tại quầy thông tin.",
]
_DRAW_SCAM = [
    # a win to claim with a fee or details, even when "winners are announced"
    "Selamat! Anda pemenang undian Pertamina hadiah motor listrik. Pemenang diumumkan di pertamina-hadiah.com, transfer biaya admin Rp500rb untuk klaim.",
    "مبروك! فزت في السحب تحت إشراف وزارة التجارة بسيارة، ادفع رسوم التسجيل 300 ريال عبر الرابط bit.ly/win-car",
]


def test_draw_winners_announced(checker: Checker) -> None:
    assert_fp_class(checker, S.PRIZE_LURE, _DRAW_SCAM, _DRAW_LEGIT)


# --- a prize collected at the mall's information desk --------------------------------------------------------------

_DESK_LEGIT = [
    "Central: ขอแสดงความยินดี คุณได้รับรางวัลจากกิจกรรมช้อปลุ้นทอง ติดต่อรับรางวัลได้ที่จุดประชาสัมพันธ์ชั้น 1 พร้อมบัตรประชาชน",
    "Vincom: Chúc mừng quý khách trúng giải ba chương trình bốc thăm, vui lòng mang CCCD đến quầy thông tin tầng 1 để nhận quà.",
]
_DESK_SCAM = [
    "ขอแสดงความยินดี คุณได้รับรางวัลรถยนต์ กรุณาโอนค่าภาษี 5% ก่อนรับรางวัลที่ลิงก์ bit.ly/rewardth",
]


def test_prize_at_information_desk(checker: Checker) -> None:
    assert_fp_class(checker, S.PRIZE_LURE, _DESK_SCAM, _DESK_LEGIT)

"""False-positive classes from the fifteenth blind round: ordinary workplace and service messages. Remote support
arranged inside a company (a ticket, the company's own tool, a check on Teams first, a desk to walk to, the writer's
own remote desktop failing, a screen shared to present), gift cards the company bought for its staff, and a courier's
duty paid on its own site with its landline as the other way. Each legitimate wording must not be flagged, and a scam
counterpart in the same vocabulary must still be, with the class's signal. Rules-only checker, so these hold whatever
the trained model learns. The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- remote support arranged inside the company ----------------------------------------------------------------

_REMOTE_LEGIT = {
    "en": [
        "Per your ticket INC0051234 about Outlook crashing, I'll connect through the company's remote support tool at 3pm. I'll ping you on Teams before I connect.",
        "My remote desktop keeps dropping since this morning, can you take a look? I'm on the 4th floor, come over when you're free.",
        "Reminder for the client call at 10: please join early so we can test screen sharing for the demo slides.",
    ],
    "vi": [
        "Chị ơi, em theo ticket #IT-3310 chị tạo hôm qua, 10h em remote qua UltraViewer để cài lại máy in. Em sẽ nhắn xác nhận qua Teams trước khi kết nối ạ.",
        "Anh ơi remote desktop của em bị lỗi từ sáng, anh xem giúp em với, lúc nào rảnh anh ghé qua chỗ ngồi của em nhé.",
    ],
    "id": [
        "Mas, remote desktop saya gak bisa konek dari tadi pagi, bisa bantu cek? Saya di lantai 3, mampir aja ke meja saya.",
        "Sesuai tiket #INC-7781 yang Bapak buat kemarin, jam 2 siang saya remote laptop Bapak pakai AnyDesk kantor untuk update driver printer.",
    ],
    "ms": [
        "Encik, ikut tiket #45120 pagi tadi, pukul 3 saya akan remote guna AnyDesk syarikat untuk pasang semula Outlook. Saya mesej dalam Teams dulu sebelum sambung.",
        "Bro, remote desktop aku asyik putus sejak pagi. Boleh tolong tengok? Aku kat tingkat 5, datang ke meja aku kejap.",
    ],
    "zh": [
        "根据你昨天提的工单#30125，我下午三点用公司的向日葵远程帮你看打印机驱动，连接前我会在企业微信上跟你确认。",
        "我电脑的远程连接一直连不上，你能帮我看看吗？我在五楼，你过来一下吧",
    ],
    "th": [
        "ตาม ticket #5520 ที่พี่แจ้งเมื่อวาน บ่ายสามผมจะรีโมทเข้าเครื่องพี่ผ่าน AnyDesk ของบริษัทเพื่อดูไดรเวอร์ปริ้นเตอร์ ก่อนเชื่อมต่อผมจะทักใน Teams ก่อนนะครับ",
        "รีโมทของผมเข้าไม่ได้ตั้งแต่เช้า ช่วยดูให้หน่อยได้ไหมครับ",
    ],
    "ar": [
        "حسب التذكرة رقم 4471 اللي فتحتها امبارح، هدخل على جهازك الساعة 2 عن طريق AnyDesk حق الشركة عشان أصلح الطابعة.",
        "الـ Remote Desktop عندي مش شغال من الصبح، ممكن تساعدني؟ أنا في الدور الثالث، تعال عندي.",
    ],
}
_REMOTE_SCAM = {
    "en": [
        "IT support here. Your laptop is infected, I'll remote in via AnyDesk at 3pm, please accept the connection when it pops up.",
        "Hi, IT helpdesk. We're upgrading everyone's Outlook today. I'll connect to your PC with TeamViewer in 5 minutes, just click accept.",
        "Re ticket #4471: please download AnyDesk and send me the 9-digit ID so I can fix it.",
        "Are you at your desk? I'll remote in with AnyDesk in a minute to check your mailbox, just accept it.",
    ],
    "vi": [
        "Em bên IT tập đoàn, 3h chiều em remote qua UltraViewer vào máy anh để cập nhật bảo mật, anh bấm chấp nhận khi có thông báo nhé.",
        "Theo ticket #IT-5521, anh tải UltraViewer rồi gửi em ID để em xử lý nhé.",
    ],
    "id": [
        "Halo, saya dari tim IT pusat. Jam 2 saya akan remote laptop Anda lewat AnyDesk, tolong klik terima saat muncul ya.",
        "Sesuai tiket #8812, tolong unduh AnyDesk lalu kirim ID-nya ke saya.",
    ],
    "ms": [
        "Sesuai tiket #8812, sila pasang AnyDesk dan beri saya ID 9 digit.",
        "Saya dari IT ibu pejabat, laptop encik dijangkiti virus. Saya akan remote guna TeamViewer sekarang, tekan terima ya.",
    ],
    "zh": [
        "您好，我是公司IT，您的电脑中了病毒，我现在用向日葵远程帮您处理，弹出请求时点接受就行。",
        "跟进你的工单#20331，请下载向日葵，把识别码发给我，我远程帮你弄。",
    ],
    "th": [
        "ฝ่าย IT ครับ บ่ายสองผมจะรีโมทเข้าเครื่องพี่ผ่าน AnyDesk เพื่ออัปเดตระบบ พี่กดยอมรับตอนมันเด้งขึ้นมาก็พอครับ",
    ],
    "ar": [
        "معاك الدعم الفني، جهازك فيه فيروس، هدخل عليه دلوقتي عن طريق AnyDesk، اضغط قبول لما يطلع لك الطلب.",
    ],
}


@pytest.mark.parametrize("lang", sorted(_REMOTE_LEGIT))
def test_internal_remote_support(rules_checker: Checker, lang: str) -> None:
    assert_fp_class(rules_checker, S.REMOTE_ACCESS, _REMOTE_SCAM[lang], _REMOTE_LEGIT[lang])


# --- gift cards the company bought for its staff ---------------------------------------------------------------


def test_gift_cards_bought_by_the_company_for_staff(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Chị đang họp, em mua giúp chị 5 thẻ Google Play 500k tặng khách, cào ra chụp mã gửi chị, công ty sẽ hoàn tiền.",
            "I'm in a board meeting, buy 6 Apple gift cards for the staff awards, the company will reimburse you. Scratch them and send me the codes.",
            "I bought some through the company account already but need 5 more Google Play gift cards, buy them now and send me photos of the codes.",
            "Saya sudah beli sebagian lewat akun perusahaan, tapi tolong belikan 5 voucher Google Play lagi dan kirim kodenya ke saya sekarang.",
            "ผมซื้อบัตรของขวัญผ่านบริษัทแล้วบางส่วน แต่ช่วยซื้อบัตร Google Play เพิ่มอีก 5 ใบ แล้วส่งรหัสให้ผมด่วน",
            "老板在开会，帮我买5张苹果礼品卡，刮开拍照发我，公司报销。",
            "المدير في اجتماع، اشتري 5 بطاقات هدايا ايتونز بسرعة وابعتلي صور الأكواد، الشركة هترجعلك الفلوس.",
        ],
        [
            "Thông báo: thẻ quà tặng Got It 500k thưởng nhân viên xuất sắc tháng 6, phòng nhân sự đã mua qua tài khoản công ty và gửi mã vào email từng người.",
            "Hi team, the Amazon gift cards for the Q3 sales winners were purchased through the company procurement portal and I've emailed each of you your code.",
            "各位，季度优秀员工的京东礼品卡公司已统一采购，卡密已发到大家邮箱，请查收。",
            "Voucher Tokopedia 100rb buat pemenang lomba 17-an sudah dibeli lewat akun perusahaan, kodenya sudah saya kirim ke email masing-masing ya.",
            "Baucar hadiah Lazada RM100 untuk pemenang jualan terbaik dah dibeli guna akaun syarikat, kod dah dihantar ke e-mel masing-masing.",
            "بطاقات هدايا نون للموظفين المتميزين اشتريناها عن طريق الشركة، والأكواد وصلت على إيميل كل واحد.",
        ],
    )


# --- a courier's duty paid on its own site, its landline as the other way ----------------------------------------


def test_duty_paid_on_the_couriers_own_site_or_its_landline(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            # a look-alike site, or the landline alone, stays a route
            "DHL Express: พัสดุของท่านต้องชำระภาษีนำเข้า 850 บาท ชำระที่ dhl-th-customs.com หรือติดต่อ 02-111-2222",
            "DHL: your parcel is held at customs, you must pay the import duty of 45 USD today, call 02-111-2222 to pay by card.",
        ],
        [
            "DHL Express: พัสดุหมายเลข 5566778899 ต้องชำระภาษีนำเข้า 850.00 บาท ชำระได้ที่ dhl.com หรือโทร 02-111-2222",
        ],
    )

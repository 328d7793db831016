"""False-positive classes of round 21, across the seven languages: legitimate wordings that share a signal's keyword
(a shop's draw entered by a purchase or a win credited to the reader's app, a colleague's remote help with an office
chore, a fee taken out of what the reader receives), each beside scams of the same family that must keep the
signal. Wordings written for these tests (none is a corpus line). Rules-only checker."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a shop's draw entered by a purchase, or a win already credited: nothing is asked of the winner ---------------


def test_purchase_draw_and_credited_win_are_no_prize_lure(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Congratulations! You have won a brand new iPhone in our customer draw. Pay the $4.99 delivery fee at http://prize-claims.top to receive it.",
            "Tahniah! Anda memenangi cabutan bertuah RM5,000. Sila bayar caj pemprosesan RM150 ke akaun 5621 0098 1123 untuk menuntut hadiah.",
            "Chúc mừng bạn đã trúng thưởng xe máy SH. Vui lòng chuyển khoản phí nhận giải 2.500.000đ vào STK 0123456789 để nhận quà.",
            "恭喜您在周年庆抽奖中获得一等奖iPhone！请点击链接填写资料并支付运费领取奖品。",
        ],
        [
            "Boots: Spend £30 on skincare this month and get an entry into our prize draw for a spa weekend. Full terms in store.",
            "Guardian: Setiap pembelian produk Dettol 2 botol dapat 1 tuala mandi percuma. Selagi stok ada.",
            "Lotte Mart: Mỗi hóa đơn từ 500.000đ được quay số trúng thưởng tại quầy. Chương trình đến hết 30/9.",
            "【永辉超市】会员日消费满300元即可参加抽奖，一等奖电饭煲一台，详情见门店公告。",
            "Lazada: ลุ้นรับทองคำ เมื่อช้อปครบ 999 บาท ผ่านแอป ประกาศผลในหน้ากิจกรรม",
            "سنتربوينت: تسوق بقيمة 300 ريال واحصل على فرصة دخول السحب على جوائز قيمة. الشروط في الفروع.",
            "ShopeePay: Your RM5 cashback from the weekly lucky draw has been credited automatically. No action needed.",
        ],
    )


# --- a colleague's remote help with an office chore (a printer, an office program, an IT ticket) -----------------


def test_remote_help_with_an_office_chore_is_no_remote_access(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "This is Microsoft technical support. Your computer is infected with a virus. Please install AnyDesk now and give me the ID so I can fix it.",
            "Pak, ini dari bank. Untuk proses refund dana Anda, silakan install AnyDesk dan kirimkan ID-nya ke saya.",
            "Em bên ngân hàng, để hoàn tiền giao dịch lỗi anh cài UltraViewer rồi gửi ID cho em nhé.",
            "您好，我是银行客服，为了帮您办理退款，请下载向日葵远程软件并把识别码告诉我。",
        ],
        [
            "Hi Tom, I'll jump on AnyDesk at 3 to reinstall the printer driver on the finance laptop, just leave it switched on.",
            "Kak, IT nak remote guna TeamViewer petang ni untuk pasang semula driver pencetak. Tiket #3382 dah dibuka.",
            "Chiều nay em remote qua UltraViewer vào máy lễ tân để cài lại máy in giúp chị nhé.",
            "下午我用ToDesk远程连你电脑，把打印机驱动重新装一下，设备代码你私聊我。",
            "บ่ายนี้พี่จะรีโมทเข้าเครื่องผ่าน AnyDesk เพื่อลงไดรเวอร์เครื่องพิมพ์ให้นะ",
        ],
    )


# --- a fee said to be taken out of what the reader receives: nothing is to be paid --------------------------------


def test_fee_deducted_from_the_payout_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Your withdrawal is on hold. The processing fee of $85 cannot be deducted from your balance, please pay it first by bank transfer.",
            "Pengeluaran anda tertangguh. Caj pemprosesan RM120 tidak boleh ditolak daripada baki. Sila bayar dahulu ke akaun ejen.",
            "Dana pinjaman sudah cair, tapi biaya administrasi Rp350.000 tidak bisa dipotong dari pencairan, harap transfer dulu ke rekening kami.",
        ],
        [
            "Your refund of $240 is on its way. A handling fee of $5 is deducted automatically, so you will receive $235.",
            "Pengeluaran KWSP anda diluluskan. Caj pemprosesan RM2 ditolak daripada jumlah yang dikreditkan.",
            "Pencairan dana berhasil. Biaya administrasi Rp6.500 dipotong dari saldo yang diterima.",
        ],
    )

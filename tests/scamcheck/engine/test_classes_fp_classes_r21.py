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


# --- an account, card or badge locked after the holder's own wrong entries; the phishing form keeps its link -------


def test_lock_after_wrong_entries_is_no_account_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Your account has been locked. Verify your identity now at http://secure-verify-acct.top or it will be closed.",
            "Akaun anda telah disekat kerana aktiviti mencurigakan. Klik http://maybank-sah.xyz untuk buka semula.",
            "Tài khoản của bạn bị khóa do nhập sai mật khẩu nhiều lần. Xác minh ngay tại http://vcb-mokhoa.top để mở khóa.",
        ],
        [
            "Your staff card has been locked after 3 wrong PIN attempts. Please visit the security desk on level 2 to reset it.",
            "Kartu ATM Anda terblokir karena 3x salah PIN. Silakan datang ke kantor cabang terdekat dengan membawa KTP.",
            "Thẻ tín dụng của Quý khách bị tạm khóa do nhập sai mã PIN 3 lần. Vui lòng mở khóa trên ứng dụng ngân hàng.",
            "บัญชีของคุณถูกล็อกเนื่องจากใส่รหัสผิดหลายครั้ง กรุณาติดต่อสาขาพร้อมบัตรประชาชน",
        ],
    )


# --- a booking reference shown to staff, or a PIN the message itself gives for the driver -------------------------


def test_booking_code_or_given_pin_is_no_otp_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Anh ơi em bên giao hàng, lát nữa có mã OTP gửi về máy anh, anh đọc cho em để em xác nhận giao hàng nhé.",
            "Kurir kami akan menghubungi Anda, tolong sebutkan kode OTP yang masuk ke HP Anda ke kurir.",
        ],
        [
            "Please show your booking code to the staff at the front desk when you arrive.",
            "Sila tunjukkan kod tempahan anda kepada kakitangan di kaunter semasa tiba.",
            "Your courier is on the way. Give PIN 5531 to the rider only when you receive the parcel.",
        ],
    )


# --- a warning about calls or messages from someone claiming to be an official ------------------------------------


def test_warning_about_impostor_calls_is_no_legal_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "Anda terlibat dalam kes pengubahan wang haram. Pegawai mahkamah akan menangkap anda jika tidak bayar segera. Hubungi 0123456789.",
        ],
        [
            "Hati-hati dengan panggilan yang mengaku dari pegawai polis dan meminta anda bayar saman segera. Letak telefon.",
            "Cảnh giác với cuộc gọi tự xưng là cán bộ tòa án yêu cầu nộp tiền để tránh bị bắt. Hãy cúp máy.",
            "احذروا من الرسائل التي تدعي وجود قضية ضدكم في المحكمة وتطلب الدفع. لا تتجاوبوا معها.",
            "谨防陌生来电自称法院工作人员要求缴纳罚款，请直接挂断。",
        ],
    )


# --- a traffic-violation record sent to the authority's own app; a paying link stays a threat ---------------------


def test_traffic_record_in_the_official_app_is_no_legal_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "您的车辆有违法停车记录未处理，将被吊销驾照，请点击 http://jiaoguan-12123.top 缴纳罚款。",
            "Saman JPJ anda belum dibayar, lesen akan digantung. Bayar segera di http://jpj-saman.xyz",
        ],
        [
            "您的车辆有一条超速违法记录，请通过交管12123 APP查询处理。",
            "您的机动车于3月2日在中山路违法停车，请及时通过官方App查询处理。",
        ],
    )

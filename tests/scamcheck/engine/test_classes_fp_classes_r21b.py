"""False-positive classes of round 21, second part: a big platform's own share links read as shorteners, a new
number or a courier that asks nothing read as impersonation, the writer's own transfer or an office payment form read
as a payment request, an insurance premium named in a reminder, a training's example of a fake message, a discount
code passed on to a friend, a prize collected in person, and "you won't" read as "you won". Each beside scams of the
same family that must keep the signal. Wordings written for these tests (none is a corpus line). Rules-only checker."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_fp_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a first-party share link of a big platform (Google Maps, Google Photos) is not an anonymous shortener ---------


def test_platform_share_links_are_no_shortener(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.URL_SHORTENER,
        [
            "Your parcel is on hold. Update your address at bit.ly/3kPq9Zt within 24 hours.",
            "Paket Anda tertahan, bayar ongkir di s.id/paket-ulang sekarang",
            "Tài khoản của bạn sẽ bị khóa, xác minh ngay tại tinyurl.com/xacminh-tk",
            "check this out goo.gl/Ab12Cd",
        ],
        [
            "The restaurant for Saturday is here: maps.app.goo.gl/Qw81Lmz3Rt see you at 7!",
            "Anh gửi album ảnh sinh nhật bé nè: photos.app.goo.gl/Hy62KdPq0 chọn ảnh đẹp rồi báo anh nhé",
            "Lokasi rumah makan buat reuni besok ya: maps.app.goo.gl/Zt4Nm8Vw2",
            "صور الرحلة كلها في الألبوم: photos.app.goo.gl/Pc93JdLs1",
        ],
    )


# --- a new number or a courier at the door, with nothing asked ---------------------------------------------------


def test_new_number_or_courier_without_an_ask_is_no_impersonation(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "Mẹ ơi con đổi số mới rồi, mẹ lưu số này nha. Tí con nhờ mẹ chuyển giúp con ít tiền.",
            "Hi Dad, it's me, my phone broke so this is my new number. Can you send me money for the repair today?",
            "Ini Tante, nomor baru ya. Tante lagi butuh uang 2 juta, bisa transfer dulu ke rek ini?",
            "你好，我是圆通快递员，你的包裹丢了要理赔，把收到的验证码念一下给我。",
            "Hi this is your courier from Ninja Van, the address is incomplete, confirm it at ninjavan-addr.top today.",
        ],
        [
            "Em đổi số rồi nha chị, lưu số này giúp em. Cuối tuần qua nhà chị chơi nhé 😊",
            "Hey it's Priya, new number since my old phone got wet 🙃 catch you at yoga on Sunday",
            "您好，我是顺丰快递，您的洗衣机明天上午送到，需要本人签收。",
            "Hi, this is the courier from Ninja Van, I'm at the guardhouse with your Shopee parcel now.",
        ],
    )


# --- a warning that retells an impostor's "new number" message --------------------------------------------------


def test_retold_new_number_message_in_a_warning_is_no_impersonation(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.IMPERSONATION,
        [
            "ماما هذا رقمي الجديد، جوالي انكسر. محتاج 2000 ريال ضروري، حوليها على هالحساب",
            "Bu, ini nomor baru aku, hp aku hilang. Tolong transfer 1 juta ke rek temen aku ya",
        ],
        [
            "انتبهوا يا جماعة، فيه شخص يرسل من رقم غريب يقول (هذا رقمي الجديد ابي فلوس) باسم أخوي، لا أحد يحول له",
            "Guys td ada yg WA ngaku2 jadi aku pake nomor baru trus minta transfer, itu bukan aku ya! Jangan ditransfer.",
        ],
    )


# --- the writer's own transfer, and an office's payment-request form ---------------------------------------------


def test_own_transfer_and_payment_form_are_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Maaf saya salah transfer ke rekening kakak 500rb, tolong transfer ke rek Bu Sari ya, ini nomornya",
            "Pak, uang arisan bulan ini tolong transfer ke rek pribadi saya, bukan ke rek kantor",
            "Đề nghị anh chuyển khoản ngay 5 triệu vào số tài khoản này để giải quyết hồ sơ",
        ],
        [
            "Pa, uang les adik bulan ini 800rb ya. Besok aku transfer ke rek Bu Guru yg biasa.",
            "Tagihan listrik kos udah keluar, nanti saya bayar ke rek Pak Kos sore ini ya",
            "Anh Tuấn phòng hành chính nhắn: mọi người gửi chứng từ đi lại tháng này để anh làm đề nghị thanh toán, tiền về cùng lương.",
        ],
    )


# --- an insurance premium named in a policy's reminder ----------------------------------------------------------


def test_insurance_premium_in_a_reminder_is_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "Khoản vay 40 triệu đã duyệt, anh chuyển trước phí bảo hiểm khoản vay 1.800.000đ để giải ngân.",
            "Đơn hàng của chị bị giữ do chưa nộp phí bảo hiểm hàng hóa 250k, vui lòng chuyển khoản ngay.",
        ],
        [
            "Manulife: Nhắc lịch gặp tư vấn viên lúc 9h thứ Bảy để ký hợp đồng. Phí bảo hiểm hằng năm 8.500.000đ như bảng minh họa.",
            "Hợp đồng của anh có phí bảo hiểm 600.000đ/tháng, kỳ tới sẽ tự trích từ tài khoản đã đăng ký.",
        ],
    )


# --- a phishing-awareness training that shows an example of a fake message ----------------------------------------


def test_training_example_of_a_fake_message_is_not_flagged(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "แจ้งเตือน: บัญชีของคุณจะถูกระงับ กรุณายืนยันรหัสผ่านที่ลิงก์นี้ภายในวันนี้",
            "IT Support: your mailbox is full, confirm your password here to keep receiving mail.",
        ],
        [
            "พรุ่งนี้มีอบรมความปลอดภัยไซเบอร์ จะมีตัวอย่างข้อความหลอกลวง เช่น กรุณายืนยันรหัสผ่าน ให้ทุกคนฝึกสังเกต",
            "Security training at 3pm: we'll go through examples of phishing emails like 'confirm your password to avoid suspension'.",
        ],
    )


# --- a discount code passed on to a friend (a referral) --------------------------------------------------------


def test_discount_code_for_a_friend_is_no_code_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "وصلك كود التحقق من 6 أرقام، أرسله لي الآن عشان أكمل التسجيل",
            "I sent a discount code to your phone by mistake, please send it to me.",
            "Bạn nhận được mã giảm giá, gửi mã OTP cho tôi để kích hoạt",
        ],
        [
            "شكراً لطلبك! سيصلك كود خصم 15%، أرسله لصديقك ليحصل على الخصم في أول طلب",
            "You'll get a referral code by SMS, share it with your friends so they get 10% off their first ride.",
            "Kamu akan dapat kode promo lewat SMS, kirim kodenya ke teman kamu biar dapat diskon juga.",
        ],
    )


# --- a prize collected in person, and "you won't" ----------------------------------------------------------------


def test_prize_collected_in_person_and_wont_are_no_prize_lure(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PRIZE_LURE,
        [
            "Congratulations, you won a Honda motorbike! Pay the RM300 release fee to claim your prize today.",
            "Tahniah! Anda memenangi cabutan bertuah RM3,000. Sila klik pautan untuk menuntut hadiah anda.",
            "恭喜您中奖了！请添加客服微信领取奖品，需先支付手续费。",
        ],
        [
            "Mydin: Tahniah! Anda memenangi baucar RM30 dalam cabutan ahli. Tebus di kaunter Mydin dengan kad ahli sebelum 15/08.",
            "行政通知：年会抽奖的礼品卡已到，中奖的同事请来前台签字领取。",
            "Heads up: the Wi-Fi password changes tonight, or you won't be able to log in tomorrow.",
        ],
    )


# --- "رقم" (number) is no "قم" (do), a bank's "did you try to pay …?" and the writer's own transfer in English ------


def test_account_numbers_and_payment_checks_are_no_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "قم بتحويل مبلغ 400 ريال إلى الحساب التالي لإكمال طلبك اليوم",
            "يرجى سداد 250 درهم لإعادة تفعيل الخدمة عبر الرابط المرسل",
            "Please pay £1.99 to release your parcel at parcel-release.top",
        ],
        [
            "تم إيداع 8,200.00 جنيه بحسابكم رقم ***5521 تحويل من شركة النور. الرصيد 12,004.10 جنيه.",
            "تمت الموافقة على المطالبة رقم MC-55120 وسيتم تحويل المبلغ إلى حسابك خلال 3 أيام عمل.",
            "HSBC: Did you try to pay £74.50 to ZARA? Reply Y if it was you or N if not.",
            "mum i transfer u the $150 for the dentist already, check ur dbs",
        ],
    )


# --- an urgent transfer to a supplier, to be kept secret: the fake finance manager (kept as a payment request) ------


def test_secret_urgent_supplier_transfer_is_a_payment_request(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.PAYMENT_REQUEST,
        [
            "مساء الخير، أنا المدير المالي الجديد. عندنا تحويل عاجل لمورد اليوم قبل الساعة 3، خليه بسرية لين نخلص.",
            "أستاذ خالد، فيه حوالة عاجلة لشريك في جدة لازم تطلع اليوم، الموضوع سري لا تخبر أحد بالإدارة.",
        ],
        [
            "الموارد البشرية: تحويل عاجل للرواتب اليوم بسبب إجازة العيد، لا يلزم أي إجراء منكم.",
        ],
    )


# --- planned maintenance that cuts a service for a few hours ----------------------------------------------------


def test_planned_maintenance_outage_is_no_account_threat(rules_checker: Checker) -> None:
    assert_fp_class(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            "Do hệ thống bảo trì, tài khoản của bạn sẽ bị tạm khóa tạm thời. Vui lòng xác minh tại vcb-baotri.com",
            "Your account will be suspended during the system upgrade tonight 01:00-03:00 unless you verify your details at secure-upgrade.top",
        ],
        [
            "Zain: ستتم أعمال صيانة للشبكة في حي النرجس ليلة السبت من 1 إلى 4 فجراً وقد تنقطع الخدمة مؤقتاً. نعتذر عن الإزعاج.",
            "Syabas: Bekalan air di Blok B akan dihentikan 10.00-14.00 esok untuk kerja penyelenggaraan tangki. Sila simpan air secukupnya.",
            "SP Group: Scheduled maintenance on Sunday 09:00-13:00, electricity supply to Block 12 will be cut temporarily.",
        ],
    )

"""Newer scam tactics (the corpus *_9 styles) as classes, each in several languages, with a legitimate counterpart
that must not flag. Rules-only checker, so these hold whatever the trained model learns. The messages are written
for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S

# --- pay, renew or redeem at a link, with an amount written with thousands dots -------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Viettel: Ten mien cua quy khach het han ngay 15/12/2026. Gia han 450.000d tai viettel.vn hoac cua hang Viettel gan nhat.",
            "Thong bao: Ten mien cua quy khach het han hom nay va se bi thu hoi. Gia han 450.000d tai tenmien-giahan-vn.com.",
        ),
        (
            "Your domain expires on 3 Jan. It renews automatically with the card on file; nothing to do.",
            "Your domain expires today and will be released. Renew for $14.99 at domain-renewal-center.net.",
        ),
        (
            "Telkomsel: Poin Anda 12.500 akan berakhir 31/12. Tukarkan poin di aplikasi MyTelkomsel.",
            "Telkomsel: Poin Anda 12.500 akan berakhir hari ini. Tukarkan di tsel-poin-hadiah.com sekarang.",
        ),
        (
            "【中国联通】您的积分将于12月31日到期，请登录中国联通App兑换。",
            "【中国联通】您的积分今日到期，请登录 10010-jfdh.cn 兑换现金。",
        ),
        (
            "AIS: คะแนนสะสมของคุณจะหมดอายุ 31 ธ.ค. แลกของรางวัลในแอป myAIS",
            "AIS: คะแนนสะสมของคุณจะหมดอายุวันนี้ แลกของรางวัลที่ ais-point-th.com",
        ),
    ],
)
def test_pay_renew_or_redeem_at_an_unofficial_link(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- "reply with the code sent to you", "give our staff the code when they call": both ask for the OTP ----------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "مصرف الإنماء: رمز التحقق 553108 لعملية الدفع. لا تشارك هذا الرمز مع أي شخص، موظفونا لن يطلبوه منك.",
            "مصرف الإنماء: لتفادي تعليق حسابك يرجى الرد بالرمز الذي وصلك في رسالة نصية خلال 10 دقائق.",
        ),
        (
            "مصرف الإنماء: لن يتصل بك موظفونا لطلب رمز التحقق، ولا تقم بتزويد أي شخص به.",
            "مصرف الإنماء: سيتصل بك مندوبنا اليوم لتحديث ملفك، نرجو تزويده برمز التحقق الذي يصلك.",
        ),
        (
            "ไปรษณีย์ไทย: กรุณาส่งรหัสไปรษณีย์มาที่ไลน์ร้านเพื่อจัดส่งสินค้า",
            "ฝ่ายไอที: ไลเซนส์โปรแกรมของแผนกจะหมดอายุ กรุณาส่งรหัสยืนยันที่ได้รับทางSMSมาที่ฝ่ายไอที",
        ),
        (
            "รหัสOTP 448120 สำหรับเข้าสู่ระบบ ห้ามตอบกลับด้วยรหัสนี้หรือบอกผู้ใด",
            "ธนาคาร: กรุณาตอบกลับด้วยรหัสOTPที่ได้รับเพื่อยืนยันตัวตนภายใน5นาที",
        ),
        (
            "Shop ABC: Tra loi bang ma khuyen mai SALE50 de nhan uu dai 50% cho don hang tiep theo.",
            "Ngan hang: De tranh khoa tai khoan, vui long tra loi bang ma OTP vua nhan duoc trong 5 phut.",
        ),
    ],
)
def test_a_code_to_reply_with_or_give_to_a_caller_is_an_otp_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- an attached web page (*.html) to open and log in to ---------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "HR: Your 2027 pay review letter is in Workday. Log in to Workday from the intranet with your staff account to read it.",
            "HR: Your 2027 pay review letter is attached. Open Pay_Review_2027.html and sign in with your work e-mail to read it.",
        ),
        (
            "HR: Surat kenaikan gaji 2027 sudah tersedia di portal karyawan. Silakan login ke portal seperti biasa.",
            "HR: Surat kenaikan gaji 2027 terlampir. Buka Kenaikan_Gaji.htm lalu login dengan email kantor Anda.",
        ),
        (
            "Phong nhan su: Bang luong thang 12 da co tren cong thong tin noi bo, dang nhap cong nhu moi thang.",
            "Phong nhan su: Bang luong thang 12 gui kem theo file BangLuong_T12.shtml, vui long dang nhap bang email cong ty de xem.",
        ),
        (
            "人事部：2027年调薪通知已发布在员工自助平台，请照常登录平台查看。",
            "人事部：2027年调薪通知见附件 调薪通知.html，请打开后用公司邮箱账号登录查看。",
        ),
        (
            "ฝ่ายบุคคล: สลิปเงินเดือนเดือนธันวาคมอยู่ในระบบHRของบริษัท เข้าสู่ระบบตามปกติเพื่อดู",
            "ฝ่ายบุคคล: สลิปเงินเดือนเดือนธันวาคมอยู่ในไฟล์แนบ Payslip_Dec.html กรุณาเข้าสู่ระบบด้วยอีเมลบริษัทเพื่อดู",
        ),
        (
            "Weekly report attached as report.html, no login needed.",
            "الموارد البشرية: كشف الراتب في المرفق Payslip.html، افتحه وسجل الدخول ببريد العمل.",
        ),
    ],
)
def test_an_attached_web_page_to_log_in_to_is_a_password_request(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- "quishing": a QR code sent in an e-mail or attachment, to scan and log in, confirm a salary or pay a fine ------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Cafe Mocha: Scan the QR code at the counter to pay with your banking app, or pay by card.",
            "Payroll: Scan the QR code in the attached PDF and sign in to your online banking to confirm your December salary.",
        ),
        (
            "Your conference ticket is attached. Scan the QR code at the entrance to check in.",
            "City Parking: Scan the QR code in this e-mail to settle the parking fine issued to your car.",
        ),
        (
            "Hoa don dien tu thang 11 cua quy khach da duoc gui kem email. Tra cuu hoa don tai cong thong tin cua Tong cuc Thue.",
            "Hoa don dien tu thang 11: quet ma QR dinh kem trong email. Sau khi quet, dang nhap tai khoan ngan hang de nhan hoa don.",
        ),
        (
            "【电子发票】您的电子发票已发送至邮箱，可扫描发票上的二维码在国家税务总局网站查验真伪。",
            "【电子发票】您有一张电子发票待领取，请扫描邮件附件中的二维码并登录网银领取。",
        ),
        (
            "Bahagian Kewangan: Slip gaji Disember boleh dilihat dalam portal HR syarikat seperti biasa.",
            "Bahagian Kewangan: Sila imbas kod QR dalam lampiran e-mel ini untuk mengesahkan gaji Disember anda.",
        ),
        (
            "ร้านกาแฟ: สแกนQRที่เคาน์เตอร์เพื่อชำระเงินผ่านแอปธนาคารได้เลยค่ะ",
            "ฝ่ายการเงิน: กรุณาสแกนQRในไฟล์แนบเพื่อยืนยันการรับเงินเดือนเดือนนี้",
        ),
        (
            "هيئة الزكاة: فاتورتك الإلكترونية متاحة في بوابة الهيئة، ويمكنك الاطلاع عليها بعد الدخول إلى البوابة.",
            "هيئة الزكاة: امسح رمز QR في المرفق ثم سجل دخولك إلى حسابك البنكي لاستلام فاتورتك.",
        ),
    ],
)
def test_a_qr_code_sent_to_scan_and_log_in_or_pay_a_fine(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- an official fee paid to a phone number's e-wallet or to a personal account ------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "LBC: Import duty of PHP 350 is due on your parcel. Pay in the LBC app or through GCash Pay Bills (biller: LBC Express).",
            "LBC: Your parcel is held by customs. Settle the import duty of PHP 350 via GCash 09275550142 today.",
        ),
        (
            "PLUS: Toll charge RM5.20 has been deducted from Touch 'n Go 6014 2233 4455. Balance RM30.10.",
            "Pos Laju: Bungkusan anda ditahan kastam. Jelaskan duti RM35 melalui Touch 'n Go 0123456789 hari ini.",
        ),
        (
            "Cuc Thue: Nop thue qua eTax Mobile hoac ngan hang. Co quan thue khong bao gio yeu cau nop thue vao tai khoan ca nhan.",
            "Cuc Thue: Ho so cua ban bi phat cham nop. Nop phat 2.500.000d vao STK ca nhan cua can bo thu thue trong ngay.",
        ),
        (
            "【海关】您的进口包裹需缴纳关税，请在快递公司App内缴纳。",
            "【海关】您的进口包裹需补缴关税86元，请转入海关工作人员个人账户后放行。",
        ),
        (
            "بوسطة: شحنتك وصلت. يمكنك دفع الرسوم الجمركية عبر تطبيق البريد أو في أقرب مكتب بريد.",
            "بوسطة: شحنتك محتجزة. حوّل الرسوم الجمركية 45 جنيه على فودافون كاش 01012345678 لتسليمها اليوم.",
        ),
        (
            "Please donate through our registered charity page; every gift gets a receipt.",
            "Flood appeal: families need food tonight. Donate to our coordinator's personal PayPal, every $5 helps.",
        ),
    ],
)
def test_an_official_fee_paid_to_an_e_wallet_number_or_personal_account(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- advance payment before any service exists: a rental deposit with the owner away, tickets "guaranteed" and paid
# in full first, a job's training fee, a loan's contract fee to the admin first ------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Room to let in Bristol, £650pcm. Viewings Saturday 10-12; the holding deposit is paid only after the viewing, through the agency.",
            "Room to let in Bristol, £650pcm. I'm overseas for work so I can't show it; a £650 deposit secures it and I'll post you the keys.",
        ),
        (
            "I'm abroad until May; my agent Sarah will show you the flat and handle the deposit after you sign.",
            "Studio near the station, £700pcm. The owner is abroad; transfer the first month's rent and the keys come by courier.",
        ),
        (
            "【房屋出租】两室一厅，月租2800，房东周六带看房，满意后签合同交定金。",
            "【房屋出租】两室一厅，月租2800，房东在国外无法看房，先转定金，钥匙用快递寄给你。",
        ),
        (
            "Cho thue can ho 2PN quan 7, 9 trieu/thang. Xem nha thu 7, ky hop dong xong se dat coc.",
            "Cho thue can ho 2PN quan 7, 9 trieu/thang. Chu nha dang o nuoc ngoai, chuyen tien coc truoc roi gui chia khoa qua buu dien.",
        ),
        (
            "Tiket konser resmi dijual mulai Jumat di situs promotor, pembayaran saat checkout.",
            "Jasa tiket konser, dijamin dapat kursi depan. Bayar lunas dulu, e-tiket dikirim H-1.",
        ),
        (
            "ขายตั๋วคอนเสิร์ตที่เว็บไซต์ทางการเท่านั้น ชำระเงินตอนสั่งซื้อ",
            "รับจองตั๋วคอนเสิร์ต การันตีได้ที่นั่งแถวหน้า โอนเต็มก่อน ส่งตั๋วทางแชทวันก่อนงาน",
        ),
        (
            "تذاكر الحفل متاحة على الموقع الرسمي فقط، والدفع عند إتمام الطلب.",
            "تذاكر مباراة الكلاسيكو مضمونة بنص السعر، حول المبلغ وأرسل لك التذاكر على الواتساب.",
        ),
        (
            "Kursus memandu: yuran latihan RM1,200 dibayar di kaunter sekolah memandu.",
            "Jawatan kosong kerani data, gaji RM2,800. Bayar yuran latihan RM200 kepada HR dahulu sebelum mula kerja.",
        ),
        (
            "We're hiring a warehouse assistant: paid training in the first week, uniform provided.",
            "Work-from-home data entry job, salary $900/week. A training fee of $75 is required before you start.",
        ),
        (
            "ธนาคาร: สินเชื่อส่วนบุคคลของท่านได้รับอนุมัติแล้ว รายละเอียดสัญญาดูได้ในแอปของธนาคาร",
            "สินเชื่อทันใจ อนุมัติไว โอนค่าเอกสาร500บาทให้แอดมินก่อนเพื่อปล่อยยอด",
        ),
    ],
)
def test_advance_payment_before_any_service_exists(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a "real call centre" on a chat app: an off-platform contact (weighed 0.8, so checked as a signal) -----------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "K PLUS: โอนเงินไม่สำเร็จ? ติดต่อCall Center 02-888-8888 หรือแจ้งปัญหาผ่านแอปK PLUS",
            "โอนเงินไม่สำเร็จ? ติดต่อCall Centerธนาคารตัวจริงทางไลน์ @kbank-helpdesk99 ได้ตลอด24ชม.",
        ),
        (
            "Transfer failed? Call the number on the back of your card or use the in-app chat.",
            "Transfer failed? Chat with the real customer service on Telegram @bank_support_24.",
        ),
        (
            "البنك الأهلي: لأي استفسار تواصل مع خدمة العملاء على 19623 أو عبر التطبيق.",
            "البنك الأهلي: لأي استفسار تواصل معنا على لاين @nbe-support-eg فقط.",
        ),
    ],
)
def test_a_support_desk_on_a_chat_app_is_an_off_platform_contact(rules_checker: Checker, legit: str, scam: str) -> None:
    def types(text: str) -> set[str]:
        return {s.type.value for s in rules_checker.check("message", text).signals}

    assert "off_platform_contact" not in types(legit)
    assert "off_platform_contact" in types(scam)


# --- "to avoid suspension, reply with the code": a purpose clause, not a negation of the request --------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Avoid replying with your code to anyone, even if they say they are from the bank.",
            "To avoid suspension of your account, reply with the code we just sent you within 5 minutes.",
        ),
        (
            "To avoid fraud, never share your code with anyone.",
            "To avoid losing your rewards, send us the 6-digit code you received by SMS.",
        ),
    ],
)
def test_to_avoid_is_a_purpose_not_a_negation(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- gift cards bought for a "boss", their codes photographed or sent back -------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "7-Eleven: บัตรGoogle Play ลด10% ถึงสิ้นเดือนนี้ ที่ร้านทุกสาขา",
            "พี่เองนะ ติดประชุมอยู่ ช่วยซื้อบัตรGoogle Play 5ใบ แล้วถ่ายรูปรหัสส่งมาในไลน์ด้วย",
        ),
        (
            "Circle K: Mua thẻ Google Play tại cửa hàng, giảm 10% đến hết tháng.",
            "Anh đang họp, em mua giúp anh 5 thẻ Google Play 500k rồi chụp mã gửi anh nhé.",
        ),
        (
            "Indomaret: Voucher Google Play tersedia di kasir, diskon 5% minggu ini.",
            "Bos lagi rapat, tolong beli 5 voucher Google Play 500rb, fotoin kodenya ya.",
        ),
        (
            "Kedai 99: Kad Google Play kini dijual di kaunter, diskaun 5%.",
            "Boss tengah meeting, tolong belikan 5 kad Google Play RM100, snap gambar kod dan hantar sini.",
        ),
        (
            "便利店本周苹果卡九五折，欢迎到店选购。",
            "我是王总，在开会，帮我买10张苹果卡，刮开拍照发给我。",
        ),
        (
            "متجر جرير: بطاقات جوجل بلاي متوفرة في جميع الفروع بخصم 5%.",
            "أنا المدير وفي اجتماع، اشتري 5 بطاقات جوجل بلاي وصور الأكواد وأرسلها لي.",
        ),
    ],
)
def test_gift_cards_whose_codes_are_sent_back(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- Thai "ไม่ดี" (bad) and "ไม่สำเร็จ" (failed) describe a state; they do not negate the request after them -------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "ธนาคาร: ห้ามบอกรหัสOTPแก่ผู้ใด เจ้าหน้าที่ไม่มีนโยบายขอรหัส",
            "สัญญาณไม่ดี ช่วยแจ้งรหัสOTPที่ได้รับให้พี่ทางแชทหน่อย",
        ),
        (
            "โอนเงินไม่สำเร็จ กรุณาลองใหม่ในแอปอีกครั้ง",
            "โอนเงินไม่สำเร็จ แจ้งรหัสOTPให้เจ้าหน้าที่เพื่อดำเนินการต่อ",
        ),
    ],
)
def test_a_thai_state_word_is_not_a_negation(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- ordinary messages that share words with the advance-payment patterns ---------------------------------------


@pytest.mark.parametrize(
    "legit",
    [
        "Please post the keys back when you leave; your deposit will be returned within 10 days.",
        "Khoa hoc tieng Anh: so luong co han, phi dang ky 500k, dong truoc ngay 10.",
        "งานวิ่งการกุศล ค่าลงทะเบียน500บาท ชำระผ่านเว็บไซต์",
        "公司开具增值税发票，保证质量，全款发货。",
        "Pendaftaran dibuka setiap hari kerja, biaya pendaftaran Rp 50.000.",
        "Kursi kantor dijamin ori, bayar dulu baru kirim.",
    ],
)
def test_ordinary_words_of_the_advance_payment_patterns_do_not_flag(rules_checker: Checker, legit: str) -> None:
    assert not rules_checker.check("message", legit).flagged


def test_the_post_office_is_an_official_route_only_as_a_place_to_pay(rules_checker: Checker) -> None:
    """A bill paid at the post office is a reminder with an official route; keys sent by post after a deposit is
    the rental scam, not a route for the payment."""
    bill = "EVNHCMC: Tien dien thang 11 cua quy khach la 450.000d. Vui long thanh toan tai buu dien truoc 20/12."
    assert not rules_checker.check("message", bill).flagged
    rental = "Can ho cho thue quan 3. Chu nha o nuoc ngoai, chuyen tien coc truoc roi gui chia khoa qua buu dien."
    assert rules_checker.check("message", rental).flagged


# --- the twelfth round's classes (Chinese, Vietnamese, English): each scam with the signal it must carry and a
# legitimate message of the same subject that must not flag --------------------------------------------------------


def _signals(checker: Checker, text: str) -> set[str]:
    return {s.type.value for s in checker.check("message", text).signals}


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        # a code the sender triggers, to be read back
        (
            "Google: G-482913 is your verification code. Don't share it with anyone.",
            "Hi, it's the Telstra transfer desk. A 6-digit code is coming to your phone in a moment; please provide it here so we can finish moving your number.",
            "otp_request",
        ),
        (
            "Your login code is 662019. If you didn't ask for it, you can ignore this message.",
            "We texted a one-time code to your mobile a minute ago, could you reply here with it so I can confirm your identity?",
            "otp_request",
        ),
        (
            "Your account is protected with number matching: when you sign in, type the number shown on screen into the Authenticator app.",
            "IT helpdesk here, I'm resetting your mailbox. Approve the prompt on your phone and send me the number you see so I can finish.",
            "otp_request",
        ),
        (
            "Mã OTP của bạn là 482913. Tuyệt đối không cung cấp mã cho bất kỳ ai, kể cả nhân viên ngân hàng.",
            "Chị ơi em đăng ký Shopee nhầm số chị, có mã 6 số vừa gửi về máy chị, chị đọc giúp em với ạ",
            "otp_request",
        ),
        (
            "Anh ơi em gửi ảnh hóa đơn rồi nhé, anh xem giúp em.",
            "Anh ơi lúc nãy hệ thống gửi mã xác nhận về máy anh, anh chụp màn hình gửi em nhé",
            "otp_request",
        ),
        (
            "【腾讯】您的验证码为482913，5分钟内有效，请勿告诉他人。",
            "不好意思，我注册账号填错了号码，你手机刚收到的6位数字能发给我吗？",
            "otp_request",
        ),
        (
            "你好，我用自己的手机号注册了账号，验证码已经收到了，谢谢提醒。",
            "我朋友的卡停机了，想用你的手机号帮他注册一下，帮我看一下你刚收到短信里的4位验证码",
            "otp_request",
        ),
    ],
)
def test_a_code_the_sender_triggers_and_asks_to_have_read_back(
    rules_checker: Checker, legit: str, scam: str, signal: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged
    assert signal in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        # a boss's payment to a new supplier while they cannot be called
        (
            "Hi team, I'm boarding now and can't take calls until 6pm. The Q3 deck is in the shared drive.",
            "Jane, please wire the 23,900 EUR payment to the vendor account I'm forwarding now. I'm in meetings all day, so just confirm by email.",
            "payment_request",
        ),
        (
            "Em ơi anh đang họp, tối về anh gọi lại nhé. Nhớ đón con lúc 5h.",
            "Em ơi anh đang họp với khách, chuyển gấp 60 triệu cho đối tác theo STK anh gửi nhé",
            "payment_request",
        ),
        (
            "Sếp bảo em chuyển file báo cáo quý cho phòng kế toán nhé.",
            "Sếp dặn em chuyển khoản 50 triệu cho nhà cung cấp mới ngay trong sáng nay, STK chị gửi qua Zalo.",
            "payment_request",
        ),
        (
            "小李，我在开会不方便接电话，晚点回你。",
            "小李，我在开会不方便接电话，你先把20万货款转给新供应商，账户资料我私聊发你。",
            "payment_request",
        ),
        (
            "財務同事你好，陳總今天在登機不能接電話，報表明天再給他看。",
            "財務同事你好，有一筆貨款要馬上轉給新供應商，帳戶資料我用LINE傳給你，我在登機不能接電話。",
            "payment_request",
        ),
        # a relative in trouble: bail, a hospital, a borrowed phone, "don't tell my parents"
        (
            "The suspect was released on bail yesterday, the court said.",
            "Nana it's Tom. I'm at the police station and they're holding me until bail is paid. I'm so scared.",
            "payment_request",
        ),
        (
            "Mẹ ơi con đến bệnh viện khám rồi, bác sĩ bảo không sao, tối con về.",
            "Bố ơi con đây, điện thoại con bị hỏng nên mượn máy bạn nhắn. Con đang ở bệnh viện, bố chuyển gấp 10 triệu vào tk này giúp con",
            "impersonation_claim",
        ),
        (
            "Cô giáo chủ nhiệm thông báo: lớp đi tham quan bảo tàng thứ Sáu, phụ huynh đóng phí qua cổng thanh toán của trường.",
            "Cô chủ nhiệm đây, bé nhà mình ngã ở trường đang cấp cứu, phụ huynh chuyển gấp 12 triệu vào STK bác sĩ Hòa để mổ nhé.",
            "payment_request",
        ),
        (
            "奶奶，我周末回家吃饭，别告诉我爸妈，我想给他们一个惊喜。",
            "阿嬷是我，我撞了人被扣在派出所，千万别告诉我爸妈，要交2万保释金才能出来",
            "payment_request",
        ),
        (
            "还记得我吗？上次聚会坐你旁边的小王，周末一起打球？",
            "同學，還記得我嗎？我是你初中同桌阿明，我現在急需用錢，能先借我5000嗎？",
            "payment_request",
        ),
        # a class teacher's fee paid by scanning a QR code; donations to a coordinator's own wallet
        (
            "老师好，孩子的学费已经在学校缴费平台交过了，谢谢。",
            "各位家长，我是一年级三班的班主任，请大家扫这个二维码缴纳本学期书本费，交完截图发到群里",
            "payment_request",
        ),
        (
            "Flood appeal: every donation counts. Give through our registered foundation's page; official receipts are issued.",
            "Flood appeal: please send your donations to GCash 0918 555 1234 (Maria - coordinator).",
            "payment_request",
        ),
        (
            "Quỹ khuyến học trường ta đã nhận đủ ủng hộ, ban liên lạc sẽ công khai sổ sách vào cuối tháng.",
            "Quỹ khuyến học kêu gọi quyên góp cho học sinh nghèo, chuyển vào STK cá nhân của cô thủ quỹ 0987xxxx12.",
            "payment_request",
        ),
        # tickets paid half first; a recovery service's fee
        (
            "Bought the tickets! You owe me half, pay me whenever.",
            "Ticket for the Coldplay show, face value. Half now by bank transfer and the rest after I send the PDF ticket.",
            "payment_request",
        ),
        (
            "Lost money to a scam? Report it to the police and to your bank at once.",
            "Lost money to an investment scam? Our lawyers recover your funds within weeks, just a 10% retainer fee upfront.",
            "payment_request",
        ),
    ],
)
def test_payments_asked_under_a_pretext(rules_checker: Checker, legit: str, scam: str, signal: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged
    assert signal in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        # review, like and task jobs; day-rate ranges; trading bots and stock-pick groups; "wrong number" openers
        (
            "Contract Java developer role, 6 months, AUD 120k-140k per year. Apply via Seek.",
            "Remote work: review apps on your phone, earn $120-$400 per day, commission paid daily. Message our coach.",
            "investment_lure",
        ),
        (
            "Cảm ơn bạn đã mua hàng! Hãy đánh giá 5 sao sản phẩm nếu bạn hài lòng nhé.",
            "Bên mình cần CTV thả tim và đánh giá sản phẩm trên Tiki, hoa hồng 20-50k mỗi nhiệm vụ, làm tại nhà.",
            "investment_lure",
        ),
        (
            "亲，收到货满意的话麻烦给个好评哦，谢谢支持！",
            "兼职招聘：在家给商品写好评，每单佣金10元，日结，报名请私信",
            "investment_lure",
        ),
        (
            "Xin lỗi anh, em nhắn nhầm số. Chúc anh buổi tối vui vẻ.",
            "Xin lỗi em nhắn nhầm số ạ. À mà anh có quan tâm đầu tư vàng không, tháng này em lãi 35% đó",
            "investment_lure",
        ),
        (
            "Our quarterly market outlook is out: read the analysts' view on rates at the bank's research page.",
            "Hi, I'm Mia, assistant to a senior strategist. We post free stock picks every morning in our WhatsApp group, want to join?",
            "investment_lure",
        ),
        (
            "投资有风险，入市需谨慎。本公司不会通过任何群组向您推荐股票。",
            "老師每天盤前在LINE群報明牌，勝率九成，加入就送飆股",
            "investment_lure",
        ),
        # "found your number", "press 1 to speak to an officer", a renewal to cancel by calling
        (
            "Hi, I'm Sam's mum from soccer, I got your number from the team list. Are you driving on Saturday?",
            "Hey! I found your number in my contacts but I can't remember how we met, are you the real estate agent?",
            "impersonation_claim",
        ),
        (
            "Your Spotify Premium renews on 5 Dec for $11.99. To cancel, go to Account settings in the app.",
            "Your Norton subscription was auto-renewed for $299. If you did not make this purchase, call 1-877-555-0199 to cancel and get a refund.",
            "impersonation_claim",
        ),
        (
            "Thanks for calling the library. Your reserved book is ready for pick-up at the front desk.",
            "This is the tax office. A case has been opened against your file. Press 2 to speak to an officer.",
            "impersonation_claim",
        ),
        # money to "receive" by scanning a QR code or opening a link; a loan with no documents
        (
            "Scan the QR at the counter to pay for your meal.",
            "Please scan the QR code below to receive the $250 refund for your cancelled order.",
            "prize_lure",
        ),
        (
            "Quý khách vui lòng quét mã QR tại quầy để thanh toán hóa đơn.",
            "Cửa hàng đã duyệt hoàn tiền, bạn quét mã QR này bằng app ngân hàng để nhận lại tiền nhé.",
            "prize_lure",
        ),
        (
            "请扫码关注公众号查看物流信息。",
            "您的快递在运输途中遗失，请扫描下方二维码填写退款金额办理理赔。",
            "prize_lure",
        ),
        (
            "CommBank: You're pre-approved for a personal loan. Check your offer in the CommBank app.",
            "Congrats! A $15,000 loan is ready for you, no documents or payslips needed. Reply OK to our agent.",
            "prize_lure",
        ),
    ],
)
def test_lures_and_claims_of_the_twelfth_round(rules_checker: Checker, legit: str, scam: str, signal: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged
    assert signal in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        # a seed phrase; card and PIN for a visiting "officer"; an attachment named .htm, then a login
        (
            "Never type your seed phrase into any website. Our support will never ask for it.",
            "Claim your airdrop: connect your wallet and enter your 12-word recovery phrase to verify.",
            "password_request",
        ),
        (
            "Your new debit card and PIN will arrive by post in separate envelopes.",
            "Bank security here: our officer will visit you today to replace your chip card, please have your card and PIN ready.",
            "password_request",
        ),
        (
            "切勿将银行卡及密码交给任何人，本行工作人员不会上门收卡。",
            "为配合芯片升级，本行专员将上门回收旧卡，请将银行卡及密码放入信封交给专员。",
            "password_request",
        ),
        (
            "Please see the attached agenda. Log in to the portal with your staff ID to book a room.",
            "Attached is the purchase order (PO_7781.htm). Please open it. Sign in with your company email to view the details.",
            "password_request",
        ),
        # paid SMS: personal data replied to a 106 number, a four-digit dial code, a per-message price
        (
            "【某银行】回复TD至1069012345退订",
            "【福利】恭喜获赠50元话费，回复“领取”至10690088123即可到账。",
            "premium_rate_number",
        ),
        (
            "Viettel: Ưu đãi tặng 5GB data, bấm *098# để kiểm tra gói cước.",
            "Nhà mạng tặng bạn 200 phút gọi miễn phí, bấm *6688# rồi gọi để nhận ngay.",
            "premium_rate_number",
        ),
        (
            "Your plan includes unlimited texts; international texts cost extra, see the price guide.",
            "Find out who likes u! Txt LOVE to 8xx51 now. £1.50 per msg rcvd. 16+",
            "premium_rate_number",
        ),
        # a link after "rebook", "cancel", "缴纳", "补缴" (a domain's dots no longer end the Chinese window)
        (
            "Your dentist appointment is on Tue 3pm. To cancel, reply CANCEL.",
            "Royal Mail: we missed you today. Rebook your delivery (£1.20 fee) here: royalmail-redelivery.info",
            "action_via_link",
        ),
        (
            "【某某物业】本月停车费已出账单，请登录业主App查看并缴纳。",
            "【停车缴费】您有一笔停车费未缴，请点击 park-pay.top 补缴，逾期产生滞纳金。",
            "action_via_link",
        ),
    ],
)
def test_secrets_paid_services_and_links_of_the_twelfth_round(
    rules_checker: Checker, legit: str, scam: str, signal: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged
    assert signal in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    ("legit", "scam", "signal"),
    [
        # a SIM "upgrade" that asks for the new SIM's serial number
        (
            "To activate your new SIM, insert it and restart your phone; no need to send us anything.",
            "Airtel: your line is due for a free 5G SIM. Reply with the 19-digit serial number printed on the new SIM card so we can activate it today.",
            "otp_request",
        ),
        # equipment bought before a job starts, "to be reimbursed"
        (
            "Your new laptop has been ordered by IT and will be delivered to your desk on Monday.",
            "Welcome aboard! Before your first day, please buy the required equipment from our partner store; you will be reimbursed with your first salary.",
            "payment_request",
        ),
        # a government "officer" on WhatsApp
        (
            "Our team only contacts you through the official app; we never ask you to chat on WhatsApp.",
            "Ministry of Health: a compensation payment is pending in your name. Kindly message our case officer via WhatsApp +65 8123 0099 to receive it.",
            "impersonation_claim",
        ),
        # a link to install an app that is not an app store's, sent by a chat contact
        (
            "Em gửi anh link cài đặt ứng dụng VNeID chính thức trên App Store nhé.",
            "Điện lực: Quý khách kết bạn Zalo 0912 000 111 để nhận link cài đặt ứng dụng cập nhật chỉ số công tơ.",
            "app_install",
        ),
        # the fee of a parcel a friend abroad sends you, a deposit to a landlord abroad
        (
            "Phí thông quan hàng nhập khẩu được thu tại cơ quan hải quan theo quy định.",
            "Em ơi chị đang ở nước ngoài gửi quà về cho em, em chuyển giúp chị phí thông quan 6 triệu nhé, chị về trả.",
            "payment_request",
        ),
        (
            "你好，我在国外出差，下周回来再看房，到时候联系你。",
            "房东：想看房先转1500定金，我人在国外，收到定金后让我表弟把钥匙给你。",
            "payment_request",
        ),
        # compensation "three times the price" from a stranger; money handed to an "authority" to supervise
        (
            "双倍积分活动今天开始，到店消费即可参与。",
            "您好，您购买的商品在运输中损坏，平台将双倍赔付，请加理赔专员微信办理。",
            "prize_lure",
        ),
        (
            "退款已原路退回，请注意查收。",
            "這裡是地檢署，你的帳戶涉及洗錢案件，需將帳戶資金交由本署監管，待調查結束後歸還。",
            "payment_request",
        ),
        (
            "您好，您本次消费已支付成功，感谢光临。",
            "刚才扫的是旧二维码，钱没到账，麻烦您扫这个新码再付一次，之前那笔会自动退回。",
            "payment_request",
        ),
        # the rest of a mailbox upgrade with a price written with a currency sign
        (
            "Your storage is almost full. Manage your plan in Settings.",
            "Your e-mail quota is exceeded. Upgrade to 100GB for $3.99 at inbox-upgrade-centre.com to keep receiving mail.",
            "payment_request",
        ),
        # keep the current password, log in to a social network to watch: counted with a link that is not official
        (
            "Please keep your password safe and change it every 90 days.",
            "Office 365: your password expires today. Keep your current password at o365-password-keep.com/login",
            "action_via_link",
        ),
        (
            "Mẹ ơi con đăng nhập facebook để xem ảnh lớp rồi, đẹp lắm.",
            "Ảnh này có phải bạn không? Đăng nhập facebook để xem nhé: fb-xemanh.com/p/231",
            "action_via_link",
        ),
        (
            "请在App内完成实名认证。",
            "【人事部】本月工资暂缓发放，请在 salary-check.top 输入网银账号后领取。",
            "action_via_link",
        ),
    ],
)
def test_more_pretexts_of_the_twelfth_round(rules_checker: Checker, legit: str, scam: str, signal: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged
    assert signal in _signals(rules_checker, scam)


@pytest.mark.parametrize(
    "legit",
    [
        "Remember: nobody will ever ask you to scan a QR code to receive money. That's a scam.",
        "Ngân hàng không bao giờ yêu cầu quét mã QR để nhận tiền, hãy cảnh giác.",
        "本公司不会要求您扫码领取理赔，请通过官方App办理。",
        "Hi Dave, the payment to the new vendor went out this morning. I'm boarding now, will call when I land.",
        "今天开会，不方便接电话，转账的事等我回来再说。",
        "Daily rate for the contractor is $650-$700 a day, approved by procurement.",
        "I made $200 a week tutoring last summer, it was great.",
        "Welcome to roaming in Thailand. Calls home cost $0.50/min, data is included in your travel pass.",
    ],
)
def test_warnings_and_plain_statements_near_the_twelfth_round_wording(rules_checker: Checker, legit: str) -> None:
    assert not rules_checker.check("message", legit).flagged


def test_a_code_shared_with_the_sender_is_an_otp_request(rules_checker: Checker) -> None:
    scam = "Optus security: we blocked a SIM transfer on your account. A code will arrive by SMS now, please share it with me to confirm you're the owner."
    assert "otp_request" in _signals(rules_checker, scam)


# --- a document shared with you, or a full mailbox, opened by logging in at a link that is not official; a share
# inside the company's own tenant links to sharepoint.com; the current password asked for --------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            'Rina membagikan file "Notulen Rapat.docx" dengan Anda. Buka di https://majujaya.sharepoint.com/:w:/s/hrd/Notulen (login dengan akun kantor)',
            'Dropbox: Rina membagikan file "Kontrak Vendor.pdf" dengan Anda. Untuk melihat, login dengan email kantor di dropbx-file.net/v/2',
        ),
        (
            'Puan Aina berkongsi dokumen "Minit Mesyuarat" dengan anda. Buka di https://syarikatku.sharepoint.com/:w:/s/pentadbiran/Minit',
            'DocuSign: Puan Aina berkongsi dokumen "Perjanjian Sewa" untuk ditandatangani. Log masuk dengan emel kerja anda: docu-sign-review.com/p/5',
        ),
        (
            "أرسل لك أحمد ملف العرض على المجلد المشترك، تقدر تفتحه من https://alnoor.sharepoint.com/:p:/s/sales/Offer",
            'Microsoft Teams: تمت مشاركة مستند "الموازنة 2026.pdf" معك. لفتحه سجل الدخول ببريدك الوظيفي: teams-file-share.net/d/77',
        ),
        (
            "OneDrive: คุณสมชายแชร์ไฟล์ งบประมาณ2569.xlsx กับคุณ เปิดที่ https://bangkokco.sharepoint.com/:x:/s/fin/Budget",
            'คุณสมชายได้แชร์ไฟล์ "งบประมาณ2569.xlsx" กับคุณ กรุณาลงชื่อเข้าใช้ด้วยอีเมลบริษัทที่ budget-file-view.com',
        ),
        (
            "IT: Peti mel anda hampir penuh. Sila arkibkan e-mel lama atau padam lampiran besar.",
            "Webmail: Peti mel anda sudah penuh. Sila sahkan akaun anda di mel-kuota.net supaya e-mel baharu tidak ditolak.",
        ),
        (
            "Tim IT: Kotak masuk Anda hampir penuh. Mohon arsipkan email lama agar tetap bisa menerima pesan.",
            "Webmail: Kotak masuk Anda sudah penuh 99%. Verifikasi akun email Anda agar pesan baru tidak ditolak: webmail-kuota.net",
        ),
    ],
)
def test_document_share_or_full_mailbox_opened_by_logging_in(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "قسم الدعم الفني: سننقل البريد إلى الخادم الجديد الليلة، لا يلزمك أي إجراء ولن نطلب منك كلمة المرور.",
            "قسم الدعم الفني: سننقل بريدك إلى النظام الجديد الليلة. نرجو الرد باسم المستخدم وكلمة المرور لحسابك قبل الخامسة",
        ),
        (
            "DocuSign: لديك مستند بانتظار توقيعك من شركة الإعمار، راجعه في تطبيق DocuSign.",
            "لديك مستند بانتظار التوقيع، افتح المرفق Contract.htm واكتب كلمة مرور بريدك لعرضه",
        ),
        (
            "Pentadbir Sistem: Kata laluan anda akan tamat tempoh dalam 7 hari. Tukar melalui Ctrl+Alt+Del di komputer pejabat.",
            "Pentadbir Sistem: Kekalkan kata laluan lama anda dengan mengesahkannya di pautan berikut sebelum 5 petang: sso-pengesahan.net",
        ),
    ],
)
def test_credentials_asked_for_by_reply_or_to_keep_the_current_password(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert S.PASSWORD_REQUEST not in {s.type for s in rules_checker.check("message", legit).signals}
    assert S.PASSWORD_REQUEST in {s.type for s in rules_checker.check("message", scam).signals}


# --- an illegal lender's threat to spread the debtor's data or photos to all their contacts ---------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Adira Finance: Angsuran Anda jatuh tempo 3 hari lalu. Bayar via aplikasi atau ATM. Abaikan jika sudah membayar.",
            "Aplikasi PinjamKilat: Utang Anda Rp2.300.000 sudah lewat 5 hari. Bayar hari ini atau data dan foto KTP Anda kami sebarkan ke seluruh kontak HP Anda.",
        ),
        (
            "AEON Credit: Ansuran anda bagi bulan ini belum diterima. Sila bayar melalui AEON Wallet atau di mana-mana cawangan.",
            "Hutang RM3,000 anda tertunggak. Bayar sebelum 6 petang atau gambar anda kami tularkan ke semua kenalan dalam telefon anda.",
        ),
        (
            "กรุงศรีเฟิร์สช้อยส์: ยอดผ่อนชำระงวดนี้ครบกำหนดแล้ว ชำระได้ที่แอป UCHOOSE หรือเคาน์เตอร์เซอร์วิส",
            "ค้างชำระมา 7 วันแล้ว ถ้าไม่โอนวันนี้ทีมงานจะประจานรูปคุณให้รายชื่อติดต่อทุกคนเห็น",
        ),
        (
            "تمويلك: القسط الشهري مستحق يوم 27، يمكنك السداد عبر تطبيق البنك.",
            "أقساطك متأخرة، إذا لم تسدد اليوم سننشر صورتك وبياناتك لجميع جهات اتصالك",
        ),
    ],
)
def test_lender_threat_to_spread_data_to_contacts(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert S.LEGAL_THREAT in {s.type for s in rules_checker.check("message", scam).signals}
    assert rules_checker.check("message", scam).flagged


# --- a relative on a new or borrowed number who asks for money; a new number alone is news ------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Hai, ini Rina, nomor baru ya. Tolong disimpan, nomor lama sudah tidak aktif.",
            "Halo Tante, ini Dimas, pake nomor temen dulu soalnya hp rusak. Bisa pinjem 800rb dulu? transfer ke rek BCA 5520113 a.n. Rudi ya",
        ),
        (
            "Kak Long, ni nombor baru Ana. Nombor lama hilang sim. Simpan ye, nanti Ana call.",
            "Abah, ni Amir guna phone kawan, phone Amir hilang. Boleh bank in RM400 ke akaun Maybank kawan Amir dulu?",
        ),
        (
            "แม่ครับ ผมเปลี่ยนเบอร์แล้วนะ เบอร์เก่าเลิกใช้ เซฟเบอร์นี้ไว้ด้วยครับ",
            "แม่ครับ นี่เบอร์ใหม่ผมนะ มือถือเครื่องเก่าพัง ช่วยโอนค่าเทอม 4,500 เข้าบัญชีเพื่อนผมก่อนได้ไหม",
        ),
        (
            "يا ماما هذا رقم صاحبي، جوالي فاضي شحن، بكلمك لما أوصل البيت.",
            "ماما ده رقم صاحبي، موبايلي وقع. ابعتيلي 3000 جنيه على فودافون كاش بسرعة",
        ),
    ],
)
def test_relative_on_a_new_or_borrowed_number_asking_for_money(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Hey it's Tom, this is my new number, the old SIM stopped working. Save this one when you can 👍",
            "Hi Dad it's my new number, my phone got stolen at the gym. Can you transfer £650 for my rent today? I'll send the account details",
        ),
        (
            "Auntie, I lost my phone last week so this is my new number. See you at Sunday lunch!",
            "Mum I dropped my phone in the sink, this is my new number. A code just went to your phone by mistake, can you send me the code you got?",
        ),
        (
            "Bu, ini nomor baru saya ya, nomor lama sudah hangus. Tolong disimpan.",
            "Bu, ini nomor baru saya, hp saya hilang kemarin. Tolong transferin 1,2 juta ke rekening teman saya dulu ya",
        ),
        (
            "Mak, nombor saya tukar, yang lama dah tak aktif. Simpan nombor ni ye.",
            "Mak, ini nombor baru saya, telefon saya rosak. Boleh pinjam RM500? Bank in ke akaun kawan saya dulu",
        ),
        (
            "พี่ครับ นี่เบอร์ใหม่ผมนะ เบอร์เก่าเลิกใช้แล้ว บันทึกไว้ด้วยครับ",
            "น้า นี่เบอร์ใหม่หนูนะ มือถือหาย เดี๋ยวมีรหัส OTP ส่งไปที่เครื่องน้า ส่งรหัสมาให้หนูหน่อยนะ",
        ),
        (
            "خالي هذا رقمي الجديد، احفظه عندك والقديم بطلته.",
            "يمه هذا رقمي الجديد، جوالي انكسر. حولي لي 2000 ريال على حساب صديقي ضروري",
        ),
    ],
)
def test_a_new_number_alone_is_no_impersonation(rules_checker: Checker, legit: str, scam: str) -> None:
    """A new number (or a broken or lost phone) is the family-impersonation opener only with a request for money, an
    account to pay into or a code to pass on; "this is my new number, save it" carries no signal at all."""
    assert S.IMPERSONATION not in {s.type for s in rules_checker.check("message", legit).signals}
    assert not rules_checker.check("message", legit).flagged
    assert S.IMPERSONATION in {s.type for s in rules_checker.check("message", scam).signals}
    assert rules_checker.check("message", scam).flagged


# --- a donation into a person's own account or wallet; tickets resold at face value, paid first ---------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Yayasan Peduli Anak: Donasi Ramadan dapat disalurkan ke rekening BSI 7123456 a.n. Yayasan Peduli Anak. Laporan di situs kami.",
            "Bantu saudara kita korban gempa 🙏 Donasi langsung ke rekening ketua relawan kami BNI 0112233 a.n. Agus",
        ),
        (
            "MAIWP: Sumbangan tabung bencana boleh disalurkan melalui akaun rasmi Baitulmal atau kaunter zakat.",
            "Tabung bantuan mangsa banjir. Salurkan sumbangan ke akaun penyelaras kami CIMB 7001234 (Cikgu Rahman)",
        ),
        (
            "มูลนิธิกระจกเงา: ร่วมบริจาคผ่านบัญชีมูลนิธิ ธ.กรุงเทพ 123-4-56789 ออกใบอนุโมทนาบัตรลดหย่อนภาษีได้",
            "ร่วมบริจาคช่วยน้องหมาจรจัด โอนเข้าบัญชีแอดมินเพจได้เลย กสิกร 123-4-56789",
        ),
        (
            "جمعية البر: تبرعك يصل عبر منصة إحسان أو تطبيق الجمعية الرسمي.",
            "حملة كسوة الشتاء، ساهم بما تستطيع عبر STC Pay على الرقم 0551234567 باسم أبو فهد",
        ),
        (
            "KTMB: Tiket ETS anda berjaya ditempah. Harga tiket RM45. Bayaran diterima melalui FPX.",
            "Ada 2 tiket konsert Coldplay, harga asal je sebab tak dapat pergi. Transfer dulu ke akaun saya, e-tiket saya forward.",
        ),
        (
            "tiket.com: E-tiket konser Dewa 19 Anda sudah terbit. Tunjukkan QR di pintu masuk.",
            "Jual tiket konser Dewa 19 VIP 2 lembar, harga normal 1,5jt. Minat? DP dulu ke rekening saya, tiket nanti dikirim.",
        ),
        (
            "Thaiticketmajor: ชำระเงินค่าบัตรคอนเสิร์ตเรียบร้อย รับบัตรที่จุดแลกบัตรหน้างาน",
            "มีตั๋วคอนเสิร์ตเหลือ 1 ใบ ราคาหน้าบัตรเลยค่ะ สนใจโอนก่อนนะคะ",
        ),
        (
            "وي بوك: تم تأكيد حجز تذكرتك لمباراة الهلال والنصر، التذكرة في التطبيق.",
            "عندي تذكرة لمباراة الهلال والنصر بسعرها، حول المبلغ وأرسلها لك",
        ),
    ],
)
def test_donation_to_a_person_and_tickets_at_face_value_paid_first(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert S.PAYMENT_REQUEST in {s.type for s in rules_checker.check("message", scam).signals}


# --- pre-IPO shares for insiders, stock-signal chat groups, a "wrong number" that turns to trading ------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Mandiri Sekuritas: Penawaran umum saham PT ABC masa bookbuilding 1-5 Des. Pemesanan melalui aplikasi MOST.",
            "Kesempatan terbatas: saham pre-IPO PT Energi Nusantara, hanya untuk nasabah pilihan. Harga Rp500, target listing Rp1.500.",
        ),
        (
            "บล.กสิกรไทย: หุ้น IPO บริษัท ABC เปิดจองซื้อ 10-12 ธ.ค. ผ่านแอป K-My Invest",
            "จองหุ้นIPOราคาพิเศษเฉพาะลูกค้าวงใน ก่อนเข้าตลาดจริง โอนเงินจองวันนี้",
        ),
        (
            "Bursa Malaysia: Laporan pasaran mingguan kini tersedia di laman rasmi kami.",
            "Sertai kumpulan Telegram untuk isyarat saham percuma setiap pagi",
        ),
        (
            "บล.บัวหลวง: บทวิเคราะห์หุ้นประจำวันพร้อมให้อ่านในแอป Streaming",
            "เข้ากลุ่มไลน์ VIP รับสัญญาณเทรดหุ้นฟรีทุกวัน ผลงานสัปดาห์ก่อน +42%",
        ),
        (
            "Maaf salah nomor, saya kira ini nomor Pak RT. Terima kasih.",
            "Maaf salah kirim ya kak. Btw aku kerja di bidang investasi kripto, mau aku ajarin?",
        ),
        (
            "Alamak sorry, salah nombor. Saya nak hantar kat adik saya tadi.",
            "Alamak sorry, salah nombor. Tapi tak apa, boleh kita berkenalan? Saya Jessica, kerja di Hong Kong.",
        ),
        (
            "ขอโทษค่ะ ทักผิดคน ตั้งใจส่งให้น้องสาว",
            "ขอโทษค่ะ ทักผิดคน แต่ยินดีที่ได้รู้จักนะคะ ดิฉันทำงานเทรดทองคำอยู่สิงคโปร์",
        ),
        (
            "آسف الرقم غلط، كنت أبغى أكلم أخوي.",
            "آسف الرقم غلط، بس تشرفت بمعرفتك، أنا أتاجر بالعملات الرقمية",
        ),
    ],
)
def test_pre_ipo_signal_groups_and_wrong_number_openers(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert S.INVESTMENT_LURE in {s.type for s in rules_checker.check("message", scam).signals}


# --- the code "that reached you" asked back (read it out, screenshot it, forward it), the next sentence included,
# and a sign-in prompt announced in advance to approve; a bank's own OTP delivery says not to share it ----------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "رمز التحقق 4471 لعملية الدخول. لا ترسله لأي شخص حتى لو ادعى أنه من البنك.",
            "مرحبا أنا مندوب نون، وصلك كود الاستلام؟ قوله لي عشان أسلمك الطلب",
        ),
        (
            "وصلك الرمز؟ لا تعطيه لأحد، البنك ما يطلبه منك أبداً",
            "يا عسل، بيجيك مسج فيه كود من أربع أرقام بالغلط، ممكن ترسلينه لي ضروري؟",
        ),
        (
            "BCA: Kode OTP Anda 552190 telah dikirim. Jangan sebutkan kode ini kepada siapa pun termasuk petugas BCA.",
            "Kak, saya kurir SiCepat. Nanti ada kode masuk ke HP kakak, tolong bacakan ya biar paket bisa saya serahkan.",
        ),
        (
            "Maybank: Kod TAC telah dihantar ke telefon anda. Jangan kongsi atau bacakan kepada sesiapa.",
            "Encik, kod pengesahan akan masuk ke telefon encik sekejap lagi. Tolong bacakan pada saya ya.",
        ),
        (
            "SCB: รหัส OTP คือ 552190 ห้ามบอกรหัสนี้แก่ผู้อื่น",
            "ไรเดอร์ครับ มีรหัสรับของส่งไปที่มือถือคุณ รบกวนอ่านให้ผมฟังหน่อยครับ",
        ),
        (
            "IT: Mulai Senin login email wajib memakai Microsoft Authenticator. Panduan pemasangan ada di portal intranet.",
            "IT Helpdesk: Sebentar lagi akan muncul notifikasi login di HP Anda, tolong tekan Approve ya, itu dari tim kami.",
        ),
        (
            "ฝ่ายไอที: ตั้งแต่วันจันทร์ การเข้าอีเมลต้องใช้แอป Authenticator ดูคู่มือได้ที่อินทราเน็ต",
            "ฝ่ายไอทีนะครับ อีกสักครู่จะมีแจ้งเตือนเข้าสู่ระบบเด้งขึ้นที่มือถือ รบกวนกดอนุมัติให้ด้วย",
        ),
    ],
)
def test_code_read_back_and_announced_sign_in_prompt(rules_checker: Checker, legit: str, scam: str) -> None:
    assert S.OTP_REQUEST not in {s.type for s in rules_checker.check("message", legit).signals}
    assert S.OTP_REQUEST in {s.type for s in rules_checker.check("message", scam).signals}


# --- the bank's "courier" who wants the old card ready with its PIN; a boss's payment to a supplier's new account --


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "BNI: Jangan pernah serahkan kartu dan PIN kepada siapa pun, termasuk petugas bank.",
            "Bu, petugas kami akan mampir besok untuk tukar kartu ATM. Mohon siapkan kartu lama beserta PIN agar langsung aktif.",
        ),
        (
            "Maybank: Kad debit baharu anda boleh diambil di cawangan. Bawa MyKad; PIN ditetapkan sendiri di mesin ATM.",
            "Pegawai kami akan datang ke rumah tuan. Sila sediakan kad lama dan nombor PIN untuk pengaktifan.",
        ),
        (
            "ธนาคารกรุงไทย: ห้ามมอบบัตรและรหัสให้ผู้อื่นโดยเด็ดขาด",
            "พนักงานธนาคารจะไปรับบัตรที่บ้าน กรุณาเตรียมบัตรเดิมพร้อมรหัส PIN ไว้ให้ด้วยค่ะ",
        ),
        (
            "البنك الأهلي: لا تسلم البطاقة مع الرقم السري لأي شخص ولو ادعى أنه موظف.",
            "سيزوركم مندوبنا لاستبدال البطاقة، يرجى تجهيز البطاقة القديمة مع الرقم السري مكتوباً",
        ),
    ],
)
def test_card_with_its_pin_for_a_home_visit(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert S.PASSWORD_REQUEST in {s.type for s in rules_checker.check("message", scam).signals}


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Finance: Invoice PT Sinar sudah di-approve di sistem, pembayaran dijadwalkan Jumat sesuai termin kontrak.",
            "Sudah dengar voice note saya? Tolong transfer DP vendor hari ini ke rekening baru mereka, nomornya saya kirim.",
        ),
        (
            "Bayaran invois pembekal dijadual Jumaat melalui sistem e-Perolehan.",
            "Macam saya cakap dalam voice note, buat bayaran ke akaun baru vendor petang ni juga.",
        ),
        (
            "ฝ่ายบัญชี: ใบแจ้งหนี้ของคู่ค้าอนุมัติในระบบแล้ว จะจ่ายตามรอบวันศุกร์",
            "พี่ประชุมอยู่ ช่วยโอนค่ามัดจำเข้าบัญชีใหม่ของซัพพลายเออร์ตามนี้เลย",
        ),
        (
            "المالية: فاتورة المورد معتمدة في النظام وسيتم السداد يوم الخميس حسب العقد.",
            "أبو فيصل معك، الرسالة الصوتية وصلتك؟ حول الدفعة اليوم للمورد الجديد على الآيبان اللي أرسلته",
        ),
    ],
)
def test_payment_to_a_suppliers_new_account(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert S.PAYMENT_REQUEST in {s.type for s in rules_checker.check("message", scam).signals}

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

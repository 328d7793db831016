"""Classes of legitimate notice the rules misread (found in the corpus *_8 errors), each with a scam counterpart
in the same language that must still flag. Rules-only checker, so these hold whatever the trained model learns.
The messages are written for these tests; none is a corpus line."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker

# --- the notice's own route: the app, a branch, "as requested", "ignore if paid", an e-payment service, the courier


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        # a card frozen or blocked, pointing to the bank's app, or blocked at the user's request (a date is no number)
        (
            "Revolut: Your card has been frozen because of an unusual payment attempt. Open the Revolut app to review it and unfreeze if it was you.",
            "Revolut: Your card has been frozen because of an unusual payment attempt. Verify now at revolut-secure-check.com to unfreeze it.",
        ),
        (
            "HDFC Bank: Your credit card ending 7781 is blocked as requested on 02-12-26. A new card will be sent to your address within 5 days.",
            "HDFC Bank: Your credit card ending 7781 is blocked due to suspicious use. To unblock call 98201 44556 now.",
        ),
        (
            "OCBC: Your debit card ending 2210 has been temporarily blocked after an unusual overseas payment. Call the number behind your card or visit any OCBC branch.",
            "OCBC: Your debit card ending 2210 has been temporarily blocked after an unusual overseas payment. Call our officer at 8123 4567 to restore it.",
        ),
        # a bill that says to ignore it if already paid, or names the provider's e-payment service
        (
            "Syabas: Bil air RM42.10 untuk akaun anda belum dijelaskan. Sila bayar sebelum 15/12. Abaikan jika anda sudah membayar.",
            "Syabas: Bil air RM42.10 untuk akaun anda belum dijelaskan. Sila bayar ke akaun 5621 0099 8812 hari ini. Abaikan jika anda sudah membayar.",
        ),
        (
            "Điện lực: Tiền điện tháng 11 là 456.000đ, vui lòng thanh toán trước ngày 20/12. Bỏ qua tin nhắn này nếu quý khách đã thanh toán.",
            "Điện lực: Tiền điện tháng 11 là 456.000đ, vui lòng thanh toán ngay qua link dienluc-thanhtoan.vn. Bỏ qua tin nhắn này nếu quý khách đã thanh toán.",
        ),
        (
            "Dewan Bandaraya: Cukai pintu RM180 perlu dijelaskan sebelum 31/3. Bayar melalui DBKL e-Payment atau JomPAY.",
            "Dewan Bandaraya: Cukai pintu RM180 perlu dijelaskan hari ini. Bayar ke akaun 5521 8890 1123 atas nama pegawai kami.",
        ),
        # cash on delivery, paid to the courier at the door
        (
            "【中通快递】您的包裹今日派送，需支付货到付款金额56元，派送员会当面收取。",
            "【中通快递】您的包裹需支付运费18元，请转账到以下账户6222 0201 1234 5678后安排派送。",
        ),
        (
            "J&T: Paket Anda tiba hari ini. Silakan bayar Rp 85.000 di tempat saat paket diterima (bayar di tempat).",
            "J&T: Paket Anda tertahan. Silakan bayar biaya pengiriman Rp 15.000 di jnt-paket-id.com agar dikirim hari ini.",
        ),
    ],
)
def test_a_notice_with_the_providers_own_route_is_not_flagged(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a reminder's subject: a court hearing date, loyalty points about to expire, a supply cut for works ---------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        # a hearing date set by the court, through its own platform
        (
            "منصة ناجز: تم تحديد موعد جلسة في القضية رقم 5521 أمام المحكمة التجارية بجدة يوم 3/1/2027. يمكنك الحضور عن بعد عبر ناجز.",
            "النيابة العامة: لديك قضية غسيل أموال، سيتم القبض عليك خلال 24 ساعة. تواصل مع الضابط على الرقم 0551234567 فوراً.",
        ),
        (
            "【朝阳区人民法院】您的案件定于12月14日9:00开庭，请通过移动微法院小程序参加线上庭审。",
            "【人民法院】您涉嫌一起诈骗案件，法院已立案，请立即拨打 010-8523 6621 联系办案法官，否则将被拘留。",
        ),
        # loyalty points about to expire, redeemed in the provider's app
        (
            "【中国联通】您有1200积分即将清零，请登录中国联通App积分商城兑换。",
            "【中国联通】您有1200积分即将清零，点击 jf-10010.cn 兑换现金红包。",
        ),
        (
            "Grab: Your 2,400 reward points will expire on 31 Dec. Redeem them in the Grab app.",
            "Grab: Your 2,400 reward points will expire today! Redeem now at grab-rewards.co to get your cash.",
        ),
        # a planned supply cut for works
        (
            "Building management: water supply will be cut off on Wed 9am-1pm for tank cleaning. Please store water in advance.",
            "Power company: your electricity will be disconnected tonight due to an unpaid bill of $86. Pay now at power-bill-pay.net.",
        ),
        (
            "إدارة البرج: سيتم قطع الكهرباء يوم السبت من 9 إلى 11 صباحاً لأعمال الصيانة الدورية.",
            "شركة الكهرباء: سيتم قطع الكهرباء عن منزلك اليوم بسبب فاتورة متأخرة، يرجى دفع 120 ريال فوراً.",
        ),
        (
            "Ban quản lý: Tòa nhà sẽ cắt nước từ 8h đến 12h thứ Tư để vệ sinh bể nước. Cư dân vui lòng trữ nước.",
            "Điện lực: Nhà bạn sẽ bị cắt điện trong hôm nay do nợ cước, vui lòng chuyển khoản 850.000đ ngay để tránh bị cắt.",
        ),
    ],
)
def test_a_notice_whose_subject_names_the_threat_word_is_not_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- statements read as requests or lures: a confirmation, a withdrawal, a day's yield, a warning, a name ------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        # "السحب" is a withdrawal at an ATM as well as a prize draw
        (
            "بنك الراجحي: تم سحب 500 ريال من جهاز السحب الآلي في فرع العليا. الرصيد المتاح 3,210 ريال.",
            "مبروك! فزت في السحب على جائزة 50,000 ريال من بنك الراجحي. أرسل بياناتك لاستلام الجائزة.",
        ),
        # today's yield on a savings product is a statement; a daily yield promised is a lure
        (
            "【工商银行】您的天天盈账户今日收益3.26元，累计收益512.80元。",
            "【理财】加入我们的平台，日收益5%，稳赚不赔，名额有限。",
        ),
        # a transfer confirmed is not a transfer asked for
        (
            "Maybank2u: Transfer RM120.00 to ALI BIN ABU successful. Ref 66120983 on 01/12/26.",
            "Maybank: Transfer RM1,200.00 to the account below to complete your loan approval.",
        ),
        # an IT warning describing a phishing e-mail's request is not a request
        (
            "IT: Phishing mails are going around. If you get an email asking you to verify your password, do not click it and forward it to IT.",
            "IT Helpdesk: Your mailbox is full. Please verify your password at the link we sent to keep your email working.",
        ),
        (
            "ฝ่ายไอที: หากได้รับอีเมลขอให้กรอกรหัสผ่านเพื่อยืนยันบัญชี อย่าคลิกลิงก์ ส่งต่อให้ฝ่ายไอทีตรวจสอบ",
            "ฝ่ายไอที: กล่องอีเมลของคุณเต็ม กรุณากรอกรหัสผ่านเพื่อยืนยันบัญชีภายในวันนี้",
        ),
        (
            "Phòng IT: Nếu nhận được email yêu cầu nhập mật khẩu để nhận lương, đừng bấm vào link, hãy chuyển cho phòng IT.",
            "Phòng IT: Hộp thư của bạn sắp đầy, vui lòng nhập mật khẩu tại đường link được gửi kèm để tiếp tục sử dụng.",
        ),
        # with tone marks written, "Phát" (a name) is not "phạt" (a fine); unaccented "phat tien" stays a fine
        (
            "Honda Ôtô Phát Tiến: Xe của quý khách đến hạn bảo dưỡng. Vui lòng đặt lịch qua hotline đại lý.",
            "CSGT: Xe cua ban bi phat tien 4.500.000d, nop ngay tai csgt-nopphat.com de tranh bi giu bang lai.",
        ),
    ],
)
def test_a_statement_is_not_read_as_a_request_or_lure(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


def test_a_request_after_receiving_an_sms_is_still_a_request(rules_checker: Checker) -> None:
    # "if you receive the SMS, send me the code" is the scam itself: only a message that asks is described
    for text in ("ถ้าได้รับsmsแล้วส่งรหัสมาให้ผมหน่อยนะ", "If you get the SMS, send me the code you received"):
        assert rules_checker.check("message", text).flagged


# --- a notice of the user's own action with a callback number and the bank's advice -----------------------------


@pytest.mark.parametrize(
    ("notice", "without_advice", "scam"),
    [
        (
            "Bank Islam: Perbankan internet diaktifkan pada peranti baharu. Jika bukan anda, hubungi 03-2690 0900 segera. Jangan kongsi kod TAC anda.",
            "Bank Islam: Perbankan internet diaktifkan pada peranti baharu. Jika bukan anda, hubungi 03-2690 0900 segera.",
            "Bank Islam: Perbankan internet diaktifkan pada peranti baharu. Jika bukan anda, hubungi 03-2690 0900 segera dan berikan kod TAC kepada pegawai kami.",
        ),
        (
            "بنك الرياض: تم تسجيل الدخول من جهاز جديد. إذا لم تقم بذلك اتصل فوراً على 920000211. لا تشارك رمز التحقق مع أي شخص.",
            "بنك الرياض: تم تسجيل الدخول من جهاز جديد. إذا لم تقم بذلك اتصل فوراً على 920000211.",
            "بنك الرياض: تم تسجيل الدخول من جهاز جديد. إذا لم تقم بذلك اتصل فوراً على 920000211 وأرسل رمز التحقق للموظف.",
        ),
    ],
)
def test_a_not_you_notice_with_the_banks_advice_does_not_weigh_its_urgency(
    rules_checker: Checker, notice: str, without_advice: str, scam: str
) -> None:
    legit = rules_checker.check("message", notice)
    assert legit.score < rules_checker.check("message", without_advice).score  # the urgency is shown, not weighed
    assert rules_checker.check("message", scam).verdict.value == "scam"  # a code request is never discounted


# --- an information notice that asks for nothing: wording alone does not flag it --------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Security: 3 failed sign-in attempts on your mailbox from abroad were stopped by MFA. No action is needed.",
            "Security: 3 failed sign-in attempts on your mailbox from abroad. No action is needed, just reply with your new password here.",
        ),
        (
            "Tim IT: Ada email palsu mengatasnamakan HRD minggu ini. Jangan klik link di email itu, laporkan ke tim IT.",
            "Tim IT: Ada email dari HRD minggu ini soal bonus akhir tahun. Klik link di email itu: hrd-bonus-kantor.site",
        ),
        (
            "安全提醒：本周有冒充财务部的邮件，不要点击陌生链接，收到请转发给信息安全部。",
            "安全提醒：本周有财务部的补贴邮件，点击链接 caiwu-butie.top 领取。",
        ),
        # a scam message retold by someone who did not go along with it
        (
            "Bà ngoại nhận được tin nhắn bảo thẻ ngân hàng bị tạm khóa, phải bấm link để mở lại, bà không bấm đâu, con yên tâm.",
            "Ngân hàng thông báo thẻ của quý khách bị tạm khóa, vui lòng bấm link mo-khoa-the.top để mở lại.",
        ),
        (
            "Kak, mak dapat mesej kata akaun bank dia dibekukan, kena tekan link. Mak tak tekan, dah block nombor tu.",
            "Akaun bank anda telah dibekukan. Tekan link bank-buka-akaun.top untuk aktifkan semula.",
        ),
    ],
)
def test_wording_alone_does_not_flag_a_notice_that_asks_for_nothing(
    eager_checker: Checker, legit: str, scam: str
) -> None:
    assert not eager_checker.check("message", legit).flagged
    assert eager_checker.check("message", scam).flagged


@pytest.mark.parametrize(
    "scam",
    [
        "Nếu không phải quý khách, vui lòng gửi mã OTP cho nhân viên để hủy giao dịch.",
        "หากไม่ได้ทำรายการ กรุณาแจ้งรหัสOTPให้เจ้าหน้าที่เพื่อยกเลิก",
        "Jika bukan anda, sila berikan kod TAC kepada pegawai kami untuk membatalkan transaksi.",
    ],
)
def test_the_if_it_was_not_you_phrase_does_not_negate_a_code_request(rules_checker: Checker, scam: str) -> None:
    assert rules_checker.check("message", scam).verdict.value == "scam"


# --- colloquial Indonesian negation; a Thai fine payable at the police station or in the app ----------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Kode verifikasi Tokopedia: 551902. Kalau kamu nggak minta kode ini, abaikan saja dan jangan kasih ke siapa pun.",
            "Halo kak, kode verifikasi dari Tokopedia barusan masuk ke HP kakak kan? Tolong kirim kodenya ke saya ya, tadi salah ketik nomor.",
        ),
        (
            "ใบสั่งจราจร: รถทะเบียน 2ขค 1234 มีค่าปรับค้างชำระ 400บาท ชำระได้ที่สถานีตำรวจหรือแอปธนาคารของท่าน",
            "ใบสั่งจราจร: รถทะเบียน 2ขค 1234 มีค่าปรับค้างชำระ 400บาท ชำระค่าปรับได้ที่ลิงก์ ptm-fine-pay.com ภายในวันนี้",
        ),
    ],
)
def test_colloquial_negation_and_in_person_payment(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- more hearing notices through the court's own system (e-Court, 微法院), a traffic violation in the 12123 app ----


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Pengadilan Negeri Surabaya (e-Court): Sidang perkara perdata No. 88/Pdt.G/2026 ditunda dan dijadwalkan ulang Kamis pukul 09.00 WIB.",
            "Pengadilan Negeri: Anda terlibat perkara pidana dan akan ditangkap. Segera transfer uang jaminan ke rekening panitera hari ini.",
        ),
        (
            "【朝阳法院】您的（2026）京0105民初678号案件将于12月9日上午开庭，详情可登录移动微法院查询。",
            "【人民法院】您涉嫌洗钱，案件将于明日开庭，请立即将资金转入安全账户配合调查。",
        ),
        (
            "【交管12123】您的车辆于11月5日有一起违法未处理，请通过交管12123 App查询处理。",
            "【交管局】您的车辆有违法未处理，请立即点击 jg-12123.top 缴纳罚款，否则将吊销驾照。",
        ),
    ],
)
def test_a_hearing_or_violation_notice_through_the_official_system_is_not_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a warning that describes an impostor's request, or calls whoever asks a scammer ---------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Heads up: someone is texting staff pretending to be our CEO and asking for gift cards. Ignore it and report it to IT.",
            "Hi, it's the CEO. I need you to buy gift cards for a client right now and send me the codes.",
        ),
        (
            "【建设银行】提醒：有不法分子冒充客服要求转账到安全账户，请提高警惕。",
            "【建设银行】您的账户存在异常，请立即转账到安全账户以保障资金安全。",
        ),
        (
            "【中国银行】验证码602211，用于网上支付。任何索要验证码的都是骗子。",
            "【中国银行】您好，为完成退款请把收到的验证码发给我们的客服专员。",
        ),
        (
            "Gaes, kalau ada yang nelpon ngaku dari bank terus minta kode OTP, jangan dikasih ya.",
            "Selamat siang, saya dari bank BCA, minta kode OTP yang barusan masuk ke HP bapak ya untuk verifikasi.",
        ),
    ],
)
def test_a_warning_about_an_impostors_request_is_not_a_request(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a payment confirmed ("successful on <date>", "thành công 50.000đ"), or the code for a payment delivered --------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "RHB: DuitNow Transfer RM88.00 to LIM AH KOW (CIMB) successful on 27/11/2026 10:12. Ref 2711RHB0042.",
            "RHB: Transfer RM88.00 to the account below today to release your parcel: 7601 2234 9981.",
        ),
        (
            "Your TAC for DuitNow Transfer RM250.00 to SITI AMINAH is 118402. Valid 3 mins. Do not share this TAC.",
            "Please transfer RM250.00 to SITI AMINAH, account 1180 4022 3341, today to confirm your booking.",
        ),
        (
            "Vinaphone: TB 0913xxx112 da nap the thanh cong 50.000d. TKC: 78.400d.",
            "Vinaphone: Quy khach vui long nap the cao 500.000d va gui ma the qua Zalo de nhan uu dai.",
        ),
    ],
)
def test_a_confirmed_payment_or_its_code_is_not_a_payment_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


def test_an_account_number_after_a_transfer_request_is_not_a_delivered_code(rules_checker: Checker) -> None:
    scam = "Please transfer RM500 now to release the parcel. The account is 12345678."
    assert rules_checker.check("message", scam).flagged


# --- a Vietnamese bill paid through banks or e-wallets; a water cut to repair the pipes ----------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Cấp nước Gia Định: Hóa đơn tháng 12 là 210.000đ, vui lòng thanh toán qua ngân hàng hoặc ví điện tử trước 15/12.",
            "Cấp nước Gia Định: Hóa đơn tháng 12 là 210.000đ, vui lòng thanh toán ngay vào STK 0123 4567 89 để tránh bị cắt nước.",
        ),
        (
            "Phường 5: Cắt nước khu phố 2 từ 8h đến 15h ngày 2/12 để sửa đường ống, bà con chủ động trữ nước.",
            "Cấp nước: Nhà bạn sẽ bị cắt nước hôm nay do nợ cước, chuyển khoản ngay 450.000đ vào STK 0123 456 789.",
        ),
    ],
)
def test_a_vietnamese_bill_or_works_notice_is_not_flagged(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- 'quầy' (a counter) is not 'quay số' (a draw); 'giả danh' (impersonating) describes an impostor ----------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Phòng khám An Bình: Kết quả xét nghiệm đã có, vui lòng đến quầy số 2 để nhận.",
            "Chúc mừng số điện thoại của bạn được chọn quay số nhận xe SH, nhận tại vongquay-sh.vn",
        ),
        (
            "Lưu ý: có tin nhắn giả danh trưởng phòng nhờ mua thẻ cào gấp, mọi người đừng làm theo.",
            "Em ơi anh đang họp, mua giúp anh 5 thẻ cào Viettel 500k rồi chụp mã gửi anh gấp nhé.",
        ),
    ],
)
def test_a_counter_or_a_described_impostor_is_not_a_lure_or_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a building access card or badge switched off is not the user's bank card ------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Info GA: kartu akses lama akan dinonaktifkan per 1 Des. Ambil kartu baru di resepsionis lantai 1.",
            "BCA: kartu ATM Anda akan diblokir hari ini. Verifikasi sekarang di bca-verifikasi.top agar tetap aktif.",
        ),
        (
            "Building office: old access cards will be deactivated on 1 Dec. Collect your new card at the lobby desk.",
            "Your bank card will be deactivated today. Confirm your details at secure-card-check.net to keep it active.",
        ),
        (
            "Bảo vệ tòa nhà: thẻ từ của nhân viên tạm ngưng hoạt động từ 22h đến 6h để bảo trì hệ thống.",
            "Ngân hàng: thẻ của quý khách sẽ bị khóa trong hôm nay, xác minh ngay tại nganhang-xacminh.vn.",
        ),
    ],
)
def test_an_access_card_notice_is_not_an_account_threat(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a store's prize draw collected in person at its service desk ------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Coles: Congratulations, you've won a $100 gift voucher in our November receipt draw. Bring your receipt and photo ID to the service desk at any Coles store by 15 Dec.",
            "Coles: Congratulations, you've won a $100 gift voucher in our November draw. Claim it at coles-rewards-draw.win before midnight.",
        ),
        (
            "Tahniah! Resit anda memenangi hadiah cabutan bertuah Aeon. Sila tuntut di kaunter khidmat pelanggan Aeon dengan resit asal sebelum 31/12.",
            "Tahniah! Anda memenangi hadiah cabutan bertuah Aeon bernilai RM5,000. Tuntut sekarang di aeon-hadiah.my dengan bayaran pemprosesan RM50.",
        ),
        (
            "【永辉超市】恭喜您在周年庆抽奖中获得二等奖，请于12月20日前携带购物小票到门店服务台领取。",
            "【永辉超市】恭喜您抽中二等奖iPhone，请点击 yh-choujiang.cn 填写资料并支付运费领取。",
        ),
    ],
)
def test_a_prize_collected_at_the_stores_service_desk_is_not_a_lure(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a scam message the writer reports receiving, quoted ---------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            'Just got a text saying "your parcel is on hold, pay $2.99 to release it" with a weird link. Deleted it, don\'t fall for it.',
            "Your parcel is on hold. Pay $2.99 to release it today or it will be returned.",
        ),
        (
            'Ba ơi con nhận được tin nhắn "tài khoản của bạn sẽ bị khóa, vui lòng chuyển khoản phí mở khóa" đó, con xóa rồi.',
            "Tài khoản của bạn sẽ bị khóa, vui lòng chuyển khoản phí mở khóa 500.000đ trong hôm nay.",
        ),
        (
            'أختي وصلتني رسالة "سيتم إيقاف حسابك، يرجى تحديث بياناتك" وما ضغطت على شيء.',
            "سيتم إيقاف حسابك خلال 24 ساعة، يرجى تحديث بياناتك فوراً عبر الرابط bank-update.co",
        ),
    ],
)
def test_a_quoted_message_the_writer_received_is_not_this_messages_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


def test_a_quote_without_a_reported_message_cue_still_counts(rules_checker: Checker) -> None:
    scam = 'Bank notice: "your account will be locked today, pay the $25 unlock fee to account 4410 2231 0098"'
    assert rules_checker.check("message", scam).flagged


# --- a call or message someone received, retold without quotation marks, by a writer who did not go along ---------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Heads up, someone called Dad yesterday saying his bank account was frozen and he had to install TeamViewer. He hung up, but tell your parents.",
            "This is the bank security team. Your account was frozen, please install TeamViewer so our technician can fix it.",
        ),
        (
            "Hôm nay mẹ nhận được cuộc gọi bảo là tài khoản ngân hàng sẽ bị khóa nếu không cập nhật, mẹ cúp máy rồi, cả nhà cẩn thận nhé.",
            "Vietcombank: Tài khoản của quý khách sẽ bị khóa trong 24 giờ nếu không cập nhật thông tin.",
        ),
        (
            "Tadi mak dapat call ngaku pegawai bank, kata kena bagi kod TAC untuk batalkan transaksi. Mak letak terus, hati2 semua.",
            "Saya pegawai bank. Untuk batalkan transaksi itu, sila bagi kod TAC yang anda terima sekarang.",
        ),
        (
            "Kemarin ada orang telepon ibu, ngaku dari kepolisian katanya anak ibu ditangkap. Ibu langsung tutup, hati-hati ya semua.",
            "Ini dari kepolisian. Anak ibu ditangkap karena kasus narkoba, segera transfer uang damai.",
        ),
        (
            "أمي اتصل عليها شخص يقول انه من البنك ويبي رمز التحقق اللي وصلها، ما عطته شي وقفلت الخط. انتبهوا لأهلكم",
            "معك موظف البنك، وصلك رمز التحقق الآن، ارسل لي الرمز لإكمال تحديث حسابك",
        ),
        (
            "เมื่อเช้ามีคนโทรมาบอกแม่ว่าบัญชีถูกอายัดเพราะพัวพันคดีฟอกเงิน แม่วางสายไปแล้ว ระวังกันด้วยนะ",
            "เจ้าหน้าที่ตำรวจแจ้ง บัญชีของท่านพัวพันคดีฟอกเงิน กรุณาโอนเงินเข้าบัญชีตรวจสอบภายในวันนี้",
        ),
        (
            "我妈今天接到电话说她的社保卡被冻结了要转账解冻，我让她直接挂了，大家小心点。",
            "【社保中心】您的社保卡已被冻结，请立即转账至安全账户解冻。",
        ),
    ],
)
def test_a_call_retold_by_a_writer_who_hung_up_is_not_this_messages_claim(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


def test_a_retold_call_without_a_refusal_or_warning_still_counts(rules_checker: Checker) -> None:
    # The frame alone is how an impostor also talks ("the bank called me saying ..."): it needs the writer's refusal.
    scam = "Mum the bank called me saying your card will be blocked today, send me the code they just texted you."
    assert rules_checker.check("message", scam).flagged


# --- a link under a government-only suffix is the authority's own portal -------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Dịch vụ công: Hồ sơ đăng ký hộ kinh doanh của ông/bà đã được duyệt. Tra cứu kết quả tại dichvucong.gov.vn bằng mã hồ sơ.",
            "Dịch vụ công: Hồ sơ đăng ký hộ kinh doanh của ông/bà đã được duyệt. Tra cứu kết quả tại dichvucong-gov.vn bằng mã hồ sơ.",
        ),
        (
            "KWSP: Caruman bulan ini telah dikreditkan ke akaun anda. Semak penyata di portal.kwsp.gov.my.",
            "KWSP: Caruman bulan ini telah dikreditkan ke akaun anda. Semak penyata di kwsp.gov.my.semakan-caruman.top.",
        ),
        (
            "Disdukcapil: Data KTP-el Anda telah diperbarui. Cek status di dukcapil.kemendagri.go.id.",
            "Disdukcapil: Data KTP-el Anda telah diperbarui. Cek status di dukcapil-kemendagri.info.",
        ),
        (
            "กรมการขนส่งทางบก: ใบขับขี่ของท่านต่ออายุเรียบร้อยแล้ว ตรวจสอบสถานะได้ที่ www.dlt.go.th",
            "กรมการขนส่งทางบก: ใบขับขี่ของท่านต่ออายุเรียบร้อยแล้ว ตรวจสอบสถานะได้ที่ dlt-go-th.com",
        ),
    ],
)
def test_a_link_under_a_government_suffix_is_not_an_unofficial_link(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a court's hearing or case notice through its own system, an authority's warning, a news item -----------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Mahkamah Majistret Klang: Sebutan kes anda ditetapkan pada 12 Januari jam 9 pagi. Semak butiran melalui portal e-Court.",
            "Mahkamah: Anda terlibat dalam kes jenayah. Untuk elak waran tangkap, hubungi pegawai mahkamah di talian 012-388 4417 segera.",
        ),
        (
            "ศาลจังหวัดนนทบุรี: คดีของท่านนัดไต่สวนวันที่ 14 ม.ค. เวลา 13.30 น. ดูรายละเอียดผ่านระบบออนไลน์ของศาลยุติธรรม",
            "ศาลจังหวัดนนทบุรี: ท่านถูกฟ้องคดี หากไม่ต้องการถูกดำเนินคดีกรุณาโอนเงินค่าธรรมเนียมภายในวันนี้",
        ),
        (
            "TAND huyện Gia Lâm: Đơn khởi kiện của ông/bà đã được thụ lý. Thông tin vụ việc tra cứu trên cổng thông tin điện tử của tòa án.",
            "TAND huyện Gia Lâm: Ông/bà có đơn khởi kiện về nợ thẻ tín dụng. Liên hệ thư ký tòa qua Zalo 0912 448 301 để giải quyết, tránh bị bắt giữ.",
        ),
        (
            "ناجز: تم تحديد موعد جلسة قضيتكم يوم الأحد القادم الساعة 11 صباحاً. ادخل على منصة ناجز لمعرفة التفاصيل.",
            "المحكمة: صدر بحقك أمر قبض في قضية مالية. للتسوية تواصل مع المحامي على واتساب 0551234567.",
        ),
        (
            "Polri: Hati-hati modus penipuan yang mengaku petugas dan menyebut anak Anda ditangkap. Jangan transfer, hubungi 110.",
            "Polri: Anak Anda ditangkap karena narkoba. Segera transfer uang jaminan ke rekening petugas 1234567890.",
        ),
        (
            "الأمن العام: نهيب بالمواطنين عدم التجاوب مع المتصلين الذين يدعون وجود قضية غسل أموال باسمهم.",
            "الأمن العام: يوجد قضية غسل أموال باسمك، تواصل فوراً مع الضابط على واتساب 0551234567.",
        ),
        (
            "News alert: Court jails two men for running a money laundering ring through mule accounts.",
            "You are under investigation for money laundering. Call officer Lee at +65 8123 4567 immediately.",
        ),
        (
            "ข่าวด่วน: ตำรวจจับกุมแก๊งคอลเซ็นเตอร์ 8 ราย อ่านรายละเอียดในแอป",
            "ตำรวจ: ท่านมีหมายจับคดีฟอกเงิน ติดต่อเจ้าหน้าที่ทางไลน์ทันที",
        ),
    ],
)
def test_a_courts_own_notice_a_warning_or_a_news_item_is_not_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a request described as the scammer's or a fake message's, and advice after a phishing e-mail ------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "ตำรวจเตือน มิจฉาชีพหลอกให้ติดตั้งแอปรีโมทควบคุมมือถือ แล้วโอนเงินออกจากบัญชีของเหยื่อ",
            "เจ้าหน้าที่ธนาคาร: กรุณาติดตั้งแอปรีโมทเพื่อให้เราควบคุมเครื่องและแก้ไขบัญชีของท่าน",
        ),
        (
            "【反诈中心】不法分子冒充客服要求您转账到“安全账户”，请提高警惕。",
            "【客服中心】您的账户异常，请立即转账到安全账户进行核查。",
        ),
        (
            "【平台公告】正规退款无需您先付款，也无须您提供任何验证码。",
            "【平台客服】您的退款已审核，需您先付款500元保证金后才能到账。",
        ),
        (
            "Heads up team: a fake email from 'the CEO' is going around asking staff to buy gift cards. Report it to IT.",
            "Hi, it's the CEO. I'm stuck in a meeting, please buy 5 gift cards and send me the codes.",
        ),
        (
            "IT thông báo: có email giả mạo yêu cầu đăng nhập. Ai đã nhập mật khẩu vui lòng báo IT để đổi mật khẩu ngay.",
            "IT thông báo: hộp thư sắp hết dung lượng, vui lòng nhập mật khẩu email tại link sau để xác minh.",
        ),
        # "dung lượng" (capacity) and "nội dung" (content) fold to "dung", like "đừng" (don't): no negation
        (
            "Nhà trường: Phụ huynh vui lòng đóng học phí qua ứng dụng của trường, nội dung ghi họ tên học sinh.",
            "Thầy Tuấn: Phụ huynh vui lòng chuyển khoản phí học thêm cho thầy qua STK 1903 5521 8870, nội dung ghi tên con.",
        ),
        (
            "Phòng IT: Mật khẩu máy tính sẽ hết hạn sau 3 ngày, hãy đổi trên cổng nội bộ (Ctrl+Alt+Del > Change password).",
            "Phòng IT: Để nâng cấp hộp thư, vui lòng nói mật khẩu email cho nhân viên hỗ trợ qua điện thoại.",
        ),
    ],
)
def test_a_request_described_as_a_scammers_is_not_this_messages_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged

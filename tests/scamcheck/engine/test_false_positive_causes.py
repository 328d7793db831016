"""Classes of legitimate message the rules misread, each with a scam counterpart in the same language that must
still flag. Rules-only checker, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def _types(checker: Checker, text: str) -> set[S]:
    return set(checker.check("message", text).signal_types())


# --- request windows stay within one sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Resit aku hantar dalam group. Kod check-in owner bagi hari Jumaat",
            "Tolong hantar kod OTP yang baru diterima kepada saya sekarang",
        ),
        (
            "I will send the slides to Anna tonight. Codes of conduct are in the handbook",
            "Please send me the code you just received",
        ),
    ],
)
def test_a_give_verb_and_a_code_word_in_two_sentences_are_no_request(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert S.OTP_REQUEST not in _types(rules_checker, legit)
    assert S.OTP_REQUEST in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged


# --- statements that read like payment requests ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        # a transfer already made is a statement
        ("Dah transfer duit tiket konsert RM180, check la.", "Tolong transfer duit RM180 sekarang ke akaun ini"),
        ("Already transfer $50 for the pizza, check your account", "Please transfer $500 to my account today"),
        # "gửi / nộp đề nghị thanh toán" is the payment-request form an employee submits
        (
            "Kế toán nhắc: các phòng ban gửi đề nghị thanh toán trước ngày 30.",
            "Đề nghị thanh toán phí mở khóa 2 triệu để nhận lại tài khoản.",
        ),
        # "untuk" right after a code or amount gives the purpose of an OTP, not an order
        (
            "Kode OTP 482019 untuk transfer Rp5.000.000 ke BUDI SANTOSO. RAHASIA, jangan berikan kode ini ke siapa pun.",
            "Anda diwajibkan untuk transfer Rp500.000 sebagai biaya admin pencairan.",
        ),
        # a fee that "may be charged" under the account terms is a statement
        (
            "Maybank: Baki akaun anda kurang daripada RM20. Caj perkhidmatan mungkin dikenakan mengikut terma akaun.",
            "Sila jelaskan caj perkhidmatan RM50 hari ini untuk mengaktifkan semula akaun anda.",
        ),
    ],
)
def test_statements_are_not_payment_requests(rules_checker: Checker, legit: str, scam: str) -> None:
    assert S.PAYMENT_REQUEST not in _types(rules_checker, legit)
    assert not rules_checker.check("message", legit).flagged
    assert S.PAYMENT_REQUEST in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged


def test_the_accounting_department_is_not_an_account(rules_checker: Checker) -> None:
    legit = "ฝ่ายบัญชี: ปิดรับใบเบิกค่าเดินทางเดือนนี้ 30 พ.ย. แนบใบเสร็จในระบบให้ครบด้วยนะคะ"
    scam = "บัญชีของท่านจะถูกระงับภายในวันนี้"
    assert S.ACCOUNT_THREAT not in _types(rules_checker, legit)
    assert S.ACCOUNT_THREAT in _types(rules_checker, scam)
    assert rules_checker.check("message", scam).flagged


# --- an authority's anti-fraud advice names the threat it warns about -----------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "النيابة العامة تحذر: الجهات الرسمية لا تطلب تحويل أموال أو بيانات بطاقات عبر الهاتف. أبلغ عن أي اتصال مشبوه.",
            "النيابة العامة: عليك قضية غسيل الاموال. الجهات الرسمية لا تطلب الحضور، اتصل فورا على 0551234567",
        ),
        (
            "ตำรวจเตือน: เจ้าหน้าที่ตำรวจไม่มีการวิดีโอคอลสอบสวนหรือให้โอนเงิน หากได้รับสายลักษณะนี้โปรดวางสาย",
            "เจ้าหน้าที่ตำรวจแจ้ง: ท่านมีคดีฟอกเงิน เจ้าหน้าที่ไม่มีการเรียกไปสถานี กรุณาติดต่อ 081-234-5678 ทันที",
        ),
        (
            "Police advisory: officers never threaten legal action by phone and will never ask you to move money.",
            "Police: you are under investigation for money laundering. Officers never call twice, ring 020 7946 0321 now.",
        ),
    ],
)
def test_advice_with_no_route_is_shown_but_not_weighed(rules_checker: Checker, legit: str, scam: str) -> None:
    result = rules_checker.check("message", legit)
    assert result.signal_types() & {S.LEGAL_THREAT, S.IMPERSONATION}
    assert not result.flagged
    assert rules_checker.check("message", scam).flagged


def test_advice_never_excuses_a_request_or_secrecy(rules_checker: Checker) -> None:
    # "don't call me now" is the secrecy of a family-emergency scam, not an authority's advice
    text = "يمه أنا ولدك، هذا رقمي الجديد وجوالي القديم انسرق. أحتاج 3,500 ريال اليوم، لا تتصلين الحين."
    assert rules_checker.check("message", text).flagged
    text = "Police: you are under investigation for fraud. Officers never call twice. Transfer your savings to the safe account."
    assert rules_checker.check("message", text).flagged


# --- a payee that comes from the company's own records ---------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Tolong transfer DP ruang meeting hotel Rp 3jt ya, no rekeningnya ada di email kontrak.",
            "Tolong transfer DP hotel Rp 3jt ke rekening baru ini, no rekeningnya ada di email kontrak.",
        ),
        (
            "Tolong bayar deposit dewan seminar RM2,000 kepada hotel, butiran akaun dalam e-mel kontrak.",
            "Tolong bayar deposit dewan RM2,000 segera, butiran akaun dalam e-mel kontrak.",
        ),
        (
            "麻烦帮我把会议室押金2000元转给酒店，账户信息在合同邮件里。",
            "麻烦立即把会议室押金2000元转到酒店的新账户，账户信息在合同邮件里。",
        ),
        (
            "Em thanh toán giúp chị hóa đơn tiệc cho nhà hàng nhé, đề nghị thanh toán đã duyệt trên hệ thống.",
            "Chị ơi, vui lòng chuyển khoản 12 triệu vào tài khoản mới của nhà hàng, đề nghị thanh toán đã duyệt trên hệ thống.",
        ),
    ],
)
def test_payment_to_a_payee_from_the_company_records(rules_checker: Checker, legit: str, scam: str) -> None:
    result = rules_checker.check("message", legit)
    assert S.PAYMENT_REQUEST in result.signal_types()
    assert not result.flagged
    assert rules_checker.check("message", scam).flagged


# --- more official routes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "UOB: Your card ending 2209 has been blocked as a precaution. Please call the number on the back of your "
            "card to request a replacement.",
            "UOB: Your card ending 2209 has been blocked as a precaution. Please call 1800 222 2121 to unblock it.",
        ),
        (
            "Bank Rakyat: Kad debit-i anda telah disekat. Sila kunjungi mana-mana cawangan dengan MyKad.",
            "Bank Rakyat: Kad debit-i anda telah disekat. Sila hubungi 03-2612 3456 untuk buka sekatan.",
        ),
        # a traffic fine paid through the authority's own platform or app
        (
            "المرور: رصدت مخالفة تجاوز السرعة على مركبتكم، قيمتها 300 ريال. السداد متاح عبر أبشر.",
            "المرور: رصدت مخالفة على مركبتكم، قيمتها 300 ريال. ادفع الآن عبر الرابط http://absher-pay.online",
        ),
        (
            "您名下机动车有1起未处理违法，请通过交管12123APP查询处理。",
            "您名下机动车有1起未处理违法，请点击 http://12123-jiaoguan.top 缴纳罚款。",
        ),
        # the user's own prepaid balance, topped up to keep the service
        (
            "VinaPhone: Số dư tài khoản của quý khách dưới 5.000đ. Vui lòng nạp thêm để duy trì liên lạc.",
            "VinaPhone: Quý khách trúng thưởng 50 triệu, vui lòng nạp thẻ 500.000đ để nhận giải thưởng.",
        ),
    ],
)
def test_official_routes(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


def test_an_amount_is_not_a_phone_number_but_a_number_is(rules_checker: Checker) -> None:
    legit = "Cicilan KPR Anda Rp 3.450.000 akan didebet otomatis tgl 5/12. Pastikan saldo mencukupi untuk menghindari denda."
    scam = legit + " Hubungi 0812-3456-7890 untuk keringanan denda."
    assert S.LEGAL_THREAT in _types(rules_checker, legit)
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a notice of the user's own action ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Permintaan ganti kartu SIM untuk nomor Anda diproses di GraPARI. Jika bukan Anda, segera hubungi 188 dari "
            "nomor lain.",
            "Permintaan ganti kartu SIM untuk nomor Anda diproses. Jika bukan Anda, segera hubungi 0812-3456-7890.",
        ),
        (
            "Permintaan penggantian SIM untuk nombor anda telah dibuat di kedai kami. Jika bukan anda, hubungi 123 dari "
            "nombor lain segera.",
            "Permintaan penggantian SIM untuk nombor anda telah dibuat. Jika bukan anda, hubungi 012-345 6789 segera.",
        ),
        (
            "【中国联通】您的号码于今日在营业厅办理了补卡业务，如非本人办理，请立即拨打10010。",
            "【中国联通】您的号码今日办理了补卡业务，如非本人办理，请立即点击 http://10010-buka.top 冻结。",
        ),
    ],
)
def test_if_it_was_not_you_notice_without_a_route_of_its_own(rules_checker: Checker, legit: str, scam: str) -> None:
    result = rules_checker.check("message", legit)
    assert S.URGENCY in result.signal_types()
    assert not result.flagged
    assert rules_checker.check("message", scam).flagged


# --- a link to the provider's own site is an official route ------------------------------------------------------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "We've updated our terms and conditions. Read them at https://www.dbs.com.sg/terms. No action needed.",
            "We've updated our terms and conditions. Read them at https://dbs-sg-terms.top/terms. No action needed.",
        ),
        (
            "Customs charges of $12.40 apply to your DHL shipment. Pay securely on dhl.com or in the DHL app.",
            "Customs charges of $12.40 apply to your DHL shipment. Pay securely on dhl.com or call 020 7946 0321.",
        ),
        (
            "Chi tiết thay đổi hạn mức chuyển tiền xem tại mbbank.com.vn.",
            "Chi tiết thay đổi hạn mức chuyển tiền xem tại nhóm line.me/ti/g/mbbank-vip.",
        ),
    ],
)
def test_wording_alone_does_not_flag_a_message_whose_only_route_is_the_official_site(
    eager_checker: Checker, legit: str, scam: str
) -> None:
    assert not eager_checker.check("message", legit).flagged
    assert eager_checker.check("message", scam).flagged


# --- words that fold or read like a cue but are not one (corpus *_9 to *_12 false positives) ------------------------


@pytest.mark.parametrize(
    ("signal", "legit", "scam"),
    [
        # Vietnamese: an identifier called "mã" (tax number, flat, file) is no secret code; "Hà Nội" is not "nói" (say)
        (
            S.OTP_REQUEST,
            "Ban quản trị: Phí gửi xe tháng 5 là 120.000đ, chuyển khoản theo thông báo ở sảnh, nội dung ghi mã phòng.",
            "Shop: Để hoàn tiền đơn lỗi, bạn vui lòng gửi mã vừa nhận qua tin nhắn cho nhân viên.",
        ),
        (
            S.OTP_REQUEST,
            "Chi cục Thuế Hà Nội thông báo: hộ kinh doanh mã số thuế 0109xxx221 đã nộp tờ khai quý II.",
            "Em là nhân viên ngân hàng, anh nói mã OTP vừa nhận để em hủy giao dịch nhé.",
        ),
        # "mọi người" (everyone) folds like "mời" (please); "nộp hồ sơ" hands in a file; "thuế phải nộp" is a stated amount
        (
            S.PAYMENT_REQUEST,
            "Cả nhà ơi mọi người nộp báo cáo tuần trước 5h chiều nay nhé, mình tổng hợp gửi sếp.",
            "Mời quý khách chuyển khoản phí giữ chỗ 500.000đ vào tài khoản của nhân viên tư vấn.",
        ),
        (
            S.PAYMENT_REQUEST,
            "Sếp dặn em cần gấp bản scan để nộp hồ sơ dự thầu trước thứ Sáu.",
            "Em cần anh nộp phí hồ sơ 2 triệu trước thứ Sáu để giải ngân khoản vay.",
        ),
        # Thai: "ขอ" (ask) is not "ของ" (of); "เปิด" (open) holds "ปิด" (close); "ปิดงบ" closes the books
        (
            S.OTP_REQUEST,
            "ฝ่ายบุคคล: ใบรับรองเงินเดือนของพนักงานออกแล้ว รหัสพนักงานของท่านใช้เข้าระบบลางานได้ตามปกติ",
            "เจ้าหน้าที่ธนาคาร: ขอรหัส OTP ที่ส่งไปทาง SMS เพื่อยกเลิกรายการด้วยครับ",
        ),
        (
            S.ACCOUNT_THREAT,
            "รหัส OTP 552019 สำหรับผูกบัญชีกับแอป ห้ามเปิดเผยรหัสนี้กับผู้อื่น",
            "ธนาคาร: บัญชีของท่านจะถูกปิดภายในวันนี้ หากไม่ยืนยันตัวตน",
        ),
        (
            S.ACCOUNT_THREAT,
            "พี่คะ ส่งใบเสร็จค่าน้ำมันให้ฝ่ายการเงินภายในวันพุธนะคะ บัญชีจะปิดงบสิ้นเดือน",
            "แจ้งเตือน: บัญชีของคุณถูกระงับชั่วคราว กรุณายืนยันตัวตนทันที",
        ),
        # the password that opens an HR file or a statement is stated, not asked for
        (
            S.PASSWORD_REQUEST,
            "ฝ่ายบุคคล: ส่งสลิปเงินเดือนทางอีเมลแล้ว รหัสผ่านเปิดไฟล์คือเลขบัตรประชาชน 4 ตัวท้ายของท่าน",
            "ฝ่ายไอที: กรุณากรอกรหัสผ่านอีเมลของท่านในแบบฟอร์มเพื่อย้ายระบบ",
        ),
        (
            S.PASSWORD_REQUEST,
            "Payroll: your March payslip is attached. The password to open the PDF is your date of birth (DDMMYYYY).",
            "Payroll: to receive your March payslip, please confirm your email password by replying to this message.",
        ),
        # a code delivered before the payment it confirms; a deposit a client already paid
        (
            S.PAYMENT_REQUEST,
            "RHB: Your TAC is 408812 for DuitNow Transfer RM350.00 to acc xxxx2291. Do not share it with anyone.",
            "RHB officer: to secure your funds please transfer RM3,500 to this safe account today.",
        ),
        (
            S.PAYMENT_REQUEST,
            "Kak Ros, customer Lim dah bayar deposit RM800 pagi tadi. Tolong keluarkan resit ya.",
            "Boleh deposit RM800 dulu ke akaun saya untuk booking, ramai lagi nak tengok rumah ni.",
        ),
        # Egyptian and Gulf negation: "ماتشاركش الكود" (don't share the code), "عمرها ما" (never)
        (
            S.OTP_REQUEST,
            "فوري: كود التأكيد بتاعك 5521. ماتديش الكود لحد، إحنا عمرنا ما هنطلبه منك.",
            "معاك خدمة عملاء فوري، ابعتلي الكود اللي وصلك دلوقتي عشان نفعل الحساب.",
        ),
    ],
)
def test_a_word_that_only_looks_like_a_cue_does_not_give_the_signal(
    rules_checker: Checker, signal: S, legit: str, scam: str
) -> None:
    assert signal not in _types(rules_checker, legit)
    assert signal in _types(rules_checker, scam)


# --- a notice routed to the provider's own channel: "ignore if paid", "di MyX app", "qua Hi X", the quotation -------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "Air Selangor: Bil air anda RM36.20 perlu dijelaskan sebelum 18/06. Sila bayar untuk mengelakkan caj lewat. Abaikan jika bil telah dibayar.",
            "Air Selangor: Bil air anda RM36.20 tertunggak. Sila bayar ke akaun 5621 0099 8812 hari ini untuk mengelakkan caj lewat.",
        ),
        (
            "TIME: Bil internet anda RM129.00 belum dijelaskan. Perkhidmatan mungkin digantung jika tertunggak. Bayar di Self Care app.",
            "TIME: Perkhidmatan internet anda akan digantung hari ini. Bayar segera di time-selfcare.top untuk elak pemotongan.",
        ),
        (
            "VNPT: Cước Internet tháng 6 là 220.000đ. Vui lòng thanh toán trước 15/06 qua My VNPT để tránh gián đoạn dịch vụ.",
            "VNPT: Cước Internet tháng 6 là 220.000đ. Vui lòng thanh toán trước 15/06 vào tài khoản 0451 0003 8821 để tránh gián đoạn.",
        ),
        (
            "ใบสั่งซื้อเลขที่ 2291 อนุมัติแล้วค่ะ ฝ่ายการเงินจะโอนค่ามัดจำ 50% ให้ผู้ขายตามใบเสนอราคาภายในวันศุกร์",
            "ผู้ขายแจ้งเปลี่ยนบัญชีใหม่ กรุณาโอนค่ามัดจำเข้าบัญชีใหม่นี้ด่วนภายในวันนี้",
        ),
    ],
)
def test_a_bill_or_order_through_the_providers_own_channel_is_not_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a prize word that is not a lure: the writer's own win, friends' gift money, a counter, a policy, points --------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "哈哈我中奖了，刮刮乐中了20块，晚上请你们吃烧烤",
            "恭喜您中奖了！您的手机号被抽中获得二等奖，请点击链接填写银行卡领取奖金。",
        ),
        (
            "下周老王退休，大家每人出100凑个红包，转给我就行，我统一买花篮",
            "恭喜您获得新人现金红包188元，点击 hb-lingqu.top 立即领取，24小时内有效。",
        ),
        (
            "Benh vien Thu Cuc: Ket qua xet nghiem cua ban da co, vui long den quay so 5 tang 1 de nhan.",
            "Chuc mung ban trung thuong trong chuong trinh quay so may man, lien he 0912 338 447 de nhan giai.",
        ),
        (
            "Bo phan mot cua: Giay to cua ong/ba da co ket qua, co the nhan qua buu dien hoac den nhan truc tiep.",
            "Chuc mung ban duoc nhan qua tri an tu Viettel, lien he 0912 338 447 de nhan qua.",
        ),
        (
            "Đừng bấm cái link báo trúng thưởng đang lan trong nhóm phụ huynh nhé, tài khoản của cô Lan bị hack.",
            "Chúc mừng bạn trúng thưởng xe máy Honda, bấm link nhan-qua-honda.vip để nhận giải.",
        ),
        (
            "Tax office: your annual return is due by 31 July. Log in to your online account. We will never text you a link to claim a refund.",
            "Tax office: you are due a refund of £326.40. Claim your refund here before it expires: hmrc-refund-claim.top",
        ),
        (
            "Tops: คะแนนสะสม 1,500 คะแนนจะหมดอายุสิ้นเดือนนี้ แลกรับคูปองส่วนลดในแอป Tops ได้เลย",
            "Tops: คะแนนสะสมของคุณจะหมดอายุวันนี้ แลกรับของรางวัลที่ tops-point.top ก่อนหมดเขต",
        ),
    ],
)
def test_a_prize_word_that_is_not_a_lure_is_not_flagged(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a prepaid top-up through the provider's own app, and a request named as a scam in the next sentence -----------


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "【华润燃气】您的燃气卡余额不足15元，请尽快充值，以免影响正常用气。",
            "【燃气公司】您的账户异常，请尽快充值保证金500元到指定账户，以免影响正常用气。",
        ),
        (
            "Vinaphone: Tai khoan goc con 1.200d, thue bao se bi khoa 1 chieu sau 3 ngay. Nap tien tai My VNPT de duy tri lien lac.",
            "Vinaphone: Thue bao se bi khoa 1 chieu sau 3 ngay. Vui long nap the cao 500.000d va gui ma the qua Zalo 0912 338 447.",
        ),
        (
            "dtac: ยอดเงินคงเหลือ 2.10 บ. เติมเงินผ่าน myDTAC เพื่อไม่ให้เบอร์ถูกระงับ",
            "dtac: เบอร์ของท่านจะถูกระงับภายในวันนี้ กรุณาโอนค่าธรรมเนียม 300 บาท เข้าบัญชี 123-4-56789-0",
        ),
        (
            "Semua, ada orang guna nama Dato' minta staf belikan gift card. Scam tu, jangan layan dan report kat IT.",
            "Saya Dato', tengah meeting. Tolong belikan 5 keping gift card RM200 dan hantar kod kepada saya sekarang.",
        ),
    ],
)
def test_a_top_up_reminder_or_a_named_scam_is_not_flagged(rules_checker: Checker, legit: str, scam: str) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged


# --- a bill, tax or filing reminder through the provider's portal, "<X> Mobile" app or post office; a fine retold ---


@pytest.mark.parametrize(
    ("legit", "scam"),
    [
        (
            "PDAM: Tagihan air bulan Mei Rp187.300 jatuh tempo 20/06, denda keterlambatan berlaku. Bayar lewat PDAM Mobile atau loket resmi.",
            "PDAM: Tagihan air Anda menunggak, denda Rp500.000 berlaku hari ini. Bayar ke rekening petugas 1370 0188 4552 agar tidak diputus.",
        ),
        (
            "Council tax: your instalment of £142 is due on 1 July. Please pay in the council's online portal. A late payment penalty may apply.",
            "Council tax: you owe £142 plus a late penalty. Please pay now at council-tax-settle.top to avoid court action.",
        ),
        (
            "【税务局】您单位本月个人所得税申报截止日为15日，逾期将产生罚款，请按时申报。",
            "【税务局】您单位逾期未申报将被罚款，请立即添加专管员微信处理并缴纳滞纳金。",
        ),
        (
            "Weh aku kena saman polis semalam, laju sikit kat highway. RM150 je, nasib baik.",
            "PDRM: Anda ada saman tertunggak RM300. Bayar hari ini di pdrm-saman.top untuk elak waran tangkap.",
        ),
    ],
)
def test_a_reminder_through_the_providers_channel_or_a_fine_retold_is_not_flagged(
    rules_checker: Checker, legit: str, scam: str
) -> None:
    assert not rules_checker.check("message", legit).flagged
    assert rules_checker.check("message", scam).flagged

"""False positives of the fifteenth round: genuine anti-scam warnings (a bank, a regulator, the police, the IT security
team, a relative forwarding advice) that quote or describe the scam's own wording. Each class has warnings written
for these tests (none is a corpus line), which must not be flagged at all, and scams in the same vocabulary, which
must still be flagged with the class's signal: a "warning" that still asks the reader to click, pay, install or give a
code is no advice. Rules-only checker, so these hold whatever the trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from collections.abc import Iterable

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.types import SignalType as S


def assert_warnings(
    checker: Checker, signal: S, scams: Iterable[str], warnings: Iterable[str], *, shown: bool = False
) -> None:
    """The class's scams are flagged with its signal; its warnings are not flagged, nor given the signal unless
    ``shown`` (advice that names the threat it warns about shows it without weighing it: checker.py)."""
    warnings = list(warnings)
    assert_class(checker, signal, scams, [] if shown else warnings)
    for text in warnings:
        assert not checker.check("message", text).flagged, text


# --- the scam's message quoted inside a warning ('fake messages saying "your account is frozen"') -------------------


def test_quoted_account_threat_in_a_warning(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.ACCOUNT_THREAT,
        [
            'Cảnh báo: tài khoản của bạn sẽ bị khóa trong 24h. Đừng bỏ qua, bấm "Xác minh ngay" tại vcb-xacminh.com',
            "WARNING: your account will be locked today. Do not ignore this message. Verify now at secure-hsbc-verify.com",
            'Peringatan keselamatan: akaun anda akan dibekukan. Jangan abaikan, sila klik "Sahkan Sekarang" di maybank-sah.com',
            'BRI: Waspada penipuan! Rekening Anda diblokir sementara, klik "Aktivasi" di bri-aktivasi.com',
            'تحذير: سيتم إيقاف حسابك خلال 24 ساعة. لا تتجاهل الرسالة، اضغط على "تحديث البيانات" عبر الرابط alahli-update.com',
            "【安全提醒】您的账户已被冻结，请勿忽略，点击“立即解冻”完成验证：icbc-jd.com",
        ],
        [
            'Vietcombank cảnh báo: kẻ gian gửi tin nhắn giả mạo "Tài khoản của Quý khách bị tạm khóa, bấm link để mở". Vietcombank không gửi đường link qua SMS.',
            'Maybank: Awas mesej palsu berbunyi "Akaun anda akan dibekukan dalam 24 jam". Jangan klik pautan dalam SMS.',
            'BRI: Hati-hati pesan palsu "Rekening Anda diblokir, segera verifikasi data". BRI tidak pernah mengirim link lewat WhatsApp.',
            'البنك الأهلي: تحذير من رسائل مزيفة تقول "تم تعليق حسابك، حدث بياناتك عبر الرابط". لا تضغط على أي رابط.',
            'ธนาคารกสิกรไทย เตือน: มิจฉาชีพส่ง SMS ปลอม "บัญชีของท่านถูกระงับ กรุณายืนยันตัวตน" อย่ากดลิงก์ในข้อความ',
            "【工商银行】温馨提示：近期有不法分子冒充我行发送“您的账户已被冻结，请点击链接解冻”短信，请勿点击。",
            "Mum, don't open any text that says 'your account has been suspended, verify now'. It's fake, delete it",
        ],
    )


def test_quoted_password_request_in_an_it_warning(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.PASSWORD_REQUEST,
        [
            "Phòng CNTT: email của bạn sắp bị khóa. Vui lòng nhập mật khẩu tại microsoft-xacthuc.com để giữ tài khoản.",
            "Jabatan IT: akaun e-mel anda akan disekat. Sila masukkan kata laluan di pautan outlook-semak.com hari ini.",
            "IT Helpdesk: mailbox quota exceeded. To keep receiving e-mail, confirm your password at owa-quota-check.com",
        ],
        [
            'Phòng CNTT: đang có email giả mạo tiêu đề "Cập nhật mật khẩu Microsoft 365 trong hôm nay". Tuyệt đối không bấm link, hãy xóa email đó.',
            'أمن المعلومات: انتشرت رسالة تصيد بعنوان "أعد إدخال كلمة المرور لتجنب إيقاف بريدك". لا تضغط على الرابط وبلغ عنها.',
            'IT: ada email phising dengan judul "Masukkan password Anda untuk verifikasi ulang". Jangan klik, langsung hapus ya.',
            "【信息部】提醒：有钓鱼邮件以“请输入邮箱密码完成升级”为标题群发，请勿点击，直接删除。",
            'Heads up team: a phishing e-mail titled "Your mailbox is full - re-enter your password" is going round. Do not click it, just delete it.',
        ],
    )


# --- advice after a secret was given by mistake ("if you already entered your password, change it") --------------


def test_remediation_after_a_secret_was_given(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Kalau dah terima kod TAC, sila beri kepada pegawai kami untuk pengesahan.",
            "Your account is on hold. If you already got the SMS code, reply with the code to restore access.",
            "Nếu đã nhận được mã OTP, vui lòng đọc mã cho nhân viên để hoàn tất hủy giao dịch.",
        ],
        [
            "Nếu lỡ cung cấp mã OTP cho người lạ, hãy gọi ngay tổng đài ngân hàng để khóa tài khoản.",
            "If you accidentally shared your OTP with a caller, lock your card in the app straight away.",
            "Jika anda tersilap berikan kod TAC kepada pemanggil, maklumkan kepada bank anda.",
        ],
    )
    assert_warnings(
        rules_checker,
        S.PASSWORD_REQUEST,
        ["Jabatan IT: akaun e-mel anda akan disekat. Sila masukkan kata laluan di pautan outlook-semak.com hari ini."],
        [
            "Nếu lỡ nhập mật khẩu vào trang lạ, hãy đổi mật khẩu và báo cho phòng CNTT.",
            "If you accidentally entered your password on that page, change it and tell the service desk.",
            "Kalau dah masukkan kata laluan kat laman tu, tukar dan maklumkan IT.",
        ],
    )


# --- the scammer's request described as a tactic, or negated with the request before it ("不要…或…") ----------------


def test_described_tactic_and_negated_lists(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "【客服】您的账户异常，请勿告诉他人或联系银行，马上下载远程控制软件配合处理。",
            "We never ask for remote access, except for this verification: please install AnyDesk and share the ID.",
            "Bank tidak pernah meminta akses jarak jauh, tapi untuk verifikasi kali ini silakan install AnyDesk dan kirim ID-nya.",
        ],
        [
            "【招商银行】请勿向任何人透露验证码或下载陌生远程控制软件，谨防诈骗。",
            "ธนาคาร: อย่าให้รหัสOTPหรือติดตั้งแอปควบคุมหน้าจอตามที่คนแปลกหน้าบอก",
            "لا تشارك رمز التحقق أو تثبت برامج التحكم عن بعد لأي شخص يتصل بك.",
        ],
    )
    assert_warnings(
        rules_checker,
        S.APP_INSTALL,
        [
            "BCA: akun Anda terkunci. Silakan install aplikasi BCA Secure dari file bca-secure.apk untuk membuka blokir.",
            "Your parcel is on hold. Install the tracking app from parcel-track-app.com to release it.",
            "Cảnh giác lừa đảo! Để bảo vệ tài khoản, quý khách vui lòng cài app VCB-BaoVe tại vcb-baove.com",
        ],
        [
            "BCA: Penipu sering memancing korban untuk install aplikasi undangan pernikahan. Hapus file tersebut.",
            'Scammers lure victims into installing a "delivery tracking" app that takes over the phone. Delete such files.',
            "Mohon hati-hati, jangan buka file kiriman WA yang berakhiran .apk walaupun namanya foto paket.",
        ],
    )


# --- what the real police never do, and "hang up" (the impostor says "do not hang up") -------------------------------


def test_real_police_never_and_hang_up(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.LEGAL_THREAT,
        [
            "This is the police. You are linked to a money laundering case. Do not hang up, transfer your savings to the safe account now.",
            "这里是公安局，你涉嫌洗钱，请不要挂断电话，立即将资金转入安全账户配合调查。",
            "สวัสดีค่ะ ที่นี่สถานีตำรวจ คุณมีหมายจับคดีฟอกเงิน ห้ามวางสาย โอนเงินเข้าบัญชีตรวจสอบทันที",
            "Đây là công an quận, anh liên quan đường dây rửa tiền, không được cúp máy, chuyển tiền vào tài khoản tạm giữ ngay.",
        ],
        [
            "PDRM: Polis sebenar tidak akan menghubungi anda melalui WhatsApp untuk siasatan kes pengubahan wang haram. Letak telefon segera.",
            "Cảnh báo: công an không làm việc qua điện thoại hay video call. Ai gọi bảo bạn liên quan đường dây rửa tiền thì cúp máy ngay.",
            "ตำรวจจริงไม่โทรมาแจ้งว่าคุณมีหมายจับคดีฟอกเงิน ถ้าเจอแบบนี้ให้วางสายทันที",
            "真警察不会通过视频通话办案，凡是说你涉嫌洗钱要你配合调查的电话，请立即挂断。",
            "Real police officers will never video call you about an arrest warrant. If someone does, hang up immediately.",
            "الشرطة الحقيقية لا تتصل عبر الفيديو لتبلغك بقضية غسيل أموال، اقفل الخط فوراً.",
            "Polisi asli tidak memeriksa perkara lewat video call. Kalau ada yang bilang rekening Anda terlibat pencucian uang, tutup telepon.",
        ],
        shown=True,
    )


def test_scam_keeps_its_request_after_do_not_hang_up(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "【安全提醒】您的账户存在风险将被冻结，请勿挂断，请将收到的验证码告诉客服人员。",
            "ระวัง! บัญชีของท่านจะถูกระงับ ห้ามวางสาย กรุณาอ่านรหัสOTPให้เจ้าหน้าที่",
            "This is your bank. Do not hang up, read me the code we just sent you.",
        ],
        ["【安全提醒】接到自称客服的电话要求提供验证码，请立即挂断，切勿提供。"],
    )


# --- a scam call retold by a relative, with the advice that goes with it ---------------------------------------------


def test_retold_call_with_advice(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.APP_INSTALL,
        [
            "Công an quận thông báo: anh liên quan vụ án rửa tiền, bắt buộc cài app Bộ Công an tại bocongan-vn.com để xác minh.",
            "Polis: akaun anda terlibat kes dadah. Sila install aplikasi Semakan PDRM dari fail semakan.apk sekarang.",
            "ตำรวจแจ้ง: บัญชีของคุณพัวพันคดีฟอกเงิน กรุณาติดตั้งแอปตรวจสอบ police-check.apk ทันที",
        ],
        [
            "Bố vừa có người gọi xưng công an bảo liên quan vụ án, bắt cài app để kiểm tra tài khoản. Công an không làm việc qua điện thoại, cả nhà nhớ nhé.",
            "Mak aku dapat call ngaku polis kata akaun dia terlibat kes dadah, suruh install apps. Polis sebenar tak buat macam tu, jangan percaya.",
        ],
    )


# --- a lure named as fake ("假投资群", "grup investasi bodong") --------------------------------------------------------


def test_lure_named_as_fake(rules_checker: Checker) -> None:
    assert_warnings(
        rules_checker,
        S.INVESTMENT_LURE,
        [
            "Bukan investasi bodong! Gabung grup investasi kami, profit 20% per hari dijamin.",
            "Join our investment group today: guaranteed 15% daily profit, this is not a fake scheme.",
            "加入我们的投资群，保证获利，稳赚不赔，不是假投资！",
        ],
        [
            "165提醒：假投资群组常以“保证获利”拉人，切勿转账。",
            "OJK: Waspada grup investasi bodong yang menjanjikan untung tetap. Jangan transfer ke rekening pribadi.",
            "Beware of fake investment groups on WhatsApp promising daily profits. Never transfer money to them.",
        ],
    )

"""How far a negation reaches. A "don't" cancels the request of its own clause only: after a comma, a new request
("…, install AnyDesk now", "…, and then give me the code") or, in Thai, a new phrase opened by a request word is
no longer under it; a negated list that runs on to "or" and another request stays negated, and a warning's comma that
goes on without a new request ("…, including bank staff") keeps the warning. Arabic written in Latin letters and
digits (Arabizi) is Arabic, and the Indonesian negations ("gak", not) do not read its words ("gak", came to you).
Every message is written for these tests (none is a corpus line). Rules-only checker, so these hold whatever the
trained model learns."""

# Messages are data: one message per line reads better than wrapped fragments.
# ruff: noqa: E501

from __future__ import annotations

from tests.scamcheck.engine.classes import assert_class
from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.langid import identify, looks_arabizi
from trustdesk.scamcheck.engine.normalize import fold
from trustdesk.scamcheck.engine.types import SignalType as S

# --- a reassurance or secrecy "don't", then a new request after the comma --------------------------------------------


def test_remote_access_after_a_negated_clause(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.REMOTE_ACCESS,
        [
            "Don't tell your wife or the bank about this, just install AnyDesk and read me the numbers on screen",
            "Please don't panic, download TeamViewer now so our technician can fix the account",
            "Đừng báo cho công an hay gia đình biết, nhanh cài TeamViewer để bên em kiểm tra",
            "Anh ơi đừng lo gì cả, tải AnyDesk về máy rồi đọc mã cho em",
            "Jangan panik dan jangan kasih tahu keluarga, langsung download AnyDesk supaya petugas kami bantu",
            "Jangan risau dan jangan beritahu pihak bank, sila muat turun AnyDesk sekarang untuk pengesahan",
            "不要紧张，马上下载向日葵",
            "لا تخبر أحدا من عائلتك بهذا الموضوع، حمل تطبيق AnyDesk الآن لنساعدك",
            "อย่าบอกใครเรื่องนี้นะครับ รีบโหลดแอป AnyDesk ตอนนี้เลย",
        ],
        [
            "Never install AnyDesk at the request of a caller, report it",
            "Never install AnyDesk or TeamViewer because a caller asks you to, hang up and call the number on your card",
            "Do not reply to this SMS, click links or download any app it mentions",
            "Không cài AnyDesk hay TeamViewer theo yêu cầu của người lạ, kể cả khi họ xưng là nhân viên ngân hàng",
            "Đừng chia sẻ màn hình, cài AnyDesk hoặc đọc mã OTP cho người gọi đến",
            "Jangan pernah install AnyDesk atas permintaan orang yang menelepon, termasuk yang mengaku petugas bank",
            "Jangan muat turun AnyDesk atau TeamViewer atas arahan pemanggil, walaupun dia mengaku pegawai bank",
            "不要下载向日葵或者其他远程控制软件，包括自称银行客服的人让你下载的",
            "لا تقم بتثبيت AnyDesk أو أي تطبيق تحكم عن بعد، حتى لو طلب منك موظف البنك",
            "อย่าโหลดแอป AnyDesk ตามคำขอของผู้ที่โทรมา แม้จะอ้างว่าเป็นพนักงานธนาคาร",
        ],
    )


def test_code_request_after_a_negated_clause(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "Don't worry, just send me the code",
            "Do not mention this to the branch staff, and then give me the 6-digit code we sent you",
            "Jangan bilang siapa-siapa, install aplikasinya sekarang dan kirim kodenya ke saya",
            "Jangan beritahu sesiapa, tolong bagi kod pengesahan yang baru masuk",
            "不要慌，把验证码发给我",
            "不要告诉任何人或者报警，把手机上的验证码发给我",
            "อย่าตกใจนะคะ ส่งรหัส OTP ที่ได้รับมาให้เจ้าหน้าที่ด้วย",
        ],
        [
            "Do not share this code with anyone, including bank staff",
            "Do not share the code we sent with anyone, including our own staff, and do not install remote apps",
            "Access Bank will never call, text or email you to ask for your PIN, OTP or card details. If in doubt, visit a branch.",
            "đừng cung cấp mã OTP cho bất kỳ ai, kể cả nhân viên ngân hàng",
            "Jangan kirim kode OTP ke siapa pun, termasuk petugas bank",
            "请勿将验证码告知他人，包括自称银行客服的人员",
            "不要向任何人提供验证码，把它当作密码一样保管",
            "อย่าบอกรหัส OTP ให้ใครทราบ แม้แต่พนักงานธนาคาร",
            "ห้ามส่งรหัส OTP ให้ผู้อื่น หรือกดลิงก์ที่ไม่รู้จัก",
        ],
    )


def test_the_brief_wordings_in_seven_languages(rules_checker: Checker) -> None:
    """The request survives a comma after a secrecy "don't" in every product language."""
    for text in [
        "Do not tell anyone or call the bank, install AnyDesk now and give me the code",
        "đừng nói với ai, cài AnyDesk ngay và gửi mã cho anh",
        "jangan bilang siapa-siapa, install AnyDesk sekarang dan kirim kodenya",
        "jangan beritahu sesiapa, install AnyDesk sekarang dan bagi kod",
        "不要告诉别人，马上下载向日葵",
        "لا تخبر أحدا، حمّل AnyDesk الآن",
        "อย่าบอกใคร ให้โหลดแอป AnyDesk ตอนนี้",
    ]:
        result = rules_checker.check("message", text)
        assert result.flagged and S.REMOTE_ACCESS in result.signal_types(), text


# --- Arabizi: Arabic, and not read with the Indonesian negations -----------------------------------------------------


def test_arabizi_code_requests(rules_checker: Checker) -> None:
    assert_class(
        rules_checker,
        S.OTP_REQUEST,
        [
            "ab3atly el code elly gak 3ala el mobile",
            "el code elly gak 3ala el mobile ab3atholi besor3a",
            "ya 7abibi 2olly el ramz elly gale 3ala el mobile 3ashan el 7esab",
            "ana mn el bank, hatly el otp elly wselak dl2ty 3ashan n2fel el talab",
        ],
        [
            "matb3atsh el code l 7ad, el bank mesh by2ool keda",
            "ab3atly el location 3ala el whatsapp ya 7abibi",
            "el code gale 3ala el mobile bas mesh ha2olo l 7ad 5ales",
            # Indonesian "gak" is still a negation in Indonesian
            "Kode OTP gak boleh dikirim ke siapa-siapa, termasuk petugas bank",
            "Pokoknya gak usah kirim kode OTP ke orang yang nelpon",
        ],
    )


def test_arabizi_is_arabic() -> None:
    for text in [
        "ab3atly el code elly gak 3ala el mobile",
        "ya 7abibi 2olly el ramz elly gale",
        "mabrook ksbt 50 alf geneh, kalemna 3ala el rakam da 3ashan testalem",
        "ar8am el 7esab",
    ]:
        assert looks_arabizi(text), text
        assert identify(text, fold(text)) == "ar", text
    for text in [
        "Your 2FA code is ready, download the MP3 on Win10",
        "h3llo fr3e gift for you",
        "iPhone7 and Galaxy S23 at 3pm, 5pm and 7pm",
        "Kode OTP gak boleh dikirim ke siapa2",
    ]:
        assert not looks_arabizi(text), text
        assert identify(text, fold(text)) != "ar", text


def test_safe_advice_after_the_comma_is_no_request(rules_checker: Checker) -> None:
    """A warning that goes on, after its comma, with what to do instead (pay in the app, call the hotline) is advice."""
    for text in [
        "Do not transfer money to personal accounts, pay only through the official app",
        "Do not give your PIN to anyone, enter it only at the ATM",
        "Jangan transfer ke rekening pribadi, bayar hanya melalui aplikasi resmi",
        "Jangan bagi kod TAC kepada sesiapa, masukkan hanya dalam aplikasi rasmi",
        "Đừng chuyển tiền vào tài khoản cá nhân, chỉ thanh toán qua ứng dụng chính thức",
        "不要向个人账户转账，请通过官方APP缴费",
        "لا تحول المال لحسابات شخصية، ادفع فقط عبر التطبيق الرسمي",
        "อย่าโอนเงินเข้าบัญชีบุคคล ให้ชำระผ่านแอปทางการเท่านั้น",
    ]:
        assert not rules_checker.check("message", text).flagged, text

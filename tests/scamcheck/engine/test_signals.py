"""Signals per language, with wording that is not in the training corpus."""

from __future__ import annotations

import re

import pytest

from trustdesk.scamcheck.engine import Checker, SignalType, Verdict

S = SignalType

SCAMS = [
    (
        "en",
        "Hello, helpdesk here. Could you read out the verification code that just popped up on your phone?",
        S.OTP_REQUEST,
    ),
    ("en", "To finish the repair, download TeamViewer and tell me the ID shown on screen.", S.REMOTE_ACCESS),
    ("en", "Your workspace will be suspended tonight unless you settle the upgrade fee of $29.", S.ACCOUNT_THREAT),
    ("vi", "Anh vui lòng đọc mã OTP vừa nhận cho em để em xác nhận hoàn tiền nhé.", S.OTP_REQUEST),
    ("vi", "Tai khoan cua ban se bi khoa vinh vien neu khong xac minh trong 12 gio.", S.ACCOUNT_THREAT),
    ("vi", "Em bên kỹ thuật, anh tải ứng dụng AnyDesk giúp em để em điều khiển từ xa cài đặt lại.", S.REMOTE_ACCESS),
    ("zh-Hans", "您好，我是平台客服，麻烦把手机收到的验证码报给我核对一下。", S.OTP_REQUEST),
    ("zh-Hans", "您的会员需要升级，请先支付升级费298元，否则账号将被冻结。", S.PAYMENT_REQUEST),
    ("zh-Hant", "您好，請將手機收到的驗證碼告訴客服人員，以便解除帳戶鎖定。", S.OTP_REQUEST),
    ("ar", "معك الدعم الفني، من فضلك أرسل لي الرمز الذي وصلك في رسالة نصية.", S.OTP_REQUEST),
    ("ar", "سيتم إيقاف حسابك اليوم إذا لم تقم بتحديث بياناتك.", S.ACCOUNT_THREAT),
    ("th", "เจ้าหน้าที่ขอให้คุณแจ้งรหัส OTP เพื่อยกเลิกรายการที่น่าสงสัย", S.OTP_REQUEST),
    ("th", "บัญชีของคุณจะถูกระงับภายในวันนี้ กรุณายืนยันตัวตน", S.ACCOUNT_THREAT),
    ("id", "Mohon bacakan kode OTP yang barusan masuk supaya pengembalian dana bisa diproses.", S.OTP_REQUEST),
    ("id", "Silakan transfer biaya aktivasi Rp 150.000 agar akun premium Anda aktif.", S.PAYMENT_REQUEST),
    ("ms", "Sila berikan kod TAC yang anda terima kepada pegawai kami untuk pengesahan.", S.OTP_REQUEST),
    ("ms", "Akaun anda akan digantung jika maklumat tidak dikemaskini hari ini.", S.ACCOUNT_THREAT),
]


@pytest.mark.parametrize(("lang", "text", "signal"), SCAMS)
def test_scam_is_flagged_with_its_signal(checker: Checker, lang: str, text: str, signal: SignalType) -> None:
    result = checker.check("message", text)
    assert result.flagged, result
    assert signal in result.signal_types()
    assert result.lang == lang


@pytest.mark.parametrize(("lang", "text", "signal"), SCAMS)
def test_signals_do_not_need_the_model(rules_checker: Checker, lang: str, text: str, signal: SignalType) -> None:
    assert signal in rules_checker.check("message", text).signal_types()


OTP_DELIVERIES = [
    "Your login code is 640213. Do not share it with anyone, we will never ask for it.",
    "Ma OTP cua ban la 640213, hieu luc 2 phut. Khong cung cap ma cho bat ky ai.",
    "Mã xác thực của bạn là 640213. Tuyệt đối không chia sẻ mã này.",
    "【某某银行】验证码640213，您正在登录手机银行，请勿告诉任何人。",
    "【某某銀行】驗證碼640213，請勿將此驗證碼告訴他人。",
    "رمز الدخول 640213. لا تشارك الرمز مع أي شخص.",
    "รหัส OTP คือ 640213 (Ref: QW12) ห้ามบอกรหัสนี้กับผู้อื่น",
    "Kode OTP kamu 640213. Jangan berikan kode ini kepada siapa pun.",
    "Kod TAC anda 640213. Jangan kongsi kod ini dengan sesiapa.",
]


@pytest.mark.parametrize("text", OTP_DELIVERIES)
def test_legitimate_otp_delivery_is_not_a_scam(checker: Checker, text: str) -> None:
    result = checker.check("message", text)
    assert result.verdict == Verdict.SAFE, result
    assert S.OTP_REQUEST not in result.signal_types()


def test_request_to_read_the_delivered_code_back_is_a_scam(checker: Checker) -> None:
    delivery = "Your code is 640213. Do not share it."
    request = "Hi, I'm from support. Please send me the code 640213 you just received."
    assert not checker.check("message", delivery).flagged
    assert S.OTP_REQUEST in checker.check("message", request).signal_types()


@pytest.mark.parametrize(
    "text",
    [
        "To confirm the new payee JOHN SMITH, enter code 902118. If someone asked you to add this payee, stop.",
        "Nhập mã OTP 482913 để xác nhận giao dịch. Không chia sẻ mã cho bất kỳ ai.",
        "Masukkan kode 5521 90 untuk verifikasi akun Anda.",
        "请输入验证码 660291 完成绑定。",
    ],
)
def test_a_code_given_to_enter_is_a_delivery_not_a_request(rules_checker: Checker, text: str) -> None:
    assert S.OTP_REQUEST not in rules_checker.check("message", text).signal_types()


@pytest.mark.parametrize(
    "text",
    [
        "Please confirm your identity: enter the OTP we sent on this page http://secure-verify.top",
        "Send me the code 640213 you just received, then enter 1234 as the PIN.",
    ],
)
def test_a_request_to_enter_a_code_not_given_stays_a_request(rules_checker: Checker, text: str) -> None:
    assert S.OTP_REQUEST in rules_checker.check("message", text).signal_types()


def test_negation_cancels_only_its_own_sentence(rules_checker: Checker) -> None:
    text = "Never mind the email. Send me the verification code now."
    assert S.OTP_REQUEST in rules_checker.check("message", text).signal_types()


@pytest.mark.parametrize("negation", ["did not", "didn't", "didnt"])
def test_a_past_tense_negation_cancels_the_request(rules_checker: Checker, negation: str) -> None:
    assert not rules_checker.check("message", f"We {negation} ask for your PIN and never will.", lang="en").flagged
    request = rules_checker.check("message", "Someone didn't pay. Reply with your PIN now.")
    assert S.PASSWORD_REQUEST in request.signal_types()  # the negation of another sentence cancels nothing


@pytest.mark.parametrize("text", ["Congrats, £1000 in cash is waiting for u", "u have a $500 bonus reward to collect"])
def test_an_amount_before_the_prize_word_is_a_prize_lure(rules_checker: Checker, text: str) -> None:
    assert S.PRIZE_LURE in rules_checker.check("message", text, lang="en").signal_types()


def test_every_flagged_message_names_a_signal(checker: Checker) -> None:
    for text in [s[1] for s in SCAMS] + [
        "URGENT! You have won a 1 week FREE membership in our £100,000 prize Jackpot!"
    ]:
        result = checker.check("message", text)
        if result.flagged:
            assert result.signals, text


def test_evidence_is_the_triggering_words(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "Please install AnyDesk now")
    [sig] = [s for s in result.signals if s.type == S.REMOTE_ACCESS]
    assert sig.evidence == "AnyDesk"  # the user's own words, not the folded form
    assert sig.explanation_key == "signal.remote_access.explain"


def test_evidence_quotes_the_original_text(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "Em là nhân viên ngân hàng, anh đọc giúp em mã OTP vừa gửi nhé")
    assert {s.evidence for s in result.signals} >= {"đọc giúp em mã OTP"}
    spaced = rules_checker.check("message", "กรุณา แจ้ง รหัส OTP ให้เจ้าหน้าที่")
    assert [s.evidence for s in spaced.signals if s.type == S.OTP_REQUEST] == ["แจ้ง รหัส OTP"]


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel could not be delivered. Update your address at parcel-redelivery.top within 12 hours.",
        "【快递】您的包裹地址不详，请点击 kd-update.help 更新地址。",
        "Bungkusan anda tertahan. Kemaskini alamat di poslaju-my.top sekarang.",
        "พัสดุของคุณตกค้าง กรุณายืนยันตัวตนที่ th-post.top",
    ],
)
def test_asking_to_act_through_an_unofficial_link(rules_checker: Checker, text: str) -> None:
    assert S.LINK_ACTION in rules_checker.check("message", text).signal_types()


def test_acting_through_an_official_link_is_not_a_signal(rules_checker: Checker) -> None:
    result = rules_checker.check(
        "message", "Update your details in the app or at https://www.vietcombank.com.vn/update"
    )
    assert S.LINK_ACTION not in result.signal_types()


def test_new_number_family_impersonation(rules_checker: Checker) -> None:
    result = rules_checker.check("message", "Hi mum, this is my new number. Can you help me pay a bill today?")
    assert {S.IMPERSONATION, S.PAYMENT_REQUEST} <= result.signal_types()


def _lexicon_strings() -> list[str]:
    """Every pattern string of the lexicon: the detector tables and the module-level context rules."""
    from trustdesk.scamcheck.engine import lexicon

    strings = [p for by_lang in lexicon.PATTERNS.values() for patterns in by_lang.values() for p in patterns]
    for name, value in vars(lexicon).items():
        if name.startswith("__"):
            continue  # the module's docstring quotes the escapes it warns about
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            strings.extend(v for v in value.values() if isinstance(v, str))
    return strings


def test_lexicon_patterns_use_no_upper_case_escapes() -> None:
    """Patterns are folded like text (lower-cased) before compiling, which turns \\S, \\W, \\D, \\B into their
    opposites: "[\\s\\S]" became "[\\s\\s]" and the two-weak-cues premium pattern matched whitespace only;
    "fake\\W{0,2}" (a warning's "fake " before a lure) became "fake\\w{0,2}"."""
    assert [p for p in _lexicon_strings() if re.search(r"(?<!\\)\\[SWDB]", p)] == []


def test_lexicon_f_strings_keep_their_quantifiers() -> None:
    """In an f-string a quantifier needs doubled braces: rf"[^.]{0,60}" is formatted as the tuple "(0, 60)", a
    group matching that text, and the rule silently loses its length limit."""
    assert [p for p in _lexicon_strings() if re.search(r"\(\d+, \d+\)", p)] == []


@pytest.mark.parametrize(
    ("text", "premium"),
    [
        ("FreeMsg: Fancy a flirt? Reply DATE now & join the dating service. To opt out txt stop to 83021.", True),
        ("Free tones Hope you enjoyed your new content. text stop to 61610 to unsubscribe.", True),
        ("Boots: Double points on skincare this weekend only, in store. Reply STOP to 60777 to opt out.", False),
        ("Three: Welcome to France, roam at no extra cost. Text STOP to 65046 to stop roaming messages.", False),
        ("Txt WIN to 87121 to claim your prize", True),
        # An answer to a short code, a code run into the next word, a price written "25p.msg".
        ("Win a city break! Send ur ans to 80431 now, who sang Wonderwall?", True),
        ("Hot singles near u, txting LUV to 69321Xyz. 25p.msg", True),
        ("Join the fan club quiz: 25p.msg", True),
        # Not premium: a fax number, a time, an answer to a person.
        ("Please send the signed form to 12345678 by fax before 3p.m.", False),
        ("Can you text your answer to Sam before 5pm?", False),
    ],
)
def test_premium_sms_cues_and_opt_out_footers(rules_checker: Checker, text: str, premium: bool) -> None:
    assert (S.PREMIUM_RATE in rules_checker.check("message", text).signal_types()) == premium


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("تم إيقاف بطاقتك مؤقتاً بعد إدخال الرقم السري خطأ ثلاث مرات. أعد التفعيل من التطبيق.", S.PASSWORD_REQUEST),
        ("BRI: Biaya administrasi bulanan tetap dipotong sesuai ketentuan. Cek di BRImo.", S.PAYMENT_REQUEST),
        ("Bà ơi cháu gửi mã mở khóa điện thoại mới của bà là 1 2 0 4, bà đừng quên nhé.", S.OTP_REQUEST),
    ],
)
def test_notices_that_only_look_like_requests(rules_checker: Checker, text: str, signal: S) -> None:
    assert signal not in rules_checker.check("message", text).signal_types()


@pytest.mark.parametrize(
    "text",
    [
        "Send me the OTP you got, my number is 0912345678",
        "Gửi mã OTP cho anh nhé, số anh là 0912345678",
    ],
)
def test_a_phone_number_after_a_code_request_is_not_the_code(rules_checker: Checker, text: str) -> None:
    assert S.OTP_REQUEST in rules_checker.check("message", text).signal_types()


@pytest.mark.parametrize("text", ["k", "ok", "?", "hi!", "ไม่", "好"])
def test_a_message_shorter_than_the_longest_character_ngram_is_checked(checker: Checker, text: str) -> None:
    """A batch of fewer characters than the model's longest n-gram (a lone "k") was a crash in the feature hashing."""
    result = checker.check("message", text)
    assert result.verdict == Verdict.SAFE
    assert 0.0 <= result.score <= 1.0

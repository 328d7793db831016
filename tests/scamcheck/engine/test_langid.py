from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker

CASES = [
    ("Please confirm your appointment for tomorrow morning.", "en"),
    ("Quý khách vui lòng kiểm tra lại thông tin tài khoản.", "vi"),
    ("Quy khach vui long kiem tra lai thong tin tai khoan cua minh nhe.", "vi"),
    ("您的快递已到驿站，请及时取件。", "zh-Hans"),
    ("您的包裹已到達門市，請儘快領取，謝謝。", "zh-Hant"),
    ("مرحبا، تم تحديث بيانات حسابك بنجاح.", "ar"),
    ("พัสดุของคุณจะจัดส่งวันนี้ กรุณาเตรียมรับสาย", "th"),
    ("Silakan cek saldo rekening Anda melalui aplikasi, terima kasih.", "id"),
    ("Sila semak baki akaun anda melalui aplikasi, terima kasih.", "ms"),
]


@pytest.mark.parametrize(("text", "lang"), CASES)
def test_language_of_short_messages(checker: Checker, text: str, lang: str) -> None:
    assert checker.check("message", text).lang == lang


def test_caller_language_hint_is_used_for_latin_text(checker: Checker) -> None:
    assert checker.check("message", "ok", lang="ms").lang == "ms"


def test_text_without_letters_is_undetermined(checker: Checker) -> None:
    assert checker.check("message", "123 456").lang == "und"

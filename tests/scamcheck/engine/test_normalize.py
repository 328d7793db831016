from __future__ import annotations

from trustdesk.scamcheck.engine.normalize import compact, fold, skeleton


def test_fullwidth_and_diacritics_fold_to_plain_ascii() -> None:
    assert fold("Ｍã ＯＴＰ của bạn") == "ma otp cua ban"
    assert fold("ĐẶNG Văn") == "dang van"


def test_leetspeak_inside_words_only() -> None:
    assert fold("p4ssw0rd 0TP") == "password otp"
    # Codes, amounts and times stay numbers.
    assert fold("code 123456 rm50 24h") == "code 123456 rm50 24h"


def test_cyrillic_lookalikes_become_latin() -> None:
    assert fold("Pаypal") == "paypal"  # Cyrillic а


def test_traditional_chinese_keywords_fold_to_simplified() -> None:
    assert fold("驗證碼 帳戶凍結") == "验证码 账户冻结"


def test_arabic_variants_and_digits_unify() -> None:
    assert fold("أرسل رمز التحقق ١٢٣") == "ارسل رمز التحقق 123"


def test_thai_spaced_out_text_is_compacted() -> None:
    assert compact(fold("ส่ง รหัส OTP")) == "ส่งรหัสotp"


def test_zero_width_characters_are_removed() -> None:
    assert fold("o\u200bt\u200cp") == "otp"


def test_skeleton_collapses_lookalike_sequences() -> None:
    assert skeleton("rnaybank") == skeleton("maybank")
    assert skeleton("paypa1") == skeleton("paypal")


def test_offsets_point_back_to_the_original_characters() -> None:
    from trustdesk.scamcheck.engine.normalize import fold_with_offsets

    for text in ["  Ｍã  ＯＴＰ\u200b của bạn ", "p4ssw0rd", "驗證碼 帳戶", "ส่ง รหัส"]:
        folded, origin = fold_with_offsets(text)
        assert folded == fold(text)
        assert len(origin) == len(folded)
        assert all(0 <= i < len(text) for i in origin)
    folded, origin = fold_with_offsets("Gửi mật khẩu")
    start = folded.index("mat")
    assert "Gửi mật khẩu"[origin[start] : origin[start + len("mat khau") - 1] + 1] == "mật khẩu"

"""Text normalisation for matching: one folded form that defeats the usual evasions.

Scammers write ``ｍã ＯＴＰ``, ``ma otp``, ``0TP``, ``Pаypal`` (Cyrillic а) or insert spaces between Thai
letters; the detectors must see the same thing in all of these. ``fold`` produces that form:

* NFKC (full-width and compatibility forms), case folding, zero-width and tatweel removal;
* Latin diacritics removed (Vietnamese without tone marks is common in SMS: ``mat khau`` = ``mật khẩu``),
  ``đ`` → ``d``; Thai marks are letters of the script and are kept;
* Arabic: harakat removed, alef/yeh/teh-marbuta variants unified, Arabic-Indic and Thai digits → ASCII;
* Cyrillic/Greek letters that look like Latin ones mapped to Latin (TR39 confusables);
* Traditional Chinese characters that matter for scam wording mapped to Simplified ones;
* leetspeak inside Latin words (``p4ssw0rd`` → ``password``, ``0tp`` → ``otp``), leaving numbers alone.

``compact`` additionally removes spaces between Thai or CJK characters, because neither script separates
words with spaces and spaced-out text is an evasion there.

Folding is per character through a lazily filled ``str.translate`` table, so it runs at C speed after the
first sight of each character.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from confusable_homoglyphs import confusables

_ZERO_WIDTH = "\u00ad\u034f\u061c\u0640\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"

# Traditional -> Simplified for characters that occur in scam and banking vocabulary. A full converter
# (OpenCC) is overkill: this only has to make the detectors' keywords match both scripts.
_HANT_TO_HANS = dict(
    zip(
        "驗證碼帳戶凍結點擊銀錢轉號獎領遠協費級會員體鎖關閉訴訟緊馬連鏈網請發給說讀過註冊將時內為這個們與貸額賬對於"
        "裝載軟螢畫務處違規罰稅還資產嫌傳獲贏運禮積兌換認設備機電話聯繫係撥簡訊動態門開簽續訂閱專熱線間題問優錯誤"
        "異險風強權營業廣單據報導執統維護閒腦遙輸獨攜帶現實際項憑補償賠經濟鐘無雙擬詐騙塊幣貨興黨歡這裏裡們來覺"
        "啟碼匯繳儲蓄卡戶買賣價額據歸變臨時條歷",
        "验证码帐户冻结点击银钱转号奖领远协费级会员体锁关闭诉讼紧马连链网请发给说读过注册将时内为这个们与贷额账对于"
        "装载软萤画务处违规罚税还资产嫌传获赢运礼积兑换认设备机电话联系系拨简讯动态门开签续订阅专热线间题问优错误"
        "异险风强权营业广单据报导执统维护闲脑遥输独携带现实际项凭补偿赔经济钟无双拟诈骗块币货兴党欢这里里们来觉"
        "启码汇缴储蓄卡户买卖价额据归变临时条历",
        strict=True,
    )
)
_HANT_TO_HANS["帳"] = "账"
HANT_CHARS = frozenset(k for k, v in _HANT_TO_HANS.items() if k != v)
_HANT_TO_HANS["帐"] = "账"  # a Simplified variant; unified so keywords need one spelling

_ARABIC_UNIFY = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"}


def _strip_mark(ch: str) -> bool:
    """Latin combining diacritics and Arabic harakat go; Thai vowel and tone marks (also Mn) stay."""
    cp = ord(ch)
    return 0x0300 <= cp <= 0x036F or 0x064B <= cp <= 0x065F or cp == 0x0670 or 0x1AB0 <= cp <= 0x1AFF


@lru_cache(maxsize=1)
def _latin_confusables() -> dict[str, str]:
    """Cyrillic and Greek letters whose TR39 confusable is a single ASCII letter (our seven languages never
    use these scripts, so mapping them is safe)."""
    out: dict[str, str] = {}
    for ch, entries in confusables.confusables_data.items():
        if len(ch) != 1:
            continue
        name = unicodedata.name(ch, "")
        if not (name.startswith("CYRILLIC") or name.startswith("GREEK")):
            continue
        for entry in entries:
            target = entry["c"]
            if len(target) == 1 and target.isascii() and target.isalpha():
                out[ch] = target.lower()
                break
    return out


def _fold_char(ch: str) -> str:
    if ch in _ZERO_WIDTH:
        return ""
    if ch in _HANT_TO_HANS:
        return _HANT_TO_HANS[ch]
    if ch.isdigit() and not ch.isascii():
        value = unicodedata.digit(ch, None)
        if value is not None:
            return str(value)
    s = unicodedata.normalize("NFKC", ch).casefold()
    out = []
    for c in unicodedata.normalize("NFD", s):
        if _strip_mark(c):
            continue
        if c == "đ":
            c = "d"
        c = _ARABIC_UNIFY.get(c, c)
        c = _latin_confusables().get(c, c)
        out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that computes and memoises each character's folded form on first use."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        if len(self) < 200_000:
            self[key] = value
        return value


_TABLE = _FoldTable()

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# A digit (or @/$) with a letter on both sides, or 0/1/3 opening a word of letters: "p4ssw0rd", "0tp".
_LEET_TOKEN = re.compile(r"\b[a-z]*(?:[a-z][0134579@$]+[a-z]|\b[013][a-z]{2,})[a-z0134579@$]*\b")
# Every _LEET_TOKEN match holds a leet character between letters or a 0/1/3 opening a word before two letters, so
# text without either needs no de-leeting pass. Written to start with the leet character (the letters are checked by
# lookbehinds) so that the scan skips to those characters instead of trying the pattern at every letter.
_LEET_HINT = re.compile(r"[0134579@$](?:(?<=[a-z].)[0134579@$]*[a-z]|(?<=[013])(?<!\w.)[a-z]{2})")
_SPACED_SCRIPT = re.compile(r"(?<=[\u0e00-\u0e7f\u3400-\u9fff])\s+|\s+(?=[\u0e00-\u0e7f\u3400-\u9fff])")
_SPACE_RUN = re.compile(r"\s+")


# An amount is no leetspeak: "rp100rb", "rm50k", "s$50k", "usd20", "rp2,5jt", "100ribu", "50sen" keep their digits.
# The token around a leet match (letters, digits, currency signs, inner separators) is an amount when it is digits
# after a currency prefix or before a unit suffix (folded: "₫"/"đ" is "d" by then). A count of Indonesian or Malay
# days, weeks, hours or months is none either: the "3" of a tariff "Rp2.200/3hr" or of "7hari" is a number.
_AMOUNT_TOKEN = re.compile(
    r"(?:(?:rp|rm|s\$|us\$|usd|sgd|idr|myr|vnd|thb|\$|₫|฿)\.?\d[\d.,]*"
    r"(?:rb|ribu|k|jt|juta|m|sen|bath|baht|d|vnd)?|"
    r"\d[\d.,]*(?:rb|ribu|k|jt|juta|sen|bath|baht|d|vnd|hr|hari|mgg|minggu|jam|bln|bulan))"
)
_TOKEN_CHARS = re.compile(r"[\w$₫฿.,]")


def _deleet(match: re.Match[str]) -> str:
    text, start, end = match.string, match.start(), match.end()
    while start > 0 and _TOKEN_CHARS.match(text, start - 1):
        start -= 1
    while end < len(text) and _TOKEN_CHARS.match(text, end):
        end += 1
    if _AMOUNT_TOKEN.fullmatch(text[start:end].strip(".,")):
        return match.group(0)
    return match.group(0).translate(_LEET)


def fold(text: str) -> str:
    """The matching form of ``text``: see the module docstring. Whitespace runs become one space."""
    # An ASCII character folds to its lower case (NFKC and case folding agree there), so ASCII text needs no table.
    folded = text.lower() if text.isascii() else text.translate(_TABLE)
    if _LEET_HINT.search(folded):
        folded = _LEET_TOKEN.sub(_deleet, folded)
    # ``str.split`` splits at the characters ``\s`` matches, so this is ``_SPACE_RUN.sub(" ", folded).strip()``.
    return " ".join(folded.split())


def compact(folded: str) -> str:
    """Remove spaces next to Thai/CJK characters (those scripts do not separate words by spaces)."""
    return folded if folded.isascii() else _SPACED_SCRIPT.sub("", folded)


def fold_pattern(pattern: str) -> str:
    """Fold a detector keyword pattern the same way as text, without touching regex syntax or digits."""
    return pattern.translate(_TABLE)


def skeleton(text: str) -> str:
    """A confusable skeleton for domain and account-name comparison: folded, common multi-letter look-alikes
    collapsed (``rn``→``m``, ``vv``→``w``), digits that pass for letters mapped, separators dropped."""
    s = fold(text).translate(_LEET)
    s = s.replace("rn", "m").replace("vv", "w").replace("cl", "d").replace("l", "i").replace("|", "i")
    return re.sub(r"[\s\-_.]+", "", s)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` plus, for each folded character, the index of the original character it came from.

    The slow path behind readable evidence: a signal found in folded text is shown as the user's own words
    (``mã OTP``, not ``ma otp``). Only used for messages that have signals.
    """
    if folds_one_to_one(text):
        return _fold_one_to_one(text)
    return _fold_runs_with_offsets(text)


_ONE_TO_ONE: set[str] = set()  # characters known to fold to exactly one character


def folds_one_to_one(text: str) -> bool:
    """Whether every character of ``text`` folds to exactly one character (before whitespace runs collapse)."""
    return text.isascii() or _ONE_TO_ONE.issuperset(text) or _all_one_to_one(text)  # ASCII folds 1:1


def _all_one_to_one(text: str) -> bool:
    for ch in set(text).difference(_ONE_TO_ONE):
        if len(_TABLE[ord(ch)]) != 1:
            return False
        if len(_ONE_TO_ONE) < 200_000:
            _ONE_TO_ONE.add(ch)
    return True


def _fold_any_with_offsets(text: str) -> tuple[str, list[int]]:
    """The general path, character by character (folded forms of any length, including none)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for out in _TABLE[ord(ch)]:
            chars.append(out)
            origin.append(i)
    folded = "".join(chars)
    if _LEET_HINT.search(folded):
        folded = _LEET_TOKEN.sub(_deleet, folded)  # same length: offsets unchanged
    kept: list[str] = []
    kept_origin: list[int] = []
    for ch, i in zip(folded, origin, strict=True):
        if ch.isspace():
            if kept and kept[-1] != " ":
                kept.append(" ")
                kept_origin.append(i)
            continue
        kept.append(ch)
        kept_origin.append(i)
    if kept and kept[-1] == " ":
        kept.pop()
        kept_origin.pop()
    return "".join(kept), kept_origin


def _fold_one_to_one(text: str) -> tuple[str, list[int]]:
    """``fold_with_offsets`` when every character folds to exactly one character (nearly every message):
    positions only shift where whitespace runs collapse, so offsets are built per run, not per character."""
    return _collapse_with_offsets(text.translate(_TABLE), range(len(text)))


def _fold_runs_with_offsets(text: str) -> tuple[str, list[int]]:
    """``_fold_any_with_offsets`` at C speed: ``str.translate`` folds, and each original index is repeated once per
    character it folds to (none for a dropped zero-width character) by iterators instead of a loop per character."""
    lengths = [len(_TABLE[ord(ch)]) for ch in text]
    origin = list(itertools.chain.from_iterable(map(itertools.repeat, range(len(text)), lengths)))
    return _collapse_with_offsets(text.translate(_TABLE), origin)


def _collapse_with_offsets(folded: str, origin: Sequence[int]) -> tuple[str, list[int]]:
    """De-leet ``folded`` and collapse its whitespace runs as ``fold`` does, carrying each character's original
    index (``origin``) along per run of kept characters."""
    if _LEET_HINT.search(folded):
        folded = _LEET_TOKEN.sub(_deleet, folded)  # same length: offsets unchanged
    kept: list[str] = []
    kept_origin: list[int] = []
    pos = 0
    for m in _SPACE_RUN.finditer(folded):
        start, end = m.span()
        if start > pos:
            kept.append(folded[pos:start])
            kept_origin.extend(origin[pos:start])
        if kept_origin and end < len(folded):  # inner run: one space, at the run's first character
            kept.append(" ")
            kept_origin.append(origin[start])
        pos = end
    if pos < len(folded):
        kept.append(folded[pos:])
        kept_origin.extend(origin[pos:])
    return "".join(kept), kept_origin


def compact_with_offsets(folded: str, origin: list[int]) -> tuple[str, list[int]]:
    """``compact`` with the offsets carried along."""
    if _SPACED_SCRIPT.search(folded) is None:
        return folded, origin
    kept: list[str] = []
    kept_origin: list[int] = []
    pos = 0
    for m in _SPACED_SCRIPT.finditer(folded):  # kept per run between the removed spaces
        kept.append(folded[pos : m.start()])
        kept_origin.extend(origin[pos : m.start()])
        pos = m.end()
    kept.append(folded[pos:])
    kept_origin.extend(origin[pos:])
    return "".join(kept), kept_origin

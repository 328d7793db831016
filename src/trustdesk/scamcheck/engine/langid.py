"""Language identification for short messages in the seven product languages.

Script decides most cases outright (Thai, Arabic, Han). Latin-script text is Vietnamese, English, Indonesian
or Malay; Vietnamese is told by its diacritics or, when they are dropped (common in SMS), by function words.
Indonesian and Malay share most of their vocabulary, so they are separated by *distinctive* cue words
(``akun``/``akaun``, ``uang``/``wang``, ``silakan``/``sila`` …). When the cues are weak or tied, a small
character n-gram model trained with the scam model (``model.LanguageModel``) breaks the tie.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from trustdesk.scamcheck.engine.normalize import HANT_CHARS

LANGS = ("vi", "en", "zh-Hans", "zh-Hant", "ar", "id", "ms", "th")
UNDETERMINED = "und"

_VI_MARKED = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ")

_CUES: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "you",
            "your",
            "is",
            "are",
            "to",
            "and",
            "of",
            "for",
            "have",
            "has",
            "will",
            "this",
            "that",
            "with",
            "please",
            "call",
            "now",
            "we",
            "our",
            "not",
            "from",
            "get",
            "my",
            "me",
            "can",
            "just",
            "free",
            "click",
            "txt",
            "ur",
            "u",
            "at",
            "by",
            "if",
            "been",
            "was",
            "what",
            "how",
            "when",
            "i",
            "am",
            "so",
            "ok",
            "it",
            "on",
            "be",
            "do",
            "an",
            "or",
            "reply",
            "text",
            "send",
            "stop",
            "won",
            "claim",
            "prize",
            "has",
            "there",
            "they",
            "would",
            "could",
            "should",
            "been",
            "here",
            "need",
            "verify",
            "account",
            "password",
            "code",
            "link",
            "today",
        ]
    ),
    "vi": frozenset(
        [
            "khong",
            "duoc",
            "nhan",
            "quy",
            "khach",
            "cua",
            "cac",
            "nguoi",
            "thong",
            "bao",
            "giao",
            "dich",
            "vui",
            "long",
            "lien",
            "he",
            "chung",
            "toi",
            "xin",
            "dang",
            "trong",
            "nhung",
            "nhu",
            "nay",
            "cung",
            "ngay",
            "tien",
            "gui",
            "mat",
            "khau",
            "ma",
            "tai",
            "khoan",
            "ban",
            "hay",
            "voi",
            "den",
            "cho",
            "hoac",
            "neu",
            "la",
            "va",
            "duoi",
            "tren",
            "sau",
            "truoc",
            "roi",
            "nhe",
            "a",
            "oi",
            "minh",
            "em",
            "anh",
            "chi",
            "tu",
            "da",
            "se",
            "bi",
        ]
    ),
    "id": frozenset(
        [
            "akun",
            "karena",
            "uang",
            "nomor",
            "kode",
            "silakan",
            "gratis",
            "telepon",
            "saja",
            "bisa",
            "tersebut",
            "rekening",
            "tagihan",
            "kirim",
            "mau",
            "aja",
            "gak",
            "nggak",
            "udah",
            "bapak",
            "ibu",
            "kak",
            "sdh",
            "tdk",
            "dgn",
            "yg",
            "pesan",
            "tautan",
            "verifikasi",
            "ponsel",
            "rp",
            "pulsa",
            "kuota",
            "sesuai",
            "kartu",
            "perbarui",
            "layanan",
            "tanggal",
            "informasi",
            "berhasil",
            "kata",
            "sandi",
            "hp",
            "mengirim",
            "kami",
            "anda",
            "segera",
            "hubungi",
            "jangan",
            "untuk",
            "dengan",
            "ini",
            "dari",
            "dan",
            "yang",
            "tidak",
            "akan",
            "sudah",
            "apabila",
            "melalui",
        ]
    ),
    "ms": frozenset(
        [
            "akaun",
            "kerana",
            "wang",
            "nombor",
            "kod",
            "sila",
            "percuma",
            "telefon",
            "sahaja",
            "boleh",
            "baki",
            "bil",
            "hantar",
            "mahu",
            "nak",
            "tak",
            "dah",
            "je",
            "encik",
            "puan",
            "tahniah",
            "mesej",
            "pautan",
            "pengesahan",
            "rm",
            "ringgit",
            "bimbit",
            "kini",
            "ialah",
            "daripada",
            "sebarang",
            "syarikat",
            "perkhidmatan",
            "kerajaan",
            "jabatan",
            "kad",
            "kemaskini",
            "dikemaskini",
            "tempoh",
            "laluan",
            "tarikh",
            "maklumat",
            "berjaya",
            "sekiranya",
            "semasa",
            "tekan",
            "kami",
            "anda",
            "segera",
            "hubungi",
            "jangan",
            "untuk",
            "dengan",
            "ini",
            "dari",
            "dan",
            "yang",
            "tidak",
            "akan",
            "sudah",
            "apabila",
            "melalui",
            # Malay words Indonesian does not use (Indonesian: besok, ya, kasih tahu, pagi/sore, kamu, di, sedikit,
            # baru, siapa pun, kendaraan, paket, janji temu, SIM, tilang, perbarui, sopir, keuangan, tidak ada,
            # pengiriman, dikirim, berakhir, kedaluwarsa, setelah, lift, teknisi, perangkat, terdeteksi, dirawat,
            # konfirmasi):
            # short colloquial Malay ("Esok 10pg ye", "kat rumah") has few of the formal cues above and was read as
            # Indonesian without them. None occurs in the Indonesian corpus.
            "esok",
            "ye",
            "jer",
            "bagitau",
            "pg",
            "ptg",
            "awak",
            "korang",
            "kat",
            "sikit",
            "takde",
            "macam",
            "baharu",
            "dikehendaki",
            "sesiapa",
            "kenderaan",
            "parsel",
            "temujanji",
            "lesen",
            "saman",
            "perbaharui",
            "pemandu",
            "kewangan",
            "tiada",
            "penghantaran",
            "dihantar",
            "tamat",
            "luput",
            "selepas",
            "lif",
            "juruteknik",
            "peranti",
            "dikesan",
            "diselenggara",
            "sahkan",
        ]
    ),
}
# Words shared by Indonesian and Malay carry no information for choosing between them.
_SHARED_IDMS = _CUES["id"] & _CUES["ms"]
_WORD = re.compile(r"[a-z]+")

LangScorer = Callable[[str], dict[str, float]]


# Runs of letters per script: the letters of a script are the summed lengths of its runs, one string per run instead
# of one per letter.
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_VI_MARK = re.compile("[" + "".join(sorted(_VI_MARKED)) + "\u1ea0-\u1ef9]+")
_THAI = re.compile(r"[\u0e00-\u0e7f]+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_HANT = re.compile("[" + "".join(sorted(HANT_CHARS)) + "]+")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _letters(pattern: re.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def _script_counts(text: str) -> tuple[int, int, int, int, int, int]:
    """Letters per script (regex scans run in C; this is on the hot path of batch mode)."""
    if text.isascii():  # only A-Z and a-z are letters: count them by deleting them from the bytes
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS)), 0, 0, 0, 0, 0
    latin = _letters(_LATIN_LETTER, text)
    han = _letters(_HAN, text)
    return (
        latin,
        _letters(_THAI, text),
        _letters(_ARABIC, text),
        han,
        _letters(_HANT, text) if han else 0,
        _letters(_VI_MARK, text) if latin else 0,
    )


def _cue_increments() -> dict[str, tuple[float, float, float, float]]:
    """What one occurrence of each cue word adds to (en, vi, id, ms), as ``cue_scores`` counts it."""
    table: dict[str, tuple[float, float, float, float]] = {}
    for word in _CUES["en"] | _CUES["vi"] | _CUES["id"] | _CUES["ms"]:
        en = 1.0 if word in _CUES["en"] else 0.0
        vi = 1.0 if word in _CUES["vi"] else 0.0
        if word in _SHARED_IDMS:
            id_, ms = 0.5, 0.5
        else:
            id_ = 1.0 if word in _CUES["id"] else 0.0
            ms = 1.0 if word in _CUES["ms"] and word not in _CUES["id"] else 0.0
        table[word] = (en, vi, id_, ms)
    return table


_CUE_INCREMENTS = _cue_increments()


def cue_scores(folded: str) -> dict[str, float]:
    """Count distinctive cue words per Latin-script language in folded (lower-case, unaccented) text.

    Words shared by Indonesian and Malay count half for each; one dict look-up per word (``_CUE_INCREMENTS``)."""
    increments = list(filter(None, map(_CUE_INCREMENTS.get, _WORD.findall(folded))))
    if not increments:
        return {"en": 0.0, "vi": 0.0, "id": 0.0, "ms": 0.0}
    en, vi, id_, ms = map(sum, zip(*increments, strict=True))  # halves and ones: exact in any order
    return {"en": en, "vi": vi, "id": id_, "ms": ms}


# Arabic written in Latin letters, with digits for the sounds Latin lacks (Egyptian and Levantine "Arabizi": 2 for
# hamza, 3 for ain, 5 for kha, 7 for ha; Gulf 6, 8, 9): "ab3atly el code", "3ala el mobile", "7abibi", "ba2a", "ma3ak".
# A digit-word is a digit at the start of a word or between its letters, or a final 3 ("ma3", "bta3"), with three
# letters or more ("mp3", "2fa", "h2o", "b2b" have fewer; "covid19" and "win10" hold other digits). Two of them and a
# common Arabizi word, or three of them, make the message Arabic; a word or two of leetspeak ("h3llo") does not.
_ARABIZI_DIGIT_WORD = re.compile(r"[2357][a-z][a-z2-9]*|[a-z]+[2-35-9]+[a-z][a-z2-9]*|[a-z]{1,4}3")
_TOKEN = re.compile(r"(?<![\w'/])[a-z0-9]+(?![\w'/])")
# Not Arabizi: an amount or a count ("rm2k", "rm9k", "5pm"), English text-speak ("2day", "2nite", the "2u" of
# "Maybank2u", "Secure2u"); and a word with 0, 1 or 4 between letters is leetspeak ("th1s is amaz0n supp0rt, pl3ase
# s3nd the c0de"), which Arabizi does not write: a message with as many of those as digit-words is no Arabizi.
_NOT_ARABIZI_WORD = re.compile(
    r"(?:rm|rp|usd|sgd|aed|egp|sar|rs|inr|us|hk|nt)\d+[a-z]{0,2}|[a-z]*2u|2(?:day|morrow|moro|mrw|nite|night|gether)|"
    r"\d+(?:k|m|jt|rb|x|gb|mb|am|pm|th|st|nd|rd|hr|hrs|min|mins|km|kg)"
)
_LEET_WORD = re.compile(r"[a-z]*[a-z][014]+[a-z][a-z0-9]*|[01][a-z]{2,}")
_ARABIZI_WORD = re.compile(
    r"\b(?:el|elly|elli|illi|ya|ana|enta|enty|inta|inti|mesh|msh|mish|keda|kda|dah|bta3|3ala|3la|3shan|3ashan|leh|ezay|"
    r"ya3ni|wallah|walla|habibi|7abibi|inshallah|ma3|ba2a|lw|law|lazem|shu|shlon|kifak|wesh|daba|bzaf|hada|hadi|dyal)\b"
)


# A token (as ``_TOKEN`` finds it) that holds a letter followed by one of 2, 3, 5–9 or one of 2, 3, 5, 7 followed by a
# letter: every ``_ARABIZI_DIGIT_WORD`` holds such a pair, so only these tokens can count. The lookahead finds the pair
# without backtracking into the token, so the scan stays linear in the text.
_ARABIZI_CANDIDATE = re.compile(r"(?<![\w'/])(?=[a-z0-9]*?(?:[a-z][235-9]|[2357][a-z]))[a-z0-9]+(?![\w'/])")
# Such a pair anywhere: starting with the digit lets the scan skip to the digits, and most texts have no pair at all.
_ARABIZI_PAIR = re.compile(r"[235-9](?:(?<=[a-z].)|(?<=[2357])[a-z])")


def looks_arabizi(text: str) -> bool:
    """Whether Latin-script ``text`` (as written: the digits are read before folding) is Arabizi."""
    if not any(c in text for c in "2356789"):
        return False
    lowered = text.lower()
    if _ARABIZI_PAIR.search(lowered) is None:
        return False
    # Fast path: tokens without a letter-digit pair cannot be digit-words, and most texts have fewer than two tokens
    # with one, so the token loop runs on those few candidates (all tokens are only needed for the leet count).
    words = sum(
        1
        for t in _ARABIZI_CANDIDATE.findall(lowered)
        if sum(c.isalpha() for c in t) >= 3
        and _ARABIZI_DIGIT_WORD.fullmatch(t) is not None
        and _NOT_ARABIZI_WORD.fullmatch(t) is None
    )
    if words < 2 or sum(1 for t in _TOKEN.findall(lowered) if _LEET_WORD.fullmatch(t)) >= words:
        return False
    return words >= 3 or _ARABIZI_WORD.search(lowered) is not None


def identify(text: str, folded: str, *, scorer: LangScorer | None = None, hint: str | None = None) -> str:
    """Return one of ``LANGS`` (or ``und`` for text without letters).

    ``hint`` (a caller-supplied language) wins when the script agrees with it; ``scorer`` is the optional
    n-gram model returning log-probabilities for the Latin-script languages.
    """
    latin, thai, arabic, han, hant, vi_marks = _script_counts(text)
    letters = latin + thai + arabic + han
    if letters == 0:
        return hint if hint in LANGS else UNDETERMINED
    # Script-level decision: the dominant non-Latin script wins even against Latin brand names and URLs.
    if thai and thai >= 0.25 * letters:
        return "th"
    if arabic and arabic >= 0.25 * letters:
        return "ar"
    if han and han * 2 >= 0.25 * letters:  # one Han character carries about two Latin letters of content
        return "zh-Hant" if hant >= max(1, han // 20) else "zh-Hans"
    if hint in ("vi", "en", "id", "ms"):
        return hint
    if looks_arabizi(text):
        return "ar"
    if vi_marks >= 2 or (vi_marks and vi_marks >= 0.05 * latin):
        return "vi"
    scores = cue_scores(folded)
    if scorer is not None:
        model = scorer(folded)
        # Cue counts are strong but sparse; the model adds a smooth preference (log-prob, scaled down).
        for lang in scores:
            scores[lang] += 0.75 * model.get(lang, -10.0)
    best = max(scores, key=lambda k: scores[k])
    return best

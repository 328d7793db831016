"""Keyword-pattern detectors for the text signals (OTP request, remote access, payment, threats …).

Every language's patterns run on every message whose script allows them, not only on the detected language:
real messages mix languages (Malay with English, Vietnamese with "OTP"), and a missed language guess must not
hide a signal. Patterns are grouped by script into one alternation per signal, so a message costs one regex
search per signal and script present.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from trustdesk.scamcheck.engine import langid, normalize, prefilter
from trustdesk.scamcheck.engine.lexicon import (
    ACCENTED_NEGATION_WORDS,
    ACCENTED_REQUEST_WORDS,
    ACCENTED_THREAT_WORDS,
    ADVISORY,
    ADVISORY_FRAMED_SIGNALS,
    ADVISORY_FRAMES,
    ALREADY_DONE,
    ALREADY_PAID,
    ANYONE_ASKS,
    AT_YOUR_REQUEST,
    CODE_ENTRY,
    CODE_GIVEN_OR_BOOKING,
    CODE_IS,
    CODE_PASSED_ON,
    CODE_TO_FRIEND,
    CODE_TO_READER,
    CONDITIONAL_ASKER,
    CONTRAST,
    COORDINATED_NEGATION,
    DISCOUNT_CODE,
    DONT_SEND,
    FAKE_BEFORE,
    FAKE_EXAMPLE,
    FAKE_WORD,
    FEE_DEDUCTED,
    FEE_NOT_DEDUCTED,
    HANDED_OVER,
    HANDED_OVER_RISK,
    HIJACKED_ACCOUNT,
    IN_PERSON_PRIZE,
    INTRO_ASK,
    LINK_IN_MESSAGE,
    LINK_ONLY,
    LINK_OR_PRIVATE_NUMBER,
    LIST_OPENING,
    LIST_OR,
    LOCK_ROUTE,
    LOCKED_BY_WRONG_ENTRY,
    LOGIN_LINK,
    LOGIN_PASSWORD_ENTRY,
    LOYALTY_CLUB,
    MAINTENANCE_ASK,
    MAINTENANCE_OUTAGE,
    MAINTENANCE_WINDOW,
    NAMED_SECRET,
    NEGATED_LIST,
    NEGATION,
    NEGATION_FOR_ARABIZI,
    NEGATION_SCOPE_END,
    NEGATION_SCOPE_END_TH,
    NEGATION_WITHOUT_VI_KO,
    NO_FEE_STATEMENT,
    NOT_FAKE,
    ORDER_CHECKED,
    ORDER_RECEIVED,
    ORDINARY_INTRO,
    OWN_ACCOUNT_DONE,
    OWN_ACCOUNT_NEWS,
    OWN_ACCOUNT_PLEA,
    OWN_TRANSFER,
    OWN_WIN,
    OWN_WIN_ROUTE,
    PATTERNS,
    PLACE_SECRET,
    POLICY_BREAK_TH,
    POLICY_NEGATION_TH,
    PREMIUM_SERVICE_CUE,
    PRIZE_CLAIM_ROUTE,
    PURCHASE_DRAW,
    REFUSED_AFTER,
    REMOTE_OFFICE_CHORE,
    REMOTE_SCAM_CONTEXT,
    REPORT_DISMISSED,
    REPORT_FORWARD,
    REPORTED_CALL,
    REPORTED_QUOTE,
    REQUEST_SIGNALS,
    RESEND_CHANNEL,
    RESEND_CODE,
    RESEND_TO_PERSON,
    SCAM_AGENT_TH,
    SCAM_DESCRIBED,
    SCAM_NAMED,
    SCAM_STATEMENT,
    SCAM_TACTIC,
    SHARED_SPEND,
    SPEND_AT_SHOP,
    SPEND_REWARD,
    STATE_NEGATION,
    STRONG_NEGATION,
    TAGALOG_MARKERS,
    TXN_CODE_GIVEN,
    UNLOCK_IN_APP,
    WRONG_ENTRY,
)
from trustdesk.scamcheck.engine.normalize import fold_pattern
from trustdesk.scamcheck.engine.types import Signal, SignalType

_SCRIPT_OF_LANG = {
    "en": "latin",
    "vi": "latin",
    "id": "latin",
    "ms": "latin",
    "ar": "arabic",
    "zh": "han",
    "th": "thai",
}
# A dot between a Latin letter, digit or space and a letter (".apk" named after a space, "bank.com") ends no sentence:
# "jangan buka file yg berakhiran .apk" is one clause ("รูปพัสดุ.apk" is a Thai sentence, then a file name).
_SENTENCE_END = re.compile(r"[!?。！？\n;؛]|\.(?![^\W\d_])|(?<![a-z0-9\s])\.")


class _SplitRegex:
    """``finditer`` of a long alternation (searched on a clause or a match many times per text), run as only those
    of its top-level alternatives whose required literals occur in the whole text (one ``prefilter.GateIndex``
    scan per text). The alternation's next match is the earliest of its alternatives' next matches, at equal
    starts the earlier alternative's (``prefilter.earliest_each``), so the spans found are the same; only groups are
    numbered within the alternative. Used only with ``group(0)`` and spans."""

    def __init__(self, pattern: str) -> None:
        self.regex = re.compile(pattern)
        branches = prefilter.alternatives(pattern) or []
        if len(branches) < 2 or any(sre_parse.parse(b).getwidth()[0] == 0 for b in branches):
            branches = []  # (an empty match would move the next search differently)
        self._branches = [re.compile(b) for b in branches]
        self._all = (1 << len(branches)) - 1
        index = prefilter.GateIndex([prefilter.required_clauses(b) for b in branches]) if branches else None
        self._open = lru_cache(maxsize=16)(index.open) if index is not None else None

    def finditer(self, segment: str, whole: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(segment)``, where ``segment`` is part of ``whole``."""
        bits = self._open(whole) if self._open is not None else self._all
        if bits == self._all:
            yield from self.regex.finditer(segment)
            return
        yield from prefilter.earliest_each(
            (regex.search for k, regex in enumerate(self._branches) if (bits >> k) & 1), segment
        )


_NEGATION = _SplitRegex(fold_pattern(NEGATION))
_NEGATION_WITHOUT_VI_KO = _SplitRegex(fold_pattern(NEGATION_WITHOUT_VI_KO))
_NEGATION_FOR_ARABIZI = _SplitRegex(fold_pattern(NEGATION_FOR_ARABIZI))
_NEGATION_SCOPE_END = re.compile(fold_pattern(NEGATION_SCOPE_END))
_NEGATION_SCOPE_END_TH = re.compile(fold_pattern(NEGATION_SCOPE_END_TH))
_NEGATED_LIST = re.compile(fold_pattern(NEGATED_LIST))
_LIST_OR = re.compile(fold_pattern(LIST_OR))
_SCAM_DESCRIBED = re.compile(fold_pattern(SCAM_DESCRIBED))
_CONDITIONAL_ASKER = re.compile(fold_pattern(CONDITIONAL_ASKER))
_REFUSED_AFTER = re.compile(fold_pattern(REFUSED_AFTER))
_REPORT_FORWARD = re.compile(fold_pattern(REPORT_FORWARD))
_TAGALOG = re.compile(fold_pattern(TAGALOG_MARKERS))
_STRONG_NEGATION = re.compile(fold_pattern(STRONG_NEGATION))
_SCAM_TACTIC = re.compile(fold_pattern(SCAM_TACTIC))
_ALREADY_DONE = re.compile(fold_pattern(ALREADY_DONE))
_HANDED_OVER = re.compile(fold_pattern(HANDED_OVER))
_HANDED_OVER_RISK = re.compile(fold_pattern(HANDED_OVER_RISK))
_ORDER_RECEIVED = re.compile(fold_pattern(ORDER_RECEIVED))
_ORDER_CHECKED = re.compile(fold_pattern(ORDER_CHECKED))
_COORDINATED_NEGATION = re.compile(fold_pattern(COORDINATED_NEGATION))
_CONTRAST = _SplitRegex(fold_pattern(CONTRAST))
_STATE_NEGATION = re.compile(fold_pattern(STATE_NEGATION))
_SCAM_STATEMENT = re.compile(fold_pattern(SCAM_STATEMENT))
_WRONG_ENTRY = re.compile(fold_pattern(WRONG_ENTRY))
_PLACE_SECRET = re.compile(fold_pattern(PLACE_SECRET))
_NAMED_SECRET = re.compile(fold_pattern(NAMED_SECRET))
_ALREADY_PAID = re.compile(fold_pattern(ALREADY_PAID))
_LOYALTY_CLUB = re.compile(fold_pattern(LOYALTY_CLUB))
_PREMIUM_SERVICE_CUE = re.compile(fold_pattern(PREMIUM_SERVICE_CUE))
_CODE_ENTRY = re.compile(fold_pattern(CODE_ENTRY))
_OWN_WIN = re.compile(fold_pattern(OWN_WIN))
_AT_YOUR_REQUEST = re.compile(fold_pattern(AT_YOUR_REQUEST))
_SHARED_SPEND = re.compile(fold_pattern(SHARED_SPEND))
_OWN_WIN_ROUTE = re.compile(fold_pattern(OWN_WIN_ROUTE))
_CODE_IS = re.compile(fold_pattern(CODE_IS))
_LIST_OPENING = re.compile(fold_pattern(LIST_OPENING))
_SCAM_AGENT_TH = re.compile(fold_pattern(SCAM_AGENT_TH))
_HIJACKED_ACCOUNT = prefilter.Gated(fold_pattern(HIJACKED_ACCOUNT))
_ANYONE_ASKS = re.compile(fold_pattern(ANYONE_ASKS))
_DONT_SEND = re.compile(fold_pattern(DONT_SEND))
_PURCHASE_DRAW = re.compile(fold_pattern(PURCHASE_DRAW))
_PRIZE_CLAIM_ROUTE = re.compile(fold_pattern(PRIZE_CLAIM_ROUTE))
_NO_FEE_STATEMENT = re.compile(fold_pattern(NO_FEE_STATEMENT))
_REMOTE_OFFICE_CHORE = re.compile(fold_pattern(REMOTE_OFFICE_CHORE))
_REMOTE_SCAM_CONTEXT = re.compile(fold_pattern(REMOTE_SCAM_CONTEXT))
_FEE_DEDUCTED = re.compile(fold_pattern(FEE_DEDUCTED))
_FEE_NOT_DEDUCTED = re.compile(fold_pattern(FEE_NOT_DEDUCTED))
_LOCKED_BY_WRONG_ENTRY = re.compile(fold_pattern(LOCKED_BY_WRONG_ENTRY))
_LINK_IN_MESSAGE = re.compile(fold_pattern(LINK_IN_MESSAGE))
_LINK_OR_PRIVATE_NUMBER = re.compile(fold_pattern(LINK_OR_PRIVATE_NUMBER))
_LOCK_ROUTE = re.compile(fold_pattern(LOCK_ROUTE))
_UNLOCK_IN_APP = re.compile(fold_pattern(UNLOCK_IN_APP))
_LINK_ONLY = re.compile(fold_pattern(LINK_ONLY))
_CODE_GIVEN_OR_BOOKING = re.compile(fold_pattern(CODE_GIVEN_OR_BOOKING))
_RESEND_CODE = re.compile(fold_pattern(RESEND_CODE))
_RESEND_CHANNEL = re.compile(fold_pattern(RESEND_CHANNEL))
_RESEND_TO_PERSON = re.compile(fold_pattern(RESEND_TO_PERSON))
_SPEND_AT_SHOP = re.compile(fold_pattern(SPEND_AT_SHOP))
_SPEND_REWARD = re.compile(fold_pattern(SPEND_REWARD))
_CODE_TO_READER = re.compile(fold_pattern(CODE_TO_READER))
_CODE_PASSED_ON = re.compile(fold_pattern(CODE_PASSED_ON))
_OWN_ACCOUNT_NEWS = re.compile(fold_pattern(OWN_ACCOUNT_NEWS))
_OWN_ACCOUNT_DONE = re.compile(fold_pattern(OWN_ACCOUNT_DONE))
_OWN_ACCOUNT_PLEA = re.compile(fold_pattern(OWN_ACCOUNT_PLEA))
_LOGIN_PASSWORD_ENTRY = re.compile(fold_pattern(LOGIN_PASSWORD_ENTRY))
_LOGIN_LINK = re.compile(fold_pattern(LOGIN_LINK))
# How far back a Thai institution's policy negation (``POLICY_NEGATION_TH``: "ธนาคารจะไม่มีนโยบาย … ขอให้ท่าน …")
# governs a request of its sentence, unless a new request to the reader opens between (``POLICY_BREAK_TH``).
_POLICY_REACH_TH = 120
_POLICY_NEGATION_TH = re.compile(fold_pattern(POLICY_NEGATION_TH))
_POLICY_BREAK_TH = re.compile(fold_pattern(POLICY_BREAK_TH))
# How far back a Thai scammer-subject (``SCAM_AGENT_TH``) governs the requests of its sentence.
_AGENT_REACH_TH = 90
# A code word just before a payment match ("TAC for", "OTP untuk", "mã OTP giao dịch"): with ``CODE_IS`` after it,
# the message delivers the code for that payment.
# (Public Bank calls its transaction code a PAC: "Your PAC for fund transfer RM2,000.00 … is 559201".)
_CODE_WORD = re.compile(fold_pattern(r"\b(?:tac|pac|otp|code|kod|kode|mã|pin)\b|验证码|รหัส|رمز"))
# A code the message itself gives, with a colon ("Mã nhận hàng: 4471"); ``CODE_IS`` covers "mã ... là 4821".
_CODE_COLON = re.compile(
    fold_pattern(
        r"(?:\b(?:tac|pac|otp|code|kod|kode|mã|pin)\b|验证码|รหัส)[^\d.!?\n]{0,20}[:：]\s*"
        r"(?<!\d)(?:\d[ -]?){3,7}\d(?!\d)"
    )
)
_TXN_CODE_GIVEN = re.compile(fold_pattern(TXN_CODE_GIVEN))
_SECRET_SIGNALS = frozenset({SignalType.OTP_REQUEST, SignalType.PASSWORD_REQUEST})
_LURE_SIGNALS = frozenset({SignalType.PRIZE_LURE, SignalType.INVESTMENT_LURE})
# The requests a warning about the writer's hijacked account names as the hijacker's (``_hijack_warning``).
_HIJACKER_SIGNALS = _SECRET_SIGNALS | {SignalType.PAYMENT_REQUEST}
# How far back (in characters) a negation may open the clause of a request, per script; policy statements
# ("we will never ask for …") reach back to the start of the sentence, up to _SENTENCE_REACH characters
# (less in Thai, whose compact form has no sentence punctuation to stop at).
_LOOKBACK = {"latin": 48, "arabic": 36, "han": 10, "thai": 16, "any": 48}
_SENTENCE_REACH = {"latin": 120, "arabic": 100, "han": 30, "thai": 40, "any": 120}


def _claim_route(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` gives a way to claim a prize (``PRIZE_CLAIM_ROUTE``) outside the shop's statement that it
    charges nothing (``NO_FEE_STATEMENT``: "không thu phí nhận thưởng" names the fee it does not ask)."""
    hi = len(text) if hi is None else hi
    free = [m.span() for m in _NO_FEE_STATEMENT.finditer(text)]
    return any(
        not any(a <= r.start() and r.end() <= b for a, b in free) for r in _PRIZE_CLAIM_ROUTE.finditer(text, lo, hi)
    )


@dataclass(frozen=True, slots=True)
class _Detector:
    signal: SignalType
    script: str
    regex: re.Pattern[str]  # all of the detector's patterns as one alternation
    gate: re.Pattern[str] | None  # cheap literal prefilter (see prefilter.py); None = always run
    patterns: tuple[str, ...]  # the alternatives of ``regex``, in order
    offset: int  # bit of ``patterns[0]`` in the gate scan (``_FOLDED_GATES`` / ``_COMPACT_GATES``)
    all_bits: int  # (1 << len(patterns)) - 1


_COMPACT_SCRIPTS = ("thai", "han")  # matched against the compact text (no spaces next to Thai/Han)


def _alternation(patterns: list[str] | tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _compile() -> list[_Detector]:
    detectors: list[_Detector] = []
    offset = 0
    for signal, by_lang in PATTERNS.items():
        grouped: dict[str, list[str]] = {}
        for lang, patterns in by_lang.items():
            script = "any" if lang == "any" else _SCRIPT_OF_LANG[lang]
            for p in patterns:  # each top-level alternative on its own: gated by its own literals (same matches)
                grouped.setdefault(script, []).extend(prefilter.alternatives(fold_pattern(p)) or [fold_pattern(p)])
        for script, patterns in grouped.items():
            regex = re.compile(_alternation(patterns))
            detectors.append(
                _Detector(
                    signal, script, regex, prefilter.gate(patterns), tuple(patterns), offset, (1 << len(patterns)) - 1
                )
            )
            offset += len(patterns)
    return detectors


_DETECTORS = _compile()


def _gate_index(compact_form: bool) -> prefilter.GateIndex:
    """One gate scan per text form, with one bit per *pattern*: a pattern whose literals are absent cannot
    match, so leaving it out of the alternation changes no match (leftmost-first stays leftmost-first) and a
    detector runs only the few patterns that can match. Patterns of the other form count as ungated, so the
    two forms' answers combine with ``&``."""
    gates: list[list[frozenset[str]] | None] = []
    for det in _DETECTORS:
        mine = (det.script in _COMPACT_SCRIPTS) == compact_form
        gates.extend(prefilter.required_clauses(p) if mine else None for p in det.patterns)
    return prefilter.GateIndex(gates)


_FOLDED_GATES = _gate_index(compact_form=False)
_COMPACT_GATES = _gate_index(compact_form=True)
_DETECTOR_OF_BIT = [k for k, det in enumerate(_DETECTORS) for _ in det.patterns]
_FOLDED_FORM_BITS = sum(det.all_bits << det.offset for det in _DETECTORS if det.script not in _COMPACT_SCRIPTS)


def _first_chars(items: list[Any]) -> set[str] | None:
    """The characters every match of the parsed sequence ``items`` starts with; ``None`` when that is not known
    for sure (a zero-width or optional first item, a class with a category or a negation, ...)."""
    if not items:
        return None
    op, av = items[0]
    if op is sre_c.LITERAL:
        return {chr(av)}
    if op is sre_c.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is sre_c.LITERAL:
                chars.add(chr(item_av))
            elif item_op is sre_c.RANGE and item_av[1] - item_av[0] < 512:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            else:
                return None
        return chars
    if op is sre_c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _first_chars(list(sub))
    if op is sre_c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            first = _first_chars(list(alternative))
            if first is None:
                return None
            found |= first
        return found
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
        return _first_chars(list(av[2]))
    return None


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern (``\\b`` lies between such a character and any other)."""
    return ch.isalnum() or ch == "_"


def _without_leading_boundary(pattern: str) -> str | None:
    """``pattern`` without its leading ``\\b`` when every match starts with a word character: the boundary is
    then just "the character before the match is not a word character", which ``_bounded_search`` checks. Python's
    regex engine skips quickly to the possible first characters of a pattern, but not when it starts with
    ``\\b``: it then tries the whole pattern at every position of the text."""
    if not pattern.startswith("\\b"):
        return None
    items = list(sre_parse.parse(pattern))
    if not items or items[0] != (sre_c.AT, sre_c.AT_BOUNDARY):
        return None
    first = _first_chars(items[1:])
    if not first or not all(_is_word_char(ch) for ch in first):
        return None
    return pattern[2:]


def _pattern_regex(pattern: str) -> tuple[re.Pattern[str], bool]:
    """A pattern on its own, and whether ``_bounded_search`` must check the word boundary before its matches."""
    stripped = _without_leading_boundary(pattern)
    if stripped is None:
        return re.compile(_alternation([pattern])), False
    return re.compile(_alternation([stripped])), True


def _bounded_search(regex: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """The first match of ``regex.search(text, pos)`` not preceded by a word character: what the pattern with its
    leading ``\\b`` finds."""
    m = regex.search(text, pos)
    while m is not None and m.start() > 0 and _is_word_char(text[m.start() - 1]):
        m = regex.search(text, m.start() + 1)
    return m


# Each pattern on its own, compiled once at import like the detectors (compiling them lazily put a few
# hundred milliseconds of regex compilation into the first batch).
_PATTERN_REGEXES = [[_pattern_regex(p) for p in det.patterns] for det in _DETECTORS]
# ... and each one's search from a position (``prefilter.Search``), with the word-boundary check where needed.
_PATTERN_SEARCHES: list[list[prefilter.Search]] = [
    [partial(_bounded_search, regex) if boundary else regex.search for regex, boundary in own]
    for own in _PATTERN_REGEXES
]


@lru_cache(maxsize=1024)
def _partial_regex(detector: int, bits: int) -> re.Pattern[str]:
    det = _DETECTORS[detector]
    return re.compile(_alternation([p for i, p in enumerate(det.patterns) if (bits >> i) & 1]))


# Detectors with a pattern that can match the empty string keep the exact finditer semantics of a compiled
# alternation (empty matches advance differently); for the others, ``_matches`` merges single patterns.
_MAY_MATCH_EMPTY = frozenset(
    k for k, det in enumerate(_DETECTORS) if any(sre_parse.parse(p).getwidth()[0] == 0 for p in det.patterns)
)


def _matches(k: int, det: _Detector, bits: int, text: str) -> Iterator[re.Match[str]]:
    """``finditer`` of the alternation of the open patterns ``bits`` of detector ``k``, without compiling it.

    An alternation's next match is the one starting first, and at equal starts the earliest alternative's:
    the same as the earliest of each pattern's own next match (ties to the lower index). Compiling an
    alternation per combination of open patterns cost more than the matching on a cold batch."""
    if bits == det.all_bits and bits != 1:  # a lone pattern takes the per-pattern path (boundary fast path)
        yield from det.regex.finditer(text)
        return
    if k in _MAY_MATCH_EMPTY:
        yield from _partial_regex(k, bits).finditer(text)
        return
    picked = []
    while bits:  # the set bits only, lowest first (pattern order): usually one or two of many patterns
        low = bits & -bits
        picked.append(low.bit_length() - 1)
        bits ^= low
    if len(picked) == 1 and not _PATTERN_REGEXES[k][picked[0]][1]:
        yield from _PATTERN_REGEXES[k][picked[0]][0].finditer(text)
        return
    own = _PATTERN_SEARCHES[k]
    yield from prefilter.earliest_each([own[i] for i in picked], text)


_LATIN = re.compile(r"[a-z]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")


def scripts_present(folded: str) -> set[str]:
    """Scripts in folded text (already lower-case, so Latin letters are a-z)."""
    scripts = {"any"}
    if _LATIN.search(folded):
        scripts.add("latin")
    if not folded.isascii():
        if _THAI.search(folded):
            scripts.add("thai")
        if _ARABIC.search(folded):
            scripts.add("arabic")
        if _HAN.search(folded):
            scripts.add("han")
    return scripts


def _clause(text: str, start: int, reach: int) -> str:
    window = text[max(0, start - reach) : start]
    # (searched one character further, so that a dot just before the match sees the letter after it)
    ends = [m.end() for m in _SENTENCE_END.finditer(text[max(0, start - reach) : start + 1]) if m.end() <= len(window)]
    return window[ends[-1] :] if ends else window


def _sentence_of(text: str, start: int, end: int, reach: int) -> str:
    """The match's sentence: its clause before (up to ``reach`` characters), the match, and the rest of its sentence."""
    stop = _SENTENCE_END.search(text, end, end + 120)
    return _clause(text, start, reach) + text[start : stop.start() if stop else end + 120]


def _sentence_after(text: str, end: int) -> str:
    """The rest of the match's sentence and the sentence after it, within 80 characters ("… asking for gift cards.
    Scam tu, jangan layan")."""
    window = text[end : end + 80]
    stop = _SENTENCE_END.search(window)
    if stop is None:
        return window
    second = _SENTENCE_END.search(window, stop.end())
    return window[: second.start()] if second else window


_VI_NOT = frozenset({"khong", "ko"})  # the folded Vietnamese negations that STATE_NEGATION may show to be a state


@lru_cache(maxsize=16)  # asked again for every request match of the same text
def _negation_for(text: str, original: str | None = None) -> _SplitRegex:
    """The negation to look for in ``text``: Vietnamese "ko" (= không) is not one in Tagalog ("napindot ko"), nor
    Indonesian "gak" in Arabizi ("el code elly gak 3ala el mobile", came to you; read from the digits as written)."""
    if langid.looks_arabizi(original if original is not None else text):
        return _NEGATION_FOR_ARABIZI
    return _NEGATION_WITHOUT_VI_KO if _find(_TAGALOG, text) else _NEGATION


def _spelled_otherwise(written: str, wanted: str) -> bool:
    """Whether words the user wrote with tone marks are not ``wanted`` though they fold to it: "dùng" (use) is not
    "đừng" (don't), "Phát" is not "phạt". Words written without marks may be either."""
    return not written.isascii() and unicodedata.normalize("NFC", written.lower()) != wanted


def _negation_in(text: str, lo: int, hi: int, evidence: _Evidence | None = None, compacted: bool = False) -> bool:
    """Whether ``text[lo:hi]`` (searched on its own, as a clause or a match) holds a negation that governs a request:
    not a Thai "ไม่" or Vietnamese "không" of a described state (``STATE_NEGATION``: "แอปเข้าไม่ได้ ช่วยโอน…", "gọi
    anh không nghe máy, anh ck giúp em…"), nor a folded word whose accented original is another word
    (``ACCENTED_NEGATION_WORDS``: "dùng", use, is not "đừng", don't)."""
    segment = text[lo:hi]
    states: list[tuple[int, int]] | None = None
    for m in _negation_for(text, evidence.original if evidence is not None else None).finditer(segment, text):
        if "ไม่" in m.group(0) or m.group(0) in _VI_NOT:
            if states is None:
                # read on past the segment: "ยังไม่|ต้องโอน" is "no need to transfer yet", not "not yet"
                states = (
                    [s.span() for s in _STATE_NEGATION.finditer(text[lo : hi + 12])]
                    if _may(_STATE_NEGATION, text)
                    else []
                )
            if any(a <= m.start() < b for a, b in states):
                continue
        wanted = ACCENTED_NEGATION_WORDS.get(m.group(0))
        if (
            wanted is not None
            and evidence is not None
            and _spelled_otherwise(evidence.text(compacted, lo + m.start(), lo + m.end(), m.group(0)), wanted)
        ):
            continue
        return True
    return False


def _scope_end(text: str, lo: int, hi: int, evidence: _Evidence | None = None, compacted: bool = False) -> int:
    """Where, in ``text[lo:hi]``, the last clause that a negation before it does not govern begins (``lo`` if none):
    after a comma, a new request or "and then" (``NEGATION_SCOPE_END``); in Thai, a new phrase opened by a request
    word (``NEGATION_SCOPE_END_TH``, after a space as written). A negated list that goes on to "or" and a request
    verb before its sentence ends (``NEGATED_LIST``), or with an "or" before the request (``LIST_OR``), is one clause:
    "do not share your OTP, click links or install", "we never call, text or email to ask for your PIN"; and so is a
    description of what scammers do (``SCAM_DESCRIBED``)."""
    # (searched a little past ``hi``: the request verb that the lookahead reads may open the match itself)
    ends = [m for m in _NEGATION_SCOPE_END.finditer(text, lo, hi + 40) if m.end() <= hi]
    cut = max((m.end() for m in ends), default=lo)
    # (the list check reads from the comma: the scope end may have taken a folded "hay", or / "hãy", please)
    rest_from = max((m.start() + 1 for m in ends if m.end() == cut), default=cut)
    for m in _NEGATION_SCOPE_END_TH.finditer(text, lo, hi) if _may(_NEGATION_SCOPE_END_TH, text) else ():
        if m.start() > cut and _spaced_before(text, m.start(), evidence, compacted):
            cut = rest_from = m.start()
    if cut == lo:
        return lo
    rest = text[rest_from : rest_from + 160]
    stop = _SENTENCE_END.search(rest)
    if (
        _continues_list(rest[: stop.start()] if stop else rest, rest_from, evidence, compacted)
        or _LIST_OR.search(text, cut, hi)
        or _find(_SCAM_DESCRIBED, text, lo, cut)
    ):
        return lo
    return cut


def _continues_list(rest: str, cut: int, evidence: _Evidence | None, compacted: bool) -> bool:
    """Whether the clause ``rest`` (from ``cut``) goes on with a negated list (``NEGATED_LIST``). Folded Vietnamese
    "hay" is "or" and also "hãy" (please do): opening the clause, or written "hãy", it starts a new request ("Không
    cần lo, hãy gửi mã cho em"), not one more item of the list ("không gọi điện hay gửi tin nhắn")."""
    for m in _NEGATED_LIST.finditer(rest):
        if m.group(0).startswith("hay"):
            written = "hay"
            if evidence is not None and evidence.original is not None:
                written = unicodedata.normalize(
                    "NFC", evidence.text(compacted, cut + m.start(), cut + m.start() + 3, "hay").lower()
                )
            if written == "hãy":
                continue  # spelt as the request word
            opens_clause = not rest[: m.start()].strip(" ,:-")
            if opens_clause and (evidence is None or evidence.original is None or evidence.original.isascii()):
                continue  # unmarked text: "hay" opening the clause after the comma reads as "hãy"
        return True
    return False


def _spaced_before(text: str, pos: int, evidence: _Evidence | None, compacted: bool) -> bool:
    """Whether the user wrote a space between Thai words just before ``text[pos]`` (the compact text drops spaces
    between Thai words). Thai writers space around a Latin word wherever it stands ("ส่ง SMS ให้แอดไลน์", send an SMS
    telling you to add LINE), so a space after one ends no phrase."""
    if not compacted:
        return pos > 1 and text[pos - 1] == " " and _THAI.match(text, pos - 2) is not None
    if evidence is None:
        return False
    return evidence.spaced_before(pos)


def _clause_start(text: str, start: int, reach: int) -> int:
    """Where ``_clause(text, start, reach)`` begins in ``text``."""
    return start - len(_clause(text, start, reach))


def _negated(
    text: str,
    start: int,
    script: str,
    end: int | None = None,
    evidence: _Evidence | None = None,
    compacted: bool = False,
) -> bool:
    sentence = _clause(text, start, _SENTENCE_REACH[script])
    # "we never ask for your OTP, except through our agent": a negation's reach ends at a contrast word
    sentence = sentence[max((m.end() for m in _CONTRAST.finditer(sentence, text)), default=0) :]
    # "Do not tell anyone, install AnyDesk now": nor past a new request after a comma (``_scope_end``)
    sentence = text[_scope_end(text, start - len(sentence), start, evidence, compacted) : start]
    clause_start = max(_clause_start(text, start, _LOOKBACK[script]), start - len(sentence))
    if _negation_in(text, clause_start, start, evidence, compacted) or (_find(_SCAM_TACTIC, text, clause_start, start)):
        return True
    if _COORDINATED_NEGATION.search(sentence):
        return True
    if script == "thai" and _may(_SCAM_AGENT_TH, text) and _SCAM_AGENT_TH.search(_clause(text, start, _AGENT_REACH_TH)):
        return True  # "มิจฉาชีพแอบอ้าง…โทรหาลูกค้าให้ติดตั้งแอปรีโมท": the scammer's request, told in a warning
    if script == "thai" and _policy_negated_th(text, start):
        return True  # "ธนาคารจะไม่มีนโยบายส่ง SMS แนบลิงก์เพื่อขอให้ท่านกรอกรหัส OTP": a long policy clause
    opening = _LIST_OPENING.search(text, max(0, start - 150), start)
    if (
        opening is not None
        and opening.start() < start
        and _negated(text, opening.start(), script, None, evidence, compacted)
    ):
        return True  # "KHÔNG cài … (AnyDesk, TeamViewer": an item of a list whose words before it are negated
    if end is not None and _may(_SCAM_STATEMENT, text) and _SCAM_STATEMENT.search(_sentence_after(text, end)):
        return True
    if end is not None and _conditional_refused(text, start, end, script, evidence, compacted):
        return True  # "If someone calls from the bank and asks you to install AnyDesk, hang up": told, then refused
    return _may(_STRONG_NEGATION, text) and _STRONG_NEGATION.search(sentence) is not None


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches``, or ``None`` when there is none."""
    last = None
    for last in matches:  # noqa: B007 (only the last is kept)
        pass
    return last


# How far back the condition of a refused request (``CONDITIONAL_ASKER``) may open its clause (Thai runs the asker's
# description and a list of requests together without stops).
_CONDITION_REACH = {"latin": 160, "arabic": 140, "han": 50, "thai": 120, "any": 160}


def _conditional_refused(
    text: str, start: int, end: int, script: str, evidence: _Evidence | None, compacted: bool
) -> bool:
    """Whether the request at ``text[start:end]`` is what a third party asks in a warning's condition (``CONDITIONAL_
    ASKER``: "if someone calls … and asks you to …", "หากผู้ขายให้…", "لو حد كلمك وطلب…"), the condition opening its clause
    (no new request, contrast word or, in Thai, new request to the reader between them), and the reader is told right
    after it to refuse, hang up or report (``REFUSED_AFTER``)."""
    if not _may(_CONDITIONAL_ASKER, text) or not _may(_REFUSED_AFTER, text):
        return False
    if not _REFUSED_AFTER.search(_sentence_after(text, end)):
        return False
    window_start = _clause_start(text, start, _CONDITION_REACH[script])
    last = _last(_CONDITIONAL_ASKER.finditer(text, window_start, start))  # (the last one governs)
    if last is None:
        return False
    between = text[last.end() : start]
    if _CONTRAST.regex.search(between) or (script == "thai" and _POLICY_BREAK_TH.search(between)):
        return False
    return _scope_end(text, last.start(), start, evidence, compacted) == last.start()


def _policy_negated_th(text: str, start: int) -> bool:
    """Whether a Thai policy negation (``POLICY_NEGATION_TH``) within ``_POLICY_REACH_TH`` characters before ``start``
    governs it: no contrast word and no new request to the reader (``POLICY_BREAK_TH``) between them."""
    if "ไม่" not in text:
        return False
    window = _clause(text, start, _POLICY_REACH_TH)
    window = window[max((m.end() for m in _CONTRAST.finditer(window, text)), default=0) :]
    last = _last(_POLICY_NEGATION_TH.finditer(window))  # (the last one governs)
    return last is not None and _POLICY_BREAK_TH.search(window, last.end()) is None


@lru_cache(maxsize=16)  # asked again for every match of the same text
def _hijack_warning(text: str) -> bool:
    """Whether the message warns that the writer's own account was taken over and that whoever asks through it must
    get nothing ("اللي هيطلب منكم كود من رقمي اعرفوا إن الواتساب بتاعي اتسرق، متبعتوش أي حاجة", "WA aku dibajak, kalau
    ada yang minta kode atau pinjam uang, jangan kirim"): a request it names is the hijacker's, warned about."""
    return bool(_HIJACKED_ACCOUNT.search(text) and _ANYONE_ASKS.search(text) and _DONT_SEND.search(text))


def _code_sent_to_reader(text: str, m: re.Match[str], evidence: _Evidence, compacted: bool) -> bool:
    """Whether a Chinese code-request match tells the reader that a code will be sent to them
    ("系统会发送一个6位数验证码到您的手机", ``CODE_TO_READER`` overlapping the match) and the message asks nowhere,
    outside a negation, for a code to be passed to a person (``CODE_PASSED_ON``: "…你报给我", not "请勿告诉客服")."""
    if not any(
        h.start() <= m.end() and h.end() >= m.start()
        for h in _CODE_TO_READER.finditer(text, max(0, m.start() - 14), m.end() + 10)
    ):
        return False
    return all(
        _negated(text, h.start(), "han", h.end(), evidence, compacted)
        or _negation_in(text, h.start(), h.end(), evidence, compacted)  # ("请勿告诉": the negation inside the ask)
        for h in _CODE_PASSED_ON.finditer(text)
    )


_WORD = re.compile(r"\w+")
_REPORTED_QUOTE = re.compile(fold_pattern(REPORTED_QUOTE))


def _in_reported_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quoted message the writer reports receiving (``REPORTED_QUOTE``)."""
    if not any(q in text for q in '"“「«') or not _may(_REPORTED_QUOTE, text):
        return False
    return any(q.start(1) <= start and end <= q.end(1) for q in _REPORTED_QUOTE.finditer(text))


# A quotation in any of the marks people use; an apostrophe inside a word ("don't") opens or closes none.
_QUOTED = re.compile(
    r'"([^"\n]{3,200})"|“([^”“\n]{3,200})”|«([^»\n]{3,200})»|「([^」\n]{3,200})」|『([^』\n]{3,200})』|‘([^’\n]{3,200})’|'
    r"(?<!\w)'([^'\n]{3,200})'(?!\w)"
)
_SCAM_NAMED = prefilter.Gated(fold_pattern(SCAM_NAMED))


@lru_cache(maxsize=16)  # asked again for every match of the same text
def _quotes_of_warning(text: str) -> tuple[tuple[int, int], ...]:
    """The quotations of a message that warns about a scam (names it as fake or phishing, or gives anti-scam advice:
    ``SCAM_NAMED``, ``ADVISORY``): 'fake messages saying "your card is stopped, click the link"', "jangan buka file
    .apk walaupun judulnya 'Surat Tilang'". What they hold is the scam's wording, not this message's."""
    if not any(q in text for q in "\"“«「『‘'") or not (_SCAM_NAMED.search(text) or _ADVISORY.search(text)):
        return ()
    return tuple(q.span(q.lastindex or 0) for q in _QUOTED.finditer(text))


def _in_warned_quote(text: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in _quotes_of_warning(text))


_ADVISORY_FRAME = prefilter.Gated(fold_pattern(ADVISORY_FRAMES))
_FRAME_REACH = {"latin": 160, "arabic": 140, "han": 50, "thai": 60, "any": 160}


def _framed_by_advisory(text: str, start: int, end: int, script: str) -> bool:
    """Whether the sentence of ``text[start:end]`` is an advisory that names the scam's words (``ADVISORY_FRAMES``:
    "scammers may say your account will be locked", "警惕冒充客服要求转账", "… adalah penipuan"): the frame may stand
    before or after the match, but in its sentence (Thai, written without stops, within a short reach), so a bare
    "Beware of scams!" before a request of the scam's own does not cover it."""
    if not _ADVISORY_FRAME.search(text):
        return False
    reach = _FRAME_REACH[script]
    before = _clause(text, start, reach)
    window = text[end : end + reach]
    stop = _SENTENCE_END.search(window)
    after = window[: stop.start()] if stop else window
    # "Bank tidak pernah meminta akses, tapi kali ini silakan install AnyDesk": a contrast word ends the frame's reach
    before = before[max((c.end() for c in _CONTRAST.finditer(before, text)), default=0) :]
    after = after[: next((c.start() for c in _CONTRAST.finditer(after, text)), len(after))]
    sentence = before + text[start:end] + after
    return _ADVISORY_FRAME.search(sentence) is not None


_FAKE_BEFORE = re.compile(fold_pattern(FAKE_BEFORE))
_FAKE_WORD = re.compile(fold_pattern(FAKE_WORD))
_NOT_FAKE = re.compile(fold_pattern(NOT_FAKE))


def _called_fake(text: str, start: int, end: int, script: str) -> bool:
    """Whether a lure match is qualified as fake ("假投资群", "grup investasi bodong"), and not denied to be ("bukan
    investasi bodong"): the lure a warning is about."""
    if not (_FAKE_BEFORE.search(text[max(0, start - 8) : start]) or _FAKE_WORD.search(text[start : end + 12])):
        return False
    return _NOT_FAKE.search(_clause(text, start, _LOOKBACK[script])) is None


_ORDINARY_INTRO = re.compile(fold_pattern(ORDINARY_INTRO))
_INTRO_ASK = prefilter.Gated(fold_pattern(INTRO_ASK))
_FAKE_EXAMPLE = re.compile(fold_pattern(FAKE_EXAMPLE))
_OWN_TRANSFER = re.compile(fold_pattern(OWN_TRANSFER))
_DISCOUNT_CODE = re.compile(fold_pattern(DISCOUNT_CODE))
_CODE_TO_FRIEND = re.compile(fold_pattern(CODE_TO_FRIEND))
_IN_PERSON_PRIZE = prefilter.Gated(fold_pattern(IN_PERSON_PRIZE))
_MAINTENANCE_OUTAGE = prefilter.Gated(fold_pattern(MAINTENANCE_OUTAGE))
_MAINTENANCE_WINDOW = prefilter.Gated(fold_pattern(MAINTENANCE_WINDOW))
_MAINTENANCE_ASK = prefilter.Gated(fold_pattern(MAINTENANCE_ASK))
_PAY_VERB_FIRST = re.compile(r"\s*(?:transfer|tf|trf|bayar|pay|send|membayar|memindahkan|pindahkan)\b")


_REPORTED_CALL = prefilter.Gated(fold_pattern(REPORTED_CALL))
_ADVISORY = prefilter.Gated(fold_pattern(ADVISORY))
_REPORT_DISMISSED = prefilter.Gated(fold_pattern(REPORT_DISMISSED))


def _in_reported_call(text: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` retells, in the same sentence, a call or message someone received
    (``REPORTED_CALL``, opening within 160 characters before it: "يقول" may hold the start of the match), in a
    message whose writer says they did not go along or warns the reader (``REPORT_DISMISSED``)."""
    if not _may(_REPORTED_CALL, text):
        return False
    window = _clause(text, start, 160) + text[start:end]
    return _REPORTED_CALL.search(window) is not None and _report_dismissed(text)


@lru_cache(maxsize=16)  # the same for every match of a text
def _report_dismissed(text: str) -> bool:
    return _REPORT_DISMISSED.search(text) is not None


_ACCENTED_PHRASES = [
    (tuple(key.split()), tuple(wanted.split())) for key, wanted in ACCENTED_THREAT_WORDS.items() if " " in key
]


def _other_accents(quoted: str) -> bool:
    """Whether the quoted words spell, with tone marks written, a different word than the threat word they fold
    to ("Phát" is not "phạt"); see ``lexicon.ACCENTED_THREAT_WORDS``."""
    if quoted.isascii():
        return False
    words = _WORD.findall(unicodedata.normalize("NFC", quoted.lower()))
    folded = [normalize.fold(word) for word in words]
    for word, plain in zip(words, folded, strict=True):
        wanted = ACCENTED_THREAT_WORDS.get(plain)
        if wanted is not None and _spelled_otherwise(word, wanted):
            return True
    for key, spelled in _ACCENTED_PHRASES:  # "nhắn qua", "nhận qua" are not "nhận quà"
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(folded[i : i + n]) != key:
                continue
            written = words[i : i + n]
            if any(not w.isascii() for w in written) and tuple(written) != spelled:
                return True
    return False


def _other_request_word(quoted: str) -> bool:
    """Whether a request match written with tone marks opens with a word that only folds to the request word
    ("Mọi khoản thanh toán" is not "mời … thanh toán"); see ``lexicon.ACCENTED_REQUEST_WORDS``."""
    if quoted.isascii():
        return False
    first = _WORD.match(unicodedata.normalize("NFC", quoted.lower()))
    if first is None:
        return False
    wanted = ACCENTED_REQUEST_WORDS.get(normalize.fold(first.group(0)))
    return wanted is not None and first.group(0) != wanted


class _Evidence:
    """Maps a match in folded/compact text back to the user's own words (computed once, only if needed)."""

    def __init__(self, original: str | None, folded: str) -> None:
        self.original = original
        self.folded = folded
        self._maps: dict[bool, tuple[str, list[int]]] | None = None

    def _offsets(self, compacted: bool) -> tuple[str, list[int]]:
        assert self.original is not None
        if self._maps is None:
            f, f_map = normalize.fold_with_offsets(self.original)
            c, c_map = normalize.compact_with_offsets(f, f_map)
            self._maps = {False: (f, f_map), True: (c, c_map)}
        return self._maps[compacted]

    def spaced_before(self, pos: int) -> bool:
        """Whether the original text has whitespace just after a Thai letter before compact position ``pos``."""
        if self.original is None:
            return False
        _, origin = self._offsets(True)
        o = origin[pos] if 0 < pos < len(origin) else 0
        return o > 1 and self.original[o - 1].isspace() and _THAI.match(self.original, o - 2) is not None

    def text(self, compacted: bool, start: int, end: int, fallback: str) -> str:
        if self.original is None:
            return fallback
        if not compacted and len(self.folded) == len(self.original) and normalize.folds_one_to_one(self.original):
            # Each character folded to one character and no whitespace run collapsed (the lengths agree), so
            # folded position i came from original position i: no offset map is needed.
            return self.original[start:end]
        text, origin = self._offsets(compacted)
        if end > len(origin) or (text[start:end] != fallback and fallback not in text):
            return fallback
        return self.original[origin[start] : origin[end - 1] + 1]


# Rule patterns searched around a detector's match whose literal requirements (``prefilter.required_clauses``) are
# missing from most texts: one scan per text (``_rules_open``) tells which of them can match anywhere in it, and
# searching the others is skipped. Their searches only ever cover part of the text (a window, a clause, the match),
# and a part holds no literal the whole text lacks, so no result changes.
_GATED_RULES: tuple[re.Pattern[str] | prefilter.Gated, ...] = (
    _TAGALOG,
    _STATE_NEGATION,
    _NEGATION_SCOPE_END_TH,
    _SCAM_DESCRIBED,
    _CONDITIONAL_ASKER,
    _REFUSED_AFTER,
    _SCAM_TACTIC,
    _SCAM_AGENT_TH,
    _SCAM_STATEMENT,
    _STRONG_NEGATION,
    _REPORTED_QUOTE,
    _REPORTED_CALL,
    _WRONG_ENTRY,
    _CODE_COLON,
    _CODE_ENTRY,
    _SHARED_SPEND,
    _ALREADY_PAID,
    _CODE_WORD,
    _OWN_WIN,
    _PURCHASE_DRAW,
    _REMOTE_OFFICE_CHORE,
    _FEE_DEDUCTED,
    _LOCKED_BY_WRONG_ENTRY,
    _CODE_GIVEN_OR_BOOKING,
    _ORDINARY_INTRO,
    _DISCOUNT_CODE,
    _IN_PERSON_PRIZE,
    _MAINTENANCE_OUTAGE,
    _FAKE_EXAMPLE,
)


def _rule_pattern(rule: re.Pattern[str] | prefilter.Gated) -> str:
    return rule.regex.pattern if isinstance(rule, prefilter.Gated) else rule.pattern


_RULE_GATES = prefilter.GateIndex([prefilter.required_clauses(_rule_pattern(rule)) for rule in _GATED_RULES])
_RULE_BIT = {id(rule): 1 << k for k, rule in enumerate(_GATED_RULES)}


@lru_cache(maxsize=16)  # asked again for every match of the same text
def _rules_open(text: str) -> int:
    return _RULE_GATES.open(text)


def _may(rule: re.Pattern[str] | prefilter.Gated, text: str) -> bool:
    """Whether ``rule`` (one of ``_GATED_RULES``) may match somewhere in ``text``; if not, no part of it matches."""
    return bool(_rules_open(text) & _RULE_BIT[id(rule)])


def _find(
    rule: re.Pattern[str] | prefilter.Gated, text: str, lo: int = 0, hi: int | None = None
) -> re.Match[str] | None:
    """``rule.search(text, lo, hi)`` (the whole text by default), not even tried when ``_may`` says ``rule`` matches
    nowhere in ``text``. Only plain patterns are searched within bounds (``prefilter.Gated.search`` takes none)."""
    if not _may(rule, text):
        return None
    if lo == 0 and hi is None:
        return rule.search(text)
    assert isinstance(rule, re.Pattern)
    return rule.search(text, lo, len(text) if hi is None else hi)


def detect(folded: str, compacted: str, original: str | None = None) -> list[Signal]:
    """All text signals in a message; ``folded``/``compacted`` come from ``normalize``. With ``original``,
    evidence is quoted from the original text rather than its folded form."""
    scripts = scripts_present(folded)
    found: dict[SignalType, Signal] = {}
    evidence = _Evidence(original, folded)
    # One bit per detector pattern that may match (see _gate_index); compact-text detectors run only on
    # Thai/Han text, so their scan is skipped otherwise.
    open_bits = _FOLDED_GATES.open(folded)
    if "thai" in scripts or "han" in scripts:
        open_bits &= _COMPACT_GATES.open(compacted)
    else:
        open_bits &= _FOLDED_FORM_BITS
    # Visit only detectors with an open pattern, in detector order (the lowest set bit first).
    while open_bits:
        k = _DETECTOR_OF_BIT[(open_bits & -open_bits).bit_length() - 1]
        det = _DETECTORS[k]
        bits = (open_bits >> det.offset) & det.all_bits
        open_bits &= ~(det.all_bits << det.offset)
        if det.script not in scripts or det.signal in found:
            continue
        compact_form = det.script in _COMPACT_SCRIPTS
        text = compacted if compact_form else folded
        for m in _matches(k, det, bits, text):
            if det.signal in REQUEST_SIGNALS:
                # a match that runs across the start of a new request ("beritahu sesiapa, tolong bagi kod") is
                # that request's: judged from where it starts
                own = _scope_end(text, m.start(), m.end(), evidence, compact_form)
                if _negated(text, own, det.script, m.end(), evidence, compact_form) or _negation_in(
                    text, own, m.end(), evidence, compact_form
                ):
                    continue
            if det.signal in _SECRET_SIGNALS and _find(_WRONG_ENTRY, text, max(0, m.start() - 12), m.end() + 30):
                continue
            if (
                det.signal in _SECRET_SIGNALS
                and _PLACE_SECRET.search(_clause(text, m.start(), 120))
                and not _NAMED_SECRET.search(m.group(0))
            ):
                continue  # "con quên mật khẩu wifi nhà mình rồi, ba nhắn lại con với": the Wi-Fi's, named before
            if det.signal in _SECRET_SIGNALS and _ALREADY_DONE.search(_clause(text, m.start(), _LOOKBACK[det.script])):
                continue  # "kalau dah masukkan password, tukar segera": advice on a secret already given
            if (
                det.signal in _SECRET_SIGNALS
                and det.script == "latin"
                and any(h.start() <= m.start() < h.end() for h in _HANDED_OVER.finditer(text, max(0, m.start() - 100)))
                and not _HANDED_OVER_RISK.search(text)
            ):
                continue  # "em gửi mã vào nhóm nội bộ rồi, anh vào lấy nhé": the writer has handed the secret over
            if det.signal == SignalType.OTP_REQUEST and _CODE_IS.search(text, m.end(), m.end() + 50):
                continue  # "… mã mở khóa của bà là 1 2 0 4": the code is given, not asked for
            if det.signal == SignalType.OTP_REQUEST and (
                _CODE_IS.search(text, max(0, m.start() - 60), m.start())
                or _find(_CODE_COLON, text, max(0, m.start() - 60), m.start())
            ):
                continue  # "Mã giao hàng là 4821, chỉ đọc mã này cho tài xế": the message gave the code it speaks of
            if det.signal == SignalType.OTP_REQUEST and _find(
                _CODE_ENTRY, text, max(m.start(), m.end() - 30), m.end() + 14
            ):
                continue  # "enter code 902118": a code given to type in, not a request for one
            if (
                det.signal == SignalType.OTP_REQUEST
                and det.script == "han"
                and _code_sent_to_reader(text, m, evidence, compact_form)
            ):
                continue  # "系统会发送验证码到您的手机": a code the service will send to the reader, no read-back
            if det.signal == SignalType.PAYMENT_REQUEST and _find(_SHARED_SPEND, text, m.end(), m.end() + 40):
                continue  # "transfer RM25 share makan semalam": the reader's share of a meal both had
            if det.signal in (SignalType.PAYMENT_REQUEST, SignalType.LINK_ACTION) and det.script == "latin":
                shop = _SPEND_AT_SHOP.search(text, m.start(), m.end() + 40)
                if (
                    shop is not None
                    and shop.start() < m.end()
                    and _SPEND_REWARD.search(_sentence_of(text, m.start(), m.end(), _SENTENCE_REACH["latin"]))
                ):
                    continue  # "Cashback 20% untuk bayar di merchant pakai DANA": a promotion's reward for spending
            if (
                det.signal == SignalType.OTP_REQUEST
                and det.script == "latin"
                and _RESEND_CODE.search(text, m.start(), m.end())
            ):
                sentence = _sentence_of(text, m.start(), m.end(), _LOOKBACK["latin"])
                if _RESEND_CHANNEL.search(sentence) and not _RESEND_TO_PERSON.search(sentence):
                    continue  # "silakan kirim ulang kode OTP lewat aplikasi": the app sends it again, to the reader
            if (
                det.signal == SignalType.PAYMENT_REQUEST
                and _ORDER_RECEIVED.search(text, max(0, m.start() - 40), m.start())
                and _ORDER_CHECKED.search(text)
            ):
                continue  # "em nhận email của anh yêu cầu chuyển …, anh gọi lại em xác nhận": an order checked back
            if det.signal == SignalType.PAYMENT_REQUEST and _find(_ALREADY_PAID, text, m.end(), m.end() + 60):
                continue  # (not cut at the sentence end: amounts such as "Rp 15.000" hold a dot)
            if (
                det.signal == SignalType.PAYMENT_REQUEST
                and _CODE_IS.search(text, m.end(), m.end() + 60)
                and _find(_CODE_WORD, text, max(0, m.start() - 40), m.start())
            ):
                continue  # "Your TAC for DuitNow Transfer RM150.00 to X is 590371": the code for a payment, delivered
            if (
                det.signal == SignalType.PAYMENT_REQUEST
                and _find(_CODE_WORD, text, max(0, m.start() - 60), m.start())
                and _CODE_IS.search(text, max(0, m.start() - 50), m.start())
            ):
                continue  # "Your TAC is 773019 for Fund Transfer RM2,000.00": the same, the code given first
            if det.signal == SignalType.PAYMENT_REQUEST and _TXN_CODE_GIVEN.search(
                text[max(0, m.start() - 60) : m.end() + 60]
            ):
                continue  # "TAC 419283 for fund transfer RM1,200.00 to X": the same, the code next to its word
            if det.signal in _HIJACKER_SIGNALS and _hijack_warning(text):
                continue  # "my WhatsApp was stolen; whoever asks you for a code from my number, don't send it"
            if _in_reported_quote(text, m.start(), m.end()):
                continue  # 'got a text saying "pay $2.99 here"': the quoted message's request, not this one's
            if _in_warned_quote(text, m.start(), m.end()):
                continue  # 'beware of fake messages saying "your card is stopped"': the scam's words, quoted
            if det.signal in _LURE_SIGNALS and _called_fake(text, m.start(), m.end(), det.script):
                continue  # "假投资群组常以…": the fake group a warning describes
            if det.signal == SignalType.PRIZE_LURE and _ADVISORY.search(
                _clause(text, m.start(), _LOOKBACK[det.script])
            ):
                continue  # "we will never text you a link to claim a refund", "đừng bấm cái link báo trúng thưởng"
            if (
                det.signal == SignalType.PRIZE_LURE
                and _may(_OWN_WIN, text)
                and _OWN_WIN.search(_clause(text, m.start(), _LOOKBACK[det.script]) + text[m.start() : m.end()])
                and not _OWN_WIN_ROUTE.search(text, m.end(), m.end() + 300)
            ):
                continue  # "gw dapet hadiah undian dari bank pas setor tabungan": the writer's own win, told as news
            if (
                det.signal == SignalType.PRIZE_LURE
                and _find(_PURCHASE_DRAW, text)
                and not _claim_route(text, m.end(), m.end() + 300)
            ):
                continue  # "Spend $80 in store to enter the draw", "已自动存入你的账户": a shop's draw, nothing asked
            if (
                det.signal == SignalType.REMOTE_ACCESS
                and _find(_REMOTE_OFFICE_CHORE, text)
                and not _REMOTE_SCAM_CONTEXT.search(text)
            ):
                continue  # "I'll AnyDesk in at 2 to fix the printer driver": a colleague's remote help
            if (
                det.signal == SignalType.PREMIUM_RATE
                and "club" in text
                and _PREMIUM_SERVICE_CUE.search(m.group(0))
                and _LOYALTY_CLUB.search(text, max(0, m.start() - 40), m.end() + 20)
                and not _PREMIUM_SERVICE_CUE.search(_LOYALTY_CLUB.sub(" ", text[max(0, m.start() - 40) : m.end() + 20]))
            ):
                continue  # "Member Day! 20% off with your Watsons Club card": a shop's loyalty club, no paid service
            if det.signal == SignalType.PREMIUM_RATE and _REPORT_FORWARD.search(text, max(0, m.start() - 60), m.end()):
                continue  # "If you get a suspicious text, forward it to 7726": the scam reported, not a paid service
            if det.signal == SignalType.PAYMENT_REQUEST:
                deducted = _find(_FEE_DEDUCTED, text, m.end(), m.end() + 50)
                if deducted and not _FEE_NOT_DEDUCTED.search(text, m.end(), deducted.start()):
                    continue  # "the processing fee is deducted from your refund": nothing is to be paid
            if (
                det.signal == SignalType.ACCOUNT_THREAT
                and _find(_LOCKED_BY_WRONG_ENTRY, text, max(0, m.start() - 60), m.end() + 80)
                and (  # (a company hotline stays: the checker weighs it; so does a number beside the bank's app)
                    not _LINK_OR_PRIVATE_NUMBER.search(text)
                    or (_UNLOCK_IN_APP.search(text) is not None and not _LINK_ONLY.search(text))
                )
                and not _LOCK_ROUTE.search(text)  # (round 24: calling it, or "nhập sai", is the notice's own)
            ):
                continue  # "Card locked after 3 wrong PINs, unlock it in the app": the holder's own failed entries
            if (
                det.signal == SignalType.LEGAL_THREAT
                and _find(_ALREADY_PAID, text, m.end(), m.end() + 60)
                and not _LINK_IN_MESSAGE.search(text)
            ):
                continue  # "Your traffic summons for WXR 7723 has been paid": a receipt of the fine, nothing owed
            if (
                det.signal == SignalType.ACCOUNT_THREAT
                and _AT_YOUR_REQUEST.search(text, max(0, m.start() - 40), m.end() + 40)
                and not _LINK_IN_MESSAGE.search(text)
            ):
                continue  # "بناءً على طلبك تم إيقاف بطاقتك": the holder's own request confirmed, no link to follow
            if (
                det.signal == SignalType.PASSWORD_REQUEST
                and det.script == "han"
                and any(
                    h.start() < m.end() <= h.end()  # (the match's password is the one typed in)
                    for h in _LOGIN_PASSWORD_ENTRY.finditer(text, max(0, m.start() - 30), m.end() + 20)
                )
                and not _LOGIN_LINK.search(text)
            ):
                continue  # "首次登录需要重新输入密码": the user's own password typed in at log-in, given to no one
            if (
                det.signal == SignalType.ACCOUNT_THREAT
                and det.script == "han"
                and _OWN_ACCOUNT_NEWS.search(_clause(text, m.start(), _LOOKBACK["han"]))
                and _OWN_ACCOUNT_DONE.search(m.group(0))
                and not _LINK_IN_MESSAGE.search(text)
                and not _OWN_ACCOUNT_PLEA.search(text)
            ):
                continue  # "我支付宝账号被风控冻结了": the writer's own account frozen, told as news
            if det.signal in _SECRET_SIGNALS and _find(_CODE_GIVEN_OR_BOOKING, text, m.start(), m.end() + 40):
                continue  # "Show your booking code to the staff", "Share PIN 8821 with the driver": no secret asked
            if (
                det.signal == SignalType.IMPERSONATION
                and _may(_ORDINARY_INTRO, text)
                and _ORDINARY_INTRO.search(m.group(0))
                and _INTRO_ASK.search(text) is None
                and not _LINK_IN_MESSAGE.search(text)
            ):
                continue  # "em đổi số rồi, lưu số này nha", "我是顺丰快递, 明天送到": a new number or a courier, no ask
            if (
                det.signal == SignalType.OTP_REQUEST
                and _find(_DISCOUNT_CODE, text, max(0, m.start() - 60), m.end())
                and _CODE_TO_FRIEND.search(text, m.end(), m.end() + 30)
            ):
                continue  # "سيصلك كود خصم، أرسله لصديقك": a discount code to pass on to a friend, a referral
            if (
                det.signal == SignalType.PRIZE_LURE
                and _find(_IN_PERSON_PRIZE, text)
                and not _claim_route(text)
                and not _LINK_IN_MESSAGE.search(text)
            ):
                continue  # "Tuntut di kaunter AEON dengan kad ahli": a prize collected in person, nothing else asked
            if (
                det.signal == SignalType.ACCOUNT_THREAT
                and _find(_MAINTENANCE_OUTAGE, text)
                and _MAINTENANCE_WINDOW.search(text)
                and not _MAINTENANCE_ASK.search(text)
                and not _LINK_IN_MESSAGE.search(text)
            ):
                continue  # "أعمال صيانة ... وقد تنقطع الخدمة مؤقتاً": planned works, announced
            if _find(_FAKE_EXAMPLE, text, max(0, m.start() - 60), m.start()):
                continue  # "ตัวอย่างอีเมลปลอม เช่น บัญชีของคุณจะถูกระงับ": a training's example of a fake message
            if det.signal in ADVISORY_FRAMED_SIGNALS and _framed_by_advisory(text, m.start(), m.end(), det.script):
                continue  # "scammers may say your account will be locked": the scam's words, named in an advisory
            if (
                det.signal == SignalType.PAYMENT_REQUEST
                and _PAY_VERB_FIRST.match(m.group(0))
                and _OWN_TRANSFER.search(text[max(0, m.start() - 40) : m.start()])
            ):
                continue  # "Nanti aku transfer ke rek Bu Guru", "Did you try to pay £89 to X?": told or checked
            if _in_reported_call(text, m.start(), m.end()):
                continue  # "a guy called Mum saying she'd be arrested, she hung up": the call's claim, retold
            span = m.group(0)
            start = m.start() + (len(span) - len(span.lstrip()))
            end = m.end() - (len(span) - len(span.rstrip()))
            quoted = evidence.text(det.script in ("thai", "han"), start, end, span.strip())
            if det.signal in (SignalType.LEGAL_THREAT, SignalType.PRIZE_LURE) and _other_accents(quoted):
                continue
            if det.signal in REQUEST_SIGNALS and _other_request_word(quoted):
                continue
            found[det.signal] = Signal(det.signal, quoted[:120])
            break
    return list(found.values())

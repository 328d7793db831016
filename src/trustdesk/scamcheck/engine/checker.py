"""The checker: one entry point for messages, links, phone numbers and account names.

A message's score combines two kinds of evidence on the log-odds scale:

* the rule signals (each type counted once, with a fixed weight: an OTP request or a look-alike domain
  weighs far more than urgency, which legitimate notices also use), and
* the n-gram model's log-odds, scaled down and clipped, so wording learnt from examples shifts the score but
  cannot alone outvote strong rule evidence.

The weights are set by hand from what each signal means, not fitted to the evaluation data, so they transfer
to messages unlike the training set; only one common factor for all of them (``LinearModel.rule_scale``, how
much the rules count against the model) is chosen when the model is trained, by nested cross-validation. Any
flagged result names at least one signal: when only the model speaks, the ``scam_wording`` signal carries the
words that weighed most.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from trustdesk.scamcheck.engine import langid, phones, textsignals
from trustdesk.scamcheck.engine.directory import Directory, builtin_directory
from trustdesk.scamcheck.engine.lexicon import (
    ADVISORY,
    APP_WORD,
    CALL_BACK,
    CALL_BACK_RISK,
    CALL_FOR_ACCOUNT,
    CHECK_LINE,
    COMPANY_PURCHASE,
    COURT_NOTICE,
    CRIMINAL_ACCUSATION,
    GIFT_CARD,
    GIFT_CARD_ASK,
    HEARING,
    HOTLINE_LABEL,
    IN_PERSON_CLAIM,
    INTERNAL_RECORD,
    INTERNAL_SUPPORT,
    LATE_FEE,
    NEW_ACCOUNT,
    NO_ACTION,
    NO_SHARE,
    NOT_YOU,
    OFFICIAL_CHANNEL,
    OR_WORD,
    OVERDUE_CUT,
    PEER_PAYMENT,
    PEER_PAYMENT_RISK,
    POINTS,
    PRIZE_CREDITED,
    QR_TO_RECEIVE,
    REMOTE_HANDOVER,
    REMOTE_OPERATOR,
    REMOTE_WARNING,
    REPORT_DISMISSED,
    REPORTED_CALL,
    REPORTED_ORDER,
    STORE_AND_SITE,
    SUPPORT_CONTEXT,
    TRAFFIC_FINE,
    UTILITY,
    WINNERS_ANNOUNCED,
    WORKS,
)
from trustdesk.scamcheck.engine.model import CHAR_FEATURES, LinearModel, load_builtin, word_index
from trustdesk.scamcheck.engine.normalize import compact, fold, fold_pattern, skeleton
from trustdesk.scamcheck.engine.prefilter import Gated
from trustdesk.scamcheck.engine.types import CheckResult, Kind, Signal, Verdict
from trustdesk.scamcheck.engine.types import SignalType as S
from trustdesk.scamcheck.engine.urls import UrlAnalyzer, find_urls, government_suffix

WEIGHTS: dict[S, float] = {
    S.OTP_REQUEST: 3.0,
    S.PASSWORD_REQUEST: 2.5,
    S.REMOTE_ACCESS: 2.5,
    S.APP_INSTALL: 2.5,
    S.PAYMENT_REQUEST: 1.5,
    S.ACCOUNT_THREAT: 1.3,
    S.LEGAL_THREAT: 1.3,
    S.URGENCY: 0.6,
    S.PRIZE_LURE: 1.3,
    S.INVESTMENT_LURE: 1.8,
    S.IMPERSONATION: 1.0,
    S.OFF_PLATFORM: 0.8,
    S.LINK_ACTION: 1.5,
    S.PLAIN_HTTP: 1.0,
    S.LOOKALIKE_DOMAIN: 4.0,
    S.PUNYCODE: 1.5,
    S.URL_SHORTENER: 1.0,
    S.SUSPICIOUS_LINK: 1.0,
    S.IP_HOST: 2.5,
    S.PREMIUM_RATE: 1.5,
    S.SHARED_COST: 0.8,
    S.UNOFFICIAL_SUPPORT_NUMBER: 1.5,
    S.LOOKALIKE_ACCOUNT: 4.0,
    S.UNOFFICIAL_ACCOUNT: 1.5,
    S.SCAM_WORDING: 0.0,
}
MESSAGE_BIAS = -1.0
MODEL_SCALE = 0.8
MODEL_CLIP = 6.0
ITEM_BIAS = -2.0  # links, numbers and accounts: no wording to weigh
ITEM_ANY_SIGNAL = 1.5  # any signal on a bare item is already a reason for caution
# Signals that floor a message at "suspicious" (see ``Checker._message``).
_FLOOR_SIGNALS = frozenset({S.PREMIUM_RATE, S.LOOKALIKE_DOMAIN, S.LOOKALIKE_ACCOUNT})
SCAM_THRESHOLD = 0.8
SUSPICIOUS_THRESHOLD = 0.5

_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_SUPPORT_WORDS = re.compile(
    fold_pattern(
        SUPPORT_CONTEXT
        + r"|\b(?:official|verified|admin|security team|cs|bantuan|rasmi|resmi|chính thức|quản trị)\b"
        + r"|(?:官方|管理员|แอดมิน|เจ้าหน้าที่|ทางการ|رسمي|المسؤول)"
    )
)
_WORD = re.compile(r"\w{2,}")
# The notice cues below are long alternations searched in whole messages: each is searched only when one of its
# literal words occurs (``prefilter.Gated``; same answers).
_OFFICIAL_CHANNEL = Gated(fold_pattern(OFFICIAL_CHANNEL))
_LATE_FEE = Gated(fold_pattern(LATE_FEE))
_TRAFFIC_FINE = Gated(fold_pattern(TRAFFIC_FINE))
_INTERNAL_RECORD = Gated(fold_pattern(INTERNAL_RECORD))
_NEW_ACCOUNT = Gated(fold_pattern(NEW_ACCOUNT))
_ADVISORY = Gated(fold_pattern(ADVISORY))
_NOT_YOU = Gated(fold_pattern(NOT_YOU))
_NO_SHARE = Gated(fold_pattern(NO_SHARE))
_NO_ACTION = Gated(fold_pattern(NO_ACTION))
_HEARING = Gated(fold_pattern(HEARING))
_COURT_NOTICE = Gated(fold_pattern(COURT_NOTICE))
_CRIMINAL_ACCUSATION = Gated(fold_pattern(CRIMINAL_ACCUSATION))
_IN_PERSON_CLAIM = Gated(fold_pattern(IN_PERSON_CLAIM))
_POINTS = Gated(fold_pattern(POINTS))
_PRIZE_CREDITED = Gated(fold_pattern(PRIZE_CREDITED))
_UTILITY = Gated(fold_pattern(UTILITY))
_WORKS = Gated(fold_pattern(WORKS))
_OVERDUE_CUT = re.compile(fold_pattern(OVERDUE_CUT))
_CALL_BACK = re.compile(fold_pattern(CALL_BACK))
_CALL_BACK_RISK = re.compile(fold_pattern(CALL_BACK_RISK))
_REPORTED_ORDER = re.compile(fold_pattern(REPORTED_ORDER))
_REPORTED_CALL = Gated(fold_pattern(REPORTED_CALL))
_REPORT_DISMISSED = Gated(fold_pattern(REPORT_DISMISSED))
_INTERNAL_SUPPORT = Gated(fold_pattern(INTERNAL_SUPPORT))
_REMOTE_HANDOVER = Gated(fold_pattern(REMOTE_HANDOVER))
_REMOTE_OPERATOR = re.compile(fold_pattern(REMOTE_OPERATOR))
_REMOTE_WARNING = re.compile(fold_pattern(REMOTE_WARNING))
_WINNERS_ANNOUNCED = Gated(fold_pattern(WINNERS_ANNOUNCED))
_COMPANY_PURCHASE = Gated(fold_pattern(COMPANY_PURCHASE))
_GIFT_CARD = Gated(fold_pattern(GIFT_CARD))
_GIFT_CARD_ASK = Gated(fold_pattern(GIFT_CARD_ASK))
_QR_TO_RECEIVE = re.compile(fold_pattern(QR_TO_RECEIVE))
_PEER_PAYMENT = Gated(fold_pattern(PEER_PAYMENT))
_PEER_PAYMENT_RISK = Gated(fold_pattern(PEER_PAYMENT_RISK))
# Signals that give the victim a route outside official channels (a link, a number, another app or chat).
ROUTE_SIGNALS = frozenset(
    {
        S.OFF_PLATFORM,
        S.APP_INSTALL,
        S.REMOTE_ACCESS,
        S.LINK_ACTION,
        S.PLAIN_HTTP,
        S.LOOKALIKE_DOMAIN,
        S.PUNYCODE,
        S.URL_SHORTENER,
        S.SUSPICIOUS_LINK,
        S.IP_HOST,
        S.PREMIUM_RATE,
        S.SHARED_COST,
        S.UNOFFICIAL_SUPPORT_NUMBER,
    }
)
# Chat and social platforms' own domains: a link there (a LINE group, a Telegram channel) leads into a chat with
# whoever sent it, not to the provider of a service, so it is never the "official route" of ``_message``.
_CHAT_DOMAINS = frozenset(
    {
        "line.me",
        "t.me",
        "telegram.me",
        "telegram.org",
        "zalo.me",
        "whatsapp.com",
        "wa.me",
        "m.me",
        "messenger.com",
        "facebook.com",
        "fb.me",
        "instagram.com",
        "instagr.am",
        "discord.gg",
        "discord.com",
        "signal.me",
        "viber.com",
        "wechat.com",
        "qq.com",
        "tiktok.com",
    }
)


# Signals a legitimate reminder or card notice carries (see ``_message``).
_REMINDER_SIGNALS = frozenset({S.PAYMENT_REQUEST, S.ACCOUNT_THREAT})
# Signals that no reminder ever carries, whatever its route.
_NEVER_IN_REMINDERS = frozenset({S.OTP_REQUEST, S.PASSWORD_REQUEST, S.LEGAL_THREAT, S.PRIZE_LURE, S.INVESTMENT_LURE})
# Signals an authority's anti-fraud advice carries by naming what it warns about (see ``_message``), and the
# signals it never carries (a request that survived the negation check is a request).
_ADVISORY_SIGNALS = frozenset({S.LEGAL_THREAT, S.IMPERSONATION, S.ACCOUNT_THREAT, S.URGENCY})
# Signals a notice of the user's own action ("if it wasn't you, call us urgently") carries.
_NOT_YOU_SIGNALS = frozenset({S.URGENCY, S.ACCOUNT_THREAT})
# Signals of gift cards handed out to staff: the card (a payment word), its code, the gift (see ``_message``).
_GIFT_CARD_SIGNALS = frozenset({S.PAYMENT_REQUEST, S.OTP_REQUEST, S.PRIZE_LURE})
# Signals of a phone number in the text (a route, weighed on its own).
_NUMBER_SIGNALS = frozenset({S.UNOFFICIAL_SUPPORT_NUMBER, S.SHARED_COST, S.PREMIUM_RATE})
# Signals a planned supply-cut notice carries (the cut and its date or deadline).
_OUTAGE_SIGNALS = frozenset({S.ACCOUNT_THREAT, S.URGENCY})
_NEVER_IN_ADVISORIES = frozenset(
    {S.OTP_REQUEST, S.PASSWORD_REQUEST, S.PAYMENT_REQUEST, S.PRIZE_LURE, S.INVESTMENT_LURE}
)


# An amount written with thousands groups ("Rp 3.450.000", "RM2,000.00", "1.250.000đ") is not a phone number; a
# number after a currency sign or code is not one either.
_AMOUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?")
# A date ("29-11-26", "30/11/2026", "2026-12-14") is not a phone number either.
_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}([-/.])\d{1,2}\2\d{1,2}")
# An IPv4 address ("server 10.0.1.25") is not a phone number either.
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_CURRENCY_BEFORE = re.compile(r"(?:rp|rm|usd|sgd|vnd|thb|myr|idr|[$£€¥฿])\s?$", re.IGNORECASE)


@lru_cache(maxsize=64)  # asked up to several times per message (once per kind of notice it may be)
def _number_candidates(text: str) -> tuple[re.Match[str], ...]:
    """What in the text may be a phone number (a route), not counting amounts, dates, addresses and references."""
    if not phones.has_candidate(text):
        return ()
    found = []
    for m in phones.CANDIDATE.finditer(text):
        raw = m.group(0).strip()
        if (
            _AMOUNT.fullmatch(raw)
            or _DATE.fullmatch(raw)
            or _IPV4.fullmatch(raw)
            or _CURRENCY_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or phones.labelled_reference(text, m.start())
        ):
            continue
        found.append(m)
    return tuple(found)


def _has_number(text: str) -> bool:
    """Whether the text holds something that may be a phone number (a route), not counting amounts."""
    return bool(_number_candidates(text))


# A number offered as the other way to do something in the provider's app (see ``_app_alternative``): the sentence
# around it names the app and an "or". Only landline, toll-free and shared-cost numbers, the kinds a bank or carrier
# publishes; a mobile number is never a company's hotline.
_APP_WORD = re.compile(fold_pattern(APP_WORD))
_OR_WORD = re.compile(fold_pattern(OR_WORD))
# (Chinese and Japanese full stops, exclamation and question marks and the full-width semicolon end a sentence too:
# "…如有疑问请致电 95588。请点击链接…" is two sentences.)
_SENTENCE_END = re.compile(r"[!?؟\n。！？；｡]|(?<!\d)\.|\.(?!\d)")
_HOTLINE_TYPES = frozenset({0, 3, 5, 9})  # phonenumbers' FIXED_LINE, TOLL_FREE, SHARED_COST, UAN (company numbers)


# A sentence end that is not the dot inside a domain name ("ที่ dhl.com หรือ…").
_SENTENCE_END_OUTSIDE_NAMES = re.compile(r"[!?؟\n。！？；｡]|\.(?=\s|$)")


def _number_sentence(
    text: str, number: phones.PhoneAnalysis, sentence_end: re.Pattern[str] = _SENTENCE_END
) -> str | None:
    """The folded sentence around a company number (landline, toll-free, shared-cost); ``None`` for other numbers."""
    if number.number_type not in _HOTLINE_TYPES:
        return None
    pos = text.find(number.raw)
    if pos < 0:
        return None
    return _sentence_at(text, pos, pos + len(number.raw), sentence_end)


def _sentence_at(text: str, start: int, end: int, sentence_end: re.Pattern[str] = _SENTENCE_END) -> str:
    """The folded sentence around ``text[start:end]``, without it."""
    before = text[max(0, start - 120) : start]
    ends = list(sentence_end.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[end : end + 80]
    stop = sentence_end.search(after)
    if stop:
        after = after[: stop.start()]
    return fold(before + " " + after)


def _app_alternative(text: str, number: phones.PhoneAnalysis) -> bool:
    """Whether a number is given in the same sentence as the provider's app, as its alternative ("confirm it in the
    MAE app or call 1-300-…", "โทร 02-… หรือระงับบริการผ่านแอป", "استخدم تطبيق الراجحي أو اتصل 9200…")."""
    sentence = _number_sentence(text, number)
    return sentence is not None and bool(_APP_WORD.search(sentence) and _OR_WORD.search(sentence))


_HOTLINE_LABEL = re.compile(fold_pattern(HOTLINE_LABEL))
_HOTLINE_NUMBER_SIGNALS = frozenset({S.UNOFFICIAL_SUPPORT_NUMBER, S.SHARED_COST})


def _hotline_footer(text: str, number: phones.PhoneAnalysis) -> bool:
    """Whether a company number stands in a sentence of its own that only labels it ("Hotline 1800 588 822.", "Chi
    tiết LH 1900 …", "For assistance call 1-300-…", "للاستفسار 4440…"): a few words around it, one a hotline label
    (lexicon ``HOTLINE_LABEL``). A callback scam's sentence says what to call for ("call … now to unlock")."""
    sentence = _number_sentence(text, number)
    return sentence is not None and len(sentence.strip()) <= 30 and _HOTLINE_LABEL.search(sentence) is not None


# The sender's name that opens a shop's or provider's message ("Bách Hóa XANH: …", "FPT Shop: …"), before its colon.
_STORE_AND_SITE = re.compile(fold_pattern(STORE_AND_SITE))
_SENDER_NAME = re.compile(r"\s*([^\W\d_][^\W_]*(?:[ .&'-][^\W_]+){0,3})\s*[:：]")


def _sender_site(text: str, url: str, registrable: str) -> bool:
    """Whether a link's registrable name spells the sender's name that opens the message, in a sentence that names
    the sender's stores beside it ("Bách Hóa XANH: … Áp dụng tại cửa hàng và bachhoaxanh.com", lexicon
    ``STORE_AND_SITE``): the shop's own site, named after it, not a route to someone else."""
    m = _SENDER_NAME.match(text)
    if m is None:
        return False
    name = re.sub(r"[\W_]+", "", fold(m.group(1)))
    pos = text.find(url)
    return (
        len(name) >= 4
        and registrable.partition(".")[0] == name
        and pos >= 0
        and _STORE_AND_SITE.search(_sentence_at(text, pos, pos + len(url), _SENTENCE_END_OUTSIDE_NAMES)) is not None
    )


def _known_call_back(text: str, compacted: str, numbers: list[phones.PhoneAnalysis]) -> bool:
    """Whether the message asks the reader to call the writer back by voice (lexicon ``CALL_BACK``), with nothing
    of the scam told the same way (``CALL_BACK_RISK``: a new number, no calls taken, an account, a code, a link,
    another chat; an order the writer received and reports, ``REPORTED_ORDER``, is not searched), and no number but a
    landline given as the writer's own desk (every candidate read as a fixed line that no signal marks: a mobile to
    call is the "call me on this new number" scam's)."""
    if not _CALL_BACK.search(compacted) or _CALL_BACK_RISK.search(_REPORTED_ORDER.sub(" ", compacted)):
        return False
    fixed = {n.raw for n in numbers if n.number_type == 0 and not n.signals and n.official is None}
    return all(m.group(0).strip(" -.(") in fixed for m in _number_candidates(text))


def _company_line(text: str, number: phones.PhoneAnalysis) -> bool:
    """Whether ``number`` may be the provider's own line: listed in the directory, or a company line (landline,
    toll-free, shared-cost) that the message does not ask to call "now"."""
    return number.official is not None or (number.number_type in _HOTLINE_TYPES and not _called_now(text, number))


def _bill_hotline(
    text: str, folded: str, compacted: str, have: set[S], numbers: list[phones.PhoneAnalysis], other_route: bool
) -> bool:
    """Whether a bill's numbers are the provider's lines beside its own app or channel ("Thanh toán trên app EVNHCMC,
    chi tiết gọi 1900 …"): every number listed or a company line (landline, toll-free, shared-cost) not to be called
    "now", nothing else a route, and the app or an official channel named."""
    return (
        not other_route
        and not have & (ROUTE_SIGNALS - _HOTLINE_NUMBER_SIGNALS)
        and all(_company_line(text, n) for n in numbers)
        and len(numbers) == len(_number_candidates(text))
        and bool(_APP_WORD.search(folded) or _OFFICIAL_CHANNEL.search(compacted))
    )


_CHECK_LINE = re.compile(fold_pattern(CHECK_LINE))
_CALL_FOR_ACCOUNT = re.compile(fold_pattern(CALL_FOR_ACCOUNT))


def _check_line(text: str, numbers: list[phones.PhoneAnalysis]) -> bool:
    """Whether every number of an anti-fraud advisory is the provider's line offered as the way to check a doubtful
    call or to report it ("DBS will never ask for your OTP. If in doubt, call 1800 …", "วางสายทันที แจ้งเหตุที่ SCB
    02-…"): each is in a sentence that says so (lexicon ``CHECK_LINE``) and not what the call would do on the
    reader's account (``CALL_FOR_ACCOUNT``: "call … to reactivate your account"), and each that reads as a number is
    listed or a company line (landline, toll-free, shared-cost) not to be called "now". A mobile number is no
    provider's line."""
    candidates = _number_candidates(text)
    if not candidates:
        return False
    for m in candidates:
        sentence = _sentence_at(text, m.start(), m.end())
        if _CHECK_LINE.search(sentence) is None or _CALL_FOR_ACCOUNT.search(sentence) is not None:
            return False
    return all(_company_line(text, n) for n in numbers)


def _site_alternative(text: str, number: phones.PhoneAnalysis, sites: Sequence[str]) -> bool:
    """Whether a number is given in the same sentence as the provider's own site, as its alternative ("ชำระผ่าน MyDHL+
    ที่ dhl.com หรือติดต่อ 02-…", "pay at tnb.com.my or call 1-300-…"). ``sites`` are the registrable domains of the
    message's official, government or provider links."""
    sentence = _number_sentence(text, number, _SENTENCE_END_OUTSIDE_NAMES)
    return sentence is not None and any(site in sentence for site in sites) and bool(_OR_WORD.search(sentence))


# "Call FREEPHONE 0800 … now!": a number to call at once, right after it, is the message's whole point, not a hotline
# given beside a notice (see ``_message``).
_NOW_AFTER = re.compile(
    fold_pattern(r"[\s,.!:)\-]{0,3}(?:\b(?:now|immediately|right away|ngay|sekarang|segera|الآن|فورا)\b|ทันที|立即|马上)")
)


def _called_now(text: str, number: phones.PhoneAnalysis) -> bool:
    pos = text.find(number.raw)
    return pos >= 0 and _NOW_AFTER.match(fold(text[pos + len(number.raw) : pos + len(number.raw) + 20])) is not None


def _hotline_only(text: str, compacted: str, have: set[S], numbers: list[phones.PhoneAnalysis]) -> bool:
    """Whether the signals besides the numbers' own leave the hotline a bare hotline: none, or (in a notice of the
    user's own action, "if this wasn't you, call 03-… immediately") only the hurry to call back, which does not keep
    the hotline weighed though it stays weighed itself ("if you did not authorise this, call 1800… now" is also how
    bank impostors write). A number to call "now" is no bare hotline, except in such a notice."""
    not_you = _NOT_YOU.search(compacted) is not None
    if have - _NUMBER_SIGNALS - ({S.URGENCY} if not_you else set()):
        return False
    return not_you or not any(_called_now(text, n) for n in numbers if n.signals)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def _verdict(score: float) -> Verdict:
    if score >= SCAM_THRESHOLD:
        return Verdict.SCAM
    if score >= SUSPICIOUS_THRESHOLD:
        return Verdict.SUSPICIOUS
    return Verdict.SAFE


def combine(
    signals: Iterable[Signal],
    model_logit: float | None,
    *,
    discounted: frozenset[S] = frozenset(),
    rule_scale: float = 1.0,
) -> float:
    """Score of a message from its rule signals and (optional) model log-odds; see the module docstring.

    ``discounted`` signal types are reported but not weighed (a payment request routed to the official app).
    ``rule_scale`` multiplies the rule weights (the shipped model carries it: ``LinearModel.rule_scale``)."""
    total = MESSAGE_BIAS + rule_scale * sum(WEIGHTS[t] for t in {s.type for s in signals} - discounted)
    if model_logit is not None:
        total += MODEL_SCALE * max(-MODEL_CLIP, min(MODEL_CLIP, model_logit))
    return _sigmoid(total)


def _item_score(signals: Sequence[Signal]) -> float:
    if not signals:
        return _sigmoid(ITEM_BIAS)
    return _sigmoid(ITEM_BIAS + ITEM_ANY_SIGNAL + sum(WEIGHTS[t] for t in {s.type for s in signals}))


@dataclass
class Item:
    """One thing to check (the batch input line, minus its id)."""

    kind: Kind
    text: str
    lang: str | None = None
    region: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


class Checker:
    """Load once (directory, URL analyser, model), then check many items.

    The instance is read-only after construction apart from memo caches, so one per process is right.
    """

    def __init__(self, directory: Directory | None = None, model: LinearModel | None = None, *, use_model: bool = True):
        self.directory = directory or builtin_directory()
        self.urls = UrlAnalyzer(self.directory)
        self.model = (model or load_builtin()) if use_model else None

    # --- public API ---------------------------------------------------------------------------------
    def check(self, kind: Kind | str, text: str, *, lang: str | None = None, region: str | None = None) -> CheckResult:
        return self.check_many([Item(Kind(kind), text, lang, region)])[0]

    def check_many(self, items: Sequence[Item]) -> list[CheckResult]:
        """Check a batch; messages share one vectorised model pass, which is where batch speed comes from."""
        results: list[CheckResult | None] = [None] * len(items)
        msg_idx = [i for i, it in enumerate(items) if it.kind == Kind.MESSAGE]
        if msg_idx:
            folded = [fold(items[i].text) for i in msg_idx]
            logits: list[float | None] = [None] * len(msg_idx)
            lang_scores: list[dict[str, float] | None] = [None] * len(msg_idx)
            if self.model is not None:
                scam_logits, lang_logprobs = self.model.score(folded)
                logits = list((scam_logits + self.model.offset).tolist())
                lang_scores = list(lang_logprobs)
            for j, i in enumerate(msg_idx):
                results[i] = self._message(items[i], folded[j], logits[j], lang_scores[j])
        for i, it in enumerate(items):
            if it.kind == Kind.URL:
                results[i] = self._url(it)
            elif it.kind == Kind.PHONE:
                results[i] = self._phone(it)
            elif it.kind == Kind.ACCOUNT:
                results[i] = self._account(it)
        return [r for r in results if r is not None]

    # --- messages -------------------------------------------------------------------------------------
    def _message(
        self, item: Item, folded: str, logit: float | None, lang_scores: dict[str, float] | None
    ) -> CheckResult:
        text = item.text
        scorer = (lambda _f: lang_scores) if lang_scores is not None else None
        lang = langid.identify(text, folded, scorer=scorer, hint=item.lang)  # type: ignore[arg-type]
        if logit is not None and self.model is not None:
            logit += self.model.lang_offsets.get(lang.partition("-")[0], 0.0)  # "zh-Hant" takes the "zh" one
        compacted = compact(folded)
        signals = textsignals.detect(folded, compacted, text)
        have = {s.type for s in signals}
        unofficial_link = False
        official_link = False
        has_email = False
        own_sites: list[str] = []  # registrable domains of the official, government and provider links
        other_site = False  # an unofficial link other than the sender's own-name site (``_sender_site``)
        for url in find_urls(text):
            analysis = self.urls.analyze(url)
            if analysis is None:
                continue
            # A link under a public suffix only governments can register under ("gov.vn", "go.id", "gob.mx", the bare
            # "gov") is the authority's own portal ("tra cứu tại dichvucong.gov.vn"), not a route a scammer can own: it
            # counts as an official link even when the directory does not list it ("gov.vn-check.com" is not under one).
            government = (
                analysis.official is None
                and not analysis.signals
                and government_suffix(analysis.registrable.partition(".")[2])
            )
            # A reference brand's own domain ("tra cứu tại vnpost.vn", "pay at maxis.com.my") is the provider's site,
            # not a route a scammer controls; not shown as official, but no unofficial link either. Platforms whose
            # pages anyone can fill (a shared file, a profile, a listing, a referral) stay unofficial routes.
            provider_site = (
                analysis.official is None
                and analysis.registrable not in self.directory.user_content_domains
                and self.directory.reference_domain(analysis.host) is not None
            )
            unofficial_here = analysis.official is None and not government and not provider_site
            unofficial_link = unofficial_link or unofficial_here
            other_site = other_site or (
                unofficial_here and (bool(analysis.signals) or not _sender_site(text, url, analysis.registrable))
            )
            official_here = government or (analysis.official is not None and analysis.registrable not in _CHAT_DOMAINS)
            official_link = official_link or official_here
            if official_here or provider_site:
                own_sites.append(analysis.registrable)
            for sig in analysis.signals:
                if sig.type not in have:
                    signals.append(sig)
                    have.add(sig.type)
        if not unofficial_link and S.LINK_ACTION in have:
            signals = [s for s in signals if s.type != S.LINK_ACTION]  # only links that are not official count
            have.discard(S.LINK_ACTION)
        for domain in _EMAIL.findall(text) if "@" in text else ():  # the scan is costly; most texts lack "@"
            has_email = True
            analysis = self.urls.analyze(domain)
            if analysis is not None:
                for sig in analysis.signals:
                    if sig.type == S.LOOKALIKE_DOMAIN and sig.type not in have:
                        signals.append(sig)
                        have.add(sig.type)
        numbers: list[phones.PhoneAnalysis] = []
        if phones.has_candidate(text):
            numbers = phones.find_numbers(text, phones.regions_for(lang, item.region, text), self.directory)
            for number in numbers:
                for sig in number.signals:
                    if sig.type not in have:
                        signals.append(sig)
                        have.add(sig.type)
        discounted: frozenset[S] = frozenset()
        no_route = not unofficial_link and not has_email and not have & ROUTE_SIGNALS
        # "ชำระผ่าน MyDHL+ ที่ dhl.com หรือติดต่อ 02-…": the only route besides the provider's own site is a company
        # number given in the same sentence as the other way to reach it. A reminder routed so is a reminder, and its
        # number is not weighed (below); a mobile, premium or shared-cost number, or one given on its own, stays a
        # route.
        site_hotline = (
            bool(own_sites)
            and S.UNOFFICIAL_SUPPORT_NUMBER in have
            and have & ROUTE_SIGNALS <= _HOTLINE_NUMBER_SIGNALS
            and not unofficial_link
            and not has_email
            and all(_site_alternative(text, n, own_sites) for n in numbers if n.signals)
        )
        # "Thẻ … tạm khóa do nhập sai PIN. Mở khóa trên ứng dụng hoặc đến chi nhánh. Hotline 1800 …", "Card blocked at
        # your request. For assistance call 1-300-…" (a listed number): every number is the provider's own line, listed
        # in the directory, or a company line (landline, toll-free, shared-cost) given as the other way to its app,
        # branch or site, or as the notice's closing hotline when the app, branch or site is named; nothing else is a
        # route and no number is to be called "now". A reminder or card notice routed so is one (below), and its
        # numbers are not weighed. "Your card is suspended, call 02-… now" names no app and keeps its number weighed.
        hotline_route = False
        if numbers and not unofficial_link and not has_email and not have & (ROUTE_SIGNALS - _HOTLINE_NUMBER_SIGNALS):
            # (looked for only here: most messages have no number)
            app_named = bool(own_sites or _APP_WORD.search(folded) or _OFFICIAL_CHANNEL.search(compacted))
            hotline_route = all(
                n.official is not None
                or (_company_line(text, n) and (_app_alternative(text, n) or (app_named and _hotline_footer(text, n))))
                for n in numbers
            )
        # Signals a reminder explains by its subject: a late fee, a traffic fine, a court hearing date or a Chinese
        # court's or bank's notice of a case or a court-ordered freeze, with no crime named (the legal word is what is
        # notified), loyalty points about to expire (the prize word names the points), a store's prize collected in
        # person at its service desk, or paid straight into the user's own account (a bank's draw).
        explained = frozenset(
            s.type
            for s in signals
            if (
                s.type == S.LEGAL_THREAT
                and (
                    _LATE_FEE.search(fold(s.evidence))
                    or _TRAFFIC_FINE.search(compacted)
                    or _HEARING.search(compacted)
                    or (_COURT_NOTICE.search(compacted) and not _CRIMINAL_ACCUSATION.search(compacted))
                )
            )
            or (
                s.type == S.PRIZE_LURE
                and (
                    _POINTS.search(compacted)
                    or _IN_PERSON_CLAIM.search(compacted)
                    or _PRIZE_CREDITED.search(compacted)
                    or _WINNERS_ANNOUNCED.search(compacted)
                )
            )
        )
        if (
            ((no_route and not _has_number(text)) or site_hotline or hotline_route)
            and (have & _REMINDER_SIGNALS or explained)
            and not (have - explained) & _NEVER_IN_REMINDERS
            and not any(s.type == S.PAYMENT_REQUEST and _QR_TO_RECEIVE.search(fold(s.evidence)) for s in signals)
            and (
                official_link
                or site_hotline
                or hotline_route
                or _OFFICIAL_CHANNEL.search(compacted)
                or _IN_PERSON_CLAIM.search(compacted)
                or (S.PRIZE_LURE in explained and _WINNERS_ANNOUNCED.search(compacted))
                or (S.URGENCY not in have and _INTERNAL_RECORD.search(compacted) and not _NEW_ACCOUNT.search(compacted))
                # ... or payment talk between family, friends or colleagues (a share of a bill, money paid back, a
                # child's school trip, the company's usual process): only when the request is the message's one signal
                # and nothing in it reads as the scam told the same way (a new number, a third person's account).
                or (
                    have == {S.PAYMENT_REQUEST}
                    and _PEER_PAYMENT.search(compacted)
                    and not _PEER_PAYMENT_RISK.search(compacted)
                    and not _NEW_ACCOUNT.search(compacted)
                )
            )
        ):
            # A bill, instalment or card notice that sends the user to the provider's own app or site, to a branch,
            # or nowhere (an automatic debit), or a colleague's payment whose payee comes from the company's own
            # contract, invoice or approval system: the payment request, the locked card and a late fee are shown
            # but not weighed. Any other route (link, number, e-mail, chat, app install) cancels this, except a
            # company number offered as the other way to the provider's own site (``site_hotline``), not weighed either.
            discounted = frozenset(have & _REMINDER_SIGNALS) | explained
            if site_hotline or hotline_route:
                discounted |= have & _HOTLINE_NUMBER_SIGNALS
        elif (
            no_route
            and S.ACCOUNT_THREAT in have
            and not have - _OUTAGE_SIGNALS
            and not _has_number(text)
            and any(s.type == S.ACCOUNT_THREAT and _UTILITY.search(fold(s.evidence)) for s in signals)
            and _WORKS.search(compacted)
        ):
            # "Water will be cut on Wednesday 8-12 for tank cleaning": a planned supply cut for works, with nothing
            # to pay and no route, is a notice; the cut and its date are shown but not weighed.
            discounted = frozenset(have & _OUTAGE_SIGNALS)
        elif (
            (
                (no_route and not _has_number(text))
                or site_hotline
                or hotline_route
                or (numbers and _bill_hotline(text, folded, compacted, have, numbers, unofficial_link or has_email))
            )
            and S.ACCOUNT_THREAT in have
            and not have - {S.ACCOUNT_THREAT} - _HOTLINE_NUMBER_SIGNALS
            and any(s.type == S.ACCOUNT_THREAT and _UTILITY.search(fold(s.evidence)) for s in signals)
            and _OVERDUE_CUT.search(compacted)
        ):
            # "Hạn thanh toán 05/12. Quá hạn có thể tạm ngừng cấp điện theo quy định": a bill's terms, the cut that
            # follows a missed due date (lexicon ``OVERDUE_CUT``), with nothing to do at once and no route but the
            # provider's own app, site or hotline (``_bill_hotline``); the cut, and that hotline, are shown but not
            # weighed.
            discounted = frozenset(have & ({S.ACCOUNT_THREAT} | _HOTLINE_NUMBER_SIGNALS))
        elif (
            have & _ADVISORY_SIGNALS
            and not have & _NEVER_IN_ADVISORIES
            and not unofficial_link
            and not has_email
            and not have & (ROUTE_SIGNALS - _HOTLINE_NUMBER_SIGNALS)
            and _ADVISORY.search(compacted)
            and ((no_route and not _has_number(text)) or _check_line(text, numbers))
        ):
            # "The police never ask you to transfer money; hang up": advice that names the threat it warns about,
            # with nothing to act on (no route, no request), is shown but not weighed. So is advice whose only route
            # is the provider's own line, offered as the way to check a doubtful call or to report it ("if in doubt,
            # call our fraud hotline 1800 …", ``_check_line``): the number is not weighed either. A number to call to
            # do something on the reader's account, a mobile, or a number to call "now" keeps all of it weighed.
            discounted = frozenset(have & (_ADVISORY_SIGNALS | _HOTLINE_NUMBER_SIGNALS))
        elif (
            have & _NOT_YOU_SIGNALS
            and not have & _NEVER_IN_ADVISORIES
            and _NOT_YOU.search(compacted)
            and (
                (no_route and not _has_number(text))
                or (
                    not unofficial_link
                    and not has_email
                    and not have & ROUTE_SIGNALS - _NUMBER_SIGNALS
                    and (_NO_SHARE.search(compacted) or _ADVISORY.search(compacted))
                )
            )
        ):
            # "SIM replacement requested at our store; if it wasn't you, call 188 from another number urgently": a
            # notice of the user's own action, with no route of its own; its urgency and lock wording are not weighed.
            # A number to call back is allowed when the notice also gives the bank's advice ("never share your
            # code"): the number itself is still weighed by its own signals (unofficial or premium number).
            discounted = frozenset(have & _NOT_YOU_SIGNALS)
        if (
            S.UNOFFICIAL_SUPPORT_NUMBER in have
            and not unofficial_link
            and not has_email
            and not have & (ROUTE_SIGNALS - _NUMBER_SIGNALS)
            and not have & _NEVER_IN_ADVISORIES
            and S.PREMIUM_RATE not in have
            and all(_app_alternative(text, n) for n in numbers if n.signals)
        ):
            # "Card blocked after 3 wrong PINs: unblock it in the app or call 02-…", "if this wasn't you, use Kill
            # Switch in the app or call 1-300-…": a provider's notice whose number is the alternative to its own app,
            # with no other route and no request. The number (not in the directory) and the lock or "if not you"
            # urgency are shown but not weighed; a shared-cost number still weighs as such.
            discounted = discounted | (have & _HOTLINE_NUMBER_SIGNALS) | (have & _NOT_YOU_SIGNALS)
        if (
            S.UNOFFICIAL_SUPPORT_NUMBER in have
            and not other_site
            and not has_email
            and all(n.number_type in _HOTLINE_TYPES for n in numbers if n.signals)
            and _hotline_only(text, compacted, have, numbers)
        ):
            # "FPT Telecom: a technician will come on 12/06 between 14h and 16h. Hotline 1900 6600", "Card ending 4417:
            # 1,290,000 VND at GRAB. Hotline 1900 …": a provider's notice that asks, threatens and offers nothing, with
            # no link, whose only number is a company line (landline, toll-free, shared-cost) given as its hotline. That
            # the number is not in the directory is shown but not weighed; a shared-cost number still weighs as such,
            # and a mobile number presented as a hotline, a number to call "now" (unless the notice is of the user's own
            # action: "if this wasn't you, call … now"), a premium-rate number or any text signal keeps it weighed.
            # A shared-cost number presented as the hotline (Vietnamese 1900, Saudi 9200 lines are companies' ordinary
            # hotlines) is not weighed either, unless it is a number to call back about the user's own action or to
            # call "now": "money was withdrawn; if this wasn't you, call customer service on 9200… immediately" is the
            # callback scam word for word (a bank's own such notice needs its number listed in the directory).
            # A link to the sender's own site, named after the sender that opens the message ("Bách Hóa XANH: … tại
            # bachhoaxanh.com. Hotline 1900 …", ``_sender_site``), with no signal of its own, leaves the notice so.
            discounted = discounted | {S.UNOFFICIAL_SUPPORT_NUMBER}
            if not _NOT_YOU.search(compacted) and not any(_called_now(text, n) for n in numbers if n.signals):
                discounted = discounted | (have & _HOTLINE_NUMBER_SIGNALS)
        # "TeamViewer client Klang tu tak jalan, nanti dia bagi ID & password sementara, kau yang handle": the reader
        # connects to a third party whose ID and password that party gives (``REMOTE_OPERATOR``); that hand-over is
        # not the reader's, so it neither counts as one nor as a password or code asked of the reader, as long as the
        # rest of the message asks for none.
        operator = _REMOTE_OPERATOR.search(compacted) if S.REMOTE_ACCESS in have else None
        own_part = _REMOTE_OPERATOR.sub(" ", compacted) if operator else compacted
        if (
            S.REMOTE_ACCESS in have
            and (
                have == {S.REMOTE_ACCESS}
                or (
                    operator is not None
                    and not have - {S.REMOTE_ACCESS, S.PASSWORD_REQUEST, S.OTP_REQUEST}
                    and not {s.type for s in textsignals.detect(own_part, own_part)}
                    & {S.PASSWORD_REQUEST, S.OTP_REQUEST}
                )
            )
            and not unofficial_link
            and not has_email
            and not _has_number(text)
            and (operator is not None or _INTERNAL_SUPPORT.search(compacted))
            and not _REMOTE_HANDOVER.search(own_part)
        ):
            # "Per ticket #4471 I'll remote in via AnyDesk at 2pm, just accept when it pops up", "我这远程桌面
            # 又连不上了，我在三楼，你过来一下": remote support arranged inside the company (a ticket, the company's own
            # tool, a check on Teams first, a desk to walk to, the writer's own remote desktop failing, a screen shared
            # to present), with nothing else to act on, no tool to install, no ID, code or password to read out and no
            # claimed infection (``REMOTE_HANDOVER``). The remote-access word is shown but not weighed; an impostor's
            # unsolicited session ("IT will connect, accept it") has none of these cues and stays weighed.
            discounted = discounted | (have & {S.REMOTE_ACCESS, S.PASSWORD_REQUEST, S.OTP_REQUEST})
        # "We will never ask you to install AnyDesk; if a caller does, hang up", "fraudsters ask victims to install
        # remote access apps": a warning about the remote tool (``REMOTE_WARNING``). When the rest of the message,
        # with the warning cut out, asks for no remote session or install of its own, and nothing but advice words
        # remains (no link, e-mail or request), the remote-access and install words and the advice's urgency are
        # shown but not weighed; a number keeps its own signals.
        if (
            S.REMOTE_ACCESS in have
            and not unofficial_link
            and not has_email
            and not have & _NEVER_IN_ADVISORIES
            and not have - _ADVISORY_SIGNALS - _NUMBER_SIGNALS - {S.REMOTE_ACCESS, S.APP_INSTALL}
        ):
            rest = _REMOTE_WARNING.sub(" ", compacted)
            if rest != compacted:
                left = {s.type for s in textsignals.detect(rest, rest)}
                if not left & {S.REMOTE_ACCESS, S.APP_INSTALL}:
                    discounted = discounted | (have & (_ADVISORY_SIGNALS | {S.REMOTE_ACCESS, S.APP_INSTALL}))
        if (
            have
            and not have - _GIFT_CARD_SIGNALS
            and no_route
            and not _has_number(text)
            and _GIFT_CARD.search(compacted)
            and all(_GIFT_CARD.search(fold(s.evidence)) for s in signals if s.type == S.PAYMENT_REQUEST)
            and _COMPANY_PURCHASE.search(compacted)
            and not _GIFT_CARD_ASK.search(compacted)
        ):
            # "Gift cards for the Q2 top sales: bought through the company channel and the codes e-mailed to each of
            # you": the writer has bought the cards through the company, so the card, gift and code words are what
            # was handed out, not a purchase asked of the reader. Shown but not weighed; a route, another signal, or a
            # request to buy more or send the codes back to the writer keeps them weighed.
            discounted = discounted | have
        if (
            official_link
            and logit is not None
            and logit > 0
            and no_route
            and not have - discounted
            and not _has_number(text)
        ):
            # The message's only route is a link to the provider's own site ("read the new terms at dbs.com.sg",
            # "pay on dhl.com or in the DHL app") and no rule signal is weighed: wording alone does not flag it.
            logit = 0.0
        elif (
            logit is not None
            and logit > 0
            and no_route
            and not have - discounted
            and not _has_number(text)
            and (
                _NO_ACTION.search(compacted)
                or _ADVISORY.search(compacted)
                or (_REPORTED_CALL.search(compacted) and _REPORT_DISMISSED.search(compacted))
            )
        ):
            # No route, no weighed rule signal, and the message says nothing needs doing ("no action needed, just
            # info"), warns what not to do ("do not click unknown links"), or retells a scam call or message the
            # writer did not go along with ("Dad got a text saying his account was locked, he didn't click"):
            # wording alone does not flag it.
            logit = 0.0
        elif (
            logit is not None
            and logit > 0
            and no_route
            and not have - discounted
            and _known_call_back(text, compacted, numbers)
        ):
            # "Em cho chị mượn 5 triệu nhé … em rảnh gọi lại chị nha, chị nói rõ hơn", "em cần anh xác nhận trực tiếp,
            # anh gọi lại em qua số bàn 024 … máy lẻ 215": no route, no weighed rule signal, and the writer asks to be
            # called back by voice, on the number the reader has or a desk line (``_known_call_back``). The
            # impostor of a relative or a boss avoids the call; wording alone does not flag it.
            logit = 0.0
        rule_scale = self.model.rule_scale if self.model is not None else 1.0
        score = combine(signals, logit, discounted=discounted, rule_scale=rule_scale)
        if (have - discounted) & _FLOOR_SIGNALS:
            # A premium-rate number or paid SMS service costs the user money, and a look-alike of an official domain or
            # account is an imitation, whatever the wording and however the rules are scaled: never "safe".
            score = max(score, SUSPICIOUS_THRESHOLD)
        verdict = _verdict(score)
        if verdict != Verdict.SAFE and not signals:
            signals.append(Signal(S.SCAM_WORDING, self._top_words(folded)))
        return CheckResult(verdict, score, lang, tuple(signals), None, Kind.MESSAGE)

    def _top_words(self, folded: str) -> str:
        """The words whose model weight pushed most towards 'scam' (the evidence of ``scam_wording``)."""
        if self.model is None:
            return ""
        scored: list[tuple[float, str]] = []
        for word in set(_WORD.findall(folded)):
            col = CHAR_FEATURES + word_index(word)
            scored.append((float(self.model.scam_coef[col] * self.model.idf[col]), word))
        scored.sort(reverse=True)
        return ", ".join(w for weight, w in scored[:3] if weight > 0)

    # --- links, numbers, accounts -----------------------------------------------------------------------
    def _url(self, item: Item) -> CheckResult:
        lang = item.lang or langid.UNDETERMINED
        analysis = self.urls.analyze(item.text.strip())
        if analysis is None:
            return CheckResult(Verdict.SAFE, _item_score(()), lang, (), None, Kind.URL, {"valid": False})
        if analysis.official is not None:
            return CheckResult(Verdict.OFFICIAL, 0.0, lang, (), analysis.official, Kind.URL)
        score = _item_score(analysis.signals)
        return CheckResult(_verdict(score), score, lang, analysis.signals, None, Kind.URL)

    def _phone(self, item: Item) -> CheckResult:
        text = item.text.strip()
        folded = fold(text)
        lang = item.lang or (langid.identify(text, folded) if re.search(r"[^\W\d_]", text) else langid.UNDETERMINED)
        regions = phones.regions_for(lang, item.region)
        support = bool(_SUPPORT_WORDS.search(folded))
        candidates = [m.group(0) for m in phones.CANDIDATE.finditer(text)] or [text]
        for raw in candidates:
            analysis = phones.analyze_number(
                raw.strip(), regions, self.directory, presented_as_support=support, other_regions=item.region is None
            )
            if analysis is None:
                continue
            if analysis.official is not None:
                return CheckResult(
                    Verdict.OFFICIAL, 0.0, lang, (), analysis.official, Kind.PHONE, {"e164": analysis.e164}
                )
            score = _item_score(analysis.signals)
            return CheckResult(
                _verdict(score),
                score,
                lang,
                analysis.signals,
                None,
                Kind.PHONE,
                {"e164": analysis.e164, "number_type": analysis.number_type, "in_directory": False},
            )
        return CheckResult(Verdict.SAFE, _item_score(()), lang, (), None, Kind.PHONE, {"valid": False})

    def _account(self, item: Item) -> CheckResult:
        text = item.text.strip()
        folded = fold(text)
        lang = item.lang or (langid.identify(text, folded) if text else langid.UNDETERMINED)
        official = self.directory.official_account(text)
        if official is not None:
            return CheckResult(Verdict.OFFICIAL, 0.0, lang, (), official, Kind.ACCOUNT)
        if "@" in text and _EMAIL.fullmatch(text):
            result = self._url(Item(Kind.URL, text.rsplit("@", 1)[1], item.lang))
            if result.official is not None:
                # An address at an official domain that is not a listed sender is not proof of officialness.
                return CheckResult(
                    Verdict.SAFE, _item_score(()), lang, (), None, Kind.ACCOUNT, {"domain_official": True}
                )
            return CheckResult(result.verdict, result.score, lang, result.signals, None, Kind.ACCOUNT)
        signals: list[Signal] = []
        lookalike = self._lookalike_account(text)
        if lookalike is not None:
            signals.append(Signal(S.LOOKALIKE_ACCOUNT, text, lookalike))
        elif _SUPPORT_WORDS.search(folded) or self._names_brand(folded):
            signals.append(Signal(S.UNOFFICIAL_ACCOUNT, text))
        score = _item_score(signals)
        return CheckResult(_verdict(score), score, lang, tuple(signals), None, Kind.ACCOUNT)

    def _lookalike_account(self, name: str) -> str | None:
        skel = skeleton(name)
        for official_skel, (_owner, display) in self.directory.account_skeletons().items():
            if skel == official_skel:
                return display
            if len(official_skel) >= 8 and _edit_distance_le1(skel, official_skel):
                return display
        return None

    def _names_brand(self, folded: str) -> bool:
        words = set(re.findall(r"\w+", folded))
        return any(kw in words for brand in self.directory.brands for kw in brand.keywords)


def _edit_distance_le1(a: str, b: str) -> bool:
    from rapidfuzz.distance import OSA

    return OSA.distance(a, b, score_cutoff=1) <= 1

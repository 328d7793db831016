"""Phone numbers: premium-rate and shared-cost numbers, and numbers presented as support but not official.

``phonenumbers`` classifies numbers offline for every region (``+44 906…`` is premium-rate, Saudi ``9200…`` is
shared-cost). Vietnamese ``1900…`` numbers, which ``phonenumbers`` calls premium-rate, are reported as shared-cost:
the caller pays more than a normal call, but they are the ordinary hotlines of Vietnamese banks, couriers and shops
(a per-minute price stated beside one is premium-rate SMS/voice, a text signal of ``lexicon``). Both kinds are
always reported; shared-cost weighs less. Its ``PhoneNumberMatcher`` is thorough but slow, so
candidates are found with a cheap regex (8+ digits, optional ``+`` and separators) and parsed individually.
A number "presented as support" is one with support wording (hotline, tổng đài, 客服, สายด่วน, …) close to it;
TrustDesk support has no phone number at all, so such a number is official only if an organization put it in
its directory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from trustdesk.scamcheck.engine.directory import Directory
from trustdesk.scamcheck.engine.lexicon import (
    COURIER_PERSON,
    EVENT_PERSON,
    INVITATION,
    OWN_OR_APPOINTMENT_NUMBER,
    SUPPORT_CONTEXT,
)
from trustdesk.scamcheck.engine.normalize import fold_pattern
from trustdesk.scamcheck.engine.types import OfficialMatch, Signal
from trustdesk.scamcheck.engine.types import SignalType as S

# The numbering plans a message in each language is read in, the most likely first. Arabic is written across
# the Gulf, the Levant, Egypt and the Maghreb, and a UAE toll-free 800 or 600 hotline is no Saudi number;
# Traditional Chinese is Taiwan's and Hong Kong's. A national number is taken in the first plan where it is valid.
REGIONS_BY_LANG: dict[str, tuple[str, ...]] = {
    "vi": ("VN",),
    "th": ("TH",),
    "id": ("ID",),
    "ms": ("MY",),
    "zh-Hans": ("CN",),
    "zh-Hant": ("TW", "HK"),
    "ar": ("SA", "AE", "EG", "JO", "KW", "QA", "BH", "OM", "MA"),
    "en": ("GB",),
}
CANDIDATE = re.compile(r"(?<![\w+])\+?\(?\d[\d\s\-.()]{6,20}\d(?!\w)")
_SUPPORT = re.compile(fold_pattern(SUPPORT_CONTEXT))
_COURIER_PERSON = re.compile(fold_pattern(COURIER_PERSON))
_OWN_OR_APPOINTMENT_NUMBER = re.compile(fold_pattern(OWN_OR_APPOINTMENT_NUMBER))
_EVENT_PERSON = re.compile(fold_pattern(EVENT_PERSON))
_INVITATION = re.compile(fold_pattern(INVITATION))
_CONTEXT_CHARS = 60
# A number labelled as a reference, transaction, order, invoice, receipt, booking or tracking number is an
# identifier, not a phone number ("الرقم المرجعي 90021873" read in the Saudi plan is a 900 premium-rate number):
# the label, then at most a colon, "#", "no." or a copula, right before the digits. Searched in the folded text just
# before each candidate, in every language whatever the message's own.
REFERENCE_LABEL = re.compile(
    fold_pattern(
        r"(?:\b(?:(?:upi |bank |payment |transfer |booking |transaction |txn |trx )?ref(?:erence)?|"
        r"(?:transaction|txn|trx|order|invoice|receipt) ?(?:id|no|num|number)?|"
        r"(?:booking|tracking|confirmation|case|ticket|violation|citation|fine|summons) ?(?:id|no|num|number|ref)|"
        # a courier's air waybill ("Shipment AWB 9087762311"), read in the British plan as a 0908 premium-rate number
        r"(?:awb|air ?waybill|waybill|consignment)(?: ?(?:no|num|number))?|"
        # ... or its shipment or receipt number in Malay, Indonesian or English ("DHL Express: Kiriman 4820193746 anda
        # memerlukan …", "No. resi 0098…", "Shipment 5512093746")
        r"(?:kiriman|shipment|(?:no|nomor|nombor) ?\.? ?resi|resi)(?: ?(?:no|num|number|nombor|nomor))?|"
        r"(?:mã|số) (?:giao dịch|gd|tham chiếu|đơn hàng|đơn|hóa đơn|vận đơn)|"
        r"(?:no|nombor|nomor|nmr|id) ?\.? ?(?:rujukan|ruj|referensi|ref|transaksi|trx|pesanan|resit|invois|tempahan)|"
        r"(?:rujukan|referensi|transaksi) (?:no|id)|"
        # a remote-desktop ID ("AnyDesk ID aku 482 119 003", "TeamViewer ID: 1 234 567 890") is no phone number either
        r"(?:any ?desk|team ?viewer|rust ?desk|ultra ?viewer) ?(?:id|address|alamat)"
        r"(?: (?:aku|saya|sy|gw|gue|ku|my|kamu|anda|awak))?|"
        # an online meeting's ID ("Zoom meeting ID 382 716 054", "腾讯会议 会议号 382 716 054", "ID rapat 845 …")
        r"(?:zoom |teams |webex |google meet )?meeting ?(?:id|no|number|code)|(?:mã|id|số) (?:cuộc họp|phòng họp)|"
        r"(?:id|kode|kod) (?:rapat|mesyuarat|meeting))|"
        r"会议(?:号|號|id|室号)|會議(?:號|id)|(?:ไอดี|รหัส|หมายเลข)(?:ห้อง)?ประชุม|(?:رقم|معرف) (?:ال)?اجتماع|"
        r"(?:参|參)考(?:号|编号|編号|号码)|交易(?:号|编号|編号|单号)|流水号|订单(?:号|编号|編号)|单号|"
        r"(?:เลข|หมายเลข|รหัส)(?:ที่)?(?:อ้างอิง|รายการ|ทำรายการ|คำสั่งซื้อ|ธุรกรรม)|"
        r"(?:ال)?رقم (?:ال)?(?:مرجعي|مرجع|العملية|عملية|الحوالة|حوالة|المعاملة|معاملة|الطلب|طلب|"
        r"الفاتورة|فاتورة|الايصال|ايصال|المخالفة|مخالفة)|"
        # a traffic violation's own number ("مخالفة مرورية رقم 1458023319")
        r"مخالفة (?:مرورية |سير )?رقم|"
        r"(?:ال)?مرجع)"
        r"\s*(?:\.|:|：|#|no\.?|is|là|adalah|ialah|是|为|คือ|هو)?\s*[:：#.]?\s*$"
    )
)
_LABEL_CHARS = 40


# A number that continues a hyphenated code whose segment before it mixes letters and digits ("kes sivil
# BA-B52NCvC-1234-2026", "SO-2026A-5581 2290"): the tail of a court case, file or order number, not a phone number (a
# phone number is written apart from the words before it, or after a label of letters only: "WA-0812 …").
_CODE_SEGMENT_BEFORE = re.compile(r"\b(?=\w*[a-z])(?=\w*\d)\w{3,}-$", re.IGNORECASE)


def labelled_reference(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` in ``text`` is labelled as a reference or transaction number, or is
    the tail of a hyphenated code (``_CODE_SEGMENT_BEFORE``)."""
    before = text[max(0, start - _LABEL_CHARS) : start]
    return (
        REFERENCE_LABEL.search(fold_pattern(before).rstrip("(")) is not None
        or _CODE_SEGMENT_BEFORE.search(before) is not None
    )


MARKETS = ("VN", "TH", "ID", "MY", "CN", "TW", "SA", "AE", "SG", "GB", "US")


@dataclass(frozen=True, slots=True)
class PhoneAnalysis:
    raw: str
    e164: str
    number_type: int
    official: OfficialMatch | None
    signals: tuple[Signal, ...]


# A Chinese message from a Singapore bank or wallet ("DBS：您的 PayLah! 已成功转账 SGD 45.00 …，请致电 1800 111 1111"):
# its numbers are Singaporean. Read in the Chinese plan first, the bank's toll-free 1800 line is a mainland mobile
# (180…), and a notice of the user's own transfer with its hotline looks like a stranger's number to call.
_SINGAPORE_CUE = re.compile(
    r"\b(?:sgd|paynow|paylah|dbs|posb|ocbc|uob|singpass|digibank)\b|\bs\$|新加坡|新币|新幣", re.IGNORECASE
)


# An English message from Malaysia ("Maybank: … call 1-300-88-6688", "RM500 voucher, dial 1-600-82-3311"): its
# numbers are Malaysian. Read in the British plan, a 1-300 company line is a British landline (01300) and the
# premium-rate 600 / 1-600 range is no number at all, so the cue puts the Malaysian plan first: a Malaysian bank,
# wallet, telco or agency, the ringgit, a Malaysian place, or a number written in the Malaysian grouping of the
# non-geographic lines ("1-300-88-6688", "1-600-82-3311": 1, the prefix, then two digits, then four; "600 50 2030"
# without the 1 is also how the UAE writes its 600 hotlines).
_MALAYSIA_CUE = re.compile(
    r"\b(?:rm ?\d|myr|ringgit|maybank2?u?|cimb|rhb|hong leong|ambank|bank islam|bank rakyat|bsn|public bank|"
    r"touch ?'?n ?go|tng ?ewallet|duitnow|celcomdigi|celcom|digi|maxis|hotlink|u ?mobile|unifi|tnb|lhdn|"
    r"kwsp|epf|perkeso|socso|jpj|pdrm|pos ?laju|poslaju|mysejahtera|malaysia|malaysian|kuala lumpur|selangor|johor|"
    r"penang|sabah|sarawak|"
    # (more of its banks and agencies, its states and cities, and the "Sdn Bhd" of its company names)
    r"affin ?bank|alliance bank|bank muamalat|agrobank|bank negara|bnm|mcmc|nsrc|ptptn|tabung haji|asnb|myeg|mykad|"
    r"putrajaya|cyberjaya|petaling jaya|shah alam|klang|ipoh|melaka|malacca|kedah|perak|pahang|kelantan|terengganu|"
    r"negeri sembilan|perlis|labuan|kuching|kota kinabalu|seremban|sdn\.? bhd)\b|"
    r"(?<![\d+])1[- ][3679]00[- ]\d{2}[- ]\d{4}(?!\d)",
    re.IGNORECASE,
)
# ... unless it is the Gulf's: a UAE 600 hotline is written "600 50 2030" too ("ADCB: … AED 312.50 … 600 50 2030").
# (Bahrain's BHD, not the "Sdn Bhd" of a Malaysian company name)
_GULF_CUE = re.compile(
    r"\b(?:aed|dirhams?|uae|dubai|abu dhabi|sharjah|sar|riyals?|saudi|qar|kwd|(?<!sdn )(?<!sdn\. )bhd|omr)\b",
    re.IGNORECASE,
)


# A Chinese message from Malaysia ("【Maybank】…请致电 03-7626 8899", "令吉", "吉隆坡"): its numbers are Malaysian.
# Read in the Chinese plan, "03-7626 8899" is no number at all, and a Malaysian mobile (01x) is none either. The
# Malaysian cues above (a bank, wallet, telco or agency, the ringgit, a place) and their Chinese names.
_MALAYSIA_CUE_ZH = re.compile(
    r"马来西亚|馬來西亞|大马|大馬|吉隆坡|雪兰莪|雪蘭莪|柔佛|槟城|檳城|沙巴|砂拉越|砂勞越|令吉|马币|馬幣|"
    r"马银行|馬銀行|大众银行|大眾銀行|丰隆银行|豐隆銀行|国家银行|國家銀行|马来西亚皇家警察|大马警方|大馬警方"
)
# An English message from Singapore ("OCBC: SGD 58.40 was spent on your card … If unauthorised, call 6363 3333", "DBS:
# … If in doubt, call 1800 111 1111"): its numbers are Singaporean, as in a Chinese one (``_SINGAPORE_CUE``). Read in
# the British plan, the bank's eight-digit line and its toll-free 1800 line are no number at all.
_SINGAPORE_CUE_EN = re.compile(
    r"\b(?:sgd|paynow|paylah|dbs|posb|ocbc|uob|singpass|digibank|singapore|singaporean|cpf|iras|hdb)\b|\bs\$",
    re.IGNORECASE,
)
# A number in the North American grouping ("1-800-937-8997", "dial 1-900-438-2261": 1, then three, three and four
# digits): a toll-free or premium-rate line of the United States or Canada, which the British plan cannot read. Its
# plan is tried after the language's, so other numbers of the message keep their reading.
_NANP_FORM = re.compile(r"(?<![\d+])1[- .]\(?[2-9]\d{2}\)?[- .]\d{3}[- .]\d{4}(?!\d)")


def regions_for(lang: str, region: str | None, text: str = "") -> tuple[str, ...]:
    """The numbering plans to read a national number in: the one the caller named, else the language's (Singapore's
    first for a Chinese or English message that names a Singapore bank, wallet or currency; Malaysia's first for an
    English or Chinese message that names a Malaysian one or writes a number in the Malaysian grouping; the North
    American plan after the language's for an English message with a number in the North American grouping)."""
    if region:
        return (region.upper(),)
    regions = REGIONS_BY_LANG.get(lang, ("GB",))
    if lang.startswith("zh") and text and _SINGAPORE_CUE.search(text):
        return ("SG", *regions)
    if (
        (lang == "en" or lang.startswith("zh"))
        and text
        and (_MALAYSIA_CUE.search(text) or (lang.startswith("zh") and _MALAYSIA_CUE_ZH.search(text)))
        and not _GULF_CUE.search(text)
    ):
        return ("MY", *regions)
    if lang == "en" and text and _SINGAPORE_CUE_EN.search(text) and not _GULF_CUE.search(text):
        return ("SG", *regions)
    if lang == "en" and text and _NANP_FORM.search(text):
        return (*regions, "US")
    return regions


def _parse(raw: str, regions: tuple[str, ...]) -> phonenumbers.PhoneNumber | None:
    for region in regions:
        try:
            number = phonenumbers.parse(raw, region)
        except NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
        if raw.lstrip().startswith("+"):
            return None  # an international number has one reading only
    return None


def _shared_cost_hotline(number: phonenumbers.PhoneNumber) -> bool:
    """A Vietnamese 1900 number: a business hotline the caller pays for, classed premium-rate by ``phonenumbers``."""
    return number.country_code == 84 and str(number.national_number).startswith("1900")


# Malaysian non-geographic numbers written without the trunk 0, which ``phonenumbers`` misreads: "1-900-88-1234" /
# "dail 1900 88 1234" is a premium-rate line (it reads a mobile 019 number), and so are "1-600-88-1234" and the
# same line written "600-88-1234" (the premium-rate range of the Malaysian plan, +60 1600, which ``phonenumbers``
# reads so only with the leading 1). 1-300 (local rate), 1-700 (a personal follow-me number, charged as a call) and
# 1-800 (toll-free) are the ordinary company lines, which ``phonenumbers`` reads as toll-free. Read so only in the
# Malaysian plan, for a national number.
_MY_PREMIUM = re.compile(r"1900\d{5,6}|1?600\d{6}")


def _malaysian_special(raw: str, digits: str, regions: tuple[str, ...]) -> int | None:
    if not regions or regions[0] != "MY" or raw.lstrip().startswith(("+", "0")):
        return None
    if _MY_PREMIUM.fullmatch(digits):
        return int(PhoneNumberType.PREMIUM_RATE)
    return None


# Country codes with no country: +881 (satellite phones: Iridium, Thuraya, Globalstar), +882 and +883
# (international networks: satellite, maritime and in-flight operators, global SIM providers) and +979 (the ITU's
# international premium-rate service). A call to them is billed far above any national rate, and a missed call or
# "voicemail" asking to call one back is the wangiri fraud; ``phonenumbers`` calls many of their numbers invalid or
# mobile, so they are recognised by the code itself (written with "+" or "00"), whatever the rest of the number.
@lru_cache(maxsize=65_536)
def _read(raw: str, regions: tuple[str, ...]) -> tuple[str, int] | None:
    """E.164 form and type of a number read in ``regions``, or ``None``. Memoised: a batch repeats the same hotlines,
    and ``phonenumbers``' parsing and validation are the costly part of a message with a number."""
    number = _parse(raw, regions)
    if number is None:
        return None
    ntype = phonenumbers.number_type(number)
    if ntype == PhoneNumberType.PREMIUM_RATE and _shared_cost_hotline(number):
        ntype = PhoneNumberType.SHARED_COST
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), ntype


_INTERNATIONAL_PREMIUM = re.compile(r"^(?:\+|00)\s*(?:88[123]|979)")


def analyze_number(
    raw: str,
    regions: tuple[str, ...],
    directory: Directory,
    *,
    presented_as_support: bool,
    other_regions: bool = False,
) -> PhoneAnalysis | None:
    """Classify one number; ``None`` if it is not a valid phone number.

    National numbers are read in ``regions`` first and, with ``other_regions``, in the other product markets
    (a Vietnamese number checked from an English UI is still a Vietnamese number).
    """
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 8 or len(digits) > 15:
        return None
    if _INTERNATIONAL_PREMIUM.match(raw.lstrip()):
        e164 = "+" + (digits[2:] if raw.lstrip().startswith("00") else digits)
        listed = directory.official_phone(e164)
        premium = () if listed is not None else (Signal(S.PREMIUM_RATE, raw.strip(), e164),)
        return PhoneAnalysis(raw, e164, int(PhoneNumberType.PREMIUM_RATE), listed, premium)
    special = _malaysian_special(raw, digits, regions)
    if special is not None:  # read before phonenumbers, which takes it for another number
        e164, ntype = "+60" + digits, special
    else:
        if other_regions:
            regions = (*regions, *(r for r in MARKETS if r not in regions))
        reading = _read(raw, regions)
        if reading is None:
            return None
        e164, ntype = reading
    official = directory.official_phone(e164)
    signals: list[Signal] = []
    evidence = raw.strip()
    if ntype == PhoneNumberType.PREMIUM_RATE:
        signals.append(Signal(S.PREMIUM_RATE, evidence, e164))
    elif ntype == PhoneNumberType.SHARED_COST:
        signals.append(Signal(S.SHARED_COST, evidence, e164))
    if presented_as_support and official is None:
        signals.append(Signal(S.UNOFFICIAL_SUPPORT_NUMBER, evidence, e164))
    return PhoneAnalysis(raw, e164, int(ntype), official, tuple(signals))


def _personal_number(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a person's, named right before it, not a support line, whatever contact word
    stands near: a courier's driver with his own mobile ("Tài xế Bình 0903 … sẽ liên hệ", lexicon ``COURIER_PERSON``),
    the writer's own number or the line to move an appointment (``OWN_OR_APPOINTMENT_NUMBER``), or, in an invitation,
    the teacher's or organiser's mobile ("Mọi thắc mắc liên hệ cô Thảo 0983 …": ``EVENT_PERSON``, ``INVITATION``)."""
    before = fold_pattern(text[max(0, start - 50) : start])
    return bool(
        _COURIER_PERSON.search(before)
        or _OWN_OR_APPOINTMENT_NUMBER.search(before)
        or (_EVENT_PERSON.search(before) and _INVITATION.search(fold_pattern(text)))
    )


def find_numbers(text: str, regions: tuple[str, ...], directory: Directory) -> list[PhoneAnalysis]:
    """Numbers in a message, each with its signals; support context is looked for around each number."""
    out: list[PhoneAnalysis] = []
    seen: set[str] = set()
    for m in CANDIDATE.finditer(text):
        raw = m.group(0).strip(" -.(")
        if labelled_reference(text, m.start()):
            continue
        window = fold_pattern(text[max(0, m.start() - _CONTEXT_CHARS) : m.end() + 20])
        support = bool(_SUPPORT.search(window)) and not _personal_number(text, m.start())
        analysis = analyze_number(raw, regions, directory, presented_as_support=support)
        if analysis is None or analysis.e164 in seen:
            continue
        seen.add(analysis.e164)
        out.append(analysis)
    return out


# The digits part of ``CANDIDATE`` alone: every candidate holds a match of it, and without the lookbehind at its
# start the search skips straight from digit to digit, so texts with no run of digits are answered cheaply.
_DIGIT_RUN = re.compile(r"\d[\d\s\-.()]{6,20}\d")


def has_candidate(text: str) -> bool:
    return _DIGIT_RUN.search(text) is not None and CANDIDATE.search(text) is not None

"""Link analysis: official domains, look-alikes, shorteners, IP hosts, plain HTTP, punycode.

A look-alike is any host that is not official but imitates an official registrable domain:

* homoglyph / punycode: ``xn--pypal-4ve.com`` (``pаypal.com`` with a Cyrillic а), ``paypa1.com``, ``rnaybank``;
* typo: one edit (two for long names) from an official name, transpositions included (``vietcombnak``); a
  name of three or four letters under its own suffix, where a replaced letter counts only as a typosquatter's
  (``hsbe.com``, ``atu.com``), not as another business's name (``art.com`` is not ``att.com``);
* TLD swap: the official name under another suffix (``vietcombank.com`` for ``vietcombank.com.vn``);
* brand in subdomain or name: ``vietcombank.com.vn.secure-login.top``, ``paypal-verify.com``; this one also for
  the directory's reference brands (``emiratespost-ae.redeliver.live``), whose own domains are not flagged.

The registrable domain comes from the bundled Public Suffix List (``tldextract`` offline), so
``login.vietcombank.com.vn`` is official and ``vietcombank.com.vn.xn--80ak6aa92e.com`` is not.
Analysis of a host is memoised per directory: batch files repeat hosts a lot.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache

import idna
import tldextract
from rapidfuzz import process
from rapidfuzz.distance import OSA

from trustdesk.scamcheck.engine.directory import Directory
from trustdesk.scamcheck.engine.normalize import skeleton
from trustdesk.scamcheck.engine.types import OfficialMatch, Signal
from trustdesk.scamcheck.engine.types import SignalType as S

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# Scheme URLs, www. URLs, and bare host names (validated against the suffix list afterwards). Chinese, Japanese,
# Korean and Thai text runs words together without spaces, so a link in it ends, and a bare host name starts, at the
# first character of those scripts ("请访问ccb-jiedong.com验证身份" holds the host "ccb-jiedong.com"): ``\w`` matches
# them, and the whole run of text was taken for the link.
# A bare host name ends where a word ends: a last label that runs straight on into a letter or digit, or into a further
# dotted label, is part of a code or a handle, not a suffix ("S21936.HN4.C271" is a GHTK order code, not the Honduran
# ".hn"; "dsi.case2568" is a chat ID). (Letters of the spaceless scripts end a host, as above.)
_NO_SPACE_SCRIPTS = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
URL_RE = re.compile(
    rf"(?:(?:https?|hxxps?)://|www\.)[^\s<>\"'，。、！？）)\]}}{_NO_SPACE_SCRIPTS}]+"
    rf"|(?<![@.\-])(?<![^\W{_NO_SPACE_SCRIPTS}])(?:(?:[^\W{_NO_SPACE_SCRIPTS}]|-){{1,63}}\.)+"
    rf"(?:xn--[a-z0-9-]{{2,59}}|[^\W\d_{_NO_SPACE_SCRIPTS}]{{2,24}})(?![^\W{_NO_SPACE_SCRIPTS}]|\.[^\W{_NO_SPACE_SCRIPTS}])"
    rf"(?::\d{{2,5}})?"
    rf"(?:/[^\s<>\"'，。、！？）)\]}}{_NO_SPACE_SCRIPTS}]*)?",
    re.IGNORECASE,
)
# Internationalised names in Thai or Han script ("โดเมน.ไทย", "例子.中国", "คนละครึ่ง.com"), which URL_RE cannot
# read: it ends a host at the first letter of those scripts. Such a name has no spaces of its own, so it is read
# only where it starts after a space, an opening bracket or quote, a colon or a scheme, where each label is in one
# script (Thai or Han, or ASCII: a run mixing them is text, "คลิกbit.ly" holds the link "bit.ly"), and where its last
# label (a top-level domain in those scripts, or ASCII) ends the run: "ขอบคุณครับ.ไทยพาณิชย์แจ้ง" is two sentences,
# not a link. Whether the last labels are a public suffix is checked afterwards (``_idn_host``).
_IDN_SCRIPTS = "\u0e00-\u0e7f\u3400-\u4dbf\u4e00-\u9fff"
_IDN_RE = re.compile(
    rf"(?<![^\s:：(（\"'“「【])(?:https?://)?"
    rf"((?:(?:(?=[0-9-]*[{_IDN_SCRIPTS}])[{_IDN_SCRIPTS}0-9-]{{1,63}}|[a-z0-9-]{{1,63}})\.)+(?:[a-z]{{2,24}}(?![a-z0-9_-])|[{_IDN_SCRIPTS}]{{1,20}}(?![\w{_IDN_SCRIPTS}])))"
    rf"(?:/[^\s<>\"'，。、！？）)\]}}]*)?",
    re.IGNORECASE,
)
_IDN_HINT = re.compile(rf"[{_IDN_SCRIPTS}]\.|\.[{_IDN_SCRIPTS}]")
# Names whose letters cannot pass for Latin ones: a name wholly in Thai or Han script is not a homograph.
_NOT_LATIN_LOOKING = re.compile(rf"[{_IDN_SCRIPTS}\u3040-\u30ff\uac00-\ud7af]+")
# What every match of URL_RE holds: a scheme, "www.", or a dot before a letter (a host's last label). A sentence's
# full stop is followed by a space, so most messages have none; this search is ten times cheaper than URL_RE's.
_URL_HINT = re.compile(r"://|www\.|\.[^\W\d_]", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"…"
# What may follow a bare host name that is in fact the local part of an e-mail address: more of it, then "@".
_EMAIL_LOCAL_REST = re.compile(r"[\w.+\-]*@")
_SCHEME_OR_WWW = re.compile(r"(?:https?|hxxps?)://|www\.", re.IGNORECASE)
_CODE_GOES_ON = re.compile(r"\.\d")  # a host never ends where a dotted run of digits goes on
# Other large services one edit away from a brand (``email.com`` vs ``gmail.com``); never reported as typos.
_NOT_TYPOS = frozenset({"email", "mail", "hotmail", "ymail"})
NOT_TYPOS = _NOT_TYPOS
# A host part holding something that may pass for another letter: a capital I among small letters (dhI for dhl),
# a digit, |, rn, vv or cl. A name in capitals (DHI) is not a look-alike of the small-letter name (dhl).
# A digit counts when it stands alone (paypa1, ambank0nline), not in a number (shop2024, 10086).
_CONFUSABLE_HINT = re.compile(r"[a-z][A-Z]*I|I[A-Z]*[a-z]|(?<!\d)[013457|](?!\d)|rn|vv|cl")
_LEET_DIGIT = re.compile(r"(?<=[a-z])[013457](?!\d)|(?<!\d)[013457](?=[a-z])")
_CAPITAL_AFTER_DOT = re.compile(r"\.[A-Z]")
_DIGIT_AS_L = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t"})
_DIGIT_AS_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_TOKEN_SEPARATORS = re.compile(r"[.\-_]+")
# Registrable names repeat across hosts (every ``*.example.com``): their skeletons are remembered.
_label_skeleton = lru_cache(maxsize=65_536)(skeleton)


@dataclass(frozen=True, slots=True)
class UrlAnalysis:
    url: str
    host: str
    registrable: str
    official: OfficialMatch | None
    signals: tuple[Signal, ...]


def _split_url(url: str) -> tuple[str, str]:
    """Return (scheme, host) with userinfo and port removed; scheme is '' for bare hosts. The host keeps its
    letter case: a capital I passing for an l (``dhI-express.com``) is only visible before lower-casing."""
    m = _SCHEME_AUTHORITY.match(url.strip().strip(_TRAILING))
    assert m is not None  # both parts are optional: the pattern matches every string
    scheme = m.group(1).lower().replace("xx", "tt") if m.group(1) else ""
    authority = m.group(2).rsplit("@", 1)[-1]  # https://paypal.com@evil.example -> the host is evil.example
    if authority.startswith("["):
        host = authority[1 : authority.find("]")] if "]" in authority else authority[1:]
    else:
        host = authority.split(":")[0] if authority.count(":") == 1 else authority
    if not host.isascii():
        host = host.replace("。", ".").replace("．", ".").replace("｡", ".")
    return scheme, host.strip(".-")  # no name begins or ends with a hyphen: "-Amazon.in" signs a message


_SCHEME_AUTHORITY = re.compile(r"(?i)(?:(https?|hxxps?)://)?([^/?#\\]*)")
_MAYBE_IPV4 = re.compile(r"[\d.]+")
_NUMERIC_HOST = re.compile(r"(?:0x[0-9a-f]+|\d{8,10})(?:\.(?:0x[0-9a-f]+|\d+)){0,3}")


def _ip_host(host: str) -> bool:
    if ":" not in host and not _MAYBE_IPV4.fullmatch(host):
        # Neither IPv6 (has ':') nor dotted IPv4 (only digits and dots): skip the costly parse that fails.
        return bool(_NUMERIC_HOST.fullmatch(host))
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    # Decimal, hex or octal forms that browsers still accept (http://3232235777/).
    return bool(_NUMERIC_HOST.fullmatch(host))


class UrlAnalyzer:
    """Analyses links against one directory; cheap to call repeatedly (memoised per host)."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self._cache: dict[tuple[str, str], UrlAnalysis] = {}
        self._label_cache: dict[tuple[str, str], str | None] = {}  # (name, suffix) -> ``_label_lookalike``
        self._labels: dict[str, tuple[str, str, bool]] = {}  # official label -> (owner, domain, generic)
        self._suffixes: dict[str, set[str]] = {}  # official label -> the public suffixes it is registered under
        self._no_tld_swap: set[str] = set()  # official labels others of the family use under other suffixes
        self._keywords: dict[str, tuple[str, str, bool]] = {}
        self._skeletons: dict[str, tuple[str, str]] = {}
        for brand in directory.brands:
            for domain in brand.domains:
                parts = _EXTRACT(domain)
                label = parts.domain or domain.split(".")[0]
                self._labels.setdefault(label, (brand.name, domain, brand.generic))
                self._suffixes.setdefault(label, set()).add(parts.suffix or domain.partition(".")[2])
                self._skeletons.setdefault(skeleton(label), (brand.name, domain))
                if brand.no_tld_swap:
                    self._no_tld_swap.add(label)
            for kw in brand.keywords:
                self._keywords.setdefault(kw, (brand.name, brand.domains[0], brand.generic))
        # Reference brands (not official; see directory.py) are recognised by name only: in a subdomain or as a
        # token or part of the name. Never by typo or suffix swap: their list of domains may be incomplete.
        for brand in directory.references:
            for kw in brand.keywords:
                self._keywords.setdefault(kw, (brand.name, brand.domains[0], False))
        # Skeletons of distinctive names (3+ letters) for tokens written with look-alike characters.
        self._token_skeletons: dict[str, tuple[str, str]] = {}
        for name, (_, domain, _) in [*self._keywords.items(), *self._labels.items()]:
            if len(name) >= 3:
                self._token_skeletons.setdefault(skeleton(name), (name, domain))
        self._typo_labels = [lab for lab, (_, _, generic) in self._labels.items() if len(lab) >= 5 and not generic]
        self._all_labels = list(self._labels)
        # Distinctive names (6+ letters) found inside a longer name: "paypalsecure", "vietcombankvn".
        long_names = sorted(
            (kw for kw, (_, _, generic) in self._keywords.items() if not generic and len(kw) >= 6),
            key=len,
            reverse=True,
        )
        self._embedded = re.compile("|".join(map(re.escape, long_names)) or r"(?!x)x")

    def analyze(self, url: str) -> UrlAnalysis | None:
        """Analyse one link; ``None`` when the text is not a host name (e.g. ``file.pdf``)."""
        scheme, raw_host = _split_url(url)
        if not raw_host:
            return None
        key = (scheme, raw_host)
        cached = self._cache.get(key)
        if cached is not None:
            # Same host, same findings; the evidence is this link, not the first one seen with the host.
            evidence = url.strip().strip(_TRAILING)[:200]
            signals = tuple(Signal(sig.type, evidence, sig.detail) for sig in cached.signals)
            return UrlAnalysis(url, cached.host, cached.registrable, cached.official, signals)
        result = self._analyze(url, scheme, raw_host.lower(), raw_host)
        if result is not None and len(self._cache) < 100_000:
            self._cache[key] = result
        return result

    def _analyze(self, url: str, scheme: str, host: str, raw_host: str) -> UrlAnalysis | None:
        evidence = url.strip().strip(_TRAILING)[:200]
        signals: list[Signal] = []
        if _ip_host(host):
            signals.append(Signal(S.IP_HOST, evidence, host))
            if scheme == "http":
                signals.append(Signal(S.PLAIN_HTTP, evidence))
            return UrlAnalysis(url, host, host, None, tuple(signals))
        ascii_host, unicode_host = host, host
        try:
            if not host.isascii():
                ascii_host = idna.encode(host, uts46=True).decode("ascii")
            elif "xn--" in host:
                unicode_host = idna.decode(host)
        except (idna.IDNAError, UnicodeError):
            if not host.isascii():
                ascii_host = host.encode("punycode").decode("ascii")
        if ascii_host in SHARED_HOST_NAMES:
            signals.append(Signal(S.SUSPICIOUS_LINK, evidence, f"hosting:{ascii_host}"))
            if scheme == "http":
                signals.append(Signal(S.PLAIN_HTTP, evidence))
            return UrlAnalysis(url, ascii_host, ascii_host.partition(".")[2], None, tuple(signals))
        official = self.directory.official_domain(ascii_host)
        if official is not None:
            return UrlAnalysis(url, ascii_host, official.value, official, ())
        reference = self.directory.reference_domain(ascii_host)
        if reference is not None:  # a reference brand's own domain: no look-alike, and not shown as official
            return UrlAnalysis(
                url, ascii_host, reference, None, (Signal(S.PLAIN_HTTP, evidence),) if scheme == "http" else ()
            )
        ext = _EXTRACT(ascii_host)
        if not ext.suffix or not ext.domain:
            if scheme:
                return UrlAnalysis(
                    url, ascii_host, ascii_host, None, (Signal(S.PLAIN_HTTP, evidence),) if scheme == "http" else ()
                )
            return None
        registrable = f"{ext.domain}.{ext.suffix}"
        if registrable in self.directory.shorteners or ascii_host in self.directory.shorteners:
            signals.append(Signal(S.URL_SHORTENER, evidence, registrable))
        lookalike = self._lookalike(ascii_host, unicode_host, ext.subdomain, ext.domain, ext.suffix, raw_host)
        if lookalike is not None:
            signals.append(Signal(S.LOOKALIKE_DOMAIN, evidence, lookalike))
        else:
            # A name in Thai or Han script ("คนละครึ่ง.com") is written so for its readers; a name mixing in letters
            # that pass for Latin ones (Cyrillic а in pаypal) is what the signal is for.
            if "xn--" in ascii_host and not _single_script_idn(unicode_host):
                signals.append(Signal(S.PUNYCODE, evidence, unicode_host))
            # A bare name with a capital after a dot is two sentences without a space ("Done.Help me"), not a link.
            sentences = not scheme and not ascii_host.startswith("www.") and _CAPITAL_AFTER_DOT.search(raw_host)
            if not sentences and (not signals or signals[0].type != S.URL_SHORTENER):
                suspicious = suspicious_host(ext.domain, ext.suffix, ext.subdomain)
                if suspicious is not None:
                    signals.append(Signal(S.SUSPICIOUS_LINK, evidence, suspicious))
        if scheme == "http":
            signals.append(Signal(S.PLAIN_HTTP, evidence))
        return UrlAnalysis(url, ascii_host, registrable, None, tuple(signals))

    def _lookalike(
        self, ascii_host: str, unicode_host: str, sub: str, label: str, suffix: str, raw_host: str = ""
    ) -> str | None:
        """Return ``technique:official-domain`` when the host imitates an official one, else ``None``."""
        # 1. An official domain written inside the subdomain part (any run of its labels).
        if sub:
            labels = sub.split(".")
            for i in range(len(labels)):
                for j in range(i + 2, min(len(labels), i + 4) + 1):
                    candidate = ".".join(labels[i:j])
                    if candidate in self.directory.domains or candidate in self.directory.reference_domains:
                        return f"brand_in_subdomain:{candidate}"
        # 2. Homoglyphs: the skeleton of the (decoded) name equals an official name's skeleton.
        uni_label = unicode_host.split(".")[-len(suffix.split(".")) - 1] if unicode_host != ascii_host else label
        skel = _label_skeleton(uni_label)
        if skel in self._skeletons and uni_label not in self._labels:
            return f"homoglyph:{self._skeletons[skel][1]}"
        # 3. TLD swap: the official name under a suffix it does not own. A short ordinary word (J&T Indonesia's
        # "jet.co.id") is some other organisation's name under another suffix (jet.com): not compared so.
        # Nor a name the brand's family uses under other suffixes (vodafone.de, redcross.ca: see directory.py).
        if label in self._labels and not (self._labels[label][2] and len(label) < 4) and label not in self._no_tld_swap:
            return f"tld_swap:{self._labels[label][1]}"
        # 4. Brand keyword as a token of the name or subdomain (combosquatting): paypal-verify, bca-promo.
        # One- and two-letter names (t.me, fb.com) are never matched as tokens: "t-mobile" does not name Telegram,
        # nor is a short ordinary word ("private-jet" does not name J&T's jet.co.id).
        tokens = [t for t in _TOKEN_SEPARATORS.split(f"{sub}.{label}") if t]
        for token in tokens:
            if len(token) < 3:
                continue
            hit = self._keywords.get(token) or (self._labels.get(token) if token in self._labels else None)
            # The name itself under another suffix (www.vodafone.de) is the family's, not a token of another name.
            own_name = token == label and (len(tokens) == 1 or label in self._no_tld_swap)
            if hit is not None and not own_name and not (hit[2] and len(token) < 4):
                return f"brand_in_name:{hit[1]}"
        # 4b. A token written with look-alike characters, read in the host's original letter case: a capital I
        # for an l (dhI-express, paypaI-login), a digit for a letter (paypa1-secure), rn for m (rnicrosoft-...).
        if raw_host.isascii() and _CONFUSABLE_HINT.search(raw_host):
            raw_tokens = _TOKEN_SEPARATORS.split(raw_host[: len(raw_host) - len(suffix) - 1])
            for token in raw_tokens:
                if len(token) < 3 or not _CONFUSABLE_HINT.search(token):
                    continue
                named = self._token_skeletons.get(skeleton(token))
                if named is not None and token.lower() != named[0]:
                    return f"homoglyph:{named[1]}"
        # 4c. A small l for a small i, or the reverse, in a distinctive name of six letters or more (linkedln for
        # linkedin, paypai for paypal): the two differ by a stroke's dot in most fonts. Read for reference brands too,
        # which are never compared by typo (step 5): only this swap, letter for letter, counts.
        for token in tokens:
            if len(token) >= 6 and ("l" in token or "i" in token):
                named = self._token_skeletons.get(skeleton(token))
                if named is not None and len(named[0]) >= 6 and _l_for_i(token, named[0]):
                    return f"homoglyph:{named[1]}"
        return self._label_lookalike(label, suffix)

    def _label_lookalike(self, label: str, suffix: str) -> str | None:
        """The checks of ``_lookalike`` that read only the registrable name: memoised, because many hosts share
        one registrable domain (every ``*.example.com``) and the edit-distance search is the costly part."""
        key = (label, suffix)
        if key in self._label_cache:
            return self._label_cache[key]
        found = self._label_lookalike_uncached(label, suffix)
        if len(self._label_cache) < 100_000:
            self._label_cache[key] = found
        return found

    def _label_lookalike_uncached(self, label: str, suffix: str) -> str | None:
        if label not in self._keywords:
            embedded = self._embedded.search(label)
            if embedded is None and _LEET_DIGIT.search(label):
                # A digit passing for a letter inside a longer name: ambank0nline, paypa1secure.
                embedded = self._embedded.search(label.translate(_DIGIT_AS_L)) or self._embedded.search(
                    label.translate(_DIGIT_AS_I)
                )
            if embedded is not None:
                return f"brand_in_name:{self._keywords[embedded.group(0)][1]}"
        # 5. Typos: edit distance 1 (2 for names of 9+ letters), transpositions counted as one edit.
        if len(label) >= 4 and label not in _NOT_TYPOS:
            for cand, dist, _ in process.extract(
                label, self._typo_labels, scorer=OSA.distance, score_cutoff=2, limit=3
            ):
                limit = 1 if len(cand) <= 8 else 2
                if 0 < dist <= limit:
                    return f"typo:{self._labels[cand][1]}"
        # Short or common-word names (bidv, hsbc, line) are too close to ordinary words to compare alone:
        # one edit away *under the same suffix* (bdiv.com.vn, hsbe.com) is still a look-alike. But a name of three or
        # four letters is one letter away from many other businesses' real names (art.com, ats.com, atm.com for
        # att.com): for those a letter replaced by another counts only when it is a typosquatter's replacement, a
        # letter that passes for the brand's (hsbe for hsbc), a vowel for a vowel or a one-bit flip (atu for att);
        # a letter added, dropped, doubled or swapped with its neighbour counts as before.
        if label not in _NOT_TYPOS:
            for cand, dist, _ in process.extract(label, self._all_labels, scorer=OSA.distance, score_cutoff=1, limit=5):
                if dist == 1 and suffix in self._suffixes[cand] and (len(cand) > 4 or _typosquat_edit(label, cand)):
                    return f"typo:{cand}.{suffix}"
        return None


# Small letters that pass for one another at a glance in a host name (one replacing the other in a short name).
_CONFUSABLE_PAIRS = frozenset(
    frozenset(p) for p in ("ce", "co", "eo", "il", "ij", "jl", "uv", "nm", "gq", "bd", "pq", "hn")
)
_VOWELS = frozenset("aeiou")


def _l_for_i(token: str, name: str) -> bool:
    """Whether ``token`` is ``name`` with one or more small l written for i or i for l, and nothing else changed."""
    if len(token) != len(name) or token == name:
        return False
    return all(a == b or {a, b} == {"l", "i"} for a, b in zip(token, name, strict=True))


def _typosquat_edit(label: str, cand: str) -> bool:
    """Whether ``label``, one edit from ``cand``, is a typosquatter's edit of it rather than another word: any edit
    but a replaced letter, or a letter replaced by a look-alike, a vowel by a vowel, or a one-bit flip."""
    if len(label) != len(cand):
        return True  # a letter added, dropped or doubled (attt, at, hssbc)
    diff = [(a, b) for a, b in zip(label, cand, strict=True) if a != b]
    if len(diff) != 1:
        return True  # two neighbours swapped (bdiv)
    a, b = diff[0]
    return (
        frozenset((a, b)) in _CONFUSABLE_PAIRS or (a in _VOWELS and b in _VOWELS) or (ord(a) ^ ord(b)).bit_count() == 1
    )


# --- hosts a bank, carrier, courier or government would not send, whatever brand they name or not --------------
# Top-level domains that phishing reports (Spamhaus, Interisle, APWG, Netcraft) keep finding among the most abused,
# sold for a few cents to a dollar, and that banks, couriers, carriers and governments do not send links on. Not
# .com/.net/.org/.info/.biz nor ordinary country codes (legitimate senders use them every day). .cc, .pw and the
# former free Freenom names (.tk .ml .ga .cf .gq) are country codes sold as open generic names; my.id is
# Indonesia's personal second level. Words that also end chat sentences (.lol, .fun, .love, .life, .how) are left
# out: "haha.lol" in a chat is not a link.
ABUSED_SUFFIXES = frozenset(
    {
        "top", "xyz", "vip", "cc", "shop", "store", "gift", "online", "site", "website", "live", "icu", "buzz",
        "click", "link", "cfd", "sbs", "cyou", "rest", "bond", "win", "loan", "loans", "support", "help", "club",
        "work", "fit", "monster", "quest", "uno", "mom", "beauty", "hair", "skin", "makeup", "autos", "boats",
        "homes", "motorcycles", "yachts", "claims", "delivery", "pw", "tk", "ml", "ga", "cf", "gq", "my.id",
    }
)  # fmt: skip
# Shared names where anyone gets a subdomain for free or for little: app and site hosting (sub.web.app) and
# second-level names sold under a country-like label (sub.uk.com, sub.sa.com). No bank, courier, carrier or
# government sends its customers there.
SHARED_HOSTS = frozenset(
    {
        "web.app", "firebaseapp.com", "pages.dev", "workers.dev", "r2.dev", "netlify.app", "vercel.app",
        "glitch.me", "herokuapp.com", "000webhostapp.com", "weebly.com", "wixsite.com", "webflow.io", "repl.co",
        "ngrok.io", "ngrok-free.app", "trycloudflare.com", "square.site", "mystrikingly.com",
        "uk.com", "us.com", "eu.com", "sa.com", "ae.com", "cn.com", "gb.com", "gb.net", "uk.net", "za.com",
        "jpn.com", "ru.com", "de.com", "br.com", "kr.com", "in.net", "jp.net", "us.org", "mex.com", "ar.com",
    }
)  # fmt: skip
# Free blog hosts: people link their own blogs there ("now i m blogging at magicalsongs.blogspot.com"), so a blog
# counts as a shared host's page only when its name holds a lure word ("indomaret-hadiah.blogspot.com").
BLOG_HOSTS = frozenset({"blogspot.com", "wordpress.com"})
# Hosts under an official domain where anyone publishes a page (a Google Site): the page is its maker's, so the link is
# treated like a shared host's, not as the brand's own.
SHARED_HOST_NAMES = frozenset({"sites.google.com"})
# Labels of government public suffixes ("gov.vn", "go.id", "gob.mx", "gouv.fr", "govt.nz").
GOVERNMENT_LABELS = frozenset({"gov", "go", "gob", "gouv", "govt"})
# Public suffixes of governments, the military and schools: never reported (their names are reserved).
_RESERVED_SUFFIX_LABELS = GOVERNMENT_LABELS | {"mil", "edu", "ac", "sch"}
_COUNTRY_CODE = re.compile(r"[a-z]{2}")
# School suffixes whose registry hands names only to licensed institutions, under the education authority's approval
# ("edu.vn": a school's or the ministry's exam portal, "tra cứu tại thisinh.thitotnghiepthpt.edu.vn"): a route no
# scammer can own, like a government suffix. (Others, "ac.xx" or "edu.xx" of registries that sell them freely, are not.)
INSTITUTION_SUFFIXES = frozenset({"edu.vn"})


def government_suffix(suffix: str) -> bool:
    """Whether only a government (or a licensed public institution) can register under this public suffix: a
    government label before a two-letter country code ("gov.vn", "go.th", "gob.mx"), the bare "gov", or one of
    ``INSTITUTION_SUFFIXES``."""
    label, _, country = suffix.partition(".")
    return (
        suffix == "gov"
        or suffix in INSTITUTION_SUFFIXES
        or (label in GOVERNMENT_LABELS and _COUNTRY_CODE.fullmatch(country) is not None)
    )


# Lure words (romanised, as they appear in host names) of the seven languages: what the link asks you to do
# (log in, verify, update, pay, claim, track, reschedule, unlock) or what it pretends to be about (parcel, toll,
# bill, refund, prize, fine, government). A host name built from them (parcel-redelivery, tagihan-bayar,
# hoantienvcb is not: one lure and an unknown word) is not a sender's own site.
LURE_WORDS = frozenset(
    {
        # English
        "login", "logon", "signin", "verify", "verification", "verified", "validate", "validation", "confirm",
        "secure", "security", "update", "updates", "account", "accounts", "billing", "bills", "pay",
        "payment", "payments", "refund", "refunds", "claim", "claims", "parcel", "parcels", "redelivery",
        "redeliver", "rebook", "reschedule", "resend", "track", "tracking", "toll", "tolls", "fines",
        "penalty", "unlock", "unblock", "suspend", "suspended", "reward", "rewards", "prize", "bonus",
        "kyc", "auth", "sso", "otp", "customs", "fee", "fees", "gov", "govt", "reactivate", "recovery", "recover",
        "helpdesk", "webmail", "mailbox", "voucher", "vouchers", "redeem", "cashback", "winner", "giveaway",
        "appeal", "appeals", "upgrade", "renew", "renewal", "migrate", "migration", "activation", "activate",
        "unfreeze", "rebate", "payout", "quota", "mailquota", "copyright",
        # Indonesian / Malay
        "tagihan", "bayar", "bayaran", "pembayaran", "verifikasi", "hadiah", "undian", "paket", "kiriman",
        "pengiriman", "penghantaran", "bungkusan", "klaim", "tuntut", "tuntutan", "blokir", "aktivasi", "aktifkan",
        "denda", "tilang", "resi", "cekresi", "konfirmasi", "pengesahan", "sahkan", "semak", "semakan",
        "kemaskini", "saman", "kompaun", "cukai", "pajak", "jadual", "jadwal", "tol", "bansos", "bantuan",
        "pemulihan", "kerajaan", "pemerintah", "pulangan", "insentif", "subsidi", "banding", "rayuan", "migrasi",
        "keamanan", "keselamatan", "hakcipta", "pembaruan", "naiktaraf",
        # Vietnamese
        "hoadon", "thanhtoan", "xacminh", "xacthuc", "hoantien", "nhanqua", "quatang", "trungthuong", "capnhat",
        "taikhoan", "mokhoa", "giaolai", "giaohang", "phatnguoi", "nhantien", "dichvucong", "chinhphu", "hotro",
        "nangcap", "baomat", "hoanthue", "trocap", "khieunai",
        # Thai (romanised)
        "rabsit", "rubsit", "ngoenkhuen", "ngernkuen", "khuenngoen", "kuenngern",
        # Chinese (pinyin)
        "jiaofei", "tuikuan", "lipei", "lingjiang", "zhongjiang", "yanzheng", "denglu", "duihuan", "jifen", "kefu",
        "weizhang", "fakuan", "buchang", "butie", "etc", "shensu", "jiechu", "jiedong", "tuishui", "kuorong",
        "shengji",
        # Arabic (romanised)
        "tahdith", "tahdeeth", "tasdid", "tasdeed", "mukhalafat", "mukhalafa", "mokhalfat", "mukhalfat",
        "istirdad", "jawaez", "jaiza",
    }
)  # fmt: skip
# Words that may stand next to lure words in a host made of them only: country codes and filler.
_FILLER_WORDS = frozenset(
    {
        "id", "my", "vn", "th", "sa", "ae", "uk", "us", "au", "sg", "cn", "tw", "hk", "ksa", "uae", "en", "the",
        "now", "online", "info", "center", "centre", "portal", "service", "services", "web", "app", "page",
        "your", "new", "check", "cek", "view", "form", "net", "site", "today",
    }
)  # fmt: skip
_LURE_MAX = max(map(len, LURE_WORDS | _FILLER_WORDS))


@lru_cache(maxsize=65_536)  # host names repeat their registrable name (every *.example.com)
def _lure_count(part: str) -> int:
    """How many lure words make up ``part`` when it is entirely lure words, filler and digits; else 0."""
    n = len(part)
    best: list[int] = [-1] * (n + 1)  # best[i]: most lure words covering part[:i] (-1: cannot be covered)
    best[0] = 0
    for i in range(n):
        if best[i] < 0:
            continue
        if part[i].isdigit():
            best[i + 1] = max(best[i + 1], best[i])
            continue
        for j in range(i + 2, min(n, i + _LURE_MAX) + 1):
            word = part[i:j]
            if word in LURE_WORDS:
                best[j] = max(best[j], best[i] + 1)
            elif word in _FILLER_WORDS:
                best[j] = max(best[j], best[i])
    return max(best[n], 0)


# The generic labels of a registry suffix (example.org.au, example.com): a host whose subdomain ends with one of them,
# a name before it ("charity.org.au.donate-now.co"), dresses another registrable domain as an organisation's site.
_GENERIC_SUFFIX_LABELS = frozenset({"com", "org", "net", "gov", "edu", "ac", "co"})


def _suffix_in_subdomain(sub: str) -> str | None:
    """The registry suffix (``org.au``, ``com``) a subdomain ends with after a name, or ``None``."""
    labels = sub.split(".") if sub else []
    for i in range(1, len(labels)):
        if labels[i] in _GENERIC_SUFFIX_LABELS:
            rest = labels[i + 1 :]
            if not rest or (len(rest) == 1 and len(rest[0]) == 2 and rest[0].isalpha()):
                return ".".join(labels[i:])
    return None


def suspicious_host(label: str, suffix: str, sub: str = "") -> str | None:
    """Why a host that names no known brand is still not a sender's own site, or ``None``.

    ``tld:<suffix>`` for a registrable domain on a heavily abused top-level domain; ``hosting:<domain>`` for a
    subdomain of a free hosting service or of a shared country-like name (``SHARED_HOSTS``), or of a free blog host
    whose name holds a lure word (``BLOG_HOSTS``); ``suffix_in_subdomain:<suffix>`` for a registry suffix written at
    the end of the subdomain, after a name (``charity.org.au.donate-now.co``); ``lure:<name>`` for a name built from
    lure words: a lure word joined by a hyphen to another part (``rebook-parcel``, ``sawaco-hoadon``) or two lure
    words run together (``paketbayar``).
    Government, military and school suffixes never."""
    if _RESERVED_SUFFIX_LABELS.intersection(suffix.split(".")):
        return None
    if suffix in ABUSED_SUFFIXES:
        return f"tld:{suffix}"
    embedded = _suffix_in_subdomain(sub)
    if embedded is not None:
        return f"suffix_in_subdomain:{embedded}"
    if sub and sub != "www" and f"{label}.{suffix}" in SHARED_HOSTS:
        return f"hosting:{label}.{suffix}"
    if f"{label}.{suffix}" in BLOG_HOSTS and any(_lure_count(p) for p in re.split(r"[.\-]+", sub) if p):
        return f"hosting:{label}.{suffix}"
    parts = [p for p in label.split("-") if p]
    if len(parts) > 1:
        if any(_lure_count(p) for p in parts):
            return f"lure:{label}"
    elif _lure_count(label) >= 2:
        return f"lure:{label}"
    return None


def _single_script_idn(unicode_host: str) -> bool:
    """Every label is ASCII or wholly Thai / Han / kana / Hangul (``ตัวอย่าง.ไทย``, ``例子.com``). A name that does not
    decode (``xn--amazn-2ya``) stays in punycode and is not one."""
    labels = unicode_host.split(".")
    return not unicode_host.isascii() and all(lab.isascii() or _NOT_LATIN_LOOKING.fullmatch(lab) for lab in labels)


def _idn_host(host: str) -> bool:
    """Whether a Thai or Han name read by ``_IDN_RE`` ends in a public suffix with a name before it."""
    if host.isascii():
        return False  # URL_RE reads it
    try:
        ext = _EXTRACT(idna.encode(host, uts46=True).decode("ascii"))
    except (idna.IDNAError, UnicodeError):
        return False
    return bool(ext.suffix and ext.domain)


def find_urls(text: str) -> list[str]:
    """Candidate links in free text, in order, without duplicates."""
    found: list[tuple[int, str]] = []
    if _URL_HINT.search(text) is not None:  # every match of URL_RE holds one; most messages none, URL_RE fails slowly
        for m in URL_RE.finditer(text):
            candidate = m.group(0).rstrip(_TRAILING)
            if "@" in text[max(0, m.start() - 1) : m.start()]:
                continue
            if _EMAIL_LOCAL_REST.match(text, m.end()) and not _SCHEME_OR_WWW.match(candidate):
                continue  # the local part of an e-mail address ("nguyenlan.hn@gmail.com"), not a host
            if _CODE_GOES_ON.match(text, m.end()) and "/" not in candidate:
                continue  # part of a dotted code such as the order number "S22.HN.7781", not a host ".hn"
            found.append((m.start(), candidate))
    if _IDN_HINT.search(text) is not None:
        for m in _IDN_RE.finditer(text):
            if _idn_host(m.group(1)):
                found.append((m.start(), m.group(0).rstrip(_TRAILING)))
    seen: dict[str, None] = {}
    for _, candidate in sorted(found, key=lambda f: f[0]):
        seen.setdefault(candidate, None)
    return list(seen)

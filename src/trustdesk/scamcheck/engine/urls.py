"""Link analysis: official domains, look-alikes, shorteners, IP hosts, plain HTTP, punycode.

A look-alike is any host that is not official but imitates an official registrable domain:

* homoglyph / punycode: ``xn--pypal-4ve.com`` (``pаypal.com`` with a Cyrillic а), ``paypa1.com``, ``rnaybank``;
* typo: one edit (two for long names) from an official name, transpositions included (``vietcombnak``);
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

import idna
import tldextract
from rapidfuzz import process
from rapidfuzz.distance import OSA

from trustdesk.scamcheck.engine.directory import Directory
from trustdesk.scamcheck.engine.normalize import skeleton
from trustdesk.scamcheck.engine.types import OfficialMatch, Signal
from trustdesk.scamcheck.engine.types import SignalType as S

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# Scheme URLs, www. URLs, and bare host names (validated against the suffix list afterwards).
URL_RE = re.compile(
    r"(?:(?:https?|hxxps?)://|www\.)[^\s<>\"'，。、！？）)\]}]+"
    r"|(?<![\w@.\-])(?:[\w-]{1,63}\.)+(?:xn--[a-z0-9-]{2,59}|[^\W\d_]{2,24})(?::\d{2,5})?(?:/[^\s<>\"'，。、！？）)\]}]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"…"
# Other large services one edit away from a brand (``email.com`` vs ``gmail.com``); never reported as typos.
_NOT_TYPOS = frozenset({"email", "mail", "hotmail", "ymail"})
NOT_TYPOS = _NOT_TYPOS


@dataclass(frozen=True, slots=True)
class UrlAnalysis:
    url: str
    host: str
    registrable: str
    official: OfficialMatch | None
    signals: tuple[Signal, ...]


def _split_url(url: str) -> tuple[str, str]:
    """Return (scheme, host) with userinfo and port removed; scheme is '' for bare hosts."""
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
    return scheme, host.strip(".").lower()


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
        self._labels: dict[str, tuple[str, str, bool]] = {}  # official label -> (owner, domain, generic)
        self._suffixes: dict[str, set[str]] = {}  # official label -> the public suffixes it is registered under
        self._keywords: dict[str, tuple[str, str, bool]] = {}
        self._skeletons: dict[str, tuple[str, str]] = {}
        for brand in directory.brands:
            for domain in brand.domains:
                parts = _EXTRACT(domain)
                label = parts.domain or domain.split(".")[0]
                self._labels.setdefault(label, (brand.name, domain, brand.generic))
                self._suffixes.setdefault(label, set()).add(parts.suffix or domain.partition(".")[2])
                self._skeletons.setdefault(skeleton(label), (brand.name, domain))
            for kw in brand.keywords:
                self._keywords.setdefault(kw, (brand.name, brand.domains[0], brand.generic))
        # Reference brands (not official; see directory.py) are recognised by name only: in a subdomain or as a
        # token or part of the name. Never by typo or suffix swap: their list of domains may be incomplete.
        for brand in directory.references:
            for kw in brand.keywords:
                self._keywords.setdefault(kw, (brand.name, brand.domains[0], False))
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
        scheme, host = _split_url(url)
        if not host:
            return None
        key = (scheme, host)
        cached = self._cache.get(key)
        if cached is not None:
            # Same host, same findings; the evidence is this link, not the first one seen with the host.
            evidence = url.strip().strip(_TRAILING)[:200]
            signals = tuple(Signal(sig.type, evidence, sig.detail) for sig in cached.signals)
            return UrlAnalysis(url, cached.host, cached.registrable, cached.official, signals)
        result = self._analyze(url, scheme, host)
        if result is not None and len(self._cache) < 100_000:
            self._cache[key] = result
        return result

    def _analyze(self, url: str, scheme: str, host: str) -> UrlAnalysis | None:
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
        lookalike = self._lookalike(ascii_host, unicode_host, ext.subdomain, ext.domain, ext.suffix)
        if lookalike is not None:
            signals.append(Signal(S.LOOKALIKE_DOMAIN, evidence, lookalike))
        elif "xn--" in ascii_host:
            signals.append(Signal(S.PUNYCODE, evidence, unicode_host))
        if scheme == "http":
            signals.append(Signal(S.PLAIN_HTTP, evidence))
        return UrlAnalysis(url, ascii_host, registrable, None, tuple(signals))

    def _lookalike(self, ascii_host: str, unicode_host: str, sub: str, label: str, suffix: str) -> str | None:
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
        skel = skeleton(uni_label)
        if skel in self._skeletons and uni_label not in self._labels:
            return f"homoglyph:{self._skeletons[skel][1]}"
        # 3. TLD swap: the official name under a suffix it does not own.
        if label in self._labels:
            return f"tld_swap:{self._labels[label][1]}"
        # 4. Brand keyword as a token of the name or subdomain (combosquatting): paypal-verify, bca-promo.
        tokens = [t for t in re.split(r"[.\-_]+", f"{sub}.{label}") if t]
        for token in tokens:
            hit = self._keywords.get(token) or (self._labels.get(token) if token in self._labels else None)
            if hit is not None and (token != label or len(tokens) > 1):
                return f"brand_in_name:{hit[1]}"
        if label not in self._keywords:
            embedded = self._embedded.search(label)
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
        # one edit away *under the same suffix* (bdiv.com.vn, hsbe.com) is still a look-alike.
        if label not in _NOT_TYPOS:
            for cand, dist, _ in process.extract(label, self._all_labels, scorer=OSA.distance, score_cutoff=1, limit=5):
                if dist == 1 and suffix in self._suffixes[cand]:
                    return f"typo:{cand}.{suffix}"
        return None


def find_urls(text: str) -> list[str]:
    """Candidate links in free text, in order, without duplicates."""
    if "." not in text and "://" not in text:
        return []  # every match of URL_RE holds one or the other (most short messages hold neither)
    seen: dict[str, None] = {}
    for m in URL_RE.finditer(text):
        candidate = m.group(0).rstrip(_TRAILING)
        if "@" in text[max(0, m.start() - 1) : m.start()]:
            continue
        seen.setdefault(candidate, None)
    return list(seen)

"""Look-alike domains are always flagged; official domains never are."""

from __future__ import annotations

import pytest

from trustdesk.scamcheck.engine import Checker, SignalType, Verdict, builtin_directory
from trustdesk.scamcheck.engine.urls import NOT_TYPOS

S = SignalType

LOOKALIKES = [
    ("https://xn--pypal-4ve.com/login", "homoglyph"),  # pаypal.com with a Cyrillic а
    ("https://pаypal.com", "homoglyph"),
    ("paypa1.com", "homoglyph"),
    ("https://rnaybank2u.com.my", "homoglyph"),
    ("vietcombank.com", "tld_swap"),
    ("https://shopee.xyz/refund", "tld_swap"),
    ("https://vietcombnak.com.vn", "typo"),
    ("https://techcornbank.com.vn", "homoglyph"),
    ("https://tokopedla.com", "homoglyph"),
    ("https://kasikornbnak.com", "typo"),
    ("https://vietcombank.com.vn.secure-login.top", "brand_in_subdomain"),
    ("https://login.paypal.com.verify-account.info/x", "brand_in_subdomain"),
    ("http://vietcombank-capnhat.com", "brand_in_name"),
    ("https://secure-maybank2u.com", "brand_in_name"),
    ("trustdesk-support.com", "brand_in_name"),
    ("https://trustdesk.help", "tld_swap"),
    ("https://trustdesc.app", "typo"),
]


@pytest.mark.parametrize(("url", "technique"), LOOKALIKES)
def test_lookalike_domains_are_flagged(checker: Checker, url: str, technique: str) -> None:
    result = checker.check("url", url)
    assert result.flagged
    [sig] = [s for s in result.signals if s.type == S.LOOKALIKE_DOMAIN]
    assert sig.detail.startswith(technique + ":"), sig.detail


def test_every_official_domain_and_its_subdomains_are_official(checker: Checker) -> None:
    for domain in builtin_directory().domains:
        for url in (domain, f"https://{domain}/path?q=1", f"https://www.{domain}", f"https://login.{domain}/"):
            result = checker.check("url", url)
            assert result.verdict == Verdict.OFFICIAL, url
            assert not result.signals


def _permutations(label: str) -> set[str]:
    """dnstwist-style variants: omission, repetition, transposition, vowel swap, bit flip, hyphen, addition."""
    out: set[str] = set()
    for i, ch in enumerate(label):
        out.add(label[:i] + label[i + 1 :])
        out.add(label[:i] + ch + label[i:])
        if i + 1 < len(label):
            out.add(label[:i] + label[i + 1] + ch + label[i + 2 :])
        if ch in "aeiou":
            out.update(label[:i] + v + label[i + 1 :] for v in "aeiou")
        for bit in range(7):
            flipped = chr(ord(ch) ^ (1 << bit))
            if flipped.isascii() and (flipped.islower() or flipped.isdigit()):
                out.add(label[:i] + flipped + label[i + 1 :])
        if i:
            out.add(label[:i] + "-" + label[i:])
    out.update(label + extra for extra in "abcdefghijklmnopqrstuvwxyz")
    return {o for o in out if o and o != label and not o.startswith("-") and not o.endswith("-")}


def test_dnstwist_style_permutations_of_every_official_domain_are_flagged(checker: Checker) -> None:
    import tldextract

    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    official = builtin_directory().domains
    missed, checked = [], 0
    for domain in official:
        parts = extract(domain)
        for variant in _permutations(parts.domain):
            candidate = f"{variant}.{parts.suffix}"
            if candidate in official or variant in NOT_TYPOS:  # mail.com, email.com: other real services
                continue
            checked += 1
            if S.LOOKALIKE_DOMAIN not in checker.check("url", f"https://{candidate}").signal_types():
                missed.append(candidate)
    assert checked > 5000
    assert missed == []


@pytest.mark.parametrize(
    ("url", "signal"),
    [
        ("http://198.51.100.7/bank/login", S.IP_HOST),
        ("http://3232235777/login", S.IP_HOST),
        ("https://bit.ly/3xYz", S.URL_SHORTENER),
        ("http://example-shop.com/pay", S.PLAIN_HTTP),
        ("https://xn--80ak6aa92e.com", S.LOOKALIKE_DOMAIN),  # аррӏе.com, all Cyrillic
    ],
)
def test_link_signals(checker: Checker, url: str, signal: SignalType) -> None:
    result = checker.check("url", url)
    assert signal in result.signal_types()
    assert result.flagged


def test_userinfo_trick_uses_the_real_host(checker: Checker) -> None:
    result = checker.check("url", "https://paypal.com@evil-site.example/login")
    assert result.verdict != Verdict.OFFICIAL


def test_unrelated_https_domain_is_safe(checker: Checker) -> None:
    for url in ("https://en.wikipedia.org/wiki/Phishing", "https://www.bbc.co.uk/news", "https://email.com"):
        assert checker.check("url", url).verdict == Verdict.SAFE, url


def test_links_inside_messages_are_analysed(checker: Checker) -> None:
    result = checker.check("message", "Kiểm tra đơn hàng tại shopee.vn.hoantien.click ngay")
    assert S.LOOKALIKE_DOMAIN in result.signal_types()
    assert result.verdict == Verdict.SCAM
    official = checker.check("message", "Xem chi tiết tại https://vietcombank.com.vn/khuyenmai")
    assert S.LOOKALIKE_DOMAIN not in official.signal_types()


def test_lookalike_sender_address_in_a_message(checker: Checker) -> None:
    result = checker.check("message", "Reply to security@paypa1.com with your details")
    assert S.LOOKALIKE_DOMAIN in result.signal_types()

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


# --- look-alikes written in the host's own letter case, and false look-alikes -------------------------------------


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://dhI-express.com/track", "dhl.com"),  # capital I for the l of dhl
        ("paypaI-login.com", "paypal.com"),
        ("https://rnicrosoft-support.com/reset", "microsoft.com"),  # rn for m
        ("https://secure.paypa1-wallet.net", "paypal.com"),  # a digit for the l
        ("https://help.vietcornbank-otp.com", "vietcombank.com.vn"),
    ],
)
def test_lookalike_letters_in_a_token_are_read_before_lower_casing(checker: Checker, url: str, official: str) -> None:
    result = checker.check("url", url)
    [sig] = [s for s in result.signals if s.type == S.LOOKALIKE_DOMAIN]
    assert sig.detail.endswith(":" + official), sig.detail
    assert result.flagged


def test_a_name_in_capitals_or_an_unrelated_small_letter_name_is_not_a_homoglyph(checker: Checker) -> None:
    # "DHI" in capitals does not pass for "dhl"; a small-letter i is not an l either.
    for url in ("https://DHI-group.com", "https://dhi-group.com/careers", "https://www.modern-art.org"):
        assert S.LOOKALIKE_DOMAIN not in checker.check("url", url).signal_types(), url


@pytest.mark.parametrize("url", ["https://ambank0nline.com.my/duitnow", "paypa1secure.com", "rnaybank2u-login.com"])
def test_a_digit_for_a_letter_still_reveals_an_embedded_brand(checker: Checker, url: str) -> None:
    assert S.LOOKALIKE_DOMAIN in checker.check("url", url).signal_types()


def test_one_and_two_letter_names_are_never_tokens(checker: Checker) -> None:
    # t.me and fb.com are listed; t-mobile.com and fb-style hosts of other companies do not name them.
    for url in ("https://www.t-mobile.com/pay", "https://x-ray-clinic.com", "https://fb-logistics.co.uk"):
        assert S.LOOKALIKE_DOMAIN not in checker.check("url", url).signal_types(), url
    assert S.LOOKALIKE_DOMAIN in checker.check("url", "https://telegram-premium.help").signal_types()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amazon.eg/orders",
        "amazon.de",
        "https://www.amazon.com.tr",
        "https://www.apple.com.cn/iphone",
        "https://contoso.sharepoint.com/sites/hr",
        "https://www.google.com.sg",
        "https://www.hsbc.com.hk",
        "https://www.dbs.com.tw",
        "https://mydhl.express.dhl/my/en",  # DHL's own top-level domain
    ],
)
def test_global_brands_country_domains_are_official(checker: Checker, url: str) -> None:
    assert checker.check("url", url).verdict == Verdict.OFFICIAL


def test_a_brand_top_level_domain_does_not_make_its_second_level_a_brand(checker: Checker) -> None:
    # express.dhl is DHL's; express.com or an "express" token elsewhere is not DHL.
    for url in ("https://www.express.com", "https://kurier-express.co.uk"):
        assert checker.check("url", url).verdict == Verdict.SAFE, url


# --- hosts a bank, courier, carrier or government would not use (suspicious_link_domain) --------------------------

SUSPICIOUS_HOSTS = [
    "https://parcel-redelivery.uk/slot",  # lure words joined
    "https://tolbayar-semak.com",
    "http://hoadon-nuocsach.net/tra-cuu",  # a lure word next to an unknown name
    "https://kemaskini-akaun.online",
    "https://pengiriman-ulang.my.id/jadwal",
    "https://jiaofei-tingche.xyz",
    "https://mukhalafat-ksa.com/pay",
    "https://verify-account-now.net",
    "https://claimrefund.net",  # two lure words run together
    "https://bonus-member.vip",  # an abused top-level domain
    "https://order-7731.top/x",
    "https://pos-kiriman.cfd",
    "https://abc123.sbs",
]


@pytest.mark.parametrize("url", SUSPICIOUS_HOSTS)
def test_unknown_hosts_built_from_lures_or_on_abused_tlds_are_suspicious(checker: Checker, url: str) -> None:
    result = checker.check("url", url)
    assert S.SUSPICIOUS_LINK in result.signal_types(), result.signals
    assert result.flagged


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.uk/vehicle-tax",
        "https://payment.jpj.gov.my",
        "https://tilang.polri.go.id",
        "https://dichvucong.gov.vn/p/home",
        "https://www.rd.go.th/refund",
        "https://ezpay.moe.edu.sg",
        "https://www.hasil.gov.my/bayaran",
        "https://secure.chase.com/login",  # a bank not in the directory, its own name with a lure subdomain
        "https://online.citibank.co.uk",
        "https://www.bankofamerica.com",
        "https://securepay.example.com",
        "https://en.wikipedia.org/wiki/Toll_road",
        "https://www.cekresi.com",  # one lure word is the name of a real tracking site
        "https://www.thestar.com.my/news",
        "https://shopee.vn/m/hoan-tien",
    ],
)
def test_official_government_school_and_ordinary_sites_get_no_suspicious_link(checker: Checker, url: str) -> None:
    assert S.SUSPICIOUS_LINK not in checker.check("url", url).signal_types(), url


def test_suspicious_link_in_messages_versus_the_real_site(rules_checker: Checker) -> None:
    scam = "Evri: we missed you today. Choose a new slot (fee £1.20) at evri-slot.rebook-parcel.co.uk"
    assert rules_checker.check("message", scam).flagged
    scam_ms = "PLUS: Baki tol anda belum dijelaskan. Bayar hari ini di plustol-bayar.top untuk elak saman."
    result = rules_checker.check("message", scam_ms)
    assert S.SUSPICIOUS_LINK in result.signal_types() and result.flagged
    legit = "Evri: your parcel will arrive tomorrow between 9am and 1pm. Manage your delivery at evri.com"
    assert S.SUSPICIOUS_LINK not in rules_checker.check("message", legit).signal_types()
    legit_gov = "JPJ: Pembaharuan lesen memandu boleh dibuat di MyJPJ atau portal rasmi jpj.gov.my"
    assert S.SUSPICIOUS_LINK not in rules_checker.check("message", legit_gov).signal_types()


def test_every_signal_type_has_a_weight() -> None:
    from trustdesk.scamcheck.engine.checker import WEIGHTS

    assert set(WEIGHTS) == set(SignalType)
    assert S.SUSPICIOUS_LINK.explanation_key == "signal.suspicious_link_domain.explain"


@pytest.mark.parametrize(
    "url",
    [
        "https://akun-banding.web.app/form",  # free app hosting
        "https://bank-verify-7f3a.pages.dev",
        "https://hmrc-rebate.uk.com/claim",  # a shared country-like second level
        "https://kemaskini-profil.netlify.app",
        "https://mail-quota-upgrade.com",  # lure words: upgrade, quota
        "https://tk-shensu-center.com",
    ],
)
def test_free_hosting_and_shared_names_and_more_lures_are_suspicious(checker: Checker, url: str) -> None:
    assert S.SUSPICIOUS_LINK in checker.check("url", url).signal_types()


def test_the_root_of_a_shared_name_and_ordinary_hosting_are_not_reported(checker: Checker) -> None:
    for url in (
        "https://www.uk.com",
        "https://web.app",
        "https://renewable-energy.com.au",
        "https://example.github.io",
    ):
        assert S.SUSPICIOUS_LINK not in checker.check("url", url).signal_types(), url


def test_two_sentences_without_a_space_are_not_a_suspicious_link(rules_checker: Checker) -> None:
    for text in ("Ok I'm done.Help me carry the boxes later", "See you at the gym.Club closes at 10 tonight"):
        assert S.SUSPICIOUS_LINK not in rules_checker.check("message", text).signal_types(), text
    scam = "Your parcel is on hold.Pay the fee at parcel-hold.help today"
    assert S.SUSPICIOUS_LINK in rules_checker.check("message", scam).signal_types()


def test_user_content_platforms_are_marked_in_the_directory_and_are_no_provider_site() -> None:
    """A reference brand whose pages its users make (a shared file, a profile) is marked ``user_content`` in
    directory.json; a link there stays the sender's route, while a courier's own site is the provider's."""
    directory = builtin_directory()
    assert {"dropbox.com", "tiktok.com", "linkedin.com"} <= directory.user_content_domains
    assert directory.user_content_domains <= set(directory.reference_domains)
    assert "viettelpost.vn" in directory.reference_domains and "viettelpost.vn" not in directory.user_content_domains
    checker = Checker(use_model=False)
    shared = checker.check("message", "Your invoice is ready, log in with your email to view it: dropbox.com/s/inv-11")
    provider = checker.check("message", "Your invoice is ready, log in with your email to view it: vnpost.vn/inv-11")
    assert shared.flagged and SignalType.LINK_ACTION in shared.signal_types()
    assert not provider.flagged

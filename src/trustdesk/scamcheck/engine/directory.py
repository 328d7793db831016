"""The official directory as the engine sees it: plain data, no database.

The built-in part (``data/directory.json``) holds TrustDesk itself (no phone number, by design) and the web
domains of well-known brands of the seven markets, so look-alikes of them can be recognised. Its
``reference_brands`` are kept apart: more couriers, posts, banks, carriers and apps per region with the domains
they are known to use, for recognising hosts that name them (``emiratespost-ae.redeliver.live``) only. They are
not official entries: a link to one of their domains is neither flagged nor shown as official. An organization's
own entries (its IT helpdesk numbers, domains, accounts) are merged in with ``Directory.with_entries``; the
Django layer builds those from its models, the batch CLI from ``--org``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from trustdesk.scamcheck.engine.normalize import skeleton
from trustdesk.scamcheck.engine.types import OfficialMatch

PLATFORM_OWNER = "TrustDesk"


@dataclass(frozen=True, slots=True)
class Brand:
    name: str
    domains: tuple[str, ...]
    keywords: tuple[str, ...]
    generic: bool = False
    # Others of the same family use the name under other suffixes (a carrier group's national companies, the Red
    # Cross national societies, a personal name): the name under a suffix not listed is not reported as a look-alike.
    no_tld_swap: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """One official item added by an organization (or the platform admin): channel is ``domain``,
    ``phone`` (E.164), ``account``, ``email`` or ``sms_sender``."""

    owner: str
    channel: str
    value: str


def _account_key(name: str) -> str:
    """Exact-match key: case, width and repeated spaces do not matter; every letter, digit and gap does."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name).casefold()).strip()


def _account_key_sender(value: str) -> str:
    return unicodedata.normalize("NFKC", value).casefold().strip()


def _listed_domain(host: str, table: dict[str, str]) -> str | None:
    """The host or the nearest of its parent domains (not the bare suffix) that ``table`` maps to a name."""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if table.get(candidate):
            return candidate
    return None


@dataclass(frozen=True, eq=False)  # identity hash: directories are cached per instance
class Directory:
    brands: tuple[Brand, ...]
    shorteners: frozenset[str]
    domains: dict[str, str] = field(default_factory=dict)  # registrable domain -> owner
    phones: dict[str, str] = field(default_factory=dict)  # E.164 -> owner
    accounts: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (owner, display name)
    senders: dict[str, str] = field(default_factory=dict)  # e-mail address or SMS sender id (folded) -> owner
    version: str = ""
    references: tuple[Brand, ...] = ()  # reference brands: look-alike recognition only, never official
    # A brand's own top-level domain (.dhl): every name under it is the brand's (closed registries).
    brand_tlds: dict[str, str] = field(default_factory=dict)
    # Reference brands' domains whose pages their users make ("user_content" in directory.json).
    user_content_domains: frozenset[str] = frozenset()
    # Their registrable domains -> brand name, derived from ``references``.
    reference_domains: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "reference_domains", {d: b.name for b in self.references for d in b.domains})

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Directory:
        platform = raw["platform"]
        brands = [Brand(PLATFORM_OWNER, tuple(platform["domains"]), tuple(platform.get("keywords", ())), False)]
        for item in raw.get("brands", []):
            brands.append(
                Brand(
                    item["name"],
                    tuple(item["domains"]),
                    tuple(item["keywords"]),
                    bool(item.get("generic")),
                    bool(item.get("no_tld_swap")),
                )
            )
        domains = {d: b.name for b in brands for d in b.domains}
        accounts = {_account_key(a): (PLATFORM_OWNER, a) for a in platform.get("accounts", [])}
        senders = {_account_key_sender(s): PLATFORM_OWNER for s in platform.get("email_senders", [])}
        senders.update({_account_key_sender(s): PLATFORM_OWNER for s in platform.get("sms_sender_ids", [])})
        phones = {p: PLATFORM_OWNER for p in platform.get("phones", [])}
        shorteners = frozenset(raw.get("shorteners", []))
        brand_tlds = {tld: item["name"] for item in raw.get("brands", []) for tld in item.get("tlds", ())}
        reference_items = [
            item
            for region, items in raw.get("reference_brands", {}).items()
            if not region.startswith("_")
            for item in items
        ]
        references = tuple(
            Brand(item["name"], tuple(item["domains"]), tuple(item["keywords"]), False) for item in reference_items
        )
        user_content = frozenset(d for item in reference_items if item.get("user_content") for d in item["domains"])
        return cls(
            tuple(brands),
            shorteners,
            domains,
            phones,
            accounts,
            senders,
            str(raw.get("version", "")),
            references,
            brand_tlds,
            user_content,
        )

    def with_entries(self, entries: Iterable[Entry]) -> Directory:
        """A copy extended with organization entries (the built-in directory is never mutated)."""
        domains, phones = dict(self.domains), dict(self.phones)
        accounts, senders = dict(self.accounts), dict(self.senders)
        brands = list(self.brands)
        for e in entries:
            if e.channel == "domain":
                domain = e.value.lower().strip().rstrip(".")
                domains[domain] = e.owner
                label = domain.split(".")[0]
                brands.append(Brand(e.owner, (domain,), (label,) if len(label) >= 4 else (), len(label) < 5))
            elif e.channel == "phone":
                phones[e.value] = e.owner
            elif e.channel == "account":
                accounts[_account_key(e.value)] = (e.owner, e.value)
            elif e.channel in ("email", "sms_sender"):
                senders[_account_key_sender(e.value)] = e.owner
        # Everything else (shorteners, version, reference brands, brand TLDs) carries over as it is.
        return replace(self, brands=tuple(brands), domains=domains, phones=phones, accounts=accounts, senders=senders)

    # --- look-ups -------------------------------------------------------------------------------------
    def official_domain(self, host: str) -> OfficialMatch | None:
        """The host or one of its parent domains is listed (``login.vietcombank.com.vn``)."""
        domain = _listed_domain(host, self.domains)
        if domain:
            return OfficialMatch(self.domains[domain], "domain", domain)
        head, dot, tld = host.rpartition(".")
        if dot and head and tld in self.brand_tlds:  # mydhl.express.dhl
            return OfficialMatch(self.brand_tlds[tld], "domain", f"{head.rpartition('.')[2]}.{tld}")
        return None

    def reference_domain(self, host: str) -> str | None:
        """The reference brand's domain the host is or is under (``www.emiratespost.ae``), else ``None``."""
        return _listed_domain(host, self.reference_domains)

    def official_phone(self, e164: str) -> OfficialMatch | None:
        owner = self.phones.get(e164)
        return OfficialMatch(owner, "phone", e164) if owner else None

    def official_account(self, name: str) -> OfficialMatch | None:
        hit = self.accounts.get(_account_key(name)) or self.senders.get(_account_key_sender(name))  # type: ignore[assignment]
        if hit is None:
            return None
        if isinstance(hit, tuple):
            return OfficialMatch(hit[0], "account", hit[1])
        return OfficialMatch(hit, "sender", name.strip())

    def account_skeletons(self) -> dict[str, tuple[str, str]]:
        return _skeletons(self)


@lru_cache(maxsize=8)
def _skeletons(directory: Directory) -> dict[str, tuple[str, str]]:
    return {skeleton(display): (owner, display) for owner, display in directory.accounts.values()}


@lru_cache(maxsize=1)
def builtin_directory() -> Directory:
    text = resources.files("trustdesk.scamcheck.engine").joinpath("data/directory.json").read_text("utf-8")
    return Directory.from_json(json.loads(text))

"""Client IP behind trusted proxies, and the offline country lookup."""

from __future__ import annotations

import ipaddress
from importlib import metadata

import pytest

from trustdesk.trust.geo import (
    GeoProvider,
    IptoccProvider,
    StaticGeoProvider,
    client_ip,
    default_provider,
    locate,
    parse_ip,
    parse_networks,
)

PROXIES = parse_networks("10.0.0.0/8, 2001:db8:ffff::/48")


def ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    return ipaddress.ip_address(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("203.0.113.7", "203.0.113.7"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("203.0.113.7:51234", "203.0.113.7"),
        ("2001:db8::1", "2001:db8::1"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("fe80::1%eth0", "fe80::1"),
        ("::ffff:198.51.100.9", "198.51.100.9"),  # IPv4-mapped, as a dual-stack socket reports it
        ("unknown", None),
        ("", None),
        (None, None),
        ("[2001:db8::1", None),
        ("999.1.1.1", None),
    ],
)
def test_parse_ip(raw: str | None, expected: str | None) -> None:
    parsed = parse_ip(raw)
    assert (str(parsed) if parsed else None) == expected


def test_parse_networks_accepts_strings_lists_and_bare_addresses() -> None:
    assert parse_networks("10.0.0.0/8 192.168.1.1,::1") == (
        ipaddress.ip_network("10.0.0.0/8"),
        ipaddress.ip_network("192.168.1.1/32"),
        ipaddress.ip_network("::1/128"),
    )
    assert parse_networks(["172.16.0.0/12", " "]) == (ipaddress.ip_network("172.16.0.0/12"),)
    assert parse_networks("") == ()


def test_parse_networks_rejects_typos() -> None:
    with pytest.raises(ValueError, match="does not appear"):
        parse_networks("10.0.0.0/8, 10.0.0/33")


def test_forwarded_for_from_an_untrusted_peer_is_ignored() -> None:
    # A client talking to us directly cannot choose its address by sending the header.
    assert client_ip("198.51.100.20", "203.0.113.1", PROXIES) == ip("198.51.100.20")
    assert client_ip("198.51.100.20", "203.0.113.1", ()) == ip("198.51.100.20")


def test_forwarded_for_from_a_trusted_proxy_is_used() -> None:
    assert client_ip("10.1.2.3", "203.0.113.1", PROXIES) == ip("203.0.113.1")


def test_client_prepended_entries_cannot_get_past_the_proxy_entry() -> None:
    # The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the real peer.
    assert client_ip("10.1.2.3", "1.2.3.4, 198.51.100.20", PROXIES) == ip("198.51.100.20")


def test_chain_of_trusted_proxies_is_walked_right_to_left() -> None:
    assert client_ip("10.0.0.1", "1.2.3.4, 198.51.100.20, 10.9.9.9, 10.8.8.8", PROXIES) == ip("198.51.100.20")


def test_all_hops_trusted_gives_the_left_most() -> None:
    assert client_ip("10.0.0.1", "10.5.5.5, 10.6.6.6", PROXIES) == ip("10.5.5.5")


def test_garbage_behind_a_trusted_proxy_stops_at_the_last_vouched_address() -> None:
    assert client_ip("10.0.0.1", "198.51.100.20, nonsense, 10.6.6.6", PROXIES) == ip("10.6.6.6")


def test_ipv6_client_and_proxies() -> None:
    assert client_ip("2001:db8:ffff::10", "2001:db8:1::99", PROXIES) == ip("2001:db8:1::99")
    assert client_ip("2001:db8:ffff::10", "[2001:db8:1::99]:5555", PROXIES) == ip("2001:db8:1::99")
    assert client_ip("2001:db8:1::99", "203.0.113.1", PROXIES) == ip("2001:db8:1::99")
    # An IPv4 proxy reported as IPv4-mapped IPv6 by a dual-stack listener is still recognised.
    assert client_ip("::ffff:10.0.0.1", "203.0.113.1", PROXIES) == ip("203.0.113.1")


def test_missing_or_invalid_remote_addr() -> None:
    assert client_ip(None, "203.0.113.1", PROXIES) is None
    assert client_ip("not-an-ip", "203.0.113.1", PROXIES) is None


def test_iptocc_provider_reports_its_data_version() -> None:
    provider = IptoccProvider()
    assert isinstance(provider, GeoProvider)
    assert provider.name == "iptocc"
    assert provider.data_version == metadata.version("iptocc")
    assert default_provider() is default_provider()


@pytest.mark.parametrize(
    ("address", "country"),
    [
        ("1.1.1.1", "AU"),  # APNIC registration (anycast in use): registration country, not usage
        ("14.160.0.1", "VN"),
        ("2001:4860:4860::8888", "US"),  # IPv6
        ("127.0.0.1", None),
        ("10.1.2.3", None),
        ("192.168.0.1", None),
        ("::1", None),
        ("fd00::1", None),
        ("100.64.0.1", None),  # carrier-grade NAT
    ],
)
def test_iptocc_lookups(address: str, country: str | None) -> None:
    assert default_provider().country(ip(address)) == country


def test_static_provider_longest_prefix_wins() -> None:
    provider = StaticGeoProvider({"10.0.0.0/8": "vn", "10.20.0.0/16": "SG", "2001:db8::/32": "TH"}, "office-v1")
    assert provider.country(ip("10.20.1.1")) == "SG"
    assert provider.country(ip("10.21.1.1")) == "VN"
    assert provider.country(ip("2001:db8::5")) == "TH"
    assert provider.country(ip("192.0.2.1")) is None


def test_locate_records_provider_and_version() -> None:
    provider = StaticGeoProvider({"203.0.113.0/24": "HK"}, "2026-11")
    location = locate(ip("203.0.113.9"), provider)
    assert (location.country, location.provider, location.data_version) == ("HK", "static", "2026-11")
    unknown = locate(None, provider)
    assert unknown.country is None
    assert not unknown.is_public

"""Where a request comes from: the client IP behind trusted proxies, and its country from offline data.

Two rules keep the location signal honest:

* `X-Forwarded-For` is believed only hop by hop from configured trusted proxies (OWASP ASVS 4.1.3). The
  list is read right to left, starting from the TCP peer (`REMOTE_ADDR`): while the current hop is a trusted
  proxy, the address it reports is taken as the next hop; the first address that is not a trusted proxy is
  the client. A client can prepend anything it likes, but cannot get past a trusted proxy's own entry.
* The country comes from data shipped inside an installed package (iptocc: Regional Internet Registry
  delegation files compiled into the wheel), so no lookup leaves the machine and nothing is downloaded at
  run time. Its answer is the *registration* country, not a measured location, so it is a policy signal,
  never an authentication factor; every decision records the provider and its data version.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from typing import Protocol, runtime_checkable

__all__ = [
    "GeoProvider",
    "IPAddress",
    "IPNetwork",
    "IptoccProvider",
    "Location",
    "StaticGeoProvider",
    "client_ip",
    "locate",
    "parse_ip",
    "parse_networks",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@runtime_checkable
class GeoProvider(Protocol):
    """Maps a public IP address to an ISO 3166-1 alpha-2 country code, or None when unknown."""

    name: str
    data_version: str

    def country(self, ip: IPAddress) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Location:
    """What the gate knows about where a request came from, as recorded with each decision."""

    ip: IPAddress | None
    country: str | None
    provider: str
    data_version: str

    @property
    def is_public(self) -> bool:
        return self.ip is not None and self.ip.is_global


def parse_ip(text: str | None) -> IPAddress | None:
    """Parse one address as it appears in `REMOTE_ADDR` or a forwarding header; None if it is not one.

    Accepts `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]` and `[2001:db8::1]:443`; an
    IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, what a dual-stack socket reports) becomes the IPv4 address.
    """
    if not text:
        return None
    candidate = text.strip()
    if candidate.startswith("["):
        end = candidate.find("]")
        if end < 0:
            return None
        candidate = candidate[1:end]
    elif candidate.count(":") == 1:
        candidate = candidate.split(":", 1)[0]
    candidate = candidate.split("%", 1)[0]  # a zone index says nothing about location
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def parse_networks(spec: str | Iterable[str]) -> tuple[IPNetwork, ...]:
    """Parse CIDRs from a comma/space separated string or an iterable; a bare address is a /32 or /128.

    Raises ValueError on an invalid entry: a typo in a trusted-proxy or deny list must stop start-up, not
    silently widen or narrow the policy.
    """
    items = spec.replace(",", " ").split() if isinstance(spec, str) else [item.strip() for item in spec]
    return tuple(ipaddress.ip_network(item, strict=False) for item in items if item)


def _in_any(address: IPAddress, networks: Iterable[IPNetwork]) -> bool:
    return any(address.version == network.version and address in network for network in networks)


def client_ip(
    remote_addr: str | None,
    forwarded_for: str | None,
    trusted_proxies: Iterable[IPNetwork],
) -> IPAddress | None:
    """The client's address: `REMOTE_ADDR`, or the right-most untrusted `X-Forwarded-For` hop when the
    request reached us through trusted proxies. None when `REMOTE_ADDR` is missing or not an address.
    """
    proxies = tuple(trusted_proxies)
    current = parse_ip(remote_addr)
    if current is None or not forwarded_for or not _in_any(current, proxies):
        return current
    for hop in reversed(forwarded_for.split(",")):
        address = parse_ip(hop)
        if address is None:
            # Garbage behind a trusted proxy: stop at the last address a trusted hop vouched for.
            return current
        current = address
        if not _in_any(current, proxies):
            return current
    return current


class IptoccProvider:
    """Country of registration from the iptocc wheel; data version = the installed package version."""

    name = "iptocc"

    def __init__(self) -> None:
        import iptocc  # imported here so the module loads (and the data maps) only when used

        self._lookup: Callable[[str], str | None] = iptocc.country_code
        self.data_version = metadata.version("iptocc")

    def country(self, ip: IPAddress) -> str | None:
        if not ip.is_global:
            return None
        return self._lookup(str(ip))


@cache
def default_provider() -> IptoccProvider:
    """One provider per process: the lookup tables are loaded once."""
    return IptoccProvider()


class StaticGeoProvider:
    """A provider from a fixed CIDR -> country table: for tests, and for private ranges an organisation
    wants to place (e.g. its office VPN) without an external database. Longest prefix wins."""

    name = "static"

    def __init__(self, table: Mapping[str, str], data_version: str = "static") -> None:
        entries = [(ipaddress.ip_network(cidr, strict=False), cc.upper()) for cidr, cc in table.items()]
        self._entries = sorted(entries, key=lambda entry: entry[0].prefixlen, reverse=True)
        self.data_version = data_version

    def country(self, ip: IPAddress) -> str | None:
        for network, cc in self._entries:
            if network.version == ip.version and ip in network:
                return cc
        return None


def locate(ip: IPAddress | None, provider: GeoProvider) -> Location:
    """Look up the country of `ip`; unknown (None) for missing, private or unregistered addresses."""
    country = provider.country(ip) if ip is not None else None
    return Location(ip=ip, country=country, provider=provider.name, data_version=provider.data_version)

"""Per-request cost of the zero-trust gate's pure parts.

1. the policy decision alone (`evaluate`, with the location already looked up),
2. the decision plus RFC 9421 verification of a signed POST (parse, digest, ECDSA P-256 verify, nonce claim),
3. the country lookup (iptocc) and client-IP extraction, which run on every request too.

Targets from the issue: decision p99 <= 1 ms, with signature check p99 <= 2 ms.
Usage: python bench/bench_trust.py [iterations]
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import cryptography
from cryptography.hazmat.primitives.asymmetric import ec

from trustdesk.trust import geo, httpsig, policy
from trustdesk.trust.nonces import InMemoryNonceStore


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical CPUs, "
        f"Python {platform.python_version()}, cryptography {cryptography.__version__}"
    )


def percentiles(samples: list[float]) -> str:
    samples.sort()
    p50 = statistics.median(samples)
    p99 = samples[int(len(samples) * 0.99) - 1]
    return f"p50 {p50 * 1e6:8.1f} us   p99 {p99 * 1e6:8.1f} us   max {samples[-1] * 1e6:8.1f} us"


def measure(fn: Callable[[int], object], iterations: int) -> list[float]:
    for i in range(200):  # warm-up, on inputs the measured loop does not use
        fn(iterations + i)
    samples = []
    for i in range(iterations):
        start = time.perf_counter()
        fn(i)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    now = datetime.now(UTC)
    provider = geo.default_provider()
    location = geo.locate(geo.parse_ip("14.160.0.1"), provider)
    context = policy.Context(
        now=now,
        policy=policy.OrgPolicy(
            location=policy.LocationPolicy(
                allowed_countries=frozenset({"VN", "HK", "SG"}),
                allow_networks=geo.parse_networks("10.0.0.0/8, 2001:db8::/32"),
                deny_networks=geo.parse_networks("198.51.100.0/24, 203.0.113.0/24"),
            ),
            phishing_resistant_roles=frozenset({"it_admin"}),
        ),
        identity=policy.Identity("u1", "org1", frozenset({"agent"})),
        session=policy.Session(
            authenticated_at=now - timedelta(hours=1),
            last_seen_at=now - timedelta(seconds=30),
            second_factor=policy.SecondFactor.TOTP,
            second_factor_at=now - timedelta(minutes=3),
            device_id="dev1",
            last_country="VN",
            last_country_at=now - timedelta(seconds=30),
        ),
        device=policy.Device("dev1", "u1", "org1", policy.DeviceStatus.ACTIVE),
        proof=policy.Proof(policy.ProofKind.SIGNATURE, "dev1"),
        location=location,
    )
    action = policy.Action("desk:conversation:reply", policy.Sensitivity.WRITE)
    assert policy.evaluate(context, action).allowed

    key = ec.generate_private_key(ec.SECP256R1())
    stored = httpsig.VerificationKey("dev1", key.public_key())
    uri = "https://desk.example.com/api/v1/conversations/42/messages"
    body = b'{"body": "Hello, I cannot sign in since this morning.", "attachments": []}'
    created = int(time.time())
    requests = []
    for _ in range(iterations + 200):
        headers = httpsig.sign_request("POST", uri, body, private_key=key, key_id="dev1", created=created)
        requests.append(httpsig.RequestParts("POST", uri, headers, body))
    store = InMemoryNonceStore()

    def decision_only(_: int) -> object:
        return policy.evaluate(context, action)

    def signed_decision(i: int) -> object:
        result = httpsig.verify_request(
            requests[i % len(requests)], resolve_key=lambda _k: stored, nonce_store=store, now=created
        )
        assert result.ok, result
        return policy.evaluate(context, action)

    proxies = geo.parse_networks("10.0.0.0/8")

    def locate(_: int) -> object:
        return geo.locate(geo.client_ip("10.0.0.5", "1.2.3.4, 14.160.0.1", proxies), provider)

    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f} (p99 is sensitive to other load)")
    print(f"iptocc data version: {provider.data_version}; iterations: {iterations}")
    print(f"decision only            {percentiles(measure(decision_only, iterations))}")
    print(f"verify signature + decide {percentiles(measure(signed_decision, iterations))}")
    print(f"client IP + country       {percentiles(measure(locate, iterations))}")


if __name__ == "__main__":
    main()

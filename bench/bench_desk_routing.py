"""Routing decision latency among 1,000 agents (target: median <= 2 ms).

Run: ``python bench/bench_desk_routing.py [--agents 1000] [--rounds 2000]``

Two figures:

* ``route`` — the pure scorer over prebuilt agent snapshots, all 1,000 agents in the requester's team (the
  worst case: every agent passes the team filter and is scored);
* ``build+route`` — the same plus building the 1,000 :class:`AgentProfile` snapshots from plain rows, which
  is what the database layer does on each decision (the query itself is not included).

Agents get random languages, skills, presence, capacity, load and last-assignment times from a fixed seed.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from trustdesk.desk.routing import AgentProfile, Presence, RoutingRequest, TeamProfile, route

LANGS = ("en", "zh-Hant", "zh-Hans", "vi", "ms", "id", "th", "ar", "en-GB", "zh")
SKILLS = ("billing", "account", "security", "device", "payroll", "access")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def rows(n: int, rng: random.Random) -> list[dict[str, object]]:
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    presences = [Presence.ONLINE] * 6 + [Presence.AWAY] * 2 + [Presence.OFFLINE] * 2
    out = []
    for i in range(n):
        capacity = rng.randint(2, 8)
        out.append(
            {
                "id": i,
                "name": f"agent-{i}",
                "team": "HK",
                "languages": tuple(rng.sample(LANGS, rng.randint(1, 3))),
                "skills": frozenset(rng.sample(SKILLS, rng.randint(1, 3))),
                "presence": rng.choice(presences),
                "capacity": capacity,
                "load": rng.randint(0, capacity),
                "last_assigned_at": now - timedelta(seconds=rng.randint(0, 86400)) if rng.random() < 0.9 else None,
            }
        )
    return out


def build(data: list[dict[str, object]]) -> list[AgentProfile]:
    return [AgentProfile(**row) for row in data]  # type: ignore[arg-type]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agents", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    teams = [
        TeamProfile("HK", "Hong Kong", frozenset({"HK"}), ("zh-Hant", "en"), frozenset(SKILLS)),
        TeamProfile("VN", "Vietnam", frozenset({"VN"}), ("vi", "en"), frozenset(SKILLS)),
        TeamProfile("SG", "Singapore", frozenset({"SG"}), ("en", "ms"), frozenset(SKILLS), fallback=True),
    ]
    data = rows(args.agents, rng)
    agents = build(data)
    requests = [RoutingRequest(region="HK", skill=rng.choice(SKILLS), language=rng.choice(LANGS)) for _ in range(64)]
    for request in requests:  # warm-up
        route(request, teams, agents)

    timings: dict[str, list[float]] = {"route": [], "build+route": []}
    gc.collect()
    for i in range(args.rounds):
        request = requests[i % len(requests)]
        t0 = time.perf_counter()
        decision = route(request, teams, agents)
        t1 = time.perf_counter()
        timings["route"].append((t1 - t0) * 1000)
        assert decision.team is not None
    for i in range(max(1, args.rounds // 4)):
        request = requests[i % len(requests)]
        t0 = time.perf_counter()
        route(request, teams, build(data))
        t1 = time.perf_counter()
        timings["build+route"].append((t1 - t0) * 1000)

    sample = route(requests[0], teams, agents)
    print(f"machine: {machine()}")
    print(f"agents: {args.agents} in one team, eligible in the sample decision: {len(sample.candidates)}")
    print(f"sample decision: {sample.summary}")
    for name, samples in timings.items():
        print(
            f"{name:12s} n={len(samples):5d}  median {statistics.median(samples):.3f} ms  "
            f"p90 {percentile(samples, 0.90):.3f} ms  p99 {percentile(samples, 0.99):.3f} ms"
        )
    median = statistics.median(timings["route"])
    print(f"target median <= 2 ms: {'met' if median <= 2.0 else 'NOT met'} ({median:.3f} ms)")


if __name__ == "__main__":
    main()

"""Framework-free figures for the desk's real-time core: envelope seal/open and broker delivery latency.

Run: ``python bench/bench_realtime_core.py [--redis redis://127.0.0.1:6379/15] [--conversations 200]``

Broker latency is measured publish -> arrival on a subscriber's async iterator, with one subscription per
conversation channel, publishing from a worker thread with the sync ``publish`` (as Django's
``transaction.on_commit`` hooks do).  With Redis, the publisher's and subscriber's connections are distinct,
exactly as between two server processes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from trustdesk.core.broker import Broker, InProcessBroker, RedisBroker
from trustdesk.core.envelope import Envelope, MasterKeyring, MemoryKeyStore, generate_master_key


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


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bench_envelope(n: int) -> None:
    env = Envelope(MasterKeyring.parse(generate_master_key()), MemoryKeyStore())
    body = ("Tôi không đăng nhập được vào tài khoản. " * 25).encode()[:1024]
    env.seal(body, org_id="o", object_type="desk.message", object_id="warm")
    t0 = time.perf_counter()
    blobs = [env.seal(body, org_id="o", object_type="desk.message", object_id=str(i)) for i in range(n)]
    t1 = time.perf_counter()
    for i, blob in enumerate(blobs):
        env.open(blob, org_id="o", object_type="desk.message", object_id=str(i))
    t2 = time.perf_counter()
    print(f"envelope seal 1 KiB: {n / (t1 - t0):,.0f}/s  ({(t1 - t0) / n * 1e6:.1f} us each)")
    print(f"envelope open 1 KiB: {n / (t2 - t1):,.0f}/s  ({(t2 - t1) / n * 1e6:.1f} us each)")


async def bench_broker(name: str, broker: Broker, conversations: int, rounds: int, rate: float) -> None:
    """``rate`` 0 = burst (throughput); otherwise paced publishing at ``rate`` events/s (latency)."""
    channels = [f"bench.conv.{i}" for i in range(conversations)]
    subs = [await broker.subscribe([ch]) for ch in channels]
    latencies: list[float] = []
    total = conversations * rounds
    done = asyncio.Event()
    received = 0

    async def consume(sub_index: int) -> None:
        nonlocal received
        sub = subs[sub_index]
        for _ in range(rounds):
            ev = await sub.get(timeout=30)
            if ev is None:
                break
            latencies.append(time.perf_counter() - ev.data["t"])
            received += 1
            if received == total:
                done.set()

    consumers = [asyncio.create_task(consume(i)) for i in range(conversations)]

    def produce() -> None:
        start = time.perf_counter()
        sent = 0
        for _ in range(rounds):
            for ch in channels:
                if rate:
                    delay = start + sent / rate - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                broker.publish(ch, {"type": "message.new", "t": time.perf_counter()})
                sent += 1

    t0 = time.perf_counter()
    thread = threading.Thread(target=produce)
    thread.start()
    await asyncio.wait_for(done.wait(), 120)
    elapsed = time.perf_counter() - t0
    thread.join()
    await asyncio.gather(*consumers)
    for sub in subs:
        await sub.aclose()
    await broker.aclose()
    ms = [x * 1000 for x in latencies]
    print(
        f"broker {name} ({'burst' if not rate else f'paced {rate:,.0f}/s'}): "
        f"{conversations} conversations x {rounds} events: "
        f"p50 {statistics.median(ms):.2f} ms, p99 {pct(ms, 99):.2f} ms, max {max(ms):.2f} ms, "
        f"sustained {received / elapsed:,.0f} events/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--redis", default=os.environ.get("TRUSTDESK_REDIS_URL", "redis://127.0.0.1:6379/15"))
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--envelope-n", type=int, default=20000)
    parser.add_argument("--rate", type=float, default=1000.0, help="paced run, events/s")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    bench_envelope(args.envelope_n)
    for rate in (0.0, args.rate):
        asyncio.run(bench_broker("in-process", InProcessBroker(), args.conversations, args.rounds, rate))
        if args.redis:
            redis_broker = RedisBroker(args.redis)
            asyncio.run(bench_broker("redis", redis_broker, args.conversations, args.rounds, rate))
            redis_broker.close()


if __name__ == "__main__":
    main()

"""Benchmark the scam checker's batch mode: messages/s and URLs/s on one core, and checker memory.

Usage: python bench/bench_scamcheck.py [--messages 20000] [--urls 50000]

Messages are the shipped multilingual corpus, repeated with a per-copy suffix so no two texts are equal;
URLs mix official domains, look-alikes, shorteners and unrelated sites, each made unique with a path and
(for a third of them) a fresh host name, so the per-host memo does not make the figure meaningless.
The process is pinned to one CPU and BLAS threads are limited to one. The model is loaded once, before timing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import sys
import time
from pathlib import Path

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--urls", type=int, default=50_000)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    base = rss_mb()
    t0 = time.perf_counter()
    from trustdesk.scamcheck.engine import get_checker
    from trustdesk.scamcheck.engine.batch import run_file
    from trustdesk.scamcheck.engine.training.train import load_corpus

    checker = get_checker()  # as the CLI and the server load it
    checker.check("message", "warm up: send me the OTP at https://vietcombank.com.vn.x.top +44 906 170 1461")
    load_s = time.perf_counter() - t0
    loaded = rss_mb()

    rng = random.Random(7)
    corpus = [e.text for e in load_corpus()]
    msgs = [
        json.dumps({"id": f"m{i}", "kind": "message", "text": f"{corpus[i % len(corpus)]} #{i}"}, ensure_ascii=False)
        for i in range(args.messages)
    ]
    hosts = [
        "vietcombank.com.vn",
        "vietcombank-capnhat.com",
        "paypa1.com",
        "bit.ly",
        "shopee.vn.hoantien.click",
        "en.wikipedia.org",
        "xn--pypal-4ve.com",
        "maybank2u.com.my",
        "198.51.100.7",
        "tokopedla.com",
    ]
    urls = []
    for i in range(args.urls):
        host = hosts[i % len(hosts)] if i % 3 else f"shop{rng.randrange(10**9)}.example.com"
        scheme = "http" if i % 4 == 0 else "https"
        urls.append(json.dumps({"id": f"u{i}", "kind": "url", "text": f"{scheme}://{host}/p/{i}"}))

    def timed(lines: list[str]) -> tuple[float, float, int]:
        """Wall-clock and process CPU seconds: on a shared host the CPU figure is the steadier of the two."""
        out = io.StringIO()
        start, cpu = time.perf_counter(), time.process_time()
        n = run_file(io.StringIO("\n".join(lines)), out, checker)
        return time.perf_counter() - start, time.process_time() - cpu, n

    load_before = os.getloadavg()[0]
    msg_s, msg_cpu, n_msg = timed(msgs)
    url_s, url_cpu, n_url = timed(urls)
    peak = rss_mb()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _machine import describe

    print(describe())
    print(
        f"pinned to one core: {hasattr(os, 'sched_setaffinity')}; load average {load_before:.1f} before the runs, "
        f"{os.getloadavg()[0]:.1f} after (this run adds about 1; other work on the host slows these figures)"
    )
    print(f"model: {'loaded' if checker.model is not None else 'MISSING (rules only)'}; load time {load_s:.2f} s")
    print(
        f"messages: {n_msg} in {msg_s:.2f} s = {n_msg / msg_s:,.0f} msg/s (target >= 5,000); "
        f"per CPU second {n_msg / msg_cpu:,.0f}"
    )
    print(
        f"urls:     {n_url} in {url_s:.2f} s = {n_url / url_s:,.0f} URLs/s (target >= 20,000); "
        f"per CPU second {n_url / url_cpu:,.0f}"
    )
    print(
        f"memory: process RSS {base:.0f} MB before import, {loaded:.0f} MB with the checker loaded "
        f"(checker + libraries ≈ {loaded - base:.0f} MB), {peak:.0f} MB after the runs"
    )


if __name__ == "__main__":
    main()

"""Nonce replay stores: first claim wins, entries expire, and a real Redis is shared across processes."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis

from trustdesk.trust.nonces import InMemoryNonceStore, NonceStore, RedisNonceStore, nonce_key


def test_in_memory_first_claim_wins_per_key() -> None:
    store = InMemoryNonceStore()
    assert isinstance(store, NonceStore)
    assert store.claim("dev_a", "n1", ttl_seconds=60)
    assert not store.claim("dev_a", "n1", ttl_seconds=60)
    assert store.claim("dev_b", "n1", ttl_seconds=60)
    assert store.claim("dev_a", "n2", ttl_seconds=60)


def test_in_memory_entries_expire() -> None:
    now = [100.0]
    store = InMemoryNonceStore(clock=lambda: now[0])
    assert store.claim("dev", "n", ttl_seconds=10)
    now[0] = 109.9
    assert not store.claim("dev", "n", ttl_seconds=10)
    now[0] = 110.0
    assert store.claim("dev", "n", ttl_seconds=10)
    now[0] = 500.0
    assert len(store) == 0


def test_in_memory_fails_closed_when_full() -> None:
    now = [0.0]
    store = InMemoryNonceStore(clock=lambda: now[0], max_entries=2)
    assert store.claim("d", "1", ttl_seconds=10)
    assert store.claim("d", "2", ttl_seconds=10)
    assert not store.claim("d", "3", ttl_seconds=10)
    now[0] = 11.0  # the old entries expired, room again
    assert store.claim("d", "3", ttl_seconds=10)


def test_ttl_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        InMemoryNonceStore().claim("d", "n", ttl_seconds=0)


def test_nonce_key_separates_fields() -> None:
    assert nonce_key("ab", "c") != nonce_key("a", "bc")
    assert len(nonce_key("x" * 500, "y" * 500)) == 64


def test_in_memory_concurrent_claims_have_one_winner() -> None:
    store = InMemoryNonceStore()
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: store.claim("dev", "same", ttl_seconds=60), range(64)))
    assert results.count(True) == 1


# -- Redis ----------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Redis: TRUSTDESK_REDIS_URL when set (CI), otherwise a private redis-server for this module."""
    configured = os.environ.get("TRUSTDESK_REDIS_URL")
    if configured:
        yield configured
        return
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no Redis server available")
    port = _free_port()
    workdir: Path = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    else:
        proc.terminate()
        pytest.fail("redis-server did not start")
    try:
        yield url
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture
def redis_store(redis_url: str) -> Iterator[RedisNonceStore]:
    client = redis.Redis.from_url(redis_url)
    prefix = f"test:{os.getpid()}:{time.monotonic_ns()}:"
    yield RedisNonceStore(client, prefix=prefix)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)
    client.close()


def test_redis_first_claim_wins_and_expires(redis_store: RedisNonceStore, redis_url: str) -> None:
    assert redis_store.claim("dev_a", "n1", ttl_seconds=60)
    assert not redis_store.claim("dev_a", "n1", ttl_seconds=60)
    assert redis_store.claim("dev_b", "n1", ttl_seconds=60)
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(f"{redis_store._prefix}*"))
    assert len(keys) == 2
    assert all(0 < client.ttl(key) <= 60 for key in keys)  # Redis expires entries by itself
    client.close()


def test_redis_concurrent_claims_have_one_winner(redis_store: RedisNonceStore) -> None:
    with ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(lambda _: redis_store.claim("dev", "same", ttl_seconds=60), range(64)))
    assert results.count(True) == 1


def _claim_in_child(
    url: str, prefix: str, barrier: multiprocessing.synchronize.Barrier, out: multiprocessing.Queue
) -> None:  # type: ignore[type-arg]
    store = RedisNonceStore(redis.Redis.from_url(url), prefix=prefix)
    barrier.wait()
    out.put(store.claim("dev", "replayed-nonce", ttl_seconds=60))


def test_redis_replay_to_another_worker_process_is_refused(redis_url: str) -> None:
    """Two worker processes, each with its own connection, receive the same signed request."""
    ctx = multiprocessing.get_context("spawn")
    prefix = f"test:xproc:{time.monotonic_ns()}:"
    barrier, out = ctx.Barrier(4), ctx.Queue()
    workers = [ctx.Process(target=_claim_in_child, args=(redis_url, prefix, barrier, out)) for _ in range(4)]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=30) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert sorted(results) == [False, False, False, True]

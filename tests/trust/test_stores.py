"""The database nonce store, shared by worker processes through the database."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection

from tests.trust.nonce_worker import claim_in_worker
from trustdesk.core import clock
from trustdesk.trust import stores
from trustdesk.trust.models import SignatureNonce
from trustdesk.trust.nonces import RedisNonceStore, nonce_key
from trustdesk.trust.stores import DatabaseNonceStore, nonce_store


@pytest.mark.django_db
def test_first_claim_wins_and_expired_rows_can_be_reclaimed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The store purges expired rows on one claim in PURGE_ONE_IN at random; here it never does, so the expired row
    # is reclaimed in place (the purge is tested on its own below).
    monkeypatch.setattr(stores.secrets, "randbelow", lambda n: 1)
    store = DatabaseNonceStore()
    assert store.claim("dev_a", "n1", ttl_seconds=60)
    assert not store.claim("dev_a", "n1", ttl_seconds=60)
    assert store.claim("dev_b", "n1", ttl_seconds=60)
    with clock.shifted(timedelta(seconds=61)):
        assert store.claim("dev_a", "n1", ttl_seconds=60)
    assert SignatureNonce.objects.count() == 2


@pytest.mark.django_db
def test_a_claim_may_purge_expired_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    store = DatabaseNonceStore()
    assert store.claim("dev_a", "n1", ttl_seconds=60)
    assert store.claim("dev_b", "n2", ttl_seconds=600)
    monkeypatch.setattr(stores.secrets, "randbelow", lambda n: 0)  # this claim is the one in PURGE_ONE_IN that purges
    with clock.shifted(timedelta(seconds=61)):
        assert store.claim("dev_c", "n3", ttl_seconds=60)
    keys = set(SignatureNonce.objects.values_list("key", flat=True))
    assert keys == {nonce_key("dev_b", "n2"), nonce_key("dev_c", "n3")}


@pytest.mark.django_db
def test_redis_is_used_when_configured(settings: Any) -> None:
    settings.REDIS_URL = ""
    assert isinstance(nonce_store(), DatabaseNonceStore)
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    assert isinstance(nonce_store(), RedisNonceStore)


@pytest.mark.django_db(transaction=True)
def test_replay_to_another_worker_process_is_refused() -> None:
    """Four worker processes receive the same signed request at the same moment: exactly one accepts it."""
    ctx = multiprocessing.get_context("spawn")
    database = {"NAME": connection.settings_dict["NAME"]}
    barrier, out = ctx.Barrier(4), ctx.Queue()
    workers = [ctx.Process(target=claim_in_worker, args=(database, barrier, out)) for _ in range(4)]
    for worker in workers:
        worker.start()
    results = [out.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert sorted(results) == [False, False, False, True]
    assert SignatureNonce.objects.count() == 1

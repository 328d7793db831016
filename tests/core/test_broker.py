"""Event broker: in-process semantics, and Redis pub/sub across two real processes."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest

from trustdesk.core.broker import (
    ENV_REDIS_URL,
    Broker,
    BrokerDisconnected,
    Event,
    InProcessBroker,
    RedisBroker,
    SubscriptionLagged,
    broker_from_env,
    stream,
)

T = TypeVar("T")
REDIS_URL = os.environ.get("TRUSTDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
SRC = str(Path(__file__).resolve().parents[2] / "src")
WAIT = 10.0  # generous upper bound for "eventually"; the tests never assert speed


def run(factory: Callable[[], Awaitable[T]]) -> T:
    """Run a scenario on a fresh event loop in its own thread.

    Its own thread because the session-scoped Playwright browser of the e2e tests keeps an event loop
    running in the main thread, and pytest-django orders those (transactional) tests first.
    """

    async def main() -> T:
        return await asyncio.wait_for(factory(), WAIT * 2)

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, main()).result()


def _channel() -> str:
    return f"test.{uuid.uuid4().hex}"


# -- behaviour shared by both brokers ------------------------------------------------------------------------


def _redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


needs_redis = pytest.mark.skipif(not _redis_available(), reason=f"no Redis at {REDIS_URL}")


@pytest.fixture(params=["memory", pytest.param("redis", marks=needs_redis)])
def make_broker(request: pytest.FixtureRequest) -> Iterator[Callable[[], Broker]]:
    made: list[Broker] = []

    def factory() -> Broker:
        b: Broker = InProcessBroker() if request.param == "memory" else RedisBroker(REDIS_URL)
        made.append(b)
        return b

    yield factory
    for b in made:
        if isinstance(b, RedisBroker):
            b.close()


def test_subscriber_receives_events_on_its_channels_only(make_broker: Callable[[], Broker]) -> None:
    a, b, c = _channel(), _channel(), _channel()

    async def scenario() -> list[Event]:
        broker = make_broker()
        got: list[Event] = []
        async with await broker.subscribe([a, b]) as sub:
            await broker.apublish(a, {"n": 1})
            await broker.apublish(c, {"n": 2})  # not subscribed
            await broker.apublish(b, {"n": 3, "text": "xin chào 你好"})
            got.append(await anext(sub))
            got.append(await anext(sub))
            assert await sub.get(timeout=0.2) is None
        await broker.aclose()
        return got

    got = run(scenario)
    assert got == [Event(a, {"n": 1}), Event(b, {"n": 3, "text": "xin chào 你好"})]


def test_sync_publish_from_another_thread_reaches_async_subscriber(make_broker: Callable[[], Broker]) -> None:
    ch = _channel()

    async def scenario() -> list[dict[str, Any]]:
        broker = make_broker()
        async with await broker.subscribe([ch]) as sub:
            threads = [threading.Thread(target=broker.publish, args=(ch, {"i": i})) for i in range(20)]
            for t in threads:
                t.start()
            events = [await anext(sub) for _ in range(20)]
            for t in threads:
                t.join()
        await broker.aclose()
        return [e.data for e in events]

    assert sorted(d["i"] for d in run(scenario)) == list(range(20))


def test_every_subscriber_of_a_channel_gets_each_event(make_broker: Callable[[], Broker]) -> None:
    ch = _channel()

    async def scenario() -> list[list[int]]:
        broker = make_broker()
        subs = [await broker.subscribe([ch]) for _ in range(3)]
        for i in range(5):
            await broker.apublish(ch, {"i": i})
        result = [[(await anext(s)).data["i"] for _ in range(5)] for s in subs]
        for s in subs:
            await s.aclose()
        await broker.aclose()
        return result

    assert run(scenario) == [[0, 1, 2, 3, 4]] * 3


def test_closed_subscription_stops_iteration(make_broker: Callable[[], Broker]) -> None:
    ch = _channel()

    async def scenario() -> list[Event]:
        broker = make_broker()
        sub = await broker.subscribe([ch])
        await sub.aclose()
        await broker.apublish(ch, {"late": True})
        got = [ev async for ev in sub]
        await broker.aclose()
        return got

    assert run(scenario) == []


@pytest.mark.parametrize("bad", [{"x": object()}, {"x": float("nan")}, ["not", "a", "mapping"]])
def test_non_json_events_are_refused_at_publish(make_broker: Callable[[], Broker], bad: Any) -> None:
    broker = make_broker()
    with pytest.raises((TypeError, ValueError)):
        broker.publish(_channel(), bad)


@pytest.mark.parametrize("channels", [[], [""], ["desk.*"]])
def test_invalid_channels_refused(channels: list[str]) -> None:
    async def scenario() -> None:
        await InProcessBroker().subscribe(channels)

    with pytest.raises(ValueError):
        run(scenario)


def test_stream_helper_unsubscribes_when_consumer_stops() -> None:
    ch = _channel()
    broker = InProcessBroker()

    async def scenario() -> int:
        gen = stream(broker, [ch])
        first = asyncio.ensure_future(anext(gen))
        while broker.subscriber_count(ch) == 0:
            await asyncio.sleep(0)
        broker.publish(ch, {"a": 1})
        assert (await first).data == {"a": 1}
        await gen.aclose()
        return broker.subscriber_count(ch)

    assert run(scenario) == 0


def test_in_process_event_is_a_private_copy() -> None:
    ch = _channel()
    broker = InProcessBroker()

    async def scenario() -> dict[str, Any]:
        async with await broker.subscribe([ch]) as sub:
            payload: dict[str, Any] = {"items": [1]}
            broker.publish(ch, payload)
            payload["items"].append(2)  # the publisher mutates after publishing
            return (await anext(sub)).data

    assert run(scenario) == {"items": [1]}


def test_slow_subscriber_is_cut_off_not_buffered_forever() -> None:
    ch = _channel()
    broker = InProcessBroker(max_queue=5)

    got: list[int] = []

    async def scenario() -> None:
        sub = await broker.subscribe([ch])
        for i in range(10):
            broker.publish(ch, {"i": i})
        async for ev in sub:
            got.append(ev.data["i"])

    with pytest.raises(SubscriptionLagged):
        run(scenario)
    assert got == [0, 1, 2, 3, 4]
    assert broker.subscriber_count(ch) == 0


def test_broker_from_env_selects_implementation() -> None:
    assert isinstance(broker_from_env({}), InProcessBroker)
    redis_broker = broker_from_env({ENV_REDIS_URL: REDIS_URL})
    assert isinstance(redis_broker, RedisBroker)
    redis_broker.close()


# -- Redis specifics ----------------------------------------------------------------------------------------


@needs_redis
def test_redis_one_connection_per_process_for_many_subscribers() -> None:
    import redis

    ch = _channel()
    admin = redis.Redis.from_url(REDIS_URL)
    broker = RedisBroker(REDIS_URL)

    def numsub() -> int:
        return int(dict(admin.pubsub_numsub(broker.prefix + ch))[(broker.prefix + ch).encode()])

    async def scenario() -> tuple[int, int]:
        subs = [await broker.subscribe([ch]) for _ in range(50)]
        while_open = numsub()
        for s in subs:
            await s.aclose()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + WAIT
        while numsub() and loop.time() < deadline:
            await asyncio.sleep(0.02)
        after = numsub()
        await broker.aclose()
        return while_open, after

    assert run(scenario) == (1, 0)
    broker.close()
    admin.close()


@needs_redis
def test_redis_failure_ends_streams_with_disconnected() -> None:
    import redis

    ch = _channel()
    admin = redis.Redis.from_url(REDIS_URL)
    broker = RedisBroker(REDIS_URL)

    async def scenario() -> None:
        sub = await broker.subscribe([ch])
        admin.execute_command("CLIENT", "KILL", "TYPE", "pubsub")
        with pytest.raises(BrokerDisconnected):
            await asyncio.wait_for(anext(sub), WAIT)
        await broker.aclose()

    run(scenario)
    broker.close()
    admin.close()


@needs_redis
def test_redis_error_reply_on_the_pubsub_connection_does_not_end_streams() -> None:
    ch = _channel()
    broker = RedisBroker(REDIS_URL)

    async def scenario() -> dict[str, Any]:
        sub = await broker.subscribe([ch])
        fan = next(iter(broker._fanouts.values()))
        await fan.pubsub.execute_command("CLIENT", "NO_SUCH_SUBCOMMAND")  # the server answers with an error
        await broker.apublish(ch, {"still": "alive"})
        event = await asyncio.wait_for(anext(sub), WAIT)
        await broker.aclose()
        return event.data

    assert run(scenario) == {"still": "alive"}
    broker.close()


SUBSCRIBER = textwrap.dedent(
    """
    import asyncio, json, sys
    from trustdesk.core.broker import RedisBroker

    async def main():
        broker = RedisBroker(sys.argv[1])
        async with await broker.subscribe([sys.argv[2]]) as sub:
            print("READY", flush=True)
            for _ in range(int(sys.argv[3])):
                ev = await sub.get(timeout=20)
                if ev is None:
                    print("TIMEOUT", flush=True)
                    return
                print(json.dumps({"channel": ev.channel, "data": ev.data}), flush=True)
        await broker.aclose()

    asyncio.run(main())
    """
)


@needs_redis
def test_event_published_in_one_process_reaches_subscriber_in_another() -> None:
    ch = _channel()
    env = dict(os.environ, PYTHONPATH=SRC)
    child = subprocess.Popen(
        [sys.executable, "-c", SUBSCRIBER, REDIS_URL, ch, "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "READY"
        publisher = RedisBroker(REDIS_URL)
        sent = [{"type": "message.new", "conversation": "c-1", "seq": i, "body": "chào"} for i in range(3)]
        for event in sent:
            publisher.publish(ch, event)
        publisher.close()
        out, err = child.communicate(timeout=WAIT * 2)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err
    received = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert received == [{"channel": ch, "data": e} for e in sent]

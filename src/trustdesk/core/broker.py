"""Event broker: publish from anywhere, subscribe from async code (SSE streams).

Two implementations behind one interface:

* :class:`InProcessBroker` (default): asyncio queues in this process.  ``publish`` is thread-safe and callable
  from sync code (Django actions run their ``transaction.on_commit`` hooks in worker threads), and wakes
  subscribers on their own event loops.
* :class:`RedisBroker` (when ``TRUSTDESK_REDIS_URL`` is set): Redis pub/sub, so an event published by one
  server process reaches subscribers connected to any other.  Each process opens **one** pub/sub connection
  per event loop and fans messages out locally: 1,000 open SSE streams cost one Redis connection, not 1,000.

Events are JSON objects.  Both brokers serialise them to JSON on publish, so code that works in-process
cannot break under Redis by publishing something that is not JSON.

Delivery is best effort and at most once (Redis pub/sub semantics): a subscriber that was not connected
misses the event.  Clients must therefore re-read state from the database when they (re)connect; the broker
only tells them *that* something changed, quickly.  A subscriber that falls more than ``max_queue`` events
behind is cut off with :class:`SubscriptionLagged` rather than growing memory without bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

ENV_REDIS_URL = "TRUSTDESK_REDIS_URL"
DEFAULT_MAX_QUEUE = 1000


class BrokerError(Exception):
    """Base class of broker errors."""


class SubscriptionLagged(BrokerError):
    """The subscriber fell too far behind and was dropped; reconnect and re-read state."""


class BrokerDisconnected(BrokerError):
    """The connection to the shared broker was lost; reconnect and re-read state."""


@dataclass(frozen=True, slots=True)
class Event:
    channel: str
    data: dict[str, Any]


def encode_event(event: Mapping[str, Any]) -> str:
    """Serialise an event; raises ``TypeError``/``ValueError`` at the publisher if it is not plain JSON."""
    if not isinstance(event, Mapping):
        raise TypeError("an event must be a mapping")
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _check_channels(channels: Iterable[str]) -> tuple[str, ...]:
    result = tuple(dict.fromkeys(channels))
    if not result:
        raise ValueError("subscribe to at least one channel")
    for ch in result:
        if not isinstance(ch, str) or not ch or "*" in ch or "?" in ch or "[" in ch:
            raise ValueError(f"invalid channel name {ch!r}")
    return result


_CLOSED = object()


class Subscription:
    """An async iterator of :class:`Event`; also an async context manager that unsubscribes on exit."""

    def __init__(self, channels: tuple[str, ...], max_queue: int) -> None:
        self.channels = channels
        self.loop = asyncio.get_running_loop()
        self._queue: asyncio.Queue[object] = asyncio.Queue()
        self._max_queue = max_queue
        self._error: BrokerError | None = None
        self._closed = False
        self._on_close: list[Any] = []

    # Called on the subscriber's loop only.
    def _deliver(self, item: object) -> None:
        if self._closed:
            return
        if self._queue.qsize() >= self._max_queue:
            self._fail(SubscriptionLagged(f"more than {self._max_queue} undelivered events"))
            return
        self._queue.put_nowait(item)

    def _fail(self, error: BrokerError) -> None:
        if self._closed:
            return
        self._error = error
        self._queue.put_nowait(_CLOSED)
        self._detach()

    def _detach(self) -> None:
        self._closed = True
        callbacks, self._on_close = self._on_close, []
        for cb in callbacks:
            cb(self)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> Event:
        if self._closed and self._queue.empty():
            if self._error is not None:
                raise self._error
            raise StopAsyncIteration
        item = await self._queue.get()
        if item is _CLOSED:
            if self._error is not None:
                raise self._error
            raise StopAsyncIteration
        assert isinstance(item, Event)
        return item

    async def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or ``None`` after ``timeout`` seconds (SSE keep-alive ticks use this)."""
        try:
            return await asyncio.wait_for(self.__anext__(), timeout)
        except TimeoutError:
            return None

    async def aclose(self) -> None:
        if not self._closed:
            self._detach()
            self._queue.put_nowait(_CLOSED)

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class Broker(Protocol):
    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        """Publish from sync code (any thread).  Must not be called on a running event loop's thread with a
        blocking implementation; use :meth:`apublish` there."""
        ...

    async def apublish(self, channel: str, event: Mapping[str, Any]) -> None: ...

    async def subscribe(self, channels: Iterable[str]) -> Subscription:
        """Subscribe; events published after this returns are delivered."""
        ...

    async def aclose(self) -> None: ...


class InProcessBroker:
    """Fan-out inside one process; the default when no Redis URL is configured."""

    def __init__(self, *, max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        self._lock = threading.Lock()
        self._subs: dict[str, set[Subscription]] = {}
        self._max_queue = max_queue

    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        ev = Event(channel, json.loads(encode_event(event)))  # a private copy per publish, as over the wire
        with self._lock:
            targets = list(self._subs.get(channel, ()))
        for sub in targets:
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is sub.loop:
                sub._deliver(ev)
            else:
                with contextlib.suppress(RuntimeError):  # the subscriber's loop is closed: nothing to wake
                    sub.loop.call_soon_threadsafe(sub._deliver, ev)

    async def apublish(self, channel: str, event: Mapping[str, Any]) -> None:
        self.publish(channel, event)

    async def subscribe(self, channels: Iterable[str]) -> Subscription:
        sub = Subscription(_check_channels(channels), self._max_queue)
        with self._lock:
            for ch in sub.channels:
                self._subs.setdefault(ch, set()).add(sub)
        sub._on_close.append(self._remove)
        return sub

    def _remove(self, sub: Subscription) -> None:
        with self._lock:
            for ch in sub.channels:
                subs = self._subs.get(ch)
                if subs is not None:
                    subs.discard(sub)
                    if not subs:
                        del self._subs[ch]

    def subscriber_count(self, channel: str) -> int:
        with self._lock:
            return len(self._subs.get(channel, ()))

    async def aclose(self) -> None:
        with self._lock:
            subs = {s for group in self._subs.values() for s in group}
        for sub in subs:
            await sub.aclose()


@dataclass
class _Fanout:
    """One Redis pub/sub connection and reader task serving every subscription on one event loop."""

    pubsub: Any
    reader: asyncio.Task[None] | None = None
    subs: dict[str, set[Subscription]] = field(default_factory=dict)
    confirmed: dict[str, asyncio.Future[None]] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class RedisBroker:
    """Redis pub/sub across processes; channels are prefixed so one Redis can serve several deployments."""

    def __init__(self, url: str, *, prefix: str = "trustdesk:", max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        import redis  # imported here so the in-process default needs no Redis client at all

        self.url = url
        self.prefix = prefix
        self._max_queue = max_queue
        self._sync = redis.Redis.from_url(url)
        self._async_clients: dict[asyncio.AbstractEventLoop, Any] = {}
        self._fanouts: dict[asyncio.AbstractEventLoop, _Fanout] = {}

    # -- publishing ---------------------------------------------------------------------------------------

    def publish(self, channel: str, event: Mapping[str, Any]) -> None:
        self._sync.publish(self.prefix + channel, encode_event(event))

    def _async_client(self) -> Any:
        import redis.asyncio

        loop = asyncio.get_running_loop()
        client = self._async_clients.get(loop)
        if client is None:
            client = redis.asyncio.Redis.from_url(self.url)
            self._async_clients[loop] = client
        return client

    async def apublish(self, channel: str, event: Mapping[str, Any]) -> None:
        await self._async_client().publish(self.prefix + channel, encode_event(event))

    # -- subscribing --------------------------------------------------------------------------------------

    async def _fanout(self) -> _Fanout:
        loop = asyncio.get_running_loop()
        fan = self._fanouts.get(loop)
        if fan is None:
            fan = _Fanout(pubsub=self._async_client().pubsub())
            self._fanouts[loop] = fan
        return fan

    async def subscribe(self, channels: Iterable[str]) -> Subscription:
        sub = Subscription(_check_channels(channels), self._max_queue)
        fan = await self._fanout()
        waits: list[asyncio.Future[None]] = []
        async with fan.lock:
            new: list[str] = []
            for ch in sub.channels:
                key = self.prefix + ch
                group = fan.subs.setdefault(key, set())
                if not group:
                    new.append(key)
                    fan.confirmed[key] = asyncio.get_running_loop().create_future()
                group.add(sub)
                waits.append(fan.confirmed[key])
            sub._on_close.append(lambda s: self._remove(fan, s))
            if new:
                try:
                    await fan.pubsub.subscribe(*new)
                except Exception as exc:
                    sub._fail(BrokerDisconnected(str(exc)))
                    raise BrokerDisconnected(str(exc)) from exc
            if fan.reader is None or fan.reader.done():
                fan.reader = asyncio.get_running_loop().create_task(self._read(fan))
        # The server confirms SUBSCRIBE in order on the connection: once confirmed, later publishes arrive.
        try:
            await asyncio.wait_for(asyncio.gather(*waits), timeout=10)
        except TimeoutError:
            await sub.aclose()
            raise BrokerDisconnected("redis did not confirm the subscription") from None
        return sub

    def _remove(self, fan: _Fanout, sub: Subscription) -> None:
        gone: list[str] = []
        for ch in sub.channels:
            key = self.prefix + ch
            group = fan.subs.get(key)
            if group is None:
                continue
            group.discard(sub)
            if not group:
                del fan.subs[key]
                fan.confirmed.pop(key, None)
                gone.append(key)
        if gone:
            task = asyncio.get_running_loop().create_task(self._unsubscribe(fan, gone))
            task.add_done_callback(lambda t: t.exception() if not t.cancelled() else None)

    async def _unsubscribe(self, fan: _Fanout, keys: list[str]) -> None:
        async with fan.lock:
            still_gone = [k for k in keys if k not in fan.subs]
            if still_gone:
                with contextlib.suppress(Exception):
                    await fan.pubsub.unsubscribe(*still_gone)

    async def _read(self, fan: _Fanout) -> None:
        from redis.exceptions import ResponseError

        try:
            while True:
                try:
                    msg = await fan.pubsub.get_message(timeout=None)
                except ResponseError:
                    # An error reply is not a broken connection (e.g. redis-py's optional CLIENT handshake on
                    # a reconnect, answered on this socket): the subscriptions are intact, keep reading.
                    continue
                if msg is None:
                    continue
                kind = msg["type"]
                key = msg["channel"].decode() if isinstance(msg["channel"], bytes) else msg["channel"]
                if kind == "subscribe":
                    fut = fan.confirmed.get(key)
                    if fut is not None and not fut.done():
                        fut.set_result(None)
                elif kind == "message":
                    try:
                        data = json.loads(msg["data"])
                    except ValueError:
                        continue  # not ours: ignore foreign publishers rather than kill every stream
                    ev = Event(key[len(self.prefix) :], data)
                    for sub in list(fan.subs.get(key, ())):
                        sub._deliver(ev)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            error = BrokerDisconnected(f"redis pub/sub failed: {exc.__class__.__name__}")
            for group in list(fan.subs.values()):
                for sub in list(group):
                    sub._fail(error)
            for fut in fan.confirmed.values():
                if not fut.done():
                    fut.set_exception(error)
            loop = asyncio.get_running_loop()
            if self._fanouts.get(loop) is fan:
                del self._fanouts[loop]
            with contextlib.suppress(Exception):
                await fan.pubsub.aclose()

    async def aclose(self) -> None:
        loop = asyncio.get_running_loop()
        fan = self._fanouts.pop(loop, None)
        if fan is not None:
            for group in list(fan.subs.values()):
                for sub in list(group):
                    await sub.aclose()
            if fan.reader is not None:
                fan.reader.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await fan.reader
            with contextlib.suppress(Exception):
                await fan.pubsub.aclose()
        client = self._async_clients.pop(loop, None)
        if client is not None:
            await client.aclose()

    def close(self) -> None:
        """Close the sync publishing connection pool (the async side is closed by :meth:`aclose`)."""
        self._sync.close()


def broker_from_env(environ: Mapping[str, str] | None = None) -> Broker:
    """Redis when ``TRUSTDESK_REDIS_URL`` is set, in-process otherwise."""
    env = os.environ if environ is None else environ
    url = env.get(ENV_REDIS_URL, "").strip()
    return RedisBroker(url) if url else InProcessBroker()


_default: Broker | None = None
_default_lock = threading.Lock()


def get_broker() -> Broker:
    """The process-wide broker, created from the environment on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = broker_from_env()
        return _default


def set_broker(broker: Broker | None) -> None:
    """Replace the process-wide broker (tests, or settings-driven wiring at startup)."""
    global _default
    with _default_lock:
        _default = broker


async def stream(broker: Broker, channels: Iterable[str]) -> AsyncIterator[Event]:
    """Convenience async generator over a subscription that always unsubscribes."""
    async with await broker.subscribe(channels) as sub:
        async for ev in sub:
            yield ev

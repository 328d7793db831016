"""Server-Sent Events plumbing for the desk: frames, the per-viewer stream loop, the response.

Why the stream re-renders every event per viewer instead of forwarding it: broker events carry only ids
(no message text crosses Redis, and nothing decrypted leaves the database layer), and one conversation
channel serves both sides, so the requester must never receive an internal note.  ``render`` runs the same
tenant- and role-scoped selectors as the pages, for each viewer, for each event.

Why streams end after ``max_seconds``: the zero-trust gate decides per request.  A stream that lived for
hours would outlive a revoked device or an expired session; ending it makes the browser reconnect through
the gate (``EventSource`` does so by itself after ``retry`` ms) and re-read anything it missed.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from typing import Any

from django.http import StreamingHttpResponse

from trustdesk.core.broker import Broker, BrokerError, Event

KEEPALIVE_SECONDS = 15.0
MAX_STREAM_SECONDS = 300.0
RETRY_MS = 1500

Frame = tuple[str, Mapping[str, Any]]
Renderer = Callable[[Event], Awaitable[Iterable[Frame]]]


def format_frame(event: str, data: Mapping[str, Any], *, event_id: str | None = None) -> str:
    """One SSE frame.  JSON never contains a raw newline, so ``data:`` stays a single line."""
    if "\n" in event or "\r" in event:
        raise ValueError("event names are single-line")
    lines = []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"event: {event}")
    lines.append("data: " + json.dumps(data, separators=(",", ":"), ensure_ascii=False))
    return "\n".join(lines) + "\n\n"


async def event_stream(
    broker: Broker,
    channels: Iterable[str],
    render: Renderer,
    *,
    keepalive: float = KEEPALIVE_SECONDS,
    max_seconds: float = MAX_STREAM_SECONDS,
) -> AsyncIterator[str]:
    """Yield SSE text: a ``sync`` frame first (the client catches up), then rendered events, keep-alives.

    The subscription is opened *before* the first frame is sent, so nothing published after the client saw
    ``sync`` (and re-read state) can fall between the two.
    """
    sub = await broker.subscribe(channels)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max_seconds
    try:
        yield f"retry: {RETRY_MS}\n\n"
        yield format_frame("sync", {})
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            try:
                ev = await sub.get(timeout=min(keepalive, remaining))
            except StopAsyncIteration:
                return
            except BrokerError:
                yield format_frame("sync", {"reason": "broker"})
                return
            if ev is None:
                yield ": keep-alive\n\n"
                continue
            for name, data in await render(ev):
                yield format_frame(name, data)
    finally:
        await sub.aclose()


def sse_response(stream: AsyncIterator[str]) -> StreamingHttpResponse:
    response = StreamingHttpResponse(stream, content_type="text/event-stream; charset=utf-8")
    response["Cache-Control"] = "no-store"
    response["X-Accel-Buffering"] = "no"  # nginx: do not buffer the stream
    return response

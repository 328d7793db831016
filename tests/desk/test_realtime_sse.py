"""The SSE stream loop: subscribe-before-sync, per-viewer rendering, keep-alives, bounded lifetime."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest

from trustdesk.core.broker import Event, InProcessBroker
from trustdesk.desk.sse import Frame, event_stream, format_frame

T = TypeVar("T")


def _run(coro: Coroutine[Any, Any, T]) -> T:
    """A fresh loop in its own thread (the e2e browser keeps a loop running in the main thread)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _parse(frame: str) -> tuple[str | None, dict[str, object] | None]:
    name = data = None
    for line in frame.strip().splitlines():
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = json.loads(line[len("data: ") :])
    return name, data


def test_format_frame_is_single_data_line_even_with_newlines_in_text() -> None:
    frame = format_frame("message.new", {"body": "line 1\nline 2\r\n<script>"}, event_id="7")
    assert frame.endswith("\n\n")
    lines = frame[:-2].split("\n")
    assert lines == [
        "id: 7",
        "event: message.new",
        'data: {"body":"line 1\\nline 2\\r\\n<script>"}',
    ]
    assert _parse(frame) == ("message.new", {"body": "line 1\nline 2\r\n<script>"})


def test_format_frame_refuses_multiline_event_name() -> None:
    with pytest.raises(ValueError):
        format_frame("a\ndata: injected", {})


def test_stream_sends_sync_then_rendered_events_filtered_per_viewer() -> None:
    broker = InProcessBroker()

    async def requester_view(ev: Event) -> Iterable[Frame]:
        if ev.data.get("internal"):
            return []  # a requester never sees internal notes
        return [("message.new", {"id": ev.data["id"]})]

    async def scenario() -> list[tuple[str | None, dict[str, object] | None]]:
        gen = event_stream(broker, ["desk.conv.1"], requester_view, keepalive=5, max_seconds=5)
        frames = [await anext(gen), await anext(gen)]  # retry + sync: subscription is live by now
        broker.publish("desk.conv.1", {"id": "m1"})
        broker.publish("desk.conv.1", {"id": "note", "internal": True})
        broker.publish("desk.conv.2", {"id": "other conversation"})
        broker.publish("desk.conv.1", {"id": "m2"})
        frames += [await anext(gen), await anext(gen)]
        await gen.aclose()
        return [_parse(f) for f in frames[1:]]

    assert _run(scenario()) == [
        ("sync", {}),
        ("message.new", {"id": "m1"}),
        ("message.new", {"id": "m2"}),
    ]
    assert broker.subscriber_count("desk.conv.1") == 0  # closing the stream unsubscribed


def test_stream_sends_keepalive_and_ends_at_max_lifetime() -> None:
    broker = InProcessBroker()

    async def render(ev: Event) -> Iterable[Frame]:
        return [("x", ev.data)]

    async def scenario() -> list[str]:
        return [f async for f in event_stream(broker, ["c"], render, keepalive=0.05, max_seconds=0.3)]

    frames = _run(scenario())
    assert frames[0].startswith("retry: ")
    assert _parse(frames[1]) == ("sync", {})
    assert ": keep-alive\n\n" in frames[2:]
    assert broker.subscriber_count("c") == 0

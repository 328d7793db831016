"""A base for middleware that is both sync and async capable.

Under ASGI the async views (SSE streams) run the async middleware chain, where a sync-only middleware would cost
two thread switches per request; under WSGI the same class must stay plain synchronous code. The base picks the
mode once, from the next handler in the chain, and a subclass writes only its two ``call_*`` bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.http import HttpRequest, HttpResponse


class SyncAsyncMiddleware:
    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]):
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self.async_mode:
            return self.call_async(request)
        return self.call_sync(request)

    def call_sync(self, request: HttpRequest) -> HttpResponse:
        raise NotImplementedError

    async def call_async(self, request: HttpRequest) -> HttpResponse:
        raise NotImplementedError

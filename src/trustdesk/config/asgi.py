"""The ASGI application: sync views run their whole middleware chain in one worker thread, async views stay async.

Why not Django's plain ``get_asgi_application()``: under ASGI Django runs the middleware chain in async mode and
adapts every sync piece separately — each ``MiddlewareMixin`` ``process_request``/``process_response``, each sync
``process_view`` (CSRF, the zero-trust gate) and the view itself is its own ``sync_to_async`` hop, about 20 thread
switches per request.  Almost every page and API operation here is a sync view doing database work, so for those
the handler resolves the view first and runs the sync chain (the same one WSGI runs, same middleware, same order)
in one hop on the request's thread-sensitive worker.  Async views (the SSE streams) keep the async chain, so a
waiting stream still holds no thread.  Security behaviour is identical: the same middleware list runs either way.
"""

from __future__ import annotations

import os
from typing import Any

import django
from asgiref.sync import iscoroutinefunction, sync_to_async
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.base import BaseHandler
from django.http import HttpRequest, HttpResponseBase
from django.urls import Resolver404, get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustdesk.config.settings")


class TrustDeskASGIHandler(ASGIHandler):
    def load_middleware(self, is_async: bool = False) -> None:
        super().load_middleware(is_async=True)
        self._sync_handler = BaseHandler()
        self._sync_handler.load_middleware(is_async=False)

    @staticmethod
    def _sync_view(request: HttpRequest) -> bool:
        try:
            match = get_resolver().resolve(request.path_info)
        except Resolver404:
            return True  # a 404 (or a CommonMiddleware slash redirect) is rendered by sync code anyway
        return not iscoroutinefunction(match.func)

    async def get_response_async(self, request: HttpRequest) -> HttpResponseBase:
        if self._sync_view(request):
            return await sync_to_async(self._sync_handler.get_response, thread_sensitive=True)(request)
        return await super().get_response_async(request)


def _application() -> Any:
    django.setup(set_prefix=False)  # as django.core.asgi.get_asgi_application() does
    return TrustDeskASGIHandler()


application = _application()

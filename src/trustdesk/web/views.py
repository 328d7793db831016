from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from trustdesk.core.redirects import safe_next
from trustdesk.identity.actions import set_language as save_language
from trustdesk.tenancy.actor import actor_for


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html")


@login_required
@require_GET
def help_and_feedback(request: HttpRequest) -> HttpResponse:
    """Me → Help & Feedback: the only door to official support."""
    return render(request, "web/help.html")


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    language = request.POST.get("language", "")
    response = HttpResponseRedirect(safe_next(request, request.POST.get("next"), "/"))
    if language not in {code for code, _name in settings.LANGUAGES}:
        return response
    user: Any = request.user
    if user.is_authenticated:
        save_language(actor=actor_for(user), language=language, request=request)
    translation.activate(language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=365 * 24 * 3600,
        path="/",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite="Lax",
    )
    return response


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    detail = _("This form has expired or did not come from TrustDesk. Reload the page and try again.")
    if request.path.startswith("/api/"):
        return JsonResponse(
            {
                "type": "https://trustdesk.dev/problems/csrf-failed",
                "title": "CSRF check failed",
                "status": 403,
                "detail": detail,
            },
            status=403,
            content_type="application/problem+json",
        )
    return render(request, "web/error.html", {"detail": detail}, status=403)

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation


def shell(request: HttpRequest) -> dict[str, Any]:
    """What every page's frame needs: the language list and the text direction."""
    return {
        "td_languages": settings.LANGUAGES,
        "td_current_language": translation.get_language(),
        "td_dir": "rtl" if translation.get_language_bidi() else "ltr",
    }

"""``{% verified_badge %}``: the one mark of an official account, wherever one is shown."""

from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def verified_badge(official: bool = True) -> SafeString | str:
    """Render the badge only for official accounts (``{% verified_badge user.is_official %}``)."""
    if not official:
        return ""
    return format_html(
        '<span class="td-badge td-verified" title="{}" data-testid="verified-badge">&#10003; {}</span>',
        _("In the official directory"),
        _("Verified official"),
    )

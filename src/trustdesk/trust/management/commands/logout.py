"""``trustdesk logout``: end the CLI session on the server and forget it locally."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from trustdesk.trust.cli_session import CliError, logout


class Command(BaseCommand):
    help = "Log out of the TrustDesk server this computer is signed in to."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            logout()
        except CliError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write("Logged out. The device key stays registered; revoke it with `trustdesk devices revoke`.")

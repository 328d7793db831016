from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.cli import demo


class Command(BaseCommand):
    help = "Set up the demo (migrate, seed) on the configured database and serve it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--no-serve", action="store_true", help="set up and print the logins, then exit")
        parser.add_argument("--code", metavar="EMAIL", help="print the current 2FA code of a demo account")

    def handle(self, *args: Any, host: str, port: int, no_serve: bool, code: str | None, **options: Any) -> None:
        if settings.TRUSTDESK_ENV == "production":
            raise CommandError("The demo is not available when TRUSTDESK_ENV=production.")
        if code:
            self._print_code(code)
            return
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=0)
        world = demo.seed()
        if world.accounts:
            self._print_logins(world, host, port)
        else:
            self.stdout.write("Demo data already present (2FA secrets were printed when it was created).\n"
                              f"Password of every demo account: {demo.DEMO_PASSWORD}\n"
                              "Current 2FA code of an account: trustdesk demo --code EMAIL\n")
        if not no_serve:
            self.stdout.write(f"Serving on http://{host}:{port}/  (Ctrl+C to stop)")
            call_command("serve", host=host, port=port)

    def _print_logins(self, world: demo.DemoWorld, host: str, port: int) -> None:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"TrustDesk demo logins — password for all: {demo.DEMO_PASSWORD}")
        for column in ("e-mail", "role", "organization", "TOTP secret (demo only)", "note"):
            table.add_column(column)
        for account in world.accounts:
            table.add_row(account.email, account.role, account.organization, account.totp_secret or "-",
                          account.note)
        console = Console(file=self.stdout, width=160)  # type: ignore[arg-type]  # OutputWrapper is file-like
        console.print(table)
        console.print(f"Log in at http://{host}:{port}/account/login/ ; current 2FA code of an account: "
                      "trustdesk demo --code EMAIL")

    def _print_code(self, email: str) -> None:
        from trustdesk.identity.models import TOTPDevice
        from trustdesk.identity.totp import current_code

        device = TOTPDevice.objects.filter(user__email=email.lower(), confirmed_at__isnull=False).first()
        if device is None:
            raise CommandError(f"No demo account with 2FA set up: {email}")
        self.stdout.write(current_code(device.secret))

"""``trustdesk login --server URL``: password, second factor, then this installation's device key."""

from __future__ import annotations

import getpass
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.trust.cli_session import CliClient, CliError, config_dir, login


class Command(BaseCommand):
    help = "Sign in to a TrustDesk server from this computer and register (or reuse) its device key."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--server", default=os.environ.get("TRUSTDESK_SERVER", "http://127.0.0.1:8000"))
        parser.add_argument("--email", default=os.environ.get("TRUSTDESK_EMAIL", ""))
        parser.add_argument("--code", default="", help="TOTP or recovery code (asked for when omitted)")
        parser.add_argument("--name", default="", help="name of this device in the inventory")

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["email"] or input("E-mail: ")
        # The password is never an argument (it would end up in the shell history and the process list).
        password = os.environ.get("TRUSTDESK_PASSWORD") or getpass.getpass("Password: ")
        code = options["code"] or input("Code from your authenticator app (or a recovery code): ")
        client = CliClient(options["server"])
        try:
            saved = login(client, email=email, password=password, code=code, device_name=options["name"])
        except CliError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            client.close()
        self.stdout.write(f"Logged in as {saved.email} on {saved.server}; device {saved.device_id}.")
        self.stdout.write(f"Key and session are in {config_dir()} (mode 0600).")

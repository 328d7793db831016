"""``trustdesk devices list|revoke ID``: your devices, over the signed API."""

from __future__ import annotations

from typing import IO, Any, cast

from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.table import Table

from trustdesk.trust.cli_session import CliError, resume


class Command(BaseCommand):
    help = "List or revoke your devices (signed requests from this computer's device key)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("list", help="list your devices")
        revoke = sub.add_parser("revoke", help="revoke one of your devices")
        revoke.add_argument("device_id")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            client = resume()
        except CliError as exc:
            raise CommandError(str(exc)) from exc
        try:
            if options["subcommand"] == "list":
                response = client.request("GET", "/api/v1/trust/devices")
            else:
                response = client.request("POST", f"/api/v1/trust/devices/{options['device_id']}/revoke")
        finally:
            client.close()
        if response.status_code >= 400:
            detail = response.json().get("detail") if response.headers.get("content-type", "").endswith("json") else ""
            raise CommandError(f"{response.status_code}: {detail or response.reason_phrase}")
        rows = response.json() if options["subcommand"] == "list" else [response.json()]
        table = Table("id", "name", "platform", "status", "last seen", "country")
        for row in rows:
            marker = " *" if row["id"] == client.device_id else ""
            table.add_row(
                row["id"] + marker,
                row["name"],
                row["platform"],
                row["status"],
                str(row["last_seen_at"] or ""),
                row["last_country"],
            )
        Console(file=cast(IO[str], self.stdout), width=120).print(table)

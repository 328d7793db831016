from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.core.errors import DomainError
from trustdesk.identity import actions
from trustdesk.tenancy.choices import Region


class Command(BaseCommand):
    help = "Manage organizations (tenants): trustdesk org create --name NAME --slug SLUG ..."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = sub.add_parser("create", help="create a customer organization", description="Create a customer "
                                "organization (tenant).")
        create.add_argument("--name", required=True)
        create.add_argument("--slug", required=True, help="lowercase letters, digits and dashes")
        create.add_argument("--region", default=Region.HK, choices=Region.values, help="home region")
        create.add_argument("--timezone", default="UTC", help="IANA time zone, e.g. Asia/Ho_Chi_Minh")
        create.add_argument("--language", default="en", help="default language: vi en zh-hans ar id ms th")
        create.add_argument("--verified", action="store_true", help="mark the organization as verified")
        sub.add_parser("list", help="list organizations", description="List organizations.")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "list":
            from trustdesk.tenancy.models import Organization

            for org in Organization.objects.order_by("slug"):
                flag = "verified" if org.verified else "unverified"
                self.stdout.write(f"{org.slug}\t{org.kind}\t{org.home_region}\t{flag}\t{org.name}")
            return
        try:
            org = actions.create_organization(
                actor=None, name=options["name"], slug=options["slug"], home_region=options["region"],
                timezone=options["timezone"], default_language=options["language"], verified=options["verified"],
            )
        except DomainError as exc:
            raise CommandError(exc.detail) from None
        self.stdout.write(f"Created organization {org.slug} ({org.name}).")

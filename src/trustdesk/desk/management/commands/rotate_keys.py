"""``trustdesk rotate_keys``: master-key re-wrap, per-organization data-key rotation, status."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.core.envelope import EnvelopeError, generate_master_key
from trustdesk.desk import keys


class Command(BaseCommand):
    help = (
        "Encryption-at-rest keys. Master key rotation: set TRUSTDESK_MASTER_KEY='NEW,OLD', run "
        "'rotate_keys master', then remove OLD. Data keys: 'rotate_keys data --org SLUG' or '--all'."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--generate", action="store_true", help="print a new random master key and exit")
        sub = parser.add_subparsers(dest="action", metavar="ACTION")
        sub.add_parser("status", help="data keys per organization and how many await re-wrapping")
        sub.add_parser("master", help="re-wrap every data key under the first configured master key")
        data = sub.add_parser("data", help="start new data keys for new writes")
        group = data.add_mutually_exclusive_group(required=True)
        group.add_argument("--org", action="append", metavar="SLUG", help="organization slug (repeatable)")
        group.add_argument("--all", action="store_true", help="every organization")

    def handle(self, *args: Any, action: str | None = None, **options: Any) -> None:
        if options["generate"]:
            self.stdout.write(generate_master_key())
            return
        try:
            if action == "master":
                changed = keys.rewrap_master()
                self.stdout.write(f"Re-wrapped {changed} data keys under the current master key.")
                if changed:
                    self.stdout.write("You may now remove the old master key from the configuration.")
            elif action == "data":
                from trustdesk.tenancy.models import Organization

                orgs = list(Organization.objects.order_by("slug"))
                if not options["all"]:
                    wanted = set(options["org"])
                    orgs = [o for o in orgs if o.slug in wanted]
                    missing = wanted - {o.slug for o in orgs}
                    if missing:
                        raise CommandError(f"unknown organization: {', '.join(sorted(missing))}")
                for slug, key_id in keys.rotate_data_keys(orgs).items():
                    self.stdout.write(f"{slug}: new data key {key_id}")
            elif action in (None, "status"):
                rows = keys.key_status()
                if not rows:
                    self.stdout.write("No data keys yet.")
                for st in rows:
                    self.stdout.write(
                        f"organization {st.org_id}: keys {st.key_ids}, active {st.active_key_id}, "
                        f"awaiting re-wrap {st.stale_wrappings}"
                    )
        except EnvelopeError as exc:
            raise CommandError(str(exc)) from None

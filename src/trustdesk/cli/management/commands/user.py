from __future__ import annotations

import getpass
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.core.errors import DomainError
from trustdesk.identity import actions
from trustdesk.tenancy.choices import Role
from trustdesk.tenancy.models import Organization


class Command(BaseCommand):
    help = "Manage users: trustdesk user create|invite|unlock ..."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        for name, text in (("create", "create a user with a password"),
                           ("invite", "create a user and print a one-time invitation link")):
            p = sub.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
            p.add_argument("--org", required=True, help="organization slug")
            p.add_argument("--email", required=True)
            p.add_argument("--role", required=True, choices=Role.values)
            p.add_argument("--name", default="", help="display name")
            p.add_argument("--department", default="")
            if name == "create":
                p.add_argument("--password-stdin", action="store_true",
                               help="read the password from standard input instead of prompting")
            else:
                p.add_argument("--base-url", default="http://127.0.0.1:8000", help="where the server is reached")
        unlock = sub.add_parser("unlock", help="unlock a locked account", description="Unlock a locked account.")
        unlock.add_argument("--email", required=True)

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        try:
            if action == "unlock":
                self._unlock(options["email"])
                return
            org = Organization.objects.filter(slug=options["org"]).first()
            if org is None:
                raise CommandError(f"No organization with slug {options['org']!r}.")
            common = {"actor": None, "organization": org, "email": options["email"], "role": options["role"],
                      "display_name": options["name"], "department": options["department"]}
            if action == "create":
                password = self._read_password(options["password_stdin"])
                user = actions.create_user(password=password, **common)
                self.stdout.write(f"Created {user.email} ({options['role']} of {org.slug}). "
                                  "Two-factor set-up is required at first login.")
            else:
                user, token = actions.invite_user(**common)
                link = f"{options['base_url'].rstrip('/')}/account/invitation/{token}/"
                self.stdout.write(f"Invited {user.email}. Send this one-time link privately (valid 7 days):\n{link}")
        except DomainError as exc:
            raise CommandError(exc.detail) from None

    @staticmethod
    def _read_password(from_stdin: bool) -> str:
        if from_stdin:
            return sys.stdin.readline().rstrip("\n")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The passwords do not match.")
        return first

    def _unlock(self, email: str) -> None:
        from trustdesk.identity.models import User

        user = User.objects.filter(email=email.lower()).first()
        if user is None:
            raise CommandError(f"No user {email!r}.")
        was_locked = user.is_locked
        actions.unlock_user(actor=None, user_id=user.pk)
        self.stdout.write(f"Unlocked {email}." if was_locked else f"{email} was not locked; counters reset.")

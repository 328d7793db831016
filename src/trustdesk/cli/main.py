"""The ``trustdesk`` console script: one entry point over the project's management commands.

``trustdesk audit export ...`` runs the ``audit`` management command, and so on. ``trustdesk --help`` lists only
TrustDesk's own commands (and ``migrate``), not Django's internals.
"""

from __future__ import annotations

import os
import sys

EXTRA_DJANGO_COMMANDS = {"migrate", "makemigrations", "check", "compilemessages", "makemessages", "shell", "db_worker"}


def _own_commands() -> dict[str, str]:
    from django.core.management import get_commands

    return {
        name: app for name, app in get_commands().items()
        if app.startswith("trustdesk.") or name in EXTRA_DJANGO_COMMANDS
    }


def _print_help(commands: dict[str, str]) -> None:
    print("usage: trustdesk COMMAND [ARGS]...\n")
    print("TrustDesk: the official, zero-trust in-app support channel.\n")
    print("Commands (trustdesk COMMAND --help for details):")
    from django.core.management import load_command_class

    for name in sorted(commands):
        try:
            summary = (load_command_class(commands[name], name).help or "").strip().splitlines()[0]
        except Exception:
            summary = ""
        print(f"  {name:<16}{summary}")


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "trustdesk.config.settings")
    args = list(sys.argv[1:] if argv is None else argv)
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        print(f"trustdesk: configuration error: {exc}", file=sys.stderr)
        return 2
    commands = _own_commands()
    if not args or args[0] in {"-h", "--help", "help"}:
        _print_help(commands)
        return 0
    if args[0] not in commands:
        print(f"trustdesk: unknown command {args[0]!r}. Run 'trustdesk --help' for the list.", file=sys.stderr)
        return 2
    from django.core.management import ManagementUtility

    utility = ManagementUtility(["trustdesk", *args])
    try:
        utility.execute()
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) or exc.code is None else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``trustdesk check message|url|phone|account TEXT [--json]`` and ``trustdesk check batch --in --out [--org]``.

Works without a server and without network: the engine, its model and the built-in directory ship with the
package. ``--org SLUG`` adds that organization's directory from the database (and audits the batch run).

This command takes over the name of Django's system ``check``; anything that is not one of our subcommands
(``trustdesk check``, ``trustdesk check --deploy``, ``call_command("check")``) is handed to Django's command
unchanged, so the system checks keep working.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.management.commands.check import Command as SystemCheckCommand
from django.utils import translation

from trustdesk.scamcheck.engine import Checker, Kind, get_checker
from trustdesk.scamcheck.engine.batch import BatchInputError, parse_lines, run

SUBCOMMANDS = frozenset({*(k.value for k in Kind), "batch"})


class Command(BaseCommand):
    help = (
        "Check a message, link, phone number or account name for scam signals, or a JSONL file in batch. "
        "Without a KIND, runs Django's system checks."
    )

    def run_from_argv(self, argv: list[str]) -> None:
        if len(argv) > 2 and (argv[2] in SUBCOMMANDS or argv[2] in ("-h", "--help")):
            super().run_from_argv(argv)
        else:
            SystemCheckCommand(stdout=self.stdout, stderr=self.stderr).run_from_argv(argv)  # type: ignore[arg-type]

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=False, metavar="KIND")
        for kind in Kind:
            p = sub.add_parser(kind.value, help=f"check one {kind.value}", description=f"Check one {kind.value}.")
            p.add_argument("text", help="the text to check (quote it)")
            p.add_argument("--json", action="store_true", help="print the result as JSON")
            p.add_argument("--lang", help="language hint: vi en zh-Hans zh-Hant ar id ms th")
            p.add_argument(
                "--region",
                help="two-letter region for national phone numbers, e.g. VN (default: the language's countries; "
                "Arabic tries Saudi Arabia, the UAE, Egypt and the other Arab plans in turn)",
            )
            p.add_argument("--org", help="also use this organization's directory (slug; needs the database)")
        batch = sub.add_parser("batch", help="check a JSONL file", description="Check every line of a JSONL file.")
        batch.add_argument("--in", dest="src", required=True, type=Path, help="input JSONL file")
        batch.add_argument("--out", dest="dst", required=True, type=Path, help="output JSONL file")
        batch.add_argument("--org", help="also use this organization's directory (slug; needs the database)")
        batch.add_argument("--no-progress", action="store_true", help="do not draw a progress bar")

    def handle(self, *args: Any, action: str | None = None, **options: Any) -> None:
        if action is None:  # call_command("check") from code: the system checks
            call_command(SystemCheckCommand(stdout=self.stdout, stderr=self.stderr))  # type: ignore[arg-type]
            return
        checker, org = self._checker(options.get("org"))
        if action == "batch":
            self._batch(checker, org, options["src"], options["dst"], progress=not options["no_progress"])
            return
        result = checker.check(Kind(action), options["text"], lang=options.get("lang"), region=options.get("region"))
        if options["json"]:
            self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False))
            return
        from trustdesk.scamcheck.explanations import explain

        with translation.override(_ui_language(options.get("lang"))):
            out = explain(result)
        self.stdout.write(
            f"{out['verdict_label']} ({out['verdict']}, score {out['score']:.2f}, language {out['lang']})"
        )
        self.stdout.write(out["summary"])
        if out.get("official"):
            self.stdout.write(f"  official: {out['official']['owner']} ({out['official']['channel']})")
        for sig in out["signals"]:
            self.stdout.write(f"  - {sig['explanation']} [{sig['type']}] {sig['evidence']}")
            self.stdout.write(f"    {sig['advice']}")

    def _checker(self, slug: str | None) -> tuple[Checker, Any]:
        if not slug:
            return get_checker(), None
        from trustdesk.scamcheck import selectors
        from trustdesk.tenancy.models import Organization

        org = Organization.objects.filter(slug=slug).first()
        if org is None:
            raise CommandError(f"unknown organization: {slug}")
        return selectors.checker_for(org.pk), org

    def _batch(self, checker: Checker, org: Any, src: Path, dst: Path, *, progress: bool) -> None:
        if not src.is_file():
            raise CommandError(f"input file not found: {src}")
        if src.resolve() == dst.resolve():
            raise CommandError("--in and --out must be different files")
        try:
            with src.open(encoding="utf-8") as f:
                items = parse_lines(f)
        except UnicodeDecodeError as exc:
            raise CommandError(f"{src}: not UTF-8 ({exc.reason})") from None
        except BatchInputError as exc:
            raise CommandError(f"{src}: {exc}") from None
        tmp = dst.with_name(dst.name + ".partial")
        with tmp.open("w", encoding="utf-8") as out:
            if progress and sys.stderr.isatty():
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

                with Progress(
                    "[progress.description]{task.description}",
                    BarColumn(),
                    MofNCompleteColumn(),
                    TimeRemainingColumn(),
                    transient=False,
                ) as bar:
                    task = bar.add_task("checking", total=len(items))
                    for record in run(items, checker, progress=lambda n: bar.advance(task, n)):
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                for record in run(items, checker):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        tmp.replace(dst)  # the output appears complete or not at all
        if org is not None:
            from django.db import transaction

            from trustdesk import audit
            from trustdesk.scamcheck.choices import ScamcheckAuditAction

            with transaction.atomic():
                audit.record(
                    action=ScamcheckAuditAction.BATCH_RUN,
                    actor=None,
                    organization=org,
                    extra={"items": len(items), "source": "cli"},
                )
        self.stderr.write(f"checked {len(items)} item(s) -> {dst}")


def _ui_language(lang: str | None) -> str:
    mapping = {"zh-Hans": "zh-hans", "zh-Hant": "zh-hans", "zh": "zh-hans"}
    if lang:
        return mapping.get(lang, lang.lower())
    return translation.get_language() or "en"

"""``trustdesk audit ...``: checkpoints, exports, proofs and verification of the tamper-evident log.

``verify DIR`` needs no database: it runs the standalone verifier (the same module an auditor runs with
``python -m trustdesk.audit.verifier``), with a progress bar.
"""

from __future__ import annotations

import json
import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trustdesk.audit import verifier


def _log_arg(p: Any) -> None:
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--org", metavar="SLUG", help="the organization's log")
    group.add_argument("--platform", action="store_true", help="the platform log")


class Command(BaseCommand):
    help = "Tamper-evident audit log: checkpoint, export, verify, prove, integrate, work, check, keygen."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        cp = sub.add_parser("checkpoint", help="print the latest signed checkpoint of a log")
        _log_arg(cp)
        cp.add_argument("--sign", action="store_true", help="integrate pending events and sign a fresh one first")
        ex = sub.add_parser("export", help="write entries.jsonl, checkpoint and log.vkey for an auditor")
        _log_arg(ex)
        ex.add_argument("--out", required=True, metavar="DIR")
        ex.add_argument("--size", type=int, help="export the tree of this (checkpointed) size instead of the latest")
        ve = sub.add_parser("verify", help="verify an export directory (no database needed)")
        ve.add_argument("directory", metavar="DIR")
        ve.add_argument("--previous", metavar="OLD_CHECKPOINT_FILE", help="an older checkpoint you kept")
        ve.add_argument("--check-json", action="store_true", help="also parse every entry (slower, locates damage)")
        ve.add_argument("--no-progress", action="store_true")
        pr = sub.add_parser("prove", help="print an inclusion (--index) or consistency (--from/--to) proof as JSON")
        _log_arg(pr)
        pr.add_argument("--index", type=int)
        pr.add_argument("--size", type=int, help="tree size for --index (default: latest checkpoint)")
        pr.add_argument("--from", dest="size1", type=int)
        pr.add_argument("--to", dest="size2", type=int, help="default: latest checkpoint")
        sub.add_parser("integrate", help="integrate all pending events now and sign checkpoints")
        sub.add_parser("work", help="run the integrator until interrupted")
        ch = sub.add_parser("check", help="recompute a log from the database and compare tiles, head and checkpoint")
        _log_arg(ch)
        kg = sub.add_parser("keygen", help="print a new signing key and its verifier key")
        kg.add_argument("--name", help="key name (default: TRUSTDESK_LOG_ORIGIN)")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "verify":
            self._verify(options)
            return
        getattr(self, f"_{action}")(options)

    # -------------------------------------------------------------------------------------- helpers

    def _log(self, options: dict[str, Any]) -> Any:
        from trustdesk.audit import selectors
        from trustdesk.audit.models import PLATFORM_LOG_KEY
        from trustdesk.core.errors import NotFound

        key = PLATFORM_LOG_KEY if options.get("platform") else options["org"]
        try:
            return selectors.log_by_key(key)
        except NotFound as exc:
            raise CommandError(exc.detail) from None

    # -------------------------------------------------------------------------------------- actions

    def _checkpoint(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import actions, selectors

        audit_log = self._log(options)
        row = actions.do_sign_checkpoint(audit_log) if options["sign"] else selectors.latest_checkpoint(audit_log)
        if row is None:
            raise CommandError("this log has no checkpoint yet")
        self.stdout.write(row.note, ending="")

    def _export(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import actions

        try:
            res = actions.do_export_log(self._log(options), options["out"], size=options["size"])
        except LookupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Exported {res.size} entries of {res.checkpoint.log.origin} to {res.directory}")
        if not res.matches_checkpoint:
            self.stderr.write("WARNING: the database no longer matches the signed checkpoint; `verify` will fail.")

    def _verify(self, options: dict[str, Any]) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        show = not options["no_progress"]
        with Progress(
            TextColumn("verifying"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            disable=not show,
            transient=True,
        ) as bar:
            task = bar.add_task("verify", total=None)

            def progress(done: int, total: int) -> None:
                bar.update(task, completed=done, total=total)

            res = verifier.verify_export(
                options["directory"],
                previous=options["previous"],
                progress=progress,
                check_json=options["check_json"],
                index_key="idx" if options["check_json"] else None,
            )
        for line in res.passed:
            self.stdout.write(f"ok    {line}")
        if not res.ok:
            raise CommandError(f"FAILED {res.failure}")
        self.stdout.write(f"VERIFIED {res.entries} entries")

    def _prove(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import selectors
        from trustdesk.core.errors import DomainError

        audit_log = self._log(options)
        try:
            if options["index"] is not None:
                out = selectors.inclusion_proof(audit_log, index=options["index"], size=options["size"])
            elif options["size1"] is not None:
                out = selectors.consistency_proof(audit_log, size1=options["size1"], size2=options["size2"])
            else:
                raise CommandError("give --index N [--size S] or --from S1 [--to S2]")
        except DomainError as exc:
            raise CommandError(exc.detail) from None
        self.stdout.write(json.dumps(out, indent=2))

    def _integrate(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import integrator

        res = integrator.integrate_all()
        if res.lease_busy and not res.integrated:
            self.stdout.write("Another integrator holds the lease; nothing done.")
            return
        self.stdout.write(f"Integrated {res.integrated} events, signed {res.checkpoints} checkpoints.")
        for origin, size in sorted(res.sizes.items()):
            self.stdout.write(f"  {origin}\t{size}")

    def _work(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import integrator

        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        self.stdout.write("Audit integrator running (Ctrl-C to stop).")
        integrator.run_forever(stop=stop)

    def _check(self, options: dict[str, Any]) -> None:
        from trustdesk.audit import actions

        res = actions.check_log_database(self._log(options))
        if not res.ok:
            raise CommandError("FAILED " + "; ".join(res.problems))
        self.stdout.write(f"OK: {res.size} entries, their tiles and the head match the signed checkpoint.")

    def _keygen(self, options: dict[str, Any]) -> None:
        from django.conf import settings

        from trustdesk.audit import note

        signer = note.Signer.generate(options["name"] or settings.AUDIT_LOG_ORIGIN)
        self.stdout.write(f"TRUSTDESK_LOG_SIGNING_KEY={signer.skey()}")
        self.stdout.write("# verifier key (publish it; keep it in TRUSTDESK_LOG_VERIFIER_KEYS after a rotation):")
        self.stdout.write(signer.verifier.vkey())

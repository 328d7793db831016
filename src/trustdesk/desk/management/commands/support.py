"""``trustdesk support``: the support desk from a terminal, through the same gate as the browser.

The command is an HTTP client of ``/api/v1/desk``: it never touches the database, so it works from any
machine and every request meets the zero-trust gate. By default it uses the session saved by
``trustdesk login --server URL`` (cookies + an RFC 9421 signature of this installation's device key on every
request). Alternatively a personal API token (``--token`` / ``TRUSTDESK_TOKEN``) with a device key
(``TRUSTDESK_DEVICE_KEY`` = path of the PEM, ``TRUSTDESK_DEVICE_ID``); under the gate a token alone is refused.

Employees: ``new``, ``list``, ``show ID``, ``reply ID TEXT``, ``watch``. Agents also: ``queue``, ``take ID``,
``resolve ID`` (``list`` shows an agent's own conversations).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

import httpx
from django.core.management.base import BaseCommand, CommandError, CommandParser
from rich.console import Console
from rich.table import Table

API = "/api/v1/desk"


class SessionClient:
    """The session saved by ``trustdesk login``: cookies, CSRF and a device signature on every request."""

    def __init__(self, cli: Any) -> None:
        self.cli = cli

    def request(self, method: str, path: str, json: Any = None) -> httpx.Response:
        return self.cli.request(method, path, json)  # type: ignore[no-any-return]

    def stream(self, method: str, path: str, params: dict[str, Any] | None = None, timeout: Any = None) -> Any:
        return self.cli.stream(method, path, params=params)

    def close(self) -> None:
        from trustdesk.trust.cli_session import persist

        persist(self.cli)
        self.cli.close()


def session_client() -> SessionClient:
    from trustdesk.trust.cli_session import CliError, resume

    try:
        return SessionClient(resume())
    except CliError as exc:
        raise CommandError(f"{exc} (or pass --token with a personal API token and a device key)") from None


def make_client(server: str, token: str) -> Any:
    """An HTTP client for ``server`` with a personal API token; signed with the device key when one is configured
    (``TRUSTDESK_DEVICE_KEY``/``TRUSTDESK_DEVICE_ID``). Tests replace this."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    key_path = os.environ.get("TRUSTDESK_DEVICE_KEY", "").strip()
    device_id = os.environ.get("TRUSTDESK_DEVICE_ID", "").strip()
    if key_path and device_id:
        from trustdesk.client import DeviceKey, SignatureAuth

        auth = SignatureAuth(DeviceKey.load(Path(key_path)), device_id)
        return httpx.Client(base_url=server, headers=headers, timeout=30.0, auth=auth)
    return httpx.Client(base_url=server, headers=headers, timeout=30.0)


def _sse_lines(response: httpx.Response) -> Iterator[tuple[str, dict[str, Any]]]:
    event, data = "message", ""
    for line in response.iter_lines():
        if line == "":
            if data:
                yield event, json.loads(data)
            event, data = "message", ""
        elif line.startswith("event:"):
            event = line[6:].strip()
        elif line.startswith("data:"):
            data += line[5:].strip()


class Command(BaseCommand):
    help = "Support conversations: new, list, show, reply, watch; for agents queue, take, resolve."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--server", default=os.environ.get("TRUSTDESK_SERVER", "http://127.0.0.1:8000"))
        parser.add_argument("--token", default=os.environ.get("TRUSTDESK_TOKEN", ""), help="personal API token")
        parser.add_argument("--json", action="store_true", help="print raw JSON")
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        new = sub.add_parser("new", help="contact support", description="Open a support conversation.")
        new.add_argument("--category", required=True, help="account, security, device, billing, access, other")
        new.add_argument("--subject", required=True)
        new.add_argument("--body", required=True, help="describe the problem")
        new.add_argument("--language", default="", help="preferred language, e.g. vi, zh-Hant, en")
        new.add_argument("--priority", default="normal", choices=["low", "normal", "high", "urgent"])
        sub.add_parser("list", help="my conversations", description="List my conversations.")
        show = sub.add_parser("show", help="one conversation with its messages", description="Show one.")
        show.add_argument("id", type=int)
        reply = sub.add_parser("reply", help="reply in a conversation", description="Reply.")
        reply.add_argument("id", type=int)
        reply.add_argument("text")
        watch = sub.add_parser("watch", help="stream events as they happen", description="Stream events.")
        watch.add_argument("--seconds", type=float, default=300.0, help="stop after this many seconds")
        sub.add_parser("queue", help="agents: my team's queue", description="Show the team queue.")
        take = sub.add_parser("take", help="agents: take a conversation", description="Take one.")
        take.add_argument("id", type=int)
        resolve = sub.add_parser("resolve", help="agents: resolve a conversation", description="Resolve one.")
        resolve.add_argument("id", type=int)
        prio = sub.add_parser(
            "priority", help="agents: change a conversation's priority", description="Change the priority."
        )
        prio.add_argument("id", type=int)
        prio.add_argument("priority", help="low, normal, high or urgent")
        prio.add_argument("--reason", required=True, help="why (kept in the audit log)")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        self.console = Console(file=cast(IO[str], self.stdout), soft_wrap=True, highlight=False, markup=False)
        self.raw = bool(options["json"])
        # Default: the signed session of `trustdesk login`; a personal API token (plus device key) also works.
        client = make_client(options["server"], options["token"]) if options["token"] else session_client()
        try:
            getattr(self, f"do_{action}")(client, options)
        except httpx.HTTPError as exc:
            raise CommandError(f"Cannot reach {options['server']}: {exc}") from None
        finally:
            client.close()

    # -- plumbing -------------------------------------------------------------------------------------------

    def _call(self, client: Any, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        kwargs = {"json": body} if body is not None else {}
        response = client.request(method, API + path, **kwargs)
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail") or response.text
            except ValueError:
                detail = response.text
            raise CommandError(f"{response.status_code}: {detail}")
        return response.json()

    def _print_json(self, data: Any) -> None:
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))

    def _table(self, rows: list[dict[str, Any]]) -> None:
        if self.raw:
            self._print_json(rows)
            return
        table = Table("ID", "Status", "Priority", "Team", "Agent", "Subject")
        for row in rows:
            team = row.get("team") or {}
            agent = row.get("agent") or {}
            table.add_row(
                str(row["id"]),
                row["status"],
                row["priority"],
                team.get("key", "-"),
                agent.get("display_name", "(queue)") if agent else "(queue)",
                row["subject"],
            )
        self.console.print(table)

    def _summary(self, data: dict[str, Any]) -> None:
        if self.raw:
            self._print_json(data)
            return
        team = data.get("team") or {}
        agent = data.get("agent") or {}
        badge = " [verified official team]" if team.get("verified") else ""
        self.console.print(f"#{data['id']} {data['subject']}  ({data['status']}, {data['priority']})")
        self.console.print(f"Team: {team.get('name', '-')}{badge}")
        if agent:
            verified = " [verified staff]" if agent.get("verified") else ""
            self.console.print(f"Agent: {agent['display_name']}{verified}")
        else:
            self.console.print("Agent: waiting in the team queue")
        if data.get("reminder"):
            self.console.print(data["reminder"])

    # -- actions --------------------------------------------------------------------------------------------

    def do_new(self, client: Any, options: dict[str, Any]) -> None:
        data = self._call(
            client,
            "POST",
            "/conversations",
            {
                "category": options["category"],
                "subject": options["subject"],
                "body": options["body"],
                "preferred_language": options["language"],
                "priority": options["priority"],
            },
        )
        self._summary(data)

    def do_list(self, client: Any, options: dict[str, Any]) -> None:
        data = self._call(client, "GET", "/conversations")
        self._table(data["results"] if isinstance(data, dict) else data)

    def do_show(self, client: Any, options: dict[str, Any]) -> None:
        data = self._call(client, "GET", f"/conversations/{options['id']}")
        messages = self._call(client, "GET", f"/conversations/{options['id']}/messages")
        if self.raw:
            self._print_json({"conversation": data, "messages": messages})
            return
        self._summary(data)
        for message in messages:
            label = {"note": "note", "event": "event"}.get(message["kind"], message["side"])
            line = f"[{message['created_at']}] {label} {message['author']}: {message['body']}"
            self.console.print(line, markup=False)

    def do_reply(self, client: Any, options: dict[str, Any]) -> None:
        data = self._call(client, "POST", f"/conversations/{options['id']}/messages", {"body": options["text"]})
        if self.raw:
            self._print_json(data)
        else:
            self.console.print(f"Sent ({data['id']}).")

    def do_watch(self, client: Any, options: dict[str, Any]) -> None:
        params = {"seconds": options["seconds"]}
        with client.stream("GET", API + "/events", params=params, timeout=None) as response:
            if response.status_code >= 400:
                raise CommandError(f"{response.status_code}: cannot open the event stream")
            for event, data in _sse_lines(response):
                if self.raw:
                    self.stdout.write(json.dumps({"event": event, **data}, ensure_ascii=False))
                elif event != "sync":
                    conversation = data.get("conversation", "")
                    extra = {k: v for k, v in data.items() if k not in {"type", "conversation"}}
                    self.console.print(f"{event} #{conversation} {extra if extra else ''}".rstrip(), markup=False)
                self.stdout.flush()

    def do_queue(self, client: Any, options: dict[str, Any]) -> None:
        self._table(self._call(client, "GET", "/queue"))

    def do_take(self, client: Any, options: dict[str, Any]) -> None:
        self._summary(self._call(client, "POST", f"/conversations/{options['id']}/take", {}))

    def do_resolve(self, client: Any, options: dict[str, Any]) -> None:
        self._summary(self._call(client, "POST", f"/conversations/{options['id']}/resolve", {}))

    def do_priority(self, client: Any, options: dict[str, Any]) -> None:
        body = {"priority": options["priority"], "reason": options["reason"]}
        self._summary(self._call(client, "POST", f"/conversations/{options['id']}/priority", body))

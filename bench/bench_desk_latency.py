"""End-to-end desk message latency: HTTP POST of a message -> arrival on the other side's SSE stream.

Run: ``python bench/bench_desk_latency.py [--db sqlite,postgres] [--workers 1,2] [--conversations 200]
[--messages 10] [--rate 10] [--no-paced]`` or, for the split topology, ``--servers 2``.

For each database a fresh one is created and migrated; 200 employees each open a conversation (routed to
40 agents of capacity 5) and every agent opens one SSE stream per conversation.  Two runs follow:

* paced: the conversations take turns so that ``--rate`` messages/s arrive in total (latency under load);
* saturation: every employee posts back to back, at most 32 requests in flight (the sustained rate).

Latency = time the POST was sent -> time the agent's stream delivered the decrypted message; the POST's own
round trip is printed beside it.

Topologies: by default the server is ``trustdesk serve --workers N`` (the documented deployment: N processes
on one port, the kernel spreads connections, SSE fan-out over Redis pub/sub when N > 1), run once per value of
``--workers`` (default ``1,2``), so the summary gives the sustained rate of 1 and 2 processes on each database.
``--servers 2`` instead posts to one uvicorn process and streams from another (every delivery crosses Redis).
Redis: ``BENCH_REDIS_URL``, default redis://127.0.0.1:6379/13.  ``BENCH_PG_POOL=1`` gives the servers
psycopg's connection pool (needs the psycopg-pool package).

The server runs the zero-trust gate in ``monitor`` mode (decides and audits every request, blocks nothing),
because the load generator signs no requests; the audit trail, envelope encryption and routing are real.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/trustdesk_bench_rt")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
POOL = os.environ.get("BENCH_PG_POOL", "0") == "1"  # needs psycopg-pool installed


def machine() -> str:
    cpu = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}, load {load}"


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- parent: one child process per database (Django settings are fixed at import) ------------------------------


def parent(args: argparse.Namespace) -> None:
    print(f"machine: {machine()}")
    counts = [0] if args.servers == 2 else [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="td-bench-summary-") as tmp:
        summary = Path(tmp, "summary.jsonl")
        for db in args.db.split(","):
            for workers in counts:
                cmd = [sys.executable, __file__, "--child", db, "--conversations", str(args.conversations)]
                cmd += ["--messages", str(args.messages), "--servers", str(args.servers), "--rate", str(args.rate)]
                cmd += ["--workers", str(workers), "--summary", str(summary)]
                cmd += ["--no-paced"] if args.no_paced else []
                result = subprocess.run(cmd, check=False)
                if result.returncode != 0:
                    sys.exit(result.returncode)
        rows = [json.loads(line) for line in summary.read_text().splitlines()] if summary.exists() else []
    if rows:
        print("\nsummary (sustained = saturation run, at most 32 POSTs in flight; load = 1-min load average)")
        print(f"{'db':<9}{'processes':<22}{'paced p50/p99 ms':<20}{'sustained msg/s':<17}{'sat. p99 ms':<13}load")
        for r in rows:
            paced = f"{r['paced_p50']:.1f} / {r['paced_p99']:.1f}" if r.get("paced_p50") is not None else "-"
            print(
                f"{r['db']:<9}{r['topology']:<22}{paced:<20}{r['sustained']:<17.0f}{r['sat_p99']:<13.0f}"
                f"{r['load_before']:.1f} -> {r['load_after']:.1f}"
            )


# -- child ------------------------------------------------------------------------------------------------------


def prepare_env(db: str, data_dir: str) -> dict[str, str]:
    from trustdesk.core.envelope import generate_master_key

    if db == "sqlite":
        url = f"sqlite:///{data_dir}/bench.sqlite3"
    else:
        import psycopg

        name = PG_URL.rsplit("/", 1)[1]
        with psycopg.connect(PG_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        url = PG_URL
    env = {
        "TRUSTDESK_DATA_DIR": data_dir,
        "TRUSTDESK_DATABASE_URL": url,
        "TRUSTDESK_MASTER_KEY": generate_master_key(),
        "TRUSTDESK_TRUST_GATE": "monitor",
        "TRUSTDESK_TASKS_BACKEND": "immediate",
        "TRUSTDESK_ENV": "development",
        "TRUSTDESK_LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "trustdesk.config.settings",
    }
    os.environ.update(env)
    return env


def seed(conversations: int) -> tuple[list[dict[str, Any]], list[int]]:
    """Users, teams, agents, logged-in sessions and open conversations; returns sessions and conversation ids."""
    import pyotp
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from trustdesk.core import clock
    from trustdesk.desk import actions
    from trustdesk.desk.calendar import BusinessCalendar
    from trustdesk.desk.demo import ensure_teams
    from trustdesk.desk.models import AgentProfile, Team
    from trustdesk.identity import actions as identity
    from trustdesk.identity.models import TOTPDevice
    from trustdesk.tenancy.actor import actor_for
    from trustdesk.tenancy.choices import OrgKind, Role

    call_command("migrate", verbosity=0)
    # Fast hashing for the load generator's own users (the password step is not what is measured).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    password = "bench-password-123456"
    platform_org = identity.create_organization(
        actor=None, name="Platform", slug="platform", kind=OrgKind.PLATFORM, verified=True
    )
    customer = identity.create_organization(actor=None, name="Bench Co", slug="bench", verified=True)
    teams = ensure_teams()
    Team.objects.update(calendar=BusinessCalendar.always_open("UTC").to_dict())
    agents_needed = max(1, (conversations + 4) // 5)

    def user(org: Any, role: str, email: str) -> Any:
        u = identity.create_user(actor=None, organization=org, role=role, password=password, email=email)
        TOTPDevice.objects.create(user=u, secret=pyotp.random_base32(), confirmed_at=clock.now())
        return u

    agents = []
    for i in range(agents_needed):
        a = user(platform_org, Role.SUPPORT_AGENT, f"agent{i}@platform.example")
        actions.upsert_agent(actor=None, user=a, team=teams["HK"], languages=("en",), skills=("account",), capacity=5)
        agents.append(a)
    AgentProfile.objects.update(presence="online")
    employees = [user(customer, Role.EMPLOYEE, f"emp{i}@bench.example") for i in range(conversations)]

    def login(u: Any) -> dict[str, str]:
        client = Client(HTTP_HOST="localhost")
        client.get("/account/login/")
        assert client.post("/account/login/", {"email": u.email, "password": password}).status_code == 302
        code = pyotp.TOTP(TOTPDevice.objects.get(user=u).secret).now()
        assert client.post("/account/2fa/", {"code": code}).status_code == 302
        return {
            "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "csrf": client.cookies[settings.CSRF_COOKIE_NAME].value,
        }

    sessions_by_user = {u.pk: login(u) for u in [*agents, *employees]}
    pairs = []
    for emp in employees:
        conv = actions.create_conversation(
            actor=actor_for(emp), category="account", subject="Bench", body="Opening message"
        )
        if conv.agent_id is None:
            raise SystemExit("a conversation was not assigned: not enough agent capacity")
        pairs.append(
            {"conversation": conv.pk, "poster": sessions_by_user[emp.pk], "listener": sessions_by_user[conv.agent_id]}
        )
    return pairs, [p["conversation"] for p in pairs]


def start_workers(env: dict[str, str], workers: int) -> tuple[list[subprocess.Popen[bytes]], list[str]]:
    """``trustdesk serve --workers N``: the way operators run several processes."""
    data_dir = env["TRUSTDESK_DATA_DIR"]
    write_server_settings(env)
    server_env = dict(os.environ, **env, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), data_dir]))
    server_env["DJANGO_SETTINGS_MODULE"] = "bench_server_settings"
    if workers > 1:
        server_env["TRUSTDESK_REDIS_URL"] = REDIS_URL
    else:
        server_env.pop("TRUSTDESK_REDIS_URL", None)
    port = free_port()
    cmd = [sys.executable, "-m", "trustdesk.cli.main", "serve", "--port", str(port), "--workers", str(workers)]
    cmd += ["--no-background-workers"]
    procs = [subprocess.Popen(cmd, env=server_env, start_new_session=True)]
    url = f"http://localhost:{port}"
    wait_healthy([url])
    return procs, [url]


def write_server_settings(env: dict[str, str]) -> None:
    # Under ASGI every request runs its sync code in a thread of its own, so persistent connections
    # (CONN_MAX_AGE) are never reused and pile up; the servers here close them per request instead.
    data_dir = env["TRUSTDESK_DATA_DIR"]
    lines = [
        "from trustdesk.config.settings import *  # noqa: F403",
        "DATABASES['default']['CONN_MAX_AGE'] = 0  # noqa: F405",
    ]
    if POOL and env["TRUSTDESK_DATABASE_URL"].startswith("postgres"):
        # psycopg's connection pool (Django >= 5.1 'pool' option; needs the psycopg-pool package).
        lines.append("DATABASES['default']['CONN_HEALTH_CHECKS'] = False  # noqa: F405")
        lines.append(
            "DATABASES['default'].setdefault('OPTIONS', {})['pool'] = {'min_size': 4, 'max_size': 16}  # noqa: F405"
        )
    Path(data_dir, "bench_server_settings.py").write_text("\n".join(lines) + "\n")


def wait_healthy(urls: list[str]) -> None:
    import urllib.request

    for url in urls:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"server {url} did not start") from None
                time.sleep(0.2)


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    import signal

    for p in procs:
        try:
            os.killpg(p.pid, signal.SIGTERM)  # the supervisor and its worker processes (own session)
        except ProcessLookupError:
            pass
    for p in procs:
        p.wait(timeout=20)


def start_servers(env: dict[str, str], count: int) -> tuple[list[subprocess.Popen[bytes]], list[str]]:
    data_dir = env["TRUSTDESK_DATA_DIR"]
    write_server_settings(env)
    server_env = dict(os.environ, **env, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), data_dir]))
    server_env["DJANGO_SETTINGS_MODULE"] = "bench_server_settings"
    if count > 1:
        server_env["TRUSTDESK_REDIS_URL"] = REDIS_URL
    else:
        server_env.pop("TRUSTDESK_REDIS_URL", None)
    procs, urls = [], []
    for _ in range(count):
        port = free_port()
        cmd = [sys.executable, "-m", "uvicorn", "trustdesk.config.asgi:application", "--port", str(port)]
        cmd += ["--log-level", "warning", "--no-access-log"]
        procs.append(subprocess.Popen(cmd, env=server_env, start_new_session=True))
        urls.append(f"http://localhost:{port}")
    wait_healthy(urls)
    return procs, urls


def cookie(s: dict[str, str]) -> dict[str, str]:
    # __Host- cookies are Secure: a plain-HTTP client jar would never send them, so set the header directly.
    return {"Cookie": f"__Host-td_session={s['session']}; __Host-td_csrf={s['csrf']}"}


async def load(
    pairs: list[dict[str, Any]], post_url: str, stream_url: str, messages: int, rate: float
) -> dict[str, float]:
    """``rate`` 0: every conversation posts back to back (saturation, gives the sustained rate); otherwise the
    conversations take turns so that ``rate`` messages/s arrive in total (latency at a given load)."""
    import httpx

    # Idle connections are dropped by the client after 2 s, before uvicorn closes them (its keep-alive timeout is
    # 5 s, the same as httpx's default expiry): reusing a connection the server is closing at that moment fails
    # the request with a ReadError that says nothing about the server.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None, keepalive_expiry=2.0)
    timeout = httpx.Timeout(60.0)
    sent: dict[str, float] = {}
    latencies: list[float] = []
    post_times: list[float] = []
    done = asyncio.Event()
    expected = len(pairs) * messages
    ready = 0
    all_ready = asyncio.Event()

    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:

        async def listen(pair: dict[str, Any]) -> None:
            nonlocal ready
            url = f"{stream_url}/support/c/{pair['conversation']}/events"
            async with client.stream("GET", url, headers=cookie(pair["listener"])) as response:
                assert response.status_code == 200, response.status_code
                event = ""
                async for line in response.aiter_lines():
                    if line.startswith("event: "):
                        event = line[7:]
                    elif line.startswith("data: ") and event == "sync" and not pair.get("ready"):
                        pair["ready"] = True
                        ready += 1
                        if ready == len(pairs):
                            all_ready.set()
                    elif line.startswith("data: ") and event == "message.new":
                        body = json.loads(line[6:])["body"]
                        start = sent.pop(body, None)
                        if start is not None:
                            latencies.append(time.perf_counter() - start)
                            if len(latencies) == expected:
                                done.set()

        in_flight = asyncio.Semaphore(32)  # saturation: at most 32 requests in flight, like a proxy's pool

        async def post(pair: dict[str, Any]) -> None:
            headers = {**cookie(pair["poster"]), "X-CSRFToken": pair["poster"]["csrf"], "Accept": "application/json"}
            url = f"{post_url}/support/c/{pair['conversation']}/reply"
            for i in range(messages):
                if rate:
                    due = t0 + (i * len(pairs) + pair["index"]) / rate
                    await asyncio.sleep(max(0.0, due - time.perf_counter()))
                body = f"bench c{pair['conversation']} m{i}"
                sent[body] = time.perf_counter()
                async with in_flight:
                    sent[body] = started = time.perf_counter()
                    response = await client.post(url, data={"body": body}, headers=headers)
                    post_times.append(time.perf_counter() - started)
                assert response.status_code == 201, (response.status_code, response.text[:300])

        for pair in pairs:
            pair["ready"] = False
        # Streams connect in waves, as browsers do after a deploy, so the connect storm stays bounded.
        listeners = []
        for start in range(0, len(pairs), 20):
            listeners += [asyncio.create_task(listen(p)) for p in pairs[start : start + 20]]
            while ready < min(len(pairs), start + 20):
                await asyncio.sleep(0.01)
        await asyncio.wait_for(all_ready.wait(), 120)
        for index, pair in enumerate(pairs):
            pair["index"] = index
        t0 = time.perf_counter()
        await asyncio.gather(*(post(p) for p in pairs))
        try:
            await asyncio.wait_for(done.wait(), 120)
        except TimeoutError:
            print(f"  (only {len(latencies)} of {expected} messages arrived within 120 s)")
        elapsed = time.perf_counter() - t0
        for task in listeners:
            task.cancel()
        await asyncio.gather(*listeners, return_exceptions=True)
    ms = [x * 1000 for x in latencies]
    mode = f"paced at {rate:g} msg/s" if rate else "saturation"
    print(
        f"  {mode}: POST -> SSE, {len(ms)} messages over {len(pairs)} concurrent conversations: "
        f"p50 {statistics.median(ms):.1f} ms, p99 {pct(ms, 99):.1f} ms, max {max(ms):.1f} ms; "
        f"sustained {len(ms) / elapsed:,.0f} messages/s; POST itself p50 "
        f"{statistics.median(post_times) * 1000:.1f} ms, p99 {pct(post_times, 99) * 1000:.1f} ms; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    return {"p50": statistics.median(ms), "p99": pct(ms, 99), "rate": len(ms) / elapsed}


def child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory(prefix="td-bench-desk-") as data_dir:
        env = prepare_env(args.child, data_dir)
        import django

        django.setup()
        t = time.perf_counter()
        pairs, _ids = seed(args.conversations)
        setup = time.perf_counter() - t
        if args.servers == 2:
            procs, urls = start_servers(env, 2)
            topology = f"POST to one uvicorn process, SSE from another, Redis pub/sub ({REDIS_URL})"
            short = "2 (split post/stream)"
        else:
            workers = int(args.workers)
            procs, urls = start_workers(env, workers)
            topology = f"trustdesk serve --workers {workers}"
            topology += f", Redis pub/sub ({REDIS_URL})" if workers > 1 else ", in-process broker"
            short = f"{workers} (serve --workers)"
        try:
            if POOL and args.child == "postgres":
                topology += ", psycopg connection pool (4-16)"
            load_before = os.getloadavg()[0]
            print(f"{args.child}: {topology}; setup {setup:.0f} s; load average {load_before:.1f}")
            paced = None if args.no_paced else asyncio.run(load(pairs, urls[0], urls[-1], args.messages, args.rate))
            saturation = asyncio.run(load(pairs, urls[0], urls[-1], args.messages, 0.0))
        finally:
            stop(procs)
        if args.summary:
            row = {
                "db": args.child,
                "topology": short,
                "paced_p50": paced["p50"] if paced else None,
                "paced_p99": paced["p99"] if paced else None,
                "sustained": saturation["rate"],
                "sat_p99": saturation["p99"],
                "load_before": load_before,
                "load_after": os.getloadavg()[0],
            }
            with open(args.summary, "a") as out:
                out.write(json.dumps(row) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite,postgres")
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--messages", type=int, default=10)
    parser.add_argument("--servers", type=int, default=1, choices=(1, 2), help="2: split post/stream processes")
    parser.add_argument("--workers", default="1,2", help="trustdesk serve --workers values, run one after another")
    parser.add_argument("--no-paced", action="store_true", help="only the saturation run (sustained rate)")
    parser.add_argument("--summary", help=argparse.SUPPRESS)
    parser.add_argument("--rate", type=float, default=10.0, help="aggregate messages/s of the paced run")
    parser.add_argument("--child", choices=("sqlite", "postgres"))
    args = parser.parse_args()
    if args.child:
        child(args)
    else:
        parent(args)


if __name__ == "__main__":
    main()

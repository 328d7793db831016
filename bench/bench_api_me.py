"""GET /api/v1/me with an authenticated session under wrk, beside a bare view (/healthz), same uvicorn server.

Prints p50/p99 latency and requests/s for both and the ratio. Uses a throw-away SQLite database in a temp dir.
Needs `wrk` (Debian package). Usage: python bench/bench_api_me.py [--seconds 10] [--connections 16]
[--gate off|monitor] [--workers 1]

``--gate off`` (default) measures the session path alone; ``--gate monitor`` adds the zero-trust gate, which
decides every request and, as wrk signs nothing, audits each one as a denial (three audit rows per request):
the cost of the gate plus ``audit.record`` on the request path.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _machine import describe

ROOT = Path(__file__).resolve().parents[1]
TRUSTDESK = str(Path(sys.executable).with_name("trustdesk"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wrk(url: str, cookie: str, seconds: int, connections: int) -> dict[str, float]:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}", url],
        capture_output=True, text=True, check=True,
    ).stdout
    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert match, out
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"p50": latency("50"), "p99": latency("99"), "rps": rps, "errors": float(non2xx.group(1)) if non2xx else 0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--gate", choices=("off", "monitor"), default="off")
    parser.add_argument("--workers", type=int, default=1, help="trustdesk serve --workers (more than 1 uses Redis)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("bench_api_me: needs wrk (apt-get install wrk)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        # --gate off: the foundation's session path alone; signed requests through the enforcing gate are measured
        # by bench_trust_api.py.
        env = {**os.environ, "TRUSTDESK_DATA_DIR": tmp, "TRUSTDESK_ENV": "development"}
        env["TRUSTDESK_TRUST_GATE"] = args.gate
        env.pop("TRUSTDESK_DATABASE_URL", None)
        if args.workers > 1:
            env["TRUSTDESK_REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
        else:
            env.pop("TRUSTDESK_REDIS_URL", None)
        subprocess.run([TRUSTDESK, "demo", "--no-serve"], env=env, check=True, capture_output=True)
        port = free_port()
        server = subprocess.Popen(
            [TRUSTDESK, "serve", "--port", str(port), "--workers", str(args.workers), "--no-background-workers"],
            env=env, cwd=ROOT, start_new_session=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            import httpx

            for _ in range(100):
                try:
                    httpx.get(base + "/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            code = subprocess.run([TRUSTDESK, "demo", "--code", "mei.chan@harbour.example"], env=env,
                                  capture_output=True, text=True, check=True).stdout.strip()
            # The cookies are Secure, which httpx will not send over plain HTTP: carry them by hand, as wrk will.
            jar: dict[str, str] = {}

            def call(method: str, path: str, **kw: object) -> httpx.Response:
                header = "; ".join(f"{k}={v}" for k, v in jar.items())
                response = httpx.request(method, base + path, headers={"Cookie": header}, **kw)  # type: ignore[arg-type]
                for raw in response.headers.get_list("set-cookie"):
                    name, _, rest = raw.partition("=")
                    jar[name.strip()] = rest.split(";", 1)[0]
                return response

            call("GET", "/account/login/")
            form = {"email": "mei.chan@harbour.example", "password": "TrustDesk-demo-2026!",
                    "csrfmiddlewaretoken": jar["__Host-td_csrf"]}
            call("POST", "/account/login/", data=form)
            call("POST", "/account/2fa/", data={"code": code, "csrfmiddlewaretoken": jar["__Host-td_csrf"]})
            session = jar.get("__Host-td_session")
            assert session and call("GET", "/api/v1/me").status_code == 200, "login failed"
            cookie = f"__Host-td_session={session}"
            wrk(base + "/api/v1/me", cookie, 2, args.connections)  # warm-up
            me = wrk(base + "/api/v1/me", cookie, args.seconds, args.connections)
            bare = wrk(base + "/healthz", cookie, args.seconds, args.connections)
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # the server and its worker processes (own session)
            server.wait(timeout=20)
    print(describe())
    print(f"server: trustdesk serve --workers {args.workers}, SQLite, gate {args.gate}; "
          f"load: wrk -t2 -c{args.connections} -d{args.seconds}s on the same host; "
          f"load average after {os.getloadavg()[0]:.1f}")
    for name, r in (("GET /api/v1/me (session)", me), ("GET /healthz (bare view)", bare)):
        print(f"{name:<28} p50 {r['p50']:.2f} ms  p99 {r['p99']:.2f} ms  {r['rps']:.0f} req/s  "
              f"non-2xx {r['errors']:.0f}")
    print(f"ratio /me : bare = {bare['rps'] / me['rps']:.2f}x slower in req/s, p50 x{me['p50'] / bare['p50']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Signed vs unsigned GET /api/v1/me through the whole stack (uvicorn, Django, the zero-trust gate), under wrk.

Two runs of the same server build, same demo database, same machine:
  1. gate off (TRUSTDESK_TRUST_GATE=off), session cookie only: the baseline without the gate;
  2. gate enforcing, session cookie + an RFC 9421 signature by the CLI device key, one fresh nonce per request.
Signatures are made before the timed run (a nonce is accepted once, so wrk cannot replay one header) and fed
to wrk by a Lua script, each wrk thread taking its own slice. Needs `wrk` (Debian package).
With --redis a private redis-server holds the nonces (TRUSTDESK_REDIS_URL) instead of the database.
Usage: python bench/bench_trust_api.py [--seconds 10] [--connections 16] [--redis]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
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
EMAIL = "mei.chan@harbour.example"
PASSWORD = "TrustDesk-demo-2026!"
THREADS = 2

LUA = r"""
local lines, n, i = {}, 0, 0
function setup(thread)
  thread:set("tid", THREAD_COUNTER or 0)
  THREAD_COUNTER = (THREAD_COUNTER or 0) + 1
end
function init(args)
  local k, j = 0, 0
  for line in io.lines(args[1]) do
    if k % tonumber(args[2]) == tid then
      local sep = line:find("\t")
      j = j + 1
      lines[j] = {line:sub(1, sep - 1), line:sub(sep + 1)}
    end
    k = k + 1
  end
  n = j
end
function request()
  i = i + 1
  local h = lines[((i - 1) % n) + 1]
  wrk.headers["Signature-Input"] = h[1]
  wrk.headers["Signature"] = h[2]
  return wrk.format("GET", "/api/v1/me")
end
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run_wrk(url: str, cookie: str, seconds: int, connections: int, script: list[str] | None = None) -> dict[str, float]:
    command = ["wrk", f"-t{THREADS}", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}"]
    if script:
        command += ["-s", script[0], url, "--", *script[1:]]
    else:
        command.append(url)
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout

    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert match, out
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = float(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "p50": latency("50"),
        "p99": latency("99"),
        "rps": rps,
        "total": total,
        "errors": float(non2xx.group(1)) if non2xx else 0,
    }


def serve(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    import httpx

    server = subprocess.Popen([TRUSTDESK, "serve", "--port", str(port)], env=env, cwd=ROOT)
    for _ in range(150):
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except httpx.HTTPError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("server did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--signatures", type=int, default=40000, help="pre-made signed requests")
    parser.add_argument("--redis", action="store_true", help="nonce store in a private redis-server")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("bench_trust_api: needs wrk (apt-get install wrk)", file=sys.stderr)
        return 1
    from trustdesk.trust.cli_session import CliClient, login
    from trustdesk.trust.httpsig import sign_request

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "TRUSTDESK_DATA_DIR": tmp, "TRUSTDESK_ENV": "development"}
        env.pop("TRUSTDESK_DATABASE_URL", None)
        env.pop("TRUSTDESK_REDIS_URL", None)
        redis_server = None
        if args.redis:
            redis_port = free_port()
            redis_server = subprocess.Popen(
                ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--dir", tmp],
                stdout=subprocess.DEVNULL,
            )
            env["TRUSTDESK_REDIS_URL"] = f"redis://127.0.0.1:{redis_port}/0"
            time.sleep(0.5)
        subprocess.run([TRUSTDESK, "demo", "--no-serve"], env=env, check=True, capture_output=True)

        used: set[str] = set()

        def code() -> str:
            """A TOTP code not used yet: codes are single-use, so the second login waits for the next step."""
            while True:
                value = subprocess.run(
                    [TRUSTDESK, "demo", "--code", EMAIL], env=env, capture_output=True, text=True, check=True
                ).stdout.strip()
                if value not in used:
                    used.add(value)
                    return value
                time.sleep(1)

        results = {}
        for mode in ("off", "enforce"):
            port = free_port()
            server = serve({**env, "TRUSTDESK_TRUST_GATE": mode}, port)
            base = f"http://127.0.0.1:{port}"
            try:
                client = CliClient(base)
                if mode == "off":  # password and second factor only: no device exists without the gate
                    client.request("POST", "/api/v1/trust/cli/login", {"email": EMAIL, "password": PASSWORD})
                    client.request("POST", "/api/v1/trust/cli/second-factor", {"code": code()})
                else:
                    login(client, email=EMAIL, password=PASSWORD, code=code(), folder=Path(tmp) / "cli")
                cookie = f"__Host-td_session={client.cookies['__Host-td_session']}"
                if mode == "off":
                    assert client.request("GET", "/api/v1/me", sign=False).status_code == 200
                    run_wrk(base + "/api/v1/me", cookie, 2, args.connections)  # warm-up
                    results["unsigned, gate off"] = run_wrk(base + "/api/v1/me", cookie, args.seconds, args.connections)
                else:
                    assert client.request("GET", "/api/v1/me", sign=False).status_code == 401
                    assert client.request("GET", "/api/v1/me").status_code == 200
                    assert client.key is not None
                    path = Path(tmp) / "signatures.tsv"
                    started = time.perf_counter()
                    with path.open("w") as out:
                        for _ in range(args.signatures):
                            h = sign_request(
                                "GET", base + "/api/v1/me", private_key=client.key.private_key, key_id=client.device_id
                            )
                            out.write(f"{h['Signature-Input']}\t{h['Signature']}\n")
                    signing_ms = (time.perf_counter() - started) * 1000 / args.signatures
                    script = Path(tmp) / "signed.lua"
                    script.write_text(LUA)
                    results["signed, gate enforcing"] = run_wrk(
                        base + "/api/v1/me",
                        cookie,
                        args.seconds,
                        args.connections,
                        [str(script), str(path), str(THREADS)],
                    )
                client.close()
            finally:
                server.terminate()
                server.wait(timeout=10)
        if redis_server is not None:
            redis_server.terminate()
            redis_server.wait(timeout=10)
    print(describe())
    store = "Redis nonce store" if args.redis else "DB nonce store"
    print(
        f"server: trustdesk serve (uvicorn, 1 worker), SQLite, {store}; "
        f"load: wrk -t{THREADS} -c{args.connections} -d{args.seconds}s on the same host"
    )
    print(f"client-side signing (Python, not timed in the run): {signing_ms:.3f} ms per request")
    for name, r in results.items():
        print(
            f"GET /api/v1/me {name:<24} p50 {r['p50']:.2f} ms  p99 {r['p99']:.2f} ms  "
            f"{r['rps']:.0f} req/s  ({r['total']:.0f} requests, non-2xx {r['errors']:.0f})"
        )
    signed, unsigned = results["signed, gate enforcing"], results["unsigned, gate off"]
    print(
        f"signed+gate vs unsigned: {signed['rps'] / unsigned['rps']:.2f}x the req/s, "
        f"p50 +{signed['p50'] - unsigned['p50']:.2f} ms"
    )
    if signed["total"] > args.signatures:
        print("note: the run used more requests than pre-made signatures; the replays were refused (non-2xx)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

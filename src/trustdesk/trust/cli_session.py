"""The CLI's side of the gate: sign in with password and second factor, enrol this installation's device
key, and keep the session so that every later call is sent with the session cookie *and* a signature.

Everything lives in the user's config folder (`$TRUSTDESK_CONFIG_DIR`, else `$XDG_CONFIG_HOME/trustdesk`,
else `~/.config/trustdesk`), written with mode 0600: `device.pem` (the P-256 private key) and
`device.json` (the server it is enrolled with and its device id, kept across logouts) and `session.json`
(server, device id, session and CSRF cookies; removed at logout). The session cookie alone is useless without
the key, and the key alone without a password and second factor.

Cookies are handled here rather than by httpx: the server's cookies are `__Host-`/Secure, which Python's
cookie jar will not send to a plain-HTTP development server on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import string
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from typing import Any

import httpx

from trustdesk.client import DeviceKey, SignatureAuth
from trustdesk.trust.httpsig import sign_raw
from trustdesk.trust.jwk import b64url

SESSION_COOKIE = "__Host-td_session"
CSRF_COOKIE = "__Host-td_csrf"


class CliError(Exception):
    """A failure to show the user (the command turns it into a non-zero exit)."""


def config_dir() -> Path:
    explicit = os.environ.get("TRUSTDESK_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "trustdesk"


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


@dataclass
class SavedSession:
    server: str
    device_id: str = ""
    email: str = ""
    cookies: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> SavedSession | None:
        path = folder / "session.json"
        if not path.exists():
            return None
        data = json.loads(path.read_text("utf-8"))
        return cls(**{key: data[key] for key in ("server", "device_id", "email", "cookies") if key in data})

    def save(self, folder: Path) -> None:
        _write_private(folder / "session.json", json.dumps(asdict(self), indent=2))


class CliClient:
    """HTTP to one server with explicit cookies, CSRF double-submit and, once enrolled, signatures."""

    def __init__(self, server: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self.server = server.rstrip("/")
        self.cookies: dict[str, str] = {}
        self.key: DeviceKey | None = None
        self.device_id = ""
        self.http = httpx.Client(base_url=self.server, transport=transport, timeout=30.0)

    def _csrf(self) -> str:
        if CSRF_COOKIE not in self.cookies:
            alphabet = string.ascii_letters + string.digits
            self.cookies[CSRF_COOKIE] = "".join(secrets.choice(alphabet) for _ in range(32))
        return self.cookies[CSRF_COOKIE]

    def _prepare(self, method: str, payload: Any, sign: bool) -> tuple[dict[str, str], bytes, Any]:
        headers = {"Accept": "application/json", "Origin": self.server}
        if method not in ("GET", "HEAD"):
            headers["X-CSRFToken"] = self._csrf()
        content = b""
        if payload is not None:
            content = json.dumps(payload).encode()
            headers["Content-Type"] = "application/json"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        auth = SignatureAuth(self.key, self.device_id) if sign and self.key is not None and self.device_id else None
        return headers, content, auth

    def request(self, method: str, path: str, payload: Any = None, *, sign: bool = True) -> httpx.Response:
        headers, content, auth = self._prepare(method, payload, sign)
        response = self.http.request(method, path, content=content, headers=headers, auth=auth)
        self._keep_cookies(response)
        return response

    @contextlib.contextmanager
    def stream(self, method: str, path: str, *, params: dict[str, Any] | None = None) -> Iterator[httpx.Response]:
        """A signed streaming request (server-sent events), with the session's cookies."""
        headers, content, auth = self._prepare(method, None, True)
        headers["Accept"] = "text/event-stream"
        with self.http.stream(method, path, params=params, content=content, headers=headers, auth=auth,
                              timeout=None) as response:
            self._keep_cookies(response)
            yield response

    def _keep_cookies(self, response: httpx.Response) -> None:
        for line in response.headers.get_list("set-cookie"):
            jar: SimpleCookie = SimpleCookie()
            jar.load(line)
            for name, morsel in jar.items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value

    def close(self) -> None:
        self.http.close()


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail") or response.status_code)
    except ValueError:
        return f"HTTP {response.status_code}"


def login(
    client: CliClient, *, email: str, password: str, code: str, device_name: str = "", folder: Path | None = None
) -> SavedSession:
    """Password, second factor, then device: reuse this installation's key or enrol a new one."""
    folder = folder or config_dir()
    step = client.request("POST", "/api/v1/trust/cli/login", {"email": email, "password": password}, sign=False)
    if step.status_code != 200:
        raise CliError(_detail(step))
    step = client.request("POST", "/api/v1/trust/cli/second-factor", {"code": code}, sign=False)
    if step.status_code != 200:
        raise CliError(_detail(step))
    key_path = folder / "device.pem"
    known = _known_device(folder)
    if key_path.exists() and known.get("server") == client.server and known.get("device_id"):
        client.key, client.device_id = DeviceKey.load(key_path), known["device_id"]
        bound = client.request("POST", "/api/v1/trust/session/bind")
        if bound.status_code == 200:
            return _save(client, email, folder)
        client.key, client.device_id = None, ""  # revoked or unknown: enrol a fresh key below
    key = DeviceKey.generate()
    challenge = client.request("POST", "/api/v1/trust/devices/challenge", {}, sign=False)
    if challenge.status_code != 200:
        raise CliError(_detail(challenge))
    body = challenge.json()
    message = (body["sign"] + body["challenge"]).encode("ascii")
    enrolled = client.request(
        "POST",
        "/api/v1/trust/devices",
        {
            "challenge": body["challenge"],
            "public_jwk": key.public_jwk,
            "signature": b64url(sign_raw(key.private_key, message)),
            "name": device_name or f"CLI on {socket.gethostname()}"[:100],
            "platform": "cli",
        },
        sign=False,
    )
    if enrolled.status_code != 201:
        raise CliError(_detail(enrolled))
    key.save(key_path)
    client.key, client.device_id = key, enrolled.json()["device"]["id"]
    saved = _save(client, email, folder)
    if enrolled.json()["device"]["status"] != "active":
        raise CliError("This device waits for approval by an IT administrator; run `trustdesk login` again after.")
    bound = client.request("POST", "/api/v1/trust/session/bind")
    if bound.status_code != 200:
        raise CliError(_detail(bound))
    return saved


def _known_device(folder: Path) -> dict[str, str]:
    path = folder / "device.json"
    return dict(json.loads(path.read_text("utf-8"))) if path.exists() else {}


def _save(client: CliClient, email: str, folder: Path) -> SavedSession:
    """Save the session, and which server the key is enrolled with (kept across logouts)."""
    _write_private(folder / "device.json", json.dumps({"server": client.server, "device_id": client.device_id}))
    saved = SavedSession(client.server, client.device_id, email, dict(client.cookies))
    saved.save(folder)
    return saved


def resume(folder: Path | None = None, *, transport: httpx.BaseTransport | None = None) -> CliClient:
    """A client for the saved session, signing with the saved key."""
    folder = folder or config_dir()
    saved = SavedSession.load(folder)
    if saved is None or not saved.device_id:
        raise CliError("Not logged in. Run `trustdesk login --server URL` first.")
    client = CliClient(saved.server, transport=transport)
    client.cookies = dict(saved.cookies)
    client.key = DeviceKey.load(folder / "device.pem")
    client.device_id = saved.device_id
    return client


def persist(client: CliClient, folder: Path | None = None) -> None:
    """Keep the cookies the server refreshed (session binding) for the next command."""
    folder = folder or config_dir()
    saved = SavedSession.load(folder)
    if saved is not None and saved.server == client.server:
        saved.cookies = dict(client.cookies)
        saved.save(folder)


def logout(folder: Path | None = None, *, transport: httpx.BaseTransport | None = None) -> None:
    """End the session on the server, then forget it here. The device key stays (the device is still yours)."""
    folder = folder or config_dir()
    client = resume(folder, transport=transport)
    try:
        client.request("POST", "/account/logout/")
    finally:
        client.close()
        (folder / "session.json").unlink(missing_ok=True)

"""``trustdesk audit ...`` end to end through the management command."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from trustdesk import audit
from trustdesk.audit import merkle, note

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("audit", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def populated(org: Any) -> Any:
    for i in range(25):
        audit.record(action="desk:conversation:assign", organization=org, target_id=str(i))
    run("integrate")
    return org


def test_checkpoint_export_verify_prove(populated: Any, tmp_path: Path) -> None:
    text = run("checkpoint", "--org", populated.slug)
    body = text.split("\n\n")[0] + "\n"
    cp = note.parse_checkpoint(body)
    assert cp.origin.endswith("/harbour")
    out = tmp_path / "exp"
    assert "Exported" in run("export", "--org", populated.slug, "--out", str(out))
    assert (out / "checkpoint").read_text() == text
    assert "VERIFIED" in run("verify", str(out), "--no-progress", "--check-json")
    proof = json.loads(run("prove", "--org", populated.slug, "--index", "3"))
    assert set(proof) == {"leafIdx", "treeSize", "leafHash", "proof", "root"}
    import base64

    merkle.verify_inclusion(
        proof["leafIdx"],
        proof["treeSize"],
        base64.b64decode(proof["leafHash"]),
        [base64.b64decode(h) for h in proof["proof"]],
        cp.root,
    )
    cons = json.loads(run("prove", "--org", populated.slug, "--from", "2"))
    assert set(cons) == {"size1", "size2", "root1", "root2", "proof"}
    assert "OK" in run("check", "--org", populated.slug)


def test_verify_fails_with_nonzero_exit(populated: Any, tmp_path: Path) -> None:
    out = tmp_path / "exp"
    run("export", "--org", populated.slug, "--out", str(out))
    lines = (out / "entries.jsonl").read_bytes().split(b"\n")
    lines[2], lines[3] = lines[3], lines[2]
    (out / "entries.jsonl").write_bytes(b"\n".join(lines))
    with pytest.raises(CommandError, match="FAILED root"):
        run("verify", str(out), "--no-progress")
    with pytest.raises(CommandError, match="entry 2"):
        run("verify", str(out), "--no-progress", "--check-json")


def test_bad_arguments_are_command_errors(populated: Any) -> None:
    with pytest.raises(CommandError, match="No audit log"):
        run("checkpoint", "--org", "nope")
    with pytest.raises(CommandError):
        run("prove", "--org", populated.slug, "--index", "999")
    with pytest.raises(CommandError, match="give --index"):
        run("prove", "--org", populated.slug)


def test_keygen_prints_a_usable_key_pair() -> None:
    out = run("keygen", "--name", "desk.example/audit")
    skey = out.splitlines()[0].split("=", 1)[1]
    vkey = out.splitlines()[-1]
    assert note.Signer.parse(skey).verifier.vkey() == vkey

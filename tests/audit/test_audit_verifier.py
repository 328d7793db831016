"""The standalone export verifier: good exports pass, every kind of tampering is named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import rfc8785

from trustdesk.audit import exporting, merkle, note, verifier

ORIGIN = "trustdesk.example/acme"


def leaves(n: int, start: int = 0, tag: str = "") -> list[bytes]:
    return [
        rfc8785.dumps(
            {
                "seq": i,
                "action": "desk:conversation:assign",
                "actor": {"id": i % 13, "name": f"agent {i % 13}{tag}"},
                "target": f"conversation:{i // 3}",
                "outcome": "ok",
                "ts": f"2026-11-27T22:{i % 60:02d}:00Z",
                "note": "Xin chào, مرحبا, 你好",
            }
        )
        for i in range(start, start + n)
    ]


def signed_checkpoint(signer: note.Signer, data: list[bytes], origin: str = ORIGIN) -> str:
    builder = merkle.RootBuilder()
    builder.extend([merkle.leaf_hash(d) for d in data])
    return note.sign_checkpoint(note.Checkpoint(origin, builder.size, builder.root()), [signer])


@pytest.fixture(autouse=True, params=["sequential", "parallel"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with the one-process pass and with the multi-process one (tiny, unaligned tasks)."""
    if request.param == "parallel":
        monkeypatch.setattr(verifier, "PARALLEL_MIN_BYTES", 0)
        monkeypatch.setattr(verifier, "TASK_BYTES", 997)
        monkeypatch.setattr(verifier, "default_workers", lambda: 2)
    else:
        monkeypatch.setattr(verifier, "default_workers", lambda: 1)
    return str(request.param)


@pytest.fixture
def signer() -> note.Signer:
    return note.Signer.generate(ORIGIN)


def export(tmp: Path, signer: note.Signer, data: list[bytes], name: str = "exp") -> Path:
    d = tmp / name
    exporting.write_export(d, data, checkpoint=signed_checkpoint(signer, data), verifiers=[signer.verifier])
    return d


def rewrite(d: Path, lines: list[bytes]) -> None:
    (d / "entries.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))


def read(d: Path) -> list[bytes]:
    return (d / "entries.jsonl").read_bytes().split(b"\n")[:-1]


# ----------------------------------------------------------------------------- good exports


@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 64, 1000])
def test_good_export_verifies(tmp_path: Path, signer: note.Signer, n: int) -> None:
    data = leaves(n)
    d = export(tmp_path, signer, data)
    assert read(d) == data
    res = verifier.verify_export(d, chunk_bytes=300)  # tiny chunks: lines straddle chunk borders
    assert res.ok, res.failure
    assert res.entries == n
    assert res.checkpoint is not None
    assert res.checkpoint.size == n


def test_progress_reports_up_to_the_checkpoint_size(tmp_path: Path, signer: note.Signer) -> None:
    d = export(tmp_path, signer, leaves(500))
    seen: list[tuple[int, int]] = []
    assert verifier.verify_export(d, progress=lambda a, b: seen.append((a, b)), chunk_bytes=4096).ok
    assert len(seen) > 1
    assert seen[-1] == (500, 500)
    assert [a for a, _ in seen] == sorted(a for a, _ in seen)


def test_previous_checkpoint_consistent(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(300)
    old = tmp_path / "old.checkpoint"
    for size in (1, 64, 100, 300):
        old.write_text(signed_checkpoint(signer, data[:size]))
        res = verifier.verify_export(export(tmp_path, signer, data), previous=old, chunk_bytes=1000)
        assert res.ok, (size, res.failure)
        assert f"consistency with previous checkpoint at size {size}" in res.passed


def test_key_rotation_keeps_old_checkpoints_verifiable(tmp_path: Path, signer: note.Signer) -> None:
    new = note.Signer.generate(ORIGIN)
    data = leaves(50)
    old = tmp_path / "old.checkpoint"
    old.write_text(signed_checkpoint(signer, data[:20]))
    d = tmp_path / "rot"
    exporting.write_export(d, data, checkpoint=signed_checkpoint(new, data), verifiers=[signer.verifier, new.verifier])
    assert verifier.verify_export(d, previous=old).ok
    (d / "log.vkey").write_text(new.verifier.vkey() + "\n")
    res = verifier.verify_export(d, previous=old)
    assert not res.ok
    assert res.failure.startswith("previous checkpoint")


def test_json_mode_accepts_canonical_entries(tmp_path: Path, signer: note.Signer) -> None:
    d = export(tmp_path, signer, leaves(40))
    assert verifier.verify_export(d, check_json=True, index_key="seq").ok


def test_stdlib_canonical_json_matches_rfc8785() -> None:
    samples = [
        {"b": 1, "a": [True, None, "x"], "\u20ac": "€", "\U0001f600": 2, "\ufb01": 3, "ctl": '\x01\n\t"\\'},
        {"n": -(2**53 - 1), "empty": {}, "list": [], "s": "\u2028 </script>"},
    ]
    for obj in samples:
        assert verifier.canonical_json(obj).encode() == rfc8785.dumps(obj)
    with pytest.raises(ValueError, match="float"):
        verifier.canonical_json({"x": 1.5})


# ----------------------------------------------------------------------------- tampering


def test_modified_entry_fails_root(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    lines = list(data)
    lines[42] = lines[42].replace(b"agent", b"agenT")
    rewrite(d, lines)
    res = verifier.verify_export(d)
    assert not res.ok
    assert res.failure.startswith("root:")


def test_every_single_modification_deletion_and_swap_is_detected(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(120)
    d = export(tmp_path, signer, data)
    for i in range(len(data)):
        modified = list(data)
        modified[i] = modified[i].replace(b'"ok"', b'"no"')
        deleted = data[:i] + data[i + 1 :]
        swapped = list(data)
        j = (i + 1) % len(data)
        swapped[i], swapped[j] = swapped[j], swapped[i]
        for lines in (modified, deleted, swapped):
            rewrite(d, lines)
            assert not verifier.verify_export(d).ok, i


def test_deleted_entry_fails_count(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    rewrite(d, data[:10] + data[11:])
    res = verifier.verify_export(d)
    assert res.failure.startswith("count: export has 99 entries")
    json_res = verifier.verify_export(d, check_json=True, index_key="seq")
    assert json_res.bad_entry == 10


def test_inserted_entry_fails_count(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    rewrite(d, [*data[:30], data[5], *data[30:]])
    res = verifier.verify_export(d)
    assert "entries inserted" in res.failure
    assert res.bad_entry is None
    assert verifier.verify_export(d, check_json=True, index_key="seq").bad_entry == 30


def test_entries_beyond_checkpoint_are_named(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(101)
    d = export(tmp_path, signer, data[:100])
    rewrite(d, data)
    res = verifier.verify_export(d)
    assert not res.ok
    assert res.bad_entry == 100


def test_reordered_entries_fail(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    lines = list(data)
    lines[60], lines[61] = lines[61], lines[60]
    rewrite(d, lines)
    res = verifier.verify_export(d)
    assert res.failure.startswith("root:")
    assert verifier.verify_export(d, check_json=True, index_key="seq").bad_entry == 60


def test_truncated_line_is_named(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    raw = (d / "entries.jsonl").read_bytes()
    (d / "entries.jsonl").write_bytes(raw[:-20])
    res = verifier.verify_export(d)
    assert res.bad_entry == 99
    assert "not terminated" in res.failure


def test_truncated_export_fails_count(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(100)
    d = export(tmp_path, signer, data)
    rewrite(d, data[:73])
    res = verifier.verify_export(d)
    assert res.failure.startswith("count: export has 73 entries")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (b"", "empty line"),
        (b"[1,2]", "not a JSON object"),
        (b'{"seq":7}\r', "not a JSON object"),
        (b'{"x":"\xff"}', "not valid UTF-8"),
    ],
)
def test_malformed_entry_is_named(tmp_path: Path, signer: note.Signer, damage: bytes, reason: str) -> None:
    data = leaves(50)
    d = export(tmp_path, signer, data)
    lines = list(data)
    lines[37] = damage
    rewrite(d, lines)
    res = verifier.verify_export(d, chunk_bytes=512)
    assert res.bad_entry == 37
    assert reason in res.failure


def test_non_canonical_entry_is_named_in_json_mode(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(20)
    d = export(tmp_path, signer, data)
    lines = list(data)
    lines[3] = lines[3].replace(b'"outcome":"ok"', b'"outcome": "ok"')
    rewrite(d, lines)
    res = verifier.verify_export(d, check_json=True)
    assert res.bad_entry == 3
    assert "canonical" in res.failure


def test_wrong_key_rejected(tmp_path: Path, signer: note.Signer) -> None:
    d = export(tmp_path, signer, leaves(10))
    other = note.Signer.generate(ORIGIN)
    (d / "log.vkey").write_text(other.verifier.vkey() + "\n")
    res = verifier.verify_export(d)
    assert res.failure.startswith("checkpoint: no signature from a known key")


def test_resigned_checkpoint_by_attacker_key_rejected(tmp_path: Path, signer: note.Signer) -> None:
    """Whoever rewrites entries and re-signs with their own key is caught by the auditor's key file."""
    data = leaves(10)
    d = export(tmp_path, signer, data)
    attacker = note.Signer.generate(ORIGIN)
    forged = [*data[:5], *leaves(5, 5, tag="!")]
    rewrite(d, forged)
    (d / "checkpoint").write_text(signed_checkpoint(attacker, forged))
    assert not verifier.verify_export(d).ok


def test_altered_checkpoint_rejected(tmp_path: Path, signer: note.Signer) -> None:
    d = export(tmp_path, signer, leaves(10))
    text = (d / "checkpoint").read_text().replace("\n10\n", "\n9\n")
    (d / "checkpoint").write_text(text)
    res = verifier.verify_export(d)
    assert "does not verify" in res.failure


def test_missing_files_fail_cleanly(tmp_path: Path, signer: note.Signer) -> None:
    d = export(tmp_path, signer, leaves(3))
    (d / "entries.jsonl").unlink()
    assert verifier.verify_export(d).failure.startswith("entries.jsonl")
    assert verifier.verify_export(tmp_path / "nowhere").failure.startswith("log.vkey")


def test_forked_history_fails_against_previous(tmp_path: Path, signer: note.Signer) -> None:
    """The log signed A (size 80) earlier; now it shows B, which shares only 50 entries with A."""
    a = leaves(80)
    b = [*a[:50], *leaves(60, 50, tag=" fork")]
    old = tmp_path / "old.checkpoint"
    old.write_text(signed_checkpoint(signer, a))
    d = export(tmp_path, signer, b)
    assert verifier.verify_export(d).ok  # on its own the fork looks fine ...
    res = verifier.verify_export(d, previous=old)
    assert not res.ok  # ... but not against what the auditor kept
    assert res.failure.startswith("consistency: the first 80 entries")


def test_truncated_log_fails_against_previous(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(80)
    old = tmp_path / "old.checkpoint"
    old.write_text(signed_checkpoint(signer, data))
    res = verifier.verify_export(export(tmp_path, signer, data[:60]), previous=old)
    assert "truncated or forked" in res.failure


def test_damage_after_previous_is_located(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(80)
    old = tmp_path / "old.checkpoint"
    old.write_text(signed_checkpoint(signer, data[:40]))
    d = export(tmp_path, signer, data)
    lines = list(data)
    lines[70] = lines[70].replace(b"agent", b"AGENT")
    rewrite(d, lines)
    res = verifier.verify_export(d, previous=old)
    assert "damage is after them" in res.failure
    assert "consistency with previous checkpoint at size 40" in res.passed


def test_previous_of_another_log_rejected(tmp_path: Path, signer: note.Signer) -> None:
    other_log = note.Signer.generate("trustdesk.example/other")
    data = leaves(10)
    old = tmp_path / "old.checkpoint"
    old.write_text(signed_checkpoint(other_log, data[:5], origin="trustdesk.example/other"))
    d = export(tmp_path, signer, data)
    (d / "log.vkey").write_text(signer.verifier.vkey() + "\n" + other_log.verifier.vkey() + "\n")
    res = verifier.verify_export(d, previous=old)
    assert res.failure.startswith("previous checkpoint")


def test_export_refuses_a_checkpoint_that_does_not_cover_it(tmp_path: Path, signer: note.Signer) -> None:
    data = leaves(10)
    with pytest.raises(ValueError, match="does not cover"):
        exporting.write_export(
            tmp_path / "x", data, checkpoint=signed_checkpoint(signer, data[:9]), verifiers=[signer.verifier]
        )


def test_command_line_runs_without_django(tmp_path: Path, signer: note.Signer) -> None:
    """The module runs in a fresh interpreter where importing Django is impossible."""
    data = leaves(25)
    d = export(tmp_path, signer, data)
    src = Path(verifier.__file__).resolve().parents[2]
    blocker = tmp_path / "block"
    blocker.mkdir()
    (blocker / "django.py").write_text("raise ImportError('django must not be imported')\n")
    env = {"PYTHONPATH": f"{blocker}:{src}", "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "trustdesk.audit.verifier", str(d)]
    ok = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert "VERIFIED 25 entries" in ok.stdout
    rewrite(d, data[:24])
    bad = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert "count: export has 24 entries" in bad.stderr

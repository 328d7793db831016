"""C2SP signed notes and tlog-checkpoints, including the published examples."""

from __future__ import annotations

import base64

import pytest

from trustdesk.audit import note

EM = "\u2014"

# C2SP signed-note.md example (anchors §4.2).
SPEC_VKEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
SPEC_NOTE = (
    "This is an example message.\n\n"
    f"{EM} example.com/foo "
    "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
)

# golang.org/x/mod/sumdb/note example_test.go: a signer key made by Go, and Go's signature (Ed25519 is
# deterministic, so our signer must reproduce it byte for byte).
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
GO_SIG = (
    f"{EM} PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)

# C2SP tlog-checkpoint.md example (we do not have its key).
SPEC_CHECKPOINT = (
    "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n"
    f"{EM} example.com/behind-the-sofa "
    "Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n"
)


def test_spec_example_verifies() -> None:
    v = note.Verifier.parse(SPEC_VKEY)
    assert v.key_id == 0x530D903A
    assert v.vkey() == SPEC_VKEY
    n = note.open_note(SPEC_NOTE.encode(), [v])
    assert n.text == "This is an example message.\n"
    assert [(s.name, s.key_id) for s in n.sigs] == [("example.com/foo", 0x530D903A)]


def test_go_signer_key_and_signature_interoperate() -> None:
    signer = note.Signer.parse(GO_SKEY)
    assert signer.verifier.vkey() == GO_VKEY
    assert signer.skey() == GO_SKEY
    signed = note.sign_note(GO_TEXT, [signer])
    assert signed == GO_TEXT + "\n" + GO_SIG
    assert note.open_note(signed, [note.Verifier.parse(GO_VKEY)]).text == GO_TEXT


def test_altered_text_or_signature_rejected() -> None:
    v = note.Verifier.parse(SPEC_VKEY)
    with pytest.raises(note.InvalidSignatureError):
        note.open_note(SPEC_NOTE.replace("example message", "example massage"), [v])
    blob = bytearray(base64.b64decode(SPEC_NOTE.split(" ")[-1]))
    blob[10] ^= 1
    forged = SPEC_NOTE.rsplit(" ", 1)[0] + " " + base64.b64encode(bytes(blob)).decode() + "\n"
    with pytest.raises(note.InvalidSignatureError):
        note.open_note(forged, [v])


def test_unknown_keys_ignored_but_one_known_needed() -> None:
    v = note.Verifier.parse(SPEC_VKEY)
    other = note.Signer.generate("example.com/other")
    with pytest.raises(note.UnverifiedNoteError):
        note.open_note(SPEC_NOTE, [other.verifier])
    # An extra signature by a key we do not know is ignored and reported.
    extra = SPEC_NOTE + note.sign_note("This is an example message.\n", [other]).split("\n\n", 1)[1]
    n = note.open_note(extra, [v])
    assert [s.name for s in n.unverified] == ["example.com/other"]
    assert [s.name for s in n.sigs] == ["example.com/foo"]


def test_same_name_different_key_is_unknown_not_invalid() -> None:
    """Key rotation: an old and a new key share the name; each is looked up by (name, id)."""
    old = note.Signer.generate("log.example/acme")
    new = note.Signer.generate("log.example/acme")
    text = "log.example/acme\n1\n" + base64.b64encode(b"\x00" * 32).decode() + "\n"
    signed_old = note.sign_note(text, [old])
    assert note.open_note(signed_old, [new.verifier, old.verifier]).sigs[0].key_id == old.key_id
    with pytest.raises(note.UnverifiedNoteError):
        note.open_note(signed_old, [new.verifier])
    both = note.sign_note(text, [old, new])
    assert len(note.open_note(both, [old.verifier, new.verifier]).sigs) == 2


@pytest.mark.parametrize(
    "bad",
    [
        "no blank line\n" + f"{EM} a AAAAAAA=\n",
        "text\n\n",
        "text\n\n" + f"{EM} example.com/foo Uw2Q",
        "text\n\n" + f"- example.com/foo {'A' * 92}\n",
        "text\n\n" + f"{EM} example.com/foo not*base64\n",
        "text\n\n" + f"{EM} example.com/foo AAAA\n",
        "te\x01xt\n\n" + f"{EM} example.com/foo {'A' * 92}\n",
        "text\n\n" + f"{EM} exa+mple {'A' * 92}\n",
    ],
)
def test_malformed_notes_rejected(bad: str) -> None:
    with pytest.raises(note.MalformedNoteError):
        note.open_note(bad, [note.Verifier.parse(SPEC_VKEY)])


def test_invalid_utf8_rejected() -> None:
    with pytest.raises(note.MalformedNoteError, match="UTF-8"):
        note.open_note(b"\xff\xfe\n\n" + f"{EM} a AAAAAAAA\n".encode(), [])


def test_accepts_many_signatures_but_bounded() -> None:
    signer = note.Signer.generate("log.example/x")
    text = "hello\n"
    others = [note.Signer.generate(f"w{i}.example") for i in range(20)]
    signed = note.sign_note(text, [*others, signer])
    assert note.open_note(signed, [signer.verifier]).sigs[0].name == "log.example/x"
    line = signed.split("\n\n", 1)[1].splitlines(keepends=True)[0]
    with pytest.raises(note.MalformedNoteError, match="more than"):
        note.open_note(signed + line * note.MAX_SIGNATURES, [signer.verifier])


@pytest.mark.parametrize(
    "vkey",
    [
        "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",  # wrong id
        "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",  # upper-case hex
        "example.com/foo+530d903a",
        "example.com/foo+530d903a+AgkyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",  # type 0x02
        "+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    ],
)
def test_bad_verifier_keys_rejected(vkey: str) -> None:
    with pytest.raises(note.KeyFormatError):
        note.Verifier.parse(vkey)


def test_bad_signer_keys_rejected() -> None:
    with pytest.raises(note.KeyFormatError):
        note.Signer.parse(GO_SKEY.replace("c74f20a3", "c74f20a4"))
    with pytest.raises(note.KeyFormatError):
        note.Signer.parse(GO_VKEY)


def test_spec_checkpoint_parses() -> None:
    with pytest.raises(note.UnverifiedNoteError):
        note.open_note(SPEC_CHECKPOINT, [])
    body = SPEC_CHECKPOINT.split("\n\n")[0] + "\n"
    cp = note.parse_checkpoint(body)
    assert (cp.origin, cp.size) == ("example.com/behind-the-sofa", 20852163)
    assert base64.b64encode(cp.root).decode() == "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="
    assert cp.body() == body


def test_checkpoint_round_trip_and_origin_pinning() -> None:
    signer = note.Signer.generate("trustdesk.example/acme")
    cp = note.Checkpoint("trustdesk.example/acme", 0, b"\xe3" * 32, ("ext line",))
    signed = note.sign_checkpoint(cp, [signer])
    got, n = note.open_checkpoint(signed, [signer.verifier], origin="trustdesk.example/acme")
    assert got == cp
    assert n.text == cp.body()
    with pytest.raises(note.MalformedNoteError, match="expected"):
        note.open_checkpoint(signed, [signer.verifier], origin="trustdesk.example/other")
    # A valid signature by a key not named after the log does not vouch for it.
    stranger = note.Signer.generate("trustdesk.example/other")
    with pytest.raises(note.UnverifiedNoteError, match="named"):
        note.open_checkpoint(note.sign_checkpoint(cp, [stranger]), [stranger.verifier])


@pytest.mark.parametrize(
    "body",
    [
        "origin\n01\n" + "A" * 43 + "=\n",  # leading zero
        "origin\n-1\n" + "A" * 43 + "=\n",
        "origin\n1\n" + "A" * 43 + "\n",  # unpadded base64
        "origin\n1\n" + "A" * 40 + "==\n",  # 29 bytes, not a SHA-256 root
        "origin\n1\n",
        "\n1\n" + "A" * 43 + "=\n",
        "orig in\n1\n" + "A" * 43 + "=\n",
        "origin\n1\n" + "A" * 43 + "=",  # no final newline
        "origin\n18446744073709551616\n" + "A" * 43 + "=\n",  # 2**64
    ],
)
def test_malformed_checkpoints_rejected(body: str) -> None:
    with pytest.raises(note.MalformedNoteError):
        note.parse_checkpoint(body)


def test_sign_note_refuses_bad_text() -> None:
    signer = note.Signer.generate("a.example")
    for text in ("no newline", "blank\n\nline\n", "ctl\x07\n"):
        with pytest.raises(note.MalformedNoteError):
            note.sign_note(text, [signer])

"""The training script's inputs: every corpus file is trained on, no held-out message ever is."""

from __future__ import annotations

from pathlib import Path

from trustdesk.scamcheck.engine.training.train import (
    CORPUS_DIR,
    HELDOUT_DIR,
    heldout_set,
    load_corpus,
    load_heldout_sets,
)


def _lines(path: Path) -> int:
    return sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())


def test_every_corpus_file_is_loaded_for_training() -> None:
    files = sorted(CORPUS_DIR.glob("*.tsv"))
    assert files
    corpus = load_corpus()
    assert len(corpus) == sum(_lines(p) for p in files)
    assert {e.source for e in corpus} == {"corpus"}
    assert {e.lang for e in corpus} == {"ar", "en", "id", "ms", "th", "vi", "zh"}


def test_held_out_messages_are_never_training_data() -> None:
    sets = load_heldout_sets()
    assert "1" in sets
    held = [e for examples in sets.values() for e in examples]
    assert len(held) == sum(_lines(p) for p in HELDOUT_DIR.glob("*.tsv"))
    assert {e.source for e in held} == {"heldout"}
    training_texts = {e.text for e in load_corpus()}
    assert not [e.text for e in held if e.text in training_texts]


def test_held_out_sets_are_told_apart_by_file_suffix() -> None:
    assert heldout_set(Path("vi.tsv")) == "1"
    assert heldout_set(Path("vi_2.tsv")) == "2"
    assert heldout_set(Path("zh_3.tsv")) == "3"

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


def test_temperature_scales_the_shipped_log_odds_and_nothing_else() -> None:
    """The temperature chosen by inner cross-validation is carried by the shipped weights: the same fit with
    temperature 1.5 gives 1.5 × the log-odds, the same language head and the same offset."""
    import numpy as np

    from trustdesk.scamcheck.engine.normalize import fold
    from trustdesk.scamcheck.engine.training.train import fit

    corpus = load_corpus()
    examples = [e for e in corpus if e.lang == "en"][:200] + [e for e in corpus if e.lang == "vi"][:200]
    assert {e.scam for e in examples} == {True, False}
    folded = [fold(e.text) for e in examples]
    plain = fit(examples, folded, (4.0, 1.0, 0.25, 1.0))
    warm = fit(examples, folded, (4.0, 1.0, 0.25, 1.5))
    x = plain.features(folded[:50])
    assert np.allclose(warm.scam_logits(x), 1.5 * plain.scam_logits(x), rtol=1e-4, atol=1e-4)
    assert not np.allclose(warm.scam_logits(x), plain.scam_logits(x))
    assert warm.offset == plain.offset == 0.25
    assert np.array_equal(warm.lang_coef.toarray(), plain.lang_coef.toarray())

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
    assert sets and all(n.isdigit() for n in sets)
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
    plain = fit(examples, folded, (4.0, 1.0, 0.25, 1.0, 1.0))
    warm = fit(examples, folded, (4.0, 1.0, 0.25, 1.5, 0.7))
    x = plain.features(folded[:50])
    assert np.allclose(warm.scam_logits(x), 1.5 * plain.scam_logits(x), rtol=1e-4, atol=1e-4)
    assert not np.allclose(warm.scam_logits(x), plain.scam_logits(x))
    assert warm.offset == plain.offset == 0.25
    assert (plain.rule_scale, warm.rule_scale) == (1.0, 0.7)
    assert np.array_equal(warm.lang_coef.toarray(), plain.lang_coef.toarray())


def test_rule_scale_travels_with_the_model_and_scales_only_the_rule_weights(tmp_path: Path) -> None:
    """The rule scale chosen by inner cross-validation is saved in the model file, and the checker multiplies the
    rule weights by it (not the bias, not the model's log-odds)."""
    import math
    from dataclasses import replace

    from trustdesk.scamcheck.engine.checker import MESSAGE_BIAS, MODEL_SCALE, WEIGHTS, Checker, combine
    from trustdesk.scamcheck.engine.model import LinearModel, load_builtin
    from trustdesk.scamcheck.engine.types import Signal
    from trustdesk.scamcheck.engine.types import SignalType as S

    signals = [Signal(S.OTP_REQUEST, "code"), Signal(S.URGENCY, "now")]
    rules = WEIGHTS[S.OTP_REQUEST] + WEIGHTS[S.URGENCY]
    expected = MESSAGE_BIAS + 0.55 * rules + MODEL_SCALE * 2.0
    assert math.isclose(combine(signals, 2.0, rule_scale=0.55), 1 / (1 + math.exp(-expected)))
    assert combine(signals, 2.0) > combine(signals, 2.0, rule_scale=0.55)

    shipped = load_builtin()
    assert shipped is not None
    path = tmp_path / "scaled.npz"
    halved = shipped.rule_scale / 2  # whatever the shipped scale, a smaller one
    replace(shipped, rule_scale=halved).save(path)
    scaled = LinearModel.load(path)
    assert scaled.rule_scale == halved and scaled.offset == shipped.offset
    text = "Bank security: your account will be locked today. Read me the OTP code we just sent you."
    plain_result, scaled_result = (
        Checker(model=shipped).check("message", text),
        Checker(model=scaled).check("message", text),
    )
    assert plain_result.signal_types() == scaled_result.signal_types() and plain_result.signals
    assert scaled_result.score < plain_result.score


def test_forward_rows_are_each_languages_newest_unread_round_files_and_never_former_held_out_sets() -> None:
    """Per language, and never a round whose errors were read to write rules: a round that covered only some
    languages does not push the others' rounds out, and a read round is skipped, not counted."""
    from trustdesk.scamcheck.engine.training.train import FORWARD_ROUNDS, READ_ROUNDS, Example, forward_rows

    def ex(file: str) -> Example:
        return Example("t", False, file[:2], "corpus", "bank", "", file)

    assert {3, 17, 21, 23} <= READ_ROUNDS and not {18, 19, 20, 22} & READ_ROUNDS
    files = ("vi_18.tsv", "vi_h12.tsv", "zh_20.tsv", "en_3.tsv", "vi_19.tsv", "ar_22.tsv", "vi_17.tsv", "vi_22.tsv")
    examples = [ex(f) for f in files] + [ex("vi_21.tsv"), ex("vi_23.tsv"), ex("zh_21.tsv")]
    examples.append(Example("u", False, "en", "uci", "ham", "uci:1"))
    assert FORWARD_ROUNDS == 3
    chosen = [examples[i].file for i in forward_rows(examples)]
    assert chosen == ["vi_18.tsv", "zh_20.tsv", "vi_19.tsv", "ar_22.tsv", "vi_22.tsv"]
    assert all(e.file for e in load_corpus())


def test_a_language_offset_travels_with_the_model_and_moves_only_that_language(tmp_path: Path) -> None:
    """``lang_offsets`` is saved and loaded with the model, and the checker adds it to the model's log-odds of a
    message identified as that language only."""
    from dataclasses import replace

    from trustdesk.scamcheck.engine import Checker
    from trustdesk.scamcheck.engine.model import LinearModel, load_builtin

    shipped = load_builtin()
    assert shipped is not None
    path = tmp_path / "m.npz"
    replace(shipped, lang_offsets={"zh": 3.0}).save(path)
    moved = LinearModel.load(path)
    assert moved.lang_offsets == {"zh": 3.0}
    zh, en = "周末一起吃饭吗？我订了七点的位子", "Are we still on for dinner at seven? I booked a table"
    plain, shifted = Checker(model=replace(shipped, lang_offsets={})), Checker(model=moved)
    assert shifted.check("message", zh).lang == "zh-Hans"
    assert shifted.check("message", zh).score > plain.check("message", zh).score
    assert shifted.check("message", en).score == plain.check("message", en).score

"""Retrain the scam-signal model, cross-validate the whole checker, and write the model card.

Usage (from the repository root)::

    python -m trustdesk.scamcheck.engine.training.train [--uci PATH] [--folds 5] [--no-write]

Inputs: the multilingual corpus shipped in ``engine/data/corpus/*.tsv`` (``label<TAB>category<TAB>text``,
written for this project) and the UCI SMS Spam Collection split, read from ``../shared/data/scam/`` next to
the repository (it is CC BY 4.0 and is not copied into the repository). Outputs: ``engine/data/model.npz`` and
``engine/data/MODEL_CARD.md`` with the sha256 of every input and the cross-validated results per language.

Cross-validation measures the *checker* (rules + model, exactly as shipped) with the model retrained on each
training fold, so the figures include how the rules and the model work together. The rules were written by
people who had read the corpus, so the rule part is not blind to the test folds: the card says so.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import sklearn
from joblib import Parallel, delayed
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold

from trustdesk.scamcheck.engine.checker import MESSAGE_BIAS, MODEL_CLIP, MODEL_SCALE, Checker, Item
from trustdesk.scamcheck.engine.model import LinearModel, raw_counts, tfidf
from trustdesk.scamcheck.engine.normalize import fold
from trustdesk.scamcheck.engine.types import Kind

ENGINE_DIR = Path(__file__).resolve().parents[1]
CORPUS_DIR = ENGINE_DIR / "data" / "corpus"
HELDOUT_DIR = ENGINE_DIR / "data" / "heldout"
MODEL_PATH = ENGINE_DIR / "data" / "model.npz"
CARD_PATH = ENGINE_DIR / "data" / "MODEL_CARD.md"
CORPUS_WEIGHT = 3.0  # the hand-written multilingual examples are few; weigh each more than a UCI line
SCAM_C = 4.0
UCI_SPAM_WEIGHT = 1.0  # weight of a UCI spam line (UCI ham lines weigh 1)
# (C, UCI spam weight) pairs; inner cross-validation on the training data picks one (``select_params``).
GRID: tuple[tuple[float, float], ...] = ((4.0, 1.0), (4.0, 3.0), (4.0, 6.0), (16.0, 1.0), (16.0, 3.0), (16.0, 6.0))
# Model offsets (added to the model's log-odds where the checker combines them with the rules, i.e. the model's
# threshold in the combination): picked with the pair above by the same inner cross-validation. Without rule
# signals a message is flagged at log-odds >= 1.25 - offset.
OFFSETS: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)
# Temperatures: the fitted log-odds are multiplied by one of these before the offset (the shipped weights are
# scaled by it), i.e. how much the combination trusts the model against the fixed rule weights; picked by the same
# inner cross-validation. Measured on new files before training on them, the rules fired on legitimate wording
# far more often than on the corpus they were written from, and the model generalised better than that.
TEMPERATURES: tuple[float, ...] = (1.0, 1.25, 1.5)
# Rule scales: one common factor of the hand-set rule weights in the combination (``checker.combine``), picked by the
# same inner cross-validation. Measured on each new blind round, the rules alone flagged far more legitimate
# messages than on the corpus they were written from (15.8 % of the 455 legitimate lines of round 13 on arrival);
# how much they should count against the model is a question for held-apart data, not for the rule writers.
RULE_SCALES: tuple[float, ...] = (1.0, 0.85, 0.7, 0.55)
Params = tuple[float, float, float, float, float]  # C, UCI spam weight, model offset, temperature, rule scale
INNER_FOLDS = 3
LANG_C = 4.0
LATIN_LANGS = ("en", "vi", "id", "ms")
SEED = 20261127
SIMILAR = 0.5  # cosine similarity at which two messages of a language count as one paraphrase family
# Per-language additions to the model offset (``LinearModel.lang_offsets``), chosen by forward validation: the newest
# ``FORWARD_ROUNDS`` round files of each language in the corpus (``<lang>_<n>.tsv``, each round written blind after all
# the files before it) are held apart, a model is fitted on everything else with the chosen settings, and each language
# takes the addition that minimises its ``selection_cost`` on them. Cross-validation mixes old and new rounds, so it
# cannot see what every round's arrival figures showed: on messages written after the training data, recall falls below
# its cross-validated figure, in some languages (Chinese, Arabic) much more than in others.
LANG_OFFSETS: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)
FORWARD_ROUNDS = 3
# Rounds whose errors were read to write rules (every round up to 17, then 21, 23, 24 and 25). The rules were fitted to
# them: their legitimate messages no longer show the false positives an offset adds on unseen messages, nor their
# scams the misses, so they would make a larger offset look free. Forward validation uses only rounds nobody read.
READ_ROUNDS = frozenset({*range(1, 18), 21, 23, 24, 25})
_ROUND_FILE = re.compile(r"^[a-z]{2}_(\d+)\.tsv$")


@dataclass(frozen=True)
class Example:
    text: str
    scam: bool
    lang: str  # corpus file language (zh covers Simplified and Traditional)
    source: str  # "corpus", "heldout" or "uci"
    category: str
    family: str = ""  # paraphrase family: siblings never sit on both sides of a cross-validation split
    file: str = ""  # the file it was read from


def repo_root() -> Path:
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").is_file():
            return parent
    raise SystemExit("repository root (pyproject.toml) not found")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _load_tsv(path: Path, source: str) -> list[Example]:
    """``label<TAB>category<TAB>text[<TAB>family]``; without a family id a line is its own family."""
    out: list[Example] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) not in (3, 4) or parts[0] not in ("scam", "legit") or not parts[2].strip():
            raise SystemExit(f"{path.name}:{n}: expected label<TAB>category<TAB>text[<TAB>family]")
        family = parts[3].strip() if len(parts) == 4 and parts[3].strip() else f"{path.stem}:{n}"
        out.append(Example(parts[2], parts[0] == "scam", path.stem.split("_")[0], source, parts[1], family, path.name))
    return out


def load_corpus() -> list[Example]:
    """The hand-written training corpus (``data/corpus``)."""
    return [e for path in sorted(CORPUS_DIR.glob("*.tsv")) for e in _load_tsv(path, "corpus")]


def heldout_set(path: Path) -> str:
    """The held-out set a file belongs to: ``heldout/<lang>.tsv`` is set 1, ``heldout/<lang>_<n>.tsv`` set n
    (each set was written at one time, after the earlier ones, and is reported on its own)."""
    _, _, n = path.stem.partition("_")
    return n or "1"


def load_heldout_sets() -> dict[str, list[Example]]:
    """The held-out messages (``data/heldout``), never trained on, only scored: by set (``heldout_set``)."""
    sets: dict[str, list[Example]] = defaultdict(list)
    for path in sorted(HELDOUT_DIR.glob("*.tsv")):
        sets[heldout_set(path)].extend(_load_tsv(path, "heldout"))
    return dict(sorted(sets.items(), key=lambda kv: int(kv[0]) if kv[0].isdigit() else 0))


def load_uci(path: Path) -> list[Example]:
    out: list[Example] = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        label, _, text = line.partition("\t")
        if label not in ("ham", "spam") or not text:
            raise SystemExit(f"{path}:{n}: expected ham|spam<TAB>text")
        out.append(Example(text, label == "spam", "en", "uci", label, f"uci:{n}"))
    return out


def fit(
    examples: list[Example],
    folded: list[str],
    params: Params = (SCAM_C, UCI_SPAM_WEIGHT, 0.0, 1.0, 1.0),
    counts: sp.csr_matrix | None = None,
) -> LinearModel:
    """Fit IDF, the scam head (``params`` = C, UCI spam weight, model offset, temperature: the head's weights are
    multiplied by it, and rule scale: stored with the model for the checker) and the Latin-language head on the
    given examples; ``counts`` are their summed ``raw_counts`` if the caller has them already."""
    if counts is None:
        counts = raw_counts(folded)
        counts.sum_duplicates()
    idf, x_full, cols, x = _features(counts)
    scam = _scam_head(examples, x, params)
    scam_coef = np.zeros(x_full.shape[1], dtype=np.float32)
    scam_coef[cols] = scam.coef_.ravel() * params[3]

    rng = np.random.default_rng(SEED)
    lang_rows = [i for i, e in enumerate(examples) if e.lang in LATIN_LANGS and e.source == "corpus"]
    uci_rows = [i for i, e in enumerate(examples) if e.source == "uci"]
    lang_rows += list(rng.choice(uci_rows, size=min(300, len(uci_rows)), replace=False)) if uci_rows else []
    lang = LogisticRegression(C=LANG_C, max_iter=2000)
    lang.fit(x[lang_rows], [examples[i].lang for i in lang_rows])
    lang_coef = np.zeros((len(lang.classes_), x_full.shape[1]), dtype=np.float32)
    lang_coef[:, cols] = lang.coef_
    return LinearModel(
        idf=idf,
        scam_coef=scam_coef,
        scam_intercept=float(scam.intercept_[0]) * params[3],
        lang_labels=tuple(str(c) for c in lang.classes_),
        lang_coef=sp.csr_matrix(lang_coef),
        lang_intercept=lang.intercept_.astype(np.float32),
        offset=params[2],
        rule_scale=params[4],
    )


def group_of(e: Example) -> str:
    return "en-uci" if e.source == "uci" else e.lang


def family_groups(examples: list[Example], folded: list[str], threshold: float = SIMILAR) -> np.ndarray:
    """Cross-validation group of each example: its paraphrase family, merged with every example of the same
    language whose TF-IDF cosine similarity to it reaches ``threshold`` (near-duplicates that nobody labelled
    as one family, e.g. in the older files without family ids or across files). Connected components."""
    parent = list(range(len(examples)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first: dict[str, int] = {}
    for i, e in enumerate(examples):
        key = f"{e.source}:{e.family}"
        union(i, first.setdefault(key, i))
    counts = raw_counts(folded)
    counts.sum_duplicates()
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1.0 + len(folded)) / (1.0 + df)) + 1.0).astype(np.float32)
    x = tfidf(counts, idf)
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        by_lang[e.lang].append(i)
    for idx in by_lang.values():
        rows = np.array(idx)
        xl = x[rows]
        for start in range(0, len(rows), 512):
            sim = (xl[start : start + 512] @ xl.T).tocoo()
            keep = (sim.data >= threshold) & (sim.row + start < sim.col)
            for a, b in zip(sim.row[keep] + start, sim.col[keep], strict=True):
                union(int(rows[a]), int(rows[b]))
    return np.array([find(i) for i in range(len(examples))])


def _features(
    counts: sp.csr_matrix,
) -> tuple[np.ndarray, sp.csr_matrix, np.ndarray, sp.csr_matrix]:
    """IDF of summed ``counts``, their TF-IDF matrix, the columns that occur, and the matrix cut to those."""
    n_docs = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = (np.log((1.0 + n_docs) / (1.0 + df)) + 1.0).astype(np.float32)
    idf[df == 0] = 1.0  # unseen features keep weight 1 and have zero coefficients anyway
    x_full = tfidf(counts, idf)
    # Fit in the space of features that occur (a few hundred thousand of 1.3 M hashed columns): same
    # solution, much faster; coefficients are scattered back to the full space afterwards.
    cols = np.unique(x_full.indices)
    return idf, x_full, cols, x_full[:, cols]


def _scam_head(examples: list[Example], x: sp.csr_matrix, params: Params) -> LogisticRegression:
    y = np.array([e.scam for e in examples])
    weights = np.array([CORPUS_WEIGHT if e.source == "corpus" else params[1] if e.scam else 1.0 for e in examples])
    scam = LogisticRegression(C=params[0], class_weight="balanced", solver="liblinear", max_iter=2000)
    scam.fit(x, y, sample_weight=weights)
    return scam


def _inner_logits(
    examples: list[Example], counts: sp.csr_matrix, held: sp.csr_matrix, pair: tuple[float, float]
) -> np.ndarray:
    """Log-odds of the scam head fitted on ``counts`` (with ``pair`` = C, UCI spam weight) for the rows ``held``:
    what ``fit(...).scam_logits`` gives at offset 0 and temperature 1, without the language head nobody reads
    during the choice of settings."""
    idf, _, cols, x = _features(counts)
    scam = _scam_head(examples, x, (*pair, 0.0, 1.0, 1.0))
    coef = scam.coef_.ravel().astype(np.float32)  # as ``fit`` stores it
    return np.asarray(tfidf(held, idf)[:, cols] @ coef, dtype=np.float64).ravel() + float(scam.intercept_[0])


def rule_logodds(examples: list[Example]) -> np.ndarray:
    """Log-odds of the rules-only checker per example. The full checker scales its rule part (this minus the bias)
    by the rule scale and adds the clipped, scaled model log-odds (``checker.combine``), so model settings can be
    compared without rerunning rules."""
    results = Checker(use_model=False).check_many([Item(Kind.MESSAGE, e.text) for e in examples])
    scores = np.clip(np.array([r.score for r in results]), 1e-12, 1 - 1e-12)
    return np.log(scores / (1 - scores))


def _flagged(rules: np.ndarray, model_logodds: np.ndarray) -> np.ndarray:
    """The full checker's verdicts (``checker.combine``) from the rule log-odds already scaled (``_scaled_rules``) and
    the model's log-odds with its offset and temperature applied."""
    return rules + MODEL_SCALE * np.clip(model_logodds, -MODEL_CLIP, MODEL_CLIP) >= 0.0


def _scaled_rules(base: np.ndarray, rule_scale: float) -> np.ndarray:
    """``rule_logodds`` with the rule part (all but the bias) multiplied by ``rule_scale``."""
    return MESSAGE_BIAS + rule_scale * (base - MESSAGE_BIAS)


def selection_cost(examples: list[Example], rows: np.ndarray, flagged: np.ndarray) -> float:
    """What inner cross-validation minimises: per language, 10 × FPR + miss rate (a false positive on a
    legitimate notice costs ten missed scams), and 20 × FPR on UCI ham (its bar is 0.5 %, not 1 %)."""
    cost = 0.0
    by_group: dict[str, list[int]] = defaultdict(list)
    for j, i in enumerate(rows):
        by_group[group_of(examples[i])].append(j)
    for g, js in by_group.items():
        y = np.array([examples[rows[j]].scam for j in js])
        f = flagged[js]
        fpr = float(f[~y].mean()) if (~y).any() else 0.0
        miss = float((~f[y]).mean()) if y.any() else 0.0
        cost += (20.0 if g == "en-uci" else 10.0) * fpr + miss
    return cost


def select_params(
    examples: list[Example],
    groups: np.ndarray,
    counts: sp.csr_matrix,
    base: np.ndarray,
    rows: np.ndarray,
    jobs: int = 1,
) -> Params:
    """Pick (C, UCI spam weight) from ``GRID``, the model offset from ``OFFSETS``, the temperature from
    ``TEMPERATURES`` and the rule scale from ``RULE_SCALES`` by grouped inner cross-validation on ``rows`` only
    (nested inside the outer folds, so the reported figures never saw the choice being made on their test fold).
    At equal cost the earlier entry wins (offset 0, temperature 1 and rule scale 1 first)."""
    rows = np.asarray(rows)
    strata = [f"{group_of(examples[i])}:{examples[i].scam}" for i in rows]
    inner = StratifiedGroupKFold(n_splits=INNER_FOLDS, shuffle=True, random_state=SEED + 1)
    splits = list(inner.split(rows, strata, groups[rows]))
    # The GRID × inner-fold fits are independent: run them ``jobs`` at a time (separate processes).
    fits = Parallel(n_jobs=jobs)(
        delayed(_inner_logits)([examples[i] for i in rows[tr]], counts[rows[tr]], counts[rows[va]], pair)
        for pair in GRID
        for tr, va in splits
    )
    best: tuple[float, Params] | None = None
    for p, pair in enumerate(GRID):
        logit = np.zeros(len(rows))
        for k, (_, va) in enumerate(splits):
            logit[va] = fits[p * len(splits) + k]
        for rule_scale in RULE_SCALES:
            rules = _scaled_rules(base[rows], rule_scale)
            for temperature in TEMPERATURES:
                for offset in OFFSETS:
                    cost = selection_cost(examples, rows, _flagged(rules, temperature * logit + offset))
                    if best is None or cost < best[0] - 1e-9:
                        best = (cost, (*pair, offset, temperature, rule_scale))
    assert best is not None
    return best[1]


def forward_rows(examples: list[Example]) -> np.ndarray:
    """Rows of each language's newest ``FORWARD_ROUNDS`` unread round files of the corpus (``<lang>_<n>.tsv`` with
    ``n`` not in ``READ_ROUNDS``; the former held-out sets, ``<lang>_h<n>.tsv``, are not rounds). Per language, because
    not every round covers every language."""
    number = {
        i: (e.lang, int(m.group(1)))
        for i, e in enumerate(examples)
        if (m := _ROUND_FILE.match(e.file)) and int(m.group(1)) not in READ_ROUNDS
    }
    rounds: dict[str, set[int]] = defaultdict(set)
    for lang, n in number.values():
        rounds[lang].add(n)
    newest = {(lang, n) for lang, ns in rounds.items() for n in sorted(ns)[-FORWARD_ROUNDS:]}
    return np.array([i for i, key in number.items() if key in newest], dtype=np.int64)


def select_lang_offsets(
    examples: list[Example], folded: list[str], counts: sp.csr_matrix, base: np.ndarray, params: Params
) -> dict[str, float]:
    """Per language, the addition from ``LANG_OFFSETS`` to the model offset that minimises ``selection_cost`` on the
    newest rounds (``forward_rows``) for a model fitted with ``params`` on everything else; ``base`` is
    ``rule_logodds(examples)``. At equal cost the smaller addition wins; languages that keep 0 are left out."""
    fwd = forward_rows(examples)
    if not len(fwd):
        return {}
    rest = np.setdiff1d(np.arange(len(examples)), fwd)
    model = fit([examples[i] for i in rest], [folded[i] for i in rest], params, counts[rest])
    logit = model.scam_logits(tfidf(counts[fwd], model.idf)) + params[2]
    rules = _scaled_rules(base[fwd], params[4])
    chosen: dict[str, float] = {}
    for lang in sorted({examples[i].lang for i in fwd}):
        sel = np.array([examples[i].lang == lang for i in fwd])
        costs = [selection_cost(examples, fwd[sel], _flagged(rules[sel], logit[sel] + add)) for add in LANG_OFFSETS]
        best = min(range(len(LANG_OFFSETS)), key=lambda k: (round(costs[k], 9), k))
        if LANG_OFFSETS[best]:
            chosen[lang] = LANG_OFFSETS[best]
    return chosen


def cross_validate(
    examples: list[Example],
    folded: list[str],
    folds: int,
    groups: np.ndarray,
    counts: sp.csr_matrix,
    base: np.ndarray,
    show_errors: int = 0,
    chosen: list[Params] | None = None,
    jobs: int = 1,
) -> dict[str, dict[str, float]]:
    """Out-of-fold verdicts of the full checker (and of rules alone and the model alone) per language.

    Folds are drawn by group (``family_groups``), so no paraphrase sits in the training fold of its sibling.
    Each outer fold picks its model settings by inner cross-validation on its own training part; the
    settings chosen are appended to ``chosen``. ``counts`` are the examples' summed ``raw_counts`` and ``base`` their
    ``rule_logodds``."""
    chosen = [] if chosen is None else chosen
    strata = [f"{group_of(e)}:{e.scam}" for e in examples]
    skf = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=SEED)
    flags = _Flags(len(examples))
    rules_checker = Checker(use_model=False)
    for k, (train, test) in enumerate(skf.split(folded, strata, groups), 1):
        params = select_params(examples, groups, counts, base, train, jobs)
        model = fit([examples[i] for i in train], [folded[i] for i in train], params, counts[train])
        flags.score(Checker(model=model), rules_checker, model, examples, folded, test)
        chosen.append(params)
        print(
            f"  fold {k}/{folds} done (C={params[0]}, UCI spam weight={params[1]}, model offset={params[2]}, "
            f"temperature={params[3]}, rule scale={params[4]})",
            file=sys.stderr,
        )
    if show_errors:
        for i, e in enumerate(examples):
            if flags.full[i] != e.scam and (e.source != "uci" or show_errors > 1):
                print(f"  {'MISS' if e.scam else 'FP  '} {group_of(e)} {e.family}: {e.text[:150]}")
    return flags.table(examples)


class _Flags:
    """Verdicts of the full checker, the rules alone and the model alone, per example."""

    def __init__(self, n: int) -> None:
        self.full = np.zeros(n, dtype=bool)
        self.rules = np.zeros(n, dtype=bool)
        self.model = np.zeros(n, dtype=bool)
        self.named = np.ones(n, dtype=bool)

    def score(
        self,
        checker: Checker,
        rules_checker: Checker,
        model: LinearModel,
        examples: list[Example],
        folded: list[str],
        rows: np.ndarray | list[int],
    ) -> None:
        items = [Item(Kind.MESSAGE, examples[i].text) for i in rows]
        full = checker.check_many(items)
        rules = rules_checker.check_many(items)
        logits = model.scam_logits(model.features([folded[i] for i in rows]))
        for j, i in enumerate(rows):
            self.full[i] = full[j].flagged
            self.named[i] = (not full[j].flagged) or bool(full[j].signals)
            self.rules[i] = rules[j].flagged
            self.model[i] = logits[j] > 0

    def table(self, examples: list[Example]) -> dict[str, dict[str, float]]:
        table: dict[str, dict[str, float]] = {}
        groups = defaultdict(list)
        for i, e in enumerate(examples):
            groups[group_of(e)].append(i)
        for g, idx in sorted(groups.items()):
            ix = np.array(idx)
            scam = np.array([examples[i].scam for i in idx])
            row: dict[str, float] = {"n_scam": float(scam.sum()), "n_legit": float((~scam).sum())}
            for name, flags in (("full", self.full), ("rules", self.rules), ("model", self.model)):
                f = flags[ix]
                row[f"{name}_recall"] = float(f[scam].mean()) if scam.any() else float("nan")
                row[f"{name}_fpr"] = float(f[~scam].mean()) if (~scam).any() else float("nan")
            row["flagged_without_signal"] = float((~self.named[ix]).sum())
            table[g] = row
        return table


def evaluate_heldout(model: LinearModel, heldout: list[Example]) -> dict[str, dict[str, float]]:
    """The shipped checker (model fitted on all training data) on the held-out files."""
    flags = _Flags(len(heldout))
    folded = [fold(e.text) for e in heldout]
    flags.score(Checker(model=model), Checker(use_model=False), model, heldout, folded, list(range(len(heldout))))
    return flags.table(heldout)


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    print(title)
    for g, r in table.items():
        print(
            f"{g:7s} scam={int(r['n_scam']):4d} legit={int(r['n_legit']):4d}  full recall={r['full_recall']:.3f} "
            f"fpr={r['full_fpr']:.3f}  rules {r['rules_recall']:.3f}/{r['rules_fpr']:.3f}  "
            f"model {r['model_recall']:.3f}/{r['model_fpr']:.3f}  unnamed={int(r['flagged_without_signal'])}"
        )


def _rows(table: dict[str, dict[str, float]]) -> list[str]:
    lines = [
        "| language | scam | legit | full recall | full FPR | rules recall | rules FPR | model recall | model FPR "
        "| flagged without a signal |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for g, r in table.items():
        lines.append(
            f"| {g} | {int(r['n_scam'])} | {int(r['n_legit'])} | {r['full_recall']:.3f} | {r['full_fpr']:.3f} | "
            f"{r['rules_recall']:.3f} | {r['rules_fpr']:.3f} | {r['model_recall']:.3f} | {r['model_fpr']:.3f} | "
            f"{int(r['flagged_without_signal'])} |"
        )
    return lines


def write_card(
    table: dict[str, dict[str, float]],
    held_tables: dict[str, dict[str, dict[str, float]]],
    inputs: dict[str, str],
    counts: Counter[str],
    folds: int,
    n_groups: int,
    model_sha: str,
    chosen: list[Params],
    params: Params,
    lang_offsets: dict[str, float],
) -> str:
    lines = [
        "# Model card: TrustDesk scam-signal model",
        "",
        f"Trained {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} with scikit-learn {sklearn.__version__}, "
        f"numpy {np.__version__}, Python {platform.python_version()}. Retrain with "
        "`python -m trustdesk.scamcheck.engine.training.train` (reads the UCI file from `../shared/data/scam/`).",
        "",
        f"Model file `model.npz` sha256 `{model_sha}`.",
        "",
        "## What it is",
        "",
        "Hashed character 2–5-grams and word 1–2-grams of the *folded* text (NFKC, no "
        "diacritics, Simplified Chinese, de-leeted; see `normalize.py`) plus the *shape* of every word with digits "
        "(each digit as 9: a premium number, a five-digit short code or a price in pence is one feature, not one "
        "unique literal), TF-IDF with a count-weighted row norm, and two logistic "
        f"regressions: scam vs. legitimate (C={params[0]}, balanced classes, hand-written examples weighted "
        f"{CORPUS_WEIGHT}×, UCI spam lines weighted {params[1]}×) and a language head over "
        f"{', '.join(LATIN_LANGS)} (C={LANG_C}) used by language "
        f"identification to break ties. The scam head's log-odds are multiplied by a temperature ({params[3]}; the "
        f"shipped weights carry it). The checker adds those log-odds plus an offset ({params[2]}), "
        f"×{MODEL_SCALE} and clipped to ±{MODEL_CLIP}, to the hand-set rule-signal weights times a rule scale "
        f"({params[4]}) and a bias of "
        f"{MESSAGE_BIAS}; without any rule signal a message is flagged at fitted log-odds ≥ "
        f"{(-MESSAGE_BIAS / MODEL_SCALE - params[2]) / params[3]:.2f}. C and the UCI spam weight (from {list(GRID)}), "
        f"the offset (from {list(OFFSETS)}), the temperature (from {list(TEMPERATURES)}) and the rule scale (from "
        f"{list(RULE_SCALES)}) are picked together by "
        f"{INNER_FOLDS}-fold grouped inner cross-validation, "
        "which minimises, summed over the languages, 10 × FPR + miss rate (20 × FPR on UCI ham); the figures "
        "below are nested (each outer fold chooses on its own training part). "
        "On top of that offset, a message identified as one of some languages gets a per-language addition "
        f"({lang_offsets or 'none'}, from {list(LANG_OFFSETS)}), chosen by forward validation: the newest "
        f"{FORWARD_ROUNDS} round files of each language in the corpus whose errors were never read to write rules "
        "(rules fitted to a round hide the false positives an offset adds; `READ_ROUNDS` lists the others), each "
        "written blind after everything before it, are held apart, a model is fitted on the rest with the settings "
        "above, and each language takes the addition "
        "that minimises its own 10 × FPR + miss rate on them (cross-validation mixes old and new rounds and cannot "
        "see that recall on messages written later falls below its cross-validated figure, more in some "
        "languages than in others). The cross-validated figures below are without these additions; the held-out "
        "figures are of the shipped model, with them. "
        "The model alone never decides a verdict without that combination, and a message flagged with no rule "
        "signal names the words that weighed most (`scam_wording`). A payment "
        "request, a locked-card notice or a late fee whose only route is the provider's own app (\"pay in the "
        'My Viettel app", "bayar melalui aplikasi", "通过…APP缴费"), a branch or counter in person, or an '
        "automatic debit (or names the bank's own late or overdraft fee as the reason to keep a balance), "
        "and that comes with no link, number, e-mail, chat or app-install request and no code, "
        "password, legal threat, prize or investment wording, is shown but not weighed: that is a reminder or a "
        "card notice, not a demand (`checker.py`, `lexicon.OFFICIAL_CHANNEL`, `lexicon.LATE_FEE`). The same "
        "holds for the number on the back of the card, a traffic fine paid through the authority's own app or "
        "platform, a top-up of the user's own prepaid balance, and a colleague's payment whose payee comes from "
        "the company's contract, invoice or approval system (not when urgent or to a new or changed account; "
        "`lexicon.INTERNAL_RECORD`). With no route either, an authority's anti-fraud advice (\"officials never "
        'ask…", `lexicon.ADVISORY`) does not weigh the threat it names, and an "if it wasn\'t you" notice '
        '(`lexicon.NOT_YOU`) does not weigh its urgency or lock wording. An amount ("Rp 3.450.000") is not '
        "taken for a phone number there. A message whose only route is a link to the provider's own site (not a "
        "chat or social platform) and that has no weighed rule signal is not flagged on wording alone. A message "
        "with a premium-rate number or paid SMS service, or a look-alike of an official domain or account, is at "
        "least `suspicious`, whatever the model says and however the rules are scaled (shared-cost numbers are "
        "weighed, not floored). A link to a host no bank, carrier, courier or government uses (a heavily abused "
        "top-level domain, free site hosting, a name built from lure words) is the `suspicious_link_domain` signal, "
        "weighed like a URL shortener. A provider's notice whose only signals are about its number, with no link "
        "or e-mail, whose every number is a company line (landline, toll-free, shared-cost) and that does not say "
        "to call it now, shows that the number is not in the directory but does not weigh it (a shared-cost "
        "number still weighs as such; a mobile number given as a hotline stays weighed), and a number labelled as a "
        "reference, transaction or order number is not read as a phone number.",
        "",
        "Intended use: triage of messages shown to employees, with the rule signals as the explanation. "
        "Not for: automatic blocking without a human, or languages other than the seven product languages.",
        "",
        "## Data (training and held-out)",
        "",
        "| input | sha256 | messages |",
        "|---|---|---|",
    ]
    for name, digest in inputs.items():
        lines.append(f"| `{name}` | `{digest}` | {counts[name]} |")
    sizes = [int(r["n_scam"] + r["n_legit"]) for g, r in table.items() if g != "en-uci"]
    held_total = sum(int(r["n_scam"] + r["n_legit"]) for t in held_tables.values() for r in t.values())
    held_sections: list[str] = []
    for name, held_table in held_tables.items():
        files = "heldout/<lang>.tsv" if name == "1" else f"heldout/<lang>_{name}.tsv"
        held_sections += [f"### Set {name} (`{files}`)", "", *_rows(held_table), ""]
    lines += [
        "",
        "* `corpus/*.tsv`: scam and legitimate messages written for this project in English, Vietnamese "
        "(with and without diacritics), Chinese (Simplified and Traditional), Thai, Indonesian, Malay and Arabic: "
        "OTP-theft, remote-access, paid-upgrade, account-lock, legal-threat, prize, investment and look-alike-link "
        "scams; real-style OTP deliveries, bank and carrier notifications, deliveries, work and personal messages, "
        "promotions. Licence: the project's licence.",
        "* `uci_sms_train.tsv`: a deduplicated 80 % split of the SMS Spam Collection v.1 — T. A. Almeida, "
        "J. M. Gómez Hidalgo, A. Yamakami, *Contributions to the Study of SMS Spam Filtering: New Collection and "
        "Results*, DocEng 2011; UCI Machine Learning Repository, DOI 10.24432/C5CC84; **licensed CC BY 4.0**. "
        "English SMS from about 2010; its spam is mostly premium-rate prize and ringtone spam.",
        "",
        f"## Cross-validated results ({folds}-fold, grouped by paraphrase family)",
        "",
        "Reproduce with `python -m trustdesk.scamcheck.engine.training.train --no-write` (same seed, same folds; "
        "`--errors` lists the out-of-fold mistakes). Folds are drawn with `StratifiedGroupKFold` (stratified by "
        "language and label): every corpus line carries a paraphrase-family id (4th column; lines without one are "
        "their own family), and families are further merged with every message of the same language whose TF-IDF "
        f"cosine similarity reaches {SIMILAR} (near-duplicates nobody labelled, also among the UCI lines), which "
        f"gives {n_groups} groups. A paraphrase therefore never sits in the training fold of its sibling.",
        "",
        "Recall = share of scam messages flagged (verdict `suspicious` or `scam`); FPR = share of legitimate "
        "messages flagged. *full* = the shipped checker (rules + model retrained on the training folds); "
        "*rules* = rule signals alone; *model* = model alone at log-odds 0.",
        "",
        *_rows(table),
        "",
        "## Held-out files",
        "",
        "`heldout/*.tsv` (20 to 40 scam and 20 to 60 legitimate messages per language and set) were written and "
        "committed before the checker was run on them, and are never trained on (the loader reads training data "
        "from `corpus/` only). Scored with the shipped model (trained on all the training data above), one "
        "table per set: each later set was written after the earlier ones had been scored, so the newest set is "
        "the least used. They are few: one message is 5 % of a column.",
        "",
        *held_sections,
        "## Limits (read before trusting the figures)",
        "",
        f"* The hand-written corpus is still small ({min(sizes)}–{max(sizes)} messages per language, {sum(sizes)} "
        f"in all, plus {held_total} held out), written by the team, not collected from victims: real messages "
        "are more varied, and per-language figures have wide confidence intervals (one false positive among "
        "120 legitimate messages is 0.8 %; among the 20 held-out ones, 5 %).",
        "* The rule lexicon was written by people who had read the corpus, and the patterns added with the "
        '`*_5.tsv` and `*_6.tsv` files (code read-back to a courier, transfers of all the money or to "this '
        'account", '
        "utilities cut off, trading groups and task top-ups, the premium-SMS cues, wrong-PIN and gate-code "
        "exceptions, fees already debited, ultimatums, the branch, auto-debit, late-fee and lost-card cues, and "
        'the Vietnamese negation fix: "chớ" folds to the everyday "cho") were written after '
        "reading those files' out-of-fold errors, "
        'and the exception for a code given to type in ("enter code 902118 to confirm the payee" is a delivery, '
        '"send me the code 640213" stays a request) was written after reading an out-of-fold false positive, '
        "and the UCI misses, so the *rules* and *full* columns are not blind; real unseen messages will score "
        "lower. The `*_7.tsv` files were written after all of that by an engineer who did not run the checker "
        "on them; after their first cross-validation, their out-of-fold false positives were read and these "
        "causes fixed: an Arabic wrong-PIN notice (خطأ), an Indonesian fee 'tetap dipotong' (a statement), a "
        "code given with 'is/là' (a delivery), an opt-out keyword to a short code ('Reply STOP to 60777') "
        "counted as premium SMS, and a folding bug that had made the two-weak-cues premium pattern match only "
        "cues separated by whitespace. So the `*_7` rows are no longer blind either. A second round on the "
        'same out-of-fold and rules-only false positives added: anti-fraud advice with no route, "if it '
        "wasn't you\" notices with no route, payees from the company's contract, invoice or approval system, "
        "the number on the back of the card, links to the provider's own site, any branch, the Absher "
        "platform, traffic fines, own-balance "
        "top-ups, amounts that are not phone numbers, request windows that stop at a sentence end, transfers "
        "already made, the Vietnamese payment-request form (\"gửi đề nghị thanh toán\"), 'untuk' after a code, "
        "fees that 'may be charged' and the Thai accounting department (ฝ่ายบัญชี). Each is a class of "
        "message, tested with a scam counterpart, but each was found by reading these corpus errors, so the "
        "*rules* and *full* FPR columns now flatter the checker more than before. "
        "The *model* column is properly out-of-fold. The held-out files are the least biased figures "
        "here: every training run prints their per-language totals, but no rule, setting or data file was "
        "changed because of them and their individual errors were not inspected.",
        "* **Blind at arrival** — the closest thing here to real unseen messages: the `*_8.tsv` files (891 "
        "messages, about 80 legitimate + 40 scam per language, written by engineers who had not seen the checker's "
        "errors) were scored by the checker as it then stood (model `2a3cdafc…`, trained without them, and the "
        "rules before the fixes below) before anyone read them: recall / FPR ar 0.878 / 1.2 %, en 0.963 / 1.9 %, "
        "id 0.925 / 2.5 %, ms 0.950 / 3.8 %, th 1.000 / 2.5 %, vi 0.881 / 2.5 %, zh 0.805 / 0.0 %; in all 273 of "
        "298 scams flagged (0.916) and 12 of 593 legitimate messages flagged (2.0 %). That is worse than the "
        "cross-validated columns above and is the better guide to real messages: most of those false positives "
        "came from rule signals firing on legitimate wording, not from the model. After that measurement their "
        "errors were read and fixed as classes (next point), so those rows are not blind any more.",
        "* The `*_8` to `*_11.tsv` files (written blind, 3,630 messages) were each measured on arrival (the *_8 "
        "figures above; *_9: recall 0.795, FPR 2.1 %; *_10: 0.844, 1.5 %; *_11, whose legitimate lines were written "
        "to be hard: 0.881, 4.8 %) and their errors were then read and fixed as classes, each tested with a scam "
        "counterpart that still flags: notices whose only route is the provider's own app, branch, portal, counter "
        "or card number; court hearings, expiring points and planned water or power cuts on official routes; "
        "confirmations and deliveries of a payment or its code; anti-fraud advice, 'if it wasn't you' notices with "
        "the bank's advice, warnings that describe an impostor, scams quoted by the person who received them; "
        "access and staff cards; prizes collected in person with ID or a receipt; impersonation of a boss, a boss's "
        "secretary or a relative on a new or borrowed account; mistaken-transfer refunds and fees into a person's "
        "own account or a phone number's e-wallet; pyramid, dropship and order-brushing jobs; advance payments "
        "(rental deposits from an absent owner, guaranteed tickets, job training and loan fees); attached HTML "
        "pages and QR codes that lead to a login; 'reply with the code' and 'give our staff the code'; support "
        "desks on chat apps; gift-card codes sent back; premium SMS priced beside a number or short code in every "
        "language (and no longer shop footers); look-alikes of well-known couriers, banks, carriers and apps "
        "outside the official directory (a separate reference list, not official entries); Vietnamese 1900 "
        "numbers as shared-cost. So the *rules* and *full* columns are not blind for these rows either; the "
        "held-out sets remain the unbiased figures.",
        "* The `*_12.tsv` files (840 messages, 50 scam + 70 legitimate per language, many legitimate lines written "
        "to be hard) were scored on arrival by the checker of the time (model `a52c16b7…`, trained without them): "
        "recall 300/350 = 0.857, FPR 17/490 = 3.5 %; held-out set 5 was written with them. Their errors were then read "
        "and fixed as classes, each tested with a legitimate form and a scam counterpart: links to hosts no bank, "
        "carrier, courier or government uses (a heavily abused TLD, free site hosting, a name built from lure words: "
        "the `suspicious_link_domain` signal), look-alikes read in the host's own letter case (`dhI-express`), a "
        "digit passing for a letter inside a brand name, real country domains of global brands and more reference "
        "brands of the seven regions; government-only suffixes as official links; scams retold by someone who hung "
        "up; court, tax and bill notices through the provider's own portal, app or post office; named-fraud "
        "warnings and news items; words that only look like a cue (Vietnamese 'mã số thuế', 'nội dung', Thai "
        "'ของ', Chinese '无需您先付款'); a new number that counts only with what it is for; a provider's landline "
        "given as the alternative to its app or branch; and on the scam side the code that 'will reach you' asked "
        "back, a boss's urgent payment to a new account while unreachable, relatives and old classmates asking to "
        "advance money, class fees by QR, task and stock-signal groups, wrong-number openers, pre-IPO offers, "
        "illegal lenders' threats to message every contact, the bank 'courier' collecting the card with its PIN, "
        "donations and ticket deposits into a person's account, content subscriptions already charged, satellite "
        "and international premium ranges (+881, +882, +883, +979), replies with personal data to 106 numbers. So "
        "the `*_12` rows are not blind any more.",
        "* The `*_13.tsv` files (770 messages, 45 scam + 65 legitimate per language) were written blind at the same "
        "time as `*_12` and kept out of the repository until those fixes were done, to measure them on arrival. "
        "With the rules as they stood before the fixes and the previous model: recall 279/315 = 0.886, FPR 17/455 = "
        "3.7 %; the same rules with a model retrained on the corpus including `*_12` (settings by the inner "
        "cross-validation, which chose rule scale 0.55): 0.886, 8/455 = 1.8 %; after the fixes (rule scale 0.7 "
        "chosen): 286/315 = 0.908, 7/455 = 1.5 % (ar 0.911 / 1.5 %, en 0.911 / 1.5 %, id 0.889 / 3.1 %, ms 0.956 / "
        "1.5 %, th 0.933 / 1.5 %, vi 0.867 / 1.5 %, zh 0.889 / 0.0 %). The rules alone on them went from 0.730 / "
        "15.8 % to 0.851 / 13.4 %: on new hard legitimate wording they still fire far more often than on the "
        "corpus, which is why their weight is now chosen against the model. Then they were added to the corpus.",
        "* The `*_14.tsv` files (840 messages, 50 scam + 70 legitimate per language) and held-out set 6 were "
        "written blind at the start of the next stop and scored on arrival by the shipped checker of the time "
        "(model `34033215…`): round 14 recall 293/350 = 0.837 (zh 0.680, id 0.780, ar 0.820), FPR 6/490 = 1.2 %; "
        "rules alone 0.709 / 9.8 %; held-out set 6: 180/210 = 0.857 (zh 0.733), 1/210. Round 14's errors were then "
        "read and fixed as classes, each tested with a legitimate form and a scam counterpart: digits 'that came to "
        "your phone' asked back (friends logged out of a chat app, votes, refunds, buyers' TACs, Taglish "
        "'pa-forward'), sign-in pushes announced to be approved, a code announced to be told to the caller, "
        "Moroccan Darija in both scripts, a friend or relative on a new or stolen account borrowing or buying cards "
        "(serials photographed), a boss in a meeting buying gift cards, a payee who 'changed the account', "
        "relatives held by the police freed by a transfer, travel bans with an officer's own number, full payment "
        "before shipping, deposits to a relative's account, COD couriers' own accounts, parcel and locker fees by "
        "card after a QR, ID number and birth date by reply, card expiry with the back digits, saving circles, "
        "paid verification ticks, donations to a person's account, review and task jobs paid by the day, premium "
        "chat lines, keyword-to-short-code services and 1900 numbers priced per minute; on the legitimate side, "
        "warnings about .apk invitations, a bank's draw credited to the account, a supermarket's draw through its "
        "own app, reference numbers, provider notices with their company hotline. Links written into Chinese or "
        "Thai text without spaces are now read as links. So the `*_14` rows are not blind any more.",
        "* Held-out set 7 (`heldout/*_7.tsv`, 700 messages, 40 scam + 60 legitimate per language) was written blind "
        "at the same time as `*_14` and kept out of the repository until those fixes were done; its errors were "
        "not read. On arrival, with the checker before the fixes: recall 243/280 = "
        "0.868, FPR 7/420 = 1.7 % (rules alone 0.782 / 10.0 %); with this model and these rules, see its table "
        "above.",
        "* The `*_15.tsv` files (840 messages, 50 scam + 70 legitimate per language, legitimate lines written to be "
        "hard) and held-out sets 8 and 9 were written blind at the start of the next stop and scored on arrival by "
        "the shipped checker of the time (model `5485d27f…`): round 15 recall 307/350 = 0.877, FPR 16/490 = 3.3 % "
        "(rules alone 0.754 / 9.2 %); set 8: 192/210 = 0.914, 9/210 = 4.3 %; set 9: 231/280 = 0.825, 15/420 = 3.6 %. "
        "Round 15's errors were then read and fixed as classes, each tested with a legitimate form and a scam "
        "counterpart: anti-scam warnings that quote or describe the scam (quoted wording, 'real police never…', a "
        "negation over a list joined by 'or', advice after a secret was already given), remote support arranged "
        "inside the company (a ticket, the company's tool, the writer's own broken VPN), gift cards the company "
        "bought, courier duties paid on the courier's own site; on the scam side codes the system 'will send' to be "
        "told to a rider, risk-control desks asking for the code just received, cashable medical-insurance balances, "
        "'+V' chat ids and bank managers on personal WeChat, platform loopholes, donations by QR or link, bills paid "
        "in a QR group, 代付 from a borrowed phone, domain renewals and supplier account changes by transfer, loan "
        "collectors' threats to spread ID photos, vouchers for sharing to groups, online arisan slots, token "
        "presales, keyword services priced per days, overseas job fees, marketplace codes asked by a buyer, QR codes "
        "'to receive money' that ask for a PIN, extreme deposit-certificate returns, Arabizi prizes and codes, SIM-"
        "replacement notices with a mobile number to call, wrong-number openers that turn to trading, rent to a new "
        "account, same-day moneylenders, school fees changed to a QR, charity to a mother's account, marketplace "
        "upgrade fees, shippers' own accounts, loan 'reference persons', unrequested paid plans with a 1900 number, "
        "100 % deposits, a Thai reply with the ID number. So the `*_15` rows are not blind any more; set 8 was in the"
        " repository during the fixes but its errors were not read, and set 9 was kept out of it until the fixes and "
        "this retrain were done.",
        "* Held-out sets 1 to 8 (3,220 messages), whose figures had been reported while they were held out and "
        "whose errors were never read, were then moved into the corpus as training data (`corpus/<lang>_h<n>.tsv`; "
        "a set moved out of `heldout/` is never moved back): the newer sets are the blind measure. A single fit "
        "with the previous settings on the corpus plus those sets and round 16, the rules unchanged, already "
        "raised set 9 from 235/280 to 243/280 (FPR 9/420 both), set 10 from 193/210 to 201/210 (FPR 8 → 5 of "
        "210) and set 11 from 230/280 to 235/280 (FPR 10 → 8 of 420).",
        "* The `*_16.tsv` files (840 messages, 50 scam + 70 legitimate per language) and held-out sets 10 (30 + 30 "
        "per language) and 11 (40 + 60) were written blind at the start of the next stop and scored on arrival by "
        "the shipped checker of the time (model `36b6be06…`): round 16 recall 294/350 = 0.840, FPR 10/490 = 2.0 % "
        "(rules alone 0.726 / 7.3 %); set 10: 193/210 = 0.919, 8/210 = 3.8 % (rules alone 0.767 / 8.6 %); set 11: "
        "230/280 = 0.821, 10/420 = 2.4 % (rules alone 0.689 / 7.6 %). Round 16's errors were then read and fixed as "
        "classes, each tested with a legitimate form and a scam counterpart: on the legitimate side, warnings that "
        "list remote-access apps or describe what an impostor asks (in Thai a "
        "sentence whose subject is the scammer), a quoted title of a message the readers received, codes the message "
        "gives itself, a Public Bank PAC, the writer's own prize or new number, remote support handed back, through "
        "the company's ticketing system, into a server or with the writer's own AnyDesk ID, a traffic violation's "
        "number, an Arabic give-verb only at the start of a word, a shared meal's share; on the scam side a boss's new "
        "number with an order of secrecy, bans stated without a subject, strangers who teach trading, periodic or "
        "'never lost' returns, loans whatever the credit record or with a fee or deposit first, transfer services, "
        "alms or donations to a private account, Nafath approvals 'to cancel', codes 'you will receive' to be told "
        "to a caller or typed into a vote page, the SIM serial, WhatsApp linked-device QRs, QR codes 'to receive' "
        "money, stranded travellers, refunds at an ATM, 'the old agent has left, pay this account', debt collectors "
        "at the house or shaming to contacts, calls 'transferred to the police', 'press 9', eSIM moves, chat-app "
        "customer-service ids, 'tolong tf', IPO and per-video jobs. Separately: a negation reaches only its own "
        "clause (a comma and a new request end it; in Thai a space and a request word), Arabizi is read as Arabic "
        "and the Indonesian 'gak' no longer negates it, 33 Malay-only words for language id, Egyptian banks and "
        "carriers, charities, US carriers and tsel.me in the directory, Thai- and Han-script domains read as links, "
        "and a per-minute price alone is no premium-rate number. So the `*_16` rows "
        "are not blind any more; set 10 was in the repository during the fixes but its errors were not read, and "
        "set 11 was kept out of it until the fixes and this retrain were done.",
        "* Held-out sets 9 and 10 (490 messages), reported while held out and their errors never read, moved into "
        "the corpus as training data (`<lang>_h9.tsv`, `<lang>_h10.tsv`). The `*_17.tsv` files (840 messages) and "
        "held-out sets 12 (30 + 30 per language) and 13 (40 + 60) were written blind at the start of the next stop "
        "and scored on arrival by the shipped checker of the time (model `86200639…`): round 17 308/350 = 0.880, "
        "FPR 9/490 = 1.8 % (rules alone 0.723 / 6.7 %); set 12: 195/210 = 0.929, 8/210 = 3.8 % (rules alone "
        "0.729 / 11.4 %); set 13: 238/280 = 0.850, 13/420 = 3.1 % (rules alone 0.675 / 7.4 %). Rounds 18 (1,049 "
        "messages), 19 (990) and 20 (Chinese and Arabic only, 299), training data written blind the same way, were "
        "scored on arrival too: 366/420 = 0.871 and 13/629 = 2.1 %; 347/400 = 0.868 and 5/590 = 0.8 %; 103/140 = "
        "0.736 and 2/159 = 1.3 %; in every one of these rounds Chinese recall was the lowest (0.714 to 0.780), "
        "Arabic next. Round 17's errors were then read and fixed as classes: on the legitimate side remote support "
        "arranged inside the company (a ticket number, the writer's extension, the writer beside the reader, a free "
        "tool replaced by the licensed one, a third party handing the reader an ID), a warning that the writer's "
        "account was stolen, carrier 'if you did not request it' notices, public prize draws, meeting IDs; on the "
        "scam side money pleas with a promise to repay, job fees before the interview, rentals paid unseen, a "
        "supplier's new account, donations and customs duty paid to a person, fixed monthly returns, 'X became Y', "
        "refund QR codes, SIM replacements cancelled on an ordinary number, secret-admirer short codes, portal "
        "passwords, 'share the same' OTPs, a card's expiry and back digits, 'turn the phone off for two hours', "
        "deposits to unlock a withdrawal, a boss's payment order relayed, parcels left with the guard, quarantine "
        "and redelivery fees, flight compensation, loans without guarantor, jobs abroad without a work visa, "
        "guaranteed multiples. So the `*_17` rows are not blind any more; rounds 18 to 20 were not read (they are "
        "the forward-validation rounds of the per-language offsets), set 12 was in the repository during the fixes "
        "but its errors were not read, and set 13 was kept out of it until the fixes and this retrain were done.",
        "* Held-out sets 11 and 12 (1,120 messages), reported while held out and their errors never read, moved into "
        "the corpus as training data (`<lang>_h11.tsv`, `<lang>_h12.tsv`). Round 21 (`*_21.tsv`, 60 scams + 90 "
        "legitimate per language) and held-out sets 14 and 15 (40 + 60 each) were written blind at the start of the "
        "next stop and scored on arrival by the shipped checker of the time (model `719d9481…`): round 21 393/420 = "
        "0.936, FPR 3/630 = 0.5 % (rules alone 0.800 / 3.2 %); set 14 259/280 = 0.925, 3/420 = 0.7 % (rules alone "
        "0.696 / 2.4 %); set 15, kept outside the repository during the fixes, 246/280 = 0.879, 2/420 = 0.5 % (rules "
        "alone 0.664 / 3.8 %). Round 22 (`*_22.tsv`, 70 + 100 per language, asked for newer tactics and "
        "alarming-looking legitimate messages), training data written blind the same way and never read, scored "
        "447/490 = 0.912 and 9/700 = 1.3 % on arrival. Round 21's errors were then read and fixed as classes: "
        "code read-back and mistyped-number codes, IT staff asking for a password, SIM re-registration by ID photos "
        "in a chat, refunds by following the caller's steps in the bank app or by 'reverse transaction', giveaway "
        "shipping fees, home-job kit fees, pleas and new or borrowed phones that ask for money, donations to a phone "
        "number, duties paid into an officer's own account, gifts held at customs, contraband parcels with an "
        "officer to call, tax refunds at a link, QR codes replaced or scanned for a refund or voucher, linked-device "
        "takeovers, cooperative and pre-approved loans, guaranteed monthly returns and trading stories, romance "
        "personas at sea or in an army, dating matches moved to a messenger; on the legitimate side shop draws "
        "entered by spending, colleagues' remote help with office equipment, fees deducted from a payout, warnings "
        "about fake officials, traffic fines handled in the authority's app, cards locked after the holder's own "
        "wrong PINs, booking codes shown to staff, daily roaming prices, pay-at-pickup, platforms' own share links "
        "(maps.app.goo.gl), a new number or a courier's introduction with no ask, impostor messages retold, the "
        "writer's own transfer, an office payment-request form, insurance premiums in a reminder, fake messages "
        "shown as training examples, referral codes passed to a friend, prizes collected in person, planned "
        "maintenance; and the Arabic 'do' (قم) no longer matches inside 'number' (رقم). Known defects fixed: state "
        "energy companies, posts, e-wallets, the Saudi tax office and the Indonesian civil registry became official "
        "entries; short real names one plain letter away from a short brand (art.com, att.com) are no typos; "
        "Malaysian 600 / 1-600 lines are premium rate; a Vietnamese 'keep the phone off' order is no warning. So "
        "the `*_21` rows are not blind any more; round 22 was not read, set 14 was in the repository during the "
        "fixes but its errors were not read, and set 15 was kept out of it until the fixes were done.",
        "* After the retrain of that stop (model `3b4df96d…`), round 23 (`*_23.tsv`, 60 + 90 per language) and "
        "held-out set 16 (40 + 60) were written blind and scored on arrival by it: round 23 396/420 = 0.943, FPR "
        "3/630 = 0.5 % (rules alone 0.790 / 3.7 %); set 16 265/280 = 0.946, 5/420 = 1.2 % (rules alone 0.693 / "
        "6.0 %). Round 23's errors were then read and fixed as classes: codes relayed back (Cantonese and mixed "
        "wordings too, and a 'transaction by mistake' to cancel), loan release fees, QR codes scanned to receive "
        "money, arrests settled privately, customs fees to a courier's or a stranded writer's account, pleas and "
        "disaster appeals paid to a person's account or to a phone number, 'reply Y' subscriptions, far-away "
        "suitors promising to meet, SIM serial digits, credentials mailed to an address, money 'owed' claimed "
        "over LINE, fixed daily or monthly returns; on the legitimate side fine amnesties and late-fee clauses, "
        "warnings naming what a scammer does, authority warnings in Arabic and Chinese, top-up receipts and "
        "reminders, a deposit already received, Thai 'if anyone calls asking…' warnings. So the `*_23` rows are "
        "not blind; set 16 was in the repository during those fixes but its errors were not read. A first retrain "
        "after those fixes chose larger per-language offsets (en 0.5, vi 0.75, th 0.25) and flagged 12 of the 420 "
        "legitimate messages of set 13 instead of 6: its forward-validation rounds included rounds 21 and 23, "
        "whose false positives the rules had just been fitted to remove, which makes an offset look free. Forward "
        "validation now uses only rounds nobody read (`READ_ROUNDS`), and the shipped model was fitted after that "
        "change; since the change was prompted by a held-out figure, sets 13 to 16 are a little less blind for it.",
        "* Held-out sets 13 and 14, reported, moved into the corpus as training data (`<lang>_h13.tsv`, "
        "`<lang>_h14.tsv`). Round 24 (`*_24.tsv`, 60 scams + 90 legitimate per language) and held-out set 17 (40 + "
        "60; two English legitimate lines that repeated corpus lines word for word removed) were written blind at "
        "the start of the next stop and scored on arrival by the shipped checker of the time (model `d2a6dcff…`): "
        "round 24 404/420 = 0.962, FPR 10/630 = 1.6 % (rules alone 0.802 / 4.6 %); set 17 265/280 = 0.946, 7/418 = "
        "1.7 % (rules alone 0.786 / 5.0 %). Round 24's errors were then read and fixed as classes, and so were "
        "false-positive classes of the rounds already read: legitimate messages that name the provider's hotline "
        "(as the other route besides the app or branch, a shared-cost line in a promotion, a courier driver's "
        "mobile), ordinary payment talk (a bill split, money asked back by the lender, a child's school trip, a "
        "payment through the usual system, a bank's TAC inside its transfer notice), advisories that name what "
        "scammers say, remote-access warnings and office remote help, cards stopped at the holder's request, "
        "providers' own sites missing from the directory, Chinese 'no need to' negations, Thai institutional policy "
        "statements read further back; and scam classes: a new number or a borrowed phone then an ask (Cantonese "
        "too), supplier bank-detail changes, 'call this number to cancel the transaction', payments and donations "
        "to a personal payment handle (UPI ID, free-mail address, e-wallet number), booking deposits 'released to "
        "another guest', nickel or digital-gold returns, labour-export fees, eSIM QR codes, dialect code and "
        "password asks in Arabic. Classic UK premium-rate SMS classes (opt-out footers in text-speak, ringtone and "
        "chat-line services, quiz and keyword replies, free-handset and compensation lures) were written from the "
        "errors of the even-numbered UCI lines only; on the odd-numbered ones, never read, rules alone went from "
        "187/247 to 221/247 at 2/1,821 ham flagged either way (the model's UCI figures stay cross-validated on all "
        "lines). Two rules that never worked as written were mended (an f-string quantifier, an upper-case escape "
        "lower-cased by folding), and an order code or an e-mail's local part is no longer read as a link host. "
        "Rules alone on the whole corpus: recall 8,554 → 8,623 of 9,999 scams, legitimate flagged 392 → 218 of "
        "14,612 (2.7 % → 1.5 %). So the `*_24` rows are not blind; set 17 was in the repository during those fixes "
        "but its errors were not read.",
        "* Held-out sets 18 and 19 (40 + 60 per language each; one English legitimate line that repeated a corpus "
        "line removed) were written blind after those fixes, while this model was being fitted, and scored on "
        "arrival by it (model `0d5089ff…`), before anyone read them: 538/560 = 0.961, FPR 15/839 = 1.8 % (rules "
        "alone 0.780 / 4.5 %); per language recall / FPR ar 0.988 / 0.8 %, en 0.950 / 4.2 %, id 0.963 / 3.3 %, ms "
        "0.988 / 0.8 %, th 0.925 / 0.8 %, vi 0.963 / 0.8 %, zh 0.950 / 1.7 %. The checker shipped before this "
        "stop's fixes (model `d2a6dcff…`) scored 533/560 = 0.952 and 29/839 = 3.5 % on the same messages (English "
        "13/119). Held-out set 20 (40 + 60 per language), written the same way once this model was final, scored on "
        "arrival: 278/280 = 0.993, FPR 6/420 = 1.4 % (rules alone 0.850 / 5.2 %); the checker shipped before this "
        "stop's fixes 277/280, 11/420.",
        "* Round 25 (`*_25.tsv`, 60 scams + 90 legitimate per language) and held-out set 21 (40 + 60) were written "
        "blind at the start of the next stop and scored on arrival by the shipped checker of the time (model "
        "`0d5089ff…`): round 25 415/420 = 0.988, FPR 9/630 = 1.4 % (rules alone 0.852 / 5.4 %); set 21 277/280 = "
        "0.989, 11/420 = 2.6 % (rules alone 0.771 / 6.0 %; Vietnamese 4/60, Malay 3/60). Round 25's errors were then "
        "read and fixed as classes, with more false-positive classes of the rounds already read: brands' own "
        "short-link hosts (shope.ee, amzn.to, aka.ms …) listed as the brands' domains, advisories whose only number "
        "is the company line offered to check or report, warnings whose 'if someone asks you to … hang up / report "
        "it' describes the request, 'no one from our staff will ask', shop loyalty clubs read as premium-SMS cues, "
        "lock-outs after the holder's own failed log-ins, receipts and deposits already received, Singapore, "
        "Malaysian and North American numbering plans for English and Chinese messages that name those places, "
        "Chinese sentence ends around numbers, a code the service will send to the reader, a Chinese court's own "
        "notice, a carrier's top-up reminder, a Vietnamese call-back between people who know each other, bills that "
        "announce a cut after the due date, an ISP bill paying to the customer's own masked virtual account; and scam "
        "classes: the lost-phone parent opener pushed to WhatsApp, 'wrong number … are you in X too?', VIP investment "
        "clubs, credentials asked as a list, a code brought back to the writer (Cantonese too), a blocked card with "
        "only a number to call to reactivate it, dialect password and card-back asks, task pay per day, Nafath-number "
        "picks, secret transfers, gifts held for a customs fee, Thai fixed returns and LINE-ID hand-offs, Indonesian "
        "polite code asks and QR-plus-PIN voucher claims. Rules alone on the whole corpus (24,611 + 1,050 messages): "
        "recall 8,981 → 9,059 of 10,419 scams, legitimate flagged 252 → 162 of 15,242 (1.7 % → 1.1 %); UCI 481 of 522 "
        "either way, ham flagged 5 → 4 of 3,614 (the odd-numbered lines, never read: 221/247, 2/1,821 before and "
        "after). So the `*_25` rows are not blind; set 21 was in the repository during those fixes but its errors "
        "were not read.",
        "* Held-out set 22 (40 + 60 per language) was written blind during those fixes, kept outside the repository "
        "until this model was final and scored on arrival by it (model `c0983757…`), before anyone read it: 278/280 = "
        "0.993, FPR 6/420 = 1.4 % (rules alone 0.882 / 3.6 %); per language FPR ar, id, ms 0/60, th, zh 1/60, en, vi "
        "2/60; English recall 38/40, every other language 40/40. The checker shipped before this stop (model "
        "`0d5089ff…`) scored 279/280 and 7/420 on it.",
        "* Tried and not kept: a learned weight per rule signal (and per signal in the context of an official link "
        "or of no route) with the model's log-odds, fitted by logistic regression on the round files and UCI and "
        "tested on the former held-out sets with out-of-fold model log-odds: at the same recall (0.935) it flagged "
        "17 of 2,310 legitimate messages against 19 for the fixed weights × rule scale (bootstrap interval of the "
        "difference across zero), and fitted the other way round it was worse than the fixed weights; fitted with "
        "one common factor it gave a rule scale of 0.74, the shipped choice.",
        "* Settings (C, UCI spam weight, model offset, temperature, rule scale) chosen per outer fold by the nested "
        f"inner cross-validation: {chosen}; for the shipped model, on all the training data: {params}.",
        "* The UCI data is old English SMS; it teaches the model 2010-style prize spam, not support impersonation.",
        "* Legitimate bill reminders ask for payment and some bank notices mention blocked cards: the signals fire "
        "on them and the model is what keeps them below the threshold, except for notices that point only to the "
        "provider's own app, a branch or an automatic debit (see above). Colleague requests to pay a deposit to a "
        "hotel with no reference to the contract or invoice, family requests for small transfers, or a building "
        "notice that the door is locked at night, remain the hardest legitimate messages.",
        f"* English classic SMS spam (UCI): recall {table['en-uci']['full_recall']:.3f} at FPR "
        f"{table['en-uci']['full_fpr']:.3f} (product bar: recall ≥ 0.95 at ≤ 0.5 % FPR). Most out-of-fold misses "
        "carry no rule signal at all (2010-era marketing without a charge, short code or premium number: "
        "ringtone clubs, adult chat, quizzes, dating, jokes labelled spam), so only the model can catch them, "
        "and the model alone at log-odds 0 comes close to the recall bar on UCI (the *model* column) but flags "
        "several percent of the corpus's legitimate bank, carrier and colleague messages. A lower model "
        "threshold is therefore a trade between the two bars; it is not set by hand but chosen by the nested "
        "inner cross-validation (the offset above), whose cost weighs a corpus false positive far above a "
        "missed UCI spam. Tried and not kept, because out-of-fold they changed neither bar: per-language "
        "class balancing instead of global, a second model trained on UCI alone (it flags the corpus's "
        "legitimate notices), upper-case keyword and currency-amount features, and (out-of-fold, on this data) "
        "naive-Bayes-scaled features (NBSVM), a UCI-only model allowed to flag only messages the main model already "
        "leans towards, a learned stacking of the rule signals with the model's log-odds instead of the fixed "
        "weights, larger UCI spam weights (12, 20) and C from 1 to 16: each moved along the same trade-off "
        "(UCI recall up only with corpus false positives up), none reached both English bars. The corpus's "
        'legitimate shop promotions with an opt-out ("Reply STOP to unsubscribe") and the UCI\'s ringtone and '
        "club adverts are the same genre to the model.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--uci", type=Path, default=repo_root().parent / "shared" / "data" / "scam" / "uci_sms_train.tsv"
    )
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="fits run at once in the inner cross-validation"
    )
    parser.add_argument("--no-write", action="store_true", help="cross-validate only")
    parser.add_argument(
        "--errors", action="count", default=0, help="list out-of-fold errors (corpus; twice: UCI as well)"
    )
    args = parser.parse_args(argv)

    corpus = load_corpus()
    examples = list(corpus)
    inputs: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for path in sorted(CORPUS_DIR.glob("*.tsv")):
        inputs[f"corpus/{path.name}"] = sha256(path)
        counts[f"corpus/{path.name}"] = sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
    if args.uci.is_file():
        uci = load_uci(args.uci)
        examples += uci
        inputs[args.uci.name] = sha256(args.uci)
        counts[args.uci.name] = len(uci)
    else:
        print(f"warning: {args.uci} not found; training on the shipped corpus only", file=sys.stderr)
    folded = [fold(e.text) for e in examples]
    print(f"{len(examples)} examples ({sum(e.scam for e in examples)} scam)", file=sys.stderr)

    groups = family_groups(examples, folded)
    sizes = Counter(groups.tolist())
    print(
        f"{len(sizes)} cross-validation groups (paraphrase families and near-duplicates, cosine >= {SIMILAR}); "
        f"largest {max(sizes.values())}",
        file=sys.stderr,
    )
    counts_all = raw_counts(folded)
    counts_all.sum_duplicates()
    base = rule_logodds(examples)
    chosen: list[Params] = []
    table = cross_validate(examples, folded, args.folds, groups, counts_all, base, args.errors, chosen, args.jobs)
    print_table(f"cross-validated ({args.folds}-fold, grouped by family)", table)
    params = select_params(examples, groups, counts_all, base, np.arange(len(examples)), args.jobs)
    print(
        f"shipped model: C={params[0]}, UCI spam weight={params[1]}, model offset={params[2]}, "
        f"temperature={params[3]}, rule scale={params[4]} (inner cross-validation on all data)"
    )
    lang_offsets = select_lang_offsets(examples, folded, counts_all, base, params)
    print(f"per-language offset additions (forward validation on the newest rounds): {lang_offsets}")
    model = replace(fit(examples, folded, params, counts_all), lang_offsets=lang_offsets)
    held_tables = {name: evaluate_heldout(model, examples_) for name, examples_ in load_heldout_sets().items()}
    for name, held_table in held_tables.items():
        print_table(f"held-out set {name} (model trained on all training data)", held_table)
    if args.no_write:
        return 0
    model.save(MODEL_PATH)
    for path in sorted(HELDOUT_DIR.glob("*.tsv")):
        inputs[f"heldout/{path.name}"] = sha256(path)
        counts[f"heldout/{path.name}"] = sum(1 for line in path.read_text("utf-8").splitlines() if line.strip())
    card = write_card(
        table, held_tables, inputs, counts, args.folds, len(sizes), sha256(MODEL_PATH), chosen, params, lang_offsets
    )
    CARD_PATH.write_text(card, "utf-8")
    print(f"wrote {MODEL_PATH.name} and {CARD_PATH.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A second opinion for the safety check: a small text classifier.

Why: the reviewed rules (``detector.py``) catch what they were written for,
but every new author of a blind set found a new tail, worst for *indirect*
self-harm ("sorted my will out", "won't be around much longer"), which phrase
lists cannot enumerate (docs/safety.md). A classifier over word and letter
n-grams generalises from every labelled message the project holds (the
safety sets in ``messages/`` and the NLU training data) to wording nobody
listed.

What it may do: **only add the check-in line**, never the full danger or
self-harm reply, and never remove anything the rules found. So a wrong guess
costs one short "are you safe right now?" line (with Samaritans' number for
a self-harm guess) before the real answer; a miss by the rules that it
catches gets 999 and 116 123 in front of the person.

It is trained when first used (about two seconds; scikit-learn's logistic
regression, deterministic), from files in the repository, so there is no
model file to ship or go stale. Thresholds are chosen so that ordinary
messages rarely get the line (cross-validated figures in docs/safety.md).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.safety.normalise import normalise

HERE = Path(__file__).parent
MESSAGES = HERE / "messages"
NLU_DATA = HERE.parent.parent / "data" / "nlu"
# NLU intents that are themselves danger or self-harm (every other intent is
# an ordinary message).
NLU_DANGER = "immediate_danger"
NLU_SELF_HARM = "self_harm_risk"
# NLU files whose examples are answers inside a form or a mode (numbers, "yes",
# "skip"): not first messages, so not useful as ordinary examples.
NLU_SKIP = frozenset({"handover.yml", "incident_log.yml"})

# Probability above which the second opinion asks the check-in question.
# Chosen by leave-one-set-out cross-validation (docs/safety.md, "The second
# opinion"): the highest recall that keeps ordinary near-miss messages under
# about 5% check-ins from this source.
DANGER_THRESHOLD = 0.5
# Check-in rule ids (Assessment.check_in_rule_ids) when this module is why.
SECOND_OPINION_DANGER = "second_opinion_danger"
SECOND_OPINION_SELF_HARM = "second_opinion_self_harm"
SELF_HARM_THRESHOLD = 0.4


@dataclass(frozen=True)
class Opinion:
    """The classifier's probabilities for one message."""

    danger: float
    self_harm: float

    @property
    def possible_danger(self) -> bool:
        return self.danger >= DANGER_THRESHOLD

    @property
    def possible_self_harm(self) -> bool:
        return self.self_harm >= SELF_HARM_THRESHOLD


@dataclass(frozen=True)
class Labelled:
    """One labelled message: its words and whether it is danger / self-harm."""

    text: str
    danger: bool
    self_harm: bool
    source: str


def safety_sets(folder: Path = MESSAGES) -> list[Labelled]:
    """Every message in the safety sets, labelled by its section."""
    found: list[Labelled] = []
    for path in sorted(folder.glob("messages_*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section, danger, self_harm in (
            ("immediate_danger", True, False),
            ("self_harm", False, True),
            ("both", True, True),
            ("not_danger", False, False),
        ):
            found += [
                Labelled(str(t), danger, self_harm, path.name) for t in data.get(section) or []
            ]
    return found


def nlu_examples(folder: Path = NLU_DATA) -> list[Labelled]:
    """The NLU training examples: the safety intents as positives, the rest ordinary."""
    found: list[Labelled] = []
    for path in sorted(folder.glob("*.yml")):
        if path.name in NLU_SKIP:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            intent = block.get("intent")
            if not intent:
                continue
            for line in str(block.get("examples") or "").splitlines():
                text = line.strip().removeprefix("- ").strip()
                if text:
                    danger, self_harm = intent == NLU_DANGER, intent == NLU_SELF_HARM
                    found.append(Labelled(text, danger, self_harm, f"nlu:{path.name}"))
    return found


def _vectorisers() -> tuple[TfidfVectorizer, TfidfVectorizer]:
    # Words and word pairs carry meaning ("better off", "last time"); letter
    # groups inside words carry typos and forms ("tabletts", "overdosed").
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True)
    return words, letters


def _classifier() -> LogisticRegression:
    # Balanced: positives are a minority of the examples.
    return LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)


def _probability(model: LogisticRegression, row: sparse.csr_matrix) -> float:
    # The logistic function by hand: predict_proba's input checks cost more
    # than the sum itself for one short message.
    score = float((row @ model.coef_[0])[0] + model.intercept_[0])
    return 1.0 / (1.0 + math.exp(-score))


class SecondOpinion:
    """Two yes/no classifiers (danger, self-harm) over one set of features."""

    def __init__(self, examples: list[Labelled]) -> None:
        self._vectorisers = _vectorisers()
        texts = [normalise(e.text) for e in examples]
        matrix = sparse.hstack([v.fit_transform(texts) for v in self._vectorisers]).tocsr()
        self._danger = _classifier().fit(matrix, [e.danger for e in examples])
        self._self_harm = _classifier().fit(matrix, [e.self_harm for e in examples])

    def read(self, text: str) -> Opinion:
        words = [normalise(text)]
        row = sparse.hstack([v.transform(words) for v in self._vectorisers]).tocsr()
        return Opinion(
            danger=_probability(self._danger, row), self_harm=_probability(self._self_harm, row)
        )


_LOCK = threading.Lock()
_trained: SecondOpinion | None = None


def _shared() -> SecondOpinion:
    global _trained
    if _trained is None:
        with _LOCK:  # the Rasa server and the channels may ask at once
            if _trained is None:
                _trained = SecondOpinion(safety_sets() + nlu_examples())
    return _trained


@lru_cache(maxsize=32)
def second_opinion(text: str) -> Opinion:
    """The classifier's reading of ``text`` (trained on first use).

    Cached briefly: one message is checked by the NLU component, the profile
    extractor and the turn's net.
    """
    return _shared().read(text)

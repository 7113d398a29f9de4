"""The sentence encoder: the bundled model is checked before it is loaded, and it reads meaning."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from bot.components import sentence_meaning
from bot.components.sentence_meaning import UntrustedModelError, bundled_model_dir, encode


def test_paraphrases_are_closer_than_unrelated_sentences() -> None:
    # Pairs that share almost no words, against a sentence on another subject.
    vectors = encode(
        [
            "he keeps turning up at my work",
            "he waits for me outside the office every day",
            "my ex put a tracker on my car",
            "I think my former partner hid a GPS device in my vehicle",
            "what time does the library open on sundays",
        ]
    )
    assert np.linalg.norm(vectors, axis=1) == pytest.approx(1.0, abs=1e-5)
    similarity = vectors @ vectors.T
    assert similarity[0, 1] > similarity[0, 4] + 0.2
    assert similarity[2, 3] > similarity[2, 4] + 0.2
    assert similarity[0, 1] > similarity[0, 3]


def test_a_batch_gives_each_text_its_own_vector_in_order() -> None:
    # Batches are sorted by length inside encode(); the answer must not be.
    texts = ["a much longer message about being followed home from the station", "hi", "help"]
    batched = encode(texts, batch_size=2)
    one_by_one = np.vstack([encode([t]) for t in texts])
    assert batched == pytest.approx(one_by_one, abs=1e-4)


def _copy_with(tmp_path: Path, name: str, content: bytes | None) -> Path:
    """The bundled model folder, linked file by file, with one file replaced (or removed)."""
    source = bundled_model_dir()
    for file in sentence_meaning.UPSTREAM_SHA256:
        if file != name:
            os.symlink(source / file, tmp_path / file)
    if content is not None:
        (tmp_path / name).write_bytes(content)
    return tmp_path


def test_the_bundled_files_match_upstream() -> None:
    sentence_meaning.verify(bundled_model_dir())


def test_a_tampered_file_is_refused_before_anything_loads(tmp_path: Path) -> None:
    original = (bundled_model_dir() / "config.json").read_bytes()
    folder = _copy_with(tmp_path, "config.json", original.replace(b'"gelu"', b'"relu"'))
    with pytest.raises(UntrustedModelError, match=r"config\.json \(SHA-256 differs\)"):
        sentence_meaning.SentenceEncoder(folder)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    folder = _copy_with(tmp_path, "vocab.txt", None)
    with pytest.raises(UntrustedModelError, match=r"vocab\.txt \(missing\)"):
        sentence_meaning.encoder(folder)

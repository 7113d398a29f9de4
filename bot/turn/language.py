"""Is a message in another language? Then say plainly that the assistant reads English only.

The classifier is py3langid (langid.py's model, shipped inside the package: no
download at run time; about 0.1 ms a message). Short messages and English
text-speak fool any classifier ("cant talk hes downstairs" scores as French),
so a message counts as another language only when the classifier is sure and
few of its words are common English ones. The safety check still reads every
message first, so danger guidance is never held back by this.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The classifier must be at least this sure.
MIN_PROBABILITY = 0.98
# A message of fewer words is never judged ("ok", "im a man").
MIN_WORDS = 3
# The language shows in the opening; reading more only costs time (bounded work).
SAMPLE_CHARS = 1000
# Distinctly English words, including text-speak; short words shared with other
# languages ("a", "me", "in", "no", "on") are left out on purpose.
_ENGLISH = frozenset(
    "the my you your youre is are to and he she his her him it its of at for with what how "
    "can do does did not this that there they them we our was were be been have has had will "
    "would should could into from about who why when where please help hes shes cant dont wont "
    "i im ive pls plz u r ur got get now just today here tbh want need know".split()
)
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _identifier():
    # Loaded once, on first use (about 50 MB, 0.2 s), not at import.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)


def other_language(text: str) -> str | None:
    """The ISO 639-1 code of the message's language when it is surely not English, else None."""
    text = text[:SAMPLE_CHARS]
    words = _WORD.findall(text.lower().replace("'", "").replace("\u2019", ""))
    if len(words) < MIN_WORDS:
        return None
    if sum(word in _ENGLISH for word in words) >= max(1.0, 0.25 * len(words)):
        return None
    language, probability = _identifier().classify(text)
    if language == "en" or probability < MIN_PROBABILITY:
        return None
    return str(language)

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
# ... and English must be all but ruled out: short English lines about sounds and
# rooms ("can hear glass breaking downstairs") score as Dutch at 0.984, English 0.014.
MAX_ENGLISH_PROBABILITY = 0.01
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
def _place_words() -> frozenset[str]:
    """Words of the places people name here ("ellesmere", "port", "cheshire"): they
    read as French or Dutch to the classifier, and a message about where someone
    lives is no sign of another language (signposting/data/places.yml)."""
    from signposting.places import load_places

    names = (s for _, place in load_places().places for s in (place.name, *place.aliases))
    return frozenset(w for name in names for w in _WORD.findall(name.lower())) | {"cheshire"}


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
    places = _place_words()
    if sum(w in _ENGLISH or w in places for w in words) >= max(1.0, 0.25 * len(words)):
        return None
    ranked = _identifier().rank(text)
    language, probability = ranked[0]
    english = next((p for code, p in ranked if code == "en"), 0.0)
    if language == "en" or probability < MIN_PROBABILITY or english >= MAX_ENGLISH_PROBABILITY:
        return None
    return str(language)

"""Reading short answers: skip, that's all, don't save, yes, no, and when it happened."""

from __future__ import annotations

import datetime as dt
import re

from incident_log.conversation._state import Draft
from incident_log.extract import when_of


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, outer punctuation and extra spaces gone."""
    plain = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(plain.strip(' \t\n.!?,;:"()').split())


def asks_to_unlink(text: str) -> bool:
    """The whole message asks to unlink the phone ("unlink", "Unlink this phone.")."""
    return bool(_UNLINK.fullmatch(normalise(text)))


def _is(text: str, *words: str) -> bool:
    return normalise(text) in words


_SKIP = ("skip", "pass", "next", "dont know", "don't know", "not sure", "no idea", "skip it",
         "skip this", "rather not say", "i'd rather not say", "i dont know", "i don't know",
         "unsure", "n/a")  # fmt: skip
_FINISH = ("that's all", "thats all", "that is all", "finish", "finish now", "no more questions",
           "done", "i'm done", "im done", "enough", "finished", "no more")  # fmt: skip
_DISCARD = ("don't save", "dont save", "do not save", "never mind", "nevermind", "forget it",
            "not now", "exit", "cancel", "leave it", "don't save it", "dont save it",
            "discard", "bin it")  # fmt: skip
_YES = ("yes", "y", "yeah", "yep", "yup", "ok", "okay", "sure", "yes please", "please",
        "that's fine", "thats fine", "fine", "correct", "yes it is", "go ahead", "yes, that's ok",
        "yes that's ok", "yes thats ok", "that's ok", "thats ok")  # fmt: skip
_NO = ("no", "n", "nope", "nah", "no thanks", "not yet", "no i haven't", "no i havent",
       "no thank you", "not really", "no one", "nobody", "none", "nothing")  # fmt: skip
_DELETE_LOG = re.compile(
    r"\bdelete\b.*\b(?:whole|all|entire)?\s*(?:my|the)?\s*(?:log|notes|diary)\b(?!\s+entry)"
)
_STOP_SHARING = re.compile(r"\bstop\s+sharing\b|\bunshare\b|\bdon'?t\s+share\b")
_UNLINK = re.compile(r"unlink(?:\s+(?:this|my|the))?(?:\s+phone)?")


def _join(before: str, after: str) -> str:
    return f"{before}\n{after}" if before else after


def _answer_when(draft: Draft, question: str, answer: str, written: dt.datetime) -> None:
    if question == "time" and draft.occurred_at:
        said_time = when_of(answer, written)
        if said_time is not None and said_time.has_time:
            day = dt.datetime.fromisoformat(draft.occurred_at)
            moment = day.replace(hour=said_time.at.hour, minute=said_time.at.minute)
            draft.occurred_at = moment.isoformat()
            draft.approximate = draft.approximate or said_time.approximate
        draft.fields["when"] = _join_inline(draft.fields.get("when", ""), answer)
        return
    when = when_of(answer, written)
    draft.fields["when"] = answer
    if when is not None:
        draft.occurred_at = when.at.isoformat()
        draft.approximate = when.approximate
        if not when.has_time:
            draft.pending = "time"
            draft.asked = [q for q in draft.asked if q != "time"]


def _join_inline(before: str, after: str) -> str:
    return f"{before}, {after}" if before else after

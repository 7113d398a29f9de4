"""Understanding a message well enough to answer it, or saying honestly that we did not.

``suggestions``: when NLU confidence is low, which topics to offer as choices.
"""

from bot.understanding.suggestions import (
    FLOOR,
    MOST,
    NOT_OFFERED,
    SHOW_THE_OPTIONS,
    TOPIC_TITLES,
    Suggestion,
    suggest_topics,
    suggestion_buttons,
)

__all__ = [
    "FLOOR",
    "MOST",
    "NOT_OFFERED",
    "SHOW_THE_OPTIONS",
    "TOPIC_TITLES",
    "Suggestion",
    "suggest_topics",
    "suggestion_buttons",
]

"""The honest fallback: not sure what the person meant, so offer the likeliest topics.

data/rules/core.yml runs this on ``nlu_fallback``; a second misunderstanding
straight after it offers a person instead (data/rules/handover.yml keys on this
action's name). Which topics, if any, is decided by
``bot.understanding.suggest_topics``; with none, this says ``utter_default``,
word for word as before.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.safe_action import SafeAction
from bot.understanding.suggestions import suggest_topics, suggestion_buttons


class ActionSuggestTopics(SafeAction):
    """Says it is not sure, and offers up to two likely topics and the menu as buttons.

    On SMS the channel numbers the buttons (bot/channels/sms/options.py), so a
    reply of "1" or "2" picks a topic.
    """

    def name(self) -> str:
        return "action_suggest_topics"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        suggestions = suggest_topics(ranking)
        if suggestions:
            dispatcher.utter_message(
                response="utter_default_suggestions", buttons=suggestion_buttons(suggestions)
            )
        else:
            dispatcher.utter_message(response="utter_default")
        return []


__all__ = ["ActionSuggestTopics"]

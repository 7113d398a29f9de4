"""A form's reply to a question with options: its text, and asking again when it picks none.

A ``validate_<slot>`` gets the slot's value: on the web, the button's payload or
the typed words; on SMS, the numbered option's payload (bot/channels/sms/options.py)
or the text as sent. The orders questions (``orders_form.py``) and the handover
steps (``handover_steps.py``, ``handover_screening.py``) read it the same way:
the text, read by their own parser, and a reply that picks nothing is said to
be unclear and asked again.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher


def reply_text(value: Any) -> str:
    """The reply as text; anything else (a slot filled some other way) is no reply."""
    return value if isinstance(value, str) else ""


def ask_again(slot: str, dispatcher: CollectingDispatcher, **unclear: Any) -> dict[str, Any]:
    """Says the reply was not understood (``unclear``), and leaves ``slot`` empty.

    An empty slot is what makes the form ask the same question again.

    Args:
        slot: The slot the question fills.
        dispatcher: This turn's dispatcher.
        **unclear: The message to say, as ``utter_message`` takes it
            (``response=`` or ``text=``).
    """
    dispatcher.utter_message(**unclear)
    return {slot: None}


__all__ = ["ask_again", "reply_text"]

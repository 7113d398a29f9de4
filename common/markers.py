"""Signals an action sends back to the shared turn in a ``custom`` message.

An action cannot speak to the channel directly, so it dispatches
``{"custom": {MARKER: True}}``; the shared turn (bot/turn/) removes the
message before anyone sees it and acts on it.
"""

# The person confirmed "delete my data": delete the conversation after the turn.
FORGET = "forget_conversation"
# An action failed while its server was up: add the notice with 999 and helplines.
ACTION_FAILED = "action_failed"

ALL = (FORGET, ACTION_FAILED)

"""Names shared by the safety component, the safety policy and the domain."""

DANGER_INTENT = "immediate_danger"
SELF_HARM_INTENT = "self_harm_risk"

DANGER_RESPONSE = "utter_immediate_danger"
SELF_HARM_RESPONSE = "utter_self_harm_support"
# "Possible danger": one short line ("Are you safe right now?...") before the answer.
CHECK_IN_RESPONSE = "utter_safety_check_in"
# Entity SafetyGuard adds to a check-in message, so rules can see it.
CHECK_IN_ENTITY = "safety_check_in"

# Key the SafetyGuard adds to the parse data:
# {"immediate_danger", "self_harm", "check_in", "rules", "check_in_rules",
# "check_in_self_harm"}.
SAFETY_KEY = "safety"

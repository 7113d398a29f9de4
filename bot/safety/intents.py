"""Names shared by the safety component, the safety policy and the domain."""

DANGER_INTENT = "immediate_danger"
SELF_HARM_INTENT = "self_harm_risk"

DANGER_RESPONSE = "utter_immediate_danger"
SELF_HARM_RESPONSE = "utter_self_harm_support"

# Key the SafetyGuard adds to the parse data: {"immediate_danger", "self_harm", "rules"}.
SAFETY_KEY = "safety"

"""Rules for self-harm and suicide risk: the index.

Never muted by context: "I took my tablets an hour ago" is as urgent as
"now". Beyond direct words they cover the published warning signs:
hopelessness, no way out, being a burden, saying goodbye, putting affairs in
order, giving things away, researching methods or doses, stockpiling
medicines, ropes, being somewhere high. Self-harm with heavy bleeding also
gives the danger reply (999).

The rules live in four modules; rule ids never change when a rule moves:

- ``self_harm_said_rules.py``: what is said (suicide_words, wish_to_die,
  farewell).
- ``self_harm_means_rules.py``: means and acts (method_question,
  stockpiling, overdose, stopping_to_die, self_injury, water_or_height,
  self_harm_bleeding).
- ``self_harm_signs_rules.py``: indirect signs (leaving_soon, imagined_act,
  railway, wanting_it_over, affairs_settled).
- ``self_harm_quiet_rules.py``: quiet signs with no risk word (rehearsal,
  method_chosen, affairs_in_order, quiet_goodbye, death_as_the_end_of_it).

The phrase language is explained in danger_rules.py and rules.compile_phrase.
"""

from __future__ import annotations

from bot.safety.rules import Rule
from bot.safety.self_harm_means_rules import MEANS_RULES
from bot.safety.self_harm_quiet_rules import QUIET_RULES
from bot.safety.self_harm_said_rules import SAID_RULES
from bot.safety.self_harm_signs_rules import SIGNS_RULES

SELF_HARM_RULES: tuple[Rule, ...] = SAID_RULES + MEANS_RULES + SIGNS_RULES + QUIET_RULES

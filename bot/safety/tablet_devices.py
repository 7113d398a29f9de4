"""Tablets the devices, not the medicine (set M, session 11).

"Can someone track me through my Google account? We had the same one for the
kids' tablets" got the full self-harm reply: rule overdose read "had ... one
... tablets" as pills taken. A tablet named with a device word (an account, an
app, a screen, a brand, the kids') and with no medicine word anywhere in the
message is a device. Any medicine word, an amount taken or dying keeps the
self-harm reading (``self_harm_readings.ordinary_medicine`` asks this).
"Keeping tabs on" someone (spelt "keeping tablets on" by normalise.py) is
read here too.
"""

from __future__ import annotations

import re

_TABLET = re.compile(r"\btablets?\b")
# "apple i would": normalise.py spells "id" out as "I'd".
_DEVICE = re.compile(
    r"\b(?:ipads?|android|samsung|amazon fire|fire tablets?|kindle|google|apple (?:id|i would)|"
    r"icloud|accounts?|apps?|screen time|screens?|parental controls?|wi ?fi|charger|chargers|"
    r"bluetooth|location|logged in|log in|login|passwords?|games?|youtube|netflix|"
    r"(?:kids|children|childrens|kid s|son s|daughter s|sons|daughters) tablets?)\b"
)
_MEDICINE = re.compile(
    r"\b(?:pills?|meds|medicines?|medication|paracetamol|ibuprofen|co codamol|codeine|"
    r"sertraline|diazepam|dose|doses|overdos\w*|swallow\w*|prescri\w*|gp|pharmac\w*|"
    r"chemist|painkillers?|sleeping|antidepressants?|took|taken|take them|died|dying|die|"
    r"end it|kill\w*)\b"
)


# Session 12 (issue 8): normalise.py spells "tabs" as "tablets", so "keeping tabs on
# him" read as "keeping tablets on him" got the pills check-in (ci_pills).
_KEEPING_TABS = re.compile(r"\b(?:keep|keeps|keeping|kept|keep on) tablets on\b")


def tablets_as_devices(text: str) -> bool:
    """Whether the normalised ``text`` speaks of tablets as devices (or "keeping tabs
    on" someone), with no medicine word."""
    if _MEDICINE.search(text):
        return False
    return bool(_TABLET.search(text) and _DEVICE.search(text)) or bool(_KEEPING_TABS.search(text))

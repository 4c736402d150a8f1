"""Health and care: what is never small talk, whatever category or sensitivity it was stored with.

An allergy, a medical diet, a diagnosis, a treatment, hospice care or grief is never an opener,
never "something they enjoy", never a "still true?" check and never shared ground. Two kinds:

- **keep in mind**: standing facts to act on, not to ask about - allergies and intolerances,
  diets (medical or not), not drinking, access needs. "Allergic to peanuts" means: order the
  food without peanuts. The briefing lists these first, in their own place.
- **health**: health, loss and care matters (a diagnosis, surgery, hospice, grief). The briefing
  treats them as deep topics - let them lead.

The text is read again here (not only the stored category): a memory typed by hand as
``--category preference`` or imported from a contact note still says what it says. Anything
health-related counts as sensitive in the briefing, so shared copies leave it out.
"""

from __future__ import annotations

import re
from typing import Any

KEEP_IN_MIND = re.compile(
    r"\b(?:\w*allerg\w*|al[ée]rgic[oa]|alergia|anaphyla\w*|epi-?pen|intoleran\w+|unverträglich\w*|"
    r"coeliac|celiac|cel[ií]ac[oa]|zöliakie|gluten[- ]free|lactose[- ]free|dairy[- ]free|nut[- ]free|"
    r"diabet\w+|diab[ée]tic[oa]|vegan\w*|vegetari\w+|halal|kosher|teetotal\w*|sober|"
    r"(?:don't|doesn't|do not|does not|can't|cannot|never) (?:eats?|drinks?)|"
    r"wheelchair|hearing aid|step[- ]free|walking stick|crutches|mobility (?:issues|problems|aid))\b",
    re.IGNORECASE,
)
HEALTH_CATEGORIES = ("health", "loss")


def _is_health_text(text: str) -> bool:
    from .lexicon import classify

    return classify(text).category in HEALTH_CATEGORIES


def care_kind(memory: Any) -> str | None:
    """``"keep_in_mind"``, ``"health"`` or ``None`` (an ordinary memory)."""
    text = str(getattr(memory, "text", "") or "")
    if KEEP_IN_MIND.search(text):
        return "keep_in_mind"
    if getattr(memory, "category", None) in HEALTH_CATEGORIES or _is_health_text(text):
        return "health"
    return None


def effective_sensitivity(memory: Any) -> str:
    """The sensitivity a briefing uses: health matters (an allergy included) are sensitive."""
    stored = str(getattr(memory, "sensitivity", "light") or "light")
    kind = care_kind(memory)
    if kind == "health" or (kind == "keep_in_mind" and _is_health_text(str(memory.text))):
        return "sensitive"
    return stored

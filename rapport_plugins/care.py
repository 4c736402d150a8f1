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
    r"(?:trinkt|trinke|isst|esse) (?:\w+ )?(?:kein|keine|keinen)\b|no (?:bebe|bebo|come|como) (?:\w+ )?(?:alcohol|carne|cerdo|gluten)|"
    r"wheelchair|hearing aid|step[- ]free|walking stick|crutches|mobility (?:issues|problems|aid))\b",
    re.IGNORECASE,
)
HEALTH_CATEGORIES = ("health", "loss")
# Words that bar a memory from small talk even where they do not decide its category: care, pain,
# low spirits, loss, trouble. Broader than the lexicon's health words on purpose (a memory the
# lexicon cannot place may still be about a procedure or a hard time); English, German, Spanish.
CAUTION = re.compile(
    r"\b(?:procedures?|nil by mouth|fasting before|appointments? (?:with|at) (?:the |a |her |his )?(?:doctor|gp|clinic|hospital|specialist)|"
    r"doctor|gp|nurse|medical|clinic|medication|meds|pills|tablets|prescri\w+|symptoms?|pain|painful|hurts?|hurting|"
    r"injur\w+|sore|sick|unwell|recover\w*|operat\w+|surgery|treatment|diagnos\w+|hospital\w*|"
    r"struggl\w+|rough (?:patch|time|year|week)|(?:tough|hard|difficult) (?:time|year|few (?:weeks|months))|"
    r"lonely|loneliness|grie\w+|mourn\w*|passed|funeral|memorial|grave|ashes|loss|lost (?:her|his|their|my)|"
    r"miss(?:es|ing)? (?:her|him|them) (?:dad|mum|mom|father|mother|husband|wife)|divorc\w+|separat\w+|custody|"
    r"court|lawyer|police|arrest\w*|prison|debt|bankrupt\w*|evict\w*|laid off|redundan\w+|unemploy\w+|"
    r"arzt|ärztin|krank\w*|schmerz\w*|behandlung|operation|klinik|trauer\w*|beerdigung|scheidung|"
    r"médic[oa]|enferm\w+|dolor\w*|tratamiento|operaci[óo]n|cl[íi]nica|duelo|entierro|divorcio|"
    # worry and low spirits: "she worries constantly", "exhausted", "Sorgen", "preocupada"
    r"worr(?:y|ies|ied|ying)|scared|afraid|frightened|stressed|stressful|exhausted|overwhelmed|upset|"
    r"heartbroken|devastated|sorgen?|sorgt|angst|ängste|traurig|erschöpft|überfordert|preocupad[oa]s?|preocupa|"
    r"miedo|triste|agotad[oa]|angustiad[oa])\b",
    re.IGNORECASE,
)


def _is_health_text(text: str) -> bool:
    from .lexicon import classify

    return classify(text).category in HEALTH_CATEGORIES


def care_kind(memory: Any) -> str | None:
    """``"keep_in_mind"``, ``"health"`` or ``None`` (an ordinary memory)."""
    text = str(getattr(memory, "text", "") or "")
    from .lexicon import FIGURATIVE_ALLERGY

    if KEEP_IN_MIND.search(FIGURATIVE_ALLERGY.sub(" ", text)):
        return "keep_in_mind"
    if getattr(memory, "category", None) in HEALTH_CATEGORIES or _is_health_text(text):
        return "health"
    return None


def small_talk(memory: Any) -> bool:
    """Whether a memory may open a conversation or be offered as shared ground: only what reads as
    light small talk. Stored light, no care kind (health, loss, an allergy or diet), its text read
    again light too, and none of the words of care, pain, loss or trouble (:data:`CAUTION`) in it:
    a memory stored light by mistake, by hand or by a plugin is still never small talk."""
    from .lexicon import classify

    if str(getattr(memory, "sensitivity", None) or "light") != "light" or care_kind(memory) is not None:
        return False
    text = str(getattr(memory, "text", "") or "")
    return classify(text).sensitivity == "light" and not CAUTION.search(text)


def effective_sensitivity(memory: Any) -> str:
    """The sensitivity a briefing uses: health matters (an allergy included) are sensitive."""
    stored = str(getattr(memory, "sensitivity", "light") or "light")
    kind = care_kind(memory)
    if kind == "health" or (kind == "keep_in_mind" and _is_health_text(str(memory.text))):
        return "sensitive"
    return stored

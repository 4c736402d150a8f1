"""Health and care: what is never small talk, whatever category or sensitivity it was stored with.

An allergy, a medical diet, a diagnosis, a treatment, hospice care or grief is never an opener,
never "something they enjoy", never a "still true?" check and never shared ground. Two kinds:

- **keep in mind**: standing facts to act on, not to ask about - allergies and intolerances,
  diets (medical or not: gluten-free, low-FODMAP, "ich esse kein Schweinefleisch", "no como carne
  roja"), fasting, not drinking, access needs, and dislikes ("can't stand coffee", "hasst
  Fliegen", "odia correr"). "Allergic to peanuts" means: order the food without peanuts. The
  briefing lists these first, in their own place.
- **health**: health, loss and care matters (a diagnosis, surgery, hospice, grief). The briefing
  treats them as deep topics - let them lead. A procedure ("nil by mouth before the procedure",
  "nüchtern bleiben", "en ayunas") and a relative's new diagnosis ("her daughter was diagnosed
  with type 1 diabetes") are health news, even when a diet word comes with them.

The text is read again here (not only the stored category): a memory typed by hand as
``--category preference`` or imported from a contact note still says what it says. Anything
health-related counts as sensitive in the briefing, so shared copies leave it out.
"""

from __future__ import annotations

import re
from typing import Any

KEEP_IN_MIND = re.compile(
    r"\b(?:\w*allerg\w*|al[ée]rgic[oa]|alergia|anaphyla\w*|epi-?pen|\w*intoleran\w+|\w*unverträglich\w*|"
    r"coeliac|celiac|cel[ií]ac[oa]s?|celiaqu[ií]a|zöliakie|[\w-]*gluten\w*|sin (?:gluten|lactosa)|lactose[- ]free|"
    r"laktosefrei|dairy[- ]free|nut[- ]free|\w*fodmap|diabet\w+|diab[ée]tic[oa]|vegan\w*|vegetari\w+|pescatarian|"
    r"pescetari\w+|halal|kosher|jain|teetotal\w*|sober|ramad[aá]n|fasting|fastet|fastenzeit|ayun(?:a|o|an|ando)|"
    r"on a diet|(?:macht |eine |auf )di(?:ä|a)t|(?:a|haciendo) dieta|"
    r"(?:don't|doesn't|do not|does not|can't|cannot|never) (?:eats?|drinks?|have)|"
    r"(?:trinkt|trinke|isst|esse) (?:\w+ )?(?:kein|keine|keinen)\b|vertr(?:ä|a)g\w* (?:\w+ ){0,2}(?:kein\w*|nicht)|"
    r"(?:darf|kann) (?:\w+ ){0,2}(?:kein\w*|nicht) (?:\w+ )?(?:essen|trinken)|"
    r"no (?:bebe|bebo|come|como|puede comer|puede tomar) (?:\w+ )?(?:alcohol|carne|cerdo|gluten|pescado|marisco|l[áa]cteos|"
    r"az[úu]car|lactosa|huevos?)|"
    # "no caffeine", "nothing with nuts", "ohne Zucker", "nada de gluten": a standing thing to avoid
    r"(?:no|nothing with|without|sin|nada de|ohne|kein\w*) (?:\w+ )?(?:caffeine|koffein|cafe[íi]na|alcohol|alkohol|pork|"
    r"cerdo|schweinefleisch|dairy|l[áa]cteos|milchprodukte|sugar|sugary|az[úu]car|zucker|nuts|n[üu]sse|frutos secos|"
    r"shellfish|marisco|meeresfr[üu]chte|red meat|carne roja|rotes fleisch)|"
    r"wheelchair|hearing aid|step[- ]free|walking stick|crutches|mobility (?:issues|problems|aid)|"
    r"rollstuhl|silla de ruedas|barrierefrei\w*|sin escalones)\b",
    re.IGNORECASE,
)
# Health news that is no standing fact to act on: a procedure and the fasting before it, and a
# relative's new diagnosis ("her daughter was diagnosed with type 1 diabetes" is a deep topic,
# not "order the food without sugar").
PROCEDURE = re.compile(
    r"\b(?:nil by mouth|n[üu]chtern|en ayunas|fasting (?:before|for) (?:\w+ ){0,2}(?:procedure|operation|surgery|op|"
    r"scan|tests?|colonoscopy|anaesthetic|anesthetic)|(?:before|after) (?:the|her|his|my|their|a) (?:\w+ )?"
    r"(?:procedure|operation|surgery|op)|vor (?:der|dem|einer|einem) (?:\w+ )?(?:op|operation|eingriff|untersuchung|"
    r"narkose|\w+spiegelung)|antes de (?:la|una|el) (?:operaci[óo]n|intervenci[óo]n|cirug[íi]a|prueba|\w+oscopia|"
    r"anal[íi]tica|an[áa]lisis))\b", re.IGNORECASE)
# A stated preference is a standing fact to act on ("prefers calls after 6pm", "bevorzugt Tee").
PREFERS = re.compile(r"\b(?:prefers?|preferred|would rather|bevorzug\w+|h(?:ä|a)tte lieber|prefier\w+)\b", re.IGNORECASE)
DIAGNOSIS = re.compile(
    r"\b(?:diagnos\w+|dx(?:'?d)?|diagnostiziert|festgestellt|diagnosticad[oa]s?|(?:le|les) (?:han )?(?:diagnosticad[oa]|"
    r"diagnosticaron|detectaron|detectado|encontraron)|found out (?:she|he|they) (?:has|had))\b", re.IGNORECASE)
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
    r"miedo|triste|agotad[oa]|angustiad[oa]|"
    # a hard time said plainly, and small injuries: "eine schwere Zeit", "un mal momento", "pulled a muscle"
    r"(?:schwere|schwierige|harte) zeit|mal momento|mala racha|(?:momento|[ée]poca) dif[íi]cil|in a bad way|poorly|"
    r"pulled (?:a |his |her |my |their )?(?:muscle|hamstring|calf|groin|back)|verletzt\w*|me torc\w+|se torci\w+|"
    r"am limit|agobiad[oa]s?|desbordad[oa]s?|verhaftet|festgenommen|detenid[oa]s?|arrestad[oa]s?|"
    r"(?:suspended|expelled|excluded) from school|in trouble (?:at school|with the (?:police|law))|"
    # the law: "a court date", "einen Anwalt eingeschaltet", "un juicio"
    r"lawsuit|sued|suing|anw(?:a|ä)lt\w*|gericht\w*|juicio|abogad[oa]s?|tribunal\w*|demanda(?:do|da|r)?)\b",
    re.IGNORECASE,
)


def _is_health_text(text: str) -> bool:
    from .lexicon import classify

    return classify(text).category in HEALTH_CATEGORIES


def relative_diagnosis(text: str) -> bool:
    """Whether ``text`` tells of a relative's diagnosis: a relation word before the diagnosis
    ("my son was diagnosed", "a mi padre le diagnosticaron", "bei meiner Mutter wurde ...
    festgestellt"); "diagnosed with coeliac, like her mum" is the person's own."""
    from .lexicon import relation_before

    m = DIAGNOSIS.search(text)
    return bool(m) and relation_before(text, m.start())


def care_kind(memory: Any) -> str | None:
    """``"keep_in_mind"``, ``"health"`` or ``None`` (an ordinary memory).

    A procedure and a relative's diagnosis are health news (let them lead) even when a diet word
    comes with them; an allergy, a diet or an access need is to keep in mind; other health, loss
    and care is health; a dislike ("hates flying", "odia correr") or a stated preference ("prefers calls
    after 6pm") is to keep in mind too - never small talk, never "something they enjoy"."""
    from .lexicon import dislikes, literal

    text = literal(str(getattr(memory, "text", "") or ""))
    if PROCEDURE.search(text) or relative_diagnosis(text):
        return "health"
    if KEEP_IN_MIND.search(text):
        return "keep_in_mind"
    if getattr(memory, "category", None) in HEALTH_CATEGORIES or _is_health_text(text):
        return "health"
    if dislikes(text) or PREFERS.search(text):
        return "keep_in_mind"
    return None


def only_a_dislike(text: str) -> bool:
    """Whether a keep-in-mind memory is a dislike and no diet or health matter ("hates flying")."""
    from .lexicon import dislikes

    return dislikes(text) and not KEEP_IN_MIND.search(text) and not _is_health_text(text)


def delicate(memory: Any) -> bool:
    """Whether a memory touches health, care, loss or trouble, by how it was stored or by its text:
    never small talk and never a "still true?" check."""
    from .lexicon import classify

    text = str(getattr(memory, "text", "") or "")
    return (str(getattr(memory, "sensitivity", None) or "light") == "sensitive" or care_kind(memory) is not None
            or classify(text).sensitivity == "sensitive" or bool(CAUTION.search(text)))


def small_talk(memory: Any) -> bool:
    """Whether a memory may open a conversation or be offered as shared ground: only what reads as
    light small talk. Stored light, no care kind (health, loss, an allergy or diet), its text read
    again light too, and none of the words of care, pain, loss or trouble (:data:`CAUTION`) in it:
    a memory stored light by mistake, by hand or by a plugin is still never small talk."""
    from .lexicon import classify

    if str(getattr(memory, "sensitivity", None) or "light") != "light" or delicate(memory):
        return False
    return classify(str(getattr(memory, "text", "") or "")).sensitivity == "light"


def effective_sensitivity(memory: Any) -> str:
    """The sensitivity a briefing uses: health matters (an allergy included) are sensitive."""
    stored = str(getattr(memory, "sensitivity", "light") or "light")
    kind = care_kind(memory)
    if kind == "health" or (kind == "keep_in_mind" and _is_health_text(str(memory.text))):
        return "sensitive"
    return stored

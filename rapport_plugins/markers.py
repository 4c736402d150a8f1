"""The one "remember this" marker grammar: every notes integration and the built-in reader use it.

A marker is a line the user wrote on purpose. :func:`find_markers` walks a note (headings,
code fences, lists) and returns one explicit :class:`~rapport_plugins.models.Candidate` per
marker, with the person it is about when the note says so. The forms (docs/capture.md lists
them with examples):

- ``remember: ...`` and its variants: ``remember:: ...`` (a Dataview field, a Logseq block
  property), ``**Remember**: ...``, ``Remember - ...``, ``Remember that ...``, ``don't forget: ...``,
  ``keep in mind: ...``, ``note to self (about Anna): ...``; German ``merken:``, ``nicht vergessen:``,
  ``Notiz:``; Spanish ``recordar:``, ``recuerda:``, ``no olvidar:``, ``apunte:``, ``nota:``;
- ``#remember`` (``#merken``, ``#recordar``) at the start, at the end or anywhere on the line;
- ``[remember:: ...]`` / ``(remember:: ...)``: Dataview inline fields, several on one line;
- a marker after prose on the same line ("Good call. remember: her son starts uni in Sept");
- the bare list items under a "Remember" heading (or ``Remember:`` alone on its line).

Each may sit in a list item, a checkbox or a quote. Who a marker is about: a name before the
keyword (``@Anna:``, ``[[Anna Berg]]:``, ``Anna:``, ``note to self about Anna:``) or right after
it (``remember: @Anna: ...``); else a known name in its text; else the person the nearest heading
(or, for outlines, the parent blocks ``parents_of`` gives) names; else a capitalised possessive ("Priya's birthday");
else nobody (capture then uses the only other attendee).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .asides import not_theirs
from .models import Candidate

# capitalised even in case-blind patterns; no underscore: "_remember about Kate_:" is Kate in italics
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ](?:[^\W_]|['’.-])*(?: [A-ZÀ-ÖØ-Þ](?:[^\W_]|['’.-])*){0,2})"
_WHO = rf"(?:@(?P<at>[\w.-]+(?: (?-i:[A-Z])[\w-]*)?)|\[\[(?P<link>[^\]|#]+)(?:[#|][^\]]*)?\]\]|(?P<plain>{_NAME}))"
# list bullet, numbered item, checkbox ([ ], [x], Obsidian's [/] and [-]) and quotes, in any order people
# nest them, and a symbol or two people mark lines with ("📌 remember: ...", "⭐ Remember - ...")
_PREFIX = (r"\s*(?:>\s*)*(?:[-*+•]\s+|\d+[.)]\s+|[a-z][)]\s+)?(?:\[[ xX/-]\]\s+)?(?:(?-i:TODO|LATER|NOW|DONE):?\s+)?(?:>\s*)*"
           # a time or a date the line was written at: "10:32 remember: ...", "[10:32]", "2026-03-04"
           r"(?:[\[(]?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?|\d{4}-\d{2}-\d{2})[\])]?\s*[-–:]?\s+)?"
           r"(?:[^\w\s#\[@>*_()'\"`~-]{1,3}\s*)?")  # ... and Logseq's "TODO remember: ..."
_B = r"(?:\*\*|__|\*|_|==)?¡?"  # ... or highlighted: "==remember==:"; Spanish opens with "¡": "¡Ojo!", "¡No olvidar!"  # bold or italic around a keyword: "**Remember**:", "*Don't forget* -", "_remember_:"
# "remember:", "::", " - ", "!", "->", "=", "...", "remember, ..."
_SAY = _B + r"(?:\s*::?|\s+[-–—]\s|\s*!+\s*:?|\s*(?:->|→|=>|➜|➔|»|(?<!=)=(?!=))\s*|\s*(?:\.\.\.|…)\s*|\s*,\s+)" + _B
_TAGS = (r"remember[-_]?this|to[-_]?remember|remember|reminders?|dont[-_]?forget|merken|merke|nicht[-_]?vergessen|recordar|recuerda|"
         r"no[-_]?olvidar")
_DONT = r"(?:don['’]?t|do not|dont)"
# what ends a label: "Note:", "Note to self - ", "Wichtig!", Logseq's "note:: ..."; a qualifier in brackets may
# come first: "Wichtig (privat):", "Important (personal) -", "Ojo (personal):"
_QUALIFIER_WORDS = {"privat", "private", "personal", "persönlich", "pers", "pers.", "priv", "priv.", "privado", "privada",
                    "confidential", "vertraulich", "confidencial"}
_QUALIFIER = r"(?:\s*\((?:" + "|".join(re.escape(w) for w in sorted(_QUALIFIER_WORDS, key=len, reverse=True)) + r")\))?"
_SEP = _QUALIFIER + r"(?:\s*::?|\s+[-–—]\s|\s*!+\s*:?)"
# "remember about Anna:", "Remember re Anna -", "Remember (Anna):", "merken zu Anna:", "recordar sobre Ana:"
def _re_who(n: int) -> str:
    """ "remember about Anna:", "Remember (Anna):", "remember Anna:" - the person named with the keyword."""
    return (rf"(?:\s+(?:about|re|for|zu|über|bei|sobre|de|para)\s+(?P<re{n}>" + _NAME + rf")|\s*\((?P<rp{n}>" + _NAME
            + rf")\)|\s+(?P<rb{n}>" + _NAME + r")(?=\s*:))?")



_KEYWORD = (
    rf"(?:#(?:{_TAGS})\b(?![\w/-])\s*:?|\[(?:remember|merken|recordar)\]\s*:?"
    r"|" + _B + r"(?:remember this|remember|to remember|(?:(?:key|main|important|one|the) )?(?:things?|points?|facts?|details?|bits?) to "
    r"remember|must remember|worth remembering|para acordar(?:me|nos|se)|"
    r"remember for next time|mental note|good to know|merken|merke|merk dir|zum merken|zu merken|unbedingt merken|"
    r"acordarme|acordarnos|"
    r"vormerken|denk dran|dran denken|daran denken|gut zu wissen|recordar|recuerda|acordarse|acuérdate|para recordar|"
    r"a recordar|tener en cuenta|ten en cuenta|tenga en cuenta|hay que tener en cuenta|keep in mind|bear in mind)"
    + _re_who(1) + _SAY +
    # "Remember that ...", "**Don't forget that** ...", "_Recordar que_ ..."
    r"|" + _B + r"(?:(?:remember|" + _DONT + r" forget) that|(?:nicht vergessen|merken|denk dran|daran denken),? dass|"
    r"(?:recordar|recuerda|no olvidar|no olvides|acordarse de|acordarme de|acuérdate de|tener en cuenta) que)(?![^\W_])"
    + _B +
    r"|" + _B + r"(?:" + _DONT + r" forget|nicht vergessen|(?:para )?no olvidar|no olvides|no te olvides|"
    r"(?:para )?que no se (?:me |te |nos )?olvide)"
    + _re_who(2) + _SAY +
    r"|" + _B + r"(?P<self>note to self(?: about (?P<about>[^:]+?))?|nts|(?:notiz|apunte|nota|reminder|erinnerung|recordatorio)"
    r"(?: (?:zu|über|für|sobre|de|para|about|re|for) (?P<about2>[^:_*=]+?))?|"
    r"anotar|apuntar|tomar nota|make a note|note for (?:later|next time))" + _re_who(4) + _QUALIFIER + _B + _SEP + _B +
    # "rem:", a short form only with its colon
    r"|" + _B + r"(?:rem|rmb|rmbr)" + _B + r"\s*::?" + _B +
    # weak keywords: a marker only when what follows names a personal topic ("Note: her mum is in hospital";
    # not "Note: the deck is in the drive")
    r"|" + _B + r"(?P<weak>note|nb|n\.b\.|ps|p\.s\.|fyi|ojo|wichtig|ojo al dato|important|importante|personal|"
    r"persönlich|privat|priv\.|pers\.|persönl\.|pers\. notiz|btw|by the way|übrigens|por cierto|dato personal|"
    r"datos personales|a nivel personal|en lo personal|follow[- ]up|next time|for next time|fürs nächste mal|für nächstes mal|para la próxima|"
    r"heads[- ]up|ojo con esto|achtung|worth noting|of note|good to note|side ?note|hinweis|anmerkung|randnotiz|"
    r"dato|dato curioso|pps|p\.p\.s\.|for future reference|ftr|note to future (?:me|self)|remind me|reminder to self)"
    + _re_who(3) + _QUALIFIER + _B + _SEP + _B +
    # a keyword in bold or italics needs no separator: "**Remember** her son starts school"
    r"|(?:\*\*|__|\*|_|==)(?:remember|" + _DONT + r" forget|merken|merke|nicht vergessen|denk dran|recordar|recuerda|"
    r"no olvidar|no te olvides|note to self|reminder|keep in mind)(?:\*\*|__|\*|_|==)\s+(?=[\w@\[])" +
    # "remember to ask about her mum's operation", "don't forget to congratulate her": a personal topic only
    r"|" + _B + r"(?P<weak_to>remember to|" + _DONT + r" forget to|nicht vergessen,? (?:zu|nach)|no olvidar(?: de)?|"
    r"no olvides)" + _B + r"\s+(?=\w)" + r")"
)
# At the start of a line, abbreviations people write with no colon at all: "NB her mum is in hospital", "P.S. ..."
_ABBR = _B + r"(?P<weak_abbr>nb|n\.b\.|ps|p\.s\.|pps|p\.p\.s\.|fyi|btw|ojo|heads[- ]up)" + _B + r"(?:(?<=\.)|[.,]?)\s+(?=[\w@\[])"
# At the start of a line a keyword needs no colon when a sentence about someone follows ("remember her son
# starts school in April", "Don't forget Anna's birthday is on Friday"): a personal topic only.
_BARE = (_B + r"(?P<weak_bare>remember|" + _DONT + r" forget|merken|nicht vergessen|recordar|no olvidar)" + _B +
         r"\s+(?=(?:her|his|their|she|he|they|ihr|ihre|sein|seine|sie|er|su|sus|el|la|los|las|(?-i:[A-Z])\w*['’]s)\b"
         # ... or a name, an @mention or a [[link]]: "Remember Kate is training for Lisbon", "merken @Franzi läuft"
         r"|@\w|\[\[|(?-i:[A-ZÀ-ÖØ-Þ])[^\W_]+\s+\w)")
# A marker at the start of a line, optionally after the name of the person it is about.
LEADING = re.compile("^" + _PREFIX + rf"(?:{_B}{_WHO}{_B}(?P<sep>\s*[:,\-–—]\s*|\s+){_B}\s*"
                     r"|(?P<low>(?-i:[a-zà-ÿ])[^\W\d_]+)\s*:\s*)?(?:" + _KEYWORD + "|" + _BARE
                     + "|" + _ABBR + r")\s*(?P<body>\S.*)$", re.IGNORECASE)
# A marker after prose on the same line: "Kathi war heute abwesend. merken: ihr Vater ist im Hospiz",
# "honeymoon in Bali -> don't forget: congrats on the wedding", "(remember: ...)".
# With no colon, only after a sentence's end or a dash: "Good chat. Remember her son starts school in April".
_INLINE_BARE = r"(?:[.!?;]\s+|\s(?:[-–—|]|->|=>|→|>>)\s*)(?:" + _BARE + "|" + _ABBR.replace("weak_abbr", "weak_abbr2") + ")"
INLINE = re.compile(r"(?:(?:[.!?;,]\s+|\s(?:[-–—|]|->|=>|→|>>)\s*|\s(?P<paren>\()\s*)" + _KEYWORD + "|" + _INLINE_BARE
                    + r")\s*(?P<body>(?=[^\n]*\w)\S.*)$",
                    re.IGNORECASE)
# A tag anywhere else on the line marks the whole line: "- [ ] daughter started school #remember".
# ... also Logseq's "#[[to remember]]" and a nested tag "#remember/family"
# ... Logseq's page reference used as a tag, "[[remember]]"; and "#personal", "#privat", "#privado", which mark a
# line only when it names a personal topic ("#personal dentist at 3" is the writer's; the check is in markers_on_line)
_WEAK_TAGS = r"personal|persönlich|privat|private|privado|privada"
TAG = re.compile(rf"(?<![\w/#])#(?:(?:{_TAGS})\b(?![\w-])(?:/[\w-]+)*|\[\[(?:{_TAGS.replace('[-_]?', '[-_ ]?')})\]\])"
                 rf"|(?<![\w#\[])\[\[(?:{_TAGS.replace('[-_]?', '[-_ ]?')})\]\]"
                 rf"|(?<![\w/#])#(?P<weak_tag>{_WEAK_TAGS})\b(?![\w-])", re.IGNORECASE)
# A keyword closing a line marks the prose before it: "her son starts school in April (remember!)",
# "Tochter heiratet im Mai - merken", "su hijo empieza el colegio [recordar]".
_TRAIL = (r"(?:\s[-–—|]\s*|\(\s*|\[\s*|\s(?:->|=>|→|<-|<=|←|⬅)\s*)(?:remember|to remember|" + _DONT
          + r" forget|merken|nicht vergessen|recordar|no olvidar)\s*!*\s*[)\]]?\s*[.!]*\s*$")
TRAILING = re.compile("^" + _PREFIX + r"(?P<body>\S.*?\S)\s*" + _TRAIL, re.IGNORECASE)
# A symbol people mark a line with, alone: "📌 her son starts school in April", "- 🧠 su madre cumple 80",
# "Tochter heiratet im Mai ⭐". A weak marker: only a personal topic that is not the writer's own line.
_EMOJI = r"(?:📌|📍|🧠|⭐|🌟|🔖|📝|❗|‼|❣|💭)\ufe0f?"
EMOJI_LEADING = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]\s+|\d+[.)]\s+)?(?:\[[ xX/-]\]\s+)?(?:(?:\*\*|__)?" + _WHO
                           + r"(?:\*\*|__)?\s*[:\-–—]\s*)?(?:(?:" + _EMOJI + r"|\[!\]|!{1,3}(?=\s))\s*)+"
                           r"(?P<body>[^\W\d_@\[].*?)\s*$")  # ... and "- [!] ...", "!!! ..." (only opening a line)
EMOJI_TRAILING = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]\s+|\d+[.)]\s+)?(?:\[[ xX/-]\]\s+)?(?P<body>[^\W\d_@\[].*?\S)"
                            r"\s*(?:" + _EMOJI + r"\s*)+$")
_ANY_EMOJI = re.compile(_EMOJI + r"|\[!\]|(?:^|\s)!{1,3}\s", re.M)
# Dataview inline fields, several per line: "talked about the trip [remember:: flying to Lisbon in May]".
FIELD = re.compile(r"[\[(]\s*(?:remember|merken|recordar)\s*::\s*(?P<body>[^\])]*?)\s*[\])]", re.IGNORECASE)
_HEADING_WORDS = (
    r"(?:remember|to remember|things to remember|(?:personal|private)"
    r"(?: notes| stuff| bits| things| details| side| info)?|reminders?|merken|zum merken|nicht vergessen|persönliches|privates|"
    r"recordar|para recordar|a recordar|cosas (?:que|a|para) recordar|no olvidar|para no olvidar|personal|"
    r"(?:personal|private) (?:stuff|things|notes|bits|details) to remember|(?:things )?to keep in mind|keep in mind|"
    r"cosas personales|lo personal|notas personales|persönliche notizen|persönlich|privat|privates|privado|lo privado|"
    + _DONT + r" forget|"
    r"notes? to self|recordatorios?|erinnerungen|zu merken|gut zu merken|good to know|gut zu wissen|mental notes?|"
    r"datos personales|(?:a|para) tener en cuenta|(?:vida|temas|asuntos|notas) personales|para acordarse|"
    r"personal (?:life|context|updates?|news|matters|touch|corner)|private (?:life|matters)|privatleben|"
    r"privates & persönliches|(?:key )?personal details|persönliche details|detalles personales|apuntes personales|"
    r"lo que hay que recordar|merkzettel|notizen für mich|rapport notes)"
    r"(?: for (?:next time|later)| f(?:ür|ürs) (?:das )?nächste(?:s)? mal| para la próxima(?: vez)?)?")
# A heading that makes the bare list items under it markers: "## Remember", "### Merken", "Remember:",
# "## Personal / remember", "## Anna – personal", "## Remember 📌", Logseq's "- remember::" with child blocks.
# a heading's start ("## ", "- ", "**", a symbol, "Anna – ", "Anna's ") and its end (" about Anna", " – Anna",
# " (Anna)", a note in brackets, a symbol, a colon)
_HEAD_LEAD = (r"^\s*(?:[-*+]\s+)?(?:#{1,6}\s+)?(?:\*\*|__)?(?:[^\w\s#]{1,3}\s*)?(?:(?P<who0>" + _NAME
              + r")(?:\s+[-–—:]\s+|['’]s\s+))?")
_HEAD_TAIL = (r"(?:\s*\((?!" + _NAME + r"\))[^()]{1,40}\))?"
              r"(?:\s+(?:about|for|re|zu|über|de|sobre)\s+(?P<who>" + _NAME + r")|\s+[-–—]\s+(?P<who2>" + _NAME + r")|"
              r"\s*\((?P<who3>" + _NAME + r")\))?"
              r"(?:\s*\([^()]{1,40}\))?"  # "## Personal notes (not for the CRM)", "### Merken (privat)"
              r"(?:\*\*|__)?(?:\s*[^\w\s:()]{1,3})?\s*:{0,2}\s*$")
_JOIN = r"\s*(?:/|&|\+|,|\band\b|\bund\b|\by\b)\s*"
# a topic word joined before a marker word: "## Family & personal", "## Kinder / Privates", "## Salud y personal"
_TOPIC_FIRST = (r"(?:(?:family|kids|home|life|health|misc|other|familie|kinder|gesundheit|sonstiges|familia|hijos|salud|"
                r"otros|varios)" + _JOIN + r")?")
MARKER_HEADING = re.compile(_HEAD_LEAD + _TOPIC_FIRST + _HEADING_WORDS + r"(?:" + _JOIN + _HEADING_WORDS + r")?"
                            + _HEAD_TAIL, re.IGNORECASE)
# A heading whose items are markers only when they name a personal topic: "Next time:", "Para la próxima:",
# "Fürs nächste Mal:", "Follow-ups:" (most of their items are tasks: "- send the revised deck").
_WEAK_HEADING_WORDS = (
    r"(?:(?:for )?next (?:time|meeting|session|call)|follow[- ]?ups?|"
    r"to ask (?:about )?next time|ask next time|f(?:ür|ürs) (?:das )?nächste(?:s)? (?:mal|treffen|gespräch)|"
    r"para la próxima(?: vez| reunión| sesión)?|pr[óo]xima (?:vez|sesión|reunión)|"
    r"small ?talk|off[- ]topic|rapport|smalltalk|wichtig|important|importante|ojo|nb|n\.b\.|conversation starters|"
    r"ice ?breakers|talking points|zum nachfragen|nachfragen|para preguntar|"
    r"seguimiento|nachfassen|wiedervorlage)")
# ... also a weak word joined to a marker word: "## Follow up / personal", "## Personal & follow-ups", "## Wichtig und
# Privates": its personal items only (the others are tasks or family logistics)
WEAK_HEADING = re.compile(
    _HEAD_LEAD + r"(?:" + _HEADING_WORDS + _JOIN + r")?" + _WEAK_HEADING_WORDS
    + r"(?:" + _JOIN + r"(?:" + _HEADING_WORDS + "|" + _WEAK_HEADING_WORDS + r"))?" + _HEAD_TAIL, re.IGNORECASE)
_ANY_MARKER_HEADING = re.compile(re.sub(r"\(\?P<\w+>", "(?:", MARKER_HEADING.pattern + "|" + WEAK_HEADING.pattern), re.I | re.M)
# An Obsidian callout: "> [!note] Remember", "> [!remember]-", "> [!tip] Remember: ..."
CALLOUT = re.compile(r"^\s*>\s*\[!(?P<kind>[\w-]+)\][-+]?\s*(?P<title>.*)$")
_CALLOUT_KINDS = {"remember", "merken", "recordar", "personal", "persönlich", "privat", "reminder"}
_ANY_CALLOUT = re.compile(r"^\s*>\s*\[![\w-]+\]", re.M)
_ANY_BARE = re.compile(_BARE, re.I)
_ANY_ABBR = re.compile(r"(?<![\w.])" + _ABBR, re.I)  # "Kate: NB her ...": an abbreviation after a name
HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# A line that serves as a heading in notes written without "#": all bold ("**Kate Brooks**", "__Kate:__"), or a
# few words and a colon alone on the line ("Kate:", "Bill Ortega (PM):").
PSEUDO_HEADING = re.compile(r"^\s*(?:(?:\*\*|__)(?P<bold>[^*_\n]{1,60}?)\s*:?\s*(?:\*\*|__)\s*:?"
                            r"|(?P<label>[^\W\d_][^:|>\[\]#*]{0,40}?)\s*:)\s*$")
# the writer's own ("I need to book the room", "Ojo: le tengo que dar ese finde libre")
_WRITER = re.compile(r"^(?:(?:ojo|nb|note|nota|achtung|wichtig)\s*:\s*)?(?:i|i['’]m|i['’]ve|i['’]ll|i['’]d|we|we['’]re|we['’]ll|"
                     r"ich|wir|yo|(?:le|les|me|lo|la) (?:tengo|debo|voy|he|mando|llamo|escribo|pregunto|digo))\b", re.I)
_PLAN_LINE = re.compile(r"^\s*(?:action(?: items?)?|actions|next(?: steps?)?|todos?|to ?do|plan|tasks?|aufgaben?|"
                        r"nächste schritte|acciones?|próximos pasos|tareas?)\s*:", re.I)  # the writer's, not a marker
LIST_ITEM = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]\s+(?:\[[ xX/-]\]\s+)?|\d+[.)]\s+)(?P<body>\S.*)$")
FENCE = re.compile(r"^\s*(```|~~~)")
MARKER_WORDS = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _KEYWORD + "|" + _INLINE_BARE + "|^" + _PREFIX + _ABBR) + rf"|\[\s*(?:{_TAGS})\s*::|" + _TRAIL,
                          re.IGNORECASE)
"""A line that carries a marker somewhere (such prose lines are markers, not proposals)."""
# A marker in its written form (a colon, "::" or a tag: not a spoken "remember, ..."), for transcript turns.
WRITTEN_MARKER = re.compile(
    rf"(?:^|[.!?;,(\[]\s*|\s[-–—>]\s*)(?:\*\*|__)?(?:{_TAGS}|remember|to remember|don['’]?t forget|"
    r"do not forget|note to self|nicht vergessen|merken|merke|notiz|recordar|recuerda|no olvidar|apunte|rem|nb|n\.b\.|"
    r"ojo|reminder|mental note|keep in mind|denk dran|no te olvides|para recordar)(?:\*\*|__)?\s*:"
    rf"|#(?:{_TAGS})\b|#\[\[", re.IGNORECASE)
# "note to self: send Gunnar the deck", "Notiz: Protokoll an das Team schicken" are the user's tasks,
# not details about anyone.
TASK = re.compile(
    r"^(?:to\s+(?=\w+\s))?(?:send|approve|ask|book|call|email|e-mail|chase|check|follow up|buy|order|schedule|prepare|prep|remind|share|refer|"
    r"arrange|organi[sz]e|contact|reach out|flag|escalate|offer|suggest|recommend|tell|confirm|submit|print|"
    r"ring|phone|rebook|pick up|drop off|collect|fetch|bring|post|chase up|sort out|"
    r"forward|set up|write|draft|reply|review|update|invite|find|get|pay|sign|renew|cancel|look up|intro|"
    r"introduce|connect|ping|text|message|nudge|loop in|rsvp|congratulate|wish (?=him|her|them)|"
    r"schick\w*|frag\w*|buch\w*|ruf\w*|"
    r"(?!(?:mujer|lugar|hogar|taller|placer|poder|ser|c[áa]ncer|l[íi]der|m[áa]ster|bar|mar|az[úu]car|su[ée]ter|"
    r"h[áa]mster|ch[óo]fer|car[áa]cter|collar)\b)(?-i:[a-záéíóú]{2,}(?:ar|er|ir)(?:le|les|lo|la|los|las|se|me)?)"
    r"(?=\s.*\b(?:el|la|los|las|del|al|con|para|que|su|sus|una|un|lo|le|les)\b)"
    r"|(?-i:[a-záéíóú]{2,}(?:ar|er|ir)(?:le|les|lo|los|las|se|me|nos)))\b",  # "mandarle flores", "llamarle"
    # a Spanish infinitive opens a task: "apunte: pasarle la matriz" (a Spanish sentence, not "her son ...")
    re.IGNORECASE,
)
_GERMAN_TASK = re.compile(r"\b(?-i:[a-zäöü]\w*(?:en|ern|eln))\s*[.!]?$")  # "... bis Freitag schicken"
_FINITE = re.compile(r"\b(?:ist|hat|sind|haben|hatte|war|wird|mag|trinkt|isst|spielt|fährt|geht|liebt|kommt|"
                     r"macht|heißt|wohnt|lebt|arbeitet|es|está|tiene|juega|le encanta|le gusta)\b", re.I)
_BODY_WHO = re.compile(rf"^(?:{_WHO})\s*[:\-–]\s+(?P<rest>.+)$")
_LINK = re.compile(r"\[\[([^\[\]|#]+)(?:#[^\[\]|]*)?(?:\|([^\[\]]+))?\]\]")  # no [ inside: linear on [[[[
_AT = re.compile(r"(?<![\w.])@([A-Za-z][\w.-]*(?:\s[A-Z][\w-]*)?)")
_POSSESSIVE = re.compile(r"\b([A-Z][a-z][\w-]*(?: [A-Z][a-z][\w-]*)?)['’]s\b")
# The speaker's own body and pets, said with the "my" dropped ("Knee's finally cooperating", "Dog's got a bad hip"): never a
# name, and the speaker's own when a turn opens with one (extract._RELATIVE_FIRST)
OWN_BODY_AND_PETS = ("knee", "knees", "hip", "hips", "back", "shoulder", "neck", "ankle", "wrist", "elbow", "foot", "leg",
                     "arm", "hand", "dog", "cat", "puppy", "kitten", "pup")
NOT_NAMES = {
    "pt", "pts", "pat", "pac", "patient", "client",  # a clinician's "Pt's grandmother's funeral was 6/27": the patient
    "it", "that", "there", "here", "what", "who", "today", "tomorrow", "yesterday", "let", "he", "she",
    "this", "que", "dass", "everyone", "nobody", "someone", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "next", "last", "year", "month", "week", "team", "company", "mother", "father",
    "valentine", "new", "where", "how", "one", "christmas", "easter", "remember", "i", "we", "my",
    # the speaker's own relatives by the name they use: "Mum's been moved", not a person called Mum
    "mum", "mom", "mummy", "mommy", "dad", "daddy", "grandma", "grandpa", "gran", "granny", "nan", "nana",
    "grandad", "mama", "papa", "oma", "opa", "mutti", "vati", "mamá", "papá", "abuela", "abuelo",
    # a speaker's own body, pet or child said with the "my" dropped: "Knee's finally cooperating", "Dog's got a bad hip"
    *OWN_BODY_AND_PETS, "head", "heart", "chest", "stomach", "tummy", "eye", "eyes", "ear", "ears", "tooth", "teeth",
    "body", "kid", "kids", "baby", "wife", "husband", "son", "daughter", "boy", "girl", "missus",
}
_NOT_LEADS = {"and", "also", "but", "so", "please", "ok", "note", "you", "they", "do", "don't", "must", "always",
              # words people open a line with before "remember" ("Plus: remember her son ..."): nobody's name
              "plus", "oh", "btw", "ps", "finally", "lastly", "update", "personal", "important", "aside", "family",
              "health", "misc", "other", "random", "und", "auch", "noch", "außerdem", "wichtig", "privat", "y",
              "además", "también", "ojo", "importante"}
_PROSE_LEADS = {"i", "we", "you", "they", "do", "don't"}  # "I remember that trip"


def is_task(body: str) -> bool:
    """A note the user wrote to themselves about something to do."""
    text = clean_markup(body)
    if _SUBJECT_FIRST.match(text):
        return False  # "er verträgt kein Ibuprofen ...": a statement about someone
    return bool(TASK.match(text)) or bool(_GERMAN_TASK.search(text) and not _FINITE.search(text)
                                          and not _ENGLISH.search(text)  # "the projector is broken" is no task
                                          and not _SPANISH.search(text))  # "... le hace mucho bien" neither


# A sentence that opens with its subject and a verb in the third person is no task: "er verträgt kein
# Ibuprofen, nur Paracetamol empfehlen", "sie spielt Geige", "she is vegan".
_SUBJECT_FIRST = re.compile(r"^(?:er|sie|es|he|she|they|él|ella)\s+(?-i:[a-zäöüßáéíóú]+(?:t|s|a|e))\b"
                            r"|^(?-i:[A-ZÄÖÜ][a-zäöüß]+)\s+(?-i:(?:ist|hat|liegt|kommt|geht|wird|muss|will|kann|soll|darf|möchte|mag|macht|bekommt|"
                            r"[a-zäöüß]+[^s]t))\b", re.I)  # "Mutter liegt im Sterben": no "Notiz: ... schicken" task
_SPANISH = re.compile(r"\b(?:el|la|los|las|una|que|con|por|para|del|muy|le|les|su|sus|y|en)\b", re.I)


# A work deliverable: a marker about one and nothing personal is a task ("don't forget: renewal deck by Friday").
_WORK_ITEM = re.compile(
    r"\b(?:deck|slides|report|proposal|contract|invoice|roadmap|numbers|figures|budget|pricing|quote|renewal|agenda|"
    r"minutes|deadline|sprint|ticket|release|deploy\w*|demo|pr|protokoll|angebot|rechnung|vertrag|präsentation|"
    r"presupuesto|informe|contrato|factura|propuesta|presentación|offerte|kostenvoranschlag|cotización|"
    r"(?:ins|in|en) cc|en copia)\b", re.I)
_ENGLISH = re.compile(r"\b(?:the|is|are|was|were|has|have|her|his|my|their|and|of)\b", re.I)


def clean_markup(text: str) -> str:
    """Plain text from Markdown-ish markup: [[links]] become their label, @mentions their name."""
    text = _LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = _AT.sub(lambda m: m.group(1), text)
    text = re.sub(r"(\*\*|__|\*|`|~~|==)", "", text)
    text = re.sub(rf"\s+#(?:{_TAGS}|rapport)\b", "", text, flags=re.IGNORECASE)
    return " ".join(text.split()).strip(" -–")


def names_in(text: str, known: Sequence[str], possessive: bool = True) -> str | None:
    """The person a line is about: [[link]], @mention, a known name, or a capitalised possessive."""
    m = _LINK.search(text)
    if m:
        return m.group(1).strip()
    m = _AT.search(text)
    if m:
        return m.group(1).strip()
    from .names import shared_by_another

    for name in sorted(known, key=len, reverse=True):
        parts = name.split()
        for variant in [name, *([parts[0]] if len(parts) > 1 and len(parts[0]) > 1 else [])]:
            if re.search(rf"(?<![\w]){re.escape(variant)}(?![\w])", text):
                if variant != name and shared_by_another(variant, name, known):
                    continue  # "Kate" with Kate Ortega and Katherine Brooks in the meeting: nobody's
                return name
    return possessive_name(text) if possessive else None


def _known_name(text: str, known: Sequence[str]) -> str | None:
    """One of ``known`` (by full or first name) written in ``text``."""
    return names_in(_LINK.sub(" ", _AT.sub(" ", text)), known, possessive=False) if text and known else None


def _short_name(text: str, names: Sequence[str]) -> str | None:
    """The one of ``names`` a capitalised word of ``text`` is a nickname or short form of ("Dami's mum
    turns 70" under a heading naming Kasia is Dami's)."""
    from .names import initials_of, mentions, same_first_name, surnames_in

    found = {n for word in mentions(_LINK.sub(" ", text))
             for n in names if same_first_name(word, n)
             or initials_of(word, n)  # "SK's dad is in a hospice", "A.K. is moving", "Dr M is allergic to latex"
             or (word.endswith("s") and n.split() and word[:-1] == n.split()[0])}  # German "Jörgs Vater"
    found |= surnames_in(text, names)  # "Mr Okafor's mum", "Frau Weiß"
    return next(iter(found)) if len(found) == 1 else None


_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+•]|\d+[.)])\s+(?P<body>\S.*)$")


def outline_parents(text: str) -> dict[int, list[str]]:
    """Line number (1-based) -> the text of the list items it is nested under, nearest first: in
    "- [[Ingrid Halvorsen]]" followed by an indented "- remember:: ...", the marker sits under Ingrid."""
    out: dict[int, list[str]] = {}
    stack: list[tuple[int, str]] = []  # (indent width, item text)
    for i, line in enumerate(text.splitlines(), start=1):
        m = _ITEM.match(line)
        if m is None:
            if line.strip() and not line[:1].isspace():
                stack = []  # prose or a heading at the margin ends the outline
            continue
        width = len(m["indent"].expandtabs(4))
        while stack and stack[-1][0] >= width:
            stack.pop()
        if stack:
            out[i] = [t for _, t in reversed(stack)]
        stack.append((width, m["body"].strip()))
    return out


# (Spanish "le"/"les" before a verb of theirs: "Le encanta la torta de zanahoria", not the writer's "le tengo que dar ...")
_PRONOUN_FIRST = re.compile(r"^(?:she|he|her|his|sie|er|ihr|ihre|sein|seine|ella|él|su|sus|"
                            r"les?\s+(?!(?:dije|di|doy|mandé|escribí|llamé|pregunté|conté)\b)[a-záéíóúñ]+(?<![oé])\b)", re.I)


def _one_named(line: str, known: Sequence[str], names: Sequence[str]) -> str | None:
    """The one meeting person a line names (the line above a "remember: she's vegetarian")."""
    if not line.strip():
        return None
    from .names import shared_by_another

    found = {n for n in known if names_in(line, [n], possessive=False)}
    if any(n not in line and shared_by_another(n.split()[0], n, names) for n in found):
        return None  # "Kate" with two people who go by it
    short = _short_name(line, names)
    if short:
        found.add(short)
    return next(iter(found)) if len(found) == 1 else None


def possessive_name(text: str) -> str | None:
    """A capitalised possessive that may be a name: "Priya's birthday" -> "Priya"; not a place after a
    preposition ("palliative care at St Luke's", "dinner at Nando's")."""
    for m in _POSSESSIVE.finditer(text):
        if m.group(1).split()[0].lower() in NOT_NAMES or _PLACE_BEFORE.search(text[:m.start()]):
            continue
        if _KIN_BEFORE.search(text[:m.start()]):
            continue  # "daughter Rhian's wedding": the relative's own name, said with them
        return m.group(1)
    return None


# A relative named right before their own name ("daughter Rhian's wedding", "his wife Funmi's visa", "son Archie's
# party"): the name is theirs, and the line stays about whoever's relative they are
_KIN_BEFORE = re.compile(r"\b(?:wife|husband|partner|daughter|son|kids?|mother|father|mum|mom|dad|brother|sister|"
                         r"grandson|granddaughter|niece|nephew|fianc[ée]e?|girlfriend|boyfriend|stepson|stepdaughter|"
                         r"mother-in-law|father-in-law|cousin|aunt|uncle|gran|grandma|grandpa)\s+$", re.I)


_KIN_DE = (r"Frau|Mann|Tochter|Sohn|Töchter|Söhne|Kinder|Kind|Mutter|Mama|Vater|Papa|Bruder|Schwester|Eltern|Oma|Opa|"
           r"Partner|Partnerin|Freund|Freundin|Verlobte|Verlobter|Baby|Hund|Katze|Familie|Geburtstag|Hochzeit")
_KIN_ES = (r"mujer|marido|esposa|esposo|hija|hijo|hijas|hijos|madre|mamá|padre|papá|hermana|hermano|abuela|abuelo|"
           r"novia|novio|pareja|prometida|prometido|bebé|perro|perra|gato|familia|cumpleaños|boda")
# "Toms Frau", "die Tochter von Tom", "la mujer de Tomás", "the wife of Tom": a relative of a named person
_RELATIVE_OF = re.compile(
    rf"(?<![\w-])(?P<gen>(?-i:[A-ZÄÖÜ][a-zäöüß]+))s\s+(?-i:{_KIN_DE})\b"
    rf"|\b(?:der|die|das|den|dem)\s+(?-i:{_KIN_DE})\s+von\s+(?P<von>(?-i:[A-ZÄÖÜ][a-zäöüß]+))"
    rf"|\b(?:el|la|los|las)\s+(?:{_KIN_ES})\s+de\s+(?P<de>(?-i:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+))"
    r"|\bthe\s+(?:wife|husband|partner|daughter|son|kids|children|mother|father|mum|mom|dad|brother|sister|baby|dog)"
    r"\s+of\s+(?P<of>(?-i:[A-Z][a-z]+))", re.I)


def relative_name(text: str) -> str | None:
    """The person whose relative a marker speaks of, written the German or Spanish way ("Toms Frau
    bekommt Zwillinge", "la mujer de Tomás espera gemelos", "die Tochter von Tom"): their marker is
    theirs, so one about someone outside the meeting is never the only attendee's."""
    for m in _RELATIVE_OF.finditer(text):
        name = m["gen"] or m["von"] or m["de"] or m["of"]
        if m["gen"] and (re.search(r"\b(?:des|eines|[mds]eines|ihres|unseres|eures|dieses|jedes)\s+$", text[:m.start()], re.I)
                         or re.fullmatch(_KIN_DE, name, re.I)):
            continue  # "seines Vaters Hund": a noun's genitive, not a name's
        if name.lower() not in NOT_NAMES and name.lower() not in _LABELS:
            return name
    return None


_PLACE_BEFORE = re.compile(r"\b(?:at|in|to|from|near|by|outside|inside|opposite|behind|bei|im|zum|zur|en|a|de)\s+(?:the\s+)?$", re.I)


def looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and text.lower() not in NOT_NAMES


def heading_person(heading: str, is_person: Callable[[str], bool]) -> str | None:
    """The person a heading names: its one ``[[link]]`` to a person ("[[Weekly]] with [[Anna]]"), its
    whole text ("Thanh Huong"), or its text before a separator ("Anna Berg - catch-up")."""
    linked = {m.group(1).strip() for m in _LINK.finditer(heading)}
    people = [t for t in linked if is_person(t)]
    if len(people) == 1:
        return people[0]
    plain = clean_markup(heading).strip("*_: ")
    plain = re.sub(r"^[^\w\[@]+|[^\w.)\]]+$", "", plain)  # "### 👩 Lupe", "## Kate 🎉"
    inside = re.fullmatch(r"[^()]+\((?P<aside>[^()]+)\)", plain)
    # "Anna Berg - catch-up", "PM (Pepa)": the text before a separator, or the name in brackets after a role
    candidates = (plain, re.split(r"\s[-–—(:|]\s?", plain)[0].strip(), inside["aside"].strip() if inside else "")
    for candidate in candidates:
        if candidate and looks_like_a_name(candidate) and is_person(candidate):
            return candidate
    return None


def someone_else(heading: str) -> str | None:
    """The person outside the meeting a heading names ("## Tom", "**Tom Becker**", "## [[Tom Becker]] - team"):
    its text (before a separator) is one to three capitalised words, the first a known first name (the
    built-in table). A marker under it with no name of its own is theirs, never an attendee's."""
    from .names import is_first_name

    plain = re.sub(r"^[^\w\[@]+|[^\w.)\]]+$", "", clean_markup(heading).strip("*_: "))
    name = re.split(r"\s[-–—(:|]\s?", plain)[0].strip()
    words = name.split()
    if 1 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            and is_first_name(words[0]):
        return name
    return None


# Words that head sections of meeting notes and are nobody's name ("## Next Steps", "## Action Items", "### Q3
# Budget", "## Nächste Schritte", "## Próximos Pasos"): a title-case heading made of them is a topic, not a person.
_SECTION_WORDS = {
    "agenda", "notes", "note", "summary", "action", "actions", "items", "item", "next", "steps", "step", "decisions",
    "decision", "updates", "update", "overview", "context", "background", "team", "budget", "roadmap", "hiring",
    "misc", "miscellaneous", "other", "others", "general", "questions", "question", "follow", "todo", "todos", "tasks",
    "personal", "private", "family", "health", "work", "travel", "project", "projects", "risks", "issues", "blockers",
    "wins", "feedback", "goals", "okrs", "metrics", "status", "timeline", "intro", "introduction", "discussion",
    "topics", "topic", "open", "closing", "recap", "attendees", "participants", "catch", "catch-up", "check-in",
    "weekly", "daily", "monthly", "quarterly", "review", "planning", "retro", "retrospective", "sync", "standup",
    "meeting", "call", "session", "one", "kick-off", "kickoff", "plan", "plans", "strategy", "sales", "pipeline",
    "product", "design", "engineering", "marketing", "finance", "legal", "operations", "ops", "support", "customer",
    "customers", "client", "clients", "partners", "partner", "board", "investors", "fundraising", "launch", "release",
    "priorities", "highlights", "lowlights", "learnings", "ideas", "parking", "lot", "key", "takeaways", "points",
    "people", "staff", "news", "admin", "logistics", "schedule", "contract", "pricing", "proposal", "demo",
    "remember", "reminders", "home", "kids", "children", "school", "wedding", "birthday", "holiday", "holidays",
    "hobbies", "weekend", "small", "talk", "the", "and", "of", "for", "with", "about", "my", "our", "her", "his",
    "notizen", "themen", "thema", "aufgaben", "nächste", "schritte", "zusammenfassung", "protokoll", "sonstiges",
    "allgemein", "projekt", "ziele", "fragen", "privat", "persönliches", "familie", "gesundheit", "arbeit", "urlaub",
    "termine", "besprechung", "ergebnisse", "entscheidungen", "offene", "punkte", "teil", "rückblick", "ausblick",
    "resumen", "notas", "temas", "tareas", "próximos", "pasos", "acuerdos", "varios", "equipo", "proyecto", "objetivos",
    "preguntas", "seguimiento", "familia", "salud", "trabajo", "vacaciones", "reunión", "pendientes", "decisiones",
    "asistentes", "contexto", "cliente", "presupuesto", "personales", "cosas", "otros",
}


def name_like(heading: str) -> str | None:
    """The text of a heading when it reads as somebody's name: one to three capitalised words of letters
    ("Zeynep", "Bogdan Ilie", "María José Ruiz" before any " – " or " (") none of them a word that heads
    topic sections ("Next Steps", "Q3 Budget")."""
    plain = re.sub(r"^[^\w\[@]+|[^\w.)\]]+$", "", clean_markup(heading).strip("*_: "))
    name = re.split(r"\s[-–—(:|]\s?|\s\(", plain)[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or MARKER_HEADING.match(name) or WEAK_HEADING.match(name):
        return None
    for w in words:
        bare = w.replace("-", "").replace("'", "").replace("’", "")
        if not (w[:1].isupper() and bare.isalpha() and len(bare) > 1) or w.lower() in _SECTION_WORDS:
            return None
    return name


def someone_elses_sections(lines: Sequence[str], is_person: Callable[[str], bool]) -> set[int]:
    """The levels of headings (1-6 for "#", 7 for a bold line or a "Name:" line) at which the note has a
    section per person: at least one heading there names a person of the meeting. A sibling heading at such a
    level that reads as a name ("## Kate", then "## Zeynep") is someone else's section, even when the name is
    in no table: its markers are never the attendee's."""
    levels: set[int] = set()
    fence = False
    for line in lines:
        if FENCE.match(line):
            fence = not fence
        if fence:
            continue
        h = HEADING.match(line)
        pseudo = None if h else PSEUDO_HEADING.match(line)
        title = h["text"] if h else (pseudo["bold"] or pseudo["label"]) if pseudo else None
        if title and heading_person(title, is_person):
            levels.add(len(h["hashes"]) if h else 7)
    return levels


# A heading over people who were not in the meeting: "## Other people", "### Not in the meeting", "## Andere",
# "## Otras personas": its markers with no name of their own are nobody's here
OUTSIDERS_HEADING = re.compile(
    r"^(?:other people|others|other folks|people mentioned|mentioned|not (?:in|at) (?:the )?(?:meeting|call)|not present|"
    r"absent|andere(?: leute| personen)?|sonstige personen|nicht dabei|abwesend|otras personas|otros|otra gente|"
    r"no (?:estaban|presentes|asistieron)|ausentes)\b", re.IGNORECASE)


def prose_before_marker(line: str) -> str:
    """The prose of a line that is not a marker: the part before an inline marker ("Hanne will ab
    Juni wieder Tennis spielen." of "... nicht vergessen: sie ist gegen Latex allergisch"), the line
    without its Dataview fields, the whole line when it has no marker, '' when it is all marker."""
    if LEADING.match(line):
        return ""
    m = None if FIELD.search(line) else INLINE.search(line)  # read in the order markers_on_line reads a line
    if m is not None:
        return "" if _needs_the_prose(m["body"]) else line[:m.start() + 1].strip()
    if TAG.search(line) or TRAILING.match(line):
        return ""
    return FIELD.sub("", line).strip()


_HE = re.compile(r"\b(?:he|him|his|er|ihm|ihn|sein\w*|él)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|hers|sie|ihr\w*|ella)\b", re.I)


def _needs_the_prose(body: str) -> bool:
    """Whether a marker after prose speaks of two people only the prose names ("Margaret is caring for her dad.
    remember: she has been staying over since he moved onto end-of-life care"): the marker is then the whole
    line, not its words alone."""
    return bool(_HE.search(body) and _SHE.search(body))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# An errand for the user, personal or not ("send Donna the young carers leaflet", "approve her leave request in
# Workday", "book the restaurant for his 50th"): something to do, not something to know about them. Asking
# ("ask how her mum's surgery went") and following up stay: they are what the briefing should prompt.
_ERRAND = re.compile(r"^(?:to\s+)?(?:send|approve|book|order|buy|print|submit|forward|sign|renew|pay|post|file|"
                     r"schick\w*|bestell\w*|buch\w*|mand\w+|envi\w+|compr\w+|reserv\w+)\b", re.I)


def _personal(body: str) -> bool:
    """Whether a weak marker's text ("Note: ...", "NB: ...") names a personal topic at all."""
    from .lexicon import classify

    return classify(clean_markup(body)).is_topic


def _not_theirs(body: str, known: Sequence[str]) -> bool:
    """Whether a line under a marker heading is the writer's or someone else's, not an attendee's detail ("Tom asked
    if I'd done NaNoWriMo - no", "Heard from Ingrid that Pieter is divorcing, not my business")."""
    plain = clean_markup(body)
    words = plain.split()
    opens = bool(names_in(" ".join(words[:2]), known, possessive=False) or _short_name(" ".join(words[:1]), known))
    return not_theirs(plain, opens)


def _a_name(plain: str, known: Sequence[str]) -> bool:
    """Whether the word before a colon in a marker's text is a person ("Franzi: Tochter wird eingeschult"), not a
    label ("Health: knee surgery in May", "Kids: ..."). A name of someone outside the meeting stays a name: its
    marker is then nobody's here, never the only attendee's."""
    return plain.lower() not in NOT_NAMES and plain.lower() not in _NOT_LEADS and plain.lower() not in _LABELS


_LABELS = {"kids", "children", "partner", "wife", "husband", "pets", "pet", "dog", "cat", "work", "travel", "hobbies",
           "hobby", "sport", "sports", "food", "diet", "birthday", "birthdays", "school", "home", "house", "medical",
           "news", "life", "weekend", "holiday", "holidays", "vacation", "update", "updates", "context", "background",
           "familie", "gesundheit", "kinder", "urlaub", "hobbys", "familia", "salud", "hijos", "vacaciones", "trabajo"}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "herr", "frau", "sr", "sra", "srta"}


def _lead_is_a_name(plain: str, known: Sequence[str]) -> bool:
    """Whether the capitalised word(s) before a keyword with no separator ("Anna remember: ...") are a
    person, not the start of the keyword phrase ("To remember:", "Must remember:", "Unbedingt merken:",
    "Para recordar:"): with the meeting's names known, only one of them is."""
    if not known:
        return True
    from .names import by_surname, same_first_name

    return any(same_first_name(plain, n) or plain.lower() == n.lower() for n in known) or len(by_surname(plain, known)) == 1


def markers_on_line(line: str, known: Sequence[str] = ()) -> list[tuple[str, str | None, bool]]:
    """The markers written on one line: ``(body, person as written or None, is a note to self)``.

    Several only for Dataview inline fields; prose such as "I remember that trip" gives none.
    ``known`` (the meeting's names) tells a name before the keyword from a word of the phrase."""
    m = LEADING.match(line) or (None if FIELD.search(line) else INLINE.search(line))
    if m is not None:
        groups = m.groupdict()
        body = m["body"].strip()
        if groups.get("paren") and body.endswith(")"):
            body = body[:-1].rstrip()  # "(remember: ...)"
        if m.re is INLINE and _needs_the_prose(body):
            body = f"{line[:m.start() + 1].strip()} {_capital(body)}"  # "... her dad. remember: she ... since he ..."
        plain = groups.get("plain")
        low = groups.get("low")  # "kate: remember: ...": a name written small, only when it is one of the meeting's
        if low and known and _lead_is_a_name(low, known) and low not in NOT_NAMES | _NOT_LEADS | _LABELS:
            plain = _capital(low)
        if plain and not (groups.get("sep") or "").strip() and not _lead_is_a_name(plain, known):
            if plain.lower() in _PROSE_LEADS:
                return []
            plain = None
        named = next((v for k, v in groups.items() if v and k[:2] in ("re", "rp", "rb") and k[2:].isdigit()
                      and v.lower() not in NOT_NAMES and v.lower() not in _QUALIFIER_WORDS), None)
        person = groups.get("about") or groups.get("about2") or named or groups.get("at") or groups.get("link") or plain
        if plain and (plain.lower() in NOT_NAMES or plain.lower() in _NOT_LEADS):
            if plain.lower() in _PROSE_LEADS:
                return []
            person = None
        if not person:
            bm = _BODY_WHO.match(body)
            if bm and (bm["at"] or bm["link"] or (bm["plain"] and _a_name(bm["plain"], known))):
                person, body = bm["at"] or bm["link"] or bm["plain"], bm["rest"]
        if any(v for k, v in groups.items() if k.startswith("weak")) and not _personal(body):
            return []
        return [(TAG.sub("", body).strip(), person, bool(groups.get("self")))]
    t = TRAILING.match(line)
    if t is not None and not FIELD.search(line):
        body = t["body"].strip()
        bm = _BODY_WHO.match(body)  # "Franzi: Tochter wird im Mai eingeschult -> merken!"
        if bm and (bm["at"] or bm["link"] or (bm["plain"] and _a_name(bm["plain"], known))):
            return [(bm["rest"].strip(), bm["at"] or bm["link"] or bm["plain"], False)]
        return [(body, None, False)]
    found = []
    for f in FIELD.finditer(line):
        body, person = f["body"].strip(), None
        bm = _BODY_WHO.match(body)
        if bm and (bm["at"] or bm["link"]):
            person, body = bm["at"] or bm["link"], bm["rest"]
        found.append((body, person, False))
    if found:
        lead = re.match(rf"^{_PREFIX}(?:{_WHO})\s*:\s", line)
        lead_person = (lead["at"] or lead["link"]) if lead else None
        return [(body, person or lead_person, False) for body, person, _ in found]
    e = EMOJI_LEADING.match(line) or EMOJI_TRAILING.match(line)
    if e is not None:
        body = e["body"].strip()
        if not _personal(body) or _WRITER.match(clean_markup(body)) or body.rstrip().endswith("?"):
            return []  # "⭐ great demo", "📌 I owe her the deck": no detail about anyone
        who = e.groupdict()
        if who.get("at") or who.get("link") or (who.get("plain") and _a_name(who["plain"], known)):
            return [(body, who["at"] or who["link"] or who["plain"], False)]  # "Kate: 📌 her son ..."
        bm = _BODY_WHO.match(body)
        if bm and (bm["at"] or bm["link"] or (bm["plain"] and _a_name(bm["plain"], known))):
            return [(bm["rest"].strip(), bm["at"] or bm["link"] or bm["plain"], False)]
        return [(body, None, False)]
    tags = list(TAG.finditer(line))
    if tags:
        body = re.sub(rf"^{_PREFIX}", "", TAG.sub("", line))
        if all(t["weak_tag"] for t in tags) and (not _personal(body) or _WRITER.match(clean_markup(body))):
            return []  # "#personal" on the writer's own line or on no personal topic
        bm = _BODY_WHO.match(body.strip())
        if bm and (bm["at"] or bm["link"]):
            return [(bm["rest"].strip(), bm["at"] or bm["link"], False)]
        return [(body.strip(), None, False)]
    return []


_PROPERTY = re.compile(r"^\s*(?:[-*]\s+)?(?P<key>[\w-]+)::\s*(?P<value>.*)$")
# a line that opens a note of its own: blank, a heading, quote, table row, item, property, rule, bold title or a
# "Label: ..." ("Next steps: send the estimate")
_NOT_CONTINUATION = re.compile(r"^\s*(?:$|#|>|\||```|~~~|[-*+•]\s|\d+[.)]\s|[\w-]+::|---|\*\*[^*]+\*\*\s*:?\s*$|"
                               r"[^\W\d_][\w ]{0,25}:(?:\s|$))")


# a line cut in the middle of a sentence: it ends on a comma, a dash or a word no sentence ends on
_OPEN_END = re.compile(r"(?:[,–—-]|\b(?:the|a|an|to|in|on|at|for|of|and|or|with|her|his|their|from|is|are|der|die|das|"
                       r"den|dem|ein|eine|einen|und|oder|mit|im|am|zum|zur|nach|von|ihre|ihr|sein|seine|ist|el|la|los|"
                       r"las|un|una|de|del|en|y|o|con|para|por|su|sus|que|es|está))\s*$", re.I)


def join_continuations(lines: Sequence[str]) -> tuple[list[str], set[int]]:
    """A list item or marker line wrapped onto the lines below it, read as one line: "- remember: her son starts
    school" then "  in September". A line continues the one above when it is no new item, heading, quote, table
    row or property, and either is indented under the item's text (Markdown's rule), or goes on after a line cut
    mid-sentence (ending on "the", "den", "de" or a comma), or goes on in small letters after a long line with no
    full stop (an editor's hard wrap). "- remember: her dog is sick" then "next steps: ..." stay two lines. Returns the lines (each continued line
    holding its continuation, the continuation's own line kept for line numbers) and the continuations' indexes."""
    out = list(lines)
    continued: set[int] = set()
    i = 0
    while i < len(out):
        item = LIST_ITEM.match(out[i]) or _ITEM.match(out[i])
        head = out[i]
        if not (item or MARKER_WORDS.search(head)) or not head.strip() or _NOT_CONTINUATION.match(head) and not item:
            i += 1
            continue
        body_col = (len(head) - len(head.lstrip()) + (len(head.lstrip()) - len(item["body"]) if item else 0))
        j = i + 1
        while j < len(out) and not _NOT_CONTINUATION.match(out[j]) and not FENCE.match(out[j]):
            nxt = out[j]
            if WRITTEN_MARKER.match(nxt.strip()):
                break  # "don't forget: ..." under a long line opens a marker of its own
            indent = len(nxt) - len(nxt.lstrip())
            lazy = bool((_OPEN_END.search(out[i]) and re.match(r"\s*[^\W\d_]", nxt)) or (
                re.match(r"\s*(?-i:[a-zäöüßáéíóúñ])", nxt) and len(out[i]) >= 70
                and not re.search(r"[.!?:)\]]\s*$", out[i])))
            if not ((item and indent >= max(body_col, 2)) or lazy):
                break
            out[i] = f"{out[i].rstrip()} {nxt.strip()}"
            continued.add(j)
            j += 1
        i = j
    return out, continued
_PLAIN_PROPERTIES = {"tags", "tag", "type", "alias", "aliases", "id", "collapsed", "heading"}
_ANY_TAGS_PROPERTY = re.compile(r"^\s*(?:[-*]\s+)?(?:tags?|type)::", re.I | re.M)
_TAG_WORD = re.compile(rf"(?:{_TAGS})|(?P<weak>{_WEAK_TAGS})", re.I)


def tagged_by_property(lines: Sequence[str]) -> dict[int, list[tuple[str, str | None, bool]]]:
    """Blocks a Logseq property marks ("- her son starts school in April" then "  tags:: remember"): the
    block's first line (0-based) -> its marker. ``#personal``-like tags only for a personal topic."""
    out: dict[int, list[tuple[str, str | None, bool]]] = {}
    for i, line in enumerate(lines):
        prop = _PROPERTY.match(line)
        if prop is None or prop["key"].lower() not in ("tags", "tag", "type"):
            continue
        words = [w.strip(" #[]") for w in prop["value"].split(",")]
        hits = [m for w in words if (m := _TAG_WORD.fullmatch(w))]
        j = i - 1
        while j >= 0 and _PROPERTY.match(lines[j]):
            j -= 1
        if not hits or j < 0 or not lines[j].strip():
            continue
        body = (LIST_ITEM.match(lines[j]) or re.match(r"^\s*(?P<body>.*)$", lines[j]))["body"].strip()
        if all(m["weak"] for m in hits) and (not _personal(body) or _WRITER.match(clean_markup(body))):
            continue
        out[j] = [(body, None, False)]
    return out


_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_ANY_TABLE = re.compile(r"^\s*\|.*\|\s*$", re.M)


def table_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table row ("| Kate | remember: her son ... |"), or None for any other line."""
    stripped = line.strip()
    if len(stripped) < 3 or not stripped.startswith("|") or not stripped.endswith("|"):
        return None
    cells = re.split(r"(?<!\\)\|(?![^\[\]]*\]\])", stripped[1:-1])  # not the "|" of a [[Name|alias]] link
    return [c.strip().replace("\\|", "|") for c in cells]


class _Table:
    """A Markdown table's header: the columns whose cells are markers ("To remember", "Merken") and the
    columns that name a person ("| Topic | Kate | Bill |")."""

    def __init__(self, marker_columns: frozenset[int] = frozenset(), people: dict[int, str] | None = None):
        self.marker_columns = marker_columns
        self.people = people or {}

    @classmethod
    def from_header(cls, cells: list[str], is_person: Callable[[str], bool]) -> _Table:
        marker_columns = frozenset(i for i, c in enumerate(cells) if c and MARKER_HEADING.match(c))
        people = {i: p for i, c in enumerate(cells) if c and (p := heading_person(c, is_person))}
        return cls(marker_columns, people)

    def markers(self, cells: list[str], known: Sequence[str], is_person: Callable[[str], bool]
                ) -> list[tuple[str, list[tuple[str, str | None, bool]], str | None]]:
        """The markers of one row, each cell read as a line of its own: a marker in a cell, or any text in a
        marker column; each cell's with the person its column or its row names (as a heading would)."""
        named = [p for c in cells if c and not markers_on_line(c, known) and (p := heading_person(c, is_person))]
        row_person = named[0] if len(named) == 1 else None
        out = []
        for i, cell in enumerate(cells):
            found = markers_on_line(cell, known)
            if not found and i in self.marker_columns and cell and not _WRITER.match(clean_markup(cell)):
                found = [(cell, None, False)]
            if found:
                out.append((cell, found, self.people.get(i) or row_person))
        return out


# "AM: fine with the deck", "- LE: pushing back ...", "asist.: IC, LE, AM": initials as a note's label for a person
_INITIALS_LABEL = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\*\*)?(?P<initials>[A-ZÀ-Þ]{2,3})(?:\*\*)?\s*:(?:\*\*)?\s", re.M)


def initials_used(text: str, names: Sequence[str], taken: dict[str, str] | None = None) -> dict[str, str]:
    """Initials a note uses as labels ("AM: fine with the deck") that fit exactly one of ``names`` (Anjali
    Mehta): within that note they name her even where they also spell a common abbreviation ("AM", "PM"), so
    "remember AM vegan" is hers. Initials that fit two people, or that the note links elsewhere, name nobody."""
    from .names import initials_of

    out: dict[str, str] = {}
    for m in _INITIALS_LABEL.finditer(text):
        letters = m["initials"]
        if letters in out or (taken and letters in taken):
            continue
        fits = [n for n in names if initials_of(letters, n, acronyms=True)]
        if len(fits) == 1:
            out[letters] = fits[0]
    return out


def _one_of(names: Sequence[str], also: Callable[[str], bool] | None) -> Callable[[str], bool]:
    """A title names a person when it fits exactly one of ``names`` (full name, first name, short
    form, surname: "## Mr Okafor"), or when ``also`` says it does."""
    from .names import by_surname, same_first_name

    def is_person(title: str) -> bool:
        return (sum(1 for n in names if same_first_name(title, n)) == 1
                or len(by_surname(title, names)) == 1 or bool(also and also(title)))

    return is_person


def find_markers(text: str, ref: str | None = None, known_names: Sequence[str] = (),
                 ref_for: Callable[[int], str] | None = None,
                 is_person: Callable[[str], bool] | None = None,
                 parents_of: Callable[[int], Sequence[str]] | None = None,
                 first_line: int = 1) -> list[Candidate]:
    """Explicit candidates from the markers of a note: the one marker grammar of rapport.

    ``ref`` (a path or note id) becomes ``ref:line`` source refs; ``ref_for(line)`` names the place
    itself (a block id, say). ``known_names`` are the meeting's people: a marker naming one is
    theirs. A marker with no name of its own belongs to the person the nearest heading above it
    names (a deeper heading that names nobody keeps the person of the one above it); in an
    outline, ``parents_of(line)`` gives the titles of the blocks a line sits under, nearest
    first, and the nearest that names a person wins. A title names someone when it fits exactly
    one of ``known_names`` (full name, first name, nickname or short form) or ``is_person`` says
    so (the people notes of a vault, say). ``first_line`` is the line number of ``text``'s first line."""
    out: list[Candidate] = []
    if parents_of is None:  # an outline in plain Markdown: "- [[Ingrid]]" with indented items under it
        outline = outline_parents(text)
        parents_of = lambda line: outline.get(line - first_line + 1, [])  # noqa: E731
    is_person = _one_of(known_names, is_person)
    if not (MARKER_WORDS.search(text) or _ANY_ABBR.search(text) or TAG.search(text) or _ANY_TAGS_PROPERTY.search(text)
            or _ANY_TABLE.search(text) or _ANY_MARKER_HEADING.search(text) or _ANY_BARE.search(text)
            or _ANY_CALLOUT.search(text) or _ANY_EMOJI.search(text)):
        return out  # most notes have no marker: skip the line-by-line walk
    fence = ""
    headings: list[tuple[int, str | None]] = []  # (level, person it names)
    under_marker_heading = False
    marker_section, section_indent, section_hashed, section_weak = "start", None, False, False
    in_callout = False  # inside an Obsidian callout whose lines are markers ("> [!note] Remember")
    # [[Henrik Dahl|Rik]] anywhere in the note says who "Rik" is
    aliases = {alias.strip(): target.strip() for target, alias in _LINK.findall(text) if alias.strip()}
    aliases.update(initials_used(text, known_names, aliases))
    known = [*known_names, *aliases]
    def emit(found: list[tuple[str, str | None, bool]], line: str, lineno: int, above: str,
             context: str | None = None) -> None:
        """The candidates of one line's markers, each given its person (``context``: the person a table's
        column or row names, else the nearest heading's)."""
        for title in () if context else parents_of(lineno) if parents_of is not None else ():
            context = heading_person(title.lstrip("#").strip(), is_person)
            if context:
                break
        context = context or next((p for _level, p in reversed(headings) if p), None)
        for body, person, to_self in found:
            if (is_task(body) and (to_self or not _personal(body) or _ERRAND.match(clean_markup(body)))) or (
                    _WORK_ITEM.search(body) and not _personal(body)):
                continue  # "note to self: send the deck", "recordar: mandarle flores", "don't forget: renewal deck
                # for Emeka by Friday": the user's task
            if body.rstrip().endswith("?") and not _personal(body):
                continue  # "Remember that meeting we had?" is a question; "ask how the surgery went?" is kept
            # ... else a known name in its text, or in the prose before it on the line ("Priyanka OOO,
            # honeymoon in Bali -> don't forget: congrats on the wedding"), else the heading's person
            person = (person or names_in(body, known, possessive=False) or _short_name(body, known_names)
                      or _known_name(prose_before_marker(line), known)
                      or _short_name(prose_before_marker(line), known_names)  # "PM (Pepa): ok. #recordar su hijo ..."
                      or context or possessive_name(body)
                      or relative_name(clean_markup(body))
                      or (_PRONOUN_FIRST.match(clean_markup(body)) and _one_named(above, known, known_names)))
            if person:
                person = clean_markup(person.strip())
                person = aliases.get(person, person)
            cleaned = clean_markup(body)
            if not cleaned:
                continue
            out.append(Candidate(
                text=cleaned[:1].upper() + cleaned[1:], person=person or None, explicit=True, source="notes",
                source_ref=ref_for(lineno) if ref_for else f"{ref}:{lineno}" if ref else f"line {lineno}",
                confidence=1.0,
            ))

    def section_person(title: str, level: int) -> str | None:
        """The person a heading names: an attendee (or a person ``is_person`` knows), else, when the meeting's
        people are known, someone outside it ("## Tom" in a 1:1 with Kate: markers under it are not Kate's; so
        is "## Zeynep" beside a "## Kate" section)."""
        plain = clean_markup(title).strip("*_:# ")
        if known_names and OUTSIDERS_HEADING.match(re.sub(r"^[^\w]+", "", plain)):
            return plain  # "## Other people": nobody of the meeting (capture finds nobody by this name)
        return heading_person(title, is_person) or (
            (someone_else(title) or (name_like(title) if level in per_person else None)) if known_names else None)

    previous = ""  # the line above, for "she"/"his" in a marker right under a line naming someone
    lines = text.splitlines()
    lines, continued = join_continuations(lines)
    per_person = someone_elses_sections(lines, is_person) if known_names else set()
    table: _Table | None = None
    tagged = tagged_by_property(lines)
    for offset, line in enumerate(lines):
        lineno = first_line + offset
        if offset in continued:
            continue  # read with the line it continues
        above, previous = previous, line
        f = FENCE.match(line)
        if f:
            fence = "" if fence and f.group(1) == fence else fence or f.group(1)
            continue
        if fence:
            continue
        cells = table_cells(line)
        if cells is None:
            table = None
        elif table is None and offset + 1 < len(lines) and _TABLE_RULE.match(lines[offset + 1]):
            table = _Table.from_header(cells, is_person)  # "| Who | To remember |"
            continue
        if cells is not None:
            if not _TABLE_RULE.match(line):
                for cell, found, person in (table or _Table()).markers(cells, known, is_person):
                    emit(found, cell, lineno, above, person)
            continue
        callout = CALLOUT.match(line)
        if callout is not None:  # "> [!note] Remember", "> [!remember]", "> [!tip] Remember: her son ..."
            title = callout["title"].strip()
            in_callout = callout["kind"].lower() in _CALLOUT_KINDS or bool(title and MARKER_HEADING.match(title))
            if in_callout or not title:
                continue
            line = title  # a marker written in the callout's title
        elif in_callout:
            if not line.lstrip().startswith(">"):
                in_callout = False
            else:
                body = re.sub(r"^\s*>\s?", "", line)
                found = markers_on_line(body, known)
                if not found:
                    item = LIST_ITEM.match(body)
                    bare = (item["body"] if item else body).strip()
                    found = [(bare, None, False)] if bare else []
                line = body
                for body_text, person, _self in found:
                    person = (person or names_in(body_text, known, possessive=False) or _short_name(body_text, known_names)
                              or next((p for _level, p in reversed(headings) if p), None) or possessive_name(body_text))
                    cleaned = clean_markup(body_text)
                    if cleaned and not cleaned.endswith("?"):
                        out.append(Candidate(
                            text=cleaned[:1].upper() + cleaned[1:], person=clean_markup(person) if person else None,
                            explicit=True, source="notes",
                            source_ref=ref_for(lineno) if ref_for else f"{ref}:{lineno}" if ref else f"line {lineno}",
                            confidence=1.0))
                continue
        mh = MARKER_HEADING.match(line) or WEAK_HEADING.match(line)
        if mh:  # "## Remember", "Remember:" alone on its line, "## Things to remember about Anna"
            under_marker_heading = True
            section_weak = mh.re is WEAK_HEADING  # "Next time:": its personal items only
            marker_section = "start"  # then "items" (a list) or "prose" (lines of their own)
            as_item = _ITEM.match(line)  # "- Remember:" in an outline: its nested items
            section_indent = len(as_item["indent"].expandtabs(4)) if as_item else None
            section_hashed = line.lstrip().startswith("#")
            groups = mh.groupdict()
            who = (groups.get("who") or groups.get("who2") or groups.get("who3") or groups.get("who0") or "").strip()
            if line.lstrip().startswith("#"):
                level = len(line.lstrip()) - len(line.lstrip().lstrip("#"))
                while headings and headings[-1][0] >= level:
                    headings.pop()
                headings.append((level, heading_person(who, is_person) if who else None))
            elif who:
                headings.append((7, heading_person(who, is_person)))
            continue
        h = HEADING.match(line)
        if h:
            under_marker_heading = False
            level = len(h["hashes"])
            while headings and headings[-1][0] >= level:
                headings.pop()
            headings.append((level, section_person(h["text"], level)))
            continue
        pseudo = PSEUDO_HEADING.match(line)
        if pseudo and not markers_on_line(line, known):
            # "**Kate**" or "Kate:" alone on its line, bullets under it: a heading below any "#" one
            if not section_hashed:
                under_marker_heading = False
            while headings and headings[-1][0] >= 7:
                headings.pop()
            headings.append((7, section_person(pseudo["bold"] or pseudo["label"], 7)))
            continue
        prop = _PROPERTY.match(line)
        if prop and prop["key"].lower() in _PLAIN_PROPERTIES:
            continue  # "tags:: [[remember]]" marks the block above it, "id:: ..." is Logseq's
        found = markers_on_line(line, known)
        if not found and offset in tagged:
            found = tagged[offset]
        if found and under_marker_heading and LIST_ITEM.match(line):
            marker_section = "items"  # "- remember: ..." under "## Personal": a list, which prose then ends
        if not found and under_marker_heading:
            item = LIST_ITEM.match(line)
            nested = _ITEM.match(line)
            if item is not None and section_indent is not None and (
                    nested is None or len(nested["indent"].expandtabs(4)) <= section_indent):
                under_marker_heading = False  # an outline item no deeper than "- Remember:" ends it
                continue
            if item is None:
                if not line.strip():
                    if marker_section == "prose" and not section_hashed:
                        under_marker_heading = False  # "Remember:" then lines: a blank line ends them
                    continue
                if _PLAN_LINE.match(line):
                    continue  # "Action: PN to email the agency": the writer's, not a marker
                if marker_section in ("start", "prose") and section_indent is None:
                    marker_section = "prose"  # "### To remember" then lines of prose: each one a marker
                    found = [(re.sub(r"^\s*(?:>\s*)*", "", line).strip(), None, False)]
                else:
                    under_marker_heading = False  # prose after the list ends it
                    continue
            else:
                marker_section = "items"
                found = [(item["body"].strip(), None, False)]
            if section_weak and not _personal(found[0][0]):
                continue  # "Next time:" then "- send the revised deck"
            if _WRITER.match(clean_markup(found[0][0])) or _not_theirs(found[0][0], known):
                continue  # "## Personal" then "I need to book the room", "Jalen asked if I'm still playing": the writer's own
            bm = _BODY_WHO.match(found[0][0])  # "- Guille: su hija cumple 15 en diciembre"
            if bm and (bm["at"] or bm["link"] or (bm["plain"] and _lead_is_a_name(bm["plain"], known))):
                found = [(bm["rest"].strip(), bm["at"] or bm["link"] or bm["plain"], False)]
        emit(found, line, lineno, above)
    return out

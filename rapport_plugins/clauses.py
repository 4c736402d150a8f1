"""Which person a clause of a memory's text is about, so a date is given only to the fact it dates.

A memory is often one line that says two things about two people: "Bart's mum is in hospital,
he flies out on Saturday"; "My dad's in hospice and my brother's flying in tonight"; "Seine
Mutter liegt im Krankenhaus, er fliegt am Samstag hin". The Saturday is the son's flight, not
the mother's stay: stored on the memory about her, it would have the briefing ask "how did
Saturday go?" about a hospital stay that has no Saturday. The rule (docs/capture.md, "Dates"):

- A text is cut into clauses at a sentence's end, ";", ":", a dash, a comma, and the
  conjunctions that join two statements ("and", "but", "so", "because", "and then", "und",
  "aber", "weil", "denn", "y", "pero", "porque", ...) - a conjunction only after three words or
  more, so "my wife and I", "Sam und ich", "mi mujer y yo" stay one subject.
- Each clause's subject is read from its first words (or, in a German or Spanish clause that
  opens with its time phrase, right after the verb: "am Samstag fliegt er"): the speaker ("I",
  "we", "ich", "wir", "yo", "my wife and I", or a dropped subject in the first person: "viajo el
  sábado", "me voy mañana", "nos mudamos en mayo", "fahre am Samstag hin"), a relative ("my dad", "Bart's mum", "seine
  Mutter", "su hermano"), or a pronoun ("he", "she", "er", "ella"). Anything else (a name, "the
  wedding", "it", no subject at all: "due in November") is not read as a person.
- The **head** is the first clause whose subject is a person and that says something about them
  ("Mother, she is in hospital since Monday": "Mother" alone is no head). When the head is about
  somebody other than the speaker, and the date sits in a later clause whose subject is plainly
  another person (another relative, the speaker, a pronoun of the other gender), the date is that
  other person's: the memory gets no date, the phrase stays in its text. The speaker's household
  (partner, children) is in their "we" ("my wife is pregnant, we expect the baby in August").
- A speaker's own preface ("Sorry I'm late, my dad had a fall on Sunday", "I'm off tomorrow, my
  band has a gig tonight") is not such a head: what follows is the news. A preface that says how
  the speaker is ("Sorry, I'm a bit scattered, my partner's mum died last week and we fly out on
  Saturday") is passed over: the head is the news after it.
- In a possessive chain the last relative is the subject: "my partner's mum" is a mother.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Relatives, normalised to one key each, with their grammatical person's gender where it has one.
_RELATIVES: dict[str, tuple[str, str | None]] = {}


def _add(key: str, gender: str | None, *words: str) -> None:
    for w in words:
        _RELATIVES[w] = (key, gender)


_add("mother", "f", "mum", "mom", "mother", "mama", "mam", "mummy", "mommy", "mutter", "mutti", "madre", "mamá", "mama")
_add("father", "m", "dad", "father", "papa", "daddy", "pa", "vater", "vati", "padre", "papá")
_add("sister", "f", "sister", "sis", "schwester", "hermana")
_add("brother", "m", "brother", "bro", "bruder", "hermano")
_add("daughter", "f", "daughter", "tochter", "hija", "stepdaughter")
_add("son", "m", "son", "sohn", "hijo", "stepson")
_add("wife", "f", "wife", "frau", "ehefrau", "esposa", "mujer")
_add("husband", "m", "husband", "mann", "ehemann", "esposo", "marido")
_add("girlfriend", "f", "girlfriend", "freundin", "novia", "fiancée", "verlobte", "prometida")
_add("boyfriend", "m", "boyfriend", "freund", "novio", "fiancé", "fiance", "verlobter", "prometido")
_add("partner", None, "partner", "partnerin", "pareja", "spouse", "other half")
_add("grandmother", "f", "grandma", "grandmother", "gran", "granny", "nan", "nana", "oma", "großmutter", "abuela")
_add("grandfather", "m", "grandpa", "grandfather", "grandad", "granddad", "opa", "großvater", "abuelo")
_add("aunt", "f", "aunt", "auntie", "tante", "tía", "tia")
_add("uncle", "m", "uncle", "onkel", "tío", "tio")
_add("niece", "f", "niece", "nichte", "sobrina")
_add("nephew", "m", "nephew", "neffe", "sobrino")
_add("granddaughter", "f", "granddaughter", "enkelin", "nieta")
_add("grandson", "m", "grandson", "enkel", "nieto")
_add("cousin", None, "cousin", "cousine", "kusine", "cousin", "primo", "prima")
_add("child", None, "kid", "child", "baby", "toddler", "kind", "baby", "bebé", "bebe", "niño", "niña")
_add("parents", "pl", "parents", "eltern", "padres", "in-laws", "schwiegereltern", "suegros")
_add("kids", "pl", "kids", "children", "twins", "kinder", "zwillinge", "hijos", "niños", "gemelos", "mellizos")
_add("mother-in-law", "f", "mother-in-law", "schwiegermutter", "suegra")
_add("father-in-law", "m", "father-in-law", "schwiegervater", "suegro")

# Who the speaker lives with: "my wife ... we", "the kids ... we" are one household.
_HOUSEHOLD = {"wife", "husband", "girlfriend", "boyfriend", "partner", "son", "daughter", "child", "kids"}

_REL = "|".join(sorted((re.escape(w) for w in _RELATIVES), key=len, reverse=True))
_POSSESSOR = (r"(?:my|his|her|their|our|your|(?-i:[A-ZÀ-Þ][\w-]+)(?:['’]s?)?|mein(?:e|en|em|er)?|sein(?:e|en|em|er)?|"
              r"ihr(?:e|en|em|er)?|unser(?:e|en|em|er)?|mi|mis|su|sus|tu|tus|the|der|die|das|el|la)")
_SIZE = r"(?:(?:little|big|baby|older|younger|elder|eldest|youngest|oldest|kleine\w*|große\w*|ältere\w*|jüngere\w*|" \
        r"mayor|menor|pequeñ[oa])\s+)?"
_RELATIVE_NP = re.compile(rf"(?:{_POSSESSOR}\s+)?{_SIZE}(?P<rel>{_REL})(?![\w-])", re.I)
_SPEAKER = re.compile(r"(?:(?P<i>i|i['’](?:m|ve|ll|d)|ich|yo)|we|we['’](?:re|ve|ll|d)|wir|nosotr[oa]s)(?![\w'’-])", re.I)
_MINE = re.compile(r"(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mi|mis|nuestr[oa]s?)\b", re.I)
_THEIRS = re.compile(r"(his|her|sein\w*)\s", re.I)  # the possessives that say their owner's gender
_POSSESSIVE_GENDER = {"his": "m", "her": "f", "sein": "m"}
# Capitalised words that open a clause and are nobody's name
_NOT_NAMES = (r"(?:the|a|an|el|la|los|las|un|una|der|den|dem|ein|eine|it|this|that|let|who|how|where|when|why|so|well|"
              r"oh|yes|no|ok|okay|thanks|sorry|hi|hey|also|and|but|he|she|they|we|you|i|él|ella|ellos|ellas|usted|there|here|what|which|who|everything|nothing|something|everyone|everybody|nobody|"
              r"das|es|der|die|dies|dieser|diese|alles|nichts|man|eso|esto|esta|este|todo|nada|alguien|"
              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|"
              r"samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|today|tomorrow|tonight|heute|morgen|"
              r"hoy|mañana|work|life|family|home|school|uni|baby|weather|christmas|easter)")
# A name as the subject: "Dorothy is flying out", "Our Morag's in hospital", "Lucía viaja el sábado" (not
# German: every noun there is capitalised, "Privat ist gerade viel los")
_NAME = re.compile(r"(?P<mine>(?:our|my|unser(?:e[mnrs]?)?|mein(?:e[mnrs]?)?|nuestr[oa]|mi)\s+)?(?!" + _NOT_NAMES + r"\b)"
                   r"(?P<name>(?-i:[A-ZÀ-Þ][a-zà-ÿ]+))(?=['’]s\s|\s+(?:is|was|has|had|will|would|['’]ll|"
                   r"está|es|tiene|va|viene|llega|vuela|viaja|sale|vuelve|empieza|"
                   r"flies|goes|leaves|arrives|starts|moves|comes|drives|travels|returns|gets|turns|begins|visits)\b)", re.I)
_CHAIN = re.compile(rf"['’]s?\s+{_SIZE}(?P<rel>{_REL})(?![\w-])", re.I)
_APPOSITIVE = re.compile(r"\s+(?P<name>(?-i:[A-ZÀ-Þ][a-zà-ÿ]+))\b")
_PRONOUN = re.compile(r"(?P<p>he|she|they|er|él|ella|ellos|ellas)(?:['’](?:s|ll|d|re|ve))?(?![\w'’-])", re.I)
_WITH_ME = re.compile(r"\s+(?:and|&|und|y)\s+(?:i|me|ich|yo)(?![\w'’-])", re.I)
_FILLER = re.compile(
    r"^(?:[\"“”'‘’«»(\[*_>\s-]|(?:also|and|but|so|then|now|plus|oh|well|anyway|btw|ok|okay|yes|yeah|"
    r"und|aber|dann|jetzt|ach|na|ja|auch|y|pero|luego|además|pues|bueno|que|oye|mira|dass(?=\s)|that(?=\s))\b[,\s]*)+", re.I)
# A clause that only frames what follows as told ("Er meinte, ...", "Sie erzählte mir, dass ...", "She
# said, ..."): no statement about its subject, so no head.
_TOLD_ONLY = re.compile(
    r"^\W*(?:(?:mir|uns|me|us|me|nos|le)\s+)?(?:said|says|mentioned|mentions|told (?:me|us)|tells (?:me|us)|explained|"
    r"erzählte|erzählt|meinte|meint|sagte|sagt|berichtete|erwähnte|schrieb|hat (?:mir |uns )?(?:erzählt|gesagt|gemeint|"
    r"erwähnt|berichtet|geschrieben)|dijo|dice|comentó|comenta|contó|cuenta|mencionó|explicó|platicó)"
    r"(?:\s+(?:mir|uns|me|us))?\W*$", re.I)
# After a fronted time phrase a German or Spanish verb comes before its subject: "am Samstag fliegt
# er hin", "el sábado llega su hermano" (a Spanish person object takes "a": "visita a su madre").
_INVERTED = re.compile(rf"^(?-i:[a-zäöüßáéíóúñ]+)\s+(?:(?P<pro>er|ich|wir)(?![\w-])|(?P<np>(?:su|sus|mi|mis|tu|el|la)\s+"
                       rf"{_SIZE}(?:{_REL})(?![\w-])))", re.I)
# A sentence ends after a word (not after a German ordinal's dot, "am 3. Mai", nor after an abbreviation
# or an initial: "Dr. Ruiz", "ca. drei Wochen", "nä. Wo.", "J. Smith") before the next word.
_ABBREVIATIONS = "dr|drs|mr|mrs|ms|st|sr|sra|srta|dra|prof|nr|tel|ca|vs|approx|inkl|evtl|ggf|bzw|sog|geb|wo|nä"
_SENTENCE_END = (r"(?:(?<=[^\W\d][.!?])|(?<=####[.!?]))(?<!\b[A-ZÀ-Þ]\.)" + "".join(
    rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS.split("|")) + r"(?<!z\.b\.)(?<!u\.a\.)(?<!d\.h\.)(?<!e\.g\.)"
    r"(?<!i\.e\.)\s+(?=[\W_]*[^\W\d_])")
# A German sentence whose full stop was left out ("... fängt am 1. August seine Lehre an Sie war letzte Woche
# in Lissabon"): a capitalised "Ich", "Er", "Es", "Wir" after a lower-case word starts a new one (mid-sentence
# they are written small), and so does "Sie" before a finite verb ("Sie" before anything else may be the
# polite "you": "ich rufe Sie morgen an").
_MISSING_STOP_DE = (r"(?<=[a-zäöüß])\s+(?=(?-i:Ich|Er|Es|Wir)\s|(?-i:Sie)\s+(?-i:war|waren|ist|sind|hat|hatte|"
                    r"hatten|haben|wird|wurde|kommt|kam|geht|ging|fängt|fing|zieht|zog|fährt|fuhr|fliegt|flog|"
                    r"heiratet|heiratete|feiert|feierte|arbeitet|macht|machte)\b)")
_CUT = re.compile(_SENTENCE_END + "|" + _MISSING_STOP_DE + r"|(?<=[!?])\s+|[;()]\s*|(?<!\d)[:]\s*|:\s+|(?<!\d),\s*|,(?!\d)\s*|\s+[-–—]+\s+|"
                  r"\s*(?:->|=>|→)\s*", re.I)
_JOIN = re.compile(
    r"\s+(?:and then|and|but|so|because|while|whereas|although|though|und dann|und|aber|weil|denn|sondern|während|"
    r"obwohl|y luego|y después|y|e|pero|porque|mientras|aunque|así que)\s+", re.I)
# What may stand before a conjunction that joins two subjects, not two statements ("my wife and I",
# "Oma und Opa", "Tom y su mujer", "his little sister and her boyfriend"): articles, possessives,
# size words, relatives, names (capitalised) - and no verb.
_NP_WORD = re.compile(rf"^(?:{_POSSESSOR}|{_REL}|a|an|ein\w*|un|una|los|las|(?:little|big|baby|older|younger|elder|"
                      rf"eldest|youngest|oldest|kleine\w*|große\w*|ältere\w*|jüngere\w*|mayor|menor|pequeñ[oa]s?)|"
                      rf"(?-i:[A-ZÀ-Þ][\w-]*(?:['’]s?)?))$", re.I)
_SPEAKER_AFTER = re.compile(r"(?:i|me|ich|yo|mir|mich)(?![\w'’-])", re.I)
# Days joined into one list ("Di und Do", "Monday and Thursday", "lunes y miércoles", "3 and 4 May")
_DAY_WORD = (r"(?:\d{1,2}\w*\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
             r"donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
             r"(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun))s?")
_DAY_LIST = re.compile(rf"(?<![\w-]){_DAY_WORD}\s*$", re.I)
_DAY_AFTER = re.compile(rf"{_DAY_WORD}(?![\w-])", re.I)


@dataclass(frozen=True)
class Subject:
    """Who a clause is about: ``kind`` speaker / we / relative / pronoun / name; ``key`` the relative's
    or pronoun's word (normalised) or the name; ``gender`` m / f / pl or None."""

    kind: str
    key: str = ""
    gender: str | None = None
    owner: str = ""  # whose relative: "speaker" (my, our, mein, mi) or "other" (his, Bart's, su)
    name: str = ""  # a relative's own name said with them ("her granddaughter Ama")
    owner_gender: str | None = None  # of a possessive pronoun: "his daughter" m, "her husband" f, "su hijo" None


def clauses(text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` as (start, end) offsets: the one clause model that both the tense of a
    date phrase (dates.py) and whose fact it dates (this module) are judged on.

    A clause ends at a sentence's end (not an abbreviation's or a German ordinal's dot), ";", a
    colon (not a time's: "15:30"), a comma (not a decimal one: "1,5"), brackets, a dash between
    spaces, an arrow, and a conjunction that joins two statements - not one that joins two people
    into one subject ("my wife and I", "Oma und Opa", "Tom y su mujer"): before it, since the
    clause began, stand only articles, possessives, relatives and names - nor one that lists days
    ("Di und Do", "Monday and Thursday")."""
    cuts = [(m.start(), m.end()) for m in _CUT.finditer(text)]
    for m in _JOIN.finditer(text):
        if any(s <= m.start() < e for s, e in cuts):
            continue
        before = max((e for s, e in cuts if e <= m.start()), default=0)
        words = _FILLER.sub("", text[before:m.start()]).split()
        if _DAY_LIST.search(text, 0, m.start()) and _DAY_AFTER.match(text, m.end()):
            continue  # "immer Di und Do": one list of days
        if _SPEAKER_AFTER.match(text, m.end()) and len(words) <= 4 or words and len(words) <= 4 and all(
                _NP_WORD.match(w.strip("\"“”'‘’«»*_")) for w in words):
            continue
        cuts.append((m.start(), m.end()))
    spans, start = [], 0
    for s, e in sorted(cuts):
        spans.append((start, s))
        start = e
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


# A clause with its subject dropped, in the first person, said by its verb: Spanish "viajo el sábado",
# "me voy mañana", "nos mudamos en mayo", German (spoken, notes) "fahre am Samstag hin", "bin ab Montag
# weg". The third person ("lo operan el viernes", "se van de luna de miel en enero") names nobody: it
# goes on about the clause before.
_CLITIC = r"(?:(?:lo|la|le|los|las|les|se)\s+)?"  # "lo llevamos", "se lo llevo": the object before the verb
_DROPPED_I = re.compile(
    _CLITIC + r"(?:voy|viajo|vuelo|salgo|llego|vuelvo|regreso|tengo|estoy|estaré|iré|viajaré|volaré|saldré|llegaré|volveré|"
    r"paso|hago|sigo|empiezo|llevo|traigo|visito|acompaño|recojo|cuido|termino|puedo|quiero|pienso|fui|estuve|tuve|viajé|volé|llegué|salí|volví|regresé|"
    r"me(?=\s+(?:lo|la|le|los|las\s+)?\w+)|"
    r"(?-i:bin|hab|habe|fahre|fliege|komme|gehe|werde|mache|ziehe|besuche|hole|bringe|nehme|arbeite|fahr|flieg|komm))"
    r"(?![\w'’-])", re.I)
_DROPPED_WE = re.compile(_CLITIC + r"(?:nos(?=\s+\w+)|vamos|(?-i:[a-záéíóúñ]{2,}(?:amos|emos|imos)))(?![\w'’-])", re.I)


# A title before a name is nobody's relative: "Frau Öztürk" is Mrs Öztürk, not a wife ("seine Frau Anna" is)
_TITLE = re.compile(r"(?:(?:la|el)\s+)?(?-i:Frau|Herr|Hr\.|Fr\.|Sra\.?|Sr\.?|Srta\.?|Don|Doña|Dña\.?|Mrs\.?|Mr\.?|Ms\.?|"
                    r"Dr\.?|Dra\.?)\s+(?P<name>(?-i:[A-ZÀ-Þ][\w-]+))")


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the clause of ``text`` that holds ``text[start:end]`` (from the clause
    its first character is in to the one its last is in, when a phrase spans a cut: "Freitag, den 13.3.")."""
    spans = clauses(text)
    a = max((x for x, _ in spans if x <= start), default=0)
    b = min((y for _, y in spans if y >= end), default=len(text))
    return a, max(b, end)


def subject_of(clause: str) -> tuple[Subject | None, str]:
    """The person ``clause`` opens with, and the words that follow it."""
    words = _FILLER.sub("", clause)
    m = _SPEAKER.match(words)
    if m:
        return Subject("speaker" if m["i"] else "we"), words[m.end():]
    m = _TITLE.match(words)
    if m:
        return Subject("name", m["name"]), words[m.end():]  # "Frau Öztürk", "Sra. Vidal": a title and a name
    m = _RELATIVE_NP.match(words)
    if m:
        rest = words[m.end():]
        if _WITH_ME.match(rest):
            return Subject("we"), rest[_WITH_ME.match(rest).end():]  # "my wife and I"
        key, gender = _RELATIVES[m["rel"].lower()]
        owner = ("speaker" if _MINE.match(words) else "other") if m.start("rel") > 0 else ""
        theirs = _THEIRS.match(words)
        owner_gender = _POSSESSIVE_GENDER.get(theirs[1].lower()[:4]) if theirs else None
        while chain := _CHAIN.match(rest):  # "my partner's mum", "her son's girlfriend": the last one
            key, gender = _RELATIVES[chain["rel"].lower()]
            owner, rest, owner_gender = "other", rest[chain.end():], None
        named = _APPOSITIVE.match(rest)
        return Subject("relative", key, gender, owner, named["name"] if named else "", owner_gender), rest
    m = _PRONOUN.match(words)
    if m:
        p = m["p"].lower()
        gender = {"he": "m", "er": "m", "él": "m", "she": "f", "ella": "f"}.get(p, "pl")
        return Subject("pronoun", p, gender), words[m.end():]
    m = _NAME.match(words)
    if m:
        return Subject("name", m["name"], owner="speaker" if m["mine"] else ""), words[m.end():]
    m = _INVERTED.match(words)
    if m:
        if m["pro"]:
            who = {"ich": Subject("speaker"), "wir": Subject("we")}.get(m["pro"].lower(), Subject("pronoun", "er", "m"))
            return who, words[m.end():]
        rel = _RELATIVE_NP.search(m["np"])
        key, gender = _RELATIVES[rel["rel"].lower()] if rel else ("", None)
        return Subject("relative", key, gender), words[m.end():]
    m = _DROPPED_I.match(words)
    if m:
        return Subject("speaker"), words[m.end():]
    m = _DROPPED_WE.match(words)
    if m:
        return Subject("we"), words[m.end():]
    return None, words


def other_person(head: Subject, later: Subject) -> bool:
    """Whether ``later`` is plainly somebody other than ``head`` (a third person): another
    relative or name, the speaker ("I"; "we" only when it leaves the head out: "my wife ... we",
    "the kids ... we" are one household), a pronoun of the other gender (but a parent acting for
    their child or with their partner, "Bill's daughter starts uni, he's driving her up", is one
    household too). Anything unsure ("his mum ... she", "my cousin ... he") is the same person."""
    if later.kind == "speaker":
        return True
    household = head.kind == "relative" and head.key in _HOUSEHOLD or head.kind == "name" and head.owner == "speaker"
    if later.kind == "we":
        return not household
    if later.kind == "name":
        return later.key not in (head.key, head.name)
    if later.kind == "relative":
        if later.key == "child" and not later.owner:
            return False  # "Isla's expecting, baby due in November": the head's baby
        if later.owner_gender and (head.kind == "name" or head.kind == "pronoun" and head.gender == later.owner_gender):
            return False  # "Marcus is grandpa!! His daughter had a baby ...", "she ... her husband had an accident": their family's news
        if head.kind == "name":
            return True
        return head.kind == "relative" and head.key != later.key or (
            head.kind == "pronoun" and _clash(head.gender, later.gender))
    if household and head.owner == "other":
        return False  # "Bill's daughter ... he": the parent of the head's family
    return _clash(head.gender, later.gender)


def _clash(a: str | None, b: str | None) -> bool:
    return a in ("m", "f") and b in ("m", "f") and a != b


def date_of_another(text: str, start: int, end: int) -> bool:
    """Whether the date phrase at ``text[start:end]`` sits in a clause about another person than the
    text's head clause (see the module's docstring): its date is not the memory's."""
    return another(text, start, end) is not None


def another(text: str, start: int, end: int) -> Subject | None:
    """The other person whose clause holds the date phrase at ``text[start:end]`` (None when it is
    the head's or nobody can tell)."""
    return _whose(text, start, end)[1]


def logistics(text: str, start: int, end: int) -> bool:
    """Whether the date phrase at ``text[start:end]`` is in the plans of the person telling or told
    about, after news of somebody else: the speaker's ("my dad's in hospital since Sunday, and I fly
    out on the 20th") or the head relative's own person's ("Bart's mum is in hospital, he flies out on
    Saturday"; "her granddaughter marries at the end of the month and Dorothy flies out on the 24th").
    Such a day is theirs to travel or take off; it is never the news's day."""
    head, who = _whose(text, start, end)
    if who is None and head is not None and head.kind == "relative":
        # a clause with no subject that goes to them ("su madre está ingresada en Lima, vuela el sábado
        # para allá", "his dad's in hospital, flying out on Friday to see him"): the traveller is not
        # the relative the news is about
        a, b = clause_around(text, start, end)
        clause = text[a:start] + " " + text[end:b]
        return subject_of(clause)[0] is None and bool(_GOES_TO_THEM.search(clause))
    return who is not None and (who.kind == "speaker" or (
        head is not None and head.kind == "relative" and head.owner == "other" and who.kind in ("name", "pronoun")))


_GOES_TO_THEM = re.compile(
    r"\b(?:viaja|vuela|maneja|va|se va|sale|viajan|vuelan|van|se van|salen|flies|flying|drives|driving|travels|"
    r"travell?ing|heads|heading|goes|going|fährt|fliegt|reist)\s+(?:\S+\s+){0,3}?(?:para allá|para allí|a verla|a verlo|"
    r"a verlos|a cuidarla|a cuidarlo|a acompañarla|a acompañarlo|allá|out|over|to see (?:her|him|them)|to be with "
    r"(?:her|him|them)|to look after (?:her|him|them)|zu ihr|zu ihm|zu ihnen|hin)\b", re.I)


# How the speaker is, said before the news that explains it ("Sorry I'm late", "I'm a bit scattered", "Ich
# bin etwas durch den Wind", "Estoy un poco despistada"): no statement of theirs to date
_PREFACE = re.compile(
    r"\b(?:sorry|apologi[sz]e|late|tired|exhausted|knackered|shattered|scattered|distracted|all over the place|"
    r"a bit (?:off|slow|quiet|behind|distracted|all over)|not (?:great|myself|at my best)|slow today|behind|"
    r"entschuldig\w*|müde|kaputt|durch den wind|neben der spur|abgelenkt|verspätet|zu spät|"
    r"perd[oó]n\w*|disculp\w*|cansad[oa]|agotad[oa]|despistad[oa]|distraíd[oa]|tarde)\b", re.I)
# A label the speaker puts before their news ("Proud dad moment from me:", "Personal news from me,", "Mine's less
# fun, ...", "Neuigkeiten von mir:", "Por mi parte, ..."): no statement, and no subject for the news
_NEWS_LABEL = re.compile(
    r"\b(?:news|update|moment|one|thing) from me\b|\b(?:from|on) my (?:side|end)\b|^\W*mine(?:['’]s|\s+is)\b|"
    r"\bvon mir\W*$|\b(?:neuigkeiten|news) von mir\b|\b(?:por|de) mi parte\b|\bnoticias? mías?\b", re.I)


def _whose(text: str, start: int, end: int) -> tuple[Subject | None, Subject | None]:
    """The head clause's subject and, when it is plainly somebody else, the subject of the clause
    that holds ``text[start:end]``."""
    spans = clauses(text)
    head = None
    for a, b in spans:
        who, rest = subject_of(text[a:b].replace(text[start:end], " ") if a <= start < b else text[a:b])
        if who is None:
            continue
        if head is None:
            if not a <= start < b and _NEWS_LABEL.search(text[a:b]):
                continue  # "Proud dad moment from me: my daughter ...": a label, the news follows
            if not re.search(r"\w", rest) or _TOLD_ONLY.match(rest):
                continue  # "Mother, she is in hospital", "Er meinte, ...": a subject, or a telling, not a statement
            if who.kind in ("speaker", "we") and not a <= start < b and _PREFACE.search(rest):
                continue  # "Sorry, I'm a bit scattered, ...": the speaker's state, the news follows
            if who.kind in ("speaker", "we") or a <= start < b:
                return None, None  # the speaker's own news, or the date is the head's
            head = who
            continue
        if a <= start < b:
            return head, (who if other_person(head, who) else None)
    return head, None


def apart(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two time phrases of ``text`` belong to two statements: they lie in different clauses
    and ``first``'s clause says something besides its phrase ("She's moving in March and her
    sister's wedding is on the 12th"), unlike a phrase that only sets the time of the next one
    ("next month, Dad turns 70 on 2 August")."""
    spans = clauses(text)
    where = [next((i for i, (a, b) in enumerate(spans) if a <= s < b), -1) for s, _ in (first, second)]
    if where[0] == where[1]:
        return False
    a, b = spans[where[0]]
    rest = _FILLER.sub("", text[a:first[0]] + " " + text[first[1]:b])
    return len(rest.split()) >= 2


# --- statements that date no fact: habits, maybes, questions, denials -------------------------------

_HABIT = re.compile(
    r"\b(?:usually|normally|typically|generally|often|tends? to|every week|each week|weekly|always(?! (?:wanted|said|"
    r"dreamt|dreamed|been|hoped|loved))|immer(?! noch| schon| mehr)|normalerweise|meistens|gewöhnlich|oft|jede woche|"
    r"wöchentlich|jeweils|suele|suelen|sol[ií]a|solían|siempre|normalmente|a menudo|cada semana|de costumbre|"
    r"on an? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)
# A day said of several outings ("we were up the Feldberg twice in July", "im Juli zweimal", "dos veces en julio"); not
# the start of a habit ("seit Jänner zweimal die Woche": since then)
_SEVERAL = re.compile(r"\b(?:twice|(?:three|four|several|a few|a couple of|a couple) times|zweimal|dreimal|viermal|mehrmals|"
                      r"mehrere male|ein paar mal|(?:dos|tres|cuatro|varias|un par de) veces)\b", re.I)
# A wish or a preference ("she'd love to go to Japan in April", "preferiría empezar a primeros de octubre",
# "I'd rather start in October", "sie würde lieber im Mai anfangen"; not a request: "I'd like to take Friday off")
_WISH_WORDS = (r"preferiría\w*|would (?:rather|prefer|love to)|würde\w* (?:lieber|gerne?)|ojalá|me encantaría|"
               r"le encantaría")
_MAYBE = re.compile(
    r"\b(?:if|whether|ob|might|maybe|perhaps|possibly|(?-i:may) (?!be\b|i\b)(?-i:[a-z]+)|falls|vielleicht|eventuell|möglicherweise|"
    r"könnte\w*|si|a lo mejor|quizás?|tal vez|podría\w*|puede que|"
    # ... a wish, or what would have been ("he would have turned 60 on Friday", "could be moving in April",
    # "wäre am Freitag 60 geworden", "habría cumplido")
    rf"could be|could well|would have|hätte\w*|wäre\w*|habría\w*|hubiera\w*|{_WISH_WORDS})\b|"
    r"['’]d (?:have|love to|rather|prefer)\b", re.I)
# A wish or a preference in the clause before a clause that is only a day (see no_fact)
_WISH = re.compile(rf"\b(?:{_WISH_WORDS})\b|['’]d (?:rather|prefer|love to)\b", re.I)
# "If all goes well, they move in April": a clause that opens with "if" makes the next one a maybe -
# but not "if I'm quiet, it's because my mum had surgery on Friday", which states a fact
_IF_CLAUSE = re.compile(r"^\W*(?:if|falls|si)\s+\w+\s+\w+|^\W*wenn alles (?:gut geht|gutgeht|klappt|passt)\b", re.I)
# An "if" that only excuses how the speaker comes across now ("if I seem tired today", "falls ich heute etwas müde
# bin", "si me ves cansada"): the clause after it is said as a fact ("... I've had a new puppy since Monday").
_HOW_I_SEEM = re.compile(r"^\W*(?:if|falls|wenn|si)\s+(?:i|ich|me|yo)\b[^,;]*?\b(?:tired|distracted|off|quiet|slow|knackered|"
                         r"exhausted|müde|abgelenkt|kaputt|unkonzentriert|durch den wind|neben der spur|cansad[oa]|"
                         r"distraíd[oa]|despistad[oa]|agotad[oa])\b", re.I)
# What an appointment is for, asked as a question after its day ("el 2 de septiembre para ver si me sacan el
# yeso", "on Friday to see whether the cast can come off", "am Montag, um zu schauen, ob ..."): the
# appointment is certain, only its outcome is open.
_SEE_IF = re.compile(r"\b(?:para ver si|a ver si|to (?:see|find out|check) (?:if|whether)|um (?:zu )?(?:sehen|schauen|gucken|"
                     r"klären|prüfen),? ob|zum (?:schauen|prüfen),? ob)\b.*$", re.I)
_BECAUSE = re.compile(r"^\W*(?:it['’]s|that['’]s|it is|that is|es|das ist|das liegt)\s+(?:\w+\s+)?(?:because|weil|daran|porque)\b",
                      re.I)
_NEGATION = re.compile(
    r"\b(?:not|never|nicht|kein\w*|nie|nunca|no|ya no)\b(?! (?:only|just|nur|sólo|solo|puede\w*|puedo|pod\w+|voy a poder|"
    r"longer|more|mehr|wait|(?:be )?(?:here|there|in|around|available|at work|in the office)|da|hier|im büro|erreichbar|"
    r"dabei|estoy|estaré|vengo|voy a estar|(?:cont|cuent)\w* con\w*|(?:me|nos) (?:agend|pong|program|cit|met|reserv|escrib|llam)\w*|on (?:the )?\d{1,2}(?:st|nd|rd|th)?|on \w+day|that day)\b)|"
    r"(?<!ca)(?<!couldn)n['’]t\b(?! wait| be (?:here|there|in|around)\b| count on\b| (?:book|schedule|put) (?:me|us|anything)\b)",
    re.I)  # "no contéis con nosotros", "don't count on me", "no me agenden nada": the speaker's absence, no denial
# A clause that is only its day and a "not" ("not on the 11th", "aber nicht am zweiten Advent", "am 14. April kann ich
# nicht", "el viernes no"), followed by the reason ("that's my grandson's birthday", "da hat meine Tochter Abi", "que se
# casa mi hermano"): the speaker's absence on that day, and the reason is what happens on it - no denial.
_BARE_NOT_WORDS = frozenset(
    "but and so just aber und also nur pero y pues not nicht no on am an the el la i ich can can't cannot kann do dem den klar "
    "geht's geht es da puedo voy estoy cuento me viene bien".split())


def _bare_not(own: str) -> bool:
    words = re.findall(r"[\w'’]+", own.lower().replace("’", "'"))
    return bool(words) and all(w in _BARE_NOT_WORDS for w in words)


_REASON = re.compile(r"\s*[:–—]\s+\w|\W*(?:that['’]s|that is|it['’]s|it is|because|cause|as|since|da|weil|denn|porque|que|es que|ya que|"
                     r"pues)\b", re.I)
_SINCE_WORDS = re.compile(r"\b(?:since|seit|seitdem|desde|ago|hace|vor)\b", re.I)
_CANCELLED = re.compile(r"\b(?:cancel+ed|called off|fell through|abgesagt|abgeblasen|geplatzt|gestrichen|cancelad[oa]s?|"
                        r"se (?:ha )?cancelado|se canceló|suspendid[oa]s?|"
                        r"(?:cancel|anul)(?:aron|ó|amos|é)|suspend(?:ieron|ió|imos|í))\b", re.I)
_MOVED = re.compile(r"\b(?:postponed|moved|pushed back|rescheduled|put off|delayed|verschoben|verlegt|aplazad[oa]|"
                    r"pospuest[oa]|retrasad[oa]|cambiad[oa]|"
                    r"(?:aplaz|retras|cambi)(?:aron|ó|amos|é)|pospus(?:ieron|o|imos|e))\b", re.I)
# A day the following clause moves the plan to ("..., pero la pasaron al lunes"): not called off
_NEW_DAY = re.compile(r"\b(?:to|for|until|auf|al|para|hasta)\s+(?:the\s+|den\s+|el\s+|la\s+)?\w", re.I)
_FROM = re.compile(r"\b(?:from|von|vom|de|del)\s+$|^(?:from|von|vom|de|del)\b", re.I)
# A plan told as one that did not happen ("was meant to fly out on Friday", "was going to be tomorrow", "was supposed to start on the 1st",
# "sollte eigentlich am Freitag fliegen", "se suponía que empezaba el lunes"): its day is no fact's, and the
# past "was" cannot say whether the day is behind or ahead.
_UNFULFILLED = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:meant|supposed|going)\s+to\b|\bhad\s+(?:planned|hoped|meant|intended)\s+to\b|"
    r"\b(?:sollte|sollten|wollte|wollten)\s+(?:\w+\s+){0,2}eigentlich\b|\beigentlich\s+(?:\w+\s+){0,4}(?:sollte|sollten|"
    r"wollte|wollten)\b|\bse supon[ií]a que\b|\b(?:ten[ií]a|ten[ií]an|ten[ií]amos) pensado\b|"
    # "wir waren eigentlich für Samstag verabredet", "iba a ir a Londres el puente"
    r"\b(?:war|waren|hatte|hatten)\s+(?:\w+\s+)?eigentlich\b|\b(?:iba|íbamos|ibamos|iban)\s+a\s+\w*(?:ar|er|ir)(?:l[oa]s?|le|les|me|nos|se)?\b", re.I)
# The plan called off in the short clause that follows ("... on Friday, but cancelled it", "aber dann abgesagt",
# "pero lo cancelaron"; not "but the hotel cancelled on her", another thing called off)
_BUT_CANCELLED = re.compile(r"^\W*(?:but|aber|pero|doch)\b", re.I)
# ... and a "but" that turns to the celebration around the dated event ("..., but the party was postponed", "aber
# die Feier wurde verschoben", "pero la fiesta la aplazaron"): what it says of the party is not the event's
_BUT_ANOTHER = re.compile(r"[,;]?\s*\b(?:but|aber|pero)\s+(?:then\s+|dann\s+|luego\s+)?(?:the|die|der|das|la|el|los|las)\s+"
                          r"(?:\w+\s+)?(?:party|celebration|reception|honeymoon|do|fiesta|celebración|banquete|convite|"
                          r"luna de miel|feier|empfang|flitterwochen|hochzeitsreise)\b", re.I)
# Said in jest ("joking that he'll retire on Friday", "scherzte, sie heirate am Samstag", "bromeó con que se
# jubila el lunes"): the verbs, not the noun ("a joke night on Friday" is an evening out)
_JOKE = re.compile(r"\b(?:joked|joking|jokingly|half[- ]jok\w*|kidding|in jest|tongue[- ]in[- ]cheek|scherzte\w*|"
                   r"im scherz|scherzhaft|witzelte\w*|bromeó|bromeaba|bromeando|en broma|de broma)\b", re.I)
_QUESTION = re.compile(r"\?\s*[\"”»']*\s*$|^\W*¿")
_ASKS_HOW = re.compile(r"^\W*(?:how|what|wie|was|c[oó]mo|qu[eé])\b", re.I)
_YES_NO = re.compile(r"^\W*(?:¿|(?:is|are|was|were|did|does|do|will|has|have|had|can|could|should|would|ist|sind|hat|"
                     r"haben|wird|war|kommt|geht|fährt|findet)\b)", re.I)


def _sentence(text: str, start: int) -> str:
    """The sentence of ``text`` around ``start``."""
    cuts = [0, *[m.end() for m in re.finditer(r"(?<=[.!?])\s+", text) if m.end() <= start]]
    after = re.search(r"[.!?](?=\s|$)", text[start:])
    return text[max(cuts):start + after.end() if after else len(text)]


_EVERY = re.compile(r"\b(?:todos los|todas las|every|each|jeden|jede|jedes|cada|siempre|always|immer)\b", re.I)
_CANNOT = re.compile(r"\b(?:no (?:puede\w*|puedo|podemos|pueden)|can['’]?t|cannot|(?:kann|können|kannst) (?:\w+ )?nicht)\b", re.I)


def _reason_after(text: str, spans: list[tuple[int, int]], at: int, end: int) -> str | None:
    """The clause after the day at ``spans[at]`` that may give the reason for a bare "not" - the rest of the
    clause the day runs into when the cut fell inside it ("nicht am Freitag, | dem 11. Da ziehen wir zusammen"),
    else the next clause."""
    last = next((i for i, (x, y) in enumerate(spans) if x < end <= y), at)
    rest = text[end:spans[last][1]] if last != at else ""
    if re.search(r"\w", rest):
        return re.sub(r"^[\s.]+", " ", rest)
    return text[spans[last][1]:spans[last + 1][1]] if last + 1 < len(spans) else None  # with the colon between


def no_fact(text: str, start: int, end: int) -> str | None:
    """Why the date phrase at ``text[start:end]`` dates no fact, or None when it does: its clause is
    a **habit** ("usually swims on Saturday", "sie geht immer am Samstag schwimmen", "suele ir el
    sábado", "plays on a Tuesday"), a **maybe** ("they might go in May", "if all goes well, they
    move in April", "vielleicht im Juni", "a lo mejor en junio"), a **question** ("is she moving in
    April?", "¿se muda en abril?" - not "how did Friday go?", which takes the day as given), a
    **denial** ("not moving in April after all", "nicht am Freitag", "no se muda en abril" - not
    "hasn't slept since Thursday" nor "can't make Friday"), or a **cancelled** or moved-away plan
    ("the surgery on Friday was cancelled", "postponed from June", "on Friday, but they cancelled", "la boda
    era el sábado, pero la aplazaron"), a plan told as **unfulfilled** ("was meant to fly out on Friday"), or a
    **joke** ("joking that he'll retire on Friday"). The briefing would ask about a day nothing was said to
    happen on."""
    spans = clauses(text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    if at is None:
        return None
    a, b = spans[at]
    own = text[a:start] + " " + text[end:b]
    near = [text[x:y] for x, y in spans[max(0, at - 1):at + 2] if (x, y) != (a, b) and len(text[x:y].split()) <= 3]
    if _HABIT.search(text[a:b]) or any(_HABIT.search(c) for c in near) or (
            _SEVERAL.search(text[a:b]) and not _SINCE_WORDS.search(text[a:b])):
        return "habit"
    before = text[spans[at - 1][0]:spans[at - 1][1]] if at > 0 else ""
    if _MAYBE.search(text[a:start] + " " + _SEE_IF.sub(" ", text[end:b])) or (
            _IF_CLAUSE.match(before) and not _BECAUSE.match(text[a:b]) and not _HOW_I_SEEM.match(before)
            # ... not the news after a colon that says how long ago it was ("si me veis con el móvil, no es que pase
            # de vosotros: hace tres semanas me diagnosticaron diabetes")
            and not (re.search(r":\s*$", text[spans[at - 1][0]:a]) and _SINCE_WORDS.search(text[a:b]))):
        return "maybe"
    if at > 0 and not re.search(r"\w{4,}", own) and _WISH.search(text[spans[at - 1][0]:spans[at - 1][1]]):
        return "maybe"  # a clause that is only its day, after a wish: "preferiría empezar después, a primeros de octubre"
    sentence = _sentence(text, start)
    if (_QUESTION.search(text[a:b]) or _QUESTION.search(sentence) and _YES_NO.match(sentence)) \
            and not _ASKS_HOW.match(sentence):
        return "question"  # "is the christening on Sunday?"; not "gig on Friday — go?" (the writer's own question)
    if _NEGATION.search(own) and not _SINCE_WORDS.search(text[a:b]) and not (
            _bare_not(own) and (reason := _reason_after(text, spans, at, end)) is not None and _REASON.match(reason)
            and not _NEGATION.search(reason) and not _CANCELLED.search(reason) and not _HABIT.search(reason)):
        return "denial"  # (a reason that is a habit - "es hincha de Alianza y va a todos los clásicos" - names no event that day)
    if _CANNOT.search(own) and _EVERY.search(re.split(r"(?<=[.!?])\s", text[b:], maxsplit=1)[0]):
        return "habit"  # "Gonzalo no puede el domingo 25: es hincha de Alianza y va a todos los clásicos": his habit, no event
    # the short clause that follows, with the conjunction the cut may have left between ("... el viernes pero
    # lo aplazaron"): called off, or moved to no day it names
    following = text[b:spans[at + 1][1]] if at + 1 < len(spans) else ""
    other = _BUT_ANOTHER.search(text, end, b)
    if other:  # "se casó el sábado, pero la fiesta la aplazaron": what was called off is another thing
        own = text[a:start] + " " + text[end:other.start()]
    if _CANCELLED.search(own) or (_MOVED.search(own) and (_FROM.search(text[a:start]) or _FROM.match(text[start:end]))) \
            or (_BUT_CANCELLED.match(following) and not _BUT_ANOTHER.match(following) and len(following.split()) <= 6 and (
                _CANCELLED.search(following) or _MOVED.search(following) and not _NEW_DAY.search(following))):
        return "cancelled"
    if _UNFULFILLED.search(own):
        return "unfulfilled"
    if _JOKE.search(own):
        return "joke"
    return None

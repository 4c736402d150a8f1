"""A generated matrix of the ways people write an explicit "remember this" note (issue 8).

Every cell is a note of one or a few lines, the meeting's attendees, and what a careful reader
expects: the one memory it holds, whose it is (an attendee's full name, or ``None`` when the note is
about someone outside the meeting) and words its text must keep; or nothing at all (``negative``
cells: prose that only sounds like a marker). The dimensions vary independently:

- the marker word in English, German and Spanish, its case, its separator and its emphasis;
- the line's container (list item, checkbox, numbered item, quote, callout, table cell, Logseq
  block with properties, a nested bullet, inline after prose);
- how the person is referred to (full name, first name, nickname, initials, possessive, ``@Name``,
  ``[[Name|alias]]``, a heading above, a name before the keyword, none in a 1:1);
- tags and marker headings.

The sentences are the matrix's own (not eval examples). ``cells()`` gives the whole product,
``sample(n, seed)`` a seeded sample of it; ``evaluate()`` runs the real capture (dry run) and says
whether a cell passes. tests/test_marker_matrix.py asserts a sample; benchmarks/marker_matrix.py
prints pass rates per dimension value.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    full: str
    first: str
    nick: str
    initials: str
    genitive: str  # German "Franzis", English "Kate's" is made from nick


@dataclass(frozen=True)
class Lang:
    code: str
    target: Person
    other: Person
    pronoun_body: str  # a personal fact with a pronoun for the person
    keywords: tuple[str, ...]  # words the fact must keep
    subject_body: str  # "{name} ..." the person as the sentence's subject
    subject_keys: tuple[str, ...]
    possessive_body: str  # "{pos} ..." with a possessive
    outsider_body: str  # about someone outside the meeting
    outsider_keys: tuple[str, ...]
    prose: str  # a sentence of work prose before an inline marker
    heading_words: tuple[str, ...]
    tags: tuple[str, ...]
    about: str  # "remember about Kate:" preposition


EN = Lang(
    "en", Person("Katherine Brooks", "Katherine", "Kate", "KB", "Kate's"),
    Person("William Ortega", "William", "Bill", "WO", "Bill's"),
    "her daughter starts school in September", ("daughter", "school"),
    "{name} is training for the Lisbon half marathon", ("lisbon", "marathon"),
    "{pos} daughter starts school in September",
    "Tom's wife is expecting twins in May", ("twins",),
    "Went through the Q3 roadmap and the hiring plan.",
    ("Remember", "To remember", "Things to remember", "Personal", "Don't forget", "Notes to self", "Keep in mind",
     "Follow up / personal", "Personal notes (not for the CRM)", "Small talk", "Family & personal", "Personal touch"),
    ("#remember", "#personal", "#dontforget", "#to-remember"),
    "about",
)
DE = Lang(
    "de", Person("Franziska Huber", "Franziska", "Franzi", "FH", "Franzis"),
    Person("Johannes Weber", "Johannes", "Hannes", "JW", "Hannes'"),
    "ihre Tochter kommt im September in die Schule", ("tochter", "schule"),
    "{name} läuft im Oktober den Halbmarathon in Lissabon", ("lissabon", "halbmarathon"),
    "{pos} Tochter kommt im September in die Schule",
    "Toms Frau bekommt im Mai Zwillinge", ("zwillinge",),
    "Roadmap für Q3 und den Einstellungsplan besprochen.",
    ("Merken", "Zum Merken", "Nicht vergessen", "Persönliches", "Privat", "Persönliche Notizen", "Gut zu merken",
     "Nachfassen & Privates", "Kinder / Privates", "Merkzettel"),
    ("#merken", "#persönlich", "#nichtvergessen", "#privat"),
    "zu",
)
ES = Lang(
    "es", Person("Guadalupe Ramírez", "Guadalupe", "Lupe", "GR", "Lupe"),
    Person("José Luis Fernández", "José Luis", "Pepe", "JLF", "Pepe"),
    "su hija empieza el colegio en septiembre", ("hija", "colegio"),
    "{name} está entrenando para la media maratón de Lisboa", ("lisboa", "maratón"),
    "la hija de {pos} empieza el colegio en septiembre",
    "la mujer de Tomás espera gemelos en mayo", ("gemelos",),
    "Repasamos la hoja de ruta del tercer trimestre.",
    ("Recordar", "Para recordar", "No olvidar", "Personal", "Cosas personales", "Notas personales", "Datos personales",
     "A tener en cuenta", "Seguimiento / personal", "Apuntes personales", "Lo que hay que recordar"),
    ("#recordar", "#personal", "#noolvidar", "#privado"),
    "sobre",
)
LANGS = (EN, DE, ES)

# Marker words, each with the separators people write after it ("" = none; "that"-forms carry their own).
KEYWORDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "en": (("remember", (":", " -", " –", "", "!", " ->", ",")), ("P.S.", ("", ":")), ("btw", (":",)),
           ("heads up", (":",)), ("side note", (":",)), ("remember that", ("",)), ("note to self", (":", " -")),
           ("don't forget", (":", " -", "")), ("don't forget that", ("",)), ("NB", (":", "")), ("fyi", (":", "")),
           ("personal", (":",)), ("keep in mind", (":",)), ("reminder", (":", " -")), ("to remember", (":",)),
           ("mental note", (":",)), ("important", (":",)), ("remember this", (":",)), ("note", ("::",)),
           ("important (personal)", (":", " -")), ("FTR", (":",)), ("P.P.S.", ("", ":"))),
    "de": (("merken", (":", " -", "")), ("nicht vergessen", (":", " -", "")), ("Notiz", (":",)), ("Merke", (":",)),
           ("denk dran", (":", ",")), ("wichtig", (":",)), ("persönlich", (":",)), ("privat", (":",)),
           ("zum Merken", (":",)), ("nicht vergessen, dass", ("",)), ("Erinnerung", (":",)), ("merk dir", (":",)),
           ("priv.", (":",)), ("Achtung", (":",)), ("gut zu wissen", (":",)), ("nicht vergessen", ("!",)),
           ("Notiz", ("::",)), ("wichtig (privat)", (":",)), ("Hinweis", (":",)), ("Randnotiz", (":",))),
    "es": (("recordar", (":", " -", "")), ("recordar que", ("",)), ("no olvidar", (":", " -", "")), ("apunte", (":",)),
           ("ojo", (":", ",")), ("acordarse de que", ("",)), ("nota", (":",)), ("importante", (":",)),
           ("recuerda", (":",)), ("no te olvides", (":",)), ("para recordar", (":",)), ("personal", (":",)),
           ("¡ojo", ("!",)), ("¡no olvidar", ("!",)), ("ten en cuenta", (":",)), ("recordatorio", (":",)),
           ("dato personal", (":",)), ("ojo (personal)", (":",)), ("nota", ("::",)), ("para no olvidar", (":",)),
           ("acordarme", (":",)), ("dato", (":",))),
}
CASES = ("lower", "capital", "upper")
EMPHASES = ("plain", "bold", "italic", "highlight", "bold-colon", "underscore")
CONTAINERS = ("line", "dash", "star", "checkbox", "checked", "numbered", "quote", "quote-list", "callout", "table",
              "logseq-props", "nested", "inline-prose", "inline-dash", "indented", "bullet-dot", "en-dash-bullet",
              "plus", "pin", "letter", "time", "paren-number")
REFS = ("solo", "prefix-full", "prefix-first", "prefix-nick", "prefix-initials", "prefix-at", "prefix-link",
        "prefix-lower", "prefix-title", "prefix-dash", "paren-nick", "body-nick-initial",
        "prefix-bold", "body-full", "body-nick", "body-at", "body-link-alias", "possessive-nick", "possessive-first",
        "about-nick", "heading-full", "heading-nick", "heading-emoji", "heading-bold-line", "heading-h3-context",
        "line-above")


@dataclass
class Cell:
    dims: dict[str, str]
    text: str
    attendees: tuple[str, ...]
    person: str | None  # None: about nobody in the meeting (reported as unattributed)
    keywords: tuple[str, ...]
    negative: bool = False
    transcript: bool = False  # "Name: text" turns of a transcript, not a written note

    @property
    def key(self) -> str:
        return " ".join(f"{k}={v}" for k, v in self.dims.items())


def _case(word: str, case: str) -> str:
    if case == "upper":
        return word.upper()
    if case == "capital":
        return word[:1].upper() + word[1:]
    return word.lower()


def _marker(word: str, sep: str, case: str, emphasis: str) -> str:
    """The keyword as written: "**Remember**:", "==merken==:", "Recordar que"."""
    w = _case(word, case)
    if emphasis == "bold-colon" and sep == ":":
        return f"**{w}:**"
    wrap = {"plain": "{}", "bold": "**{}**", "italic": "*{}*", "highlight": "=={}==", "bold-colon": "**{}**",
            "underscore": "_{}_"}[emphasis]
    return wrap.format(w) + sep


def _name(p: Person, how: str) -> str:
    title = {"Katherine Brooks": "Ms", "Franziska Huber": "Frau", "Guadalupe Ramírez": "Sra."}[p.full]
    return {"lower": p.nick.lower(), "title": f"{title} {p.full.split()[-1]}", "nick-initial": f"{p.nick} {p.full.split()[-1][0]}.",
            "full": p.full, "first": p.first, "nick": p.nick, "initials": p.initials, "at": f"@{p.nick}",
            "link": f"[[{p.full}]]", "link-alias": f"[[{p.full}|{p.nick}]]", "bold": f"**{p.nick}**"}[how]


def _body_and_lead(lang: Lang, ref: str) -> tuple[str, str, list[str], tuple[str, ...], bool]:
    """(lead before the marker line's keyword, the marker's text, lines above, keywords, one attendee only)."""
    t = lang.target
    kind, _, how = ref.partition("-")
    if ref == "solo":
        return "", lang.pronoun_body, [], lang.keywords, True
    if ref == "prefix-dash":  # "Kate – remember: ..."
        return f"{t.nick} – ", lang.pronoun_body, [], lang.keywords, False
    if kind == "prefix":
        return f"{_name(t, how)}: ", lang.pronoun_body, [], lang.keywords, False
    if kind == "body":
        return "", lang.subject_body.format(name=_name(t, how)), [], lang.subject_keys, False
    if kind == "possessive":
        pos = t.genitive if how == "nick" else (f"{t.first}'s" if lang.code == "en" else
                                                 f"{t.first}s" if lang.code == "de" else t.first)
        return "", lang.possessive_body.format(pos=pos), [], lang.keywords, False
    if kind in ("about", "paren"):
        return "", lang.pronoun_body, [], lang.keywords, False
    if kind == "heading":
        above = {"full": [f"## {t.full}"], "nick": [f"## {t.nick}"], "emoji": [f"### 👩 {t.nick}"],
                 "bold": [f"**{t.full}**"], "h3": ["## 1:1 notes", f"### {t.nick} – catch-up"]}
        key = {"bold": "bold", "h3": "h3"}.get(how.split("-")[0], how)
        return "", lang.pronoun_body, above[key], lang.keywords, False
    if ref == "line-above":
        back = {"en": "is back from parental leave", "de": "ist zurück aus der Elternzeit",
                "es": "ha vuelto de la baja"}[lang.code]
        return "", lang.pronoun_body, [f"- {t.nick} {back}"], lang.keywords, False
    raise ValueError(ref)


def _contain(container: str, line: str, lang: Lang) -> list[str]:
    """The marker line inside a container."""
    return {
        "line": [line], "dash": [f"- {line}"], "star": [f"* {line}"], "checkbox": [f"- [ ] {line}"],
        "checked": [f"- [x] {line}"], "numbered": [f"2. {line}"], "quote": [f"> {line}"],
        "quote-list": [f"> - {line}"], "callout": ["> [!note]", f"> {line}"],
        "table": ["| Topic | Notes |", "|---|---|", f"| Family | {line} |"],
        "logseq-props": [f"- {line}", "  id:: 6650f1c2-8a3b-4c1e-9d2f-0a1b2c3d4e5f", "  collapsed:: true"],
        "nested": ["- Catch-up", f"\t- {line}"],
        "inline-prose": [f"{lang.prose} {line}"], "inline-dash": [f"{lang.prose.rstrip('.')} – {line}"],
        "indented": ["- Catch-up", f"    - {line}"],
        "bullet-dot": [f"• {line}"], "en-dash-bullet": [f"– {line}"], "plus": [f"+ {line}"], "pin": [f"📌 {line}"],
        "letter": [f"b) {line}"], "time": [f"10:32 {line}"], "paren-number": [f"3) {line}"],
    }[container]


def _capital_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def marker_cell(lang: Lang, word: str, sep: str, case: str, emphasis: str, container: str, ref: str) -> Cell:
    lead, body, above, keys, solo = _body_and_lead(lang, ref)
    marker = _marker(word, sep, case, emphasis)
    if ref.startswith("about"):
        marker = _marker(f"{word} {lang.about} {lang.target.nick}", sep, case, emphasis)
        marker = marker.replace(_case(lang.target.nick, case), lang.target.nick)
    elif ref.startswith("paren"):  # "remember (Kate): ..."
        marker = _marker(f"{word} ({lang.target.nick})", sep, case, emphasis)
        marker = marker.replace(_case(lang.target.nick, case), lang.target.nick)
    line = f"{lead}{marker} {body}"
    attendees = (lang.target.full,) if solo else (lang.target.full, lang.other.full)
    text = "\n".join([f"# Notes {lang.code}", "", *above, *_contain(container, line, lang), ""])
    dims = {"lang": lang.code, "word": word, "sep": sep or "none", "case": case, "emphasis": emphasis,
            "container": container, "ref": ref}
    return Cell(dims, text, attendees, lang.target.full, keys)


def _valid(word: str, sep: str, emphasis: str, container: str, ref: str) -> bool:
    if sep == "" and emphasis == "bold-colon":
        return False
    if ref.startswith(("about", "paren")) and (word.endswith(("that", "dass", "que")) or sep in ("", ",", "!", "::")
                                                or word.startswith(("¡", "P.S.")) or "(" in word):
        return False
    if sep == "::" and container.startswith("inline"):
        return False  # a Logseq property opens its block
    if ref == "line-above" and container not in ("line", "dash", "star", "checkbox", "numbered", "quote"):
        return False  # the line naming the person sits right above the marker, in the same list
    return not (container.startswith("inline") and ref.startswith("prefix"))


def marker_cells() -> Iterator[Cell]:
    for lang in LANGS:
        for (word, seps), case, emphasis, container, ref in itertools.product(
                KEYWORDS[lang.code], CASES, EMPHASES, CONTAINERS, REFS):
            for sep in seps:
                if _valid(word, sep, emphasis, container, ref):
                    yield marker_cell(lang, word, sep, case, emphasis, container, ref)


SYMBOLS = ("📌", "🧠", "⭐", "📍", "⭐️", "[!]", "!!!")


def symbol_cells() -> Iterator[Cell]:
    """A symbol alone marks a personal line ("📌 her daughter starts school in September", "... 🧠"), at its start
    or its end, in any container, the person named before it, in its text or nowhere (a 1:1)."""
    for lang in LANGS:
        t = lang.target
        for symbol, where, container, ref in itertools.product(
                SYMBOLS, ("start", "end"), ("line", "dash", "checkbox", "quote", "nested", "numbered"),
                ("solo", "prefix-nick", "body-nick", "heading-full")):
            if "!" in symbol and (where == "end" or ref.startswith("prefix") or container in ("checkbox", "quote")):
                continue  # "... !!!" closing a line is emphasis; "- [!] ..." (Obsidian's task status), "!!! ..." open one
            lead, body, above, keys, solo = _body_and_lead(lang, ref)
            body = _capital_first(body)
            line = f"{symbol} {lead}{body}" if where == "start" else f"{lead}{body} {symbol}"
            if where == "start" and lead:
                line = f"{lead}{symbol} {body}"
            lines = {"line": [line], "dash": [f"- {line}"], "checkbox": [f"- [ ] {line}"], "quote": [f"> {line}"],
                     "nested": ["- Catch-up", f"\t- {line}"], "numbered": [f"1. {line}"]}[container]
            attendees = (t.full,) if solo else (t.full, lang.other.full)
            text = "\n".join([f"# Notes {lang.code}", "", *above, *lines, ""])
            yield Cell({"lang": lang.code, "symbol": symbol, "where": where, "container": container, "ref": ref},
                       text, attendees, t.full, keys)


def wrapped_cells() -> Iterator[Cell]:
    """A marker item wrapped onto the next line (indented under its text, or cut after an article): one memory
    holding both lines' words."""
    rest = {"en": ("her daughter starts", "school in September"), "de": ("ihre Tochter kommt im September in die",
                                                                      "Schule, sie freut sich"),
            "es": ("su hija empieza el", "colegio en septiembre")}
    for lang in LANGS:
        first, second = rest[lang.code]
        word = KEYWORDS[lang.code][0][0]
        for container, wrap in itertools.product(("dash", "checkbox", "star", "nested", "numbered"),
                                                 ("indented", "lazy")):
            if wrap == "lazy" and not first.endswith(("the", "die", "el")):
                first_line = f"{first} {second.split()[0]} the" if lang.code == "en" else first
                second_line = " ".join(second.split()[1:]) if lang.code == "en" else second
            else:
                first_line, second_line = first, second
            if lang.code == "en" and wrap == "lazy":
                first_line, second_line = "her daughter starts the", "school year in September"
            head = {"dash": "- ", "checkbox": "- [ ] ", "star": "* ", "nested": "\t- ", "numbered": "2. "}[container]
            indent = " " * (len(head.expandtabs(4)) + (len(word) + 2 if container != "numbered" else 0))
            lines = [f"{head}{word}: {first_line}", (indent if wrap == "indented" else "") + second_line]
            if container == "nested":
                lines.insert(0, "- Catch-up")
            text = "\n".join([f"# Notes {lang.code}", "", *lines, ""])
            keys = (*lang.keywords, {"en": "september", "de": "freut", "es": "septiembre"}[lang.code])
            yield Cell({"lang": lang.code, "wrapped": wrap, "container": container}, text, (lang.target.full,),
                       lang.target.full, keys)


def heading_cells() -> Iterator[Cell]:
    """A marker heading (any level, emoji, with the person's name) with bare bullets under it."""
    for lang in LANGS:
        t = lang.target
        for word, level, deco, who in itertools.product(lang.heading_words, ("#", "##", "###", "####", "bold", "colon",
                                                                            "item"),
                                                        ("", "📌 ", "⭐ "), ("none", "after", "before")):
            title = f"{deco}{word}"
            if who == "after":
                title += f" – {t.nick}"
            elif who == "before":
                title = f"{deco}{t.nick} – {word}"
            head = {"bold": f"**{title}**", "colon": f"{title}:", "item": f"- {title}:"}.get(level, f"{level} {title}")
            solo = who == "none"
            attendees = (t.full,) if solo else (t.full, lang.other.full)
            item = f"  - {_capital_first(lang.pronoun_body)}" if level == "item" else f"- {_capital_first(lang.pronoun_body)}"
            text = "\n".join([f"# Notes {lang.code}", "", head, item, ""])
            yield Cell({"lang": lang.code, "heading": word, "level": level, "deco": deco.strip() or "none",
                        "who": who}, text, attendees, t.full, lang.keywords)


def tag_cells() -> Iterator[Cell]:
    """Tags (#remember, #merken, Logseq [[remember]] and #[[...]]) at the start, at the end, in a list item."""
    for lang in LANGS:
        t = lang.target
        for tag, where, container in itertools.product(
                (*lang.tags, "[[remember]]", "#[[remember]]", "tags:: remember"), ("start", "end"),
                ("line", "dash", "checkbox", "logseq")):
            body = _capital_first(lang.pronoun_body)
            if tag.startswith("tags::"):
                lines = [f"- {body}", f"  {tag}"] if where == "end" else [f"- {tag}", f"  - {body}"]
            else:
                line = f"{tag} {body}" if where == "start" else f"{body} {tag}"
                lines = {"line": [line], "dash": [f"- {line}"], "checkbox": [f"- [ ] {line}"],
                         "logseq": [f"- {line}", "  id:: 6650f1c2-8a3b-4c1e-9d2f-0a1b2c3d4e5f"]}[container]
            if tag.startswith("tags::") and (container != "logseq" or where == "start"):
                continue
            text = "\n".join([f"# Notes {lang.code}", "", *lines, ""])
            yield Cell({"lang": lang.code, "tag": tag, "where": where, "container": container}, text, (t.full,),
                       t.full, lang.keywords)


def section_cells() -> Iterator[Cell]:
    """Notes with a section per attendee: a marker belongs to its section's person, unless its text names the
    other; with no section, no name and two attendees, a marker is nobody's (reported, never guessed)."""
    for lang in LANGS:
        t, o = lang.target, lang.other
        word = KEYWORDS[lang.code][0][0]
        for style in ("##", "###", "bold", "colon", "link"):
            def head(p: Person, style: str = style) -> str:
                return {"##": f"## {p.nick}", "###": f"### {p.full}", "bold": f"**{p.full}**", "colon": f"{p.first}:",
                        "link": f"## [[{p.full}]]"}[style]
            other_fact = {"en": "his son plays chess", "de": "sein Sohn spielt Schach", "es": "su hijo juega al ajedrez"}
            base = [f"# Notes {lang.code}", "", head(o), f"- {word}: {other_fact[lang.code]}", ""]
            yield Cell({"lang": lang.code, "section": style, "case": "own"},
                       "\n".join([*base, head(t), f"- {word}: {lang.pronoun_body}", ""]), (t.full, o.full), t.full,
                       lang.keywords)
            yield Cell({"lang": lang.code, "section": style, "case": "names-target"},
                       "\n".join([*base, f"- {word}: {lang.possessive_body.format(pos=t.genitive)}", ""]),
                       (t.full, o.full), t.full, lang.keywords)
        yield Cell({"lang": lang.code, "section": "none", "case": "two-attendees"},
                   f"# Notes {lang.code}\n\n- {word}: {lang.pronoun_body}\n", (t.full, o.full), None, lang.keywords)


def outsider_cells() -> Iterator[Cell]:
    """A marker about someone outside the meeting stays unattributed, even in a 1:1."""
    for lang in LANGS:
        t = lang.target
        word = KEYWORDS[lang.code][0][0]
        outsider = "Tom" if lang.code != "es" else "Tomás"
        he = {"en": "his wife is expecting twins in May", "de": "seine Frau bekommt im Mai Zwillinge",
              "es": "su mujer espera gemelos en mayo"}[lang.code]
        for form in ("possessive", "prefix", "heading-linked", "link", "at", "heading-plain", "heading-bold",
                     "heading-label", "heading-link-pronoun", "heading-sibling-unknown", "heading-bold-sibling-unknown",
                     "heading-wider-table", "heading-others"):
            if form == "possessive":
                lines = [f"- {word}: {lang.outsider_body}"]
            elif form == "prefix":
                lines = [f"- {outsider}: {word}: {lang.outsider_body}"]
            elif form == "heading-linked":
                lines = [f"## [[{outsider} Becker]]", f"- {word}: {lang.outsider_body}"]
            elif form == "link":
                lines = [f"- {word}: [[{outsider} Becker]]: {lang.outsider_body}"]
            elif form.startswith("heading-") and form not in ("heading-linked", "heading-others"):
                # a name in no table: beside the attendee's own section, or a first name of the wider lists
                unknown = {"en": "Oyelaran", "de": "Dragan Ilić", "es": "Zuriñe"}[lang.code]
                wider = {"en": "Siobhán", "de": "Zeynep", "es": "Ximena"}[lang.code]
                head = {"heading-plain": f"## {outsider}", "heading-bold": f"**{outsider} Becker**",
                        "heading-label": f"{outsider}:", "heading-link-pronoun": f"### [[{outsider} Becker]] – team",
                        "heading-sibling-unknown": f"## {unknown}", "heading-bold-sibling-unknown": f"**{unknown}**",
                        "heading-wider-table": f"### {wider} (partner)"}[form]
                own = f"## {t.nick}" if not form.startswith("heading-bold-sibling") else f"**{t.nick}**"
                if form == "heading-wider-table":
                    lines = [f"## {t.nick}", f"- {word}: {lang.pronoun_body}", head, f"- {word}: {he}"]
                else:
                    lines = [head, f"- {word}: {he}", "", own, f"- {word}: {lang.pronoun_body}"]
            elif form == "heading-others":
                head = {"en": "## Other people", "de": "## Nicht dabei", "es": "## Otras personas"}[lang.code]
                lines = [head, f"- {word}: {he}"]
            else:
                lines = [f"- @{outsider} {word}: {lang.outsider_body}"]
            text = "\n".join([f"# Notes {lang.code}", "", *lines, ""])
            keys = lang.outsider_keys if not form.startswith("heading-") or form == "heading-linked" else (
                {"en": ("twins",), "de": ("zwillinge",), "es": ("gemelos",)}[lang.code])
            yield Cell({"lang": lang.code, "outsider": form}, text, (t.full,), None, keys)


NAMESAKES = {  # two attendees who share a surname or a first name, how a note names one, whose it is
    "en": (("Margaret Lindqvist", "Robert Lindqvist"), (("Mrs Lindqvist", 0), ("Mr Lindqvist", 1), ("Dr Lindqvist", None))),
    "de": (("Ursula Brandt", "Markus Brandt"), (("Frau Brandt", 0), ("Herr Brandt", 1), ("Dr. Brandt", None))),
    "es": (("Carmen Ortega", "Luis Ortega"), (("la Sra. Ortega", 0), ("el Sr. Ortega", 1), ("la Dra. Ortega", None))),
}
FIRST_NAMESAKES = {"en": ("Kate Ortega", "Katherine Brooks", "Kate"), "de": ("Franzi Berg", "Franziska Huber", "Franzi"),
                   "es": ("Lupe Soto", "Guadalupe Ramírez", "Lupe")}


def namesake_cells() -> Iterator[Cell]:
    """Two attendees sharing a surname: a gendered title tells them apart ("Frau Brandt", "el Sr. Ortega");
    "Dr Brandt", and a first name both go by ("Kate" with Kate Ortega and Katherine Brooks), are nobody's."""
    fact = {"en": "{who}'s daughter starts school in September", "de": "{who} hat im Mai Goldene Hochzeit",
            "es": "{who} se jubila en junio"}
    keys = {"en": ("school",), "de": ("hochzeit",), "es": ("jubila",)}
    for lang in LANGS:
        word = KEYWORDS[lang.code][0][0]
        couple, forms = NAMESAKES[lang.code]
        for written, index in forms:
            for container in ("dash", "line", "checkbox"):
                body = fact[lang.code].format(who=written)
                line = {"dash": f"- {word}: {body}", "line": f"{_capital_first(word)}: {body}",
                        "checkbox": f"- [ ] {word}: {body}"}[container]
                text = "\n".join([f"# Notes {lang.code}", "", line, ""])
                yield Cell({"lang": lang.code, "namesake": written, "container": container}, text, couple,
                           None if index is None else couple[index], keys[lang.code])
        one, other, written = FIRST_NAMESAKES[lang.code]
        body = fact[lang.code].format(who=written)
        yield Cell({"lang": lang.code, "namesake": written, "container": "dash"},
                   f"# Notes {lang.code}\n\n- {word}: {body}\n", (one, other), None, keys[lang.code])


NEGATIVES = {
    "en": ("I remember when we shipped the first version, it was chaos.",
           "Don't forget your laptop tomorrow, we start at nine.",
           "Remember to send the deck to the board by Friday.",
           "Note: the deck is in the shared drive.",
           "NB the build is broken on main.",
           "We need to remember that the API is rate limited.",
           "Remember when Bill presented the roadmap? Great session.",
           "- [ ] remember: renew the staging certificate",
           "Note to self: book the room for the retro.",
           "FYI: the release moved to Thursday.",
           "btw the demo went well, the client wants a second one",
           "Heads up: the office is closed on Monday.",
           "P.S. the recording is in the shared drive",
           "Remember Friday is the deadline for the Q3 numbers.",
           "Don't forget the Q3 numbers.",
           "- [ ] william: send the revised contract",
           "Personal: the deck is in my personal drive",
           "| Topic | Notes |\n|---|---|\n| Budget | remember: the invoice is due Friday |"),
    "de": ("Ich erinnere mich noch an den ersten Release.",
           "Notiz an Team: deploy am Freitag",
           "Nicht vergessen: Folien bis Freitag an den Vorstand schicken",
           "Wichtig: das Budget ist bis Ende Mai eingefroren.",
           "Merken: Deployment nur dienstags.",
           "Notiz: Protokoll an das Team schicken",
           "Übrigens: Server-Update am Montag.",
           "priv.: Laptop bis Freitag zurückgeben",
           "Achtung: Release verschiebt sich auf Donnerstag"),
    "es": ("Recuerdo cuando lanzamos la primera versión.",
           "Recordar: enviar el informe al cliente el viernes",
           "Ojo con el presupuesto del tercer trimestre.",
           "No olvidar: mandar la propuesta a Marta.",
           "Nota: la presentación está en la carpeta compartida.",
           "Apunte: revisar el contrato antes del lunes",
           "Por cierto, el cliente pidió otra reunión.",
           "¡Ojo! el servidor se cae los lunes",
           "Ten en cuenta: el presupuesto es fijo hasta junio"),
}


# Said in a meeting, not written: spoken words that sound like a marker are speech, never a marker.
SPOKEN = {
    "en": ("Don't forget your laptop tomorrow, we start at nine.", "Remember, we ship on Friday.",
           "Note to self, I need to update the board deck.", "NB the API is rate limited."),
    "de": ("Nicht vergessen, morgen ist Deploy.", "Merkt euch: das Budget ist eingefroren.",
           "Notiz an Team: deploy am Freitag."),
    "es": ("No olvidéis el portátil mañana.", "Recordad que el viernes hay entrega.", "Ojo con el despliegue del lunes."),
}


def negative_cells() -> Iterator[Cell]:
    """Prose and tasks that only sound like a marker, written or said: no marker at all."""
    for lang in LANGS:
        for i, line in enumerate(NEGATIVES[lang.code]):
            text = "\n".join([f"# Notes {lang.code}", "", line, ""])
            yield Cell({"lang": lang.code, "negative": str(i)}, text, (lang.target.full, lang.other.full), None, (),
                       negative=True)
        for i, said in enumerate(SPOKEN[lang.code]):
            speaker = lang.other.full if i % 2 else lang.target.first
            yield Cell({"lang": lang.code, "spoken": str(i)}, f"{speaker}: {said}", (lang.target.full, lang.other.full),
                       None, (), negative=True, transcript=True)


def cells() -> Iterator[Cell]:
    yield from marker_cells()
    yield from heading_cells()
    yield from symbol_cells()
    yield from wrapped_cells()
    yield from tag_cells()
    yield from section_cells()
    yield from outsider_cells()
    yield from namesake_cells()
    yield from negative_cells()


def sample(n: int, seed: int = 8, headings: int | None = None) -> list[Cell]:
    """Every tag, outsider and negative cell, a seeded sample of ``n`` marker cells and of ``headings``
    heading cells (all of them by default)."""
    rng = random.Random(seed)
    markers, heads = list(marker_cells()), list(heading_cells())
    return [*rng.sample(markers, min(n, len(markers))), *rng.sample(heads, min(headings or len(heads), len(heads))),
            *symbol_cells(), *wrapped_cells(), *tag_cells(), *section_cells(), *outsider_cells(), *namesake_cells(), *negative_cells()]


class Evaluator:
    """Runs the real capture (a dry run: nothing stored) of a cell's note for a meeting with its attendees."""

    def __init__(self, home: str):
        from pathlib import Path

        Path(home, "config.toml").write_text('[me]\nname = "Sam Taylor"\n', encoding="utf-8")
        from rapport_plugins.context import Context

        self.app = Context(home=home)

    def run(self, cell: Cell) -> dict:
        from datetime import date

        from rapport_plugins.capture import capture_notes
        from rapport_plugins.models import Attendee, Meeting, MeetingNotes, Utterance

        meeting = Meeting(uid="matrix", title="Catch-up", start=date(2026, 4, 1), end=date(2026, 4, 1),
                          attendees=[Attendee(name="Sam Taylor", is_self=True),
                                     *(Attendee(name=n) for n in cell.attendees)])
        if cell.transcript:
            turns = [Utterance(speaker=line.split(": ", 1)[0], text=line.split(": ", 1)[1], line=i)
                     for i, line in enumerate(cell.text.splitlines(), start=1)]
            notes = MeetingNotes(text=cell.text, source="notes", kind="transcript", ref="matrix.txt", utterances=turns)
        else:
            notes = MeetingNotes(text=cell.text, source="notes", kind="notes", ref="matrix.md")
        return capture_notes(self.app, meeting, notes, dry_run=True).__dict__

    def check(self, cell: Cell) -> str | None:
        """None when the cell passes, else what went wrong (one line)."""
        result = self.run(cell)
        stored = [(i["person"], i["text"]) for i in result["stored"]]
        loose = [(None, i["text"]) for i in result["unattributed"] if i.get("explicit")]
        if cell.negative:
            return None if not stored + loose else f"marker {stored + loose}"
        proposed = [(i["person"], i["text"]) for i in result["proposed"]]
        hits = [(p, t) for p, t in stored + loose + proposed if all(k in t.lower() for k in cell.keywords)]
        if hits and not any(h in stored + loose for h in hits):
            return f"only proposed: {proposed}"
        if len(hits) != 1:
            return f"{len(hits)} hits: stored {stored} unattributed {loose}"
        person, _text = hits[0]
        if person != cell.person:
            return f"person {person!r}, wanted {cell.person!r}"
        return None

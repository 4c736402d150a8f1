"""Marker forms people write in Obsidian, Logseq, plain text and exports (issue 8), one general rule each, with
English, German and Spanish sentences of our own: Logseq label properties, a qualifier in brackets, a symbol
alone as the marker, headings that join a weak word to a marker word, a marker wrapped onto the next line."""

from __future__ import annotations

import pytest

from rapport_plugins import find_markers

EN = ["Hollis Grant", "Petra Lowe"]
DE = ["Wiebke Sander", "Jörn Falk"]
ES = ["Rocío Vidal", "Arturo Peña"]


def _texts(note, names):
    return [c.text for c in find_markers(note, known_names=names)]


@pytest.mark.parametrize(("line", "names", "text"), [
    # a Logseq property whose key is a label ("note:: ...", "Notiz:: ...") keeps no stray colon
    ("- note:: his brother is getting married in Porto in July", EN, "His brother is getting married in Porto in July"),
    ("\t- Notiz:: ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
    ("- nota:: su padre se opera de la cadera en mayo", ES, "Su padre se opera de la cadera en mayo"),
    # a qualifier in brackets between the label and its colon
    ("Important (personal): his brother is getting married in Porto", EN, "His brother is getting married in Porto"),
    ("- Wichtig (privat): ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
    ("Ojo (personal): su padre se opera de la cadera en mayo", ES, "Su padre se opera de la cadera en mayo"),
])
def test_labels_with_double_colons_and_qualifiers(line, names, text):
    assert _texts(line, names) == [text]


@pytest.mark.parametrize(("line", "names", "text"), [
    ("📌 his brother is getting married in Porto in July", EN, "His brother is getting married in Porto in July"),
    ("- 🧠 ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
    ("* ⭐️ su padre se opera de la cadera en mayo", ES, "Su padre se opera de la cadera en mayo"),
    ("- his daughter got into the conservatoire 🌟", EN, "His daughter got into the conservatoire"),
    ("- Hollis: his daughter got into the conservatoire 📌", EN, "His daughter got into the conservatoire"),
    ("- Wiebke: 📍 ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
])
def test_a_symbol_alone_marks_a_personal_line(line, names, text):
    assert _texts(line, names) == [text]


@pytest.mark.parametrize("line", [
    "- ⭐ great workshop, the board loved the prototype",
    "📌 I still owe them the revised estimate",
    "- 📝 send the slides to Petra",
    "- 🧠 Angebot bis Freitag schicken",
    "📌 revisar el presupuesto antes del lunes",
])
def test_a_symbol_on_a_work_line_or_the_writers_own_is_no_marker(line):
    assert _texts(line, EN) == []


@pytest.mark.parametrize(("heading", "item", "names"), [
    ("## Follow up / personal", "- his brother is getting married in Porto in July", EN),
    ("### Personal & follow-ups", "- his brother is getting married in Porto in July", EN),
    ("## Personal notes (not for the CRM)", "- his brother is getting married in Porto in July", EN),
    ("## Smalltalk", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("### Merken (privat)", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("## Gut zu merken", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("## Datos personales", "- su padre se opera de la cadera en mayo", ES),
    ("**A tener en cuenta**", "- su padre se opera de la cadera en mayo", ES),
    ("## Seguimiento / personal", "- su padre se opera de la cadera en mayo", ES),
])
def test_headings_people_give_their_personal_items(heading, item, names):
    assert len(_texts(f"{heading}\n{item}\n", names[:1])) == 1


@pytest.mark.parametrize("heading", ["## Follow up / personal", "## Seguimiento / personal", "## Wichtig"])
def test_a_heading_with_a_weak_word_keeps_only_personal_items(heading):
    note = f"{heading}\n- send the revised estimate by Friday\n- Angebot nachfassen\n- mandar el contrato\n"
    assert _texts(note, EN[:1]) == []


@pytest.mark.parametrize(("note", "names", "text"), [
    ("- remember: his brother is getting married in Porto\n  in the second week of July",
     EN, "His brother is getting married in Porto in the second week of July"),
    ("- nicht vergessen: ihr Sohn macht im Sommer den\nFührerschein, sie ist nervöser als er",
     DE, "Ihr Sohn macht im Sommer den Führerschein, sie ist nervöser als er"),
    ("- [ ] recordar: su padre se opera de la cadera\n      en mayo, en el hospital de Getafe",
     ES, "Su padre se opera de la cadera en mayo, en el hospital de Getafe"),
])
def test_a_marker_wrapped_onto_the_next_line_is_read_whole(note, names, text):
    assert _texts(note, names) == [text]


@pytest.mark.parametrize("note", [
    "- remember: his dog is poorly\nnext steps: send the estimate",
    "remember: sein Hund ist krank\nangebot schicken",
    "- remember: his dog is poorly\n  id:: 6650f1c2-8a3b-4c1e-9d2f-0a1b2c3d4e5f",
    "- remember: his dog is poorly\n- budget approved",
])
def test_the_next_note_is_not_a_continuation(note):
    assert [t.lower() for t in _texts(note, EN[:1])] in (["his dog is poorly"], ["sein hund ist krank"])


@pytest.mark.parametrize(("line", "names", "person"), [
    ("- Hollis: 📌 his daughter got into the conservatoire", EN, "Hollis"),
    ("- @Wiebke: 🧠 ihr Sohn macht im Sommer den Führerschein", DE, "Wiebke"),
    ("- [[Rocío Vidal]]: ⭐ su padre se opera de la cadera en mayo", ES, "Rocío Vidal"),
])
def test_the_person_before_a_symbol(line, names, person):
    found = find_markers(line, known_names=names)
    assert len(found) == 1 and (person is None or found[0].person == person)


@pytest.mark.parametrize(("line", "names", "text"), [
    ("FTR: his brother is getting married in Porto in July", EN, "His brother is getting married in Porto in July"),
    ("P.P.S. his brother is getting married in Porto", EN, "His brother is getting married in Porto"),
    ("- [!] his brother is getting married in Porto", EN, "His brother is getting married in Porto"),
    ("!!! his brother is getting married in Porto", EN, "His brother is getting married in Porto"),
    ("Randnotiz: ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
    ("- Hinweis: ihr Sohn macht im Sommer den Führerschein", DE, "Ihr Sohn macht im Sommer den Führerschein"),
    ("Acordarme: su padre se opera de la cadera en mayo", ES, "Su padre se opera de la cadera en mayo"),
    ("Dato: su padre se opera de la cadera en mayo", ES, "Su padre se opera de la cadera en mayo"),
    ("su padre se opera de la cadera en mayo ← recordar", ES, "Su padre se opera de la cadera en mayo"),
    ("his brother is getting married in Porto <- remember", EN, "His brother is getting married in Porto"),
])
def test_more_labels_people_mark_a_line_with(line, names, text):
    assert _texts(line, names) == [text]


@pytest.mark.parametrize("line", [
    "For future reference: the API limit is 100 requests a minute",
    "Remind me: send the revised estimate",
    "- [!] send the revised estimate by Friday",
    "!!! staging is down again",
    "Hinweis: der Server wird am Montag neu gestartet",
    "Dato: el presupuesto se cierra el lunes",
    "the deploy went fine <- remember",
])
def test_the_same_labels_on_work_lines_are_no_markers(line):
    assert _texts(line, EN[:1]) == []


@pytest.mark.parametrize(("heading", "item", "names"), [
    ("## Family & personal", "- his brother is getting married in Porto in July", EN),
    ("## Personal touch", "- his brother is getting married in Porto in July", EN),
    ("Key personal details:", "- his brother is getting married in Porto in July", EN),
    ("## Conversation starters", "- ask how his brother's wedding in Porto went", EN),
    ("## Kinder / Privates", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("## Zum Nachfragen", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("### Merkzettel", "- ihr Sohn macht im Sommer den Führerschein", DE),
    ("## Apuntes personales", "- su padre se opera de la cadera en mayo", ES),
    ("## Lo que hay que recordar", "- su padre se opera de la cadera en mayo", ES),
])
def test_more_headings_people_give_their_personal_items(heading, item, names):
    assert len(_texts(f"{heading}\n{item}\n", names[:1])) == 1

"""Marker styles the generated matrix (tests/marker_matrix.py) found missing, one general rule each,
in English, German and Spanish sentences of our own."""

from __future__ import annotations

import pytest

from rapport_plugins import find_markers

EN = ["Priya Raman", "Oscar Lund"]
DE = ["Mareike Vogt", "Tobias Kern"]
ES = ["Inés Moreno", "Rafael Soto"]


def _found(note, names):
    return [(c.text, c.person) for c in find_markers(note, known_names=names)]


@pytest.mark.parametrize(("line", "names", "text"), [
    # a keyword highlighted (Obsidian's ==mark==), with or without its colon inside
    ("==Remember==: his twins were born in June", EN, "His twins were born in June"),
    ("- ==merken:== sein Vater zieht im Juli zu ihm", DE, "Sein Vater zieht im Juli zu ihm"),
    ("==No olvidar== su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
    # "that"-forms in bold, italics or underscores: "_Recordar que_ ..."
    ("**Remember that** his twins were born in June", EN, "His twins were born in June"),
    ("_Don't forget that_ his twins were born in June", EN, "His twins were born in June"),
    ("*Nicht vergessen, dass* sein Vater im Juli zu ihm zieht", DE, "Sein Vater im Juli zu ihm zieht"),
    ("- [ ] _acordarse de que_ su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
])
def test_emphasis_around_any_keyword(line, names, text):
    assert [t for t, _ in _found(line, names)] == [text]


@pytest.mark.parametrize(("line", "names", "person"), [
    # an abbreviation with no colon, after a name, or before an @mention or a [[link]]
    ("- Oscar: NB his twins were born in June", EN, "Oscar"),
    ("- PR: **FYI** her partner is a jazz drummer", EN, "Priya Raman"),  # initials the note uses as a label
    ("NB @Priya is training for the Oslo marathon", EN, "Priya"),
    ("- Tobias: ojo, sein Vater liegt seit Montag im Krankenhaus", DE, "Tobias"),
    ("> ==OJO==, [[Inés Moreno|Inés]] se casa en octubre", ES, "Inés Moreno"),
    # a name in italics before the colon: "_remember about Priya_:"
    ("* _remember about Priya_: her partner is a jazz drummer", EN, "Priya"),
    ("**Reminder about Oscar:** his twins were born in June", EN, "Oscar"),
    ("- erinnerung zu Mareike: ihre Schwester heiratet im Mai", DE, "Mareike"),
    ("_MERKEN ZU Tobias_: sein Vater liegt im Krankenhaus", DE, "Tobias"),
    ("- FYI about Priya: her partner is a jazz drummer", EN, "Priya"),
    ("* REMEMBER THIS ABOUT Priya: her partner is a jazz drummer", EN, "Priya"),
    ("- nota sobre Rafael: su hija empieza la universidad", ES, "Rafael"),
])
def test_who_with_the_keyword(line, names, person):
    assert [p for _, p in _found(line, names)] == [person]


@pytest.mark.parametrize(("line", "names", "text"), [
    # after a sentence: an abbreviation with no colon, for a personal topic only
    ("Went over the budget. NB his twins were born in June", EN, "His twins were born in June"),
    ("Budget besprochen. NB: sein Vater liegt im Krankenhaus", DE, "Sein Vater liegt im Krankenhaus"),
    # all capitals: "REMEMBER THIS:" and "ACORDARSE DE QUE" are keywords, not a keyword and a name
    ("- [x] _REMEMBER THIS_: @Priya is training for the Oslo marathon", EN, "Priya is training for the Oslo marathon"),
    ("- Inés: ==ACORDARSE DE QUE== su madre cumple ochenta en marzo", ES, "Su madre cumple ochenta en marzo"),
    ("==Nicht vergessen== ihre Schwester heiratet im Mai", DE, "Ihre Schwester heiratet im Mai"),
])
def test_more_keyword_forms(line, names, text):
    assert [t for t, _ in _found(line, names)] == [text]


@pytest.mark.parametrize("line", [
    "Went over the budget. NB the build is red again",  # not personal
    "Perhaps you could check the numbers", "FYI the release moved to Thursday",
    "Ojo con el presupuesto del trimestre", "Budget besprochen. NB Deployment nur dienstags",
])
def test_abbreviations_need_a_personal_topic(line):
    assert _found(line, EN) == []


@pytest.mark.parametrize(("note", "names", "expected"), [
    # a heading with an emoji before the name
    ("### 🧑 Oscar\n- remember: his twins were born in June", EN, [("His twins were born in June", "Oscar")]),
    # a bold line, or "Name:" alone on its line, heads the bullets under it
    ("**Priya Raman**\n- remember: her partner is a jazz drummer\n\n**Oscar**\n- NB: his twins were born in June",
     EN, [("Her partner is a jazz drummer", "Priya Raman"), ("His twins were born in June", "Oscar")]),
    ("Tobias:\n- merken: sein Vater liegt im Krankenhaus\nMareike:\n- merken: ihre Schwester heiratet im Mai",
     DE, [("Sein Vater liegt im Krankenhaus", "Tobias"), ("Ihre Schwester heiratet im Mai", "Mareike")]),
    # ... and a bold line that names nobody ends the person's section
    ("**Rafael**\n- recordar: su hija empieza la universidad\n**Varios**\n- recordar: su madre cumple ochenta",
     ES, [("Su hija empieza la universidad", "Rafael"), ("Su madre cumple ochenta", None)]),
    # "Privat" as a marker heading
    ("## Privat\n- sein Vater liegt im Krankenhaus", DE, [("Sein Vater liegt im Krankenhaus", None)]),
])
def test_headings_people_write_without_hashes(note, names, expected):
    assert _found(note, names) == expected


@pytest.mark.parametrize(("note", "names", "expected"), [
    # a marker in a table cell; the row's one cell naming a person is its person
    ("| Who | Notes |\n|---|---|\n| Oscar | remember: his twins were born in June |", EN,
     [("His twins were born in June", "Oscar")]),
    # a column headed like a marker section: every cell in it is a marker
    ("| Wer | Zum Merken |\n| --- | --- |\n| Tobias | sein Vater liegt im Krankenhaus |\n| Mareike | |", DE,
     [("Sein Vater liegt im Krankenhaus", "Tobias")]),
    # a column headed by a person: the markers in it are theirs; a [[link|alias]] keeps its pipe
    ("| Tema | Inés | Rafael |\n|:--|:--|:--|\n| Familia | recordar: se casa en octubre | "
     "ojo: [[Rafael Soto|Rafa]] tiene gemelos |", ES,
     [("Se casa en octubre", "Inés"), ("Rafa tiene gemelos", "Rafael Soto")]),
    ("| Topic | Notes |\n|---|---|\n| Budget | remember: the deck is due Friday |", EN, []),
])
def test_markers_in_tables(note, names, expected):
    assert _found(note, names) == expected


@pytest.mark.parametrize(("note", "names", "expected"), [
    ("- her partner is a jazz drummer #personal", EN, [("Her partner is a jazz drummer", None)]),
    ("- #privat sein Vater liegt im Krankenhaus", DE, [("Sein Vater liegt im Krankenhaus", None)]),
    ("- [[recordar]] su madre cumple ochenta en marzo", ES, [("Su madre cumple ochenta en marzo", None)]),
    ("- his twins were born in June\n  tags:: remember", EN, [("His twins were born in June", None)]),
    ("- Ihre Schwester heiratet im Mai\n  id:: 6650f1c2\n  tags:: [[merken]], familie", DE,
     [("Ihre Schwester heiratet im Mai", None)]),
    # "#personal" on the writer's own line or on no personal topic is no marker
    ("- I need to book the dentist #personal", EN, []), ("- Deploy nur dienstags #privat", DE, []),
    ("- revisar el presupuesto\n  tags:: personal", ES, []),
])
def test_tags_page_references_and_tag_properties(note, names, expected):
    assert _found(note, names) == expected


@pytest.mark.parametrize(("line", "names", "person"), [
    # no separator, a name (or @mention, [[link]]) as the sentence's subject
    ("- Remember Oscar is training for the Oslo marathon", EN, "Oscar Lund"),
    ("* nicht vergessen @Tobias läuft im Oktober den Berlin-Marathon", DE, "Tobias"),
    ("- Recordar [[Inés Moreno|Inés]] se casa en octubre", ES, "Inés Moreno"),
    ("- nicht vergessen Mareikes Tochter kommt im Herbst in die Schule", DE, "Mareike Vogt"),
])
def test_a_bare_keyword_before_a_name(line, names, person):
    assert [p for _, p in _found(line, names)] == [person]


@pytest.mark.parametrize(("line", "names", "person"), [
    # a relative of someone outside the meeting, written the German or Spanish way: theirs, not an attendee's
    ("- merken: Pauls Frau bekommt im Mai Zwillinge", DE, "Paul"),
    ("- merken: die Tochter von Paul heiratet im Juni", DE, "Paul"),
    ("- recordar: la mujer de Andrés espera gemelos", ES, "Andrés"),
    ("- remember: the wife of Ahmed is expecting twins", EN, "Ahmed"),
    # a relative's noun is no short form of a name: "Frau" is no Franziska, "Juni" no Junia
    ("- merken: seines Vaters Hund ist gestorben", ["Franziska Huber"], None),
])
def test_a_relative_of_someone_named(line, names, person):
    assert [p for _, p in _found(line, names)] == [person]


@pytest.mark.parametrize(("line", "names", "expected"), [
    # "btw", "übrigens", "por cierto", "dato personal", "priv.": labels for a personal topic only
    ("- btw: his twins were born in June", EN, [("His twins were born in June", None)]),
    ("BTW her partner is a jazz drummer", EN, [("Her partner is a jazz drummer", None)]),
    ("- Übrigens: sein Vater liegt im Krankenhaus", DE, [("Sein Vater liegt im Krankenhaus", None)]),
    ("- priv.: ihre Schwester heiratet im Mai", DE, [("Ihre Schwester heiratet im Mai", None)]),
    ("- Dato personal: su madre cumple ochenta en marzo", ES, [("Su madre cumple ochenta en marzo", None)]),
    ("- Por cierto: su hija empieza la universidad", ES, [("Su hija empieza la universidad", None)]),
    # Spanish opens an exclamation with "¡"
    ("¡Ojo! su madre está en el hospital", ES, [("Su madre está en el hospital", None)]),
    ("- Inés: ¡No olvidar! se casa en octubre", ES, [("Se casa en octubre", "Inés")]),
    ("- Ten en cuenta: Rafael es celíaco", ES, [("Rafael es celíaco", "Rafael Soto")]),
    # the person in brackets after any keyword; a name written small before the colon
    ("- Note to self (Oscar): his twins were born in June", EN, [("His twins were born in June", "Oscar")]),
    ("- oscar: remember: his twins were born in June", EN, [("His twins were born in June", "Oscar")]),
    ("- mareike: merken: ihre Schwester heiratet im Mai", DE, [("Ihre Schwester heiratet im Mai", "Mareike")]),
    ("- family: remember: his twins were born in June", EN, [("His twins were born in June", None)]),
])
def test_more_labels_and_names(line, names, expected):
    assert _found(line, names) == expected


@pytest.mark.parametrize("line", [
    "btw the demo went well, the client wants a second one", "- Übrigens: Server-Update am Montag.",
    "- priv.: Laptop bis Freitag zurückgeben", "Por cierto, el cliente pidió otra reunión.",
    "¡Ojo! el servidor se cae los lunes", "note to self: ring the council about the parking permit",
    "Note to self: phone the garage about the van",
])
def test_labels_for_no_personal_topic_and_tasks_are_no_markers(line):
    assert _found(line, EN) == []


@pytest.mark.parametrize(("note", "names", "expected"), [
    # a list item with a symbol and a marker word heads the items nested under it, like "- Remember:"
    ("- ⭐ Personal – Oscar:\n  - his twins were born in June", EN, [("His twins were born in June", "Oscar")]),
    ("- 📌 Zum Merken:\n  - ihre Schwester heiratet im Mai\n- Budget", DE, [("Ihre Schwester heiratet im Mai", None)]),
    ("* ⭐ Para recordar:\n    * su madre cumple ochenta en marzo", ES, [("Su madre cumple ochenta en marzo", None)]),
])
def test_a_marker_list_item_with_a_symbol_heads_its_nested_items(note, names, expected):
    assert _found(note, names) == expected


@pytest.mark.parametrize(("note", "names", "expected"), [
    # a heading naming someone outside the meeting by a known first name: its markers are theirs, not the attendee's
    ("## Tom\n- remember: his wife is expecting twins\n\n## Priya\n- remember: her partner is a drummer",
     ["Priya Raman"], [("His wife is expecting twins", "Tom"), ("Her partner is a drummer", "Priya")]),
    ("**Tobias Braun**\n- merken: seine Frau bekommt Zwillinge", ["Mareike Vogt"], [("Seine Frau bekommt Zwillinge",
                                                                                   "Tobias Braun")]),
    ("### [[Enrique Gil]] – equipo\n- recordar: su mujer espera gemelos", ["Inés Moreno"],
     [("Su mujer espera gemelos", "Enrique Gil")]),
    # ... a name in the marker's own text still wins; a heading that is a word, or a name that is also a word, is no one
    ("## Tom\n- remember: Priya's partner is a drummer", ["Priya Raman"], [("Priya's partner is a drummer", "Priya Raman")]),
    ("## Budget\n- remember: her partner is a drummer", ["Priya Raman"], [("Her partner is a drummer", None)]),
    ("## Will\n- remember: her partner is a drummer", ["Priya Raman"], [("Her partner is a drummer", None)]),
    # with the meeting's people unknown, nothing is decided by a heading
    ("## Tom\n- remember: his wife is expecting twins", [], [("His wife is expecting twins", None)]),
])
def test_a_heading_naming_someone_outside_the_meeting(note, names, expected):
    assert _found(note, names) == expected

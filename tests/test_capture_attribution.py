"""Who a marker is about, on writing the engine has not seen (issue 8): nicknames and short forms of an
attendee's name, a person named only in a heading, markers after prose and in German and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapport_plugins.markers import find_markers
from rapport_plugins.names import is_short_form, nicknames, same_first_name


@pytest.mark.parametrize(("written", "full"), [
    ("Kate", "Katherine Lindqvist"), ("Bill", "William Achterberg"), ("Sepp", "Josef Huber"),
    ("Liz", "Elizabeth Harcourt"), ("Sasha", "Alexandra Petrescu"), ("Pepe", "José Luis Navarro"),
    ("Chris", "Christopher Adebayo"), ("Kathi", "Katharina Vogel"), ("Steffi", "Stefanie Wolf"),
    ("Seun", "Oluwaseun Adeyemi"), ("Thanh Huong", "Thanh Huong Pham"), ("Jose", "José Luis Navarro"),
    ("Chema", "José María Ortiz"), ("Rik", "Henrik Dahl"),
])
def test_a_short_form_or_nickname_names_the_person(written, full):
    assert same_first_name(written, full)


@pytest.mark.parametrize(("written", "full"), [
    ("Kate", "William Achterberg"), ("Ben", "Anna Berg"), ("Bo", "Bob Smith"), ("Lucía", "Lucas Meyer"),
    ("Huong Pham", "Thanh Huong Pham"),
])
def test_other_names_do_not(written, full):
    assert not same_first_name(written, full)


def test_the_table_and_the_short_form_rule():
    assert "kate" in nicknames("Katherine") and "bill" in nicknames("william")
    assert is_short_form("Chris", "Christopher") and not is_short_form("Christopher", "Chris")
    assert same_first_name("Mina", "Wilhelmina Berg", {"wilhelmina": {"mina"}})  # a plugin's variant


def _people(texts):
    return [(c.person, c.text) for c in texts]


def test_a_heading_names_the_person_of_the_bare_markers_under_it():
    note = "# Lab meeting\n\n## Thanh Huong\n- remember: her mother is visiting from Hanoi\n\n## Diego\n" \
           "- remember: running the Valencia marathon\n\n## Notes\n- remember: the projector is broken\n"
    names = ["Thanh Huong Pham", "Diego Fernández"]
    found = find_markers(note, "n.md", names, is_person=lambda t: sum(same_first_name(t, n) for n in names) == 1)
    assert _people(found) == [("Thanh Huong", "Her mother is visiting from Hanoi"),
                              ("Diego", "Running the Valencia marathon"), (None, "The projector is broken")]


def test_list_items_under_a_remember_heading_are_markers():
    note = "S: calmer this week.\n\n## Remember\n- mum's name is Funmi\n- allergic to penicillin\n\n## Plan\n- sleep log\n"
    assert [c.text for c in find_markers(note)] == ["Mum's name is Funmi", "Allergic to penicillin"]


def test_a_marker_after_prose_on_the_same_line():
    note = ("Kathi war heute etwas abwesend. merken: ihr Vater ist seit Montag im Hospiz\n"
            "Pushed on pricing; he's fine with it. Remember that Haruto's birthday is on 2 July\n"
            "I remember that trip fondly.\n")
    assert [(c.person, c.text) for c in find_markers(note)] == [
        (None, "Ihr Vater ist seit Montag im Hospiz"), ("Haruto", "Haruto's birthday is on 2 July")]


@pytest.mark.parametrize("line", [
    "- merken: trinkt keinen Kaffee", "- nicht vergessen: Geburtstag am 21.", "- recordar: su hija se casa en octubre",
    "- no olvidar: es alérgica a los frutos secos", "#merken fährt nach Rosenheim", "Recuerda: juega al pádel",
])
def test_german_and_spanish_markers(line):
    assert len(find_markers(line)) == 1


def test_a_note_to_self_that_is_a_task_is_not_a_memory():
    note = "- note to self: send Gunnar the SOC 2 report\n- note to self about Gunnar: his son plays chess\n"
    assert [c.text for c in find_markers(note, known_names=["Gunnar Eriksson"])] == ["His son plays chess"]


NOTE = """2026-07-02 board prep
Attendees: Katherine Lindqvist, William Achterberg

- remember: Kate's dad moved into hospice care on Sunday
- remember: Bill plays chess on Thursdays
"""


def test_capture_gives_a_nickname_to_the_one_attendee_it_fits(rapport, home: Path, tmp_path: Path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-07-02 board.txt"
    note.write_text(NOTE, encoding="utf-8")
    result = rapport.json("capture", str(note))
    stored = sorted((item["person"], item["text"], item["event_date"]) for item in result["stored"])
    assert stored == [("Katherine Lindqvist", "Kate's dad moved into hospice care on Sunday", "2026-06-28"),
                      ("William Achterberg", "Bill plays chess on Thursdays", None)]
    assert result["unattributed"] == []


HOOKS = '''
from datetime import date
from rapport_plugins import hookimpl
from rapport_plugins.dates import DateMatch


@hookimpl
def rapport_resolve_date(text, reference):
    if "la semaine prochaine" in text:
        return DateMatch(date(2026, 7, 6), "la semaine prochaine")
    return None


@hookimpl
def rapport_name_variants(name):
    return {"Wilhelmina": ["Mina"]}.get(name)
'''


def test_plugins_add_date_phrases_and_name_variants(rapport, home: Path, tmp_path: Path):
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "french.py").write_text(HOOKS, encoding="utf-8")
    rapport.config(f'[me]\nname = "Sam Lee"\n[plugins]\nhooks_dir = "{hooks}"\n')
    note = tmp_path / "2026-07-02 call.txt"
    note.write_text("Attendees: Wilhelmina Berg, Otto Berg\n\n- remember: Mina part pour le Japon avec sa famille la semaine prochaine\n"
                    "- remember: Otto has surgery on Friday\n", encoding="utf-8")
    result = rapport.json("capture", str(note))
    stored = sorted((item["person"], item["event_date"]) for item in result["stored"])
    # the plugin's phrase where the rules found none; the rules' own date where they did
    assert stored == [("Otto Berg", "2026-07-03"), ("Wilhelmina Berg", "2026-07-06")]


@pytest.mark.parametrize(("line", "text"), [
    ("- Remember - her dad is in hospital", "Her dad is in hospital"),
    ("REMEMBER: vegan, no fish sauce either", "Vegan, no fish sauce either"),
    ("- Don't forget that Ben's wife is expecting", "Ben's wife is expecting"),
    ("- Kate loves jazz #remember", "Kate loves jazz"),
    ("Nicht vergessen, dass Sepp keinen Kaffee trinkt", "Sepp keinen Kaffee trinkt"),
    ("- recordar que su hija se casa en junio", "Su hija se casa en junio"),
    ("keep in mind: allergic to nuts", "Allergic to nuts"),
])
def test_more_ways_to_write_a_marker(line, text):
    assert [c.text for c in find_markers(line)] == [text]


@pytest.mark.parametrize("line", ["I remember - vaguely - that party", "We should remember that the API is slow?",
                                  "- note to self: send the deck", "Notiz: Raum für das Offsite buchen"])
def test_prose_and_tasks_are_not_markers(line):
    assert find_markers(line) == []


def test_a_speaker_written_by_nickname_and_initial_is_the_attendee(tmp_path):
    from datetime import date

    from rapport_plugins.capture import capture_file
    from rapport_plugins.cli_common import App

    home = tmp_path / "home"
    home.mkdir()
    (home / "config.toml").write_text('[me]\nname = "Sam Lee"\n', encoding="utf-8")
    call = tmp_path / "call.txt"
    call.write_text("Sam Lee: How was the week?\nBill A.: My daughter just started school this week.\n", encoding="utf-8")
    app = App(home=str(home))
    try:
        result = capture_file(app, call, date=date(2026, 3, 4), with_people=("William Achterberg",), dry_run=True)
    finally:
        app.close()
    assert [(p["person"], p["text"]) for p in result.proposed] == [("William Achterberg", "Daughter just started school this week")]


def test_capture_gives_initials_to_the_one_attendee_they_fit(rapport, home: Path, tmp_path: Path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-09-08 pastoral.txt"
    note.write_text("Attendees: Siobhán Kelly, Rajesh Iyer\n\n- K. - remember: loves sea swimming\n"
                    "- #remember SK's dad is in a hospice in Cork\n- RI: remember: running the Berlin marathon\n"
                    "- R. - remember: plays cricket on Sundays\n",
                    encoding="utf-8")
    result = rapport.json("capture", str(note))
    stored = sorted((item["person"], item["text"]) for item in result["stored"])
    assert stored == [("Rajesh Iyer", "Plays cricket on Sundays"), ("Rajesh Iyer", "Running the Berlin marathon"),
                      ("Siobhán Kelly", "SK's dad is in a hospice in Cork")]
    assert [item["text"] for item in result["unattributed"]] == ["Loves sea swimming"]  # K. fits nobody


@pytest.mark.parametrize(("written", "full"), [
    ("Kuba", "Jakub Nowak"), ("Sally", "Sarah Jones"), ("Jo", "Josephine Hart"), ("Toni", "Anton Weber"),
    ("Kike", "Enrique Sanz"), ("Uli", "Ulrich Bauer"), ("Mandy", "Amanda Cole"), ("Gus", "Angus Reid"),
    ("Mo", "Mohammed Al-Sayed"), ("Ginny", "Virginia Wolfe"), ("Polly", "Mary Shaw"),
])
def test_more_nicknames_of_the_table(written, full):
    assert same_first_name(written, full)


def test_capture_gives_a_surname_or_a_title_and_surname_to_the_one_attendee_it_fits(rapport, home: Path, tmp_path: Path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-03-04 clinic.txt"
    note.write_text("Attendees: Bartholomew Okafor, Katharina Weiß\n\n## Mr Okafor\n- remember: mum is in hospital\n\n"
                    "## Misc\n- Frau Weiß: remember: Tochter heiratet im Mai\n- remember: Okafor's dog is called Pepper\n"
                    "- remember: the May release is late for everyone\n",
                    encoding="utf-8")
    result = rapport.json("capture", str(note))
    stored = sorted((item["person"], item["text"]) for item in result["stored"])
    assert stored == [("Bartholomew Okafor", "Mum is in hospital"), ("Bartholomew Okafor", "Okafor's dog is called Pepper"),
                      ("Katharina Weiß", "Tochter heiratet im Mai")]


@pytest.mark.parametrize(("written", "full", "fits"), [
    ("Okafor", "Bartholomew Okafor", True), ("Mr Okafor", "Bartholomew Okafor", True), ("Frau Weiß", "Katharina Weiß", True),
    ("de Vries", "Wilhelmina de Vries", True), ("Vries", "Wilhelmina de Vries", True), ("Bartholomew", "Bartholomew Okafor", False),
    ("Ok", "Bartholomew Okafor", False),
])
def test_a_surname(written, full, fits):
    from rapport_plugins.names import is_surname

    assert is_surname(written, full) is fits


def test_a_marker_about_someone_outside_the_meeting_is_not_given_to_the_only_attendee(rapport, home: Path, tmp_path: Path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    note = tmp_path / "2026-03-04 anna.txt"
    note.write_text("Attendees: Anna Berg\n\n- remember: Tom: wife is expecting twins\n- remember: Health: knee surgery in May\n",
                    encoding="utf-8")
    result = rapport.json("capture", str(note))
    assert [(item["person"], item["text"]) for item in result["stored"]] == [("Anna Berg", "Health: knee surgery in May")]
    assert [item["text"] for item in result["unattributed"]] == ["Wife is expecting twins"]

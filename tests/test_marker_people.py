"""Whose a marker is, in group notes and on names the tables never saw (issue 8): diminutives, initials and
titles with an initial, a note's own initials labels, two attendees who share a first name or a surname (told
apart by a gendered title, else left for review), and sections of people outside the meeting. Sentences of our
own in English, German and Spanish; capture runs for real (a dry run)."""

from __future__ import annotations

import pytest

from rapport_plugins.markers import find_markers, initials_used, name_like
from rapport_plugins.names import by_surname, gender_of, initials_of, is_diminutive, mentions, same_first_name


@pytest.mark.parametrize(("written", "full"), [
    ("Juanito", "Juan Ferreira"), ("Anita", "Ana Beltrán"), ("Carmencita", "Carmen Ibáñez"),
    ("Pepito", "José Ibáñez"), ("Sepperl", "Josef Gruber"), ("Franzl", "Franz Gruber"), ("Tommy", "Tom Hale"),
    ("Johnny", "John Hale"), ("Nachito", "Ignacio Beltrán"),
])
def test_a_diminutive_of_the_name_or_of_its_short_form(written, full):
    assert is_diminutive(written, full.split()[0]) and same_first_name(written, full)


@pytest.mark.parametrize(("written", "full"), [
    ("Marina", "Mar Beltrán"), ("Mario", "Mar Beltrán"), ("Lena", "Len Hale"), ("Bella", "Bel Ferreira"),
    ("Tina", "Tin Hale"), ("Ella", "Ellen Hale"),
])
def test_a_different_name_is_no_diminutive(written, full):
    assert not same_first_name(written, full)


@pytest.mark.parametrize(("written", "full"), [
    ("Xavi", "Javier Domínguez"), ("Lucho", "Luis Domínguez"), ("Leni", "Helene Brückner"),
    ("Hansi", "Johann Brückner"), ("Gitti", "Brigitte Brückner"), ("Pepa", "Josefina Domínguez"),
    ("Chris", "Christiane Brückner"), ("Rike", "Friederike Brückner"),
])
def test_the_wider_table(written, full):
    assert same_first_name(written, full)


def test_initials_and_a_title_with_an_initial():
    assert mentions("A.K. is moving and Dr M covers, Frau B. too") == ["A.K.", "Dr M", "Frau B."]
    assert initials_of("A.K.", "Aleksandra Kowal") and initials_of("Dr M", "Kofi Mensah")
    assert initials_of("Frau B.", "Heike Bauer") and not initials_of("Dr M", "Kofi Asante")
    assert not initials_of("AM", "Anjali Mehta") and initials_of("AM", "Anjali Mehta", acronyms=True)


def test_a_gendered_title_tells_two_people_with_one_surname_apart():
    couple = ["Gisela Wendt", "Rüdiger Wendt"]
    assert by_surname("Frau Wendt", couple) == ["Gisela Wendt"]
    assert by_surname("Herr Wendt", couple) == ["Rüdiger Wendt"]
    assert by_surname("Dr Wendt", couple) == couple  # no gender: both, so nobody's
    assert by_surname("Hr. Wendt", couple) == ["Rüdiger Wendt"]  # a German note's short title
    # "Fr." is "Frau" to a German note (a priest, "Father", to an Irish one, but not one of a couple)
    assert by_surname("Fr. Wendt", couple) == ["Gisela Wendt"]
    # ... and the one not known to be a man when the other is: Urs and Margrit Bachmann-Zemp, a double surname
    assert by_surname("Fr. Bachmann", ["Urs Bachmann", "Margrit Bachmann-Zemp"]) == ["Margrit Bachmann-Zemp"]
    assert by_surname("Sra. Wendt", ["Andrea Wendt", "Kim Wendt"]) == []  # names of either gender tell nothing
    assert gender_of("Sra.") is None and gender_of("Gisela") == "f" and gender_of("Andrea") is None


def test_a_notes_initials_labels():
    note = "- PL: fine with the plan\n- AM: wants more time\n- AM: second point\n"
    assert initials_used(note, ["Pablo León", "Ana Mora", "Aitor Mendi"]) == {"PL": "Pablo León"}  # AM fits two


@pytest.mark.parametrize(("heading", "name"), [
    ("## Zeynep", "Zeynep"), ("**Bogdan Ilie**", "Bogdan Ilie"), ("### Oyelaran – finance", "Oyelaran"),
])
def test_a_heading_that_reads_as_a_name(heading, name):
    assert name_like(heading) == name


@pytest.mark.parametrize("heading", ["## Next Steps", "## Budget Review", "### Q3 Roadmap", "## Nächste Schritte",
                                     "## Próximos Pasos", "## Action Items", "## Personal", "## Remember"])
def test_topic_headings_are_no_names(heading):
    assert name_like(heading) is None


@pytest.fixture
def capture(tmp_path, monkeypatch):
    from datetime import date

    from rapport_plugins.capture import capture_notes
    from rapport_plugins.context import Context
    from rapport_plugins.models import Attendee, Meeting, MeetingNotes

    monkeypatch.setenv("RAPPORT_NOW", "2026-04-02T09:55:00+02:00")
    (tmp_path / "config.toml").write_text('[me]\nname = "Noor Haddad"\n', encoding="utf-8")
    app = Context(home=str(tmp_path))

    def run(note: str, attendees: list[str]) -> list[tuple[str | None, str]]:
        meeting = Meeting(uid="m", title="Sync", start=date(2026, 4, 1), end=date(2026, 4, 1),
                          attendees=[Attendee(name="Noor Haddad", is_self=True), *(Attendee(name=n) for n in attendees)])
        result = capture_notes(app, meeting, MeetingNotes(text=note, source="notes", kind="notes", ref="n.md"),
                               dry_run=True)
        return sorted([(i["person"], i["text"]) for i in result.stored]
                      + [(None, i["text"]) for i in result.unattributed if i.get("explicit")], key=str)

    return run


@pytest.mark.parametrize(("note", "attendees", "person"), [
    ("- remember: Greta's son starts school in May", ["Greta Lind", "Margarete Vogt"], None),  # Greta: both
    ("- merken: Chris fährt im Mai nach Island", ["Chris Evans", "Christiane Vogt"], None),
    ("- recordar: Ana se casa en junio", ["Ana Gil", "Anabel Ruiz"], None),
    ("- remember: Greta Lind's son starts school in May", ["Greta Lind", "Margarete Vogt"], "Greta Lind"),
])
def test_a_first_name_two_attendees_go_by_is_left_for_review(capture, note, attendees, person):
    found = capture(note, attendees)
    assert len(found) == 1 and found[0][0] == person


@pytest.mark.parametrize(("note", "attendees", "person"), [
    ("- nicht vergessen: Frau Wendt hat im Mai Goldene Hochzeit", ["Gisela Wendt", "Rüdiger Wendt"], "Gisela Wendt"),
    ("- remember: Mr Wendt is retiring in June", ["Gisela Wendt", "Rüdiger Wendt"], "Rüdiger Wendt"),
    ("- recordar: la Sra. Wendt se jubila en junio", ["Gisela Wendt", "Rüdiger Wendt"], "Gisela Wendt"),
    ("- remember: Dr Wendt is retiring in June", ["Gisela Wendt", "Rüdiger Wendt"], None),
    ("- NB Dr M is allergic to penicillin", ["Kofi Mensah", "Orla Byrne", "Tim Hale"], "Kofi Mensah"),
    ("- remember: A.K. is moving to Porto in June", ["Aleksandra Kowal", "Tim Hale"], "Aleksandra Kowal"),
])
def test_titles_and_initials(capture, note, attendees, person):
    found = capture(note, attendees)
    assert len(found) == 1 and found[0][0] == person


def test_a_notes_initials_labels_name_the_markers_on_their_lines(capture):
    note = ("prep 3/4 - PL, AM\n- PL: fine w/ plan. PS remember his mum is in hospital, go gently\n"
            "- AM: owns the appendix\nREMEMBER AM vegetarian, no fish at the dinner\n")
    assert capture(note, ["Pablo León", "Ana Mora"]) == [
        ("Ana Mora", "AM vegetarian, no fish at the dinner"), ("Pablo León", "Remember his mum is in hospital, go gently")]


@pytest.mark.parametrize(("note", "attendees"), [
    ("## Wiebke\n- merken: Tochter kommt im Mai in die Schule\n\n## Dragan\n- merken: Tochter heiratet im Juni\n",
     ["Wiebke Sander"]),
    ("**Kate**\n- remember: her son starts school\n\n**Oyelaran**\n- remember: his son starts school in May\n",
     ["Katherine Brooks"]),
    ("## Lupe\n- recordar: su hija empieza el colegio\n## Zuriñe\n- recordar: su hija se casa en junio\n",
     ["Guadalupe Ramírez"]),
])
def test_a_section_beside_the_attendees_own_is_someone_elses(capture, note, attendees):
    found = capture(note, attendees)
    assert [p for p, _ in found].count(attendees[0]) == 1 and len(found) == 2


@pytest.mark.parametrize(("note", "attendees"), [
    ("## Zeynep\n- remember: her son starts school in September\n", ["Katherine Brooks"]),
    ("Dimitra:\n- merken: ihr Sohn kommt im September in die Schule\n", ["Franziska Huber"]),
    ("### Siobhán (partner)\n- recordar: empieza un máster en octubre\n", ["Guadalupe Ramírez"]),
])
def test_a_heading_naming_someone_else_by_a_known_first_name(capture, note, attendees):
    assert [p for p, _ in capture(note, attendees)] == [None]


@pytest.mark.parametrize(("note", "attendees"), [
    ("## Kate\n- remember: her son starts school\n\n## Next Steps\n- remember: her mum visits in April\n",
     ["Katherine Brooks"]),
    ("## Garden\n- remember: her roses won a prize\n", ["Katherine Brooks"]),
    ("## Lupe\n- recordar: su hija empieza el colegio\n## Próximos Pasos\n- recordar: su madre viene en abril\n",
     ["Guadalupe Ramírez"]),
])
def test_topic_headings_keep_the_attendee(capture, note, attendees):
    assert {p for p, _ in capture(note, attendees)} == {attendees[0]}


def test_a_first_name_and_an_initial_heading_tells_two_namesakes_apart():
    note = "## Daniel O.\n- remember: his twins turn five\n## Daniel R.\n- remember: he is vegan now\n"
    found = find_markers(note, known_names=["Daniel Okoye", "Daniel Reyes", "Mei Lin Tan"])
    assert [c.person for c in found] == ["Daniel O.", "Daniel R."]


def test_a_marker_in_what_reads_as_a_speakers_name(tmp_path):
    """Notes of "Name: text" lines read as a transcript: "Pepa NB: cumple 50" is a marker about Pepa."""
    from rapport_plugins.builtins.rules_extractor import transcript_markers
    from rapport_plugins.models import MeetingNotes, Utterance

    turns = [Utterance("Wiebke wichtig", "ihr Vater liegt seit Montag im Krankenhaus", line=1),
             Utterance("Hollis NB", "his daughter got into the conservatoire", line=2),
             Utterance("Rocío ojo", "su padre se opera de la cadera en mayo", line=3),
             Utterance("Arturo", "the budget is fine", line=4)]
    notes = MeetingNotes(text="", source="notes", kind="transcript", ref="t.txt", utterances=turns)
    found = transcript_markers(None, notes, None, ["Wiebke Sander", "Hollis Grant", "Rocío Vidal", "Arturo Peña"])
    assert [c.person for c in found] == ["Wiebke", "Hollis", "Rocío"]


@pytest.mark.parametrize(("key", "person"), [
    ("PM (Pepa)", "Josefina Marín"), ("Cortés (CFO)", "José Cortés"), ("CFO (Tobias)", None),
])
def test_a_name_in_or_before_brackets(capture, key, person):
    found = capture(f"{key}:\n- remember: their daughter starts school in May\n", ["Josefina Marín", "José Cortés"])
    assert [p for p, _ in found] == [person]


@pytest.mark.parametrize(("note", "attendees"), [
    ("## Para no olvidar\n- Bea: su padre empezó diálisis, tres veces por semana. Tema delicado.\n",
     ["Beatriz Quintero", "Ignacio Salas"]),
    ("## Personal stuff\n- his granddaughter was born last Saturday — he showed me forty photos\n", ["Kofi Mensah"]),
    ("## Merken\n- Jörn: seine Tochter hat im Mai geheiratet, er war sehr gerührt\n", ["Jörn Falk", "Wiebke Sander"]),
])
def test_a_marker_line_is_not_proposed_again_in_other_words(tmp_path, monkeypatch, note, attendees):
    from datetime import date

    from rapport_plugins.capture import capture_notes
    from rapport_plugins.context import Context
    from rapport_plugins.models import Attendee, Meeting, MeetingNotes

    monkeypatch.setenv("RAPPORT_NOW", "2026-06-24T09:55:00+02:00")
    (tmp_path / "config.toml").write_text('[me]\nname = "Noor Haddad"\n', encoding="utf-8")
    meeting = Meeting(uid="m", title="Sync", start=date(2026, 6, 23), end=date(2026, 6, 23),
                      attendees=[Attendee(name="Noor Haddad", is_self=True), *(Attendee(name=n) for n in attendees)])
    result = capture_notes(Context(home=str(tmp_path)), meeting,
                           MeetingNotes(text=note, source="notes", kind="notes", ref="n.md"), dry_run=True)
    assert len(result.stored) == 1 and result.proposed == []


@pytest.mark.parametrize("text", ["her whānau reunion in Rotorua is on 22 August", "Klassentreffen im Juni in Kiel",
                                  "tiene una reunión familiar en Cádiz en agosto"])
def test_a_reunion_of_family_or_classmates_is_personal(text):
    from rapport_plugins.lexicon import classify

    assert classify(text).is_topic


def test_a_team_reunion_is_not():
    from rapport_plugins.lexicon import classify

    assert not classify("team reunion offsite in the Lisbon office").is_topic


@pytest.mark.parametrize(("note", "attendees"), [
    ("## Other people\n- remember: her mum is in hospital\n", ["Katherine Brooks"]),
    ("### Nicht dabei\n- merken: ihre Mutter liegt im Krankenhaus\n", ["Franziska Huber"]),
    ("## Otras personas\n- recordar: su madre está en el hospital\n", ["Guadalupe Ramírez"]),
])
def test_a_marker_about_someone_outside_the_meeting_is_never_the_only_attendees(capture, note, attendees):
    assert [p for p, _ in capture(note, attendees)] == [None]


@pytest.mark.parametrize(("note", "attendees"), [
    ("- remember: Kate is retiring to Izmir in May\n", ["Katherine Brooks"]),
    # a name in a 1:1's marker is often the attendee's child or partner ("Mateo es alérgico al cacahuete"): theirs
    ("- recordar: Iker es alérgico al cacahuete, avisar en el comedor\n", ["Guadalupe Ramírez"]),
    ("- remember: Lisbon is lovely in May, she goes every year\n", ["Katherine Brooks"]),
    ("- merken: Tochter heiratet im Mai\n", ["Franziska Huber"]),
])
def test_the_attendee_or_no_name_keeps_the_only_attendee(capture, note, attendees):
    assert [p for p, _ in capture(note, attendees)] == attendees


def test_a_german_genitive_after_a_title(capture):
    note = "- Wichtig: Herr Wendts Hund (ein Dackel, Bruno) muss mit in den Urlaub\n"
    assert [p for p, _ in capture(note, ["Gisela Wendt", "Rüdiger Wendt"])] == ["Rüdiger Wendt"]

"""The one marker grammar (rapport_plugins.markers): every style docs/capture.md lists, and who each
marker is about. Every notes integration reads its notes with it."""

from __future__ import annotations

import pytest

from rapport_plugins import find_markers
from rapport_plugins.markers import markers_on_line

NOTE = """# Weekly 1-1
## Anna
- remember: Max the dog has surgery on Friday
- @Bob Builder: remember: training for the Berlin marathon
- remember: @Dan: started a new job
- [[Carol Singer|Carol]]: remember:: sings in a choir
- talked about the trip [remember:: flying to Lisbon in May] and (remember:: @Dan: likes jazz)
- [ ] daughter started school #remember
- #remembered is another tag; #remember-me too
**Remember**:: bold field key
> remember: quoted marker

```
remember: inside a code block
```
### Project X
- remember: still under Anna (a deeper heading that names nobody)
## Logistics
- remember: nobody in particular
"""


def _found(text, *args, **kwargs):
    return [(c.text, c.person, int(c.source_ref.rsplit(":", 1)[1])) for c in find_markers(text, "n.md", *args, **kwargs)]


def test_markers_and_attribution():
    assert _found(NOTE, ["Anna Berg", "Dan Brown"]) == [
        ("Max the dog has surgery on Friday", "Anna", 3),
        ("Training for the Berlin marathon", "Bob Builder", 4),
        ("Started a new job", "Dan", 5),
        ("Sings in a choir", "Carol Singer", 6),
        ("Flying to Lisbon in May", "Anna", 7),
        ("Likes jazz", "Dan", 7),
        ("Daughter started school", "Anna", 8),
        ("Bold field key", "Anna", 10),
        ("Quoted marker", "Anna", 11),
        ("Still under Anna (a deeper heading that names nobody)", "Anna Berg", 17),  # its text names her
        ("Nobody in particular", None, 19),
    ]


def test_first_line_offset_and_no_false_positives():
    assert find_markers("remember: x", "n.md", first_line=10)[0].source_ref == "n.md:10"
    for prose in ("I remember: nothing", "remembering: no", "remember:", "see https://x.example/#remember",
                  "#remembered is a tag; #remember-me too", "We must remember that the API is slow",
                  "Remember that meeting we had?"):
        assert find_markers(prose) == [], prose


def test_heading_with_link_to_person():
    text = "## [[Anna Example|Anna]] - catch-up\n- remember: loves kayaking\n"
    found = find_markers(text, is_person=lambda n: n == "Anna Example")
    assert [(m.text, m.person) for m in found] == [("Loves kayaking", "Anna Example")]


@pytest.mark.parametrize(("line", "text", "person"), [
    ("remember: Max the dog has surgery on Friday", "Max the dog has surgery on Friday", None),
    ("remember:: Vicky loves Wes Anderson films", "Vicky loves Wes Anderson films", None),  # capture: a nickname
    ("Remember that Priya's birthday is on 14 February", "Priya's birthday is on 14 February", "Priya"),
    ("@Anna: remember: her daughter starts school", "Her daughter starts school", "Anna"),
    ("[[Ben Ortiz]]: remember that he loves jazz", "He loves jazz", "Ben Ortiz"),
    ("Anna: remember: loves jazz", "Loves jazz", "Anna"),
    ("@Jonas remember: plays chess", "Plays chess", "Jonas"),
    ("remember: [[Victoria Hall|Vicky]] is learning Italian", "Vicky is learning Italian", "Victoria Hall"),
    ("note to self about Quinn: his father-in-law is moving in", "His father-in-law is moving in", "Quinn"),
    ("#remember loves sushi", "Loves sushi", None),
    ("- [ ] daughter started school #remember", "Daughter started school", None),
    ("- [x] Remember - back from parental leave in May", "Back from parental leave in May", None),
    ("* **Remember**: twins turn 5 in June", "Twins turn 5 in June", None),
    ("1. don't forget: vegan", "Vegan", None),
    ("Don't forget that her mum is in hospital", "Her mum is in hospital", None),
    ("keep in mind: allergic to peanuts", "Allergic to peanuts", None),
    ("Good call overall. remember: her son starts uni in Sept", "Her son starts uni in Sept", None),
    ("Pricing is fine - remember: moving to Leeds", "Moving to Leeds", None),
    ("> remember: quoted", "Quoted", None),
    ("- merken: trinkt keinen Kaffee", "Trinkt keinen Kaffee", None),
    ("Nicht vergessen, dass sie Geburtstag am 21. hat", "Sie Geburtstag am 21. hat", None),
    ("#merken fährt nach Rosenheim", "Fährt nach Rosenheim", None),
    ("Notiz: Tochter hat geheiratet", "Tochter hat geheiratet", None),
    ("- recordar: su hija se casa en octubre", "Su hija se casa en octubre", None),
    ("recordar que juega al pádel", "Juega al pádel", None),
    ("no olvidar: es alérgica a los frutos secos", "Es alérgica a los frutos secos", None),
    ("apunte: su madre está mejor", "Su madre está mejor", None),
    ("Recuerda: juega al pádel #recordar", "Juega al pádel", None),
])
def test_every_documented_style(line, text, person):
    assert [(c.text, c.person) for c in find_markers(line)] == [(text, person)]


def test_bare_items_under_a_remember_heading_until_prose_or_a_heading():
    note = "## Remember\n- mum's name is Funmi\n- [ ] allergic to penicillin\n\n## Plan\n- sleep log\n" \
           "Merken:\n- wird 40 im Mai\nprose ends it\n- not a marker\n"
    assert [c.text for c in find_markers(note)] == ["Mum's name is Funmi", "Allergic to penicillin", "Wird 40 im Mai"]


def test_a_heading_names_the_person_by_a_short_form_and_keeps_it_for_deeper_headings():
    note = "## Kate\n### Family\n- remember: dad moved into a care home\n## Bill\n- #remember plays chess\n"
    found = find_markers(note, known_names=["Katherine Lindqvist", "William Achterberg"])
    assert [(c.person, c.text) for c in found] == [("Kate", "Dad moved into a care home"), ("Bill", "Plays chess")]


def test_an_outline_parent_block_names_the_person():
    text = "[[Weekly]] with [[Anna Example]]\nremember:: loves choir\nTalked about the move\nremember:: dreading it\n"
    parents = {2: ["[[Weekly]] with [[Anna Example]]"], 4: ["Talked about the move", "[[Weekly]] with [[Anna Example]]"]}
    found = find_markers(text, known_names=["Anna Example"], parents_of=lambda line: parents.get(line, []))
    assert [(c.person, c.text) for c in found] == [("Anna Example", "Loves choir"), ("Anna Example", "Dreading it")]


def test_a_note_to_self_that_is_a_task_is_skipped_and_code_is_not_read():
    note = "- note to self: send Gunnar the deck\n~~~\nremember: in code\n~~~\n- Notiz: Protokoll schicken\n"
    assert find_markers(note) == []


def test_markers_on_one_line():
    assert markers_on_line("a [remember:: x] and (remember:: @Dan: y)") == [("x", None, False), ("y", "Dan", False)]
    assert markers_on_line("I remember that trip") == []


@pytest.mark.parametrize(("line", "text"), [
    ("* Priyanka OOO 2/9-2/13, honeymoon in Bali -> don't forget: congrats on the wedding (was Sat)",
     "Congrats on the wedding (was Sat)"),
    ("Good call (remember: her son starts uni)", "Her son starts uni"),
    ("Pricing ok, remember: moving to Leeds", "Moving to Leeds"),
    ("Hanne will ab Juni wieder Tennis spielen. nicht vergessen: sie ist gegen Latex allergisch!",
     "Sie ist gegen Latex allergisch!"),
])
def test_a_marker_after_prose_behind_any_separator(line, text):
    assert [c.text for c in find_markers(line)] == [text]


def test_the_prose_before_a_marker_names_its_person_and_stays_prose():
    from rapport_plugins.markers import prose_before_marker

    line = "* Priyanka OOO 2/9-2/13, honeymoon in Bali -> don't forget: congrats on the wedding"
    [marker] = find_markers(line, known_names=["Priyanka Iyer", "Tom Gallagher"])
    assert marker.person == "Priyanka Iyer"
    assert prose_before_marker(line) == "* Priyanka OOO 2/9-2/13, honeymoon in Bali"
    assert prose_before_marker("remember: x") == "" and prose_before_marker("no marker here") == "no marker here"


def test_a_note_to_self_that_opens_with_a_verb_is_a_task_in_english_german_and_spanish():
    note = ("- note to self: intro him to Ana at the design agency\n- apunte: pasarle la matriz de competencias\n"
            "- apunte: su hija se casa en mayo\n")
    assert [c.text for c in find_markers(note)] == ["Su hija se casa en mayo"]


def test_a_place_is_not_a_person():
    assert find_markers("remember: dinner at Nando's with the kids")[0].person is None
    assert find_markers("remember: Priya's birthday is on 14 February")[0].person == "Priya"


@pytest.mark.parametrize(("line", "text"), [
    ("📌 remember: allergic to shellfish", "Allergic to shellfish"),
    ("⭐ Remember - loves jazz", "Loves jazz"),
    ("**Don't forget** - twins turn 5 in June", "Twins turn 5 in June"),
    ("Remember! Her birthday is on the 12th", "Her birthday is on the 12th"),
    ("remember -> she is vegan", "She is vegan"),
    ("- Reminder: her son starts uni in Sept", "Her son starts uni in Sept"),
    # weak keywords count only when what follows is personal
    ("NB: mum is in hospital", "Mum is in hospital"),
    ("Ojo: su madre está en el hospital", "Su madre está en el hospital"),
])
def test_more_styles_people_write(line, text):
    assert [c.text for c in find_markers(line)] == [text]


@pytest.mark.parametrize("line", ["Note: the deck is in the drive", "- Reminder: send the invoice", "NB: API rate limit is 100"])
def test_a_weak_keyword_or_a_task_is_no_marker(line):
    assert find_markers(line) == []


def test_a_remember_heading_can_name_the_person():
    note = "## Things to remember about Anna\n- loves jazz\n### Remember (Ben)\n- plays chess\n## Personal – Ben\n- vegan\n"
    found = find_markers(note, known_names=["Anna Berg", "Ben Okafor"])
    assert [(c.person, c.text) for c in found] == [("Anna", "Loves jazz"), ("Ben", "Plays chess"), ("Ben", "Vegan")]


@pytest.mark.parametrize(("line", "text", "person"), [
    # the words people put before the keyword are part of it, not a name
    ("To remember: her son starts school in April", "Her son starts school in April", None),
    ("Must remember: vegetarian", "Vegetarian", None),
    ("Key thing to remember - her dad is in hospital", "Her dad is in hospital", None),
    ("Unbedingt merken: ihr Vater ist im Krankenhaus", "Ihr Vater ist im Krankenhaus", None),
    ("Para recordar: su hijo empieza el colegio en abril", "Su hijo empieza el colegio en abril", None),
    # typographic apostrophes, italics, more separators, Logseq's TODO
    ("Don’t forget: her son starts school", "Her son starts school", None),
    ("*Remember:* loves jazz", "Loves jazz", None),
    ("_remember_: loves jazz", "Loves jazz", None),
    ("Remember, her son starts school", "Her son starts school", None),
    ("Remember… her son starts school", "Her son starts school", None),
    ("- Remember = twins turn 5 in June", "Twins turn 5 in June", None),
    ("TODO remember:: daughter's recital on Friday", "Daughter's recital on Friday", None),
    ("- [remember] daughter's recital on Friday", "Daughter's recital on Friday", None),
    # the person named with the keyword
    ("Remember about Anna: her son starts school", "Her son starts school", "Anna"),
    ("Remember (Anna): her son starts school", "Her son starts school", "Anna"),
    ("Remember Anna: her son starts school", "Her son starts school", "Anna"),
    # a time or date the line was written at, a lettered list
    ("10:32 remember: her son starts school", "Her son starts school", None),
    ("[10:32] Anna: remember: her son starts school", "Her son starts school", "Anna"),
    ("2026-03-04 remember: her son starts school", "Her son starts school", None),
    ("a) remember: her son starts school", "Her son starts school", None),
    ("**Anna:** remember: her son starts school", "Her son starts school", "Anna"),
    # more keywords, in three languages
    ("Mental note: her mum is in hospital", "Her mum is in hospital", None),
    ("Denk dran: ihr Sohn kommt im April in die Schule", "Ihr Sohn kommt im April in die Schule", None),
    ("Gut zu wissen: sie ist Vegetarierin", "Sie ist Vegetarierin", None),
    ("No te olvides: su hija se casa en octubre", "Su hija se casa en octubre", None),
    ("Tener en cuenta: es celíaca", "Es celíaca", None),
    ("Acuérdate: su madre está en el hospital", "Su madre está en el hospital", None),
    # no colon, when a sentence about someone follows; a keyword closing the line
    ("- remember her son starts school in April", "Her son starts school in April", None),
    ("Don't forget Anna's birthday is on Friday", "Anna's birthday is on Friday", "Anna Berg"),
    ("Her son starts school in April (remember!)", "Her son starts school in April", None),
    ("Tochter heiratet im Mai - merken", "Tochter heiratet im Mai", None),
    ("Remember to ask how her mum's operation went", "Ask how her mum's operation went", None),
])
def test_marker_forms_people_write(line, text, person):
    assert [(c.text, c.person) for c in find_markers(line, known_names=["Anna Berg", "Tom Li"])] == [(text, person)]


@pytest.mark.parametrize("line", [
    "Remember the deck for Monday",  # no colon and nothing about a person
    "Remember to send the deck", "Don’t forget to book the room",  # tasks
    "Personal: the deck is late", "Important: the API is slow", "Next time: review the Q3 numbers",
    "I remember her wedding was lovely", "Remember when we went to Rome",
])
def test_forms_that_are_not_markers(line):
    assert find_markers(line, known_names=["Anna Berg", "Tom Li"]) == []


def test_a_weak_label_opens_a_marker_only_for_a_personal_topic():
    found = find_markers("Personal: her daughter starts school in April\nFYI: budget approved", known_names=["Anna Berg"])
    assert [c.text for c in found] == ["Her daughter starts school in April"]


@pytest.mark.parametrize(("note", "texts"), [
    ("> [!note] Remember\n> her son starts school in April\n> - she loves jazz\n\nprose after\n",
     ["Her son starts school in April", "She loves jazz"]),
    ("> [!remember]-\n> - her son starts school in April\n", ["Her son starts school in April"]),
    ("> [!tip] Remember: her son starts school in April\n", ["Her son starts school in April"]),
    ("> [!info] Personal\n> - her son starts school in April\n", ["Her son starts school in April"]),
    ("> [!note] Agenda\n> - budget\n", []),
    ("## Personal stuff to remember\n- her son starts school\n", ["Her son starts school"]),
    ("## Cosas personales\n- su hijo empieza el cole\n", ["Su hijo empieza el cole"]),
    ("## Keep in mind\n- vegetarian\n", ["Vegetarian"]),
])
def test_obsidian_callouts_and_more_marker_headings(note, texts):
    assert [c.text for c in find_markers(note, known_names=["Anna Berg"])] == texts


@pytest.mark.parametrize(("line", "text"), [
    # a short form with its colon, abbreviations with no colon, a label behind a dash or "!"
    ("rem: her son starts school in April", "Her son starts school in April"),
    ("NB her mum is in hospital", "Her mum is in hospital"),
    ("N.B. her mum is in hospital", "Her mum is in hospital"),
    ("P.S. her mum is in hospital", "Her mum is in hospital"),
    ("ojo, su madre está en el hospital", "Su madre está en el hospital"),
    ("Important - her mum is in hospital", "Her mum is in hospital"),
    ("Wichtig! Mutter liegt im Krankenhaus", "Mutter liegt im Krankenhaus"),
    ("Heads up: her mum is in hospital", "Her mum is in hospital"),
    ("Reminder - her son starts school in April", "Her son starts school in April"),
    ("Note to self — her son starts school in April", "Her son starts school in April"),
    ("Key point to remember: her son starts school in April", "Her son starts school in April"),
    ("Para acordarme: su madre está en el hospital", "Su madre está en el hospital"),
    ("__Remember__ her son starts school in April", "Her son starts school in April"),
    # with no colon after a sentence's end or a dash
    ("Good chat about the roadmap. Remember her son starts school in April", "Her son starts school in April"),
    ("Good chat — don't forget her son starts school in April", "Her son starts school in April"),
])
def test_labels_written_short_or_without_a_colon(line, text):
    assert [c.text for c in find_markers(line, known_names=["Anna Berg", "Tom Li"])] == [text]


@pytest.mark.parametrize("line", ["NB the API is slow", "P.S. send the deck", "Good call. Remember the deck for Monday",
                                  "REM sleep is the topic of her talk", "Heads up: the release moved"])
def test_short_labels_need_a_personal_topic(line):
    assert find_markers(line, known_names=["Anna Berg", "Tom Li"]) == []


@pytest.mark.parametrize(("note", "texts", "person"), [
    ("## Remember 📌\n- her son starts school\n", ["Her son starts school"], None),
    ("Don't forget:\n- her son starts school\n", ["Her son starts school"], None),
    ("Notes to self:\n- her son starts school\n", ["Her son starts school"], None),
    ("Recordatorios:\n- su hijo empieza el colegio\n", ["Su hijo empieza el colegio"], None),
    ("## Personal / remember\n- her son starts school\n", ["Her son starts school"], None),
    ("Reminders for next time:\n- her son starts school\n", ["Her son starts school"], None),
    ("## Anna – personal\n- her son starts school\n", ["Her son starts school"], "Anna"),
    # lines of prose right under the heading, until a blank line ("Remember:") or the next heading ("## ...")
    ("Remember:\nher son starts school\nher dog is Max\n\nPlan: send the deck\n",
     ["Her son starts school", "Her dog is Max"], None),
    ("## To remember\n\nHer son starts school.\n\nHer dog is Max.\n## Plan\nSend the deck\n",
     ["Her son starts school.", "Her dog is Max."], None),
    # in an outline, the items nested under "- Remember:" (Logseq's "- remember::" with child blocks too)
    ("- Remember:\n  - her son starts school\n- Next steps\n  - send the deck\n", ["Her son starts school"], None),
    ("- remember::\n  - her son starts school\n", ["Her son starts school"], None),
])
def test_more_marker_headings_and_what_they_cover(note, texts, person):
    found = find_markers(note, known_names=["Anna Berg", "Tom Li"])
    assert [c.text for c in found] == texts
    assert {c.person for c in found} == {person}


@pytest.mark.parametrize(("line", "text"), [
    # a statement that opens with its subject is no task, whatever its last word
    ("denk dran: er verträgt kein Ibuprofen (Magengeschwür 2024), nur Paracetamol empfehlen",
     "Er verträgt kein Ibuprofen (Magengeschwür 2024), nur Paracetamol empfehlen"),
    # a Spanish sentence ending in "-en" is no German task
    ("apunte: Paco toca la guitarra en un grupo de rumba, le hace mucho bien",
     "Paco toca la guitarra en un grupo de rumba, le hace mucho bien"),
])
def test_statements_are_not_tasks(line, text):
    assert [c.text for c in find_markers(line)] == [text]


@pytest.mark.parametrize(("line", "person"), [
    ("#remember SK's dad is in a hospice in Cork", "Siobhán Kelly"),  # initials
    ("Remember - Mo is fasting for Ramadan", "Mohammed Al-Sayed"),  # a nickname of the table
    ("remember: the GP's surgery moved", None),  # an acronym is nobody's initials
])
def test_a_marker_names_its_person_by_initials_or_a_short_nickname(line, person):
    (found,) = find_markers(line, known_names=["Siobhán Kelly", "Mohammed Al-Sayed", "Gary Price"])
    assert found.person == person


@pytest.mark.parametrize(("note", "texts", "person"), [
    # tags: Logseq's bracketed form, a nested tag, #reminder
    ("- her son starts school #[[remember]]\n", ["Her son starts school"], None),
    ("- #[[to remember]] her son starts school\n", ["Her son starts school"], None),
    ("- her son starts school #remember/family\n", ["Her son starts school"], None),
    ("- her son starts school #reminder\n", ["Her son starts school"], None),
    ("Remember this: her son starts school\n", ["Her son starts school"], None),
    ("Worth noting: her mum is in hospital\n", ["Her mum is in hospital"], None),
    # a word before the keyword that is nobody's name
    ("Plus: remember her son starts school\n", ["Her son starts school"], None),
    # headings: German "für nächstes Mal", a possessive name
    ("Merken für nächstes Mal:\n- Sohn kommt in die Schule\n", ["Sohn kommt in die Schule"], None),
    ("### Anna's personal stuff\n- her son starts school\n", ["Her son starts school"], "Anna"),
    # "Next time:", "Para la próxima:", "Follow-ups:": only the items that name a personal topic
    ("## Next time\n- ask how her son's first day at school went\n- send the revised deck\n",
     ["Ask how her son's first day at school went"], None),
    ("Para la próxima:\n- su hijo empieza el colegio\n- enviar la propuesta\n", ["Su hijo empieza el colegio"], None),
])
def test_tags_labels_and_headings_people_write(note, texts, person):
    found = find_markers(note, known_names=["Anna Berg", "Tom Li"])
    assert [c.text for c in found] == texts
    assert {c.person for c in found} == {person}


def test_a_plan_line_after_a_personal_section_is_no_marker():
    note = ("## Personal\n- remember: her husband has his knee replacement on Thursday\n- NB: she's coeliac\n\n"
            "Action: PN to email the locum agency re March.\n")
    assert [c.text for c in find_markers(note)] == ["Her husband has his knee replacement on Thursday", "She's coeliac"]
    assert [c.text for c in find_markers("## Remember\nNext: send the deck\nher son starts school\n")] == [
        "Her son starts school"]


def test_a_marker_after_prose_that_speaks_of_two_people_keeps_the_prose():
    line = ("Margaret is caring for her dad almost full-time. remember: she has been staying over since he moved "
            "onto end-of-life care on Friday")
    (found,) = find_markers(line, known_names=["Margaret Fitzpatrick"])
    assert found.text == ("Margaret is caring for her dad almost full-time. She has been staying over since he moved "
                          "onto end-of-life care on Friday")
    from rapport_plugins.markers import prose_before_marker

    assert prose_before_marker(line) == ""  # not proposed a second time
    # one person in the marker: the prose stays a line of its own
    assert prose_before_marker("Hanne will ab Juni wieder Tennis spielen. nicht vergessen: sie ist gegen Latex "
                               "allergisch") == "Hanne will ab Juni wieder Tennis spielen."


@pytest.mark.parametrize("line", ["note to self: refer Margaret to the carers' support line",
                                  "note to self: arrange a call with her sister",
                                  "remember to send Margaret the slides",  # "to" + a verb: a reminder to do
                                  "merke:: Offerte auch an Margaret ins CC",  # a work item, said without a verb
                                  # an errand, even a personal one: something to do, not to know
                                  "remember: send Margaret the young carers leaflet",
                                  "remember: approve her leave request in Workday"])
def test_more_tasks_to_self(line):
    assert find_markers(line, known_names=["Margaret Fitzpatrick"]) == []


@pytest.mark.parametrize(("line", "text", "person"), [
    ("- remember: Health: knee surgery in May", "Health: knee surgery in May", None),  # a label is nobody
    ("- remember: Franzi: Tochter wird eingeschult", "Tochter wird eingeschult", "Franzi"),
    ("Notiz: Mutter liegt im Sterben", "Mutter liegt im Sterben", None),  # a German statement, not a task
    ("remember: ask how her mum's surgery went?", "Ask how her mum's surgery went?", None),  # a personal question
])
def test_labels_german_statements_and_questions_to_ask(line, text, person):
    found = find_markers(line, known_names=["Franziska Lehmann", "Anna Berg"])
    assert [(c.text, c.person) for c in found] == [(text, person)]


def test_the_writers_own_lines_under_a_marker_heading_are_not_markers():
    note = "## Personal\n- I need to book the room for her farewell\n- her son starts school in April\n"
    assert [c.text for c in find_markers(note)] == ["Her son starts school in April"]

"""Writing styles capture met in blind-written notes and transcripts: a person named only by the
middle of their name or in a heading above bare lines, words to the listener around a disclosure,
short statements of a diet or condition, tasks written as markers, and topics said in other words."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import propose
from rapport_plugins.lexicon import classify
from rapport_plugins.markers import find_markers
from rapport_plugins.models import MeetingNotes, Utterance
from rapport_plugins.names import same_first_name

ME = ["Ben Hartley"]


def _turns(*turns: tuple[str, str], attendees=("Anna Berg", "Ben Hartley")) -> list:
    utterances = [Utterance(speaker, text, line=i + 1) for i, (speaker, text) in enumerate(turns)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return propose("", {"notes": notes, "utterances": utterances, "attendees": list(attendees), "me": ME})


def _notes(text: str, attendees=("Katarzyna Wiśniewska", "Oluwadamilare Adeyemi", "Ben Hartley")) -> list:
    notes = MeetingNotes(text, "notes", ref="n.md", kind="notes")
    return [(c.person, c.text) for c in propose(text, {"notes": notes, "attendees": list(attendees), "me": ME})]


@pytest.mark.parametrize(("written", "full"), [
    ("Dami", "Oluwadamilare Adeyemi"), ("Basti", "Sebastian Krüger"), ("Kasia", "Katarzyna Wiśniewska"),
    ("Theo", "Theodore Blake"), ("Rafa", "Rafael Quiroga"), ("Santi", "Santiago Ruiz"),
    ("Beppe", "Giuseppe Rossi"), ("Wojtek", "Wojciech Nowak"), ("Enzo", "Vincenzo Bianchi"), ("Kees", "Cornelis de Vries"),
])
def test_a_short_form_from_the_middle_of_a_name_or_the_table(written, full):
    assert same_first_name(written, full)


@pytest.mark.parametrize(("written", "full"), [("Ella", "Gabriella Rossi"), ("Para", "Esparanza Ruiz"),
                                               ("Bast", "Ana Bastos")])
def test_a_common_word_inside_a_name_is_not_a_short_form(written, full):
    assert not same_first_name(written, full)


def test_markers_under_a_heading_that_names_someone_by_the_middle_of_their_name():
    note = "## Dami\n- remember: just back from paternity leave, baby girl Ifeoma born in March\n"
    found = find_markers(note, "n.md", ["Katarzyna Wiśniewska", "Oluwadamilare Adeyemi"])
    assert [c.person for c in found] == ["Dami"]
    # a short name in the marker's own text wins over the heading above it
    note = "## Kasia\n- remember: Dami's mum turns 70 in May\n- remember: training for a half\n"
    found = find_markers(note, "n.md", ["Katarzyna Wiśniewska", "Oluwadamilare Adeyemi"])
    assert [c.person for c in found] == ["Oluwadamilare Adeyemi", "Kasia"]


def test_bare_lines_under_a_heading_naming_an_attendee_are_proposed_for_them():
    note = ("# QBR prep\n\n## Account\n- renewal in Aug, they want SSO\n\n## Kasia\n"
            "- remember: training for the Warsaw half marathon\n- two kids, twins, starting primary school in September\n"
            "- hates small talk about football lol\n- thesis chapter 3 draft due Friday\n- I owe her the pricing sheet\n"
            "\n## Dami\n- his mum turns 70 in May\n")
    assert _notes(note) == [
        ("Katarzyna Wiśniewska", "Two kids, twins, starting primary school in September"),
        ("Katarzyna Wiśniewska", "Hates small talk about football lol"),
        ("Oluwadamilare Adeyemi", "His mum turns 70 in May"),
    ]


@pytest.mark.parametrize("turn", [
    "Before we start, I want you to know I'm going through a divorce, it's been rough since Easter.",
    "One more thing so you're not surprised: I've been doing Ironman training on the side.",
    "And just so you know, I can't do Saturday mornings, I run with a club on Saturdays.",
    "On a happier note, I passed my nurse practitioner boards last week.",
    "Yesterday was my first oud lesson, my fingertips are destroyed.",
    "We moved from Riga in January, so he's still finding his feet.",
    "Wir sind im Januar nach Kassel gezogen, Emre muss sich noch eingewöhnen.",
    "Seitdem schlafe ich kaum, höchstens vier Stunden pro Nacht.",
    "I'm lactose intolerant, so nothing creamy please.",
    "Soy vegana.", "I'm celiac, so any team lunch needs gluten-free options.",
    "Ich mache gerade einen Töpferkurs an der Volkshochschule.", "Me caso en junio en Sevilla.",
    "Llevo dos años jugando al pádel.", "The commute is killing me, we're thinking of moving closer to the city.",
])
def test_disclosures_said_around_words_to_the_listener_or_in_few_words(turn):
    assert len(_turns(("Anna Berg", turn))) == 1, turn


@pytest.mark.parametrize("turn", ["I hope your mum is feeling better.", "I heard you're moving to Berlin?",
                                  "Did you know I'm off tomorrow?", "Good."])
def test_what_is_about_the_listener_stays_out(turn):
    assert _turns(("Anna Berg", turn)) == []


def test_a_marker_that_is_only_a_task_is_not_a_memory():
    found = find_markers("- Itziar se casa en Bilbao. recordar: mandarle flores\n- recordar: su hija se casa en mayo\n")
    assert [c.text for c in found] == ["Su hija se casa en mayo"]


@pytest.mark.parametrize(("text", "category"), [
    ("I run with a club on Saturdays", "hobby"), ("Yesterday was my first oud lesson", "hobby"),
    ("Training for an Ironman", "hobby"), ("passed my nurse practitioner boards", "milestone"),
    ("Meine Tochter hat ihren Führerschein bestanden", "milestone"), ("We moved from Riga in January", "home"),
    ("Wir sind nach Kassel gezogen", "home"), ("Seitdem schlafe ich kaum", "health"), ("Duermo muy mal", "health"),
])
def test_topics_said_in_other_words(text, category):
    assert classify(text).category == category, classify(text)


def _transcript_markers(*turns: tuple[str | None, str], attendees=("Katherine Lindqvist", "William Achterberg")):
    from rapport_plugins.builtins.rules_extractor import transcript_markers

    utterances = [Utterance(speaker, text, line=i + 1) for i, (speaker, text) in enumerate(turns)]
    notes = MeetingNotes("", "transcript", ref="n.txt", kind="transcript", utterances=utterances)
    return [(c.person, c.text, c.source_ref) for c in transcript_markers(None, notes, None, list(attendees))]


def test_notes_written_as_name_colon_lines_keep_their_markers():
    # "Kate: remember: ..." reads as a transcript turn of Kate; it is a marker about her
    assert _transcript_markers(
        ("Kate", "remember: daughter's recital is on Friday"), ("Bill", "budget is fine"),
        ("Me", "remember: Bill's wife is expecting twins in May"), (None, "#remember Kate runs marathons"),
    ) == [("Kate", "Daughter's recital is on Friday", "n.txt:1"), ("William Achterberg", "Bill's wife is expecting twins in May", "n.txt:3"),
          ("Katherine Lindqvist", "Kate runs marathons", "n.txt:4")]


def test_spoken_words_that_sound_like_markers_are_speech():
    assert _transcript_markers(("Kate", "Remember, we need to ship by Friday"), ("Kate", "Remember: the deadline is Friday"),
                               ("Sam", "Good to know, we're a nut-free office anyway")) == []


def test_a_speakers_line_that_opens_with_their_relative_is_about_them():
    assert [c.text for c in _turns(("Anna Berg", "Wife's expecting twins in May, so I'll be off in June."))] == [
        "\"Wife's expecting twins in May\""]


def test_she_right_after_the_speakers_relative_goes_on_about_them():
    found = _turns(("Anna Berg", "Before we start, some personal news: my daughter turns 18 in May."),
                   ("Anna Berg", "And she just got into McGill, so we're all a bit emotional at home."))
    assert [c.text for c in found][-1] == "Daughter: \"she just got into McGill, so we're all a bit emotional at home\""
    # not after the user spoke, and not an anecdote with no fact in it
    assert len(_turns(("Anna Berg", "My daughter turns 18 in May."), ("Ben Hartley", "Lovely!"),
                      ("Anna Berg", "She just got into McGill."))) == 1
    assert len(_turns(("Anna Berg", "My daughter started school on Monday."),
                      ("Anna Berg", "She cries when I pick her up because she wants to stay."))) == 1


def test_news_someone_else_told_the_speaker_is_theirs():
    assert _turns(("Anna Berg", "Mark at one of the other funds told me his wife is expecting twins.")) == []


def test_a_one_letter_abbreviation_does_not_end_a_sentence():
    from rapport_plugins.extract import split_sentences

    assert split_sentences("Hx: father d. 2021 (suicide). No prior tx.") == ["Hx: father d. 2021 (suicide).", "No prior tx."]


@pytest.mark.parametrize("text", [
    "Looking after her dad since the fall", "Her mum isn't doing well", "Her father is in a home now",
    "Sie kümmert sich um ihre Mutter", "Ihrer Mutter geht es nicht gut", "Su padre no está bien",
    "Nil by mouth after midnight", "My dad had his knee replaced on Monday", "Their daughter is having her tonsils out",
    "Dad wants to stay at home until the end", "Parents still in Kharkiv, the war is hard on them",
    "Mi abuela está ingresada", "Su padre tiene demencia", "Ihr Vater sitzt im Rollstuhl", "Er hatte einen Unfall",
    "She had a car accident last week", "Kate - dad in hosp again, back Thu", "He was let go in March",
    "Between jobs at the moment", "My wife has pre-eclampsia", "A mi marido le hicieron un ERTE",
])
def test_care_and_a_relatives_poor_health_said_plainly_are_sensitive(text):
    assert classify(text).sensitivity == "sensitive", text


@pytest.mark.parametrize("text", ["Mum is doing well after the move", "He works from home", "My dad is great at golf",
                                  "Away until the end of the month", "We were in stitches", "Kathi war heute abwesend",
                                  "It was a war of words", "We let go of the old vendor", "Erte is my colleague"])
def test_good_news_and_home_working_are_not_health(text):
    assert classify(text).sensitivity != "sensitive", text


def test_a_clinicians_examination_line_is_not_something_shared():
    found = _notes("S: reports low mood, father in palliative care.\nO: flat affect, tearful when discussing dad.\n",
                   attendees=("Marcus Lindqvist", "Ben Hartley"))
    assert [t for _, t in found] == ["S: reports low mood, father in palliative care"]


def test_a_spanish_question_or_exclamation_starts_a_sentence_of_its_own():
    from rapport_plugins.extract import split_sentences

    assert split_sentences("Me voy a vivir a Medellín. ¿Alguien ha ido a Cartagena? ¡Y una noticia: gemelos!") == [
        "Me voy a vivir a Medellín.", "¿Alguien ha ido a Cartagena?", "¡Y una noticia: gemelos!"]
    assert len(_turns(("Anna Berg", "Yo les cuento que me voy a vivir a Medellín. ¿Alguien ha ido a Cartagena?"))) == 1


def test_a_name_ending_like_a_conditional_is_not_a_hypothetical():
    found = _notes("- Rosa María comentó que se mudan a Arequipa a final de curso\n",
                   attendees=("Rosa María Huamán", "Fernando Quispe", "Ben Hartley"))
    assert found == [("Rosa María Huamán", "Se mudan a Arequipa a final de curso")]
    assert _turns(("Anna Berg", "Me gustaría aprender a nadar algún día.")) == []


def test_an_outline_item_naming_an_attendee_heads_the_items_under_it():
    note = ("- Dinner with the Oslo partners\n\t- [[Ingrid Halvorsen]]\n\t\t- remember:: she is walking the Kungsleden in August\n"
            "\t\t- her dad turned 80 in March, big party in Bergen\n\t- [[Kofi Mensah]]\n\t\t- his twins start university in October\n")
    names = ("Ingrid Halvorsen", "Kofi Mensah", "Ben Hartley")
    assert [(c.person, c.text) for c in find_markers(note, "n.md", list(names))] == [
        ("Ingrid Halvorsen", "She is walking the Kungsleden in August")]
    assert _notes(note, attendees=names) == [("Ingrid Halvorsen", "Her dad turned 80 in March, big party in Bergen"),
                                             ("Kofi Mensah", "His twins start university in October")]


@pytest.mark.parametrize("line", ["Ha empezado a nadar tres mañanas por semana.", "Duerme mal, se despierta a las 4.",
                                  "Hat wieder mit dem Laufen angefangen."])
def test_a_note_line_opening_with_a_verb_in_the_third_person_is_about_the_client(line):
    assert len(_notes(line, attendees=("María Isabel Ferrández", "Ben Hartley"))) == 1, line


@pytest.mark.parametrize("turn", [
    "Ich war letzten Dienstag beim Kardiologen, zwei Stents, alles gut gegangen.",
    "I like very much the onsen, every winter we go to Hakone.", "Outside work I've started learning Welsh.",
    "Ich bin ab September verfügbar, vorher ziehen wir noch nach Freiburg um.",
])
def test_more_topics_said_in_other_words(turn):
    assert len(_turns(("Anna Berg", turn))) == 1, turn


@pytest.mark.parametrize("text", ["Is allergic to this sprint, honestly", "Allergic to decks with forty slides",
                                  "Es alérgica a las reuniones de los lunes", "Lucas is on support rotation",
                                  "Happy to cover support that week"])
def test_jokes_and_work_words_that_look_like_topics_are_not(text):
    assert not classify(text).is_topic, classify(text)


@pytest.mark.parametrize("text", ["Allergic to peanuts", "She is allergic to cats", "I support Arsenal"])
def test_the_real_ones_still_are(text):
    assert classify(text).is_topic


def test_a_marker_about_a_work_deliverable_is_a_task():
    found = find_markers("- don't forget: renewal deck for Emeka by Friday\n- remember: Emeka's daughter starts school\n",
                         known_names=["Emeka Eze"])
    assert [c.text for c in found] == ["Emeka's daughter starts school"]


def test_the_baby_and_a_gerund_note_line():
    assert [c.text for c in _turns(("Anna Berg", "My wife is in hospital. The baby is due soon, so it's a lot."))][-1] == \
        '"The baby is due soon"'
    assert _notes("- Cycling to work daily, 12 km each way.\n- Meeting notes for the team\n",
                  attendees=("Connor Walsh", "Ben Hartley")) == [(None, "Cycling to work daily, 12 km each way")]


def test_a_sentence_on_a_later_line_of_a_turn_cites_that_line(tmp_path):
    path = tmp_path / "call.txt"
    path.write_text("Sam: How are things?\nAnna Berg: Busy week at work.\nBut my daughter started school on Monday.\n"
                    "And my dog Max had surgery.\nSam: Great.\n", encoding="utf-8")
    turns = [Utterance("Sam", "How are things?", line=1),
             Utterance("Anna Berg", "Busy week at work. But my daughter started school on Monday. And my dog Max had surgery.",
                       line=2), Utterance("Sam", "Great.", line=5)]
    notes = MeetingNotes("", "transcript", ref=str(path), kind="transcript", utterances=turns)
    found = propose("", {"notes": notes, "utterances": turns, "attendees": ["Anna Berg"], "me": ["Sam"]})
    assert [c.source_ref.rsplit(":", 1)[1] for c in found] == ["3", "4"]


def test_german_and_spanish_marker_notes():
    note = ("- Franzi: Tochter wird im Mai eingeschult -> merken!\n- Wichtig: Jörgs Vater liegt im Krankenhaus\n"
            "* Notiz zu Franzi: Hund heißt Bello\n")
    found = find_markers(note, "n.md", ["Franziska Maier", "Jörg Schneider"])
    assert [(c.person, c.text) for c in found] == [("Franzi", "Tochter wird im Mai eingeschult"),
                                                   ("Jörg Schneider", "Jörgs Vater liegt im Krankenhaus"),
                                                   ("Franzi", "Hund heißt Bello")]


def test_spanish_hace_is_past_only_before_a_span():
    from datetime import date

    from rapport_plugins.dates import find_date

    assert find_date("su hija hace la comunión en mayo", date(2026, 3, 10)).date == date(2026, 5, 1)
    assert find_date("se mudó hace dos semanas", date(2026, 3, 10)).date == date(2026, 2, 24)


def test_reported_that_after_a_comma():
    found = _notes("- Jörg hat erzählt, dass seine Frau schwanger ist\n", attendees=("Jörg Schneider", "Ben Hartley"))
    assert found == [("Jörg Schneider", "Seine Frau ist schwanger")]  # the "dass" clause in a sentence's own order


@pytest.mark.parametrize("text", ["Jörg trinkt keinen Alkohol", "No bebe alcohol", "Isst kein Schweinefleisch",
                                  "No come carne roja"])
def test_a_diet_said_in_german_or_spanish_is_kept_in_mind(text):
    from rapport_plugins.care import care_kind
    from rapport_plugins.models import Memory

    assert care_kind(Memory(person_id=1, text=text, category="other")) == "keep_in_mind"


def test_she_or_his_right_under_a_line_naming_one_attendee_is_theirs():
    note = ("# Team sync\n- Anna joined late from the airport\n- She mentioned her daughter starts school in April\n"
            "- Tom is training for the Berlin marathon\n- remember: his wife is expecting in May\n\n- she loves jazz and salsa\n")
    names = ("Anna Berg", "Tom Li", "Ben Hartley")
    assert [(c.person, c.text) for c in find_markers(note, "n.md", list(names))] == [
        ("Tom Li", "His wife is expecting in May")]
    assert _notes(note, attendees=names) == [("Anna Berg", "Her daughter starts school in April"),
                                             ("Tom Li", "Tom is training for the Berlin marathon"),
                                             (None, "She loves jazz and salsa")]  # a blank line between: nobody can tell


def test_meeting_tool_summaries_name_who_shared_what():
    note = ("Summary\nAnna Berg and Tom Li reviewed the Q2 roadmap. Anna Berg shared that her daughter is starting school "
            "in April. Tom Li noted he will be out next week for his brother's wedding in Goa.\n\nDetails\n"
            "* Personal updates: Anna Berg mentioned she has adopted a rescue greyhound named Pixel.\n"
            "* Plan: GP appointment re sleep\n")
    assert _notes(note, attendees=("Anna Berg", "Tom Li", "Ben Hartley")) == [
        ("Anna Berg", "Her daughter is starting school in April"),
        ("Tom Li", "He will be out next week for his brother's wedding in Goa"),
        ("Anna Berg", "She has adopted a rescue greyhound named Pixel"),
    ]


@pytest.mark.parametrize(("written", "full", "fits"), [
    ("SK", "Siobhán Kelly", True), ("S.K.", "Siobhán Kelly", True), ("K.", "Katherine Walsh", True),
    ("K", "Katherine Walsh", False), ("GP", "Gary Price", False), ("JMO", "José María Ortiz", True),
])
def test_initials_name_an_attendee(written, full, fits):
    from rapport_plugins.names import initials_of

    assert initials_of(written, full) is fits


@pytest.mark.parametrize("line", ["Next: update family by phone each evening 18:00 (Kasia first contact)",
                                  "Therapie: manuelle Therapie, Thera-Band Außenrotation 3x15, Skapula-Setting",
                                  "Action: Dami to book the hospital visit"])
def test_a_line_of_the_writers_plan_is_not_something_shared(line):
    assert _notes("## Kasia\n" + line + "\n") == []


@pytest.mark.parametrize(("note", "kept"), [
    ("- Volunteer meeting with [[Katarzyna Wiśniewska]] and [[Oluwadamilare Adeyemi]]\n", []),
    ("Family meeting 10/09 14:00 – son Dami Adeyemi, daughter Kasia\n", []),
    ("- Session 4 [[Katarzyna Wiśniewska]] #therapy\n", []),
    # a first line that says something happened is no title
    ("Kasia's surgery went fine, she is home since Monday\n", ["Kasia's surgery went fine, she is home since Monday"]),
])
def test_the_title_line_of_a_note_is_not_something_shared(note, kept):
    assert [text for _person, text in _notes(note)] == kept


def test_short_written_markers_in_name_colon_notes():
    assert _transcript_markers(("Kate", "NB: her mum is in hospital"), ("Bill", "rem: twins due in May")) == [
        ("Kate", "Her mum is in hospital", "n.txt:1"), ("Bill", "Twins due in May", "n.txt:2")]


def test_a_task_in_a_note_is_not_proposed():
    assert _notes("## Kasia\n- Fotos fürs Portfolio an Mama mailen\n") == []

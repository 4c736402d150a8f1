"""Twenty-third round (docs/capture.md), from blind writers' meetings: a recovery counted from its end ("three years
clear", "all clear", "krebsfrei", "en remisión") is a word of the caution net and keeps the light fact said before it
from small talk; two details on one line (", and then Saturday is ...", a dash before the subject or a birthday, a
marker) are two memories, each with its own day; more hard times said beside a pastime never open a conversation;
somebody named by a title and a surname is their own news; a visa renewal marker is no contract renewal."""

from __future__ import annotations

import pytest
from proposals import opens, turns

from rapport_plugins.care import caution, small_talk
from rapport_plugins.models import Memory


@pytest.mark.parametrize(("said", "word"), [
    # blind writer SE: the race was offered as an opener, its reason said just after
    ("Then in July our Pauline's doing the Race for Life at Heaton Park. Three years clear this spring, so the whole "
     "family's going in pink.", "Race for Life"),
    ("We're off to Madeira in May. All clear since March!", "Madeira"),
    ("Im Juli laufen wir alle beim Firmenlauf mit. Seit zwei Jahren krebsfrei, das wird gefeiert.", "Firmenlauf"),
    ("En julio nos vamos todos a Menorca. Un año en remisión, hay que celebrarlo.", "Menorca"),
])
def test_a_recovery_said_after_a_light_fact_keeps_it_from_small_talk(said, word):
    found = turns(("Colin Ashworth", said))
    assert not opens(found, word)


@pytest.mark.parametrize("said", [
    "We're off to Madeira in May. The coast is clear for once, no school runs.",  # "clear" alone is no recovery
    "We're off to Madeira in May. Two weeks of sun, finally.",
])
def test_a_light_fact_followed_by_a_light_sentence_still_opens(said):
    assert opens(turns(("Colin Ashworth", said)), "Madeira")


@pytest.mark.parametrize(("said", "word"), [
    ("three years clear this spring", "three years clear"),
    ("got the all-clear on Friday", "all-clear"),
    ("seit zwei Jahren krebsfrei", "krebsfrei"),
    ("lleva un año en remisión", "en remisión"),
])
def test_a_recovery_is_a_word_of_the_caution_net(said, word):
    assert caution(said).lower() == word


# --- two facts on one line: each its own memory and its own day -----------------------------------------------------

def test_and_then_a_day_with_a_new_subject_is_a_fact_of_its_own():
    """Blind writer TA: the mother's move and the child's game were one memory, dated by the game."""
    from rapport_plugins.extract import separate_facts

    said = ("Quick heads-up I'm out Friday from two, we're moving Mom into the long-term care place in Etobicoke, "
            "and then Saturday is my kid's first soccer game")
    assert [words for _read, words in separate_facts(said)] == [
        "Quick heads-up I'm out Friday from two, we're moving Mom into the long-term care place in Etobicoke",
        "Saturday is my kid's first soccer game"]  # "then" points back to nothing


def test_the_two_facts_keep_their_own_days_and_the_care_of_the_whole():
    found = turns(("Jordan Beaulieu", "Quick heads-up I'm out Friday from two, we're moving Mom into the long-term "
                   "care place in Etobicoke, and then Saturday is my kid's first soccer game."),
                  attendees=("Jordan Beaulieu",))
    care = next(c for c in found if "long-term care" in c.text)
    game = next(c for c in found if "soccer" in c.text)
    assert care.sensitivity == "sensitive" and game.sensitivity != "light"
    assert game.text.strip("\"").startswith("Saturday")  # the speaker's words, quoted


@pytest.mark.parametrize(("line", "parts"), [
    # a dash before the same person as subject cuts (blind writer TC) ...
    ('Wren\'s dog Juniper has lymphoma, vet said "enjoy the summer with her" — Wren\'s doing a little bucket list, '
     "big coast trip to Cannon Beach on the 22nd", 2),
    # ... a dash before the baby's name and weight does not
    ("Birte kam strahlend rein, sie ist vorgestern Oma geworden – Enkelin Frieda, 3.400 g, alle wohlauf", 1),
    ("Jordi ha sido padre el sábado!! – Alba, 3,2 kg", 1),
    # ... and before a birthday of its own (blind writer VC)
    ("Diego empezó a estudiar inglés con la beca del municipio — cumple 50 el 3 de agosto y dice que es su regalo", 2),
])
def test_a_dash_cuts_a_note_only_before_a_subject(line, parts):
    from rapport_plugins.extract import split_note_facts

    assert len(split_note_facts(line)) == parts


def test_a_second_that_after_a_semicolon_keeps_only_its_own_teller():
    """"...; dice que va bien y que se metió a un coro": the choir was stored with the depression's treatment
    before it (and its October)."""
    from rapport_plugins.extract import split_note_facts

    parts = split_note_facts("Pablo empezó tratamiento para la depresión en octubre; dice que va bien y que se metió "
                             "a un coro de barrio en Ñuñoa, ensayan los sábados")
    assert parts[-1] == "dice que se metió a un coro de barrio en Ñuñoa, ensayan los sábados"


def test_a_marker_telling_two_facts_is_stored_as_two(rapport_context):
    """A marker is cut where the notes' reader cuts a sentence: each fact its own day (the trip on the 22nd is not
    the lymphoma's day)."""
    from datetime import date

    from rapport_plugins import Attendee, Meeting, MeetingNotes
    from rapport_plugins.capture import collect_candidates

    meeting = Meeting(uid="m1", title="1:1", start=date(2026, 8, 12), end=date(2026, 8, 12),
                      attendees=[Attendee(name="Wren Castillo")])
    text = ("- remember: Wren's dog Juniper has lymphoma — Wren's doing a little bucket list, big coast trip to "
            "Cannon Beach on the 22nd\n")
    explicit, _ = collect_candidates(rapport_context, meeting, MeetingNotes(text=text, source="text", ref="n.md"), [])
    assert [c.text for c in explicit] == ["Wren's dog Juniper has lymphoma",
                                          "Wren's doing a little bucket list, big coast trip to Cannon Beach on the 22nd"]
    assert all(c.explicit and c.source_ref == "n.md:1" for c in explicit)


# --- the caution net: more hard times said beside a pastime ------------------------------------------------------

@pytest.mark.parametrize("said", [
    # blind writer TD: the marker was offered as "Let them talk about it" with the job loss in it
    "Rocío Gil se quedó sin el trabajo de tardes en julio (cerró la otra academia); se ha apuntado a un curso de "
    "repostería y está encantada",
    "Er verlor seinen Job im Frühjahr und fährt jetzt viel Rad",
    "His contract wasn't renewed, so he's travelling for a bit",
    "Her shop closed down in May, she's doing markets now",
    "Moved back in with his mum to save money, he's got the allotment now",
    "Sie sind wegen der Miete aufs Land gezogen, jetzt mit Hühnern",
    "His wife left in the summer, he's been doing a lot of fishing",
    "Her husband left her in March; she's joined a choir",
    "Pauline's doing the Race for Life in July, three years clear this spring",
    # blind writer WB (measured after the held-out figures): money short since a workshop closed, offered as an opener
    "Rodrigo anda corto de plata desde que cerró el taller, lo dijo medio en broma, pero contento porque se metió al coro",
    "Está justo de dinero desde que cerraron el local, se ha apuntado a pintura",
    "Seit sie den Laden dichtgemacht hat, geht sie viel wandern",
    "Since the garage closed he's been doing a lot of fishing, money's a bit short",
    "Tiene que ahorrar porque cerró el negocio, pero está feliz con el huerto",
    # a second battery of 74 light-sounding hard times and ailments: the only two it let through
    "Sein Vater ist gerade von der Intensiv runter, sie haben zusammen Fußball geschaut",
    "Ha perdido veinte kilos y ahora corre",
])
def test_a_hard_time_beside_a_pastime_never_opens(said):
    assert caution(said) is not None
    assert not small_talk(Memory(person_id=1, text=said, category="hobby", sensitivity="light"))


@pytest.mark.parametrize("said", [
    "His wife left for Spain on Monday to see her sister, he's minding the dog",
    "Her husband left her a note about the allotment",
    "The coast is clear for once, she's off sailing",
])
def test_look_alikes_stay_small_talk(said):
    assert caution(said) is None


def test_a_visa_renewal_marker_is_personal_news_not_a_work_item():
    """Blind writer UB: "renewal" read the marker as a contract's, and it was dropped as the user's task."""
    from rapport_plugins.markers import find_markers

    found = find_markers("- remember: Hannah's visa renewal appointment is on the 22nd – she has all the paperwork, just "
                         "nervous, don't schedule the review that day", None, ["Hannah Okonjo", "Rufus Dlamini"])
    assert [c.person for c in found] == ["Hannah Okonjo"]
    assert not find_markers("- remember: contract renewal deck for Hannah by Friday", None, ["Hannah Okonjo"])


@pytest.mark.parametrize(("line", "theirs"), [
    # blind writer UC: somebody by a title and a surname is their own news, not the attendee's
    ("Jana erzählt, Frau Dahm geht ab Oktober in Mutterschutz", False),
    ("Me contó que el ingeniero Paredes se separó, por eso anda distraído en obra", False),
    ("Mrs Breen apparently not well again", False),
    # ... unless the surname is an attendee's, said in the genitive too
    ("Frau Krügers Mutter ist vor ein paar Wochen gestorben", True),
    ("Herr Aydıns Mutter ist vor zwei Wochen gestorben", True),
])
def test_a_titled_name_is_the_attendee_only_when_it_is_theirs(line, theirs):
    from rapport_plugins.extract import third_person_note

    found = third_person_note(line, ["Jana Krüger", "Emre Aydın", "Rosa Mendoza"])
    assert (found is not None) == theirs

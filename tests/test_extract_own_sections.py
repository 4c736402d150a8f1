"""What a note or a turn holds that is, or is not, the person's to keep (issue 8, eleventh round): a
clinician's or coach's own sections (SOAP's O, A and P, "My reflections") and an attendee's action items
are the writer's; a family occasion said with its day and a life event told with a laugh are the
speaker's. Notes and turns written for these tests."""

from __future__ import annotations

from proposals import noted

from rapport_plugins.extract import writers_own_lines

SOAP = """# Kenji R. - Session 9

**S:** Cl. reports his father passed three weeks ago (heart attack). Flew out for the funeral.
Says partner Eli has been "a rock." Started running again, signed up for a 10K on June 7.

**O:** On time. Affect flat, brightened when talking about running.
Tearful x1 when describing the hospital.

**A:** Acute grief, within expected range. Guilt re: pausing wedding plans.

**P:**
- Continue weekly
- Consider referral to bereavement group (JCC, Thurs eve)
"""

REFLECTIONS = """# Pastoral visit - Karen

## What she shared
- Her husband moved out six weeks ago and they agreed to a separation.

## My reflections
- Grief over the marriage more than anger right now.
- Shame is a big piece for her.
"""


def test_soap_sections_but_the_subjective_are_the_writers_own():
    own = writers_own_lines(SOAP)
    lines = SOAP.splitlines()
    assert not any(i in own for i, line in enumerate(lines, start=1) if "father passed" in line or "10K" in line)
    assert all(i in own for i, line in enumerate(lines, start=1) if "Tearful" in line or "Acute grief" in line
               or "bereavement group" in line)


def test_nothing_is_proposed_from_the_writers_assessment_or_plan():
    texts = " | ".join(text for _, text in noted(SOAP, ("Kenji Ross",)))
    assert "father passed" in texts and "10K" in texts
    for writers in ("Tearful", "Acute grief", "Guilt re", "bereavement group"):
        assert writers not in texts


def test_a_reflections_heading_ends_at_the_next_heading():
    texts = " | ".join(text for _, text in noted(REFLECTIONS, ("Karen Halvorson",)))
    assert "separation" in texts
    assert "Grief over the marriage" not in texts and "Shame" not in texts


def test_a_family_occasion_said_with_its_day_is_the_speakers_to_tell():
    from proposals import said

    for turn in ("La boda es el 27 de junio, en una alquería en Alboraia.",
                 "Die Beerdigung ist am Freitag in Rostock.",
                 "The christening is on Sunday.",
                 "Das Baby kommt laut Plan am 9. November, aber wer weiß.",
                 "I'm doing nursing school at night on top of work.",
                 "Y así venimos con mi padre, que se acaba de jubilar y tiene más tiempo que nadie para opinar, jaja.",
                 "Volví el domingo de Mar del Plata, así que ya estoy recargado, ja.",
                 "Ich bin am Sonntag aus Mallorca zurückgekommen."):
        assert said(turn, "Nerea Puig"), turn
    # ... not a meeting, not an occasion with no day, not a question
    for turn in ("The meeting is on the 27th of June.", "Is the wedding on the 27th?",
                 "Kids are basically my board of directors, ha", "Yo odio correr, jaja"):
        assert not said(turn, "Nerea Puig"), turn


def test_a_lone_plan_label_is_its_own_line_only():
    note = "Plan: GP appointment re sleep.\nOn a lighter note he has finally booked the Iceland trip.\n"
    assert writers_own_lines(note) == {1}
    assert writers_own_lines("**P:**\n- Continue weekly\n- Refer to group\n") == {1, 2, 3}


def test_an_attendees_action_item_is_no_detail_of_their_life():
    note = ("Amira to draft the volunteer recognition slides.\nAmira has been fostering kittens since July.\n"
            "Allergic to peanuts.\nCycling to work daily, 12 km each way\n")
    texts = [text for _, text in noted(note, ("Amira Haddad",))]
    assert "Amira to draft the volunteer recognition slides" not in texts
    assert texts == ["Amira has been fostering kittens since July", "Allergic to peanuts",
                     "Cycling to work daily, 12 km each way"]

"""Personal details in the user's own note prose, written in the third person (issue 8): who a "she" goes
on about in group notes, two attendees' news in one sentence, the writer's aside, the writer's own line."""

from __future__ import annotations

import pytest
from proposals import noted

GROUP_EN = ("Ines Okoro", "Pavel Hruby")
GROUP_DE = ("Kathrin Vogt", "Jonas Ebner")
GROUP_ES = ("Lucía Herrero", "Andrés Prieto")


@pytest.mark.parametrize("text, attendees, expected", [
    ("Ines came straight from the station. She is running the Prague half in April.\n",
     GROUP_EN, [("Ines Okoro", "She is running the Prague half in April")]),
    # a paragraph of prose goes on about the person the one before was about
    ("Pavel told us his wife started a pottery course. He said it was her New Year plan.\n\n"
     "His son Tomas passed his driving test on Monday.\n",
     GROUP_EN, [("Pavel Hruby", "His wife started a pottery course"),
                ("Pavel Hruby", "His son Tomas passed his driving test on Monday")]),
    ("Kathrin kam direkt vom Flughafen. Sie fliegt im Mai mit ihrer Schwester nach Lissabon.\n",
     GROUP_DE, [("Kathrin Vogt", "Sie fliegt im Mai mit ihrer Schwester nach Lissabon")]),
    ("Andrés llegó tarde por el tráfico. Su hija empieza la universidad en Salamanca en septiembre.\n",
     GROUP_ES, [("Andrés Prieto", "Su hija empieza la universidad en Salamanca en septiembre")]),
])
def test_a_pronoun_goes_on_about_the_attendee_just_named(text, attendees, expected):
    assert noted(text, attendees) == expected


@pytest.mark.parametrize("text, attendees", [
    # she may be the sister just named
    ("Ines brought her sister to the fair. She has just been diagnosed with diabetes.\n", GROUP_EN),
    ("Jonas hat seine Mutter mitgebracht. Sie hat im Mai eine neue Hüfte bekommen.\n", GROUP_DE),
    ("Andrés vino con su hermana. Ella se casa en junio en Cádiz.\n", GROUP_ES),
    # the notes call Pavel "he": a "she" after him is someone else
    ("Pavel says his allotment finally has a shed. She is learning the cello.\n", GROUP_EN),
    # the writer's own sentence about someone else stands between
    ("Ines ran the raffle. I had coffee with Brenda afterwards. She is moving to Leeds in May.\n", GROUP_EN),
    # a list after a blank line starts afresh
    ("- Pavel set up the tables\n\n- she is training for a triathlon in June\n", GROUP_EN),
])
def test_a_pronoun_that_may_be_someone_else_is_nobodys(text, attendees):
    led_by_pronoun = [person for person, said in noted(text, attendees)
                      if said.split()[0].lower() in ("she", "sie", "ella")]
    assert led_by_pronoun == [None]


@pytest.mark.parametrize("text, attendees, expected", [
    ("Ines's daughter is getting married in Accra at the end of May and Pavel is flying to Vancouver on the 12th.\n",
     GROUP_EN, [("Ines Okoro", "Ines's daughter is getting married in Accra at the end of May"),
                ("Pavel Hruby", "Pavel is flying to Vancouver on the 12th")]),
    ("Kathrin wird im Juli 50 und Jonas zieht im Herbst nach Graz.\n",
     GROUP_DE, [("Kathrin Vogt", "Kathrin wird im Juli 50"), ("Jonas Ebner", "Jonas zieht im Herbst nach Graz")]),
    ("Lucía se casa en octubre en Sevilla y Andrés se muda a Valencia en verano.\n",
     GROUP_ES, [("Lucía Herrero", "Lucía se casa en octubre en Sevilla"),
                ("Andrés Prieto", "Andrés se muda a Valencia en verano")]),
])
def test_two_attendees_news_in_one_sentence_are_two_proposals(text, attendees, expected):
    assert noted(text, attendees) == expected


def test_a_sentence_naming_two_attendees_is_about_the_one_it_opens_with():
    assert noted("Jonas hat im Mai seine Knie-OP, danach übernimmt Kathrin den Stand.\n", GROUP_DE) == [
        ("Jonas Ebner", "Jonas hat im Mai seine Knie-OP, danach übernimmt Kathrin den Stand")]
    # ... or the one a heading above it names
    assert noted("## Kathrin\n- Kathrin und Jonas singen im Chor, Kathrin seit Jahren im Alt\n", GROUP_DE) == [
        ("Kathrin Vogt", "Kathrin und Jonas singen im Chor, Kathrin seit Jahren im Alt")]


@pytest.mark.parametrize("text, expected", [
    ("She is off to her brother's in Cork for a week, though how she finds the time I'll never know!",
     "She is off to her brother's in Cork for a week"),
    ("Er hat mit dem Bouldern angefangen - wir sollten mal mitgehen",
     "Er hat mit dem Bouldern angefangen"),
    ("Su perro Toby tiene cita en el veterinario el viernes, me enseñó fotos",
     "Su perro Toby tiene cita en el veterinario el viernes"),
])
def test_the_writers_aside_is_left_out(text, expected):
    assert noted(text) == [(None, expected)]


@pytest.mark.parametrize("line", [
    "ich bin im Mai zwei Wochen in Portugal, Kathrin übernimmt solange die Post",
    "yo: vacaciones del 2 al 9 de agosto en Menorca, Lucía cubre los pedidos",
    "me: dentist on Thursday, Pavel takes the 10 o'clock",
    "wir ziehen im Herbst um, Jonas hilft beim Tragen",
])
def test_the_writers_own_line_naming_an_attendee_is_not_theirs(line):
    assert noted(f"- {line}\n", GROUP_EN + GROUP_DE + GROUP_ES) == []

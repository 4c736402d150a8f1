"""Notes written in short forms (issue 8, eighth round): a family therapist's initials for the people in the
room, a German clinician's abbreviations, telegraphic lines that open with a relative, and words of the
other Englishes and of German and Spanish that name a life event. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from proposals import noted as _noted
from proposals import said as _said

from rapport_plugins.dates import find_date
from rapport_plugins.extract import split_sentences
from rapport_plugins.lexicon import classify
from rapport_plugins.markers import find_markers

FAMILY = ("Simone Park", "Rafael Diaz", "Kim Diaz")


@pytest.mark.parametrize(("line", "person"), [
    ("S. disclosed she had a miscarriage in spring", "Simone Park"),
    ("R. plays five-a-side on Tuesday nights", "Rafael Diaz"),
    ("K. lit up talking about her chess club", "Kim Diaz"),
])
def test_a_first_initial_names_the_one_attendee_it_fits(line, person):
    assert [p for p, _ in _noted(line, FAMILY)] == [person]


def test_an_initial_after_a_title_or_a_first_name_is_a_surname_and_names_nobody_by_it():
    couple = ("Jan Brandt", "Svenja Brandt")
    assert all(p is None for p, _ in _noted("Hr. B. seit gestern krankgeschrieben, Rücken", couple))
    assert all(p != "Simone Park" for p, _ in _noted("Julia S. plays the cello in an orchestra", FAMILY))


def test_an_initial_two_attendees_share_names_neither():
    assert all(p is None for p, _ in _noted("S. started pottery classes", ("Simone Park", "Sara Diaz")))


@pytest.mark.parametrize(("text", "sentences"), [
    ("Freund Mats zieht Anf. Dez. bei ihm ein, Pat. freut sich. Schläft besser.",
     ["Freund Mats zieht Anf. Dez. bei ihm ein, Pat. freut sich.", "Schläft besser."]),
    ("Hr. B. ist seit Montag krankgeschrieben. Fr. B. war am WE weg.",
     ["Hr. B. ist seit Montag krankgeschrieben.", "Fr. B. war am WE weg."]),
    ("ggf. OP im Mai. Sonst gut.", ["ggf. OP im Mai.", "Sonst gut."]),
])
def test_a_german_notes_short_forms_end_no_sentence(text, sentences):
    assert split_sentences(text) == sentences


@pytest.mark.parametrize("line", [
    "Enkelin gestern geboren, Pat. strahlt",
    "Freund zieht im Dezember bei ihm ein",
    "Hat am Samstag die Masterarbeit abgegeben",
    "Granddaughter born on Sunday, all well",
    "Nieta nació el domingo, todo bien",
])
def test_a_telegraphic_line_about_a_relative_or_a_thesis_goes_to_the_only_attendee(line):
    assert [p for p, _ in _noted(line)] == [None]


@pytest.mark.parametrize(("text", "category", "sensitivity"), [
    ("Seit Januar hab ich mit dem Rauchen aufgehört", "health", "personal"),
    ("She quit smoking in May", "health", "personal"),
    ("Dejó de fumar en enero", "health", "personal"),
    ("Ab dem 21. sind wir in den Sportferien in Arosa", "travel", "light"),
    ("My wee boy turned four on Sunday", "birthday", "light"),
    ("On Christmas morning he does the swim at the harbour", "hobby", "light"),
    ("Am Samstag spielen wir das Finale vom Bezirkspokal", "hobby", "light"),
    ("She shifted to a new rented flat in Indiranagar", "home", "personal"),
    ("He is going to native place for the festival", "travel", "light"),
    ("I'm away to Arran for the weekend", "travel", "light"),
    ("Hat die Bachelorarbeit abgegeben", "education", "personal"),
])
def test_life_events_in_the_words_people_use(text, category, sensitivity):
    found = classify(text)
    assert (found.category, found.sensitivity) == (category, sensitivity)


@pytest.mark.parametrize("text", [
    "He turned one of the rooms into an office",
    "Send me the final version of the deck",
    "Can I get you a cup of tea?",
])
def test_near_words_are_no_life_event(text):
    assert not classify(text).is_topic


def test_a_turn_about_a_birthday_in_the_other_englishes_is_proposed():
    assert len(_said("My wee girl turned three on Sunday and she's been high on cake since.")) == 1


WED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "expected"), [
    ("Her grandmother expired a fortnight back", date(2026, 2, 18)),
    ("We lost the cat three weeks back", date(2026, 2, 11)),
    ("She's been two weeks back at work", None),  # back at work: no span counted back
    # the day of a return to work after the news is no day of the news
    ("Her gran passed a fortnight back, she joined back only Monday", date(2026, 2, 18)),
    ("Raj runs his first 10k on the 15th, ask how it went", date(2026, 3, 15)),
    ("Fragen, wie es war: Tochter hat am 15. Abschlussball", date(2026, 3, 15)),
    ("L. laid off at the end of Feb", date(2026, 2, 28)),
    ("He'll be laid off at the end of March", date(2026, 3, 31)),
    ("Freund zieht Anf. April bei ihm ein", date(2026, 4, 1)),
])
def test_dates_in_short_and_other_english_forms(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm away to Skye the day after the morra", date(2026, 3, 6)),
    ("She's seeing her gran the morra", date(2026, 3, 5)),
])
def test_scots_the_morra(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize("line", [
    'Comenta que cumple 35 el 22/12, "no quiero festejo, quiero dormir"',  # the client's own words, quoted
    "La hermana se casa el 9 de mayo en Córdoba",
    "Die Schwester heiratet im Mai in Graz",
    "Pasa Navidad en lo de los suegros en Rosario",
    "Refiere crisis de angustia desde hace dos semanas",
])
def test_a_clinicians_line_in_spanish_or_german_goes_to_the_only_attendee(line):
    assert [p for p, _ in _noted(line)] == [None]


@pytest.mark.parametrize("line", [
    "Obs.: duelo por el padre, reactivación de temas con el hermano",
    "Interv.: Entlastung bzgl. der Mutter",
    'Voy a hablar con mi hermana, "no sé qué hacer"',  # the writer's own first person, outside the quote
])
def test_a_clinicians_observation_or_the_writers_own_line_is_not_proposed(line):
    assert _noted(line) == []


def test_a_trip_that_was_to_come_in_a_month_is_no_date():
    assert find_date("Iba a ir a Mar del Plata con la hija en enero, se suspendió", WED).date is None


@pytest.mark.parametrize("text", [
    "My brother was planning to take our parents to Coorg this weekend, but it got cancelled",
    "We were meant to be going to Tenerife at Easter but the flights got cancelled",
    "Wir wollten im Mai nach Sizilien, aber das ist ins Wasser gefallen",
    "Íbamos a ir a la costa en enero con mi hija, pero se suspendió",
])
def test_a_plan_called_off_has_no_day(text):
    assert find_date(text, WED).date is None


def test_a_deadline_beside_the_news_dates_nothing_of_it():
    assert find_date("Her mum's op is on Friday, the deadline for the report is Monday", WED).date == date(2026, 3, 6)
    assert find_date("Was planning a trip this weekend, self-review deadline is Monday", WED).date is None
    assert find_date("Her visa deadline is at the end of the month", WED).date == date(2026, 3, 31)  # alone, it is the memory


@pytest.mark.parametrize("line", [
    "NB daughter Rhian's wedding is the bank holiday Monday - he's giving her away",
    "remember: his wife Funmi's visa came through",
])
def test_a_relatives_own_name_keeps_the_marker_on_the_attendee(line):
    found = find_markers(line, known_names=["Alan Prosser"])
    assert [c.person for c in found] == [None]  # the only attendee's, not "Rhian"'s or "Funmi"'s


@pytest.mark.parametrize(("text", "expected"), [
    ("Her sister's hens do is this Satdy", date(2026, 3, 7)),
    ("I've entered the Two Oceans half marathon in April", date(2026, 4, 1)),  # entering is arranging: April to come
    ("He entered the room on Monday", date(2026, 3, 2)),
])
def test_spoken_weekdays_and_entering_a_race(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Spanish day that opens its sentence, before its verb or set off by a comma
    ("El 15 viajo a Madrid a ver a mi hija, y paso la Navidad con ella", date(2026, 3, 15)),  # the feast is in the stay
    ("El 19, que es feriado, mi vieja cumple setenta", date(2026, 3, 19)),
    ("Los sábados de mañana juega al hockey", None),  # "de mañana": in the morning, no tomorrow
    ("Thomas heiratet am Samstag, ist deshalb ab Donnerstag weg", date(2026, 3, 7)),  # his absence is logistics
])
def test_spanish_opening_days_and_absences(text, expected):
    assert find_date(text, WED).date == expected


COUPLE = ("Jenna Park", "David Nguyen")


@pytest.mark.parametrize(("line", "person"), [
    ("E was laid off from the refinery in Sept", "Elijah Okafor"),  # a bare initial, no full stop
    ("T got his learner's permit last Friday", "Tobi Okafor"),
])
def test_a_bare_initial_names_the_one_attendee_it_fits(line, person):
    assert [p for p, _ in _noted(line, ("Elijah Okafor", "Tobi Okafor", "Grace Okafor"))] == [person]


def test_a_markers_initial_possessive_names_the_attendee():
    found = find_markers("remember: J's 40th bday is 4/20 - D planning surprise", known_names=COUPLE)
    assert [c.person for c in found] == ["Jenna Park"]


@pytest.mark.parametrize("line", [
    "Pt was laid off from the distribution center in December",
    "Pt's grandmother's funeral was 6/27 in Camden",
])
def test_the_patient_is_the_only_attendee(line):
    assert [p for p, _ in _noted(line)] == [None]


@pytest.mark.parametrize("line", [
    "A: Dx F10.20, early remission",
    "Dx: F43.23 Adjustment d/o w/ mixed anxiety",
    "imp: bereavement reaction - normal grief",
    "P: continue weekly, sponsor check-in",
])
def test_a_soap_notes_assessment_and_plan_are_the_clinicians(line):
    assert _noted(line) == []


@pytest.mark.parametrize(("text", "category"), [
    ("Tobi got his learner's permit last Friday", "milestone"),
    ("My son started Grade 1 last week", "milestone"),
    ("Jakob fängt im April in der Krabbelstube an", "milestone"),
    ("Jordi ha sido padre el sábado", "milestone"),
    ("Sein erstes Enkerl kommt im Feber auf die Welt", "milestone"),
    ("IQ de cataratas programada para el 10 de febrero", "health"),
    ("En Fiestas Patrias nos vamos toda la familia a Arequipa", "travel"),
    ("Camila regresa de su intercambio en Canadá", "travel"),
    ("El sábado da el examen de admisión a la Católica", "education"),
    ("Ha empezado clases de cerámica los jueves", "hobby"),
    ("Herr Keller fährt gern Velo", "hobby"),
    ("Rusty, my kelpie, is digging up the yard", "pet"),
])
def test_more_life_events_in_the_words_people_use(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize(("text", "expected"), [
    ("Darren hosts the reunion dinner on CNY eve", date(2027, 2, 5)),  # 2027's, said in March 2026
    ("She's going home to Delhi for Diwali", date(2026, 11, 8)),
    ("They went home for Chinese New Year", date(2026, 2, 17)),
])
def test_lunar_feasts_by_their_table(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We're moving out of Denver on Labor Day", date(2026, 9, 7)),  # the first Monday of September
    ("They went to the lake for Memorial Day", date(2025, 5, 26)),  # the last Monday of May, the one before
    ("Driving to Montreal for Canadian Thanksgiving", date(2026, 10, 12)),  # the second Monday of October
    ("Her in-laws come for American Thanksgiving", date(2026, 11, 26)),  # the fourth Thursday of November
    ("Whānau hāngī at his brother's for Matariki", date(2026, 7, 10)),  # New Zealand's table
    # said bare, the American one: the blind writers dated five bare Thanksgivings so (a sixth, "Thanksgiving
    # Monday", is Canadian by its weekday), and both said with a Canadian place ("Montreal", "Halifax") the Canadian
    ("Going home for Thanksgiving", date(2026, 11, 26)),
    ("Heading to the in-laws in Halifax for Thanksgiving", date(2026, 10, 12)),
    ("Amira's parents are staying through Thanksgiving", None),  # the end of a stay, not its day
    ("Mama passed the Sunday before Thanksgiving", date(2025, 11, 23)),  # a weekday beside a feast
    ("Away the Memorial Day weekend", date(2026, 5, 23)),  # a feast's weekend is its Saturday, as any weekend
])
def test_the_days_of_the_other_englishes_by_their_rule(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "category"), [
    ("Still going to bowls Weds nights", "hobby"),
    ("Just finished GCSEs, results on the 20th Aug", "education"),
    ("Chloe started crawling over the weekend", "milestone"),
    ("Paolo just came back from his hometown last week", "travel"),
    ("Darren is going for reservist after CNY", "work"),
    ("I ran Boston on Monday", "hobby"),
])
def test_life_events_of_the_englishes(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize("text", ["Checkout A/B test results: 3.2% uplift", "The load test results are in"])
def test_a_products_test_results_are_no_health_matter(text):
    assert classify(text).category != "health"


@pytest.mark.parametrize(("text", "category"), [
    ("Her grandmother expired a fortnight back", "loss"),  # Indian English: died
    ("His father expired on Sunday", "loss"),
])
def test_expired_said_of_a_relative_is_a_death(text, category):
    found = classify(text)
    assert (found.category, found.sensitivity) == (category, "sensitive")
    assert classify("My passport expired last week").category != "loss"


def test_the_week_of_a_day_names_no_day():
    assert find_date("I'm out the week of April 13th, my brother's getting married", WED).date is None
    assert find_date("My brother's getting married on April 13th", WED).date == date(2026, 4, 13)


def test_the_falls_are_no_cataracts():
    assert classify("IQ de cataratas OD programada para el 10 de febrero").category == "health"
    assert classify("Fuimos a las cataratas del Iguazú en mayo").category != "health"


@pytest.mark.parametrize("text", [
    "We started talking about the budget on Monday",
    "The first steps of the migration are done",
    "Die ersten Schritte des Projekts sind gemacht",
    "Los primeros pasos del proyecto van bien",
    "Un intercambio de ideas con el equipo",
])
def test_work_talk_is_no_babys_first_or_year_abroad(text):
    assert not classify(text).is_topic


@pytest.mark.parametrize("text", [
    "Chloe started crawling over the weekend",
    "My son took his first steps",
    "Su hija dio sus primeros pasos",
    "Er hat seine ersten Schritte gemacht",
])
def test_a_babys_firsts_are_still_news(text):
    assert classify(text).category == "milestone"

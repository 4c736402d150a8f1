"""A day's name that names a kind of thing, a clinician's reported noun, and set phrases shaped like a
past (issue 8: "when unsure, store no date rather than a wrong one"). Sentences written for these tests;
meeting date: Wednesday 4 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date

WED = date(2026, 3, 4)


def _date(text: str) -> date | None:
    return find_date(text, WED).date


@pytest.mark.parametrize("text", [
    "He plays in a Sunday league",
    "She sings in the Sunday choir at church",
    "She's been doing Tuesday yoga for years",
    "The Friday drinks are his thing",
    "He hosts Friday pizza night for the kids",
    "His daughter goes to Saturday school",
    "She has a Monday morning swim",
    "Sunday roast is sacred in their house",
])
def test_a_weekday_naming_a_weekly_kind_of_thing_is_no_day(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Her Sunday league final is on Saturday", date(2026, 3, 7)),  # the other day still dates it
    ("Baby arrived Friday night, all well", date(2026, 2, 27)),  # a time of the day is no kind of thing
    ("Sunday lunch at her mum's was lovely", date(2026, 3, 1)),  # a meal is one Sunday's
])
def test_a_weekday_with_its_own_day_keeps_it(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "We bought a Christmas tree with the kids",
    "She loves the Christmas markets in Vienna",
    "The kids did an Easter egg hunt at grandma's",
    "Her office Christmas party is on the 12th",  # December's 12th, not the next one
    "By Easter she'll be walking again",  # a deadline, not the feast's day
    "Compraron el árbol de Navidad con los niños",
    "Le encantan los mercadillos de Navidad",
])
def test_a_feast_naming_a_thing_of_its_season_gives_no_day(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("They're going to her parents' for Christmas", date(2026, 12, 25)),
    ("Christmas dinner at her mum's this year", date(2026, 12, 25)),
    ("Über Weihnachten fahren sie nach Tirol", date(2026, 12, 25)),
])
def test_the_feast_itself_keeps_its_day(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reports a panic attack on Friday", date(2026, 2, 27)),
    ("Describes a fall on Sunday, no injuries", date(2026, 3, 1)),
    ("Refiere caída el domingo, sin lesiones", date(2026, 3, 1)),
    ("Refiere crisis de ansiedad el viernes", date(2026, 2, 27)),
    ("Schildert einen Streit mit der Mutter am Samstag", date(2026, 2, 28)),
    ("Reports she starts her new job on Monday", date(2026, 3, 9)),  # a verb of its own: its own tense
])
def test_a_reported_incident_has_happened(text, expected):
    assert _date(text) == expected


def test_a_reported_noun_that_may_be_to_come_gets_no_date():
    assert _date("Reports surgery Friday") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Mum's op Friday, fingers crossed", date(2026, 3, 6)),
    ("OP am Freitag, Daumen gedrückt", date(2026, 3, 6)),
    ("She crossed the finish line on Sunday", date(2026, 3, 1)),
    ("Umzug am Samstag, alles gut gegangen", date(2026, 2, 28)),
    ("Umzug am Samstag, alles gut geplant", date(2026, 3, 7)),
])
def test_set_phrases_and_verdicts_set_the_direction(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "Client disclosed on Monday that she is pregnant",
    "He rang me on Tuesday to say he's engaged",
    "Me llamó el lunes para contarme que se casa",
])
def test_the_day_of_telling_is_not_the_news(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("She got married last May", date(2025, 5, 1)),
    ("Last May she lost her job", date(2025, 5, 1)),
    ("She's been in remission since last May", date(2025, 5, 1)),
    ("Her dad died last March", date(2025, 3, 1)),  # said in March: a year back
    ("Sie hat letzten Mai geheiratet", date(2025, 5, 1)),
    ("Sie hat im vergangenen Mai geheiratet", date(2025, 5, 1)),
    ("Se casó el mayo pasado", date(2025, 5, 1)),
    ("Se casó en mayo del año pasado", date(2025, 5, 1)),
    # said after this year's February: this February to some, the one before to others
    ("Her dad died last February", None),
])
def test_last_and_a_months_name(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Her son's wedding is on the twentieth", date(2026, 3, 20)),
    ("Her son's wedding is on the twenty-third, in Leeds", date(2026, 3, 23)),
    ("Her dad died on the second", date(2026, 3, 2)),
    ("on the first, she starts", date(2026, 4, 1)),
    ("Am Zwanzigsten hat sie Geburtstag", date(2026, 3, 20)),
    ("Am Dreiundzwanzigsten zieht sie um", date(2026, 3, 23)),
    ("Am Einunddreißigsten feiern sie", date(2026, 3, 31)),
    ("Sie ist am Ersten umgezogen", date(2026, 3, 1)),
    # ordinals that count
    ("It was the first time she'd been abroad", None),
    ("She lives on the second floor", None),
    ("On the first day of school he cried", None),
    ("Am Ende des Tages war sie müde", None),
])
def test_a_day_of_the_month_spelled_out(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La boda fue el 14 en Sevilla", date(2026, 2, 14)),
    ("Su madre murió el 28", date(2026, 2, 28)),
    ("Le dieron el alta el 2", date(2026, 3, 2)),
    ("Empezó el 1 en la nueva empresa", date(2026, 3, 1)),
    ("La boda es el 14 en Sevilla", date(2026, 3, 14)),
    ("La fiesta fue el 20 y pico", None),  # twenty-something
])
def test_a_spanish_bare_day_after_a_past_verb(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Die Oma ist am Sonntag 90 geworden", date(2026, 3, 1)),
    ("Die Oma wird am Sonntag 90", date(2026, 3, 8)),
    ("Friday 13th is her birthday", date(2026, 3, 13)),
])
def test_an_age_after_a_weekday_is_no_day_of_the_month(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("- knee op on the 12th, recovering well", date(2026, 2, 12)),
    ("OP am 12., erholt sich gut", date(2026, 2, 12)),
    ("Hip replacement Friday, now home again", date(2026, 2, 27)),
    ("Her knee op is on the 12th, she'll be recovering for weeks", date(2026, 3, 12)),  # its own "is"
    ("- engaged Sat!!", date(2026, 2, 28)),
    ("Just engaged on Saturday!", date(2026, 2, 28)),
    ("She's engaged, the wedding is on Saturday", date(2026, 3, 7)),
])
def test_a_notes_recovery_or_engagement_says_the_day_is_behind(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    ("Meine Mutter kommt nächste Woche ins Krankenhaus, am Dienstag wird sie operiert", WED, date(2026, 3, 10)),
    ("Next week she's in hospital, the op is on Tuesday", WED, date(2026, 3, 10)),
    ("La semana que viene la operan, el martes", WED, date(2026, 3, 10)),
    # said on a Monday, the coming Tuesday is tomorrow, not next week's
    ("Next week she's in hospital, the op is on Tuesday", date(2026, 3, 2), None),
    # the Tuesday gone by is this week's, not last week's
    ("Last week was rough, her dad died on Tuesday", WED, None),
    ("She's off next week, the wedding is on Saturday", WED, None),
])
def test_a_weekday_inside_the_week_said_keeps_its_day(text, said_on, expected):
    assert find_date(text, said_on).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year said is never "too far back"
    ("Her op was 12 June 2025", date(2025, 6, 12)),
    ("They married in June 2025", date(2025, 6, 1)),
    ("Her op was on 2025-06-12", date(2025, 6, 12)),
    ("Sie wurde am 12.6.25 operiert", date(2025, 6, 12)),
    ("Her wedding: June 2026", date(2026, 6, 1)),
    # a note's month standing alone after the thing it dates
    ("She's training for the Berlin marathon (Sept)", date(2026, 9, 1)),
    ("Berlin marathon, September", date(2026, 9, 1)),
    ("Baby due – October.", date(2026, 10, 1)),
    ("Boda: junio", date(2026, 6, 1)),
    ("Bridesmaid: June", None),
    ("Her kids: April, Tom and Sam", None),
    ("Training for Hackney half (May)", date(2026, 5, 1)),
    ("She may move in, May.", None),
])
def test_a_month_with_its_year_or_standing_alone(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She got a great deal on Black Friday", None),
    ("Cyber Monday is her busiest day at work", None),
    ("Her son scored 3 goals in the 2nd half", None),
    ("She lost her dad on Christmas Eve three years ago", None),  # that year's Christmas Eve, not the last
    ("She lost her dad on Christmas Eve last year", date(2025, 12, 24)),
    ("Two years ago she moved here, and on Friday she's getting the keys to a new flat", date(2026, 3, 6)),
])
def test_names_counts_and_years_back(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("This Friday is her last day", None),  # said on a Friday: today, or a week on?
    ("Este viernes se va", None),
    ("This Saturday is her wedding", date(2026, 3, 7)),
    ("She flies to Lima on Friday", date(2026, 3, 13)),
])
def test_this_weekday_said_on_that_weekday(text, expected):
    assert find_date(text, date(2026, 3, 6)).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ayer hizo una semana que murió su padre", None),  # a week before yesterday
    ("Mañana se cumple un mes que nació su hija", None),
    ("Mañana cumple dos años su hija", date(2026, 3, 5)),
    ("Ayer nació su hija", date(2026, 3, 3)),
])
def test_a_day_that_a_span_is_counted_to_is_not_the_events(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "My sister bore a son on Saturday",
    "My sister underwent surgery on Saturday",
    "My sister hung up her boots on Saturday",
    "My sister withdrew from uni on Saturday",
])
def test_more_irregular_pasts(text):
    assert _date(text) == date(2026, 2, 28)


@pytest.mark.parametrize(("text", "expected"), [
    ("Her op was scheduled for Friday", None),
    ("Die OP war für Freitag geplant", None),
    ("Sie wollte am Samstag heiraten", None),
    ("Sie sollte am Samstag operiert werden", None),
    ("Iba a operarse el viernes", None),
    ("Her op is scheduled for Friday", date(2026, 3, 6)),
    ("Sie will am Samstag heiraten", date(2026, 3, 7)),
    ("Se va a operar el viernes", date(2026, 3, 6)),
])
def test_a_plan_told_in_the_past_may_be_gone_or_to_come(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My wife is due next month end", date(2026, 4, 30)),  # Indian English
    ("Her move is at month-end", date(2026, 3, 31)),
    ("She's after having the baby on Saturday!", date(2026, 2, 28)),  # Irish English: has just had
    ("He's looking after his mum on Sunday", date(2026, 3, 8)),
])
def test_other_englishes_month_end_and_after_perfect(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El mes entrante se casa su hija", date(2026, 4, 1)),  # Latin American "next month"
    ("La semana entrante la operan", None),  # a week: no day
])
def test_latin_american_entrante(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("el sábado se casó, pero la fiesta la aplazaron", date(2026, 2, 28)),
    ("She got married on Saturday, but the party was postponed", date(2026, 2, 28)),
    ("Sie hat am Samstag geheiratet, aber die Feier wurde verschoben", date(2026, 2, 28)),
    # the plan itself called off or moved
    ("La boda era el sábado, pero la aplazaron", None),
    ("The wedding was on Saturday, but they postponed it", None),
    ("The op was on Friday but the surgeon cancelled", None),
])
def test_a_party_put_off_leaves_the_event_its_day(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("20th: moving day", date(2026, 3, 20)),
    ("2nd - dad died", date(2026, 3, 2)),
    ("1st place in the race: her son", None),
])
def test_a_notes_line_that_opens_with_its_day(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She's been vegan since New Year", date(2026, 1, 1)),
    ("Seit dem Wochenende liegt sie im Krankenhaus", date(2026, 2, 28)),
    ("In the new year they're moving", None),
])
def test_since_new_year_and_seit_dem_wochenende(text, expected):
    assert _date(text) == expected

"""Date phrases resolved against a fixed meeting date (Wednesday 4 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date, resolve_date

WED = date(2026, 3, 4)


@pytest.mark.parametrize(("text", "expected", "phrase"), [
    ("Max has surgery on Friday", date(2026, 3, 6), "on Friday"),
    ("she flies out Friday", date(2026, 3, 6), "Friday"),
    ("the move in March", date(2026, 3, 1), "in March"),
    ("the move in February", date(2027, 2, 1), "in February"),
    ("back in two weeks", date(2026, 3, 18), "in two weeks"),
    ("results in 3 days", date(2026, 3, 7), "in 3 days"),
    ("party on the 12th", date(2026, 3, 12), "the 12th"),
    ("party on the 2nd", date(2026, 4, 2), "the 2nd"),
    ("dentist tomorrow", date(2026, 3, 5), "tomorrow"),
    ("gig tonight", WED, "tonight"),
    ("camping this weekend", date(2026, 3, 7), "this weekend"),
    ("starts next month", date(2026, 4, 1), "next month"),
    ("deadline at the end of the month", date(2026, 3, 31), "end of the month"),
    ("moving at the end of March", date(2026, 3, 31), "end of March"),
    ("wedding mid-April", date(2026, 4, 11), "mid-April"),
    ("home for Christmas", date(2026, 12, 25), "Christmas"),
    ("race on 12 March", date(2026, 3, 12), "12 March"),
    ("race on March 12th", date(2026, 3, 12), "March 12th"),
    ("race on 2026-03-12", date(2026, 3, 12), "2026-03-12"),
    ("carrera el 12/03", date(2026, 3, 12), "12/03"),  # Spanish: day first ("race on 12/03": no date in English)
    ("race on 03/15", date(2026, 3, 15), "03/15"),
    ("race on 15.04.2027", date(2027, 4, 15), "15.04.2027"),
    ("Easter with the in-laws", date(2026, 4, 5), "Easter"),
    ("late May", date(2026, 5, 21), "late May"),
    ("end of next month", date(2026, 4, 30), "end of next month"),
    ("next March", date(2027, 3, 1), "next March"),
    ("in a couple of weeks", None, "in a couple of weeks"),  # two or three: no day
    ("in two weeks", date(2026, 3, 18), "in two weeks"),
    ("it happened three weeks ago", date(2026, 2, 11), "three weeks ago"),
    ("we met last Friday", date(2026, 2, 27), "last Friday"),
])
def test_phrases_resolve_against_the_meeting_date(text, expected, phrase):
    assert resolve_date(text, WED) == (expected, phrase)


def test_date_without_year_in_the_past_tense_is_the_last_one():
    assert resolve_date("we got married on 5 October", WED)[0] == date(2025, 10, 5)
    assert resolve_date("the race was on 2 March", WED)[0] == date(2026, 3, 2)


@pytest.mark.parametrize("text, ref", [
    ("we got married on 5 May", WED),  # 10 months back, or (a misread tense) in two months
    ("mi hermano se casó el 19 de diciembre", date(2026, 10, 14)),
    ("Seine Tochter hat am 3. Mai geheiratet", date(2026, 2, 20)),
    ("Hilde ging Ende April in Rente", date(2026, 3, 10)),
    ("She had her baby in March", date(2026, 11, 10)),
])
def test_a_past_read_more_than_half_a_year_back_while_the_coming_one_is_near_is_no_date(text, ref):
    found, phrase = resolve_date(text, ref)
    assert found is None and phrase


@pytest.mark.parametrize("text, ref, expected", [
    ("She had her baby in March", date(2026, 6, 10), date(2026, 3, 1)),  # three months back
    ("Since March she has been in rehab", date(2026, 11, 10), date(2026, 3, 1)),  # a stretch up to now
    ("We spent Christmas in Lapland", date(2026, 8, 10), date(2025, 12, 25)),  # a feast keeps its year
    ("In May last year we moved to Graz", WED, date(2025, 5, 1)),  # the year is said
])
def test_a_past_within_half_a_year_or_with_its_year_keeps_its_date(text, ref, expected):
    assert resolve_date(text, ref)[0] == expected


def test_birthdays_recur_yearly_from_the_next_occurrence():
    found = find_date("my birthday is on 5 May", WED)
    assert (found.date, found.recurrence) == (date(2026, 5, 5), "yearly")
    # said in the past: the day it was, still yearly (the briefing shows its next occurrence)
    past = find_date("her birthday was on 2 March", WED)
    assert (past.date, past.recurrence) == (date(2026, 3, 2), "yearly")


def test_leap_day_birthday_goes_to_the_next_leap_year():
    assert find_date("his birthday is 29 February", WED).date == date(2028, 2, 29)


def test_day_first_is_the_default_and_can_be_switched():
    assert resolve_date("am 04/05", WED)[0] == date(2026, 5, 4)  # German and Spanish: day first
    assert resolve_date("el 04/05", WED)[0] == date(2026, 5, 4)
    assert resolve_date("on 04/05", WED)[0] is None  # English is written both ways: no date unless told
    assert resolve_date("on 04/05", WED, dayfirst=True)[0] == date(2026, 5, 4)
    assert resolve_date("on 04/05", WED, dayfirst=False)[0] == date(2026, 4, 5)


@pytest.mark.parametrize("text", ["moving soon", "a trip this summer", "maybe next year", "in a few weeks"])
def test_vague_phrases_are_kept_as_text_without_a_date(text):
    when, phrase = resolve_date(text, WED)
    assert when is None and phrase and phrase.lower() in text.lower()


@pytest.mark.parametrize("text", ["she swims on Fridays", "we may go", "the roadmap is fine", "version 2.5 ships"])
def test_no_date_phrase_no_date(text):
    assert resolve_date(text, WED) == (None, None)


def test_invalid_explicit_date_is_not_guessed():
    assert resolve_date("on 31 February", WED)[0] is None


# --- tense and context (issue 8): Wednesday 2 December 2026 ---------------------------------------
DEC2 = date(2026, 12, 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("his mum is out of hospital since Monday", date(2026, 11, 30)),
    ("my dad moved into hospice care on Sunday", date(2026, 11, 29)),
    ("My father's funeral was on Monday", date(2026, 11, 30)),
    ("On Sunday, my dad moved into hospice", date(2026, 11, 29)),
    ("I haven't slept properly since Thursday", date(2026, 11, 26)),
    ("Since my wife passed in March it's just me", date(2026, 3, 1)),
    ("she told me her divorce was finalised in June and she's finally sleeping again", date(2026, 6, 1)),
    ("Max has surgery on Friday", date(2026, 12, 4)),
    ("she mentioned her surgery is on Friday", date(2026, 12, 4)),
    ("Just a heads up, I'm off on Friday", date(2026, 12, 4)),
    ("Sister got her job at the hospital, she starts as a pharmacist on Monday", date(2026, 12, 7)),
    ("we bought a house in Leeds, we get the keys on 3 March", date(2027, 3, 3)),
    ("5k this Sat w/ sister", date(2026, 12, 5)),
])
def test_direction_comes_from_the_phrase_and_the_tense_of_its_clause(text, expected):
    assert find_date(text, DEC2).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("early March", date(2027, 3, 1)),
    ("mid-March", date(2027, 3, 11)),
    ("late March", date(2027, 3, 21)),
    ("the first week of March", date(2027, 3, 1)),
    ("the second week of March", date(2027, 3, 8)),
    ("from the 1st to the 12th of June", date(2027, 6, 1)),
    ("Kyoto w/ kids 20-31 Jul", date(2027, 7, 20)),
    ("Anfang Mai", date(2027, 5, 1)),
    ("Mitte Mai", date(2027, 5, 11)),
    ("Ende Mai", date(2027, 5, 31)),
    ("a principios de mayo", date(2027, 5, 1)),
    ("a mediados de mayo", date(2027, 5, 11)),
    ("a finales de junio", date(2027, 6, 21)),
])
def test_a_range_is_stored_as_its_first_day_with_its_phrase(text, expected):
    found = find_date(text, DEC2)
    assert found.date == expected and found.phrase and found.phrase.lower() in text.lower()


@pytest.mark.parametrize(("text", "expected"), [
    ("ihr Vater ist seit Montag im Hospiz", date(2026, 11, 30)),
    ("Sepp fährt am Donnerstag zur Hüft-OP", date(2026, 12, 3)),
    ("Wir sind letzten Samstag nach Freiburg umgezogen", date(2026, 11, 28)),
    ("seine Tochter macht im Juni Abitur", date(2027, 6, 1)),
    ("Kathi hat am 21. Geburtstag", date(2026, 12, 21)),
    ("am 5. Mai", date(2027, 5, 5)),
    ("in zwei Wochen", date(2026, 12, 16)),
    ("vor zwei Wochen", date(2026, 11, 18)),
    ("el lunes pasado", date(2026, 11, 30)),
    ("Mi hija se casa el 17 de octubre en Sevilla", date(2027, 10, 17)),
    ("me operan de la rodilla el martes 5", date(2027, 1, 5)),
    ("dentro de tres días", date(2026, 12, 5)),
    ("hace dos semanas", date(2026, 11, 18)),
    ("en julio nos vamos a Cartagena", date(2027, 7, 1)),
])
def test_german_and_spanish_phrases(text, expected):
    assert find_date(text, DEC2).date == expected


def test_an_age_reached_in_a_named_month_dates_a_birthday_to_that_month():
    found = find_date("she turns 40 in August", DEC2)
    assert (found.date, found.recurrence) == (date(2027, 8, 1), "yearly")
    assert find_date("Kathi wird 40, am 21.", DEC2).recurrence == "yearly"


@pytest.mark.parametrize("text", [
    "his exams are this week", "we moved last week", "starts next week", "sein Vater hatte letzte Woche einen Herzinfarkt",
    "she is on holiday this month", "the lunch is in may or june",
])
def test_unsure_phrases_store_no_date_but_keep_the_phrase(text):
    found = find_date(text, DEC2)
    assert found.date is None
    assert found.phrase is None or found.phrase.lower() in text.lower()


def test_habits_are_not_dates():
    for text in ("she swims on Fridays", "geht freitags schwimmen", "clases de cerámica los martes"):
        assert find_date(text, DEC2).date is None, text


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # "next Friday" is next week's Friday to some, the coming one to others: a date only where they agree
    ("Max has surgery next Friday", date(2026, 3, 4), None),
    ("I'm out all day next Friday", date(2026, 6, 5), date(2026, 6, 12)),  # said on a Friday
    ("next Monday", date(2026, 3, 6), date(2026, 3, 9)),
    ("camping next weekend", date(2026, 3, 4), None),
    ("camping next weekend", date(2026, 3, 8), date(2026, 3, 14)),  # said on a Sunday
    ("nächsten Freitag", date(2026, 12, 2), None),
    ("el viernes que viene", date(2026, 12, 2), None),
    ("el próximo lunes", date(2026, 12, 4), date(2026, 12, 7)),
    ("Friday week", date(2026, 3, 4), None),  # British: no certain day (remember --when keeps it)
    ("a week on Friday", date(2026, 3, 4), None),
    ("he'll be out Thu-Fri", date(2026, 2, 16), date(2026, 2, 19)),
])
def test_next_weekday_only_where_both_readings_agree(text, said_on, expected):
    found = find_date(text, said_on)
    assert found.date == expected and found.phrase


def test_two_phrases_that_name_different_days_store_no_date():
    found = find_date("my sister got married on Saturday and the baby arrived last night", date(2026, 9, 10))
    assert found.date is None and found.phrase
    assert find_date("his surgery is on Thursday 12 March", date(2026, 3, 4)).date == date(2026, 3, 12)


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    ("I'm off from Monday on paternity leave, our third baby arrived last night", date(2026, 9, 10), date(2026, 9, 9)),
    ("Quick heads-up, I'm on leave from Monday, my wife is due with our second on the 15th", date(2026, 7, 8),
     date(2026, 7, 15)),
    ("El viernes salgo antes, que mi hijo cumple diez años el sábado", date(2026, 2, 25), date(2026, 2, 28)),
    ("we expect the baby in the end of August, so in September I take paternity leave", date(2026, 6, 1),
     date(2026, 8, 31)),
    ("Ich bin ab Montag weg, meine Schwester heiratet am Samstag", date(2026, 6, 3), date(2026, 6, 6)),
    ("His wife's due date is this Friday, he'll be out Thu-Fri", date(2026, 2, 16), date(2026, 2, 20)),
    ("Off tomorrow too, their band has a gig in Brighton tonight", date(2026, 2, 9), date(2026, 2, 9)),
])
def test_the_speakers_own_absence_is_logistics_not_the_memorys_day(text, said_on, expected):
    assert find_date(text, said_on).date == expected


def test_a_birthday_said_in_the_past_is_the_day_it_was():
    found = find_date("Last weekend I was in Kraków for my father's 70th birthday", date(2026, 5, 20))
    assert found.date == date(2026, 5, 16) and found.recurrence == "yearly"
    assert find_date("her birthday is on 5 May", date(2026, 7, 8)).date == date(2027, 5, 5)


@pytest.mark.parametrize("text", ["She has taken leave until January", "bis März in Elternzeit", "de baja hasta abril"])
def test_until_a_month_is_no_day(text):
    found = find_date(text, date(2026, 11, 2))
    assert found.date is None and found.phrase


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday of a named week is that week's day, not the coming one
    ("My son has his first match Friday next week", date(2026, 3, 13)),
    ("Next week Friday is her graduation", date(2026, 3, 13)),
    ("Next week, on Thursday, she has her surgery", date(2026, 3, 12)),
    ("Am Freitag nächster Woche zieht sie um", date(2026, 3, 13)),
    ("El viernes de la semana que viene se casa mi hermana", date(2026, 3, 13)),
    ("The recital is Friday this week", date(2026, 3, 6)),
    ("He flies a week from Friday", date(2026, 3, 13)),
    ("My sister's wedding is the weekend after next", date(2026, 3, 14)),
    # any verb in -ed is past, whoever the subject ("Mum", "Tom", "Dad")
    ("Dad passed away on Friday", date(2026, 2, 27)),
    ("Mum moved into a care home on Monday", date(2026, 3, 2)),
    ("Tom proposed on Saturday!", date(2026, 2, 28)),
    ("My son swam his first race on Saturday", date(2026, 2, 28)),
    # ... but an adjective after a copula or an article is not
    ("I'm scared about Friday", date(2026, 3, 6)),
    ("She's booked in for surgery on Friday", date(2026, 3, 6)),
    ("Her long-awaited surgery is on Friday", date(2026, 3, 6)),
    ("The kids are obsessed with the zoo, we go on Sunday", date(2026, 3, 8)),
])
def test_weeks_and_past_verbs_on_writing_the_rules_had_not_seen(text, expected):
    assert find_date(text, WED).date == expected


def test_a_weekday_beside_an_open_week_is_no_date():
    """"Off next week, the wedding is on Saturday": this Saturday or next week's? No date, the phrase kept."""
    found = find_date("I'm off next week, the wedding is on Saturday", WED)
    assert found.date is None and found.phrase


@pytest.mark.parametrize(("text", "ref", "expected"), [
    # German perfect and Präteritum of werden point back
    ("Meine Tochter hat am Dienstag ihren Führerschein bestanden", WED, date(2026, 3, 3)),
    ("Mein Kater wurde am Freitag operiert", WED, date(2026, 2, 27)),
    ("Wir sind am Samstag umgezogen", WED, date(2026, 2, 28)),
    ("Sie hat am Freitag Prüfungen", WED, date(2026, 3, 6)),  # a noun, not a participle
    ("Er hat am Freitag zu arbeiten", WED, date(2026, 3, 6)),
    # no tense at all, a day a few weeks back or eleven months ahead: no date
    ("Schulter li., OP am 15. April", date(2026, 5, 27), None),
    ("Marathon is 12 April", date(2026, 5, 27), date(2027, 4, 12)),
    # "in 18 months" after an ordinal, or in a past sentence, is a span
    ("Bea lost her mother last year, this is the second parent in 18 months", WED, None),
    # a past that is an earlier clause's does not turn a trailing phrase back; a present perfect (done by now)
    # before a clause that is only its day reads forward
    ("he has finally booked the Iceland trip he's talked about for years, first week of October", WED, date(2026, 10, 1)),
    ("he booked the Iceland trip he talked about for years, first week of October", WED, None),
    ("On Sunday, my dad moved into hospice", WED, date(2026, 3, 1)),
])
def test_tense_on_writing_the_rules_had_not_seen(text, ref, expected):
    assert find_date(text, ref).date == expected


def test_a_note_label_is_not_another_language():
    from rapport_plugins.dates import rules_language

    assert rules_language("O: flat affect, tearful when discussing dad")
    assert not rules_language("Sa fille commence l'école dans trois semaines")


@pytest.mark.parametrize(("text", "expected"), [
    ("My son's recital is the second Saturday of April", date(2026, 4, 11)),
    ("We're away the last weekend of May", date(2026, 5, 30)),
    ("The first weekend in June is her wedding", date(2026, 6, 6)),
    ("Am ersten Sonntag im Mai läuft sie den Marathon", date(2026, 5, 3)),
    ("El primer domingo de mayo corre la maratón", date(2026, 5, 3)),
    ("a mediados del mes que viene se muda", date(2026, 4, 11)),
    ("Ende des nächsten Monats zieht er um", date(2026, 4, 30)),
    # a time of day after a weekday is not a day of the month
    ("Her surgery is Friday 3:30", date(2026, 3, 6)),
    ("She's back at work on Monday 10am", date(2026, 3, 9)),
    ("Friday 13th is her birthday", date(2026, 3, 13)),
])
def test_parts_of_a_month_and_times_of_day(text, expected):
    assert find_date(text, WED).date == expected


def test_a_slash_date_that_can_only_be_month_first_says_how_the_writer_writes_dates():
    jan = date(2026, 1, 28)
    assert find_date("Priyanka OOO 2/9-2/13, honeymoon in Bali", jan).date == date(2026, 2, 9)  # a range: its first day
    assert find_date("back on 3/4", jan).date is None  # no evidence, and English is written both ways
    assert find_date("back on 3/4", jan, dayfirst=True).date == date(2026, 4, 3)
    assert find_date("version 1.2-1.4", jan).date is None


@pytest.mark.parametrize(("phrase", "end"), [
    ("in April", date(2026, 4, 30)), ("early April", date(2026, 4, 10)), ("mid-April", date(2026, 4, 20)),
    ("late April", date(2026, 4, 30)), ("the first week of April", date(2026, 4, 7)), ("Anfang April", date(2026, 4, 10)),
    ("en abril", date(2026, 4, 30)), ("next month", date(2026, 4, 30)), ("1 April", date(2026, 4, 1)),
    ("on the 1st", date(2026, 4, 1)), (None, date(2026, 4, 1)),
])
def test_the_period_a_stored_date_stands_for(phrase, end):
    from rapport_plugins.dates import period_end

    assert period_end(date(2026, 4, 1), phrase) == end


def test_a_follow_up_of_a_month_is_due_once_the_month_is_over():
    from rapport_plugins.models import Memory
    from rapport_plugins.prompting import is_follow_up_due

    month = Memory(person_id=1, text="Starts the new job in April", event_date="2026-04-01", event_text="in April",
                   follow_up="open")
    day = Memory(person_id=1, text="Surgery on 1 April", event_date="2026-04-01", event_text="1 April", follow_up="open")
    assert not is_follow_up_due(month, date(2026, 4, 2)) and is_follow_up_due(month, date(2026, 5, 1))
    assert is_follow_up_due(day, date(2026, 4, 2))


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    ("goes every Sunday in Brighton, even in February!", date(2026, 1, 20), None),  # a habit's month
    ("My dad was diagnosed in January and I drive up every weekend", date(2026, 3, 2), date(2026, 1, 1)),
    ("Mother dx'd breast ca in Dec, now in chemo", date(2026, 1, 20), date(2025, 12, 1)),
    ("I turn forty in June and I've decided to run a 10k to mark it", date(2026, 1, 20), date(2026, 6, 1)),
    ("Ich bin ab 1. September verfügbar, vorher ziehen wir noch nach Freiburg um", date(2026, 7, 1), None),
])
def test_habits_clinical_pasts_spelled_ages_and_availability(text, said_on, expected):
    assert find_date(text, said_on).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("am Wochenende heiratet meine Schwester", date(2026, 3, 7)), ("am Wochenende waren wir in Köln", date(2026, 2, 28)),
    ("este finde se casa mi hermana", date(2026, 3, 7)), ("el finde pasado fuimos a la playa", date(2026, 2, 28)),
    ("el fin de semana que viene vamos a Sevilla", None),  # as "next weekend": which one?
    ("mi hija cumple 5 años el 20", date(2026, 3, 20)), ("vive en el 20 de la calle Mayor", None),
])
def test_weekends_and_a_bare_day_in_german_and_spanish(text, expected):
    assert find_date(text, date(2026, 3, 4)).date == expected


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # "Sat" is Saturday, not the verb "sat"
    ("Ellie's 50th is Sat 7th March, whole committee invited!!", date(2026, 2, 26), date(2026, 3, 7)),
    # a German perfect inside a transcript's quotes is still a past
    ('"Meine Frau hat im März die Diagnose Brustkrebs bekommen"', date(2026, 5, 21), date(2026, 3, 1)),
    # a place won in an event is past, the event is not
    ("I got into the Copenhagen half marathon in September", date(2026, 6, 30), date(2026, 9, 1)),
    ("She signed up for the Berlin marathon in September", date(2026, 6, 30), date(2026, 9, 1)),
    ("He got into trouble in May", date(2026, 6, 30), date(2026, 5, 1)),
    # a state now after an incident: the incident is behind us
    ("Callum's partner is in hospital after a car accident on Saturday", date(2026, 12, 15), date(2026, 12, 12)),
    ("Mein Vater liegt nach einem Sturz am Samstag im Krankenhaus", date(2026, 10, 1), date(2026, 9, 26)),
    ("Mi padre está ingresado tras un infarto el sábado", date(2026, 10, 1), date(2026, 9, 26)),
    ("She will be off after her surgery on Friday", date(2026, 10, 1), date(2026, 10, 2)),
    # habits listed with more than one day
    ("va a AA los martes y miércoles", date(2026, 10, 1), None),
    ("choir on Mondays and Thursday", date(2026, 10, 1), None),
    # "as of Monday": the last one or the next? no date
    ("I'm back from paternity leave as of Monday, our son is a few weeks old", date(2026, 2, 24), None),
    # a trip from a day said "over Christmas": the day, with the holidays held in it; a present
    # German verb in the phrase's clause reads forward whatever a later clause's perfect says
    ("Ab dem 22. Dezember bin ich dann weg, ich fahre nach Teneriffa, über Weihnachten, das haben wir uns versprochen",
     date(2026, 11, 12), date(2026, 12, 22)),
    ("JB in Lyon over Christmas w/ family", date(2026, 11, 12), date(2026, 12, 25)),
])
def test_tense_and_habits_on_a_fourth_set_of_writing(text, said_on, expected):
    assert find_date(text, said_on).date == expected


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # a birthday said in the past is the day it was (still yearly)
    ("Her birthday was on Monday", WED, date(2026, 3, 2)),
    ("Sie hat am Sonntag ihren 40. Geburtstag gefeiert", WED, date(2026, 3, 1)),
    ("Her birthday is on Monday", WED, date(2026, 3, 9)),
    # recovering now, after an operation: the operation is behind us; one still to come is not
    ("She is recovering after a hip replacement on Monday", WED, date(2026, 3, 2)),
    ("She will be in hospital after her op on Monday", WED, date(2026, 3, 9)),
    # parts of a month: their first day
    ("off to Japan for the first two weeks of March, skiing", date(2026, 2, 10), date(2026, 3, 1)),
    ("la primera quincena de abril se va a Japón", WED, date(2026, 4, 1)),
    ("la segunda quincena de abril se va a Japón", WED, date(2026, 4, 16)),
    ("mid-to-late March", WED, date(2026, 3, 11)),
    ("between the 10th and 15th of April", WED, date(2026, 4, 10)),
    ("zwischen dem 10. und 15. April", WED, date(2026, 4, 10)),
    ("entre el 10 y el 15 de abril", WED, date(2026, 4, 10)),
    ("the last few days of May", WED, None),  # which day they start nobody said
])
def test_birthdays_said_in_the_past_incidents_and_parts_of_a_month(text, said_on, expected):
    found = find_date(text, said_on)
    assert found.date == expected and found.phrase


@pytest.mark.parametrize(("phrase", "end"), [
    ("the first two weeks of April", date(2026, 4, 14)), ("la primera quincena de abril", date(2026, 4, 15)),
])
def test_the_period_of_a_month_s_first_weeks(phrase, end):
    from rapport_plugins.dates import period_end

    assert period_end(date(2026, 4, 1), phrase) == end


@pytest.mark.parametrize(("text", "expected"), [
    ("the Friday before last she fell", date(2026, 2, 20)),
    ("vorletzten Freitag ist sie gestürzt", date(2026, 2, 20)),
    ("el penúltimo viernes se cayó", date(2026, 2, 20)),
    ("After Friday's surgery she's in rehab", date(2026, 2, 27)),
    ("she plays squash every other Friday", None),
    ("Sohn wird im Mai 18", date(2026, 5, 1)),  # an age reached in May, not 18 May
    ("Sohn ist im Mai 18 geworden", date(2025, 5, 1)),
    ("wedding on May 18", date(2026, 5, 18)),
])
def test_weekdays_before_last_alternate_weeks_and_an_age_after_a_month(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no tense at all and a month just gone: as likely the last one as the next - no date
    ("Ende August Rente", None), ("Hochzeit im August", None), ("wedding in August", None),
    # ... a tense decides
    ("Hochzeit ist im August", date(2027, 8, 1)), ("she retires in August", date(2027, 8, 1)),
    ("se mudan en agosto", date(2027, 8, 1)), ("se mudaba en agosto", None),
    ("Sie ist seit Ende August in Rente", date(2026, 8, 31)), ("a finales de agosto tuvo el bebé", date(2026, 8, 21)),
    ("she was in Rome in August", date(2026, 8, 1)),
    ("she quit in August", date(2026, 8, 1)),  # "quit" after "she" is a past: the present is "quits"
    # "just back" points back
    ("Just back from honeymoon Monday", date(2026, 9, 7)),
])
def test_a_month_just_gone_needs_a_tense(text, expected):
    assert find_date(text, date(2026, 9, 10)).date == expected


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    ("Busy month for me, my parents arrive from Tehran on the 20th and stay until Christmas", date(2026, 8, 6),
     date(2026, 8, 20)),
    # "for a week on Saturday" is a week's stay from Saturday, not "a week on Saturday"
    ("I'm off to Crete for a week on Saturday", date(2026, 6, 23), date(2026, 6, 27)),
    # "I need" is not a past in -ed
    ("I need to tell you, I'm going back to Osaka for three weeks from mid-December", date(2026, 10, 27),
     date(2026, 12, 11)),
])
def test_a_stay_s_length_and_words_in_eed(text, said_on, expected):
    assert find_date(text, said_on).date == expected


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # an age reached in a named month, spelled or with the day between (German), dates a yearly birthday
    ("My daughter turns five in February", date(2026, 1, 12), date(2026, 2, 1)),
    ("Jürgen wird am 2. Oktober 60!", date(2026, 9, 1), date(2026, 10, 2)),
    ("Sie wird im Mai 40 Jahre alt", date(2026, 3, 1), date(2026, 5, 1)),
    ("Flowers for her birthday on 5 May", date(2026, 3, 1), date(2026, 5, 5)),
])
def test_an_age_reached_in_a_named_month_is_a_yearly_birthday(text, said_on, expected):
    found = find_date(text, said_on)
    assert (found.date, found.recurrence) == (expected, "yearly")


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # the birthday is what a trip or a dinner is for: the date is the trip's, and it does not come back yearly
    ("I'm off from Thursday, we're going to Iceland for my fortieth birthday", date(2026, 3, 16), date(2026, 3, 19)),
    ("Going to Lisbon on Friday for my 40th birthday trip", date(2026, 3, 16), date(2026, 3, 20)),
    # "wird" with a date and no age is no birthday
    ("Er wird am 2. Oktober operiert", date(2026, 9, 1), date(2026, 10, 2)),
])
def test_a_birthday_that_is_only_an_occasion_does_not_recur(text, said_on, expected):
    found = find_date(text, said_on)
    assert (found.date, found.recurrence) == (expected, None)


@pytest.mark.parametrize(("text", "said_on", "expected"), [
    # "Sat" is Saturday, not the past of "sit"
    ("Ellie's party is Sat 7th March, whole committee invited!!", date(2026, 2, 26), date(2026, 3, 7)),
    # a quote's closing mark does not hide a German perfect
    ('"Meine Frau hat im März die Diagnose Brustkrebs bekommen"', date(2026, 5, 20), date(2026, 3, 1)),
    # a state that follows an event: the event was
    ("Callum's partner is in hospital after a car accident on Saturday", date(2026, 12, 15), date(2026, 12, 12)),
    # a place in a race or a course is still to come
    ("Got into the Copenhagen half marathon in September", date(2026, 6, 30), date(2026, 9, 1)),
])
def test_weekday_abbreviations_quotes_states_after_events_and_places_won(text, said_on, expected):
    assert find_date(text, said_on).date == expected


@pytest.mark.parametrize("text", ["Paco va a AA los martes y miércoles", "She swims on Mondays and Wednesdays",
                                  "Er trainiert montags und mittwochs"])
def test_every_day_of_a_habit_is_a_habit(text):
    assert find_date(text, date(2026, 10, 6)).date is None


def test_an_age_with_the_possessive_is_a_birthday():
    found = find_date("Ellie's 50th is on 7 March", date(2026, 2, 26))
    assert (found.date, found.recurrence) == (date(2026, 3, 7), "yearly")
    assert find_date("Tom's 3rd floor flat has a leak on Monday", date(2026, 2, 26)).recurrence is None


def test_a_standing_condition_in_spanish_gets_no_date_and_a_german_present_reads_forward():
    from rapport_plugins.lexicon import STANDING

    assert STANDING.search("Tomás es diabético, nada de postres en la comida del viernes")
    said = date(2026, 11, 12)
    text = '"Ab dem 22. Dezember bin ich dann weg, ich fahre nach Teneriffa, das haben wir uns versprochen"'
    assert find_date(text, said).date == date(2026, 12, 22)


@pytest.mark.parametrize(("text", "expected"), [
    # a verb whose past is its bare form, after a subject: a past ("hurts", "will hurt" would not be)
    ("my brother hurt his knee skiing on Sunday", date(2026, 3, 1)),
    ("Jo quit on Friday, finally", date(2026, 2, 27)),
    ("his mum put the house on the market on Saturday", date(2026, 2, 28)),
    ("she hurts her knee every time she runs on a Sunday", None),  # a habit
    ("my brother cuts the ribbon on Saturday", date(2026, 3, 7)),
    # German preterites and a note's bare participle
    ("ihr Mann verlor am Montag seinen Job", date(2026, 3, 2)),
    ("seine Oma stürzte am Sonntag beim Spazieren", date(2026, 3, 1)),
    ("Papa am Samstag gestürzt, Hüfte gebrochen", date(2026, 2, 28)),
    ("Mama am Freitag operiert", None),  # a note of the operation done, or of the one planned?
    ("Mama wird am Freitag operiert", date(2026, 3, 6)),
    ("Sohn am Montag Abi bestanden", date(2026, 3, 2)),
    ("Termin am Montag gebucht", date(2026, 3, 9)),  # booked: the day to come
    ("Party am Samstag, Kuchen bestellt", date(2026, 3, 7)),  # another clause's participle is not this one's
    ("Sie hat am Samstag Geburtstag, es wird groß gefeiert", date(2026, 3, 7)),
    # Spanish preterites (already read) stay past
    ("su marido se rompió el brazo el domingo", date(2026, 3, 1)),
])
def test_pasts_a_writer_leaves_without_an_auxiliary(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("she's done the Berlin half for the 6th time", None),
    ("they moved up to the 4th floor of the block", None),
    ("his dad starts the 3rd round of chemo on Monday", date(2026, 3, 9)),
    ("it's the 2nd year of her apprenticeship", None),
    ("the 2nd grandchild arrives in June", date(2026, 6, 1)),
    ("they fly out on the 20th for two weeks", date(2026, 3, 20)),
    ("I'm off on the 10th myself", date(2026, 3, 10)),
    ("am 2. Tag nach dem Umzug kam die Küche", None),
    ("sie läuft zum 3. Mal den Rennsteig", None),
    ("sie hat am 21. Geburtstag", date(2026, 3, 21)),  # the 21st is her birthday
    ("es la 4ª vez que corre la maratón", None),
])
def test_an_ordinal_that_counts_is_no_day_of_the_month(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("her husband died two years ago", None),  # a day years back nobody could name
    ("seit acht Jahren zum ersten Mal wieder im Iran", None),
    ("su padre murió hace tres años", None),
    ("heuer im Feber hatten sie ihren Hochzeitstag", date(2026, 2, 1)),  # Austrian: this year's February
    ("die Hochzeit ist im Feber", date(2027, 2, 1)),
    ("Tochter am 3.2. geboren", date(2026, 2, 3)),  # German day and month with their dots
    ("Reha ab 27.4. in Bad Kissingen", date(2026, 4, 27)),
    ("Version 2.1. ist fertig", None),
    ("home to Durban for Christmas, flies the 19th", date(2026, 3, 19)),  # the holidays hold the day said
    ("el finde me fui a Valencia a correr la maratón", date(2026, 2, 28)),  # "me fui": a past
    ("terminé la carrera el sábado", date(2026, 2, 28)),
    ("empiezo el 1 de abril en el hospital, me han dado la plaza", date(2026, 4, 1)),
    ("Lotte geht Ende Mai in Rente, Abschied planen", date(2026, 5, 31)),  # "Abschied" is no English past
    ("Jonas geht am Sonntag zum Schwingfest", date(2026, 3, 8)),  # "geht" is no participle
    ("Burak: Hochzeit seiner Schwester am Wochenende, Montag erst ab 12 da", date(2026, 3, 7)),  # late on Monday
    ("Pancho se va a la boda de su prima el finde, el lunes llega tarde", date(2026, 3, 7)),
])
def test_pasts_and_presents_in_writing_the_rules_had_not_seen(text, expected):
    assert find_date(text, WED).date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She agreed to the divorce on Monday", date(2026, 3, 2)),  # a regular past in -eed
    ("They freed up the spare room on Friday", date(2026, 2, 27)),
    ("It's agreed, the wedding is on Saturday", date(2026, 3, 7)),  # a state, not a past
    ("We need a break on Friday", date(2026, 3, 6)),  # "need" is no past
])
def test_a_past_in_eed_is_a_past(text, expected):
    assert resolve_date(text, WED)[0] == expected

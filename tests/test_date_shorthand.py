"""Dates as notes write them in shorthand - a bare "14.3.", a weekday with its date ("Fr. 13.3.",
"el jue 12/3"), "el jue", "nächste Woche Do", "übernächsten Samstag", "dentro de quince días" - and
feast days, in English, German and Spanish. Each class has cases that must stay undated: a number
that ranks, a weekday that disagrees with its date, a "next" nobody can pin down. Meeting date:
Wednesday 4 March 2026. The sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport_plugins.dates import find_date

WED = date(2026, 3, 4)


def _date(text: str, ref: date = WED) -> date | None:
    return find_date(text, ref).date


@pytest.mark.parametrize(("text", "expected"), [
    # a bare day.month. in a note
    ("Knie-OP 19.3., danach Reha", date(2026, 3, 19)),
    ("Umzug nach Linz 02.04.", date(2026, 4, 2)),
    ("Hija: boda 20.6. en Cádiz", date(2026, 6, 20)),
    # a weekday with its date: the date, when they agree
    ("Kontrolle Di 10.3.", date(2026, 3, 10)),
    ("Sohn Abschlussfeier Fr. 13.3.", date(2026, 3, 13)),
    ("Freitag, den 20.3. zieht die Oma ein", date(2026, 3, 20)),
    ("Mum's scan Thu 12/3", date(2026, 3, 12)),
    ("su nieta nace, cesárea el lun 9/3", date(2026, 3, 9)),
    # Spanish weekday abbreviations after an article
    ("el jue tiene la biopsia", date(2026, 3, 5)),
    ("Su hija llega de Berlín el vie.", date(2026, 3, 6)),
    ("este sáb se casa su primo", date(2026, 3, 7)),
    ("el mar. 10 le quitan los puntos", date(2026, 3, 10)),
    # next week's weekday, said in the German note style
    ("nächste Woche Do Zahnarzt mit der Kleinen", date(2026, 3, 12)),
    ("Tochter hat nächste Woche Mo ihre Prüfung", date(2026, 3, 9)),
    # "übernächsten Samstag" when "nächsten Samstag" has one reading (said on a Sunday)
    ("übernächsten Samstag heiratet ihr Bruder", date(2026, 3, 21)),
    # feast days, German, Spanish, English
    ("an Mariä Himmelfahrt fährt sie zu ihren Eltern", date(2026, 8, 15)),
    ("zu Christi Himmelfahrt fährt sie an den Gardasee", date(2026, 5, 14)),
    ("el día de San José cumple 60 su padre", date(2026, 3, 19)),
    ("por San Isidro se casa su hermana", date(2026, 5, 15)),
    ("am zweiten Weihnachtsfeiertag kommt die ganze Familie", date(2026, 12, 26)),
    ("Gründonnerstag fliegt sie nach Teneriffa", date(2026, 4, 2)),
    ("on St Patrick's Day his band plays in Dublin", date(2026, 3, 17)),
    ("am Muttertag ist ihr Konzert", date(2026, 5, 10)),
])
def test_shorthand_and_feast_days_resolve(text, expected):
    ref = date(2026, 3, 8) if text.startswith("übernächsten") else WED
    assert _date(text, ref) == expected


@pytest.mark.parametrize("text", [
    # numbers that count or rank, not days
    "We upgraded the app to 3.2. Then it broke",
    "Kapitel 3.2. ist fertig",
    "Abi mit Note 1.3. bestanden",
    # a weekday that disagrees with its date: which is right?
    "Termin Do 13.3.",
    "la cita es el lun 10/3",
    # "el mar" is the sea
    "se fue al mar con su novio",
    # "übernächsten Samstag" said on a Wednesday: the 14th or the 21st
    "übernächsten Samstag heiratet ihr Bruder",
    # fifteen days: a fortnight in Spanish speech, or fifteen days?
    "dentro de quince días se opera",
    # a saint's name that is a place: no feast
    "se mudan a San José de Costa Rica",
    # the long weekend around a feast starts some day nobody said
    "el puente de la Inmaculada se van a Roma",
    # the end of a stay
    "Sie ist bis 14.5. in Kur",
])
def test_shorthand_nobody_can_pin_down_gives_no_date(text):
    assert _date(text) is None


def test_phrases_stay_when_no_date():
    assert find_date("dentro de quince días se opera", WED).phrase == "dentro de quince días"
    assert find_date("el puente de la Inmaculada se van a Roma", WED).phrase == "puente de la Inmaculada"


def test_is_meant_to_is_a_plan_in_every_person():
    # "meant" after "is", "am", "are" (with its capital at a line's start, too) is a plan, not a past
    assert _date("Is meant to be in Oban on the 5th for a friend's wedding") == date(2026, 3, 5)
    assert _date("She is meant to start the new job on the 20th") == date(2026, 3, 20)
    assert _date("They are meant to fly home on the 9th") == date(2026, 3, 9)
    # ... but "was meant to" tells a plan that did not happen: nothing happened on its day, and the "was" cannot
    # say whether the day is behind or ahead (clauses.no_fact: unfulfilled)
    assert _date("She was meant to fly on the 2nd") is None


# --- property: a weekday and a date in every written form agree or give no date ----------------

WEEKDAY_FORMS = {  # Monday = 0 ... (a written form per language)
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "de_long": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["el lun", "el mar.", "el mié", "el jue", "el vie", "el sáb", "el dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
LEADS = {"de": "Termin", "de_long": "OP", "es": "la cita es", "en": "scan"}


@given(st.sampled_from(sorted(WEEKDAY_FORMS)), st.integers(min_value=5, max_value=31), st.integers(0, 6),
       st.sampled_from([".", "/"]))
def test_a_weekday_with_its_date_is_that_date_or_none(form, day, weekday, sep):
    said = date(2026, 3, day)
    text = f"{LEADS[form]} {WEEKDAY_FORMS[form][weekday]} {day}{sep}3{'.' if sep == '.' else ''}"
    found = _date(text)
    assert found == (said if said.weekday() == weekday else None), text


@pytest.mark.parametrize(("text", "expected"), [
    # a title before a name is nobody's relative: "Frau Öztürk" heads a note, she is not "a wife"
    ("Frau Yilmaz: Tochter hat am Do. Zeugnisübergabe", date(2026, 3, 5)),
    ("Herr Kunz - Enkel kommt am Samstag zu Besuch", date(2026, 3, 7)),
    ("Sra. Molina: su hijo se opera el viernes", date(2026, 3, 6)),
    ("Mrs Patel: daughter graduates on the 20th", date(2026, 3, 20)),
    # "am WE": the weekend
    ("Katze ist am WE gestorben", date(2026, 2, 28)),
    ("übers WE fährt er zu den Eltern", date(2026, 3, 7)),
    # "seit dem 1.": since, whatever the clause's tense
    ("Ist seit dem 1. in Rente", date(2026, 3, 1)),
    ("Ihre Mutter ist seit dem 2. im Heim", date(2026, 3, 2)),
])
def test_note_headings_and_abbreviations(text, expected):
    assert _date(text) == expected


def test_nae_weekday_is_as_open_as_naechsten():
    # "nä. Fr." is "nächsten Freitag": said on a Wednesday, this Friday or next week's
    assert _date("Sohn kommt nä. Fr. aus Kanada zurück") is None
    assert _date("Sohn kommt nä. Fr. aus Kanada zurück", date(2026, 3, 7)) == date(2026, 3, 13)


@pytest.mark.parametrize(("text", "expected"), [
    # a note's clause that opens with a gerund is a plan or what is going on: a later clause's past is its own
    ("Running the Leeds 10k on 19 April, first race since her ankle healed", date(2026, 4, 19)),
    ("Driving his mum to the coast on the 21st, she just got out of rehab", date(2026, 3, 21)),
    # "desde" is "since" and "from": the nearer day
    ("Vacaciones en Noruega desde el 10 de abril, tres semanas", date(2026, 4, 10)),
    ("Está de baja desde el 20 de febrero", date(2026, 2, 20)),
    # the nth week of a month, Spanish and German; "a primeros de" is early
    ("salvo la primera semana de abril, que se van a Cusco", date(2026, 4, 1)),
    ("in der zweiten Woche im Mai fährt sie nach Rom", date(2026, 5, 8)),
    ("la próxima etapa del Camino a primeros de mayo", date(2026, 5, 1)),
    # an -er verb's preterite in -imos is a past
    ("Marta y yo nos comprometimos el sábado", date(2026, 2, 28)),
    # a leave that starts is logistics beside the due date
    ("Sara sale de cuentas el 20 de abril, la baja empieza a primeros de abril", date(2026, 4, 20)),
    # a German separable verb in the present, prefix joined, reads forward after a past
    ("Sie erzählt, dass ihr Sohn fertig geworden ist und im Mai in Graz anfängt", date(2026, 5, 1)),
    # "gerade" is now as much as just: no past
    ("Bei uns ist gerade viel los, ich hab im Juni meine Prüfung", date(2026, 6, 1)),
    # a habit in another clause does not make a statement of its own a habit
    ("Nora läuft im Oktober den Köln-Marathon, trainiert jeden Abend", date(2026, 10, 1)),
])
def test_note_prose_classes(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    # "cada mañana" is every morning, "esta mañana" today: no tomorrow
    "hace pan de masa madre cada mañana",
    "esta mañana fue al médico con su hijo",
    # a habit's month
    "goes every Sunday, even in February",
])
def test_note_prose_nobody_can_pin_down(text):
    assert _date(text) is None

"""German and Spanish date phrases as people write them: regional words, abbreviations, missing
accents, first-person tenses (meeting on Wednesday 11 March 2026). Each class has its English
neighbour where English has one, and a case that must stay undated."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date

WED = date(2026, 3, 11)


def _date(text: str, ref: date = WED) -> date | None:
    return find_date(text, ref).date


@pytest.mark.parametrize(("text", "expected"), [
    # Austrian month names, "heuer" (this year)
    ("Unser Sohn kommt im Jänner in die Lehre", date(2027, 1, 1)),
    ("Die Hochzeit ist heuer im Feber gewesen", date(2026, 2, 1)),
    ("Wir fahren im Feber zum Schifahren", date(2027, 2, 1)),
    # German day.month. after a preposition
    ("Die Kleine ist am 3.2. auf die Welt gekommen", date(2026, 2, 3)),
    ("Mein Mann ist ab 20.4. drei Wochen auf Kur", date(2026, 4, 20)),
    ("Einschulung von Paul am 14.9.", date(2026, 9, 14)),
    ("Opa wird am 2.5. neunzig", date(2026, 5, 2)),
    # German two-letter weekdays in notes
    ("Zahn-OP am Do, danach zwei Tage Ruhe", date(2026, 3, 12)),
    ("Hüft-OP Fr, Reha danach", date(2026, 3, 13)),
    ("Umzug nä. Wo. Sa nach Graz", date(2026, 3, 21)),
    ("Sie zieht nächste Wo. am Mo in die neue Wohnung", date(2026, 3, 16)),
    # Spanish without accents
    ("Mi hermana se casa el sabado", date(2026, 3, 14)),
    ("El miercoles operan a mi padre", date(2026, 3, 18)),
    ("Pasado manana llega mi suegra", date(2026, 3, 13)),
    # Spanish preterite in the first person (and vos/tú): the day before the meeting
    ("El finde me fui a la sierra con los chicos", date(2026, 3, 7)),
    ("Terminé el curso de cerámica el viernes", date(2026, 3, 6)),
    ("Volvimos de Cancún el domingo", date(2026, 3, 8)),
    ("¿Viste? Llegué de Lima el lunes", date(2026, 3, 9)),
    # the German Präteritum, the Spanish imperfect, LatAm "antier"
    ("Meine Schwester heiratete am Samstag in Graz", date(2026, 3, 7)),
    ("Er zog im Februar nach Wien", date(2026, 2, 1)),
    ("Estaba en urgencias con mi hijo el lunes", date(2026, 3, 9)),
    ("Mi tía llegó antier de Lima", date(2026, 3, 9)),
    # "ab morgen", as "ab Montag": the first day
    ("Ab morgen bin ich eine Woche beim Segeln", date(2026, 3, 12)),
    # "vorigen Freitag" (Austrian, Swiss: last Friday); Swiss "Auffahrt" (Ascension Day)
    ("Vorigen Freitag hat er die Matura bestanden", date(2026, 3, 6)),
    ("Wir wandern an Auffahrt auf den Pilatus", date(2026, 5, 14)),
    # a Spanish "el 14" after the speaker's plan
    ("Vuelo a Bogotá el 14 para acompañar a mi mamá", date(2026, 3, 14)),
    ("Me caso el 20, todavía no me lo creo", date(2026, 3, 20)),
    # "Morgen" opening a sentence is tomorrow ("Guten Morgen" is not)
    ("Morgen hat meine Frau ihren ersten Arbeitstag", date(2026, 3, 12)),
    ("Morgen Abend spielt ihre Band im Jazzkeller", date(2026, 3, 12)),
    ("Guten Morgen! Am Freitag ist die Taufe", date(2026, 3, 13)),
    # "last" / "letzte" of a thing is the final one, not a past ("seine letzte Chemo am Montag")
    ("Er hat am Montag seine letzte Chemo", date(2026, 3, 16)),
    ("She has her last chemo on Monday", date(2026, 3, 16)),
    ("Su última quimio es el lunes", date(2026, 3, 16)),
    # irregular preterites and code-switching
    ("Mi novio me propuso matrimonio on Sunday", date(2026, 3, 8)),
    ("Obtuvo la nacionalidad el lunes", date(2026, 3, 9)),
    ("We went to la playa el domingo", date(2026, 3, 8)),
    ("Mi hijo starts school el lunes", date(2026, 3, 16)),
    # "I'm meant to" is a plan, not a past
    ("I'm meant to fly to Lisbon on the 20th", date(2026, 3, 20)),
    # a present in the first person reads forward, whatever the clause before says
    ("Me dieron la plaza en el colegio, empiezo el 1 de abril", date(2026, 4, 1)),
    ("Ich habe den Vertrag unterschrieben, ich fange am 1. April an", date(2026, 4, 1)),
    ("Usted sabe que el viernes me caso", date(2026, 3, 13)),
    # German present that only looks like a perfect ("ist ... geht")
    ("Lena ist großer Ski-Fan, geht am Sonntag zum Weltcup", date(2026, 3, 15)),
    # German words in -ed are no English past ("Abschied", "was")
    ("Hilde geht Ende April in Rente, Abschied planen", date(2026, 4, 30)),
    ("Das Beste, was kommt, ist die Taufe am Sonntag", date(2026, 3, 15)),
])
def test_german_and_spanish_phrases_people_write(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    # a year back: the day is nobody's guess
    "Her dad died two years ago, she still finds March hard",
    "Mein Opa ist vor drei Jahren gestorben",
    "Su abuela murió hace cuatro años",
    "Wir waren zum ersten Mal seit acht Jahren in Polen",
    "Toca el chelo desde hace diez años",
    # a calendar week, this year, "ahorita": no day
    "Wir fliegen in KW 14 nach Kreta",
    "Heuer wird unser Haus fertig",
    "Mi papá llega ahorita",
    # "proximo" without its accent is still "next": the coming or the following Saturday?
    "Mi hija se casa el proximo sabado",
    # a pastime at weekends
    "Was mich rettet, ist das Segeln am Wochenende",
    "Am liebsten mag er das Wandern am Wochenende mit dem Hund",
    # two weekdays joined are a schedule
    "Ensayos lunes y miércoles en la noche",
    "Training Di und Do abends",
    "Swims Tuesday and Thursday evenings",
    # a version number is no date
    "We upgraded the app to 3.2. Then it broke",
    "In English, To Do, lists help",
])
def test_unsure_or_no_date(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # coming in late or off sick is logistics: the other day is the memory's
    ("Hochzeit seines Bruders am Wochenende in Izmir, Montag erst ab 11 da", date(2026, 3, 14)),
    ("Se va a Oaxaca el finde a la boda de su primo, el lunes llega tarde", date(2026, 3, 14)),
    ("His sister's wedding is on Saturday, he'll be in late on Monday", date(2026, 3, 14)),
    ("Knie-OP Do, ab Fr 2 Wo. krank", date(2026, 3, 12)),
    ("Steffi ab 6.4. 2 Wo. Urlaub, Taufe von Mia am 19.4.", date(2026, 4, 19)),
])
def test_lateness_and_sick_leave_are_logistics(text, expected):
    assert _date(text) == expected


def test_a_phrase_written_without_accents_is_kept_as_written():
    found = find_date("Se muda el proximo mes a Sevilla", WED)
    assert found.date == date(2026, 4, 1)
    assert found.phrase == "el proximo mes"


def test_a_birthday_on_a_german_dotted_day_recurs():
    found = find_date("Fritz wird am 31.7. 60", WED)
    assert (found.date, found.recurrence) == (date(2026, 7, 31), "yearly")


def test_two_weeks_abbreviated_is_a_span_not_a_day_of_the_month():
    assert _date("ab Fr 2 Wo. Urlaub") == date(2026, 3, 13)
    assert _date("in 2 Wo. ist die Taufe") == date(2026, 3, 25)


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday of its own beside a schedule of two
    ("El lunes empiezo el curso, lunes y miércoles en la noche", date(2026, 3, 16)),
    ("Ab Montag neuer Kurs, immer Di und Do", date(2026, 3, 16)),
    # a month abbreviated with its dot in a telegraphic note
    ("Sohn Ben → Einschulung Sept., Urlaub drumherum", date(2026, 9, 1)),
    ("Boda de su hermana: Oct. en Cádiz", date(2026, 10, 1)),
])
def test_schedules_and_telegraphic_months(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # feasts that move with Easter (Easter Sunday 2026 is 5 April) and fixed feast days
    ("Wir heiraten an Pfingsten", date(2026, 5, 24)),
    ("Karfreitag fliegen wir nach Rom", date(2026, 4, 3)),
    ("El Viernes Santo sale la procesión de su hermandad", date(2026, 4, 3)),
    ("Die Taufe ist an Fronleichnam", date(2026, 6, 4)),
    ("The christening is on Whitsun", date(2026, 5, 24)),
    ("Su hija se casa el día de Reyes", date(2027, 1, 6)),
    ("Zu Allerheiligen fährt sie zum Grab ihres Vaters", date(2026, 11, 1)),
])
def test_feast_days(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "Vamos al pueblo en Semana Santa",  # a week of feasts
    "In den Osterferien fahren wir an die Ostsee",  # school holidays
    "Easter holidays in Wales with the kids",
    "Sofía Reyes empieza en el equipo",  # a surname, no feast
])
def test_feast_weeks_and_school_holidays_are_stretches(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "ref", "expected"), [
    # the same day said twice: the second phrase, open by its tense, names the first one's day
    ("Mi abuelo falleció ayer por la mañana, el día de Reyes", date(2026, 1, 7), date(2026, 1, 6)),
    ("Opa ist gestern gestorben, an Dreikönig", date(2026, 1, 7), date(2026, 1, 6)),
])
def test_a_day_said_twice(text, ref, expected):
    assert _date(text, ref) == expected

"""Spanish dates read by the tense and the words around them, as writers the rules never saw put
them: "este lunes" gone by or to come, "desde" as "since" or as "from", the synthetic future
("estará", "se casarán"), a verb with its object pronoun ("la operan"), "el otro lunes". Each class
with its English and German neighbour where they share the rule (meeting on Wednesday 17 June 2026).
The sentences are written for these tests, not taken from the evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date, tense

WED = date(2026, 6, 17)


def _date(text: str, ref: date = WED) -> date | None:
    return find_date(text, ref).date


@pytest.mark.parametrize(("text", "expected"), [
    # "este <día>" with a past verb: the last such day; with a present one, the coming one
    ("Este lunes empezó en su nuevo trabajo", date(2026, 6, 15)),
    ("Este lunes empieza en su nuevo trabajo", date(2026, 6, 22)),
    ("Este sábado se casó su hermana en Cádiz", date(2026, 6, 13)),
    ("Este sábado se casa su hermana en Cádiz", date(2026, 6, 20)),
    ("Este miércoles le dieron el alta a su padre", WED),
    ("This Monday she started her new job", date(2026, 6, 15)),
    ("This Monday she starts her new job", date(2026, 6, 22)),
    ("Diesen Montag hat sie ihren neuen Job angefangen", date(2026, 6, 15)),
    ("Diesen Montag fängt sie ihren neuen Job an", date(2026, 6, 22)),
    # ... but signing up for something is arranging it: the race is still to come
    ("Se apuntó a una carrera de 10k este sábado con su cuñado", date(2026, 6, 20)),
    ("Nos inscribimos en el maratón de este domingo", date(2026, 6, 21)),
    ("Signed up for a 10k this Sunday with his brother", date(2026, 6, 21)),
    # ... whatever a later clause says of the past
    ("Se apuntó a una carrera de 10k este sábado, la primera desde 2019", date(2026, 6, 20)),
    ("Signed up for a 10k this Sunday, his first race since the knee op", date(2026, 6, 21)),
])
def test_this_weekday_by_the_tense(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    # "el otro lunes" is some Monday gone by in Spain, the Monday after next in much of Latin America
    "El otro lunes empezó a trabajar en un banco",
    "El otro viernes se va a Cartagena con los niños",
    "The other Monday they got a puppy from the shelter",
])
def test_the_other_weekday_is_no_day(text):
    assert _date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # "desde" is "since" with a past or a state now, "from" with a future said in words
    ("Desde mediados de julio estará en Japón con su novia", date(2026, 7, 11)),
    ("Desde julio trabajará en la sede de Monterrey", date(2026, 7, 1)),
    ("Desde el lunes estará de baja por la operación", date(2026, 6, 22)),
    ("Desde Navidad se va a vivir a Chile con sus hijos", date(2026, 12, 25)),
    ("Desde mediados de mayo está en paro", date(2026, 5, 11)),
    ("Vive en Valencia desde julio", date(2025, 7, 1)),
    ("Desde el lunes está con muletas", date(2026, 6, 15)),
    # a bare day after "desde el" / "a partir del"
    ("Está ingresada desde el 3", date(2026, 6, 3)),
    ("Está ingresada desde el 20", date(2026, 5, 20)),
    ("Desde el 22 estará de baja por maternidad", date(2026, 6, 22)),
    ("A partir del 22 hace el Ramadán, nada de comidas de trabajo", date(2026, 6, 22)),
    ("A partir del 2 dejó de fumar", date(2026, 6, 2)),
    ("Ab dem 22. fastet sie", date(2026, 6, 22)),
    ("Lleva desde el lunes sin dormir bien", date(2026, 6, 15)),
    # the English and German neighbours: "since" and "seit" only look back, "from" and "ab" ahead
    ("From mid-July she will be in Japan", date(2026, 7, 11)),
    ("Since May he has been out of work", date(2026, 5, 1)),
    ("Ab Juli wird sie in Monterrey arbeiten", date(2026, 7, 1)),
    ("Seit Montag ist sie auf Krücken", date(2026, 6, 15)),
])
def test_desde_is_since_or_from_by_the_tense(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Su hija se casará en octubre", "future"),
    ("Volverán a llamarla cuando tengan noticias", "future"),
    ("Tendrán gemelos en diciembre", "future"),
    ("Haremos una fiesta para los quince de la nena", "future"),
    ("Se casó en octubre y se mudarán a Quito", "mixed"),
    # a vos imperative of a verb in -rar is no future ("esperá", "prepará"), nor is "atrás"
    ("Esperá, que te cuento lo de mi vieja", None),
    ("Siempre mira hacia atrás", None),
])
def test_the_synthetic_future(text, expected):
    assert tense(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a verb in the present with its object pronoun: what is done to her, still to come
    ("Está bien, pero el lunes la operan de la cadera", date(2026, 6, 22)),
    ("A mi viejo lo trasladan el viernes a otra clínica", date(2026, 6, 19)),
    ("Le dan el alta el jueves", date(2026, 6, 18)),
    # two facts, two days: which one is the memory's? No date
    ("Se cayó el viernes y el lunes la operan de la cadera", None),
    ("Ya está en casa desde ayer; el lunes la operan", None),
    ("She fell on Friday and will have surgery on Monday", None),
    # a noun after "la" is no verb
    ("Dio la orden el viernes", date(2026, 6, 12)),
    # "antes de ayer" is "anteayer"
    ("Antes de ayer se cayó su abuela en la calle", date(2026, 6, 15)),
    ("Antes de anteayer no sé, pero ayer se cayó", date(2026, 6, 16)),
])
def test_object_pronoun_present_and_the_day_before_yesterday(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of a month named by no name, told in the past: the month gone by when this one's is to come
    ("Se mudó a Rosario a fin de mes", date(2026, 5, 31)),
    ("Se mudó a Rosario a finales de mes", date(2026, 5, 21)),
    ("A principios de mes se fue a Berlín", date(2026, 6, 1)),
    ("A fin de mes se muda a Rosario", date(2026, 6, 30)),
    ("They moved at the end of the month", date(2026, 5, 31)),
    ("They move at the end of the month", date(2026, 6, 30)),
    ("Ende des Monats ist sie nach Graz gezogen", date(2026, 5, 31)),
    ("Ende des Monats zieht sie nach Graz", date(2026, 6, 30)),
])
def test_a_part_of_this_month_by_the_tense(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plan the next clause calls off or moves away dates nothing
    ("Se iba a operar el viernes pero lo aplazaron", None),
    ("La boda era el sábado, pero la cancelaron", None),
    ("The op was going to be on Friday but they postponed it", None),
    ("Die OP war für Freitag geplant, aber sie wurde abgesagt", None),
    ("El sábado fue la boda y el domingo la fiesta", date(2026, 6, 13)),
    # the day a plan was moved to is the new day, still to come
    ("Le cambiaron la operación al lunes", date(2026, 6, 22)),
    ("A mi vieja le adelantaron la cirugía al jueves", date(2026, 6, 18)),
    ("They moved her op to Monday", date(2026, 6, 22)),
    ("Die OP wurde auf Montag verschoben", date(2026, 6, 22)),
    ("Hace dos semanas se casó", date(2026, 6, 3)),
])
def test_called_off_moved_and_spoken_spans(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause with no subject that travels to the relative the news is about: the traveller's day
    ("Su madre está ingresada en Lima, vuela el sábado para allá", None),
    ("A su abuela la operaron en Cali; el viernes viaja a verla", None),
    ("His dad is in hospital in Cork, flying out on Friday to see him", None),
    ("Ihr Vater liegt in Graz im Krankenhaus, am Samstag fährt sie hin", None),
    # ... but the relative's own day stays
    ("Su madre está ingresada en Lima, la operan el sábado", date(2026, 6, 20)),
    ("A su padre le dio un ictus el sábado, está en la UCI", date(2026, 6, 13)),
])
def test_travel_to_the_relative_is_logistics(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "el viernes antepasado" (Mexico, Colombia): the Friday before last
    ("El viernes antepasado nació mi sobrina", date(2026, 6, 5)),
    # a day of the last month, as of the next
    ("Operaron a su madre el 3 del mes pasado", date(2026, 5, 3)),
    ("She had her op on the 3rd of last month", date(2026, 5, 3)),
    ("Sie ist am 3. letzten Monats umgezogen", date(2026, 5, 3)),
    # a day and month joined by a dash is no bare day ("el 12-12" is not the 12th of this month)
    ("Se casan el 12-12", None),
    # "en un mes" in a past clause is a span ("within a month"), not a day ahead
    ("En un mes se casó, todo muy rápido", None),
])
def test_other_months_and_spans(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "quince días", "ocho días", "acht Tage" gone by are a fortnight and a week in speech
    ("Se rompió la muñeca hace quince días", date(2026, 6, 3)),
    ("Hace ocho días le dieron el alta", date(2026, 6, 10)),
    ("Vor acht Tagen ist sie umgezogen", date(2026, 6, 10)),
    # ahead they are a guess at a plan, no day
    ("Dentro de quince días se casa su hermana", None),
    ("In acht Tagen zieht sie um", None),
    # ... a count in digits or in English is what it says
    ("She broke her wrist 15 days ago", date(2026, 6, 2)),
])
def test_a_fortnight_and_a_week_as_speech_counts_them(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an absence and the return that ends it: the day it starts
    ("Le recuerdo que el lunes me voy de vacaciones a Puerto Vallarta, regreso el 8", date(2026, 6, 22)),
    ("Heads up, I'm off to Lisbon on Monday, I'm back on the 3rd", date(2026, 6, 22)),
])
def test_an_absence_and_its_return(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker takes a day back for the next one: only the second was meant
    ("Mañana, no, el sábado es el bautizo de mi sobrina", date(2026, 6, 20)),
    ("Anteayer, no, ayer fue el cumple de mi hijo", date(2026, 6, 16)),
    ("El jueves, no, el viernes pasado enterramos a mi abuela", date(2026, 6, 12)),
    ("Che, el lunes, no, el martes a la noche nació mi sobrino", date(2026, 6, 16)),
    ("Am Samstag, nein, am Freitag hat er ihr den Antrag gemacht", date(2026, 6, 12)),
    ("The christening is on Saturday, sorry, Sunday", date(2026, 6, 21)),
    # ... read in the first one's place: its verb's past is the second one's
    ("Mi mujer dio a luz el sábado, no, el domingo de madrugada, un niño", date(2026, 6, 14)),
    ("Meine Frau hat am Samstag, nein, am Sonntag früh unser Kind bekommen", date(2026, 6, 14)),
    ("His op is on Thursday, I mean Friday", date(2026, 6, 19)),
    # "no" with no pause is a contrast, not a correction: Monday, not Tuesday
    ("La operan el lunes, no el martes", date(2026, 6, 22)),
    ("Am Samstag oder Sonntag kommt ihre Schwester", None),  # one of two days
])
def test_a_day_taken_back(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare day that opens its clause, before its verb with an object pronoun
    ("Te aviso que el 23 me opero de la rodilla", date(2026, 6, 23)),
    ("A mi vieja le encontraron un nódulo, el 20 le hacen la punción", date(2026, 6, 20)),
    ("El 5 se van a Lima con los niños", date(2026, 7, 5)),
    # not a number that is no day ("el 20 %", "el 2 a 1")
    ("El 20 % de la plantilla se va en julio", date(2026, 7, 1)),
    # a clause that opens with its verb in the present, the day a few words on, after a past
    ("Hemos adoptado a una niña, llega a casa el 20 de julio", date(2026, 7, 20)),
])
def test_a_bare_day_before_its_verb(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a preference is no plan: its day dates nothing, and leaves the fact beside it its own day
    ("Me caso el 5 de septiembre, así que preferiría empezar a primeros de octubre", date(2026, 9, 5)),
    ("Preferiría mudarse en mayo, pero no depende de ella", None),
    ("I'd rather start in October, we're moving on the 30th", date(2026, 6, 30)),
    ("Sie würde lieber im Oktober anfangen", None),
    # ... and a clause that is only its day belongs to the wish before it
    ("Me caso el 5 de septiembre, así que preferiría empezar después, a primeros de octubre", date(2026, 9, 5)),
    ("We move on the 30th, so I'd rather start later, early October", date(2026, 6, 30)),
    ("Dijo que empezaría el lunes", date(2026, 6, 22)),  # reported speech: a plan, not a wish
])
def test_a_preference_is_no_plan(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vocative before the first clause is no clause: the past after it is the phrase's own
    ("Tío, el finde me caí de la bici y me rompí la clavícula", date(2026, 6, 13)),
    ("Che, el sábado se recibió mi hija de abogada", date(2026, 6, 13)),
    ("Oh, at the weekend she ran her first marathon", date(2026, 6, 13)),
    # a preterite whose stem ends in a vowel
    ("El lunes me caí por las escaleras", date(2026, 6, 15)),
    # "bueno, no" takes the day back too
    ("El sábado, bueno no, el domingo es la comunión de mi sobrino", date(2026, 6, 21)),
])
def test_vocatives_and_vowel_preterites(text, expected):
    assert _date(text) == expected

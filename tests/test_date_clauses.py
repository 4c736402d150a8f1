"""A date goes only to the fact it dates: not to another person's clause, not to a habit, a maybe,
a question or a denial, and casual time phrases resolve as a careful person reads them or not at
all. Meeting date: Wednesday 4 March 2026. The sentences are written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapport_plugins.clauses import clauses, date_of_another, no_fact, subject_of
from rapport_plugins.dates import find_date

WED = date(2026, 3, 4)


def _date(text: str) -> date | None:
    return find_date(text, WED).date


# --- two people, one date -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "her grandad is in a care home now, her cousin drives up on Saturday",
    "Lena's dad has pneumonia, she's flying over on Friday",
    "His wife is on bed rest and his sister arrives tomorrow to help",
    "Der Opa von Jana ist im Pflegeheim, ihr Bruder kommt am Samstag zu Besuch",
    "Seine Mutter hat Demenz, er fährt am Freitag zu ihr",
    "Su abuela está en la UCI y su hermano llega el sábado desde Lima",
    "La madre de Inés está ingresada, él viaja el viernes",
])
def test_a_date_in_another_persons_clause_is_not_the_memorys(text):
    found = find_date(text, WED)
    assert found.date is None and found.phrase  # the phrase stays, no date


@pytest.mark.parametrize(("text", "expected"), [
    # the same person goes on: the date is theirs
    ("Her brother finished his PhD, he starts at Siemens on Monday", date(2026, 3, 9)),
    ("Ihre Schwester ist schwanger, sie ist Ende Mai dran", date(2026, 5, 31)),
    # the speaker's household is their "we"
    ("my husband got the job in Bristol, we move on the 20th", date(2026, 3, 20)),
    ("meine Frau ist schwanger, wir erwarten das Baby im Juli", date(2026, 7, 1)),
    # a thing, not a person, in the later clause: the wedding is the son's
    ("Their son is getting married, the wedding is on the 14th", date(2026, 3, 14)),
    ("Su hijo se casa, la boda es el 14 de marzo", date(2026, 3, 14)),
    # the speaker's own preface: what follows is the news
    ("Sorry I'm slow today, my mum had a fall on Monday", date(2026, 3, 2)),
    ("Entschuldigt, ich bin etwas durch den Wind, mein Vater wurde am Montag operiert", date(2026, 3, 2)),
    # a lone name for the subject is no head
    ("Grandma, she's having her cataract op on Friday", date(2026, 3, 6)),
])
def test_a_date_stays_when_the_clause_is_about_the_same_person(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's own plans after someone else's news are logistics: the news keeps its own day
    ("My gran's been in a care home since Monday, and I'm meant to fly to Oslo on the 20th", date(2026, 3, 2)),
    ("Mein Onkel hatte vor zwei Wochen einen Herzinfarkt, ich fahre am Samstag zu ihm", date(2026, 2, 18)),
    ("Su abuela se cayó el lunes, yo viajo el sábado a verla", date(2026, 3, 2)),
    # a name, another person
    ("Her nephew Leo is getting married at the end of the month and Maria flies out on the 24th", date(2026, 3, 31)),
    # a parent acting for their child is one household
    ("Omar's son starts at Leeds uni, he's driving him up on Saturday", date(2026, 3, 7)),
    ("Die Tochter von Jens fängt in Kiel an zu studieren, er fährt sie am Samstag hin", date(2026, 3, 7)),
    # ... another person's dated statement still makes two days
    ("my aunt got married on Saturday and the baby arrived last night", None),
])
def test_whose_plans_and_whose_news(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cat Luna needs a dental Fri -> may have to move the Fri session", date(2026, 3, 6)),  # an arrow ends a clause
    ("Sings in a choir, concert at St Mary's on Saturday — go?", date(2026, 3, 7)),  # the writer's own question
    ("Ahmet bekommt am Donnerstag den Pass, kleine Feier?", date(2026, 3, 5)),
    ("Ich bin am Freitag nicht da, meine Schwester heiratet", date(2026, 3, 6)),  # away is no denial
    ("No estoy el viernes, se casa mi hermana", date(2026, 3, 6)),
    ("I won't be around on Friday, my brother's getting married", date(2026, 3, 6)),
])
def test_a_fact_beside_a_question_or_an_absence_keeps_its_date(text, expected):
    assert _date(text) == expected


def test_subjects_are_read_in_three_languages():
    assert subject_of("my brother's flying in")[0].key == "brother"
    assert subject_of("Bart's mum is in hospital")[0].gender == "f"
    assert subject_of("fliegt er hin")[0].gender == "m"  # after a fronted time phrase
    assert subject_of("llega su hermano")[0].key == "brother"
    text = "Seine Mutter liegt im Krankenhaus, am Samstag fliegt er hin"
    assert date_of_another(text, text.index("am Samstag"), text.index(" fliegt"))
    assert subject_of("my sister and I ran the marathon")[0].kind == "we"
    assert subject_of("Dorothy is flying out to Ghana")[0].key == "Dorothy"
    assert subject_of("Our Morag's in hospital")[0].owner == "speaker"
    assert subject_of("Toms Mutter hat Demenz")[0].key == "mother"
    assert subject_of("la madre de Tom está ingresada")[0].key == "mother"
    assert subject_of("the wedding is on the 12th")[0] is None


def test_clauses_keep_a_coordinated_subject_together():
    text = "My wife and I are moving in April and the kids start school in May"
    assert [text[a:b] for a, b in clauses(text)] == ["My wife and I are moving in April", "the kids start school in May"]


def test_two_dated_statements_give_no_date_but_a_month_that_frames_a_day_does():
    assert _date("He's starting the new job in April and his daughter's christening is on the 19th") is None
    assert _date("Sie zieht im April um und die Taufe ihrer Tochter ist am 19.") is None
    assert _date("Se muda en abril y el bautizo de su hija es el 19") is None
    assert _date("next month, her mum turns 80 on 9 April") == date(2026, 4, 9)


# --- habits, maybes, questions, denials ---------------------------------------------------------

@pytest.mark.parametrize(("text", "why"), [
    ("he normally takes the kids swimming on Saturday", "habit"),
    ("she does parkrun on a Saturday", "habit"),
    ("er spielt meistens am Donnerstag Tischtennis", "habit"),
    ("suele visitar a su madre el domingo", "habit"),
    ("they might do the Camino in May", "maybe"),
    ("If the visa comes through, they relocate in June", "maybe"),
    ("vielleicht fliegen sie im Mai nach Kreta", "maybe"),
    ("Falls alles klappt, zieht er im Juni um", "maybe"),
    ("a lo mejor se mudan en junio", "maybe"),
    ("Si le dan la plaza, empieza en septiembre", "maybe"),
    ("is the christening on Sunday?", "question"),
    ("findet die OP am Freitag statt?", "question"),
    ("¿la boda es el sábado?", "question"),
    ("they're not going to Lisbon in April any more", "denial"),
    ("die Feier ist nicht am Samstag", "denial"),
    ("no se operan el viernes", "denial"),
    ("the barbecue on Saturday got called off", "cancelled"),
    ("die Reise im Mai wurde abgesagt", "cancelled"),
    ("the hearing was postponed from the 12th", "cancelled"),
])
def test_statements_that_date_no_fact_get_no_date(text, why):
    found = find_date(text, WED)
    assert found.date is None and found.phrase
    start = text.find(found.phrase)
    assert no_fact(text, start, start + len(found.phrase)) == why


@pytest.mark.parametrize(("text", "expected"), [
    ("she hasn't slept properly since Monday", date(2026, 3, 2)),  # a denial that runs since a day
    ("I can't make Friday, my son graduates", date(2026, 3, 6)),  # can't: the day is real
    ("how did the interview on Monday go?", date(2026, 3, 2)),  # asks how: the day is given
    ("If I'm quiet today, it's because my dad had his stent on Monday", date(2026, 3, 2)),
    ("she always wanted to see Japan, they fly out on Friday", date(2026, 3, 6)),
    ("the hearing is postponed to the 12th", date(2026, 3, 12)),
    ("er ist seit Montag nicht mehr krankgeschrieben", date(2026, 3, 2)),
])
def test_a_fact_said_with_such_words_keeps_its_date(text, expected):
    assert _date(text) == expected


# --- casual time phrases ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("her leaving do is a week tomorrow", date(2026, 3, 12)),
    ("the interview is a week today", date(2026, 3, 11)),
    ("his surgery is two weeks on Friday", None),  # British: no certain day in notes
    ("the christening is Sunday fortnight", None),
    ("they got engaged the weekend before last", date(2026, 2, 21)),
    ("wir waren vorletztes Wochenende in Prag", date(2026, 2, 21)),
    ("away for two weeks on Friday", date(2026, 3, 6)),  # a stay's length, from Friday
    ("in 14 Tagen ist die Hochzeit", date(2026, 3, 18)),
    ("tiene la boda dentro de dos semanas", date(2026, 3, 18)),
])
def test_casual_phrases_resolve_as_said(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "she moves at the end of the week",  # Friday to some, Sunday to others
    "he starts at the end of next week",
    "they move in after Easter",
    "nach Ostern zieht sie zu ihrem Freund",
    "después de Semana Santa empieza la obra",
    "he hopes to be home before the 20th",
    "vor dem 15. kommt das Baby nicht",
    "her results are back in a week or two",
    "in zwei, drei Wochen hat sie die OP",
    "in a month or so they'll know",
    "dentro de dos o tres semanas le dan el alta",
    "in acht Tagen hat sie Geburtstag",  # a week, or eight days?
    "en ocho días se va a Roma",
    "en 15 días se opera",
])
def test_casual_phrases_nobody_can_pin_down_give_no_date(text):
    assert _date(text) is None


# --- property: a fact's memory never carries the other clause's date ----------------------------

FACTS = {  # (fact clause with {A}, date A's phrase) per language
    "en": ["Tom's mum has her hip op {A}", "Anna's dad moved into the care home {A}", "her grandmother had a stroke {A}"],
    "de": ["Toms Mutter hat {A} ihre Hüft-OP", "Annas Vater ist {A} ins Pflegeheim gezogen", "ihre Oma hatte {A} einen Schlaganfall"],
    "es": ["la madre de Tom se opera de la cadera {A}", "el padre de Ana se mudó a la residencia {A}", "su abuela tuvo un ictus {A}"],
}
OTHERS = {  # a clause plainly about somebody else (another relative, the speaker), with {B}
    "en": ["her brother flies in {B}", "his uncle is driving down {B}", "my sister has her scan {B}", "we are off to Rome {B}"],
    "de": ["ihr Bruder kommt {B}", "sein Onkel fährt {B} hin", "meine Schwester hat {B} ihren Termin", "wir fliegen {B} nach Rom",
           "fahre {B} zu ihr"],  # a dropped "ich"
    "es": ["su hermano llega {B}", "su tío viaja {B}", "mi hermana tiene la ecografía {B}", "nosotros nos vamos a Roma {B}",
           "vuelo {B} a Lima", "me voy {B} a verla", "nos vamos {B} a Roma"],  # dropped subjects
}
CONNECTORS = {"en": [", ", " and ", "; ", " - ", " but ", " and then "], "de": [", ", " und ", "; ", " - ", " aber ", " und dann "],
              "es": [", ", " y ", "; ", " - ", " pero ", " y luego "]}
PHRASES = {  # (past phrase, future phrase) per language, and their dates said on WED
    "en": [("on Saturday", "2026-02-28", "2026-03-07"), ("on Monday", "2026-03-02", "2026-03-09"),
           ("yesterday", "2026-03-03", None), ("tomorrow", None, "2026-03-05"), ("on the 2nd", "2026-03-02", None)],
    "de": [("am Samstag", "2026-02-28", "2026-03-07"), ("am Montag", "2026-03-02", "2026-03-09"),
           ("gestern", "2026-03-03", None), ("morgen", None, "2026-03-05")],
    "es": [("el sábado", "2026-02-28", "2026-03-07"), ("el lunes", "2026-03-02", "2026-03-09"),
           ("ayer", "2026-03-03", None), ("mañana", None, "2026-03-05")],
}


@st.composite
def two_clauses(draw):
    lang = draw(st.sampled_from(sorted(FACTS)))
    fact = draw(st.sampled_from(FACTS[lang]))
    other = draw(st.sampled_from(OTHERS[lang]))
    joint = draw(st.sampled_from(CONNECTORS[lang]))
    a = draw(st.sampled_from(PHRASES[lang] + [("", None, None)]))
    b = draw(st.sampled_from([p for p in PHRASES[lang] if not {p[1], p[2]} & {a[1], a[2]} - {None}]))
    fact_text = fact.replace("{A}", a[0]).replace("  ", " ")
    return f"{fact_text}{joint}{other.replace('{B}', b[0])}", {b[1], b[2]} - {None}


@given(two_clauses())
def test_the_fact_never_carries_the_other_clauses_date(case):
    text, other_dates = case
    found = find_date(text, WED)
    assert found.date is None or found.date.isoformat() not in other_dates, text


def test_capture_stores_the_memory_without_the_other_persons_date(rapport, tmp_path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    path = tmp_path / "2026-03-04 lena.txt"
    path.write_text("With: Lena Roth, Sam Lee\n\n- remember: Lena's mum is in hospital in Porto, her brother flies out on Saturday\n"
                    "- remember: Lena's son starts nursery on Monday\n", encoding="utf-8")
    out = rapport.json("capture", str(path))
    assert [(s["event_date"], s["event_text"]) for s in out["stored"]] == [(None, "on Saturday"), ("2026-03-09", "on Monday")]


# --- one clause model: tense and ownership are judged on the same clause ------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # no cut at a German ordinal's dot, an abbreviation, a time or a decimal comma
    ("Ihr Vater ist am 3. März umgezogen. Sie fährt am Samstag hin", ["Ihr Vater ist am 3. März umgezogen.",
                                                                        "Sie fährt am Samstag hin"]),
    ("Dr. Ortiz operates on her on Friday", ["Dr. Ortiz operates on her on Friday"]),
    ("Termin um 15:30, danach 1,5 Stunden Reha", ["Termin um 15:30", "danach 1,5 Stunden Reha"]),
    ("ca. drei Wochen Reha ab nä. Wo. Mo", ["ca. drei Wochen Reha ab nä. Wo. Mo"]),
    # a conjunction joins two statements, not two people into one subject, nor a list of days
    ("She moved and starts at the clinic on Monday", ["She moved", "starts at the clinic on Monday"]),
    ("Oma und Opa ziehen im Mai um und wir helfen", ["Oma und Opa ziehen im Mai um", "wir helfen"]),
    ("Tom y su mujer se mudan el sábado y luego se van a Roma", ["Tom y su mujer se mudan el sábado", "se van a Roma"]),
    ("Kurs immer Di und Do", ["Kurs immer Di und Do"]),
])
def test_clauses_are_cut_once_for_tense_and_ownership(text, expected):
    assert [text[a:b] for a, b in clauses(text)] == expected


CLAUSE_TEXTS = st.lists(st.sampled_from([
    "her dad moved into the care home on Monday", "she starts at the clinic on the 9th", "my wife and I fly out Friday",
    "seine Mutter ist am 3. März gestürzt", "er fährt am Samstag hin", "Oma und Opa kommen am Sonntag",
    "su hermano se casa el sábado", "lo operan el viernes", "Dr. Ruiz sees her at 15:30",
]), min_size=1, max_size=3)


@given(CLAUSE_TEXTS, st.lists(st.sampled_from([", ", " and ", "; ", ". ", " - ", " und ", " y ", " but "]), min_size=2,
                              max_size=2))
def test_the_tense_clause_is_the_ownership_clause(parts, joints):
    """dates.py reads a phrase's tense on the clause clauses.clauses() gives it, whatever the joints."""
    from rapport_plugins.dates import _clause_of

    text = parts[0] + "".join(j + p for j, p in zip(joints, parts[1:], strict=False))
    for a, b in clauses(text):
        word = re.search(r"\w+", text[a:b])
        if word:
            at = a + word.start()
            assert _clause_of(text, at, at + len(word[0])) == text[a:b], text


# --- a dropped subject in the first person is the speaker; in the third, the clause before goes on --

@pytest.mark.parametrize("text", [
    "Su abuela está en el hospital, viajo el sábado a verla",
    "La madre de Pilar está ingresada, me voy mañana para allá",
    "Su tío tuvo un infarto, el sábado vuelo a Quito",
    "Seine Oma liegt im Krankenhaus, fahre am Samstag hin",
    "Ihr Vater ist in Reha, bin ab Montag bei ihm",
])
def test_a_dropped_first_person_is_the_speakers_plan(text):
    found = find_date(text, WED)
    assert found.date is None and found.phrase


@pytest.mark.parametrize(("text", "expected"), [
    # impersonal or third person: the fact goes on about the head
    ("Su padre está mal, lo operan el viernes", date(2026, 3, 6)),
    ("Nico se casó con Vera, se van de luna de miel en mayo", date(2026, 5, 1)),
    ("Seine Tochter hat Abi, feiert am Samstag", date(2026, 3, 7)),
    # the speaker's trip set aside, the news keeps its own day
    ("Mi abuela se cayó el lunes, salgo el viernes para allá", date(2026, 3, 2)),
])
def test_a_dropped_third_person_goes_on_about_the_head(text, expected):
    assert _date(text) == expected


def test_dropped_subjects_are_read_by_their_verb():
    assert subject_of("viajo el sábado")[0].kind == "speaker"
    assert subject_of("me caso en junio")[0].kind == "speaker"
    assert subject_of("lo llevamos a Madrid")[0].kind == "we"
    assert subject_of("nos mudamos en mayo")[0].kind == "we"
    assert subject_of("fahre am Samstag hin")[0].kind == "speaker"
    assert subject_of("lo operan el viernes")[0] is None
    assert subject_of("se van de viaje")[0] is None


# --- a telling frame ("comentó que", "sie erzählte, dass", "er meinte, ...") dates nothing ---------

@pytest.mark.parametrize(("text", "expected"), [
    # the told fact keeps its own tense: a present reads forward, a past back
    ("Comentó que su nieto se gradúa en junio", date(2026, 6, 1)),
    ("Me contó que se mudan el sábado", date(2026, 3, 7)),
    ("Nos dijo que su hija empieza la carrera en septiembre", date(2026, 9, 1)),
    ("Contó que su padre se cayó el lunes", date(2026, 3, 2)),
    ("Sie erzählte, dass ihr Sohn am Samstag auszieht", date(2026, 3, 7)),
    ("Er meinte, seine Frau fängt im Mai in Graz an", date(2026, 5, 1)),
    ("Hat mir erzählt, dass sie am Freitag Geburtstag feiert", date(2026, 3, 6)),
    ("Sie erzählte, dass ihre Oma am Sonntag gestürzt ist", date(2026, 3, 1)),
    ("He mentioned his son starts nursery on Monday", date(2026, 3, 9)),
])
def test_a_telling_frame_leaves_the_told_facts_tense(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a German subordinate clause puts its auxiliary last: still a past
    ("weil ihr Mann am Montag ins Krankenhaus gekommen ist", date(2026, 3, 2)),
    ("dass sie am Samstag in Linz umgezogen sind", date(2026, 2, 28)),
    ("nachdem er am Freitag operiert worden ist", date(2026, 2, 27)),
])
def test_a_german_subordinate_perfect_points_back(text, expected):
    assert _date(text) == expected


# --- trips: a departure and its return are one stretch; a bare "back from" has no direction -------

@pytest.mark.parametrize(("text", "expected"), [
    ("Off to Crete on Saturday, back the 21st", date(2026, 3, 7)),
    ("I'm off to Crete on Saturday, back on the 21st", date(2026, 3, 7)),
    ("fliegt am Samstag nach Lima, zurück am 20.", date(2026, 3, 7)),
    ("se va a Cancún el jueves y vuelve el 20", date(2026, 3, 5)),
    ("back on the 20th", date(2026, 3, 20)),  # the return alone is the memory's day
    # a return said before a later departure is no stretch: two days
    ("back from Rome on Friday, off to Oslo on the 20th", None),
    # a bare "back from": came back, or will be?
    ("Back from Crete on Friday", None),
    ("Zurück aus Japan am Sonntag", None),
    ("De vuelta de Japón el domingo", None),
    ("Got back from Crete on Friday", date(2026, 2, 27)),
    ("She's back from Crete on Friday", date(2026, 3, 6)),
])
def test_a_trip_and_its_return(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an open week that lies the other way leaves the weekday alone
    ("Had her knee op on Monday, back at work next week", date(2026, 3, 2)),
    ("Hatte am Montag die OP, ist nächste Woche wieder da", date(2026, 3, 2)),
    ("La operaron el lunes, vuelve al trabajo la semana que viene", date(2026, 3, 2)),
    # ... one that lies the same way still makes the weekday open
    ("Off next week, the christening is on Saturday", None),
    ("nächste Woche Urlaub, die Taufe ist am Samstag", None),
])
def test_an_open_week_only_opens_a_weekday_its_way(text, expected):
    assert _date(text) == expected


# --- a preface that says how the speaker is passes the head on to the news ----------------------

@pytest.mark.parametrize("text", [
    "Sorry, I'm all over the place, my gran is in hospital and my uncle flies in on Saturday",
    "Entschuldigung, ich bin etwas neben der Spur, meine Oma liegt im Krankenhaus, mein Onkel kommt am Samstag",
    "Perdón, estoy agotada, mi abuela está ingresada y mi tío llega el sábado",
    # a possessive chain: "my partner's dad" is a father, not the partner of the speaker's "we"
    "my partner's dad is in a hospice, we fly out to see him on Saturday",
])
def test_after_a_preface_another_persons_date_is_still_not_the_news(text):
    found = find_date(text, WED)
    assert found.date is None and found.phrase


@pytest.mark.parametrize(("text", "expected"), [
    ("Sorry I'm late, my grandad had a fall on Sunday", date(2026, 3, 1)),
    ("Perdón por el retraso, a mi padre lo operaron el lunes", date(2026, 3, 2)),
    ("Sorry, bin müde, unsere Tochter ist am Montag zur Welt gekommen", date(2026, 3, 2)),
])
def test_after_a_preface_the_news_keeps_its_date(text, expected):
    assert _date(text) == expected


def test_a_feast_inside_a_stay_is_part_of_it():
    assert find_date("Is in Durban from the 19th, Christmas with their gran, back on the 4th", date(2026, 12, 8)).date \
        == date(2026, 12, 19)
    assert find_date("Ist ab dem 20. in Tirol, Silvester auf der Hütte, zurück am 3.", date(2026, 12, 8)).date \
        == date(2026, 12, 20)


def test_a_standing_condition_leaves_a_dated_fact_of_its_own_its_date(rapport, tmp_path):
    """"Has diabetes" has no day, but "... and her foot op is on Thursday" does: the condition's clause
    keeps no date, a fact in a clause of its own keeps its own."""
    rapport.config('[me]\nname = "Sam Lee"\n')
    path = tmp_path / "2026-03-04 ana.txt"
    path.write_text("With: Ana Ruiz, Sam Lee\n\n"
                    "- remember: Ana's gran has diabetes and her foot op is on Thursday\n"
                    "- remember: Su abuela es diabética, la van a operar el jueves\n"
                    "- remember: Ana is vegan, even at the barbecue on Friday\n", encoding="utf-8")
    out = rapport.json("capture", str(path))
    assert [s["event_date"] for s in out["stored"]] == ["2026-03-05", "2026-03-05", None]


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker on their way to what the line tells is logistics: the event keeps its day
    ("The christening is on Sunday, I'm flying over on Friday", date(2026, 3, 8)),
    ("Die Trauerfeier ist am Samstag in Kiel, da fahr ich Freitag hoch", date(2026, 3, 7)),
    ("El entierro es el sábado, viajo el viernes para allá", date(2026, 3, 7)),
    # ... the speaker's own news is no such trip: two days
    ("I'm moving in April and my sister's wedding is on the 12th", None),
    # a Spanish clause that opens with its verb in the present reads forward after a past
    ("se ha comprado un piso en Gracia, firma el jueves", date(2026, 3, 5)),
    ("le dieron la plaza, empieza el lunes", date(2026, 3, 9)),
    # ... not an English noun in -e: "cake on Friday" after a past is no present
    ("Lou passed her driving test yesterday, cake on Friday", date(2026, 3, 3)),
])
def test_the_speakers_trip_and_a_spanish_verb_first_clause(text, expected):
    assert _date(text) == expected

"""German perfects the date rules must read as a past however they are said: a participle with no
"ge-" before its auxiliary at a subordinate clause's end, spoken and dialect forms (Bavarian, Austrian,
Swiss), and words of a participle's shape that say a state or an arrangement, not a past. Meeting on
Wednesday 10 June 2026, so a month named back (March) and one named ahead (August) differ by a year
when misread. The sentences are written for these tests; each class has its English and Spanish
neighbour where the rule is shared, and a present or future that must still read forward."""

from __future__ import annotations

from datetime import date

import pytest

from rapport_plugins.dates import find_date, tense

WED = date(2026, 6, 10)


def _date(text: str) -> date | None:
    return find_date(text, WED).date


@pytest.mark.parametrize(("text", "expected"), [
    # the participle has an inseparable prefix (be-, ver-, er-, ent-, über-, ...) or ends in -iert
    ("Sie hat erzählt, dass ihr Bruder im März Drillinge bekommen hat", date(2026, 3, 1)),
    ("weil der Opa im Februar verunglückt ist", date(2026, 2, 1)),
    ("dass ihre Schwester im Januar die Meisterprüfung bestanden hat", date(2026, 1, 1)),
    ("Er freut sich, dass er im April erfahren hat, dass er Opa wird", date(2026, 4, 1)),
    ("dass ihr Mann im Februar einen Herzinfarkt erlitten hat", date(2026, 2, 1)),
    ("nachdem ihre Frau im März entbunden hat", date(2026, 3, 1)),
    ("weil sein Sohn im Januar promoviert hat", date(2026, 1, 1)),
    ("dass es im März passiert ist", date(2026, 3, 1)),
    ("weil sie im Februar ihre Wohnung verloren hat", date(2026, 2, 1)),
])
def test_a_participle_without_ge_before_its_auxiliary_is_a_past(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same verbs in the present still point ahead
    ("Sie hat erzählt, dass ihr Bruder im März Drillinge bekommt", date(2027, 3, 1)),
    ("dass ihre Schwester im August die Meisterprüfung besteht", date(2026, 8, 1)),
    ("weil sein Sohn im Januar die Stelle wechselt", date(2027, 1, 1)),
    # an adjective of a participle's shape says a state, not a past
    ("dass sie im August bereit ist", date(2026, 8, 1)),
    ("dass er im August erwachsen ist", date(2026, 8, 1)),
    # English and Spanish neighbours: the past is said by the verb, the present reads ahead
    ("She said her brother had triplets in March", date(2026, 3, 1)),
    ("She said her brother is having triplets in March", date(2027, 3, 1)),
    ("Dijo que su hermano tuvo trillizos en marzo", date(2026, 3, 1)),
    ("Dijo que su hermano tiene trillizos en marzo", date(2027, 3, 1)),
])
def test_the_same_verbs_in_the_present_and_states_read_ahead(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spoken and dialect auxiliaries and participles
    ("Da Sepp hod im März g'heirat", date(2026, 3, 1)),
    ("Mir san im Jänner umzogn", date(2026, 1, 1)),
    ("Sie is im Februar umzogn", date(2026, 2, 1)),
    ("Im Jänner hammer gheiratet", date(2026, 1, 1)),
    ("Mei Tochter hot im Februar a Baby griagt", date(2026, 2, 1)),
    ("Mir hend im Jänner ghürote", date(2026, 1, 1)),
    ("Er isch im März umzoge", date(2026, 3, 1)),
    ("weil er im Februar g'heirat hod", date(2026, 2, 1)),
    # "ge-" dropped before a "k", a standard participle after a dialect auxiliary, Swiss weekdays
    ("Da Opa is am Sonntag ins Spital kemma", date(2026, 6, 7)),
    ("Die Oma is am Montag gstorbn", date(2026, 6, 8)),
    ("Sei Bruader hot am Sonntag entbunden, also sei Frau", date(2026, 6, 7)),
    ("Im Jänner hot's eahm des Knie operiert", date(2026, 1, 1)),
    ("Am Sunntig hend sie ghürote", date(2026, 6, 7)),
    ("Am Samschtig hüratet sini Schwöschter", date(2026, 6, 13)),
])
def test_a_dialect_perfect_is_a_past(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dialect present or a plan stays ahead; a word that only starts with "g" is no participle
    ("Mir san im August in Kärnten", date(2026, 8, 1)),
    ("Er hod im August frei", date(2026, 8, 1)),
    ("Im Jänner san mir wieder gsund", date(2027, 1, 1)),
    ("Sie is im August ganz", date(2026, 8, 1)),
    # the English "is" is no German auxiliary
    ("Her sister is given the keys in August", date(2026, 8, 1)),
])
def test_a_dialect_present_is_no_perfect(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # something arranged: the event is still to come, whatever the participle
    ("Die OP ist im August angesetzt", date(2026, 8, 1)),
    ("Die Hochzeit ist im August geplant", date(2026, 8, 1)),
    ("weil die Reise im August gebucht ist", date(2026, 8, 1)),
    ("Er ist im August zur Taufe eingeladen", date(2026, 8, 1)),
    ("Sie ist im August bereit für die Prüfung", date(2026, 8, 1)),
    # English and Spanish neighbours
    ("Her op is scheduled in August", date(2026, 8, 1)),
    ("La operación está prevista en agosto", date(2026, 8, 1)),
    # a real perfect stays a past
    ("Die OP ist im März gut verlaufen", date(2026, 3, 1)),
    ("Die Hochzeit hat im März stattgefunden", date(2026, 3, 1)),
])
def test_an_arranged_or_state_participle_is_no_past(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize("text", [
    "Die OP ist angesetzt", "Sie ist bereit", "Der Termin ist vereinbart",
])
def test_an_arranged_state_has_no_tense(text):
    assert tense(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # "a week on" said the South German, Austrian and Spanish way: the day, then a week or two later
    ("Sonntag in acht Tagen tauft sie ihren Sohn", date(2026, 6, 21)),
    ("Am Freitag in vierzehn Tagen zieht er nach Linz", date(2026, 6, 26)),
    ("Heute in einer Woche hat seine Frau den Termin", date(2026, 6, 17)),
    ("Se opera el viernes en ocho", date(2026, 6, 19)),
    ("Se casan de hoy en quince", date(2026, 6, 24)),
    ("Her sister moves a week on Friday", None),  # English: no certain day in notes
    # days are days; the weekday of today is from today or from next week: no date
    ("Er zieht in zwei Tagen um", date(2026, 6, 12)),
    ("Am Mittwoch in acht Tagen ist die Taufe", None),
])
def test_a_weekday_a_week_on(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # strong preterites beyond the common few, with a prefix or a particle at the end
    ("Ihr Neffe schloss im März die Lehre ab", date(2026, 3, 1)),
    ("Im Februar fing ihr Mann bei der Bahn an", date(2026, 2, 1)),
    ("Im Januar beschloss er, das Haus zu verkaufen", date(2026, 1, 1)),
    # a weak preterite right after a fronted time phrase, its subject after it
    ("Im März kündigte sie bei der Versicherung", date(2026, 3, 1)),
    ("Am Samstag eröffnete ihr Bruder seine Bäckerei", date(2026, 6, 6)),
    # the present of the same verbs reads ahead; an ordinal or "bitte" after the phrase is no verb
    ("Im März schließt ihr Neffe die Lehre ab", date(2027, 3, 1)),
    ("Am Samstag eröffnet ihr Bruder seine Bäckerei", date(2026, 6, 13)),
    ("Samstag zweite Probe mit der Band", date(2026, 6, 13)),
    # English and Spanish neighbours: a past by its verb, wherever it stands
    ("In March her nephew finished his apprenticeship", date(2026, 3, 1)),
    ("En marzo su sobrino terminó el aprendizaje", date(2026, 3, 1)),
])
def test_a_german_preterite_points_back(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Swiss German: "het"/"hei", a participle in "-cho" or "-e", "zügelt" (moved house), "geschter"
    ("Sie sind am Samstig uf Luzern zügelt", date(2026, 6, 6)),
    ("Min Brüeder het am Mentig d Meisterprüefig bestande", date(2026, 6, 8)),
    ("Mini Cousine het am Sunntig es Buebli übercho", date(2026, 6, 7)),
    ("Er isch sit geschter im Spital", date(2026, 6, 9)),
    ("Am Dunnschtig isch sie hei cho", date(2026, 6, 4)),
    # ... and its present reads ahead
    ("Am Samstig zügle mir uf Luzern", date(2026, 6, 13)),
    ("Mir sind am Samstig dihei", date(2026, 6, 13)),
])
def test_swiss_german_perfects_and_days(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a full stop left out before "Er", "Sie war", "Wir": the next sentence's tense is not this one's
    ("Ihre Tochter fängt am 1. September in Graz an Sie war neulich noch bei uns", date(2026, 9, 1)),
    ("Sein Sohn zieht am Samstag aus Er hat eine Wohnung gefunden", date(2026, 6, 13)),
    ("Wir haben am Samstag geheiratet Es war wunderschön", date(2026, 6, 6)),
    # the polite "Sie" is no new sentence
    ("Ich rufe Sie am Montag an", date(2026, 6, 15)),
])
def test_a_missing_full_stop_in_german(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month said with its year as a neighbour: that year's, whatever the tense reads
    ("Vergangenes Jahr im Juli hat sein Sohn geheiratet", date(2025, 7, 1)),
    ("Ihr Vater ist im April letzten Jahres gestorben", date(2025, 4, 1)),
    ("Sie ziehen nächstes Jahr im Juli nach Graz", date(2027, 7, 1)),
    ("They moved to Leeds last year in April", date(2025, 4, 1)),
    ("They're moving to Leeds in July next year", date(2027, 7, 1)),
    ("Se mudaron a Cádiz en abril del año pasado", date(2025, 4, 1)),
    ("Se mudan a Cádiz el año que viene en julio", date(2027, 7, 1)),
    # a final year is no last year; a year in its own clause says nothing of the month's
    ("In seinem letzten Jahr an der Schule macht er im Juli ein Praktikum", date(2026, 7, 1)),
    ("Letztes Jahr war schwer, im Juli ziehen sie um", date(2026, 7, 1)),
])
def test_a_month_with_its_year_said(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # spoken "warn" (waren), "is ... worden", "z'sammzogn"
    ("Mir warn am Samstag bei da Firmung", date(2026, 6, 6)),
    ("Am Sonntag is da Papa sechzig worden", date(2026, 6, 7)),
    ("Zu Ostern san's z'sammzogn", date(2026, 4, 5)),
    # the English "warn" is no past
    ("I'll warn her on Saturday", date(2026, 6, 13)),
    # "heute vor einer Woche" is a week ago; "Sonntag vor acht Tagen" is no date (which Sunday?)
    ("Heute vor einer Woche hat sie entbunden", date(2026, 6, 3)),
    ("Am Sonntag vor acht Tagen war die Firmung", None),
])
def test_more_spoken_german_pasts(text, expected):
    assert _date(text) == expected

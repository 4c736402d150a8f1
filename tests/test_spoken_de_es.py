"""Spoken German and Spanish in transcripts (issue 8): colloquial verb forms ("ich fahr", "nen"), separable verbs
("ziehen im März um"), Austrian, Swiss and Latin American words, destinations with an article, short news
("Wir haben geheiratet!"). Own sentences, not evaluation examples; each class has look-alikes."""

from __future__ import annotations

import pytest
from proposals import said

from rapport_plugins.lexicon import classify, spoken_standard


@pytest.mark.parametrize(("text", "standard"), [
    ("Ich fahr morgen nach Hamburg", "Ich fahre morgen nach Hamburg"),
    ("Flieg ich halt am Montag", "Fliege ich halt am Montag"),
    ("Hab nen neuen Job", "Habe einen neuen Job"),
    ("Wir ham grad ne Katze geholt", "Wir haben gerade eine Katze geholt"),
    # English words that look like a German stem stay as they are
    ("I plan to back the band and sing", "I plan to back the band and sing"),
    ("Hast du's gehört, ne?", "Hast du's gehört, ne?"),
])
def test_spoken_german_is_written_out(text, standard):
    assert spoken_standard(text) == standard


@pytest.mark.parametrize(("text", "joined"), [
    ("Wir ziehen im Herbst um.", "umziehen"),
    ("Meine Tochter zieht nächsten Monat aus, nach Leipzig.", "ausziehen"),
    ("Wir ziehen zusammen, endlich.", "zusammenziehen"),
    ("Ich fang im Juli bei der Sparkasse an", "anfangen"),
    ("Sie kam gestern aus Peru zurück", "zurückkommen"),
])
def test_a_separable_verb_is_read_joined(text, joined):
    assert f"({joined})" in spoken_standard(text)


@pytest.mark.parametrize(("text", "category"), [
    # moves: separable, Swiss
    ("Wir ziehen im Frühjahr um", "home"),
    ("Mein Sohn zieht im August aus", "home"),
    ("Wir zügeln im Mai nach Luzern", "home"),
    ("Estamos reformando el baño", "home"),
    # trips: a destination with an article, a participle after it, back from somewhere, a feast somewhere
    ("Wir fahren im Juli an die Nordsee", "travel"),
    ("Ich flieg über Weihnachten in die Dominikanische Republik", "travel"),
    ("Wir sind letztes Jahr nach Norwegen gefahren", "travel"),
    ("Sie ist aus Vietnam zurück", "travel"),
    ("Pasamos el puente en Cádiz", "travel"),
    ("Fuimos a Cusco con mis suegros", "travel"),
    ("Nächstes Jahr geh ich den Jakobsweg", "travel"),
    ("We spent Easter in Kraków", "travel"),
    ("We just got back from Sardinia", "travel"),
    ("Just back from Porto, knackered", "travel"),
    # births, christenings, licences, retirement
    ("Tuvimos una nena el martes", "milestone"),
    ("Meine Cousine hat einen Sohn bekommen", "milestone"),
    ("Am Sonntag ist die Taufe von meinem Neffen", "milestone"),
    ("El domingo bautizamos al peque", "milestone"),
    ("Me saqué la licencia de manejo", "milestone"),
    ("Er geht im Herbst in Frühpension", "milestone"),
    ("Ich werde im Frühling Papa", "milestone"),
    ("Wir haben seit Dienstag ein Baby", "milestone"),
    ("Ya tenemos bebé en casa", "milestone"),
    # work: changed, new, won, lost, Austrian parental leave
    ("Cambié de laburo en marzo", "work"),
    ("Le dieron la plaza en el instituto", "work"),
    ("Hab mich letztes Jahr selbstständig gemacht", "work"),
    ("Ab Mai bin ich in Väterkarenz", "work"),
    # health as Austria, Switzerland and Latin America say it; an injury named by the body part
    ("Mein Vater liegt im Spital", "health"),
    ("Ich bin seit Dienstag im Krankenstand", "health"),
    ("Mi abuelo está internado", "health"),
    ("Me torcí el tobillo jugando al fútbol", "health"),
    ("Hab mir beim Bouldern den Finger verstaucht", "health"),
    # hobbies
    ("Soy fanática del Cruz Azul", "hobby"),
    ("Ando entrenando para el Ironman", "hobby"),
    ("Am Wochenende gehen wir Ski fahren", "hobby"),
])
def test_spoken_classes(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize("text", [
    "Ich fahr morgen in die Arbeit",  # the way to work, no trip
    "Wir gehen in die Stadt essen",
    "Fahren wir ins Büro oder bleiben wir remote?",
    "Der Kunde kommt aus dem Meeting zurück",
    "Die Reform des Arbeitsrechts kommt",
    "I'm back from lunch now",
    "Wir ziehen die Datenbank nächste Woche um",  # a migration moves no home
    "He's back from Monday on",
])
def test_spoken_look_alikes_name_no_topic(text):
    assert not classify(text).is_topic


@pytest.mark.parametrize("turn", [
    "We got engaged!",
    "Wir haben geheiratet!",
    "Ich werde Papa!",
    "Adoptamos una perrita.",
    "Me caso!",
    "Nos mudamos.",
])
def test_short_news_of_ones_own_is_proposed(turn):
    assert len(said(turn)) == 1


@pytest.mark.parametrize("turn", [
    "My dog, yes.",  # a reply, with no subject of its own
    "Yes, my wedding.",
    "Me too, holiday.",
    "I love football.",  # a liking in three words says too little
    "Sí, la boda.",
])
def test_short_replies_are_not(turn):
    assert said(turn) == []


@pytest.mark.parametrize("turn", [
    # somebody the speaker knows, whose life is not theirs: a colleague, a boss, a neighbour, a landlord
    "My line manager is getting married in Crete.",
    "Our neighbours just had twins.",
    "Meine Kollegin geht im März in Elternzeit.",
    "Unser Vermieter zieht nach Spanien.",
    "Mi jefa se jubila en diciembre.",
    "Mis vecinos se separaron.",
    "Mi mejor amiga se casa en Lisboa.",
    "My mate Dave just bought a boat.",
    # a relative's view of the work says nothing of a life
    "My husband reckons the roadmap is too ambitious.",
    "Mein Mann meint, die Präsentation war zu lang.",
    "Mi madre opina que deberíamos cambiar el logo.",
    # a joke that the pet is practically family
    "Unsere Katze ist quasi mein Chef.",
])
def test_other_peoples_news_and_views_are_not_the_speakers(turn):
    assert said(turn) == []


@pytest.mark.parametrize(("turn", "kept", "left_out"), [
    ("Mi compañero de equipo se casa en abril, y yo también tengo noticias: nos mudamos a Gijón.", "mudamos", "abril"),
    ("Die Sabine aus der Buchhaltung heiratet im Juli, und wir haben uns einen Hund geholt.", "Hund", "Juli"),
    ("Priya from legal is off on maternity leave, and we just got back from Japan.", "Japan", "maternity"),
])
def test_the_speakers_own_news_after_somebody_elses(turn, kept, left_out):
    found = said(turn)
    assert len(found) == 1 and kept in found[0] and left_out not in found[0], found


@pytest.mark.parametrize(("turn", "kept"), [
    # Spanish drops the "she": the sentence after the relative goes on about them
    ("Mi hermano vive en Oslo. Se casa en agosto con una noruega.", 'Hermano: "Se casa en agosto con una noruega"'),
    ("Mi mamá está mejor. La operaron el jueves de la cadera.", 'Mamá: "La operaron el jueves de la cadera"'),
    ("Mi hijo Bruno tiene seis años. Empieza a nadar en octubre.", 'Hijo: "Empieza a nadar en octubre"'),
])
def test_a_dropped_subject_goes_on_about_the_relative_just_named(turn, kept):
    assert kept in said(turn)


def test_a_verb_that_opens_a_sentence_is_no_name():
    found = said("Mi hija tiene cuatro años. Empieza el cole en septiembre.")
    assert not any(f.startswith("Empieza:") for f in found), found


@pytest.mark.parametrize("turn", [
    # without a relative just named, a dropped subject is nobody's
    "Se casa en junio, por lo visto.",
    "Empieza el sprint el lunes.",
])
def test_a_dropped_subject_with_no_relative_before_is_nobodys(turn):
    assert said(turn) == []


@pytest.mark.parametrize("turn", [
    # a time said first, then the new subject (German puts its verb before it, Spanish says "we" in the verb)
    "Am Samstag feiert meine Tochter ihren Schulabschluss und nächsten Monat ziehen wir nach Bremen.",
    "El viernes se gradúa mi hijo y en agosto nos vamos a Perú.",
    "My son graduates on Friday and next month we're moving to Leeds.",
    # a relative's new job is a fact of its own
    "Mi marido empieza en un trabajo nuevo en marzo y yo me rompí el tobillo el sábado.",
    "Mein Mann hat eine neue Stelle in Graz und ich hab mich für den Marathon angemeldet.",
    # the same kind of news about another relative
    "Me caso en mayo y mi prima se casa en julio.",
    "We're moving house in June and my brother is moving to Oslo in May.",
])
def test_two_facts_in_one_sentence(turn):
    assert len(said(turn)) == 2, said(turn)


def test_a_consequence_goes_on_to_the_end_of_the_sentence():
    assert len(said("We're renovating the kitchen, so we're eating out a lot and I'm cooking on a camping stove.")) == 1


@pytest.mark.parametrize("turn", [
    # the family spoken of with an article
    "La niña es celíaca, así que nada de pan normal en la excursión.",
    "Die Kleine hat seit Montag die Windpocken.",
    "Los chicos empiezan el cole el lunes.",
    # a Spanish first-person preterite
    "Arranqué a correr con un grupo del barrio.",
    # trips in a vehicle, compounds, through a country, flying home
    "Wir waren zwei Wochen mit dem Wohnwagen in Kroatien.",
    "Ich mach heuer Sommerurlaub in Dänemark.",
    "Im Herbst fahr ich mit dem Rad durch Slowenien.",
    "I fly home on Tuesday for my dad's birthday.",
    # a home bought, moved into, lived in
    "Wir haben endlich den Kaufvertrag unterschrieben.",
    "Firmamos la escritura del piso el martes.",
    "Estoy viviendo en casa de mi hermana hasta marzo.",
    "Wir haben am Wochenende das neue Haus bezogen.",
    # health, leave, a club, an instrument
    "Ando con la presión alta desde el verano.",
    "Ich hab für meine Mutter Pflegezeit beantragt.",
    "Pedí una excedencia de un año.",
    "Ich spiele seit Jahren Tuba im Dorfverein.",
    # scans, keys, ages reached, newly wed, maternity leave, a first day, an operation said in the first person
    "El jueves me hacen una resonancia del hombro.",
    "Ich hab am Freitag ein MRT vom Knie.",
    "Nos entregan las llaves del piso en marzo.",
    "Mein Mann ist gestern 60 geworden.",
    "Somos recién casados, fue en octubre.",
    "Ich bin ab Januar im Mutterschutz.",
    "Heute hatte unsere Tochter ihren ersten Kitatag.",
    "Me operé del menisco en verano.",
    "We're doing Veganuary this year.",
])
def test_more_spoken_disclosures(turn):
    assert len(said(turn)) == 1, said(turn)


@pytest.mark.parametrize("turn", [
    "Das spielt für mich keine Rolle, wir haben das so vereinbart.",
    "El café de la oficina es malísimo, la verdad.",
    # wishes to the listener
    "Congrats on the new job, I heard it from Tom, I'm so happy for you!",
    "Herzlichen Glückwunsch zur Hochzeit, ich hab die Fotos gesehen!",
    "¡Felicidades por el bebé! Vi las fotos.",
    # news somebody else told the speaker, in Spanish word order
    "Me contó Lucía que se va a vivir a Quito.",
    "Nos dijo Ramón que ya tienen fecha para la boda.",
    # a relative's feeling about what came before
    "Meine Frau ist total stolz.",
    "Mi padre está feliz.",
])
def test_spoken_look_alikes_are_not_disclosures(turn):
    assert said(turn) == [], said(turn)


def test_a_relatives_feeling_with_news_of_its_own_is_kept():
    assert len(said("Meine Frau ist total stolz, sie hat die Meisterprüfung bestanden.")) == 1


@pytest.mark.parametrize(("text", "day"), [
    ("wir ham am Samstag den Vertrag unterschrieben", "2026-10-10"),  # spoken "ham" + participle: past
    ("hab am Montag den Führerschein gemacht", "2026-10-12"),
    ("wir ham am Samstag Hochzeit", "2026-10-17"),  # no participle: the Saturday to come
    # the "we" of an -er verb's preterite (-imos, its present is -emos) points back
    ("nos comprometimos el sábado", "2026-10-10"),
    ("vendimos el piso el sábado", "2026-10-10"),
    ("salimos el sábado", "2026-10-17"),  # an -ir verb: present and past alike, the Saturday to come
])
def test_spoken_german_perfect_points_back(text, day):
    from datetime import date

    from rapport_plugins.dates import find_date

    assert str(find_date(text, date(2026, 10, 14)).date) == day


@pytest.mark.parametrize("turn", [
    "My best friend died last month.",  # a friend's death is the speaker's grief
    "Mi mejor amigo está en el hospital desde el lunes.",
    "I'm flying to Rome for my friend's wedding.",  # the speaker's own trip
])
def test_a_friends_loss_or_the_speakers_own_plan_is_kept(turn):
    assert len(said(turn)) == 1, said(turn)


@pytest.mark.parametrize("turn", [
    # a trip for work, the work unit's move, places and keys that are the job's
    "Ich fahr morgen in die Zentrale nach Frankfurt, wegen des Audits.",
    "Fuimos a Valencia a ver al cliente.",
    "I'm flying to Dublin on Monday for the client workshop.",
    "Unsere Abteilung zieht nächstes Jahr nach Leipzig um.",
    "Our company is moving offices in May.",
    "El cliente nos dio la plaza de proveedor oficial.",
    "Nos dieron las llaves de la oficina nueva.",
    "Pasamos el ticket en Jira a la columna de hecho.",
])
def test_the_jobs_trips_and_places_are_not_a_life(turn):
    assert said(turn) == [], said(turn)


@pytest.mark.parametrize("turn", [
    "Mi equipo de fútbol ganó la liga el domingo.",  # a team may be the speaker's own club
    "Wir ziehen nächstes Jahr nach Leipzig um.",
    "Pasamos el puente en Cádiz con los niños.",
])
def test_the_speakers_own_team_move_and_holiday_are_kept(turn):
    assert len(said(turn)) == 1, said(turn)


# German as it is spoken in the south (Bavaria, Austria, Switzerland): "mei"/"mini" before a noun is "my", "ma" after
# its verb and "hamma"/"samma" are "we"; its words for born, died, moved, an apprenticeship, an age reached
@pytest.mark.parametrize("turn", [
    "Mei Tochter hat im Oktober a Madl kriagt, die Lena.",
    "Mini Schwöschter isch letscht Wuche gstorbe.",
    "Mei Bua fangt im September mit da Lehre o, als Zimmerer.",
    "Im Mai fahr ma nach Kroatien, zwoa Wochen mit'm Wohnwagen.",
    "Nächste Woch werd i 60, da gibt's a Grillfest.",
    "Mir san im Frühjahr nach Linz zogn, weg vom Land.",
    "Mir kaufen a Haus in Traun, im März is Notartermin.",
    "Mei Enkelin is am Freitag auf d'Welt kemma.",
])
def test_southern_german_first_person_and_news(turn):
    assert len(said(turn)) == 1, said(turn)


@pytest.mark.parametrize("turn", [
    "Ja mei, des is halt so mit de Lieferanten.",
    "Mei, war des a Gschicht mit dem Server.",
    "Des schaff ma bis Freitag, des Angebot.",
])
def test_a_sighing_mei_or_a_we_at_work_is_no_disclosure(turn):
    assert said(turn) == []

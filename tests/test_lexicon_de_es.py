"""The disclosure lexicon in German and Spanish as people say it (with English neighbours): fans
and clubs, feasts, sign-ups, trips back from somewhere, births, great-grandparents, engagements,
retirement, naturalisation, degrees, German compounds and quitting drink. Own sentences; each
class has look-alikes that must not match it."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import disclosure, split_sentences, third_person_note
from rapport_plugins.lexicon import classify


@pytest.mark.parametrize(("text", "category"), [
    # fans and clubs: a club's fan is a hobby, other fandom a preference (docs/lexicon.md); a game, a result is play
    ("Mein Mann ist großer Union-Fan", "hobby"),
    ("Sie ist eine treue Werder Fanin", "preference"),
    ("Yo soy muy hincha de Boca", "hobby"),
    ("Es re fan de Soda Stereo", "preference"),
    ("Mi hijo juega en el CD Leganés", "hobby"),
    ("Unser Sohn spielt beim TSV Haar", "hobby"),
    ("Su hijo juega en el Getafe CF", "hobby"),
    ("Ayer ganó el Atlas, ando feliz", "hobby"),
    ("Los Pumas perdieron otra vez", "hobby"),
    ("Meine Tochter spielt jetzt in der E-Jugend", "hobby"),
    ("Er hat eine Dauerkarte", "preference"),
    # pastimes
    ("Montags geht sie kegeln", "hobby"),
    ("Se mudaron a Mendoza", "home"),
    ("Me he apuntado a natación en el polideportivo", "hobby"),
    ("Se apuntó a clases de salsa", "hobby"),
    ("Vuelvo al gimnasio en enero", "hobby"),
    ("Wir waren auf einem Konzert von Seeed", "hobby"),
    ("Fuimos al concierto de Rosalía", "hobby"),
    # feasts and festivals
    ("Wir feiern Fasching im Dorf", "hobby"),
    ("Wir fahren über Fasching in die Berge", "travel"),  # a trip over the feast: the trip
    ("Estoy muerta de las Fallas", "hobby"),
    ("Am Samstag ist Kirtag im Dorf", "hobby"),
    ("Mañana empiezan las fiestas del pueblo", "hobby"),
    # trips
    ("Volví de Cartagena el martes", "travel"),
    ("Nos fuimos al pueblo todo agosto", "travel"),
    ("Estuvimos en Oaxaca del jueves al domingo", "travel"),
    ("Sind gerade zurück aus Lissabon", "travel"),
    ("Er ist ab Montag drei Wochen weg", "travel"),
    ("Wir sind zwei Wochen beruflich in Peru", "travel"),
    ("Two weeks abroad in Chile with the kids", "travel"),
    # milestones
    ("Unser Enkel ist am Montag geboren", "milestone"),
    ("Mi hermana dio a luz anoche", "milestone"),
    ("Ich bin jetzt Uroma", "milestone"),
    ("Ya soy abuela", "milestone"),
    ("Nos comprometimos en Navidad", "milestone"),
    ("Er ist seit Januar Rentner", "milestone"),
    ("Sie hat ihre Einbürgerungsurkunde bekommen", "milestone"),
    ("Le pidió matrimonio en la playa", "milestone"),
    # degrees
    ("Empieza una maestría en finanzas", "education"),
    # a relative's job in medicine is family news ("ihr Partner", "sein Partner")
    ("Ihr Partner arbeitet als Kardiologe in Bern", "family"),
    ("Su marido es cardiólogo en el Clínico", "family"),
    ("Sie macht gerade ihren Bachelor in Graz", "education"),
    # health: a German compound with a hyphen, quitting drink
    ("Der Kleine hat Diabetes-Schulung in der Klinik", "health"),
    ("Dejó el alcohol hace un año", "health"),
    ("Trinkt keinen Alkohol mehr seit der Reha", "health"),
])
def test_german_and_spanish_topics(text, category):
    assert classify(text).category == category


@pytest.mark.parametrize("text", [
    "Me comprometí a entregar el informe el lunes",  # committed to a task, not engaged
    "Se comprometió con el cliente",
    "Juan ganó el premio al mejor vendedor",  # a person's prize, not a team's result
    "The TV is broken",
    "Wir haben uns die Zahlen angesehen",
])
def test_look_alikes_name_no_topic(text):
    assert not classify(text).is_topic


def test_a_saint_or_a_title_does_not_end_a_sentence():
    assert split_sentences("Er trainiert die Bambini beim FC St. Pauli, das ist toll. Danach Pause.") == [
        "Er trainiert die Bambini beim FC St. Pauli, das ist toll.", "Danach Pause."]
    assert len(split_sentences("Quedé con la Sra. Gómez y el Dr. Ruiz. Luego nada.")) == 2


@pytest.mark.parametrize("sentence", [
    "Volvimos de Japón el domingo, todavía con jet lag",
    "Soy muy fan de Los Planetas, ojalá suene en la boda",
    "Ich bin riesiger Hertha-Fan, falls jemand mit ins Stadion will",
    "Ich trainiere seit Herbst die Bambini beim SV Lohhof",
])
def test_spoken_disclosures_in_german_and_spanish(sentence):
    assert disclosure(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Se ha apuntado a un coro del barrio, le encanta",
    "Se mudó a Rosario en mayo",
    "Fliegt im Mai zur Hochzeit nach Lima",
    "Quiere correr la maratón de Sevilla",
])
def test_subjectless_note_lines_are_the_other_persons(sentence):
    found = third_person_note(sentence, ["Ana Ruiz", "Tom Berg"])
    assert found is not None and found[0] is None


@pytest.mark.parametrize(("sentence", "text"), [
    ("Me cuenta que su hija dio a luz el martes", "Su hija dio a luz el martes"),
    ("Pat. berichtet: Enkel am Mo geboren", "Enkel am Mo geboren"),
    ("Pt. reports her son got engaged", "Her son got engaged"),
    ("En agosto se van al pueblo, a Soria", "En agosto se van al pueblo, a Soria"),
])
def test_a_clinicians_report_and_a_fronted_time_are_the_other_persons(sentence, text):
    found = third_person_note(sentence, ["Ana Ruiz", "Tom Berg"])
    assert found is not None and found[:2] == (None, text)


@pytest.mark.parametrize(("text", "category", "sensitivity"), [
    # death as a figure of speech is no loss
    ("Es del Betis a muerte, desde niño", "other", "light"),
    ("Me muero de ganas de ver a mi nieta", "family", "personal"),
    ("Ich hab mich zu Tode gelangweilt im Urlaub", "travel", "light"),
    ("I'm dying to see the new Almodóvar film", "preference", "light"),
    # ... a death is
    ("Su padre murió de un infarto", "loss", "sensitive"),
    ("My gran is dying, they moved her to a hospice", "loss", "sensitive"),
    # research and training in medicine are jobs: a relative's is family news
    ("Ihr Mann hat die Stelle am Herzforschungszentrum bekommen", "family", "personal"),
    ("Mi hermano entró de residente en pediatría en La Paz", "family", "personal"),
    ("Sie arbeitet in der Krebsforschung", "work", "personal"),
    ("Ich bin seit Kurzem Notfallsanitäter", "work", "personal"),
])
def test_figures_of_death_and_medical_careers(text, category, sensitivity):
    found = classify(text)
    assert (found.category, found.sensitivity) == (category, sensitivity)


def test_a_local_resident_is_no_medical_career():
    assert not classify("Soy residente de la zona").is_topic


@pytest.mark.parametrize(("sentence", "category"), [
    ("Ich spiele seit zwanzig Jahren Posaune im Musikverein", "hobby"),
    ("Unser Jüngster kommt im Herbst in den Kindergarten", "milestone"),
    ("Ich habe mir ein E-Bike gekauft und fahre jetzt überall damit hin", "hobby"),
    ("Ich habe endlich meinen Meister gemacht", "milestone"),
    ("Meine Tochter macht nächstes Jahr Matura", "milestone"),
    ("Mein Mann und ich haben im Mai silberne Hochzeit", "anniversary"),
    ("Mi perrita Luna cumplió diez años", "pet"),
    ("Estoy aprendiendo a bucear, el mes que viene me certifico", "hobby"),
    ("Nos compramos una casita en la playa", "home"),
    ("Ich bin im Mai aus Kiel hergezogen und mein Sohn spielt jetzt Handball", "home"),
    ("Me recibí de contadora el viernes", "milestone"),
    ("Ando de vacaciones con la familia en Cartagena", "travel"),
    ("Me voy de mochilero por Centroamérica tres meses", "travel"),
    ("Me salió la visa para Canadá", "milestone"),
    ("Mi suegra se vino a vivir con nosotros", "home"),
    ("Con mi esposo celebramos 25 años de casados", "anniversary"),
])
def test_more_german_and_spanish_disclosures(sentence, category):
    found = disclosure(sentence)
    assert found is not None and found[1].category == category


@pytest.mark.parametrize("text", [
    "Vino a la reunión tarde",  # came, not wine
    "Se vino abajo el servidor",
    "Compré un cargador nuevo para el portátil",
])
def test_spanish_look_alikes(text):
    assert not classify(text).is_topic

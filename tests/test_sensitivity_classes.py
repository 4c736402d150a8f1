"""Sensitivity of whole classes (issue 8), in English, German and Spanish, in sentences written for
this test: a sensitive thing said lightly, someone named only by a first name with a condition,
end-of-life care, grief anniversaries, a relative's procedure, the law, immigration and school
trouble are sensitive; an animal's own health is the pet's (personal), but the person's own health
with a pet in the sentence is theirs; a relative's job near medicine is no health matter."""

from __future__ import annotations

import pytest

from rapport_plugins.care import caution
from rapport_plugins.lexicon import classify


@pytest.mark.parametrize("text", [
    # a sensitive thing said lightly, then a light one
    "Mum's chemo is going fine, anyway, did you see the match?", "Her dad's dialysis is routine now, she's back at tennis",
    "Die Chemo vom Vater läuft gut, egal, hast du das Spiel gesehen?", "La quimio de su madre va bien, en fin, ¿viste el partido?",
    # someone named only by a first name, with a condition or a procedure
    "Dani has diabetes", "Leo has type 1", "Mango needs dental work", "Toby had two teeth out on Monday",
    "Ella has a root canal on Friday", "Toni hat Diabetes", "Mango muss zum Zahnarzt", "Bruno wird am Donnerstag operiert",
    "A Canela la operan el jueves", "Dani tiene diabetes", "Mango tiene que ir al dentista",
    # end-of-life care of a relative
    "Her mum is receiving end-of-life care", "Dad's on comfort care now", "Oma ist im Hospiz", "Sein Vater wird palliativ versorgt",
    "Su padre está en cuidados paliativos", "Vive en la residencia de su madre desde marzo",
    # grief anniversaries
    "Sunday is a year since her brother died", "First Mother's Day without her mum", "Her dad would have turned 70 on Sunday",
    "Erstes Weihnachten ohne ihren Vater", "Sein Vater hätte am Sonntag 70 werden sollen", "Am Todestag ihrer Mutter",
    "Primera Navidad sin su madre", "Su padre habría cumplido 80 el domingo", "El aniversario de la muerte de su hermano",
    # a relative's procedure
    "Grandad has his hip done next week", "Her dad is having a stent fitted", "Mum's having her cataracts done",
    "Oma bekommt eine neue Hüfte", "A su padre le ponen un marcapasos",
    # the law, immigration, school trouble, a scare
    "The court case is in June", "Taking her landlord to court", "Employment tribunal next month", "Hat einen Gerichtstermin",
    "Der Rechtsstreit mit dem Vermieter", "Tiene un juicio en mayo", "Visa appeal is next week", "Ärger mit dem Visum",
    "Sigue sin papeles", "Her son is being bullied", "Suspension from school for a week", "Ihre Tochter wird gemobbt",
    "Acoso escolar en el instituto", "The pregnancy scare is over", "Had a cancer scare in May",
    "Desde la separación vive sola", "Der Sorgerechtsstreit läuft noch", "Está en desintoxicación",
    # the person's own health, with a pet in the sentence
    "Our dog got me through my burnout", "The cat kept me going through rehab", "Unser Hund hat mir durch die Reha geholfen",
    "Mi perro me ayudó a superar la depresión",
])
def test_a_sensitive_class_is_sensitive(text):
    c = classify(text)
    assert c.sensitivity == "sensitive", (text, c)


@pytest.mark.parametrize("text", ["Our dog Mango needs dental work", "Her cat has surgery on Friday", "Unser Hund hatte eine OP",
                                  "El perro cojea desde el lunes", "Her dog's surgery went well"])
def test_an_animals_own_health_is_the_pets_and_no_small_talk(text):
    c = classify(text)
    assert (c.category, c.sensitivity) == ("pet", "personal"), (text, c)
    assert caution(text) is not None, text


@pytest.mark.parametrize("text", ["Her brother got a new job as a nurse", "Her sister became a nurse",
                                  "Su hermana es enfermera en la UCI", "Sie ist Krankenschwester auf der Intensivstation"])
def test_a_relatives_job_near_medicine_is_no_health_matter_but_no_opener_either(text):
    c = classify(text)
    assert c.category != "health" and c.sensitivity != "sensitive", (text, c)


@pytest.mark.parametrize("text", ["First week without his phone, he loves it", "Would have been thirty minutes late anyway",
                                  "Primer día sin su móvil", "Olga fährt im Mai zwei Wochen nach Portugal",
                                  "Loves the tennis court near her flat", "Has a sweet tooth", "Le encantan los deportes"])
def test_words_near_a_class_that_are_not_in_it(text):
    c = classify(text)
    assert c.sensitivity != "sensitive", (text, c)


@pytest.mark.parametrize("text", [
    # care and results said in other words
    "Her dad moved into memory care last month", "Grandma is in a care facility now", "Got the all-clear after the scan",
    "Her husband got the all clear on Friday", "A su padre le dieron el alta ayer", "Su tía ya está dada de alta",
    "Su abuelo sigue en la clínica", "Sie hatte einen Beinbruch", "Er hat sich den Arm gebrochen",
    # said in confidence: never for a shared place, whatever it is about
    "They're expecting again but nobody knows yet", "New job offer - keep it quiet", "Applying to Google, his boss doesn't know yet",
    "Sie ist schwanger, das weiß noch niemand", "Er wechselt den Job, noch geheim", "Se casan en mayo, que no se entere nadie",
    "Está buscando trabajo, su jefe todavía no lo sabe",
])
def test_care_results_injuries_and_confidences_are_sensitive(text):
    assert classify(text).sensitivity == "sensitive", (text, classify(text))


@pytest.mark.parametrize("text", [
    # a job at a lab, institute, centre or department near medicine is career news
    "Her sister started at a diabetes research institute", "My brother got a job at the cancer research lab",
    "Sein Bruder hat eine Stelle am Tumorzentrum bekommen", "Ihre Tochter arbeitet jetzt am Herzzentrum",
    "Mi primo entró de adjunto en cardiología", "Su hijo está preparando el MIR",
    # worry about something is no mental-health matter; idioms and look-alikes
    "She's anxious about the flight", "Anxious he'll miss the kick-off", "Es del Betis a muerte", "Hace un frío de muerte", "Hincha del Atleti de toda la vida",
    "Die Firma ist im Umbruch", "Ein echter Durchbruch beim Projekt", "Le pilla lejos el juzgado donde trabaja",
])
def test_career_news_worry_and_idioms_are_no_health_matter(text):
    c = classify(text)
    assert c.category not in ("health", "loss") and c.sensitivity != "sensitive", (text, c)


@pytest.mark.parametrize("text", ["Still plays bridge at the club", "Großer THW-Fan", "Hincha del Atleti de toda la vida",
                                  "Socio del Levante desde niño", "Plays 5-a-side on Thursdays"])
def test_a_card_game_and_a_clubs_fan_are_hobbies(text):
    assert (classify(text).category, classify(text).sensitivity) == ("hobby", "light"), (text, classify(text))


@pytest.mark.parametrize("text", [
    # conditions by the shape of their names, organ failure, syndromes, hearing aids, medicines that tell of illness
    "Hat Arthrose im Knie", "Tiene artrosis en las manos", "Has fibromyalgia", "Tiene fibromialgia", "She has lupus",
    "His dad has kidney failure", "Der Opa hat Herzinsuffizienz", "Su padre tiene insuficiencia renal",
    "Her son has Down syndrome", "Ihr Sohn hat das Down-Syndrom", "Su hija tiene síndrome de Down",
    "Her daughter is on the spectrum", "Su hijo tiene TDAH", "Su hija tiene dislexia", "Just got hearing aids",
    "Hat jetzt ein Hörgerät", "Is on steroids for a month", "Er hatte eine Amputation",
    # a stay or a trip for treatment, shorthand of a clinic
    "Fährt im Herbst zur Kur", "Freut sich auf die Mutter-Kind-Kur", "Macht Reha-Sport", "Geht zur Herzsportgruppe",
    "Flying to Boston for treatment in May", "Fährt nach Essen zur Behandlung", "Viaja a Houston para el tratamiento",
    "Lo ingresaron anoche", "Su madre está internada", "Ingreso en planta el jueves", "Tx going well", "Back at work post-op",
    "Der Opa ist jetzt zuckerkrank", "Goes to a support group", "Geht in eine Selbsthilfegruppe", "Va a un grupo de apoyo",
    "Die Mutter ist ins Heim gezogen", "His gran moved into a home in May",
    # fertility treatment, sobriety
    "Tercer intento de FIV", "Seit zwei Jahren trocken", "Lleva un año sobrio", "Doesn't drink any more", "Ya no bebe",
    # burial and remembrance, a pet's death said gently, firsts without someone
    "Flying to Accra for the burial", "Zur Beisetzung nach Linz", "Al novenario de su tía", "Misa por su abuela el domingo",
    "Ran the half in memory of her dad", "Der Geburtstag vom verstorbenen Opa", "El cumple de su difunto marido",
    "Sunday would have been her dad's 80th", "Her birthday would have been on Friday", "Her 60th, first without her husband",
    "Sein 40., der erste ohne seinen Vater", "Su 30 cumpleaños, el primero sin su madre", "Pip crossed the rainbow bridge",
    "Der Hund ist über die Regenbogenbrücke gegangen", "Tuvimos que despedirnos de Lola",
    # separation said lightly, debts, the law, a topic to steer clear of
    "They split amicably in March", "Paying off the credit cards", "Working two jobs to make ends meet",
    "Lo echaron del trabajo", "Tiene juicio el martes", "Fährt zum Prozess nach Köln", "Her brother was sentenced",
    "Prefers not to talk about her sister", "Don't mention the wedding", "Möchte nicht über den Vater reden",
    "Prefiere no hablar de su ex", "Sore subject, his old job",
])
def test_more_classes_are_sensitive(text):
    c = classify(text)
    assert c.sensitivity == "sensitive", (text, c)


@pytest.mark.parametrize(("text", "category"), [
    # what comes before a birth, an adoption under way, papers to stay: news to follow up, not small talk
    ("Entbindungstermin ist im Mai", "milestone"), ("Sale de cuentas en agosto", "milestone"), ("Loves prenatal yoga", "milestone"),
    ("Macht Schwangerschaftsyoga", "milestone"), ("Clases de preparación al parto", "milestone"),
    ("Sie adoptieren ein Kind aus Kolumbien", "milestone"), ("Están adoptando un niño", "milestone"),
    ("Termin bei der Ausländerbehörde am Montag", "milestone"), ("Cita en extranjería el martes", "milestone"),
    ("Waiting for the visa, then Canada", "milestone"), ("Su cumple es el 3 de mayo", "birthday"),
])
def test_news_before_a_birth_and_papers_are_personal(text, category):
    c = classify(text)
    assert (c.category, c.sensitivity) == (category, "personal" if category != "birthday" else "light"), (text, c)


@pytest.mark.parametrize("text", ["The cat is on steroids", "Der Hund hat Arthrose", "La perra tiene artrosis",
                                  "Das Pferd hat eine Kolik", "Our cat has kidney failure"])
def test_an_animals_condition_is_the_pets(text):
    c = classify(text)
    assert (c.category, c.sensitivity) == ("pet", "personal"), (text, c)


@pytest.mark.parametrize("text", ["Ich fahre sie jeden Tag zur Behandlung ins Studio", "Enkelin geboren, war im KH zu Besuch",
                                  "Split the bill at the tapas bar", "We split the cost of the cabin", "Macht einen Kurs in Töpfern",
                                  "Their new home is near the beach", "Va a la misa de gallo"])
def test_look_alikes_of_the_new_classes_are_not_sensitive(text):
    assert classify(text).sensitivity != "sensitive", (text, classify(text))


@pytest.mark.parametrize(("text", "category", "sensitivity"), [
    # a vet's appointment, an accident, an animal off its food, a treatment by its medicine: the animal's health
    ("Kasimir hat Montag einen Termin beim Tierarzt", "pet", "personal"), ("Nala goes to the vet on Friday", "pet", "personal"),
    ("Our spaniel got hit by a car last week", "pet", "personal"), ("Der Hund wurde angefahren", "pet", "personal"),
    ("A mi perro lo atropelló una moto", "pet", "personal"), ("Die Katze frisst seit Tagen kaum", "pet", "personal"),
    ("Su perro está con tratamiento de cortisona", "pet", "personal"), ("El gato necesita insulina", "pet", "personal"),
    # a relative passed, named; organs, blood pressure, care leave, an appointment written short
    ("Since her husband Pete passed in May she's been quiet", "loss", "sensitive"),
    ("Tiene problemas de tiroides", "health", "sensitive"), ("Hat was mit der Schilddrüse", "health", "sensitive"),
    ("Le quitan la vesícula en junio", "health", "sensitive"), ("Su madre tiene la presión alta", "health", "sensitive"),
    ("Nimmt ab März Familienpflegezeit", "work", "personal"), ("GP appt on Monday", "health", "sensitive"),
    ("Es alérgica a los camarones", "health", "sensitive"), ("Mi hijo es alérgico al cacahuate", "health", "sensitive"),
    # a faith practice and a trip to be with someone: personal
    ("Fasts during Ramadan, so no lunch meetings", "preference", "personal"), ("Fastet im Ramadan", "preference", "personal"),
    ("Keeps kosher since last year", "preference", "personal"), ("Off on Umrah in the spring", "travel", "personal"),
    ("Flying to Dublin on Friday to be with her mum", "travel", "personal"),
    ("Fliegt am Montag nach Izmir, um bei seiner Mutter zu sein", "travel", "personal"),
    ("Viaja a Quito para acompañarlo en la operación", "health", "sensitive"),
    # pastimes, a camper, a ski holiday, a home bought or left, a leave, a wedding in the past
    ("Does the crossword every morning", "hobby", "light"), ("Löst jeden Abend Kreuzworträtsel", "hobby", "light"),
    ("Hace crucigramas en el tren", "hobby", "light"), ("Züchtet Brieftauben im Garten", "hobby", "light"),
    ("Im Sommer mit dem Wohnmobil nach Schweden", "travel", "light"), ("Skiferien in Arosa im Februar", "travel", "light"),
    ("Kaufvertrag für das Haus ist unterschrieben", "home", "personal"), ("Zieht im Mai aus", "home", "personal"),
    ("Pidió una excedencia de un año", "work", "personal"), ("Su hermana se casó en abril", "milestone", "personal"),
])
def test_animals_faith_pastimes_and_homes(text, category, sensitivity):
    c = classify(text)
    assert (c.category, c.sensitivity) == (category, sensitivity), (text, c)


@pytest.mark.parametrize("text", ["Wir kriegen die Schlüssel am Freitag", "Her sister is a vet, she works nights at the clinic", "Er kriegt im Juni sein Zeugnis",
                                  "Is allergic to this sprint"])
def test_look_alikes_of_war_moves_and_allergies(text):
    c = classify(text)
    assert c.sensitivity != "sensitive" and c.category not in ("home", "health"), (text, c)

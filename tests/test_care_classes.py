"""The care classes an audit of the dev split found misplaced (issue 8), one rule each, in English,
German and Spanish: a diet or intolerance is kept in mind (never "enjoy", never an opener); a
relative's new diagnosis and a procedure are health news (deep, let them lead); a dislike is never
joy; a relative's job in health care, a retirement or a farewell party is no health matter; money
trouble, crime and disaster are never small talk. ``care.small_talk`` is the one gate."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_plugins.care import care_kind, effective_sensitivity, small_talk
from rapport_plugins.extract import disclosure
from rapport_plugins.lexicon import classify, dislikes
from rapport_plugins.models import Memory, Person
from rapport_plugins.prompting import Settings, memory_prompts
from rapport_plugins.wording import frames_for

TODAY = date(2026, 4, 2)


def _stored(text: str) -> Memory:
    """A memory as capture stores it: the lexicon's category and sensitivity."""
    c = classify(text)
    return Memory(person_id=1, id=7, text=text, category=c.category, sensitivity=c.sensitivity,
                  captured_at="2026-03-30T10:00:00+00:00")


def _kinds(memory: Memory) -> list[tuple[str, str]]:
    prompts = memory_prompts(Person(name="Anna Berg", id=1), [memory], None, TODAY, Settings())
    return [(p.kind, p.text) for p in prompts if 7 in p.memory_ids]


MEDICAL_DIETS = ["Verträgt kein Gluten", "No puede comer gluten", "Hat eine Glutenunverträglichkeit",
                 "On a low-FODMAP diet", "Eats low FODMAP", "Laktoseintoleranz", "Verträgt keine Laktose",
                 "Intolerante a la lactosa", "Tiene intolerancia al gluten", "Celiaquía", "Hat Zöliakie",
                 "Lactose intolerant", "Sie ist Diabetikerin", "No caffeine (triggers panic)"]
OTHER_DIETS = ["Sin gluten", "Come sin gluten", "Sigue una dieta sin gluten", "Isst glutenfrei", "Ernährt sich glutenfrei",
               "I'm gluten-free, not coeliac or anything, I just feel better without it", "Isst halal",
               "P is Seventh-day Adventist, no pork + Saturdays she's at church till 1", "Ich esse kein Schweinefleisch", "No como carne roja", "Vegetarierin", "Sie ist Vegetarierin",
               "Vegetariana desde hace años", "Pescatarian", "No bebe alcohol"]
# A faith practice is kept in mind too, and is personal: followed up gently, never for a shared place.
FAITH_PRACTICES = ["Keeps kosher", "Fasting for Ramadan, no lunch meetings", "Fastet im Ramadan, keine Mittagstermine",
                   "Ayuna en Ramadán, nada de comidas de trabajo"]


@pytest.mark.parametrize("text", MEDICAL_DIETS)
def test_a_medical_diet_or_intolerance_is_kept_in_mind_and_is_sensitive(text):
    memory = _stored(text)
    assert care_kind(memory) == "keep_in_mind", text
    assert effective_sensitivity(memory) == "sensitive", text
    assert [k for k, _ in _kinds(memory)] == ["keep_in_mind"], text


@pytest.mark.parametrize("text", FAITH_PRACTICES)
def test_a_faith_practice_is_kept_in_mind_and_personal(text):
    memory = _stored(text)
    assert care_kind(memory) == "keep_in_mind", text
    assert memory.sensitivity == "personal" and effective_sensitivity(memory) == "personal", text


@pytest.mark.parametrize("text", OTHER_DIETS)
def test_a_diet_of_conscience_or_by_choice_is_kept_in_mind_never_enjoyed(text):
    memory = _stored(text)
    assert care_kind(memory) == "keep_in_mind", text
    assert memory.sensitivity == "light" and effective_sensitivity(memory) == "light", text
    assert [k for k, _ in _kinds(memory)] == ["keep_in_mind"] and not small_talk(memory), text
    assert all("enjoy" not in t for _, t in _kinds(memory)), text


@pytest.mark.parametrize("text", [
    "Daughter diagnosed with type 1 diabetes", "Her daughter Niamh was just diagnosed with type 1 diabetes",
    "My son was diagnosed with type 1 diabetes two weeks ago, so we're all learning to count carbs",
    "A mi padre le diagnosticaron diabetes", "A su hija le han diagnosticado celiaquía",
    "Bei meiner Mutter wurde Diabetes festgestellt", "Bei ihrem Sohn wurde eine Nussallergie diagnostiziert",
])
def test_a_relatives_new_diagnosis_is_a_deep_topic_not_a_thing_to_act_on(text):
    memory = _stored(text)
    assert care_kind(memory) == "health", text
    assert [k for k, _ in _kinds(memory)] == ["deep"], text


@pytest.mark.parametrize("text", ["Diagnosed with coeliac disease last year, like her mum", "Has been diagnosed with celiac disease",
                                  "Our Misha is allergic to kiwi", "My mum's moving in with us, she uses a wheelchair"])
def test_ones_own_diagnosis_and_a_relatives_standing_need_stay_things_to_keep_in_mind(text):
    assert care_kind(_stored(text)) == "keep_in_mind", text


@pytest.mark.parametrize("text", [
    "Nil by mouth before the procedure on Friday", "Walter is nil by mouth after midnight before the procedure",
    "Fasting before the colonoscopy on Tuesday", "Muss vor dem Eingriff nüchtern bleiben",
    "Hat nächste Woche eine Darmspiegelung", "Hat am Freitag einen Eingriff am Knie",
    "Tiene que estar en ayunas antes de la operación", "Tiene una colonoscopia el lunes", "Le van a operar de la rodilla",
    "Having a minor procedure on Friday", "Mañana tenemos la ecografía de las veinte semanas",
])
def test_a_procedure_is_sensitive_health_never_a_plain_follow_up(text):
    memory = _stored(text)
    assert memory.category == "health" and memory.sensitivity == "sensitive", text
    assert care_kind(memory) == "health" and not small_talk(memory), text
    dated = Memory(**{**memory.__dict__, "event_date": "2026-03-31", "follow_up": "open"})
    assert {k for k, _ in _kinds(dated)} == {"deep"}, text


DISLIKES = ["Yo odio correr", "Odia correr, jaja", "Can't stand coffee", "She can't stand coffee - bring tea",
            "Hasst Fliegen", "Hates flying", "Hates small talk about football lol", "Mag keinen Kaffee",
            "No soporta el café", "No le gusta nada el fútbol", "Not a fan of karaoke", "Kann Karaoke nicht ausstehen"]


@pytest.mark.parametrize("text", DISLIKES)
def test_a_dislike_is_never_something_they_enjoy(text):
    memory = _stored(text)
    assert dislikes(text), text
    assert memory.category in ("preference", "other"), text
    assert not small_talk(memory), text
    (kind, prompt), = _kinds(memory)
    assert kind == "keep_in_mind" and prompt.startswith("Not a fan: "), (text, prompt)
    assert all("enjoy" not in frame for frame in frames_for(Memory(person_id=1, text=text, category="preference")))


@settings(max_examples=80, deadline=None, derandomize=True)
@given(text=st.sampled_from(DISLIKES), category=st.sampled_from(["preference", "hobby", "travel", "other", "pet"]),
       pinned=st.booleans())
def test_a_dislike_stored_light_under_any_category_never_opens(text, category, pinned):
    memory = Memory(person_id=1, id=7, text=text, category=category, sensitivity="light", pinned=pinned,
                    captured_at="2026-03-30T10:00:00+00:00")
    assert all(k == "keep_in_mind" and "enjoy" not in t for k, t in _kinds(memory))


@pytest.mark.parametrize("text", ["We just got a rescue greyhound, he's called Bolt and he hates video calls",
                                  "Used to hate running, now does parkrun every week", "Loves hot chocolate"])
def test_an_animals_dislike_or_a_past_one_is_not_theirs(text):
    assert not dislikes(text) and small_talk(_stored(text)), text


def test_something_they_enjoy_only_where_the_text_says_so():
    enjoy = "Something they enjoy: '{text}'."
    assert enjoy in frames_for(Memory(person_id=1, text="Loves hot chocolate", category="preference"))
    assert enjoy in frames_for(Memory(person_id=1, text="Le encanta el jazz", category="preference"))
    assert enjoy not in frames_for(Memory(person_id=1, text="Big coffee drinker, black", category="preference"))
    assert care_kind(_stored("Rukhsana prefers calls after 6pm")) == "keep_in_mind"


@pytest.mark.parametrize("text", [
    "My sister just became a nurse", "Son got into medical school", "Sister just became a radiographer at the same hospital",
    "Her brother is an anaesthetist at Guy's", "Mi hermana es fisioterapeuta en un hospital",
    "Sie arbeitet jetzt als Physiotherapeutin", "Works nights on the ward", "Retiring in June", "Just retired",
    "Se jubila el año que viene", "Fina se jubila el año que viene, quiere una despedida sencilla",
    "Geht im Sommer in den Ruhestand", "I'm a single dad of two", "Sie ist alleinerziehend",
    "Oliver's partner Sam is an ICU nurse, so he does every morning with the twins", "She's an oncology nurse",
    "Sam works nights on the ICU",
])
def test_a_job_in_health_care_a_retirement_or_a_farewell_is_no_health_matter(text):
    c = classify(text)
    assert c.sensitivity != "sensitive", (text, c)
    assert care_kind(_stored(text)) is None, text


@pytest.mark.parametrize("text", ["Her dad is in the ICU", "They are in the ICU with their son"])
def test_a_relative_in_intensive_care_stays_a_health_matter(text):
    assert classify(text).sensitivity == "sensitive", text


@pytest.mark.parametrize("text", ["Se jubila el año que viene", "Geht im Sommer in den Ruhestand", "Retiring in June"])
def test_a_retirement_is_a_milestone(text):
    assert classify(text).category == "milestone", text


@pytest.mark.parametrize("text", ["Fue despedida en marzo", "Me despidieron en enero"])
def test_being_fired_stays_sensitive_in_spanish(text):
    assert classify(text).sensitivity == "sensitive", text


@pytest.mark.parametrize("text", ["Allergic to meetings", "Allergisch gegen Montage", "This deadline is killing me",
                                  "Ja, bitte kompakt, ich bin allergisch gegen lange Foliensätze", "Is allergic to burpees",
                                  "Is allergic to dashboards that need three clicks to show one number",
                                  "Ich bin allergisch gegen Pflichtfelder", "Soy alérgica al papeleo"])
def test_a_figure_of_speech_is_no_health_memory(text):
    assert classify(text).category != "health" and care_kind(_stored(text)) is None, text
    assert not classify(text).is_topic, text  # so the extractor does not propose it either


@pytest.mark.parametrize("text", ["Allergic to cats", "Allergisch gegen Katzenhaare", "Es alérgica a las nueces",
                                  "Allergic to this new detergent", "Allergic to mango"])
def test_an_allergy_to_anything_else_stays_an_allergy(text):
    assert care_kind(_stored(text)) == "keep_in_mind" and classify(text).sensitivity == "sensitive", text


@pytest.mark.parametrize("text", [
    # conditions, appointments and care said plainly
    "Hat Heuschnupfen", "Hat Bluthochdruck", "Hat Rheuma", "Hat MS", "Bekommt eine neue Hüfte", "Ist trockener Alkoholiker",
    "Hat einen Termin beim Frauenarzt", "Muss zur Nachuntersuchung", "Macht eine Kur", "Tiene la tensión alta",
    "Tiene cita con el oncólogo", "Está en ayunas para el análisis", "Se está haciendo unas pruebas", "Tiene migrañas",
    "Lleva marcapasos", "Has a pacemaker", "Waiting for a kidney", "On blood thinners", "Grandad is very frail",
    "Getting her stitches out on Friday", "Had a mole removed", "Gets her cast off next week", "Refer Margaret to the carers' support line",
    # a hard time, money, crime and disaster
    "Ella está pasando por un mal momento", "Sie hat gerade eine schwere Zeit", "Financial trouble after the business failed",
    "Hat Schulden", "Tiene deudas", "Their house flooded", "Apartment burgled last week", "Was mugged", "Car was stolen",
    "Su casa se inundó", "Bei ihnen wurde eingebrochen", "Waiting on asylum decision",
    # more of the same, said other ways
    "His mother's hip op is on Monday", "Has cataracts", "Hat Grauen Star", "Routine check-up on Friday",
    "Tiene revisión médica el lunes", "Morning sickness is brutal", "Stopped drinking in January", "Dejó de beber hace un año",
    "Hat aufgehört zu trinken", "Is having radiation", "Sie nimmt Antidepressiva", "Toma antidepresivos", "Has chronic fatigue",
    "Has a prosthetic leg", "Uses a cane", "Geht am Stock", "Usa bastón", "Necesita una prótesis de cadera",
    "Seeing someone about stress", "A bit down lately", "Not herself lately", "Está quemada del trabajo", "Ist total am Limit",
    "Está muy agobiada", "Am Todestag ihres Vaters", "First Christmas without her dad", "Ihre Beziehung ist vorbei",
    "Está soltera otra vez", "Lässt sich scheiden", "Behind on rent", "Can't pay the rent this month", "El negocio va mal",
    "Das Geschäft läuft schlecht", "Their startup ran out of money", "Sie hat einen Anwalt eingeschaltet", "Tiene un juicio en mayo",
    "Hat einen Gerichtstermin", "Yo tengo asma", "Empecé terapia hace un mes", "Desde que nos separamos en verano",
    "Moved back in with her parents after the break-up", "Stopped running because of her knee", "Hat wegen seines Rückens aufgehört",
    "Dejó el pádel por su espalda", "Her son got arrested last month", "Ihr Sohn wurde verhaftet", "Su hijo está detenido",
    "Her son was suspended from school", "On a diet, lost 10kg already", "Macht gerade eine Diät", "Está a dieta",
    "Has Crohn's disease", "Has a rare disorder", "Heart disease runs in the family",
    "Money's tight right now", "Le llegó la orden de desahucio", "Ich habe seit Juli keinen Job mehr",
    "Ihr Mann hat seinen Job verloren", "Su marido perdió el trabajo", "Se quedó sin trabajo en marzo",
])
def test_health_care_and_trouble_said_plainly_is_never_small_talk(text):
    memory = Memory(person_id=1, id=7, text=text, category="other", sensitivity="light")
    assert not small_talk(memory), text


@pytest.mark.parametrize("text", ["Loves hot chocolate", "Big fan of Almodóvar films", "Le encanta el flamenco, baila los jueves",
                                  "Spielt Schach im Verein", "Training for the Berlin half",
                                  "Twisted my arm into joining the choir", "Her band has a gig on Friday",
                                  "Love the new disorder of my desk haha"])
def test_light_things_still_open_a_conversation(text):
    assert small_talk(_stored(text)), text


def test_a_word_that_only_looks_like_trouble_is_no_caution_but_work_is_no_small_talk():
    from rapport_plugins.care import caution

    text = "Pulled an all-nighter for the launch"
    assert caution(text) is None and not small_talk(_stored(text))  # 'pulled' is no injury; 'other' is no small talk


def test_a_request_after_a_disclosure_does_not_turn_it_into_a_question():
    text, cls = disclosure("Quick one: I've been diagnosed with celiac disease, so for the team lunch on Thursday "
                           "could we go somewhere with gluten-free options?")
    assert text == "Has been diagnosed with celiac disease" and cls.category == "health"


@pytest.mark.parametrize(("text", "category"), [
    ("Kathi wird am 2. November 40", "birthday"), ("Cumple el 12 de mayo!!", "birthday"),
    ("Ellie's 50th is Sat 7th March, whole committee invited", "birthday"), ("He has a cockapoo called Toffee", "pet"),
    ("Max ist Vater geworden!! Tochter Ida kam am Samstag", "milestone"), ("I became a grandmother last Thursday", "milestone"),
    ("Anfang Mai hat sie ihre Meisterprüfung in Fotografie", "milestone"), ("She's moving flats end of Jan", "home"),
    ("Keeps kosher", "preference"), ("Wir bekommen unser zweites Kind", "milestone"), ("El mes que viene cumplo 40", "birthday"),
    ("Spielt Handball im Verein", "hobby"), ("Le encanta el reguetón", "hobby"), ("Isst halal, beim Sommerfest-Catering beachten", "preference"),
])
def test_everyday_news_gets_its_category(text, category):
    assert classify(text).category == category, (text, classify(text))


@pytest.mark.parametrize("text", ["The meeting is on the 30th", "Photo op with the mayor", "Pulled an all-nighter"])
def test_dates_and_work_words_are_no_topic(text):
    assert not classify(text).is_topic, (text, classify(text))


def test_a_hard_time_said_with_a_negation_keeps_the_clause_that_goes_with_it():
    text, cls = disclosure("Ich habe seit Juli keinen Job mehr, und wir haben inzwischen Schulden auf der Kreditkarte.")
    assert "keinen Job mehr" in text and "Schulden" in text and cls.sensitivity == "sensitive"
    from rapport_plugins.extract import main_clause

    assert main_clause("I'm not vegan, but I love cooking") == "I'm not vegan"  # a light negation still stands alone


def test_an_animals_disease_is_followed_up_not_small_talk():
    memory = _stored("Though at home it's the same story, my own cat Mochi has kidney disease now")
    assert (memory.category, memory.sensitivity) == ("pet", "personal") and not small_talk(memory)


@pytest.mark.parametrize("text", ["Está muy agobiada", "Behind on rent", "Sie hat einen Anwalt eingeschaltet",
                                  "Her son was suspended from school"])
def test_trouble_stored_personal_is_never_a_still_true_check(text):
    old = Memory(person_id=1, id=7, text=text, category="family", sensitivity="personal",
                 captured_at="2024-01-10T10:00:00+00:00")
    assert not [k for k, _ in _kinds(old) if k == "stale"], text
    plain = Memory(person_id=1, id=7, text="Her daughter is at Oxford", category="family", sensitivity="personal",
                   captured_at="2024-01-10T10:00:00+00:00")
    assert [k for k, _ in _kinds(plain)] == ["stale"]

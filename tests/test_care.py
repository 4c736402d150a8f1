"""Health is never small talk: allergies, medical diets, diagnoses, treatment, hospice, grief.

Whatever category and sensitivity such a memory was stored with (typed by hand as a light
"preference", pinned, imported from a contact note), it is never an opener, never "something they
enjoy", never a "still true?" check and never shared ground. Things to act on get their own
place, first ("Keep in mind"), and health details never reach a shared sink.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_briefing_build import make_app

from rapport_plugins.briefing import build_briefing
from rapport_plugins.care import care_kind, effective_sensitivity
from rapport_plugins.models import Attendee, Meeting, Memory, Person
from rapport_plugins.prompting import Settings, group_shared_ground, memory_prompts, shared_ground_prompts

NOW = datetime(2026, 4, 2, 9, 55, tzinfo=UTC)
TODAY = NOW.date()
SMALL_TALK = ("opener", "shared_ground", "stale", "question", "date", "follow_up")
KEEP_IN_MIND = ["Allergic to peanuts", "Severe nut allergy - carries an EpiPen", "Coeliac, so gluten-free only",
                "Lactose intolerant", "Diabetic", "Uses a wheelchair", "Vegan", "Doesn't drink alcohol"]
HEALTH = ["Her father died last autumn", "Mum is in hospice care", "Diagnosed with MS last year",
          "Starts chemo next month", "Grieving her brother", "In therapy for anxiety", "Recovering from surgery"]


def group_meeting() -> Meeting:
    start = datetime(2026, 4, 2, 12, tzinfo=UTC)
    return Meeting(uid="lunch", title="Team lunch", start=start, end=start + timedelta(hours=1),
                   attendees=[Attendee("sam@example.com", "Sam Lee"), Attendee("anna@example.org", "Anna Berg"),
                              Attendee("ben@example.org", "Ben Okafor"), Attendee("cleo@example.org", "Cleo Diaz")])


@pytest.fixture
def app(tmp_path):
    a = make_app(tmp_path, '[me]\nname = "Sam Lee"\nemails = ["sam@example.com"]\ninterests = ["peanuts", "hospice"]\n')
    s = a.store
    s.add_person("Sam Lee", ["sam@example.com"], is_me=True)
    for name, email in (("Anna Berg", "anna@example.org"), ("Ben Okafor", "ben@example.org"),
                        ("Cleo Diaz", "cleo@example.org")):
        s.add_person(name, [email])
    yield a
    a.close()


def remember(app, who: str, text: str, **kw) -> Memory:
    person = app.store.find_person(who)
    kw.setdefault("captured_at", "2026-03-25T10:00:00+00:00")
    return app.store.add_memory(Memory(person_id=person.id, text=text, **kw))[0]


def test_a_pinned_allergy_never_opens_a_group_meeting_and_is_kept_in_mind(app):
    peanuts = remember(app, "Anna Berg", "Allergic to peanuts", category="preference", sensitivity="light", pinned=True)
    remember(app, "Anna Berg", "Loves bouldering", category="hobby")
    remember(app, "Ben Okafor", "Allergic to peanuts too", category="preference", sensitivity="light")
    briefing = build_briefing(app, group_meeting(), now=NOW)
    anna = next(e for e in briefing.people if e["person"]["name"] == "Anna Berg")
    kinds = {p["kind"] for p in anna["prompts"] if peanuts.id in p["memory_ids"]}
    assert kinds == {"keep_in_mind"}
    assert anna["prompts"][0]["kind"] == "keep_in_mind"  # first: it decides where to order lunch
    text = briefing.render("markdown")
    assert "**Keep in mind:** 'Allergic to peanuts'" in text
    assert "enjoy" not in text and "Open with:** 'Allergic" not in text
    assert all(g["keyword"].lower() != "peanuts" for g in briefing.group_shared_ground)  # not "both mentioned"
    shared = briefing.for_shared_sink(None).render("markdown")
    assert "peanut" not in shared.lower()  # a health detail never reaches a shared sink


def test_a_diet_that_is_no_health_matter_is_kept_in_mind_and_may_be_shared(app):
    vegan = remember(app, "Anna Berg", "Vegan", category="preference")
    briefing = build_briefing(app, group_meeting(), now=NOW)
    anna = next(e for e in briefing.people if e["person"]["name"] == "Anna Berg")
    assert [p["kind"] for p in anna["prompts"] if vegan.id in p["memory_ids"]] == ["keep_in_mind"]
    assert "'Vegan'" in briefing.for_shared_sink(None).render("markdown")


def test_health_stored_as_light_is_a_deep_topic_not_an_opener(app):
    hospice = remember(app, "Anna Berg", "Mum is in hospice care", category="family", sensitivity="light", pinned=True)
    briefing = build_briefing(app, group_meeting(), now=NOW)
    anna = next(e for e in briefing.people if e["person"]["name"] == "Anna Berg")
    assert [p["kind"] for p in anna["prompts"] if hospice.id in p["memory_ids"]] == ["deep"]
    assert "hospice" not in briefing.for_shared_sink(None).render("markdown")


@settings(max_examples=120, deadline=None)
@given(text=st.sampled_from(KEEP_IN_MIND + HEALTH),
       category=st.sampled_from(["preference", "other", "hobby", "family", "health", "loss", "pet"]),
       sensitivity=st.sampled_from(["light", "personal", "sensitive"]), pinned=st.booleans(),
       age=st.integers(0, 900), event=st.sampled_from([None, "2026-03-30", "2026-04-05"]), group=st.booleans())
def test_no_health_or_care_memory_is_ever_small_talk(text, category, sensitivity, pinned, age, event, group):
    captured = (TODAY - timedelta(days=age)).isoformat()
    memory = Memory(person_id=1, id=7, text=text, category=category, sensitivity=sensitivity, pinned=pinned,
                    captured_at=captured, event_date=event, follow_up="open" if event else None)
    friend = Memory(person_id=1, id=8, text="Loves climbing", category="hobby", captured_at=captured)
    person = Person(name="Anna Berg", id=1)
    prompts = memory_prompts(person, [memory, friend], None, TODAY, Settings(group=group, max_openers=2))
    cites = [p for p in prompts if 7 in p.memory_ids]
    assert cites and all(p.kind in ("keep_in_mind", "deep") for p in cites), [(p.kind, p.text) for p in cites]
    assert not any("enjoy" in p.text for p in cites)
    mine = [Memory(person_id=2, id=9, text=text, category="hobby")]
    assert shared_ground_prompts(person, [memory], [text], mine) == []
    other = Person(name="Ben Okafor", id=2)
    assert group_shared_ground([(person, [memory]), (other, mine)]) == []
    assert effective_sensitivity(memory) == ("sensitive" if care_kind(memory) == "health" or text in KEEP_IN_MIND[:6]
                                             else sensitivity)


def test_ordinary_memories_are_not_care():
    for text in ("Loves climbing", "Sister became a nurse", "Max the dog has surgery on Friday", "Met at PyCon DE 2024"):
        assert care_kind(Memory(person_id=1, text=text, category="other")) is None, text
    assert date(2026, 4, 2) == TODAY


@pytest.mark.parametrize("text", [
    "Broke her wrist, arm in a cast", "Torn ACL from football", "Sie hatte eine Fehlgeburt", "Kinderwunschbehandlung läuft",
    "Se rompió la pierna esquiando", "Está haciendo un tratamiento de fertilidad", "Va al psicólogo desde enero",
    "Sie pflegt ihre Mutter", "Ihr Vater ist jetzt im Altenheim", "Cuida a su madre enferma",
    "Su madre está en una residencia, en fase terminal", "Hat Panikattacken", "Está de baja por ansiedad",
])
def test_health_and_care_in_three_languages_is_never_small_talk(text):
    from rapport_plugins.care import small_talk
    from rapport_plugins.lexicon import classify

    assert classify(text).sensitivity == "sensitive", text
    assert not small_talk(Memory(person_id=1, text=text, category="family", sensitivity="light"))


@pytest.mark.parametrize("text", [
    "Mi pareja es médica y acaba de conseguir plaza en el Hospital Clínic", "Her brother got a role in the cast of Hamlet",
    "The terminal at the airport was chaos", "Mi hijo empezó la residencia en el Hospital La Paz",
    "Ihr Mann arbeitet jetzt in der Notaufnahme", "Su hermana es enfermera en la UCI",
    "Sie ist Krankenschwester auf der Intensivstation",
])
def test_a_job_or_a_word_that_only_looks_medical_is_not_health(text):
    from rapport_plugins.lexicon import classify

    assert classify(text).sensitivity != "sensitive", text


@pytest.mark.parametrize("text", ["Parents still abroad, she worries constantly", "Exhausted since the twins arrived",
                                  "Macht sich Sorgen um ihren Bruder", "Está muy preocupada por su hijo"])
def test_worry_stored_light_is_never_small_talk(text):
    from rapport_plugins.care import small_talk

    assert not small_talk(Memory(person_id=1, text=text, category="family", sensitivity="light"))

"""Zero sensitive or health memories offered as small talk (issue 8), as a property.

A memory reaches an opener or shared ground only through ``care.small_talk``: stored light, no
care kind, its text read again light, and no word of care, pain, loss or trouble in it. So a
health, loss or crisis detail wrapped in light words ("after the funeral she took up pottery"),
stored under any category and sensitivity, pinned or not, dated or not, is never small talk, in
the built-in prompts nor in a plugin's: the briefing drops such a plugin prompt.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_plugins.briefing import collect_prompts
from rapport_plugins.care import small_talk
from rapport_plugins.models import Memory, Person, Prompt
from rapport_plugins.prompting import Settings, group_shared_ground, memory_prompts, shared_ground_prompts

TODAY = datetime(2026, 4, 2, tzinfo=UTC).date()
# One or two of each class issue 8 and docs/lexicon.md name, in English, German and Spanish
SENSITIVE = [
    "her dad died in March", "since the funeral", "grieving her brother", "the miscarriage", "lost the baby",
    "mum is in hospice care", "dad moved into a care home", "end-of-life care for her mother", "comfort care",
    "starts chemo", "waiting on biopsy results", "the MRI results", "after her knee surgery", "the colonoscopy",
    "in hospital since Monday", "in the ICU", "in A&E", "a heart condition", "diagnosed with MS", "has dementia",
    "allergic to peanuts", "coeliac", "diabetic", "lactose intolerant", "uses a wheelchair",
    "seeing a psychiatrist", "in therapy for anxiety", "been really low lately", "a nervous breakdown",
    "six months sober", "in recovery", "on antidepressants", "insomnia", "burnout",
    "the divorce", "separating from her husband", "custody hearing", "laid off in May", "drowning in debt",
    "Mutter ist im Hospiz", "Vater liegt im Sterben", "nach der Beerdigung", "hatte Drüsenfieber", "Rückenschmerzen",
    "mi madre está en cuidados paliativos", "después del entierro", "tiene cáncer", "su padre tiene alzhéimer",
]
LIGHT = ["loves pottery", "training for the Berlin half", "her dog Max", "a trip to Lisbon", "plays the cello",
         "big Arsenal fan", "took up bouldering", "favourite band is Muse", "learning Italian", "juega al pádel"]
CATEGORIES = ["pet", "hobby", "preference", "travel", "other", "family", "milestone", "health", "loss", "work"]


def _texts():
    frame = st.sampled_from(["{s}, {l}", "{l} - {s}", "{l}; {s}", "{s}", "Since {s} she {l}", "{l} (after {s})"])
    return st.builds(lambda f, s, lt: f.format(s=s, l=lt), frame, st.sampled_from(SENSITIVE), st.sampled_from(LIGHT))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=_texts(), category=st.sampled_from(CATEGORIES), sensitivity=st.sampled_from(["light", "personal", "sensitive"]),
       pinned=st.booleans(), age=st.integers(0, 400), event=st.sampled_from([None, "2026-03-30", "2026-04-05", "2026-09-01"]),
       group=st.booleans())
def test_a_sensitive_or_health_memory_is_never_small_talk(text, category, sensitivity, pinned, age, event, group):
    captured = (TODAY - timedelta(days=age)).isoformat()
    memory = Memory(person_id=1, id=7, text=text, category=category, sensitivity=sensitivity, pinned=pinned,
                    captured_at=captured, event_date=event, follow_up="open" if event else None)
    friend = Memory(person_id=1, id=8, text="Loves climbing", category="hobby", captured_at=captured)
    person = Person(name="Anna Berg", id=1)
    assert not small_talk(memory)
    prompts = memory_prompts(person, [memory, friend], None, TODAY, Settings(group=group, max_openers=3))
    assert not [p.text for p in prompts if 7 in p.memory_ids and p.kind in ("opener", "shared_ground")]
    mine = [Memory(person_id=2, id=9, text=text, category="hobby")]
    assert shared_ground_prompts(person, [memory], [text], mine) == []
    assert group_shared_ground([(person, [memory]), (Person(name="Ben Okafor", id=2), mine)]) == []


class RoguePlugin:
    """A prompts plugin that offers every memory as an opener."""

    def rapport_prompts(self, person, memories, meeting, today, config, my_memories=()):
        return [Prompt(kind="opener", text=f"Ask about {m.text}", memory_ids=[m.id]) for m in memories]


def test_a_plugins_opener_on_a_health_memory_is_dropped():
    reported = []
    pm = SimpleNamespace(call=lambda _hook, **kw: [RoguePlugin().rapport_prompts(**kw)], report=reported.append)
    memories = [Memory(person_id=1, id=1, text="Loves bouldering", category="hobby"),
                Memory(person_id=1, id=2, text="Mum is in hospice care", category="hobby", sensitivity="light"),
                Memory(person_id=1, id=3, text="Waiting on biopsy results", category="other")]
    kept = collect_prompts(pm, Person(name="Anna Berg", id=1), memories, None, TODAY)
    assert [p.memory_ids for p in kept] == [[1]]
    assert len(reported) == 2 and all("sensitive or health memory as small talk" in r for r in reported)


def test_ordinary_details_stay_small_talk_and_a_relatives_career_is_no_health_matter():
    from rapport_plugins.care import care_kind
    from rapport_plugins.lexicon import classify

    for text in LIGHT:
        assert small_talk(Memory(person_id=1, text=text, category="hobby")), text
    assert not small_talk(Memory(person_id=1, text="Loves pottery", category="hobby", sensitivity="personal"))
    for text in ("My sister became a nurse at the hospice", "Her son just qualified as a doctor"):
        assert care_kind(Memory(person_id=1, text=text, category="family")) is None, text
        assert (classify(text).category, classify(text).sensitivity) == ("family", "personal"), text

"""Twenty-third round (docs/capture.md): a recovery counted from its end ("three years clear", "all clear",
"krebsfrei", "en remisión") is a word of the caution net, and said on its own after a light fact it puts that fact in
its light: the charity run a cancer survivor's family does together is no opener."""

from __future__ import annotations

import pytest
from proposals import turns

from rapport_plugins.care import caution, small_talk
from rapport_plugins.models import Memory


def _opens(found, word: str) -> bool:
    fact = next(c for c in found if word.lower() in c.text.lower())
    return small_talk(Memory(person_id=1, text=fact.text, category=fact.category or "other",
                             sensitivity=fact.sensitivity or "light"))


@pytest.mark.parametrize(("said", "word"), [
    # blind writer SE: the race was offered as an opener, its reason said just after
    ("Then in July our Pauline's doing the Race for Life at Heaton Park. Three years clear this spring, so the whole "
     "family's going in pink.", "Race for Life"),
    ("We're off to Madeira in May. All clear since March!", "Madeira"),
    ("Im Juli laufen wir alle beim Firmenlauf mit. Seit zwei Jahren krebsfrei, das wird gefeiert.", "Firmenlauf"),
    ("En julio nos vamos todos a Menorca. Un año en remisión, hay que celebrarlo.", "Menorca"),
])
def test_a_recovery_said_after_a_light_fact_keeps_it_from_small_talk(said, word):
    found = turns(("Colin Ashworth", said))
    assert not _opens(found, word)


@pytest.mark.parametrize("said", [
    "We're off to Madeira in May. The coast is clear for once, no school runs.",  # "clear" alone is no recovery
    "We're off to Madeira in May. Two weeks of sun, finally.",
])
def test_a_light_fact_followed_by_a_light_sentence_still_opens(said):
    assert _opens(turns(("Colin Ashworth", said)), "Madeira")


@pytest.mark.parametrize(("said", "word"), [
    ("three years clear this spring", "three years clear"),
    ("got the all-clear on Friday", "all-clear"),
    ("seit zwei Jahren krebsfrei", "krebsfrei"),
    ("lleva un año en remisión", "en remisión"),
])
def test_a_recovery_is_a_word_of_the_caution_net(said, word):
    assert caution(said).lower() == word

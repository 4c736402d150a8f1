"""The small-talk gate on 1,210 details written blind (tests/data/probes/README.md): nothing delicate opens a
conversation, however it was stored, and the caution net takes few light look-alikes for trouble."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport_plugins.care import caution, small_talk
from rapport_plugins.lexicon import classify
from rapport_plugins.models import Memory


def _probes(name: str) -> list[dict]:
    path = Path(__file__).parent / "data" / "probes" / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# Each delicate detail is stored as the lexicon classifies it and as each small-talk kind a mistake could store it under
KINDS = ["as classified", "pet", "hobby", "preference", "travel", "birthday"]
# Each blind set (tests/data/probes/README.md): its size, how many of it are delicate, and how many light look-alikes
# the caution net may hold back from small talk - a count that may fall, never grow. Holding back a light detail costs an
# opener; opening with a delicate one costs trust.
#   openers_blind: 360 details that touch trouble but sound light; no look-alike is held back.
#   openers_notes_blind: 400 in note shorthand and euphemism ("T1D - wears a pump", "ALG I", "le ha pillado el ERE",
#     "seit 2 J. trocken", "set up an IVA"); 11 opened a conversation before the twentieth round. Shorthand shares more
#     words with trouble ("'Operation Dachboden'", "vet nurse", "legs still dead").
#   openers_spoken_blind: 450 as kept from what was said, by two helpers, a light hobby often beside a delicate reason
#     ("'I'm on a PIP at the moment ... but the allotment is keeping me sane'", "pottery on Thursdays ... after the
#     split"); on arrival 9 of the first 90 delicate ones opened a conversation (6 as the lexicon classified them) and
#     19 of the next 180 (6 as classified). Look-alikes: "a volunteer therapy dog", "a recovery ride", "a hospital drama".
SETS = {
    "openers_blind.jsonl": (360, 220, 0),
    "openers_notes_blind.jsonl": (400, 240, 39),
    "openers_spoken_blind.jsonl": (450, 270, 31),
}
PROBES = {name: _probes(name) for name in SETS}


def opened(probes: list[dict], kind: str) -> list[str]:
    """The delicate details that small talk would open with, stored as the lexicon classifies them or as ``kind``."""
    texts = []
    for p in (p for p in probes if p["delicate"]):
        cls = classify(p["text"])
        category, sensitivity = (cls.category, cls.sensitivity) if kind == "as classified" else (kind, "light")
        if small_talk(Memory(person_id=1, text=p["text"], category=category, sensitivity=sensitivity)):
            texts.append(p["text"])
    return texts


@pytest.mark.parametrize("name", SETS)
def test_the_probes_are_all_there(name):
    size, delicate, _held_back = SETS[name]
    assert len(PROBES[name]) == size and sum(p["delicate"] for p in PROBES[name]) == delicate


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", SETS)
def test_nothing_delicate_opens_a_conversation(name, kind):
    assert opened(PROBES[name], kind) == []


@pytest.mark.parametrize("name", SETS)
def test_the_caution_net_holds_back_few_light_look_alikes(name):
    caught = [(p["text"], caution(p["text"])) for p in PROBES[name] if not p["delicate"] and caution(p["text"])]
    assert len(caught) <= SETS[name][2], caught

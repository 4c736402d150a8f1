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
PROBES = _probes("openers_blind.jsonl")


def opened(probes: list[dict], kind: str) -> list[str]:
    """The delicate details that small talk would open with, stored as the lexicon classifies them or as ``kind``."""
    texts = []
    for p in (p for p in probes if p["delicate"]):
        cls = classify(p["text"])
        category, sensitivity = (cls.category, cls.sensitivity) if kind == "as classified" else (kind, "light")
        if small_talk(Memory(person_id=1, text=p["text"], category=category, sensitivity=sensitivity)):
            texts.append(p["text"])
    return texts


def test_the_probes_are_all_there():
    assert len(PROBES) == 360 and sum(p["delicate"] for p in PROBES) == 220


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_delicate_opens_a_conversation(kind):
    assert opened(PROBES, kind) == []


def test_the_caution_net_leaves_light_look_alikes_alone():
    caught = [(p["text"], caution(p["text"])) for p in PROBES if not p["delicate"] and caution(p["text"])]
    assert caught == []


# 400 details in note shorthand and euphemism (tests/data/probes/README.md): "T1D - wears a pump", "ALG I", "le ha
# pillado el ERE", "seit 2 J. trocken", "set up an IVA". Before the twentieth round 11 of them opened a conversation
# when stored as a hobby.
NOTES = _probes("openers_notes_blind.jsonl")


def test_the_note_probes_are_all_there():
    assert len(NOTES) == 400 and sum(p["delicate"] for p in NOTES) == 240


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_delicate_in_note_shorthand_opens_a_conversation(kind):
    assert opened(NOTES, kind) == []


def test_the_caution_net_holds_back_few_light_notes():
    """Note shorthand shares more words with trouble ("'Operation Dachboden'", "vet nurse", "legs still dead"): 39
    of the 160 light notes are held back from small talk. Holding back a light detail costs an opener; the count may
    fall, never grow."""
    caught = [p["text"] for p in NOTES if not p["delicate"] and caution(p["text"])]
    assert len(caught) <= 39


# 450 details as a meeting tool keeps them from what was said, by two helpers (tests/data/probes/README.md), a light
# hobby often beside a delicate reason ("'I'm on a PIP at the moment ... but the allotment is keeping me sane'",
# "Started pottery on Thursdays to get out of the house after the split"). On arrival 9 of the first 90 delicate ones
# opened a conversation (6 as the lexicon classified them), and 19 of the next 180 (6 as classified).
SPOKEN = _probes("openers_spoken_blind.jsonl")


def test_the_spoken_probes_are_all_there():
    assert len(SPOKEN) == 450 and sum(p["delicate"] for p in SPOKEN) == 270


@pytest.mark.parametrize("kind", KINDS)
def test_nothing_delicate_said_beside_a_hobby_opens_a_conversation(kind):
    assert opened(SPOKEN, kind) == []


def test_the_caution_net_holds_back_few_light_spoken_details():
    """31 of the 180 light ones share a word with trouble ("a volunteer therapy dog", "a recovery ride", "a hospital
    drama"); the count may fall, never grow."""
    assert sum(1 for p in SPOKEN if not p["delicate"] and caution(p["text"])) <= 31

"""The small-talk gate on 360 details written blind (tests/data/probes/README.md): nothing delicate opens a
conversation, however it was stored, and the caution net does not take a light look-alike for trouble."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rapport_plugins.care import caution, small_talk
from rapport_plugins.lexicon import classify
from rapport_plugins.models import Memory

PROBES = [json.loads(line) for line in
          (Path(__file__).parent / "data" / "probes" / "openers_blind.jsonl").read_text(encoding="utf-8").splitlines()]


def test_the_probes_are_all_there():
    assert len(PROBES) == 360 and sum(p["delicate"] for p in PROBES) == 220


@pytest.mark.parametrize("kind", ["as classified", "pet", "hobby", "preference", "travel", "birthday"])
def test_nothing_delicate_opens_a_conversation(kind):
    opened = []
    for p in (p for p in PROBES if p["delicate"]):
        cls = classify(p["text"])
        category, sensitivity = (cls.category, cls.sensitivity) if kind == "as classified" else (kind, "light")
        if small_talk(Memory(person_id=1, text=p["text"], category=category, sensitivity=sensitivity)):
            opened.append(p["text"])
    assert opened == []


def test_the_caution_net_leaves_light_look_alikes_alone():
    caught = [(p["text"], caution(p["text"])) for p in PROBES if not p["delicate"] and caution(p["text"])]
    assert caught == []

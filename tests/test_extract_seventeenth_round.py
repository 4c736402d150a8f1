"""Capture of the seventeenth round: classes the blind writers' dev examples showed (docs/capture.md, "Seventeenth
round"); the held-out split was not read.
"""

from __future__ import annotations

import pytest

from rapport_plugins.extract import to_third_person


@pytest.mark.parametrize(("said", "stored"), [
    # German "Im" is "in the", never a typed "I'm": the speaker's words are kept, quoted
    ("Im September zieht meine Tochter Lea zum Studium nach Leipzig", '"Im September zieht meine Tochter Lea zum Studium nach Leipzig"'),
    ("im Mai heiraten wir", '"im Mai heiraten wir"'),
    # ... while a typed "im" before an English word is still "I'm"
    ("im moving to Leeds", "Moving to Leeds"),
    ("I'm allergic to nuts", "Is allergic to nuts"),
])
def test_im_is_german_before_a_noun(said, stored):
    assert to_third_person(said) == stored

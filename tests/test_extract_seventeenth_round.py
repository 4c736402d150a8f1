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


@pytest.mark.parametrize("text", [
    # the people the speaker works with, by their job: their news is theirs, told about someone absent
    "Our winemaker Luca's wife had twins last month so he's been in and out",
    "My assistant is getting married in May",
    "Mi becaria se casa en mayo",
    "Unser Azubi zieht im März nach Kiel",
])
def test_a_colleague_by_their_job_is_not_the_speaker(text):
    from proposals import said

    assert said(text) == []


def test_the_speakers_own_news_is_still_theirs():
    from proposals import said

    assert said("My wife had the baby Saturday") == ["Wife had the baby Saturday"]

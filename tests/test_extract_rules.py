"""The rule-based extractor: explicit markers, proposed self-disclosures, and what it must skip."""

from __future__ import annotations

import pytest

from rapport_plugins.extract import propose, to_third_person
from rapport_plugins.lexicon import classify
from rapport_plugins.markers import find_markers
from rapport_plugins.models import MeetingNotes, Utterance

ME = ["Sam Lee"]


def _transcript(*turns: tuple[str, str]) -> list:
    utterances = [Utterance(speaker, text, line=i + 1) for i, (speaker, text) in enumerate(turns)]
    notes = MeetingNotes("", "transcript", ref="call.vtt", kind="transcript", utterances=utterances)
    return propose("", {"notes": notes, "utterances": utterances, "attendees": ["Anna Berg", "Sam Lee"], "me": ME})


def test_markers_with_every_attribution_syntax():
    note = "\n".join([
        "# 1:1",
        "- remember: Max the dog has surgery on Friday",
        "- @Anna: remember: her daughter starts school in September",
        "- [[Ben Ortiz]]: remember that he loves jazz",
        "Remember that [[Carla Mendes|Carla]] is vegetarian",
        "note to self about Dan: training for a marathon",
        "- remember:: Eve's cat is called Pixel",
        "I need to remember to send the deck",
        "note to self: send the deck",
    ])
    found = [(c.person, c.text, c.source_ref) for c in find_markers(note, "n.md", ["Anna Berg"])]
    assert found == [
        (None, "Max the dog has surgery on Friday", "n.md:2"),
        ("Anna", "Her daughter starts school in September", "n.md:3"),
        ("Ben Ortiz", "He loves jazz", "n.md:4"),
        ("Carla Mendes", "Carla is vegetarian", "n.md:5"),
        ("Dan", "Training for a marathon", "n.md:6"),
        ("Eve", "Eve's cat is called Pixel", "n.md:7"),
    ]
    assert all(c.explicit for c in find_markers(note, "n.md"))


def test_markers_inside_code_blocks_are_ignored():
    assert find_markers("```\nremember: not me\n```\n", "x.md") == []


def test_other_persons_disclosures_are_proposed_and_mine_are_not():
    found = _transcript(
        ("Sam Lee", "My cat is sick and I'm training for a 10k."),
        ("Anna Berg", "My daughter just started school. We adopted a puppy. I'm training for the Berlin marathon."),
        ("Anna Berg", "I'm dreading the move in March. My mum is in hospital."),
    )
    texts = {c.text for c in found}
    assert texts == {
        "Daughter just started school", '"We adopted a puppy"', "Training for the Berlin marathon",
        "Dreading the move in March", "Mum is in hospital",
    }
    assert {c.person for c in found} == {"Anna Berg"}
    assert not any(c.explicit for c in found)
    assert {c.text: c.sensitivity for c in found}["Mum is in hospital"] == "sensitive"


@pytest.mark.parametrize("sentence", [
    "Do you have a dog?",
    "If I had a garden I would get a dog.",
    "I'd love to learn the piano one day.",
    "I don't have kids.",
    "Jake told me he's getting divorced.",
    "I love the new design.",
    "We need two more engineers before the launch.",
    "Sure, the plan looks fine to me.",
])
def test_questions_hypotheticals_negations_gossip_and_work_talk_are_skipped(sentence):
    assert _transcript(("Anna Berg", sentence)) == []


def test_a_hedge_in_another_clause_does_not_hide_the_detail():
    found = _transcript(("Anna Berg", "Heads-up: my mother-in-law has a hip operation on Wednesday, so I might drop off early."))
    assert [c.text for c in found] == ["Mother-in-law has a hip operation on Wednesday"]


def test_sensitive_disclosures_survive_negation():
    found = _transcript(("Anna Berg", "I haven't been sleeping since the divorce."))
    assert len(found) == 1 and found[0].sensitivity == "sensitive"


def test_speaker_matching_me_by_first_name_is_excluded():
    assert _transcript(("Sam", "My dog Rex just had puppies.")) == []


def test_free_notes_give_named_details_to_that_person():
    text = "# Notes\nAnna's dog Max has surgery on Friday.\nWe discussed the Q3 roadmap.\nShe mentioned her son starts university in October.\n"
    notes = MeetingNotes(text, "notes", ref="n.md")
    found = propose(text, {"notes": notes, "attendees": ["Anna Berg"], "me": ME})
    assert [(c.person, c.text, c.source_ref) for c in found] == [
        ("Anna Berg", "Anna's dog Max has surgery on Friday", "n.md:2"),
        (None, "Her son starts university in October", "n.md:4"),
    ]


def test_free_notes_about_the_writer_are_not_about_others():
    text = "I'm training for a marathon.\nMy mum is in hospital.\n"
    assert propose(text, {"notes": MeetingNotes(text, "notes", ref="n.md"), "attendees": ["Anna Berg"], "me": ME}) == []


@pytest.mark.parametrize(("sentence", "rewritten"), [
    ("My daughter just started school.", "Daughter just started school"),
    ("I'm training for the Berlin marathon", "Training for the Berlin marathon"),
    ("I'm a vegetarian", "Is a vegetarian"),
    ("I've been learning Spanish", "Has been learning Spanish"),
    ("I play the cello", "Plays the cello"),
    ("I just watch cricket", "Just watches cricket"),
    ("We adopted a puppy", '"We adopted a puppy"'),
    ("My mum thinks I work too much", '"My mum thinks I work too much"'),
    ("My sister lent me her car", '"My sister lent me her car"'),
])
def test_third_person_rewrite_is_mechanical_or_verbatim(sentence, rewritten):
    assert to_third_person(sentence) == rewritten


@pytest.mark.parametrize(("text", "category", "sensitivity"), [
    ("we adopted a puppy", "pet", "light"),
    ("my mum is in hospital", "health", "sensitive"),
    ("her grandmother passed away", "loss", "sensitive"),
    ("they are getting divorced", "family", "sensitive"),
    ("he was laid off", "work", "sensitive"),
    ("my sister", "family", "personal"),
    ("took the kids camping", "travel", "light"),
    ("moving house in May", "home", "personal"),
    ("Miso the dog has surgery", "pet", "personal"),
    ("her birthday is on 5 May", "birthday", "light"),
    ("loves Wes Anderson films", "preference", "light"),
    ("the roadmap is fine", "other", "light"),
])
def test_lexicon_classifies_by_the_most_careful_topic(text, category, sensitivity):
    result = classify(text)
    assert (result.category, result.sensitivity) == (category, sensitivity)


WORK_TALK = [
    'I think we should move the launch to March.',
    "We're moving to a new office in April.",
    "I'm going to send the deck after this call.",
    "I'm running late, sorry.",
    "I'm reading the contract now.",
    'We have a race condition in the billing service.',
    'I need to close the books by Friday.',
    "I'll grab a coffee before the next call.",
    'Our partner Acme signed yesterday.',
    "I'm fired up about the launch.",
    'We have a lot of tech debt.',
    'My laptop died this morning.',
    'We did the move to microservices last year.',
    "I love this plan, let's do it.",
    'My team shipped the new onboarding flow.',
    'Our customers love the new dashboard.',
    "I'm on a train so I might drop off.",
    "I'll be out of the office on Friday.",
    'We need to hire two more engineers.',
    'My manager wants the numbers by Monday.',
    "I've been heads-down on the migration.",
    "We're raising a seed round next month.",
    'I played with the new API yesterday.',
    'My calendar is a mess this week.',
    "I'm sick of these status meetings.",
    'Honestly I think the pricing page needs work.',
    'We should celebrate the launch with the team.',
    'I booked the room for Thursday.',
    'Our sprint review is on Friday.',
    'My inbox is full of security alerts.',
]


@pytest.mark.parametrize("sentence", WORK_TALK)
def test_everyday_work_talk_proposes_nothing(sentence):
    """Words that are personal in one sense and business in another (move, race, books, debt, partner)."""
    assert _transcript(("Anna Berg", sentence)) == []


@pytest.mark.parametrize("line", [
    "I remember that trip to Rome",
    "Remember that meeting we had?",
    "We should remember that the budget is fixed",
    "I need to remember to send the deck",
])
def test_prose_that_mentions_remembering_is_not_a_marker(line):
    assert find_markers(line, "n.md") == []


@pytest.mark.parametrize("turn", [
    "Third thing, personal: my mum is having a hip replacement and I'm going home to look after her.",
    "Privat: mein Vater ist seit drei Wochen im Pflegeheim.",
    "Oh and don't forget, my daughter's wedding is on Saturday.",
])
def test_a_marker_word_in_someone_elses_turn_does_not_hide_their_disclosure(turn):
    assert len(_transcript(("Anna Berg", turn))) == 1

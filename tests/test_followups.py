"""Follow-ups are never closed silently, early, or on someone else's words (rapport_plugins/followups.py).

Through the CLI: a follow-up is captured, then later transcripts and notes are captured. One
that never mentions its topic leaves it open; one where the person talks about it proposes the
closing, with the line and who said it; a `done:` marker closes it, with an undo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FIRST = """# 1:1 Anna - 2026-03-04

- remember: her sister's wedding in Porto on 20 March
- remember: running the Berlin half marathon on 8 March
"""


@pytest.fixture
def me(rapport, tmp_path):
    rapport.config('[me]\nname = "Sam Lee"\n')
    rapport("people", "add", "Anna Berg", "--email", "anna@example.org")
    rapport("people", "add", "Ben Okafor", "--email", "ben@example.org")
    out = rapport.json("capture", str(write(tmp_path, "first.md", FIRST)), "--date", "2026-03-04", "--with", "Anna Berg")
    rapport.ids = {("wedding" if "wedding" in s["text"] else "run"): s["id"] for s in out["stored"]}
    return rapport


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def follow_up(me, key: str) -> str:
    shown = me.json("people", "show", "Anna Berg")
    return next(m for m in shown["memories"] if m["id"] == me.ids[key])["follow_up"]


def test_a_transcript_that_never_mentions_the_topic_leaves_it_open(me, tmp_path):
    call = write(tmp_path, "call.txt", "Sam Lee: How was your week?\nAnna: Busy, we shipped the Q2 plan.\n"
                                       "Sam Lee: Great, let's review the budget.\n")
    out = me.json("capture", str(call), "--date", "2026-03-25", "--with", "Anna Berg")
    assert out["asked"] == [] and out["closings"] == []
    assert follow_up(me, "wedding") == follow_up(me, "run") == "open"


def test_the_persons_own_words_propose_the_closing_with_the_line(me, tmp_path):
    call = write(tmp_path, "call.txt", "Sam Lee: How are things?\n"
                                       "Anna: The wedding in Porto was wonderful, my sister cried all day.\n")
    out = me.json("capture", str(call), "--date", "2026-03-25", "--with", "Anna Berg")
    (closing,) = out["closings"]
    assert closing["id"] == me.ids["wedding"] and closing["who"] == "Anna"
    assert closing["evidence"] == "The wedding in Porto was wonderful, my sister cried all day."
    assert closing["source_ref"].endswith("call.txt:2")
    assert follow_up(me, "wedding") == "open"  # proposed, not applied
    again = me.json("capture", str(call), "--date", "2026-03-25", "--with", "Anna Berg")
    assert again["closings"] == [closing]  # capturing again: the same proposal, still waiting
    assert len(me.json("review")["closings"]) == 1
    summary = me("capture", str(write(tmp_path, "c2.txt", "Sam Lee: Hi!\nAnna: The wedding in Porto was lovely.\n")),
                 "--date", "2026-03-26", "--with", "Anna Berg").stdout
    assert f"? close #{me.ids['wedding']} Anna Berg" in summary and "Anna said 'The wedding in Porto was lovely.'" in summary
    assert f"rapport review --keep {me.ids['wedding']} closes it, --dismiss {me.ids['wedding']} keeps it open" in summary
    me("review", "--dismiss", str(me.ids["wedding"]))
    assert follow_up(me, "wedding") == "open" and me.json("review")["closings"] == []


def test_never_before_its_date(me, tmp_path):
    call = write(tmp_path, "call.txt", "Anna: Still planning the wedding in Porto, so much to do.\n")
    out = me.json("capture", str(call), "--date", "2026-03-11", "--with", "Anna Berg")  # the wedding is on the 20th
    assert out["closings"] == [] and follow_up(me, "wedding") == "open"


def test_never_on_another_persons_words(me, tmp_path):
    call = write(tmp_path, "group.txt", "Sam Lee: Morning both.\n"
                                        "Ben: My Berlin half marathon went great, new best time.\n"
                                        "Anna: Nice. Shall we start with the roadmap?\n")
    out = me.json("capture", str(call), "--date", "2026-03-11", "--with", "Anna Berg", "--with", "Ben Okafor")
    assert out["closings"] == [] and follow_up(me, "run") == "open"


def test_a_done_marker_closes_it_and_says_how_to_undo(me, tmp_path):
    note = write(tmp_path, "later.md", "# 1:1 Anna\n\n- done: wedding\n- Q2 plan signed off\n")
    out = me.json("capture", str(note), "--date", "2026-03-25", "--with", "Anna Berg")
    assert [(c["id"], c["how"]) for c in out["asked"]] == [(me.ids["wedding"], "done")]
    assert follow_up(me, "wedding") == "done" and follow_up(me, "run") == "open"
    text = me("capture", str(write(tmp_path, "l2.md", f"- Anna: asked: #{me.ids['run']}\n")),
              "--date", "2026-03-25", "--with", "Anna Berg").stdout
    assert f"✓ closed #{me.ids['run']} Anna Berg" in text and f"undo: rapport done {me.ids['run']} --undo" in text
    me("done", str(me.ids["run"]), "--undo")
    assert follow_up(me, "run") == "open"


def test_a_marker_that_fits_several_is_only_proposed(me, tmp_path):
    more = write(tmp_path, "more.md", "- remember: her wedding speech for the Porto trip on 21 March\n")
    me("capture", str(more), "--date", "2026-03-05", "--with", "Anna Berg")
    out = me.json("capture", str(write(tmp_path, "l.md", "- done: Porto\n")), "--date", "2026-03-25", "--with", "Anna Berg")
    assert out["asked"] == [] and len(out["closings"]) == 2
    assert follow_up(me, "wedding") == "open"


def test_interactive_review_counts_a_skipped_closing_as_left(me, tmp_path):
    call = write(tmp_path, "call.txt", "Sam Lee: How are things?\n"
                                       "Anna: The wedding in Porto was wonderful, my sister cried all day.\n")
    me("capture", str(call), "--date", "2026-03-25", "--with", "Anna Berg")
    proposals = len(me.json("review")["proposals"])
    out = me("review", input="s\n" * (proposals + 1)).stdout
    assert out.rstrip().endswith(f"0 kept, 0 dismissed, {proposals + 1} left")


def test_interactive_review_closes_on_k_as_keep_does_and_leaves_open_on_l(me, tmp_path):
    # 'k' keeps a proposal everywhere (memories above it, `review --keep ID`): for a closing it closes.
    call = write(tmp_path, "call.txt", "Sam Lee: How are things?\n"
                                       "Anna: The wedding in Porto was wonderful, my sister cried all day.\n")
    me("capture", str(call), "--date", "2026-03-25", "--with", "Anna Berg")
    proposals = len(me.json("review")["proposals"])
    out = me("review", input="s\n" * proposals + "k\n").stdout
    assert "[c]lose it, [l]eave it open" in out and "1 follow-up closed, 0 left open" in out
    assert follow_up(me, "wedding") == "asked"
    me("done", str(me.ids["wedding"]), "--undo")
    me("capture", str(write(tmp_path, "c2.txt", "Sam Lee: Hi!\nAnna: The wedding in Porto was lovely.\n")),
       "--date", "2026-03-26", "--with", "Anna Berg")
    out = me("review", input="s\n" * len(me.json("review")["proposals"]) + "l\n").stdout
    assert "0 follow-ups closed, 1 left open" in out and follow_up(me, "wedding") == "open"


def test_of_equal_evidence_the_persons_own_answer_is_shown_not_your_question(me, tmp_path):
    call = write(tmp_path, "call.txt", "Sam Lee: Hi Anna, how did the half marathon go?\n"
                                       "Anna: The half marathon went really well, under two hours!\n")
    (closing,) = me.json("capture", str(call), "--date", "2026-03-11", "--with", "Anna Berg")["closings"]
    assert closing["id"] == me.ids["run"] and closing["who"] == "Anna"
    assert closing["evidence"] == "The half marathon went really well, under two hours!"


def test_your_own_words_as_evidence_are_said_as_yours(me, tmp_path):
    call = write(tmp_path, "call.txt", "Sam Lee: Anna, how was the Berlin half marathon?\nAnna: Good, thanks.\n")
    summary = me("capture", str(call), "--date", "2026-03-11", "--with", "Anna Berg").stdout
    assert "- you said 'Anna, how was the Berlin half marathon?'" in summary and "Sam Lee said" not in summary
    shown = me("review", input="s\n" * (len(me.json("review")["proposals"]) + 1)).stdout
    assert "You said: 'Anna, how was the Berlin half marathon?'" in shown

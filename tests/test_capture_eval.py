"""The capture evaluation (benchmarks/eval_capture.py) must not regress below these floors.

The dev split grows as blind-written examples land (tests/data/eval/fresh/), so the floors keep a
margin below the figures reached; docs/capture.md lists the figures themselves. The held-out
split (tests/data/eval/heldout/) is only ever seen as aggregate figures.
"""

from __future__ import annotations

import pytest
from capture_benchmark import eval_capture as _module


@pytest.fixture(scope="module")
def eval_capture():
    return _module()


@pytest.fixture(scope="module")
def figures(eval_capture):
    return eval_capture.evaluate("dev")


def test_there_are_at_least_40_examples(figures):
    assert figures["cases"] >= 40 and figures["expected"] >= 60


# Floors as the ninth round left the dev split (770 examples: the 80 dev examples of the blind batches od..ok,
# by eight new writers, joined it - measured untuned first, then tuned on - and brought precision, recall and
# proposals down; on the 690 examples before them no figure fell), and the tenth round's 10 dev examples of a
# new blind writer (ov*), added untuned, which brought sensitivity and dates down a little, and the eleventh
# round's 70 dev examples of seven more (ow*, oz*, on*, oy*, ox*, om*, ol*), each measured untuned, which brought
# recall, proposals, category and sensitivity down a little, and the twelfth round's 70 dev examples of seven
# more (oo*, op*, oq*, or*, os*, ot*, ou*), then 80 of eight more (qa*-qh*), each measured untuned, and 20 of two
# more (qi*, qj*) added untuned and never tuned on, which brought precision, recall, markers, proposals and dates
# correct down, and the thirteenth round's 80 dev examples of eight more (qk*-qr*), each measured untuned, which
# brought precision and proposal precision down (0.79 and 0.75 on them after tuning; on the 1,020 examples before
# them precision held at 0.869 and recall rose to 0.904), and the fourteenth round's 80 dev examples of eight more
# (qs*-qz*), each measured untuned, which brought precision, recall and category down (on the 1,100 examples before
# them precision rose 0.862 -> 0.865, recall held at 0.902, dates correct rose 0.952 -> 0.955), and the fifteenth
# round's 80 dev examples of eight more (ua*-uh*), each measured untuned, which brought precision, proposal
# precision and dates correct down (on the 1,180 examples before them precision held at 0.859, recall rose 0.899 ->
# 0.903, dates correct 0.954 -> 0.955; category rose 0.739 -> 0.809 as a relative's milestone is stored as family),
# and the sixteenth round's 60 dev examples of six more (xa*-xh*), each measured untuned (on the 1,260 examples before
# them precision rose 0.853 -> 0.859, proposal precision 0.829 -> 0.834, the rest held), and the seventeenth round's
# 80 dev examples of eight more (ya*-yh*) and 40 of four more (za*-zd*), each measured untuned, which brought
# proposal precision, sensitivity and category below the floors of the round before (0.825, 0.835, 0.795; on the
# 1,320 examples before them every figure held or rose, and on the 1,400 before za*-zd* too); the eighteenth round
# added no examples and raised precision, proposal precision and the date floors with the engine: raise them as capture
# improves, never lower them to pass a change of the engine.
def test_capture_precision_and_recall_floors(figures):
    assert figures["precision"] >= 0.852, figures["precision"]
    assert figures["recall"] >= 0.895, figures["recall"]
    assert figures["marker_recall"] >= 0.97, figures["marker_recall"]
    assert figures["proposal_precision"] >= 0.825, figures["proposal_precision"]
    assert figures["proposal_recall"] >= 0.875, figures["proposal_recall"]


def test_dates_and_sensitivity_floors(figures):
    assert figures["dates_correct"] >= 0.947, figures["dates_correct"]
    assert figures["dates_wrong"] <= 0.010, figures["dates_wrong"]
    assert figures["sensitivity_accuracy"] >= 0.83, figures["sensitivity_accuracy"]
    assert figures["category_accuracy"] >= 0.79, figures["category_accuracy"]


def test_no_sensitive_memory_is_offered_as_an_opener(figures):
    assert figures["briefed"] > 0 and figures["prompt_kind_recall"] is not None  # the briefing engine ran
    own = [r for r in figures["details"] if not r["case"].startswith("f")]  # the project's own examples
    assert [o for r in own for o in r["sensitive_openers"]] == []
    assert figures["sensitive_openers"] == 0, figures["sensitive_openers"]  # issue 8: zero, on every split


def test_no_memory_from_the_users_own_lines(figures):
    own = [r for r in figures["details"] if r["case"] in {"17_me_only_disclosures", "18_questions_and_hypotheticals"}]
    assert len(own) == 2 and all(r["captured"] == [] for r in own)


def test_a_wrong_date_is_not_counted_as_a_missing_one(eval_capture):
    case = {"expected": [], "captured": [], "pairs": [], "sensitive_openers": [], "expected_prompts": [], "briefed": False}
    right = ({"event_date": "2026-03-06", "category": "pet", "sensitivity": "light"},
             {"event_date": "2026-03-06", "category": "pet", "sensitivity": "light", "review": "kept"})
    wrong = ({"event_date": "2026-03-06", "category": "pet", "sensitivity": "light"},
             {"event_date": "2026-03-13", "category": "pet", "sensitivity": "light", "review": "kept"})
    missing = ({"event_date": "2026-03-06", "category": "pet", "sensitivity": "light"},
               {"event_date": None, "category": "pet", "sensitivity": "light", "review": "kept"})
    invented = ({"event_date": None, "category": "pet", "sensitivity": "light"},
                {"event_date": "2026-03-13", "category": "pet", "sensitivity": "light", "review": "kept"})
    pairs = [right, wrong, missing, invented]
    for e, _ in pairs:
        e["source"] = "marker"
    case.update(pairs=pairs, expected=[e for e, _ in pairs], captured=[m for _, m in pairs])
    figures = eval_capture.figures_of([case])
    assert (figures["dates_correct"], figures["dates_wrong"], figures["dates_missing"]) == (0.25, 0.5, 0.25)


def test_the_held_out_split_yields_aggregates_only(eval_capture, tmp_path):
    """No per-case detail of the held-out split ever leaves evaluate(): nothing to print, nothing to tune on."""
    (tmp_path / "heldout").mkdir()
    figures = eval_capture.evaluate("heldout", root=tmp_path)
    assert "details" not in figures and figures["cases"] == 0
    assert eval_capture.split_files("dev", tmp_path) == []
    with pytest.raises(ValueError):
        eval_capture.split_files("test", tmp_path)


def test_dates_against_settled_labels(eval_capture):
    # a pair whose writer label was settled otherwise by two more readers is scored against the settled one
    results = [{"case": "h1", "pairs": [
        ({"keywords": ["a"], "event_date": "2026-03-01"}, {"event_date": "2026-03-02"}),  # settled to the 2nd
        ({"keywords": ["b"], "event_date": "2026-03-05"}, {"event_date": "2026-03-05"}),  # not settled: the writer's
        ({"keywords": ["c"], "event_date": "2026-03-07"}, {"event_date": None}),  # settled to none
    ]}]
    settled = {("h1", ("a",)): "2026-03-02", ("h1", ("c",)): None}
    got = eval_capture._settled_dates(results, settled)
    assert got == {"settled_correct": 1.0, "settled_wrong": 0.0, "settled_missing": 0.0}
    assert eval_capture._settled_dates(results, {}) == {}
    on_file = eval_capture.settled_labels()
    assert len(on_file) > 1000 and all(isinstance(k[1], tuple) for k in on_file)

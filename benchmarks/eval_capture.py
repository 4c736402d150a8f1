"""Measure capture quality on tests/data/eval: precision, recall, date accuracy, sensitive openers.

Each example is a notes or transcript file with a JSON of the memories a careful person would
have kept (person, category, sensitivity, event_date, keywords) and the briefing prompt kinds
expected before the next meeting. Run: `.venv/bin/python benchmarks/eval_capture.py [--verbose]`.
tests/test_capture_eval.py runs the same evaluation and asserts floors.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval"


def _matches(memory: dict[str, Any], expected: dict[str, Any]) -> bool:
    text = memory["text"].lower()
    return memory["person"] == expected["person"] and all(k.lower() in text for k in expected["keywords"])


def _config(case: dict[str, Any]) -> str:
    aliases = json.dumps(case.get("me_aliases", []))
    return f'[me]\nname = "{case["me"]}"\naliases = {aliases}\n'


def run_case(meta_path: Path, workdir: Path) -> dict[str, Any]:
    """Capture one example into a fresh home; compare with its expectations."""
    from rapport_plugins.capture import capture_file
    from rapport_plugins.cli_common import App

    case = json.loads(meta_path.read_text())
    home = workdir / meta_path.stem
    home.mkdir(parents=True)
    (home / "config.toml").write_text(_config(case))
    os.environ["RAPPORT_NOW"] = f"{case['date']}T18:00:00+00:00"
    app = App(home=str(home))
    try:
        capture_file(app, EVAL_DIR / case["file"], date=date.fromisoformat(case["date"]),
                     with_people=tuple(case["with"]))
        store = app.store
        captured = []
        for person in store.list_people():
            for m in store.memories_for(person.id, review=("kept", "proposed")):
                captured.append({"id": m.id, "person": person.name, "text": m.text, "category": m.category,
                                 "sensitivity": m.sensitivity, "event_date": m.event_date, "review": m.review})
        expected = case["expected"]
        used: set[int] = set()
        pairs = []
        for exp in expected:
            hit = next((m for m in captured if m["id"] not in used and _matches(m, exp)), None)
            if hit:
                used.add(hit["id"])
                pairs.append((exp, hit))
        result: dict[str, Any] = {
            "case": meta_path.stem, "captured": captured, "expected": expected,
            "true_positives": len(pairs), "false_positives": [m for m in captured if m["id"] not in used],
            "missed": [e for e in expected if not any(e is p[0] for p in pairs)],
            "dates": [(e["event_date"], m["event_date"]) for e, m in pairs],
            "categories": [(e["category"], m["category"]) for e, m in pairs],
            "sensitivities": [(e["sensitivity"], m["sensitivity"]) for e, m in pairs],
            "sensitive_openers": [], "prompt_kinds": [], "expected_prompts": case.get("prompts", []),
        }
        if case.get("brief_on"):
            result.update(_briefing_check(app, case))
        return result
    finally:
        app.close()
        os.environ.pop("RAPPORT_NOW", None)


def _briefing_check(app: Any, case: dict[str, Any]) -> dict[str, Any]:
    """Keep every proposal, build the next meeting's briefing, look at its prompts."""
    try:
        from rapport_plugins.briefing import build_briefing
    except ImportError:
        return {}
    from rapport_plugins.models import Attendee, Meeting

    store = app.store
    for m in store.proposed():
        store.update_memory(m.id, review="kept")
    day = date.fromisoformat(case["brief_on"])
    start = datetime.combine(day, time(10)).astimezone()
    attendees = []
    for name in case["with"]:
        p = store.find_person(name)
        attendees.append(Attendee(name=name, email=p.emails[0] if p and p.emails else None))
    meeting = Meeting(uid=f"eval-{case['file']}", title="Follow-up", start=start, end=start, attendees=attendees)
    briefing = build_briefing(app, meeting, now=datetime.combine(day, time(9)).astimezone())
    sensitive_openers = []
    kinds = []
    for prompt in briefing.prompts():
        kinds.append(prompt.get("kind"))
        if prompt.get("kind") == "opener":
            for mid in prompt.get("memory_ids") or []:
                memory = store.get_memory(mid)
                if memory and memory.sensitivity == "sensitive":
                    sensitive_openers.append({"memory": memory.text, "prompt": prompt.get("text")})
    return {"sensitive_openers": sensitive_openers, "prompt_kinds": kinds}


def evaluate(verbose: bool = False) -> dict[str, Any]:
    """Run every example; return the figures (and per-case details)."""
    cases = sorted(EVAL_DIR.glob("*.json"))
    with tempfile.TemporaryDirectory() as tmp:
        results = [run_case(p, Path(tmp)) for p in cases]
    tp = sum(r["true_positives"] for r in results)
    fp = sum(len(r["false_positives"]) for r in results)
    expected = sum(len(r["expected"]) for r in results)
    dates = [d for r in results for d in r["dates"]]
    cats = [c for r in results for c in r["categories"]]
    sens = [s for r in results for s in r["sensitivities"]]
    prompt_cases = [r for r in results if r["expected_prompts"] and r["prompt_kinds"] is not None]
    prompt_hits = sum(1 for r in prompt_cases for k in r["expected_prompts"] if k in r["prompt_kinds"])
    prompt_total = sum(len(r["expected_prompts"]) for r in prompt_cases)
    figures = {
        "cases": len(results),
        "expected": expected, "captured": tp + fp, "true_positives": tp,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / expected if expected else 1.0,
        "date_accuracy": sum(a == b for a, b in dates) / len(dates) if dates else 1.0,
        "category_accuracy": sum(a == b for a, b in cats) / len(cats) if cats else 1.0,
        "sensitivity_accuracy": sum(a == b for a, b in sens) / len(sens) if sens else 1.0,
        "sensitive_openers": [dict(o, case=r["case"]) for r in results for o in r["sensitive_openers"]],
        "prompt_kind_recall": prompt_hits / prompt_total if prompt_total else None,
        "details": results,
    }
    return figures


def main() -> int:
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    figures = evaluate()
    if verbose:
        for r in figures["details"]:
            for m in r["false_positives"]:
                print(f"FP   {r['case']}: {m['person']}: {m['text']}")
            for e in r["missed"]:
                print(f"MISS {r['case']}: {e['person']}: {e['keywords']}")
            for (e, m), (ec, mc), (es, ms) in zip(r["dates"], r["categories"], r["sensitivities"], strict=True):
                if e != m or ec != mc or es != ms:
                    print(f"DIFF {r['case']}: date {e} vs {m}, category {ec} vs {mc}, sensitivity {es} vs {ms}")
    print(f"examples:             {figures['cases']}")
    print(f"expected memories:    {figures['expected']}   captured: {figures['captured']}")
    print(f"precision:            {figures['precision']:.3f}")
    print(f"recall:               {figures['recall']:.3f}")
    print(f"date accuracy:        {figures['date_accuracy']:.3f}  (of matched memories)")
    print(f"category accuracy:    {figures['category_accuracy']:.3f}")
    print(f"sensitivity accuracy: {figures['sensitivity_accuracy']:.3f}")
    pk = figures["prompt_kind_recall"]
    print(f"prompt kinds found:   {pk:.3f}" if pk is not None else "prompt kinds found:   n/a (no briefing engine)")
    print(f"sensitive openers:    {len(figures['sensitive_openers'])}")
    for o in figures["sensitive_openers"]:
        print(f"  ! {o['case']}: {o['memory']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

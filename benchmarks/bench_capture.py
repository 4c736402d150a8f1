"""How long capture takes on a long meeting: parse a 2-hour, 2,400-cue Zoom transcript, extract, store.

Run on demand: `.venv/bin/python benchmarks/bench_capture.py`. Prints timings; asserts nothing.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

LINES = [
    ("Sam Lee", "How was the weekend? I went climbing and my knee is killing me."),
    ("Anna Berg", "Busy! My daughter just started school and we adopted a puppy."),
    ("Anna Berg", "I'm training for the Berlin marathon in September."),
    ("Sam Lee", "Shall we go through the roadmap for the next quarter?"),
    ("Anna Berg", "Sure. We need two more engineers before the launch, and the API migration is on track."),
    ("Anna Berg", "My mum is in hospital, she has surgery next Friday, so I might drop off early."),
]


def make_vtt(cues: int) -> str:
    out = ["WEBVTT", ""]
    for i in range(cues):
        speaker, text = LINES[i % len(LINES)]
        start, end = i * 3, i * 3 + 3
        out += [str(i + 1), f"{start // 3600:02d}:{start // 60 % 60:02d}:{start % 60:02d}.000 --> "
                f"{end // 3600:02d}:{end // 60 % 60:02d}:{end % 60:02d}.000", f"{speaker}: {text} ({i})", ""]
    return "\n".join(out)


def main() -> None:
    from rapport_plugins.capture import capture_file
    from rapport_plugins.cli_common import App
    from rapport_plugins.extract import propose
    from rapport_transcripts.parse import parse_transcript

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        vtt = tmp_path / "long.vtt"
        vtt.write_text(make_vtt(2400), encoding="utf-8")
        t0 = time.perf_counter()
        notes = parse_transcript(vtt.read_text(encoding="utf-8"), str(vtt))
        t1 = time.perf_counter()
        found = propose(notes.text, {"notes": notes, "utterances": notes.utterances, "me": ["Sam Lee"],
                                     "attendees": ["Anna Berg"]})
        t2 = time.perf_counter()
        home = tmp_path / "home"
        home.mkdir()
        (home / "config.toml").write_text('[me]\nname = "Sam Lee"\n', encoding="utf-8")
        os.environ["RAPPORT_NOW"] = "2026-03-04T18:00:00+00:00"
        app = App(home=str(home))
        t3 = time.perf_counter()
        first = capture_file(app, vtt, date=date(2026, 3, 4))
        t4 = time.perf_counter()
        again = capture_file(app, vtt, date=date(2026, 3, 4))
        t5 = time.perf_counter()
        app.close()
    print(f"parse 2,400 cues ({len(notes.utterances)} turns):   {(t1 - t0) * 1000:8.1f} ms")
    print(f"rules extractor ({len(found)} proposals):        {(t2 - t1) * 1000:8.1f} ms")
    print(f"capture_file, first run ({len(first.proposed)} stored): {(t4 - t3) * 1000:8.1f} ms")
    print(f"capture_file, again ({len(again.duplicates)} duplicates):  {(t5 - t4) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()

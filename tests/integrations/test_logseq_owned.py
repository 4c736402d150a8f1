"""The Logseq owned subtree under random user edits: every block the user wrote survives re-runs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rapport_logseq.owned import ID_PROP, upsert_subtree

_words = st.text(alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" .,!?'"),
                 min_size=1, max_size=20).map(str.strip).filter(bool)
_user_block = st.tuples(st.integers(0, 2), _words).map(lambda t: "\t" * t[0] + "- " + t[1])
_edit = st.tuples(st.sampled_from(["start", "end", "inside", "none"]), st.lists(_user_block, min_size=1, max_size=2))


def _owned_range(lines: list[str]) -> tuple[int, int]:
    start = next(i for i, ln in enumerate(lines) if ln.strip() == f"{ID_PROP}:: j1") - 1
    end = start + 1
    while end + 1 < len(lines) and (lines[end + 1].startswith(("\t", " ")) or not lines[end + 1].strip()):
        end += 1
    return start, end


@settings(max_examples=25, deadline=None)
@given(head=st.lists(_user_block, max_size=4), edits=st.lists(_edit, min_size=100, max_size=100),
       bodies=st.lists(st.lists(_words, min_size=1, max_size=3), min_size=2, max_size=3))
def test_user_blocks_survive_100_reruns(head, edits, bodies):
    head = ["- top"] + [b.lstrip("\t") if i == 0 else b for i, b in enumerate(head)]
    text = "\n".join(head) + "\n"
    user = [ln.strip() for ln in head]
    text = upsert_subtree(text, "j1", "Rapport briefing", "\n".join(f"- {b}" for b in bodies[0])).text
    for i, (where, blocks) in enumerate(edits):
        lines = text.rstrip("\n").split("\n")
        start, end = _owned_range(lines)
        if where == "start":
            blocks = [blocks[0].lstrip("\t"), *blocks[1:]]
            lines[start:start] = blocks
        elif where == "end":
            blocks = [blocks[0].lstrip("\t"), *blocks[1:]]
            lines[end + 1:end + 1] = blocks
        elif where == "inside":
            lines[end + 1:end + 1] = ["\t" + b for b in blocks]
        if where != "none":
            user += [b.strip() for b in blocks]
        text = "\n".join(lines) + "\n"
        text = upsert_subtree(text, "j1", "Rapport briefing", "\n".join(f"- {b}" for b in bodies[i % len(bodies)])).text
        stripped = [ln.strip() for ln in text.split("\n")]
        for line in user:
            assert line in stripped
        assert text.count(f"{ID_PROP}:: j1") == 1

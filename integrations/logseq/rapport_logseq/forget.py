"""``rapport forget`` in a Logseq graph: our briefing and review subtrees lose every block about the
person (and the blocks and properties under it); pages the user wrote that still name them are listed, never edited."""

from __future__ import annotations

import re
from typing import Any

from rapport_markdown import body_hash, forget_in_notes, names_person

from .outline import parse_page
from .owned import ID_PROP, REVIEW_PROP, SHA_PROP, blank_owned


def redact_blocks(children: list[str], keys: list[str]) -> list[str]:
    """Child block lines without any block naming the person, and without what is nested under it."""
    out: list[str] = []
    skip_depth: int | None = None
    for line in children:
        depth = len(line) - len(line.lstrip("\t"))
        if skip_depth is not None and (depth > skip_depth or not line.lstrip().startswith("-")):
            continue  # nested under the block, or its own property line
        skip_depth = None
        if names_person(line, keys):
            skip_depth = depth
            continue
        out.append(line)
    return out


def _redact_page(text: str, keys: list[str]) -> tuple[str, bool]:
    lines = text.split("\n")
    changed = False
    for block in reversed(parse_page(text).blocks):  # from the end: line numbers stay valid above
        if ID_PROP not in block.properties and REVIEW_PROP not in block.properties:
            continue
        subtree = block.subtree_lines()
        children_at = [i for i in subtree if i not in block.lines]
        children = [lines[i] for i in children_at]
        if not any(names_person(x, keys) for x in [*children, *(lines[i] for i in block.lines)]):
            continue
        kept = redact_blocks(children, keys)
        head = [re.sub(rf"^(\s*){SHA_PROP}::.*$", rf"\g<1>{SHA_PROP}:: {body_hash(kept)}", lines[i])
                for i in block.lines]
        if names_person(head[0], keys):
            head[0] = "- To remember from this meeting" if REVIEW_PROP in block.properties else "- Rapport briefing"
        lines[subtree[0]:subtree[-1] + 1] = [*head, *kept]
        changed = True
    return "\n".join(lines), changed


def forget_in_graph(root: Any, graph: Any, person: Any) -> dict[str, list[str]]:
    def redactor(text: str, keys: list[str]) -> Any:
        if not _redact_page(text, keys)[1]:
            return None
        return lambda current: (_redact_page(current, keys)[0], False)

    return forget_in_notes(((rel, root / rel) for rel in sorted(graph.scan())), person, redactor, blank_owned)

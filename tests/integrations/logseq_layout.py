"""A Logseq graph as Logseq lays it out on disk, for the Logseq tests: pages/, journals/ and
logseq/config.edn (journal files named yyyy_MM_dd unless ``config_edn`` says otherwise)."""

from __future__ import annotations

from pathlib import Path

JOURNAL_FORMAT = '{:journal/file-name-format "yyyy_MM_dd"}\n'


def new_graph(root: Path, config_edn: str = JOURNAL_FORMAT) -> Path:
    """An empty graph at ``root`` (returned)."""
    for sub in ("pages", "journals", "logseq"):
        (root / sub).mkdir(parents=True)
    (root / "logseq" / "config.edn").write_text(config_edn, encoding="utf-8")
    return root

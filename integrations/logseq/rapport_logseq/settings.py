"""The ``[logseq]`` configuration section."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapport_plugins import SectionReader

from .graph import Graph

_GRAPHS: dict[str, Graph] = {}


@dataclass
class Settings:
    graph: Path
    write_briefing: bool = True
    briefing_target: str = "journal"  # journal: the day's journal page; meeting: the meeting's page
    shared: bool = False  # the graph is read by others: light details only
    review_checklist: bool = True  # capture's proposals as TODO blocks in the meeting's page or journal

    def open_graph(self) -> Graph:
        graph = _GRAPHS.get(str(self.graph))
        if graph is None:
            graph = _GRAPHS[str(self.graph)] = Graph(self.graph)
        graph.scan()
        return graph


def settings_from(config: Any) -> Settings | None:
    """``None`` when ``[logseq]`` is missing or names no graph (not configured)."""
    read = SectionReader.of(config, "logseq", needs="graph")
    if read is None:
        return None
    target = read.choice("briefing_target", "journal", ("journal", "meeting"))
    return Settings(read.path("graph").resolve(), read.flag("write_briefing", True), target, read.flag("shared", False),
                    read.flag("review_checklist", True))

"""The ``[logseq]`` configuration section."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .graph import Graph

_GRAPHS: dict[str, Graph] = {}


@dataclass
class Settings:
    graph: Path
    write_briefing: bool = True
    briefing_target: str = "journal"  # journal: the day's journal page; meeting: the meeting's page
    shared: bool = False  # the graph is read by others: light details only

    def open_graph(self) -> Graph:
        graph = _GRAPHS.get(str(self.graph))
        if graph is None:
            graph = _GRAPHS[str(self.graph)] = Graph(self.graph)
        graph.scan()
        return graph


def settings_from(config: Any) -> Settings | None:
    """``None`` when ``[logseq]`` is missing or names no graph (not configured)."""
    if config is None:
        return None
    section = config.section("logseq")
    if not section or not section.get("graph"):
        return None
    target = str(section.get("briefing_target", "journal"))
    if target not in ("journal", "meeting"):
        from rapport_plugins import ConfigError

        raise ConfigError(f"[logseq] briefing_target must be 'journal' or 'meeting', not {target!r}")
    return Settings(
        graph=Path(config.path_of(section["graph"])).resolve(),
        write_briefing=bool(section.get("write_briefing", True)),
        briefing_target=target,
        shared=bool(section.get("shared", False)),
    )

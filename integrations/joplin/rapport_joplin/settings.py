"""The `[joplin]` configuration section, read once and checked, so every other module gets clean values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapport_plugins import NotesSettings

DEFAULT_URL = "http://127.0.0.1:41184"
STATE_FILE = "joplin-state.json"


@dataclass(frozen=True)
class JoplinSettings(NotesSettings):
    section = "joplin"
    url: str = DEFAULT_URL
    token: str = field(default="", repr=False)  # never shown: it unlocks every note
    notebook: str = "Meetings"
    tag: str = "rapport"  # put on notes the tool writes a briefing into ("" = no tag)
    timeout: float = 10.0
    state_path: Path = Path(STATE_FILE)

    @classmethod
    def read_section(cls, read: Any) -> dict[str, Any]:
        return dict(
            url=read.text("url", DEFAULT_URL).rstrip("/"),
            token=str(read.secret("token", missing="Joplin > Options > Web Clipper > token")),
            notebook=read.text("notebook", "Meetings"),
            tag=read.text("tag", "rapport").lower(),
            timeout=read.number("timeout", 10.0),
            state_path=read.path("state_file", STATE_FILE),
        )

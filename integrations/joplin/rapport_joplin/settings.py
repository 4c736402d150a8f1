"""The `[joplin]` configuration section, read once and checked, so every other module gets clean values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapport_plugins import ConfigError, secret

DEFAULT_URL = "http://127.0.0.1:41184"
STATE_FILE = "joplin-state.json"


@dataclass(frozen=True)
class JoplinSettings:
    url: str = DEFAULT_URL
    token: str = field(default="", repr=False)  # never shown: it unlocks every note
    notebook: str = "Meetings"
    tag: str = "rapport"  # put on notes the tool writes a briefing into ("" = no tag)
    shared: bool = False  # true if the notebook is shared: briefings then drop personal details
    timeout: float = 10.0
    state_path: Path = Path(STATE_FILE)

    @classmethod
    def from_config(cls, config: Any) -> JoplinSettings | None:
        """Settings from ``config.section("joplin")``, or None when the section is missing."""
        if config is None or "joplin" not in getattr(config, "data", {}):
            return None
        section = config.section("joplin")
        token = secret(section, "token", "[joplin]")
        if not token:
            raise ConfigError("[joplin] needs token or token_env (Joplin > Options > Web Clipper > token)")
        state = section.get("state_file", STATE_FILE)
        try:
            timeout = float(section.get("timeout", 10.0))
        except (TypeError, ValueError):
            raise ConfigError(f"[joplin] timeout must be a number, not {section.get('timeout')!r}") from None
        return cls(
            url=str(section.get("url", DEFAULT_URL)).rstrip("/"),
            token=str(token),
            notebook=str(section.get("notebook", "Meetings")),
            tag=str(section.get("tag", "rapport")).strip().lower(),
            shared=bool(section.get("shared", False)),
            timeout=timeout,
            state_path=config.path_of(state),
        )

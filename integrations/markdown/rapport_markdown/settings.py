"""The ``[markdown]`` configuration section, read once per hook call."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .vault import Vault, cache_path_for

_VAULTS: dict[str, Vault] = {}  # one index per vault per process; rescans are cheap (mtime/size)


@dataclass
class Settings:
    vault: Path
    meetings_folder: str = "Meetings"
    people_folder: str = "People"
    template: str | None = None
    write_briefing: bool = True
    daily_note: bool = False
    daily_note_shared: bool = False  # the daily note is read by others: light details only
    shared: bool = False  # the whole vault is shared (a team vault): light details only
    append_captured_to_person: bool = False
    home: Path | None = None
    me: frozenset[str] = frozenset()  # the user's name and emails ([me]), case-folded: not an attendee link
    zone: Any = None  # the user's time zone: a note's date and {{time}} are the user's, not the invitation's

    def open_vault(self) -> Vault:
        """The vault's index, rescanned (only changed notes are re-read)."""
        key = str(self.vault)
        vault = _VAULTS.get(key)
        if vault is None or (vault.people_folder, vault.meetings_folder) != (
            self.people_folder.strip("/"), self.meetings_folder.strip("/")
        ):
            cache = cache_path_for(self.home, self.vault) if self.home else None
            vault = _VAULTS[key] = Vault(self.vault, self.people_folder, self.meetings_folder, cache)
        vault.scan(force=True)
        return vault


def settings_from(config: Any) -> Settings | None:
    """``None`` when the ``[markdown]`` section is missing or names no vault (not configured)."""
    if config is None:
        return None
    section = config.section("markdown")
    if not section or not section.get("vault"):
        return None
    from rapport_plugins import user_zone

    return Settings(
        vault=Path(config.path_of(section["vault"])).resolve(),
        meetings_folder=str(section.get("meetings_folder", "Meetings")),
        people_folder=str(section.get("people_folder", "People")),
        template=section.get("template") or None,
        write_briefing=bool(section.get("write_briefing", True)),
        daily_note=bool(section.get("daily_note", False)),
        daily_note_shared=bool(section.get("daily_note_shared", False)),
        shared=bool(section.get("shared", False)),
        append_captured_to_person=bool(section.get("append_captured_to_person", False)),
        home=Path(config.home),
        me=frozenset(_me_keys(config.section("me"))),
        zone=user_zone(config),
    )


def _me_keys(me: dict[str, Any]) -> list[str]:
    emails = me.get("emails") or []
    if isinstance(emails, str):
        emails = [emails]
    return [str(k).strip().casefold() for k in [me.get("name"), *emails] if k]

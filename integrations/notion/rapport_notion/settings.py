"""The `[notion]` configuration section, read once and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapport_plugins import ConfigError, NotesSettings

DEFAULT_BASE_URL = "https://api.notion.com/v1"
DEFAULT_VERSION = "2025-09-03"


@dataclass(frozen=True)
class NotionSettings(NotesSettings):
    section = "notion"
    token: str = field(default="", repr=False)  # never shown: it reads the whole workspace
    base_url: str = DEFAULT_BASE_URL
    notion_version: str = DEFAULT_VERSION
    data_source_id: str | None = None
    database_id: str | None = None
    date_property: str = "Date"
    shared: bool = True  # a workspace is usually read by others: only light details by default
    create_pages: bool = False  # create a meeting page when none exists (off: teams' databases)
    timeout: float = 30.0
    max_retries: int = 3  # for 429 rate limits and 502/503/504
    max_retry_wait: float = 30.0  # cap on one wait, seconds (Retry-After is honoured up to it)
    requests_per_second: float = 3.0  # Notion's documented average; 0 turns pacing off

    @classmethod
    def read_section(cls, read: Any) -> dict[str, Any]:
        data_source = read.text("meetings_data_source_id") or read.text("data_source_id")
        database = read.text("database_id")
        if not data_source and not database:
            raise ConfigError(f"{read.where} needs meetings_data_source_id or database_id")
        return dict(
            token=str(read.secret("token", missing="an internal integration secret")),
            base_url=read.text("base_url", DEFAULT_BASE_URL).rstrip("/"),
            notion_version=read.text("notion_version", DEFAULT_VERSION),
            data_source_id=data_source or None,
            database_id=database or None,
            date_property=read.text("date_property", "Date"),
            create_pages=read.flag("create_pages", False),
            timeout=read.number("timeout", 30.0),
            max_retries=read.number("max_retries", 3, int),
            max_retry_wait=read.number("max_retry_wait", 30.0),
            requests_per_second=read.number("requests_per_second", 3.0),
        )

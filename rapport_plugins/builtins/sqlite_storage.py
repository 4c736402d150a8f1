"""Built-in plugin ``sqlite-store``: the embedded SQLite store (answers last, so another backend can win)."""

from __future__ import annotations

from rapport_plugins import hookimpl


@hookimpl(trylast=True)
def rapport_storage(config):
    from rapport_plugins.store import SQLiteStore

    return SQLiteStore(config.db_path)


@hookimpl
def rapport_config_sections():
    return {"store": {"about": "the embedded SQLite store", "keys": {"path": str}}}

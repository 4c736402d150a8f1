"""rapport-postgres: the team store on PostgreSQL, answering ``rapport_storage`` when ``[postgres]``
has a DSN (otherwise the embedded SQLite store answers, as always)."""

from __future__ import annotations

from typing import Any

from rapport_plugins import hookimpl


@hookimpl
def rapport_storage(config: Any) -> Any:
    from rapport_plugins import SectionReader, secret

    section = config.section("postgres")
    if not section.get("dsn"):
        return None
    reader = SectionReader(config, "postgres")
    from .store import PostgresStore

    return PostgresStore(
        reader.text("dsn"),
        password=secret(section, "password", reader.where),
        user=reader.text("user") or None,
        language=reader.text("language", "simple") or "simple",
        retries=int(reader.number("retries", 2, int)),
        pool_size=int(reader.number("pool_size", 4, int)),
    )


@hookimpl
def rapport_config_sections() -> dict[str, Any]:
    """The [postgres] section (checked by rapport; the example goes into `rapport init`)."""
    return {"postgres": {
        "about": "the team store on PostgreSQL (rapport-postgres): people and memories shared with a team",
        "keys": {"dsn": str, "password": "secret", "user": str, "language": str, "retries": int,
                 "pool_size": int},
        "example": """\
dsn = "host=db.clinic.example dbname=rapport user=sam"
password_env = "RAPPORT_PG_PASSWORD"        # or password_command = "pass show rapport-db"
# user = "sam@clinic.example"                 # you, as the team knows you
# language = "simple"                         # text search configuration: english, german, ...
""",
    }}

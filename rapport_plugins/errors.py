"""The one error type the CLI turns into a one-line message (no traceback, non-zero exit)."""


class RapportError(Exception):
    """A user-facing error. The message names the file, URL or thing and, where known, the place."""


class ConfigError(RapportError):
    """The configuration file is unreadable or invalid."""


class StoreError(RapportError):
    """The store cannot be opened or written."""


class ParseError(RapportError):
    """Input (ICS, vCard, Markdown, transcript) is malformed. Name the file and the line."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        where = ""
        if source:
            where = f"{source}:{line}: " if line else f"{source}: "
        super().__init__(f"{where}{message}")
        self.source = source
        self.line = line

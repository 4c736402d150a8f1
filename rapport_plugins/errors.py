"""The one error type the CLI turns into a one-line message (no traceback, non-zero exit)."""

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


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


def describe(exc: BaseException) -> str:
    """One line about any error, without a traceback (a RapportError is already worded)."""
    text = " ".join(str(exc).split())[:200]
    if isinstance(exc, RapportError) and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def each_or_report(items: Iterable[T], convert: Callable[[T], U], report: Callable[[str], object],
                   where: Callable[[T], str]) -> list[U]:
    """``convert`` every item; one that raises is reported once (``where(item)`` names it) and
    skipped, so one hostile event never turns off the rest of a calendar."""
    out = []
    for item in items:
        try:
            out.append(convert(item))
        except Exception as exc:  # noqa: BLE001
            try:
                name = where(item)
            except Exception:  # noqa: BLE001 - an item too broken to be named
                name = "an item"
            report(f"{name}: skipped: {describe(exc)}")
    return out

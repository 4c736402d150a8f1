"""Where rapport keeps its files, and the TOML configuration every plugin reads its section from."""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from .errors import ConfigError

CONFIG_NAME = "config.toml"
DB_NAME = "rapport.db"

def home_dir() -> Path:
    """The rapport home folder: ``$RAPPORT_HOME`` or the platform's app folder."""
    env = os.environ.get("RAPPORT_HOME")
    if env:
        return Path(env).expanduser()
    import click

    return Path(click.get_app_dir("rapport"))


class Config:
    """Parsed configuration plus the home folder it belongs to.

    Plugins read their settings with ``config.section("name")`` and resolve paths relative to
    the home folder with ``config.path(value)``.
    """

    def __init__(self, home: Path, data: dict[str, Any] | None = None, path: Path | None = None):
        self.home = Path(home)
        self.data: dict[str, Any] = data or {}
        self.path = path
        self.text = ""  # the file as written (for line numbers in messages)
        self.hooks_dir: Path | None = None  # set from --hooks-dir / env / config by the CLI

    @classmethod
    def load(cls, home: Path | None = None) -> Config:
        home = Path(home) if home else home_dir()
        path = home / CONFIG_NAME
        data: dict[str, Any] = {}
        if path.exists():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read config: {exc}") from None
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as exc:
                message = _toml_msg(exc)
                at = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
                if at:
                    message = f"{path}:{at.group(1)}:{at.group(2)}: invalid TOML: {message[:at.start()]}"
                    raise ConfigError(message) from None
                raise ConfigError(f"{path}: invalid TOML: {message}") from None
            from .secrets import warn_if_exposed

            warn_if_exposed(path, data)
            config = cls(home, data, path)
            config.text = text
            return config
        return cls(home, data, path)

    @property
    def db_path(self) -> Path:
        store = self.section("store")
        return self.path_of(store.get("path", DB_NAME))

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, dict) else {}

    def get(self, dotted: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def path_of(self, value: str | os.PathLike[str]) -> Path:
        """Resolve a configured path: ``~`` expanded, relative paths taken from the home folder."""
        p = Path(os.path.expanduser(str(value)))
        return p if p.is_absolute() else self.home / p

    @property
    def me(self) -> dict[str, Any]:
        return self.section("me")


class SectionReader:
    """Typed reads of one config section for an integration; errors name the file, the section
    and the key, so a typo in config.toml is one clear line.

    ``SectionReader.of(config, "name")`` is None when the section is missing (the integration is
    not configured), so a hook can answer None in one line."""

    def __init__(self, config: Config, name: str):
        self.config = config
        self.name = name
        self.section = config.section(name)
        self.where = f"{config.path or 'config'}: [{name}]"

    @classmethod
    def of(cls, config: Config | None, name: str, needs: str | None = None) -> SectionReader | None:
        """A reader for ``[name]``, or None when the section is missing, or when the key ``needs``
        (the one setting that turns the integration on) is not set. An empty ``[name]`` is a
        section: its missing settings are errors, not silence."""
        if config is None or not isinstance(getattr(config, "data", {}).get(name), dict):
            return None
        reader = cls(config, name)
        if needs is not None and reader.section.get(needs) in (None, "", []):
            return None
        return reader

    def __contains__(self, key: str) -> bool:
        return key in self.section

    def text(self, key: str, default: str = "") -> str:
        value = self.section.get(key, default)
        if not isinstance(value, str):
            raise ConfigError(f"{self.where} {key} must be a string")
        return value.strip()

    def required(self, key: str, hint: str) -> str:
        """A text setting that must be there; the error says where to find it (``hint``)."""
        value = self.text(key)
        if not value:
            raise ConfigError(f"{self.where} {key} is missing ({hint})")
        return value

    def number(self, key: str, default: float, kind: type = float, most: float | None = None) -> Any:
        """A non-negative number (``kind`` int or float), capped at ``most`` when given."""
        value = self.section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError(f"{self.where} {key} must be a non-negative number")
        return kind(value if most is None else min(value, most))

    def flag(self, key: str, default: bool) -> bool:
        value = self.section.get(key, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{self.where} {key} must be true or false")
        return value

    def choice(self, key: str, default: str, options: tuple[str, ...]) -> str:
        value = self.text(key, default).lower()
        if value not in options:
            raise ConfigError(f"{self.where} {key} must be one of {', '.join(options)}, not {value!r}")
        return value

    def strings(self, key: str, default: list[str] | None = None) -> list[str]:
        """A string or a list of non-empty strings (``calendars = "work.ics"`` reads as a list of one)."""
        value = self.section.get(key, default if default is not None else [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ConfigError(f"{self.where} {key} must be a string or a list of strings")
        return [v.strip() for v in value]

    def path(self, key: str, default: str = "") -> Path:
        """A path setting: ``~`` expanded, a relative path taken from the rapport home."""
        return self.config.path_of(self.text(key, default))

    def secret(self, key: str, missing: str | None = None) -> str | None:
        """``key``, ``key_env`` or ``key_command`` (see :func:`secret`); with ``missing`` (how to
        get one) a section without any of them is an error rather than None."""
        value = secret(self.section, key, self.where)
        if not value and missing is not None:
            raise ConfigError(f"{self.where} needs {key} or {key}_env ({missing})")
        return value


def secret(section: dict[str, Any], key: str, label: str) -> str | None:
    """A secret from a config section: ``key`` itself, ``key_env`` (an environment variable's
    name) or ``key_command`` (a command that prints it, e.g. ``pass show dav``; run without a shell,
    so a leading ``~`` in an argument is expanded here, as the shell would); None if none is set.
    Errors name the setting and what the command said on stderr, never the value."""
    if section.get(key) not in (None, ""):
        return str(section[key])
    env_name = section.get(f"{key}_env")
    if env_name:
        value = os.environ.get(str(env_name))
        if not value:
            raise ConfigError(f"{label} {key}_env: environment variable {env_name} is not set")
        return value
    command = section.get(f"{key}_command")
    if command:
        import shlex
        import subprocess

        args = shlex.split(command) if isinstance(command, str) else [str(a) for a in command]
        args = [os.path.expanduser(a) if a.startswith("~") else a for a in args]
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"{label} {key}_command {args[0]!r} failed: {type(exc).__name__}") from None
        if done.returncode != 0:
            said = [line.strip() for line in (done.stderr or "").splitlines() if line.strip()]
            why = f": {said[-1][:200]}" if said else ""  # stderr only: the secret would be on stdout
            raise ConfigError(f"{label} {key}_command {args[0]!r} exited with {done.returncode}{why}")
        return done.stdout.rstrip("\r\n")
    return None


def _toml_msg(exc: tomllib.TOMLDecodeError) -> str:
    # tomllib messages already read "Expected ... (at line 3, column 5)"; keep them on one line.
    return re.sub(r"\s+", " ", str(exc)).strip()


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700 whatever the umask (a cache or token
    folder is as private as its files; ``mkdir(mode=...)`` alone is masked by the umask)."""
    missing = [p for p in [folder, *folder.parents] if not p.exists()]
    for f in reversed(missing):
        f.mkdir(mode=0o700, exist_ok=True)
        os.chmod(f, 0o700)


def write_private(path: Path, text: str | bytes) -> None:
    """Write a file atomically with mode 0600 (personal data and secrets live in these files).

    Only regular files are written: a FIFO, device or folder at ``path`` is refused, never read or
    replaced. An unchanged file is not rewritten (compared only when the size matches, so the
    target is never read whole first). Folders it has to create are made 0700.
    """
    from .errors import RapportError

    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise RapportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise RapportError(f"{path}: not a regular file; only regular files are written")
        if st.st_size == len(data):
            try:
                with open(path, "rb") as fh:
                    if fh.read(len(data) + 1) == data:  # unchanged: no rewrite, no fsync
                        os.chmod(path, 0o600)
                        return
            except OSError:
                pass
    with open_private(path) as fh:
        fh.write(data)


@contextmanager
def open_private(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream into; on success it atomically replaces ``path`` (mode 0600,
    fsynced), on any error the old file is left as it was. Only regular files are replaced."""
    import tempfile

    from .errors import RapportError

    if path.exists() and not path.is_file():
        raise RapportError(f"{path}: not a regular file; only regular files are written")
    try:
        make_private_dirs(path.parent)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:40]}.", suffix=".tmp")  # 0600
    except OSError as exc:
        raise RapportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise RapportError(f"{path}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def toml_text(data: dict[str, Any]) -> str:
    """``data`` as TOML (what ``rapport config`` prints): keys first, then one [table] each."""
    out: list[str] = []
    _toml_table(data, [], out)
    return "\n".join(out).strip("\n")


def _toml_table(table: dict[str, Any], path: list[str], out: list[str]) -> None:
    plain = {k: v for k, v in table.items() if not _is_table(v)}
    if path and (plain or not table):
        out += ["", f"[{'.'.join(_toml_key(p) for p in path)}]"]
    out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in plain.items()]
    for key, value in table.items():
        if isinstance(value, dict):
            _toml_table(value, [*path, key], out)
        elif _is_table(value):
            for item in value:
                out += ["", f"[[{'.'.join(_toml_key(p) for p in [*path, key])}]]"]
                out += [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in item.items()]


def _is_table(value: Any) -> bool:
    return isinstance(value, dict) or (isinstance(value, list) and bool(value)
                                       and all(isinstance(v, dict) for v in value))


def _toml_key(key: str) -> str:
    import json

    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def _toml_value(value: Any) -> str:
    import json
    import math

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return json.dumps(str(value), ensure_ascii=False)

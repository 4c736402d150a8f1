"""Helpers for plugin commands (``rapport_register_commands``): shared groups and the running config."""

from __future__ import annotations

from typing import Any

import click

from .context import Context


def shared_group(cli: click.Group, name: str, help: str) -> click.Group:
    """A command group several plugins add to (``rapport auth google``, ``rapport auth microsoft``):
    the first plugin creates it, the others reuse it."""
    existing = cli.commands.get(name)
    if isinstance(existing, click.Group):
        return existing
    group = click.Group(name, help=help)
    cli.add_command(group)
    return group


def current_config() -> Any:
    """The configuration of the running ``rapport`` command, for plugin commands."""
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, Context):
            return ctx.obj.config
        ctx = ctx.parent
    from .config import Config

    return Config.load()

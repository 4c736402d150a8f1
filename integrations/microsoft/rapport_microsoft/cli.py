"""`rapport auth microsoft`: device-code sign-in; the refresh token is stored with mode 0600."""

from __future__ import annotations

from typing import Any

import click


def auth_group(cli: click.Group) -> click.Group:
    """The shared `rapport auth` group: reuse it if another integration already added it."""
    existing = cli.commands.get("auth") if isinstance(cli, click.Group) else None
    if isinstance(existing, click.Group):
        return existing
    group = click.Group("auth", help="Sign in to calendar and notes services.")
    cli.add_command(group)
    return group


def current_config() -> Any:
    """The config of the running `rapport` (its App), or the one under $RAPPORT_HOME."""
    ctx = click.get_current_context()
    while ctx is not None:
        config = getattr(ctx.obj, "config", None)
        if config is not None:
            return config
        ctx = ctx.parent
    from rapport_plugins.config import Config

    return Config.load()


@click.command("microsoft")
def auth_microsoft() -> None:
    """Sign in to Microsoft 365 / Outlook (device code: open a URL anywhere, type the code)."""
    from rapport_plugins.errors import RapportError

    from .device import DeviceCodeFlow
    from .http import HttpClient
    from .settings import load_settings

    settings = load_settings(current_config())
    if settings is None:
        raise RapportError("microsoft: no [microsoft] section in the configuration (see integrations/microsoft/README.md)")
    http = HttpClient("microsoft", timeout=settings.timeout, max_retries=settings.max_retries, max_wait=settings.max_wait)
    flow = DeviceCodeFlow(settings, http)
    grant = flow.start()
    click.echo(f"To sign in, open {grant['verification_uri']} and enter the code {grant['user_code']}")
    click.echo("Waiting for the sign-in to finish...", err=True)
    flow.poll(grant)
    click.echo(f"Signed in to Microsoft 365; refresh token saved in {settings.token_path} (mode 0600).")


def register(cli: click.Group) -> None:
    auth_group(cli).add_command(auth_microsoft)

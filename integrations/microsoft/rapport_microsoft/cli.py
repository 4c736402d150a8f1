"""`rapport auth microsoft`: device-code sign-in; the refresh token is stored with mode 0600."""

from __future__ import annotations

import click

from rapport_plugins import current_config, hookimpl, shared_group


def auth_group(cli: click.Group) -> click.Group:
    return shared_group(cli, "auth", "Sign in to calendar and notes services.")


@click.command("microsoft")
def auth_microsoft() -> None:
    """Sign in to Microsoft 365 / Outlook (device code: open a URL anywhere, type the code)."""
    from rapport_plugins import HttpClient, RapportError

    from .device import DeviceCodeFlow
    from .me import me_path
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
    me_path(settings).unlink(missing_ok=True)  # read the user again: this may be another account
    click.echo(f"Signed in to Microsoft 365; refresh token saved in {settings.token_path} (mode 0600).")


@hookimpl
def rapport_register_commands(cli: click.Group) -> None:
    """Add `rapport auth microsoft`."""
    auth_group(cli).add_command(auth_microsoft)

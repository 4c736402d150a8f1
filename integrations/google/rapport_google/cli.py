"""`rapport auth google`: sign in once; the refresh token is stored with mode 0600."""

from __future__ import annotations

import click

from rapport_plugins import current_config, hookimpl, shared_group


def auth_group(cli: click.Group) -> click.Group:
    return shared_group(cli, "auth", "Sign in to calendar and notes services.")


@click.command("google")
@click.option("--no-browser", is_flag=True, help="Print the sign-in URL instead of opening a browser.")
def auth_google(no_browser: bool) -> None:
    """Sign in to Google Calendar (OAuth 2.0, loopback redirect with PKCE)."""
    from rapport_plugins import HttpClient, RapportError

    from .oauth import sign_in
    from .settings import load_settings

    config = current_config()
    settings = load_settings(config)
    if settings is None:
        raise RapportError("google: no [google] section in the configuration (see integrations/google/README.md)")

    def show(url: str) -> None:
        opened = False
        if not no_browser:
            import webbrowser

            opened = webbrowser.open(url)
        prefix = "Your browser should open; if not, open" if opened else "Open"
        click.echo(f"{prefix} this URL to sign in to Google Calendar:\n{url}", err=False)
        click.echo("Waiting for the redirect...", err=True)

    http = HttpClient("google", timeout=settings.timeout, max_retries=settings.max_retries, max_wait=settings.max_wait)
    sign_in(settings, http, show)
    click.echo(f"Signed in to Google Calendar; refresh token saved in {settings.token_path} (mode 0600).")


@hookimpl
def rapport_register_commands(cli: click.Group) -> None:
    """Add `rapport auth google`."""
    auth_group(cli).add_command(auth_google)

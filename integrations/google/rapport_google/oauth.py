"""OAuth 2.0 for installed apps: loopback redirect + PKCE (S256), as Google documents it.

The browser is sent to Google's consent page; Google redirects it to
``http://127.0.0.1:PORT/?code=...&state=...`` where a one-shot local server catches the code.
The code is exchanged together with the PKCE verifier, so an intercepted code is useless alone,
and the ``state`` check rejects redirects this run did not start.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from rapport_plugins import HttpClient, RapportError

from .settings import GoogleSettings
from .tokens import Tokens, TokenStore, _json, _oauth_error, tokens_from_response


def pkce_pair() -> tuple[str, str]:
    """A random code_verifier (RFC 7636: 43-128 unreserved chars) and its S256 code_challenge."""
    verifier = secrets.token_urlsafe(64)[:96]
    return verifier, s256(verifier)


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(settings: GoogleSettings, redirect_uri: str, challenge: str, state: str) -> str:
    query = {
        "client_id": settings.client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": settings.scope,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": state,
        "access_type": "offline",  # ask for a refresh token
        "prompt": "consent",  # and get one even if this client was approved before
    }
    sep = "&" if "?" in settings.auth_url else "?"
    return f"{settings.auth_url}{sep}{urlencode(query)}"


class _Handler(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        params = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        if "code" not in params and "error" not in params:
            self.send_error(404)
            return
        ok = params.get("state") == self.server.expected_state and "code" in params
        body = (
            "Signed in to rapport. You can close this window."
            if ok
            else "rapport sign-in failed; see the terminal."
        ).encode()
        self.send_response(200 if ok else 400)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.result = params
        self.server.done.set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silent: the request line carries the authorization code."""


class _LoopbackServer(HTTPServer):
    def __init__(self, port: int, expected_state: str):
        super().__init__(("127.0.0.1", port), _Handler)
        self.expected_state = expected_state
        self.result: dict[str, str] | None = None
        self.done = threading.Event()


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 that waits for the OAuth redirect."""

    def __init__(self, expected_state: str, port: int = 0):
        try:
            self.server = _LoopbackServer(port, expected_state)
        except OSError as exc:
            raise RapportError(f"google: cannot listen on 127.0.0.1:{port} for the sign-in redirect ({exc.strerror})") from None
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self) -> LoopbackReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def wait(self, timeout: float) -> dict[str, str]:
        if not self.server.done.wait(timeout):
            raise RapportError(f"google: no sign-in redirect reached {self.redirect_uri} within {timeout:g}s")
        return self.server.result or {}


def sign_in(settings: GoogleSettings, http: HttpClient, open_url: Callable[[str], Any]) -> Tokens:
    """Run the whole flow; ``open_url`` shows the consent URL (a browser, or a print)."""
    verifier, challenge = pkce_pair()
    state = secrets.token_urlsafe(24)
    with LoopbackReceiver(state, settings.redirect_port) as receiver:
        open_url(authorization_url(settings, receiver.redirect_uri, challenge, state))
        params = receiver.wait(settings.auth_timeout)
        redirect_uri = receiver.redirect_uri
    if "error" in params:
        raise RapportError(f"google: sign-in was not granted ({params['error']})")
    if params.get("state") != state:
        raise RapportError("google: sign-in rejected: the redirect's state does not match this sign-in; try again")
    data = {
        "grant_type": "authorization_code",
        "code": params["code"],
        "code_verifier": verifier,
        "redirect_uri": redirect_uri,
        "client_id": settings.client_id,
    }
    if settings.client_secret:
        data["client_secret"] = settings.client_secret
    response = http.request("POST", settings.token_url, data=data, passthrough=(400, 401))
    if response.status_code in (400, 401):
        raise RapportError(f"google: {settings.token_url} refused the authorization code ({_oauth_error(response)})")
    body = _json(response, settings.token_url)
    if not body.get("refresh_token"):
        raise RapportError(
            f"google: {settings.token_url} returned no refresh token; remove rapport's access at "
            "https://myaccount.google.com/permissions and run `rapport auth google` again"
        )
    tokens = tokens_from_response(body)
    TokenStore(settings.token_path).save(tokens)
    return tokens

"""The PKCE loopback sign-in, end to end: this test plays the browser against a local Google."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from test_google_support import CLIENT_ID, CLIENT_SECRET, serve, write_config

from rapport_google.oauth import s256, sign_in
from rapport_google.settings import load_settings
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.http import HttpClient


@pytest.fixture
def google_server():
    yield from serve()


class Browser:
    """Follows the consent URL like a browser would: Google's page redirects to the loopback URI."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.responses: list[requests.Response] = []
        self.threads: list[threading.Thread] = []

    def open(self, url: str) -> bool:
        self.urls.append(url)

        def visit() -> None:
            self.responses.append(requests.get(url, timeout=60))

        thread = threading.Thread(target=visit, daemon=True)
        thread.start()
        self.threads.append(thread)
        return True

    def join(self) -> None:
        for thread in self.threads:
            thread.join(5)


def settings_for(home: Path, fake):
    write_config(home, fake)
    settings = load_settings(Config.load(home))
    return settings, HttpClient("google", timeout=5, max_retries=0)


def test_pkce_loopback_flow_end_to_end(tmp_path, google_server):
    settings, http = settings_for(tmp_path, google_server)
    browser = Browser()
    tokens = sign_in(settings, http, browser.open)
    browser.join()

    query = parse_qs(urlsplit(browser.urls[0]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["client_id"] == [CLIENT_ID] and query["response_type"] == ["code"]
    assert query["access_type"] == ["offline"]
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    exchange = google_server.token_requests[0]
    assert exchange["grant_type"] == "authorization_code"
    assert s256(exchange["code_verifier"]) == query["code_challenge"][0]
    assert 43 <= len(exchange["code_verifier"]) <= 128
    assert exchange["redirect_uri"] == query["redirect_uri"][0]
    assert browser.responses[0].status_code == 200 and "close this window" in browser.responses[0].text

    path = settings.token_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    stored = json.loads(path.read_text())
    assert stored["refresh_token"] == tokens.refresh_token and stored["refresh_token"].startswith("1//refresh-secret")
    assert tokens.refresh_token not in repr(tokens) and tokens.access_token not in repr(tokens)


def test_state_mismatch_is_rejected(tmp_path, google_server):
    settings, http = settings_for(tmp_path, google_server)
    google_server.redirect_state = "forged-state"
    browser = Browser()
    with pytest.raises(RapportError, match="state does not match"):
        sign_in(settings, http, browser.open)
    browser.join()
    assert browser.responses[0].status_code == 400
    assert google_server.token_requests == []  # the code was never exchanged
    assert not settings.token_path.exists()


def test_refused_consent_is_reported(tmp_path, google_server):
    settings, http = settings_for(tmp_path, google_server)

    def deny(url: str) -> None:
        redirect = parse_qs(urlsplit(url).query)
        state = redirect["state"][0]
        threading.Thread(target=requests.get, args=(f"{redirect['redirect_uri'][0]}?error=access_denied&state={state}",),
                         kwargs={"timeout": 5}, daemon=True).start()

    with pytest.raises(RapportError, match=r"not granted \(access_denied\)"):
        sign_in(settings, http, deny)
    assert not settings.token_path.exists()


def test_no_redirect_times_out(tmp_path, google_server):
    write_config(tmp_path, google_server, auth_timeout=0.2)
    settings = load_settings(Config.load(tmp_path))
    with pytest.raises(RapportError, match=r"no sign-in redirect reached http://127\.0\.0\.1:\d+/ within 0\.2s"):
        sign_in(settings, HttpClient("google"), lambda url: None)


def test_cli_sign_in_prints_the_url_but_never_the_token(tmp_path, google_server):
    """`rapport auth google --no-browser` in a real process; the test follows the printed URL."""
    home = tmp_path / "home"
    write_config(home, google_server)
    env = os.environ | {"RAPPORT_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    rapport = Path(sys.executable).with_name("rapport")
    proc = subprocess.Popen([str(rapport), "auth", "google", "--no-browser"], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        lines = []
        for line in proc.stdout:
            lines.append(line)
            if line.startswith(google_server.base_url):
                requests.get(line.strip(), timeout=60)
                break
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    output = "".join(lines) + out + err
    assert proc.returncode == 0, output
    assert "Signed in to Google Calendar" in output
    stored = json.loads((home / "google" / "token.json").read_text())
    assert stat.S_IMODE((home / "google" / "token.json").stat().st_mode) == 0o600
    assert stored["refresh_token"] not in output and stored["access_token"] not in output
    assert CLIENT_SECRET not in output


def test_cli_without_config_is_one_line(tmp_path):
    env = os.environ | {"RAPPORT_HOME": str(tmp_path)}
    rapport = Path(sys.executable).with_name("rapport")
    result = subprocess.run([str(rapport), "auth", "google", "--no-browser"], env=env, text=True,
                            capture_output=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("no [google] section in the configuration (see integrations/google/README.md)")

"""Device-code sign-in against a local identity platform: pending, slow_down, expiry, the CLI."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_microsoft_support import CLIENT_ID, serve, write_config

from rapport_microsoft.device import DeviceCodeFlow
from rapport_microsoft.settings import load_settings
from rapport_plugins.config import Config
from rapport_plugins.errors import RapportError
from rapport_plugins.http import HttpClient


@pytest.fixture
def graph():
    yield from serve()


def flow_for(home: Path, fake, **extra) -> DeviceCodeFlow:
    write_config(home, fake, **extra)
    settings = load_settings(Config.load(home))
    return DeviceCodeFlow(settings, HttpClient("microsoft", timeout=5, max_retries=0, max_wait=0.01))


def test_device_code_flow_polls_until_signed_in(tmp_path, graph):
    graph.device_script = ["authorization_pending", "slow_down", "authorization_pending", "ok"]
    flow = flow_for(tmp_path, graph)
    grant = flow.start()
    assert grant["user_code"] == "FJQ8KVZ4" and grant["verification_uri"] == "https://microsoft.com/devicelogin"
    tokens = flow.poll(grant)
    assert flow.intervals == [1, 1, 6, 6]  # slow_down adds 5 seconds to the interval
    polls = [f for f in graph.token_requests if f["grant_type"].endswith("device_code")]
    assert len(polls) == 4 and all(f["device_code"] == grant["device_code"] and f["client_id"] == CLIENT_ID for f in polls)
    path = flow.settings.token_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["refresh_token"] == tokens.refresh_token
    assert tokens.refresh_token not in repr(tokens)


def test_device_code_sends_the_offline_scope(tmp_path, graph):
    flow = flow_for(tmp_path, graph)
    flow.start()
    post = [r for r in graph.requests if r["path"].endswith("/devicecode")]
    assert len(post) == 1
    assert "offline_access" in flow.settings.scope and "Calendars.Read" in flow.settings.scope


@pytest.mark.parametrize(("step", "words"), [
    ("expired_token", "the code expired before the sign-in finished; run `rapport auth microsoft` again"),
    ("authorization_declined", "the sign-in was declined"),
    ("invalid_client", "the token endpoint answered invalid_client"),
])
def test_device_code_failures(tmp_path, graph, step, words):
    graph.device_script = ["authorization_pending", step]
    flow = flow_for(tmp_path, graph)
    with pytest.raises(RapportError) as err:
        flow.poll(flow.start())
    assert words in str(err.value) and "\n" not in str(err.value)
    assert not flow.settings.token_path.exists()


def test_unknown_client_cannot_start(tmp_path, graph):
    write_config(tmp_path, graph, client_id="someone-else")
    flow = DeviceCodeFlow(load_settings(Config.load(tmp_path)), HttpClient("microsoft", max_retries=0))
    with pytest.raises(RapportError, match=r"did not start a device sign-in \(unauthorized_client\)"):
        flow.start()


def run_rapport(home: Path, *args: str) -> subprocess.CompletedProcess:
    rapport = Path(sys.executable).with_name("rapport")
    env = os.environ | {"RAPPORT_HOME": str(home)}
    return subprocess.run([str(rapport), *args], env=env, text=True, capture_output=True, timeout=60)


def test_cli_prints_the_code_and_never_the_token(tmp_path, graph):
    graph.device_script = ["authorization_pending", "authorization_pending", "ok"]
    graph.device_interval = 0
    write_config(tmp_path, graph)
    result = run_rapport(tmp_path, "auth", "microsoft")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "open https://microsoft.com/devicelogin and enter the code FJQ8KVZ4" in result.stdout
    assert "Signed in to Microsoft 365" in result.stdout
    stored = json.loads((tmp_path / "microsoft" / "token.json").read_text())
    assert stored["refresh_token"] not in output and stored["access_token"] not in output


def test_cli_expired_code_is_one_line(tmp_path, graph):
    graph.device_script = ["expired_token"]
    graph.device_interval = 0
    write_config(tmp_path, graph)
    result = run_rapport(tmp_path, "auth", "microsoft")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].endswith("run `rapport auth microsoft` again (" + graph.base_url
                                                            + "/contoso.onmicrosoft.com/oauth2/v2.0/token)")


def test_auth_group_lists_both_services(tmp_path):
    result = run_rapport(tmp_path, "auth", "--help")
    assert result.returncode == 0, result.stderr
    assert "google" in result.stdout and "microsoft" in result.stdout

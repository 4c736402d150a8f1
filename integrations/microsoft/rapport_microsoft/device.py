"""OAuth 2.0 device authorization grant (RFC 8628) against the Microsoft identity platform.

Why device code: it needs no redirect URI or local server, works over SSH and on headless
machines, and a public client needs no secret. The user opens the verification URI anywhere and
types the code; meanwhile the token endpoint is polled at the server's ``interval``, slowing
down by 5 s on ``slow_down`` and stopping on ``expired_token`` or a refusal.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rapport_plugins import HttpClient, RapportError

from .settings import MicrosoftSettings
from .tokens import Tokens, TokenStore, json_object, tokens_from_response

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
REFUSALS = {
    "authorization_declined": "the sign-in was declined",
    "access_denied": "the sign-in was declined",
    "bad_verification_code": "the device code was not recognised",
    "expired_token": "the code expired before the sign-in finished; run `rapport auth microsoft` again",
}


class DeviceCodeFlow:
    def __init__(self, settings: MicrosoftSettings, http: HttpClient, sleep: Callable[[float], Any] = time.sleep):
        self.settings = settings
        self.http = http
        self.sleep = sleep
        self.intervals: list[int] = []  # the interval in force before each poll (as the server asked)

    def start(self) -> dict[str, Any]:
        """Ask for a device code; the answer has user_code, verification_uri, interval, expires_in."""
        url = self.settings.device_code_url
        response = self.http.request(
            "POST", url, data={"client_id": self.settings.client_id, "scope": self.settings.scope}, passthrough=(400,)
        )
        body = json_object(response, url)
        if response.status_code == 400 or not all(k in body for k in ("device_code", "user_code", "verification_uri")):
            reason = body.get("error", "no device code in the answer")
            raise RapportError(f"microsoft: {url} did not start a device sign-in ({reason})")
        return body

    def poll(self, grant: dict[str, Any]) -> Tokens:
        """Poll until the user finishes; store and return the tokens."""
        url = self.settings.token_url
        interval = int(grant.get("interval", 5))
        deadline = time.monotonic() + float(grant.get("expires_in", 900))
        data = {"grant_type": DEVICE_GRANT, "client_id": self.settings.client_id, "device_code": grant["device_code"]}
        while True:
            if time.monotonic() > deadline:
                raise RapportError(f"microsoft: {REFUSALS['expired_token']}")
            self.intervals.append(interval)
            self.sleep(min(interval, self.settings.max_wait))
            response = self.http.request("POST", url, data=data, passthrough=(400, 401))
            body = json_object(response, url)
            if response.status_code == 200:
                tokens = tokens_from_response(body)
                TokenStore(self.settings.token_path).save(tokens)
                return tokens
            error = str(body.get("error", response.status_code))
            if error == "authorization_pending":
                continue
            if error == "slow_down":
                interval += 5
                continue
            reason = REFUSALS.get(error, f"the token endpoint answered {error}")
            raise RapportError(f"microsoft: {reason} ({url})")

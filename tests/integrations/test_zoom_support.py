"""A local Zoom for the rapport-zoom tests, speaking the documented wire format on 127.0.0.1:0.

- ``POST /oauth/token?grant_type=account_credentials&account_id=…`` with HTTP Basic
  ``client_id:client_secret`` (Server-to-Server OAuth): ``{"access_token", "token_type": "bearer",
  "expires_in": 3599, "scope"}``; wrong credentials: 401 ``{"reason", "error": "invalid_client"}``.
- ``GET /v2/meetings/{meetingId}/recordings`` with ``Authorization: Bearer``: the meeting's latest
  recording (``uuid``, ``id``, ``topic``, ``start_time``, ``duration``, ``recording_files`` with
  ``id``, ``file_type`` MP4/M4A/TRANSCRIPT, ``file_extension``, ``recording_type``
  (``audio_transcript``), ``status`` (``processing``/``completed``), ``download_url``); none: 404
  ``{"code": 3301, "message": "This recording does not exist."}``.
- ``GET /rec/download/{id}`` with the same bearer token: the file (a WebVTT transcript).

The client under test is the real rapport_zoom code, pointed here through ``[zoom] base_url`` and
``token_url``.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from rapport_plugins import testing as fake_http

ACCOUNT_ID = "AbCdEfGhIjKlMnOpQrStUv"
CLIENT_ID = "aBcDeFgHiJkLmNoPqRsT"
CLIENT_SECRET = "zoom-client-SECRET-value-123"

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
Sam Lee: Morning! How was your weekend?

2
00:00:04.500 --> 00:00:10.000
Anna Berg: Lovely, thanks. We also adopted a kitten last month, she's called Miso.
"""


class FakeZoom:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.base_url = ""
        self.counter = itertools.count(1)
        self.tokens: set[str] = set()
        self.requests: list[dict[str, Any]] = []
        self.recordings: dict[str, dict[str, Any]] = {}  # meeting id -> the recording object
        self.files: dict[str, bytes] = {}  # file id -> content

    def add_recording(self, meeting_id: str, start: str, *, transcript: str | bytes | None = VTT,
                      status: str = "completed", download_url: str | None = None) -> dict[str, Any]:
        """A cloud recording of ``meeting_id`` started at ``start`` (ISO, UTC "Z"), as Zoom lists it."""
        n = next(self.counter)
        files: list[dict[str, Any]] = [{
            "id": f"mp4-{n}", "meeting_id": f"uuid{n}==", "recording_start": start, "recording_end": start,
            "file_type": "MP4", "file_extension": "MP4", "file_size": 264, "status": "completed",
            "recording_type": "shared_screen_with_speaker_view",
            "play_url": f"{self.base_url}/rec/play/mp4-{n}", "download_url": f"{self.base_url}/rec/download/mp4-{n}",
        }]
        if transcript is not None:
            file_id = f"vtt-{n}"
            self.files[file_id] = transcript.encode() if isinstance(transcript, str) else transcript
            files.append({
                "id": file_id, "meeting_id": f"uuid{n}==", "recording_start": start, "recording_end": start,
                "file_type": "TRANSCRIPT", "file_extension": "VTT", "file_size": len(self.files[file_id]),
                "status": status, "recording_type": "audio_transcript",
                "play_url": f"{self.base_url}/rec/play/{file_id}",
                "download_url": download_url or f"{self.base_url}/rec/download/{file_id}",
            })
        recording = {"uuid": f"uuid{n}==", "id": int(meeting_id), "account_id": ACCOUNT_ID, "host_id": "z8yBXksRRj",
                     "topic": "1-1 Anna", "type": 2, "start_time": start, "timezone": "Europe/Berlin",
                     "duration": 30, "total_size": 1024, "recording_count": len(files),
                     "share_url": f"{self.base_url}/rec/share/abc{n}", "recording_files": files}
        with self.lock:
            self.recordings[meeting_id] = recording
        return recording

    def api_requests(self, part: str) -> list[dict[str, Any]]:
        return [r for r in self.requests if part in r["path"]]

    def token(self, params: dict[str, str], headers: Any) -> tuple[int, dict[str, Any] | bytes]:
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if params.get("grant_type") != "account_credentials":
            return 400, {"reason": "Unsupported grant type", "error": "unsupported_grant_type"}
        if headers.get("Authorization") != expected:
            return 401, {"reason": "Invalid client_id or client_secret", "error": "invalid_client"}
        if params.get("account_id") != ACCOUNT_ID:
            return 400, {"reason": "Invalid account_id", "error": "invalid_request"}
        token = f"eyJzbS5hY2Nlc3Mi.zoom-token-{next(self.counter)}"
        self.tokens.add(token)
        return 200, {"access_token": token, "token_type": "bearer", "expires_in": 3599,
                     "scope": "cloud_recording:read:list_recording_files:admin", "api_url": "https://api.zoom.us"}

    def get(self, path: str, headers: Any) -> tuple[int, dict[str, Any] | bytes]:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.tokens:
            return 401, {"code": 124, "message": "Invalid access token."}
        parts = path.strip("/").split("/")
        if len(parts) == 4 and parts[:2] == ["v2", "meetings"] and parts[3] == "recordings":
            recording = self.recordings.get(parts[2])
            if recording is None:
                return 404, {"code": 3301, "message": "This recording does not exist."}
            return 200, recording
        if len(parts) == 3 and parts[:2] == ["rec", "download"] and parts[2] in self.files:
            return 200, self.files[parts[2]]
        return 404, {"code": 404, "message": "Not found"}


class _Handler(fake_http.JsonHandler):
    def _send(self, status: int, body: dict[str, Any] | bytes) -> None:
        self.send_json(status, {"Content-Type": "text/vtt"} if isinstance(body, bytes) else {}, body)

    def _log(self, method: str) -> tuple[str, dict[str, str], Any]:
        path, params = self.query()
        query = urlsplit(self.path).query
        self.server.fake.requests.append({"method": method, "path": path, "query": query,
                                          "authorization": self.headers.get("Authorization", "")})
        return path, params, self.server.fake

    def do_GET(self) -> None:  # noqa: N802
        path, _, fake = self._log("GET")
        self._send(*fake.get(path, self.headers))

    def do_POST(self) -> None:  # noqa: N802
        path, params, fake = self._log("POST")
        self.form()  # the body is empty: Zoom takes the grant in the query
        if path != "/oauth/token":
            self._send(404, {"code": 404, "message": "Not found"})
            return
        self._send(*fake.token(params, self.headers))


def serve() -> Iterator[FakeZoom]:
    """Run a fake Zoom on 127.0.0.1:<free port>; yields its state (use in a fixture)."""
    yield from fake_http.serve(_Handler, FakeZoom())


def zoom_section(fake: FakeZoom, **extra: Any) -> str:
    """The ``[zoom]`` section pointing at ``fake`` (the secret comes from $ZOOM_TEST_SECRET); a key
    given as None is left out."""
    values: dict[str, Any] = {"account_id": ACCOUNT_ID, "client_id": CLIENT_ID, "client_secret_env": "ZOOM_TEST_SECRET",
                              "base_url": f"{fake.base_url}/v2", "token_url": f"{fake.base_url}/oauth/token",
                              "timeout": 5, "max_retries": 1, "max_wait": 0.01} | extra
    return "[zoom]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items() if v is not None)

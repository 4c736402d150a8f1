"""The shared HTTP client backs off exponentially with random jitter, and honours Retry-After as given.

A local server answers 503 a set number of times; the client's random source and sleep are
injected, so the waits are exact and nothing really sleeps.
"""

from __future__ import annotations

import random
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from rapport_plugins import testing as fake_http
from rapport_plugins.errors import RapportError
from rapport_plugins.http import HttpClient


class Flaky:
    def __init__(self, failures: int, retry_after: str | None = None):
        self.failures = failures
        self.retry_after = retry_after
        self.calls = 0
        self.base_url = ""


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def do_GET(self) -> None:  # noqa: N802
        fake = self.server.fake
        fake.calls += 1
        failing = fake.calls <= fake.failures
        body = b'{"error": {"code": 503, "message": "Backend Error"}}' if failing else b"{}"
        self.send_response(503 if failing else 200)
        if failing and fake.retry_after is not None:
            self.send_header("Retry-After", fake.retry_after)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def client(**kw: Any) -> tuple[HttpClient, list[float]]:
    slept: list[float] = []
    return HttpClient("test", timeout=5, sleep=slept.append, **kw), slept


@pytest.fixture
def flaky(request):
    yield from fake_http.serve(_Handler, Flaky(*request.param))


@pytest.mark.parametrize("flaky", [(3,)], indirect=True)
def test_backoff_doubles_with_random_jitter_from_the_injected_source(flaky):
    http, slept = client(max_retries=3, max_wait=60, random=random.Random(7).random)
    assert http.request("GET", flaky.base_url + "/x").status_code == 200
    expected = random.Random(7)
    assert slept == [1 + expected.random(), 2 + expected.random(), 4 + expected.random()]
    assert all(0 <= wait - 2 ** i < 1 for i, wait in enumerate(slept))
    assert http.waits == slept and flaky.calls == 4


@pytest.mark.parametrize("flaky", [(2,)], indirect=True)
def test_two_clients_do_not_retry_in_lockstep(flaky):
    first, slept_first = client(max_retries=2, random=random.Random(1).random)
    first.request("GET", flaky.base_url + "/x")
    flaky.calls = 0
    second, slept_second = client(max_retries=2, random=random.Random(2).random)
    second.request("GET", flaky.base_url + "/x")
    assert slept_first != slept_second


@pytest.mark.parametrize("flaky", [(2, "3")], indirect=True)
def test_retry_after_is_taken_as_given_without_jitter(flaky):
    http, slept = client(max_retries=2, random=lambda: 0.9)
    http.request("GET", flaky.base_url + "/x")
    assert slept == [3.0, 3.0]


@pytest.mark.parametrize("flaky", [(5,)], indirect=True)
def test_waits_are_capped_and_retries_bounded(flaky):
    http, slept = client(max_retries=2, max_wait=1.5, random=lambda: 0.99)
    with pytest.raises(RapportError, match=r"answered 503 \(server error\) after 2 retries: Backend Error"):
        http.request("GET", flaky.base_url + "/x")
    assert slept == [1.5, 1.5] and flaky.calls == 3

"""Testing your own code against the OpenRouter stand-in: a runnable pytest example.

    pip install openrouter-credits pytest
    pytest examples/test_with_standin.py

``low_on_credits`` stands for your code: it takes a client and decides something from the answer.
Each test starts a real HTTP server on 127.0.0.1 (a free port) and points the client at it, so your
code runs the real request path (headers, retries, errors) without the network.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from openrouter import OpenRouter, errors, utils
from openrouter.testing import Reply, StandIn

MANAGEMENT_KEY = "sk-or-v1-test-management"
INFERENCE_KEY = "sk-or-v1-test-inference"
#: Retries with millisecond waits and a 0.2 s budget, so the retry tests take milliseconds.
QUICK_RETRIES = utils.RetryConfig(
    "backoff",
    utils.BackoffStrategy(initial_interval=1, max_interval=10, exponent=2.0, max_elapsed_time=200),
    retry_connection_errors=True,
)


def low_on_credits(client: OpenRouter, threshold: float) -> bool:
    """Your code under test: is the remaining balance below ``threshold``?"""
    data = client.credits.get_credits().data
    return data.total_credits - data.total_usage < threshold


@pytest.fixture
def server() -> Iterator[StandIn]:
    """A stand-in that knows one management key and one inference key; any other key gets a 401."""
    with StandIn(
        management_keys={MANAGEMENT_KEY},
        inference_keys={INFERENCE_KEY},
        total_credits=10.0,
        total_usage=8.5,
    ) as s:
        yield s


@pytest.fixture
def client(server: StandIn) -> Iterator[OpenRouter]:
    """A client for the stand-in, as your code would build one (plus quick retries)."""
    with OpenRouter(api_key=MANAGEMENT_KEY, server_url=server.url, retry_config=QUICK_RETRIES) as c:
        yield c


def test_low_balance_is_noticed(client: OpenRouter, server: StandIn) -> None:
    assert low_on_credits(client, threshold=2.0)  # 10.0 - 8.5 = 1.5 left
    server.total_usage = 1.0  # the balance can change between calls
    assert not low_on_credits(client, threshold=2.0)
    first, _ = server.requests  # every request is recorded
    assert (first.method, first.path) == ("GET", "/api/v1/credits")  # server.url ends with /api/v1
    assert first.headers["authorization"] == f"Bearer {MANAGEMENT_KEY}"


def test_an_inference_key_is_refused(server: StandIn) -> None:
    with (
        OpenRouter(api_key=INFERENCE_KEY, server_url=server.url) as c,
        pytest.raises(errors.ForbiddenResponseError) as info,
    ):
        low_on_credits(c, threshold=2.0)
    assert info.value.status_code == 403


def test_an_unknown_key_is_refused(server: StandIn) -> None:
    with (
        OpenRouter(api_key="sk-or-v1-revoked", server_url=server.url) as c,
        pytest.raises(errors.UnauthorizedResponseError),
    ):
        low_on_credits(c, threshold=2.0)


def test_a_passing_outage_is_retried(client: OpenRouter, server: StandIn) -> None:
    server.plan(Reply.error(503), Reply.rate_limited(retry_after=0), Reply.dropped())
    assert low_on_credits(client, threshold=2.0)  # three faults, then the normal answer
    assert len(server.requests) == 4


def test_a_lasting_outage_reaches_your_code(client: OpenRouter, server: StandIn) -> None:
    server.always = Reply.error(500)  # until set back to None
    with pytest.raises(errors.OpenRouterError) as info:
        low_on_credits(client, threshold=2.0)
    # Retried until the retry budget ran out: the 500 itself, or the budget's timeout that carries it.
    failure = getattr(info.value, "last_error", None) or info.value
    assert failure.status_code == 500


def test_a_stalled_server_times_out(client: OpenRouter, server: StandIn) -> None:
    server.plan(Reply.stall(2.0))
    with pytest.raises(errors.APITimeoutError):
        client.credits.get_credits(timeout_ms=100, retries=utils.RetryConfig("none"))

"""Retries against the stand-in: Retry-After honoured, waits that do not fit not slept, the server's
``x-should-retry``, the retry policy's pure functions, and which 5XX are retried (520-524, 529 like
500-504; not those that fail again).
"""

from __future__ import annotations

import math
import time
from email.utils import formatdate
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, _retry, errors, utils
from openrouter.testing import envelope
from support.calls import MODES, SLACK, once, outcome, retry_within, timed

# --- Retry-After ------------------------------------------------------------------------------------


def _retry_after_headers(kind: str) -> tuple[dict[str, str], float]:
    """Headers asking for a short wait, and the wall-clock time before which no retry may start."""
    now = time.time()
    if kind == "retry-after-ms":
        return {"retry-after-ms": "300"}, now + 0.3
    if kind == "seconds":
        return {"Retry-After": "1"}, now + 1.0
    target = math.ceil(now + 0.3)  # an HTTP date has whole seconds: a wait of 0.3 s to 1.3 s
    return {"Retry-After": formatdate(target, usegmt=True)}, float(target)


@pytest.mark.parametrize("kind", ["retry-after-ms", "seconds", "http-date"])
@pytest.mark.parametrize("mode", MODES)
def test_retry_after_is_honoured(server: StandIn, mode: str, kind: str) -> None:
    headers, not_before = _retry_after_headers(kind)
    server.plan(Reply(429, envelope(429, "Rate limit exceeded"), headers=headers))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY)
    res = once(mode, c)
    assert res.data.total_credits == 100.5
    assert len(server.requests) == 2
    assert time.time() >= not_before - 0.02


@pytest.mark.parametrize(
    ("status", "headers", "retry", "wait"),
    [
        (429, {"Retry-After": "10"}, FAST_RETRY, 10.0),  # longer than the 5 s budget
        (503, {"retry-after-ms": "2500"}, retry_within(2_000), 2.5),  # longer than the budget
        (503, {"retry-after-ms": "61000"}, retry_within(600_000), 61.0),  # longer than RETRY_AFTER_CAP
        (429, {"Retry-After": "3600"}, retry_within(7_200_000), 3600.0),  # ditto, with a huge budget
    ],
)
@pytest.mark.parametrize("mode", MODES)
def test_a_wait_that_does_not_fit_is_not_slept(
    server: StandIn,
    mode: str,
    status: int,
    headers: dict[str, str],
    retry: utils.RetryConfig,
    wait: float,
    sleeps: list[tuple[float, float]],
) -> None:
    server.plan(Reply(status, envelope(status, "slow down"), headers=headers))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=retry)
    error, elapsed = timed(lambda: once(mode, c))
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == status
    assert error.retry_after == wait
    assert "slow down" in str(error)
    assert elapsed < SLACK
    assert sleeps == []
    assert len(server.requests) == 1


def test_retry_after_cap_is_sixty_seconds() -> None:
    assert _retry.RETRY_AFTER_CAP == 60.0


@pytest.mark.parametrize("mode", MODES)
def test_x_should_retry_false_stops_retrying_a_503(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, envelope(503, "down"), headers={"x-should-retry": "false"}))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY)
    error, _ = timed(lambda: once(mode, c))
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == 503
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_x_should_retry_true_retries_a_400(server: StandIn, mode: str) -> None:
    # Without the header a 400 is final ...
    server.plan(Reply(400, envelope(400, "bad")))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY)
    error, _ = timed(lambda: once(mode, c))
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == 400
    assert len(server.requests) == 1
    # ... with x-should-retry: true it is retried, and the next answer (200) is returned.
    server.plan(Reply(400, envelope(400, "bad"), headers={"x-should-retry": "true"}))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY)
    res = once(mode, c)
    assert res.data.total_usage == 25.75
    assert len(server.requests) == 3


# Pure functions of the retry policy.


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After-Ms": "0"}, 0.0),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),  # the precise header wins
        ({"retry-after-ms": "-5", "Retry-After": "9"}, 9.0),  # a bad one falls back
        ({"retry-after-ms": "nan", "Retry-After": "2"}, 2.0),
        ({"retry-after-ms": "inf"}, None),
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "inf"}, None),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
    ],
)
def test_parse_retry_after(headers: dict[str, str], expected: float | None) -> None:
    assert _retry.parse_retry_after(httpx.Headers(headers)) == expected


def test_parse_retry_after_http_date_is_relative_to_now() -> None:
    now = 1_700_000_000.0
    headers = httpx.Headers({"Retry-After": formatdate(now + 42, usegmt=True)})
    assert _retry.parse_retry_after(headers, now=now) == pytest.approx(42.0)


@pytest.mark.parametrize(
    ("status", "header", "expected"),
    [
        (503, None, True),
        (429, None, True),
        (408, None, True),
        (500, None, True),
        (400, None, False),
        (401, None, False),
        (404, None, False),
        (501, None, False),
        (503, "false", False),
        (400, "true", True),
        (503, "maybe", True),
    ],
)
def test_should_retry_status(status: int, header: str | None, expected: bool) -> None:
    headers = httpx.Headers({} if header is None else {"X-Should-Retry": header})
    assert _retry.should_retry_status(status, headers) is expected


def test_backoff_delay_is_capped_exponential_with_jitter_below() -> None:
    b = utils.BackoffStrategy(initial_interval=100, max_interval=1_000, exponent=3.0, max_elapsed_time=1)
    config = utils.RetryConfig("backoff", b)
    assert [_retry.backoff_delay(n, config, rand=lambda: 0.0) for n in (1, 2, 3, 4)] == [
        0.1,
        pytest.approx(0.3),
        pytest.approx(0.9),
        1.0,
    ]
    assert _retry.backoff_delay(1, config, rand=lambda: 1.0) == pytest.approx(0.075)
    # No backoff given: the documented default (0.5 s first).
    assert _retry.backoff_delay(1, utils.RetryConfig("backoff"), rand=lambda: 0.0) == 0.5


@given(
    retry=st.integers(min_value=1, max_value=60),
    initial=st.integers(min_value=0, max_value=10_000),
    extra=st.integers(min_value=0, max_value=100_000),
    exponent=st.floats(min_value=1.0, max_value=4.0),
    r=st.floats(min_value=0.0, max_value=1.0),
)
def test_backoff_delay_stays_within_bounds(
    retry: int, initial: int, extra: int, exponent: float, r: float
) -> None:
    b = utils.BackoffStrategy(initial, initial + extra, exponent, 1_000)
    delay = _retry.backoff_delay(retry, utils.RetryConfig("backoff", b), rand=lambda: r)
    assert 0.0 <= delay <= (initial + extra) / 1000
    assert delay >= 0.75 * min(initial * exponent ** (retry - 1), initial + extra) / 1000 - 1e-9


# --- the edge's temporary statuses (issue 19) ------------------------------------------------------

#: Waits of 5-20 ms within 0.5 s: a lasting 5XX ends quickly.
SHORT_RETRY = utils.RetryConfig("backoff", utils.BackoffStrategy(5, 20, 2.0, 500), True)


def get_credits(mode: str, server: StandIn, retry: utils.RetryConfig = FAST_RETRY) -> Any:
    """One call on a fresh client; its result or the OpenRouterError raised."""
    return outcome(mode, OpenRouter(api_key="k", server_url=server.url, retry_config=retry))


@pytest.mark.parametrize("status", [520, 521, 522, 523, 524, 529, 507, 509])
@pytest.mark.parametrize("mode", MODES)
def test_an_edge_status_then_a_200_succeeds_in_two_attempts(server: StandIn, mode: str, status: int) -> None:
    server.plan(Reply.error(status))
    result = get_credits(mode, server)
    assert not isinstance(result, Exception), result
    assert result.data.total_credits == 100.5
    assert len(server.requests) == 2


@pytest.mark.parametrize("status", [501, 505, 506, 508, 510, 511])
@pytest.mark.parametrize("mode", MODES)
def test_a_5xx_that_will_fail_again_is_not_retried(server: StandIn, mode: str, status: int) -> None:
    server.plan(Reply.error(status), Reply.error(status))
    error = get_credits(mode, server)
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == status
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_lasting_524_ends_with_the_524_once_the_budget_is_spent(server: StandIn, mode: str) -> None:
    server.plan(*[Reply.error(524)] * 1000)
    error = get_credits(mode, server, SHORT_RETRY)
    # The 524 itself when the budget ends between attempts; when it ends during one (a busy machine),
    # the budget's timeout, which does not pretend to be the 524 but carries it as last_error.
    if isinstance(error, errors.APITimeoutError):
        assert error.status_code is None
        assert error.last_error is not None
        error = error.last_error
    assert error.status_code == 524
    assert len(server.requests) > 2

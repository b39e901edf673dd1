"""No answer: dropped and refused connections and timeouts, retried when allowed and within the
budget; the deadline error names the failure it was retrying.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import errors, utils
from support.calls import large_ca_bundle, timed
from support.faults import HTML_502, NO_RETRY, assert_default_answer, call

pytestmark = pytest.mark.usefixtures("no_key_in_debug_logs")


# --- no answer: dropped connections and timeouts --------------------------------------------------------


def test_dropped_connection_is_a_connection_error_with_the_httpx_cause(server: StandIn, mode: str) -> None:
    server.plan(Reply(drop=True))
    exc, elapsed = timed(lambda: call(mode, server, retries=NO_RETRY))
    assert isinstance(exc, errors.APIConnectionError)
    assert isinstance(exc, type(exc.__cause__))  # also the httpx class of its cause
    assert exc.status_code is None
    assert isinstance(exc.__cause__, httpx.HTTPError)
    assert not isinstance(exc.__cause__, httpx.TimeoutException)
    assert "no answer from the server" in str(exc)
    assert len(server.requests) == 1
    assert elapsed < 2


def test_dropped_connection_is_retried_when_allowed(server: StandIn, mode: str) -> None:
    server.plan(Reply(drop=True), Reply(drop=True))
    res, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert_default_answer(res)
    assert len(server.requests) == 3
    assert elapsed < 2


def test_dropped_connection_not_retried_without_retry_connection_errors(server: StandIn, mode: str) -> None:
    no_conn = utils.RetryConfig("backoff", FAST_RETRY.backoff, retry_connection_errors=False)
    server.plan(Reply(drop=True))
    exc, _ = timed(lambda: call(mode, server, retries=no_conn))
    assert isinstance(exc, errors.APIConnectionError)
    assert len(server.requests) == 1


def test_refused_connection_is_a_connection_error(mode: str) -> None:
    with StandIn() as gone:
        pass  # its port: nobody listens there once the server is closed
    exc, elapsed = timed(lambda: call(mode, gone, retries=NO_RETRY))
    assert type(exc) is errors.APIConnectError
    assert isinstance(exc, httpx.ConnectError)
    assert isinstance(exc.__cause__, httpx.ConnectError)
    assert elapsed < 2


def test_a_slow_pool_build_does_not_use_up_a_short_timeout(
    server: StandIn, mode: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A large CA bundle (as some corporate machines have) makes building the client's TLS context slow;
    # that one-time setup must not count against the first call's 150 ms, or it fails after 0 attempts.
    bundle = large_ca_bundle(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    res, elapsed = timed(lambda: call(mode, server, retries=NO_RETRY, timeout_ms=150))
    assert elapsed > 0.15  # the setup really did take longer than the timeout...
    assert_default_answer(res)  # ...and the call still got its answer
    assert len(server.requests) == 1


def test_reply_slower_than_timeout_ms_is_a_timeout(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=5.0))
    exc, elapsed = timed(lambda: call(mode, server, retries=NO_RETRY, timeout_ms=200))
    assert type(exc) is errors.APIReadTimeoutError
    assert isinstance(exc, errors.APITimeoutError)
    assert isinstance(exc, errors.APIConnectionError)
    assert isinstance(exc.__cause__, httpx.TimeoutException)
    assert "timed out" in str(exc)
    assert len(server.requests) == 1
    assert 0.19 <= elapsed < 2.0  # not the 5 s stall


def test_timeout_is_retried_when_allowed(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=5.0))
    res, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY, client_kw={"timeout_ms": 200}))
    assert_default_answer(res)
    assert len(server.requests) == 2
    assert 0.19 <= elapsed < 2.0  # not the 5 s stall


def test_retry_budget_bounds_a_slow_server_even_without_timeout_ms(server: StandIn, mode: str) -> None:
    budget = utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(initial_interval=10, max_interval=10, exponent=1.0, max_elapsed_time=500),
    )
    server.plan(*[Reply(delay=5)] * 5)
    exc, elapsed = timed(lambda: call(mode, server, retries=budget))  # per-phase timeout is 20 s
    assert isinstance(exc, errors.APITimeoutError)
    assert 0.45 <= elapsed < 2.5  # the 0.5 s budget, not the 5 s stall


def test_when_the_budget_cuts_the_last_attempt_the_deadline_error_names_the_retried_failure(
    server: StandIn, mode: str
) -> None:
    budget = utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(initial_interval=10, max_interval=10, exponent=1.0, max_elapsed_time=1500),
    )
    # A 502 asking for 300 ms, then a stalled server: the retry fits (as long as the first attempt ends
    # within 1.2 s, which a loaded machine keeps too), but the budget cuts the stalled second attempt.
    server.plan(Reply(502, HTML_502, {"retry-after-ms": "300"}), Reply(delay=5))
    exc, elapsed = timed(lambda: call(mode, server, retries=budget))
    assert isinstance(exc, errors.APITimeoutError)
    assert "deadline was reached" in exc.message
    assert "2 attempts" in exc.message
    assert "last failure: 502 Bad Gateway" in exc.message  # what was being retried
    assert exc.last_error is not None
    assert exc.last_error.status_code == 502
    assert isinstance(exc.last_error, errors.APIStatusError)
    assert exc.status_code is None  # the timeout got no answer: the 502 is its last_error
    assert exc.last_error.body == HTML_502
    assert len(server.requests) == 2
    assert 1.49 <= elapsed < 1.5 + 1.5  # the budget, not the server's 5 s

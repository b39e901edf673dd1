"""Faults from a real server (issue 5): every failure the stand-in can script, sync and async.

Each test plans replies on the stand-in, makes one call through a fresh client and checks the outcome,
the number of attempts the server saw (``len(server.requests)``) and the time the call took.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, operations, utils
from openrouter.testing import GONE_MESSAGE, envelope
from support.calls import large_ca_bundle

NO_RETRY = utils.RetryConfig("none")
MB5 = 5 * 1024 * 1024


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(autouse=True)
def _no_key_in_debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every scenario here runs with DEBUG logging on, and no record may carry the key."""
    caplog.set_level(logging.DEBUG, logger="openrouter")
    yield
    for record in caplog.records:
        assert CANARY_KEY not in record.getMessage()
    assert CANARY_KEY not in caplog.text


def call(
    mode: str,
    server: StandIn,
    *,
    op: str = "get_credits",
    client_kw: dict[str, Any] | None = None,
    **call_kw: Any,
) -> Any:
    """Make one call through a fresh client (closed afterwards), sync or async."""
    kw: dict[str, Any] = {"api_key": CANARY_KEY, "server_url": server.url, **(client_kw or {})}
    if op == "create_coinbase_charge":
        # The deprecated POST warns on every call: expected, checked once here.
        with pytest.warns(DeprecationWarning, match="web credits purchase flow"):
            return _call(mode, kw, op, call_kw)
    return _call(mode, kw, op, call_kw)


def _call(mode: str, kw: dict[str, Any], op: str, call_kw: dict[str, Any]) -> Any:
    if mode == "sync":
        with OpenRouter(**kw) as client:
            return getattr(client.credits, op)(**call_kw)

    async def go() -> Any:
        async with OpenRouter(**kw) as client:
            return await getattr(client.credits, f"{op}_async")(**call_kw)

    return asyncio.run(go())


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """(result or raised OpenRouterError, seconds taken)."""
    start = time.perf_counter()
    try:
        result: Any = fn()
    except errors.OpenRouterError as exc:
        result = exc
    return result, time.perf_counter() - start


def assert_default_answer(res: Any) -> None:
    assert isinstance(res, operations.GetCreditsResponse), res
    assert res.data.total_credits == 100.5
    assert res.data.total_usage == 25.75


# --- documented error statuses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls", "hint"),
    [
        (401, errors.UnauthorizedResponseError, "check the API key"),
        (403, errors.ForbiddenResponseError, "requires a management key"),
        (500, errors.InternalServerResponseError, None),
    ],
)
def test_documented_status_raises_its_class_with_parsed_data(
    server: StandIn, mode: str, status: int, cls: type[errors.OpenRouterError], hint: str | None
) -> None:
    body = envelope(status, f"server says {status}", user_id="user-42")
    server.plan(Reply(status, body))
    exc, elapsed = timed(lambda: call(mode, server, retries=NO_RETRY))
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.data is not None
    assert exc.data.error.code == status
    assert exc.data.error.message == f"server says {status}"
    assert exc.data.user_id == "user-42"
    assert str(exc).startswith(f"{status} ")
    assert f"server says {status}" in str(exc)
    if hint:
        assert hint in str(exc)
    assert exc.headers is not None
    assert exc.headers["content-type"] == "application/json"
    assert len(server.requests) == 1
    assert elapsed < 2


def test_401_and_403_are_not_retried_by_default(
    server: StandIn, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    server.plan(Reply(403, envelope(403, "Only management keys can perform this operation")))
    exc, elapsed = timed(lambda: call(mode, server))
    assert type(exc) is errors.ForbiddenResponseError
    exc, elapsed = timed(lambda: call(mode, server, client_kw={"api_key": None}))
    assert type(exc) is errors.UnauthorizedResponseError
    assert exc.data is not None
    assert exc.data.error.message == "Missing Authentication header"
    assert len(server.requests) == 2
    assert elapsed < 2


def test_410_from_the_removed_coinbase_endpoint(server: StandIn, mode: str) -> None:
    exc, elapsed = timed(lambda: call(mode, server, op="create_coinbase_charge"))
    assert type(exc) is errors.GoneResponseError
    assert exc.status_code == 410
    assert exc.data is not None
    assert exc.data.error.code == 410
    assert exc.data.error.message == GONE_MESSAGE
    assert "web credits purchase flow" in str(exc)
    assert [(r.method, r.path) for r in server.requests] == [("POST", "/credits/coinbase")]
    assert elapsed < 2


def test_418_text_body_is_a_default_error_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(418, "I refuse to brew coffee"))
    exc, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 418
    assert exc.body == "I refuse to brew coffee"
    assert "418" in str(exc)
    assert "I refuse to brew coffee" in str(exc)
    assert len(server.requests) == 1
    assert elapsed < 2


HTML_502 = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>\n<body>\n"
    "<h1>Bad Gateway</h1>\n<p>The proxy received an invalid response.</p>\n" + "<p>filler</p>\n" * 200
) + "</body></html>"


def test_502_html_page_is_a_default_error_after_retries(server: StandIn, mode: str) -> None:
    budget = utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(initial_interval=20, max_interval=20, exponent=1.0, max_elapsed_time=300),
    )
    server.plan(*[Reply(502, HTML_502, {"Content-Type": "text/html"})] * 100)
    exc, elapsed = timed(lambda: call(mode, server, retries=budget))
    # The budget ends either between attempts (the 502 itself is raised) or during one (the deadline
    # error, naming the 502 being retried): which one depends on scheduling.
    if isinstance(exc, errors.APITimeoutError):
        assert "deadline was reached" in str(exc)
        assert "last failure: 502 Bad Gateway" in str(exc)
    else:
        assert type(exc) is errors.OpenRouterDefaultError
        assert exc.status_code == 502
        assert exc.body == HTML_502
        assert "Bad Gateway" in str(exc)
    assert len(str(exc)) < 600  # a snippet of the page, not the page
    assert len(server.requests) >= 3  # retried...
    assert elapsed < 0.3 + 1.0  # ...within the budget


def test_401_with_an_empty_body_has_no_data(server: StandIn, mode: str) -> None:
    server.plan(Reply(401))
    exc, elapsed = timed(lambda: call(mode, server))
    assert type(exc) is errors.UnauthorizedResponseError
    assert exc.status_code == 401
    assert exc.data is None
    assert exc.body == ""
    assert "(empty body)" in str(exc)
    assert len(server.requests) == 1
    assert elapsed < 2


def test_500_text_body_keeps_its_class_without_data(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, "upstream exploded"))
    exc, _ = timed(lambda: call(mode, server, retries=NO_RETRY))
    assert type(exc) is errors.InternalServerResponseError
    assert exc.data is None
    assert "upstream exploded" in str(exc)


# --- retries --------------------------------------------------------------------------------------------


def test_503_twice_then_success_after_three_attempts(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "busy"), Reply(503, envelope(503, "busy")))
    res, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert_default_answer(res)
    assert len(server.requests) == 3
    assert all(r.headers["authorization"] == f"Bearer {CANARY_KEY}" for r in server.requests)
    assert elapsed < 2


def test_429_retry_after_is_honoured_by_the_default_policy(server: StandIn, mode: str) -> None:
    server.plan(Reply(429, envelope(429, "Rate limit exceeded"), {"Retry-After": "1"}))
    res, elapsed = timed(lambda: call(mode, server))
    assert_default_answer(res)
    assert len(server.requests) == 2
    assert 0.95 <= elapsed < 3.0


def test_client_retry_config_applies_to_get_credits(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, envelope(500, "oops")), Reply(504))
    res, elapsed = timed(lambda: call(mode, server, client_kw={"retry_config": FAST_RETRY}))
    assert_default_answer(res)
    assert len(server.requests) == 3
    assert elapsed < 2


def test_x_should_retry_false_stops_a_retryable_status(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "no", {"x-should-retry": "false"}))
    exc, _ = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 503
    assert len(server.requests) == 1


def test_retry_after_beyond_the_budget_is_not_slept(server: StandIn, mode: str) -> None:
    server.plan(Reply(429, envelope(429, "slow down"), {"Retry-After": "30"}))
    exc, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))  # 5 s budget
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 429
    assert exc.retry_after == 30
    assert len(server.requests) == 1
    assert elapsed < 5  # not the 30 s wait


# --- 2XX bodies that do not match the schema ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"{not json", id="invalid-json"),
        pytest.param(b"", id="empty"),
        pytest.param(b"null", id="null"),
        pytest.param([1, 2], id="list"),
        pytest.param({"data": {"total_credits": 1.0}}, id="missing-field"),
        pytest.param({"data": None}, id="null-data"),
        pytest.param({"total_credits": 1, "total_usage": 2}, id="no-data-wrapper"),
        pytest.param({"data": {"total_credits": "lots", "total_usage": 1}}, id="wrong-type-str"),
        pytest.param({"data": {"total_credits": True, "total_usage": 1}}, id="wrong-type-bool"),
        pytest.param({"data": {"total_credits": 1, "total_usage": None}}, id="wrong-type-null"),
    ],
)
def test_bad_200_body_is_a_validation_error_not_retried(server: StandIn, mode: str, body: Any) -> None:
    server.plan(Reply(200, body, {"Content-Type": "application/json"}))
    exc, elapsed = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert type(exc) is errors.ResponseValidationError
    assert not isinstance(exc, errors.OpenRouterDefaultError)  # official: directly an OpenRouterError
    assert isinstance(exc, errors.OpenRouterError)
    assert exc.status_code == 200
    assert "does not match the API schema" in str(exc)
    assert len(server.requests) == 1
    assert elapsed < 2


def test_wrong_type_names_the_field(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": "lots", "total_usage": 1}}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseValidationError
    assert "data.total_credits" in str(exc)
    assert "lots" in exc.body


def test_unknown_fields_are_accepted_and_kept(server: StandIn, mode: str) -> None:
    body = {"data": {"total_credits": 7, "total_usage": 0.5, "currency": "USD"}, "request_id": "r-1"}
    server.plan(Reply(200, body))
    res, _ = timed(lambda: call(mode, server))
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == 7
    assert res.data.additional_properties == {"currency": "USD"}
    assert res.additional_properties == {"request_id": "r-1"}
    assert res.to_dict() == body
    assert len(server.requests) == 1


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
    assert exc.status_code == 502  # the answer being retried is still there to branch on
    assert exc.body == HTML_502
    assert len(server.requests) == 2
    assert 1.49 <= elapsed < 1.5 + 1.5  # the budget, not the server's 5 s


# --- huge bodies (read with a limit raised past 5 MB; the default 1 MiB cuts them) -----------------------

BIG = {"max_response_bytes": 16 << 20}


def test_5mb_extra_field_in_a_200_is_kept(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": 1, "total_usage": 2}, "blob": "x" * MB5}))
    res, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == 1
    assert len(res.additional_properties["blob"]) == MB5
    assert elapsed < 5


def test_5mb_error_envelope_keeps_the_body_but_not_in_the_message(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, envelope(500, "m" * MB5)))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG, retries=NO_RETRY))
    assert type(exc) is errors.InternalServerResponseError
    assert exc.data is not None
    assert len(exc.data.error.message) == MB5
    assert len(exc.body) > MB5
    assert len(str(exc)) < 2_000
    assert len(repr(exc)) < 2_000
    assert elapsed < 5


def test_5mb_text_error_page(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "e" * MB5, {"x-should-retry": "false"}))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 503
    assert len(exc.body) == MB5
    assert len(str(exc)) < 2_000
    assert elapsed < 5


def test_5mb_invalid_200_is_a_short_validation_error(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"[" * MB5, {"Content-Type": "application/json"}))
    exc, elapsed = timed(lambda: call(mode, server, client_kw=BIG))
    assert type(exc) is errors.ResponseValidationError
    assert len(str(exc)) < 2_000
    assert len(server.requests) == 1
    assert elapsed < 5


def test_with_the_default_limit_a_5mb_error_page_keeps_its_status_and_first_mib(
    server: StandIn, mode: str
) -> None:
    server.plan(Reply(503, "e" * MB5, {"x-should-retry": "false"}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.OpenRouterDefaultError
    assert exc.status_code == 503
    assert len(exc.body) == 1 << 20
    assert "body cut at 1048576 bytes" in exc.message


def test_with_the_default_limit_a_5mb_200_is_too_large_and_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, {"data": {"total_credits": 1, "total_usage": 2}, "blob": "x" * MB5}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseTooLargeError
    assert exc.status_code == 200
    assert len(server.requests) == 1


# --- the non-idempotent POST ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "cls"),
    [
        (Reply(503, "busy"), errors.OpenRouterDefaultError),
        (Reply(500, envelope(500, "oops")), errors.InternalServerResponseError),
        (Reply(429, "slow", {"Retry-After": "0"}), errors.OpenRouterDefaultError),
        (Reply(drop=True), errors.APIConnectionError),
    ],
)
def test_coinbase_post_is_not_retried_by_default(
    server: StandIn, mode: str, fault: Reply, cls: type[errors.OpenRouterError]
) -> None:
    server.plan(fault)
    # Not even when the client's retry_config asks for retries: that applies to idempotent calls.
    exc, elapsed = timed(
        lambda: call(mode, server, op="create_coinbase_charge", client_kw={"retry_config": FAST_RETRY})
    )
    assert type(exc) is cls or (cls is errors.APIConnectionError and isinstance(exc, cls))
    assert len(server.requests) == 1
    assert server.requests[0].method == "POST"
    assert elapsed < 2


def test_coinbase_post_is_retried_only_when_asked_per_call(server: StandIn, mode: str) -> None:
    server.plan(Reply(503, "busy"))
    exc, _ = timed(lambda: call(mode, server, op="create_coinbase_charge", retries=FAST_RETRY))
    assert type(exc) is errors.GoneResponseError  # the stand-in's normal answer, on the second attempt
    assert len(server.requests) == 2


def test_deeply_nested_json_is_a_validation_error_not_a_recursion_error(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"[" * 100_000, {"Content-Type": "application/json"}))
    exc, _ = timed(lambda: call(mode, server))
    assert type(exc) is errors.ResponseValidationError
    assert isinstance(exc.cause, RecursionError)
    assert "maximum recursion depth" in str(exc)


def test_deeply_nested_json_error_body_keeps_its_class(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, b'{"error": ' + b"[" * 100_000, {"Content-Type": "application/json"}))
    exc, _ = timed(lambda: call(mode, server, retries=NO_RETRY))
    assert type(exc) is errors.InternalServerResponseError
    assert exc.data is None
    assert exc.status_code == 500


def test_a_cookie_the_server_sets_does_not_follow_later_calls(server: StandIn, mode: str) -> None:
    ok = {"data": {"total_credits": 1, "total_usage": 2}}
    # Latin-1 bytes in a header are legal HTTP, but such a cookie cannot be sent back: one answer
    # like this made every later call on the client raise a bare UnicodeEncodeError.
    server.plan(Reply(200, ok, {"Set-Cookie": "a=\xe9t\xe9; Path=/"}), Reply(200, ok, {"Set-Cookie": "s=1"}))
    kw: dict[str, Any] = {"api_key": CANARY_KEY, "server_url": server.url}

    async def three_async() -> list[Any]:
        async with OpenRouter(**kw) as client:
            return [await client.credits.get_credits_async() for _ in range(3)]

    if mode == "sync":
        with OpenRouter(**kw) as client:
            results = [client.credits.get_credits() for _ in range(3)]
    else:
        results = asyncio.run(three_async())
    assert [r.data.total_credits for r in results] == [1, 1, 100.5]
    assert [r.headers.get("cookie") for r in server.requests] == [None, None, None]


@pytest.mark.parametrize("status", [200, 401, 500, 502])
def test_a_charset_the_body_does_not_match_is_still_an_openrouter_error(
    server: StandIn, mode: str, status: int
) -> None:
    # httpx's .text raises UnicodeError for "utf-16" without a byte-order mark.
    server.plan(Reply(status, b'{"x": 1}', {"Content-Type": "application/json; charset=utf-16"}))
    exc, _ = timed(lambda: call(mode, server, retries=NO_RETRY))
    expected = errors.STATUS_ERRORS.get(status, errors.OpenRouterDefaultError)
    assert type(exc) is (errors.ResponseValidationError if status == 200 else expected)
    assert exc.status_code == status
    assert exc.body == '{"x": 1}'


def test_body_that_does_not_match_its_content_encoding_is_not_retried(server: StandIn, mode: str) -> None:
    server.plan(Reply(200, b"not gzip at all", {"Content-Encoding": "gzip"}))
    err, took = timed(lambda: call(mode, server))
    assert type(err) is errors.APIDecodingError
    assert isinstance(err, errors.APIConnectionError)
    assert "could not be decoded" in str(err)
    assert isinstance(err.__cause__, httpx.DecodingError)
    assert len(server.requests) == 1  # another attempt would only get the same body
    assert took < 2


@pytest.mark.parametrize("verdict", ["False", " FALSE "])
def test_x_should_retry_is_read_case_insensitively(server: StandIn, mode: str, verdict: str) -> None:
    server.plan(Reply(503, envelope(503, "busy"), {"x-should-retry": verdict}))
    err, _ = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert isinstance(err, errors.OpenRouterDefaultError)
    assert len(server.requests) == 1

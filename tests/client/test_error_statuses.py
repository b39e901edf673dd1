"""Error answers from the stand-in, sync and async: each documented status raises its class with
the parsed envelope, other statuses and bodies (text, HTML, empty, deeply nested, a wrong charset)
stay OpenRouterErrors, and which of them are retried.
"""

from __future__ import annotations

import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import errors, utils
from openrouter.testing import GONE_MESSAGE, envelope
from support.calls import timed
from support.faults import HTML_502, NO_RETRY, assert_default_answer, call

pytestmark = pytest.mark.usefixtures("no_key_in_debug_logs")


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
    assert [(r.method, r.path) for r in server.requests] == [("POST", "/api/v1/credits/coinbase")]
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


@pytest.mark.parametrize("verdict", ["False", " FALSE "])
def test_x_should_retry_is_read_case_insensitively(server: StandIn, mode: str, verdict: str) -> None:
    server.plan(Reply(503, envelope(503, "busy"), {"x-should-retry": verdict}))
    err, _ = timed(lambda: call(mode, server, retries=FAST_RETRY))
    assert isinstance(err, errors.OpenRouterDefaultError)
    assert len(server.requests) == 1


def test_deeply_nested_json_error_body_keeps_its_class(server: StandIn, mode: str) -> None:
    server.plan(Reply(500, b'{"error": ' + b"[" * 100_000, {"Content-Type": "application/json"}))
    exc, _ = timed(lambda: call(mode, server, retries=NO_RETRY))
    assert type(exc) is errors.InternalServerResponseError
    assert exc.data is None
    assert exc.status_code == 500


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

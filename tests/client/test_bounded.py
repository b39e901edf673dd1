"""A call is bounded in time and memory whatever the server sends (issue 13), against a raw-socket
server that controls every byte (``support.RawServer``): drips, endless and compressed bodies, non-finite
numbers, malformed answers, drops, and redirects to the same or another origin. Sync and async
(asyncio and trio) run the same cases."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import anyio
import pytest

import support as raw
from conftest import CANARY_KEY
from openrouter import OpenRouter, errors, utils
from support import RawServer

#: A short budget: a drip or a retry loop must end by it (plus scheduling slack), never by the server.
BUDGET = utils.RetryConfig(
    "backoff",
    utils.BackoffStrategy(initial_interval=10, max_interval=50, exponent=2.0, max_elapsed_time=1500),
    retry_connection_errors=True,
)

MODES = ["sync", "asyncio", "trio"]


def call(mode: str, url: str, **options: Any) -> tuple[Any, float]:
    """Run get_credits in ``mode``: (its result or the error it raised, seconds it took)."""
    client_args = options.pop("client_args", {})

    def sync() -> Any:
        with OpenRouter(api_key=CANARY_KEY, server_url=url, **client_args) as c:
            return c.credits.get_credits(**options)

    async def asynchronous() -> Any:
        async with OpenRouter(api_key=CANARY_KEY, server_url=url, **client_args) as c:
            return await c.credits.get_credits_async(**options)

    started = time.monotonic()
    try:
        result = sync() if mode == "sync" else anyio.run(asynchronous, backend=mode)
    except errors.OpenRouterError as exc:
        result = exc
    return result, time.monotonic() - started


# --- one hard deadline per call -----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("scenario", [raw.drip_headers, raw.drip_body], ids=["headers", "body"])
def test_a_drip_is_cut_at_the_retry_budget(mode: str, scenario: Callable[..., raw.Scenario]) -> None:
    with RawServer(scenario(interval=0.1, duration=60), time_limit=20) as server:
        result, took = call(mode, server.url, retries=BUDGET, timeout_ms=1000)
    assert isinstance(result, errors.APITimeoutError), result
    assert took < 1.5 + 1.0, took  # the budget, plus slack for a loaded machine
    assert "deadline was reached" in result.message
    assert "attempt" in result.message
    assert CANARY_KEY not in str(result)


@pytest.mark.parametrize("mode", MODES)
def test_without_retries_one_attempt_is_cut_at_its_timeout(mode: str) -> None:
    with RawServer(raw.drip_body(interval=0.1, duration=60), time_limit=20) as server:
        result, took = call(mode, server.url, retries=None, timeout_ms=800)
    assert isinstance(result, errors.APITimeoutError), result
    assert 0.7 < took < 0.8 + 1.0, took
    assert "after 0.8 s and 1 attempt" in result.message or "and 1 attempt" in result.message
    assert len(server.requests) == 1


def test_a_drip_is_cut_on_a_client_passed_in_too() -> None:
    """A client passed in keeps its transport: the deadline then holds between body chunks."""
    import httpx

    with RawServer(raw.drip_body(interval=0.1, duration=60), time_limit=20) as server:
        with httpx.Client() as http:
            result, took = call(
                "sync", server.url, retries=None, timeout_ms=800, client_args={"client": http}
            )
    assert isinstance(result, errors.APITimeoutError), result
    assert took < 0.8 + 1.0


# --- size limits: endless bodies and compression bombs ------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_endless_body_stops_at_the_size_limit_and_is_not_retried(mode: str) -> None:
    with RawServer(raw.endless_chunked(), time_limit=20) as server:
        result, took = call(mode, server.url, retries=BUDGET)
    assert isinstance(result, errors.ResponseTooLargeError), result
    assert "larger than the limit of 1048576 bytes" in result.message
    assert len(server.requests) == 1
    assert took < 5


@pytest.mark.parametrize(
    ("encoding", "json_like"), [("gzip", False), ("gzip", True), ("deflate", False), ("deflate", True)]
)
def test_a_compression_bomb_keeps_memory_within_a_few_mb(encoding: str, json_like: bool) -> None:
    compressed, inflated = raw.bomb_size(2 << 30, encoding, json_like)
    assert inflated >= 2 << 30
    assert compressed < 4 << 20
    with RawServer(raw.bomb(2 << 30, encoding, json_like), time_limit=20) as server:
        result, peak = raw.traced_peak(lambda: call("sync", server.url, retries=BUDGET)[0])
    assert isinstance(result, errors.ResponseTooLargeError), result
    assert "larger than the limit" in result.message
    assert peak < 8 << 20, peak  # the 1 MiB limit, a network chunk and its inflated piece
    assert len(server.requests) == 1


def test_a_bomb_in_a_fresh_process_peaks_within_a_few_mb() -> None:
    """Peak RSS (C allocations too: zlib, sockets) of a whole call against a gzip bomb."""
    with RawServer(raw.bomb(2 << 30, "gzip", True), time_limit=30) as server:
        growth, outcome = raw.peak_rss_in_subprocess(
            f"c.credits.get_credits(server_url={server.url!r})",
            setup="from openrouter import OpenRouter\n"
            f"c = OpenRouter(api_key={CANARY_KEY!r})\n"
            "c.credits.get_credits  # noqa\n",
        )
    assert outcome.startswith("ResponseTooLargeError"), outcome
    assert "larger than the limit" in outcome
    assert growth < 24 << 20, growth  # the pool, TLS-free sockets, zlib state and the 1 MiB body


@pytest.mark.parametrize("mode", MODES)
def test_the_size_limit_is_configurable(mode: str) -> None:
    with RawServer(raw.ok(), time_limit=20) as server:
        small, _ = call(mode, server.url, client_args={"max_response_bytes": 16})
        fine, _ = call(mode, server.url, client_args={"max_response_bytes": 4096})
    assert isinstance(small, errors.ResponseTooLargeError)
    assert "limit of 16 bytes" in small.message
    assert fine.data.total_credits == 100.5


def test_bad_size_limits_are_refused_before_any_request() -> None:
    with pytest.raises(errors.InvalidArgumentError):
        OpenRouter(api_key="k", max_response_bytes=0)
    with pytest.raises(errors.InvalidArgumentTypeError):
        OpenRouter(api_key="k", max_response_bytes=1.5)  # type: ignore[arg-type]


# --- strict JSON numbers --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_non_finite_numbers_are_a_validation_error(mode: str, number: str) -> None:
    body = f'{{"data": {{"total_credits": {number}, "total_usage": 1.5}}}}'
    with RawServer(raw.raw_body(body), time_limit=20) as server:
        result, _ = call(mode, server.url, retries=BUDGET)
    assert isinstance(result, errors.ResponseValidationError), result
    assert len(server.requests) == 1  # an answer, not a transient failure: not retried


# --- retry only what another attempt can fix --------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(raw.MALFORMED))
def test_a_malformed_answer_is_not_retried(mode: str, name: str) -> None:
    with RawServer(raw.MALFORMED[name](), time_limit=20) as server:
        result, took = call(mode, server.url, retries=BUDGET)
    assert isinstance(result, errors.APIConnectionError), result
    assert len(server.requests) == 1, [r.target for r in server.requests]
    assert took < 1.5


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_connection_dropped_before_the_answer_is_retried(mode: str, reset: bool) -> None:
    with RawServer(
        raw.close_before_answer(reset), raw.close_before_answer(reset), raw.ok(), time_limit=20
    ) as s:
        result, _ = call(mode, s.url, retries=BUDGET)
    assert result.data.total_credits == 100.5
    assert len(s.requests) == 3


def test_a_refused_connection_is_retried_until_the_budget() -> None:
    with RawServer() as server:
        url = server.url
    result, took = call("sync", url, retries=BUDGET)  # nothing listens there any more
    assert isinstance(result, errors.APIConnectionError), result
    assert 0.1 < took < 1.5 + 1.0


# --- redirects ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_same_origin_redirects_are_followed_with_the_key(mode: str, status: int) -> None:
    with RawServer(raw.redirect(status, "/api/v2/credits"), raw.ok(), time_limit=20) as server:
        result, _ = call(mode, server.url)
    assert result.data.total_credits == 100.5
    _first, second = server.requests
    assert second.target == "/api/v2/credits"
    assert second.header("authorization") == f"Bearer {CANARY_KEY}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_is_refused_and_gets_no_key(mode: str, status: int) -> None:
    with RawServer(raw.ok(), time_limit=20) as other:
        with RawServer(raw.redirect(status, other.url + "/credits"), time_limit=20) as server:
            result, _ = call(mode, server.url)
        assert other.requests == []  # the key never reached the other origin
    assert isinstance(result, errors.OpenRouterDefaultError), result
    assert result.status_code == status
    assert f"127.0.0.1:{other.port}" in result.message
    assert "not followed" in result.message
    assert CANARY_KEY not in str(result)


def test_a_redirect_loop_stops_after_a_few() -> None:
    with RawServer(raw.redirect(307, "/credits"), time_limit=20) as server:
        result, _ = call("sync", server.url)
    assert isinstance(result, errors.OpenRouterDefaultError)
    assert "more than 5 redirects" in result.message
    assert len(server.requests) == 6


def test_a_post_is_not_repeated_on_a_302() -> None:
    with RawServer(raw.redirect(302, "/elsewhere"), time_limit=20) as server:
        with (
            OpenRouter(api_key=CANARY_KEY, server_url=server.url) as c,
            pytest.warns(DeprecationWarning, match="web credits purchase flow"),
            pytest.raises(errors.OpenRouterDefaultError, match="may not repeat a POST"),
        ):
            c.credits.create_coinbase_charge()
    assert len(server.requests) == 1

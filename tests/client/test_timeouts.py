"""Timeouts and the call's deadline: the finite default, ``timeout_ms`` per client and per call, a
user client's own timeout, and the whole call ending by its deadline however the server stalls.

Timing assertions use ``time.monotonic`` with slack on the slow side only (``SLACK``): every server
delay they rule out is longer than the bound plus the slack. The exact decisions (deadlines, phase
timeouts, waits) are checked without sockets in ``test_steps.py``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from conftest import Reply, StandIn
from openrouter import OpenRouter, errors
from openrouter._constants import DEFAULT_TIMEOUT
from openrouter.testing import envelope
from support.calls import MODES, NO_RETRY, OK, SLACK, once, retry_within, timed, warmed_and_timed

# --- default timeout is finite ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_the_overlays_own_http_client_has_the_finite_default_timeout(server: StandIn, mode: str) -> None:
    assert httpx.Timeout(20.0, connect=5.0) == DEFAULT_TIMEOUT
    assert (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read) == (5.0, 20.0)
    assert (DEFAULT_TIMEOUT.write, DEFAULT_TIMEOUT.pool) == (20.0, 20.0)
    c = OpenRouter(api_key="k", server_url=server.url)
    if mode == "sync":
        c.credits.get_credits()
        http: Any = c._pool.built
    else:

        async def main() -> Any:
            await c.credits.get_credits_async()
            return c._async_pools.built()

        http = asyncio.run(main())
    assert http is not None
    assert http.timeout == DEFAULT_TIMEOUT
    c.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_stalled_server_times_out_quickly_with_a_per_call_timeout(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=3.0))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY)
    error, elapsed = timed(lambda: once(mode, c, timeout_ms=150))
    assert isinstance(error, errors.APITimeoutError)
    assert isinstance(error.__cause__, httpx.TimeoutException)
    assert 0.14 <= elapsed < 0.15 + SLACK
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_timeout_ms_per_client_and_per_call_override(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=3.0), Reply(delay=3.0), Reply(body=OK, delay=0.3))
    # Per client.
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY, timeout_ms=150)
    error, elapsed = timed(lambda: once(mode, c))
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < 0.15 + SLACK
    # A shorter per-call timeout beats a long client one ...
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY, timeout_ms=10_000)
    error, elapsed = timed(lambda: once(mode, c, timeout_ms=150))
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < 0.15 + SLACK
    # ... and a longer per-call timeout beats a short client one.
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY, timeout_ms=100)
    res, elapsed = timed(lambda: once(mode, c, timeout_ms=5_000))
    assert res.data.total_credits == 100.5
    assert elapsed >= 0.3
    assert len(server.requests) == 3


def test_a_user_httpx_client_keeps_its_own_timeout_unless_timeout_ms_is_given(server: StandIn) -> None:
    server.plan(Reply(delay=5.0), Reply(delay=5.0), Reply(body=OK, delay=1.2))
    with httpx.Client(timeout=1.0) as http:
        with OpenRouter(api_key="k", server_url=server.url, client=http, retry_config=NO_RETRY) as c:
            error, elapsed = timed(c.credits.get_credits)
            assert isinstance(error, errors.APITimeoutError)
            assert 0.98 <= elapsed < 1.0 + SLACK
            error, elapsed = timed(lambda: c.credits.get_credits(timeout_ms=100))
            assert isinstance(error, errors.APITimeoutError)
            assert elapsed < 0.1 + SLACK  # well under the client's 1 s
            res, elapsed = timed(lambda: c.credits.get_credits(timeout_ms=3_000))
            assert res.data.total_usage == 25.75
            assert elapsed >= 1.2
        assert http.timeout == httpx.Timeout(1.0)
        assert not http.is_closed


def test_a_user_async_client_timeout_does_not_leak_into_sync_calls_on_the_own_pool(server: StandIn) -> None:
    """Each call takes the timeout of the client that sends it: the user's AsyncClient its own, the
    overlay's sync pool the default (one prepared call serves both)."""
    server.plan(Reply(body=OK, delay=0.5), Reply(delay=1.0))

    async def async_call(c: OpenRouter) -> Any:
        return await c.credits.get_credits_async()

    async def go() -> tuple[Any, Any]:
        async with httpx.AsyncClient(timeout=0.3) as http:
            c = OpenRouter(api_key="k", server_url=server.url, async_client=http, retry_config=NO_RETRY)
            res = await asyncio.to_thread(c.credits.get_credits)  # the own sync pool: 20 s per phase
            error: Any = None
            try:
                await async_call(c)
            except errors.OpenRouterError as exc:
                error = exc
            c.close()
            return res, error

    res, error = asyncio.run(go())
    assert res.data.total_credits == 100.5
    assert isinstance(error, errors.APITimeoutError)


def test_a_user_httpx_async_client_keeps_its_own_timeout_unless_timeout_ms_is_given(
    server: StandIn,
) -> None:
    server.plan(Reply(delay=5.0), Reply(delay=5.0))

    async def main() -> None:
        async with httpx.AsyncClient(timeout=1.0) as http:
            c = OpenRouter(api_key="k", server_url=server.url, async_client=http, retry_config=NO_RETRY)
            async with c:
                start = time.monotonic()
                with pytest.raises(errors.APITimeoutError):
                    await c.credits.get_credits_async()
                assert 0.98 <= time.monotonic() - start < 1.0 + SLACK
                start = time.monotonic()
                with pytest.raises(errors.APITimeoutError):
                    await c.credits.get_credits_async(timeout_ms=100)
                assert time.monotonic() - start < 0.1 + SLACK  # well under the client's 1 s
            assert not http.is_closed

    asyncio.run(main())


# --- total deadline ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_the_whole_call_ends_by_the_deadline_when_the_server_always_stalls(
    server: StandIn, mode: str, sleeps: list[tuple[float, float]]
) -> None:
    budget = 0.6
    server.plan(Reply(body=OK), *[Reply(delay=5.0)] * 20)
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=retry_within(budget * 1000))
    error, start, elapsed = warmed_and_timed(mode, c, timeout_ms=150)
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < budget + SLACK
    assert len(server.requests) >= 1 + 2  # it did retry: the budget, not the first failure, ended it
    assert sleeps
    # No wait ends past the budget (the client's clock starts a little after ``start``: the exact rule,
    # to the microsecond, is checked with a fake clock in test_steps.py).
    for began, seconds in sleeps:
        assert began + seconds <= start + budget + SLACK


@pytest.mark.parametrize("mode", MODES)
def test_the_whole_call_ends_by_the_deadline_when_the_server_always_503s(
    server: StandIn, mode: str, sleeps: list[tuple[float, float]]
) -> None:
    budget = 0.7
    server.plan(Reply(body=OK), *[Reply(503, envelope(503, "Service Unavailable"))] * 20)
    retry = retry_within(budget * 1000, initial_ms=200, max_ms=400)
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=retry)
    error, start, elapsed = warmed_and_timed(mode, c)
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == 503
    assert elapsed < budget + SLACK
    # Waits of ~0.2 s and ~0.4 s fit in 0.7 s; the third (0.3-0.4 s) would not, so it is not begun.
    assert len(server.requests) == 1 + len(sleeps) + 1 >= 3
    # No wait ends past the budget (the client's clock starts a little after ``start``: the exact rule,
    # to the microsecond, is checked with a fake clock in test_steps.py).
    for began, seconds in sleeps:
        assert began + seconds <= start + budget + SLACK

"""Sharp edges (issue 8): timeouts, the total deadline, Retry-After, cancellation, use after close,
the renamed argument, the 403 hint, pickling, async runtimes and bad input, against the real stand-in.

Timing assertions use ``time.monotonic`` and generous slack on the slow side only; every wait is well
under a second so the whole file runs in a few seconds.
"""

from __future__ import annotations

import asyncio
import json
import math
import pickle
import sys
import threading
import time
import warnings
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

import httpx
import pytest
import trio
from hypothesis import given
from hypothesis import strategies as st

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, _retry, errors, utils
from openrouter._constants import DEFAULT_TIMEOUT
from openrouter.testing import GONE_MESSAGE, envelope

NO_RETRY = utils.RetryConfig("none")
MODES = ["sync", "async"]
#: Slack for "ends at once" / "ends by the deadline" on a loaded CI machine (a fresh client's pool, built
#: before the call's clock starts, is inside it). Every server delay these bounds rule out is longer.
SLACK = 0.5
#: The normal 200 body, for scripted replies that should succeed after a delay.
OK = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def retry_within(budget_ms: float, initial_ms: float = 5, max_ms: float = 20) -> utils.RetryConfig:
    return utils.RetryConfig(
        "backoff",
        utils.BackoffStrategy(
            initial_interval=initial_ms, max_interval=max_ms, exponent=2.0, max_elapsed_time=budget_ms
        ),
        retry_connection_errors=True,
    )


def once(mode: str, client: OpenRouter, **kwargs: Any) -> Any:
    """One ``get_credits`` call inside the client's ``with`` block (``async with`` under asyncio)."""
    if mode == "sync":
        with client:
            return client.credits.get_credits(**kwargs)

    async def main() -> Any:
        async with client:
            return await client.credits.get_credits_async(**kwargs)

    return asyncio.run(main())


def warmed_and_timed(mode: str, client: OpenRouter, **kwargs: Any) -> tuple[Any, float, float]:
    """A first call (the server must answer it) builds the client's pool, then a second call is timed:
    ``(its result or exception, monotonic start, seconds)``. A call's deadline starts once its pool exists.
    """

    def measure(result: Any, start: float) -> tuple[Any, float, float]:
        return result, start, time.monotonic() - start

    if mode == "sync":
        with client:
            assert client.credits.get_credits().data.total_credits == 100.5
            start = time.monotonic()
            try:
                return measure(client.credits.get_credits(**kwargs), start)
            except Exception as exc:
                return measure(exc, start)

    async def main() -> tuple[Any, float, float]:
        async with client:
            assert (await client.credits.get_credits_async()).data.total_credits == 100.5
            start = time.monotonic()
            try:
                return measure(await client.credits.get_credits_async(**kwargs), start)
            except Exception as exc:
                return measure(exc, start)

    return asyncio.run(main())


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """``(result or raised exception, seconds)`` on the monotonic clock."""
    start = time.monotonic()
    try:
        result: Any = fn()
    except Exception as exc:
        result = exc
    return result, time.monotonic() - start


def _here() -> int:
    """The line number of the caller (for warning locations)."""
    return sys._getframe(1).f_lineno


@pytest.fixture
def sleeps(retry_waits: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``(monotonic start, seconds)`` of every retry sleep, sync and async (slept for real)."""
    return retry_waits


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
    server.plan(Reply(delay=1.0))
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY)
    error, elapsed = timed(lambda: once(mode, c, timeout_ms=150))
    assert isinstance(error, errors.APITimeoutError)
    assert isinstance(error.__cause__, httpx.TimeoutException)
    assert 0.14 <= elapsed < 0.15 + SLACK
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_timeout_ms_per_client_and_per_call_override(server: StandIn, mode: str) -> None:
    server.plan(Reply(delay=1.0), Reply(delay=1.0), Reply(body=OK, delay=0.3))
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
    server.plan(Reply(delay=3.0), Reply(delay=3.0), Reply(body=OK, delay=1.2))
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
    server.plan(Reply(delay=3.0), Reply(delay=3.0))

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
    server.plan(Reply(body=OK), *[Reply(delay=1.5)] * 20)
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=retry_within(budget * 1000))
    error, start, elapsed = warmed_and_timed(mode, c, timeout_ms=150)
    assert isinstance(error, errors.APITimeoutError)
    assert elapsed < budget + SLACK
    assert len(server.requests) >= 1 + 2  # it did retry: the budget, not the first failure, ended it
    assert sleeps
    for began, seconds in sleeps:
        assert began + seconds <= start + budget + 0.02


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
    for began, seconds in sleeps:
        assert began + seconds <= start + budget + 0.02


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


# --- never retried: interrupts, cancellation, non-HTTP exceptions -------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_an_api_key_callable_that_raises_is_not_retried(server: StandIn, mode: str) -> None:
    calls = []

    def vault() -> str:
        calls.append(1)
        raise RuntimeError("vault unreachable")

    c = OpenRouter(api_key=vault, server_url=server.url, retry_config=FAST_RETRY)
    with pytest.raises(RuntimeError, match="vault unreachable"):
        once(mode, c)
    assert calls == [1]
    assert server.requests == []


@pytest.mark.parametrize("exc_type", [KeyboardInterrupt, RuntimeError])
def test_an_exception_during_a_request_is_not_retried_and_the_client_still_works(
    server: StandIn, exc_type: type[BaseException]
) -> None:
    def hook(response: httpx.Response) -> None:
        if response.status_code == 503:
            raise exc_type("interrupted")

    server.plan(Reply(503))
    with httpx.Client(event_hooks={"response": [hook]}) as http:
        with OpenRouter(api_key="k", server_url=server.url, client=http, retry_config=FAST_RETRY) as c:
            with pytest.raises(exc_type, match="interrupted"):
                c.credits.get_credits()
            time.sleep(0.05)
            assert len(server.requests) == 1
            assert c.credits.get_credits().data.total_credits == 100.5
    assert len(server.requests) == 2


def test_a_keyboard_interrupt_during_the_retry_sleep_is_not_swallowed(
    server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    me, real_sleep = threading.get_ident(), time.sleep

    def sleep(seconds: float) -> None:
        if threading.get_ident() == me:
            raise KeyboardInterrupt
        real_sleep(seconds)

    server.plan(Reply(503), Reply(503))
    with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
        monkeypatch.setattr(time, "sleep", sleep)
        with pytest.raises(KeyboardInterrupt):
            c.credits.get_credits()
        monkeypatch.undo()
        assert len(server.requests) == 1
        assert c.credits.get_credits().data.total_credits == 100.5  # one more 503, then 200
    assert len(server.requests) == 3


def test_an_async_exception_during_a_request_is_not_retried(server: StandIn) -> None:
    async def hook(response: httpx.Response) -> None:
        if response.status_code == 503:
            raise RuntimeError("hook failed")

    server.plan(Reply(503))

    async def main() -> None:
        async with httpx.AsyncClient(event_hooks={"response": [hook]}) as http:
            c = OpenRouter(api_key="k", server_url=server.url, async_client=http, retry_config=FAST_RETRY)
            async with c:
                with pytest.raises(RuntimeError, match="hook failed"):
                    await c.credits.get_credits_async()
                assert len(server.requests) == 1
                assert (await c.credits.get_credits_async()).data.total_credits == 100.5

    asyncio.run(main())


#: What the server does while the call is cancelled: stall the reply, or ask for a long retry wait.
STALLS = {
    "during the request": Reply(delay=2.0),
    "during the retry sleep": Reply(503, headers={"retry-after-ms": "2000"}),
}


@pytest.mark.parametrize("stall", list(STALLS))
def test_asyncio_cancellation_is_immediate_and_not_retried(server: StandIn, stall: str) -> None:
    server.plan(STALLS[stall])

    async def main() -> None:
        async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
            task = asyncio.ensure_future(c.credits.get_credits_async())
            while not server.requests:
                await asyncio.sleep(0.005)
            await asyncio.sleep(0.05)  # into the stalled reply or the retry sleep
            start = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - start < 0.2
            await asyncio.sleep(0.1)
            assert len(server.requests) == 1  # no retry after the cancellation
            # Nothing shared was closed: the same client makes another call.
            res = await c.credits.get_credits_async()
            assert res.data.total_credits == 100.5
            assert len(server.requests) == 2

    asyncio.run(main())


@pytest.mark.parametrize("stall", list(STALLS))
def test_trio_cancellation_is_immediate_and_not_retried(server: StandIn, stall: str) -> None:
    server.plan(STALLS[stall])

    async def main() -> None:
        async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
            scope = trio.CancelScope()
            cancelled_at = ended_at = 0.0

            async def call() -> None:
                nonlocal ended_at
                with scope:
                    await c.credits.get_credits_async()
                ended_at = time.monotonic()

            async with trio.open_nursery() as nursery:
                nursery.start_soon(call)
                while not server.requests:
                    await trio.sleep(0.005)
                await trio.sleep(0.05)  # into the stalled reply or the retry sleep
                cancelled_at = time.monotonic()
                scope.cancel()
            assert scope.cancelled_caught
            assert ended_at - cancelled_at < 0.2
            await trio.sleep(0.1)
            assert len(server.requests) == 1
            res = await c.credits.get_credits_async()
            assert res.data.total_credits == 100.5
            assert len(server.requests) == 2

    trio.run(main)


# --- use after close --------------------------------------------------------------------------------


def _assert_closed_error(info: pytest.ExceptionInfo[errors.ClientClosedError]) -> None:
    assert isinstance(info.value, RuntimeError)
    assert "OpenRouter client is closed" in str(info.value)


@pytest.mark.parametrize("user_client", [False, True], ids=["own-http", "user-http"])
@pytest.mark.parametrize("how", ["with", "close", "never-used"])
def test_a_closed_client_refuses_calls_and_reentry(server: StandIn, how: str, user_client: bool) -> None:
    http = httpx.Client() if user_client else None
    c = OpenRouter(api_key="k", server_url=server.url, client=http)
    if how == "with":
        with c:
            c.credits.get_credits()
    elif how == "close":
        c.credits.get_credits()
        c.close()
    else:
        c.close()
    seen = len(server.requests)
    with pytest.raises(errors.ClientClosedError) as info:
        c.credits.get_credits()
    _assert_closed_error(info)
    with pytest.raises(errors.ClientClosedError, match="closed"):
        c.__enter__()
    with pytest.raises(errors.ClientClosedError, match="closed"), c:
        pass
    assert "state=closed" in repr(c)
    assert len(server.requests) == seen
    if http is not None:
        assert not http.is_closed  # ours to close, not the overlay's
        assert http.get(server.url + "/credits", headers={"Authorization": "Bearer k"}).status_code == 200
        http.close()


@pytest.mark.parametrize("user_client", [False, True], ids=["own-http", "user-http"])
@pytest.mark.parametrize("how", ["async with", "aclose", "never-used"])
def test_a_closed_client_refuses_async_calls_and_reentry(
    server: StandIn, how: str, user_client: bool
) -> None:
    async def main() -> None:
        http = httpx.AsyncClient() if user_client else None
        c = OpenRouter(api_key="k", server_url=server.url, async_client=http)
        if how == "async with":
            async with c:
                await c.credits.get_credits_async()
        elif how == "aclose":
            await c.credits.get_credits_async()
            await c.aclose()
        else:
            await c.aclose()
        seen = len(server.requests)
        with pytest.raises(errors.ClientClosedError) as info:
            await c.credits.get_credits_async()
        _assert_closed_error(info)
        with pytest.raises(errors.ClientClosedError) as info:
            c.credits.get_credits()  # the sync side is closed too
        _assert_closed_error(info)
        with pytest.raises(errors.ClientClosedError, match="closed"):
            async with c:
                pass
        assert len(server.requests) == seen
        if http is not None:
            assert not http.is_closed
            response = await http.get(server.url + "/credits", headers={"Authorization": "Bearer k"})
            assert response.status_code == 200
            await http.aclose()

    asyncio.run(main())


def test_a_user_client_closed_by_its_owner_is_reported_as_such(server: StandIn) -> None:
    http = httpx.Client()
    c = OpenRouter(api_key="k", server_url=server.url, client=http)
    http.close()
    with pytest.raises(errors.ClientClosedError, match=r"httpx\.Client passed as client= is closed"):
        c.credits.get_credits()
    assert server.requests == []


# --- renamed argument -------------------------------------------------------------------------------


def _deprecations(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_x_title_in_the_constructor_warns_at_the_callers_line(server: StandIn) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = _here() + 1
        c = OpenRouter(api_key="k", server_url=server.url, x_title="Old App")
    [w] = _deprecations(caught)
    assert "x_open_router_title" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, line)
    with c:
        c.credits.get_credits()
    assert server.requests[0].headers["x-openrouter-title"] == "Old App"


def test_x_title_per_call_warns_at_the_callers_line(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as c:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            line = _here() + 1
            c.credits.get_credits(x_title="Per Call")
    [w] = _deprecations(caught)
    assert "x_open_router_title" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, line)
    assert server.requests[0].headers["x-openrouter-title"] == "Per Call"


def test_x_title_per_async_call_warns_at_the_callers_line(server: StandIn) -> None:
    lines = []

    async def main() -> None:
        async with OpenRouter(api_key="k", server_url=server.url) as c:
            lines.append(_here() + 1)
            await c.credits.get_credits_async(x_title="Async Call")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
    [w] = _deprecations(caught)
    assert "x_open_router_title" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, lines[0])
    assert server.requests[0].headers["x-openrouter-title"] == "Async Call"


@pytest.mark.parametrize("mode", MODES)
def test_x_title_and_x_open_router_title_together_are_refused(server: StandIn, mode: str) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="x_open_router_title") as info:
        OpenRouter(api_key="k", server_url=server.url, x_title="a", x_open_router_title="b")
    assert isinstance(info.value, ValueError)
    c = OpenRouter(api_key="k", server_url=server.url)
    with pytest.raises(errors.InvalidArgumentError, match="x_open_router_title"):
        once(mode, c, x_title="a", x_open_router_title="b")
    assert server.requests == []


def test_create_coinbase_charge_warns_at_the_callers_line(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as c:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            line = _here() + 2
            with pytest.raises(errors.GoneResponseError):
                c.credits.create_coinbase_charge()
    [w] = _deprecations(caught)
    assert "web credits purchase flow" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, line)
    assert server.requests[0].method == "POST"


def test_create_coinbase_charge_async_warns_at_the_callers_line(server: StandIn) -> None:
    lines = []

    async def main() -> None:
        async with OpenRouter(api_key="k", server_url=server.url) as c:
            lines.append(_here() + 2)
            with pytest.raises(errors.GoneResponseError):
                await c.credits.create_coinbase_charge_async()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
    [w] = _deprecations(caught)
    assert "web credits purchase flow" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, lines[0])


# --- the unhelpful 403 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_forbidden_adds_the_management_key_hint_and_keeps_the_servers_message(mode: str) -> None:
    with StandIn(inference_keys=frozenset({CANARY_KEY})) as server:
        c = OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY)
        with pytest.raises(errors.ForbiddenResponseError) as info:
            once(mode, c)
        assert len(server.requests) == 1  # a 403 is not retried
    error = info.value
    assert error.status_code == 403
    assert "Only management keys can perform this operation" in str(error)
    assert "management key" in str(error).split("operation", 1)[1]
    assert "https://openrouter.ai/settings/management-keys" in str(error)
    assert error.data is not None
    assert error.data.error.message == "Only management keys can perform this operation"
    assert CANARY_KEY not in str(error)
    assert CANARY_KEY not in repr(error)


# --- errors pickle ----------------------------------------------------------------------------------


ERROR_CASES: dict[str, tuple[Reply, type[errors.OpenRouterError]]] = {
    "unauthorized": (
        Reply(401, envelope(401, "User not found.", user_id="user_1")),
        errors.UnauthorizedResponseError,
    ),
    "forbidden": (Reply(403, envelope(403, "Only management keys")), errors.ForbiddenResponseError),
    "gone": (Reply(410, envelope(410, GONE_MESSAGE)), errors.GoneResponseError),
    "internal": (Reply(500, envelope(500, "Internal Server Error")), errors.InternalServerResponseError),
    "default": (
        Reply(429, envelope(429, "Rate limit"), headers={"Retry-After": "7"}),
        errors.OpenRouterDefaultError,
    ),
    "connection": (Reply(drop=True), errors.APIConnectionError),
    "timeout": (Reply(delay=1.0), errors.APITimeoutError),
}


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
@pytest.mark.parametrize("case", list(ERROR_CASES))
def test_errors_pickle_without_the_response_or_the_key(server: StandIn, case: str, protocol: int) -> None:
    reply, cls = ERROR_CASES[case]
    server.plan(reply)
    c = OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=NO_RETRY, timeout_ms=150)
    call = c.credits.create_coinbase_charge if case == "gone" else c.credits.get_credits
    with c, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # create_coinbase_charge's, tested above
        with pytest.raises(cls) as info:
            call()
    error = info.value
    assert isinstance(error, cls)
    blob = pickle.dumps(error, protocol=protocol)
    assert CANARY_KEY.encode() not in blob
    loaded = pickle.loads(blob)
    assert type(loaded) is type(error)
    assert str(loaded) == str(error)
    assert loaded.message == error.message
    assert loaded.args == error.args
    assert loaded.status_code == error.status_code
    assert loaded.body == error.body
    assert loaded.retry_after == error.retry_after
    assert loaded.raw_response is None
    assert repr(loaded) == repr(error)
    if error.status_code is None:
        assert error.raw_response is None
        assert loaded.headers is None
    else:
        assert error.raw_response is not None
        assert error.status_code == reply.status
        assert loaded.headers is not None
        assert dict(loaded.headers) == dict(error.headers)
    if hasattr(error, "data"):
        assert error.data is not None
        assert loaded.data == error.data
        assert loaded.data.error.message == reply.body["error"]["message"]
        # Absent fields stay absent (None, left out of to_dict()), so to_dict() is the JSON sent.
        assert loaded.data.user_id == reply.body.get("user_id")
        assert json.loads(json.dumps(loaded.data.to_dict())) == reply.body
    if case == "default":
        assert loaded.retry_after == 7.0


# --- async runtimes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("runtime", ["asyncio", "trio"])
def test_get_credits_async_and_its_retry_sleep_work_under(
    server: StandIn, runtime: str, sleeps: list[tuple[float, float]]
) -> None:
    server.plan(Reply(503, envelope(503, "busy"), headers={"retry-after-ms": "50"}))

    async def main() -> tuple[Any, float]:
        async with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
            start = time.monotonic()
            res = await c.credits.get_credits_async()
            return res, time.monotonic() - start

    res, elapsed = asyncio.run(main()) if runtime == "asyncio" else trio.run(main)
    assert res.data.total_credits == 100.5
    assert len(server.requests) == 2
    assert [seconds for _, seconds in sleeps] == [0.05]
    assert elapsed >= 0.05


# --- bad input before any request -------------------------------------------------------------------

BAD_CALL_ARGS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"http_headers": {"X-A": 1}}, errors.InvalidArgumentTypeError),
    ({"http_headers": {"X-A": None}}, errors.InvalidArgumentTypeError),
    ({"http_headers": [("X-A", "1")]}, errors.InvalidArgumentTypeError),
    ({"http_referer": 5}, errors.InvalidArgumentTypeError),
    ({"x_open_router_categories": b"bytes"}, errors.InvalidArgumentTypeError),
    ({"timeout_ms": -1}, errors.InvalidArgumentError),
    ({"timeout_ms": 0}, errors.InvalidArgumentError),
    ({"timeout_ms": float("nan")}, errors.InvalidArgumentError),
    ({"timeout_ms": float("inf")}, errors.InvalidArgumentError),
    ({"timeout_ms": True}, errors.InvalidArgumentTypeError),
    ({"timeout_ms": "100"}, errors.InvalidArgumentTypeError),
    ({"server_url": "not a url"}, errors.InvalidArgumentError),
    ({"server_url": "ftp://x"}, errors.InvalidArgumentError),
    ({"server_url": "http://example.com"}, errors.InvalidArgumentError),
    ({"server_url": "https://user:pw@example.com"}, errors.InvalidArgumentError),
    ({"server_url": 42}, errors.InvalidArgumentTypeError),
    ({"retries": "fast"}, errors.InvalidArgumentTypeError),
    ({"x_open_router_title": "Café"}, errors.InvalidArgumentError),
    ({"http_referer": "https://ex.com/\r\nX-Evil: 1"}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "é"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "a\x00b"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X-A": "a\x7fb"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X A": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {"X:A": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {"": "v"}}, errors.InvalidArgumentError),
    ({"http_headers": {1: "v"}}, errors.InvalidArgumentError),
]


def _ids(cases: list[tuple[dict[str, Any], type[Exception]]]) -> list[str]:
    return [repr(kwargs)[:60] for kwargs, _ in cases]


@pytest.mark.parametrize(("kwargs", "expected"), BAD_CALL_ARGS, ids=_ids(BAD_CALL_ARGS))
@pytest.mark.parametrize("mode", MODES)
def test_bad_call_arguments_are_refused_before_any_request(
    server: StandIn, mode: str, kwargs: dict[str, Any], expected: type[Exception]
) -> None:
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=NO_RETRY)
    with pytest.raises(expected) as info:
        once(mode, c, **kwargs)
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)
    assert server.requests == []


BAD_CLIENT_ARGS: list[tuple[dict[str, Any], type[Exception]]] = [
    ({"http_referer": 5}, errors.InvalidArgumentTypeError),
    ({"x_open_router_title": "Café"}, errors.InvalidArgumentError),
    ({"x_open_router_categories": "a\nb"}, errors.InvalidArgumentError),
    ({"timeout_ms": -1}, errors.InvalidArgumentError),
    ({"timeout_ms": 0}, errors.InvalidArgumentError),
    ({"timeout_ms": float("nan")}, errors.InvalidArgumentError),
    ({"server_url": "not a url"}, errors.InvalidArgumentError),
    ({"server_url": "ftp://x"}, errors.InvalidArgumentError),
    ({"server_url": "http://example.com"}, errors.InvalidArgumentError),
    ({"retry_config": {"strategy": "backoff"}}, errors.InvalidArgumentTypeError),
    ({"api_key": 123}, errors.InvalidArgumentTypeError),
    ({"client": httpx.AsyncClient}, errors.InvalidArgumentTypeError),
    # A key read from a file often ends in a newline; as a header it would never be sent.
    ({"api_key": CANARY_KEY + "\n"}, errors.InvalidArgumentError),
    ({"api_key": CANARY_KEY + "é"}, errors.InvalidArgumentError),
]


@pytest.mark.parametrize(("kwargs", "expected"), BAD_CLIENT_ARGS, ids=_ids(BAD_CLIENT_ARGS))
def test_bad_client_arguments_are_refused_before_any_request(
    server: StandIn, kwargs: dict[str, Any], expected: type[Exception]
) -> None:
    kwargs = {"server_url": server.url, **kwargs}
    with pytest.raises(expected) as info:
        OpenRouter(**kwargs)
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)
    assert CANARY_KEY not in str(info.value)
    assert server.requests == []


@pytest.mark.parametrize("key", [CANARY_KEY + "\n", CANARY_KEY + "\x00", CANARY_KEY + "é", 42])
@pytest.mark.parametrize("mode", MODES)
def test_a_bad_key_from_the_api_key_callable_is_refused_before_any_request(
    server: StandIn, mode: str, key: object
) -> None:
    c = OpenRouter(api_key=lambda: key, server_url=server.url, retry_config=FAST_RETRY)  # type: ignore[arg-type,return-value]
    error, elapsed = timed(lambda: once(mode, c))
    expected = errors.InvalidArgumentTypeError if key == 42 else errors.InvalidArgumentError
    assert isinstance(error, expected)
    assert CANARY_KEY not in str(error)
    assert elapsed < SLACK  # not retried as a connection error
    assert server.requests == []


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda: utils.RetryConfig("sometimes"), errors.InvalidArgumentError),  # type: ignore[arg-type]
        (
            lambda: utils.RetryConfig("backoff", backoff={"initial_interval": 1}),
            errors.InvalidArgumentTypeError,
        ),
        (
            lambda: utils.RetryConfig("backoff", retry_connection_errors="yes"),
            errors.InvalidArgumentTypeError,
        ),
        (lambda: utils.BackoffStrategy(-1, 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(float("nan"), 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, float("inf")), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(1, 10, 0.5, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy(100, 10, 2.0, 100), errors.InvalidArgumentError),
        (lambda: utils.BackoffStrategy("1", 10, 2.0, 100), errors.InvalidArgumentTypeError),
        (lambda: utils.BackoffStrategy(1, 10, True, 100), errors.InvalidArgumentTypeError),
        (lambda: utils.BackoffStrategy(1, 10, 2.0, None), errors.InvalidArgumentTypeError),
    ],
)
def test_bad_retry_configs_are_refused(make: Callable[[], object], expected: type[Exception]) -> None:
    with pytest.raises(expected) as info:
        make()
    base = TypeError if expected is errors.InvalidArgumentTypeError else ValueError
    assert isinstance(info.value, base)

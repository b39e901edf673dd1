"""What is never retried: an exception from the caller's code, an interrupt, a cancellation (asyncio
and trio), which end the call at once and leave the client working.
"""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest
import trio

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter
from support.calls import MODES, SLACK, once

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
    "during the request": Reply(delay=5.0),
    "during the retry sleep": Reply(503, headers={"retry-after-ms": "4000"}),  # within the 5 s budget
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
            assert time.monotonic() - start < SLACK  # not the 4-5 s stall
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
            assert ended_at - cancelled_at < SLACK  # not the 4-5 s stall
            await trio.sleep(0.1)
            assert len(server.requests) == 1
            res = await c.credits.get_credits_async()
            assert res.data.total_credits == 100.5
            assert len(server.requests) == 2

    trio.run(main)

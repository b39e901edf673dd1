"""Async calls and their event loops: one client across ``asyncio.run`` calls and trio runs, a pool
per loop, and nothing slow done on the loop's thread."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
import trio

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter
from openrouter.testing import envelope
from support.calls import large_ca_bundle


def test_one_client_across_two_asyncio_runs_and_a_trio_run(server: StandIn) -> None:
    c = OpenRouter(api_key="k", server_url=server.url)

    async def call() -> float:
        return (await c.credits.get_credits_async()).data.total_credits

    assert asyncio.run(call()) == 100.5
    assert asyncio.run(call()) == 100.5  # was: RuntimeError: Event loop is closed
    assert trio.run(call) == 100.5
    assert asyncio.run(call()) == 100.5
    assert len(server.requests) == 4
    c.close()


def test_each_loop_closes_its_pool_as_it_shuts_down(server: StandIn) -> None:
    c = OpenRouter(api_key="k", server_url=server.url)
    pools: list[Any] = []

    async def call() -> None:
        await c.credits.get_credits_async()
        pools.append(c._async_pools.built())

    asyncio.run(call())
    trio.run(call)
    assert pools[0] is not pools[1]
    assert pools[0].is_closed  # asyncio.run closed it (through the async generator it finalizes)
    assert pools[1].is_closed  # and so did trio.run


def test_two_loops_at_once_in_two_threads_get_a_pool_each(server: StandIn) -> None:
    server.plan(*[Reply(delay=0.2, body={"data": {"total_credits": 1, "total_usage": 0}})] * 2)
    c = OpenRouter(api_key="k", server_url=server.url)
    pools: list[Any] = []
    results: list[Any] = []

    async def call() -> None:
        results.append((await c.credits.get_credits_async()).data.total_credits)
        pools.append(c._async_pools.built())

    threads = [threading.Thread(target=asyncio.run, args=(call(),)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert results == [1, 1]
    assert pools[0] is not pools[1]


def test_a_retry_sleep_under_trio_then_asyncio(server: StandIn) -> None:
    c = OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY)

    async def call() -> float:
        return (await c.credits.get_credits_async()).data.total_credits

    server.plan(Reply.error(503))
    assert trio.run(call) == 100.5
    server.plan(Reply.error(503))
    assert asyncio.run(call()) == 100.5
    assert len(server.requests) == 4


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_the_tls_context_is_built_off_the_loop_thread(
    server: StandIn, backend: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A large CA bundle (corporate machines have them) takes hundreds of ms to load: never on the loop.
    bundle = large_ca_bundle(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    built_in: list[int] = []
    original = ssl.create_default_context

    def recording(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        if kwargs.get("cafile") == str(bundle) or (args[1:2] == (str(bundle),)):
            built_in.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", recording)
    c = OpenRouter(api_key="k", server_url=server.url)
    gaps: list[float] = []

    async def main() -> int:
        done = anyio.Event()

        async def ticker() -> None:  # how long the loop went without running this task
            last = time.perf_counter()
            while not done.is_set():
                await anyio.sleep(0.001)
                now = time.perf_counter()
                gaps.append(now - last)
                last = now

        async with anyio.create_task_group() as group:
            group.start_soon(ticker)
            await c.credits.get_credits_async()
            done.set()
        return threading.get_ident()

    loop_thread = anyio.run(main, backend=backend)
    assert built_in, "the CA bundle was loaded"
    assert loop_thread not in built_in
    # The bound reached (reported, never asserted: a loaded machine stretches any gap).
    print(f"longest loop gap during the first call ({backend}): {max(gaps) * 1000:.1f} ms")
    c.close()


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

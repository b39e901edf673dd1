"""One client shared by many threads or tasks (issue 5): every call correct, bounded connections, no leaks.

The stand-in records each request's client address, so the distinct client ports are the TCP
connections the client opened, and the order of the records shows which were in use together.
The client's pool allows httpx's 100 connections at once and keeps them all alive between calls.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, operations, utils

POOL_LIMIT = 100  # httpx.Limits().max_connections: the most connections the client may open at once
THREADS = 32
SYNC_CALLS = 2_000
ASYNC_CALLS = 500
TRIO_CALLS = 200


@pytest.fixture
def no_resource_warnings() -> Iterator[None]:
    """Fail if anything (an unclosed socket, transport or client) is left for the garbage collector."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        yield
        gc.collect()
    leaked = [w for w in caught if issubclass(w.category, ResourceWarning)]
    assert not leaked, [str(w.message) for w in leaked]


def connections(server: StandIn) -> set[Any]:
    return {r.client for r in server.requests}


def peak_open_connections(server: StandIn) -> int:
    """The most connections in use at once: a connection is open from its first request to its last."""
    first: dict[Any, int] = {}
    last: dict[Any, int] = {}
    for i, r in enumerate(server.requests):
        first.setdefault(r.client, i)
        last[r.client] = i
    opens = [0] * len(server.requests)
    closes = [0] * len(server.requests)
    for client, i in first.items():
        opens[i] += 1
        closes[last[client]] += 1
    live = peak = 0
    for i in range(len(server.requests)):
        live += opens[i]
        peak = max(peak, live)
        live -= closes[i]
    return peak


def assert_correct(res: Any, credits: float, usage: float) -> None:
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == credits
    assert res.data.total_usage == usage


def test_32_threads_share_one_client_for_2000_calls(no_resource_warnings: None) -> None:
    with StandIn() as server:
        # Each answer takes 20 ms at the server, so all 32 threads really are in flight together.
        server.plan(
            *[Reply(200, {"data": {"total_credits": 12.5, "total_usage": 3.25}}, delay=0.02)] * SYNC_CALLS
        )
        start = time.perf_counter()
        with OpenRouter(api_key=CANARY_KEY, server_url=server.url) as client:
            barrier = threading.Barrier(THREADS)

            def worker(n: int) -> list[Any]:
                barrier.wait()  # all threads start together
                return [client.credits.get_credits() for _ in range(n)]

            with ThreadPoolExecutor(THREADS) as pool:
                per_thread = SYNC_CALLS // THREADS
                sizes = [per_thread + (i < SYNC_CALLS % THREADS) for i in range(THREADS)]
                results = [res for batch in pool.map(worker, sizes) for res in batch]
        elapsed = time.perf_counter() - start
        assert len(results) == SYNC_CALLS
        for res in results:
            assert_correct(res, 12.5, 3.25)
        assert len(server.requests) == SYNC_CALLS  # no call needed a retry
        assert all(r.headers["authorization"] == f"Bearer {CANARY_KEY}" for r in server.requests)
        # Kept alive and reused: not a new connection (a TLS handshake on the real API) per call.
        opened = connections(server)
        assert 1 < len(opened) <= POOL_LIMIT, len(opened)
    assert elapsed < 15


def test_500_concurrent_async_calls_on_one_client(no_resource_warnings: None) -> None:
    async def main(url: str) -> list[Any]:
        # Queued behind 100 connections, a call's 30 s default deadline could pass on an overloaded
        # machine (it took ~55 s with five busy loops on 2 cores): this test is about sharing the pool.
        patient = utils.RetryConfig("backoff", utils.BackoffStrategy(500, 8_000, 2.0, 300_000))
        async with OpenRouter(api_key=CANARY_KEY, server_url=url, retry_config=patient) as client:
            return await asyncio.gather(*(client.credits.get_credits_async() for _ in range(ASYNC_CALLS)))

    with StandIn(total_credits=7.0, total_usage=1.5) as server:
        start = time.perf_counter()
        results = asyncio.run(main(server.url))
        elapsed = time.perf_counter() - start
        assert len(results) == ASYNC_CALLS
        for res in results:
            assert_correct(res, 7.0, 1.5)
        assert len(server.requests) == ASYNC_CALLS
        # Reused, not one connection per call. (With 400 calls queued, httpcore 1.0 spends its time
        # matching queued requests to connections, keeps a few busy and lets the rest idle past the
        # 5 s keep-alive expiry, so a run may open a few more than 100 in total.)
        assert len(connections(server)) <= ASYNC_CALLS // 3, len(connections(server))
        assert 1 < peak_open_connections(server) <= POOL_LIMIT
    assert elapsed < 90  # ~8 s on an idle 2-core machine, nearly all of it in httpcore's pool bookkeeping


def test_concurrent_calls_under_trio(no_resource_warnings: None) -> None:
    results: list[Any] = []

    async def main(url: str) -> None:
        async with OpenRouter(api_key=CANARY_KEY, server_url=url) as client:

            async def one() -> None:
                results.append(await client.credits.get_credits_async())

            async with anyio.create_task_group() as tg:
                for _ in range(TRIO_CALLS):
                    tg.start_soon(one)

    with StandIn() as server:
        start = time.perf_counter()
        anyio.run(main, server.url, backend="trio")
        elapsed = time.perf_counter() - start
        assert len(results) == TRIO_CALLS
        for res in results:
            assert_correct(res, 100.5, 25.75)
        assert 1 < len(connections(server)) <= POOL_LIMIT
    assert elapsed < 15


def test_threads_retrying_faults_do_not_share_retry_state(no_resource_warnings: None) -> None:
    """Faults land on whichever threads' requests take them; each call retries on its own."""
    calls, faults = 400, 100
    with StandIn() as server:
        server.plan(*[Reply(503, "busy"), Reply(drop=True)] * (faults // 2))
        with OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY) as client:
            with ThreadPoolExecutor(THREADS) as pool:
                results = list(pool.map(lambda _: client.credits.get_credits(), range(calls)))
        for res in results:
            assert_correct(res, 100.5, 25.75)
        assert len(server.requests) == calls + faults


def test_async_calls_retrying_faults_concurrently(no_resource_warnings: None) -> None:
    calls, faults = 100, 30

    async def main(url: str) -> list[Any]:
        async with OpenRouter(api_key=CANARY_KEY, server_url=url, retry_config=FAST_RETRY) as client:
            return await asyncio.gather(*(client.credits.get_credits_async() for _ in range(calls)))

    with StandIn() as server:
        server.plan(*[Reply(500, "oops"), Reply(drop=True), Reply(429, "slow")] * (faults // 3))
        results = asyncio.run(main(server.url))
        for res in results:
            assert_correct(res, 100.5, 25.75)
        assert len(server.requests) == calls + faults


def test_errors_under_concurrency_are_per_call(no_resource_warnings: None) -> None:
    """Half the calls get a 403: each caller sees its own outcome, none gets another's."""
    calls = 200
    with StandIn() as server:
        server.plan(*[Reply(403, {"error": {"code": 403, "message": "no"}})] * (calls // 2))
        with OpenRouter(api_key=CANARY_KEY, server_url=server.url) as client:

            def one(_: int) -> Any:
                try:
                    return client.credits.get_credits()
                except errors.ForbiddenResponseError as exc:
                    return exc

            with ThreadPoolExecutor(THREADS) as pool:
                outcomes = list(pool.map(one, range(calls)))
        failed = [o for o in outcomes if isinstance(o, errors.ForbiddenResponseError)]
        assert len(failed) == calls // 2
        assert all(o.status_code == 403 for o in failed)
        assert len(outcomes) - len(failed) == calls // 2
        assert len(server.requests) == calls

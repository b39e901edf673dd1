"""The edge's temporary statuses are retried like 500-504, the permanent 5XX are not (loopback)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from conftest import FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, utils

MODES = ["sync", "async"]


#: Waits of 5-20 ms within 0.5 s: a lasting 5XX ends quickly.
SHORT_RETRY = utils.RetryConfig("backoff", utils.BackoffStrategy(5, 20, 2.0, 500), True)


def get_credits(mode: str, server: StandIn, retry: utils.RetryConfig = FAST_RETRY) -> Any:
    client = OpenRouter(api_key="k", server_url=server.url, retry_config=retry)
    try:
        if mode == "sync":
            with client:
                return client.credits.get_credits()

        async def main() -> Any:
            async with client:
                return await client.credits.get_credits_async()

        return asyncio.run(main())
    except errors.OpenRouterError as exc:
        return exc


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
    assert error.status_code == 524
    assert len(server.requests) > 2

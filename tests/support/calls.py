"""The usual ways the tests make a call: once in a ``with`` block, timed after a warm-up call (the
call's clock starts once its pool exists), and retry configs with short budgets."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import certifi

from openrouter import OpenRouter, errors, utils

__all__ = [
    "MODES",
    "NO_RETRY",
    "OK",
    "SLACK",
    "here",
    "large_ca_bundle",
    "once",
    "outcome",
    "retry_within",
    "timed",
    "warmed_and_timed",
]

NO_RETRY = utils.RetryConfig("none")
MODES = ["sync", "async"]
#: Slack for "ends at once" / "ends by the deadline" on a loaded CI machine (a fresh client's pool, built
#: before the call's clock starts, is inside it; two busy loops beside the suite stretch a 150 ms call
#: by a few hundred ms). Every server delay these bounds rule out is longer than the bound plus it:
#: the stalls they rule out are 3 s or more. The exact decisions are checked in test_steps.py.
SLACK = 1.0
#: The normal 200 body, for scripted replies that should succeed after a delay.
OK = {"data": {"total_credits": 100.5, "total_usage": 25.75}}


def retry_within(budget_ms: float, initial_ms: float = 5, max_ms: float = 20) -> utils.RetryConfig:
    """Backoff of ``initial_ms`` to ``max_ms`` within ``budget_ms``, connection errors retried."""
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


def here() -> int:
    """The line number of the caller (for warning locations)."""
    return sys._getframe(1).f_lineno


def outcome(mode: str, client: OpenRouter, **kwargs: Any) -> Any:
    """:func:`once`, returning the OpenRouterError raised instead of raising it."""
    try:
        return once(mode, client, **kwargs)
    except errors.OpenRouterError as exc:
        return exc


def large_ca_bundle(directory: Path) -> Path:
    """A CA bundle 20 times certifi's (as some corporate machines have): slow to load."""
    bundle = directory / "ca-bundle.pem"
    bundle.write_text(Path(certifi.where()).read_text() * 20)
    return bundle

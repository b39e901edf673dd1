"""What the fault tests share: one call through a fresh client, sync or async (with conftest's
``mode`` fixture), and the bodies they plan."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from conftest import CANARY_KEY, StandIn
from openrouter import OpenRouter, operations, utils

__all__ = ["HTML_502", "MB5", "NO_RETRY", "assert_default_answer", "call"]

NO_RETRY = utils.RetryConfig("none")
MB5 = 5 * 1024 * 1024
#: A proxy's HTML error page (about 3 KB).
HTML_502 = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>\n<body>\n"
    "<h1>Bad Gateway</h1>\n<p>The proxy received an invalid response.</p>\n" + "<p>filler</p>\n" * 200
) + "</body></html>"


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


def assert_default_answer(res: Any) -> None:
    """The stand-in's normal answer (100.5 credits, 25.75 used)."""
    assert isinstance(res, operations.GetCreditsResponse), res
    assert res.data.total_credits == 100.5
    assert res.data.total_usage == 25.75

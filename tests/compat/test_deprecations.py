"""Deprecations warn at the caller's line: ``x_title`` (the old name of ``x_open_router_title``) and
``create_coinbase_charge``.
"""

from __future__ import annotations

import asyncio
import warnings

import pytest

from conftest import StandIn
from openrouter import OpenRouter, errors
from support.calls import MODES, here, once

# --- renamed argument -------------------------------------------------------------------------------


def _deprecations(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    return [w for w in caught if issubclass(w.category, DeprecationWarning)]


def test_x_title_in_the_constructor_warns_at_the_callers_line(server: StandIn) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        line = here() + 1
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
            line = here() + 1
            c.credits.get_credits(x_title="Per Call")
    [w] = _deprecations(caught)
    assert "x_open_router_title" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, line)
    assert server.requests[0].headers["x-openrouter-title"] == "Per Call"


def test_x_title_per_async_call_warns_at_the_callers_line(server: StandIn) -> None:
    lines = []

    async def main() -> None:
        async with OpenRouter(api_key="k", server_url=server.url) as c:
            lines.append(here() + 1)
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
            line = here() + 2
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
            lines.append(here() + 2)
            with pytest.raises(errors.GoneResponseError):
                await c.credits.create_coinbase_charge_async()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
    [w] = _deprecations(caught)
    assert "web credits purchase flow" in str(w.message)
    assert (w.filename, w.lineno) == (__file__, lines[0])

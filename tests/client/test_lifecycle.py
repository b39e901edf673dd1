"""Use after close: a closed client refuses calls and re-entry, sync and async, its own pool or one
passed in; a user client closed by its owner is reported as such.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from conftest import StandIn
from openrouter import OpenRouter, errors

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

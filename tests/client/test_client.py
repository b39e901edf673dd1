"""The documented surface of the overlay (issue 4), sync and async, against the real stand-in."""

from __future__ import annotations

import asyncio
import logging
import os
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, operations, utils
from openrouter.testing import envelope


def test_documented_example_prints_the_credits(server: StandIn, monkeypatch, capsys) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", CANARY_KEY)
    # The documentation's example, verbatim but for server_url.
    with OpenRouter(
        http_referer="<value>",
        x_open_router_title="<value>",
        x_open_router_categories="<value>",
        api_key=os.getenv("OPENROUTER_API_KEY", ""),
        server_url=server.url,
    ) as open_router:
        res = open_router.credits.get_credits()

        # Handle response
        print(res)
    out = capsys.readouterr().out
    assert "total_credits=100.5" in out
    assert "total_usage=25.75" in out
    assert isinstance(res, operations.GetCreditsResponse)
    assert res.data.total_credits == 100.5
    assert res.data.total_usage == 25.75


def test_documented_coinbase_example_warns_then_raises_gone(server: StandIn) -> None:
    with (
        OpenRouter(
            http_referer="<value>",
            x_open_router_title="<value>",
            x_open_router_categories="<value>",
            server_url=server.url,
        ) as open_router,
        pytest.warns(DeprecationWarning, match="web credits purchase flow") as caught,
    ):
        with pytest.raises(errors.GoneResponseError) as info:
            open_router.credits.create_coinbase_charge()
    assert caught[0].filename == __file__
    assert info.value.status_code == 410
    assert "web credits purchase flow" in str(info.value)
    assert info.value.data is not None
    assert info.value.data.error.code == 410
    assert server.requests[0].method == "POST"
    assert server.requests[0].path == "/api/v1/credits/coinbase"


def test_response_model_has_repr_equality_and_to_dict(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as c:
        first, second = c.credits.get_credits(), c.credits.get_credits()
    assert first == second
    assert first is not second
    assert first.to_dict() == {"data": {"total_credits": 100.5, "total_usage": 25.75}}
    assert "GetCreditsResponse(data=GetCreditsResponseData(total_credits=100.5" in repr(first)


def test_client_defaults_and_per_call_overrides_are_sent(server: StandIn) -> None:
    with OpenRouter(
        api_key="k",
        http_referer="https://app.example",
        x_open_router_title="App",
        x_open_router_categories="cli-agent",
        server_url=server.url,
    ) as c:
        c.credits.get_credits()
        c.credits.get_credits(
            http_referer="https://other.example",
            x_open_router_title="Other",
            x_open_router_categories="cloud-agent",
            http_headers={"X-Trace": "abc"},
        )
        c.credits.get_credits()
    default, override, again = (r.headers for r in server.requests)
    assert default["http-referer"] == "https://app.example"
    assert default["x-openrouter-title"] == "App"
    assert default["x-openrouter-categories"] == "cli-agent"
    assert default["authorization"] == "Bearer k"
    assert default["user-agent"].startswith("openrouter-credits/")
    assert override["http-referer"] == "https://other.example"
    assert override["x-openrouter-title"] == "Other"
    assert override["x-openrouter-categories"] == "cloud-agent"
    assert override["x-trace"] == "abc"
    assert again == default  # an override is for that call only


def test_no_attribution_headers_unless_given(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as c:
        c.credits.get_credits()
    sent = server.requests[0].headers
    assert not {"http-referer", "x-openrouter-title", "x-openrouter-categories"} & sent.keys()


def test_key_from_environment_when_empty_or_none(server: StandIn, monkeypatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "from-env")
    for key in ("", None):
        with OpenRouter(api_key=key, server_url=server.url) as c:
            c.credits.get_credits()
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer from-env"] * 2


def test_no_key_sends_no_authorization_and_raises_unauthorized(server: StandIn, monkeypatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    with OpenRouter(server_url=server.url) as c, pytest.raises(errors.UnauthorizedResponseError) as info:
        c.credits.get_credits()
    assert "authorization" not in server.requests[0].headers
    assert info.value.status_code == 401
    assert info.value.data is not None
    assert info.value.data.error.message == "Missing Authentication header"
    assert len(server.requests) == 1  # 401 is never retried


def test_callable_key_is_called_for_every_call(server: StandIn) -> None:
    keys = iter(["first", "second"])
    with OpenRouter(api_key=lambda: next(keys), server_url=server.url) as c:
        c.credits.get_credits()
        c.credits.get_credits()
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer first", "Bearer second"]


def test_async_twins(server: StandIn) -> None:
    async def main() -> operations.GetCreditsResponse:
        async with OpenRouter(api_key="k", server_url=server.url, x_open_router_title="A") as c:
            res = await c.credits.get_credits_async(http_referer="https://r.example")
            with (
                pytest.warns(DeprecationWarning, match="deprecated"),
                pytest.raises(errors.GoneResponseError),
            ):
                await c.credits.create_coinbase_charge_async()
            return res

    res = asyncio.run(main())
    assert res.data.total_credits == 100.5
    assert server.requests[0].headers["http-referer"] == "https://r.example"
    assert server.requests[0].headers["x-openrouter-title"] == "A"
    assert server.requests[1].path == "/api/v1/credits/coinbase"


def test_one_pool_reused_and_closed_on_exit(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url) as c:
        c.credits.get_credits()
        pool = c._pool.built
        c.credits.get_credits()
        assert c._pool.built is pool
        assert pool is not None
    assert pool.is_closed


def test_user_supplied_clients_are_used_and_never_closed(server: StandIn) -> None:
    seen: list[str] = []
    with httpx.Client(event_hooks={"request": [lambda r: seen.append(str(r.url))]}) as http:
        with OpenRouter(api_key="k", server_url=server.url, client=http) as c:
            c.credits.get_credits()
        assert not http.is_closed
        assert seen == [f"{server.url}/credits"]

    async def main() -> None:
        async with httpx.AsyncClient() as ahttp:
            async with OpenRouter(api_key="k", server_url=server.url, async_client=ahttp) as c:
                await c.credits.get_credits_async()
            assert not ahttp.is_closed

    asyncio.run(main())


def test_server_url_and_timeout_per_call(server: StandIn) -> None:
    with StandIn(total_credits=7.0) as other, OpenRouter(api_key="k", server_url=server.url) as c:
        assert c.credits.get_credits(server_url=other.url + "/").data.total_credits == 7.0
        server.plan(Reply(delay=1.0))
        with pytest.raises(errors.APITimeoutError):
            c.credits.get_credits(timeout_ms=100, retries=utils.RetryConfig("none"))
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, errors.UnauthorizedResponseError),
        (403, errors.ForbiddenResponseError),
        (500, errors.InternalServerResponseError),
        (404, errors.OpenRouterDefaultError),
        (422, errors.OpenRouterDefaultError),
    ],
)
def test_status_to_error_class(server: StandIn, status: int, cls: type[errors.OpenRouterError]) -> None:
    server.plan(Reply(status, envelope(status, "server says no", user_id="u1")))
    with OpenRouter(api_key="k", server_url=server.url, retry_config=utils.RetryConfig("none")) as c:
        with pytest.raises(cls) as info:
            c.credits.get_credits()
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert "server says no" in err.message
    assert err.raw_response is not None
    assert err.headers is not None
    if isinstance(err, errors.UnauthorizedResponseError | errors.ForbiddenResponseError):
        assert err.data is not None
        assert err.data.error.code == status
        assert err.data.user_id == "u1"


def test_get_is_retried_by_default_but_post_is_not(server: StandIn) -> None:
    with OpenRouter(api_key="k", server_url=server.url, retry_config=FAST_RETRY) as c:
        server.plan(Reply(500, envelope(500, "boom")), Reply(502, "<html>bad gateway</html>"))
        assert c.credits.get_credits().data.total_usage == 25.75
        assert len(server.requests) == 3
        server.plan(Reply(503, envelope(503, "busy")))
        with (
            pytest.warns(DeprecationWarning, match="deprecated"),
            pytest.raises(errors.OpenRouterDefaultError) as info,
        ):
            c.credits.create_coinbase_charge()
    assert info.value.status_code == 503
    assert len(server.requests) == 4


def test_retry_config_none_turns_retries_off(server: StandIn) -> None:
    server.plan(Reply(503, envelope(503, "busy")))
    with OpenRouter(api_key="k", server_url=server.url) as c:
        with pytest.raises(errors.OpenRouterDefaultError):
            c.credits.get_credits(retries=utils.RetryConfig("none"))
    assert len(server.requests) == 1


def test_debug_logging_of_each_attempt_is_off_by_default(server: StandIn, caplog) -> None:
    server.plan(Reply(503, envelope(503, "busy")))
    with OpenRouter(api_key=CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY) as c:
        with caplog.at_level(logging.WARNING, logger="openrouter"):
            c.credits.get_credits()
        assert caplog.records == []
        server.plan(Reply(503, envelope(503, "busy")))
        with caplog.at_level(logging.DEBUG, logger="openrouter"):
            c.credits.get_credits()
    lines = [r.getMessage() for r in caplog.records if r.name == "openrouter"]
    assert any(f"GET {server.url}/credits -> 503 (attempt 1," in line for line in lines)
    assert any("retrying GET" in line for line in lines)
    assert any(f"GET {server.url}/credits -> 200 (attempt 2," in line for line in lines)
    assert all(CANARY_KEY not in line for line in lines)


def test_validation_error_for_a_bad_2xx(server: StandIn) -> None:
    server.plan(Reply(200, {"data": {"total_credits": "lots", "total_usage": 1}}))
    with (
        OpenRouter(api_key="k", server_url=server.url) as c,
        pytest.raises(errors.ResponseValidationError) as info,
    ):
        c.credits.get_credits()
    assert "total_credits" in str(info.value)
    assert info.value.status_code == 200
    assert len(server.requests) == 1


def test_repr_hides_the_key() -> None:
    c = OpenRouter(api_key=CANARY_KEY)
    assert CANARY_KEY not in repr(c)
    assert "api_key=<set>" in repr(c)


def test_public_names_have_docstrings() -> None:
    import openrouter
    from openrouter import _credits

    names = [openrouter.OpenRouter, openrouter.OpenRouter.close, openrouter.OpenRouter.aclose]
    names += [getattr(_credits.Credits, n) for n in dir(_credits.Credits) if not n.startswith("_")]
    names += [getattr(errors, n) for n in errors.__all__] + [utils.RetryConfig, utils.BackoffStrategy]
    missing = [getattr(n, "__qualname__", n) for n in names if not (n.__doc__ or "").strip()]
    assert missing == []


def test_type_checkers_flag_the_deprecated_method_and_check_per_call_options(tmp_path: Path) -> None:
    """mypy (the pinned one) reads the literal @deprecated message and the Unpack[CallOptions] keywords."""
    import subprocess
    import sys

    snippet = tmp_path / "user_code.py"
    snippet.write_text(
        "from openrouter import OpenRouter\n"
        "with OpenRouter(api_key='k') as c:\n"
        "    c.credits.create_coinbase_charge()\n"
        "    c.credits.get_credits(http_referer='x', timeout_ms=5, retries=None)\n"
        "    c.credits.get_credits(timeout_ms='5')\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--enable-error-code",
            "deprecated",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    lines = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(lines) == 2, done.stdout
    assert "user_code.py:3:" in lines[0]
    assert "create_coinbase_charge is deprecated" in lines[0]
    assert "web credits purchase flow" in lines[0]
    assert "user_code.py:5:" in lines[1]
    assert '"timeout_ms"' in lines[1]


def test_building_the_client_warns_about_nothing() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        OpenRouter(api_key="k").credits  # noqa: B018  building the client warns about nothing


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cookie_the_server_sets_does_not_follow_later_calls(server: StandIn, mode: str) -> None:
    ok = {"data": {"total_credits": 1, "total_usage": 2}}
    # Latin-1 bytes in a header are legal HTTP, but such a cookie cannot be sent back: one answer
    # like this made every later call on the client raise a bare UnicodeEncodeError.
    server.plan(Reply(200, ok, {"Set-Cookie": "a=\xe9t\xe9; Path=/"}), Reply(200, ok, {"Set-Cookie": "s=1"}))
    kw: dict[str, Any] = {"api_key": CANARY_KEY, "server_url": server.url}

    async def three_async() -> list[Any]:
        async with OpenRouter(**kw) as client:
            return [await client.credits.get_credits_async() for _ in range(3)]

    if mode == "sync":
        with OpenRouter(**kw) as client:
            results = [client.credits.get_credits() for _ in range(3)]
    else:
        results = asyncio.run(three_async())
    assert [r.data.total_credits for r in results] == [1, 1, 100.5]
    assert [r.headers.get("cookie") for r in server.requests] == [None, None, None]

"""The API key stays secret (issue 5): not in reprs, logs, warnings or errors, not sent to another host.

Every scenario of the fault tests runs again here, sync and async, with all logging at DEBUG and all
warnings recorded; the stand-in proves the key was really sent, so a clean result means something.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import traceback
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, utils
from openrouter.testing import envelope

NO_RETRY = utils.RetryConfig("none")
OK = {"data": {"total_credits": 1.0, "total_usage": 0.5}}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def second() -> Iterator[StandIn]:
    """Another server, on another port: the "other host" of the redirect tests."""
    with StandIn() as s:
        yield s


def assert_secret_absent(*texts: object) -> None:
    for text in texts:
        assert CANARY_KEY not in str(text)


def assert_error_keeps_the_secret(exc: BaseException) -> None:
    """The error in every form a program or a log may show it, and pickled for another process."""
    assert_secret_absent(str(exc), repr(exc), repr(exc.args))
    assert_secret_absent("".join(traceback.format_exception(exc)))  # the whole chain, with causes
    if isinstance(exc, errors.OpenRouterError):
        state = {k: v for k, v in vars(exc).items() if k != "raw_response"}
        assert_secret_absent(repr(state))
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(exc, protocol=protocol)
        assert CANARY_KEY.encode() not in data  # the live response (and its request) is not pickled
        clone = pickle.loads(data)
        assert type(clone) is type(exc)
        assert_secret_absent(str(clone), repr(clone))


# --- repr ------------------------------------------------------------------------------------------------


def test_repr_of_the_client_never_shows_the_key(server: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", CANARY_KEY)
    clients = [
        OpenRouter(api_key=CANARY_KEY, server_url=server.url),
        OpenRouter(api_key=lambda: CANARY_KEY, server_url=server.url),
        OpenRouter(server_url=server.url),  # from the environment
    ]
    for client in clients:
        assert_secret_absent(repr(client), str(client), repr(client.credits))
        with client:
            client.credits.get_credits()
            assert_secret_absent(repr(client), str(client))
        assert_secret_absent(repr(client), str(client))
    assert [r.headers["authorization"] for r in server.requests] == [f"Bearer {CANARY_KEY}"] * 3


# --- every fault scenario --------------------------------------------------------------------------------

HUGE = "m" * (5 * 1024 * 1024)
SCENARIOS: dict[str, tuple[str, list[Reply], dict[str, Any]]] = {
    "401": ("get_credits", [Reply(401, envelope(401, "No auth credentials found"))], {}),
    "401-empty": ("get_credits", [Reply(401)], {}),
    "403": ("get_credits", [Reply(403, envelope(403, "Only management keys"))], {}),
    "500": ("get_credits", [Reply(500, envelope(500, "Internal Server Error"))], {"retries": NO_RETRY}),
    "410": ("create_coinbase_charge", [], {}),
    "418-text": ("get_credits", [Reply(418, "teapot")], {}),
    "502-html-retried": (
        "get_credits",
        [Reply(502, "<html><h1>Bad Gateway</h1></html>", {"Content-Type": "text/html"})] * 3,
        {"retries": FAST_RETRY},
    ),
    "503-503-200": ("get_credits", [Reply(503), Reply(503)], {"retries": FAST_RETRY}),
    "429-retry-after": (
        "get_credits",
        [Reply(429, envelope(429, "Rate limited"), {"retry-after-ms": "20"})],
        {},
    ),
    "invalid-json": ("get_credits", [Reply(200, b"{nope", {"Content-Type": "application/json"})], {}),
    "missing-field": ("get_credits", [Reply(200, {"data": {"total_credits": 1}})], {}),
    "wrong-type": ("get_credits", [Reply(200, {"data": {"total_credits": "lots", "total_usage": 1}})], {}),
    "extra-field": ("get_credits", [Reply(200, {**OK, "new_field": {"x": 1}})], {}),
    "drop": ("get_credits", [Reply(drop=True)], {"retries": NO_RETRY}),
    "drop-retried": ("get_credits", [Reply(drop=True)], {"retries": FAST_RETRY}),
    "timeout": ("get_credits", [Reply(delay=1.0)], {"retries": NO_RETRY, "timeout_ms": 100}),
    "5mb-error": ("get_credits", [Reply(500, envelope(500, HUGE))], {"retries": NO_RETRY}),
    "5mb-200": ("get_credits", [Reply(200, {**OK, "blob": HUGE})], {}),
    "coinbase-503": ("create_coinbase_charge", [Reply(503, "busy")], {}),
    "redirect": ("get_credits", [Reply(302, None, {"Location": "/elsewhere"})], {}),
    "400-with-extra-headers": (
        "get_credits",
        [Reply(400, envelope(400, "bad header: Authorization"))],
        {"http_headers": {"X-Trace": "t-1"}},
    ),
}


def run(mode: str, server: StandIn, op: str, call_kw: dict[str, Any], **client_kw: Any) -> Any:
    """One call on a fresh client; the result, or the exception it raised."""
    kw: dict[str, Any] = {"api_key": CANARY_KEY, "server_url": server.url, **client_kw}

    async def go() -> Any:
        async with OpenRouter(**kw) as client:
            return await getattr(client.credits, f"{op}_async")(**call_kw)

    try:
        if mode == "async":
            return asyncio.run(go())
        with OpenRouter(**kw) as client:
            return getattr(client.credits, op)(**call_kw)
    except Exception as exc:
        return exc


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_scenario_shows_the_key_in_logs_warnings_or_errors(
    server: StandIn, mode: str, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    op, replies, call_kw = SCENARIOS[name]
    server.plan(*replies)
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        outcome = run(mode, server, op, call_kw)
    # The key was in play: every attempt carried it, and our logger reported the attempts.
    assert server.requests
    assert all(r.headers.get("authorization") == f"Bearer {CANARY_KEY}" for r in server.requests)
    assert any(r.name == "openrouter" for r in caplog.records)
    for record in caplog.records:
        assert_secret_absent(record.getMessage(), repr(record.args), record.exc_text)
    assert_secret_absent(caplog.text)
    for w in caught:
        assert_secret_absent(w.message, w.filename)
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, errors.OpenRouterError), repr(outcome)
        assert_error_keeps_the_secret(outcome)
    else:
        assert_secret_absent(repr(outcome))


def test_bad_keys_and_headers_are_refused_without_showing_them(server: StandIn, mode: str) -> None:
    """A key read with its newline, or a bad credential header, is refused before any request."""
    cases: list[tuple[dict[str, Any], dict[str, Any]]] = [
        ({"api_key": CANARY_KEY + "\n"}, {}),
        ({"api_key": " " + CANARY_KEY}, {}),
        ({"api_key": CANARY_KEY + "\u00e9"}, {}),
        ({"api_key": lambda: CANARY_KEY + "\r\n"}, {}),
        ({}, {"http_headers": {"Authorization": f"Bearer {CANARY_KEY}\n"}}),
        ({}, {"http_headers": {"X-Api-Key": CANARY_KEY + "\u00e9"}}),
    ]
    for client_kw, call_kw in cases:
        outcome = run(mode, server, "get_credits", call_kw, **client_kw)
        assert type(outcome) is errors.InvalidArgumentError, (client_kw, call_kw, outcome)
        assert_error_keeps_the_secret(outcome)
    assert server.requests == []


def test_warnings_do_not_show_the_key(server: StandIn) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with OpenRouter(api_key=CANARY_KEY, server_url=server.url, x_title="t") as client:
            client.credits.get_credits(x_title="t2")
            with pytest.raises(errors.GoneResponseError) as info:
                client.credits.create_coinbase_charge()
    assert len([w for w in caught if w.category is DeprecationWarning]) == 3
    for w in caught:
        assert_secret_absent(w.message)
    assert_error_keeps_the_secret(info.value)


# --- redirects -------------------------------------------------------------------------------------------


def location(server: StandIn, host: str) -> str:
    return f"http://{host}:{server.server_address[1]}/credits"


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_by_default(
    server: StandIn, second: StandIn, mode: str, status: int
) -> None:
    server.plan(Reply(status, None, {"Location": location(second, "localhost")}))
    outcome = run(mode, server, "get_credits", {"retries": FAST_RETRY})
    assert type(outcome) is errors.OpenRouterDefaultError
    assert outcome.status_code == status
    assert outcome.headers is not None
    assert outcome.headers["location"] == location(second, "localhost")
    assert len(server.requests) == 1  # a 3XX is not retried either
    assert second.requests == []
    assert_error_keeps_the_secret(outcome)


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1"])
@pytest.mark.parametrize("status", [302, 307])
def test_a_user_client_that_follows_redirects_does_not_send_the_key_elsewhere(
    server: StandIn, second: StandIn, host: str, status: int
) -> None:
    # Another host (localhost vs 127.0.0.1) or only another port: another origin either way. The
    # client's own follow_redirects is overridden: the overlay decides, and refuses another origin.
    server.plan(Reply(status, None, {"Location": location(second, host)}))
    with (
        httpx.Client(follow_redirects=True) as http,
        OpenRouter(api_key=CANARY_KEY, server_url=server.url, client=http) as client,
        pytest.raises(errors.OpenRouterDefaultError, match="not followed") as info,
    ):
        client.credits.get_credits()
    assert server.requests[0].headers["authorization"] == f"Bearer {CANARY_KEY}"
    assert second.requests == []
    assert f"{host}:{second.server_address[1]}" in info.value.message
    assert_error_keeps_the_secret(info.value)


def test_a_user_async_client_that_follows_redirects_does_not_send_the_key_elsewhere(
    server: StandIn, second: StandIn
) -> None:
    server.plan(Reply(302, None, {"Location": location(second, "localhost")}))

    async def go() -> None:
        async with (
            httpx.AsyncClient(follow_redirects=True) as http,
            OpenRouter(api_key=CANARY_KEY, server_url=server.url, async_client=http) as client,
        ):
            await client.credits.get_credits_async()

    with pytest.raises(errors.OpenRouterDefaultError, match="not followed"):
        asyncio.run(go())
    assert second.requests == []


# --- plain http ------------------------------------------------------------------------------------------

REMOTE_HTTP = [
    "http://example.com",
    "http://openrouter.ai/api/v1",
    "http://10.0.0.1:8080/api/v1",
    "http://[2001:db8::1]/api/v1",
    "http://localhost.example.com/api/v1",
    "http://127.0.0.1.nip.io/api/v1",
    "HTTP://EXAMPLE.COM/api/v1",
]


def recording_clients() -> tuple[httpx.Client, httpx.AsyncClient, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    async def arecord(request: httpx.Request) -> None:
        sent.append(request)

    return (
        httpx.Client(event_hooks={"request": [sent.append]}),
        httpx.AsyncClient(event_hooks={"request": [arecord]}),
        sent,
    )


@pytest.mark.parametrize("url", REMOTE_HTTP)
def test_plain_http_to_a_remote_host_is_refused_before_any_request(url: str) -> None:
    http, ahttp, sent = recording_clients()
    with http:
        with pytest.raises(errors.InvalidArgumentError, match="plain http") as info:
            OpenRouter(api_key=CANARY_KEY, server_url=url, client=http, async_client=ahttp)
        assert_error_keeps_the_secret(info.value)

        client = OpenRouter(api_key=CANARY_KEY, client=http, async_client=ahttp)
        with pytest.raises(errors.InvalidArgumentError, match="plain http"):
            client.credits.get_credits(server_url=url)

        async def per_call_async() -> None:
            async with ahttp:
                await client.credits.get_credits_async(server_url=url)

        with pytest.raises(errors.InvalidArgumentError, match="plain http"):
            asyncio.run(per_call_async())
    assert sent == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:{port}", "http://localhost:{port}", "http://[::1]:1"])
def test_plain_http_to_loopback_is_allowed(server: StandIn, url: str) -> None:
    url = url.format(port=server.server_address[1])
    client = OpenRouter(api_key=CANARY_KEY, server_url=url)
    if "[::1]" not in url:  # the stand-in listens on IPv4 only
        with client:
            assert client.credits.get_credits().data.total_credits == 100.5


def test_https_to_a_remote_host_is_accepted_without_a_request() -> None:
    sent: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [sent.append]}) as http:
        OpenRouter(api_key=CANARY_KEY, server_url="https://example.com/api/v1", client=http)
    assert sent == []


def _never_called() -> Callable[[], str]:
    def key() -> str:
        raise AssertionError("the key callable must not be called for a refused server_url")

    return key


def test_a_refused_server_url_does_not_even_ask_for_the_key() -> None:
    client = OpenRouter(api_key=_never_called())
    with pytest.raises(errors.InvalidArgumentError, match="plain http"):
        client.credits.get_credits(server_url="http://example.com")

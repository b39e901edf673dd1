"""Code written for the official SDK (1.3.84) runs unchanged (issue 12): constructor, custom HTTP clients,
``retries=None``, hooks, keys and attribution from the environment, the top-level names.

Each program below is written the way the official SDK's own code and README call it (``sdk.py``,
``basesdk.py``, ``httpclient.py``, ``_hooks/``, ``credits.py``) and runs, sync and async, against the
stand-in (``openrouter.testing``) on 127.0.0.1. Response models and errors have their own files.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from conftest import CANARY_KEY, FAST_RETRY, Reply, StandIn
from openrouter import OpenRouter, errors, hooks, utils
from openrouter.httpclient import AsyncHttpClient, HttpClient

NO_RETRY = utils.RetryConfig("none")
TIMEOUT_DEFAULT: Any = httpx.USE_CLIENT_DEFAULT


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def get_credits(mode: str, make: Callable[[], OpenRouter], **call_kw: Any) -> Any:
    """``get_credits`` (or ``get_credits_async``) through the client ``make()`` builds, in its ``with``."""
    if mode == "sync":
        with make() as open_router:
            return open_router.credits.get_credits(**call_kw)

    async def go() -> Any:
        async with make() as open_router:
            return await open_router.credits.get_credits_async(**call_kw)

    return asyncio.run(go())


def raised(mode: str, make: Callable[[], OpenRouter], **call_kw: Any) -> Exception:
    """The exception the call raises (whatever its class: hooks may raise their own)."""
    try:
        result = get_credits(mode, make, **call_kw)
    except Exception as exc:
        return exc
    raise AssertionError(f"the call returned {result!r} instead of raising")


# --- custom HTTP clients: the official README's wrapper shapes (not httpx clients) ----------------


class MetricsClient(HttpClient):
    """The official README's shape: subclasses ``HttpClient``, wraps an ``httpx.Client``, adds a header."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.built: list[httpx.Request] = []
        self.sent: list[tuple[httpx.Request, bool, Any]] = []
        self.closed = 0

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        request.headers["Client-Level-Header"] = "added by client"
        self.sent.append((request, stream, follow_redirects))
        return self.client.send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)

    def build_request(
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = TIMEOUT_DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        request = self.client.build_request(
            method,
            url,
            content=content,
            data=data,
            files=files,
            json=json,
            params=params,
            headers=headers,
            cookies=cookies,
            timeout=timeout,
            extensions=extensions,
        )
        self.built.append(request)
        return request

    def close(self) -> None:
        self.closed += 1
        self.client.close()


class RecordingClient:
    """Duck-typed (no base class): records each answer's body, so it reads the answer before we do."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.bodies: list[bytes] = []

    def send(self, request: httpx.Request, **kw: Any) -> httpx.Response:
        response = self.client.send(request, **kw)
        self.bodies.append(response.read())
        return response

    def build_request(self, method: str, url: Any, **kw: Any) -> httpx.Request:
        return self.client.build_request(method, url, **kw)

    def close(self) -> None:
        self.client.close()


class AsyncMetricsClient(AsyncHttpClient):
    """The async twin (the official README's async recipe): ``async send``, ``build_request``, ``aclose``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.sent: list[httpx.Request] = []
        self.closed = 0

    async def send(self, request: httpx.Request, **kw: Any) -> httpx.Response:
        request.headers["Client-Level-Header"] = "added by async client"
        self.sent.append(request)
        return await self.client.send(request, **kw)

    def build_request(self, method: str, url: Any, **kw: Any) -> httpx.Request:
        return self.client.build_request(method, url, **kw)

    async def aclose(self) -> None:
        self.closed += 1
        await self.client.aclose()


class AsyncRecordingClient:
    """Async twin of :class:`RecordingClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.bodies: list[bytes] = []

    async def send(self, request: httpx.Request, **kw: Any) -> httpx.Response:
        response = await self.client.send(request, **kw)
        self.bodies.append(await response.aread())
        return response

    def build_request(self, method: str, url: Any, **kw: Any) -> httpx.Request:
        return self.client.build_request(method, url, **kw)

    async def aclose(self) -> None:
        await self.client.aclose()


def wrapped(mode: str, server: StandIn, kind: str = "metrics", **client_kw: Any) -> Any:
    """``get_credits`` through a ``metrics`` or ``recording`` wrapper; returns (wrapper, result or error)."""
    if mode == "sync":
        with httpx.Client() as inner:
            wrapper: Any = MetricsClient(inner) if kind == "metrics" else RecordingClient(inner)
            make = lambda: OpenRouter(CANARY_KEY, server_url=server.url, client=wrapper, **client_kw)  # noqa: E731
            try:
                return wrapper, get_credits(mode, make, **client_kw.pop("call", {}))
            except errors.OpenRouterError as exc:
                return wrapper, exc

    async def go() -> Any:
        async with httpx.AsyncClient() as inner:
            wrapper: Any = AsyncMetricsClient(inner) if kind == "metrics" else AsyncRecordingClient(inner)
            call = client_kw.pop("call", {})
            try:
                async with OpenRouter(
                    CANARY_KEY, server_url=server.url, async_client=wrapper, **client_kw
                ) as open_router:
                    return wrapper, await open_router.credits.get_credits_async(**call)
            except errors.OpenRouterError as exc:
                return wrapper, exc

    result: Any = asyncio.run(go())
    return result


# --- the constructor ------------------------------------------------------------------------------


def test_every_argument_by_position_in_the_official_order(server: StandIn, mode: str) -> None:
    lines: list[str] = []

    class Logger:
        def debug(self, msg: str, *args: Any, **kwargs: Any) -> None:
            lines.append(msg % args)

    server.plan(Reply.error(502))  # retried by the client's retry_config (the 10th argument)

    def make(sync_wrapper: MetricsClient, async_wrapper: AsyncMetricsClient) -> OpenRouter:
        return OpenRouter(
            CANARY_KEY,  # api_key
            "https://myapp.example",  # http_referer
            "My App",  # x_open_router_title
            "cli-agent",  # x_open_router_categories
            "production",  # server (server_url wins over it, as in the official SDK)
            {"version": "v1"},  # url_params
            server.origin + "/api/{version}",  # server_url
            sync_wrapper,  # client
            async_wrapper,  # async_client
            FAST_RETRY,  # retry_config
            5_000,  # timeout_ms
            Logger(),  # debug_logger
        )

    async def run_async() -> tuple[Any, list[httpx.Request]]:
        async with httpx.AsyncClient() as ainner:
            with httpx.Client() as inner:
                wrapper = AsyncMetricsClient(ainner)
                async with make(MetricsClient(inner), wrapper) as open_router:
                    return await open_router.credits.get_credits_async(), wrapper.sent

    if mode == "sync":
        with httpx.Client() as inner:
            wrapper = MetricsClient(inner)
            unused = AsyncMetricsClient(httpx.AsyncClient())
            with make(wrapper, unused) as open_router:
                res = open_router.credits.get_credits()
            used = [request for request, _, _ in wrapper.sent]
            asyncio.run(unused.aclose())
    else:
        res, used = asyncio.run(run_async())
    assert res.data.total_credits == 100.5
    assert [r.path for r in server.requests] == ["/api/v1/credits"] * 2
    sent = server.requests[-1].headers
    assert (sent["http-referer"], sent["x-openrouter-title"], sent["x-openrouter-categories"]) == (
        "https://myapp.example",
        "My App",
        "cli-agent",
    )
    assert server.requests[-1].key == CANARY_KEY
    assert len(used) == 2
    assert used[0].extensions["timeout"]["read"] == pytest.approx(5.0, abs=0.1)
    assert len(lines) == 2
    assert "502" in lines[0]
    assert "200" in lines[1]
    assert all(f"{server.origin}/api/v1/credits" in line for line in lines)
    assert not any(CANARY_KEY in line for line in lines)


def test_the_same_arguments_by_keyword(server: StandIn, mode: str) -> None:
    res = get_credits(
        mode,
        lambda: OpenRouter(
            debug_logger=logging.getLogger("test.official"),
            timeout_ms=5_000,
            retry_config=NO_RETRY,
            server_url="{scheme}://127.0.0.1:{port}",
            url_params={"scheme": "http", "port": server.origin.rsplit(":", 1)[1]},
            server="production",
            x_open_router_categories="cli-agent",
            x_open_router_title="Title",
            http_referer="https://ref.example",
            api_key=CANARY_KEY,
        ),
    )
    assert res.data.total_usage == 25.75
    assert server.requests[0].headers["x-openrouter-title"] == "Title"


class Stop(hooks.BeforeRequestHook):
    """Records each request and stops it before it is sent (a hook returning an Exception)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.contexts: list[hooks.BeforeRequestContext] = []

    def before_request(
        self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request
    ) -> httpx.Request | Exception:
        self.requests.append(request)
        self.contexts.append(hook_ctx)
        return LookupError("stopped by the hook")


@pytest.mark.parametrize("server_arg", [{"server": "production"}, {}, {"server_url": ""}])
def test_server_production_is_the_default_url(mode: str, server_arg: dict[str, Any]) -> None:
    stop = Stop()
    error = raised(mode, lambda: OpenRouter(CANARY_KEY, hooks=[stop], **server_arg))
    assert isinstance(error, LookupError)  # raised as is, in place of the call: nothing was sent
    assert [str(r.url) for r in stop.requests] == ["https://openrouter.ai/api/v1/credits"]
    assert stop.contexts[0].base_url == "https://openrouter.ai/api/v1"
    assert stop.contexts[0].operation_id == "getCredits"


def test_a_bad_server_name_or_url_params_is_refused_before_sending() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="production") as bad:
        OpenRouter(CANARY_KEY, server="staging")
    assert isinstance(bad.value, errors.OpenRouterError)
    assert isinstance(bad.value, ValueError)  # what the official SDK raises (at the first call)
    with pytest.raises(errors.InvalidArgumentError, match=r"\{version\}"):
        OpenRouter(CANARY_KEY, server_url="http://127.0.0.1:1/api/{version}")  # nothing fills it
    with pytest.raises(errors.InvalidArgumentError, match=r"\{region\}"):
        OpenRouter(CANARY_KEY, server_url="https://{region}.example", url_params={"other": "x"})
    with pytest.raises(errors.InvalidArgumentTypeError, match="url_params"):
        OpenRouter(CANARY_KEY, server_url="http://127.0.0.1:1", url_params=["v1"])  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidArgumentTypeError, match="debug_logger"):
        OpenRouter(CANARY_KEY, debug_logger=print)
    with OpenRouter(CANARY_KEY) as c, pytest.raises(errors.InvalidArgumentError, match=r"\{v\}"):
        c.credits.get_credits(server_url="http://127.0.0.1:1/{v}")


def test_url_params_template_a_remote_https_url_without_sending(mode: str) -> None:
    stop = Stop()
    raised(
        mode,
        lambda: OpenRouter(
            CANARY_KEY,
            server_url="https://{host}/api/{version}/",
            url_params={"host": "eu.example", "version": "v2"},
            hooks=[stop],
        ),
    )
    assert str(stop.requests[0].url) == "https://eu.example/api/v2/credits"
    assert stop.contexts[0].base_url == "https://eu.example/api/v2"


def test_debug_logger_gets_each_attempt_without_the_key(server: StandIn, mode: str) -> None:
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    logger = logging.getLogger("test.official.debug")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(Keep())
    logger.propagate = False
    server.plan(Reply.dropped())
    get_credits(
        mode,
        lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY, debug_logger=logger),
    )
    text = [r.getMessage() for r in records]
    assert len(text) == 2, text
    assert "GET " + server.url + "/credits" in text[0]
    assert "attempt 1" in text[0]
    assert "RemoteProtocolError" in text[0] or "ReadError" in text[0]
    assert "-> 200 (attempt 2" in text[1]
    assert all(CANARY_KEY not in t for t in text)


# --- custom HTTP clients --------------------------------------------------------------------------


def test_a_wrapper_client_sees_every_attempt_and_is_never_closed(server: StandIn, mode: str) -> None:
    before: list[str] = []

    class Trace(hooks.BeforeRequestHook):
        def before_request(
            self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request
        ) -> httpx.Request:
            before.append(hook_ctx.operation_id)
            request.headers["X-Trace-Id"] = f"trace-{len(before)}"
            return request

    server.plan(Reply.error(503), Reply.dropped())
    wrapper, res = wrapped(mode, server, retry_config=FAST_RETRY, hooks=[Trace()])
    assert res.data.total_credits == 100.5
    assert before == ["getCredits"] * 3
    assert len(wrapper.sent) == 3
    assert wrapper.closed == 0  # passed in: left open for its owner
    assert [r.headers["x-trace-id"] for r in server.requests] == ["trace-1", "trace-2", "trace-3"]
    client_header = "added by client" if mode == "sync" else "added by async client"
    assert all(r.headers["client-level-header"] == client_header for r in server.requests)
    if mode == "sync":
        assert len(wrapper.built) == 3  # our requests are built by the wrapper (its defaults apply)
        assert all(stream is True and follow is False for _, stream, follow in wrapper.sent)


def test_a_wrapper_that_reads_the_answer_first_still_works(server: StandIn, mode: str) -> None:
    wrapper, res = wrapped(mode, server, kind="recording")
    assert res.data.total_usage == 25.75
    assert wrapper.bodies == [b'{"data": {"total_credits": 100.5, "total_usage": 25.75}}']
    server.plan(Reply.error(401, "User not found."))
    wrapper, error = wrapped(mode, server, kind="recording")
    assert isinstance(error, errors.UnauthorizedResponseError)
    assert error.message == "User not found."


@pytest.mark.parametrize("kind", ["metrics", "recording"])
def test_max_response_bytes_holds_through_a_wrapper(server: StandIn, mode: str, kind: str) -> None:
    big = {"data": {"total_credits": 1.0, "total_usage": 0.0}, "padding": "x" * 5_000}
    server.plan(Reply(200, big))
    _, error = wrapped(mode, server, kind, max_response_bytes=1_000)
    assert isinstance(error, errors.ResponseTooLargeError)
    assert "1000 bytes" in str(error)


def test_the_timeout_and_the_call_deadline_hold_through_a_wrapper(server: StandIn, mode: str) -> None:
    server.plan(Reply.stall(3.0))
    started = time.monotonic()
    _, error = wrapped(mode, server, timeout_ms=200, retry_config=NO_RETRY)
    assert isinstance(error, errors.APITimeoutError)
    assert isinstance(error, httpx.TimeoutException)
    assert time.monotonic() - started < 1.5
    # Retries within a 400 ms budget: each attempt's timeout is cut to what is left of it.
    budget = utils.RetryConfig("backoff", utils.BackoffStrategy(5, 20, 2.0, 400), True)
    server.always = Reply.stall(3.0)
    started = time.monotonic()
    _, error = wrapped(mode, server, timeout_ms=10_000, retry_config=budget)
    server.always = None
    assert isinstance(error, errors.OpenRouterError)
    assert time.monotonic() - started < 1.5


def test_objects_without_the_protocol_are_refused() -> None:
    class Half:
        def send(self, request: httpx.Request) -> httpx.Response:
            raise AssertionError("never called")

    with pytest.raises(errors.InvalidArgumentTypeError, match="build_request"):
        OpenRouter(CANARY_KEY, client=Half())  # type: ignore[arg-type]
    with httpx.Client() as sync_client, pytest.raises(errors.InvalidArgumentTypeError, match="aclose"):
        OpenRouter(CANARY_KEY, async_client=sync_client)  # type: ignore[arg-type]


# --- retries=None against retries left out --------------------------------------------------------


def test_retries_none_is_one_attempt_and_left_out_is_the_default(server: StandIn, mode: str) -> None:
    make = lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY)  # noqa: E731
    server.plan(Reply.error(503), Reply.error(503))
    assert get_credits(mode, make).data.total_credits == 100.5
    assert len(server.requests) == 3
    server.requests.clear()
    server.plan(Reply.error(503), Reply.error(503))
    error = raised(mode, make, retries=None)
    assert isinstance(error, errors.OpenRouterDefaultError)
    assert error.status_code == 503
    assert len(server.requests) == 1
    assert server.pending == 1  # the second 503 was never asked for
    server.next_reply()
    server.plan(Reply.dropped(), Reply.dropped())
    assert isinstance(raised(mode, make, retries=None), errors.APIConnectionError)
    assert len(server.requests) == 2
    assert server.pending == 1


def test_retry_config_none_on_the_client_turns_retries_off(server: StandIn, mode: str) -> None:
    # As in the official SDK, where retry_config defaults to UNSET and an explicit None means "none".
    server.plan(Reply.error(503))
    error = raised(mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=None))
    assert isinstance(error, errors.OpenRouterError)
    assert error.status_code == 503
    assert len(server.requests) == 1
    # A per-call policy still applies on top of it.
    server.plan(Reply.error(503))
    res = get_credits(
        mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=None), retries=FAST_RETRY
    )
    assert res.data.total_credits == 100.5
    assert len(server.requests) == 3


# --- hooks ----------------------------------------------------------------------------------------


class Everything(hooks.BeforeRequestHook, hooks.AfterSuccessHook, hooks.AfterErrorHook):
    """One object implementing all three hooks, recording what it is given."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any, Any]] = []

    def before_request(self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request) -> httpx.Request:
        self.events.append(("before", hook_ctx.operation_id, request.method))
        request.headers["X-Custom"] = "from the hook"
        return request

    def after_success(self, hook_ctx: hooks.AfterSuccessContext, response: httpx.Response) -> httpx.Response:
        self.events.append(("success", hook_ctx.base_url, response.status_code))
        return response

    def after_error(
        self, hook_ctx: hooks.AfterErrorContext, response: httpx.Response | None, error: Exception | None
    ) -> tuple[httpx.Response | None, Exception | None]:
        self.events.append(("error", None if response is None else response.status_code, error))
        return response, error


def test_hooks_see_each_attempt_and_change_what_is_sent(server: StandIn, mode: str) -> None:
    everything = Everything()
    server.plan(Reply.error(503), Reply.dropped())
    res = get_credits(
        mode,
        lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY, hooks=[everything]),
    )
    assert res.data.total_credits == 100.5
    assert [r.headers["x-custom"] for r in server.requests] == ["from the hook"] * 3
    kinds = [e[0] for e in everything.events]
    assert kinds == ["before", "error", "before", "error", "before", "success"]
    assert everything.events[0] == ("before", "getCredits", "GET")
    _, status, on_5xx = everything.events[1]
    assert status == 503
    assert isinstance(on_5xx, errors.OpenRouterDefaultError)
    assert on_5xx.status_code == 503
    _, no_response, on_drop = everything.events[3]
    assert no_response is None
    assert isinstance(on_drop, errors.APIConnectionError)
    assert isinstance(on_drop, httpx.TransportError)  # what the official SDK's hook receives
    assert everything.events[5] == ("success", server.url, 200)


def test_hooks_registered_at_run_time(server: StandIn, mode: str) -> None:
    everything = Everything()
    if mode == "sync":
        with OpenRouter(CANARY_KEY, server_url=server.url) as open_router:
            open_router.hooks.register_before_request_hook(everything)
            open_router.hooks.register_after_success_hook(everything)
            open_router.credits.get_credits()
    else:

        async def go() -> None:
            async with OpenRouter(CANARY_KEY, server_url=server.url) as open_router:
                open_router.hooks.register_before_request_hook(everything)
                open_router.hooks.register_after_success_hook(everything)
                await open_router.credits.get_credits_async()

        asyncio.run(go())
    assert [e[0] for e in everything.events] == ["before", "success"]
    assert server.requests[0].headers["x-custom"] == "from the hook"


def test_a_hook_returning_an_exception_is_raised_in_place_of_the_result(server: StandIn, mode: str) -> None:
    class Veto(hooks.AfterSuccessHook):
        def after_success(self, hook_ctx: hooks.AfterSuccessContext, response: httpx.Response) -> Exception:
            return errors.OpenRouterError("vetoed by the hook")

    class GiveUp(hooks.AfterErrorHook):
        def after_error(
            self, hook_ctx: hooks.AfterErrorContext, response: httpx.Response | None, error: Exception | None
        ) -> Exception:
            return PermissionError(f"gave up after {None if response is None else response.status_code}")

    error = raised(mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, hooks=[Veto()]))
    assert isinstance(error, errors.OpenRouterError)
    assert str(error) == "vetoed by the hook"
    server.plan(Reply.error(503))
    error = raised(
        mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY, hooks=[GiveUp()])
    )
    assert isinstance(error, PermissionError)
    assert str(error) == "gave up after 503"
    assert len(server.requests) == 2  # the hook stopped the retries
    with pytest.raises(errors.InvalidArgumentTypeError, match="hooks"):
        OpenRouter(CANARY_KEY, hooks=[lambda req: req])


# --- keys and attribution from the environment ----------------------------------------------------


@pytest.mark.parametrize("blank", ["", " ", "   ", "\t\n"])
def test_a_blank_or_whitespace_key_falls_back_to_the_environment(
    server: StandIn, mode: str, monkeypatch: pytest.MonkeyPatch, blank: str
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", CANARY_KEY)
    get_credits(mode, lambda: OpenRouter(blank, server_url=server.url))
    assert server.requests[0].key == CANARY_KEY
    monkeypatch.delenv("OPENROUTER_API_KEY")
    error = raised(mode, lambda: OpenRouter(blank, server_url=server.url))
    assert isinstance(error, errors.UnauthorizedResponseError)
    assert "authorization" not in server.requests[1].headers


def test_attribution_defaults_from_the_environment_and_overrides(
    server: StandIn, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_HTTP_REFERER", "https://env.example")
    monkeypatch.setenv("OPENROUTER_X_OPEN_ROUTER_TITLE", "Env Title")
    monkeypatch.setenv("OPENROUTER_X_OPEN_ROUTER_CATEGORIES", "env-cat")
    names = ("http-referer", "x-openrouter-title", "x-openrouter-categories")

    def sent() -> tuple[str | None, ...]:
        headers = server.requests[-1].headers
        return tuple(headers.get(n) for n in names)

    get_credits(mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url))
    assert sent() == ("https://env.example", "Env Title", "env-cat")
    get_credits(mode, lambda: OpenRouter(CANARY_KEY, None, "Arg Title", server_url=server.url))
    assert sent() == ("https://env.example", "Arg Title", "env-cat")
    get_credits(
        mode,
        lambda: OpenRouter(CANARY_KEY, None, "Arg Title", server_url=server.url),
        x_open_router_title="Call Title",
        http_referer="https://call.example",
    )
    assert sent() == ("https://call.example", "Call Title", "env-cat")


# --- top-level names ------------------------------------------------------------------------------


def test_top_level_names(server: StandIn) -> None:
    import importlib.metadata

    import openrouter
    from openrouter import USER_AGENT, VERSION, RetryConfig

    assert VERSION == openrouter.__version__ == importlib.metadata.version("openrouter-credits")
    assert RetryConfig is utils.RetryConfig is utils.retries.RetryConfig
    assert (openrouter.HttpClient, openrouter.AsyncHttpClient) == (HttpClient, AsyncHttpClient)
    assert VERSION in USER_AGENT
    with httpx.Client() as sync_client:
        assert isinstance(sync_client, HttpClient)
        assert not isinstance(sync_client, AsyncHttpClient)
        assert isinstance(MetricsClient(sync_client), HttpClient)
    with OpenRouter(CANARY_KEY, server_url=server.url) as open_router:
        open_router.credits.get_credits()
    assert server.requests[0].headers["user-agent"] == USER_AGENT
    assert {"OpenRouter", "RetryConfig", "VERSION", "USER_AGENT", "HttpClient", "AsyncHttpClient"} <= set(
        openrouter.__all__
    )


def test_hooks_can_read_the_answer(server: StandIn, mode: str) -> None:
    seen: list[Any] = []

    class Read(hooks.AfterSuccessHook, hooks.AfterErrorHook):
        def after_success(
            self, hook_ctx: hooks.AfterSuccessContext, response: httpx.Response
        ) -> httpx.Response:
            seen.append(response.json())
            return response

        def after_error(
            self, hook_ctx: hooks.AfterErrorContext, response: httpx.Response | None, error: Exception | None
        ) -> tuple[httpx.Response | None, Exception | None]:
            seen.append(None if response is None else (response.status_code, response.text))
            return response, error

    server.plan(Reply.error(503), Reply.dropped())
    res = get_credits(
        mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, retry_config=FAST_RETRY, hooks=[Read()])
    )
    assert res.data.total_credits == 100.5
    assert seen == [
        (503, '{"error": {"code": 503, "message": "Service temporarily unavailable"}}'),
        None,
        {"data": {"total_credits": 100.5, "total_usage": 25.75}},
    ]


@pytest.mark.parametrize("kind", ["own pool", "wrapper"])
def test_a_request_replaced_by_a_hook_keeps_the_timeout(server: StandIn, mode: str, kind: str) -> None:
    class Replace(hooks.BeforeRequestHook):
        def before_request(
            self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request
        ) -> httpx.Request:
            return httpx.Request(request.method, request.url, headers={**request.headers, "X-New": "1"})

    server.plan(Reply.stall(3.0))
    started = time.monotonic()
    options: dict[str, Any] = {"timeout_ms": 200, "retry_config": NO_RETRY, "hooks": [Replace()]}
    if kind == "wrapper":
        _, error = wrapped(mode, server, **options)
    else:
        error = raised(mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, **options))
    assert isinstance(error, errors.APITimeoutError)
    assert time.monotonic() - started < 1.5
    assert server.requests[0].headers["x-new"] == "1"


def test_a_before_request_hook_that_returns_nothing_is_a_clear_error(server: StandIn, mode: str) -> None:
    class Forgot(hooks.BeforeRequestHook):
        def before_request(self, hook_ctx: hooks.BeforeRequestContext, request: httpx.Request) -> Any:
            request.headers["X-Forgot"] = "the return"

    error = raised(mode, lambda: OpenRouter(CANARY_KEY, server_url=server.url, hooks=[Forgot()]))
    assert isinstance(error, errors.InvalidArgumentTypeError)
    assert "Forgot.before_request must return the request" in str(error)
    assert server.requests == []

"""The OpenRouter client: configuration, lifecycle, and the one request path (sync and async).

A call is prepared once (URL, headers, timeout, retry policy; cached when nothing is passed per call),
then driven by :meth:`OpenRouter._steps`, a generator that holds all the logic (attempts, the deadline,
redirects, error mapping, retry decisions, hooks, logging) and yields what to do next: an
:class:`Attempt` to send or a float of seconds to sleep. The sync and async drivers only perform those
actions, so the two paths cannot drift apart.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._constants import (
    ACCEPT_ENCODING,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_SERVER_URL,
    DEFAULT_TIMEOUT,
    MAX_REDIRECTS,
    SERVERS,
)
from ._version import __version__

if TYPE_CHECKING:
    from types import TracebackType

    import anyio

    from . import _args, _responses, _retry, _transport
    from ._api_keys import APIKeys
    from ._credits import Credits
    from ._operation import Call as _Call
    from ._operation import Operation
    from ._responses import Answer
    from ._transport import CURRENT, Attempt
    from ._types import OPTION_NAMES, AsyncHttpClient, CallOptions, HttpClient
    from .errors import ClientClosedError, InvalidArgumentError, InvalidArgumentTypeError, OpenRouterError
    from .hooks import Hooks, SDKConfiguration
    from .utils import NO_RETRY, RetryConfig

    #: What a driver sends back into the steps: the answer and its body, a failure, or None after a sleep.
    _Outcome = tuple[httpx.Response, _transport.Body] | httpx.HTTPError | None
    _T = TypeVar("_T")
    _Steps = Generator[Attempt | float, _Outcome, _T]
else:
    anyio = _args = _responses = _retry = _transport = _Call = Answer = CURRENT = Attempt = None
    OPTION_NAMES = HttpClient = AsyncHttpClient = NO_RETRY = None
    ClientClosedError = InvalidArgumentError = InvalidArgumentTypeError = None


def _load() -> None:
    """Import what a client needs, once, when the first one is built: ``import openrouter`` then costs
    little more than ``import httpx``, and the request path reads module globals, not imports."""
    global anyio, _args, _responses, _retry, _transport, _Call, Answer, CURRENT, Attempt
    global OPTION_NAMES, HttpClient, AsyncHttpClient, NO_RETRY
    global ClientClosedError, InvalidArgumentError, InvalidArgumentTypeError
    import anyio  # the async retry sleep (asyncio and trio); httpx requires it anyway

    from . import _args, _responses, _retry, _transport
    from ._operation import Call as _Call
    from ._responses import Answer
    from ._transport import CURRENT, Attempt
    from ._types import OPTION_NAMES, AsyncHttpClient, HttpClient
    from .errors import ClientClosedError, InvalidArgumentError, InvalidArgumentTypeError
    from .utils import NO_RETRY


__all__ = ["DEFAULT_SERVER_URL", "DEFAULT_TIMEOUT", "SERVERS", "USER_AGENT", "OpenRouter"]

USER_AGENT = (
    f"openrouter-credits/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]} "
    f"httpx/{httpx.__version__}"
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

log = logging.getLogger("openrouter")
T = TypeVar("T")


class _Unset:
    """The default of ``retry_config``: not given (an explicit None means "no retries")."""

    def __repr__(self) -> str:
        return "UNSET"


#: ``retry_config`` left out (the official SDK's ``UNSET``).
UNSET: Any = _Unset()


class _State(Enum):
    UNOPENED = "unopened"
    OPENED = "opened"
    CLOSED = "closed"


class OpenRouter:
    """Client for the OpenRouter Credits API; use it as ``with OpenRouter(...) as c:`` (or ``async with``).

    The arguments and their order are the official SDK's.

    Args:
        api_key: the API key, or a zero-argument callable returning it (called once per call, for key
            rotation). Empty, blank or None: ``OPENROUTER_API_KEY`` from the environment; none at all:
            requests go without ``Authorization`` and the server's 401 raises ``UnauthorizedResponseError``.
        http_referer, x_open_router_title, x_open_router_categories: attribution headers
            (``HTTP-Referer``, ``X-OpenRouter-Title``, ``X-OpenRouter-Categories``) sent on every call;
            default ``OPENROUTER_HTTP_REFERER``, ``OPENROUTER_X_OPEN_ROUTER_TITLE`` and
            ``OPENROUTER_X_OPEN_ROUTER_CATEGORIES`` from the environment.
        server: a named server (``"production"``); ``server_url`` wins over it.
        url_params: values for ``{name}`` placeholders in ``server_url``.
        server_url: the API base URL (default ``https://openrouter.ai/api/v1``).
        client, async_client: an ``httpx.Client`` / ``httpx.AsyncClient`` or any object with the
            :class:`~openrouter.HttpClient` / :class:`~openrouter.AsyncHttpClient` protocol; used as
            they are and never closed by us.
        retry_config: the default retry policy for calls that may be retried (``get_credits``); an
            explicit None turns retries off (as in the official SDK), left out: ``utils.DEFAULT_RETRY``.
        timeout_ms: a per-attempt timeout; default connect 5 s, read/write/pool 20 s, each attempt as a
            whole within 20 s (a ``client`` passed in keeps its own timeout).
        debug_logger: an object with ``debug(msg, *args)`` that receives the client's debug lines
            (default: the ``openrouter`` logger).
        x_title: deprecated alias of ``x_open_router_title``.
        max_response_bytes: the largest answer read, after decoding (default 1 MiB).
        hooks: :mod:`openrouter.hooks` objects called before each request, after each success or error.

    Raises:
        InvalidArgumentError, InvalidArgumentTypeError: an argument is invalid (nothing is sent).
    """

    def __init__(
        self,
        api_key: str | Callable[[], str] | None = None,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        server: str | None = None,
        url_params: Mapping[str, str] | None = None,
        server_url: str | None = None,
        client: HttpClient | None = None,
        async_client: AsyncHttpClient | None = None,
        retry_config: RetryConfig | None = UNSET,
        timeout_ms: float | None = None,
        debug_logger: Any = None,
        *,
        x_title: str | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        hooks: Sequence[Any] = (),
    ) -> None:
        if _args is None:
            _load()
        x_open_router_title = _args.alias_x_title(x_title, x_open_router_title, stacklevel=2)
        api_key = _args.api_key(api_key)
        if client is not None and not isinstance(client, HttpClient):
            raise InvalidArgumentTypeError(
                "client must be an httpx.Client or have send(), build_request() and close(), "
                f"got {type(client).__name__}"
            )
        if async_client is not None and not isinstance(async_client, AsyncHttpClient):
            raise InvalidArgumentTypeError(
                "async_client must be an httpx.AsyncClient or have send(), build_request() and aclose(), "
                f"got {type(async_client).__name__}"
            )
        if debug_logger is not None and not callable(getattr(debug_logger, "debug", None)):
            raise InvalidArgumentTypeError(
                f"debug_logger must have a debug(msg, *args) method, got {type(debug_logger).__name__}"
            )
        env = os.environ.get
        self._api_key = api_key
        self._attribution = _args.attribution(
            http_referer if http_referer is not None else env("OPENROUTER_HTTP_REFERER"),
            x_open_router_title if x_open_router_title is not None else env("OPENROUTER_X_OPEN_ROUTER_TITLE"),
            x_open_router_categories
            if x_open_router_categories is not None
            else env("OPENROUTER_X_OPEN_ROUTER_CATEGORIES"),
        )
        self._server_url = _server_url(server, url_params, server_url)
        self._timeout = _args.timeout(timeout_ms)
        # As in the official SDK: an explicit None turns retries off; leaving it out keeps the default.
        self._retry_config = None if retry_config is UNSET else _args.retry_config(retry_config) or NO_RETRY
        self._log: Any = debug_logger if debug_logger is not None else log
        self._max_response_bytes = _args.max_response_bytes(max_response_bytes)
        self._hooks: Hooks | None = None
        if hooks:
            from .hooks import Hooks

            self._hooks = Hooks(hooks)
        self._headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        if isinstance(api_key, str):
            self._headers["Authorization"] = f"Bearer {api_key}"
        self._http = client
        self._ahttp = async_client
        self._owns_http = client is None
        self._owns_ahttp = async_client is None
        self._state = _State.UNOPENED
        self._lock = threading.Lock()
        self._prepared: dict[Operation[Any], _Call[Any]] = {}

    # --- lifecycle -------------------------------------------------------------------------------

    @cached_property
    def credits(self) -> Credits:
        """The Credits operations: ``get_credits`` and the deprecated ``create_coinbase_charge``."""
        from ._credits import Credits

        return Credits(self)

    @cached_property
    def api_keys(self) -> APIKeys:
        """The API Keys operations: ``get_current_key_metadata`` (what the calling key may spend)."""
        from ._api_keys import APIKeys

        return APIKeys(self)

    @cached_property
    def sdk_configuration(self) -> SDKConfiguration:
        """The official SDK's configuration, read-only (``sdk_configuration._hooks`` is :attr:`hooks`)."""
        from .hooks import SDKConfiguration

        hooks = self.hooks
        return SDKConfiguration(hooks, self._server_url, self._api_key, self._timeout, self._retry_config)

    @property
    def hooks(self) -> Hooks:
        """The hooks called around each request (:mod:`openrouter.hooks`); register more at run time."""
        if self._hooks is None:
            from .hooks import Hooks

            self._hooks = Hooks()
        return self._hooks

    def __repr__(self) -> str:
        key = "None" if self._api_key is None else "<callable>" if callable(self._api_key) else "<set>"
        return f"OpenRouter(server_url={self._server_url!r}, api_key={key}, state={self._state.value})"

    def _enter(self) -> None:
        if self._state is _State.CLOSED:
            raise ClientClosedError(
                "this OpenRouter client was closed and cannot be reopened; create a new OpenRouter()"
            )
        self._state = _State.OPENED

    def __enter__(self) -> OpenRouter:
        self._enter()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> OpenRouter:
        self._enter()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def close(self) -> None:
        """Close the connection pool this client opened (a client passed in is left open)."""
        self._state = _State.CLOSED
        if self._owns_http and self._http is not None:
            self._http.close()

    async def aclose(self) -> None:
        """Close both connection pools this client opened (clients passed in are left open)."""
        self.close()
        if self._owns_ahttp and self._ahttp is not None:
            await self._ahttp.aclose()

    def _closed_error(self) -> ClientClosedError:
        return ClientClosedError(
            "this OpenRouter client is closed: make calls inside its `with` block, "
            "or create a new OpenRouter()"
        )

    def _check_open(self, http: Any, owned: bool, name: str) -> None:
        if self._state is _State.CLOSED:
            raise self._closed_error()
        if getattr(http, "is_closed", False):
            kind = f"{type(http).__module__.partition('.')[0]}.{type(http).__name__}"
            raise (
                self._closed_error()
                if owned
                else ClientClosedError(f"the {kind} passed as {name}= is closed")
            )

    def _sync_http(self) -> HttpClient:
        http = self._http
        if http is None:
            with self._lock:
                if self._state is _State.CLOSED:
                    raise self._closed_error()
                if self._http is None:
                    self._http = http = _transport.new_client()
                else:
                    http = self._http
        self._check_open(http, self._owns_http, "client")
        return http

    def _async_http(self) -> AsyncHttpClient:
        http = self._ahttp
        if http is None:
            if self._state is _State.CLOSED:
                raise self._closed_error()
            http = self._ahttp = _transport.new_async_client()
        self._check_open(http, self._owns_ahttp, "async_client")
        return http

    # --- preparing a call ----------------------------------------------------------------------------

    def _prepare(self, op: Operation[T], options: CallOptions) -> _Call[T]:
        """Check the per-call options and build the call (reused as is when none are passed)."""
        if not options and not callable(self._api_key):
            call = self._prepared.get(op)
            if call is None:
                call = self._prepared[op] = self._build(op, {}, None, None, None, {})
            return call
        unknown = options.keys() - OPTION_NAMES
        if unknown:
            raise InvalidArgumentTypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
        title = _args.alias_x_title(options.get("x_title"), options.get("x_open_router_title"), stacklevel=4)
        retries: RetryConfig | None = None
        if "retries" in options:
            # As in the official SDK: an explicit None turns retries off; leaving it out keeps the default.
            retries = _args.retry_config(options["retries"]) or NO_RETRY
        server_url = options.get("server_url")
        return self._build(
            op,
            _args.attribution(options.get("http_referer"), title, options.get("x_open_router_categories")),
            retries,
            None if server_url is None else _args.server_url(server_url),
            _args.timeout(options.get("timeout_ms")),
            _args.extra_headers(options.get("http_headers")),
        )

    def _build(
        self,
        op: Operation[T],
        attribution: dict[str, str],
        retries: RetryConfig | None,
        server_url: str | None,
        timeout: httpx.Timeout | None,
        extra_headers: dict[str, str],
    ) -> _Call[T]:
        kwargs = op.module._get_kwargs(**{**self._attribution, **attribution})
        headers = dict(self._headers)
        if callable(self._api_key):
            key = self._api_key()
            if not isinstance(key, str):
                raise InvalidArgumentTypeError(
                    f"the api_key callable must return a str, got {type(key).__name__}"
                )
            if key:
                _args.check_key(key, "the value returned by the api_key callable")
                headers["Authorization"] = f"Bearer {key}"
        headers.update(kwargs["headers"])
        headers.update(extra_headers)
        base_url = server_url or self._server_url
        return _Call(
            op,
            kwargs["method"].upper(),
            httpx.URL(base_url + kwargs["url"]),
            httpx.Headers(headers),
            timeout or self._timeout,
            retries or self._default_retry(op),
            base_url,
        )

    def _default_retry(self, op: Operation[Any]) -> RetryConfig:
        """The client's ``retry_config`` applies to operations that retry by default (not the POST)."""
        if self._retry_config is None or op.default_retry.strategy == "none":
            return op.default_retry
        return self._retry_config

    # --- the request path -----------------------------------------------------------------------------

    def _steps(self, call: _Call[T], timeout: httpx.Timeout, started: float) -> _Steps[T]:
        """All of a call's logic; yields an :class:`Attempt` to send or a float of seconds to sleep.

        ``timeout``: per attempt (the call's, else the sending client's); ``started``: the call's clock.
        """
        attempts = _retry.Attempts(call.retry, started)
        full = timeout.as_dict()
        # An attempt as a whole ends within its longest phase timeout (a drip cannot stretch it).
        attempt_limit = max((t for t in full.values() if t is not None), default=None)
        # The call's deadline: the retry budget, else the one attempt's limit.
        deadline = attempts.deadline
        if deadline is None and attempt_limit is not None:
            deadline = started + attempt_limit
        debug = self._log is not log or log.isEnabledFor(logging.DEBUG)
        url, method, redirects = call.url, call.method, 0
        last: OpenRouterError | None = None
        while True:
            now = time.monotonic()
            ends = deadline if deadline is not None else now + 1e9
            if attempt_limit is not None:
                ends = min(ends, now + attempt_limit)
            left = ends - now
            if left <= 0:
                raise _responses.deadline_error(call, now - started, attempts.number - 1, last)
            phases = full
            if any(v is not None and v > left for v in full.values()) or None in full.values():
                phases = {k: left if v is None else min(v, left) for k, v in full.items()}
            t0 = time.perf_counter() if debug else 0.0
            attempt = Attempt(call, method, url, call.headers, phases, ends)
            outcome = yield attempt
            if isinstance(outcome, tuple):
                response, body = outcome
                status = response.status_code
                if debug:
                    self._debug(method, url, status, attempts.number, t0)
                answer = Answer(response, body.value(), body.truncated)
                if 200 <= status < 300:
                    if body.truncated:
                        raise _responses.too_large(call, answer)
                    result: T = _responses.parse(call, answer)
                    if self._hooks is not None and self._hooks.success:  # hooks get the answer read
                        self._hooks.after_success(call, answer.full())
                    return result
                if status in _REDIRECTS:
                    target = _redirect_target(url, response)
                    why = _redirect_refusal(url, target, method, status, redirects)
                    if why is not None:
                        raise _responses.redirect_error(call, answer, target, why)
                    assert target is not None
                    redirects += 1
                    url = target
                    if status == 303:
                        method = "GET"
                    continue
                error: OpenRouterError = _responses.status_error(call, answer)
                cause: BaseException | None = None
                retryable = True
                if self._hooks is not None and self._hooks.error:
                    self._hooks.after_error(call, answer.full(), error)
            else:
                assert outcome is not None
                if debug:
                    self._debug(method, url, type(outcome).__name__, attempts.number, t0)
                if (
                    deadline is not None
                    and time.monotonic() >= deadline
                    and isinstance(outcome, httpx.TimeoutException)
                ):
                    raise _responses.deadline_error(
                        call, time.monotonic() - started, attempts.number, last, outcome
                    ) from outcome
                error = _responses.transport_error(call, outcome, attempt.received)
                cause, retryable = outcome, _responses.retryable(outcome, attempt.received)
                if self._hooks is not None:
                    self._hooks.after_error(call, None, error)
            delay = attempts.delay_before_next(error) if retryable else None
            if delay is None:
                raise error from cause
            last = error
            log.info(
                "retrying %s %s in %.2f s (attempt %d failed: %s)",
                method,
                url,
                delay,
                attempts.number - 1,
                error,
                extra={"openrouter_retry": {"attempt": attempts.number - 1, "delay": delay, "error": error}},
            )
            yield delay

    def _debug(self, method: str, url: httpx.URL, result: object, attempt: int, t0: float) -> None:
        ms = (time.perf_counter() - t0) * 1000
        self._log.debug("%s %s -> %s (attempt %d, %.1f ms)", method, url, result, attempt, ms)

    def _request(self, http: Any, owned: bool, attempt: Attempt) -> httpx.Request:
        """The request for one attempt: built directly on the overlay's own pool (its defaults are ours),
        else by the client passed in (its ``build_request`` may add headers, cookies, auth)."""
        extensions = {"timeout": attempt.timeout}
        if owned:
            request = httpx.Request(
                attempt.method, attempt.url, headers=attempt.headers, extensions=extensions
            )
        else:
            request = http.build_request(
                attempt.method, attempt.url, headers=attempt.headers, extensions=extensions
            )
        if self._hooks is not None and self._hooks.before:
            replaced = self._hooks.before_request(attempt.call, request)
            if "timeout" not in replaced.extensions:  # a new request: it keeps the attempt's timeout
                replaced.extensions["timeout"] = attempt.timeout
            request = replaced
        return request

    def _run(self, op: Operation[T], options: CallOptions) -> T:
        """Run an operation synchronously: perform what the steps ask for."""
        call = self._prepare(op, options)
        http = self._sync_http()
        owned = self._owns_http
        # The call's clock starts once the pool exists: building it (TLS context, CA bundle) is the
        # client's one-time setup, which a loaded machine can stretch past a short timeout_ms.
        started = time.monotonic()
        steps = self._steps(call, call.timeout or _client_timeout(http), started)
        step = next(steps)
        limit = self._max_response_bytes
        try:
            while True:
                if step.__class__ is float:
                    time.sleep(step)
                    outcome: _Outcome = None
                else:
                    attempt: Attempt = step  # type: ignore[assignment]
                    request = self._request(http, owned, attempt)
                    token = CURRENT.set(attempt)
                    try:
                        response = http.send(request, stream=True, follow_redirects=False)
                        outcome = (response, _transport.read(response, limit))
                    except httpx.HTTPError as exc:
                        outcome = exc
                    finally:
                        CURRENT.reset(token)
                step = steps.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _run_async(self, op: Operation[T], options: CallOptions) -> T:
        """Run an operation asynchronously (asyncio or trio): perform what the steps ask for."""
        call = self._prepare(op, options)
        http = self._async_http()
        owned = self._owns_ahttp
        # The call's clock starts once the pool exists: building it (TLS context, CA bundle) is the
        # client's one-time setup, which a loaded machine can stretch past a short timeout_ms.
        started = time.monotonic()
        steps = self._steps(call, call.timeout or _client_timeout(http), started)
        step = next(steps)
        limit = self._max_response_bytes
        try:
            while True:
                if step.__class__ is float:
                    await anyio.sleep(step)
                    outcome: _Outcome = None
                else:
                    attempt: Attempt = step  # type: ignore[assignment]
                    request = self._request(http, owned, attempt)
                    token = CURRENT.set(attempt)
                    try:
                        response = await http.send(request, stream=True, follow_redirects=False)
                        outcome = (response, await _transport.aread(response, limit))
                    except httpx.HTTPError as exc:
                        outcome = exc
                    finally:
                        CURRENT.reset(token)
                step = steps.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result


# --- pure helpers of the request path ----------------------------------------------------------------


def _server_url(server: object, url_params: object, server_url: str | None) -> str:
    """The base URL from ``server_url`` (with ``url_params`` filled in) or the named ``server``; an empty
    ``server_url`` is not given (as in the official SDK: ``server_url=os.getenv("...", "")`` works)."""
    if server_url is None or server_url == "":
        if server is None:
            return DEFAULT_SERVER_URL
        if server not in SERVERS:
            raise InvalidArgumentError(f"server must be one of {sorted(SERVERS)}, got {server!r}")
        return SERVERS[server]
    if url_params is not None:
        if not isinstance(url_params, Mapping) or not isinstance(server_url, str):
            raise InvalidArgumentTypeError(f"url_params must be a mapping, got {type(url_params).__name__}")
        for name, value in url_params.items():
            server_url = server_url.replace("{" + str(name) + "}", str(value))
    return _args.server_url(server_url)


def _client_timeout(http: Any) -> httpx.Timeout:
    """The timeout of the client that sends: an httpx client's own (ours is DEFAULT_TIMEOUT), else ours."""
    timeout = getattr(http, "timeout", None)
    return timeout if isinstance(timeout, httpx.Timeout) else DEFAULT_TIMEOUT


def _redirect_target(url: httpx.URL, response: httpx.Response) -> httpx.URL | None:
    location = response.headers.get("location")
    if not location:
        return None
    try:
        return url.join(location)
    except (httpx.InvalidURL, ValueError, TypeError):
        return None


def _redirect_refusal(
    url: httpx.URL, target: httpx.URL | None, method: str, status: int, redirects: int
) -> str | None:
    """Why a redirect is not followed, or None to follow it (same origin, a few at most)."""
    if target is None:
        return "the answer has no usable Location header"
    if (target.scheme, target.host, target.port) != (url.scheme, url.host, url.port):
        return "it leads to another origin and the API key is only ever sent to the server_url's origin"
    if redirects >= MAX_REDIRECTS:
        return f"more than {MAX_REDIRECTS} redirects"
    if status in (301, 302) and method != "GET":
        return f"a {status} may not repeat a {method} (use 307/308)"
    return None

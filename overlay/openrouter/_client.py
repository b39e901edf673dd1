"""The OpenRouter client: configuration, lifecycle, and the one request path (sync and async).

A call is prepared once (URL, headers, timeout, retry policy; cached when nothing is passed per call),
then driven by :meth:`OpenRouter._steps`, a generator that holds all the logic (attempts, error mapping,
retry decisions, logging) and yields what to do next: a request to send or seconds to sleep. The sync and
async drivers only perform those actions, so the two paths cannot drift apart.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Generator, Mapping
from enum import Enum
from functools import cached_property
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from . import _args, _responses, _retry
from ._args import DEFAULT_SERVER_URL
from ._version import __version__
from .errors import (
    ClientClosedError,
    InvalidArgumentTypeError,
    OpenRouterError,
)
from .utils import RetryConfig

if TYPE_CHECKING:
    from types import ModuleType, TracebackType

    from ._credits import Credits

__all__ = ["DEFAULT_SERVER_URL", "DEFAULT_TIMEOUT", "OpenRouter"]

#: Per phase: connect 5 s, read / write / pool 20 s. The call as a whole is bounded by the retry budget.
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
#: httpx's 100 connections, all kept alive: httpcore 1.0 closes an idle connection whenever the pool
#: holds more than ``max_keepalive_connections`` in total (busy ones too), so with its default of 20,
#: 32 threads opened a new connection (a TLS handshake) for almost every call.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


def _no_cookies() -> CookieJar:
    """A jar that keeps nothing. The API authenticates by key; a server's cookie (one that cannot even
    be sent back, say, with non-ASCII bytes, which broke every later call) must not follow each call."""
    return CookieJar(DefaultCookiePolicy(allowed_domains=()))


def _pool_options() -> dict[str, Any]:
    """How the overlay's own httpx clients are built (a client passed in is used as it is)."""
    return {
        "timeout": DEFAULT_TIMEOUT,
        "limits": DEFAULT_LIMITS,
        "cookies": _no_cookies(),
        "follow_redirects": False,
    }


USER_AGENT = (
    f"openrouter-credits/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]} "
    f"httpx/{httpx.__version__}"
)

log = logging.getLogger("openrouter")
T = TypeVar("T")
_Outcome = httpx.Response | httpx.HTTPError | None
_Steps = Generator["tuple[_Call[Any], httpx.Timeout | None] | float", _Outcome, T]


class _State(Enum):
    UNOPENED = "unopened"
    OPENED = "opened"
    CLOSED = "closed"


class Operation(Generic[T]):
    """One API operation as the overlay calls it: the generated module does the request shape and parsing.

    ``module`` and ``success`` are import paths resolved on first use, so importing the package stays cheap.
    """

    def __init__(
        self,
        module: str,
        success: str | None,
        default_retry: RetryConfig,
        hints: Mapping[int, str],
    ) -> None:
        self.module_name = module
        self.success_name = success
        self.default_retry = default_retry
        self.hints = hints

    @cached_property
    def module(self) -> ModuleType:
        return importlib.import_module(self.module_name)

    @cached_property
    def success(self) -> type | None:
        if self.success_name is None:
            return None
        module, _, name = self.success_name.rpartition(".")
        cls: type = getattr(importlib.import_module(module), name)
        return cls


class _Call(Generic[T]):
    """A prepared call: everything needed to send it, computed before the first attempt."""

    __slots__ = ("headers", "method", "op", "retry", "timeout", "url")

    def __init__(
        self,
        op: Operation[T],
        method: str,
        url: str,
        headers: dict[str, str],
        timeout: httpx.Timeout | None,
        retry: RetryConfig,
    ) -> None:
        self.op = op
        self.method = method
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.retry = retry


class OpenRouter:
    """Client for the OpenRouter Credits API; use it as ``with OpenRouter(...) as c:`` (or ``async with``).

    Args:
        api_key: the API key, or a zero-argument callable returning it (called once per call, for key
            rotation). Empty or None: ``OPENROUTER_API_KEY`` from the environment; none at all: requests
            go without ``Authorization`` and the server's 401 raises ``UnauthorizedResponseError``.
        http_referer, x_open_router_title, x_open_router_categories: attribution headers
            (``HTTP-Referer``, ``X-OpenRouter-Title``, ``X-OpenRouter-Categories``) sent on every call.
        server_url: the API base URL (default ``https://openrouter.ai/api/v1``).
        timeout_ms: a per-attempt timeout for every phase; default connect 5 s, read/write/pool 20 s
            (a ``client`` passed in keeps its own timeout).
        retry_config: the default retry policy for calls that may be retried (``get_credits``).
        client, async_client: ``httpx`` clients to send with; used as they are and never closed by us.
        x_title: deprecated alias of ``x_open_router_title``.

    Raises:
        InvalidArgumentError, InvalidArgumentTypeError: an argument is invalid (nothing is sent).
    """

    def __init__(
        self,
        api_key: str | Callable[[], str] | None = None,
        *,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        retry_config: RetryConfig | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        x_title: str | None = None,
    ) -> None:
        x_open_router_title = _args.alias_x_title(x_title, x_open_router_title, stacklevel=2)
        if api_key is not None and not (isinstance(api_key, str) or callable(api_key)):
            raise InvalidArgumentTypeError(
                f"api_key must be a str or a callable returning one, got {type(api_key).__name__}"
            )
        if not api_key:
            api_key = os.environ.get("OPENROUTER_API_KEY") or None
            if api_key is not None:
                _args.check_key(api_key, "the OPENROUTER_API_KEY environment variable")
        elif isinstance(api_key, str):
            _args.check_key(api_key, "api_key")
        if client is not None and not isinstance(client, httpx.Client):
            raise InvalidArgumentTypeError(f"client must be an httpx.Client, got {type(client).__name__}")
        if async_client is not None and not isinstance(async_client, httpx.AsyncClient):
            raise InvalidArgumentTypeError(
                f"async_client must be an httpx.AsyncClient, got {type(async_client).__name__}"
            )
        self._api_key = api_key
        self._attribution = _args.attribution(http_referer, x_open_router_title, x_open_router_categories)
        self._server_url = DEFAULT_SERVER_URL if server_url is None else _args.server_url(server_url)
        self._timeout = _args.timeout(timeout_ms)
        self._retry_config = _args.retry_config(retry_config)
        self._headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
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
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    async def __aenter__(self) -> OpenRouter:
        self._enter()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
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

    def _sync_http(self) -> httpx.Client:
        http = self._http
        if http is None:
            with self._lock:
                if self._state is _State.CLOSED:
                    raise self._closed_error()
                if self._http is None:
                    self._http = httpx.Client(**_pool_options())
                http = self._http
        if self._state is _State.CLOSED or http.is_closed:
            raise (
                self._closed_error()
                if self._owns_http or self._state is _State.CLOSED
                else ClientClosedError("the httpx.Client passed as client= is closed")
            )
        return http

    def _async_http(self) -> httpx.AsyncClient:
        http = self._ahttp
        if http is None:
            if self._state is _State.CLOSED:
                raise self._closed_error()
            http = self._ahttp = httpx.AsyncClient(**_pool_options())
        if self._state is _State.CLOSED or http.is_closed:
            raise (
                self._closed_error()
                if self._owns_ahttp or self._state is _State.CLOSED
                else ClientClosedError("the httpx.AsyncClient passed as async_client= is closed")
            )
        return http

    # --- preparing a call ----------------------------------------------------------------------------

    def _prepare(
        self,
        op: Operation[T],
        http_referer: str | None,
        x_open_router_title: str | None,
        x_open_router_categories: str | None,
        retries: RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        x_title: str | None,
    ) -> _Call[T]:
        """Check the per-call arguments and build the call (reused as is when none are passed)."""
        fast = (
            http_referer is None
            and x_open_router_title is None
            and x_open_router_categories is None
            and retries is None
            and server_url is None
            and timeout_ms is None
            and http_headers is None
            and x_title is None
            and not callable(self._api_key)
        )
        if fast:
            call = self._prepared.get(op)
            if call is None:
                call = self._prepared[op] = self._build(op, {}, None, None, None, {})
            return call
        x_open_router_title = _args.alias_x_title(x_title, x_open_router_title, stacklevel=3)
        return self._build(
            op,
            _args.attribution(http_referer, x_open_router_title, x_open_router_categories),
            _args.retry_config(retries),
            None if server_url is None else _args.server_url(server_url),
            _args.timeout(timeout_ms),
            _args.extra_headers(http_headers),
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
        values = {**self._attribution, **attribution}
        kwargs = op.module._get_kwargs(**values)
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
        return _Call(
            op,
            kwargs["method"].upper(),
            (server_url or self._server_url) + kwargs["url"],
            headers,
            timeout or self._timeout,
            retries or self._default_retry(op),
        )

    def _default_retry(self, op: Operation[Any]) -> RetryConfig:
        """The client's ``retry_config`` applies to operations that retry by default (not the POST)."""
        if self._retry_config is None or op.default_retry.strategy == "none":
            return op.default_retry
        return self._retry_config

    # --- the request path -----------------------------------------------------------------------------

    def _steps(self, call: _Call[T], base_timeout: httpx.Timeout) -> _Steps[T]:
        """All of a call's logic; yields ``(call, timeout)`` to send or a float of seconds to sleep."""
        attempts = _retry.Attempts(call.retry)
        debug = log.isEnabledFor(logging.DEBUG)
        previous: tuple[OpenRouterError, BaseException | None] | None = None
        while True:
            timeout = call.timeout
            remaining = attempts.remaining()
            cut = False
            if remaining is not None:
                full = timeout or base_timeout
                timeout = _capped(full, remaining)
                cut = timeout is not full
            started = time.perf_counter() if debug else 0.0
            outcome = yield call, timeout
            if isinstance(outcome, httpx.Response):
                if debug:
                    log.debug(
                        "%s %s -> %d (attempt %d, %.1f ms)",
                        call.method,
                        call.url,
                        outcome.status_code,
                        attempts.number,
                        (time.perf_counter() - started) * 1000,
                    )
                if 200 <= outcome.status_code < 300:
                    return _responses.parse(call, outcome)
                error: OpenRouterError = _responses.status_error(call, outcome)
                cause: BaseException | None = None
            else:
                assert outcome is not None
                if debug:
                    log.debug(
                        "%s %s -> %s (attempt %d, %.1f ms)",
                        call.method,
                        call.url,
                        type(outcome).__name__,
                        attempts.number,
                        (time.perf_counter() - started) * 1000,
                    )
                error, cause = _responses.transport_error(call, outcome), outcome
                if cut and previous is not None and isinstance(outcome, httpx.TimeoutException):
                    # The retry budget, not the server, cut this last attempt short: the failure
                    # that was being retried (a 502, say) says more than "timed out".
                    error, cause = previous
                    raise error from cause
            if isinstance(cause, _responses.NEVER_RETRIED):
                raise error from cause
            attempt = attempts.number
            delay = attempts.delay_before_next(error)
            if delay is None:
                raise error from cause
            previous = error, cause
            log.info(
                "retrying %s %s in %.2f s (attempt %d failed: %s)",
                call.method,
                call.url,
                delay,
                attempt,
                error,
                extra={"openrouter_retry": {"attempt": attempt, "delay": delay, "error": error}},
            )
            yield delay

    def _send(self, call: _Call[T]) -> T:
        http = self._sync_http()
        steps = self._steps(call, http.timeout)
        step = next(steps)
        try:
            while True:
                if isinstance(step, float):
                    time.sleep(step)
                    outcome: _Outcome = None
                else:
                    prepared, timeout = step
                    try:
                        outcome = http.request(
                            prepared.method,
                            prepared.url,
                            headers=prepared.headers,
                            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
                        )
                    except httpx.HTTPError as exc:
                        outcome = exc
                step = steps.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _send_async(self, call: _Call[T]) -> T:
        import anyio

        http = self._async_http()
        steps = self._steps(call, http.timeout)
        step = next(steps)
        try:
            while True:
                if isinstance(step, float):
                    await anyio.sleep(step)
                    outcome: _Outcome = None
                else:
                    prepared, timeout = step
                    try:
                        outcome = await http.request(
                            prepared.method,
                            prepared.url,
                            headers=prepared.headers,
                            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
                        )
                    except httpx.HTTPError as exc:
                        outcome = exc
                step = steps.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result


# --- pure helpers of the request path ----------------------------------------------------------------


def _capped(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout | None:
    """``timeout`` with no phase longer than what is left of the budget (None: unchanged)."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if all(p is not None and p <= remaining for p in phases):
        return timeout
    remaining = max(remaining, 0.001)
    c, r, w, p = (remaining if x is None else min(x, remaining) for x in phases)
    return httpx.Timeout(connect=c, read=r, write=w, pool=p)

"""The OpenRouter client: lifecycle, connection pools, and the two drivers of the request path.

A call is prepared from the client's frozen configuration (:mod:`._config`), then run by
:func:`._steps.steps`, a generator that holds the call's decisions and yields what to do next: an
:class:`~._attempt.Attempt` to send or a float of seconds to sleep. The sync and async drivers here
perform those actions: build the attempt's request and run the before-request hooks on it
(:meth:`OpenRouter._request`, shared), send it, read the body by the attempt's deadline, sleep.
Pools are the client's own (one per process, one per event loop: :mod:`._pools`) unless ``client=`` /
``async_client=`` was passed in.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _args
from ._attempt import CURRENT, Attempt
from ._body import aread, read
from ._call import Call
from ._config import UNSET, USER_AGENT, attempt_timeout, build, configure, prepare
from ._constants import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_SERVER_URL, DEFAULT_TIMEOUT, SERVERS
from ._pools import AsyncPools, SyncPool
from ._responses import Answer
from ._runtime import sleep, to_thread
from ._steps import Outcome, Steps, steps
from .errors import ClientClosedError

if TYPE_CHECKING:
    from types import TracebackType

    from ._api_keys import APIKeys
    from ._call import Operation
    from ._credits import Credits
    from ._types import AsyncHttpClient, CallOptions, HttpClient
    from .hooks import Hooks, SDKConfiguration
    from .utils import RetryConfig

__all__ = ["DEFAULT_SERVER_URL", "DEFAULT_TIMEOUT", "SERVERS", "UNSET", "USER_AGENT", "OpenRouter"]

T = TypeVar("T")


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
        x_open_router_title = _args.alias_x_title(x_title, x_open_router_title, stacklevel=2)
        _args.http_clients(client, async_client)
        self._config = configure(
            api_key=api_key,
            http_referer=http_referer,
            x_open_router_title=x_open_router_title,
            x_open_router_categories=x_open_router_categories,
            server=server,
            url_params=url_params,
            server_url=server_url,
            retry_config=retry_config,
            timeout_ms=timeout_ms,
            debug_logger=debug_logger,
            max_response_bytes=max_response_bytes,
        )
        self._hooks: Hooks | None = None
        if hooks:  # openrouter.hooks loads when there are hooks: a plain call does not need it
            from .hooks import Hooks

            self._hooks = Hooks(hooks)
        #: A client passed in is the user's: used as it is, never closed, never replaced after a fork.
        self._user_http = client
        self._user_ahttp = async_client
        self._pool = SyncPool()
        self._async_pools = AsyncPools()
        self._state = _State.UNOPENED
        self._prepared: dict[Operation[Any], Call[Any]] = {}

    # --- lifecycle -------------------------------------------------------------------------------

    @cached_property
    def credits(self) -> Credits:
        """The Credits operations: ``get_credits`` and the deprecated ``create_coinbase_charge``."""
        from ._credits import Credits  # each operation group loads with its first use

        return Credits(self._run, self._run_async)

    @cached_property
    def api_keys(self) -> APIKeys:
        """The API Keys operations: ``get_current_key_metadata`` (what the calling key may spend)."""
        from ._api_keys import APIKeys

        return APIKeys(self._run, self._run_async)

    @cached_property
    def sdk_configuration(self) -> SDKConfiguration:
        """The official SDK's configuration, read-only (``sdk_configuration._hooks`` is :attr:`hooks`)."""
        from .hooks import SDKConfiguration

        config = self._config
        return SDKConfiguration(self.hooks, config.server_url, config.api_key, config.timeout, config.retry)

    @property
    def hooks(self) -> Hooks:
        """The hooks called around each request (:mod:`openrouter.hooks`); register more at run time."""
        if self._hooks is None:
            from .hooks import Hooks

            self._hooks = Hooks()
        return self._hooks

    def __repr__(self) -> str:
        key = self._config.api_key
        shown = "None" if key is None else "<callable>" if callable(key) else "<set>"
        return (
            f"OpenRouter(server_url={self._config.server_url!r}, api_key={shown}, state={self._state.value})"
        )

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
        """Close the sync connection pool this client opened (a client passed in is left open)."""
        self._state = _State.CLOSED
        self._pool.close()

    async def aclose(self) -> None:
        """Close the pools this client opened (clients passed in are left open): the sync pool and the
        running loop's; the pools of other event loops close with their loops."""
        self.close()
        await self._async_pools.aclose()

    def _check_open(self) -> None:
        if self._state is _State.CLOSED:
            raise _closed_error()

    def _sync_http(self) -> tuple[HttpClient, bool]:
        """The client to send with, and whether it is the overlay's own."""
        self._check_open()
        user = self._user_http
        if user is not None:
            _check_user_client(user, "client")
            return user, False
        return self._pool.get(), True

    async def _async_http(self) -> tuple[AsyncHttpClient, bool]:
        self._check_open()
        user = self._user_ahttp
        if user is not None:
            _check_user_client(user, "async_client")
            return user, False
        http = await self._async_pools.get()
        self._check_open()  # closed while the pool was built
        return http, True

    # --- the request path -----------------------------------------------------------------------------

    def _prepare(self, op: Operation[T], options: CallOptions) -> Call[T]:
        """Check the per-call options and build the call (reused as is when none are passed)."""
        if options or callable(self._config.api_key):
            return prepare(self._config, op, options)
        call = self._prepared.get(op)
        if call is None:
            call = self._prepared[op] = build(self._config, op)
        return call

    def _steps(self, call: Call[T], http: object, owned: bool) -> Steps[T]:
        # The call's clock starts once the pool exists: building it (TLS context, CA bundle) is the
        # client's one-time setup, which a loaded machine can stretch past a short timeout_ms.
        config = self._config
        timeout = attempt_timeout(call, None if owned else http)
        return steps(call, timeout, time.monotonic(), self._hooks, config.log if config.debug else None)

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
        http, owned = self._sync_http()
        machine = self._steps(call, http, owned)
        step = next(machine)
        limit = self._config.max_response_bytes
        try:
            while True:
                if step.__class__ is float:
                    time.sleep(step)
                    outcome: Outcome = None
                else:
                    attempt: Attempt = step  # type: ignore[assignment]
                    request = self._request(http, owned, attempt)
                    token = CURRENT.set(attempt)
                    try:
                        response = http.send(request, stream=True, follow_redirects=False)
                        body = read(response, limit, attempt.deadline)
                        outcome = Answer(response, body.value(), body.truncated)
                    except httpx.HTTPError as exc:
                        outcome = exc
                    finally:
                        CURRENT.reset(token)
                step = machine.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result

    async def _run_async(self, op: Operation[T], options: CallOptions) -> T:
        """Run an operation asynchronously (asyncio or trio): perform what the steps ask for."""
        if not op.loaded:  # the generated package's first import: off the loop's thread
            await to_thread(op.load)
        call = self._prepare(op, options)
        http, owned = await self._async_http()
        machine = self._steps(call, http, owned)
        step = next(machine)
        limit = self._config.max_response_bytes
        try:
            while True:
                if step.__class__ is float:
                    await sleep(step)
                    outcome: Outcome = None
                else:
                    attempt: Attempt = step  # type: ignore[assignment]
                    request = self._request(http, owned, attempt)
                    token = CURRENT.set(attempt)
                    try:
                        response = await http.send(request, stream=True, follow_redirects=False)
                        body = await aread(response, limit, attempt.deadline)
                        outcome = Answer(response, body.value(), body.truncated)
                    except httpx.HTTPError as exc:
                        outcome = exc
                    finally:
                        CURRENT.reset(token)
                step = machine.send(outcome)
        except StopIteration as done:
            result: T = done.value
            return result


def _closed_error() -> ClientClosedError:
    return ClientClosedError(
        "this OpenRouter client is closed: make calls inside its `with` block, or create a new OpenRouter()"
    )


def _check_user_client(http: object, name: str) -> None:
    if getattr(http, "is_closed", False):
        kind = f"{type(http).__module__.partition('.')[0]}.{type(http).__name__}"
        raise ClientClosedError(f"the {kind} passed as {name}= is closed")

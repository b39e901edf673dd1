"""A client's configuration, checked once and frozen, and the calls prepared from it.

:func:`configure` checks every constructor argument (nothing is sent when one is bad) and returns a
:class:`Config`; :func:`prepare` checks a call's per-call options and builds the :class:`Call` the
steps run (URL, headers, timeout, retry policy).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from . import _args
from ._call import Call, Frozen
from ._constants import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT
from ._version import __version__
from .errors import InvalidArgumentTypeError
from .utils import NO_RETRY, RetryConfig

if TYPE_CHECKING:
    from ._call import Operation
    from ._types import CallOptions

__all__ = ["UNSET", "USER_AGENT", "Config", "attempt_timeout", "configure", "prepare"]

T = TypeVar("T")

USER_AGENT = (
    f"openrouter-credits/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]} "
    f"httpx/{httpx.__version__}"
)

#: The default debug logger (and where retries are logged at INFO).
log = logging.getLogger("openrouter")


class _Unset:
    """The default of ``retry_config``: not given (an explicit None means "no retries").

    Not the generated ``openrouter_credits_api.types.UNSET``: importing that loads the generated package
    and attrs (about 50 ms), which ``import openrouter`` does not pay; that one marks absent model fields.
    """

    def __repr__(self) -> str:
        return "UNSET"


#: ``retry_config`` left out (the official SDK's ``UNSET``).
UNSET: Any = _Unset()


class Config(Frozen):
    """What a client sends with every call; built by :func:`configure`, never changed."""

    __slots__ = (
        "api_key",
        "attribution",
        "headers",
        "log",
        "max_response_bytes",
        "retry",
        "server_url",
        "timeout",
    )

    #: The key, a callable returning one (called per call), or None (no ``Authorization``).
    api_key: str | Callable[[], str] | None
    #: The attribution headers, as the generated ``_get_kwargs`` keyword arguments.
    attribution: Mapping[str, str]
    server_url: str
    #: Per attempt (``timeout_ms``), or None: see :func:`attempt_timeout`.
    timeout: httpx.Timeout | None
    #: The client's ``retry_config``, or None: each operation's default.
    retry: RetryConfig | None
    #: Where debug lines go (an object with ``debug(msg, *args)``).
    log: Any
    max_response_bytes: int
    #: The headers of every request but ``Authorization`` (:func:`build` adds it from ``api_key``).
    headers: Mapping[str, str]

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None,
        attribution: Mapping[str, str],
        server_url: str,
        timeout: httpx.Timeout | None,
        retry: RetryConfig | None,
        log: Any,
        max_response_bytes: int,
        headers: Mapping[str, str],
    ) -> None:
        put = object.__setattr__
        put(self, "api_key", api_key)
        put(self, "attribution", attribution)
        put(self, "server_url", server_url)
        put(self, "timeout", timeout)
        put(self, "retry", retry)
        put(self, "log", log)
        put(self, "max_response_bytes", max_response_bytes)
        put(self, "headers", headers)

    def __repr__(self) -> str:  # never the key
        return f"Config(server_url={self.server_url!r}, timeout={self.timeout!r}, retry={self.retry!r})"

    @property
    def debug(self) -> bool:
        """Whether debug lines are wanted (a logger passed in always gets them)."""
        return self.log is not log or log.isEnabledFor(logging.DEBUG)


def configure(
    *,
    api_key: object = None,
    http_referer: str | None = None,
    x_open_router_title: str | None = None,
    x_open_router_categories: str | None = None,
    server: str | None = None,
    url_params: Mapping[str, str] | None = None,
    server_url: str | None = None,
    retry_config: object = UNSET,
    timeout_ms: float | None = None,
    debug_logger: object = None,
    max_response_bytes: object = DEFAULT_MAX_RESPONSE_BYTES,
) -> Config:
    """Check the constructor's arguments, by name (the environment fills in what is not given)."""
    key = _args.api_key(api_key)
    env = os.environ.get
    attribution = _args.attribution(
        http_referer if http_referer is not None else env("OPENROUTER_HTTP_REFERER"),
        x_open_router_title if x_open_router_title is not None else env("OPENROUTER_X_OPEN_ROUTER_TITLE"),
        x_open_router_categories
        if x_open_router_categories is not None
        else env("OPENROUTER_X_OPEN_ROUTER_CATEGORIES"),
    )
    base_url = _args.base_url(server, url_params, server_url)
    timeout = _args.timeout(timeout_ms)
    # As in the official SDK: an explicit None turns retries off; leaving it out keeps the default.
    retry = None if retry_config is UNSET else _args.retry_config(retry_config) or NO_RETRY
    logger = _args.debug_logger(debug_logger)
    limit = _args.max_response_bytes(max_response_bytes)
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}
    return Config(
        api_key=key,
        attribution=attribution,
        server_url=base_url,
        timeout=timeout,
        retry=retry,
        log=log if logger is None else logger,
        max_response_bytes=limit,
        headers=headers,
    )


def prepare(config: Config, op: Operation[T], options: CallOptions) -> Call[T]:
    """Check a call's per-call options and build the call."""
    if options:  # _types (a TypedDict, two protocols) loads with the first call given any keyword
        from ._types import OPTION_NAMES

        unknown = options.keys() - OPTION_NAMES
        if unknown:
            raise InvalidArgumentTypeError(f"unexpected keyword argument(s): {', '.join(sorted(unknown))}")
    title = _args.alias_x_title(options.get("x_title"), options.get("x_open_router_title"), stacklevel=5)
    retries: RetryConfig | None = None
    if "retries" in options:
        # As in the official SDK: an explicit None turns retries off; leaving it out keeps the default.
        retries = _args.retry_config(options["retries"]) or NO_RETRY
    server_url = options.get("server_url")
    return build(
        config,
        op,
        _args.attribution(options.get("http_referer"), title, options.get("x_open_router_categories")),
        retries,
        None if server_url is None else _args.server_url(server_url),
        _args.timeout(options.get("timeout_ms")),
        _args.extra_headers(options.get("http_headers")),
    )


def build(
    config: Config,
    op: Operation[T],
    attribution: Mapping[str, str] | None = None,
    retries: RetryConfig | None = None,
    server_url: str | None = None,
    timeout: httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> Call[T]:
    """The call of ``op`` with the client's configuration, overridden by what is given."""
    kwargs = op.get_kwargs(**{**config.attribution, **(attribution or {})})
    headers = dict(config.headers)
    key = config.api_key
    if callable(key):
        key = key()
        if not isinstance(key, str):
            raise InvalidArgumentTypeError(
                f"the api_key callable must return a str, got {type(key).__name__}"
            )
        if key:
            _args.check_key(key, "the value returned by the api_key callable")
    if key:  # the one place the header is built
        headers["Authorization"] = f"Bearer {key}"
    headers.update(kwargs["headers"])
    headers.update(extra_headers or {})
    base_url = server_url or config.server_url
    return Call(
        op,
        kwargs["method"].upper(),
        httpx.URL(base_url + kwargs["url"]),
        httpx.Headers(headers),
        timeout or config.timeout,
        retries or default_retry(config, op),
        base_url,
    )


def default_retry(config: Config, op: Operation[Any]) -> RetryConfig:
    """The client's ``retry_config`` applies to operations that retry by default (not the POST)."""
    if config.retry is None or op.default_retry.strategy == "none":
        return op.default_retry
    return config.retry


def attempt_timeout(call: Call[Any], user_client: object = None) -> httpx.Timeout:
    """Each attempt's timeout, decided here only: the call's (``timeout_ms`` per call, else the client's
    ``timeout_ms``), else the timeout of a client passed in (``client=``, ``async_client=``), else
    ``DEFAULT_TIMEOUT``. ``user_client``: the client passed in that sends, None for the overlay's pools."""
    if call.timeout is not None:
        return call.timeout
    timeout = getattr(user_client, "timeout", None)
    return timeout if isinstance(timeout, httpx.Timeout) else DEFAULT_TIMEOUT

"""The overlay's own connection pools, through public APIs only.

:class:`Transport` / :class:`AsyncTransport` are httpx transports (``httpx.BaseTransport`` /
``AsyncBaseTransport``) over httpcore pools built with the deadline-holding network backends of
:mod:`~openrouter._backends` (``network_backend=``). Proxies come from the environment as httpx reads
them (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``), each one an
``httpcore.HTTPProxy`` (or ``SOCKSProxy``) with the same backend, mounted on the ``httpx.Client``.

The TLS context (the CA bundle: ``SSL_CERT_FILE``, ``SSL_CERT_DIR``, else certifi's) is built once per
process and cached: loading a large bundle takes a few hundred ms. Importing this module loads httpcore
(and, with it, trio when installed): the pool holders load it with the first pool.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import os
import ssl
import threading
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.request import getproxies

import certifi
import httpcore
import httpx

from ._backends import AsyncBackend, Backend
from ._constants import DEFAULT_LIMITS, DEFAULT_TIMEOUT
from .errors import InvalidArgumentError

__all__ = ["AsyncTransport", "Transport", "new_async_client", "new_client", "ssl_context"]

#: httpcore's exceptions → httpx's, most specific first (what httpx's own transport does).
_ERRORS: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


def _httpx_error(exc: Exception) -> httpx.HTTPError | None:
    """The httpx exception for an httpcore one (raised ``from`` it), or None for anything else."""
    for core, ours in _ERRORS:
        if isinstance(exc, core):
            return ours(str(exc))
    return None


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    """httpcore's exceptions raised inside become httpx's, raised from them (as httpx's transport does)."""
    try:
        yield
    except Exception as exc:
        mapped = _httpx_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


def _answer(
    response: httpcore.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    """httpcore's answer as an httpx one, its body streaming from ``stream``."""
    return httpx.Response(
        response.status, headers=response.headers, stream=stream, extensions=response.extensions
    )


def _core_request(request: httpx.Request) -> httpcore.Request:
    url = request.url
    return httpcore.Request(
        method=request.method,
        url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


class _Stream(httpx.SyncByteStream):
    """An answer's body as httpcore streams it, with httpcore's errors turned into httpx's."""

    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class _AsyncStream(httpx.AsyncByteStream):
    """Async twin of :class:`_Stream`."""

    def __init__(self, inner: AsyncIterable[bytes]) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            await aclose()


class Transport(httpx.BaseTransport):
    """An httpx transport over one httpcore pool (direct, or through one proxy)."""

    def __init__(self, pool: httpcore.ConnectionPool) -> None:
        self.pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request on the pool; the answer streams (httpx reads it)."""
        with _httpx_errors():
            response = self.pool.handle_request(_core_request(request))
        assert isinstance(response.stream, Iterable)
        return _answer(response, _Stream(response.stream))

    def close(self) -> None:
        """Close the pool's connections."""
        self.pool.close()


class AsyncTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`Transport`."""

    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request on the pool; the answer streams (httpx reads it)."""
        with _httpx_errors():
            response = await self.pool.handle_async_request(_core_request(request))
        assert isinstance(response.stream, AsyncIterable)
        return _answer(response, _AsyncStream(response.stream))

    async def aclose(self) -> None:
        """Close the pool's connections."""
        await self.pool.aclose()


# --- the TLS context, once per process ---------------------------------------------------------------

_contexts: dict[tuple[str | None, str | None], ssl.SSLContext] = {}
_contexts_lock = threading.Lock()


def _ca_settings() -> tuple[str | None, str | None]:
    return os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None


def has_ssl_context() -> bool:
    """Whether the TLS context for the current ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` is built already."""
    return _ca_settings() in _contexts


def ssl_context() -> ssl.SSLContext:
    """The TLS context with the CA bundle httpx would use: ``SSL_CERT_FILE``, else ``SSL_CERT_DIR``,
    else certifi's; built once per process (and per value of those variables), then shared."""
    key = _ca_settings()
    context = _contexts.get(key)
    if context is None:
        with _contexts_lock:
            context = _contexts.get(key)
            if context is None:
                cafile, capath = key
                if cafile is None and capath is None:
                    cafile = certifi.where()
                context = ssl.create_default_context(cafile=cafile, capath=None if cafile else capath)
                _contexts[key] = context
    return context


def _reset_lock() -> None:  # a thread of the parent may have held it while forking
    global _contexts_lock
    _contexts_lock = threading.Lock()


os.register_at_fork(after_in_child=_reset_lock)


# --- proxies from the environment ----------------------------------------------------------------------


def environment_proxies() -> dict[str, str | None]:
    """``mounts`` keys → proxy URL (None: no proxy), read from the environment with httpx's rules."""
    found = getproxies()
    mounts: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        url = found.get(scheme)
        if url:
            mounts[f"{scheme}://"] = url if "://" in url else f"http://{url}"
    for host in (h.strip() for h in found.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        if "://" in host:
            mounts[host] = None
        elif host.lower() == "localhost" or _is_ip(host, ipaddress.IPv4Address):
            mounts[f"all://{host}"] = None
        elif _is_ip(host, ipaddress.IPv6Address):
            mounts[f"all://[{host}]"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def _is_ip(host: str, kind: type[ipaddress.IPv4Address] | type[ipaddress.IPv6Address]) -> bool:
    try:
        kind(host.split("/")[0])
    except ValueError:
        return False
    return True


def _pool_options(context: ssl.SSLContext) -> dict[str, Any]:
    return {
        "ssl_context": context,
        "max_connections": DEFAULT_LIMITS.max_connections,
        "max_keepalive_connections": DEFAULT_LIMITS.max_keepalive_connections,
        "keepalive_expiry": DEFAULT_LIMITS.keepalive_expiry,
    }


def _proxy_options(url: str) -> dict[str, Any]:
    try:
        proxy = httpx.Proxy(url)
    except (ValueError, TypeError, httpx.InvalidURL) as exc:
        raise InvalidArgumentError(
            f"the proxy URL from the environment (HTTP_PROXY / HTTPS_PROXY / ALL_PROXY) is invalid: {exc}"
        ) from exc
    purl = proxy.url
    return {
        "proxy_url": httpcore.URL(
            scheme=purl.raw_scheme, host=purl.raw_host, port=purl.port, target=purl.raw_path
        ),
        "proxy_auth": proxy.raw_auth,
    }


def _proxy_class(url: str, sync: bool) -> Any:
    scheme = url.partition("://")[0].lower()
    if scheme in ("http", "https"):
        return httpcore.HTTPProxy if sync else httpcore.AsyncHTTPProxy
    if scheme in ("socks5", "socks5h"):
        return httpcore.SOCKSProxy if sync else httpcore.AsyncSOCKSProxy
    raise InvalidArgumentError(
        f"the proxy URL from the environment must be http, https, socks5 or socks5h, got {scheme!r} "
        "(HTTP_PROXY / HTTPS_PROXY / ALL_PROXY)"
    )


def _client_options() -> dict[str, Any]:
    return {
        "timeout": DEFAULT_TIMEOUT,  # a belt only: every request carries its attempt's timeout
        "cookies": _no_cookies(),
        "follow_redirects": False,
        "trust_env": False,  # the environment's proxies and CA bundle are read here, once
    }


def _no_cookies() -> CookieJar:
    """A jar that keeps nothing: the API authenticates by key, and a cookie that cannot even be sent
    back (non-ASCII bytes) broke every later call."""
    return CookieJar(DefaultCookiePolicy(allowed_domains=()))


def new_client() -> httpx.Client:
    """The overlay's own sync client: deadline-holding pools, the environment's proxies."""
    context = ssl_context()
    options = _pool_options(context)
    mounts: dict[str, httpx.BaseTransport | None] = {}
    for pattern, url in environment_proxies().items():
        if url is None:
            mounts[pattern] = None
        else:
            cls = _proxy_class(url, sync=True)
            mounts[pattern] = Transport(cls(**_proxy_options(url), **options, network_backend=Backend()))
    direct = Transport(httpcore.ConnectionPool(**options, network_backend=Backend()))
    return httpx.Client(transport=direct, mounts=mounts, **_client_options())


async def _checkpoint() -> None:
    import anyio.lowlevel  # here, not at the top: a synchronous call loads no event-loop machinery

    await anyio.lowlevel.checkpoint()


def warm_up(trio: bool) -> None:
    """Import what the first asyncio connection needs, once, in the calling (worker) thread: anyio's
    asyncio backend takes ~25 ms to import, which the loop's thread would otherwise pay on the first
    connect (httpcore's trio backend needs nothing)."""
    if not trio:
        _warm_up_asyncio()


@functools.cache
def _warm_up_asyncio() -> None:
    import anyio

    anyio.run(_checkpoint, backend="asyncio")


def new_async_client(trio: bool = False) -> httpx.AsyncClient:
    """The overlay's own async client for one event loop (``trio``: the loop is trio's)."""
    context = ssl_context()
    options = _pool_options(context)

    def backend() -> AsyncBackend:
        return AsyncBackend(httpcore.TrioBackend() if trio else httpcore.AnyIOBackend())

    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    for pattern, url in environment_proxies().items():
        if url is None:
            mounts[pattern] = None
        else:
            cls = _proxy_class(url, sync=False)
            mounts[pattern] = AsyncTransport(cls(**_proxy_options(url), **options, network_backend=backend()))
    direct = AsyncTransport(httpcore.AsyncConnectionPool(**options, network_backend=backend()))
    return httpx.AsyncClient(transport=direct, mounts=mounts, **_client_options())

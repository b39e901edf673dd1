"""The deadline inside an attempt: httpcore network backends whose every wait ends by the deadline.

httpx's timeouts are per phase and a read timeout restarts with every byte, so a server that drips one
byte every half second holds a call forever. These wrappers (httpcore's public ``NetworkBackend`` /
``NetworkStream`` interfaces) cut each connect, read and write to what is left before the call's deadline
and raise httpcore's own timeout once nothing is left, which the transport turns into httpx's
``*Timeout``; a TLS error becomes httpcore's ``ConnectError`` (raised from it) with every httpcore
version. They also note on the :class:`~openrouter._attempt.Attempt` being sent whether the server
sent a byte and whether the connection had served an earlier attempt. The transport builds its pools
with them (``network_backend=``).
"""

from __future__ import annotations

import ssl
import time
from typing import Any

import httpcore

from ._attempt import CURRENT, Attempt

__all__ = ["AsyncBackend", "Backend"]


def _left(timeout: float | None, exc: type[Exception]) -> float | None:
    """``timeout`` cut to what is left before the deadline; raise ``exc`` when nothing is left."""
    attempt = CURRENT.get()
    if attempt is None:
        return timeout
    left = attempt.deadline - time.monotonic()
    if left <= 0:
        raise exc("the call's deadline was reached")
    return left if timeout is None or timeout > left else timeout


def _received() -> None:
    attempt = CURRENT.get()
    if attempt is not None:
        attempt.received = True


class _Owned:
    """Which attempt last wrote on a connection: a write by another one means it was reused. A
    connection whose answer did not parse is :meth:`discard`-ed: it then reports itself readable while
    idle, which httpcore's pool takes for a connection the server closed, so it is closed, not reused."""

    __slots__ = ("_discarded", "_inner", "_owner")

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._owner: Attempt | None = None
        self._discarded = False

    def discard(self) -> None:
        """Never reuse this connection: what is left on it may be the rest of an answer that did not
        frame (more body than its ``Content-Length``), which would read as the start of the next one."""
        self._discarded = True

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._discarded:
            return True
        return self._inner.get_extra_info(info)

    def _writing(self) -> None:
        attempt = CURRENT.get()
        if attempt is not None:
            if self._owner is not None and self._owner is not attempt:
                attempt.reused = True
            self._owner = attempt


class _DeadlineStream(_Owned, httpcore.NetworkStream):
    __slots__ = ()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))
        if data:
            _received()
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._writing()
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        try:
            tls = self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout))
        except ssl.SSLError as exc:  # httpcore before 1.0 lets it through under anyio
            raise httpcore.ConnectError(str(exc)) from exc
        return _DeadlineStream(tls)


class _AsyncDeadlineStream(_Owned, httpcore.AsyncNetworkStream):
    __slots__ = ()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))
        if data:
            _received()
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._writing()
        await self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        try:
            tls = await self._inner.start_tls(
                ssl_context, server_hostname, _left(timeout, httpcore.ConnectTimeout)
            )
        except ssl.SSLError as exc:  # httpcore before 1.0 lets it through under anyio
            raise httpcore.ConnectError(str(exc)) from exc
        return _AsyncDeadlineStream(tls)


class Backend(httpcore.NetworkBackend):
    """httpcore's sync backend with every wait cut to the deadline of the attempt being sent."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner if inner is not None else httpcore.SyncBackend()

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_tcp(host, port, timeout, *args, **kwargs))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self._inner.connect_unix_socket(path, timeout, *args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async backend (``AnyIOBackend`` for asyncio, ``TrioBackend`` for trio) with every
    wait cut to the deadline."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._inner.connect_tcp(host, port, timeout, *args, **kwargs))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> httpcore.AsyncNetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _AsyncDeadlineStream(await self._inner.connect_unix_socket(path, timeout, *args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)

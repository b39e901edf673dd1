"""What the overlay adds under httpx: its own connection pools, a deadline that holds at every socket
operation, and a bounded body reader.

- **Deadline.** :data:`CURRENT` holds the attempt being sent, with the monotonic time by which it must
  end (a context variable: per thread and per task). The pools the overlay builds make every connect,
  read and write wait at most until then (``_backends``); a client passed in keeps its own transport,
  and there the deadline holds between body chunks only.
- **Body.** Answers are read as raw chunks and decoded here, at most ``limit`` bytes after decoding
  (reading stops there): httpx inflates each 64 KiB network chunk whole (a gzip bomb grows ~1000x per
  chunk), zlib's ``max_length`` does not.
"""

from __future__ import annotations

import contextlib
import time
import zlib
from collections.abc import AsyncIterator
from contextvars import ContextVar
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import ACCEPT_ENCODING, DEFAULT_LIMITS, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from ._operation import Call


class Attempt:
    """One request to send: yielded by the steps, performed by a driver; while it runs it is
    :data:`CURRENT`, so the network layer can cut waits to its ``deadline`` and note in ``received``
    that the server sent bytes (a connection closed after bytes is a malformed answer, not a drop)."""

    __slots__ = ("call", "deadline", "headers", "method", "received", "timeout", "url")

    def __init__(
        self,
        call: Call[Any],
        method: str,
        url: httpx.URL,
        headers: httpx.Headers,
        timeout: dict[str, Any],
        deadline: float,
    ) -> None:
        self.call = call
        self.method = method
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.deadline = deadline
        self.received = False


#: The attempt being sent in this thread or task, or None (set by the drivers around each attempt).
CURRENT: ContextVar[Attempt | None] = ContextVar("openrouter_attempt", default=None)


def _no_cookies() -> CookieJar:
    """A jar that keeps nothing: the API authenticates by key, and a cookie that cannot even be sent
    back (non-ASCII bytes) broke every later call."""
    return CookieJar(DefaultCookiePolicy(allowed_domains=()))


def _options() -> dict[str, Any]:
    return {
        "timeout": DEFAULT_TIMEOUT,
        "limits": DEFAULT_LIMITS,
        "cookies": _no_cookies(),
        "follow_redirects": False,
    }


def new_client() -> httpx.Client:
    """The overlay's own sync pool, with the deadline installed."""
    from . import _backends

    client = httpx.Client(**_options())
    _backends.install([client._transport, *client._mounts.values()], _backends.Backend)
    return client


def new_async_client() -> httpx.AsyncClient:
    """The overlay's own async pool, with the deadline installed."""
    from . import _backends

    client = httpx.AsyncClient(**_options())
    _backends.install([client._transport, *client._mounts.values()], _backends.AsyncBackend)
    return client


# --- reading a body ---------------------------------------------------------------------------------------


class Body:
    """Collects an answer's raw chunks, decoding ``Content-Encoding`` and keeping at most ``limit`` bytes.

    Past the limit it keeps the first ``limit`` bytes and sets ``truncated``; the reader stops there.
    """

    __slots__ = ("_decoders", "_limit", "_parts", "_request", "_size", "truncated")

    def __init__(self, response: httpx.Response, limit: int, *, decoded: bool = False) -> None:
        self._request = response.request
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        self.truncated = False
        self._decoders: list[Any] = []
        encoding = None if decoded else response.headers.get("content-encoding")
        if encoding:
            for name in reversed(encoding.lower().split(",")):
                name = name.strip()
                if name in ("gzip", "x-gzip"):
                    self._decoders.append(zlib.decompressobj(zlib.MAX_WBITS | 16))
                elif name == "deflate":
                    self._decoders.append(None)  # zlib-wrapped or raw: decided by the first bytes
                elif name not in ("", "identity"):
                    raise httpx.DecodingError(
                        f"unsupported Content-Encoding {name!r:.40} (asked for {ACCEPT_ENCODING})",
                        request=self._request,
                    )

    def feed(self, chunk: bytes) -> bool:
        """Add one raw chunk from the network; False once the limit is passed (stop reading)."""
        room = self._limit - self._size
        for i, decoder in enumerate(self._decoders):
            if not chunk:
                return True
            if decoder is None:
                wbits = zlib.MAX_WBITS if chunk[0] & 0x0F == 8 else -zlib.MAX_WBITS
                decoder = self._decoders[i] = zlib.decompressobj(wbits)
            try:
                chunk = decoder.decompress(chunk, room + 1)
            except zlib.error as exc:
                raise httpx.DecodingError(
                    f"the body does not match its Content-Encoding: {exc}", request=self._request
                ) from exc
        if len(chunk) > room:
            self._parts.append(chunk[:room])
            self._size = self._limit
            self.truncated = True
            return False
        self._size += len(chunk)
        self._parts.append(chunk)
        return True

    def value(self) -> bytes:
        """The decoded body (after the last chunk; zlib holds nothing back below ``max_length``)."""
        return b"".join(self._parts)


def _already_read(response: httpx.Response, limit: int) -> Body | None:
    """The body of an answer that a client passed in has read already (a recording wrapper, a canned
    ``httpx.Response``): httpx decoded it, so it is only cut to ``limit``. None for a streamed answer."""
    if not (response.is_stream_consumed and hasattr(response, "_content")):
        return None
    body = Body(response, limit, decoded=True)
    body.feed(response.content)
    return body


def read(response: httpx.Response, limit: int) -> Body:
    """Read a streamed response (at most ``limit`` bytes decoded, by the deadline) and close it."""
    done = _already_read(response, limit)
    if done is not None:
        return done
    try:
        body = Body(response, limit)
        attempt = CURRENT.get()
        deadline = None if attempt is None else attempt.deadline
        for chunk in response.iter_raw():
            if not body.feed(chunk):
                break
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("the call's deadline was reached", request=response.request)
        return body
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int) -> Body:
    """Async twin of :func:`read`."""
    done = _already_read(response, limit)
    if done is not None:
        return done
    chunks = response.aiter_raw()
    try:
        body = Body(response, limit)
        attempt = CURRENT.get()
        deadline = None if attempt is None else attempt.deadline
        async for chunk in chunks:
            if not body.feed(chunk):
                await _finish(response, chunks)
                break
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("the call's deadline was reached", request=response.request)
        return body
    except Exception:
        await _finish(response, chunks)
        raise
    finally:
        await response.aclose()


async def _finish(response: httpx.Response, chunks: AsyncIterator[bytes]) -> None:
    """Close a response left half read. httpx reads through nested async generators; left suspended,
    trio warns when they are collected. Resuming them on the closed stream lets its error end them all."""
    await response.aclose()
    with contextlib.suppress(Exception):
        async for _ in chunks:
            pass

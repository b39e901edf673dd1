"""Reading an answer's body: at most ``limit`` bytes after decoding, by the attempt's deadline.

The body is read as raw chunks (``Response.iter_raw``, public) and decoded here, through a bounded
decoder that wraps the stream: httpx inflates each 64 KiB network chunk whole (a gzip bomb grows
~1000x per chunk), zlib's ``max_length`` does not. Reading stops at the limit.
"""

from __future__ import annotations

import contextlib
import time
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx

from ._constants import ACCEPT_ENCODING

__all__ = ["Body", "aread", "read"]


class Body:
    """Collects an answer's raw chunks, decoding ``Content-Encoding`` and keeping at most ``limit`` bytes.

    Past the limit it keeps the first ``limit`` bytes and sets ``truncated``; the reader stops there.
    """

    __slots__ = ("_decoders", "_limit", "_parts", "_request", "_size", "_unsupported", "truncated")

    def __init__(self, response: httpx.Response, limit: int, *, decoded: bool = False) -> None:
        self._request = response.request
        self._limit = limit
        self._parts: list[bytes] = []
        self._size = 0
        self.truncated = False
        self._decoders: list[Any] = []
        self._unsupported: str | None = None
        encoding = None if decoded else response.headers.get("content-encoding")
        if encoding:
            for name in reversed(encoding.lower().split(",")):
                name = name.strip()
                if name in ("gzip", "x-gzip"):
                    self._decoders.append(zlib.decompressobj(zlib.MAX_WBITS | 16))
                elif name == "deflate":
                    self._decoders.append(None)  # zlib-wrapped or raw: decided by the first bytes
                elif name not in ("", "identity") and self._unsupported is None:
                    self._unsupported = name  # an error once there are bytes (an empty body is fine)

    def feed(self, chunk: bytes) -> bool:
        """Add one raw chunk from the network; False once the limit is passed (stop reading)."""
        if self._unsupported is not None and chunk:
            raise httpx.DecodingError(
                f"unsupported Content-Encoding {self._unsupported!r:.40} (asked for {ACCEPT_ENCODING})",
                request=self._request,
            )
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


def _undecoded(response: httpx.Response) -> bool:
    """A 3XX body is kept as it came: only its ``Location`` matters, and a body that could not be
    decoded must not stop a redirect (it is shown, cut, only when the redirect is refused)."""
    return 300 <= response.status_code < 400


def _already_read(response: httpx.Response, limit: int) -> Body | None:
    """The body of an answer that a client passed in has read already (a recording wrapper, a canned
    ``httpx.Response``): httpx decoded it, so it is only cut to ``limit``. None for a streamed answer."""
    if not response.is_stream_consumed:
        return None
    try:
        content = response.content
    except httpx.ResponseNotRead:  # streamed and consumed without being kept
        return None
    body = Body(response, limit, decoded=True)
    body.feed(content)
    return body


def read(response: httpx.Response, limit: int, deadline: float | None = None) -> Body:
    """Read a streamed response (at most ``limit`` bytes decoded, by ``deadline`` on the monotonic clock,
    the attempt's) and close it."""
    done = _already_read(response, limit)
    if done is not None:
        return done
    try:
        body = Body(response, limit, decoded=_undecoded(response))
        for chunk in response.iter_raw():
            if not body.feed(chunk):
                break
            if deadline is not None and time.monotonic() > deadline:
                raise httpx.ReadTimeout("the call's deadline was reached", request=response.request)
        return body
    finally:
        response.close()


async def aread(response: httpx.Response, limit: int, deadline: float | None = None) -> Body:
    """Async twin of :func:`read`."""
    done = _already_read(response, limit)
    if done is not None:
        return done
    chunks = response.aiter_raw()
    try:
        body = Body(response, limit, decoded=_undecoded(response))
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

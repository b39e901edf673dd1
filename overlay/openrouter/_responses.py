"""An answer as read: its status, headers and decoded body (``_body.read``), parsed as strict JSON once,
and the text helpers that quote it in errors. What an answer becomes: :mod:`._outcomes`.
"""

from __future__ import annotations

import json
import math
from typing import Any

import httpx

from ._exceptions import _cap


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:40]} overflows to infinity")
    return value


def loads(body: bytes) -> Any:
    """Strict JSON: ``NaN``/``Infinity`` and numbers that overflow to infinity are refused."""
    return json.loads(body, parse_constant=_no_constant, parse_float=_finite)


class Answer:
    """A read answer, shaped as ``_parse_response`` reads an ``httpx.Response`` (status, json, content)."""

    __slots__ = ("_full", "_json", "content", "headers", "response", "status_code", "truncated")

    def __init__(self, response: httpx.Response, content: bytes, truncated: bool = False) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = content
        #: The body was longer than ``max_response_bytes``: ``content`` holds its beginning only.
        self.truncated = truncated
        self._full: httpx.Response | None = None
        self._json: tuple[Any, Exception | None] | None = None

    def json(self) -> Any:
        """The body as strict JSON, parsed once (an error body is read for its message and its model)."""
        if self._json is None:
            try:
                self._json = (loads(self.content), None)
            except (ValueError, RecursionError) as exc:
                self._json = (None, exc)
        value, error = self._json
        if error is not None:
            raise error
        return value

    def discard_connection(self) -> None:
        """Keep the connection this answer came on out of the pool (the overlay's own pools): a body
        that did not parse may be an answer that did not frame, its rest left on the connection."""
        discard = getattr(self.response.extensions.get("network_stream"), "discard", None)
        if callable(discard):
            discard()

    def full(self) -> httpx.Response:
        """A complete ``httpx.Response`` holding the decoded body, for ``raw_response`` on errors."""
        if self._full is not None:
            return self._full
        drop = (b"content-encoding", b"content-length")  # the body below is decoded, maybe cut
        headers = [(k, v) for k, v in self.headers.raw if k.lower() not in drop]
        self._full = httpx.Response(
            self.status_code,
            headers=headers,
            content=self.content,
            request=self.response.request,
            extensions=self.response.extensions,
        )
        return self._full


def text(answer: Answer) -> str:
    """The body as text: UTF-8 (what JSON is) when it decodes so, else the declared charset, else
    UTF-8 with replacement characters (a wrong or unknown charset never raises)."""
    try:
        return answer.content.decode("utf-8")
    except UnicodeError:
        pass
    try:
        return answer.content.decode(answer.response.charset_encoding or "utf-8")
    except (UnicodeError, LookupError):
        return answer.content.decode("utf-8", errors="replace")


def snippet(text: str, limit: int = 200) -> str:
    return _cap(" ".join(text.split()), limit)


def server_message(answer: Answer) -> str | None:
    """``error.message`` from an OpenRouter error envelope, if the body is one."""
    if not answer.content or "json" not in answer.headers.get("content-type", "json"):
        return None
    try:
        message = answer.json()["error"]["message"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        return None
    return message if isinstance(message, str) else None

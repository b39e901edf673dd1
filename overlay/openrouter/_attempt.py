"""One attempt of a call, and the context variable through which the network backends see it.

The body reader is passed the attempt's deadline; only httpcore's network backends (``_backends``),
which httpcore calls with no way to pass anything in, read :data:`CURRENT`.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

    from ._call import Call

__all__ = ["CURRENT", "Attempt"]


class Attempt:
    """One request to send: yielded by the steps, performed by a driver.

    While it runs it is :data:`CURRENT`, so the network layer (``_backends``) can cut every wait to its
    ``deadline`` and note what happened on the wire: ``received`` once the server sent a byte during
    this attempt (a connection closed after bytes is a malformed answer, not a drop), ``reused`` when
    the attempt was written on a connection an earlier attempt had used (kept alive in the pool).
    """

    __slots__ = ("call", "deadline", "headers", "method", "received", "reused", "timeout", "url")

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
        self.reused = False

    def __repr__(self) -> str:
        return f"Attempt({self.method} {self.url}, deadline={self.deadline:.3f})"


#: The attempt being sent in this thread or task, or None (set by the drivers around each attempt).
CURRENT: ContextVar[Attempt | None] = ContextVar("openrouter_attempt", default=None)

"""What the stand-in answers: the real API's error messages and envelope, and scripted replies."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import errors

__all__ = ["GONE_MESSAGE", "MESSAGES", "RATE_LIMIT_EXCEEDED", "UNKNOWN_KEY_MESSAGE", "Reply", "envelope"]

#: The 410 message of ``POST /credits/coinbase``, as the real API sends it.
GONE_MESSAGE = (
    "The Coinbase APIs used by this endpoint have been deprecated, so the Coinbase Commerce credits "
    "API has been removed. Use the web credits purchase flow instead."
)
#: The real API's error messages by status (the examples of the upstream OpenAPI document's
#: ``*ResponseErrorData`` schemas), used by :meth:`Reply.error` when no message is given.
MESSAGES: dict[int, str] = {
    400: "Invalid request parameters",
    401: "Missing Authentication header",
    402: "Insufficient credits. Add more using https://openrouter.ai/credits",
    403: "Only management keys can perform this operation",
    404: "Resource not found",
    408: "Operation timed out. Please try again later.",
    409: "Resource conflict. Please try again later.",
    410: GONE_MESSAGE,
    413: "Request payload too large",
    422: "Invalid argument",
    429: "Rate limit exceeded",
    500: "Internal Server Error",
    502: "Provider returned error",
    503: "Service temporarily unavailable",
    524: "Request timed out. Please try again later.",
    529: "Provider returned error",
}
#: What the real API says to a bearer key it does not know (the stand-in says it to an expired or
#: disabled key too).
UNKNOWN_KEY_MESSAGE = "User not found."
#: ``error.metadata.error_type`` of a 429 (the upstream ``ApiErrorType``).
RATE_LIMIT_EXCEEDED = "rate_limit_exceeded"


def envelope(
    code: int,
    message: str,
    *,
    user_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The OpenRouter error body: ``{"error": {"code", "message", "metadata"?}, "user_id"?, ...}``.

    ``metadata`` becomes ``error.metadata``; ``extra`` adds top-level members (e.g.
    ``openrouter_metadata``); ``user_id`` and ``metadata`` are left out when None.
    """
    error: dict[str, Any] = {"code": code, "message": message}
    if metadata is not None:
        error["metadata"] = dict(metadata)
    body: dict[str, Any] = {"error": error}
    if user_id is not None:
        body["user_id"] = user_id
    body.update(extra)
    return body


@dataclass
class Reply:
    """One scripted answer, queued with :meth:`StandIn.plan`.

    Attributes:
        status: the HTTP status; ``None`` sends the answer the real API would give (after ``delay``).
        body: bytes, str (sent as text/plain), None (empty) or a JSON-able object (sent as JSON).
        headers: extra response headers.
        delay: seconds to wait before answering (a stall); the client's timeout may fire first.
        drop: close the connection without answering (after ``delay``).

    The class methods build the common faults with the real API's error envelope.
    """

    status: int | None = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    def __post_init__(self) -> None:
        if self.status is not None and not 100 <= self.status <= 599:
            raise errors.InvalidArgumentError(f"Reply status must be 100-599 or None, got {self.status!r}")
        if not self.delay >= 0:  # also refuses NaN
            raise errors.InvalidArgumentError(f"Reply delay must be >= 0 seconds, got {self.delay!r}")

    @classmethod
    def error(
        cls,
        status: int = 500,
        message: str | None = None,
        *,
        user_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        """An error answer with the real envelope; the message defaults to the real API's for ``status``;
        ``user_id`` and ``metadata`` (``error.metadata``) are sent when given."""
        text = message if message is not None else MESSAGES.get(status, f"HTTP {status}")
        body = envelope(status, text, user_id=user_id, metadata=metadata)
        return cls(status, body, dict(headers or {}))

    @classmethod
    def rate_limited(
        cls, retry_after: int = 1, message: str | None = None, *, limit: int = 20, remaining: int = 0
    ) -> Reply:
        """A 429 as the real API sends it: ``error.metadata.error_type`` ``"rate_limit_exceeded"``,
        ``Retry-After: <retry_after>`` (whole seconds), ``X-RateLimit-Limit: <limit>``,
        ``X-RateLimit-Remaining: <remaining>`` and ``X-RateLimit-Reset`` (when the window ends, in
        milliseconds since the epoch: ``retry_after`` seconds from when the reply is built)."""
        for name, value in (("retry_after", retry_after), ("limit", limit), ("remaining", remaining)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise errors.InvalidArgumentError(f"{name} must be a whole number >= 0, got {value!r}")
        reset = int((time.time() + retry_after) * 1000)
        headers = {
            "Retry-After": str(retry_after),
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
        }
        return cls.error(429, message, metadata={"error_type": RATE_LIMIT_EXCEEDED}, headers=headers)

    @classmethod
    def stall(cls, seconds: float, then: Reply | None = None) -> Reply:
        """Wait ``seconds``, then answer ``then`` (default: the normal answer)."""
        if then is None:
            return cls(None, delay=seconds)
        return cls(then.status, then.body, dict(then.headers), then.delay + seconds, then.drop)

    @classmethod
    def dropped(cls, after: float = 0.0) -> Reply:
        """Read the request, wait ``after`` seconds, then close the connection without answering."""
        return cls(None, delay=after, drop=True)

"""Exceptions raised by the client. Every failure is an :class:`OpenRouterError`::

    OpenRouterError                        message, status_code, body, headers, raw_response, retry_after
    ├── UnauthorizedResponseError    401   .data: the parsed error envelope, or None
    ├── ForbiddenResponseError       403   .data (the message adds: a management key is required)
    ├── GoneResponseError            410   .data (the message points at the web credits purchase flow)
    ├── InternalServerResponseError  500   .data
    ├── OpenRouterDefaultError             any other 4XX/5XX (and unexpected 1XX/3XX)
    │   └── ResponseValidationError        a 2XX whose body does not match the schema
    ├── ResponseTooLargeError              a 2XX body longer than max_response_bytes (not read further)
    ├── APIConnectionError                 no answer: refused, reset, dropped, DNS, TLS, protocol error
    │   └── APITimeoutError                a connect/read/write/pool timeout
    ├── ClientClosedError                  the client was used (or re-entered) after it was closed
    ├── InvalidArgumentError               a bad argument value (also a ValueError), before any request
    └── InvalidArgumentTypeError           a bad argument type (also a TypeError), before any request

The classes with their own status carry ``.data`` parsed from the documented JSON envelope
(``data.error.code``, ``data.error.message``, ``data.error.metadata``, ``data.user_id``); when the body
is not that JSON (an HTML page, text, nothing) the class still follows the status and ``.data`` is None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import httpx

    from openrouter_credits_api.models import (
        ForbiddenResponse,
        GoneResponse,
        InternalServerResponse,
        UnauthorizedResponse,
    )

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ClientClosedError",
    "ForbiddenResponseError",
    "GoneResponseError",
    "InternalServerResponseError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnauthorizedResponseError",
]


class OpenRouterError(Exception):
    """Base class of every error the client raises.

    Attributes:
        message: what went wrong, in one line (also ``str(error)``).
        status_code: the HTTP status, or None when no answer arrived.
        body: the response body as text ("" when none).
        headers: the response headers (case-insensitive), or None.
        raw_response: the ``httpx.Response``, or None (not kept when the error is pickled).
        retry_after: seconds the server asked to wait (``retry-after-ms`` / ``Retry-After``), or None.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        body: str = "",
        headers: httpx.Headers | None = None,
        raw_response: httpx.Response | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.headers = headers
        self.raw_response = raw_response
        self.retry_after = retry_after

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable for multiprocessing and task queues: everything but the live response object.
        state = {k: v for k, v in self.__dict__.items() if k != "raw_response"}
        data = state.get("data")
        if data is not None and hasattr(data, "to_dict"):
            # A generated model marks absent fields with the UNSET singleton, which pickle would copy
            # into a look-alike that is not UNSET: the model travels as its JSON dict instead.
            state["data"] = None
            state["_data_model"] = (type(data), data.to_dict())
        return (type(self), (self.message,), state)

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        self.__dict__.setdefault("raw_response", None)
        model = self.__dict__.pop("_data_model", None)
        if model is not None:
            cls, value = model
            self.__dict__["data"] = cls.from_dict(value)


class OpenRouterDefaultError(OpenRouterError):
    """Raised for a 4XX/5XX status without a class of its own (and for an unexpected 1XX/3XX)."""


class ResponseValidationError(OpenRouterDefaultError):
    """Raised when a 2XX body is not valid JSON or does not match the documented schema."""


class ResponseTooLargeError(OpenRouterError):
    """Raised when a 2XX body is longer than ``max_response_bytes`` once decoded (an endless body, a
    compression bomb); reading stops at the limit and the call is not retried."""


class _EnvelopeError(OpenRouterError):
    """A documented error status; ``data`` is the parsed JSON envelope (None if the body was not one)."""

    status: ClassVar[int]
    data: Any

    def __init__(self, message: str, *, data: Any = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.data = data


class UnauthorizedResponseError(_EnvelopeError):
    """Raised on 401: the API key is missing, unknown or revoked."""

    status = 401
    data: UnauthorizedResponse | None


class ForbiddenResponseError(_EnvelopeError):
    """Raised on 403: the key is valid but may not do this (reading credits needs a management key)."""

    status = 403
    data: ForbiddenResponse | None


class GoneResponseError(_EnvelopeError):
    """Raised on 410: the endpoint was removed (Coinbase charges: use the web credits purchase flow)."""

    status = 410
    data: GoneResponse | None


class InternalServerResponseError(_EnvelopeError):
    """Raised on 500 once retries (if any) are spent."""

    status = 500
    data: InternalServerResponse | None


class APIConnectionError(OpenRouterError):
    """Raised when no answer arrived: connection refused or dropped, DNS, TLS or protocol failure.

    The ``httpx`` exception is the ``__cause__``.
    """


class APITimeoutError(APIConnectionError):
    """Raised when connecting, sending, waiting for the answer or for a pooled connection timed out."""


class ClientClosedError(OpenRouterError, RuntimeError):
    """Raised when an :class:`~openrouter.OpenRouter` client is used or re-entered after it was closed."""


class InvalidArgumentError(OpenRouterError, ValueError):
    """Raised before any request is sent when an argument has a bad value."""


class InvalidArgumentTypeError(OpenRouterError, TypeError):
    """Raised before any request is sent when an argument has the wrong type."""


#: The status → class table; any other 4XX/5XX is an :class:`OpenRouterDefaultError`.
STATUS_ERRORS: dict[int, type[_EnvelopeError]] = {
    cls.status: cls
    for cls in (
        UnauthorizedResponseError,
        ForbiddenResponseError,
        GoneResponseError,
        InternalServerResponseError,
    )
}

"""Exceptions raised by the client. Every failure is an :class:`OpenRouterError`::

    OpenRouterError                        message, status_code, body, headers, raw_response, retry_after
    ├── UnauthorizedResponseError    401   .data: the parsed error envelope, or None
    ├── ForbiddenResponseError       403   .data (str(error) adds: a management key is required)
    ├── GoneResponseError            410   .data (str(error) points at the web credits purchase flow)
    ├── InternalServerResponseError  500   .data
    ├── OpenRouterDefaultError             any other 4XX/5XX (and unexpected 1XX/3XX)
    ├── ResponseValidationError            a 2XX whose body does not match the schema; .cause
    ├── ResponseTooLargeError              a 2XX body longer than max_response_bytes (not read further)
    ├── NoResponseError                    no HTTP answer arrived
    │   └── APIConnectionError             refused, reset, dropped, DNS, TLS, protocol error
    │       │                              (also an httpx.TransportError)
    │       ├── APITimeoutError            a connect/read/write/pool timeout (also httpx.TimeoutException)
    │       │   └── APIConnectTimeoutError, APIReadTimeoutError, APIWriteTimeoutError,
    │       │       APIPoolTimeoutError    (also httpx.ConnectTimeout, ReadTimeout, ...)
    │       └── APIConnectError, APIReadError, APIWriteError, APICloseError, APIRemoteProtocolError,
    │           APILocalProtocolError, APIProxyError, APIUnsupportedProtocolError, APIDecodingError,
    │           APITooManyRedirectsError   (also httpx.ConnectError, ReadError, ...)
    ├── ClientClosedError                  the client was used (or re-entered) after it was closed
    ├── InvalidArgumentError               a bad argument value (also a ValueError), before any request
    └── InvalidArgumentTypeError           a bad argument type (also a TypeError), before any request

``message`` is what the official SDK puts there: for an error status, the server's own
``error.message`` when the body is the documented JSON envelope. ``str(error)`` is the fuller line
for logs: the status, the server's message and a hint (check the key, use a management key, ...).

The classes with their own status carry ``.data`` parsed from the documented JSON envelope
(``data.error.code``, ``data.error.message``, ``data.error.metadata``, ``data.user_id``); when the body
is not that JSON (an HTML page, text, nothing) the class still follows the status and ``.data`` is None.
``UnauthorizedResponseErrorData`` and its siblings name the envelope models.

A network failure is both an :class:`OpenRouterError` and the ``httpx`` exception class of its cause,
so code written for the official SDK (which lets httpx errors through) still catches it with
``except httpx.TimeoutException``, ``except httpx.ConnectError`` or ``except httpx.HTTPError``.

The constructors take the official SDK's positional shapes, for tests that build errors::

    errors.OpenRouterError(message, raw_response, body=None)
    errors.OpenRouterDefaultError(message, raw_response, body=None)
    errors.ResponseValidationError(message, raw_response, cause, body=None)
    errors.UnauthorizedResponseError(data, raw_response, body=None)   # and the other statuses
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._exceptions import OpenRouterError, _response_text
from ._network_errors import (
    TRANSPORT_ERRORS as TRANSPORT_ERRORS,
)
from ._network_errors import (
    APICloseError,
    APIConnectError,
    APIConnectionError,
    APIConnectTimeoutError,
    APIDecodingError,
    APILocalProtocolError,
    APIPoolTimeoutError,
    APIProxyError,
    APIReadError,
    APIReadTimeoutError,
    APIRemoteProtocolError,
    APITimeoutError,
    APITooManyRedirectsError,
    APIUnsupportedProtocolError,
    APIWriteError,
    APIWriteTimeoutError,
    NoResponseError,
)
from ._network_errors import (
    transport_class as transport_class,
)

if TYPE_CHECKING:
    from openrouter_credits_api.models import (
        ForbiddenResponse,
        GoneResponse,
        InternalServerResponse,
        UnauthorizedResponse,
    )
    from openrouter_credits_api.models import ForbiddenResponse as ForbiddenResponseErrorData
    from openrouter_credits_api.models import GoneResponse as GoneResponseErrorData
    from openrouter_credits_api.models import (
        InternalServerResponse as InternalServerResponseErrorData,
    )
    from openrouter_credits_api.models import UnauthorizedResponse as UnauthorizedResponseErrorData

__all__ = [
    "APICloseError",
    "APIConnectError",
    "APIConnectTimeoutError",
    "APIConnectionError",
    "APIDecodingError",
    "APILocalProtocolError",
    "APIPoolTimeoutError",
    "APIProxyError",
    "APIReadError",
    "APIReadTimeoutError",
    "APIRemoteProtocolError",
    "APITimeoutError",
    "APITooManyRedirectsError",
    "APIUnsupportedProtocolError",
    "APIWriteError",
    "APIWriteTimeoutError",
    "ClientClosedError",
    "ForbiddenResponseError",
    "ForbiddenResponseErrorData",
    "GoneResponseError",
    "GoneResponseErrorData",
    "InternalServerResponseError",
    "InternalServerResponseErrorData",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "NoResponseError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "UnauthorizedResponseError",
    "UnauthorizedResponseErrorData",
]

#: The official names of the error envelope models → the generated models they alias.
_DATA_MODELS = {
    "UnauthorizedResponseErrorData": "UnauthorizedResponse",
    "ForbiddenResponseErrorData": "ForbiddenResponse",
    "GoneResponseErrorData": "GoneResponse",
    "InternalServerResponseErrorData": "InternalServerResponse",
}


def __getattr__(name: str) -> Any:
    # The envelope models import the generated package (and attrs): loaded on first use only.
    if name in _DATA_MODELS:
        return getattr(importlib.import_module("openrouter_credits_api.models"), _DATA_MODELS[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class OpenRouterDefaultError(OpenRouterError):
    """Raised for a 4XX/5XX status without a class of its own (and for an unexpected 1XX/3XX)."""


class ResponseValidationError(OpenRouterError):
    """Raised when a 2XX body is not valid JSON or does not match the documented schema.

    ``ResponseValidationError(message, raw_response, cause, body=None)`` as in the official SDK: the
    message becomes ``f"{message}: {cause}"`` and ``.cause`` is the exception behind it.
    """

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response | None = None,
        cause: BaseException | None = None,
        body: str | None = None,
        **fields: Any,
    ) -> None:
        if cause is not None:
            message = f"{message}: {cause}"
        super().__init__(message, raw_response, body, **fields)
        if cause is not None:
            self.__cause__ = cause

    @property
    def cause(self) -> BaseException | None:
        """Why the body was refused (a parse error, or a ValueError naming the field)."""
        return self.__cause__


class ResponseTooLargeError(OpenRouterError):
    """Raised when a 2XX body is longer than ``max_response_bytes`` once decoded (an endless body, a
    compression bomb); reading stops at the limit and the call is not retried."""


class _EnvelopeError(OpenRouterError):
    """A documented error status; ``data`` is the parsed JSON envelope (None if the body was not one).

    ``Cls(data, raw_response=None, body=None)`` as in the official SDK: ``data`` is the envelope model,
    its JSON as a dict, or None; ``message`` defaults to ``data.error.message``.
    """

    status: ClassVar[int]
    _model: ClassVar[str]
    data: Any

    def __init__(
        self,
        data: Any = None,
        raw_response: httpx.Response | None = None,
        body: str | None = None,
        *,
        message: str | None = None,
        **fields: Any,
    ) -> None:
        data = self._coerce(data)
        if message is None:
            server = getattr(getattr(data, "error", None), "message", None)
            message = str(server) if server else ""
            if not message:
                message = body or (_response_text(raw_response) if raw_response is not None else "")
            if not message:
                message = f"HTTP {raw_response.status_code if raw_response is not None else self.status}"
        if raw_response is None:
            fields.setdefault("status_code", self.status)
        super().__init__(message, raw_response, body, **fields)
        self.data = data

    @classmethod
    def _coerce(cls, data: Any) -> Any:
        model = getattr(importlib.import_module("openrouter_credits_api.models"), cls._model)
        if data is None or isinstance(data, model):
            return data
        if isinstance(data, Mapping):
            try:
                return model.model_validate(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise InvalidArgumentError(
                    f"{cls.__name__}: data is not an error envelope ({type(exc).__name__}: {exc})"
                ) from exc
        raise InvalidArgumentTypeError(
            f"{cls.__name__}(data, raw_response): data must be an errors.{cls.__name__}Data, its JSON "
            f"dict or None, got {type(data).__name__} (pass message= for a message of your own)"
        )


class UnauthorizedResponseError(_EnvelopeError):
    """Raised on 401: the API key is missing, unknown or revoked."""

    status = 401
    _model = "UnauthorizedResponse"
    data: UnauthorizedResponse | None


class ForbiddenResponseError(_EnvelopeError):
    """Raised on 403: the key is valid but may not do this (reading credits needs a management key)."""

    status = 403
    _model = "ForbiddenResponse"
    data: ForbiddenResponse | None


class GoneResponseError(_EnvelopeError):
    """Raised on 410: the endpoint was removed (Coinbase charges: use the web credits purchase flow)."""

    status = 410
    _model = "GoneResponse"
    data: GoneResponse | None


class InternalServerResponseError(_EnvelopeError):
    """Raised on 500 once retries (if any) are spent."""

    status = 500
    _model = "InternalServerResponse"
    data: InternalServerResponse | None


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


# Every public class reads as ``openrouter.errors.X`` (repr, tracebacks, pickles), wherever it is defined.
for _name in __all__:
    _value = globals().get(_name)
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value

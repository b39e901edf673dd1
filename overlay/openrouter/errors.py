"""Exceptions raised by the client. Every failure is an :class:`OpenRouterError`::

    OpenRouterError                          message, status_code, body, headers, raw_response, retry_after
    ├── APIStatusError                       an answer with an error status (status_code always set)
    │   ├── UnauthorizedResponseError    401 .data: the parsed error envelope, or None
    │   ├── ForbiddenResponseError       403 .data (str(error) adds: a management key is required)
    │   ├── GoneResponseError            410 .data (str(error) points at the web purchase flow)
    │   ├── InternalServerResponseError  500 .data
    │   └── OpenRouterDefaultError           any other 4XX/5XX (and unexpected 1XX/3XX)
    ├── ResponseValidationError              a 2XX whose body does not match the schema; .cause
    ├── ResponseTooLargeError                a 2XX body over max_response_bytes (not read further)
    ├── NoResponseError                      no HTTP answer arrived (status_code None)
    │   └── APIConnectionError               refused, reset, dropped, DNS, TLS, protocol error
    │       │                                (also an httpx.TransportError)
    │       ├── APITimeoutError              a connect/read/write/pool timeout, or the call's deadline
    │       │   │                            (also httpx.TimeoutException); .last_error
    │       │   └── APIConnectTimeoutError, APIReadTimeoutError, APIWriteTimeoutError,
    │       │       APIPoolTimeoutError      (also httpx.ConnectTimeout, ReadTimeout, ...)
    │       └── APIConnectError, APIReadError, APIWriteError, APICloseError, APIRemoteProtocolError,
    │           APILocalProtocolError, APIProxyError, APIUnsupportedProtocolError, APIDecodingError,
    │           APITooManyRedirectsError     (also httpx.ConnectError, ReadError, ...)
    ├── ClientClosedError                    the client was used (or re-entered) after it was closed
    ├── InvalidArgumentError                 a bad argument value (also a ValueError), before sending
    ├── InvalidArgumentTypeError             a bad argument type (also a TypeError), before sending
    └── ReadOnlyError                        a value that cannot change was set (also an AttributeError,
                                             an InvalidArgumentError and an InvalidArgumentTypeError)

The classes are defined in ``openrouter._exceptions``; this module is their public face.

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
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    STATUS_ERRORS as STATUS_ERRORS,
)
from ._exceptions import (
    TRANSPORT_ERRORS as TRANSPORT_ERRORS,
)
from ._exceptions import (
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
    APIStatusError,
    APITimeoutError,
    APITooManyRedirectsError,
    APIUnsupportedProtocolError,
    APIWriteError,
    APIWriteTimeoutError,
    ClientClosedError,
    ForbiddenResponseError,
    GoneResponseError,
    InternalServerResponseError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    NoResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
    ReadOnlyError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnauthorizedResponseError,
)
from ._exceptions import (
    transport_class as transport_class,
)

if TYPE_CHECKING:
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
    "APIStatusError",
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
    "ReadOnlyError",
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


# Every public class reads as ``openrouter.errors.X`` (repr, tracebacks, pickles), wherever it is defined.
for _name in __all__:
    _value = globals().get(_name)
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value

"""The errors for a request that got no answer: each one is also the httpx exception class of its
cause. Public through :mod:`openrouter.errors` (its docstring has the tree)."""

from __future__ import annotations

from typing import Any

import httpx

from ._exceptions import OpenRouterError

__all__ = [
    "TRANSPORT_ERRORS",
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
    "NoResponseError",
    "transport_class",
]


class NoResponseError(OpenRouterError):
    """Raised when no HTTP answer arrived (the official SDK's name; ours are its subclasses below)."""

    def __init__(self, message: str = "No response received", *args: Any, **kwargs: Any) -> None:
        super().__init__(message, *args, **kwargs)


class APIConnectionError(NoResponseError, httpx.TransportError):
    """Raised when no answer arrived: connection refused or dropped, DNS, TLS or protocol failure.

    The ``httpx`` exception is the ``__cause__``, and the error is also an instance of its class
    (``httpx.ConnectError``, ...), so ``except httpx.HTTPError`` catches it. ``request`` is the
    ``httpx.Request`` that failed (not kept when the error is pickled).
    """


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """Raised when connecting, sending, waiting for the answer or for a pooled connection timed out,
    or when the call's deadline was reached (the retry budget, or the one attempt's limit).

    ``last_error``: when the deadline ended a call that was retrying, the failure being retried (its
    status, body and headers are also this error's own when it was an answer), else None.
    """

    last_error: OpenRouterError | None = None


class APIConnectTimeoutError(APITimeoutError, httpx.ConnectTimeout):
    """Connecting timed out (also an ``httpx.ConnectTimeout``)."""


class APIReadTimeoutError(APITimeoutError, httpx.ReadTimeout):
    """The answer did not arrive in time (also an ``httpx.ReadTimeout``)."""


class APIWriteTimeoutError(APITimeoutError, httpx.WriteTimeout):
    """Sending the request timed out (also an ``httpx.WriteTimeout``)."""


class APIPoolTimeoutError(APITimeoutError, httpx.PoolTimeout):
    """No pooled connection became free in time (also an ``httpx.PoolTimeout``)."""


class APIConnectError(APIConnectionError, httpx.ConnectError):
    """The connection could not be made: refused, DNS, TLS (also an ``httpx.ConnectError``)."""


class APIReadError(APIConnectionError, httpx.ReadError):
    """Reading the answer failed: the connection was reset (also an ``httpx.ReadError``)."""


class APIWriteError(APIConnectionError, httpx.WriteError):
    """Sending the request failed (also an ``httpx.WriteError``)."""


class APICloseError(APIConnectionError, httpx.CloseError):
    """Closing the connection failed (also an ``httpx.CloseError``)."""


class APIRemoteProtocolError(APIConnectionError, httpx.RemoteProtocolError):
    """The server broke HTTP, e.g. closed without an answer (also an ``httpx.RemoteProtocolError``)."""


class APILocalProtocolError(APIConnectionError, httpx.LocalProtocolError):
    """The request could not be sent as HTTP (also an ``httpx.LocalProtocolError``); never retried."""


class APIProxyError(APIConnectionError, httpx.ProxyError):
    """The proxy refused or failed (also an ``httpx.ProxyError``)."""


class APIUnsupportedProtocolError(APIConnectionError, httpx.UnsupportedProtocol):
    """The URL's scheme is not http(s) (also an ``httpx.UnsupportedProtocol``); never retried."""


class APIDecodingError(APIConnectionError, httpx.DecodingError):
    """The body does not match its Content-Encoding (also an ``httpx.DecodingError``); never retried."""


class APITooManyRedirectsError(APIConnectionError, httpx.TooManyRedirects):
    """A client that follows redirects hit its limit (also an ``httpx.TooManyRedirects``)."""


#: The httpx class of a network failure → our class that is also that httpx class.
TRANSPORT_ERRORS: dict[type[httpx.HTTPError], type[APIConnectionError]] = {
    httpx.ConnectTimeout: APIConnectTimeoutError,
    httpx.ReadTimeout: APIReadTimeoutError,
    httpx.WriteTimeout: APIWriteTimeoutError,
    httpx.PoolTimeout: APIPoolTimeoutError,
    httpx.TimeoutException: APITimeoutError,
    httpx.ConnectError: APIConnectError,
    httpx.ReadError: APIReadError,
    httpx.WriteError: APIWriteError,
    httpx.CloseError: APICloseError,
    httpx.RemoteProtocolError: APIRemoteProtocolError,
    httpx.LocalProtocolError: APILocalProtocolError,
    httpx.ProxyError: APIProxyError,
    httpx.UnsupportedProtocol: APIUnsupportedProtocolError,
    httpx.DecodingError: APIDecodingError,
    httpx.TooManyRedirects: APITooManyRedirectsError,
}


def transport_class(exc: BaseException) -> type[APIConnectionError]:
    """Our class for an httpx failure: the most specific one that is also ``type(exc)``'s httpx class."""
    for klass in type(exc).__mro__:
        found = TRANSPORT_ERRORS.get(klass)
        if found is not None:
            return found
    return APIConnectionError

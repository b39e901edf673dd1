"""The whole exception tree in one place; :mod:`openrouter.errors` is its public face and draws it.

Under :class:`OpenRouterError`: an error status (:class:`APIStatusError`), a refused 2XX, no answer
(:class:`NoResponseError`, also httpx's classes), a misuse caught before sending; then the status and
httpx tables. Every error pickles without the live response and request (they hold the key)."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._retry_after import parse_retry_after

if TYPE_CHECKING:
    from openrouter_credits_api.models import (
        ForbiddenResponse,
        GoneResponse,
        InternalServerResponse,
        UnauthorizedResponse,
    )

#: Attributes never pickled: the live response and request (they hold the API key in their headers).
_LIVE = ("raw_response", "_request")


def _cap(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the last one an ellipsis when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _response_text(response: httpx.Response) -> str:
    """The body as text, or "" when it was never read (a streamed response)."""
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", errors="replace")
    except httpx.StreamError:
        return ""


def _restore(cls: type[OpenRouterError], args: tuple[Any, ...]) -> OpenRouterError:
    error = cls.__new__(cls)
    error.args = args
    return error


class OpenRouterError(Exception):
    """Base class of every error the client raises.

    ``OpenRouterError(message, raw_response=None, body=None)`` as in the official SDK; with a response,
    ``status_code``, ``headers``, ``body`` and ``retry_after`` are read from it unless given.

    Attributes:
        message: what went wrong; for an error status, the server's own message when it sent one.
        status_code: the HTTP status, or None when no answer arrived.
        body: the response body as text ("" when none).
        headers: the response headers (case-insensitive), or None.
        raw_response: the ``httpx.Response``, or None (not kept when the error is pickled).
        retry_after: seconds the server asked to wait (``retry-after-ms`` / ``Retry-After``), or None.
    """

    message: str
    status_code: int | None
    body: str
    headers: httpx.Headers | None
    raw_response: httpx.Response | None
    retry_after: float | None
    #: The fuller text ``str(error)`` shows (``display=``, given by the client; else ``message``).
    _display: str | None

    def __init__(
        self,
        message: str,
        raw_response: httpx.Response | None = None,
        body: str | None = None,
        *,
        status_code: int | None = None,
        headers: httpx.Headers | None = None,
        retry_after: float | None = None,
        display: str | None = None,
    ) -> None:
        super().__init__(message)
        if raw_response is not None:
            if status_code is None:
                status_code = raw_response.status_code
            if headers is None:
                headers = raw_response.headers
            if body is None:
                body = _response_text(raw_response)
        if retry_after is None and headers is not None:
            retry_after = parse_retry_after(headers)
        self.message = message
        self.status_code = status_code
        self.body = body or ""
        self.headers = headers
        self.raw_response = raw_response
        self.retry_after = retry_after
        if display is not None:
            self._display = display

    def __str__(self) -> str:
        return self.__dict__.get("_display") or self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={_cap(self.message, 300)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable for multiprocessing and task queues: everything but the live response and request.
        state = {k: v for k, v in self.__dict__.items() if k not in _LIVE}
        data = state.get("data")
        if data is not None and hasattr(data, "to_dict"):
            # A generated model marks absent fields with the UNSET singleton, which pickle would copy
            # into a look-alike that is not UNSET: the model travels as its JSON dict instead.
            state["data"] = None
            state["_data_model"] = (type(data), data.to_dict())
        return (_restore, (type(self), self.args), state)

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        for name in _LIVE:
            self.__dict__.setdefault(name, None)
        model = self.__dict__.pop("_data_model", None)
        if model is not None:
            cls, value = model
            self.__dict__["data"] = cls.from_dict(value)


class APIStatusError(OpenRouterError):
    """Base of the errors for an answer with an error status (4XX/5XX, or an unexpected 1XX/3XX):
    ``status_code``, ``body``, ``headers`` and ``raw_response`` are the answer's. The server said no."""


class OpenRouterDefaultError(APIStatusError):
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


class _EnvelopeError(APIStatusError):
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


class ReadOnlyError(InvalidArgumentError, InvalidArgumentTypeError, dataclasses.FrozenInstanceError):
    """Raised when a value that cannot change is set (a shared default, ``client.sdk_configuration``):
    an ``AttributeError`` as a frozen dataclass raises, and the ``InvalidArgument(Type)Error`` of before."""


#: The status → class table; any other error status is an :class:`OpenRouterDefaultError`.
STATUS_ERRORS: dict[int, type[_EnvelopeError]] = {
    cls.status: cls
    for cls in (
        UnauthorizedResponseError,
        ForbiddenResponseError,
        GoneResponseError,
        InternalServerResponseError,
    )
}


# --- no answer: each class is also the httpx exception class of its cause --------------------


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

    ``last_error``: when the deadline ended a call that was retrying, the failure being retried (an
    :class:`APIStatusError` when it was an answer: its status, body and headers are there), else None.
    The timeout's own ``status_code`` is None: it got no answer.
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

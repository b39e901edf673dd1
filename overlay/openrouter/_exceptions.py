"""The base of every error the client raises (:class:`OpenRouterError`) and the helpers its
subclasses share. Public through :mod:`openrouter.errors`."""

from __future__ import annotations

from typing import Any

import httpx

from ._retry_after import parse_retry_after

__all__ = ["OpenRouterError"]

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

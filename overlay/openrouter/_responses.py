"""Turning an answer (or its absence) into a typed result or an :class:`~openrouter.errors.OpenRouterError`.

Pure functions of the request path: the generated module's ``_parse_response`` builds the models, these
check them and choose the error class, message and fields.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _retry
from .errors import (
    STATUS_ERRORS,
    APIConnectionError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseValidationError,
    transport_class,
)

if TYPE_CHECKING:
    from ._client import _Call

T = TypeVar("T")

_PARSE_CLIENT: Any = None


def parse_client() -> Any:
    """The generated ``Client`` that ``_parse_response`` wants (only its flags are read)."""
    global _PARSE_CLIENT
    if _PARSE_CLIENT is None:
        from openrouter_credits_api.client import Client

        _PARSE_CLIENT = Client(base_url="", raise_on_unexpected_status=False)
    return _PARSE_CLIENT


def parse(call: _Call[T], response: httpx.Response) -> T:
    """The typed body of a 2XX answer, checked against the schema."""
    from . import _validate

    success = call.op.success
    try:
        parsed = call.op.module._parse_response(client=parse_client(), response=response)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:  # deep JSON nesting
        raise invalid(call, response, f"{type(exc).__name__}: {exc}") from exc
    if success is None:
        return None  # type: ignore[return-value]  # an operation without a documented body
    if not isinstance(parsed, success):
        raise invalid(call, response, "not the documented response")
    problem = _validate.problem(parsed)
    if problem:
        raise invalid(call, response, problem)
    return cast(T, parsed)


def invalid(call: _Call[Any], response: httpx.Response, why: str) -> ResponseValidationError:
    """The error for a 2XX whose body is not the documented one; ``why`` becomes its ``cause``."""
    body = text(response)
    error = ResponseValidationError(
        f"{call.method} {call.url} answered {response.status_code} with a body that does not match "
        "the API schema",
        response,
        ValueError(why),
        body,
    )
    error._display = f"{error.message} (body: {snippet(body)!r})"
    return error


def text(response: httpx.Response) -> str:
    """The body as text, whatever the charset claims (``.text`` raises for UTF-16 without a BOM)."""
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", errors="replace")


def snippet(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def server_message(response: httpx.Response) -> str | None:
    """``error.message`` from an OpenRouter error envelope, if the body is one."""
    if not response.content or "json" not in response.headers.get("content-type", "json"):
        return None
    try:
        message = response.json()["error"]["message"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        return None
    return message if isinstance(message, str) else None


def status_error(call: _Call[Any], response: httpx.Response) -> OpenRouterError:
    """The error for a non-2XX answer: the class follows the status, ``data`` the parsed envelope.

    ``message`` is the server's own message (as in the official SDK) when the body is the documented
    envelope; ``str(error)`` adds the status, the reason and the operation's hint for that status.
    """
    from . import _validate

    status = response.status_code
    phrase = response.reason_phrase or "Error"
    # The server's message is capped too: a huge body stays in ``.body``, not in every log line.
    body = text(response)
    server = server_message(response)
    detail = snippet(server or "", 1000) or snippet(body) or "(empty body)"
    display = f"{status} {phrase}: {detail}"
    hint = call.op.hints.get(status)
    if hint:
        display = f"{display} ({hint})"
    # ``message`` keeps the server's own text (capped too; the whole of it is in ``data`` and ``body``).
    if not server or not server.strip():
        message = display
    else:
        message = server if len(server) <= 1000 else server[:999] + "…"
    fields: dict[str, Any] = {"retry_after": _retry.parse_retry_after(response.headers)}
    cls = STATUS_ERRORS.get(status)
    error: OpenRouterError
    if cls is None:
        error = OpenRouterDefaultError(message, response, body, **fields)
    else:
        data = None
        try:
            parsed = call.op.module._parse_response(client=parse_client(), response=response)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            parsed = None
        if parsed is not None and _validate.problem(parsed) is None:
            data = parsed
        error = cls(data, response, body, message=message, **fields)
    error._display = display
    return error


#: Failures that another attempt would only repeat: a request httpx cannot send, an undecodable body.
NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.DecodingError)


def transport_error(call: _Call[Any], exc: httpx.HTTPError) -> APIConnectionError:
    """The error for a request that got no answer (the httpx exception becomes its ``__cause__``).

    Its class is also ``exc``'s httpx class (``APIConnectError`` is an ``httpx.ConnectError``, ...).
    """
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.DecodingError):
        message = (
            f"{call.method} {call.url} answered with a body that could not be decoded "
            f"(its Content-Encoding does not match): {detail}"
        )
    elif isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        message = f"{call.method} {call.url} could not be sent: {detail}"
    elif isinstance(exc, httpx.TimeoutException):
        message = f"{call.method} {call.url} timed out ({type(exc).__name__}): {detail}"
    else:
        message = f"{call.method} {call.url} failed, no answer from the server: {detail}"
    error = transport_class(exc)(message)
    with contextlib.suppress(RuntimeError):  # httpx raised it without a request
        error.request = exc.request
    return error

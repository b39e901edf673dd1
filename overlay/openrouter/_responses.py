"""Turning an answer (or its absence) into a typed result or an :class:`~openrouter.errors.OpenRouterError`.

Pure functions of the request path: the generated module's ``_parse_response`` builds the models, these
check them and choose the error class, message and fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _retry
from .errors import (
    STATUS_ERRORS,
    APIConnectionError,
    APITimeoutError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseValidationError,
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
    body = text(response)
    return ResponseValidationError(
        f"{call.method} {call.url} answered {response.status_code} with a body that does not match "
        f"the API schema ({why}): {snippet(body)!r}",
        status_code=response.status_code,
        body=body,
        headers=response.headers,
        raw_response=response,
    )


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
    """The error for a non-2XX answer: the class follows the status, ``data`` the parsed envelope."""
    from . import _validate

    status = response.status_code
    phrase = response.reason_phrase or "Error"
    # The server's message is capped too: a huge body stays in ``.body``, not in every log line.
    body = text(response)
    detail = snippet(server_message(response) or "", 1000) or snippet(body) or "(empty body)"
    message = f"{status} {phrase}: {detail}"
    hint = call.op.hints.get(status)
    if hint:
        message = f"{message} ({hint})"
    fields: dict[str, Any] = {
        "status_code": status,
        "body": body,
        "headers": response.headers,
        "raw_response": response,
        "retry_after": _retry.parse_retry_after(response.headers),
    }
    cls = STATUS_ERRORS.get(status)
    if cls is None:
        return OpenRouterDefaultError(message, **fields)
    data = None
    try:
        parsed = call.op.module._parse_response(client=parse_client(), response=response)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        parsed = None
    if parsed is not None and _validate.problem(parsed) is None:
        data = parsed
    return cls(message, data=data, **fields)


#: Failures that another attempt would only repeat: a request httpx cannot send, an undecodable body.
NEVER_RETRIED = (httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.DecodingError)


def transport_error(call: _Call[Any], exc: httpx.HTTPError) -> APIConnectionError:
    """The error for a request that got no answer (the httpx exception becomes its ``__cause__``)."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.DecodingError):
        return APIConnectionError(
            f"{call.method} {call.url} answered with a body that could not be decoded "
            f"(its Content-Encoding does not match): {detail}"
        )
    if isinstance(exc, httpx.LocalProtocolError | httpx.UnsupportedProtocol):
        return APIConnectionError(f"{call.method} {call.url} could not be sent: {detail}")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{call.method} {call.url} timed out ({type(exc).__name__}): {detail}")
    return APIConnectionError(f"{call.method} {call.url} failed, no answer from the server: {detail}")

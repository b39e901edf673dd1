"""What an attempt's outcome becomes: the typed result of a 2XX answer, or the error for every other
outcome (an error status, a 2XX refused, a redirect not followed, no answer, the deadline).

Pure functions of the request path, called by :mod:`._steps`; the answer itself (read, decoded, its
strict JSON) is :class:`._responses.Answer`. Which failures retry: :mod:`._retry`.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from ._exceptions import (
    STATUS_ERRORS,
    APIConnectionError,
    APITimeoutError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseTooLargeError,
    ResponseValidationError,
    _cap,
    transport_class,
)
from ._responses import Answer, server_message, snippet, text
from ._retry import tls_failure

if TYPE_CHECKING:
    import ssl

    from ._call import Call as _Call

T = TypeVar("T")


class _Flags:
    """What ``_parse_response`` reads of the generated ``Client``: one flag (no need to import it)."""

    raise_on_unexpected_status = False


_FLAGS = _Flags()


def _model(call: _Call[Any], answer: Answer) -> Any:
    """The generated models for this answer, its JSON checked against the schema first (``SchemaError``
    naming the field), or raise what the JSON parser raised. A status the document gives no JSON body
    is not parsed as JSON: the generated parser returns what it documents (None for a bodiless 200)."""
    validator = call.op.validator(answer.status_code)
    if validator is not None:
        call.op.validate(answer.status_code, answer.json())
    return call.op.parse_response(client=_FLAGS, response=answer)


def parse(call: _Call[T], answer: Answer) -> T:
    """The typed body of a 2XX answer: checked against the schema, then parsed by the generated models."""
    success = call.op.success
    try:
        parsed = _model(call, answer)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:  # deep JSON nesting
        raise invalid(call, answer, exc) from exc
    if success is None:
        return None  # type: ignore[return-value]  # an operation without a documented body
    if not isinstance(parsed, success):
        raise invalid(call, answer, ValueError("not the documented response"))
    return cast(T, parsed)


def invalid(call: _Call[Any], answer: Answer, why: BaseException) -> ResponseValidationError:
    """The error for a 2XX whose body is not the documented one; ``why`` becomes its ``cause``
    (a ``SchemaError`` naming the field, or the JSON parser's error)."""
    body = text(answer)
    message = (
        f"{call.method} {call.url} answered {answer.status_code} with a body that does not match "
        "the API schema"
    )
    display = f"{message}: {why} (body: {snippet(body)!r})"
    return ResponseValidationError(message, answer.full(), why, body, display=display)


def status_error(call: _Call[Any], answer: Answer) -> OpenRouterError:
    """The error for a non-2XX answer: the class follows the status, ``data`` the parsed envelope.

    ``message`` is the server's own message (as in the official SDK) when the body is the documented
    envelope; ``str(error)`` adds the status, the reason and the operation's hint for that status.
    """
    status = answer.status_code
    phrase = answer.response.reason_phrase or "Error"
    # The server's message is capped too: a huge body stays in ``.body``, not in every log line.
    body = text(answer)
    server = server_message(answer)
    detail = snippet(server or "", 1000) or snippet(body) or "(empty body)"
    display = f"{status} {phrase}: {detail}"
    hint = call.op.hints.get(status)
    if hint:
        display = f"{display} ({hint})"
    if answer.truncated:
        display = f"{display} (body cut at {len(answer.content)} bytes: max_response_bytes)"
    # ``message`` keeps the server's own text (capped too; the whole of it is in ``data`` and ``body``).
    message = _cap(server, 1000) if server and server.strip() else display
    # The error reads status, headers and ``retry_after`` from the response itself.
    response = answer.full()
    cls = STATUS_ERRORS.get(status)
    if cls is None:
        return OpenRouterDefaultError(message, response, body, display=display)
    try:
        data = _model(call, answer)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        data = None
    return cls(data, response, body, message=message, display=display)


def too_large(call: _Call[Any], answer: Answer) -> ResponseTooLargeError:
    """The error for a 2XX answer longer than ``max_response_bytes`` (it is not read further)."""
    return ResponseTooLargeError(
        f"{call.method} {call.url} answered {answer.status_code} with a body larger than the limit of "
        f"{len(answer.content)} bytes (max_response_bytes); it was not read further",
        answer.full(),
        text(answer),
    )


def redirect_error(call: _Call[Any], answer: Answer, target: httpx.URL | None, why: str) -> OpenRouterError:
    """The error for a redirect that is not followed (``target`` None: no usable ``Location``)."""
    where = "no usable Location" if target is None else f"to {target.scheme}://{target.host}"
    if target is not None and target.port:
        where += f":{target.port}"
    return OpenRouterDefaultError(
        f"{call.method} {call.url} answered {answer.status_code} {answer.response.reason_phrase or ''} "
        f"({where}): not followed, {why}",
        answer.full(),
        text(answer),
    )


# --- failures without an answer ------------------------------------------------------------------------

#: What to check when a proxy from the environment failed.
_PROXY_HINT = "check the proxy settings (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY)"


def _tls_message(call: _Call[Any], tls: ssl.SSLError) -> str:
    reason = getattr(tls, "verify_message", None) or getattr(tls, "reason", None) or str(tls)
    where = f"{call.method} {call.url}"
    if isinstance(tls, sys.modules["ssl"].SSLCertVerificationError):  # loaded: it raised ``tls``
        return (
            f"{where} failed: the server's TLS certificate could not be verified ({reason}). If a "
            "corporate proxy or a private CA signs it, set SSL_CERT_FILE (or SSL_CERT_DIR) to a CA "
            f"bundle that includes that CA; if a proxy intercepts HTTPS, {_PROXY_HINT}. Not retried."
        )
    return (
        f"{where} failed: the TLS handshake failed ({reason}). Check that server_url's scheme and "
        f"port speak HTTPS, the CA bundle (SSL_CERT_FILE, SSL_CERT_DIR), and {_PROXY_HINT}. Not retried."
    )


def transport_error(call: _Call[Any], exc: httpx.HTTPError, received: bool = False) -> APIConnectionError:
    """The error for a request that got no usable answer (the httpx exception becomes its ``__cause__``).

    Its class is also ``exc``'s httpx class (``APIConnectError`` is an ``httpx.ConnectError``, ...);
    its message says what to fix when a retry cannot help (the CA bundle, the proxy, the URL).
    """
    detail = str(exc) or type(exc).__name__
    tls = tls_failure(exc) if isinstance(exc, httpx.ConnectError) else None
    if tls is not None:
        message = _tls_message(call, tls)
    elif isinstance(exc, httpx.DecodingError):
        message = (
            f"{call.method} {call.url} answered with a body that could not be decoded "
            f"(its Content-Encoding does not match): {detail}"
        )
    elif isinstance(exc, httpx.UnsupportedProtocol):
        message = (
            f"{call.method} {call.url} could not be sent: {detail} (server_url and redirects must be "
            "http:// or https:// URLs)"
        )
    elif isinstance(exc, httpx.LocalProtocolError):
        message = f"{call.method} {call.url} could not be sent: {detail}"
    elif isinstance(exc, httpx.TimeoutException):
        message = f"{call.method} {call.url} timed out ({type(exc).__name__}): {detail}"
    elif isinstance(exc, httpx.ProxyError):
        message = f"{call.method} {call.url} failed at the proxy: {detail} ({_PROXY_HINT})"
    elif isinstance(exc, httpx.RemoteProtocolError) and received:
        message = f"{call.method} {call.url} answered with a malformed response: {detail}"
    else:
        message = f"{call.method} {call.url} failed, no answer from the server: {detail}"
    error = transport_class(exc)(message)
    with contextlib.suppress(RuntimeError):  # httpx raised it without a request
        error.request = exc.request
    return error


def deadline_error(
    call: _Call[Any],
    seconds: float,
    attempts: int,
    last: OpenRouterError | None,
    cause: httpx.HTTPError | None = None,
) -> APITimeoutError:
    """The error when the call's deadline (the retry budget or the one attempt's limit) is reached;
    its class follows the timeout that hit it (``APIReadTimeoutError`` is an ``httpx.ReadTimeout``).
    ``last_error`` is the failure that was being retried (a lasting 500 is ``last_error.status_code``);
    the timeout itself got no answer, so its own ``status_code`` is None."""
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    message = (
        f"{call.method} {call.url} timed out: the call's deadline was reached "
        f"after {seconds:.1f} s and {tries}"
    )
    if last is not None and not isinstance(last, APITimeoutError):
        message += f" (last failure: {snippet(str(last), 300)})"
    if not isinstance(cause, httpx.TimeoutException):
        error: APITimeoutError = APITimeoutError(message)
    else:
        built = transport_class(cause)(message)
        assert isinstance(built, APITimeoutError)
        error = built
        with contextlib.suppress(RuntimeError):
            error.request = cause.request
    error.last_error = last
    return error

"""Turning an answer (or its absence) into a typed result or an :class:`~openrouter.errors.OpenRouterError`.

Pure functions of the request path. The body arrives read and decoded (``_body.read``); it is parsed
as strict JSON once, and the generated module's ``_parse_response`` builds the models from it. The
functions here choose the error class, message and fields (which failures retry: :mod:`._retry`).
"""

from __future__ import annotations

import contextlib
import json
import math
import sys
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from ._error_base import _cap
from ._retry import tls_failure
from .errors import (
    STATUS_ERRORS,
    APIConnectionError,
    APITimeoutError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseTooLargeError,
    ResponseValidationError,
    transport_class,
)

if TYPE_CHECKING:
    import ssl

    from ._operation import Call as _Call

T = TypeVar("T")


class _Flags:
    """What ``_parse_response`` reads of the generated ``Client``: one flag (no need to import it)."""

    raise_on_unexpected_status = False


_FLAGS = _Flags()


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"{text[:40]} overflows to infinity")
    return value


def loads(body: bytes) -> Any:
    """Strict JSON: ``NaN``/``Infinity`` and numbers that overflow to infinity are refused."""
    return json.loads(body, parse_constant=_no_constant, parse_float=_finite)


class Answer:
    """A read answer, shaped as ``_parse_response`` reads an ``httpx.Response`` (status, json, content)."""

    __slots__ = ("_full", "_json", "content", "headers", "response", "status_code", "truncated")

    def __init__(self, response: httpx.Response, content: bytes, truncated: bool = False) -> None:
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = content
        #: The body was longer than ``max_response_bytes``: ``content`` holds its beginning only.
        self.truncated = truncated
        self._full: httpx.Response | None = None
        self._json: tuple[Any, Exception | None] | None = None

    def json(self) -> Any:
        """The body as strict JSON, parsed once (an error body is read for its message and its model)."""
        if self._json is None:
            try:
                self._json = (loads(self.content), None)
            except (ValueError, RecursionError) as exc:
                self._json = (None, exc)
        value, error = self._json
        if error is not None:
            raise error
        return value

    def discard_connection(self) -> None:
        """Keep the connection this answer came on out of the pool (the overlay's own pools): a body
        that did not parse may be an answer that did not frame, its rest left on the connection."""
        discard = getattr(self.response.extensions.get("network_stream"), "discard", None)
        if callable(discard):
            discard()

    def full(self) -> httpx.Response:
        """A complete ``httpx.Response`` holding the decoded body, for ``raw_response`` on errors."""
        if self._full is not None:
            return self._full
        drop = (b"content-encoding", b"content-length")  # the body below is decoded, maybe cut
        headers = [(k, v) for k, v in self.headers.raw if k.lower() not in drop]
        self._full = httpx.Response(
            self.status_code,
            headers=headers,
            content=self.content,
            request=self.response.request,
            extensions=self.response.extensions,
        )
        return self._full


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


def text(answer: Answer) -> str:
    """The body as text: UTF-8 (what JSON is) when it decodes so, else the declared charset, else
    UTF-8 with replacement characters (a wrong or unknown charset never raises)."""
    try:
        return answer.content.decode("utf-8")
    except UnicodeError:
        pass
    try:
        return answer.content.decode(answer.response.charset_encoding or "utf-8")
    except (UnicodeError, LookupError):
        return answer.content.decode("utf-8", errors="replace")


def snippet(text: str, limit: int = 200) -> str:
    return _cap(" ".join(text.split()), limit)


def server_message(answer: Answer) -> str | None:
    """``error.message`` from an OpenRouter error envelope, if the body is one."""
    if not answer.content or "json" not in answer.headers.get("content-type", "json"):
        return None
    try:
        message = answer.json()["error"]["message"]
    except (ValueError, KeyError, TypeError, IndexError, RecursionError):
        return None
    return message if isinstance(message, str) else None


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
    ``last_error`` is the failure that was being retried; when that was an answer, its status, body and
    headers are the error's own (a lasting 500 still reads ``status_code == 500``)."""
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
    if last is not None and last.status_code is not None:
        # The answer that was being retried (a 500, say): still there to branch on.
        error.status_code, error.body, error.headers = last.status_code, last.body, last.headers
        error.raw_response, error.retry_after = last.raw_response, last.retry_after
    error.last_error = last
    return error

"""Argument checks: every one runs before any request is sent, and none shows a secret."""

from __future__ import annotations

import ipaddress
import os
import re
import warnings
from collections.abc import Callable, Mapping

import httpx

from ._constants import DEFAULT_SERVER_URL, SERVERS
from .errors import InvalidArgumentError, InvalidArgumentTypeError
from .utils import RetryConfig


def header_value(name: str, value: object, *, show: bool = True) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"{name} must be a str or None, got {type(value).__name__}")
    if not sendable(value):
        # An extra header may carry a credential (Authorization, X-Api-Key): its value is not shown.
        got = f"got {value!r}" if show else "the value is not shown"
        raise InvalidArgumentError(
            f"{name} must be printable ASCII on one line without surrounding whitespace "
            f"(HTTP header values); {got}"
        )
    return value


def sendable(value: str) -> bool:
    """Whether httpx can send ``value`` as a header value; else it fails (and was retried) unsent."""
    return value.isascii() and value.replace("\t", " ").isprintable() and value == value.strip(" \t")


def check_key(key: str, source: str) -> None:
    """Refuse a key that cannot be sent as a header; the message never shows the key."""
    if not sendable(key):
        raise InvalidArgumentError(
            f"{source} is not a valid API key: it must be printable ASCII without line breaks or "
            "surrounding whitespace (strip the key you read)"
        )


def api_key(value: object) -> str | Callable[[], str] | None:
    """The ``api_key`` argument: a str or a callable returning one; empty, blank or None falls back to
    ``OPENROUTER_API_KEY`` from the environment, and None means no key at all."""
    if value is not None and not (isinstance(value, str) or callable(value)):
        raise InvalidArgumentTypeError(
            f"api_key must be a str or a callable returning one, got {type(value).__name__}"
        )
    if value is None or (isinstance(value, str) and not value.strip()):
        key = os.environ.get("OPENROUTER_API_KEY") or None
        if key is not None:
            check_key(key, "the OPENROUTER_API_KEY environment variable")
        return key
    if isinstance(value, str):
        check_key(value, "api_key")
    return value  # a callable: its result is checked at each call


def max_response_bytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError(f"max_response_bytes must be an int, got {type(value).__name__}")
    if value < 1:
        raise InvalidArgumentError(f"max_response_bytes must be >= 1, got {value!r}")
    return value


#: An HTTP header name (RFC 9110 token). The patterns here are compiled on first use (re's cache), not
#: when the module loads: a call without extra headers or placeholders needs neither.
HEADER_NAME = r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"


def extra_headers(value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgumentTypeError(
            f"http_headers must be a mapping of str to str, got {type(value).__name__}"
        )
    out = {}
    for name, item in value.items():
        if not isinstance(name, str) or not re.fullmatch(HEADER_NAME, name):
            raise InvalidArgumentError(f"http_headers has an invalid header name: {name!r}")
        checked = header_value(f"http_headers[{name!r}]", item, show=False)
        if checked is None:
            raise InvalidArgumentTypeError(f"http_headers[{name!r}] must be a str, got None")
        out[name] = checked
    return out


def timeout(value: object) -> httpx.Timeout | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidArgumentTypeError(
            f"timeout_ms must be a number of milliseconds, got {type(value).__name__}"
        )
    if not value > 0 or value == float("inf"):
        raise InvalidArgumentError(f"timeout_ms must be a finite number > 0, got {value!r}")
    return httpx.Timeout(value / 1000)


def retry_config(value: object) -> RetryConfig | None:
    if value is None or isinstance(value, RetryConfig):
        return value
    raise InvalidArgumentTypeError(f"retries must be a utils.RetryConfig or None, got {type(value).__name__}")


#: A ``{name}`` placeholder of a server URL (the official SDK's ``url_params``).
PLACEHOLDER = r"\{[^{}/]*\}"


def server_url(value: object) -> str:
    """Check a server URL; refuse plain http to a remote host, where the key would travel in clear."""
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(f"server_url must be a str, got {type(value).__name__}")
    placeholder = re.search(PLACEHOLDER, value) if "{" in value else None
    if placeholder is not None:
        # url_params did not fill it: it would be sent percent-encoded, to a path that does not exist.
        raise InvalidArgumentError(
            f"server_url has the placeholder {placeholder.group()} that url_params does not fill"
        )
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidArgumentError(f"server_url is not a valid URL: {value!r}") from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidArgumentError(
            f"server_url must be an absolute http(s) URL such as {DEFAULT_SERVER_URL!r}, got {value!r}"
        )
    if url.userinfo:
        raise InvalidArgumentError("server_url must not contain credentials; use api_key")
    if url.scheme == "http" and not is_loopback(url.host):
        raise InvalidArgumentError(
            f"server_url {value!r} uses plain http to a remote host: the API key would travel "
            "unencrypted. Use https (plain http is accepted for loopback addresses only)."
        )
    return value.rstrip("/")


def base_url(server: object, url_params: object, url: str | None) -> str:
    """The base URL from ``server_url`` (with ``url_params`` filled in) or the named ``server``; an empty
    ``server_url`` is not given (as in the official SDK: ``server_url=os.getenv("...", "")`` works)."""
    if url is None or url == "":
        if server is None:
            return DEFAULT_SERVER_URL
        if server not in SERVERS:
            raise InvalidArgumentError(f"server must be one of {sorted(SERVERS)}, got {server!r}")
        return SERVERS[server]
    if url_params is not None:
        if not isinstance(url_params, Mapping) or not isinstance(url, str):
            raise InvalidArgumentTypeError(f"url_params must be a mapping, got {type(url_params).__name__}")
        for name, value in url_params.items():
            url = url.replace("{" + str(name) + "}", str(value))
    return server_url(url)


def http_clients(client: object, async_client: object) -> None:
    """``client`` and ``async_client`` follow the protocols (or are None)."""
    if client is None and async_client is None:
        return
    from ._types import AsyncHttpClient, HttpClient  # loads with the first client given

    if client is not None and not isinstance(client, HttpClient):
        raise InvalidArgumentTypeError(
            "client must be an httpx.Client or have send(), build_request() and close(), "
            f"got {type(client).__name__}"
        )
    if async_client is not None and not isinstance(async_client, AsyncHttpClient):
        raise InvalidArgumentTypeError(
            "async_client must be an httpx.AsyncClient or have send(), build_request() and aclose(), "
            f"got {type(async_client).__name__}"
        )


def debug_logger(value: object) -> object:
    """``debug_logger``: None or an object with ``debug(msg, *args)``."""
    if value is not None and not callable(getattr(value, "debug", None)):
        raise InvalidArgumentTypeError(
            f"debug_logger must have a debug(msg, *args) method, got {type(value).__name__}"
        )
    return value


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def alias_x_title(x_title: str | None, x_open_router_title: str | None, stacklevel: int) -> str | None:
    """``x_title`` is the old name of ``x_open_router_title``: accepted with a DeprecationWarning."""
    if x_title is None:
        return x_open_router_title
    if x_open_router_title is not None:
        raise InvalidArgumentError(
            "pass x_open_router_title only: x_title is its deprecated alias, not a second title"
        )
    warnings.warn(
        "x_title is deprecated and will be removed in 1.0; use x_open_router_title instead",
        DeprecationWarning,
        stacklevel=stacklevel + 1,
    )
    return x_title


def attribution(
    http_referer: str | None, x_open_router_title: str | None, x_open_router_categories: str | None
) -> dict[str, str]:
    """The attribution headers given, as the generated ``_get_kwargs`` keyword arguments."""
    values = {
        "http_referer": header_value("http_referer", http_referer),
        "x_open_router_title": header_value("x_open_router_title", x_open_router_title),
        "x_open_router_categories": header_value("x_open_router_categories", x_open_router_categories),
    }
    return {k: v for k, v in values.items() if v is not None}

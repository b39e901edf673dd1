"""Types shared by the client and the operations: per-call options, the HTTP client protocols.

Per-call options are declared once, in :class:`CallOptions`; every operation method takes them as
``**options: Unpack[CallOptions]`` (PEP 692), so editors and mypy still see each keyword.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypedDict, runtime_checkable

if TYPE_CHECKING:
    import httpx

    from .utils import RetryConfig

__all__ = ["AsyncHttpClient", "CallOptions", "HttpClient"]


class CallOptions(TypedDict, total=False):
    """Keyword arguments every operation accepts; each applies to that call only.

    ``http_referer``, ``x_open_router_title``, ``x_open_router_categories`` override the client's
    attribution headers; ``retries`` replaces its retry policy (an explicit ``None``: no retries, one
    attempt); ``server_url`` and ``timeout_ms`` (each attempt, in milliseconds) replace the client's;
    ``http_headers`` adds headers; ``x_title`` is the deprecated alias of ``x_open_router_title``.
    """

    http_referer: str | None
    x_open_router_title: str | None
    x_open_router_categories: str | None
    retries: RetryConfig | None
    server_url: str | None
    timeout_ms: float | None
    http_headers: Mapping[str, str] | None
    x_title: str | None


#: The keywords an operation accepts.
OPTION_NAMES = frozenset(CallOptions.__annotations__)


class _BuildsRequests(Protocol):
    """``build_request`` as httpx's clients have it: shared by both protocols."""

    def build_request(
        self,
        method: str,
        url: Any,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any | None = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = ...,
        extensions: Any = None,
    ) -> httpx.Request:
        """Build a request (the overlay passes ``headers=`` and ``extensions=``)."""
        ...


@runtime_checkable
class HttpClient(_BuildsRequests, Protocol):
    """What ``OpenRouter(client=...)`` accepts: ``httpx.Client`` or any object with ``send``,
    ``build_request`` and ``close`` (the official SDK's protocol: wrappers for metrics, recording,
    proxies)."""

    def send(
        self, request: httpx.Request, *, stream: bool = False, auth: Any = ..., follow_redirects: Any = ...
    ) -> httpx.Response:
        """Send a built request and return its response."""
        ...

    def close(self) -> None:
        """Release the client's connections."""
        ...


@runtime_checkable
class AsyncHttpClient(_BuildsRequests, Protocol):
    """What ``OpenRouter(async_client=...)`` accepts: ``httpx.AsyncClient`` or any object with ``send``
    (a coroutine), ``build_request`` and ``aclose``."""

    async def send(
        self, request: httpx.Request, *, stream: bool = False, auth: Any = ..., follow_redirects: Any = ...
    ) -> httpx.Response:
        """Send a built request and return its response."""
        ...

    async def aclose(self) -> None:
        """Release the client's connections."""
        ...

"""The Credits operations: thin methods over the one request path in ``_client``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ._client import Operation
from .utils import DEFAULT_RETRY, NO_RETRY, RetryConfig

if TYPE_CHECKING:
    from typing_extensions import deprecated

    from ._client import OpenRouter
    from .operations import GetCreditsResponse
else:

    def deprecated(message):  # the runtime warning is raised in the method body
        return lambda f: f


__all__ = ["Credits"]

_API = "openrouter_credits_api.api.credits_"
_COINBASE_REMOVED = (
    "create_coinbase_charge() is deprecated: Coinbase Commerce charges were removed from the "
    "OpenRouter API and the call always fails with GoneResponseError (410). Use the web credits "
    "purchase flow instead (https://openrouter.ai/settings/credits). It will be removed in 1.0."
)

GET_CREDITS: Operation[GetCreditsResponse] = Operation(
    f"{_API}.get_credits",
    "openrouter_credits_api.models.GetCreditsResponse",
    DEFAULT_RETRY,
    {
        401: "check the API key: api_key= or the OPENROUTER_API_KEY environment variable",
        403: "reading credits requires a management key, not an inference key: "
        "create one at https://openrouter.ai/settings/management-keys",
    },
)
CREATE_COINBASE_CHARGE: Operation[None] = Operation(
    f"{_API}.create_coinbase_charge",
    None,
    NO_RETRY,  # a POST that creates a charge is not idempotent: never retried unless asked
    {
        410: "Coinbase charges were removed; buy credits with the web credits purchase flow: "
        "https://openrouter.ai/settings/credits"
    },
)


class Credits:
    """Credit management: ``client.credits``."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def get_credits(
        self,
        *,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        x_title: str | None = None,
    ) -> GetCreditsResponse:
        """Get total credits purchased and used (``GET /credits``; needs a management key).

        Attribution headers passed here override the client's for this call; ``retries``,
        ``server_url``, ``timeout_ms`` and ``http_headers`` (extra headers) apply to this call only.

        Raises:
            errors.UnauthorizedResponseError: 401, no or a bad key.
            errors.ForbiddenResponseError: 403, the key is not a management key.
            errors.InternalServerResponseError: 500, once retries are spent.
            errors.OpenRouterDefaultError: any other 4XX/5XX; ``ResponseValidationError`` for a bad 2XX.
            errors.APIConnectionError: no answer (``APITimeoutError`` when it timed out).
        """
        c = self._client
        call = c._prepare(
            GET_CREDITS,
            http_referer,
            x_open_router_title,
            x_open_router_categories,
            retries,
            server_url,
            timeout_ms,
            http_headers,
            x_title,
        )
        return c._send(call)

    async def get_credits_async(
        self,
        *,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        x_title: str | None = None,
    ) -> GetCreditsResponse:
        """Async twin of :meth:`get_credits` (asyncio or trio)."""
        c = self._client
        call = c._prepare(
            GET_CREDITS,
            http_referer,
            x_open_router_title,
            x_open_router_categories,
            retries,
            server_url,
            timeout_ms,
            http_headers,
            x_title,
        )
        return await c._send_async(call)

    @deprecated(_COINBASE_REMOVED)
    def create_coinbase_charge(
        self,
        *,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        x_title: str | None = None,
    ) -> None:
        """Deprecated: Coinbase Commerce charges were removed; use the web credits purchase flow.

        Warns with ``DeprecationWarning`` and raises :class:`errors.GoneResponseError` (410). Not
        retried unless ``retries`` says so: the request is a POST.
        """
        _warn_coinbase()
        c = self._client
        call = c._prepare(
            CREATE_COINBASE_CHARGE,
            http_referer,
            x_open_router_title,
            x_open_router_categories,
            retries,
            server_url,
            timeout_ms,
            http_headers,
            x_title,
        )
        return c._send(call)

    @deprecated(_COINBASE_REMOVED)
    async def create_coinbase_charge_async(
        self,
        *,
        http_referer: str | None = None,
        x_open_router_title: str | None = None,
        x_open_router_categories: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        x_title: str | None = None,
    ) -> None:
        """Deprecated async twin of :meth:`create_coinbase_charge`."""
        _warn_coinbase()
        c = self._client
        call = c._prepare(
            CREATE_COINBASE_CHARGE,
            http_referer,
            x_open_router_title,
            x_open_router_categories,
            retries,
            server_url,
            timeout_ms,
            http_headers,
            x_title,
        )
        return await c._send_async(call)


def _warn_coinbase() -> None:
    import warnings

    warnings.warn(_COINBASE_REMOVED, DeprecationWarning, stacklevel=3)

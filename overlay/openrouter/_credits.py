"""The Credits operations: each is one :class:`Operation` and two short methods (sync and async)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Unpack

from ._call import CHECK_KEY, Operation, Run, RunAsync
from .utils import DEFAULT_RETRY, NO_RETRY

if TYPE_CHECKING:
    from typing_extensions import deprecated

    from ._types import CallOptions
    from .operations import GetCreditsResponse
else:

    def deprecated(message):  # the runtime warning is raised in the method body
        return lambda f: f


__all__ = ["Credits"]

_API = "openrouter_credits_api.api.credits_"

GET_CREDITS: Operation[GetCreditsResponse] = Operation(
    "getCredits",
    f"{_API}.get_credits",
    "openrouter_credits_api.models.GetCreditsResponse",
    DEFAULT_RETRY,
    {
        401: CHECK_KEY,
        403: "reading credits requires a management key, not an inference key: "
        "create one at https://openrouter.ai/settings/management-keys; what an inference key can "
        "still spend: api_keys.get_current_key_metadata() (GET /key)",
    },
    tags=("Credits",),
)
CREATE_COINBASE_CHARGE: Operation[None] = Operation(
    "createCoinbaseCharge",
    f"{_API}.create_coinbase_charge",
    None,
    NO_RETRY,  # a POST that creates a charge is not idempotent: never retried unless asked
    {
        410: "Coinbase charges were removed; buy credits with the web credits purchase flow: "
        "https://openrouter.ai/settings/credits"
    },
    tags=("Credits",),
)


class Credits:
    """Credit management: ``client.credits``. Every method takes the per-call options of
    :class:`~openrouter._types.CallOptions` as keywords (``http_referer``, ``x_open_router_title``,
    ``x_open_router_categories``, ``retries``, ``server_url``, ``timeout_ms``, ``http_headers``)."""

    def __init__(self, run: Run, run_async: RunAsync) -> None:
        self._run = run
        self._run_async = run_async

    def get_credits(self, **options: Unpack[CallOptions]) -> GetCreditsResponse:
        """Get total credits purchased and used (``GET /credits``; needs a management key).

        Raises:
            errors.UnauthorizedResponseError: 401, no or a bad key.
            errors.ForbiddenResponseError: 403, the key is not a management key.
            errors.InternalServerResponseError: 500, once retries are spent.
            errors.OpenRouterDefaultError: any other 4XX/5XX; ``ResponseValidationError`` for a bad 2XX.
            errors.APIConnectionError: no answer (``APITimeoutError`` when it timed out).
        """
        return self._run(GET_CREDITS, options)

    async def get_credits_async(self, **options: Unpack[CallOptions]) -> GetCreditsResponse:
        """Async twin of :meth:`get_credits` (asyncio or trio)."""
        return await self._run_async(GET_CREDITS, options)

    @deprecated(
        "create_coinbase_charge() is deprecated: Coinbase Commerce charges were removed from the "
        "OpenRouter API; use the web credits purchase flow (https://openrouter.ai/settings/credits)"
    )
    def create_coinbase_charge(self, **options: Unpack[CallOptions]) -> None:
        """Deprecated: Coinbase Commerce charges were removed; use the web credits purchase flow.

        Warns with ``DeprecationWarning`` and raises :class:`errors.GoneResponseError` (410). Not
        retried unless ``retries`` says so: the request is a POST.
        """
        _warn_coinbase()
        return self._run(CREATE_COINBASE_CHARGE, options)

    @deprecated(
        "create_coinbase_charge_async() is deprecated: Coinbase Commerce charges were removed from the "
        "OpenRouter API; use the web credits purchase flow (https://openrouter.ai/settings/credits)"
    )
    async def create_coinbase_charge_async(self, **options: Unpack[CallOptions]) -> None:
        """Deprecated async twin of :meth:`create_coinbase_charge`."""
        _warn_coinbase()
        return await self._run_async(CREATE_COINBASE_CHARGE, options)


#: The runtime warning (the ``@deprecated`` messages above are literals: type checkers need them so).
COINBASE_REMOVED = (
    "create_coinbase_charge() is deprecated: Coinbase Commerce charges were removed from the "
    "OpenRouter API and the call always fails with GoneResponseError (410). Use the web credits "
    "purchase flow instead (https://openrouter.ai/settings/credits). It will be removed in 1.0."
)


def _warn_coinbase() -> None:
    warnings.warn(COINBASE_REMOVED, DeprecationWarning, stacklevel=3)

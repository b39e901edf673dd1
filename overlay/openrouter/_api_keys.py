"""The API Keys operations (``client.api_keys``): one :class:`Operation` and two short methods each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ._call import CHECK_KEY, Operation, Run, RunAsync
from .utils import DEFAULT_RETRY

if TYPE_CHECKING:
    from ._types import CallOptions
    from .operations import GetCurrentKeyResponse

__all__ = ["APIKeys"]

GET_CURRENT_KEY: Operation[GetCurrentKeyResponse] = Operation(
    "getCurrentKey",
    "openrouter_credits_api.api.api_keys.get_current_key",
    "openrouter_credits_api.models.GetCurrentKeyResponse",
    DEFAULT_RETRY,
    {401: f"{CHECK_KEY}; an expired or disabled key is refused too"},
    tags=("API Keys",),
)


class APIKeys:
    """The key the client calls with: ``client.api_keys``. Methods take the per-call options of
    :class:`~openrouter._types.CallOptions` as keywords, as :class:`~openrouter._credits.Credits` does."""

    def __init__(self, run: Run, run_async: RunAsync) -> None:
        self._run = run
        self._run_async = run_async

    def get_current_key_metadata(self, **options: Unpack[CallOptions]) -> GetCurrentKeyResponse:
        """The calling key's label, limit, remaining limit, usage and expiry (``GET /key``; any key).

        Raises:
            errors.UnauthorizedResponseError: 401, no key, or a bad, expired or disabled one.
            errors.InternalServerResponseError: 500, once retries are spent.
            errors.OpenRouterDefaultError: any other 4XX/5XX; ``ResponseValidationError`` for a bad 2XX.
            errors.APIConnectionError: no answer (``APITimeoutError`` when it timed out).
        """
        return self._run(GET_CURRENT_KEY, options)

    async def get_current_key_metadata_async(self, **options: Unpack[CallOptions]) -> GetCurrentKeyResponse:
        """Async twin of :meth:`get_current_key_metadata` (asyncio or trio)."""
        return await self._run_async(GET_CURRENT_KEY, options)

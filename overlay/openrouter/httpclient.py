"""The HTTP client protocols under the official SDK's module name, for its custom-client recipe::

    from openrouter.httpclient import AsyncHttpClient, HttpClient

    class CustomClient(HttpClient):  # wraps an httpx.Client: metrics, recording, proxies
        ...

Any object with ``send``, ``build_request`` and ``close`` (``aclose`` for the async one) is accepted by
``OpenRouter(client=...)`` / ``OpenRouter(async_client=...)``; subclassing is optional.
"""

from ._types import AsyncHttpClient, HttpClient

__all__ = ["AsyncHttpClient", "HttpClient"]

"""The client's defaults, in one place (httpx and the standard library only: cheap to import)."""

import httpx

#: The API's base URL, and the named servers ``OpenRouter(server=...)`` accepts (the official SDK's list).
DEFAULT_SERVER_URL = "https://openrouter.ai/api/v1"
SERVERS = {"production": DEFAULT_SERVER_URL}

#: Per phase: connect 5 s, read / write / pool 20 s; an attempt as a whole also ends within 20 s.
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
#: httpx's 100 connections, all kept alive: httpcore closes an idle connection whenever the pool holds
#: more than ``max_keepalive_connections`` in total, so with httpx's 20, 32 threads reconnected per call.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
#: The largest answer read, after decoding: this API's answers are well under 1 KiB.
DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024
#: The encodings the body reader decodes (sent as ``Accept-Encoding``).
ACCEPT_ENCODING = "gzip, deflate"
#: Redirects followed per call (same origin only).
MAX_REDIRECTS = 5

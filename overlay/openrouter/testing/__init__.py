"""A local stand-in for the OpenRouter Credits API (and ``GET /key``), to test code that uses this client
without the network.

In-process (a real HTTP/1.1 server on 127.0.0.1, a free port, a background thread)::

    from openrouter import OpenRouter
    from openrouter.testing import Reply, StandIn

    with StandIn(management_keys={"sk-test"}, keys={"sk-ci": Key(limit=10, usage=2.5)}) as server:
        with OpenRouter(api_key="sk-test", server_url=server.url) as client:
            assert client.credits.get_credits().data.total_credits == 100.5
        with OpenRouter(api_key="sk-ci", server_url=server.url) as client:
            assert client.api_keys.get_current_key_metadata().data.limit_remaining == 7.5
        server.plan(Reply.error(503), Reply.rate_limited(retry_after=1), Reply.stall(2.0), Reply.dropped())
        ...                                   # each request consumes one scripted reply, then normal again
        assert len(server.requests) == 5      # every request is recorded (method, path, headers, body)

From a shell: ``python -m openrouter.testing --port 8787`` (see ``--help``); it prints the URL and
serves until Ctrl-C. ``import openrouter`` does not import this module.
"""

from ._budgets import RESET_INTERVALS, SCOPES, Budget
from ._keys import Key
from ._replies import GONE_MESSAGE, MESSAGES, RATE_LIMIT_EXCEEDED, UNKNOWN_KEY_MESSAGE, Reply, envelope
from ._standin import (
    BASE_PATH,
    DEFAULT_INFERENCE_KEY,
    DEFAULT_MANAGEMENT_KEY,
    DEFAULT_TOTAL_CREDITS,
    DEFAULT_TOTAL_USAGE,
    Recorded,
    StandIn,
)

__all__ = [
    "BASE_PATH",
    "DEFAULT_INFERENCE_KEY",
    "DEFAULT_MANAGEMENT_KEY",
    "DEFAULT_TOTAL_CREDITS",
    "DEFAULT_TOTAL_USAGE",
    "GONE_MESSAGE",
    "MESSAGES",
    "RATE_LIMIT_EXCEEDED",
    "RESET_INTERVALS",
    "SCOPES",
    "UNKNOWN_KEY_MESSAGE",
    "Budget",
    "Key",
    "Recorded",
    "Reply",
    "StandIn",
    "envelope",
]

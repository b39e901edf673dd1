"""Point ``OpenRouter``'s default server at a stand-in, for the documentation's examples.

The examples are written for the real API (no ``server_url``); the docs-examples test runs them
unchanged against a local ``openrouter.testing.StandIn``. A client built without ``server_url`` and
without ``server`` gets the stand-in's URL instead of ``https://openrouter.ai/api/v1``; one that names
its server keeps it. Public surface only: the constructor is wrapped, nothing inside it is touched.
Imported by the test itself and, in the CLI examples' subprocesses, by a generated ``sitecustomize``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from openrouter import OpenRouter


def point_default_server_at(url: str) -> Callable[..., None]:
    """Wrap ``OpenRouter.__init__`` so that the default server is ``url``; returns the original."""
    original: Callable[..., None] = OpenRouter.__init__
    signature = inspect.signature(original)

    @functools.wraps(original)
    def __init__(self: OpenRouter, *args: Any, **kwargs: Any) -> None:
        bound = signature.bind(self, *args, **kwargs)
        if bound.arguments.get("server_url") is None and bound.arguments.get("server") is None:
            bound.arguments["server_url"] = url
        original(*bound.args, **bound.kwargs)

    OpenRouter.__init__ = __init__  # type: ignore[method-assign]
    return original

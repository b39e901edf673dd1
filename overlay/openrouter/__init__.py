"""openrouter-credits: a typed client for the Credits part of the OpenRouter API.

    from openrouter import OpenRouter

    with OpenRouter(api_key=os.getenv("OPENROUTER_API_KEY", "")) as open_router:
        print(open_router.credits.get_credits())

Public names: :class:`OpenRouter`, :class:`RetryConfig`, the :class:`HttpClient` and
:class:`AsyncHttpClient` protocols, ``VERSION``/``__version__``, ``USER_AGENT``, and the modules
:mod:`errors`, :mod:`utils`, :mod:`hooks`, :mod:`httpclient`, :mod:`operations`, :mod:`components`,
:mod:`models` and :mod:`testing` (the last four load on first use). Do not install this package
beside the official ``openrouter`` package: both are imported as ``openrouter``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import errors, hooks, utils
from ._client import USER_AGENT, OpenRouter
from ._types import AsyncHttpClient, HttpClient
from ._version import __version__
from .utils import RetryConfig

if TYPE_CHECKING:
    from . import components, models, operations, testing

VERSION = __version__

__all__ = [
    "USER_AGENT",
    "VERSION",
    "AsyncHttpClient",
    "HttpClient",
    "OpenRouter",
    "RetryConfig",
    "__version__",
    "components",
    "errors",
    "hooks",
    "models",
    "operations",
    "testing",
    "utils",
]

_LAZY = frozenset({"components", "models", "operations", "testing"})


def __getattr__(name: str) -> Any:
    # These import the generated models (and attrs) or the stand-in server: loaded on first use.
    if name in _LAZY:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

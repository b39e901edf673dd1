"""openrouter-credits: a typed client for the Credits part of the OpenRouter API.

    from openrouter import OpenRouter

    with OpenRouter(api_key=os.getenv("OPENROUTER_API_KEY", "")) as open_router:
        print(open_router.credits.get_credits())

Public names: :class:`OpenRouter`, :class:`RetryConfig`, the :class:`HttpClient` and
:class:`AsyncHttpClient` protocols, ``VERSION``/``__version__``, ``USER_AGENT``, and the modules
:mod:`errors`, :mod:`utils`, :mod:`hooks`, :mod:`httpclient`, :mod:`operations`, :mod:`components`,
:mod:`models` and :mod:`testing`. Only :class:`OpenRouter` is imported with the package; the rest loads
on first use, so ``import openrouter`` costs little more than ``import httpx``. Do not install this
package beside the official ``openrouter`` package: both are imported as ``openrouter``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._client import USER_AGENT, OpenRouter
from ._version import __version__

if TYPE_CHECKING:
    from . import components, errors, hooks, httpclient, models, operations, testing, utils
    from ._types import AsyncHttpClient, HttpClient
    from .utils import RetryConfig

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
    "httpclient",
    "models",
    "operations",
    "testing",
    "utils",
]

_MODULES = frozenset(
    {"components", "errors", "hooks", "httpclient", "models", "operations", "testing", "utils"}
)
_NAMES = {"RetryConfig": ".utils", "HttpClient": "._types", "AsyncHttpClient": "._types"}


def __getattr__(name: str) -> Any:
    if name in _MODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _NAMES:
        return getattr(importlib.import_module(_NAMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)

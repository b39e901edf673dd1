"""openrouter-credits: a typed client for the Credits part of the OpenRouter API.

    from openrouter import OpenRouter

    with OpenRouter(api_key=os.getenv("OPENROUTER_API_KEY", "")) as open_router:
        print(open_router.credits.get_credits())

Public names: :class:`OpenRouter`, the modules :mod:`errors`, :mod:`utils`, :mod:`operations`,
:mod:`components` and :mod:`models` (the last three load on first use),
and ``__version__``. Do not install this package beside the official ``openrouter`` package: both
are imported as ``openrouter``.
"""

from typing import TYPE_CHECKING, Any

from . import errors, utils
from ._client import OpenRouter
from ._version import __version__

if TYPE_CHECKING:
    from . import components, models, operations

__all__ = ["OpenRouter", "__version__", "components", "errors", "models", "operations", "utils"]


def __getattr__(name: str) -> Any:
    # These import the generated models (and attrs): loaded on first use, not at import.
    if name in ("operations", "components", "models"):
        import importlib

        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

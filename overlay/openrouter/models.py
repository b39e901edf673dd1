"""Every model of the Credits API (``openrouter.models``), and ``openrouter.models.internal``.

The official SDK's ``openrouter.models`` holds only ``internal.Globals`` (the attribution headers as
client-wide settings); it is here too (``from openrouter.models.internal import Globals`` works). Beside
it: every generated model under its schema name (``GetCreditsResponse``, ``ForbiddenResponse``, ...) with
its ``...TypedDict``, and ``SchemaError``. Importing this module loads the models (and attrs);
``import openrouter`` does not.
"""

import sys
import types
from typing import Any

import openrouter_credits_api.models as _generated
from openrouter_credits_api.types import SchemaError

from .operations import AttributionHeaders, AttributionHeadersTypedDict


class Globals(AttributionHeaders):
    """The attribution headers as client-wide settings (the official ``models.internal.Globals``)."""


class GlobalsTypedDict(AttributionHeadersTypedDict):
    """``Globals`` as a dict."""


internal = types.ModuleType(f"{__name__}.internal", "The official SDK's internal models: Globals.")
internal.Globals = Globals  # type: ignore[attr-defined]
internal.GlobalsTypedDict = GlobalsTypedDict  # type: ignore[attr-defined]
internal.__all__ = ["Globals", "GlobalsTypedDict"]  # type: ignore[attr-defined]
sys.modules[internal.__name__] = internal

__all__ = [*_generated.__all__, "SchemaError", "internal"]


def __getattr__(name: str) -> Any:
    # Every generated model, whatever the spec names (a regenerated spec needs no change here).
    if name in _generated.__all__:
        return getattr(_generated, name)
    if name == "SchemaError":
        return SchemaError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

"""Shared schema objects, under the official SDK's names (``openrouter.components``).

For the Credits surface these are the ``error`` objects inside the documented error envelopes
(``code``, ``message``, ``metadata``): ``e.data.error`` of a status error is one of them; and the parts of
a ``GET /key`` answer the official SDK keeps here: ``KeyBudget`` (one budget layer: ``scope``, a
``KeyBudgetScope``; ``reset_interval``, a ``KeyBudgetResetInterval`` or None; ``resets_at``, a datetime or
None; ``limit_usd``, ``spend_usd``, ``remaining_usd``), ``FreeModelDailyRequests`` and
``GuardrailDataRegion``. The enums are open (a value this client does not list is kept, and equals its
string); the constructors take nested models, enums and datetimes as objects or as JSON data. Like every
model here ``model_validate()`` checks values against the schema (``SchemaError``, a ValueError); they
offer ``model_dump()``, ``model_dump_json()``, ``model_validate_json()`` and ``to_dict()``. ``Security``
is the API key as the official SDK holds it (``client.sdk_configuration.security``). Importing this
module loads the models (and attrs); ``import openrouter`` does not.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

import attrs

from openrouter_credits_api.models.forbidden_response_error_data import (
    ForbiddenResponseErrorData,
    ForbiddenResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.free_model_daily_requests import (
    FreeModelDailyRequests,
    FreeModelDailyRequestsTypedDict,
)
from openrouter_credits_api.models.get_current_key_response_data_allowed_data_regions_item import (
    GetCurrentKeyResponseDataAllowedDataRegionsItem,
)
from openrouter_credits_api.models.gone_response_error_data import (
    GoneResponseErrorData,
    GoneResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.internal_server_response_error_data import (
    InternalServerResponseErrorData,
    InternalServerResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.key_budget import KeyBudget, KeyBudgetTypedDict
from openrouter_credits_api.models.key_budget_reset_interval_type_0 import KeyBudgetResetIntervalType0
from openrouter_credits_api.models.key_budget_scope import KeyBudgetScope
from openrouter_credits_api.models.unauthorized_response_error_data import (
    UnauthorizedResponseErrorData,
    UnauthorizedResponseErrorDataTypedDict,
)
from openrouter_credits_api.types import SchemaError

from .errors import InvalidArgumentTypeError

#: The official SDK's names for the generator's enums (a str enum each; the official SDK types them as
#: ``Literal[...] | UnrecognizedStr``): a budget layer's reset window, and an OpenRouter data region.
KeyBudgetResetInterval = KeyBudgetResetIntervalType0
GuardrailDataRegion = GetCurrentKeyResponseDataAllowedDataRegionsItem


class SecurityTypedDict(TypedDict):
    """``Security`` as a dict."""

    api_key: NotRequired[str]


def _key_or_none(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgumentTypeError(f"Security.api_key must be a str or None, got {type(value).__name__}")


@attrs.define(kw_only=True, repr=False)
class Security:
    """The API security scheme (``Authorization: Bearer <api_key>``), the official SDK's
    ``components.Security``; its repr never shows the key."""

    api_key: str | None = attrs.field(default=None, validator=_key_or_none)

    def model_dump(self, *, by_alias: bool = False) -> SecurityTypedDict:
        """``{"api_key": ...}`` when a key is set, else ``{}`` (``by_alias``: the same, it has no alias)."""
        return {} if self.api_key is None else {"api_key": self.api_key}

    def __repr__(self) -> str:
        return f"Security(api_key={'None' if self.api_key is None else '<set>'})"


__all__ = [
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataTypedDict",
    "FreeModelDailyRequests",
    "FreeModelDailyRequestsTypedDict",
    "GoneResponseErrorData",
    "GoneResponseErrorDataTypedDict",
    "GuardrailDataRegion",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataTypedDict",
    "KeyBudget",
    "KeyBudgetResetInterval",
    "KeyBudgetScope",
    "KeyBudgetTypedDict",
    "SchemaError",
    "Security",
    "SecurityTypedDict",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataTypedDict",
]

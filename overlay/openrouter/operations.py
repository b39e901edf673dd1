"""Types of the operations, under the official SDK's names (``openrouter.operations``).

``GetCreditsResponse`` has ``.data.total_credits`` and ``.data.total_usage`` (``GetCreditsData``);
``GetCurrentKeyResponse`` has ``.data`` (``GetCurrentKeyData``: ``label``, ``limit``,
``limit_remaining``, ``limit_reset``, ``usage``/``usage_daily``/``usage_weekly``/``usage_monthly``,
the ``byok_usage`` twins, ``is_free_tier``, ``is_management_key``, ``expires_at``, ``budgets`` and
``effective_budget`` (``components.KeyBudget``), ``free_model_daily_requests``
(``components.FreeModelDailyRequests``), ``workspace_id``, ``organization_id``,
``allowed_data_regions`` (``AllowedDataRegion``); the deprecated ``is_provisioning_key`` and
``rate_limit`` stay readable and warn). They are the generator's models: every answer the client reads
is checked against the API schema first, and ``model_validate()`` / ``model_validate_json()`` check
data of your own (``SchemaError``, a ValueError, names the field); ``from_dict()`` and the constructor
do not check. The constructor takes nested models, enums and datetimes as objects or as JSON data, as
the official SDK's pydantic models do (``GetCreditsResponse(data={"total_credits": 1.0, ...})``). They
offer ``model_dump()``, ``model_dump_json()``, ``to_dict()``, equality and a ``repr``; fields the
server adds are kept in ``additional_properties``. The ``...TypedDict`` classes describe the same data
as plain dicts. ``GetCreditsRequest`` / ``GetCreditsGlobals`` and ``GetCurrentKeyRequest`` /
``GetCurrentKeyGlobals`` (the official SDK builds them from a call's keyword arguments) hold the three
attribution headers. Importing this module loads the models (and attrs); ``import openrouter`` does
not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, NotRequired, Self, TypedDict

import attrs

from openrouter_credits_api.models.get_credits_response import GetCreditsResponse, GetCreditsResponseTypedDict
from openrouter_credits_api.models.get_credits_response_data import (
    GetCreditsResponseData,
    GetCreditsResponseDataTypedDict,
)
from openrouter_credits_api.models.get_current_key_response import (
    GetCurrentKeyResponse,
    GetCurrentKeyResponseTypedDict,
)
from openrouter_credits_api.models.get_current_key_response_data import (
    GetCurrentKeyResponseData,
    GetCurrentKeyResponseDataTypedDict,
)
from openrouter_credits_api.models.get_current_key_response_data_allowed_data_regions_item import (
    GetCurrentKeyResponseDataAllowedDataRegionsItem,
)
from openrouter_credits_api.models.get_current_key_response_data_rate_limit import (
    GetCurrentKeyResponseDataRateLimit,
    GetCurrentKeyResponseDataRateLimitTypedDict,
)
from openrouter_credits_api.types import SchemaError

from .errors import InvalidArgumentTypeError

#: Field name -> HTTP header name.
_HEADER_NAMES: dict[str, str] = {
    "http_referer": "HTTP-Referer",
    "x_open_router_title": "X-OpenRouter-Title",
    "x_open_router_categories": "X-OpenRouter-Categories",
}


def _str_or_none(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise InvalidArgumentTypeError(
            f"{type(instance).__name__}.{attribute.name} must be a str or None, got {type(value).__name__}"
        )


class AttributionHeadersTypedDict(TypedDict):
    """The attribution headers as a dict (Python field names)."""

    http_referer: NotRequired[str]
    x_open_router_title: NotRequired[str]
    x_open_router_categories: NotRequired[str]


@attrs.define(kw_only=True)
class AttributionHeaders:
    """The three optional attribution headers the official SDKs send on every call."""

    http_referer: str | None = attrs.field(default=None, validator=_str_or_none)
    x_open_router_title: str | None = attrs.field(default=None, validator=_str_or_none)
    x_open_router_categories: str | None = attrs.field(default=None, validator=_str_or_none)

    _aliases: ClassVar[dict[str, str]] = _HEADER_NAMES

    def model_dump(self, *, by_alias: bool = False) -> dict[str, str]:
        """The headers that are set (``by_alias``: under their HTTP names)."""
        out: dict[str, str] = {}
        for name, header in self._aliases.items():
            value = getattr(self, name)
            if value is not None:
                out[header if by_alias else name] = value
        return out

    @classmethod
    def model_validate(cls, obj: Any) -> Self:
        """A model from a mapping keyed by field or HTTP header names (or the model itself)."""
        if isinstance(obj, cls):
            return obj
        if not isinstance(obj, Mapping):
            raise InvalidArgumentTypeError(f"{cls.__name__} needs a mapping, got {type(obj).__name__}")
        by_header = {header: name for name, header in cls._aliases.items()}
        values: dict[str, Any] = {}
        for key, value in obj.items():
            name = by_header.get(key, key)
            if name not in cls._aliases:
                raise InvalidArgumentTypeError(f"{cls.__name__} has no field {key!r}")
            values[name] = value
        return cls(**values)


#: The official SDK's name for the ``data`` object of a getCredits answer.
GetCreditsData = GetCreditsResponseData
GetCreditsDataTypedDict = GetCreditsResponseDataTypedDict


class GetCreditsRequest(AttributionHeaders):
    """The request of ``get_credits``: its three optional attribution headers."""


class GetCreditsRequestTypedDict(AttributionHeadersTypedDict):
    """``GetCreditsRequest`` as a dict."""


class GetCreditsGlobals(AttributionHeaders):
    """The attribution headers as client-wide settings (the official SDK's globals for get_credits)."""


class GetCreditsGlobalsTypedDict(AttributionHeadersTypedDict):
    """``GetCreditsGlobals`` as a dict."""


#: The official SDK's names for the ``data`` object of a getCurrentKey answer and its ``rate_limit``.
GetCurrentKeyData = GetCurrentKeyResponseData
GetCurrentKeyDataTypedDict = GetCurrentKeyResponseDataTypedDict
RateLimit = GetCurrentKeyResponseDataRateLimit
RateLimitTypedDict = GetCurrentKeyResponseDataRateLimitTypedDict
#: The official SDK's name for an item of ``GetCurrentKeyData.allowed_data_regions`` (an open str enum).
AllowedDataRegion = GetCurrentKeyResponseDataAllowedDataRegionsItem


class GetCurrentKeyRequest(AttributionHeaders):
    """The request of ``get_current_key_metadata``: its three optional attribution headers."""


class GetCurrentKeyRequestTypedDict(AttributionHeadersTypedDict):
    """``GetCurrentKeyRequest`` as a dict."""


class GetCurrentKeyGlobals(AttributionHeaders):
    """The attribution headers as client-wide settings (the official SDK's globals for getCurrentKey)."""


class GetCurrentKeyGlobalsTypedDict(AttributionHeadersTypedDict):
    """``GetCurrentKeyGlobals`` as a dict."""


__all__ = [
    "AllowedDataRegion",
    "AttributionHeaders",
    "AttributionHeadersTypedDict",
    "GetCreditsData",
    "GetCreditsDataTypedDict",
    "GetCreditsGlobals",
    "GetCreditsGlobalsTypedDict",
    "GetCreditsRequest",
    "GetCreditsRequestTypedDict",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCreditsResponseTypedDict",
    "GetCurrentKeyData",
    "GetCurrentKeyDataTypedDict",
    "GetCurrentKeyGlobals",
    "GetCurrentKeyGlobalsTypedDict",
    "GetCurrentKeyRequest",
    "GetCurrentKeyRequestTypedDict",
    "GetCurrentKeyResponse",
    "GetCurrentKeyResponseData",
    "GetCurrentKeyResponseDataAllowedDataRegionsItem",
    "GetCurrentKeyResponseDataRateLimit",
    "GetCurrentKeyResponseTypedDict",
    "RateLimit",
    "RateLimitTypedDict",
    "SchemaError",
]

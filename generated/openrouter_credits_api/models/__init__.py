"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if (
    TYPE_CHECKING
):  # openrouter-credits: the imports below are for type checkers; __getattr__ loads
    from .forbidden_response import ForbiddenResponse
    from .forbidden_response import (
        ForbiddenResponseTypedDict as ForbiddenResponseTypedDict,
    )
    from .forbidden_response_error_data import ForbiddenResponseErrorData
    from .forbidden_response_error_data import (
        ForbiddenResponseErrorDataTypedDict as ForbiddenResponseErrorDataTypedDict,
    )
    from .forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0,
    )
    from .forbidden_response_error_data_metadata_type_0 import (
        ForbiddenResponseErrorDataMetadataType0TypedDict as ForbiddenResponseErrorDataMetadataType0TypedDict,
    )
    from .forbidden_response_openrouter_metadata_type_0 import (
        ForbiddenResponseOpenrouterMetadataType0,
    )
    from .forbidden_response_openrouter_metadata_type_0 import (
        ForbiddenResponseOpenrouterMetadataType0TypedDict as ForbiddenResponseOpenrouterMetadataType0TypedDict,
    )
    from .free_model_daily_requests import FreeModelDailyRequests
    from .free_model_daily_requests import (
        FreeModelDailyRequestsTypedDict as FreeModelDailyRequestsTypedDict,
    )
    from .get_credits_response import GetCreditsResponse
    from .get_credits_response import (
        GetCreditsResponseTypedDict as GetCreditsResponseTypedDict,
    )
    from .get_credits_response_data import GetCreditsResponseData
    from .get_credits_response_data import (
        GetCreditsResponseDataTypedDict as GetCreditsResponseDataTypedDict,
    )
    from .get_current_key_response import GetCurrentKeyResponse
    from .get_current_key_response import (
        GetCurrentKeyResponseTypedDict as GetCurrentKeyResponseTypedDict,
    )
    from .get_current_key_response_data import GetCurrentKeyResponseData
    from .get_current_key_response_data import (
        GetCurrentKeyResponseDataTypedDict as GetCurrentKeyResponseDataTypedDict,
    )
    from .get_current_key_response_data_allowed_data_regions_item import (
        GetCurrentKeyResponseDataAllowedDataRegionsItem,
    )
    from .get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimit,
    )
    from .get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimitTypedDict as GetCurrentKeyResponseDataRateLimitTypedDict,
    )
    from .gone_response import GoneResponse
    from .gone_response import GoneResponseTypedDict as GoneResponseTypedDict
    from .gone_response_error_data import GoneResponseErrorData
    from .gone_response_error_data import (
        GoneResponseErrorDataTypedDict as GoneResponseErrorDataTypedDict,
    )
    from .gone_response_error_data_metadata_type_0 import (
        GoneResponseErrorDataMetadataType0,
    )
    from .gone_response_error_data_metadata_type_0 import (
        GoneResponseErrorDataMetadataType0TypedDict as GoneResponseErrorDataMetadataType0TypedDict,
    )
    from .gone_response_openrouter_metadata_type_0 import (
        GoneResponseOpenrouterMetadataType0,
    )
    from .gone_response_openrouter_metadata_type_0 import (
        GoneResponseOpenrouterMetadataType0TypedDict as GoneResponseOpenrouterMetadataType0TypedDict,
    )
    from .internal_server_response import InternalServerResponse
    from .internal_server_response import (
        InternalServerResponseTypedDict as InternalServerResponseTypedDict,
    )
    from .internal_server_response_error_data import InternalServerResponseErrorData
    from .internal_server_response_error_data import (
        InternalServerResponseErrorDataTypedDict as InternalServerResponseErrorDataTypedDict,
    )
    from .internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0,
    )
    from .internal_server_response_error_data_metadata_type_0 import (
        InternalServerResponseErrorDataMetadataType0TypedDict as InternalServerResponseErrorDataMetadataType0TypedDict,
    )
    from .internal_server_response_openrouter_metadata_type_0 import (
        InternalServerResponseOpenrouterMetadataType0,
    )
    from .internal_server_response_openrouter_metadata_type_0 import (
        InternalServerResponseOpenrouterMetadataType0TypedDict as InternalServerResponseOpenrouterMetadataType0TypedDict,
    )
    from .key_budget import KeyBudget
    from .key_budget import KeyBudgetTypedDict as KeyBudgetTypedDict
    from .key_budget_reset_interval_type_0 import KeyBudgetResetIntervalType0
    from .key_budget_scope import KeyBudgetScope
    from .unauthorized_response import UnauthorizedResponse
    from .unauthorized_response import (
        UnauthorizedResponseTypedDict as UnauthorizedResponseTypedDict,
    )
    from .unauthorized_response_error_data import UnauthorizedResponseErrorData
    from .unauthorized_response_error_data import (
        UnauthorizedResponseErrorDataTypedDict as UnauthorizedResponseErrorDataTypedDict,
    )
    from .unauthorized_response_error_data_metadata_type_0 import (
        UnauthorizedResponseErrorDataMetadataType0,
    )
    from .unauthorized_response_error_data_metadata_type_0 import (
        UnauthorizedResponseErrorDataMetadataType0TypedDict as UnauthorizedResponseErrorDataMetadataType0TypedDict,
    )
    from .unauthorized_response_openrouter_metadata_type_0 import (
        UnauthorizedResponseOpenrouterMetadataType0,
    )
    from .unauthorized_response_openrouter_metadata_type_0 import (
        UnauthorizedResponseOpenrouterMetadataType0TypedDict as UnauthorizedResponseOpenrouterMetadataType0TypedDict,
    )

_MODULES = {
    "ForbiddenResponse": "forbidden_response",
    "ForbiddenResponseTypedDict": "forbidden_response",
    "ForbiddenResponseErrorData": "forbidden_response_error_data",
    "ForbiddenResponseErrorDataTypedDict": "forbidden_response_error_data",
    "ForbiddenResponseErrorDataMetadataType0": "forbidden_response_error_data_metadata_type_0",
    "ForbiddenResponseErrorDataMetadataType0TypedDict": "forbidden_response_error_data_metadata_type_0",
    "ForbiddenResponseOpenrouterMetadataType0": "forbidden_response_openrouter_metadata_type_0",
    "ForbiddenResponseOpenrouterMetadataType0TypedDict": "forbidden_response_openrouter_metadata_type_0",
    "FreeModelDailyRequests": "free_model_daily_requests",
    "FreeModelDailyRequestsTypedDict": "free_model_daily_requests",
    "GetCreditsResponse": "get_credits_response",
    "GetCreditsResponseTypedDict": "get_credits_response",
    "GetCreditsResponseData": "get_credits_response_data",
    "GetCreditsResponseDataTypedDict": "get_credits_response_data",
    "GetCurrentKeyResponse": "get_current_key_response",
    "GetCurrentKeyResponseTypedDict": "get_current_key_response",
    "GetCurrentKeyResponseData": "get_current_key_response_data",
    "GetCurrentKeyResponseDataTypedDict": "get_current_key_response_data",
    "GetCurrentKeyResponseDataRateLimit": "get_current_key_response_data_rate_limit",
    "GetCurrentKeyResponseDataRateLimitTypedDict": "get_current_key_response_data_rate_limit",
    "GoneResponse": "gone_response",
    "GoneResponseTypedDict": "gone_response",
    "GoneResponseErrorData": "gone_response_error_data",
    "GoneResponseErrorDataTypedDict": "gone_response_error_data",
    "GoneResponseErrorDataMetadataType0": "gone_response_error_data_metadata_type_0",
    "GoneResponseErrorDataMetadataType0TypedDict": "gone_response_error_data_metadata_type_0",
    "GoneResponseOpenrouterMetadataType0": "gone_response_openrouter_metadata_type_0",
    "GoneResponseOpenrouterMetadataType0TypedDict": "gone_response_openrouter_metadata_type_0",
    "InternalServerResponse": "internal_server_response",
    "InternalServerResponseTypedDict": "internal_server_response",
    "InternalServerResponseErrorData": "internal_server_response_error_data",
    "InternalServerResponseErrorDataTypedDict": "internal_server_response_error_data",
    "InternalServerResponseErrorDataMetadataType0": "internal_server_response_error_data_metadata_type_0",
    "InternalServerResponseErrorDataMetadataType0TypedDict": "internal_server_response_error_data_metadata_type_0",
    "InternalServerResponseOpenrouterMetadataType0": "internal_server_response_openrouter_metadata_type_0",
    "InternalServerResponseOpenrouterMetadataType0TypedDict": "internal_server_response_openrouter_metadata_type_0",
    "KeyBudget": "key_budget",
    "KeyBudgetTypedDict": "key_budget",
    "UnauthorizedResponse": "unauthorized_response",
    "UnauthorizedResponseTypedDict": "unauthorized_response",
    "UnauthorizedResponseErrorData": "unauthorized_response_error_data",
    "UnauthorizedResponseErrorDataTypedDict": "unauthorized_response_error_data",
    "UnauthorizedResponseErrorDataMetadataType0": "unauthorized_response_error_data_metadata_type_0",
    "UnauthorizedResponseErrorDataMetadataType0TypedDict": "unauthorized_response_error_data_metadata_type_0",
    "UnauthorizedResponseOpenrouterMetadataType0": "unauthorized_response_openrouter_metadata_type_0",
    "UnauthorizedResponseOpenrouterMetadataType0TypedDict": "unauthorized_response_openrouter_metadata_type_0",
    "GetCurrentKeyResponseDataAllowedDataRegionsItem": "get_current_key_response_data_allowed_data_regions_item",
    "KeyBudgetResetIntervalType0": "key_budget_reset_interval_type_0",
    "KeyBudgetScope": "key_budget_scope",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "ForbiddenResponseErrorDataMetadataType0TypedDict",
    "ForbiddenResponseErrorDataTypedDict",
    "ForbiddenResponseOpenrouterMetadataType0",
    "ForbiddenResponseOpenrouterMetadataType0TypedDict",
    "ForbiddenResponseTypedDict",
    "FreeModelDailyRequests",
    "FreeModelDailyRequestsTypedDict",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCreditsResponseDataTypedDict",
    "GetCreditsResponseTypedDict",
    "GetCurrentKeyResponse",
    "GetCurrentKeyResponseData",
    "GetCurrentKeyResponseDataAllowedDataRegionsItem",
    "GetCurrentKeyResponseDataRateLimit",
    "GetCurrentKeyResponseDataRateLimitTypedDict",
    "GetCurrentKeyResponseDataTypedDict",
    "GetCurrentKeyResponseTypedDict",
    "GoneResponse",
    "GoneResponseErrorData",
    "GoneResponseErrorDataMetadataType0",
    "GoneResponseErrorDataMetadataType0TypedDict",
    "GoneResponseErrorDataTypedDict",
    "GoneResponseOpenrouterMetadataType0",
    "GoneResponseOpenrouterMetadataType0TypedDict",
    "GoneResponseTypedDict",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataMetadataType0",
    "InternalServerResponseErrorDataMetadataType0TypedDict",
    "InternalServerResponseErrorDataTypedDict",
    "InternalServerResponseOpenrouterMetadataType0",
    "InternalServerResponseOpenrouterMetadataType0TypedDict",
    "InternalServerResponseTypedDict",
    "KeyBudget",
    "KeyBudgetResetIntervalType0",
    "KeyBudgetScope",
    "KeyBudgetTypedDict",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnauthorizedResponseErrorDataMetadataType0TypedDict",
    "UnauthorizedResponseErrorDataTypedDict",
    "UnauthorizedResponseOpenrouterMetadataType0",
    "UnauthorizedResponseOpenrouterMetadataType0TypedDict",
    "UnauthorizedResponseTypedDict",
)

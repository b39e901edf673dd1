"""Types of the Credits operations, under the official SDK's names (``openrouter.operations``).

``GetCreditsResponse`` has ``.data.total_credits`` and ``.data.total_usage`` (``GetCreditsData``). The
models check every value against the API schema when built (``from_dict``, ``model_validate``, or the
constructor, which also takes nested dicts) and raise ``SchemaError`` (a ValueError) on a mismatch. They
offer ``model_dump()``, ``model_dump_json()``, ``to_dict()``, equality and a readable ``repr``; fields the
server adds are kept in ``additional_properties``. The ``...TypedDict`` classes describe the same data as
plain dicts. Importing this module loads the models (and attrs); ``import openrouter`` does not.
"""

from openrouter_credits_api.models import (
    GetCreditsResponse,
    GetCreditsResponseData,
    GetCreditsResponseDataTypedDict,
    GetCreditsResponseTypedDict,
    SchemaError,
)

from ._headers import AttributionHeaders, AttributionHeadersTypedDict

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


__all__ = [
    "GetCreditsData",
    "GetCreditsDataTypedDict",
    "GetCreditsGlobals",
    "GetCreditsGlobalsTypedDict",
    "GetCreditsRequest",
    "GetCreditsRequestTypedDict",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCreditsResponseTypedDict",
    "SchemaError",
]

"""Shared schema objects, under the official SDK's names (``openrouter.components``).

For the Credits surface these are the ``error`` objects inside the documented error envelopes
(``code``, ``message``, ``metadata``): ``e.data.error`` of a status error is one of them. Like every
model here ``model_validate()`` checks values against the schema (``SchemaError``, a ValueError); they
offer ``model_dump()``, ``model_dump_json()``, ``model_validate_json()`` and ``to_dict()``. Importing
this module loads the models (and attrs); ``import openrouter`` does not.
"""

from openrouter_credits_api.models.forbidden_response_error_data import (
    ForbiddenResponseErrorData,
    ForbiddenResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.gone_response_error_data import (
    GoneResponseErrorData,
    GoneResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.internal_server_response_error_data import (
    InternalServerResponseErrorData,
    InternalServerResponseErrorDataTypedDict,
)
from openrouter_credits_api.models.unauthorized_response_error_data import (
    UnauthorizedResponseErrorData,
    UnauthorizedResponseErrorDataTypedDict,
)
from openrouter_credits_api.types import SchemaError

__all__ = [
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataTypedDict",
    "GoneResponseErrorData",
    "GoneResponseErrorDataTypedDict",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataTypedDict",
    "SchemaError",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataTypedDict",
]

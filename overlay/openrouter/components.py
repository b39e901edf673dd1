"""Shared schema objects, under the official SDK's names (``openrouter.components``).

For the Credits surface these are the ``error`` objects inside the documented error envelopes
(``code``, ``message``, ``metadata``): ``e.data.error`` of a status error is one of them. Like every
model here they check values against the schema (``SchemaError``, a ValueError) and offer
``model_dump()``, ``model_dump_json()``, ``model_validate()`` and ``to_dict()``. Importing this module
loads the models (and attrs); ``import openrouter`` does not.
"""

from openrouter_credits_api.models import (
    ForbiddenResponseErrorData,
    ForbiddenResponseErrorDataTypedDict,
    GoneResponseErrorData,
    GoneResponseErrorDataTypedDict,
    InternalServerResponseErrorData,
    InternalServerResponseErrorDataTypedDict,
    SchemaError,
    UnauthorizedResponseErrorData,
    UnauthorizedResponseErrorDataTypedDict,
)

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

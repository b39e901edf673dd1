"""Contains all the data models used in inputs/outputs"""

from ..errors import SchemaError
from .forbidden_response import ForbiddenResponse, ForbiddenResponseTypedDict
from .forbidden_response_error_data import (
    ForbiddenResponseErrorData,
    ForbiddenResponseErrorDataTypedDict,
)
from .forbidden_response_error_data_metadata_type_0 import (
    ForbiddenResponseErrorDataMetadataType0,
    ForbiddenResponseErrorDataMetadataType0TypedDict,
)
from .forbidden_response_openrouter_metadata_type_0 import (
    ForbiddenResponseOpenrouterMetadataType0,
    ForbiddenResponseOpenrouterMetadataType0TypedDict,
)
from .get_credits_response import GetCreditsResponse, GetCreditsResponseTypedDict
from .get_credits_response_data import (
    GetCreditsResponseData,
    GetCreditsResponseDataTypedDict,
)
from .gone_response import GoneResponse, GoneResponseTypedDict
from .gone_response_error_data import (
    GoneResponseErrorData,
    GoneResponseErrorDataTypedDict,
)
from .gone_response_error_data_metadata_type_0 import (
    GoneResponseErrorDataMetadataType0,
    GoneResponseErrorDataMetadataType0TypedDict,
)
from .gone_response_openrouter_metadata_type_0 import (
    GoneResponseOpenrouterMetadataType0,
    GoneResponseOpenrouterMetadataType0TypedDict,
)
from .internal_server_response import (
    InternalServerResponse,
    InternalServerResponseTypedDict,
)
from .internal_server_response_error_data import (
    InternalServerResponseErrorData,
    InternalServerResponseErrorDataTypedDict,
)
from .internal_server_response_error_data_metadata_type_0 import (
    InternalServerResponseErrorDataMetadataType0,
    InternalServerResponseErrorDataMetadataType0TypedDict,
)
from .internal_server_response_openrouter_metadata_type_0 import (
    InternalServerResponseOpenrouterMetadataType0,
    InternalServerResponseOpenrouterMetadataType0TypedDict,
)
from .unauthorized_response import UnauthorizedResponse, UnauthorizedResponseTypedDict
from .unauthorized_response_error_data import (
    UnauthorizedResponseErrorData,
    UnauthorizedResponseErrorDataTypedDict,
)
from .unauthorized_response_error_data_metadata_type_0 import (
    UnauthorizedResponseErrorDataMetadataType0,
    UnauthorizedResponseErrorDataMetadataType0TypedDict,
)
from .unauthorized_response_openrouter_metadata_type_0 import (
    UnauthorizedResponseOpenrouterMetadataType0,
    UnauthorizedResponseOpenrouterMetadataType0TypedDict,
)

__all__ = (
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "ForbiddenResponseErrorDataMetadataType0TypedDict",
    "ForbiddenResponseErrorDataTypedDict",
    "ForbiddenResponseOpenrouterMetadataType0",
    "ForbiddenResponseOpenrouterMetadataType0TypedDict",
    "ForbiddenResponseTypedDict",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCreditsResponseDataTypedDict",
    "GetCreditsResponseTypedDict",
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
    "SchemaError",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnauthorizedResponseErrorDataMetadataType0TypedDict",
    "UnauthorizedResponseErrorDataTypedDict",
    "UnauthorizedResponseOpenrouterMetadataType0",
    "UnauthorizedResponseOpenrouterMetadataType0TypedDict",
    "UnauthorizedResponseTypedDict",
)

"""Contains all the data models used in inputs/outputs"""

from ..errors import SchemaError
from .forbidden_response import ForbiddenResponse
from .forbidden_response import ForbiddenResponseTypedDict as ForbiddenResponseTypedDict
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
from .get_credits_response import GetCreditsResponse
from .get_credits_response import (
    GetCreditsResponseTypedDict as GetCreditsResponseTypedDict,
)
from .get_credits_response_data import GetCreditsResponseData
from .get_credits_response_data import (
    GetCreditsResponseDataTypedDict as GetCreditsResponseDataTypedDict,
)
from .gone_response import GoneResponse
from .gone_response import GoneResponseTypedDict as GoneResponseTypedDict
from .gone_response_error_data import GoneResponseErrorData
from .gone_response_error_data import (
    GoneResponseErrorDataTypedDict as GoneResponseErrorDataTypedDict,
)
from .gone_response_error_data_metadata_type_0 import GoneResponseErrorDataMetadataType0
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

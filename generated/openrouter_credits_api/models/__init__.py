"""Contains all the data models used in inputs/outputs"""

from .forbidden_response import ForbiddenResponse
from .forbidden_response_error_data import ForbiddenResponseErrorData
from .forbidden_response_error_data_metadata_type_0 import (
    ForbiddenResponseErrorDataMetadataType0,
)
from .forbidden_response_openrouter_metadata_type_0 import (
    ForbiddenResponseOpenrouterMetadataType0,
)
from .get_credits_response import GetCreditsResponse
from .get_credits_response_data import GetCreditsResponseData
from .get_current_key_response import GetCurrentKeyResponse
from .get_current_key_response_data import GetCurrentKeyResponseData
from .get_current_key_response_data_rate_limit import GetCurrentKeyResponseDataRateLimit
from .gone_response import GoneResponse
from .gone_response_error_data import GoneResponseErrorData
from .gone_response_error_data_metadata_type_0 import GoneResponseErrorDataMetadataType0
from .gone_response_openrouter_metadata_type_0 import (
    GoneResponseOpenrouterMetadataType0,
)
from .internal_server_response import InternalServerResponse
from .internal_server_response_error_data import InternalServerResponseErrorData
from .internal_server_response_error_data_metadata_type_0 import (
    InternalServerResponseErrorDataMetadataType0,
)
from .internal_server_response_openrouter_metadata_type_0 import (
    InternalServerResponseOpenrouterMetadataType0,
)
from .unauthorized_response import UnauthorizedResponse
from .unauthorized_response_error_data import UnauthorizedResponseErrorData
from .unauthorized_response_error_data_metadata_type_0 import (
    UnauthorizedResponseErrorDataMetadataType0,
)
from .unauthorized_response_openrouter_metadata_type_0 import (
    UnauthorizedResponseOpenrouterMetadataType0,
)

__all__ = (
    "ForbiddenResponse",
    "ForbiddenResponseErrorData",
    "ForbiddenResponseErrorDataMetadataType0",
    "ForbiddenResponseOpenrouterMetadataType0",
    "GetCreditsResponse",
    "GetCreditsResponseData",
    "GetCurrentKeyResponse",
    "GetCurrentKeyResponseData",
    "GetCurrentKeyResponseDataRateLimit",
    "GoneResponse",
    "GoneResponseErrorData",
    "GoneResponseErrorDataMetadataType0",
    "GoneResponseOpenrouterMetadataType0",
    "InternalServerResponse",
    "InternalServerResponseErrorData",
    "InternalServerResponseErrorDataMetadataType0",
    "InternalServerResponseOpenrouterMetadataType0",
    "UnauthorizedResponse",
    "UnauthorizedResponseErrorData",
    "UnauthorizedResponseErrorDataMetadataType0",
    "UnauthorizedResponseOpenrouterMetadataType0",
)

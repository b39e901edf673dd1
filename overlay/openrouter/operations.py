"""Response types of the Credits operations (the generated models, under their documented names).

``GetCreditsResponse`` has ``.data.total_credits`` and ``.data.total_usage``, a readable ``repr``,
equality, and ``to_dict()``; unknown fields the server adds are kept in ``additional_properties``.
"""

from openrouter_credits_api.models import GetCreditsResponse, GetCreditsResponseData

__all__ = ["GetCreditsResponse", "GetCreditsResponseData"]

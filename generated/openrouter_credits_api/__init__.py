"""A client library for accessing OpenRouter API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openrouter-credits: for type checkers; __getattr__ loads
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import client

    value = getattr(client, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

"""Helpers users configure: the retry classes, as in the official SDK's ``openrouter.utils``.

``openrouter.utils.RetryConfig`` and ``openrouter.utils.retries.RetryConfig`` are the same class.
"""

from . import retries
from .retries import DEFAULT_BACKOFF, DEFAULT_RETRY, NO_RETRY, BackoffStrategy, RetryConfig

__all__ = [
    "DEFAULT_BACKOFF",
    "DEFAULT_RETRY",
    "NO_RETRY",
    "BackoffStrategy",
    "RetryConfig",
    "retries",
]

"""The wait a server asks for, read from its headers (``retry-after-ms``, ``Retry-After``).

A leaf module: the errors read it into ``retry_after`` when they are built, the retry policy
(:mod:`openrouter._retry`) decides what to do with it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

__all__ = ["parse_retry_after"]


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks to wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP
    date, relative to ``now``, the wall clock by default); None when absent or unreadable."""
    value = headers.get("retry-after-ms")
    if value is not None:
        try:
            ms = float(value)
        except ValueError:
            pass
        else:
            if ms >= 0 and math.isfinite(ms):
                return ms / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
        return max(seconds, 0.0)
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)

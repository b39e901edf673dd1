"""Shared fixtures: a real stand-in server (``openrouter.testing``) on 127.0.0.1 per test, a secret key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from openrouter import utils
from openrouter.testing import Recorded, Reply, StandIn

ROOT = Path(__file__).resolve().parent.parent

__all__ = ["CANARY_KEY", "FAST_RETRY", "ROOT", "Recorded", "Reply", "StandIn"]

#: A key that must never show up in a repr, a log record, a warning or an exception text.
CANARY_KEY = "sk-or-v1-CANARY-7f3a9c1e5b"
#: Retries with millisecond waits, so retry tests take milliseconds.
FAST_RETRY = utils.RetryConfig(
    "backoff",
    utils.BackoffStrategy(initial_interval=5, max_interval=20, exponent=2.0, max_elapsed_time=5_000),
    retry_connection_errors=True,
)


@pytest.fixture
def server() -> Iterator[StandIn]:
    """A fresh stand-in server (its own port, its own request log and fault plan)."""
    with StandIn() as s:
        yield s

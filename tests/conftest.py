"""Shared fixtures: a real stand-in server (``openrouter.testing``) on 127.0.0.1 per test, a secret key."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from openrouter import utils
from openrouter.testing import Recorded, Reply, StandIn

ROOT = Path(__file__).resolve().parent.parent

__all__ = [
    "CANARY_KEY",
    "FAST_RETRY",
    "ROOT",
    "Recorded",
    "Reply",
    "StandIn",
    "mode",
    "no_key_in_debug_logs",
    "retry_waits",
    "sleeps",
]

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


class _RetryLog(logging.Handler):
    """Collects ``(monotonic time, delay)`` of each retry from the client's INFO line, logged just
    before the wait (sync and async alike)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.waits: list[tuple[float, float]] = []

    def emit(self, record: logging.LogRecord) -> None:
        retry = getattr(record, "openrouter_retry", None)
        if retry is not None:
            self.waits.append((time.monotonic(), retry["delay"]))


@pytest.fixture
def retry_waits() -> Iterator[list[tuple[float, float]]]:
    """``(monotonic start, seconds)`` of every retry wait the client begins (from its retry log line)."""
    logger = logging.getLogger("openrouter")
    handler, level = _RetryLog(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield handler.waits
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


@pytest.fixture
def sleeps(retry_waits: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """``(monotonic start, seconds)`` of every retry sleep, sync and async (slept for real)."""
    return retry_waits


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Each test runs twice: through the sync and the async path."""
    return str(request.param)


@pytest.fixture
def no_key_in_debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """DEBUG logging on for the test, and no record may carry the key (``usefixtures`` it)."""
    caplog.set_level(logging.DEBUG, logger="openrouter")
    yield
    for record in caplog.records:
        assert CANARY_KEY not in record.getMessage()
    assert CANARY_KEY not in caplog.text

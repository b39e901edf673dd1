"""Measuring memory: Python allocations with tracemalloc, a fresh interpreter's peak RSS."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable

__all__ = ["peak_rss_in_subprocess", "traced_peak"]


def traced_peak(fn: Callable[[], object]) -> tuple[object | BaseException, int]:
    """Run ``fn`` under tracemalloc: ``(its result or the exception it raised, peak bytes)``.

    Counts Python allocations only (bytes objects, buffers), which is where a body read whole ends up.
    """
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    try:
        result: object | BaseException = fn()
    except BaseException as exc:
        result = exc
    peak = tracemalloc.get_traced_memory()[1] - base
    if not was_tracing:
        tracemalloc.stop()
    return result, peak


_RSS_CODE = """
import sys
def _rss():
    # VmHWM: this process's own peak (ru_maxrss would include the parent's, kept across exec)
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
exec(compile(sys.argv[1], "<setup>", "exec"))
_before = _rss()
try:
    exec(compile(sys.argv[2], "<call>", "exec"))
    _outcome = "ok"
except BaseException as _exc:
    _outcome = type(_exc).__name__ + ": " + str(_exc).replace("\\n", " ")
print(_before, _rss(), _outcome, sep="\\t")
"""


def peak_rss_in_subprocess(
    call: str, setup: str = "", timeout: float = 60.0, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """Run ``setup`` then ``call`` (Python source) in a fresh interpreter.

    Returns ``(growth of peak RSS in bytes during call, outcome)``: outcome is ``"ok"`` or
    ``"ExceptionName: message"``. Linux only (``VmHWM``); counts C allocations too (zlib, sockets).
    Warm up in ``setup`` (a first call imports the generated models: ~8 MB). Measured before issue 13's
    size limit, a 64 MiB JSON-looking gzip bomb grew the peak by ~210 MB, a plain answer by ~8 MB cold::

        with RawServer(ok(), bomb(64 << 20, json_like=True)) as server:
            grown, outcome = peak_rss_in_subprocess(
                "c.credits.get_credits()",
                setup=f"from openrouter import OpenRouter; c = OpenRouter(api_key='k', "
                f"server_url={server.url!r}); c.credits.get_credits()",
            )
    """
    proc = subprocess.run(
        [sys.executable, "-c", _RSS_CODE, setup, call],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        check=False,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"measuring subprocess failed ({proc.returncode}): {proc.stderr[-2000:]}")
    before, after, outcome = proc.stdout.strip().splitlines()[-1].split("\t", 2)
    return int(after) - int(before), outcome

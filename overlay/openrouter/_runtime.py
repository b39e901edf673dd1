"""Which event loop is running (asyncio or trio), and how to sleep or use a worker thread under it.

Neither asyncio nor trio is imported here: a loop can only run when its module was imported already.
The worker thread and the sleep use the running library's own functions, so that nothing loads on the
loop's thread on first use (anyio's asyncio backend alone takes ~25 ms to import).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["current_loop", "loop_closed", "sleep", "to_thread"]

T = TypeVar("T")


def current_loop() -> tuple[object, bool]:
    """The running event loop (an asyncio loop, or trio's token for this run) and whether it is
    trio's; ``(None, False)`` under another runtime."""
    asyncio = sys.modules.get("asyncio")
    if asyncio is not None:
        try:
            return asyncio.get_running_loop(), False
        except RuntimeError:
            pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            return trio.lowlevel.current_trio_token(), True
        except RuntimeError:
            pass
    return None, False


def loop_closed(loop: object, is_trio: bool) -> bool:
    """Whether ``loop`` (from :func:`current_loop`) has ended."""
    if loop is None:
        return False
    if not is_trio:
        return bool(loop.is_closed())  # type: ignore[attr-defined]
    trio = sys.modules["trio"]
    try:
        loop.run_sync_soon(lambda: None)  # type: ignore[attr-defined]
    except trio.RunFinishedError:
        return True
    return False


async def to_thread(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` in a worker thread, awaited from the running loop."""
    loop, is_trio = current_loop()
    if is_trio:
        result: T = await sys.modules["trio"].to_thread.run_sync(fn, *args)
        return result
    if loop is not None:
        return await loop.run_in_executor(None, fn, *args)  # type: ignore[attr-defined,no-any-return]
    import anyio.to_thread  # another runtime: anyio knows it

    return await anyio.to_thread.run_sync(fn, *args)


async def sleep(seconds: float) -> None:
    """Sleep under the running loop (a retry's wait)."""
    _, is_trio = current_loop()
    module = sys.modules["trio"] if is_trio else sys.modules.get("asyncio")
    if module is None:
        import anyio

        module = anyio
    await module.sleep(seconds)

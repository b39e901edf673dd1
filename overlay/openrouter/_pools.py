"""Who owns which connection pool: one per process for sync calls, one per event loop for async ones.

- **Fork.** A pool holds sockets; after ``os.fork()`` parent and child would share them and read each
  other's answers. :data:`_generation` changes in every forked child (``os.register_at_fork``), so a
  pool built before the fork is never used after it in the child: the child builds its own, and leaves
  the inherited one untouched (closing it would shut the parent's TLS sessions).
- **Event loops.** An async pool belongs to the loop (asyncio or trio) that first used it. A call from
  another loop gets a pool of its own; a pool whose loop is closed is dropped without being touched.
- **The loop is never blocked.** The first async pool is built in a worker thread: importing httpcore
  and loading the CA bundle take tens to hundreds of milliseconds.

A client passed in (``client=``, ``async_client=``) is never held here: it is the user's to manage.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncPools", "SyncPool", "current_loop"]

#: Changes in every forked child: a pool built under another value belongs to another process.
_generation = 0


def _forked() -> None:
    global _generation
    _generation += 1


os.register_at_fork(after_in_child=_forked)


# The one deferred import of the package: httpcore (and trio with it, when installed) loads with the
# first pool, not with ``import openrouter`` (httpx itself defers it so).


def _new_client() -> httpx.Client:
    from ._transport import new_client

    return new_client()


def _new_async_client(trio: bool) -> httpx.AsyncClient:
    from ._transport import new_async_client

    return new_async_client(trio)


class SyncPool:
    """The client's own sync pool, built on first use and again in a forked child."""

    __slots__ = ("_generation", "_http", "_lock")

    def __init__(self) -> None:
        self._http: httpx.Client | None = None
        self._generation = _generation
        self._lock = threading.Lock()

    def get(self) -> httpx.Client:
        """The pool of this process (built now if there is none)."""
        http = self._http
        if http is not None and self._generation == _generation:
            return http
        if self._generation != _generation:
            # Forked: the parent's pool and lock are not ours (the lock may have been held).
            self._http, self._generation, self._lock = None, _generation, threading.Lock()
        with self._lock:
            if self._http is None:
                self._http = _new_client()
            return self._http

    @property
    def built(self) -> httpx.Client | None:
        """The pool of this process, or None when none was built."""
        return self._http if self._generation == _generation else None

    def close(self) -> None:
        """Close this process's pool (one inherited through a fork is left alone)."""
        http, self._http = self.built, None
        if http is not None:
            http.close()


def current_loop() -> tuple[object, bool]:
    """The running event loop (an asyncio loop, or trio's token for this run) and whether it is trio's.

    Neither module is imported here: a loop can only run when its module was imported already.
    """
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
    return None, False  # another runtime: one pool for all of it


def _loop_closed(loop: object, is_trio: bool) -> bool:
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


class AsyncPools:
    """The client's own async pools, one per event loop (and per process)."""

    __slots__ = ("_generation", "_pools")

    def __init__(self) -> None:
        #: loop → (the pool, whether the loop is trio's)
        self._pools: dict[object, tuple[httpx.AsyncClient, bool]] = {}
        self._generation = _generation

    async def get(self) -> httpx.AsyncClient:
        """The pool of the running loop (built in a worker thread if there is none)."""
        loop, is_trio = current_loop()
        if self._generation == _generation:
            entry = self._pools.get(loop)
            if entry is not None:
                return entry[0]
        else:
            self._pools, self._generation = {}, _generation  # forked: the parent's pools are not ours
        import anyio.to_thread  # the async runtime layer, loaded by the first async call

        # Off the loop: the first time, this imports httpcore and loads the CA bundle.
        http = await anyio.to_thread.run_sync(_new_async_client, is_trio)
        # Pools of loops that are closed now: dropped, never touched (their sockets die with them).
        self._pools = {k: v for k, v in self._pools.items() if not _loop_closed(k, v[1])}
        entry = self._pools.setdefault(loop, (http, is_trio))
        if entry[0] is not http:  # another task of this loop built one meanwhile
            await http.aclose()
        return entry[0]

    def built(self) -> httpx.AsyncClient | None:
        """The pool of the running loop, or None when none was built."""
        if self._generation != _generation:
            return None
        entry = self._pools.get(current_loop()[0])
        return None if entry is None else entry[0]

    async def aclose(self) -> None:
        """Close the running loop's pool; drop the others (their loops are closed or not ours)."""
        http = self.built()
        self._pools = {}
        if http is not None:
            await http.aclose()

"""Who owns which connection pool: one per process for sync calls, one per event loop for async ones.

- **Fork.** A pool holds sockets; after ``os.fork()`` parent and child would share them and read each
  other's answers. :data:`_generation` changes in every forked child (``os.register_at_fork``), so a
  pool built before the fork is never used after it in the child: the child builds its own and never
  closes the inherited one (that would shut the parent's TLS sessions; the garbage collector only
  frees the child's copies of the sockets).
- **Event loops.** An async pool belongs to the loop (asyncio or trio) that first used it. A call from
  another loop gets a pool of its own. The loop closes its pool as it shuts down (``asyncio.run`` and
  ``trio.run`` finalize the async generator that :class:`AsyncPools` starts in it); a pool whose loop
  is closed is dropped without being touched.
- **The loop is never blocked.** The first async pool is built in a worker thread: importing httpcore
  and loading the CA bundle take tens to hundreds of milliseconds.

A client passed in (``client=``, ``async_client=``) is never held here: it is the user's to manage.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING

from ._runtime import current_loop, loop_closed, to_thread

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncPools", "SyncPool"]

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
    from ._transport import new_async_client, warm_up

    warm_up(trio)
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


async def _closed_with_the_loop(http: httpx.AsyncClient, is_trio: bool) -> AsyncGenerator[None, None]:
    """Started once in the pool's loop, this async generator is closed by the loop when it shuts down
    (``asyncio.run`` and ``trio.run`` finalize the async generators left open), and closes the pool
    then, while the loop still runs: a pool is never left to a closed loop (which cannot close it)."""
    try:
        yield
    finally:
        if is_trio:
            # trio cancels async work in generators it finalizes at shutdown: closing is shielded
            # (httpcore before 1.0 waits for its pool lock there).
            with sys.modules["trio"].CancelScope(shield=True):
                await http.aclose()
        else:
            await http.aclose()


#: Pools inherited through a fork: kept so that nothing ever closes them in the child (it would close
#: the parent's TLS sessions), never used.
_inherited: list[object] = []


class _Entry:
    __slots__ = ("http", "is_trio", "watcher")

    def __init__(self, http: httpx.AsyncClient, is_trio: bool, watcher: AsyncGenerator[None, None]) -> None:
        self.http = http
        self.is_trio = is_trio
        self.watcher = watcher


class AsyncPools:
    """The client's own async pools, one per event loop (and per process)."""

    __slots__ = ("_generation", "_pools")

    def __init__(self) -> None:
        self._pools: dict[object, _Entry] = {}
        self._generation = _generation

    async def get(self) -> httpx.AsyncClient:
        """The pool of the running loop (built in a worker thread if there is none)."""
        loop, is_trio = current_loop()
        if self._generation != _generation:  # forked: the parent's pools are not ours
            _inherited.append(self._pools)
            self._pools, self._generation = {}, _generation
        entry = self._pools.get(loop)
        if entry is not None:
            return entry.http
        # Off the loop: the first time, this imports httpcore and loads the CA bundle.
        http = await to_thread(_new_async_client, is_trio)
        entry = self._pools.get(loop)
        if entry is not None:  # another task of this loop built one meanwhile
            await http.aclose()
            return entry.http
        watcher = _closed_with_the_loop(http, is_trio)
        await watcher.__anext__()
        # Pools of loops that are closed now are dropped: those loops closed them as they shut down.
        self._pools = {k: v for k, v in self._pools.items() if not loop_closed(k, v.is_trio)}
        self._pools[loop] = _Entry(http, is_trio, watcher)
        return http

    def built(self) -> httpx.AsyncClient | None:
        """The pool of the running loop, or None when none was built."""
        if self._generation != _generation:
            return None
        entry = self._pools.get(current_loop()[0])
        return None if entry is None else entry.http

    async def aclose(self) -> None:
        """Close the running loop's pool; the others close with their loops."""
        entry = None if self._generation != _generation else self._pools.pop(current_loop()[0], None)
        if entry is not None:
            await entry.watcher.aclose()

"""Overhead of the OpenRouter client over raw httpx, measured side by side in one run (``make bench``).

    python scripts/bench.py             # full run (about 2.5 minutes); exit 1 when a target is missed
    python scripts/bench.py --quick     # short smoke run (a few seconds): figures only, no verdict
    python scripts/bench.py --no-fail   # always exit 0 (print the table only)

What is compared (the client against the same work done with bare httpx, on the same local server;
the bare httpx clients get the timeout and pool limits the client gives its own, see ``_pool_config``):

- per call, sync: ``c.credits.get_credits()`` against ``httpx.Client.get(url, headers=...).json()``;
- per call, async: ``await c.credits.get_credits_async()`` against ``await httpx.AsyncClient.get(...)``;
- 200 concurrent async calls (``asyncio.gather``), client against bare ``httpx.AsyncClient``;
- a fresh process: import, build a client and make one call, against ``import httpx``, an
  ``httpx.Client`` and one ``get``: what a script pays;
- the command line: ``openrouter-credits get --json`` (its ``main``) against the same bare httpx call
  printing the answer's JSON: what a CI step pays;
- for reference, without a verdict: the bare httpx script of the fresh-process row with ``import attrs``
  in front, against the same script without it: the least any client built on the generated (attrs)
  models pays;
- import of ``from openrouter import OpenRouter`` against ``import httpx``: in each fresh interpreter
  httpx is imported and timed, then the overlay on top (see ``bench_import``);
  these rows timed inside fresh interpreters (start-up excluded), with the peak RSS (``VmHWM``) of each.

Where users run it: the fresh-interpreter rows run in a venv that holds exactly what ``pip install .``
brings (built once per run in a temporary folder, see ``clean_venv``), not in the development venv,
whose test tools change what httpx's own imports cost (httpcore imports trio whenever it is installed,
about 50 ms on both sides, which hides our own cost). ``--python PATH`` reuses an interpreter instead
(a venv built earlier); ``--quick`` uses the running one. The report says which it used.

How noise is kept out: the server is a minimal asyncio HTTP/1.1 responder (keep-alive, GET /credits)
in its own process, pinned to its own CPU when there are two or more (the measured process keeps to
the others), so it never holds the GIL of the measured process and answers in microseconds (a slow
server would dilute the client's overhead). Both sides send the same headers and read the same bytes.
Blocks run in A B B A units, unit after unit until a time budget is spent; each unit gives one ratio
(either side runs first once), and the verdict is the median over the units, warm-up excluded. The
"CPU ratio" column is the same comparison on this process's CPU time, for reference only.
Timings never decide a test: ``tests/project/test_bench_script.py`` only checks that this script runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

KEY = "sk-or-v1-bench-0000000000000000"
BODY = json.dumps({"data": {"total_credits": 100.5, "total_usage": 25.75}}).encode()


# --- the server (runs in a child process: `bench.py --serve`) ------------------------------------------


def _response(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )


_OK = _response(b"200 OK", BODY)
_UNAUTHORIZED = _response(b"401 Unauthorized", b'{"error":{"code":401,"message":"Missing key"}}')
_NOT_FOUND = _response(b"404 Not Found", b'{"error":{"code":404,"message":"Not Found"}}')


class _Responder(asyncio.Protocol):
    """HTTP/1.1 with keep-alive and pipelining; answers like the stand-in for GET /credits."""

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        out = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end].lower()
            length = 0
            at = head.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = head.find(b"\r\n", at + 2)
                length = int(head[at + 17 : stop if stop >= 0 else len(head)])
            if len(buffer) < end + 4 + length:
                break
            buffer = buffer[end + 4 + length :]
            method, _, rest = head.partition(b" ")
            path = rest.partition(b" ")[0].partition(b"?")[0].rstrip(b"/")
            if method != b"get" or not path.endswith(b"/credits"):
                out.append(_NOT_FOUND)
            elif b"\r\nauthorization: bearer " in head:
                out.append(_OK)
            else:
                out.append(_UNAUTHORIZED)
        self.buffer = buffer
        if out and self.transport is not None:
            self.transport.write(b"".join(out))


def serve(cpu: int | None) -> None:
    """Serve on an ephemeral port; print it, then serve until stdin closes (the parent went away)."""
    if cpu is not None:
        with contextlib.suppress(AttributeError, OSError):
            os.sched_setaffinity(0, {cpu})

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Responder, "127.0.0.1", 0, backlog=1024)
        print(server.sockets[0].getsockname()[1], flush=True)
        await loop.run_in_executor(None, sys.stdin.read)  # EOF: the parent closed our stdin or died
        server.close()

    asyncio.run(main())


@contextlib.contextmanager
def server_process() -> Iterator[str]:
    """Start the responder in a child process (pinned to the last CPU); yield its base URL."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server_cpu = cpus[-1] if len(cpus) >= 2 else None
    args = [sys.executable, __file__, "--serve"]
    if server_cpu is not None:
        args += ["--cpu", str(server_cpu)]
    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        if server_cpu is not None:
            # the measured process (and the interpreters it starts) keeps off the server's CPU
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, set(cpus) - {server_cpu})
        yield f"http://127.0.0.1:{port}"
    finally:
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if server_cpu is not None:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, set(cpus))


# --- measuring ------------------------------------------------------------------------------------------

Block = Callable[[], None]


@dataclass
class Config:
    block_calls: int  # sequential calls per timed block (per-call rows)
    concurrency: int  # calls gathered at once (concurrent row)
    budget: float  # seconds per row for A/B units beyond the minimum
    min_units: int  # an A/B unit is two pairs: A B then B A
    max_units: int
    warmup: int  # untimed calls per side before the per-call rows


FULL = Config(block_calls=100, concurrency=200, budget=12.0, min_units=10, max_units=200, warmup=500)
QUICK = Config(block_calls=30, concurrency=200, budget=0.2, min_units=2, max_units=3, warmup=30)
#: The full run's least number of units for the noisiest rows (one unit's ratio spreads by about 10 %
#: for a fresh process and 26-31 % for 200 concurrent calls here, against targets of 1.10x and 1.15x
#: over true ratios near 1.04x and 1.0x): 10 units missed now and then by chance, these about one run
#: in a hundred. The import row is measured in one interpreter per sample: IMPORT_UNITS of them.
IMPORT_UNITS = 40
FRESH_PROCESS_UNITS = 24
CONCURRENT_UNITS = 30


@dataclass
class Row:
    name: str
    unit: str
    ours: float  # median over the client's blocks, in `unit`
    raw: float  # median over the raw httpx blocks
    ratio: float  # ours / raw, wall-clock (see `alternate`)
    cpu_ratio: float | None  # the same for the CPU time of this process (informative, not gated)
    units: int
    target: float | None  # None: shown for reference, no verdict

    @property
    def ok(self) -> bool:
        return self.target is None or self.ratio <= self.target


Samples = tuple[list[float], list[float]]  # per side (0: the client, 1: raw httpx), one value per block


def alternate(run: Callable[[int], tuple[float, ...]], cfg: Config, budget: float) -> list[Samples]:
    """Run both sides in A B B A units until ``min_units`` are done and the time ``budget`` is spent.

    ``run(side)`` times one block and returns its measures (wall seconds, CPU seconds, ...). A B B A:
    each side runs first and second equally often within every unit, so whatever the previous block
    leaves behind (closing connections, a warm cache) cancels inside the unit.
    """
    samples: list[Samples] | None = None
    deadline = time.perf_counter() + budget
    units = 0
    while units < cfg.min_units or (units < cfg.max_units and time.perf_counter() < deadline):
        for side in (0, 1, 1, 0):
            measures = run(side)
            if samples is None:
                samples = [([], []) for _ in measures]
            for values, value in zip(samples, measures, strict=True):
                values[side].append(value)
        units += 1
    assert samples is not None
    return samples


def unit_ratio(values: Samples) -> float:
    """The median over A B B A units of ours / raw (the geometric mean of the unit's two pairs).

    The median of many neighbouring comparisons: a burst of load on a noisy machine moves few units.
    """
    ours, raw = values
    ratios = [
        ((ours[i] / raw[i]) * (ours[i + 1] / raw[i + 1])) ** 0.5
        for i in range(0, len(ours), 2)
        if raw[i] > 0 and raw[i + 1] > 0
    ]
    return statistics.median(ratios) if ratios else float("nan")


def _timed(block: Block, settle: float = 0.0) -> tuple[float, float]:
    """Wall-clock and process CPU seconds of one block, started from a collected heap.

    ``settle``: seconds to wait first (untimed), for what the previous block left to the server.
    """
    gc.collect()
    if settle:
        time.sleep(settle)
    wall, cpu = time.perf_counter(), time.process_time()
    block()
    return time.perf_counter() - wall, time.process_time() - cpu


def compare(
    name: str,
    unit: str,
    scale: float,
    target: float,
    ours: Block,
    raw: Block,
    cfg: Config,
    budget: float,
    settle: float = 0.0,
) -> Row:
    """Time the two blocks against each other (``scale`` turns a block's seconds into ``unit``)."""
    walls, cpus = alternate(lambda side: _timed(raw if side else ours, settle), cfg, budget)
    cpu_ratio = unit_ratio(cpus)  # process_time may tick too coarsely for tiny blocks: then nan
    return Row(
        name,
        unit,
        statistics.median(walls[0]) * scale,
        statistics.median(walls[1]) * scale,
        unit_ratio(walls),
        None if cpu_ratio != cpu_ratio else cpu_ratio,
        len(walls[0]) // 2,
        target,
    )


def _pool_config() -> dict[str, Any]:
    """The timeout and pool limits the client gives its own httpx clients, for the raw side too.

    The rows compare the client's own cost, not two pool policies: with httpx's default of 20
    kept-alive connections a burst of 200 reconnects ~180 times, with the client's 100 it does not.
    """
    from openrouter import _constants

    return {"timeout": _constants.DEFAULT_TIMEOUT, "limits": _constants.DEFAULT_LIMITS}


def _wire_headers(client: Any) -> dict[str, str]:
    """The headers the client sends: its configuration's, and the key's (added when a call is built)."""
    return {**client._config.headers, "Authorization": f"Bearer {KEY}"}


def bench_sync(url: str, cfg: Config) -> Row:
    import httpx

    from openrouter import OpenRouter

    n = cfg.block_calls
    with OpenRouter(api_key=KEY, server_url=url) as client, httpx.Client(**_pool_config()) as http:
        get_credits = client.credits.get_credits
        headers = _wire_headers(client)  # the same headers on the wire as the client sends
        raw_url = url + "/credits"
        get = http.get

        def ours() -> None:
            for _ in range(n):
                get_credits()

        def raw() -> None:
            for _ in range(n):
                get(raw_url, headers=headers).json()

        assert get_credits().data.total_credits == 100.5
        assert get(raw_url, headers=headers).json()["data"]["total_credits"] == 100.5
        for _ in range(cfg.warmup):
            get_credits()
            get(raw_url, headers=headers).json()
        return compare("per call, sync", "µs", 1e6 / n, 1.00, ours, raw, cfg, cfg.budget)


def bench_async(url: str, cfg: Config) -> list[Row]:
    """The async rows; one event loop runs every block (a block is one ``run_until_complete``)."""
    import httpx

    from openrouter import OpenRouter

    n, k = cfg.block_calls, cfg.concurrency
    loop = asyncio.new_event_loop()
    client = OpenRouter(api_key=KEY, server_url=url)
    http = httpx.AsyncClient(**_pool_config())
    try:
        get_credits = client.credits.get_credits_async
        headers = _wire_headers(client)
        raw_url = url + "/credits"
        get = http.get

        async def raw_call() -> Any:
            return (await get(raw_url, headers=headers)).json()

        async def ours_calls() -> None:
            for _ in range(n):
                await get_credits()

        async def raw_calls() -> None:
            for _ in range(n):
                await raw_call()

        async def ours_gather() -> None:
            results = await asyncio.gather(*(get_credits() for _ in range(k)))
            assert len(results) == k

        async def raw_gather() -> None:
            results = await asyncio.gather(*(raw_call() for _ in range(k)))
            assert len(results) == k

        async def warm_up() -> None:
            assert (await get_credits()).data.total_credits == 100.5
            assert (await raw_call())["data"]["total_credits"] == 100.5
            for _ in range(cfg.warmup):
                await get_credits()
                await raw_call()

        loop.run_until_complete(warm_up())
        per_call = compare(
            "per call, async",
            "µs",
            1e6 / n,
            1.00,
            lambda: loop.run_until_complete(ours_calls()),
            lambda: loop.run_until_complete(raw_calls()),
            cfg,
            cfg.budget,
        )
        loop.run_until_complete(ours_gather())  # warm-up: the pools open their connections
        loop.run_until_complete(raw_gather())
        gathered = compare(
            f"{k} concurrent, async",
            "ms",
            1e3,
            1.15,
            lambda: loop.run_until_complete(ours_gather()),
            lambda: loop.run_until_complete(raw_gather()),
            # The noisiest row: 200 calls queue for a pool of 100 connections (see CONCURRENT_UNITS).
            replace(cfg, min_units=CONCURRENT_UNITS) if cfg is FULL else cfg,
            2 * cfg.budget,
            settle=0.02,
        )
        return [per_call, gathered]
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(http.aclose())
        loop.close()


_PEAK = """\
def peak():  # the peak RSS of this interpreter alone: ru_maxrss would include the parent's, copied at spawn
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
"""

_CHILD = """\
import sys, time
{peak}
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
print(elapsed, peak())
"""

#: The import row's child: ``import httpx``, then the overlay on top, each timed, in one interpreter.
_SPLIT_CHILD = """\
import sys, time
{peak}
start = time.perf_counter()
import httpx
raw, raw_peak = time.perf_counter() - start, peak()
start = time.perf_counter()
from openrouter import OpenRouter
print(raw + time.perf_counter() - start, raw, peak(), raw_peak)
"""


#: The interpreter of the fresh-interpreter rows (``main`` sets it: the clean venv's, see ``clean_venv``).
PYTHON = sys.executable


def _child(code: str) -> list[float]:
    """Run ``code`` in a fresh interpreter (``PYTHON``, from a neutral folder, the API key set): the
    numbers on its last line (the command line row prints its own output first). ``-P``: the folder is
    not put on ``sys.path``, so a stray ``grp.py`` there cannot stand in for a module the child imports."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["OPENROUTER_API_KEY"] = KEY
    out = subprocess.run(
        [PYTHON, "-P", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tempfile.gettempdir(),
    )
    return [float(x) for x in out.stdout.splitlines()[-1].split()]


def _import_child(statement: str) -> tuple[float, float]:
    """Seconds the statement takes in a fresh interpreter, and that interpreter's peak RSS in bytes.

    The statement is timed inside the child, so interpreter start-up does not dilute the ratio.
    """
    elapsed, peak = _child(_CHILD.format(peak=_PEAK, statement=statement))
    return elapsed, peak


ROOT = Path(__file__).resolve().parent.parent


def compile_packages() -> None:
    """Write the byte-code caches of both packages, as pip does when it installs a wheel: for a run in
    the development venv (``--quick``), whose editable install would otherwise compile its sources in
    every fresh interpreter under PYTHONDONTWRITEBYTECODE, which no installed user pays."""
    import compileall

    import openrouter
    import openrouter_credits_api

    for package in (openrouter, openrouter_credits_api):
        compileall.compile_dir(os.path.dirname(package.__file__ or ""), quiet=1)


@contextlib.contextmanager
def clean_venv() -> Iterator[str]:
    """A venv in a temporary folder holding exactly what ``pip install .`` brings (the package from this
    clone and its runtime dependencies, byte-code compiled as pip does): yield its interpreter."""
    with tempfile.TemporaryDirectory(prefix="bench-venv-") as folder:
        subprocess.run([sys.executable, "-m", "venv", folder], check=True)
        python = str(Path(folder) / "bin" / "python")
        pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, str(ROOT)], check=True, stdout=subprocess.DEVNULL)
        yield python


def venv_contents(python: str) -> str:
    """What the venv of ``python`` holds, as ``name==version`` (pip and setuptools left out)."""
    out = subprocess.run(
        [python, "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    skip = ("pip==", "setuptools==", "wheel==")
    return " ".join(line for line in out.split() if not line.startswith(skip))


def _rows(
    name: str,
    memory: str,
    seconds: Samples,
    rss: Samples,
    ratio: Callable[[Samples], float],
    units: int,
    target: float | None,
) -> list[Row]:
    """The time row and the peak-memory row of fresh-interpreter samples (``ratio`` pairs the sides)."""
    median = statistics.median
    return [
        Row(
            name,
            "ms",
            median(seconds[0]) * 1e3,
            median(seconds[1]) * 1e3,
            ratio(seconds),
            None,
            units,
            target,
        ),
        Row(
            memory,
            "MiB",
            median(rss[0]) / 2**20,
            median(rss[1]) / 2**20,
            ratio(rss),
            None,
            units,
            None if target is None else 1.15,
        ),
    ]


def paired_ratio(values: Samples) -> float:
    """The median over samples of ours / raw, each pair measured in the same interpreter."""
    return statistics.median(o / r for o, r in zip(*values, strict=True))


def _fresh_rows(name: str, memory: str, ours: str, raw: str, target: float | None, cfg: Config) -> list[Row]:
    """Run two statements in fresh interpreters, alternating: their time and their peak RSS."""
    for statement in (ours, raw):  # warm-up: the page cache
        _import_child(statement)
    seconds, rss = alternate(lambda side: _import_child(raw if side else ours), cfg, cfg.budget)
    return _rows(name, memory, seconds, rss, unit_ratio, len(seconds[0]) // 2, target)


def bench_import(cfg: Config) -> list[Row]:
    """``from openrouter import OpenRouter`` against ``import httpx``, in the same fresh interpreters.

    Each interpreter imports httpx (the raw figure), then the overlay on top (ours: both together, the
    same modules a plain ``from openrouter import OpenRouter`` loads), and the ratio is the median over
    interpreters. Two separate interpreters differ by ~18 % here even for the same statement (identical
    imports compared 0.96-1.01x over 40 A B B A units), which drowns a 15 % target; within one
    interpreter the pair shares that noise.
    """
    code = _SPLIT_CHILD.format(peak=_PEAK)
    runs = max(cfg.min_units, IMPORT_UNITS if cfg is FULL else 0)
    _child(code)  # warm-up: the page cache
    ours, raw, ours_peak, raw_peak = zip(*(_child(code) for _ in range(runs)), strict=True)
    seconds, rss = (list(ours), list(raw)), (list(ours_peak), list(raw_peak))
    return _rows("import", "peak memory after import", seconds, rss, paired_ratio, runs, 1.15)


def bench_fresh_process(url: str, cfg: Config) -> list[Row]:
    """What a script or a CI step pays: import, build a client, make one call, in a fresh interpreter."""
    from openrouter import OpenRouter

    headers = _wire_headers(OpenRouter(api_key=KEY))  # the same headers on the wire
    ours = (
        "from openrouter import OpenRouter\n"
        f"with OpenRouter(api_key={KEY!r}, server_url={url!r}) as c:\n"
        "    assert c.credits.get_credits().data.total_credits == 100.5"
    )
    raw = (
        "import httpx\n"
        "with httpx.Client(timeout=httpx.Timeout(20.0, connect=5.0),\n"
        "                  limits=httpx.Limits(max_connections=100, max_keepalive_connections=100)) as c:\n"
        f"    r = c.get({url + '/credits'!r}, headers={headers!r})\n"
        "    assert r.json()['data']['total_credits'] == 100.5"
    )
    name = "fresh process: import, client, one call"
    if cfg is FULL:
        cfg = replace(cfg, min_units=FRESH_PROCESS_UNITS)
    rows = _fresh_rows(name, "peak memory after one call", ours, raw, 1.15, cfg)
    # For reference (no verdict): the same bare httpx script importing attrs first, which the generated
    # models are built with. No client of this design starts faster than this row.
    floor, _ = _fresh_rows(
        "floor: the bare httpx script + import attrs",
        "its peak memory",
        "import attrs\n" + raw,
        raw,
        None,
        cfg,
    )
    return [*rows, floor]


def bench_command_line(url: str, cfg: Config) -> list[Row]:
    """What a CI step pays: ``openrouter-credits get --json`` (the console script's ``main``, the key in
    ``OPENROUTER_API_KEY``) against bare httpx making the same call and printing the answer's JSON."""
    from openrouter import OpenRouter

    headers = _wire_headers(OpenRouter(api_key=KEY))
    ours = f"from openrouter._cli import main\nassert main(['get', '--json', '--server-url', {url!r}]) == 0"
    raw = (
        "import json, httpx\n"
        "with httpx.Client(timeout=httpx.Timeout(20.0, connect=5.0),\n"
        "                  limits=httpx.Limits(max_connections=100, max_keepalive_connections=100)) as c:\n"
        f"    r = c.get({url + '/credits'!r}, headers={headers!r})\n"
        "    print(json.dumps(r.json()['data']))"
    )
    name = "command line: get --json"
    if cfg is FULL:
        cfg = replace(cfg, min_units=FRESH_PROCESS_UNITS)
    return _fresh_rows(name, "peak memory of the command", ours, raw, 1.25, cfg)


# --- report --------------------------------------------------------------------------------------------


def table(rows: list[Row], verdict: bool = True) -> str:
    header = ("measure", "openrouter", "raw httpx", "ratio", "target", "", "CPU ratio", "units")
    lines = [header]
    for r in rows:
        lines.append(
            (
                r.name,
                f"{r.ours:,.1f} {r.unit}",
                f"{r.raw:,.1f} {r.unit}",
                f"{r.ratio:.3f}x",
                "-" if r.target is None else f"<= {r.target:.2f}x",
                ("ok" if r.ok else "MISSED") if verdict and r.target is not None else "-",
                "-" if r.cpu_ratio is None else f"{r.cpu_ratio:.3f}x",
                str(r.units),
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True)]
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (numbers only indicative)")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even when a target is missed")
    parser.add_argument(
        "--python",
        metavar="PATH",
        help="the interpreter of the fresh-interpreter rows (default: a clean venv built for this run; "
        "--quick: this one)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.cpu)
        return 0

    import httpx

    global PYTHON
    cfg = QUICK if args.quick else FULL
    started = time.perf_counter()
    rows: list[Row] = []
    with contextlib.ExitStack() as stack:
        if args.python or args.quick:
            PYTHON = args.python or sys.executable
            where = f"{PYTHON} (given)" if args.python else "this interpreter's venv (quick run)"
            if sys.executable == PYTHON:
                compile_packages()
        else:
            PYTHON = stack.enter_context(clean_venv())
            where = "a clean venv built for this run by `pip install .`"
        where += f", holding {venv_contents(PYTHON)}"
        url = stack.enter_context(server_process())
        rows.append(bench_sync(url, cfg))
        rows.extend(bench_async(url, cfg))
        rows.extend(bench_fresh_process(url, cfg))
        rows.extend(bench_command_line(url, cfg))
        rows.extend(bench_import(cfg))
    elapsed = time.perf_counter() - started

    print(
        f"openrouter vs raw httpx (per-call rows: this venv's httpx {httpx.__version__}), "
        f"python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {'quick' if args.quick else 'full'} "
        f"run in {elapsed:.0f} s. Per-call blocks of {cfg.block_calls} calls; ratio: median over A B B A "
        "units of wall-clock time (import: over interpreters that import httpx, then the overlay on top; "
        "CPU ratio: the same for this process's CPU time, not gated)"
    )
    print(f"fresh-interpreter rows (fresh process, command line, import) run in {where}")
    print(table(rows, verdict=not args.quick))
    if args.quick:
        print("quick run: figures only, no verdict (too short to judge; run `make bench` for one)")
        return 0
    missed = [r.name for r in rows if not r.ok]
    if not missed:
        print("all targets met")
        return 0
    print(f"MISSED: {', '.join(missed)}")
    return 0 if args.no_fail else 1


if __name__ == "__main__":
    sys.exit(main())

"""A scrape of ``openrouter-credits exporter``: its cost, and its memory held flat (``make bench-exporter``).

    python scripts/bench_exporter.py                 # 10,000 scrapes; exit 1 when the memory grows
    python scripts/bench_exporter.py --scrapes 500   # a short run (figures only, no verdict)

The exporter runs as the real command (``python -m openrouter exporter``) in its own process, polling a
stand-in (``openrouter.testing``) for a key with three budget layers every second. This process scrapes
``/metrics`` over HTTP, one scrape after another, and reads the exporter's resident memory (``VmRSS``
of ``/proc/PID/status``) after the warm-up (the first 10 % of the scrapes) and at the end. Printed:
the scrape's wall time (median and 99th percentile, client side, a new connection each), the
exporter's CPU time per scrape, the size of one exposition, the API calls the stand-in received, and
the memory at both points.

Verdict (full runs only): the exporter's memory after all the scrapes is within ``--max-growth-mib``
(default 2 MiB) of its memory after the warm-up. Timings are reported, never judged: the machine is
shared. ``tests/project/test_bench_exporter.py`` runs a short run of it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from openrouter.testing import Budget, Key, StandIn

ROOT = Path(__file__).resolve().parent.parent
KEY = "sk-or-v1-bench-exporter-0000000000"
FULL = 10_000


def rss_kib(pid: int) -> int:
    """The resident memory of ``pid`` in KiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scrapes", type=int, default=FULL, help=f"scrapes to make (default {FULL:,})")
    parser.add_argument("--max-growth-mib", type=float, default=2.0, help="allowed memory growth (MiB)")
    args = parser.parse_args()
    key = Key(
        limit=100,
        usage=25.5,
        limit_reset="monthly",
        budgets=[
            Budget("workspace", limit=500, spend=120, reset="monthly", budget_id="wb_1"),
            Budget("api_key", limit=50, spend=10, reset="daily", guardrail_id="gr_1"),
        ],
        free_requests_limit=50,
        free_requests_used=3,
        workspace_id="ws_1",
        organization_id="org_1",
        expires_at="2030-01-01T00:00:00Z",
    )
    with StandIn(keys={KEY: key}) as server:
        env = {**os.environ, "OPENROUTER_API_KEY": KEY}
        argv = [sys.executable, "-m", "openrouter", "exporter", "--listen", "127.0.0.1:0"]
        proc = subprocess.Popen(
            [*argv, "--interval", "1", "--server-url", server.url], stdout=subprocess.PIPE, text=True, env=env
        )
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip()
            deadline = time.monotonic() + 30
            while b"openrouter_up 1.0" not in urllib.request.urlopen(url, timeout=10).read():
                if time.monotonic() > deadline:
                    raise SystemExit("the exporter's first poll did not succeed within 30 s")
                time.sleep(0.05)
            warm = max(1, args.scrapes // 10)
            times: list[float] = []
            size = 0
            calls_before, started = len(server.requests), time.monotonic()
            for i in range(args.scrapes):
                if i == warm:
                    rss_warm, cpu_warm = rss_kib(proc.pid), cpu_seconds(proc.pid)
                t0 = time.perf_counter()
                with urllib.request.urlopen(url, timeout=10) as res:
                    size = len(res.read())
                times.append(time.perf_counter() - t0)
            elapsed = time.monotonic() - started
            rss_end, cpu_end = rss_kib(proc.pid), cpu_seconds(proc.pid)
            calls = len(server.requests) - calls_before
        finally:
            proc.terminate()
            proc.wait(10)
    measured = times[warm:]
    growth = (rss_end - rss_warm) / 1024
    print(f"scrapes                 {args.scrapes:,} in {elapsed:.1f} s ({args.scrapes / elapsed:,.0f}/s)")
    print(f"scrape, median          {statistics.median(measured) * 1e3:.2f} ms (client side, new connection)")
    print(f"scrape, 99th percentile {statistics.quantiles(measured, n=100)[98] * 1e3:.2f} ms")
    print(f"exporter CPU per scrape {(cpu_end - cpu_warm) / len(measured) * 1e3:.2f} ms")
    print(f"exposition size         {size:,} bytes")
    print(f"API calls (GET /key)    {calls} in {elapsed:.1f} s at --interval 1")
    print(f"exporter memory         {rss_warm / 1024:.1f} MiB after {warm:,} scrapes")
    after = f"{rss_end / 1024:.1f} MiB after {args.scrapes:,} scrapes"
    print(f"                        {after} ({growth:+.2f} MiB)")
    if args.scrapes < FULL:
        print("a short run: figures only, no verdict")
        return 0
    if growth > args.max_growth_mib:
        print(f"memory grew by {growth:.2f} MiB, more than {args.max_growth_mib} MiB: not flat")
        return 1
    print(f"memory held flat (within {args.max_growth_mib} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

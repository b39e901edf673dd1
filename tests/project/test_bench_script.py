"""``scripts/bench.py`` runs and prints its table (a smoke test: timings never decide a test)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

ROWS = (
    "per call, sync",
    "per call, async",
    "200 concurrent, async",
    "fresh process: import, client, one call",
    "peak memory after one call",
    "floor: the bare httpx script + import attrs",
    "command line: get --json",
    "peak memory of the command",
    "import",
    "peak memory after import",
)


def test_quick_bench_prints_every_row_of_the_table() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--no-fail"],
        capture_output=True,
        text=True,
        timeout=50,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| measure"))
    assert "openrouter" in header
    assert "raw httpx" in header
    assert "ratio" in header
    for name in ROWS:
        row = [line for line in lines if line.startswith(f"| {name} ")]
        assert len(row) == 1, f"no table row for {name!r} in:\n{done.stdout}"
        cells = [cell.strip() for cell in row[0].strip("|").split("|")]
        assert cells[3].endswith("x")  # a ratio was computed (its value is not judged here)
        assert cells[5] == "-"  # a quick run gives figures, never a verdict
    floor = next(line for line in lines if line.startswith("| floor: "))
    assert [cell.strip() for cell in floor.strip("|").split("|")][4] == "-"  # for reference: no target
    assert "no verdict" in done.stdout

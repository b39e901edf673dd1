"""``scripts/bench_exporter.py`` runs and prints its figures (a short run: timings never decide a test)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_a_short_exporter_bench_prints_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench_exporter.py"), "--scrapes", "200"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    for start in ("scrapes ", "scrape, median", "exporter CPU per scrape", "exporter memory", "API calls"):
        assert any(line.startswith(start) for line in done.stdout.splitlines()), (start, done.stdout)
    assert done.stdout.rstrip().endswith("a short run: figures only, no verdict")

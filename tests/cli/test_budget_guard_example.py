"""``examples/budget-guard.yml``: its guard step, run as GitHub runs it (bash -e), against the stand-in.

actionlint checks the file's syntax and shell (``make lint``); this runs the step's script for each
outcome a pipeline meets and checks the status and the annotation it prints.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, StandIn
from openrouter.testing import Budget, Key

WORKFLOW = ROOT / "examples" / "budget-guard.yml"
KEY = "sk-or-v1-ci-pipeline-key-0001"


def guard_step() -> tuple[str, dict[str, str]]:
    """The guard step's script and the job's env (MIN_USD, MIN_DAYS)."""
    job = yaml.safe_load(WORKFLOW.read_text())["jobs"]["budget"]
    (step,) = [s for s in job["steps"] if s.get("name") == "Check what the key may still spend"]
    assert step["env"]["OPENROUTER_API_KEY"] == "${{ secrets.OPENROUTER_API_KEY }}"
    return step["run"], {k: str(v) for k, v in job["env"].items()}


def run_guard(tmp_path: Path, key: Key) -> tuple[int, str, str]:
    """The step's script in bash -e, ``openrouter-credits`` pointed at a stand-in that knows ``key``."""
    script, job_env = guard_step()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    real = Path(sys.executable).parent / "openrouter-credits"
    if not real.exists():
        pytest.skip("the console script is not installed in this environment")
    summary = tmp_path / "summary.md"
    with StandIn(keys={KEY: key}) as server:
        wrapper = bin_dir / "openrouter-credits"  # the real command, told where the stand-in is
        wrapper.write_text(f'#!/bin/sh\nexec "{real}" "$@" --server-url "{server.url}"\n')
        wrapper.chmod(0o755)
        env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
        env.update(job_env)
        env.update(
            PATH=f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            OPENROUTER_API_KEY=KEY,
            GITHUB_STEP_SUMMARY=str(summary),
        )
        proc = subprocess.run(
            ["bash", "-e", "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
        )
    assert KEY not in proc.stdout + proc.stderr
    return proc.returncode, proc.stdout, summary.read_text() if summary.exists() else ""


def test_enough_left_passes_and_writes_the_summary(tmp_path: Path) -> None:
    status, out, summary = run_guard(tmp_path, Key(limit=20, usage=4.5, limit_reset="monthly"))
    assert (status, out) == (0, "")
    assert (
        summary
        == "OpenRouter key `sk-or-v1-ci...001`: 15.50 of 20.00 USD left (key_limit, monthly), expires never\n"
    )


@pytest.mark.parametrize(
    ("key", "annotation"),
    [
        (Key(limit=20, usage=16), "::error::a budget of the OpenRouter key has less than 5 USD left"),
        (
            Key(limit=20, budgets=[Budget("workspace", limit=500, spend=500, reset="monthly")]),
            "::error::a budget of the OpenRouter key has less than 5 USD left",
        ),
        (
            Key(limit=20, expires_at="2020-01-01T00:00:00Z"),
            "::error::OPENROUTER_API_KEY is missing, wrong, expired",
        ),
        (Key(), "::error::nothing limits what the OpenRouter key may spend"),
    ],
    ids=["too-little", "workspace-spent", "expired", "no-limit"],
)
def test_each_failure_stops_the_pipeline_with_its_annotation(
    tmp_path: Path, key: Key, annotation: str
) -> None:
    status, out, summary = run_guard(tmp_path, key)
    assert status == 1
    assert out.startswith(annotation), out
    assert summary == ""


def test_a_key_that_expires_soon_stops_it_too(tmp_path: Path) -> None:
    import datetime

    soon = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)  # MIN_DAYS is 7: wide margins
    status, out, _ = run_guard(tmp_path, Key(limit=20, expires_at=soon))
    assert status == 1
    assert "or the key expires within 7 days" in out

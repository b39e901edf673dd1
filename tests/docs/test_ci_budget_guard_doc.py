"""``docs/ci-budget-guard.md`` says what the code does: its Python and shell blocks run against the
stand-in, its sample output is what ``openrouter-credits key`` prints, its CI step is the example's.

(The docs site's own test runs every page's blocks too; this one also checks the shown output and keeps
the page and ``examples/budget-guard.yml`` from drifting apart.)
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, StandIn
from openrouter import OpenRouter, _cli
from openrouter.testing import Key
from support.docs_default_server import point_default_server_at

PAGE = ROOT / "docs" / "ci-budget-guard.md"


def blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```$", PAGE.read_text(), re.MULTILINE | re.DOTALL)


def test_the_page_has_its_blocks() -> None:
    assert (len(blocks("python")), len(blocks("sh")), len(blocks("text")), len(blocks("yaml"))) == (
        3,
        1,
        2,
        1,
    )


@pytest.mark.parametrize("index", [0, 1, 2])
def test_python_blocks_run(index: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENROUTER_API_KEY", "sk-or-v1-docs-example")
    with StandIn() as server:  # a block without server_url reaches this one instead of the real API
        monkeypatch.setattr(OpenRouter, "__init__", OpenRouter.__init__)  # undone after the test
        point_default_server_at(server.url)
        code = blocks("python")[index]
        exec(compile(code, f"{PAGE.name} python block {index}", "exec"), {"__name__": "__main__"})


def test_the_shell_block_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    proc = subprocess.run(
        ["bash", "-e", "-c", blocks("sh")[0]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "remaining    12.50 USD" in proc.stdout


def test_the_sample_output_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = blocks("text")[0].splitlines()
    assert shown[:2] == [
        "$ export OPENROUTER_API_KEY=sk-or-v1-...     # the pipeline's inference key",
        "$ openrouter-credits key",
    ]
    key = "sk-or-v1-ci-pipeline-key-0001"
    monkeypatch.setenv("OPENROUTER_API_KEY", key)
    spent = {"usage": 31.25, "usage_monthly": 7.5, "usage_weekly": 2, "usage_daily": 0.5}
    with StandIn(
        keys={key: Key(limit=20, limit_reset="monthly", expires_at="2027-12-31T23:59:59Z", **spent)}
    ) as s:
        assert _cli.main(["key", "--server-url", s.url]) == 0
    out = capsys.readouterr().out
    want = "\n".join(shown[2:]) + "\n"
    assert doctest.OutputChecker().check_output(want, out, doctest.ELLIPSIS), out


def test_the_ci_step_is_the_examples() -> None:
    (step,) = yaml.safe_load(blocks("yaml")[0])
    job = yaml.safe_load((ROOT / "examples" / "budget-guard.yml").read_text())["jobs"]["budget"]
    (example,) = [s for s in job["steps"] if s.get("name") == step["name"]]
    assert step["env"] == example["env"]
    assert example["run"].startswith(step["run"])  # the page leaves out the job summary that follows

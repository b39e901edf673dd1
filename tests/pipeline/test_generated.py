"""generated/ is exactly what the pinned generator makes of openapi.yaml, and drift is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def _check(dest: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.generate", "--check", "--dest", str(dest)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def test_an_edited_line_fails_the_check_with_a_diff_and_reverting_passes(tmp_path: Path) -> None:
    package = tmp_path / "openrouter_credits_api"
    shutil.copytree(ROOT / "generated" / "openrouter_credits_api", package)
    assert _check(tmp_path).returncode == 0

    target = package / "api" / "credits_" / "get_credits.py"
    original = target.read_text()
    target.write_text(original.replace('"url": "/credits"', '"url": "/credit"'))
    drifted = _check(tmp_path)
    assert drifted.returncode == 1
    assert '-        "url": "/credit",' in drifted.stdout
    assert '+        "url": "/credits",' in drifted.stdout
    assert "make generate" in drifted.stdout

    target.write_text(original)
    assert _check(tmp_path).returncode == 0


def test_an_extra_file_is_drift_too(tmp_path: Path) -> None:
    package = tmp_path / "openrouter_credits_api"
    shutil.copytree(ROOT / "generated" / "openrouter_credits_api", package)
    (package / "handmade.py").write_text("x = 1\n")
    result = _check(tmp_path)
    assert result.returncode == 1
    assert "handmade.py" in result.stdout


def test_both_packages_are_typed() -> None:
    assert (ROOT / "generated" / "openrouter_credits_api" / "py.typed").exists()
    assert (ROOT / "overlay" / "openrouter" / "py.typed").exists()

"""The wheel: what it holds, and that it works installed in a fresh virtual environment.

The venv gets the wheel only (``--no-deps``); its dependencies come from the project's own environment
through a ``.pth`` file, so the test needs no network and takes seconds. (scripts/check_pythons.sh does
the full install, dependencies from PyPI, on every supported Python.)
"""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import CANARY_KEY, ROOT, StandIn

pytestmark = pytest.mark.slow

#: What hatchling reads as the version: the one assignment in _version.py.
VERSION: str = runpy.run_path(str(ROOT / "overlay" / "openrouter" / "_version.py"))["__version__"]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel installed; returns its bin folder."""
    home = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True, timeout=60)
    python = home / "bin" / "python"
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index"),
            *("--disable-pip-version-check", "--quiet", str(wheel)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # httpx, attrs, dateutil, anyio from the project's environment: a plain path line, appended to
    # sys.path after the venv's own site-packages (the editable install's .pth there is not read).
    (Path(site) / "_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return home / "bin"


def run(venv: Path, tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["OPENROUTER_API_KEY"] = CANARY_KEY
    return subprocess.run(argv, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60)


def test_wheel_holds_both_packages_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "openrouter/__init__.py",
        "openrouter/py.typed",
        "openrouter/_cli.py",
        "openrouter/__main__.py",
        "openrouter/testing/__init__.py",
        "openrouter/testing/__main__.py",
        "openrouter_credits_api/__init__.py",
        "openrouter_credits_api/py.typed",
        "openrouter_credits_api/api/credits_/get_credits.py",
        "openrouter_credits_api/models/get_credits_response.py",
    ):
        assert required in names
    assert not {n for n in names if n.startswith(("tests/", "scripts/", "overlay/", "generated/"))}
    dist_info = f"openrouter_credits-{VERSION}.dist-info"
    assert wheel.name == f"openrouter_credits-{VERSION}-py3-none-any.whl"
    metadata = zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA").decode()
    assert f"\nVersion: {VERSION}\n" in metadata
    assert "\nRequires-Python: >=3.11\n" in metadata
    entry_points = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "openrouter-credits = openrouter._cli:main" in entry_points


def test_installed_wheel_reports_its_version(venv: Path, tmp_path: Path) -> None:
    proc = run(
        venv,
        tmp_path,
        str(venv / "python"),
        "-c",
        "import openrouter, openrouter_credits_api; print(openrouter.__version__); "
        "print(openrouter.__file__); print(openrouter_credits_api.__file__)",
    )
    assert proc.returncode == 0, proc.stderr
    version, overlay, generated = proc.stdout.splitlines()
    assert version == VERSION
    for path in (overlay, generated):  # the installed copy, not the source tree
        assert Path(path).is_relative_to(venv.parent), path


def test_readme_example_runs_against_the_stand_in(venv: Path, tmp_path: Path, server: StandIn) -> None:
    example = tmp_path / "example.py"  # run from outside the source tree, so the wheel is what runs
    shutil.copy(ROOT / "scripts" / "example.py", example)
    proc = run(venv, tmp_path, str(venv / "python"), str(example), server.url)
    assert proc.returncode == 0, proc.stderr
    assert "total_credits=100.5" in proc.stdout
    assert "total_usage=25.75" in proc.stdout
    (request,) = server.requests
    assert request.headers["x-openrouter-title"] == "My App"
    assert request.headers["authorization"] == f"Bearer {CANARY_KEY}"


def test_installed_console_script(venv: Path, tmp_path: Path, server: StandIn) -> None:
    proc = run(venv, tmp_path, str(venv / "openrouter-credits"), "get", "--server-url", server.url)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.splitlines()[-1] == "remaining   74.75"

"""The wheel: what it holds, and that it works installed in a fresh virtual environment.

The venv gets the wheel only (``--no-deps``); its dependencies come from the project's own environment
through a ``.pth`` file, so the test needs no network and takes seconds. (scripts/check_pythons.sh does
the full install, dependencies from PyPI, on every supported Python.)

The README's "Pinning in CI" advice is tested the same way: a second fresh venv gets every dependency
from requirements.lock, hash-checked and offline (from a wheelhouse the first run downloads once into
this environment's prefix), then the wheel with ``--no-deps``, then ``pip check`` and the README example.
"""

from __future__ import annotations

import hashlib
import json
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


def pip(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """This environment's pip, quiet; the caller checks the result."""
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )


@pytest.fixture(scope="module")
def wheelhouse() -> Path:
    """The files requirements.lock names for this Python, downloaded (hash-checked) once per lock."""
    lock = ROOT / "requirements.lock"
    house = Path(sys.prefix) / "wheelhouse" / hashlib.sha256(lock.read_bytes()).hexdigest()[:16]
    if not (house / ".complete").exists():
        proc = pip(
            "download",
            "--quiet",
            "--require-hashes",
            "--only-binary=:all:",
            "-r",
            str(lock),
            "-d",
            str(house),
        )
        assert proc.returncode == 0, (
            "could not fetch the locked wheels (first run needs PyPI):\n" + proc.stderr
        )
        (house / ".complete").touch()
    return house


@pytest.fixture(scope="module")
def locked_venv(wheel: Path, wheelhouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv set up as the README's "Pinning in CI" says, offline; returns its bin folder."""
    home = tmp_path_factory.mktemp("locked") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(home)], check=True, timeout=60)
    python = str(home / "bin" / "python")
    offline = {**os.environ, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1"}  # no index, no find-links
    offline.pop("PIP_CONSTRAINT", None)  # make test-lowest's constraints are not the user's
    for args in (
        ("--require-hashes", "--find-links", str(wheelhouse), "-r", str(ROOT / "requirements.lock")),
        ("--no-deps", str(wheel)),
    ):
        proc = pip("--python", python, "install", "--quiet", *args, env=offline)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    proc = pip("--python", python, "check", env=offline)
    assert proc.returncode == 0, proc.stdout + proc.stderr
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
        "openrouter/_cli/__init__.py",
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


def test_pinning_advice_installs_the_locked_versions_offline(
    locked_venv: Path, tmp_path: Path, server: StandIn
) -> None:
    code = (
        "import json, importlib.metadata as md; "
        "print(json.dumps({d.name: d.version for d in md.distributions()}))"
    )
    proc = run(locked_venv, tmp_path, str(locked_venv / "python"), "-c", code)
    assert proc.returncode == 0, proc.stderr
    installed = {name.lower().replace("_", "-"): version for name, version in json.loads(proc.stdout).items()}
    assert installed.pop("openrouter-credits") == VERSION
    lock = (ROOT / "requirements.lock").read_text()
    assert installed
    for name, version in installed.items():  # everything else came from the lock, at its pinned version
        assert f"\n{name}=={version} " in lock, f"{name}=={version} is installed but the lock does not pin it"
    example = tmp_path / "example.py"  # the README example, run by the locked install
    shutil.copy(ROOT / "scripts" / "example.py", example)
    proc = run(locked_venv, tmp_path, str(locked_venv / "python"), str(example), server.url)
    assert proc.returncode == 0, proc.stderr
    assert "total_credits=100.5" in proc.stdout

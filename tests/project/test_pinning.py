"""The dependency bounds, the lowest-versions constraints and the lock agree with each other.

pyproject.toml says which versions of the runtime dependencies are allowed; .ci/lowest.txt pins the lowest
of them (what `make test-lowest` and the CI's `lowest` job test); requirements.lock pins everything a
user installs, with hashes (what docs/pinning.md installs); requirements-dev.txt pins every development
tool exactly (not a published extra). tests/project/test_dist.py installs the lock offline into a fresh
venv and runs the README example with it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

from conftest import ROOT

LOCK = ROOT / "requirements.lock"
DEV = ROOT / "requirements-dev.txt"
DOCS = ROOT / "requirements-docs.txt"
CONFORMANCE = ROOT / "requirements-conformance.txt"
LOWEST = ROOT / ".ci" / "lowest.txt"


def runtime_requirements() -> dict[str, Requirement]:
    """pyproject's [project].dependencies, by canonical name."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    reqs = [Requirement(line) for line in project["dependencies"]]
    return {canonicalize_name(r.name): r for r in reqs}


def requirement_lines(path: Path) -> list[str]:
    """The requirement lines of a pip requirements file: continuations joined, comments dropped."""
    text = re.sub(r"\\\n", " ", path.read_text())
    lines = (line.split("#")[0].strip() for line in text.splitlines())
    return [line for line in lines if line]


def locked() -> dict[str, tuple[Requirement, list[str]]]:
    """requirements.lock: canonical name -> (the requirement, its hashes)."""
    out: dict[str, tuple[Requirement, list[str]]] = {}
    for line in requirement_lines(LOCK):
        hashes = re.findall(r"--hash=(\S+)", line)
        req = Requirement(re.sub(r"\s*--hash=\S+", "", line))
        out[canonicalize_name(req.name)] = (req, hashes)
    return out


def pinned_version(req: Requirement) -> Version:
    (spec,) = req.specifier
    assert spec.operator == "==", f"{req} is not an exact pin"
    return Version(spec.version)


def lower_bound(specifier: SpecifierSet) -> Version:
    (bound,) = [Version(s.version) for s in specifier if s.operator == ">="]
    return bound


def test_lowest_constraints_are_exactly_the_lower_bounds() -> None:
    lowest = {canonicalize_name(r.name): r for r in map(Requirement, requirement_lines(LOWEST))}
    runtime = runtime_requirements()
    assert lowest.keys() == runtime.keys()
    for name, req in runtime.items():
        assert pinned_version(lowest[name]) == lower_bound(req.specifier), name


def test_every_runtime_dependency_is_capped_below_its_next_major() -> None:
    for name, req in runtime_requirements().items():
        caps = [Version(s.version) for s in req.specifier if s.operator == "<"]
        assert len(caps) == 1, f"{name}: no upper bound in {req}"
        (cap,) = caps
        assert cap.release[1:] in ((), (0,), (0, 0)), f"{name}: the cap {cap} is not a major version"
        assert cap > lower_bound(req.specifier), name


def test_the_lock_pins_every_package_exactly_with_hashes() -> None:
    entries = locked()
    assert entries, "requirements.lock holds no requirement"
    for name, (req, hashes) in entries.items():
        pinned_version(req)
        assert hashes, f"{name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), (name, hashes)


def test_the_lock_satisfies_pyproject() -> None:
    entries = locked()
    for name, req in runtime_requirements().items():
        assert name in entries, f"{name} is a runtime dependency but not in requirements.lock"
        version = pinned_version(entries[name][0])
        assert req.specifier.contains(version, prereleases=True), (
            f"locked {name}=={version}, pyproject: {req}"
        )


def test_every_dev_tool_is_pinned_exactly_and_none_is_published() -> None:
    tools = [
        Requirement(line)
        for line in [*requirement_lines(DEV), *requirement_lines(DOCS), *requirement_lines(CONFORMANCE)]
    ]
    assert tools, "requirements-dev.txt holds no requirement"
    for req in tools:
        pinned_version(req)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project.get("optional-dependencies", {})
    assert set(extras) <= {"exporter"}, "the dev tools belong in requirements-dev.txt"


def test_the_exporter_extra_is_bounded_and_its_tests_pin_it() -> None:
    """`openrouter-credits[exporter]` bounds prometheus_client like a runtime dependency, and the
    version the tests run with (requirements-dev.txt) is within those bounds."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    (req,) = map(Requirement, project["optional-dependencies"]["exporter"])
    assert canonicalize_name(req.name) == "prometheus-client"
    assert lower_bound(req.specifier) < Version("1"), req
    assert [s.version for s in req.specifier if s.operator == "<"] == ["1"], req
    dev = {canonicalize_name(r.name): r for r in map(Requirement, requirement_lines(DEV))}
    assert req.specifier.contains(pinned_version(dev["prometheus-client"])), req


def test_ci_runs_exactly_the_documented_test_command() -> None:
    """.ci/run (what CI runs) is `make test`, the command the README gives, after installing Prometheus
    for the exporter's tests when it is missing (a failed install only makes those tests skip)."""
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    commands = [line for line in lines if line and not line.startswith("#")]
    install = (
        '.ci/install-prometheus || echo ".ci/run: Prometheus not installed; its tests will be skipped" >&2'
    )
    assert commands == ["set -euo pipefail", 'cd "$(dirname "$0")/.."', install, "make test"]
    assert "make test " in (ROOT / "README.md").read_text()
    assert not (ROOT / "ci").exists(), "one CI folder: .ci/"


def test_documented_pinning_steps_are_the_ones_tests_test_dist_runs() -> None:
    """docs/pinning.md's CI step: the lock with --require-hashes, then the package --no-deps from git."""
    page = (ROOT / "docs" / "pinning.md").read_text()
    step = page[page.index("```yaml\n") : page.index("```\n", page.index("```yaml\n") + 1)]
    changelog = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["urls"]["Changelog"]
    repo = re.fullmatch(r"https://github.com/([^/]+/[^/]+)/blob/main/CHANGELOG.md", changelog)
    assert repo, changelog
    commands = [" ".join(c.split()) for c in re.sub(r"\\\n", " ", step).splitlines() if "python -m pip" in c]
    assert commands == [
        "python -m pip install --require-hashes -r "
        f'"https://raw.githubusercontent.com/{repo[1]}/$REF/requirements.lock"',
        f'python -m pip install --no-deps "openrouter-credits @ git+https://github.com/{repo[1]}@$REF"',
        "python -m pip check",
    ]

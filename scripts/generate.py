"""Regenerate generated/ from openapi.yaml, or check that it is what the spec produces.

    python scripts/generate.py            # rewrite generated/openrouter_credits_api
    python scripts/generate.py --check    # regenerate into a temporary folder; exit 1 with a diff on drift

The pinned openapi-python-client and ruff come from the interpreter's own environment (the project's
.venv): its bin folder is put first on PATH so the generator's ruff post-hooks use the pinned ruff.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openrouter_credits_api"
GENERATOR_VERSION = "0.29.1"
# Our templates override the generator's own where they share a name (strict models, SchemaError, a lazy
# package __init__); see templates/README.md.
TEMPLATES = ROOT / "templates"
#: Folders below a generated package that are not part of it.
CACHES = ("__pycache__", ".ruff_cache")


class GenerationError(Exception):
    """The pinned generator is missing or cannot use the spec (its own words are the message)."""


def generate_into(folder: Path, spec: Path = ROOT / "openapi.yaml") -> Path:
    """Run the pinned generator on `spec`; return the generated package folder inside `folder`."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    version = subprocess.run(
        [str(bin_dir / "openapi-python-client"), "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    ).stdout
    if GENERATOR_VERSION not in version:
        raise GenerationError(
            f"openapi-python-client {GENERATOR_VERSION} is required, found: {version.strip()!r}"
        )
    out = folder / PACKAGE
    proc = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--custom-template-path",
            str(TEMPLATES),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    # The generator reports spec problems as warnings and still exits 0: treat them as failures.
    if proc.returncode != 0 or "Warning" in proc.stdout or "Error" in proc.stdout:
        raise GenerationError(f"openapi-python-client failed:\n{proc.stdout}{proc.stderr}")
    return out


def tree(folder: Path) -> dict[str, str]:
    """Every file below `folder` (relative path -> text), caches left out."""
    return {
        str(p.relative_to(folder)): p.read_text()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not set(CACHES) & set(p.parts)
    }


def changed(want: dict[str, str], have: dict[str, str]) -> list[str]:
    """The files that differ between two trees (of :func:`tree`), added and removed ones included."""
    return [name for name in sorted(want.keys() | have.keys()) if want.get(name) != have.get(name)]


def install(fresh: Path, target: Path) -> None:
    """Replace the package at ``target`` with the freshly generated one."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(fresh, target, ignore=shutil.ignore_patterns(*CACHES))


def diff_trees(expected: Path, actual: Path) -> str:
    """A unified diff turning `actual` (what is committed) into `expected` (what the spec produces)."""
    want, have = tree(expected), tree(actual)
    out: list[str] = []
    for name in changed(want, have):
        a, b = have.get(name, ""), want.get(name, "")
        out.extend(
            difflib.unified_diff(
                a.splitlines(keepends=True),
                b.splitlines(keepends=True),
                f"generated/{PACKAGE}/{name}",
                f"spec-produced/{PACKAGE}/{name}",
            )
        )
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ drifts")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--dest", type=Path, default=ROOT / "generated")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            fresh = generate_into(Path(tmp), args.spec)
        except GenerationError as exc:
            sys.exit(str(exc))
        target = args.dest / PACKAGE
        if args.check:
            diff = diff_trees(fresh, target)
            if diff:
                sys.stdout.write(diff)
                print(f"\ngenerated/ is not what {args.spec.name} produces: run `make generate`.")
                return 1
            print(f"generated/ matches {args.spec.name} (openapi-python-client {GENERATOR_VERSION}).")
            return 0
        install(fresh, target)
        print(f"generated/{PACKAGE} regenerated from {args.spec.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Generate the raw client from a spec, exactly as generated/ is made from openapi.yaml, or check it.

    python -m scripts.generate                          # rewrite generated/openrouter_credits_api
    python -m scripts.generate --check                  # exit 1 with a diff when generated/ drifts
    python -m scripts.generate --spec FILE --out DIR    # any document, into DIR/openrouter_credits_api

Two steps, both pinned: the stock openapi-python-client (with the project's additions in templates/)
writes the package, then ``scripts.schemas`` compiles the spec's JSON Schema validators into
``schemas.py`` beside it. The generator's ruff post-hooks and the formatting of ``schemas.py`` use the
pinned ruff of the interpreter's environment (its bin folder is put first on PATH).
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
from typing import Any

import yaml

from . import schemas

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "openrouter_credits_api"
GENERATOR_VERSION = "0.29.1"
CONFIG = ROOT / "generator-config.yaml"
#: Additions to the generator's own templates (templates/README.md); the originals are in upstream/.
TEMPLATES = ROOT / "templates"
#: Folders below a generated package that are not part of it.
CACHES = ("__pycache__", ".ruff_cache")


class GenerationError(Exception):
    """The pinned generator is missing or cannot use the spec (one line, in the generator's own words)."""


def _env() -> tuple[Path, dict[str, str]]:
    bin_dir = Path(sys.executable).parent
    return bin_dir, {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}


def _generator_words(output: str) -> str:
    """The generator's own explanation, on one line (its banner and advice left out)."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if any("Traceback" in line for line in lines):  # a crash: its last line says what went wrong
        return next(line for line in reversed(lines) if not line.startswith(("│", "╰", "╭")))[:400]
    keep = [
        line
        for line in lines
        if not line.startswith(("If you believe this was a mistake", "Generating ", "Error(s) encountered"))
    ]
    return " ".join(keep)[:400] or "no output"


def generate_into(folder: Path, spec: Path = ROOT / "openapi.yaml", strict: bool = True) -> Path:
    """Generate the package for ``spec`` into ``folder``; return the package folder.

    ``strict``: what the generator skips (its warnings) is a failure, as it is for the committed spec;
    otherwise the warnings are printed on stderr and the rest is generated (a whole upstream document).
    """
    bin_dir, env = _env()
    exe = bin_dir / "openapi-python-client"
    try:
        version = subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, env=env, check=False
        ).stdout
    except OSError as exc:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is not installed ({exc})") from exc
    if GENERATOR_VERSION not in version:
        raise GenerationError(
            f"openapi-python-client {GENERATOR_VERSION} is required, found {version.strip()!r}"
        )
    try:
        document = yaml.safe_load(spec.read_bytes())
    except (OSError, yaml.YAMLError) as exc:
        raise GenerationError(f"cannot read {spec}: {' '.join(str(exc).split())}") from exc
    if not isinstance(document, dict):
        raise GenerationError(f"{spec} is not an OpenAPI document (no mapping at the top)")
    out = folder / PACKAGE
    proc = subprocess.run(
        [
            str(exe), "generate", "--path", str(spec), "--config", str(CONFIG),
            "--custom-template-path", str(TEMPLATES), "--meta", "none", "--output-path", str(out),
            "--overwrite",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )  # fmt: skip
    # The generator reports what it skips as warnings and still exits 0: for the committed spec, that
    # is a failure (generated/ would silently lack an operation). `skipped` says what it left out.
    if proc.returncode != 0 or not (out / "__init__.py").exists():
        raise GenerationError(f"openapi-python-client: {_generator_words(proc.stdout + proc.stderr)}")
    if "Warning" in proc.stdout:
        if strict:
            raise GenerationError(f"openapi-python-client: {_generator_words(proc.stdout)}")
        skipped = proc.stdout.count("Warning(s) encountered") or 1
        print(
            f"openapi-python-client skipped part of {spec.name} ({skipped} warning group(s))", file=sys.stderr
        )
    write_schemas(document, spec, out)
    return out


def write_schemas(document: dict[str, Any], spec: Path, package: Path) -> None:
    """Compile the validators of ``document`` into ``package/schemas.py`` and format it (pinned ruff)."""
    try:
        source = schemas.compile_module(document, schemas.config(spec, CONFIG))
    except schemas.SchemaCompileError as exc:
        raise GenerationError(f"schemas: {exc}") from exc
    target = package / "schemas.py"
    target.write_text(source)
    bin_dir, env = _env()
    for args in (["check", "--fix-only", "--extend-select=I"], ["format"]):
        subprocess.run(
            [str(bin_dir / "ruff"), *args, "--isolated", "--no-cache", "--quiet", str(target)],
            env=env,
            check=True,
        )


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
    parser = argparse.ArgumentParser(prog="python -m scripts.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail with a diff when generated/ drifts")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml", help="the OpenAPI document")
    parser.add_argument("--out", "--dest", dest="dest", type=Path, default=ROOT / "generated",
                        help="the folder that holds the package (default: generated/)")  # fmt: skip
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            fresh = generate_into(
                Path(tmp), args.spec, strict=args.check or args.spec == ROOT / "openapi.yaml"
            )
        except GenerationError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 4
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
        print(f"{target} generated from {args.spec}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check that the hand-written overlay still fits a generated client.

    python -m scripts.contract                                   # openapi.yaml against generated/
    python -m scripts.contract --generated DIR/openrouter_credits_api

What is checked (each failure is one line):

- every operation the generator wrote (``api/<tag>/<module>.py``, named as the generator names it,
  with or without an operationId) has an ``Operation`` in the overlay, and every ``Operation`` is run by
  a sync and an async method;
- every ``Operation`` the overlay declares names a generated module that exists and has ``_get_kwargs``
  and ``_parse_response``, a success model that exists, and a ``_get_kwargs`` that accepts the header
  keyword arguments the overlay passes (and requires no other);
- every name the overlay imports from the generated package (``errors.py``'s TYPE_CHECKING imports,
  ``operations.py``, ...) still exists.

The checks import the overlay with the given generated package in a fresh interpreter (PYTHONPATH), so a
package regenerated into a temporary folder is checked without touching the one already imported.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = "openrouter_credits_api"


def check_contract(generated: Path, overlay: Path = ROOT / "overlay") -> list[str]:
    """The problems found (empty: the overlay fits); ``generated`` is the package folder itself."""
    generated = Path(generated).resolve()
    if generated.name != GENERATED or not (generated / "__init__.py").is_file():
        return [f"{generated} is not a generated {GENERATED} package"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(generated.parent), str(Path(overlay).resolve()), str(ROOT)]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "scripts.contract", "--probe", str(generated), str(overlay)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    if proc.returncode != 0:
        return [f"the contract probe failed: {(proc.stderr or proc.stdout).strip()}"]
    problems: list[str] = json.loads(proc.stdout)
    return problems


def _probe(generated: Path, overlay: Path) -> list[str]:
    """Runs in the child interpreter, with the generated package and the overlay first on sys.path."""
    problems: list[str] = []
    import openrouter
    import openrouter_credits_api
    from openrouter._call import Operation

    for module, folder in ((openrouter_credits_api, generated), (openrouter, overlay / "openrouter")):
        if Path(module.__file__ or "").resolve().parent != folder.resolve():
            problems.append(f"imported {module.__name__} from {module.__file__}, not from {folder}")

    # Every Operation the overlay declares, in every overlay module.
    declared: dict[str, Operation[Any]] = {}
    for info in pkgutil.iter_modules(openrouter.__path__):
        if info.name.startswith("__"):
            continue
        try:
            mod = importlib.import_module(f"openrouter.{info.name}")
        except ImportError as exc:
            problems.append(f"openrouter.{info.name} cannot be imported: {exc}")
            continue
        for name, value in vars(mod).items():
            if isinstance(value, Operation):
                declared[f"openrouter.{info.name}.{name}"] = value

    from openrouter import _args

    passed = set(_args.attribution("x", "x", "x"))  # the keyword arguments _build passes to _get_kwargs
    for where, op in declared.items():
        try:
            module = importlib.import_module(op.module_name)
        except ImportError:
            problems.append(f"{where} uses {op.module_name}, which the generated package no longer has")
            continue
        for func in ("_get_kwargs", "_parse_response"):
            if not callable(getattr(module, func, None)):
                problems.append(f"{where}: {op.module_name} has no {func}()")
        if op.success_name is not None:
            mod_name, _, cls_name = op.success_name.rpartition(".")
            try:
                getattr(importlib.import_module(mod_name), cls_name)
            except (ImportError, AttributeError):
                problems.append(f"{where}: its success model {op.success_name} does not exist")
        get_kwargs = getattr(module, "_get_kwargs", None)
        if callable(get_kwargs):
            params = inspect.signature(get_kwargs).parameters
            for name in sorted(passed - params.keys()):
                problems.append(f"{where}: {op.module_name}._get_kwargs() has no {name} parameter")
            for name, p in params.items():
                if p.default is inspect.Parameter.empty and name not in passed:
                    problems.append(
                        f"{where}: {op.module_name}._get_kwargs() requires {name}, which the overlay "
                        "does not pass"
                    )

    # Every generated operation has an Operation in the overlay, and every Operation a sync and an async
    # method that run it (found in the overlay's source: a method body that names the Operation).
    api = Path(openrouter_credits_api.__file__ or "").parent / "api"
    generated_ops = {
        f"{GENERATED}.api.{tag.name}.{mod.stem}": f"{tag.name}/{mod.stem}"
        for tag in sorted(api.iterdir())
        if tag.is_dir()
        for mod in sorted(tag.glob("*.py"))
        if mod.stem != "__init__"
    }
    used = {op.module_name for op in declared.values()}
    for module_name, shown in generated_ops.items():
        if module_name not in used:
            problems.append(
                f"operation {shown} has no Operation in the overlay: add one naming {module_name} "
                "and two methods (sync and async) that run it"
            )
    callers = _callers(overlay / "openrouter")
    for where, op in declared.items():
        variable = where.rpartition(".")[2]
        kinds = callers.get(variable, set())
        for kind in ("sync", "async"):
            if kind not in kinds:
                problems.append(f"{where} ({op.module_name}) has no {kind} method that runs it")

    # Every name the overlay imports from the generated package.
    for source in sorted((overlay / "openrouter").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == GENERATED:
                assert node.module is not None
                try:
                    mod = importlib.import_module(node.module)
                except ImportError:
                    problems.append(
                        f"{source.name}:{node.lineno} imports {node.module}, which does not exist"
                    )
                    continue
                for alias in node.names:
                    if not hasattr(mod, alias.name):
                        try:
                            importlib.import_module(f"{node.module}.{alias.name}")
                        except ImportError:
                            problems.append(
                                f"{source.name}:{node.lineno} imports {alias.name} from {node.module}, "
                                "which no longer exists"
                            )
    return problems


def _callers(package: Path) -> dict[str, set[str]]:
    """Module-level name -> {"sync", "async"}: the kinds of method bodies in ``package`` that name it."""
    out: dict[str, set[str]] = {}
    for source in sorted(package.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                kind = "async" if isinstance(node, ast.AsyncFunctionDef) else "sync"
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Name):
                        out.setdefault(inner.id, set()).add(kind)
    return out


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--probe"]:
        generated, overlay = (Path(a) for a in argv[1:3])
        print(json.dumps(_probe(generated, overlay)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=Path, default=ROOT / "generated" / GENERATED)
    args = parser.parse_args(argv)
    problems = check_contract(args.generated)
    for problem in problems:
        print(f"- {problem}")
    if problems:
        return 1
    print(f"The overlay fits {args.generated}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

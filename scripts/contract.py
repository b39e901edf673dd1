"""Check that the hand-written overlay still fits a generated client (and the spec it came from).

    python scripts/contract.py                                   # openapi.yaml against generated/
    python scripts/contract.py --spec S.yaml --generated DIR/openrouter_credits_api

What is checked (each failure is one line):

- every operation of the spec has its overlay methods: operationId ``getCredits`` ->
  ``Credits.get_credits`` and ``Credits.get_credits_async``; every public ``Credits`` method has its
  operation;
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
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATED = "openrouter_credits_api"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# --- names as openapi-python-client 0.29.1 makes them (openapi_python_client/strings.py) -------------

_DELIMITERS = r"\. _-"


def _split_words(value: str) -> list[str]:
    value = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def snake_case(value: str) -> str:
    """``getCredits`` -> ``get_credits``: the generated module and the overlay method name."""
    return "_".join(_split_words(value)).lower()


# --- the check ----------------------------------------------------------------------------------------


def spec_operations(spec: Path) -> dict[str, str]:
    """operationId -> ``METHOD /path`` for every operation in ``spec``."""
    doc = yaml.safe_load(spec.read_text(encoding="utf-8"))
    out = {}
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if method in METHODS and isinstance(op, dict) and op.get("operationId"):
                out[op["operationId"]] = f"{method.upper()} {path}"
    return out


def check_contract(spec: Path, generated: Path, overlay: Path = ROOT / "overlay") -> list[str]:
    """The problems found (empty: the overlay fits); ``generated`` is the package folder itself."""
    generated = Path(generated).resolve()
    if generated.name != GENERATED or not (generated / "__init__.py").is_file():
        return [f"{generated} is not a generated {GENERATED} package"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(generated.parent), str(Path(overlay).resolve())]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    proc = subprocess.run(
        [sys.executable, __file__, "--probe", str(spec), str(generated), str(overlay)],
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


def _probe(spec: Path, generated: Path, overlay: Path) -> list[str]:
    """Runs in the child interpreter, with the generated package and the overlay first on sys.path."""
    problems: list[str] = []
    import openrouter
    import openrouter_credits_api
    from openrouter._credits import Credits
    from openrouter._operation import Operation

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

    # Every spec operation has its overlay methods and an Operation on its generated module; and back.
    operations = spec_operations(spec)
    modules = {op.module_name.rpartition(".")[2] for op in declared.values()}
    names = {snake_case(op_id) for op_id in operations}
    for op_id, where in sorted(operations.items()):
        method = snake_case(op_id)
        for attr in (method, f"{method}_async"):
            if not callable(getattr(Credits, attr, None)):
                problems.append(f"operation {op_id} ({where}) has no overlay method Credits.{attr}")
        if method not in modules:
            problems.append(f"operation {op_id} ({where}) has no Operation in the overlay (module {method})")
    for attr in sorted(vars(Credits)):
        if not attr.startswith("_") and attr.removesuffix("_async") not in names:
            problems.append(f"Credits.{attr} has no operation in {spec.name} (was it removed upstream?)")

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


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["--probe"]:
        spec, generated, overlay = (Path(a) for a in argv[1:4])
        print(json.dumps(_probe(spec, generated, overlay)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--generated", type=Path, default=ROOT / "generated" / GENERATED)
    args = parser.parse_args(argv)
    problems = check_contract(args.spec, args.generated)
    for problem in problems:
        print(f"- {problem}")
    if problems:
        return 1
    print(f"The overlay fits {args.generated} and {args.spec.name}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

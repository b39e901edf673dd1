"""The whole newest upstream document, generated the project's way and the stock way, side by side.

About 55 s (the whole document has 97 operations and a thousand schemas), so it is marked
``whole_document``: ``make test`` leaves it out, ``make test-whole-document`` and CI run it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scripts import generate

from conftest import ROOT

# Two generator runs of the whole document: about 55 s on an idle 2-core machine, past the suite's 60 s
# default under load.
pytestmark = [pytest.mark.whole_document, pytest.mark.timeout(300)]

#: The document: $WHOLE_DOCUMENT (CI fetches the published one), else the 2026-08-22 copy in shared/.
REFERENCE = (
    Path(os.environ["WHOLE_DOCUMENT"])
    if os.environ.get("WHOLE_DOCUMENT")
    else next(
        (
            d / "openrouter-openapi-2026-08-22.yaml"
            for d in (b / "shared" / "reference" / "upstream" for b in (ROOT.parent, ROOT.parent.parent))
            if (d / "openrouter-openapi-2026-08-22.yaml").is_file()
        ),
        None,
    )
)

#: Imports every endpoint module and parses each operation's documented 200 example the way the client
#: does (validated first when the package has validators); prints the counts as JSON.
PROBE = r"""
import importlib, json, pathlib, sys
import yaml
from openapi_python_client.strings import snake_case
import openrouter_credits_api as pkg
doc = yaml.safe_load(open(sys.argv[1]))
modules = {f.stem: f"openrouter_credits_api.api.{f.parent.name}.{f.stem}"
           for f in (pathlib.Path(pkg.__file__).parent / "api").rglob("*.py") if f.stem != "__init__"}
try:
    from openrouter_credits_api import schemas
except ImportError:
    schemas = None
class Answer:
    def __init__(self, data):
        self.status_code, self._data, self.content, self.headers = 200, data, json.dumps(data).encode(), {}
    def json(self):
        return self._data
class Flags:
    raise_on_unexpected_status = False
counts = {"modules": len(modules), "imported": 0, "examples": 0, "parsed": 0}
for item in doc["paths"].values():
    for method, op in item.items():
        name = snake_case(op.get("operationId") or "") if isinstance(op, dict) else ""
        if name not in modules:
            continue
        try:
            module = importlib.import_module(modules[name])
        except Exception:
            continue
        counts["imported"] += 1
        ok = ((op.get("responses") or {}).get("200") or {}).get("content", {}).get("application/json", {})
        if "example" not in ok:
            continue
        counts["examples"] += 1
        try:
            if schemas is not None and "200" in schemas.RESPONSES.get(name, {}):
                schemas.check(schemas.RESPONSES[name]["200"], ok["example"])
            parsed = module._parse_response(client=Flags(), response=Answer(ok["example"]))
            counts["parsed"] += parsed is not None
        except Exception:
            pass
print(json.dumps(counts))
"""


def _counts(folder: Path, spec: Path) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(spec)],
        capture_output=True, text=True, check=True, timeout=300, env={"PYTHONPATH": str(folder)},
    ).stdout  # fmt: skip
    counts: dict[str, int] = json.loads(out)
    return counts


def test_the_whole_newest_document_generates_at_least_as_completely_as_with_the_stock_generator(
    tmp_path: Path,
) -> None:
    if REFERENCE is None:
        pytest.skip("shared/reference/upstream is not beside this clone")
    ours = generate.generate_into(tmp_path / "ours", REFERENCE, strict=False)
    bin_dir = Path(sys.executable).parent
    subprocess.run(
        [
            str(bin_dir / "openapi-python-client"), "generate", "--path", str(REFERENCE), "--meta", "none",
            "--config", str(generate.CONFIG), "--output-path", str(tmp_path / "stock" / generate.PACKAGE),
        ],
        capture_output=True, check=True, timeout=300,
        env={"PATH": f"{bin_dir}", "HOME": str(tmp_path)},
    )  # fmt: skip
    mine, stock = _counts(ours.parent, REFERENCE), _counts(tmp_path / "stock", REFERENCE)
    assert mine["modules"] >= stock["modules"], (mine, stock)
    assert mine["imported"] >= stock["imported"], (mine, stock)
    assert mine["examples"] >= stock["examples"], (mine, stock)  # counted on the importable modules
    assert mine["parsed"] >= stock["parsed"], (mine, stock)
    if REFERENCE.name == "openrouter-openapi-2026-08-22.yaml":  # as measured by hand on that document
        assert (stock["modules"], stock["imported"], stock["examples"], stock["parsed"]) == (88, 86, 70, 54)
        assert (mine["modules"], mine["imported"], mine["examples"], mine["parsed"]) == (88, 87, 71, 55)

"""The stand-in held to the document by a tool that did not write it: Schemathesis (its CLI, every check)
generates requests from openapi.yaml and checks the stand-in's answers against it (statuses, content
types, headers, bodies, undeclared methods, requests without or with a wrong key), for a management key
and an inference key. tests/schemathesis.toml says which expectation is widened, and why.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, StandIn

MANAGEMENT_KEY = "sk-or-v1-conformance-management"
INFERENCE_KEY = "sk-or-v1-conformance-inference"
CONFIG = ROOT / "tests" / "schemathesis.toml"


@pytest.mark.skipif(
    importlib.util.find_spec("schemathesis") is None,
    reason="Schemathesis is not installed (make install adds requirements-conformance.txt; make test-lowest "
    "leaves it out: it needs a newer anyio than the lowest one tested)",
)
@pytest.mark.timeout(120)
@pytest.mark.parametrize("key", [MANAGEMENT_KEY, INFERENCE_KEY], ids=["management-key", "inference-key"])
def test_the_standin_answers_as_openapi_yaml_says(tmp_path: Path, key: str) -> None:
    with StandIn(management_keys={MANAGEMENT_KEY}, inference_keys={INFERENCE_KEY}) as server:
        proc = subprocess.run(
            [
                sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "--no-color",
                "run", str(ROOT / "openapi.yaml"), "--url", server.url,
                "--checks", "all", "--header", f"Authorization: Bearer {key}",
                "--max-examples", "20", "--workers", "1", "--request-timeout", "5",
            ],
            capture_output=True, text=True, timeout=100, check=False,
            cwd=tmp_path,  # Schemathesis's own files (.schemathesis/, .hypothesis/) stay out of the clone
        )  # fmt: skip
        requests = list(server.requests)
    assert proc.returncode == 0, proc.stdout[-8000:] + proc.stderr[-2000:]
    # It really ran: every operation, with each kind of request it makes.
    assert "Tested: 3" in proc.stdout, proc.stdout[-4000:]
    methods = {r.method for r in requests}
    assert {"GET", "POST"} < methods, methods  # and undeclared methods, answered 405 with Allow
    assert any(r.key == key for r in requests)
    assert any(r.key is None for r in requests)  # ignored_auth: the same requests without the key

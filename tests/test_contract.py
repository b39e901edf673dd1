"""The overlay/generated contract, and the whole spec update path (scripts/update_spec.py).

The update tests start from tests/fixtures/openrouter-openapi-full.yaml (the Credits operations as
upstream publishes them, among unrelated paths), change it the way upstream might, run the update into
a temporary folder (spec + regenerated package), then read the surface diff and the contract check.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import contract
import generate
import update_spec
from conftest import ROOT

FULL = ROOT / "tests" / "fixtures" / "openrouter-openapi-full.yaml"
SPEC = ROOT / "openapi.yaml"
PACKAGE = ROOT / "generated" / generate.PACKAGE


def upstream() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(FULL.read_text())
    return doc


def run_update(tmp_path: Path, doc: dict[str, Any], *extra: str) -> tuple[int, str, Path]:
    """Write ``doc`` as the upstream document, run the update into ``tmp_path``; (rc, stdout, output)."""
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(doc))
    output = tmp_path / "openapi.yaml"
    shutil.copy(SPEC, output)  # the diff is against the project's current spec
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "update_spec.py"),
            str(source),
            *("--output", str(output), "--dest", str(tmp_path / "generated")),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert not proc.stderr.strip() or proc.returncode == 2, proc.stderr
    return proc.returncode, proc.stdout, output


# --- the contract on the committed tree ------------------------------------------------------------


def test_overlay_fits_the_committed_generated_client() -> None:
    assert contract.check_contract(SPEC, PACKAGE) == []


def test_operation_ids_map_to_overlay_method_names() -> None:
    assert contract.snake_case("getCredits") == "get_credits"
    assert contract.snake_case("createCoinbaseCharge") == "create_coinbase_charge"
    assert contract.spec_operations(SPEC) == {
        "getCredits": "GET /credits",
        "createCoinbaseCharge": "POST /credits/coinbase",
    }


def test_contract_flags_generated_names_the_overlay_uses(tmp_path: Path) -> None:
    """A generated package that lost names the overlay calls: every one is reported."""
    broken = tmp_path / generate.PACKAGE
    shutil.copytree(PACKAGE, broken, ignore=shutil.ignore_patterns("__pycache__"))
    module = broken / "api" / "credits_" / "get_credits.py"
    module.write_text(module.read_text().replace("http_referer", "referer"))
    coinbase = broken / "api" / "credits_" / "create_coinbase_charge.py"
    coinbase.write_text(coinbase.read_text().replace("def _parse_response(", "def _parse(", 1))
    models = broken / "models" / "__init__.py"
    text = models.read_text()
    for line in (
        "from .get_credits_response import GetCreditsResponse\n",
        "from .gone_response import GoneResponse\n",
    ):
        assert line in text
        text = text.replace(line, "")
    models.write_text(text.replace('    "GetCreditsResponse",\n', "").replace('    "GoneResponse",\n', ""))

    problems = "\n".join(contract.check_contract(SPEC, broken))

    assert "get_credits._get_kwargs() has no http_referer parameter" in problems
    assert "create_coinbase_charge has no _parse_response()" in problems
    assert "success model openrouter_credits_api.models.GetCreditsResponse does not exist" in problems
    assert "errors.py" in problems
    assert "imports GoneResponse from openrouter_credits_api.models" in problems
    assert "operations.py" in problems


# --- extraction ----------------------------------------------------------------------------------------


def test_full_upstream_document_reproduces_openapi_yaml_byte_for_byte() -> None:
    spec = update_spec.extract(update_spec.load(FULL))
    assert set(spec["paths"]) == {"/credits", "/credits/coinbase"}
    assert list(spec["components"]["securitySchemes"]) == ["apiKey"]
    assert [t["name"] for t in spec["tags"]] == ["Credits"]
    assert "x-speakeasy-retries" not in spec
    assert "responses" not in spec["components"]
    for unrelated in ("ChatRequest", "Model", "TooManyRequestsResponse", "PaymentRequiredResponse"):
        assert unrelated not in spec["components"]["schemas"]
    assert update_spec.dump(spec) == SPEC.read_text()


def test_json_upstream_reads_the_same(tmp_path: Path) -> None:
    source = tmp_path / "openrouter.json"
    source.write_text(json.dumps(upstream(), indent=1))
    assert update_spec.dump(update_spec.extract(update_spec.load(source))) == SPEC.read_text()


def test_update_reproduces_the_committed_spec_and_generated_client(tmp_path: Path) -> None:
    rc, out, output = run_update(tmp_path, upstream())
    assert rc == 0, out
    assert "no changes" in out
    assert "unchanged" in out
    assert "Overlay contract: every operation has its overlay methods" in out
    assert output.read_bytes() == SPEC.read_bytes()
    assert generate.diff_trees(tmp_path / "generated" / generate.PACKAGE, PACKAGE) == ""


def test_upstream_attribution_header_is_not_declared_twice() -> None:
    doc = upstream()
    doc["paths"]["/credits"]["get"]["parameters"] = [
        {"name": "http-referer", "in": "header", "schema": {"type": "string"}}
    ]
    params = update_spec.extract(doc)["paths"]["/credits"]["get"]["parameters"]
    assert params == [
        {"name": "http-referer", "in": "header", "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/XOpenRouterTitle"},
        {"$ref": "#/components/parameters/XOpenRouterCategories"},
    ]


def test_unusable_upstream_documents_exit_2(tmp_path: Path) -> None:
    doc = upstream()
    del doc["components"]["schemas"]["GoneResponseErrorData"]
    rc, _, _ = run_update(tmp_path, doc, "--dry-run")
    assert rc == 2
    doc = upstream()
    doc["paths"] = {p: v for p, v in doc["paths"].items() if not p.startswith("/credits")}
    rc, _, _ = run_update(tmp_path, doc, "--dry-run")
    assert rc == 2


# --- the update path, with upstream changes ----------------------------------------------------------


def test_field_added_to_the_credits_response(tmp_path: Path) -> None:
    doc = upstream()
    data = doc["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data["properties"]["data"]["properties"]["expires_at"] = {
        "description": "When the credits expire",
        "type": ["string", "null"],
    }

    rc, out, output = run_update(tmp_path, doc)

    assert rc == 0, out
    assert (
        "  getCredits (GET /credits):\n    + response 200 field data.expires_at: string | null, optional\n"
        in out
    )
    assert "1 change, 0 breaking." in out
    assert "Overlay contract: every operation has its overlay methods" in out
    assert (
        "expires_at"
        in yaml.safe_load(output.read_text())["components"]["schemas"]["GetCreditsResponseData"]["properties"]
    )
    model = tmp_path / "generated" / generate.PACKAGE / "models" / "get_credits_response_data.py"
    assert "    expires_at: str | None\n" in model.read_text()


def test_operation_added(tmp_path: Path) -> None:
    doc = upstream()
    doc["paths"]["/credits/history"] = {
        "get": {
            "tags": ["Credits"],
            "summary": "Daily credit usage",
            "operationId": "getCreditsHistory",
            "responses": {
                "200": {
                    "description": "Usage per day",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["data"],
                                "properties": {
                                    "data": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "properties": {
                                                "date": {"type": "string"},
                                                "usage": {"type": "number"},
                                            },
                                        },
                                    }
                                },
                            }
                        }
                    },
                },
                "401": copy.deepcopy(doc["paths"]["/credits"]["get"]["responses"]["401"]),
            },
        }
    }

    rc, out, output = run_update(tmp_path, doc)

    assert (
        "  + operation getCreditsHistory: GET /credits/history (add Credits.get_credits_history and "
        "Credits.get_credits_history_async to the overlay)\n" in out
    )
    assert "1 change, 0 breaking." in out
    spec = yaml.safe_load(output.read_text())
    assert spec["paths"]["/credits/history"]["get"]["parameters"][0] == {
        "$ref": "#/components/parameters/HTTPReferer"
    }
    schemas = spec["components"]["schemas"]
    assert schemas["GetCreditsHistoryResponse"]["properties"]["data"]["items"] == {
        "$ref": "#/components/schemas/GetCreditsHistoryResponseDataItem"
    }
    assert (
        tmp_path / "generated" / generate.PACKAGE / "api" / "credits_" / "get_credits_history.py"
    ).exists()
    # The contract check flags the missing overlay methods, and update_spec exits 1 with them.
    assert rc == 1
    problems = contract.check_contract(output, tmp_path / "generated" / generate.PACKAGE)
    assert problems == [
        "operation getCreditsHistory (GET /credits/history) has no overlay method "
        "Credits.get_credits_history",
        "operation getCreditsHistory (GET /credits/history) has no overlay method "
        "Credits.get_credits_history_async",
        "operation getCreditsHistory (GET /credits/history) has no Operation in the overlay "
        "(module get_credits_history)",
    ]
    assert all(f"  - {p}\n" in out for p in problems)


def test_operation_removed(tmp_path: Path) -> None:
    doc = upstream()
    del doc["paths"]["/credits/coinbase"]

    rc, out, output = run_update(tmp_path, doc)

    assert (
        "  - operation createCoinbaseCharge: POST /credits/coinbase "
        "(Credits.create_coinbase_charge loses its endpoint)  BREAKING\n" in out
    )
    assert "1 change, 1 breaking." in out
    assert "GoneResponse" not in yaml.safe_load(output.read_text())["components"]["schemas"]
    assert rc == 1
    problems = "\n".join(contract.check_contract(output, tmp_path / "generated" / generate.PACKAGE))
    assert "Credits.create_coinbase_charge has no operation in openapi.yaml" in problems
    assert "Credits.create_coinbase_charge_async has no operation in openapi.yaml" in problems
    assert (
        "openrouter._credits.CREATE_COINBASE_CHARGE uses openrouter_credits_api.api.credits_."
        "create_coinbase_charge, which the generated package no longer has" in problems
    )
    assert "imports GoneResponse from openrouter_credits_api.models, which no longer exists" in problems


def test_breaking_changes_are_flagged_and_dry_run_writes_nothing(tmp_path: Path) -> None:
    doc = upstream()
    get = doc["paths"]["/credits"]["get"]
    data = get["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    del data["properties"]["total_usage"]
    data["required"] = []
    data["properties"]["total_credits"]["type"] = "string"
    get["parameters"] = [{"name": "currency", "in": "query", "required": True, "schema": {"type": "string"}}]
    get["responses"]["429"] = {"description": "Too Many Requests"}
    del get["responses"]["403"]
    doc["paths"]["/credits/coinbase"]["post"].pop("deprecated")

    rc, out, output = run_update(tmp_path, doc, "--dry-run")

    assert rc == 0
    assert out.splitlines()[1:] == [
        "  createCoinbaseCharge (POST /credits/coinbase):",
        "    ~ no longer deprecated",
        "  getCredits (GET /credits):",
        "    + query parameter currency (required)  BREAKING",
        "    + error status 429 (no error class of its own: raised as errors.OpenRouterDefaultError)",
        "    - error status 403 (its error's .data is no longer parsed)  BREAKING",
        "    - response 200 field data.total_usage  BREAKING",
        "    ~ response 200 field data.total_credits type number -> string  BREAKING",
        "    ~ response 200 field data.total_credits is now optional (may be UNSET)  BREAKING",
        "7 changes, 5 breaking.",
    ]
    assert output.read_bytes() == SPEC.read_bytes()
    assert not (tmp_path / "generated").exists()


@pytest.mark.parametrize("status", ["401", "500"])
def test_error_status_added_back_names_its_class(status: str) -> None:
    old = update_spec.extract(upstream())
    new = copy.deepcopy(old)
    del old["paths"]["/credits"]["get"]["responses"][status]
    (_, changes), *_ = update_spec.surface_diff(old, new)
    name = {"401": "UnauthorizedResponseError", "500": "InternalServerResponseError"}[status]
    assert [str(c) for c in changes] == [f"+ error status {status} (raised as errors.{name})"]

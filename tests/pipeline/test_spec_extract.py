"""Extraction and normalisation of the upstream document (scripts/extract.py, scripts/normalise.py,
scripts/yamlio.py): pure functions on documents, no generation."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from scripts import extract, normalise, update_spec, upstream, yamlio

from conftest import ROOT
from support.provenance import check_origin

FIXTURE = ROOT / "tests" / "fixtures" / "upstream-trimmed.yaml"


def fixture_doc() -> dict[str, Any]:
    return upstream.parse(FIXTURE.read_bytes(), FIXTURE.name)


def test_extraction_keeps_the_configured_operations_and_what_they_reference() -> None:
    spec = normalise.credits_spec(fixture_doc())
    assert set(spec["paths"]) == {"/credits", "/credits/coinbase", "/key"}
    assert extract.KEEP_TAGS == ("Credits",)
    assert extract.KEEP_OPERATIONS == ("GET /key",)
    assert list(spec["components"]["securitySchemes"]) == ["apiKey"]  # `bearer` is unused here
    assert [t["name"] for t in spec["tags"]] == ["API Keys", "Credits"] or [
        t["name"] for t in spec["tags"]
    ] == [
        "Credits",
        "API Keys",
    ]
    schemas = spec["components"]["schemas"]
    assert {"GetCreditsResponse", "GetCurrentKeyResponse", "GetCurrentKeyResponseData"} <= set(schemas)
    for unrelated in ("ModelsCountResponse", "VideoGenerationResponse", "BadRequestResponse"):
        assert unrelated not in schemas
    assert list(spec["components"]["parameters"]) == [
        "HTTPReferer",
        "XOpenRouterTitle",
        "XOpenRouterCategories",
    ]
    text = json.dumps(spec)
    assert '"x-' not in text  # vendor keys (x-speakeasy-*, x-fern-*) are gone
    assert "](/" not in text
    assert "(https://openrouter.ai/docs/guides/overview/auth/management-api-keys)" in text
    assert spec["paths"]["/credits/coinbase"]["post"]["security"] == []
    assert "security" not in spec["paths"]["/credits"]["get"]


def test_a_deprecated_inline_property_stays_deprecated_where_it_is_used() -> None:
    data = normalise.credits_spec(fixture_doc())["components"]["schemas"]["GetCurrentKeyResponseData"]
    assert data["properties"]["rate_limit"] == {
        "$ref": "#/components/schemas/GetCurrentKeyResponseDataRateLimit",
        "deprecated": True,
    }
    assert data["properties"]["is_provisioning_key"]["deprecated"] is True


def test_an_operation_without_operation_id_is_named_as_the_generator_names_it() -> None:
    doc = fixture_doc()
    del doc["paths"]["/credits"]["get"]["operationId"]
    spec = extract.extract(doc)
    ok = spec["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/GetCreditsResponse"}  # get_credits: GET /credits


def test_json_upstream_reads_the_same() -> None:
    data = json.dumps(fixture_doc(), indent=1).encode()
    assert normalise.credits_spec(upstream.parse(data, "x.json")) == normalise.credits_spec(fixture_doc())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[Management key](/docs/guides/auth) required.",
            "[Management key](https://openrouter.ai/docs/guides/auth) required.",
        ),
        (
            "see [a](/docs/a#b) and [c](/api/v1/x?y=1)",
            "see [a](https://openrouter.ai/docs/a#b) and [c](https://openrouter.ai/api/v1/x?y=1)",
        ),
        (
            "[kept](https://example.com/docs) [proto](//cdn/x) [rel](docs/x)",
            "[kept](https://example.com/docs) [proto](//cdn/x) [rel](docs/x)",
        ),
        ("not a link: (/docs/x)", "not a link: (/docs/x)"),
    ],
)
def test_site_relative_links_become_absolute(text: str, expected: str) -> None:
    assert normalise.absolute_links(text) == expected


def test_normalise_drops_vendor_keys_but_not_names_or_data() -> None:
    schema = {
        "type": "object",
        "x-speakeasy-unknown-values": "allow",
        "description": "[x](/docs/x)",
        "properties": {
            "x-request-id": {"type": "string", "x-fern-type": "Id"},
            "description": {"type": "string"},
        },
        "example": {"x-request-id": "r1", "note": "[y](/docs/y)"},
    }
    assert normalise.normalise(schema) == {
        "type": "object",
        "description": "[x](https://openrouter.ai/docs/x)",
        "properties": {"x-request-id": {"type": "string"}, "description": {"type": "string"}},
        "example": {"x-request-id": "r1", "note": "[y](/docs/y)"},
    }


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "nullable": True}, {"type": ["string", "null"]}),
        ({"type": "string", "nullable": False}, {"type": "string"}),
        ({"type": ["object"], "nullable": True}, {"type": ["object", "null"]}),
        (
            {"$ref": "#/components/schemas/X", "nullable": True},
            {"anyOf": [{"$ref": "#/components/schemas/X"}, {"type": "null"}]},
        ),
        (
            {"oneOf": [{"type": "string"}, {"type": "integer"}], "nullable": True},
            {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
        ),
    ],
)
def test_nullable_30_is_written_the_31_way(schema: dict[str, Any], expected: dict[str, Any]) -> None:
    assert normalise.normalise(schema) == expected


def test_upstream_attribution_header_is_not_declared_twice() -> None:
    doc = fixture_doc()
    doc["paths"]["/credits"]["get"]["parameters"] = [
        {"name": "http-referer", "in": "header", "schema": {"type": "string"}}
    ]
    params = extract.extract(doc)["paths"]["/credits"]["get"]["parameters"]
    assert params == [
        {"name": "http-referer", "in": "header", "schema": {"type": "string"}},
        {"$ref": "#/components/parameters/XOpenRouterTitle"},
        {"$ref": "#/components/parameters/XOpenRouterCategories"},
    ]


def test_yaml_is_written_by_ruamel_reads_back_and_quotes_what_yaml_11_would_misread() -> None:
    spec = normalise.credits_spec(fixture_doc())
    spec["info"]["x-upstream"] = {"source": "yes", "retrieved": "2026-08-22", "sha256": "1e3"}
    spec["info"]["description"] = "line one\nline two\n"
    text = yamlio.dump(spec, update_spec.HEADER)
    assert text.startswith(update_spec.HEADER)
    assert yaml.safe_load(text) == spec
    assert "source: 'yes'" in text
    assert "retrieved: '2026-08-22'" in text
    assert "description: |\n    line one\n    line two\n" in text
    assert not [line for line in text.splitlines() if line != line.rstrip()]  # no trailing spaces
    assert yamlio.dump(copy.deepcopy(spec), update_spec.HEADER) == text


def test_the_committed_spec_records_its_origin() -> None:
    """Source, time and SHA-256 are there (what the file was called is not checked:
    tests/pipeline/test_update_spec.py updates from a document saved as openapi.yaml and from a loopback
    URL, then runs this same check)."""
    record = check_origin(ROOT / "openapi.yaml")
    # True: when the named document is one of the real ones beside the clone, the hash is of its bytes.
    for base in (ROOT.parent, ROOT.parent.parent):
        named = base / "shared" / "reference" / "upstream" / Path(record["source"]).name
        if named.is_file() and named.name.startswith("openrouter-openapi-"):
            check_origin(ROOT / "openapi.yaml", named.read_bytes())

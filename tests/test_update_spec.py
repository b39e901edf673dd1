"""The spec update path (scripts/update_spec.py): fetch, provenance, normalisation, surface diff, exit status.

Every test starts from tests/fixtures/upstream-trimmed.yaml, which scripts/derive_fixture.py derives from a
real published document (the Credits part and a few unrelated paths, as upstream wrote them). The "old"
spec a diff is taken against is made from the same fixture in a temporary folder, never the committed
openapi.yaml, so refreshing the committed spec from a newer upstream document breaks no test here.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

import derive_fixture
import generate
import update_spec
from conftest import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "upstream-trimmed.yaml"
SPEC = ROOT / "openapi.yaml"
#: Where the real published document may be found (shared/ lies beside the clone, or beside the worktrees).
REFERENCE = [base / "shared" / "reference" / "upstream" for base in (ROOT.parent, ROOT.parent.parent)]
FIXTURE_RECORD = {"source": FIXTURE.name, "retrieved": "2026-08-22", "sha256": "0" * 64}


def upstream() -> dict[str, Any]:
    """The fixture as a fresh document."""
    return update_spec.parse(FIXTURE.read_bytes(), FIXTURE.name)


def baseline(folder: Path) -> Path:
    """An openapi.yaml made from the fixture in ``folder`` (the "old" spec of a diff)."""
    output = folder / "openapi.yaml"
    spec = update_spec.with_provenance(update_spec.credits_spec(upstream()), FIXTURE_RECORD)
    output.write_text(update_spec.dump(spec), encoding="utf-8")
    return output


def run_update(folder: Path, source: Any, *extra: str) -> tuple[int, str, str]:
    """Run update_spec.py on ``source`` (a document, a path or a URL) into ``folder``; (rc, out, err)."""
    if isinstance(source, dict):
        path = folder / "upstream.json"
        path.write_text(json.dumps(source))
        source = str(path)
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "update_spec.py"),
            str(source),
            *("--output", str(folder / "openapi.yaml"), "--dest", str(folder / "generated")),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    return proc.returncode, proc.stdout, proc.stderr


def diff_lines(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The surface diff of two upstream documents' Credits parts, as its printed lines."""
    groups = update_spec.surface_diff(update_spec.credits_spec(old), update_spec.credits_spec(new))
    return update_spec.format_diff(groups, "old", "new").splitlines()


@pytest.fixture
def http_upstream() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 publishing the fixture at /openapi.yaml (404 elsewhere); its base URL."""
    body = FIXTURE.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            found = self.path == "/openapi.yaml"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/yaml")
            self.send_header("Content-Length", str(len(body) if found else 0))
            self.end_headers()
            if found:
                self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- the fixture and the committed spec ----------------------------------------------------------------


def test_fixture_is_what_derive_fixture_makes_of_the_real_document() -> None:
    header = FIXTURE.read_text().splitlines()[:2]
    name = re.search(r"from (\S+)$", header[0])
    sha = re.search(r"sha256 ([0-9a-f]{64})", header[1])
    assert name, header
    assert sha, header
    found = [d / name.group(1) for d in REFERENCE if (d / name.group(1)).is_file()]
    if not found:
        pytest.skip(f"{name.group(1)} (shared/reference/upstream) is not beside this clone")
    assert hashlib.sha256(found[0].read_bytes()).hexdigest() == sha.group(1)
    assert derive_fixture.derive(found[0]) == FIXTURE.read_text()
    assert len(FIXTURE.read_text().splitlines()) < 1000  # small: the Credits part and a few more paths


def test_committed_spec_has_the_fixtures_surface_and_records_its_origin() -> None:
    """Not byte for byte: the committed spec may come from a newer document with the same surface."""
    committed = update_spec.load(SPEC)
    assert update_spec.surface_diff(committed, update_spec.credits_spec(upstream())) == [], (
        "the committed openapi.yaml has another surface than tests/fixtures/upstream-trimmed.yaml: "
        "re-derive the fixture from the document it came from (scripts/derive_fixture.py)"
    )
    record = update_spec.provenance_of(committed)
    assert record is not None
    assert record["source"]
    assert record["retrieved"]
    assert re.fullmatch(r"[0-9a-f]{64}", record["sha256"])


# --- extraction and normalisation ------------------------------------------------------------------------


def test_extraction_keeps_credits_and_what_it_references() -> None:
    spec = update_spec.credits_spec(upstream())
    assert set(spec["paths"]) == {"/credits", "/credits/coinbase", "/key"}
    assert list(spec["components"]["securitySchemes"]) == ["apiKey"]  # `bearer` is unused by Credits
    assert [t["name"] for t in spec["tags"]] == ["Credits"]
    schemas = spec["components"]["schemas"]
    assert "GetCreditsResponse" in schemas
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


def test_json_upstream_reads_the_same() -> None:
    data = json.dumps(upstream(), indent=1).encode()
    assert update_spec.credits_spec(update_spec.parse(data, "x.json")) == update_spec.credits_spec(upstream())


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
    assert update_spec.absolute_links(text) == expected


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
    assert update_spec.normalise(schema) == {
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
    assert update_spec.normalise(schema) == expected


@pytest.mark.parametrize("quirk", sorted(derive_fixture.QUIRKS))
def test_each_quirk_of_real_versions_reads_as_the_same_surface(quirk: str) -> None:
    base, quirky = upstream(), derive_fixture.QUIRKS[quirk](upstream())
    assert quirky != base
    assert diff_lines(base, quirky) == ["Surface diff old -> new: no changes."]
    a, b = update_spec.credits_spec(base), update_spec.credits_spec(quirky)
    if quirk == "links":  # the quirk adds a link to an error's description: documentation only
        desc = b["components"]["schemas"]["UnauthorizedResponse"].pop("description")
        assert desc.endswith(
            "[authentication](https://openrouter.ai/docs/api-reference/authentication#api-keys)."
        )
        a["components"]["schemas"]["UnauthorizedResponse"].pop("description")
    assert a == b  # the same spec, so the same generated client


def test_every_spelling_of_nullable_reads_the_same_in_the_diff() -> None:
    """Compared as written (not normalised first): 3.0 nullable, 3.1 type lists and anyOf with null."""
    base = upstream()
    spellings = [base, derive_fixture.nullable30(base), derive_fixture.nullable_anyof(base)]
    extracted = [update_spec.extract(doc) for doc in spellings]
    assert "nullable" in json.dumps(extracted[1])
    assert "anyOf" in json.dumps(extracted[2])
    for old in extracted:
        for new in extracted:
            assert update_spec.surface_diff(old, new) == []
    fields = update_spec.fields(extracted[1], {"$ref": "#/components/schemas/UnauthorizedResponse"})
    assert fields["user_id"] == ("string | null", False)
    assert fields["error.metadata"] == ("object | null", False)


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


def test_yaml_is_written_by_ruamel_reads_back_and_quotes_what_yaml_11_would_misread() -> None:
    spec = update_spec.credits_spec(upstream())
    spec["info"]["x-upstream"] = {"source": "yes", "retrieved": "2026-08-22", "sha256": "1e3"}
    spec["info"]["description"] = "line one\nline two\n"
    text = update_spec.dump(spec)
    assert text.startswith(update_spec.HEADER)
    assert yaml.safe_load(text) == spec
    assert "source: 'yes'" in text
    assert "retrieved: '2026-08-22'" in text
    assert "description: |\n    line one\n    line two\n" in text
    assert not [line for line in text.splitlines() if line != line.rstrip()]  # no trailing spaces
    assert update_spec.dump(copy.deepcopy(spec)) == text


# --- the surface diff on synthetic upstream changes --------------------------------------------------


def test_a_field_made_non_nullable_is_breaking() -> None:
    new = upstream()
    new["components"]["schemas"]["UnauthorizedResponse"]["properties"]["user_id"]["type"] = "string"
    assert diff_lines(upstream(), new)[1:] == [
        "  getCredits (GET /credits):",
        "    ~ error 401 field user_id type string | null -> string  BREAKING",
        "1 change, 1 breaking.",
    ]


def test_a_field_made_nullable_the_30_way_is_a_change_too() -> None:
    new = upstream()
    data = new["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data["properties"]["data"]["properties"]["total_usage"]["nullable"] = True
    assert diff_lines(upstream(), new)[1:] == [
        "  getCredits (GET /credits):",
        "    ~ response 200 field data.total_usage type number -> number | null  BREAKING",
        "1 change, 1 breaking.",
    ]


def test_a_default_changed_is_a_change() -> None:
    new = upstream()
    data = new["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data["properties"]["data"]["properties"]["total_usage"]["default"] = 0
    assert diff_lines(upstream(), new)[1:] == [
        "  getCredits (GET /credits):",
        "    ~ response 200 field data.total_usage type number -> number (default 0)",
        "1 change, 0 breaking.",
    ]


def test_security_moved_between_spellings_is_no_change_but_a_real_change_is() -> None:
    new = upstream()
    new["paths"]["/credits/coinbase"]["post"].pop("security")
    assert diff_lines(upstream(), new)[1:] == [
        "  createCoinbaseCharge (POST /credits/coinbase):",
        "    ~ security changed from [] to [['apiKey']]  BREAKING",
        "1 change, 1 breaking.",
    ]


def test_request_body_changes_are_reported() -> None:
    new = upstream()
    new["paths"]["/credits/coinbase"]["post"]["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["amount"],
                    "properties": {"amount": {"type": "number"}, "sender": {"type": ["string", "null"]}},
                }
            }
        },
    }
    assert diff_lines(upstream(), new)[1:] == [
        "  createCoinbaseCharge (POST /credits/coinbase):",
        "    + request body (required)  BREAKING",
        "1 change, 1 breaking.",
    ]
    newer = copy.deepcopy(new)
    schema = newer["paths"]["/credits/coinbase"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    schema["required"].append("sender")
    schema["properties"]["chain"] = {"type": "string", "enum": ["base", "ethereum"]}
    assert diff_lines(new, newer)[1:] == [
        "  createCoinbaseCharge (POST /credits/coinbase):",
        "    + request field chain: string enum [base, ethereum], optional",
        "    ~ request field sender is now required  BREAKING",
        "2 changes, 1 breaking.",
    ]


@pytest.mark.parametrize("status", ["401", "500"])
def test_error_status_added_back_names_its_class(status: str) -> None:
    old = update_spec.credits_spec(upstream())
    new = copy.deepcopy(old)
    del old["paths"]["/credits"]["get"]["responses"][status]
    (_, changes), *_ = update_spec.surface_diff(old, new)
    name = {"401": "UnauthorizedResponseError", "500": "InternalServerResponseError"}[status]
    assert [str(c) for c in changes] == [f"+ error status {status} (raised as errors.{name})"]


# --- the command: fetch, provenance, rewrite, exit status ---------------------------------------------


def test_fetch_record_rerun_and_quirks(tmp_path: Path, http_upstream: str) -> None:
    """From a URL into an empty folder; again (nothing to rewrite); then every quirk (documentation only)."""
    url = f"{http_upstream}/openapi.yaml"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    rc, out, err = run_update(tmp_path, url)
    assert (rc, err) == (0, ""), out + err
    sha = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    assert out.startswith(f"Upstream: {url}, retrieved ")
    assert f"sha256 {sha}\nPrevious: not recorded\n" in out
    assert "+ operation getCredits: GET /credits" in out  # against an empty spec, everything is new
    assert out.endswith("update-spec: done, the overlay fits the regenerated client (exit status 0).\n")
    written = tmp_path / "openapi.yaml"
    record = update_spec.provenance_of(update_spec.load(written))
    assert record is not None
    assert (record["source"], record["sha256"]) == (url, sha)
    assert before <= dt.datetime.fromisoformat(record["retrieved"]) <= dt.datetime.now(dt.UTC)
    package = tmp_path / "generated" / generate.PACKAGE
    model = (package / "api" / "credits_" / "get_credits.py").read_text()
    assert "(https://openrouter.ai/docs/guides/overview/auth/management-api-keys)" in model
    text = written.read_bytes()

    rc, out, _ = run_update(tmp_path, url)
    assert rc == 0
    assert "surface unchanged; nothing to rewrite.\n" in out
    assert written.read_bytes() == text  # byte-stable: the same document writes the same bytes

    quirky = derive_fixture.with_quirks(upstream(), ["all"])
    report = tmp_path / "report.md"
    rc, out, _ = run_update(tmp_path, quirky, "--dry-run", "--report", str(report))
    assert rc == 0, out
    assert "BREAKING" not in out
    assert "surface unchanged; 2 files would be rewritten (documentation)\n" in out
    assert f"  {written}\n" in out
    assert f"  {package / 'models' / 'unauthorized_response.py'}\n" in out
    assert written.read_bytes() == text  # --dry-run writes nothing
    body = report.read_text()
    assert "**Result: done, the overlay fits the regenerated client** (exit status 0)." in body
    assert f"Previous: {url}, retrieved {record['retrieved']}, sha256 {sha}" in body


def test_offline_timeout_and_http_errors_are_clear_and_exit_4(
    tmp_path: Path, http_upstream: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def update(url: str, *extra: str) -> tuple[int, str, str]:
        rc = update_spec.main(
            [url, "--output", str(tmp_path / "openapi.yaml"), "--dest", str(tmp_path / "g"), *extra]
        )
        out, err = capsys.readouterr()
        return rc, out, err

    with socket.socket() as refused:
        refused.bind(("127.0.0.1", 0))
        port = refused.getsockname()[1]
    rc, out, err = update(f"http://127.0.0.1:{port}/openapi.yaml")
    assert rc == 4
    assert out == ""
    assert f"update-spec: cannot fetch http://127.0.0.1:{port}/openapi.yaml: " in err
    assert "offline? pass SPEC=path/to/openapi.yaml" in err
    assert err.endswith("update-spec: DOCUMENT UNUSABLE, nothing written (exit status 4).\n")

    with socket.socket() as silent:  # accepts connections (backlog), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/openapi.yaml"
        rc, _, err = update(url, "--timeout", "0.3")
    assert rc == 4
    assert f"fetching {url} timed out after 0.3 s" in err

    rc, _, err = update(f"{http_upstream}/missing.yaml")
    assert rc == 4
    assert "answered HTTP 404, not 200" in err
    assert not (tmp_path / "openapi.yaml").exists()
    assert not (tmp_path / "g").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["components"]["schemas"].pop("GoneResponseErrorData"),
            "GoneResponseErrorData is referenced",
        ),
        (
            lambda d: [d["paths"].pop(p) for p in ("/credits", "/credits/coinbase")],
            "no operation tagged 'Credits'",
        ),
        (lambda d: d["paths"]["/credits"]["get"].pop("operationId"), "GET /credits has no operationId"),
    ],
)
def test_unusable_documents_exit_4_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, message: str
) -> None:
    doc = upstream()
    change(doc)
    source = tmp_path / "upstream.json"
    source.write_text(json.dumps(doc))
    output = baseline(tmp_path)
    before = output.read_bytes()
    report = tmp_path / "report.md"
    status = update_spec.main(
        [str(source), "--output", str(output), "--dest", str(tmp_path / "g"), "--report", str(report)]
    )
    assert status == 4
    err = capsys.readouterr().err
    assert message in err
    assert "DOCUMENT UNUSABLE" in err
    assert output.read_bytes() == before
    assert not (tmp_path / "g").exists()
    assert "**Result: DOCUMENT UNUSABLE, nothing written** (exit status 4)" in report.read_text()


def test_not_a_document(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, data in (
        ("a.yaml", b"paths: [unclosed"),
        ("b.yaml", b"- a list\n"),
        ("c.bin", b"\xff\xfe\x00"),
    ):
        (tmp_path / name).write_bytes(data)
        assert (
            update_spec.main([str(tmp_path / name), "--output", str(tmp_path / "o.yaml"), "--dry-run"]) == 4
        )
    err = capsys.readouterr().err
    assert "a.yaml is neither JSON nor YAML" in err
    assert "b.yaml is not an OpenAPI document (no `paths`)" in err
    assert "c.bin is not UTF-8 text" in err
    assert update_spec.main([str(tmp_path / "nowhere.yaml"), "--dry-run"]) == 4
    assert "cannot read" in capsys.readouterr().err


def test_field_added_to_the_credits_response(tmp_path: Path) -> None:
    baseline(tmp_path)
    doc = upstream()
    data = doc["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data["properties"]["data"]["properties"]["expires_at"] = {
        "description": "When the credits expire",
        "type": ["string", "null"],
        "format": "date-time",
    }

    rc, out, _ = run_update(tmp_path, doc)

    assert rc == 0, out
    assert (
        "  getCredits (GET /credits):\n"
        "    + response 200 field data.expires_at: string (date-time) | null, optional\n" in out
    )
    assert "1 change, 0 breaking." in out
    spec = update_spec.load(tmp_path / "openapi.yaml")
    assert "expires_at" in spec["components"]["schemas"]["GetCreditsResponseData"]["properties"]
    model = tmp_path / "generated" / generate.PACKAGE / "models" / "get_credits_response_data.py"
    assert "expires_at: datetime.datetime | None | Unset = UNSET" in model.read_text()


def test_operation_added_needs_overlay_work_exit_3(tmp_path: Path) -> None:
    baseline(tmp_path)
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

    rc, out, _ = run_update(tmp_path, doc)

    assert rc == 3
    assert (
        "  + operation getCreditsHistory: GET /credits/history (add Credits.get_credits_history and "
        "Credits.get_credits_history_async to the overlay)\n" in out
    )
    assert "1 change, 0 breaking." in out
    spec = yaml.safe_load((tmp_path / "openapi.yaml").read_text())
    assert spec["paths"]["/credits/history"]["get"]["parameters"][0] == {
        "$ref": "#/components/parameters/HTTPReferer"
    }
    assert spec["components"]["schemas"]["GetCreditsHistoryResponse"]["properties"]["data"]["items"] == {
        "$ref": "#/components/schemas/GetCreditsHistoryResponseDataItem"
    }
    assert (
        tmp_path / "generated" / generate.PACKAGE / "api" / "credits_" / "get_credits_history.py"
    ).exists()
    assert (
        "The overlay no longer fits the generated client:\n"
        "  - operation getCreditsHistory (GET /credits/history) has no overlay method "
        "Credits.get_credits_history\n" in out
    )
    assert "has no Operation in the overlay (module get_credits_history)" in out
    assert out.endswith("update-spec: OVERLAY NEEDS WORK (exit status 3).\n")


def test_operation_removed_and_breaking_changes_in_a_dry_run(tmp_path: Path) -> None:
    output = baseline(tmp_path)
    before = output.read_bytes()
    doc = upstream()
    del doc["paths"]["/credits/coinbase"]
    get = doc["paths"]["/credits"]["get"]
    data = get["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    del data["properties"]["total_usage"]
    data["required"] = []
    data["properties"]["total_credits"]["type"] = "string"
    get["parameters"] = [{"name": "currency", "in": "query", "required": True, "schema": {"type": "string"}}]
    get["responses"]["429"] = {"description": "Too Many Requests"}
    del get["responses"]["403"]

    rc, out, _ = run_update(tmp_path, doc, "--dry-run")

    assert rc == 3
    lines = out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("Surface diff")))
    assert lines[start + 1 : start + 10] == [
        "  - operation createCoinbaseCharge: POST /credits/coinbase "
        "(Credits.create_coinbase_charge loses its endpoint)  BREAKING",
        "  getCredits (GET /credits):",
        "    + query parameter currency (required)  BREAKING",
        "    + error status 429 (no error class of its own: raised as errors.OpenRouterDefaultError)",
        "    - error status 403 (its error's .data is no longer parsed)  BREAKING",
        "    - response 200 field data.total_usage  BREAKING",
        "    ~ response 200 field data.total_credits type number -> string  BREAKING",
        "    ~ response 200 field data.total_credits is now optional (None when absent)  BREAKING",
        "7 changes, 6 breaking.",
    ]
    assert "Credits.create_coinbase_charge has no operation in openapi.yaml" in out
    assert "imports GoneResponse from openrouter_credits_api.models, which no longer exists" in out
    assert "imports ForbiddenResponse from openrouter_credits_api.models, which no longer exists" in out
    assert output.read_bytes() == before
    assert not (tmp_path / "generated").exists()

"""The spec update path (python -m scripts.update_spec): fetch, provenance, exit status, and the surface diff
read from the regenerated package, on real documents and on variants derived from them.

Every test starts from tests/fixtures/upstream-trimmed.yaml, which scripts/derive_fixture.py derives from a
real published document (the kept operations and a few unrelated paths, as upstream wrote them). The
"old" side of a diff is generated from the same fixture in a temporary folder, never the committed tree,
so refreshing the committed spec from a newer upstream document breaks no test here. Extraction and
normalisation details are in tests/pipeline/test_spec_extract.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from scripts import derive_fixture, generate, normalise, update_spec, upstream, yamlio

from conftest import ROOT
from support.provenance import check_origin

FIXTURE = ROOT / "tests" / "fixtures" / "upstream-trimmed.yaml"
FIXTURE_RECORD = {"source": FIXTURE.name, "retrieved": "2026-08-22", "sha256": "0" * 64}
#: Where the real published documents may be found (shared/ beside the clone, or beside the worktrees).
REFERENCE = next(
    (
        d
        for d in (b / "shared" / "reference" / "upstream" for b in (ROOT.parent, ROOT.parent.parent))
        if d.is_dir()
    ),
    None,
)


def fixture_doc() -> dict[str, Any]:
    """The fixture as a fresh document."""
    return upstream.parse(FIXTURE.read_bytes(), FIXTURE.name)


@pytest.fixture(scope="session")
def baseline_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """openapi.yaml and generated/ made from the fixture, once per session (copied by ``folder``)."""
    folder = tmp_path_factory.mktemp("baseline")
    spec = normalise.with_provenance(normalise.credits_spec(fixture_doc()), FIXTURE_RECORD)
    output = folder / "openapi.yaml"
    output.write_text(yamlio.dump(spec, update_spec.HEADER), encoding="utf-8")
    fresh = generate.generate_into(folder / "tmp", output)
    generate.install(fresh, folder / "generated" / generate.PACKAGE)
    shutil.rmtree(folder / "tmp")
    return folder


@pytest.fixture
def folder(tmp_path: Path, baseline_tree: Path) -> Path:
    """A folder holding the baseline openapi.yaml and generated/ (the "old" side of a diff)."""
    shutil.copytree(baseline_tree, tmp_path / "tree")
    return tmp_path / "tree"


def run_update(folder: Path, source: Any, *extra: str) -> tuple[int, str, str]:
    """Run the update command on ``source`` (a document, a path or a URL) into ``folder``; (rc, out, err).

    In this process (the command is ``update_spec.main``; ``python -m scripts.update_spec`` only calls it):
    each run still starts the generator and the contract check in interpreters of their own."""
    if isinstance(source, dict):
        path = folder / "upstream.json"
        path.write_text(json.dumps(source))
        source = str(path)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = update_spec.main(
            [
                str(source),
                "--output",
                str(folder / "openapi.yaml"),
                "--dest",
                str(folder / "generated"),
                *extra,
            ]
        )
    return rc, out.getvalue(), err.getvalue()


def test_the_command_runs_as_a_module(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scripts.update_spec", str(tmp_path / "missing.yaml"), "--dry-run"],
        capture_output=True, text=True, check=False, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert proc.returncode == 4
    assert proc.stderr.endswith("update-spec: DOCUMENT UNUSABLE, nothing written (exit status 4).\n")


def diff_of(out: str) -> list[str]:
    """The printed surface diff (its lines after the title), or [] when there is none."""
    lines = out.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Surface diff")]
    if not starts:
        return []
    end = next(i for i in range(starts[0], len(lines)) if " breaking." in lines[i])
    return lines[starts[0] + 1 : end + 1]


def problems_of(out: str) -> list[str]:
    return [line[4:] for line in out.splitlines() if line.startswith("  - ")]


# --- the fixture and the committed spec ----------------------------------------------------------------


def test_fixture_is_what_derive_fixture_makes_of_the_real_document() -> None:
    header = FIXTURE.read_text().splitlines()[:2]
    name = header[0].rsplit(" ", 1)[1]
    if REFERENCE is None or not (REFERENCE / name).is_file():
        pytest.skip(f"{name} (shared/reference/upstream) is not beside this clone")
    source = REFERENCE / name
    assert f"sha256 {hashlib.sha256(source.read_bytes()).hexdigest()}" in header[1]
    assert derive_fixture.derive(source) == FIXTURE.read_text()
    assert len(FIXTURE.read_text().splitlines()) < 1500  # small: the kept operations and a few more paths


#: What GET /key gained in 2026-10 (the budget layers): the published documents before it lack exactly these.
KEY_2026_10 = (
    "allowed_data_regions",
    "budgets",
    "effective_budget",
    "free_model_daily_requests",
    "organization_id",
    "workspace_id",
)


@pytest.mark.parametrize(
    "name",
    [
        "openrouter-openapi-2026-06-16.yaml",
        "openrouter-openapi-2026-08-22.yaml",
        "openrouter-openapi-2026-10-reconstructed.yaml",
    ],
)
def test_each_real_document_updates_the_committed_tree(tmp_path: Path, name: str) -> None:
    """`make update-spec SPEC=` each real document: the committed one (2026-10) leaves the surface and
    generated/ unchanged (exit 0). The two published before it differ by exactly the 2026-10 fields of
    GET /key, all BREAKING, and the overlay, which reads them, no longer fits: exit 3, naming only the
    budget models it imports."""
    if REFERENCE is None:
        pytest.skip("shared/reference/upstream is not beside this clone")
    shutil.copy(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__"))
    rc, out, err = run_update(tmp_path, REFERENCE / name, "--retrieved", "2026-08-22")
    assert "Traceback" not in out + err
    if "2026-10" in name:
        assert_fits(rc, out)
        assert "surface unchanged;" in out, out + err
        assert diff_of(out) == []
        assert generate.tree(tmp_path / "generated") == generate.tree(ROOT / "generated"), "client changed"
        return
    changes = [line.strip() for line in diff_of(out)[1:-1]]
    assert changes, out
    for line in changes:
        assert line.startswith("- response 200 field data."), line
        assert line.split("data.", 1)[1].split(".")[0].split(":")[0].split(" ")[0] in KEY_2026_10, line
        assert "._" not in line, line  # a model's class attributes (_json_names) are not fields
    assert diff_of(out)[-1].strip() == f"{len(changes)} changes, {len(changes)} breaking."
    assert rc == 3, out
    new_models = ("free_model_daily_requests", "key_budget", "allowed_data_regions")
    assert problems_of(out), out
    for problem in problems_of(out):
        assert any(model in problem for model in new_models), problem


def _committed_tree(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "openapi.yaml", folder / "openapi.yaml")
    shutil.copytree(ROOT / "generated", folder / "generated", ignore=shutil.ignore_patterns("__pycache__"))


def _assert_true_origin(folder: Path, source: str, data: bytes) -> None:
    """After an update from ``data`` called ``source``: the check the committed spec's test makes passes,
    and the record is this document's (or, when the Credits part did not change, the one before)."""
    record = check_origin(folder / "openapi.yaml")
    before = normalise.provenance_of(upstream.load(ROOT / "openapi.yaml"))
    if record != before:
        assert record["source"] == source, record
        check_origin(folder / "openapi.yaml", data)  # the SHA-256 of these very bytes


def _reference_documents() -> list[str]:
    return sorted(p.name for p in REFERENCE.glob("openrouter-openapi-*.yaml")) if REFERENCE else []


@pytest.mark.parametrize("name", _reference_documents() or ["(none beside this clone)"])
def test_each_real_document_saved_as_openapi_yaml_updates_with_a_true_origin(
    tmp_path: Path, name: str
) -> None:
    """`curl -O https://openrouter.ai/openapi.yaml && make update-spec SPEC=./openapi.yaml`: exit 0, and the
    committed spec's provenance check passes (it wanted the name to start with openrouter-openapi-)."""
    if REFERENCE is None or not (REFERENCE / name).is_file():
        pytest.skip("shared/reference/upstream is not beside this clone")
    data = (REFERENCE / name).read_bytes()
    (tmp_path / "download").mkdir()
    (tmp_path / "download" / "openapi.yaml").write_bytes(data)
    _committed_tree(tmp_path / "tree")
    rc, out, err = run_update(tmp_path / "tree", tmp_path / "download" / "openapi.yaml")
    # The documents before 2026-10 lack the budget layers the overlay reads: done, overlay needs work.
    assert rc == (0 if "2026-10" in name else 3), out + err
    _assert_true_origin(tmp_path / "tree", "openapi.yaml", data)


def test_a_real_document_from_a_plain_http_url_updates_with_a_true_origin(tmp_path: Path) -> None:
    """A mirror on 127.0.0.1 (http://, not https://), serving the 2026-08-22 document (the Credits part
    differs from the committed 2026-10 one, so a new record is written; the overlay reads the budget
    layers that document lacks, so the update ends "overlay needs work")."""
    if REFERENCE is None:
        pytest.skip("shared/reference/upstream is not beside this clone")
    data = (REFERENCE / "openrouter-openapi-2026-08-22.yaml").read_bytes()
    _committed_tree(tmp_path / "tree")
    with _serving(data) as base:
        url = f"{base}/openapi.yaml"
        rc, out, err = run_update(tmp_path / "tree", url)
    assert rc == 3, out + err
    _assert_true_origin(tmp_path / "tree", url, data)
    assert normalise.provenance_of(upstream.load(tmp_path / "tree" / "openapi.yaml"))["source"] == url


# --- quirks: how published versions write the same API -------------------------------------------------


def test_every_spelling_of_nullable_generates_the_same_client(folder: Path, tmp_path: Path) -> None:
    """3.0 ``nullable``, 3.1 type lists, ``anyOf`` with null: read by the generator, not by us."""
    doc = derive_fixture.nullable_anyof(fixture_doc())
    assert "anyOf" in json.dumps(doc["components"]["schemas"]["UnauthorizedResponse"])
    rc, out, _ = run_update(folder, doc, "--dry-run")
    assert "surface unchanged;" in out, out
    assert_fits(rc, out)


# --- changes: what earlier published versions really changed ----------------------------------------


#: change -> (the diff's lines, the exit status, a problem the overlay contract must report).
CHANGES: dict[str, tuple[list[str], int, str | None]] = {
    "no-operation-ids": (
        [
            "  ~ operation create_coinbase_charge renamed to post_credits_coinbase (POST /credits/coinbase)"
            "  [BREAKING]",
            "  ~ operation get_current_key renamed to get_key (GET /key)  [BREAKING]",
            "2 changes, 2 breaking.",
        ],
        3,
        "operation credits_/post_credits_coinbase has no Operation in the overlay",
    ),
    "renamed": (
        [
            "  ~ operation get_credits renamed to get_credit_balance (GET /credits)  [BREAKING]",
            "1 change, 1 breaking.",
        ],
        3,
        "openrouter._credits.GET_CREDITS uses openrouter_credits_api.api.credits_.get_credits, which the "
        "generated package no longer has",
    ),
    "error-ranges": (
        [
            "  create_coinbase_charge (POST /credits/coinbase):",
            "    - response 410  [BREAKING]",
            "    + response 4XX",
            "  get_credits (GET /credits):",
            "    - response 401  [BREAKING]",
            "    - response 403  [BREAKING]",
            "    - response 500  [BREAKING]",
            "    + response 4XX",
            "    + response 5XX",
            "  get_current_key (GET /key):",
            "    - response 401  [BREAKING]",
            "    - response 500  [BREAKING]",
            "    + response 4XX",
            "    + response 5XX",
            "11 changes, 6 breaking.",
        ],
        3,
        "imports ForbiddenResponse from openrouter_credits_api.models, which no longer exists",
    ),
    "error-default": (
        [
            "  create_coinbase_charge (POST /credits/coinbase):",
            "    - response 410  [BREAKING]",
            "    + response default",
            "  get_credits (GET /credits):",
            "    - response 401  [BREAKING]",
            "    - response 403  [BREAKING]",
            "    - response 500  [BREAKING]",
            "    + response default",
            "  get_current_key (GET /key):",
            "    - response 401  [BREAKING]",
            "    - response 500  [BREAKING]",
            "    + response default",
            "9 changes, 6 breaking.",
        ],
        3,
        "imports InternalServerResponse from openrouter_credits_api.models, which no longer exists",
    ),
    "coinbase-body": (
        [
            "  create_coinbase_charge (POST /credits/coinbase):",
            "    + request body  [BREAKING]",
            "    + request field amount: float",
            "    + request field chain_id: enum of int (1, 137, 8453)",
            "    + request field sender: str",
            "4 changes, 1 breaking.",
        ],
        3,
        "create_coinbase_charge._get_kwargs() requires body, which the overlay does not pass",
    ),
    "error-code-enum": (
        [
            line
            for where, statuses in (
                ("create_coinbase_charge (POST /credits/coinbase)", ["410"]),
                ("get_credits (GET /credits)", ["401", "403", "500"]),
                ("get_current_key (GET /key)", ["401", "500"]),
            )
            for line in [f"  {where}:"]
            + [
                text
                for s in statuses
                for text in (
                    f"    ~ response {s} field error.code type int -> enum of int",
                    f"    ~ response {s} field error.code enum gained 400, 401, 402, 403, 404, 408, 410, "
                    "429, 500, 502, 503",
                )
            ]
        ]
        + ["12 changes, 0 breaking."],
        0,
        None,
    ),
    # 2025-09: coinbase requires "bearer", which the document does not define (a warning, not a refusal).
    "bearer-undefined": ([], 0, None),
    "lost-schema": (
        [
            "  get_credits (GET /credits):",
            "    ~ response 200 lost its schema (the answer is no longer parsed)  [BREAKING]",
            "1 change, 1 breaking.",
        ],
        3,
        "openrouter._credits.GET_CREDITS: its success model openrouter_credits_api.models.GetCreditsResponse "
        "does not exist",
    ),
}


def assert_fits(rc: int, out: str) -> None:
    """The update reports that the overlay fits (exit 0)."""
    assert problems_of(out) == [], out
    assert rc == 0, out


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_each_real_change_prints_its_true_diff_and_exit_status(folder: Path, change: str) -> None:
    assert sorted(CHANGES) == sorted(derive_fixture.CHANGES)
    lines, status, problem = CHANGES[change]
    rc, out, err = run_update(folder, derive_fixture.CHANGES[change](fixture_doc()))
    assert "Traceback" not in out + err
    assert diff_of(out) == lines, out
    problems = problems_of(out)
    if problem is None:
        assert problems == [], out
    else:
        assert any(problem in p for p in problems), out
    assert rc == status, out


def test_a_security_scheme_used_but_not_defined_is_a_one_line_warning_not_a_refusal(folder: Path) -> None:
    """The oldest published Credits part (2025-09): the generator uses it, so the update does too."""
    doc = derive_fixture.bearer_undefined(fixture_doc())
    assert "bearer" not in doc["components"]["securitySchemes"]
    with _serving(json.dumps(doc).encode()) as base:  # as it was published: fetched over HTTP
        rc, out, err = run_update(folder, f"{base}/openapi.yaml")
    assert rc == 0, out + err  # was: 4, "DOCUMENT UNUSABLE: security scheme 'bearer' is used but not defined"
    warned = [line for line in out.splitlines() if "warning" in line]
    assert warned == [
        "update-spec: warning: security scheme 'bearer' is used but not defined upstream (kept as written; "
        "the overlay sends the API key itself)"
    ], out
    assert out.endswith("update-spec: done, the overlay fits the regenerated client (exit status 0).\n")
    written = upstream.load(folder / "openapi.yaml")
    assert written["paths"]["/credits/coinbase"]["post"]["security"] == [{"bearer": []}]
    assert "bearer" not in written["components"]["securitySchemes"]


def test_a_request_body_removed_is_breaking(tmp_path: Path, baseline_tree: Path) -> None:
    """The reverse of coinbase-body: the deprecation removed the Coinbase request body."""
    old = tmp_path / "old"
    shutil.copytree(baseline_tree, old)
    assert run_update(old, derive_fixture.coinbase_body(fixture_doc()))[0] == 3
    _, out, _ = run_update(old, fixture_doc())
    assert diff_of(out) == [
        "  create_coinbase_charge (POST /credits/coinbase):",
        "    - request body  [BREAKING]",
        "1 change, 1 breaking.",
    ], out


def _data(doc: dict[str, Any]) -> dict[str, Any]:
    schema = doc["paths"]["/credits"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    data: dict[str, Any] = schema["properties"]["data"]
    return data


def test_field_changes_follow_the_rules(folder: Path) -> None:
    """One document with five field changes (one generation): each line, BREAKING where the rules say."""
    doc = fixture_doc()
    doc["components"]["schemas"]["ForbiddenResponse"]["properties"]["user_id"]["type"] = "string"
    data = _data(doc)
    data["properties"]["total_usage"]["nullable"] = True  # made nullable, the 3.0 way
    data["properties"]["expires_at"] = {"type": ["string", "null"], "format": "date-time"}
    data["required"] = ["total_usage"]  # total_credits made optional
    data["properties"]["total_credits"]["type"] = "string"
    rc, out, _ = run_update(folder, doc, "--dry-run")
    assert diff_of(out) == [
        "  get_credits (GET /credits):",
        "    + response 200 field data.expires_at: None | datetime.datetime, may be absent",
        "    ~ response 200 field data.total_credits type float -> str  [BREAKING]",
        "    ~ response 200 field data.total_credits is now optional (may be absent)  [BREAKING]",
        "    ~ response 200 field data.total_usage type float -> None | float  [BREAKING]",
        "    ~ response 403 field user_id type None | str -> str",  # narrowed: what was read still is
        "5 changes, 3 breaking.",
    ], out
    assert_fits(rc, out)


def test_a_request_enum_narrowed_is_breaking_a_response_enum_widened_is_not(
    tmp_path: Path, baseline_tree: Path
) -> None:
    old = tmp_path / "old"
    shutil.copytree(baseline_tree, old)
    base = derive_fixture.error_code_enum(derive_fixture.coinbase_body(fixture_doc()))
    run_update(old, base)
    doc = json.loads(json.dumps(base))
    body = doc["paths"]["/credits/coinbase"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["chain_id"]["enum"] = [1, 8453]
    doc["components"]["schemas"]["UnauthorizedResponseErrorData"]["properties"]["code"]["enum"].append(599)
    _, out, _ = run_update(old, doc, "--dry-run")
    lines = diff_of(out)
    assert "    ~ request field chain_id enum lost 137  [BREAKING]" in lines, out
    assert any(line.endswith("field error.code enum gained 599") for line in lines), out
    assert not any("599" in line and "BREAKING" in line for line in lines)


def test_an_operation_added_needs_overlay_work_exit_3(folder: Path) -> None:
    doc = fixture_doc()
    doc["paths"]["/credits/history"] = {
        "get": {
            "tags": ["Credits"],
            "operationId": "getCreditsHistory",
            "responses": {
                "200": {
                    "description": "Usage per day",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["data"],
                                "properties": {"data": {"type": "array", "items": {"type": "number"}}},
                            }
                        }
                    },
                }
            },
        }
    }
    rc, out, _ = run_update(folder, doc)
    assert rc == 3
    assert diff_of(out) == [
        "  + operation get_credits_history: GET /credits/history",
        "1 change, 0 breaking.",
    ]
    assert (
        "operation credits_/get_credits_history has no Operation in the overlay: add one naming "
        "openrouter_credits_api.api.credits_.get_credits_history and two methods (sync and async) that run it"
    ) in problems_of(out)
    assert (folder / "generated" / generate.PACKAGE / "api" / "credits_" / "get_credits_history.py").exists()
    assert out.endswith("update-spec: OVERLAY NEEDS WORK (exit status 3).\n")


def test_an_operation_removed_in_a_dry_run_writes_nothing(folder: Path) -> None:
    before = (folder / "openapi.yaml").read_bytes()
    doc = fixture_doc()
    del doc["paths"]["/credits/coinbase"]
    rc, out, _ = run_update(folder, doc, "--dry-run")
    assert rc == 3
    assert diff_of(out) == [
        "  - operation create_coinbase_charge: POST /credits/coinbase  [BREAKING]",
        "1 change, 1 breaking.",
    ]
    assert any("CREATE_COINBASE_CHARGE uses" in p for p in problems_of(out))
    assert (folder / "openapi.yaml").read_bytes() == before
    assert (
        folder / "generated" / generate.PACKAGE / "api" / "credits_" / "create_coinbase_charge.py"
    ).exists()


# --- the command: fetch, provenance, rewrite, exit status ---------------------------------------------


@pytest.fixture
def http_upstream() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 publishing the fixture at /openapi.yaml (404 elsewhere); its base URL."""
    with _serving(FIXTURE.read_bytes()) as base:
        yield base


@contextlib.contextmanager
def _serving(body: bytes) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 publishing ``body`` at /openapi.yaml (404 elsewhere); its base URL."""

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


def test_fetch_record_rerun_and_quirks(tmp_path: Path, http_upstream: str) -> None:
    """From a URL into an empty folder; again (nothing to rewrite); then every quirk (documentation only)."""
    url = f"{http_upstream}/openapi.yaml"
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    rc, out, err = run_update(tmp_path, url)
    assert err == "", err
    sha = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    assert out.startswith(f"Upstream: {url}, retrieved ")
    assert f"sha256 {sha}\nPrevious: not recorded\n" in out
    assert "  + operation get_credits: GET /credits" in out  # against nothing, everything is new
    assert_fits(rc, out)
    written = tmp_path / "openapi.yaml"
    record = normalise.provenance_of(upstream.load(written))
    assert record is not None
    assert (record["source"], record["sha256"]) == (url, sha)
    assert before <= dt.datetime.fromisoformat(record["retrieved"]) <= dt.datetime.now(dt.UTC)
    package = tmp_path / "generated" / generate.PACKAGE
    module = (package / "api" / "credits_" / "get_credits.py").read_text()
    assert "(https://openrouter.ai/docs/guides/overview/auth/management-api-keys)" in module
    text = written.read_bytes()

    rc, out, _ = run_update(tmp_path, url)
    assert "surface unchanged; nothing to rewrite.\n" in out
    assert written.read_bytes() == text  # byte-stable: the same document writes the same bytes

    quirky = derive_fixture.with_quirks(fixture_doc(), ["all"])
    report = tmp_path / "report.md"
    rc, out, _ = run_update(tmp_path, quirky, "--dry-run", "--report", str(report))
    assert "BREAKING" not in out
    assert "surface unchanged; 2 files would be rewritten (documentation).\n" in out, out
    assert f"  {written}\n" in out
    assert f"  {package / 'models' / 'unauthorized_response.py'}\n" in out
    assert written.read_bytes() == text  # --dry-run writes nothing
    body = report.read_text()
    assert f"(exit status {rc})." in body
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


def _bad_type(doc: dict[str, Any]) -> None:
    _data(doc)["properties"]["total_usage"]["type"] = "numeric"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["components"]["schemas"].pop("GoneResponseErrorData"),
            "GoneResponseErrorData is referenced",
        ),
        (
            lambda d: [d["paths"].pop(p) for p in ("/credits", "/credits/coinbase", "/key")],
            "no operation tagged Credits",
        ),
        (_bad_type, "openapi-python-client: "),
    ],
)
def test_unusable_documents_exit_4_in_one_line_and_write_nothing(
    folder: Path, change: Callable[[Any], Any], message: str
) -> None:
    doc = fixture_doc()
    change(doc)
    before = generate.tree(folder)
    report = folder / "report.md"
    rc, out, err = run_update(folder, doc, "--report", str(report))
    assert rc == 4, out + err
    assert out == ""
    problem, verdict = err.splitlines()  # one line for the problem, one for the verdict
    assert problem.startswith("update-spec: "), err
    assert message in problem, err
    assert verdict == "update-spec: DOCUMENT UNUSABLE, nothing written (exit status 4)."
    assert "Traceback" not in err
    assert {
        k: v for k, v in generate.tree(folder).items() if k not in ("upstream.json", "report.md")
    } == before
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

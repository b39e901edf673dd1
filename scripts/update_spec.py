"""Update openapi.yaml from the published OpenRouter OpenAPI document, regenerate, print the surface diff.

    python -m scripts.update_spec                       # fetch https://openrouter.ai/openapi.yaml
    python -m scripts.update_spec SOURCE                # a path or an http(s) URL (YAML or JSON)
    python -m scripts.update_spec SOURCE --dry-run      # report what would change, write nothing
    python -m scripts.update_spec SOURCE --report diff.md   # also write the report as Markdown
    python -m scripts.update_spec SOURCE --output /tmp/x/openapi.yaml --dest /tmp/x/generated

The steps, one module each: fetch and read the document (``upstream``), keep the configured operations
with what they reference and add the project's additions (``extract``), write it the way that moves only
with the API (``normalise``, ``yamlio``), generate the client from it exactly as ``make generate`` does
(``generate``), and compare the surface of the freshly generated package with the committed one
(``surface``, read with griffe from the generated code itself). Then check that the overlay still fits
(``contract``).

Exit status (also printed in words): 0 done and the overlay fits, 3 the overlay needs work (what to do is
printed), 4 the upstream document cannot be used (one line says why; nothing written), 2 bad command line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from pathlib import Path

from . import contract, generate, surface
from .normalise import credits_spec, provenance_of, with_provenance, without_provenance
from .upstream import DEFAULT_SOURCE, SpecError, SpecWarning, fetch, load, parse
from .yamlio import dump

ROOT = Path(__file__).resolve().parent.parent

HEADER = """\
# The Credits part of the OpenRouter API (and GET /key): the contract `generated/` is produced from.
#
# Written by `make update-spec` (python -m scripts.update_spec) from the published OpenRouter OpenAPI
# document; info.x-upstream says which one (source, retrieval time, SHA-256 of its bytes). Changes from
# upstream:
#   - kept: the operations scripts/extract.py lists (the Credits tag and /credits paths, GET /key), with
#     what they reference;
#   - vendor keys (x-speakeasy-*, x-fern-*) dropped, 3.0-style `nullable: true` written the 3.1 way,
#     site-relative documentation links made absolute;
#   - an inline 2XX body is a named schema (GetCreditsResponse, GetCurrentKeyResponse, ...) so the
#     generated model carries the documented name;
#   - the three attribution headers the official SDKs send on every call are declared as optional header
#     parameters, so the generated client carries them as keyword arguments.
# Never edit it by hand.
"""

EXIT_OK = 0
EXIT_OVERLAY = 3  # done, but the overlay no longer fits the regenerated client
EXIT_UNUSABLE = 4  # the upstream document cannot be used; nothing written
VERDICTS = {
    EXIT_OK: "done, the overlay fits the regenerated client",
    EXIT_OVERLAY: "OVERLAY NEEDS WORK",
    EXIT_UNUSABLE: "DOCUMENT UNUSABLE, nothing written",
}


def format_provenance(label: str, record: dict[str, str] | None) -> str:
    """``label: source, retrieved ..., sha256 ...`` (or "not recorded")."""
    if not record:
        return f"{label}: not recorded\n"
    return (
        f"{label}: {record.get('source')}, retrieved {record.get('retrieved')}, "
        f"sha256 {record.get('sha256')}\n"
    )


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _rewritten(text: str, output: Path, fresh: Path, dest: Path) -> list[str]:
    """The files an update would rewrite (added, changed or removed)."""
    names = []
    if not output.exists() or output.read_text(encoding="utf-8") != text:
        names.append(_shown(output))
    have = generate.tree(dest) if dest.is_dir() else {}
    names.extend(_shown(dest / name) for name in generate.changed(generate.tree(fresh), have))
    return names


def run(args: argparse.Namespace, report: list[str]) -> int:
    """The update itself; appends the report's lines to ``report``, returns the exit status."""
    upstream = fetch(args.source, args.timeout, args.retrieved)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SpecWarning)
        content = credits_spec(parse(upstream.data, upstream.source))
    for warning in caught:
        if not issubclass(warning.category, SpecWarning):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
            continue
        report.append(f"update-spec: warning: {warning.message}\n")  # one line, and the update goes on
    old = load(args.output) if args.output.exists() else {"paths": {}}
    old_record = provenance_of(old)
    # The same part as committed: it still came from where the committed one says.
    same = old_record is not None and without_provenance(old) == without_provenance(content)
    new = with_provenance(content, old_record if old_record is not None and same else upstream.provenance())
    text = dump(new, HEADER)
    report.append(format_provenance("Upstream", upstream.provenance()))
    report.append(format_provenance("Previous", old_record))
    package = args.dest / generate.PACKAGE
    before = surface.load(args.dest, generate.PACKAGE) if (package / "__init__.py").exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "openapi.yaml"
        spec.write_text(text, encoding="utf-8")
        try:
            fresh = generate.generate_into(Path(tmp) / "generated", spec, strict=False)
        except generate.GenerationError as exc:
            raise SpecError(str(exc)) from None
        after = surface.load(fresh.parent, generate.PACKAGE)
        groups = surface.diff(before, after)
        files = _rewritten(text, args.output, fresh, package)
        problems = contract.check_contract(fresh)
        if groups:
            report.append(surface.format_diff(groups, _shown(package), f"{upstream.source}"))
        verb = "would be rewritten" if args.dry_run else "rewritten"
        many = "s" if len(files) != 1 else ""
        if not groups:
            done = f"{len(files)} file{many} {verb} (documentation)" if files else "nothing to rewrite"
            report.append(f"surface unchanged; {done}.\n")
        elif files:
            report.append(f"{len(files)} file{many} {verb}.\n")
        if args.dry_run:
            report.extend(f"  {name}\n" for name in files)
        elif files:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
            generate.install(fresh, package)
    if problems:
        report.append("The overlay no longer fits the generated client:\n")
        report.extend(f"  - {p}\n" for p in problems)
        return EXIT_OVERLAY
    report.append(
        "Overlay contract: every generated operation has its overlay methods, every name used exists.\n"
    )
    return EXIT_OK


def markdown(lines: list[str], status: int) -> str:
    """The report as a pull-request body."""
    return (
        "Automated update of `openapi.yaml` and `generated/` from the published OpenRouter OpenAPI "
        f"document (`make update-spec`).\n\n**Result: {VERDICTS[status]}** (exit status {status}).\n\n"
        "```text\n" + "".join(lines) + "```\n"
    )


def main(argv: list[str] | None = None) -> int:
    """The command line; returns the exit status (0 ok, 3 overlay needs work, 4 document unusable)."""
    parser = argparse.ArgumentParser(
        prog="python -m scripts.update_spec", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument(
        "source",
        nargs="?",
        default=DEFAULT_SOURCE,
        help=f"path or URL of the document (default {DEFAULT_SOURCE})",
    )
    parser.add_argument("--dry-run", action="store_true", help="report what would change, write nothing")
    parser.add_argument("--output", type=Path, default=ROOT / "openapi.yaml", help="the spec to (re)write")
    parser.add_argument(
        "--dest", type=Path, default=ROOT / "generated", help="the folder of the generated package"
    )
    parser.add_argument("--report", type=Path, help="also write the report to this file, as Markdown")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a URL (default 30)")
    parser.add_argument(
        "--retrieved", help="the retrieval time to record (default: now, or the file's mtime)"
    )
    args = parser.parse_args(argv)
    report: list[str] = []
    try:
        status = run(args, report)
    except (SpecError, surface.SurfaceError) as exc:
        status = EXIT_UNUSABLE
        report.append(f"update-spec: {exc}\n")
        print(f"update-spec: {exc}", file=sys.stderr)
    else:
        sys.stdout.write("".join(report))
    verdict = f"update-spec: {VERDICTS[status]} (exit status {status}).\n"
    report.append(verdict)
    (sys.stderr if status == EXIT_UNUSABLE else sys.stdout).write(verdict)
    if args.report:
        args.report.write_text(markdown(report, status), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())

"""Every example in README.md and docs/ runs, against the local stand-in (``openrouter.testing``).

- A ```python block is executed as it stands, on its own (a fresh namespace: each block is a complete
  program a reader can copy), with ``OPENROUTER_API_KEY`` set to a fake key and the client's default
  server pointed at a fresh stand-in (``support.docs_default_server``): the front page's example runs
  unchanged.
- A ```console block that runs the command line is replayed in one bash shell: each ``$ command`` runs
  (``openrouter-credits`` and ``python -m openrouter`` reach the stand-in the same way), and what it
  prints, stdout and stderr together, must match the lines shown under it, ``...`` matching anything.
  A command may fail only when the next one is ``echo $?``, which then shows its status.
  ``python -m openrouter.testing`` serves until stopped: it is stopped with SIGTERM after a second.
- A ```sh / ```bash block that runs the command line is run with bash and must exit 0.
- Other blocks (``make``, ``pip``, YAML, output shown as ```text) are not run.
- A block whose first line is ``# needs: real API`` is skipped (and reported as skipped).

A broken example fails here, so it fails ``make test``.
"""

from __future__ import annotations

import doctest
import logging
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT, StandIn
from support.docs_default_server import point_default_server_at

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SKIP_MARK = "# needs: real API"
SHELLS = {"console", "sh", "bash", "shell"}
#: A line that runs the command line (after a ``$ `` prompt, or after ``||`` / ``&&``).
CLI = re.compile(r"(?:^(?:\$ )?|\|\||&&)\s*(?:openrouter-credits|python -m openrouter)\b", re.MULTILINE)
#: What the examples' environment holds: a fake key (the stand-in takes any key but its inference key).
EXAMPLE_KEY = "sk-or-v1-docs-example-key"
MARK = "@@docs-example-status"
SERVE = "python -m openrouter.testing"
SERVE_SECONDS = 1.0


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language, its text."""

    path: Path
    line: int
    lang: str
    code: str

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks(path: Path) -> Iterator[Block]:
    """The fenced code blocks of a Markdown file (``` fences, possibly indented in a list)."""
    lines = path.read_text().splitlines()
    i = 0
    while i < len(lines):
        opening = re.fullmatch(r"(\s*)```\s*([\w-]*).*", lines[i])
        if not opening:
            i += 1
            continue
        indent, lang, start = opening[1], opening[2], i
        i += 1
        body = []
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        i += 1
        yield Block(path, start + 1, lang, textwrap.dedent("\n".join(body)) + "\n")


ALL = [b for page in PAGES for b in blocks(page)]
PYTHON = [b for b in ALL if b.lang == "python"]
SHELL = [b for b in ALL if b.lang in SHELLS and CLI.search(b.code)]


def skip_if_marked(block: Block) -> None:
    if block.code.startswith(SKIP_MARK):
        pytest.skip(f"{block.id} needs the real API")


@pytest.fixture
def example_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[StandIn]:
    """A stand-in that clients built without a server reach; a fake key; no attribution variables."""
    monkeypatch.setenv("OPENROUTER_API_KEY", EXAMPLE_KEY)
    for name in ("HTTP_REFERER", "X_OPEN_ROUTER_TITLE", "X_OPEN_ROUTER_CATEGORIES"):
        monkeypatch.delenv(f"OPENROUTER_{name}", raising=False)
    monkeypatch.chdir(tmp_path)
    with StandIn() as server:
        original = point_default_server_at(server.url)
        try:
            yield server
        finally:
            from openrouter import OpenRouter

            OpenRouter.__init__ = original  # type: ignore[method-assign]


@pytest.fixture
def clean_logging() -> Iterator[None]:
    """An example may configure logging (``logging.basicConfig``): undo it afterwards."""
    root, lib = logging.getLogger(), logging.getLogger("openrouter")
    saved = (root.handlers[:], root.level, lib.handlers[:], lib.level)
    yield
    root.handlers[:], lib.handlers[:] = saved[0], saved[2]
    root.setLevel(saved[1])
    lib.setLevel(saved[3])


def test_the_pages_have_examples() -> None:
    """The collector finds the blocks (a test that would pass on no block at all proves nothing)."""
    readme = [b for b in PYTHON if b.path.name == "README.md"]
    assert len(readme) >= 3, readme
    assert len(PYTHON) >= 20, len(PYTHON)
    assert len(SHELL) >= 3, len(SHELL)
    assert 'api_key=os.getenv("OPENROUTER_API_KEY", "")' in readme[0].code  # the front-page example


@pytest.mark.parametrize("block", PYTHON, ids=lambda b: b.id)
@pytest.mark.usefixtures("clean_logging")
def test_python_example_runs(block: Block, example_env: StandIn) -> None:
    skip_if_marked(block)
    exec(compile(block.code, block.id, "exec"), {"__name__": "__main__"})


def shell_env(tmp_path: Path, server: StandIn) -> dict[str, str]:
    """The examples' shell: this venv first on PATH, the default server pointed at ``server``."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(
        "import os, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'tests' / 'support')!r})\n"
        "from docs_default_server import point_default_server_at\n"
        "point_default_server_at(os.environ['DOCS_EXAMPLE_SERVER'])\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENROUTER_", "PYTHON"))}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        PYTHONPATH=str(site),
        PYTHONUNBUFFERED="1",
        OPENROUTER_API_KEY=EXAMPLE_KEY,
        DOCS_EXAMPLE_SERVER=server.url,
    )
    return env


def transcript(code: str) -> list[tuple[str, str]]:
    """A console block as (command, the output shown under it) pairs."""
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
        else:
            raise AssertionError(f"output before the first command: {line!r}")
    return [(cmd, "\n".join(out).strip("\n")) for cmd, out in steps]


def replay(command: str) -> str:
    """The shell line that runs ``command``: a server is stopped after a moment, anything else runs."""
    if command.startswith(SERVE) and "--help" not in command:
        return f"timeout --preserve-status -s TERM {SERVE_SECONDS} {command}"
    return command


@pytest.mark.parametrize("block", SHELL, ids=lambda b: b.id)
def test_shell_example_runs(block: Block, example_env: StandIn, tmp_path: Path) -> None:
    skip_if_marked(block)
    env = shell_env(tmp_path, example_env)
    if block.lang != "console":
        proc = subprocess.run(["bash", "-c", block.code], env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, f"{block.id} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}"
        return
    steps = transcript(block.code)
    script = "exec 2>&1\n" + "".join(
        f'{replay(cmd)}\n__s=$?; printf \'\\n{MARK} %d\\n\' "$__s"; (exit "$__s")\n' for cmd, _ in steps
    )
    proc = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=60)
    parts = re.split(rf"\n{MARK} (\d+)\n", proc.stdout)
    assert len(parts) == 2 * len(steps) + 1, f"{block.id}: the shell stopped early:\n{proc.stdout}"
    checker = doctest.OutputChecker()
    for i, (cmd, want) in enumerate(steps):
        got, status = parts[2 * i].strip("\n"), int(parts[2 * i + 1])
        assert checker.check_output(want + "\n", got + "\n", doctest.ELLIPSIS), (
            f"{block.id}: `{cmd}` printed\n{got}\ninstead of\n{want}"
        )
        shown = i + 1 < len(steps) and steps[i + 1][0].strip() == "echo $?"
        assert status == 0 or shown, f"{block.id}: `{cmd}` exited {status}:\n{got}"


#: A link from the README into this repository (absolute, so that it works on an index page too).
REPO_LINK = re.compile(r"\]\(https://github\.com/openrouter-credits/openrouter-credits/blob/main/([^)#\s]+)")


def test_the_readme_links_into_the_repository_name_files_that_exist() -> None:
    targets = REPO_LINK.findall((ROOT / "README.md").read_text())
    assert len(targets) >= 10, targets
    missing = [t for t in targets if not (ROOT / t).is_file()]
    assert not missing, f"README.md links to files that do not exist: {missing}"

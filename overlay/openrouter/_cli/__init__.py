"""The ``openrouter-credits`` command (also ``python -m openrouter``): the account's credits, a key's budget.

    openrouter-credits get                        # total, used and remaining credits as a table
    openrouter-credits get --json                 # the same as one JSON object
    openrouter-credits get --min-remaining 5      # exit 1 when fewer than 5 credits remain
    openrouter-credits get --timeout 10           # give up after 10 s, retries and waits included
    openrouter-credits key                        # this key's label, limit, remaining, usage, expiry
    openrouter-credits key --min-remaining 5 --min-days 7   # the CI guard: exit 1 when the key has
                                                  # less than 5 USD of its limit left or expires within
                                                  # 7 days; exit 6 when it has no limit
    openrouter-credits exporter                   # the same numbers as Prometheus metrics, polled

The API key is read from ``OPENROUTER_API_KEY`` only: a key given as an argument would end up in shell
histories, CI logs and process lists. ``get`` needs a management key (``GET /credits``); ``key`` works
with any key (``GET /key``), so a pipeline guards its budget with the inference key it already has.

While it works, each retry goes to stderr (what failed, which attempt, the next try in how many
seconds, the wait the server asked for); a failure ends with the attempts made and the time spent.
With ``--json`` a failure also prints one JSON object on stdout (see :func:`main`).

A package: ``common`` (exit statuses, options, output, the failure report) and ``call`` (one API call
with its budget and progress) are shared; each command is a module of its own with ``configure(parser)``
and ``run(args)``, imported only when that command runs, so a command loads only what it uses.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .._version import __version__
from .common import (
    DEADLINE_GRACE,
    EXIT_API_ERROR,
    EXIT_AUTH,
    EXIT_BELOW_MINIMUM,
    EXIT_INTERRUPTED,
    EXIT_NO_LIMIT,
    EXIT_OK,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    PROG,
    Done,
    Failure,
    Parser,
    UsageError,
    report,
)

__all__ = [
    "DEADLINE_GRACE",
    "EXIT_API_ERROR",
    "EXIT_AUTH",
    "EXIT_BELOW_MINIMUM",
    "EXIT_INTERRUPTED",
    "EXIT_NO_LIMIT",
    "EXIT_OK",
    "EXIT_UNREACHABLE",
    "EXIT_USAGE",
    "main",
]

_EPILOG = """\
exit status:
  0  OK (and, with --min-remaining / --min-days, the guard passed)
  1  less remains than --min-remaining (key: or the key expires within --min-days)
  2  usage error (bad arguments)
  3  authentication failed: OPENROUTER_API_KEY missing, invalid, expired or disabled (401), or not
     a management key (403, get only: run `openrouter-credits key` with an inference key)
  4  could not reach the API (connection failure or --timeout reached)
  5  any other API error
  6  key --min-remaining: the key has no spending limit, so there is nothing to check
  130  interrupted (Ctrl-C)

Each retry is reported on stderr; a failure ends with the attempts made and the time spent.
With --json, a failure prints {"error": KIND, "message": ..., "exit_status": N, ...} on stdout.
The API key is read from the OPENROUTER_API_KEY environment variable only. `get` (the account's
credits) needs a management key (https://openrouter.ai/settings/management-keys); `key` (what this
key may still spend) works with any key, the inference key a CI pipeline already has.
"""

#: The commands: name -> the line ``--help`` shows. Each is the module of that name in this package.
_COMMANDS = {
    "get": "print total, used and remaining credits (needs a management key)",
    "key": "print this key's label, limit, remaining limit, usage and expiry (any key)",
    "exporter": "serve the key's budget layers and the account's credits as Prometheus metrics",
}


def _parser(command: str | None, argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser; only ``command``'s module (when it is one) is imported to add its options.

    When ``argv`` runs a known command, only that command's subparser is built (each costs a parser);
    the top level's ``--help``, a missing or an unknown command get them all, to list them.
    """
    parser = Parser(
        prog=PROG,
        description="Read the credits of an OpenRouter account, or what an API key may still spend.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    names = list(_COMMANDS)
    if command in _COMMANDS and not {"-h", "--help"} & set(argv[: list(argv).index(command)]):
        names = [command]
    for name in names:
        sub = commands.add_parser(
            name, help=_COMMANDS[name], epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
        )
        if name == command:
            importlib.import_module(f".{name}", __name__).configure(sub)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (the top level's options,
    ``--help`` and ``--version``, take no value)."""
    return next((word for word in argv if not word.startswith("-")), None)


def _wants_json(argv: Sequence[str]) -> bool:
    """Whether ``--json`` was asked for, even when the arguments do not parse."""
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "--json" in options


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status.

    With ``--json``, a failure prints on stdout ``{"error": kind, "message": ..., "exit_status": n,
    "error_type", "status_code", "retry_after", "attempts", "elapsed_seconds"}``, kind being one of
    ``usage``, ``auth``, ``unreachable``, ``timeout``, ``api_error``, ``interrupted``.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command(argv)
    try:
        args = _parser(command, argv).parse_args(argv)
    except UsageError as exc:
        if _wants_json(argv):
            failure = Failure("usage", str(exc), EXIT_USAGE)
            return report(argparse.Namespace(json=True), failure, None, echo=False)
        return EXIT_USAGE
    except SystemExit as exc:  # argparse after --help / --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        status: int = importlib.import_module(f".{args.command}", __name__).run(args)
        return status
    except Done as done:
        return done.status
    except KeyboardInterrupt:
        return report(args, Failure("interrupted", "interrupted", EXIT_INTERRUPTED), None)

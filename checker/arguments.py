"""The command line's arguments: the sub-command table, the parsers and their argument types.

Below both the main command line (:mod:`checker.cli`) and the commands it hands over to
(:mod:`checker.commands`, :mod:`checker.ledger.cli`), which all build parsers from here: the
dispatch to those commands lives in :mod:`checker.cli`, above them, so none imports another back.
Imports only argparse and claimcheck's console, error and suggestion helpers (``--version`` stays fast).
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from typing import NoReturn

from checker.console import HelpFormatter
from checker.errors import UsageError
from checker.suggestions import did_you_mean

#: Sub-commands and what each does, as ``claimcheck --help`` lists them.
COMMANDS = {
    "rules": "list every rule (code, name, what it reads, plugin, summary)",
    "rule": "document one rule: claimcheck rule CC101 (or its name)",
    "plugins": "list the loaded plugins, their versions and hooks",
    "config": "show the effective configuration (file and flags merged)",
    "help": "claimcheck help [TOPIC]: a command, a rule, articles, linking, exit-codes, suppressions, configuration",
    "ledger": "the story ledger: record, stories, show, export, forget (docs/ledger.md)",
    "audit": "check every story in the ledger, here, on -n processes or on Dask",
}
SUBCOMMANDS = tuple(COMMANDS)
#: What an article read from stdin is called when ``--stdin-filename`` is not given.
STDIN_NAME = "stdin.md"
#: Output formats for stdout; files for several formats at once come from their own flags.
FORMATS = ("terminal", "json", "github")


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 4 rather than a usage dump and exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message + self.suggestion(message))

    def suggestion(self, message: str) -> str:
        """`` (did you mean --exit-zero?)`` for a misspelt flag or choice, else ``""``."""
        unknown = re.search(r"unrecognized arguments: (.*)", message)
        if unknown:
            for arg in unknown.group(1).split():
                if arg.startswith("-"):
                    hint = did_you_mean(arg.split("=", 1)[0], self._option_string_actions)
                    if hint:
                        return hint
        choice = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if choice:
            return did_you_mean(choice.group(1), re.findall(r"'([^']*)'", choice.group(2)))
        return ""


def iso_date(value: str) -> date:
    """``--published`` argument: a ``YYYY-MM-DD`` date; anything else is a usage error naming the value."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def make_parser(command: str = "check", add_help: bool = True) -> Parser:
    """The parser of ``claimcheck`` (``command="check"``) or of one of its informational sub-commands.

    ``add_help=False`` gives the early parser that only finds the configuration and the plugins.
    """
    from checker import __version__

    prog = "claimcheck" if command == "check" else f"claimcheck {command}"
    epilog = None
    if command == "check":
        width = max(len(c) for c in COMMANDS) + len("claimcheck ") + 2
        rows = "\n".join(f"  {('claimcheck ' + c).ljust(width)}{what}" for c, what in COMMANDS.items())
        epilog = (
            f"commands:\n{rows}\n\n"
            "A folder named like a command is checked as ./NAME or after --: claimcheck -- rules\n"
            "Exit status: 0 nothing failed, 1 a rule failed, 2 interrupted, 3 internal error,\n"
            "4 usage or configuration error, 5 no articles (claimcheck help exit-codes)."
        )
    p = Parser(
        prog=prog,
        description="Check news articles for claims that disagree with each other.",
        add_help=add_help,
        epilog=epilog,
        formatter_class=HelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    if command == "help":
        p.add_argument("topic", nargs="?", metavar="TOPIC", help="a command, a rule, or a topic")
    if command in ("check", "config"):  # `config` takes the same flags, to show what they make
        p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .); - reads stdin")
        p.add_argument("--format", choices=FORMATS, default=None, help="report format on stdout (default: terminal)")
        p.add_argument(
            "--output",
            "-o",
            metavar="FILE",
            help="write the --format report to FILE (the terminal report is not written there)",
        )
        p.add_argument("--published", type=iso_date, metavar="DATE", help="publication date for articles without one")
        p.add_argument("--story", metavar="NAME", help="story for articles that do not name one")
        p.add_argument("--select", action="append", metavar="RULES", help="rules to run (codes, prefixes, names)")
        p.add_argument("--extend-select", action="append", metavar="RULES", help="rules to add to the selection")
        p.add_argument("--ignore", action="append", metavar="RULES", help="rules not to run")
        p.add_argument("--exclude", action="append", metavar="GLOB", help="paths not to collect")
        p.add_argument("--fail-on", choices=("fail", "warn"), default=None, help="lowest outcome that fails the run")
        p.add_argument("--full-trace", action="store_true", help="show the traceback of a rule that errors")
        p.add_argument("--exit-zero", action="store_true", help="exit 0 even when rules fail (errors still count)")
        p.add_argument(
            "-q", "--quiet", action="count", default=0, help="less output: -q no article lines, -qq totals only"
        )
        p.add_argument(
            "-v", "--verbose", action="count", default=0, help="more output: every rule's outcome per article"
        )
        p.add_argument("--statistics", action="store_true", help="a count per rule instead of each finding")
        p.add_argument("--show-source", action="store_true", help="print the sentence under each finding")
        p.add_argument(
            "--color", choices=("auto", "always", "never"), default="auto", help="colour the terminal report (auto)"
        )
        p.add_argument(
            "--stdin-filename", metavar="PATH", help=f"the name of the article read from - (default: {STDIN_NAME})"
        )
    elif command == "rule":
        p.add_argument("rule", metavar="NAME|CODE", help="the rule to document")
    elif command == "rules":
        p.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    p.add_argument(
        "-p",
        dest="plugins",
        action="append",
        default=[],
        metavar="NAME",
        help="load plugin module NAME; -p no:NAME blocks a plugin",
    )
    p.add_argument("--config", metavar="FILE", help="configuration file (default: found from the first path)")
    p.add_argument("--no-config", action="store_true", help="ignore configuration files")
    return p

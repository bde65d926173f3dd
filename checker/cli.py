"""Command line: ``claimcheck [PATH ...]`` and the ``rules``, ``rule``, ``plugins`` and ``config`` sub-commands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn, TextIO

from checker.errors import UsageError
from checker.models import ExitCode

SUBCOMMANDS = ("rules", "rule", "plugins", "config")
#: Output formats for stdout; files for several formats at once come from their own flags.
FORMATS = ("terminal", "json", "github")


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 4 rather than a usage dump and exit 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def make_parser(command: str = "check") -> Parser:
    from checker import __version__

    prog = "claimcheck" if command == "check" else f"claimcheck {command}"
    p = Parser(prog=prog, description="Check news articles for claims that disagree with each other.")
    p.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    if command == "check":
        p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: .)")
        p.add_argument("--format", choices=FORMATS, default=None, help="report format on stdout (default: terminal)")
        p.add_argument("--output", "-o", metavar="FILE", help="write the --format report to FILE instead of stdout")
        p.add_argument("--published", type=_date, metavar="DATE", help="publication date for articles without one")
        p.add_argument("--story", metavar="NAME", help="story for articles that do not name one")
        p.add_argument("--select", action="append", metavar="RULES", help="rules to run (codes, prefixes, names)")
        p.add_argument("--extend-select", action="append", metavar="RULES", help="rules to add to the selection")
        p.add_argument("--ignore", action="append", metavar="RULES", help="rules not to run")
        p.add_argument("--exclude", action="append", metavar="GLOB", help="paths not to collect")
        p.add_argument("--fail-on", choices=("fail", "warn"), default=None, help="lowest outcome that fails the run")
        p.add_argument("--full-trace", action="store_true", help="show the traceback of a rule that errors")
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


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, plugins: Sequence[object] = ()) -> int:
    """Run claimcheck; returns the exit code (the console script exits with it).

    ``plugins`` are extra plugin objects registered last (modules or instances), for in-process use.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return int(_main(args, stdout, plugins))
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return ExitCode.USAGE_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except SystemExit as exit_:  # --version and --help
        return int(exit_.code or 0)
    except Exception:  # our own bug: say so, with the traceback
        import traceback

        traceback.print_exc()
        print("error: internal error in claimcheck (a bug: please report it with the traceback above)", file=sys.stderr)
        return ExitCode.INTERNAL_ERROR


def _main(argv: list[str], stdout: TextIO | None, plugins: Sequence[object] = ()) -> ExitCode:
    from checker.config import Config, load_settings, merge_cli
    from checker.plugins import make_plugin_manager

    command = argv[0] if argv and argv[0] in SUBCOMMANDS else "check"
    rest = argv[1:] if command != "check" else argv
    parser = make_parser(command)
    early, _ = parser.parse_known_args(rest)
    first = Path(early.paths[0]) if getattr(early, "paths", None) else Path.cwd()
    settings, path = load_settings(early, first)
    config = Config(settings, early, path, stdout)
    pm = make_plugin_manager(config, early.plugins, plugins)
    if command == "check":
        pm.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
        args = parser.parse_args(rest)
        if args.output and not args.format:
            args.format = "json"
        elif not args.format and os.environ.get("GITHUB_ACTIONS") == "true":
            args.format = "github"  # annotations in the job log, as GitHub Actions reads them
        config.args = args
        config.settings = merge_cli(settings, args)
        return _check(config)
    config.args = parser.parse_args(rest)
    config.settings = merge_cli(settings, config.args)
    from checker import commands

    return commands.run(command, config)


def _check(config: object) -> ExitCode:
    from checker.config import Config
    from checker.session import Session

    assert isinstance(config, Config) and config.pluginmanager is not None
    pm = config.pluginmanager
    pm.hook.claimcheck_configure.call_historic(kwargs={"config": config})
    try:
        session = Session(config, list(config.args.paths))
        code = session.run()
        if code is ExitCode.NO_ARTICLES:
            print(f"error: no articles found in {' '.join(config.args.paths) or '.'}", file=sys.stderr)
        return code
    finally:
        pm.hook.claimcheck_unconfigure(config=config)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Command line: ``claimcheck [PATH ...]`` and the ``rules``, ``rule``, ``plugins``, ``config`` and ``help`` sub-commands.

A sub-command wins over a folder of the same name; that folder is checked as ``./rules`` or after
``--`` (``claimcheck -- rules``), as git does. ``-`` reads an article from stdin (``--stdin-filename``
names it). A misspelt flag, choice or sub-command is an error with a "did you mean" (difflib).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn, TextIO

from checker.errors import UsageError
from checker.suggestions import closest, did_you_mean

if TYPE_CHECKING:
    from checker.models import ExitCode

# Exit statuses main() returns before the models (and pydantic) are imported; they equal ExitCode's.
_USAGE_ERROR, _INTERRUPTED, _INTERNAL_ERROR = 4, 2, 3

#: Sub-commands and what each does, as ``claimcheck --help`` lists them.
COMMANDS = {
    "rules": "list every rule (code, name, what it reads, plugin, summary)",
    "rule": "document one rule: claimcheck rule CC101 (or its name)",
    "plugins": "list the loaded plugins, their versions and hooks",
    "config": "show the effective configuration (file and flags merged)",
    "help": "claimcheck help [TOPIC]: a command, a rule, exit-codes, suppressions, configuration",
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


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def make_parser(command: str = "check", add_help: bool = True) -> Parser:
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
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        p.add_argument("--published", type=_date, metavar="DATE", help="publication date for articles without one")
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


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, plugins: Sequence[object] = ()) -> int:
    """Run claimcheck; returns the exit code (the console script exits with it).

    ``plugins`` are extra plugin objects registered last (modules or instances), for in-process use.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    run: dict[str, object] = {}
    try:
        return int(_main(args, stdout, plugins, run))
    except UsageError as err:
        print(f"error: {err}", file=sys.stderr)
        return _USAGE_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return _INTERRUPTED
    except BrokenPipeError:
        # the reader of our output went away (`claimcheck drafts | head`): stop quietly, as if interrupted
        import contextlib
        import os

        with contextlib.suppress(OSError, ValueError):  # stdout may not be a real file (in-process runs)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _INTERRUPTED
    except SystemExit as exit_:  # --version and --help
        return int(exit_.code or 0)
    except Exception as err:  # a bug, ours or a plugin's outside a rule: say whose, with the traceback
        import traceback

        traceback.print_exc()
        cause = f"{type(err).__name__}: {err}"
        name, module = _culprit(err, run.get("pm")) or ("", "")
        if name and not _builtin(module):
            print(f"error: plugin {name!r} crashed: {cause} (traceback above)", file=sys.stderr)
        else:
            where = f" ({module})" if module else ""
            print(f"error: internal error in claimcheck{where}: {cause} (a bug: please report it)", file=sys.stderr)
        return _INTERNAL_ERROR


def _builtin(module: str) -> bool:
    return module.startswith(("checker.", "rules.")) or module == "rules"


def _culprit(err: BaseException, pm: object) -> tuple[str, str] | None:
    """(plugin name, module) of the registered plugin whose code raised ``err``: its innermost frame."""
    import traceback

    if pm is None:
        return None
    modules: dict[str, str] = {}
    for name, plugin in pm.list_name_plugin():  # type: ignore[attr-defined]
        module = plugin.__name__ if isinstance(plugin, ModuleType) else type(plugin).__module__
        modules.setdefault(module, name)
    for frame, _ in reversed(list(traceback.walk_tb(err.__traceback__))):
        module = frame.f_globals.get("__name__", "")
        if module in modules:
            return modules[module], module
    return None


def _main(
    argv: list[str],
    stdout: TextIO | None,
    plugins: Sequence[object],
    run: dict[str, object],
    texts: dict[str, str] | None = None,
) -> ExitCode:
    """One run; ``texts`` are articles given as text (``checker.check(text=...)``) by the path named in ``argv``."""
    collecting = gc.isenabled()
    try:
        return _dispatch(argv, stdout, plugins, run, texts, collecting)
    finally:
        if collecting:
            gc.enable()  # as the caller had it: a check pauses the collector while it starts up


def _dispatch(
    argv: list[str],
    stdout: TextIO | None,
    plugins: Sequence[object],
    run: dict[str, object],
    texts: dict[str, str] | None,
    collecting: bool,
) -> ExitCode:
    command = argv[0] if argv and argv[0] in SUBCOMMANDS else "check"
    rest = argv[1:] if command != "check" else argv
    if command == "check" and argv and argv[0] == "check" and not Path("check").exists():
        rest = argv[1:]  # `claimcheck check PATH`, as `ruff check`: the default command by its name
    if command in ("ledger", "audit"):  # the story ledger parses its own arguments (checker/ledger/cli.py)
        from checker.ledger.cli import run as run_ledger

        return run_ledger(command, rest, stdout, plugins, run)
    if command == "check":
        # Start-up (pydantic, the models, the plugins, their lexicons and patterns) allocates a great
        # many objects and frees almost none: the cyclic collector would walk them again and again for
        # nothing (6% of a one-article run). It is back on when the session starts checking.
        gc.disable()
    if command == "check" and rest is argv and argv and _looks_like_a_command(argv[0]):
        hint = did_you_mean(argv[0], (*SUBCOMMANDS, "check"), "claimcheck ")
        raise UsageError(f"{argv[0]!r} is neither a command nor a path{hint}")
    parser = make_parser(command)
    # --version ends here, before pydantic is imported; --help waits for the full parse so that it lists
    # the flags plugins add, and this early parse only finds the configuration and the plugins
    early, _ = make_parser(command, add_help=False).parse_known_args(rest)
    from checker.config import Config, load_settings, merge_cli
    from checker.plugins import make_plugin_manager

    paths = list(getattr(early, "paths", None) or [])
    if getattr(early, "stdin_filename", None) and "-" not in paths:
        raise UsageError("--stdin-filename names the article read from -, but no - was given")
    stdin_name = getattr(early, "stdin_filename", None) or STDIN_NAME
    first = Path(stdin_name if paths[:1] == ["-"] else paths[0]) if paths else Path.cwd()
    settings, path = load_settings(early, first)
    config = Config(settings, early, path, stdout)
    config.stdin_texts.update(texts or {})
    with _importable(Path.cwd(), config.rootdir):
        pm = make_plugin_manager(config, early.plugins, plugins)
    run["pm"] = pm
    if command in ("check", "config"):
        pm.hook.claimcheck_addoption.call_historic(kwargs={"parser": parser})
    if command == "check":
        args = parser.parse_args(rest)
        if args.output and not args.format:
            args.format = "json"
        elif not args.format and os.environ.get("GITHUB_ACTIONS") == "true":
            args.format = "github"  # annotations in the job log, as GitHub Actions reads them
        if "-" in args.paths:
            args.paths = [stdin_name if p == "-" else p for p in args.paths]
            config.stdin_texts[Path(stdin_name).as_posix()] = sys.stdin.read()
        config.args = args
        config.settings = merge_cli(settings, args)
        return _check(config, collecting)
    config.args = parser.parse_args(rest)
    config.settings = merge_cli(settings, config.args)
    from checker import commands

    return commands.run(command, config)


def _check(config: object, collecting: bool = True) -> ExitCode:
    """Run the session; ``collecting``: the cyclic collector was on before start-up paused it (turned back on here)."""
    from checker.config import Config
    from checker.models import ExitCode
    from checker.session import Session

    assert isinstance(config, Config) and config.pluginmanager is not None
    pm = config.pluginmanager
    pm.hook.claimcheck_configure.call_historic(kwargs={"config": config})
    try:
        session = Session(config, list(config.args.paths))
        if collecting:
            gc.enable()
        code = session.run()
        if code is ExitCode.NO_ARTICLES:
            print(f"error: no articles found in {' '.join(config.args.paths) or '.'}", file=sys.stderr)
        if session.exit_zero:
            return ExitCode.OK  # the terminal's exit line says so
        return code
    finally:
        pm.hook.claimcheck_unconfigure(config=config)


def _looks_like_a_command(word: str) -> bool:
    """A first word that is no flag, no existing path and no file name, but close to a sub-command."""
    if word.startswith(("-", ".")) or "/" in word or os.sep in word or Path(word).suffix or Path(word).exists():
        return False
    return closest(word, (*SUBCOMMANDS, "check")) is not None


@contextlib.contextmanager
def _importable(*folders: Path) -> Iterator[None]:
    """``-p mod`` finds ``mod.py`` in the current folder or the configuration's, as pytest's rootdir does.

    The folders are on ``sys.path`` only while plugins load; what they import stays in ``sys.modules``.
    """
    added = [str(f) for f in dict.fromkeys(f.resolve() for f in folders) if str(f) not in sys.path]
    sys.path[:0] = added
    try:
        yield
    finally:
        for entry in added:
            with contextlib.suppress(ValueError):
                sys.path.remove(entry)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

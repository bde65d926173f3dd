"""Command line: ``claimcheck [PATH ...]`` and the ``rules``, ``rule``, ``plugins``, ``config`` and ``help`` sub-commands.

A sub-command wins over a folder of the same name; that folder is checked as ``./rules`` or after
``--`` (``claimcheck -- rules``), as git does. ``-`` reads an article from stdin (``--stdin-filename``
names it). A misspelt flag, choice or sub-command is an error with a "did you mean" (difflib).

This module sits above every command: it parses with :mod:`checker.arguments` and dispatches to
:mod:`checker.commands` (the informational ones), :mod:`checker.ledger.cli` (``ledger``, ``audit``,
through :data:`HANDED_OVER`) or a check; none of them imports it back.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, TextIO

from checker.arguments import STDIN_NAME, SUBCOMMANDS, make_parser
from checker.errors import UsageError
from checker.suggestions import closest, did_you_mean

if TYPE_CHECKING:
    from checker.models import ExitCode

# Exit statuses main() returns before the models (and pydantic) are imported; they equal ExitCode's.
_USAGE_ERROR, _INTERRUPTED, _INTERNAL_ERROR = 4, 2, 3


class HandedOver:
    """A sub-command that parses its own arguments: how it runs and what ``claimcheck help NAME`` prints.

    The table of them is here, in the module above every command, so that no command imports
    this module (or another command) back; each imports its own module only when it runs. A plain
    class, not a ``NamedTuple``: that compiles its annotations' text and its ``__new__`` when this
    module is imported, before the code cache is installed (~0.3 ms of every run).
    """

    __slots__ = ("help", "run")

    def __init__(
        self,
        run: Callable[[str, list[str], TextIO | None, Sequence[object], dict[str, object]], ExitCode],
        help: Callable[[str], str],
    ) -> None:
        self.run = run
        self.help = help


def _ledger_run(
    command: str, argv: list[str], stdout: TextIO | None, plugins: Sequence[object], run: dict[str, object]
) -> ExitCode:
    from checker.ledger.cli import run as run_ledger

    return run_ledger(command, argv, stdout, plugins, run)


def _ledger_help(command: str) -> str:
    from checker.ledger.cli import help_text

    return help_text(command)


#: The story ledger's sub-commands (checker/ledger/cli.py), handed their arguments whole.
HANDED_OVER = {"ledger": HandedOver(_ledger_run, _ledger_help), "audit": HandedOver(_ledger_run, _ledger_help)}


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


def console_main() -> int:
    """The ``claimcheck`` command (and ``python -m checker``): :func:`main` on ``sys.argv``, for a process that ends after it.

    The interpreter's shutdown is a sixth of a one-article run: its collection walks every module,
    model, pattern and claim to find no garbage (~40 ms CPU), then everything is freed one object
    at a time (~14 ms). So the run's objects are frozen (``gc.freeze``) first, and the process
    ends at once (:func:`_end_now`) when nothing can be lost by it; otherwise it exits as usual.
    In-process callers use :func:`main`, which leaves the collector as it was.
    """
    opened = _open_descriptors()
    code = main()
    gc.freeze()
    _end_now(code, opened)
    return code


def _open_descriptors() -> set[str] | None:
    """The process's open file descriptors (Linux ``/proc``), or None where they cannot be listed."""
    try:
        return set(os.listdir("/proc/self/fd"))
    except OSError:
        return None


def _end_now(code: int, opened: set[str] | None) -> None:
    """End the process with ``code`` without the interpreter's shutdown, when that loses nothing; else return.

    What a shutdown would still do is done here: the ``atexit`` functions run (the regex cache is
    written by one; ``atexit._run_exitfuncs`` is the interpreter's own and clears them) and the
    standard streams are flushed. It is not done when another thread runs (the interpreter would
    wait for it), when a file opened during the run is still open (a plugin's unflushed report),
    or when a stream cannot be flushed (a closed pipe: the usual exit reports it).
    """
    if opened is None or threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    now = _open_descriptors()
    if now is None or not now <= opened or threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


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
    if command in HANDED_OVER:
        return HANDED_OVER[command].run(command, rest, stdout, plugins, run)
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
    from checker import codecache, regexcache

    # before pydantic and the plugins make their classes and patterns: code and patterns from the caches
    codecache.install()
    regexcache.install()
    from checker.config import Config, load_settings, merge_cli
    from checker.plugins import importable, make_plugin_manager

    paths = list(getattr(early, "paths", None) or [])
    if getattr(early, "stdin_filename", None) and "-" not in paths:
        raise UsageError("--stdin-filename names the article read from -, but no - was given")
    stdin_name = getattr(early, "stdin_filename", None) or STDIN_NAME
    first = Path(stdin_name if paths[:1] == ["-"] else paths[0]) if paths else Path.cwd()
    settings, path = load_settings(early, first)
    config = Config(settings, early, path, stdout)
    config.stdin_texts.update(texts or {})
    with importable(Path.cwd(), config.rootdir):
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

    return commands.run(command, config, {name: c.help for name, c in HANDED_OVER.items()})


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
            # Everything start-up allocated sat in the first generation while the collector was off:
            # the first collection after enabling walked it all (~15 ms of a one-article run) to
            # find no garbage. Frozen first, as Session.run freezes it anyway (and unfreezes it after).
            gc.freeze()
            gc.enable()
        code = session.run()
        if code is ExitCode.NO_ARTICLES:
            print(f"error: no articles found in {' '.join(config.args.paths) or '.'}", file=sys.stderr)
        if session.exit_zero:
            return ExitCode.OK  # the terminal's exit line says so
        return code
    finally:
        if collecting:
            gc.unfreeze()  # as the caller had it (Session.run unfreezes too, unless it stopped early)
        pm.hook.claimcheck_unconfigure(config=config)


def _looks_like_a_command(word: str) -> bool:
    """A first word that is no flag, no existing path and no file name, but close to a sub-command."""
    if word.startswith(("-", ".")) or "/" in word or os.sep in word or Path(word).suffix or Path(word).exists():
        return False
    return closest(word, (*SUBCOMMANDS, "check")) is not None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

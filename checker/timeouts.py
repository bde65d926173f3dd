"""Time limits for code claimcheck does not control: a rule or an extractor from a plugin.

:func:`call_with_limit` runs a function and stops it after ``seconds``. Two methods, as
pytest-timeout has:

* **signal** (the main thread, where the platform has ``setitimer``): ``SIGALRM`` fires after the
  limit and its handler raises :class:`TimeLimitExceeded` inside the running code. It stops pure
  Python loops and regular-expression matching (``re`` checks for signals while it backtracks).
  A timer already armed by the caller (a test runner's own time-out) is put back afterwards.
* **thread** (anywhere else: claimcheck called as a library from a worker thread): the function runs
  in a daemon thread and the caller waits at most ``seconds``; then the thread is sent
  :class:`TimeLimitExceeded` asynchronously (it stops at its next Python instruction) and the caller
  reports the time-out without waiting further.

:class:`TimeLimitExceeded` derives from ``BaseException`` so that a plugin's ``except Exception``
cannot swallow it. The limit is the ``time-limit`` setting (seconds per rule or extractor per
article; 0 turns it off) or ``--time-limit``.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    import argparse

    from checker.config import Config

T = TypeVar("T")

#: seconds a rule or an extractor may run on one article unless configured otherwise
DEFAULT_LIMIT = 5.0


class TimeLimitExceeded(BaseException):
    """A rule or extractor ran past its time limit; ``what`` names it, ``seconds`` is the limit."""

    def __init__(self, what: str = "", seconds: float = 0.0) -> None:
        self.what, self.seconds = what, seconds
        super().__init__(f"{what} stopped after the {seconds:g} s time limit (time-limit)")


def limit_of(config: Config | None) -> float:
    """The configured limit in seconds (``--time-limit`` over the ``time-limit`` setting); 0 means none."""
    if config is None:
        return DEFAULT_LIMIT
    given = config.option("time_limit")
    if given is not None:
        return float(given)
    return float(getattr(config.settings, "time_limit", DEFAULT_LIMIT))


def call_with_limit(func: Callable[[], T], seconds: float, what: str) -> T:
    """``func()``, stopped with :class:`TimeLimitExceeded` after ``seconds`` (no limit when 0)."""
    if not seconds or seconds <= 0:
        return func()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _with_signal(func, seconds, what)
    return _with_thread(func, seconds, what)


#: ``signal.signal`` without its wrapper in signal.py, which turns the signal number and the handler
#: it is given and returns into enums (two of them by a failed Enum lookup): 3 of the 4.7 us that each
#: limited call cost, and a run makes one per rule and extractor per article (~20,000 on ECB+)
_set_handler = getattr(signal, "_signal", signal).signal


def _with_signal(func: Callable[[], T], seconds: float, what: str) -> T:
    def alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(what, seconds)

    started = time.monotonic()
    previous = _set_handler(signal.SIGALRM, alarm)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return func()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _set_handler(signal.SIGALRM, previous)
        if outer:  # somebody else's timer was running: give it back what is left of it
            left = outer - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, 0.001))


def _with_thread(func: Callable[[], T], seconds: float, what: str) -> T:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = func()
        except BaseException as err:  # handed to the waiting caller
            box["error"] = err

    worker = threading.Thread(target=run, name=f"claimcheck-limit: {what}", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        _interrupt(worker)
        raise TimeLimitExceeded(what, seconds)
    if "error" in box:
        raise box["error"]
    return box["value"]


def _interrupt(worker: threading.Thread) -> None:
    """Ask ``worker`` to raise TimeLimitExceeded at its next Python instruction (CPython only)."""
    if worker.ident is None:
        return
    import ctypes  # only when a limit runs out in a thread (ctypes costs every run ~1.5 ms to import)

    set_async = getattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc", None)
    if set_async is not None:
        set_async(ctypes.c_ulong(worker.ident), ctypes.py_object(TimeLimitExceeded))


def _seconds(value: str) -> float:
    import argparse

    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds >= 0 or seconds == float("inf"):  # NaN fails this too
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, not {value!r}")
    return seconds


@hookimpl
def claimcheck_addoption(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--time-limit",
        type=_seconds,
        metavar="SECONDS",
        help=f"stop a rule or extractor after SECONDS on one article, a linker after SECONDS per article of its story (default {DEFAULT_LIMIT:g}; 0: no limit)",
    )

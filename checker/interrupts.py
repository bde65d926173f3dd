"""SIGTERM is an interruption like Ctrl-C: the run stops where it is and writes no partial file.

CI runners and ``timeout`` stop a job with SIGTERM, whose default action kills the process at
once. This built-in plugin turns it into :class:`KeyboardInterrupt` for the length of the run
(installed in ``claimcheck_configure``, the previous handler restored in ``claimcheck_unconfigure``),
so the session marks itself interrupted, reporters and the baseline keep earlier files
(:func:`checker.atomicio.write_result`) and the exit code is 2. Signal handlers can only be set in
the main thread: a run started from another thread keeps the process's handlers.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import TYPE_CHECKING, Any

from checker.hookspecs import hookimpl

if TYPE_CHECKING:
    from checker.config import Config


class Terminated(KeyboardInterrupt):
    """Raised in the main thread when SIGTERM arrives during a run."""


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Terminated(f"signal {signal.Signals(signum).name}")


_saved: list[Any] = []


@hookimpl
def claimcheck_configure(config: Config) -> None:
    if threading.current_thread() is threading.main_thread():
        _saved.append(signal.signal(signal.SIGTERM, _raise))


@hookimpl
def claimcheck_unconfigure(config: Config) -> None:
    if _saved and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _saved.pop())

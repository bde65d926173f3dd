"""The terminal a run writes to: its size, read exactly as :func:`shutil.get_terminal_size` reads it.

:mod:`shutil` is not imported for it: with the compression modules it imports on the way (``zlib``,
``bz2``, ``lzma``) it was ~1.2 ms of every start, for two numbers, the width argparse wraps help at
and the rows the progress display compares a run's length with.
"""

from __future__ import annotations

import argparse
import os
import sys


def terminal_size(fallback: tuple[int, int] = (80, 24)) -> os.terminal_size:
    """(columns, lines) of the terminal: ``COLUMNS`` and ``LINES`` when set to positive integers, else the
    size of the terminal on ``sys.__stdout__``, else ``fallback`` (as :func:`shutil.get_terminal_size`)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):  # no stdout, closed, detached or not a terminal
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter of claimcheck's help (descriptions kept as written), at the width argparse
    would take (the terminal's less two columns), read by :func:`terminal_size`.

    argparse makes a formatter for every argument added, to check its metavar, and would import
    :mod:`shutil` for the width; claimcheck builds its parser on every run.
    """

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        if width is None:
            width = terminal_size().columns - 2
        super().__init__(prog, indent_increment, max_help_position, width)


__all__ = ["HelpFormatter", "terminal_size"]

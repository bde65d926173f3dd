"""Progress for long runs on a terminal: a pytest-like ``[ 45%]`` after each article line, never in CI or pipes."""

from __future__ import annotations

import os
from typing import TextIO

from checker.console import terminal_size

#: Environment variables that mark a CI log (GitHub Actions, GitLab, Buildkite, Jenkins, ...).
CI_VARIABLES = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION")


def in_ci(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    return any(env.get(name, "").lower() not in ("", "0", "false") for name in CI_VARIABLES)


class Progress:
    """Decides once whether to show progress and formats the ``[ NN%]`` marks."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0

    @classmethod
    def for_stream(cls, stream: TextIO, total: int, environ: dict[str, str] | None = None) -> Progress:
        """Progress on ``stream`` for ``total`` articles: only on a tty, outside CI, beyond one screenful."""
        isatty = getattr(stream, "isatty", None)
        tty = bool(isatty and isatty())
        rows = terminal_size(fallback=(80, 24)).lines
        return cls(total, tty and not in_ci(environ) and total > rows)

    def step(self) -> str:
        """Count one article done; the mark to print after its line (``""`` when progress is off)."""
        self.done += 1
        if not self.enabled or self.total <= 0:
            return ""
        return f"[{self.done * 100 // self.total:3d}%]"

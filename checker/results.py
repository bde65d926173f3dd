"""The run's tally of article results: counts always, the results themselves only when asked for.

A run reports each article as soon as its story is checked and then lets it go, so memory stays
flat in the number of articles. Listeners that need every result at the end (a whole-run page, the
test fixture) call :meth:`ResultLog.keep` when the session starts; reporters that can stream keep
only what they print.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from checker.models import ArticleResult

_OUTCOMES = ("pass", "warn", "fail", "skip", "error")
#: as Outcome.severity (checker.models), without importing the models here
_SEVERITY = {"skip": 0, "pass": 1, "warn": 2, "fail": 3, "error": 4}


class ResultsNotKept(RuntimeError):
    """A listener read the results of a run that did not keep them (call ``session.results.keep()`` first)."""


class ResultLog:
    """Counts of the run's article and rule results; the :class:`ArticleResult` values when kept.

    ``len()`` is the number of articles reported so far, kept or not. Iterating or indexing a log
    that does not keep its results raises :class:`ResultsNotKept`, rather than looking empty.
    """

    def __init__(self) -> None:
        self._kept: list[ArticleResult] | None = None
        self._articles = 0
        #: rule results per outcome value ("pass", "warn", ...)
        self.counts: dict[str, int] = dict.fromkeys(_OUTCOMES, 0)
        #: the highest severity of any rule result (-1 before the first)
        self.worst = -1
        #: codes of the rules that ended in each outcome on some article
        self.rules: dict[str, set[str]] = {o: set() for o in _OUTCOMES}
        #: articles whose worst rule result has at least each severity (index: severity)
        self.at_least: list[int] = [0] * 5

    def failing(self, severity: int) -> tuple[set[str], int, set[str]]:
        """(rule codes, number of articles, outcome values) of the results with at least ``severity``."""
        outcomes = {o for o, codes in self.rules.items() if codes and _SEVERITY[o] >= severity}
        codes = set().union(*(self.rules[o] for o in outcomes)) if outcomes else set()
        return codes, self.at_least[severity] if 0 <= severity < len(self.at_least) else 0, outcomes

    def keep(self) -> None:
        """Keep every result from now on (call it at session start, before any article is reported)."""
        if self._kept is None:
            self._kept = []

    @property
    def kept(self) -> bool:
        return self._kept is not None

    def append(self, result: ArticleResult) -> None:
        self._articles += 1
        counts = self.counts
        worst = -1
        for r in result.results:
            counts[r.outcome.value] = counts.get(r.outcome.value, 0) + 1
            self.rules.setdefault(r.outcome.value, set()).add(r.code)
            worst = max(worst, r.outcome.severity)
        for severity in range(worst + 1):
            self.at_least[severity] += 1
        self.worst = max(self.worst, worst)
        if self._kept is not None:
            self._kept.append(result)

    def _list(self) -> list[ArticleResult]:
        if self._kept is None:
            raise ResultsNotKept(
                "session.results does not keep articles; call session.results.keep() in claimcheck_sessionstart"
            )
        return self._kept

    def __len__(self) -> int:
        return self._articles

    def __iter__(self) -> Iterator[ArticleResult]:
        return iter(self._list())

    @overload
    def __getitem__(self, index: int) -> ArticleResult: ...
    @overload
    def __getitem__(self, index: slice) -> list[ArticleResult]: ...
    def __getitem__(self, index: int | slice) -> ArticleResult | list[ArticleResult]:
        return self._list()[index]

    def __bool__(self) -> bool:
        return self._articles > 0


__all__ = ["ResultLog", "ResultsNotKept"]

"""Deterministic in-test rules and articles for the reporter tests (the built-in rules change under us).

Not a conftest.py: other test modules import ``conftest`` by its bare name.
"""

from __future__ import annotations

import re
import types

from checker.errors import Skip
from checker.models import Article
from checker.registry import fail, related, rule, warn

_DATE = re.compile(r"September (\d{1,2})")
_HEDGE = re.compile(r"\bis believed to\b")


@rule("TT101", "date-clash")
def date_clash(article: Article):
    """One event given two September dates in one article.

    What it checks:
        Every "September N" after the first that names another day.
    Why it matters:
        A reader cannot tell which day is right.
    Example:
        "attacked on September 21" ... "the September 19 attack"
    Instead:
        Give one date.
    Options:
        None.
    """
    found = list(_DATE.finditer(article.raw))
    if not found:
        return
    first = found[0]
    for m in found[1:]:
        if m.group(1) != first.group(1):
            yield fail(
                article.span(m.start(), m.end()),
                f"dated {m.group(0)} here and {first.group(0)} earlier",
                related=[related(article, article.span(first.start(), first.end()), f"dated {first.group(0)} here")],
            )


@rule("TT201", "unheld-hedge")
def unheld_hedge(article: Article):
    """A hedge nobody holds.

    What it checks:
        "is believed to" anywhere.
    Why it matters:
        Believed by whom?
    Example:
        "is believed to have been carried out by Russia"
    Instead:
        Name who believes it.
    Options:
        None.
    """
    for m in _HEDGE.finditer(article.raw):
        yield warn(article.span(m.start(), m.end()), f"“{m.group(0)}”: by whom? 100% unattributed, see: notes")


@rule("TT301", "always-crashes")
def always_crashes(article: Article):
    """Crashes, to show an error outcome.

    What it checks:
        Nothing.
    Why it matters:
        It shows the error path.
    Example:
        Any article.
    Instead:
        Nothing.
    Options:
        None.
    """
    raise ZeroDivisionError("boom <b>&</b>")


@rule("TT401", "always-skips")
def always_skips(article: Article):
    """Skips, to show a skip outcome.

    What it checks:
        Nothing.
    Why it matters:
        It shows the skip path.
    Example:
        Any article.
    Instead:
        Nothing.
    Options:
        None.
    """
    raise Skip("no publication date & no story")


TEST_RULES = types.ModuleType("cc_test_rules")
for _r in (date_clash, unheld_hedge, always_crashes, always_skips):
    setattr(TEST_RULES, _r.func.__name__, _r)

#: An article we wrote: one date clash (lines 3 and 5) and one unheld hedge (line 5).
CONVOY = (
    "Aid agencies suspended deliveries to the city on Tuesday.\n"
    "\n"
    "A convoy of 31 trucks was attacked on September 21 near the western edge of the city.\n"
    "\n"
    "The September 19 attack is believed to have been carried out from the air, officials said.\n"
)
#: Another article of the same story with nothing wrong.
CALM = "Aid agencies said on Tuesday that deliveries would resume within a week.\n"


#: The built-in extractors and rules are not needed by the in-test rules (which read the raw text):
#: blocking them makes these tests about the reporters alone.
ISOLATED = [
    *(
        arg
        for name in ("dates", "figures", "quotes", "attributions", "hedges", "people")
        for arg in ("-p", f"no:extractors.{name}")
    ),
    *("-p", "no:rules"),
]

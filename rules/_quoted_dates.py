"""Dates inside direct quotations: which two of them CC101 may compare.

A speaker's words are told from the time they were said: the dates extractor counts a relative date
inside a direct quotation from the day the article says it was said (``SPEECH_DATED``), or from
publication when the article does not say (``SPEECH_UNDATED``). Two such dates say nothing against
each other when

- they are one utterance: the same quoted sentence from the same speaker in two places (Alice Dorne's
  "We start sailing on Tuesday." told on Sunday in one article and undated in another is one
  promise, whatever days the two readings give), or
- one is counted from the day it was said and the other from publication for want of that day, and
  the undated one, said on some day of the week before publication, could name the dated one's day: a
  weekday the one a week earlier ("Tuesday" read as July 7 may have meant June 30), "tomorrow" or
  "today" any of the six days before, a week the week before. Two quoted days no such reading
  reconciles ("Tuesday", said on Sunday, and "Thursday") are compared as any others.

A quoted date against the writer's own date ("Sailings resume on Tuesday, June 30") is compared as any
other, counted from the day the quotation was said when the article gives it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from checker.links import StoryLinks
from checker.models import SPEECH_DATED, SPEECH_UNDATED, Article, DateClaim, QuoteClaim

_SPEECH = frozenset({SPEECH_DATED, SPEECH_UNDATED})
#: a sentence's end inside a quotation ("The strike is over. We sail on Tuesday.")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’']?\s+")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def quoted(d: DateClaim) -> bool:
    """Whether ``d`` is a relative date inside a direct quotation, counted from its speech."""
    return d.reason in _SPEECH


def not_comparable(a: DateClaim, a_article: Article, b: DateClaim, b_article: Article, links: StoryLinks) -> bool:
    """Whether two quoted dates are one utterance or cannot be aligned (see the module docstring), so that
    a difference between their values is the reading's, not the articles'."""
    if not (quoted(a) and quoted(b)):
        return False
    if a.reason != b.reason and _deictic(a) and _deictic(b):
        dated, undated = (a, b) if a.reason == SPEECH_DATED else (b, a)
        if dated.value in _possible_values(undated):
            return True  # one counted from its speech, the other from publication for want of it
    qa, qb = _quote_of(a_article, a), _quote_of(b_article, b)
    if qa is None or qb is None:
        return False
    # one quotation may be trimmed or split around its attribution where the other is whole: the date's
    # quoted sentence in one is written out in the other's words
    said_a, said_b = _sentence_words(qa, a), _sentence_words(qb, b)
    return (
        bool(said_a and said_b)
        and (_within(said_a, _words(qb.content)) or _within(said_b, _words(qa.content)))
        and _same_speaker(qa, a_article, qb, b_article, links)
    )


def _possible_values(d: DateClaim) -> frozenset[str]:
    """The values a quoted date read from publication may have had, said on a day of the week before it."""
    if not d.value:
        return frozenset()
    try:
        if d.granularity == "day":
            day = date.fromisoformat(d.value)
            back = (0, 7) if d.weekday is not None else range(7)  # "Tuesday" / "tomorrow"
            return frozenset((day - timedelta(days=n)).isoformat() for n in back)
        if d.granularity == "week" and "-W" in d.value and len(d.value) == 8:
            monday = date.fromisocalendar(int(d.value[:4]), int(d.value[6:8]), 1)
            before = (monday - timedelta(weeks=1)).isocalendar()
            return frozenset({d.value, f"{before.year}-W{before.week:02d}"})
    except ValueError:
        pass
    return frozenset({d.value})


def _deictic(d: DateClaim) -> bool:
    """A date told from the day of speaking ("Tuesday", "tomorrow", "next week"); "June 30" names its day."""
    return not any(ch.isdigit() for ch in d.text)


def _quote_of(article: Article, d: DateClaim) -> QuoteClaim | None:
    for q in article.claims:
        if isinstance(q, QuoteClaim) and any(p.span.start <= d.span.start < p.span.end for p in q.parts):
            return q
    return None


def _sentence_words(q: QuoteClaim, d: DateClaim) -> tuple[str, ...]:
    """The words, lower case, of the quoted sentence the date is in, read across the parts of a quotation
    split around its attribution ("“We start sailing,” she said, “on Tuesday.”")."""
    content, at = "", None
    for part in q.parts:
        text = part.text.strip()
        lead = len(part.text) - len(part.text.lstrip())
        if content:
            content += " "
        if part.span.start <= d.span.start < part.span.end:
            at = len(content) + d.span.start - part.span.start - lead
        content += text
    if at is None:
        return ()
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(content) if m.end() <= at)]
    end = _SENTENCE_END.search(content, at)
    return _words(content[starts[-1] : end.start() if end else len(content)])


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.replace("’", "'").lower()))


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part`` is written out, word for word, in ``whole``."""
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _same_speaker(qa: QuoteClaim, a_article: Article, qb: QuoteClaim, b_article: Article, links: StoryLinks) -> bool:
    """The same speaker, by the links' entity where both are linked, else by the name the quotes give;
    a quote whose speaker neither gives is taken as the same speaker's (its words are the same)."""
    ea, eb = links.entity_of(qa, a_article.path), links.entity_of(qb, b_article.path)
    if ea is not None and eb is not None:
        return ea.id == eb.id
    if qa.speaker and qb.speaker:
        return qa.speaker.casefold() == qb.speaker.casefold()
    return True

"""Wording of finding messages: excerpts cut at word boundaries, plurals, lists and places.

Every rule and the engine build the sentences an editor reads through these helpers, so that a
message quotes whole words (“We will rebuild the bridge …”), agrees in number ("1 entry no
longer matches", "2 entries no longer match") and names a place the same way everywhere
("on line 9", "in Hollinford Courier, line 7").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.models import Article, ClaimBase, Span

ELLIPSIS = "…"
#: characters trimmed from both ends of an excerpt: spaces and the punctuation a quote often ends with
_TRIM = " \t\n\r,;:"
_SPACES = re.compile(r"\s+")
_WORD_END = re.compile(r"\s+\S*$")

#: irregular plurals of nouns the messages use; every other noun takes "s" (or "es" after a sibilant)
_IRREGULAR = {"person": "people", "child": "children", "entry": "entries", "story": "stories", "this": "these"}


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` with its whitespace squashed, cut to at most ``limit`` characters at a word boundary.

    A cut text ends with " …" (a space, then U+2026), so that a reader sees words were left out;
    trailing commas, semicolons and colons are dropped either way ("… the old one," → "… the old one").
    A first word longer than ``limit`` is kept whole rather than cut inside the word.

    >>> excerpt("We will rebuild the bridge this year and it will be stronger", 30)
    'We will rebuild the bridge …'
    """
    flat = _SPACES.sub(" ", text).strip().rstrip(_TRIM)
    if len(flat) <= limit:
        return flat
    head = flat[: limit + 1]
    cut = _WORD_END.sub("", head) if " " in head else flat.split(" ", 1)[0]
    cut = cut.rstrip(_TRIM + ".!?")
    return f"{cut} {ELLIPSIS}" if cut != flat else flat


def quoted(text: str, limit: int = 60) -> str:
    """An excerpt in typographic quotation marks: “We will rebuild the bridge …”."""
    return f"“{excerpt(text, limit)}”"


def plural(word: str) -> str:
    """The plural of a noun used in messages ("entry" → "entries", "finding" → "findings")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def count(n: int, noun: str, plural_form: str | None = None) -> str:
    """``n`` and the noun in the number it takes: "1 entry", "0 entries", "2 rules"."""
    return f"{n} {noun if n == 1 else plural_form or plural(noun)}"


def agree(n: int, singular: str, plural_form: str) -> str:
    """The verb form that agrees with ``n``: ``agree(1, "matches", "match")`` → "matches"."""
    return singular if n == 1 else plural_form


def join(items: Iterable[str], conjunction: str = "and") -> str:
    """Items as an English list: "a", "a and b", "a, b and c" (empty items are left out)."""
    parts = [p for p in items if p]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def phrase(*parts: str | None) -> str:
    """Words joined by single spaces, missing parts left out: ``phrase("40,000", None)`` → "40,000"."""
    return " ".join(p.strip() for p in parts if p and p.strip())


def article_name(article: Article) -> str:
    """How a message names another article of the story: its outlet, else its path."""
    return article.meta.outlet or article.path


def place(where: ClaimBase | Span, article: Article, here: Article | None = None) -> str:
    """Where ``where`` is, said from ``here``: "on line 7" in the same article, "in Hollinford Courier,
    line 7" in another (or "in Hollinford Courier" when the place has no line)."""
    span = where.span if isinstance(where, ClaimBase) else where
    line = span.line if span is not None else None
    if here is None or article is here or article.path == here.path:
        return f"on line {line}" if line else "elsewhere in this article"
    return f"in {article_name(article)}, line {line}" if line else f"in {article_name(article)}"


def value_at(value: str, where: str, said: str | None = None) -> str:
    """A resolved value with its place, and the words the article used when they differ from it:
    ``value_at("2016-09-19", "on line 10", "Monday")`` → "2016-09-19 (“Monday”) on line 10"."""
    shown = value
    if said and _SPACES.sub(" ", said).strip().lower() != value.lower():
        shown += f" ({quoted(said, 40)})"
    return f"{shown} {where}".rstrip()


__all__ = [
    "ELLIPSIS",
    "agree",
    "article_name",
    "count",
    "excerpt",
    "join",
    "phrase",
    "place",
    "plural",
    "quoted",
    "value_at",
]

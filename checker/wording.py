"""Wording of finding messages: excerpts cut at word boundaries, plurals, lists and places.

Every rule and the engine build the sentences an editor reads through these helpers, so that a
message quotes whole words (“We will rebuild the bridge …”), agrees in number ("1 entry no
longer matches", "2 entries no longer match") and names a place the same way everywhere
("on line 9", "in Hollinford Courier, line 7"). :func:`faults` checks a message against these rules
(tests/test_messages.py holds every rule's messages to it; a plugin's tests can do the same).
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


# -- the wording rules, checked ----------------------------------------------------------------------

_SPACE_BEFORE_PUNCT = re.compile(r"\s[:;,.!?](?!\d)")
_DOUBLED_WORD = re.compile(r"\b(\w+)\s+\1\b", re.I)
_DANGLING_ARTICLE = re.compile(
    r"\b(?:the|a|an)\s+(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|these|those)\b", re.I
)
_EMPTY_SIDE = re.compile(r"(?:^|[(:;,])\s*→|→\s*(?:$|[);,])|“\s*”|‘\s*’")
#: "1" followed by a plural noun ("1 entries"), or by a noun and a plural verb ("1 entry no longer match")
_ONE_PLURAL_NOUN = re.compile(r"(?<![\d.,])\b1\s+(?!(?:is|was|has|does|this|news|series|times)\b)([a-z]+s)\b")
_ONE_PLURAL_VERB = re.compile(
    r"(?<![\d.,])\b1\s+[a-z]+\s+(?:no longer\s+|still\s+|now\s+)?(?:are|were|have|do|match|differ|contradict)\b"
)
_QUOTED = re.compile(r"“([^”]*)”")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
#: a number written in words, which a comparison must show with its value ("12 (“Twelve people”)")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"dozens?|scores?)\b",
    re.I,
)


def _squashed(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _cut_mid_word(excerpt: str, texts: list[str]) -> bool:
    """``excerpt`` (a quoted part of a message) appears in the texts only as part of a longer word at
    an end that has no ellipsis: "“We will rebuild the bri”" for "… the bridge"."""
    core = excerpt
    open_start, open_end = core.startswith(ELLIPSIS), core.endswith(ELLIPSIS)
    core = core.strip(ELLIPSIS).strip().lower()
    if len(core) < 3:
        return False
    found = False
    for text in texts:
        start = text.find(core)
        while start >= 0:
            found = True
            before = text[start - 1] if start else " "
            after = text[start + len(core)] if start + len(core) < len(text) else " "
            whole_start = open_start or not (before.isalnum() and core[0].isalnum())
            whole_end = open_end or not (after.isalnum() and core[-1].isalnum())
            if whole_start and whole_end:
                return False
            start = text.find(core, start + 1)
    return found


def faults(message: str, texts: Iterable[str] = ()) -> list[str]:
    """What is wrong with the wording of one finding message, as short descriptions (empty when nothing is).

    ``texts`` are the articles the message may quote, so that a quoted excerpt can be checked to end
    on a word boundary (or with an ellipsis). The checks: doubled spaces, a space before a colon or
    comma, a doubled word, an article before a pronoun ("the he pleaded guilty"), an empty side of
    a comparison ("words differ:  → were"), "1" with a plural noun or verb, "dated" without a
    resolved ISO date, a number in words outside quotation marks, a quote cut inside a word.
    Plugin authors can hold their rules' messages to the same rules in their tests.
    """
    out = []
    if "  " in message:
        out.append("double space")
    if _SPACE_BEFORE_PUNCT.search(message):
        out.append("space before punctuation")
    if m := _DOUBLED_WORD.search(message):
        out.append(f"doubled word {m.group(0)!r}")
    if m := _DANGLING_ARTICLE.search(message):
        out.append(f"dangling article {m.group(0)!r}")
    if _EMPTY_SIDE.search(message):
        out.append("empty side of a comparison or quote")
    if m := _ONE_PLURAL_NOUN.search(message) or _ONE_PLURAL_VERB.search(message):
        out.append(f"plural after 1 {m.group(0)!r}")
    if re.search(r"\bdated\b", message) and not _ISO_DATE.search(message):
        out.append("a date comparison without the resolved date")
    if m := _NUMBER_WORD.search(_QUOTED.sub("", message)):
        out.append(f"a number in words outside a quote {m.group(0)!r} (show its value, quote the words)")
    squashed = [_squashed(t).lower() for t in texts]
    for q in _QUOTED.findall(message):
        if _cut_mid_word(_squashed(q), squashed):
            out.append(f"quote cut mid-word “{q}”")
    return out


__all__ = [
    "ELLIPSIS",
    "agree",
    "article_name",
    "count",
    "excerpt",
    "faults",
    "join",
    "phrase",
    "place",
    "plural",
    "quoted",
    "value_at",
]

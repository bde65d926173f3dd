"""Hostile inputs for fuzzing: structural mutations of articles and adversarial shapes of any size.

Shared by the property tests (``tests/hostile/``) and the long campaign (``benchmarks/fuzz.py``),
and usable by a plugin's own tests. Everything here is deterministic given a ``random.Random``.

* :func:`mutate` — one structural mutation of an article's text (front matter of the wrong
  type, unclosed or deeply nested tags, mixed quote marks, RTL and zero-width characters, NUL,
  CR/CRLF line ends, a byte-order mark, a very long line, a truncation, a spliced repeat).
* :func:`generate` — one fuzz input as (bytes, suffix): random bytes, a token soup drawn from the
  words claimcheck's extractors look for, or a mutated fixture article.
* :data:`SHAPES` — (name, suffix, build) where ``build(n)`` returns about ``n`` characters of one
  adversarial shape (long runs of spaces after a cue, thousands of capitalised words, nested
  tags …), for timing growth with size.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

#: words and marks the extractors and rules react to: cues, hedges, months, numbers, titles, markup
VOCAB = (
    "according", "to", "said", "says", "told", "officials", "the", "a", "report", "by", "from", "shows",
    "may", "might", "possibly", "reportedly", "allegedly", "January", "March", "Monday", "last", "week",
    "on", "in", "2016", "1,000", "3.5", "12", "million", "billion", "percent", "%", "$", "€", "killed",
    "injured", "at", "least", "more", "than", "about", "Mr.", "Mrs", "Dr.", "President", "Smith", "Aleppo",
    "O'Neill", "al-Assad", "von", "de", "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", ";", ":", "—",
    "–", "-", "(", ")", "[", "]", "*", "_", "`", "#", ">", "<p>", "</p>", "<div>", "<article>", "&amp;",
    "&#8220;", "&", "\\", "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ", "\u200b", "\u200f", "\u202e",
    "\ufeff", "\x00", "claimcheck:", "ignore", "<!--", "-->", "---", "By", "one", "two", "dozens", "half",
    "tens", "of", "thousands", "and", "but", "which", "who", "that", "quarter", "twice", "10am", "noon",
)  # fmt: skip

#: front-matter values of every wrong type and shape
_BAD_VALUES = (
    "2016-02-30", "2016-13-01", "0000-00-00", "[1, 2]", "{a: 1}", "null", "yes", "1e309", "-1", "'", '"',
    "!!binary AAAA", "&a [*a]", "*nope", "2016-10-03T25:00:00", "9999999999", "{{}}", "|\n  x", ">-", "~",
    "[[[[[[[[[[[]]]]]]]]]]]", "!!python/object:os.system x", "2016-10-03 10:00:00 +99:00", "\t",
)  # fmt: skip
_FM_KEYS = ("published", "date", "updated", "title", "story", "byline", "outlet", "url", "dateline", "extra")


def mutate(text: str, rng: random.Random) -> str:
    """One structural mutation of ``text`` chosen at random (see the module docstring)."""
    return rng.choice(_MUTATIONS)(text, rng)


def _at(text: str, rng: random.Random) -> int:
    return rng.randrange(len(text) + 1)


def _insert(text: str, rng: random.Random, piece: str) -> str:
    i = _at(text, rng)
    return text[:i] + piece + text[i:]


def _front_matter(text: str, rng: random.Random) -> str:
    lines = [f"{rng.choice(_FM_KEYS)}: {rng.choice(_BAD_VALUES)}" for _ in range(rng.randint(1, 4))]
    closing = rng.choice(("---", "...", "", "--- "))
    return "---\n" + "\n".join(lines) + f"\n{closing}\n" + text


def _tags(text: str, rng: random.Random) -> str:
    tag = rng.choice(("div", "p", "b", "article", "script", "table", "li", "blockquote", "a href='", "![CDATA[", "!--"))
    depth = rng.choice((1, 10, 200, 2000))
    closing = rng.random() < 0.5
    piece = f"<{tag}>" * depth + ("x" if not closing else "x" + f"</{tag.split()[0]}>" * depth)
    return _insert(text, rng, piece)


def _quotes(text: str, rng: random.Random) -> str:
    marks = "“”\"'‘’«»„‹›"
    return "".join(rng.choice(marks) if c in marks and rng.random() < 0.5 else c for c in text)


def _invisible(text: str, rng: random.Random) -> str:
    chars = ("\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\ufeff")
    out = list(text)
    for _ in range(rng.randint(1, 20)):
        out.insert(rng.randrange(len(out) + 1), rng.choice(chars))
    return "".join(out)


def _nul(text: str, rng: random.Random) -> str:
    return _insert(text, rng, "\x00" * rng.randint(1, 3))


def _line_ends(text: str, rng: random.Random) -> str:
    return text.replace("\n", rng.choice(("\r", "\r\n", "\n\r", "\r\r\n", "\u2028", "\x85")))


def _bom(text: str, rng: random.Random) -> str:
    return "\ufeff" + text if rng.random() < 0.7 else _insert(text, rng, "\ufeff")


def _long_line(text: str, rng: random.Random) -> str:
    piece = rng.choice((" ", "a", "said ", "1", ", ", "“", "Aa ", "according to ", "-", "."))
    return _insert(text, rng, piece * (rng.randint(1_000, 20_000) // len(piece)))


def _truncate(text: str, rng: random.Random) -> str:
    return text[: _at(text, rng)]


def _splice(text: str, rng: random.Random) -> str:
    a, b = sorted((_at(text, rng), _at(text, rng)))
    return text[:b] + text[a:b] * rng.randint(1, 5) + text[b:]


def _token(text: str, rng: random.Random) -> str:
    return _insert(text, rng, " ".join(rng.choice(VOCAB) for _ in range(rng.randint(1, 30))))


_MUTATIONS: tuple[Callable[[str, random.Random], str], ...] = (
    _front_matter, _tags, _quotes, _invisible, _nul, _line_ends, _bom, _long_line, _truncate, _splice, _token,
)  # fmt: skip


def fixture_articles(folder: Path) -> list[str]:
    """The text of every article under ``folder`` (our own fixtures), in a stable order."""
    out = []
    for p in sorted(folder.rglob("*")):
        if p.is_file() and p.suffix in (".md", ".txt", ".html"):
            out.append(p.read_text(encoding="utf-8", errors="replace"))
    return out


def generate(rng: random.Random, seeds: list[str]) -> tuple[bytes, str]:
    """One fuzz input and the suffix to save it under."""
    suffix = rng.choice((".txt", ".md", ".html"))
    kind = rng.random()
    if kind < 0.15 or not seeds:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 400))), suffix
    if kind < 0.45:
        words = [rng.choice(VOCAB) for _ in range(rng.randint(1, 200))]
        return " ".join(words).encode("utf-8", "surrogatepass"), suffix
    text = rng.choice(seeds)
    if len(text) > 3000:  # a slice keeps runs fast; the slice still has real sentences in it
        i = rng.randrange(len(text) - 3000)
        text = text[i : i + 3000]
    for _ in range(rng.randint(1, 3)):
        text = mutate(text, rng)
    return text.encode("utf-8", "surrogatepass"), suffix


def _repeat(piece: str, n: int, head: str = "", tail: str = "") -> str:
    body = piece * max(1, (n - len(head) - len(tail)) // len(piece))
    return head + body + tail


#: (name, suffix, build(n characters))
SHAPES: list[tuple[str, str, Callable[[int], str]]] = [
    ("according_spaces", ".txt", lambda n: _repeat(" ", n, "The ship was attacked according to officials", "x.\n")),
    ("according_repeated", ".txt", lambda n: _repeat("according to ", n, "It rose ", ".\n")),
    ("space_run", ".txt", lambda n: _repeat(" ", n, "The council said", " it voted.\n")),
    ("tab_newline_run", ".txt", lambda n: _repeat(" \t\n", n, "Officials said ", "x.\n")),
    ("cue_words", ".txt", lambda n: _repeat("said ", n, "He ", ".\n")),
    ("said_the", ".txt", lambda n: _repeat(", said the ", n, "“Yes”", "man.\n")),
    ("report_by", ".txt", lambda n: _repeat("x ", n, "A report by ", "\n")),
    ("filings_show", ".txt", lambda n: _repeat("court filings ", n, "", "show.\n")),
    ("capitalised_words", ".txt", lambda n: _repeat("Aleppo ", n, "", "said.\n")),
    ("initials", ".txt", lambda n: _repeat("A. ", n, "", "said.\n")),
    ("titles", ".txt", lambda n: _repeat("Mr. ", n, "", "Smith said.\n")),
    ("digits", ".txt", lambda n: _repeat("1", n, "It cost $", " million.\n")),
    ("digit_groups", ".txt", lambda n: _repeat("1,000,", n, "At least ", "000 people died.\n")),
    ("number_words", ".txt", lambda n: _repeat("one hundred and ", n, "At least ", "two people died.\n")),
    ("dates", ".txt", lambda n: _repeat("on Monday, March 3, 2016, ", n, "The vote was held ", ".\n")),
    ("month_runs", ".txt", lambda n: _repeat("March ", n, "In ", "2016.\n")),
    ("hedges", ".txt", lambda n: _repeat("may possibly have reportedly ", n, "It ", "died.\n")),
    ("percent", ".txt", lambda n: _repeat("5% ", n, "Up ", ".\n")),
    # one run-on sentence of tolls and of accusations: each figure or charge asks about its sentence
    (
        "toll_run",
        ".txt",
        lambda n: _repeat("12 homes were destroyed in the district and ", n, "Officials said ", "3 died.\n"),
    ),
    ("accusation_run", ".txt", lambda n: _repeat("he overbilled the city and ", n, "The audit found ", "lied.\n")),
    ("open_quotes", ".txt", lambda n: _repeat("“", n, "He said ", "x.\n")),
    ("straight_quotes", ".txt", lambda n: _repeat('"a ', n, "He said ", "x.\n")),
    ("mixed_quotes", ".txt", lambda n: _repeat("“a\" ‘b' ", n, "", "\n")),
    ("dots", ".txt", lambda n: _repeat(".", n, "It ", "\n")),
    ("commas", ".txt", lambda n: _repeat(", ", n, "Officials", " said.\n")),
    ("dashes", ".txt", lambda n: _repeat("— ", n, "Officials", " said.\n")),
    ("parentheses", ".txt", lambda n: _repeat("(", n, "Officials said ", "\n")),
    ("one_long_word", ".txt", lambda n: _repeat("a", n, "", ".\n")),
    ("short_lines", ".txt", lambda n: _repeat("Officials said 3 died.\n", n)),
    ("blank_lines", ".txt", lambda n: _repeat("\n", n, "Title\n", "Officials said.\n")),
    ("cr_only", ".txt", lambda n: _repeat("a said b\r", n)),
    ("zero_width", ".txt", lambda n: _repeat("a\u200b", n, "", " said.\n")),
    ("suppressions", ".txt", lambda n: _repeat("<!-- claimcheck: ignore CC201 -->\n", n, "", "x\n")),
    ("md_emphasis", ".md", lambda n: _repeat("*", n, "It ", "\n")),
    ("md_brackets", ".md", lambda n: _repeat("[", n, "It ", "\n")),
    ("md_links", ".md", lambda n: _repeat("[a](", n, "It ", "\n")),
    ("md_backticks", ".md", lambda n: _repeat("`", n, "It ", "\n")),
    ("md_entities", ".md", lambda n: _repeat("&amp;", n, "It ", "\n")),
    ("md_escapes", ".md", lambda n: _repeat("\\*", n, "It ", "\n")),
    ("md_quote_nesting", ".md", lambda n: _repeat("> ", n, "", "x\n")),
    ("md_list_nesting", ".md", lambda n: "".join("  " * (i % 50) + "- x said\n" for i in range(n // 60))),
    ("md_front_matter", ".md", lambda n: _repeat("k: v\n", n, "---\n", "---\nText.\n")),
    ("html_nested_div", ".html", lambda n: _repeat("<div>", n, "", "x")),
    ("html_unclosed_p", ".html", lambda n: _repeat("<p>a said", n)),
    ("html_entities", ".html", lambda n: _repeat("&amp;", n, "<p>", "</p>")),
    ("html_attributes", ".html", lambda n: _repeat("a", n, "<p class='", "'>x</p>")),
    ("html_comments", ".html", lambda n: _repeat("<!--", n, "<p>", "</p>")),
    ("html_marked_sections", ".html", lambda n: _repeat("<![x[", n, "<p>", "</p>")),
    (
        "html_jsonld_deep",
        ".html",
        lambda n: _repeat("[", n, '<script type="application/ld+json">', "</script><p>x</p>"),
    ),
    ("html_meta_tags", ".html", lambda n: _repeat('<meta name="date" content="2016-02-30">', n, "", "<p>x</p>")),
    ("html_spaces", ".html", lambda n: _repeat(" ", n, "<p>Officials said", "x</p>")),
]

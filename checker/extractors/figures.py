"""Figure claims: numbers with their qualifier, unit, counted noun and what they measure."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import datafiles
from checker.extractors.qualifiers import POSTFIX_RE, PREFIX, PREFIX_RE, VAGUE, VAGUE_RE, bounds, normalise
from checker.hookspecs import hookimpl
from checker.language import ages, branch_guards, lexicons, numbers
from checker.language.lazy_patterns import on_first_use
from checker.language.numbers import (
    FRACTION_RE,
    ORDINAL_WORDS_RE,
    ORDINALS,
    TENS,
    UNITS,
    WORDS_RE,
    fraction_to_number,
    ordinal_to_number,
    to_number,
)
from checker.models import Article, ClaimBase, FigureClaim, Segment

if TYPE_CHECKING:
    from checker.config import Config

# --- building blocks ---------------------------------------------------------------------------
_DIG = r"(?<![\w.,/:])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d/])"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_NUMBER = (
    rf"(?:(?:{_DIG}|\b{WORDS_RE})\s+dozens?\b|{_DIG}(?:\s+{_SCALE_WORD}|k\b)?"
    r"|(?:a\s+|three\s+)?(?:half|quarters?)(?:\s+of)?\s+(?:a\s+)?(?:million|billion)\b"
    rf"|(?:a|half\s+a)\s+dozen\b|a\s+(?:hundred|thousand|million|billion)\b|\b{WORDS_RE}\b)"
)
_CODES = r"(?:USD|EUR|GBP|JPY|CNY|CHF|CAD|AUD|INR|RUB)"
_CURRENCY = rf"(?:US\$|C\$|A\$|HK\$|NZ\$|R\$|\$|£|€|¥|₹|Rs\.?|{_CODES}(?=\s?\d))"
_MONEY_WORDS = (
    r"(?:US\s+dollars|dollars|dollar|euros|euro|pounds\s+sterling|pounds|yen|yuan|renminbi|rubles|roubles|"
    rf"rupees|francs|pesos|cents|pence|{_CODES})"
)
_PERCENT = r"(?P<pc>\s*%|\s+percent(?:age\s+points?)?|\s+per\s+cent|\s+percentage\s+points?)"
_TIME_UNIT = r"(?:year|month|week|day|hour|minute|second|decade|century)"
_DIM_UNIT = (
    r"(?:kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot|ft|inch(?:es)?|centimetres?|centimeters?|cm|"
    r"kilograms?|kg|tonnes?|tons?|lbs?|litres?|liters?|gallons?|barrels?|acres?|hectares?|"
    r"square\s+(?:miles?|kilometres?|kilometers?|metres?|meters?|feet)|mph|km/h|degrees?(?:\s+(?:Celsius|Fahrenheit))?|°[CF]?|"
    r"ml|millilit(?:re|er)s?|grams?|mg|milligrams?|ounces?|oz|megawatts?|MW|gigawatts?|GW|kilowatts?|kW|"
    r"cups?|tablespoons?|teaspoons?)"
)
#: words before a number that make it part of a name or reference ("Route 66", "No. 2", "Apollo 11")
_NAME_HEAD_WORDS = (
    "No.", "Nos.", "Route", "Highway", "Interstate", "Flight", "Room", "Suite", "Apartment", "Apt.", "Unit", "Gate",
    "Platform", "Apollo", "Boeing", "Airbus", "Article", "Section", "Chapter", "Resolution", "Paragraph", "Clause",
    "Rule", "Page", "pages", "p.", "pp.", "Number", "Vol.", "Volume", "Level", "Grade", "Channel", "Windows",
    "iPhone", "Galaxy", "Super Bowl", "Proposition", "Prop.", "Measure", "Bill", "Act", "Exhibit", "Station",
    "Terminal", "Pier", "Bus", "Line", "Episode", "Season", "Part", "Phase", "Stage", "Zone", "Ward", "District",
    "Precinct", "Lot", "Box", "Version", "Model", "Type",
)  # fmt: skip
_NAME_HEADS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _NAME_HEAD_WORDS) + "|#"
# case-sensitive inside PATTERN's (?i:…): "voted 7-2 to repave the road" is a tally, not an address
_STREET = (
    r"(?-i:(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Ln\.|Drive|Dr\.|Way|"
    r"Square|Place|Court|Terrace|Parkway|Highway)\b)"
)
_UNIT_NAMES = r"(?:Airborne|Division|Regiment|Brigade|Battalion|Fleet|Army|Corps|Congress|Amendment|Precinct|Infantry|Cavalry|Marines?|Squadron|Wing|Street|Avenue|Century|Parliament|Republic)"
# Words that may stand capitalised before a count without making "<Word> 11" a name ("The 12 jurors").
_CAP_OK = frozenset(
    {
        "the", "a", "an", "all", "those", "these", "its", "their", "his", "her", "our", "my", "your", "some", "about",
        "only", "nearly", "almost", "just", "over", "under", "around", "roughly", "approximately", "another", "every",
        "each", "top", "more", "fewer", "less", "at", "least", "up", "to", "of", "in", "on", "by", "for", "and", "but",
        "with", "from", "when", "after", "before", "since", "until", "while", "where", "who", "than", "estimated",
        "exactly", "including", "among", "then", "now", "there", "here", "yet", "so", "as", "if", "or", "nor"
    }
)  # fmt: skip

# Where a figure may start: a digit or symbol, or a word that can begin one. Checked first at every
# position, it lets the engine skip most of the text without trying each alternative below.
_TRIGGER_WORDS = (
    *UNITS, *TENS, *ORDINALS, "a", "an", "half", "age", "aged", "dozen", "dozens", "tens", "hundred", "hundreds",
    "thousand", "thousands", "million", "millions", "billion", "billions", "scores", "handful", "between", "from",
    "year", "month", "week", "day", "hour", "minute", "decade", "century", "minus", "http", "https", "www", "magnitude",
    "usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "inr", "rub", "quarter", "quarters", "three",
    *(w.split()[0].rstrip(".").lower() for w in _NAME_HEAD_WORDS),
)  # fmt: skip


def _trie(words: set[str], cased: bool = False) -> str:
    """One regex for a word list, shared prefixes factored out: sre tries alternatives one by one.

    Each letter matches in either case, or only as written when ``cased``.
    """
    if len(words) == 1:
        # one word left (most of the tree's ~1,100 nodes): its letters nested as the loop below would
        # nest them, without a call per letter (~2 ms of every start-up when the tree was built so)
        (word,) = words
        nested = ""
        for ch in reversed(word):
            head = f"[{ch}{ch.upper()}]" if ch.isalpha() and not cased else re.escape(ch)
            nested = f"{head}(?:{nested})" if nested else head
        return nested
    heads: dict[str, set[str]] = {}
    for w in words:
        if w:
            heads.setdefault(w[0], set()).add(w[1:])
    parts = []
    for ch, tails in sorted(heads.items()):
        head = f"[{ch}{ch.upper()}]" if ch.isalpha() and not cased else re.escape(ch)
        rest = _trie(tails, cased)
        if not rest:
            parts.append(head)
        else:
            parts.append(f"{head}(?:{rest})" + ("?" if "" in tails else ""))
    return "|".join(parts)


def _tries() -> tuple[str, str]:
    """The trigger words' tries: letters in either case, for :data:`_AHEAD`; lower-case, as written, without
    "a" and "an", for :data:`_BEFORE_START`."""
    return _trie(set(_TRIGGER_WORDS)), _trie({w.lower() for w in _TRIGGER_WORDS} - {"a", "an"}, cased=True)


# The same text every run (~0.6 ms to build): kept beside this module, made again when it or the number
# words' module (UNITS, TENS, ORDINALS) changes
_TRIGGER_TRIE, _LOWER_TRIGGER_TRIE = datafiles.derived_from([Path(__file__), Path(numbers.__file__)], "tries", _tries)
# Case-sensitive on purpose (lower-case or Capitalised first letters): IGNORECASE makes every position dearer.
_AHEAD = r"(?=[\d$£€¥₹(+#\-−]|[A-Za-z]+-?\d|[A-Z]{1,2}\$|(?:" + _TRIGGER_TRIE + r")\b)"
_TRIGGER = r"(?<![A-Za-z\d])" + _AHEAD
#: the character before a place where a figure may start, then that place (:func:`_pattern_matches`).
#: Searched for, the character class opening it lets the matcher skip the inside of words in its fast
#: loop, where PATTERN's lookbehind was tried at every character; run on lower-cased text, its trigger
#: words are plain letters, which the matcher tells apart at once (not letter classes tried in turn)
#: Narrower than PATTERN's lookahead where that is cheap to tell: an opening "(", "+", "-" or "−" is
#: followed by a digit in every branch (a telephone number, a sign), and "a" or "an" by a hyphen, "$",
#: or one of these words (a unit of time, a fraction, "dozen", a scale word, "handful", the "and" of
#: "a and a half"; a prefix of the word is enough); most places PATTERN was tried at in vain were an "a"
_AFTER_A = (
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "centur", "and", "half", "third",
    "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "dozen", "hundred", "thousand",
    "million", "billion", "handful",
)  # fmt: skip
_BEFORE_START = re.compile(
    r"[^a-z\d](?=[\d$£€¥₹#]|[(+\-−]\d|[a-z]++-?\d|[a-z]{1,2}\$|an?\b(?=[-$]|\s+(?:"
    + "|".join(_AFTER_A)
    + "))|(?:"
    + _LOWER_TRIGGER_TRIE
    + r")\b)"
)


@lru_cache(maxsize=1)
def _before_start_cased() -> re.Pattern[str]:
    """:data:`_BEFORE_START` on text as written, for a text that lower-casing would change otherwise than
    letter by letter (compiled when first needed: ~3 ms, and few texts need it)."""
    return re.compile(r"[^A-Za-z\d]" + _AHEAD.replace("[A-Za-z]+-", "[A-Za-z]++-"))


#: words that are never the counted noun of "one household in three" ("one day in three" is time;
#: "one of …", "one more in …")
_SPLIT_NOT = "|".join(
    ("of", "more", "less", "the", "a", "an", "and", "or", "time", "way", "thing", "year", "month",
     "week", "day", "hour", "minute", "second", "point", "goal", "run", "shot", "game", "match")
)  # fmt: skip
#: what follows "one household in three" when it is a proportion: its verb ("cannot afford", "lives in
#: poverty", "waited"), a place ("in Tarnmouth") or the clause's end; a noun after it is another reading
#: ("one road in two towns", "one race in three seasons")
_SPLIT_VERBS = "|".join(
    ("is", "are", "was", "were", "has", "have", "had", "can", "cannot", "can't", "could", "couldn't", "will",
     "would", "may", "might", "must", "should", "does", "do", "did", "doesn't", "don't", "didn't", "lives", "live",
     "says", "say", "faces", "face", "now", "still", "also", "already", "never", "struggles", "struggle", "gets",
     "get", "goes", "go", "uses", "use", "needs", "need", "wants", "want", "believes", "believe", "thinks",
     "think", "reports", "report", "relies", "rely", "earns", "earn", "owns", "own", "lacks", "lack", "misses",
     "miss", "skips", "skip", "pays", "pay", "plans", "plan", "expects", "expect")
)  # fmt: skip
_QUALIFIER_BEFORE = re.compile(rf"\b({PREFIX_RE})\s+$", re.IGNORECASE)

# The money and unit words after a count, behind a guard each (checker.language.branch_guards): the word
# after most counts opens with a letter none of them does ("people", "were"), and under IGNORECASE the
# matcher tries every one of their ~80 words in turn
_MONEY_GUARDED, _DIM_GUARDED = branch_guards.guarded(
    [_MONEY_WORDS, _DIM_UNIT], re.IGNORECASE, Path(__file__), "unit guards"
)

#: PATTERN's alternatives, in the order they are tried (under IGNORECASE)
_BRANCHES = [
    # never figures, matched so that their digits are consumed: phone numbers, clock times, names
    r"(?P<skip>\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d[\d ()-]{7,}\d|\bhttps?://\S+|\bwww\.\S+"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EST|EDT|BST)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    rf"|(?-i:{_NAME_HEADS})\s*\d[\d,.]*[A-Za-z]?\b|\b(?!{_CODES}\s?\d)[A-Za-z]+-?\d+[A-Za-z\d]*(?:-\d+)*\b|\b\d+[A-Za-z]+\d[\w]*\b"
    r"|\b\d+/\d+(?:/\d+)?\b|\b\d+(?:\.\d+){2,}\b|\b\d{1,3}(?:st|nd|rd|th)\s+" + _UNIT_NAMES + r"\b"
    rf"|\b\d+(?:-\d+)?\s+{_STREET})",
    # tallies and ratios: "a 7-2 vote", "voted 52-48", "3-to-1", "one in five"
    r"(?P<t1>\d{1,3})\s?[-–]\s?(?P<t2>\d{1,3})(?=\s+(?:vote|decision|ruling|majority|margin|win|victory|"
    r"defeat|loss|split|verdict|tally|count|result|score)\b)"
    r"|(?:(?<=voted\s)|(?<=passed\s)|(?<=won\s)|(?<=lost\s)|(?<=beat\s)|(?<=approved\s)|(?<=rejected\s))"
    r"(?P<t3>\d{1,3})\s?[-–]\s?(?P<t4>\d{1,3})\b",
    rf"(?P<r1>\d{{1,3}}|{WORDS_RE})[- ]to[- ](?P<r2>\d{{1,3}}|{WORDS_RE})(?=\s+(?:vote|margin|ratio|majority|odds|"
    r"split|decision|against)\b)|(?P<r3>\d{1,3})[- ]to[- ](?P<r4>\d{1,3})\b(?!\s*(?:%|percent|per\s+cent))",
    # proportions: "one in five", "One-in-three", "1-in-4", "two out of every five", "one in a million"
    # "one household in three", "one patient in every 10": the counted noun between (a time or a
    # count after the second number is another reading: "one goal in 10 games")
    rf"\b(?P<p1>one|1)\s+(?P<pn>(?!(?:{_SPLIT_NOT})\b)[a-z][a-z'’-]+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<p2>{WORDS_RE}|\d+)\b(?=\s*[,.;:)]|\s+(?:{_SPLIT_VERBS})\b|\s+[a-z]+ed\b|\s+(?:in|across|at)\s+[A-Z])|"
    rf"\b(?P<o1>{WORDS_RE}|\d+)(?:\s+|\s*-\s*)(?:in|out(?:\s+|-)of)(?:\s+|\s*-\s*)(?:every(?:\s+|-))?"
    rf"(?P<o2>{WORDS_RE}|\d+(?:,\d{{3}})*|a(?:\s+|-)(?:hundred|thousand|million|billion))\b(?=\s+[a-z])",
    # ranges: "between 200 and 300", "from $5 to $10 million", "20-25%", "200 to 300 people"
    rf"(?:(?P<rq>between|from)\s+)(?P<cur1>{_CURRENCY})?\s?(?P<a1>{_NUMBER})(?:\s*%|\s+percent)?\s+(?:and|to)\s+"
    rf"(?P<cur2>{_CURRENCY})?\s?(?P<a2>{_NUMBER})(?P<ascale>\s+{_SCALE_WORD}|(?:m|bn|mn|tn|k)\b)?"
    rf"(?P<apc>\s*%|\s+percent|\s+per\s+cent)?",
    rf"(?P<cur3>{_CURRENCY})?(?P<b1>{_DIG})\s?[-–]\s?(?P=cur3)?(?P<b2>{_DIG})(?P<bscale>\s+{_SCALE_WORD}|(?:m|bn|k)\b)?"
    r"(?P<bpc>\s*%|\s+percent|\s+per\s+cent)?(?![\w-])",
    rf"(?P<c1>{_DIG})\s+to\s+(?P<c2>{_DIG})(?P<cscale>\s+{_SCALE_WORD})?(?P<cpc>\s*%|\s+percent|\s+per\s+cent)?"
    r"(?=\s+[a-z%])",
    # ages: "Smith, 34,", "aged 34", "34 years old", "a 38-year-old"; durations: "six-year war"
    rf"(?:\baged?\s+)(?P<aged>{_DIG}|{WORDS_RE})\b",
    rf"(?P<dn>{_DIG}|{WORDS_RE}|an?)(?P<dsep>[- ]|\s+and\s+a\s+half[- ]|-and-a-half[- ])(?P<du>{_TIME_UNIT})s?"
    r"(?P<old>[- ]old)?(?P<long>[- ]long)?\b(?!-)",
    rf"(?P<ln>\b(?:a|one|half[- ]a)[- ])?(?P<lu>{_TIME_UNIT})[- ](?:long|old)\b",
    # earthquake magnitudes: "a magnitude 6.1 quake", "magnitude-4.6"
    r"\bmagnitude[- ]+(?P<mag>\d{1,2}(?:\.\d)?)\b",
    # money ranges written out: "$800 million to $900 million", "$8 to $9 billion"
    rf"(?P<cur4>{_CURRENCY})\s?(?P<m1>{_DIG}(?:\s*{_SCALE_WORD}|(?:m|bn|mn|tn|k)\b)?)\s+(?:to|and)\s+"
    rf"(?:(?P=cur4)\s?)?(?P<m2>{_DIG}(?:\s*{_SCALE_WORD}|(?:m|bn|mn|tn|k)\b)?)(?![\w-])",
    # money: "$3.1 million", "£300m", "US$5bn", "3 million dollars"
    rf"(?P<cur>{_CURRENCY})\s?(?P<mn>{_DIG}(?:\s*{_SCALE_WORD}|(?:m|bn|mn|tn|k)\b|\s+(?:bn|mn)\b)?)(?![\w-])",
    # fractions and ordinals in words before counts: "two-thirds" is not "two"
    rf"\b(?P<frac>{FRACTION_RE})\b",
    rf"\b(?P<oword>{ORDINAL_WORDS_RE})\b",
    r"\b(?P<ord>\d+(?:st|nd|rd|th))\b",
    # dimensions and counts, with percentages and money words
    r"(?P<sign>(?<![\w.,/:\-−])[-−](?=\d)|\bminus\s+)?"
    rf"(?P<n>{_NUMBER}){_PERCENT}?(?:(?:\s+|-|(?={_CODES}))(?P<money>{_MONEY_GUARDED})\b|[- ]?(?P<dim>{_DIM_GUARDED})(?![\w/]))?"
    rf"(?:\s+(?P<post>{POSTFIX_RE})\b)?",
    # vague amounts: "hundreds of people", "tens of thousands"
    rf"\b(?P<vague>{VAGUE_RE})\b(?=\s+of\b|\s+(?:more\s+)?[a-z]+|\s*[.,;:!?)]|$)",
    # ordinals: "the 3rd", "twenty-first"
]
# Each branch behind a guard naming the characters it can open with (checker.language.branch_guards):
# at a digit the branches of words only (fractions, ordinals in words) fail at one test, not after
# trying every number word; ~12% of PATTERN's matching time on ECB+
PATTERN = re.compile(
    _TRIGGER + "(?i:" + "|".join(branch_guards.guarded(_BRANCHES, re.IGNORECASE, Path(__file__))) + ")"
)
_CASED_NAME = re.compile(r"(?:[A-Z][\w.'’-]*)$")
_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow",
    }
)  # fmt: skip
_PREV_WORD = re.compile(r"([A-Za-z][\w.'’-]*)\s$")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w'’-]+)(?:,|\s+\()\s*(?:(?:a|an|the)\s+)?$")
#: how :data:`checker.language.ages.LEAD` ends, spaces left out: an opening mark, or the verb of a
#: relative clause or its "now" ("Smith, who is now 34"); a figure after anything else is no set-off age
_AGE_LEAD_ENDS = (",", "(", "now", *sorted({v.split()[-1] for v in ages.RELATIVE_VERBS}))
#: a capitalised word (a name's last) right before an age's opening mark ("Smith, 34," / "Smith (34)")
_AGE_AFTER_NAME = re.compile(rf"[A-Z][\w'’-]+(?={ages.LEAD}$)")
_PRONOUN_AFTER = re.compile(r"\s+(?:\w+ed|said|say|says|were|are|have|had|of\s+them|of\s+us|of\s+you|who|whom)\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:the|these|those|both|all|its|their)\s+$", re.IGNORECASE)
_AGE_PREDICATE = re.compile(r"\b(?:[Hh]e|[Ss]he|who)\s+(?:was|is|turned|turns|will\s+be)\s+$")
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?\b(?:\s+\w+){0,2}\s+$", re.IGNORECASE)
_HUMAN = frozenset(
    {
        "man", "woman", "men", "women", "boy", "girl", "son", "daughter", "child", "children", "mother", "father",
        "suspect", "victim", "resident", "student", "soldier", "driver", "officer", "player", "actor", "actress",
        "singer", "writer", "wife", "husband", "brother", "sister", "baby", "teenager", "toddler", "patient", "gunman",
        "pilot", "worker", "veteran", "refugee", "journalist", "reporter", "teacher", "nurse", "doctor", "lawyer",
        "politician", "senator", "candidate", "president", "ceo", "executive", "founder", "grandmother", "grandfather",
        "pensioner", "retiree", "mom", "dad", "person"
    }
)  # fmt: skip
_STOP = frozenset(
    {
        "of", "the", "a", "an", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "were", "was", "are",
        "is", "have", "has", "had", "been", "be", "being", "there", "who", "that", "which", "said", "says", "say",
        "told", "more", "than", "per", "percent", "as", "its", "it", "their", "his", "her", "they", "them", "this",
        "these", "those", "some", "all", "while", "when", "where", "after", "before", "since", "about", "up", "down",
        "out", "into", "over", "under", "through", "will", "would", "could", "should", "may", "might", "can", "do",
        "does", "did", "not", "no", "last", "next", "ago", "according", "earlier", "later", "yesterday", "today",
        "worth"
    }
)  # fmt: skip
_VERBISH = frozenset(
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "said", "says", "told", "say", "will",
        "would", "could", "should", "may", "might", "can", "do", "does", "did", "died", "fled", "live", "lived",
        "living", "remain", "remained", "stayed", "work", "worked"
    }
)  # fmt: skip
# Words that tell how sure a source is, or how the sentence is built, not what was counted.
_NOT_MEASURE = frozenset(
    {
        "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "believed", "thought", "said",
        "reported", "reportedly", "estimated", "feared", "expected", "likely", "alleged", "allegedly", "according",
        "there", "to", "the", "a", "an", "of", "that", "which", "who", "could", "would", "should", "may", "might",
        "will", "can", "must", "now", "still"
    }
)  # fmt: skip
_CLAUSE_END = re.compile(
    r"[,;:!?”\"()]|\.(?:\s|$)|\s(?:and|but|while|whereas|according|including|which|who|as)\s", re.I
)
_CLAUSE_START = re.compile(r"(?:^|[,;:!?“\"(]|\.\s|\b(?:and|but|while|that|after|before|when|as|because)\s)", re.I)
_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|with)\s*$", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NAME_THING = re.compile(r"^\s+((?:[A-Z][\w'’-]+\s*){1,3})")


@dataclass(frozen=True)
class Figure:
    """One figure found in a string; offsets index that string."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None = None
    unit: str | None = None
    category: str = "count"
    vague: bool = False
    of: str | None = None
    noun: str | None = None
    measures: str | None = None
    against: float | None = None


def find_figures(text: str) -> list[Figure]:
    """Every figure in ``text`` (dates, times, phone numbers and numbered names left out)."""
    from checker.extractors.dates import date_spans  # the dates extractor owns what a date is

    # the date spans, read at the first figure: half the paragraphs have none
    masked: list[tuple[int, int]] | None = None
    starts: list[int] = []
    reach: list[int] = []
    out: list[Figure] = []
    for m in _pattern_matches(text):
        if m.group("skip"):
            continue
        if masked is None:
            masked = sorted(date_spans(text))
            # issue 11: overlap with the date spans by bisection (furthest end so far), not a scan per figure
            starts = [a for a, _ in masked]
            reach = list(accumulate((b for _, b in masked), max))
        s, e = m.span()
        k = bisect_left(starts, e) - 1
        if k >= 0 and reach[k] > s and not _survives_mask(m, masked):
            continue
        fig = _classify(m, text)
        if fig is None or fig.end <= fig.start:
            continue
        if fig.category in _QUALIFIABLE and fig.start == s and fig.qualifier in (None, "between"):
            fig = _qualified(text, fig)
        if fig.category in ("count", "ordinal", "percent", "money", "measure") and _is_name(text, fig.start, fig.end):
            continue
        out.append(fig)
    return _describe(text, out) if out else out


def _pattern_matches(text: str) -> Iterator[re.Match[str]]:
    """``PATTERN.finditer(text)``, PATTERN tried only at the places :data:`_BEFORE_START` finds: the
    places where PATTERN's opening lookbehind and lookahead both hold.

    The text is searched with a space before it, so that its start is such a place only when the
    lookahead holds there too (a paragraph's first word is mostly "The", "He", "In": ~10,000 of the
    ~33,000 places PATTERN was tried at on ECB+ were starts where it could not match)."""
    match = PATTERN.match
    end = 0
    low = text.lower()
    if len(low) == len(text) and "\u212a" not in text:  # the Kelvin sign is the one non-letter lowered to a-z
        before = _BEFORE_START.finditer(" " + low)
    else:
        before = _before_start_cased().finditer(" " + text)
    for b in before:
        p = b.end() - 1  # an offset in ``text``
        if p < end:
            continue
        m = match(text, p)
        if m is None:
            continue
        if m.end() == p:  # an empty match (none of PATTERN's branches makes one): finditer's own rules
            yield from PATTERN.finditer(text, p)
            return
        end = m.end()
        yield m


_QUALIFIABLE = frozenset(("count", "money", "percent", "measure", "duration", "age", "fraction", "ratio"))
#: "more than hundreds" can exceed what "hundreds" alone allows
_OPEN_ABOVE = frozenset(("more than", "over", "at least", "well over", "upwards of", "in excess of"))


def _qualified(text: str, fig: Figure) -> Figure:
    """The figure with the qualifier written just before it ("More than 250"), which joins its span."""
    if fig.qualifier == "between" or not _may_be_qualified(text, fig.start):
        return fig
    q = _QUALIFIER_BEFORE.search(text, max(0, fig.start - 30), fig.start)
    if q is None:
        return fig
    word = normalise(q.group(1))
    if fig.vague:
        lo, hi = fig.low, fig.high
        return _with(fig, start=q.start(), qualifier=word, high=None if word in _OPEN_ABOVE else hi, low=lo)
    if fig.value is None:
        return fig
    low, high = bounds(fig.value, word)
    return _with(fig, start=q.start(), qualifier=word, low=low, high=high)


#: the last word of every qualifier written before a figure ("than" of "more than"), lower case
_QUALIFIER_ENDS = tuple(sorted({q.split()[-1] for q in PREFIX}))
#: characters IGNORECASE matches to an ASCII letter that ``str.lower`` leaves or makes otherwise
_FOLDS = ("ſ", "İ", "ı")


def _may_be_qualified(text: str, s: int) -> bool:
    """Whether :data:`_QUALIFIER_BEFORE` may match right before offset ``s``: the text there is spaces
    after a qualifier's last word. Four in five figures have no qualifier; this spares their search
    (a pattern of ~70 phrases tried at each of 30 places)."""
    if s == 0 or not text[s - 1].isspace():
        return False
    before = text[max(0, s - 30) : s]
    return before.rstrip().lower().endswith(_QUALIFIER_ENDS) or any(c in before for c in _FOLDS)


def _with(fig: Figure, **changes: Any) -> Figure:
    """``dataclasses.replace(fig, **changes)`` without its walk over the fields on every call."""
    return Figure(**{**fig.__dict__, **changes})


def _survives_mask(m: re.Match[str], masked: list[tuple[int, int]]) -> bool:
    """A compound-adjective duration ("six-year war") is a figure even if the dates extractor saw a period."""
    if not m.group("dn"):
        return False
    s, e = m.span()
    return not any(a <= s and e <= b and (b - a) > (e - s) for a, b in masked)


def _is_name(text: str, s: int, e: int) -> bool:
    """ "Apollo 11", "Windows 10", "Super Bowl 50": a capitalised word right before a bare number."""
    if not text[s : s + 1].isdigit():
        return False
    prev = _PREV_WORD.search(text, max(0, s - 40), s)
    if prev is None or not _CASED_NAME.match(prev.group(1)) or prev.group(1).endswith("."):
        return False  # lower-case, or the end of the sentence before ("in Aleppo. 250 people")
    word = prev.group(1).lower()
    if (
        word.endswith(("ing", "ed"))
        and _FRONTED_PARTICIPLE.search(text, max(0, prev.start(1) - 3), prev.start(1))
        and _FRONTED_UNIT.match(text, e)
    ):
        return False  # "Seating 48 passengers, the shuttle …": a participle opening the sentence, not "Boeing 787"
    return word not in _CAP_OK and word not in _CALENDAR


#: what stands before a sentence's first word, and after a number a participle opens the sentence with
#: ("Seating 48 passengers, …", "Measuring 300 metres, …"): its unit noun and the comma closing the phrase
_FRONTED_PARTICIPLE = re.compile(r"(?:^|[.!?\n][\s\"“]*|^\s*)$")
_FRONTED_UNIT = re.compile(r"(?:\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?,")


#: read right after a figure (compiled once: these were module-level calls on the rest of the text)
_OF_AFTER = re.compile(r"\s+of\b")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_STOP_AFTER = re.compile(r"[.,;]")
_OF_OR_MORE = re.compile(r"\s+of\s+(?:the\s+|those\s+|them\b)?|\s+(?:more|fewer|other|additional)\b", re.I)


_SPACES = re.compile(r"\s+")
_DOZENS = re.compile(r"(.+?)\s+dozens?")


def _num(raw: str) -> float | None:
    raw = _SPACES.sub(" ", raw.strip())
    low = raw.lower()
    if low in ("a", "an"):
        return 1.0
    if low in ("half a", "half-a"):
        return 0.5
    dozen = _DOZENS.fullmatch(low)
    if dozen and low not in ("a dozen", "half a dozen"):
        base = to_number(dozen.group(1))
        return None if base is None else base * 12
    return to_number(raw)


#: verbs after which "5-3" is a tally of votes or games, not a range ("approved the plan 5-3", "won the series 3-2")
# Compiled on first use: only a number range ("5-3") is tested with it (a 1,200-word program).
_tally_verb = on_first_use(
    r"\b(?:vot(?:ed|es|ing)|approv(?:ed|es)|pass(?:ed|es)|reject(?:ed|s)|won|wins|lost|loses|beat|beats|defeat(?:ed|s)"
    r"|uph(?:eld|olds)|overturn(?:ed|s)|ruled|split|backed|endorsed|confirmed|leads?|led|trails?|trailed"
    r"|renew(?:ed|s)|adopt(?:ed|s)|ratif(?:ied|ies)|grant(?:ed|s)|den(?:ied|ies)|elect(?:ed|s)|cho(?:se|oses)"
    r"|took|takes|clinched|sealed|claimed|swept)\b[^,;.]{0,60}$",
    re.I,
)


#: words after which "5 to 3" is a tally of votes, not a ratio: "by a vote of 5 to 3", "voted 7 to 2"
_VOTE_OF = re.compile(r"\b(?:votes?\s+of|voted|ballot\s+of)\s+$", re.I)


def _clause_before(text: str, s: int) -> str:
    return text[max(0, s - 80) : s]


def _classify(m: re.Match[str], text: str) -> Figure | None:
    g = m.groupdict()
    s, e = m.span()
    if g["t1"] or g["t3"]:
        won, lost = float(g["t1"] or g["t3"]), float(g["t2"] or g["t4"])
        return Figure(s, e, won, won, won, None, "tally", "tally", against=lost)
    if g["r1"] or g["r3"]:
        a, b = _num(g["r1"] or g["r3"]), _num(g["r2"] or g["r4"])
        if a is None or not b:
            return None
        if _VOTE_OF.search(text, max(0, s - 24), s):
            return Figure(s, e, a, a, a, None, "tally", "tally", against=b)  # "by a vote of 5 to 3": a tally
        if (
            g["r3"]
            and a < b
            and not re.search(r"(?:voted|by\s+a|margin\s+of|odds\s+of|ratio\s+of)\s+$", text[max(0, s - 20) : s])
        ):
            return Figure(s, e, None, a, b, "between", None, "count")
        return Figure(s, e, a / b, a / b, a / b, None, "ratio", "ratio", against=b)
    if g["p1"]:
        b = _num(g["p2"])
        if not b or b <= 1:
            return None
        return Figure(s, e, 1 / b, 1 / b, 1 / b, None, "ratio", "ratio", noun=g["pn"], against=b)
    if g["o1"]:
        # a proportion: "one in three households" is one quantity, the share 1/3 of the households
        # (not a count of three); "against" keeps the denominator as written
        a, b = _num(g["o1"]), _num(g["o2"].replace("-", " "))
        if a is None or not b or a >= b:
            return None
        return Figure(s, e, a / b, a / b, a / b, None, "ratio", "ratio", against=b)
    if g["a1"]:
        return _range(s, e, g["a1"], g["a2"], g["ascale"], g["apc"], g["cur1"] or g["cur2"])
    if g["m1"]:
        return _range(s, e, g["m1"], g["m2"], None, None, g["cur4"])
    if g["b1"] and not (g["cur3"] or g["bscale"] or g["bpc"]) and _tally_verb().search(_clause_before(text, s)):
        won, lost = float(g["b1"]), float(g["b2"])
        return Figure(s, e, won, won, won, None, "tally", "tally", against=lost)
    if g["b1"]:
        return _range(s, e, g["b1"], g["b2"], g["bscale"], g["bpc"], g["cur3"])
    if g["c1"]:
        return _range(s, e, g["c1"], g["c2"], g["cscale"], g["cpc"], None)
    if g["aged"]:
        value = _num(g["aged"])
        if value is None or not 0 < value < 130:
            return None
        return Figure(s, e, value, value, value, None, "year", "age", of=_name_before(text, s))
    if g["dn"]:
        return _duration(m, text, g)
    if g["lu"]:
        value = _num(g["ln"].strip(" -")) if g["ln"] else 1.0
        unit = g["lu"].lower()
        old = m.group(0).lower().endswith("old")
        thing = _thing_after(text, e)
        return Figure(
            s, e, value, value, value, None, unit, "age" if old and _is_person(thing) else "duration", of=thing
        )
    if g["mag"]:
        value = float(g["mag"])
        return Figure(s, e, value, value, value, None, "magnitude", "measure")
    if g["cur"]:
        value = to_number(g["mn"])
        if value is None:
            return None
        return Figure(s, e, value, value, value, None, _currency(g["cur"]), "money")
    if g["n"]:
        return _count(m, text, g)
    if g["vague"]:
        word = normalise(g["vague"]) or ""
        lo, hi = VAGUE[word]
        if word in ("million", "scores") and not _OF_AFTER.match(text, e):
            return None  # "test scores"; "million" alone is only a slip for "millions" in "million of"
        return Figure(s, e, None, float(lo), float(hi), None, None, "count", vague=True)
    if g["frac"]:
        value = fraction_to_number(g["frac"])
        return None if value is None else Figure(s, e, value, value, value, None, None, "fraction")
    if g["ord"] or g["oword"]:
        raw = g["ord"] or g["oword"]
        if _CAPITAL_AFTER.match(text, e) and (raw[:1].isdigit() or raw[:1].isupper()):
            return None  # "the 101st Airborne", "First Amendment": names
        if raw.lower() == "second" and re.search(r"\b(?:per|a|split)\s+$", text[max(0, s - 8) : s], re.I):
            return None
        value = ordinal_to_number(raw)
        if value is None:
            return None
        return Figure(s, e, value, value, value, None, None, "ordinal")
    return None


def _range(s: int, e: int, a: str, b: str, scale: str | None, pc: str | None, cur: str | None) -> Figure | None:
    """ "between 200 and 300", "20-25%", "$20-$30 million": low and high, no single value."""
    lo, hi = _num(a), _num(b)
    if lo is None or hi is None or hi <= lo:
        return None
    if scale:
        mult = to_number("1" + scale) or 1.0
        hi *= mult
        # "2 to 3 million" scales both ends; "200 to 3 million" does not
        if lo < hi / mult * 10 and not re.search(r"[a-z]", a.split()[-1], re.I):
            lo *= mult
    elif re.search(_SCALE_WORD, b, re.I) and not re.search(_SCALE_WORD, a, re.I) and lo < 1000:
        mult = to_number("1 " + b.split()[-1]) or 1.0
        lo *= mult
    if pc:
        return Figure(s, e, None, lo, hi, "between", "%", "percent")
    if cur:
        return Figure(s, e, None, lo, hi, "between", _currency(cur), "money")
    return Figure(s, e, None, lo, hi, "between", None, "count")


def _duration(m: re.Match[str], text: str, g: dict[str, Any]) -> Figure | None:
    s, e = m.span()
    value = _num(g["dn"])
    if value is None:
        return None
    if "half" in g["dsep"]:
        value += 0.5
    unit = g["du"].lower()
    adjective = g["dsep"].endswith("-") or bool(g["old"]) or bool(g["long"])
    thing = _thing_after(text, e) if adjective else None
    if g["old"] and value < ages.MAX_AGE:
        name = _name_before(text, s)
        if _is_person(thing) or (name and not thing):
            who = thing if thing and thing[:1].isupper() else name
            return Figure(s, e, value, value, value, None, unit, "age", of=who)
        if not thing and m.group(0).lower().endswith("years old"):
            return Figure(s, e, value, value, value, None, unit, "age", of=name or _copula_name(text, s, e))
    if g["dn"].lower() in ("a", "an") and not adjective:
        return None  # "a year" alone is a period, the dates extractor's business
    return Figure(s, e, value, value, value, None, unit, "duration", of=thing)


def _count(m: re.Match[str], text: str, g: dict[str, Any]) -> Figure | None:
    s, e = m.span()
    raw = g["n"]
    if raw.lower() in ("a", "an", "one", "zero") and not (g["pc"] or g["money"] or g["dim"]):
        return None  # "one of the", "a day": too common to be counts
    if raw[-1:].isdigit() and re.match(r"[A-Za-z]", text[e : e + 1]) and not (g["pc"] or g["dim"] or g["money"]):
        return None  # "4G", "13F", "24703m2": codes, not counts
    if re.match(r"0\d", raw):
        return None  # "007", "MS08-078": identifiers, not counts
    value = _num(raw)
    if value is None:
        return None
    if g["sign"]:
        value = -value
    if not raw[:1].isdigit() and not g["pc"] and not g["money"] and not g["dim"]:
        if _PRONOUN_AFTER.match(text, e) and _PRONOUN_BEFORE.search(text, max(0, s - 8), s):
            return None  # "the two disagreed": a pronoun, not a count ("Two died" is a count)
        if (
            raw[:1].isupper()
            and _CAPITAL_AFTER.match(text, e)
            and s > 0
            and not text[max(0, s - 4) : s].rstrip().endswith(".")
        ):
            return None  # "Ocean's Eleven", "the Big Four"
    q = normalise(g["post"])
    low, high = bounds(value, q)
    if g["pc"]:
        unit = "percentage point" if "point" in g["pc"].lower() else "%"
        return Figure(s, e, value, low, high, q, unit, "percent")
    if g["money"]:
        money = g["money"].lower()
        if money == "pounds" and _WEIGHED.search(text, max(0, s - 40), s):
            return Figure(s, e, value, low, high, q, "lb", "measure")  # "weighing 200 pounds"
        return Figure(s, e, value, low, high, q, _money_word(money), "money")
    if g["dim"]:
        return Figure(s, e, value, low, high, q, _dim_unit(g["dim"]), "measure")
    if q is None and raw.isdigit() and _AGE_PREDICATE.search(text, max(0, s - 30), s) and _STOP_AFTER.match(text, e):
        return Figure(s, e, value, value, value, None, "year", "age")  # "He was 75."
    if _is_age(text, s, e) and q is None:
        return Figure(s, e, value, value, value, None, "year", "age", of=_name_before(text, s))
    if q is None and raw.isdigit() and 0 < value < ages.MAX_AGE and (name := _copula_name(text, s, e)):
        return Figure(s, e, value, value, value, None, "year", "age", of=name)  # "Ola Brisk is 29."
    if q is None and (at := ages.fronted(text, s, e)) is not None and _person_at(text, at):
        return Figure(s, e, value, value, value, None, "year", "age")  # "At 45, the chief executive is"
    return Figure(s, e, value, low, high, q, None, "count")


def _currency(symbol: str | None) -> str | None:
    sym = (symbol or "").rstrip(".")
    return {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "Rs": "INR", "C$": "CAD",
            "A$": "AUD", "HK$": "HKD", "NZ$": "NZD", "R$": "BRL"}.get(sym, sym or None)  # fmt: skip


def _money_word(word: str) -> str:
    w = re.sub(r"\s+", " ", word)
    if re.fullmatch(_CODES, w.upper()):
        return w.upper()
    # cents and pence keep the value as written ("34 cents" is 34, unit "cent")
    return {"dollars": "USD", "dollar": "USD", "us dollars": "USD", "cents": "cent", "euros": "EUR", "euro": "EUR",
            "pounds": "GBP", "pounds sterling": "GBP", "pence": "penny", "yen": "JPY", "yuan": "CNY",
            "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "francs": "CHF",
            "pesos": "MXN"}.get(w, w)  # fmt: skip


def _dim_unit(unit: str) -> str:
    u = re.sub(r"\s+", " ", unit.lower())
    table = {"kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km", "mile": "mile",
             "miles": "mile", "metre": "m", "meter": "m", "metres": "m", "meters": "m", "feet": "foot",
             "ft": "foot", "kilogram": "kg", "kilograms": "kg", "tonne": "tonne", "tonnes": "tonne", "ton": "ton",
             "tons": "ton", "lb": "lb", "lbs": "lb", "°c": "degree Celsius", "°f": "degree Fahrenheit",
             "degrees celsius": "degree Celsius", "degrees fahrenheit": "degree Fahrenheit", "degrees": "degree"}  # fmt: skip
    return table.get(u, u.rstrip("s") if u.endswith("s") and not u.endswith("ss") else u)


def _is_age(text: str, s: int, e: int) -> bool:
    """ "Smith, 34," or "Smith (34)" — a number set off (:func:`checker.language.ages.set_off`), or told
    in a relative clause ("Smith, who is 34,": :func:`checker.language.ages.relative_clause`), right
    after a capitalised name, after a role in apposition to one ("Marta Whitcombe, the town librarian,
    52,") or after a role description ("The mayor, 45,")."""
    if not (text[s:e].isdigit() and len(text[s:e]) <= 3 and 0 < int(text[s:e]) < ages.MAX_AGE):
        return False
    if not text[max(0, s - 60) : s].rstrip().endswith(_AGE_LEAD_ENDS):
        return False  # no opening mark or relative clause right before: none of the three can match
    for before in (_AGE_AFTER_NAME, _role_before_age(), _role_description_before_age()):
        m = before.search(text, max(0, s - 60), s)
        if m is not None and ages.stated_after(text, m.end(), s, e):
            return True
    return False


@lru_cache(maxsize=1)
def _role_before_age() -> re.Pattern[str]:
    """A name's role in apposition ending right before an age: "[Name], the town librarian, "."""
    roles = "|".join(sorted(map(re.escape, lexicons.people().role_words()), key=len, reverse=True))
    return re.compile(rf"[A-Z][\w'’-]+,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{roles})(?={ages.LEAD}$)")


@lru_cache(maxsize=1)
def _role_description_before_age() -> re.Pattern[str]:
    """A role description standing for a person named before, right before an age: "The mayor, 45,",
    "Its captain (55)" (an organisation's or a vessel's role holder)."""
    roles = "|".join(sorted(map(re.escape, lexicons.people().role_words()), key=len, reverse=True))
    return re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{roles})(?={ages.LEAD}$)")


def _person_at(text: str, at: int) -> bool:
    """Whether the clause subject at ``at`` (after a fronted age, :func:`checker.language.ages.fronted`)
    is a person: a pronoun, a name (capitalised), or a description with a role of the people lexicon
    ("the chief executive"); not "the company"."""
    return not text.startswith(("the ", "The "), at) or _role_description_at().match(text, at) is not None


@lru_cache(maxsize=1)
def _role_description_at() -> re.Pattern[str]:
    """A role description ("the chief executive", "the club's new coach") where a match starts."""
    roles = "|".join(sorted(map(re.escape, lexicons.people().role_words()), key=len, reverse=True))
    return re.compile(rf"[Tt]he\s+(?:[\w'’-]+\s+){{0,2}}?(?:{roles})\b")


def _is_person(thing: str | None) -> bool:
    if not thing:
        return False
    head = thing.split()[-1]
    return head.lower() in _HUMAN or (head[:1].isupper() and head.lower() not in _NOT_PERSON_HEAD)


_NOT_PERSON_HEAD = frozenset(
    {"war", "conflict", "crisis", "program", "programme", "company", "firm", "state", "regime"}
)


#: a name (up to four capitalised words) right before an age's copula ("Ola Brisk is ", "Ola Brisk, the
#: club's new forward, is ")
_name_then_copula = on_first_use(rf"((?:[A-Z][\w.'’-]+\s+){{0,3}}[A-Z][\w'’-]+)(?={ages.COPULA}$)")


#: how :data:`checker.language.ages.COPULA` ends, spaces left out: its verb or "now"
_COPULA_ENDS = ("is", "was", "turns", "turned", "be", "now")


def _copula_name(text: str, s: int, e: int) -> str | None:
    """The name an age is stated of with a copula ("Ola Brisk is 29." → "Ola Brisk"); see
    :func:`checker.language.ages.stated`."""
    if not (s and text[s - 1].isspace() and text[max(0, s - 100) : s].rstrip().endswith(_COPULA_ENDS)):
        return None  # no copula right before the figure: the name pattern cannot match
    m = _name_then_copula().search(text, max(0, s - 100), s)
    if m is None or not ages.stated(text, m.end(), s, e) or m.group(1).split()[0].lower() in _CAP_OK:
        return None
    return m.group(1)


def _name_before(text: str, s: int) -> str | None:
    m = _NAME_BEFORE.search(text, max(0, s - 80), s)
    if not m:
        return None
    name = m.group(1)
    first = name.split()[0]
    return None if first.lower() in _CAP_OK else name


def _thing_after(text: str, e: int) -> str | None:
    """The noun phrase a compound adjective modifies ("six-year war" → "war")."""
    after = text[e : e + 80]
    stop = _CLAUSE_END.search(after)
    words = after[: stop.start() if stop else len(after)].split()
    out: list[str] = []
    for w in words[:5]:
        lw = w.lower().strip(".")
        if not w[:1].isalpha() or lw in _STOP or lw in _VERBISH or (out and lw.endswith("ed")):
            break
        out.append(w.rstrip("."))
    return " ".join(out) or None


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "i", "him", "her", "them", "us", "me", "one", "ones"})
_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff", "personnel", "troops", "cattle"})


def _noun_phrase(text: str, e: int) -> tuple[str | None, int]:
    """The counted noun after a figure ("275,000 civilians", "hundreds of people") and where its phrase ends."""
    m = _OF_OR_MORE.match(text, e)
    i = m.end() if m else e
    noun = None
    end = i
    for w in _WORD.finditer(text, i, min(len(text), i + 60)):
        gap = text[end : w.start()]
        if gap.strip() or (noun and len(gap) > 1):
            break
        lw = w.group(0).lower()
        if (
            lw in _STOP
            or lw in _VERBISH
            or lw in _PRONOUNS
            or lw.endswith("ly")
            or (noun and lw.endswith(("ed", "ing")))
        ):
            break
        noun, end = w.group(0), w.end()
        if lw in _PLURALS or (lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(lw) > 3):
            break  # a plural is the head: "three men drove", "30 people seriously injured"
    return noun, end


def _measure(text: str, fig: Figure) -> tuple[str | None, list[str], list[str]]:
    """The counted noun, the words of the predicate after it, and the words of the clause before the figure."""
    noun, np_end = _noun_phrase(text, fig.end)
    if noun is None and fig.category in ("count", "ratio", "fraction"):
        return None, [], []
    rest = text[np_end : np_end + 160]
    stop = _CLAUSE_END.search(rest)
    after = [w for w in _WORD.findall(rest[: stop.start() if stop else len(rest)]) if w.lower() not in _NOT_MEASURE]
    head = text[max(0, fig.start - 80) : fig.start]
    starts = [x.end() for x in _CLAUSE_START.finditer(head)]
    before = [w for w in _WORD.findall(head[starts[-1] if starts else 0 :]) if w.lower() not in _NOT_MEASURE]
    return noun, after[:10], before[-3:]


def _describe(text: str, figures: list[Figure]) -> list[Figure]:
    out: list[Figure] = []
    for f in figures:
        if f.category == "ratio" and f.noun:
            # "one household in three cannot afford heating": the noun is inside the figure, the predicate after it
            rest = text[f.end : f.end + 160]
            stop = _CLAUSE_END.search(rest)
            after = [
                w for w in _WORD.findall(rest[: stop.start() if stop else len(rest)]) if w.lower() not in _NOT_MEASURE
            ]
            out.append(_with(f, measures=" ".join([f.noun, *after[:10]])))
            continue
        if f.category in ("count", "percent", "money", "measure", "ratio", "fraction"):
            noun, after, before = _measure(text, f)
            predicate = after
            if noun and not after:
                prev = next((p for p in reversed(out) if p.measures and p.noun), None)
                if prev is not None and _INCLUDING.search(text, max(0, f.start - 30), f.start):
                    # "275,000 civilians are trapped ..., including 100,000 children": the children are trapped too
                    predicate = (prev.measures or "").split()[len((prev.noun or "").split()) :]
                else:
                    # "Russia killed 250 civilians": the event is the verb before the figure
                    predicate = before
            if noun:
                measures: str | None = " ".join([noun, *predicate])
            else:
                # "Brussels pledged €1.2 billion in aid": money and rates measure what the clause around them says
                measures = " ".join([*before, *after[:6]]) or None
            f = _with(f, noun=noun, measures=measures)
        out.append(f)
    return out


_STEM_SUFFIXES = (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_SYNONYMS = {"dead": "kill", "die": "kill", "died": "kill", "death": "kill", "slain": "kill", "wound": "injur",
             "injur": "injur", "hurt": "injur", "kid": "child", "children": "child", "person": "people",
             "civilian": "civilian", "peopl": "people"}  # fmt: skip


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'").removesuffix("'s")
    if w in _SYNONYMS:
        return _SYNONYMS[w]
    for suffix, repl in _STEM_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "trapped" → "trap"
    return _SYNONYMS.get(w, w)


def measure_key(claim: FigureClaim | Figure) -> frozenset[str]:
    """Content-word stems of what a figure counts, for deciding whether two figures are the same quantity."""
    text = " ".join(x for x in (claim.noun, claim.measures, claim.of) if x)
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP and w.lower() not in _NOT_MEASURE)


def extract(article: Article, segments: list[Segment]) -> list[ClaimBase]:
    """Figure claims of every segment, with spans in the file."""
    out: list[ClaimBase] = []
    for seg in segments:
        text = seg.text
        for f in find_figures(text):
            out.append(
                FigureClaim.found_in(
                    article,
                    seg,
                    f.start,
                    f.end,
                    "figures",
                    value=f.value,
                    low=f.low,
                    high=f.high,
                    qualifier=f.qualifier,
                    unit=f.unit,
                    category=f.category,
                    noun=f.noun,
                    measures=f.measures,
                    vague=f.vague,
                    of=f.of,
                    against=f.against,
                )
            )
    return out


@hookimpl
def claimcheck_extract_claims(article: Article, segments: list[Segment], config: Config) -> list[ClaimBase]:
    return extract(article, segments)


__all__ = ["ORDINALS", "Figure", "extract", "find_figures", "measure_key"]

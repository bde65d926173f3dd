"""Personal names: titles and roles, normalised keys, and whether two spellings name the same person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from checker import datafiles
from checker.language import ages, edits, frame_lexicons, lexicons
from checker.language.lazy_patterns import on_first_use

#: a tree of letters: each letter → the tree of the letters that may follow it ("" → {}: a word ends)
_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (literal strings), as their alternation
    longest first does ("police chief" tried before "police"), written as a tree of their letters
    (``(?:ch(?:ief|air)|...)``): Python's matcher tries the branches of an alternation one by one,
    and a tree has a few branches at each letter where a flat list of hundreds of words has them
    all at the first. Of two words one of which starts the other, the longer is tried first."""
    root: _Trie = {}
    for w in sorted(words):  # one pattern text whatever the words' order (the regex cache keeps it)
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        # the longer words through this letter first, the word ending here (an empty branch) last
        parts = [re.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if "" in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root) if root else "(?!)"


#: Titles and roles that precede a name (``data/people.yaml``); longest first so "Secretary of State" beats "Secretary".
TITLES = sorted({t.form for t in lexicons.people().titles}, key=lexicons.longest_first)
#: Name particles inside a surname ("de la Cruz", "van der Berg", "al-Assad"; ``data/names.yaml``):
#: a name's key leaves them out, as house styles that drop them do ("Bashar Assad")
PARTICLES = set(lexicons.name_forms().particles) | {"al-", "el-"}
#: Capitalised words that are not parts of personal names (``data/markers.yaml``: organisations, places, demonyms, months).
NOT_NAMES = (
    set(lexicons.markers().not_name_words)
    | set(lexicons.markers().organisation_suffixes)
    | set(lexicons.markers().sentence_openers)
)
#: pronouns that may stand for a person (``data/pronouns.yaml``)
PRONOUNS = {p.word for p in lexicons.pronouns().values() if p.case != "possessive"}
#: heads of state and government: what "the Russian strongman" or "the leader" most likely refers to
HEAD_TITLES = tuple(sorted({t.role for t in lexicons.people().titles if t.head and t.role}))

#: the capital and small letters names are written with, as character-class bodies: ASCII, the Latin
#: letters of Latin-1 and Latin Extended-A and -B ("Zielińska", "Łukasz", "Şahin", "Ólafur") and the
#: small letters of Latin Extended Additional ("Nguyễn"): a name cut at its first such letter ("Kasia
#: Zieli") was another person than the same name in full
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = (
    "a-z"
    + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
    + "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.islower())
)
#: a Korean given name in English: two syllables and a hyphen, the second in lower case ("Ji-hoon",
#: "Seung-min": a syllable is up to five letters)
_HYPHENATED_GIVEN = re.compile(rf"[{UPPER}][{LOWER}]{{1,4}}-[{LOWER}]{{2,5}}")
#: a capitalised name word; "McDonald", "LaHood", "O'Leary" and "Quintero-Diaz" are one word each
_TOKEN = (
    rf"(?:[{UPPER}][{LOWER}]{{1,2}}-[{LOWER}]+\b"  # "Ki-moon"
    rf"|[{UPPER}][{LOWER}'’]+(?:[{UPPER}][{LOWER}'’]+)?(?:-[{UPPER}][{LOWER}'’]+)?)"
)
#: a name word after its capital letter (:data:`_TOKEN` is ``[UPPER]`` and this)
_TOKEN_REST = rf"(?:[{LOWER}]{{1,2}}-[{LOWER}]+\b|[{LOWER}'’]+(?:[{UPPER}][{LOWER}'’]+)?(?:-[{UPPER}][{LOWER}'’]+)?)"
#: one or more particles before a surname's last word, lower case or capitalised ("de la ", "De la ",
#: "van der ", "al-"); a particle of ``lower_only`` only in lower case ("Al Gore" has none)
_PARTICLE_WORDS = sorted(
    {p for p in lexicons.name_forms().particles}
    | {p.capitalize() for p in lexicons.name_forms().particles - lexicons.name_forms().lower_only},
    key=lambda w: (-len(w), w),
)
_PARTICLE = rf"(?:al-|el-|(?:{alternation(_PARTICLE_WORDS)}\s+)+)"
_FULL_NAME = rf"\b{_TOKEN}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN}){{1,3}}\b"
if TYPE_CHECKING:
    #: a full personal name: two to four capitalised tokens, particles and middle initials allowed
    FULL_NAME: re.Pattern[str]
    #: a title with an optional organisation or nationality before it ("State Department Spokesperson")
    TITLED: re.Pattern[str]
else:

    def __getattr__(name: str) -> Any:
        # ``FULL_NAME`` and ``TITLED`` are compiled when first asked for (programs of 2,500 and 10,000
        # words; claimcheck's own code uses neither): a run does not pay for them at import
        if name == "FULL_NAME":
            value = globals()[name] = re.compile(_FULL_NAME)
            return value
        if name == "TITLED":
            value = globals()[name] = re.compile(
                rf"(?P<title>(?:(?:[A-Z][a-z]+|U\.S\.|U\.N\.)\s+){{0,3}}(?:{'|'.join(map(re.escape, TITLES))}))"
                rf"\s+(?P<name>{_FULL_NAME})"
            )
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: a run of capitalised words (with particles and middle initials): where personal names are looked for
# (Both open with their capital letter, the lookbehind after it: the matcher then skips from capital to
# capital in its fast loop instead of trying the lookbehind at every character.)
_RUN = re.compile(rf"[{UPPER}](?<![\w’'-][{UPPER}]){_TOKEN_REST}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN})+")
_RUN_WORD = re.compile(rf"(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN}")
_TOKEN_RE = re.compile(_TOKEN)
#: a lower-case particle (and a space) at a word's start: after a capitalised one, it makes that one
#: a particle too ("Van der Merwe": Van is no given name there)
_LOWER_PARTICLE_START = re.compile(rf"{alternation(lexicons.name_forms().particles)}\s")
#: particles that stay particles capitalised ("De la Cruz said"; not "El Paso", "Al Gore")
_CAPITAL_PARTICLES = lexicons.name_forms().particles - lexicons.name_forms().lower_only
#: a surname after one or two initials standing for the given names ("A. J. Smith", "T.J. DiLeo"),
#: not inside a longer capitalised run
_INITIALS_NAME = re.compile(
    rf"(?P<i>[A-Z](?<![\w’'.-][A-Z])\.\s?(?:[A-Z]\.\s?)?)(?P<s>{_TOKEN})(?![\w’'-])(?!\s+[A-Z][a-z])"
)
#: initials that abbreviate a place or body, not a person's given names ("U.S. Army", "D.C. Council")
#: a capitalised word right before initials: a middle initial ("Bryant A. Dalton"), or after a comma
#: a state or province ("Bountiful, B.C. Police")
#: a participle or adverb that opens a sentence before a name ("Choosing Arlov", "Ironically Vey")
_OPENER_ENDS = tuple(
    e + nl for e in ("ing", "ally", "ously", "edly", "ately", "fully", "ively", "ently", "antly") for nl in ("", "\n")
)
#: a capitalised agent noun ("Beekeeper", "Archivist", "Custodian"): a job word, not a given name,
#: when it opens a run of three capitalised words
_AGENT_NOUN = re.compile(r"^[A-Z][a-z]{3,}(?:keeper|maker|master|er|or|ist|ian|ant|ent|eer)$")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'-]*,?\s+$")
_PLACE_INITIALS = {"U.S.", "U.N.", "U.K.", "E.U.", "D.C.", "L.A.", "N.Y.", "S.F."}
_TITLE_LOWER = {t.lower() for t in TITLES}
_TITLE_SET = set(TITLES)
_TITLE_WORDS = {w for t in _TITLE_LOWER for w in t.split()}
#: the last words of the titles ("minister" of "foreign minister")
_TITLE_ENDS = {t.split()[-1] for t in _TITLE_LOWER if t.split()}
_PREFIX_WORD = re.compile(r"(?:[A-Z][a-z]+|U\.S\.|U\.N\.|U\.K\.|EU)$")
_POSSESSIVE = re.compile(r"[’']s$")
#: what a text must end with for :data:`_POSSESSIVE` to match ("$" also matches before a last newline)
_POSSESSIVE_ENDS = ("'s", "’s", "'s\n", "’s\n")


def _unpossessive(word: str) -> str:
    """``word`` without a possessive ending ("Okafor's" → "Okafor"): :data:`_POSSESSIVE` removed, the
    pattern run only on a word that ends as it needs (most words do not)."""
    return _POSSESSIVE.sub("", word) if word.endswith(_POSSESSIVE_ENDS) else word


def strip_accents(text: str) -> str:
    if text.isascii():
        return text  # nothing to decompose (asked for every capitalised word of a story's articles)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """A name's tokens without particles, initials or punctuation, lowercased and unaccented."""
    return list(_tokens(name))


def family_first(words: Sequence[str]) -> bool:
    """Whether a name of two words is written family name first, as Korean names are in English news:
    its second word a given name of two syllables joined by a hyphen, the second in lower case
    ("Park Ji-hoon", "Ban Ki-moon", "Yoon Seo-jin"). Its family name is then the first word: "Park
    said", "Ban said" refer back to it."""
    return len(words) == 2 and "-" not in words[0] and _HYPHENATED_GIVEN.fullmatch(words[1]) is not None


def given_surname_order(name: str) -> str:
    """The name with its family name last ("Park Ji-hoon" → "Ji-hoon Park"), for the functions that
    read a surname as a name's last word; any other name as it is."""
    if "-" not in name:
        return name  # most names: no hyphen, no Korean given name (asked for every mention)
    words = name.split()
    return f"{words[1]} {words[0]}" if family_first(words) else name


@lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    name = given_surname_order(name)
    parts = []
    for raw in strip_accents(name).replace("’", "'").split():
        for part in raw.split("-") if raw.lower().startswith(("al-", "el-")) else [raw]:
            t = part.strip(".,'").lower()
            if t and not (len(t) == 1 and t.isalpha()):
                parts.append(t)
    # a particle is left out before the surname's last word, not as it ("Nandita Das")
    out = [t for k, t in enumerate(parts) if t not in PARTICLES or k == len(parts) - 1]
    if len(out) >= 2:
        # a compound given name is one name form written with a hyphen or a space ("Anne-Marie" /
        # "Anne Marie", "Jean-Luc" / "Jean Luc"): the given names' parts, the surname kept whole
        # ("Okonjo-Iweala")
        out = [p for t in out[:-1] for p in t.split("-") if p] + out[-1:]
    return tuple(out)


def name_key(name: str) -> str:
    """A spelling-insensitive key: "Bashar al-Assad", "Bashar Assad" and "BASHAR AL ASSAD" agree."""
    return " ".join(tokens(name))


def surname(name: str) -> str:
    toks = tokens(name)
    return toks[-1] if toks else ""


_FOLD_RULES = (
    (re.compile(r"([bcdfgjklmnpqrstvwxz])h"), r"\1"),  # kh/dh/th/sh/gh: one Latin letter or two
    (re.compile(r"[qgk]|ck|c(?=[aou])"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"ou|oo"), "u"),
    (re.compile(r"ee|ei|ie"), "i"),
)
_VOWEL_RUN = re.compile(r"[aeiou]+")
_CLOSE_VOWELS = {frozenset("ae"), frozenset("ei"), frozenset("ou"), frozenset("ai")}


@lru_cache(maxsize=16384)  # a story's name tokens are few and compared pairwise: fold each once
def _fold(token: str) -> str:
    t = token
    for pattern, repl in _FOLD_RULES:
        t = pattern.sub(repl, t)
    return t


@lru_cache(maxsize=65536)  # pairs of a big story's tokens overflow a small cache on every pass
def _transliterations(a: str, b: str) -> bool:
    """Whether two name tokens read as one name romanised twice ("Gaddafi"/"Qadhafi", "Sergei"/"Sergey")."""
    if a == b:
        return True
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return True
    skel_a, skel_b = _VOWEL_RUN.sub("", fa), _VOWEL_RUN.sub("", fb)
    if skel_a != skel_b or len(skel_a) < 2:
        return False
    va, vb = _VOWEL_RUN.findall(fa), _VOWEL_RUN.findall(fb)
    if len(va) != len(vb) or (fa[0] in "aeiou") != (fb[0] in "aeiou"):
        return False
    return all(x[0] == y[0] or frozenset((x[0], y[0])) in _CLOSE_VOWELS for x, y in zip(va, vb, strict=True))


@lru_cache(maxsize=65536)
def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person: particles, middle initials and romanisation aside.

    "Bashar Assad" / "Bashar al-Assad", "George W. Bush" / "George Bush", "Muammar Gaddafi" /
    "Moammar Qadhafi", and a surname alone against a full name ("Kirby" / "John Kirby") all agree.
    """
    ka, kb = _tokens(a), _tokens(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if not _transliterations(ka[-1], kb[-1]):
        return False
    if len(ka) == 1 or len(kb) == 1:
        return True
    fa, fb = ka[0], kb[0]
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if "".join(ka[:-1]) == "".join(kb[:-1]):
        return True  # "Annemarie O'Neill" / "Anne Marie O'Neill": a compound given name written as one word
    if len(ka) > 2 and len(kb) > 2 and not _middles_agree(ka[1:-1], kb[1:-1]):
        return False  # other second given names: "Mary-Kate Dunleavy" and "Mary Ann Dunleavy" are two people
    return _transliterations(fa, fb)


def _middles_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether the given names after the first of two names agree: each of the fewer is among the
    others ("Hillary Rodham Clinton" / "Hillary Diane Rodham Clinton"); "Kate" and "Ann" do not."""
    fewer, more = sorted((a, b), key=len)
    return all(any(_transliterations(x, y) for y in more) for x in fewer)


@lru_cache(maxsize=4096)  # asked for each full name found, and an article names its people again and again
def is_name(candidate: str) -> bool:
    """A capitalised sequence that reads as a personal name rather than an organisation or place.
    A middle initial is no word of its own ("Rabie A. Atti": "A" is an article among the markers)."""
    words = [w for w in candidate.split() if not _INITIAL.fullmatch(w)]
    return len(words) >= 2 and not _any_marker_word(words)


_INITIAL = re.compile(r"[A-Z]\.")


def _any_marker_word(words: list[str]) -> bool:
    return any(w in NOT_NAMES or w.rstrip(".,'’s") in NOT_NAMES or _unpossessive(w) in NOT_NAMES for w in words)


def _title_before(text: str, at: int, lead: list[str]) -> tuple[int, str] | None:
    """The title or role right before a name ("Secretary of State", "State Department spokesman")."""
    window = text[max(0, at - 60) : at]
    cut = max(map(window.rfind, ',;:()“”"'))
    words = window[cut + 1 :].split()
    words = words[: len(words) - len(lead)] + lead if lead else words
    if not words or words[-1].lower() not in _TITLE_ENDS:
        return None  # every title ends in one of a few words (most words before a name are none)
    core = 0
    for k in (1, 2, 3):
        written = " ".join(words[-k:])
        # "MS Grace Harper" is a ship (a vessel prefix), not "Ms": capitals only as the lexicon writes them ("CEO")
        if (
            k <= len(words)
            and written.lower() in _TITLE_LOWER
            and not (written.isupper() and written not in _TITLE_SET)
        ):
            core = k
    if not core:
        return None
    n = core
    while n < len(words) and n < core + 3 and _PREFIX_WORD.match(words[-n - 1]) and words[-n - 1] not in ("The", "A"):
        n += 1
    title = " ".join(words[-n:])
    return at - len(" ".join(words[-n:])) - 1, title


def people_in(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, full name, title) of every full personal name in a string, titled or not.

    Rule-based: a run of capitalised words loses leading title and organisation words ("Syrian
    President", "State Department Spokesperson") and must leave two to four name words none of which
    names a place, an organisation or a weekday. No statistical model: see libraries.md §4.
    """
    out: list[tuple[int, int, str, str | None]] = []
    for m in _RUN.finditer(text):
        base = m.start()
        # the run's first word as a word of its own ("Van Morrison", "De la Cruz said"), the others
        # with the particles and initials before them ("Jose Maria De la Cruz" → Jose, Maria, Cruz)
        run = m.group(0)
        spans = [(w.start(), w.end()) for w in _RUN_WORD.finditer(run)]
        if spans and " " in run[spans[0][0] : spans[0][1]]:
            # the first word took a capitalised particle for its own ("De la Cruz"): read it alone
            first = _TOKEN_RE.match(run)
            head = first.end() if first is not None else 0
            spans = ([(0, head)] if head else []) + [(w.start(), w.end()) for w in _RUN_WORD.finditer(run, head)]
        # the word itself, without an initial or particle before it ("W. Bush" -> "Bush")
        words = [text[base + s : base + e].rsplit(None, 1)[-1] for s, e in spans]
        j = len(words)
        while j > 0 and words[j - 1] in _TIME_WORDS:
            j -= 1  # "Kerry Monday"
        place_surname = False
        if j and words[j - 1] in NOT_NAMES:
            place_surname = (
                j >= 2
                and words[j - 1] in lexicons.markers().place_surnames
                and place_word_person(text, base + spans[j - 2][0], base + spans[j - 1][1])
            )
            if not place_surname:
                continue  # ends in an organisation or place word: "Coastal Resilience Institute"
        # the name starts after the last title, place or organisation word ("Former President George W. Bush");
        # its last word may be a title word used as a surname ("Billy King", "Tishana King")
        i = j - 1
        while i > 0 and words[i - 1] not in _NOT_NAME_OR_TITLE:
            i -= 1
        if (
            i > 0
            and words[i - 1] in _GIVEN_NAME_TITLES
            and title_is_given_name(text, base + spans[i - 1][0], words[i:j], base + spans[j - 1][1])
        ):
            i -= 1  # "Dean Marlow, 44, a plumber": Dean is his given name
        owners = [k for k in range(i, j - 1) if words[k].endswith(_POSSESSIVE_ENDS)]
        if owners and j - owners[-1] - 1 >= 2:
            i = owners[-1] + 1  # "The Boston Herald's Michael Silverman": the name after the owner
        if words[i].endswith(_OPENER_ENDS) and words[i].lower() not in lexicons.given_names():
            i += 1  # a sentence-opening participle or adverb, not a given name: "Choosing Arlov", "Ironically Vey"
        elif j - i >= 3 and _AGENT_NOUN.search(words[i]) and words[i].lower() not in lexicons.given_names():
            i += 1  # a job word the lexicon lacks, capitalised before a name: "Beekeeper Dana Whitcombe"
        elif (
            j - i >= 3
            and _title_word_before_given(words[i], words[i + 1])
            # not when what stands before makes the whole run a place's or a body's ("at Taunton
            # Deane Magistrates"): the run keeps that context
            and not lexicons.markers().not_person_before.search(
                text, max(0, base + spans[i][0] - 40), base + spans[i][0]
            )
        ):
            # "Bosun Agnes Moyo", a headline's "Named Ivo Brandt": no given name. Not taken for the
            # name's title (a title makes a name a person's whatever follows, "Intel Ivy Bridge")
            i += 1
        elif j - i >= 3 and "-" in words[i] and _former_title_word(words[i]):
            i += 1  # "Ex-governor Aleki Vainikolo": a past holder's role, no given name
        elif words[i].lower() in _CAPITAL_PARTICLES and (
            words[i].lower() not in lexicons.given_names()
            or (i + 1 < j and _LOWER_PARTICLE_START.match(text, base + spans[i + 1][0]) is not None)
        ):
            i += 1  # a surname's particle opening the run ("De la Cruz said", "Van der Merwe said"): no given name
        # "Koh Dong-won": the run stopped at the hyphen of a long first syllable, after a Korean family name
        long_given = (
            _LONG_SYLLABLE_GIVEN.match(text, base + spans[j - 1][0])
            if j >= 2 and j - i <= 2 and words[j - 2] in _KOREAN_FAMILY
            else None
        )
        family = (
            j - i == 1
            and i > 0
            and (family_first(words[i - 1 : j]) or long_given is not None)
            and words[i - 1] not in _TITLE_SET
        )
        if family:
            i -= 1  # "Park Ji-hoon": a family name first, though "Park" is a place word elsewhere
        if j - i < 2:
            continue
        if j - i > 4 or any(w.endswith(_POSSESSIVE_ENDS) for w in words[i : j - 1]):
            continue  # "Dow Jones Industrial Average Index", "Japan's Nikkei": not a personal name
        if words[i] in PLACE_PREFIXES or (i and words[i - 1] in PLACE_PREFIXES):
            continue  # "Cape Ruskin", "Hurricane Dana", "Port Elwyn"
        if _organisation(words[:j]):
            continue  # "Goldman Sachs", "Lady Margaret Hall": a well-known organisation, titled or not
        start, end = base + spans[i][0], base + spans[j - 1][1]
        if long_given is not None and j - i == 2:
            end, family = long_given.end(), True
        name = _unpossessive(text[start:end])
        if not (family or is_name(name) or (place_surname and not _any_marker_word(name.split()[:-1]))):
            continue
        found = _title_before(text, start, words[:i])
        out.append((start, start + len(name), name, found[1] if found else None))
    runs = [(s, e) for s, e, *_ in out]
    for m in _INITIALS_NAME.finditer(text):
        if any(s <= m.start() < e for s, e in runs) or _CAPITAL_BEFORE.search(text, 0, m.start()):
            continue  # a middle initial of a longer name: "George W. Bush", "Bryant A. Dalton"
        surname_word = m.group("s")
        if m.group("i").replace(" ", "") in _PLACE_INITIALS or surname_word in _NOT_NAME_OR_TITLE:
            continue
        if surname_word in _TIME_WORDS or not m.group("i").strip().endswith("."):
            continue
        found = _title_before(text, m.start(), [])
        out.append((m.start(), m.end(), m.group(0), found[1] if found else None))
    out.sort(key=lambda x: x[0])
    return out


#: Korean family names (``names.yaml`` ``korean_family_names``)
_KOREAN_FAMILY = lexicons.name_forms().korean_family_names
#: a Korean given name whose first syllable is longer than a name word's run allows ("Dong-won", "Seung-min")
_LONG_SYLLABLE_GIVEN = re.compile(rf"[{UPPER}][{LOWER}]{{3,4}}-[{LOWER}]{{2,5}}\b(?!-)")
#: titles that are also given names ("Dean", "Judge") → the reading taken when nothing says which
_GIVEN_NAME_TITLES = lexicons.people().given_name_titles
#: "the" right before a word ("the Dean, Ngozi Okafor", "The Very Rev Canon Tamblyn")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def title_is_given_name(text: str, at: int, rest: Sequence[str], end: int) -> bool:
    """Whether a title that is also a given name (``people.yaml`` ``given_name_titles``: "Dean",
    "Judge", "Canon") written at ``text[at:]`` before the name words ``rest`` (ending at ``end``) is
    the person's given name rather than a title.

    A title: after "the" or a style (``title_styles``: "the Very Rev Canon
    Tamblyn", "Revd Dean Okafor"; not an office of its own: "club President Dean Spanos"); before
    two name words, a given name and a surname ("Canon Rupert Tamblyn", "Dean Ngozi Adeyemi"); or
    with an apposition naming its office ("Dean Okafor, the dean of Lenwick,"). Else the lexicon's
    reading for the word decides: a word read as a given name ("Dean Marlow said") is one; a word
    read as a title is a given name only with an age and an occupation set off after the name
    ("Judge Hollins, 27, a bricklayer,"; not "Judge Brandt, a Clinton appointee," nor "Judge Brandt,
    61, a former prosecutor," nor an office: "Canon Tamblyn, 61, the cathedral's treasurer,").
    """
    word = text[at:].split(None, 1)[0]
    before = text[max(0, at - 24) : at].split()
    if before and before[-1] in lexicons.people().title_styles:
        return False
    if _THE_BEFORE.search(text, max(0, at - 5), at):
        return False
    if len(rest) >= 2:
        return False  # "Dean Ngozi Adeyemi": a given name and a surname after the title
    if re.match(rf",\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){{0,2}}?{re.escape(word)}\b", text[end : end + 60], re.I):
        return False  # "Dean Okafor, dean of the law school,": the apposition names the title itself
    found = role_apposition(text, end)
    if found is not None and found[2] == title_role(word):
        return False  # "Dean Okafor, the associate dean,"
    if _GIVEN_NAME_TITLES.get(word) == "given":
        return True  # "Dean Marlow said": a given name unless something above says title
    # A word mostly a title is a given name with an age and an occupation said with "a" ("Judge
    # Hollins, 27, a bricklayer,"): not an age alone ("Judge Brandt, 61,"), not a description without
    # an age ("Judge Brandt, a Clinton appointee,", "Major Hale, a decorated officer,"), not a past
    # career ("Judge Brandt, 61, a former prosecutor,"), not an office said with "the" ("Canon
    # Tamblyn, 61, the cathedral's treasurer,") nor a role fitting most others ("Major Hale, 34, an officer,")
    if not _AGED_OCCUPATION.match(text, end):
        return False
    if found is not None:
        return not is_generic_role(found[2])
    return learned_role(text, at, end) is not None


#: an age, then an occupation said with "a" or "an" that is no past career (", 44, a plumber")
_AGED_OCCUPATION = re.compile(r",\s+\d{1,3},\s+an?\s+(?!(?:former|retired|one-time|onetime|ex)\b)")


def known_given_name(word: str) -> bool:
    """Whether a word is a given name the data knows, of either gender or both
    (``data/given_names.tsv``, ``data/given_names_any.txt``: names seen at least 2,000 times)."""
    low = strip_accents(word).lower()
    return low in lexicons.given_names() or low in lexicons.given_names_any()


def _title_word_before_given(word: str, following: str) -> bool:
    """Whether a capitalised word opening a run of three or more is a title, role or other word the
    lexicon lacks ("Bosun Agnes Moyo", "Sacristan Bernadette Kilroy", a headline's "Named Ivo Brandt")
    rather than a given name: no given name the data knows (:func:`known_given_name`), no particle,
    right before a word that is one ("Agnes"), or a given name that is a person noun by its ending
    before a given name of the other gender ("Baker Brenda Tregarthen"). A rare given name before a
    middle name ("Arcade Joseph Comeaux") is read as a title: the data cannot tell it from one."""
    if not (known_given_name(following) and word.lower() not in PARTICLES and word[1:].islower() and len(word) >= 4):
        return False
    if not known_given_name(word):
        return True
    # a given name that is also a person noun by its ending, before a given name of the other
    # gender ("Baker Brenda Tregarthen", "Porter Ines Varga"): an occupation, for a first and a
    # middle name seldom differ in gender ("Hunter James Smith" keeps both)
    given = lexicons.given_names()
    a, b = given.get(word.lower()), given.get(following.lower())
    return word.lower().endswith(tuple(lexicons.people().role_endings)) and a is not None and b is not None and a != b


_TIME_WORDS = set(lexicons.markers().time_words)
#: words before a proper name that make it a place or an event, not a person
PLACE_PREFIXES = set(lexicons.markers().place_prefixes)
_HONORIFICS = {t.form for t in lexicons.people().titles if t.cls == "honorific" or t.form.endswith(".")}


def _organisation(words: list[str]) -> bool:
    """Whether a run of capitalised words ends in a well-known organisation's whole name (``markers.yaml``
    ``organisations``: "Goldman Sachs", "Lady Margaret Hall"); "Ellen Sachs" does not."""
    if not words:
        return False
    last = _unpossessive(words[-1])
    if last not in _organisation_ends():
        return False  # no listed name of two words or more ends in this word
    listed = lexicons.markers().organisations
    tail = [*words[:-1], last]
    return any(" ".join(tail[k:]) in listed for k in range(max(0, len(tail) - 4), len(tail) - 1))


@lru_cache(maxsize=1)
def _organisation_ends() -> frozenset[str]:
    """The last words of the organisations of ``markers.yaml`` written in two words or more."""
    return frozenset(o.split()[-1] for o in lexicons.markers().organisations if len(o.split()) >= 2)


def is_titled_surname(text: str) -> bool:
    """A title or honorific and a capitalised surname: "Mr. Baptiste", "President Putin", "Foreign Minister Lavrov"."""
    words = text.split()
    if len(words) < 2 or not words[-1][:1].isupper() or _unpossessive(words[-1]) in NOT_NAMES:
        return False
    title = " ".join(words[:-1])
    return title in _HONORIFICS or (title[:1].isupper() and title.lower() in _TITLE_LOWER)


_TITLE_CAPS = {w[:1].upper() + w[1:] for t in TITLES for w in t.split()} | {"of"}
#: the words of plural kinship nouns ("Sisters Dana Whitcombe and …"): they stand before a name, never in it
_KIN_GROUP_CAPS = {w.capitalize() for c in lexicons.people().kin_groups for w in c.split() if w != "and"}
_NOT_NAME_OR_TITLE = NOT_NAMES | _TITLE_CAPS | _KIN_GROUP_CAPS


def not_a_person(text: str, start: int, end: int) -> bool:
    """Whether the capitalised name at ``text[start:end]`` is a place, publication or organisation.

    "Willow Creek" (a place suffix), "Vanity Fair" (an outlet word), "in Ashby Dale", "the Marrow
    Trust", "Ashby Dale residents": the markers of ``data/markers.yaml``.
    """
    mark = lexicons.markers()
    words = text[start:end].split()
    if not words:
        return False
    last = _unpossessive(words[-1])
    if len(words) > 1 and last in mark.outlet_words:
        return True
    if len(words) > 1 and last in mark.place_only_suffixes:
        return True  # "Carter Falls will receive £2m": no one's surname, whatever the first word
    if len(words) > 1 and last in mark.place_suffixes and not place_word_person(text, start, end):
        return True
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return bool(
        vessel_before(text, start)
        or vessel_after(text, end)
        or mark.not_person_before.search(before)
        or mark.not_person_after.search(after)
        or mark.place_before.search(before)
        or mark.place_after.search(after)
        # "Radnik Kragujevac have named …": a sentence's subject in the plural; inside a sentence the
        # plural verb may be a list's ("Tom Roe and Ana Poe are", "48-year-old Ana Poe were killed").
        # A name of one word is left to the subject-verb reading of a surname ("Whitcomb have")
        or (
            len(words) > 1
            and mark.plural_subject_after.search(after) is not None
            and SENTENCE_OPENS.search(before) is not None
        )
    )


#: the opening of a sentence or paragraph where a text ends (right before a name or a description)
SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”’)]*\s+|\n\s*)$")


@lru_cache(maxsize=1)
def _towards() -> re.Pattern[str]:
    """A preposition or verb of motion or location right before a name (``markers.yaml``
    ``towards_words``): a place's ("returns to Willow Creek", "Flood water reached Willow Creek")."""
    # a tree of the words' letters (:func:`alternation`, the same text in every process, so the regex
    # cache keeps it): at most one word can end a text, whatever the order
    words = lexicons.markers().towards_words
    return re.compile(rf"\b(?:{alternation(words) if words else ''})\s+$", re.I)


def _place_headed(text: str, start: int, end: int) -> bool:
    """Whether a name of two or more words ends in a place word ("Willow Creek", "Grace Church")."""
    words = text[start:end].split()
    mark = lexicons.markers()
    last = _unpossessive(words[-1]) if words else ""
    return len(words) > 1 and (last in mark.place_suffixes or last in mark.place_surnames)


def place_word_person(text: str, start: int, end: int) -> bool:
    """Whether a name ending in a place word that is also a surname ("Rachel Marsh", "Ann Park",
    "Tom Wells") is a person's: a title or role stands right before it ("Council treasurer Rachel
    Marsh"), its first word is a known given name, or it is the subject of a speech verb. A place
    context ("in Ashby Marsh", "Ashby Marsh residents") still makes it a place (:func:`not_a_person`)."""
    mark = lexicons.markers()
    if mark.not_person_before.search(text[max(0, start - 40) : start]) or mark.place_before.search(
        text[max(0, start - 20) : start]
    ):
        return False
    words = text[start:end].split()
    if len(words) < 2 or words[0] in NOT_NAMES or words[0] in PLACE_PREFIXES:
        return False
    if _title_before(text, start, []) is not None:
        return True
    if words[0].lower() in lexicons.given_names() and not _towards().search(text[max(0, start - 16) : start]):
        return True  # "Rachel Marsh presented …", not "the festival returns to Willow Creek"
    if ages.set_off_after(text, end):
        return True  # "Ollie Green, 24, scored": an age set off after a name is a person's
    sp = lexicons.speech()
    m = re.match(r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b", text[end : end + 30])
    if m and m.group(1) in sp.verbs:
        return True  # "Ashby Marsh said"
    # "…, said Ashby Marsh." (not "She said Ashby Marsh would vote": the place is the clause's subject)
    return bool(re.match(r"\s*[.,;]", text[end : end + 3])) and bool(
        _speech_before(sp).search(text[max(0, start - 30) : start].lower())
    )


def vessel_before(text: str, start: int) -> bool:
    """Whether a vessel prefix ("MV", "HMS") or a vessel noun ("the ship", "the ferry") stands right
    before ``text[start:]`` (``data/names.yaml``): the name there is a ship's or boat's."""
    forms = lexicons.name_forms()
    words = text[max(0, start - 24) : start].split()
    if not words or not text[:start].endswith((" ", "\n")):
        return False
    if words[-1] in forms.vessel_prefixes:
        return True
    if words[-1] in forms.the_vessel_prefixes:
        # "the SS Arvonia", "the liner SS Arvonia"; not "AAA SS Brandon Wood", a shortstop
        return len(words) > 1 and (words[-2].lower() == "the" or words[-2].lower() in forms.vessel_nouns)
    if words[-1].lower() not in forms.vessel_nouns or not words[-1].islower():
        return False
    # "the plane Kobe Ward was travelling in": the name is a relative clause's subject, a person's
    end = _RUN_AT.match(text, start)
    return end is None or not forms.not_vessel_after.match(text[end.end() : end.end() + 40])


#: the capitalised words of a name from where it starts ("Orla Star" of "Orla Star was towed")
_RUN_AT = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


#: one or more particles (each with the space after it) ending a text: what stands before a surname's last word
_particles_before = on_first_use(rf"(?<![\w’'-]){_PARTICLE}$")


def particles_before(text: str, start: int) -> int:
    """Where the particles written right before the word at ``start`` begin ("de la " or "De la "
    of "de la Cruz"; ``data/names.yaml``), or ``start`` when none is."""
    if start == 0 or not text[start - 1].isspace():
        return start
    m = _particles_before().search(text, max(0, start - 20), start)
    return start if m is None else m.start()


def vessel_after(text: str, end: int) -> bool:
    """Whether an apposition whose head is a vessel noun follows a name ("Orla Star, a 90-metre
    ferry registered in Cyprus,", "Blue Heron, the island's ferry."); not one where the noun only
    modifies another ("Ines Ferrante, a ferry captain")."""
    m = _VESSEL_APPOSITION.match(text, end, end + 80)
    return m is not None and m.group(1).lower() in lexicons.name_forms().vessel_nouns


#: ", a/the (up to three words) NOUN" ending the apposition or going on with what a vessel's does
_VESSEL_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)(?=\s*[,.;:)]|\s+(?:of|from|with|that|which|registered|owned|operated|"
    r"carrying|bound|built|flying|chartered|run|due)\b)"
)


def used_as_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written here as a place ("in Banda Tirta", "Bener
    Lasi district") or a vessel ("MV Orla Star", "the ferry Blue Heron"), so that it is one wherever
    else the article writes it; a possessive ("in Mara Quist's office") is a person's."""
    mark = lexicons.markers()
    if vessel_before(text, start) or vessel_after(text, end):
        return True
    if _POSSESSIVE.search(text[start:end]) or text.startswith(("'s", "’s"), end):
        return False
    if mark.place_after.search(text[end : end + 60]) or mark.place_before.search(text[max(0, start - 20) : start]):
        return True
    # "Flood water reached Willow Creek": a motion or location word before a name ending in a place word
    return _place_headed(text, start, end) and bool(_towards().search(text[max(0, start - 16) : start]))


def named_as_place(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written here as a vessel's or a place's surely enough
    to be no person in any article of the story (:func:`used_as_place` is for the article itself):
    a vessel prefix or noun, or a vessel apposition ("the ferry MV Morwenna Star", "Orla Star, a
    90-metre ferry"), a place noun after it ("Bener Lasi district"), a motion word before a name
    ending in a place word ("reached Willow Creek"), or a locative preposition before a name whose
    first word is no given name ("in Banda Tirta"; not "a prize in Elton Brand", "in Suzanne
    Collins' trilogy", where the preposition belongs to something else)."""
    if not used_as_place(text, start, end):
        return False
    if vessel_before(text, start) or vessel_after(text, end):
        return True
    if lexicons.markers().place_after.search(text[end : end + 60]):
        return True
    if _place_headed(text, start, end) and _towards().search(text[max(0, start - 16) : start]):
        return True
    return not known_given_name(text[start:end].split()[0])


@lru_cache(maxsize=16384)  # asked for every capitalised word against each of the article's surnames
def close_spelling(a: str, b: str, max_edits: int = 2, min_length: int = 4) -> bool:
    """Whether two surnames read as one name misspelt ("Gonzales"/"Gonzalez", "Okonkwo"/"Okonkow").

    Same first letter, at most ``max_edits`` edits and fewer than a third of the letters; a plural
    or adjective of the other ("Mitchells", "Indonesian") is not a misspelling.
    """
    x, y = strip_accents(a).lower(), strip_accents(b).lower()
    if x == y or min(len(x), len(y)) < min_length or x[0] != y[0]:
        return False
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and long_[len(short) :] in _SUFFIXES:
        return False
    # rapidfuzz is imported only for a pair that may be this close (:mod:`edits`' exact pre-tests)
    d = edits.distance_at_most(x, y, max_edits)
    return d is not None and 0 < d < min(len(x), len(y)) / 3


def respelt_surname(a: str, b: str) -> bool:
    """Whether two full names are one name with one letter of the surname changed, or its letters
    put in another order, and nothing else ("Imogen Rathbourne"/"Imogen Rathborne", "Evander
    Kostopoulos"/"Evander Kostopolous"): a misspelling across outlets, not a house style.
    Particles and accents ("Assad"/"al-Assad"), romanisation by letter ("Gaddafi"/"Qaddafi",
    "Zelensky"/"Zelenskyy", "Qadhafi"/"Qadafi") and a glide or aspirate added or dropped
    ("Sergeyev"/"Sergeev") are house styles, not changes."""
    x, y = _tokens(a), _tokens(b)
    if len(x) < 2 or len(x) != len(y) or x[:-1] != y[:-1] or x[-1] == y[-1]:
        return False
    short, long_ = sorted((x[-1], y[-1]), key=len)
    if len(short) < 4 or (long_.startswith(short) and long_[len(short) :] in _SUFFIXES):
        return False  # "Sr"/"Jr" (father and son), "Mac Pro"/"Mac Pros", "Tar Heel"/"Tar Heels": no names respelt
    p, q = x[-1], y[-1]
    native = not (a.isascii() and b.isascii())
    if sorted(p) == sorted(q):
        # the same letters in another order ("Kostopoulos"/"Kostopolous", "Rathborne"/"Rathbrone"):
        # a letter moved is a typing slip; romanisations write other letters, they move none
        return True
    if not edits.one_edit_apart(p, q) or (_fold(p) == _fold(q) and not native):
        # a doubled or dropped letter is a romanisation's ("Gaddafi"/"Gadafi") only in a name written
        # in plain ASCII; a name in its own Latin alphabet ("Çelikkaya"/"Çelikaya") has one spelling
        return False
    # the letter changed: what is left of each once their common start and end are set aside
    i = next((k for k in range(min(len(p), len(q))) if p[k] != q[k]), min(len(p), len(q)))
    j = next((k for k in range(min(len(p), len(q)) - i) if p[-1 - k] != q[-1 - k]), min(len(p), len(q)) - i)
    changed = {p[i : len(p) - j], q[i : len(q) - j]}
    # "Sergeyev"/"Sergeev" (a glide), "Kolesnikov"/"Kolesnikow" (German romanisation)
    return not (changed & _ROMANISED_LETTERS or frozenset(changed) in _ROMANISED_PAIRS)


#: letters that romanisations add or drop where another writes none (a glide, an aspirate, an ayn)
_ROMANISED_LETTERS = {"y", "h", "'", "’"}
#: letters one romanisation writes for another's ("Kolesnikov"/"Kolesnikow")
_ROMANISED_PAIRS = {frozenset("vw")}


#: endings that make a plural, possessive or adjective of a name ("Mitchells", "Indonesian"), not a misspelling
_SUFFIXES = {"s", "es", "'s", "’s", "n", "an", "ian", "ans", "ians", "ese", "ish", "i", "ic"}


def romanised_alike(a: str, b: str) -> bool:
    """Whether two given names are one name romanised twice ("Sergei"/"Sergey", "Muammar"/"Moammar"),
    stricter than :func:`same_person`: "Dana" and "Diane" are two names."""
    x, y = _tokens(a), _tokens(b)
    if not x or not y:
        return False
    fa, fb = _fold(x[0]), _fold(y[0])
    if fa == fb or ((len(x[0]) == 1 or len(y[0]) == 1) and fa[0] == fb[0]):
        return True
    if fa[-1] != fb[-1] and fa[-1] in "aeiou" and fb[-1] in "aeiou":
        return False  # a final vowel makes another name ("Elena"/"Eleni", "Mario"/"Maria")
    va, vb = _VOWEL_RUN.findall(fa), _VOWEL_RUN.findall(fb)
    return (
        _VOWEL_RUN.sub("", fa) == _VOWEL_RUN.sub("", fb)
        and [len(v) for v in va] == [len(v) for v in vb]
        and _transliterations(x[0], y[0])
    )


@lru_cache(maxsize=4096)
def gender_of(words: str) -> str | None:
    """The gender a title, role or kinship word gives its holder ("Mrs.", "spokeswoman", "mother"), if any."""
    lex = lexicons.people()
    for w in reversed(words.split()):
        t = lex.by_form.get(w) or lex.role_words().get(w.lower())
        if t is not None and t.gender:
            return t.gender
    return None


_T = TypeVar("_T")
#: data derived from a lexicon, with the lexicon object it was derived from (tests load others)
_DERIVED: dict[str, tuple[object, Any]] = {}


def _derived(key: str, lex: object, build: Callable[[], _T]) -> _T:
    """``build()``, computed once per lexicon object (sets asked for on every name of a run)."""
    hit = _DERIVED.get(key)
    if hit is None or hit[0] is not lex:
        hit = (lex, build())
        _DERIVED[key] = hit
    return hit[1]


def _kin_forms() -> frozenset[str]:
    """The kinship words of the people lexicon as written ("mother", "son")."""
    lex = lexicons.people()
    return _derived("kin_forms", lex, lambda: frozenset(t.form for t in lex.titles if t.cls == "kin"))


_KIN_CUE_END = re.compile(r"\b([a-z]+)(?:,|\s)\s*(?:[a-z]+\s+)?$")
_LOWER_WORD = re.compile(r"[a-z]+")


def kin_before(text: str, start: int) -> str | None:
    """The kinship word introducing a name ("his mother, Rosa Alvim", "her son Tiago"), if any."""
    window = text[max(0, start - 30) : start].lower()
    kin = _kin_forms()
    last = _LOWER_WORD.findall(window)[-3:]
    if kin.isdisjoint(last):
        return None  # (the words first: most names have no kinship word before them)
    found = next(w for w in reversed(last) if w in kin)
    if _KIN_CUE_END.search(window) is None:
        return None
    return found


def speech_subject(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is the subject of a speech verb ("Gonzalez told",
    "said Gonzalez", "according to Gonzalez", "Gonzalez, speaking in Moscow, said", "Gonzalez, 44,
    told"); after a verb
    that takes a person as object ("told People", "called Mantra") it is not."""
    sp = lexicons.speech()
    m = _SPEECH_AFTER.match(text, end, end + 220)
    if m and m.group(1) in sp.verbs:
        return True
    m = _WHO_SPOKE.match(text, end, end + 60) if text.startswith(",", end) else None
    if m and m.group(1) in sp.verbs:
        return True  # "backed by Drayton, who said the numbers worked": the relative clause's subject
    if start == 0 or not text[start - 1].isspace():
        return False  # no verb or introducer can end right before the word: white space would
    before = text[max(0, start - 30) : start].lower()
    return bool(_speech_before(sp).search(before))


#: up to two asides set off by commas between a subject and its verb: an age, a relative clause, a
#: participle phrase or an apposition ("Nwosu, 65, who has sat on the bench since 2011, said",
#: "Menon, 47, a veteran of the crime branch, said", "Lavrov, speaking in Moscow, said"), then the
#: verb, maybe after an adverb of time; group 1 is the verb
_SPEECH_AFTER = re.compile(
    r"(?:(?:,\s+(?:\d{1,3}|(?:[a-z]+ing|who)\b[^,;]{0,100}|(?:a|an|the)\s+[^,;]{1,80})){1,2},)?"
    r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b"
)
#: a relative clause right after a name whose verb may be a speech verb ("Drayton, who said", "who later told")
_WHO_SPOKE = re.compile(r",\s+who\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?([a-z]+)\b")


_SPEECH_BEFORE: dict[int, tuple[object, re.Pattern[str]]] = {}


def _speech_before(sp: lexicons.SpeechLexicon) -> re.Pattern[str]:
    """The pattern of a speech verb or introducer ending a text ("said ", "according to "), built once per lexicon."""
    hit = _SPEECH_BEFORE.get(id(sp))
    if hit is not None and hit[0] is sp:
        return hit[1]
    # a tree of the words' letters (:func:`alternation`): at most one word can end a text, whatever the order
    words = sp.inverted | set(sp.introducers)
    pattern = re.compile(r"\b(" + (alternation(words) if words else "") + r")\s+$")
    _SPEECH_BEFORE.clear()  # one lexicon in use at a time (tests load others)
    _SPEECH_BEFORE[id(sp)] = (sp, pattern)
    return pattern


@lru_cache(maxsize=4096)
def title_role(title: str | None) -> str | None:
    """The canonical role a title gives ("State Department Spokesperson" → "spokesperson", "Gov." →
    "governor"); None for a courtesy title ("Mr.") or a title the lexicon does not know."""
    if not title:
        return None
    bare = _former_pattern().sub("", title)  # "Former President", "Ex-Governor": a past holder
    role = _title_role(bare) if bare.strip() else None
    return former_role(role) if role is not None and bare != title else role


def _title_role(title: str) -> str | None:
    lex = lexicons.people()
    words = title.split()
    for k in (3, 2, 1):
        if k > len(words):
            continue
        tail = " ".join(words[-k:])
        t = lex.by_form.get(tail) or lex.role_words().get(tail.lower())
        if t is not None and t.role is not None:
            if k == 1 and len(words) > 1 and (phrase := role_phrase(words[-2], t.role)) is not None:
                return deputy_office(words[:-2], phrase)  # "Chief Constable": one office, not a constable
            if (
                k == 1
                and len(words) > 2
                and words[-2].lower().endswith(_ROLE_ADJECTIVE)
                and (phrase := role_phrase(words[-3], t.role)) is not None
            ):
                first, _, head = phrase.rpartition(" ")
                return deputy_office(words[:-3], f"{first} {words[-2].lower()} {head}")  # "Chief Financial Officer"
            return deputy_office(words[:-k], t.role)
        if t is not None:
            return t.role
    return None


def role_phrase(modifier: str, role: str) -> str | None:
    """The one role two role words written together name ("chief" + constable → "chief
    constable", "Chief Inspector"), or None when the first word is no role word, a kinship word, an
    office prefix ("Deputy Mayor", see :func:`deputy_office`) or a qualifier that leaves the office as
    it is ("acting", the lexicon's ``role_qualifiers``). The phrase's head noun is its last word: the
    phrase is a kind of that role (:func:`role_fits`), never of the first word's ("the chief")."""
    lex = lexicons.people()
    low = modifier.lower()
    t = lex.role_words().get(low)
    if t is None or t.cls == "kin" or low in lex.office_prefixes or low in lex.role_qualifiers or low == role:
        return None
    phrase = f"{t.role or low} {role}"
    known = lex.role_words().get(phrase)
    return known.role if known is not None and known.role else phrase


def deputy_office(before: list[str], role: str) -> str:
    """The office a prefix word makes of ``role`` ("Deputy" + mayor → "deputy mayor", "Lt." + governor
    → "lieutenant governor", "Assistant Chief" + constable → "assistant chief constable"), else ``role``.

    ``before``: the words written before the role's word(s). A deputy's office is another office: "the
    mayor" never refers to a deputy mayor (the lexicon's ``office_prefixes``).
    """
    prefixes = lexicons.people().office_prefixes
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lower() in prefixes), None)
    if at is None:
        return role
    middle = [w.lower() for w in before[at + 1 :]]
    return " ".join([prefixes[before[at].lower()], *middle, role])


def _prefixed(text: str, start: int, role: str, base: int) -> str:
    """The role of a description whose modifiers (``text[base:start]``) may hold a prefix word ("the
    45-year-old deputy mayor" → "deputy mayor")."""
    # a prefix joined by a hyphen is one too ("the senior vice-president": a vice president)
    return deputy_office(text[base:start].replace("-year-old", " ").replace("-", " ").split()[-2:], role)


_NEXT_WORD = re.compile(r"[ -]([a-z]+)\b(?![\s-]+[A-Z][a-z])")


def _prefix_head(text: str, word: str, end: int) -> tuple[int, str] | None:
    """(end, role) when a matched role word is an office prefix ("deputy", "vice") followed by an
    office ("the deputy mayor"): the description names the deputy's office, not a generic deputy."""
    lex = lexicons.people()
    if word.lower() not in lex.office_prefixes:
        return None
    m = _NEXT_WORD.match(text, end)
    t = lex.role_words().get(m.group(1)) if m else None
    if m is None or t is None or t.role is None or t.cls == "kin":
        return None
    end, role = _whole_role(text, m.end(1), t.role)  # "the deputy chief constable"
    return end, deputy_office([word], role)


def is_head_role(role: str | None) -> bool:
    """A head of state or government's role ("president", "prime minister", "leader")."""
    return bool(role) and role in HEAD_TITLES


def role_fits(described: str, held: str) -> bool:
    """Whether a role description may refer to someone holding ``held``: the same role, or a
    broader one named by its head noun ("the minister" for a foreign minister, "the chief" for a
    police chief; the lexicon's ``kind_of``), or a broader noun for it ("the scientist" for a
    professor: ``role_hypernyms.yaml``)."""
    if described == held or lexicons.people().broader.get(held) == described:
        return True
    if described in lexicons.broader_roles().get(held, ()):
        return True  # "the scientist" for a professor: a broader noun (role_hypernyms.yaml)
    endings = lexicons.hypernym_endings().get(described)
    if endings and held.endswith(endings) and held not in lexicons.people().role_words():
        return True  # "the scientist" for a glaciologist the article gave that role
    # a phrase of two role words the lexicon does not list ("chief constable") is a kind of its head
    # noun, and a broader noun of the head describes it ("the officer" for a chief superintendent)
    words = held.split()
    if len(words) != 2 or held in lexicons.people().role_words() or role_phrase(words[0], words[1]) != held:
        return False
    return words[-1] == described or described in lexicons.broader_roles().get(words[-1], ())


def _former_pattern() -> re.Pattern[str]:
    """A qualifier of the lexicon's ``former_qualifiers`` as written before a role: a word and a
    space ("former ", "the late "), or a prefix and its hyphen ("ex-"); any case."""
    lex = lexicons.people()

    def build() -> re.Pattern[str]:
        parts = [re.escape(q) if q.endswith("-") else re.escape(q) + r"\s+" for q in sorted(lex.former_qualifiers)]
        return re.compile(rf"(?<![\w’'-])(?:{'|'.join(parts) or '(?!)'})", re.I)

    return _derived("former", lex, build)


def former_qualified(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, the words written before a role word ("the 67-year-old former ",
    "the ex-", "Former "), holds a qualifier that makes the role's holder a past one (the lexicon's
    ``former_qualifiers``): another person than the office's present holder."""
    return _former_pattern().search(text, start, end) is not None


def former_role(role: str) -> str:
    """The role of a past holder of ``role`` ("governor" → "former governor"): a role of its own, which
    a description of the present holder ("the governor") never refers to, nor the reverse."""
    return role if role.startswith(_FORMER) else _FORMER + role


_FORMER = "former "


def held_role(text: str, name_start: int, title: str | None) -> str | None:
    """The role a title written before a name gives its holder (:func:`title_role`), a past holder's
    when a former qualifier stands right before the title ("former governor Aleki Vainikolo", "the
    late Senator Hollis": the extractor's title leaves a lower-case qualifier out).

    ``name_start``: the offset of the name the title stands before in ``text``."""
    role = title_role(title)
    if role is None or title is None or role.startswith(_FORMER):
        return role
    at = text.rfind(title, max(0, name_start - len(title) - 4), name_start)
    if at > 0 and any(m.end() == at for m in _former_pattern().finditer(text, max(0, at - 12), at)):
        return former_role(role)
    return role


_FOLLOWING_WORD = re.compile(r"[ -]([a-z]+)\b(?![\s-]+[A-Z][a-z])")


def _whole_role(text: str, end: int, role: str, start: int | None = None) -> tuple[int, str]:
    """(end, role) of the whole role phrase a matched role word (``text[start:end]``) stands in: "the
    61-year-old chief constable" is a chief constable, not a chief, and "the chief inspector" not an
    inspector (the longest role written, see :func:`role_phrase`)."""
    before = _word_before(text, start).strip() if start is not None else ""
    if before and start is not None:
        # a role the lexicon lists in two words, the last a role of its own ("the head teacher")
        whole = lexicons.people().role_words().get(f"{before.lower()} {text[start:end].lower()}")
        if whole is not None and whole.role and whole.cls != "kin":
            return end, whole.role
    # (not a word the role already holds: "deputy executive director" is no executive's)
    if before and before.lower() not in role.split() and (phrase := role_phrase(before, role)) is not None:
        return end, phrase
    if " " in role and role in lexicons.people().role_words():
        return end, role  # a role the lexicon lists whole ("chief executive", "police chief")
    m = _FOLLOWING_WORD.match(text, end)
    if m is None:
        return end, role
    t = lexicons.people().role_words().get(m.group(1))
    between = ""
    if t is None and m.group(1).endswith(_ROLE_ADJECTIVE) and (m2 := _FOLLOWING_WORD.match(text, m.end(1))):
        # "the chief financial officer", "the chief medical officer": an adjective inside the phrase
        t, between, m = lexicons.people().role_words().get(m2.group(1)), m.group(1), m2
    if t is None or t.role is None or t.cls == "kin":
        return end, role
    phrase = role_phrase(_word_before(text, end), t.role)
    if phrase is not None and between:
        first, _, head = phrase.rpartition(" ")
        phrase = f"{first} {between} {head}"
    return (m.end(1), phrase) if phrase is not None else (end, role)


#: endings of adjectives that may stand inside a role phrase ("chief financial officer")
_ROLE_ADJECTIVE = ("al", "ic", "ive", "ary", "ating")


def _word_before(text: str, end: int) -> str:
    """The word that ends at ``end``."""
    m = re.search(r"[\w.]+\s?$", text[max(0, end - 40) : end])
    return m.group(0) if m else ""


@lru_cache(maxsize=1)
def role_alternation() -> str:
    """Every role word of the people lexicon as one alternation, the longer of two words one of
    which starts the other first (so "police chief" is tried before "police"): :func:`alternation`.
    Built once per lexicon (~1 ms), and kept beside its file (:func:`checker.datafiles.derived_from`):
    five patterns of a run's first story embed it."""
    lex = lexicons.people()

    def build() -> str:
        inputs = [lexicons.DATA / "people.yaml", Path(lexicons.__file__), Path(__file__)]
        text: str = datafiles.derived_from(inputs, "role_alternation", lambda: alternation(lex.role_words()))
        return text

    return _derived("role_alternation", lex, build)


#: "the" or "The" as a word, written so that the matcher skips ahead to a "t" (``\b[Tt]he``)
_THE = r"[Tt](?<=\b[Tt])he"
#: "the" or "its", written the same way ("its captain" is as definite as "the captain")
_THE_OR_ITS = r"[TtIi](?<=\b[TtIi])(?:(?<=[Tt])he|(?<=[Ii])ts)"
#: a name in apposition right after a role (past "and" and up to three words): the role is that name's
_NAME_FOLLOWS = re.compile(r"(?:\s+(?:and|or)(?:\s+[\w’'-]+){1,3})?,?\s+[A-Z][\w’'-]+\s+[A-Z]")


@lru_cache(maxsize=1)
def _role_description() -> re.Pattern[str]:
    alt = role_alternation()
    return re.compile(
        # "its captain": an organisation's or a vessel's role holder, as definite as "the captain";
        # one character class first, as in _THE (an alternation of the two patterns took twice as long)
        rf"{_THE_OR_ITS}\s+(?:(?P<age>\d{{1,3}})-year-old\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)\s+){{0,2}}?(?:[Ee]x-)?(?P<role>{alt})\b(?![\s-]+[A-Z][a-z])"
    )


@lru_cache(maxsize=1)
def _role_apposition() -> re.Pattern[str]:
    alt = role_alternation()
    return re.compile(
        # a bare role is one with the place or body it is of after it ("Priya Raghunathan, headteacher of
        # St Ailbe's College,"; see role_apposition)
        rf",\s+(?:\d{{1,3}},\s+)?(?P<desc>(?:(?:the|a|an)\s+|who\s+(?:has\s+been|had\s+been|is|was|became)\s+(?:the\s+|a\s+|an\s+)?|(?P<bare>(?=[a-z])))"
        rf"(?:(?P<age>\d{{1,3}})-year-old\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)(?:['’]s)?(?:\s+|-)){{0,2}}(?P<role>{alt}))\b(?![\s-]+[A-Z][a-z])(?![-’'])"
    )


def role_apposition(text: str, end: int) -> tuple[int, int, str, int | None] | None:
    """(start, end, canonical role, age or None) of a role written right after a name, if any.

    "Ruth Calder, the mayor,", "Ruth Calder, 58, the mayor of Fenmoor", "Marta Whitcombe, a
    librarian", "Ruth Calder, who has been mayor since 2019": the role (a role word of the people
    lexicon, up to two modifiers before it) is one the named person holds. Kinship words
    ("Tiago Alvim, her son") relate people and are left out.
    """
    if not text.startswith(",", end):
        return None  # (most names) no comma after the name: the pattern, which opens with one, is not tried
    m = _role_apposition().match(text, end, min(len(text), end + 90))
    if m is None:
        return None
    t = lexicons.people().role_words()[m.group("role")]
    if t.cls == "kin" or _relation_among(text, m.start("desc"), m.start("role")):
        return None  # "Aleki Vainikolo, the predecessor as governor,": another holder
    verb = _VERB_IN_CLAUSE.match(text, m.start("desc"), m.start("role"))
    if verb is not None and verb.group(1) not in lexicons.people().role_qualifiers:
        return None  # "Alice McMeekin, who was looking forward to …": a verb, no role ("acting" is one)
    of = _COMPLEMENT_AFTER.match(text, m.end("role"))
    if of is not None and not _complement(of.group("of")):
        of = None
    if m.group("bare") is not None and of is None:
        return None  # "Ann Roe, mayor of Fenmoor," is an apposition; "Ann Roe, mayor and …" may not be
    age = int(m.group("age")) if m.group("age") else None
    former = former_qualified(text, m.start("desc"), m.start("role"))  # "Aleki Vainikolo, a former governor,"
    if (head := _prefix_head(text, m.group("role"), m.end("role"))) is not None:
        return m.start("desc"), head[0], former_role(head[1]) if former else head[1], age  # "the deputy mayor"
    role = _prefixed(text, m.start("role"), t.role or m.group("role"), m.start("desc"))
    end, role = _whole_role(text, m.end("role"), role, m.start("role"))
    if of is not None and of.start() == end:
        end = of.end()  # "the headteacher of St Ailbe's College": an age set off after it is hers
    return m.start("desc"), end, former_role(role) if former else role, age


#: a relative clause with no article whose next word is a verb's -ing form ("who was looking forward")
_VERB_IN_CLAUSE = re.compile(r"who\s+(?:has\s+been|had\s+been|is|was|became)\s+([a-z]+ing)\b")

#: the place or body a role is of, closed by a clause mark: " of St Ailbe's College" (see _complement)
_COMPLEMENT_AFTER = re.compile(
    # an initial ("U. S.") goes on; the last word is no initial, so a full stop after it ends the sentence
    r"\s+(?:of|at|for)\s+(?P<of>(?:(?:[\w’'&-]+|St\.|[A-Z]\.)\s+){0,4}?(?:[\w’'&-]{2,}|St\.))(?=\s*(?:[,;:)]|\.(?:\s|$)|$))"
)


@lru_cache(maxsize=1)
def _role_before_name() -> re.Pattern[str]:
    alt = role_alternation()
    return re.compile(
        # a determiner, or a name's possessive ("St Ailbe's headteacher, Priya Raghunathan")
        rf"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|(?P<a>[Aa]n?))\s+|(?<![\w’'-])(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*['’]s\s+)"
        rf"(?:\d{{1,3}}-year-old\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)(?:['’]s)?(?:\s+|-)){{0,2}}?(?P<role>{alt})"
        # the place or body the role is of ("The headteacher of St Ailbe's College, Priya Raghunathan")
        r"(?:\s+(?:of|at|for)\s+(?P<of>(?:(?:[\w’'&-]+|St\.)\s+){0,4}(?:[\w’'&-]+|St\.)))?,\s+$"
    )


def _comma_before(text: str, base: int, start: int) -> bool:
    """Whether ``text[base:start]`` ends with a comma and one or more spaces (what ``,\\s+$`` needs)."""
    i = start
    while i > base and text[i - 1].isspace():
        i -= 1
    return base < i < start and text[i - 1] == ","


def role_before_name(text: str, start: int, end: int | None = None) -> tuple[int, int, str, int | None] | None:
    """(start, end, canonical role, None) of a role in apposition right before a name: "its chief
    engineer, Tomas Arkwright", "the council's treasurer, Olaf Brenning". Kinship words ("his
    mother, Rosa Alvim") introduce a relative and are left out. After "a" or "an" the apposition must
    close after the name (``end``: where the name ends): "He was a fine teacher, Ann Roe said" names
    the speaker, not the teacher."""
    base = max(0, start - 70)
    if not _comma_before(text, base, start):
        return None
    m = _role_before_name().search(text, base, start)
    if m is None:
        return None
    if m.group("a") is not None and (end is None or text[end : end + 1] not in (",", ".", ";", ")", "(", "")):
        return None
    t = lexicons.people().role_words()[m.group("role")]
    if t.cls == "kin" or (m.group("of") is not None and not _complement(m.group("of"))):
        return None
    if (
        text[m.start("role") - 1] == "-"
        and _word_before(text, m.start("role") - 1).strip().lower() in lexicons.people().role_words()
    ):
        return None  # "the governor-general of Hormouzgan province,": an office the lexicon does not list
    if _relation_before(text, m.start()) or _relation_among(text, m.start(), m.start("role")):
        return None  # "A friend of the curator, Benedikt Aaltonen", "His predecessor as governor, …"
    role = _prefixed(text, m.start("role"), t.role or m.group("role"), m.start())
    _, role = _whole_role(text, m.end("role"), role, m.start("role"))  # "its chief constable, Rhona Basset"
    if former_qualified(text, m.start(), m.start("role")):
        role = former_role(role)  # "The former chairman of the trust, Idris Mbeki,"
    return m.start(), m.end("role"), role, None


#: the words between an age description and a name: up to two modifiers, then the role word
_ROLE_BETWEEN = re.compile(
    r"\s+(?P<mods>(?:[a-z]+(?:-[a-z]+)?\s+|[A-Z][a-z]+(?:-[a-z]+)?\s+){0,2}?)(?P<role>[a-z]+)(?P<comma>,)?\s+"
)


def role_between(text: str, end: int, start: int, name_end: int | None = None) -> bool:
    """Whether only a role stands between an age description ending at ``end`` and the name at
    ``start``, so that the age is the name's: "the 45-year-old architect Leonie Brandt-Ibsen", "the
    38-year-old former striker Tomas Oyelaran", and in apposition, the name's own closed by a comma
    or a full stop (``name_end``: where the name ends), "a 70-year-old pensioner, Maud Ellery, said"
    (not "the 45-year-old architect, Ines Varga and Tom Bell": a list). The role is a role word of the
    people lexicon or a person noun by its ending (``role_endings``); a modifier before it is no verb
    (a speech verb, an irregular form) nor a word of the lexicon's ``not_role_words`` ("the
    45-year-old told nurse …")."""
    m = _ROLE_BETWEEN.fullmatch(text, end, start)
    if m is None:
        return False
    if m.group("comma") and (name_end is None or text[name_end : name_end + 1] not in (",", ".", ";", ")")):
        return False
    role = m.group("role")
    if role not in lexicons.people().role_words() and not _learnable(role, True):
        return False
    speech = lexicons.speech().verbs
    irregular = frame_lexicons.irregular()
    former = lexicons.people().former_qualifiers  # "the 38-year-old former striker": the striker's age
    return not any(
        w in speech or w in irregular or (w in _not_roles() and w not in former)
        for w in m.group("mods").split()  # a compound is no verb ("Danish-born", "award-winning")
    )


#: the noun and "of" right before a determiner: "A friend of " (the), "the wife of " (the)
_OF_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+$")


def _relation_before(text: str, start: int) -> bool:
    """Whether a noun that names a person by a relation (the lexicon's ``relation_nouns``), a kinship
    word or a role stands before "of" right before ``start``: "A friend of the curator, Benedikt
    Aaltonen" names the friend. After another noun ("the conduct of the former dairy manager, Kyle
    Beus") the name is the role's."""
    m = _OF_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1)
    lex = lexicons.people()
    return (
        word in lex.relation_nouns
        or word in lex.role_words()
        or (word.endswith("s") and word[:-1] in lex.relation_nouns)
    )


def _relation_among(text: str, start: int, end: int) -> bool:
    """Whether the words before a role word (``text[start:end]``) hold a noun that names a person by a
    relation (the lexicon's ``relation_nouns``): "his predecessor as governor" is not the governor."""
    nouns = lexicons.people().relation_nouns
    return any(w in nouns for w in _LOWER_WORD.findall(text, start, end))


def _former_title_word(word: str) -> bool:
    """Whether a capitalised word is a former qualifier joined to a role word ("Ex-governor", "Ex-Mayor")."""
    m = _former_pattern().match(word)
    return m is not None and word[m.end() :].lower() in lexicons.people().role_words()


def former_role_before(text: str, start: int) -> tuple[int, int, str, None] | None:
    """(start, end, past holder's role, None) of a role with a former qualifier written right before a
    name the extractor gave no title ("ex-governor Aleki Vainikolo", "Ex-Mayor Ingrid Solvang"):
    the role of a past holder (:func:`former_role`). ``start``: the name's offset."""
    words = text[max(0, start - 45) : start].rsplit(None, 1)[-1:]  # the last word
    if not words or words[-1].lower().rsplit("-", 1)[-1] not in lexicons.people().role_words():
        return None  # no role word right before the name (most names): no pattern is tried
    m = _former_role_before().search(text, max(0, start - 45), start)
    if m is None:
        return None
    t = lexicons.people().role_words().get(m.group("role").lower())
    if t is None or t.cls == "kin":
        return None
    return m.start(), m.end("role"), former_role(t.role or m.group("role").lower()), None


def _former_role_before() -> re.Pattern[str]:
    lex = lexicons.people()

    def build() -> re.Pattern[str]:
        parts = [re.escape(q) if q.endswith("-") else re.escape(q) + r"\s+" for q in sorted(lex.former_qualifiers)]
        quals = "|".join(parts) or "(?!)"
        return re.compile(rf"(?<![\w’'-])(?:{quals})(?P<role>{role_alternation()})\s+$", re.I)

    return _derived("former_role_before", lex, build)


def _complement(words: str) -> bool:
    """Whether the words after a role's "of", "at" or "for" name only the place or body the role is of
    ("St Ailbe's College", "the harbour trust"), not a clause that goes on past it ("Fenmoor met her
    counterpart from Ashby"): no lower-case word of them is a verb (a speech verb, an irregular form,
    a past form in -ed) or a pronoun, and none is a number."""
    speech = lexicons.speech().verbs
    irregular = frame_lexicons.irregular()
    for w in words.split():
        if w[:1].isdigit():
            return False
        if w[:1].islower() and (w in speech or w in irregular or w.endswith("ed") or w in PRONOUNS):
            return False
    return True


def role_descriptions(text: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, canonical role, age or None) of every role description in a string.

    "the 64-year-old governor", "the mayor", "the Russian foreign minister": a definite article,
    an optional age, up to two modifiers and a role of the people lexicon, not followed by a name
    ("the governor Ilse Marrow" is a titled name, found by :func:`people_in`).
    """
    words = lexicons.people().role_words()
    out = []
    for m in _role_description().finditer(text):
        t = words[m.group("role")]
        if t.cls == "kin":
            continue  # "the mother" introduces a relative, not a role of someone named
        if text[m.start()] in "Ii" and _NAME_FOLLOWS.match(text, m.end()):
            continue  # "its leader and self-proclaimed prophet, Warren Jeffs,": the name after says who
        age = int(m.group("age")) if m.group("age") else None
        former = former_qualified(text, m.start(), m.start("role"))  # "the 67-year-old former governor"
        if (head := _prefix_head(text, m.group("role"), m.end("role"))) is not None:
            out.append((m.start(), head[0], former_role(head[1]) if former else head[1], age))  # "the deputy mayor"
            continue
        end, role = _whole_role(text, m.end(), _prefixed(text, m.start("role"), t.role or m.group("role"), m.start()))
        out.append((m.start(), end, former_role(role) if former else role, age))
    return out


def pronoun(word: str) -> lexicons.Pronoun | None:
    """The pronoun entry for a word as written ("She," → she), or None."""
    return lexicons.pronouns().get(word.strip(".,;:!?\"“”'’").lower())


_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _gendered_pattern() -> re.Pattern[str]:
    """A pronoun of the lexicon that gives a gender ("he", "Her"), as a whole run of ASCII letters."""
    lex = lexicons.pronouns()

    def build() -> re.Pattern[str]:
        words = sorted(
            (w for w, p in lex.items() if p.gender in ("male", "female") and _ASCII_WORD.fullmatch(w)),
            key=len,
            reverse=True,
        )
        alt = "|".join(map(re.escape, words)) or "(?!)"
        # ASCII case folding only: a word is a run of [A-Za-z], as the lexicon's words are looked up
        return re.compile(rf"(?<![A-Za-z])(?:{alt})(?![A-Za-z])", re.I | re.A)

    return _derived("gendered", lex, build)


def gendered_pronoun(text: str, start: int, end: int) -> str | None:
    """The gender ("male"/"female") of the first pronoun that gives one among the words (runs of
    ASCII letters) of ``text[start:end]`` ("… after his mother" → male), or None when none does.

    A word cut by ``start`` or ``end`` counts as the part inside the range, as
    ``re.finditer("[A-Za-z]+", text, start, end)`` cuts it."""
    if start > 0 and start < end and text[start - 1 : start + 1].isascii() and text[start - 1 : start + 1].isalpha():
        # the range opens inside a word: its part in the range is a word of its own
        m = _ASCII_WORD.match(text, start, end)
        if m is not None:
            p = pronoun(m.group(0))
            if p is not None and p.gender in ("male", "female"):
                return p.gender
            start = m.end()
    found = _gendered_pattern().search(text, start, end)
    if found is None:
        return None
    p = pronoun(found.group(0))
    return p.gender if p is not None else None


def given_names_close(a: str, b: str) -> bool:
    """Whether two different given names are near enough to be one name changed ("Dana"/"Diane",
    "Jonas"/"Jonah"): the same first letter and at least half the letters in common. "Tomas" and
    "Teresa" are two people."""
    x, y = strip_accents(a).lower().strip("."), strip_accents(b).lower().strip(".")
    if not x or not y or x == y or x[0] != y[0]:
        return False
    if 2 * edits.lower_bound(x, y) > max(len(x), len(y)):
        return False  # more than half the letters changed, whatever the order (without importing rapidfuzz)
    return edits.normalized_similarity(x, y) >= 0.5


def is_kin(role: str | None) -> bool:
    """A kinship role ("mother", "brother"): it relates a person to another, it is not an office."""
    if not role:
        return False
    lex = lexicons.people()
    return role in _derived("kin_roles", lex, lambda: frozenset(t.role for t in lex.titles if t.cls == "kin"))


def gender_of_given(name: str) -> str | None:
    """The gender a full name's given name says ("Mara Quist" → female), None when it is used for
    both or unknown (``data/given_names.tsv``)."""
    toks = _tokens(name)
    if len(toks) < 2:
        return None
    return lexicons.given_names().get(toks[0])


@lru_cache(maxsize=16384)  # asked for each name of a story, most more than once
def surname_key(name: str) -> str:
    """A key two spellings of one surname share (the consonants of its folded form): "Gaddafi" and
    "Qadhafi", "Sergeyev" and "Sergeev" agree. Equal keys are necessary for :func:`same_person`,
    not sufficient: an index, not a test."""
    toks = _tokens(name)
    return _VOWEL_RUN.sub("", _fold(toks[-1])) if toks else ""


def kin_after(text: str, end: int) -> str | None:
    """The kinship word in an apposition after a name ("Jeremy Ortiz, one of the deputy's sons,"), if any."""
    m = _APPOSITION.match(text, end, end + 50)
    if m is None:
        return None
    kin = _kin_forms()
    for word in _LOWER_WORD.findall(m.group(1))[:6]:
        for form in (word, word[:-1] if word.endswith("s") else word):
            if form in kin:
                return form
    return None


_APPOSITION = re.compile(r",\s+([^,.;:!?]{1,45})")


def _kin_group_cues() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The lexicon's plural kinship nouns as word tuples, grouped by length, longest first."""
    lex = lexicons.people()

    def build() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
        cues = [tuple(c.split()) for c in lex.kin_groups]
        lengths = sorted({len(c) for c in cues}, reverse=True)
        return tuple((n, frozenset(c for c in cues if len(c) == n)) for n in lengths)

    return _derived("kin_group_cues", lex, build)


def _kin_group_ends() -> frozenset[str]:
    """The last words of the lexicon's plural kinship nouns ("sisters", "wife" of "husband and wife")."""
    lex = lexicons.people()
    return _derived("kin_group_ends", lex, lambda: frozenset(c.split()[-1] for c in lex.kin_groups if c.split()))


def kin_group_before(text: str, start: int) -> str | None:
    """The plural kinship noun before the pair of names this one belongs to ("Sisters Dana Whitcombe
    and Diane Whitcombe", "the couple, Ann Roe and Ben Roe"; the lexicon's ``kin_groups``), if any:
    each name of such a pair is a relative of the other. ``start`` is the name's offset."""
    window = text[max(0, start - 100) : start].replace(",", " ")
    last = window.rsplit(None, 1)[-1:]  # the last of the words (most names: no cue, the others unread)
    if not last or (last[0] not in ("and", "&") and last[0].lower() not in _kin_group_ends()):
        return None  # no cue ends right before the name, nor does a pair's "and"
    words = window.split()
    cues = _kin_group_cues()
    longest = cues[0][0] if cues else 0

    def cue_at(end: int) -> str | None:
        # the cue (longest first) that the words before ``end`` end with
        tail = tuple(w.lower() for w in words[max(0, end - longest) : end])
        for n, group in cues:
            if n <= len(tail) and tail[len(tail) - n :] in group:
                return " ".join(tail[len(tail) - n :])
        return None

    found = cue_at(len(words))  # the first name of the pair
    if found is None and words and words[-1] in ("and", "&"):
        # the second name: the cue stands before the first name (one to four capitalised words)
        for k in range(2, min(6, len(words) + 1)):
            if not words[-k][:1].isupper():
                break
            found = cue_at(len(words) - k)
            if found is not None:
                break
    return found


def birth_name_before(text: str, start: int) -> bool:
    """Whether a name is introduced as a birth or former name ("She was born Betty Mae Page")."""
    words = _BIRTH_WORD.findall(text[max(0, start - 20) : start].lower())
    return bool(words) and words[-1] in lexicons.people().birth_name_cues


_BIRTH_WORD = re.compile(r"[a-zé]+")


def namesake_before(text: str, start: int) -> bool:
    """Whether a name is introduced as another person's of the same name ("a cousin, also named Tiago Alvim")."""
    words = _LOWER_WORD.findall(text[max(0, start - 20) : start].lower())
    if not words or words[-1] not in _namesake_ends():
        return False  # no cue ends with the word before the name
    window = " ".join(words)
    return any(window == cue or window.endswith(" " + cue) for cue in lexicons.people().namesake_cues)


def unrelated_after(text: str, end: int) -> bool:
    """Whether the clause right after a name says it is no relation of another ("Randa Khalidi, a
    teacher who is no relation,": the people lexicon's ``unrelated_cues``), up to the clause's end."""
    if not text.startswith((",", " (", " —", " –"), end):
        return False
    window = text[end : end + 120]
    if not any(last in window for last in _unrelated_ends()):
        return False  # no cue's last word near (most names): the clause is not read
    clause = _CLAUSE.match(text, end, min(len(text), end + 120))
    words = " ".join(_LOWER_WORD.findall(clause.group(0).lower())) if clause else ""
    return any(f" {cue} " in f" {words} " for cue in lexicons.people().unrelated_cues)


#: a name's own clause after it: to the next full stop, semicolon or closing bracket
_CLAUSE = re.compile(r"[^.;!?)]*")


def _unrelated_ends() -> tuple[str, ...]:
    """The last words of the lexicon's unrelated cues ("relation" of "no relation"), each once."""
    lex = lexicons.people()
    return _derived(
        "unrelated_ends", lex, lambda: tuple(dict.fromkeys(c.rsplit(None, 1)[-1] for c in sorted(lex.unrelated_cues)))
    )


def _namesake_ends() -> frozenset[str]:
    """The last words of the lexicon's namesake cues ("named" of "also named")."""
    lex = lexicons.people()
    return _derived("namesake_ends", lex, lambda: frozenset(c.split()[-1] for c in lex.namesake_cues if c.split()))


def is_generic_role(role: str | None) -> bool:
    """A role that fits most others ("officer", "official", "deputy"): it never conflicts with a title."""
    if not role:
        return False
    lex = lexicons.people()
    return role in _derived("generic_roles", lex, lambda: frozenset(t.role for t in lex.titles if t.generic))


#: a role no lexicon lists, in apposition right after a name: "Ana Pruitt, 48, the church organist,"
_LEARNED_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<desc>(?:who\s+(?:has\s+been|had\s+been|is|was|became)\s+)?(?:the|a|an)\s+"
    r"(?:[a-z]+(?:['’]s)?\s+){0,2}?(?P<role>[a-z]{4,}))"
    r"(?=\s*[,;.]|\s+(?:of|at|for|in|from|with|on|since)\s)"
)
#: a role no lexicon lists in apposition before a name: "The church organist, Ana Pruitt,"
_learned_before_comma = on_first_use(
    r"(?<![a-z] )(?<![a-z]  )\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?P<mods>(?:[a-z]+(?:['’]s)?\s+){0,2}?)(?P<role>[a-z]{4,})"
    # the place or body the role is of ("The custodian of Harrow Chapel, Ana Pruitt,"; see _complement)
    r"(?:\s+(?:of|at|for)\s+(?P<of>(?:(?:[\w’'&-]+|St\.)\s+){0,4}(?:[\w’'&-]+|St\.)))?,\s+$"
)


def learned_word_before(text: str, base: int, start: int) -> int:
    r"""Where a word that may be a role no lexicon lists stands right before a name ("church organist
    Ana Pruitt", "the beekeeper Ana Pruitt", "Beekeeper Osric Tamm"), or -1: the last word of
    ``text[base:start]`` before the spaces that end it, four or more ASCII letters, lower case after
    a space, or capitalised opening the text, a line or a sentence. What the pattern
    ``(?:(?:(?<=^)|(?<=\n)|(?<=[.!?]\s))[A-Z]|(?<=\s)[a-z])[a-z]{3,}\s+$`` finds searched from
    ``base`` to ``start`` (it may look before ``base``), without trying every place of the text."""
    i = start
    while i > base and text[i - 1].isspace():
        i -= 1
    if i == start:
        return -1  # no space right before the name
    k = i
    while k > base and "a" <= text[k - 1] <= "z":
        k -= 1
    s = k - 1  # a capital opening the text, a line or a sentence ("Beekeeper Osric Tamm")
    if (
        s >= base
        and i - k >= 3
        and "A" <= text[s] <= "Z"
        and (s == 0 or text[s - 1] == "\n" or (s >= 2 and text[s - 2] in ".!?" and text[s - 1].isspace()))
    ):
        return s
    if i - k >= 4 and k > 0 and text[k - 1].isspace():
        return k  # a lower-case word after a space ("church organist Ana Pruitt")
    return -1


@lru_cache(maxsize=1)
def _not_roles() -> frozenset[str]:
    return lexicons.people().not_role_words


def _learnable(word: str, before_name: bool) -> bool:
    """Whether a lower-case word may be a role no lexicon lists: no role or kinship word of the
    lexicon (those are found as such), no word of the lexicon's ``not_role_words``; before a name,
    only a person noun by its ending (``role_endings``: "organist", "groundskeeper")."""
    lex = lexicons.people()
    if word in lex.role_words() or word in _not_roles() or word.endswith(("ly", "ing", "ed", "s")):
        return False
    return not before_name or word.endswith(tuple(lex.role_endings))


#: a definite description in apposition right after a word: "Brankovic, the association's chairman,"
_ROLE_ASIDE = re.compile(
    r",\s+(?P<article>the|an?)\s+(?P<mods>(?:[a-z]+(?:['’]s)?\s+|[A-Z][\w-]*(?:['’]s)?\s+){0,3}?)(?P<role>[a-z]{3,})"
    # the description ends the clause or is closed by a comma, past a short phrase after its role
    # ("the mother of two died …" opens a clause after "Sadly,": no apposition)
    r"(?=(?:\s+(?:of|at|for|in|from|with|on|since)(?:\s+[\w’'-]+){1,4})?\s*(?:[,;.:!?]|$)|\s+who\b)"
)


def role_aside(text: str, end: int, *, indefinite: bool = False) -> str | None:
    """The role a definite description in apposition gives the word ending at ``end`` ("Brankovic,
    the association's chairman," → "chairman", "according to Vance, the club's treasurer" →
    "treasurer"): a role word of the people lexicon, or a person noun by its ending (``role_endings``:
    "the stall's beekeeper"). None when no such description follows, or it names no person ("Tarnby,
    the county's busiest port", "Halvern, the engineering firm").

    A reader is reminded of a role with "the": it refers back to a person named before, where "a
    nurse" introduces one (see the people extractor's surname references); ``indefinite`` takes
    "a"/"an" too ("Pryddech, a music teacher,": a person, whoever it is).
    """
    m = _ROLE_ASIDE.match(text, end, min(len(text), end + 80))
    if m is None or (m.group("article") != "the" and not indefinite):
        return None
    # the words before the role say which holder ("the other coach", "the former mayor"), not
    # whether a person is meant: they are not read here
    role = m.group("role")
    lex = lexicons.people()
    if role in lex.role_words() or _learnable(role, True):
        return role
    return None


def learned_role(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, role word) of a role no lexicon lists that the text gives a named person: in
    apposition after the name ("Ana Pruitt, 48, the church organist,", "Ana Pruitt, a beekeeper
    from Fenmoor") or right before it ("church organist Ana Pruitt"). The article then uses the word
    as a role: "the 52-year-old organist" may refer to that person (see :func:`role_descriptions`).

    ``start``/``end``: the name's span in ``text``. None when the text gives no such role.
    """
    m = _LEARNED_AFTER.match(text, end, min(len(text), end + 80))
    modifiers = text[m.start("desc") : m.start("role")].split()[1:] if m is not None else []
    if m is not None and _learnable(m.group("role"), False) and not _not_roles().intersection(modifiers):
        return m.start("desc"), m.end("role"), m.group("role")
    c = (
        _learned_before_comma().search(text, max(0, start - 50), start)
        if _comma_before(text, max(0, start - 50), start)
        else None
    )
    # a person noun by its ending, the phrase opening a clause ("In the courtroom, Rosa Ortiz" is no role)
    if (
        c is not None
        and _learnable(c.group("role"), True)
        and not _not_roles().intersection(c.group("mods").split())
        and (c.group("of") is None or _complement(c.group("of")))
    ):
        return c.start("role"), c.end("role"), c.group("role")  # "The church organist, Ana Pruitt,"
    at = learned_word_before(text, max(0, start - 30), start)
    role = text[at:start].strip().lower() if at >= 0 else ""
    if at >= 0 and _learnable(role, True):
        return at, at + len(role), role  # "church organist Ana Pruitt", "Beekeeper Osric Tamm"
    return None


#: what opens a learned role description: "the", an age ("the 52-year-old organist")
_LEARNED_HEAD = re.compile(rf"{_THE}\s+(?:(?P<age>\d{{1,3}})-year-old\s+)?")
#: a modifier before the role word ("the church organist", "the Fenmoor organist")
_LEARNED_MODIFIER = re.compile(r"(?:[a-z]+|[A-Z][a-z]+)\s+")

#: a name right after a role word: "the organist Ana Pruitt" is a titled name, not a description
_NAME_NEXT = re.compile(r"[\s-]+[A-Z][a-z]")


def learned_descriptions(text: str, roles: frozenset[str]) -> list[tuple[int, int, str, int | None]]:
    """(start, end, role, age or None) of every role description of the given role words ("the
    52-year-old organist"), as :func:`role_descriptions` finds the lexicon's; not a plural ("organists
    across the county") nor a word before a name ("the organist Ana Pruitt").

    ``roles``: lower-case words (as :func:`learned_role` gives them). The descriptions are those of
    the pattern ``the (NN-year-old)? (modifier ){0,2}? ROLE\\b`` with ROLE any of ``roles``, not
    followed by a name or a hyphen or apostrophe; it is not compiled for each set of roles (a story
    has its own): a role word is a whole word, so each place holds at most one of them."""
    present = frozenset(r for r in roles if r in text)
    if not present:
        return []
    if not all(_LOWER_WORD.fullmatch(r) for r in present):
        return _learned_descriptions_pattern(text, present)
    out = []
    pos = 0
    while (head := _LEARNED_HEAD.search(text, pos)) is not None:
        found = _learned_role_at(text, head.end(), present)
        if found is None:
            pos = head.start() + 1
            continue
        role_start, end = found
        pos = end
        if _not_roles().intersection(text[head.start() : role_start].split()[1:]):
            continue  # "the site where teenager"
        age = head.group("age")
        out.append((head.start(), end, text[role_start:end], int(age) if age else None))
    return out


def _learned_role_at(text: str, at: int, roles: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the role word at ``at``, else after one or two modifiers (the fewest first)."""
    for _ in range(3):
        run = _LOWER_WORD.match(text, at)
        if run is not None and run.group(0) in roles:
            end = run.end()
            # a whole word (\b), not before a name, a hyphen or an apostrophe
            if (
                (end == len(text) or not (text[end].isalnum() or text[end] == "_"))
                and _NAME_NEXT.match(text, end) is None
                and text[end : end + 1] not in ("-", "’", "'")
            ):
                return at, end
        modifier = _LEARNED_MODIFIER.match(text, at)
        if modifier is None:
            return None
        at = modifier.end()
    return None


def _learned_descriptions_pattern(text: str, roles: frozenset[str]) -> list[tuple[int, int, str, int | None]]:
    """:func:`learned_descriptions` by a pattern of the role words (words that are not lower-case letters only)."""
    alt = "|".join(map(re.escape, sorted(roles, key=lambda r: (-len(r), r))))
    pattern = re.compile(
        rf"{_THE}\s+(?:(?P<age>\d{{1,3}})-year-old\s+)?(?:(?:[a-z]+|[A-Z][a-z]+)\s+){{0,2}}?(?P<role>{alt})\b(?![\s-]+[A-Z][a-z])(?![-’'])"
    )
    return [
        (m.start(), m.end(), m.group("role"), int(m.group("age")) if m.group("age") else None)
        for m in pattern.finditer(text)
        if not _not_roles().intersection(text[m.start() : m.start("role")].split()[1:])  # "the site where teenager"
    ]

"""Personal names: titles and roles, normalised keys, and whether two spellings name the same person."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Titles and roles that precede a name; longest first so "Secretary of State" beats "Secretary".
TITLES = sorted(
    [
        "Secretary of State", "Secretary of Defense", "Defense Secretary", "Foreign Secretary", "Home Secretary",
        "Foreign Minister", "Prime Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "President", "Vice President", "Chancellor", "Minister", "Secretary", "Spokesperson", "Spokesman",
        "Spokeswoman", "spokesperson", "spokesman", "spokeswoman", "Ambassador", "Senator", "Sen.", "Rep.",
        "Representative", "Gov.", "Governor", "Mayor", "Police Chief", "Chief", "Gen.", "General", "Lt. Col.",
        "Col.", "Colonel", "Maj.", "Major", "Capt.", "Captain", "Sgt.", "Sergeant", "Lt.", "Lieutenant",
        "Adm.", "Admiral", "Dr.", "Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr", "Judge", "Justice", "Chief Justice", "King",
        "Queen", "Prince", "Princess", "Pope", "Rev.", "Reverend", "Director", "Chairman", "Chairwoman",
        "Chief Executive", "CEO", "Commissioner", "Inspector", "Detective", "Officer", "Leader", "Speaker",
        "Attorney General", "envoy", "Envoy", "leader", "commander", "Commander", "coach", "Coach", "founder",
        "lawyer", "attorney", "director", "chairman", "executive", "official", "analyst", "professor",
        "Professor", "Prof.", "Sheikh", "Emir", "Ayatollah", "Patriarch", "Archbishop", "Bishop", "Cardinal",
        "teacher", "nurse", "doctor", "farmer", "driver", "student", "resident", "witness", "neighbour", "neighbor",
        "owner", "manager", "worker", "pastor", "priest", "imam", "rabbi", "economist", "scientist", "researcher",
        "historian", "journalist", "reporter", "photographer", "author", "actor", "singer", "activist", "mother",
        "father", "Pastor", "Father", "Sister", "Brother", "Rabbi", "Imam", "Premier", "Deputy", "Acting",
    ],
    key=len,
    reverse=True,
)  # fmt: skip
#: Name particles that some house styles drop ("Bashar al-Assad" / "Bashar Assad").
PARTICLES = {
    "al",
    "el",
    "al-",
    "el-",
    "bin",
    "ibn",
    "ben",
    "van",
    "von",
    "de",
    "da",
    "di",
    "du",
    "der",
    "den",
    "le",
    "la",
}
#: Capitalised words that are not parts of personal names (organisations, places, demonyms, months).
NOT_NAMES = {
    "State", "States", "United", "Department", "Islamic", "Nations", "Policy", "Images", "Union", "Council",
    "House", "Ministry", "Army", "Forces", "Force", "Agency", "Group", "Street", "City", "Party", "News",
    "Post", "Times", "Hostilities", "Cessation", "Kremlin", "Russia", "Syria", "Aleppo", "Moscow", "Washington",
    "American", "Russian", "Syrian", "British", "French", "German", "Chinese", "Iranian", "Turkish", "Israeli",
    "Palestinian", "Ukrainian", "European", "Arab", "Kurdish", "NATO", "Qaeda", "Taboola", "Getty", "Foreign",
    "Defense", "Defence", "Pentagon", "Congress", "Senate", "Court", "Supreme", "National", "International",
    "Security", "Office", "Bureau", "Committee", "Commission", "Bank", "University", "College", "School",
    "Hospital", "Police", "Church", "Airlines", "Airport", "Company", "Corporation", "Inc", "Ltd", "Association",
    "Organization", "Organisation", "Institute", "Center", "Centre", "Foundation", "Federal", "Republic",
    "Kingdom", "Empire", "North", "South", "East", "West", "Middle", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "July",
    "September", "October", "November", "December", "The", "New", "Los", "San", "Hong", "Kong", "A", "An", "In", "On", "At", "But", "And", "He",
    "She", "They", "It", "This", "That", "Photo", "Trending", "Sponsored", "More", "By", "Cable", "Obama's",
    "Crimean", "Cooperation", "War", "Halts", "Civil", "Peninsula", "Museum", "Park", "Square", "Avenue",
    "County", "Province", "Region", "Airborne", "Division", "Navy", "Marine", "Marines", "Guard", "Red", "Cross",
    "Crescent", "Amnesty", "Watch", "Human", "Rights", "Doctors", "Without", "Borders", "Secretary", "President",
    "Minister", "General", "Chief", "Governor", "Mayor", "Spokesperson", "Spokesman", "Spokeswoman", "Senator",
    "Academy", "Sons", "Brothers", "Holdings", "Partners", "Trust", "Fund", "Club", "Team", "Hotel", "Restaurant",
    "Market", "Store", "Stores", "Mall", "Bridge", "River", "Lake", "Mountain", "Road", "Lane", "Drive", "Station",
    "Cathedral", "Mosque", "Temple", "Hall", "Library", "Prison", "Camp", "Packaging", "Logistics", "Industries",
    "Systems", "Technologies", "Motors", "Energy", "Media", "Press", "Health", "Services", "Solutions", "Labs",
    "Network", "Authority", "Board", "Service", "Fire", "Brigade", "Unit",
    "Channel", "Radio", "Television", "Journal", "Herald", "Gazette", "Tribune", "Daily", "Weekly", "Review",
    "Affairs", "Relations", "Studies", "Program", "Programme", "Project", "Initiative", "Alliance", "Coalition",
    "Front", "Movement", "Brigades", "Guards", "Revolutionary", "Liberation", "Democratic", "Socialist",
    "Labour", "Labor", "Conservative", "Liberal", "Green", "Federation", "League", "Cup", "Games",
    "Olympics", "Festival", "Awards", "Prize", "Act", "Bill", "Treaty", "Accord", "Agreement", "Plan",
    "Air", "Airways", "Airplanes", "Aircraft", "Aerospace", "Workers", "Composite", "Exchange", "Record", "Beach",
    "Command", "Financial", "Show", "Fighter", "Average", "Index", "Stock", "Stocks", "Capital", "Securities",
    "Insurance", "Investments", "Electric", "Automotive", "Big", "Special", "Joint", "Strike", "Global",
    "Australia", "France", "Canada", "India", "Japan", "China", "Britain", "England", "Germany", "Italy", "Spain",
    "Mexico", "Brazil", "Iran", "Iraq", "Afghanistan", "Pakistan", "Ukraine", "Turkey", "Egypt", "Qatar", "Europe",
    "Asia", "Africa", "America", "London", "Paris", "Berlin", "Beijing", "Tokyo", "Delhi", "York", "Jersey",
    "Chicago", "Detroit", "Seattle", "Boston", "Texas", "California", "Florida", "Japanese", "Brazilian",
    "Canadian", "Australian", "Indian", "Mexican", "Italian", "Spanish", "Dutch", "Swiss", "Swedish", "Norwegian",
    "Danish", "Finnish", "Polish", "Greek", "Egyptian", "Saudi", "Iraqi", "Afghan", "Pakistani", "Korean",
    "Vietnamese", "Thai", "Indonesian", "Nigerian", "Kenyan", "African", "Irish", "Scottish", "Welsh", "English",
    "Belgian", "Austrian", "Hungarian", "Czech", "Romanian", "Portuguese", "Argentine", "Chilean", "Colombian",
    "Venezuelan", "Cuban", "Lebanese", "Jordanian", "Yemeni", "Libyan", "Moroccan", "Algerian", "Sudanese",
    "Ethiopian", "Somali", "Qatari", "Emirati", "Asian", "Latin", "Western", "Eastern", "Northern", "Southern",
    "Congressional", "Parliament", "Parliamentary", "Commercial", "Dow", "Nasdaq", "Ocean", "Sea", "Flight",
    "Democrats", "Republicans", "Democrat", "Republican", "Government", "Oversight", "System", "Factory",
    # words that open sentences but never names ("Although Gallois", "Some Democrats")
    "Although", "Actual", "First", "Some", "Two", "Three", "Four", "Five", "Many", "Most", "Several", "All", "Both",
    "Each", "Every", "Other", "Another", "Such", "These", "Those", "Last", "Next", "Despite", "After", "Before",
    "When", "While", "If", "As", "Since", "Because", "However", "Meanwhile", "Also", "Then", "Now", "Today",
    "Yesterday", "Earlier", "Later", "Only", "Even", "Still", "According", "Under", "Over", "Among", "Between",
    "During", "Within", "Unlike", "Like", "Following", "Including", "Speaking", "Asked", "Why", "What",
    "Where", "Who", "How", "Our", "Their", "His", "Her", "Its", "We", "You", "I", "Not", "No", "Yes", "Extra",
    "Of", "To", "For", "With", "From", "Into", "Upon", "Off", "Out",
}  # fmt: skip
PRONOUNS = {"he", "she", "they", "him", "her"}
#: heads of state and government: what "the Russian strongman" or "the leader" most likely refers to
HEAD_TITLES = ("president", "prime minister", "premier", "king", "queen", "chancellor", "leader", "emir", "strongman")

#: a capitalised name word; "McDonald", "LaHood", "O'Leary" and "Quintero-Diaz" are one word each
_TOKEN = r"[A-Z][a-zà-ÿ'’]+(?:[A-Z][a-zà-ÿ'’]+)?(?:-[A-Z][a-zà-ÿ'’]+)?"
_PARTICLE = r"(?:al-|el-|al\s|bin\s|ibn\s|van\s|von\s|de\s|da\s|di\s)"
#: a full personal name: two to four capitalised tokens, particles and middle initials allowed
FULL_NAME = re.compile(rf"\b{_TOKEN}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN}){{1,3}}\b")
_TITLE_RE = "|".join(re.escape(t) for t in TITLES)
#: a title with an optional organisation or nationality before it ("State Department Spokesperson")
TITLED = re.compile(
    rf"(?P<title>(?:(?:[A-Z][a-z]+|U\.S\.|U\.N\.)\s+){{0,3}}(?:{_TITLE_RE}))\s+(?P<name>{FULL_NAME.pattern})"
)
#: a run of capitalised words (with particles and middle initials): where personal names are looked for
_RUN = re.compile(rf"(?<![\w’'-]){_TOKEN}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN})+")
_RUN_WORD = re.compile(rf"(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN}")
_TITLE_LOWER = {t.lower() for t in TITLES}
_TITLE_WORDS = {w for t in _TITLE_LOWER for w in t.split()}
_PREFIX_WORD = re.compile(r"(?:[A-Z][a-z]+|U\.S\.|U\.N\.|U\.K\.|EU)$")
_POSSESSIVE = re.compile(r"[’']s$")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """A name's tokens without particles, initials or punctuation, lowercased and unaccented."""
    return list(_tokens(name))


@lru_cache(maxsize=4096)
def _tokens(name: str) -> tuple[str, ...]:
    out = []
    for raw in strip_accents(name).replace("’", "'").split():
        for part in raw.split("-") if raw.lower().startswith(("al-", "el-")) else [raw]:
            t = part.strip(".,'").lower()
            if not t or t in PARTICLES or (len(t) == 1 and t.isalpha()):
                continue
            out.append(t)
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


@lru_cache(maxsize=65536)  # linking compares each new name with a story's every entity
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
    return _transliterations(fa, fb)


def is_name(candidate: str) -> bool:
    """A capitalised sequence that reads as a personal name rather than an organisation or place."""
    words = candidate.split()
    if len(words) < 2:
        return False
    return not any(w.rstrip(".,'’s") in NOT_NAMES or _POSSESSIVE.sub("", w) in NOT_NAMES for w in words)


def _title_before(text: str, at: int, lead: list[str]) -> tuple[int, str] | None:
    """The title or role right before a name ("Secretary of State", "State Department spokesman")."""
    window = text[max(0, at - 60) : at]
    cut = max(window.rfind(c) for c in ',;:()“”"')
    words = window[cut + 1 :].split()
    words = words[: len(words) - len(lead)] + lead if lead else words
    if not words:
        return None
    core = 0
    for k in (1, 2, 3):
        if k <= len(words) and " ".join(words[-k:]).lower() in _TITLE_LOWER:
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
        spans = [(w.start(), w.end()) for w in _RUN_WORD.finditer(m.group(0))]
        # the word itself, without an initial or particle before it ("W. Bush" -> "Bush")
        words = [text[base + s : base + e].rsplit(None, 1)[-1] for s, e in spans]
        j = len(words)
        while j > 0 and words[j - 1] in _TIME_WORDS:
            j -= 1  # "Kerry Monday"
        if j and words[j - 1] in NOT_NAMES:
            continue  # ends in an organisation or place word: "Coastal Resilience Institute"
        # the name starts after the last title, place or organisation word ("Former President George W. Bush")
        i = j
        while i > 0 and words[i - 1] not in _NOT_NAME_OR_TITLE:
            i -= 1
        if j - i < 2:
            continue
        if j - i > 4 or any(_POSSESSIVE.search(w) for w in words[i : j - 1]):
            continue  # "Dow Jones Industrial Average Index", "Japan's Nikkei": not a personal name
        if words[i] in PLACE_PREFIXES or (i and words[i - 1] in PLACE_PREFIXES):
            continue  # "Cape Ruskin", "Hurricane Dana", "Port Elwyn"
        start, end = base + spans[i][0], base + spans[j - 1][1]
        name = _POSSESSIVE.sub("", text[start:end])
        if not is_name(name):
            continue
        found = _title_before(text, start, words[:i])
        out.append((start, start + len(name), name, found[1] if found else None))
    return out


_TIME_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "July", "September", "October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip
#: words before a proper name that make it a place or an event, not a person
PLACE_PREFIXES = {
    "Hurricane", "Storm", "Typhoon", "Cyclone", "Tropical", "Cape", "Mount", "Mt", "Lake", "Fort", "Port", "Saint",
    "Point", "Camp", "Gulf", "Bay", "Isle", "Lower", "Upper", "Greater", "Operation", "Flight", "Route", "Highway",
}  # fmt: skip
_HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Miss", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Col.", "Capt.", "Sgt."}


def is_titled_surname(text: str) -> bool:
    """A title or honorific and a capitalised surname: "Mr. Baptiste", "President Putin", "Foreign Minister Lavrov"."""
    words = text.split()
    if len(words) < 2 or not words[-1][:1].isupper() or _POSSESSIVE.sub("", words[-1]) in NOT_NAMES:
        return False
    title = " ".join(words[:-1])
    return title in _HONORIFICS or (title[:1].isupper() and title.lower() in _TITLE_LOWER)


_TITLE_CAPS = {w[:1].upper() + w[1:] for t in TITLES for w in t.split()} | {"of"}
_NOT_NAME_OR_TITLE = NOT_NAMES | _TITLE_CAPS

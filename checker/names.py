"""Personal names: titles and roles, normalised keys, and whether two spellings name the same person."""

from __future__ import annotations

import re
import unicodedata

#: Titles and roles that precede a name; longest first so "Secretary of State" beats "Secretary".
TITLES = sorted(
    [
        "Secretary of State", "Secretary of Defense", "Defense Secretary", "Foreign Secretary", "Home Secretary",
        "Foreign Minister", "Prime Minister", "Defence Minister", "Defense Minister", "Interior Minister",
        "President", "Vice President", "Chancellor", "Minister", "Secretary", "Spokesperson", "Spokesman",
        "Spokeswoman", "spokesperson", "spokesman", "spokeswoman", "Ambassador", "Senator", "Sen.", "Rep.",
        "Representative", "Gov.", "Governor", "Mayor", "Police Chief", "Chief", "Gen.", "General", "Lt. Col.",
        "Col.", "Colonel", "Maj.", "Major", "Capt.", "Captain", "Sgt.", "Sergeant", "Lt.", "Lieutenant",
        "Adm.", "Admiral", "Dr.", "Mr.", "Mrs.", "Ms.", "Miss", "Judge", "Justice", "Chief Justice", "King",
        "Queen", "Prince", "Princess", "Pope", "Rev.", "Reverend", "Director", "Chairman", "Chairwoman",
        "Chief Executive", "CEO", "Commissioner", "Inspector", "Detective", "Officer", "Leader", "Speaker",
        "Attorney General", "envoy", "Envoy", "leader", "commander", "Commander", "coach", "Coach", "founder",
        "lawyer", "attorney", "director", "chairman", "executive", "official", "analyst", "professor",
        "Professor", "Prof.", "Sheikh", "Emir", "Ayatollah", "Patriarch", "Archbishop", "Bishop", "Cardinal",
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
    "House", "White", "Ministry", "Army", "Forces", "Force", "Agency", "Group", "Street", "City", "Party", "News",
    "Post", "Times", "Hostilities", "Cessation", "Kremlin", "Russia", "Syria", "Aleppo", "Moscow", "Washington",
    "American", "Russian", "Syrian", "British", "French", "German", "Chinese", "Iranian", "Turkish", "Israeli",
    "Palestinian", "Ukrainian", "European", "Arab", "Kurdish", "NATO", "Qaeda", "Taboola", "Getty", "Foreign",
    "Defense", "Defence", "Pentagon", "Congress", "Senate", "Court", "Supreme", "National", "International",
    "Security", "Office", "Bureau", "Committee", "Commission", "Bank", "University", "College", "School",
    "Hospital", "Police", "Church", "Airlines", "Airport", "Company", "Corporation", "Inc", "Ltd", "Association",
    "Organization", "Organisation", "Institute", "Center", "Centre", "Foundation", "Federal", "Republic",
    "Kingdom", "Empire", "North", "South", "East", "West", "Middle", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "The", "A", "An", "In", "On", "At", "But", "And", "He",
    "She", "They", "It", "This", "That", "Photo", "Trending", "Sponsored", "More", "By", "Cable", "Obama's",
    "Crimean", "Cooperation", "War", "Halts", "Civil", "Peninsula", "Museum", "Park", "Square", "Avenue",
    "County", "Province", "Region", "Airborne", "Division", "Navy", "Marine", "Marines", "Guard", "Red", "Cross",
    "Crescent", "Amnesty", "Watch", "Human", "Rights", "Doctors", "Without", "Borders", "Secretary", "President",
    "Minister", "General", "Chief", "Governor", "Mayor", "Spokesperson", "Spokesman", "Spokeswoman", "Senator",
}  # fmt: skip
PRONOUNS = {"he", "she", "they", "him", "her"}

_TOKEN = r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
_PARTICLE = r"(?:al-|el-|al\s|bin\s|ibn\s|van\s|von\s|de\s|da\s|di\s)"
#: a full personal name: two to four capitalised tokens, particles and middle initials allowed
FULL_NAME = re.compile(rf"\b{_TOKEN}(?:\s+(?:[A-Z]\.\s+)?{_PARTICLE}?{_TOKEN}){{1,3}}\b")
_TITLE_RE = "|".join(re.escape(t) for t in TITLES)
#: a title with an optional organisation or nationality before it ("State Department Spokesperson")
TITLED = re.compile(
    rf"(?P<title>(?:(?:[A-Z][a-z]+|U\.S\.|U\.N\.)\s+){{0,3}}(?:{_TITLE_RE}))\s+(?P<name>{FULL_NAME.pattern})"
)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def tokens(name: str) -> list[str]:
    """A name's tokens without particles, initials or punctuation, lowercased and unaccented."""
    out = []
    for raw in re.split(r"[\s]+", strip_accents(name).replace("’", "'")):
        for part in re.split(r"-", raw) if raw.lower().startswith(("al-", "el-")) else [raw]:
            t = part.strip(".,'").lower()
            if not t or t in PARTICLES or re.fullmatch(r"[a-z]", t):
                continue
            out.append(t)
    return out


def name_key(name: str) -> str:
    """A spelling-insensitive key: "Bashar al-Assad", "Bashar Assad" and "BASHAR AL ASSAD" agree."""
    return " ".join(tokens(name))


def surname(name: str) -> str:
    toks = tokens(name)
    return toks[-1] if toks else ""


def same_person(a: str, b: str) -> bool:
    """Whether two spellings name one person: same key, or same surname with compatible first names."""
    ka, kb = tokens(a), tokens(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if ka[-1] != kb[-1]:
        return False
    if len(ka) == 1 or len(kb) == 1:
        return True
    return ka[0] == kb[0] or (ka[0][0] == kb[0][0] and (len(ka[0]) == 1 or len(kb[0]) == 1))


def is_name(candidate: str) -> bool:
    """A capitalised sequence that reads as a personal name rather than an organisation or place."""
    words = candidate.split()
    if len(words) < 2:
        return False
    return not any(w.rstrip(".,'’s") in NOT_NAMES for w in words)

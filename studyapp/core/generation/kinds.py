"""What kind of thing a name names, read from its words: a sea or a mountain range, a building, an
army or a university, a title rather than a person. Wrong choices must be of the key's kind: "Baltic
Sea" among land regions, or a hospital among cities, gives the answer away.

Like ``lexicon.EVENT_FAMILIES``, these describe English names in general, not any one article.
"""

from __future__ import annotations

import functools
from pathlib import Path

from studyapp.core.generation.lexicon import COUNTRIES, ROLE_NOUNS, STRUCTURE_WORDS, US_STATES
from studyapp.core.generation.wordlists import words_of

# Last words of names of water: "Baltic Sea", "Bothnian Bay", "Puget Sound", "Strait of Hormuz".
WATER_HEADS = words_of("water_heads")
# First words of names of water: "Lake Ladoga", "River Thames", "Loch Ness".
WATER_FIRST = words_of("water_first")
# Seas and oceans named by one word ("the Baltic", "the Mediterranean"). Not "Arctic" or
# "Caribbean": alone, those name land regions as often as seas.
WATER_NAMES = words_of("water_names")

# Big rivers named without "River" ("the Danube"). Not "Amazon", "Don" or "Mississippi": those
# name other things as often.
RIVER_NAMES = words_of("river_names")

# Continents and the large regions named after them ("West Africa", "Latin America", "the Americas"):
# offered among themselves, never beside a state or a town ("Europe" beside "Rhode Island").
CONTINENT_WORDS = words_of("continent_words")

# Mountains: "Rocky Mountains", "Andes", "Mount Elbrus", "Sierra Madre", "Alborz Range".
MOUNTAIN_HEADS = words_of("mountain_heads")
MOUNTAIN_FIRST = words_of("mountain_first")

# Last words of names of buildings and other man-made places: a place, but never a city, a country
# or a sea. Wider than STRUCTURE_WORDS: a university is also a body, but still not a town.
FACILITY_HEADS = STRUCTURE_WORDS | frozenset("""
university college school academy institute seminary centre center towers gardens garden plaza
mall market hotel prison jail zoo chapel abbey monastery convent observatory laboratory campus
terminal pier wharf dock lane drive boulevard house mill lighthouse fort barracks base tavern inn pub
restaurant cafe café shop store warehouse lodge manor villa pavilion gallery clinic asylum fortress
citadel gate tomb mausoleum shrine pagoda synagogue basilica bazaar plantation ranch farm grounds
fault field
""".split())

# Kinds of facility by the head of the name: a tunnel's wrong choices are bridges and stations, not a
# park or a museum; a park's are squares and gardens. Other heads are buildings ("facility").
_FACILITY_KIND = {
    "canal": "water",  # the Panama Canal with the Suez Canal and the straits, not with bridges
    **dict.fromkeys("airport bridge tunnel station port harbour harbor dam terminal pier wharf dock street "
                    "avenue road lane drive boulevard gate railway highway".split(), "facility:transport"),
    **dict.fromkeys("park square garden gardens plaza zoo common".split(), "facility:green"),
    **dict.fromkeys("university college school academy institute seminary campus observatory laboratory library "
                    "museum gallery".split(), "facility:learning"),
    **dict.fromkeys("cathedral church mosque temple chapel abbey monastery convent basilica synagogue shrine pagoda "
                    "tomb mausoleum cemetery".split(), "facility:worship"),
    "fault": "facility:fault",  # the North Anatolian Fault: no building, no town
}

# Last words of named areas of land: a person's name never ends so ("Charles Town" is a place).
LAND_HEADS = words_of("land_heads")

# Kinds of organisations by the head word of their name. A navy's wrong choices are other armed
# forces, a glee club's other clubs, not a church or a dental school.
ORG_FAMILIES = {
    "education": words_of("org_families_education"),
    "armed": words_of("org_families_armed"),
    "government": words_of("org_families_government"),
    "religious": words_of("org_families_religious"),
    "company": words_of("org_families_company"),
    "club": words_of("org_families_club"),
    "society": words_of("org_families_society"),
    "party": words_of("org_families_party"),
    "news": words_of("org_families_news"),
}
_ORG_FAMILY_OF = {word: fam for fam, words in ORG_FAMILIES.items() for word in words}

# Words that say what kind of thing a name names, not which one: "Glee Club" and "Chess Club", or
# "Baltic Sea" and "North Sea", are two things, though they share a word.
KIND_WORDS = (WATER_HEADS | WATER_FIRST | MOUNTAIN_HEADS | MOUNTAIN_FIRST | FACILITY_HEADS | LAND_HEADS
              | frozenset(_ORG_FAMILY_OF) | frozenset("of and for".split()))


def distinctive(words: list[str]) -> list[str]:
    """The words of a (normalised) name that tell it from others of its kind; all of them when
    every word is a kind word ("Parliament")."""
    return [w for w in words if w not in KIND_WORDS] or words


# Occupations written before a name like a title ("the Marxist philosopher Louis Althusser").
OCCUPATIONS = words_of("occupations")

# Words that are a title, an office or a rank, not a name: "Head Sergeant", "First Lady", "Grand Duke".
TITLE_WORDS = ROLE_NOUNS | frozenset("""
sergeant corporal lieutenant major colonel private marshal commodore ensign brigadier cadet
mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady madam st st. saint rev rev. reverend fr fr. father
duke duchess earl count countess baron baroness marquis marquess viscount knight
senior junior assistant acting grand first vice high lord mayor elder
""".split()) | frozenset(OCCUPATIONS)

# Heads of place and body names that are also common surnames ("Stuart Hall", "Shirley Temple",
# "Margaret Court"): they do not make a name a place.
_SURNAMES = words_of("surnames")

# First words that make a name a place ("New Amsterdam", "Nya Sverige", "Fort Worth"), in the
# languages colonies and towns were named in.
PLACE_FIRST = words_of("place_first")
# "De Kuip", "La Scala", "El Dorado": an article and one word is a building's or a place's nickname.
_FOREIGN_ARTICLES = words_of("foreign_articles")


def _words(name: str) -> list[str]:
    words = name.lower().replace("’", "'").split()
    if words and words[0] == "the":
        words = words[1:]
    return [w.removesuffix("'s").strip(",;:()\"'") for w in words]


def _head_words(words: list[str]) -> list[str]:
    """The words a name's kind is read from, in order: the last word, then the head before "of"
    ("Gulf of Mexico", "University of Pittsburgh")."""
    if not words:
        return []
    if "of" in words[1:]:
        return [words[-1], words[words.index("of", 1) - 1]]
    return [words[-1]]


@functools.lru_cache(maxsize=65536)
def place_kind(name: str) -> str:
    """"water", "mountain", a kind of facility ("facility" for buildings, "facility:transport",
    "facility:green", "facility:learning", "facility:worship"), "continent" (with its large regions) or
    "land" (countries, states, towns, other regions)."""
    words = _words(name)
    if not words:
        return "land"
    whole = " ".join(words)
    if whole in COUNTRIES or whole in US_STATES:
        return "land"  # "Sierra Leone", "Rhode Island"
    if whole.endswith(("national park", "state park", "national forest", "national monument")):
        return "land"  # Yosemite National Park is a stretch of country, not a town's park
    for word in _head_words(words):
        if word in FACILITY_HEADS:
            return _FACILITY_KIND.get(word, "facility")
        if word in WATER_HEADS or word in WATER_NAMES or word in RIVER_NAMES:
            return "water"
        if word in MOUNTAIN_HEADS:
            return "mountain"
    if words[-1] == "hemisphere":
        return "hemisphere"  # "Western Hemisphere" beside "Africa" or "Europe" is no choice: it holds them
    if words[-1] in CONTINENT_WORDS:
        return "continent"
    if len(words) > 1 and words[0] in WATER_FIRST:
        return "water"
    if words[0] in MOUNTAIN_FIRST and len(words) > 1:
        return "mountain"
    return "land"


def _closed_sets() -> dict[str, tuple[str, ...]]:
    """Kind -> its members, from data/choices/closed_sets.tsv (see there why no open kind is listed)."""
    path = Path(__file__).parent / "data" / "choices" / "closed_sets.tsv"
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {kind: tuple(names.strip().split("|")) for kind, names in rows}


_FALLBACK = _closed_sets()


# Names that stand for a tongue rather than a people ("_____ lyrics": Latin), and the names a tongue
# is offered beside (the well-known ones above, and a few more). "Greek" or "French" alone may be a
# people as well, so only the first set makes a key a tongue.
TONGUES = words_of("tongues")
TONGUE_CHOICES = TONGUES | frozenset(name.lower() for name in _FALLBACK["language"]) \
    | frozenset("spanish english persian".split())


def fallback_names(kind: str, key: str) -> list[str]:
    """The other members of a closed kind (continents, faiths, tongues ...) for a key of ``kind``,
    those named like it first. Used only when an article and the bank give too few of the right
    kind; an open kind (lakes, stadiums, banks) has none: never a famous name from elsewhere."""
    words = _words(key)
    if not words:
        return []

    def unlike(option: str) -> tuple[bool, bool, int]:
        ow = _words(option)
        return ow[-1] != words[-1], ow[0] != words[0], abs(len(ow) - len(words))

    return sorted(_FALLBACK.get(kind, ()), key=unlike)


# Religions, and the words for their followers: "Puritans" are offered beside Quakers and Catholics,
# "Islamic" beside "Jewish", never beside peoples ("Indians") or nations ("Greek").
FAITHS = words_of("faiths")
FAITHFUL = words_of("faithful")


def faith_kind(word: str) -> str | None:
    """"faith" (a religion), "faithful people" ("Puritans"), "faithful" ("Islamic"), or None."""
    low = word.lower().strip()
    if low in FAITHS:
        return "faith"
    if low.endswith("s") and low[:-1] in FAITHFUL:
        return "faithful people"
    if low in FAITHFUL:
        return "faithful"
    return None


@functools.lru_cache(maxsize=65536)
def org_family(name: str) -> str | None:
    """The family of a body ("education", "armed", ...) from the head word of its name, or None.
    The first word counts last: "FC Barcelona", "Bank Leumi"."""
    words = _words(name)
    if words[:2] in (["electoral", "college"], ["college", "of"]):
        return "government"  # the Electoral College and the College of Cardinals teach nobody
    for word in _head_words(words) + words[:1]:
        fam = _ORG_FAMILY_OF.get(word)
        if fam is not None:
            return fam
    return None


@functools.lru_cache(maxsize=65536)
def not_a_person(name: str) -> bool:
    """Is ``name`` plainly not a person's name: titles only ("Head Sergeant"), or a name ending
    like a place or a body ("John Radcliffe Hospital", "Charles Town"), or starting like one
    ("Nya Sverige", "De Kuip")?"""
    words = _words(name)
    if not words:
        return True
    if all(w in TITLE_WORDS for w in words):
        return True
    last = words[-1]
    if len(words) > 1 and last not in _SURNAMES and (
            place_kind(name) != "land" or last in LAND_HEADS or _ORG_FAMILY_OF.get(last) is not None):
        return True
    if len(words) > 1 and words[0] in PLACE_FIRST:
        return True
    return len(words) == 2 and words[0] in _FOREIGN_ARTICLES and name.split()[0][:1].isupper()


def starts_with_title(name: str) -> bool:
    """Does a person's name open with a title or an office ("Historian Gabriel Kolko", "Catholicos
    Abraham")? Beside bare names, such a choice stands out."""
    words = _words(name)
    return len(words) > 1 and words[0] in TITLE_WORDS

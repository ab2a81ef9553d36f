"""Small word lists the rules need: they describe English and the world, not any one article."""

from __future__ import annotations

from studyapp.core.generation.wordlists import words_of

COUNTRIES = words_of("countries")

# Well-known regions, provinces and states outside the United States, and regions inside it: places
# the small model tags like towns ("Bosnia" beside Belgrade, "Nova Scotia" beside Montreal). Typed as
# places, so that they never stand among cities as wrong choices, nor cities among them.
REGIONS = words_of("regions")

US_STATES = words_of("us_states")

# Nouns that name an office or a relation of a person: "Prime Minister Fumio Kishida",
# "first lady Kim Keon Hee", "his wife, Yuko".
ROLE_NOUNS = words_of("role_nouns")

# Verbs that introduce reported speech.
SPEECH_VERBS = words_of("speech_verbs")

# Words of web-page chrome. A sentence made mostly of them is not article text.
CHROME_WORDS = words_of("chrome_words")

# Parts of icon names pasted into article text by copy-and-paste ("ArrowRight", "ChevronDown").
ICON_PARTS = words_of("icon_parts")
# Words of a page's labels above its headline ("National News", "Accessibility links"): the import
# skips such lines when it looks for the title.
PAGE_SECTION_WORDS = words_of("page_sections")

PRONOUNS_DANGLING = words_of("pronouns_dangling")

WH_WORDS = ("what", "who", "whom", "whose", "when", "where", "which", "why", "how")

# Names of one country or body written in several ways (normalised: lower case, no punctuation).
_ALIAS_GROUPS = (
    ("united states", "us", "u s", "usa", "united states of america", "america"),
    # England is not Britain, but offered beside it one reads as a second right answer.
    ("united kingdom", "uk", "u k", "britain", "great britain", "england"),
    ("soviet union", "ussr", "u s s r"),
    ("european union", "eu"),
    ("united nations", "un"),
    ("royal navy", "british navy"),
    ("people s republic of china", "prc", "china"),
    ("republic of korea", "south korea"),
    ("democratic people s republic of korea", "north korea", "dprk"),
    ("holy see", "vatican", "vatican city"),
    ("netherlands", "holland"),
    ("burma", "myanmar"),
    ("czech republic", "czechia"),
)
ALIASES = {name: group[0] for group in _ALIAS_GROUPS for name in group}

# Buildings and works the tagger calls organisations ("Van Nelle Factory"): places, never bodies.
STRUCTURES_NOT_BODIES = words_of("structures_not_bodies")

# Last words of named structures: an airport's wrong choices are stations and bridges, not seas.
# Wider than STRUCTURES_NOT_BODIES: a museum or a hospital is also a body, but still a building.
STRUCTURE_WORDS = words_of("structure_words")

# Names of peoples ("Scots-Irish", "the Dutch"): the small tagger sometimes reads them as persons.
DEMONYMS = words_of("demonyms")

# Kinds of events by the last word of their name: a wrong choice for "Big East Conference" ... for
# "Great Fire" is another disaster, not a war or a bowl game.
EVENT_FAMILIES = {
    "conflict": words_of("event_families_conflict"),
    "disaster": words_of("event_families_disaster"),
    "contest": words_of("event_families_contest"),
    "gathering": words_of("event_families_gathering"),
    "period": words_of("event_families_period"),
    "affair": words_of("event_families_affair"),
}
# Names ending so are events whatever the tagger said ("Bowl", "Series" and "Open" also end names
# of stadiums and universities, so they only sort events the tagger found).
EVENT_HEADS = frozenset().union(*EVENT_FAMILIES.values()) - {"bowl", "series", "open"}

# Parties and their members: "a liberal Republican" is offered beside Democrats and Whigs, not peoples.
PARTY_WORDS = words_of("party_words")

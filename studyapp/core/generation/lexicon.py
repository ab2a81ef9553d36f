"""Small word lists the rules need: they describe English and the world, not any one article."""

from __future__ import annotations

from studyapp.core.generation.wordlists import words

COUNTRIES = (
    words("shared-continent_words+countries")
    | words("countries")
    | words("shared-countries+pronouns_dangling")
    | words("shared-countries+regions")
)

# Well-known regions, provinces and states outside the United States, and regions inside it: places
# the small model tags like towns ("Bosnia" beside Belgrade, "Nova Scotia" beside Montreal). Typed as
# places, so that they never stand among cities as wrong choices, nor cities among them.
REGIONS = (
    words("shared-countries+regions")
    | words("shared-mountain_heads+regions")
    | words("regions")
)

US_STATES = words("us_states")

# Nouns that name an office or a relation of a person: "Prime Minister Fumio Kishida",
# "first lady Kim Keon Hee", "his wife, Yuko".
ROLE_NOUNS = words("role_nouns")

# Verbs that introduce reported speech.
SPEECH_VERBS = (
    words("shared-land_heads+speech_verbs")
    | words("speech_verbs")
    | words("shared-speech_verbs+standalone_event_verbs")
)

# Words of web-page chrome. A sentence made mostly of them is not article text.
CHROME_WORDS = (
    words("chrome_words")
    | words("shared-chrome_words+icon_parts")
    | words("shared-chrome_words+standalone_event_verbs")
)

# Parts of icon names pasted into article text by copy-and-paste ("ArrowRight", "ChevronDown").
ICON_PARTS = (
    words("shared-boundary_verbs+event_families_contest+icon_parts")
    | words("shared-boundary_verbs+icon_parts")
    | words("shared-chrome_words+icon_parts")
    | words("icon_parts")
)

PRONOUNS_DANGLING = words("shared-countries+pronouns_dangling") | words("pronouns_dangling")

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
STRUCTURES_NOT_BODIES = (
    words("shared-structure_words+structures_not_bodies")
    | words("shared-structure_words+structures_not_bodies+surnames")
    | words("structures_not_bodies")
)

# Last words of named structures: an airport's wrong choices are stations and bridges, not seas.
# Wider than STRUCTURES_NOT_BODIES: a museum or a hospital is also a body, but still a building.
STRUCTURE_WORDS = (
    words("shared-org_families_religious+structure_words+surnames")
    | words("shared-place_first+structure_words")
    | words("structure_words")
    | words("shared-structure_words+structures_not_bodies")
    | words("shared-structure_words+structures_not_bodies+surnames")
    | words("shared-structure_words+surnames")
)

# Names of peoples ("Scots-Irish", "the Dutch"): the small tagger sometimes reads them as persons.
DEMONYMS = words("demonyms") | words("shared-demonyms+faithful")

# Kinds of events by the last word of their name: a wrong choice for "Big East Conference" ... for
# "Great Fire" is another disaster, not a war or a bowl game.
EVENT_FAMILIES = {
    "conflict": (
        words("event_families_conflict")
        | words("shared-event_families_conflict+period_nouns")
    ),
    "disaster": (
        words("event_families_disaster")
        | words("shared-event_families_disaster+period_nouns")
    ),
    "contest": (
        words("shared-boundary_verbs+event_families_contest+icon_parts")
        | words("event_families_contest")
    ),
    "gathering": words("event_families_gathering"),
    "period": (
        words("event_families_period")
        | words("shared-event_families_period+period_nouns")
        | words("shared-event_families_period+period_pointers")
    ),
    "affair": words("event_families_affair"),
}
# Names ending so are events whatever the tagger said ("Bowl", "Series" and "Open" also end names
# of stadiums and universities, so they only sort events the tagger found).
EVENT_HEADS = frozenset().union(*EVENT_FAMILIES.values()) - {"bowl", "series", "open"}

# Parties and their members: "a liberal Republican" is offered beside Democrats and Whigs, not peoples.
PARTY_WORDS = words("party_words")

"""Small word lists the rules need: they describe English and the world, not any one article."""

from __future__ import annotations

COUNTRIES = frozenset(s.lower() for s in """
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|
Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Chad|Chile|
China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
Dominica|Dominican Republic|East Timor|Ecuador|Egypt|El Salvador|England|Eritrea|Estonia|Eswatini|
Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|
Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|
Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|
Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Scotland|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|
Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|
United Kingdom|UK|Britain|Great Britain|United States|United States of America|US|U.S.|USA|America|
Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Wales|Yemen|Zambia|Zimbabwe|Korea|
Soviet Union|USSR|Yugoslavia|Czechoslovakia|Ottoman Empire|Prussia
""".replace("\n", "").split("|"))

# Well-known regions, provinces and states outside the United States, and regions inside it: places
# the small model tags like towns ("Bosnia" beside Belgrade, "Nova Scotia" beside Montreal). Typed as
# places, so that they never stand among cities as wrong choices, nor cities among them.
REGIONS = frozenset(s.lower() for s in """
Bosnia|Herzegovina|Dalmatia|Slavonia|Istria|Vojvodina|Kosovo and Metohija|Transylvania|Wallachia|
Moldavia|Bohemia|Moravia|Silesia|Galicia|Pomerania|Prussia|Bavaria|Saxony|Thuringia|Hesse|Swabia|
Westphalia|Rhineland|Brandenburg|Tyrol|Carinthia|Styria|Lombardy|Tuscany|Sicily|Sardinia|Piedmont|
Veneto|Calabria|Apulia|Campania|Umbria|Liguria|Catalonia|Andalusia|Castile|Aragon|Navarre|
Basque Country|Valencia|Asturias|Normandy|Brittany|Burgundy|Provence|Alsace|Lorraine|Gascony|
Aquitaine|Flanders|Wallonia|Holland|South Holland|North Holland|Friesland|Zeeland|Ulster|Munster|
Leinster|Connacht|Cornwall|Yorkshire|Lancashire|Kent|Essex|Sussex|Wessex|Mercia|Northumbria|
Anatolia|Thrace|Macedonia|Thessaly|Peloponnese|Crete|Attica|Epirus|Caucasus|Siberia|Chechnya|
Crimea|Kurdistan|Punjab|Bengal|Kashmir|Gujarat|Kerala|Tamil Nadu|Rajasthan|Maharashtra|Assam|
Tibet|Xinjiang|Manchuria|Guangdong|Sichuan|Yunnan|Hokkaido|Kyushu|Okinawa|Mindanao|Luzon|Java|
Sumatra|Borneo|Bali|Ontario|Quebec|Nova Scotia|New Brunswick|Manitoba|Saskatchewan|Alberta|
British Columbia|Newfoundland|Labrador|Yukon|Nunavut|Queensland|New South Wales|Tasmania|
Western Australia|South Australia|Patagonia|Amazonia|Yucatán|Yucatan|Chiapas|Sonora|
New England|Midwest|Mid-Atlantic|Deep South|Pacific Northwest|Great Plains|Appalachia|
Upper Canada|Lower Canada|New France|New Spain|Louisiana Territory|Alta California|Baja California|
Scandinavia|Balkans|Levant|Mesopotamia|Maghreb|Sahel|Middle East|Near East|Far East|
Southeast Asia|South Asia|Central Asia|East Asia|West Africa|East Africa|North Africa|Central Europe|
Eastern Europe|Western Europe|Southern Europe|Northern Europe|Latin America|Central America|
Caribbean|Polynesia|Melanesia|Micronesia|Lapland|Karelia|Livonia|Courland|Bessarabia|West Indies|
East Indies|Antilles|Greater Antilles|Lesser Antilles
""".replace("\n", "").split("|"))

US_STATES = frozenset(s.lower() for s in """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|
Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming
""".replace("\n", "").split("|"))

# Nouns that name an office or a relation of a person: "Prime Minister Fumio Kishida",
# "first lady Kim Keon Hee", "his wife, Yuko".
ROLE_NOUNS = frozenset("""
president vice-president minister chancellor premier king queen prince princess emperor empress
lady governor mayor senator congressman congresswoman representative secretary ambassador general
admiral commander chief ceo chairman chairwoman chair director founder leader spokesman spokeswoman
spokesperson pope bishop archbishop patriarch catholicos abbot judge justice captain coach manager
owner head professor dean principal prosecutor attorney commissioner sheriff wife husband son
daughter father mother brother sister widow partner deputy chancellor officer ruler sultan shah
dictator pharaoh architect editor author inventor
""".split())

# Verbs that introduce reported speech.
SPEECH_VERBS = frozenset("say add tell write state declare note explain insist argue ask reply warn".split())

# Words of web-page chrome. A sentence made mostly of them is not article text.
CHROME_WORDS = frozenset("""
share comment comments listen min mins read print email gift article subscribe subscription sign
login log newsletter follow advertisement advertising ad ads cookie cookies accept menu search home
skip content click tap here more related tweet facebook twitter whatsapp telegram linkedin reddit
pinterest instagram youtube copy link save bookmark download app video photo image caption
""".split())

# Parts of icon names pasted into article text by copy-and-paste ("ArrowRight", "ChevronDown").
ICON_PARTS = frozenset("""
arrow chevron caret icon close open menu share play pause right left up down expand collapse
external link plus minus check cross hamburger search user bookmark
""".split())

PRONOUNS_DANGLING = frozenset("""
he she it they him her them his hers its their theirs himself herself itself themselves we us our
ours i me my mine you your yours this these those that
""".split())

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
STRUCTURES_NOT_BODIES = frozenset((
    "factory building tower bridge dome arena stadium palace castle monument memorial "
    "tunnel dam canal cemetery square street avenue park mosque cathedral"
).split())

# Last words of named structures: an airport's wrong choices are stations and bridges, not seas.
# Wider than STRUCTURES_NOT_BODIES: a museum or a hospital is also a body, but still a building.
STRUCTURE_WORDS = frozenset((
    "airport bridge tunnel station stadium arena tower palace castle cathedral church "
    "mosque temple museum hospital factory dam canal port harbour harbor park square "
    "street avenue road building hall library theatre theater cemetery"
).split())

# Names of peoples ("Scots-Irish", "the Dutch"): the small tagger sometimes reads them as persons.
DEMONYMS = frozenset("""
american americans british english scots scottish scot irish welsh french german germans dutch
spanish portuguese italian italians greek greeks russian russians polish swedish danish norwegian
finnish chinese japanese korean koreans vietnamese thai indian indians pakistani arab arabs persian
persians turkish turks kurdish kurds jewish jews armenian armenians african africans european
europeans asian asians mexican mexicans canadian canadians australian australians hispanic latino
latinos celtic celts saxon saxons anglo normans norman vikings slavic slavs serbs croats bosniaks
hungarian hungarians czech slovak austrian swiss belgian flemish walloon ukrainian ukrainians
""".split())

# Kinds of events by the last word of their name: a wrong choice for "Big East Conference" ... for
# "Great Fire" is another disaster, not a war or a bowl game.
EVENT_FAMILIES = {
    "conflict": frozenset("war wars revolution crisis battle uprising rebellion massacre siege invasion raid campaign "
                          "coup riot riots strike protest protests holocaust genocide blitz purge bombing attack "
                          "attacks".split()),
    "disaster": frozenset("fire flood earthquake hurricane storm plague pandemic epidemic famine disaster crash "
                          "incident explosion".split()),
    "contest": frozenset("olympics games cup championship championships tournament marathon prix derby tour "
                         "bowl series open".split()),
    "gathering": frozenset("festival mela fair expo carnival exhibition parade jubilee summit election".split()),
    "period": frozenset("age era depression reformation rush".split()),
    "affair": frozenset("affair scandal expedition".split()),
}
# Names ending so are events whatever the tagger said ("Bowl", "Series" and "Open" also end names
# of stadiums and universities, so they only sort events the tagger found).
EVENT_HEADS = frozenset().union(*EVENT_FAMILIES.values()) - {"bowl", "series", "open"}

# Parties and their members: "a liberal Republican" is offered beside Democrats and Whigs, not peoples.
PARTY_WORDS = frozenset("republican republicans democrat democrats democratic conservative conservatives liberal "
                        "liberals labour socialist socialists communist communists whig whigs tory tories "
                        "federalist federalists progressive progressives nationalist nationalists".split())

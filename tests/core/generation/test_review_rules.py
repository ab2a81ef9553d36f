"""Rules found by reading generated questions as a teacher would (docs/question_review.md) that are
not one text giving or not giving one question: wrong choices picked from a pool, word-level helpers,
properties over every question of a text, quiz sizes. The text -> question cases of these readings are
rows of the rule table (data/rule_cases.jsonl, test_rule_table.py)."""

from __future__ import annotations

import pytest

from studyapp.core.generation import generate as _generate
from studyapp.core.generation.distractors import Pool, choose

from gen_helpers import ALONE, BANK, PUBLISHED, prompts, questions

pytestmark = pytest.mark.usefixtures("nlp")

_OUTPUTS: list[list] = []  # what generate() made during the running test


def generate(text, **kw):
    facts = _generate(text, **kw)
    _OUTPUTS.append(facts)
    return facts


@pytest.fixture(autouse=True)
def control(request):
    """The control of every rule test: the texts it generates from still give at least one
    question or gap-fill with wrong choices, so that a test of what is *not* asked cannot pass because
    nothing is asked at all (a test that expects nothing says so with ``asks_nothing``)."""
    _OUTPUTS.clear()
    yield
    made = [q for facts in _OUTPUTS for f in facts for q in f.questions]
    if request.node.get_closest_marker("asks_nothing"):
        return
    assert not _OUTPUTS or any(q.kind in ("short", "cloze") and len(set(q.choices)) >= 2 for q in made), \
        "control: the test's texts gave no question or gap-fill with wrong choices"


asks_nothing = pytest.mark.asks_nothing


def gen(text, **kw):
    kw.setdefault("published", PUBLISHED)
    kw.setdefault("max_facts", 40)
    kw.setdefault("bank", BANK)
    return generate(text, **kw)


def pool_with(atype, *options):
    """An article's pool holding ``options`` of one answer type."""
    pool = Pool()
    for option in options:
        pool.add(atype, option)
    return pool


def test_shares_and_approximate_amounts_get_choices_a_reader_can_tell_apart():
    pool = pool_with("percent", "31.3", "28.2", "34.4", "128")
    options = choose("12", "percent", pool)
    assert len(options) == 3 and not any("." in o for o in options), options
    assert all(float(o) <= 100 for o in options), options
    assert not {"11", "13"} & set(choose("approximately 10", "number", Pool()))


def test_term_choices_are_single_things_from_near_the_key_and_never_from_its_sentence():
    pool = pool_with("term", "population, structure", "grey seal", "ringed seal", "ice cover", "harbour porpoise",
                     "breeding ground", "fishing fleet", "winter storm", "coastal town", "summer visitor")
    assert "population, structure" not in pool.get("term")
    sentence = "The grey seal breeds on the ice cover in late winter."
    options = choose("grey seal", "term", pool, sentence=sentence)
    assert "ice cover" not in options and len(options) == 3, options
    # Nearest in the article first; "ringed seal" shares the key's head noun and could be right too.
    assert options[0] == "harbour porpoise" and "ringed seal" not in options, options


# --------------------------------------------------------------------------- third reading (2026-11-28)


def test_by_default_noun_phrases_only_fill_a_short_article():
    # Sentences that name what they are about: "the city council", "the town" would need the
    # sentence before, and the default quiz does not ask them.
    text = ("Leeds City Council opened a new bridge over the River Aire in 1911. The mayor of Leeds, John "
            "Harlow, opened the first public library of Leeds in 1921. Leeds railway station was rebuilt in "
            "1934 by the engineer Paul Weber. In 1952 Leeds hosted the national games of Britain, which drew "
            "40,000 visitors. The port of Hull exported timber, grain and wool to England and France until "
            "1968. A flood destroyed the old market hall of Leeds in 1970. The Yorkshire Evening Post began "
            "printing in 1985. ")
    default = generate(text, published=PUBLISHED, bank=BANK)
    assert len(default) >= 5
    assert not [f for f in default if f.kind == "term"]
    more = gen(text)  # asking for more questions brings noun phrases back, best first
    assert [f for f in more if f.kind == "term"]


def test_number_choices_say_nothing_besides_the_number_the_key_does_not():
    pool = pool_with("number", "450 °F", "about 232", "50", "118", "124")
    options = choose("114", "number", pool, n=3)
    assert options and not [o for o in options if "°" in o or "about" in o]


def test_event_choices_are_events_of_the_same_kind():
    pool = pool_with("event", "American Revolutionary War", "Sugar Bowl", "Johnstown Flood", "London Plague",
                     "Big Freeze Storm")
    options = choose("Great Fire", "event", pool, n=3)
    assert "American Revolutionary War" not in options and "Sugar Bowl" not in options
    assert "Johnstown Flood" in options


def test_a_false_twin_changes_nothing_the_sentence_ties_it_to():
    facts = gen("The total area of the state is 22,347 square kilometres (8,628 sq mi). "
                "Coma can be minimised by choosing the curvature of the two lens surfaces in 1850.")
    assert [q.answer for q in questions(facts, "truefalse")] and all(
        q.answer == "True" for q in questions(facts, "truefalse") if q.extra.get("changed", [""])[0] in ("22,347", "two"))


def test_a_gap_fill_never_offers_what_it_shows():
    facts = gen("From 1770 until 1860, the rate of natural growth of the colony was much greater than in Europe.")
    for q in questions(facts, "cloze"):
        assert not [o for o in q.choices if o in q.prompt]


def test_a_party_member_chooses_among_parties():
    pool = pool_with("group", "Algonquian", "Europeans", "Dutch", "Democrat", "Whig", "Federalist")
    assert set(choose("Republican", "group", pool, n=3)) <= {"Democrat", "Whig", "Federalist"}


def test_a_false_date_stays_believable():
    from studyapp.core.generation.facts import _plausible

    assert not _plausible("August 2011", "February 1981")  # an iPad edition in 1981 gives itself away
    assert _plausible("1945", "1935")


# ---- fourth reading (seeds 31 and 77)


def test_an_ordering_item_never_ends_on_a_verb_that_lost_its_object():
    text = ("In 1752, Benjamin Franklin helped form a mutual insurance company called the Philadelphia "
            "Contributionship, which is still in operation. In 1945 Congress responded with the "
            "McCarran-Ferguson Act. In 2010 Congress passed the Dodd-Frank Wall Street Reform and "
            "Consumer Protection Act. In 1999 the banks merged with the insurers.")
    order = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK)) if q.kind == "ordering"]
    items = [i for q in order for i in q.extra.get("items", [])]
    assert not any(i.endswith(("helped", "the Dodd")) for i in items), items


def test_an_article_of_leaning_sentences_gets_no_leaning_item_by_default():
    # A teacher hands each item of the default quiz out alone: a shorter quiz beats one padded with
    # items nobody can understand without the article. A longer bank (max_facts) still asks them.
    text = "The committee approved the budget in Geneva in 1999. The museum sold 2,000 tickets in 2001. " * 3
    assert generate(text, published=PUBLISHED, bank=BANK) == []
    assert generate(text, published=PUBLISHED, bank=BANK, max_facts=10)


def test_a_place_the_article_puts_the_key_in_is_no_wrong_choice():
    from studyapp.core.generation.choice_vetoes import _inside

    text = ("Rotterdam, South Holland, is a port city. Movie theaters cropped up in Beyoglu in Istanbul. "
            "The Gulf of Bothnia is the northern arm of the Baltic Sea. Paris and London grew in 1970.")
    assert _inside(text, "Rotterdam", "South Holland") and _inside(text, "Beyoglu", "Istanbul")
    assert _inside(text, "Gulf of Bothnia", "Baltic Sea")
    assert not _inside(text, "Paris", "London") and not _inside(text, "Rotterdam", "Istanbul")


# Fifth reading (docs/question_review.md): causes found in an unseen draw, each with a rule.


def test_a_name_set_beside_a_role_is_no_place(nlp):
    from studyapp.core.generation.entity_kinds import role_follows
    doc = nlp("In 2011 Aramazd Vardanyan, the Archbishop of the Shirak Diocese, opened a school in Gyumri.")
    toks = list(doc)
    name_end = next(t.i for t in toks if t.text == "Vardanyan") + 1
    assert role_follows(toks, name_end)  # the rule that keeps the tagger's "place" out
    assert not role_follows(toks, next(t.i for t in toks if t.text == "Gyumri") + 1)


def test_a_word_capitalised_only_by_its_place_is_no_people():
    from studyapp.core.generation.entity_kinds import capitalised_by_place
    assert capitalised_by_place("Organotin", set())
    assert capitalised_by_place("Methyl", {"methyl"})
    assert not capitalised_by_place("Armenian", set()) and not capitalised_by_place("Georgian", set())
    assert not capitalised_by_place("Catholics", set()) and not capitalised_by_place("Whigs", set())


def test_a_sentence_the_parser_cut_in_two_gives_no_question(nlp):
    from studyapp.core.generation.block import cut_short
    toks = list(nlp("Figueras named Francesc Pi i Margall minister of the interior. He resigned in June."))
    first_end = next(t.i for t in toks if t.text == ".") + 1
    assert not cut_short(toks, first_end)  # a whole sentence
    assert cut_short(toks, next(t.i for t in toks if t.text == "Pi") + 1)  # cut after "Pi"
    assert not cut_short(toks, len(toks))  # the last sentence of a text may lack its mark


def test_a_false_date_stays_near_the_true_one():
    from studyapp.core.generation.facts import _plausible
    assert not _plausible("June 1996", "September 1981")
    assert _plausible("June 1996", "September 1994")
    assert _plausible("1996", "1984")  # a bare year may move further


# Sixth reading (seeds 6262 and 7373, judged unseen): causes fixed afterwards, each with a rule.


def test_two_names_joined_by_and_are_no_wrong_place():
    pool = pool_with("place", "Palmer and Labor", "Western Australia", "South Australia", "Queensland", "Tasmania")
    assert "Palmer and Labor" not in choose("New South Wales", "place", pool, n=3)
    assert "Trinidad and Tobago" in choose("Jamaica", "country", pool_with("country", "Trinidad and Tobago"), n=3)


def test_an_occupation_is_no_part_of_a_name():
    from studyapp.core.generation.entity_kinds import without_occupation
    assert without_occupation("Linguist Allen Walker Read") == "Allen Walker Read"
    assert without_occupation("Historian Timothy Breen") == "Timothy Breen"
    assert without_occupation("Bishop Desmond") == "Bishop Desmond"  # too short to tell
    assert without_occupation("Allen Walker Read") == "Allen Walker Read"


# Seventh reading (seed 9595, the final draw of the fifth session): causes fixed afterwards.


def test_a_hemisphere_is_no_wrong_choice_for_a_district():
    pool = pool_with("place", "Western Hemisphere", "Staten Island", "Upper Manhattan", "Harlem", "Tribeca")
    assert "Western Hemisphere" not in choose("Lower Manhattan", "place", pool, n=3)


# Eighth reading (seed 2468, the first draw of the seventh session): causes fixed afterwards.


def test_two_places_joined_by_a_comma_are_no_wrong_choice():
    pool = pool_with("place", "Lone Pine, Mount Whitney", "Kings Canyon", "Sequoia National Park", "Death Valley")
    assert "Lone Pine, Mount Whitney" not in choose("Yosemite Valley", "place", pool, n=3)
    assert pool_with("city", "Portland, Oregon").get("city") == ["Portland, Oregon"]
    assert pool_with("city", "Paris, France").get("city") == ["Paris, France"]


# Ninth reading (seed 3579, judged unseen at the commit before these rules): causes fixed afterwards.

def test_a_hemisphere_is_no_wrong_choice_for_a_continent():
    pool = pool_with("place", "Western Hemisphere", "Europe", "Asia", "North America", "Oceania")
    assert "Western Hemisphere" not in choose("Africa", "place", pool, n=3)
    assert set(choose("Southern Hemisphere", "place", pool, n=3)) <= {
        "Northern Hemisphere", "Eastern Hemisphere", "Western Hemisphere"}


# Tenth reading (seed 4680, judged unseen at 6fa0b9f): causes fixed afterwards.

def test_a_round_or_approximate_amount_gets_round_wrong_choices_not_years_apart():
    # "about 1,995" beside "about 2,000" would be a second right answer.
    for key in ("about 2,000", "approximately 1,600", "1,600"):
        options = choose(key, "number", Pool())
        assert len(options) == 3, options
        assert all(abs(float(o.split()[-1].replace(",", "")) - float(key.split()[-1].replace(",", ""))) >= 100
                   for o in options), (key, options)
    # A bare four-digit figure may still be a year, and moves like one.
    assert choose("1945", "year", Pool())[0] in ("1940", "1950")


def test_the_peoples_of_a_continent_are_no_wrong_choice_for_one_of_its_peoples():
    pool = pool_with("group", "Turks", "Europeans", "Romans", "Greeks", "Slavs")
    assert "Europeans" not in choose("Vikings", "group", pool, n=3)
    assert set(choose("Europeans", "group", pool_with("group", "Asians", "Africans", "Turks", "Romans"), n=3)) \
        <= {"Asians", "Africans", "Arabs", "Latin Americans"}


def test_the_key_is_not_the_one_month_among_wrong_choices_of_another():
    pool = pool_with("date", "November 1983", "November 1985", "November 1988")
    options = choose("September 1981", "date", pool, n=3)
    assert len(options) == 3 and sum(o.startswith("November") for o in options) <= 2, options


def test_an_empire_is_no_town():
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "the British Empire") == "country"
    assert entity_type("GPE", "Kingdom of Hungary") == "country"
    assert entity_type("GPE", "Jamestown") == "city"


def test_a_country_named_by_its_adjective_is_that_country():
    pool = pool_with("country", "Turkey", "Ottoman Empire", "Russia", "Greece", "Bulgaria")
    assert "Turkey" not in choose("Turkish Republic", "country", pool, n=3)
    assert "Turkish Republic" not in choose("Turkey", "country", pool_with("country", "Turkish Republic", "Greece",
                                                                           "Russia", "Bulgaria", "Serbia"), n=3)


def test_a_trade_is_no_people():
    pool = pool_with("group", "Seismologists", "Vikings", "Romans", "Greeks")
    assert "Seismologists" not in choose("Turks", "group", pool, n=3)


def test_a_bare_scale_word_is_not_varied_into_nonsense():
    assert not [o for o in choose("several hundred", "number", Pool()) if "fifty" in o or "eighty" in o]
    assert choose("two hundred", "number", Pool())[0].endswith("hundred")


def test_people_of_the_same_title_brought_in_for_a_gap_are_each_one_person():
    text = ("President Reagan averaged over 7 million in each term during the 1980s, while George W. Bush averaged "
            "5 million. President Barack Obama won in 2008. Clinton and Obama spoke in 2016. President Bill Clinton "
            "won in 1992.")
    for q in questions(generate(text, published=PUBLISHED, bank=BANK), "cloze"):
        if q.answer in ("Ronald Reagan", "Reagan"):
            surnames = [o.split()[-1] for o in q.choices]
            assert len(set(surnames)) == len(surnames), q.choices


# Twelfth reading (seed 6802, judged unseen at d9e1249): causes fixed afterwards.

def test_an_exact_count_is_not_the_one_exact_figure_among_round_ones():
    pool = pool_with("number", "18,000", "15,000", "20,000", "67,427", "41,718", "75,991")
    assert set(choose("42,228", "number", pool, n=3)) <= {"67,427", "41,718", "75,991"}
    assert set(choose("30,000", "number", pool, n=3)) <= {"18,000", "15,000", "20,000", "60,000", "45,000", "15,000"}


def test_the_british_navy_is_the_royal_navy():
    pool = pool_with("org", "Royal Navy", "Continental Navy", "Red Army", "Spanish Armada")
    assert "Royal Navy" not in choose("British Navy", "org", pool, n=3)


# Thirteenth reading (seed 7913, judged unseen at ce20d55): causes fixed afterwards.

def test_the_city_an_article_is_about_gets_other_cities_not_its_own_districts():
    text = ("Istanbul is the largest city of Turkey. Beyoğlu is a district of Istanbul, and Megara lies near it. "
            "Protests began in Istanbul in 2013. Istanbul hosted the games in 2010. Tourists in Beyoğlu and Megara "
            "visit the Hagia Sophia.")
    asked = [q for q in questions(generate(text, published=PUBLISHED, max_facts=40))
             if q.answer == "Istanbul" and q.kind != "truefalse"]
    assert asked and all(not {"Beyoğlu", "Megara"} & set(q.choices) for q in asked), \
        [(q.prompt, q.choices) for q in asked]


def test_an_amount_of_money_keeps_its_hedge():
    pool = pool_with("money", "more than $822 million", "$630 million", "$257 million", "more than $90 million",
                     "more than $400 million")
    assert all(o.startswith("more than") for o in choose("more than $213 million", "money", pool, n=3))


def test_the_peoples_of_a_continent_stand_beside_those_of_others():
    assert set(choose("Europeans", "group", pool_with("group", "Turks", "Romans", "Vikings"), n=3)) <= {
        "Asians", "Africans", "Arabs", "Latin Americans"}
    assert len(choose("Europeans", "group", pool_with("group", "Turks", "Romans", "Vikings"), n=3)) == 3


# Fourteenth reading (seed 8135, judged unseen at 2af3417): causes fixed afterwards.

def test_westerners_do_not_stand_beside_europeans():
    pool = pool_with("group", "Europeans", "Asians", "Africans", "Hindus", "Muslims", "Christians", "Turks")
    assert "Europeans" not in choose("Westerners", "group", pool, n=3)


def test_an_ordering_event_is_not_cut_before_what_it_needs():
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.nlp import get_nlp
    text = ("A permanent European presence in New Netherland began in 1624 with the founding of a Dutch fur trading "
            "settlement on Governors Island. A borough that saw 503 murders in 1990 has seen a drop of nearly 88% to "
            "62 in 2008. The English conquered New Netherland in 1664. In 1970, Betty Friedan stepped down as "
            "president.")
    result = extract_block(get_nlp()(text), 0, text, State(published=PUBLISHED))
    events = {c.event[1] for c in result.candidates if c.event}
    assert {"the English conquered New Netherland", "Betty Friedan stepped down as president"} <= events, events
    assert not [e for e in events if e.endswith(("the founding", "a drop"))], events


# Fifteenth reading (seed 9246, judged unseen at 80028e6): causes fixed afterwards.

def test_a_part_of_a_land_named_by_its_side_is_a_region_not_a_town():
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "Central Java") == "place"
    assert entity_type("GPE", "Berlin") == "city"
    pool = pool_with("place", "Assam", "Meghalaya")
    pool.add("city", "Imphal")
    pool.add("city", "New Delhi")
    assert not {"Imphal", "New Delhi"} & set(choose("Northeastern India", "place", pool, n=3))


def test_an_ideology_gets_ideologies_not_nationalities():
    # "translated from Soviet _____ terms": "Leninist" beside "Korean" and "German".
    pool = pool_with("group", "Korean", "German", "Marxist", "Maoist", "Trotskyist", "Serbs")
    options = choose("Leninist", "group", pool)
    assert options and set(options) <= {"Marxist", "Maoist", "Trotskyist"}
    assert "Marxist" not in choose("Korean", "group", pool_with("group", "German", "Marxist", "Serbian", "Chinese"))


def test_an_ordering_event_keeps_what_its_subject_and_verb_need():
    # Draw 4344: "The demand increased" (for what?) and "Homelessness is considered" (what?).
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.nlp import get_nlp
    text = ("According to the Conference of Mayors, the demand for emergency shelter in 270 U.S. cities increased "
            "13 percent in 2001. In 2015, homelessness is considered an epidemic in several American cities. "
            "The English conquered New Netherland in 1664.")
    result = extract_block(get_nlp()(text), 0, text, State(published=PUBLISHED))
    events = {c.event[1] for c in result.candidates if c.event}
    assert "the English conquered New Netherland" in events, events
    assert not [e for e in events if e.lower().endswith(("demand increased", "is considered"))], events
    assert any("considered an epidemic" in e for e in events), events


def test_the_first_word_of_a_river_is_no_people_and_the_river_gets_waters():
    # Draw 4344: "on the _____ River" asked for "American" with "European", "Asian" and "Arab".
    pool = pool_with("term", "Giant Sequoia", "Walker party", "Mono tribe", "European exploration", "Merced River",
                     "Lake Tahoe", "Owens Valley")
    options = choose("American River", "term", pool)
    assert "Lake Tahoe" in options and not {"Danube", "Rhine", "Volga", "Nile"} & set(options), options
    assert not {"Giant Sequoia", "Walker party", "Mono tribe", "Owens Valley"} & set(options), options
    # A phrase that merely ends in such a word is no water: "the American news channel CNN".
    assert "Lake Tahoe" not in choose("American news channel", "term", pool_with(
        "term", "Lake Tahoe", "British news agency", "French radio station", "German newspaper"))


def test_a_discipline_or_a_name_cut_at_a_dash_is_no_people():
    # Draw 5455: "Native Americans" with "Mathematics" and "Trans" (of "Trans–New Guinea languages").
    from studyapp.core.generation.candidate import State
    from studyapp.core.generation.extract import extract_block
    from studyapp.core.generation.nlp import get_nlp
    text = ('It led to the development of cursive script, Mathematics, Astronomy and Agriculture. It spread the '
            'Trans–New Guinea languages east into the Solomon Islands in 2000 BC. The historically Republican-leaning '
            'town of Wilton voted for Barack Obama in 2008.')
    result = extract_block(get_nlp()(text), 0, text, State(published=PUBLISHED))
    groups = {name for atype, name in result.pool if atype.startswith("group")}
    assert not {"Mathematics", "Trans"} & groups, groups
    assert "Republican" in groups, groups


def test_a_matching_item_has_no_two_roles_either_person_could_fill():
    # Draw 5455: "George W. Bush: U.S. President" beside "Theodore Roosevelt: Republican president".
    from studyapp.core.generation.facts import _placed
    assert _placed("nevada governor") and _placed("japanese prime minister") and _placed("south korean president")
    assert not _placed("republican president") and not _placed("former governor")
    text = ("Republican president Theodore Roosevelt spoke in 1904. U.S. President George W. Bush spoke in 2004. "
            "Nevada governor Brian Sandoval spoke in 2012. California governor Arnold Schwarzenegger spoke in 2008. "
            "Former governor Mitt Romney spoke in 2012. Senate leader Mitch McConnell spoke in 2014.")
    items = questions(gen(text), "matching")
    assert items
    roles = [r.lower().split()[-1] for q in items for _, r in q.extra["pairs"]]
    assert roles.count("president") <= 1 and "former governor" not in [r.lower() for q in items for _, r in q.extra["pairs"]]


def test_a_tongue_gets_tongues_not_continents():
    # "There are also songs written with _____ lyrics": Latin beside "European", "American", "Asian".
    pool = pool_with("group", "European", "American", "Asian", "Greek", "Romans")
    options = choose("Latin", "group", pool)
    assert len(options) == 3 and "Greek" in options and not {"European", "American", "Asian"} & set(options)
    assert "Greek" not in choose("European", "group", pool)


def test_the_city_an_article_is_about_is_asked_for_once_in_the_default_quiz():
    # Draw 5455 and the Rotterdam article: thirteen items asked for the article's own city, each
    # with London, Paris and Berlin.
    text = ("The Dutch city of Rotterdam won the selection over the Dutch city of Utrecht in 1995. Rotterdam was "
            "European Capital of Culture in 2001. In 2008 Rotterdam was chosen as the host of the Grand Départ of "
            "the Tour de France. In the Netherlands, Rotterdam has the highest percentage of foreigners. Erasmus "
            "was born in Rotterdam in 1466. " + ALONE)
    facts = generate(text, published=PUBLISHED, bank=BANK)
    assert len([f for f in facts if f.answer == "Rotterdam"]) == 1, [f.answer for f in facts]


def test_a_part_of_a_continent_gets_the_other_parts():
    # Draw 6566: "On the African continent, ... the Sahel and _____" (West Africa) with Europe.
    pool = pool_with("place", "Europe", "Southwest Asia", "South America", "Americas")
    assert set(choose("West Africa", "place", pool)) <= {"North Africa", "East Africa", "Central Africa",
                                                          "Southern Africa"}
    assert "Central America" in choose("North America", "place", pool)


def test_the_electoral_college_is_no_school():
    # Draw 8788: "three electors in the _____" (Electoral College) with Eton College and Harvard University.
    pool = pool_with("org", "Eton College", "Imperial College", "Harvard University", "Senate",
                     "House of Representatives", "Supreme Court")
    assert set(choose("Electoral College", "org", pool)) == {"Senate", "House of Representatives", "Supreme Court"}


def test_the_west_indies_are_a_region_not_a_city():
    # Draw 9899: "a demand for corn existed in _____" (West Indies) with Montreal, Mobile and "Californios".
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "West Indies") == "place" and entity_type("GPE", "the East Indies") == "place"


def test_a_leader_does_not_give_away_his_country_and_a_bare_convention_needs_the_article():
    # Draw 1213: "Mussolini's _____ occupied ..." (Italy); "After ratification the Convention entered
    # into force on _____" (which convention?); "son of in _____" (Aramaic) with towns.
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "Aramaic") == "group"


def test_an_amount_the_gap_fill_shows_is_no_wrong_choice():
    # Draw 2324: "between latitudes 20° and _____" (40° degrees) with "20° degrees".
    from studyapp.core.generation.choice_vetoes import _figure_shown
    cloze = "Humid subtropical climates lie roughly between latitudes 20° and _____ away from the equator."
    assert _figure_shown(cloze, "20° degrees") and not _figure_shown(cloze, "60° degrees")
    assert not _figure_shown("It cost $2,000 in _____.", "200 dollars")


def test_a_battle_is_an_event_with_other_fights_as_choices():
    # Draw 3435: "abandon Manhattan after _____" (the Battle of Fort Washington) with Staten Island.
    from studyapp.core.generation.extract import entity_type
    assert entity_type("FAC", "the Battle of Fort Washington") == "event"
    pool = pool_with("event", "New York Campaign", "World Trade Center", "American Revolutionary War", "Divine Liturgy",
                     "Siege of Boston")
    options = choose("Battle of Fort Washington", "event", pool)
    assert "World Trade Center" not in options and "Divine Liturgy" not in options and "Siege of Boston" in options


def test_draw_4546_rules():
    # "Who have Eric Kandel and collaborators cited?" (David Rioch) offered Stephen Kuffler, cited in the
    # same list; "When did Congress start debating three times ...?"; "a similar decision" (similar to
    # which?); "the almost exclusively _____" (Serb Partisans) beside Italians and Germans.
    from studyapp.core.generation.choice_vetoes import _listed_with
    s = "Eric Kandel and collaborators have cited David Rioch, Francis O. Schmitt, and Stephen Kuffler as pioneers."
    assert _listed_with(s, "David Rioch", "Stephen Kuffler") and not _listed_with(s, "David Rioch", "Eric Kandel")
    assert not _listed_with("Fumio Kishida met President Yoon Suk Yeol in Seoul.", "Fumio Kishida", "Yoon Suk Yeol")


def test_draw_5657_rules():
    # "Workers moved _____* of soil" (a footnote mark); "Californios" (a people) among cities.
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "Californios") == "group" and entity_type("GPE", "Santos") == "city"


def test_a_measure_keeps_its_hedge_among_choices():
    # Draw 8980: "each _____ wide" (100 feet) with "about 200 feet" and "about 260 feet": the bare one is the key.
    pool = pool_with("quantity", "about 200 feet", "about 260 feet", "60 feet", "45 feet", "300 feet")
    assert not [o for o in choose("100 feet", "quantity", pool) if o.startswith("about")]
    assert all(o.startswith("about") for o in choose("about 150 feet", "quantity", pool))

"""Rules found by reading generated questions as a teacher would (docs/question_review.md), one
test per rule, on sentences written for these tests."""

from __future__ import annotations

import pytest

from studyapp.core.generation import generate as _generate
from studyapp.core.generation.distractors import Pool, choose
from studyapp.core.generation.candidate import norm

from gen_helpers import BANK, PUBLISHED, prompts, questions

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
# A sentence with a plain fact, added to a text that should give nothing, as the text's control.
CONTROL = " Angela Merkel visited Lisbon in 2007."




def gen(text, **kw):
    kw.setdefault("published", PUBLISHED)
    kw.setdefault("max_facts", 40)
    kw.setdefault("bank", BANK)
    return generate(text, **kw)


# Sentences that read alone, so that the default quiz has enough without the ones a test is about.
ALONE = ("Fumio Kishida met Yoon Suk Yeol in Seoul on 7 May 2023. Angela Merkel visited Lisbon in 2007. "
         "Emmanuel Macron opened the Louvre Pyramid exhibition in Paris in 2019. Justin Trudeau won the "
         "Canadian election in 2015. Narendra Modi addressed the Indian parliament in 2014. "
         # Words without facts: the default quiz's size follows the length of the text, so that it
         # has room for the sentences a test is about, were they allowed.
         + "people walked slowly along the quiet river and talked about the weather. " * 90)


def pool_with(atype, *options):
    """An article's pool holding ``options`` of one answer type."""
    pool = Pool()
    for option in options:
        pool.add(atype, option)
    return pool


def asked_as(text, answer, *types):
    """The questions of ``text`` whose answer is ``answer`` taken as one of ``types``."""
    return [q for q in questions(gen(text)) if q.answer == answer and q.answer_type in types]


def asked_for(text, answer):
    """The short and gap-fill questions of ``text`` whose key is ``answer``."""
    return [q for q in questions(gen(text)) if q.answer == answer and q.kind in ("short", "cloze")]


def answers(facts):
    return {norm(q.answer) for q in questions(facts) if q.kind in ("short", "cloze")}


def test_a_gap_in_a_long_sentence_is_asked_within_its_clause():
    text = ("The old harbour on the northern side of the river was rebuilt several times by the merchants "
            "of the town, who paid for new quays, warehouses and cranes out of their own pockets; the new "
            "harbour on the southern bank was opened by the city council in 1911.")
    clozes = [q for q in questions(gen(text), "cloze") if q.answer == "1911"]
    assert clozes, prompts(gen(text), None)
    assert clozes[0].prompt == "The new harbour on the southern bank was opened by the city council in _____."
    assert clozes[0].source_sentence == text  # the learner still sees the whole sentence as the source


def test_a_surname_alone_is_trusted_when_the_article_names_the_person_in_full():
    text = ("Joseph Stalin said that the plan had been fulfilled. "
            "Stalin expanded the secret police in 1934.")
    facts = gen(text)
    second = [q for q in questions(facts) if q.kind in ("short", "cloze") and "secret police" in q.source_sentence]
    assert any(q.answer == "Stalin" for q in second), prompts(facts, None)


@pytest.mark.parametrize("text, not_an_answer", [
    ("Two of four engines failed during the long flight over the ocean." + CONTROL, {"two", "four"}),
    ("The old alloy contains 85–90% tin and some copper." + CONTROL, {"85–90", "85–90%"}),
    ("On the national day of mourning the flag flew at half staff in every town." + CONTROL, {"half"}),
    ("The committee approved the 10/10 test as a benchmark for the new insurers." + CONTROL, {"10/10"}),
])
def test_ranges_fractions_codes_and_partitive_counts_are_not_amounts_to_ask(text, not_an_answer):
    assert not answers(gen(text)) & {norm(a) for a in not_an_answer}


def test_nothing_is_asked_with_a_demonstrative_that_points_back():
    facts = gen("The treaty was signed in 1921. This merger was completed in 1949 without the consent of the people.")
    for q in questions(facts):
        assert not q.prompt.startswith(("True or false: This merger", "This merger")) or q.kind == "cloze", q.prompt
        if q.kind == "short":
            assert " this merger" not in q.prompt.lower(), q.prompt


def test_a_linking_adverb_is_cut_from_statements():
    facts = gen("However, the new bridge over the river was completed in 1932 by the state.")
    stated = [q.prompt for q in questions(facts) if q.kind in ("cloze", "truefalse")]
    assert stated and all("However" not in p for p in stated), stated


def test_no_trailing_also_in_a_question():
    facts = gen("There are also nine incorporated boroughs in the state of Connecticut.")
    assert not any(p.endswith(" also?") for p in prompts(facts)), prompts(facts)


def test_a_sentence_that_is_only_a_subordinate_clause_gives_nothing():
    text = "While the Blackfeet Nation is subdivided into twelve large communities." + CONTROL
    assert not [q for q in questions(gen(text)) if "Blackfeet" in q.source_sentence]


def test_an_indefinite_subject_is_not_the_answer_to_what_is():
    facts = gen("A modern application is the use of relatively large lenses in solar furnaces.")
    assert "What is the use of relatively large lenses in solar furnaces?" not in prompts(facts)


def test_the_copula_takes_the_number_of_its_complement():
    facts = gen("Cardiovascular diseases are the leading cause of death in many rich countries.")
    assert "What is the leading cause of death in many rich countries?" in prompts(facts)
    assert "What are the leading cause of death in many rich countries?" not in prompts(facts)


def test_a_period_of_being_something_is_asked_as_starting_and_stopping():
    facts = gen("Istanbul was Europe's largest city from 1500 to 1750.")
    assert "When did Istanbul start being Europe's largest city?" in prompts(facts)
    assert "When did Istanbul stop being Europe's largest city?" in prompts(facts)
    assert "When did Europe's largest city end?" not in prompts(facts)


def test_the_word_that_names_a_term_is_not_part_of_the_answer():
    facts = gen("The term postmodern was first used by a painter around the 1880s in London.")
    assert "term postmodern" not in answers(facts)


def test_a_possessive_follows_the_person_named_in_the_same_sentence():
    text = ("Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul. "
            "Upon landing, Kishida and his wife, Yuko, laid flowers at a national cemetery.")
    facts = gen(text)
    assert "What is the name of Yoon's wife?" not in prompts(facts)
    wife = [q for q in questions(facts) if q.prompt == "What is the name of Kishida's wife?"]
    assert wife and not any("Kishida" in c for c in wife[0].choices), prompts(facts)


def test_a_gap_fill_keeps_a_possessive_that_points_inside_its_sentence():
    facts = gen("Stalin exercised extensive control over the party and eliminated every threat to his regime "
                "in 1937.")
    assert any(q.answer == "1937" and "his regime" in q.prompt for q in questions(facts, "cloze")), \
        prompts(facts, None)


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

def _all_text(facts):
    return [" ".join([q.prompt, q.answer, *q.choices]) for q in questions(facts)]


def test_by_default_noun_phrases_only_fill_a_short_article():
    text = ("The city council opened a new bridge over the river in 1911. The mayor, John Harlow, "
            "opened the first public library in 1921. The railway station was rebuilt in 1934 by the "
            "engineer Paul Weber. In 1952 the town hosted the national games, which drew 40,000 visitors. "
            "The harbour exported timber, grain and wool to England and France until 1968. A flood "
            "destroyed the old market hall in 1970. The local newspaper began printing in 1985. ") * 1
    default = generate(text, published=PUBLISHED, bank=BANK)
    assert len(default) >= 5
    assert not [f for f in default if f.kind == "term"]
    more = gen(text)  # asking for more questions brings noun phrases back, best first
    assert [f for f in more if f.kind == "term"]


def test_a_negated_subject_is_never_asked_as_who_or_which():
    facts = gen("No Republican has won the presidential election in Ohio since 1924, when Coolidge won.")
    assert not [q for q in questions(facts, "short") if norm(q.answer) == "republican"]


def test_one_number_of_a_list_is_not_asked():
    facts = gen("Tin has ten stable isotopes, with atomic masses of 112, 114 through 120, 122 and 124.")
    assert not {"114", "122"} & answers(facts)


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


def test_a_people_is_never_a_person():
    facts = gen("German farmers preferred oxen to horses, and Scots-Irish made a farming economy based on hogs "
                "and corn. Andros was jailed for several months in 1689, then returned to England.")
    assert not [q for q in questions(facts) if "Scots-Irish" in (q.answer, *q.choices)]


def test_true_false_needs_no_sentence_before_it():
    facts = gen("Held after the harvest in November, this festival is celebrated by the farmers of Manipur. "
                "Two weeks later, an uprising occurred in Serbia in July 1941. "
                "The following diagrams show the models for each of the five individuals in 1930. "
                "The museum reopened in 2009 after a major redevelopment.")
    assert not questions(facts, "truefalse")


def test_a_verb_keeps_its_object():
    facts = gen("In 2006, the White House supported and the Senate passed a comprehensive immigration reform.")
    assert "When did the White House support?" not in prompts(facts)


def test_where_asks_about_where_something_happened():
    facts = gen("The lands on the eastern shore were among the last in Europe to be converted to Christianity. "
                "The altitude of the state ranges from 40 m at Jiribam to 2,994 m at Mount Iso.")
    assert not [p for p in prompts(facts) if p.startswith("Where")]


def test_a_pronoun_before_its_name_points_forward():
    facts = gen("Chris Christie spoke at the convention in Tampa. Ever since he left office in 1989, "
                "Ronald Reagan has been the iconic figure of the party.")
    assert not any("Christie left office" in t for t in _all_text(facts))


def test_a_name_the_tagger_missed_is_not_replaced_by_the_last_person():
    facts = gen("Marc Bekoff and Jessica Pierce have argued that morality is shared by animals living in groups.\n"
                "Piaget studied his own three children and published his findings in 1932.")
    assert not any("Pierce's" in t for t in _all_text(facts))


def test_things_are_not_people():
    facts = gen("Mercury and Apollo were not capable of horizontal flight as the Space Shuttle did in 1981. "
                "Notable bands from the city include Radiohead, Supergrass and Talulah Gosh. "
                "Betsy Ross sewed the first flag in 1776, according to William Canby.")
    people = [t for q in questions(facts) if q.answer_type == "person" for t in (q.answer, *q.choices)]
    assert "Space Shuttle" not in people and "Talulah Gosh" not in people


def test_a_false_twin_changes_nothing_the_sentence_ties_it_to():
    facts = gen("The total area of the state is 22,347 square kilometres (8,628 sq mi). "
                "Coma can be minimised by choosing the curvature of the two lens surfaces in 1850.")
    assert [q.answer for q in questions(facts, "truefalse")] and all(
        q.answer == "True" for q in questions(facts, "truefalse") if q.extra.get("changed", [""])[0] in ("22,347", "two"))


def test_a_gap_for_a_country_takes_its_article_in():
    facts = gen("From January to November 2012, the U.S. added approximately 151,000 jobs per month on average.")
    cloze = [q.prompt for q in questions(facts, "cloze") if q.answer == "U.S."]
    assert cloze and all("the _____" not in p for p in cloze)


def test_a_gap_fill_never_offers_what_it_shows():
    facts = gen("From 1770 until 1860, the rate of natural growth of the colony was much greater than in Europe.")
    for q in questions(facts, "cloze"):
        assert not [o for o in q.choices if o in q.prompt]


def test_a_word_the_article_writes_in_lower_case_is_no_place():
    facts = gen("Students of neuroscience study the brain. The first honor society in Neuroscience was "
                "founded in 2006 by students in Boston.")
    assert not [q for q in questions(facts) if q.answer == "Neuroscience" and q.answer_type in ("city", "place")]


def test_one_as_a_determiner_is_not_a_count():
    facts = gen("For example, one common rule of inference is the rule of substitution, described in 1879.")
    assert "one" not in answers(facts)


def test_a_passive_is_not_asked_backwards_with_who():
    facts = gen("A further disparity between the two traditions is pointed out by Barbara Stoler Miller.")
    assert not [p for p in prompts(facts) if p.startswith("Who") and p.endswith("by?")]


def test_a_party_member_chooses_among_parties():
    pool = pool_with("group", "Algonquian", "Europeans", "Dutch", "Democrat", "Whig", "Federalist")
    assert set(choose("Republican", "group", pool, n=3)) <= {"Democrat", "Whig", "Federalist"}


def test_codes_and_demonstratives_are_no_times():
    facts = gen("The most stable isomer is 121mSn, with a half-life of 43.9 years, found in 1962. "
                "He spent those 29 years in Paris before he died in 1901.")
    assert not {"121msn", "those 29 years"} & answers(facts)
    assert not any("those 29 years" in q.choices for q in questions(facts))


def test_a_generic_one_is_not_a_count():
    facts = gen("Counties provide few of the services one associates with cities, said the report of 1998.")
    assert "one" not in answers(facts)


def test_no_statement_from_a_quotation_or_a_picture():
    facts = gen('Also, the American Psychological Association specifically says in 2010, "without an apostrophe". '
                "The following diagrams show models for each of the five individuals in 1930.")
    assert not questions(facts, "truefalse")
    assert not [q for q in questions(facts, "cloze") if "diagrams" in q.prompt]


def test_a_linking_adverb_leaves_the_question():
    facts = gen("Seven more rooms, however, are being built by the university in Pittsburgh in 2024.")
    asked = prompts(facts)
    assert asked and not [p for p in asked if "however" in p.lower()]
    assert not [p for p in asked if " Seven " in p]  # a number word starting the sentence is lower-cased inside


def test_a_false_date_stays_believable():
    from studyapp.core.generation.facts import _plausible

    assert not _plausible("August 2011", "February 1981")  # an iPad edition in 1981 gives itself away
    assert _plausible("1945", "1935")


# ---- fourth reading (seeds 31 and 77)

def test_a_gap_fill_that_needs_the_sentence_before_stays_out_of_the_default_quiz():
    text = ("The novelist wrote a famous book about the war in Normandy. "
            "This book was translated into English and published in America in 1953. "
            "The author moved to Lyon in 1961 and taught at the university there.")
    default = [q.prompt for q in questions(generate(ALONE + text, published=PUBLISHED, bank=BANK)) if q.kind == "cloze"]
    assert not any(p.startswith("This book") for p in default), default
    # A longer bank, read beside the article, keeps it.
    longer = [q.prompt for q in questions(gen(text)) if q.kind == "cloze"]
    assert any(p.startswith("This book") for p in longer), longer


@pytest.mark.parametrize("sentence", [
    "All three stadiums were rebuilt for the tournament in 2004.",
    "The state furnished 55,000 men to the army in 1862.",
])
def test_a_statement_about_things_named_before_is_no_true_or_false_item(sentence):
    text = f"Sports grew quickly in the region after the war. {sentence}"
    assert not [q for q in questions(gen(text), "truefalse") if sentence[:12] in q.prompt]


def test_a_statement_keeps_no_its_whose_owner_it_never_names():
    text = ("In Germany its foremost spokesman during the Peasant Wars was Thomas Muenzer, "
            "who was executed in 1525.")
    assert not questions(gen(text), "truefalse")


def test_more_than_one_is_no_count_to_ask_for():
    text = "A byname was used in villages where more than one person had the same name in 1350."
    assert "more than one" not in answers(gen(text))


def test_a_unit_conversion_goes_into_the_gap_with_the_amount():
    text = "Near Lone Pine, Mount Whitney rises to 14,505 feet (4,421 m), the highest point of the range."
    clozes = [q for q in questions(gen(text), "cloze") if q.answer == "14,505 feet"]
    assert clozes
    assert "4,421" not in clozes[0].prompt and "(" not in clozes[0].prompt


def test_no_question_from_a_sentence_parsed_with_two_subjects():
    # The small model reads "Second Series" as a second subject of "imagined".
    text = ("Thomas Chandler Haliburton, in The Attache: Second Series (published in 1844) imagined a "
            "dialogue between two of the novel's characters.")
    assert not any("Second Series imagined" in p for p in prompts(gen(text), "short"))


def test_a_subject_keeps_the_clause_that_says_which_one():
    text = ("The largest organization that retains Latin in official and quasi-official contexts "
            "is the Catholic Church.")
    shorts = prompts(gen(text), "short")
    assert "Which organization is the largest organization?" not in shorts
    assert all("retains Latin" in p for p in shorts if "largest organization" in p)


def test_an_ordering_item_never_ends_on_a_verb_that_lost_its_object():
    text = ("In 1752, Benjamin Franklin helped form a mutual insurance company called the Philadelphia "
            "Contributionship, which is still in operation. In 1945 Congress responded with the "
            "McCarran-Ferguson Act. In 2010 Congress passed the Dodd-Frank Wall Street Reform and "
            "Consumer Protection Act. In 1999 the banks merged with the insurers.")
    order = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK)) if q.kind == "ordering"]
    items = [i for q in order for i in q.extra.get("items", [])]
    assert not any(i.endswith(("helped", "the Dodd")) for i in items), items


def test_a_name_after_short_story_is_no_person():
    text = ("Jorge Luis Borges's short story Pierre Menard, Author of the Quixote, is often read as a "
            "parody. Borges wrote it in 1939 in Buenos Aires.")
    assert not asked_as(text, "Pierre Menard", "person")


def test_a_country_used_as_a_modifier_is_not_asked_for():
    text = ("Several US military uniforms, such as the flight suits of navy pilots, have had the flag "
            "patch on the left shoulder since 2003." + CONTROL)
    assert not asked_for(text, "US")


def test_a_persons_idea_is_no_event():
    text = "Trotsky's Permanent Revolution advocated rapid industrialisation in 1924."
    assert not [q for q in questions(gen(text)) if q.answer == "Permanent Revolution"]


def test_a_count_in_words_is_not_asked_when_the_sentence_shows_its_figure():
    text = "Stearic acid has eighteen carbon atoms (C18) and melts at 69 degrees, as chemists found in 1823."
    assert "eighteen" not in answers(gen(text))


def test_a_citation_year_is_no_date_to_learn():
    text = ("Christopher Boehm (1982) has hypothesized that moral complexity grew with the need to avoid "
            "disputes on the open savanna.")
    assert "1982" not in answers(gen(text))


def test_a_range_with_a_percent_sign_inside_is_no_single_amount():
    text = "The open surface waters of the central basin have a salinity of 0.5% to 0.8% since 1950."
    assert not [a for a in answers(gen(text)) if "0.5" in a or "0.8" in a]


def test_a_name_starting_with_the_is_no_person():
    text = "The Amen Break was the main starting influence for drum and bass in 1990 said Goldie."
    assert not [q for q in questions(gen(text)) if q.answer_type == "person" and "Amen" in q.answer]


def test_a_such_statement_needs_the_sentence_before():
    text = "Such decentralization has happened in India and other nations since 1992."
    assert not questions(generate(text, published=PUBLISHED, bank=BANK), "truefalse")


def test_an_amount_whose_figure_the_sentence_repeats_is_not_asked():
    text = ("The term 1 in 10 year storm describes a rainfall event which is only likely to occur once "
            "every 10 years in Britain.")
    assert "10 year" not in answers(gen(text))


def test_no_period_question_about_a_predicate():
    text = "It never returned to being the largest, but remained Europe's largest city from 1500 to 1750." + CONTROL
    assert not [p for p in prompts(gen(text)) if "Europe's largest city" in p]


def test_a_gap_fill_never_shows_part_of_the_name_it_asks_for():
    text = ("Iain Duncan Smith, a former leader of the Conservative Party, whose surname is Duncan Smith, "
            "was born in 1954 in Edinburgh.")
    assert not [q for q in questions(gen(text), "cloze") if q.answer == "Iain Duncan Smith"]


def test_the_place_an_article_is_about_is_no_wrong_choice_for_a_place_in_it():
    text = ("Istanbul grew quickly after 1950. Istanbul has many theaters. The mayor of Istanbul opened a "
            "museum in 2004. Movie theaters rapidly cropped up in Beyoglu in 1914. Trams reached Kadikoy "
            "in 1928. Ferries reached Uskudar in 1932. The bridge reached Besiktas in 1973.")
    for q in questions(generate(text, published=PUBLISHED, bank=BANK)):
        if q.answer in ("Beyoglu", "Kadikoy", "Uskudar", "Besiktas"):
            assert "Istanbul" not in q.choices, q


LONG = ("In July 2010, after a long review of its budget and of the work of its many contractors in "
        "several states, the agency announced new programs named BATMAN and ROBIN, which were meant to "
        "predict how cells behave under stress and how they heal, and it stopped funding three older "
        "projects that had not worked as planned.")


def test_a_sentence_too_long_to_show_gives_a_gap_fill_of_its_clause_in_a_longer_bank():
    assert len(LONG.split()) > 50
    clozes = [q.prompt for q in questions(gen(LONG), "cloze") if q.answer == "July 2010"]
    assert clozes and all(len(p.split()) < len(LONG.split()) for p in clozes), clozes
    assert clozes[0].startswith("In _____,"), clozes
    # The default quiz shows gap-fills of whole sentences only.
    default = [q for q in questions(generate(ALONE + LONG, published=PUBLISHED, bank=BANK), "cloze")
               if q.answer == "July 2010"]
    assert not default


def test_a_statement_with_a_pronoun_it_cannot_resolve_is_no_true_or_false_item():
    text = ("Along with several valleys, they are typically dominated by deciduous woodland and shrub "
            "near the Atacama Desert, as Humboldt noted in 1802.")
    assert not questions(gen(text), "truefalse")


@pytest.mark.parametrize("sentence", [
    "A similar system is used in Greece since 1950.",
    "Both flags were documented by the Dutch government in November 1776.",
])
def test_a_statement_comparing_with_the_sentence_before_is_no_true_or_false_item(sentence):
    assert not questions(generate(sentence, published=PUBLISHED, bank=BANK), "truefalse")


@pytest.mark.parametrize("text,name", [
    ("Byzantine Empire was restored, albeit weakened, in 1261.", "Byzantine Empire"),
    ("In 1961, Richard FitzHugh simplified Hodgkin–Huxley, in what is called the FitzHugh model.", "Hodgkin–Huxley"),
    # The small model reads "Gaelic" here as a person; "in Gaelic" elsewhere says it is a language.
    ("Gaelic survived in the Highlands until 1900. The poems of Ossian were written in Gaelic.", "Gaelic"),
])
def test_realms_models_and_languages_are_no_persons(text, name):
    assert not asked_as(text, name, "person", "city", "place")


def test_no_who_question_about_a_vague_predicate():
    text = "Jonathan Edwards, perhaps the most powerful intellectual in colonial America, was a key leader."
    assert "Who was a key leader?" not in prompts(gen(text))


def test_a_pronoun_whose_person_the_sentence_names_stays_a_pronoun():
    text = "Former Senator Olympia Snowe of Maine stated in 2014 that she was in agreement with Dole."
    tf = [q.prompt for q in questions(gen(text), "truefalse")]
    assert tf and all("that she was" in p for p in tf), tf


def test_no_period_question_about_a_title_in_apposition():
    text = ("Lenin wrote his book Imperialism, the Highest Stage of Capitalism from 1915 to 1916 in "
            "Zurich.")
    assert not [p for p in prompts(gen(text)) if "Highest Stage" in p]


def test_period_questions_name_what_they_ask_about_without_linking_words():
    text = ("Plague raged from 1347 to 1351 across the city. Between 2007 and 2014, Prime Minister "
            "Recep Tayyip Erdogan was also an MP for Istanbul.")
    asked = prompts(gen(text))
    assert not [p for p in asked if p.startswith("When did plague") or p.startswith("When did Plague")], asked
    assert not [p for p in asked if " also " in p], asked


def test_the_default_quiz_takes_sentences_that_read_alone():
    leaning = ["The final collapse killed 94 people in 1999.", "The ice then covered 400,000 km2 in 1987.",
               "Another Detroit artist released an album in 1995.", "The museum sold 2,000 tickets in 2001."]
    text = ALONE + " ".join(leaning)
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert default and not [q for q in default if q.source_sentence in leaning], [q.prompt for q in default]
    assert [q for q in questions(gen(text)) if q.source_sentence in leaning]  # a longer bank keeps them


def test_an_article_of_leaning_sentences_still_gets_a_short_quiz():
    text = "The committee approved the budget in Geneva in 1999. The museum sold 2,000 tickets in 2001. " * 3
    assert len(generate(text, published=PUBLISHED, bank=BANK)) >= 2


def test_how_many_there_are_says_where():
    text = "There are also nine incorporated boroughs which may provide additional services to a section of town."
    assert not [p for p in prompts(gen(text)) if p.startswith("How many")], prompts(gen(text))


@pytest.mark.parametrize("sentence", [
    "While the aforementioned shows in Ohio rarely play jazz, WKSU plays it with some frequency since 1990.",
    "In 1974, they were the first Dutch club to win the UEFA Cup in Rotterdam.",
])
def test_the_default_quiz_leaves_out_sentences_that_point_back(sentence):
    default = questions(generate(ALONE + sentence, published=PUBLISHED, bank=BANK))
    assert not [q for q in default if q.source_sentence == sentence], [q.prompt for q in default]


def test_a_question_never_shows_part_of_the_name_it_asks_for():
    text = "Under the new law of 1950, Hætta Jáhkoš Ásslat became Aslak Jacobsen Hætta in the records."
    assert not [p for p in prompts(gen(text)) if "Hætta" in p and p.startswith("Who")]


def test_no_period_question_about_an_average_over_the_years():
    text = "From January 2003 to January 2008, the U.S. created 128,000 jobs a month on average."
    assert not [p for p in prompts(gen(text)) if "start creating" in p or "stop creating" in p]


def test_a_gap_in_a_range_offers_no_year_on_the_wrong_side():
    text = ("From January 2000 to January 2008, job creation averaged 77,000 jobs a month. "
            "The recession began in December 2007 and ended in June 2009. Hiring rose in May 2013, "
            "in August 2012 and in December 2012.")
    for q in questions(gen(text), "cloze"):
        if q.prompt.startswith("From _____ to January 2008"):
            assert all(int(o[-4:]) <= 2008 for o in q.choices), q.choices


def test_a_place_the_article_puts_the_key_in_is_no_wrong_choice():
    from studyapp.core.generation.choice_vetoes import _inside

    text = ("Rotterdam, South Holland, is a port city. Movie theaters cropped up in Beyoglu in Istanbul. "
            "The Gulf of Bothnia is the northern arm of the Baltic Sea. Paris and London grew in 1970.")
    assert _inside(text, "Rotterdam", "South Holland") and _inside(text, "Beyoglu", "Istanbul")
    assert _inside(text, "Gulf of Bothnia", "Baltic Sea")
    assert not _inside(text, "Paris", "London") and not _inside(text, "Rotterdam", "Istanbul")


@pytest.mark.parametrize("text,name", [
    ("Connecticut lies along Amtrak's Northeast Corridor, which has had Acela service since 2000.", "Northeast Corridor"),
    ("Keilwerth and P. Mauriat have made saxophones with a nickel silver body since 1990.", "P. Mauriat"),
])
def test_a_line_or_a_maker_is_no_town(text, name):
    assert not asked_as(text, name, "city", "place", "state")


def test_one_word_is_no_law():
    text = "For example, the Navajo Nation is subdivided into agencies and Chapter houses since 1955."
    assert not [q for q in questions(gen(text)) if q.answer == "Chapter"]


def test_a_number_inside_a_name_is_no_amount():
    text = "A local TV station, Seven TV, was also available in Oxford but closed in April 2009."
    assert "Seven" not in {q.answer for q in questions(gen(text))}
    assert not [q for q in questions(gen(text), "truefalse") if "Seven TV" not in q.prompt]


def test_no_subject_question_that_could_be_about_anything():
    text = "Lake Titicaca hosts several endemics, among them the highly endangered Titicaca grebe."
    assert "What hosts several endemics?" not in prompts(gen(text))


def test_a_title_in_apposition_to_a_kind_of_work_is_no_person():
    text = ("The Linnaean system was heavily influenced by Historia Naturalis, an encyclopedia of people, "
            "places and plants published by Pliny the Elder in 77." + CONTROL)
    assert not asked_as(text, "Historia Naturalis", "person")


def test_a_question_keeps_the_fronted_year_of_its_fact():
    facts = gen("In 1995, Fumio Kishida opened a museum in Hiroshima.")
    assert "Where did Fumio Kishida open a museum in 1995?" in prompts(facts), prompts(facts)


def test_translated_into_a_tongue_is_no_group():
    text = "Subsequently the Bible and Liturgy were translated into Armenian in 406 by Mesrop Mashtots."
    assert not asked_as(text, "Armenian", "group")


def test_a_plural_name_is_no_person():
    text = "Since 2002, Pitt has appeared in eleven NCAA tournaments, advancing to five Sweet Sixteens."
    assert not asked_as(text, "Sweet Sixteens", "person")


def test_british_gives_britain_away():
    text = "Britain banned the slave trade in 1807, imposing stiff fines for any slave found aboard a British ship."
    assert not asked_for(text, "Britain")


# Fifth reading (docs/question_review.md): causes found in an unseen draw, each with a rule.

def test_a_conversion_beside_the_gap_gives_no_gap_fill():
    text = "Lead melts at a low temperature of about 327 °C (621 °F), which makes it easy to cast into shapes." + CONTROL
    clozes = [q.prompt for q in questions(gen(text), "cloze") if q.answer_type in ("number", "quantity")]
    assert not clozes, clozes  # neither "_____ °C (621 °F)" nor "327 °C (_____)"


def test_a_name_set_beside_a_role_is_no_place(nlp):
    from studyapp.core.generation.entity_kinds import role_follows
    doc = nlp("In 2011 Aramazd Vardanyan, the Archbishop of the Shirak Diocese, opened a school in Gyumri.")
    toks = list(doc)
    name_end = next(t.i for t in toks if t.text == "Vardanyan") + 1
    assert role_follows(toks, name_end)  # the rule that keeps the tagger's "place" out
    assert not role_follows(toks, next(t.i for t in toks if t.text == "Gyumri") + 1)


def test_a_name_the_article_gives_to_a_college_is_no_person_or_place():
    text = ("When Haverfield became coeducational in 1980, Mount Ida discussed the possibility of coeducation as "
            "well, but decided against it. Mount Ida College stayed a college for women until 1990.")
    assert not asked_as(text, "Mount Ida", "person", "place", "city")
    assert asked_as(text, "Mount Ida College", "org")


def test_a_word_capitalised_only_by_its_place_is_no_people():
    from studyapp.core.generation.entity_kinds import capitalised_by_place
    assert capitalised_by_place("Organotin", set())
    assert capitalised_by_place("Methyl", {"methyl"})
    assert not capitalised_by_place("Armenian", set()) and not capitalised_by_place("Georgian", set())
    assert not capitalised_by_place("Catholics", set()) and not capitalised_by_place("Whigs", set())


def test_part_of_a_country_named_by_an_adjective_is_not_the_country():
    text = ("In French Canada until the 19th century, several families adopted second surnames to tell branches "
            "apart. Quebec City was founded in 1608.")
    assert not asked_as(text, "Canada", "country", "city", "place")


def test_a_sentence_the_parser_cut_in_two_gives_no_question(nlp):
    from studyapp.core.generation.block import cut_short
    toks = list(nlp("Figueras named Francesc Pi i Margall minister of the interior. He resigned in June."))
    first_end = next(t.i for t in toks if t.text == ".") + 1
    assert not cut_short(toks, first_end)  # a whole sentence
    assert cut_short(toks, next(t.i for t in toks if t.text == "Pi") + 1)  # cut after "Pi"
    assert not cut_short(toks, len(toks))  # the last sentence of a text may lack its mark


def test_a_sentence_set_against_the_one_before_is_no_true_false_statement():
    text = ("The vaccine trials stopped in 1951. Soon, however, Jonas Salk began to test inoculations in "
            "paralyzed patients in 1952.")
    assert not [p for p in prompts(gen(text), "truefalse") if "however" in p]


def test_the_remaining_ones_need_the_article():
    text = "Conservative voters valued care and fairness less and the remaining three values more. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q.prompt for q in default if "remaining" in q.prompt]


def test_american_gives_the_united_states_away():
    text = "Manhattan has the only official Italian American school in the U.S., La Scuola d'Italia."
    assert not asked_for(text, "U.S.")


def test_regions_never_stand_among_cities():
    text = ("The Luftwaffe bombed Belgrade in April 1941. Fighting then spread to Dalmatia, and refugees fled "
            "from Bosnia to Zagreb. Sarajevo and Split were occupied in May.")
    for q in questions(gen(text)):
        if q.answer_type == "city":
            assert not {"Dalmatia", "Bosnia"} & set(q.choices), (q.prompt, q.choices)
    assert not asked_as(text, "Dalmatia", "city") and not asked_as(text, "Bosnia", "city")


def test_a_false_date_stays_near_the_true_one():
    from studyapp.core.generation.facts import _plausible
    assert not _plausible("June 1996", "September 1981")
    assert _plausible("June 1996", "September 1994")
    assert _plausible("1996", "1984")  # a bare year may move further


# Sixth reading (seeds 6262 and 7373, judged unseen): causes fixed afterwards, each with a rule.

def test_however_in_the_middle_leans_back_too():
    text = "The United States Congress, however, responded almost immediately with the Harlan-Whitby Act in 1946."
    assert not prompts(gen(text), "truefalse")


def test_noted_above_needs_the_article():
    text = ("In addition to the islands noted above, the kingdom administered the Northern Reefs from 1947 until "
            "1994.")
    assert not prompts(gen(text), "truefalse")


def test_two_names_joined_by_and_are_no_wrong_place():
    pool = pool_with("place", "Palmer and Labor", "Western Australia", "South Australia", "Queensland", "Tasmania")
    assert "Palmer and Labor" not in choose("New South Wales", "place", pool, n=3)
    assert "Trinidad and Tobago" in choose("Jamaica", "country", pool_with("country", "Trinidad and Tobago"), n=3)


def test_the_voyage_named_before_needs_the_article():
    text = ("The Clotilda made the last known voyage of a slave ship to the United States in 1860. "
            "The last survivor of the voyage was Cudjoe Lewis, who died in 1935. " + ALONE)
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q.prompt for q in default if "the voyage" in q.prompt]
    assert [q for q in default if q.answer == "1860"]  # the sentence that names the voyage stays


def test_an_occupation_is_no_part_of_a_name():
    from studyapp.core.generation.entity_kinds import without_occupation
    assert without_occupation("Linguist Allen Walker Read") == "Allen Walker Read"
    assert without_occupation("Historian Timothy Breen") == "Timothy Breen"
    assert without_occupation("Bishop Desmond") == "Bishop Desmond"  # too short to tell
    assert without_occupation("Allen Walker Read") == "Allen Walker Read"


def test_a_team_of_three_words_is_no_people():
    text = ("The New York Knicks started play in 1946 as one of the league's original teams. The Canarsee "
            "Indians lived in Brooklyn, and Americans and Germans settled there later.")
    assert not asked_as(text, "New York Knicks", "group")


# Seventh reading (seed 9595, the final draw of the fifth session): causes fixed afterwards.

def test_a_pair_tells_two():
    text = ("A grid system gives each point a pair of numbers, which are its distances from two fixed lines "
            "drawn at right angles.")
    assert not asked_for(text, "two")


def test_north_america_tells_the_united_states():
    text = "The first stock insurance company formed in the United States was the Insurance Company of North America in 1792."
    assert not asked_for(text, "United States")


def test_a_number_that_names_a_thing_is_no_amount():
    text = "Neither FAS 113 nor SAP 62 defines the terms reasonable or significant, and the board met 14 times in 1998."
    answers_ = {q.answer for q in questions(gen(text)) if q.answer_type == "number"}
    assert not {"113", "62"} & answers_, answers_


def test_a_hemisphere_is_no_wrong_choice_for_a_district():
    pool = pool_with("place", "Western Hemisphere", "Staten Island", "Upper Manhattan", "Harlem", "Tribeca")
    assert "Western Hemisphere" not in choose("Lower Manhattan", "place", pool, n=3)


def test_a_judgement_is_no_true_false_statement():
    text = "Two attempts in 1846 to improve the fingering system of the instrument are noteworthy."
    assert not prompts(gen(text), "truefalse"), prompts(gen(text), "truefalse")


# Eighth reading (seed 2468, the first draw of the seventh session): causes fixed afterwards.

def test_instead_leans_back():
    text = ("The Coptic Church instead adheres to the doctrine defined by Cyril of Alexandria, and it "
            "has been led by patriarchs since 451.")
    assert not prompts(gen(text), "truefalse")
    assert not [p for p in prompts(gen(text), None) if "instead" in p.lower() and "_____" not in p]


def test_a_question_does_not_show_a_telling_word_of_the_place_it_asks_for():
    text = ("The Brooklyn–Battery Tunnel runs underneath Battery Park and connects the Financial District "
            "to Red Hook in Brooklyn.")
    assert not [q.prompt for q in questions(gen(text), "short") if q.answer == "Battery Park"]


def test_a_fronted_time_phrase_stays_with_a_count():
    text = ("In the 2010 elections, two African American Republicans were elected to the U.S. House of "
            "Representatives.")
    counts = [p for p in prompts(gen(text)) if p.startswith("How many")]
    assert counts and all("2010" in p for p in counts), counts


def test_the_southern_shore_needs_the_article():
    text = "After the war, Poland gained most of the southern shore. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q.prompt for q in default if "shore" in q.prompt]
    # With the place named, the sentence reads alone.
    text = "After the war, Poland gained most of the southern shore of the Baltic Sea. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert [q.prompt for q in default if "shore" in q.prompt]


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


def test_a_latitude_is_no_date():
    text = ("The specific point at 18° S where the coastline bends is known as the Arica Elbow. The range "
            "reaches 33° S near Santiago and 64 °F in summer.")
    asked = [q for q in questions(gen(text)) if q.answer == "18° S"]
    assert asked and all(q.choices and all(o.endswith("° S") for o in q.choices) for q in asked
                         if q.kind != "truefalse"), [(q.prompt, q.choices) for q in asked]


def test_this_as_a_subject_leans_back():
    text = "In 1962 this made Rotterdam the busiest port of Europe. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q.prompt for q in default if q.answer == "1962" or "Rotterdam" in q.prompt]
    assert not [p for p in prompts(gen(text), "truefalse") if "Rotterdam" in p]


def test_a_sentence_opening_with_but_leans_back():
    text = "But Willam Pepper patted Shulamith Firestone on the head at the 1967 convention in Chicago."
    assert not prompts(gen(text), "truefalse")


def test_a_count_with_no_name_needs_the_article():
    text = "In 2009, 77 civilians died in the fighting. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q.prompt for q in default if q.answer in ("2009", "77")]


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


def test_a_title_before_the_gap_takes_only_people_of_that_title_as_wrong_choices():
    text = ("Thinkers called structuralists include the anthropologist Claude Lévi-Strauss, the linguist "
            "Ferdinand de Saussure, the Marxist philosopher Louis Althusser, and the semiotician Algirdas "
            "Greimas. Composers such as Henryk Górecki and Jonathan Kramer wrote music. The composer "
            "Bradley Joseph played piano.")
    gaps = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK), "cloze") if q.answer == "Louis Althusser"]
    assert not gaps, [(q.prompt, q.choices) for q in gaps]
    text = ("President Joe Biden met President Emmanuel Macron in Paris in 2021. President Olaf Scholz and "
            "President Xi Jinping spoke by phone in 2022. President Lula da Silva flew to Beijing in 2023. The "
            "historian Mary Beard wrote about Rome.")
    gaps = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK), "cloze") if q.answer == "Joe Biden"]
    assert gaps and all(set(q.choices) <= {"Olaf Scholz", "Xi Jinping", "Lula da Silva"} for q in gaps), \
        [(q.prompt, q.choices) for q in gaps]


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


def test_a_possessive_stays_joined_to_the_gap():
    text = ('Cornell University\'s project on local government states that decentralization refers to the "global '
            'trend" of handing power to regions. Harvard University and the Cato Institute and the Earth Institute '
            "disagree.")
    gaps = [q.prompt for q in questions(gen(text), "cloze") if q.answer == "Cornell University"]
    assert gaps and all(p.startswith("_____'s project") for p in gaps), gaps


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


# Eleventh reading (seed 5791, judged unseen at 63898ca): causes fixed afterwards.

def test_a_sentence_giving_an_example_leans_back():
    text = "For example, the Dutch explorer Adriaen Block sailed up the river in 1614."
    assert not prompts(gen(text), "truefalse")


def test_a_state_after_the_gap_takes_only_places_the_article_puts_in_that_state():
    text = ("Some of the men were veterans of the winter encampment at Valley Forge, Pennsylvania the previous "
            "winter. Hartford and New Haven grew quickly. Philadelphia and Cheshire grew too.")
    gaps = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK), "cloze") if q.answer == "Valley Forge"]
    assert not gaps, [(q.prompt, q.choices) for q in gaps]
    assert [q for q in questions(gen(text), "cloze") if q.answer == "Valley Forge"]  # a longer bank keeps it
    text = ("The men camped at Valley Forge, Pennsylvania in 1777. They had marched from Lancaster, Pennsylvania, "
            "from York, Pennsylvania and from Reading, Pennsylvania. Hartford grew quickly.")
    gaps = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK), "cloze") if q.answer == "Valley Forge"]
    assert gaps and all(set(q.choices) <= {"Lancaster", "York", "Reading"} for q in gaps), \
        [(q.prompt, q.choices) for q in gaps]


def test_a_formula_is_no_place():
    text = ("In other infinitary logics, a subformula may be in the scope of infinitely many quantifiers. For "
            "example, in Lκ∞, a single universal or existential quantifier may bind arbitrarily many variables "
            "simultaneously. Logicians in London and Paris and Berlin studied it in 1950.")
    assert not [q for q in questions(gen(text)) if "κ" in q.answer or any("κ" in o for o in q.choices)]


def test_a_people_or_tongue_named_by_a_place_in_its_sentence_is_not_asked_there():
    text = ("The dictionary says that stannum comes from Cornish stean, and that Cornwall was the main source of "
            "tin in 100 AD. German and Swedish and Dutch traders bought it.")
    assert not [q for q in questions(gen(text)) if q.answer == "Cornish" and q.kind != "truefalse"]



# Twelfth reading (seed 6802, judged unseen at d9e1249): causes fixed afterwards.

def test_an_exact_count_is_not_the_one_exact_figure_among_round_ones():
    pool = pool_with("number", "18,000", "15,000", "20,000", "67,427", "41,718", "75,991")
    assert set(choose("42,228", "number", pool, n=3)) <= {"67,427", "41,718", "75,991"}
    assert set(choose("30,000", "number", pool, n=3)) <= {"18,000", "15,000", "20,000", "60,000", "45,000", "15,000"}


def test_the_british_navy_is_the_royal_navy():
    pool = pool_with("org", "Royal Navy", "Continental Navy", "Red Army", "Spanish Armada")
    assert "Royal Navy" not in choose("British Navy", "org", pool, n=3)


def test_a_model_number_after_a_maker_is_no_year():
    text = ("The earliest computers, such as the RCA 1802, did not have a single subroutine call instruction. "
            "The first of them was built in 1948.")
    assert not [q for q in questions(gen(text)) if q.answer == "1802"]


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


def test_a_sentence_missing_a_word_gives_nothing():
    text = ("Significantly, Title V of created the Federal Insurance Office in the Department of the Treasury in "
            "2010. The office opened in Washington in 2011.")
    assert not [q for q in questions(gen(text)) if "Federal Insurance Office" in q.prompt
                or q.answer == "Federal Insurance Office"]
    assert [q for q in questions(gen(text)) if q.answer == "2011"]
    text = ("Jonathan Haidt noted in 2012 that an in-group criterion provides one moral foundation. Fons "
            "Trompenaars, author of Did the Pedestrian Die?, tested members of different cultures in 1993.")
    assert [q for q in questions(gen(text)) if q.answer == "2012"] and [q for q in questions(gen(text))
                                                                        if q.answer == "1993"]


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


def test_a_role_dated_in_the_past_is_not_asked_as_of_the_article_and_which_president_takes_presidents():
    text = ("Republican President Richard Nixon was responsible for establishing the Environmental Protection Agency "
            "in 1970. Mitt Romney and Paul Ryan ran in 2012. Joe Biden spoke in 2020.")
    asked = [q for q in questions(generate(text, published=PUBLISHED, bank=BANK), "short") if q.answer == "Richard Nixon"]
    # Not "Who was the Republican president as of May 2023?" (Nixon), nor "Which Republican president ...?"
    # with Romney, Ryan and Biden as wrong choices.
    assert not [q for q in asked if "as of" in q.prompt or q.prompt.startswith("Which")], \
        [(q.prompt, q.choices) for q in asked]


# Fifteenth reading (seed 9246, judged unseen at 80028e6): causes fixed afterwards.

def test_a_part_of_a_land_named_by_its_side_is_a_region_not_a_town():
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "Central Java") == "place"
    assert entity_type("GPE", "Berlin") == "city"
    pool = pool_with("place", "Assam", "Meghalaya")
    pool.add("city", "Imphal")
    pool.add("city", "New Delhi")
    assert not {"Imphal", "New Delhi"} & set(choose("Northeastern India", "place", pool, n=3))


def test_a_pronoun_before_the_name_it_stands_for_is_not_given_to_the_last_person_named():
    text = ("William Canby told the story in 1870. By her family's own admission, Betsy Ross ran an upholstery "
            "business in 1776.")
    assert not [p for p in prompts(gen(text), None) if "Canby's family" in p], prompts(gen(text), None)


def test_a_pronoun_for_a_person_the_sentence_names_by_a_noun_stays():
    text = "Eva Perón was born in 1919. In Spain, a woman does not change her legal surnames when she marries in 2020."
    assert not [p for p in prompts(gen(text), None) if "Perón's legal" in p or "when Eva" in p], prompts(gen(text), None)


# Sixteenth reading (seed 1011, judged unseen at c36977e): causes fixed afterwards.

def test_a_count_its_own_list_gives_away_is_not_asked_as_a_gap():
    text = ("Four states (Massachusetts, Pennsylvania, Virginia, and Kentucky) call themselves commonwealths. Two "
            "states are called plantations in 1900.")
    assert not [q for q in questions(gen(text), "cloze") if q.answer == "Four"]
    assert [q for q in questions(gen(text), "cloze") if q.answer == "Two"]


def test_an_amount_of_something_is_not_asked_without_the_something():
    text = "Workers moved nearly 3,000,000 cubic yards of soil and planted more than 270,000 trees in 1860."
    assert not [p for p in prompts(gen(text)) if p.startswith("How much did workers move")], prompts(gen(text))


def test_a_bare_title_needs_the_article_in_the_default_quiz():
    text = "As of 2016 the Chief Justice is Chase T. Rogers. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q for q in default if q.answer in ("Chase T. Rogers", "2016")], [q.prompt for q in default]


def test_a_gap_with_too_little_around_it_is_not_in_the_default_quiz():
    text = "Shumang lila is very popular. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK), "cloze")
    assert not [q for q in default if q.prompt.startswith("_____ is very popular")], [q.prompt for q in default]


# Seventeenth reading (seed 2122, judged unseen at 4f2c84e): causes fixed afterwards.

def test_a_people_of_two_words_named_by_a_place_in_its_sentence_is_not_asked_there():
    text = ("In the liberated territories of Croatia after the war, Croatian Partisans proclaimed the Democratic "
            "Republic in 1943. Italians and Hungarians and Germans fought in the region.")
    assert not [q for q in questions(gen(text)) if q.answer == "Croatian Partisans" and q.kind != "truefalse"]


# Eighteenth reading (draw 3233): "His reports" opening a paragraph became "Winston Churchill's
# reports", a man named paragraphs away, because pronouns were resolved after the whole article
# was read, against whoever it named last.
def _possessives(text, word):
    return [q.prompt for q in questions(gen(text)) if word in q.prompt]


def test_a_pronoun_opening_a_paragraph_is_not_given_a_name_from_later_in_the_article():
    text = ("Olaf Scholz said the treaty would hold.\n\nHis speech in Berlin in 2007 lasted two hours. "
            "Emmanuel Macron said in 2019 that Paris would host the Olympic Games.")
    prompts_ = _possessives(text, "speech")
    assert prompts_ and not any("Macron" in p for p in prompts_)
    assert any("Olaf Scholz's speech" in p for p in prompts_)


def test_a_pronoun_opening_a_paragraph_after_one_naming_nobody_is_not_resolved():
    text = ("Winston Churchill sent Fitzroy Maclean to Yugoslavia in 1943.\n\nThe mission crossed the "
            "mountains in 1944 and reached the coast.\n\nHis reports contained two important observations "
            "about the war.\n\nJoseph Stalin said in 1945 that the war was over.")
    assert not any("'s reports" in p for p in _possessives(text, "reports"))


def test_a_pronoun_after_a_name_in_its_own_sentence_is_not_given_the_last_paragraphs_person():
    # "Tiridates declared Gregory ... and sent him": the tagger missed the names, not the sentence.
    text = ("Maria Lopez wrote the first history of the region in 1921.\n\nIn March 1917, Tsar Nicholas II "
            "abdicated his throne and a provisional government took power in Petrograd.")
    assert not any("Lopez's throne" in p for p in _possessives(text, "throne"))


def test_his_after_its_own_sentence_names_the_man_stays_his():
    text = "In 1869, John Muir started his wanderings in the Sierra Nevada range of California. " + ALONE
    shown = [p for p in prompts(gen(text), None) if "wanderings" in p]
    assert shown and not any("John Muir's wanderings" in p for p in shown)
    assert any("his wanderings" in p for p in shown)


def test_a_gap_before_a_hyphen_keeps_the_word_joined():
    text = "John Paul Jones used a variety of 13-star flags on his U.S. Navy ships in 1779. " + ALONE
    shown = [p for p in prompts(gen(text), "cloze") if "star flags" in p]
    assert any("_____-star" in p for p in shown) and not any("_____ -star" in p for p in shown)


def test_an_ideology_gets_ideologies_not_nationalities():
    # "translated from Soviet _____ terms": "Leninist" beside "Korean" and "German".
    pool = pool_with("group", "Korean", "German", "Marxist", "Maoist", "Trotskyist", "Serbs")
    options = choose("Leninist", "group", pool)
    assert options and set(options) <= {"Marxist", "Maoist", "Trotskyist"}
    assert "Marxist" not in choose("Korean", "group", pool_with("group", "German", "Marxist", "Serbian", "Chinese"))


def test_a_gap_owned_by_a_university_does_not_offer_other_universities():
    # "Columbia University's _____" with "Harvard University" and "Yale University".
    bank = dict(BANK, org=["Harvard University", "Yale University", "Princeton University", "Cato Institute",
                           "Brookings Institution", "Ford Foundation", "Pew Research Center"])
    text = ("Columbia University's Earth Institute identified one of three major trends relating to "
            "decentralization as the increased involvement of local jurisdictions in the management of their affairs.")
    gaps = [q for q in questions(gen(text, bank=bank), "cloze") if q.answer == "Earth Institute"]
    assert gaps and not any(o.endswith("University") for q in gaps for o in q.choices), [q.choices for q in gaps]


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
    text = ("In 1848 James Marshall found shiny metal in the tailrace of a lumber mill on the American River. "
            + ALONE)
    assert not [q for q in questions(gen(text)) if q.answer == "American"]
    pool = pool_with("term", "Giant Sequoia", "Walker party", "Mono tribe", "European exploration", "Merced River",
                     "Lake Tahoe", "Owens Valley")
    options = choose("American River", "term", pool)
    assert len(options) == 3 and "Lake Tahoe" in options
    assert not {"Giant Sequoia", "Walker party", "Mono tribe", "Owens Valley"} & set(options), options
    # A phrase that merely ends in such a word is no water: "the American news channel CNN".
    assert "Lake Tahoe" not in choose("American news channel", "term", pool_with(
        "term", "Lake Tahoe", "British news agency", "French radio station", "German newspaper"))


def test_a_short_past_event_naming_nothing_needs_the_article_in_the_default_quiz():
    # Draw 4344: "When did extended support end?" (support for what?).
    text = "Extended support ended on April 8, 2014. Plates carry bending in two directions. " + ALONE
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q for q in default if q.answer == "April 8, 2014"], [q.prompt for q in default]
    assert [q for q in default if q.answer == "two"], "a general truth in the present tense stays"


def test_no_question_leaves_a_lost_clause_hanging():
    # Draw 4344: "When did ... Gloria Steinem gain widespread popularity among feminists after a diary
    # she authored?" - the parser joined "was published" to "gained" with no "and".
    text = ("In 1963, freelance journalist Gloria Steinem gained widespread popularity among feminists after a "
            "diary she authored while working undercover as a waitress at the Playboy Club was published as a "
            "two-part feature in the May and June issues of Show.")
    assert not [p for p in prompts(gen(text)) if p.endswith("she authored?")], prompts(gen(text))


def test_no_question_on_a_verb_the_parser_gave_two_objects():
    # Draw 5455: "Which group conquered New Netherland the future King James II in 1664?"
    text = ('In 1664, the English conquered New Netherland and renamed it "New York" after the English Duke of '
            'York and Albany, the future King James II.')
    assert not [p for p in prompts(gen(text)) if "New Netherland the future" in p], prompts(gen(text))


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


def test_a_pronoun_after_two_people_named_alike_is_not_resolved():
    # Draw 6566: "In Ma Braun's career as _____ time national champ" - the champion was her daughter.
    text = ("The club's swimming tradition started with Anna Visser, who was coached to a gold medal at the 1928 "
            "Amsterdam Olympics by her aunt Greta Bakker. In her career as 14 time national champion, she broke "
            "6 world records.")
    shown = [p for p in prompts(gen(text), None) if "career" in p]
    assert not [p for p in shown if "Bakker" in p or "Visser" in p], shown
    # One of the two named in the pronoun's own sentence is its antecedent.
    text = ("Several socialists, notably Noam Chomsky, admire the council communism of Anton Pannekoek. In Chomsky's "
            "Notes on Anarchism, he suggests the possibility that some form of council communism is the natural form "
            "of revolutionary socialism in an industrial society.")
    assert any("Noam Chomsky suggests" in p for p in prompts(gen(text), None)), prompts(gen(text), None)


def test_a_part_of_a_continent_gets_the_other_parts():
    # Draw 6566: "On the African continent, ... the Sahel and _____" (West Africa) with Europe.
    pool = pool_with("place", "Europe", "Southwest Asia", "South America", "Americas")
    assert set(choose("West Africa", "place", pool)) <= {"North Africa", "East Africa", "Central Africa",
                                                          "Southern Africa"}
    assert "Central America" in choose("North America", "place", pool)


def test_other_things_and_the_remainder_need_the_article_in_the_default_quiz():
    # Draw 7677: "Other data series are available back to _____." and "When did the United States
    # take possession of the remainder ...?" (other than which? the remainder of what?)
    text = ("Other data series are available back to 1912. The United States took possession of the remainder, "
            "East Florida, in 1821 according to the terms of a treaty. " + ALONE)
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q for q in default if q.answer in ("1912", "1821")], [q.prompt for q in default]


def test_a_dash_inside_a_name_stays_in_the_question():
    # "according to the terms of the Adams Onís Treaty?", "faced Marxist Leninist revolution"
    text = "The United States took possession of Florida in 1821 according to the terms of the Adams–Onís Treaty."
    asked = prompts(gen(text))
    assert asked and all("Adams–Onís Treaty" in p for p in asked if "Treaty" in p), asked


def test_a_count_its_list_after_a_dash_gives_away_is_not_asked_as_a_gap():
    # Draw 7677: "there were _____ brotherhoods in the Armenian Church – the brotherhood of ..., of St.
    # James ... and of ..." (the list counts them; "St." is no sentence end).
    text = ("As of 2010, there were three brotherhoods in the Armenian Church – the brotherhood of Holy Etchmiadzin, "
            "the brotherhood of St. James at Jerusalem and the brotherhood of the See of Cilicia.")
    assert not [q for q in questions(gen(text), "cloze") if q.answer == "three"]


def test_new_york_listed_with_states_is_the_state():
    # Draw 7677: "grouped along with _____ and New Jersey as the Tri-State area" offered Connecticut towns.
    bank = dict(BANK, state=["Ohio", "Maryland", "Vermont", "Delaware"], city=["Hartford", "Cheshire", "Bridgeport"])
    text = "Connecticut is often grouped along with New York and New Jersey as the Tri-State area in 1990. " + ALONE
    gaps = [q for q in questions(gen(text, bank=bank)) if q.answer == "New York" and q.choices]
    assert gaps and all(q.answer_type == "state" for q in gaps)
    assert not {"Hartford", "Cheshire", "Bridgeport"} & {o for q in gaps for o in q.choices}


def test_a_long_aside_after_a_dash_leaves_the_question():
    # Draw 8788: "When did ... Carl Siciliano found the Ali Forney Center a homeless shelter in New York City?"
    text = ("In 2002, activist Carl Siciliano founded the Ali Forney Center—a homeless shelter in New York City "
            "that is dedicated specifically to providing aid and shelter to homeless youth.")
    asked = [p for p in prompts(gen(text)) if p.startswith("When")]
    assert asked and all(p.endswith("Ali Forney Center?") for p in asked), asked


def test_the_electoral_college_is_no_school():
    # Draw 8788: "three electors in the _____" (Electoral College) with Eton College and Harvard University.
    pool = pool_with("org", "Eton College", "Imperial College", "Harvard University", "Senate",
                     "House of Representatives", "Supreme Court")
    assert set(choose("Electoral College", "org", pool)) == {"Senate", "House of Representatives", "Supreme Court"}


def test_the_west_indies_are_a_region_not_a_city():
    # Draw 9899: "a demand for corn existed in _____" (West Indies) with Montreal, Mobile and "Californios".
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "West Indies") == "place" and entity_type("GPE", "the East Indies") == "place"


def test_the_first_of_a_list_before_needs_that_list():
    # Draw 9899: "True or false: The first, Radcliffe College, merged with Harvard University."
    text = ("The first, Radcliffe College, merged with Harvard University in 1999. The second was built in 1920. "
            + ALONE)
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    asked = [q.prompt for q in default if "Radcliffe" in q.prompt or "second" in q.prompt]
    assert not asked, asked


def test_a_quotation_is_not_given_to_whoever_speaks_next_with_words_of_their_own():
    # Draw 9899: Dole's words were asked as Olympia Snowe's, who "stated as well that she agreed".
    text = ('Bob Dole said in 2013: "They ought to put a sign on the National Committee doors that says closed '
            'for repairs." Former Senator Olympia Snowe of Maine stated as well that she was in agreement with Dole.')
    said = [q for q in questions(gen(text)) if q.prompt.startswith("Who said")]
    assert not [q for q in said if q.answer == "Olympia Snowe"], [(q.prompt, q.answer) for q in said]


def test_a_change_over_a_period_neither_starts_nor_stops():
    # Draw 9899: "The number of classrooms and teachers stopped doubling" in an ordering item.
    text = ("From 2000 to 2007, the number of classrooms and teachers in the city nearly doubled. "
            "From 1973 to 1980 tin prices rose sharply.")
    asked = [q.prompt for q in questions(gen(text))]
    assert not [p for p in asked if "start doubling" in p or "stop doubling" in p or "start rising" in p], asked


def test_a_leader_does_not_give_away_his_country_and_a_bare_convention_needs_the_article():
    # Draw 1213: "Mussolini's _____ occupied ..." (Italy); "After ratification the Convention entered
    # into force on _____" (which convention?); "son of in _____" (Aramaic) with towns.
    from studyapp.core.generation.extract import entity_type
    text = ("Mussolini's Italy occupied Albania and the Dalmatian coast in 1939. After ratification the Convention "
            "entered into force on 17 January 2000. " + ALONE)
    default = questions(generate(text, published=PUBLISHED, bank=BANK))
    assert not [q for q in default if q.answer in ("Italy", "17 January 2000")], [q.prompt for q in default]
    assert entity_type("GPE", "Aramaic") == "group"
    assert not [p for p in prompts(gen("Mussolini's Italy occupied Albania in 1939."), "cloze") if "Mussolini's _____" in p]


def test_a_question_keeps_the_long_infinitive_its_noun_needs():
    # Draw 1213: "... was due to the increasing need?" (the need to avoid disputes ...).
    text = ("Christopher Boehm (1982) has hypothesized that the incremental development of moral complexity "
            "throughout hominid evolution was due to the increasing need to avoid disputes and injuries in moving "
            "to open savanna and developing stone weapons.")
    asked = prompts(gen(text))
    assert not [p for p in asked if p.endswith("increasing need?")], asked


def test_an_amount_the_gap_fill_shows_is_no_wrong_choice():
    # Draw 2324: "between latitudes 20° and _____" (40° degrees) with "20° degrees".
    from studyapp.core.generation.choice_vetoes import _figure_shown
    cloze = "Humid subtropical climates lie roughly between latitudes 20° and _____ away from the equator."
    assert _figure_shown(cloze, "20° degrees") and not _figure_shown(cloze, "60° degrees")
    assert not _figure_shown("It cost $2,000 in _____.", "200 dollars")
    text = "Humid subtropical climates lie roughly between latitudes 20° and 40° degrees away from the equator in 1990."
    bank = dict(BANK, quantity=["20° degrees", "60° degrees", "80° degrees", "10° degrees", "0 degrees"])
    gaps = [q for q in questions(gen(text, bank=bank), "cloze") if q.answer == "40° degrees"]
    assert gaps and not [q for q in gaps if "20° degrees" in q.choices], [q.choices for q in gaps]


def test_the_present_perfect_is_not_asked_with_when():
    # Draw 2324: "When has a borough that saw 503 murders in 1990 seen a drop of nearly 88% to 62?"
    text = "The Civil Rights Congress of Nigeria has written an open letter to all African chieftains in 2009."
    asked = prompts(gen(text))
    assert not [p for p in asked if p.startswith("When has")], asked


def test_a_rule_is_no_place():
    # Draw 2324: "What is an example of normative ethical philosophy?" (the Golden Rule) with countries.
    text = ('An example of normative ethical philosophy is the Golden Rule, which states that: "One should treat '
            'others as one would like others to treat oneself."')
    bank = dict(BANK, place=["Great Plains", "Iberian Peninsula", "Lake District", "Sahara Desert"])
    assert not [q for q in questions(gen(text, bank=bank)) if q.answer == "Golden Rule" and q.answer_type in
                ("place", "city", "country", "state")]


def test_his_after_a_he_the_question_names_stays_his():
    # Draw 2324: "Weicker broke with ... creating A Connecticut Party as Weicker's election vehicle."
    text = ("Lowell Weicker was known as a liberal Republican. He broke with President Richard Nixon during Watergate "
            "and ran for governor in 1990, creating A Connecticut Party as his election vehicle.")
    shown = [p for p in prompts(gen(text), None) if "election vehicle" in p]
    assert shown and not [p for p in shown if "Weicker's election" in p], shown


def test_a_date_that_belongs_to_a_peak_is_not_asked_as_the_sentences_date():
    # Draw 3435: "When was employment of 143.2 million 4.9 million above the pre-crisis peak?" (January 2008,
    # the peak's date; the sentence is dated December 2015).
    text = ("As of December 2015, employment of 143.2 million was 4.9 million above the pre-crisis peak in "
            "January 2008 of 138.3 million.")
    assert not [q for q in questions(gen(text), "short") if q.answer == "January 2008"]
    text = "The unemployment rate rose steadily from 5% to a peak of 10% in October 2009."
    assert [q for q in questions(gen(text), "short") if q.answer == "October 2009"]


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
    asked = prompts(gen("Between 1912 and 1918, Congress debated three times to protect Lake Tahoe in a national park."))
    assert not [p for p in asked if "three times" in p and p.startswith("When")], asked
    default = questions(generate("Smith College also made a similar decision in 1971. " + ALONE, published=PUBLISHED,
                                 bank=BANK))
    assert not [q for q in default if q.answer == "1971"]
    text = ("Until early 1942, the almost exclusively Serb Partisans in Bosnia and Herzegovina cooperated closely "
            "with the Chetniks, and some Partisans in eastern Herzegovina refused to accept Muslims into their ranks.")
    bank = dict(BANK, group=["Italians", "Hungarians", "Germans", "Croats", "Slovenes"])
    assert not [q for q in questions(gen(text, bank=bank)) if q.answer == "Serb Partisans"]


def test_draw_5657_rules():
    # "Workers moved _____* of soil" (a footnote mark); "Californios" (a people) among cities.
    from studyapp.core.generation.extract import entity_type
    assert entity_type("GPE", "Californios") == "group" and entity_type("GPE", "Santos") == "city"
    text = "In 1860, workers moved nearly 3,000,000 cubic yards (2,300,000 m3)* of soil and planted 270,000 trees."
    assert not [p for p in prompts(gen(text), None) if "*" in p], prompts(gen(text), None)


def test_draw_6768_rules():
    # "How many breweries were there in from elsewhere by 1874?"; "As of _____ , Oxford has ..." (a masked
    # "[update]" left a space).
    text = ("By 1874 there were nine breweries in Oxford and 13 brewers' agents in Oxford shipping beer in from "
            "elsewhere.")
    assert not [p for p in prompts(gen(text)) if "in from elsewhere" in p], prompts(gen(text))
    text = "As of 2015[update], Oxford has one of the largest urban park and ride networks in the UK."
    assert not [p for p in prompts(gen(text), None) if " ," in p], prompts(gen(text), None)


def test_a_period_of_a_relative_clause_is_not_asked_of_that():
    # Draw 7879: "When did that start dominating the independent Republic of Armenia?"
    text = ("The Armenian Revolutionary Federation, a party that had dominated the independent Republic of Armenia "
            "from 1918 to 1920, was active in the diaspora.")
    asked = prompts(gen(text))
    assert not [p for p in asked if p.startswith(("When did that", "When did which"))], asked


def test_a_model_named_like_a_person_is_no_person():
    # Draw 7879: "their celebrated _____ line" (Mark VI) with Percy Grainger and Adolphe Sax.
    text = ("Further developments were made by Selmer in the 1930s, beginning with their balanced action instruments "
            "and continuing through their celebrated Mark VI line.")
    assert not [q for q in questions(gen(text)) if q.answer == "Mark VI" and q.answer_type == "person"]


def test_a_pronoun_opening_a_paragraph_prefers_the_last_subject_and_a_date_in_a_clause_is_not_the_verbs():
    # The sample article: "Marie Curie was a physicist ... She was born Maria Sklodowska ...\n\nWomen could not
    # attend university in Warsaw, so she moved to Paris in 1891": Marie Curie, not the name she was born with.
    text = ("Marie Curie was a physicist and chemist. She was born Maria Sklodowska in Warsaw in 1867.\n\n"
            "Women could not attend university in Warsaw, so she moved to Paris in 1891 and studied physics.")
    shown = [p for p in prompts(gen(text), None) if "Paris" in p or "1891" in p]
    assert shown and not [p for p in shown if "Sklodowska" in p], shown
    # "Under treaties signed in 1977 ..., control passed to Panama on 31 December 1999": one date on the verb.
    text = ("Under treaties signed in 1977 by President Jimmy Carter and Omar Torrijos, control passed to Panama "
            "on 31 December 1999.")
    assert [q for q in questions(gen(text), "short") if q.answer == "31 December 1999"]


def test_a_measure_keeps_its_hedge_among_choices():
    # Draw 8980: "each _____ wide" (100 feet) with "about 200 feet" and "about 260 feet": the bare one is the key.
    pool = pool_with("quantity", "about 200 feet", "about 260 feet", "60 feet", "45 feet", "300 feet")
    assert not [o for o in choose("100 feet", "quantity", pool) if o.startswith("about")]
    assert all(o.startswith("about") for o in choose("about 150 feet", "quantity", pool))

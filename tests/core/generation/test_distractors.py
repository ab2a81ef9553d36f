"""Wrong choices: same kind, never the key, no duplicates, nothing after the article for past events."""

from datetime import date

from studyapp.core.generation.distractors import Pool, choose
from studyapp.core.generation.candidate import norm

PUBLISHED = date(2023, 5, 7)


def make_pool(**items):
    pool = Pool()
    for atype, values in items.items():
        for v in values:
            pool.add(atype, v)
    return pool


def check(key, options):
    assert len(options) >= 3
    assert len({norm(o) for o in options}) == len(options)
    for o in options:
        assert norm(o) != norm(key)
        assert norm(o) not in norm(key) and norm(key) not in norm(o)


def test_the_other_end_of_a_period_comes_first_and_years_stay_years():
    pool = make_pool(year=["1910", "1945", "2023"])
    options = choose("1945", "year", pool, published=PUBLISHED, preferred=["1910"])
    check("1945", options)
    assert options[0] == "1910"
    assert all(o.isdigit() and len(o) == 4 for o in options)


def test_past_events_get_no_year_after_the_article_date():
    pool = make_pool(year=["2024", "2025"])
    options = choose("2022", "year", pool, published=PUBLISHED, past=True)
    check("2022", options)
    assert all(int(o) <= 2023 for o in options)


def test_one_person_is_one_choice_whatever_the_name_form():
    pool = make_pool(person=["Fumio Kishida", "Yoon Suk Yeol", "Yoon", "Kim Keon Hee", "Joe Biden", "Kishida"])
    assert pool.get("person") == ["Fumio Kishida", "Yoon Suk Yeol", "Kim Keon Hee", "Joe Biden"]
    options = choose("Kishida", "person", pool, bank={"person": ["Macron"]})  # names alone beside a name alone
    # The bank's "Macron" has no role the article shares: the article's own people only.
    assert sorted(options) == ["Biden", "Yoon"]


def test_countries_with_the_articles_neighbours_first_and_never_from_another_continent():
    pool = make_pool(country=["Japan", "South Korea"], city=["Seoul", "Tokyo"])
    options = choose("Japan", "country", pool, bank={"country": ["Chile", "Peru"]}, past=False)
    check("Japan", options)
    assert options[0] == "South Korea"  # the article's own neighbour first
    assert {"North Korea", "China"} <= set(options)
    assert not {"Seoul", "Tokyo", "Chile", "Peru"} & set(options)


def test_coordinated_answers_are_never_offered():
    pool = make_pool(country=["Japan", "South Korea", "China", "Russia", "India"])
    options = choose("Japan", "country", pool, exclude={"south korea"})
    assert "South Korea" not in options


def test_numbers_keep_their_format():
    assert all(o.endswith(" years") and o.split()[0].isdigit() for o in choose("12 years", "duration", Pool()))
    words = choose("two delegates", "number", Pool())
    assert words and all(o.split()[0].isalpha() for o in words)
    big = choose("1,581", "number", Pool())
    check("1,581", big)
    assert all("," in o for o in big)


def test_months_weekdays_and_dates():
    check("March", choose("March", "month", Pool(), published=PUBLISHED))
    days = choose("Sunday", "weekday", Pool(), published=PUBLISHED)
    check("Sunday", days)
    assert all(o.endswith("day") for o in days)
    dates = choose("May 1, 2023", "date", Pool(), published=PUBLISHED)
    check("May 1, 2023", dates)


def test_no_give_away_by_format_or_length():
    pool = make_pool(term=["the treaty", "a ceasefire", "the border", "a long and very detailed peace agreement"])
    key = "a long and very detailed peace agreement between the two states"
    options = choose(key, "term", pool)
    if options:
        assert len(key) <= 2 * max(len(o) for o in options)
    upper = choose("Hiroshima", "city", make_pool(city=["Seoul", "Tokyo"]))
    assert all(o[:1].isupper() for o in upper)


def test_noun_phrase_choices_read_the_same_terms_as_a_full_scan():
    """The shape index over an article's terms and over the bank is a shortcut: the wrong choices
    for a noun phrase are those a scan of every term, nearest first, would give."""
    import random

    from studyapp.core.generation.distractors import _Look, _kin_of, head_kind

    rng = random.Random(7)
    heads = ["rule", "rules", "Treaty", "Treaties", "3 ships", "system", "systems", "many forms", "(note)",
             "growth", "Armies", "state", "states", "“quoted” phrase", "teachers", "decision", "kindness"]
    pool = Pool()
    for i in range(400):
        pool.add("term", f"{rng.choice(['early', 'long', 'Great', 'new', 'colonial'])} {rng.choice(heads)} {i}"
                 if i % 3 else rng.choice(heads) + f" of {i}")
    terms = pool.get("term")
    bank = {"term": [f"{rng.choice(['old', 'Second', 'wide'])} {rng.choice(heads)}" for _ in range(300)]}
    for key in rng.sample(terms, 60):
        look = _Look(key, "term")
        scanned = [o for o in pool.terms_near(key) if _kin_of(o) == look.kin]
        assert list(pool.terms_near_kin(key, look.kin)) == scanned
        head = head_kind(key)
        assert list(pool.terms_near_kin(key, look.kin, head=head)) == [o for o in scanned if head_kind(o) == head]
        assert list(pool.nearest_in_length("term", len(key), kind=(look.kin, head))) == [
            o for o in pool.nearest_in_length("term", len(key)) if _kin_of(o) == look.kin and head_kind(o) == head]
        got = choose(key, "term", pool, bank, n=3)
        assert all(_kin_of(o) == look.kin for o in got), (key, got)

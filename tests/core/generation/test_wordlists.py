"""The generator's word lists (studyapp/core/generation/data/words/*.txt): one list per file, no
word in two files, each list read by the code, and each constant built from them as it was when
the hand-written unions were replaced by ``words_of`` (data/wordlist_constants.json)."""

import json
from collections import defaultdict
from pathlib import Path

import pytest

from studyapp.core.generation.wordlists import WORDS_DIR, list_names, lists_in, words, words_of

CONSTANTS = json.loads((Path(__file__).parent / "data" / "wordlist_constants.json").read_text(encoding="utf-8"))


def test_no_word_is_in_two_lists():
    where: dict[str, list[str]] = defaultdict(list)
    for name in list_names():
        for w in words(name):
            where[w.lower()].append(name)
    twice = {w: names for w, names in where.items() if len(names) > 1}
    assert not twice, twice


def test_no_list_repeats_a_word_or_is_empty():
    for path in WORDS_DIR.glob("*.txt"):
        entries = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
        entries = [e for e in entries if e]
        assert entries, path.name
        assert len(entries) == len(set(entries)), f"{path.name} repeats a word"


def test_every_list_is_used_by_the_code():
    import studyapp.core.generation as package
    from pathlib import Path

    code = "\n".join(p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py"))
    lists = {name for file in list_names() for name in lists_in(file)}
    unused = sorted(name for name in lists if f'words_of("{name}")' not in code)
    assert not unused, unused


def test_a_list_gathers_its_own_file_and_the_shared_files_naming_it():
    assert lists_in("shared-countries+regions") == ["countries", "regions"]
    assert lists_in("countries") == ["countries"]
    assert words("shared-countries+regions") <= words_of("countries")
    assert words("shared-countries+regions") <= words_of("regions")
    assert words("countries") <= words_of("countries")
    assert not words("countries") & words_of("regions")
    # water_first has no file of its own: only shared ones
    assert words_of("water_first") == words("shared-water_first+water_heads") | words(
        "shared-place_first+surnames+water_first+water_heads")
    with pytest.raises(KeyError):
        words_of("no_such_list")


@pytest.mark.parametrize("constant", sorted(CONSTANTS))
def test_constant_is_what_the_hand_written_union_was(constant):
    import importlib

    module, _, name = constant.partition(".")
    name, _, key = name.partition("[")
    value = getattr(importlib.import_module(f"studyapp.core.generation.{module}"), name)
    if key:
        value = value[key.rstrip("]")]
    assert sorted(value) == CONSTANTS[constant]

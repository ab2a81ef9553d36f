"""The generator's word lists (studyapp/core/generation/data/words/*.txt): one list per file, no
word in two lists, each list read by the code."""

from collections import defaultdict

from studyapp.core.generation.wordlists import WORDS_DIR, list_names, words


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
    unused = [name for name in list_names() if f'words("{name}")' not in code]
    assert not unused, unused

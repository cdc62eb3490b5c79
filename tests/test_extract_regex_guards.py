"""The speed guards in front of the extractor's hot patterns: a lookahead on
the characters every match opens with ("\\b(?=(?-i:[tTbB]))(?:the|both ...)").
A guard that misses a letter silently blinds its pattern, so each guarded
pattern must find exactly what it finds without its guard, on real text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract import agreements, attributes, consortia, cues, mentions, people
from kg.extract.text import split_sentences

DATA = Path(__file__).parent / "data"
#: a lookahead of opening characters: "(?=(?-i:[...]))" or "(?=[...])" right where a match starts
_GUARD = re.compile(r"\(\?=\(\?-i:\[(?:[^\]\\]|\\.)*\]\)\)|(?<=^)\(\?=\[(?:[^\]\\]|\\.)*\]\)|(?<=\\b)\(\?=\[(?:[^\]\\]|\\.)*\]\)")


def _guarded() -> list[tuple[str, re.Pattern, re.Pattern]]:
    out = []
    for module in (agreements, attributes, consortia, cues, mentions, people):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and _GUARD.search(value.pattern):
                bare = _GUARD.sub("", value.pattern, count=1)
                out.append((f"{module.__name__}.{name}", value, re.compile(bare, value.flags)))
    return out


GUARDED = _guarded()


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "extract_world").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / "extract_fresh").glob("e*.txt"))]
    return [s.text for text in texts for s in split_sentences(text)]


def test_the_guards_are_found():
    assert len(GUARDED) >= 15  # (the hot patterns of the agreement finder and attribute reader)


@pytest.mark.parametrize(("name", "guarded", "bare"), GUARDED, ids=[g[0] for g in GUARDED])
def test_a_guard_never_changes_what_its_pattern_finds(sentences, name, guarded, bare):
    for text in sentences:
        got = [(m.span(), m.groups()) for m in guarded.finditer(text)]
        want = [(m.span(), m.groups()) for m in bare.finditer(text)]
        assert got == want, (name, text)

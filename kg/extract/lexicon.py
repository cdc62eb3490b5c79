"""The extractor's lexicon, compiled from the SKOS labels of ontology/vocab.ttl.

Why Turtle: a user teaches the extractor a new phrase ("convenio" for an
agreement, "intercambio de estudiantes" for student exchange) by adding an
`skos:altLabel` to a concept, without touching code. Every label becomes a
case-insensitive, whole-word pattern; labels written with two or more
capitals ("MoU", "AI") only match with their capitals, so "ai" inside a
sentence is not artificial intelligence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.vocab import Vocabulary, load_vocabulary

_PLURAL_LAST = {"memorandum": "memorand(?:um|a|ums)", "agreement": "agreements?"}


def _capitals_only(word: str) -> str:
    """Regex for a word whose capitals must match and whose small letters
    may be either case ("MoU" matches "MOU", "Dual BA" matches "dual BA")."""
    return "".join(f"[{ch}{ch.upper()}]" if ch.islower() else re.escape(ch) for ch in word)


def label_pattern(label: str, case_sensitive: bool = False) -> str:
    """Regex source for one label: words separated by spaces or hyphens, the
    last word also in its plural ("memorandum" -> "memoranda")."""
    words = re.split(r"[\s\-]+", label.strip())
    parts = []
    for i, word in enumerate(words):
        low = word.lower()
        escaped = _capitals_only(word) if case_sensitive else re.escape(word)
        if low in _PLURAL_LAST and word.islower():
            parts.append(_PLURAL_LAST[low])
        elif i == len(words) - 1 and word[-1:].isalpha() and not word.endswith("s"):
            parts.append(escaped + "(?:s|es)?")
        else:
            parts.append(escaped)
    body = r"[\s\-]+".join(parts)
    return rf"(?<![\w&+])(?:{body})(?![\w&+])"


def _is_case_sensitive(label: str) -> bool:
    return sum(ch.isupper() for ch in label) >= 2


#: runs of word characters: each run's start is where a label may start
_WORD_RUN = re.compile(r"[\w&+]+")


class _Lazy:
    """A label's pattern, compiled the first time it is tried: a process
    that never meets a label's first letters never pays for compiling it
    (compiling all of them is most of building the lexicon)."""

    __slots__ = ("source", "flags", "match")

    def __init__(self, source: str, flags: int):
        self.source = source
        self.flags = flags
        self.match = self._first

    def _first(self, text: str, pos: int) -> re.Match | None:
        self.match = re.compile(self.source, self.flags).match
        return self.match(text, pos)


class Scanner:
    """One pass over a sentence for every phrase set at once: labels are
    indexed by the first letters of their first word, and the results of a
    sentence are remembered until `forget` (once per article)."""

    def __init__(self) -> None:
        self.index: dict[str, list[tuple[str, _Lazy, str]]] = {}
        self.names: list[str] = []
        self.cache: dict[str, dict[str, list[tuple[int, int, str, str]]]] = {}
        #: per first letters, one alternation per phrase set and case rule
        self.joined: dict[str, list[tuple[str, re.Pattern, list[str]]]] = {}

    def add(self, name: str, pairs: list[tuple[str, str]]) -> None:
        self.names.append(name)
        for label, value in sorted(set(pairs), key=lambda p: -len(p[0])):
            sensitive = _is_case_sensitive(label)
            pattern = _Lazy(label_pattern(label, sensitive), 0 if sensitive else re.IGNORECASE)
            self.index.setdefault(_prefix(label), []).append((name, pattern, value))

    def scan(self, text: str) -> dict[str, list[tuple[int, int, str, str]]]:
        hit = self.cache.get(text)
        if hit is not None:
            return hit
        found: dict[str, list[tuple[int, int, str, str]]] = {n: [] for n in self.names}
        last_end = dict.fromkeys(self.names, 0)
        index = self.index
        joined = self.joined
        for word in _WORD_RUN.finditer(text):
            pos = word.start()
            key = text[pos : pos + 3].casefold()
            alternations = joined.get(key)
            if alternations is None:
                known = key in index or (len(key) == 3 and key[:2] in index)
                alternations = joined[key] = self._join(key) if known else []
            if not alternations:
                continue  # no label starts so: most words
            # (made on the first match only: most words that open like a label open none)
            best: dict[str, tuple[int, int, str, str]] | None = None
            for name, pattern, values in alternations:
                if pos < last_end[name]:
                    continue
                m = pattern.match(text, pos)
                if m is None:
                    continue
                end = m.end()
                if best is None:
                    best = {}
                elif name in best and end <= best[name][1]:
                    continue
                best[name] = (pos, end, m.group(0), values[int(m.lastgroup[1:])])
            if best:
                for name, match in best.items():
                    found[name].append(match)
                    last_end[name] = match[1]
        self.cache[text] = found
        return found

    def _join(self, key: str) -> list[tuple[str, re.Pattern, list[str]]]:
        """The labels that may start at a word opening with `key` (and the
        two-letter ones, "AI"), as one alternation per phrase set and case
        rule, longest labels first: one regex call where there were dozens."""
        candidates = self.index.get(key, []) + (self.index.get(key[:2], []) if len(key) == 3 else [])
        groups: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for name, pattern, value in candidates:
            groups.setdefault((name, pattern.flags), []).append((pattern.source, value))
        out = []
        for (name, flags), items in groups.items():
            source = "|".join(f"(?P<g{k}>{src})" for k, (src, _) in enumerate(items))
            out.append((name, re.compile(source, flags), [value for _, value in items]))
        return out

    def forget(self) -> None:
        self.cache.clear()


@dataclass
class PhraseSet:
    """The labels of one group of concepts (instruments, triggers ...), each
    mapped to a value (a code or a label), matched through a shared
    `Scanner`."""

    name: str
    scanner: Scanner

    def finditer(self, text: str) -> list[tuple[int, int, str, str]]:
        """Non-overlapping matches, longest first: (start, end, text, value)."""
        return self.scanner.scan(text)[self.name]

    def search(self, text: str) -> bool:
        return bool(self.finditer(text))


def _prefix(text: str) -> str:
    return text[:3].casefold()


@dataclass
class Lexicon:
    """Everything the extractor recognises by phrase."""

    instruments: PhraseSet  # typed instruments and generic nouns -> review type code
    exchanges: PhraseSet  # -> exchange code
    fields: PhraseSet  # -> the label as written in the vocabulary
    triggers: PhraseSet  # signing verbs -> "sign"
    plan_cues: PhraseSet  # modality: plans, talks -> "plan"
    ended_cues: PhraseSet  # ended, suspended, cancelled -> "ended"
    non_party_cues: PhraseSet  # witnessed by, funded by -> "witness"
    roles: PhraseSet  # people who can be exchanged -> exchange code
    mobility: PhraseSet  # words that say people move -> "move"
    source: str = ""
    scanner: Scanner | None = None

    def forget(self) -> None:
        """Drop the sentences remembered for the last article."""
        if self.scanner is not None:
            self.scanner.forget()


def _pairs(vocab: Vocabulary, scheme: str, value: str | None = None) -> list[tuple[str, str]]:
    out = []
    for concept in vocab.scheme(scheme):
        for label in concept.labels:
            out.append(
                (label, value if value is not None else (concept.code or concept.pref_label))
            )
    return out


def _concept_pairs(vocab: Vocabulary, iri_suffix: str, value: str) -> list[tuple[str, str]]:
    out = []
    for concept in vocab.concepts:
        if concept.iri.endswith("#" + iri_suffix):
            out.extend((label, value) for label in concept.labels)
    return out


def build_lexicon(path: str | Path | None = None) -> Lexicon:
    """Compile the lexicon from vocab.ttl (or the Turtle file at `path`)."""
    vocab = load_vocabulary(str(path) if path else None)
    instruments = _pairs(vocab, "AgreementTypes") + _pairs(vocab, "Instruments")
    # a field is reported as the article writes it, an acronym as its prefLabel
    fields = [
        (label, c.pref_label.lower() if _is_case_sensitive(label) else label.lower())
        for c in vocab.scheme("Fields")
        for label in c.labels
    ]
    groups = {
        "instruments": instruments,
        "exchanges": _pairs(vocab, "Exchanges"),
        "fields": fields,
        "triggers": _pairs(vocab, "SigningTriggers", "sign"),
        "plan_cues": _concept_pairs(vocab, "CuePlan", "plan"),
        "ended_cues": _concept_pairs(vocab, "CueEnded", "ended"),
        "non_party_cues": _pairs(vocab, "NonPartyCues", "witness"),
        "roles": _pairs(vocab, "ExchangeRoles"),
        "mobility": _pairs(vocab, "MobilityCues", "move"),
    }
    scanner = Scanner()
    for name, pairs in groups.items():
        scanner.add(name, pairs)
    return Lexicon(
        **{name: PhraseSet(name, scanner) for name in groups},
        source=str(path or "ontology/vocab.ttl"),
        scanner=scanner,
    )

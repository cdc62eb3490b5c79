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
    return "".join(
        f"[{ch}{ch.upper()}]" if ch.islower() else re.escape(ch) for ch in word
    )


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


@dataclass
class PhraseSet:
    """Labels of one group of concepts compiled into two alternations (case
    sensitive and not), each label mapped to a value (a code or a label)."""

    insensitive: re.Pattern | None
    sensitive: re.Pattern | None
    values: dict[str, str]  # casefolded label text -> value

    @classmethod
    def build(cls, pairs: list[tuple[str, str]]) -> PhraseSet:
        pairs = sorted(set(pairs), key=lambda p: -len(p[0]))
        ins = [label_pattern(lbl) for lbl, _ in pairs if not _is_case_sensitive(lbl)]
        sen = [label_pattern(lbl, True) for lbl, _ in pairs if _is_case_sensitive(lbl)]
        values: dict[str, str] = {}
        for label, value in pairs:
            values.setdefault(_key(label), value)
        return cls(
            re.compile("|".join(ins), re.IGNORECASE) if ins else None,
            re.compile("|".join(sen)) if sen else None,
            values,
        )

    def finditer(self, text: str) -> list[tuple[int, int, str, str]]:
        """Non-overlapping matches, longest first: (start, end, text, value)."""
        found: list[tuple[int, int, str, str]] = []
        for pattern in (self.sensitive, self.insensitive):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e, _, _ in found):
                    continue
                found.append((m.start(), m.end(), m.group(0), self.value(m.group(0))))
        found.sort()
        return found

    def search(self, text: str) -> bool:
        return any(p is not None and p.search(text) for p in (self.sensitive, self.insensitive))

    def value(self, matched: str) -> str:
        key = _key(matched)
        if key in self.values:
            return self.values[key]
        # plural or hyphenated variant of a label
        for label_key, value in self.values.items():
            if key.startswith(label_key[:-1]) and len(key) - len(label_key) <= 3:
                return value
        for label_key, value in self.values.items():
            if re.fullmatch(label_pattern(label_key), key, re.IGNORECASE):
                return value
        return ""


def _key(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.casefold()).strip()


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
    source: str = ""


def _pairs(vocab: Vocabulary, scheme: str, value: str | None = None) -> list[tuple[str, str]]:
    out = []
    for concept in vocab.scheme(scheme):
        for label in concept.labels:
            out.append((label, value if value is not None else (concept.code or concept.pref_label)))
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
    return Lexicon(
        instruments=PhraseSet.build(instruments),
        exchanges=PhraseSet.build(_pairs(vocab, "Exchanges")),
        fields=PhraseSet.build(fields),
        triggers=PhraseSet.build(_pairs(vocab, "SigningTriggers", "sign")),
        plan_cues=PhraseSet.build(_concept_pairs(vocab, "CuePlan", "plan")),
        ended_cues=PhraseSet.build(_concept_pairs(vocab, "CueEnded", "ended")),
        non_party_cues=PhraseSet.build(_pairs(vocab, "NonPartyCues", "witness")),
        source=str(path or "ontology/vocab.ttl"),
    )

"""One institution, one node: canonical descriptions from what articles state.

Every article states names, aliases, a kind, a country and a parent for the
institutions it mentions (`kg:stated*` in its graph). `canonicalise` turns all
statements about one institution IRI into one description: the name most
articles use (ties: the longest) is the prefLabel, every other form an
altLabel, and kind, country and parent are the ones most articles state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kg.rdf import CanonicalInstitution


@dataclass(frozen=True)
class InstitutionStatement:
    """What one article says about one institution."""

    iri: str
    article: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    unit_of: str | None = None  # IRI


def _most_common(values: Iterable[str | None], prefer_longer: bool = False) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v) if prefer_longer else 0, v))


def canonicalise(statements: Iterable[InstitutionStatement]) -> list[CanonicalInstitution]:
    """One `CanonicalInstitution` per IRI, from every article's statements.

    >>> s = [InstitutionStatement("i:1", "a1", "PolyU Hong Kong", ("PolyU",), "university", "HK"),
    ...      InstitutionStatement("i:1", "a2", "The Hong Kong Polytechnic University", ("PolyU",), "university", "HK"),
    ...      InstitutionStatement("i:1", "a3", "The Hong Kong Polytechnic University", (), "other", None)]
    >>> c = canonicalise(s)[0]
    >>> c.pref_label, c.alt_labels, c.kind, c.country
    ('The Hong Kong Polytechnic University', ['PolyU', 'PolyU Hong Kong'], 'university', 'HK')
    """
    by_iri: dict[str, list[InstitutionStatement]] = {}
    for st in statements:
        by_iri.setdefault(st.iri, []).append(st)
    result = []
    for iri in sorted(by_iri):
        group = by_iri[iri]
        pref = _most_common((s.name for s in group), prefer_longer=True) or iri
        forms = {form for s in group for form in (s.name, *s.aliases) if form and form != pref}
        kinds = [s.kind for s in group if s.kind and s.kind != "other"]
        parent = _most_common(s.unit_of for s in group if s.unit_of != iri)
        result.append(
            CanonicalInstitution(
                iri=iri,
                pref_label=pref,
                alt_labels=sorted(forms),
                kind=_most_common(kinds) or "other",
                country=_most_common(s.country for s in group),
                parent=parent,
            )
        )
    return result

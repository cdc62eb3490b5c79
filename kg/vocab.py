"""The SKOS vocabularies of ontology/ (agreement types, exchanges, fields),
loaded once and shared by every stage that needs a label or a concept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from kg.names import fold
from kg.namespaces import KG as KG_NS
from kg.namespaces import SKOS as SKOS_NS

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class Concept:
    iri: str
    scheme: str
    pref_label: str
    alt_labels: tuple[str, ...] = ()
    code: str | None = None

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.pref_label, *self.alt_labels)


@dataclass
class Vocabulary:
    """Concepts by scheme IRI, with lookups by code and by folded label."""

    concepts: list[Concept] = field(default_factory=list)

    def scheme(self, local_name: str) -> list[Concept]:
        iri = KG_NS + local_name
        return [c for c in self.concepts if c.scheme == iri]

    def by_code(self, local_name: str) -> dict[str, Concept]:
        return {c.code: c for c in self.scheme(local_name) if c.code}

    def field_by_label(self) -> dict[str, Concept]:
        """Folded prefLabel or altLabel -> field concept."""
        return self._field_index

    @cached_property
    def _field_index(self) -> dict[str, Concept]:
        index: dict[str, Concept] = {}
        for concept in self.scheme("Fields"):
            for label in concept.labels:
                index.setdefault(fold(label), concept)
        return index


def ontology_file(name: str) -> Path:
    return ONTOLOGY_DIR / name


@lru_cache(maxsize=8)
def load_vocabulary(path: str | None = None) -> Vocabulary:
    """Parse ontology/vocab.ttl (or `path`) into a `Vocabulary`."""
    import pyoxigraph as ox

    source = Path(path) if path else ontology_file("vocab.ttl")
    store = ox.Store()
    store.load(path=str(source), format=ox.RdfFormat.TURTLE)
    rows = store.query(
        f"""SELECT ?c ?scheme ?pref (GROUP_CONCAT(?alt; separator="\\u001f") AS ?alts) (SAMPLE(?code) AS ?cd)
        WHERE {{ ?c <{SKOS_NS}inScheme> ?scheme ; <{SKOS_NS}prefLabel> ?pref .
                OPTIONAL {{ ?c <{SKOS_NS}altLabel> ?alt }} OPTIONAL {{ ?c <{KG_NS}code> ?code }} }}
        GROUP BY ?c ?scheme ?pref ORDER BY ?c"""
    )
    concepts = []
    for row in rows:
        alts = tuple(a for a in (row["alts"].value if row["alts"] else "").split("\u001f") if a)
        concepts.append(
            Concept(
                iri=row["c"].value,
                scheme=row["scheme"].value,
                pref_label=row["pref"].value,
                alt_labels=alts,
                code=row["cd"].value if row["cd"] else None,
            )
        )
    return Vocabulary(concepts)

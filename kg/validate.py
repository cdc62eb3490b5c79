"""SHACL validation of a store against ontology/shapes.ttl (pyshacl).

The union of all graphs is validated, so the canonical institutions graph
and every article graph are checked together, as queries see them.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.namespaces import SH as _SH
from kg.vocab import ontology_file


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    value: str | None = None

    def __str__(self) -> str:
        where = f" ({self.path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]})" if self.path else ""
        value = f" [value: {self.value}]" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


def validate_store(store) -> list[Violation]:
    """All SHACL violations of the store; an empty list means it conforms."""
    import rdflib
    from pyshacl import validate

    data = rdflib.Graph()
    triples = store.export("nt")
    data.parse(data=triples.decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"))
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    if conforms:
        return []
    sh = rdflib.Namespace(_SH)
    violations = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = report.value(result, sh.focusNode)
        path = report.value(result, sh.resultPath)
        message = report.value(result, sh.resultMessage)
        value = report.value(result, sh.value)
        violations.append(
            Violation(
                focus=str(focus),
                path=str(path) if isinstance(path, rdflib.URIRef) else None,
                message=str(message) if message else "violates a shape",
                value=str(value) if value is not None else None,
            )
        )
    return sorted(violations, key=lambda v: (v.focus, v.path or "", v.message))

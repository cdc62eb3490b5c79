"""Every namespace Accord uses, in one place.

`KG` holds the ontology terms (classes, properties, SKOS schemes); `ID` is the
base of instance IRIs minted by `kg.rdf` (institutions, agreements, articles).
"""

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

KG = Namespace("https://w3id.org/accord/kg#")
ID = Namespace("https://w3id.org/accord/id/")
FIELD = Namespace("https://w3id.org/accord/kg/field/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = {
    "kg": KG,
    "id": ID,
    "field": FIELD,
    "org": ORG,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "sh": SH,
}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

__all__ = [
    "DCTERMS", "FIELD", "ID", "KG", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS",
    "SCHEMA", "SH", "SKOS", "SPARQL_PREFIXES", "XSD",
]

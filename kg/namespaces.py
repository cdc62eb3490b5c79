"""Every namespace Accord uses, in one place, as plain IRI strings.

`KG` holds the ontology terms (classes, properties, SKOS schemes); `ID` is the
base of instance IRIs minted by `kg.rdf` (institutions, agreements, articles).
Plain strings keep `import kg` free of rdflib, so the CLI starts fast.
"""

KG = "https://w3id.org/accord/kg#"
ID = "https://w3id.org/accord/id/"
FIELD = "https://w3id.org/accord/kg/field/"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"

#: prefixes every query may use without declaring them
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

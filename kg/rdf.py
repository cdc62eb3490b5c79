"""Review-file facts -> RDF quads under the Accord ontology.

This is the only place that mints IRIs. Institution IRIs come from the
folded canonical name, so the same institution gets the same IRI in every run
and every store. Each article's quads live in the named graph whose IRI is
the article's own, so an article is replaced or removed as one unit. What an
article says about an institution is kept as `kg:stated*` statements in that
graph; the canonical description (prefLabel, altLabels, country, kind, parent)
lives in one institutions graph written by `institution_quads`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.model import ArticleFacts, Mention, ResolvedInstitution
from kg.names import fold, slug
from kg.namespaces import FIELD as _FIELD
from kg.namespaces import ID as _ID
from kg.namespaces import KG as _KG
from kg.namespaces import ORG as _ORG
from kg.namespaces import PROV as _PROV
from kg.namespaces import RDF as _RDF
from kg.namespaces import SCHEMA as _SCHEMA
from kg.namespaces import SKOS as _SKOS
from kg.namespaces import XSD as _XSD
from kg.vocab import load_vocabulary


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(_KG + name)


RDF_TYPE = ox.NamedNode(_RDF + "type")
XSD_DATE = ox.NamedNode(_XSD + "date")
XSD_GYEARMONTH = ox.NamedNode(_XSD + "gYearMonth")
XSD_GYEAR = ox.NamedNode(_XSD + "gYear")
XSD_BOOLEAN = ox.NamedNode(_XSD + "boolean")

INSTITUTIONS_GRAPH = ox.NamedNode(_ID + "graph/institutions")
ONTOLOGY_GRAPH = ox.NamedNode(_ID + "graph/ontology")

#: review-file kind code -> ontology class
KIND_CLASSES = {
    "university": _kg("University"),
    "academic_unit": _kg("AcademicUnit"),
    "hospital": _kg("Hospital"),
    "research_institute": _kg("ResearchInstitute"),
    "company": _kg("Company"),
    "government": _kg("GovernmentBody"),
    "other": None,
}
#: review-file agreement type code -> ontology class
TYPE_CLASSES = {
    "mou": _kg("MemorandumOfUnderstanding"),
    "student_exchange": _kg("StudentExchangeAgreement"),
    "dual_degree": _kg("DualDegreeAgreement"),
    "research": _kg("ResearchAgreement"),
    "joint_lab": _kg("JointLabAgreement"),
    "framework": _kg("FrameworkAgreement"),
    "partnership": _kg("Partnership"),
}
#: review-file exchange code -> concept
EXCHANGE_CONCEPTS = {
    "student": _kg("StudentExchange"),
    "staff": _kg("StaffExchange"),
    "researcher": _kg("ResearcherExchange"),
}


class P:
    """Predicates used in the mapping."""

    party = _kg("party")
    signs = _kg("signs")
    partner_of = _kg("partnerOf")
    covers_field = _kg("coversField")
    includes_exchange = _kg("includesExchange")
    signed_on = _kg("signedOn")
    reported_in = _kg("reportedIn")
    evidence = _kg("evidence")
    agreement_type = _kg("agreementType")
    optional = _kg("optional")
    kind = _kg("kind")
    former_name = _kg("formerName")
    source_file = _kg("sourceFile")
    content_id = _kg("contentId")
    origin = _kg("origin")
    facts_hash = _kg("factsHash")
    revision = _kg("revision")
    name_key = _kg("nameKey")
    stated_name = _kg("statedName")
    stated_alias = _kg("statedAlias")
    stated_kind = _kg("statedKind")
    stated_country = _kg("statedCountry")
    stated_unit_of = _kg("statedUnitOf")
    was_derived_from = ox.NamedNode(_PROV + "wasDerivedFrom")
    pref_label = ox.NamedNode(_SKOS + "prefLabel")
    alt_label = ox.NamedNode(_SKOS + "altLabel")
    in_scheme = ox.NamedNode(_SKOS + "inScheme")
    unit_of = ox.NamedNode(_ORG + "unitOf")
    address_country = ox.NamedNode(_SCHEMA + "addressCountry")
    headline = ox.NamedNode(_SCHEMA + "headline")
    date_published = ox.NamedNode(_SCHEMA + "datePublished")
    url = ox.NamedNode(_SCHEMA + "url")
    mentions = ox.NamedNode(_SCHEMA + "mentions")


AGREEMENT = _kg("Agreement")
INSTITUTION = _kg("Institution")
NEWS_ARTICLE = ox.NamedNode(_SCHEMA + "NewsArticle")
SKOS_CONCEPT = ox.NamedNode(_SKOS + "Concept")
FIELDS_SCHEME = _kg("Fields")


def institution_iri(key: str) -> ox.NamedNode:
    """IRI of the institution whose canonical name is `key`.

    >>> institution_iri("The Hong Kong Polytechnic University").value
    'https://w3id.org/accord/id/institution/hong-kong-polytechnic-university'
    """
    return ox.NamedNode(f"{_ID}institution/{slug(key)}")


def article_iri(facts: ArticleFacts) -> ox.NamedNode:
    """IRI (and named graph) of an article: from its content id when known,
    else from its file name."""
    if facts.id:
        return ox.NamedNode(f"{_ID}article/{slug(facts.id)}")
    return ox.NamedNode(f"{_ID}article/file-{slug(facts.article)}")


def agreement_iri(article: ox.NamedNode, number: int) -> ox.NamedNode:
    """The `number`-th agreement (from 1) reported in `article`."""
    return ox.NamedNode(f"{article.value}/agreement/{number}")


def rdf_file_graph(path) -> ox.NamedNode:
    """Named graph of the triples of an RDF file loaded with `kg load`, so
    loading the same file again replaces them."""
    from pathlib import Path

    return ox.NamedNode(f"{_ID}graph/file/{slug(Path(path).name)}")


def field_iri(label: str) -> ox.NamedNode:
    """The concept of a field: the vocabulary's when a prefLabel or altLabel
    matches, else a new concept named after the label."""
    concept = load_vocabulary().field_by_label().get(fold(label))
    if concept is not None:
        return ox.NamedNode(concept.iri)
    return ox.NamedNode(_FIELD + slug(label))


def date_literal(value: str) -> ox.Literal:
    """A date as precise as the text says: xsd:date, xsd:gYearMonth or xsd:gYear.

    >>> date_literal("2025-02").datatype.value
    'http://www.w3.org/2001/XMLSchema#gYearMonth'
    """
    datatype = {10: XSD_DATE, 7: XSD_GYEARMONTH, 4: XSD_GYEAR}[len(value)]
    return ox.Literal(value, datatype=datatype)


def facts_fingerprint(facts: ArticleFacts, origin: str) -> str:
    """A hash of everything an article's graph is made from, so a reload of
    unchanged facts is recognised without comparing graphs."""
    import hashlib

    # dataclass reprs list every field in order: a faithful, fast serialisation
    return hashlib.sha256(f"{origin}\n{facts!r}".encode()).hexdigest()[:32]


def substitute(
    quads: Iterable[ox.Quad], mapping: dict[ox.NamedNode, ox.NamedNode]
) -> list[ox.Quad]:
    """The quads with IRIs replaced as `mapping` says (used to point an
    article's graph at the canonical institutions)."""
    out = []
    for q in quads:
        s, o = mapping.get(q.subject, q.subject), mapping.get(q.object, q.object)
        out.append(ox.Quad(s, q.predicate, o, q.graph_name))
    return out


def article_mentions(facts: ArticleFacts) -> list[Mention]:
    """What the article states about each institution, keyed the way its
    graph is before resolution (for resolving articles not yet stored)."""
    article = article_iri(facts).value
    local = {
        form: institution_iri(inst.name).value for inst in facts.institutions for form in inst.names
    }
    return [
        Mention(
            article=article,
            local=local[inst.name],
            name=inst.name,
            aliases=tuple(inst.aliases),
            kind=inst.kind,
            country=inst.country,
            unit_of=local.get(inst.unit_of) if inst.unit_of else None,
        )
        for inst in facts.institutions
    ]


def agreement_records(
    facts: ArticleFacts, institution_key: Callable[[str], str] | None = None
) -> dict[str, dict]:
    """The agreements of one article as the network projection sees them
    (the same values its quads give): IRI -> record."""
    key = institution_key or (lambda name: name)
    vocabulary = load_vocabulary().field_by_label()
    art = article_iri(facts)
    iri_of = {
        form: institution_iri(key(inst.name)).value
        for inst in facts.institutions
        for form in inst.names
    }
    records = {}
    for number, agr in enumerate(facts.agreements, start=1):
        concepts = sorted({field_iri(label).value for label in agr.fields})
        labels = set()
        for label in agr.fields:
            concept = vocabulary.get(fold(label))
            labels.add(concept.pref_label if concept else label)
        iri = agreement_iri(art, number).value
        records[iri] = {
            "iri": iri,
            "type": agr.type,
            "signed": agr.signed,
            "evidence": agr.evidence or "(no evidence sentence given)",
            "article": art.value,
            "title": facts.title,
            "url": facts.url,
            "fields": sorted(labels),
            "exchanges": sorted(set(agr.exchanges)),
            "parties": sorted({iri_of[p] for p in agr.parties}),
            "concepts": concepts,
        }
    return records


def article_quads(
    facts: ArticleFacts,
    *,
    origin: str = "review",
    institution_key: Callable[[str], str] | None = None,
) -> list[ox.Quad]:
    """All quads of one article, in the article's named graph.

    `institution_key(name)` gives the canonical name of an institution the
    article declares (the resolver supplies it); by default the article's own
    fullest name.
    """
    key = institution_key or (lambda name: name)
    art = article_iri(facts)
    quads: list[ox.Quad] = []

    def add(s, p, o):
        quads.append(ox.Quad(s, p, o, art))

    add(art, RDF_TYPE, NEWS_ARTICLE)
    add(art, P.facts_hash, ox.Literal(facts_fingerprint(facts, origin)))
    add(art, P.source_file, ox.Literal(facts.article))
    add(art, P.origin, ox.Literal(origin))
    if facts.id:
        add(art, P.content_id, ox.Literal(facts.id))
    if facts.title:
        add(art, P.headline, ox.Literal(facts.title))
    if facts.published:
        add(art, P.date_published, date_literal(facts.published))
    if facts.url:
        add(art, P.url, ox.Literal(facts.url))

    iri_of: dict[str, ox.NamedNode] = {}
    for inst in facts.institutions:
        iri = institution_iri(key(inst.name))
        for form in inst.names:
            iri_of[form] = iri
    for inst in facts.institutions:
        iri = iri_of[inst.name]
        add(art, P.mentions, iri)
        add(iri, P.stated_name, ox.Literal(inst.name))
        for alias in inst.aliases:
            add(iri, P.stated_alias, ox.Literal(alias))
        add(iri, P.stated_kind, ox.Literal(inst.kind))
        if inst.country:
            add(iri, P.stated_country, ox.Literal(inst.country))
        if inst.unit_of and inst.unit_of in iri_of and iri_of[inst.unit_of] != iri:
            add(iri, P.stated_unit_of, iri_of[inst.unit_of])

    for number, agr in enumerate(facts.agreements, start=1):
        node = agreement_iri(art, number)
        add(node, RDF_TYPE, AGREEMENT)
        add(node, RDF_TYPE, TYPE_CLASSES[agr.type])
        add(node, P.agreement_type, ox.Literal(agr.type))
        parties = list(dict.fromkeys(iri_of[p] for p in agr.parties))
        for party in parties:
            add(node, P.party, party)
            add(party, P.signs, node)
        for a in parties:
            for b in parties:
                if a != b:
                    add(a, P.partner_of, b)
        for label in agr.fields:
            concept = field_iri(label)
            add(node, P.covers_field, concept)
            if (
                concept.value.startswith(_FIELD)
                and fold(label) not in load_vocabulary().field_by_label()
            ):
                add(concept, RDF_TYPE, SKOS_CONCEPT)
                add(concept, P.in_scheme, FIELDS_SCHEME)
                add(concept, P.pref_label, ox.Literal(label))
        for kind in agr.exchanges:
            add(node, P.includes_exchange, EXCHANGE_CONCEPTS[kind])
        if agr.signed:
            add(node, P.signed_on, date_literal(agr.signed))
        add(node, P.evidence, ox.Literal(agr.evidence or "(no evidence sentence given)"))
        add(node, P.reported_in, art)
        add(node, P.was_derived_from, art)
        if agr.optional:
            add(node, P.optional, ox.Literal("true", datatype=XSD_BOOLEAN))
    return quads


def institution_quads(
    institutions: Iterable[ResolvedInstitution], revision: str | None = None
) -> list[ox.Quad]:
    """Quads of the institutions graph: one canonical description each, and
    the store's `revision` (a new one on every write, so indexes kept beside
    the store know whether they are current)."""
    graph = INSTITUTIONS_GRAPH
    quads = []
    if revision:
        quads.append(ox.Quad(graph, P.revision, ox.Literal(revision), graph))
    for inst in institutions:
        node = institution_iri(inst.key)
        quads.append(ox.Quad(node, RDF_TYPE, INSTITUTION, graph))
        cls = KIND_CLASSES.get(inst.kind)
        if cls is not None:
            quads.append(ox.Quad(node, RDF_TYPE, cls, graph))
        quads.append(ox.Quad(node, P.kind, ox.Literal(inst.kind), graph))
        quads.append(ox.Quad(node, P.pref_label, ox.Literal(inst.pref_label), graph))
        for alt in inst.alt_labels:
            quads.append(ox.Quad(node, P.alt_label, ox.Literal(alt), graph))
        for key in sorted({fold(name) for name in (inst.pref_label, *inst.alt_labels)}):
            quads.append(ox.Quad(node, P.name_key, ox.Literal(key), graph))
        if inst.country:
            quads.append(ox.Quad(node, P.address_country, ox.Literal(inst.country), graph))
        if inst.parent_key:
            quads.append(ox.Quad(node, P.unit_of, institution_iri(inst.parent_key), graph))
    return quads


def ontology_quads() -> list[ox.Quad]:
    """The ontology and vocabularies (kg.ttl, vocab.ttl) in their own graph,
    so queries can read labels of types, fields and exchanges."""
    from kg.vocab import ontology_file

    quads = []
    for name in ("kg.ttl", "vocab.ttl"):
        path = ontology_file(name)
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, ONTOLOGY_GRAPH))
    return quads

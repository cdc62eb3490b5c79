"""Mapping review facts to RDF: compared with an expected graph, isomorphically."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic

from kg import rdf
from kg.model import Agreement, ArticleFacts, Institution

EXPECTED = """
@prefix kg: <https://w3id.org/accord/kg#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix inst: <https://w3id.org/accord/id/institution/> .
@prefix art: <https://w3id.org/accord/id/article/> .
@prefix field: <https://w3id.org/accord/kg/field/> .

art:0123456789abcdef a schema:NewsArticle ;
    kg:sourceFile "one.txt" ; kg:origin "review" ; kg:contentId "0123456789abcdef" ;
    schema:headline "A headline" ; schema:datePublished "2024-03"^^xsd:gYearMonth ;
    schema:mentions inst:university-of-northvale , inst:eastbrook-institute-of-technology .

inst:university-of-northvale kg:statedName "University of Northvale" ; kg:statedAlias "UNV" ;
    kg:statedKind "university" ; kg:statedCountry "NO" ;
    kg:signs <https://w3id.org/accord/id/article/0123456789abcdef/agreement/1> ;
    kg:partnerOf inst:eastbrook-institute-of-technology .
inst:eastbrook-institute-of-technology kg:statedName "The Eastbrook Institute of Technology" ;
    kg:statedKind "university" ;
    kg:signs <https://w3id.org/accord/id/article/0123456789abcdef/agreement/1> ;
    kg:partnerOf inst:university-of-northvale .

<https://w3id.org/accord/id/article/0123456789abcdef/agreement/1>
    a kg:Agreement , kg:DualDegreeAgreement ;
    kg:agreementType "dual_degree" ;
    kg:party inst:university-of-northvale , inst:eastbrook-institute-of-technology ;
    kg:coversField field:medical-technology , field:underwater-basket-weaving ;
    kg:includesExchange kg:StudentExchange ;
    kg:signedOn "2024-02-29"^^xsd:date ;
    kg:evidence "UNV and Eastbrook signed a dual degree agreement on 29 February 2024." ;
    kg:reportedIn art:0123456789abcdef ;
    prov:wasDerivedFrom art:0123456789abcdef .

field:underwater-basket-weaving a skos:Concept ; skos:inScheme kg:Fields ;
    skos:prefLabel "underwater basket weaving" .
"""


def facts() -> ArticleFacts:
    return ArticleFacts(
        article="one.txt",
        id="0123456789abcdef",
        published="2024-03",
        title="A headline",
        institutions=[
            Institution("University of Northvale", ["UNV"], "university", "NO"),
            Institution("The Eastbrook Institute of Technology", [], "university", None),
        ],
        agreements=[
            Agreement(
                parties=["UNV", "The Eastbrook Institute of Technology"],
                type="dual_degree",
                signed="2024-02-29",
                fields=["medical technology", "underwater basket weaving"],
                exchanges=["student"],
                evidence="UNV and Eastbrook signed a dual degree agreement on 29 February 2024.",
            )
        ],
    )


def as_rdflib(quads) -> rdflib.Graph:
    graph = rdflib.Graph()
    text = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    graph.parse(data=text, format="nt")
    return graph


def test_article_maps_to_the_expected_graph():
    quads = rdf.article_quads(facts())
    assert {q.graph_name.value for q in quads} == {
        "https://w3id.org/accord/id/article/0123456789abcdef"
    }
    fingerprint = rdf.facts_fingerprint(facts(), "review")
    expected = rdflib.Graph().parse(
        data=EXPECTED + f'art:0123456789abcdef kg:factsHash "{fingerprint}" .', format="turtle"
    )
    got = as_rdflib(quads)
    assert isomorphic(got, expected), sorted(set(got) ^ set(expected))


def test_same_name_gives_same_iri_across_articles_and_alias_maps_to_its_institution():
    assert rdf.institution_iri("The Hong Kong Polytechnic University") == rdf.institution_iri(
        "Hong Kong Polytechnic University"
    )
    assert rdf.institution_iri("University of Washington") != rdf.institution_iri(
        "Washington University in St. Louis"
    )
    quads = rdf.article_quads(facts())
    parties = {q.object.value for q in quads if q.predicate == rdf.P.party}
    assert parties == {
        "https://w3id.org/accord/id/institution/university-of-northvale",
        "https://w3id.org/accord/id/institution/eastbrook-institute-of-technology",
    }


def test_dates_get_the_xsd_type_of_their_precision():
    assert rdf.date_literal("2024").datatype == rdf.XSD_GYEAR
    assert rdf.date_literal("2024-05").datatype == rdf.XSD_GYEARMONTH
    assert rdf.date_literal("2024-05-01").datatype == rdf.XSD_DATE


def test_field_altlabel_maps_to_vocabulary_concept():
    assert rdf.field_iri("AI").value == "https://w3id.org/accord/kg/field/artificial-intelligence"
    assert (
        rdf.field_iri("Medical Technology").value
        == "https://w3id.org/accord/kg/field/medical-technology"
    )

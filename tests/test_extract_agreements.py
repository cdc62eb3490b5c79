"""Agreement detection and party assignment on invented sentences, one
phrasing family per case: the families press releases use to report an
agreement as made (positives) and the ones that only look like it
(negatives). Parties and type are asserted exactly."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, content_id

A, B, C = "Alder University", "Birch Institute of Technology", "Cedar University"
D, E = "Dunmore Hospital", "Elm Ports Corporation"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def found(extractor: Extractor, body: str) -> list[tuple[list[str], str]]:
    text = "Campus news\n\n" + body + "\n"
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    return sorted((sorted(a.parties), a.type) for a in facts.agreements)


POSITIVES = [
    # verbs of signing
    (
        "Alder University inked a memorandum of understanding with Cedar University on Monday.",
        [([A, C], "mou")],
    ),
    (
        "Alder University sealed a research collaboration agreement with the Birch Institute of Technology.",
        [([A, B], "research")],
    ),
    (
        "Alder University has entered into a strategic partnership agreement with Cedar University.",
        [([A, C], "framework")],
    ),
    (
        "Nordvik University has entered a research partnership with Cedar University.",
        [(["Cedar University", "Nordvik University"], "research")],
    ),
    (
        "Alder University concluded a cooperation agreement with Cedar University last week.",
        [([A, C], "framework")],
    ),
    (
        "Alder University renewed its memorandum of understanding with Cedar University for another five years.",
        [([A, C], "mou")],
    ),
    (
        "Alder University and Cedar University exchanged memoranda of understanding on Monday.",
        [([A, C], "mou")],
    ),
    (
        "Alder University and Cedar University reaffirmed their partnership by signing a new memorandum of understanding.",
        [([A, C], "mou")],
    ),
    # announcements of the instrument itself
    (
        "Alder University announced a five-year research partnership with Elm Ports Corporation on Friday.",
        [([A, E], "research")],
    ),
    (
        "Alder University and Elm Ports Corporation have announced a ten-year collaboration to develop marine sensors.",
        [([A, E], "partnership")],
    ),
    (
        "Elm Ports Corporation and Alder University today announced a research agreement to study coral reefs.",
        [([A, E], "research")],
    ),
    (
        "Alder University announced a new collaboration agreement with Cedar University.",
        [([A, C], "framework")],
    ),
    # partnering verbs
    (
        "Cedar University and Alder University have agreed to a five-year partnership in data science.",
        [([A, C], "partnership")],
    ),
    (
        "Alder University and Cedar University have teamed up to develop new vaccines.",
        [([A, C], "partnership")],
    ),
    # passives and "between"
    (
        "An agreement between Alder University and Cedar University was signed on 3 May.",
        [([A, C], "framework")],
    ),
    (
        "A memorandum of understanding was signed by Alder University and Cedar University on Monday.",
        [([A, C], "mou")],
    ),
    (
        "The agreement was signed in the presence of the Minister of Education by Alder University and Cedar University.",
        [([A, C], "framework")],
    ),
    (
        "The memorandum of understanding, which was signed by Alder University and Cedar University on Monday, covers joint research.",
        [([A, C], "mou")],
    ),
    # signatories named by their people
    (
        "The agreement was signed by Dean Mary Smith of Alder University and Professor John Brown of Cedar University.",
        [([A, C], "framework")],
    ),
    (
        "The memorandum, signed by the president of Alder University and the rector of Cedar University, covers joint research.",
        [([A, C], "mou")],
    ),
    (
        "Alder University President Jane Doe and Cedar University Rector John Smith signed the memorandum on Monday.",
        [([A, C], "mou")],
    ),
    (
        "The MoU was inked by Jane Doe, Registrar of Alder University, and John Smith, Director of the Birch Institute of Technology.",
        [([A, B], "mou")],
    ),
    # several partners, several instruments
    (
        "Alder University signed MoUs with Cedar University and Dunmore Hospital.",
        [([A, C], "mou"), ([A, D], "mou")],
    ),
    (
        "Representatives of Alder University, Cedar University and Dunmore Hospital signed a memorandum of understanding.",
        [([A, C, D], "mou")],
    ),
    (
        "The Ministry of Education, Alder University and Cedar University signed a tripartite memorandum of understanding.",
        [([A, C, "Ministry of Education"], "mou")],
    ),
    (
        "Alder University has signed a memorandum of understanding with eight Danish universities: Aarhus University, Aalborg University and Roskilde University.",
        [(["Aalborg University", "Aarhus University", A, "Roskilde University"], "mou")],
    ),
    (
        "Alder University and Cedar University signed two agreements on Monday: a memorandum of understanding and a student exchange agreement.",
        [([A, C], "mou"), ([A, C], "student_exchange")],
    ),
    (
        "Alder University, together with Cedar University, signed a memorandum of understanding on Monday.",
        [([A, C], "mou")],
    ),
    # joint units and consortia
    (
        "Alder University and Cedar University launched a joint research centre for climate studies.",
        [([A, C], "joint_lab")],
    ),
    (
        "Alder University has established a joint institute with Cedar University.",
        [([A, C], "joint_lab")],
    ),
    (
        "Alder University has joined the Global Ocean Network, an alliance of twelve research universities.",
        [([A, "Global Ocean Network"], "partnership")],
    ),
    # agreements in force, agreements told as the frame of what will happen
    (
        "Alder University has had a research agreement with the Birch Institute of Technology since 2017.",
        [([A, B], "research")],
    ),
    (
        "Under a memorandum of understanding signed on Monday, Alder University and Cedar University will exchange students.",
        [([A, C], "mou")],
    ),
    (
        "Alder University and Cedar University signed a memorandum of understanding. Under the agreement, the two universities will exchange students.",
        [([A, C], "mou")],
    ),
    # references
    (
        "Alder University is in Canada.\nThe University and Dunmore Hospital signed a clinical affiliation agreement on Monday.",
        [([A, D], "partnership")],
    ),
    (
        "Alder University is a public research university.\nThe University has signed a memorandum of understanding with Cedar University.",
        [([A, C], "mou")],
    ),
    (
        "Alder University said on Monday that it had signed a memorandum of understanding with Cedar University.",
        [([A, C], "mou")],
    ),
    # owners of the signatories' titles, signatories named before their bodies
    (
        "Alder University's Vice-Chancellor Prof. Jane Doe and Cedar University's President John Smith signed the MoU.",
        [([A, C], "mou")],
    ),
    (
        "Jane Doe, president of Alder University, and John Smith, rector of Cedar University, signed the memorandum.",
        [([A, C], "mou")],
    ),
    # parties named only in a Title Case headline
    (
        "Alder University And Cedar University Sign Memorandum Of Understanding\nThe two universities signed the memorandum on Monday in Nairobi.",
        [([A, C], "mou")],
    ),
    # a dateline whose month is "May" is no modal
    (
        "LONDON, May 3 (Reuters) - Alder University has signed a cooperation agreement with Cedar University.",
        [([A, C], "framework")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), POSITIVES, ids=[p[0][:50] for p in POSITIVES])
def test_agreement_reported_as_made(extractor, body, expected):
    assert found(extractor, body) == sorted((sorted(p), t) for p, t in expected)


NEGATIVES = [
    "Alder University will sign a memorandum of understanding with Cedar University next month.",
    "Alder University intends to sign a cooperation agreement with Cedar University.",
    "Alder University is expected to conclude an agreement with Cedar University.",
    "Alder University explored a possible partnership with Cedar University.",
    "A delegation from Alder University visited Cedar University to discuss collaboration.",
    "Alder University held talks with Cedar University on a joint degree.",
    "Alder University terminated its memorandum of understanding with Cedar University.",
    "The agreement between Alder University and Cedar University expired in 2020.",
    "Alder University received a research grant from the Cedar Foundation.",
    "Alder University and Cedar University co-authored a paper on climate change.",
    "Alder University ranked ahead of Cedar University in the national rankings.",
    "Alder University and Cedar University co-hosted a conference on robotics.",
    "Alder University and Cedar University plan to sign a memorandum of understanding later this year.",
    "Alder University and Cedar University are in talks over a student exchange agreement.",
    "Alder University and Cedar University hope to sign an agreement soon.",
    "Alder University announced plans to sign a memorandum of understanding with Cedar University.",
    "Alder University and Cedar University have a long-standing partnership.",
    "Alder University and Cedar University held a joint workshop on AI.",
]


@pytest.mark.parametrize("body", NEGATIVES, ids=[n[:50] for n in NEGATIVES])
def test_plans_talks_and_ended_agreements_are_not_agreements(extractor, body):
    assert found(extractor, body) == []

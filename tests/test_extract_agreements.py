"""Agreement detection and party assignment on invented sentences, one
phrasing family per case: the families press releases use to report an
agreement as made (positives) and the ones that only look like it
(negatives). Parties and type are asserted exactly."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Article, content_id
from tests.conftest import run

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
        "The rectors of Alder University and Cedar University put their signatures yesterday to a memorandum of understanding.",
        [([A, C], "mou")],
    ),
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
        "In the presence of the Minister of Health, Alder University, the Birch Institute of Technology "
        "and Dunmore Hospital signed a memorandum of understanding.",
        [([A, B, D], "mou")],
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
    # the signer's own faculty is not the party when he signs for his university
    (
        "Professor Lee, who is also Dean of the Faculty of Law, signed the memorandum on behalf "
        "of Alder University with Cedar University on Monday.",
        [([A, C], "mou")],
    ),
    # "X has joined A and B in signing": X signs too
    (
        "Alder University has joined Cedar University and Dunmore Hospital in signing a "
        "memorandum of understanding on marine research.",
        [([A, C, D], "mou")],
    ),
    # agreements for placements are partnerships; a degree "network" is still a degree
    (
        "Alder University and Dunmore Hospital renewed their agreement on clinical training for "
        "medical students.",
        [([A, D], "partnership")],
    ),
    (
        "Alder University entered into a registered apprenticeship agreement with Elm Ports "
        "Corporation.",
        [([A, E], "partnership")],
    ),
    (
        "Alder University and Cedar University signed an agreement on network double-degree "
        "programmes.",
        [([A, C], "dual_degree")],
    ),
    # idioms of signing and a "tie-up"
    (
        "Alder University and Cedar University put pen to paper on a cooperation agreement.",
        [([A, C], "framework")],
    ),
    (
        "Alder University has forged a tie-up with Cedar University to offer joint courses.",
        [([A, C], "partnership")],
    ),
    # a place and a lowercase government head: a local government that signs
    (
        "Alder University and the Cusco regional government signed a memorandum of understanding.",
        [([A, "Cusco regional government"], "mou")],
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
    "In a virtual meeting, Alder University and Cedar University agreed to work on a letter of "
    "intent for short stays of doctors.",
    # a document still to be prepared, a hope, a plan after a far-off cue
    "A delegation of Alder University is in Birchville this week to visit Cedar University, with "
    "the objective to prepare a protocol of cooperation between the two institutions.",
    "The rector of Alder University said he \"hopes very much\" to sign a cooperation agreement "
    "with Cedar University before the summer.",
    "The rector of Alder University and the rector of Cedar University agreed to prepare a letter "
    "of intent, which they plan to sign during a visit in the autumn.",
    # a signing the parties stopped short of
    "The rectors of Alder University and Cedar University met on Friday but stopped short of "
    "signing a founding agreement.",
    "Alder University will sign a memorandum of understanding with Cedar University next month.",
    "Alder College and Dunmore Hospital are close to an agreement that would bring a four-year "
    "nursing program to campus, President Jane Roe told student senators on Tuesday night, but "
    "nothing has been signed yet.",
    "Alder University and Cedar University have finalised the text of a memorandum of understanding.",
    "Alder University signed two agreements last week. The rector said the two agreements signed by "
    "the university reflected its wish to build bridges with Cedar University.",
    "Alder University and Cedar University agreed to draw up a framework collaboration agreement.",
    "Alder University hosted Cedar University on Monday. The two sides agreed to continue their "
    "discussions, and a letter of intent on the programme is to be signed in the autumn.",
    "Dr Mawuli Tsikata confirmed that Alder University and Cedar University had agreed on the text "
    'during a visit in January and that the memorandum was expected to be signed "before the end of '
    'the semester" once it was approved.',
    "The rector said a twinning agreement between Alder University and Cedar University was being "
    "prepared.",
    "Alder University and Cedar University have agreed in principle to formalise their links, and a "
    "memorandum of understanding is being drafted.",
    "Alder University said it had agreed with Cedar University on the outline of a memorandum of "
    "understanding and that they expected to sign it in January.",
    "The rectors of Alder University and Cedar University agreed to set up a working group to prepare a "
    "cooperation agreement between the two universities.",
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
    # a document still to be signed
    "Alder University and Cedar University have agreed on the broad outlines of a framework "
    "agreement, but the document will not be signed before September.",
    "The director said the agreement between Alder University and Cedar University should be "
    "signed by both partners in April.",
    # no place we know before "city council": no body by shape
    "Alder University and the Fernwick city council signed a memorandum of understanding.",
]


@pytest.mark.parametrize("body", NEGATIVES, ids=[n[:50] for n in NEGATIVES])
def test_plans_talks_and_ended_agreements_are_not_agreements(extractor, body):
    assert found(extractor, body) == []


def found_dated(extractor: Extractor, body: str) -> list[tuple[list[str], str, str | None]]:
    text = "Campus news\n\n" + body + "\n"
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    return sorted((sorted(a.parties), a.type, a.signed) for a in facts.agreements)


F, G = "Fernhill University", "Glenmore University"
DAR, UBA, LOME = "University of Dar es Salaam", "Universidad de Buenos Aires", "Université de Lomé"

MULTI_PARTY = [
    # a consortium: the whole coordinated list signs one instrument
    (
        "Alder University, Cedar University, Fernhill University and Glenmore University signed a memorandum of understanding on 3 May 2024.",
        [([A, C, F, G], "mou")],
    ),
    (
        "The consortium agreement was signed by representatives of Alder University, Cedar University, Fernhill University, Glenmore University and the Birch Institute of Technology on Monday.",
        [([A, B, C, F, G], "framework")],
    ),
    (
        "The memorandum was signed by Alder University, Cedar University and Fernhill University, while Glenmore University attended as an observer.",
        [([A, C, F], "mou")],
    ),
    (
        "Alder University signed a memorandum of understanding with four universities: Cedar University; Fernhill University; Glenmore University; University of Dar es Salaam.",
        [([A, C, DAR, F, G], "mou")],
    ),
    # bulleted signatories after a colon; place names inside names stay whole
    (
        "The consortium agreement was signed by the following institutions:\n- Alder University\n- University of Dar es Salaam\n- Universidad de Buenos Aires\n- Université de Lomé",
        [([A, DAR, UBA, LOME], "framework")],
    ),
    (
        "Alder University has signed a memorandum of understanding with three other universities.\n"
        "The memorandum brings together:\n- Alder University, Norway\n- University of Dar es Salaam (UDSM), Tanzania\n"
        "- Universidad de Buenos Aires, Argentina\n- Université de Lomé, Togo",
        [([A, DAR, LOME, UBA], "mou")],
    ),
    (
        "The University of Dar es Salaam and the Universidad de Buenos Aires signed a memorandum of understanding.",
        [([DAR, UBA], "mou")],
    ),
    # "the same four": the four named before, each with the new partner
    (
        "Alder University, Cedar University, Fernhill University and Glenmore University sent rectors to the forum in Oslo. "
        "The same four universities later put their names to memoranda with Dunmore Hospital.",
        [([A, D], "mou"), ([C, D], "mou"), ([F, D], "mou"), ([G, D], "mou")],
    ),
    # a passive series: one memorandum per named partner of one host
    (
        "Alder University hosted a higher education forum on Tuesday. Ten memoranda were signed, with Cedar University, Fernhill University and Glenmore University among the partners.",
        [([A, C], "mou"), ([A, F], "mou"), ([A, G], "mou")],
    ),
    # a list between dashes, an apposition inside a list, elided articles in names
    (
        "Four universities — Alder University, Cedar University, Fernhill University and Glenmore University — signed a memorandum of understanding on Monday.",
        [([A, C, F, G], "mou")],
    ),
    (
        "Alder University, a public university in Kenya, Cedar University and Fernhill University signed a memorandum of understanding on Monday.",
        [([A, C, F], "mou")],
    ),
    (
        "Alder University, Université d'Abomey-Calavi and the Universidad de Buenos Aires signed a memorandum of understanding.",
        [([A, UBA, "Université d'Abomey-Calavi"], "mou")],
    ),
    (
        "Alder University signed memorandums of understanding with Cedar University and Fernhill University on Monday.",
        [([A, C], "mou"), ([A, F], "mou")],
    ),
    # the roster told right after a signing that left its partners unnamed
    (
        "An MoU was signed on Monday in Nairobi. The signatories are Alder University, Cedar University and Fernhill University.",
        [([A, C, F], "mou")],
    ),
    (
        "Alder University signed a consortium agreement on Friday. The partners are:\n- Cedar University\n- Fernhill University\n- Glenmore University",
        [([A, C, F, G], "framework")],
    ),
    # "they": the subject of the sentence before
    (
        "Alder University and Cedar University held talks in Oslo in May. On Friday, they signed a framework agreement.",
        [([A, C], "framework")],
    ),
    (
        "A delegation from Alder University, led by its president, arrived in Lima on Monday. "
        "On Friday, they signed a framework agreement with the rector of Cedar University.",
        [([A, C], "framework")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), MULTI_PARTY, ids=[p[0][:50] for p in MULTI_PARTY])
def test_multi_party_agreements_keep_their_whole_party_set(extractor, body, expected):
    assert found(extractor, body) == sorted((sorted(p), t) for p, t in expected)


MULTI_PARTY_NEGATIVES = [
    "In a virtual meeting, Alder University and Cedar University agreed to work on a letter of "
    "intent for short stays of doctors.",
    # a document still to be prepared, a hope, a plan after a far-off cue
    "A delegation of Alder University is in Birchville this week to visit Cedar University, with "
    "the objective to prepare a protocol of cooperation between the two institutions.",
    "The rector of Alder University said he \"hopes very much\" to sign a cooperation agreement "
    "with Cedar University before the summer.",
    "The rector of Alder University and the rector of Cedar University agreed to prepare a letter "
    "of intent, which they plan to sign during a visit in the autumn.",
    # a list after a colon that does not introduce partners
    "Alder University has signed a memorandum of understanding with two other universities. The rector said:\n"
    "- Cedar University is a partner of long standing\n- Fernhill University is new",
    # a roster after a plan, a roster after no signing
    "Alder University will sign a consortium agreement next year. The partners are:\n- Cedar University\n- Fernhill University",
    "Alder University hosted a ceremony on Friday. The partners are Cedar University and Fernhill University.",
    # "they" with no agreement
    "Alder University and Cedar University held talks in Oslo in May. On Friday, they discussed a framework agreement.",
    # "the two countries" stands for no institution
    "Alder University welcomed the minister on Monday. The minister said the visit would deepen the strategic partnership between the two countries.",
]


@pytest.mark.parametrize("body", MULTI_PARTY_NEGATIVES, ids=[n[:50] for n in MULTI_PARTY_NEGATIVES])
def test_lists_and_references_that_name_no_parties(extractor, body):
    assert found(extractor, body) == []


def test_countries_are_not_a_reference_to_the_parties(extractor):
    body = (
        "Alder University and Cedar University signed a memorandum of understanding on 3 May 2024. "
        "The minister said the memorandum would complement the trade agreement between the two countries."
    )
    assert found_dated(extractor, body) == [([A, C], "mou", "2024-05-03")]


def test_a_renewal_keeps_apart_from_the_first_agreement_of_another_year(extractor):
    body = (
        "Alder University and Cedar University renewed their memorandum of understanding for five more years. "
        "The original memorandum was signed in 2014."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "mou", "2014"),
        ([A, C], "mou", "2024-06"),
    ]


def test_a_headline_merges_with_the_dated_report_of_another_year(extractor):
    text = (
        "Alder University and Cedar University sign MoU\n\n"
        "Alder University signed a memorandum of understanding with Cedar University on 20 December 2023.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-01-05")
    facts = extractor.extract(article)
    assert [(sorted(a.parties), a.type, a.signed) for a in facts.agreements] == [
        ([A, C], "mou", "2023-12-20")
    ]


def test_the_complete_party_list_wins_over_the_headline_pair(extractor):
    text = (
        "Alder University and Cedar University sign MoU\n\n"
        "Alder University, Cedar University and the Birch Institute of Technology signed a "
        "memorandum of understanding on Monday.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    assert [(sorted(a.parties), a.type) for a in facts.agreements] == [([A, B, C], "mou")]


def test_an_earlier_agreement_told_in_a_relative_clause_is_its_own(extractor):
    body = (
        "Alder University and Cedar University signed a memorandum of understanding on Monday.\n\n"
        "The agreement builds on a student exchange agreement that the two universities signed in 2018."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "mou", "2024-06-10"),
        ([A, C], "student_exchange", "2018"),
    ]


def test_a_company_is_found_by_its_name_without_the_legal_form(extractor):
    body = (
        "The agreement brings together Alder University, Cedar University and the software firm "
        "Quillon Data Ltd.\n\n"
        "Alder University and Quillon Data signed a research agreement in 2021 on flood sensors."
    )
    assert found_dated(extractor, body) == [
        ([A, C, "Quillon Data Ltd."], "framework", "2024-06"),
        ([A, "Quillon Data Ltd."], "research", "2021"),
    ]


def test_they_after_a_described_party_means_both(extractor):
    body = (
        "Alder University signed a memorandum of understanding with the Birch Institute of Technology "
        "on Monday.\n\n"
        "The university and Dunmore Hospital have cooperated since they signed a memorandum of "
        "understanding on nurse training in October 2021."
    )
    assert found_dated(extractor, body) == [
        ([A, B], "mou", "2024-06-10"),
        ([A, D], "mou", "2021-10"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Alder University and Cedar University held talks on a cotutelle agreement, "
        "which they agreed to finalise by June.",
        "Alder University and Cedar University agreed to finalise a student exchange agreement by June.",
    ],
)
def test_a_document_they_agreed_to_finalise_is_not_signed(extractor, body):
    assert found(extractor, body) == []


def test_the_two_after_a_colon_are_the_bodies_the_sentence_opened_with(extractor):
    body = (
        "Alder University signed a memorandum of understanding with the Birch Institute of Technology "
        "on Monday.\n\n"
        "The university's cooperation with Dunmore Hospital is not new: the two signed a memorandum "
        "of understanding on nurse training in September 2022."
    )
    assert found_dated(extractor, body) == [
        ([A, B], "mou", "2024-06-10"),
        ([A, D], "mou", "2022-09"),
    ]


def test_an_agreement_already_in_force_is_reported_without_a_made_up_date(extractor):
    body = (
        "Alder University signed a memorandum of understanding with the Birch Institute of Technology "
        "on Monday.\n\n"
        "The university already has a research agreement with Dunmore Hospital, which runs its trials."
    )
    assert found_dated(extractor, body) == [
        ([A, B], "mou", "2024-06-10"),
        ([A, D], "research", None),
    ]


def test_bodies_described_by_nationality_are_resolved(extractor):
    body = (
        "Alder University, a Norwegian university, signed a memorandum of understanding with Dunmore "
        "Hospital, an Israeli hospital, in 2019.\n\n"
        "The Israeli hospital and the Norwegian university renewed their cooperation agreement on "
        "Monday for a further five years."
    )
    assert found_dated(extractor, body) == [
        ([A, D], "framework", "2024-06-10"),
        ([A, D], "mou", "2019"),
    ]


SIGNED_BY_PEOPLE = [
    (  # the surname later, after an apposition "X, president of A"
        "Prof. Ana Reyes, president of Alder University, led a delegation to Cedar University last week. "
        "On Tuesday Reyes and Cedar's rector signed a memorandum of understanding.",
        [([A, C], "mou")],
    ),
    (  # "A's vice-chancellor, Prof. X" and then "she", with "the institute's director"
        "Alder University's vice-chancellor, Prof. Jane Okafor, visited the Birch Institute of Technology on Monday. "
        "She and the institute's director, Dr. Lee Min-ho, signed a research agreement.",
        [([A, B], "research")],
    ),
    (  # a hyphenated surname, "Dean X of A"
        "Dean Maria Tan-Abellana of Alder University visited Osaka in May. "
        "Tan-Abellana and the rector of Cedar University signed a memorandum of agreement on Monday.",
        [([A, C], "mou")],
    ),
    (  # a capitalised title between two signatories
        "Professor Haruto Ono, Dean of the Alder University School of Law, hosted the guests. "
        "Professor Ono and Professor Enkh Dorj, Dean of the Cedar University School of Law, signed a double "
        "degree agreement.",
        [(["Alder University School of Law", "Cedar University School of Law"], "dual_degree")],
    ),
    (  # "its President, Dr. X": the body named just before
        "Dunmore Hospital received a delegation from Cedar University, led by its President, Dr. Ken Mori. "
        "Dr. Mori and the hospital's director signed a memorandum of understanding.",
        [([C, D], "mou")],
    ),
    (  # a signatory never tied to a body signs for the other side of the visit
        "Alder University welcomed Dr. Jan Roe, president of Cedar University, on Monday. "
        "Dr. Thanh and Dr. Roe signed a memorandum of cooperation for the period 2024-2029.",
        [([A, C], "mou")],
    ),
    (  # a body named in the sentence as the venue, not beside its signatory
        "The team was led by Prof. Nila Perera, the Vice-Chancellor of Alder University. In Bangkok they were "
        "received by Dr. Kit Wong, President of Cedar University (CU). Perera and Wong signed a memorandum of "
        "understanding on Tuesday at the CU campus.",
        [([A, C], "mou")],
    ),
    (  # "X, A's director," and "Y, chief executive of the (described) hospital"
        "Alder University hosted guests from Dunmore Hospital. Dr. Agnes Kumbe, Alder University's "
        "director of research, led the talks, and Mr. Peter Kaupo, chief executive of the regional hospital, "
        "backed them. On 7 August Kumbe and Kaupo signed a research collaboration agreement.",
        [([A, D], "research")],
    ),
    (  # who the signatories are told after the signing
        "The memorandum was signed by Prof. Ana Reyes and Dr. Tomas Berg on Monday. "
        "Reyes is president of Alder University and Berg heads Dunmore Hospital.",
        [([A, D], "mou")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), SIGNED_BY_PEOPLE)
def test_signatories_named_by_person_stand_for_their_bodies(extractor, body, expected):
    assert found(extractor, body) == expected


def test_a_former_post_does_not_make_a_person_sign_for_that_body(extractor):
    body = (
        "Mark Dunne, who was president of Cedar University until 2019, now leads Alder University. "
        "Dunne signed a memorandum of understanding with Dunmore Hospital on Monday."
    )
    assert found(extractor, body) == [([A, D], "mou")]


def test_the_two_are_the_pair_the_sentence_before_opens_with(extractor):
    body = (
        "Alder University signed a memorandum of understanding with Cedar University in March. "
        "Alder University and Dunmore Hospital have worked together informally since 2019. "
        "The two signed a research agreement on Monday."
    )
    assert found(extractor, body) == [([A, C], "mou"), ([A, D], "research")]


def test_the_host_of_a_counted_signing_is_the_missing_member(extractor):
    body = (
        "A consortium agreement signed on Monday at Alder University commits seven universities and "
        "hospitals to a joint research programme. The other partners are Birch Institute of Technology, "
        "Cedar University, Dunmore Hospital, Elm Ports Corporation, Fir University and Gorse Hospital."
    )
    assert found(extractor, body) == [
        ([A, B, C, D, E, "Fir University", "Gorse Hospital"], "research")
    ]


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "Dunmore Hospital and the Leuven start-up Heartwise have signed a research agreement.",
            "Heartwise",
        ),
        (
            "At the same meeting, the Israeli company Neurova and the Dunmore Hospital signed a memorandum of "
            "understanding.",
            "Neurova",
        ),
    ],
)
def test_a_company_named_after_its_kind_noun(extractor, body, company):
    assert [sorted(p) for p, _ in found(extractor, body)] == [sorted([D, company])]


def test_a_counted_subject_with_countries_counts_only_the_bodies(extractor):
    body = (
        "Four hospitals in Portugal, Angola and Cabo Verde and a Lisbon research institute have signed a "
        "cooperation protocol. The partners are Dunmore Hospital, Gorse Hospital, Heath Hospital, "
        "Ivy Hospital and the Birch Institute of Technology."
    )
    assert found(extractor, body) == [
        ([B, D, "Gorse Hospital", "Heath Hospital", "Ivy Hospital"], "framework")
    ]


def test_members_listed_before_a_signing_that_names_no_one(extractor):
    body = (
        "The Harbour Health Alliance was launched on Monday. Its members are Alder University, the Birch "
        "Institute of Technology, Cedar University and Dunmore Hospital. The rectors and directors signed "
        "the founding charter at a ceremony attended by the minister."
    )
    assert found(extractor, body) == [([A, B, C, D], "framework")]


def test_the_body_a_list_groups_is_no_party(extractor):
    body = (
        "The Harbour Health Alliance, which groups Alder University, the Birch Institute of Technology, "
        "Cedar University and Dunmore Hospital, was established on Monday with the signing of a memorandum "
        "of understanding."
    )
    assert found(extractor, body) == [([A, B, C, D], "mou")]


def test_partners_listed_after_a_colon_each_with_with(extractor):
    body = (
        "Alder University signed three memoranda of understanding on Monday: with Cedar University, "
        "with Dunmore Hospital and with the Birch Institute of Technology."
    )
    assert found(extractor, body) == [([A, B], "mou"), ([A, C], "mou"), ([A, D], "mou")]


def test_a_fronted_place_is_not_the_subject(extractor):
    body = (
        "Alder University toured the region last week. In Cedar City, it signed a memorandum of "
        "understanding with Cedar University."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_the_host_university_is_the_one_whose_campus_it_was(extractor):
    body = (
        "Rectors met for two days at Cedar University's harbour campus. On Monday the heads of the four "
        "institutions signed a memorandum of understanding. Two of the members are local: the host "
        "university and Dunmore Hospital. The others are Alder University and the Birch Institute of Technology."
    )
    assert found(extractor, body) == [([A, B, C, D], "mou")]


def test_a_company_is_found_by_the_first_word_of_its_name(extractor):
    body = (
        "Halvar Aluminium Smelting Company S.A.O.G. has signed a research agreement with Alder University. "
        "On the same day, Cedar University signed a memorandum of understanding with Dunmore Hospital. "
        "Halvar has sponsored students at Alder University for years, and in December it signed a licensing "
        "agreement with the Birch Institute of Technology."
    )
    company = "Halvar Aluminium Smelting Company S.A.O.G."
    assert sorted(sorted(p) for p, _ in found(extractor, body)) == sorted(
        [sorted([A, company]), sorted([C, D]), sorted([B, company])]
    )


def test_the_chancellor_is_the_head_of_the_article_s_own_body(extractor):
    body = (
        "Alder University's delegation toured Britain this month. Alder University hopes to double its "
        "partnerships. In Belfast, the chancellor and Professor Sia McCart, vice-chancellor of Cedar "
        "University, signed a double degree agreement."
    )
    assert found(extractor, body) == [([A, C], "dual_degree")]


def test_an_earlier_agreement_concluded_by_the_two(extractor):
    body = (
        "Alder University and Cedar University signed a memorandum of understanding on joint research on "
        "Tuesday. The memorandum builds on a student exchange agreement concluded by the two universities "
        "in 2021."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "mou", "2024-06-11"),
        ([A, C], "student_exchange", "2021"),
    ]


def test_separate_memoranda_with_counted_partners_named_next(extractor):
    body = (
        "Alder University has signed separate memoranda of understanding with three foreign universities and "
        "Dunmore Hospital to boost research. The foreign partners are Cedar University of Japan, Fir "
        "University of Korea and the Birch Institute of Technology of Malaysia."
    )
    assert found(extractor, body) == [
        ([A, "Birch Institute of Technology of Malaysia"], "mou"),
        ([A, "Cedar University of Japan"], "mou"),
        ([A, D], "mou"),
        ([A, "Fir University of Korea"], "mou"),
    ]


def test_the_items_of_a_roundup_told_without_a_verb(extractor):
    body = (
        "Alder University signed four agreements on Monday. A framework agreement with the Dunmore Medical "
        "Group will see students trained at the group's hospitals. The fourth agreement, a research agreement "
        "with Cedar University, covers joint studies on heat stress. A proposed agreement with the Birch "
        "Institute of Technology has been discussed but not concluded."
    )
    assert found(extractor, body) == [
        ([A, C], "research"),
        ([A, "Dunmore Medical Group"], "framework"),
    ]


def test_a_legal_form_before_a_bracket_does_not_end_the_sentence(extractor):
    body = (
        "Hanbit Biologics Co., Ltd. (KOSDAQ: 419280), a developer of cell therapies, announced that it "
        "signed a memorandum of understanding with Cedar University."
    )
    assert found(extractor, body) == [([C, "Hanbit Biologics Co., Ltd."], "mou")]


TRANSLATED_PRESS_RELEASES = [
    (  # a calque of "suscribir"
        "Alder University and Cedar University subscribed a letter of intent on Monday.",
        [([A, C], "mou", "2024-06-10")],
    ),
    (  # "the rector, Prof. X, and the director of Y": the rector heads the article's own body
        "Alder University opened its new campus this year. Alder University hopes to grow. In August the "
        "rector, Prof. Sergio Ledo, and the director of Dunmore Hospital signed a framework cooperation "
        "agreement.",
        [([A, D], "framework", "2023-08")],
    ),
    (  # the original told by "that both institutions signed on ..."
        "Alder University and Cedar University renewed the framework agreement that both institutions signed "
        "on 3 August 2018.",
        [([A, C], "framework", "2018-08-03"), ([A, C], "framework", "2024-06")],
    ),
    (  # "with the objective of" brings no partner
        "Alder University and Cedar University signed a term of technical cooperation with the objective of "
        "expanding residency places at Dunmore Hospital.",
        [([A, C], "framework", "2024-06")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), TRANSLATED_PRESS_RELEASES)
def test_phrasings_of_translated_press_releases(extractor, body, expected):
    assert found_dated(extractor, body) == expected


def test_signers_told_country_by_country_after_the_signing(extractor):
    body = (
        "The founding agreement of the Harbour Health Alliance was signed on Monday in Ruse. From Bulgaria, "
        "Alder University and Dunmore Hospital signed. From Romania, Cedar University joined them, as did "
        "the Birch Institute of Technology from Serbia."
    )
    assert found(extractor, body) == [([A, B, C, D], "framework")]


def test_a_counted_roundup_is_not_the_visit_pair(extractor):
    body = (
        "Alder University hosted a delegation from Cedar University on Monday. "
        "Two bilateral agreements were signed on the margins of the launch."
    )
    assert found(extractor, body) == []


def test_the_two_university_heads_are_the_two_bodies(extractor):
    body = (
        "Alder University hosted a delegation from Cedar University on Monday. "
        "The two university heads exchanged a memorandum of understanding covering teaching and research."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_her_counterpart_signs_for_the_other_side(extractor):
    body = (
        "A delegation of Cedar University arrived in Dhaka on Sunday at the invitation of Alder University "
        "Vice-Chancellor Prof Dr Ayesha Siddiqua. Siddiqua and her counterpart inked a memorandum of "
        "understanding in the presence of the minister."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_partners_named_paragraphs_after_a_signing_that_named_none(extractor):
    body = (
        "A covenant was signed in Zwolle on Monday afternoon.\n\n"
        "The timing was no accident, the chair said.\n\n"
        "Students will also be involved from February.\n\n"
        "The partners are the municipality of Zwolle, Alder University, Cedar University and Dunmore Hospital."
    )
    assert found(extractor, body) == [([A, C, D, "municipality of Zwolle"], "framework")]


def test_counted_members_named_over_several_sentences(extractor):
    body = (
        "Six universities and hospitals from four countries on Tuesday signed a memorandum of understanding "
        "that founds the Harbour Alliance. The ceremony took place in the harbour hall. The signatories from "
        "Sweden are Alder University and Dunmore Hospital. Finland is represented by Cedar University. From "
        "Estonia comes the Birch Institute of Technology. The two remaining members are Fir University and "
        "Gorse Hospital."
    )
    assert found(extractor, body) == [([A, B, C, D, "Fir University", "Gorse Hospital"], "mou")]


def test_a_person_signing_for_a_body_is_no_part_of_its_name(extractor):
    body = (
        "The protocol was signed by Rector Nurbek Toktogul for Alder University and by Dean Nino Berid for "
        "Cedar University on Monday."
    )
    assert found(extractor, body) == [([A, C], "framework")]


def test_a_table_of_members_reads_only_the_name_cell(extractor):
    body = (
        "Four universities from three countries signed the founding memorandum of understanding of the "
        "Delta Network on Friday.\n\n"
        "The founding members and their signatories are listed below.\n\n"
        "# | Institution | Country | Signed by\n"
        "1 | Alder University | Viet Nam | Assoc. Prof. Dr. Tran Van Hieu, Rector\n"
        "2 | Cedar University | Lao PDR | Dr. Sok Vannak, Rector\n"
        "3 | Dunmore Hospital | Thailand | Asst. Prof. Dr. Kit Saeng, President\n"
        "4 | Birch Institute of Technology | Netherlands | Ms. Anke Visser, Chair"
    )
    assert found(extractor, body) == [([A, B, C, D], "mou")]


def test_a_roster_names_the_host_and_others_join_after_the_count(extractor):
    body = (
        "Four universities signed a memorandum of understanding on Tuesday to form the Palm Research "
        "Consortium, at the Alder University (AU) campus. The four are AU, Cedar University, Fir University "
        "and Gorse University. They were joined in the memorandum by Dunmore Hospital and the Birch Institute "
        "of Technology."
    )
    assert found(extractor, body) == [([A, B, C, D, "Fir University", "Gorse University"], "mou")]


def test_a_long_list_one_short_does_not_take_the_funders_of_the_next_paragraph(extractor):
    body = (
        "The consortium agreement was signed in Bilbao on Tuesday by all seven partners.\n\n"
        "The project is coordinated by Alder University, with Cedar University as scientific lead, Dunmore "
        "Hospital and the Birch Institute of Technology as pilot sites, and Fir University and Gorse "
        "University in charge of training.\n\n"
        "Most of the budget comes from Elm Ports Corporation, which is not a party to the agreement."
    )
    assert found(extractor, body) == [
        ([A, B, C, D, "Fir University", "Gorse University"], "framework")
    ]


def test_signatories_grouped_by_kind_in_brackets(extractor):
    body = (
        "A consortium agreement was signed on Monday by three universities (Alder University, Cedar "
        "University and Fir University), two hospitals (Dunmore Hospital and Gorse Hospital) and the Birch "
        "Institute of Technology."
    )
    assert found(extractor, body) == [
        ([A, B, C, D, "Fir University", "Gorse Hospital"], "framework")
    ]


def test_roundup_items_told_by_their_ordinal_alone(extractor):
    body = (
        "Alder University signed three memoranda of understanding on Monday. The first, with Cedar "
        "University, covers research on offshore wind. The second, a research agreement with Dunmore "
        "Hospital, covers clinical trials."
    )
    assert found(extractor, body) == [([A, C], "mou"), ([A, D], "research")]


def test_a_verb_only_partnership_then_its_memorandum_is_one_agreement(extractor):
    body = (
        "Alder University has been formally twinned with Cedar University. The two universities signed a "
        "memorandum of understanding by video link on Tuesday."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_the_signing_on_a_date_in_a_place_of_an_agreement_between(extractor):
    body = (
        "The Embassy of France is pleased to report the signing, on 29 September in Ziguinchor, of a "
        "partnership agreement between Alder University and Dunmore Hospital."
    )
    assert found(extractor, body) == [([A, D], "partnership")]


def test_a_partner_told_by_with_which(extractor):
    body = (
        "Dunmore Hospital runs two projects. Both are financed by Alder University (AU), with which the "
        "hospital signed a framework agreement in 2022."
    )
    assert found_dated(extractor, body) == [([A, D], "framework", "2022")]


def test_a_lowercase_title_and_name_between_two_signing_bodies(extractor):
    body = (
        "On Monday, Alder University rector Dr. Fernando Vintimilla and the rector of Cedar University, "
        "Dr. Claudia Benavides, signed a convenio marco de cooperación interinstitucional."
    )
    assert found(extractor, body) == [([A, C], "framework")]


def test_agreed_with_two_partners_to_establish_one_joint_centre(extractor):
    body = (
        "Dunmore Hospital has agreed with Cedar University and the Birch Institute of Technology to "
        "establish a joint telemedicine centre in the capital."
    )
    assert found(extractor, body) == [([B, C, D], "joint_lab")]


def test_a_prefecture_named_as_where_the_signatory_s_body_is_is_no_party(extractor):
    body = (
        "The largest delegation came from Alder University in Iwate Prefecture, whose president, Prof. "
        "Hiro Kamata, signed a memorandum of understanding with Cedar University on aquaculture research."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_a_company_named_after_its_kind_noun_in_a_list(extractor):
    body = (
        "Alder University, Dunmore Hospital and elderly-care provider Zorggroep Salland signed a declaration "
        "of intent on Wednesday."
    )
    assert found(extractor, body) == [([A, D, "Zorggroep Salland"], "mou")]


def test_a_renewal_whose_original_signing_is_told_after_it(extractor):
    body = (
        "Alder University renewed its student exchange agreement with Cedar University last month, without "
        "the announcement that accompanied the original signing in 2018."
    )
    assert [(p, t, d[:4]) for p, t, d in found_dated(extractor, body)] == [
        ([A, C], "student_exchange", "2018"),
        ([A, C], "student_exchange", "2024"),
    ]


def test_a_roundup_item_told_as_the_memorandum_with(extractor):
    body = (
        "Alder University signed three memoranda of understanding in Seoul on Monday. The memorandum with "
        "Cedar University covers joint research. The memorandum with Dunmore Hospital will give students "
        "summer internships."
    )
    assert found(extractor, body) == [([A, C], "mou"), ([A, D], "mou")]


@pytest.mark.parametrize(
    ("when", "signed"),
    [
        ("on 7.6.2024", "2024-06-07"),  # dotted: day first
        ("on 07/06/2024", "2024-06-07"),  # slashed, either order possible: day first
        ("on 6/17/2024", "2024-06-17"),  # no 17th month: month first
        ("three days ago", "2024-06-09"),
        ("two weeks ago", "2024-05-29"),
        ("a month ago", "2024-05"),
        ("last autumn", "2023"),  # in June, the autumn before
        ("last spring", "2024"),  # in June, the spring just past
        ("this fall", "2024"),
        ("on the 10th of this month", "2024-06-10"),
        ("on the 3rd of last month", "2024-05-03"),
    ],
)
def test_signing_dates_told_in_numbers_seasons_and_ago(extractor, when, signed):
    body = f"Alder University and Cedar University signed a memorandum of understanding {when}."
    assert found_dated(extractor, body) == [([A, C], "mou", signed)]


@pytest.mark.parametrize(
    "body",
    [
        f"{D}, affiliated to {A}, and {C} signed a memorandum of understanding on Monday.",
        f"{D}, a member of the Alder Health Network, and {C} signed a memorandum of understanding.",
    ],
)
def test_an_apposition_about_a_listed_party_names_no_party(extractor, body):
    assert found(extractor, body) == [([C, D], "mou")]


def test_a_delegation_of_a_nationality_stands_for_that_body(extractor):
    body = (
        "Alder University hosted a delegation from Birchvale University of Applied Sciences in "
        "the Netherlands on Monday. During the visit, the Dutch delegation signed a letter of "
        f"intent with {D}."
    )
    assert (["Birchvale University of Applied Sciences", D], "mou") in found(extractor, body)


def test_a_nationality_before_a_common_noun_ends_no_name(extractor):
    body = (
        f"{A} and Birchvale Hogeschool signed a memorandum of understanding on Monday. It was "
        "signed by the rector and the President of the Executive Board of the Dutch institution."
    )
    text = "Campus news\n\n" + body + "\n"
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert not [i.name for i in facts.institutions if i.name.endswith("Dutch")]


def test_a_french_training_and_research_unit_is_a_unit(extractor):
    body = (
        f"On the same occasion, the UFR des Sciences de la santé signed a memorandum of "
        f"understanding with {D}."
    )
    assert found(extractor, body) == [([D, "UFR des Sciences de la santé"], "mou")]


def test_the_two_universities_are_not_the_laboratory_they_establish(extractor):
    body = (
        f"{A} and {C} signed a memorandum of understanding on Monday. At the same ceremony the "
        "two universities signed a second agreement, establishing the Alder-Cedar Rice Genomics "
        "Laboratory on Alder's Ifakara campus."
    )
    assert found(extractor, body) == [([A, C], "joint_lab"), ([A, C], "mou")]


def test_the_head_of_the_article_body_and_the_head_of_another_sign(extractor):
    body = (
        f"{A} held its research day on Monday. {A} opened a solar laboratory. At the same "
        "ceremony, the Vice-Chancellor and the "
        "Managing Director of the Birch Rural Electrification Agency (BREA), Alhaji Musa Bello, "
        "signed a memorandum of understanding."
    )
    assert found(extractor, body) == [([A, "Birch Rural Electrification Agency"], "mou")]


def test_an_earlier_instrument_told_in_a_clause_without_that(extractor):
    body = (
        f"{A} and {C} signed a memorandum of understanding on Monday. The agreement builds on a "
        "letter of intent the two universities signed in Kuala Terengganu in November 2022."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "mou", "2022-11"),
        ([A, C], "mou", "2024-06-10"),
    ]


def test_it_after_a_wire_dateline_is_the_company_not_the_city(extractor):
    body = (
        "AARHUS, Denmark, May 6, 2024 /Nordic Business Wire/ -- Elm Enzymes A/S, a developer of "
        f"enzymes, today announced that it signed a research collaboration agreement with {C} on Monday."
    )
    assert found(extractor, body) == [([C, "Elm Enzymes A/S"], "research")]


def test_members_counted_after_a_signing_that_named_none(extractor):
    body = (
        "The project is the first under the Alder Fermentation Consortium, whose consortium "
        "agreement was signed in Copenhagen on 28 April. Its six members are Alder University, "
        "Cedar University, Dunmore Hospital, the Birch Institute of Technology, the dairy "
        "cooperative Elm Dairy a.m.b.a. and the Dutch fermentation specialist Fir Fermentatie B.V."
    )
    assert found(extractor, body) == [
        (sorted([A, C, D, B, "Elm Dairy a.m.b.a.", "Fir Fermentatie B.V."]), "framework")
    ]


def test_a_unit_named_with_a_long_possessive_is_listed(extractor):
    body = (
        "At the same ceremony, the Research Institute for Health Sciences (RIHS) and Cedar "
        "Medical University's School of Medicine signed a separate joint research agreement."
    )
    assert found(extractor, body) == [
        (["Research Institute for Health Sciences", "School of Medicine"], "research")
    ]


def test_the_city_government_of_a_town_is_a_body(extractor):
    body = (
        f"On Monday, {A} and the city government of Tacloban signed a memorandum of agreement "
        "under which the city will fund 50 scholarships a year."
    )
    assert found(extractor, body) == [([A, "city government of Tacloban"], "mou")]


def test_a_signatory_with_a_bracketed_portfolio_still_lists_the_body(extractor):
    body = (
        f"{A} (AU) and {C} (CU) signed a memorandum of understanding on Monday. The same day, "
        "President Prof. Cho Yong-hwan of AU and Professor Sarah Whitfield, Deputy "
        "Vice-Chancellor (Global) of CU, renewed the student exchange agreement the two "
        "universities first signed in 2016."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "mou", "2024-06-10"),
        ([A, C], "student_exchange", "2016"),
        ([A, C], "student_exchange", "2024-06-10"),
    ]


def test_a_country_of_two_words_owns_the_next_name_only(extractor):
    body = (
        "Australia's Department of Education and Viet Nam's Ministry of Education and Training "
        "(MOET) signed a memorandum of understanding in Hanoi on Friday."
    )
    assert found(extractor, body) == [
        (["Department of Education", "Ministry of Education and Training"], "mou")
    ]


def test_it_brings_together_after_a_signing_that_named_none(extractor):
    body = (
        "The framework agreement creating the network was signed at the close of a three-day "
        f"meeting on Thursday. It brings together three universities — {A}, {C} and {B} — as well "
        f"as {D}, a public hospital based in Leticia."
    )
    assert found(extractor, body) == [(sorted([A, B, C, D]), "framework")]


def test_an_acronym_in_brackets_after_the_university_is_its_short_form(extractor):
    body = (
        "A letter of intent was signed on Wednesday, the Universitatea de Medicină din Aldești "
        "announced. The signatories are the university (UMF Aldești), Dunmore Hospital and "
        "Cedar University."
    )
    assert found(extractor, body) == [([C, D, "Universitatea de Medicină din Aldești"], "mou")]


def test_the_owner_named_in_an_apposition_is_no_party(extractor):
    body = (
        "On the same day, Alder University School of Medicine and the Faculty of Medicine of "
        f"{C}, {D}'s academic partner, signed a letter of intent on the training of residents."
    )
    assert found(extractor, body) == [
        (["Alder University School of Medicine", "Faculty of Medicine of Cedar University"], "mou")
    ]


def test_the_documents_were_signed_with_each_partner(extractor):
    body = (
        f"{A} (AU) has signed two memoranda of understanding with partners across the border. "
        f"The documents were signed yesterday at the AU campus with {C} (CU) and with the "
        f"hospital it runs, {D}."
    )
    assert found(extractor, body) == [([A, C], "mou"), ([A, D], "mou")]


def test_a_campus_named_for_a_place_is_where_not_who(extractor):
    body = (
        "Nyali Children's Hospital opened a new wing last year. "
        f"{D} and the Coast Institute of Nursing (CIN) renewed their memorandum. The renewed "
        "memorandum was signed at the hospital's Nyali campus on Friday, 9 August, by the "
        "Chief Executive Officer of Dunmore Hospital, Dr Fatma Said, and the Principal of CIN, "
        "Mr Joseph Chai."
    )
    assert found(extractor, body) == [(["Coast Institute of Nursing", D], "mou")]


def test_the_headquarters_where_a_memorandum_was_signed_is_no_party(extractor):
    body = (
        "The memorandum, signed at the headquarters of the Ministry of Higher Education in "
        f"Baghdad, was signed by the President of {A} and the Rector of {C}."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_a_signing_by_counted_bodies_does_not_borrow_the_sentence_before(extractor):
    body = (
        "The Birch Academic Exchange Service (BAES) will fund scholarships for 20 students a year, "
        "the Elm Embassy in Tbilisi said.\n\n"
        f"A day earlier, a cooperation agreement was signed at {A} by the university and five "
        f"hospitals. {D}, Fir Hospital, Gale Hospital, Hazel Hospital and Ivy Hospital will take "
        "its residents."
    )
    assert [p for p, _ in found(extractor, body)] == [
        sorted([A, D, "Fir Hospital", "Gale Hospital", "Hazel Hospital", "Ivy Hospital"])
    ]


def test_a_minister_signing_with_the_rectors_of_a_list_signs_for_the_ministry(extractor):
    body = (
        "The MESCyT on 26 November signed individual cooperation agreements with three "
        "universities. The agreements were signed by the Minister of Higher Education, Science "
        f"and Technology with the rectors of {A}, {C} and {B}. The Ministerio de Educación "
        "Superior, Ciencia y Tecnología will pay full tuition."
    )
    ministry = "Ministerio de Educación Superior, Ciencia y Tecnología"
    assert found(extractor, body) == [
        ([A, ministry], "framework"),
        ([B, ministry], "framework"),
        ([C, ministry], "framework"),
    ]


def test_signatories_on_behalf_of_their_respective_institutions(extractor):
    body = (
        f"{A} (AU) today signed four separate memoranda of understanding with a Malaysian "
        "university, a Japanese institute, a hospital and a pharmaceutical company.\n\n"
        "AU Vice-Chancellor Professor Dr Md Anwarul Kabir signed all four documents on behalf of "
        f"his university, while Vice-Chancellor of {C} Professor Dato' Dr Rosli bin Ahmad, "
        f"Director of the {B} Dr Kenji Morimoto, Director of Sirajganj Kidney and Urology "
        "Hospital Professor Dr Habibur Rahman and Managing Director of Elm Pharmaceuticals "
        "Limited Md Shafiqul Islam signed on behalf of their respective institutions."
    )
    assert found(extractor, body) == [
        ([A, B], "mou"),
        ([A, C], "mou"),
        ([A, "Elm Pharmaceuticals Limited"], "mou"),
        ([A, "Sirajganj Kidney and Urology Hospital"], "mou"),
    ]


def test_a_person_after_a_legal_form_is_no_part_of_the_company(extractor):
    body = (
        "The memorandum was signed by the Managing Director of Elm Seeds Ltd Mian Tariq Mehmood "
        f"and the Vice-Chancellor of {A}."
    )
    assert found(extractor, body) == [([A, "Elm Seeds Ltd"], "mou")]


def test_memoranda_exchanged_between_pairs_separated_by_semicolons(extractor):
    body = (
        f"On the occasion, memoranda of understanding were exchanged between {A} and {B}; "
        f"between {C} and {D}; and between Elm University and the Fir State University named "
        "after Muhammad al-Khwarizmi."
    )
    assert found(extractor, body) == [
        ([A, B], "mou"),
        ([C, D], "mou"),
        (["Elm University", "Fir State University named after Muhammad al-Khwarizmi"], "mou"),
    ]


def test_a_renewal_of_one_originally_signed_between_them(extractor):
    body = f"{A} and {C} renewed the memorandum of understanding originally signed between them in 2020."
    assert found_dated(extractor, body) == [([A, C], "mou", "2020"), ([A, C], "mou", "2024-06")]


def test_a_renewal_and_a_fresh_memorandum_in_one_sentence(extractor):
    body = (
        f"{A} has renewed its memorandum of understanding with {C} for another five years and "
        f"signed a fresh MoU with Hyderabad-based {D}."
    )
    assert found(extractor, body) == [([A, C], "mou"), ([A, D], "mou")]


def test_the_agreements_with_a_list_were_signed_by_the_article_body(extractor):
    body = (
        "Alder Valley Local Health District (AVLHD) has signed student placement agreements with "
        f"three education providers. The agreements with {C}, {B} and the Elm Rural Clinical School "
        "were signed at Dunmore Hospital last Friday."
    )
    home = "Alder Valley Local Health District"
    assert [p for p, _ in found(extractor, body)] == [
        [home, B],
        [home, C],
        [home, "Elm Rural Clinical School"],
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Cooperation between the universities began in 2012 with an agreement on academic "
        "exchange, which was renewed for another five years in 2022.",
        "The new agreement builds on the agreement on academic exchange that the two universities "
        "first concluded in 2012, and renewed in 2022.",
    ],
)
def test_an_earlier_agreement_and_its_later_renewal(extractor, second):
    body = f"{A} and {C} signed a memorandum of understanding on Monday. {second}"
    assert [(p, s) for p, _, s in found_dated(extractor, body)] == [
        ([A, C], "2012"),
        ([A, C], "2022"),
        ([A, C], "2024-06-10"),
    ]


def test_in_a_separate_memorandum_two_bodies_teamed_up_with_a_third(extractor):
    body = (
        f"In a separate memorandum, {A} College of Medicine and {D} teamed up with {C} on the "
        "prevention of hepatitis."
    )
    assert found(extractor, body) == [
        (sorted(["Alder University College of Medicine", D, C]), "mou")
    ]


def test_signatories_go_on_after_a_relative_clause_closed_by_a_semicolon(extractor):
    body = (
        f"The memorandum was signed in Miyazaki by AU President Lin Chih-ming; Huang Shu-fen, "
        f"superintendent of {D}; Tsai Kuo-hua, superintendent of Birch Municipal Hospital, which "
        f"AU operates on commission from the Birch City Government; and {C} President Tomoko Ishida."
    )
    text = f"{A} (AU) and two hospitals it runs signed a memorandum with {C}. " + body
    assert [p for p, _ in found(extractor, text)] == [sorted([A, D, "Birch Municipal Hospital", C])]


def test_a_wire_agency_after_a_hyphen_dateline_and_an_acronym_of_all_words(extractor):
    body = (
        "ALGIERS, 13 March 2024 (APS) - The MREB has signed a framework agreement with five "
        "universities. The agreement, signed on 12 March, brings together the Ministry of Water "
        "Resources (Ministère des Ressources en eau et de Birchie) and Alder University, Birch "
        "Institute of Technology, Cedar University, Elm University and Fir University."
    )
    parties = [p for p, _ in found(extractor, body)]
    assert parties == [
        sorted([A, B, C, "Elm University", "Fir University", "Ministry of Water Resources"])
    ]


def test_an_embassy_and_of_another_body_are_two_names(extractor):
    body = (
        f"{A} and {C} signed a memorandum on Monday in the presence of the Birch Embassy in "
        "Algiers and of the Deutsche Gesellschaft für Zusammenarbeit (DGZ)."
    )
    text = "Campus news\n\n" + body + "\n"
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert "Birch Embassy in Algiers" in [i.name for i in facts.institutions]


def test_bodies_that_signed_as_partners_join_the_agreement_before(extractor):
    body = (
        f"The agreement brings together three colleges, {A}, {C} and Elm College, with {B}. "
        f"Two hospitals, {D} and Fir Hospital, signed as clinical partners."
    )
    assert [p for p, _ in found(extractor, body)] == [
        sorted([A, B, C, D, "Elm College", "Fir Hospital"])
    ]


def test_besides_the_department_the_agreement_brings_together(extractor):
    body = (
        "The consortium agreement for a drought project was signed last week in Gorizia. "
        "Besides the Department of Agriculture of Alder University, the agreement brings together "
        f"{C}, two Slovenian partners — {D} and the Elm Winery d.o.o. — and the Austrian research "
        "company Fir Weinbau GmbH."
    )
    assert [p for p, _ in found(extractor, body)] == [
        sorted(
            [
                C,
                D,
                "Department of Agriculture of Alder University",
                "Elm Winery d.o.o.",
                "Fir Weinbau GmbH",
            ]
        )
    ]


def test_a_former_name_told_in_passing_is_no_party(extractor):
    body = (
        f"{A} and {C} yesterday renewed the cooperation protocol that has linked them since 2012. "
        "The original protocol was signed in Moçâmedes in October 2012, when Cedar was still "
        "called the Birch Polytechnic Institute."
    )
    assert {name for parties, _, _ in found_dated(extractor, body) for name in parties} == {A, C}


def test_it_after_a_fronted_for_is_the_body_named_there(extractor):
    body = (
        f"{A} and {C} signed a double degree agreement on Monday. For Cedar, the agreement with "
        f"Alder is its second double degree, after the one it signed in 2017 with {D}."
    )
    assert ([C, D], "dual_degree") in found(extractor, body)


def test_the_university_of_the_x_is_a_name_not_a_reference(extractor):
    body = (
        "A memorandum of understanding that will turn Dunmore Hospital into a clinical training "
        "platform for nursing and emergency care students was signed on Thursday by the "
        "University of the Vaal Birch's Faculty of Health Sciences, the Elm Department of Health "
        "and the hospital."
    )
    text = "UVB News | Friday, 14 March 2025\n\nThree-way MoU for Dunmore Hospital\n\n" + body + (
        "\n\nThe University of the Vaal Birch (UVB) has 12,000 students.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted([D, "Faculty of Health Sciences", "Elm Department of Health"])
    ]


def test_a_which_clause_inside_a_list_of_members(extractor):
    body = (
        f"In August, {A} signed the consortium agreement for a four-year project. The agreement "
        f"brings together Alder, which coordinates the project, the Imatra pulp producer Elm Pulp "
        f"Oy, the {B} and {C}."
    )
    assert [p for p, _ in found(extractor, body)] == [sorted([A, B, C, "Elm Pulp Oy"])]


def test_documents_of_a_ceremony_told_by_their_ordinal(extractor):
    body = (
        f"{A} and its partners exchanged three memoranda of understanding on Monday. Under the "
        f"second MoU, {D} and Elm Biotech LLC will cooperate on population genomics. The third "
        f"MoU brings together {A} and {C}."
    )
    parties = [p for p, _ in found(extractor, body)]
    assert [D, "Elm Biotech LLC"] in parties and [A, C] in parties


def test_a_general_governor_signing_for_a_governorate(extractor):
    body = (
        f"MINYA, Sunday 14 July 2024 - Prof. Dr. Essam Hegazy, President of {A}, and Maj. Gen. "
        "Ahmed Samir, Governor of Minya, today signed a cooperation protocol between the "
        "university and Minya Governorate to train health workers."
    )
    assert [p for p, _ in found(extractor, body)] == [[A, "Minya Governorate"]]


def test_a_verb_said_once_for_several_pairs(extractor):
    body = (
        f"The documents were signed on Monday. {A} signed with {B}, {C} with {D}, and Elm "
        "University with Fir University."
    )
    assert [p for p, _ in found(extractor, body)] == [
        [A, B],
        [C, D],
        ["Elm University", "Fir University"],
    ]


def test_a_pty_company_is_also_called_by_its_name_alone(extractor):
    body = (
        f"Elm Genomics (Pty) Ltd, a company headquartered in Cape Town, signed an agreement with "
        f"{A} on Monday. In a separate agreement signed last month, Elm Genomics and the Birch "
        "Department of Health agreed to a research collaboration."
    )
    parties = [p for p, _ in found(extractor, body)]
    assert ["Birch Department of Health", "Elm Genomics (Pty) Ltd"] in parties


def test_a_cooperation_between_two_that_began_with_a_memorandum(extractor):
    body = (
        f"{A} opened a new library on Monday. The rector spoke about teaching. Students toured the "
        "campus. The minister praised the long cooperation between Cedar University and Dunmore "
        "Hospital, which began with a memorandum of understanding in 2019."
    )
    assert found_dated(extractor, body) == [([C, D], "mou", "2019")]


def test_the_province_a_city_is_capital_of_is_no_party(extractor):
    body = (
        "A joint laboratory on aquaculture genomics was launched in Fuzhou, capital of southeast "
        f"China's Fujian Province, after an agreement was signed on Friday by {A}, {C} and {D}."
    )
    assert [p for p, _ in found(extractor, body)] == [sorted([A, C, D])]


def test_a_joint_laboratory_launched_after_an_agreement_types_it(extractor):
    body = (
        "A joint laboratory on aquaculture genomics was launched in Fuzhou on Friday after an "
        f"agreement was signed by {A} and {C}."
    )
    assert found(extractor, body) == [([A, C], "joint_lab")]


def test_a_list_of_partners_each_with_a_country_of_two_words(extractor):
    body = (
        f"{A} signed four memoranda on Friday. The four MoUs were exchanged with {C} in Malaysia, "
        f"Birch University of Busan, South Korea, {D} in Germany and Elm University in Mexico."
    )
    assert [p for p, _ in found(extractor, body)] == [
        [A, "Birch University of Busan"],
        [A, C],
        [A, D],
        [A, "Elm University"],
    ]


def test_uni_and_a_word_of_the_name_is_its_short_form(extractor):
    text = (
        "Campus news\n\nThe Università degli Studi del Tirreno held its open day on Monday. "
        "The agreement brings together UniTirreno as coordinator and Cedar University.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert "UniTirreno" in facts.institution("Università degli Studi del Tirreno").aliases


def test_an_agreement_first_signed_then_renewed_in_the_passive_is_two(extractor):
    body = (
        f"The student exchange agreement between {A} and {C}, first signed in 2012, was renewed "
        "on 8 May for five more years."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "student_exchange", "2012"),
        ([A, C], "student_exchange", "2024-05-08"),
    ]


def test_our_agreement_with_a_partner_is_the_newsletters_own_body(extractor):
    body = (
        f"International Relations Office newsletter of {A}.\n\n"
        f"Dear colleagues, here is our news. Our student exchange agreement with {C} was renewed on "
        "8 May for five more years."
    )
    assert found(extractor, body) == [([A, C], "student_exchange")]


def test_the_universitys_agreement_with_a_partner_is_the_university(extractor):
    body = (
        f"{A} welcomed guests from {B} on Monday. The university's student exchange agreement with "
        f"{C} was renewed on 8 May for five more years."
    )
    assert found(extractor, body) == [([A, C], "student_exchange")]


def test_a_first_agreement_last_renewed_later_is_two(extractor):
    body = (
        f"{A} and {C} have worked together since 2008, when they signed their first framework "
        "agreement on marine biology; it was last renewed in 2019."
    )
    assert found_dated(extractor, body) == [
        ([A, C], "framework", "2008"),
        ([A, C], "framework", "2019"),
    ]


def test_used_the_visit_to_renew_an_agreement_renewed_it(extractor):
    body = (
        f"{A} hosted a delegation on Monday. {C}, for its part, used the visit to renew its "
        f"student mobility agreement with {A}."
    )
    assert found(extractor, body) == [([A, C], "student_exchange")]


@pytest.mark.parametrize(
    "body",
    [
        f"{A} and {C} renewed their framework agreement on research, which the two institutions "
        "first entered into in May 2016.",
        f"{A} and {C} signed a renewal of the framework agreement that they first concluded in May 2016.",
    ],
)
def test_a_renewal_and_the_first_signing_it_renews(extractor, body):
    assert found_dated(extractor, body) == [
        ([A, C], "framework", "2016-05"),
        ([A, C], "framework", "2024-06"),
    ]


def test_the_college_is_the_partner_called_a_college(extractor):
    body = (
        f"{A} and Cedar College are not new partners: the university signed its first memorandum "
        "with the college in 2017."
    )
    assert found(extractor, body) == [([A, "Cedar College"], "mou")]


def test_a_signing_joined_by_the_directors_of_counted_hospitals(extractor):
    body = (
        f"{A} signed a technical cooperation agreement on Tuesday creating the Northern Cancer "
        "Network, joined by the directors of three hospitals in Alderton and Birchby. In the "
        f"capital, the agreement was signed by {D} and Elm Hospital. The interior is represented "
        "by Fir Hospital, also in Birchby."
    )
    assert found(extractor, body) == [
        ([A, D, "Elm Hospital", "Fir Hospital"], "framework"),
    ]


def test_a_city_a_roster_groups_members_by_is_no_member(extractor):
    body = (
        "Representatives of four institutions put their signatures to a memorandum of understanding "
        f"on Saturday. From the north came {A} and {B}; and from Dunmore City, {C} and Elm University."
    )
    assert found(extractor, body) == [([A, B, C, "Elm University"], "mou")]


def test_agreements_signed_with_national_partners_at_a_forum(extractor):
    body = (
        "The Alder Ministry of Health signed three agreements with national partners on Monday at the "
        "Birch Research Forum in Alderton. The first, a memorandum of understanding with Cedar "
        f"University, covers genomics. The third, a research agreement with {D}, covers newborn "
        "screening. The Birch Research Forum drew 3,000 visitors; the Birch Research Forum "
        "will meet again next year."
    )
    assert found(extractor, body) == [
        (["Alder Ministry of Health", C], "mou"),
        (["Alder Ministry of Health", D], "research"),
    ]


def test_our_agreement_in_a_foundations_newsletter_with_a_masthead_in_capitals(extractor):
    text = (
        "ALDER FOUNDATION FOR RURAL HEALTH\n\nNewsletter No. 47\n\nDear friends,\n\n"
        "The Alder Foundation for Rural Health (AFRH) held its assembly in May. On 30 October we "
        f"renewed our cooperation agreement with {C} for three more years. {C} and {D} "
        f"will host the next assembly; {C} has 9,000 students.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Foundation for Rural Health", C]
    ]


def test_the_county_and_the_university_then_they_signed(extractor):
    body = (
        f"The County Government of Alder and {C} signed a memorandum of understanding on 3 June. "
        "Students will train at the Alder County Referral Hospital. At the same ceremony, "
        f"{D} and Fir Diagnostics Ltd signed a research agreement. "
        "The county and the university are not new partners. They signed a cooperation agreement "
        "in 2016 on training community health volunteers."
    )
    assert found_dated(extractor, body) == [
        ([C, "County Government of Alder"], "framework", "2016"),
        ([C, "County Government of Alder"], "mou", "2024-06-03"),
        ([D, "Fir Diagnostics Ltd"], "research", "2024-06-03"),
    ]


def test_it_opening_a_sentence_is_the_body_the_sentence_before_opens_with(extractor):
    body = (
        f"{A} and {D} signed a memorandum of understanding on robotic surgery on Monday. {A} has "
        f"12,000 students and {A} has three campuses. The Dunmore hospital is no stranger to the "
        f"region. It first signed an agreement with {C} in 2018."
    )
    assert found_dated(extractor, body) == [
        ([A, D], "mou", "2024-06-10"),
        ([C, D], "framework", "2018"),
    ]


def test_his_university_is_the_body_the_speaker_was_named_with(extractor):
    body = (
        f"{A} hosted a forum on Monday. Speaking on the occasion, {C} Vice Chancellor Prof Dr Imran "
        f"Sheikh recalled that his university and {B} had signed an agreement in August 2023 "
        f"for joint breeding of cotton. {A} has 9,000 students; {A} was founded in 1950."
    )
    assert found(extractor, body) == [([B, C], "framework")]


def test_a_dutch_hogeschool_named_by_its_second_word(extractor):
    body = (
        f"{A} and Hogeschool IJsselbirch signed a cooperation agreement on Friday. {A} has "
        f"9,000 students; {A} was founded in 1950. In March "
        f"IJsselbirch signed a similar agreement with {C}, its first in Latin America."
    )
    assert found(extractor, body) == [
        ([A, "Hogeschool IJsselbirch"], "framework"),
        ([C, "Hogeschool IJsselbirch"], "framework"),
    ]


def test_counted_signatories_listed_after_a_colon_in_the_same_sentence(extractor):
    body = (
        "The Red Andina de Universidades Birch (RAUB) was founded on Monday, when four institutions "
        f"signed its first consortium agreement in Quito: {A}, {C}, Elm University and Fir University."
    )
    assert found(extractor, body) == [([A, C, "Elm University", "Fir University"], "framework")]


def test_it_and_the_body_it_names_are_the_two_institutions(extractor):
    body = (
        f"{D} and {A} signed a partnership agreement on Monday. {D} was upgraded to a teaching "
        f"hospital in 2022. It has trained medical students of {C} since 2019, when the two "
        "institutions signed a memorandum of understanding on clinical teaching."
    )
    assert found_dated(extractor, body) == [
        ([A, D], "partnership", "2024-06-10"),
        ([C, D], "mou", "2019"),
    ]


def test_counted_bodies_from_northern_places_and_a_region_named_like_a_member(extractor):
    body = (
        "Four universities and two hospitals from northern Portugal and Galicia signed on Thursday a "
        "consortium agreement to carry out joint research on ageing. The agreement brings together "
        f"four universities – {A}, {C}, Elm University and the Universidade Atlántica de Galicia – "
        f"and two hospitals, {D} and Fir Hospital."
    )
    assert found(extractor, body) == [
        (sorted([A, C, D, "Elm University", "Fir Hospital", "Universidade Atlántica de Galicia"]), "research")
    ]


def test_the_italian_university_named_by_its_acronym_after_a_department(extractor):
    body = (
        "The Department of Forest Sciences of the Università degli Studi del Birch (UniBirch) and "
        f"{C} on Monday signed a double degree agreement. UniBirch rector Paolo Rossi said the "
        "province of Treviso would fund grants. The double degree comes a month after the Italian "
        f"university signed a framework agreement with {D}."
    )
    assert [sorted(p) for p, _ in found(extractor, body)][-1] == [D, "Università degli Studi del Birch"]


def test_on_the_same_day_after_a_paragraph_of_background_is_the_days_news(extractor):
    body = (
        f"{A} and {C} signed a framework agreement on Monday. The partnership grew out of a "
        f"cooperation agreement signed in 2019 between {A} and {D}.\n\nOn the same day, {A} and "
        "Elm University also signed a double-degree agreement in agricultural engineering."
    )
    assert found_dated(extractor, body)[0] == ([A, C], "framework", "2024-06-10")
    assert ([A, "Elm University"], "dual_degree", "2024-06-10") in found_dated(extractor, body)


def test_a_health_system_by_its_short_name_and_a_partner_after_an_apposition(extractor):
    body = (
        "Gulf Birch Health signed two agreements this week. It is a three-way memorandum of "
        f"understanding between Gulf Birch, {D} and its academic partner, the {C}."
    )
    assert found(extractor, body) == [([C, D, "Gulf Birch Health"], "mou")]


def test_under_the_mou_with_a_partner_is_one_of_the_documents_announced(extractor):
    body = (
        f"{A} signed three memoranda of understanding on Tuesday. Under the MoU with {D}, "
        "final-year students will undergo clinical immersion in its wards. The other two "
        "memoranda are with local firms."
    )
    assert found(extractor, body) == [([A, D], "mou")]


def test_a_company_by_the_first_two_words_of_its_name(extractor):
    body = (
        f"{A} and Maré Birch Energia S.A. signed a research agreement on wave energy. On the same "
        f"day, {A} and Maré Birch signed a separate memorandum of understanding on a test buoy."
    )
    assert found(extractor, body) == [
        ([A, "Maré Birch Energia S.A."], "mou"),
        ([A, "Maré Birch Energia S.A."], "research"),
    ]


def test_the_institution_is_the_one_the_article_is_about(extractor):
    sri = "Sri Birch Institute of Engineering"
    body = (
        f"{sri} signed a memorandum with Universiti Teknikal Elm on Tuesday. {sri} has 4,000 "
        f"students; {sri} was founded in 1990. Last August, the institution had signed an MoU with "
        f"{D} to place students."
    )
    assert found(extractor, body) == [([D, sri], "mou"), ([sri, "Universiti Teknikal Elm"], "mou")]


def test_agreements_with_partners_listed_by_semicolons(extractor):
    body = (
        f"{A} entered into agreements with Birch Solutions Pvt. Ltd. to develop irrigation systems; "
        f"with {C}, on the use of drones; and with {D}, for joint research on tea clones."
    )
    assert [p for p, _ in found(extractor, body)] == [
        [A, "Birch Solutions Pvt. Ltd."],
        [A, C],
        [A, D],
    ]


def test_renewing_two_instruments_renews_both(extractor):
    body = (
        f"On 1 October 2024, {A} renewed its Agreement on Academic Exchange and its Memorandum on "
        f"Student Exchange with {C}."
    )
    assert found(extractor, body) == [([A, C], "framework"), ([A, C], "student_exchange")]


def test_a_long_title_and_name_between_two_signing_bodies(extractor):
    body = (
        f"On Wednesday, {A} rector Assoc. Prof. Dr. Nguyen Van Thang and Dr. Marieke de Wit, "
        f"president of the {C} (Hogeschool Cedar), signed a memorandum of understanding."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_officials_looking_on_after_with_sign_nothing(extractor):
    body = (
        f"The MoU was signed at the office of the {D} by {A} Vice Chancellor Prof Tahir Qureshi and "
        f"{C} Vice President Prof Liu Jianping, with {D} Chairperson Prof Shahid Munir and officials "
        "of the Elm Department of Agriculture looking on."
    )
    assert found(extractor, body) == [([A, C], "mou")]


def test_a_body_called_by_the_place_in_its_name(extractor):
    body = (
        "Alder University of Vukovar and Cedar University of Sombor held talks. On Monday, the "
        "Vukovar university and the Sombor university signed a double-degree agreement."
    )
    assert found(extractor, body) == [
        (["Alder University of Vukovar", "Cedar University of Sombor"], "dual_degree")
    ]


@pytest.mark.parametrize("footing", ["on paper", "on a contractual footing", "on a formal basis"])
def test_putting_cooperation_on_paper_is_an_agreement(extractor, footing):
    body = f"{A} and {C} have put their cross-border cooperation {footing}."
    assert [p for p, _ in found(extractor, body)] == [[A, C]]


def test_the_first_was_signed_by_two_bodies_of_a_roundup(extractor):
    body = (
        f"The forum saw three agreements signed on Monday. The first was signed by {B} and {C}, "
        "which agreed to co-design teacher training courses."
    )
    assert [p for p, _ in found(extractor, body)] == [[B, C]]


def test_a_name_ending_in_a_prefecture_is_known_by_its_own_part_too(extractor):
    body = (
        f"{A} and the Setouchi University of Marine Science of Hiroshima Prefecture signed a "
        "memorandum of understanding on Monday. The Setouchi University of Marine Science will "
        "host the first students."
    )
    facts = extractor.extract(
        Article(id="x", source="t.txt", text="Campus news\n\n" + body, published="2024-06-12")
    )
    setouchi = facts.institution("Setouchi University of Marine Science of Hiroshima Prefecture")
    assert "Setouchi University of Marine Science" in setouchi.aliases


def test_a_translation_in_square_brackets_is_the_same_network(extractor):
    body = (
        "RISB BULLETIN\n\nThree research institutes formally launched the Rede de Investigação em "
        "Saúde Birch (RISB) [Birch Health Research Network] in Maputo on 12 June, signing a "
        f"consortium agreement. The agreement brings together {A}, {C} and {D}."
    )
    assert found(extractor, body) == [([A, C, D], "framework")]
    text = "Campus news\n\n" + body + "\n"
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    network = facts.institution("Rede de Investigação em Saúde Birch")
    assert network is not None and "Birch Health Research Network" in network.aliases


def test_an_ordinal_item_of_a_roundup_takes_the_roundups_day(extractor):
    body = (
        "Three cooperation documents were signed on Tuesday evening at the embassy. First, "
        f"{A} and {C} signed a student exchange agreement. Earlier this month, {A} concluded a "
        f"similar agreement with {B}. Second, {D} and {C} concluded a memorandum of understanding."
    )
    dated = found_dated(extractor, body)
    assert ([C, D], "mou", "2024-06-11") in dated


def test_a_renewal_at_the_ceremony_keeps_its_day_apart_from_the_original(extractor):
    body = (
        f"The agreement, signed in Vigo on 3 June, brings together {A}, {B}, {C} and {D}. The "
        f"network will concentrate on oncology, the rector of {A} told reporters after the "
        "ceremony. Under the agreement, doctoral students will be able to spend stays at partner "
        f"institutions. On the sidelines of the ceremony, {A} and {C} renewed their double degree "
        "in nursing, first signed in November 2019, and extended it to the master's level."
    )
    dated = found_dated(extractor, body)
    assert ([A, C], "dual_degree", "2019-11") in dated
    assert ([A, C], "dual_degree", "2024-06-03") in dated


def test_a_university_is_known_by_u_and_its_place(extractor):
    body = (
        "The agreement brings together the Universidade de Birchvila and Cedar University. On the "
        "sidelines of the ceremony, UBirchvila and Dunmore Hospital signed a memorandum of "
        "understanding."
    )
    assert (["Dunmore Hospital", "Universidade de Birchvila"], "mou") in found(extractor, body)


def test_a_spanish_y_continues_a_complement_of_a_unit_name(extractor):
    body = (
        f"{A} signed a student exchange agreement with the Escuela de Medicina y Ciencias de la "
        "Salud of the Universidad de Birchia on Monday."
    )
    text = "Campus news\n\n" + body + "\n"
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    names = {n for a in facts.agreements for n in a.parties}
    assert "Escuela de Medicina" not in names
    school = facts.institution("Escuela de Medicina y Ciencias de la Salud of the Universidad de Birchia")
    assert school is not None and "Escuela de Medicina y Ciencias de la Salud" in school.aliases


def test_the_clinic_is_the_clinic_named_before(extractor):
    body = (
        f"The Clínica Santa Birch opened a new wing on Monday with {C}. At the same ceremony the "
        f"clinic and {A} renewed the teaching-service agreement they first signed in 2009."
    )
    dated = found_dated(extractor, body)
    assert ([A, "Clínica Santa Birch"], "framework", "2009") in dated


#: rules of the seventh session, one invented sentence each: parties and type
SEVENTH_SESSION_FOUND = [
    pytest.param(
        (
            f"{A}, Laos' Champasak Health Sciences University and Wales’ Cardiff Institute of "
            "Medicine signed a memorandum of understanding on Monday."
        ),
        [
            ([A, "Cardiff Institute of Medicine", "Champasak Health Sciences University"], "mou")
        ],
        id="a_country_possessive_after_an_s_is_no_part_of_the_name",
    ),
    pytest.param(
        (
            f"{A}, Lakeside Teaching and Referral Hospital, Kisumu, and {C} signed a memorandum of "
            "understanding on Monday."
        ),
        [
            ([A, C, "Lakeside Teaching and Referral Hospital, Kisumu"], "mou")
        ],
        id="a_paired_phrase_after_a_comma_opens_the_next_name",
    ),
    pytest.param(
        (
            f"A tripartite cooperation protocol was signed on Monday between {A}, {B} (BIT) and "
            "the South Korean company Hanbit Robotics Co., Ltd."
        ),
        [([A, B, "Hanbit Robotics Co., Ltd."], "framework")],
        id="a_nationality_of_two_words_before_a_listed_partner",
    ),
    pytest.param(
        (
            f"The Dean of the Faculty of Law (FL) of {A}, Prof. Mary Smith, signed on behalf of the "
            f"university a partnership agreement with {D} on Monday."
        ),
        [([A, D], "partnership")],
        id="a_dean_signing_on_behalf_of_the_university_signs_for_it",
    ),
    pytest.param(
        (
            f"{A} has found a new partner in France. On Wednesday, its Rector, Prof. Jean Dupont, "
            f"and the President of {C}, Prof. Anne Morel, put their signatures to a framework "
            f"agreement. Later, {A} signed a memorandum of understanding with {D}, represented by "
            "its President Professor Claire Morel."
        ),
        [([A, C], "framework"), ([A, D], "mou")],
        id="its_head_opening_a_sentence_signs_for_the_body_told_before",
    ),
    pytest.param(
        (
            f"The Department of Agricultural Sciences (DAS) of the {A} and the {B} signed a double "
            "degree agreement on Monday."
        ),
        [([B, "Department of Agricultural Sciences"], "dual_degree")],
        id="a_bracketed_unit_of_the_first_listed_body_signs_for_itself",
    ),
    pytest.param(
        (
            f"Alder University signs exchange agreement with {C}\n\n"
            f"On 3 June, Alder University of Agriculture and Forestry concluded an exchange agreement "
            f"with {C}."
        ),
        [(["Alder University of Agriculture and Forestry", C], "framework")],
        id="a_headline_short_form_continued_by_an_of_complement_is_the_same_body",
    ),
    pytest.param(
        (
            f"Dean Lee Ji-yeon of the {A} College of Medicine and Dean Tsogt Enkh of the {C} "
            "concluded a student exchange agreement on Monday. Later, Professor Wang Jian, "
            f"President of the {D} (DH), and Ms. Tan Hui Min, Chief Nurse and Deputy Chief "
            f"Executive of Singapore's {B} (BIT), signed a memorandum of understanding."
        ),
        [
            ([f"{A} College of Medicine", C], "student_exchange"),
            ([B, D], "mou"),
        ],
        id="titled_heads_of_two_bodies_sign_for_them",
    ),
    pytest.param(
        (
            f"In the same week, the twinning arrangement between {D} in Alderton and {A} was "
            "renewed for a further three years."
        ),
        [([A, D], "framework")],
        id="a_twinning_arrangement_renewed_in_the_passive",
    ),
    pytest.param(
        (
            f"{A} and the Estonian Birchvalla Piirkonnahaigla signed a memorandum on Tuesday."
        ),
        [([A, "Birchvalla Piirkonnahaigla"], "mou")],
        id="a_nationality_before_a_compound_foreign_head_is_no_part_of_the_name",
    ),
    pytest.param(
        (
            f"The third protocol was signed on Monday by {A} and {C}, represented by its Chairman "
            "of the Board of Directors, Hakan Yildirim."
        ),
        [([A, C], "framework")],
        id="a_board_of_directors_is_no_body_of_its_own",
    ),
    pytest.param(
        (
            f"{A}, Birchford Metallurgy and Mining Vocational College and {C} signed a memorandum of "
            "understanding on Monday."
        ),
        [
            ([A, "Birchford Metallurgy and Mining Vocational College", C], "mou")
        ],
        id="a_headless_phrase_joined_by_and_opens_the_next_listed_name",
    ),
    pytest.param(
        (
            f"On the same day, Alder's College of Engineering and the College of Ocean Science of {C} "
            "signed a memorandum of understanding."
        ),
        [
            (["College of Engineering", f"College of Ocean Science of {C}"], "mou")
        ],
        id="a_possessive_before_a_college_of_a_field_owns_the_unit",
    ),
    pytest.param(
        (
            f"{A}, Cape and Straits Hospital and Health Service and {C} signed a memorandum of "
            "understanding on Monday."
        ),
        [([A, "Cape and Straits Hospital and Health Service", C], "mou")],
        id="a_one_word_phrase_joined_by_and_opens_the_next_listed_name",
    ),
    pytest.param(
        (
            f"On Monday, the rector of {A}, Prof. Luísa Cardoso, and the chair of the board of the {D} "
            "renewed the cooperation protocol that makes the hospital a university hospital."
        ),
        [([A, D], "framework")],
        id="the_chair_of_the_board_of_a_body_signs_for_it",
    ),
    pytest.param(
        (
            "During the mission's stops last week, three institutions signed new agreements with "
            f"partners: the {A} (AU) with the {B} (BIT), the {C} with the {D} (DH), and the Faculty "
            "of Health Studies of the Elm University with the Fir Hospital."
        ),
        [
            ([A, B], "framework"),
            ([C, D], "framework"),
            (["Faculty of Health Studies of the Elm University", "Fir Hospital"], "framework"),
        ],
        id="pairs_listed_after_a_colon_are_one_agreement_each",
    ),
    pytest.param(
        (
            f"{A} (AU; Te Wananga Alder) has joined Tonga's {B} and {D} in a three-way "
            "memorandum of understanding that will let nurses complete a degree."
        ),
        [([A, B, D], "mou")],
        id="joining_two_bodies_in_a_memorandum_signs_it_with_both",
    ),
    pytest.param(
        (
            f"{A} signed two documents with foreign partners on Monday. The first document, a "
            f"memorandum of understanding with {C} (CU), provides for the exchange of students."
        ),
        [([A, C], "mou")],
        id="the_first_document_of_a_roundup_with_its_partner",
    ),
]


@pytest.mark.parametrize(("body", "expected"), SEVENTH_SESSION_FOUND)
def test_seventh_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


#: rules of the seventh session, one invented sentence each: parties and type and date
SEVENTH_SESSION_DATED = [
    pytest.param(
        (
            f"{A} and {C} renewed on Monday the framework agreement that has governed their "
            "teaching and research cooperation since 2015. Separately, the memorandum between "
            f"{A} and {D}, in force since March 2011, was renewed for five years on 3 June."
        ),
        [
            ([A, C], "framework", "2015"),
            ([A, C], "framework", "2024-06-10"),
            ([A, D], "mou", "2011-03"),
            ([A, D], "mou", "2024-06-03"),
        ],
        id="a_renewed_agreement_in_place_since_a_year_tells_the_original",
    ),
    pytest.param(
        (
            "The executive programme of scientific cooperation for 2024-2027 between the Ministry "
            "of Research of Alderland and the Birch Ministry of Education was signed today. On the "
            f"sidelines of the ceremony, {A} and {C} signed a memorandum of understanding."
        ),
        [
            ([A, C], "mou", "2024-06-12"),
            (["Birch Ministry of Education", "Ministry of Research of Alderland"], "framework", "2024-06-12"),
        ],
        id="a_signed_executive_programme_is_a_framework_that_dates_what_follows",
    ),
    pytest.param(
        (
            f"Representatives of {C} visited {A} on Monday to see its marine research programme. "
            "By the end of the day the two universities had signed a memorandum of understanding."
        ),
        [([A, C], "mou", "2024-06-10")],
        id="an_undated_signing_takes_the_day_of_the_news_told_before",
    ),
    pytest.param(
        (
            f"Representatives of {C} first visited {A} on 10 June 2019. By the end of the latest "
            "visit the two universities had signed a memorandum of understanding."
        ),
        [([A, C], "mou", "2024-06")],
        id="a_day_of_an_earlier_year_dates_no_undated_signing",
    ),
    pytest.param(
        (
            "This morning, at the Ministry of Education, a signing ceremony was held for three "
            f"documents. The first, a memorandum of understanding, was signed between {A} and {C}."
        ),
        [([A, C], "mou", "2024-06-12")],
        id="this_morning_is_the_day_of_publication",
    ),
    pytest.param(
        (
            f"On 3 June, {D} renewed for four more years its agreement with the Universidad Alder, "
            "Sede Birchville (UABV), which was signed for the first time in August 2019."
        ),
        [
            ([D, "Universidad Alder, Sede Birchville"], "framework", "2019-08"),
            ([D, "Universidad Alder, Sede Birchville"], "framework", "2024-06-03"),
        ],
        id="a_renewal_of_an_agreement_signed_for_the_first_time_in_a_month",
    ),
    pytest.param(
        (
            f"{A} has signed a student exchange protocol with {C}. The protocol was signed last "
            f"Thursday in Birchville by the rector of {A}, Prof. Jane Roe, and her counterpart."
        ),
        [([A, C], "student_exchange", "2024-06-06")],
        id="the_protocol_signed_after_a_typed_report_is_the_same_agreement",
    ),
    pytest.param(
        (
            "ALDER FOUNDATION\nField Bulletin No. 31\n\nEarlier this month, the Alder Foundation (AF) "
            f"opened a clinic. The research agreement, signed on 3 June, brings together {C}, {D} and "
            "our Foundation."
        ),
        [(["Alder Foundation", C, D], "research", "2024-06-03")],
        id="our_foundation_in_a_list_is_the_bulletins_own_body",
    ),
    pytest.param(
        (
            "ALDER FOUNDATION\nField Bulletin No. 31\n\nEarlier this month, the Alder Foundation (AF) "
            "opened a clinic in Chad. Our memorandum of understanding with the Birch School of Health "
            "Sciences (BSHS), first signed in 2019, was renewed on 5 June for a further five years."
        ),
        [
            (["Alder Foundation", "Birch School of Health Sciences"], "mou", "2019"),
            (["Alder Foundation", "Birch School of Health Sciences"], "mou", "2024-06-05"),
        ],
        id="our_memorandum_of_understanding_with_a_partner_is_the_bulletins_own",
    ),
    pytest.param(
        (
            f"{D} signed two agreements this summer. The first is a memorandum of agreement with {A} "
            f"and {C}, signed May 30 in Birchville. The second is a data use agreement signed Thursday "
            f"with {B}."
        ),
        [
            ([A, C, D], "mou", "2024-05-30"),
            ([B, D], "framework", "2024-06-06"),
        ],
        id="an_ordinal_item_with_partners_includes_the_roundups_signer",
    ),
    pytest.param(
        (
            f"Agreement with {C} renewed for a third term\n\n{A} (AU; Alder Daigaku) renewed its "
            f"academic exchange agreement with {C} (CU), France, on 3 June."
        ),
        [([A, C], "framework", "2024-06-03")],
        id="a_semicolon_inside_brackets_does_not_end_the_clause",
    ),
]


#: rules of the eighth session, one invented sentence each: parties, type and date
EIGHTH_SESSION_DATED = [
    pytest.param(
        (
            f"{A} and {C} renewed their cooperation agreement on 3 June. The agreement was renewed "
            "for four years at a ceremony in Fernwick. The original convenio was signed on 12 March "
            "2019 in Birchville."
        ),
        [([A, C], "framework", "2019-03-12"), ([A, C], "framework", "2024-06-03")],
        id="the_original_convenio_was_signed_on",
    ),
    pytest.param(
        (
            "The Ministry of Education of Birchland and the Ministry of Education of Cedarland "
            "signed a memorandum of understanding on 3 June. The memorandum was signed by the two "
            "ministers, and renews and broadens the memorandum on higher education signed by the "
            "two ministries in Fernwick on 17 August 2017."
        ),
        [
            (
                ["Ministry of Education of Birchland", "Ministry of Education of Cedarland"],
                "mou",
                "2017-08-17",
            ),
            (
                ["Ministry of Education of Birchland", "Ministry of Education of Cedarland"],
                "mou",
                "2024-06-03",
            ),
        ],
        id="renews_the_memorandum_signed_by_the_two_ministries_on",
    ),
    pytest.param(
        (
            "Birchland's Federal Ministry of Education (BMB) and the Ministry of Science and ICT "
            "(MSIT) of the Republic of Cedarland signed a memorandum of understanding on 3 June."
        ),
        [
            (
                ["Federal Ministry of Education", "Ministry of Science and ICT"],
                "mou",
                "2024-06-03",
            )
        ],
        id="ict_in_a_ministry_s_complement_is_a_subject",
    ),
    pytest.param(
        (
            f"The Birch Clinical Hospital Centre and {C} renewed their clinical teaching agreement on "
            "3 June. The agreement renews and extends the first contract the two institutions "
            "concluded in 2016, when the university opened its nursing programme."
        ),
        [
            (["Birch Clinical Hospital Centre", C], "framework", "2016"),
            (["Birch Clinical Hospital Centre", C], "framework", "2024-06-03"),
        ],
        id="the_first_contract_the_two_institutions_concluded_in",
    ),
    pytest.param(
        (
            f"{A} and the Cedar University Hospital signed a partnership agreement on 3 June. The "
            "university and the hospital also took the opportunity to renew their cooperation "
            "agreement, the document that governs the work of 180 doctors. The first version was "
            "signed in 2014, when the hospital gained its university status."
        ),
        [
            ([A, "Cedar University Hospital"], "framework", "2014"),
            ([A, "Cedar University Hospital"], "framework", "2024-06-03"),
            ([A, "Cedar University Hospital"], "partnership", "2024-06-03"),
        ],
        id="the_first_version_was_signed_in",
    ),
    pytest.param(
        (
            f"{A} and the Birch Regional Health Sciences Centre signed a memorandum on 3 June. On "
            "the same day, the health sciences centre renewed its clinical education agreement "
            f"with {C}."
        ),
        [
            ([A, "Birch Regional Health Sciences Centre"], "mou", "2024-06-03"),
            (["Birch Regional Health Sciences Centre", C], "framework", "2024-06-03"),
        ],
        id="the_health_sciences_centre_is_the_one_named_so",
    ),
    pytest.param(
        (
            f"Birch Hospitals Trust and {C} signed a strategic partnership agreement on 3 June. At "
            "the same ceremony, the two organisations signed a memorandum to establish the Elm "
            "Centre for Surgical Robotics, a joint centre that will open at Fir Hospital in 2026."
        ),
        [
            (["Birch Hospitals Trust", C], "framework", "2024-06-03"),
            (["Birch Hospitals Trust", C], "joint_lab", "2024-06-03"),
        ],
        id="the_two_organisations_are_not_the_centre_they_establish_nor_its_site",
    ),
    pytest.param(
        (
            "Region Birchmark and Cedar universitet on 3 June renewed their ALF agreement on "
            "medical education. The region and the university signed their first ALF agreement in "
            "2016."
        ),
        [
            (["Cedar universitet", "Region Birchmark"], "framework", "2016"),
            (["Cedar universitet", "Region Birchmark"], "framework", "2024-06-03"),
        ],
        id="the_region_and_the_university",
    ),
    pytest.param(
        (
            f"{A} and the Birch Agricultural Institute on 3 June renewed the framework agreement that "
            "has linked them for ten years. The renewal was signed by the rector and the president. "
            "The original convenio marco was signed in April 2013, two years after the university "
            f"was created from the regional campus of {C}."
        ),
        [
            ([A, "Birch Agricultural Institute"], "framework", "2013-04"),
            ([A, "Birch Agricultural Institute"], "framework", "2024-06-03"),
        ],
        id="the_original_is_between_the_parties_not_the_bodies_of_a_clause_after",
    ),
    pytest.param(
        (
            f"{A} (AU) signed a framework agreement with {C} on 3 June. AU also renewed, for a "
            "further five years, the memorandum of understanding it first signed with Birch State "
            "Agrarian University in 2014."
        ),
        [
            ([A, "Birch State Agrarian University"], "mou", "2014"),
            ([A, "Birch State Agrarian University"], "mou", "2024-06-03"),
            ([A, C], "framework", "2024-06-03"),
        ],
        id="the_memorandum_it_first_signed_with_x_in",
    ),
    pytest.param(
        (
            f"{A} (AU) signed a memorandum with {C} on 3 June. It should be noted that AU signed an "
            "agreement on academic exchange with Birch State Agrarian University in 2018."
        ),
        [
            ([A, "Birch State Agrarian University"], "framework", "2018"),
            ([A, C], "mou", "2024-06-03"),
        ],
        id="it_should_be_noted_is_no_modal_of_a_plan",
    ),
    pytest.param(
        (
            "The Alder Institute for Biomedical Research (AIBR) signed three agreements on 3 June. "
            "The first, between AIBR and the Birch Center for Vaccine Research (BCVR) in Cairo, "
            "covers vaccines. The second links the institute with the Cedar Center for Precision "
            "Medicine (CCPM)."
        ),
        [
            (
                ["Alder Institute for Biomedical Research", "Birch Center for Vaccine Research"],
                "framework",
                "2024-06-03",
            ),
            (
                ["Alder Institute for Biomedical Research", "Cedar Center for Precision Medicine"],
                "framework",
                "2024-06-03",
            ),
        ],
        id="roundup_items_told_with_between_and_links_with",
    ),
    pytest.param(
        (
            "The Universidad Técnica de Birch (UTB) signed a framework agreement with the Universidad "
            "de Cedar of Chile on 3 June. On the same occasion, UTB and the Chilean university "
            "renewed the student exchange agreement they first signed in 2015."
        ),
        [
            (["Universidad Técnica de Birch", "Universidad de Cedar"], "framework", "2024-06-03"),
            (["Universidad Técnica de Birch", "Universidad de Cedar"], "student_exchange", "2015"),
            (
                ["Universidad Técnica de Birch", "Universidad de Cedar"],
                "student_exchange",
                "2024-06-03",
            ),
        ],
        id="the_chilean_university",
    ),
    pytest.param(
        (
            "The Università degli Studi della Birch, based in Grosseto, and the Université de la "
            "Cedar renewed their memorandum of understanding, first signed in 2019, on 3 June."
        ),
        [
            (["Università degli Studi della Birch", "Université de la Cedar"], "mou", "2019"),
            (["Università degli Studi della Birch", "Université de la Cedar"], "mou", "2024-06-03"),
        ],
        id="based_in_a_town_between_two_listed_names",
    ),
    pytest.param(
        (
            f"{A} signed an agreement with {C} on 3 June. The two universities are not new partners: "
            "they first signed a memorandum of understanding in May 2021."
        ),
        [([A, C], "framework", "2024-06-03"), ([A, C], "mou", "2021-05")],
        id="they_first_signed_after_a_colon",
    ),
    pytest.param(
        (
            f"{A} signed four agreements with foreign partners on 3 June. The third document set up "
            "a joint laboratory on oil palm genomics. It was signed by Universiti Agroteknologi Birch "
            "(UAB), Cedar Forestry University and the Birch Palm Oil Board (BPOB), with the lab to "
            "be housed at UAB's campus."
        ),
        [
            (
                ["Birch Palm Oil Board", "Cedar Forestry University", "Universiti Agroteknologi Birch"],
                "joint_lab",
                "2024-06-03",
            )
        ],
        id="it_was_signed_by_after_the_third_document_of_a_roundup",
    ),
    pytest.param(
        (
            "Officials of the Danish Maritime Authority and the Embassy of Denmark in Seoul met the "
            "students. The embassy helped set up the visit as part of the green strategic "
            "partnership, which the two governments agreed in 2011."
        ),
        [],
        id="two_bodies_of_one_country_are_not_the_two_governments",
    ),
]


@pytest.mark.parametrize(("body", "expected"), EIGHTH_SESSION_DATED)
def test_eighth_session_rules_with_dates(extractor, body, expected):
    assert found_dated(extractor, body) == expected


@pytest.mark.parametrize(("body", "expected"), SEVENTH_SESSION_DATED)
def test_seventh_session_rules_with_dates(extractor, body, expected):
    assert found_dated(extractor, body) == expected


#: rules of the tenth session, one invented sentence each: parties, type and date
TENTH_SESSION_DATED = [
    pytest.param(
        (
            f"{A} and {C} renewed their memorandum of understanding on 3 June. The memorandum "
            "was first concluded on May 21, 2014, and was renewed once before."
        ),
        [([A, C], "mou", "2014-05-21"), ([A, C], "mou", "2024-06-03")],
        id="first_signed_on_a_month_day_comma_year",
    ),
    pytest.param(
        (
            f"{A} and {C} renewed their student exchange agreement on 3 June. The agreement "
            "was first signed in 2014."
        ),
        [([A, C], "student_exchange", "2014"), ([A, C], "student_exchange", "2024-06-03")],
        id="the_original_of_the_agreement_just_told_is_of_its_type",
    ),
    pytest.param(
        (
            f"{A} and {C} signed a framework agreement on 3 June. The new framework agreement "
            "replaces the agreement that the university and its then newly created partner signed "
            "on 2 June 2008."
        ),
        [([A, C], "framework", "2008-06-02"), ([A, C], "framework", "2024-06-03")],
        id="the_new_agreement_replaces_the_one_signed_on_a_date",
    ),
    pytest.param(
        (
            f"{A} signed a framework agreement with {C} on 3 June. They have worked together since "
            "2015, when they signed an exchange agreement."
        ),
        [([A, C], "framework", "2015"), ([A, C], "framework", "2024-06-03")],
        id="they_after_a_with_partner_sentence_is_the_pair",
    ),
    pytest.param(
        (
            "The Birchland Ministry of Education and the Dutch Hogeschool Cedarveen signed a letter "
            "of intent on 3 June. It follows a memorandum of understanding that the ministry and the "
            "Dutch hogeschool signed in October 2019."
        ),
        [
            (["Birchland Ministry of Education", "Hogeschool Cedarveen"], "mou", "2019-10"),
            (["Birchland Ministry of Education", "Hogeschool Cedarveen"], "mou", "2024-06-03"),
        ],
        id="the_dutch_hogeschool_is_a_reference_not_a_name",
    ),
    pytest.param(
        (
            "The Université de Birchville (UBA) and Cedar University signed a framework agreement "
            "on 3 June. UBA and Cedar University signed a student exchange agreement in 2017."
        ),
        [
            (["Cedar University", "Université de Birchville"], "framework", "2024-06-03"),
            (["Cedar University", "Université de Birchville"], "student_exchange", "2017"),
        ],
        # (Uba is also a town in Brazil: an acronym in capitals is not its place)
        id="an_acronym_that_is_also_a_town",
    ),
    pytest.param(
        (
            f"{A} and {C} signed a double degree agreement on 3 June. The double diploma builds on "
            "a student exchange agreement the two universities signed in 2016."
        ),
        [([A, C], "dual_degree", "2024-06-03"), ([A, C], "student_exchange", "2016")],
        id="the_agreement_a_relative_clause_signs_is_of_its_own_type",
    ),
    pytest.param(
        (
            f"{A} signed a research agreement with the Birch Coast Hospital and Health Service and "
            "the Fernhill Community Health Council on 3 June. In a separate deal, the health service "
            "and the university renewed their clinical placement agreement, first signed in 2015."
        ),
        [
            ([A, "Birch Coast Hospital and Health Service"], "partnership", "2015"),
            ([A, "Birch Coast Hospital and Health Service"], "partnership", "2024-06-03"),
            ([A, "Birch Coast Hospital and Health Service", "Fernhill Community Health Council"], "research", "2024-06-03"),
        ],
        id="the_health_service_is_the_one_called_a_service",
    ),
    pytest.param(
        (
            f"{A} signed an agreement with {C} on 3 June. At the same ceremony the two renewed their "
            "memorandum of understanding, first signed in 2018."
        ),
        [([A, C], "framework", "2024-06-03"), ([A, C], "mou", "2018"), ([A, C], "mou", "2024-06-03")],
        id="the_two_renewed",
    ),
    pytest.param(
        (
            f"{A}, the Cyprus Institute of Birch Studies and the Port Said Institute of Cedar Research "
            "signed a memorandum of understanding on 3 June. At the same ceremony Alder and the Cypriot "
            "institute renewed the agreement they first signed in 2018."
        ),
        [
            ([A, "Cyprus Institute of Birch Studies"], "framework", "2018"),
            ([A, "Cyprus Institute of Birch Studies"], "framework", "2024-06-03"),
            ([A, "Cyprus Institute of Birch Studies", "Port Said Institute of Cedar Research"], "mou", "2024-06-03"),
        ],
        id="the_cypriot_institute",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TENTH_SESSION_DATED)
def test_tenth_session_rules_with_dates(extractor, body, expected):
    assert found_dated(extractor, body) == expected


#: rules of the ninth session, one invented sentence each: parties, type and date
NINTH_SESSION_DATED = [
    pytest.param(
        (
            f"{A} today announced a memorandum of understanding with {C}. The signing of the "
            "memorandum took place on Monday at the Alder campus."
        ),
        [([A, C], "mou", "2024-06-10")],
        id="today_announced_dates_the_news_not_the_signing",
    ),
    pytest.param(
        (
            f"{A} and {C} renewed their memorandum of understanding on 3 June. The universities "
            "first signed an MoU in August 2014, when Alder began sending students to Cedar."
        ),
        [([A, C], "mou", "2014-08"), ([A, C], "mou", "2024-06-03")],
        id="the_universities_first_signed",
    ),
    pytest.param(
        (
            f"{A} and {C} on Monday signed a memorandum of understanding that updates the general "
            "agreement on cooperation concluded by the two universities in October 2015."
        ),
        [([A, C], "framework", "2015-10"), ([A, C], "mou", "2024-06-10")],
        id="a_memorandum_that_updates_an_earlier_agreement",
    ),
    pytest.param(
        (
            f"{A} (AU) hosted {C} (CU) on Monday. On the sidelines, AU and CU extended by five "
            "years the memorandum of understanding they signed in 2022."
        ),
        [([A, C], "mou", "2022"), ([A, C], "mou", "2024-06-10")],
        id="extended_the_memorandum_they_signed_in",
    ),
    pytest.param(
        (
            f"{A} hosted the minister on Monday. On the same occasion, {A} extended until December "
            f"2026 the framework agreement it signed on 3 May 2021 with {C}."
        ),
        [([A, C], "framework", "2021-05-03"), ([A, C], "framework", "2024-06-10")],
        id="extended_the_agreement_it_signed_on",
    ),
]


@pytest.mark.parametrize(("body", "expected"), NINTH_SESSION_DATED)
def test_ninth_session_rules_with_dates(extractor, body, expected):
    assert found_dated(extractor, body) == expected


#: rules of the eighth session, one invented sentence each: parties and type
EIGHTH_SESSION_FOUND = [
    pytest.param(
        (
            f"{A} has signed five agreements with national and international partners on the "
            "sidelines of the Elm Energy Transition Forum, which closed on Monday."
        ),
        [],
        id="generic_partners_of_three_words_leave_the_forum_a_venue",
    ),
    pytest.param(
        (
            f"{A} signed six memoranda of understanding with companies on the opening day of the "
            "Fernwick Industry-Academia Conclave 2025."
        ),
        [],
        id="a_conclave_is_an_event_not_a_body",
    ),
    pytest.param(
        (
            f"{A} signed a memorandum of understanding with {C} on Monday. The memorandum was "
            "signed at the Senate Chamber of the university by the two vice-chancellors, and at the "
            "Senate Bhaban the rector signed it again."
        ),
        [([A, C], "mou")],
        id="a_senate_chamber_and_a_bhaban_are_rooms",
    ),
    pytest.param(
        (
            f"ALDERTON, 5th February, 2024 -- {A} has signed five agreements with national and "
            "international partners at the Fernwick Health Congress, which closed today.\n\nThe "
            "agreements were signed in the presence of Dr. Jane Roe, Undersecretary of the Ministry "
            "of Higher Education, and a number of officials."
        ),
        [],
        id="agreements_signed_in_the_presence_after_generic_partners_name_no_one",
    ),
    pytest.param(
        (
            "The partnership agreement was signed at the town hall by the Université de Birch "
            "(UB), the Centre hospitalier universitaire de Cedarville and the Birch Marine "
            "Institute."
        ),
        [
            (
                [
                    "Birch Marine Institute",
                    "Centre hospitalier universitaire de Cedarville",
                    "Université de Birch",
                ],
                "partnership",
            )
        ],
        id="a_french_name_after_a_french_name_is_no_english_gloss_of_it",
    ),
    pytest.param(
        (
            f"{A} and {C} signed a framework agreement on Monday. At the same ceremony, the "
            "delegations also signed an Erasmus+ inter-institutional agreement for credit mobility."
        ),
        [([A, C], "framework"), ([A, C], "student_exchange")],
        id="the_delegations_are_the_two_bodies_just_named",
    ),
    pytest.param(
        (
            f"The network brings together {A} (AU), {C} and two Ecuadorian institutions, the "
            "Escuela Politécnica de Cotopaxi and the Universidad Andina de Imbabura. On the same "
            "day, AU and the Ecuadorian polytechnic signed a separate double degree agreement."
        ),
        [([A, "Escuela Politécnica de Cotopaxi"], "dual_degree")],
        id="the_polytechnic_of_a_country_is_the_one_named_politecnica",
    ),
    pytest.param(
        (
            "The Instituto Politécnico de Birchal (IPB) and the Município de Cedar signed a "
            "cooperation protocol on Monday. Earlier this month, the Politécnico de Birchal signed "
            "a consortium agreement with four partners: the companies Têxteis Birch, S.A. and "
            "Malhas Cedar, Lda., the Centro Tecnológico de Birch and the Associação de Fernwick."
        ),
        [
            (
                [
                    "Associação de Fernwick",
                    "Centro Tecnológico de Birch",
                    "Instituto Politécnico de Birchal",
                    "Malhas Cedar, Lda.",
                    "Têxteis Birch, S.A.",
                ],
                "framework",
            ),
            (["Instituto Politécnico de Birchal", "Município de Cedar"], "framework"),
        ],
        id="a_polytechnic_without_its_institute_and_a_company_after_a_company",
    ),
    pytest.param(
        (
            f"On the same day, {A}'s College of Health Sciences and the Birch University College, "
            "a Norwegian institution known locally as Høgskulen i Birch, signed a student exchange "
            "agreement."
        ),
        [(["Birch University College", "College of Health Sciences"], "student_exchange")],
        id="a_body_known_locally_by_another_name_signs_once",
    ),
    pytest.param(
        (
            f"Delegations of {A} and {C} met on Monday. Present were the deans of {A}'s Faculty of "
            f"Law and {C}'s Faculty of Economics. The two faculties signed a student exchange "
            "agreement."
        ),
        [(["Faculty of Economics", "Faculty of Law"], "student_exchange")],
        id="the_two_faculties_are_two_units",
    ),
    pytest.param(
        (
            f"The Faculty of Geodesy of {A} signed an agreement with {C}. A few hours earlier, the "
            "faculty itself had concluded a separate cooperation agreement with Birch-Pomiar Sp. z "
            "o.o., a surveying company."
        ),
        [
            (["Birch-Pomiar Sp. z o.o.", f"Faculty of Geodesy of {A}"], "framework"),
            ([C, f"Faculty of Geodesy of {A}"], "framework"),
        ],
        id="a_polish_company_is_a_name_in_a_sentence_with_no_other_head",
    ),
    pytest.param(
        (
            f"{B} signed a research agreement with the Swedish company NordBirch Diagnostics AB "
            "and Cedar Tehnoloģiju augstskola (Cedar University of Technology)."
        ),
        [
            (
                [B, "Cedar Tehnoloģiju augstskola", "NordBirch Diagnostics AB"],
                "research",
            )
        ],
        id="a_latvian_augstskola_is_a_university",
    ),
    pytest.param(
        (
            f"At the same ceremony, the {B} and the group's flagship Cedar Ankara Hospital concluded "
            "a twinning agreement."
        ),
        [([B, "Cedar Ankara Hospital"], "framework")],
        id="a_flagship_of_the_group_is_listed_with_the_first",
    ),
    pytest.param(
        (
            f"{A} (AU) signed two agreements on Monday. At a second ceremony in the rectorate, "
            "Rector Prof. Dr. Hakan Bilgin and the chairman of Birch Fındık Sanayi ve Ticaret A.Ş., "
            "Kemal Özdemir, signed a research and development protocol."
        ),
        [([A, "Birch Fındık Sanayi ve Ticaret A.Ş."], "research")],
        id="a_rector_named_without_a_body_is_the_own_body_s_head",
    ),
    pytest.param(
        (
            f"A delegation led by {A} (AU) President Lee Jae-won visited Uzbekistan last week. In "
            "Tashkent on Monday, President Lee and Rector Dilnoza Karimova of the Birch University "
            "of Applied Linguistics (BUAL) signed a memorandum of understanding and a student "
            "exchange agreement."
        ),
        [
            ([A, "Birch University of Applied Linguistics"], "mou"),
            ([A, "Birch University of Applied Linguistics"], "student_exchange"),
        ],
        id="president_surname_and_rector_of_x_signed",
    ),
    pytest.param(
        (
            "In addition, Birch BioSolutions Co., Ltd., a Korean manufacturer of diagnostic "
            "devices, and Cedar Medical (Pty) Ltd, a Johannesburg-based distributor, signed a letter "
            "of intent on the assembly of rapid tests."
        ),
        [(["Birch BioSolutions Co., Ltd.", "Cedar Medical (Pty) Ltd"], "mou")],
        id="an_apposition_that_opens_with_a_nationality_between_two_names",
    ),
    pytest.param(
        (
            "Birch Robotics (Malaysia) Sdn Bhd and Politeknik Cedar Utara (PCU) followed with a "
            "memorandum of agreement under which the firm will take 60 students a year."
        ),
        [(["Birch Robotics (Malaysia) Sdn Bhd", "Politeknik Cedar Utara"], "mou")],
        id="a_subsidiary_s_country_in_brackets_and_followed_with_a_memorandum",
    ),
    pytest.param(
        (
            "The consortium agreement brings together the Birch Piedmont Health System, St. "
            "Cedar's Hospital and Cancer Center of Denver, Colorado, and Elm Medical Center in a "
            "research network on rare cancers."
        ),
        [
            (
                [
                    "Birch Piedmont Health System",
                    "Elm Medical Center",
                    "St. Cedar's Hospital and Cancer Center of Denver, Colorado",
                ],
                "framework",
            )
        ],
        id="a_us_health_system_and_a_hospital_and_cancer_center",
    ),
    pytest.param(
        (
            f"{B}'s Faculty of Health Sciences has signed a joint doctoral agreement with the "
            "Rijksuniversiteit Cedarland in the Netherlands."
        ),
        [(["Faculty of Health Sciences", "Rijksuniversiteit Cedarland"], "dual_degree")],
        id="a_joint_doctoral_agreement_is_a_dual_degree",
    ),
    pytest.param(
        (
            "Four universities from three countries and the Birch Reconstruction Foundation (BRF) "
            "have joined forces to train engineers. The memorandum was signed on 28 November in "
            "Lublin. It brings together the Alder Polytechnic University, the Cedar Maritime "
            "Academy, the Elm Technical University and the Fir University of Technology. BRF thanks "
            "the City of Lublin for hosting the forum."
        ),
        [
            (
                [
                    "Alder Polytechnic University",
                    "Birch Reconstruction Foundation",
                    "Cedar Maritime Academy",
                    "Elm Technical University",
                    "Fir University of Technology",
                ],
                "mou",
            )
        ],
        id="a_count_and_a_named_body_and_a_town_that_is_only_where",
    ),
    pytest.param(
        (
            "The consortium agreement brings together the Birch Institute for Microbiology, the "
            "Cedar Antimicrobial Stewardship Programme NPC and the Elm Genomics Laboratory."
        ),
        [
            (
                [
                    "Birch Institute for Microbiology",
                    "Cedar Antimicrobial Stewardship Programme NPC",
                    "Elm Genomics Laboratory",
                ],
                "framework",
            )
        ],
        id="a_south_african_non_profit_company",
    ),
    pytest.param(
        (
            f"The College of Engineering of {A} and the Universidad Politécnica de Birch's Escuela "
            "Técnica Superior de Ingeniería signed a dual master's degree agreement."
        ),
        [
            (
                [f"College of Engineering of {A}", "Escuela Técnica Superior de Ingeniería"],
                "dual_degree",
            )
        ],
        id="a_spanish_university_s_school_after_and",
    ),
    pytest.param(
        (
            f"After the Faculty of Law of {A} signed a memorandum of understanding with Birchley, "
            "Cedarholm & Co. last month, students will intern at the firm."
        ),
        [(["Birchley, Cedarholm & Co.", f"Faculty of Law of {A}"], "mou")],
        id="a_firm_named_after_its_partners",
    ),
    pytest.param(
        (
            f"{A} signed a cooperation agreement with {C} on Monday. {A} already holds a memorandum "
            "of understanding with the Universidad de Birch, signed in 2019."
        ),
        [([A, C], "framework"), ([A, "Universidad de Birch"], "mou")],
        id="already_holds_a_memorandum_signed_in",
    ),
]


@pytest.mark.parametrize(("body", "expected"), EIGHTH_SESSION_FOUND)
def test_eighth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


#: rules of the eleventh session, one invented sentence each: parties and type
ELEVENTH_SESSION_FOUND = [
    pytest.param(
        (
            "On Tuesday the Faculty of Dentistry, Alder Valley University signed a memorandum of "
            "understanding with Birch Hospital."
        ),
        [(["Birch Hospital", "Faculty of Dentistry"], "mou")],
        id="a_faculty_with_its_university_after_a_comma_signs_alone",
    ),
    pytest.param(
        (
            "Birch Hospital concluded a research agreement with the School of Public Health, Alder "
            "Valley University, Thailand, on tropical diseases."
        ),
        [(["Birch Hospital", "School of Public Health"], "research")],
        id="a_school_with_its_university_and_country_after_commas",
    ),
    pytest.param(
        (
            "The Department of Forestry, Alder Valley University, the Cedar Institute of Technology "
            "and Birch Hospital signed a framework agreement on Monday."
        ),
        [
            (
                [
                    "Alder Valley University",
                    "Birch Hospital",
                    "Cedar Institute of Technology",
                    "Department of Forestry",
                ],
                "framework",
            )
        ],
        id="a_department_first_in_a_list_of_parties_is_a_party_of_its_own",
    ),
    pytest.param(
        (
            "Separately, the Company's wholly owned subsidiary, Alder Marine Norge AS, signed a "
            "memorandum of understanding with the Birch Institute of Oceanography."
        ),
        [(["Alder Marine Norge AS", "Birch Institute of Oceanography"], "mou")],
        id="separately_opening_a_sentence_is_no_company",
    ),
    pytest.param(
        (
            "The energy company Glacier Orka hf. and Alder University signed a memorandum of "
            "understanding on drilling on Monday."
        ),
        [(["Alder University", "Glacier Orka hf."], "mou")],
        id="an_icelandic_company_form_in_lower_case",
    ),
    pytest.param(
        (
            "Cedar Health Ltd signs MoUs with Egyptian and Nigerian Universities\n\nCedar Health Ltd "
            "signed memoranda of understanding with Alder University and Birch University on Monday."
        ),
        [([A, "Cedar Health Ltd"], "mou"), (["Birch University", "Cedar Health Ltd"], "mou")],
        id="peoples_and_a_plural_head_in_a_headline_describe_several_bodies",
    ),
    pytest.param(
        "The memorandum was signed on Monday by l'Université Alder-Vosges and Birch University.",
        [(["Birch University", "Université Alder-Vosges"], "mou")],
        id="a_french_elided_article_before_a_university_is_no_part_of_it",
    ),
    pytest.param(
        "On Monday L'Hôpital Sainte-Cèdre and Birch University signed a memorandum of understanding.",
        [(["Birch University", "Hôpital Sainte-Cèdre"], "mou")],
        id="a_capital_elided_article_after_a_date_is_no_part_of_the_name",
    ),
    pytest.param(
        (
            "Die Medizinische Privatuniversität Birchtal (MPUB) und Alder University haben am Montag "
            "einen Kooperationsvertrag unterzeichnet."
        ),
        [([A, "Medizinische Privatuniversität Birchtal"], "framework")],
        id="a_german_compound_private_university_without_its_article",
    ),
    pytest.param(
        (
            "A memorandum of understanding on rice processing has been signed by the Birchfield "
            "State Government, Birchfield State University of Science and Technology, Ezzamville "
            "(BSUST) and the German machinery maker Kessler Agrartechnik GmbH."
        ),
        [
            (
                [
                    "Birchfield State Government",
                    "Birchfield State University of Science and Technology, Ezzamville",
                    "Kessler Agrartechnik GmbH",
                ],
                "mou",
            )
        ],
        id="the_town_between_a_name_and_its_acronym_is_part_of_the_name",
    ),
    pytest.param(
        (
            "AIT Birchtown signs MoU with Cedar Hospital\n\nThe Alder Institute of Technology, "
            "Birchtown (AITB), signed a memorandum of understanding with Cedar Hospital on Friday."
        ),
        [(["Alder Institute of Technology, Birchtown", "Cedar Hospital"], "mou")],
        id="the_initials_of_the_name_without_its_town_are_its_short_form_too",
    ),
    pytest.param(
        (
            "Alder University hosted the meeting on Monday.\n\nNwafor described the pact as \"the "
            "biggest industry linkage in the eleven-year history of AU\". He recalled that the "
            "university had signed an MoU with the Cedar Materials Research and Development Council "
            "(CMRDC) in 2021, a partnership that has since produced two patents on rice-husk briquettes."
        ),
        [([A, "Cedar Materials Research and Development Council"], "mou")],
        id="an_appositive_partnership_that_tells_the_mou_again",
    ),
    pytest.param(
        (
            "Alder University (AU) signed three agreements on Monday.\n\nThe first document to be "
            "signed was a dual degree agreement between AU and Cedar University in Cedarville."
        ),
        [([A, C], "dual_degree")],
        id="the_first_document_to_be_signed_was_one_of_those_signed",
    ),
    pytest.param(
        (
            "Alder University (AU) and Cedar University will meet in May.\n\nThe first document to "
            "be signed will be a dual degree agreement between AU and Cedar University."
        ),
        [],
        id="the_first_document_to_be_signed_will_be_a_plan",
    ),
    pytest.param(
        (
            "Alder University (AU) signed a memorandum of understanding (MoU) with Birch Hospital and "
            "a cooperation agreement (Perjanjian Kerja Sama, PKS) with Cedar University on Thursday."
        ),
        [([A, "Birch Hospital"], "mou"), ([A, C], "framework")],
        id="a_second_instrument_with_its_own_name_in_brackets_has_its_own_partner",
    ),
    pytest.param(
        (
            "On 2 November, in Lilongwe, Alder Health Trust put its signature to a memorandum of "
            "understanding with Cedar University."
        ),
        [(["Alder Health Trust", C], "mou")],
        id="put_its_signature_to",
    ),
    pytest.param(
        (
            "Alder Health Trust annual letter\n\nDear friends, this year Alder Health Trust (AHT) "
            "trained 40 midwives.\n\nOur memoranda of agreement with Birchby District Council and "
            "Cedarton District Council were renewed in October for three more years."
        ),
        [
            (["Alder Health Trust", "Birchby District Council"], "mou"),
            (["Alder Health Trust", "Cedarton District Council"], "mou"),
        ],
        id="our_memoranda_with_a_and_b_are_the_writers_own_with_each",
    ),
    pytest.param(
        "The CHU de Birchville and Alder University signed a memorandum of understanding on Monday.",
        [([A, "CHU de Birchville"], "mou")],
        id="a_french_university_hospital_by_its_initials",
    ),
    pytest.param(
        "Alder University signed a framework agreement with the CHU Ibn Sina de Cedarville on Monday.",
        [([A, "CHU Ibn Sina de Cedarville"], "framework")],
        id="a_french_university_hospital_named_after_a_person",
    ),
    pytest.param(
        (
            "Alder University signed an MoU with Birch Hospital on Monday.\n\nMore agreements may "
            "follow. The office is in talks with Cedar University about a summer school, and expects "
            "to sign a similar dual degree with Fernhill University this spring. Neither deal has been "
            "signed."
        ),
        [([A, "Birch Hospital"], "mou")],
        id="neither_deal_has_been_signed",
    ),
    pytest.param(
        "Cedar University and Fernhill University attended the forum, but no further agreements were signed.",
        [],
        id="no_further_agreements_were_signed",
    ),
    pytest.param(
        (
            "Alder University signed an MoU with Birch Hospital on Monday.\n\nDiscussions on a fifth "
            "agreement, between Cedar University and Fernhill University, are continuing, and the two "
            "institutions hope to conclude a nursing student exchange agreement later in the year."
        ),
        [([A, "Birch Hospital"], "mou")],
        id="discussions_on_an_agreement_between_a_and_b",
    ),
    pytest.param(
        (
            "Alder University hosted Cedar University on Monday.\n\nThe two sides explored a 2+2 dual "
            "degree in aquaculture and agreed that Cedar University would send a draft memorandum of "
            "understanding to Alder University for review."
        ),
        [],
        id="agreed_that_one_would_send_a_draft",
    ),
    pytest.param(
        (
            "On the same day, the Cedar Foundation signed a grant contract of 98,000 US dollars with "
            "Birch Regional Hospital to renew the hospital's emergency department."
        ),
        [],
        id="a_grant_contract_is_funding_not_cooperation",
    ),
    pytest.param(
        "The Cedar Foundation and Birch Regional Hospital signed a cooperation agreement worth 2 million euros.",
        [(["Birch Regional Hospital", "Cedar Foundation"], "framework")],
        id="a_cooperation_agreement_with_a_foundation_is_one",
    ),
    pytest.param(
        (
            "Birchtech Robotica S.p.A. was founded in 2001. Birchtech Robotica and Università degli "
            "Studi di Lanciano signed a research agreement on Monday."
        ),
        [(["Birchtech Robotica S.p.A.", "Università degli Studi di Lanciano"], "research")],
        id="a_head_with_its_own_of_after_and_opens_a_name_of_its_own",
    ),
    pytest.param(
        (
            "Alder University (AU) then concluded a memorandum of understanding with Khammouane "
            "Pedagogical University of the Lao PDR."
        ),
        [([A, "Khammouane Pedagogical University of the Lao PDR"], "mou")],
        id="the_lao_pdr_is_a_country",
    ),
    pytest.param(
        (
            "On Wednesday, Alder University also renewed its partnership agreement with the MRC de "
            "la Haute-Birchie, first signed in 2019."
        ),
        [([A, "MRC de la Haute-Birchie"], "partnership"), ([A, "MRC de la Haute-Birchie"], "partnership")],
        id="a_quebec_regional_county_municipality",
    ),
    pytest.param(
        (
            "Alder University (AU) and the Hochschule für Wasserwirtschaft Birchtal met on Monday.\n\n"
            "On Tuesday AU signed a dual degree agreement with the German Hochschule."
        ),
        [([A, "Hochschule für Wasserwirtschaft Birchtal"], "dual_degree")],
        id="the_german_hochschule_is_a_description",
    ),
    pytest.param(
        (
            "The Alder Institute of Coastal Research (AICR), Chennai, an autonomous institute of the "
            "Ministry of Earth Sciences (MoES), and the Birch Institute for Marine Studies (BIMS), "
            "Hobart, signed a Memorandum of Understanding on Wednesday."
        ),
        [(["Alder Institute of Coastal Research", "Birch Institute for Marine Studies"], "mou")],
        id="the_ministry_an_apposition_says_a_party_belongs_to_is_no_party",
    ),
    pytest.param(
        (
            "The Alder Institute of Coastal Agriculture (AICA), Birchpur, an autonomous institute "
            "under the Department of Agricultural Research (DAR), Ministry of Agriculture, and the "
            "Ministry of Fisheries and Waterways, Government of the Republic of Fiji, today signed a "
            "Memorandum of Understanding."
        ),
        [(["Alder Institute of Coastal Agriculture", "Ministry of Fisheries and Waterways"], "mou")],
        id="owners_in_appositions_and_a_ministrys_government_are_no_parties",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ELEVENTH_SESSION_FOUND)
def test_eleventh_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


def test_the_state_government_is_the_one_state_government_named(extractor):
    facts = run(
        extractor,
        (
            "Birchfield State Government and Alder University signed a memorandum of "
            "understanding on Monday. It was signed by the Secretary to the State Government, Prof. "
            "Grace Umeh, on behalf of the state, and the Vice-Chancellor of the university, Prof. Obi."
        ),
    )
    institutions = {i.name: i.aliases for i in facts.institutions}
    assert "State Government" not in institutions
    assert "State Government" in institutions["Birchfield State Government"]


def test_a_datelines_town_with_its_state_code_is_no_body(extractor):
    text = (
        "State news\n\nBIRCH VALLEY (MS) – A technical cooperation agreement creating the Alder "
        "Telecardiology Network was signed on Tuesday at the headquarters of the Cedar State Health "
        "Secretariat (CSHS).\n\nBesides CSHS, the signatories are Alder University and Fernhill "
        "University.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    names = {i.name for i in facts.institutions}
    assert not names & {"BIRCH", "VALLEY", "BIRCH VALLEY"}
    assert not any("BIRCH" in a.parties for a in facts.agreements)


def test_a_unit_named_with_its_university_keeps_that_form_as_an_alias(extractor):
    facts = run(
        extractor,
        (
            "On Tuesday the Faculty of Dentistry, Alder Valley University signed a "
            "memorandum of understanding with Birch Hospital."
        ),
    )
    unit = next(i for i in facts.institutions if i.name == "Faculty of Dentistry")
    assert unit.unit_of == "Alder Valley University"
    assert "Faculty of Dentistry, Alder Valley University" in unit.aliases


#: rules of the tenth session, one invented sentence each: parties and type
TENTH_SESSION_FOUND = [
    pytest.param(
        (
            "Alder Healthcare Ltd, which runs four hospitals across the province, on Saturday signed "
            "memoranda of understanding with three nursing colleges in the city — Fernhill College "
            "of Nursing, Glenmore College of Nursing and Birch Institute of Nursing."
        ),
        [
            (["Alder Healthcare Ltd", "Birch Institute of Nursing"], "mou"),
            (["Alder Healthcare Ltd", "Fernhill College of Nursing"], "mou"),
            (["Alder Healthcare Ltd", "Glenmore College of Nursing"], "mou"),
        ],
        id="a_count_in_a_relative_clause_describes_the_subject",
    ),
    pytest.param(
        (
            f"{A} and {C} signed a joint research agreement on Monday, and the university has "
            "worked closely with Birch Hydrotech Inc. for years."
        ),
        [([A, C], "research")],
        id="and_the_university_has_worked_with_is_a_clause_of_its_own",
    ),
    pytest.param(
        (
            f"{A} signed two documents on Monday. The first, with {C}, of Birchtown, is a student "
            "exchange agreement that lets six students a year move."
        ),
        [([A, C], "student_exchange")],
        id="the_first_with_x_is_a_student_exchange_agreement",
    ),
    pytest.param(
        (
            f"{A} signed two documents on Monday. The second, signed by the Alder Graduate School "
            f"and {F}, establishes a double master's degree in tourism."
        ),
        [(["Alder Graduate School", F], "dual_degree")],
        id="the_second_signed_by_a_and_b_establishes_a_double_masters",
    ),
    pytest.param(
        (
            f"{A}, {C} and {F} signed a consortium agreement on Monday. Separately, {G} said it "
            "signed a student exchange agreement last month with Birch University."
        ),
        [([A, C, F], "framework"), (["Birch University", G], "student_exchange")],
        id="separately_x_said_it_signed",
    ),
    pytest.param(
        (
            f"The Centre Hospitalier Régional de Birchville and {C} signed a partnership convention "
            f"on Monday. The CHR Birchville also signed a student exchange agreement with {F}."
        ),
        [
            ([C, "Centre Hospitalier Régional de Birchville"], "partnership"),
            (["Centre Hospitalier Régional de Birchville", F], "student_exchange"),
        ],
        id="initials_and_place_name_the_hospital",
    ),
    pytest.param(
        (
            "Birchby Municipality, Cedar University College and the wind service company Fernvind "
            "A/S want to train more technicians, and on Wednesday the three put their plan on paper. "
            "The strategic partnership agreement was signed by Mayor Jesper Holm, Cedar University "
            "College's rector Lene Berg and Fernvind's chief executive Mikkel Dahl."
        ),
        [(["Birchby Municipality", "Cedar University College", "Fernvind A/S"], "framework")],
        id="a_mayor_signs_for_the_town",
    ),
    pytest.param(
        (
            f"{A} signed a framework agreement with Hanoi University of Birch on Monday. On the same "
            "day, the College of Engineering and the Vietnamese university's Faculty of Mechanical "
            "Engineering concluded a dual degree agreement."
        ),
        [
            ([A, "Hanoi University of Birch"], "framework"),
            (["College of Engineering", "Faculty of Mechanical Engineering"], "dual_degree"),
        ],
        id="the_vietnamese_universitys_faculty_in_a_list",
    ),
    pytest.param(
        (
            "Birch Lithium Ltd is pleased to announce that it has executed a Collaborative Research "
            f"Agreement with {C}."
        ),
        [(["Birch Lithium Ltd", C], "research")],
        id="executed_an_agreement",
    ),
    pytest.param(
        (
            "• Three-year Research Collaboration Agreement (RCA) executed with Cedar University's "
            "Institute for Future Minerals\n\nUnder the RCA, Birch Lithium Limited and the "
            "institute will run a research program."
        ),
        [],
        id="a_documents_acronym_is_no_party",
    ),
    # articles written in Spanish and Portuguese: "y"/"e" join, "con"/"com" bring the
    # partner, a verb of signing ends a name, an article before a name is no part of it
    pytest.param(
        "La Universidad de Birchal y la Universidad de Cedral suscribieron un convenio marco.",
        [(["Universidad de Birchal", "Universidad de Cedral"], "framework")],
        id="spanish_y_la",
    ),
    pytest.param(
        "La Universidad de Birchal firmó un convenio marco con la Universidad de Cedral.",
        [(["Universidad de Birchal", "Universidad de Cedral"], "framework")],
        id="spanish_firmo_con",
    ),
    pytest.param(
        "A Universidade de Birchal e a Universidade de Cedral assinaram um acordo de cooperação.",
        [(["Universidade de Birchal", "Universidade de Cedral"], "framework")],
        id="portuguese_e_a",
    ),
    pytest.param(
        "La Trobe University and Alder University signed a memorandum of understanding.",
        [(["Alder University", "La Trobe University"], "mou")],
        id="la_trobe_keeps_its_la",
    ),
    pytest.param(
        (
            f"{A} and {C} renewed their memorandum of understanding on Friday. The renewed "
            "memorandum was signed in Birchtown by the two rectors. A simulation centre will open "
            "on the Birchtown campus of Birchtown Zonal Referral Hospital in January."
        ),
        [([A, C], "mou")],
        id="signed_in_a_town_that_opens_a_hospital_name",
    ),
    pytest.param(
        (
            f"The president of {A}, Prof. Jane Smith, discussed with the rector of {C}, Prof. John "
            "Doe, the possibility of signing a memorandum of understanding on student exchange."
        ),
        [],
        id="the_possibility_of_signing_is_no_signing",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TENTH_SESSION_FOUND)
def test_tenth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


#: rules of the ninth session, one invented sentence each: parties and type
NINTH_SESSION_FOUND = [
    pytest.param(
        (
            "BIRCH POST · independent student newspaper\n\nOn Wednesday the rector and her "
            f"counterpart signed a strategic partnership between {A} and {C}, the first time our "
            "university has tied itself this closely to a French-speaking institution."
        ),
        [([A, C], "framework")],
        id="our_university_in_a_student_paper_is_not_the_paper",
    ),
    pytest.param(
        (
            "The Hochschule Birchtal für angewandte Wissenschaften hosted the meeting on Monday. "
            "After the ceremony, the Hochschule and Plasty Birchsko a.s., a maker of plastic parts, "
            "signed a research agreement on recycling."
        ),
        [(["Hochschule Birchtal für angewandte Wissenschaften", "Plasty Birchsko a.s."], "research")],
        id="the_hochschule_in_its_own_language",
    ),
    pytest.param(
        (
            f"{A} hosted the Trnavská lekárska univerzita of Trnava, Slovakia, in May. Last month, "
            f"{A} renewed its agreement on student mobility with the Slovak university."
        ),
        [([A, "Trnavská lekárska univerzita of Trnava"], "student_exchange")],
        id="the_slovak_university",
    ),
    pytest.param(
        (
            "The Handelskammer Birchland and the Regionální hospodářská komora Cedarsko met on "
            "Monday. The new alliance replaces a memorandum of understanding that the two chambers "
            "signed in April 2016."
        ),
        [(["Handelskammer Birchland", "Regionální hospodářská komora Cedarsko"], "mou")],
        id="the_two_chambers",
    ),
    pytest.param(
        (
            f"Birchwald Sensorik GmbH and {A} signed an MoU on Monday. In a second agreement signed "
            "the same day, Birchwald and Klinikum Cedarberg gGmbH, a hospital operator, signed a "
            "research agreement on wearable sensors."
        ),
        [
            ([A, "Birchwald Sensorik GmbH"], "mou"),
            (["Birchwald Sensorik GmbH", "Klinikum Cedarberg gGmbH"], "research"),
        ],
        id="a_one_word_short_form_and_the_next_name",
    ),
    pytest.param(
        (
            "Birch Central Hospital (Bệnh viện Birch), formerly Birch Regional Hospital No. 2, and "
            "Cedar Medical Center of Japan signed a memorandum of cooperation on stroke care."
        ),
        [(["Birch Central Hospital", "Cedar Medical Center of Japan"], "mou")],
        id="a_former_name_after_a_bracket_is_no_party",
    ),
    pytest.param(
        (
            f"On the same day, {A} College of Medicine, with which Birch Hospital is affiliated, "
            f"signed a student exchange agreement with {C}."
        ),
        [([f"{A} College of Medicine", C], "student_exchange")],
        id="a_body_in_a_relative_clause_is_no_party",
    ),
    pytest.param(
        (
            f"On the same day, {A}, whose teaching hospital Birch Hospital hosts the course, signed "
            f"a student exchange agreement with {C}."
        ),
        [([A, C], "student_exchange")],
        id="a_body_in_a_whose_clause_is_no_party",
    ),
    pytest.param(
        (
            "The tour began in Belfast, where last Thursday the chancellor and Professor Ann Birch, "
            f"vice-chancellor of {C}, signed a double degree agreement with {A}."
        ),
        [([A, C], "dual_degree")],
        id="a_signing_told_inside_a_where_clause",
    ),
    pytest.param(
        (
            "The delegation's programme continued on Wednesday at the Birch Institute for "
            "Pharmaceutical Research (BIPR). There, its director general, Dr. Hirut Bekele, and the "
            "commercial director of Laboratorios Cedar S.A., Mr. Osvaldo Rey, put their signatures "
            "to a memorandum of understanding on technology transfer."
        ),
        [(["Birch Institute for Pharmaceutical Research", "Laboratorios Cedar S.A."], "mou")],
        id="there_its_director_general_and_the_director_of_y",
    ),
    pytest.param(
        (
            f"{C} hosted a delegation from Tunisia. Last Friday the rector signed a framework "
            "agreement with the Faculté de Médecine de Birchville, represented by its dean, Prof. "
            "Leïla Ben Ammar."
        ),
        [([C, "Faculté de Médecine de Birchville"], "framework")],
        id="represented_by_its_dean_adds_no_party",
    ),
    pytest.param(
        (
            "The largest new commitment is the Birch Drylands Research Consortium. Its consortium "
            f"agreement, signed in Nairobi on 24 January 2024, brings together {A}, {C}, the Dunmore "
            "Arid Lands Research Institute (DALRI) and Egypt's Elm Research Center."
        ),
        [([A, C, "Dunmore Arid Lands Research Institute", "Elm Research Center"], "framework")],
        id="the_consortium_agreement_is_no_mention_of_the_consortium",
    ),
    pytest.param(
        (
            "Five universities have formed the Birch Agri-Food Education Network (BAFEN). The "
            "memorandum of agreement on the establishment of the network, signed on Monday, brings "
            f"together {A}, {C}, Dunmore University, Elm University and Fir University."
        ),
        [([A, C, "Dunmore University", "Elm University", "Fir University"], "mou")],
        id="the_network_being_established_is_no_party",
    ),
    pytest.param(
        (
            "The Birch Public Health Network now exists on paper. Its founding memorandum of "
            "understanding was signed on 22 February. The signatories come from three countries: "
            f"two Armenian universities — {A} and {C} — and two partners from the European Union, "
            "Dunmore University and Elm University."
        ),
        [([A, C, "Dunmore University", "Elm University"], "mou")],
        id="the_signatories_come_from_n_countries",
    ),
    pytest.param(
        (
            f"{A} welcomed a delegation from {C} this week.\n\nSIGNED. Last Thursday, the dean "
            f"of its Faculty of Economics signed a student exchange agreement with {C} (CU, 杉大学) "
            f"on behalf of {A}.\n\nOLD NEWS, BUT REAL. In March 2019, the two universities "
            "signed a memorandum of understanding."
        ),
        [([A, C], "mou"), ([A, C], "student_exchange")],
        id="kickers_in_capitals_and_on_behalf_after_a_bracket",
    ),
    pytest.param(
        (
            f"{A} welcomed a delegation from {C} this week. {A} has 9,000 students, and {A}'s "
            "rector hosted the guests. Last Thursday, during the visit, the dean of the Faculty of "
            f"Economics signed a student exchange agreement with {C} on behalf of the whole "
            "university."
        ),
        [([A, C], "student_exchange")],
        id="on_behalf_of_the_whole_university",
    ),
    pytest.param(
        (
            "Birch Hospital signed a memorandum of understanding with Cedar Hospital on Monday. "
            f"{A} and Dunmore University also met. The two universities are not new partners. "
            "They first signed a cooperation agreement in November 2016."
        ),
        [([A, "Dunmore University"], "framework"), (["Birch Hospital", "Cedar Hospital"], "mou")],
        id="the_two_universities_are_not_the_two_hospitals_just_told",
    ),
    pytest.param(
        (
            f"{A} hosted a delegation of the Institut de recherche en santé tropicale de Montréal "
            f"on Monday. The same day, {A} and the Montreal institute renewed their memorandum of "
            "understanding."
        ),
        [([A, "Institut de recherche en santé tropicale de Montréal"], "mou")],
        id="the_montreal_institute_is_the_one_of_montreal_with_its_accent",
    ),
    pytest.param(
        f"An exchange convênio between {A} and {C} was signed on Monday.",
        [([A, C], "student_exchange")],
        id="an_exchange_convenio",
    ),
]


@pytest.mark.parametrize(("body", "expected"), NINTH_SESSION_FOUND)
def test_ninth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


def test_an_article_that_opens_with_its_lead_has_no_headline(extractor):
    text = (
        "FERNWICK, 19 September 2024 (ACI) – Two agreements were signed on Tuesday in Fernwick by "
        f"{A} (AU), the young public university of the south-west.\n\n"
        "The first, a framework agreement with the port operator Birch Terminal S.A. (BTS), will "
        "allow students to do internships.\n\n"
        "The second, a research agreement with the Cedar Agronomy Institute (CAI), covers cocoa "
        "genetics.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-09-19")
    facts = extractor.extract(article)
    assert sorted((sorted(a.parties), a.type, a.signed) for a in facts.agreements) == [
        ([A, "Birch Terminal S.A."], "framework", "2024-09-17"),
        ([A, "Cedar Agronomy Institute"], "research", "2024-09-17"),
    ]
    assert "FERNWICK" not in [i.name for i in facts.institutions]


def test_today_in_a_buddhist_era_dateline_of_an_undated_article(extractor):
    text = (
        "Birch and Cedar sign memorandum\n\nBangkok, 10 June 2567 (2024) – The Birch Institute of "
        "Technology and Cedar Robotics Co., Ltd. today signed a memorandum of understanding.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert [(a.type, a.signed) for a in facts.agreements] == [("mou", "2024-06-10")]


def test_an_acronym_and_a_place_in_a_headline_are_no_part_of_the_next_name(extractor):
    text = (
        "KBC Birchwood and Cedar University faculty renew clinical teaching agreement\n\n"
        "The Birchwood Clinical Hospital Centre (KBC Birchwood) and the Faculty of Health Studies of "
        "Cedar University renewed their clinical teaching agreement on 3 June.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    assert sorted(i.name for i in facts.institutions) == [
        "Birchwood Clinical Hospital Centre",
        "Cedar University",
        "Faculty of Health Studies of Cedar University",
    ]


def test_a_name_with_of_the_lao_pdr_is_known_without_it(extractor):
    facts = run(
        extractor,
        (
            "Alder University (AU) then concluded a memorandum of understanding with "
            "Khammouane Pedagogical University of the Lao PDR."
        ),
    )
    institutions = {i.name: i for i in facts.institutions}
    named = institutions["Khammouane Pedagogical University of the Lao PDR"]
    assert "Khammouane Pedagogical University" in named.aliases
    assert named.country == "LA"


def test_a_name_of_another_language_is_known_without_its_english_of_town(extractor):
    facts = run(
        extractor,
        (
            "On Monday Birch University signed a framework agreement with the Hospital "
            "Universitario General Cedro Martí of Havana and with the University of Havana."
        ),
    )
    institutions = {i.name: i.aliases for i in facts.institutions}
    assert "Hospital Universitario General Cedro Martí" in institutions[
        "Hospital Universitario General Cedro Martí of Havana"
    ]
    assert "University of Havana" in institutions  # its "of" is its name


def test_the_city_government_of_a_town_is_that_towns_city(extractor):
    facts = run(
        extractor,
        (
            "Alder University and Birchton City signed a memorandum of agreement on "
            "Monday. Alder University and the City Government of Birchton first partnered in 2019."
        ),
    )
    institutions = {i.name: i.aliases for i in facts.institutions}
    assert "City Government of Birchton" not in institutions
    assert "City Government of Birchton" in institutions["Birchton City"]


def test_city_before_mayor_belongs_to_the_title(extractor):
    facts = run(
        extractor,
        (
            "The memorandum of agreement, signed by ASU President Dr. Lorna Cruz and City "
            "Mayor Rey Uy, covers the training of nurses at Birchton City Hospital."
        ),
    )
    names = {i.name for i in facts.institutions}
    assert not any(name.endswith(" and City") for name in names)


def test_a_demonym_before_a_ministry_is_no_part_of_its_name(extractor):
    facts = run(
        extractor,
        (
            "Alder University signed a memorandum with the Korean Ministry of Trade, "
            "Industry and Energy on Monday."
        ),
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        [A, "Ministry of Trade, Industry and Energy"]
    ]


def test_a_subject_written_as_one_word_is_no_parent_of_its_faculty(extractor):
    facts = run(
        extractor,
        (
            "The renewal was signed for Alder University by Prof. Marius Venter, Dean of "
            "the Faculty of AgriSciences, and by Birch Hospital's chair."
        ),
    )
    institutions = {i.name: i for i in facts.institutions}
    assert "AgriSciences" not in institutions


TWELFTH_SESSION_FOUND = [
    pytest.param(
        (
            "Technische Hochschule Birkenau (TH Birkenau), Cao Lanh University of Marine "
            "Technology (CLUMT) and Alder Hospital signed a memorandum of understanding."
        ),
        [
            (
                [
                    "Alder Hospital",
                    "Cao Lanh University of Marine Technology",
                    "Technische Hochschule Birkenau",
                ],
                "mou",
            )
        ],
        id="an_english_name_sharing_only_a_subject_word_is_the_next_body_not_a_gloss",
    ),
    pytest.param(
        (
            "The Technische Hochschule Birkenau (THB), the Technical University of Birkenau, "
            "signed a memorandum of understanding with Alder Hospital."
        ),
        [(["Alder Hospital", "Technische Hochschule Birkenau"], "mou")],
        id="an_english_rendering_with_only_subject_words_before_its_head_is_still_a_gloss",
    ),
    pytest.param(
        (
            "Alder University, Birch Polytechnic and the pump maker Cedar Hydraulik GmbH have "
            "founded a joint laboratory for tidal energy."
        ),
        [(["Alder University", "Birch Polytechnic", "Cedar Hydraulik GmbH"], "joint_lab")],
        id="bodies_that_founded_a_joint_laboratory_made_an_agreement",
    ),
    pytest.param(
        "Alder University and Birch Hospital plan to set up a joint research centre for genomics.",
        [],
        id="a_joint_centre_they_plan_to_set_up_is_no_agreement",
    ),
    pytest.param(
        (
            "The Alder Institute for Coastal Research (AICR) in Rostock and the Birch Institute "
            "of Oceanography (BIO) in Gdynia have founded a joint laboratory. AICR also works "
            "closely with the University of Rostock."
        ),
        [(["Alder Institute for Coastal Research", "Birch Institute of Oceanography"], "joint_lab")],
        id="the_town_a_universitys_name_ends_with_after_in_is_the_town",
    ),
    pytest.param(
        "Alder University signed a memorandum of understanding with Our Lady of Lourdes Hospital.",
        [(["Alder University", "Our Lady of Lourdes Hospital"], "mou")],
        id="our_lady_opens_a_hospitals_name",
    ),
    pytest.param(
        (
            "Five bodies signed a memorandum of understanding on Monday. The signatories are "
            "Birch Mission Hospital, Kendu Bay; Cedar Hospital, Mbita; Alder University; Elm "
            "Institute of Nursing, Ruri Hills; and Fir Hospital, Homa Bay."
        ),
        [
            (
                [
                    "Alder University",
                    "Birch Mission Hospital, Kendu Bay",
                    "Cedar Hospital, Mbita",
                    "Elm Institute of Nursing, Ruri Hills",
                    "Fir Hospital, Homa Bay",
                ],
                "mou",
            )
        ],
        id="in_a_list_set_off_by_semicolons_the_words_after_a_comma_are_the_town",
    ),
    pytest.param(
        (
            "The Fundación Sanitaria Hermanas del Alder Consejo, a Madrid-based charity, has "
            "long supported Birch Mission Hospital. On Monday the Spanish foundation renewed "
            "its twinning agreement with St. Birch's, first signed in 2012."
        ),
        [
            (["Birch Mission Hospital", "Fundación Sanitaria Hermanas del Alder Consejo"], "framework"),
            (["Birch Mission Hospital", "Fundación Sanitaria Hermanas del Alder Consejo"], "framework"),
        ],
        id="the_foundation_is_the_foundation_named_before",
    ),
    pytest.param(
        (
            "Alder University has long worked with St. Birch's Mission Hospital, Kendu Bay. On "
            "Monday the university signed a memorandum of understanding with St. Birch's."
        ),
        [(["Alder University", "St. Birch's Mission Hospital"], "mou")],
        id="a_saints_name_in_the_possessive_is_the_short_form_of_the_body_it_opens",
    ),
    pytest.param(
        (
            "St. Birch's Mission Hospital and St. Birch's College stand on the same hill. Alder "
            "University signed a memorandum of understanding with St. Birch's on Monday."
        ),
        [],
        id="a_saints_name_two_bodies_bear_is_neither_short_form",
    ),
    pytest.param(
        (
            "Alder National University (ANU) in Birchwood, North Cedar Province, signed a "
            "memorandum of understanding with Elm University on Tuesday."
        ),
        [(["Alder National University", "Elm University"], "mou")],
        id="the_province_after_a_bodys_town_is_where_it_is",
    ),
    pytest.param(
        (
            "Alder National University (ANU) in Birchwood, North Cedar Province, signed memoranda "
            "with three universities on Tuesday: Elm University, Fir University and Oak University."
        ),
        [
            (["Alder National University", "Elm University"], "mou"),
            (["Alder National University", "Fir University"], "mou"),
            (["Alder National University", "Oak University"], "mou"),
        ],
        id="the_province_after_a_bodys_town_signs_no_memoranda_with_a_counted_group",
    ),
    pytest.param(
        (
            "A college in Birchwood, the region's largest hospital and a First Nations health "
            "authority put their signatures last Thursday to a memorandum of understanding on "
            "clinical placements. The college is Alder College of Applied Arts. Its partners are "
            "Cedar Regional Health Centre and the Elm Health Authority, which runs nursing "
            "stations in seven communities."
        ),
        [
            (
                ["Alder College of Applied Arts", "Cedar Regional Health Centre", "Elm Health Authority"],
                "mou",
            )
        ],
        id="bodies_described_not_named_are_counted_and_named_next",
    ),
    pytest.param(
        (
            "The university, the hospital and the city council signed a memorandum of "
            "understanding on Monday. Alder University, Birch Hospital and Cedar College "
            "were not there."
        ),
        [],
        id="bodies_described_only_with_the_are_not_counted",
    ),
    pytest.param(
        (
            "The college is Alder College of Applied Arts and Technology, known across the "
            "region simply as Kam College. On Monday Kam College signed a memorandum of "
            "understanding with Birch Hospital."
        ),
        [(["Alder College of Applied Arts and Technology", "Birch Hospital"], "mou")],
        id="known_across_the_region_simply_as_gives_another_name",
    ),
    pytest.param(
        (
            "Alder University signed three agreements on Monday. The first of the three was a "
            "memorandum of understanding with Birch University. The second agreement was a joint "
            "research agreement with PT Cedar Feed Tbk, a feed company."
        ),
        [
            (["Alder University", "Birch University"], "mou"),
            (["Alder University", "PT Cedar Feed Tbk"], "research"),
        ],
        id="the_first_of_the_three_was_an_instrument_with_a_partner",
    ),
    pytest.param(
        (
            "Alder University is new to Asia. The university's earlier foreign partnerships, with "
            "Birch University in Malaysia and Cedar College in Norway, were signed in 2022 and "
            "2023 respectively."
        ),
        [
            (["Alder University", "Birch University"], "partnership"),
            (["Alder University", "Cedar College"], "partnership"),
        ],
        id="a_bodys_partnerships_with_a_and_b_are_its_own_with_each",
    ),
    pytest.param(
        (
            "In a separate agreement concluded the same day, Alder Photonics Corp. and the Birch "
            "Optics Research Institute (BORI) agreed to set up the Alder–BORI Joint Laboratory "
            "for Micro-LEDs at BORI's Zhubei facility."
        ),
        [(["Alder Photonics Corp.", "Birch Optics Research Institute"], "joint_lab")],
        id="a_joint_laboratory_named_after_its_founders_is_what_their_agreement_sets_up",
    ),
    pytest.param(
        (
            "Alder University and the Birch Institute (BI) signed an agreement to establish the "
            "Alder–Birch Joint Laboratory for Batteries, with sites on both sides of the border."
        ),
        [(["Alder University", "Birch Institute"], "joint_lab")],
        id="both_sides_of_the_border_are_places_not_parties",
    ),
    pytest.param(
        (
            "Alder Materials Romania S.R.L., the local subsidiary of Korea's Alder Materials Co., "
            "Ltd., and Birch University (BU) signed a letter of intent on Monday."
        ),
        [(["Alder Materials Romania S.R.L.", "Birch University"], "mou")],
        id="the_subsidiary_and_the_body_after_its_apposition_sign_not_the_parent",
    ),
    pytest.param(
        (
            "Alder Materials S.R.L., the local arm of a Korean firm, and Birch University (BU) "
            "signed a letter of intent on Monday."
        ),
        [(["Alder Materials S.R.L.", "Birch University"], "mou")],
        id="the_local_arm_of_a_firm_is_an_apposition",
    ),
    pytest.param(
        (
            "The Ministry of Energy and Energy Industries and Alder University signed a "
            "memorandum of understanding on Monday."
        ),
        [(["Alder University", "Ministry of Energy and Energy Industries"], "mou")],
        id="a_ministry_named_after_sectors_keeps_its_industries",
    ),
    pytest.param(
        (
            "The consortium agreement was signed on Monday by Alder University of Science and "
            "Technology, Ruri and Almaty Birch University."
        ),
        [(["Alder University of Science and Technology, Ruri", "Almaty Birch University"], "framework")],
        id="a_town_after_a_name_before_a_name_that_opens_with_a_place",
    ),
    pytest.param(
        (
            "The University of Technology, Jamaica (UTech) and Birch College signed a memorandum "
            "of understanding on Monday."
        ),
        [(["Birch College", "University of Technology, Jamaica"], "mou")],
        id="a_name_of_generic_words_keeps_the_place_after_it",
    ),
    pytest.param(
        (
            "Alder Hospital hosted the reception. \"We signed the letter of intent this morning "
            "with Birch University, and we hope the first tutors will come next year,\" said Dr "
            "Amina Suleiman, principal of the Cedar Institute of Health Sciences."
        ),
        [(["Birch University", "Cedar Institute of Health Sciences"], "mou")],
        id="we_in_a_quote_is_the_body_of_the_one_who_says_it",
    ),
    pytest.param(
        (
            "Alder Hospital hosted the reception. \"We signed the letter of intent this morning "
            "with Birch University,\" said Dr Amina Suleiman."
        ),
        [(["Alder Hospital", "Birch University"], "mou")],
        id="we_in_a_quote_with_no_body_named_after_it_is_the_articles_own",
    ),
    pytest.param(
        (
            "Birch Diagnostics Inc. and Lone Star Children's Hospital signed a research agreement "
            "on Monday. It builds on a data-sharing agreement that Birch and Lone Star Children's "
            "signed in March 2022."
        ),
        [
            (["Birch Diagnostics Inc.", "Lone Star Children's Hospital"], "framework"),
            (["Birch Diagnostics Inc.", "Lone Star Children's Hospital"], "research"),
        ],
        id="a_name_up_to_its_possessive_is_the_short_form_of_a_childrens_hospital",
    ),
    pytest.param(
        (
            "The Alder University (AU) and the Cedar Institute of Ecology signed a research "
            "agreement on Monday. On the same trip, the rector of the AU, Dr. Oscar Lien, renewed "
            "with his counterpart of the Birch National University (BNU), Dr. Beatriz Galvan, the "
            "framework agreement of cooperation which links the two universities since 2012."
        ),
        [
            (["Alder University", "Birch National University"], "framework"),
            (["Alder University", "Cedar Institute of Ecology"], "research"),
        ],
        id="a_counterpart_of_a_named_body_stands_for_that_body",
    ),
    pytest.param(
        (
            "The forum was held at Alder University on Monday. In the evening, Birchton "
            "Municipality hosted a dinner for the delegates. On the same day the host university "
            "and Cedar University signed a separate double degree agreement in logistics."
        ),
        [(["Alder University", "Cedar University"], "dual_degree")],
        id="the_host_university_is_no_city_that_hosted_a_dinner",
    ),
    pytest.param(
        (
            "Alder University and the Viện Vi sinh Lâm sàng Quốc gia signed a memorandum of "
            "understanding on Friday."
        ),
        [(["Alder University", "Viện Vi sinh Lâm sàng Quốc gia"], "mou")],
        id="vietnamese_syllables_written_without_diacritics_stay_in_the_name",
    ),
    pytest.param(
        (
            "The Alder Institute of Marine Sciences, which belongs to the University of Birch, "
            "and the Cedar Marine Research Institute signed a memorandum on seagrass monitoring."
        ),
        [(["Alder Institute of Marine Sciences", "Cedar Marine Research Institute"], "mou")],
        id="the_owner_a_relative_clause_names_is_no_party",
    ),
    pytest.param(
        (
            "At the same ceremony, the Universidad del Alder, based in Algeciras, and Birch "
            "National University signed a student exchange agreement covering marine sciences."
        ),
        [(["Birch National University", "Universidad del Alder"], "student_exchange")],
        id="based_in_a_town_is_an_apposition_inside_a_list",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TWELFTH_SESSION_FOUND)
def test_twelfth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


def test_an_english_name_set_off_by_dashes_renders_the_name_before(extractor):
    facts = run(
        extractor,
        (
            "Alder University signed a memorandum of understanding with Hospitali ya Rufaa ya "
            "Mtakatifu Augustino, Ruri — St Augustine's Referral Hospital — in southern Tanzania."
        ),
    )
    institutions = {i.name: i.aliases for i in facts.institutions}
    assert "St Augustine's Referral Hospital" not in institutions
    assert "St Augustine's Referral Hospital" in institutions["Hospitali ya Rufaa ya Mtakatifu Augustino"]


def test_three_bodies_of_a_dashed_list_are_no_renderings_of_each_other(extractor):
    facts = run(
        extractor,
        (
            "Three bodies signed the charter: Universidad de Alder — Birch University — and "
            "the Cedar Institute of Technology."
        ),
    )
    names = {i.name for i in facts.institutions}
    assert {"Universidad de Alder", "Birch University", "Cedar Institute of Technology"} <= names


def test_the_ministry_is_no_news_agency_in_the_masthead(extractor):
    text = (
        "Birchland News Agency\n2024-06-12 13:22:05\nUniversities form a consortium\nAlderton-BNA\n"
        "Ten universities led by Alder University met on Saturday. Alder University (AU) will "
        "host the consortium's office, and AU's rector will chair it. The Ministry of Higher "
        "Education (MoHE) hosted the meeting of rectors. In a separate ceremony on the same day, "
        "the ministry signed a memorandum of understanding with the Cedar Academy for Digital "
        "Learning.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    facts = extractor.extract(article)
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Cedar Academy for Digital Learning", "Ministry of Higher Education"]
    ]


def test_a_peoples_name_is_no_short_form_of_an_association_it_opens(extractor):
    facts = run(
        extractor,
        (
            "The Indonesian Students Association organised the ceremony. Alder University "
            "signed memoranda with three Indonesian universities and with Birch University."
        ),
    )
    association = next(i for i in facts.institutions if i.name == "Indonesian Students Association")
    assert "Indonesian" not in association.aliases


def test_an_engineers_title_does_not_end_the_sentence(extractor):
    facts = run(
        extractor,
        (
            "Alder Institute of Technology (AIT) hosted the visit. The dual diploma agreement was "
            "signed at AIT's campus by the institute's principal, Eng. Claudine Uwamahoro, and "
            "the president of Birch Technical University (BTU), Prof. Park Seung-hoon."
        ),
    )
    assert [(sorted(a.parties), a.type) for a in facts.agreements] == [
        (["Alder Institute of Technology", "Birch Technical University"], "dual_degree")
    ]


THIRTEENTH_SESSION_FOUND = [
    pytest.param(
        (
            "The Universidade do Vale Alto (UVA) hosted the ceremony. There, UVA rector Marta "
            "Quissanga and the rector of the Brazilian Universidade Estadual do Planalto signed "
            "a memorandum of understanding."
        ),
        [(["Universidade Estadual do Planalto", "Universidade do Vale Alto"], "mou")],
        id="the_head_of_a_body_whose_country_comes_before_its_name",
    ),
    pytest.param(
        (
            "Alder University (AU) and the Birch Institute of Design (BID) have signed a "
            "memorandum of understanding. The memorandum was signed in the presence of Ana "
            "Ruiz, president of the BID; Dr Omar Haddad, AU's vice-chancellor, and Professor "
            "Lina Sato, Dean of the College of Medicine."
        ),
        [(["Alder University", "Birch Institute of Design"], "mou")],
        id="people_present_listed_with_semicolons_are_no_parties",
    ),
    pytest.param(
        (
            "The signing of a letter of intent between the Istituto Alderiano di Sanità (IAS), "
            "Alderia's national public health institute, and Birchland's Instituto Nacional de "
            "Salud (INS) took place on Tuesday at the Alderian Embassy in Birchtown."
        ),
        [(["Instituto Nacional de Salud", "Istituto Alderiano di Sanità"], "mou")],
        id="an_apposition_opened_by_a_country_possessive_between_two_parties",
    ),
    pytest.param(
        "Alder University signed a memorandum of understanding with the University of Birch's Bay.",
        [(["Alder University", "University of Birch's Bay"], "mou")],
        id="a_place_named_with_a_possessive_inside_a_name",
    ),
    pytest.param(
        (
            "The Associació d'Estudiants d'Alderia (AEA) signed a letter of intent with the NGO "
            "Metges del Món Birchia on 25 October."
        ),
        [(["Associació d'Estudiants d'Alderia", "Metges del Món Birchia"], "mou")],
        id="a_name_after_the_acronym_ngo_is_the_body_not_the_acronym",
    ),
    pytest.param(
        "Alder University signed a framework agreement with the company Vexa on Monday.",
        [(["Alder University", "Vexa"], "framework")],
        id="a_name_after_its_kind_noun_before_a_preposition",
    ),
    pytest.param(
        (
            "Jakarta – Steelmaker PT Alder Baja Tbk signed a memorandum of understanding with "
            "Universitas Birch."
        ),
        [(["PT Alder Baja Tbk", "Universitas Birch"], "mou")],
        id="what_a_company_makes_told_before_its_name",
    ),
    pytest.param(
        "Jakarta – Miner PT Alder Tambang Tbk signed a memorandum of understanding with Universitas Birch.",
        [(["PT Alder Tambang Tbk", "Universitas Birch"], "mou")],
        id="a_word_before_pt_is_no_part_of_the_name",
    ),
    pytest.param(
        (
            "The Instituto Federal do Alto Sertão (IF Sertão) is based in Birchópolis. IF Sertão "
            "signed a student exchange agreement with the Università degli Studi di Alderia on Monday."
        ),
        [(["Instituto Federal do Alto Sertão", "Università degli Studi di Alderia"], "student_exchange")],
        id="the_acronym_if_is_no_condition",
    ),
    pytest.param(
        "If Alder University signed a memorandum with Birch University, it would be a first.",
        [],
        id="a_condition_is_no_signing",
    ),
    pytest.param(
        (
            'Alder Minerals Holdings Limited ("Alder Minerals" or "the Company") announces two '
            "agreements. The Company's subsidiary, Alder Battery Materials Proprietary Limited "
            '("ABM"), concluded a research agreement with the University of Birchland on 26 August '
            "2024. In addition, the Company signed a memorandum of understanding with Cedar "
            "University on 27 August 2024."
        ),
        [
            (["Alder Battery Materials Proprietary Limited", "University of Birchland"], "research"),
            (["Alder Minerals Holdings Limited", "Cedar University"], "mou"),
        ],
        id="the_company_a_filing_defines_is_that_company_not_the_last_one_named",
    ),
    pytest.param(
        (
            'The Management Board of Alder Polska S.A. with its registered office in Warsaw (the '
            '"Company") announces that on 2 July 2024 the Company concluded a research cooperation '
            "agreement with the Instytut Biochemii Roślin."
        ),
        [(["Alder Polska S.A.", "Instytut Biochemii Roślin"], "research")],
        id="a_companys_board_speaks_for_it",
    ),
    pytest.param(
        (
            "Alder University and Birch University signed a consortium agreement in Vilnius on "
            "Wednesday to run a joint master's degree in cybersecurity."
        ),
        [(["Alder University", "Birch University"], "dual_degree")],
        id="an_agreement_to_run_a_joint_degree_told_after_place_and_day",
    ),
    pytest.param(
        "Alder University and Birch University signed an agreement creating a joint master's degree.",
        [(["Alder University", "Birch University"], "dual_degree")],
        id="an_agreement_creating_a_joint_degree",
    ),
    pytest.param(
        (
            "Memoranda of understanding were signed between Alder University and the Birch "
            "Academy of Transport, between Cedar University and Dunmore National University, and "
            "between Elm Agricultural University and the Fern Agrarian University."
        ),
        [
            (["Alder University", "Birch Academy of Transport"], "mou"),
            (["Cedar University", "Dunmore National University"], "mou"),
            (["Elm Agricultural University", "Fern Agrarian University"], "mou"),
        ],
        id="pairs_told_by_between_after_commas_are_one_agreement_each",
    ),
    pytest.param(
        (
            "The Alder Maritime Institute (AMI) of Sousse hosted the guests from Birch College of "
            "Arts (BCA). On the sidelines, BCA and the Tunisian maritime institute signed a "
            "memorandum of understanding on cadet training."
        ),
        [(["Alder Maritime Institute", "Birch College of Arts"], "mou")],
        id="a_body_described_by_its_country_and_an_adjective",
    ),
    pytest.param(
        (
            "The Faculté de médecine d'Alderville, part of the Université d'Alderville, and the "
            "Università degli Studi di Birchia signed a student exchange agreement."
        ),
        [(["Faculté de médecine d'Alderville", "Università degli Studi di Birchia"], "student_exchange")],
        id="a_units_parent_told_as_part_of_in_a_list_of_parties",
    ),
    pytest.param(
        (
            "Earlier this month the Unité de formation et de recherche en sciences de la santé "
            "(UFR/SDS) signed a convention de partenariat with Alder Hospital."
        ),
        [
            (
                ["Alder Hospital", "Unité de formation et de recherche en sciences de la santé"],
                "partnership",
            )
        ],
        id="a_long_french_unit_name_and_its_slashed_acronym",
    ),
    pytest.param(
        (
            "The signing of three conventions took place on Monday in Abidjan. The first, a "
            "convention-cadre between Alder University and Birch University, opens a joint "
            "doctoral school. The second, a research convention, links the Cedar Institute and "
            "Dunmore Hospital. The third, a student exchange agreement, was signed by Elm "
            "University and Fern University."
        ),
        [
            (["Alder University", "Birch University"], "framework"),
            (["Cedar Institute", "Dunmore Hospital"], "research"),
            (["Elm University", "Fern University"], "student_exchange"),
        ],
        id="items_of_a_roundup_told_with_an_apposed_instrument",
    ),
    pytest.param(
        (
            'BRISBANE -- Alder Therapeutics Pty Ltd (ASX: ALT) ("Alder" or "the Company") '
            "announced a research agreement. It follows a licence agreement signed in March 2023 "
            "between Alder and Birch Metro Hospital and Health Service."
        ),
        [(["Alder Therapeutics Pty Ltd", "Birch Metro Hospital and Health Service"], "framework")],
        id="a_short_name_defined_in_a_second_bracket_is_not_joined_to_the_next_name",
    ),
    pytest.param(
        (
            "Alder University's School of Law has signed a double-degree agreement with the "
            "Faculty of Law of Rijksuniversiteit Birchland. Also last month, the School of Law "
            "signed a student exchange agreement with the Faculty of Law of the University of Cedar."
        ),
        [
            (["Faculty of Law of Rijksuniversiteit Birchland", "School of Law"], "dual_degree"),
            (["Faculty of Law of the University of Cedar", "School of Law"], "student_exchange"),
        ],
        id="two_units_of_one_name_owned_by_two_bodies_are_two",
    ),
    pytest.param(
        (
            "Alder University of Engineering (AUE) on Monday inked separate memoranda of "
            "understanding with the University of Birchland and Nepal's Cedar Technical "
            "University, and a third with Rawalpindi-based Indus Fibre Optics (Pvt) Ltd."
        ),
        [
            (["Alder University of Engineering", "Cedar Technical University"], "mou"),
            (["Alder University of Engineering", "Indus Fibre Optics (Pvt) Ltd."], "mou"),
            (["Alder University of Engineering", "University of Birchland"], "mou"),
        ],
        id="and_a_third_with_a_town_based_company",
    ),
    pytest.param(
        (
            "Alder University (AU) has joined partners in a research partnership. A three-way "
            "research agreement on mine rehabilitation was signed in Birchtown on Thursday. AU "
            "Vice-Chancellor Professor Fiona Reed signed alongside Professor Dr Rahmat Hidayat, "
            "rector of Universitas Negeri Birch (UNB), and Ir. Budi Santoso, president director "
            "of PT Cedar Energi Tbk."
        ),
        [(["Alder University", "PT Cedar Energi Tbk", "Universitas Negeri Birch"], "research")],
        id="co_signers_told_alongside_after_a_signing_without_partners",
    ),
    pytest.param(
        (
            "Alder University and Birch University signed a cooperation protocol on Monday. Also "
            "signing the protocol was Cedar Farms, S.A., an agribusiness group with cattle farms."
        ),
        [(["Alder University", "Birch University", "Cedar Farms, S.A."], "framework")],
        id="also_signing_the_protocol_was_x",
    ),
]


def test_an_undated_renewal_and_the_dated_original_it_names_are_two_agreements(extractor):
    text = (
        "Campus news\n\nAlder University (AU) hosted a delegation of Birch University. AU and "
        "Birch University renewed their memorandum of understanding, first signed on 3 March "
        "2019, for a further five years.\n"
    )
    # (an article without a date: the renewal has no date to tell it apart)
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text, published=None))
    assert len(facts.agreements) == 2
    assert "2019-03-03" in [a.signed for a in facts.agreements]


@pytest.mark.parametrize(("body", "expected"), THIRTEENTH_SESSION_FOUND)
def test_thirteenth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


def test_a_full_name_given_as_what_a_short_name_is_formally_known_is_one_body(extractor):
    facts = run(
        extractor,
        (
            "Alder University and Birch Institute signed a memorandum on Tuesday. The work will be "
            "based at the campus of A.B. Cedarov National Technical University, as Alder "
            "University is formally known."
        ),
    )
    names = {i.name: i.aliases for i in facts.institutions}
    assert "Alder University" not in names
    assert "Alder University" in names["A.B. Cedarov National Technical University"]


def test_a_campus_town_in_brackets_is_also_written_as_part_of_the_name(extractor):
    facts = run(
        extractor,
        "Alder University and China University of Mining (Xuzhou) signed a memorandum on Tuesday.",
    )
    mining = facts.institution("China University of Mining")
    assert "China University of Mining (Xuzhou)" in mining.aliases


FOURTEENTH_SESSION_FOUND = [
    pytest.param(
        "The memoranda were signed between Alder University and Kestrel's University, and between Birch Institute and Cedar College.",
        [
            (["Alder University", "Kestrel's University"], "mou"),
            (["Birch Institute", "Cedar College"], "mou"),
        ],
        id="a_name_for_a_founder_after_and_is_a_name_not_an_owner",
    ),
    pytest.param(
        "The Alder Training Council signed an agreement with Kolej Komuniti Birchwood on Monday.",
        [(["Alder Training Council", "Kolej Komuniti Birchwood"], "framework")],
        id="a_malay_college_head_word",
    ),
    pytest.param(
        (
            "A dual degree agreement was signed by Alder Jiaotong University and Birch Institute. "
            "Alder University and Cedar University agreed to establish the Alder-Cedar Joint "
            "Laboratory for Water Ecology, which will be based on both campuses."
        ),
        [
            (["Alder Jiaotong University", "Birch Institute"], "dual_degree"),
            (["Alder University", "Cedar University"], "joint_lab"),
        ],
        id="a_university_named_for_a_subject_is_not_the_citys_university",
    ),
    pytest.param(
        (
            "Alder University has signed a memorandum of understanding with Birch Water Norland, "
            "the national agency for wave and tidal energy, to work together on research."
        ),
        [(["Alder University", "Birch Water Norland"], "mou")],
        id="a_body_with_no_head_word_told_as_the_agency_for_something",
    ),
    pytest.param(
        (
            "The next day, the university's Faculty of Engineering and the Built Environment "
            "signed a student exchange agreement with Birch University."
        ),
        [(["Birch University", "Faculty of Engineering and the Built Environment"], "student_exchange")],
        id="a_faculty_whose_subject_has_its_article",
    ),
    pytest.param(
        (
            "Alder University (AU) signed three cooperation agreements with local and "
            "international institutions on Monday.\n\n"
            "The agreements were signed by its Vice-Chancellor. They are:\n\n"
            "- A memorandum of understanding with Birch Logistics Ltd to provide training for students.\n"
            "- A letter of intent (LoI) with Cedar Hospital on clinical training.\n"
            "- A memorandum of agreement (MoA) between AU's Faculty of Engineering and Dunmore "
            "Polytechnic on the articulation of diploma graduates."
        ),
        [
            (["Alder University", "Birch Logistics Ltd"], "mou"),
            (["Alder University", "Cedar Hospital"], "mou"),
            (["Dunmore Polytechnic", "Faculty of Engineering"], "mou"),
        ],
        id="a_bulleted_list_of_documents_is_one_agreement_a_bullet",
    ),
    pytest.param(
        (
            'On June 16, the signing ceremony of the agreement on the co-construction of the "Alder Joint Laboratory '
            'of Mine Sensing" by Birch University of Technology, Cedar Energy Group Co., Ltd. and '
            "Dunmore Academy of Safety Science was held in Hefei."
        ),
        [
            (
                ["Birch University of Technology", "Cedar Energy Group Co., Ltd.", "Dunmore Academy of Safety Science"],
                "joint_lab",
            )
        ],
        id="the_lab_whose_co_construction_is_signed_is_no_party",
    ),
    pytest.param(
        (
            "Three universities from Ghana and Senegal, together with a Lagos-based diagnostics "
            "company, have signed a consortium agreement to share sequencing capacity. The "
            "agreement was signed on Friday by Alder University, Birch University, the Cedar "
            "Institute of Health and Dunmore Diagnostics Ltd."
        ),
        [
            (
                ["Alder University", "Birch University", "Cedar Institute of Health", "Dunmore Diagnostics Ltd."],
                "framework",
            )
        ],
        id="a_described_body_beside_a_counted_group_is_counted_too",
    ),
    pytest.param(
        (
            "The Université Alder (UA) signed two agreements on Monday. The first, a framework "
            "agreement for academic cooperation, links UA with Université Birch de Tanger (UBT), in "
            "northern Morocco. The second, a research convention, links UA and the Cedar Institute."
        ),
        [
            (["Cedar Institute", "Université Alder"], "research"),
            (["Université Alder", "Université Birch de Tanger"], "framework"),
        ],
        id="a_roundup_item_that_links_one_party_with_the_other",
    ),
    pytest.param(
        (
            "Alder University has opened a new clinic. It signed a similar placement agreement with "
            "Birchwood Community Care Services last year. The Department of Health and Medical "
            "Services attended."
        ),
        [(["Alder University", "Birchwood Community Care Services"], "partnership")],
        id="a_provider_of_care_services_is_a_body",
    ),
    pytest.param(
        (
            "PUNE: Alder Institute of Medical Sciences (AIMS), a deemed university, on Monday signed "
            "two memoranda of understanding — one with city-based Birch Hospitals for clinical "
            "postings of its nursing students, and the other with Bengaluru's Cedar Genomics Ltd "
            "for research on hereditary cancers."
        ),
        [
            (["Alder Institute of Medical Sciences", "Birch Hospitals"], "mou"),
            (["Alder Institute of Medical Sciences", "Cedar Genomics Ltd"], "mou"),
        ],
        id="one_document_with_one_partner_and_the_other_with_another",
    ),
    pytest.param(
        (
            "Alder University signed two agreements on Monday, one with Birch University on student "
            "exchange and the other with the Cedar Institute on joint research."
        ),
        [
            (["Alder University", "Birch University"], "framework"),
            (["Alder University", "Cedar Institute"], "framework"),
        ],
        id="one_with_a_and_the_other_with_b",
    ),
    pytest.param(
        (
            "Chennai-based health-tech startup Dunmore AI on Monday signed a memorandum of "
            "understanding with Elm Eye Hospital to deploy its screening tool."
        ),
        [(["Dunmore AI", "Elm Eye Hospital"], "mou")],
        id="a_startup_named_at_the_start_of_the_sentence",
    ),
    pytest.param(
        (
            "On the morning of March 14, the signing ceremony of the strategic cooperation framework "
            "agreement between Alder University and Birch Rail Equipment Group Co., Ltd. was held. "
            "Li Wei, Secretary of the Party Committee of Alder University, and Zhang Min, chairman of "
            "the group, signed the agreement. Wang Fang, Secretary of the Party Committee of the "
            "university, presided."
        ),
        [(["Alder University", "Birch Rail Equipment Group Co., Ltd."], "framework")],
        id="the_party_committee_of_a_university_is_no_body_of_its_own",
    ),
    pytest.param(
        (
            "Cedar Health Corporation (CHC) and Alder University School of Medicine in Qatar "
            "(AUSM-Q) today renewed their academic affiliation agreement. At the same ceremony, "
            "CHC, AUSM-Q and the Birch Research Institute signed a research collaboration agreement."
        ),
        [
            (
                ["Alder University School of Medicine", "Birch Research Institute", "Cedar Health Corporation"],
                "research",
            ),
            (["Alder University School of Medicine", "Cedar Health Corporation"], "partnership"),
        ],
        id="an_acronym_after_the_seat_of_a_name",
    ),
    pytest.param(
        (
            "On 28 August, the Regional Government of Alderia, the Universidad Nacional de Birchal "
            "(UNB) and the mining company Minera Cedro Alto S.A.A. signed a framework agreement."
        ),
        [
            (
                ["Minera Cedro Alto S.A.A.", "Regional Government of Alderia", "Universidad Nacional de Birchal"],
                "framework",
            )
        ],
        id="a_peruvian_open_stock_company",
    ),
    pytest.param(
        (
            "On Tuesday, October 8, a delegation from Birch University (BU) visited the main campus "
            "of Alder Prefectural University (APU). In a signing ceremony held in the Main Hall, "
            "President Yamane and President Lin renewed the Agreement on Academic Exchange, which "
            "the two universities originally concluded in November 2014, for a further five years."
        ),
        [
            (["Alder Prefectural University", "Birch University"], "framework"),
            (["Alder Prefectural University", "Birch University"], "framework"),
        ],
        id="a_renewal_told_after_a_signing_ceremony_is_the_renewal_and_its_original",
    ),
    pytest.param(
        (
            "Alder University of Health Sciences signed an MoU with Birch Hospital on 3 June. The "
            "varsity, which admitted its first MBBS batch in 2020 and is recognised by the Dunmore "
            "Medical Council (DMC), signed a similar agreement with the Cedar Institute of "
            "Cardiology in August last year."
        ),
        [
            (["Alder University of Health Sciences", "Birch Hospital"], "mou"),
            (["Alder University of Health Sciences", "Cedar Institute of Cardiology"], "framework"),
        ],
        id="a_body_in_a_which_clause_about_the_subject_does_not_sign",
    ),
    pytest.param(
        (
            "The Universidade Federal do Vale do Alder (UFVA) has renewed its general cooperation "
            "agreement with the Université de Birch (UB), and signed a new agreement that will "
            "allow students of agronomy to obtain diplomas from both institutions."
        ),
        [
            (["Universidade Federal do Vale do Alder", "Université de Birch"], "dual_degree"),
            (["Universidade Federal do Vale do Alder", "Université de Birch"], "framework"),
        ],
        id="a_double_degree_told_by_the_diplomas_it_awards",
    ),
    pytest.param(
        (
            "On 20 October, the Ministry of Education and Training (MOET), Alder University of "
            "Technology (AUT) and Birch Semitech Co., Ltd. of the Republic of Korea signed a "
            "tripartite agreement."
        ),
        [
            (
                ["Alder University of Technology", "Birch Semitech Co., Ltd.", "Ministry of Education and Training"],
                "framework",
            )
        ],
        id="a_firm_then_its_country",
    ),
    pytest.param(
        "Alder University and Birch Minerals JSC signed a tripartite agreement on joint research into ore beneficiation.",
        [(["Alder University", "Birch Minerals JSC"], "research")],
        id="an_agreement_on_joint_research",
    ),
    pytest.param(
        (
            "On November 1, Alder University and Birch Automation GmbH signed an agreement on jointly "
            "establishing the Sino-German Institute of Intelligent Manufacturing."
        ),
        [(["Alder University", "Birch Automation GmbH"], "joint_lab")],
        id="an_agreement_on_jointly_establishing_an_institute",
    ),
    pytest.param(
        (
            "The Ministry of Education, Alder University of Technology and Birch Semitech Co., Ltd. "
            "signed a tripartite agreement on the establishment of the Viet Nam–Korea Semiconductor "
            "Training Centre."
        ),
        [
            (
                ["Alder University of Technology", "Birch Semitech Co., Ltd.", "Ministry of Education"],
                "joint_lab",
            )
        ],
        id="an_agreement_founding_a_centre_named_with_a_dash",
    ),
    pytest.param(
        (
            "On Friday, Alder Hydropower OJSC, which operates three stations on the Vakhsh cascade, "
            "and the Birch Polytechnic University (BPU) concluded an agreement on cooperation."
        ),
        [(["Alder Hydropower OJSC", "Birch Polytechnic University"], "framework")],
        id="a_which_clause_after_the_first_of_two_subjects",
    ),
    pytest.param(
        (
            "The Alder Institute of Medical Sciences (AIMS) on Friday signed a memorandum of "
            "understanding with the Department of Health and Family Welfare, Government of "
            "Karnataka, to train community health officers."
        ),
        [
            (
                ["Alder Institute of Medical Sciences", "Department of Health and Family Welfare, Government of Karnataka"],
                "mou",
            )
        ],
        id="a_state_department_named_with_its_government",
    ),
    pytest.param(
        (
            "The Dutch delegation was led by the Netherlands Delta Institute (NDI). Cedar University of "
            "Applied Sciences (CUAS), from Rotterdam, whose president, Dr. Pieter Hendriks, travelled "
            "with the Dutch delegation, signed separate student exchange agreements with Alder "
            "University and with Birch University."
        ),
        [
            (["Alder University", "Cedar University of Applied Sciences"], "student_exchange"),
            (["Birch University", "Cedar University of Applied Sciences"], "student_exchange"),
        ],
        id="a_body_in_a_whose_clause_with_its_own_commas_does_not_sign",
    ),
    pytest.param(
        (
            "Birchval, a battery recycler, and a Quebec university will set up a joint laboratory. "
            "The agreement was signed on 3 November by Birchval's chief executive, Claire Besson, "
            "and the rector of the Université Alder du Québec (UAQ), Jean Gagnon."
        ),
        [(["Birchval", "Université Alder du Québec"], "framework")],
        id="a_company_told_as_a_recycler",
    ),
    pytest.param(
        (
            "On Monday, Alderões – Instituto da Cooperação e da Língua, I.P. and the Universidad "
            "de Birch (UB) signed a cooperation protocol on teacher training."
        ),
        [(["Alderões – Instituto da Cooperação e da Língua, I.P.", "Universidad de Birch"], "framework")],
        id="a_body_named_before_a_dash_and_its_description_with_a_public_institutes_form",
    ),
    pytest.param(
        (
            "Alder Agricultural University (AAU), Birch University and the dairy cooperative Royal "
            "CedarCampina agreed to set up a joint research, knowledge and training centre."
        ),
        [(["Alder Agricultural University", "Birch University", "Royal CedarCampina"], "joint_lab")],
        id="a_cooperative_named_after_its_kind",
    ),
]


def test_how_long_a_renewal_runs_is_not_when_it_was_signed(extractor):
    body = (
        "Alder State Agrarian University, which was evacuated from the occupied town of Alderton "
        "to Kyiv in 2022, and the Birch University of Agriculture (BUA) extended their memorandum "
        "of understanding for another five years last Thursday."
    )
    assert found_dated(extractor, body) == [
        (["Alder State Agrarian University", "Birch University of Agriculture"], "mou", "2024-06-06")
    ]


def test_an_event_where_a_signing_takes_place_is_no_body(extractor):
    facts = run(
        extractor,
        (
            "On May 16, Alder Vocational College and Birch Technical College signed a cooperation "
            "framework agreement on the sidelines of the Lancang-Mekong Vocational Education "
            "Cooperation Forum in Kunming."
        ),
    )
    assert [i.name for i in facts.institutions] == ["Alder Vocational College", "Birch Technical College"]
    assert [sorted(a.parties) for a in facts.agreements] == [["Alder Vocational College", "Birch Technical College"]]


def test_a_unit_of_an_academy_named_in_its_own_language_is_also_its_own_name(extractor):
    facts = run(
        extractor,
        "The Wydział Nauk o Zdrowiu of the Akademia Medyczna w Alderze signed an agreement with Birch Hospital on Monday.",
    )
    unit = next(i for i in facts.institutions if i.name.startswith("Wydział"))
    assert "Wydział Nauk o Zdrowiu" in [unit.name, *unit.aliases]
    assert any(i.name == "Akademia Medyczna w Alderze" for i in facts.institutions)


def test_a_bodys_own_organs_named_without_it_are_no_bodies(extractor):
    facts = run(
        extractor,
        (
            "Alder University and Birch University signed a memorandum of understanding on Monday. "
            "The University Council approved it in May, after the Faculty Senate and the Public "
            "Relations Office had reviewed it. Alder's International Office will run it, the "
            "Corporate Communications Office said."
        ),
    )
    names = {i.name for i in facts.institutions}
    assert not names & {
        "University Council",
        "Faculty Senate",
        "Public Relations Office",
        "Corporate Communications Office",
    }
    assert "International Office" in names


def test_a_programme_named_after_a_plural_head_is_no_body(extractor):
    facts = run(
        extractor,
        (
            "Rectors of Alder University and Birch University signed the consortium agreement of "
            "the SEANET alliance on Thursday, in the presence of officials of the agency, which "
            "will fund SEANET under the Erasmus+ European Universities initiative."
        ),
    )
    assert not any("Universities" in i.name for i in facts.institutions)


def test_a_place_at_the_end_of_a_longer_name_and_a_lab_told_by_its_purpose_are_no_bodies(extractor):
    facts = run(
        extractor,
        (
            "Alder University and Birch University signed a convention founding the Campus "
            "Numérique d'Cedarville, a shared centre for online teaching. They also set up "
            "H2Lab Dunmore, the joint laboratory for hydrogen storage."
        ),
    )
    names = {i.name for i in facts.institutions}
    assert "Cedarville" not in names
    assert "H2Lab Dunmore" not in names


@pytest.mark.parametrize(("body", "expected"), FOURTEENTH_SESSION_FOUND)
def test_fourteenth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


FIFTEENTH_SESSION_FOUND = [
    pytest.param(
        (
            "Alder University (AU), Birch UR — as Birch University & Research was then called — and "
            "the dairy cooperative Royal Cedarfield agreed to set up a joint training centre."
        ),
        [(["Alder University", "Birch University & Research", "Royal Cedarfield"], "joint_lab")],
        id="an_older_name_between_dashes_is_one_party_of_the_list",
    ),
    pytest.param(
        (
            "Alder University, Birch UR, as Birch University & Research was known at the time, and "
            "the dairy cooperative Royal Cedarfield agreed to set up a joint training centre."
        ),
        [(["Alder University", "Birch University & Research", "Royal Cedarfield"], "joint_lab")],
        id="an_older_name_between_commas_is_one_party_of_the_list",
    ),
    pytest.param(
        (
            "Eight memoranda were signed in Alderton on Monday. Three of the documents involve Birch "
            "University (BU). The university will open a language centre with Cedar Institute; it has "
            "agreed with Dunmore University to train 200 doctors; and it will work with Elm College on "
            "teacher training."
        ),
        [
            (["Birch University", "Cedar Institute"], "mou"),
            (["Birch University", "Dunmore University"], "mou"),
            (["Birch University", "Elm College"], "mou"),
        ],
        id="documents_involving_one_body_told_by_partner_in_the_next_sentence",
    ),
    pytest.param(
        (
            "Three of the agreements signed on Monday involve Birch University: it will open a language "
            "centre with Cedar Institute, it has agreed with Dunmore University to train doctors, and it "
            "will work with Elm College."
        ),
        [
            (["Birch University", "Cedar Institute"], "framework"),
            (["Birch University", "Dunmore University"], "framework"),
            (["Birch University", "Elm College"], "framework"),
        ],
        id="documents_involving_one_body_told_after_a_colon",
    ),
    pytest.param(
        (
            "Eight memoranda were signed in Alderton on Monday. Two of the documents involve Birch "
            "University (BU). The university hopes to open a language centre with Cedar Institute; "
            "it may also work with Elm College."
        ),
        [],
        id="documents_involving_one_body_but_plans_with_others",
    ),
    pytest.param(
        (
            "Alder University signed three agreements with partners from the region on Monday. A third "
            "document, a specific research convention on the recovery of phosphogypsum, was signed by the "
            "Birch School of Engineering on behalf of the university and by Cedar Phosphates SARL."
        ),
        [(["Birch School of Engineering", "Cedar Phosphates SARL"], "research")],
        id="an_ordinal_document_signed_by_a_unit_on_behalf_of_its_university_and_by_a_company",
    ),
    pytest.param(
        (
            "Alder University (AU) and Birch Academy have signed an Erasmus+ inter-institutional "
            "agreement for 2024-2027. \"It is how our cadets learn,\" Rector Beridze said. A second "
            "document, a memorandum of understanding with the Georgian shipping company Cedar Shipping "
            "Ltd, was signed at AU on 14 May by Rector Beridze and the company's general director, "
            "Captain Levan Tsintsadze."
        ),
        [
            (["Alder University", "Birch Academy"], "student_exchange"),
            (["Alder University", "Cedar Shipping Ltd"], "mou"),
        ],
        id="a_second_document_with_a_partner_though_no_count_was_told",
    ),
    pytest.param(
        "Alder University signed an Erasmus+ agreement with Birch Academy and MoU with Cedar Shipping Ltd on Monday.",
        [
            (["Alder University", "Birch Academy"], "student_exchange"),
            (["Alder University", "Cedar Shipping Ltd"], "mou"),
        ],
        id="a_second_instrument_with_its_own_partner_told_without_an_article",
    ),
    pytest.param(
        (
            "Alder University hosted a delegation from Birch University of Brazil on Monday. By the end "
            "of the day they had signed a double-degree agreement for master's students in textile "
            "engineering."
        ),
        [(["Alder University", "Birch University of Brazil"], "dual_degree")],
        id="they_after_one_body_hosted_another_are_the_two",
    ),
    pytest.param(
        (
            "The Alder Institute of Technology (Institut Teknologi Alder/ITA), the North Birchland "
            "provincial government, and the state-owned company PT Cedar Bumi (CB) signed a memorandum "
            "of understanding on Thursday. ITA will train the company's engineers."
        ),
        [(["Alder Institute of Technology", "North Birchland provincial government", "PT Cedar Bumi"], "mou")],
        id="a_name_and_its_acronym_joined_by_a_slash_and_a_provincial_government_of_an_unknown_region",
    ),
    pytest.param(
        "Alder University signed an agreement with Birchwald Polska sp. z o.o. on Monday.",
        [(["Alder University", "Birchwald Polska sp. z o.o."], "framework")],
        id="a_polish_company_form_in_small_letters",
    ),
    pytest.param(
        "Alder University signed a memorandum of understanding with Bayside Health on Monday.",
        [(["Alder University", "Bayside Health"], "mou")],
        id="a_health_system_named_by_two_words",
    ),
    pytest.param(
        (
            "Alder Medical City, the 450-bed tertiary hospital operated by Birch Holdings, has signed a "
            "five-year agreement with Cedar Clinic."
        ),
        [(["Alder Medical City", "Cedar Clinic"], "framework")],
        id="the_owner_in_an_apposition_operated_by_does_not_sign",
    ),
    pytest.param(
        (
            "On Tuesday, Alder University and the Istituto di Ricerca sulla Montagna dell'Alto Birch "
            "(IRMB), the Birch Mountain Research Institute in Bolzano, signed a cooperation agreement."
        ),
        [(["Alder University", "Istituto di Ricerca sulla Montagna dell'Alto Birch"], "framework")],
        id="an_italian_name_with_sulla_and_its_english_rendering_before_the_verb",
    ),
    pytest.param(
        (
            "The Universitätsklinikum Cedarrhein (UKC), Cedarrhein University Hospital in Koblenz, and the "
            "Klinikverbund Elm-Lahn, a group of four municipal hospitals, signed a cooperation agreement."
        ),
        [(["Klinikverbund Elm-Lahn", "Universitätsklinikum Cedarrhein"], "framework")],
        id="a_german_university_hospital_its_english_rendering_and_a_hospital_group",
    ),
    pytest.param(
        (
            "National University of Birchland, Alderton has signed a student exchange agreement with "
            "Cedar Valley University. NUB Alderton President Deirdre Fahy said the agreement was the first."
        ),
        [(["Cedar Valley University", "National University of Birchland, Alderton"], "student_exchange")],
        id="the_town_after_a_names_comma_kept_by_its_short_form_elsewhere",
    ),
    pytest.param(
        (
            "Alder University, Te Wānanga o Ngā Birch and Western Cedar Hauora signed a memorandum of "
            "understanding at the marae on Saturday."
        ),
        [(["Alder University", "Te Wānanga o Ngā Birch", "Western Cedar Hauora"], "mou")],
        id="a_maori_health_provider_named_by_hauora",
    ),
    pytest.param(
        (
            "In September 2021 Alder University concluded a cooperation agreement with the Birch Academy "
            "of Applied Sciences in Sanok (Birchowa Akademia Nauk Stosowanych w Sanoku), Poland."
        ),
        [(["Alder University", "Birch Academy of Applied Sciences in Sanok"], "framework")],
        id="an_academy_named_with_its_town",
    ),
    pytest.param(
        (
            "Alder State University signed memoranda of understanding with three universities last Friday, "
            "on the second day of the Birch Valley Rectors' Forum. The partners are Cedar Institute of "
            "Economics, Dunmore State Pedagogical Institute and the Elm University of Engineering."
        ),
        [
            (["Alder State University", "Cedar Institute of Economics"], "mou"),
            (["Alder State University", "Dunmore State Pedagogical Institute"], "mou"),
            (["Alder State University", "Elm University of Engineering"], "mou"),
        ],
        id="memoranda_with_counted_universities_then_their_roster_at_a_forum",
    ),
    pytest.param(
        (
            "Alder University and Birch University met in Hanoi on Monday. Their 2+2 programme was "
            "launched under a dual degree agreement the two universities signed in December 2018, and "
            "was approved by the Ministry of Education and Training in 2019."
        ),
        [(["Alder University", "Birch University"], "dual_degree")],
        id="the_ministry_that_approved_an_agreement_does_not_sign_it",
    ),
    pytest.param(
        (
            "The Birchoka Prefectural Government has set up a hydrogen consortium. The consortium "
            "agreement was signed on Jan. 28. Its founding members are Alder Institute of Technology, "
            "Cedar Prefectural University, Dunmore Gas Co. and the prefecture."
        ),
        [
            (
                [
                    "Alder Institute of Technology",
                    "Birchoka Prefectural Government",
                    "Cedar Prefectural University",
                    "Dunmore Gas Co.",
                ],
                "framework",
            )
        ],
        id="the_prefecture_among_the_members_is_its_government",
    ),
    pytest.param(
        (
            "On 4 March 2024, Alder Prefectural University (APU) renewed its agreement on academic "
            "exchange with Birch University (BU) of Thailand and, at the same ceremony, signed a new "
            "memorandum on student exchange with the Thai university."
        ),
        [
            (["Alder Prefectural University", "Birch University"], "framework"),
            (["Alder Prefectural University", "Birch University"], "student_exchange"),
        ],
        id="a_renewal_and_at_the_same_ceremony_a_new_memorandum_with_the_same_partner",
    ),
]


@pytest.mark.parametrize(("body", "expected"), FIFTEENTH_SESSION_FOUND)
def test_fifteenth_session_rules(extractor, body, expected):
    assert found(extractor, body) == expected


def test_an_older_name_is_a_form_of_the_body_and_its_first_word_its_short_name(extractor):
    facts = run(
        extractor,
        (
            "Birch UR (as Birch University & Research was then called) opened an office in Alderton "
            "in 2011. In 2015 Birch agreed with Cedar Agricultural University on a joint honours "
            "programme run by Birch Academy."
        ),
    )
    birch = next(i for i in facts.institutions if i.name == "Birch University & Research")
    assert {"Birch UR", "Birch"} <= set(birch.aliases)
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Birch University & Research", "Cedar Agricultural University"]
    ]


def test_a_headline_with_two_instruments_each_with_its_partner_is_two_agreements(extractor):
    text = (
        "Alder Hospital signs MOU with Birch University Hospital and research agreement with Cedar "
        "Medical School\n\nAlder Hospital today signed a memorandum of understanding with Birch "
        "University Hospital. At the same ceremony, Alder Hospital and Cedar Medical School signed a "
        "research agreement on cancer trials.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12"))
    assert sorted((sorted(a.parties), a.type) for a in facts.agreements) == [
        (["Alder Hospital", "Birch University Hospital"], "mou"),
        (["Alder Hospital", "Cedar Medical School"], "research"),
    ]


def test_a_regional_government_named_by_a_people_is_no_body_of_its_own(extractor):
    facts = run(
        extractor,
        (
            "Alder University signed an agreement with Birch University on Monday, with support from "
            "the Andalusian regional government and the Swedish regional authority."
        ),
    )
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]


def test_a_field_or_a_people_with_health_is_no_health_system(extractor):
    facts = run(
        extractor,
        (
            "Alder University signed a memorandum with Birch University on Monday on Community Health, "
            "Allied Health and Somali Health programmes, with County Health officials present."
        ),
    )
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]



def _article(extractor, text):
    text = text + "\n"
    return extractor.extract(Article(id=content_id(text), source="t.txt", text=text, published="2024-05-23"))


def test_the_own_heads_counterpart_from_a_body_is_that_body(extractor):
    facts = _article(
        extractor,
        "Alder University signs joint MPH with Birch University\n\n"
        "Alder University (AU) has concluded a new agreement with a university in South Africa.\n\n"
        "On Tuesday, 21 May, Vice-Chancellor Prof. Elia Mwakyusa and his counterpart from Birch "
        "University of Health Sciences (BUHS), Prof. Nomvula Dlamini, signed a dual degree agreement.",
    )
    assert [(sorted(a.parties), a.type) for a in facts.agreements] == [
        (["Alder University", "Birch University of Health Sciences"], "dual_degree")
    ]


def test_the_own_chief_executive_and_the_chair_of_another_body_sign_for_both(extractor):
    facts = _article(
        extractor,
        "Alder Regional Hospital renews partnership with Dutch medical centre\n\n"
        "The Alder Regional Hospital has renewed its partnership with a Dutch medical centre.\n\n"
        "Chief Executive Officer Dr. Kwabena Agyei and Prof. Marijke van Dalen, chair of the Executive "
        "Board of Birch University Medical Centre (BUMC), put pen to paper on Monday, renewing the "
        "memorandum of understanding for another five years.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Regional Hospital", "Birch University Medical Centre"]
    ]


def test_the_company_is_the_one_the_article_is_about_not_its_parent(extractor):
    facts = _article(
        extractor,
        "Alderwood Semiconductor ties up with two universities\n\n"
        "Alderwood Semiconductor Co., a chip packaging company under Alderwood Group, said Tuesday it "
        "had signed agreements with two universities.\n\n"
        "The company signed memorandums of understanding with Birch University and Cedar National "
        "University on Monday at its headquarters.",
    )
    parties = {frozenset(a.parties) for a in facts.agreements}
    assert frozenset({"Alderwood Semiconductor Co.", "Birch University"}) in parties
    assert not any("Alderwood Group" in p for p in parties)


def test_a_managing_director_after_a_company_is_no_part_of_its_name(extractor):
    facts = run(
        extractor,
        "A tripartite memorandum was signed today among Alder Agricultural University (AAU), Birch "
        "Institute of Fibre Crops (BIFC) and Cedar Jute Industries Limited. AAU Vice-Chancellor Dr Karim, "
        "BIFC Director General Dr Akter and Cedar Jute Industries Managing Director Kazi Rezaul signed "
        "the MoU on behalf of their organisations.",
    )
    assert not any("Managing" in i.name for i in facts.institutions)


def test_a_forum_counts_only_where_it_signs(extractor):
    facts = run(
        extractor,
        "The Alder-Birch Higher Education Forum brought together forty rectors in Alderton. Alder "
        "University and Birch University signed a memorandum of understanding there, and Alder "
        "University signed a cooperation agreement with the Cedar Professors Forum.",
    )
    names = {i.name for i in facts.institutions}
    assert "Alder-Birch Higher Education Forum" not in names
    assert "Cedar Professors Forum" in names


def test_a_city_named_as_a_place_is_listed_only_where_it_signs(extractor):
    facts = run(
        extractor,
        "Mexican and Korean schools sign string of deals at Mexico City education forum. Alder "
        "University and Birch University signed a memorandum of understanding on Monday. Alder "
        "University also signed an agreement with Seongnam City. Eastern Province sent two officials.",
    )
    names = {i.name for i in facts.institutions}
    assert "Eastern Province" not in names
    assert "Mexico City" not in names
    assert "Seongnam City" in names


def test_an_office_named_without_its_body_is_listed_only_where_it_signs(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on Monday, the "
        "International Relations Office said.",
    )
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]

"""Attributes of agreements (exchanges, fields, dates from the description)
and countries of institution names, on sentences written for these tests:
one pattern each, positive and negative, exact expected values."""

from __future__ import annotations

import pytest

from kg.extract.places import load_places
from tests.conftest import PUBLISHED, run  # noqa: F401  (the `extractor` fixture is in conftest)


def attributes(facts):
    return [(sorted(a.parties), a.signed, a.exchanges, a.fields) for a in facts.agreements]


def test_people_sent_to_each_other_in_a_later_paragraph(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024.\n\n"
        "The agreement lets the two universities send students, lecturers and researchers to each other.",
    )
    assert attributes(facts) == [
        (
            ["Alder University", "Birch University"],
            "2024-05-03",
            ["student", "staff", "researcher"],
            [],
        )
    ]


def test_people_not_moved_are_no_exchange(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024.\n\n"
        "Under the agreement, students and lecturers will share a digital library.",
    )
    assert attributes(facts)[0][2] == []


def test_exchanges_of_another_agreement_do_not_leak(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024.\n\n"
        "Alder University also signed an agreement with the Cedar Institute on 4 May 2024. "
        "It provides for student exchanges.",
    )
    assert attributes(facts) == [
        (["Alder University", "Birch University"], "2024-05-03", [], []),
        (["Alder University", "Cedar Institute"], "2024-05-04", ["student"], []),
    ]


def test_past_contacts_are_not_what_the_agreement_covers(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024.\n\n"
        "Contacts between the two universities go back to a workshop, and lecturers have visited since.",
    )
    assert attributes(facts)[0][2] == []


def test_student_exchange_agreement_exchanges_students(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a student exchange agreement on 3 May 2024.",
    )
    assert attributes(facts) == [
        (["Alder University", "Birch University"], "2024-05-03", ["student"], [])
    ]


def test_fields_in_areas_such_as_a_list(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        "It opens the way for joint projects in areas such as law and political science.",
    )
    assert attributes(facts)[0][3] == ["law", "political science"]


def test_fields_after_cooperate_in_areas_and_an_agreement_on_a_day(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University concluded a partnership agreement on regional revitalization "
        "on Monday, 3 June 2024. The two will cooperate in four areas: digital transformation, tourism, "
        "disaster prevention and human resource development.",
    )
    assert attributes(facts)[0][3] == [
        "regional revitalization",
        "digital transformation",
        "tourism",
        "disaster prevention",
        "human resource development",
    ]


def test_a_later_paragraph_that_lists_the_fields_covered(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a research agreement on 3 May 2024.\n\n"
        "The partners agreed that the data remain with the hospital.\n\n"
        "Research fields covered include reef restoration and water quality.",
    )
    assert attributes(facts)[0][3] == ["reef restoration", "water quality"]


def test_a_field_word_naming_an_office_is_no_field(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024, when "
        "the delegation, which included international relations head Mercedes Pena, was received.",
    )
    assert "international relations" not in attributes(facts)[0][3]


def test_a_second_memorandum_at_the_same_ceremony_keeps_its_own_exchanges(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed an academic exchange agreement on 3 May 2024. "
        "The rectors signed the agreement, which covers the exchange of faculty members and researchers. "
        "At the same ceremony the two universities also signed a memorandum on student exchange, under "
        "which five students may study at the partner university.",
    )
    exchanges = {a.type: a.exchanges for a in facts.agreements}
    assert exchanges["student_exchange"] == ["student"]


def test_words_of_a_name_are_not_fields(extractor):
    facts = run(
        extractor,
        "The Faculty of Fine Arts of Alder University and Birch University signed a memorandum "
        "of understanding on 3 May 2024.",
    )
    assert [a.fields for a in facts.agreements] == [[]]


def test_clauses_are_not_fields(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024 "
        "to foster innovation in robotics, laying a solid foundation for the future.",
    )
    assert attributes(facts)[0][3] == ["robotics"]



def test_a_frame_inside_another_frames_phrase(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        "The agreement covers staff exchange and joint research on river ecology along the coast.",
    )
    assert attributes(facts)[0][3] == ["river ecology"]


def test_fields_of_the_students_a_degree_admits(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a double degree agreement on 3 May 2024. "
        "The programme, in mining engineering, is open to students of geology and soil science.",
    )
    assert attributes(facts)[0][3] == ["mining engineering", "geology", "soil science"]


def test_the_unnamed_lead_before_the_evidence_says_what_it_covers(extractor):
    facts = run(
        extractor,
        "A hospital in the north and a clinic abroad signed a memorandum of cooperation on Tuesday "
        "to work together on wound care. "
        "The memorandum between Alder Hospital and Birch Clinic was signed by their directors.",
    )
    assert attributes(facts)[0][3] == ["wound care"]


def test_separate_memoranda_keep_their_own_details(extractor):
    facts = run(
        extractor,
        "Alder University signed separate memoranda of understanding with Birch University and "
        "Cedar University on 3 May 2024.\n\n"
        "The memorandum with Birch University covers forestry and sends students abroad.\n\n"
        "The memorandum with Cedar University covers viticulture.",
    )
    assert sorted(attributes(facts)) == [
        (["Alder University", "Birch University"], "2024-05-03", ["student"], ["forestry"]),
        (["Alder University", "Cedar University"], "2024-05-03", [], ["viticulture"]),
    ]



@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        ("The work will concentrate on peatland hydrology and rare orchids.",
         ["peatland hydrology", "rare orchids"]),
        ("The tools aim at the early detection of glaucoma and cataract.", ["glaucoma", "cataract"]),
        ("The partners will test the drug in models of cystic fibrosis.", ["cystic fibrosis"]),
        ("The two sides will exchange information on coastal erosion.", ["coastal erosion"]),
        ("The areas named in the memorandum are hydrology, forestry and soil science.",
         ["hydrology", "forestry", "soil science"]),
        ("It covers joint research in Iranian studies and archaeology.",
         ["iranian studies", "archaeology"]),
    ],
)
def test_field_frames_in_a_later_sentence(extractor, sentence, fields):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        + sentence,
    )
    assert attributes(facts)[0][3] == fields



@pytest.mark.parametrize(
    ("sentence", "exchanges"),
    [
        ("Both hospitals will exchange nurses and young physicians for clinical placements.",
         ["staff"]),
        ("Two hydrologists will be seconded to Birch University for two years.", ["researcher"]),
        ("Doctoral students may spend research stays at the partner.", ["student"]),
        ("Young researchers from Birch will work in the university's laboratories.", ["researcher"]),
        ("Birch engineers will be trained at the Alder campus every summer.", ["staff"]),
        ("Medical students will do clerkships on Birch wards.", ["student"]),
        # a long description between the people and the verb that moves them
        (
            "Students of agronomy and food technology from the Birch side will be able to spend a "
            "semester in Alderton.",
            ["student"],
        ),
        # teaching, coming, receiving, fellowships, attachments, electives and internships
        ("Our lecturers will be able to teach for a few weeks in Alderton.", ["staff"]),
        ("Birch surgeons will come to Alderton twice a year to operate.", ["staff"]),
        ("Alder will receive ten doctors every year for clinical fellowships.", ["staff"]),
        ("Students of the department will undergo their industrial attachment at Birch.", ["student"]),
        ("Final-year medical students will be able to do four-week electives in Birchby.", ["student"]),
        ("Birch will take up to 20 engineering students a year as interns.", ["student"]),
        ("Medical and nursing students will be allowed to train in the hospital's wards.", ["student"]),
        # a company taking student interns; people coordinated in one list move together
        ("Birch will fund doctoral scholarships and take student interns at its plant.", ["student"]),
        (
            "Students, teaching staff and researchers of the member institutions will be able to "
            "carry out stays at any of the partners.",
            ["student", "staff", "researcher"],
        ),
        # research done at the partner; shifts worked at the partner hospital
        ("Up to eight doctoral students will carry out their research at Birch's plant.", ["student"]),
        ("Cardiologists of the two hospitals will work shifts at the partner hospital.", ["staff"]),
        # residents, midwives and consultants; postings and practical training
        ("Residents from Alderton will rotate through Birch's emergency department.", ["student"]),
        ("Midwives from Birch will spend a month at the partner hospital.", ["staff"]),
        ("Engineering students will do their practical training with the company.", ["student"]),
        ("Nursing students will take four-week elective postings in Birchby.", ["student"]),
        # doctors who train for a year at the partner; physicians who enrol there
        ("Four resident doctors from Alder will train for twelve months at Birch's centre.", ["staff"]),
        ("Physicians from Birch will be able to enrol as doctoral students at Alder.", ["student", "staff"]),
        # industrial training on the company's estates; students who intern
        (
            "Under the memorandum, undergraduates will complete their industrial training on "
            "Birch's estates.",
            ["student"],
        ),
        ("Alder's MTech students will intern in Birch's clinical departments.", ["student"]),
        # students of a unit named "Faculty of ...": the unit is no staff
        (
            "Under the 2+2 arrangement, students of Alder's Faculty of Industrial Technology will "
            "spend two years in Alderton and two years in Birchville.",
            ["student"],
        ),
        # exchanges told to be absent
        (
            "Unlike the other documents, it provides for no exchange of students or staff: the "
            "two sides will share beam time.",
            [],
        ),
        ("The memorandum involves no exchange of students or staff; Birch will send mentors.", []),
        (
            "Students will spend a semester at the partner university, but there is no staff "
            "exchange.",
            ["student"],
        ),
        ("It does not include exchange of students or staff; Birch will lend equipment.", []),
        ("The memorandum does not provide for mobility of students or lecturers.", []),
        # "not only", "not limited to": more, not none
        (
            "It covers, but is not limited to, exchange of students and lecturers.",
            ["student", "staff"],
        ),
        ("The memorandum will not only promote exchange of students but joint research.", ["student"]),
        # people told to be outside the agreement, whatever the next sentence says of them
        (
            "Lecturers will teach at the partner university. Student mobility is not part of "
            "this first agreement, though students will visit the partner later.",
            ["staff"],
        ),
        (
            "Surgeons will complete clinical rotations at the partner hospital. Medical students are not "
            "covered by the new agreement; their placements go on under another one.",
            ["staff"],
        ),
        (
            "The partners will share laboratories. Exchanges of students and lecturers are not "
            "yet part of the arrangement.",
            [],
        ),
        # a holiday named after people is no exchange of them
        (
            "The MoU was exchanged here on Saturday, Teachers' Day, in the presence of the minister.",
            [],
        ),
        # exchanges it only may lead to
        (
            "It covers joint research on cacao pests and possible short-term student mobility.",
            [],
        ),
        (
            "Lecturers will teach at the partner university; the potential exchange of students "
            "will be discussed next year.",
            ["staff"],
        ),
        (
            "The agreement does not cover staff mobility. Teachers will continue to move between "
            "the two universities under their older agreements, and students will spend a "
            "semester abroad.",
            ["student"],
        ),
        # the last of the people told absent, before a colon
        (
            "Unlike the other documents, it provides for no exchange of students or staff: the two "
            "sides will share beam time on their instruments and exchange samples.",
            [],
        ),
        # a unit named with "Faculty" after its adjective
        ("The rector said the Biotechnical Faculty would host the shared plant database.", []),
        # a clause with a subject of its own: what it develops is not who the others send
        (
            "Birch University will send students to Alder University for internships, and Alder "
            "University will help the region develop specialists in chip design.",
            ["student"],
        ),
        # a place of one party opened to the other's people
        (
            "Under it, Birch University opens its laboratories to Alder staff and students for "
            "teaching and research.",
            ["student", "staff"],
        ),
    ],
)
def test_clinical_staff_and_secondments_are_exchanges(extractor, sentence, exchanges):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        + sentence,
    )
    assert attributes(facts)[0][2] == exchanges


def test_signing_date_from_the_next_paragraph(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University have signed a memorandum of understanding.\n\n"
        "The signing took place in Munich on 10 May 2024, in front of both presidents.",
    )
    assert attributes(facts)[0][:2] == (["Alder University", "Birch University"], "2024-05-10")


def test_signed_at_the_end_of_a_dated_meeting(extractor):
    facts = run(
        extractor,
        "The rectors of Alder University and Birch University met by video link on Monday, 10 June.\n\n"
        "By the end of the meeting the rectors had signed a cooperation agreement between "
        "Alder University and Birch University.",
    )
    assert [a.signed for a in facts.agreements] == ["2024-06-10"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Imperial College London", "GB"),  # the large city, not Imperial (Peru)
        ("American University of Sharjah", "AE"),  # the place after "of", not the adjective
        ("German Embassy in Tunis", "DE"),  # an embassy is its country's
        ("Government of Victoria", "AU"),  # a state, not Victoria (Hong Kong)
        ("Universiti Malaya", "MY"),
        ("Peking University Third Hospital", "CN"),
        ("Jönköping University", "SE"),  # a city named first
        ("Government of Andhra Pradesh", "IN"),
        ("Tata Institute of Social Sciences", None),  # a small town's name is a person's here
        ("Asia University", None),
        ("Department of German Language", None),  # a subject, not a country
    ],
)
def test_country_of_an_institution_name(name, code):
    assert load_places().in_text(name) == code


def test_the_agreements_with_two_partners_describe_both_and_not_a_third(extractor):
    facts = run(
        extractor,
        "Alder University signed an academic exchange agreement with Birch University (BU) on "
        "Monday. Alder University then signed a memorandum with Cedar University (CU). Alder "
        "University also signed an agreement with Dunmore Hospital. The agreements with BU and "
        "CU provide for the exchange of faculty members, researchers and students.",
    )
    exchanges = {a.parties[-1]: sorted(a.exchanges) for a in facts.agreements}
    assert exchanges == {
        "Birch University": ["researcher", "staff", "student"],
        "Cedar University": ["researcher", "staff", "student"],
        "Dunmore Hospital": [],
    }


def test_words_a_list_splits_off_are_no_fields(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        "The document covers joint master's programmes in Celtic philology and in archaeology, and "
        "provides for the exchange of students and teaching staff.",
    )
    fields = attributes(facts)[0][3]
    assert "archaeology" in fields
    assert not {"provides", "and", "institutions"} & set(fields)


@pytest.mark.parametrize(
    ("sentence", "fields"),
    [
        # a pronoun phrase and the exchange a list names
        ("The partnership will focus on wheat breeding, one of the first areas, and internships.", ["wheat breeding"]),
        # what belongs to a party is no subject
        ("The agreement covers soil science, the college's greenhouse and each side's seed bank.", ["soil science"]),
    ],
)
def test_pronouns_possessions_and_exchanges_are_no_fields(extractor, sentence, fields):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        + sentence,
    )
    assert attributes(facts)[0][3] == fields


def test_the_partnership_in_a_later_paragraph_says_what_it_covers(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a strategic partnership agreement on 3 May 2024.\n\n"
        "The five-year agreement was signed by the two presidents.\n\n"
        "The partnership will focus on advanced manufacturing and cybersecurity.\n\n"
        "At the same ceremony, Alder University's Faculty of Law and Birch University's Faculty of "
        "Economics signed a student exchange agreement.",
    )
    fields = {a.type: a.fields for a in facts.agreements}
    assert fields["framework"] == ["advanced manufacturing", "cybersecurity"]


def test_a_guest_who_did_not_sign_does_not_end_the_description(extractor):
    """The unit signs; its university's provost watches without signing; the
    fields come two paragraphs later."""
    facts = run(
        extractor,
        "Last Thursday, the Alder University College of Engineering signed a dual degree "
        "agreement with Birch University.\n\n"
        "The provost of Alder University attended the ceremony but did not sign: the agreement is "
        "held by the college.\n\n"
        "Under the deal, eight students a year will move. The partnership will focus on water "
        "resources and coastal engineering.",
    )
    assert attributes(facts)[0][3] == ["water resources", "coastal engineering"]


def test_staff_exchanged_in_fields(extractor):
    facts = run(
        extractor,
        "Alder Hospital and Birch Hospital signed a memorandum of understanding on 3 May 2024. "
        "Under the memorandum, the two hospitals will exchange clinical staff in emergency "
        "medicine and obstetrics.",
    )
    assert attributes(facts)[0][3] == ["emergency medicine", "obstetrics"]


def test_the_agreements_retold_are_each_one_and_say_their_own_fields(extractor):
    """Plural documents retold by who signed them are no agreement among all
    the partners; a later paragraph per partner says what each covers."""
    facts = run(
        extractor,
        "Alder Community College signed articulation agreements on 3 May 2024 with three "
        "universities: Birch University (BU), Cedar University and Fernhill Lutheran College.\n\n"
        "The agreements were signed by the college's president and representatives of the three "
        "universities.\n\n"
        "The BU agreement covers business administration and criminal justice. Fernhill "
        "Lutheran's agreement covers social work, and the college has promised a scholarship.",
    )
    assert sorted((a[0], a[3]) for a in attributes(facts)) == [
        (["Alder Community College", "Birch University"], ["business administration", "criminal justice"]),
        (["Alder Community College", "Cedar University"], []),
        (["Alder Community College", "Fernhill Lutheran College"], ["social work"]),
    ]


def test_a_forum_and_activities_are_no_fields(extractor):
    """ "a business forum" is an event; "research, education and training"
    are what partners do, not the subjects they do it in."""
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on 3 May 2024. "
        "Prime Minister Jane Doe announced the partnership at a UK–Birch business forum held ahead "
        "of the G7 summit in Alderton, and the presidents of the two universities signed it. "
        "It covers collaboration in research, education and training.",
    )
    assert all(not a.fields for a in facts.agreements)


def test_the_renewed_agreement_in_a_later_paragraph_says_what_it_covers(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University on Tuesday renewed for five years the protocol "
        "first signed in 2012.\n\n"
        "The renewed protocol provides for the exchange of lecturers and students.\n\n"
        "At the same ceremony, the rector of Alder University and the head of Cedar Hospital "
        "signed a letter of intent.",
    )
    renewed = next(a for a in facts.agreements if a.signed != "2012" and "Cedar Hospital" not in a.parties)
    assert renewed.exchanges == ["student", "staff"]


def test_a_table_of_partners_does_not_end_the_description(extractor):
    facts = run(
        extractor,
        "Alder University signed memoranda of understanding with Birch University, Cedar "
        "University and Dunmore University on 3 May 2024.\n\n"
        "Partners\n\n"
        "Partner | City | Under the MOU\n\n"
        "Birch University | Birchby | Joint courses\n\n"
        "Cedar University | Cedarton | Joint courses\n\n"
        "Dunmore University | Dunmore | Joint courses\n\n"
        "Under the memoranda, the three universities will send students to Alder University for "
        "internships.",
    )
    assert [a[2] for a in attributes(facts)] == [["student"]] * 3

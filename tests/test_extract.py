"""The extractor on sentences written for these tests, one linguistic pattern
each: parties, type, date, fields and exchanges asserted exactly."""

from __future__ import annotations

import pytest

from kg.model import Article, content_id
from tests.conftest import PUBLISHED, run  # noqa: F401  (the `extractor` fixture is in conftest)


def agreements(facts):
    return [(sorted(a.parties), a.type, a.signed) for a in facts.agreements]


def test_coordinated_subject_signs_mou_with_full_date(extractor):
    facts = run(
        extractor,
        "Alder University and the Birch Institute of Technology signed a memorandum of understanding on 3 May 2024.",
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Institute of Technology"], "mou", "2024-05-03")
    ]


def test_passive_signed_by_with_weekday(extractor):
    facts = run(
        extractor, "The agreement was signed by Alder University and Birch Hospital on Monday."
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Hospital"], "framework", "2024-06-10")
    ]


def test_between_with_acronyms_and_month_of_publication(extractor):
    facts = run(
        extractor,
        "A memorandum of understanding was signed between Alder University (AU) and the Birch Institute of Technology (BIT).",
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Institute of Technology"], "mou", "2024-06")
    ]
    alder = facts.institution("Alder University")
    assert alder.aliases == ["AU"]


def test_signed_with_a_list_makes_one_multi_party_agreement(extractor):
    facts = run(
        extractor,
        "Alder University has signed a student exchange agreement with Cedar University, Dunmore University and Elm College.",
    )
    assert agreements(facts) == [
        (
            ["Alder University", "Cedar University", "Dunmore University", "Elm College"],
            "student_exchange",
            "2024-06",
        )
    ]
    assert facts.agreements[0].exchanges == ["student"]


def test_separate_memoranda_are_bilateral(extractor):
    facts = run(
        extractor,
        "Alder University signed separate memoranda with Cedar University and Dunmore University.",
    )
    assert agreements(facts) == [
        (["Alder University", "Cedar University"], "mou", "2024-06"),
        (["Alder University", "Dunmore University"], "mou", "2024-06"),
    ]


def test_consortium_letter_of_intent_last_month(extractor):
    facts = run(
        extractor,
        "Alder University, Cedar University and Dunmore University signed a letter of intent last month.",
    )
    assert agreements(facts) == [
        (["Alder University", "Cedar University", "Dunmore University"], "mou", "2024-05")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Alder University will sign an MoU with Cedar University next week.",
        "Alder University and Cedar University discussed a possible dual degree programme.",
        "Officials of Alder University visited Cedar University to explore collaboration.",
        "Alder University terminated its partnership agreement with Cedar University.",
        "Alder University suspended its memorandum of understanding with Cedar University.",
        "Alder University is expected to sign a memorandum with Cedar University.",
    ],
)
def test_plans_talks_visits_and_ended_agreements_are_not_agreements(extractor, sentence):
    assert run(extractor, sentence).agreements == []


def test_renewal_in_named_month(extractor):
    facts = run(
        extractor,
        "Alder University renewed its cooperation agreement with Cedar University in September.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "framework", "2023-09")]


def test_agreement_to_set_up_a_joint_laboratory(extractor):
    facts = run(
        extractor,
        "The University of Alder and Cedar State University inked a deal to set up a joint laboratory for battery research.",
    )
    assert agreements(facts) == [
        (["Cedar State University", "University of Alder"], "joint_lab", "2024-06")
    ]


def test_faculty_signs_for_itself_and_dual_degree(extractor):
    facts = run(
        extractor,
        "The Faculty of Medicine of Alder University signed a dual degree agreement with the Cedar University School of Nursing.",
    )
    assert agreements(facts) == [
        (
            ["Cedar University School of Nursing", "Faculty of Medicine of Alder University"],
            "dual_degree",
            "2024-06",
        )
    ]


def test_research_agreement_with_company_and_field(extractor):
    facts = run(
        extractor,
        "Alder Medical Center and Birch Pharmaceuticals Ltd. entered into a research collaboration agreement on artificial intelligence.",
    )
    assert agreements(facts) == [
        (["Alder Medical Center", "Birch Pharmaceuticals Ltd."], "research", "2024-06")
    ]
    assert facts.agreements[0].fields == ["artificial intelligence"]
    kinds = {i.name: i.kind for i in facts.institutions}
    assert kinds == {"Alder Medical Center": "hospital", "Birch Pharmaceuticals Ltd.": "company"}


def test_acronym_used_later_and_researcher_exchange_in_next_sentence(extractor):
    facts = run(
        extractor,
        "Alder University (AU) on Tuesday signed a memorandum of understanding with Cedar University. "
        "AU will send researchers to Cedar University every year.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "mou", "2024-06-11")]
    assert facts.agreements[0].exchanges == ["researcher"]


def test_coordinated_exchanges_and_fields_of(extractor):
    facts = run(
        extractor,
        "Alder University and Cedar University agreed to cooperate in the fields of agriculture and food security, "
        "with student and staff exchanges.",
    )
    assert agreements(facts) == [
        (["Alder University", "Cedar University"], "partnership", "2024-06")
    ]
    assert facts.agreements[0].fields == ["agriculture", "food security"]
    assert facts.agreements[0].exchanges == ["student", "staff"]


def test_possessive_unit_is_the_party(extractor):
    facts = run(
        extractor,
        "Alder University's School of Engineering signed an agreement with Cedar University.",
    )
    assert agreements(facts) == [
        (["Cedar University", "School of Engineering"], "framework", "2024-06")
    ]
    assert facts.institution("School of Engineering").unit_of == "Alder University"


def test_unit_of_a_university_named_after_of(extractor):
    facts = run(
        extractor,
        "The School of Business and Law of Alder University (AU) signed a memorandum of "
        "understanding with The Cedar Institute of Bankers (CIB) and The Institute of Risk & Audit.",
    )
    assert [len(a.parties) for a in facts.agreements] == [3]
    school = facts.institution("School of Business and Law of Alder University")
    assert "School of Business and Law" in school.aliases
    assert school.unit_of == "Alder University"
    assert facts.institution("Alder University").aliases == ["AU"]


def test_non_english_names_and_year(extractor):
    facts = run(
        extractor,
        "Technische Universität Alder and Université de Cèdre concluded a double degree agreement in 2019.",
    )
    assert agreements(facts) == [
        (["Technische Universität Alder", "Université de Cèdre"], "dual_degree", "2019")
    ]


def test_the_two_universities_refers_to_the_named_pair(extractor):
    facts = run(
        extractor,
        "Rectors of Alder University and Cedar University met in Lisbon. "
        "The two universities signed a memorandum of understanding on Friday.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "mou", "2024-06-07")]


def test_the_university_refers_back(extractor):
    facts = run(
        extractor,
        "Alder University opened a new library. On 2 February the university concluded a cooperation agreement "
        "with Cedar University.",
    )
    assert agreements(facts) == [
        (["Alder University", "Cedar University"], "framework", "2024-02-02")
    ]


def test_witness_is_not_a_party(extractor):
    facts = run(
        extractor,
        "Alder University and Cedar University signed an MoU, witnessed by the Ministry of Education.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "mou", "2024-06")]
    assert "Ministry of Education" in [i.name for i in facts.institutions]


def test_title_before_person_does_not_join_names(extractor):
    facts = run(
        extractor,
        "The MoU was signed by Alder University President John Smith and Cedar University Rector Jane Doe.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "mou", "2024-06")]
    assert [i.name for i in facts.institutions] == ["Alder University", "Cedar University"]


def test_a_town_after_comma_of_is_where_a_member_is(extractor):
    facts = run(
        extractor,
        "Three partners signed a memorandum of understanding on Monday. The founding members are: "
        "Alder University, of Millbrook, Ohio; Birch Institute of Technology, of Eastfield, "
        "Ont.; and Cedar Metals Corp., of Lakeview, Mich.",
    )
    assert agreements(facts) == [
        (
            ["Alder University", "Birch Institute of Technology", "Cedar Metals Corp."],
            "mou",
            "2024-06-10",
        )
    ]


def test_a_committee_member_is_a_person_not_a_body(extractor):
    facts = run(
        extractor,
        "The MoU was signed on Monday by the County Executive Committee Member for Health, Ms "
        "Jane Wanjiru, and the principal of Alder University.",
    )
    assert not [i.name for i in facts.institutions if "Member" in i.name]


def test_a_news_release_label_in_capitals_names_no_body(extractor):
    text = (
        "NEWS RELEASE | Oct. 9, 2024\n\nAlder, Birch sign guaranteed-transfer agreement\n\n"
        "AUBURN FALLS, Wash. — Students who earn an associate degree at Alder Community College "
        "will have a guaranteed place at Birch University under a transfer agreement the two "
        "schools signed on Oct. 3.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert [i.name for i in facts.institutions] == ["Alder Community College", "Birch University"]


def test_del_sur_ends_a_spanish_name(extractor):
    facts = run(
        extractor,
        "Alder University signed a memorandum of understanding with the Institución Universitaria Tecnológica "
        "del Sur (UTS) on Monday.",
    )
    assert agreements(facts) == [
        (["Alder University", "Institución Universitaria Tecnológica del Sur"], "mou", "2024-06-10")
    ]


def test_a_romance_name_goes_on_after_et_into_its_own_complement(extractor):
    facts = run(
        extractor,
        "The Centre intégré de santé et de services sociaux de l'Estuaire and the Faculté des "
        "sciences infirmières et de la santé rurale signed a research agreement on Monday.",
    )
    names = [i.name for i in facts.institutions]
    assert "Centre intégré de santé et de services sociaux de l'Estuaire" in names


def test_also_read_lines_are_furniture(extractor):
    facts = run(
        extractor,
        "Also Read: Dunmore University and Elm College sign MoU on robotics\n"
        "Alder University hosted a conference.",
    )
    assert agreements(facts) == []
    assert [i.name for i in facts.institutions] == ["Alder University"]


def test_the_links_under_a_related_news_heading_are_furniture(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of understanding on Monday.\n\n"
        "Related news:\n"
        "- Alder University signs MoU with Dunmore Water Authority on rainwater harvesting\n"
        "Elm College and Alder University launch joint cybersecurity diploma\n\n"
        "Alder University was founded in 1962.",
    )
    assert [a[0] for a in agreements(facts)] == [["Alder University", "Birch University"]]
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]


def test_dateline_today(extractor):
    facts = run(
        extractor,
        "LISBON, March 4, 2021 — Alder University and Cedar University today signed a memorandum of understanding.",
        published=None,
    )
    assert facts.published == "2021-03-04"
    assert agreements(facts) == [(["Alder University", "Cedar University"], "mou", "2021-03-04")]


def test_evidence_span_points_into_the_text(extractor):
    body = "Alder University and Cedar University signed an MoU in 2019."
    facts = run(extractor, body)
    agreement = facts.agreements[0]
    text = "Campus news\n\n" + body + "\n"
    assert text[agreement.span[0] : agreement.span[1]] == agreement.evidence == body
    assert agreement.rule == "subject-list+mou"


def test_country_from_city_in_name(extractor):
    facts = run(
        extractor,
        "The University of Tunis and Kyoto University signed a memorandum of understanding.",
    )
    countries = {i.name: i.country for i in facts.institutions}
    assert countries == {"University of Tunis": "TN", "Kyoto University": "JP"}


def test_bulleted_partners_after_a_colon(extractor):
    facts = run(
        extractor,
        "Pine University has signed a memorandum of understanding with the following institutions:\n"
        "- Fir Institute of Technology\n- Spruce University",
    )
    assert agreements(facts) == [
        (["Fir Institute of Technology", "Pine University", "Spruce University"], "mou", "2024-06")
    ]


def test_each_partner_keeps_its_own_date(extractor):
    facts = run(
        extractor,
        "The Quarry School of Medicine signed similar agreements with St. Vincent's Medical Center in 2011 "
        "and MidState Medical Center in 2012.",
    )
    assert agreements(facts) == [
        (["Quarry School of Medicine", "St. Vincent's Medical Center"], "framework", "2011"),
        (["MidState Medical Center", "Quarry School of Medicine"], "framework", "2012"),
    ]


def test_the_original_agreement_refers_to_the_last_parties(extractor):
    facts = run(
        extractor,
        "Alder University renewed its academic exchange agreement with Cedar University on 26 April. "
        "The original agreement was concluded in 2003.",
    )
    assert agreements(facts) == [
        (["Alder University", "Cedar University"], "framework", "2024-04-26"),
        (["Alder University", "Cedar University"], "framework", "2003"),
    ]


def test_agreement_to_found_a_lab_is_joint_lab(extractor):
    facts = run(
        extractor,
        "Alder University and Cedar University signed an agreement to establish a joint laboratory on materials.",
    )
    assert agreements(facts) == [(["Alder University", "Cedar University"], "joint_lab", "2024-06")]


def test_possessive_that_names_a_university(extractor):
    facts = run(extractor, "Taylor's University signed an MoU with Dunmore University.")
    assert agreements(facts) == [(["Dunmore University", "Taylor's University"], "mou", "2024-06")]


def test_iso_signing_date(extractor):
    facts = run(
        extractor,
        "Alder University and Birch Hospital signed a memorandum of understanding on 2024-05-03.",
    )
    assert agreements(facts) == [(["Alder University", "Birch Hospital"], "mou", "2024-05-03")]


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Alder University signed a research partnership with Norvik, the coastal institute founded by two oceanographers.", "Norvik", "research_institute"),
        ("Alder University signed an agreement with The Quarry Works, a regional accelerator that helps start-ups.", "The Quarry Works", "company"),
        ("The group's robotics hub, Tessel Park, has signed an agreement with Alder University.", "Tessel Park", "other"),
    ],
)  # fmt: skip
def test_a_body_without_head_word_named_by_an_appositive(extractor, sentence, name, kind):
    facts = run(extractor, sentence)
    assert facts.institution(name).kind == kind
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["Alder University", name])]


def test_an_appositive_about_a_person_names_no_body(extractor):
    facts = run(
        extractor,
        "Alder University signed an MoU with Birch Hospital. Marta Lind, the university's president, "
        "spoke at the ceremony.",
    )
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch Hospital"]


def test_a_list_that_goes_on_to_a_full_name_is_no_complement(extractor):
    facts = run(
        extractor,
        "The programme brings together the University of Calder, Dunmore and the University of Elm.",
    )
    names = sorted(i.name for i in facts.institutions)
    assert names == ["University of Calder", "University of Elm"]


def test_a_unit_complement_list_stays_one_name(extractor):
    facts = run(
        extractor,
        "The Faculty of Letters, Arts and Humanities of Alder University signed an MoU with Birch Hospital.",
    )
    assert "Faculty of Letters, Arts and Humanities of Alder University" in [
        i.name for i in facts.institutions
    ]


def test_a_person_after_a_lowercase_title_is_no_name_modifier(extractor):
    facts = run(
        extractor,
        "The agreement was signed by chamber president Omar Khalil and Alder University Vice Chancellor Rana Aziz.",
    )
    assert "Alder University" in [i.name for i in facts.institutions]
    assert not [i.name for i in facts.institutions if "Omar" in i.name]


def test_ordinals_are_not_part_of_a_name(extractor):
    facts = run(extractor, "Alder University is 12th in the table and Birch University 16th.")
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]


@pytest.mark.parametrize(
    "opening", ["Just before Christmas 2016,", "Shortly before the holidays in December 2016,"]
)
def test_a_time_phrase_with_before_is_no_plan(extractor, opening):
    facts = run(
        extractor,
        f"{opening} Alder University signed a cooperation agreement with Birch University.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University"]
    ]


def test_before_signing_stays_a_plan(extractor):
    facts = run(
        extractor,
        "The rectors met twice before signing an agreement with Birch University next year.",
    )
    assert facts.agreements == []


def test_the_text_reading_wins_over_a_headline_of_another_type(extractor):
    from kg.model import Article, content_id

    text = (
        "Alder Institute signs AI research partnership with Birch University\n\n"
        "Alder Institute said on Monday that it signed a partnership on artificial intelligence "
        "research with Birch University on 3 June.\n"
    )
    facts = extractor.extract(
        Article(id=content_id(text), source="t.txt", text=text, published=PUBLISHED)
    )
    assert [(a.type, a.signed) for a in facts.agreements] == [("partnership", "2024-06-03")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Alder University, Birch University, and Cedar College signed a memorandum of understanding on 4 June.",
            [(["Alder University", "Birch University", "Cedar College"], "mou", "2024-06-04")],
        ),
        (
            "Alder University has partnered with Birch Hospital to train nurses.",
            [(["Alder University", "Birch Hospital"], "partnership", "2024-06")],
        ),
        (
            "Alder University and Birch University joined hands with Cedar Hospital to open a clinic.",
            [(["Alder University", "Birch University", "Cedar Hospital"], "partnership", "2024-06")],
        ),
        (
            "Alder University has extended its partnership with Birch Hospital until 2029.",
            [(["Alder University", "Birch Hospital"], "partnership", "2024-06")],
        ),
        (
            "A consortium agreement was signed in Lagos on Monday. The agreement brings together "
            "Alder University, Birch University and the Cedar Institute of Technology.",
            [(["Alder University", "Birch University", "Cedar Institute of Technology"], "framework", "2024-06-10")],
        ),
    ],
)  # fmt: skip
def test_more_ways_of_telling_who_signed(extractor, body, expected):
    assert agreements(run(extractor, body)) == expected


def test_a_serial_comma_still_ends_a_clause_after_a_verb(extractor):
    facts = run(
        extractor,
        "Alder University signed an MoU with Birch University, and Cedar College signed one with Dunmore University.",
    )
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Alder University", "Birch University"],
        ["Cedar College", "Dunmore University"],
    ]


def test_an_invitation_extended_is_no_agreement(extractor):
    assert (
        run(extractor, "Alder University extended an invitation to Birch University.").agreements
        == []
    )


@pytest.mark.parametrize(
    ("follow_up", "exchanges"),
    [
        ("Under the agreement, students from both universities will be able to spend a semester there.", ["student"]),
        ("The agreement allows up to ten undergraduates a year to study at the partner campus.", ["student"]),
        ("It also covers visiting scholar programmes.", ["staff"]),
        ("Lecturers from both universities will also teach short intensive modules at the partner campus every year.", ["staff"]),
        ("Lecturers of each university may teach and supervise theses at any other member campus.", ["staff"]),
        ("Birch University will create two visiting researcher posts.", ["researcher"]),
    ],
)  # fmt: skip
def test_exchanges_told_in_other_words(extractor, follow_up, exchanges):
    facts = run(
        extractor, f"Alder University and Birch University signed an MoU on Monday. {follow_up}"
    )
    assert [a.exchanges for a in facts.agreements] == [exchanges]


def test_people_who_move_are_not_fields(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed an MoU covering mobility of students, academics and administrative staff.",
    )
    assert facts.agreements[0].fields == []
    assert facts.agreements[0].exchanges == ["student", "staff"]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ("Alder University and Birch University signed an MoU on Monday. Areas of cooperation include robotics, advanced manufacturing and semiconductor design.", ["robotics", "advanced manufacturing", "semiconductor design"]),
        ("The Faculty of Veterinary Medicine of Alder University signed an MoU with Birch University on animal health and food safety.", ["animal health", "food safety"]),
        ("Alder University signed an MoU with Birch University on Monday.", []),
        ("Alder University signed an MoU with Birch University on the sidelines of the summit.", []),
        # the list goes on after "in particular", "as well as"; names of peoples and diseases inside
        ("Alder University and Birch University signed an MoU on Monday. It covers highland crops, in particular quinoa and cañihua, as well as soil management.", ["highland crops", "quinoa", "cañihua", "soil management"]),
        ("Alder University and Birch University signed an MoU to carry out joint research on dengue, Oropouche fever and other arboviruses.", ["dengue", "oropouche fever", "arboviruses"]),
        ("Alder University and Birch University signed an MoU on Monday. It gives students core clerkships in internal medicine, family medicine and pediatrics.", ["internal medicine", "family medicine", "pediatrics"]),
    ],
)  # fmt: skip
def test_fields_after_areas_of_cooperation_and_after_the_partner(extractor, body, fields):
    assert [a.fields for a in run(extractor, body).agreements] == [fields]


@pytest.mark.parametrize(
    "name",
    [
        "Universiti Sains dan Teknologi Alor",
        "Uniwersytet Nadrzeczny w Lesznie",
        "Fundação Serrana de Apoio ao Desenvolvimento Científico",
    ],
)
def test_connectors_of_other_languages_stay_inside_names(extractor, name):
    facts = run(extractor, f"Alder University signed an MoU with {name} on Monday.")
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["Alder University", name])]


def test_partners_listed_with_their_country_and_a_based_company(extractor):
    facts = run(
        extractor,
        "Alder University on Wednesday signed memoranda of understanding with Universiti Tanjung Alor (UTA) "
        "of Malaysia, Universitas Pesisir Jaya of Indonesia and Pune-based Varuna Robotics Private Limited.",
    )
    assert sorted(p for a in facts.agreements for p in a.parties if p != "Alder University") == [
        "Universitas Pesisir Jaya",
        "Universiti Tanjung Alor",
        "Varuna Robotics Private Limited",
    ]


def test_nationality_adjectives_after_with_are_not_bodies(extractor):
    facts = run(
        extractor,
        "Alder University signs MoUs with Malaysian, Indonesian varsities and a Chilean agrarian faculty. "
        "Alder University signed the memoranda with Universiti Tanjung Alor and Universitas Pesisir Jaya.",
    )
    assert sorted(i.name for i in facts.institutions) == [
        "Alder University", "Universitas Pesisir Jaya", "Universiti Tanjung Alor"
    ]  # fmt: skip


def test_the_place_of_a_named_university_is_its_short_form(extractor):
    facts = run(
        extractor,
        "Alder University concluded a double-degree agreement with the Universidade do Carrapito on 4 June. "
        "The rector said the deal with Carrapito was signed after two years of talks.",
    )
    assert [i.name for i in facts.institutions] == ["Alder University", "Universidade do Carrapito"]
    assert "Carrapito" in facts.institution("Universidade do Carrapito").aliases


def test_the_medical_school_and_the_home_hospital(extractor):
    from kg.model import Article, content_id

    text = (
        "News from the Alder University School of Medicine\n\n"
        "Medical school signs exchange pact\n\nJune 27, 2023\n\n"
        "The medical school has signed a student exchange agreement with the Universidad de Sierra Alta's "
        "Faculty of Medicine in Ronda, Spain. Spanish students will train at Alder University Hospital, "
        "while Alder students will rotate at the Hospital Universitario Virgen del Pino. "
        "The exchange builds on a 2019 memorandum of understanding between Alder University and the "
        "Universidad de Sierra Alta. "
        "The hospital, meanwhile, has entered a three-year research agreement with Birch Diagnostics Inc.\n"
    )
    facts = extractor.extract(
        Article(id=content_id(text), source="t.txt", text=text, published="2023-06-27")
    )
    assert sorted((sorted(a.parties), a.type, a.signed) for a in facts.agreements) == [
        (["Alder University", "Universidad de Sierra Alta"], "mou", "2019"),
        (["Alder University Hospital", "Birch Diagnostics Inc."], "research", "2023-06"),
        (
            ["Alder University School of Medicine", "Faculty of Medicine"],
            "student_exchange",
            "2023-06",
        ),
    ]
    assert facts.institution("Hospital Universitario Virgen del Pino").kind == "hospital"


def test_when_a_programme_starts_is_not_when_it_was_signed(extractor):
    facts = run(
        extractor,
        "Alder University signed a student exchange agreement with Birch University, with the first exchanges starting in January.",
    )
    assert [a.signed for a in facts.agreements] == ["2024-06"]


def test_one_agreement_per_bulleted_pair(extractor):
    facts = run(
        extractor,
        "On the sidelines of the forum, three memoranda of understanding were signed between Alder and Birch institutions:\n"
        "- Alder University and Birch University;\n"
        "- the Alder Institute of Technology and Birch Polytechnic University;\n"
        "- Alder Medical College and Birch General Hospital.\n",
    )
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Alder Institute of Technology", "Birch Polytechnic University"],
        ["Alder Medical College", "Birch General Hospital"],
        ["Alder University", "Birch University"],
    ]


def test_the_pact_was_inked_by_restates_the_agreement(extractor):
    facts = run(
        extractor,
        "Alder University, Birch Hospital and the Cedar Foundation signed a tripartite memorandum of understanding on Saturday. "
        "The pact was inked by Alder's rector, the hospital's director Dr. Mina Rao and the foundation's chair.",
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Hospital", "Cedar Foundation"], "mou", "2024-06-08")
    ]


def test_a_former_name_is_not_a_party(extractor):
    facts = run(
        extractor,
        "Alder Medical University, known as Alder Medical College until 2018, signed a research agreement with Birch University.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Medical University", "Birch University"]
    ]


def test_a_cooperation_protocol_is_an_instrument(extractor):
    facts = run(
        extractor,
        "The Ministry of Science signed a cooperation protocol with Birch University on Monday.",
    )
    assert agreements(facts) == [
        (["Birch University", "Ministry of Science"], "framework", "2024-06-10")
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Institut national de la recherche appliquée",
        "Hochschule Oberland für angewandte Wissenschaften",
        "Hogeschool Rijn en Maas",
        "Universitatea Dunărea de Sus din Brăila",
        "École nationale supérieure des mines de Valmont",
    ],
)
def test_names_that_go_on_in_lowercase_words_of_their_language(extractor, name):
    facts = run(
        extractor,
        f"Alder University signed a memorandum of understanding with the {name} on Monday.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["Alder University", name])]


def test_an_extension_and_the_original_agreement(extractor):
    facts = run(
        extractor,
        "Alder Sensors Inc. also announced today that it has extended by two years its collaboration agreement "
        "with Birch University, first signed in 2021.",
    )
    assert sorted(a.signed for a in facts.agreements) == [
        "2021",
        "2024-06",
    ]  # "announced today": not a signing date


def test_the_members_of_the_alliance_are_listed_after_the_signing(extractor):
    facts = run(
        extractor,
        "Rectors of four universities signed the founding agreement of the Delta alliance on Friday.\n\n"
        "The members of the alliance are:\n\n"
        "- Alder University, which coordinates the alliance\n"
        "- Birch University (BU), Germany\n"
        "- Cedar University\n"
        "- Universidad del Dunas\n",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University", "Cedar University", "Universidad del Dunas"]
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Alder University hosted a delegation from Birch University on Monday. During the visit, a memorandum of understanding was signed.",
        "A delegation from Birch University visited Alder University on Monday, where a memorandum of understanding was signed.",
    ],
)
def test_a_passive_signing_during_a_visit_is_between_host_and_guest(extractor, body):
    assert agreements(run(extractor, body)) == [
        (["Alder University", "Birch University"], "mou", "2024-06-10")
    ]


def test_a_visit_without_a_signing_is_no_agreement(extractor):
    facts = run(
        extractor,
        "Alder University hosted a delegation from Birch University on Monday. No agreement was signed during the visit.",
    )
    assert facts.agreements == []


def test_the_agreement_signed_right_after_is_the_same_one(extractor):
    facts = run(
        extractor,
        "Alder University has signed a research agreement with the Birch Institute. "
        "The agreement was signed on 3 June at Cedar University in the presence of the Dunmore Agency.",
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Institute"], "research", "2024-06-03")
    ]


def test_a_name_ends_at_its_possessive(extractor):
    facts = run(
        extractor,
        "Alder University's vice-chancellor signed the agreement with Birch University's president.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University"]
    ]


def test_each_instrument_with_its_own_partner(extractor):
    facts = run(
        extractor,
        "Alder University on Saturday signed a research agreement with South Korea's Birch Agritech Co. "
        "and an academic cooperation agreement with Japan's Cedar University.",
    )
    assert sorted(agreements(facts)) == [
        (["Alder University", "Birch Agritech Co."], "research", "2024-06-08"),
        (["Alder University", "Cedar University"], "framework", "2024-06-08"),
    ]


def test_a_company_described_by_nationality_in_a_list(extractor):
    facts = run(
        extractor,
        "The Alder Research Organization (ARO) and the Chinese seed firm Birch Seeds Co., Ltd. signed a letter of intent.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Research Organization", "Birch Seeds Co., Ltd."]
    ]


def test_it_is_the_subject_of_its_own_sentence(extractor):
    facts = run(
        extractor,
        "Cedar Institute and Dunmore Seeds Ltd signed a letter of intent. "
        "Alder University has worked with Chinese institutions since 2017, when it signed a memorandum of understanding with Birch University.",
    )
    assert (["Alder University", "Birch University"], "mou", "2017") in agreements(facts)


def test_the_two_universities_after_a_faculty_signing_are_the_universities(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University renewed their exchange agreement on 3 June. "
        "The same afternoon, a double degree agreement was signed by the Faculty of Engineering of Alder University "
        "and the Faculty of Mechanics of Birch University. "
        "The partnership dates back to 2009, when the two universities first concluded an exchange agreement.",
    )
    assert (["Alder University", "Birch University"], "framework", "2009") in agreements(facts)


@pytest.mark.parametrize(
    "name",
    [
        "Politechnika Nadrzeczna",
        "Politeknik Negeri Alor",
        "Secretaría de Salud del Estado de Alor",
        "Szpital Wojewódzki w Alorze",
        "Prince of Alor University",
    ],
)
def test_head_words_of_more_languages_and_royal_names(extractor, name):
    facts = run(
        extractor, f"Birch University signed a memorandum of understanding with {name} on Monday."
    )
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["Birch University", name])]


@pytest.mark.parametrize(
    "body",
    [
        "A draft MoU between Alder University and Birch University will be tabled at the senate meeting.",
        "A memorandum of understanding between Alder University and Birch University will be presented to the council next week.",
    ],
)
def test_draft_and_tabled_agreements_are_not_made(extractor, body):
    assert run(extractor, body).agreements == []


@pytest.mark.parametrize(
    "name",
    [
        "Alder Imaging S.p.A.",
        "Alder Bioimaging S.r.l.",
        "Leibniz-Institut für Alderkunde",
        "Friedrich-Alder-Universität Jena",
    ],
)
def test_legal_forms_and_hyphenated_heads(extractor, name):
    facts = run(extractor, f"{name} signed a research agreement with Birch University on Monday.")
    assert [sorted(a.parties) for a in facts.agreements] == [sorted([name, "Birch University"])]


def test_a_wire_dateline_does_not_glue_to_the_name(extractor):
    facts = run(
        extractor,
        "MILAN--(BUSINESS WIRE)--12 June 2024--Alder Imaging S.p.A. today announced a three-year research accord with Birch University.",
    )
    assert agreements(facts) == [
        (["Alder Imaging S.p.A.", "Birch University"], "research", "2024-06-12")
    ]


def test_a_former_name_after_formerly_is_the_same_body(extractor):
    facts = run(
        extractor,
        "Alder Imaging S.p.A. signed an MoU with Cedar University. Alder, formerly Birch Imaging S.r.l., "
        "has collaborated with Dunmore University since 2017, when the two signed a framework agreement.",
    )
    assert "Birch Imaging S.r.l." in facts.institution("Alder Imaging S.p.A.").aliases
    assert (["Alder Imaging S.p.A.", "Dunmore University"], "framework", "2017") in agreements(
        facts
    )


def test_a_renewal_and_the_memorandum_first_signed_years_ago(extractor):
    facts = run(
        extractor,
        "On the same day as the Cedar signing, Alder University renewed its memorandum of understanding with "
        "Birch University for a further five years. The memorandum, first signed in 2016, supports staff exchange.",
    )
    assert sorted(agreements(facts)) == [
        (["Alder University", "Birch University"], "mou", "2016"),
        (["Alder University", "Birch University"], "mou", "2024-06"),
    ]


def test_an_institute_of_a_university_is_also_known_by_its_own_name(extractor):
    facts = run(
        extractor,
        "The Kessler Memorial Institute for Medical Research of the University of Alder signed an MoU with Birch Ltd.",
    )
    inst = facts.institution(
        "Kessler Memorial Institute for Medical Research of the University of Alder"
    )
    assert "Kessler Memorial Institute for Medical Research" in inst.aliases


def test_fields_after_joint_teaching_and_to_strengthen(extractor):
    facts = run(
        extractor,
        "Alder Hospital and Birch Hospital signed a partnership agreement on Tuesday to strengthen neurosurgery, "
        "infectious diseases and hospital management.",
    )
    assert {"infectious diseases", "neurosurgery"} <= set(facts.agreements[0].fields)


def test_signatories_named_with_their_titles_and_semicolons(extractor):
    facts = run(
        extractor,
        "The memorandum was signed by the Vice-Chancellor of Alder University, Prof. Amina Bello; the Director-General "
        "of the Birch Institute of Tropical Agriculture, Dr. Jan Roe; and the Managing Director of Cedar Agro Limited, "
        "Mr. Ade Musa, in the presence of the Dunmore Agency.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch Institute of Tropical Agriculture", "Cedar Agro Limited"]
    ]


def test_a_signatory_of_a_countrys_region_is_no_unit(extractor):
    facts = run(
        extractor,
        "The agreement was signed by Alder Agricultural University of China's Xinjiang Uygur Autonomous Region, "
        "Birch Agrarian University and the Cedar Institute of Irrigation.",
    )
    assert len(facts.agreements[0].parties) == 3


@pytest.mark.parametrize("cue", ["They are", "The ten universities are"])
def test_a_roster_after_a_signing_of_many(extractor, cue):
    names = ["Alder", "Birch", "Cedar", "Dunmore", "Elm", "Fir", "Gorse", "Hazel", "Ivy", "Juniper"]
    listed = ", ".join(f"{n} University" for n in names[:-1]) + f" and {names[-1]} University"
    facts = run(
        extractor,
        f"Ten universities signed a charter on Monday to set up a climate network. {cue} {listed}.",
    )
    assert [len(a.parties) for a in facts.agreements] == [10]


def test_the_signatories_separated_by_semicolons(extractor):
    facts = run(
        extractor,
        "A memorandum of understanding was signed on Friday at a hotel in the presence of the minister.\n\n"
        "The signatories were: Alder University (AU); the Birch Provincial Administrative Organisation; "
        "the Cedar Tourism Authority; Dunmore Hospitality Group Plc; and the Elm Hotels Association.",
    )
    assert [len(a.parties) for a in facts.agreements] == [5]


def test_it_was_signed_by_names_the_parties_of_the_signing_just_told(extractor):
    facts = run(
        extractor,
        "A memorandum of understanding on cassava value chains was signed on Thursday in Abuja. It was signed by the "
        "Vice-Chancellor of Alder University, Prof. Amina Bello; the Director-General of the Birch Institute (BI), "
        "Dr Jan Roe; and the Managing Director of Cedar Agro Limited, Mrs Ada Musa.",
    )
    assert agreements(facts) == [
        (["Alder University", "Birch Institute", "Cedar Agro Limited"], "mou", "2024-06-06")
    ]


def test_bulleted_signatories_with_their_representatives(extractor):
    facts = run(
        extractor,
        "The general collaboration agreement was signed by the heads of the three institutions:\n\n"
        "- Universidad Autónoma de Alder (UAA), represented by its rector, Dr. Rosa Martínez;\n"
        "- Instituto Tecnológico de Birch (ITB), represented by its director, Mtro. Jorge Ruiz;\n"
        "- Cedar Petroquímica, S.A. de C.V., represented by its chief executive, Ing. Luis Ávila.\n",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        [
            "Cedar Petroquímica, S.A. de C.V.",
            "Instituto Tecnológico de Birch",
            "Universidad Autónoma de Alder",
        ]
    ]


def test_a_headline_naming_some_of_the_parties_is_the_same_agreement(extractor):
    from kg.model import Article, content_id

    text = (
        "Alder University and the Birch Institute sign MoU with agro firm\n\n"
        "Farmers in the region have long asked for better seed. Yields have fallen for three years. "
        "Alder University, the Birch Institute and Cedar Agro Limited signed a memorandum of understanding on Thursday.\n"
    )
    facts = extractor.extract(
        Article(id=content_id(text), source="t.txt", text=text, published=PUBLISHED)
    )
    assert [len(a.parties) for a in facts.agreements] == [3]


def test_an_acronym_never_defined_is_the_body_it_spells(extractor):
    facts = run(
        extractor,
        "Students at Great Lakes Polytechnic University will earn two degrees. "
        "GLPU and Birch University signed a dual degree agreement on Monday.",
    )
    assert agreements(facts) == [
        (["Birch University", "Great Lakes Polytechnic University"], "dual_degree", "2024-06-10")
    ]


def test_acronyms_with_accented_capitals_and_erasmus_agreements(extractor):
    facts = run(
        extractor,
        "Toros Teknik Üniversitesi (TTÜ) hosted the rector of Politecnico di Alba. TTÜ and Politecnico di Alba "
        "signed an Erasmus+ inter-institutional agreement on Wednesday.",
    )
    assert agreements(facts) == [
        (["Politecnico di Alba", "Toros Teknik Üniversitesi"], "student_exchange", "2024-06-12")
    ]


def test_names_that_start_in_lowercase(extractor):
    facts = run(
        extractor,
        "Alder University signed a memorandum of agreement with the eThekwini Municipality on Monday.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "eThekwini Municipality"]
    ]


def test_a_surname_after_with_is_no_body(extractor):
    facts = run(
        extractor,
        "Dean Patricia Okafor welcomed the visitors. The rector of Birch University came to sign the agreement with Okafor.",
    )
    assert "Okafor" not in [i.name for i in facts.institutions]


def test_prepared_for_signing_is_a_plan(extractor):
    facts = run(
        extractor,
        "The vice-rectors of Alder University and Birch University held talks and proposed that a cooperation "
        "agreement be prepared for signing in 2025.",
    )
    assert facts.agreements == []


def test_a_known_alias_after_and_is_another_body(extractor):
    facts = run(
        extractor,
        "Universitas Alor Raya (Unalra) hosted the event. The Provincial Government of East Alor and Unalra "
        "signed a cooperation agreement on stunting prevention.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Provincial Government of East Alor", "Universitas Alor Raya"]
    ]


def test_the_memorandum_they_signed_years_before(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a memorandum of agreement on Monday to put into practice "
        "the memorandum of understanding they signed in 2022.",
    )
    assert sorted(a.signed for a in facts.agreements) == ["2022", "2024-06-10"]


def test_a_headline_does_not_end_the_description_of_the_agreement(extractor):
    from kg.model import Article, content_id

    text = (
        "Alder University, Birch University sign framework agreement\n\n"
        "Alder University and Birch University signed a framework cooperation agreement on Wednesday.\n\n"
        "The agreement was signed by the two presidents in the presence of the minister.\n\n"
        "The agreement provides for the exchange of academic staff and students between the two universities.\n"
    )
    facts = extractor.extract(
        Article(id=content_id(text), source="t.txt", text=text, published=PUBLISHED)
    )
    assert [sorted(a.exchanges) for a in facts.agreements] == [["staff", "student"]]


def test_a_wire_dateline_and_said_thursday_are_not_the_signing_date(extractor):
    facts = run(
        extractor,
        "SEOUL, June 13 (Yonhap) -- Alder Biologics Co., a biotech startup, said Thursday it has signed a joint "
        "research agreement with the Birch Institute of Science. Under the deal signed Wednesday, the two sides "
        "will develop antibodies.",
    )
    assert agreements(facts) == [
        (["Alder Biologics Co.", "Birch Institute of Science"], "research", "2024-06-12")
    ]


def test_month_last_year(extractor):
    facts = run(
        extractor,
        "Alder Biologics Co. struck a deal with Birch University Hospital in March last year to run early-stage clinical studies.",
    )
    assert agreements(facts) == [
        (["Alder Biologics Co.", "Birch University Hospital"], "research", "2023-03")
    ]


def test_an_agreement_signed_yesterday_to_create_a_joint_centre(extractor):
    facts = run(
        extractor,
        "The Universidad de Alba and the Universidade de Évora signed an agreement yesterday to create a joint "
        "cross-border research centre. The agreement was signed by the rectors of the Universidad de Alba and the "
        "University of Évora.",
    )
    assert agreements(facts) == [
        (["Universidad de Alba", "Universidade de Évora"], "joint_lab", "2024-06-11")
    ]
    assert "University of Évora" in facts.institution("Universidade de Évora").aliases


def test_a_signing_without_instrument_in_an_article_about_memoranda(extractor):
    facts = run(
        extractor,
        "Ten memoranda of understanding were signed in Jakarta on Tuesday. "
        "The Alder Qualifications Agency and Birch University signed for an assessment centre. "
        "Cedar University agreed to cooperate with Dunmore University on teacher training.",
    )
    assert sorted((sorted(a.parties), a.type) for a in facts.agreements) == [
        (["Alder Qualifications Agency", "Birch University"], "mou"),
        (["Cedar University", "Dunmore University"], "partnership"),
    ]


def test_fields_are_not_activities_or_dangling_words(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed an MoU on Monday covering research in disaster management, "
        "joint supervision of doctoral candidates and the shared use of laboratories.",
    )
    assert facts.agreements[0].fields == ["disaster management"]


def test_a_name_and_an_acronymed_short_form_are_two_bodies(extractor):
    facts = run(
        extractor,
        "The Technische Universität Birchland (TU Birchland) hosted the visitors. "
        "Alder University of Technology and TU Birchland renewed their academic exchange agreement on Monday.",
    )
    assert [len(a.parties) for a in facts.agreements] == [2]


@pytest.mark.parametrize(
    "name",
    [
        "Junta de Alderia",
        "Policlinico Alder",
        "Comissão de Coordenação do Alder",
        "Agenzia Spaziale Alderiana",
    ],
)
def test_more_head_words_of_public_bodies_and_hospitals(extractor, name):
    facts = run(
        extractor, f"Birch University signed a research agreement with the {name} on Monday."
    )
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(["Birch University", name])]


def test_an_acronym_after_and_does_not_extend_the_name_before(extractor):
    facts = run(extractor, "Alder University of Technology and TU Birchland met in May.")
    assert [i.name for i in facts.institutions] == ["Alder University of Technology"]


def test_agreed_to_run_clinical_trials_is_research(extractor):
    facts = run(
        extractor,
        "The Alder University Hospital has agreed with Birch Pharma Ltd to run clinical trials of a new vaccine.",
    )
    assert [a.type for a in facts.agreements] == ["research"]


def test_it_after_the_university_is_the_university(extractor):
    facts = run(
        extractor,
        "The Elm Agency and the Fir Forum signed an MoU on Monday. Alder University hosted the ceremony. "
        "The university will open an office in Jakarta with Birch Tech Ltd; it has agreed with Cedar University to "
        "train doctors.",
    )
    assert (["Alder University", "Cedar University"], "partnership") in [
        (sorted(a.parties), a.type) for a in facts.agreements
    ]


def test_a_renewal_of_their_2014_memorandum_and_a_hospital_named_with_and(extractor):
    facts = run(
        extractor,
        "Last Thursday, Alder University and Moi Teaching and Referral Hospital (MTRH) in Birchtown renewed their "
        "2014 memorandum of understanding for another five years.",
    )
    assert sorted(agreements(facts)) == [
        (["Alder University", "Moi Teaching and Referral Hospital"], "mou", "2014"),
        (["Alder University", "Moi Teaching and Referral Hospital"], "mou", "2024-06-06"),
    ]


def test_an_institute_of_an_academy_signs_itself(extractor):
    facts = run(
        extractor,
        "The Alder Institute of Photonics (AIP) and the Birch Institute of Optics (BIO) of the Cedar Academy of Sciences last "
        "Thursday signed an agreement establishing a joint laboratory for fibre lasers.",
    )
    assert agreements(facts) == [
        (["Alder Institute of Photonics", "Birch Institute of Optics"], "joint_lab", "2024-06-06")
    ]


def test_a_university_signing_through_its_institute(extractor):
    facts = run(
        extractor,
        "The Alder State University (ASU) and Canada's Birch University, through its Fisheries and Marine Institute, "
        "signed a memorandum of agreement on Tuesday.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder State University", "Fisheries and Marine Institute"]
    ]


def test_the_networks_members_are_listed_after_the_signing(extractor):
    names = ["Alder", "Birch", "Cedar", "Dunmore", "Elm", "Fir"]
    listed = ", ".join(f"{n} University" for n in names[:-1]) + f" and {names[-1]} University"
    facts = run(
        extractor,
        "Representatives of six universities signed a memorandum of understanding in Kigali on Monday to create "
        f"the Lakes Research Network. The network's members are {listed}.",
    )
    assert [len(a.parties) for a in facts.agreements] == [6]


def test_joined_other_universities_between_dashes_in_signing(extractor):
    facts = run(
        extractor,
        "Alder University has joined three other universities — Birch University, Cedar University and Dunmore "
        "University — in signing a memorandum of understanding.",
    )
    assert [len(a.parties) for a in facts.agreements] == [4]


@pytest.mark.parametrize(
    "background",
    [
        "The partnership, which began with a memorandum of understanding in 2012, has grown steadily.",
        "Ties between the two date back to a 2012 memorandum of understanding.",
    ],
)
def test_an_earlier_instrument_told_as_background(extractor, background):
    facts = run(
        extractor,
        f"Alder University and Birch University signed a student exchange agreement on Monday. {background}",
    )
    assert sorted(agreements(facts)) == [
        (["Alder University", "Birch University"], "mou", "2012"),
        (["Alder University", "Birch University"], "student_exchange", "2024-06-10"),
    ]


def test_building_on_an_earlier_memorandum_in_the_same_sentence(extractor):
    facts = run(
        extractor,
        "Alder University signed a student exchange agreement with Birch University on Monday, building on a "
        "memorandum of understanding signed in 2012.",
    )
    assert (["Alder University", "Birch University"], "mou", "2012") in agreements(facts)


@pytest.mark.parametrize(
    "body",
    [
        "The agreement with Birch University was signed on Monday by Alder University Rector Jan Kowal.",
        "Alder University's partnership with Birch University was formalised on Monday with the signing of a memorandum of understanding.",
    ],
)
def test_a_pair_told_by_its_instrument(extractor, body):
    assert [sorted(a.parties) for a in run(extractor, body).agreements] == [
        ["Alder University", "Birch University"]
    ]


def test_phd_candidates_exchanged_are_students(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed an MoU on Monday. The two sides will also exchange PhD "
        "candidates and postdoctoral researchers.",
    )
    assert [sorted(a.exchanges) for a in facts.agreements] == [["researcher", "student"]]


@pytest.mark.parametrize(
    ("follow_up", "fields"),
    [
        ("The two institutions will collaborate on robotics and smart manufacturing.", ["robotics", "smart manufacturing"]),
        ("Joint projects will address food security and climate adaptation.", ["food security", "climate adaptation"]),
    ],
)  # fmt: skip
def test_fields_told_with_collaborate_on_and_address(extractor, follow_up, fields):
    facts = run(
        extractor, f"Alder University and Birch University signed an MoU on Monday. {follow_up}"
    )
    assert [sorted(a.fields) for a in facts.agreements] == [sorted(fields)]


def test_a_loose_acronym_is_a_body_when_it_signs(extractor):
    facts = run(
        extractor, "DKIST signed a memorandum of understanding with Birch University on Monday."
    )
    assert [sorted(a.parties) for a in facts.agreements] == [["Birch University", "DKIST"]]


def test_a_loose_acronym_in_passing_is_not_listed(extractor):
    facts = run(
        extractor,
        "Alder University signed an MoU with Birch University on Monday. Both rank above KTSU in the QRX table.",
    )
    assert sorted(i.name for i in facts.institutions) == ["Alder University", "Birch University"]


def test_an_acronym_ending_a_name_is_that_body(extractor):
    facts = run(
        extractor,
        "The Alder Institute for Cell Therapy IZQ and the Birch Fund signed an MoU on Monday. Under it, IZQ will help "
        "the Birch Fund find partners.",
    )
    assert "IZQ" in facts.institution("Alder Institute for Cell Therapy IZQ").aliases


def test_a_legal_form_ends_its_sentence(extractor):
    facts = run(
        extractor,
        "The MoU was witnessed by Jan Roe, chief technology officer of Alder Systems, Ltd. Both universities signed "
        "an agreement with Birch University in 2006.",
    )
    assert "Alder Systems, Ltd." in [i.name for i in facts.institutions]


def test_pte_ltd_does_not_end_a_sentence(extractor):
    facts = run(
        extractor,
        'Helix Imaging Pte. Ltd. ("Helix"), a Singapore-based developer, today announced that it has '
        "entered into a research agreement with Birch University.",
    )
    assert sorted(facts.agreements[0].parties) == ["Birch University", "Helix Imaging Pte. Ltd."]


def test_a_legal_form_ends_its_sentence_before_a_surname(extractor):
    facts = run(
        extractor,
        "On the Japanese side, the talks were led by Hiroshi Okada, president of Alder Care Co., Ltd. "
        "Tan-Abellana and Okada signed a memorandum of agreement with Birch University on Monday.",
    )
    assert "Alder Care Co., Ltd." in [i.name for i in facts.institutions]


@pytest.mark.parametrize(
    ("instrument", "code"),
    [
        ("an agreement on student and staff exchange", "student_exchange"),
        ("a cotutelle agreement", "dual_degree"),
        ("an agreement to launch a joint master's programme in data science", "dual_degree"),
        ("a double master's degree agreement in energy engineering", "dual_degree"),
        ("a clinical practicum agreement", "partnership"),
        (
            "an agreement creating the Unidad Conjunta de Genómica, a joint research unit",
            "joint_lab",
        ),
        ("an agreement to find out whether an algorithm can detect heart disease", "research"),
        (
            "an agreement that lets up to four nursing students spend a term at the partner",
            "student_exchange",
        ),
        # a memorandum stays a memorandum whatever it is on
        ("a memorandum on clinical placements for nursing students", "mou"),
        # French instrument names as written in English news
        ("a convention de partenariat hospitalo-universitaire", "partnership"),
        ("an acordo de dupla diplomação in agronomy", "dual_degree"),
        ("a student and staff exchange agreement", "student_exchange"),
    ],
)
def test_more_instrument_types(extractor, instrument, code):
    facts = run(extractor, f"Alder University and Birch University signed {instrument} on Monday.")
    assert [a.type for a in facts.agreements] == [code]


def test_a_field_word_inside_a_name_is_no_field(extractor):
    facts = run(
        extractor,
        "The state-funded Electronics and Telecommunications Research Institute (ETRI) signed a partnership on "
        "artificial intelligence research with Birch University.",
    )
    assert "electronics" not in facts.agreements[0].fields
    assert any("artificial intelligence" in f for f in facts.agreements[0].fields)


def test_documents_exchanged_on_saturday_date_the_agreements_told_next(extractor):
    facts = run(
        extractor,
        "Five cooperation documents between Alder and Birch institutions were exchanged on Saturday at a forum. "
        "Alder University and Birch University signed a memorandum of understanding on student exchange.",
    )
    assert [a.signed for a in facts.agreements] == ["2024-06-08"]


def test_a_sentence_after_a_bulleted_list_still_describes_the_agreements(extractor):
    facts = run(
        extractor,
        "On the sidelines of the forum, five memoranda of understanding were signed between Alder and Birch institutions:\n"
        "- Alder University and Birch University;\n"
        "- Alder Institute of Technology and Birch Polytechnic University;\n"
        "- Alder Medical College and Birch General Hospital;\n"
        "- Alder State University and Birch Agricultural University;\n"
        "- Alder Marine University and Birch Ocean University.\n\n"
        "The memoranda cover the exchange of students and faculty members.\n",
    )
    assert len(facts.agreements) == 5
    assert all(sorted(a.exchanges) == ["staff", "student"] for a in facts.agreements)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # lowercase heads after a capitalised first word, with a locative place
        ("Technická univerzita v Kladně", "university"),
        ("Šiaulių technikos universitetas", "university"),
        ("Bottniska universitetet", "university"),
        ("Pohjois-Karjalan yliopisto", "university"),
        ("Poljoprivredni fakultet", "academic_unit"),
        ("Nord-Troms universitetssykehus", "hospital"),
        # a capitalised Slavic head with lowercase genitives
        ("Fakulta mechatroniky", "academic_unit"),
        ("Sveučilište u Zadru", "university"),
        # a Hungarian compound head
        ("Alföldi Tudományegyetem", "university"),
        # "de los", a capitalised connector at the end, a number after a weak head
        ("Universidad Nacional de los Llanos Altos", "university"),
        ("Universidad de Tarapacá Sur", "university"),
        # Irish heads and articles, Spanish regional governments, Vietnamese names
        ("Ollscoil Teicneolaíochta an Deiscirt", "university"),
        ("Gobernación de Antioquia", "government"),
        ("Nevada Office of Clean Water Development", "government"),
        # a dash with no spaces joins two parts of one name
        ("Alder State University–Birch Institute of Technology", "research_institute"),
        # a word cut at a hyphen before "und"; "of" after a head keeps "Valley"
        ("Institut für Polar- und Meeresforschung Bremerhaven", "research_institute"),
        ("College of Engineering of the University of Texas Rio Grande Valley", "academic_unit"),
        # an Indonesian state company
        ("PT Semen Birch (Persero) Tbk", "company"),
        # a quoted eponym after the head; the Czech "učení"
        ('National Technical University "Birch Polytechnic Institute"', "university"),
        ("Vysoké učení technické v Kladně", "university"),
        # a hospital named after a doctor; a Malaysian company
        ("Hospital de Clínicas Dr. Manuel Birch", "hospital"),
        ("Sawit Birch Berhad", "company"),
        ("Ege Birch Sanayi ve Ticaret A.Ş.", "company"),
        ("Trường Đại học Công nghiệp Hà Nội", "university"),
        # Nordic compounds and legal forms, a Nordic "i" after a lowercase head
        ("Karelian ammattikorkeakoulu", "university"),
        ("Vestfjord universitetssjukehus", "hospital"),
        ("Regionshospitalet Nordvest", "hospital"),
        ("Alder Professionshøjskole", "university"),
        ("Birch Imaging AS", "company"),
        ("Fjordmejeri a.m.b.a.", "company"),
        ("Norrlands universitet i Birchby", "university"),
        ("Háskólinn á Alderfirði", "university"),
        # Swiss, Belgian and Romanian shapes
        ("Kantonsspital Birchtal", "hospital"),
        ("Alpine Forschungsanstalt Birchtal", "research_institute"),
        ("Sri Alder Dairy Products Ltd.", "company"),
        ("Birchırmak University Research and Application Hospital", "hospital"),
        ("Istarski institut za vinogradarstvo", "research_institute"),
        ("Central Birchia Hospital District", "hospital"),
        ("Krajská nemocnice Birchov, a.s.", "hospital"),
        ("Veleučilište u Birchu", "university"),
        ("Consorzio per la Tutela dei Vini del Birchio", "other"),
        ("École nationale supérieure des eaux et de l'environnement de Birchy", "university"),
        ("Università degli Studi dell'Alta Birchia", "university"),
        ("AZ Sint-Alder", "hospital"),
        ("Cliniques universitaires de Birchy", "hospital"),
        ("Université libre de Birchy", "university"),
        ("Universitatea de Medicină și Farmacie din Birchești", "university"),
        ("Institutul Național pentru Genetică Medicală", "research_institute"),
        ("Birch Auto Components S.R.L.", "company"),
        # a Spanish technological institute named by its adjective
        ("Tecnológico de Birchtal", "university"),
        # a Slavic locative adjective and the lowercase noun it agrees with
        ("Sveučilište u Birchskom kotaru", "university"),
        # a Portuguese charity hospital, a Dutch state university, an Indonesian college
        ("Santa Casa de Misericórdia de Birchópolis", "hospital"),
        ("Rijksuniversiteit Birchstad", "university"),
        ("Sekolah Tinggi Ilmu Kesehatan Bina Birch", "university"),
        ("Trường Đại học Bách khoa Nam Birch", "university"),
        ("Fundación Birch para la Salud Rural", "other"),
        ("Al-Birch Health Cluster", "hospital"),
        # a royal title opens a name given after a person
        ("Prince Birchbakar Audu University", "university"),
        # French "contre" and "pour" inside names
        ("Fondation Birchienne de Lutte contre le Paludisme", "other"),
        ("Fondation pour la Recherche Birch", "other"),
        # Albanian: "i" after a definite head means "of"
        ("Universiteti i Birchës", "university"),
        ("Universiteti Politeknik i Birchës", "university"),
        ("Qendra Spitalore Universitare Birch", "hospital"),
        # Baltic legal forms
        ("Baltijas Birch Inženierija SIA", "company"),
        # Swahili "ya", "cha", "wa": "of"
        ("Kanda ya Birch Referral Hospital", "hospital"),
        ("Chuo Kikuu cha Birch", "university"),
        # a nation-wide body: "All" opens its name
        ("All India Institute of Birch Sciences", "research_institute"),
        # Polish and Czech legal forms; Dutch foundations; Central European regions and communes
        ("Birch Robotics Sp. z o.o.", "company"),
        ("Nemocnice Birchov, příspěvková organizace", "hospital"),
        ("Stichting Birch Gezondheid", "other"),
        ("Kraj Birchovina", "government"),
        ("Gmina Birchów", "government"),
        # a Turkish company's lines of business inside its name
        ("Birch Rüzgâr Enerjisi Üretim, Ticaret ve Sanayi A.Ş.", "company"),
        # a hyphenated place adjective with accents opens a name; a Nordic region
        ("Birch-vidéki Tudományegyetem", "university"),
        ("Region Birchland", "government"),
        # Azerbaijani and Lebanese legal forms; Quebec's colleges
        ("Birch Polimer Kompleksi MMC", "company"),
        ("Birchèdre S.A.L.", "company"),
        ("Cégep de la Haute-Birch", "university"),
        # Portuguese laboratories; a country named with "e" ends the name
        ("Laboratório Nacional de Birch", "research_institute"),
        # a Queensland hospital and health service
        ("Birch and Tablelands Hospital and Health Service", "hospital"),
        # a Dutch university medical centre
        ("Birchmeer UMC", "hospital"),
        # a national geological survey is a government body
        ("Birchland Geological Survey", "government"),
        # French adjectives in -ables after a Romance head
        ("École nationale supérieure des énergies renouvelables de Birchville", "university"),
        ("Laboratório Nacional de Saúde Pública de Trinidad e Tobago", "research_institute"),
        # a body named after a king; a place named "Gulf of"; a research station
        ("King Birch Institute", "research_institute"),
        ("Gulf of Birch Maritime University", "university"),
        ("Birch Valley Experimental Station", "research_institute"),
        # Romanian "a" (of) after a Romanian head; a Swiss canton; a Romanian county council
        ("Universitatea Tehnică a Litoralului din Birchești", "university"),
        ("Canton of Birchwald", "government"),
        ("Consiliul Județean Birchești", "government"),
        # French adjectives in -imes
        ("École nationale supérieure des techniques maritimes de Birchville", "university"),
        # French, Portuguese and Galician local governments
        ("Communauté d'agglomération Baie de Birch", "government"),
        ("Município de Birchal", "government"),
        ("Concello de Birchal", "government"),
        # Malay and Indonesian faculties
        ("Fakulti Kejuruteraan Birch dan Informatik", "academic_unit"),
        ("Fakultas Teknik Birchwangi", "academic_unit"),
        # chambers of commerce in their own languages
        ("Regionální hospodářská komora Birchsko", "other"),
        ("Industrie- und Handelskammer Birchland", "other"),
        ("Camera de Comerț și Industrie a Birchlandei", "other"),
        ("Kamer van Koophandel Birchland", "other"),
        ("Birchtown Ticaret Odası", "other"),
        # a Dutch hospital group; a Polish regional office
        ("Ziekenhuisgroep Birch-Achterhoek", "hospital"),
        ("Urząd Marszałkowski Województwa Birchskiego", "government"),
        # an administration is a government body
        ("Birchland Rural Development Administration", "government"),
        # Swahili "za" (of)
        ("Chuo Kikuu cha Sayansi za Afya Birchi", "university"),
        # French demonym adjectives in lower case
        ("Université du Littoral acadien", "university"),
        # two towns joined by a slash; Malaysia's "(M)" before its legal form
        ("Hochschule Birchau/Görlitz", "university"),
        ("Birch BioSystems (M) Sdn Bhd", "company"),
        # Portuguese "a" (to) inside a name; a Frisian water board
        ("Fundação Birch de Amparo a Estudos e Pesquisas", "other"),
        ("Wetterskip Birchlân", "government"),
        # any word a French, Spanish or Portuguese name's own preposition governs
        ("École nationale des sages-femmes de Birchville", "university"),
        ("Institut régional de formation des agents de santé de Birchville", "research_institute"),
        # a "Haute école"; Spanish "sin" (without); a Spanish health service
        ("Haute école spécialisée en soins infirmiers de Birchville", "university"),
        ("Fundación Salud sin Fronteras Birchandina", "other"),
        ("Servicio de Salud de Birchlandia", "government"),
        # Ukrainian and Russian company forms before the name
        ("TOV Birch Agro-Invest", "company"),
        ("Birch Genomics L.L.C.", "company"),
        ("Governorship of Birchío", "government"),
        # a public health service, but Queensland's hospital and health services run hospitals
        ("Birchland Health Service", "government"),
        ("Birch Coast Hospital and Health Service", "hospital"),
        # bodies named after a prince or a sheikh, with Arabic particles in the name
        ("Prince Fahd bin Birchan Institute for Water Studies", "research_institute"),
        ("Sheikh Birchan Hospital", "hospital"),
        # Galician, Catalan, Spanish, Portuguese, French, German, Turkish, Latvian and
        # Maori heads; a cooperative and a Bosnian joint-stock company
        ("Servizo Birchego de Saúde", "government"),
        ("Gerencia Regional de Salud de Birchia", "government"),
        ("Xunta de Birchia", "government"),
        ("Agence régionale de santé Birch-Alderie", "government"),
        ("Landesgesundheitsagentur Birchtal", "government"),
        ("Birchtal İl Sağlık Müdürlüğü", "government"),
        ("Facultat de Ciències de la Salut", "academic_unit"),
        ("Fundació Birchana de Recerca Mèdica", "other"),
        ("Museo de Historia Natural de Birchia", "research_institute"),
        ("Cooperativa Agroalimentaria Campos de Birchia", "other"),
        ("Birch Forschungsgesellschaft", "other"),
        ("Corporación Birchana de Investigación Agropecuaria", "company"),
        ("Fundo Nacional de Investigação", "other"),
        ("Birchas Universitāte", "university"),
        ("Te Wānanga o Birchia", "university"),
        ("Rudnici Birch d.d.", "company"),
        # a plural head: "Higher Colleges of Technology"
        ("Birch Higher Colleges of Technology", "university"),
    ],
)
def test_names_with_lowercase_words_of_other_languages(extractor, name, kind):
    facts = run(extractor, f"The {name} and Alder University signed a memorandum of understanding.")
    assert agreements(facts) == [(sorted([name, "Alder University"]), "mou", "2024-06")]
    assert facts.institution(name).kind == kind


@pytest.mark.parametrize(
    ("sentence", "name", "short"),
    [
        # an Italian hospital "of" its town
        (
            "Alder University has signed a memorandum of understanding with the Azienda "
            "Ospedaliera Sant'Anselmo of Rovereto, Italy.",
            "Azienda Ospedaliera Sant'Anselmo of Rovereto",
            "Azienda Ospedaliera Sant'Anselmo",
        ),
        # a hospital in a town the place tables do not know
        (
            "Alder University signed a memorandum of understanding with St. Birch's Mission "
            "Hospital in Fernwoode. St. Birch's Mission Hospital will host nursing students.",
            "St. Birch's Mission Hospital in Fernwoode",
            "St. Birch's Mission Hospital",
        ),
        # a US hospital of a town and state
        (
            "Alder University signed a research agreement with St. Birch's Hospital and Cancer "
            "Center of Denver, Colorado, in June. St. Birch's Hospital and Cancer Center will "
            "host fellows.",
            "St. Birch's Hospital and Cancer Center of Denver, Colorado",
            "St. Birch's Hospital and Cancer Center",
        ),
    ],
)
def test_a_hospital_named_with_its_town_is_known_without_it(extractor, sentence, name, short):
    facts = run(extractor, sentence)
    assert short in facts.institution(name).aliases
    assert len(facts.institutions) == 2


def test_a_german_registered_association_keeps_its_form_and_kind(extractor):
    facts = run(
        extractor,
        "Alder University has signed a research agreement with the Institut für Birchforschung "
        "e.V. (IBF), a research institute.",
    )
    inst = facts.institution("Institut für Birchforschung e.V.")
    assert inst.kind == "research_institute"
    assert "IBF" in inst.aliases


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        # lowercase words of the company's own language before a Czech form
        (
            "Alder University signed a research agreement with the Czech company Energetické "
            "služby Birchov a.s. in June.",
            "Energetické služby Birchov a.s.",
        ),
        # Baltic names go on in lower case after their form
        (
            "Alder University signed a research agreement with the heating utility SIA Birchas "
            "siltums, the city's largest employer.",
            "SIA Birchas siltums",
        ),
        (
            "Alder University signed a research agreement with the engineering firm UAB Birchų "
            "tinklų projektai in June.",
            "UAB Birchų tinklų projektai",
        ),
    ],
)
def test_company_names_in_sentence_case_of_other_languages(extractor, sentence, company):
    facts = run(extractor, sentence)
    assert agreements(facts) == [(sorted(["Alder University", company]), "research", "2024-06")]


def test_a_degree_named_like_a_university_is_no_body(extractor):
    facts = run(
        extractor,
        "Alder University and Cedar University signed a double degree agreement. Graduates will "
        "receive the Spanish Máster Universitario en Enología and the Laurea Magistrale in Scienze "
        "Viticole of the Università degli Studi di Birch.",
    )
    assert sorted(i.name for i in facts.institutions) == [
        "Alder University",
        "Cedar University",
        "Università degli Studi di Birch",
    ]


def test_a_town_the_short_form_keeps_is_part_of_the_name(extractor):
    facts = run(
        extractor,
        "The Federal University of Technology, Fernwoode (FUT Fernwoode) and Alder University "
        "signed a memorandum of understanding.",
    )
    name = "Federal University of Technology, Fernwoode"
    assert agreements(facts) == [(sorted([name, "Alder University"]), "mou", "2024-06")]
    assert "FUT Fernwoode" in facts.institution(name).aliases


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", the", ", and the" and a bare "the" open the next name
        (
            "The Institute of Robotics of the Hochschule Alder für Technik, the Kantonsspital "
            "Birchtal and Cedar Medtech AG signed a memorandum of understanding.",
            ["Hochschule Alder für Technik", "Kantonsspital Birchtal", "Cedar Medtech AG"],
        ),
        (
            "Cedar Medtech AG, the Univerzita Alder v Birchove, and the Birchov hospital signed "
            "a memorandum of understanding.",
            ["Cedar Medtech AG", "Univerzita Alder v Birchove"],
        ),
        (
            "Cedar Medtech AG signed a memorandum of understanding with, from Poland the "
            "Uniwersytet Alder w Birchowie and, from Germany, the Klinikum Birchtal.",
            ["Cedar Medtech AG", "Uniwersytet Alder w Birchowie", "Klinikum Birchtal"],
        ),
    ],
)
def test_a_name_does_not_run_on_into_the_next_phrase(extractor, sentence, expected):
    names = [i.name for i in run(extractor, sentence).institutions]
    assert all(name in names for name in expected), names


def test_the_owner_described_after_of_is_no_part_of_the_name(extractor):
    facts = run(
        extractor,
        "The Fakulta mechatroniky of the Kladno university signed a memorandum of "
        "understanding with Alder University.",
    )
    assert agreements(facts) == [(["Alder University", "Fakulta mechatroniky"], "mou", "2024-06")]


def test_an_english_of_place_after_a_name_in_another_language(extractor):
    facts = run(
        extractor,
        "Alder University and the Universidad Católica del Norte of Antofagasta signed a "
        "memorandum of understanding.",
    )
    inst = facts.institution("Universidad Católica del Norte of Antofagasta")
    assert "Universidad Católica del Norte" in inst.aliases


def test_a_number_after_a_weak_head_ends_the_name(extractor):
    facts = run(
        extractor,
        "Alder University and the Department of Science and Technology – Regional Office V "
        "(DOST-V) signed a memorandum of understanding.",
    )
    name = "Department of Science and Technology – Regional Office V"
    assert agreements(facts) == [(["Alder University", name], "mou", "2024-06")]


def test_a_counted_consortium_named_in_the_next_sentence(extractor):
    facts = run(
        extractor,
        "Alder University and four partners in three countries signed a research consortium "
        "agreement on 3 June 2024 to form the Northern Rivers Network. Besides Alder University, "
        "it was signed by Birch University, the Cedar Centre for Hydrology at Fernhill University, "
        "Dunmore Hospital and Fjord Robotics A/S.",
    )
    parties = sorted(
        [
            "Alder University",
            "Birch University",
            "Cedar Centre for Hydrology",
            "Dunmore Hospital",
            "Fjord Robotics A/S",
        ]
    )
    assert agreements(facts) == [(parties, "research", "2024-06-03")]


def test_a_count_of_partners_of_separate_memoranda_is_no_consortium(extractor):
    facts = run(
        extractor,
        "Alder University signed memoranda of understanding with three universities in Spain on "
        "3 June 2024. The partners are Birch University, Cedar University and Dunmore University.",
    )
    assert all(len(a.parties) == 2 for a in facts.agreements)


def test_an_english_gloss_after_a_foreign_name_is_the_same_body(extractor):
    facts = run(
        extractor,
        "Alder University and the Nederlands Instituut voor Waterbouw (NIW), the Netherlands "
        "Institute for Water Engineering, signed a memorandum of understanding.",
    )
    assert agreements(facts) == [
        (["Alder University", "Nederlands Instituut voor Waterbouw"], "mou", "2024-06")
    ]
    inst = facts.institution("Nederlands Instituut voor Waterbouw")
    assert "Netherlands Institute for Water Engineering" in inst.aliases


@pytest.mark.parametrize(
    ("local", "gloss"),
    [
        ("Gospodarska komora Brezovica", "Brezovica Chamber of Economy"),
        ("Handelskammer Birchhausen", "Birchhausen Chamber of Commerce and Industry"),
    ],
)
def test_a_local_name_without_a_known_head_glossed_in_english(extractor, local, gloss):
    facts = run(
        extractor,
        f"On Monday, Alder University and the {local} ({gloss}) signed a memorandum of "
        "understanding on student internships.",
    )
    assert agreements(facts) == [(sorted(["Alder University", local]), "mou", "2024-06-10")]
    assert gloss in facts.institution(local).aliases


def test_an_acronym_in_capitals_beyond_latin_1_and_a_wire_credit(extractor):
    facts = run(
        extractor,
        "2024-06-12 13:05 | BNS | Science\n\nVILNIUS, June 12, BNS - Šiaulių technologijų "
        "universitetas (Šiauliai University of Technology, ŠTU) opened a battery laboratory. On "
        "Monday, ŠTU and Alder University signed a memorandum of understanding.",
    )
    assert agreements(facts) == [
        (["Alder University", "Šiaulių technologijų universitetas"], "mou", "2024-06-10")
    ]
    assert "BNS" not in [i.name for i in facts.institutions]


@pytest.mark.parametrize(
    "name", ["Federal Medical Centre, Birch-Egba", "Federal Polytechnic, Cedarode"]
)
def test_a_nigerian_federal_body_keeps_its_town(extractor, name):
    facts = run(extractor, f"Alder University and the {name}, Ethiopia's Birch University signed an MoU.")
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(["Alder University", name, "Birch University"])
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Alder University's College of Engineering and Smart Systems and Birch University "
            "signed an MoU.",
            ["Birch University", "College of Engineering and Smart Systems"],
        ),
        # a company named like a subject stays a company
        ("The Faculty of Economics and Birch Systems signed an MoU.", ["Birch Systems", "Faculty of Economics"]),
    ],
)
def test_a_subject_named_like_a_company_ends_a_units_name(extractor, sentence, names):
    facts = run(extractor, sentence)
    assert [sorted(a.parties) for a in facts.agreements] == [names]


def test_a_hospital_named_after_a_doctor_second_in_a_list(extractor):
    facts = run(
        extractor,
        "Alder University and the Hospital Docente Regional Dr. Ernesto Birch signed an MoU.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Hospital Docente Regional Dr. Ernesto Birch"]
    ]


def test_of_the_country_after_a_name_is_where_it_is(extractor):
    facts = run(extractor, "Alder University and Birch University of the United Kingdom signed an MoU.")
    assert "Birch University" in facts.institution("Birch University of the United Kingdom").aliases


def test_a_glossed_local_name_after_its_owners_name(extractor):
    facts = run(
        extractor,
        "Alder University and Universiti Birch signed a memorandum of understanding on Monday. "
        "At the same ceremony, Alder University's School of Law and UB's Kulliyyah Undang-undang "
        "Birch (Birch Faculty of Laws) signed a dual degree agreement.",
    )
    assert (["Kulliyyah Undang-undang Birch", "School of Law"], "dual_degree", "2024-06-10") in (
        agreements(facts)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a title, not a name in another language
        "The memorandum was signed by the Rector (Alder University) and the Mayor.",
        # a short English run: nothing says it is another language
        "The team used the Birch Dataset (Alder University) to train its model.",
    ],
)
def test_no_local_name_before_a_bracketed_body(extractor, sentence):
    facts = run(extractor, sentence)
    assert [i.name for i in facts.institutions] == ["Alder University"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Alder University and the Dutch Hogeschool Rijnmond signed an MoU.",
            "Hogeschool Rijnmond",
        ),
        # an English name keeps its nationality word
        (
            "Alder University and the Swiss Federal Institute of Hydrology signed an MoU.",
            "Swiss Federal Institute of Hydrology",
        ),
    ],
)
def test_a_nationality_before_a_name_in_its_own_language(extractor, sentence, name):
    facts = run(extractor, sentence)
    assert agreements(facts) == [(sorted(["Alder University", name]), "mou", "2024-06")]


def test_a_body_named_by_its_nationality_and_kind(extractor):
    facts = run(
        extractor,
        "Alder Hospital in Taipei hosted a delegation from Birch Hospital in Kumamoto, Japan, "
        "led by the director of Birch Hospital. "
        "During the visit, the Taiwanese hospital and Cedar Medical Center signed a memorandum "
        "of cooperation.",
    )
    assert agreements(facts) == [
        (["Alder Hospital in Taipei", "Cedar Medical Center"], "mou", "2024-06")
    ]


def test_two_past_agreements_told_in_one_sentence(extractor):
    facts = run(
        extractor,
        "The Alder Academy of Health Sciences has signed similar agreements before: in 2019 it "
        "concluded an agreement on eye care with the Birch Eye Hospital, and in 2022 its School "
        "of Nursing signed a student exchange agreement with Cedar College of Nursing.",
    )
    assert agreements(facts) == [
        (["Alder Academy of Health Sciences", "Birch Eye Hospital"], "framework", "2019"),
        (["Cedar College of Nursing", "School of Nursing"], "student_exchange", "2022"),
    ]


def test_the_company_whose_research_arm_signs_is_no_party(extractor):
    facts = run(
        extractor,
        "The Alder Centre for Digital Medicine, the research arm of Birch Health Technologies "
        "W.L.L., signed a research agreement with Cedar Hospital.",
    )
    assert agreements(facts) == [
        (["Alder Centre for Digital Medicine", "Cedar Hospital"], "research", "2024-06")
    ]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Biorhône SAS", "company"),
        ("Métropole de Lyon", "government"),
        ("Gemeente Groningen", "government"),
    ],
)
def test_company_forms_and_local_governments_of_other_languages(extractor, name, kind):
    facts = run(
        extractor, f"Alder University and {name} put their name to a memorandum of understanding."
    )
    assert agreements(facts) == [(sorted(["Alder University", name]), "mou", "2024-06")]
    assert facts.institution(name).kind == kind


def test_the_speaker_after_a_partner_list_is_no_party(extractor):
    facts = run(
        extractor,
        "Alder Institute of Life Sciences, the research arm of Cedar Biologics Co., Ltd., has "
        "signed a joint research agreement with Birch University, the company said Wednesday.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Institute of Life Sciences", "Birch University"]
    ]


def test_a_reference_that_owns_a_person_or_unit_is_no_party(extractor):
    facts = run(
        extractor,
        "Cedar Health W.L.L. opened a new office in Doha last year. "
        "The Alder Centre for Digital Medicine, the company's research arm, entered into a "
        "three-way research agreement with Birch Hospital and Cedar Medical College.",
    )
    assert agreements(facts) == [
        (
            ["Alder Centre for Digital Medicine", "Birch Hospital", "Cedar Medical College"],
            "research",
            "2024-06",
        )
    ]


def test_two_bodies_that_make_it_official_through_their_heads(extractor):
    facts = run(
        extractor,
        "On Wednesday, the Alder City Health Department and Birch College of Medicine made it "
        "official, with Commissioner Ann Lee and President Tom Ray signing a memorandum of "
        "understanding.",
    )
    assert agreements(facts) == [
        (["Alder City Health Department", "Birch College of Medicine"], "mou", "2024-06-12")
    ]


def test_a_reference_by_nationality_to_a_unit_of_a_university_of_unknown_country(extractor):
    facts = run(
        extractor,
        "Alder University's Faculty of Health travelled to meet the College of Nursing at Birch "
        "Pacific University. Last Friday the faculty and the Fijian college signed a memorandum "
        "of understanding.",
    )
    assert agreements(facts) == [(["College of Nursing", "Faculty of Health"], "mou", "2024-06-07")]
    assert facts.institution("College of Nursing").unit_of == "Birch Pacific University"


def test_the_university_hospital_is_the_hospital_named_before(extractor):
    facts = run(
        extractor,
        "A delegation from Cedar Imaging GmbH visited the Alder Universitätsklinikum and Birch "
        "University. At the end of the visit the firm and the university hospital signed a "
        "research cooperation agreement.",
    )
    assert agreements(facts) == [
        (["Alder Universitätsklinikum", "Cedar Imaging GmbH"], "research", "2024-06")
    ]


def test_the_original_told_after_a_renewal_names_no_new_parties(extractor):
    facts = run(
        extractor,
        "On Monday Alder University renewed its memorandum of understanding with the Birch "
        "Ministry of Health for five years. The memorandum was first signed in June 2018 and has "
        "since brought Alder University students to Cedar Hospital.",
    )
    assert sorted(a.signed for a in facts.agreements) == ["2018-06", "2024-06-10"]
    assert {frozenset(a.parties) for a in facts.agreements} == {
        frozenset(["Alder University", "Birch Ministry of Health"])
    }


def test_a_roster_in_groups_by_country(extractor):
    facts = run(
        extractor,
        "Universities, hospitals and a company from Spain and Portugal signed on 2 July 2024 the "
        "founding agreement of a rare-disease network. The agreement brings together three "
        "Spanish universities — the Universidad del Alba, the Universidad de Bruma and the "
        "Universidad de Cierzo — and two hospitals in Lisbon, the Hospital de Santa Luzia and the "
        "Hospital do Mar, as well as the Madrid company Genética Alba S.A.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Universidad del Alba",
                "Universidad de Bruma",
                "Universidad de Cierzo",
                "Hospital de Santa Luzia",
                "Hospital do Mar",
                "Genética Alba S.A.",
            ]
        )
    ]


def test_a_covenant_founding_a_lab_and_its_signatories(extractor):
    facts = run(
        extractor,
        "The covenant founding the Alder Living Lab was signed on 8 April 2024. The signatories "
        "are the Gemeente Birchwold, the Cedar Medisch Centrum, the Hogeschool Dunmore and the "
        "Leeuwarden company Elm Health B.V.",
    )
    assert agreements(facts) == [
        (
            sorted(
                [
                    "Gemeente Birchwold",
                    "Cedar Medisch Centrum",
                    "Hogeschool Dunmore",
                    "Elm Health B.V.",
                ]
            ),
            "joint_lab",
            "2024-04-08",
        )
    ]


SIX = [
    "Alder University",
    "Birch University",
    "University of Cedarville",
    "Dunmore Technical University",
    "Elmwood College",
    "Fernhill Institute of Technology",
]
SIX_NAMED = (
    "Alder University, Birch University, the University of Cedarville, Dunmore Technical "
    "University, Elmwood College and Fernhill Institute of Technology"
)


@pytest.mark.parametrize(
    "body",
    [
        # the members first, then "their rectors signed"
        f"{SIX_NAMED} are the founding members of the network. Their rectors signed the founding "
        "agreement on Monday.",
        # the body the agreement creates is no party
        f"The agreement, signed on Monday by {SIX_NAMED}, creates the Northern Rivers Network.",
        # "All six signed"
        f"The signing ceremony brought together the heads of six institutions: {SIX_NAMED}. All "
        "six signed the memorandum of understanding on Monday.",
    ],
)
def test_many_parties_told_around_the_signing(extractor, body):
    facts = run(extractor, body)
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(SIX)]


def test_a_renewal_is_told_before_its_original(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University on 3 June 2024 renewed the cooperation agreement "
        "they first signed on 3 October 2014.",
    )
    assert [(a.type, a.signed) for a in facts.agreements] == [
        ("framework", "2024-06-03"),
        ("framework", "2014-10-03"),
    ]


def test_the_original_keeps_the_instrument_its_sentence_names(extractor):
    facts = run(
        extractor,
        "A memorandum of understanding between Alder Hospital and Birch Hospital was signed on "
        "3 June 2024. The document renews a partnership agreement that the two hospitals first "
        "signed in March 2019.",
    )
    assert sorted((a.type, a.signed) for a in facts.agreements) == [
        ("mou", "2024-06-03"),
        ("partnership", "2019-03"),
    ]


def test_a_singular_agreement_with_a_counted_group_named_next(extractor):
    facts = run(
        extractor,
        "The Secretaría de Educación Superior, Ciencia, Tecnología e Innovación signed on 17 July "
        "2023 a convenio marco with three universities. Signing alongside the Secretariat were "
        "the Universidad del Alba, the Universidad de Bruma and the Universidad de Cierzo.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Secretaría de Educación Superior, Ciencia, Tecnología e Innovación",
                "Universidad del Alba",
                "Universidad de Bruma",
                "Universidad de Cierzo",
            ]
        )
    ]


def test_they_refers_to_a_pair_earlier_in_the_sentence(extractor):
    facts = run(
        extractor,
        "Alder University opened a new campus. Birch Hospital and Cedar University already work "
        "together: in 2017 they signed their first cooperation agreement.",
    )
    assert agreements(facts) == [(["Birch Hospital", "Cedar University"], "framework", "2017")]


def test_a_nationality_before_a_name_is_no_brand(extractor):
    facts = run(
        extractor,
        "Alder Institute of Technology signed a memorandum of understanding with the Dutch "
        "Hogeschool Twente-Oost.",
    )
    assert [i.name for i in facts.institutions] == [
        "Alder Institute of Technology",
        "Hogeschool Twente-Oost",
    ]


def test_a_subject_of_descriptions_counts_its_bodies(extractor):
    facts = run(
        extractor,
        "A state energy office, two colleges and a start-up signed a memorandum of understanding "
        "on 3 June 2024 creating a hydrogen compact. The signatories are the Alder State Energy "
        "Agency, Birch Community College, Cedar State College and Dunmore Hydrogen Ltd.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Alder State Energy Agency",
                "Birch Community College",
                "Cedar State College",
                "Dunmore Hydrogen Ltd.",
            ]
        )
    ]


def test_partners_preparing_a_bid_are_no_roster(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University signed a research agreement on 3 June 2024. The "
        "partners are preparing a joint bid to the Cedar Research Council.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University"]
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Alder State University named after Sharof Rashidov",
        "Birch Polytechnic University named after Zh. Zhakhayev",
        "Cedar State Medical University after Mkhitar Heratsi",
    ],
)
def test_an_eponym_is_part_of_the_name(extractor, name):
    facts = run(
        extractor, f"The {name} and Dunmore University signed a memorandum of understanding."
    )
    assert agreements(facts) == [(sorted([name, "Dunmore University"]), "mou", "2024-06")]


def test_a_roundup_count_and_the_venue_name_no_parties(extractor):
    facts = run(
        extractor,
        "Four cooperation agreements were signed on Monday at Alder State University during the "
        "first Birch Higher Education Forum. Alder State University and Cedar University signed "
        "a memorandum of understanding.",
    )
    assert agreements(facts) == [
        (["Alder State University", "Cedar University"], "mou", "2024-06-10")
    ]


def test_a_count_opening_a_title_case_headline_is_no_name(extractor):
    from kg.model import Article, content_id

    text = (
        "Alder Oil JSC Signs Research Agreements With Two Tashkent Universities\n\n"
        "Alder Oil JSC signed research agreements with Birch State Technical University and "
        "Cedar University on Monday.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert "Two Tashkent Universities" not in [i.name for i in facts.institutions]


def test_a_city_in_a_dateline_or_in_brackets_is_no_short_name(extractor):
    from kg.model import Article, content_id

    text = (
        "Headline\n\nTehran, Nov 23, IRNA – Three universities signed a consortium agreement in "
        "Tehran on 23 November 2024 to set up a water network.\n\nThe members of the network are: "
        "the University of Tehran (Tehran), Alder University of Technology (Isfahan) and Birch "
        "University (Mashhad).\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert "Tehran" not in facts.institution("University of Tehran").aliases
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University of Technology", "Birch University", "University of Tehran"]
    ]


def test_an_alliance_of_described_bodies_named_with_its_memorandum_next(extractor):
    facts = run(
        extractor,
        "Two universities, a teaching hospital and a departmental government sealed an alliance "
        "on 13 August 2024 to study dengue. The memorandum of understanding, signed at the Alder "
        "University Hospital, groups the Universidad del Alba and the Universidad de Bruma with "
        "the hospital itself and the Gobernación de Cierzo.",
    )
    assert agreements(facts) == [
        (
            sorted(
                [
                    "Alder University Hospital",
                    "Universidad del Alba",
                    "Universidad de Bruma",
                    "Gobernación de Cierzo",
                ]
            ),
            "mou",
            "2024-08-13",
        )
    ]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 June 2024 the Rector and the president of the Birch Research Council (BRC) renewed "
        "the framework agreement between Alder University and the BRC, originally signed on 12 "
        "May 2019.",
        "On 3 June 2024, Alder University's rector, Prof. Ana Ruiz, and the rector of the Birch "
        "Research Council renewed the general cooperation agreement that the two first signed on "
        "12 May 2019.",
    ],
)
def test_a_renewal_by_the_heads_and_its_original(extractor, body):
    facts = run(extractor, body)
    assert agreements(facts) == [
        (["Alder University", "Birch Research Council"], "framework", "2024-06-03"),
        (["Alder University", "Birch Research Council"], "framework", "2019-05-12"),
    ]


def test_a_head_word_in_capitals_in_a_dateline_is_no_acronym(extractor):
    facts = run(
        extractor,
        "CARSON CITY, Nev. - Alder University and Birch College signed a memorandum of "
        "understanding on Monday.",
    )
    assert [i.name for i in facts.institutions] == ["Alder University", "Birch College"]


def test_the_rest_of_the_founding_members_complete_the_signing(extractor):
    facts = run(
        extractor,
        "Alder University, Birch University and Cedar University signed on 3 June 2024 the "
        "founding agreement of a disaster network. Completing the network's five founding members "
        "are Dunmore University and Elm Technical University.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        [
            "Alder University",
            "Birch University",
            "Cedar University",
            "Dunmore University",
            "Elm Technical University",
        ]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of a framework agreement between Alder University and Birch University, "
        "which had been scheduled for Friday, was postponed.",
        "Alder University and Birch University reviewed a draft memorandum of understanding and "
        "agreed to refer it to their legal departments.",
    ],
)
def test_postponed_and_draft_signings_are_no_agreements(extractor, sentence):
    assert run(extractor, sentence).agreements == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        # a city after a name, then its acronym in brackets
        (
            "Three memoranda were signed on 3 June 2024. The Alder University of Engineering, "
            "Taxila (AUE Taxila) and Birch Mechanical Complex (Pvt) Ltd signed the third.",
            ["Alder University of Engineering, Taxila", "Birch Mechanical Complex (Pvt) Ltd"],
        ),
        # "The third MoU, between A and B, covers ..."
        (
            "Three memoranda were signed on 3 June 2024. The third MoU, between the Alder Institute "
            "of Ocean Technology (AIOT), Chennai, and Birch Electronics Limited (BEL), covers sensors.",
            ["Alder Institute of Ocean Technology", "Birch Electronics Limited"],
        ),
        # "X signed three documents. The first was a memorandum with Y"
        (
            "Alder University signed three documents on 3 June 2024. The first was a memorandum of "
            "understanding with Lembaga Kemajuan Birch (LKB), or the Birch Fisheries Authority, on "
            "training.",
            ["Alder University", "Lembaga Kemajuan Birch"],
        ),
        # a headless first half of a name after ", and the"
        (
            "The Alder Centre for Ocean Services (ACOS), Hyderabad, and the National Aquatic "
            "Resources Research and Development Agency signed an MoU on 3 June 2024.",
            [
                "Alder Centre for Ocean Services",
                "National Aquatic Resources Research and Development Agency",
            ],
        ),
    ],
)
def test_documents_of_a_roundup_told_one_by_one(extractor, body, parties):
    facts = run(extractor, body)
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(parties)]


def test_another_document_after_the_partner_ends_the_list(extractor):
    facts = run(
        extractor,
        'Alder S.p.A. ("Alder") today announced a research accord with Birch Università di Roma '
        '("Birch") and an agreement with the Politecnico di Cedro to establish a joint laboratory.',
    )
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Alder S.p.A.", "Birch Università di Roma"],
        ["Alder S.p.A.", "Politecnico di Cedro"],
    ]


def test_a_name_in_its_own_language_and_an_acronym_in_brackets(extractor):
    from kg.model import Article, content_id

    text = (
        "Headline\n\nİstanbul — 20.02.2024 — Alder Teknik Üniversitesi (ATÜ) and the Birch "
        "State Oil University (Birch Dövlət Neft və Sənaye Universiteti, BSOU) signed a student "
        "exchange agreement today.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder Teknik Üniversitesi", "Birch State Oil University"]
    ]
    assert "İstanbul" not in facts.institution("Alder Teknik Üniversitesi").aliases


def test_memoranda_exchanged_between_one_and_many_are_one_each(extractor):
    facts = run(
        extractor,
        "The MoUs were exchanged between Alder University and Birch University, Cedar University "
        "and Dunmore University on 3 June 2024.",
    )
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Alder University", "Birch University"],
        ["Alder University", "Cedar University"],
        ["Alder University", "Dunmore University"],
    ]


def test_a_university_joins_a_counted_group_in_signing(extractor):
    facts = run(
        extractor,
        "The University of Padua joined three other European universities in signing a "
        "memorandum of understanding on 17 April 2024. The signatories were the Universidad "
        "Politécnica de Madrid, the Technische Universiteit Delft and the Uniwersytet Jagielloński.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "University of Padua",
                "Universidad Politécnica de Madrid",
                "Technische Universiteit Delft",
                "Uniwersytet Jagielloński",
            ]
        )
    ]


def test_a_branch_named_by_its_country_and_a_city_before_a_name(extractor):
    facts = run(
        extractor,
        "Alder University and Texas A&M University at Qatar signed a memorandum of "
        "understanding. Padua and Tohoku University signed a double-degree agreement.",
    )
    assert sorted(sorted(a.parties) for a in facts.agreements)[0] == [
        "Alder University",
        "Texas A&M University at Qatar",
    ]
    assert "Padua and Tohoku University" not in [i.name for i in facts.institutions]


def test_further_signatories_join_the_agreement_just_told(extractor):
    facts = run(
        extractor,
        "On 14 March 2024 three universities signed a memorandum of understanding establishing a "
        "health network: Alder University, Birch University and Cedar University. They were "
        "joined at the same ceremony by two further signatories: Dunmore Hospital and the Elm "
        "Institute of Public Health.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Alder University",
                "Birch University",
                "Cedar University",
                "Dunmore Hospital",
                "Elm Institute of Public Health",
            ]
        )
    ]


def test_a_founding_agreement_that_brings_bodies_together(extractor):
    facts = run(
        extractor,
        "The Alder Clinical Research Alliance was founded last month. Its founding agreement "
        "brings together Birch University, Cedar University, the Dunmore Hospital of Chinese "
        "Medicine and Elm University.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Birch University",
                "Cedar University",
                "Dunmore Hospital of Chinese Medicine",
                "Elm University",
            ]
        )
    ]


def test_a_short_name_keeps_its_word_order(extractor):
    facts = run(
        extractor,
        "Qatar University (QU) renewed its framework agreement with Texas A&M University at Qatar "
        "(TAMUQ) on 3 June 2024.",
    )
    assert agreements(facts) == [
        (["Qatar University", "Texas A&M University at Qatar"], "framework", "2024-06-03")
    ]


def test_besides_the_first_signatories_the_memorandum_was_signed_by_more(extractor):
    facts = run(
        extractor,
        "Besides Alder Polytechnic and Birch University of Technology, the memorandum was signed "
        "on 8 May 2024 by Cedar University, Dunmore Technical University and Elm University.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        sorted(
            [
                "Alder Polytechnic",
                "Birch University of Technology",
                "Cedar University",
                "Dunmore Technical University",
                "Elm University",
            ]
        )
    ]


def test_the_new_agreement_that_renews_an_old_one_is_told_once(extractor):
    facts = run(
        extractor,
        "Alder Hospital first signed a memorandum with Birch University in 2019, and officials "
        "said the new agreement renews and expands it.",
    )
    assert agreements(facts) == [(["Alder Hospital", "Birch University"], "mou", "2019")]


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "The Université Grenoble Alpes (UGA) and the Institut Birch (IB) sent delegations. The "
            "memorandum was signed on 3 June 2024 by the Université Alder de Kénitra, UGA and the IB.",
            ["Université Alder de Kénitra", "Université Grenoble Alpes", "Institut Birch"],
        ),
        (
            "In March 2024, Alder Hospital, the Institut Birch de Montevideo and Uruguay's Hospital "
            "Cedar signed a research cooperation agreement.",
            ["Alder Hospital", "Institut Birch de Montevideo", "Hospital Cedar"],
        ),
        (
            "Alder University and Birch University went further: together with the plantation group "
            "Cedar Lestari Berhad, they signed a memorandum of understanding in June 2024.",
            ["Alder University", "Birch University", "Cedar Lestari Berhad"],
        ),
    ],
)
def test_lists_with_acronyms_possessive_countries_and_together_with(extractor, body, parties):
    facts = run(extractor, body)
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(parties)]


def test_a_branch_at_an_unknown_place_keeps_its_full_name_as_a_variant(extractor):
    facts = run(
        extractor,
        "Alder Medical Centre and Birch University Hospital at Gangseo signed a memorandum of "
        "understanding.",
    )
    inst = facts.institution("Birch University Hospital")
    assert "Birch University Hospital at Gangseo" in inst.aliases


def test_a_possessive_owns_only_the_first_of_two_units(extractor):
    facts = run(
        extractor,
        "At the same ceremony, Alder University's College of Agriculture and the Graduate School "
        "of Birch University signed a dual master's degree agreement.",
    )
    assert facts.institution("College of Agriculture").unit_of == "Alder University"
    school = facts.institution("Graduate School of Birch University")
    assert school.unit_of == "Birch University" and "Graduate School" in school.aliases


def test_the_hall_where_a_memorandum_was_signed_is_no_party(extractor):
    facts = run(
        extractor,
        "Alder University has signed a memorandum of understanding with Birch University. The "
        "memorandum was signed on Tuesday in a ceremony at the Alder Senate Chamber by the two "
        "vice-chancellors.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University"]
    ]


@pytest.mark.parametrize(
    ("sentence", "unit", "short", "parent"),
    [
        (
            "The Department of Mining of Birch National University of Technology and Alder "
            "University signed a memorandum of understanding.",
            "Department of Mining of Birch National University of Technology",
            "Department of Mining",
            "Birch National University of Technology",
        ),
        (
            "Birch Delta University of Technology (BDUT) opened a campus. The Department of Water "
            "Engineering of BDUT and Alder University signed a memorandum of understanding.",
            "Department of Water Engineering of BDUT",
            "Department of Water Engineering",
            "Birch Delta University of Technology",
        ),
    ],
)
def test_a_unit_of_a_university_named_in_full_or_by_acronym(
    extractor, sentence, unit, short, parent
):
    facts = run(extractor, sentence)
    inst = facts.institution(unit)
    assert short in inst.aliases and inst.unit_of == parent


def test_protocols_signed_with_the_rectors_of_three_universities_are_three(extractor):
    facts = run(
        extractor,
        "Alder University held an international week. Rector Prof. Ana Ruiz signed exchange "
        "protocols on Tuesday with the rectors of Birch State University in Azerbaijan, Cedar "
        "University in Kazakhstan and Dunmore University in Kyrgyzstan.",
    )
    assert sorted(sorted(a.parties) for a in facts.agreements) == [
        ["Alder University", "Birch State University"],
        ["Alder University", "Cedar University"],
        ["Alder University", "Dunmore University"],
    ]


def test_a_list_of_names_grouped_by_country_in_commas(extractor):
    facts = run(
        extractor,
        "Alder University and Birch University, both in Finland, and Cedar University and "
        "Dunmore University, in Sweden, signed a joint declaration on 3 June 2024.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Birch University", "Cedar University", "Dunmore University"]
    ]


def test_a_long_counted_list_with_one_name_not_read(extractor):
    names = [
        "Alder University",
        "Birch University",
        "Cedar University",
        "Dunmore University",
        "Elm University",
    ]
    facts = run(
        extractor,
        "Six institutions signed a consortium agreement on 3 June 2024. Besides the ikke-lesbare "
        "foreningen, " + ", ".join(names) + " will share their field stations.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [sorted(names)]


@pytest.mark.parametrize(
    ("body", "signed"),
    [
        (
            "A delegation from Alder Hospital visited Birch University on 17 June 2024. The hospital "
            "and Birch University formalized their cooperation the next day, signing a memorandum of "
            "understanding.",
            "2024-06-18",
        ),
        (
            "Cedar University and Dunmore University signed a memorandum of understanding in May "
            "2024. The memorandum was signed on 24 May 2024 in Lyon. On the same day, Alder "
            "University extended its cooperation agreement with Birch University by five years.",
            "2024-05-24",
        ),
    ],
)
def test_the_next_day_and_the_same_day(extractor, body, signed):
    facts = run(extractor, body)
    alder = [
        a
        for a in facts.agreements
        if "Alder University" in a.parties or "Alder Hospital" in a.parties
    ]
    assert [a.signed for a in alder] == [signed]


def test_a_year_after_in_is_no_part_of_a_name(extractor):
    facts = run(
        extractor,
        "Alder University Hospital signed a memorandum of understanding with the Birch Ministry of "
        "Health in 2019.",
    )
    assert agreements(facts) == [
        (["Alder University Hospital", "Birch Ministry of Health"], "mou", "2019")
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "short"),
    [
        (
            "The College of Agriculture, Food Systems and Natural Resources of Alder University and "
            "Birch University signed a student exchange agreement.",
            "College of Agriculture, Food Systems and Natural Resources of Alder University",
            "College of Agriculture, Food Systems and Natural Resources",
        ),
        (
            "The Fisheries and Animal Resources Development Department of the Government of Odisha "
            "and Birch University signed a memorandum of understanding.",
            "Fisheries and Animal Resources Development Department of the Government of Odisha",
            "Fisheries and Animal Resources Development Department",
        ),
    ],
)
def test_units_with_commas_and_departments_of_a_government(extractor, sentence, name, short):
    facts = run(extractor, sentence)
    assert short in facts.institution(name).aliases


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Politechnika Bystrzycka", "Akademia Nauk Stosowanych w Lesznie"),
        ("Alytaus kolegija", "Panevėžio universitetinė ligoninė"),
        ("Tartu Tervishoiu Kõrgkool", "Võrumaa Keskhaigla"),
        ("Ziekenhuis Rivierenland", "Institutul Pedagogic din Brăila"),
        ("Kocaeli Körfez Eğitim ve Araştırma Hastanesi", "Ege Teknokent"),
    ],
)
def test_two_names_with_head_words_of_their_own_are_two_bodies(extractor, first, second):
    facts = run(extractor, f"{first} and {second} signed a cooperation agreement on Monday.")
    assert [sorted(a.parties) for a in facts.agreements] == [sorted([first, second])]


def test_a_nordic_name_with_i_for_in_is_one_body(extractor):
    facts = run(
        extractor,
        "Högskolan i Vänersborg and Universitetet i Nordfjord signed a student exchange agreement on Monday.",
    )
    assert sorted(facts.agreements[0].parties) == [
        "Högskolan i Vänersborg",
        "Universitetet i Nordfjord",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Hospital Regional Dr. Julio Mendez de Villa Alta",
        "Rumah Sakit Umum Daerah Prof. Dr. Made Sudira Singaraja",
        "Ministère de l'Enseignement supérieur et de la Recherche",
        "Hôpital d'instruction des armées Laveran",
        "Akademia Pomorska im. Jana Kochanowskiego w Lęborku",
        "Wydział Nauk o Ziemi",
        "Dipartimento di Scienze Agrarie",
        "Ege Gıda Teknolojileri San. ve Tic. Ltd. Şti.",
        "Schweizerischer Fonds für ländliche Entwicklung",
        "Centro de Estudios del Litoral Norte, A.C.",
        "Forjas del Ebro, S.Coop.",
        "Serra – Construções e Engenharia, Lda.",
        "Unité de Formation et de Recherche des Sciences Médicales",
        "Consellería de Sanidade da Xunta de Galicia",
        "Akimat of Kostanay Region",
        "Autoridad Portuaria de Bermeo",
        "Istituto di Ricerca per l'Agricoltura di Precisione del Salento",
        "New Damietta General Hospital",
        "Unidade Local de Saúde do Alto Minho",
        "Tudományos Kutatási Alapítvány",
        "Stiftelsen Norsk Havforskning",
        "Universitatea „Vasile Alecsandri” din Bacău",
        "Azienda Ospedaliera «San Giovanni Bosco» di Torino",
        "Câmara Municipal de Évora",
    ],
)
def test_names_that_go_on_past_titles_lowercase_words_and_abbreviations(extractor, name):
    facts = run(extractor, f"{name} signed an agreement with Birch University on Monday.")
    assert sorted(facts.agreements[0].parties) == sorted([name, "Birch University"])


def test_a_name_that_opens_with_a_place_called_new(extractor):
    facts = run(
        extractor,
        "New Zealand Institute of Soil Research signed an agreement with Birch University.",
    )
    assert "New Zealand Institute of Soil Research" in [i.name for i in facts.institutions]


def test_a_person_described_as_head_of_a_body_is_no_body(extractor):
    facts = run(
        extractor,
        "The agreement was signed by Prof. Lyn Doh of Alder University and Prof. Masa Yama, the President "
        "of the Japanese university, who leads the delegation.",
    )
    assert "Masa Yama" not in [i.name for i in facts.institutions]


def test_a_text_without_headline_reads_its_lead_sentence_as_news(extractor):
    from kg.model import Article, content_id

    text = (
        "OTTAWA, June 13, 2023 — Alder College and the Dunmore Hospital (DH) on Monday renewed the clinical "
        "placement agreement they first signed in 2018, guaranteeing placements for 120 nursing students a "
        "year. Under the renewed agreement, DH nurses will also be able to teach evening courses at the "
        "college's Orléans campus.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert sorted((a.signed, a.type) for a in facts.agreements) == [
        ("2018", "partnership"),
        ("2023-06-12", "partnership"),
    ]


def test_a_headline_under_a_masthead_counts_no_consortium(extractor):
    from kg.model import Article, content_id

    text = (
        "Ministry of Research — Press release\n\n"
        "Alder and Cedar renew science memorandum; funders and four universities sign at science day\n\n"
        "Vienna, 22 May 2024 (OTS) – Alder University and Cedar University today signed a new memorandum of "
        "understanding on scientific cooperation. Dunmore Hospital, the Birch Institute of Technology, Fir "
        "University and Gorse University also signed letters of intent.\n"
    )
    facts = extractor.extract(Article(id=content_id(text), source="t.txt", text=text))
    assert ["OTS"] not in [[p for p in a.parties if p == "OTS"] for a in facts.agreements]
    assert all(len(a.parties) < 5 for a in facts.agreements)


def test_a_health_system_named_by_place_and_health_but_not_a_field(extractor):
    facts = run(
        extractor,
        "Cedar Valley Health and Birch University signed an academic affiliation agreement on Thursday. "
        "Students of Global Health will train there.",
    )
    names = [i.name for i in facts.institutions]
    assert "Cedar Valley Health" in names and "Global Health" not in names


def test_a_local_health_district_is_a_body(extractor):
    facts = run(
        extractor,
        "The memorandum was signed this week by the Riverina Local Health District (RLHD) and Birch University.",
    )
    assert sorted(facts.agreements[0].parties) == [
        "Birch University",
        "Riverina Local Health District",
    ]


def test_a_newsletter_contents_line_is_furniture(extractor):
    facts = run(
        extractor,
        "IN THIS ISSUE: Technical cooperation agreement signed | Volunteer of the month\n\n"
        "Alder University and Birch University signed a technical cooperation agreement on Monday.",
    )
    assert [i.name for i in facts.institutions] == ["Alder University", "Birch University"]


def test_a_country_after_a_university_of_a_town_is_also_left_off(extractor):
    facts = run(
        extractor,
        "Alder University and the University of Birchford of New Zealand signed a memorandum "
        "of understanding.",
    )
    inst = facts.institution("University of Birchford of New Zealand")
    assert "University of Birchford" in inst.aliases


@pytest.mark.parametrize(
    "name", ["Universiteit Birchdelta of Rotterdam", "Universitätsklinikum Birchtal of Karlsruhe"]
)
def test_an_english_of_place_after_a_foreign_name_is_where_it_is(extractor, name):
    facts = run(extractor, f"The {name} and Alder University signed a double degree agreement.")
    assert name.rsplit(" of ", 1)[0] in facts.institution(name).aliases


def test_a_city_named_only_as_where_things_are_is_no_institution(extractor):
    facts = run(
        extractor,
        "Birch General Hospital in Alder City and Cedar University signed a memorandum of "
        "understanding. The hospital runs two clinics in Dunmore Prefecture.",
    )
    names = [i.name for i in facts.institutions]
    assert "Alder City" not in names and "Dunmore Prefecture" not in names
    assert agreements(facts) == [(["Birch General Hospital", "Cedar University"], "mou", "2024-06")]


def test_a_city_that_signs_is_an_institution(extractor):
    facts = run(
        extractor,
        "Alder City and Cedar University signed a memorandum of understanding on smart mobility.",
    )
    assert agreements(facts) == [(["Alder City", "Cedar University"], "mou", "2024-06")]


def test_a_country_of_three_words_inside_a_name_before_its_possessive(extractor):
    facts = run(
        extractor,
        "The University of Papua New Guinea's School of Medicine and Alder University signed a "
        "memorandum of understanding.",
    )
    assert "University of Papua New Guinea" in [i.name for i in facts.institutions]


def test_a_commission_on_monday_is_no_commission_on_a_topic(extractor):
    facts = run(
        extractor,
        "Alder University and the Minerals Commission on Monday signed a memorandum of understanding.",
    )
    assert agreements(facts) == [(["Alder University", "Minerals Commission"], "mou", "2024-06-10")]


def test_a_dateline_town_of_two_words_in_capitals_before_a_dash_is_no_body(extractor):
    facts = run(
        extractor,
        "PORT HARCOURT — Two universities, a federal research institute and a private engineering "
        "firm on Tuesday signed a research agreement to set up a consortium.\n\nThe agreement brings "
        "together Alder University, Cedar University, the Dunmore Institute of Technology and Elm "
        "Engineering Ltd, a Port Harcourt-based firm.",
    )
    assert [sorted(a.parties) for a in facts.agreements] == [
        ["Alder University", "Cedar University", "Dunmore Institute of Technology", "Elm Engineering Ltd"]
    ]


def test_a_wire_agency_credited_before_the_dateline_and_at_the_end_is_no_body():
    from kg.extract.cues import dateline_end
    from kg.extract.mentions import _credit_at

    text = "(ANSA) - ALDERTON, NOV 12 - Alder University and Cedar University signed."
    assert text[: dateline_end(text)] == "(ANSA) - ALDERTON, NOV 12 - "
    story = "The first students start next year.\n\n(ANSA).\n"
    assert _credit_at(story, story.index("ANSA"), story.index("ANSA") + 4)
    wire = "Riyadh, January 23, 2025, SPA -- Alder University signed three agreements.\n\n--SPA\n"
    assert _credit_at(wire, wire.index("SPA"), wire.index("SPA") + 3)
    assert _credit_at(wire, wire.rindex("SPA"), wire.rindex("SPA") + 3)
    agency = "ALDERTON, 5th February, 2024 (WAM) -- Alder University signed five agreements.\n"
    assert _credit_at(agency, agency.index("WAM"), agency.index("WAM") + 3)
    named = "The Flemish centre Birch Energie-onderzoeksinstituut (BEO).\n"
    assert not _credit_at(named, named.index("BEO"), named.index("BEO") + 3)


def test_a_unit_of_a_countrys_university_signs_with_a_unit_of_another(extractor):
    facts = run(
        extractor,
        "The Department of Agricultural Sciences of Birch University and the Faculty of Agriculture "
        "of Brazil's Universidade Federal da Cedar (UFC) on Monday signed a double degree agreement.",
    )
    assert agreements(facts) == [
        (["Department of Agricultural Sciences of Birch University", "Faculty of Agriculture"], "dual_degree", "2024-06-10")
    ]


def test_the_board_of_a_body_is_that_body(extractor):
    facts = run(
        extractor,
        "Hogeschool Birchzoom and Alder University renewed their memorandum of understanding on "
        "Tuesday. The Board of Hogeschool Birchzoom and the Board of Trustees of Alder University "
        "approved it in May.",
    )
    names = [i.name for i in facts.institutions]
    assert "Board of Hogeschool Birchzoom" not in names
    assert "Board of Trustees of Alder University" not in names


def test_of_the_republic_after_a_name_tells_where_it_is(extractor):
    facts = run(
        extractor,
        "The Birch State Power Engineering University of the Republic of Belarus and Alder "
        "University signed a memorandum of understanding.",
    )
    inst = facts.institution("Birch State Power Engineering University of the Republic of Belarus")
    assert "Birch State Power Engineering University" in inst.aliases


def test_each_unit_is_owned_by_the_possessive_right_before_it():
    from kg.extract.names import find_candidates

    found = find_candidates(
        "On the same day, AU's Graduate School of Forestry and CU's Faculty of Agronomy concluded "
        "a departmental agreement."
    )
    assert [(c.text, c.possessor) for c in found] == [
        ("Graduate School of Forestry", "AU"),
        ("Faculty of Agronomy", "CU"),
    ]

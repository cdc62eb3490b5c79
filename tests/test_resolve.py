"""Resolution across articles on a trap corpus of our own: shared acronyms
across countries, "University of X" vs "X University", a renamed university,
units with generic names, the same hospital under full and short names."""

from __future__ import annotations

import json

import pytest

from kg.api import KnowledgeGraph
from kg.identities import Identities, load_identities
from kg.model import Mention
from kg.resolve import is_full_name, is_shortening, resolve
from tests.conftest import DATA


def clustering(resolution) -> set[frozenset[tuple[str, str]]]:
    """Each institution as the set of (article number, name) of its mentions."""
    return {
        frozenset(
            (m.article.rsplit("trap", 1)[-1].lstrip("0") or "0", m.name) for m in inst.mentions
        )
        for inst in resolution.institutions
    }


EXPECTED = {
    frozenset(
        {
            ("1", "The Hong Kong Polytechnic University"),
            ("2", "Hong Kong Polytechnic University"),
            ("3", "PolyU"),
        }
    ),
    frozenset({("1", "Peking University Health Science Center")}),
    frozenset(
        {
            ("2", "Peking University Third Hospital"),
            ("12", "Peking University Third Hospital"),
            ("15", "PUTH"),
        }
    ),
    frozenset(
        {("3", "Tsinghua University"), ("15", "Tsinghua University"), ("18", "Tsinghua University")}
    ),
    frozenset(
        {
            ("4", "University of Macau"),
            ("7", "UM"),
            ("13", "University of Macau"),
            ("16", "University of Macau"),
        }
    ),
    frozenset(
        {
            ("4", "Macao Union Medical Center"),
            ("7", "Macao Union Medical Center"),
            ("14", "Macao Union Medical Center"),
        }
    ),
    frozenset({("5", "Universiti Malaya"), ("6", "UM"), ("19", "Universiti Malaya")}),
    frozenset({("5", "Universiti Teknologi Malaysia"), ("6", "Universiti Teknologi Malaysia")}),
    frozenset({("8", "UM")}),  # ambiguous: Macau or Malaya, nothing decides
    frozenset(
        {
            ("8", "Kyoto University"),
            ("9", "Kyoto University"),
            ("10", "Kyoto University"),
            ("14", "Kyoto University"),
            ("21", "Kyoto University"),
            ("22", "Kyoto University"),
        }
    ),
    frozenset(
        {
            ("9", "University of Washington"),
            ("17", "University of Washington"),
            ("23", "University of Washington"),
        }
    ),
    frozenset({("10", "Washington University in St. Louis")}),
    frozenset(
        {("11", "Hong Kong Metropolitan University"), ("12", "The Open University of Hong Kong")}
    ),
    frozenset({("11", "Institute of ESG & Benchmark")}),
    frozenset({("13", "Faculty of Medicine")}),  # of Macau
    frozenset({("14", "Faculty of Medicine")}),  # of Kyoto
    frozenset({("13", "Kiang Wu Hospital")}),
    frozenset({("16", "Trinity College")}),  # Dublin
    frozenset({("17", "Trinity College")}),  # Hartford
    frozenset({("18", "Ministry of Education")}),  # China
    frozenset({("19", "Ministry of Education")}),  # Malaysia
    frozenset({("20", "Technische Universität München"), ("21", "Technical University of Munich")}),
    frozenset({("20", "The University of Queensland")}),
    frozenset({("22", "School of Law")}),
    frozenset({("23", "School of Law")}),
}


@pytest.fixture
def traps(tmp_path):
    ids = tmp_path / "identities.json"
    with KnowledgeGraph(tmp_path / "store", identities=ids) as graph:
        report = graph.load(DATA / "traps.review.json")
        assert report.ok and len(report.loaded) == 23
        yield graph


def test_exact_clustering_of_the_trap_corpus(traps):
    result = traps.resolution()
    assert clustering(result) == EXPECTED
    assert result.warnings == [
        "'UM' in article trap000000000008 is ambiguous (2 candidates); kept apart"
    ]


def test_polyu_has_one_node_with_its_aliases_and_partners(traps):
    found = traps.resolution().find("PolyU")
    assert len(found) == 1
    polyu = found[0]
    assert polyu.pref_label == "The Hong Kong Polytechnic University"
    assert polyu.alt_labels == ["Hong Kong Polytechnic University", "PolyU"]
    assert (polyu.kind, polyu.country) == ("university", "HK")
    partners = [r["partner"] for r in traps.query("partners", name="PolyU").rows]
    assert sorted(partners) == [
        "Peking University Health Science Center",
        "Peking University Third Hospital",
        "Tsinghua University",
    ]


def test_units_get_their_parent(traps):
    rows = traps.query(
        "SELECT ?unit ?parent WHERE { ?u org:unitOf ?p . ?u skos:prefLabel ?unit . ?p skos:prefLabel ?parent } ORDER BY ?parent"
    ).rows
    assert rows == [
        {"unit": "Faculty of Medicine", "parent": "Kyoto University"},
        {"unit": "Faculty of Medicine", "parent": "University of Macau"},
    ]


def test_distinct_institutions_with_one_name_get_distinct_iris(traps):
    rows = traps.query(
        "SELECT ?i ?c WHERE { ?i skos:prefLabel ?l ; schema:addressCountry ?c . FILTER(?l = ?name) } ORDER BY ?c",
        name="Trinity College",
    ).rows
    assert [r["c"] for r in rows] == ["IE", "US"]
    assert rows[0]["i"] != rows[1]["i"]


def test_renamed_university_keeps_its_former_name_as_alias(traps):
    (hkmu,) = traps.resolution().find("The Open University of Hong Kong")
    assert hkmu.pref_label == "Hong Kong Metropolitan University"
    assert "The Open University of Hong Kong" in hkmu.alt_labels
    assert sorted(r["partner"] for r in traps.query("partners", name="OUHK").rows) == [
        "Institute of ESG & Benchmark",
        "Peking University Third Hospital",
    ]


def test_every_merge_is_explained(traps):
    (polyu,) = traps.resolution().find("PolyU")
    assert (
        "'PolyU' in article trap000000000003 linked to the only institution with that name in HK"
        in polyu.reasons
    )
    (um,) = [i for i in traps.resolution().find("UM") if i.country == "MY"]
    assert (
        "'UM' in article trap000000000006 linked to the only institution with that name in MY"
        in um.reasons
    )
    (macau,) = [i for i in traps.resolution().find("UM") if i.country == "MO"]
    assert "'UM' in article trap000000000007 linked by a shared partner" in macau.reasons


def test_pins_merge_split_rename_country_survive_reload(traps, tmp_path):
    ids = load_identities(traps.identities_path)
    ids.merge.append(["UM", "Kyoto University"])  # deliberately odd, to see it honoured
    ids.rename["Kyoto University"] = "Kyoto Univ."
    ids.split.append("PolyU")
    ids.country["Institute of ESG & Benchmark"] = "hk".upper()
    ids.save()
    traps.refresh()
    result = traps.resolution()
    (kyoto,) = result.find("Kyoto University")
    assert kyoto.pref_label == "Kyoto Univ."
    assert ("trap000000000008", "UM") in {
        (m.article.rsplit("/", 1)[-1], m.name) for m in kyoto.mentions
    }
    polyus = result.find("PolyU")
    assert len(polyus) == 2  # the bare "PolyU" of article 3 is on its own now
    # a full reload keeps the pins
    with open(DATA / "traps.review.json", encoding="utf-8") as handle:
        articles = json.load(handle)
    articles[0]["title"] = "changed"  # force a rewrite of one article
    path = tmp_path / "again.json"
    path.write_text(json.dumps(articles), encoding="utf-8")
    traps.load(path)
    assert traps.resolution().find("Kyoto University")[0].pref_label == "Kyoto Univ."


def test_acronym_alone_never_merges_two_full_names():
    mentions = [
        Mention("a1", "x", "University of Macau", ("UM",), "university", "MO"),
        Mention("a2", "y", "Universiti Malaya", ("UM",), "university", "MY"),
        Mention("a3", "z", "University of Malta", ("UM",), "university", None),
    ]
    assert len(resolve(mentions).institutions) == 3


def test_declared_equivalent_refused_when_countries_differ():
    mentions = [
        Mention(
            "a1",
            "x",
            "Northvale University",
            ("Northvale Institute of Technology",),
            "university",
            "NO",
        ),
        Mention("a2", "y", "Northvale Institute of Technology", (), "university", "CA"),
    ]
    result = resolve(mentions)
    assert len(result.institutions) == 2
    assert result.refused == [
        "'Northvale Institute of Technology' is another name of 'Northvale University' in article a1: not merged (countries NO vs CA)"
    ]


def test_two_bodies_of_one_article_are_never_merged():
    mentions = [
        Mention("a1", "x", "Alpha University", (), "university", None),
        Mention("a1", "y", "Alpha College", (), "university", None),
        Mention("a2", "z", "Alpha University", ("Alpha College",), "university", None),
    ]
    assert len(resolve(mentions).institutions) == 2


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("Kyoto University", True),
        ("Universität der Künste Berlin", True),
        ("KAIST", False),
        ("Illinois", False),
        ("Mila", False),
        ("Fraunhofer Institute for Cell Therapy and Immunology", True),
    ],
)
def test_full_names_and_short_names(name, full):
    assert is_full_name(name) is full


def test_shortening():
    assert is_shortening("UNSW Sydney", "UNSW Sydney") is True
    assert (
        is_shortening("Technical University of Munich", "Technische Universität München") is False
    )


def test_identity_file_errors(tmp_path):
    from kg.errors import InputError

    path = tmp_path / "ids.json"
    path.write_text('{"country": {"X": "Norway"}}', encoding="utf-8")
    with pytest.raises(InputError, match="country of 'X' is 'Norway', not a two-letter code"):
        load_identities(path)
    path.write_text('{"merge": [["only one"]]}', encoding="utf-8")
    with pytest.raises(InputError, match="'merge' is a list of lists of two or more names"):
        load_identities(path)
    assert load_identities(tmp_path / "missing.json").merge == []
    assert Identities().split_keys == set()

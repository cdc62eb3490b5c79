"""Every named query on a small store, with exact expected rows; arguments
are bound as data."""

from __future__ import annotations

import pytest

from kg.api import KnowledgeGraph
from kg.errors import QueryError
from kg.query import bind_arguments, named_queries


@pytest.fixture
def graph(loaded_store):
    with KnowledgeGraph(loaded_store, read_only=True) as g:
        yield g


def test_partners_by_alias_case_insensitive(graph):
    rows = graph.query("partners", name="unv").rows
    assert rows == [
        {
            "partner": "Eastbrook Institute of Technology",
            "country": "DE",
            "agreements": 2,
            "first": "2024-03-05",
            "last": "2025",
        },
        {
            "partner": "Southport Medical College",
            "country": "GB",
            "agreements": 1,
            "first": None,
            "last": None,
        },
    ]


def test_partners_of_unknown_institution_is_empty(graph):
    assert graph.query("partners", name="Nowhere University").rows == []


def test_agreements_unfiltered_newest_first(graph):
    rows = graph.query("agreements").rows
    assert [(r["signed"], r["type"]) for r in rows] == [
        ("2025", "dual_degree"),
        ("2024-03-05", "mou"),
        ("2023-11", "research"),
        (None, "framework"),
    ]
    mou = rows[1]
    assert set(mou["parties"].split(" | ")) == {
        "University of Northvale",
        "Eastbrook Institute of Technology",
    }
    assert set(mou["fields"].split(", ")) == {"medical technology", "robotics"}
    assert mou["article"] == "alpha.txt"


@pytest.mark.parametrize(
    ("args", "expected_types"),
    [
        ({"institution": "Northvale University Hospital"}, ["research"]),
        ({"field": "medical"}, ["mou"]),
        ({"field": "AI"}, ["research"]),  # matches the vocabulary's altLabel
        ({"type": "framework"}, ["framework"]),
        ({"since": "2024"}, ["dual_degree", "mou"]),
        ({"until": "2024-03"}, ["mou", "research"]),
        ({"since": "2024", "until": "2024"}, ["mou"]),
        ({"country": "gb"}, ["framework"]),
        ({"institution": "EIT", "since": "2024-06"}, ["dual_degree"]),
    ],
)
def test_agreements_filters(graph, args, expected_types):
    assert [r["type"] for r in graph.query("agreements", **args).rows] == expected_types


def test_most_connected(graph):
    rows = graph.query("most-connected").rows
    assert [(r["institution"], r["partners"], r["agreements"]) for r in rows] == [
        ("Eastbrook Institute of Technology", 2, 3),
        ("University of Northvale", 2, 3),
        ("Northvale University Hospital", 1, 1),
        ("Southport Medical College", 1, 1),
    ]


def test_fields(graph):
    rows = graph.query("fields").rows
    assert rows == [
        {"field": "artificial intelligence", "agreements": 1},
        {"field": "medical technology", "agreements": 1},
        {"field": "nursing", "agreements": 1},
        {"field": "robotics", "agreements": 1},
    ]


def test_timeline(graph):
    assert graph.query("timeline").rows == [
        {"year": "2023", "agreements": 1},
        {"year": "2024", "agreements": 1},
        {"year": "2025", "agreements": 1},
    ]
    assert graph.query("timeline", type="mou").rows == [{"year": "2024", "agreements": 1}]


def test_evidence_between_two_institutions(graph):
    rows = graph.query("evidence", a="UNV", b="eit").rows
    assert [(r["signed"], r["type"], r["article"]) for r in rows] == [
        ("2024-03-05", "mou", "alpha.txt"),
        ("2025", "dual_degree", "beta.txt"),
    ]
    assert rows[0]["evidence"].startswith("The University of Northvale (UNV)")
    assert rows[0]["url"] == "https://news.example.org/alpha"


def test_missing_required_argument(graph):
    with pytest.raises(QueryError, match=r"needs --arg name=VALUE"):
        graph.query("partners")


def test_unknown_argument(graph):
    with pytest.raises(QueryError, match=r"takes no argument 'nme'"):
        graph.query("partners", nme="UNV")


def test_syntax_error_says_where(graph):
    with pytest.raises(QueryError, match=r"SPARQL syntax error .*1:\d+"):
        graph.query("SELECT ?x WHERE { ?x ?y }")


def test_argument_is_data_not_query_text(graph):
    hostile = 'x") } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("'
    assert graph.query("partners", name=hostile).rows == []
    assert graph.query("most-connected").rows  # nothing was dropped
    sparql = bind_arguments("SELECT * WHERE { ?s ?p ?o }", {"name": hostile})
    assert "DROP ALL ; SELECT" in sparql and '\\"' in sparql  # quoted inside one literal


def test_every_named_query_documents_itself():
    queries = named_queries()
    assert {"partners", "agreements", "most-connected", "fields", "timeline", "evidence"} <= set(
        queries
    )
    for named in queries.values():
        assert named.help, named.name
        for arg in named.args:
            assert arg.help, (named.name, arg.name)


@pytest.fixture
def traps_graph(tmp_path):
    from tests.conftest import DATA

    with KnowledgeGraph(tmp_path / "store", identities=tmp_path / "ids.json") as g:
        g.load(DATA / "traps.review.json")
        yield g


def test_partners_roll_up_units(traps_graph):
    def partners(**args):
        return [r["partner"] for r in traps_graph.query("partners", **args).rows]

    assert partners(name="University of Macau") == ["Macao Union Medical Center", "Trinity College"]
    assert partners(name="University of Macau", roll_up="true") == [
        "Macao Union Medical Center",
        "Kiang Wu Hospital",
        "Trinity College",
    ]
    assert partners(name="Kiang Wu Hospital") == ["Faculty of Medicine"]
    assert partners(name="Kiang Wu Hospital", roll_up="true") == ["University of Macau"]


def test_agreements_roll_up_units(traps_graph):
    def types(**args):
        return sorted(r["parties"] for r in traps_graph.query("agreements", **args).rows)

    assert len(types(institution="Kyoto University")) == 5
    assert len(types(institution="Kyoto University", roll_up="true")) == 6

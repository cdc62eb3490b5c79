"""The projection index kept beside an on-disk store gives exactly the graph
the SPARQL projection gives, and is never used when stale."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg import network
from kg.api import KnowledgeGraph
from tests.conftest import DATA

FILTERS = [
    {},
    {"type": "mou"},
    {"since": "2024", "until": "2024-06"},
    {"field": "AI"},
    {"field": "medical technology"},
    {"country": "NO"},
    {"kind": "university", "roll_up_units": True},
]


def from_sparql(store, **filters) -> nx.Graph:
    roll_up = filters.pop("roll_up_units", False)
    checked = network._check_filters(
        filters.get("field"), filters.get("type"), filters.get("since"), filters.get("until"),
        filters.get("country"), filters.get("kind"),
    )  # fmt: skip
    return network._build(network.raw_from_store(store, checked), checked, roll_up)


def same(a: nx.Graph, b: nx.Graph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert {tuple(sorted(e)): d for *e, d in a.edges(data=True)} == {
        tuple(sorted(e)): d for *e, d in b.edges(data=True)
    }


@pytest.fixture
def graph(tmp_path):
    with KnowledgeGraph(tmp_path / "store", identities=tmp_path / "ids.json") as g:
        g.load(DATA / "small.review.json")
        g.load(DATA / "traps.review.json")  # short names re-pointed at canonical nodes
        yield g


@pytest.mark.parametrize("filters", FILTERS)
def test_index_gives_the_same_graph_as_the_query(graph, filters):
    assert network.index_path(graph.store).exists()
    assert network.read_index(graph.store) is not None
    same(network.project(graph.store, **filters), from_sparql(graph.store, **filters))


def test_index_follows_removals_renames_and_rdf_loads(graph, tmp_path):
    graph.remove_article("trap-03.txt")
    same(network.project(graph.store), from_sparql(graph.store))
    ids = tmp_path / "ids.json"
    ids.write_text(json.dumps({"merge": [["Kyoto University", "UM"]], "rename": {"EIT": "Eastbrook Tech"}}))
    graph.refresh()
    same(network.project(graph.store), from_sparql(graph.store))
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix kg: <https://w3id.org/accord/kg#> .\n"
        "<https://example.org/a> a kg:Agreement ; kg:agreementType \"mou\" ; kg:evidence \"x\" ;\n"
        "  kg:reportedIn <https://example.org/art> ;\n"
        "  kg:party <https://w3id.org/accord/id/institution/kyoto-university> ,\n"
        "           <https://w3id.org/accord/id/institution/university-of-northvale> .\n",
        encoding="utf-8",
    )
    graph.load(extra)
    projected = network.project(graph.store)
    same(projected, from_sparql(graph.store))
    assert projected.has_edge(
        "https://w3id.org/accord/id/institution/kyoto-university",
        "https://w3id.org/accord/id/institution/university-of-northvale",
    )


def test_a_stale_index_is_not_used(graph):
    path = network.index_path(graph.store)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["revision"] = "something-else"
    data["agreements"] = {}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert network.read_index(graph.store) is None
    assert network.project(graph.store).number_of_edges() > 0

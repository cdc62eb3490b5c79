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
    raw = network.raw_from_store(store, checked)
    return network._build(network.ColumnarNetwork.from_raw(raw), checked, roll_up)


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
    ids.write_text(
        json.dumps({"merge": [["Kyoto University", "UM"]], "rename": {"EIT": "Eastbrook Tech"}})
    )
    graph.refresh()
    same(network.project(graph.store), from_sparql(graph.store))
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix kg: <https://w3id.org/accord/kg#> .\n"
        '<https://example.org/a> a kg:Agreement ; kg:agreementType "mou" ; kg:evidence "x" ;\n'
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


def test_an_index_of_the_older_format_is_ignored(graph):
    """Format 1 held one JSON object per agreement; a store that still has one
    is projected from the query, and the same graph comes out."""
    path = network.index_path(graph.store)
    raw = network.raw_from_store(graph.store)
    path.write_text(
        json.dumps({"format": 1, "revision": network.store_revision(graph.store),
                    "agreements": raw.agreements, "institutions": raw.institutions,
                    "field_names": raw.field_names}),
        encoding="utf-8",
    )  # fmt: skip
    assert network.read_index(graph.store) is None
    same(network.project(graph.store), from_sparql(graph.store))


def _truncate(text: str) -> str:
    return text[: len(text) // 2]


def _party_out_of_range(text: str) -> str:
    data = json.loads(text)
    data["agreements"]["parties"][0] = [0, len(data["institutions"]["iri"])]
    return json.dumps(data)


def _column_missing(text: str) -> str:
    data = json.loads(text)
    del data["agreements"]["evidence"]
    return json.dumps(data)


def _column_short(text: str) -> str:
    data = json.loads(text)
    data["agreements"]["signed"].pop()
    return json.dumps(data)


def _not_a_number(text: str) -> str:
    data = json.loads(text)
    data["agreements"]["article"][0] = "0"
    return json.dumps(data)


@pytest.mark.parametrize(
    "damage", [_truncate, _party_out_of_range, _column_missing, _column_short, _not_a_number]
)
def test_a_damaged_index_is_not_used(graph, damage, caplog):
    path = network.index_path(graph.store)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert network.read_index(graph.store) is None
    assert "unreadable projection index" in caplog.text
    same(network.project(graph.store), from_sparql(graph.store))


def test_the_columns_give_back_the_records(graph):
    """What `KnowledgeGraph` reads back to update the index is what was written."""
    raw = network.raw_from_store(graph.store)
    again = network.ColumnarNetwork.from_raw(raw).to_raw()
    assert again.agreements == raw.agreements
    assert again.institutions == raw.institutions
    assert again.field_names == raw.field_names


def test_the_graph_is_the_one_networkx_builds(graph):
    """The projection fills networkx's adjacency itself: nodes, neighbours and
    edges come in the order `add_nodes_from` / `add_edges_from` of the sorted
    nodes and pairs give, and the graph can be changed like any other."""
    projected = network.project(graph.store, roll_up_units=True)
    reference = nx.Graph(**projected.graph)
    reference.add_nodes_from(sorted(projected.nodes(data=True)))
    reference.add_edges_from(sorted((*sorted((u, v)), d) for u, v, d in projected.edges(data=True)))
    assert list(projected.nodes(data=True)) == list(reference.nodes(data=True))
    assert all(list(projected.adj[n]) == list(reference.adj[n]) for n in reference)
    assert list(projected.edges(data=True)) == list(reference.edges(data=True))
    u, v = next(iter(projected.edges))
    projected.remove_edge(u, v)
    assert not projected.has_edge(u, v) and not projected.has_edge(v, u)
    assert projected.number_of_edges() == reference.number_of_edges() - 1
    projected.add_edge(u, v, weight=1)
    assert nx.utils.graphs_equal(projected, nx.Graph(projected))


def test_a_projection_without_a_usable_index_writes_one(graph):
    """An old, stale or damaged index costs one query: the unfiltered
    projection that had to query the store leaves a fresh index behind
    (a filtered one does not: it read only part of the store)."""
    path = network.index_path(graph.store)
    path.write_text("{not json", encoding="utf-8")
    network.project(graph.store, type="mou")
    assert network.read_index(graph.store) is None
    expected = from_sparql(graph.store)
    same(network.project(graph.store), expected)
    assert network.read_index(graph.store) is not None
    same(network.project(graph.store), expected)

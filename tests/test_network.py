"""kg.network: projection of a real on-disk store, every measure against
hand-computed values, the igraph backend against networkx, and the `kg top`,
`communities`, `path` and `graph` commands."""

from __future__ import annotations

import csv
import json
import math
import random
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import network
from kg.api import KnowledgeGraph
from kg.cli import main
from kg.errors import InputError
from kg.names import fold
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
BACKENDS = ["networkx", "igraph"]
INST = "https://w3id.org/accord/id/institution/"

# -- small named graphs, hand-computed ----------------------------------------
STAR = nx.star_graph(3)  # centre 0, leaves 1 2 3
PATH = nx.path_graph(4)  # 0 - 1 - 2 - 3
BRIDGED = nx.barbell_graph(3, 0)  # triangles 0 1 2 and 3 4 5, bridge 2 - 3
PHI = (1 + math.sqrt(5)) / 2

EXPECTED = {
    "star": {
        "degree": {0: 3, 1: 1, 2: 1, 3: 1},
        "weighted-degree": {0: 3, 1: 1, 2: 1, 3: 1},
        # c = 0.15/4 + 0.85 * 3 l,  l = 0.15/4 + 0.85 c / 3
        "pagerank": {0: 71 / 148, 1: 77 / 444, 2: 77 / 444, 3: 77 / 444},
        "betweenness": {0: 1.0, 1: 0.0, 2: 0.0, 3: 0.0},
        # lambda = sqrt(3): centre sqrt(3) times a leaf, unit length
        "eigenvector": {0: 1 / math.sqrt(2), 1: 1 / math.sqrt(6), 2: 1 / math.sqrt(6), 3: 1 / math.sqrt(6)},
        "closeness": {0: 1.0, 1: 0.6, 2: 0.6, 3: 0.6},
    },
    "path": {
        "degree": {0: 1, 1: 2, 2: 2, 3: 1},
        "weighted-degree": {0: 1, 1: 2, 2: 2, 3: 1},
        # e = 0.15/4 + 0.85 i / 2,  2e + 2i = 1
        "pagerank": {0: 10 / 57, 1: 37 / 114, 2: 37 / 114, 3: 10 / 57},
        # node 1 lies on (0,2) and (0,3): 2 of the 3 pairs of other nodes
        "betweenness": {0: 0.0, 1: 2 / 3, 2: 2 / 3, 3: 0.0},
        # lambda = golden ratio: (1, phi, phi, 1) scaled to unit length
        "eigenvector": {
            0: 1 / math.sqrt(5 + math.sqrt(5)),
            1: PHI / math.sqrt(5 + math.sqrt(5)),
            2: PHI / math.sqrt(5 + math.sqrt(5)),
            3: 1 / math.sqrt(5 + math.sqrt(5)),
        },
        "closeness": {0: 0.5, 1: 0.75, 2: 0.75, 3: 0.5},
    },
    "bridged": {
        "degree": {0: 2, 1: 2, 2: 3, 3: 3, 4: 2, 5: 2},
        "weighted-degree": {0: 2, 1: 2, 2: 3, 3: 3, 4: 2, 5: 2},
        # a = 0.15/6 + 0.85 (a/2 + b/3),  4a + 2b = 1
        "pagerank": {0: 20 / 137, 1: 20 / 137, 2: 57 / 274, 3: 57 / 274, 4: 20 / 137, 5: 20 / 137},
        # 2 and 3 each lie on the 2 x 3 pairs across the bridge, of 10 pairs
        "betweenness": {0: 0.0, 1: 0.0, 2: 0.6, 3: 0.6, 4: 0.0, 5: 0.0},
        # lambda = 1 + sqrt(2): bridge ends sqrt(2) times the others
        "eigenvector": {0: 1 / math.sqrt(8), 1: 1 / math.sqrt(8), 2: 0.5, 3: 0.5, 4: 1 / math.sqrt(8), 5: 1 / math.sqrt(8)},
        # node 0: 1+1+2+3+3 = 10 hops to the other 5; node 2: 1+1+1+2+2 = 7
        "closeness": {0: 0.5, 1: 0.5, 2: 5 / 7, 3: 5 / 7, 4: 0.5, 5: 0.5},
    },
}  # fmt: skip
GRAPHS = {"star": STAR, "path": PATH, "bridged": BRIDGED}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("metric", network.METRICS)
@pytest.mark.parametrize("name", list(GRAPHS))
def test_every_metric_on_small_named_graphs(name, metric, backend):
    scores = network.centrality(GRAPHS[name].copy(), metric, backend=backend)
    expected = EXPECTED[name][metric]
    assert set(scores) == set(expected)
    for node, value in expected.items():
        assert scores[node] == pytest.approx(value, abs=1e-9), (node, scores[node], value)


def test_weighted_degree_counts_agreements_and_degree_counts_partners():
    star = nx.Graph([(0, 1, {"weight": 1}), (0, 2, {"weight": 2}), (0, 3, {"weight": 3})])
    assert network.weighted_degree(star) == {0: 6, 1: 1, 2: 2, 3: 3}
    assert network.degree(star) == {0: 3, 1: 1, 2: 1, 3: 1}


def test_pagerank_follows_the_number_of_agreements():
    # 1 signs three agreements with 0 and one with 2: 0 gets three times 2's share from 1
    g = nx.Graph([(0, 1, {"weight": 3}), (1, 2, {"weight": 1})])
    for backend in BACKENDS:
        scores = network.pagerank(g.copy(), backend=backend)
        # p0 = 0.05 + 0.85 * 3/4 p1, p2 = 0.05 + 0.85 * 1/4 p1, p1 = 0.05 + 0.85 (p0 + p2)
        p1 = (0.05 + 0.85 * 0.1) / (1 - 0.85 * 0.85)
        assert scores[1] == pytest.approx(p1, abs=1e-9)
        assert scores[0] == pytest.approx(0.05 + 0.85 * 0.75 * p1, abs=1e-9)
        assert scores[2] == pytest.approx(0.05 + 0.85 * 0.25 * p1, abs=1e-9)


# -- igraph against networkx ----------------------------------------------------
def _random_graph() -> nx.Graph:
    """A random weighted graph of 300 nodes in several components, with
    isolated nodes (the awkward cases for normalisation)."""
    rng = random.Random(11)
    g = nx.gnm_random_graph(280, 1100, seed=5)
    g.add_edges_from([(280 + i, 280 + (i + 1) % 15) for i in range(15)])  # a ring apart
    g.add_nodes_from(range(295, 300))  # five isolated institutions
    for u, v in g.edges():
        g.edges[u, v]["weight"] = rng.randint(1, 4)
    return g


@pytest.mark.parametrize("metric", ["pagerank", "eigenvector", "closeness", "betweenness"])
def test_igraph_backend_agrees_with_networkx(metric):
    g = _random_graph()
    measure = {
        "pagerank": network.pagerank,
        "eigenvector": network.eigenvector,
        "closeness": network.closeness,
        "betweenness": network.betweenness,  # exact: k=None
    }[metric]
    slow = measure(g.copy(), backend="networkx")
    fast = measure(g.copy(), backend="igraph")
    assert set(fast) == set(g)
    largest = max(slow.values())
    assert largest > 0.005  # the comparison is not between zeros
    worst = max(abs(fast[n] - slow[n]) for n in g)
    assert worst < 1e-6 * largest, (metric, worst)


def test_sampled_betweenness_is_the_same_sample_on_both_backends():
    g = _random_graph()
    slow = network.betweenness(g.copy(), k=40, seed=3, backend="networkx")
    fast = network.betweenness(g.copy(), k=40, seed=3, backend="igraph")
    assert max(abs(fast[n] - slow[n]) for n in g) < 1e-9
    exact = network.betweenness(g.copy(), backend="igraph")
    assert fast != exact


def test_auto_backend_switches_on_size(monkeypatch):
    small = nx.path_graph(5)
    network.pagerank(small)  # below the threshold: networkx, nothing cached
    assert "accord.igraph" not in small.__networkx_cache__
    monkeypatch.setattr(network, "AUTO_MIN_EDGES", 4)
    network.pagerank(small)
    assert "accord.igraph" in small.__networkx_cache__
    small.add_edge(4, 5)  # networkx clears its cache on change: no stale conversion
    assert network.pagerank(small)[5] > 0
    with pytest.raises(InputError, match="unknown backend 'gpu'"):
        network.pagerank(small, backend="gpu")


# -- communities ------------------------------------------------------------------
def _planted() -> tuple[nx.Graph, list[set[int]]]:
    groups = [set(range(i * 20, (i + 1) * 20)) for i in range(4)]
    g = nx.planted_partition_graph(4, 20, 0.6, 0.01, seed=7)
    nx.set_edge_attributes(g, 1, "weight")
    return g, groups


@pytest.mark.parametrize("backend", BACKENDS)
def test_louvain_finds_planted_groups_and_repeats_with_a_seed(backend):
    g, groups = _planted()
    first = network.communities(g, seed=4, backend=backend)
    random.seed(12345)  # disturb the global generator between the runs
    random.random()
    second = network.communities(g.copy(), seed=4, backend=backend)
    assert first == second
    assert sorted(map(sorted, first)) == sorted(map(sorted, groups))


def test_communities_are_sorted_by_size():
    g = nx.disjoint_union(nx.complete_graph(3), nx.complete_graph(5))
    nx.set_edge_attributes(g, 1, "weight")
    assert network.communities(g) == [{3, 4, 5, 6, 7}, {0, 1, 2}]


def test_unknown_metric_is_an_input_error():
    with pytest.raises(InputError, match="unknown metric 'fame' \\(one of degree, weighted-degree"):
        network.centrality(STAR, "fame")


# -- a small store ------------------------------------------------------------------
REVIEW = [
    {
        "article": "one.txt",
        "published": "2024-12-01",
        "title": "One",
        "url": "https://example.org/one",
        "institutions": [
            {"name": "Alpha University", "aliases": ["AU"], "kind": "university", "country": "HK"},
            {"name": "Beta Hospital", "aliases": [], "kind": "hospital", "country": "CN"},
            {"name": "Delta University", "aliases": ["DU"], "kind": "university", "country": "JP"},
            {"name": "Gamma Law School", "aliases": [], "kind": "academic_unit",
             "country": "HK", "unit_of": "Alpha University"},
        ],
        "agreements": [
            {"parties": ["Alpha University", "Beta Hospital"], "type": "mou", "signed": "2024-05",
             "fields": ["medicine"], "exchanges": ["student", "staff"],
             "evidence": "Alpha University and Beta Hospital signed an MoU."},
            {"parties": ["Alpha University", "Delta University"], "type": "research", "signed": "2023",
             "fields": ["artificial intelligence"], "exchanges": [],
             "evidence": "Alpha and Delta agreed to research AI together."},
            {"parties": ["Gamma Law School", "Alpha University"], "type": "framework",
             "signed": "2022-03", "fields": [], "exchanges": [],
             "evidence": "Gamma Law School and its university signed a framework."},
        ],
    },
    {
        "article": "two.txt",
        "published": "2025-02-01",
        "title": "Two",
        "institutions": [
            {"name": "Alpha University", "aliases": ["AU"], "kind": "university", "country": "HK"},
            {"name": "Beta Hospital", "aliases": [], "kind": "hospital", "country": "CN"},
            {"name": "Delta University", "aliases": ["DU"], "kind": "university", "country": "JP"},
            {"name": "Gamma Law School", "aliases": [], "kind": "academic_unit",
             "country": "HK", "unit_of": "Alpha University"},
            {"name": "Epsilon Corp", "aliases": [], "kind": "company", "country": "US"},
        ],
        "agreements": [
            {"parties": ["Gamma Law School", "Delta University"], "type": "dual_degree",
             "signed": "2025-01-15", "fields": ["law"], "exchanges": ["student"],
             "evidence": "Gamma Law School and Delta University launched a dual degree."},
            {"parties": ["Beta Hospital", "Delta University"], "type": "partnership",
             "signed": None, "fields": [], "exchanges": [],
             "evidence": "Beta Hospital has long partnered with Delta University."},
            {"parties": ["Alpha University", "Beta Hospital", "Epsilon Corp"], "type": "joint_lab",
             "signed": "2024-11", "fields": ["AI"], "exchanges": ["researcher"],
             "evidence": "The three opened a joint lab on AI."},
        ],
    },
]  # fmt: skip
ALPHA, BETA, DELTA = INST + "alpha-university", INST + "beta-hospital", INST + "delta-university"
GAMMA, EPSILON = INST + "gamma-law-school", INST + "epsilon-corp"


@pytest.fixture(scope="module")
def small_store(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("network")
    review = folder / "small.review.json"
    review.write_text(json.dumps(REVIEW), encoding="utf-8")
    with KnowledgeGraph(folder / "store") as graph:
        report = graph.load(review)
    assert report.ok and len(report.loaded) == 2
    return folder / "store"


def _project(small_store, **filters) -> nx.Graph:
    with open_store(small_store, read_only=True) as store:
        return network.project(store, **filters)


def _edges(graph: nx.Graph) -> dict[tuple[str, str], int]:
    return {tuple(sorted((u, v))): w for u, v, w in graph.edges(data="weight")}


def test_projection_nodes_and_edges(small_store):
    g = _project(small_store)
    assert _edges(g) == {
        (ALPHA, BETA): 2,  # the MoU and the three-party joint lab
        (ALPHA, DELTA): 1,
        (ALPHA, GAMMA): 1,
        (BETA, DELTA): 1,
        (DELTA, GAMMA): 1,
        (ALPHA, EPSILON): 1,
        (BETA, EPSILON): 1,
    }
    assert g.nodes[ALPHA] == {
        "label": "Alpha University",
        "aliases": ["AU"],
        "country": "HK",
        "kind": "university",
        "parent": None,
    }
    assert g.nodes[GAMMA]["parent"] == ALPHA
    assert g.nodes[GAMMA]["kind"] == "academic_unit"


def test_projection_edge_attributes_follow_the_contract(small_store):
    edge = _project(small_store).edges[ALPHA, BETA]
    assert edge["weight"] == 2
    assert edge["types"] == ["joint_lab", "mou"]
    assert edge["fields"] == ["artificial intelligence", "medicine"]
    assert (edge["first"], edge["last"]) == ("2024-05", "2024-11")
    mou, lab = edge["agreements"]  # oldest first
    assert set(mou) == {"iri", "type", "signed", "fields", "exchanges", "evidence", "article",
                        "title", "url"}  # fmt: skip
    assert (mou["type"], mou["signed"], mou["fields"], mou["exchanges"]) == (
        "mou", "2024-05", ["medicine"], ["staff", "student"]
    )  # fmt: skip
    assert mou["evidence"] == "Alpha University and Beta Hospital signed an MoU."
    assert (mou["title"], mou["url"]) == ("One", "https://example.org/one")
    assert (lab["type"], lab["fields"], lab["exchanges"]) == (
        "joint_lab", ["artificial intelligence"], ["researcher"]
    )  # fmt: skip
    assert (lab["title"], lab["url"]) == ("Two", None)
    assert mou["iri"].startswith(mou["article"] + "/")
    assert edge["articles"] == sorted({mou["article"], lab["article"]})
    assert mou["article"] != lab["article"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"type": "mou"}, {(ALPHA, BETA): 1}),
        # "AI" is an altLabel of the field; the lab's "AI" maps to the same concept
        ({"field": "Artificial Intelligence"},
         {(ALPHA, DELTA): 1, (ALPHA, BETA): 1, (ALPHA, EPSILON): 1, (BETA, EPSILON): 1}),
        ({"field": "ai"},
         {(ALPHA, DELTA): 1, (ALPHA, BETA): 1, (ALPHA, EPSILON): 1, (BETA, EPSILON): 1}),
        ({"field": "astronomy"}, {}),
        # undated agreements go; a date is compared at the precision both have
        ({"since": "2024"},
         {(ALPHA, BETA): 2, (DELTA, GAMMA): 1, (ALPHA, EPSILON): 1, (BETA, EPSILON): 1}),
        ({"since": "2024-06"},
         {(ALPHA, BETA): 1, (DELTA, GAMMA): 1, (ALPHA, EPSILON): 1, (BETA, EPSILON): 1}),
        ({"since": "2023-06", "until": "2024-05-31"}, {(ALPHA, DELTA): 1, (ALPHA, BETA): 1}),
        ({"until": "2023"}, {(ALPHA, DELTA): 1, (ALPHA, GAMMA): 1}),
        ({"since": "2025-01-16"}, {}),
        ({"country": "hk"}, {(ALPHA, GAMMA): 1}),
        ({"kind": "university"}, {(ALPHA, DELTA): 1}),
        # the law school counts as its university: its framework with it vanishes
        ({"roll_up_units": True},
         {(ALPHA, BETA): 2, (ALPHA, DELTA): 2, (BETA, DELTA): 1, (ALPHA, EPSILON): 1,
          (BETA, EPSILON): 1}),
        ({"roll_up_units": True, "kind": "university"}, {(ALPHA, DELTA): 2}),
        ({"type": "dual_degree", "roll_up_units": True, "country": "JP"}, {}),
    ],
)  # fmt: skip
def test_filters_change_the_graph_exactly(small_store, filters, expected):
    g = _project(small_store, **filters)
    assert _edges(g) == expected
    assert set(g) == {n for pair in expected for n in pair}


def test_roll_up_merges_the_unit_into_its_parent(small_store):
    edge = _project(small_store, roll_up_units=True).edges[ALPHA, DELTA]
    assert [a["type"] for a in edge["agreements"]] == ["research", "dual_degree"]
    assert edge["fields"] == ["artificial intelligence", "law"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"type": "treaty"}, "unknown agreement type 'treaty' (one of mou, "),
        ({"kind": "castle"}, "unknown institution kind 'castle' (one of university, "),
        ({"since": "2024-13"}, "--since '2024-13' is not a real date"),
        ({"until": "2024-02-30"}, "--until '2024-02-30' is not a real date"),
        ({"since": "24"}, "--since '24' is not a real date"),
        ({"country": "Hong Kong"}, "is not a two-letter ISO 3166 code"),
        ({"since": "2025", "until": "2024-12"}, "--since 2025 is after --until 2024-12"),
    ],
)
def test_bad_filter_values_are_one_line_input_errors(small_store, filters, message):
    with pytest.raises(InputError) as caught:
        _project(small_store, **filters)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_filter_values_are_bound_not_pasted(small_store):
    # a quote in a field name is data: no syntax error, no match
    assert _edges(_project(small_store, field='x") || true || ("')) == {}


# -- names and paths -------------------------------------------------------------------
def test_find_node_by_label_alias_or_iri(small_store):
    g = _project(small_store)
    assert network.find_node(g, "alpha university") == ALPHA
    assert network.find_node(g, "au") == ALPHA
    assert network.find_node(g, "DU") == DELTA
    assert network.find_node(g, BETA) == BETA


def test_find_node_ambiguous_and_unknown():
    g = nx.Graph()
    g.add_node("a", label="Kumamoto University", aliases=["KU"])
    g.add_node("b", label="Kyoto University", aliases=["KU"])
    g.add_edge("a", "b", weight=1)
    with pytest.raises(
        InputError, match="'ku' is ambiguous: it names Kumamoto University; Kyoto University"
    ):
        network.find_node(g, "ku")
    with pytest.raises(
        InputError,
        match="no institution named 'Kyoto' in the network \\(did you mean: Kyoto University\\?\\)",
    ):
        network.find_node(g, "Kyoto")  # fmt: skip


def test_shortest_path_and_its_hops(small_store):
    g = _project(small_store)
    path = network.shortest_path(g, "Epsilon Corp", "Gamma Law School")
    assert path == [EPSILON, ALPHA, GAMMA]
    hops = network.path_hops(g, path)
    assert [(h.source_label, h.target_label) for h in hops] == [
        ("Epsilon Corp", "Alpha University"),
        ("Alpha University", "Gamma Law School"),
    ]
    assert [[a["type"] for a in h.agreements] for h in hops] == [["joint_lab"], ["framework"]]


def test_no_path_is_an_input_error():
    g = nx.Graph([("a", "b"), ("c", "d")])
    nx.set_node_attributes(g, {n: n.upper() for n in g}, "label")
    with pytest.raises(InputError, match="A and C are not connected by any chain of agreements"):
        network.shortest_path(g, "a", "c")


# -- command line ------------------------------------------------------------------------
def _kg(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_kg_top_degree_json(small_store):
    result = _kg("top", "--metric", "degree", "--format", "json", "--store", str(small_store))
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["rank"], r["institution"], r["country"], r["kind"], r["score"], r["partners"])
            for r in rows] == [
        (1, "Alpha University", "HK", "university", 4, 4),
        (2, "Beta Hospital", "CN", "hospital", 3, 3),
        (2, "Delta University", "JP", "university", 3, 3),
        (4, "Epsilon Corp", "US", "company", 2, 2),
        (4, "Gamma Law School", "HK", "academic_unit", 2, 2),
    ]  # fmt: skip


def test_kg_top_weighted_degree_csv_with_filters(small_store):
    result = _kg("top", "--metric", "weighted-degree", "--roll-up-units", "--limit", "2",
                 "--format", "csv", "--store", str(small_store))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "rank,institution,country,kind,score,partners",
        "1,Alpha University,HK,university,5,3",
        "2,Beta Hospital,CN,hospital,4,3",
    ]


def test_kg_top_errors(small_store):
    result = CliRunner().invoke(main, ["top", "--metric", "fame", "--store", str(small_store)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: unknown metric 'fame' (one of degree, weighted-degree, pagerank, betweenness, "
        "eigenvector, closeness)"
    )
    result = CliRunner().invoke(
        main, ["top", "--type", "dual_degree", "--country", "US", "--store", str(small_store)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: the network is empty: no agreement between two")
    result = CliRunner().invoke(main, ["top", "--since", "soon", "--store", str(small_store)])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: --since 'soon' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"
    )


def test_kg_path_prints_each_hop_with_its_evidence(small_store):
    result = _kg("path", "Epsilon Corp", "gamma law school", "--store", str(small_store))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "Epsilon Corp",
        "  | joint_lab, signed 2024-11 on artificial intelligence",
        '  |   "The three opened a joint lab on AI."',
        "  |   in: Two",
        "Alpha University",
        "  | framework, signed 2022-03",
        '  |   "Gamma Law School and its university signed a framework."',
        "  |   in: One <https://example.org/one>",
        "Gamma Law School",
    ]


def test_kg_path_unknown_institution(small_store):
    result = CliRunner().invoke(
        main, ["path", "AU", "Omega Institute", "--store", str(small_store)]
    )
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no institution named 'Omega Institute' in the network"


def test_kg_communities_cover_every_institution_once(small_store):
    result = _kg("communities", "--min-size", "1", "--format", "json", "--store", str(small_store))
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    members = [m for c in found for m in c["members"]]
    assert sorted(members) == sorted(
        [
            "Alpha University",
            "Beta Hospital",
            "Delta University",
            "Epsilon Corp",
            "Gamma Law School",
        ]
    )
    assert [c["size"] for c in found] == sorted((len(c["members"]) for c in found), reverse=True)
    assert all(c["central"] == c["members"][:3] for c in found)


def test_describe_communities_fields_and_countries():
    g = nx.Graph()
    for node, country in [("a", "HK"), ("b", "HK"), ("c", "CN"), ("x", "JP"), ("y", "JP")]:
        g.add_node(node, label=node.upper(), country=country)
    record = {"fields": ["medicine"]}
    g.add_edge("a", "b", weight=2, agreements=[record, {"fields": ["medicine", "law"]}])
    g.add_edge("b", "c", weight=1, agreements=[{"fields": ["law"]}])
    g.add_edge("a", "c", weight=1, agreements=[record])
    g.add_edge("x", "y", weight=1, agreements=[{"fields": []}])
    first, second = network.describe_communities(g, backend="networkx")
    assert (first.size, first.fields, first.countries) == (
        3,
        [("medicine", 3), ("law", 2)],
        [("HK", 2), ("CN", 1)],
    )
    assert (second.size, second.fields, second.countries) == (2, [], [("JP", 2)])
    assert first.central[0] in {"A", "B"}  # fmt: skip


def test_kg_graph_writes_every_format(small_store, tmp_path):
    for fmt in network.GRAPH_FORMATS:
        out = tmp_path / f"net.{fmt}"
        result = _kg("graph", "-o", str(out), "--format", fmt, "--store", str(small_store))
        assert result.exit_code == 0, result.output
        assert "wrote 5 institutions and 7 partnerships" in result.output
    read = nx.read_graphml(tmp_path / "net.graphml")
    assert read.nodes[ALPHA]["aliases"] == "AU"
    assert read.edges[ALPHA, BETA]["weight"] == 2
    assert read.edges[ALPHA, BETA]["types"] == "joint_lab; mou"
    gexf = nx.read_gexf(tmp_path / "net.gexf")
    assert gexf.number_of_edges() == 7
    with (tmp_path / "net.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 7
    alpha_beta = next(r for r in rows if {r["source"], r["target"]} == {ALPHA, BETA})
    assert (alpha_beta["source_label"], alpha_beta["weight"], alpha_beta["fields"]) == (
        "Alpha University", "2", "artificial intelligence; medicine"
    )  # fmt: skip
    data = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(data, edges="edges")
    assert back.edges[ALPHA, BETA]["agreements"][0]["type"] == "mou"


def test_network_commands_have_help():
    for command in ("top", "communities", "path", "graph"):
        result = _kg(command, "--help")
        assert result.exit_code == 0
        assert len(result.output.split("Options:")[0].split("\n", 2)[2].strip()) > 40


def test_kg_top_on_the_seed_review_file(tmp_path):
    """`kg top --metric degree` on the hand-reviewed seeds counts distinct
    partners exactly as a reader of data/seeds.review.json does."""
    store = tmp_path / "store"
    assert (
        _kg("load", str(ROOT / "data" / "seeds.review.json"), "--store", str(store)).exit_code == 0
    )
    result = _kg(
        "top", "--metric", "degree", "--limit", "100", "--format", "json", "--store", str(store)
    )
    assert result.exit_code == 0, result.output
    counts = {fold(r["institution"]): r["score"] for r in json.loads(result.output)}
    assert counts == {
        fold(name): n
        for name, n in [
            # partners with Kumamoto University College of Medicine, Harvard
            # Medical School, Kyoto University, Seoul National University, NUS
            ("Kaohsiung Medical University College of Medicine", 5),
            # Peking University Health Science Center, Peking University Third Hospital
            ("The Hong Kong Polytechnic University", 2),
            ("Peking University Health Science Center", 1),
            ("Peking University Third Hospital", 1),
            ("University of Macau", 1),
            ("Macao Union Medical Center", 1),
            ("Kaohsiung Medical University", 1),  # an MoU and a research agreement, one partner
            ("Kumamoto University", 1),
            ("Kumamoto University College of Medicine", 1),
            ("Kaohsiung City", 1),
            ("Kumamoto City", 1),
            ("Harvard Medical School", 1),
            ("Kyoto University", 1),
            ("Seoul National University", 1),
            ("National University of Singapore", 1),
        ]
    }  # fmt: skip

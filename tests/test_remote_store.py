"""A SPARQL endpoint as the store (`--store http://...`), on a real Oxigraph
server: the same answers as the embedded store, whole-graph replacement,
the union default graph, and one clear line for every way a server fails."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg.api import KnowledgeGraph
from kg.errors import QueryError, StoreError
from kg.remote import RemoteStore, endpoints
from tests.conftest import REPO, clear_server

EX = "https://example.org/"


@pytest.fixture
def server(oxigraph_server) -> str:
    """The module's Oxigraph server, emptied for this test."""
    clear_server(oxigraph_server)
    return oxigraph_server


@pytest.fixture
def remote(server, small_review) -> str:
    with KnowledgeGraph(server) as graph:
        report = graph.load(small_review)
    assert report.ok and len(report.loaded) == 3
    return server


def test_partners_are_the_same_as_on_the_embedded_store(remote, small_review, tmp_path):
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.load(small_review)
        embedded = graph.query("partners", name="UNV").rows
    with KnowledgeGraph(remote, read_only=True) as graph:
        rows = graph.query("partners", name="UNV").rows
    assert rows == embedded
    assert [(r["partner"], r["agreements"], r["first"], r["last"]) for r in rows] == [
        ("Eastbrook Institute of Technology", 2, "2024-03-05", "2025"),
        ("Southport Medical College", 1, None, None),
    ]


def test_query_results_have_the_embedded_stores_types(remote):
    with KnowledgeGraph(remote, read_only=True) as graph:
        store = graph.store
        assert isinstance(store.query("ASK { ?a a kg:Agreement }"), ox.QueryBoolean)
        triples = store.query(
            "CONSTRUCT { ?a kg:agreementType ?t } WHERE { ?a kg:agreementType ?t }"
        )
        assert isinstance(triples, ox.QueryTriples)
        assert sorted(t.object.value for t in triples) == [
            "dual_degree",
            "framework",
            "mou",
            "research",
        ]
        assert graph.query("ASK { ?i skos:prefLabel ?l }").rows == [{"result": True}]


def test_reloading_the_same_file_changes_nothing(remote, small_review):
    with KnowledgeGraph(remote) as graph:
        before = (graph.store.triple_count(), graph.store.graph_names())
        report = graph.load(small_review)
        assert report.loaded == [] and len(report.unchanged) == 3
        assert (graph.store.triple_count(), graph.store.graph_names()) == before
    assert len(before[1]) == 5  # three articles, the institutions, the ontology


def test_a_corrected_article_replaces_its_graph(remote, small_review, small_articles):
    corrected = [a for a in small_articles if a["article"] == "gamma.txt"]
    corrected[0]["agreements"][0]["type"] = "mou"
    path = small_review.with_name("gamma.review.json")
    path.write_text(json.dumps(corrected), encoding="utf-8")
    with KnowledgeGraph(remote) as graph:
        assert graph.load(path).loaded == ["gamma.txt"]
        rows = graph.query("agreements", institution="SMC").rows
        assert [(r["type"], r["signed"]) for r in rows] == [("mou", None)]
        assert graph.stats()["agreements"] == 4


def test_replacing_a_graph_keeps_only_the_new_quads_and_its_blank_nodes(server, monkeypatch):
    """Also when the update is split into several requests (a tiny size limit
    here): blank-node quads travel together, so the structure survives."""
    monkeypatch.setattr("kg.remote.MAX_UPDATE_BYTES", 200)
    g = ox.NamedNode(EX + "g")
    node = ox.BlankNode()
    new = [ox.Quad(node, ox.NamedNode(EX + "p"), ox.Literal(f"v{i}"), g) for i in range(3)]
    new += [ox.Quad(ox.NamedNode(EX + f"s{i}"), ox.NamedNode(EX + "q"), node, g) for i in range(3)]
    new += [
        ox.Quad(ox.NamedNode(EX + f"s{i}"), ox.NamedNode(EX + "r"), ox.Literal(str(i)), g)
        for i in range(20)
    ]
    with RemoteStore(server) as store:
        store.replace_graph(
            g, [ox.Quad(ox.NamedNode(EX + "old"), ox.NamedNode(EX + "p"), ox.Literal("x"), g)]
        )
        store.replace_graph(g, new)
        stored = list(store.quads(g))
        assert len(stored) == 26
        assert store.value(ox.NamedNode(EX + "old"), ox.NamedNode(EX + "p"), g) is None
        blanks = {q.subject for q in stored if isinstance(q.subject, ox.BlankNode)}
        blanks |= {q.object for q in stored if isinstance(q.object, ox.BlankNode)}
        assert len(blanks) == 1


@pytest.mark.parametrize("backend", ["disk", "remote"])
def test_reloading_a_changed_rdf_file_replaces_its_triples(backend, request, tmp_path):
    """`kg load file.ttl` twice, the file changed in between: what the file no
    longer says is gone, on the server as on the embedded store."""
    location = request.getfixturevalue("server") if backend == "remote" else tmp_path / "store"
    extra = tmp_path / "extra.ttl"
    extra.write_text(f"<{EX}a> <{EX}says> 'one' , 'two' .\n", encoding="utf-8")
    dataset = tmp_path / "extra.trig"
    dataset.write_text(
        f"<{EX}d> <{EX}says> 'default' .\n<{EX}g> {{ <{EX}b> <{EX}says> 'in g' . }}\n",
        encoding="utf-8",
    )
    said = f"SELECT ?s ?o WHERE {{ ?s <{EX}says> ?o }} ORDER BY ?s ?o"
    with KnowledgeGraph(location) as graph:
        graph.load(extra, dataset)
        extra.write_text(f"<{EX}a> <{EX}says> 'two' , 'three' .\n", encoding="utf-8")
        graph.load(extra, dataset)
        rows = [(r["s"][len(EX) :], r["o"]) for r in graph.query(said).rows]
        assert rows == [("a", "three"), ("a", "two"), ("b", "in g"), ("d", "default")]
        assert EX + "g" in graph.store.graph_names()


def test_queries_see_the_union_of_the_article_graphs(remote):
    query_url, _ = endpoints(remote)
    assert query_url == f"{remote}/query?union-default-graph"
    with KnowledgeGraph(f"{remote}/query?union-default-graph", read_only=True) as graph:
        assert graph.stats()["articles"] == 3
    # the bare /query endpoint's default graph is empty: refused, with the fix
    with pytest.raises(StoreError, match=r"do not see the named graphs.*\?union-default-graph"):
        RemoteStore(f"{remote}/query")


def test_export_and_validation_over_the_server(remote, small_review, tmp_path):
    def content(data: bytes) -> set[str]:
        """The exported lines, but for the store's own random revision stamp."""
        return {line for line in data.decode().splitlines() if "accord/kg#revision" not in line}

    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.load(small_review)
        embedded_nt = content(graph.export("nt"))
        embedded_nq = content(graph.export("nq"))
    with KnowledgeGraph(remote, read_only=True) as graph:
        assert content(graph.export("nt")) == embedded_nt
        assert content(graph.export("nq")) == embedded_nq
        assert graph.validate() == []


def test_read_only_refuses_writes(remote, small_review):
    with KnowledgeGraph(remote, read_only=True) as graph:
        with pytest.raises(StoreError, match="open read-only"):
            graph.remove_article("alpha.txt")
        with pytest.raises(StoreError, match="open read-only"):
            graph.store.replace_graph(ox.NamedNode(EX + "g"), [])
    with KnowledgeGraph(remote, read_only=True) as graph:
        assert graph.stats()["articles"] == 3


def kg_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=REPO, timeout=60
    )


def test_server_down_is_one_line_from_the_cli():
    result = kg_cli("query", "most-connected", "--store", "http://127.0.0.1:1")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "Error: cannot reach the SPARQL endpoint http://127.0.0.1:1/query?union-default-graph: "
        "connection refused (is the server running?)\n"
    )


def test_http_error_shows_the_servers_message(server):
    with pytest.raises(StoreError) as error:
        RemoteStore(f"{server}/nothing")
    assert str(error.value) == (
        f"{server}/nothing answered HTTP 404: POST /nothing is not supported by this server"
    )


def test_syntax_error_is_the_embedded_stores_message(remote, tmp_path):
    """Positions are in the user's text, not shifted by the PREFIX lines sent."""
    messages = []
    for location in (remote, tmp_path / "store"):
        with KnowledgeGraph(location) as graph, pytest.raises(QueryError) as error:
            graph.query("SELECT ?x\nWHERE { ?x ?y }")
        messages.append(str(error.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("SPARQL syntax error error at 2:16")


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:  # accepts connections, never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(StoreError, match=r"did not answer within 0.3 s"):
            RemoteStore(url, timeout=0.3)


@pytest.mark.parametrize(
    ("location", "query", "update"),
    [
        ("http://h:7878", "http://h:7878/query?union-default-graph", "http://h:7878/update"),
        ("https://h/", "https://h/query?union-default-graph", "https://h/update"),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        ("http://h:3030/ds", "http://h:3030/ds", "http://h:3030/ds"),
        (
            "http://h/sparql?default-graph-uri=x",
            "http://h/sparql?default-graph-uri=x",
            "http://h/sparql",
        ),
        (
            "http://h:7200/repositories/r#update=r/statements",
            "http://h:7200/repositories/r",
            "http://h:7200/repositories/r/statements",
        ),
    ],
)
def test_endpoint_url_convention(location, query, update):
    assert endpoints(location) == (query, update)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://", "is not a SPARQL endpoint URL"),
        ("http://h:port/sparql", "malformed port"),
        ("http://h/sparql#query=x", "fragment may only be #update=URL"),
    ],
)
def test_malformed_endpoint_url(location, message):
    with pytest.raises(StoreError, match=message):
        endpoints(location)

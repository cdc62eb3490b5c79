"""Benchmark of kg.network at the size DESIGN.md sets: 20,000 institutions,
320,000 partnerships.

1. Generates a seeded Chung-Lu graph with a power-law expected degree
   (exponent 3, like Barabási-Albert): a few hubs with thousands of partners,
   a median of about 20.
2. Writes it as an on-disk Oxigraph store in the layout of the brief (one
   named graph per article, three agreements per article, a second agreement
   on a fifth of the pairs, dates, fields, exchanges; an institutions graph;
   the vocabulary), bulk loaded. The store is kept and reused (--store-dir).
3. Times `kg.network.project` from that store, then every measure on the
   projected graph with the igraph backend and with networkx alone.

    .venv/bin/python benchmarks/network.py            # everything (~6 min)
    .venv/bin/python benchmarks/network.py --quick    # skip networkx's slow ones

Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import platform
import random
import shutil
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import network  # noqa: E402
from kg.store import open_store  # noqa: E402

KG = "https://w3id.org/accord/kg#"
ID = "https://w3id.org/accord/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ORG_UNIT_OF = "http://www.w3.org/ns/org#unitOf"

KINDS = {
    "university": "University",
    "academic_unit": "AcademicUnit",
    "hospital": "Hospital",
    "research_institute": "ResearchInstitute",
    "company": "Company",
    "government": "GovernmentBody",
}
TYPES = {
    "mou": "MemorandumOfUnderstanding",
    "student_exchange": "StudentExchangeAgreement",
    "dual_degree": "DualDegreeAgreement",
    "research": "ResearchAgreement",
    "joint_lab": "JointLabAgreement",
    "framework": "FrameworkAgreement",
    "partnership": "Partnership",
}
EXCHANGES = ["StudentExchange", "StaffExchange", "ResearcherExchange"]
COUNTRIES = [
    "CN",
    "HK",
    "MO",
    "TW",
    "JP",
    "KR",
    "SG",
    "MY",
    "TH",
    "ID",
    "VN",
    "PH",
    "IN",
    "AU",
    "NZ",
    "GB",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "SE",
    "FI",
    "US",
    "CA",
    "BR",
    "MX",
    "ZA",
    "EG",
    "KE",
]


def chung_lu_edges(n: int, m: int, *, exponent: float = 3.0, seed: int = 1) -> np.ndarray:
    """`m` distinct undirected edges on `n` nodes, endpoints drawn in
    proportion to power-law weights (Chung-Lu), without self-loops."""
    rng = np.random.default_rng(seed)
    weights = np.arange(1, n + 1) ** (-1.0 / (exponent - 1))
    p = weights / weights.sum()
    keys = np.empty(0, dtype=np.int64)
    while len(keys) < m:
        need = int((m - len(keys)) * 1.3) + 1000
        a, b = rng.choice(n, size=need, p=p), rng.choice(n, size=need, p=p)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keys = np.concatenate([keys, (lo * n + hi)[lo != hi]])
        _, first = np.unique(keys, return_index=True)
        keys = keys[np.sort(first)]
    keys = keys[:m]
    return np.stack([keys // n, keys % n], axis=1)


def _lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"^^<{datatype}>' if datatype else f'"{escaped}"'


def _date(rng: random.Random) -> tuple[str, str] | None:
    if rng.random() < 0.1:
        return None
    year, month, day = rng.randint(2005, 2025), rng.randint(1, 12), rng.randint(1, 28)
    precision = rng.random()
    if precision < 0.2:
        return f"{year}", XSD + "gYear"
    if precision < 0.7:
        return f"{year}-{month:02d}", XSD + "gYearMonth"
    return f"{year}-{month:02d}-{day:02d}", XSD + "date"


def write_store(directory: Path, n: int, edges: np.ndarray, *, seed: int = 2,
                write_quads: bool = True) -> None:  # fmt: skip
    """Write the benchmark store (institutions, articles, agreements) and the
    projection index that `KnowledgeGraph.load_facts` keeps beside it, built
    from the same generated records in the same pass. With
    `write_quads=False`, only the index is (re)written for an existing store."""
    import uuid

    import pyoxigraph as ox

    from kg.vocab import load_vocabulary

    rng = random.Random(seed)
    vocabulary = load_vocabulary().scheme("Fields")
    fields = [c.iri for c in vocabulary]
    field_label = {c.iri: c.pref_label for c in vocabulary}
    store = ox.Store(str(directory))
    if write_quads:
        store.bulk_load(
            path=str(ROOT / "ontology" / "vocab.ttl"),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(ID + "graph/ontology"),
        )
    records: dict[str, dict] = {}
    institutions: dict[str, dict] = {}

    def inst(i: int) -> str:
        return f"<{ID}institution/institution-{i:05d}>"

    lines = []
    graph = f"<{ID}graph/institutions>"
    kinds = list(KINDS)
    universities = []
    for i in range(n):
        kind = rng.choices(kinds, weights=[55, 10, 12, 12, 6, 5])[0]
        node = inst(i)
        lines.append(f"{node} <{RDF_TYPE}> <{KG}Institution> {graph} .")
        lines.append(f"{node} <{RDF_TYPE}> <{KG}{KINDS[kind]}> {graph} .")
        lines.append(f"{node} <{KG}kind> {_lit(kind)} {graph} .")
        lines.append(f"{node} <{SKOS}prefLabel> {_lit(f'Institution {i:05d}')} {graph} .")
        lines.append(f"{node} <{SKOS}altLabel> {_lit(f'I{i:05d}')} {graph} .")
        country = rng.choice(COUNTRIES)
        lines.append(f"{node} <{SCHEMA}addressCountry> {_lit(country)} {graph} .")
        parents = []
        if kind == "university":
            universities.append(i)
        elif kind == "academic_unit" and universities:
            parent = inst(rng.choice(universities))
            parents.append(parent[1:-1])
            lines.append(f"{node} <{ORG_UNIT_OF}> {parent} {graph} .")
        institutions[node[1:-1]] = {"label": f"Institution {i:05d}", "aliases": [f"I{i:05d}"],
                                    "country": country, "kind": kind, "parents": parents}  # fmt: skip
    revision = uuid.uuid4().hex
    lines.append(f"{graph} <{KG}revision> {_lit(revision)} {graph} .")
    if write_quads:
        store.bulk_load(input="\n".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    else:  # only the revision changes
        store.update(f"DELETE WHERE {{ GRAPH {graph} {{ {graph} <{KG}revision> ?r }} }} ; "
                     f"INSERT DATA {{ GRAPH {graph} {{ {graph} <{KG}revision> {_lit(revision)} }} }}")  # fmt: skip

    pairs = [tuple(e) for e in edges.tolist()]
    pairs += [pairs[j] for j in rng.sample(range(len(pairs)), len(pairs) // 5)]
    rng.shuffle(pairs)
    per_article = 3
    lines = []
    for start in range(0, len(pairs), per_article):
        number = start // per_article
        art = f"<{ID}article/bench-{number:07d}>"
        lines.append(f"{art} <{RDF_TYPE}> <{SCHEMA}NewsArticle> {art} .")
        lines.append(f"{art} <{SCHEMA}headline> {_lit(f'Agreements reported {number}')} {art} .")
        lines.append(f"{art} <{SCHEMA}url> {_lit(f'https://example.org/news/{number}')} {art} .")
        lines.append(f"{art} <{KG}sourceFile> {_lit(f'bench-{number:07d}.txt')} {art} .")
        for k, (a, b) in enumerate(pairs[start : start + per_article], start=1):
            agr = f"<{ID}article/bench-{number:07d}/agreement/{k}>"
            code = rng.choice(list(TYPES))
            ia, ib = inst(a), inst(b)
            lines.append(f"{art} <{SCHEMA}mentions> {ia} {art} .")
            lines.append(f"{art} <{SCHEMA}mentions> {ib} {art} .")
            lines.append(f"{agr} <{RDF_TYPE}> <{KG}Agreement> {art} .")
            lines.append(f"{agr} <{RDF_TYPE}> <{KG}{TYPES[code]}> {art} .")
            lines.append(f"{agr} <{KG}agreementType> {_lit(code)} {art} .")
            for x, y in ((ia, ib), (ib, ia)):
                lines.append(f"{agr} <{KG}party> {x} {art} .")
                lines.append(f"{x} <{KG}signs> {agr} {art} .")
                lines.append(f"{x} <{KG}partnerOf> {y} {art} .")
            concepts = rng.sample(fields, rng.choice((0, 1, 1, 2)))
            for concept in concepts:
                lines.append(f"{agr} <{KG}coversField> <{concept}> {art} .")
            exchanges = rng.sample(EXCHANGES, rng.choice((0, 0, 1, 2)))
            for exchange in exchanges:
                lines.append(f"{agr} <{KG}includesExchange> <{KG}{exchange}> {art} .")
            date = _date(rng)
            if date:
                lines.append(f"{agr} <{KG}signedOn> {_lit(*date)} {art} .")
            evidence = f"Institution {a:05d} and Institution {b:05d} signed an agreement."
            records[agr[1:-1]] = {
                "iri": agr[1:-1], "type": code, "signed": date[0] if date else None,
                "evidence": evidence, "article": art[1:-1],
                "title": f"Agreements reported {number}", "url": f"https://example.org/news/{number}",
                "fields": sorted(field_label[c] for c in concepts),
                "exchanges": sorted(network._EXCHANGE_CODES[KG + e] for e in exchanges),
                "parties": sorted({ia[1:-1], ib[1:-1]}), "concepts": sorted(concepts),
            }  # fmt: skip
            lines.append(f"{agr} <{KG}evidence> {_lit(evidence)} {art} .")
            lines.append(f"{agr} <{KG}reportedIn> {art} {art} .")
            lines.append(f"{agr} <{PROV_DERIVED}> {art} {art} .")
        if len(lines) > 500_000:
            if write_quads:
                store.bulk_load(input="\n".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
            lines = []
    if write_quads:
        store.bulk_load(input="\n".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()
    if write_quads:
        store.optimize()
    raw = network.RawNetwork(records, institutions, network.field_names(records))
    (directory / network.INDEX_FILE).write_text(raw.to_json(revision), encoding="utf-8")
    del store


def timed(function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - started, result


def fresh(graph):
    """A copy of `graph` without the cached igraph conversion (a cold start)."""
    copy = graph.copy()
    copy.__networkx_cache__.clear()
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--edges", type=int, default=320_000)
    parser.add_argument("--store-dir", type=Path, default=Path("/tmp/accord-bench-network"))
    parser.add_argument("--rebuild", action="store_true", help="write the store again")
    parser.add_argument(
        "--quick", action="store_true", help="skip networkx betweenness, Louvain and closeness"
    )
    args = parser.parse_args()

    t, edges = timed(chung_lu_edges, args.nodes, args.edges)
    degrees = np.bincount(edges.ravel(), minlength=args.nodes)
    print(
        f"graph: {args.nodes} nodes, {len(edges)} edges, degree max {degrees.max()}, "
        f"median {int(np.median(degrees))}, isolated {(degrees == 0).sum()} ({t:.2f} s)"
    )
    directory = args.store_dir / f"{args.nodes}-{args.edges}"
    if args.rebuild and directory.exists():
        shutil.rmtree(directory)
    if not (directory / "CURRENT").exists():
        directory.mkdir(parents=True, exist_ok=True)
        t, _ = timed(write_store, directory, args.nodes, edges)
        print(f"store written in {t:.1f} s: {directory}")
    else:
        with open_store(directory, read_only=True) as store:
            usable = network.read_index(store) is not None
        if not usable:  # missing, or of an older format
            t, _ = timed(write_store, directory, args.nodes, edges, write_quads=False)
            print(f"projection index written in {t:.1f} s: {directory}")

    with open_store(directory, read_only=True) as store:
        t_project, graph = timed(network.project, store)
        print(f"projected in {t_project:.1f} s", flush=True)
        t_filtered, filtered = timed(network.project, store, type="mou", since="2020")
    print(f"projected: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    agreements = sum(len(a) for _, _, a in graph.edges(data="agreements"))
    results = [
        (f"projection from the on-disk store ({agreements} agreement-edges)", f"{t_project:.1f} s", "", "< 10 s"),
        (f"projection --type mou --since 2020 ({filtered.number_of_edges()} edges)", f"{t_filtered:.1f} s", "", ""),
    ]  # fmt: skip

    t_convert, _ = timed(network.to_igraph, fresh(graph))
    results.append(
        ("networkx -> igraph conversion (once per graph, cached)", f"{t_convert:.2f} s", "", "")
    )

    def both(name, bar, fast, slow, skip_slow=False):
        cold = fresh(graph)
        t_cold, _ = timed(fast, cold)
        t_warm, _ = timed(fast, cold)
        t_slow = "skipped" if skip_slow else f"{timed(slow, graph)[0]:.2f} s"
        results.append((name, f"{t_warm:.3f} s ({t_cold:.2f} s with conversion)", t_slow, bar))
        print(results[-1], flush=True)

    both("degree (partners)", "< 1 s", network.degree, network.degree)
    both("weighted degree (agreements)", "", network.weighted_degree, network.weighted_degree)
    both(
        "PageRank",
        "< 1 s",
        lambda g: network.pagerank(g, backend="igraph"),
        lambda g: network.pagerank(g, backend="networkx"),
    )
    both(
        "eigenvector",
        "< 1 s",
        lambda g: network.eigenvector(g, backend="igraph"),
        lambda g: network.eigenvector(g, backend="networkx"),
    )
    both(
        "betweenness, sampled k=256 (seeded)",
        "< 10 s",
        lambda g: network.betweenness(g, k=256, seed=0, backend="igraph"),
        lambda g: network.betweenness(g, k=256, seed=0, backend="networkx"),
        skip_slow=args.quick,
    )
    both(
        "Louvain communities (seeded)",
        "",
        lambda g: network.communities(g, seed=0, backend="igraph"),
        lambda g: network.communities(g, seed=0, backend="networkx"),
        skip_slow=args.quick,
    )
    both(
        "closeness (exact)",
        "",
        lambda g: network.closeness(g, backend="igraph"),
        lambda g: network.closeness(g, backend="networkx"),
        skip_slow=True,  # networkx: one BFS per node in Python, hours at this size
    )
    t_path, _ = timed(network.shortest_path, graph, "Institution 19999", "Institution 19998")
    results.append(("shortest path between two leaves (networkx BFS)", f"{t_path:.3f} s", "", ""))

    small = crossover()
    print()
    print(f"Machine: {platform.machine()}, Python {platform.python_version()}")
    print("| measure | igraph backend (auto) | networkx alone | bar |")
    print("| --- | --- | --- | --- |")
    for name, fast, slow, bar in results:
        print(f"| {name} | {fast} | {slow} | {bar} |")
    print()
    print("| graph (nodes/edges) | PageRank networkx | PageRank igraph incl. conversion |")
    print("| --- | --- | --- |")
    for row in small:
        print("| " + " | ".join(row) + " |")


def crossover() -> list[tuple[str, str, str]]:
    """PageRank on small graphs with both backends, conversion included: where
    igraph starts to pay (`network.AUTO_MIN_EDGES`)."""
    import networkx as nx

    rows = []
    for m in (250, 1000, 4000, 16000):
        edges = chung_lu_edges(m // 8, m, seed=3)
        graph = nx.Graph()
        graph.add_edges_from(edges.tolist(), weight=1)
        best = {"networkx": 1e9, "igraph": 1e9}
        for _ in range(5):
            for backend in best:
                t, _ = timed(network.pagerank, fresh(graph), backend=backend)
                best[backend] = min(best[backend], t)
        rows.append(
            (
                f"{graph.number_of_nodes()}/{graph.number_of_edges()}",
                f"{best['networkx'] * 1000:.1f} ms",
                f"{best['igraph'] * 1000:.1f} ms",
            )
        )
    return rows


if __name__ == "__main__":
    main()

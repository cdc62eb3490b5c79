"""Benchmark of kg.maps: how long a map takes to write, and to become
interactive in headless Chromium, at 500, 2,000 and 10,000 institutions.

Graphs are generated in memory following the projected-graph contract
(kg/network.py): Barabási-Albert preferential attachment (seeded), so the
degree is skewed like real partnership networks (a few hubs with hundreds of
partners, most institutions with a handful); each edge carries 1-3
agreements (weight 1 for 80 %) with type, date, fields, exchanges, a
sentence of evidence and an article title and URL; institutions get a
name, an alias, a country (skewed over 40 codes) and a kind.

"Interactive" is the page's own signal: `window.accordReady`, set after the
first full drawing of the final layout (physics off past
kg.maps.PHYSICS_MAX_NODES), with every request outside file:// blocked.
The page is loaded three times; the median is reported. Then, on the same
page, one filter change (agreement type) and one search are timed.

    .venv/bin/python benchmarks/maps.py                  # 500, 2,000, 10,000 (m=8)
    .venv/bin/python benchmarks/maps.py --sizes 10000 --m 16

Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import maps  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TYPES = ["mou", "student_exchange", "dual_degree", "research", "joint_lab", "framework",
         "partnership"]  # fmt: skip
FIELDS = ["medicine", "engineering", "artificial intelligence", "public health", "nursing",
          "materials science", "energy", "robotics", "law", "business", "education",
          "climate science", "biotechnology", "data science", "agriculture"]  # fmt: skip
KINDS = ["university"] * 6 + ["hospital", "research_institute", "academic_unit", "company",
                              "government"]  # fmt: skip
WORDS = ["Northern", "Pacific", "Royal", "National", "Technical", "Metropolitan", "Coastal",
         "Central", "Eastern", "Western", "Applied", "Medical", "Riverside", "Highland"]  # fmt: skip


def generate(n: int, m: int, seed: int = 1):
    """A contract-shaped network of `n` institutions, `m` links per newcomer."""
    import networkx as nx
    import pycountry

    rng = random.Random(seed)
    graph = nx.barabasi_albert_graph(n, m, seed=seed)
    countries = [c.alpha_2 for c in list(pycountry.countries)[:40]]
    country_weights = [1 / (i + 1) for i in range(len(countries))]
    ID = "https://w3id.org/accord/id/"
    names = {}
    for node in graph:
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} University {node}"
        names[node] = name
        graph.nodes[node].update(
            label=name,
            aliases=["".join(w[0] for w in name.split()[:3]) + str(node)],
            country=rng.choices(countries, country_weights)[0],
            kind=rng.choice(KINDS),
            parent=None,
        )
    serial = 0
    for u, v in graph.edges():
        weight = rng.choices([1, 2, 3], [80, 15, 5])[0]
        records = []
        for _ in range(weight):
            serial += 1
            year = rng.randint(2015, 2025)
            fields = sorted(rng.sample(FIELDS, rng.randint(0, 3)))
            kind = rng.choice(TYPES)
            records.append(
                {
                    "iri": f"{ID}agreement/{serial}",
                    "type": kind,
                    "signed": f"{year}-{rng.randint(1, 12):02d}",
                    "fields": fields,
                    "exchanges": ["student"] if kind == "student_exchange" else [],
                    "evidence": f"{names[u]} and {names[v]} signed a memorandum of understanding"
                    f" on {', '.join(fields) or 'cooperation'} at a ceremony on campus.",
                    "article": f"{ID}article/{serial}",
                    "title": f"{names[u]} partners with {names[v]}",
                    "url": f"https://news.example.org/{year}/{serial}",
                }
            )
        graph.edges[u, v].update(
            weight=weight,
            types=sorted({r["type"] for r in records}),
            fields=sorted({f for r in records for f in r["fields"]}),
            agreements=records,
        )
    # node ids are IRIs in the contract
    return nx.relabel_nodes(graph, {node: f"{ID}institution/{node}" for node in graph})


def time_page(browser, path: Path) -> dict:
    """Seconds until the page is interactive, as the harness and the page see it."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    external: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    started = time.perf_counter()
    page.goto(path.as_uri(), timeout=300_000)
    page.wait_for_function("window.accordReady === true", timeout=300_000, polling=50)
    wall = time.perf_counter() - started
    in_page = page.evaluate("window.accordReadyAt") / 1000
    counts = page.evaluate("[accordMap.shownNodes(), accordMap.shownEdges()]")
    return {"page": page, "wall": wall, "in_page": in_page, "counts": counts, "external": external}


def time_interactions(page) -> dict:
    started = time.perf_counter()
    page.select_option("#filter-type", "joint_lab")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    filtered = time.perf_counter() - started
    shown = page.evaluate("accordMap.shownEdges()")
    page.select_option("#filter-type", "")
    page.fill("#search", "Royal")
    started = time.perf_counter()
    page.click("#search-form button")
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    searched = time.perf_counter() - started
    return {"filter": filtered, "filter_edges": shown, "search": searched}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--m", type=int, default=8, help="edges added per new institution")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in args.sizes:
            graph = generate(n, args.m)
            started = time.perf_counter()
            maps.layout(graph)
            layout_s = time.perf_counter() - started
            path = Path(tmp) / f"map-{n}.html"
            started = time.perf_counter()
            maps.draw(graph, path)
            write_s = time.perf_counter() - started
            runs = []
            for _ in range(args.runs):
                result = time_page(browser, path)
                if result["external"]:
                    raise SystemExit(f"external requests: {result['external'][:3]}")
                assert result["counts"] == [graph.number_of_nodes(), graph.number_of_edges()]
                runs.append(result)
            interactions = time_interactions(runs[-1]["page"])
            for result in runs:
                result["page"].close()
            row = {
                "n": n,
                "edges": graph.number_of_edges(),
                "max_degree": max(d for _n, d in graph.degree()),
                "mb": os.path.getsize(path) / 1e6,
                "layout": layout_s,
                "write": write_s,
                "wall": statistics.median(r["wall"] for r in runs),
                "in_page": statistics.median(r["in_page"] for r in runs),
                **interactions,
            }
            rows.append(row)
            print(row, file=sys.stderr, flush=True)
        browser.close()

    print(f"Machine: {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}. "
          f"`python benchmarks/maps.py --m {args.m}` (Barabási-Albert, m={args.m}).\n")  # fmt: skip
    print("| institutions | partnerships (max degree) | HTML | write (of which layout) "
          "| interactive (in page) | filter | search |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print(
            f"| {r['n']:,} | {r['edges']:,} ({r['max_degree']}) | {r['mb']:.1f} MB "
            f"| {r['write']:.2f} s ({r['layout']:.2f} s) | {r['wall']:.2f} s ({r['in_page']:.2f} s) "
            f"| {r['filter']:.2f} s ({r['filter_edges']:,} shown) | {r['search']:.2f} s |"
        )


if __name__ == "__main__":
    main()

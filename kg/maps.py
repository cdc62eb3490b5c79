"""Interactive network maps: one self-contained HTML file per map.

`draw(graph)` turns a projected network (`kg.network.project`) into a page
that works offline and can be mailed as one file: vis-network's JS and CSS
(the copy pyvis ships) are inlined, nothing links a CDN, and a Content
Security Policy forbids every request. Node size follows a centrality
measure, colour the country, kind or community (with a legend), line width
the number of agreements; the page has a search box, filters by field,
agreement type and year, and details (name, aliases, country, kind,
partners; each agreement with its evidence sentence and article).

Why not pyvis's own template: it links Bootstrap from a CDN in every mode,
its `add_edge` checks every existing edge (quadratic: 54 s for 10,000
institutions) and it renders tooltips as HTML, so a party named
``<img src=x onerror=...>`` would run. Here the node and edge lists are
built directly, laid out once in Python (igraph, seeded: the same graph
gives the same picture), physics stays off above `PHYSICS_MAX_NODES` and
then the page strokes the edges on vis-network's canvas itself instead of
making one vis edge object each, so 10,000 institutions become interactive
in seconds (benchmarks/maps.py).
Article text reaches the page only as JSON inside a non-executed script
element (``<`` ``>`` ``&`` escaped) and is put on screen with
``textContent``; inline scripts are allowed by their SHA-256 hashes only, so
injected markup could not run a handler even if it reached the DOM.

>>> import networkx as nx                                  # doctest: +SKIP
>>> draw(graph, "map.html", color_by="community", size_by="pagerank")
PosixPath('map.html')
"""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import random
import string
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.network import centrality, check_metric, check_not_empty, communities, find_node, to_igraph

if TYPE_CHECKING:
    import networkx as nx

#: what nodes can be coloured by
COLOR_BY = ("country", "kind", "community")
#: up to this many nodes vis-network's physics settles the drawing in the
#: browser (from the Python layout); above it the Python layout is final
PHYSICS_MAX_NODES = 300
#: distinct colours for the largest groups; the rest share OTHER_COLOUR
PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a", "#637939",
)  # fmt: skip
OTHER_COLOUR = "#9e9e9e"
UNKNOWN_COLOUR = "#d9d9d9"
#: fixed colours per institution kind, so every map reads the same
KIND_COLOURS = {
    "university": "#1f77b4",
    "academic_unit": "#9ecae1",
    "hospital": "#d62728",
    "research_institute": "#2ca02c",
    "company": "#ff7f0e",
    "government": "#9467bd",
    "other": OTHER_COLOUR,
}
DEFAULT_TITLE = "Accord: institutions and their agreements"
_TEMPLATE = resources.files("kg") / "map_template"


@dataclass(frozen=True)
class LegendEntry:
    """One colour of the map and what it stands for."""

    label: str
    colour: str
    count: int


class MapHTML(str):
    """The HTML of a map; displays itself in Jupyter as the live map.

    A plain string everywhere else. In a notebook the page goes into a
    sandboxed iframe's ``srcdoc`` (scripts allowed, nothing shared with the
    notebook), which avoids pyvis's blank-output problem with
    ``notebook=True``.
    """

    height = 720

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self, quote=True)}" sandbox="allow-scripts" '
            f'style="width:100%;height:{self.height}px;border:1px solid #ddd"></iframe>'
        )


# -- selecting what to draw ---------------------------------------------------
def around(graph: nx.Graph, name: str, depth: int = 1) -> nx.Graph:
    """The institution called `name` (label, alias or IRI, as
    `kg.network.find_node` matches) and everything within `depth`
    partnerships of it, with the edges among them.

    >>> around(graph, "PolyU", depth=1)                       # doctest: +SKIP
    """
    import networkx as nx

    check_not_empty(graph)
    if depth < 0:
        raise InputError(f"--depth must be 0 or more, not {depth}")
    centre = find_node(graph, name)
    return graph.subgraph(nx.single_source_shortest_path_length(graph, centre, cutoff=depth))


def most_central(graph: nx.Graph, count: int, metric: str = "degree") -> nx.Graph:
    """The `count` institutions ranked highest by `metric` (ties by label)
    and the edges among them: the core of a network too big to read."""
    check_metric(metric)
    check_not_empty(graph)
    if count < 1:
        raise InputError(f"--top must be 1 or more, not {count}")
    scores = centrality(graph, metric)
    ranked = sorted(graph, key=lambda n: (-scores[n], str(graph.nodes[n].get("label") or n)))
    return graph.subgraph(ranked[:count])


# -- layout, sizes, colours ---------------------------------------------------
def layout(graph: nx.Graph, seed: int = 0) -> list[tuple[float, float]]:
    """Positions for the nodes of `graph` (in its node order), in pixels.

    Fruchterman-Reingold in igraph (C): 2.3 s for 10,000 nodes and 160,000
    edges, where networkx's spring layout takes minutes. igraph draws its
    start positions from Python's `random`; a generator seeded with `seed`
    is swapped in for this call, so a graph always gets the same picture.
    The drawing is scaled so that its area grows with the number of nodes
    (about 90 px between neighbours).
    """
    import igraph

    converted, _nodes = to_igraph(graph)
    igraph.set_random_number_generator(random.Random(seed))
    try:
        coords = converted.layout_fruchterman_reingold(niter=500).coords
    finally:
        igraph.set_random_number_generator(random)
    xs = [c[0] for c in coords]
    ys = [c[1] for c in coords]
    x0, y0 = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    side = 90 * math.sqrt(len(coords))
    return [(round((x - x0) / span * side, 1), round((y - y0) / span * side, 1)) for x, y in coords]


def node_values(scores: list[float]) -> list[float]:
    """Values for vis-network's node scaling: the square root of each score
    relative to the largest, so area (not radius) follows the score and a
    heavy-tailed measure such as PageRank still shows the small nodes."""
    top = max(scores, default=0.0)
    if top <= 0:
        return [1.0] * len(scores)
    return [round(math.sqrt(max(s, 0.0) / top), 4) for s in scores]


def _ranked_groups(keys: list, labels: dict, unknown: str) -> tuple[list[int], list[LegendEntry]]:
    """Colour groups by size: the largest get `PALETTE`, the rest "other",
    a missing key (None) "unknown". Returns each node's legend index."""
    counts = Counter(keys)
    known = sorted((k for k in counts if k is not None), key=lambda k: (-counts[k], str(k)))
    legend: list[LegendEntry] = []
    index: dict = {}
    for position, key in enumerate(known[: len(PALETTE)]):
        index[key] = position
        legend.append(LegendEntry(labels.get(key, str(key)), PALETTE[position], counts[key]))
    rest = known[len(PALETTE) :]
    if rest:
        other = len(legend)
        legend.append(LegendEntry("other", OTHER_COLOUR, sum(counts[k] for k in rest)))
        index.update(dict.fromkeys(rest, other))
    if None in counts:
        index[None] = len(legend)
        legend.append(LegendEntry(unknown, UNKNOWN_COLOUR, counts[None]))
    return [index[k] for k in keys], legend


def country_names(codes) -> dict[str, str]:
    """English short names of ISO 3166 alpha-2 codes (the code itself when
    pycountry does not know it)."""
    import pycountry

    names = {}
    for code in codes:
        found = pycountry.countries.get(alpha_2=code) if code else None
        if found is None:
            names[code] = code
        else:
            names[code] = getattr(found, "common_name", None) or found.name
    return names


def colour_groups(
    graph: nx.Graph, color_by: str, scores: dict, *, seed: int = 0
) -> tuple[list[int], list[LegendEntry]]:
    """Each node's legend index (in the graph's node order) and the legend.

    country: the 12 commonest countries get their own colour; kind: a fixed
    colour per kind; community: Louvain communities (`kg.network.communities`,
    seeded), the 12 largest each named after its most central member.
    """
    nodes = list(graph)
    if color_by == "country":
        keys = [graph.nodes[n].get("country") or None for n in nodes]
        names = country_names({k for k in keys if k})
        labels = {
            code: f"{name} ({code})" if name != code else code for code, name in names.items()
        }
        return _ranked_groups(keys, labels, "country unknown")
    if color_by == "kind":
        keys = [graph.nodes[n].get("kind") or "other" for n in nodes]
        counts = Counter(keys)
        order = [k for k in KIND_COLOURS if k in counts] + sorted(set(counts) - set(KIND_COLOURS))
        legend = [
            LegendEntry(k.replace("_", " "), KIND_COLOURS.get(k, OTHER_COLOUR), counts[k])
            for k in order
        ]
        position = {k: i for i, k in enumerate(order)}
        return [position[k] for k in keys], legend
    if color_by == "community":
        groups = communities(graph, seed=seed)
        member_of = {node: number for number, members in enumerate(groups) for node in members}
        keys = [member_of[n] for n in nodes]
        labels = {}
        for number, members in enumerate(groups):
            best = min(members, key=lambda n: (-scores[n], str(graph.nodes[n].get("label") or n)))
            size = len(members)
            name = graph.nodes[best].get("label") or best
            labels[number] = f"around {name}" if size > 1 else str(name)
        return _ranked_groups(keys, labels, "no community")
    raise InputError(f"unknown colour scheme {color_by!r} (one of {', '.join(COLOR_BY)})")


# -- the page -----------------------------------------------------------------
def _score_text(score: float) -> str:
    return str(int(score)) if float(score).is_integer() else f"{score:.4g}"


def map_data(
    graph: nx.Graph, *, color_by: str = "country", size_by: str = "degree",
    title: str = DEFAULT_TITLE, seed: int = 0, physics: bool | None = None,
) -> dict:  # fmt: skip
    """Everything the page shows, as JSON-ready lists (the compact layout
    page.js reads: one list per node, per edge and per agreement)."""
    check_not_empty(graph)
    check_metric(size_by)
    if color_by not in COLOR_BY:
        raise InputError(f"unknown colour scheme {color_by!r} (one of {', '.join(COLOR_BY)})")
    nodes = list(graph)
    position = {node: i for i, node in enumerate(nodes)}
    scores = centrality(graph, size_by)
    values = node_values([scores[n] for n in nodes])
    groups, legend = colour_groups(graph, color_by, scores, seed=seed)
    coords = layout(graph, seed=seed)

    agreements: list[list] = []
    agreement_index: dict[str, int] = {}
    fields = sorted(
        {
            str(f)
            for _u, _v, records in graph.edges(data="agreements", default=())
            for record in records or ()
            for f in record.get("fields") or ()
        }
    )
    field_index = {f: i for i, f in enumerate(fields)}
    types: set[str] = set()
    years: list[int] = []
    edges = []
    for u, v, attrs in graph.edges(data=True):
        records = attrs.get("agreements") or []
        indices = []
        for record in records:
            key = record.get("iri") or f"_:{len(agreements)}"
            if key not in agreement_index:
                agreement_index[key] = len(agreements)
                signed = str(record["signed"]) if record.get("signed") else None
                if signed and signed[:4].isdigit():
                    years.append(int(signed[:4]))
                types.add(record.get("type") or "")
                agreements.append(
                    [
                        record.get("type") or "",
                        signed,
                        [field_index[str(f)] for f in record.get("fields") or ()],
                        list(record.get("exchanges") or ()),
                        record.get("evidence") or "",
                        record.get("title") or "",
                        record.get("url") or "",
                    ]
                )
            indices.append(agreement_index[key])
        edges.append(
            [position[u], position[v], int(attrs.get("weight") or len(records) or 1), indices]
        )

    node_rows = []
    for i, node in enumerate(nodes):
        attrs = graph.nodes[node]
        node_rows.append(
            [
                str(attrs.get("label") or node),
                list(attrs.get("aliases") or ()),
                attrs.get("country") or None,
                attrs.get("kind") or "other",
                str(node),
                coords[i][0],
                coords[i][1],
                values[i],
                groups[i],
                _score_text(scores[node]),
            ]
        )
    countries = {n[2] for n in node_rows if n[2]}
    return {
        "title": title,
        "physics": len(nodes) <= PHYSICS_MAX_NODES if physics is None else bool(physics),
        "colorBy": color_by,
        "sizeBy": size_by,
        "legend": [[e.label, e.colour, e.count] for e in legend],
        "countries": country_names(countries),
        "fields": fields,
        "types": sorted(t for t in types if t),
        "years": [min(years), max(years)] if years else None,
        "nodes": node_rows,
        "edges": edges,
        "agreements": agreements,
    }


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and
    ``&`` become \\u escapes, so a name holding ``</script>`` or ``<!--``
    cannot end the element or start a comment there."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return (_TEMPLATE / name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    """vis-network 9.1.2 as shipped inside pyvis (no download, no CDN)."""
    import pyvis

    return (resources.files(pyvis) / "templates" / "lib" / "vis-9.1.2" / name).read_text(
        encoding="utf-8"
    )


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render(data: dict) -> str:
    """The page for `map_data(...)`: one HTML string with everything inline."""
    vis_js = _vis_asset("vis-network.min.js")
    page_js = _asset("page.js")
    # default-src 'none': no request of any kind; scripts only by hash, so no
    # inline handler (onerror=...) can run; data: images for vis's CSS icons
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    return string.Template(_asset("page.html")).substitute(
        csp=csp,
        title=html.escape(data["title"]),
        vis_css=_vis_asset("vis-network.css"),
        page_css=_asset("page.css"),
        data=script_json(data),
        vis_js=vis_js,
        page_js=page_js,
    )


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector while the page data is built.

    The lists made here hold no cycles, but making hundreds of thousands of
    them beside a large graph sets off full collections that walk the whole
    graph again and again: 2.3 of 3.4 s for 10,000 institutions.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def draw(
    graph: nx.Graph,
    path: str | Path | None = None,
    *,
    color_by: str = "country",
    size_by: str = "degree",
    title: str = DEFAULT_TITLE,
    seed: int = 0,
    physics: bool | None = None,
) -> Path | MapHTML:
    """Draw the network as an interactive, self-contained HTML map.

    Parameters
    ----------
    graph : a projected network (`kg.network.project`), or any networkx graph
        following its contract (node ``label``, ``aliases``, ``country``,
        ``kind``; edge ``weight`` and ``agreements``).
    path : write the page there and return the path; None returns the HTML
        as a `MapHTML` string, which shows the live map in Jupyter.
    color_by : ``country``, ``kind`` or ``community``.
    size_by : a centrality of `kg.network.METRICS` (``degree``,
        ``pagerank``, ``betweenness``, ...).
    title : page title and heading (escaped).
    seed : seeds the layout and the communities: the same graph and seed
        give the same picture.
    physics : let vis-network settle the drawing in the browser; by default
        only for graphs of at most `PHYSICS_MAX_NODES` nodes. With physics
        every edge is a vis-network edge (curved, with hover tooltips);
        without, the page draws the edges itself on vis-network's canvas
        (vis-network spends about 0.1 ms building each edge object, seconds
        for tens of thousands) and shows details on click.
    """
    with _collector_paused():
        data = map_data(
            graph, color_by=color_by, size_by=size_by, title=title, seed=seed, physics=physics
        )
        page = render(data)
    if path is None:
        return MapHTML(page)
    path = Path(path)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the map to {path}: {exc.strerror or exc}") from None
    return path

"""The institution network: projection of the store to networkx, and the
measures people ask of it (who is most connected, which groups form, how two
institutions are linked).

`project(store)` builds a `networkx.Graph` from the projection index an
on-disk store keeps, or else from one SPARQL query: nodes are canonical
institutions, an edge joins two institutions that are parties to at least
one agreement, and carries every agreement that makes it (the contract
`kg.maps` relies on). The functions below take such a graph (or any
networkx graph with `weight` on its edges) and return plain data, a dict
node -> score, a list of sets, a list of nodes.

networkx is the API users see; above `AUTO_MIN_EDGES` edges the heavy
measures run on python-igraph (C), which returns the same numbers in the same
shape: on 20,000 institutions and 320,000 partnerships PageRank takes 0.07 s
there against 1.6 s in networkx, sampled betweenness 3 s against 167 s
(benchmarks/network.py). `backend="networkx"` or `"igraph"` forces one.

>>> import networkx as nx
>>> star = nx.star_graph(3)
>>> degree(star)
{0: 3, 1: 1, 2: 1, 3: 1}
>>> round(centrality(star, "betweenness")[0], 6)
1.0
"""

from __future__ import annotations

import logging
import math
import random
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from kg.errors import InputError
from kg.model import AGREEMENT_TYPES, INSTITUTION_KINDS
from kg.names import fold
from kg.query import select
from kg.review import check_date

if TYPE_CHECKING:
    import networkx as nx

log = logging.getLogger(__name__)

#: names of the centrality measures `centrality` knows, as the CLI spells them
METRICS = ("degree", "weighted-degree", "pagerank", "betweenness", "eigenvector", "closeness")
#: where measures are computed: "auto" picks igraph for graphs of AUTO_MIN_EDGES edges or more
BACKENDS = ("auto", "networkx", "igraph")
#: below this many edges networkx is as fast as converting the graph for igraph
AUTO_MIN_EDGES = 1000
#: `centrality(graph, "betweenness")` is exact up to this many nodes, sampled above
EXACT_BETWEENNESS_MAX_NODES = 2000
#: number of source nodes sampled for betweenness on larger graphs
BETWEENNESS_SAMPLES = 256
#: formats `write_graph` writes
GRAPH_FORMATS = ("graphml", "gexf", "csv", "json")

_EXCHANGE_CODES = {
    "https://w3id.org/accord/kg#StudentExchange": "student",
    "https://w3id.org/accord/kg#StaffExchange": "staff",
    "https://w3id.org/accord/kg#ResearcherExchange": "researcher",
}
_EMPTY = (
    "the network is empty: no agreement between two institutions matches "
    "(load a review file, or loosen the filters)"
)

# One query, rows of eight kinds told apart by ?k: an agreement (its type,
# date, evidence, article), a party, a field or an exchange of an agreement,
# the title or url of an article, an institution, an alias, the label of a
# field. Each kind is one scan or one hash join (sub-SELECTs), never a chain
# of lookups per agreement: on the on-disk store every lookup costs ~13 us,
# so 384,000 agreements x 7 lookups took over 2 minutes, the same rows by
# scans about 10x less (benchmarks/network.py). Filters on agreements sit in
# the outer group, where the bound ?type ?fieldName ?since ?until are
# visible, and let rows of the other kinds pass; Python keeps the parties,
# fields and exchanges of the agreements that passed. Institutions are
# filtered (country, kind) after units are rolled up, in Python, since a unit
# counts as its parent then.
PROJECTION_QUERY = """
SELECT ?k ?a ?v ?type ?signed ?evidence ?art ?kind ?country ?parent
WHERE {
  {
    { SELECT ?a ?type WHERE { ?a kg:agreementType ?type } }
    { SELECT ?a ?evidence WHERE { ?a kg:evidence ?evidence } }
    { SELECT ?a ?art WHERE { ?a kg:reportedIn ?art } }
    OPTIONAL { SELECT ?a ?signed WHERE { ?a kg:signedOn ?date BIND(STR(?date) AS ?signed) } }
    BIND("agreement" AS ?k)
  }
  UNION { ?a kg:party ?v BIND("party" AS ?k) }
  UNION { ?a kg:coversField ?v BIND("field" AS ?k) }
  UNION { ?a kg:includesExchange ?v BIND("exchange" AS ?k) }
  UNION { ?a a schema:NewsArticle ; schema:headline ?v BIND("title" AS ?k) }
  UNION { ?a a schema:NewsArticle ; schema:url ?v BIND("url" AS ?k) }
  UNION { ?a skos:inScheme kg:Fields ; skos:prefLabel ?v BIND("label" AS ?k) }
  UNION {
    ?a a kg:Institution ;
       skos:prefLabel ?v .
    OPTIONAL { ?a kg:kind ?kind }
    OPTIONAL { ?a schema:addressCountry ?country }
    OPTIONAL { ?a org:unitOf ?parent }
    BIND("institution" AS ?k)
  }
  UNION { ?a a kg:Institution ; skos:altLabel ?v BIND("alias" AS ?k) }
  FILTER(!BOUND(?evidence) || !BOUND(?since) ||
         (BOUND(?signed) && SUBSTR(?signed, 1, STRLEN(?since)) >= SUBSTR(?since, 1, STRLEN(?signed))))
  FILTER(!BOUND(?evidence) || !BOUND(?until) ||
         (BOUND(?signed) && SUBSTR(?signed, 1, STRLEN(?until)) <= SUBSTR(?until, 1, STRLEN(?signed))))
  FILTER(!BOUND(?evidence) || !BOUND(?fieldName) ||
         EXISTS { ?a kg:coversField ?wanted . ?wanted skos:prefLabel|skos:altLabel ?wantedLabel .
                  FILTER(LCASE(STR(?wantedLabel)) = ?fieldName) })
}
"""


def check_metric(metric: str) -> None:
    """InputError unless `metric` is one of `METRICS`."""
    if metric not in METRICS:
        raise InputError(f"unknown metric {metric!r} (one of {', '.join(METRICS)})")


def check_not_empty(graph: nx.Graph) -> None:
    """InputError when `graph` has no node: nothing to rank, group or draw."""
    if graph.number_of_nodes() == 0:
        raise InputError(_EMPTY)


# -- projection ---------------------------------------------------------------
def _check_filters(field, type, since, until, country, kind) -> dict[str, Any]:
    """Validated filter values, normalised for the query (or InputError)."""
    if type is not None and type not in AGREEMENT_TYPES:
        raise InputError(f"unknown agreement type {type!r} (one of {', '.join(AGREEMENT_TYPES)})")
    if kind is not None and kind not in INSTITUTION_KINDS:
        raise InputError(
            f"unknown institution kind {kind!r} (one of {', '.join(INSTITUTION_KINDS)})"
        )
    if country is not None:
        country = str(country).strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise InputError(
                f"--country {country!r} is not a two-letter ISO 3166 code (HK, CN, ...)"
            )
    since = check_date(since, "--since")
    until = check_date(until, "--until")
    if since and until:
        n = min(len(since), len(until))
        if since[:n] > until[:n]:
            raise InputError(f"--since {since} is after --until {until}")
    if field is not None:
        field = str(field).strip().lower()
        if not field:
            raise InputError("--field is empty")
    return {
        "fieldName": field,
        "type": type,
        "since": since,
        "until": until,
        "country": country,
        "kind": kind,
    }


def _label_from_iri(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1]).replace("-", " ")


def project(
    store,
    *,
    field: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    roll_up_units: bool = False,
) -> nx.Graph:
    """The institution network of `store`, from the projection index an
    on-disk store keeps when it is current, else from one SPARQL query (the
    same graph either way).

    Parameters
    ----------
    field : only agreements covering a field whose prefLabel or altLabel is
        this (case-insensitive).
    type : only agreements of this review code (``mou``, ``joint_lab``, ...).
    since, until : only agreements signed in this range (``YYYY``,
        ``YYYY-MM`` or ``YYYY-MM-DD``); a date is compared at the precision
        both have, so ``2025`` is within ``since="2025-06"``. Agreements
        without a date are left out when either is given.
    country, kind : only institutions of this country (ISO code) or kind;
        an edge stays only if both ends pass.
    roll_up_units : count each academic unit as its parent (``org:unitOf``,
        followed to the top); agreements inside one institution then vanish.

    Returns
    -------
    networkx.Graph
        Nodes are institution IRIs with ``label``, ``aliases``, ``country``,
        ``kind``, ``parent``; edges have ``weight`` (number of agreements),
        ``types``, ``fields``, ``first``, ``last``, ``articles`` and
        ``agreements`` (dicts with iri, type, signed, fields, exchanges,
        evidence, article, title, url). Only institutions with at least one
        edge are nodes.
    """
    import gc

    filters = _check_filters(field, type, since, until, country, kind)
    # millions of small containers are created and none is garbage: the
    # cyclic collector would scan them again and again (half the time at 20k/320k)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _project(store, filters, roll_up_units)
    finally:
        if collecting:
            gc.enable()


def _project(store, filters: dict, roll_up_units: bool) -> nx.Graph:
    columns = read_index(store)
    if columns is None:
        raw = raw_from_store(store, filters)
        columns = ColumnarNetwork.from_raw(raw)
        unfiltered = not any(filters[k] for k in ("fieldName", "type", "since", "until"))
        if unfiltered and index_path(store) is not None:
            # an index missing, stale or of an older format: the next projection
            # reads the one written now instead of querying the whole store again
            revision = store_revision(store)
            if revision is not None:
                try:
                    write_index(store, raw, revision)
                except OSError as error:
                    log.info("projection index not written (%s)", error)
    return _build(columns, filters, roll_up_units)


@dataclass
class RawNetwork:
    """What a projection is built from: agreement records and institution
    descriptions, as plain data (the SPARQL query's result, or what
    `KnowledgeGraph` keeps in the projection index; `ColumnarNetwork` is the
    same data laid out for speed)."""

    #: agreement IRI -> iri, type, signed, evidence, article, title, url,
    #: fields (labels), exchanges (codes), parties (IRIs), concepts (field IRIs)
    agreements: dict[str, dict]
    #: institution IRI -> label, aliases, country, kind, parents
    institutions: dict[str, dict]
    #: field concept IRI -> lowercase prefLabel and altLabels (for --field)
    field_names: dict[str, list[str]]

    def to_json(self, revision: str) -> str:
        """The projection index of this network at `revision` (`read_index`)."""
        return ColumnarNetwork.from_raw(self).to_json(revision)


#: the agreement columns of a `ColumnarNetwork`, in the order `_edges_by_pair` unpacks them
_AGREEMENT_COLUMNS = (
    "iri", "type", "signed", "fields", "exchanges", "evidence", "article", "parties", "concepts",
)  # fmt: skip
#: the institution columns of a `ColumnarNetwork`
_INSTITUTION_COLUMNS = ("iri", "label", "aliases", "country", "kind", "parents")


@dataclass
class ColumnarNetwork:
    """A `RawNetwork` laid out as columns: what the projection index holds
    and what `_build` reads.

    Institutions are numbered in IRI order, so an agreement's parties are
    sorted small integers and a pair of institutions is one integer; an
    article's IRI, title and url, and a field concept's IRI, are stored
    once. At 384,000 agreements (benchmarks/network.py) the index parses in
    0.6 s where the same records as one JSON object each took 1.8 s, and
    the build groups and sorts integers instead of pairs of IRIs.
    """

    #: column -> one value per institution, by number (IRI order): iri, label
    #: (None for an IRI that is only a party or a parent, never described),
    #: aliases, country, kind, parents (numbers, the first one is the parent)
    institutions: dict[str, list]
    #: [iri, title, url] of each article agreements are reported in, by number
    articles: list[list]
    #: column -> one value per agreement, in the order an edge lists them
    #: (`_agreement_order`): iri, type, signed, fields, exchanges, evidence,
    #: article (number), parties (sorted numbers), concepts (numbers)
    agreements: dict[str, list]
    #: IRI of each field concept agreements cover, by number
    concepts: list[str]
    #: field concept IRI -> lowercase prefLabel and altLabels (for --field)
    field_names: dict[str, list[str]]

    @classmethod
    def from_raw(cls, raw: RawNetwork) -> ColumnarNetwork:
        iris = sorted(
            set(raw.institutions)
            | {p for record in raw.agreements.values() for p in record["parties"]}
            | {p for described in raw.institutions.values() for p in described["parents"]}
        )
        number = {iri: i for i, iri in enumerate(iris)}
        described = [raw.institutions.get(iri) for iri in iris]
        institutions = {
            "iri": iris,
            "label": [d["label"] if d else None for d in described],
            "aliases": [list(d["aliases"]) if d else [] for d in described],
            "country": [d.get("country") if d else None for d in described],
            "kind": [d.get("kind") if d else None for d in described],
            "parents": [[number[p] for p in d["parents"]] if d else [] for d in described],
        }
        records = sorted(raw.agreements.values(), key=_agreement_order)
        article_number: dict[tuple, int] = {}
        for r in records:
            article_number.setdefault((r["article"], r["title"], r["url"]), len(article_number))
        agreements = {name: [r[name] for r in records] for name in _AGREEMENT_COLUMNS[:6]}
        agreements["article"] = [
            article_number[r["article"], r["title"], r["url"]] for r in records
        ]
        agreements["parties"] = [sorted({number[p] for p in r["parties"]}) for r in records]
        concepts = sorted({c for r in records for c in r["concepts"]})
        concept_number = {c: i for i, c in enumerate(concepts)}
        agreements["concepts"] = [[concept_number[c] for c in r["concepts"]] for r in records]
        articles = [list(a) for a in article_number]
        return cls(institutions, articles, agreements, concepts, raw.field_names)

    def to_raw(self) -> RawNetwork:
        """The same network as records (what `KnowledgeGraph` updates)."""
        iris = self.institutions["iri"]
        agreements = {}
        for row in zip(*(self.agreements[name] for name in _AGREEMENT_COLUMNS), strict=True):
            record = dict(zip(_AGREEMENT_COLUMNS, row, strict=True))
            record["article"], record["title"], record["url"] = self.articles[record["article"]]
            record["parties"] = [iris[p] for p in record["parties"]]
            record["concepts"] = [self.concepts[c] for c in record["concepts"]]
            agreements[record["iri"]] = record
        institutions = {
            iri: {
                "label": label,
                "aliases": aliases,
                "country": country,
                "kind": kind,
                "parents": [iris[p] for p in parents],
            }
            for iri, label, aliases, country, kind, parents in zip(
                *(self.institutions[name] for name in _INSTITUTION_COLUMNS), strict=True
            )
            if label is not None
        }
        return RawNetwork(agreements, institutions, self.field_names)

    def to_json(self, revision: str) -> str:
        import json

        return json.dumps(
            {"format": INDEX_FORMAT, "revision": revision, "institutions": self.institutions,
             "articles": self.articles, "agreements": self.agreements,
             "concepts": self.concepts, "field_names": self.field_names},
            ensure_ascii=False, separators=(",", ":"),
        )  # fmt: skip

    @classmethod
    def from_data(cls, data: dict) -> ColumnarNetwork:
        """The network of a parsed index; ValueError when its columns do not
        fit together (a damaged or hand-edited file), so that the projection
        never fails halfway through on it. The order of the agreements is
        taken as written (`from_raw` sorts them)."""
        from itertools import chain

        try:
            institutions = {name: data["institutions"][name] for name in _INSTITUTION_COLUMNS}
            agreements = {name: data["agreements"][name] for name in _AGREEMENT_COLUMNS}
            articles, concepts = data["articles"], data["concepts"]
            field_names = data["field_names"]
            count = len(institutions["iri"])
            fits = (
                all(isinstance(c, list) for c in [*institutions.values(), *agreements.values()])
                and {len(c) for c in institutions.values()} == {count}
                and len({len(c) for c in agreements.values()}) == 1
                and _numbers_below(list(chain.from_iterable(agreements["parties"])), count)
                and _numbers_below(list(chain.from_iterable(institutions["parents"])), count)
                and _numbers_below(list(chain.from_iterable(agreements["concepts"])), len(concepts))
                and _numbers_below(agreements["article"], len(articles))
                and all(isinstance(a, list) and len(a) == 3 for a in articles)
                and isinstance(field_names, dict)
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"missing or misshapen column: {error}") from None
        if not fits:
            raise ValueError("columns of different lengths or numbers out of range")
        return cls(institutions, articles, agreements, concepts, field_names)


def _numbers_below(numbers: list, limit: int) -> bool:
    """Whether `numbers` are all integers in range(limit)."""
    return not numbers or (
        set(map(type, numbers)) == {int} and min(numbers) >= 0 and max(numbers) < limit
    )


def raw_from_store(store, filters: dict | None = None) -> RawNetwork:
    """Agreements and institutions from the store with one SPARQL query
    (type, field and date filters applied by the query)."""
    filters = filters or _check_filters(None, None, None, None, None, None)
    bindings = {k: filters[k] for k in ("fieldName", "type", "since", "until")}
    rows = select(store, PROJECTION_QUERY, bindings).rows

    agreements: dict[str, dict] = {}
    parties: dict[str, set[str]] = defaultdict(set)
    concepts: dict[str, set[str]] = defaultdict(set)
    field_labels: dict[str, set[str]] = defaultdict(set)
    exchanges: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, dict[str, str]] = defaultdict(dict)
    institutions: dict[str, dict] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        kind_of_row, subject, value = row["k"], row["a"], row["v"]
        if kind_of_row == "party":
            parties[subject].add(value)
        elif kind_of_row == "agreement":
            agreements[subject] = {
                "iri": subject,
                "type": row["type"],
                "signed": row["signed"],
                "evidence": row["evidence"],
                "article": row["art"],
            }
        elif kind_of_row == "field":
            concepts[subject].add(value)
        elif kind_of_row == "exchange":
            exchanges[subject].add(_EXCHANGE_CODES.get(value, value))
        elif kind_of_row in ("title", "url"):
            articles[subject][kind_of_row] = value
        elif kind_of_row == "label":
            field_labels[subject].add(value)
        elif kind_of_row == "institution":
            described = institutions.setdefault(subject, {"labels": set(), "parents": set()})
            described["labels"].add(value)
            described["kind"] = row["kind"] or described.get("kind")
            described["country"] = row["country"] or described.get("country")
            if row["parent"]:
                described["parents"].add(row["parent"])
        elif kind_of_row == "alias":
            aliases[subject].add(value)

    for iri, record in agreements.items():
        record["concepts"] = sorted(concepts.get(iri, ()))
        record["fields"] = sorted(
            {min(field_labels.get(c) or {_label_from_iri(c)}) for c in record["concepts"]}
        )
        record["exchanges"] = sorted(exchanges.get(iri, ()))
        article = articles.get(record["article"], {})
        record["title"], record["url"] = article.get("title"), article.get("url")
        record["parties"] = sorted(parties.get(iri, ()))
    described = {
        iri: {
            "label": min(d["labels"]),
            "aliases": sorted(aliases.get(iri, ())),
            "country": d.get("country"),
            "kind": d.get("kind") or "other",
            "parents": sorted(d["parents"]),
        }
        for iri, d in institutions.items()
    }
    return RawNetwork(agreements, described, field_names(agreements))


def _build(network: ColumnarNetwork, filters: dict, roll_up_units: bool) -> nx.Graph:
    """The projection graph of `network` under `filters` (agreement filters
    and institution filters alike)."""
    institutions = network.institutions
    iris = institutions["iri"]
    count = len(iris)
    top = _tops(institutions["parents"]) if roll_up_units else None
    by_pair = _edges_by_pair(network, filters, top, _passing(institutions, filters))
    pairs = sorted(by_pair)
    used = sorted({pair // count for pair in pairs} | {pair % count for pair in pairs})
    nodes = [(iris[i], _node_attributes(institutions, i)) for i in used]
    edges = ((iris[pair // count], iris[pair % count], by_pair[pair]) for pair in pairs)
    return _new_graph({"filters": {**filters, "roll_up_units": roll_up_units}}, nodes, edges)


def _tops(parents: list[list[int]]) -> list[int]:
    """For each institution number, the one it counts as when units roll up:
    itself, or its topmost parent (a cycle of unitOf stops where it closes)."""
    tops = []
    for start in range(len(parents)):
        seen = [start]
        current = start
        while parents[current]:
            parent = parents[current][0]
            if parent in seen:
                break
            seen.append(parent)
            current = parent
        tops.append(current)
    return tops


def _passing(institutions: dict[str, list], filters: dict) -> list[bool] | None:
    """For each institution number, whether it passes the country and kind
    filters; None when there are none."""
    country, kind = filters["country"], filters["kind"]
    if not country and not kind:
        return None
    return [
        (not country or c == country) and (not kind or (k or "other") == kind)
        for c, k in zip(institutions["country"], institutions["kind"], strict=True)
    ]


def _node_attributes(institutions: dict[str, list], number: int) -> dict:
    label, iri = institutions["label"][number], institutions["iri"][number]
    if label is None:
        log.warning("institution %s has no canonical description", iri)
        return {"label": _label_from_iri(iri), "aliases": [], "country": None,
                "kind": "other", "parent": None}  # fmt: skip
    parents = institutions["parents"][number]
    return {
        "label": label,
        "aliases": list(institutions["aliases"][number]),
        "country": institutions["country"][number],
        "kind": institutions["kind"][number] or "other",
        "parent": institutions["iri"][parents[0]] if parents else None,
    }


def _edges_by_pair(
    network: ColumnarNetwork, filters: dict, top: list[int] | None, passing: list[bool] | None
) -> dict[int, dict]:
    """The edge attributes of every pair of institutions that pass the
    filters, keyed ``u * count + v`` for institution numbers ``u < v``,
    from the agreements that pass the type, date and field filters (the
    tests the projection query makes).

    A record with three parties is one dict shared by its three pairs.
    Attributes are made and updated while the record is at hand (agreements
    come in the order an edge lists them), not in a second pass over 320,000
    edges and their records scattered in memory: that pass cost 2 s at
    384,000 agreements. This loop runs once per agreement: it stays flat."""
    count = len(network.institutions["iri"])
    articles = network.articles
    wanted_type, since, until = filters["type"], filters["since"], filters["until"]
    wanted_concepts = None
    if filters["fieldName"]:
        wanted = filters["fieldName"]
        names = network.field_names
        wanted_concepts = {
            number
            for number, concept in enumerate(network.concepts)
            if wanted in names.get(concept, ())
        }
    by_pair: dict[int, dict] = {}
    columns = (network.agreements[name] for name in _AGREEMENT_COLUMNS)
    for iri, type_, signed, fields, exchanges, evidence, article, parties, concepts in zip(
        *columns, strict=True
    ):
        if wanted_type and type_ != wanted_type:
            continue
        if since and not (signed and signed[: len(since)] >= since[: len(signed)]):
            continue
        if until and not (signed and signed[: len(until)] <= until[: len(signed)]):
            continue
        if wanted_concepts is not None and wanted_concepts.isdisjoint(concepts):
            continue
        ends = parties
        if top is not None:
            ends = sorted({top[p] for p in ends})
        if passing is not None:
            ends = [e for e in ends if passing[e]]
        if len(ends) < 2:
            continue
        article_iri, title, url = articles[article]
        record = {"iri": iri, "type": type_, "signed": signed, "fields": fields,
                  "exchanges": exchanges, "evidence": evidence, "article": article_iri,
                  "title": title, "url": url}  # fmt: skip
        if len(ends) == 2:
            pairs = (ends[0] * count + ends[1],)
        else:
            pairs = [u * count + v for i, u in enumerate(ends) for v in ends[i + 1 :]]
        for pair in pairs:
            edge = by_pair.get(pair)
            if edge is None:
                by_pair[pair] = {
                    "weight": 1, "types": [type_], "fields": list(fields), "first": signed,
                    "last": signed, "articles": [article_iri], "agreements": [record],
                }  # fmt: skip
            else:
                _add_agreement(edge, record)
    return by_pair


def _agreement_order(record: dict) -> tuple[str, str]:
    """The order of the agreements of an edge: by date, undated first, then IRI."""
    return record["signed"] or "", record["iri"]


def _add_agreement(edge: dict, record: dict) -> None:
    """Add a record to the attributes of an edge. Records come in
    `_agreement_order`, so the list of agreements stays in order and the
    last date is the latest; the other lists are kept sorted."""
    edge["weight"] += 1
    edge["agreements"].append(record)
    signed = record["signed"]
    if signed:
        edge["first"] = edge["first"] or signed
        edge["last"] = signed
    for name, values in (("types", [record["type"]]), ("fields", record["fields"]),
                         ("articles", [record["article"]])):  # fmt: skip
        present = edge[name]
        for value in values:
            i = bisect_left(present, value)
            if i == len(present) or present[i] != value:
                present.insert(i, value)


def _new_graph(attributes: dict, nodes: list[tuple], edges) -> nx.Graph:
    """The `networkx.Graph` `add_nodes_from(nodes)` then
    `add_edges_from(edges)` would make, with the attribute dicts given taken
    as they are. networkx copies every edge's dict into a fresh one and
    checks both ends of every edge: 0.95 s at 320,000 edges, against 0.3 s
    for filling its dict-of-dicts (``_node``, ``_adj``, the layout its
    Graph docstring describes) directly. Edges are (u, v, attributes), both
    ends among `nodes`, each pair once; neighbours keep the order the edges
    come in. tests/test_network_index.py checks the result against
    networkx's own construction."""
    import networkx as nx

    graph = nx.Graph(**attributes)
    node, adjacency = graph._node, graph._adj
    for n, data in nodes:
        node[n] = data
        adjacency[n] = graph.adjlist_inner_dict_factory()
    for u, v, data in edges:
        adjacency[u][v] = data
        adjacency[v][u] = data
    return graph


# -- the projection index: kept beside an on-disk store ------------------------
#: file inside an on-disk store folder that holds the projection index
INDEX_FILE = "accord-network-index.json"
#: layout of the index (`ColumnarNetwork`); an index of another format is ignored
INDEX_FORMAT = 2


def field_names(agreements: dict[str, dict]) -> dict[str, list[str]]:
    """Lowercase names (the vocabulary's prefLabel and altLabels, or the
    label a new field was given) of the field concepts the agreements use:
    what `--field` matches."""
    from kg.rdf import field_iri
    from kg.vocab import load_vocabulary

    known = {c.iri: c for c in load_vocabulary().scheme("Fields")}
    names: dict[str, set[str]] = defaultdict(set)
    for record in agreements.values():
        for label in record["fields"]:
            concept = field_iri(label).value
            names[concept].add(label.lower())
            if concept in known:
                names[concept].update(name.lower() for name in known[concept].labels)
    return {c: sorted(v) for c, v in names.items()}


def index_path(store) -> Path | None:
    """Where the projection index of `store` lives: inside an on-disk store's
    folder; None for file stores and remote endpoints (queried directly)."""
    if getattr(store, "is_file", True) or "://" in str(store.location):
        return None
    return Path(store.location) / INDEX_FILE


def read_index(store) -> ColumnarNetwork | None:
    """The projection index, when it exists, is of this `INDEX_FORMAT` and
    matches the store's current revision (so it can never be stale); else
    None, and the caller queries the store."""
    import json

    path = index_path(store)
    if path is None or not path.exists():
        return None
    revision = store_revision(store)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            return None
        if revision is None or data.get("revision") != revision:
            return None
        return ColumnarNetwork.from_data(data)
    except (OSError, ValueError) as error:
        log.warning("unreadable projection index %s (%s); querying the store instead", path, error)
        return None


def write_index(store, raw: RawNetwork, revision: str) -> None:
    """Save the projection index atomically (temp file, then rename)."""
    import os

    path = index_path(store)
    if path is None:
        return
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(raw.to_json(revision), encoding="utf-8")
    os.replace(tmp, path)


def store_revision(store) -> str | None:
    """The revision the store's institutions graph records (changes on every write)."""
    rows = select(
        store,
        "SELECT ?r WHERE { GRAPH <https://w3id.org/accord/id/graph/institutions> "
        "{ <https://w3id.org/accord/id/graph/institutions> kg:revision ?r } }",
    ).rows
    return rows[0]["r"] if rows else None


# -- backends -----------------------------------------------------------------
def _use_igraph(graph: nx.Graph, backend: str) -> bool:
    if backend not in BACKENDS:
        raise InputError(f"unknown backend {backend!r} (one of {', '.join(BACKENDS)})")
    if backend == "auto":
        return graph.number_of_edges() >= AUTO_MIN_EDGES
    return backend == "igraph"


def to_igraph(graph: nx.Graph):
    """`graph` as an igraph Graph (vertex i = the i-th node of `graph`) with a
    ``weight`` edge attribute, and the node list.

    The conversion is cached on the graph (in networkx's own
    ``__networkx_cache__``, which networkx clears when nodes or edges are
    added or removed), so several measures on one graph convert it once.
    Changing an edge's weight in place does not clear it: copy the graph.
    """
    cache = getattr(graph, "__networkx_cache__", None)
    if cache is not None and "accord.igraph" in cache:
        return cache["accord.igraph"]
    import igraph

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    pairs, weights = [], []
    for u, v, w in graph.edges(data="weight", default=1):
        pairs.append((index[u], index[v]))
        weights.append(w)
    converted = igraph.Graph(n=len(nodes), edges=pairs, directed=False)
    converted.es["weight"] = weights
    if cache is not None:
        cache["accord.igraph"] = (converted, nodes)
    return converted, nodes


# -- centrality ---------------------------------------------------------------
def degree(graph: nx.Graph) -> dict[Any, int]:
    """Number of distinct partners of each institution.

    >>> import networkx as nx
    >>> degree(nx.path_graph(3))
    {0: 1, 1: 2, 2: 1}
    """
    return dict(graph.degree())


def weighted_degree(graph: nx.Graph) -> dict[Any, int]:
    """Number of agreements of each institution (the sum of the weights of its
    edges: an agreement with three parties counts once for each partner).

    >>> import networkx as nx
    >>> g = nx.Graph([(0, 1, {"weight": 3}), (1, 2, {"weight": 1})])
    >>> weighted_degree(g)
    {0: 3, 1: 4, 2: 1}
    """
    return dict(graph.degree(weight="weight"))


def pagerank(graph: nx.Graph, *, damping: float = 0.85, backend: str = "auto") -> dict:
    """PageRank with edges weighted by the number of agreements (a partner
    you sign with often passes on more). Scores sum to 1."""
    if graph.number_of_nodes() == 0:
        return {}
    if _use_igraph(graph, backend):
        converted, nodes = to_igraph(graph)
        scores = converted.pagerank(directed=False, damping=damping, weights="weight")
        return dict(zip(nodes, scores, strict=True))
    import networkx as nx

    return nx.pagerank(graph, alpha=damping, weight="weight", tol=1e-12, max_iter=10_000)


def eigenvector(graph: nx.Graph, *, backend: str = "auto") -> dict:
    """Eigenvector centrality with edges weighted by the number of agreements,
    scaled to unit Euclidean length (networkx's convention). On a graph of
    several components only the component with the largest eigenvalue gets
    non-zero scores: that is what the measure means."""
    import numpy as np

    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph, 1 / math.sqrt(n))
    if _use_igraph(graph, backend):
        import warnings

        converted, nodes = to_igraph(graph)
        with warnings.catch_warnings():  # "not meaningful for disconnected graphs": see above
            warnings.filterwarnings("ignore", "Some eigenvector centralities are nearly zero")
            scores = np.asarray(converted.eigenvector_centrality(scale=True, weights="weight"))
    else:
        import networkx as nx

        nodes = list(graph)
        if n > EXACT_BETWEENNESS_MAX_NODES:
            # ARPACK (sparse); it cannot do matrices of a few nodes, eigh can
            return nx.eigenvector_centrality_numpy(graph, weight="weight")
        matrix = nx.to_numpy_array(graph, nodelist=nodes, weight="weight")
        scores = np.linalg.eigh(matrix)[1][:, -1]
    norm = np.linalg.norm(scores) * (1 if scores.sum() >= 0 else -1)
    return dict(zip(nodes, (scores / norm).tolist(), strict=True))


def closeness(graph: nx.Graph, *, backend: str = "auto") -> dict:
    """Closeness centrality in hops, with networkx's correction for graphs of
    several components (Wasserman and Faust): (r-1)/sum of distances, times
    (r-1)/(n-1) where r is the size of the node's component."""
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if _use_igraph(graph, backend):
        converted, nodes = to_igraph(graph)
        raw = converted.closeness(normalized=True)
        sizes = converted.connected_components().sizes()
        membership = converted.connected_components().membership
        result = {}
        for node, score, component in zip(nodes, raw, membership, strict=True):
            reachable = sizes[component]
            if n <= 1 or reachable <= 1 or score is None or math.isnan(score):
                result[node] = 0.0
            else:
                result[node] = score * (reachable - 1) / (n - 1)
        return result
    import networkx as nx

    return nx.closeness_centrality(graph)


def betweenness(
    graph: nx.Graph, *, k: int | None = None, seed: int = 0, backend: str = "auto"
) -> dict:
    """Betweenness centrality in hops, normalised as networkx does (by the
    number of pairs of other nodes).

    Parameters
    ----------
    k : sample this many source nodes (chosen with `seed` exactly as networkx
        chooses them, so both backends give the same numbers) and scale the
        counts up; None counts every pair (exact, slow on large graphs).
    """
    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if k is not None and k >= n:
        k = None
    if not _use_igraph(graph, backend):
        import networkx as nx

        return nx.betweenness_centrality(graph, k=k, normalized=True, seed=seed)
    converted, nodes = to_igraph(graph)
    if k is None:
        # igraph counts each unordered pair once
        raw = converted.betweenness(directed=False)
        scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        return {node: value * scale for node, value in zip(nodes, raw, strict=True)}
    sources = random.Random(seed).sample(nodes, k)
    index = {node: i for i, node in enumerate(nodes)}
    raw = converted.betweenness(directed=False, sources=[index[s] for s in sources])
    # networkx counts ordered pairs from the sampled sources (twice igraph's
    # count) and scales sources and other nodes apart, since a source cannot
    # lie inside a path that starts at itself
    sampled = set(sources)
    scale_source = 2 / ((k - 1) * (n - 2)) if k > 1 else math.nan
    scale_other = 2 / (k * (n - 2))
    return {
        node: value * (scale_source if node in sampled else scale_other)
        for node, value in zip(nodes, raw, strict=True)
    }


def centrality(graph: nx.Graph, metric: str, *, backend: str = "auto", seed: int = 0) -> dict:
    """One of `METRICS` for every node: a dict node -> score.

    Betweenness is exact up to `EXACT_BETWEENNESS_MAX_NODES` nodes and
    sampled from `BETWEENNESS_SAMPLES` sources (seeded) above.

    >>> import networkx as nx
    >>> centrality(nx.path_graph(3), "closeness")
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    """
    check_metric(metric)
    if metric == "betweenness":
        n = graph.number_of_nodes()
        k = None if n <= EXACT_BETWEENNESS_MAX_NODES else BETWEENNESS_SAMPLES
        return betweenness(graph, k=k, seed=seed, backend=backend)
    if metric == "degree":
        return degree(graph)
    if metric == "weighted-degree":
        return weighted_degree(graph)
    measure = {"pagerank": pagerank, "eigenvector": eigenvector, "closeness": closeness}[metric]
    return measure(graph, backend=backend)


@dataclass
class Ranked:
    """One row of a ranking (`kg top`)."""

    rank: int
    node: str
    institution: str
    country: str | None
    kind: str | None
    score: float
    partners: int


def rank(graph: nx.Graph, metric: str = "degree", *, limit: int | None = 20,
         backend: str = "auto") -> list[Ranked]:  # fmt: skip
    """The institutions with the highest `metric`, best first (ties by label).
    Tied scores share a rank ("1, 2, 2, 4")."""
    check_metric(metric)
    check_not_empty(graph)
    scores = centrality(graph, metric, backend=backend)
    label = _labeller(graph)
    ordered = sorted(scores, key=lambda n: (-scores[n], label(n), str(n)))
    rows: list[Ranked] = []
    for position, node in enumerate(ordered[:limit] if limit else ordered, start=1):
        tied = rows and math.isclose(rows[-1].score, scores[node], rel_tol=1e-9, abs_tol=1e-12)
        attrs = graph.nodes[node]
        rows.append(
            Ranked(
                rank=rows[-1].rank if tied else position,
                node=node,
                institution=label(node),
                country=attrs.get("country"),
                kind=attrs.get("kind"),
                score=scores[node],
                partners=graph.degree(node),
            )
        )
    return rows


def _labeller(graph: nx.Graph):
    def label(node) -> str:
        return str(graph.nodes[node].get("label") or node)

    return label


# -- communities --------------------------------------------------------------
def communities(
    graph: nx.Graph, *, seed: int = 0, resolution: float = 1.0, backend: str = "auto"
) -> list[set]:
    """Louvain communities (modularity, edges weighted by agreements), largest
    first; the same `seed` gives the same communities on the same graph.

    >>> import networkx as nx
    >>> g = nx.barbell_graph(3, 0)
    >>> communities(g)
    [{0, 1, 2}, {3, 4, 5}]
    """
    if graph.number_of_nodes() == 0:
        return []
    if _use_igraph(graph, backend):
        import igraph

        converted, nodes = to_igraph(graph)
        # igraph draws from Python's `random` module by default: give it a
        # seeded generator for this call only
        igraph.set_random_number_generator(random.Random(seed))
        try:
            clustering = converted.community_multilevel(weights="weight", resolution=resolution)
        finally:
            igraph.set_random_number_generator(random)
        found = [{nodes[i] for i in members} for members in clustering]
    else:
        import networkx as nx

        found = nx.community.louvain_communities(
            graph, weight="weight", resolution=resolution, seed=seed
        )
    return sorted(found, key=lambda c: (-len(c), min(str(n) for n in c)))


@dataclass
class Community:
    """A community with what describes it to a reader."""

    number: int
    size: int
    members: list[str]  # nodes, most central first
    central: list[str]  # labels of the most central members
    fields: list[tuple[str, int]]  # (field, number of agreements inside the community)
    countries: list[tuple[str, int]]  # (country code, number of members)


def describe_communities(
    graph: nx.Graph, *, min_size: int = 1, top: int = 3, seed: int = 0, backend: str = "auto"
) -> list[Community]:
    """Communities of at least `min_size` members, each with its `top` most
    central members (PageRank), the fields most of its inner agreements
    cover, and its members' countries."""
    check_not_empty(graph)
    score = pagerank(graph, backend=backend)
    label = _labeller(graph)
    described = []
    for number, members in enumerate(communities(graph, seed=seed, backend=backend), start=1):
        if len(members) < min_size:
            continue
        ordered = sorted(members, key=lambda n: (-score[n], label(n)))
        fields: Counter[str] = Counter()
        for _u, _v, records in graph.subgraph(members).edges(data="agreements", default=()):
            for record in records:
                fields.update(record.get("fields", ()))
        countries = Counter(graph.nodes[n].get("country") for n in members)
        countries.pop(None, None)
        described.append(
            Community(
                number=number,
                size=len(members),
                members=ordered,
                central=[label(n) for n in ordered[:top]],
                fields=sorted(fields.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
                countries=sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:top],
            )
        )
    return described


# -- paths --------------------------------------------------------------------
def find_node(graph: nx.Graph, name: str):
    """The node whose label or alias is `name` (case, accents and punctuation
    folded), or whose IRI is `name`. A label match wins over an alias match.

    Raises InputError when nothing matches or several do, naming the
    candidates.
    """
    if name in graph:
        return name
    key = fold(name)
    if not key:
        raise InputError("an institution name is empty")
    by_label = [n for n, d in graph.nodes(data=True) if fold(str(d.get("label") or "")) == key]
    if len(by_label) == 1:
        return by_label[0]
    if not by_label:
        by_label = [
            n
            for n, d in graph.nodes(data=True)
            if any(fold(alias) == key for alias in d.get("aliases") or ())
        ]
    label = _labeller(graph)
    if len(by_label) == 1:
        return by_label[0]
    if by_label:
        names = "; ".join(sorted(label(n) for n in by_label))
        raise InputError(f"{name!r} is ambiguous: it names {names}")
    close = sorted(
        label(n)
        for n, d in graph.nodes(data=True)
        if key in fold(label(n)) or any(key in fold(a) for a in d.get("aliases") or ())
    )
    hint = f" (did you mean: {'; '.join(close[:5])}?)" if close else ""
    raise InputError(f"no institution named {name!r} in the network{hint}")


def shortest_path(graph: nx.Graph, source, target) -> list:
    """The fewest partnerships linking `source` to `target` (nodes, or names
    for `find_node`), as the list of nodes from one to the other."""
    import networkx as nx

    check_not_empty(graph)
    source, target = find_node(graph, source), find_node(graph, target)
    try:
        return nx.shortest_path(graph, source, target)
    except nx.NetworkXNoPath:
        label = _labeller(graph)
        raise InputError(
            f"{label(source)} and {label(target)} are not connected by any chain of agreements"
        ) from None


@dataclass
class Hop:
    """One partnership on a path, with the agreements that make it (oldest
    first)."""

    source: str
    target: str
    source_label: str
    target_label: str
    agreements: list[dict] = field(default_factory=list)


def path_hops(graph: nx.Graph, path: list) -> list[Hop]:
    """The hops of a path of nodes, each with the agreements behind it."""
    label = _labeller(graph)
    return [
        Hop(u, v, label(u), label(v), list(graph.edges[u, v].get("agreements") or ()))
        for u, v in zip(path[:-1], path[1:], strict=True)
    ]


# -- export -------------------------------------------------------------------
def _scalar(value):
    """An attribute value GraphML and GEXF can hold: lists joined by "; ",
    agreements by their IRIs, None as an empty string."""
    if value is None:
        return ""
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v["iri"]) if isinstance(v, dict) else str(v) for v in value)
    return value


def write_graph(graph: nx.Graph, path: str | Path, fmt: str) -> None:
    """Write the network for Gephi (gexf, graphml), Cytoscape (graphml, json)
    or pandas (csv: one row per edge, with both labels).

    GraphML and GEXF hold scalars only: list attributes are joined with
    "; " and an edge's agreements become their IRIs. JSON is networkx's
    node-link form with every attribute kept.
    """
    import networkx as nx

    if fmt not in GRAPH_FORMATS:
        raise InputError(f"unknown graph format {fmt!r} (one of {', '.join(GRAPH_FORMATS)})")
    check_not_empty(graph)
    path = Path(path)
    if fmt == "json":
        import json

        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return
    if fmt == "csv":
        import csv

        columns = ["weight", "types", "fields", "first", "last", "articles"]
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(["source", "target", "source_label", "target_label", *columns])
            label = _labeller(graph)
            for u, v, data in graph.edges(data=True):
                writer.writerow(
                    [u, v, label(u), label(v), *(_scalar(data.get(c)) for c in columns)]
                )
        return
    flat = nx.Graph()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items() if not isinstance(v, dict)})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, data in graph.edges(data=True):
        flat.add_edge(u, v, **{k: _scalar(val) for k, val in data.items()})
    if fmt == "graphml":
        nx.write_graphml(flat, path)
    else:
        nx.write_gexf(flat, path)

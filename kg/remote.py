"""A store behind any SPARQL 1.1 endpoint, through the SPARQL 1.1 Protocol.

`open_store("http://host:port/...")` gives a `RemoteStore`: the same methods
as the embedded store, with the same pyoxigraph result types, so queries,
loads, validation and the network projection run unchanged on a server.

Where the endpoints are (the URL convention):

- `http://host:7878` (no path): an Oxigraph server. Queries go to `/query`
  with `union-default-graph`, updates to `/update`.
- a path ending in `/query` (Oxigraph, Fuseki `/ds/query`): queries there,
  updates to the sibling `/update`.
- any other path (`/sparql`, a Fuseki dataset `/ds`, a GraphDB repository):
  queries and updates at that same URL.
- `#update=URL` at the end names the update endpoint explicitly (resolved
  against the query URL), e.g. GraphDB
  `http://host:7200/repositories/r#update=r/statements`.

Parameters in the URL's query string are sent with every query (e.g.
`?union-default-graph` on an Oxigraph `/query` URL). Every article is its own
named graph and queries without `GRAPH` must see their union: Oxigraph gets
`union-default-graph`; other servers must be set up so that the default graph
is the union (Fuseki: `tdb2:unionDefaultGraph true`; GraphDB and Virtuoso do
it by default). Opening checks this and says how to fix it. Queries are
sent as written, never rewritten (only the PREFIX lines of `kg.namespaces`
are put in front, as the embedded store declares them too).

Writes are SPARQL Update requests written here (never rdflib's
SPARQLUpdateStore, which mangles blank nodes): replacing a graph is one
request `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }`, atomic on
servers that apply an update request atomically (Oxigraph, Fuseki, GraphDB).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError
from kg.store import EXPORT_FORMATS, RDF_FORMATS, Store

log = logging.getLogger(__name__)

#: seconds to wait for the server on one request
TIMEOUT = 120.0
#: update requests above this many bytes are split (see `RemoteStore.replace_graph`);
#: under Oxigraph's 128 MB body limit, and a size Fuseki and GraphDB accept
MAX_UPDATE_BYTES = 32 * 1024 * 1024
_RESULTS_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_UNION = "union-default-graph"
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)


def is_remote(location: str) -> bool:
    """True when a store location names a SPARQL endpoint (http or https URL)."""
    return str(location).lower().startswith(("http://", "https://"))


def endpoints(location: str) -> tuple[str, str]:
    """The query URL and update URL of a store location (module docstring)."""
    url = urllib.parse.urlsplit(location)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise StoreError(f"{location} is not a SPARQL endpoint URL (http://host:port/...)")
    try:
        url.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise StoreError(f"{location}: malformed port in the endpoint URL") from None
    hints = urllib.parse.parse_qs(url.fragment)
    unknown = sorted(set(hints) - {"update"})
    if unknown or (url.fragment and not hints):
        raise StoreError(f"{location}: the URL fragment may only be #update=URL")
    path = url.path.rstrip("/")
    base = urllib.parse.urlunsplit((url.scheme, url.netloc, path, "", ""))
    if not path:
        query = f"{base}/query?{url.query or _UNION}"
        update = f"{base}/update"
    else:
        query = f"{base}?{url.query}" if url.query else base
        update = base[: -len("query")] + "update" if path.endswith("/query") else base
    if "update" in hints:
        update = urllib.parse.urljoin(base, hints["update"][0])
    return query, update


def _prologue(sparql: str) -> str:
    """PREFIX lines for the kg.namespaces prefixes the query does not declare."""
    from kg.namespaces import PREFIXES

    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)


def _triple(quad: ox.Quad | ox.Triple) -> str:
    return f"{quad.subject} {quad.predicate} {quad.object} ."


def _insert_data(graph, lines: list[str]) -> str:
    body = "\n".join(lines)
    if graph is None or isinstance(graph, ox.DefaultGraph):
        return f"INSERT DATA {{\n{body}\n}}"
    return f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


def _chunks(lines: list[str], limit: int) -> list[list[str]]:
    """`lines` in consecutive groups of at most `limit` bytes (at least one line each)."""
    chunks: list[list[str]] = [[]]
    size = 0
    for line in lines:
        if chunks[-1] and size + len(line) > limit:
            chunks.append([])
            size = 0
        chunks[-1].append(line)
        size += len(line) + 1
    return chunks


class RemoteStore(Store):
    """The `Store` interface over HTTP. Use `open_store(url)`."""

    def __init__(self, location: str, *, read_only: bool = False, timeout: float = TIMEOUT):
        self.location = str(location)
        self.read_only = read_only
        self.timeout = timeout
        self.query_url, self.update_url = endpoints(self.location)
        self._file_format = None
        self._dirty = False
        self._ox = None
        self._check_union()

    # -- HTTP --------------------------------------------------------------
    def _post(self, url: str, body: str, content_type: str, accept: str | None = None):
        """POST `body`; returns (content type, bytes) or raises a one-line StoreError."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(
            url, data=body.encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            message = _server_message(exc)
            if exc.code == 400 and content_type == "application/sparql-query":
                raise QueryError(f"the endpoint rejected the query: {message}") from None
            raise StoreError(f"{url} answered HTTP {exc.code}: {message}") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, ConnectionRefusedError):
                raise StoreError(
                    f"cannot reach the SPARQL endpoint {url}: connection refused (is the server running?)"
                ) from None
            if isinstance(reason, TimeoutError):
                raise StoreError(f"{url} did not answer within {self.timeout:g} s") from None
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {reason}") from None
        except TimeoutError:
            raise StoreError(f"{url} did not answer within {self.timeout:g} s") from None
        except (OSError, ValueError) as exc:
            raise StoreError(f"request to {url} failed: {exc}") from None

    def _update(self, sparql: str) -> None:
        self._check_writable()
        self._post(self.update_url, sparql, "application/sparql-update")

    def _check_union(self) -> None:
        """Refuse an endpoint whose default graph hides the named graphs:
        every query would silently answer nothing."""
        in_graphs = self._ask("ASK { GRAPH ?g { ?s ?p ?o } }")
        if in_graphs and not self._ask("ASK { ?s ?p ?o }"):
            raise StoreError(
                f"{self.query_url}: queries do not see the named graphs; make the default graph "
                "their union (Oxigraph: add ?union-default-graph to the query URL or serve "
                "--union-default-graph; Fuseki: tdb2:unionDefaultGraph true)"
            )

    def _ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    # -- reading -----------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query on the endpoint (over the union of all graphs);
        the result has the pyoxigraph types the embedded store returns.
        Arguments are bound by `kg.query` as a VALUES block in the text, so
        `substitutions` is not supported here."""
        if substitutions:
            raise QueryError(
                "a remote store takes no substitutions: bind arguments with kg.query.select"
            )
        try:
            return self._run(_prologue(sparql) + sparql)
        except QueryError as rejected:
            raise _syntax_error(sparql, rejected) from None

    def _run(self, sparql: str):
        content_type, data = self._post(
            self.query_url, sparql, "application/sparql-query", _RESULTS_ACCEPT
        )
        media = content_type.split(";")[0].strip().lower()
        try:
            results_format = ox.QueryResultsFormat.from_media_type(media)
            if results_format is not None:
                return ox.parse_query_results(data, results_format)
            rdf_fmt = ox.RdfFormat.from_media_type(media)
            if rdf_fmt is None:
                raise StoreError(f"{self.query_url} answered with an unknown media type {media!r}")
            # a real QueryTriples, as the embedded store gives for CONSTRUCT
            scratch = ox.Store()
            scratch.bulk_load(data, format=rdf_fmt)
            return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url} sent results that do not parse: {exc}") from None

    def graph_names(self) -> list[str]:
        rows = self._run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._ask(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}")

    def value(self, subject: ox.NamedNode, predicate: ox.NamedNode, graph=None):
        """One object of (subject, predicate) in `graph` (any graph if None), or None."""
        pattern = f"{subject} {predicate} ?o"
        where = f"GRAPH {graph} {{ {pattern} }}" if graph is not None else pattern
        for row in self._run(f"SELECT ?o WHERE {{ {where} }} LIMIT 1"):
            return row["o"]
        return None

    def quads(self, graph=None) -> Iterable[ox.Quad]:
        """The quads of one named graph, or of every named graph if None (the
        default graph of a union endpoint is not a graph of its own)."""
        if graph is not None:
            triples = self._run(
                f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
            )
            return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
        rows = self._run("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]

    # -- writing -----------------------------------------------------------
    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph `graph` by `quads`: one update request, so
        one transaction on servers that apply a request atomically.

        A graph bigger than MAX_UPDATE_BYTES is sent in several requests (the
        first drops the old graph); then readers may see it half written, and
        a failure leaves it partial until the next replacement. Quads with
        blank nodes all go in the first request, as blank node labels only
        hold within one request."""
        self._check_writable()
        lines = [_triple(q) for q in quads]
        first, *rest = self._split(lines)
        self._update(f"DROP SILENT GRAPH {graph} ;\n{_insert_data(graph, first)}")
        for chunk in rest:
            self._update(_insert_data(graph, chunk))

    @staticmethod
    def _split(lines: list[str]) -> list[list[str]]:
        if sum(len(line) + 1 for line in lines) <= MAX_UPDATE_BYTES:
            return [lines]
        with_blank = [line for line in lines if "_:" in line]
        plain = [line for line in lines if "_:" not in line]
        chunks = _chunks(plain, MAX_UPDATE_BYTES)
        if with_blank:
            chunks.insert(0, with_blank)
        log.info("update split into %d requests (not atomic)", len(chunks))
        return chunks

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Remove a named graph; False when it was not there."""
        self._check_writable()
        if not self.has_graph(graph):
            return False
        self._update(f"DROP SILENT GRAPH {graph}")
        return True

    def _add(self, quads: list[ox.Quad]) -> None:
        """Insert quads of the default graph (load_rdf of a dataset file)."""
        by_graph: dict = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(_triple(q))
        for target, lines in by_graph.items():
            for chunk in self._split(lines):
                self._update(_insert_data(target, chunk))

    def export(self, fmt: str) -> bytes:
        """Serialise the endpoint's data. Graph formats (ttl, nt) get the union
        of all graphs; dataset formats (trig, nq, jsonld) the named graphs."""
        from kg.namespaces import PREFIXES

        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
        rdf_fmt, keeps_graphs = RDF_FORMATS[EXPORT_FORMATS[fmt]]
        if keeps_graphs:
            data = self.quads()
        else:
            data = list(self._run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
        if rdf_fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.JSON_LD):
            return ox.serialize(data, format=rdf_fmt) or b""
        return ox.serialize(data, format=rdf_fmt, prefixes=PREFIXES) or b""

    def flush(self) -> None:
        """Nothing to do: every write is sent when it is made."""

    def close(self) -> None:
        """Nothing to release: requests hold no connection between calls."""


def _syntax_error(sparql: str, rejected: QueryError) -> QueryError:
    """The error to show for a query the endpoint rejected: pyoxigraph's own
    message when it cannot parse it either (positions in the user's text, as
    on the embedded store), else the server's (`rejected`)."""
    from kg.namespaces import PREFIXES

    try:  # on an empty in-memory store: only parsing matters
        ox.Store().query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        return QueryError(f"SPARQL syntax error {exc}")
    except (OSError, ValueError, RuntimeError):
        pass
    return rejected


def _server_message(exc: urllib.error.HTTPError) -> str:
    """The first line of a server's error body (JSON `message` if it has one)."""
    try:
        text = exc.read().decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    if text.startswith("{"):
        with contextlib.suppress(ValueError, AttributeError):
            text = str(json.loads(text).get("message", text))
    if text.startswith("<"):  # an HTML error page: its text only
        text = re.sub(r"<(script|style)\b.*?</\1>|<[^>]+>", "\n", text, flags=re.S | re.I)
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return (line[:300] or exc.reason or "no message").rstrip(".")

"""Where the graph lives: an on-disk Oxigraph store, or one RDF file.

`open_store("./kg-store")` opens (or creates) an embedded Oxigraph store;
`open_store("graph.trig")` reads and writes one RDF file (.ttl .nt .nq .trig
.jsonld); `open_store("http://host:7878")` uses a SPARQL endpoint (kg/remote.py). Every write of an article replaces its named graph in one SPARQL
Update, which Oxigraph applies atomically: an article is in the store whole
or not at all. Queries see the union of all graphs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, StoreError

log = logging.getLogger(__name__)

#: file suffix -> (pyoxigraph format, keeps named graphs)
RDF_FORMATS = {
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
    ".nq": (ox.RdfFormat.N_QUADS, True),
    ".trig": (ox.RdfFormat.TRIG, True),
    ".jsonld": (ox.RdfFormat.JSON_LD, True),
    ".json-ld": (ox.RdfFormat.JSON_LD, True),
}
#: export format name -> file suffix
EXPORT_FORMATS = {"ttl": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld"}


def rdf_format(path: str | Path) -> tuple[ox.RdfFormat, bool] | None:
    """The RDF format of a file name, or None when it is not an RDF file."""
    return RDF_FORMATS.get(Path(str(path)).suffix.lower())


def _nquad(quad: ox.Quad) -> str:
    return f"{quad.subject} {quad.predicate} {quad.object} ."


class Store:
    """A graph store opened from one string. Use `open_store`."""

    def __init__(self, location: str | Path, *, read_only: bool = False):
        self.location = str(location)
        self.read_only = read_only
        self._file_format = rdf_format(self.location)
        self._dirty = False
        if self._file_format is not None:
            self._ox = ox.Store()
            path = Path(self.location)
            if path.exists():
                self._read_file(path, self._file_format[0])
            elif read_only:
                raise StoreError(f"no store at {self.location}: load or ingest articles first")
        else:
            self._ox = self._open_disk(Path(self.location), read_only)

    # -- opening ---------------------------------------------------------
    @staticmethod
    def _open_disk(path: Path, read_only: bool) -> ox.Store:
        if path.exists() and not path.is_dir():
            raise StoreError(
                f"{path} is a file but not an RDF file (.ttl .nt .nq .trig .jsonld); a store is a folder"
            )
        if read_only:
            if not (path / "CURRENT").exists():
                raise StoreError(f"no store at {path}: load or ingest articles first")
            try:
                return ox.Store.read_only(str(path))
            except OSError as exc:
                raise StoreError(f"cannot open store {path}: {exc}") from None
        try:
            return ox.Store(str(path))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                raise StoreError(
                    f"store {path} is in use by another process (close it, or use another --store)"
                ) from None
            raise StoreError(f"cannot open store {path}: {message}") from None

    def _read_file(self, path: Path, fmt: ox.RdfFormat) -> None:
        try:
            self._ox.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid RDF ({exc})") from None
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc}") from None

    # -- reading ---------------------------------------------------------
    @property
    def is_file(self) -> bool:
        return self._file_format is not None

    def query(self, sparql: str, substitutions: dict | None = None):
        """Run a SPARQL query over the union of all graphs (raw pyoxigraph
        result). `substitutions` maps `ox.Variable` to RDF terms."""
        from kg.namespaces import PREFIXES

        try:
            return self._ox.query(
                sparql,
                use_default_graph_as_union=True,
                substitutions=substitutions or None,
                prefixes=PREFIXES,
            )
        except SyntaxError as exc:
            from kg.errors import QueryError

            raise QueryError(f"SPARQL syntax error {exc}") from None
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from None

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, graph: ox.NamedNode) -> bool:
        return self._ox.contains_named_graph(graph)

    def value(self, subject: ox.NamedNode, predicate: ox.NamedNode, graph=None):
        """One object of (subject, predicate) in `graph` (any graph if None), or None."""
        for quad in self._ox.quads_for_pattern(subject, predicate, None, graph):
            return quad.object
        return None

    def quads(self, graph=None) -> Iterable[ox.Quad]:
        return self._ox.quads_for_pattern(None, None, None, graph)

    def triple_count(self) -> int:
        """Number of distinct triples across all graphs (what a user means
        by the size of the graph; the same triple in two articles counts once)."""
        result = self.query(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        )
        for row in result:
            return int(row["n"].value)
        return 0

    # -- writing ---------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} is open read-only")

    def replace_graph(self, graph: ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph `graph` by `quads` in one atomic update."""
        self._check_writable()
        try:
            if not self._ox.contains_named_graph(graph):
                # a new graph: one atomic extend is the fast path
                self._ox.extend(list(quads))
            else:
                body = "\n".join(_nquad(q) for q in quads)
                self._ox.update(
                    f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
                )
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"writing graph {graph.value} failed: {exc}") from None
        self._dirty = True

    def remove_graph(self, graph: ox.NamedNode) -> bool:
        """Remove a named graph; False when it was not there."""
        self._check_writable()
        if not self._ox.contains_named_graph(graph):
            return False
        self._ox.update(f"DROP GRAPH {graph}")
        self._dirty = True
        return True

    def load_rdf(self, path: str | Path, graph: ox.NamedNode | None = None) -> int:
        """Load an RDF file. Triples of a graph format go into `graph`, and a
        dataset format (TriG, N-Quads, JSON-LD) keeps its own graphs; each
        named graph of the file replaces the stored one, so loading a changed
        file again leaves exactly what it says. Returns the number of quads."""
        self._check_writable()
        path = Path(path)
        fmt = rdf_format(path)
        if fmt is None:
            raise InputError(f"{path}: not an RDF file (.ttl .nt .nq .trig .jsonld)")
        try:
            parsed = list(ox.parse(path=str(path), format=fmt[0]))
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid RDF ({exc})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        by_graph: dict = {}
        for q in parsed:
            if graph is not None and isinstance(q.graph_name, ox.DefaultGraph):
                q = ox.Quad(q.subject, q.predicate, q.object, graph)
            by_graph.setdefault(q.graph_name, []).append(q)
        for target, quads in by_graph.items():
            if isinstance(target, ox.NamedNode):
                self.replace_graph(target, quads)
            else:
                self._add(quads)
        return len(parsed)

    def _add(self, quads: list[ox.Quad]) -> None:
        """Add quads (of the default graph or blank-node graphs) as they are."""
        try:
            self._ox.extend(quads)
        except OSError as exc:
            raise StoreError(f"writing failed: {exc}") from None
        self._dirty = True

    def export(self, fmt: str) -> bytes:
        """Serialise the whole store. Graph formats (ttl, nt) get the union of
        all graphs; dataset formats (trig, nq, jsonld) keep the article graphs."""
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
        rdf_fmt, keeps_graphs = RDF_FORMATS[EXPORT_FORMATS[fmt]]
        from kg.namespaces import PREFIXES

        prefixes = PREFIXES
        if keeps_graphs:
            if rdf_fmt == ox.RdfFormat.JSON_LD:
                return ox.serialize(self._ox, format=rdf_fmt) or b""
            return ox.serialize(self._ox, format=rdf_fmt, prefixes=prefixes) or b""
        triples = self._ox.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        if rdf_fmt == ox.RdfFormat.N_TRIPLES:
            return triples.serialize(format=rdf_fmt) or b""
        return ox.serialize(triples, format=rdf_fmt, prefixes=prefixes) or b""

    def flush(self) -> None:
        """Write a file store back to its file (atomically, via a temp file)."""
        if not self.is_file or not self._dirty or self.read_only:
            return
        path = Path(self.location)
        suffix = path.suffix.lower()
        fmt = {".json-ld": "jsonld"}.get(suffix, suffix.lstrip("."))
        data = self.export(fmt)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._dirty = False

    def close(self) -> None:
        self.flush()
        if not self.is_file and not self.read_only:
            with contextlib.suppress(OSError):
                self._ox.flush()
        self._ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:  # do not write a half-finished file store
            self._dirty = False
            self.close()


def open_store(location: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open a store from one string: a folder (embedded Oxigraph, created if
    missing), an RDF file path, or an http(s) URL of a SPARQL 1.1 endpoint
    (`kg.remote`). `None` means $KG_STORE or ./kg-store.

    `read_only=True` opens an existing store for reading while another
    process may be writing to it.
    """
    if location is None:
        location = os.environ.get("KG_STORE", "./kg-store")
    from kg.remote import is_remote

    if is_remote(str(location)):
        from kg.remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only)
    return Store(location, read_only=read_only)

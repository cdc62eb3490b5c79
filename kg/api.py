"""`KnowledgeGraph`: the Python face of everything the `kg` CLI does.

>>> from kg import KnowledgeGraph                      # doctest: +SKIP
>>> with KnowledgeGraph("./kg-store") as graph:
...     graph.load("data/seeds.review.json")
...     graph.query("partners", name="PolyU").rows
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import rdf
from kg.errors import InputError
from kg.identities import Identities, load_identities
from kg.model import ArticleFacts, Mention, ResolvedInstitution
from kg.names import fold
from kg.query import QueryResult, run
from kg.resolve import Resolution, resolve
from kg.review import RecordError, read_review
from kg.store import Store, open_store, rdf_format

log = logging.getLogger(__name__)

_STATEMENTS = """
SELECT ?i ?art ?name (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases)
       (SAMPLE(?kind) AS ?k) (SAMPLE(?country) AS ?c) (SAMPLE(?parent) AS ?p)
WHERE {
  GRAPH ?art {
    ?i kg:statedName ?name .
    OPTIONAL { ?i kg:statedAlias ?alias }
    OPTIONAL { ?i kg:statedKind ?kind }
    OPTIONAL { ?i kg:statedCountry ?country }
    OPTIONAL { ?i kg:statedUnitOf ?parent }
  }
}
GROUP BY ?i ?art ?name
"""


@dataclass
class LoadReport:
    """What one load did: articles written, skipped and rejected."""

    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_reviewed: list[str] = field(default_factory=list)
    rdf_files: list[str] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class InstitutionCard:
    """One institution as `kg show` prints it."""

    iri: str
    name: str
    aliases: list[str]
    kind: str
    country: str | None
    parent: str | None
    units: list[str]
    partners: list[dict]
    agreements: list[dict]


@dataclass
class IngestReport:
    """What one ingest did."""

    articles: int = 0
    skipped: int = 0
    seconds: float = 0.0
    facts: list[ArticleFacts] = field(default_factory=list)
    load: LoadReport = field(default_factory=LoadReport)

    @property
    def agreements(self) -> int:
        return sum(len(f.agreements) for f in self.facts)

    @property
    def institutions(self) -> int:
        return sum(len(f.institutions) for f in self.facts)


class KnowledgeGraph:
    """A store plus the operations users run on it (load, query, stats,
    validate, export). Open it as a context manager so a file store is
    written back and the on-disk store's lock released."""

    def __init__(
        self,
        store: str | Path | Store | None = None,
        *,
        read_only: bool = False,
        identities: str | Path | None = None,
    ):
        self.store = store if isinstance(store, Store) else open_store(store, read_only=read_only)
        #: the identity file of pins (None: $KG_IDENTITIES or data/identities.json)
        self.identities_path = identities

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.store.__exit__(*exc)

    def close(self) -> None:
        self.store.close()

    # -- loading ----------------------------------------------------------
    def load(self, *paths: str | Path) -> LoadReport:
        """Load review files (JSON, JSON Lines) and RDF files. Each article is
        one transaction; a bad article is reported in `LoadReport.errors`
        and the others still load."""
        report = LoadReport()
        facts_list: list[ArticleFacts] = []
        for path in paths:
            path = Path(path)
            if not path.exists():
                raise InputError(f"{path}: no such file")
            if rdf_format(path) is not None:
                self.store.load_rdf(path, rdf.rdf_file_graph(path))
                report.rdf_files.append(str(path))
                continue
            good, bad = read_review(path)
            facts_list.extend(good)
            report.errors.extend(bad)
        self.load_facts(facts_list, origin="review", report=report)
        return report

    def load_facts(
        self,
        facts_list: Iterable[ArticleFacts],
        *,
        origin: str = "review",
        report: LoadReport | None = None,
        keep_reviewed: bool = False,
        progress: Callable[[ArticleFacts], None] | None = None,
    ) -> LoadReport:
        """Write articles into the store, one named graph (and one
        transaction) each, then refresh the canonical institutions.

        `keep_reviewed=True` (what ingest uses) leaves alone an article a
        person has loaded from a review file, so corrections survive.
        """
        report = report or LoadReport()
        to_write: list[ArticleFacts] = []
        for facts in facts_list:
            graph = rdf.article_iri(facts)
            if keep_reviewed and self._origin(graph) == "review":
                report.kept_reviewed.append(facts.article)
            elif self._stored_fingerprint(graph) == rdf.facts_fingerprint(facts, origin):
                report.unchanged.append(facts.article)
            else:
                to_write.append(facts)
            if progress:
                progress(facts)
        written: dict[str, dict] = {}
        # a store never refreshed holds no article yet: its index starts empty
        fresh = not self.store.has_graph(rdf.INSTITUTIONS_GRAPH)
        if to_write:
            key_of = self._canonical_keys(to_write)
            for facts in to_write:
                article = rdf.article_iri(facts).value

                def key(name: str, article=article) -> str:
                    return key_of.get((article, rdf.institution_iri(name).value), name)

                quads = rdf.article_quads(facts, origin=origin, institution_key=key)
                self.store.replace_graph(rdf.article_iri(facts), quads)
                written[article] = rdf.agreement_records(facts, key)
                report.loaded.append(facts.article)
        if to_write or report.rdf_files or not self.store.has_graph(rdf.ONTOLOGY_GRAPH):
            self.refresh(written=written, rebuild_index=bool(report.rdf_files), fresh=fresh)
        return report

    def _canonical_keys(self, facts_list: list[ArticleFacts]) -> dict[tuple[str, str], str]:
        """Resolve new articles together with what the store holds, so their
        graphs are written with canonical institution IRIs from the start."""
        replaced = {rdf.article_iri(f).value for f in facts_list}
        mentions = [m for m in self.mentions() if m.article not in replaced]
        for facts in facts_list:
            mentions.extend(rdf.article_mentions(facts))
        result = resolve(mentions, load_identities(self.identities_path))
        return {pair: result.institutions[index].key for pair, index in result.assignment.items()}

    def _origin(self, graph: ox.NamedNode) -> str | None:
        value = self.store.value(graph, rdf.P.origin, graph)
        return value.value if value is not None else None

    def _stored_fingerprint(self, graph: ox.NamedNode) -> str | None:
        """The fingerprint of the facts the stored graph was made from."""
        stored = self.store.value(graph, rdf.P.facts_hash, graph)
        return stored.value if stored is not None else None

    def mentions(self) -> list[Mention]:
        """What every article states about the institutions it mentions."""
        found = []
        for row in self.store.query(_STATEMENTS):
            aliases = (
                row["aliases"].value.split("\u001f")
                if row["aliases"] and row["aliases"].value
                else []
            )
            found.append(
                Mention(
                    article=row["art"].value,
                    local=row["i"].value,
                    name=row["name"].value,
                    aliases=tuple(aliases),
                    kind=row["k"].value if row["k"] else None,
                    country=row["c"].value if row["c"] else None,
                    unit_of=row["p"].value if row["p"] else None,
                )
            )
        return found

    def resolution(self) -> Resolution:
        """Resolve every mention in the store, honouring the identity pins."""
        return resolve(self.mentions(), load_identities(self.identities_path))

    def refresh(
        self,
        *,
        written: dict[str, dict] | None = None,
        removed: Iterable[str] = (),
        rebuild_index: bool = False,
        fresh: bool = False,
    ) -> Resolution:
        """Rewrite the derived graphs: the ontology, and the canonical
        institutions resolved across all articles (article graphs whose
        institutions resolved to another node are re-pointed at it). Then
        bring the projection index of an on-disk store up to date:
        `written` maps each newly written article IRI to its agreement
        records, `removed` lists removed article IRIs; `fresh` says the store
        held no article before (its index starts empty)."""
        from kg import network

        if rebuild_index:
            previous = None
        elif fresh:
            previous = network.RawNetwork({}, {}, {})
        else:
            columns = network.read_index(self.store)
            previous = columns.to_raw() if columns is not None else None
        self.store.replace_graph(rdf.ONTOLOGY_GRAPH, rdf.ontology_quads())
        result = self.resolution()
        moves: dict[str, dict[ox.NamedNode, ox.NamedNode]] = {}
        for (article, local), index in result.assignment.items():
            canonical = rdf.institution_iri(result.institutions[index].key)
            if canonical.value != local:
                moves.setdefault(article, {})[ox.NamedNode(local)] = canonical
        for article, mapping in sorted(moves.items()):
            graph = ox.NamedNode(article)
            self.store.replace_graph(graph, rdf.substitute(list(self.store.quads(graph)), mapping))
        revision = uuid.uuid4().hex
        self.store.replace_graph(
            rdf.INSTITUTIONS_GRAPH, rdf.institution_quads(result.institutions, revision)
        )
        for warning in result.warnings:
            log.warning(warning)
        if network.index_path(self.store) is not None:
            self._update_index(previous, written or {}, set(removed), moves, result, revision)
        return result

    def _update_index(self, previous, written, removed, moves, result, revision) -> None:
        """Keep the projection index in step with the store without reading
        every agreement back: the previous index, minus removed and rewritten
        articles, plus the new records, with moved institutions re-pointed."""
        from kg import network

        if previous is None:
            raw = network.raw_from_store(self.store)
        else:
            dropped = removed | set(written)
            agreements = {
                i: r for i, r in previous.agreements.items() if r["article"] not in dropped
            }
            for records in written.values():
                agreements.update(records)
            for record in agreements.values():
                mapping = moves.get(record["article"])
                if mapping:
                    by_value = {k.value: v.value for k, v in mapping.items()}
                    record["parties"] = sorted({by_value.get(p, p) for p in record["parties"]})
            institutions = {}
            for inst in result.institutions:
                institutions[rdf.institution_iri(inst.key).value] = {
                    "label": inst.pref_label,
                    "aliases": sorted(inst.alt_labels),
                    "country": inst.country,
                    "kind": inst.kind,
                    "parents": [rdf.institution_iri(inst.parent_key).value]
                    if inst.parent_key
                    else [],
                }
            raw = network.RawNetwork(agreements, institutions, network.field_names(agreements))
        network.write_index(self.store, raw, revision)

    def remove_article(self, article: str) -> bool:
        """Remove one article (by file name, content id or IRI) and refresh."""
        rows = self.query(
            "SELECT DISTINCT ?art WHERE { ?art kg:sourceFile ?f . OPTIONAL { ?art kg:contentId ?id } "
            "FILTER(?f = ?key || ?id = ?key || STR(?art) = ?key) }",
            key=article,
        ).rows
        for row in rows:
            self.store.remove_graph(ox.NamedNode(row["art"]))
        if rows:
            self.refresh(removed=[row["art"] for row in rows])
        return bool(rows)

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        on_warning: Callable | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> IngestReport:
        """Read articles, extract their agreements and load them, one
        transaction per article. Articles a person corrected (loaded from a
        review file) are kept as they are. `progress(done, total)` is called
        after each article; `on_warning(SourceWarning)` for each unreadable file."""
        import time

        from kg.extract import extract
        from kg.sources import read_paths

        started = time.perf_counter()
        report = IngestReport()

        def warned(warning) -> None:
            report.skipped += 1
            if on_warning:
                on_warning(warning)

        articles = list(read_paths([Path(p) for p in paths], on_warning=warned))
        total = len(articles)

        def extracted():
            for article in articles:
                facts = extract(article)
                report.facts.append(facts)
                yield facts

        done = 0

        def step(_facts) -> None:
            nonlocal done
            done += 1
            if progress:
                progress(done, total)

        report.load = self.load_facts(
            extracted(), origin="extracted", keep_reviewed=True, progress=step
        )
        report.articles = total
        report.seconds = time.perf_counter() - started
        return report

    # -- reading ----------------------------------------------------------
    def query(self, query: str, **args) -> QueryResult:
        """Run a named query, a .rq file or SPARQL text; keyword arguments are
        bound as RDF terms."""
        return run(self.store, query, {k: v for k, v in args.items() if v is not None})

    def stats(self) -> dict:
        """Size of the graph: triples, articles, institutions, agreements, by type and country."""

        def count(sparql: str) -> int:
            rows = self.query(sparql).rows
            return int(rows[0]["n"]) if rows else 0

        by_type = {
            r["type"]: r["n"]
            for r in self.query(
                "SELECT ?type (COUNT(?a) AS ?n) WHERE { ?a kg:agreementType ?type } GROUP BY ?type ORDER BY DESC(?n) ?type"
            ).rows
        }
        by_country = {
            r["country"]: r["n"]
            for r in self.query(
                "SELECT ?country (COUNT(?i) AS ?n) WHERE { ?i a kg:Institution ; schema:addressCountry ?country } "
                "GROUP BY ?country ORDER BY DESC(?n) ?country"
            ).rows
        }
        return {
            "triples": self.store.triple_count(),
            "articles": count(
                "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
            ),
            "institutions": count(
                "SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i a kg:Institution }"
            ),
            "agreements": count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Agreement }"),
            "agreements_by_type": by_type,
            "institutions_by_country": by_country,
        }

    def validate(self):
        """Check the store against ontology/shapes.ttl with pyshacl.
        Returns a list of `Violation` (empty when the store conforms)."""
        from kg.validate import validate_store

        return validate_store(self.store)

    # -- institutions -------------------------------------------------------
    def find_institution(self, name: str) -> str:
        """The IRI of the one institution called `name` (name or alias,
        folded: case, accents and punctuation do not matter); an unknown or
        ambiguous name is an InputError."""
        rows = self.query(
            "SELECT DISTINCT ?i ?label ?country WHERE { "
            "?i kg:nameKey ?key ; skos:prefLabel ?label . "
            "OPTIONAL { ?i schema:addressCountry ?country } } ORDER BY ?label",
            key=fold(name),
        ).rows
        if not rows:
            raise InputError(f"no institution called {name!r} in the store")
        if len(rows) > 1:
            choices = "; ".join(f"{r['label']} ({r['country'] or '?'})" for r in rows)
            raise InputError(
                f"{name!r} names {len(rows)} institutions: {choices}; use the full name"
            )
        return rows[0]["i"]

    def card(self, name: str) -> InstitutionCard:
        """Everything the store knows about one institution."""
        iri = ox.NamedNode(self.find_institution(name))
        head = self.query(
            "SELECT ?label ?kind ?country ?parent WHERE { ?i skos:prefLabel ?label ; kg:kind ?kind . "
            "OPTIONAL { ?i schema:addressCountry ?country } OPTIONAL { ?i org:unitOf/skos:prefLabel ?parent } }",
            i=iri,
        ).rows[0]
        aliases = self.query("SELECT ?a WHERE { ?i skos:altLabel ?a } ORDER BY ?a", i=iri).column(
            "a"
        )
        units = self.query(
            "SELECT ?u WHERE { ?unit org:unitOf ?i ; skos:prefLabel ?u } ORDER BY ?u", i=iri
        ).column("u")
        partners = self.query(
            "SELECT ?p ?c (COUNT(DISTINCT ?a) AS ?n) WHERE { ?i kg:signs ?a . ?a kg:party ?o . FILTER(?o != ?i) "
            "?o skos:prefLabel ?p . OPTIONAL { ?o schema:addressCountry ?c } } GROUP BY ?p ?c ORDER BY DESC(?n) ?p",
            i=iri,
        ).rows
        agreements = self.query(
            """SELECT ?a ?type ?signed (GROUP_CONCAT(DISTINCT ?pn; separator=" | ") AS ?parties)
                      (GROUP_CONCAT(DISTINCT ?fn; separator=", ") AS ?fields) ?evidence ?article ?title
               WHERE { ?i kg:signs ?a . ?a kg:agreementType ?type ; kg:evidence ?evidence ; kg:reportedIn ?art ;
                         kg:party ?p . ?p skos:prefLabel ?pn . ?art kg:sourceFile ?article .
                       OPTIONAL { ?art schema:headline ?title }
                       OPTIONAL { ?a kg:signedOn ?d } BIND(STR(?d) AS ?signed)
                       OPTIONAL { ?a kg:coversField/skos:prefLabel ?f BIND(STR(?f) AS ?fn) } }
               GROUP BY ?a ?type ?signed ?evidence ?article ?title ORDER BY DESC(?signed) ?a""",
            i=iri,
        ).rows
        return InstitutionCard(
            iri=iri.value,
            name=head["label"],
            aliases=aliases,
            kind=head["kind"],
            country=head["country"],
            parent=head["parent"],
            units=units,
            partners=partners,
            agreements=agreements,
        )

    def explain(self, name: str) -> list[ResolvedInstitution]:
        """The institutions `name` resolves to, each with its mentions and
        the reasons every name belongs to it."""
        found = self.resolution().find(name)
        if not found:
            raise InputError(f"no institution called {name!r} in the store")
        return found

    def pin(self, change: Callable[[Identities], None]) -> Path:
        """Apply `change` to the identity file, save it and re-resolve the store."""
        ids = load_identities(self.identities_path)
        change(ids)
        path = ids.save()
        self.refresh()
        return path

    def merge(self, *names: str) -> Path:
        """Pin that `names` are one institution."""
        for name in names:
            self.find_institution_loosely(name)
        return self.pin(lambda ids: ids.merge.append(list(names)))

    def split(self, name: str) -> Path:
        """Pin that `name` is never merged with other names."""
        self.find_institution_loosely(name)

        def change(ids: Identities) -> None:
            ids.split.append(name)
            ids.merge = [g for g in ids.merge if fold(name) not in {fold(n) for n in g}]

        return self.pin(change)

    def rename(self, name: str, new_name: str) -> Path:
        """Pin the canonical name of the institution called `name`."""
        self.find_institution(name)
        return self.pin(lambda ids: ids.rename.__setitem__(name, new_name))

    def find_institution_loosely(self, name: str) -> None:
        """Raise InputError unless some institution has `name` as a name or alias."""
        rows = self.query(
            "ASK { ?i kg:nameKey ?key }",
            key=fold(name),
        ).rows
        if not rows[0]["result"]:
            raise InputError(f"no institution called {name!r} in the store")

    # -- network and maps ---------------------------------------------------
    def network(self, **filters):
        """The institution network as a `networkx.Graph` (see
        `kg.network.project` for the filters: field, type, since, until,
        country, kind, roll_up_units)."""
        from kg.network import project

        return project(self.store, **filters)

    def map(self, path: str | Path | None = None, *, around: str | None = None, depth: int = 1,
            top: int | None = None, color_by: str = "country", size_by: str = "degree", **filters):  # fmt: skip
        """Draw the network (`kg.maps.draw`): written to `path`, or returned
        as HTML that shows itself in Jupyter."""
        from kg import maps

        graph = self.network(**filters)
        if around is not None:
            graph = maps.around(graph, around, depth)
        if top is not None:
            graph = maps.most_central(graph, top, size_by)
        return maps.draw(graph, path, color_by=color_by, size_by=size_by)

    def export(self, fmt: str = "ttl") -> bytes:
        return self.store.export(fmt)

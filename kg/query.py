"""SPARQL over the store, with arguments bound as RDF terms.

`run(store, query, args)` takes a named query (kg/queries/NAME.rq), a path
to a .rq file, or SPARQL text. Arguments become a VALUES block at the top of
the query's outermost group, each value an RDF term serialised by pyoxigraph,
so a user string is always data, never query text. Named queries declare
their arguments in header comments:

    # help: Partners of an institution ...
    # arg: name (required, name) prefLabel or altLabel; "name" folds it to match kg:nameKey
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    f"{_XSD}{t}"
    for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")
}
_FLOAT_TYPES = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_ARG = re.compile(r"^#\s*arg:\s*(\w+)\s*(\((required|optional)(, *name)?\))?\s*(.*)$")


@dataclass(frozen=True)
class QueryArg:
    name: str
    required: bool
    help: str
    #: an institution name, folded (kg.names.fold) before it is bound, to
    #: match kg:nameKey exactly
    is_name: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    help: str
    args: tuple[QueryArg, ...]
    sparql: str


@dataclass
class QueryResult:
    """Rows of a query as plain Python values (IRIs as strings)."""

    variables: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def column(self, name: str) -> list[Any]:
        return [row.get(name) for row in self.rows]


def _parse_named(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    help_text, args = "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if line.lower().startswith("# help:"):
            help_text = line.split(":", 1)[1].strip()
        elif match := _ARG.match(line):
            args.append(
                QueryArg(
                    match.group(1),
                    match.group(3) == "required",
                    match.group(5).strip(),
                    is_name=bool(match.group(4)),
                )
            )
    return NamedQuery(path.stem, help_text, tuple(args), text)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped in kg/queries, by name. A file NAME.ARG.rq
    is not a query of its own but the variant of NAME run when its switch
    argument ARG is true (so each file stays a plain, fast join)."""
    return {p.stem: _parse_named(p) for p in sorted(QUERIES_DIR.glob("*.rq")) if "." not in p.stem}


def _switch_variant(named: NamedQuery, args: dict[str, str]) -> str:
    """The SPARQL to run: a switch argument that is true selects the
    variant file NAME.ARG.rq; switch arguments are never bound."""
    sparql = named.sparql
    for arg in list(args):
        variant = QUERIES_DIR / f"{named.name}.{arg}.rq"
        if variant.is_file() and str(args.pop(arg)).strip().lower() in ("true", "yes", "1"):
            sparql = variant.read_text(encoding="utf-8")
    return sparql


def load_query(query: str) -> tuple[str, NamedQuery | None]:
    """SPARQL text for a named query, a .rq file path, or SPARQL text itself."""
    named = named_queries()
    if query in named:
        return named[query].sparql, named[query]
    if query.endswith(".rq") or (len(query) < 256 and "\n" not in query and Path(query).is_file()):
        path = Path(query)
        if not path.is_file():
            raise QueryError(f"no query file {query} (named queries: {', '.join(named)})")
        return path.read_text(encoding="utf-8"), _parse_named(path)
    if not re.search(r"\b(select|ask|construct|describe)\b", query, re.IGNORECASE):
        raise QueryError(f"unknown named query {query!r} (named queries: {', '.join(named)})")
    return query, None


def to_term(value: Any) -> ox.NamedNode | ox.Literal:
    """An argument as an RDF term: `<iri>` becomes an IRI, ints and floats
    typed literals, anything else a plain string literal."""
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError:
            raise QueryError(f"{text} is not a valid IRI") from None
    return ox.Literal(text)


def _outer_group_start(sparql: str) -> int:
    """Offset just after the `{` that opens the query's outermost group
    (skipping comments, strings and IRIs)."""
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            nl = sparql.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if c in "\"'":
            quote = sparql[i : i + 3] if sparql[i : i + 3] in ('"""', "'''") else c
            end = sparql.find(quote, i + len(quote))
            while end > 0 and sparql[end - 1] == "\\":
                end = sparql.find(quote, end + 1)
            i = n if end < 0 else end + len(quote)
            continue
        if c == "<" and re.match(r"<[^\s<>\"{}|^`\\]*>", sparql[i:]):
            i = sparql.index(">", i) + 1
            continue
        if c == "{":
            return i + 1
        i += 1
    raise QueryError("the query has no group pattern ({ ... }) to bind arguments in")


def bind_arguments(sparql: str, bindings: dict[str, Any]) -> str:
    """The query with `bindings` joined in as a VALUES block at the top of its
    outermost group (rdflib's initBindings semantics)."""
    if not bindings:
        return sparql
    names = list(bindings)
    terms = " ".join(str(to_term(bindings[n])) for n in names)
    values = " VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + terms + ") } "
    at = _outer_group_start(sparql)
    return sparql[:at] + values + sparql[at:]


def python_value(term) -> Any:
    """A query result term as a plain Python value."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGER_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == _XSD + "boolean":
            return term.value == "true"
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def select(store, sparql: str, bindings: dict[str, Any] | None = None) -> QueryResult:
    """Run SPARQL (SELECT, ASK or CONSTRUCT) with `bindings` and return plain rows.

    ASK gives one row `{"result": bool}`; CONSTRUCT and DESCRIBE give rows with
    `subject`, `predicate`, `object`.
    """
    clean = {k: v for k, v in (bindings or {}).items() if v is not None}
    result = store.query(bind_arguments(sparql, clean))
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(["result"], [{"result": bool(result)}])
    if isinstance(result, ox.QueryTriples):
        rows = [
            {
                "subject": python_value(t.subject),
                "predicate": python_value(t.predicate),
                "object": python_value(t.object),
            }
            for t in result
        ]
        return QueryResult(["subject", "predicate", "object"], rows)
    variables = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append({name: python_value(solution[name]) for name in variables})
    return QueryResult(variables, rows)


def run(store, query: str, args: dict[str, str] | None = None) -> QueryResult:
    """Run a named query, a .rq file or SPARQL text with string arguments.

    A named query checks its arguments: a missing required one or an unknown
    one is a `QueryError` naming what it takes.
    """
    args = dict(args or {})
    sparql, named = load_query(query)
    if named is not None and (named.args or named.name in named_queries()):
        declared = {a.name for a in named.args}
        unknown = sorted(set(args) - declared)
        if unknown:
            raise QueryError(
                f"query {named.name!r} takes no argument {unknown[0]!r} "
                f"(it takes: {', '.join(sorted(declared))})"
            )
        for arg in named.args:
            if arg.required and not args.get(arg.name):
                raise QueryError(f"query {named.name!r} needs --arg {arg.name}=VALUE ({arg.help})")
    if named is not None and named.name in named_queries():
        sparql = _switch_variant(named, args)
    if named is not None:
        from kg.names import fold

        for arg in named.args:
            if arg.is_name and args.get(arg.name):
                args[arg.name] = fold(args[arg.name])
    for name in args:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"argument name {name!r} is not a SPARQL variable name")
    return select(store, sparql, args)

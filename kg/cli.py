"""The `kg` command line: a thin layer over the library.

Each command parses options, calls one `kg` function and prints. Library
errors (`KgError`) become a one-line `Error: ...` and exit code 1 here, at the
edge, never a traceback. Heavy libraries are imported inside the commands
that need them so `kg --help` starts fast.
"""

from __future__ import annotations

import functools
import os
import sys

import click

from kg.errors import KgError

DEFAULT_STORE = "./kg-store"
ACCORD_IRI = "https://w3id.org/accord/id/"


class KgGroup(click.Group):
    """A click group that reports library errors as one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:  # `kg ... | head`
            sys.stderr.close()
            ctx.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except OSError as exc:
            where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
            raise click.ClickException(
                f"{exc.strerror or exc}{':' if where else ''}{where}"
            ) from None
        except Exception as exc:
            if os.environ.get("KG_DEBUG"):
                raise
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {exc} (set KG_DEBUG=1 to see the traceback)"
            ) from None


def store_option(func):
    """`--store S`: where the graph lives (default ./kg-store, or $KG_STORE)."""
    return click.option(
        "--store",
        "store_location",
        envvar="KG_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        help="On-disk store folder, an RDF file (.ttl .nt .trig .jsonld), or a SPARQL endpoint URL.",
    )(func)


def format_option(*choices: str, default: str = "table"):
    """`--format` with the given choices."""

    def decorate(func):
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(choices),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


def network_filter_options(func):
    """Filters shared by every command that projects the network (`top`,
    `communities`, `path`, `graph`, `map`). The command receives them as one
    `filters` dict, ready for `kg.network.project(store, **filters)`."""

    @click.option("--field", default=None, help="Only agreements covering this field.")
    @click.option(
        "--type",
        "agreement_type",
        default=None,
        help="Only agreements of this type (mou, student_exchange, dual_degree, research, "
        "joint_lab, framework, partnership).",
    )
    @click.option(
        "--since", default=None, help="Only agreements signed on or after (YYYY[-MM[-DD]])."
    )
    @click.option(
        "--until", default=None, help="Only agreements signed on or before (YYYY[-MM[-DD]])."
    )
    @click.option("--country", default=None, help="Only institutions in this country (ISO code).")
    @click.option(
        "--kind", default=None, help="Only institutions of this kind (university, hospital, ...)."
    )
    @click.option(
        "--roll-up-units/--no-roll-up-units",
        default=False,
        help="Count faculties and schools as their parent institution.",
    )
    @functools.wraps(func)
    def wrapper(*args, field, agreement_type, since, until, country, kind, roll_up_units, **kwargs):
        filters = {
            "field": field,
            "type": agreement_type,
            "since": since,
            "until": until,
            "country": country,
            "kind": kind,
            "roll_up_units": roll_up_units,
        }
        return func(*args, filters=filters, **kwargs)

    return wrapper


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="accord-kg")
def main():
    """Accord: a knowledge graph of who signs what with whom.

    Read articles, extract the agreements they report, keep them in an RDF
    store, query them with SPARQL, find the most connected institutions and
    draw the network.
    """
    import logging

    logging.basicConfig(format="Warning: %(message)s", level=logging.WARNING, stream=sys.stderr)


def emit_rows(
    variables: list[str], rows: list[dict], output_format: str, title: str | None = None
) -> None:
    """Print result rows as a table (rich), CSV, TSV or JSON (a list of
    objects keyed by column name). Shared by every command that prints rows."""
    if output_format == "json":
        import json

        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if output_format in ("csv", "tsv"):
        import csv

        writer = csv.writer(
            sys.stdout, delimiter="," if output_format == "csv" else "\t", lineterminator="\n"
        )
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if row.get(v) is None else row.get(v) for v in variables])
        return
    import shutil

    from rich.console import Console
    from rich.table import Table

    # IRIs of Accord's own nodes are for machines: csv and json keep them
    shown = [
        v
        for v in variables
        if not rows or not all(str(r.get(v) or "").startswith(ACCORD_IRI) for r in rows)
    ] or variables
    variables = shown
    table = Table(title=title, show_lines=False, header_style="bold")
    for name in variables:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if row.get(v) is None else str(row.get(v)) for v in variables))
    width = None if sys.stdout.isatty() else max(shutil.get_terminal_size((160, 24)).columns, 160)
    Console(soft_wrap=False, width=width).print(table)
    if not rows:
        click.echo("(no results)", err=True)


def _parse_args(pairs: tuple[str, ...]) -> dict[str, str]:
    args = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"{pair!r} is not KEY=VALUE", param_hint="--arg")
        key, value = pair.split("=", 1)
        args[key.strip()] = value
    return args


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@store_option
def load(files, store_location):
    """Load review files (JSON or JSON Lines, as written by `kg extract`) or
    RDF files (Turtle, N-Triples, TriG, JSON-LD) into the store.

    Each article is one transaction: an invalid article is reported (file,
    article, reason) and the others still load; the exit code is then 1.
    Loading the same file again changes nothing; a corrected review file
    replaces those articles.
    """
    import time

    from kg.api import KnowledgeGraph

    started = time.perf_counter()
    with KnowledgeGraph(store_location) as graph:
        report = graph.load(*files)
    seconds = time.perf_counter() - started
    parts = [f"{len(report.loaded)} articles loaded"]
    if report.unchanged:
        parts.append(f"{len(report.unchanged)} unchanged")
    if report.rdf_files:
        parts.append(f"{len(report.rdf_files)} RDF files")
    click.echo(f"{', '.join(parts)} into {store_location} in {seconds:.2f} s")
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    if report.errors:
        click.echo(f"{len(report.errors)} articles not loaded", err=True)
        sys.exit(1)


@main.command()
@click.argument("query_text", metavar="QUERY", required=False)
@click.option(
    "--arg",
    "-a",
    "arg_pairs",
    multiple=True,
    metavar="KEY=VALUE",
    help="Bind ?KEY to VALUE (repeatable).",
)
@click.option(
    "--list", "list_queries", is_flag=True, help="List the named queries and their arguments."
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Print at most N rows.")
@format_option("table", "csv", "tsv", "json")
@store_option
def query(query_text, arg_pairs, list_queries, limit, output_format, store_location):
    """Run QUERY: a named query (see --list), a .rq file, or SPARQL text.

    Arguments are bound as RDF terms, never pasted into the query:

        kg query partners --arg name=PolyU
    """
    from kg.query import named_queries, run

    if list_queries:
        for named in named_queries().values():
            click.echo(f"{named.name}: {named.help}")
            for arg in named.args:
                need = "required" if arg.required else "optional"
                click.echo(f"    --arg {arg.name}=...  ({need}) {arg.help}")
        return
    if not query_text:
        raise click.UsageError("give a QUERY (a named query, a .rq file or SPARQL text), or --list")
    from kg.store import open_store

    with open_store(store_location, read_only=True) as store:
        result = run(store, query_text, _parse_args(arg_pairs))
    rows = result.rows[:limit] if limit else result.rows
    emit_rows(result.variables, rows, output_format)


@main.command()
@format_option("table", "json")
@store_option
def stats(output_format, store_location):
    """Size of the graph: triples, articles, institutions, agreements, by type and country."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, read_only=True) as graph:
        numbers = graph.stats()
    if output_format == "json":
        import json

        click.echo(json.dumps(numbers, indent=2))
        return
    for key in ("triples", "articles", "institutions", "agreements"):
        click.echo(f"{key:<14}{numbers[key]:>10,}")
    if numbers["agreements_by_type"]:
        click.echo("agreements by type:")
        for name, n in numbers["agreements_by_type"].items():
            click.echo(f"  {name:<20}{n:>6,}")
    if numbers["institutions_by_country"]:
        click.echo("institutions by country:")
        for name, n in numbers["institutions_by_country"].items():
            click.echo(f"  {name:<20}{n:>6,}")


@main.command()
@store_option
def validate(store_location):
    """Check the store against the SHACL shapes (ontology/shapes.ttl).
    Exit code 1 and one line per violation when it does not conform."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, read_only=True) as graph:
        violations = graph.validate()
    if not violations:
        click.echo("The store conforms to the shapes.")
        return
    for violation in violations:
        click.echo(str(violation))
    click.echo(f"{len(violations)} violations", err=True)
    sys.exit(1)


@main.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld"]),
    default="ttl",
    show_default=True,
    help="trig, nq and jsonld keep one named graph per article; ttl and nt merge them.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE instead of stdout.",
)
@store_option
def export(output_format, output, store_location):
    """Write the whole graph as RDF."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, read_only=True) as graph:
        data = graph.export(output_format)
    if output:
        from pathlib import Path

        Path(output).write_bytes(data)
        click.echo(f"wrote {len(data):,} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--review",
    "review_file",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write what was extracted as a review file to correct and `kg load` back.",
)
@store_option
def ingest(paths, review_file, store_location):
    """Read articles (files or folders), extract their agreements and load
    them into the store, one article per transaction.

    Unreadable files are skipped with a one-line warning. Articles a person
    corrected and loaded with `kg load` are not overwritten.
    """
    from kg.api import KnowledgeGraph

    def warn(warning) -> None:
        click.echo(f"Warning: {warning}", err=True)

    bar = None
    if sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        bar = Progress(
            "ingesting", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True
        )
    task = None

    def progress(done: int, total: int) -> None:
        nonlocal task
        if bar is None:
            return
        if task is None:
            task = bar.add_task("ingest", total=total)
        bar.update(task, completed=done)

    with KnowledgeGraph(store_location) as graph:
        if bar is not None:
            with bar:
                report = graph.ingest(paths, on_warning=warn, progress=progress)
        else:
            report = graph.ingest(paths, on_warning=warn, progress=progress)
    if review_file:
        from pathlib import Path

        from kg.review import dump_review

        Path(review_file).write_text(dump_review(report.facts), encoding="utf-8")
    rate = report.articles / report.seconds if report.seconds else 0.0
    kept = (
        f", {len(report.load.kept_reviewed)} kept as reviewed" if report.load.kept_reviewed else ""
    )
    click.echo(
        f"{report.articles} articles read, {report.skipped} skipped{kept}: "
        f"{report.agreements} agreements, {report.institutions} institution mentions "
        f"in {report.seconds:.2f} s ({rate:.0f} articles/s) into {store_location}"
    )
    if review_file:
        click.echo(f"review file written to {review_file}")
    if report.articles == 0:
        raise click.ClickException("no readable article in " + ", ".join(paths))


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@format_option("json", "jsonl", "table", default="json")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to this file instead of standard output.",
)
@click.option(
    "--explain", is_flag=True, help="Add each agreement's evidence offsets and extraction rule."
)
def extract_command(paths, output_format, output, explain):
    """Read articles (files or folders) and print what they report: a review
    file (JSON list, or JSON Lines) to check, correct and `kg load`, or a
    table of agreements per article.

    Unreadable files are skipped with a one-line warning on stderr; the exit
    code is 1 only when no article could be read.
    """
    from kg.extract import extract
    from kg.review import dump_review, dump_review_lines
    from kg.sources import read_paths

    def warn(warning) -> None:
        click.echo(f"Warning: {warning}", err=True)

    facts = [extract(article) for article in read_paths(paths, on_warning=warn)]
    if not facts:
        raise click.ClickException("no readable article in " + ", ".join(paths))
    if output_format == "table":
        text = _agreements_table(facts, explain)
    elif output_format == "jsonl":
        text = dump_review_lines(facts, explain=explain)
    else:
        text = dump_review(facts, explain=explain)
    if output:
        from pathlib import Path

        Path(output).write_text(text, encoding="utf-8")
        noun = "article" if len(facts) == 1 else "articles"
        click.echo(f"wrote {len(facts)} {noun} to {output}", err=True)
    else:
        click.echo(text, nl=False)


def _agreements_table(facts_list, explain: bool) -> str:
    """A compact table, one row per agreement (one row for an article with
    none), rendered by rich to plain text as wide as it needs to be."""
    import io

    from rich.console import Console
    from rich.table import Table

    table = Table(header_style="bold", show_lines=False)
    columns = ["article", "published", "type", "parties", "signed", "fields", "exchanges"]
    for name in columns + (["rule"] if explain else []):
        table.add_column(name, overflow="fold")
    for facts in facts_list:
        rows = facts.agreements or [None]
        for agreement in rows:
            cells = [facts.article, facts.published or ""]
            if agreement is None:
                cells += ["(no agreement)", "", "", "", ""]
            else:
                cells += [
                    agreement.type + (" (optional)" if agreement.optional else ""),
                    " + ".join(agreement.parties),
                    agreement.signed or "",
                    ", ".join(agreement.fields),
                    ", ".join(agreement.exchanges),
                ]
            if explain:
                cells.append("" if agreement is None else (agreement.rule or ""))
            table.add_row(*cells)
    buffer = io.StringIO()
    Console(file=buffer, width=200, color_system=None).print(table)
    return buffer.getvalue()


def _network(store_location: str, filters: dict):
    """The projected institution network of a store, filtered."""
    from kg.network import project
    from kg.store import open_store

    with open_store(store_location, read_only=True) as store:
        return project(store, **filters)


_backend_option = click.option(
    "--backend",
    default="auto",
    show_default=True,
    help="Where to compute: auto (igraph on large graphs), networkx or igraph.",
)


@main.command()
@click.option(
    "--metric",
    default="degree",
    show_default=True,
    help="degree (partners), weighted-degree (agreements), pagerank, betweenness, "
    "eigenvector or closeness.",
)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@_backend_option
@network_filter_options
@format_option("table", "csv", "json")
@store_option
def top(metric, limit, backend, filters, output_format, store_location):
    """The most connected institutions by METRIC, best first.

    \b
        kg top --metric pagerank --since 2024 --country HK
    """
    from kg.network import check_metric, rank

    check_metric(metric)
    ranked = rank(_network(store_location, filters), metric, limit=limit, backend=backend)
    rows = [
        {
            "rank": r.rank,
            "institution": r.institution,
            "country": r.country,
            "kind": r.kind,
            "score": r.score
            if output_format != "table" or isinstance(r.score, int)
            else f"{r.score:.6g}",
            "partners": r.partners,
            "iri": r.node,
        }
        for r in ranked
    ]
    columns = ["rank", "institution", "country", "kind", "score", "partners"]
    emit_rows(columns, rows, output_format, title=f"Most connected by {metric}")


@main.command()
@click.option(
    "--min-size",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Smallest community shown.",
)
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of Louvain (same seed, same communities).",
)
@_backend_option
@network_filter_options
@format_option("table", "csv", "json")
@store_option
def communities(min_size, seed, backend, filters, output_format, store_location):
    """Groups of institutions that sign more with each other than with the
    rest (Louvain), largest first, with their most central members, main
    fields and countries."""
    from kg.network import describe_communities

    graph = _network(store_location, filters)
    found = describe_communities(graph, min_size=min_size, seed=seed, backend=backend)
    json_out = output_format == "json"
    rows = [
        {
            "community": c.number,
            "size": c.size,
            "central": c.central if json_out else "; ".join(c.central),
            "fields": dict(c.fields) if json_out else ", ".join(f"{f} ({n})" for f, n in c.fields),
            "countries": dict(c.countries)
            if json_out
            else ", ".join(f"{code} {n}" for code, n in c.countries),
            **({"members": [graph.nodes[m]["label"] for m in c.members]} if json_out else {}),
        }
        for c in found
    ]
    emit_rows(["community", "size", "central", "fields", "countries"], rows, output_format,
              title=f"{len(rows)} communities of {min_size} or more")  # fmt: skip


@main.command()
@click.argument("source")
@click.argument("target")
@network_filter_options
@format_option("text", "json", default="text")
@store_option
def path(source, target, filters, output_format, store_location):
    """The shortest chain of partnerships from SOURCE to TARGET (names or
    aliases), each hop with the agreements that make it: type, date,
    evidence sentence and article."""
    from kg.network import path_hops, shortest_path

    graph = _network(store_location, filters)
    nodes = shortest_path(graph, source, target)
    hops = path_hops(graph, nodes)
    if output_format == "json":
        import dataclasses
        import json

        click.echo(json.dumps([dataclasses.asdict(h) for h in hops], ensure_ascii=False, indent=2))
        return
    click.echo(graph.nodes[nodes[0]].get("label", nodes[0]))
    for hop in hops:
        for agreement in hop.agreements:
            fields = f" on {', '.join(agreement['fields'])}" if agreement["fields"] else ""
            click.echo(
                f"  | {agreement['type']}, signed {agreement['signed'] or 'date not stated'}{fields}"
            )
            click.echo(f'  |   "{agreement["evidence"]}"')
            where = agreement["title"] or agreement["article"]
            if agreement["url"]:
                where += f" <{agreement['url']}>"
            click.echo(f"  |   in: {where}")
        click.echo(hop.target_label)
    click.echo(f"({len(hops)} partnerships)", err=True)


@main.command("graph")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="File to write.",
)
@format_option("graphml", "gexf", "csv", "json", default="graphml")
@network_filter_options
@store_option
def graph_command(output, output_format, filters, store_location):
    """Write the institution network for Gephi (gexf, graphml), Cytoscape
    (graphml, json) or pandas (csv: one row per partnership)."""
    from kg.network import write_graph

    graph = _network(store_location, filters)
    write_graph(graph, output, output_format)
    click.echo(
        f"wrote {graph.number_of_nodes()} institutions and {graph.number_of_edges()} "
        f"partnerships to {output}",
        err=True,
    )


@main.command("map")
@click.option(
    "-o",
    "--output",
    default="map.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="HTML file to write (one self-contained file, works offline).",
)
@click.option("--around", "around_name", metavar="NAME", default=None,
              help="Only NAME (name, alias or IRI) and its partners within --depth steps.")  # fmt: skip
@click.option("--depth", type=click.IntRange(min=0), default=None,
              help="How many partnerships away from --around to go (default 1).")  # fmt: skip
@click.option("--top", "top_count", metavar="N", type=click.IntRange(min=1), default=None,
              help="Only the N most central institutions (by --size-by) and the links among them.")  # fmt: skip
@click.option("--color-by", type=click.Choice(["country", "kind", "community"]), default="country",
              show_default=True, help="What node colours stand for (with a legend).")  # fmt: skip
@click.option("--size-by", default="degree", show_default=True,
              help="Centrality behind node size: degree, weighted-degree, pagerank, betweenness, "
              "eigenvector or closeness.")  # fmt: skip
@click.option("--title", default=None, help="Page title.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the layout and communities: same graph and seed, same picture.")  # fmt: skip
@click.option("--physics/--no-physics", default=None,
              help="Let the browser settle the layout (default: up to 300 institutions).")  # fmt: skip
@network_filter_options
@store_option
def map_command(output, around_name, depth, top_count, color_by, size_by, title, seed, physics,
                filters, store_location):  # fmt: skip
    """Draw the institution network as an interactive HTML map: search,
    filters by field, type and year, details of every agreement. The file
    needs no internet and can be sent as it is.

    \b
        kg map -o polyu.html --around PolyU --depth 2 --color-by kind
        kg map --top 200 --size-by pagerank --since 2020
    """
    from kg import maps
    from kg.network import check_metric

    check_metric(size_by)
    if depth is not None and around_name is None:
        raise click.UsageError("--depth needs --around NAME")
    graph = _network(store_location, filters)
    if around_name is not None:
        graph = maps.around(graph, around_name, 1 if depth is None else depth)
    if top_count is not None:
        graph = maps.most_central(graph, top_count, size_by)
    written = maps.draw(graph, output, color_by=color_by, size_by=size_by,
                        title=title or maps.DEFAULT_TITLE, seed=seed, physics=physics)  # fmt: skip
    click.echo(
        f"wrote a map of {graph.number_of_nodes()} institutions and "
        f"{graph.number_of_edges()} partnerships to {written}",
        err=True,
    )


def identities_option(func):
    """`--identities FILE`: the identity pins (default data/identities.json, or $KG_IDENTITIES)."""
    return click.option(
        "--identities",
        "identities_file",
        envvar="KG_IDENTITIES",
        default=None,
        type=click.Path(dir_okay=False),
        help="Identity pins file (default: data/identities.json).",
    )(func)


@main.command()
@click.option("--country", default=None, help="Only institutions in this country (ISO code).")
@click.option(
    "--kind", default=None, help="Only institutions of this kind (university, hospital, ...)."
)
@format_option("table", "csv", "tsv", "json")
@store_option
def institutions(country, kind, output_format, store_location):
    """Canonical institutions: name, aliases, country, kind, parent, partners, agreements."""
    from kg.model import INSTITUTION_KINDS
    from kg.query import run
    from kg.store import open_store

    if kind and kind not in INSTITUTION_KINDS:
        raise click.BadParameter(
            f"{kind!r} is not one of {', '.join(INSTITUTION_KINDS)}", param_hint="--kind"
        )
    with open_store(store_location, read_only=True) as store:
        result = run(store, "institutions", {"in_country": country, "kind": kind})
    emit_rows(result.variables, result.rows, output_format)


@main.command()
@click.argument("name")
@store_option
@identities_option
def show(name, store_location, identities_file):
    """A card for one institution: names, units, partners, and every
    agreement with its type, date, fields, evidence and article."""
    from rich.console import Console
    from rich.markup import escape

    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, read_only=True, identities=identities_file) as graph:
        card = graph.card(name)
    console = Console(highlight=False, soft_wrap=True)
    console.print(
        f"[bold]{escape(card.name)}[/bold]  ({card.kind}, {card.country or 'country unknown'})"
    )
    console.print(f"  IRI      {card.iri}")
    if card.aliases:
        console.print(f"  also     {escape('; '.join(card.aliases))}")
    if card.parent:
        console.print(f"  part of  {escape(card.parent)}")
    if card.units:
        console.print(f"  units    {escape('; '.join(card.units))}")
    console.print(f"\n[bold]Partners[/bold] ({len(card.partners)})")
    for p in card.partners:
        console.print(
            f"  {escape(p['p'])} ({p['c'] or '?'}): {p['n']} agreement{'s' if p['n'] != 1 else ''}"
        )
    console.print(f"\n[bold]Agreements[/bold] ({len(card.agreements)})")
    for a in card.agreements:
        fields = f"; fields: {a['fields']}" if a["fields"] else ""
        console.print(
            f"  {a['signed'] or 'undated'}  {a['type']}  {escape(a['parties'])}{escape(fields)}"
        )
        console.print(f'      "{escape(a["evidence"])}"')
        console.print(
            f"      {escape(a['article'])}{(' - ' + escape(a['title'])) if a['title'] else ''}"
        )


@main.command()
@click.argument("names", nargs=-1, required=True)
@store_option
@identities_option
def merge(names, store_location, identities_file):
    """Pin that NAMES are one institution (kept in the identity file, honoured by every later load)."""
    if len(names) < 2:
        raise click.UsageError("give two or more names to merge")
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, identities=identities_file) as graph:
        path = graph.merge(*names)
        card = graph.card(names[0])
    click.echo(f"merged {' + '.join(names)} into {card.name!r} (pinned in {path})")


@main.command()
@click.argument("name")
@store_option
@identities_option
def split(name, store_location, identities_file):
    """Pin that NAME is an institution of its own, never merged with others."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, identities=identities_file) as graph:
        path = graph.split(name)
        found = graph.explain(name)
    click.echo(f"{name!r} split off; it now names {len(found)} institution(s) (pinned in {path})")


@main.command()
@click.argument("name")
@click.argument("new_name")
@store_option
@identities_option
def rename(name, new_name, store_location, identities_file):
    """Pin NEW_NAME as the canonical name of the institution called NAME."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, identities=identities_file) as graph:
        path = graph.rename(name, new_name)
    click.echo(f"{name!r} is now called {new_name!r} (pinned in {path})")


@main.command("resolve")
@click.option(
    "--explain", "name", required=True, help="Name or alias of the institution to explain."
)
@store_option
@identities_option
def resolve_command(name, store_location, identities_file):
    """Explain why each name belongs to the institution called NAME."""
    from kg.api import KnowledgeGraph

    with KnowledgeGraph(store_location, read_only=True, identities=identities_file) as graph:
        found = graph.explain(name)
    for inst in found:
        click.echo(f"{inst.pref_label} ({inst.kind}, {inst.country or 'country unknown'})")
        if inst.alt_labels:
            click.echo(f"  names: {'; '.join(inst.alt_labels)}")
        articles = sorted({m.article.rsplit("/", 1)[-1] for m in inst.mentions})
        click.echo(f"  mentioned in {len(articles)} article(s)")
        for reason in inst.reasons:
            click.echo(f"  - {reason}")


# --- end of commands ---

"""Named SPARQL queries at scale: pyoxigraph on disk vs rdflib's Memory store.

Bars (DESIGN.md): on ~5 million triples (200,000 synthetic articles, 20,000
institutions) a point query ("partners of X") under 50 ms; whole-graph
aggregates at least 20x faster than the same SPARQL on rdflib's in-memory
store, timed inside one process.

How the store is built. The real path is `KnowledgeGraph.load_facts`
(resolution over every mention, one transaction per article); it is timed on
a sample (`--sample`, default 5,000 articles) to report real ingest
throughput at that size. The full store is then built fast from the same
quads `load_facts` would write: `kg.rdf.article_quads(facts,
institution_key=...)` for each article (the synthetic names are already
canonical, so the key is the name itself), `kg.rdf.institution_quads` for the
canonical institutions graph and `kg.rdf.ontology_quads`, written with
`pyoxigraph.Store.bulk_extend` into an on-disk store in a temp dir.

The synthetic data is skewed like the real thing: party choice follows a
Zipf-like law over 20,000 institutions (a few hubs with thousands of
partners, most with a handful), 1-3 agreements per article, 2-4 parties per
agreement, fields from ontology/vocab.ttl plus new ones, dates 1990-2025 as
precise as day, month or year, countries, academic units with `org:unitOf`.

rdflib gets the same triples: the union of all graphs (as the named queries
see it), exported as N-Triples and parsed into a plain `rdflib.Graph`
(Memory store); each query's text is the named query with its arguments
bound the way `kg.query` binds them, with the PREFIX lines `kg.store` adds
for pyoxigraph prepended. Each timing is the median of 3 runs; an rdflib run
longer than `--rdflib-timeout` seconds is stopped (SIGALRM) and reported as
"> N s", and a query slower than 20 s is run once.

    python benchmarks/queries.py [--articles 200000] [--sample 5000] [--skip-rdflib]
        [--rdflib-timeout 600] [--store DIR  (reuse a store built earlier)]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import rdf
from kg.model import AGREEMENT_TYPES, Agreement, ArticleFacts, Institution, ResolvedInstitution
from kg.namespaces import PREFIXES
from kg.query import bind_arguments, load_query, run
from kg.store import open_store
from kg.vocab import load_vocabulary

COUNTRIES = "CN HK US GB DE FR JP KR AU CA SG IN BR IT ES NL SE CH MY TH ID VN PH NZ ZA EG NG KE MX CL".split()
COUNTRY_WEIGHTS = [
    30,
    8,
    25,
    14,
    10,
    8,
    9,
    7,
    8,
    6,
    5,
    8,
    4,
    5,
    4,
    4,
    3,
    3,
    4,
    3,
    3,
    2,
    2,
    2,
    2,
    2,
    2,
    1,
    2,
    1,
]
KINDS = ["university", "hospital", "research_institute", "company", "government", "other"]
KIND_WEIGHTS = [60, 12, 12, 8, 5, 3]
TYPES = list(AGREEMENT_TYPES)
TYPE_WEIGHTS = [40, 15, 8, 15, 5, 7, 10]
NEW_FIELDS = [
    "robotics", "quantum computing", "materials science", "linguistics", "tourism",
    "finance", "architecture", "oceanography", "veterinary medicine", "pharmacy",
    "space science", "cybersecurity", "urban planning", "music", "sports science",
]  # fmt: skip
UNIT_AREAS = [
    "Engineering",
    "Medicine",
    "Law",
    "Business",
    "Science",
    "Arts",
    "Education",
    "Nursing",
]
SYLLABLES = "ka lo mi ra ven tor sil ba dun el qua rin so pe tal mor gra vi ne cas hal ju".split()
HEADS = {
    "university": ["University of {}", "{} University", "{} Institute of Technology"],
    "hospital": ["{} General Hospital", "{} Medical Centre"],
    "research_institute": ["{} Research Institute", "Institute for Advanced Study {}"],
    "company": ["{} Technologies Ltd", "{} Holdings Inc"],
    "government": ["Ministry of Education of {}", "{} Science Council"],
    "other": ["{} Foundation", "{} Academy"],
}

#: (label, named query, arguments); `{hub}`/`{small}` are filled with names
QUERIES = [
    ("partners of a hub", "partners", {"name": "{hub}"}),
    ("partners of a typical institution", "partners", {"name": "{small}"}),
    ("partners of a hub, roll_up", "partners", {"name": "{hub}", "roll_up": "true"}),
    ("most-connected", "most-connected", {}),
    ("fields", "fields", {}),
    ("timeline", "timeline", {}),
    ("agreements, field=medical since=2024", "agreements", {"field": "medical", "since": "2024"}),
    ("agreements, institution=hub", "agreements", {"institution": "{hub}"}),
    ("institutions", "institutions", {}),
    ("institutions, in_country=HK", "institutions", {"in_country": "HK"}),
    ("evidence of a hub pair", "evidence", {"a": "{hub}", "b": "{hub2}"}),
]


# -- synthetic data ----------------------------------------------------------
def _place(rng: random.Random, used: set[str]) -> str:
    while True:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4)))).capitalize()
        if word not in used:
            used.add(word)
            return word


def make_institutions(n: int, rng: random.Random) -> list[ResolvedInstitution]:
    """`n` canonical institutions; about 10% are academic units of one of the
    first universities (the hubs), with `org:unitOf`; about a third have an acronym."""
    used: set[str] = set()
    out: list[ResolvedInstitution] = []
    universities: list[ResolvedInstitution] = []
    n_units = n // 10
    while len(out) < n - n_units:
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        name = rng.choice(HEADS[kind]).format(_place(rng, used))
        alts = []
        if rng.random() < 0.35:
            alts.append("".join(w[0] for w in name.split() if w[0].isupper()) + str(len(out)))
        inst = ResolvedInstitution(
            key=name,
            pref_label=name,
            alt_labels=alts,
            kind=kind,
            country=rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0],
        )
        out.append(inst)
        if kind == "university":
            universities.append(inst)
    parents = universities[:2000]
    for _ in range(n_units):
        parent = parents[min(int(rng.paretovariate(1.0)) - 1, len(parents) - 1)]
        area = rng.choice(UNIT_AREAS)
        name = f"{rng.choice(['Faculty', 'School', 'College'])} of {area}, {parent.pref_label}"
        name = f"{name} {_place(rng, used)}" if name in {i.key for i in out[-50:]} else name
        out.append(
            ResolvedInstitution(
                key=name,
                pref_label=name,
                kind="academic_unit",
                country=parent.country,
                parent_key=parent.key,
            )
        )
    # hubs first in the party distribution, units spread through it
    rng.shuffle(out)
    out.sort(key=lambda i: i.kind == "academic_unit")
    keys = {}
    unique = []
    for inst in out:
        if rdf.institution_iri(inst.key).value not in keys:
            keys[rdf.institution_iri(inst.key).value] = inst
            unique.append(inst)
    return unique


def _date(rng: random.Random) -> str:
    year = rng.randint(1990, 2025)
    precision = rng.random()
    if precision < 0.5:
        return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if precision < 0.8:
        return f"{year}-{rng.randint(1, 12):02d}"
    return str(year)


def make_articles(
    count: int, institutions: list[ResolvedInstitution], rng: random.Random, start: int = 0
):
    """`count` ArticleFacts, parties drawn from a Zipf-like law over `institutions`."""
    fields = [c.pref_label for c in load_vocabulary().scheme("Fields")] + NEW_FIELDS
    weights = [1.0 / (rank + 3) ** 0.95 for rank in range(len(institutions))]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    by_key = {i.key: i for i in institutions}
    for n in range(start, start + count):
        agreements = []
        declared: dict[str, Institution] = {}
        for _ in range(rng.choices((1, 2, 3), (72, 20, 8))[0]):
            k = rng.choices((2, 3, 4), (78, 16, 6))[0]
            parties: list[str] = []
            while len(parties) < k:
                inst = institutions[rng.choices(range(len(institutions)), cum_weights=cum)[0]]
                if inst.key not in parties:
                    parties.append(inst.key)
            for key in parties:
                inst = by_key[key]
                declared[key] = Institution(
                    name=key,
                    aliases=list(inst.alt_labels),
                    kind=inst.kind,
                    country=inst.country,
                    unit_of=inst.parent_key if inst.parent_key in declared else None,
                )
            agreements.append(
                Agreement(
                    parties=parties,
                    type=rng.choices(TYPES, TYPE_WEIGHTS)[0],
                    signed=_date(rng) if rng.random() < 0.85 else None,
                    fields=rng.sample(fields, rng.choices((0, 1, 2, 3), (35, 40, 18, 7))[0]),
                    exchanges=rng.sample(
                        ["student", "staff", "researcher"], rng.choice((0, 0, 1, 2))
                    ),
                    evidence=f"{parties[0]} signed an agreement with {parties[1]} (synthetic {n}).",
                )
            )
        yield ArticleFacts(
            article=f"synthetic-{n:06d}.txt",
            id=f"{n:016x}",
            published=_date(rng)[:10],
            title=f"Synthetic article {n}",
            url=f"https://news.example.org/{n}",
            institutions=list(declared.values()),
            agreements=agreements,
        )


# -- timing -----------------------------------------------------------------
class Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise Timeout


def timed(fn, runs: int = 3, timeout: float | None = None, once_after: float = 20.0):
    """(median seconds, result, note) of `runs` calls of `fn`; None seconds on timeout."""
    times, result = [], None
    for _ in range(runs):
        if timeout:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, timeout)
        started = time.perf_counter()
        try:
            result = fn()
        except Timeout:
            return None, None, f"> {timeout:.0f} s"
        finally:
            if timeout:
                signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - started)
        if times[-1] > once_after:
            break
    note = "" if len(times) == runs else f"{len(times)} run"
    return statistics.median(times), result, note


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def load_average() -> str:
    return "load average " + ", ".join(f"{x:.2f}" for x in os.getloadavg())


def rss_gb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1e6
    return 0.0


def rdflib_text(name: str, args: dict[str, str]) -> str:
    """The SPARQL rdflib runs: the named query with arguments bound as
    kg.query binds them, and the prefixes kg.store adds for pyoxigraph."""
    sparql, _ = load_query(name)
    bound = bind_arguments(sparql, args)
    declared = {
        line.split()[1].rstrip(":") for line in bound.splitlines() if line.startswith("PREFIX")
    }
    head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    return head + bound


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--institutions", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=5_000, help="articles through load_facts")
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument("--rdflib-timeout", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--store", help="reuse an on-disk store built by an earlier run with the same seed (kept)"
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="kg-queries-"))
    print(f"{os.cpu_count()} cores, python {sys.version.split()[0]}, pyoxigraph {ox.__version__}")
    try:
        institutions = make_institutions(args.institutions, rng)
        print(f"{len(institutions)} institutions")

        # 1. the real path on a sample
        if args.sample:
            from kg.api import KnowledgeGraph

            sample = list(make_articles(args.sample, institutions, random.Random(args.seed + 1)))
            started = time.perf_counter()
            with KnowledgeGraph(work / "sample-store", identities=work / "ids.json") as graph:
                report = graph.load_facts(sample, origin="extracted")
            seconds = time.perf_counter() - started
            print(
                f"load_facts sample: {len(report.loaded)} articles in {seconds:.1f} s "
                f"= {len(report.loaded) / seconds:.0f} articles/s ({load_average()})"
            )
            shutil.rmtree(work / "sample-store")

        # 2. the full store, fast
        started = time.perf_counter()
        store_dir = Path(args.store) if args.store else work / "store"
        build = not (store_dir / "CURRENT").exists()
        oxs = ox.Store(str(store_dir))
        quads = rdf.ontology_quads() + rdf.institution_quads(institutions)
        n_quads = len(quads)
        if build:
            oxs.bulk_extend(quads)
        chunk = 10_000
        for begin in range(0, args.articles if build else 0, chunk):
            batch = []
            for facts in make_articles(min(chunk, args.articles - begin), institutions, rng, begin):
                batch.extend(rdf.article_quads(facts, origin="extracted", institution_key=str))
            oxs.bulk_extend(batch)
            n_quads += len(batch)
        oxs.optimize()
        oxs.flush()
        build_s = time.perf_counter() - started
        del oxs
        if build:
            print(f"built {n_quads} quads in {build_s:.1f} s ({load_average()})")

        with open_store(store_dir, read_only=True) as store:
            started = time.perf_counter()
            triples = store.triple_count()
            print(f"{triples} distinct triples (counted in {time.perf_counter() - started:.1f} s)")
            top = run(store, "most-connected").rows
            hub, hub2 = top[0]["institution"], top[1]["institution"]
            small = next(r["institution"] for r in top[len(top) // 2 :] if 3 <= r["partners"] <= 10)
            print(f"hub {hub!r}: {top[0]['partners']} partners; small {small!r}")
            names = {"hub": hub, "hub2": hub2, "small": small}
            plan = [
                (label, q, {k: v.format(**names) for k, v in a.items()}) for label, q, a in QUERIES
            ]
            ox_times = {}
            for label, name, qargs in plan:
                seconds, result, _ = timed(lambda n=name, a=qargs: run(store, n, a))
                ox_times[label] = (seconds, len(result.rows))
                print(f"oxigraph  {label:40s} {_fmt(seconds):>10s}  {len(result.rows)} rows")
            print(load_average())
            nt = work / "union.nt"
            with nt.open("wb") as out:
                store._ox.query(
                    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
                ).serialize(out, format=ox.RdfFormat.N_TRIPLES)

        # 3. the whole CLI command on a small store
        small_store = work / "small-store"
        small_facts = list(make_articles(200, institutions[:300], random.Random(3)))
        from kg.api import KnowledgeGraph

        with KnowledgeGraph(small_store, identities=work / "ids.json") as graph:
            graph.load_facts(small_facts, origin="extracted")
            name = run(graph.store, "most-connected").rows[0]["institution"]
        kg = Path(sys.executable).parent / "kg"
        cmd = [str(kg), "query", "partners", "--store", str(small_store), "--arg", f"name={name}"]
        seconds, proc, _ = timed(lambda: subprocess.run(cmd, capture_output=True, check=True))
        print(f"CLI `kg query partners` on a 200-article store: {_fmt(seconds)}")

        # 4. rdflib Memory
        if not args.skip_rdflib:
            import rdflib

            graph = rdflib.Graph()
            started = time.perf_counter()
            graph.parse(str(nt), format="nt")
            load_s = time.perf_counter() - started
            print(
                f"rdflib load {len(graph)} triples in {load_s:.1f} s, RSS {rss_gb():.1f} GB ({load_average()})"
            )
            for label, name, qargs in plan:
                text = rdflib_text(name, qargs)
                seconds, result, note = timed(
                    lambda t=text: list(graph.query(t)), timeout=args.rdflib_timeout
                )
                ox_s, rows = ox_times[label]
                ratio = f"{seconds / ox_s:.0f}x" if seconds else "-"
                print(
                    f"rdflib    {label:40s} {_fmt(seconds) if seconds else note:>10s}  "
                    f"{len(result) if result is not None else '?'} rows (oxigraph {rows}) {ratio} {note}"
                )
            print(load_average())
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

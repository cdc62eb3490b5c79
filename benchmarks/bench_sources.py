"""Reader benchmark: publication-date accuracy, main-body coverage and speed.

usage: python benchmarks/bench_sources.py [DEV_DIR]   (default ../shared/eval/dev)

1. `published` accuracy as `score.py` computes it, from predictions that
   carry only article + published (empty institution and agreement lists);
2. main-body coverage of the HTML articles: every gold evidence sentence must
   appear in the extracted text, and no sidebar or footer link text may;
3. reader throughput on the .txt files and per-page time on the .html files
   (best of several rounds, one core).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.sources import _date_line, read_file, read_paths

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEV = ROOT.parent / "shared" / "eval" / "dev"


def published_accuracy(dev: Path) -> str:
    predictions = [
        {"article": a.source, "published": a.published, "institutions": [], "agreements": []}
        for a in read_paths(sorted(dev.glob("*.txt")) + sorted(dev.glob("*.html")))
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(predictions, handle)
    scored = subprocess.run(
        [sys.executable, str(dev.parent / "score.py"), str(dev), handle.name, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(handle.name).unlink()
    result = json.loads(scored.stdout)
    print(f"articles read: {len(predictions)}")
    tp, _, fn = result["published"]["tp_fp_fn"]
    return f"{result['published']['recall']:.3f} ({tp}/{tp + fn} dated articles)"


def html_coverage(dev: Path) -> list[str]:
    """Problems with the main body of the HTML articles (empty list: none)."""
    import lxml.html

    problems = []
    for page in sorted(dev.glob("*.html")):
        (article,) = read_file(page)
        gold = json.loads(page.with_suffix(".gold.json").read_text())
        for agreement in gold["agreements"]:
            if agreement["evidence"] not in article.text:
                problems.append(f"{page.name}: evidence missing: {agreement['evidence'][:70]}")
        tree = lxml.html.document_fromstring(page.read_text())
        for furniture in tree.xpath("//aside|//footer|//nav"):
            for link in furniture.iter("a"):
                words = " ".join(link.text_content().split())
                if len(words) > 30 and words in article.text:
                    problems.append(f"{page.name}: furniture kept: {words[:70]}")
    return problems


def throughput(files: list[Path], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        _date_line.cache_clear()  # each round reads the files as if for the first time
        start = time.perf_counter()
        for file in files:
            read_file(file)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DEV
    print(f"published accuracy (score.py): {published_accuracy(dev)}")
    problems = html_coverage(dev)
    print(f"HTML main-body problems: {len(problems)}")
    for problem in problems:
        print("  " + problem)
    texts = sorted(dev.glob("*.txt"))
    pages = sorted(dev.glob("*.html"))
    seconds = throughput(texts)
    print(
        f".txt: {len(texts)} files in {seconds * 1000:.1f} ms = {len(texts) / seconds:,.0f} articles/s"
    )
    seconds = throughput(pages)
    print(
        f".html: {len(pages)} pages in {seconds * 1000:.1f} ms = {seconds / len(pages) * 1000:.1f} ms/page"
    )


if __name__ == "__main__":
    main()

"""Resolution at scale, and what it merges on the dev set.

1. 100,000 synthetic mentions (20,000 institutions, names in several
   shapes, acronyms shared across countries, generic unit names) through
   `kg.resolve.resolve` (bar: under 10 s).
2. The whole dev set (../shared/eval/dev) ingested into one store: how many
   canonical institutions it yields and every merge of different names.

    python benchmarks/resolve.py [--mentions 100000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.model import Mention
from kg.resolve import resolve

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev"
HEADS = [
    "University of {}",
    "{} University",
    "{} Institute of Technology",
    "{} University Hospital",
    "{} Medical College",
]
KINDS = ["university", "university", "university", "hospital", "university"]
COUNTRIES = [
    "CN",
    "JP",
    "KR",
    "DE",
    "FR",
    "US",
    "GB",
    "MY",
    "AU",
    "BR",
    "IN",
    "NO",
    "HK",
    "MO",
    "TW",
]


def synthetic_mentions(n: int, seed: int = 7) -> list[Mention]:
    rng = random.Random(seed)
    syllables = [
        "ka",
        "lo",
        "mi",
        "ra",
        "to",
        "zen",
        "bor",
        "vik",
        "sal",
        "dun",
        "mer",
        "tal",
        "qui",
        "ost",
        "han",
    ]
    institutions = []
    for i in range(n // 5):
        place = "".join(rng.choice(syllables) for _ in range(3)).title() + (
            f" {i}" if i % 7 == 0 else ""
        )
        shape = i % len(HEADS)
        name = HEADS[shape].format(place)
        acronym = "".join(w[0] for w in name.split() if w[0].isupper())[:4]
        institutions.append((name, acronym, KINDS[shape], COUNTRIES[i % len(COUNTRIES)]))
    mentions = []
    for k in range(n):
        article = f"https://example.org/article/{k // 5}"
        name, acronym, kind, country = institutions[rng.randrange(len(institutions))]
        roll = rng.random()
        if roll < 0.6:
            mentions.append(Mention(article, f"{article}#{k}", name, (acronym,), kind, country))
        elif roll < 0.75:
            mentions.append(Mention(article, f"{article}#{k}", "The " + name, (), kind, None))
        elif roll < 0.9:
            mentions.append(
                Mention(
                    article, f"{article}#{k}", acronym, (), kind, country if roll < 0.85 else None
                )
            )
        else:
            parent = f"{article}#{k}p"
            mentions.append(Mention(article, parent, name, (), kind, country))
            mentions.append(
                Mention(
                    article,
                    f"{article}#{k}",
                    "Faculty of Medicine",
                    (),
                    "academic_unit",
                    country,
                    parent,
                )
            )
    return mentions[:n]


def dev_merges() -> None:
    from kg.api import KnowledgeGraph

    with (
        tempfile.TemporaryDirectory() as work,
        KnowledgeGraph(Path(work) / "store", identities=Path(work) / "ids.json") as graph,
    ):
        graph.ingest([p for p in sorted(DEV.iterdir()) if p.suffix in (".txt", ".html")])
        result = graph.resolution()
    mentions = sum(len(i.mentions) for i in result.institutions)
    print(f"\ndev set: {mentions} mentions -> {len(result.institutions)} canonical institutions")
    merged = [
        i
        for i in result.institutions
        if len({m.name for m in i.mentions}) > 1 or len({m.article for m in i.mentions}) > 1
    ]
    print(
        f"{len(merged)} institutions named in more than one article or under more than one name:\n"
    )
    print("| institution | names used | articles |")
    print("| --- | --- | --- |")
    for inst in sorted(merged, key=lambda i: i.pref_label.lower()):
        names = sorted({m.name for m in inst.mentions})
        articles = len({m.article for m in inst.mentions})
        print(f"| {inst.pref_label} | {'; '.join(names)} | {articles} |")
    for warning in result.warnings:
        print(f"warning: {warning}")
    for refused in result.refused:
        print(f"refused: {refused}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--no-dev", action="store_true")
    args = parser.parse_args()
    mentions = synthetic_mentions(args.mentions)
    started = time.perf_counter()
    result = resolve(mentions)
    seconds = time.perf_counter() - started
    print(
        f"{len(mentions):,} mentions -> {len(result.institutions):,} institutions in {seconds:.2f} s "
        f"({len(result.warnings)} ambiguous short names kept apart)"
    )
    if not args.no_dev:
        dev_merges()


if __name__ == "__main__":
    main()

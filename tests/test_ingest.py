"""`kg ingest`: articles in, store out; corrected review files survive later ingests."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from kg.cli import main
from kg.sources import read_paths
from tests.conftest import REPO


def kg(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def stats(store) -> dict:
    return json.loads(kg("stats", "--format", "json", "--store", store).output)


def test_ingest_review_correct_and_reingest(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_IDENTITIES", str(tmp_path / "identities.json"))
    articles = tmp_path / "articles"
    shutil.copytree(REPO / "data" / "articles", articles)
    (articles / "broken.html").write_bytes(b"\x00\x01\x02binary")
    store, review = tmp_path / "store", tmp_path / "review.json"

    result = kg("ingest", articles, "--store", store, "--review", review)
    assert result.exit_code == 0, result.output
    assert "broken.html" in result.output and "Warning:" in result.output
    n_articles = len(list(read_paths([REPO / "data" / "articles"])))
    summary = [ln for ln in result.output.splitlines() if "articles read" in ln][0]
    assert summary.startswith(f"{n_articles} articles read, 1 skipped")
    assert stats(store)["articles"] == n_articles

    # a person corrects one agreement's type and loads the review file back
    facts = json.loads(review.read_text(encoding="utf-8"))
    target = next(f for f in facts if f["agreements"] and "002_" in f["article"])
    target["agreements"][0]["type"] = "framework"
    target["agreements"][0]["signed"] = "2025-01-20"
    review.write_text(json.dumps(facts), encoding="utf-8")
    assert kg("load", review, "--store", store).exit_code == 0
    assert stats(store)["articles"] == n_articles  # replaced, not added

    # ingesting the same articles again keeps the correction
    again = kg("ingest", articles, "--store", store)
    assert f"{n_articles} kept as reviewed" in again.output
    rows = json.loads(
        kg(
            "query",
            "agreements",
            "--arg",
            "since=2025-01-20",
            "--arg",
            "until=2025-01-20",
            "--format",
            "json",
            "--store",
            store,
        ).output
    )
    assert [(r["type"], r["article"]) for r in rows] == [("framework", target["article"])]


def test_hand_reviewed_seeds_replace_ingested_seeds(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_IDENTITIES", str(tmp_path / "identities.json"))
    store = tmp_path / "store"
    assert kg("ingest", REPO / "data" / "articles", "--store", store).exit_code == 0
    before = stats(store)["articles"]
    assert kg("load", REPO / "data" / "seeds.review.json", "--store", store).exit_code == 0
    assert stats(store)["articles"] == before
    partners = json.loads(
        kg("query", "partners", "--arg", "name=PolyU", "--format", "json", "--store", store).output
    )
    assert {"Peking University Health Science Center", "Peking University Third Hospital"} <= {
        p["partner"] for p in partners
    }


def test_nothing_readable_is_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = kg("ingest", empty, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith("Error: no readable article in")


def test_python_api_network_and_map(tmp_path, monkeypatch):
    from kg.api import KnowledgeGraph

    monkeypatch.setenv("KG_IDENTITIES", str(tmp_path / "identities.json"))
    with KnowledgeGraph(tmp_path / "store") as graph:
        graph.load(REPO / "data" / "seeds.review.json")
        network = graph.network(type="mou")
        labels = sorted(network.nodes[n]["label"] for n in network)
        assert labels == [
            "Kaohsiung Medical University",
            "Kumamoto University",
            "Peking University Health Science Center",
            "Peking University Third Hospital",
            "The Hong Kong Polytechnic University",
        ]
        page = graph.map(tmp_path / "map.html", around="PolyU", depth=1)
    html = page.read_text(encoding="utf-8")
    assert "Peking University Third Hospital" in html and "Kumamoto University" not in html

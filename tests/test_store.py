"""The store: idempotent loads, article replacement, persistence, one
transaction per article, file stores, and a store held by another process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from kg.api import KnowledgeGraph
from kg.errors import StoreError
from kg.store import open_store


def counts(location):
    with KnowledgeGraph(location, read_only=True) as graph:
        stats = graph.stats()
    return stats["triples"], stats["articles"], stats["agreements"], stats["institutions"]


def test_loading_the_same_file_twice_changes_nothing(loaded_store, small_review):
    before = counts(loaded_store)
    with KnowledgeGraph(loaded_store) as graph:
        report = graph.load(small_review)
    assert report.loaded == [] and len(report.unchanged) == 3
    assert counts(loaded_store) == before
    assert before[1:] == (3, 4, 5)  # articles, agreements, institutions (+ the unit)


def test_store_persists_across_reopen(loaded_store):
    first = counts(loaded_store)
    with KnowledgeGraph(loaded_store, read_only=True) as graph:
        rows = graph.query("partners", name="Southport Medical College").rows
    assert [r["partner"] for r in rows] == ["University of Northvale"]
    assert counts(loaded_store) == first


def test_corrected_article_replaces_the_old_one(loaded_store, small_review, small_articles):
    corrected = [a for a in small_articles if a["article"] == "gamma.txt"]
    corrected[0]["agreements"][0]["type"] = "mou"
    corrected[0]["agreements"][0]["signed"] = "2022-06"
    path = small_review.with_name("gamma.review.json")
    path.write_text(json.dumps(corrected), encoding="utf-8")
    with KnowledgeGraph(loaded_store) as graph:
        report = graph.load(path)
        assert report.loaded == ["gamma.txt"]
        rows = graph.query("agreements", institution="SMC").rows
    assert [(r["type"], r["signed"]) for r in rows] == [("mou", "2022-06")]
    assert counts(loaded_store)[2] == 4  # still four agreements, not five


def test_one_bad_article_is_reported_and_the_others_load(tmp_path, small_articles):
    small_articles[1]["agreements"][0]["signed"] = "2025-02-30"
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(small_articles), encoding="utf-8")
    with KnowledgeGraph(tmp_path / "store") as graph:
        report = graph.load(path)
        assert report.loaded == ["alpha.txt", "gamma.txt"]
        assert [str(e) for e in report.errors] == [
            f"{path}: article beta.txt: agreement 1: signed '2025-02-30' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"
        ]
        assert graph.query("agreements", institution="Northvale University Hospital").rows == []


def test_removing_an_article_removes_its_agreements_and_orphan_institutions(loaded_store):
    with KnowledgeGraph(loaded_store) as graph:
        assert graph.remove_article("beta.txt")
        assert not graph.remove_article("beta.txt")
        labels = {r["institution"] for r in graph.query("most-connected").rows}
    assert labels == {
        "University of Northvale",
        "Eastbrook Institute of Technology",
        "Southport Medical College",
    }


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".trig", ".jsonld"])
def test_file_store_roundtrip(tmp_path, small_review, suffix):
    location = tmp_path / f"graph{suffix}"
    with KnowledgeGraph(location) as graph:
        graph.load(small_review)
        expected = graph.query("partners", name="UNV").rows
    assert location.stat().st_size > 0
    with KnowledgeGraph(location, read_only=True) as graph:
        assert graph.query("partners", name="UNV").rows == expected


def test_a_failed_write_leaves_a_file_store_untouched(tmp_path, small_review):
    location = tmp_path / "graph.trig"
    with KnowledgeGraph(location) as graph:
        graph.load(small_review)
    before = location.read_bytes()
    with pytest.raises(RuntimeError), KnowledgeGraph(location) as graph:
        graph.remove_article("alpha.txt")
        raise RuntimeError("interrupted")
    assert location.read_bytes() == before


def test_store_in_use_by_another_process(tmp_path):
    location = tmp_path / "store"
    open_store(location).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from kg.store import open_store
            s = open_store({str(location)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(location)
        with open_store(location, read_only=True) as reader:  # readers still can
            assert reader.graph_names() == []
    finally:
        holder.communicate("\n", timeout=30)


def test_missing_store_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "nothing", read_only=True)


def test_export_trig_parses_back_to_the_same_triples(loaded_store, tmp_path):
    import rdflib

    with KnowledgeGraph(loaded_store, read_only=True) as graph:
        data = graph.export("trig")
        triples = graph.store.triple_count()
    dataset = rdflib.Dataset()
    dataset.parse(data=data.decode("utf-8"), format="trig")
    distinct = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    assert len(distinct) == triples

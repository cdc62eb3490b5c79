"""Shared fixtures: a small review file of invented articles and stores
loaded from it (on disk, and as an RDF file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def small_review(tmp_path) -> Path:
    """A copy of tests/data/small.review.json the test may change."""
    path = tmp_path / "small.review.json"
    path.write_text((DATA / "small.review.json").read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def small_articles() -> list[dict]:
    return json.loads((DATA / "small.review.json").read_text(encoding="utf-8"))


@pytest.fixture(params=["disk", "trig"])
def loaded_store(request, tmp_path, small_review) -> str:
    """The location of a store holding the small review file: an on-disk
    Oxigraph store, and a TriG file store (the same tests run on both)."""
    from kg.api import KnowledgeGraph

    location = str(tmp_path / ("store" if request.param == "disk" else "graph.trig"))
    with KnowledgeGraph(location) as graph:
        report = graph.load(small_review)
    assert report.ok and len(report.loaded) == 3
    return location


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path

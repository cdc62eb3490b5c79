"""Shared fixtures: a small review file of invented articles and stores
loaded from it (on disk, as an RDF file, and in a real Oxigraph server)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory) -> str:
    """The URL of a real Oxigraph server (the `oxigraph` package's binary) on a
    free loopback port, with its data in a temporary folder; one per test module."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if binary is None:
        pytest.skip("no oxigraph server binary (pip install oxigraph, the test extra)")
    port = _free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    server = subprocess.Popen(
        [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/query", timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph server did not start on port {port}") from None
                time.sleep(0.05)
        yield url
    finally:
        server.kill()
        server.wait(timeout=30)


def clear_server(url: str) -> None:
    """Empty the server's dataset, so each test starts from nothing."""
    request = urllib.request.Request(
        f"{url}/update",
        data=b"DROP ALL",
        headers={"Content-Type": "application/sparql-update"},
        method="POST",
    )
    urllib.request.urlopen(request, timeout=30).close()


@pytest.fixture(params=["disk", "trig", "remote"])
def loaded_store(request, tmp_path, small_review) -> str:
    """The location of a store holding the small review file: an on-disk
    Oxigraph store, a TriG file store and an Oxigraph server (the same tests
    run on all three)."""
    from kg.api import KnowledgeGraph

    if request.param == "remote":
        location = request.getfixturevalue("oxigraph_server")
        clear_server(location)
    else:
        location = str(tmp_path / ("store" if request.param == "disk" else "graph.trig"))
    with KnowledgeGraph(location) as graph:
        report = graph.load(small_review)
    assert report.ok and len(report.loaded) == 3
    return location


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


#: publication date of the invented articles of the extraction tests (a Wednesday)
PUBLISHED = "2024-06-12"


@pytest.fixture(scope="module")
def extractor():
    """One extractor for a test module (building it loads the lexicon)."""
    from kg.extract import Extractor

    return Extractor()


def run(extractor, body: str, published: str | None = PUBLISHED):
    """Extract from an invented article made of `body` under a headline."""
    from kg.model import Article, content_id

    text = "Campus news\n\n" + body + "\n"
    article = Article(id=content_id(text), source="t.txt", text=text, published=published)
    return extractor.extract(article)

"""`kg extract`: read articles, print the review file (or a table); warnings
on stderr, exit code 1 only when nothing could be read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.sources import read_file

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "data" / "articles"
KESTREL = ARTICLES / "007_kestrel_um_mou.txt"

ARTICLE_KEYS = {"article", "id", "published", "title", "institutions", "agreements"}
AGREEMENT_KEYS = {"parties", "type", "signed", "fields", "exchanges", "evidence"}


def run(*args: str):
    return CliRunner().invoke(main, ["extract", *args])


@pytest.fixture
def folder(tmp_path) -> Path:
    """Two sample articles and a JSONL file with one broken line."""
    shutil.copy(KESTREL, tmp_path / KESTREL.name)
    shutil.copy(ARTICLES / "006_meridian_puth_joint_lab.md", tmp_path / "b.md")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": KESTREL.read_text(encoding="utf-8"), "url": "https://x.example/1"})
        + "\n{broken\n",
        encoding="utf-8",
    )
    return tmp_path


def test_json_is_the_review_file_of_every_article(folder):
    result = run(str(folder))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [item["article"] for item in data] == ["007_kestrel_um_mou.txt", "b.md", "c.jsonl#1"]
    first = data[0]
    assert set(first) == ARTICLE_KEYS
    assert first["id"] == read_file(KESTREL)[0].id
    assert first["published"] == "2025-09-09"
    assert first["title"] == (
        "Kestrel Bay University Hospital and University of Macau sign MoU on clinical training"
    )
    assert data[2]["url"] == "https://x.example/1"
    assert data[2]["published"] == "2025-09-09"  # from the record's dateline
    # the sample says plainly that the hospital and UM signed an MoU
    (agreement,) = [a for a in first["agreements"] if a["type"] == "mou"]
    assert set(agreement) == AGREEMENT_KEYS
    assert agreement["signed"] == "2025-09-08"
    names = {n for inst in first["institutions"] for n in [inst["name"], *inst["aliases"]]}
    assert set(agreement["parties"]) <= names
    assert result.stderr == f"Warning: {folder / 'c.jsonl'}:2: not a JSON object " + (
        "(Expecting property name enclosed in double quotes); skipped\n"
    )


def test_jsonl_prints_one_article_object_a_line(folder):
    result = run(str(folder / "b.md"), str(KESTREL), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(line)["article"] for line in lines] == ["b.md", "007_kestrel_um_mou.txt"]
    assert all(set(json.loads(line)) >= ARTICLE_KEYS - {"title"} for line in lines)


def test_explain_adds_span_and_rule_pointing_at_the_evidence():
    result = run(str(KESTREL), "--explain")
    assert result.exit_code == 0
    (article,) = json.loads(result.stdout)
    text = read_file(KESTREL)[0].text
    assert article["agreements"]
    for agreement in article["agreements"]:
        assert set(agreement) == AGREEMENT_KEYS | {"span", "rule"}
        start, end = agreement["span"]
        assert text[start:end] == agreement["evidence"]
        assert isinstance(agreement["rule"], str) and agreement["rule"]
    plain = json.loads(run(str(KESTREL)).stdout)
    assert all("span" not in a and "rule" not in a for a in plain[0]["agreements"])


def test_table_has_one_row_per_agreement_under_a_header():
    result = run(str(KESTREL), "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "article" in line)
    for column in ("article", "published", "type", "parties", "signed", "fields", "exchanges"):
        assert column in header
    rows = [line for line in lines if "007_kestrel_um_mou.txt" in line]
    assert len(rows) == len(json.loads(run(str(KESTREL)).stdout)[0]["agreements"])
    assert any("mou" in row and "2025-09-08" in row and "2025-09-09" in row for row in rows)


def test_table_shows_an_article_without_agreements(tmp_path):
    path = tmp_path / "quiet.txt"
    path.write_text("Campus news\n\n3 March 2025\n\nThe library opens late on Fridays.\n")
    result = run(str(path), "--format", "table")
    assert result.exit_code == 0
    (row,) = [line for line in result.stdout.splitlines() if "quiet.txt" in line]
    assert "2025-03-03" in row and "(no agreement)" in row


def test_output_file_gets_the_json_and_stdout_stays_empty(tmp_path):
    out = tmp_path / "review.json"
    result = run(str(KESTREL), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == f"wrote 1 article to {out}\n"
    assert [a["article"] for a in json.loads(out.read_text(encoding="utf-8"))] == [KESTREL.name]


def test_nothing_readable_is_exit_1_with_warnings_and_one_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(str(empty), str(tmp_path / "missing.html"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"Warning: {empty}: empty file; skipped",
        f"Warning: {tmp_path / 'missing.html'}: no such file or folder",
        f"Error: no readable article in {empty}, {tmp_path / 'missing.html'}",
    ]


def test_help_describes_the_command():
    result = CliRunner().invoke(main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "--format [json|jsonl|table]" in result.stdout
    assert "--explain" in result.stdout and "--output" in result.stdout

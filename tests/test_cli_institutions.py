"""Institutions from the command line: listing, cards, explanations, and
identity pins that survive a full re-ingest."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import DATA, REPO

SEEDS = REPO / "data" / "articles"


def kg(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def traps(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_IDENTITIES", str(tmp_path / "identities.json"))
    store = tmp_path / "store"
    assert kg("load", DATA / "traps.review.json", "--store", store).exit_code == 0
    return store


def test_institutions_filtered_by_country_and_kind(traps):
    rows = json.loads(
        kg("institutions", "--country", "MO", "--format", "json", "--store", traps).output
    )
    assert [(r["name"], r["kind"], r["parent"], r["partners"], r["agreements"]) for r in rows] == [
        ("Macao Union Medical Center", "hospital", None, 2, 3),
        ("University of Macau", "university", None, 2, 3),
        ("Faculty of Medicine", "academic_unit", "University of Macau", 1, 1),
        ("Kiang Wu Hospital", "hospital", None, 1, 1),
    ]
    rows = json.loads(
        kg("institutions", "--kind", "government", "--format", "json", "--store", traps).output
    )
    assert sorted((r["name"], r["country"]) for r in rows) == [
        ("Ministry of Education", "CN"),
        ("Ministry of Education", "MY"),
    ]


def test_unknown_kind_is_a_clear_error(traps):
    result = kg("institutions", "--kind", "castle", "--store", traps)
    assert result.exit_code == 2 and "'castle' is not one of university" in result.output


def test_show_prints_the_card(traps):
    out = kg("show", "polyu", "--store", traps).output
    lines = out.splitlines()
    assert lines[0] == "The Hong Kong Polytechnic University  (university, HK)"
    assert "  also     Hong Kong Polytechnic University; PolyU" in lines
    assert "Partners (3)" in lines
    assert "  Tsinghua University (CN): 1 agreement" in lines
    assert '      "PolyU and Tsinghua University signed an agreement."' in lines


def test_show_ambiguous_and_unknown(traps):
    result = kg("show", "UM", "--store", traps)
    assert result.exit_code == 1
    assert (
        "Error: 'UM' names 3 institutions: UM (?); Universiti Malaya (MY); University of Macau (MO); use the full name"
        in result.output
    )
    result = kg("show", "Atlantis University", "--store", traps)
    assert (
        result.output.strip() == "Error: no institution called 'Atlantis University' in the store"
    )


def test_resolve_explain(traps):
    out = kg("resolve", "--explain", "Hong Kong Metropolitan University", "--store", traps).output
    assert out.splitlines() == [
        "Hong Kong Metropolitan University (university, HK)",
        "  names: HKMU; OUHK; The Open University of Hong Kong",
        "  mentioned in 2 article(s)",
        "  - 'Hong Kong Metropolitan University' named in 1 article",
        "  - 'The Open University of Hong Kong' named in 1 article",
        "  - 'The Open University of Hong Kong' is another name of 'Hong Kong Metropolitan University' in article trap000000000011",
    ]


def test_merge_split_rename_commands(traps, tmp_path):
    ids_file = tmp_path / "identities.json"
    out = kg(
        "merge",
        "Trinity College",
        "University of Washington",
        "--store",
        traps,
        "--identities",
        ids_file,
    )
    assert out.exit_code == 0, out.output
    assert json.loads(ids_file.read_text())["merge"] == [
        ["Trinity College", "University of Washington"]
    ]
    out = kg(
        "rename",
        "University of Washington",
        "UW Seattle",
        "--store",
        traps,
        "--identities",
        ids_file,
    ).output
    assert out == f"'University of Washington' is now called 'UW Seattle' (pinned in {ids_file})\n"
    names = {
        r["name"]
        for r in json.loads(kg("institutions", "--format", "json", "--store", traps).output)
    }
    assert "UW Seattle" in names and "University of Washington" not in names
    out = kg("split", "PolyU", "--store", traps, "--identities", ids_file).output
    assert out.startswith("'PolyU' split off; it now names 2 institution(s)")
    result = kg("merge", "Atlantis University", "PolyU", "--store", traps, "--identities", ids_file)
    assert result.exit_code == 1 and "no institution called 'Atlantis University'" in result.output


def test_seed_articles_ingest_to_one_polyu_and_pins_survive_reingest(tmp_path, monkeypatch):
    ids_file = tmp_path / "identities.json"
    monkeypatch.setenv("KG_IDENTITIES", str(ids_file))
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(SEEDS.glob("00[12]_*.txt")):
        shutil.copy(path, articles / path.name)
    store = tmp_path / "store"
    assert kg("ingest", articles, "--store", store).exit_code == 0
    rows = json.loads(kg("institutions", "--format", "json", "--store", store).output)
    polyu = [r for r in rows if "PolyU" in (r["aliases"] or "").split("; ")]
    assert len(polyu) == 1, rows
    assert polyu[0]["name"] in (
        "The Hong Kong Polytechnic University",
        "Hong Kong Polytechnic University",
    )
    partners = json.loads(
        kg("query", "partners", "--arg", "name=PolyU", "--format", "json", "--store", store).output
    )
    assert sorted(p["partner"] for p in partners) == [
        "Peking University Health Science Center",
        "Peking University Third Hospital",
    ]

    assert kg("rename", "PolyU", "PolyU (Hung Hom)", "--store", store).exit_code == 0
    shutil.rmtree(store)
    assert kg("ingest", articles, "--store", store).exit_code == 0
    card = kg("show", "PolyU", "--store", store).output
    assert card.splitlines()[0].startswith("PolyU (Hung Hom)  (university")

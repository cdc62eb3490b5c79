"""Whole invented articles in the styles the extractor must read (university
newsrooms of several regions, a ministry statement with numbered
paragraphs, hospital news, investor news, a newsletter of unrelated items,
a key-facts box, a bulleted list of signatories, agreements told across
sentences, renewals, past agreements, hard negatives), scored with the
shared scorer against hand-written gold files in tests/data/extract_articles.

The corpus scores guard against regressions; the unit tests below pin each
article-level rule with exact parties."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.model import Article, content_id
from kg.review import dump_review
from kg.sources import read_file

CORPUS = Path(__file__).parent / "data" / "extract_articles"
#: 48 articles of many countries written by people who did not see the extractor
WORLD = Path(__file__).parent / "data" / "extract_world"
#: 1,184 more such articles, written later by sixty-six other writers (see its README)
FRESH = Path(__file__).parent / "data" / "extract_fresh"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def score_folder(extractor: Extractor, folder: Path, tmp: Path) -> dict:
    """The shared scorer's measures for the extractor on a folder of
    articles and gold files."""
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER}")
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    facts = [extractor.extract(a) for p in paths for a in read_file(p)]
    preds = tmp / "preds.json"
    preds.write_text(dump_review(facts), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(folder), str(preds), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def corpus_scores(extractor: Extractor, tmp_path_factory) -> dict:
    return score_folder(extractor, CORPUS, tmp_path_factory.mktemp("preds"))


@pytest.fixture(scope="module")
def world_scores(extractor: Extractor, tmp_path_factory) -> dict:
    return score_folder(extractor, WORLD, tmp_path_factory.mktemp("world"))


def test_world_corpus_floors(world_scores: dict):
    """Floors a little under the scores measured when the rules were last
    changed (agreements 0.90, pairs 0.95, institutions 0.93): a rule that
    breaks a style of article these writers used shows here."""
    assert world_scores["articles_with_output"] == world_scores["articles"] == 48
    assert world_scores["agreements"]["f1"] >= 0.88
    assert world_scores["partner_pairs"]["f1"] >= 0.93
    assert world_scores["institutions"]["f1"] >= 0.91


@pytest.fixture(scope="module")
def fresh_scores(extractor: Extractor, tmp_path_factory) -> dict:
    return score_folder(extractor, FRESH, tmp_path_factory.mktemp("fresh"))


def test_fresh_corpus_floors(fresh_scores: dict):
    """Floors a little under the scores measured when the rules were last
    changed (2,656 articles: agreements 0.856, pairs 0.889, institutions 0.941;
    first sight of its sets was 0.43-0.94 / 0.31-0.98, see its README):
    consortia in prose and tables, names of many languages, signatories by
    person and parties by description show here."""
    assert fresh_scores["articles_with_output"] == fresh_scores["articles"] == 2656
    assert fresh_scores["agreements"]["f1"] >= 0.84
    assert fresh_scores["partner_pairs"]["f1"] >= 0.88
    assert fresh_scores["institutions"]["f1"] >= 0.92


def test_corpus_has_an_article_per_gold_file():
    texts = {p.stem for p in CORPUS.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") for p in CORPUS.glob("*.gold.json")}
    assert texts == golds and len(texts) >= 20


def test_corpus_agreements_f1(corpus_scores: dict):
    assert corpus_scores["articles_with_output"] == corpus_scores["articles"]
    assert corpus_scores["agreements"]["f1"] >= 0.95
    assert corpus_scores["agreements"]["precision"] == 1.0


def test_corpus_partner_pairs_f1(corpus_scores: dict):
    assert corpus_scores["partner_pairs"]["f1"] >= 0.98


def found(extractor: Extractor, text: str, published: str = "2024-06-12"):
    article = Article(id=content_id(text), source="t.txt", text=text, published=published)
    facts = extractor.extract(article)
    return sorted((sorted(a.parties), a.type) for a in facts.agreements)


def test_numbered_group_takes_the_key_facts_line(extractor: Extractor):
    text = (
        "Alliance founded\n\nPartners: Alder University; Birchwood Institute of Technology; Cedar University\n\n"
        "The three institutions signed the agreement in Oslo on Monday.\n"
    )
    assert found(extractor, text) == [
        (["Alder University", "Birchwood Institute of Technology", "Cedar University"], "framework")
    ]


def test_numbered_group_takes_a_bulleted_run(extractor: Extractor):
    text = (
        "Network formed\n\nMembers of the new network:\n\n- Alder University\n- Dunmore Hospital\n"
        "- Elm Research Institute\n\nThe three partners signed a memorandum of understanding on 3 May.\n"
    )
    assert found(extractor, text) == [
        (["Alder University", "Dunmore Hospital", "Elm Research Institute"], "mou")
    ]


def test_the_institutions_signed_refers_to_the_pair_of_the_article(extractor: Extractor):
    text = (
        "Visit\n\nA delegation from Birch Medical Group visited Alder University on 4 March.\n\n"
        "During the meeting, the institutions signed a strategic cooperation agreement.\n"
    )
    assert found(extractor, text) == [(["Alder University", "Birch Medical Group"], "framework")]


def test_expects_to_sign_is_a_plan(extractor: Extractor):
    text = "Results\n\nThe company said Elm Optics Inc. expects to sign a research agreement with Alder University in 2025.\n"
    assert found(extractor, text) == []


def test_partners_listed_after_a_date_and_colon(extractor: Extractor):
    text = (
        "News\n\nAlder University signed memoranda of understanding with three universities on 25 "
        "September: Birch University, Cedar University, and Da Nang University of Science.\n"
    )
    assert found(extractor, text) == [
        (["Alder University", "Birch University"], "mou"),
        (["Alder University", "Cedar University"], "mou"),
        (["Alder University", "Da Nang University of Science"], "mou"),
    ]


def test_capitalised_connector_opens_a_name(extractor: Extractor):
    text = "News\n\nLa Trobe Institute of Science signed a memorandum of understanding with Van Lang University.\n"
    assert found(extractor, text) == [
        (["La Trobe Institute of Science", "Van Lang University"], "mou")
    ]


def test_company_with_legal_form_after_a_comma(extractor: Extractor):
    text = (
        "Deal\n\nVeridian Therapeutics, Inc. today announced that it has entered into a sponsored "
        "research agreement with Eastfield University.\n"
    )
    assert found(extractor, text) == [
        (["Eastfield University", "Veridian Therapeutics, Inc."], "research")
    ]


def test_spanish_and_portuguese_university_heads(extractor: Extractor):
    text = "News\n\nUniversidad del Litoral Andino and Universidade do Vale Norte signed a memorandum of understanding.\n"
    assert found(extractor, text) == [
        (["Universidad del Litoral Andino", "Universidade do Vale Norte"], "mou")
    ]


def test_acronym_in_a_party_slot_is_a_body(extractor: Extractor):
    text = "News\n\nDKIST signed a memorandum of understanding with Alder University on 2 July.\n"
    assert found(extractor, text) == [(["Alder University", "DKIST"], "mou")]


def test_acronym_with_an_appositive_after_and(extractor: Extractor):
    text = (
        "News\n\nAlder University and NOMRA, the national ocean agency, have signed a partnership "
        "agreement.\n"
    )
    assert found(extractor, text) == [(["Alder University", "NOMRA"], "partnership")]


def test_recurring_brand_after_with_is_a_body(extractor: Extractor):
    text = (
        "News\n\nAlder University has signed a research agreement with Norvana, the battery maker.\n\n"
        "Norvana will fund two fellowships.\n"
    )
    assert found(extractor, text) == [(["Alder University", "Norvana"], "research")]


def test_surname_before_signed_and_name_tails_are_no_bodies(extractor: Extractor):
    text = (
        "News\n\nThe Ministry of Education and Alder University signed a memorandum of understanding. "
        "Reinicke signed for the ministry. Reinicke later left.\n"
    )
    article = Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    names = sorted(i.name for i in extractor.extract(article).institutions)
    assert names == ["Alder University", "Ministry of Education"]


def test_nordic_heads(extractor: Extractor):
    text = "News\n\nSolberg Institutet and Vestfjord Høgskole signed a cooperation agreement.\n"
    assert found(extractor, text) == [(["Solberg Institutet", "Vestfjord Høgskole"], "framework")]

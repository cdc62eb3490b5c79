"""kg.sources: what a user relies on when pointing Accord at files and folders."""

from __future__ import annotations

import doctest
import json
import socket
from pathlib import Path

import pytest

import kg.sources
from kg.errors import InputError
from kg.model import content_id
from kg.sources import (
    SUPPORTED_SUFFIXES,
    SourceWarning,
    find_published,
    find_title,
    parse_date,
    read_file,
    read_paths,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
DEV = ROOT.parent / "shared" / "eval" / "dev"


def read_all(*paths) -> tuple[list, list[SourceWarning]]:
    warnings: list[SourceWarning] = []
    articles = list(read_paths(paths, on_warning=warnings.append))
    return articles, warnings


def test_docstring_examples():
    assert doctest.testmod(kg.sources).failed == 0


# --- publication date from the head of the article -------------------------


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Headline\n\n24 February 2025 | News\n\nBody.", "2025-02-24"),
        ("Headline\n\nSEONGNAM, South Korea, October 4, 2019 — KAIST and X signed.", "2019-10-04"),
        ("Headline\n\nWednesday 22 January 2020\n\nETRI said on Wednesday ...", "2020-01-22"),
        ("Feature headline\n\nFeature | December 2016\n\nWhen the centre ...", "2016-12"),
        ("Headline\n\n2023-03-14 | News | TUM School\n\nStudents ...", "2023-03-14"),
        ("Headline\n\nPosted 20200617 11:20 | Industry\n\nLG ...", "2020-06-17"),
        ("Headline\n\nPress release | 20190222 09:30 | Leipzig\n\nThe ...", "2019-02-22"),
        ("Headline\n\nFri, 22 Sep 2017\n\nOsaka University ...", "2017-09-22"),
        ("Class Act - NTU Alumni e-Newsletter\nIssue 104, November 2011\n\nRelive", "2011-11"),
        ("Headline\n\nLONDON, Nov. 8, 2022 — Higher education analysts ...", "2022-11-08"),
        ("Headline\n\nPublished on 3 May 2018\n\nBody.", "2018-05-03"),
        ("Headline\n\nPosted on: 16 February 2018\n\nBody.", "2018-02-16"),
        ("Headline\n\nDERBY, Conn., October 2013 - Griffin Hospital has signed ...", "2013-10"),
        (
            "Headline\n(中央社訊息服務20251127 16:22:39)Kaohsiung Medical University " + "x" * 200,
            "2025-11-27",
        ),
        ("# Title\n\n*FAMU News, June 28, 2008*\n\nBody.", "2008-06-28"),
        ("Peshawar | June 3, 2023\n\nPESHAWAR: A memorandum ...", "2023-06-03"),
        ("校园新闻\n\n2025年3月14日\n\n两校签署合作备忘录。", "2025-03-14"),
        ("Pressemitteilung | 12. Mai 2025\n\nDie Universität ...", "2025-05-12"),
        ("Headline\n\nLast updated 9 May 2025\nPublished 2 May 2025\n\nBody.", "2025-05-02"),
        ("Headline\n\nLast updated 9 May 2025\n\nBody.", "2025-05-09"),
        ("Headline\n\nUpdated: 2024-03-15 | Published: 2024-03-14\n\nBody.", "2024-03-14"),
        ("Headline\n\nBy Jane Doe | March 5, 2024 at 10:00 a.m.\n\nBody.", "2024-03-05"),
        ("Headline\n\nDate: 14/03/2024\n\nBody.", "2024-03-14"),
        ("Headline\n\n03/14/2024\n\nBody.", "2024-03-14"),
        ("Headline\n\n14-Mar-2024\n\nBody.", "2024-03-14"),
        # month names of other languages (CLDR, through babel) and "d. m. yyyy"
        ("Headline\n\nBaia Mare, marți, 27 februarie 2024\n\nBody.", "2024-02-27"),
        ("Headline\n\nVukovar — 15. svibnja 2024.\n\nBody.", "2024-05-15"),
        ("Nyheder\n12. marts 2024\n\nBody.", "2024-03-12"),
        ("Headline\n\nAktuality | Zveřejněno: 3. 4. 2025\n\nBody.", "2025-04-03"),
        ("Headline\n\nLa Paz, octubre de 2023\n\nBody.", "2023-10"),
        # a Thai Buddhist-era year with its common-era year in brackets
        ("Headline\n\nBangkok, 10 April 2568 (2025) – The ministry signed.", "2025-04-10"),
        # ... marked "B.E." before it, with or without the common-era year
        ("Campus News\nBangkok, 15 January B.E. 2568 (2025)\n\nBody.", "2025-01-15"),
        ("Campus News\nBangkok, 15 January B.E. 2568\n\nBody.", "2025-01-15"),
        # ... or alone, in the Thai month's name too
        ("Campus news | 3 July 2566\n\nBody.", "2023-07-03"),
        ("ข่าว · 12 กุมภาพันธ์ 2568\n\nBody.", "2025-02-12"),
        # day first with hyphens, and a newspaper's two-digit year before a time
        ("Embassy news\nNews | 07-11-2023\n\nBody.", "2023-11-07"),
        ("Dagblad · Regio\n18-09-23, 17:45 · Laatste update: 18-09-23, 19:02\n\nBody.", "2023-09-18"),
        # abbreviated month names of other languages; capitals; a dash of four hyphens
        ("Jornal\nSociedade | Praia, 12 Set 2023\n\nBody.", "2023-09-12"),
        ("Headline\n\nSUVA, 27 AUGUST 2024 (WIRE) ---- Six colleges signed. " + "x" * 150, "2024-08-27"),
        ("Headline\n\nASUNCIÓN, 5 ago 2024 (IP).- A delegation visited. " + "x" * 150, "2024-08-05"),
        # Hungarian order; a month and day with the year after a slash; an era year
        # with the common-era year in brackets
        ("Hírek\n2025. március 18.\n\nBody.", "2025-03-18"),
        ("Headline\n\nAddis Ababa, February 22/2024 (Wire) — Alder University signed.", "2024-02-22"),
        # a Bikram Sambat date with its common-era date in brackets after it
        ("Press Release\n\nDate: 2081/09/15 (30 December 2024)\n\nBody.", "2024-12-30"),
        # an agency's credit in brackets closes the dateline, no dash after it
        ("Headline\n\nAddis Ababa, March 5/2024 (Wire) The ministry signed. " + "x" * 150, "2024-03-05"),
        ("Press release\n令和6年（2024年）10月1日\n\nBody.", "2024-10-01"),
        # a Spanish date line ending in a full stop is no sentence
        ("Gaceta\nQuerétaro, Qro., a 9 de octubre de 2024.\n\nBody.", "2024-10-09"),
        ("Headline\n\nPress release of 06.06.2024\n\nBody.", "2024-06-06"),
        # a release that dates itself in its closing lines
        ("Headline\n\nThe two bureaus today renewed their agreement.\n\nEnds/Wednesday, March 12, 2025\nIssued at 19:05", "2025-03-12"),
        (
            "Headline\n\nAmman, May 6 (Wire) -- Alder University signed.\n\n"
            + "\n\n".join(["A long paragraph about the partnership. " * 6] * 3)
            + "\n\nPublished: 06/05/2024",
            "2024-05-06",
        ),
    ],
)
def test_published_from_date_lines(head, expected):
    assert find_published(head) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dates of events in the body are not the article's date
        "Headline\n\nOn 8 August 2017, the University of the Ryukyus and UOG signed two documents.",
        "Headline\n\nThe MoU was signed on 4 October 2019 in Seoul.",
        # a date in a headline, after a preposition, is an event
        "KAIST and Seongnam sign MoU on 4 October 2019\n\nThe institute said ...",
        # no date at all
        "- UM and MUMC hold second joint symposium.\n- Focus on skills.\nThe University of Macau ...",
        # a rover is not a month
        "Mars 2020 team visits university\n\nResearchers ...",
        # 31 February does not exist
        "Headline\n\n31 February 2024 | News\n\nBody.",
    ],
)
def test_no_published_from_body_or_impossible_dates(text):
    assert find_published(text) is None


def test_only_the_head_is_searched_for_a_date_line():
    body = "\n\n".join(["A long paragraph about the partnership. " * 6] * 3)
    assert find_published(f"Headline\n\n{body}\n\n12 May 2025 | News") is None


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-05-12", "2025-05-12"),
        ("2020-09-25T14:30:00+10:00", "2020-09-25"),
        ("12 May 2025", "2025-05-12"),
        ("May 2025", "2025-05"),
        ("15.09.2017", "2017-09-15"),
        ("12 de mayo de 2025", "2025-05-12"),
        ("yesterday", None),
    ],
)
def test_parse_date_for_record_and_metadata_values(value, expected):
    assert parse_date(value) == expected


# --- titles ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two universities sign MoU\n\n12 May 2025 | News\n\nBody.", "Two universities sign MoU"),
        ("UOW Media Release\n24 November 2020\n\nWSU joins NUW\n\nThe ...", "WSU joins NUW"),
        ("Griffin Hospital | News\n\nGriffin joins network\n\nDERBY ...", "Griffin joins network"),
        ("- bullet one\n- bullet two\nThe University of Macau (UM) and ...", None),
        (
            "海洋大学与港理工签署合作备忘录\n\n两校签署合作备忘录。",
            "海洋大学与港理工签署合作备忘录",
        ),
    ],
)
def test_title_is_the_headline_line(text, expected):
    assert find_title(text) == expected


# --- plain text and Markdown -------------------------------------------------


def test_text_is_normalised_and_keeps_paragraphs(tmp_path):
    raw = "\ufeffCafe\u0301 signs MoU\r\n\r\n\r\n\r\n12 May 2025\r\n\r\nPara\u00a0one.\u200b  \r\nstill one.\r\n\r\nPara two.\r\n"
    (tmp_path / "a.txt").write_bytes(raw.encode("utf-8"))
    (article,) = read_file(tmp_path / "a.txt")
    assert article.text == "Café signs MoU\n\n12 May 2025\n\nPara one.\nstill one.\n\nPara two."
    assert article.id == content_id(article.text)
    assert (article.source, article.title, article.published, article.url) == (
        "a.txt",
        "Café signs MoU",
        "2025-05-12",
        None,
    )


def test_markdown_is_read_as_text():
    (article,) = read_file(ARTICLES / "006_meridian_puth_joint_lab.md")
    assert article.title == (
        "Meridian Institute of Health Sciences and Peking University Third Hospital "
        "to establish joint laboratory for medical imaging"
    )
    assert article.published == "2025-07-08"
    assert "- Partners: Meridian Institute of Health Sciences; Peking University" in article.text
    assert "*" not in article.text and "#" not in article.text
    assert "\n\nBackground\n\n" in article.text


def test_text_without_latin_letters_reads_fine(tmp_path):
    text = "港理工与海洋大学签署合作备忘录\n\n2025年5月12日\n\n两校于今日签署合作备忘录，加强学生交流。"
    (tmp_path / "zh.txt").write_text(text, encoding="utf-8")
    (article,) = read_file(tmp_path / "zh.txt")
    assert article.text == text
    assert article.title == "港理工与海洋大学签署合作备忘录"
    assert article.published == "2025-05-12"


def test_undecodable_bytes_are_read_as_windows_1252_with_a_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        "Universit\u00e9 de Lyon signs MoU\n\n\u201cA good day,\u201d she said.".encode("cp1252")
    )
    articles, warnings = read_all(path)
    assert [a.text for a in articles] == ["Université de Lyon signs MoU\n\n“A good day,” she said."]
    assert [str(w) for w in warnings] == [
        f"{path}: not UTF-8 (byte 0xe9 at offset 9); read as Windows-1252"
    ]


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Headline\n\n12 May 2025\n\nBody.".encode("utf-16"))
    assert [(a.title, a.published) for a in read_file(path)] == [("Headline", "2025-05-12")]


# --- HTML --------------------------------------------------------------------


def test_html_keeps_main_body_and_drops_furniture():
    (article,) = read_file(ARTICLES / "004_polyu_westhaven_mou.html")
    assert article.title == (
        "PolyU and University of Westhaven sign MoU to advance rehabilitation sciences "
        "and healthy ageing"
    )
    assert article.published == "2025-05-13"  # JSON-LD datePublished, not dateModified
    assert article.url == "https://www.example.edu.hk/media/news/2025/0513-polyu-westhaven-mou"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == article.title
    assert paragraphs[2].startswith(
        "The Hong Kong Polytechnic University (PolyU) and the University of Westhaven signed "
        "a memorandum of understanding (MoU) in Hong Kong on 12 May 2025"
    )
    assert paragraphs[-1].startswith("Founded in 1961, the University of Westhaven")
    assert len(paragraphs) == 8
    for furniture in (
        "Harbourview",
        "Eastgate",
        "Southbank",
        "Privacy Policy",
        "Share on",
        "analytics",
        "Study",
        "media@example",
    ):
        assert furniture not in article.text


def test_html_standfirst_in_a_bare_div_is_kept_and_a_sidebar_div_is_not(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(
        """<html><head><title>International week</title></head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main role="main"><article class="node">
<h1 class="page-title">International week: Alder strengthens ties with Birch and Cedar</h1>
<div class="node__meta">Published 16 May 2024</div>
<div class="field--name-field-chapo">From 13 to 17 May, Alder University welcomed 34 partners from
17 countries to its campuses. Two agreements were signed on Tuesday.</div>
<div class="field--name-body">
<p>The first, a framework agreement for academic cooperation, links Alder with Birch University, in
northern Morocco. It was signed by the presidents of both universities in the presence of the consul.</p>
<p>Both universities are located near major ports, and the agreement names logistics, port engineering
and marine renewable energy as priority areas for joint doctoral theses.</p>
<p>The second agreement concerns a double degree with the Cedar Institute, whose students will be able
to spend their second year in Alder and obtain both diplomas at the same time.</p>
<p>"Our two ports face the same questions about the energy transition," said the president of Alder.
"Our laboratories have a lot to say to one another, and our students even more."</p>
<p>Relations with the region are not new: the university's institute of technology has been sending
students on placement there for almost ten years, and twelve of them now work in its ports.</p>
<p>The week was also an opportunity to prepare future projects, among them a joint summer school on
coastal risks and a possible cooperation on tidal energy with two further universities.</p>
<p class="photo-credit">Photo: Signature of the framework agreement, 14 May 2024.</p>
</div>
<div class="share-buttons"><span>Share</span> <a href="#">Facebook</a> <a href="#">Mail</a></div>
<div class="related-news">Dunmore University signs a memorandum with Elm College on port logistics.</div>
</article></main>
<footer>Alder University, 1 Harbour Road</footer></body></html>""",
        encoding="utf-8",
    )
    (article,) = read_file(page)
    assert "Two agreements were signed on Tuesday." in article.text
    assert article.text.index("Two agreements") < article.text.index("The first, a framework")
    assert "Dunmore" not in article.text


@pytest.mark.parametrize("heading", ["h1", "h2"])
def test_html_date_line_under_a_headline_set_in_h1_or_h2(tmp_path, heading):
    """A page whose date line the main-text reader drops as furniture, under
    a headline in an h1 or, on some news sites, an h2."""
    paragraphs = "".join(
        f"<p>Paragraph {n}: Alder University and Cedar University signed a memorandum of "
        "understanding covering research, teaching and student exchange in ocean science.</p>"
        for n in range(1, 4)
    )
    body = (
        '<nav><a href="/">Home</a></nav><section class="news-body">'
        f"<{heading}>Two universities sign MoU</{heading}>"
        f'<div class="date">Kamis, 7 Februari 2024 | 10:42 WIB</div>{paragraphs}</section>'
    )
    path = tmp_path / "page.html"
    path.write_text(_page("<title>News</title>", body), encoding="utf-8")
    (article,) = read_file(path)
    assert article.published == "2024-02-07"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


ARTICLE_BODY = (
    "<article><h1>Two universities sign MoU</h1>{date}"
    + "".join(
        f"<p>Paragraph {n}: the University of Westhaven and Nordvik University signed a memorandum "
        "of understanding covering research, teaching and student exchange in ocean science.</p>"
        for n in range(1, 4)
    )
    + "</article><aside><time datetime='2019-01-01'>1 January 2019</time>"
    "<a href='/x'>Old news from another university</a></aside>"
)


@pytest.mark.parametrize(
    "head, date, expected",
    [
        (
            '<meta property="article:published_time" content="2024-02-03T08:00:00Z">',
            "",
            "2024-02-03",
        ),
        ("", '<time datetime="2024-02-04">4 Feb</time>', "2024-02-04"),
        ("", '<p class="byline">By our news desk | 5 February 2024</p>', "2024-02-05"),
        ("", "", None),  # the sidebar's <time> is not the article's date
    ],
)
def test_html_published_from_metadata_time_or_byline(tmp_path, head, date, expected):
    path = tmp_path / "page.html"
    path.write_text(_page(head, ARTICLE_BODY.format(date=date)), encoding="utf-8")
    (article,) = read_file(path)
    assert article.published == expected
    assert article.text.split("\n\n")[0] == "Two universities sign MoU"
    assert article.text.count("Paragraph") == 3
    assert "Old news" not in article.text


def test_html_reading_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    (article,) = read_file(ARTICLES / "004_polyu_westhaven_mou.html")
    assert article.published == "2025-05-13"


def test_html_with_only_scripts_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text(
        _page("<script>var a = 1;</script>", "<script>document.write('hello world');</script>"),
        encoding="utf-8",
    )
    articles, warnings = read_all(path)
    assert articles == []
    assert [str(w) for w in warnings] == [f"{path}: no main text found in the page; skipped"]


@pytest.mark.skipif(not DEV.is_dir(), reason="the shared dev set is not beside the repository")
def test_dev_html_main_body_holds_every_gold_evidence_sentence():
    pages = sorted(DEV.glob("*.html"))
    assert len(pages) == 6
    for page in pages:
        (article,) = read_file(page)
        gold = json.loads(page.with_suffix(".gold.json").read_text(encoding="utf-8"))
        assert article.published == gold["published"], page.name
        for agreement in gold["agreements"]:
            assert agreement["evidence"] in article.text, page.name
    (trinity,) = read_file(DEV / "dev-57.html")
    assert "League of European Research Universities" not in trinity.text  # sidebar
    assert "Copyright Trinity College Dublin" not in trinity.text  # footer


# --- JSON and JSON Lines -----------------------------------------------------


def test_jsonl_records_are_articles_named_by_line():
    articles = read_file(ARTICLES / "005_partnership_briefs.jsonl")
    assert [(a.source, a.published) for a in articles] == [
        ("005_partnership_briefs.jsonl#1", "2025-06-03"),
        ("005_partnership_briefs.jsonl#2", "2025-04-18"),
        ("005_partnership_briefs.jsonl#3", "2025-03-27"),
    ]
    assert articles[1].title == (
        "Nordvik University and the University of Macau sign dual degree agreement "
        "in ocean engineering"
    )
    assert articles[1].url == "https://news.example.no/en/2025/04/nordvik-um-dual-degree"
    assert articles[1].text.startswith(articles[1].title + "\n\nTROMSØ, Norway, April 18, 2025")


def test_jsonl_bad_line_and_record_without_text_are_warned_and_others_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"text": "First article.", "date": "2025-01-02"}\n'
        "{not json\n"
        "\n"
        '{"title": "No body here"}\n'
        '["a", "list"]\n'
        '{"text": "Second article.\\n\\nMore.", "title": "Second"}\n',
        encoding="utf-8",
    )
    articles, warnings = read_all(path)
    assert [(a.source, a.text, a.title, a.published) for a in articles] == [
        ("feed.jsonl#1", "First article.", None, "2025-01-02"),
        ("feed.jsonl#6", "Second article.\n\nMore.", "Second", None),
    ]
    assert [str(w) for w in warnings] == [
        f"{path}:2: not a JSON object (Expecting property name enclosed in double quotes); skipped",
        f"{path}:4: record has no 'text' string; skipped",
        f"{path}:5: record is not a JSON object; skipped",
    ]
    assert [w.line for w in warnings] == [2, 4, 5]


def test_json_list_records_are_named_by_index(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps(
            [
                {"text": "Alpha.", "date": "March 2024", "url": "https://a.example/1"},
                {"headline": "no text"},
                {"text": "Beta.", "title": "B"},
            ]
        ),
        encoding="utf-8",
    )
    articles, warnings = read_all(path)
    assert [(a.source, a.published, a.url, a.title) for a in articles] == [
        ("batch.json#0", "2024-03", "https://a.example/1", None),
        ("batch.json#2", None, None, "B"),
    ]
    assert [str(w) for w in warnings] == [f"{path}:1: record has no 'text' string; skipped"]


def test_json_that_is_not_json_is_one_warning(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "a"', encoding="utf-8")
    articles, warnings = read_all(path)
    assert articles == []
    assert [str(w) for w in warnings] == [
        f"{path}: not JSON (Expecting ',' delimiter at line 1); skipped"
    ]


# --- folders and bad files ---------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_ignoring_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed\n\nText z.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Ay\n\nText a.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "Text c."}\n', encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (tmp_path / "a.gold.json").write_text('{"article": "a.md", "agreements": []}', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    articles, warnings = read_all(tmp_path)
    assert [a.source for a in articles] == ["a.md", "b/z.txt", "c.jsonl#1"]
    assert warnings == []


def test_unknown_suffix_named_explicitly_or_missing_path_is_warned(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "ok.txt").write_text("Fine.", encoding="utf-8")
    articles, warnings = read_all(
        tmp_path / "notes.docx", tmp_path / "gone.txt", tmp_path / "ok.txt"
    )
    assert [a.text for a in articles] == ["Fine."]
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'notes.docx'}: unsupported file type '.docx'; expected one of "
        + ", ".join(SUPPORTED_SUFFIXES),
        f"{tmp_path / 'gone.txt'}: no such file or folder",
    ]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", b"", "empty file; skipped"),
        ("blank.txt", b" \n\n \t\n", "empty file; skipped"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (not text); skipped"),
        ("empty.html", b"", "empty file; skipped"),
        ("nothing.md", b"***\n\n<!-- draft -->\n", "no text; skipped"),
    ],
)
def test_unusable_files_are_skipped_with_one_warning(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "z-good.txt").write_text("Still read.", encoding="utf-8")
    articles, warnings = read_all(tmp_path)
    assert [a.source for a in articles] == ["z-good.txt"]
    assert [str(w) for w in warnings] == [f"{tmp_path / name}: {message}"]
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_file(tmp_path / name)


def test_a_20_mb_page_is_skipped_with_a_warning(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<html><body>" + b"<p>Filler paragraph of a huge page.</p>" * 550_000)
    articles, warnings = read_all(path)
    assert articles == []
    assert [str(w) for w in warnings] == [
        f"{path}: 21.5 MB is more than the 10 MB limit for one article; skipped"
    ]


def test_a_20_mb_file_is_skipped_quickly_with_a_warning(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        handle.write(b"A line of a very large log file, not a news article.\n" * 400_000)
    assert path.stat().st_size > 20_000_000
    articles, warnings = read_all(path)
    assert articles == []
    assert [str(w) for w in warnings] == [
        f"{path}: 21.2 MB is more than the 2 MB limit for one article; skipped"
    ]


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            "12/03/2025 06:41 PM\n\nKUANTAN, March 12 (Wire) -- Alder University signed ...",
            "2025-03-12",
        ),
        ("01/03/2025 05:41 PM\n\nTAIPEI, Jan. 3 (Wire) -- Alder Hospital signed ...", "2025-01-03"),
        # nothing settles it: day first, as most of the world writes dates ...
        ("Córdoba, 04/03/2025\n\nSeven universities signed ...", "2025-03-04"),
        # ... except in a US dateline
        ("FRESNO, Calif., 04/03/2025 — Alder College signed ...", "2025-04-03"),
        # Indonesia's "PT" before a company is no Pacific time
        ("Surabaya, Thursday (6/2/2025) – PT Semen Alder Tbk signed ...", "2025-02-06"),
        ("Headline 10:30 a.m. PT\n\n04/03/2025 — Alder College signed ...", "2025-04-03"),
    ],
)
def test_a_date_either_way_round_is_settled_by_the_dateline(head, published):
    from kg.sources import find_published

    assert find_published("Headline\n\n" + head) == published

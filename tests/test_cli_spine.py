"""The spine's commands through click's CliRunner: exact outputs, and one
clear line with a non-zero exit for every kind of bad input."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import REPO, write_json


def kg(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture
def store(tmp_path, small_review):
    location = tmp_path / "store"
    result = kg("load", small_review, "--store", location)
    assert result.exit_code == 0, result.output
    return location


def one_error_line(result) -> str:
    """The one line a failing command prints, with no traceback."""
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("Error")]
    assert errors, result.output
    return errors[0]


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help and command.help.strip(), name
        result = kg(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_seeds_partners_of_polyu(tmp_path):
    location = tmp_path / "seeds"
    assert kg("load", REPO / "data" / "seeds.review.json", "--store", location).exit_code == 0
    result = kg("query", "partners", "--arg", "name=PolyU", "--format", "json", "--store", location)
    assert result.exit_code == 0
    partners = [row["partner"] for row in json.loads(result.output)]
    assert sorted(partners) == [
        "Peking University Health Science Center",
        "Peking University Third Hospital",
    ]
    assert kg("validate", "--store", location).output == "The store conforms to the shapes.\n"


def test_load_reports_counts(tmp_path, small_review):
    location = tmp_path / "store"
    first = kg("load", small_review, "--store", location)
    assert first.output.startswith(f"3 articles loaded into {location} in ")
    again = kg("load", small_review, "--store", location)
    assert again.output.startswith(f"0 articles loaded, 3 unchanged into {location}")


def test_query_formats(store):
    out = kg("query", "partners", "-a", "name=SMC", "--format", "csv", "--store", store).output
    assert out == "partner,country,agreements,first,last\nUniversity of Northvale,NO,1,,\n"
    out = kg("query", "partners", "-a", "name=SMC", "--format", "tsv", "--store", store).output
    assert out.splitlines()[1] == "University of Northvale\tNO\t1\t\t"
    out = kg("query", "partners", "-a", "name=SMC", "--format", "table", "--store", store).output
    assert "University of Northvale" in out and "partner" in out


def test_query_sparql_text_and_rq_file(store, tmp_path):
    sparql = "SELECT ?n WHERE { ?i skos:prefLabel ?n ; schema:addressCountry ?c } ORDER BY ?n"
    out = kg("query", sparql, "-a", "c=GB", "--format", "json", "--store", store).output
    assert json.loads(out) == [{"n": "Southport Medical College"}]
    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Agreement }", encoding="utf-8")
    assert json.loads(kg("query", rq, "--format", "json", "--store", store).output) == [{"n": 4}]


def test_query_list():
    out = kg("query", "--list").output
    assert "partners: Partners of an institution" in out
    assert "--arg name=...  (required)" in out


def test_stats(store):
    data = json.loads(kg("stats", "--format", "json", "--store", store).output)
    assert (data["articles"], data["institutions"], data["agreements"]) == (3, 5, 4)
    assert data["agreements_by_type"] == {"dual_degree": 1, "framework": 1, "mou": 1, "research": 1}
    assert data["institutions_by_country"] == {"NO": 3, "DE": 1, "GB": 1}


def test_export_formats(store, tmp_path):
    import rdflib

    out = tmp_path / "graph.ttl"
    assert kg("export", "--format", "ttl", "-o", out, "--store", store).exit_code == 0
    graph = rdflib.Graph().parse(out)
    assert (None, rdflib.URIRef("https://w3id.org/accord/kg#partnerOf"), None) in graph
    nt = kg("export", "--format", "nt", "--store", store).output
    assert len(rdflib.Graph().parse(data=nt, format="nt")) == len(graph)


def test_validate_catches_a_broken_graph(store, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        """@prefix kg: <https://w3id.org/accord/kg#> .
        <https://example.org/a1> a kg:Agreement ; kg:agreementType "handshake" ;
            kg:party <https://w3id.org/accord/id/institution/university-of-northvale> .
        <https://w3id.org/accord/id/institution/university-of-northvale>
            <http://www.w3.org/2004/02/skos/core#prefLabel> "Second name" .
        """,
        encoding="utf-8",
    )
    assert kg("load", broken, "--store", store).exit_code == 0
    result = kg("validate", "--store", store)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (
        "https://example.org/a1 (party): an agreement needs two or more parties that are institutions"
        in lines
    )
    assert (
        "https://example.org/a1 (agreementType): an agreement has exactly one known type [value: handshake]"
        in lines
    )
    assert any(
        "university-of-northvale (prefLabel): an institution has exactly one preferred name" in ln
        for ln in lines
    )


# --- bad input: one line, exit code != 0, nothing stored half-way ----------


def test_missing_file(tmp_path):
    line = one_error_line(kg("load", tmp_path / "nope.json", "--store", tmp_path / "s"))
    assert "nope.json" in line


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"article": "caf\xe9"}]'.encode("latin-1"))
    assert (
        one_error_line(kg("load", path, "--store", tmp_path / "s"))
        == f"Error: {path}: not UTF-8 (bad byte at offset 17)"
    )


def test_malformed_json_says_where(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n  {"article": "a.txt",\n   "agreements": [}\n]', encoding="utf-8")
    line = one_error_line(kg("load", path, "--store", tmp_path / "s"))
    assert line.startswith(f"Error: {path}: malformed JSON at line 3, column")


def test_bad_jsonl_line_is_reported_and_the_rest_loads(tmp_path, small_articles):
    path = tmp_path / "lines.jsonl"
    path.write_text(
        json.dumps(small_articles[0]) + "\n{not json\n" + json.dumps(small_articles[2]) + "\n",
        encoding="utf-8",
    )
    result = kg("load", path, "--store", tmp_path / "s")
    assert result.exit_code == 1
    assert f"Error: {path}: article on line 2: malformed JSON at column 2" in result.output
    assert result.output.startswith("2 articles loaded")


ARTICLE = {
    "article": "x.txt",
    "institutions": [
        {"name": "Alpha University", "kind": "university"},
        {"name": "Beta Hospital", "kind": "hospital"},
    ],
    "agreements": [
        {
            "parties": ["Alpha University", "Beta Hospital"],
            "type": "mou",
            "evidence": "They signed.",
        }
    ],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda a: a.pop("article"), "article #1: has no 'article' (the article's file name)"),
        (lambda a: a.pop("agreements"), "article x.txt: has no 'agreements' list"),
        (
            lambda a: a["agreements"][0].update(parties=["Alpha University"]),
            "article x.txt: agreement 1 has 1 distinct parties; an agreement needs two or more",
        ),
        (
            lambda a: a["agreements"][0].update(parties=["Alpha University", "Gamma College"]),
            "article x.txt: agreement 1 names party 'Gamma College', which the article does not declare in institutions",
        ),
        (
            lambda a: a["agreements"][0].update(type="handshake"),
            "article x.txt: agreement 1 has unknown type 'handshake' (one of mou, student_exchange, dual_degree, research, joint_lab, framework, partnership)",
        ),
        (
            lambda a: a["agreements"][0].update(exchanges=["chefs"]),
            "article x.txt: agreement 1 has unknown exchange kind 'chefs' (one of student, staff, researcher)",
        ),
        (
            lambda a: a["agreements"][0].update(signed="2025-02-30"),
            "article x.txt: agreement 1: signed '2025-02-30' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
        (
            lambda a: a["institutions"][0].update(country="Norway"),
            "article x.txt: institution 'Alpha University' has country 'Norway', not a two-letter code",
        ),
    ],
)
def test_invalid_article(tmp_path, change, message):
    article = json.loads(json.dumps(ARTICLE))
    change(article)
    path = write_json(tmp_path / "one.json", [article])
    store = tmp_path / "s"
    result = kg("load", path, "--store", store)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"Error: {path}: {message}" in result.output.splitlines()
    data = json.loads(kg("stats", "--format", "json", "--store", store).output)
    assert data["articles"] == 0  # nothing half-written


def test_sparql_syntax_error(store):
    line = one_error_line(kg("query", "SELECT ?x WHERE { ?x ?y }", "--store", store))
    assert line.startswith("Error: SPARQL syntax error error at 1:")


def test_named_query_missing_argument(store):
    line = one_error_line(kg("query", "evidence", "--arg", "a=UNV", "--store", store))
    assert line == "Error: query 'evidence' needs --arg b=VALUE (name or alias of the other)"


def test_unknown_named_query(store):
    line = one_error_line(kg("query", "partnerz", "--store", store))
    assert line.startswith(
        "Error: unknown named query 'partnerz' (named queries: agreements, evidence,"
    )


def test_rdf_file_that_does_not_parse(store, tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    before = kg("stats", "--format", "json", "--store", store).output
    line = one_error_line(kg("load", path, "--store", store))
    assert line.startswith(f"Error: {path}: not valid RDF (")
    assert kg("stats", "--format", "json", "--store", store).output == before


def test_query_on_a_missing_store(tmp_path):
    line = one_error_line(kg("query", "most-connected", "--store", tmp_path / "none"))
    assert line == f"Error: no store at {tmp_path / 'none'}: load or ingest articles first"


def test_unwritable_output_is_one_line(store, tmp_path):
    target = tmp_path / "no-such-folder" / "graph.ttl"
    line = one_error_line(kg("export", "-o", target, "--store", store))
    assert line == f"Error: No such file or directory: {target}"

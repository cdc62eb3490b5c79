"""kg.maps and `kg map`: what goes into the page, and that the page stays
offline and inert. The page's behaviour in a browser is in
test_maps_browser.py.

The network comes from a real on-disk store loaded with
tests/data/maps.review.json: five institutions (one named like an HTML tag,
one holding ``</script>``) and six partnerships.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import maps
from kg.cli import main
from kg.errors import InputError

DATA = Path(__file__).parent / "data"
XSS = "<img src=x onerror=alert(1)>"
BETA = "Beta Hospital</script><script>alert(2)</script>"
INSTITUTION = "https://w3id.org/accord/id/institution/"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    location = str(tmp_path_factory.mktemp("maps") / "store")
    result = CliRunner().invoke(main, ["load", "--store", location, str(DATA / "maps.review.json")])
    assert result.exit_code == 0, result.output
    return location


@pytest.fixture(scope="module")
def graph(store):
    from kg.network import project
    from kg.store import open_store

    with open_store(store, read_only=True) as opened:
        return project(opened)


def labels(data: dict) -> list[str]:
    return [n[0] for n in data["nodes"]]


def edge_labels(data: dict) -> set[tuple[str, str]]:
    names = labels(data)
    return {tuple(sorted((names[e[0]], names[e[1]]))) for e in data["edges"]}


def embedded(page: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="accord-data">(.*?)</script>', page, re.S
    )
    return json.loads(match.group(1))


# -- the data behind the page -------------------------------------------------
def test_map_data_holds_every_institution_and_partnership(graph):
    data = maps.map_data(graph)
    assert labels(data) == ["Alpha University", BETA, "Delta College", "Gamma Institute", XSS]
    assert edge_labels(data) == {
        ("Alpha University", BETA),
        ("Alpha University", "Delta College"),
        ("Alpha University", "Gamma Institute"),
        (XSS, "Alpha University"),
        (BETA, "Gamma Institute"),
        ("Delta College", "Gamma Institute"),
    }


def test_node_records_carry_aliases_country_kind_and_iri(graph):
    alpha = maps.map_data(graph)["nodes"][0]
    assert alpha[1:5] == [["AU"], "HK", "university", INSTITUTION + "alpha-university"]
    assert alpha[9] == "4"  # degree, shown in the details


def test_edges_carry_weight_and_each_agreement_once(graph):
    data = maps.map_data(graph)
    names = labels(data)
    weights = {(names[e[0]], names[e[1]]): e[2] for e in data["edges"]}
    assert weights[("Alpha University", BETA)] == 2
    assert sorted(weights.values()) == [1, 1, 1, 1, 1, 2]
    # the three-party framework agreement is on three edges but listed once
    assert len(data["agreements"]) == 5
    framework = [i for i, a in enumerate(data["agreements"]) if a[0] == "framework"]
    assert len(framework) == 1
    assert sum(framework[0] in edge[3] for edge in data["edges"]) == 3
    joint_lab = next(a for a in data["agreements"] if a[0] == "joint_lab")
    assert joint_lab[1] == "2024-05-01"
    assert [data["fields"][f] for f in joint_lab[2]] == ["medicine", "robotics"]
    assert joint_lab[4:] == [
        "Alpha University and Beta Hospital launched a joint lab for medical robotics.",
        "<b onmouseover=alert(4)>Alpha</b> signs",
        "javascript:alert(5)",
    ]
    assert data["fields"] == ["energy", "medicine", "robotics"]
    assert data["types"] == ["framework", "joint_lab", "mou", "research", "student_exchange"]
    assert data["years"] == [2019, 2024]


def test_node_size_follows_the_square_root_of_the_metric(graph):
    data = maps.map_data(graph, size_by="degree")
    # degrees 4, 2, 2, 3, 1 -> sqrt(d / 4)
    assert [n[7] for n in data["nodes"]] == [1.0, 0.7071, 0.7071, 0.866, 0.5]
    pagerank = maps.map_data(graph, size_by="pagerank")
    assert pagerank["sizeBy"] == "pagerank"
    assert max(n[7] for n in pagerank["nodes"]) == 1.0
    assert pagerank["nodes"][0][7] == 1.0  # Alpha has the highest PageRank


def test_node_values_handle_zero_scores():
    assert maps.node_values([0.0, 0.0]) == [1.0, 1.0]
    assert maps.node_values([4.0, 1.0, 0.0]) == [1.0, 0.5, 0.0]


def test_colour_by_country_ranks_countries_and_keeps_unknown_apart(graph):
    data = maps.map_data(graph, color_by="country")
    assert data["legend"] == [
        ["Japan (JP)", maps.PALETTE[0], 2],
        ["Hong Kong (HK)", maps.PALETTE[1], 1],
        ["Singapore (SG)", maps.PALETTE[2], 1],
        ["country unknown", maps.UNKNOWN_COLOUR, 1],
    ]
    assert [n[8] for n in data["nodes"]] == [1, 2, 0, 0, 3]
    assert data["countries"] == {"HK": "Hong Kong", "JP": "Japan", "SG": "Singapore"}


def test_colour_by_kind_uses_fixed_colours(graph):
    data = maps.map_data(graph, color_by="kind")
    assert data["legend"] == [
        ["university", maps.KIND_COLOURS["university"], 2],
        ["hospital", maps.KIND_COLOURS["hospital"], 1],
        ["research institute", maps.KIND_COLOURS["research_institute"], 1],
        ["company", maps.KIND_COLOURS["company"], 1],
    ]
    assert [n[8] for n in data["nodes"]] == [0, 1, 0, 2, 3]


def test_colour_by_community_names_each_after_its_most_central_member(graph):
    from kg.network import communities

    data = maps.map_data(graph, color_by="community")
    found = communities(graph, seed=0)
    assert [entry[2] for entry in data["legend"]] == [len(c) for c in found]
    names = labels(data)
    for node_index, node in enumerate(graph):
        number = next(i for i, members in enumerate(found) if node in members)
        assert data["nodes"][node_index][8] == number
    # Alpha University (degree 4) is the most central node of its community
    alpha_group = data["nodes"][names.index("Alpha University")][8]
    assert data["legend"][alpha_group][0] == "around Alpha University"


def test_more_groups_than_colours_share_other():
    keys = [f"k{i:02d}" for i in range(14)] + ["k00", None]
    index, legend = maps._ranked_groups(keys, {}, "unknown")
    assert [e.label for e in legend][:2] == ["k00", "k01"]
    assert legend[-2] == maps.LegendEntry("other", maps.OTHER_COLOUR, 2)
    assert legend[-1] == maps.LegendEntry("unknown", maps.UNKNOWN_COLOUR, 1)
    assert index[12] == index[13] == len(maps.PALETTE)


# -- layout -------------------------------------------------------------------
def test_layout_is_the_same_for_the_same_graph_and_seed(graph):
    first = maps.layout(graph, seed=3)
    assert maps.layout(nx.Graph(graph), seed=3) == first
    assert maps.layout(graph, seed=4) != first
    assert len(first) == 5
    xs = [x for x, _y in first]
    ys = [y for _x, y in first]
    # centred, and the longer side spans 90 px * sqrt(5)
    side = round(90 * 5**0.5, 1)
    assert max(max(xs) - min(xs), max(ys) - min(ys)) == pytest.approx(side, abs=0.2)


def test_physics_only_for_small_graphs(graph):
    assert maps.map_data(graph)["physics"] is True
    assert maps.map_data(graph, physics=False)["physics"] is False
    big = nx.path_graph(maps.PHYSICS_MAX_NODES + 1)
    nx.set_node_attributes(big, "x", "label")
    assert maps.map_data(big)["physics"] is False


def test_a_bare_networkx_graph_can_be_drawn():
    star = nx.star_graph(3)
    data = maps.map_data(star)
    assert labels(data) == ["0", "1", "2", "3"]
    assert [e[2] for e in data["edges"]] == [1, 1, 1]
    assert data["agreements"] == []
    assert data["legend"] == [["country unknown", maps.UNKNOWN_COLOUR, 4]]


# -- selecting ----------------------------------------------------------------
def test_around_takes_the_ego_graph(graph):
    assert {graph.nodes[n]["label"] for n in maps.around(graph, "Delta College", 1)} == {
        "Delta College",
        "Alpha University",
        "Gamma Institute",
    }
    assert set(maps.around(graph, "GI", 0)) == {INSTITUTION + "gamma-institute"}
    assert len(maps.around(graph, "Delta College", 2)) == 5
    two = maps.around(graph, "delta college", 1)
    assert two.number_of_edges() == 3


def test_most_central_keeps_the_top_and_the_edges_among_them(graph):
    top = maps.most_central(graph, 3, "degree")
    assert {graph.nodes[n]["label"] for n in top} == {
        "Alpha University",
        "Gamma Institute",
        BETA,  # degree 2, ties with Delta College and wins by label
    }
    assert top.number_of_edges() == 3


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda g: maps.around(g, "Nowhere", 1), "no institution named 'Nowhere' in the network"),
        (lambda g: maps.around(g, "AU", -1), "--depth must be 0 or more, not -1"),
        (lambda g: maps.most_central(g, 0), "--top must be 1 or more, not 0"),
        (lambda g: maps.most_central(g, 2, "fame"), "unknown metric 'fame'"),
        (lambda g: maps.draw(g, color_by="flag"), "unknown colour scheme 'flag'"),
        (lambda g: maps.draw(g, size_by="fame"), "unknown metric 'fame'"),
        (lambda g: maps.draw(nx.Graph()), "the network is empty"),
    ],
)
def test_bad_requests_raise_one_clear_error(graph, call, message):
    with pytest.raises(InputError) as error:
        call(graph)
    assert str(error.value).startswith(message)


# -- the page -----------------------------------------------------------------
def test_page_is_self_contained(graph):
    page = maps.draw(graph)
    assert isinstance(page, maps.MapHTML)
    assert page.startswith("<!DOCTYPE html>")
    # no external resource of any kind: no link, no script src, no url()
    assert "<link" not in page
    assert not re.search(r"<script[^>]*\ssrc=", page)
    assert not re.search(r"""url\(\s*(?!['"]?data:)""", page)
    assert "bootstrap" not in page.lower()
    assert "cdnjs" not in page and "jsdelivr" not in page and "unpkg" not in page
    assert "vis-network" in page and "new vis.Network" in page


def test_page_forbids_requests_and_allows_only_its_own_scripts(graph):
    page = maps.draw(graph)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert csp.startswith("default-src 'none'; script-src 'sha256-")
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "'unsafe-inline'" not in csp.split("style-src")[0]


def test_article_text_cannot_break_out_of_the_page(graph):
    page = maps.draw(graph, title="<i>Map</i> & co")
    # three script elements, each closed once: names holding </script> stay inside the JSON
    assert page.count("</script>") == 3
    assert "<img" not in page
    assert "<title>&lt;i&gt;Map&lt;/i&gt; &amp; co</title>" in page
    data = embedded(page)
    assert labels(data)[4] == XSS and labels(data)[1] == BETA
    assert data["title"] == "<i>Map</i> & co"


def test_script_json_escapes_markup():
    text = maps.script_json({"name": "</script><!-- & \u2028"})
    assert text == '{"name":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}'
    assert json.loads(text) == {"name": "</script><!-- & \u2028"}


def test_draw_writes_a_file_and_returns_its_path(graph, tmp_path):
    written = maps.draw(graph, tmp_path / "map.html", color_by="kind", seed=1)
    assert written == tmp_path / "map.html"
    page = written.read_text(encoding="utf-8")
    assert page == maps.draw(graph, color_by="kind", seed=1)
    assert embedded(page)["colorBy"] == "kind"


def test_draw_reports_an_unwritable_path(graph, tmp_path):
    with pytest.raises(InputError, match=r"^cannot write the map to .*missing/map.html"):
        maps.draw(graph, tmp_path / "missing" / "map.html")


def test_map_shows_itself_in_a_notebook(graph):
    page = maps.draw(graph)
    shown = page._repr_html_()
    assert shown.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'sandbox="allow-scripts"' in shown
    # the whole page is inside the attribute: no raw quote or tag escapes it
    inner = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" style="[^"]*"></iframe>', shown
    )
    assert inner is not None
    import html

    assert html.unescape(inner.group(1)) == page


# -- the command --------------------------------------------------------------
def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_kg_map_writes_the_page(store, tmp_path):
    out = tmp_path / "map.html"
    result = run("map", "--store", store, "-o", str(out), "--color-by", "kind")
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote a map of 5 institutions and 6 partnerships to {out}\n"
    data = embedded(out.read_text(encoding="utf-8"))
    assert data["colorBy"] == "kind" and len(data["nodes"]) == 5


def test_kg_map_around_top_and_filters(store, tmp_path):
    out = str(tmp_path / "m.html")
    result = run("map", "--store", store, "-o", out, "--around", "GI", "--depth", "1")
    assert result.output == f"wrote a map of 4 institutions and 5 partnerships to {out}\n"
    result = run("map", "--store", store, "-o", out, "--top", "2", "--size-by", "pagerank")
    assert result.output == f"wrote a map of 2 institutions and 1 partnerships to {out}\n"
    assert set(labels(embedded(Path(out).read_text(encoding="utf-8")))) == {
        "Alpha University",
        "Gamma Institute",
    }
    result = run("map", "--store", store, "-o", out, "--type", "research")
    assert result.output == f"wrote a map of 2 institutions and 1 partnerships to {out}\n"
    result = run("map", "--store", store, "-o", out, "--country", "JP")
    assert result.output == f"wrote a map of 2 institutions and 1 partnerships to {out}\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--around", "Nowhere"], "Error: no institution named 'Nowhere' in the network\n"),
        (["--depth", "2"], "Error: --depth needs --around NAME\n"),
        (
            ["--size-by", "fame"],
            "Error: unknown metric 'fame' (one of degree, weighted-degree, pagerank, "
            "betweenness, eigenvector, closeness)\n",
        ),
        (
            ["--since", "2030"],
            "Error: the network is empty: no agreement between two "
            "institutions matches (load a review file, or loosen the filters)\n",
        ),  # fmt: skip
    ],
)
def test_kg_map_errors_are_one_line(store, tmp_path, args, message):
    result = run("map", "--store", store, "-o", str(tmp_path / "m.html"), *args)
    assert result.exit_code != 0
    assert result.output.endswith(message)
    assert "Traceback" not in result.output
    assert not (tmp_path / "m.html").exists()


def test_agreements_are_read_from_records_even_without_edge_summaries():
    import datetime

    graph = nx.Graph()
    graph.add_edge(
        "a",
        "b",
        weight=1,
        agreements=[
            {"iri": "x", "type": "mou", "signed": datetime.date(2024, 5, 1), "fields": ["law"]}
        ],
    )
    data = maps.map_data(graph)
    assert data["fields"] == ["law"]
    assert data["agreements"] == [["mou", "2024-05-01", [0], [], "", "", ""]]
    assert data["years"] == [2024, 2024]

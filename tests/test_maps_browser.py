"""The map page in a real browser: Debian's headless Chromium, driven by
Playwright, with every request outside file:// blocked and recorded.

The page is made the way a user makes it: `kg load` of
tests/data/maps.review.json into an on-disk store, then `kg map`. Node ids
in the page are positions in the network's node order (sorted IRIs):
0 Alpha University, 1 Beta Hospital</script>..., 2 Delta College,
3 Gamma Institute, 4 <img src=x onerror=alert(1)>.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DATA = Path(__file__).parent / "data"
XSS = "<img src=x onerror=alert(1)>"
BETA = "Beta Hospital</script><script>alert(2)</script>"
ALPHA, BETA_ID, DELTA, GAMMA, XSS_ID = range(5)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module", params=["--physics", "--no-physics"])
def map_file(request, tmp_path_factory) -> Path:
    """The map of the test store, in both modes: with physics (vis-network
    edges, as small maps are drawn) and without (edges stroked by the page,
    as large maps are drawn)."""
    folder = tmp_path_factory.mktemp("map")
    store = str(folder / "store")
    runner = CliRunner()
    loaded = runner.invoke(main, ["load", "--store", store, str(DATA / "maps.review.json")])
    assert loaded.exit_code == 0, loaded.output
    out = folder / "map.html"
    drawn = runner.invoke(main, ["map", "--store", store, "-o", str(out), request.param])
    assert drawn.exit_code == 0, drawn.output
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """One page of the map, with what it asked for and what it raised."""

    def __init__(self, browser, path: Path):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.external: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("dialog", self._dialog)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.accordReady === true", timeout=60_000)

    def _route(self, route):
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str):
        return self.page.evaluate(expression)

    def physics(self) -> bool:
        return self.js("JSON.parse(document.getElementById('accord-data').textContent).physics")

    def counts(self) -> tuple[int, int]:
        """Nodes and edges on show: vis-network's own counts with physics,
        the page's count of the edges it strokes without."""
        nodes = self.js("network.body.data.nodes.length")
        edges = self.js("network.body.data.edges.length")
        shown = (self.js("accordMap.shownNodes()"), self.js("accordMap.shownEdges()"))
        assert shown[0] == nodes
        if self.physics():
            assert shown[1] == edges
        else:
            assert edges == 0
        return shown

    def visible_edges(self) -> set[tuple[int, int]]:
        pairs = self.js("accordMap.shownEdgePairs()")
        if self.physics():
            assert pairs == self.js("network.body.data.edges.get().map(e => [e.from, e.to])")
        return {tuple(sorted(pair)) for pair in pairs}

    def node_point(self, node: int) -> tuple[float, float]:
        """Where node `node` is on the screen."""
        return tuple(
            self.js(
                f"""(() => {{
                const p = network.canvasToDOM(network.getPosition({node}));
                const box = document.getElementById('map').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }})()"""
            )
        )

    def edge_point(self, a: int, b: int) -> tuple[float, float]:
        """The middle of the line between nodes a and b: curved (a vis
        edge) with physics, straight (stroked by the page) without."""
        if not self.physics():
            (ax, ay), (bx, by) = self.node_point(a), self.node_point(b)
            return (ax + bx) / 2, (ay + by) / 2
        return tuple(
            self.js(
                f"""(() => {{
                const id = network.body.data.edges.get().find(
                    e => (e.from === {a} && e.to === {b}) || (e.from === {b} && e.to === {a})).id;
                const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
                const box = document.getElementById('map').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }})()"""
            )
        )


@pytest.fixture
def visit(browser, map_file):
    opened = Visit(browser, map_file)
    yield opened
    opened.page.close()


def test_page_loads_offline_with_every_node_and_edge(visit):
    assert visit.counts() == (5, 6)
    assert visit.external == []
    assert visit.errors == []
    assert visit.js("document.getElementById('summary').textContent") == (
        "5 institutions, 6 partnerships (5 agreements)"
    )
    legend = visit.js("[...document.querySelectorAll('#legend li')].map(li => li.textContent)")
    assert legend == ["Japan (JP)2", "Hong Kong (HK)1", "Singapore (SG)1", "country unknown1"]


def test_search_focuses_the_institution_by_name_or_alias(visit):
    def search(text: str):
        visit.page.fill("#search", text)
        visit.page.click("#search-form button")

    search("BH")  # an alias
    assert visit.js("network.getSelectedNodes()") == [BETA_ID]
    assert visit.js("document.querySelector('#details h3').textContent") == BETA
    search("gamma")  # the start of a name, any case
    assert visit.js("network.getSelectedNodes()") == [GAMMA]
    # focused: the view is centred on the node
    x, y = visit.node_point(GAMMA)
    box = visit.js(
        "(() => { const b = document.getElementById('map').getBoundingClientRect();"
        " return [b.left + b.width / 2, b.top + b.height / 2]; })()"
    )
    assert (x, y) == pytest.approx(tuple(box), abs=2)
    search("Nowhere University")
    assert visit.js("document.getElementById('status').textContent") == (
        "No institution matches \u201cNowhere University\u201d."
    )
    assert visit.js("network.getSelectedNodes()") == [GAMMA]


def test_filters_hide_the_edges_that_do_not_match(visit):
    visit.page.select_option("#filter-type", "research")
    assert visit.counts() == (2, 1)
    assert visit.visible_edges() == {(ALPHA, BETA_ID)}
    assert visit.js("document.getElementById('status').textContent") == (
        "Showing 1 partnership between 2 institutions."
    )
    visit.page.uncheck("#filter-hide")
    assert visit.counts() == (5, 1)

    visit.page.click("#filter-reset")
    assert visit.counts() == (5, 6)
    visit.page.check("#filter-hide")
    visit.page.select_option("#filter-field", label="robotics")
    assert visit.visible_edges() == {(ALPHA, BETA_ID), (ALPHA, XSS_ID)}
    assert visit.counts() == (3, 2)

    visit.page.click("#filter-reset")
    visit.page.fill("#filter-to", "2020")
    visit.page.dispatch_event("#filter-to", "change")
    # only the 2019 framework agreement: the undated exchange is left out too
    assert visit.visible_edges() == {(ALPHA, DELTA), (ALPHA, GAMMA), (DELTA, GAMMA)}
    visit.page.fill("#filter-from", "2022")
    visit.page.fill("#filter-to", "")
    visit.page.dispatch_event("#filter-from", "change")
    assert visit.visible_edges() == {(ALPHA, BETA_ID)}


def test_search_reports_an_institution_hidden_by_filters(visit):
    visit.page.select_option("#filter-type", "research")
    visit.page.fill("#search", "Delta College")
    visit.page.click("#search-form button")
    assert visit.js("document.getElementById('status').textContent") == (
        "Delta College has no agreement matching the filters."
    )


def test_markup_in_names_and_sentences_shows_as_text_and_runs_nothing(visit):
    # hover shows the tooltip (with physics), click pins the details
    if visit.physics():
        visit.page.mouse.move(*visit.node_point(XSS_ID))
        visit.page.wait_for_selector("#tooltip:not([hidden])")
        assert visit.js("document.querySelector('#tooltip h3').textContent") == XSS
    visit.page.mouse.click(*visit.node_point(XSS_ID))
    assert visit.js("document.querySelector('#details h3').textContent") == XSS
    partners = visit.js("[...document.querySelectorAll('#details li')].map(li => li.textContent)")
    assert partners == ["Alpha University"]

    visit.page.mouse.click(*visit.edge_point(ALPHA, XSS_ID))
    details = visit.js("document.getElementById('details').textContent")
    assert "Alpha University \u2014 <img src=x onerror=alert(1)>" in details
    assert "<script>alert(3)</script> signed an MoU on robotics." in details
    assert "<b onmouseover=alert(4)>Alpha</b> signs" in details
    # the javascript: URL of the article is shown as text, not made a link
    assert visit.js("document.querySelectorAll('#details a').length") == 0

    visit.page.mouse.click(*visit.edge_point(ALPHA, BETA_ID))
    assert visit.js("document.querySelector('#details h3').textContent") == (
        f"Alpha University \u2014 {BETA}"
    )
    assert visit.js("document.querySelectorAll('img, b').length") == 0
    assert visit.js("document.querySelectorAll('script').length") == 3
    assert visit.dialogs == []
    assert visit.errors == []
    assert visit.external == []


def test_article_links_open_only_http_urls(visit):
    visit.page.mouse.click(*visit.edge_point(DELTA, GAMMA))
    link = visit.js(
        "(() => { const a = document.querySelector('#details a');"
        " return [a.textContent, a.href, a.rel]; })()"
    )
    assert link == ["Gamma Institute partners", "https://example.org/gamma", "noopener noreferrer"]
    assert visit.external == []


def test_a_large_map_is_drawn_without_physics(browser, tmp_path):
    import networkx as nx

    from kg import maps

    graph = nx.barabasi_albert_graph(600, 2, seed=1)
    nx.set_node_attributes(graph, {n: f"Institution {n}" for n in graph}, "label")
    written = maps.draw(graph, tmp_path / "big.html")
    opened = Visit(browser, written)
    try:
        assert opened.counts() == (600, graph.number_of_edges())
        assert opened.js("network.physics.options.enabled") is False
        assert opened.js("network.body.data.edges.length") == 0  # stroked by the page
        # positions are the ones laid out in Python (vis-network rounds them)
        x, y = maps.layout(graph)[17]
        position = opened.js("(() => { const p = network.getPosition(17); return [p.x, p.y]; })()")
        assert position == [pytest.approx(x, abs=0.5), pytest.approx(y, abs=0.5)]
        assert opened.external == [] and opened.errors == []
    finally:
        opened.page.close()


def test_the_notebook_view_runs_the_map_in_a_sandboxed_iframe(browser, map_file, tmp_path):
    from kg import maps

    page = maps.MapHTML(map_file.read_text(encoding="utf-8"))
    host = tmp_path / "notebook.html"
    host.write_text(f"<!DOCTYPE html><html><body>{page._repr_html_()}</body></html>", "utf-8")
    tab = browser.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        tab.goto(host.as_uri())
        frame = tab.frames[1]
        frame.wait_for_function("() => window.accordReady === true", timeout=60_000)
        assert frame.evaluate("accordMap.shownNodes()") == 5
        assert frame.evaluate("accordMap.shownEdges()") == 6
        assert dialogs == []
    finally:
        tab.close()

"""Screenshot of the map of the bundled data, for the README (docs/map.png).

Builds the bundled store in a temporary folder the way a user does
(`kg load data/seeds.review.json`, or `kg ingest data/articles` with
`--build ingest`) unless `--store` names one, draws it with `kg map`, opens
the page in headless Chromium (Debian's /usr/bin/chromium, every request
outside file:// refused) and saves a PNG once the map is drawn, with the most
connected institution found through the search box so the details panel
shows its partners.

    .venv/bin/python scripts/screenshot.py                      # -> docs/map.png
    .venv/bin/python scripts/screenshot.py --build ingest
    .venv/bin/python scripts/screenshot.py --store ./kg-store -o /tmp/map.png
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
BUILD = {
    "load": ["load", str(ROOT / "data" / "seeds.review.json")],
    "ingest": ["ingest", str(ROOT / "data" / "articles")],
}


def kg(*args: str) -> None:
    """Run one `kg` command; stop with its message if it fails."""
    done = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed: {done.stderr.strip()}")
    print(done.stderr.strip() or done.stdout.strip(), file=sys.stderr)


def most_connected(store: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "top", "--store", store, "--limit", "1", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)[0]["institution"]


def screenshot(page_path: Path, png: Path, search: str, width: int, height: int) -> None:
    from playwright.sync_api import sync_playwright

    external: list[str] = []

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        page.route("**/*", route)
        page.goto(page_path.as_uri())
        page.wait_for_function("window.accordReady === true", timeout=120_000)
        page.fill("#search", search)
        page.click("#search-form button")
        # zoom back out to the whole network, keeping the selection and details
        page.evaluate(
            "network.fit({animation: false});"
            "network.moveTo({scale: network.getScale() * 0.9, animation: false});"
        )
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        page.screenshot(path=str(png))
        browser.close()
    if external:
        raise SystemExit(f"the page asked for {external}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", help="an existing store (default: build one in a temp folder)")
    parser.add_argument("--build", choices=sorted(BUILD), default="load",
                        help="how to build the bundled store (default: load)")  # fmt: skip
    parser.add_argument("-o", "--output", default=str(ROOT / "docs" / "map.png"))
    parser.add_argument("--color-by", default="country")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = args.store
        if store is None:
            store = str(Path(tmp) / "store")
            kg(*BUILD[args.build], "--store", store)
        page = Path(tmp) / "map.html"
        kg("map", "--store", store, "-o", str(page), "--color-by", args.color_by)
        png = Path(args.output)
        png.parent.mkdir(parents=True, exist_ok=True)
        screenshot(page, png, most_connected(store), args.width, args.height)
    print(f"wrote {png}", file=sys.stderr)


if __name__ == "__main__":
    main()

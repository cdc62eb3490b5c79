"""The notebook runs top to bottom on the bundled articles."""

from __future__ import annotations

import pytest

from tests.conftest import REPO


def test_explore_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(REPO / "notebooks" / "explore.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(REPO / "notebooks")}},
    )
    client.execute()
    outputs = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", output
            outputs.append(
                output.get("text", "") + str(output.get("data", {}).get("text/plain", ""))
            )
    text = "\n".join(outputs)
    assert "Peking University Third Hospital" in text
    html = [
        o["data"]["text/html"]
        for c in notebook.cells
        for o in c.get("outputs", [])
        if "text/html" in o.get("data", {})
    ]
    assert html and html[-1].startswith("<iframe srcdoc=")

"""Accord: a knowledge graph of institutions and the agreements they sign.

The Python API mirrors the `kg` command line; see `kg.api.KnowledgeGraph`.
Heavy modules are imported lazily so `import kg` stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["KnowledgeGraph", "open_store", "__version__"]


def __getattr__(name: str):
    if name == "KnowledgeGraph":
        from kg.api import KnowledgeGraph

        return KnowledgeGraph
    if name == "open_store":
        from kg.store import open_store

        return open_store
    raise AttributeError(name)

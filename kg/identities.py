"""Identity pins: what a person has decided about institutions.

A JSON file (default `data/identities.json`, or `--identities` / $KG_IDENTITIES)
that every resolution honours, so corrections survive re-ingesting:

    {
      "merge":   [["UM", "University of Macau"]],        names that are one institution
      "split":   ["Peking University"],                  names never merged with others
      "rename":  {"PolyU": "The Hong Kong Polytechnic University"},  canonical name
      "country": {"Qlip": "NL"},                         ISO 3166-1 alpha-2
      "parent":  {"Faculty of Law": "University of Macau"},          unit -> parent
      "kind":    {"Qlip": "company"}
    }

Names are matched folded (case, accents, punctuation and a leading "The"
ignored), against any name or alias of an institution.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import INSTITUTION_KINDS
from kg.names import fold

DEFAULT_PATH = Path("data/identities.json")


@dataclass
class Identities:
    merge: list[list[str]] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    rename: dict[str, str] = field(default_factory=dict)
    country: dict[str, str] = field(default_factory=dict)
    parent: dict[str, str] = field(default_factory=dict)
    kind: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    @property
    def split_keys(self) -> set[str]:
        return {fold(n) for n in self.split}

    def folded(self, table: dict[str, str]) -> dict[str, str]:
        return {fold(k): v for k, v in table.items()}

    def to_json(self) -> str:
        data = {
            "merge": self.merge,
            "split": self.split,
            "rename": self.rename,
            "country": self.country,
            "parent": self.parent,
            "kind": self.kind,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path | None = None) -> Path:
        target = Path(path or self.path or DEFAULT_PATH)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(self.to_json(), encoding="utf-8")
        os.replace(tmp, target)
        self.path = target
        return target


def identities_path(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("KG_IDENTITIES") or DEFAULT_PATH)


def load_identities(path: str | Path | None = None) -> Identities:
    """Read the identity file; a missing file means no pins."""
    target = identities_path(path)
    if not target.exists():
        return Identities(path=target)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{target}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except UnicodeDecodeError:
        raise InputError(f"{target}: not UTF-8") from None
    if not isinstance(data, dict):
        raise InputError(
            f"{target}: an identity file is a JSON object (merge, split, rename, country, parent, kind)"
        )
    ids = Identities(path=target)
    merge = data.get("merge", [])
    if not isinstance(merge, list) or not all(
        isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g) for g in merge
    ):
        raise InputError(f"{target}: 'merge' is a list of lists of two or more names")
    ids.merge = merge
    split = data.get("split", [])
    if not isinstance(split, list) or not all(isinstance(n, str) for n in split):
        raise InputError(f"{target}: 'split' is a list of names")
    ids.split = split
    for key in ("rename", "country", "parent", "kind"):
        table = data.get(key, {})
        if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in table.items()
        ):
            raise InputError(f"{target}: {key!r} maps names to strings")
        setattr(ids, key, table)
    for name, code in ids.country.items():
        if len(code) != 2 or not code.isalpha():
            raise InputError(f"{target}: country of {name!r} is {code!r}, not a two-letter code")
    ids.country = {k: v.upper() for k, v in ids.country.items()}
    for name, kind in ids.kind.items():
        if kind not in INSTITUTION_KINDS:
            raise InputError(
                f"{target}: kind of {name!r} is {kind!r} (one of {', '.join(INSTITUTION_KINDS)})"
            )
    return ids

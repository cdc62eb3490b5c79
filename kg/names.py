"""The one name normaliser of Accord.

`fold` is the comparison key of institution names everywhere (resolution,
IRIs, lookups): case, accents and punctuation folded, `&` read as "and", a
leading "The" dropped. It matches the folding of shared/eval/score.py, so
what the scorer calls the same name, Accord does too.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

_NON_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=262_144)
def fold(name: str) -> str:
    """Case-, accent- and punctuation-folded form of a name.

    >>> fold("The Hong Kong Polytechnic University")
    'hong kong polytechnic university'
    >>> fold("Wageningen University & Research")
    'wageningen university and research'
    >>> fold("Technische Universität München")
    'technische universitat munchen'
    """
    text = name or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("&", " and ")
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=262_144)
def slug(name: str, max_length: int = 80) -> str:
    """A readable, IRI-safe identifier for a name: its folded form with
    hyphens, percent-encoded where not ASCII.

    >>> slug("The Hong Kong Polytechnic University")
    'hong-kong-polytechnic-university'
    """
    import hashlib

    key = fold(name).replace(" ", "-") or "unnamed"
    if len(key) > max_length:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
        key = key[:max_length].rstrip("-") + "-" + digest
    return quote(key, safe="-_")

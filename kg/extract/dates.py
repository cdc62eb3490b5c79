"""Dates in article text: absolute ("8 August 2017", "May 2019", "2007"),
partial ("on 16 June", "in September") and relative ("today", "on Friday",
"last week", "this month"), resolved against the article's own date.

Why resolve here: a signing is usually reported relative to publication
("signed on Wednesday"), and the review file wants an ISO date as precise as
the text allows (YYYY-MM-DD, YYYY-MM or YYYY).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.sources import gregorian_years

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS = [
    # 2025-02-24
    ("ymd", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    # 20251127 (compact, as in wire-service stamps)
    ("ymd", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")),
    # 6.5.2024 / 06/05/2024: day first, as most of the world writes it, unless
    # the first number cannot be a day's month ("5/16/2024" is May 16)
    (
        "num",
        re.compile(
            r"(?<![\d.,/])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/])"
        ),
    ),
    # 24 February 2025 / 24th of February, 2025
    (
        "dmy",
        re.compile(
            r"\b"
            + _DAY.format(g="d")
            + r"(?:\s+of)?\s+"
            + _MONTH.format(g="m")
            + r",?\s+"
            + _YEAR.format(g="y")
            + r"\b"
        ),
    ),
    # February 24, 2025
    (
        "mdy",
        re.compile(
            r"\b"
            + _MONTH.format(g="m")
            + r"\s+"
            + _DAY.format(g="d")
            + r"(?:,\s*|\s+)"
            + _YEAR.format(g="y")
            + r"\b"
        ),
    ),
    # February 2025
    (
        "my",
        re.compile(r"\b" + _MONTH.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y") + r"\b"),
    ),
    # 16 June / the 16th of June
    (
        "dm",
        re.compile(
            r"\b" + _DAY.format(g="d") + r"(?:\s+of)?\s+" + _MONTH.format(g="m") + r"(?![\w])"
        ),
    ),
    # June 16
    (
        "md",
        re.compile(
            r"\b"
            + _MONTH.format(g="m")
            + r"\s+"
            + _DAY.format(g="d")
            + r"\b(?!\s*,?\s*(?:19|20)\d\d)"
        ),
    ),
    # in September / last November / earlier in March
    (
        "m",
        re.compile(
            r"\b(?P<rel>(?i:last|this|next|(?:in|since|during|until|by|from)(?:\s+early|\s+late|\s+mid-?)?))\s+"
            r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b"
            r"(?P<ly>\s+(?:of\s+)?(?i:last|this)\s+year)?"
        ),
    ),
    # in 2007
    ("y", re.compile(r"(?<![\d,.$€£¥-])\b(?P<y>(?:19|20)\d\d)\b(?![\d-])")),
    # on Friday / on Tuesday of last week / last Thursday
    (
        "wd",
        re.compile(
            r"\b(?P<pre>on|last|this|next|on\s+the\s+(?:morning|afternoon|evening)\s+of)?\s*(?P<w>"
            + _WEEKDAY
            + r")\b(?P<post>\s+of\s+last\s+week|\s+(?:morning|afternoon|evening|night))?",
            re.IGNORECASE,
        ),
    ),
    # on the 10th of this month / the 3rd of last month
    (
        "ordm",
        re.compile(
            r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<r>this|last)\s+month\b",
            re.IGNORECASE,
        ),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<r>today|yesterday|this\s+week|last\s+week|this\s+month|last\s+month|this\s+year|last\s+year|"
            r"earlier\s+this\s+(?:month|year)|earlier\s+today|this\s+(?:morning|afternoon|evening)|last\s+night|recently|"
            r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago)\b",
            re.IGNORECASE,
        ),
    ),
    # last autumn / this spring: the year of that season
    (
        "season",
        re.compile(
            r"\b(?P<rel>last|this|past)\s+(?P<s>spring|summer|fall|autumn)\b", re.IGNORECASE
        ),
    ),
]
#: cheap tests a text must pass before a pattern can match it, in the order
#: of _PATTERNS: most sentences have no year, no month name and no weekday,
#: and skipping a pattern that cannot match changes nothing
_HAS_DIGIT = re.compile(r"\d")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
#: (substring tests: faster than an alternation)
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_REL_WORDS = ("day", "week", "month", "year", "night", "recently", "morning", "afternoon", "evening")
_NEEDS = (
    ("year",),  # ymd
    ("year",),  # compact ymd
    ("year",),  # numeric d.m.y, d/m/y
    ("year", "month"),  # dmy
    ("year", "month"),  # mdy
    ("year", "month"),  # my
    ("digit", "month"),  # dm
    ("digit", "month"),  # md
    ("month",),  # m
    ("year",),  # y
    ("day",),  # wd
    ("digit", "rel"),  # ordm
    ("rel",),  # rel
    ("season",),  # season
)
_SEASON_WORDS = ("spring", "summer", "fall", "autumn")
#: the months of a season in the northern hemisphere, where most of our
#: sources write; only its year is reported
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9}
_NUMBERS = {
    w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), 1)
}


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence and its resolved ISO value."""

    start: int
    end: int
    value: str | None
    kind: str  # pattern kind: ymd, dmy, my, dm, m, y, wd, rel, ...


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}"


def _resolve(kind: str, match: re.Match, published: str | None) -> str | None:
    pub = parse_iso(published)
    g = match.groupdict()
    if kind in ("ymd", "dmy", "mdy"):
        return _iso(int(g["y"]), _month(g["m"]), int(g["d"]))
    if kind == "num":
        first, second = int(g["a"]), int(g["b"])
        if second > 12:
            return _iso(int(g["y"]), first, second)  # 5/16/2024
        return _iso(int(g["y"]), second, first)
    if kind == "my":
        return _iso(int(g["y"]), _month(g["m"]))
    if kind == "y":
        return g["y"]
    if pub is None:
        return None
    year, month, day = pub
    if kind in ("dm", "md"):
        m = _month(g["m"])
        y = year if month is None or m <= month else year - 1
        return _iso(y, m, int(g["d"]))
    if kind == "m":
        m = _month(g["m"])
        rel = g["rel"].lower().split()[0]
        if rel == "next":
            return _iso(year + 1 if month and m < month else year, m)
        y = year if month is None or m <= month or rel == "this" else year - 1
        if rel == "last" and month is not None and m >= month:
            y = year - 1
        if g["ly"]:  # "in March last year", "in May this year"
            y = year - 1 if "last" in g["ly"].lower() else year
        return _iso(y, m)
    if kind == "wd":
        if day is None:
            return _iso(year, month)
        today = dt.date(year, month, day)
        target = WEEKDAYS.index(g["w"].lower())
        back = (today.weekday() - target) % 7
        post = (g.get("post") or "").lower()
        pre = (g.get("pre") or "").lower()
        if "last week" in post:
            monday = today - dt.timedelta(days=today.weekday() + 7)
            return (monday + dt.timedelta(days=target)).isoformat()
        if pre == "last" and back == 0:
            back = 7
        if pre == "next":
            return None
        return (today - dt.timedelta(days=back)).isoformat()
    if kind == "ordm":
        if month is None:
            return None
        y, m = (
            (year, month)
            if g["r"].lower() == "this"
            else ((year - 1, 12) if month == 1 else (year, month - 1))
        )
        return _iso(y, m, int(g["d"]))
    if kind == "rel":
        r = " ".join(g["r"].lower().split())
        if g.get("n"):
            n = g["n"].lower()
            count = 1 if n in ("a", "an") else _NUMBERS.get(n) or int(n)
            unit = g["unit"].lower()
            if unit == "year":
                return _iso(year - count)
            if unit == "month":
                if month is None:
                    return None
                back = year * 12 + month - 1 - count
                return _iso(back // 12, back % 12 + 1)
            if day is None:
                return None
            days = count * (7 if unit == "week" else 1)
            return (dt.date(year, month, day) - dt.timedelta(days=days)).isoformat()
        if r in ("this morning", "this afternoon", "this evening"):
            r = "today"  # "This morning, at the Ministry, ... signed"
        if r in ("today", "earlier today", "last night"):
            return _iso(year, month, day) if r != "last night" else _iso(year, month)
        if r == "yesterday":
            if day is None:
                return _iso(year, month)
            return (dt.date(year, month, day) - dt.timedelta(days=1)).isoformat()
        if r in ("this week", "this month", "earlier this month", "recently", "last week"):
            if r == "last week" and day is not None:
                d = dt.date(year, month, day) - dt.timedelta(days=7)
                if d.month != month:
                    return None
            return _iso(year, month)
        if r == "last month" and month is not None:
            return _iso(year - 1, 12) if month == 1 else _iso(year, month - 1)
        if r in ("this year", "earlier this year"):
            return _iso(year)
        if r == "last year":
            return _iso(year - 1)
    if kind == "season":
        start = _SEASON_START[g["s"].lower()]
        if g["rel"].lower() == "this" or month is None:
            return _iso(year)
        # "last autumn" in May is the autumn of the year before
        return _iso(year if month is not None and month >= start + 3 else year - 1)
    return None


def _month(name: str) -> int:
    if name.isdigit():
        return int(name)  # "2025-02-24", "20251127"
    return MONTHS[name.lower().rstrip(".")]


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """All date expressions of `text`, longest first where they overlap,
    each resolved against `published`.

    >>> [d.value for d in find_dates("signed on Friday, 16 June", "2020-06-17")]
    ['2020-06-16', '2020-06-12']
    """
    if "(" in text:
        text = gregorian_years(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    has = {
        "digit": _HAS_DIGIT.search(text) is not None,
        "year": _HAS_YEAR.search(text) is not None,
        "month": any(map(text.__contains__, _MONTH_STEMS)),
        "day": "day" in low,
        "rel": any(map(low.__contains__, _REL_WORDS)),
        "season": any(map(low.__contains__, _SEASON_WORDS)),
    }
    for (kind, pattern), needs in zip(_PATTERNS, _NEEDS, strict=True):
        if not all(map(has.__getitem__, needs)):
            continue
        for match in pattern.finditer(text):
            s, e = match.span()
            if kind == "wd":
                s = match.start("w") if not match.group("pre") else match.start("pre")
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "y" and _looks_like_number(text, s, e):
                continue
            taken.append((s, e))
            found.append(DateMention(s, e, _resolve(kind, match, published), kind))
    # "on Friday, 15 September": the explicit date says more than the weekday
    explicit = [d for d in found if d.kind in ("ymd", "dmy", "mdy", "dm", "md")]
    return [
        d
        for d in found
        if d.kind != "wd"
        or not any(0 <= x.start - d.end <= 4 or 0 <= d.start - x.end <= 3 for x in explicit)
    ]


def _looks_like_number(text: str, s: int, e: int) -> bool:
    """ "2,000 students" or "2030 targets" are not years; "in 2007" is."""
    before = text[max(0, s - 12) : s].lower()
    after = text[e : e + 12].lower()
    if _YEAR_CUE_BEFORE.search(before) or _INSTRUMENT_AFTER.match(text, e):
        return False  # "in 2007", "a 2019 memorandum of understanding"
    return bool(_COUNTED_AFTER.match(after)) or not _PUNCT_AFTER.match(after)


_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:memorand|mou|moa|agreement|accord|pact|deal|contract|letter\s+of|protocol|partnership|convenio)",
    re.IGNORECASE,
)
_YEAR_CUE_BEFORE = re.compile(
    r"(?:in|since|of|from|until|by|and|to|early|late|mid-?|year|around|,)\s*$"
)
_COUNTED_AFTER = re.compile(r"\s*(?:students|people|staff|members|km|units|graduates|%)")
_PUNCT_AFTER = re.compile(r"\s*[,.;)]")


def publication_date(text: str) -> str | None:
    """The article's own date from its opening lines (a date line such as
    "24 February 2025 | News", "Posted 20200617 11:20", "SEONGNAM, South
    Korea, October 4, 2019 —"), as YYYY-MM-DD or YYYY-MM; None if absent.
    Used when the source reader found none."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:6]
    for line in lines:
        head = gregorian_years(line[:160])
        for kind, pattern in _PATTERNS[:5]:
            match = pattern.search(head)
            if match:
                return _resolve(kind, match, None)
    return None

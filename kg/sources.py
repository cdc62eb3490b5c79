"""Read articles from files and folders into `kg.model.Article`.

The first stage of the flow: everything after it sees plain, Unicode-normalised
text with paragraphs separated by blank lines, plus the article's title, URL and
own publication date. Supported inputs:

- ``.txt`` and ``.md``: one article a file (Markdown markup is reduced to text);
- ``.html`` / ``.htm``: one web page; only the main body is kept (navigation,
  sidebars, related-links lists, scripts and footers are dropped by
  trafilatura, which never touches the network here);
- ``.jsonl``: one JSON object a line, ``.json``: one object or a list of them;
  each object with a ``text`` string is an article (``title``, ``date``,
  ``url`` optional). Its source is ``name.jsonl#LINE`` (1-based line) or
  ``name.json#INDEX`` (0-based list index).

A file that cannot be read never stops the others: `read_paths` reports it as
a `SourceWarning` (file, line, reason) and goes on.

>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Two universities sign MoU\\n\\n12 May 2025 | News\\n\\nBody.")
>>> [(a.source, a.title, a.published) for a in read_paths([folder])]
[('a.txt', 'Two universities sign MoU', '2025-05-12')]
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, content_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl",)
#: every file suffix the reader understands (lower case)
SUPPORTED_SUFFIXES = (
    TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES
)
#: a single article larger than this is not a news article (a dump, a log, a
#: mistake); it is skipped with a warning instead of slowing the whole run down
MAX_ARTICLE_BYTES = 2_000_000
#: saved web pages carry inline scripts and styles, so their limit is higher
MAX_PAGE_BYTES = 10_000_000


@dataclass(frozen=True)
class SourceWarning:
    """Something that could not be read: the file, the line or record (1-based
    line for JSONL, 0-based index for a JSON list) when known, and why."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


WarningHandler = Callable[[SourceWarning], None]


# --------------------------------------------------------------------------
# Reading files and folders


def read_paths(
    paths: Iterable[str | Path], on_warning: WarningHandler | None = None
) -> Iterator[Article]:
    """Yield the articles of the given files and folders, in a stable order.

    Folders are walked recursively in sorted order; files with an unknown
    suffix and hidden files in a folder are ignored silently, as are JSON files
    that hold no article records (review or gold files beside the articles).
    A file named explicitly with an unknown suffix, a missing path and a file
    that cannot be read are reported to `on_warning` (or logged when it is
    None) and skipped.
    """
    warn = on_warning or _log_warning
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file, name in _walk(path):
                yield from _read_reporting(file, name, warn, explicit=False)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                warn(
                    SourceWarning(
                        str(path),
                        None,
                        f"unsupported file type {path.suffix or '(none)'!r}; "
                        f"expected one of {', '.join(SUPPORTED_SUFFIXES)}",
                    )
                )
                continue
            yield from _read_reporting(path, path.name, warn, explicit=True)
        else:
            warn(SourceWarning(str(path), None, "no such file or folder"))


def read_file(path: str | Path, on_warning: WarningHandler | None = None) -> list[Article]:
    """Read the articles of one file (one for text and HTML, one per record
    for JSON and JSONL).

    Raises `InputError` when the file as a whole is unusable (missing,
    unsupported, empty, binary, too large, no text). Problems with single JSON
    records are passed to `on_warning` (or logged) and the other records kept.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return _read(path, path.name, on_warning or _log_warning, explicit=True)


def _log_warning(warning: SourceWarning) -> None:
    log.warning("%s", warning)


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    """Supported, non-hidden files under `folder`, sorted by relative path."""
    found = []
    for file in folder.rglob("*"):
        relative = file.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if file.suffix.lower() in SUPPORTED_SUFFIXES and file.is_file():
            found.append((relative.as_posix(), file))
    for name, file in sorted(found):
        yield file, name


def _read_reporting(
    path: Path, name: str, warn: WarningHandler, explicit: bool
) -> Iterator[Article]:
    try:
        yield from _read(path, name, warn, explicit)
    except InputError as exc:
        warn(SourceWarning(str(path), None, str(exc).removeprefix(f"{path}: ")))
    except OSError as exc:
        warn(SourceWarning(str(path), None, f"cannot be read ({exc.strerror or exc})"))


def _read(path: Path, name: str, warn: WarningHandler, explicit: bool) -> list[Article]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(path, name, warn, explicit)
    if suffix in JSON_SUFFIXES:
        return _read_json(path, name, warn, explicit)
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'!r}")
    size = path.stat().st_size
    limit = MAX_PAGE_BYTES if suffix in HTML_SUFFIXES else MAX_ARTICLE_BYTES
    if size > limit:
        raise InputError(
            f"{path}: {size / 1e6:.1f} MB is more than the {limit / 1e6:.0f} MB "
            "limit for one article; skipped"
        )
    raw = path.read_bytes()
    text = _decode(raw, path, warn)
    if suffix in HTML_SUFFIXES:
        article = html_article(text, name)
    elif suffix in MARKDOWN_SUFFIXES:
        article = text_article(markdown_to_text(text), name)
    else:
        article = text_article(text, name)
    if article is None:
        what = "no main text found in the page" if suffix in HTML_SUFFIXES else "no text"
        raise InputError(f"{path}: {what}; skipped")
    return [article]


def _decode(raw: bytes, path: Path, warn: WarningHandler) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252 with a warning. Raises `InputError` for empty and binary files."""
    if not raw.strip():
        raise InputError(f"{path}: empty file; skipped")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-16 although it starts with a BOM") from None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file (not text); skipped")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(
            SourceWarning(
                str(path),
                None,
                f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                "read as Windows-1252",
            )
        )
        return raw.decode("cp1252", errors="replace")


# --------------------------------------------------------------------------
# JSON and JSON Lines


def _read_jsonl(path: Path, name: str, warn: WarningHandler, explicit: bool) -> list[Article]:
    articles: list[Article] = []
    records = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                reason = "not UTF-8" if isinstance(exc, UnicodeDecodeError) else exc.msg
                warn(SourceWarning(str(path), number, f"not a JSON object ({reason}); skipped"))
                continue
            records += 1
            if not explicit and not _has_text(obj):
                continue
            article = _record_article(obj, f"{name}#{number}", str(path), number, warn)
            if article is not None:
                articles.append(article)
    if not explicit and records and not articles:
        log.debug("%s holds no article records; ignored", path)
    return articles


def _read_json(path: Path, name: str, warn: WarningHandler, explicit: bool) -> list[Article]:
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(f"{path}: empty file; skipped")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 JSON; skipped") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}); skipped") from None
    if isinstance(data, dict):
        records = [(None, data)]
    elif isinstance(data, list):
        records = list(enumerate(data))
    else:
        raise InputError(f"{path}: JSON is neither an object nor a list of objects; skipped")
    if not explicit and not any(_has_text(obj) for _, obj in records):
        log.debug("%s holds no article records; ignored", path)
        return []
    articles = []
    for index, obj in records:
        source = name if index is None else f"{name}#{index}"
        article = _record_article(obj, source, str(path), index, warn)
        if article is not None:
            articles.append(article)
    return articles


def _has_text(obj) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("text"), str)


def _record_article(
    obj, source: str, path: str, line: int | None, warn: WarningHandler
) -> Article | None:
    """One JSON record -> Article, or a warning and None."""
    if not isinstance(obj, dict):
        warn(SourceWarning(path, line, "record is not a JSON object; skipped"))
        return None
    text = obj.get("text")
    if not isinstance(text, str):
        warn(SourceWarning(path, line, "record has no 'text' string; skipped"))
        return None
    if len(text) > MAX_ARTICLE_BYTES:
        warn(SourceWarning(path, line, "record text is larger than the article limit; skipped"))
        return None
    title = _string(obj.get("title") or obj.get("headline"))
    date_value = obj.get("date") or obj.get("published") or obj.get("datePublished")
    published = parse_date(str(date_value)) if date_value else None
    article = text_article(
        text, source, title=title, published=published, url=_string(obj.get("url"))
    )
    if article is None:
        warn(SourceWarning(path, line, "record text is empty; skipped"))
    return article


def _string(value) -> str | None:
    if isinstance(value, str) and value.strip():
        return normalise_text(value).strip()
    return None


# --------------------------------------------------------------------------
# Text


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_INVISIBLE.update({0x00A0: " ", 0x2028: "\n", 0x2029: "\n\n", 0x0B: "\n", 0x0C: "\n"})
_SPECIAL = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2028\u2029\x0b\x0c]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Unicode NFC, ``\\n`` line ends, no BOM, zero-width characters or soft
    hyphens, non-breaking spaces as spaces, at most one blank line between
    paragraphs, no blank lines at either end.

    >>> normalise_text("\\ufeffCafe\\u0301 \\r\\n\\r\\n\\r\\nBody\\r")
    'Café\\n\\nBody'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if _SPECIAL.search(text):  # translate() is slow; most articles need none
        text = text.translate(_INVISIBLE)
    text = _CONTROL.sub("", text)
    text = _TRAILING_SPACE.sub("\n", text + "\n")
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n").rstrip()


def text_article(
    text: str,
    source: str,
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
) -> Article | None:
    """Build an Article from plain text, finding title and date in its head
    when they are not given. None when there is no text at all."""
    text = normalise_text(text)
    if not text.strip():
        return None
    return Article(
        id=content_id(text),
        source=source,
        text=text,
        title=title or find_title(text),
        published=published or find_published(text),
        url=url,
    )


_HEAD_LINES = 8
_BULLET = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+")


def _head(text: str) -> list[str]:
    """The first non-empty lines of an article: where headline and date line are."""
    lines = []
    for line in text.split("\n"):
        line = line.strip()
        if line:
            lines.append(line)
            if len(lines) == _HEAD_LINES:
                break
    return lines


def find_title(text: str) -> str | None:
    """The headline: the first short line of the article's head that reads
    like one (not a date line, a masthead with ``|``, a bullet or a sentence).
    Lines in the same block as a date line and above it are a masthead
    ("UOW Media Release" / "24 November 2020"): the headline then follows it.

    >>> find_title("UOW Media Release\\n24 November 2020\\n\\nWSU joins the alliance\\n\\nThe ...")
    'WSU joins the alliance'
    >>> find_title("Queen opens centre\\n\\n26 April 2014\\n\\nSubtitle\\n\\nHer Majesty today opened a centre.")
    'Queen opens centre'
    """
    for block in text.strip().split("\n\n")[:6]:
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        dated = [i for i, line in enumerate(lines) if len(line) <= 150 and _date_line(line)]
        if dated:
            lines = lines[dated[0] + 1 :]  # a masthead and its date line
        if lines and _headline_like(lines[0]):
            return _clean_title(lines[0])
    return None


def _headline_like(line: str) -> bool:
    if len(line) > 250 or "|" in line or _BULLET.match(line):
        return False
    if line.endswith((".", ":", ";", ",")) and not line.endswith("..."):
        return False
    return any(ch.isalpha() for ch in line)


def _clean_title(line: str) -> str:
    return line.strip().strip("#*_ ").strip()


_MD_FENCE = re.compile(r"^(```|~~~).*$", re.M)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_COMMENT = re.compile(r"<!--.*?-->", re.S)
_MD_QUOTE = re.compile(r"^>\s?", re.M)
_MD_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)


def markdown_to_text(text: str) -> str:
    """Reduce Markdown to the text a reader sees: headings, emphasis, links
    and images become their text; bullets stay as ``- item`` lines.

    >>> markdown_to_text("# Title\\n\\n*FAMU News, June 28, 2008*\\n\\n- **Partners:** [UoA](http://x)")
    'Title\\n\\nFAMU News, June 28, 2008\\n\\n- Partners: UoA'
    """
    text = text.replace("\r\n", "\n")
    text = _MD_COMMENT.sub("", text)
    text = _MD_FENCE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = re.sub(r"^(\s*)[*+](\s+)", r"\1-\2", text, flags=re.M)
    for _ in range(2):  # nested emphasis (***x***, **_x_**)
        text = _MD_EMPHASIS.sub(r"\2", text)
    return text


# --------------------------------------------------------------------------
# Dates


_MONTH_NAMES = {
    1: "january jan janvier enero janeiro januar jänner gennaio januari",
    2: "february feb février fevrier febrero fevereiro februar febbraio februari",
    3: "march mar mars marzo março märz maerz maart",
    4: "april apr avril abril aprile",
    5: "may mai mayo maio maggio mei",
    6: "june jun juin junio junho juni giugno",
    7: "july jul juillet julio julho juli luglio",
    8: "august aug août aout agosto augustus",
    9: "september sep sept septembre septiembre setiembre setembro settembre",
    10: "october oct octobre octubre outubro oktober ottobre",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre decembre diciembre dezembro dezember dicembre",
}
#: languages whose month names date lines use ("27 februarie 2024", "15. svibnja
#: 2024.", "12. marts 2024"), read from the CLDR data babel ships; on a clash
#: ("listopada" is November in Polish, October in Croatian) the earlier wins
_DATE_LINE_LOCALES = (
    "es pt fr de it nl ca gl ro pl cs sk hu sl hr sr_Latn bs sq lt lv et fi sv da nb nn is tr "
    "id ms sw af az fil th"
).split()
#: a year of the common era, or of the Buddhist era Thai date lines use ("3 July 2566")
_Y = r"(?P<y>(?:19|20|25)\d\d)(?!\d)"
_D = r"(?P<d>[0-3]?\d)"


@functools.lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names (lowercase) to numbers: the English and Romance forms
    above, then the wide names of `_DATE_LINE_LOCALES` in both grammatical
    forms (Croatian "svibanj" and "svibnja")."""
    from babel.dates import get_month_names

    months = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
    for locale in _DATE_LINE_LOCALES:
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, locale).items():
                name = re.sub(r"^(?:de\s+|d[’'])", "", name.lower())  # Catalan "de maig"
                if " " not in name and len(name) >= 3:
                    months.setdefault(name, number)
    # then their abbreviations ("12 Set 2023", "3 Okt. 2024"), which no full name shadows
    for locale in _DATE_LINE_LOCALES:
        for number, name in get_month_names("abbreviated", "format", locale).items():
            name = name.lower().rstrip(".")
            if name.isalpha() and len(name) >= 3:
                months.setdefault(name, number)
    return months


@functools.lru_cache(maxsize=1)
def _date_forms() -> list[re.Pattern]:
    """The date forms, most specific first; a later form never overlaps an
    earlier match. Built on first use: the month table comes from babel."""
    month = "|".join(sorted(map(re.escape, _months()), key=len, reverse=True))
    m = rf"(?P<m>{month})\.?"
    return [
        # 20251127 16:22 (compact date, only trusted with a time after it)
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[T ]+\d{1,2}:\d\d)"),
        # 2023-03-14, 2023/03/14, 2023.03.14, 2020-09-25T14:30
        re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)"),
        # 24 February 2025, 1st of March 2021, 12. Mai 2025, 12 de mayo de 2025
        re.compile(
            rf"(?<![\w.]){_D}(?:st|nd|rd|th|er|º)?\.?(?:\s+of|\s+de)?\s+{m},?\s+(?:de\s+)?{_Y}",
            re.I,
        ),
        # October 4, 2019; Nov. 8, 2022
        re.compile(rf"(?<![\w]){m}\s+{_D}(?:st|nd|rd|th)?,?\s+{_Y}", re.I),
        # 2025年11月27日, 2025년 11월 27일 (day optional)
        re.compile(
            r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*[)）]?\s*(?P<m>[01]?\d)\s*[月월](?:\s*(?P<d>[0-3]?\d)\s*[日일])?"
        ),
        # 14-Mar-2024
        re.compile(rf"(?<![\w.]){_D}-{m}-{_Y}", re.I),
        # 2025. március 18. (Hungarian: year, month, day)
        re.compile(rf"(?<![\d.]){_Y}\.\s+{m}\s+{_D}\.", re.I),
        # February 22/2024
        re.compile(rf"(?<![\w]){m}\s+{_D}/{_Y}", re.I),
        # 07-11-2023 (day first), and a newspaper's "18-09-23, 17:45"
        re.compile(r"(?<![\d.-])(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>(?:19|20)\d\d)(?![\d-])"),
        re.compile(r"(?<![\d.-])(?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y2>\d\d),?\s+(?=\d{1,2}:\d\d)"),
        # 14/03/2024 or 03/14/2024, only where the day cannot be the month
        re.compile(
            r"(?<![\d/])(?:(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])"
            r"|(?P<m2>0?[1-9]|1[0-2])/(?P<d2>1[3-9]|2\d|3[01]))/(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        # 12/03/2025 where either could be the month (`find_dates` settles it)
        re.compile(
            r"(?<![\d/])(?P<d3>0?[1-9]|1[0-2])/(?P<m3>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        # 15.09.2017, and the Czech and Slovak "3. 4. 2025" (day first)
        re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>(?:19|20)\d\d)(?!\d)"),
        # December 2016, Nov 2011, mayo de 2020 (month only)
        re.compile(rf"(?<![\w]){m},?\s+(?:de\s+)?{_Y}", re.I),
    ]


#: a head that places the article in the United States, where "04/03/2025"
#: is the third of April
_MONTH_FIRST_PLACES = re.compile(
    r"\b(?:U\.S\.|USA|United States|Calif\.|Mass\.|N\.Y\.|Fla\.|Ill\.|Pa\.|Mich\.|Wash\.|"
    r"Ariz\.|Colo\.|Minn\.|Wis\.|Tenn\.|Conn\.|Okla\.)"
    # a time zone after a time ("10:30 a.m. ET"), not Indonesia's "PT" before a company
    r"|\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?:ET|PT|CT|MT|EST|PST|EDT|PDT)\b"
)


@dataclass(frozen=True)
class _DateMatch:
    start: int
    end: int
    iso: str


_YEAR = re.compile(r"(?:19|20|25)\d\d|\d-\d\d,?\s+\d{1,2}:\d\d")


def find_dates(text: str, context: str | None = None) -> list[_DateMatch]:
    """Every date expression in `text`, in order, as ISO strings
    (``YYYY-MM-DD``, or ``YYYY-MM`` when no day is given). `context` (the
    article's head) settles dates like "12/03/2025" that could be read
    either way."""
    taken: list[_DateMatch] = []
    if not _YEAR.search(text):
        return taken
    for form in _date_forms():
        for match in form.finditer(text):
            if any(match.start() < t.end and t.start < match.end() for t in taken):
                continue
            if (
                match.groupdict().get("m") or ""
            ).lower() == "mars" and "d" not in match.groupdict():
                continue  # "Mars 2020" is a rover more often than a month
            # an impossible date ("31 February 2024") keeps its span, so that no
            # shorter form reads part of it as a date; it is dropped below
            iso = _iso(match) or ""
            if iso and match.groupdict().get("d3"):
                a, b = int(match.group("d3")), int(match.group("m3"))
                if _named(context or text, b, a):  # "12/03/2025" and "March 12": day first
                    pass
                elif _named(context or text, a, b) or _MONTH_FIRST_PLACES.search(
                    context or text
                ):  # "01/03/2025" and "Jan. 3", or a US dateline: month first
                    iso = f"{iso[:4]}-{a:02d}-{b:02d}"
                # else day first, as most of the world writes it
            taken.append(_DateMatch(match.start(), match.end(), iso))
    return sorted((t for t in taken if t.iso), key=lambda t: t.start)


def _named(text: str, month: int, day: int) -> bool:
    """True when the text names `month` with `day` ("March 12", "12 March",
    "Jan. 3"): what settles an ambiguous "12/03/2025"."""
    names = [n for n, m in _months().items() if m == month and len(n) >= 3]
    return any(re.search(rf"\b{n}\.?\s+0?{day}\b|\b0?{day}\s+{n}\b", text, re.I) for n in names)


def _iso(match: re.Match) -> str | None:
    parts = match.groupdict()
    month_text = parts.get("m") or parts.get("m2") or parts.get("m3")
    day_text = parts.get("d") or parts.get("d2") or parts.get("d3")
    month = int(month_text) if month_text.isdigit() else _months().get(month_text.lower())
    year = int(parts["y"]) if parts.get("y") else 2000 + int(parts["y2"])
    if year >= 2400:
        year -= 543  # Buddhist era
    day = int(day_text) if day_text else None
    try:
        dt.date(year, month or 0, day or 1)
    except (TypeError, ValueError):
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def parse_date(value: str) -> str | None:
    """The first date in `value` as ISO ``YYYY-MM-DD`` or ``YYYY-MM``
    (JSON records' ``date`` field, HTML metadata).

    >>> parse_date("2020-09-25T14:30:00+10:00"), parse_date("Fri, 22 Sep 2017")
    ('2020-09-25', '2017-09-22')
    """
    dates = find_dates(value)
    return dates[0].iso if dates else None


_PREPOSITION = re.compile(
    r"\b(on|in|since|from|until|till|to|by|before|after|at|of|between|and|"
    r"through|during|until|than|the|for|last|next|this)\W*$",
    re.I,
)
_PUBLISHING = re.compile(
    r"\b(published|posted|release|released|issued|dated|updated|date)\b\W*\w*\W*$", re.I
)
_UPDATED = re.compile(r"\b(updated|modified|edited|revised)\b", re.I)
_DATELINE_END = re.compile(
    # "Addis Ababa, March 5/2024 (ENA) The Ministry ...": an agency's credit closes it too
    r"\s[—–-]{1,4}\s|—|–|\s-\s|(?<=\))\.?-{1,2}\s|(?<=\))\s+(?=[A-Z])"
)
#: "Querétaro, Qro., a 9 de octubre de 2024.": a date line, not a sentence
_ENDS_WITH_DATE = re.compile(r"(?:19|20)\d\d\.$")


#: "10 April 2568 (2025)", "15 January B.E. 2568 (2025)": a Thai Buddhist-era
#: year with its common-era year after it; "3 May B.E. 2567": one marked as such
_BUDDHIST_YEAR = re.compile(
    r"\b(?:B\.\s?E\.\s*|BE\s+)?25[0-9]\d\s*\(((?:19|20)\d\d)\)|(?:\bB\.\s?E\.\s*|\bBE\s+)(25[0-9]\d)\b"
)


def gregorian_years(text: str) -> str:
    """`text` with each Buddhist-era year written as its common-era year,
    padded so that every offset stays where it was."""
    if "25" not in text:
        return text
    return _BUDDHIST_YEAR.sub(
        lambda m: (m.group(1) or str(int(m.group(2)) - 543)).ljust(len(m.group(0))), text
    )


@functools.lru_cache(maxsize=1024)
def _date_line(line: str, context: str | None = None) -> tuple[str, bool] | None:
    """If `line` is a date line or starts with a dateline, its date and
    whether it is an "updated" date rather than a publication date.

    Date lines are short lines whose date is not the object of a preposition
    ("24 February 2025 | News", "Posted on: 16 February 2018", "Issue 104,
    November 2011"); datelines open a paragraph and end with a dash
    ("LONDON, Nov. 8, 2022 — ...") or sit in brackets at its start.
    """
    line = gregorian_years(line.strip().strip("*_").strip())
    prefix = line
    if len(line) > 150:
        match = _DATELINE_END.search(line, 0, 140)
        if line.startswith("(") and ")" in line[:100]:
            prefix = line[1 : line.index(")")]
        elif match:
            prefix = line[: match.start()]
        else:
            return None
    elif (
        prefix.endswith(".")
        and len(prefix.split()) >= 6
        and "|" not in prefix
        and not _ENDS_WITH_DATE.search(prefix)
    ):
        match = _DATELINE_END.search(line, 0, 140)
        if not match:
            return None  # a sentence, not a date line
        prefix = line[: match.start()]
    updated = None
    segment_start = 0
    dates = find_dates(prefix, context)
    # "Date: 2081/09/15 (30 December 2024)": a date of another calendar, its
    # common-era date in brackets after it
    dates = [
        d
        for d, nxt in zip(dates, [*dates[1:], None], strict=False)
        if nxt is None or not re.fullmatch(r"\s*\(\s*", prefix[d.end : nxt.start])
    ]
    for date in dates:
        before = prefix[segment_start : date.start]  # since the previous date
        segment_start = date.end
        if _PREPOSITION.search(before) and not _PUBLISHING.search(before):
            continue
        if len(prefix) - (date.end - date.start) > 110:
            continue
        if not _UPDATED.search(before):
            return date.iso, False
        updated = updated or (date.iso, True)
    return updated


def find_published(text: str) -> str | None:
    """The article's own date from the date line or dateline in its head,
    never from dates of events in the body. A publication date wins over an
    "updated" one.

    >>> find_published("Headline\\n\\nSEONGNAM, South Korea, October 4, 2019 — KAIST and ...")
    '2019-10-04'
    >>> find_published("Headline\\n\\nThe MoU was signed on 4 October 2019 in Seoul.") is None
    True
    """
    updated = None
    long_lines = 0
    head = text[:1500]
    for line in _head(text):
        found = _date_line(line, head)
        if found:
            iso, is_update = found
            if not is_update:
                return iso
            updated = updated or iso
        if len(line) > 150:
            long_lines += 1
            if long_lines == 2:
                break
    return updated or _closing_date(text)


#: a closing line that dates the release: "Ends/Wednesday, March 12, 2025",
#: "Published: 06/05/2024"
_CLOSING_DATE_LINE = re.compile(r"^(?:Ends\s*/|(?:Published|Posted|Released|Issued|Dated)\b)", re.I)


def _closing_date(text: str) -> str | None:
    """The date a press release gives in its last lines, where government
    and agency releases put it when their head has none."""
    lines = [line.strip() for line in text[-600:].split("\n") if line.strip()][-4:]
    for line in reversed(lines):
        if len(line) <= 80 and _CLOSING_DATE_LINE.match(line):
            dates = find_dates(line, text[:1500])
            if dates:
                return dates[0].iso
    return None


# --------------------------------------------------------------------------
# HTML


def html_article(html: str, source: str) -> Article | None:
    """The main body of a web page as an Article, or None when the page has
    none. Title from ``og:title``, the first ``h1`` or ``<title>``; date from
    JSON-LD ``datePublished``, publication-time meta tags, a ``<time>`` in the
    content, or the date line under the headline; URL from the canonical link
    or ``og:url``."""
    import lxml.html

    body = _main_text(html)
    if not body:
        return None
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        tree = None
    title = _html_title(tree) if tree is not None else None
    body = normalise_text(body)
    if title and title not in body[: len(title) + 200]:
        body = f"{title}\n\n{body}"
    published = _html_published(tree) if tree is not None else None
    return text_article(
        body,
        source,
        title=title,
        published=published or find_published(body),
        url=_html_url(tree) if tree is not None else None,
    )


def _main_text(html: str) -> str | None:
    """Main body through trafilatura (no network: it is only given a string),
    paragraphs as blocks separated by blank lines, tables as one line a row."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        _text_divs_as_paragraphs(html),
        output_format="xml",
        fast=False,  # keep readability/jusText fallbacks: ~1 ms a page for messy pages
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        with_metadata=False,
    )
    if not xml:
        return None
    main = etree.fromstring(xml.encode("utf-8")).find("main")
    if main is None:
        return None
    blocks = [_block_text(element) for element in main]
    return "\n\n".join(block for block in blocks if block)


#: inline tags a paragraph may hold
_INLINE_TAGS = {"a", "em", "strong", "b", "i", "span", "abbr", "sup", "sub", "br", "small", "mark", "q", "cite"}


def _text_divs_as_paragraphs(html: str) -> str:
    """The page with every ``div`` of an article's prose written as a ``p``.
    Why: a standfirst in a bare ``div`` ("<div class="chapo">Two agreements
    were signed on Tuesday.</div>") next to the body's paragraphs is dropped
    by trafilatura, and with it the sentence that says what was signed. Only
    divs inside ``<article>`` or ``<main>``, outside the page's furniture,
    holding nothing but text and inline tags and reading as sentences."""
    if "<div" not in html or ("<article" not in html and "<main" not in html):
        return html
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    changed = False
    for container in tree.iter("article", "main"):
        for div in container.iter("div"):
            if any(child.tag not in _INLINE_TAGS for child in div if isinstance(child.tag, str)):
                continue
            text = _inline(div)
            if len(text) < 60 or not text.rstrip("”\"'").endswith((".", "!", "?")):
                continue
            if _FURNITURE_CLASS.search(f"{div.get('class', '')} {div.get('id', '')}") or _is_furniture(div):
                continue
            div.tag = "p"
            changed = True
    if not changed:
        return html
    return lxml.html.tostring(tree, encoding="unicode")


def _inline(element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _block_text(element) -> str:
    if element.tag == "list":
        return "\n".join(f"- {_inline(item)}" for item in element.iter("item") if _inline(item))
    if element.tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_inline(cell) for cell in row.iter("cell")]
            if any(cells):
                rows.append(" | ".join(cell for cell in cells if cell))
        return "\n".join(rows)
    return _inline(element)


_FURNITURE_TAGS = {"nav", "aside", "footer", "script", "style", "noscript", "template", "form"}
_FURNITURE_CLASS = re.compile(r"side|related|footer|nav|menu|widget|recommend|promo|share", re.I)


def _is_furniture(element) -> bool:
    for node in element.iterancestors():
        if node.tag in _FURNITURE_TAGS:
            return True
        if _FURNITURE_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _html_title(tree) -> str | None:
    for meta in tree.iter("meta"):
        if meta.get("property") == "og:title" and (meta.get("content") or "").strip():
            return normalise_text(meta.get("content")).strip()
    for h1 in tree.iter("h1"):
        if not _is_furniture(h1) and _inline(h1):
            return normalise_text(_inline(h1))
    title = tree.find(".//title")
    if title is not None and _inline(title):
        return normalise_text(re.split(r"\s+[|–—]\s+|\s+-\s+", _inline(title))[0])
    return None


_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
)


def _html_published(tree) -> str | None:
    """The page's publication date from its structured metadata or, failing
    that, from a date line just under its headline."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            found = _json_ld_date(script.text or "")
            if found:
                return found
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATE_KEYS and meta.get("content"):
            metas.setdefault(key, meta.get("content"))
    for key in _META_DATE_KEYS:
        if key in metas and parse_date(metas[key]):
            return parse_date(metas[key])
    for element in tree.iter("time"):
        if not _is_furniture(element):
            found = parse_date(element.get("datetime") or "") or parse_date(_inline(element))
            if found:
                return found
    return _date_under_headline(tree)


def _json_ld_date(source: str) -> str | None:
    try:
        data = json.loads(source)
    except json.JSONDecodeError:
        return None
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str) and parse_date(value):
                return parse_date(value)
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
    return None


def _date_under_headline(tree) -> str | None:
    """Scan the few text blocks after the first content ``h1`` (byline, date
    line, dateline of the first paragraph) for a date line."""
    h1 = next((h for h in tree.iter("h1") if not _is_furniture(h)), None)
    if h1 is None:  # a page that sets its headline in an h2
        h1 = next((h for h in tree.iter("h2") if not _is_furniture(h)), None)
    if h1 is None:
        return None
    lines = []
    for element in h1.itersiblings():
        if element.tag in _FURNITURE_TAGS or not isinstance(element.tag, str):
            continue
        text = _inline(element)
        if text:
            lines.append(text)
        if len(lines) == 4:
            break
    if not lines and h1.getparent() is not None:
        return _date_under_parent(h1)
    return find_published("\n".join(lines))


def _date_under_parent(h1) -> str | None:
    parent = h1.getparent()
    for element in parent.itersiblings():
        if isinstance(element.tag, str) and element.tag not in _FURNITURE_TAGS:
            return find_published(_inline(element)[:400])
    return None


def _html_url(tree) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href").strip()
    for meta in tree.iter("meta"):
        if meta.get("property") == "og:url" and meta.get("content"):
            return meta.get("content").strip()
    return None

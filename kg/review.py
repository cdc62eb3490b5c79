"""Review files: the JSON form of `ArticleFacts` that people read and correct.

A review file is a JSON list of article objects (shared/eval/SCHEMA.md) or
JSON Lines, one object a line. `kg extract` writes it, a person corrects it,
`kg load` reads it back. Reading checks every article on its own, so one bad
article is reported (file, article, reason) while the others still load.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import (
    AGREEMENT_TYPES,
    EXCHANGE_KINDS,
    INSTITUTION_KINDS,
    Agreement,
    ArticleFacts,
    Institution,
)

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class RecordError:
    """One article of a review file that could not be read."""

    source: str
    article: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: article {self.article}: {self.reason}"


def check_date(value: str | None, what: str) -> str | None:
    """Return `value` if it is a real YYYY, YYYY-MM or YYYY-MM-DD date.

    >>> check_date("2025-02", "signed")
    '2025-02'
    >>> check_date("2025-02-30", "signed")
    Traceback (most recent call last):
    kg.errors.InputError: signed '2025-02-30' is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)
    """
    if value in (None, ""):
        return None
    text = str(value).strip()
    match = _DATE.match(text)
    problem = InputError(f"{what} {value!r} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)")
    if not match:
        raise problem
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise problem from None
    return text


def _strings(value, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{what} must be a list of strings")
    return [v.strip() for v in value if v.strip()]


def _institution(obj) -> Institution:
    if not isinstance(obj, dict) or not isinstance(obj.get("name"), str) or not obj["name"].strip():
        raise InputError("an institution has no name")
    name = obj["name"].strip()
    kind = obj.get("kind") or "other"
    if kind not in INSTITUTION_KINDS:
        raise InputError(
            f"institution {name!r} has unknown kind {kind!r} (one of {', '.join(INSTITUTION_KINDS)})"
        )
    country = obj.get("country")
    if country is not None:
        country = str(country).strip().upper()
        if not _COUNTRY.match(country):
            raise InputError(
                f"institution {name!r} has country {obj.get('country')!r}, not a two-letter code"
            )
    unit_of = obj.get("unit_of")
    return Institution(
        name=name,
        aliases=[a for a in _strings(obj.get("aliases"), f"aliases of {name!r}") if a != name],
        kind=kind,
        country=country,
        unit_of=unit_of.strip() if isinstance(unit_of, str) and unit_of.strip() else None,
    )


def _agreement(obj, facts: ArticleFacts, number: int) -> Agreement:
    what = f"agreement {number}"
    if not isinstance(obj, dict):
        raise InputError(f"{what} is not an object")
    parties = _strings(obj.get("parties"), f"parties of {what}")
    if len(set(parties)) < 2:
        raise InputError(
            f"{what} has {len(set(parties))} distinct parties; an agreement needs two or more"
        )
    for party in parties:
        if facts.institution(party) is None:
            raise InputError(
                f"{what} names party {party!r}, which the article does not declare in institutions"
            )
    agreement_type = obj.get("type") or "partnership"
    if agreement_type not in AGREEMENT_TYPES:
        raise InputError(
            f"{what} has unknown type {agreement_type!r} (one of {', '.join(AGREEMENT_TYPES)})"
        )
    exchanges = _strings(obj.get("exchanges"), f"exchanges of {what}")
    for kind in exchanges:
        if kind not in EXCHANGE_KINDS:
            raise InputError(
                f"{what} has unknown exchange kind {kind!r} (one of {', '.join(EXCHANGE_KINDS)})"
            )
    span = obj.get("span")
    return Agreement(
        parties=list(dict.fromkeys(parties)),
        type=agreement_type,
        signed=check_date(obj.get("signed"), f"{what}: signed"),
        fields=list(
            dict.fromkeys(f.lower() for f in _strings(obj.get("fields"), f"fields of {what}"))
        ),
        exchanges=list(dict.fromkeys(exchanges)),
        evidence=str(obj.get("evidence") or "").strip(),
        optional=bool(obj.get("optional", False)),
        span=tuple(span) if isinstance(span, list) and len(span) == 2 else None,
        rule=obj.get("rule") if isinstance(obj.get("rule"), str) else None,
    )


def facts_from_dict(obj) -> ArticleFacts:
    """Check one article object of a review file and turn it into `ArticleFacts`.

    Raises `InputError` with the reason when the object breaks SCHEMA.md.
    """
    if not isinstance(obj, dict):
        raise InputError("is not a JSON object")
    article = obj.get("article")
    if not isinstance(article, str) or not article.strip():
        raise InputError("has no 'article' (the article's file name)")
    if not isinstance(obj.get("agreements"), list):
        raise InputError("has no 'agreements' list")
    if not isinstance(obj.get("institutions", []), list):
        raise InputError("'institutions' is not a list")
    facts = ArticleFacts(
        article=article.strip(),
        id=obj.get("id") if isinstance(obj.get("id"), str) else None,
        published=check_date(obj.get("published"), "published"),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
    )
    seen: dict[str, str] = {}
    for inst_obj in obj.get("institutions", []):
        inst = _institution(inst_obj)
        for form in inst.names:
            if form in seen and seen[form] != inst.name:
                raise InputError(f"name {form!r} is declared for two institutions")
            seen[form] = inst.name
        facts.institutions.append(inst)
    for inst in facts.institutions:
        if inst.unit_of and facts.institution(inst.unit_of) is None:
            raise InputError(
                f"institution {inst.name!r} is unit_of {inst.unit_of!r}, which is not declared"
            )
    for number, agreement_obj in enumerate(obj["agreements"], start=1):
        facts.agreements.append(_agreement(agreement_obj, facts, number))
    return facts


def _article_label(obj, index: int) -> str:
    if isinstance(obj, dict) and isinstance(obj.get("article"), str) and obj["article"].strip():
        return obj["article"].strip()
    return f"#{index}"


def parse_review(
    text: str, source: str = "<review>"
) -> tuple[list[ArticleFacts], list[RecordError]]:
    """Parse review-file text (a JSON list, one JSON object, or JSON Lines).

    Returns the articles that are valid and one `RecordError` for each that
    is not. Malformed JSON in a list file is an `InputError` (nothing loads);
    in JSON Lines only the bad line is reported.
    """
    stripped = text.lstrip()
    records: list[tuple[int, object]] = []
    errors: list[RecordError] = []
    if not stripped:
        raise InputError(f"{source}: the file is empty")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if stripped[0] == "[" or len(lines) < 2:
            raise InputError(
                f"{source}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
            ) from None
        data = None
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((lineno, json.loads(line)))
            except json.JSONDecodeError as line_exc:
                errors.append(
                    RecordError(
                        source,
                        f"on line {lineno}",
                        f"malformed JSON at column {line_exc.colno}: {line_exc.msg}",
                    )
                )
    if data is not None:
        if isinstance(data, dict):
            data = data.get("articles", [data]) if "article" not in data else [data]
        if not isinstance(data, list):
            raise InputError(f"{source}: a review file is a JSON list of article objects")
        records = list(enumerate(data, start=1))
    facts_list: list[ArticleFacts] = []
    for index, obj in records:
        try:
            facts_list.append(facts_from_dict(obj))
        except InputError as exc:
            errors.append(RecordError(source, _article_label(obj, index), str(exc)))
    return facts_list, errors


def read_review(path: str | Path) -> tuple[list[ArticleFacts], list[RecordError]]:
    """Read a review file from disk; see `parse_review`."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a review file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (bad byte at offset {exc.start})") from None
    return parse_review(text, str(path))


def facts_to_dict(facts: ArticleFacts, explain: bool = False) -> dict:
    """The review-file object of one article (what score.py reads)."""
    out: dict = {"article": facts.article}
    if facts.id:
        out["id"] = facts.id
    out["published"] = facts.published
    if facts.title:
        out["title"] = facts.title
    if facts.url:
        out["url"] = facts.url
    out["institutions"] = []
    for inst in facts.institutions:
        item = {
            "name": inst.name,
            "aliases": list(inst.aliases),
            "kind": inst.kind,
            "country": inst.country,
        }
        if inst.unit_of:
            item["unit_of"] = inst.unit_of
        out["institutions"].append(item)
    out["agreements"] = []
    for agr in facts.agreements:
        item = {
            "parties": list(agr.parties),
            "type": agr.type,
            "signed": agr.signed,
            "fields": list(agr.fields),
            "exchanges": list(agr.exchanges),
            "evidence": agr.evidence,
        }
        if agr.optional:
            item["optional"] = True
        if explain:
            item["span"] = list(agr.span) if agr.span else None
            item["rule"] = agr.rule
        out["agreements"].append(item)
    return out


def dump_review(facts_list: list[ArticleFacts], explain: bool = False) -> str:
    """A review file: a JSON list with one object per article."""
    return (
        json.dumps([facts_to_dict(f, explain) for f in facts_list], ensure_ascii=False, indent=2)
        + "\n"
    )


def dump_review_lines(facts_list: list[ArticleFacts], explain: bool = False) -> str:
    """A review file as JSON Lines: one article object per line."""
    return "".join(
        json.dumps(facts_to_dict(f, explain), ensure_ascii=False) + "\n" for f in facts_list
    )

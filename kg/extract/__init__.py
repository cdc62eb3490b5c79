"""Extraction: one `Article` in, its institutions and agreements out.

    >>> from kg.model import Article, content_id
    >>> text = "Alpha University and the Beta Institute of Technology signed a memorandum of understanding on 3 May 2024."
    >>> facts = extract(Article(id=content_id(text), source="a.txt", text=text))
    >>> [a.parties for a in facts.agreements], facts.agreements[0].type, facts.agreements[0].signed
    ([['Alpha University', 'Beta Institute of Technology']], 'mou', '2024-05-03')

The lexicon (instrument phrases, exchanges, fields, triggers, cues) is read
from ontology/vocab.ttl; `Extractor(vocab_path=...)` reads another file.
Build an `Extractor` once and call it for many articles: compiling the
lexicon and loading the place tables is the slow part.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from kg.extract.agreements import AgreementFinder, Found
from kg.extract.dates import publication_date
from kg.extract.lexicon import Lexicon, build_lexicon
from kg.extract.mentions import ArticleInstitutions
from kg.extract.places import Places, load_places
from kg.extract.text import Sentence, split_sentences
from kg.model import Agreement, Article, ArticleFacts, Institution

__all__ = ["Extractor", "extract", "default_vocab_path"]

log = logging.getLogger(__name__)

_FIELD_FRAME = re.compile(
    r"\b(?:in\s+the\s+(?:fields?|areas?|domains?)\s+of|in\s+(?:areas|fields)\s+such\s+as|areas\s+such\s+as|"
    r"focus(?:ing|ed)?\s+on|research\s+(?:in|on)|cooperation\s+in|collaboration\s+in|covering|centred\s+on|"
    r"centered\s+on)\s+([a-z][a-z\s,\-&]+?)(?=[.;:(]|,\s+(?:and\s+)?(?:to|with|which|as|while|including|the)\b|\s+(?:to|with|at|for|by|from|through|under|and\s+(?:to|will|would))\b|$)",
)


def default_vocab_path() -> Path:
    """ontology/vocab.ttl of this checkout."""
    import kg

    return Path(kg.__file__).resolve().parent.parent / "ontology" / "vocab.ttl"


class Extractor:
    """Holds the compiled lexicon and place tables; call it per article."""

    def __init__(self, vocab_path: str | Path | None = None):
        path = Path(vocab_path) if vocab_path else default_vocab_path()
        self.lexicon: Lexicon = build_lexicon(path)
        self.places: Places = load_places()

    def __call__(self, article: Article) -> ArticleFacts:
        return self.extract(article)

    def extract(self, article: Article) -> ArticleFacts:
        text = article.text
        self.lexicon.forget()
        published = article.published or publication_date(text)
        sentences = split_sentences(text)
        insts = ArticleInstitutions(sentences, text, self.places)
        finder = AgreementFinder(self.lexicon, insts, published)
        found = finder.find()
        for item in found:
            self._attributes(item, sentences)
        found = _merge(found)

        institutions: list[Institution] = []
        names: dict[int, str] = {}
        for idx, inst in enumerate(insts.institutions):
            if not inst.name:
                continue
            names[idx] = inst.name
        for inst in insts.institutions:
            if not inst.name:
                continue
            aliases = [a for a in dict.fromkeys(inst.aliases) if a != inst.name]
            institutions.append(
                Institution(
                    name=inst.name,
                    aliases=aliases,
                    kind=inst.kind,
                    country=inst.country,
                    unit_of=names.get(inst.unit_of) if inst.unit_of is not None else None,
                )
            )
        agreements = []
        for item in found:
            # a unit and its parent both named: the unit signed ("the School of
            # X of Y University (YU) signed ...")
            units_of = {insts.institutions[i].unit_of for i in item.parties}
            parties = [names[i] for i in item.parties if i in names and i not in units_of]
            if len(set(parties)) < 2:
                continue
            agreements.append(
                Agreement(
                    parties=list(dict.fromkeys(parties)),
                    type=item.type,
                    signed=item.signed,
                    fields=item.fields,
                    exchanges=item.exchanges,
                    evidence=item.sentence.text,
                    span=(item.sentence.start, item.sentence.end),
                    rule=item.rule,
                )
            )
        return ArticleFacts(
            article=article.source,
            id=article.id,
            published=published,
            title=article.title,
            url=article.url,
            institutions=institutions,
            agreements=agreements,
        )

    def _attributes(self, item: Found, sentences: list[Sentence]) -> None:
        """Fields and exchanges from the evidence sentence and the rest of its
        paragraph (until another agreement is reported)."""
        scope = [item.sentence]
        for sent in sentences[item.sentence.index + 1 : item.sentence.index + 3]:
            if sent.paragraph != item.sentence.paragraph:
                break
            if self.lexicon.instruments.search(sent.text) and self.lexicon.triggers.search(
                sent.text
            ):
                break
            scope.append(sent)
        exchanges: list[str] = []
        fields: list[str] = []
        for k, sent in enumerate(scope):
            extra = _distribute(sent.text)
            matches = self.lexicon.exchanges.finditer(sent.text)
            if extra:
                matches = matches + self.lexicon.exchanges.finditer(extra)
            for _, _, _, code in matches:
                if code and code not in exchanges:
                    exchanges.append(code)
            if k > 0:
                continue
            for s, _, phrase, label in self.lexicon.fields.finditer(sent.text):
                if phrase[:1].isupper() and not phrase.isupper() and s > 0:
                    continue  # part of a name: "Faculty of Fine Arts"
                value = label if phrase.isupper() else phrase.lower()
                if value not in fields:
                    fields.append(value)
            for m in _FIELD_FRAME.finditer(sent.text):
                for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1)):
                    part = part.strip(" -")
                    fits = 2 < len(part) < 40 and len(part.split()) <= 4
                    if fits and not any(part in f or f in part for f in fields):
                        fields.append(part)
        item.exchanges = [e for e in ("student", "staff", "researcher") if e in exchanges]
        item.fields = fields


def _distribute(text: str) -> str:
    """The coordinated exchange phrases of `text` spelled out one by one
    ("faculty and student exchanges" -> "faculty exchanges | student
    exchanges"), so they match the lexicon; "" when there are none."""
    extra = []
    for m in re.finditer(
        r"\b(\w+)(?:,\s*(\w+))?,?\s+and\s+(\w+)\s+(exchanges?|mobility)\b", text, re.IGNORECASE
    ):
        for word in (m.group(1), m.group(2), m.group(3)):
            if word:
                extra.append(f"{word} {m.group(4)}")
    for m in re.finditer(
        r"\bexchanges?\s+of\s+(\w+)(?:,\s*(\w+))?,?\s+and\s+(\w+)", text, re.IGNORECASE
    ):
        for word in (m.group(1), m.group(2), m.group(3)):
            if word:
                extra.append(f"exchange of {word}")
    return " | ".join(extra)


def _merge(found: list[Found]) -> list[Found]:
    """One agreement per party set, type and date: repeated reports (the
    headline, a later sentence) add nothing; the first, dated report wins."""
    out: list[Found] = []
    for item in found:
        key = frozenset(item.parties)
        same = None
        for kept in out:
            if frozenset(kept.parties) != key or kept.type != item.type:
                continue
            a, b = kept.signed or "", item.signed or ""
            if not item.dated or not kept.dated or a.startswith(b) or b.startswith(a):
                same = kept
                break
        if same is None:
            out.append(item)
            continue
        if item.dated and not same.dated:
            same.signed, same.dated = item.signed, True
        for f in item.fields:
            if f not in same.fields:
                same.fields.append(f)
        for e in item.exchanges:
            if e not in same.exchanges:
                same.exchanges.append(e)
    return out


@lru_cache(maxsize=1)
def _default() -> Extractor:
    return Extractor()


def extract(article: Article) -> ArticleFacts:
    """Institutions and agreements of one article, with the default lexicon."""
    return _default().extract(article)

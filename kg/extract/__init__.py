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
from kg.extract.attributes import AttributeReader
from kg.extract.dates import publication_date
from kg.extract.lexicon import Lexicon, build_lexicon
from kg.extract.mentions import ArticleInstitutions, reported_kind
from kg.extract.places import Places, load_places
from kg.extract.text import Sentence, split_sentences, with_headline
from kg.model import Agreement, Article, ArticleFacts, Institution

__all__ = ["Extractor", "extract", "default_vocab_path"]

log = logging.getLogger(__name__)


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
        sentences = with_headline(split_sentences(text))
        insts = ArticleInstitutions(sentences, text, self.places)
        finder = AgreementFinder(self.lexicon, insts, published)
        found = finder.find()
        self._type_from_article(found, sentences)
        self._attributes(found, sentences, insts, published)
        found = _merge(
            found, [inst.name for inst in insts.institutions], self.lexicon.instruments.search
        )

        institutions: list[Institution] = []
        names: dict[int, str] = {}
        for idx, inst in enumerate(insts.institutions):
            if not inst.name:
                continue
            names[idx] = inst.name
        parties = {i for item in found for i in item.parties}
        for idx, inst in enumerate(insts.institutions):
            if not inst.name or (inst.weak and idx not in parties):
                continue
            aliases = [a for a in dict.fromkeys(inst.aliases) if a != inst.name]
            institutions.append(
                Institution(
                    name=inst.name,
                    aliases=aliases,
                    kind=reported_kind(inst),
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

    def _type_from_article(self, found: list[Found], sentences) -> None:
        """ "Ten memoranda were exchanged ... MQA and UMSU signed for an
        assessment centre": in an article that reports memoranda signed, a
        signing told without naming its instrument is one of them."""
        lex = self.lexicon
        signs_mous = any(
            any(v == "mou" for *_, v in lex.instruments.finditer(s.text))
            and lex.triggers.search(s.text)
            for s in sentences
        )
        if not signs_mous:
            return
        for item in found:
            text = item.sentence.text
            if (
                item.type == "partnership"
                and not lex.instruments.finditer(text)
                and _SIGNED_VERB.search(text)
            ):
                item.type = "mou"
                item.rule = (item.rule or "") + "+article-mou"

    def _attributes(
        self,
        found: list[Found],
        sentences: list[Sentence],
        insts: ArticleInstitutions,
        published: str | None,
    ) -> None:
        """Fields, exchanges and missing dates of every agreement, from its
        evidence sentence and the sentences that go on describing it."""
        reader = AttributeReader(self.lexicon, sentences, insts, found, published)
        for item in found:
            reader.apply(item)


def _merge(found: list[Found], names: list[str], names_instrument) -> list[Found]:
    """One agreement per party set, type and date: repeated reports (the
    headline, a later sentence) add nothing; the first, dated report wins.

    Two reports are the same agreement only when their types agree and
    their dates do not conflict. A report without a date of its own carries
    a guessed one (the month of publication, the signing event told just
    before); when that guess falls in another year than a dated report, the
    text tells two events ("renewed its agreement ... first signed in
    2014"), and both stay. A headline merges with any dated report.
    """
    out: list[Found] = []
    for item in found:
        key = frozenset(item.parties)
        same = next(
            (kept for kept in out if frozenset(kept.parties) == key and _same_event(kept, item)),
            None,
        )
        if same is None:
            same = next(
                (
                    kept
                    for kept in out
                    if frozenset(kept.parties) == key
                    and _verb_only_twin(kept, item, names_instrument)
                ),
                None,
            )
            if same is not None and same.type == "partnership" and item.type != "partnership":
                # "X has been twinned with Y. The two signed a memorandum": the
                # memorandum is what was made; the verb told it first
                same.type, same.sentence, same.rule = item.type, item.sentence, item.rule
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
    return _drop_subsets(_drop_headline_echoes(out, names))


def _verb_only_twin(a: Found, b: Found, names_instrument) -> bool:
    """True when one of two nearby reports of one party set is a partnership
    told by a verb alone ("has been twinned with", "partnered with") and the
    other names the instrument, on a date that does not conflict."""
    if abs(a.sentence.index - b.sentence.index) > 2 or (a.type == "partnership") == (
        b.type == "partnership"
    ):
        return False
    verb = a if a.type == "partnership" else b
    told = b if verb is a else a
    if names_instrument(verb.sentence.text) or any(
        k in (f.rule or "") for f in (a, b) for k in ("original", "earlier", "background")
    ):
        return False
    if told.sentence.index < verb.sentence.index:
        return False  # the instrument told first, then "they have cooperated since": two things
    x, y = a.signed or "", b.signed or ""
    return x.startswith(y) or y.startswith(x) or not (a.dated and b.dated)


def _drop_headline_echoes(found: list[Found], names: list[str]) -> list[Found]:
    """A headline that names the parties (or some of them) of an agreement
    the text reports under another type ("AI research partnership" over
    "signed a partnership on AI research") is the same news in fewer words:
    the text's own reading wins. A headline party also stands for a body
    party whose name holds its name ("SNU" in the headline, "AI Institute
    of Seoul National University" in the text)."""
    told = [f for f in found if f.sentence.index > 0]

    def covered(party: int, parties: list[int]) -> bool:
        return any(
            party == q or (names[party] and f" {names[party]}" in f" {names[q]}") for q in parties
        )

    return [
        f
        for f in found
        if f.sentence.index > 0
        or not any(all(covered(p, t.parties) for p in f.parties) for t in told)
    ]


def _same_event(a: Found, b: Found) -> bool:
    """True when two reports of one party set can be one agreement."""
    if a.type != b.type:
        return False
    if a.sentence.index == b.sentence.index and _told_as_earlier(a) != _told_as_earlier(b):
        return False  # "renewed their MoU, first signed on 3 March 2019": two events, one undated
    x, y = a.signed or "", b.signed or ""
    if x.startswith(y) or y.startswith(x):
        return True
    if a.dated and b.dated:
        return False
    undated = b if a.dated else a
    if undated.sentence.index == 0:
        return True  # the headline reports the dated signing
    return x[:4] == y[:4]


def _told_as_earlier(item: Found) -> bool:
    """Read as the original or an earlier agreement of the one the sentence reports."""
    rule = item.rule or ""
    return "original" in rule or "earlier" in rule


def _drop_subsets(found: list[Found]) -> list[Found]:
    """A party set that a nearby report of the same agreement completes
    ("Alder and Birchwood signed" in the headline, "Alder, Birchwood and
    Cedar signed" in the text) is a partial reading: the complete
    coordinated list wins."""
    out = []
    for item in found:
        parties = set(item.parties)
        covered = any(
            other is not item
            and parties < set(other.parties)
            and abs(other.sentence.index - item.sentence.index) <= 1
            and _same_event(other, item)
            for other in found
        )
        if not covered:
            out.append(item)
    return out


#: a verb of signing, not of agreeing ("agreed to cooperate" may be no memorandum)
_SIGNED_VERB = re.compile(r"\b(?:signed|inked|sealed|concluded|exchanged|signs|inks)\b")


@lru_cache(maxsize=1)
def _default() -> Extractor:
    return Extractor()


def extract(article: Article) -> ArticleFacts:
    """Institutions and agreements of one article, with the default lexicon."""
    return _default().extract(article)

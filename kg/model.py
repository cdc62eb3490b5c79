"""Plain data passed between the stages of the flow.

sources -> `Article`; extract -> `ArticleFacts` (the review-file object of
shared/eval/SCHEMA.md: institutions and agreements of one article); rdf maps
`ArticleFacts` to triples. Nothing here knows about RDF or stores.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: review-file codes of the kinds of institution (SCHEMA.md)
INSTITUTION_KINDS = (
    "university",
    "academic_unit",
    "hospital",
    "research_institute",
    "company",
    "government",
    "other",
)
#: review-file codes of the agreement types (SCHEMA.md)
AGREEMENT_TYPES = (
    "mou",
    "student_exchange",
    "dual_degree",
    "research",
    "joint_lab",
    "framework",
    "partnership",
)
#: review-file codes of the exchange kinds (SCHEMA.md)
EXCHANGE_KINDS = ("student", "staff", "researcher")


def content_id(text: str) -> str:
    """Stable identifier of an article: the first 16 hex digits of the SHA-256
    of its text, so the same article read twice is recognised as the same.

    >>> content_id("hello")
    '2cf24dba5fb0a30e'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One article as read from a file or record, before extraction."""

    id: str  # content_id(text)
    source: str  # file name (or "file.jsonl#12" for the 12th record of a JSONL file)
    text: str  # main body, Unicode-normalised
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD or YYYY-MM
    url: str | None = None


@dataclass
class Institution:
    """An organisation named in one article (SCHEMA.md `institutions[]`)."""

    name: str  # fullest form the article uses
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"
    country: str | None = None  # ISO 3166-1 alpha-2
    unit_of: str | None = None  # name of the parent institution, for academic units

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Agreement:
    """An agreement reported as made in one article (SCHEMA.md `agreements[]`)."""

    parties: list[str]  # institution names as declared in the same article
    type: str = "partnership"
    signed: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    fields: list[str] = field(default_factory=list)
    exchanges: list[str] = field(default_factory=list)
    evidence: str = ""
    optional: bool = False
    #: character offsets of the evidence in the article text, when known
    span: tuple[int, int] | None = None
    #: the rule or pattern that produced it (extractor's --explain)
    rule: str | None = None


@dataclass
class ArticleFacts:
    """Everything one article says: the unit of a review file and of a store
    update (one article = one named graph = one transaction)."""

    article: str  # the article's file name, as the scorer keys it
    id: str | None = None  # content_id of the text, when known
    published: str | None = None
    title: str | None = None
    url: str | None = None
    institutions: list[Institution] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)

    def institution(self, name: str) -> Institution | None:
        """The institution declared in this article under `name` or an alias."""
        for inst in self.institutions:
            if name in inst.names:
                return inst
        return None


@dataclass(frozen=True)
class Mention:
    """What one article says about one institution (before resolution)."""

    article: str  # the article's IRI (its named graph)
    local: str  # the institution's IRI inside that article's graph
    name: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    unit_of: str | None = None  # local IRI of the parent in the same article


@dataclass
class ResolvedInstitution:
    """One real institution across all articles: the resolver's output."""

    key: str  # the name its IRI is minted from (stable for the same data)
    pref_label: str
    alt_labels: list[str] = field(default_factory=list)
    kind: str = "other"
    country: str | None = None
    parent_key: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why each name belongs here

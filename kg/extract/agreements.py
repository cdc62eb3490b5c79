"""Agreements reported as made, sentence by sentence.

A sentence reports an agreement when a signing trigger ("signed", "inked",
"concluded", "renewed", "agreed") meets an instrument ("memorandum of
understanding", "cooperation agreement", "letter of intent") or a
collaboration verb ("agreed to cooperate", "agreed to set up a joint
centre"), and no cue makes it a plan, a talk or an ended agreement ("will
sign", "expected to", "suspended"). Parties come from the sentence's
structure: "between X and Y", "X and Y signed", "X signed ... with Y"
(one agreement per partner when the text says the memoranda were
separate), the passive "was signed by X and Y", and in-article reference
("the university", "the two universities", "both sides", "it").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.consortia import complete_counted
from kg.extract.cues import (
    GROUPING_NAME,
    NUMBER_WORDS,
    PLURAL_INSTRUMENT,
    SEAT_GAP,
    dateline_end,
)
from kg.extract.dates import DateMention, find_dates
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import (
    AS_IT_WAS_CALLED,
    AS_IT_WAS_CALLED_ASIDE,
    KNOWN_AS,
    LOCATIVE_BEFORE,
    ArticleInstitutions,
    may_tell_older_name,
)
from kg.extract.names import STOP_CAPS, head_kind
from kg.extract.people import People
from kg.extract.text import LIST_ITEM, Sentence
from kg.names import fold

_CLAUSE_BREAK = re.compile(
    # (each branch opens with a character or a class, which the engine checks
    # before it enters the branch: "w(?<!\w.)hile" for "\bwhile", "\s\s*" for "\s+")
    r";|:\s|\s—\s|\s–\s|,\s+(?:while|whereas|and\s+(?:another|also|it|the\s+same))\b|w(?<!\w.)hile\b|"
    # "X has renewed its MoU with A for five years and signed a fresh MoU with B"
    # ("... and, at the same ceremony, signed a new memorandum on X with B")
    r"\s\s*and\s*(?=(?:,\s+[^,;]{1,40},\s+)?(?:also\s+)?(?:signed|inked|concluded|sealed)\s+(?:a|an|another)\s+(?:new\s+|fresh\s+|separate\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:memorandum|MoU|MOU|agreement|accord|letter)\b[^.;]{0,80}?\bwith\b)|"
    r",\s+and\s+(?=(?:[A-Z]|(?:in|on|its|their|last|later|earlier|then|officials?|he|she|they|it|both)\s)"
    r"[^,;]*?"
    r"\b(?:signed|concluded|completed|inked|agreed|renewed|renews|extended|extends|sealed|said|says)\b)|"
    # "..., and the institute has worked closely with X for years": a new clause
    # about ties that are not the agreement
    r",\s+and\s+(?=(?:the\s+\w+|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}|it|they)\s+(?:has|have|had)\s+"
    r"(?:\w+\s+)?(?:worked|collaborated|cooperated|partnered)\b)"
)
_NAME_ITEM = r"(?:the\s+)?[A-Z][\w\-’'.]*(?:\s+(?:of|the|for|and|&|de|du|do|da|di|del|der|[A-Z][\w\-’'.]*))*(?:\s+\([^()]{1,40}\))?"
#: a list of two or more names ending where ", and" goes on: "A, B, and C"
_OXFORD_LIST = re.compile(rf"{_NAME_ITEM},\s+{_NAME_ITEM}$")
_GROUP = re.compile(
    # (a cheap lookahead first, of the letters every match opens with: the
    # case-blind alternation is entered only at the words that open so)
    r"\b(?=(?-i:[tTbBaAeEoO]))(?:"
    r"\b(?:[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten)|[Bb]oth|[Aa]ll\s+(?:three|four|five|six|seven|eight|nine|ten)|[Tt]he\s+partner|[Tt]he\s+participating)\s+"
    r"(?:(?:university|hospital|institution|institute)\s+(?=heads|presidents|rectors|leaders|directors)|"
    r"(?:hospital|university)\s+(?=directors))?"
    # ("both sides of the border": a place, not the parties)
    r"(?:universities|institutions|sides(?!\s+of\b)|parties|partners|organi[sz]ations|schools|institutes|colleges|"
    r"hospitals|bodies|varsities|centres|centers|presidents|rectors|deans|leaders|heads|directors|delegations|"
    r"ministries|ministers|companies|firms|agencies|governments|foundations|faculties|academies|chambers|countries)\b|"
    r"\bboth\s+(?:sides(?!\s+of\b)|parties|partners)\b|(?-i:\b[Tt]he\s+(?:partners|institutions|universities|hospitals|signatories|parties|delegations|partner\s+(?:universities|institutions)))\b(?=\s+(?:have\s+|had\s+|also\s+|then\s+|first\s+|formally\s+|officially\s+)*(?:signed|inked|concluded|sealed|renewed|agreed|exchanged|entered))|\b(?:the|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+(?:signed|have|had|will|agreed|also|inked|sealed|renewed|extended|concluded|first|formally|officially|jointly))|"
    r"\b(?:each\s+other|one\s+another)\b)",
    re.IGNORECASE,
)
#: words one of which every match of _GROUP holds: a cheap test first
_GROUP_WORDS = (
    *NUMBER_WORDS,
    "both",
    "partner",
    "participating",
    "institutions",
    "universities",
    "hospitals",
    "delegations",
    "signator",
    "parties",
    "each other",
    "one another",
)
#: a count of bodies or documents: "five", "12"
_COUNT = "(?:" + "|".join(NUMBER_WORDS) + r"|\d+)"
_EARLIER = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts)\s+(?:original|first|previous|earlier|initial|founding|current|existing)\s+"
    r"(?:[\w\-]+\s+){0,2}(?:agreement|memorandum|mou|accord|partnership|contract|convenio|convênio|"
    r"convention|protocol|protocolo|pact|charter)\b",
    re.I,
)
_SAME_GROUP = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+same\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)?\s*(?:[A-Z]\w+\s+)?"
    r"(?:universities|institutions|partners|varsities|organi[sz]ations|schools|institutes|colleges|hospitals)\b"
)
#: heads a text uses in the name's own language to mean one body ("the
#: Hochschule", "the Klinikum"), with the kinds they stand for
_OWN_LANGUAGE_HEADS = {
    **dict.fromkeys(
        (
            "hochschule", "universität", "université", "universidad", "universidade", "università",
            "hogeschool", "universiteit",
        ),
        ("university",),
    ),
    "klinikum": ("hospital",),
}
_SINGLE = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=[HIOThiot])(?:"
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?P<mod>"
    # "the health sciences centre", "the cancer research institute"
    r"(?:health|cancer|heart|maternity|psychiatric|rehabilitation)\s+(?:sciences?|research|care)|"
    r"medical|business|law|nursing|engineering|dental|health(?=\s+(?:service|ministry|authority|department)\b)|"
    r"university(?=\s+(?:hospital|clinic)\b)|"
    r"graduate|teaching|agricultural|technical|public|private|state|national|host|whole|entire|"
    # "the Tunisian maritime institute"
    r"[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)(?:\s+(?:maritime|medical|technical|agricultural|teaching|"
    r"research|nursing|engineering|veterinary|polytechnic|pharmaceutical|public|private|state|national))?|"
    r"French|Dutch|Greek|Czech|Swiss|Slovak|Thai|Kazakh|Uzbek|Tajik|Kyrgyz|Welsh|Basque|Walloon|Cypriot|Filipino|Argentine|Lao|Turkmen)\s+)?((?i:(?:" + "|".join(_OWN_LANGUAGE_HEADS) + r")(?-i:(?![\w’']*\s+(?:[A-Z]|d[aeiou]s?\b|de[ls]?\b|für\b|van\b|von\b|zu\b)))|university|varsity|polytechnic|institute|institution|chamber|city|ministry|hospital|clinic|college|"
    r"school|faculty|company|firm|centre|center|agency|department|foundation|government|academy|council|"
    r"organi[sz]ation|society|association|group|commission|authority|embassy|consortium|network|alliance|"
    r"bank|fund|body|delegation|county|municipality|province|prefecture|region|service))\b(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])(?!\s+(?i:agreements?|memorand\w*|accords?|mous?|contracts?|charters?|protocols?)\b)|\b(?P<pron>[Ii]t|[Ii]ts)\b(?=\s+(?:has\s+|have\s+|had\s+|also\s+|first\s+|then\s+|later\s+)*"
    r"(?:signed|inked|concluded|renewed|sealed|agreed|entered|struck|put|launched|formalised|formalized|signs|partnered|teamed)"
    # "its Rector, Prof. X, and the President of B signed": the head who signs for it
    r"|\s+(?-i:Rector|President|Vice-Chancellor|Chancellor|Director|Director-General|Dean|CEO|Chairman|Chairperson|"
    r"Mayor|Governor|Principal|Provost)\b"
    # "its director general, Dr. X, and ... put their signatures to"
    r"|\s+(?:rector|president|vice-chancellor|director(?:[\s-]general)?|dean|chairman|chairperson|mayor|"
    r"governor|managing\s+director|executive\s+director)\b(?=,)))",
)
_SIGNING_AHEAD = re.compile(r"\s+(?:has\s+|have\s+|had\s+|also\s+|first\s+|then\s+|later\s+)*[a-z]")
_JOINED_IN_INSTRUMENT = re.compile(
    r"\s*(?:\([^()]*\)\s*)?\s+in\s+(?:a|an|the|their)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:memorandum|agreement|MoU|MOU|accord|pact|consortium|partnership|protocol)\b"
)
#: "the A (AU) with the B": two bodies paired in a list of agreements
_PAIR_WITH = re.compile(r"\s*(?:\([^()]*\)\s*)?\s+with\s+(?:the\s+|its\s+)?")
#: "On Wednesday, its rector ...": a time before the sentence's subject
_ADVERBIAL_OPENING = re.compile(
    r"(?:On|In|At|Last|This|Earlier|Later|Yesterday|Today|Separately|Meanwhile|Additionally|Similarly|"
    r"Elsewhere|Likewise|Moreover|Furthermore)\b[^,;]{0,40},\s*"
)
#: "Our student exchange agreement with X ... was renewed": the article's own
#: body, as "Its agreement with X" opening a sentence is the one last told of
_INSTRUMENT_NOUNS = (
    r"agreements?|memorandum|memoranda|MoUs?|MOUs?|partnerships?|accords?|conventions?|protocols?"
)
_OWN_INSTRUMENT = re.compile(
    rf"(?:\b[Oo]ur|^Its)\s+(?:[\w\-]+\s+){{0,4}}?(?:{_INSTRUMENT_NOUNS}|collaboration|cooperation|"
    r"co-operation|ties)(?:\s+of\s+(?:understanding|agreement|cooperation))?\s+with\b"
)
#: "the university's student exchange agreement with X": the body, not a unit
_OWNED_INSTRUMENT = re.compile(rf"(?:[\w\-]+\s+){{0,4}}?(?:{_INSTRUMENT_NOUNS})\s+with\b")
#: "the Vukovar university", "the Kano hospital": a body by the place in its name
_PLACE_NOUN = re.compile(
    r"\b[Tt]he\s+(?P<place>[A-Z][\w\-]+)\s+(?P<noun>university|hospital|institute|college|faculty|"
    r"polytechnic|academy)\b(?!\s+of\b)"
)
_PLACE_NOUNS = ("university", "hospital", "institute", "college", "faculty", "polytechnic", "academy")
#: nouns that name fewer bodies than the kinds they stand for ("the
#: college" is a university by kind, but one called College is meant; "the
#: Hochschule": the one so called)
_NAMED_FIRST = frozenset({"college", "service", *_OWN_LANGUAGE_HEADS})
#: "On Friday, they signed ...": the subject of the sentence before
_THEY = re.compile(
    r"\b(?:[Tt]hey|[Tt]heir\s+(?:rectors|presidents|heads|representatives|leaders|deans|directors|"
    r"vice-chancellors|chief\s+executives))\b(?=\s+(?:have\s+|had\s+|also\s+|then\s+|later\s+|formally\s+|officially\s+|jointly\s+|first\s+|originally\s+)*"
    r"(?:signed|inked|concluded|renewed|sealed|agreed|entered|exchanged|put\s+their\s+names)\b)"
)
_IT_OPENS = re.compile(r"It\s+(?!is\b|was\b)")
#: "they signed", "they have renewed": a signing verb (not "they agreed to form")
_THEY_SIGNED = re.compile(
    r"\s+(?:have\s+|had\s+|also\s+|then\s+|later\s+|formally\s+|officially\s+|jointly\s+|first\s+|"
    r"originally\s+)*"
    r"(?:signed|inked|concluded|renewed|sealed|exchanged)\b"
)
_CAPITAL_WORD = re.compile(r"\s+[A-Z][\w\-]")
#: "the ministry's cooperation with X": the body itself, not a unit of it
_RELATION = re.compile(
    r"(?:cooperation|co-operation|collaboration|partnership|ties|relationship|links|work)\b"
)
_KIND_WORDS = {
    "university": ("university", "academic_unit"),
    "varsity": ("university",),
    **_OWN_LANGUAGE_HEADS,
    "polytechnic": ("university", "academic_unit"),
    "institute": ("research_institute", "university"),
    "institution": ("university", "research_institute", "hospital"),
    "college": ("university", "academic_unit"),
    "school": ("academic_unit", "university"),
    "faculty": ("academic_unit",),
    "department": ("academic_unit", "government"),
    "hospital": ("hospital",),
    "clinic": ("hospital",),
    # "the Dutch delegation": the body of that country, whatever its kind
    "delegation": (
        "university",
        "research_institute",
        "hospital",
        "company",
        "government",
        "other",
    ),
    "centre": ("research_institute",),
    "center": ("research_institute",),
    "academy": ("research_institute", "university"),
    "foundation": ("other",),
    "company": ("company",),
    "firm": ("company",),
    "group": ("company",),
    "bank": ("company",),
    "city": ("government",),
    # "the health service": a public health body or one that runs hospitals
    "service": ("government", "hospital"),
    "ministry": ("government",),
    "government": ("government",),
    "agency": ("government",),
    "commission": ("government",),
    "authority": ("government",),
    "embassy": ("government",),
    "council": ("government", "other"),
    "county": ("government",),
    "municipality": ("government",),
    "province": ("government",),
    "prefecture": ("government",),
    "region": ("government",),
}
_COOPERATE = re.compile(
    # (a cheap lookahead first, of the letters every match opens with)
    r"\b(?=(?-i:[aAtTpPjJcCsS\u017f]))(?:"
    r"\bagreed\s+(?:to\s+)?(?:cooperate|collaborate|co-operate|work\s+together|partner|join\s+forces|team\s+up|"
    r"jointly|establish|set\s+up|create|launch|found|build|open|develop)\b|\bagreed\s+with\b|\bagreed\s+(?:a|an|on)\b|"
    r"\btwinned\b|\bpartnered\s+with\b|\bjoin(?:s|ed)?\s+hands\b|\bjoined\b[^.;]{0,80}?\bas\s+(?:an?|its|the)\s+(?:[\w\-]+\s+){0,4}(?:partner|member)\b|\bteamed\s+up\b|\bjoined\s+forces\b|\bcompleted\s+the\s+set\b|"
    r"\bsigned\s+for\s+an?\b|\bput\s+their\s+names\s+to\b|\bsigned\s+with\b|\bagreed\s+between\b|"
    # "have put their (cross-border) cooperation on paper / on a contractual footing"
    r"\bput\s+(?:their|its)\s+(?:[\w\-]+\s+){0,2}(?:cooperation|co-operation|collaboration|partnership|"
    r"relationship|ties)\s+on\s+(?:paper|an?\s+(?:formal|contractual|legal|firm|official)\s+(?:footing|basis))\b)",
    re.IGNORECASE,
)
#: rarer phrasings, tried only when a cheap word test says they can match
_COOPERATE_MORE = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[ACEFHJOSUacefhjosu\u017f]))(?:"
    # "X announced a five-year research partnership with Y", "today announced a
    # collaboration agreement": an announcement of the instrument itself
    r"\b(?:announc(?:ed|es)|unveil(?:ed|s))\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?!plans?\b|intent|intention|to\b|that\b)[\w\-’']+\s+){0,4}?"
    r"(?:partnership|collaboration|alliance|agreement|memorandum|MoU|cooperation|co-operation|tie-up|accord|pact|deal)s?\b|"
    # "X has had a research agreement with Y since 2017": an agreement in force
    r"\b(?:has|have)\s+(?:had\s+)?(?:an?\s+)(?:[\w\-]+\s+){0,3}?(?:agreement|memorandum|MoU|partnership)\b"
    r"(?=[^.;]{0,120}?\b(?:since|from)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}|[A-Z][a-z]+\s+\d{4}))|"
    # "The college already has a research agreement with Y": one in force
    r"\balready\s+(?:has|have|holds|hold)\s+(?:had\s+)?an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU)\b(?=\s+with\b)|"
    # "X has established a joint institute with Y", "A, B and C have founded a joint
    # laboratory for ...": founding one together is the agreement
    r"\b(?:established|set\s+up|founded|opened|created)\s+(?:a|an|the|their)\s+(?:new\s+)?joint\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:laborator(?:y|ies)|lab|centre|center|institute)\b|"
    # "X has joined the Y Alliance": joining a consortium
    r"\bjoin(?:ed|s)\b(?=\s+(?:the\s+)?(?:[A-Z][\w\-&]*\s+){1,6}(?-i:Alliance|Network|Consortium|Association|League|Federation)\b))",
    re.IGNORECASE,
)
#: cheap tests first, as substrings of the lowercased sentence: most sentences
#: have none of these words, and a case-blind regex alternation costs ten times more
_COOPERATE_HINTS = ("agree", "twinned", "partnered", "join", "teamed", "completed", "signed", "put")
_MORE_HINTS = ("announc", "unveil", "since", "from", "joint", "join", "already")
_JOINT_UNIT = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[BCEFLOSbceflos\u017f]))(?:"
    r"\b(?:set\s+up|establish(?:ing|ment\s+of)?|create|found(?:ing)?|launch|open|build)\b[^.;]{0,80}?"
    r"\b(?:joint|shared|common|collaborative)?\s*(?:[\w\-“”\"]+\s+){0,6}"
    r"(?:laborator(?:y|ies)|lab|centre|center|institute)\b)",
    re.IGNORECASE,
)
#: one of which every `_JOINT_UNIT` match holds in small letters ("lab" of
#: laboratory, "cent" of centre and center, "tute" of institute): letters
#: that no other character matches case-blindly, so `str.lower` keeps them
_JOINT_UNIT_STEMS = ("lab", "cent", "tute")


def _joint_unit(text: str, pos: int = 0) -> re.Match | None:
    """`_JOINT_UNIT.search`, skipped when the text names no unit at all
    (most sentences): the case-blind regex tries every word otherwise."""
    low = text.lower()
    if not any(map(low.__contains__, _JOINT_UNIT_STEMS)):
        return None
    return _JOINT_UNIT.search(text, pos)


_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|being|is|are)\s+(?:\w+ly\s+)?(?:signed|inked|concluded|agreed|sealed|renewed)\b",
    re.I,
)
_MODAL_BEFORE = re.compile(
    # (a cheap lookahead first, of the letters every match opens with)
    r"\b(?=(?-i:[wWsScCmMpPeElLiI\u0130\u0131hHaAdDrRyYnNtTfFoObB\u017f]))(?:"
    r"\b(?:will|would|shall|could|should(?!\s+be\s+(?:noted|recalled|mentioned|remembered))|must|(?-i:may|might)|plans?\s+to|planned\s+to|planning\s+to|expect(?:s|ed|ing)?\s+to|set\s+to|"
    r"look(?:s|ing)?\s+forward\s+to|intend(?:ed|ing)\s+to|seek(?:s|ing)?\s+to|"
    r"hopes?\s+to|hoped\s+to|aims?\s+to|intends?\s+to|is\s+to|are\s+to|due\s+to|ready\s+to|yet\s+to|"
    r"not|never|to\s+be|about\s+to|seeking\s+to|wants?\s+to|would\s+like\s+to|proposed|proposal\s+to|"
    r"considering|consider|discuss(?:ed|ing)?|explor(?:e|ed|ing)|hoped|hopes?|when\s+it\s+is|"
    # "Discussions on a fifth agreement, between A and B, are continuing"
    r"(?:discussions|talks|negotiations)\s+(?:on|about|over|towards?)|"
    # "with the objective to prepare a protocol between ...", "negotiating an agreement"
    r"prepar(?:e|es|ing)|draft(?:s|ing)?|negotiat(?:e|es|ing)|"
    r"(?:stopped|stop|stops|fell|falls)\s+short\s+of|instead\s+of|rather\s+than|refrained\s+from|"
    r"declined\s+to|failed\s+to|"
    # "discussed ... the possibility of signing a memorandum"
    r"(?:possibility|prospect|feasibility|idea|option)\s+of|"
    r"no\s+(?:formal\s+|new\s+|written\s+)?(?:agreement|memorand\w*|mou|deal|document|contract|accord|pact)s?)\b[^.;:]{0,40}$"
    # "before signing", "once it is signed", but not "Just before Christmas, X signed"
    # (not "IF Agreste signed": an acronym)
    r"|\b(?:(?-i:[Ii]f)|once|before)\b[^.;,:]{0,40}$)",
    re.I,
)
#: an instrument not yet made: "a draft MoU", "a proposed agreement"
_DRAFT = re.compile(
    r"\b(?:draft|proposed|planned|possible|potential|future|prospective)\s+(?:[\w\-]+\s+)?$", re.I
)
#: a sentence that says its document is not signed yet
_UNSIGNED = re.compile(
    r"\b(?:will\s+not\s+be\s+signed|(?:has|have)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be)\s+signed|"
    r"(?:has|have)\s+yet\s+to\s+sign|(?:is|are)\s+still\s+being\s+(?:drafted|negotiated)|"
    r"(?:is|was)\s+not\s+(?:yet\s+)?signed|broad\s+outlines\s+of|reviewed\s+a\s+draft|"
    r"agreed\s+to\s+refer|(?:was|were|has\s+been|have\s+been)\s+(?:postponed|cancelled|canceled|"
    r"called\s+off|deferred)|had\s+been\s+scheduled|"
    # "agreed in principle ..., and a memorandum is being drafted", "expected to sign it in January"
    r"agreed\s+in\s+principle|(?:is|are)\s+being\s+(?:drafted|prepared|negotiated|finali[sz]ed)|"
    r"expect(?:s|ed)?\s+to\s+sign|agreed\s+on\s+the\s+(?:outline|outlines|text|terms)\s+of|"
    r"working\s+group\s+(?:to|which\s+will|that\s+will)\s+(?:prepare|draft)|"
    r"agreed\s+to\s+set\s+up\s+a\s+(?:\w+\s+)?working\s+group|"
    # "are close to an agreement ..., but nothing has been signed yet"
    r"nothing\s+has\s+(?:yet\s+)?been\s+signed|(?:is|are)\s+close\s+to\s+(?:an?\s+)?(?:agreement|deal)|"
    # "Neither deal has been signed", "no further agreements were signed"
    r"(?i:neither|none)\s+(?:[\w\-]+\s+){0,3}?(?:has|have|was|were)\s+(?:yet\s+)?(?:been\s+)?signed|"
    r"\bno\s+(?:further|other|more|new)\s+(?:agreements?|memorand\w*|MoUs?|deals?|documents?)\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+signed)\b",
    re.I,
)


@lru_cache(maxsize=256)
def _unsigned(text: str) -> bool:
    return bool(_UNSIGNED.search(text))


_FURTHER_PLAN = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[ACHITWachitw\u0130\u0131]))(?:"
    r"\b(?:to\s+be\s+signed|would\s+be\s+signed|will\s+be\s+signed|could\s+be\s+signed|hoped\s+for|is\s+expected|are\s+expected|"
    r"will\s+be\s+(?:tabled|discussed|presented|considered|submitted|reviewed|finalised|finalized)|"
    # "a twinning agreement ... was being prepared": not yet made
    r"(?:is|was|are|were)\s+(?:still\s+)?being\s+(?:prepared|drafted|negotiated|finali[sz]ed|discussed|reviewed)|"
    # "agreed that Cedar would send a draft memorandum": what is still to be done
    r"agreed\s+that\s+[^.;]{0,40}?\b(?:would|will|should|shall)\b|"
    # "which they agreed to finalise by June": a document still to come
    r"agreed\s+to\s+(?:finali[sz]e|draft|draw\s+up|negotiate|prepare|work\s+(?:out|in|on|towards?)|sign|explore|discuss|consider|"
    r"continue\s+(?:their\s+|the\s+)?(?:discussions|talks|negotiations)))\b)",
    re.I,
)


_JOINABLE = frozenset(
    "Alliance Network Consortium Association Union League Federation Partnership Group Club Council Forum".split()
)
_GROUP_COLON = re.compile(
    r"\s+(?:the\s+following\s+|(?:[\w\-]+\s+){0,3})(?:universities|institutions|partners|organi[sz]ations|"
    r"hospitals|institutes|colleges|companies|bodies|schools|varsities)"
    r"(?:\s+(?:on|in|at|during|from|of)\s+[^:;.]{1,40}?)?\s*:\s*"
)
_GROUP_AHEAD = re.compile(
    r"\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:other\s+|partner\s+|more\s+)?"
    r"(?:[A-Z]\w+\s+)?(?:universities|institutions|partners|organi[sz]ations|institutes|colleges|hospitals)\b"
    r"(?![^.;:]{0,20}\b(?:including|such\s+as|namely)\b)"
)
_LIST_INTRO = re.compile(
    r"\b(?:together|partners?|signator(?:y|ies)|members?|parties|institutions|universities|following|"
    r"memorandum|agreement|MoU|consortium|signed|includes?|including)\b",
    re.I,
)
_ROSTER = re.compile(
    # "They are A, B and C", "The ten universities are:", "Members include"
    r"(?:They|These|Those)\s+(?:are|were|include|included)\b\s*:?|"
    r"(?:The|All)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\w\-]+\s+)?"
    r"(?:universities|institutions|members|partners|signatories|parties|organi[sz]ations|bodies|institutes|"
    r"hospitals|colleges)\s+(?:are|were|include|included|comprise)\b\s*:?|"
    r"(?:The\s+|Its\s+|Their\s+)?(?:[\w\-]+['’]s\s+)?"
    rf"(?:(?:founding|{_COUNT})\s+){{0,2}}(?:signatories|signing\s+(?:parties|institutions)|partners|parties|members|"
    r"partner\s+(?:universities|institutions)|participating\s+(?:universities|institutions))\s+"
    # "The members of the alliance are:"
    r"(?:of\s+the\s+(?:new\s+)?(?:alliance|consortium|network|partnership|association|group|project)\s+)?"
    r"(?:are|were|include|included|comprise|comprised)\b(?!\s+(?:[a-z]+ing|also|now|to|expected|due|set|"
    r"ready|keen|hoping|planning)\b)\s*:?"
    # "The agreement brings together A, B and C"
    # "Completing the network's eight founding members are A, B and C"
    # "The signatories come from five countries: ..."
    r"|(?:The\s+|Its\s+|Their\s+)?(?:signatories|partners|members|founders)\s+(?:come|came)\s+from\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:countries|nations|regions|states)\s*:"
    r"|(?:Completing|Rounding\s+out)\s+(?:the\s+)?(?:[\w\-]+['’]s\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:members|partners|signatories|list)\s+(?:are|were|is|was)\b\s*:?"
    r"|(?:The|This|Its|Their)\s+(?:new\s+|founding\s+|framework\s+|cooperation\s+|consortium\s+)?"
    r"(?:agreement|memorandum|MoU|consortium|alliance|network|"
    r"partnership|pact|accord|deal)\s+(?:brings\s+together|unites|links|involves|includes|comprises|"
    r"groups|is\s+between|covers)\b\s*:?"
    # "It brings together A, B and C", right after the signing
    r"|It\s+(?:brings\s+together|unites|links|groups)\b\s*:?",
    re.I,
)
#: words after a non-party cue that bring parties back ("Signing alongside the
#: Secretariat were A, B and C")
#: "A, affiliated to B, and C signed": an apposition about the first of a list
#: a relative clause that names the body the one before belongs to
_OWNER_CLAUSE = (
    r"(?:which|that)\s+(?:belongs\s+to|is\s+part\s+of|is\s+affiliated\s+(?:to|with)|"
    r"operates\s+under|reports\s+to)"
)
_APPOSITION = (
    r",\s+(?:affiliated\s+(?:to|with)|a\s+member\s+of|part\s+of|a\s+(?:subsidiary|unit)\s+of|"
    # "A, the local subsidiary of a Korean firm, and B signed"
    r"the\s+(?:[\w\-]+\s+){0,2}?(?:subsidiary|arm|affiliate|unit)\s+of|"
    # "A, based in Algeciras, and B"; "A, which belongs to the B, and C signed"
    r"(?:based|located|headquartered)\s+in|" + _OWNER_CLAUSE + "|"
    r"owned\s+by|run\s+by|formerly|previously)\s[^,;]{0,90}"
    r"(?:,\s+(?:Ltd|Inc|LLC|S\.A|AG|plc|PLC|Corp|Co)\.?)?"  # "... of X Co., Ltd."
)
_APPOSED_GAP = re.compile(r"(?:\s*\([^()]{1,90}\))?" + _APPOSITION + r",\s+(?:and\s+)?")
_APPOSED_LAST = re.compile(_APPOSITION + "$")
_AGREED_TEXT = re.compile(r"(?:\s+(?:on|upon))?\s+the\s+(?:final\s+)?(?:text|wording|draft)\b")
_RETOLD_PLURAL = re.compile(
    rf"\b(?:[Tt]he|[Tt]hese|[Bb]oth|[Ii]ts|[Tt]heir)\s+{_COUNT}\s+(?:[\w\-]+\s+)?"
    r"(?:agreements|memoranda|MoUs|MOUs|documents|accords)\s+$"
)
#: "signed ... by the university and five hospitals": the signers, counted, are told next
_BY_COUNTED = re.compile(
    rf"\bby\b[^.;]{{0,60}}?\b{_COUNT}\s+"
    r"(?:[\w\-]+\s+)?(?:hospitals|universities|institutions|partners|organi[sz]ations|companies|"
    r"institutes|colleges|members|bodies)\b"
)
_BY_SOMEONE_WITH = re.compile(
    r"\s+(?:the\s+)?[A-Z][^;()]{0,80}?\s+with\s+the\s+(?:rectors|presidents|heads|directors|deans|vice-chancellors)\s+of\b"
)
_RESPECTIVE = re.compile(
    r"\bon\s+behalf\s+of\s+their\s+respective\s+(?:institutions|organi[sz]ations|universities|bodies|"
    r"companies|sides|entities|hospitals)\b"
)
_FORMERLY_CALLED = re.compile(
    r"\b(?:still|then|formerly|previously|once)\s+(?:called|known\s+as|named)\s+(?:the\s+)?$"
)
_CAMPUS_AFTER = re.compile(r"\s+campus\b")
_LAB_LAUNCHED = re.compile(
    r"\bjoint\s+(?:[\w\-]+\s+){0,2}(?:laborator(?:y|ies)|lab|centre|center|institute)\b[^.;]{0,160}?"
    r"\b(?:was|were|has\s+been)\s+(?:launched|established|set\s+up|opened|created|inaugurated)\b"
)
_CAPITAL_OF = re.compile(r"capital(?<!\w.{7})\s+(?:city\s+)?of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}$")
_AT_SEAT_OF = re.compile(
    r"\b(?:at|in)\s+the\s+(?:headquarters|premises|offices?|seat|main\s+campus)\s+of\s+(?:the\s+)?$"
)
_OWNER_APPOSED = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,2}(?:partner|affiliate|parent|owner|subsidiary|teaching\s+hospital|"
    r"research\s+arm|campus)\s*,"
)
#: non-party cues that open an apposition, which ends at its comma
_APPOSED_CUES = (
    "affiliated",
    "a subsidiary",
    "subsidiary",
    "a unit",
    "a spin-off",
    "spun out",
    "owned",
    "research",
    "parent",
    "part of",
    "a member of",
    "known as",
    "formerly",
    "previously",
)
#: signers told after a signing without partners: "X signed alongside Y"
_SIGNED_ALONGSIDE = re.compile(r"\bsigned\s+(?:alongside|together\s+with)\b")
#: a signing verb told just before, in the same clause ("signed a memorandum alongside")
_SIGNED_JUST_BEFORE = re.compile(r"\b(?:signed|signs|inked|sealed)\b[^,.;]{0,40}$")
_PARTY_AGAIN = re.compile(r"[;]|\bsigned\b|\bwith\b|\bby\b|\bwere\b|\bare\b")
#: the people present at a signing, listed to the end of the sentence ("in the
#: presence of X, president of A; Y, B's vice-chancellor, and Z, dean of C"):
#: semicolons part the people, not the parties
_PRESENT_CUES = ("in the presence of", "witnessed by", "attended by")
_PRESENT_LIST_AGAIN = re.compile(r"\bsigned\b|\bwith\b|\bby\b|\bwere\b|\bare\b|;\s+(?:and\s+)?(?:the\s+)?[a-z]")
_OTHERS = re.compile(
    r"\b(?:\w+\s+)?other\s+(?:universities|institutions|partners|members|bodies|organi[sz]ations)\b"
)
_BUILDS_ON = re.compile(
    r"\b(?:began|begun|started|dates?\s+back\s+to|dating\s+back\s+to|building\s+on|builds?\s+on|built\s+on|"
    r"follows?|following|grew\s+out\s+of|rooted\s+in)\b(?:\s+in\s+(?P<y0>(?:19|20)\d\d))?[^.;]{0,40}?\b(?:a|an|the|their|its)\s+"
    r"(?:(?P<y1>(?:19|20)\d\d)\s+)?(?P<ins>(?:[\w\-]+\s+){0,3}?(?:memorandum(?:\s+of\s+understanding)?|MoU|MOU|"
    r"agreement|accord))(?:\s+(?:signed\s+|concluded\s+)?(?:in|on)\s+(?P<d>[^,;.]{2,25}))?"
)
#: "X's partnership with Y was formalised", "The agreement with Y": a pair told by its instrument
_POSSESSED_WITH = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:partnership|agreement|memorandum|MoU|cooperation|collaboration|deal|"
    r"pact|accord|ties)\s+with\s+(?:the\s+)?"
)
#: "Our memoranda of agreement with ": what follows are the partners
_OUR_INSTRUMENT_WITH = re.compile(
    r"\b[Oo]ur\s+(?:[\w\-]+\s+){0,3}?(?:agreements?|memorand(?:um|a|ums)|MoUs?|MOUs?|accords?|"
    r"protocols?|partnerships?)(?:\s+of\s+(?:understanding|agreement))?\s+with\s+(?:the\s+)?$"
)
#: "the university" right before a possessive: the body described
_THE_NOUN_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w\-]*\s+)?([a-z]+)$")
#: "X's earlier partnerships, with ": documents of the possessor with each body next
_OWNERS_INSTRUMENTS_WITH = re.compile(
    r"['’]s\s+(?:[\w\-]+\s+){0,3}?(?:agreements|memoranda|memorandums|MoUs|MOUs|accords|"
    r"protocols|partnerships)(?:\s+of\s+(?:understanding|agreement))?,?\s+with\s+(?:the\s+)?$"
)
_INSTRUMENT_WITH = re.compile(
    r"\b(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MOU|accord|pact|protocol|deal)\s+with\s+(?:the\s+)?(?=[A-Z])"
)
#: "Five cooperation documents were exchanged on Saturday": a signing event
_DOCUMENTS = re.compile(r"\b(?:documents|agreements|memoranda|MoUs|accords|deals|pacts)\b")
_THROUGH_ITS = re.compile(r",?\s+(?:acting\s+)?through\s+(?:its|their)\s+(?:the\s+)?")
#: "SIOM of the Chinese Academy of Sciences", "the Centro X of Brazil's Y": a unit of the next body
_UNIT_OF_GAP = re.compile(
    r"\s*(?:\([^()]*\))?\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?['’]s\s+)?$"
)
#: "A, Chennai, an autonomous institute of the Ministry X, and B signed": the
#: body an apposition says A belongs to is no party (A is)
_APPOSED_OWNER_GAP = re.compile(
    r"\s*(?:\([^()]*\))?(?:,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?,\s+(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:institute|unit|agency|body|subsidiary|arm|affiliate|part|member|centre|center|college|"
    r"school|department|laboratory|hospital)\s+(?:of|under|within|(?:run|operated|owned|managed)\s+by)|"
    # "A, which belongs to the B, and C signed"
    + _OWNER_CLAUSE
    + r")\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]+['’]s\s+)?$"  # "..., the local subsidiary of Korea's X"
)
_GOVERNMENT_NAME = re.compile(r"(?:Royal\s+|Federal\s+|National\s+)?Government\s+of\b")
_MINISTRY_NAME = re.compile(r"(?:Ministry|Department)\b")
_ALIAS_GAP = re.compile(r"\s*\((?:[^()]*,\s*)?")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")


@dataclass
class Found:
    """An agreement found in a sentence, before it becomes a model object."""

    parties: list[int]
    type: str
    signed: str | None
    sentence: Sentence
    rule: str
    fields: list[str] = field(default_factory=list)
    exchanges: list[str] = field(default_factory=list)
    dated: bool = False
    #: later sentences that tell this agreement again ("The renewed agreement,
    #: signed by ..."): its description goes on from them
    retold: list[int] = field(default_factory=list)


_JOINED_IN = re.compile(r",?\s+(?:has\s+|have\s+|had\s+)?join(?:ed|s)\s+(?:the\s+)?")
#: a roster in groups: by dashes, "as well as", or a count of a kind
_GROUPED = re.compile(
    r"\s[—–]\s|\bas\s+well\s+as\b|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:[A-Z]\w+\s+)?(?:universities|hospitals|institutes|companies|firms|colleges|centres|centers)\b"
)
#: a body the agreement creates ("The covenant founding the Living Lab X")
_CREATED = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[CEFJLSTcefjlst\u017f]))(?:"
    r"\b(?:found(?:ing|s|ed)?|establish(?:ing|es|ed)?|creat(?:ing|es|ed)|launch(?:ing|es|ed)?|"
    r"set(?:ting|s)?\s+up|form(?:ing|s)?|to\s+(?:form|create|establish|found|launch|set\s+up)|"
    # "the memorandum on the establishment of the network", "the ceremony for the
    # co-construction of the "X Joint Laboratory""
    r"(?:establishment|creation|founding|formation|launch|setting\s+up|(?:co-)?construction|"
    r"joint\s+construction)\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:new\s+)?[“\"‘']?$)",
    re.I,
)
#: where a signing took place ("signed at Yerevan State University during the Forum")
_VENUE = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|hosted\s+by)\s+(?:the\s+)?(?:first\s+|\w+\s+)?$"
)
_VENUE_THE = re.compile(r"\b(?:signed|held|took\s+place)\s+(?:[^,;]{0,60}?\s)?at\s+the\s+$")
#: a count of documents opening a roundup ("Four cooperation agreements were signed")
_COUNTED_DOCUMENTS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+){0,3}"
    r"(?:agreements|memoranda|memorandums|MoUs|MOUs|documents|protocols|accords|deals|contracts|conventions)\b",
    re.I,
)
_ORDINALS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
_INSTRUMENT_WORD = r"(?:agreement|memorandum(?:\s+of\s+(?:understanding|agreement|cooperation))?|MoU|MOU|MoA|MOA|letter\s+of\s+intent|protocol|accord)"
_WAS_SIGNED = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b")
_AS_DID = re.compile(r"\bas\s+did\s+(?:the\s+)?$|\bas\s+did\s+[^.;]{0,80}$")
#: "A, B and C signed.", "D joined them, as did E"
_SIGNERS_VERB = re.compile(
    r"\b(?:signed|joined\s+them|joined\s+in|as\s+did|put\s+their\s+names|were\s+(?:also\s+)?among\s+the\s+signatories)\b"
)
_ITEM_NOT_MADE = re.compile(
    r"\b(?:proposed|draft|under\s+discussion|not\s+(?:yet\s+)?(?:been\s+)?(?:concluded|signed|finali[sz]ed)|"
    r"hopes?|hoped|expected|planned|discussed|to\s+be\s+signed|could|would|might|may)\b"
)
#: "A framework agreement with Y", "The fourth agreement, a research agreement with Z,"
_ROUNDUP_ITEM = re.compile(
    # "A second document, a memorandum of understanding with X, was signed ..."
    rf"(?:An?|The)\s+{_ORDINALS}\s+document,\s+an?\s+(?:[\w\-]+\s+){{0,3}}?{_INSTRUMENT_WORD}\s+with\s+(?:the\s+)?|"
    rf"(?:(?:In\s+addition|Also|Separately|Meanwhile|Finally),\s+)?(?:(?:An?|Another|The\s+(?:{_ORDINALS}|other|next)|"
    # "Under the MoU with X, students will ...": one of the documents, by what it does
    rf"(?:The|Under\s+(?:the|its))(?=\s+(?:\w+\s+)?{_INSTRUMENT_WORD}\s+with\b))\s+"
    rf"(?:[\w\-]+\s+){{0,3}}?{_INSTRUMENT_WORD}|The\s+{_ORDINALS}(?=,)|The\s+{_ORDINALS}\s+document(?=,)|"
    # "The second links the institute with X"
    rf"The\s+{_ORDINALS}(?:\s+(?:one|document|agreement))?\s+links\s+(?:the\s+\w+|it|them)(?=\s+with\b)|"
    # "The first of the three was a memorandum of understanding with X", "The second
    # agreement was a joint research agreement with Y"
    rf"The\s+{_ORDINALS}(?:\s+of\s+(?:the|them)(?:\s+\w+)?|\s+(?:one|document|agreement))?\s+was\s+"
    rf"an?\s+(?:[\w\-]+\s+){{0,3}}?{_INSTRUMENT_WORD}(?=\s+with\b))"
    rf"(?:,\s+(?:an?\s+)(?:[\w\-]+\s+){{0,3}}?{_INSTRUMENT_WORD})?"
    # ("A memorandum of understanding (MoU) with X": its short name between)
    r"(?:\s+\([A-Za-z]{2,8}\))?,?\s+"
    r"(?:was\s+signed\s+|was\s+inked\s+|was\s+concluded\s+)?with\s+(?:the\s+)?"
)
#: "A second document, a memorandum of understanding with X, ...": the next
#: document of a signing told before
_SECOND_DOCUMENT = re.compile(rf"(?:A|The)\s+(?:second|third|fourth)\s+document,\s+an?\s+(?:[\w\-]+\s+){{0,3}}?{_INSTRUMENT_WORD}\s+with\b")
#: "- A memorandum of agreement (MoA) between A and B on ...", "- A renewal of the
#: student exchange agreement with X": a bulleted item of a roundup, one document each
_DOCUMENT_ITEM = re.compile(
    rf"(?:An?|Another)\s+(?:[\w\-]+\s+){{0,5}}?{_INSTRUMENT_WORD}(?:\s+\([A-Za-z]{{2,8}}\))?"
    r"(?:\s+(?:signed|concluded))?\s+(?P<link>between|with)\s+(?:the\s+)?"
)
#: "Three of the documents involve X.": the documents of a roundup one body signed,
#: whose partners the next sentence tells clause by clause
_DOCUMENTS_INVOLVE = re.compile(
    r"\b(?P<count>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+of\s+(?:the|these)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:documents|agreements|memoranda|memorandums|MoUs|MOUs|accords|deals|protocols)\s+"
    r"(?:(?:signed|exchanged|inked|concluded)\s+(?:[^,.;:]{0,30}?\s)?)?"
    r"(?:involve|involved|concern|concerned|went\s+to|were\s+(?:for|with)|are\s+(?:for|with))\s+(?:the\s+)?"
)
#: a verb every `_DOCUMENTS_INVOLVE` match holds: a cheap test before the pattern
_INVOLVE_VERBS = ("involve", "concern", " went to ", " were for ", " were with ", " are for ", " are with ")


def _may_involve(text: str) -> bool:
    return " of the" in text and any(map(text.__contains__, _INVOLVE_VERBS))


#: "... with A", "it has agreed with B": the partner a clause of such a sentence names
_CLAUSE_WITH = re.compile(r"\b(?:with|alongside)\s+(?:the\s+)?")
#: where one clause of such a sentence ends: "...; it has agreed with B", ", and it will work with C"
_ITEM_CLAUSES = re.compile(r";\s*(?:and\s+)?|,\s+(?:and\s+)?(?=it\s)")
#: "It was signed by A, B and C": the bodies that signed the document just told
_IT_SIGNED_BY = re.compile(r"It\s+was\s+(?:signed|inked|concluded)\s+(?:[^,.;]{0,40}?\s)?by\s+")
#: "The third document set up ...", "The fourth agreement establishes ...": an item of a roundup
_ORDINAL_DOCUMENT = re.compile(
    rf"The\s+{_ORDINALS}\s+(?:document|agreement|memorandum|MoU|MOU|accord|protocol|deal)\s+(?!with\b|between\b)"
)
#: ", A and B", " — A and B", " (A and B)": bodies in apposition to a group
_APPOSED_AFTER_GROUP = re.compile(r"\s*(?:,|[—–-]|\(|:)\s*(?:the\s+)?")
#: group nouns that do not say what kind of bodies they are
_ORGANISATIONS = re.compile(r"\b(?:organi[sz]ations|institutions|bodies|partners|parties|sides)\b", re.I)
#: "The first, between A and B, covers ...": a roundup's item told with both parties
_ROUNDUP_BETWEEN = re.compile(
    rf"The\s+{_ORDINALS}(?:\s+(?:one|document|agreement|memorandum|MoU))?,\s+(?:signed\s+)?between\s+(?:the\s+)?"
    # "The second, signed by A and B, establishes a double degree"
    rf"|The\s+{_ORDINALS}(?:\s+(?:one|document|agreement|memorandum|MoU))?,\s+signed\s+by\s+(?:the\s+)?"
    # "A third document, a research convention on X, was signed by A and by B"
    rf"|(?:The|A)\s+{_ORDINALS}\s+(?:document|agreement|memorandum|MoU|accord|protocol|convention)"
    r"(?:,\s+an?\s+[^,;]{3,140}?,)?\s+was\s+signed\s+(?:[^,.;]{0,50}?\s)?by\s+(?:the\s+)?"
    # "The first, a convention-cadre between A and B, opens ...", "The second, a research
    # convention, links A and B"
    rf"|The\s+{_ORDINALS},\s+an?\s+(?:[\w\-]+\s+){{0,3}}?(?:{_INSTRUMENT_WORD}|convention(?:-cadre)?)"
    # ("The first, a framework agreement for academic cooperation, links A with B")
    r"(?:\s+(?:for|on|in)\s+[\w\s\-]{1,60}?(?=,))?"
    r"(?:,?\s+(?:signed\s+)?between|,\s+(?:links|joins|binds|unites|brings\s+together))\s+(?:the\s+)?"
)
#: "links A with B": the second party after the first
_LINKS_WITH = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?,?\s+(?:with|to)\s+(?:the\s+)?")
_ORDINAL_SUBJECT = re.compile(
    rf"(?:The|the)\s+{_ORDINALS}(?:\s+one)?\s+(?:was|were)\s+(?:\w+\s+)?signed\s+by\b"
)
#: "Second, ...", "In the third, ...", "The fourth document ...": an item of a roundup
_ORDINAL_OPENING = re.compile(
    rf"(?:(?:First|Second|Third|Fourth|Fifth)(?:ly)?,|Finally,|Lastly,|In\s+the\s+{_ORDINALS}\b|"
    rf"(?:The|A)\s+{_ORDINALS}\b)"
)
_ORDINAL_WAS = re.compile(rf"(?:The|the)\s+{_ORDINALS}\s+(?P<verb>was|is)\s+(?:a|an|the)\s+")
_ORDINAL_AFTER = re.compile(rf"\s+the\s+{_ORDINALS}\b")
_INSTRUMENT_IN_GAP = re.compile(
    r"\b(?:an?|another|separate)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|memorandum|accord|deal|pact|"
    r"contract|protocol)\b"
    # a headline's "X signs Erasmus+ agreement with A and MoU with B": no article
    r"|\band\s+(?:[\w\-+]+\s+){0,2}?(?:MoUs?|MoAs?|agreements?|memorand\w+|accords?|deals?|pacts?)\s+with\s",
    re.I,
)
#: more signatories of the agreement just told ("They were joined at the same
#: ceremony by four further signatories: ...", "Also signing were ...")
_JOINED_BY = re.compile(
    r"(?:They|These\s+\w+)\s+(?:were|was)\s+joined\b[^.;]{0,80}?\bby\b[^:;]{0,80}?(?::|\bsignator\w*\b)|"
    # ("Also signing the protocol was X")
    r"Also\s+signing\s+(?:(?:the|that|this)\s+(?:[\w\-]+\s+)?(?:agreement|memorandum|MoU|MOU|protocol|"
    r"accord|convention|document|charter)\s+)?(?:were|was)\b"
)
_BRINGS_TOGETHER = re.compile(
    # "Besides the department, the agreement brings together A, B and C": the one named first too
    r"(?P<besides>(?:Besides|Apart\s+from|Along\s+with|In\s+addition\s+to)\s+[^,;]{2,80},\s+)?"
    r"(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:\w+\s+)?(?:agreement|memorandum|MoU)\s+(?:brings\s+together|unites|groups)\b"
)
_DOCUMENT_SUBJECT = re.compile(
    r"\b(?:the|this)\s+(?:new\s+|renewed\s+|revised\s+)?(?:agreement|memorandum|mou|deal|accord)\s+$",
    re.I,
)
_BESIDES = re.compile(r"(?:Besides|Apart\s+from|In\s+addition\s+to|Alongside)\s+[^;:]{3,200}?,\s+")
_TOGETHER_WITH = re.compile(r"\b(?:together|along)\s+with\s+(?:the\s+)?")
_SPEAKS = re.compile(
    r"\s+(?:said|says|announced|stated|reported|told|added|noted|confirmed|explained)\b"
)
#: the heads who sign for two bodies: "A's rector, Prof. X, and the rector of B"
_HEAD_TITLE = (
    r"(?:rector|president|vice-chancellor|chancellor|director(?:\s+general)?|director-general|dean|"
    r"chief\s+executive(?:\s+officer)?|ceo|chair(?:man|woman|person)?|head|principal|provost|"
    r"secretary(?:\s+general)?|minister|mayor|governor|superintendent|commissioner)"
)
_HEADS_GAP = re.compile(
    r"['’]s\s+(?:[a-z\-]+\s+){0,2}"
    + _HEAD_TITLE
    + r"(?:,\s*[^,;()]{2,60},)?\s*(?:,\s*)?(?:and|&)\s+"
    r"(?:the\s+|its\s+)?(?:[a-z\-]+\s+){0,2}" + _HEAD_TITLE + r"\s+(?:of|at)\s+(?:the\s+)?",
    re.I,
)
#: "the institute's director, Dr. X": its head, who acts for it
_OWN_HEAD = re.compile(r"(?:[a-z\-]+\s+){0,2}" + _HEAD_TITLE + r"\b(?!\s+of\b)")
#: a clause about several documents ("The MoUs were exchanged between ...")
_PLURAL_SUBJECT = re.compile(
    r"\s*(?:[Tt]he\s+)?(?:\w+\s+)?(?:MoUs|MOUs|[Mm]emoranda|[Mm]emorandums|agreements|documents)\b"
)
#: ("between" first, its word start checked behind it: the engine scans for the word)
_BETWEEN = re.compile(r"between\b(?<!\w.{7})")
#: one of these in every match of _BUILDS_ON: a cheap test first
_BUILDS_ON_WORDS = (
    "began",
    "begun",
    "started",
    "date",
    "dating",
    "build",
    "built",
    "follow",
    "grew",
    "rooted",
)


def _builds_on(text: str) -> re.Match | None:
    low = text.lower()
    return _BUILDS_ON.search(text) if any(map(low.__contains__, _BUILDS_ON_WORDS)) else None


#: "A signed with B, C with D, and E with F": the gaps of a verb said once
_GAP_WITH = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+with\s+(?:the\s+)?")
_GAP_BEFORE = re.compile(r"(?:\s*\([^()]{1,40}\))?,\s+(?:and\s+)?(?:the\s+)?")
_ORDINAL_WORD = re.compile(rf"\b(?:{_ORDINALS}|other)\b", re.I)
_UNDER_ORDINAL = re.compile(
    rf"\s*Under\s+the\s+(?:{_ORDINALS}|other)\s+"
    r"(?:MoU|MOU|memorandum|agreement|document|accord|protocol),\s+"
)
_SIGNED_AS = re.compile(
    r"\b(?:also\s+)?(?:signed|joined)\s+(?:on\s+)?as\s+(?:[\w\-]+\s+){0,2}"
    r"(?:partners?|members?|signatories|parties)\b"
)
_RENEWED_LATER = re.compile(
    r"(?:[,;]\s*|\s+)(?:and|which\s+(?:was|has\s+been)|that\s+was|it\s+was)\s+"
    r"(?:later\s+|then\s+|since\s+|last\s+|most\s+recently\s+)?"
    r"(?:renewed|extended)\b[^.;]{0,50}?\b(?:in|on)\s+[^.;,]{3,25}"
)
_PLURAL_WITH_SUBJECT = re.compile(
    r"\s*(?:The|Its|Their)\s+(?:[\w\-]+\s+)?(?:agreements|memoranda|MoUs|MOUs|partnerships)\s+with\s+(?:the\s+)?"
)
_MORE_BETWEEN = re.compile(r"[;,]\s+(?:and\s+)?between\b")
#: a person's body named beside them: "X, rector of A", "X of A", "X (A)";
#: "A president X", "A's rector, Prof. X"
_APPOSED_AFTER = re.compile(
    r",\s+(?:who\s+is\s+)?(?:the\s+|an?\s+)?[\w\s\-]{0,50}?\s(?:of|at|from)\s+(?:the\s+)?|"
    r"\s+(?:of|at|from)\s+(?:the\s+)?|\s*\(\s*"
)
_APPOSED_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:[\w\-.]+\s+){0,6}|['’]s\s+[\w\-\s]{0,40},\s*(?:[A-Z][a-z]*\.?\s+)*"
)
#: where a meeting was: "at X's campus", "hosted by X", "X hosted"
_HOSTED_AT = re.compile(r"\b(?:at|hosted\s+by|guests\s+of)\s+(?:the\s+)?$")
_HOSTS = re.compile(r"\s+(?:hosted|welcomed|received)\b|['’]s\s+(?:[\w\-]+\s+){0,3}campus\b")
_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?:(?P<mod>[A-Z][a-z]+(?:ian|ean|ese|ish|an|i)|French|Dutch|Greek|Czech|Swiss|Thai)\s+)?"
    r"counterparts?\b"
)
_ANY_KIND = ("university", "research_institute", "hospital", "company", "government", "other")
_OWN_HEAD_SIGNS = re.compile(
    r"\b[Tt]he\s+(?:[Vv]ice-[Cc]hancellor|[Cc]hancellor|[Rr]ector|[Pp]resident|[Pp]rincipal|[Pp]rovost)"
    r"(?=\s+and\s|\s+(?:signed|inked|sealed|renewed|concluded|has\s+signed|also\s+signed)\b|"
    r",\s+(?:[A-Z][\w.]*\s+){1,6}?[A-Z][\w\-]+,\s+and\s)"  # "the rector, Prof. X Y, and ..."
)
#: what every `_OWN_HEAD_SIGNS` match opens with, found from letter to letter
#: (the pattern's own \b makes the engine try every position)
_OWN_HEAD_OPENS = re.compile(
    r"[Tt]he\s+(?:[Vv]ice-[Cc]hancellor|[Cc]hancellor|[Rr]ector|[Pp]resident|[Pp]rincipal|[Pp]rovost)"
)
#: ", Rector Prof. Dr. Hakan Bilgin and the chairman of X": the own body's head, by
#: title and name, with no body said
_OWN_HEAD_NAMED = re.compile(
    r"(?:^|,\s+(?:where\s+|when\s+|and\s+)?)(?P<head>(?:Rector|President|Vice-Chancellor|Chancellor|Principal|Provost|"
    r"Chief\s+Executive\s+Officer|Director-General|Director\s+General)\s+"
    r"(?:(?:Prof|Dr|Professor|Mr|Ms|Mrs|Dr\.-Ing)\.?\s+)*(?:[A-Z][\w\-’']+\s+){1,3}?)"
    # (the other signer is told with the body: "and the chairman of X", "and Rector Y of X",
    # "and his counterpart from X", "and Prof. Y, chair of the board of X")
    r"(?=and\s+(?:(?:the\s+)?(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|"
    r"(?:Rector|President|Vice-Chancellor|Chancellor|Dean|Director|Principal)(?:\s+[A-Z][\w\-’']+){1,3})"
    r"\s+(?:of|from)\s|"
    r"(?:(?:Prof|Dr|Professor|Mr|Ms|Mrs)\.?\s+)+(?:(?:[A-Z][\w\-’']+|van|de|von)\s+){1,4}?[A-Z][\w\-’']+,\s+"
    r"(?:[a-z][\w\-]*\s+){1,4}of\s))"
)
_ONE_FOR_ALL = re.compile(r"\b(?:tripartite|trilateral|three-way|four-way|joint(?:ly)?)\b", re.I)
#: "X (XU) in ", "X in Yeongju, ": where the body before is (its town, then its province)
_IN_PLACE_BEFORE = re.compile(r"(?:\)|[a-z])\s+in\s+(?:the\s+)?(?:[A-Z][\w\-]+,\s+)?$")
#: "In Cedar City, it signed ...": where, not who
_FRONTED_PLACE = re.compile(r"(?:[A-Z][^,]{0,40},\s+)?(?:In|At)\s+(?:the\s+)?")
_SIGNING_OF = re.compile(r",\s+[^,;]{1,60},\s+of\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,4}?")
_COLON_WITH = re.compile(r":\s+with\s+(?:the\s+)?")
_GROUPING = re.compile(
    r",?\s+(?:\([^()]*\)\s*,?\s*)?which\s+(?:now\s+)?(?:groups|brings\s+together|comprises|unites|includes|"
    r"consists\s+of|is\s+made\s+up\s+of)\b"
)
#: "Its members are", "The alliance comprises": a list of members follows
_MEMBERS_ARE = re.compile(
    r"\b(?:members|partners|signatories|founders)\s+(?:are|were|include|included)\b|"
    r"\b(?:comprises|brings\s+together|groups|consists\s+of|is\s+made\s+up\s+of)\b"
)
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?", re.I)
_ON_BEHALF_BEFORE = re.compile(r"\bon\s+behalf\s+of\s+$")


_PAST_COPULA = re.compile(r"\s+(?:was|were)\s+(?:a|an|the)\b")
_GRANT_BEFORE = re.compile(r"\b[Gg]rant\s+$")
#: an instrument named again in an appositive: ", a partnership that ..."
_APPOSED_BEFORE_INSTRUMENT = re.compile(r",\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}$")
_RELATIVE_AFTER_INSTRUMENT = re.compile(r"\s+(?:that|which|whose)\b")


_ASIDE = re.compile(AS_IT_WAS_CALLED_ASIDE)


@lru_cache(maxsize=32)
def _clause_breaks(text: str) -> tuple[tuple[int, int, bool], ...]:
    """The clause breaks of a sentence as (start, end, opens a dateline),
    less the serial commas of lists and the breaks inside brackets: read once,
    as `_clause_bounds` is asked about one sentence at several positions (each
    trigger, each party slot) in a row."""
    breaks = []
    paren = "(" in text  # (without one, no break is inside brackets)
    asides = [m.span() for m in _ASIDE.finditer(text)] if may_tell_older_name(text) else []
    for m in _CLAUSE_BREAK.finditer(text):
        if m.group(0).startswith(", and") and (
            _OXFORD_LIST.search(text, 0, m.start()) or _APPOSED_LAST.search(text, 0, m.start())
        ):
            # "A, B, and C signed": the serial comma of a list of names; "A,
            # affiliated to B, and C signed": the comma that closes an apposition
            continue
        if paren and text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
            continue  # "X (SKU; Sanriku Kokusai Daigaku) renewed": inside brackets
        if asides and any(a_start <= m.start() < a_end for a_start, a_end in asides):
            continue  # "A, B — as B' was then called — and C agreed": one list
        dateline = m.start() < 30 and m.group(0).startswith((":", " —", " –"))
        breaks.append((m.start(), m.end(), dateline))
    return tuple(breaks)


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for b_start, b_end, dateline in _clause_breaks(text):
        if dateline and b_start < pos:
            continue  # "PESHAWAR: ...", "SEONGNAM, October 4, 2019 — ...": a dateline
        if b_end <= pos:
            start = b_end
        elif b_start >= pos:
            end = b_start
            break
    return start, end


class AgreementFinder:
    """Agreement rules over one article's sentences and institutions."""

    def __init__(self, lexicon: Lexicon, insts: ArticleInstitutions, published: str | None):
        self.lex = lexicon
        self.insts = insts
        self.published = published
        self.sentences = insts.sentences
        #: the index of the headline: the first sentence, unless the article opens
        #: straight with its lead ("ABIDJAN, 19 September (ACI) – Two agreements were
        #: signed ... .")
        self.title = 0 if not self.sentences or not _is_lead(self.sentences[0].text) else -1
        self.last_parties: list[int] = []
        self.last_objects: list[int] = []
        self.last_date: str | None = None
        # the last signing told without its partners: (sentence index,
        # types, subject, (date, dated))
        self.last_signing: tuple[int, list[str], list[int], tuple[str | None, bool]] | None = None
        #: sentences read already as part of an earlier one's list of signers
        self.consumed: set[int] = set()
        #: the last roundup told ("X signed four agreements"): (sentence, subject, date)
        self.roundup: tuple[int, list[int], tuple[str | None, bool]] | None = None
        self.primary = self._primary()
        self.people = People(
            self.sentences,
            lambda index: insts.mentions[index],
            [form for inst in insts.institutions for form in inst.forms],
            self.primary,
            self._described,
            _council(insts.institutions),
        )
        #: the sentence of the last agreement found ("The agreement was signed on
        #: 16 June" right after it tells more of it)
        self.last_found_sentence: int | None = None
        #: agreements a sentence adds to the one before ("first signed in 2016")
        self.pending: list[Found] = []
        #: the sentence being read
        self.current = 0
        #: the last full day of this year's news told (see `_note_event_day`)
        self.event_day: str | None = None
        #: full days each sentence tells, after any dateline (see `_news_day`)
        self._days_told: dict[int, list[str]] = {}
        #: the dates of each text read so far (see `_find_dates`)
        self._dates_of: dict[str, list[DateMention]] = {}
        #: the bodies a filing defines as "the Company", "the Bank" (see `_defined_terms`)
        self.defined = _defined_terms(insts)

    def _find_dates(self, text: str) -> list[DateMention]:
        """`find_dates` of a text of this article, read once: several rules
        (and `_last_day_told`, for every sentence before) ask for the same
        sentence's dates. Callers only read the list."""
        got = self._dates_of.get(text)
        if got is None:
            got = self._dates_of[text] = find_dates(text, self.published)
        return got

    def _note_event_day(self, date: str | None) -> None:
        """Remember the last full day of this year's news told ("On the same
        day, ..." after a paragraph of background means that day)."""
        if date and date.count("-") == 2 and (not self.published or date[:4] >= self.published[:4]):
            self.event_day = date

    def _primary(self) -> int | None:
        best = None
        for idx, inst in enumerate(self.insts.institutions):
            if not inst.name or inst.kind == "academic_unit":
                continue
            if best is None or inst.count > self.insts.institutions[best].count:
                best = idx
        return best

    def _own_body(self, partners: set[int]) -> int | None:
        """The body "our" stands for: the one the masthead or first lines
        name, else the article's main institution, passing over an office
        that writes for it ("International Relations Office — Newsletter",
        "Universität X": the university is meant) and the partners the
        sentence names."""
        insts = self.insts.institutions
        masthead = {
            m.inst for si in range(min(2, len(self.sentences))) for m in self.insts.mentions[si]
        }
        top = " ".join(s.text for s in self.sentences[:3]).casefold()
        # "FUNDACIÓN ANDINA PARA LA SALUD RURAL / Boletín informativo": a masthead in capitals
        masthead |= {i for i, inst in enumerate(insts) if inst.name and inst.name.casefold() in top}
        best = None
        for idx, inst in enumerate(insts):
            if (
                inst.name
                and idx not in partners
                and (
                    inst.kind in ("university", "hospital", "research_institute", "company")
                    or (inst.kind == "other" and idx in masthead)
                )
            ):
                rank = (idx in masthead, inst.count)
                if best is None or rank > best[0]:
                    best = (rank, idx)
        return best[1] if best is not None else self.primary

    # -- reference --------------------------------------------------------------
    def _described(self, sent: Sentence, pos: int, noun: str) -> int | None:
        """The body "the (adjective) NOUN" at `pos` of `sent` stands for: the
        home one of that kind, else the last of that kind named before."""
        kinds = _KIND_WORDS.get(noun, ())
        if not kinds:
            return None
        before = sent.start + pos
        target = self._home(kinds, sent.index, before)
        if target is None:
            target = self._recent(kinds, sent.index, before)
        return target

    def _host(self, before_sentence: int, before_pos: int) -> int | None:
        """The body last named as a host: "at X's campus", "hosted by X",
        "X hosted", else the article's own."""
        for si in range(before_sentence, -1, -1):
            sent = self.sentences[si]
            for m in reversed(self.insts.mentions[si]):
                if m.start >= before_pos:
                    continue
                s, e = m.start - sent.start, m.end - sent.start
                if _HOSTED_AT.search(sent.text, 0, s) or _HOSTS.match(sent.text, e):
                    return m.inst
        return self.primary

    def _seat_of_previous(self, text: str, s: int, e: int, ids: list[int]) -> bool:
        """ "X (alias) in Iwate Prefecture, whose president ... signed": a
        government body named as where the one before it is, not a party."""
        return (
            len(ids) == 1
            and self.insts.institutions[ids[0]].kind == "government"
            and _IN_PLACE_BEFORE.search(text, max(0, s - 60), s) is not None
            and text.startswith((",", ")"), e)
        )

    def _other_side(self, body: int, before_sentence: int) -> int | None:
        """The body across the table from `body`: the article's own, else the
        last other body named before (host and guest of a visit)."""
        insts = self.insts.institutions
        if (
            self.primary is not None
            and self.primary != body
            and insts[body].unit_of != self.primary
        ):
            return self.primary
        for si in range(before_sentence - 1, -1, -1):
            for m in reversed(self.insts.mentions[si]):
                if (
                    m.inst != body
                    and insts[m.inst].kind != "academic_unit"
                    and insts[body].unit_of != m.inst
                ):
                    return m.inst
        return None

    def _recent(
        self, kinds: tuple[str, ...], before_sentence: int, before_pos: int | None
    ) -> int | None:
        """The most recently mentioned institution of the first of `kinds`
        that has one ("the school": a school, else a university)."""
        for kind in kinds:
            for si in range(before_sentence, -1, -1):
                for m in reversed(self.insts.mentions[si]):
                    if si == before_sentence and before_pos is not None and m.start >= before_pos:
                        continue
                    if self.insts.institutions[m.inst].kind == kind:
                        return m.inst
        return None

    def _home(self, kinds: tuple[str, ...], before_sentence: int, before_pos: int) -> int | None:
        """The one institution of the first of `kinds` mentioned so far whose
        name shares its first word with the article's main institution
        ("The hospital, meanwhile, ..." in Lakeshore University's news is
        Lakeshore University Hospital, not the partner's hospital)."""
        insts = self.insts.institutions
        homes = {insts[m.inst].name.split()[0] for m in self.insts.mentions[0]}
        if self.primary is not None:
            homes.add(insts[self.primary].name.split()[0])
        homes = {h for h in homes if h not in STOP_CAPS and len(h) >= 4}
        if not homes:
            return None
        for kind in kinds[:1]:
            seen = {
                m.inst
                for si in range(before_sentence + 1)
                for m in self.insts.mentions[si]
                if not (si == before_sentence and m.start >= before_pos)
                and insts[m.inst].kind == kind
                and insts[m.inst].name.split()[0] in homes
            }
            if len(seen) == 1:
                return seen.pop()
            if self.primary in seen:
                # "Hanul Semiconductor, a company under Hanul Group, said ... The
                # company signed": the one the article is about, not its parent
                return self.primary
        return None

    def _of_country(
        self, demonym: str, noun: str, kinds: tuple[str, ...], before_sentence: int, before_pos: int
    ) -> int | None:
        """The most recent body from the country `demonym` names whose name
        has `noun` ("the Fijian college": the College of Medicine of a Fijian
        university), else of `kinds`; failing that, the only body of that
        country named so far."""
        code = self.insts.places.demonym(demonym)
        if code is None:
            return None
        insts = self.insts.institutions

        def country(idx: int) -> str | None:
            parent = insts[idx].unit_of
            return insts[idx].country or (insts[parent].country if parent is not None else None)

        seen: list[int] = []
        for si in range(before_sentence, -1, -1):
            for m in reversed(self.insts.mentions[si]):
                if si == before_sentence and m.start >= before_pos:
                    continue
                if country(m.inst) == code and m.inst not in seen:
                    seen.append(m.inst)
        for idx in seen:
            if noun.lower() in insts[idx].name.lower().split() or (
                noun.lower() == "polytechnic" and _named_by(noun, insts[idx].name)
            ):
                return idx
        for idx in seen:
            if insts[idx].kind in kinds:
                return idx
        bodies = [i for i in seen if insts[i].kind != "academic_unit"]
        # no body of that kind and country known: the last one named by the
        # noun whose country the article does not say ("the Italian university"
        # is the Università degli Studi X, not the Province of Treviso)
        for si in range(before_sentence, -1, -1):
            for m in reversed(self.insts.mentions[si]):
                if si == before_sentence and m.start >= before_pos:
                    continue
                if country(m.inst) is None and _named_by(noun, insts[m.inst].name):
                    return m.inst
        if len(bodies) == 1:
            return bodies[0]
        return None

    def _recent_named(
        self,
        noun: str,
        before_sentence: int,
        before_pos: int,
        prefix: bool = False,
        kinds: tuple[str, ...] = (),
    ) -> int | None:
        """The most recently mentioned institution whose name has `noun` as
        a word ("the chamber" -> Sarhad Chamber of Commerce), or a word
        starting with it (`prefix`: "medic" -> Medicine, Medical)."""
        noun = fold(noun)  # "the Montreal institute": "... de Montréal"
        for si in range(before_sentence, -1, -1):
            for m in reversed(self.insts.mentions[si]):
                if si == before_sentence and m.start >= before_pos:
                    continue
                inst = self.insts.institutions[m.inst]
                if kinds and inst.kind not in kinds:
                    continue  # "the university hospital": a hospital named University...
                words = fold(inst.name).split()
                if any(w.startswith(noun) if prefix else w == noun for w in words):
                    return m.inst
        return None

    def _group(
        self,
        sent: Sentence,
        number: int | None = None,
        described: list[int] | None = None,
        kinds: tuple[str, ...] | None = None,
        at: int | None = None,
    ) -> list[int]:
        """ "the two universities", "both sides": the bodies the sentence
        names or describes before it ("The ministry's work with X is not new:
        the two signed"), else the parties last talked about, else the two
        institutions the article is most about."""
        before = list(dict.fromkeys(described or []))
        if len(before) == (number or 2):
            return before
        if (
            len(before) == 1
            and (number or 2) == 2
            and _IT_OPENS.match(sent.text)
            and sent.index > 1
        ):
            # "The hospital is a teaching hospital. It has trained students of X
            # since 2019, when the two institutions signed ...": it, and X
            lead = self._mentions(self.sentences[sent.index - 1])
            if lead and lead[0][0] <= 4 and len(lead[0][2]) == 1 and lead[0][2][0] != before[0]:
                return [lead[0][2][0], before[0]]
        named = []
        apposed = _APPOSED_AFTER_GROUP.match(sent.text, at) if at is not None else None
        in_apposition = apposed is not None and any(
            0 <= m.start - sent.start - apposed.end() <= 4 for m in self.insts.mentions[sent.index]
        )
        for m in self.insts.mentions[sent.index]:
            # "the two universities signed, establishing the X Laboratory": not the lab
            # ("the two organisations signed a memorandum to set up the X Centre at
            # the Y Hospital": bodies after the group are its own only in apposition)
            if at is not None and m.start - sent.start >= at and not in_apposition:
                continue
            if m.inst not in named and (
                kinds is None or self.insts.institutions[m.inst].kind in kinds
            ):
                named.append(m.inst)
        if len(named) >= 2 and (number is None or len(named) == number):
            return named
        # "A and D have worked together since 2019. The two signed ...": the
        # pair the sentence before opens with, over an earlier agreement's
        opening = self._opening_run(sent.index - 1) if sent.index > 1 else []
        if len(opening) == (number or 2) and (
            kinds is None or all(self.insts.institutions[i].kind in kinds for i in opening)
        ):
            return opening
        if (
            self.last_parties
            and (number is None or len(self.last_parties) == number)
            # "the two universities" after two hospitals signed: other bodies
            and (
                kinds is None
                or all(self.insts.institutions[i].kind in kinds for i in self.last_parties)
            )
        ):
            return list(self.last_parties)
        if number is not None:
            listed = self._listed(sent, number)
            if listed and (
                kinds is None or all(self.insts.institutions[i].kind in kinds for i in listed)
            ):
                return listed
            # "the two faculties": the units last named, before any university
            units_first = [("academic_unit",)] if kinds == ("academic_unit",) else []
            for wanted in (
                *units_first,
                ("university",),
                ("university", "research_institute", "hospital", "company", "government", "other"),
            ):
                recent: list[int] = []
                for si in range(sent.index - 1, -1, -1):
                    for m in reversed(self.insts.mentions[si]):
                        inst = self.insts.institutions[m.inst]
                        if m.inst not in recent and inst.kind in wanted:
                            recent.append(m.inst)
                if len(recent) >= number:
                    return recent[:number]
        ranked = sorted(
            (
                i
                for i, inst in enumerate(self.insts.institutions)
                if inst.name and inst.kind != "academic_unit"
            ),
            key=lambda i: (-self.insts.institutions[i].count, self.insts.institutions[i].first),
        )
        return ranked[:2]

    def _as_universities(self, group: list[int], sent: Sentence, number: int | None) -> list[int]:
        """ "the two universities" after a faculty-level signing means the
        faculties' universities: units stand for their parents; when a
        parent is unknown, the universities last named."""
        insts = self.insts.institutions
        if not any(insts[i].kind == "academic_unit" for i in group):
            return group
        parents = [insts[i].unit_of if insts[i].kind == "academic_unit" else i for i in group]
        if None not in parents and len(set(parents)) == len(parents):
            return parents
        recent: list[int] = []
        for si in range(sent.index - 1, -1, -1):
            for m in reversed(self.insts.mentions[si]):
                if m.inst not in recent and insts[m.inst].kind == "university":
                    recent.append(m.inst)
        want = number or len(group)
        return recent[:want] if len(recent) >= want else group

    def _same_group(self, sent: Sentence, word: str | None) -> list[int]:
        """ "the same four universities": the partners of the agreement just
        told, else the nearest earlier line naming that many institutions."""
        number = None
        if word:
            number = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())
        if self.last_objects and (number is None or len(self.last_objects) == number):
            return list(self.last_objects)
        if number is not None:
            if len(self.last_parties) == number:
                return list(self.last_parties)
            return self._listed(sent, number)
        return []

    def _previous_subject(self, sent: Sentence, described: bool = False) -> list[int]:
        """ "A and B held talks in May. On Friday, they signed ...": the
        coordinated names opening the sentence before ("A delegation from
        A ..." counts; so do "The county and the university"), else the
        parties last talked about."""
        if sent.index > 1:
            opening = self._opening_run(sent.index - 1)
            if (
                len(opening) == 1
                and len(self.last_parties) >= 2
                and opening[0] in self.last_parties
            ):
                # "A signed an agreement with B on Monday. In 2015 they signed ...":
                # "they" is more than the one body that opened; the pair just told
                return list(self.last_parties)
            if len(opening) == 1 and not self.last_parties:
                # "A hosted a delegation from B on Monday. By evening they had
                # signed ...": the two bodies the sentence before brings together
                named = list(dict.fromkeys(m.inst for m in self.insts.mentions[sent.index - 1]))
                if len(named) == 2 and opening[0] in named:
                    return named
            if opening:
                return opening
            prev = self.sentences[sent.index - 1]
            opening_refs = self._mentions(prev) if described else []
            if opening_refs and opening_refs[0][0] <= 4:
                run = _ids(_run_after(prev.text, opening_refs, 0))
                if len(run) >= 2:
                    return run
        return list(self.last_parties)

    def _opening_run(self, index: int) -> list[int]:
        """The coordinated names a sentence opens with ("A and B held talks")."""
        prev = self.sentences[index]
        named = [
            (m.start - prev.start, m.end - prev.start, [m.inst]) for m in self.insts.mentions[index]
        ]
        if named and min(m[0] for m in named) <= 60:
            return _ids(_run_after(prev.text, named, 0))
        return []

    def _listed(self, sent: Sentence, number: int) -> list[int]:
        """ "The five institutions signed ...": the nearest earlier line
        that names exactly that many institutions (a "Partners: A; B; C"
        line of a key-facts box, a list in a sentence), or a bulleted run
        of that many lines, one institution each."""
        bullets: list[int] = []
        for si in range(sent.index - 1, max(-1, sent.index - 25), -1):
            named = list(dict.fromkeys(m.inst for m in self.insts.mentions[si]))
            if LIST_ITEM.match(self.sentences[si].text) and named:
                bullets.insert(0, named[0])
                continue
            if len(bullets) == number:
                return bullets
            bullets = []
            if len(named) == number:
                return named
        return bullets if len(bullets) == number else []

    def _mentions(self, sent: Sentence) -> list[tuple[int, int, list[int]]]:
        """(start, end, institutions) in sentence offsets: named mentions and
        resolved references, without aliases given in brackets and
        possessors of a named unit."""
        text = sent.text
        out: list[tuple[int, int, list[int]]] = []
        named = self.insts.mentions[sent.index]
        skip: set[int] = set()
        for k, m in enumerate(named):
            s, e = m.start - sent.start, m.end - sent.start
            prev = named[k - 1] if k else None
            if prev is not None and _ALIAS_GAP.fullmatch(text[prev.end - sent.start : s]):
                continue  # "(PolyU)" after the name: the same institution
            if (
                prev is not None
                and prev.inst == m.inst
                and (called := AS_IT_WAS_CALLED.match(text, prev.end - sent.start))
                and called.end() == s
            ):
                continue  # "X — as Y was then called —": the same body, by its later name
            if any(
                p.inst == m.inst
                and text.count("(", p.end - sent.start, s) > text.count(")", p.end - sent.start, s)
                for p in named[:k]
            ):
                continue  # "X, Taxila (UET Taxila)", "X (its name in Azeri, ASOIU)": in its brackets
            if _POSSESSIVE_GAP.match(text, e) and k + 1 < len(named):
                nxt = named[k + 1]
                if nxt.start - sent.start <= e + 4:
                    continue  # "KMU's College of Medicine": the unit is meant
            if k in skip:
                continue
            through = _THROUGH_ITS.match(text, e)
            if through and k + 1 < len(named) and named[k + 1].start - sent.start == through.end():
                # "Memorial University, through its Marine Institute, signed": the unit
                # signs, and stands where its university is named
                unit = named[k + 1]
                out.append((s, unit.end - sent.start, [unit.inst]))
                skip.add(k + 1)
                continue
            out.append((s, e, [m.inst]))
        taken = [(s, e) for s, e, _ in out]
        # people named for their body ("Reyes and her counterpart signed"),
        # where the sentence does not name that body beside them ("Reyes,
        # president of Alder University, signed": the name is there)
        people = self.people.occurrences(sent) + self.people.pronouns(sent)
        people += self.people.counterparts(sent, self._other_side)
        for s, e, inst in people:
            beside = any(
                m.inst == inst
                and (
                    0 <= m.start - sent.start - e < 80
                    and _APPOSED_AFTER.fullmatch(text, e, m.start - sent.start)
                    or 0 <= s - (m.end - sent.start) < 50
                    and _APPOSED_BEFORE.fullmatch(text, m.end - sent.start, s)
                )
                for m in named
            )
            if not beside and not any(a < e and s < b for a, b in taken):
                out.append((s, e, [inst]))
                taken.append((s, e))
        if "counterpart" in text:
            for c in _COUNTERPART.finditer(text):
                # "Siddiqua and her Chinese counterpart inked": the body of that
                # country, else the other side of the one named before
                if any(a < c.end() and c.start() < b for a, b in taken):
                    continue
                from_body = _FROM_BODY_AFTER.match(text, c.end())
                own = [m for m in out if from_body and m[0] == from_body.end() and len(m[2]) == 1]
                if own:
                    # "X and his counterpart from B, Prof. Y, signed": B, told where the
                    # counterpart is named (one party of the list, not two)
                    out.remove(own[0])
                    out.append((c.start(), own[0][1], own[0][2]))
                    taken.append((c.start(), own[0][1]))
                    continue
                target = _counterpart_of_named(text, c.end(), out)
                if target is None and c.group("mod"):
                    target = self._of_country(
                        c.group("mod"), "institution", _ANY_KIND, sent.index, sent.start + c.start()
                    )
                elif target is None and out:
                    first = min(out)[2][0]
                    target = self._other_side(first, sent.index)
                if target is not None:
                    out.append((c.start(), c.end(), [target]))
                    taken.append((c.start(), c.end()))
        if self.primary is not None:
            named_head = (
                _OWN_HEAD_NAMED.finditer(text)
                if any(
                    map(
                        text.__contains__,
                        ("Rector ", "President ", "Chancellor ", "Principal ", "Provost ", "Officer ", "General "),
                    )
                )
                else ()
            )
            heads_sign = (
                _OWN_HEAD_SIGNS.finditer(text) if "he " in text and _OWN_HEAD_OPENS.search(text) else ()
            )
            for h in [*heads_sign, *named_head]:
                # "the chancellor and Professor X, vice-chancellor of B, signed":
                # the head of the article's own body
                start = h.start("head") if "head" in h.re.groupindex else h.start()
                if self.primary not in {m.inst for m in named} and not any(
                    a < h.end() and start < b for a, b in taken
                ):
                    out.append((start, h.end(), [self.primary]))
                    taken.append((start, h.end()))
        own = _OWN_INSTRUMENT.match(text) or (
            _OWN_INSTRUMENT.search(text) if "our " in text.lower() else None
        )
        if own and not any(a < own.end() and own.start() < b for a, b in taken):
            target = self._own_body({m.inst for m in named})
            if own.group(0).startswith("Its") and self.last_parties:
                target = self.last_parties[0]
            if target is not None:
                end = own.start() + len(own.group(0).split()[0])
                out.append((own.start(), end, [target]))
                taken.append((own.start(), end))
        for g in _SAME_GROUP.finditer(text) if "same" in text else ():  # (every match says "same")
            if any(s < g.end() and g.start() < e for s, e in taken):
                continue
            same = self._same_group(sent, g.group("n"))
            if same:
                out.append((g.start(), g.end(), same))
                taken.append((g.start(), g.end()))
        for r in _SINGLE.finditer(text):
            if any(s < r.end() and r.start() < e for s, e in taken):
                continue
            if any(0 < s - r.end() <= 2 for s, _ in taken) or (
                r.group("mod")
                and r.group("mod")[0].isupper()
                and _CAPITAL_WORD.match(text, r.end())
            ):
                continue  # "with the Dutch hospital Ziekenhuis X": the name that follows is meant
            owned = _POSSESSIVE_GAP.match(text, r.end())
            if owned and any(0 <= s - owned.end() <= 4 for s, _ in taken):
                continue  # "the Ukrainian university's Faculty of X": the unit is meant
            if (
                owned
                and not r.group("pron")
                and re.match(r"[a-z]", text[owned.end() :])
                and not _RELATION.match(text, owned.end())
                and not _OWNED_INSTRUMENT.match(text, owned.end())
                and not _OWN_HEAD.match(text, owned.end())
            ):
                continue  # "the company's research arm" (but "the institute's director" signs for it)
            if r.group("pron"):
                if text.endswith("by ", 0, r.start()):
                    continue  # "represented by its dean, Prof. X": who acts, not another party
                if not _SIGNING_AHEAD.match(text, r.end()) and not (
                    r.start() == 0 or _ADVERBIAL_OPENING.fullmatch(text, 0, r.start())
                ):
                    continue  # "represented by its President X": not the subject that signs
                target = self.primary
                if self.last_parties and self.primary not in self.last_parties:
                    target = self.last_parties[0]
                dateline = dateline_end(text) if sent.index <= 2 else 0
                opening = sorted(
                    m
                    for m in out
                    if dateline <= m[0] < r.start()  # "AARHUS, Denmark, May 6 /Wire/ --": no body
                    and len(m[2]) == 1
                    and not (text.startswith(",", m[1]) and _FRONTED_PLACE.fullmatch(text, 0, m[0]))
                )
                if (
                    (r.start() == 0 or _ADVERBIAL_OPENING.fullmatch(text, 0, r.start()))
                    and not opening
                    and sent.index > 1
                ):
                    # "The Japanese hospital is no stranger to Thailand. It first
                    # signed ...": the body the sentence before opens with
                    prev = self.sentences[sent.index - 1]
                    lead = self._mentions(prev)
                    if lead and lead[0][0] <= 4 and len(lead[0][2]) == 1:
                        target = lead[0][2][0]
                if re.fullmatch(r"There,\s*", text[: r.start()]) and sent.index > 1:
                    # "... continued at the X Institute. There, its director ...": the
                    # body the sentence before ended at
                    prev = self._mentions(self.sentences[sent.index - 1])
                    if prev and len(prev[-1][2]) == 1:
                        target = prev[-1][2][0]
                if (
                    opening
                    and (
                        opening[0][0] <= 3
                        or re.search(r"(?:--|—|–|:)\s*$", text[: opening[0][0]])
                        # "For IPP, the agreement with X is its second ..., after the one it signed"
                        or re.fullmatch(r"(?:For|Like|To)\s+", text[: opening[0][0]])
                        # "Separately, X said it signed ..."
                        or _ADVERBIAL_OPENING.fullmatch(text, 0, opening[0][0])
                    )
                ):
                    # "MHU has worked with ..., when it signed"; "SEOUL (Yonhap) --
                    # Hanbit Co., a startup, said it has signed": the sentence's subject
                    target = opening[0][2][0]
            else:
                noun = r.group(2).lower()
                if noun == "delegation" and not (r.group("mod") and r.group("mod")[0].isupper()):
                    continue  # "the delegation" alone: whose is told elsewhere
                if noun == "region" and LOCATIVE_BEFORE.search(text, 0, r.start()):
                    continue  # "hospitals in the region": a place, not its government
                kinds = _KIND_WORDS.get(noun, ())
                before = r.start() + sent.start
                written = r.group(2)
                if written[0].isupper() and written.lower() in self.defined and not r.group("mod"):
                    # '("Karoo Minerals" or "the Company") ... the Company signed': the defined body
                    target = self.defined[written.lower()]
                    out.append((r.start(), r.end(), [target]))
                    taken.append((r.start(), r.end()))
                    continue
                # "the medical school": the last one named Medical/Medicine;
                # "the chamber": the last institution called a Chamber; "the
                # hospital" of a press release: the home one; else the last
                # one of the kind the noun names
                target = None
                if r.group(0)[:3].lower() == "our":
                    # "... brings together A, B and our Foundation": the newsletter's own
                    target = self._own_body({m.inst for m in named})
                    if target is None or (
                        kinds and self.insts.institutions[target].kind not in kinds
                    ):
                        continue  # "our university" in a student paper: not the paper
                if r.group(0)[:3].lower() in ("his", "her"):
                    # "X Vice Chancellor Prof Y recalled that his university ...":
                    # the body the speaker was named with, earlier in the sentence
                    target = _last_of_kind(out, r.start(), kinds, self.insts.institutions)
                if target is None and r.group("mod") == "host":
                    # "the host university": the one whose campus the meeting was at
                    # (a host of another kind, the city that hosted a dinner, is not it)
                    target = self._host(sent.index, before)
                    if target is not None and kinds and self.insts.institutions[target].kind not in kinds:
                        target = None
                elif (
                    target is None
                    and r.group("mod")
                    and r.group("mod")[0].islower()
                    and noun != "service"  # "the health service": the one called a Service
                ):
                    target = self._recent_named(
                        r.group("mod")[:5], sent.index, before, prefix=True, kinds=kinds
                    )
                elif target is None and r.group("mod"):
                    # "the Taiwanese hospital", "the French group": the one body of
                    # that country named so far
                    target = self._of_country(r.group("mod"), noun, kinds, sent.index, before)
                if target is None and noun in _NAMED_FIRST:
                    # "Alder University and Cedar College ...: the university signed
                    # with the college": the one called a college, not the home body
                    target = self._recent_named(noun, sent.index, before)
                if target is None:
                    target = self._home(kinds, sent.index, before)
                if target is None:
                    # "the university": not a faculty "of X University" named last
                    target = self._recent_named(
                        noun,
                        sent.index,
                        before,
                        # "the county": the County Government, not the County Hospital
                        kinds=("university",)
                        if noun == "university"
                        else kinds
                        if kinds == ("government",)
                        else (),
                    )
                if (
                    target is None
                    and noun == "institution"
                    and self.primary is not None
                    and self.insts.institutions[self.primary].kind in kinds
                ):
                    target = self.primary  # "the institution": the one the article is about
                if target is None:
                    target = self._recent(kinds, sent.index, before)
                if (
                    target is None
                    and self.primary is not None
                    and self.insts.institutions[self.primary].kind in kinds
                ):
                    target = self.primary
            if target is not None:
                out.append((r.start(), r.end(), [target]))
        # (every match holds one of the nouns, in small letters: a cheap test first)
        for r in _PLACE_NOUN.finditer(text) if any(map(text.__contains__, _PLACE_NOUNS)) else ():
            # "the Vukovar university", "the Kano hospital": the one named with that place
            if any(s < r.end() and r.start() < e for s, e in taken) or self.insts.places.demonym(
                r.group("place")
            ):
                continue
            noun = r.group("noun").lower()
            target = self._recent_named(
                r.group("place"),
                sent.index,
                sent.start + r.start(),
                kinds=_KIND_WORDS.get(noun, ()),
            )
            if target is not None:
                out.append((r.start(), r.end(), [target]))
                taken.append((r.start(), r.end()))
        low = text.lower()
        groups = _GROUP.finditer(text) if any(map(low.__contains__, _GROUP_WORDS)) else ()
        for g in groups:
            if not any(s < g.end() and g.start() < e for s, e in taken):
                words = g.group(0).lower().split()
                number = NUMBER_WORDS.get(words[1]) if len(words) >= 2 else None
                described = [i for a, _, ids in out if a < g.start() for i in ids]
                universities = words[-1] in ("universities", "varsities")
                group = self._group(
                    sent,
                    number,
                    described,
                    ("university", "academic_unit", "other")
                    if universities
                    else ("academic_unit",)
                    if words[-1] == "faculties"
                    else None,
                    at=g.end() if _ORGANISATIONS.search(g.group(0)) else None,
                )
                if universities:
                    group = self._as_universities(group, sent, number)
                if words[-1] == "faculties":
                    # "the two faculties": units, never their universities
                    group = [
                        i for i in group if self.insts.institutions[i].kind == "academic_unit"
                    ]
                    if len(group) < 2:
                        continue
                if words[-1] in ("countries", "governments"):
                    # "the two countries": only governments stand for a country, and
                    # two of one country are not "the two governments"
                    insts = self.insts.institutions
                    group = [i for i in group if insts[i].kind == "government"]
                    known = {insts[i].country for i in group if insts[i].country}
                    if len(group) < 2 or (len(known) == 1 and all(insts[i].country for i in group)):
                        continue
                out.append((g.start(), g.end(), group))
        if "hey" in text or "heir" in text:
            out.sort()
            for g in _THEY.finditer(text):
                # "The university and Sespa already work together: in 2017 they
                # signed ...": a pair named (or described) earlier in the sentence
                earlier = [m for m in out if m[0] < g.start()]
                subject = _ids(_run_after(text, earlier, earlier[0][0])) if earlier else []
                if len(subject) < 2:
                    signed = _THEY_SIGNED.match(text, g.end()) is not None
                    subject = self._previous_subject(sent, described=signed)
                if subject:
                    out.append((g.start(), g.end(), subject))
        out.sort()
        return out

    # -- detection --------------------------------------------------------------
    def find(self) -> list[Found]:
        found: list[Found] = []
        order = [s for s in self.sentences if s.index != self.title] + [
            s for s in self.sentences if s.index == self.title
        ]
        for sent in order:
            if sent.index in self.consumed:
                continue  # read already as part of a list told over sentences
            self.current = sent.index
            body = sent.index != self.title  # a sentence of the body, not the headline
            got = (
                (self._documents_involving(sent) or self._pairs_listed(sent)) if body else []
            ) or self._ordinal_with(sent, self._sentence(sent))
            if not got and body:
                got = self._roster(sent)
            if not got and body:
                got = self._roundup_item(sent)
            if not got and body:
                got = self._it_was_signed_by(sent, found[-1] if found else None)
            if not got and body:
                got = self._signers_after(sent)
            if not got and body:
                got = self._respective(sent)
            if not got and body:
                got = self._under_ordinal(sent)
            if not got and body and found:
                got = self._roster_completes(sent, found)
            if not got and body:
                self._note_event_date(sent)
            if got and found and body:
                got = self._plural_retold(sent, got, found)
            if got and found and body:
                got = self._restatement(sent, got, found[-1])
            elif not got and found and body:
                self._date_restated(sent, found[-1])
                got, self.pending = self.pending, []
                if (
                    not got
                    and self.last_parties
                    and sent.index - (self.last_found_sentence or 0) <= 2
                ):
                    got = self._background(
                        sent,
                        self._between_pair(sent) or list(self.last_parties),
                        self.lex.instruments.finditer(sent.text),
                    )
                    got += self._renewed_later(sent, got) if got else []
            if not got and body and _builds_on(sent.text):
                # "the long cooperation between A and B, which began with an MoU in 2019"
                pair = self._between_pair(sent)
                if pair:
                    got = self._background(sent, pair, self.lex.instruments.finditer(sent.text))
            if got:
                found.extend(got)
                self.last_found_sentence = sent.index
                if body:
                    self.last_parties = got[0].parties
                    self.last_objects = [
                        p for g in got for p in g.parties[1:] if p != got[0].parties[0]
                    ]
                    # the event's date, not that of an earlier agreement it mentions
                    dated = [
                        g.signed
                        for g in got
                        if g.dated
                        and not any(k in g.rule for k in ("original", "relative-earlier"))
                    ]
                    if dated:
                        self.last_date = dated[-1]
                        self._note_event_day(self.last_date)
        return complete_counted(self, found)

    def _plural_retold(self, sent: Sentence, got: list[Found], found: list[Found]) -> list[Found]:
        """ "X signed articulation agreements with A, B and C. The agreements were
        signed by X's president and representatives of the three universities":
        the documents just told, one each, not a new one among all of them."""
        if not _PLURAL_RESTATED.match(sent.text):
            return got
        told = [f for f in found if f.sentence.index == found[-1].sentence.index]
        if len(told) < 2 or not 0 < sent.index - told[0].sentence.index <= 2:
            return got
        parties = {p for f in told for p in f.parties}
        kept = [item for item in got if not set(item.parties) <= parties]
        for item in got:
            if set(item.parties) <= parties:
                for f in told:
                    f.retold.append(sent.index)
        return kept

    def _restatement(self, sent: Sentence, got: list[Found], last: Found) -> list[Found]:
        """ "X, Y and Z signed a tripartite MoU. The pact was inked by X's
        rector, Y's director and ...": a sentence about "the pact" right
        after an agreement tells more of that agreement, not a new one.
        Its parties, when the earlier report already has them, add
        nothing; a date it gives dates the earlier report."""
        # (a retelling of the agreement in between keeps it the one talked about)
        told = max([last.sentence.index, *last.retold, self.last_found_sentence or 0])
        original = _EARLIER.match(sent.text) and 0 < sent.index - told <= 3
        if not original and (
            not _RESTATED.match(sent.text) or not 0 < sent.index - last.sentence.index <= 2
        ):
            return got
        kept = []
        first = FIRST_SIGNED.search(sent.text)
        earlier = self._another_instrument(sent.text)
        for item in got:
            if original and (item.rule or "").startswith("between"):
                kept.append(item)  # "The first agreement between the foundation and the hospital"
                continue
            if original and item.dated and item.signed != last.signed:
                # "The original convenio was signed in April 2013, two years after the
                # university was created from X": the original of the agreement just
                # told, between its parties (not the bodies of the clause after)
                item.parties = list(last.parties)
                item.rule = (item.rule or "") + "+original"
                kept.append(item)
                continue
            if earlier and item.dated and (not last.dated or item.signed != last.signed):
                # "The alliance builds on a partnership that A and B signed in
                # 2021": an agreement of its own, not a retelling of this one
                item.type = self._types(sent.text, [earlier], earlier[0], None)[0]
                item.rule = f"{item.rule or ''}+earlier-own"
                kept.append(item)
                continue
            if (
                first
                and item.dated
                and item.signed != last.signed
                and set(item.parties) == set(last.parties)
                and first.start() >= _clause_bounds(sent.text, first.start())[0]
            ):
                # "The document renews an agreement the two hospitals first signed
                # in March 2019": the original, an agreement of its own
                item.rule = (item.rule or "") + "+original"
                kept.append(item)
                continue
            if set(item.parties) <= set(last.parties):
                if item.dated and not last.dated:
                    last.signed, last.dated = item.signed, True
                last.retold.append(sent.index)
                continue
            kept.append(item)
        return kept

    def _another_instrument(self, text: str) -> tuple[int, int, str, str] | None:
        """ "... builds on a knowledge transfer partnership that A and B
        signed", "... follows an exchange agreement which the two signed":
        a second instrument, brought in with "a" and told by a relative
        clause of its own."""
        for start, end, _, code in self.lex.instruments.finditer(text):
            if _INDEFINITE_BEFORE.search(text, 0, start) and _RELATIVE_AFTER.match(text, end):
                return (start, end, text[start:end], code)
        return None

    def _date_restated(self, sent: Sentence, last: Found) -> None:
        """ "The agreement was signed on 3 June at ...": the date of the
        agreement told just before, when that report had none."""
        text = sent.text
        restated = _RESTATED.match(text) or _REPLACES.match(text)
        if not restated or not 0 < sent.index - last.sentence.index <= 2:
            return
        first = FIRST_SIGNED.search(text)
        if first and "original" not in (last.rule or ""):
            # "WUT renewed its MoU with NUS. The memorandum, first signed in 2016, ...":
            # the original agreement too
            origin = _first_date(first.group(0), self.published)
            before = [i for i in self.lex.instruments.finditer(text) if i[1] <= first.start()]
            # "renews a partnership agreement that the two first signed in 2019"; but
            # "The agreement was first concluded in 2014" is the one just told, of its type
            kind = (
                # (the instrument nearest the signing: "The double diploma builds on a
                # student exchange agreement the two signed in 2016")
                self._types(text, before[-1:], first.start(), None)[0]
                if before and not _BARE_DEFINITE.fullmatch(text, 0, before[-1][0])
                else last.type
            )
            if origin and origin[0].value != last.signed:
                self.pending.append(
                    Found(
                        list(last.parties),
                        kind,
                        origin[0].value,
                        sent,
                        f"first-signed+{last.type}",
                        dated=True,
                    )
                )
            return
        if last.dated:
            return
        triggers = self.lex.triggers.finditer(text)
        if not triggers or self._is_plan(text, triggers[0][0], triggers[0][1]):
            return
        signed, dated = self._date(text, triggers[0][0])
        if dated:
            last.signed, last.dated = signed, True
            if signed and signed.count("-") == 2:
                self.last_date = signed  # "On the same day, X also signed ..." comes next
                self._note_event_day(self.last_date)

    def _last_day_told(self) -> str | None:
        """The last full date the sentences before the current one give
        ("A delegation visited X on 17 June. They signed the next day.")."""
        for sent in reversed(self.sentences[1 : self.current]):
            days = [
                d.value
                for d in self._find_dates(sent.text)
                if d.value and d.value.count("-") == 2
            ]
            if days:
                return days[-1]
        return None

    def _note_event_date(self, sent: Sentence) -> None:
        """A signing reported without named parties ("ten memoranda were
        signed on Tuesday") dates the agreements told next."""
        text = sent.text
        triggers = self.lex.triggers.finditer(text)
        if not triggers or not (
            self.lex.instruments.finditer(text) or "ceremony" in text or _DOCUMENTS.search(text)
        ):
            return
        t_start = triggers[0][0]
        if self._is_plan(text, t_start, triggers[0][1]):
            return
        instruments = self.lex.instruments.finditer(text)
        if instruments or _DOCUMENTS.search(text):
            # "UMT signed three documents on Monday": who signed, for the next sentences
            subject = _ids(
                _run_before(
                    text,
                    [
                        m
                        for m in self._mentions(sent)
                        if m[0] < t_start and not _CREATED.search(text, 0, m[0])
                    ],
                )
            )
            signed = self._date(text, t_start)
            self.last_signing = (
                sent.index,
                self._types(text, instruments, t_start, None) if instruments else [],
                subject,
                signed,
            )
            if _COUNTED_DOCUMENTS.search(text) or PLURAL_INSTRUMENT.search(text):
                # "Alder University signed four agreements on Monday": the items follow
                named = {m.inst for m in self.insts.mentions[sent.index]}
                start = dateline_end(text) if sent.index <= 2 else 0
                opens = [
                    m
                    for m in self._mentions(sent)
                    if subject and m[2] == subject and m[0] <= start + 4
                ]
                if not subject or (self.primary in named and not opens):
                    # (not a ticker or agency the sentence names; but "The Ministry
                    # of Health signed three agreements ... at the X Forum": the
                    # body the sentence opens with)
                    subject = [self.primary]
                self.roundup = (sent.index, subject, signed)
        dates = [d for d in self._find_dates(text) if d.value and d.value.count("-") == 2]
        if dates:
            self.last_date = min(dates, key=lambda d: abs(d.start - t_start)).value
            self._note_event_day(self.last_date)

    def _roster_completes(self, sent: Sentence, found: list[Found]) -> list[Found]:
        """ "Ten universities signed the charter on Monday. They are A, B,
        C, ...": a roster right after a signing whose reading named fewer
        parties (a guess from "ten universities") replaces that reading."""
        last = [f for f in found if f.sentence.index == sent.index - 1]
        if not last:
            return []  # no signing just before: nothing to complete (no pattern tried)
        signed_as = _SIGNED_AS.search(sent.text)
        if signed_as and len(last[0].parties) >= 3:
            # "... brings together A, B, C and D. Two health systems, E and F,
            # signed as clinical partners.": more parties of the same agreement
            more = [
                i
                for m2 in self._mentions(sent)
                if m2[0] < signed_as.start()
                for i in m2[2]
                if i not in last[0].parties
            ]
            if more:
                for f in last:
                    f.parties = list(dict.fromkeys([*f.parties, *more]))
                return []
        m = _ROSTER.match(sent.text) or _JOINED_BY.match(sent.text)
        if not m:
            return []
        listed = [m2 for m2 in self._mentions(sent) if m2[0] >= m.end()] + self._list_items(sent)
        parties = _ids(listed)
        if re.match(r"Completing|Rounding|They|These|Also", m.group(0)):
            # "Completing the eight founding members are A, B and C": the rest of them
            parties = list(dict.fromkeys([*last[0].parties, *parties]))
        if len(parties) < 3 or len(parties) <= max(len(f.parties) for f in last):
            return []
        for f in last:
            found.remove(f)
        types = list(dict.fromkeys(f.type for f in last))
        return [
            Found(parties, code, last[0].signed, sent, f"roster+{code}", dated=last[0].dated)
            for code in types
        ]

    def _signers_after(self, sent: Sentence) -> list[Found]:
        """ "The founding agreement of the X was signed on Monday. From
        Bulgaria, A, B and C signed. From Romania, D and E joined them, as
        did F from Serbia.": signers told in the sentences after a signing
        that named none, each sentence naming some of them."""
        last = self.last_signing
        if last is None or not last[1] or sent.index - last[0] != 1:
            return []
        told = self.sentences[last[0]].text
        if last[2] and not _WAS_SIGNED.search(told):
            return []  # the signing named who signed: "X signed an MoU ..."
        signers: list[int] = []
        end = sent.index
        for nxt in self.sentences[sent.index : sent.index + 3]:
            verb = _SIGNERS_VERB.search(nxt.text)
            if not verb or self.lex.instruments.search(nxt.text) or _DOCUMENTS.search(nxt.text):
                break
            named = [
                i
                for m in self._mentions(nxt)
                if (m[0] < verb.start() or _AS_DID.search(nxt.text, 0, m[0]))
                and not self._non_party(nxt.text, m[0])
                for i in m[2]
            ]
            if not named:
                break
            signers.extend(i for i in named if i not in signers)
            end = nxt.index
        if len(signers) < 3:
            return []
        self.consumed.update(range(sent.index + 1, end + 1))
        _, types, _, (signed, dated) = last
        return [
            Found(signers, code, signed, sent, f"signers-after+{code}", dated=dated)
            for code in types
        ]

    def _respective(self, sent: Sentence) -> list[Found]:
        """ "X's Vice-Chancellor signed all four documents on behalf of his
        university, while the Vice-Chancellor of A, the Director of B and
        the Managing Director of C signed on behalf of their respective
        institutions": the bodies the signatories act for, each with the
        body of the roundup told before (or, without one, all together)."""
        text = sent.text
        # (every match holds "respective": a substring test first, most sentences fail it)
        cue = _RESPECTIVE.search(text) if "respective" in text else None
        if cue is None:
            return []
        bodies = _ids([m for m in self._mentions(sent) if not self._non_party(text, m[0])])
        if len(bodies) < 2:
            return []
        last = self.last_signing
        if last is None or not 0 < sent.index - last[0] <= 3:
            return []
        _, types, subject, (signed, dated) = last
        types = types or ["mou"]
        roundup = self.roundup if self.roundup and self.roundup[0] == last[0] else None
        # the body that signed them all, named here or in the signing before
        home = roundup[1][0] if roundup and roundup[1] else None
        if home is None and len(subject) == 1:
            home = subject[0]
        if home is None or (home not in bodies and not roundup):
            return [
                Found(bodies, code, signed, sent, f"respective+{code}", dated=dated)
                for code in types
            ]
        return [
            Found([home, other], code, signed, sent, f"respective-each+{code}", dated=dated)
            for other in bodies
            if other != home
            for code in types
        ]

    def _pairs_listed(self, sent: Sentence) -> list[Found]:
        """ "Three institutions signed agreements with partners: the A with
        the B, the C with the D, and the E with the F": one agreement for
        each pair the colon lists."""
        text = sent.text
        colon = text.find(": ")
        triggers = self.lex.triggers.finditer(text[: max(colon, 0)])
        if colon < 0 or not triggers or not PLURAL_INSTRUMENT.search(text, 0, colon):
            return []
        t_start, t_end = triggers[0][0], triggers[0][1]
        if self._is_plan(text, t_start, t_end):
            return []
        listed = [m for m in self._mentions(sent) if m[0] > colon and len(m[2]) == 1]
        pairs = [
            [a[2][0], b[2][0]]
            for a, b in zip(listed, listed[1:], strict=False)
            if _PAIR_WITH.fullmatch(text, a[1], b[0]) and a[2][0] != b[2][0]
        ]
        if len(pairs) < 2:
            return []
        instruments = [i for i in self.lex.instruments.finditer(text) if i[0] < colon]
        code = self._types(text, instruments, t_start, None)[0] if instruments else "framework"
        signed, dated = self._date(text, t_start)
        return [Found(pair, code, signed, sent, f"pairs-listed+{code}", dated=dated) for pair in pairs]

    def _ordinal_with(self, sent: Sentence, got: list[Found]) -> list[Found]:
        """ "The department signed two agreements. The first is a memorandum
        with A and B, signed July 30": the roundup's signer is a party of
        each item it lists "with" its partners."""
        m = _ORDINAL_WAS.match(sent.text)
        if not got or m is None or self.roundup is None or not 0 < sent.index - self.roundup[0] <= 8:
            return got
        with_at = re.search(r"\bwith\b", sent.text[m.end() :])
        subject = self.roundup[1]
        if with_at is None or not subject:
            return got
        pos = m.end() + with_at.end()
        mentions = self._mentions(sent)
        for item in got:
            first = min((a for a, _, ids in mentions if ids[0] in item.parties), default=-1)
            if first >= pos and not set(subject) & set(item.parties):
                item.parties = list(dict.fromkeys([*subject, *item.parties]))
        return got

    def _under_ordinal(self, sent: Sentence) -> list[Found]:
        """ "Under the second MoU, A and B will cooperate on ...": one of the
        documents a ceremony produced, told by what its parties will do."""
        m = _UNDER_ORDINAL.match(sent.text)
        last = self.last_signing
        if m is None or last is None or not 0 < sent.index - last[0] <= 8:
            return []
        parties = _ids(_run_after(sent.text, self._mentions(sent), m.end()))
        if len(parties) < 2:
            return []
        instruments = self.lex.instruments.finditer(sent.text[: m.end()])
        code = (
            self._types(sent.text, instruments[-1:], instruments[-1][0], None)[0]
            if instruments
            else "mou"
        )
        _, _, _, (signed, dated) = last
        return [Found(parties, code, signed, sent, f"under-ordinal+{code}", dated=dated)]

    def _roundup_item(self, sent: Sentence) -> list[Found]:
        """ "X signed four agreements on Monday. ... A framework agreement
        with Y will see ... The fourth agreement, a research agreement with
        Z, covers ...": one of the documents a roundup announced, told by
        its partner without a verb of signing."""
        if self.roundup is None or not 0 < sent.index - self.roundup[0] <= 10:
            second = _SECOND_DOCUMENT.match(sent.text) if self.last_parties else None
            if second is None or self.primary not in self.last_parties:
                return []
            # "A second document, a memorandum with X, was signed on 14 May ...":
            # the next of the home body's signings, though none announced a count
            self.roundup = (sent.index - 1, [self.primary], self._date(sent.text, second.end()))
        bullet = LIST_ITEM.match(sent.text)
        if bullet:
            return self._document_item(sent, bullet.end())
        between = _ROUNDUP_BETWEEN.match(sent.text)
        if between and not _ITEM_NOT_MADE.search(sent.text):
            # "The first, between A and B in Cairo, covers ...": an item of the
            # roundup with both its parties ("A on behalf of the university and
            # by B": the university A signs for is no party of its own)
            mentions = [
                m
                for m in self._mentions(sent)
                if not _ON_BEHALF_BEFORE.search(sent.text, max(0, m[0] - 20), m[0])
            ]
            run = _run_after(sent.text, mentions, between.end())
            parties = _ids(run)
            links = _LINKS_WITH.match(sent.text, run[0][1]) if len(run) == 1 else None
            if links:
                # "The first, a framework agreement, links UNC with the University of X"
                parties += _ids(_run_after(sent.text, mentions, links.end())[:1])
            _, _, (signed, dated) = self.roundup
            code = self.last_signing[1][0] if self.last_signing and self.last_signing[1] else None
            instruments = [i for i in self.lex.instruments.finditer(sent.text) if i[0] < between.end()]
            # (or, told after the parties, "... establishes a double degree")
            instruments = instruments or self.lex.instruments.finditer(sent.text)[:1]
            if instruments:
                code = self._types(sent.text, instruments, instruments[0][0], None)[0]
            if not code and (told := self.lex.instruments.finditer(self.sentences[self.roundup[0]].text)):
                # "X signed three agreements ... A third document, a research
                # convention, was signed by A and by B": of the kind the roundup named
                code = self._types(self.sentences[self.roundup[0]].text, told[:1], told[0][0], None)[0]
            if len(parties) >= 2 and code:
                return [Found(parties, code, signed, sent, f"roundup-between+{code}", dated=dated)]
        item = _ROUNDUP_ITEM.match(sent.text)
        if item is None or _ITEM_NOT_MADE.search(sent.text):
            return []
        partner = _ids(_run_after(sent.text, self._mentions(sent), item.end())[:1])
        _, subject, (signed, dated) = self.roundup
        if not partner or not subject or subject[0] is None or partner[0] in subject:
            return []
        instruments = [i for i in self.lex.instruments.finditer(sent.text) if i[0] < item.end()]
        if instruments:
            code = self._types(sent.text, instruments[-1:], instruments[-1][0], None)[0]
        elif self.last_signing and self.last_signing[1]:
            code = self.last_signing[1][0]  # "The first, with X, ...": of the kind announced
        elif instruments := self.lex.instruments.finditer(sent.text)[:1]:
            # "X signed two documents. The first, with Y, is a student exchange agreement"
            code = self._types(sent.text, instruments, instruments[0][0], None)[0]
        else:
            return []
        return [
            Found([subject[0], partner[0]], code, signed, sent, f"roundup-item+{code}", dated=dated)
        ]

    def _document_item(self, sent: Sentence, start: int) -> list[Found]:
        """ "X signed four agreements on Monday. They are: - A memorandum of
        understanding with Y to ...; - A memorandum of agreement (MoA)
        between Z and W on ...": one document a bullet, with the partner it
        names (and the roundup's signer) or the two it puts between."""
        text = sent.text
        item = _DOCUMENT_ITEM.match(text, start)
        if item is None or _ITEM_NOT_MADE.search(text):
            return []
        run = _ids(_run_after(text, self._mentions(sent), item.end()))
        _, subject, (signed, dated) = self.roundup
        if item.group("link") == "between":
            parties = run
        elif subject and subject[0] is not None and run and run[0] not in subject:
            parties = [subject[0], run[0]]
        else:
            return []
        if len(parties) < 2:
            return []
        instruments = [i for i in self.lex.instruments.finditer(text) if i[0] < item.end()]
        if not instruments:
            return []
        code = self._types(text, instruments[-1:], instruments[-1][0], None)[0]
        return [Found(parties, code, signed, sent, f"document-item+{code}", dated=dated)]

    def _documents_involving(self, sent: Sentence) -> list[Found]:
        """ "Three of the documents involve X. The university will open a
        centre with A; it has agreed with B to ...; and it will work with C":
        the documents one body signed, each told by its partner in a clause
        of the sentence after (or after a colon of the same sentence)."""
        own = _DOCUMENTS_INVOLVE.search(sent.text) if _may_involve(sent.text) else None
        told = sent
        if own is None:
            if sent.index == 0 or not _may_involve(self.sentences[sent.index - 1].text):
                return []
            told = self.sentences[sent.index - 1]
            own = _DOCUMENTS_INVOLVE.search(told.text)
            if own is None or ":" in told.text[own.end() :]:
                return []
            items, start = sent, 0
        else:
            colon = sent.text.find(":", own.end())
            if colon < 0:
                return []  # the partners follow in the next sentence
            items, start = sent, colon + 1
        owner = _ids(_run_after(told.text, self._mentions(told), own.end())[:1])
        if not owner:
            return []
        told_count = own.group("count").lower()
        count = int(told_count) if told_count.isdigit() else NUMBER_WORDS.get(told_count, 0)
        mentions = self._mentions(items)
        text = items.text
        partners: list[tuple[int, int]] = []
        pos = start
        for piece in _ITEM_CLAUSES.split(text[start:]):
            end = pos + len(piece)
            with_ = _CLAUSE_WITH.search(text, pos, end)
            if with_ and not _ITEM_NOT_MADE.search(piece):
                after = [m for m in mentions if with_.end() <= m[0] < end]
                partner = _ids(_run_after(text, after, with_.end())[:1])
                if partner and partner[0] not in owner:
                    partners.append((partner[0], with_.start()))
            pos = end + len(_ITEM_CLAUSES.match(text, end).group(0)) if end < len(text) else end
        if not 2 <= len(partners) <= count:
            return []
        signed, dated = self.last_signing[3] if self.last_signing else self._date(text, 0)
        # ("Three of the agreements ...": the kind they are, when the count names it)
        named = [i for i in self.lex.instruments.finditer(told.text) if own.start() <= i[0] < own.end()]
        out = []
        for partner, at in partners:
            instruments = [i for i in self.lex.instruments.finditer(text) if abs(i[0] - at) < 80]
            if instruments:
                code = self._types(text, instruments[:1], instruments[0][0], None)[0]
            elif named:
                code = self._types(told.text, named, named[0][0], None)[0]
            elif self.last_signing and self.last_signing[1]:
                code = self.last_signing[1][0]
            else:
                code = "mou"
            out.append(Found([owner[0], partner], code, signed, items, f"documents-involve+{code}", dated=dated))
        return out

    def _it_was_signed_by(self, sent: Sentence, last: Found | None) -> list[Found]:
        """ "The third document set up the X Joint Laboratory. It was signed by
        A, B and C": a document of a roundup that the sentence before
        described without a partner, signed by the bodies listed."""
        by = _IT_SIGNED_BY.match(sent.text)
        if by is None or sent.index == 0 or self.roundup is None:
            return []
        prev = self.sentences[sent.index - 1]
        if (last and last.sentence.index == prev.index) or not _ORDINAL_DOCUMENT.match(prev.text):
            return []  # (a document told with its partner is retold, not new)
        parties = _ids(_run_after(sent.text, self._mentions(sent), by.end()))
        if len(parties) < 2:
            return []
        instruments = self.lex.instruments.finditer(prev.text)
        code = self._types(prev.text, instruments, 0, None)[0] if instruments else "mou"
        _, _, (signed, dated) = self.roundup
        return [Found(parties, code, signed, sent, f"it-signed-by+{code}", dated=dated)]

    def _roster(self, sent: Sentence) -> list[Found]:
        """ "An MoU was signed on Monday. The signatories are A, B and C."
        / "X signed a consortium agreement. The partners are:" and a
        bulleted list: the roster right after a signing whose partners
        the signing sentence left unnamed."""
        last = self.last_signing
        brings = _BRINGS_TOGETHER.match(sent.text)
        if brings and (last is None or last[0] != sent.index - 1 or brings.group("besides")):
            # "Its founding agreement brings together A, B, C and D": the agreement
            # and its parties in one sentence, the signing told before or not at all;
            # "Besides the department, the agreement brings together ...": it too
            m = brings
            fronted = brings.end("besides") if brings.group("besides") else 0
            listed = _ids(
                [m2 for m2 in self._mentions(sent) if m2[0] >= m.end() or m2[0] < fronted]
                + self._list_items(sent)
            )
            ordinal = _ORDINAL_WORD.search(brings.group(0))
            if len(listed) < (2 if ordinal else 3):
                return []  # (but "The third MoU brings together A and B": one of those told)
            instruments = self.lex.instruments.finditer(sent.text)
            types = self._types(sent.text, instruments, 0, None) if instruments else ["framework"]
            signed, dated = self._date(sent.text, 0)
            return [
                Found(listed, code, signed, sent, f"roster+{code}", dated=dated) for code in types
            ]
        if last is None:
            return []  # (no roster to read: the pattern is not tried)
        m = _ROSTER.match(sent.text) or brings
        if not m:
            return []
        gap = sent.index - last[0]
        unnamed = not last[2] and (
            self.last_found_sentence is None or self.last_found_sentence < last[0]
        )
        if gap != 1 and not (0 < gap <= 12 and unnamed):
            return []  # (a signing told without its partners may name them paragraphs later)
        index, types, subject, (signed, dated) = last
        listed = [
            m2
            for m2 in self._mentions(sent)
            if m2[0] >= m.end()
            and not self._non_party(sent.text, m2[0])
            # "two partners from the European Union, A and B": where they are from
            and not re.search(r"\bfrom\s+(?:the\s+)?$", sent.text[max(0, m2[0] - 12) : m2[0]])
        ]
        listed += self._list_items(sent)
        # "the X Consortium, whose consortium agreement was signed ... Its six
        # members are": the grouping the members form is no party
        parties = [i for i in subject if not GROUPING_NAME.search(self.insts.institutions[i].name)]
        run = _run_after(sent.text, listed, m.end())
        if ";" in sent.text[m.end() :] or _GROUPED.search(sent.text, m.end()):
            # "The signatories were: A (RMUTA); the B; the C; ...", "three Spanish
            # universities — A, B and C — and two hospitals in Lisbon, D and E":
            # every body the roster names
            run = [
                x
                for k, x in enumerate(listed)
                if not k or not SEAT_GAP.fullmatch(sent.text, listed[k - 1][1], x[0])
            ]
        for i in _ids(run):
            if i not in parties:
                parties.append(i)
        if len(parties) < 2:
            return []
        if len(subject) == 1 and PLURAL_INSTRUMENT.search(self.sentences[index].text):
            # "X signed memoranda with three universities. The partners are A, B
            # and C": one memorandum with each
            return [
                Found([subject[0], p], code, signed, sent, f"roster-each+{code}", dated=dated)
                for p in parties[1:]
                for code in types
            ]
        return [Found(parties, code, signed, sent, f"roster+{code}", dated=dated) for code in types]

    def _sentence(self, sent: Sentence) -> list[Found]:
        text = sent.text
        triggers = self.lex.triggers.finditer(text)
        low = text.lower()
        coop = (
            [(m.start(), m.end(), m.group(0), "sign") for m in _COOPERATE.finditer(text)]
            if any(map(low.__contains__, _COOPERATE_HINTS))
            else []
        )
        if any(map(low.__contains__, _MORE_HINTS)):
            coop += [
                (m.start(), m.end(), m.group(0), "sign") for m in _COOPERATE_MORE.finditer(text)
            ]
        instruments = self.lex.instruments.finditer(text)
        if not triggers and not coop and not instruments:
            return []
        if instruments and "rant" in text:
            # "signed a grant contract of 98,000 dollars with the hospital": funding
            # given, not a cooperation agreed
            instruments = [i for i in instruments if not _GRANT_BEFORE.search(text, 0, i[0])]
            if not instruments:
                return []
        if len(instruments) > 1:
            # "signed an MoU with X in 2021, a partnership that has since ...": the
            # appositive tells the same document again
            instruments = [
                ins
                for k, ins in enumerate(instruments)
                if not (
                    k
                    and _APPOSED_BEFORE_INSTRUMENT.search(text, 0, ins[0])
                    and _RELATIVE_AFTER_INSTRUMENT.match(text, ins[1])
                )
            ]
        if self.lex.ended_cues.search(text):
            return []
        paired = self._paired_bullets(sent, triggers, instruments)
        if paired:
            return paired
        each = self._one_and_the_other(sent, triggers, instruments)
        if each:
            return each
        mentions = self._mentions(sent) + self._list_items(sent)
        if not mentions:
            return (
                self._earlier_agreement(sent, triggers, instruments)
                or self._passive_after_visit(sent, triggers, instruments)
                or self._members_before(sent, triggers, instruments)
            )
        spans = [(s, e) for s, e, _ in mentions]
        triggers = [t for t in triggers if not _inside(t, spans)]
        instruments = [i for i in instruments if not _inside(i, spans)]
        joint = _joint_unit(text)
        out: list[Found] = []
        used: list[tuple[int, int]] = []
        if not triggers and not coop:
            # "an agreement between X and Y" reported without a verb
            for ins in instruments:
                if (
                    re.match(r",?\s+between\b", text[ins[1] :])
                    and not _MODAL_BEFORE.search(text[max(0, ins[0] - 60) : ins[0]])
                    and not _DRAFT.search(text[max(0, ins[0] - 25) : ins[0]])
                    and not _FURTHER_PLAN.search(text[ins[1] :])
                ):
                    triggers = [ins]
                    break
        ordinal = _ORDINAL_WAS.match(text) if not triggers and instruments else None
        if ordinal:
            # "The first was a memorandum of understanding with X": one of the
            # documents a roundup announced
            triggers = [(ordinal.start("verb"), ordinal.end("verb"), ordinal.group("verb"), "sign")]
        if not triggers and not coop:
            return []
        for trig in sorted(triggers + coop):
            t_start, t_end, t_text, _ = trig
            if any(cs <= t_start < ce for cs, ce in used):
                continue
            if (
                t_text.lower() == "signing"
                and _NOMINAL_SIGNING.search(text[max(0, t_start - 40) : t_start])
                and not re.match(
                    r"\s+(?:of|ceremony|ceremonies)\b|,\s+[^,;]{1,60},\s+of\b", text[t_end:]
                )
            ):
                continue  # "on the same day as the USP signing": an event, not a verb
            if (
                t_text.lower() == "signing"
                and text.startswith((" ceremony", " ceremonies"), t_end)
                and any(
                    t2[0] > t_end and _RENEWING.match(t2[2]) and not _inside(t2, spans)
                    for t2 in triggers
                )
            ):
                continue  # "In a signing ceremony held in X, A and B renewed ...": the verb tells it
            if t_text.lower() == "signing" and re.search(
                r"\b(?:for|before|awaiting|ahead\s+of)\s+$", text[:t_start]
            ):
                continue  # "an agreement to be prepared for signing in 2025": not yet signed
            if self._is_plan(text, t_start, t_end):
                continue
            if _RENEWAL_AFTER_FIRST.search(
                text, max(0, t_start - 12), t_start
            ) and _RENEWED_PASSIVE.search(text, t_end):
                continue  # "X's agreement with Y, first signed in 2012, was renewed": the renewal tells both
            if t_text.lower().startswith(("agreed", "finali")) and _AGREED_TEXT.match(text, t_end):
                continue  # "had agreed on the text", "finalised the text of": a draft, still to be signed
            if t_text.lower() == "signed" and _RETOLD_PLURAL.search(text, 0, t_start):
                continue  # "the two agreements signed by the college reflected ...": told already
            if _DOCUMENT_SUBJECT.search(text, max(0, t_start - 40), t_start):
                continue  # "... said the new agreement renews and expands it": told already
            told = (
                self.last_signing
                if self.last_signing and self.last_signing[0] == sent.index - 1
                else None
            )
            # "A memorandum was signed on Thursday. It was signed by A, B and C."
            # "A research agreement was signed on Thursday. A's rector signed alongside
            # Dr Y, rector of B, and Z of C."
            restated = bool(told and (_IT_WAS_SIGNED.match(text) or _SIGNED_ALONGSIDE.search(text)))
            # "The first was signed by A and B": one of the documents a roundup announced
            ordinal_subject = bool(self.roundup) and _ORDINAL_SUBJECT.match(text) is not None
            if (
                not instruments
                and not coop
                and not (joint and "agreed" in text)
                and not restated
                and not ordinal_subject
                and not _ORDINAL_AFTER.match(text, t_end)  # "X and Y signed the third"
            ):
                continue
            parties, rule = self._parties(sent, mentions, t_start, t_end, instruments)
            if not parties:
                continue
            if restated and not instruments and rule == "subject-with-each":
                # "X signed alongside A and B": the one document told just before
                parties, rule = [list(dict.fromkeys(p for group in parties for p in group))], "subject-with"
            c_start, c_end = _clause_bounds(text, t_start)
            used.append((c_start, c_end))
            c_list = c_end
            if text.startswith(":", c_end):
                # "signed two agreements: an MoU and an exchange agreement"
                c_list = _clause_bounds(text, c_end + 1)[1]
            clause_instruments = [i for i in instruments if c_start <= i[0] < c_list] or instruments
            types = self._types(text, clause_instruments, t_start, joint)
            if not instruments and restated:
                types = list(told[1])
            elif not instruments and ordinal_subject and self.last_signing and self.last_signing[1]:
                types = list(self.last_signing[1])
            clause = text[c_start:c_end]
            renewing = _RENEWING.search(t_text) or _A_RENEWAL.match(text, t_end)
            first = (FIRST_SIGNED.search(clause) or _RENEWED_ONE_SIGNED.search(clause)) if renewing else None
            originals: list[Found] = []
            if first:
                # "has extended its agreement with X, first signed in 2021": the
                # extension now, and the original agreement of 2021
                origin = _first_date(first.group(0), self.published)
                if origin:
                    # told after the renewal, as the article tells them
                    for group in parties:
                        for code in types:
                            originals.append(
                                Found(
                                    group,
                                    code,
                                    origin[0].value,
                                    sent,
                                    f"{rule}+original+{code}",
                                    dated=True,
                                )
                            )
                clause = clause[: first.start()] + " " * len(first.group(0)) + clause[first.end() :]
            updated = None if first or renewing else _UPDATES_EARLIER.search(text, t_end)
            origin = _first_date(updated.group("when"), self.published) if updated else []
            if updated and origin:
                # "signed an MoU that updates the general agreement concluded by the
                # two ministries in October 2015": the new one, and the one it updates
                older_types = [i[3] for i in self.lex.instruments.finditer(updated.group("ins"))]
                for group in parties:
                    originals.append(
                        Found(
                            group,
                            (older_types or types)[0],
                            origin[0].value,
                            sent,
                            f"{rule}+updated+{(older_types or types)[0]}",
                            dated=True,
                        )
                    )
                lo, hi = max(updated.start(), c_start) - c_start, min(updated.end(), c_end) - c_start
                if hi > lo:
                    clause = clause[:lo] + " " * (hi - lo) + clause[hi:]
            signed, dated = self._date(clause, t_start - c_start, title=sent.index == self.title)
            if not dated and t_text.lower().startswith("already"):
                signed = None  # "already has an agreement with Y": in force, date untold
            per_partner = (
                self._dates_per_partner(text, mentions, parties) if len(parties) > 1 else {}
            )
            for group in parties:
                when = per_partner.get(group[-1], (signed, dated))
                for code in types:
                    out.append(Found(group, code, when[0], sent, f"{rule}+{code}", dated=when[1]))
            out.extend(originals)
            if rule == "subject-with" and len(parties) == 1 and len(parties[0]) == 2:
                # "entered into agreements with A, Chennai, to ...; with B, on ...;
                # and with C, for ...": one with each partner the semicolons list
                for more in _SEMICOLON_WITH.finditer(text, t_end):
                    nxt = [m for m in mentions if m[0] >= more.end()][:1]
                    if nxt and nxt[0][0] - more.end() <= 4 and nxt[0][2][0] not in parties[0]:
                        pair = [parties[0][0], nxt[0][2][0]]
                        out.extend(
                            Found(pair, c, signed, sent, f"semicolon-with+{c}", dated=dated)
                            for c in types
                        )
            another = _ANOTHER_WITH.search(text[t_end:])
            if another is None and sent.index == self.title:
                another = _ANOTHER_IN_HEADLINE.search(text[t_end:])
            if another and len(parties) == 1 and len(parties[0]) >= 2:
                pos = t_end + another.end()
                nxt = [m for m in mentions if m[0] >= pos]
                if another.group("ins"):
                    # "a research agreement with A and an academic cooperation
                    # agreement with B": each instrument with its own partner
                    ins_at = t_end + another.start("ins")
                    own = [i for i in instruments if ins_at <= i[0] < pos]
                    first_types = self._types(
                        text[:ins_at], [i for i in instruments if i[0] < ins_at], t_start, joint
                    )
                    out[:] = [f for f in out if f.sentence is not sent]
                    firsts = [m for m in mentions if t_end <= m[0] < ins_at]
                    subject = [i for i in parties[0] if i not in _ids(firsts)]
                    if own and subject and firsts:
                        for code in first_types:
                            out.append(
                                Found(
                                    subject + _ids(firsts[:1]),
                                    code,
                                    signed,
                                    sent,
                                    f"{rule}+{code}",
                                    dated=dated,
                                )
                            )
                        types = self._types(text, own, ins_at, None)
                    parties = [subject + _ids(firsts[:1])]
                if nxt:
                    rest = text[pos:]
                    signed2, dated2 = self._date(rest, 0)
                    if not dated2 and another.group("ins"):
                        signed2, dated2 = signed, dated
                    for code in types:
                        out.append(
                            Found(
                                [parties[0][0], nxt[0][2][0]],
                                code,
                                signed2,
                                sent,
                                f"another-with+{code}",
                                dated=dated2,
                            )
                        )
                    used.append((pos, len(text)))
        if out:
            gapped = self._gapped(sent, mentions, out[0])
            if gapped:
                # (the pairs after the first are not the first subject's objects)
                taken = {p for g in gapped for p in g.parties}
                out = [f for f in out if not set(f.parties) & taken] + gapped
            out += self._relative_earlier(sent, out[0], instruments)
            out += self._background(sent, out[0].parties, instruments)
            out += self._renewed_later(sent, out)
        return out

    def _gapped(self, sent: Sentence, mentions, first: Found) -> list[Found]:
        """ "A signed with B, C with D, and E with F": the verb said once for
        each pair that follows the first."""
        text = sent.text
        if " with " not in text or len(first.parties) != 2:
            return []
        ordered = sorted(mentions)
        out = []
        for k in range(1, len(ordered) - 1):
            a, b = ordered[k], ordered[k + 1]
            if (
                _GAP_WITH.fullmatch(text, a[1], b[0])
                and _GAP_BEFORE.fullmatch(text, ordered[k - 1][1], a[0])
                and set(first.parties) != {a[2][0], b[2][0]}
                and first.parties[-1]
                in ordered[k - 1][2] + [p for m in ordered[: k - 1] for p in m[2]]
            ):
                out.append(
                    Found(
                        [a[2][0], b[2][0]],
                        first.type,
                        first.signed,
                        sent,
                        f"gapped+{first.type}",
                        dated=first.dated,
                    )
                )
        return out

    def _between_pair(self, sent: Sentence) -> list[int]:
        """ "the long cooperation between A and the Klinikum, which began with
        ...": the two bodies the sentence says the cooperation is between."""
        m = _BETWEEN.search(sent.text)
        if m is None:
            return []
        pair = _ids(_run_after(sent.text, self._mentions(sent), m.end()))
        return pair if len(pair) == 2 else []

    def _renewed_later(self, sent: Sentence, found: list[Found]) -> list[Found]:
        """ "... that A and B first concluded on 1 April 2013, and renewed in
        March 2023", "an agreement signed in 2012, which was renewed in
        2022": the renewal is an agreement of its own, with its own date."""
        m = _RENEWED_LATER.search(sent.text)
        if m is None:
            return []
        dates = [d for d in self._find_dates(m.group(0)) if d.value]
        if not dates:
            return []
        when = dates[-1].value
        return [
            Found(list(f.parties), f.type, when, sent, f"{f.rule}+renewed-later", dated=True)
            for f in found
            if f.dated and f.signed and f.signed < when and not f.rule.endswith("renewed-later")
        ][:1]

    def _background(self, sent: Sentence, parties: list[int], instruments) -> list[Found]:
        """ "..., building on a memorandum of understanding signed in 2012" /
        "The partnership, which began with an MoU in 2012, ..." / "Ties
        between the two date back to a 2012 memorandum": the earlier,
        dated instrument the same parties signed."""
        text = sent.text
        m = _builds_on(text)
        if not m or len(parties) < 2:
            return []
        when = m.group("y1") or m.group("y0") or m.group("d")
        dates = _first_date(
            f"in {when}" if when and when[:1].isdigit() else (when or ""), self.published
        )
        if not dates and m.group("d") and m.group("y0"):
            # "began in 2012 with an agreement on academic exchange"
            dates = _first_date(f"in {m.group('y0')}", self.published)
        if not dates:
            return []
        own = [i for i in instruments if m.start("ins") <= i[0] < m.end("ins")]
        code = _refine(text, own[-1][0], own[-1][1], own[-1][3]) if own else "framework"
        return [Found(list(parties), code, dates[0].value, sent, f"background+{code}", dated=True)]

    def _relative_earlier(self, sent: Sentence, made: Found, instruments) -> list[Found]:
        """ "... signed an MoA on Monday to put into practice the MoU they
        signed in 2022": the earlier instrument the same parties signed."""
        text = sent.text
        m = _THEY_SIGNED_IN.search(text)
        if not m:
            return []
        dates = [d for d in self._find_dates(text[m.end() - 4 : m.end() + 40]) if d.value]
        own = [
            i for i in instruments if i[0] <= m.start("ins") < i[1] + 1 or i[0] == m.start("ins")
        ]
        if not dates or dates[0].value == made.signed:
            return []
        code = own[0][3] if own else made.type
        return [
            Found(
                list(made.parties),
                code,
                dates[0].value,
                sent,
                f"relative-earlier+{code}",
                dated=True,
            )
        ]

    def _dates_per_partner(self, text: str, mentions, parties) -> dict[int, tuple[str, bool]]:
        """ "with A in 2011 and B in 2012": each partner's own date, when
        the sentence gives one right after its name."""
        out: dict[int, tuple[str, bool]] = {}
        dates = [d for d in self._find_dates(text) if d.value]
        if len(dates) < 2:
            return out
        for _s, e, ids in mentions:
            following = [d for d in dates if 0 <= d.start - e <= 25]
            for i in ids:
                if following and any(g[-1] == i for g in parties):
                    out[i] = (following[0].value, True)
        return out

    def _members_before(self, sent: Sentence, triggers, instruments) -> list[Found]:
        """ "Its members are A, B, C and D. The rectors signed the founding
        charter on Monday.": a signing that names no one, after a sentence
        that lists the members of what it founds, is theirs."""
        text = sent.text
        if sent.index < 2 or not triggers or not instruments:
            return []
        t_start, t_end = triggers[0][0], triggers[0][1]
        if self._is_plan(text, t_start, t_end) or self.lex.ended_cues.search(text):
            return []
        for back in (1, 2):
            prev = self.sentences[sent.index - back]
            if prev.index == self.title or sent.paragraph - prev.paragraph > 1:
                break
            cue = _MEMBERS_ARE.search(prev.text)
            if cue is None:
                continue
            members = _ids(_run_after(prev.text, self._mentions(prev), cue.end()))
            if len(members) < 3:
                continue
            types = self._types(text, instruments, t_start, None)
            signed, dated = self._date(text, t_start)
            return [
                Found(members, code, signed, sent, f"members-before+{code}", dated=dated)
                for code in types
            ]
        return []

    def _passive_after_visit(self, sent: Sentence, triggers, instruments) -> list[Found]:
        """ "X hosted a delegation from Y on Monday. During the visit, an MoU
        was signed.": a passive signing that names no one, right after a
        sentence naming two to four bodies and no agreement, is theirs."""
        text = sent.text
        if sent.index == self.title or not triggers or not instruments or _RESTATED.match(text):
            return []
        if _COUNTED_DOCUMENTS.search(text):
            return []  # "Two bilateral agreements were signed on the margins": not the visit's pair
        t_start, t_end = triggers[0][0], triggers[0][1]
        if not _PASSIVE.search(text[max(0, t_start - 20) : t_end + 5]):
            return []
        if self._is_plan(text, t_start, t_end) or self.lex.ended_cues.search(text):
            return []
        if self.last_found_sentence is not None and sent.index - self.last_found_sentence <= 2:
            return []
        named: list[int] = []
        for m in self.insts.mentions[sent.index - 1]:
            if m.inst not in named:
                named.append(m.inst)
        if not 2 <= len(named) <= 4:
            return []
        types = self._types(text, instruments, t_start, None)
        signed, dated = self._date(text, t_start)
        if not dated:
            signed, dated = self._date(self.sentences[sent.index - 1].text, 0)
        return [
            Found(named, code, signed, sent, f"passive-after-visit+{code}", dated=dated)
            for code in types
        ]

    def _paired_bullets(self, sent: Sentence, triggers, instruments) -> list[Found]:
        """ "Four memoranda were signed between Omani and Korean
        institutions:" and one bullet per pair ("- A and B;"): an agreement
        for each bullet, between the bodies that bullet names."""
        text = sent.text
        if not text.rstrip().endswith(":") or not triggers or not PLURAL_INSTRUMENT.search(text):
            return []
        t_start, t_end = triggers[0][0], triggers[0][1]
        if self._is_plan(text, t_start, t_end):
            return []
        groups = []
        for nxt in self.sentences[sent.index + 1 : sent.index + 16]:
            if not LIST_ITEM.match(nxt.text):
                break
            named = []
            for m in self.insts.mentions[nxt.index]:
                if m.inst not in named:
                    named.append(m.inst)
            groups.append(named)
        if len(groups) < 2 or any(len(g) < 2 for g in groups):
            return []
        types = self._types(text, instruments, t_start, None)
        signed, dated = self._date(text, t_start)
        return [
            Found(group, code, signed, sent, f"paired-bullets+{code}", dated=dated)
            for group in groups
            for code in types
        ]

    def _one_and_the_other(self, sent: Sentence, triggers, instruments) -> list[Found]:
        """ "X signed two memoranda — one with A for clinical postings, and the
        other with B for research on cancers": one document with each partner
        the items name, each told with its own purpose between."""
        text = sent.text
        if not triggers or not instruments or "one with" not in text:
            return []
        t_start, t_end = triggers[0][0], triggers[0][1]
        first = _ONE_WITH.search(text, t_end)
        if first is None or self._is_plan(text, t_start, t_end):
            return []
        items = [first, *_OTHER_WITH.finditer(text, first.end())]
        if len(items) < 2:
            return []
        mentions = self._mentions(sent)
        dateline = dateline_end(text) if sent.index <= 2 else 0
        subject = [m for m in mentions if dateline <= m[0] < t_start and not self._non_party(text, m[0])]
        if not subject:
            return []
        signer = subject[0][2][0]
        partners = []
        for k, item in enumerate(items):
            stop = items[k + 1].start() if k + 1 < len(items) else len(text)
            after = [m for m in mentions if item.end() <= m[0] < stop]
            if not after or after[0][0] - item.end() > 40:
                return []
            partners.append(after[0][2][0])
        if signer in partners or len(set(partners)) < len(partners):
            return []
        types = self._types(text, instruments, t_start, None)
        signed, dated = self._date(text, t_start)
        out = []
        for k, (item, partner) in enumerate(zip(items, partners, strict=True)):
            stop = items[k + 1].start() if k + 1 < len(items) else len(text)
            # (each item's own instrument when it names one: "one with A on student exchange")
            own = [i for i in self.lex.instruments.finditer(text) if item.end() <= i[0] < stop]
            codes = self._types(text, own, own[0][0], None) if own else types
            out.extend(
                Found([signer, partner], code, signed, sent, f"one-and-the-other+{code}", dated=dated)
                for code in codes[:1]
            )
        return out

    def _list_items(self, sent: Sentence) -> list[tuple[int, int, list[int]]]:
        """Partners given as a bulleted list after a sentence ending in a
        colon: "... signed a memorandum with the following universities:"."""
        if not sent.text.rstrip().endswith(":"):
            return []
        nxt = self.sentences[sent.index + 1] if sent.index + 1 < len(self.sentences) else None
        item = LIST_ITEM.match(nxt.text) if nxt is not None else None
        if item and _DOCUMENT_ITEM.match(nxt.text, item.end()):
            return []  # "They are: - A memorandum with X; - A letter of intent with Y": documents
        out = []
        end = len(sent.text) + 1
        bullet = False
        for nxt in self.sentences[sent.index + 1 : sent.index + 24]:
            is_item = bool(LIST_ITEM.match(nxt.text))
            if not is_item and len(nxt.text) > 90:
                break
            named = self.insts.mentions[nxt.index]
            if not named:
                if bullet and not is_item:
                    continue  # the rest of an item cut at "Dr." or "Mtro."
                if is_item and out:
                    bullet = True
                    continue  # an item whose name was not read: the list goes on
                break
            bullet = is_item
            out.append((end, end + 1, [named[0].inst]))
            end += 2
        return out

    def _earlier_agreement(self, sent: Sentence, triggers, instruments) -> list[Found]:
        """ "The original agreement was concluded in 2003": an earlier
        agreement between the parties last talked about."""
        text = sent.text
        m = _EARLIER.search(text)
        if not m or not triggers or not self.last_parties or self.lex.ended_cues.search(text):
            return []
        t_start = triggers[0][0]
        if self._is_plan(text, t_start, triggers[0][1]):
            return []
        dates = [d for d in self._find_dates(text) if d.value]
        if not dates:
            return []
        types = self._types(text, instruments, t_start, None)
        return [
            Found(
                list(self.last_parties), code, dates[0].value, sent, f"earlier+{code}", dated=True
            )
            for code in types
        ]

    def _is_plan(self, text: str, t_start: int, t_end: int) -> bool:
        if _unsigned(text):
            return True  # "... agreed on the outlines, but the document will not be signed"
        # "has signed ... and will ...": only cues right before the trigger
        if _MODAL_BEFORE.search(text, max(0, t_start - 44), t_start) and not (
            # "The first document to be signed was a dual degree agreement": one of
            # those signed, told in the past
            text.endswith("to be ", 0, t_start) and _PAST_COPULA.match(text, t_end)
        ):
            return True
        return bool(_FURTHER_PLAN.search(text[t_start : t_end + 40]))

    def _parties(
        self, sent: Sentence, mentions: list, t_start: int, t_end: int, instruments
    ) -> tuple[list[list[int]], str]:
        text = sent.text
        c_start, c_end = _clause_bounds(text, t_start)
        dateline = dateline_end(text) if sent.index <= 2 else 0
        usable = [
            (s, e, ids)
            for s, e, ids in mentions
            if s >= dateline  # "Vienna, 22 May 2024 (OTS) –": the agency that tells it
            and not self._non_party(text, s)
            and not _CREATED.search(text, max(0, s - 30), s)
            and not _GROUPING.match(text, e)  # "The X Alliance, which groups A, B and C"
            and not (text.startswith(",", e) and _FRONTED_PLACE.fullmatch(text, 0, s))
            and not self._seat_of_previous(text, s, e, ids)
            # "B, Dunmore Hospital's academic partner, signed": the apposition's owner
            and not (text.endswith(", ", 0, s) and _OWNER_APPOSED.match(text, e))
            # "when the Angolan institution was still called X": a former name, no party
            and not _FORMERLY_CALLED.search(text, max(0, s - 40), s)
            # "in Fuzhou, capital of southeast China's Fujian Province": a place
            and not _CAPITAL_OF.search(text, max(0, s - 50), s)
            # "signed at the hospital's Nyali campus", "at the headquarters of X": where, not who
            and not _CAMPUS_AFTER.match(text, e)
            and not _AT_SEAT_OF.search(text, max(0, s - 45), s)
            and not _in_relative_clause(text, s, e, t_start)
        ]
        in_clause = [(s, e, ids) for s, e, ids in usable if c_start <= s < c_end]
        between = _BETWEEN.search(text, t_start, c_end) or _BETWEEN.search(text, c_start, t_start)
        nominal = _SIGNING_OF.match(text, t_end) if between is None else None
        if nominal:
            # "the signing, on 29 September in Ziguinchor, of a partnership agreement
            # between A and B": the agreement named after its date and place
            between = _BETWEEN.search(text, nominal.end(), nominal.end() + 80)
        if between:
            b_pos = between.end()
            # "between A and B, between C and D, and between E and F": one pair each
            mores = list(_MORE_BETWEEN.finditer(text, b_pos))
            if mores:
                ends = [m.start() for m in mores] + [len(text)]
                groups = []
                for start, end in zip([b_pos] + [m.end() for m in mores], ends, strict=True):
                    pair = _ids(_run_after(text, [m for m in usable if m[0] < end], start))
                    if len(pair) >= 2 and (not groups or pair != groups[-1]):
                        groups.append(pair)
                if len(groups) >= 2:
                    return groups, "between-groups"
            after = _ids(_run_after(text, usable, b_pos))
            if len(after) >= 3 and _PLURAL_SUBJECT.match(text, c_start):
                # "The MoUs were exchanged between UTM and A, B and C": one each
                return [[after[0], o] for o in after[1:]], "between-each"
            if len(after) >= 2:
                return [after], "between"
        passive = _PASSIVE.search(text[max(c_start, t_start - 20) : t_end + 5])
        plural_with = _PLURAL_WITH_SUBJECT.match(text, c_start)
        if passive and plural_with and plural_with.end() <= t_start:
            # "The agreements with A, B and C were signed at X last Friday": the
            # article's body signed one with each
            partners = _ids(
                _run_after(text, [m for m in usable if m[0] < t_start], plural_with.end())
            )
            homes = [self.primary, *self.last_parties[:1]]
            ref = next((h for h in homes if h is not None and h not in partners), None)
            if ref is not None and partners:
                return [[ref, p] for p in partners], "plural-with-each"
        before = _ids(_run_before(text, [m for m in in_clause if m[0] < t_start]))
        if not before and text[:c_start].rstrip().endswith(("—", "–")):
            # "Five universities — A, B, C and D — signed": the list between dashes
            d_start = _clause_bounds(text, c_start - 3)[0]
            before = _ids(_run_before(text, [m for m in usable if d_start <= m[0] < c_start]))
            # "X has joined nine other universities — A, B, ... — in signing": X too
            joiner = [m for m in usable if m[0] < d_start]
            if before and joiner and _OTHERS.search(text, joiner[0][1], d_start):
                before = [i for i in joiner[0][2] if i not in before] + before
        if before:
            # "X has joined A, B and C in signing ...": X signs too
            first = min((m[0] for m in usable if set(m[2]) & set(before)), default=0)
            joiner = [m for m in usable if m[1] <= first]
            if joiner and _JOINED_IN.fullmatch(text, joiner[-1][1], first):
                before = [i for i in joiner[-1][2] if i not in before] + before
        together = _TOGETHER_WITH.search(text, c_start, t_start) if before else None
        if together:
            # "A and B, together with the plantation group C, signed": C signs too
            joined = _ids(_run_after(text, [m for m in usable if m[0] < t_start], together.end()))
            before = list(dict.fromkeys([*before, *joined]))
        behalf = _ON_BEHALF.search(text, c_start, c_end)
        if behalf and re.search(
            r"[,;]|\b(?:which|who|and)\b", re.sub(r"\([^()]*\)", "", text[t_end : behalf.start()])
        ):
            behalf = None  # "..., which signs on behalf of the university": another verb's
        if behalf:
            # "X, who is also Dean of the College of Y, signed on behalf of Z
            # University with ...": the body the signer acts for is the party
            # ("on behalf of the university": the description is the mention)
            acting = _ids([m for m in usable if behalf.start() < m[0] <= behalf.end() + 2][:1])
            if acting:
                before = acting
        after_all = [m for m in in_clause if m[0] >= t_end]
        with_pos = (
            t_end  # "partnered with", "signed with": the trigger ends in its "with"
            if re.search(r"\bwith\s*$", text[t_start:t_end])
            else _with_position(text, t_end, c_end)
        )
        colon_with = _COLON_WITH.match(text, c_end) if with_pos is None else None
        if colon_with:
            # "signed three MoUs on Monday: with A, with B and with C"
            with_pos, c_end = colon_with.end(), _clause_bounds(text, colon_with.end())[1]
            after_all = [m for m in usable if c_end >= m[0] >= with_pos]
        by = re.search(r"\bby\b", text[t_end:c_end])
        list_end = _sentence_end_of_list(text, with_pos) if with_pos is not None else c_end
        objects = (
            _ids(_run_after(text, [m for m in after_all if m[0] < list_end], with_pos))
            if with_pos is not None
            else []
        )
        if objects and with_pos is not None and _GENERIC_PARTNERS.match(text, with_pos):
            # "signed three agreements with national partners on Monday at the X
            # Forum": the partners are told later; the forum is the venue
            objects = []
        direct_by = re.match(r"\s+by\b", text[t_end:])
        by_pos = (
            t_end + (direct_by.end() if direct_by else by.end())
            if (passive and by) or direct_by
            else None
        )
        # (not "signed by the Minister of X with the rectors of A, B and C": those are partners)
        if by_pos is not None and not _BY_SOMEONE_WITH.match(text, by_pos):
            # "signed by A, B and C, while D attended": the coordinated list
            witnesses = _AGENTS_END.search(text, by_pos)
            agents_end = (
                witnesses.start() if witnesses and witnesses.group(0).startswith(",") else 1e9
            )
            agents = _ids(
                _run_after(
                    text,
                    [
                        m
                        for m in usable
                        if (m[0] < c_end or m[0] >= len(text)) and m[0] < agents_end
                    ],
                    by_pos,
                )
            )
            # "signed by the Vice-Chancellor of A, Prof. X; the Director-General of B,
            # Dr Y; and the head of C": every body named after "by", up to the end
            # of the list (witnesses are not usable mentions)
            stop = _AGENTS_END.search(text, by_pos)
            end = stop.start() if stop else 1e9
            if stop and stop.group(0) == "which" and ";" in text[stop.end() :]:
                # "...; Z, superintendent of C, which A operates on commission; and D's
                # president": the relative clause ends at the semicolon, the list goes on
                resume = text.index(";", stop.end())
                skip = (stop.start(), resume)
                later = _AGENTS_END.search(text, resume)
                end = later.start() if later else 1e9
            else:
                skip = (0, 0)
            # bulleted signatories after "by the heads of the five institutions:" too
            named = _ids(
                [m for m in usable if by_pos <= m[0] < end and not skip[0] <= m[0] < skip[1]]
            )
            if len(named) > len(agents) and _SIGNATORY_LIST.search(text, by_pos):
                agents = named
            partner = _INSTRUMENT_WITH.search(text[:t_start])
            if len(agents) == 1 and partner:
                # "The agreement with Birch University was signed by Alder University's rector"
                other = [m for m in usable if m[0] >= partner.end() and m[1] <= t_start]
                if other and other[0][2][0] not in agents:
                    agents = [agents[0], other[0][2][0]]
            besides = _BESIDES.match(text)
            if besides and len(agents) >= 1:
                # "Besides A and B, the memorandum was signed by C, D and E"
                first = _ids(_run_after(text, [m for m in usable if m[0] < besides.end()], 0))
                agents = list(dict.fromkeys([*first, *agents]))
            if len(agents) >= 2:
                return [agents], "passive-by"
        if with_pos is not None and (colon := _GROUP_COLON.match(text, with_pos)):
            # "with eight Danish universities: A, B, C and D" (or "A; B; C")
            objects = _ids(_run_after(text.replace(";", ","), usable, colon.end()))
        elif with_pos is not None and not objects:
            # "with five other universities." and the list follows
            objects = self._group_ahead(sent, text, with_pos, before)
        if with_pos is None and re.search(r"\bjoin(?:ed|s)?\s*$", text[t_start:t_end], re.I):
            # "X has joined the Y Alliance": the body joined is the partner
            nxt = _run_after(text, [m for m in usable if m[0] <= t_end + 5], t_end)
            objects = [i for i in _ids(nxt[:1]) if self._is_body(i)]
            whole = _run_after(text, usable, t_end)
            if len(whole) > 1 and _JOINED_IN_INSTRUMENT.match(text, whole[-1][1]):
                # "X has joined A and B in a three-way memorandum": all of them sign
                objects = _ids(whole)
        if not objects and with_pos is not None:
            objects = _ids([m for m in mentions if m[0] >= len(text)])  # bulleted partners
        subject = before
        if subject and objects:
            objects = [i for i in objects if i not in subject]
            if not objects and len(subject) < 2:
                return [], ""
        if subject and objects:
            plural = PLURAL_INSTRUMENT.search(text[c_start:c_end]) or (
                not instruments
                and len(subject) == 1
                # "agreed with A and B to establish a joint centre": one thing, made by all
                and not (_joint_unit(text) or _ONE_FOR_ALL.search(text))
            )
            if plural and len(subject) * len(objects) > 1:
                return [[a, o] for a in subject for o in objects], "subject-with-each"
            return [subject + objects], "subject-with"
        if len(subject) >= 2:
            first = min((m[0] for m in usable if m[2][0] in subject), default=None)
            if first is not None and _OUR_INSTRUMENT_WITH.search(text, 0, first):
                # "Our memoranda of agreement with A and B were renewed": the
                # newsletter's own body with each of them
                own = self._own_body(set(subject))
                if own is not None:
                    if PLURAL_INSTRUMENT.search(text):
                        return [[own, o] for o in subject], "our-with-each"
                    return [[own, *subject]], "our-with"
            owners = _OWNERS_INSTRUMENTS_WITH.search(text, 0, first) if first is not None else None
            if owners is not None:
                # "The varsity's earlier partnerships, with A in Malaysia and B in
                # Norway, were signed in 2022 and 2023 respectively": its, with each
                owner = next((m[2][0] for m in mentions if m[1] == owners.start()), None)
                described = _THE_NOUN_BEFORE.search(text, 0, owners.start())
                if owner is None and described is not None:
                    owner = self._described(sent, described.start(), described.group(1).lower())
                if owner is not None and owner not in subject:
                    return [[owner, o] for o in subject], "owners-with-each"
            return [subject], "subject-list"
        if not subject and objects:
            ref = self.last_parties[0] if self.last_parties else self.primary
            told = self.last_signing
            if (
                told
                and told[2]
                and 0 < sent.index - told[0] <= 2
                and told[0] > (self.last_found_sentence or -1)
            ):
                ref = told[2][0]  # "UMT signed three documents. The first was an MoU with X"
            if _WE_BEFORE.search(text, c_start, t_start):
                # "On 30 October we renewed our agreement with X": the newsletter's own
                # body; in a quote, the body of the one who says it ("'We signed the
                # letter with X,' said Dr Y, principal of Z")
                ref = self._speakers_body(text, mentions, t_start, objects)
                if ref is None:
                    ref = self._own_body(set(objects))
            if ref is not None and ref not in objects:
                if len(objects) >= 2 and (PLURAL_INSTRUMENT.search(text) or not instruments):
                    return [[ref, o] for o in objects], "implicit-with-each"
                return [[ref, *objects]], "implicit-with"
        if (
            not subject
            and not objects
            and not (_RESTATED.match(text) and FIRST_SIGNED.search(text))
        ):
            # "Under the agreement signed on 12 March, X and Y will ..." (but "The
            # memorandum was first signed in 2018 and has since brought X's
            # students to Y" tells the original of the agreement before)
            later = _ids(
                [
                    m
                    for m in usable
                    if m[0] >= t_end
                    and not (m[0] - t_end < 50 and _VENUE.search(text, 0, m[0]))
                    and not (m[0] - t_end < 120 and _VENUE_THE.search(text, 0, m[0]))
                ]
            )
            if _COUNTED_DOCUMENTS.search(text[:t_start]):
                later = []  # "Four cooperation agreements were signed at X during Y": a roundup
            if len(later) >= 2:
                return [later], "after-list"
        told_just_before = self.last_found_sentence is not None and (
            sent.index - self.last_found_sentence <= (2 if _RESTATED.match(text) else 1)
        )
        if passive and len(subject) < 2 and not objects and not told_just_before:
            # "A delegation from X visited Y on Monday, where an MoU was signed" /
            # "X hosted a delegation from Y. During the visit, an MoU was signed."
            earlier = _ids([m for m in usable if m[0] < t_start])
            if (
                len(earlier) < 2
                and sent.index > 0
                and not earlier
                # (not after "X signed five agreements with national partners at
                # the Y Forum": those partners are told later, the forum is a venue)
                and not _WITH_GENERIC_PARTNERS.search(self.sentences[sent.index - 1].text)
            ):
                earlier = []
                for m in self.insts.mentions[sent.index - 1]:
                    if m.inst not in earlier:
                        earlier.append(m.inst)
            nxt = (
                self.sentences[sent.index + 1].text if sent.index + 1 < len(self.sentences) else ""
            )
            if (
                2 <= len(earlier) <= 4
                and not _ROSTER.match(nxt)
                and not _BY_COUNTED.search(text, t_end)
            ):
                return [earlier], "passive-context"
        return [], ""

    def _group_ahead(self, sent: Sentence, text: str, pos: int, subject: list[int]) -> list[int]:
        """ "X signed ... with five other universities" and a later line
        ending in a colon lists them, one per bullet ("The memorandum
        brings together:"): the listed partners, when they are as many as
        the sentence says (the subject may be listed too)."""
        m = _GROUP_AHEAD.match(text, pos)
        if not m:
            return []
        number = NUMBER_WORDS.get(m.group("n").lower()) if m.group("n") else None
        for nxt in self.sentences[sent.index + 1 : sent.index + 3]:
            if not nxt.text.rstrip().endswith(":"):
                continue
            if not _LIST_INTRO.search(nxt.text):
                return []  # "The rector said:" introduces no partners
            listed = [i for i in _ids(self._list_items(nxt)) if i not in subject]
            if len(listed) >= 2 and (number is None or len(listed) == number):
                return listed
            return []
        return []

    def _speakers_body(self, text: str, mentions, t_start: int, objects: list[int]) -> int | None:
        """The body named in the attribution after a quote ("...," said Dr
        X, principal of the Y), or None when the sentence has none."""
        close = _QUOTE_CLOSE.search(text, t_start)
        if close is None or not _SAID_AFTER_QUOTE.match(text, close.end()):
            return None
        for s, _e, ids in mentions:
            if s >= close.end() and ids[0] not in objects and _TITLE_OF_BEFORE.search(text, close.end(), s):
                return ids[0]
        return None

    def _is_body(self, idx: int) -> bool:
        """A consortium, alliance or network: something one joins."""
        words = self.insts.institutions[idx].name.split()
        return bool(words) and words[-1] in _JOINABLE

    def _non_party(self, text: str, pos: int) -> bool:
        """A mention shortly after "witnessed by", "funded by" ... (with no
        "signed" or "with" in between) is not a party."""
        for s, e, cue, _ in self.lex.non_party_cues.finditer(text):
            if cue.lower() == "alongside" and _SIGNED_JUST_BEFORE.search(text, max(0, s - 60), s):
                continue  # "X signed the memorandum alongside Dr Y, rector of B": a co-signer
            # "in the presence of the Ambassador of X to Y and officials of the Z"
            if (
                s > 3
                and cue.lower() in _PRESENT_CUES
                and e <= pos
                and pos - e <= 250
                and not _PRESENT_LIST_AGAIN.search(text, e, pos)
            ):
                return True
            if e <= pos and pos - e <= 110 and not _PARTY_AGAIN.search(text, e, pos):
                # a fronted phrase ends at its comma: "In the presence of the
                # minister, A and B signed"; so does an apposition: "A,
                # affiliated to B, and C signed"
                if (s <= 3 or cue.lower().startswith(_APPOSED_CUES)) and "," in text[e:pos]:
                    continue
                return True
        return False

    def _types(self, text: str, instruments, t_start: int, joint) -> list[str]:
        """Types of the instruments the trigger governs: the first after it
        (or the last before it, for "A memorandum was signed"), and more
        only when coordinated ("an MoU and a student exchange memorandum")."""
        governed = _governed(text, instruments, t_start)
        codes: list[str] = []
        for s, e, phrase, code in governed:
            code = _refine(text, s, e, code) or "framework"
            if code == "framework" and phrase.lower() == "agreement":
                founds = _joint_unit(text, e)
                if founds is not None and "joint" in founds.group(0).lower():
                    # "In a separate agreement, A and B agreed to set up the A–B Joint
                    # Laboratory": a bare "agreement" that founds a joint lab
                    code = "joint_lab"
            if code not in codes:
                codes.append(code)
        if joint and ("agreed" in text or "joint" in joint.group(0).lower()) and not codes:
            codes.append("joint_lab")
        if not codes:
            # "agreed with X to run clinical trials": a collaboration whose purpose is research
            codes.append("research" if _RESEARCH_PURPOSE.search(text, t_start) else "partnership")
        return codes

    def _date(self, text: str, t_start: int, title: bool = False) -> tuple[str | None, bool]:
        """The date nearest the trigger, preferring precise dates; without
        one, the date of the signing event reported just before (a ceremony
        with several memoranda), else the month of publication."""
        dates = [
            d
            for d in self._find_dates(text)
            # "extended ... until 2029": when it ends, not when it was signed;
            # "said Thursday it has signed": when it was told
            if d.value
            and d.start >= dateline_end(text)
            and not _UNTIL.search(text[max(0, d.start - 25) : d.start])
            and not _ANNOUNCED.search(text[max(0, d.start - 30) : d.start])
            # "X today announced a memorandum with Y": when it was told
            and not _ANNOUNCED_AFTER.match(text, d.end)
            # "a centre that will open in 2026": a year after the news is no signing
            and not (self.published and d.value[:4] > self.published[:4])
        ]
        if dates:
            best = min(
                dates,
                key=lambda d: (
                    abs(d.start - t_start)
                    + (15 if d.start < t_start else 0)
                    + 25 * (2 - d.value.count("-"))
                ),
            )
            return best.value, True
        if (
            not title
            and self.roundup is not None
            and self.roundup[2][0]
            and 0 < self.current - self.roundup[0] <= 12
            and _ORDINAL_OPENING.match(text)
        ):
            # "Three documents were signed on Tuesday. ... Second, A and B concluded
            # a memorandum": one of the documents of that signing
            return self.roundup[2]
        # the signing event told just before, unless it is background ("a 2019 memorandum")
        recent = (
            not self.published
            or (self.last_date or "")[:4] >= self.published[:4]
            or _EARLIER_ONE.search(text)
            is not None  # "the original agreement" is the one just told
        )
        if self.last_date and not title and recent:
            return self.last_date, bool(_SAME_DAY.search(text)) and self.last_date.count("-") == 2
        if self.event_day and not title and _SAME_DAY.search(text):
            # "On the same day, ..." after background about an older agreement
            return self.event_day, True
        seen = self._last_day_told() if not title and _NEXT_DAY.search(text) else None
        if seen:
            # "A delegation visited X on 17 June. They signed the next day."
            return (dt.date.fromisoformat(seen) + dt.timedelta(days=1)).isoformat(), True
        day = self._news_day() if not title else None
        if day:
            # "UIBT signed three agreements on Tuesday. The first, ..., was signed
            # with X": the day of the news the article told before
            return day, False
        if self.published:
            return self.published[:7], False
        return None, False

    def _news_day(self) -> str | None:
        """The last day of this month's news the sentences before the
        current one tell (a ceremony, a visit, a signing), not a dateline's
        date: the day an undated signing reported as the news belongs to."""
        if not self.published or self.published.count("-") != 2:
            return None
        published = dt.date.fromisoformat(self.published)
        for sent in reversed(self.sentences[1 : self.current]):
            days = self._days_told.get(sent.index)
            if days is None:
                start = dateline_end(sent.text)
                days = [
                    d.value
                    for d in self._find_dates(sent.text)
                    if d.value
                    and d.value.count("-") == 2
                    and d.start >= start
                    # "June 27, 2023" on a line of its own: the date line, not news
                    and len(re.findall(r"[^\W\d]+", sent.text[: d.start] + sent.text[d.end :])) >= 4
                ]
                self._days_told[sent.index] = days
            for day in reversed(days):
                try:
                    when = dt.date.fromisoformat(day)
                except ValueError:
                    continue
                if 0 <= (published - when).days <= 31:
                    return day
        return None


_SAME_DAY = re.compile(
    r"\b(?:on\s+the\s+same\s+(?:day|occasion|date)|at\s+the\s+same\s+(?:ceremony|event|time))\b",
    re.I,
)
_NEXT_DAY = re.compile(r"\b(?:the\s+next|the\s+following)\s+day\b", re.I)
#: a date that tells when the news was given, not when the agreement was signed
_ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|announces|reported|told\s+\w+|stated|confirmed|revealed)\s+(?:on\s+)?$",
    re.I,
)
_ANNOUNCED_AFTER = re.compile(r",?\s+(?:announced|announces|unveiled|unveils)\b", re.I)
#: a sentence about the agreement just told: "The pact was inked by ..."
#: "The agreements were signed by ...", "The three memoranda ...": documents just told
_PLURAL_RESTATED = re.compile(
    r"(?:The|These|Those|All|Both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|new|\w+-year)\s+)?"
    r"(?:[a-z][\w\-]*\s+)?(?:agreements|memoranda|memorandums|MoUs|MOUs|documents|accords|protocols|deals)\b"
)
#: "The new framework agreement replaces the one that ...": the agreement just told, and
#: the one it replaces
_REPLACES = re.compile(
    r"(?:The|This|Their|Its)\s+(?:new|renewed|revised|updated)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:agreement|memorandum|MoU|MOU|accord|protocol|convention|convenio|convênio)"
    r"(?:\s+of\s+\w+)?\s+(?:replaces|supersedes|updates|renews|succeeds)\b"
)
_RESTATED = re.compile(
    r"(?:(?:Under|Through|With|In)\s+(?:the|this|that|their|its)\s+|(?:The|This|That|Their|Its)\s+)(?:new\s+|tripartite\s+|trilateral\s+|bilateral\s+|renewed\s+|revised\s+|extended\s+|same\s+|[\w]+-year\s+)?"
    r"(?:pact|agreement|deal|accord|memorandum|MoU|MOU|MoA|MOA|document|arrangement|partnership|protocol|"
    r"convention|convenio|convênio|contract|charter)\b"
    # "The first version was signed in 2014": of the agreement just told
    r"|(?:The|Its|Their)\s+(?:first|original|earlier|previous)\s+(?:version|text|edition)\b",
)


def _first_date(phrase: str, published: str | None) -> list:
    """The date of "first signed in 2016" or "their 2014 memorandum": a
    year before an instrument is a date, not a number."""
    dates = [d for d in find_dates(phrase, published) if d.value]
    if not dates:
        year = re.search(r"\b(?:19|20)\d\d\b", phrase)
        if year:
            dates = [d for d in find_dates(f"in {year.group(0)}", published) if d.value]
    return dates


#: the date after "signed in" / "signed on": up to the next comma, and the year of
#: "on May 21, 2014" after it
_WHEN_TAIL = r"[^,;.]{2,30}(?:,\s+(?:19|20)\d\d\b)?"
_RENEWING = re.compile(r"\b(?:renew|extend|prolong|revis)", re.I)
#: "extended the memorandum they signed in 2022", "the convenio it signed on 3 May 2021":
#: the original the renewal names
_RENEWED_ONE_SIGNED = re.compile(
    r"\b(?:that\s+|which\s+)?(?:it|they|both(?:\s+sides)?|the\s+two(?:\s+\w+)?)\s+(?:had\s+)?"
    r"(?:signed|concluded)\s+(?:in|on)\s+" + _WHEN_TAIL
)
#: "... that updates the general agreement on X concluded by the two ministries in October 2015"
_UPDATES_EARLIER = re.compile(
    r"\b(?:that|which)\s+(?:updates|replaces|supersedes|amends|renews)\s+(?:the|their|its)\s+"
    r"(?P<ins>(?:[\w\-]+\s+){0,3}?(?:memorandum(?:\s+of\s+understanding)?|agreement|mou|accord|protocol|"
    r"convention|convenio))\b[^.;]{0,80}?\b(?:signed|concluded)\b[^.;]{0,60}?"
    r"(?P<when>\b(?:in|on)\s+" + _WHEN_TAIL + r")",
    re.I,
)
#: "first" before a signing verb that a renewal verb later in the sentence governs
_FIRST_WORD = r"\b(?:first|originally|initially)\s+(?:(?:been|was|were)\s+)?"
_RENEWAL_AFTER_FIRST = re.compile(_FIRST_WORD + "$", re.I)
_RENEWED_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:renewed|extended|prolonged)\b"
)
#: "used it to sign a renewal of the agreement ...": the signing renews
_A_RENEWAL = re.compile(r"\s+(?:a|the)\s+renewal\s+of\b")
FIRST_SIGNED = re.compile(
    _FIRST_WORD + r"(?:signed|concluded|inked|agreed|entered\s+into)\s+"
    r"(?:between\s+them\s+|by\s+them\s+|by\s+the\s+two\s+)?(?:in|on)\s+" + _WHEN_TAIL +
    # "which was signed for the first time in August 2019"
    r"|\b(?:signed|concluded|inked)\s+for\s+the\s+first\s+time\s+(?:in|on)\s+" + _WHEN_TAIL +
    # "without the announcement that accompanied the original signing in 2018"
    r"|\boriginal\s+(?:signing|agreement|memorandum|document)\s+(?:in|of|on)\s+" + _WHEN_TAIL +
    # "renewed the agreement that both institutions signed on 3 August 2018"
    r"|\b(?:that|which|(?<=contract\s)|(?<=agreement\s)|(?<=memorandum\s)|(?<=protocol\s))\s*"
    r"(?:both\s+institutions|both\s+sides|both|the\s+two(?:\s+\w+)?|they)\s+(?:had\s+)?"
    r"(?:first\s+)?(?:signed|concluded|inked|entered\s+into)\s+(?:in|on)\s+" + _WHEN_TAIL +
    # "renewed the memorandum it first signed with X in 2014"
    r"|\b(?:it|they)\s+(?:had\s+)?first\s+(?:signed|concluded)\s+"
    r"(?:with\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+|of\s+|and\s+|for\s+){1,8})?(?:in|on)\s+" + _WHEN_TAIL +
    # "The first version was signed in 2014": the original of the agreement just renewed
    r"|\b(?:first|original|earlier|previous)\s+(?:version|text|edition)\s+(?:of\s+\w+\s+)?"
    r"(?:was|had\s+been)\s+(?:signed|concluded|agreed)\s+(?:in|on)\s+" + _WHEN_TAIL +
    # "renews and broadens the memorandum on X signed by the two ministries in Y on 17 August 2017"
    r"|\b(?:renew(?:s|ed|ing)?|replace[sd]|supersede[sd]|update[sd])\s+(?:and\s+\w+\s+)?(?:the|their|its)\s+(?:[\w\-]+\s+){0,6}?"
    r"(?:memorandum|agreement|mou|accord|protocol|convention|convenio)\b[^.;]{0,80}?\bsigned\b"
    r"[^.;]{0,60}?\b(?:in|on)\s+(?=[^,;.]{0,20}(?:19|20)\d\d)" + _WHEN_TAIL +
    # "renewed their 2014 memorandum of understanding"
    r"|\b(?:their|its|the)\s+(?:19|20)\d\d(?=\s+(?:[\w\-]+\s+){0,2}?(?:memorandum|agreement|mou|accord|pact|contract))"
    # "renewed the agreement that has governed their cooperation since 2015",
    # "renewed the memorandum, in force since 2011"
    r"|\b(?:(?:that|which)\s+(?:has|had)\s+(?:governed|guided|framed|underpinned|regulated|been\s+in\s+(?:place|force|effect))"
    r"|in\s+(?:place|force|effect))\s+(?:[^.;]{0,80}?\s)?since\s+(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\b",
    re.I,
)
#: "... with A, and another with B" / "... with A and an exchange agreement with B"
_ANOTHER_WITH = re.compile(
    r",?\s+and\s+(?:another\s+(?:one\s+)?|(?P<ins>(?:(?:an?|the|its)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|MoU|MOU|accord|protocol|pact|letter\s+of\s+intent)"
    # (a headline leaves the article out: "X Signs Research Agreement with A and MoU with B")
    r"|(?:[A-Z][\w\-+]*\s+){0,3}?(?:MoU|MOU|MoA|MOA|Agreement|Memorandum(?:\s+of\s+Understanding)?|Accord))\s+"
    # (its own name in brackets: "a cooperation agreement (Perjanjian Kerja Sama, PKS) with")
    r"(?:\([^()]{1,60}\)\s+)?))with\b"
)
#: a headline's "X signs MOU with A and research agreement with B": no article, in small letters
_ANOTHER_IN_HEADLINE = re.compile(
    r",?\s+and\s+(?:signs\s+|renews\s+|inks\s+)?(?P<ins>(?:[\w\-+]+\s+){0,3}?"
    r"(?:agreement|memorandum|MoU|MOU|MoA|accord|pact|convênio|convenio))\s+with\b"
)
_NOMINAL_SIGNING = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her)\s+(?:[A-Z][\w\-.]*\s+){0,3}$"
)
_IT_WAS_SIGNED = re.compile(
    r"\s*(?:It|This|The\s+document)\s+(?:was|has\s+been)\s+(?:jointly\s+)?(?:signed|inked)\s+(?:[^.;]{0,60}?\s)?by\b"
    # "X signed two memoranda with partners abroad. The documents were signed yesterday with A and with B"
    r"|\s*(?:They|The\s+(?:two\s+|three\s+)?documents|Both\s+documents)\s+(?:were|have\s+been)\s+"
    r"(?:signed|inked)\s+(?:[^.;]{0,60}?\s)?(?:by|with)\b"
)
#: where the list of signatories after "signed by" ends
_AGENTS_END = re.compile(
    r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|while|whereas|which|who\s+(?:said|added|noted))\b|\.\s"
    # "..., with the chairperson and officials of X looking on": witnesses
    r"|,\s+with\b(?=[^.;]{0,200}?\b(?:looking\s+on|in\s+attendance|present|watching)\b)"
)
#: a list of signatories: people's titles of bodies, or items split by semicolons
_SIGNATORY_LIST = re.compile(
    r";|\b(?:heads?|leaders?|representatives?|presidents?|rectors?|vice-chancellors?|directors?(?:-general)?|"
    r"deans?|chairm[ae]n|chairpersons?|chief\s+executives?|ceos?|managing\s+directors?|mayors?|ministers?|"
    r"secretar(?:y|ies)|governors?)\s+of\b|\b(?:of|in)\s+[A-Z][\w\-]*['’]s\s",
    re.I,
)
#: "a knowledge transfer partnership", "an earlier exchange agreement": up to
#: the instrument noun, for _another_instrument
#: "The agreement", "This memorandum": the instrument just told, with nothing before it
_BARE_DEFINITE = re.compile(r"\s*(?:The|This|That|Its|Their)\s+")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_RELATIVE_AFTER = re.compile(
    r"\s*(?:\(\w+\)\s*)?(?:that|which|(?:signed|concluded|inked)\s+(?:by|between)|"
    # "a letter of intent the two universities signed in 2022": a clause with no "that"
    r"(?:the\s+two(?:\s+\w+)?|both(?:\s+sides)?|they)(?=\s+(?:had\s+|first\s+)*(?:signed|concluded|inked)\b))\s"
)
_THEY_SIGNED_IN = re.compile(
    r"\b(?P<ins>memorandum(?:\s+of\s+understanding)?|MoU|MOU|MoA|MOA|agreement|accord)\s+(?:that\s+|which\s+)?"
    r"(?:(?:they|the\s+two(?:\s+\w+)?|both(?:\s+sides)?)\s+(?:had\s+|first\s+)*(?:signed|concluded|inked)|"
    # "a student exchange agreement concluded by the two universities in 2021"
    r"(?:signed|concluded|inked)\s+by\s+(?:the\s+two(?:\s+\w+)?|both(?:\s+sides)?))\s+(?:in|on)\s+"
)
_RESEARCH_PURPOSE = re.compile(
    r"\bto\s+(?:jointly\s+)?(?:run|conduct|carry\s+out|undertake)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:research|studies|trials|clinical\s+studies)\b"
)
_EARLIER_ONE = re.compile(
    r"\b(?:original|earlier|previous|existing|initial|first|old|older)\s+(?:agreement|memorandum|mou|accord|pact)",
    re.I,
)
_UNTIL = re.compile(
    r"\b(?:until|till|expires?|expiring|runs?\s+(?:to|through|until)|valid\s+(?:until|to|through)|"
    # "opening electives starting in January": when it starts, not when it was signed
    r"starting|beginning|commencing|(?:to|will)\s+(?:start|begin|commence))\s+(?:(?:in|on|from)\s+)?(?:the\s+end\s+of\s+)?$"
    # "for the period 2024–2029": the years it runs
    # (but "extended for another five years last Thursday": how long, then when)
    r"|\b(?:period|(?<=the\s)years|academic\s+years?|term)\s+(?:of\s+|from\s+)?(?:\d{4}\s*[–—\-/]\s*|\d{4}\s+to\s+)?$",
    re.I,
)
_OBJECT_END = re.compile(
    r",\s+(?:[a-z]+ing|which|who|whose|where|to|as|after|before|under|during|with\s+the\s+aim)\b|\s+(?:that|which)\s+(?:could|would|will|may)\b|;|\s—\s|\.\s"
)
_COORDINATED = re.compile(
    r"(?:,\s*|\s)(?:and|together\s+with|as\s+well\s+as|plus|along\s+with)\s", re.I
)
_OLDER = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"(?=(?-i:[ABERUaberu]))(?:"
    r"(?:renew(?:s|ed|ing)?|replac(?:es|ed|ing)|extend(?:s|ed|ing)?|under|amend(?:s|ed|ing)?|builds?\s+on)\s+(?:the|its|their|an?)\s+(?:[\w\-]+\s+){0,3}$)",
    re.I,
)


#: " the two universities ", " that they ", " which was ": between an instrument and
#: the verb of a relative clause that signs it
_RELATIVE_SIGNING = re.compile(r"\s+(?:that\s+|which\s+)?[^,;.()]{0,50}?\s*")


#: heads of a town's or city's government
_COUNCIL_NAME = re.compile(
    r"\b(?:Municipality|Municipal|City|Town|Council|Kommune|Kommun|Gemeente|Ayuntamiento|Alcaldía|"
    r"Prefeitura|Mairie|Stadt|Comune|Câmara|Municipio|Município|Municipalidad)\b"
)


def _council(institutions) -> int | None:
    """The one town or city government an article names, if it names one."""
    found = [
        i
        for i, inst in enumerate(institutions)
        if inst.name and inst.kind == "government" and _COUNCIL_NAME.search(inst.name)
    ]
    return found[0] if len(found) == 1 else None


def _governed(text: str, instruments, t_start: int):
    """The instruments a trigger at `t_start` is about."""

    def older(ins) -> bool:
        # "signed an MoU that renews the 2019 agreement": the renewed one is
        # older (but not when the trigger itself renews it: "renewed its X", nor
        # when the trigger tells its own signing: "builds on an agreement the two
        # universities signed in 2016")
        if ins[1] <= t_start and _RELATIVE_SIGNING.fullmatch(text, ins[1], t_start):
            return False
        lo = max(0, ins[0] - 45)
        m = _OLDER.search(text[lo : ins[0]])
        return m is not None and lo + m.start() != t_start

    usable = [i for i in instruments if not older(i)] or list(instruments)
    after = [i for i in usable if i[0] >= t_start]
    if len(after) > 1 and after[0][2].lower() in (
        "agreements",
        "memoranda",
        "documents",
        "accords",
    ):
        # "signed two agreements with Y: an MoU and a student exchange agreement"
        colon = text.find(":", after[0][1], after[0][1] + 80)
        listed = [i for i in after if i[0] > colon] if colon >= 0 else []
        if listed:
            after = listed
    if after:
        stop = _OBJECT_END.search(text, after[0][1])
        limit = stop.start() if stop else len(text)
        chosen = [after[0]]
        for ins in after[1:]:
            if ins[0] >= limit:
                break
            if _COORDINATED.search(text[chosen[-1][1] : ins[0]]):
                chosen.append(ins)
        return chosen
    before = [i for i in usable if i[0] < t_start]
    return before[-1:] if before else []


def _is_named_framework(phrase: str) -> bool:
    return phrase.lower().rstrip("s") not in (
        "agreement",
        "accord",
        "deal",
        "pact",
        "protocol",
        "contract",
        "convention",
        "treaty",
    )


def _refine(text: str, s: int, e: int, code: str) -> str:
    """Type from the words around a general instrument: "memorandum of
    understanding on student exchange", "agreement for joint research",
    "Dual BA agreement"."""
    if code not in ("mou", "framework"):
        return code
    after = text[e : e + 60].lower()
    before = text[max(0, s - 40) : s].lower()
    if re.match(
        r"\s*(?:\([^)]*\)\s*)?(?:on|for|of|covering|regarding)\s+(?:the\s+)?(?:student|students['’]?)\s+"
        r"(?:and\s+(?:staff|faculty|academic)\s+)?(?:exchange|mobility)",
        after,
    ):
        return "student_exchange"
    if re.search(r"(?:student|students['’]?)\s+exchange\s+$", before):
        return "student_exchange"
    if re.search(r"\b(?:an?|the|its|their)\s+(?:exchange|mobility)\s+$", before):
        return "student_exchange"  # "An exchange convênio between the faculties"
    if re.match(
        r"\s*(?:for|on)\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:student\s+)?exchange\s+(?:programme|program|scheme)\b",
        text[e : e + 60],
    ):
        return "student_exchange"
    if re.match(
        # ("signed a consortium agreement in Vilnius on Wednesday to run a joint
        # master's degree", "an agreement creating a joint master's")
        r"\s*(?:\([^)]*\)\s*)?(?:(?:in|on|at)\s+[\w\-]+\s+){0,3}"
        r"(?:on|for|to\s+(?:launch|offer|create|establish|run|develop|set\s+up)|creating|establishing|launching)\s+"
        r"(?:their\s+|a\s+|an\s+|the\s+)?(?:new\s+)?(?:[\w\-]+\s+)?(?:dual|double|joint)[\s\-](?:\w+\s+)?"
        r"(?:degree|ba|bachelor|master|programme|program)",
        text[e : e + 100].lower(),
    ):
        return "dual_degree"
    if re.match(
        # "a new agreement that will allow students of agronomy to obtain diplomas from
        # both institutions": a double degree told by what it awards
        r"\s*(?:\([^)]*\)\s*)?(?:that|which|under\s+which)\s+(?:will\s+)?(?:allows?|lets?|enables?|permits?)?\s*"
        r"(?:[\w\-’']+\s+){0,6}?(?:to\s+)?(?:obtain|earn|receive|get|be\s+awarded)\s+(?:diplomas|degrees|"
        r"two\s+degrees|two\s+diplomas|a\s+degree|a\s+diploma)\s+(?:from|of)\s+(?:both|the\s+two|each)\b",
        text[e : e + 160].lower(),
    ):
        return "dual_degree"
    if code == "framework" and re.match(
        r"\s*(?:\([^)]*\)\s*)?(?:on|for|covering)\s+(?:the\s+)?(?:clinical\s+(?:training|placements?|rotations?)|"
        r"internships?|apprenticeships?|student\s+placements?|work\s+placements?)\b",
        after,
    ):
        return "partnership"  # "their agreement on clinical training for medical students"
    if re.search(
        r"(?:dual|double|joint)[\s\-](?:[\w’']+\s+)?(?:degree|ba|master['’]?s?|bachelor['’]?s?)\s+(?:programme\s+|program\s+)?$",
        before,
    ):
        return "dual_degree"
    if re.search(
        r"(?:clinical\s+)?(?:practicum|placement|training|rotation|internship|apprenticeship|affiliation)s?\s+$",
        before,
    ):
        return "partnership"  # "a clinical practicum agreement", "a training agreement"
    if re.match(
        r"\s*(?:\([^)]*\)\s*)?(?:with\s+[^.;]{0,80}?\s+)?(?:(?:yesterday|today|on\s+\w+(?:\s+\d{1,2})?|last\s+\w+|this\s+\w+)\s+)?"
        r",?\s*(?:(?:to|for|on)\s+(?:jointly\s+)?(?:establish(?:ing)?|set(?:ting)?\s+up|creat(?:e|ing)|found(?:ing)?|"
        r"launch(?:ing)?|build(?:ing)?|open|the\s+establishment\s+of|the\s+creation\s+of|co-build(?:ing)?|"
        r"co-construct(?:ing)?|the\s+co-construction\s+of|jointly\s+build(?:ing)?)|"
        r"establishing|creating|founding|setting\s+up|launching|co-building)\s+"
        r"(?:an?|the|their)?\s*(?:new\s+)?(?:[\w\-–“”\"]+\s+){0,6}?(?:laborator(?:y|ies)|lab|centre|center|institute|"
        r"(?:research\s+)?unit|unidad|unité)\b",
        text[e : e + 200],
        re.I,
    ):
        return "joint_lab"
    if code == "framework" and re.match(
        # ("a tripartite agreement on joint research into ore beneficiation")
        r"\s*(?:with\s+[^.;]{0,60}?\s+)?(?:for|on|covering)\s+joint\s+research\b", text[e : e + 120].lower()
    ):
        return "research"
    if code == "framework" and re.search(r"\b(?:joint\s+)?research\s+$", before):
        return "research"  # "a research cooperation protocol"
    if code == "framework" and re.match(
        r"\s*(?:with\s+[^.;]{0,80}?\s+)?(?:in\s+\w+(?:\s+last\s+year)?\s+)?to\s+(?:jointly\s+)?(?:run|conduct|carry\s+out|undertake)\s+"
        r"(?:[\w\-]+\s+){0,3}?(?:research|studies|trials|clinical\s+studies)\b",
        text[e : e + 200],
    ):
        return "research"  # "struck a deal with X to run early-stage clinical studies"
    if code == "framework" and re.match(
        r"\s*(?:with\s+[^.;]{0,80}?\s+)?(?:(?:on\s+\w+|last\s+\w+|yesterday|today)\s+)?to\s+"
        r"(?:jointly\s+)?(?:find\s+out|investigate|study|test|evaluate|assess|examine|validate|analy[sz]e)\b",
        text[e : e + 200],
    ):
        return "research"  # "signed an agreement to find out whether an algorithm can ..."
    if code == "framework" and re.match(
        r"\s*(?:with\s+[^.;]{0,80}?\s+)?(?:(?:on\s+\w+|last\s+\w+|yesterday|today)\s+)?"
        r"(?:that\s+(?:lets|allows|enables|will\s+(?:let|allow|enable))|under\s+which|allowing|enabling)\s+"
        r"(?:[\w\-]+\s+){0,6}?students?\s+(?:[\w\-]+\s+){0,3}?(?:to\s+)?(?:spend|study|take|do|complete)\b",
        text[e : e + 220],
    ):
        return "student_exchange"  # "an agreement that lets four nursing students spend ..."
    if _LAB_LAUNCHED.search(text, 0, s):
        return (
            "joint_lab"  # "A joint laboratory ... was launched ... after an agreement was signed"
        )
    return code


def _is_lead(text: str) -> bool:
    """True when an article's first sentence is a sentence of its body, not
    a headline: a long one that ends with a full stop."""
    return len(text) > 100 and text.rstrip().endswith((".", '."', ".”"))


def _named_by(noun: str, name: str) -> bool:
    """True when `name` has `noun` as a word, in English or as its head in
    another language ("university": Università, Universidad, Universität)."""
    words = name.lower().split()
    if noun.lower() in words:
        return True
    if noun.lower() == "polytechnic":
        # "Politécnica", "Politecnico", "Politechnika", "Polytechnique"
        return any(w.startswith(("polit", "polyt")) for w in words)
    return noun.lower() == "university" and any(
        head_kind(w) == "university" for w in name.split()[:1]
    )


def _last_of_kind(mentions, before: int, kinds: tuple[str, ...], institutions) -> int | None:
    """The last single body of one of `kinds` among `mentions` before `before`."""
    for a, _, ids in sorted(mentions, reverse=True):
        if a < before and len(ids) == 1 and institutions[ids[0]].kind in kinds:
            return ids[0]
    return None


def _ids(mentions) -> list[int]:
    out: list[int] = []
    for _, _, ids in mentions:
        for i in ids:
            if i not in out:
                out.append(i)
    return out


def _inside(match, spans) -> bool:
    s, e = match[0], match[1]
    return any(ms <= s and e <= me for ms, me in spans)


def _with_position(text: str, t_end: int, c_end: int) -> int | None:
    m = _WITH_PARTNER.search(text[t_end:c_end])
    if m and m.group(0) != "and":
        return t_end + m.end()
    m = _WITH_ONLY.search(text[t_end:c_end])
    return t_end + m.end() if m else None


#: "with" that brings a partner, not "with the objective of", "with a view to"
_NOT_A_PARTNER = (
    r"(?!\s+(?:the\s+|an?\s+)?(?:objective|aim|purpose|goal|intention|view|support|participation|"
    r"presence|help|assistance)\b)"
)
#: "we signed", "we have also renewed": the writer's own body signs
#: the end of a quote: a closing quotation mark after a comma or stop
_QUOTE_CLOSE = re.compile(r"[,.!?][\"”’]")
#: "said Dr X," right after a quote
_SAID_AFTER_QUOTE = re.compile(r"\s*(?:said|says|added|explained|noted|stressed|told)\b")
#: ", principal of the ", " at ": the body a speaker holds office in, right before its name
_TITLE_OF_BEFORE = re.compile(r"[\w\-]+\s+(?:of|at)\s+(?:the\s+)?$")
#: " of the UNALA", " at X": the body a counterpart is told of, named right after
_OF_A_BODY_AFTER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z]")
#: "his counterpart from the B": where the body named right after starts
_FROM_BODY_AFTER = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?")
_WE_BEFORE = re.compile(r"\b[Ww]e\s+(?:have\s+|had\s+|also\s+|then\s+|formally\s+)*$")
#: "...; with B, on ...; and with C": the next partner of a list told by semicolons
_SEMICOLON_WITH = re.compile(r";\s+(?:and\s+)?with\s+")
#: "with national partners", "with several institutions": a group, not a name
_GENERIC_PARTNERS = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,3}(?:partners|institutions|organi[sz]ations|bodies|stakeholders|"
    r"entities|actors)\b"
)
_WITH_GENERIC_PARTNERS = re.compile(r"\bwith" + _GENERIC_PARTNERS.pattern)
#: (and "con", "com", "avec", "mit" of articles in Spanish, Portuguese, French or German)
_WITH_PARTNER = re.compile(r"\b(?:with|alongside|and|con|com|avec|mit)\b" + _NOT_A_PARTNER)
_WITH_ONLY = re.compile(r"\b(?:with|con|com|avec|mit)\b" + _NOT_A_PARTNER)


#: "... the chair of the board (of directors) of the X": a head's title that names a board
_BOARD_OF = (
    r"(?:(?i:board|executive\s+board|council)\s+(?:of\s+(?i:directors|trustees|governors)\s+)?of\s+(?:the\s+)?)?"
)
_LIST_GAP = re.compile(
    # "University of Engineering and Technology, Taxila (UET Taxila) and X"
    r"\)?(?:['’]s)?(?:\s*,\s*[A-Z][\w\-]*(?=\s+\())?(?:\s*\([^()]*\))?"
    # "A, B — as B' was then called — and C": a body's later name between dashes
    rf"(?:{AS_IT_WAS_CALLED_ASIDE}(?=\s+and\s))?"
    r"(?:,?\s+(?:(?:all|both)\s+)?(?:in|of|at|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=,|\s+and\b))?"
    r"(?:\s*,\s*[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=,))?"  # ", South Korea,"
    # "A, a public university in Kenya, B and C": an apposition between names
    # ("A, Italy's national public health institute, and B")
    r"(?:,\s+(?:an?|the|its|one\s+of|which|who|part|[A-Z][a-z]+['’]s)\s+(?:[A-Z][\w\-]*\s+)?[a-z][^,;()]{0,60}?(?=,)"
    # ("A, which was evacuated from the occupied town of X to Kyiv in 2022, and B")
    r"|,\s+which\s+[a-z][^,;()]{0,100}?(?=,\s+and\s))?"
    # "A, based in Grosseto, and the B": where the body is
    r"(?:,\s+(?:based|located|headquartered)\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=,))?"
    r"(?:\s+(?:[A-Z][\w.\-’']*|of|the|de|van|von|bin|al|rector|president|dean|director|chancellor|"
    r"vice-chancellor|provost|principal)){0,8}"  # a title and a name: "President Jane Doe", "rector Dr. X"
    r"(?:\s+(?:in|on|since)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?))?"  # "in 2011"
    r"(?:\s+on\s+behalf\s+of\s+(?:the|its)\s+[a-z]+)?"  # "A on behalf of the university and by B"
    # (and the "and" of articles written in Spanish, Portuguese, French or German)
    r"\s*(?:,\s*and|,|and|&|as\s+well\s+as|along\s+with|together\s+with|plus|(?<!\w)(?:y|e|et|und))\s+"
    r"(?:with\s+|by\s+)?(?:[Tt]he\s+|its\s+|their\s+|an?\s+|(?:la|el|los|las|o|os|le|les|der|die|das)\s+|l['’])?"
    # "and the Universidad Politécnica de Almería's Escuela X": the owner before the unit
    r"(?:(?:[A-Z][\w\-]*\s+|(?:de|del|da|do|di|of|la)\s+){0,6}[A-Z][\w\-]*(?:['’]s|s['’])\s+)?"
    # "the group's flagship X", "the Vietnamese university's Faculty of X"
    r"(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i|ot)\s+)?(?:group|company|firm|university|ministry|network|hospital|"
    r"institute|college)['’]s\s+)?"
    # "the Chinese seed firm X", "the Dutch X", "the Leeuwarden company X"
    r"(?:(?:North|South|East|West|Central)\s+)?(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+|[A-Z][\w\-]+\s+(?=[a-z]))?"
    r"(?:[A-Z][\w]*-(?:based|headquartered|owned|born|registered)\s+)?(?:[a-z][\w\-]*\s+){0,3}"
    # ("..., and a third with Rawalpindi-based X")
    r"(?:(?<=with\s)[A-Z][\w]*-(?:based|headquartered|owned|registered)\s+)?"
    r"(?:[a-z][\w\-]*,\s+(?:the\s+)?)?"  # "and with the hospital it runs, X", "and its partner, the X"
    # "..., and John Smith, rector of the ...": a signatory named before the body
    # ("..., and Ms. Tan, Chief Nurse and Deputy Chief Executive of Singapore's X")
    r"(?:(?:[A-Z][\w.\-’']*\s+|(?:de|van|von|der|den|da|di|del|bin|al|le|la)\s+){1,5}?(?:[A-Z][\w.\-’']*),\s+(?:(?=and\s)(?:[A-Za-z][\w\-]*\s+){1,3}|(?:[A-Za-z][\w\-]*\s+){1,6}?)"
    r"(?:\([^()]{1,20}\)\s+)?(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?"  # "Deputy Vice-Chancellor (Global) of"
    # "..., and the chair of the board of the X"
    + _BOARD_OF
    + r")?"
    # "the Vice-Chancellor and the Managing Director of X": the head of the body
    r"(?:(?:[A-Z][\w\-]*\s+){0,2}(?i:" + _HEAD_TITLE + r")\s+(?:of|at)\s+(?:the\s+)?"
    + _BOARD_OF
    # "and the rector of the Brazilian X": the body's country before its name
    + r"(?:(?<=the\s)[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?)?"
    # "Dean Lee of A and Dean Tsogt Enkh of the B": a titled person of the body
    r"(?:(?<=and\s)(?i:" + _HEAD_TITLE + r")\s+(?:[A-Z][\w.\-’']*\s+){1,4}(?:of|at|from)\s+(?:the\s+)?)?"
)


#: "two memoranda — one with A ..., and the other with B": the first of documents told one by one
_ONE_WITH = re.compile(r"(?:—|–|-|:|,)\s+(?:the\s+first\s+|one\s+)(?:\w+\s+)?with\s+")
#: "..., and the other with B", "; another with C", ", and a third with D"
_OTHER_WITH = re.compile(
    r"(?:(?:,|;|—|–)\s+(?:and\s+)?|\s+and\s+)(?:the\s+other|another|the\s+second|a\s+second|a\s+third|the\s+third|"
    r"a\s+fourth|the\s+fourth)\s+(?:\w+\s+)?with\s+"
)
#: '("Karoo Minerals" or "the Company")', '(the "Bank")': a filing's defined terms
_DEFINED_TERM = re.compile(
    r"\(\s*(?:[\"“](?P<alias>[^\"”()]{2,60})[\"”]\s*(?:,|or|and)\s*)?"
    r"(?:the\s+[\"“]|[\"“]the\s+)(?P<term>[A-Z][a-z]+)[\"”]\s*\)"
)


def _defined_terms(insts: ArticleInstitutions) -> dict[str, int]:
    """The bodies an article defines by a capitalised common noun, as
    company filings do ('Karoo Minerals Holdings Limited ("Karoo Minerals"
    or "the Company")'): the named alias's body, else the last body named
    before the definition."""
    text = insts.text
    if "the" not in text or ('"' not in text and "“" not in text):
        return {}
    out: dict[str, int] = {}
    for m in _DEFINED_TERM.finditer(text):
        term = m.group("term").lower()
        idx = insts.index_of(m.group("alias")) if m.group("alias") else None
        if idx is None:
            before = [
                x for sent_mentions in insts.mentions for x in sent_mentions if x.end <= m.start()
            ]
            if before and m.start() - before[-1].end <= 40:
                idx = before[-1].inst
        kinds = _KIND_WORDS.get(term, ())
        if idx is not None and (not kinds or insts.institutions[idx].kind in kinds):
            out.setdefault(term, idx)
    return out


def _run_after(text: str, mentions, pos: int):
    """The coordinated list that starts at the first mention after `pos`:
    "with A, B and the C" (a bracketed alias, a place or a short
    description between names allowed)."""
    following = sorted(m for m in mentions if m[0] >= pos)
    if not following:
        return []
    run = [following[0]]
    for m in following[1:]:
        gap = text[run[-1][1] : m[0]]
        if _SPEAKS.match(text, m[1]):
            break  # "..., the company said Wednesday": the one who tells it
        if _INSTRUMENT_IN_GAP.search(gap):
            break  # "an accord with A ("A") and an agreement with B": another document
        if _LIST_GAP.fullmatch(gap) or not gap.strip(" ,") or _GROUP_GAP.fullmatch(gap):
            run.append(m)
        else:
            break
    return run


#: "three Korean universities (A, B and C), two Uzbek universities (D and E) and the F"
_GROUP_GAP = re.compile(
    r"\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w\-]+\s+){0,3}\(|the\s+)"
)


#: ", with which X is affiliated,", ", whose hospital X ..." (not ", where": the signing
#: is often told in it; not ", which groups A, B and C,": the members sign)
_RELATIVE_OPEN = re.compile(
    r",\s+(?:(?:with|of|in|to|for|at|under|through|from|by)\s+(?:which|whom)|whose|who|"
    # ("The X Alliance, which groups A, B and C, was established": the members)
    r"which(?!\s+(?:groups|brings|includes|comprises|unites|gathers|links|joins|consists|counts)\b))\b[^,;()]*$"
)


_WHOSE_OPEN = re.compile(r",\s+(?:whose|who)\s+")
#: the comma that closes a relative clause right before the verb: ", signed", ", has signed"
_COMMA_BEFORE_VERB = re.compile(r",\s+(?:(?:has|have|had|also|then|today|yesterday|on\s+\w+)\s+){0,2}")


def _in_relative_clause(text: str, start: int, end: int, t_start: int) -> bool:
    """True when the mention at [start, end) lies in a relative clause set
    between commas before the verb ("X College, with which Y Hospital is
    affiliated, signed ..."): it says who X is, not who signs."""
    if start >= t_start:
        return False
    if not _RELATIVE_OPEN.search(text, max(0, start - 80), start):
        # "X, whose president, Dr Y, travelled with the Dutch delegation, signed":
        # a clause with its own commas, closed by the comma before the verb
        if _WHOSE_OPEN.search(text, max(0, start - 120), start) is None:
            return False
        comma = text.rfind(",", end, t_start)
        return comma >= end and _COMMA_BEFORE_VERB.fullmatch(text, comma, t_start) is not None
    close = text.find(",", end)
    return 0 <= close < t_start


def _counterpart_of_named(text: str, end: int, named: list) -> int | None:
    """ "the rector of A ... renewed with his counterpart of the B": the body
    named right after "of", when the sentence named another one first."""
    of_body = _OF_A_BODY_AFTER.match(text, end)
    if of_body is None or not named:
        return None
    after = [m for m in named if m[0] >= of_body.end() - 1]
    if after and min(after)[2][0] != min(named)[2][0]:
        return min(after)[2][0]
    return None


def _run_before(text: str, mentions):
    """The coordinated list that ends with the last mention in `mentions`
    ("A, B and C signed")."""
    if not mentions:
        return []
    ordered = sorted(mentions)
    run = [ordered[-1]]
    for m in reversed(ordered[:-1]):
        gap = text[m[1] : run[0][0]]
        if text[m[0] : m[1]].lower() == "its":
            gap = "'s" + gap  # "its director general, Dr. X, and the director of Y": as "Z's"
        if m[2] == run[0][2] and KNOWN_AS.fullmatch(gap):
            # "A and the B, a Norwegian college known locally as B', signed": B once
            run[0] = m
        elif _UNIT_OF_GAP.fullmatch(gap):
            # "SIOM of the Chinese Academy of Sciences signed": the institute signs
            # ("The Department X (DX) of the Y and Z signed": the department and Z)
            run[0] = m
        elif (
            gap.strip() == ","
            and _GOVERNMENT_NAME.match(text, run[0][0], run[0][1])
            and _MINISTRY_NAME.match(text, m[0], m[1])
        ):
            # "the Ministry of Agriculture and Waterways, Government of the Republic of
            # Fiji, signed": the government the ministry belongs to, apposed
            run[0] = m
        elif _APPOSED_OWNER_GAP.fullmatch(gap):
            # "A, an autonomous institute under the Department Y (DY), Ministry Z, and
            # B signed": A and B; the owners the apposition names, up to its "and", are not
            k = 1
            while k < len(run) and not re.search(r"\band\b", text[run[k - 1][1] : run[k][0]]):
                k += 1
            run = [m, *run[k:]]
        elif (
            _LIST_GAP.fullmatch(gap)
            or not gap.strip(" ,")
            or _POSSESSED_WITH.fullmatch(gap)
            or _HEADS_GAP.fullmatch(gap)
            or _APPOSED_GAP.fullmatch(gap)
        ):
            run.insert(0, m)
        else:
            break
    return run


def _sentence_end_of_list(text: str, pos: int) -> int:
    m = re.search(
        r"[;:]|,\s+(?:which|who|whose|where|to|in\s+order|aimed|aiming|under|as|giving|making|a|an|its|their|the\s+(?:university|institute|school|college|hospital|company|country)['’]s)\b",
        text[pos:],
    )
    return pos + m.start() if m else len(text)

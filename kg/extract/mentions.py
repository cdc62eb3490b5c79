"""Institutions of one article and every place the article mentions them.

Names come from `kg.extract.names` (by shape); this module adds what only
the whole article tells: acronyms and other names given in brackets
("Hong Kong Polytechnic University (PolyU)", "(Universidade de Fortaleza,
Unifor)"), short forms used later ("Trinity", "Arid University"), the
parent of a unit named with a possessive, and each institution's country.
Then it finds every mention of every name and alias, sentence by sentence,
so agreement rules can work with institutions rather than strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from kg.extract.cues import SEAT_GAP
from kg.extract.names import (
    NON_ORG_TAILS,
    STOP_CAPS,
    TITLES,
    Candidate,
    find_candidates,
    head_kind,
    initials_of,
    tokenize,
    without_legal_form,
)
from kg.extract.places import Places
from kg.extract.text import LIST_ITEM, Sentence
from kg.names import fold as _fold


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """kg.names.fold, memoised: names repeat within and across articles."""
    return _fold(name)


#: a unit's name that says what it is of, not whose it is: "Faculty of
#: Nursing", "School of Law" (a university's name may follow it after a comma)
_UNIT_OF_NAMED = re.compile(r"(?:Faculty|School|College|Department|Institute)\s+of\s+[A-Z]")
_NEXT_IN_LIST = re.compile(r"\s*(?:\([^()]*\))?\s*,\s+(?:the\s+)?")
#: a government's name without its place: "State Government", "City Council"
_GOVERNMENT_TAIL = re.compile(
    r"(?:State|City|County|District|Provincial|Regional|Municipal|Metropolitan|Town)\s+"
    r"(?:Government|Council|Administration|Assembly)"
)
_PAREN = re.compile(r"\s*\(([^()]{1,90})\)")
_ACRONYM_LIKE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&\-\.]*[A-ZÀ-Þ0-9][A-Za-zÀ-ÿ0-9&\-\.]*|[A-Z][a-z]+[A-Z]\w*)$"
)
_GENERIC_FIRST = frozenset(
    """National State International Royal Federal Technical Open City Central Northern Southern Eastern
    Western North South East West New Old Public Private Free Catholic Islamic Christian American
    University College Institute School Faculty Medical Metropolitan Polytechnic Pedagogical Agricultural
    Capital Imperial""".split()
)

#: words that make "X <word> University" another institution than "X University"
_KIND_ADJECTIVES = frozenset(
    """Polytechnic Medical Technical Technological Normal Agricultural Pedagogical Metropolitan Open
    Baptist Catholic Christian Islamic Science Sciences Technology Economics Arts Health Teaching
    Research Maritime Aviation Sports Music Art Law Business Nursing Dental Veterinary Forestry Mining
    Petroleum Naval Military Police""".split()
)
#: disciplines that make "X <discipline> University" another institution than "X
#: University" ("Lanzhou Jiaotong University"), though a long name may drop
#: several words, one a discipline, for its short form ("Arid University")
#: (names.py's subject words answer another question: where a unit's name goes on)
_DISCIPLINE_WORDS = frozenset(
    """Jiaotong Jiao Tong Transport Transportation Engineering
    Industrial Commerce Commercial Finance Financial Foreign Languages Education Traditional
    Communication Communications Electronic Electronics Ocean Aeronautics Astronautics Aerospace
    Energy Pharmaceutical Pharmacy Geosciences Textile Telecommunications Posts Information
    Economic Political Tourism Agriculture Fisheries Defence Defense Environmental Design
    Architecture Chemical Electric Electrical Power Media Film Theatre Physical Studies
    Management Applied Computer Marine Humanities Social Union""".split()
)


@dataclass
class Institution:
    """An institution found in the article, with every form it is called by."""

    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "other"
    country: str | None = None
    unit_of: int | None = None  # index of the parent institution
    first: int = 0  # offset of the first mention
    count: int = 0  # number of mentions
    #: found only as a loose acronym ("KAIST" in passing): reported only when
    #: it is a party, since such words are as often programmes or abbreviations
    weak: bool = False

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class Mention:
    """One mention of institution `inst` in sentence `sentence`, at article
    offsets [start, end)."""

    inst: int
    start: int
    end: int
    sentence: int


_SIGN_WORDS = re.compile(
    r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)|seal(?:s|ed)|renew(?:s|ed)|conclude[sd]|partnered|teamed)\b"
)
#: stems, one of which every `_SIGN_WORDS` match holds as written: plain
#: substring tests, much cheaper than the regex most sentences fail
_SIGN_STEMS = ("sign", "ink", "seal", "renew", "conclude", "partnered", "teamed")


def _has_sign_word(text: str) -> bool:
    """`_SIGN_WORDS.search`, tried only when one of its stems is in the text."""
    return any(map(text.__contains__, _SIGN_STEMS)) and _SIGN_WORDS.search(text) is not None


#: nouns that, heading an appositive, say the name beside them is a body
#: ("Mila, the Montreal institute founded by ...", "The Vault Korea, a global
#: accelerator that ...", "the group's AI hub, LG Science Park, has signed")
_APPOSITIVE_NOUNS = {
    "university": "university", "college": "university", "academy": "university",
    "hospital": "hospital", "clinic": "hospital",
    "institute": "research_institute", "institution": "research_institute",
    "laboratory": "research_institute", "lab": "research_institute",
    "centre": "research_institute", "center": "research_institute",
    "agency": "government", "regulator": "government", "authority": "government",
    "company": "company", "firm": "company", "start-up": "company", "startup": "company",
    "accelerator": "company", "incubator": "company", "maker": "company",
    "manufacturer": "company", "developer": "company", "provider": "company",
    "operator": "company", "conglomerate": "company", "bank": "company",
    "insurer": "company", "subsidiary": "company", "hub": "other", "biotech": "company",
    "medtech": "company", "spin-off": "company", "recycler": "company", "producer": "company",
    "supplier": "company", "distributor": "company", "retailer": "company", "exporter": "company",
    "utility": "company", "carrier": "company", "airline": "company", "miner": "company",
    "refiner": "company", "shipyard": "company", "shipbuilder": "company", "lender": "company",
    "consultancy": "company", "cooperative": "company", "co-operative": "company", "chipmaker": "company", "automaker": "company", "carmaker": "company",
    "steelmaker": "company", "drugmaker": "company", "pharmaceutical company": "company",
    "foundation": "other", "organisation": "other", "organization": "other",
    "association": "other", "consortium": "other", "network": "other",
    "non-profit": "other", "nonprofit": "other", "charity": "other",
    "think tank": "other", "body": "other", "society": "other",
}  # fmt: skip
_APPOSITIVE_NOUN = (
    "(?:" + "|".join(sorted(map(re.escape, _APPOSITIVE_NOUNS), key=len, reverse=True)) + ")"
)
_NAME_RUN = r"[A-Z][\w&.\-]*(?:\s+(?:&\s+)?[A-Z][\w&.\-]*){0,4}"
#: "NAME, the/a ... NOUN that|founded|based|," and "... NOUN, NAME, has signed"
_APPOSITIVE = re.compile(
    rf"(?P<a>{_NAME_RUN}),\s+(?:the|a|an)\s+(?:[\w\-’']+\s+){{0,5}}?(?P<na>{_APPOSITIVE_NOUN})"
    r"(?!['’]s)(?=\s*[,.;:)]|\s+(?:that|which|founded|based|in|of|from|with|headquartered|known|"
    r"owned|run|set|established|created|launched|located|specialising|specializing|focused|"
    r"dedicated|behind|for|responsible|charged|tasked|representing|serving|overseeing)\b)"
    rf"|\b(?P<nb>{_APPOSITIVE_NOUN}),\s+(?P<b>{_NAME_RUN}),\s+(?=(?:has|have|had|signed|inked|sealed|"
    r"concluded|renewed|entered|agreed|partnered|teamed|said|announced)\b)"
)
#: " in Qatar (BUSM-Q)": a seat, then an acronym that holds a letter of it
_SEAT_BEFORE_ACRONYM = re.compile(
    r"\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?(?=\s*\((?:[A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?:-[A-Z][A-Za-z]*)?\))"
)
#: "X, the national agency for ...": a body told by what it is for
_FOR_AFTER = re.compile(r"\s+(?:for|responsible|charged|tasked|representing|serving|overseeing)\b")
#: "the Leuven start-up Cardiolytix", "the Israeli company Neuralytics": a kind
#: noun before a name that has no head word
_KIND_NOUNS = (
    "company|start-up|startup|firm|biotech|medtech|spin-off|developer|maker|manufacturer|provider|"
    "group|insurer|foundation|charity|non-profit|nonprofit|association|network|consortium|"
    "institute|laboratory|agency|NGO|cooperative|co-operative"
)
_KIND_BEFORE = re.compile(
    # (or the sentence's first words: "Chennai-based health-tech startup X on Monday signed")
    r"(?:\b[Tt]he\s+|^|(?<=, )|(?<=\band )|(?<=\bwith ))(?:[A-Z][\w\-]+\s+){0,2}(?:[a-z][\w\-]+\s+){0,2}?"
    rf"(?P<nc>{_KIND_NOUNS})"
    # ("the NGO Metges del Món Catalunya": the lowercase words of other languages' names)
    r"\s+(?P<c>[A-Z][\w&\-]*(?:\s+(?:(?:de|del|des|du|da|do|di|la)\s+)?[A-Z][\w&\-]*){0,2})"
    r"(?=\s+(?:and|has|have|had|signed|inked|sealed|agreed|will|is|was|said|on|in|at|to|for|under)\b|"
    r"[,.;:)](?!\w)(?!\s+[A-Z][\w.]{0,3}\.))"
)
#: a cheap test first: the kind nouns followed by a capital
#: the appositive nouns with the comma that ends them: "..., a global accelerator,"
_APPOSITIVE_NOUNS_COMMA = tuple(noun + "," for noun in _APPOSITIVE_NOUNS)
_KIND_HINT = re.compile(rf"\b(?:{_KIND_NOUNS})\s+[A-Z]")
#: the kind nouns as plain words: every `_KIND_HINT` match holds one as written
_KIND_NOUN_WORDS = tuple(_KIND_NOUNS.split("|"))
_BARE_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_BARE_WORD = r"[A-Z](?:[A-Z]{1,7}|[a-z]{3,14})(?![\w\-’'&*])"
#: a bare name in a party slot: before a signing verb, after "with" or
#: "between", or coordinated with a capitalised name before a verb
_BARE_SLOT = re.compile(
    # (a cheap lookahead first, of the letters every match opens with)
    r"(?=[A-Zabw])(?:"
    rf"(?:^|(?<=[\s(\"“]))(?P<a>{_BARE_WORD})(?:['’]s)?(?=\s+(?:has\s+|have\s+|had\s+|also\s+|today\s+|recently\s+|"
    r"formally\s+|officially\s+|jointly\s+)*(?:signed|inked|sealed|renewed|concluded|signs|inks|seals|renews|"
    r"partnered|teamed|entered)\b)|"
    rf"\b(?:with|between)\s+(?:the\s+)?(?P<b>{_BARE_WORD})|"
    rf"(?:^|(?<=[\s(\"“]))(?P<c>{_BARE_WORD})(?=\s+and\s+(?:the\s+|its\s+)?(?:[A-Z]|"
    r"(?:university|institute|hospital|college|school|company|agency|ministry)\b))|"
    # "X and NOMRA, the national agency, have signed", "X and KAIST signed"
    rf"\band\s+(?P<d>{_BARE_WORD})(?=(?:['’]s)?(?:,|\s+(?:have|has|had|signed|inked|sealed|renewed|"
    r"concluded|jointly|today|also|formally)\b)))"
)
#: a word followed by a lowercase content word is an adjective, not a name
_ADJECTIVE_AFTER = re.compile(
    r"\s+(?!(?:to|on|in|at|for|and|or|of|which|that|who|whose|with|under|as|from|by|since|over|about|"
    r"this|last|next|earlier|today|yesterday|recently|after|before|during|through|via|is|was|are|were|"
    r"has|have|had|will|would|signed|inked|sealed|said|says|announced|agreed|also|jointly|formally|"
    r"officially|a|an|the|its|their|into|against|within|across|between|among|per|than|but|while)\b)"
    r"[a-z]"
)
_DEMONYM = re.compile(r"(?:ian|ean|ese|ish|ic|an|i)$")
_LIST_AFTER = re.compile(r"\s*(?:,|\s+and\b|\s+or\b)")
#: head words of other languages and their English ("Universidade de X" = "University of X")
_HEAD_IN_ENGLISH = {
    **dict.fromkeys(
        "University Universidade Universidad Université Universität Università Universitas Universiti "
        "Universitatea Uniwersytet Univerzita Universitet".split(),
        "university",
    ),
    **dict.fromkeys(
        "Institute Instituto Institut Istituto Instytut Instituut".split(), "institute"
    ),
    **dict.fromkeys("Hospital Hôpital Ospedale Szpital".split(), "hospital"),
}
#: heads of names in other languages, and English heads, for glosses
_FOREIGN_HEAD = re.compile(
    r"\b(?:Instituut|Institutet|Instytut|Instituto|Istituto|Universiteit|Universidad|Universidade|"
    r"Università|Universität|Université|Uniwersytet|Univerzita|Hogeschool|Hochschule|Egyetem|"
    r"\w+egyetem|yliopisto|universitet\w*|univerzita|Ziekenhuis|Sykehus|\w*sykehus|\w*sjukhus|"
    r"Politecnico|Politechnika|Centrum|Zentrum|Rede|Rete|Réseau|Netzwerk|Ústav|Fakulta|Fakultet|Wydział|Lembaga|Jabatan|"
    r"Kementerian|Badan|Dinas|Fakultas|Fakulti|Hôpital|Ospedale|Szpital|Krankenhaus|Klinikum|"
    r"Hospitali|Chuo|\w+klinikum|\w+zentrum)\b"
)
_ENGLISH_HEAD = re.compile(
    r"\b(?:University|Institute|College|Hospital|Centre|Center|School|Faculty|Academy|"
    r"Polytechnic|Department)\b"
)
_GLOSS_GAP = re.compile(
    r"\s*(?:\([^()]{1,15}\))?(?:"
    # "Hospitali ya Rufaa ya X, Ndanda — St X's Referral Hospital —": set off by dashes
    r"(?:,\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?\s+[—–]\s+(?:the\s+)?|"
    r",\s+(?:or\s+)?(?:the\s+)?|\s*\[(?:the\s+)?)"  # "X (XY) [English name]"
)
_OF_WORDS = frozenset("of de do da di del della degli dei du des der".split())
#: (opening with the capital and only then looking behind it, `X(?<!\w.)` for
#: `(?<!\w)X`, matches the same spans, but lets the engine skip from capital to
#: capital instead of trying the lookbehind at every character)
_CAPS_WORD = re.compile(r"[A-Z](?<![\w\-].)[A-Z]{1,7}(?![\w\-])")
#: an acronym that keeps a connector in lower case: "MESCyT", "CONICyT"
_MIXED_ACRONYM = re.compile(r"[A-Z](?<![\w\-].)[A-Z]{1,5}(?:y|e|de|do|da)[A-Z]{1,3}(?![\w\-])")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Rector|Dean|Director|Chancellor|Vice-Chancellor|Minister|"
    r"CEO|Chair|Chairman|Chairwoman|Governor|Mayor|Secretary|Ambassador)\.?\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"|\b(?-i:[A-Z][a-z]{2,})\s+)$"
)
_SAYS = re.compile(r"\s+(?:said|says|added|told|noted|explained|stressed)\b")
_FORMERLY = re.compile(
    r",\s+(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+|named\s+)?(?:the\s+)?"
)
#: ", a Norwegian institution known locally as ", ", also known as ": another
#: name of the body just named
KNOWN_AS = re.compile(
    r",\s+(?:(?:also|locally|better|widely|commonly|popularly)\s+|(?:an?|the)\s+[^,.;()]{0,60}?\s+)?"
    # "known locally as", "known across the region simply as"
    r"(?:known|called)\s+(?:(?!as\b)[\w\-’']+\s+){0,4}?as\s+(?:the\s+)?"
)
#: "X, as Y is formally known": X is Y's full name (the match ends where Y starts)
_AS_IT_IS_KNOWN = re.compile(
    r",\s+as\s+(?:the\s+)?(?=[A-Z][^,.;()]{2,80}?\s+is\s+(?:[a-z]+\s+)?(?:known|called|named)\b)"
)
#: "Wageningen UR — as Wageningen University & Research was then called —",
#: "Pell Tech (as the Pell Institute of Technology was known at the time)":
#: the words before are an older name of the body told after "as"
AS_IT_WAS_CALLED = re.compile(
    r"\s*(?:[—–]|--|\(|,)\s*as\s+(?:the\s+)?(?=[A-Z][^,.;()—–]{2,80}?\s+(?:was|were)\s+"
    r"(?:then\s+|formerly\s+|once\s+|still\s+)?(?:called|known|named)\b)"
)
#: the whole aside, from its opening comma or dash to its closing one
AS_IT_WAS_CALLED_ASIDE = (
    r"\s*(?:,|[—–])\s*as\s+(?:the\s+)?[A-Z][^,.;()—–]{2,80}?\s+(?:was|were)\s+"
    r"(?:then\s+|formerly\s+|once\s+|still\s+)?(?:called|known|named)(?:\s+at\s+the\s+time)?\s*(?:,|[—–])"
)


def may_tell_older_name(text: str) -> bool:
    """A cheap test for the words every "as X was then called" clause holds:
    most articles have none of them, and need not run the patterns."""
    return "as " in text and ("called" in text or "known" in text or "named" in text)


#: the capitalised words of a name just before: "Wageningen UR", "Pell Tech"
_NAME_BEFORE = re.compile(r"(?<![\w&])[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|&|of|de))*$")
#: the words of an office named without its body ("International Relations Office")
_OFFICE_OF_ITS_OWN = frozenset("International Relations Affairs Cooperation Co-operation Global Engagement Office".split())
#: the levels of government no town council shares a name with: "the West Java
#: provincial government" governs a region, even one the gazetteer does not know
_REGIONAL_LEVELS = frozenset({"provincial", "regional", "prefectural", "metropolitan", "state"})
#: what follows an English rendering set after a name: its town, then the verb or
#: the end of the sentence ("..., the Swiss Centre for Avalanche Research in Davos.")
_GLOSS_ENDS = re.compile(
    r"(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?"
    r"(?:,\s+(?:has\s+|have\s+|also\s+|today\s+|on\s+\w+\s+)*(?:signed|inked|agreed|renewed|concluded)\b|\.(?:\s|$))"
)
#: what follows a town in capitals opening a dateline: a date, a region, a dash
_DATELINE_AFTER_CITY = re.compile(
    r",\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|\s+[—–]\s"
)
#: a dateline opening a line: a place in capitals, then a comma
#: (a state's code may follow in brackets: "CAMPO GRANDE (MS) –")
_CAPS_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*(?:\s+\([A-Z]{2,3}\))?(?:,|\s+[—–-]{1,2}\s)"
)
#: acronyms and capitalised words that name no body
_NOT_BODIES = frozenset(
    """MOU MOUS MOA MOAS MOC LOI AI ICT IT STEM CEO CFO CTO COO PHD USD EUR GBP JPY KRW RMB CNY AUD CAD
    US USA UK EU UAE COVID GMT UTC AM PM TV ESG SDG SDGS NASDAQ NYSE TSX ASX KOSPI BA BSC MSC MBA MD
    HR IP IOT VR AR API GDP CO2 NEWSWIRE WIRE PR ID DNA RNA MRI CT ICU OECD FAQ PDF URL ROK PRC ASAP
    ALSO THE AND FOR NEW MASTER BACHELOR DOCTOR FALL SPRING SUMMER WINTER DUAL DOUBLE JOINT
    NEWS RELEASE PRESS MEDIA UPDATE BREAKING EXCLUSIVE IMMEDIATE EDUCATION HEALTH SCIENCE BUSINESS
    LOCAL WORLD NATIONAL CAMPUS OPINION FEATURE ANNOUNCEMENT STATEMENT NOTICE NGO NGOS NPO SME SMES CSO""".split()
)

#: headline words that are never part of a name: verbs of agreeing, prepositions, instruments
_TITLE_WORD = re.compile(
    r"\b(?:Signs?|Signed|Signing|Inks?|Inked|Seals?|Sealed|Renews?|Renewed|Launch(?:es|ed)?|Partners?|Partnered|"
    r"Joins?|Joined|Teams?|Up|Agrees?|Agreed|Forges?|Forged|Strikes?|Boosts?|Expands?|Deepens?|Strengthens?|"
    r"Enters?|Announces?|Announced|Establish(?:es|ed)?|Opens?|Unveils?|Renewal|Ties?|With|To|On|Over|As|Into|"
    r"And|Of|The|For|In|At|"
    r"Memorandum|Memoranda|Understanding|MoUs?|MOUs?|Agreements?|Pact|Deal|Partnership|Collaboration|"
    r"Cooperation|Co-operation|Accord|Letter|Intent)\b"
)
_LOCAL_HEAD_HINT = re.compile(
    r" (?:administration|government|council|authorit|assembly|municipality of|province of|county of|"
    r"canton of|prefecture of|governorate of)"
)
#: "the municipality of Zwolle", "the province of Overijssel": a lowercase head before the place
_DESCRIBED_NOUNS = (
    "university",
    "hospital",
    "institute",
    "college",
    "academy",
    "company",
    "firm",
    "agency",
)
_DESCRIBED_ACRONYM = re.compile(
    r"\b[Tt]he\s+(?P<noun>" + "|".join(_DESCRIBED_NOUNS) + r")\s+"
    r"\((?P<acr>[A-Z][\w\-]*[A-Z][\w\-]*(?:\s+[A-Z][^\s()]*)?)\)"
)
_LOCAL_GOVERNMENT_OF = re.compile(
    r"\bthe\s+(?P<head>municipality|province|county|canton|prefecture|governorate|"
    # "the city government of Tacloban", "the provincial council of Leyte"
    r"(?:city|municipal|provincial|regional|district|state|county|town)\s+"
    r"(?:government|administration|council|authorities|authority))\s+of\s+"
    r"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
)
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![\w'’])(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:city|municipal|provincial|regional|district|county|regency|prefectural|state|metropolitan|"
    r"town|village)\s+(?:administration|government|council|authority|authorities|assembly)\b"
)
_WORDS = re.compile(r"[^\W\d_][\w'’\-]*")


def _has_words(text: str, n: int) -> bool:
    """True when `text` holds `n` words or more: the count stops at the n-th
    word, where listing every word of a long sentence would be wasted."""
    return next(islice(_WORDS.finditer(text), n - 1, None), None) is not None


#: connectors left out of a name's initials
_NAME_GLUE_ALL = frozenset(
    "of for de del della des du da do dos das di d' l' la le les el en et y e und the and van von der".split()
)
_NAME_GLUE = frozenset("of for de del da di du des van von at in und y e et na".split())


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when no capitalised word or name connector touches the word:
    "with Huawei and", not "Ministry of Education and", "Hong Kong"."""
    if start and text[start - 1] in "'’":
        return False  # "Campus Numérique d'Abidjan": the end of a longer name
    before = text[:start].split()[-2:]
    if before and before[-1] == "the":
        before = before[:-1]
    if before:
        prev = before[-1].strip('(“"')
        if prev and (prev[0].isupper() or prev in _NAME_GLUE):
            return False
    nxt = text[end:].split(None, 1)
    return not (nxt and nxt[0][0].isupper())


def _is_title_line(text: str) -> bool:
    """Headlines in Title Case ("KMU Signs Collaboration Agreement With ...")
    make every word look like a name; they are only searched for known names."""
    if text.rstrip().endswith(".") or len(text) > 200:
        return False
    words = _WORDS.findall(text)
    if len(words) < 4:
        return False
    caps = sum(
        w[0].isupper()
        for w in words
        if w.lower() not in {"of", "and", "the", "for", "in", "with", "to", "a", "on", "at"}
    )
    content = sum(
        1
        for w in words
        if w.lower() not in {"of", "and", "the", "for", "in", "with", "to", "a", "on", "at"}
    )
    return content > 0 and caps / content > 0.75


#: (and "Institut Teknologi Priangan/ITP": a name and its acronym joined by a slash)
_ALIAS_SPLIT = re.compile(r"[,;]|\bor\b|(?<=[a-z])/(?=[A-Z]{2,8}$)")
_ALIAS_LEAD = re.compile(
    r"^(?:formerly|former(?:ly)? known as|known as|aka|now|then|previously)\s+", re.I
)
_LONG_NUMBER = re.compile(r"\d{3,}")
_ONE_CAPITALISED = re.compile(r"^[A-Z][a-z]{2,}$")


def _alias_items(inner: str) -> list[str]:
    """Forms given in brackets after a name: "PolyU", "Universidade de
    Fortaleza, Unifor", "formerly X". Dates, places and words are not."""
    items = []
    for raw in _ALIAS_SPLIT.split(inner):
        item = raw.strip().strip("“”\"'‘’")
        item = _ALIAS_LEAD.sub("", item)
        if not item or len(item) > 80 or _LONG_NUMBER.search(item):
            continue
        if not item[0].isupper() and not item[0].isdigit():
            continue
        words = item.split()
        # ("ŠTU", "ÖBB": capitals beyond Latin-1 are an acronym's too)
        # ("UFR/SDS": a unit's acronym after its university's kind of unit)
        acronym = _ACRONYM_LIKE.match(item) or (
            item.isupper() and item.replace("-", "").replace("/", "").isalpha()
        )
        single = len(words) == 1 and not acronym and not head_kind(item)
        # a single capitalised word may still be a short name ("Unifor", "Mila")
        if single and (not _ONE_CAPITALISED.match(item) or item in STOP_CAPS):
            continue
        items.append(item)
    return items


def _romance_name(tokens, acronym: str):
    """ "Centre africain d'études supérieures en gestion (CESAG)": a head
    word followed by lowercase words, as French, Spanish, Portuguese and
    Italian names are written, closed by the acronym of the name."""
    words = [t for t in tokens if t.text[0].isalnum()]
    for back in range(2, min(9, len(words)) + 1):
        first = words[-back]
        rest = words[-back + 1 :]
        if not first.text[0].isupper() or head_kind(first.text) is None:
            continue
        if any(t.text[0].isupper() for t in rest):
            return None
        if first.text[0].upper() == acronym[0].upper() and tokens[-1].text[0].isalnum():
            return [first, *rest]
        return None
    return None


#: English words that end a local name read backwards from its gloss
_ENGLISH_LOWER = frozenset(
    """a an the of for and or in on at to with by from as is are was were be been has have had
    its their his her our new also which who that this these those said signed between""".split()
)
#: "the Privredna komora Crne Gore (Chamber of Economy of Montenegro)"
_GLOSS_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?$")


def _glossed_local_names(sentence: str, cands: list[Candidate]) -> list[Candidate]:
    """ "the Privredna komora Crne Gore (Chamber of Economy of Montenegro)",
    "the Handelskammer Wien (Vienna Chamber of Commerce)": a name in
    another language without a head word we know, glossed in brackets by an
    English name we do know, is that body's own name. Only after "the" or
    an owner's name: a person glossed by an employer ("Ana Horvat
    (University of Split)") is never "the Ana Horvat"."""
    out = []
    for cand in cands:
        gap = _GLOSS_OPEN.search(sentence, 0, cand.start)
        close = sentence.find(")", cand.end)
        if gap is None or close < 0 or close - cand.end > 12:
            continue  # the gloss alone in its brackets, or with a short form after it
        tokens = tokenize(sentence[: gap.start()])
        run = []
        for tok in reversed(tokens):
            if (
                tok.text.lower() in _ENGLISH_LOWER
                or not (tok.is_word or tok.text in "-–")
                or tok.text.endswith(("'s", "’s"))
            ):
                break
            run.insert(0, tok)
        words = [t for t in run if t.is_word]
        if (
            not 1 <= len(words) <= 6
            or not run[0].is_cap
            or run[0].text in STOP_CAPS
            or any(t.text.capitalize() in TITLES for t in words)  # "the Rector (University of X)"
            or len(tokens) == len(run)
            # after "the" or an owner's name ("Birch's Handelskammer ...")
            or not (
                tokens[-len(run) - 1].text.lower() == "the"
                or tokens[-len(run) - 1].text.endswith(("'s", "’s"))
            )
            or any(c.start <= run[0].start < c.end or c.start < run[-1].end <= c.end for c in cands)
            or sum(t.is_cap for t in words) * 2 < len(words)
        ):
            continue
        local = sentence[run[0].start : run[-1].end]
        if local.isascii() and all(t.is_cap for t in words) and len(cand.text.split()) < 3:
            continue  # "the Kiel Dataset (Kiel University)": nothing says it is another language
        start = run[0].start
        out.append(Candidate(start, run[-1].end, local, cand.kind))
    return out


_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,90}\)$")
#: capitals opening a paragraph as its kicker: "SIGNED. ", "NOT SIGNED (YET). "
_CAPS_KICKER = re.compile(r"(?:[A-Z][A-Z'’\-]+,?\s+){0,5}[A-Z][A-Z'’\-]+(?:\s+\([A-Z ]+\))?[.:]\s+(?=[A-Z])")
_OWNER_LINKS = frozenset("of do da de di del der du des von".split())
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
#: "Helix Analytics Ltd", "Helix Analytics, Inc.": its own legal form next
_LEGAL_NEXT = re.compile(
    r",?\s+(?:Ltd|Limited|Inc|Corp|Co|GmbH|AG|S\.?A|plc|PLC|LLC|Pty|Pte|\(Pvt)\b"
)


def occurrences(text: str, word: str, possessive: bool = False):
    """(start, end) of each occurrence of `word` in `text` as a whole word
    (no letter, digit or hyphen touching it; with `possessive`, an "'s"
    may follow and is included). A string search: a regex built per word
    would be compiled anew for every name of every article."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if possessive and text[end : end + 2] in ("'s", "’s"):
            end += 2
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            yield start, end
        start = text.find(word, start + 1)


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if text[max(0, start - 2) : start] == "--":
        before = " "  # "MILAN--(BUSINESS WIRE)--14 June 2024--Alder Imaging S.p.A."
    if before.isalnum() or before in "-_" or after in "-_":
        return False
    return not after.isalnum()


#: schools of French, Spanish and Portuguese that may stand on their own
_SCHOOL_HEADS = frozenset("École Ecole Escuela Escola".split())
#: "École de médecine de l'Université de X": a school inside its university's name
_UNIVERSITY_INSIDE = re.compile(r"\b(?:Universit|Univerzit|Universidad|Universidade)", re.I)


#: last words of a document's name, whose acronym names the document (narrower
#: than names._INSTRUMENT_TAILS: "Korea Rural Health Partnership (KRHP)" is a body)
_DOCUMENT_NAME_ENDS = (
    "Agreement|Memorandum|Understanding|Arrangement|Contract|Protocol|Accord|Charter|Intent"
)


def _document_acronym(text: str, word: str) -> bool:
    """True when `word` is defined in brackets after a document's name."""
    return (
        word.isupper()
        and f"({word})" in text  # every match holds it: cheaper than compiling the pattern
        and bool(re.search(rf"\b(?:{_DOCUMENT_NAME_ENDS})\s*\({re.escape(word)}\)", text))
    )


_PLACE_LINKS = frozenset("de du des d' d’ of van von".split())


def _initials_and_place(words: list[str]) -> list[str]:
    """Short forms made of the initials of a name's first words and the
    place it ends with: "CHR Hesbaye", "CHU Bobo-Sud", "UMC Zuidwest"."""
    out = []
    for k in range(2, len(words)):
        head, rest = words[:k], words[k:]
        if not all(w[:1].isupper() for w in head):
            break
        while rest and rest[0] in _PLACE_LINKS:
            rest = rest[1:]
        if len(rest) == 1 and rest[0][:1].isupper():
            out.append("".join(w[0] for w in head) + " " + rest[0])
    return out


def reported_kind(inst: Institution) -> str:
    """The kind a review file reports. "École nationale des sages-femmes de
    Lomé", "Escuela Politécnica Nacional": a school of the Romance languages
    that no university holds is an institution of higher education of its
    own, not a unit (within the article it is still read as a school: "the
    school" refers to it)."""
    if (
        inst.kind == "academic_unit"
        and inst.unit_of is None
        and inst.name.split()[0] in _SCHOOL_HEADS
        and not _UNIVERSITY_INSIDE.search(inst.name)
    ):
        return "university"
    return inst.kind


#: "(QS)" after "Quacquarelli Symonds"
_BRACKETED_WORD = re.compile(r"\(([A-Z][A-Za-z&\-]{1,9})\)")
_NOT_CAPITAL = re.compile(r"[^A-Z]")
#: a country before or after a mention: "China's X", "X in Turkey", "X, Ghana,"
_POSSESSOR_BEFORE = re.compile(r"([A-Z][\w\- ]*?)['’]s\s+(?:[a-z\-]+\s+)?$")
_PLACE_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?,?\s+(?:in|of|based in|in the)\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)"
)
_APPOSED_PLACE = re.compile(r",\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)[,.]")


class ArticleInstitutions:
    """Institutions of one article and their mentions."""

    def __init__(self, sentences: list[Sentence], text: str, places: Places):
        self.sentences = sentences
        self.text = text
        self.places = places
        self.institutions: list[Institution] = []
        self._by_form: dict[str, int] = {}
        self.mentions: list[list[Mention]] = []
        #: the words in capitals of the text, read once for the two passes that want them
        self._caps_words = list(_CAPS_WORD.finditer(text))
        self._collect()
        self._older_names()
        self._towns_of_short_forms()
        self._described_acronyms()
        self._local_governments()
        self._undeclared_acronyms()
        self._bare_names()
        self._appositive_names()
        self._short_forms()
        self._government_tails()
        self._joined_names()
        self._headline_prefixes()
        self._loose_acronyms()
        self._translated_names()
        self._glosses()
        self._former_names()
        self._find_mentions()
        self._places_not_bodies()
        self._credits_not_bodies()
        self._units_at()
        self._countries()
        self._listed_where_they_sign()

    def _listed_where_they_sign(self) -> None:
        """Bodies an article names mostly as something else, kept for the
        agreements they sign but not listed otherwise: a city or province
        named like a place, an international office named without its body,
        a forum (mostly an event a signing takes place at)."""
        for inst in self.institutions:
            if (
                inst.name.endswith((" City", " Province"))
                and inst.kind == "government"
                and self.places.is_place(inst.name)
            ):
                inst.weak = True  # "Mexico City", "Eastern Province"
            elif (
                inst.name.endswith(" Office")
                and set(inst.name.split()) <= _OFFICE_OF_ITS_OWN
                # (not "Alder's International Office": an owner said)
                and inst.unit_of is None
                and f"'s {inst.name}" not in self.text
                and f"’s {inst.name}" not in self.text
            ):
                inst.weak = True  # "the International Office": the newsroom's own
            elif inst.name.endswith(" Forum"):
                inst.weak = True  # "the Pakistan-Uzbekistan Higher Education Forum"

    # -- building the list -------------------------------------------------
    def index_of(self, form: str) -> int | None:
        return self._by_form.get(fold(form))

    def _add(self, cand: Candidate, offset: int, forms: list[str]) -> int:
        existing = None
        for form in [cand.text, *cand.variants, *forms]:
            idx = self._by_form.get(fold(form))
            if idx is not None:
                if form in cand.variants and self._of_another_owner(cand.text, form, idx):
                    continue
                existing = idx
                break
        if existing is None:
            self.institutions.append(Institution(cand.text, [], cand.kind, first=offset))
            existing = len(self.institutions) - 1
        inst = self.institutions[existing]
        for form in [cand.text, *cand.variants, *forms]:
            self._register(existing, form)
        longer = len(cand.text) > len(inst.name) and fold(cand.text) != fold(inst.name)
        if longer and cand.text not in forms and fold(inst.name) in fold(cand.text):
            # the fullest form is the name
            inst.aliases.append(inst.name)
            inst.name = cand.text
            inst.aliases = [a for a in inst.aliases if fold(a) != fold(cand.text)]
        if cand.possessor and inst.unit_of is None:
            parent = self._by_form.get(fold(cand.possessor))
            if parent is not None and parent != existing:
                inst.unit_of = parent
                if inst.kind not in ("academic_unit", "hospital", "research_institute"):
                    inst.kind = "academic_unit"
        return existing

    def _of_another_owner(self, name: str, short: str, idx: int) -> bool:
        """ "Faculty of Law of the University of B" after "Faculty of Law of
        Rijksuniversiteit A": the same unit name, owned by another body."""
        if not name.startswith(short + " of "):
            return False
        owner = name[len(short) + 4 :].removeprefix("the ")
        if not any(head_kind(w) for w in owner.split()):
            return False
        inst = self.institutions[idx]
        forms = list(inst.forms)
        if inst.unit_of is not None:
            forms += self.institutions[inst.unit_of].forms
        if any(fold(owner) in fold(f) for f in forms):
            return False
        # (the unit known so far by its own name alone may be this owner's)
        return any(f.startswith(short + " of ") for f in inst.forms)

    def _register(self, idx: int, form: str) -> None:
        key = fold(form)
        if not key:
            return
        self._by_form.setdefault(key, idx)
        inst = self.institutions[idx]
        if (
            self._by_form[key] == idx
            and key != fold(inst.name)
            and all(fold(a) != key for a in inst.aliases)
        ):
            inst.aliases.append(form)

    def _joined_names(self) -> None:
        """ "KBC Kvarner and Liburnia University faculty renew ...": a headline
        read before the body joined two names; once the body names the first
        ("the Kvarner Clinical Hospital Centre (KBC Kvarner)"), the joined name
        is the second only."""
        for idx, inst in enumerate(self.institutions):
            if not inst.name or " and " not in inst.name:
                continue
            left, _, right = inst.name.rpartition(" and ")
            owner = self._by_form.get(fold(left))
            if (
                owner is None
                or owner == idx
                # one word only as the short form of a longer name ("Brennwald and
                # Klinikum X gGmbH" after "Brennwald Sensorik GmbH")
                or (len(left.split()) < 2 and len(self.institutions[owner].name.split()) < 2)
                or not (
                    head_kind(right.split()[-1])
                    or (len(left.split()) < 2 and any(head_kind(w) for w in right.split()))
                )
            ):
                continue
            self._by_form.pop(fold(inst.name), None)
            inst.aliases = [a for a in inst.aliases if fold(a) != fold(right)]
            inst.name = right
            self._register(idx, right)

    def _collect(self) -> None:
        titles = []
        for sent in self.sentences:
            headline = sent.index == 0 or _has_words(sent.text, 6)
            if (
                headline
                and not LIST_ITEM.match(sent.text)
                and " | " not in sent.text  # a table row, not a headline
                and _is_title_line(sent.text)
            ):
                titles.append(sent)
                continue
            cands = find_candidates(sent.text, self.places.is_place, self.places.is_country)
            cands += self._acronym_defined(sent.text, cands)
            cands += _glossed_local_names(sent.text, cands)
            for cand in sorted(cands, key=lambda c: c.start):
                left, _, right = cand.text.rpartition(" and ")
                if left and fold(right) in self._by_form:
                    # "The Provincial Government of X and Undana": Undana is a body already named
                    cand.text, cand.end = left, cand.start + len(left)
                first, _, rest = cand.text.partition(" and ")
                if first and rest.strip() and fold(first) in self._by_form and head_kind(rest.split()[-1]):
                    # "between Corvane and Brisbane Metro Hospital and Health Service":
                    # Corvane is a body already named
                    cand.text, cand.start = rest, cand.start + len(first) + 5
                forms = []
                paren = _PAREN.match(sent.text, cand.end)
                seat = None if paren else _SEAT_BEFORE_ACRONYM.match(sent.text, cand.end)
                if seat:
                    # "Brandell University School of Medicine in Qatar (BUSM-Q)": the
                    # acronym of the name with its seat
                    paren = _PAREN.match(sent.text, seat.end())
                    forms.append(cand.text + sent.text[cand.end : seat.end()].rstrip())
                    if paren:
                        forms += _alias_items(paren.group(1))
                elif paren:
                    forms = _alias_items(paren.group(1))
                    again = _PAREN.match(sent.text, paren.end())
                    if again and again.group(1).lstrip()[:1] in "\"“":
                        # 'X (ASX: CVT) ("Corvane" or "the Company")': its defined short names
                        forms += _alias_items(again.group(1))
                    town = paren.group(1).strip()
                    if (
                        cand.kind == "university"
                        and " " not in town
                        and town[:1].isupper()
                        and town[1:].islower()  # (not an acronym: "(MUT)")
                        and self.places.is_place(town)
                        and not self.places.is_country(town)
                    ):
                        # "China University of Geosciences (Wuhan)": a campus town written
                        # as part of the name
                        forms.append(f"{cand.text} ({town})")
                    # "(Saint-Brieuc)" is where; but "(UBA)" is an acronym even if a town is Uba
                    forms = [
                        f
                        for f in forms
                        if not self.places.is_place(f)
                        or (f.isupper() and len(f) >= 3 and not self.places.is_country(f))
                    ]
                if cand.possessor and cand.possessor in cand.text:
                    # "School of Business of Hong Kong Metropolitan University":
                    # the parent is a body of the article too
                    at = cand.text.rindex(cand.possessor)
                    parent = Candidate(
                        cand.start + at,
                        cand.start + at + len(cand.possessor),
                        cand.possessor,
                        "university",
                    )
                    initials = "".join(w[0] for w in cand.possessor.split() if w[0].isupper())
                    theirs = [
                        f
                        for f in forms
                        if f.replace(".", "") == initials
                        # "(UniPiave)" after "X of the Università degli Studi del Piave"
                        or (f.startswith("Uni") and f[3:] in cand.possessor.split())
                    ]
                    forms = [f for f in forms if f not in theirs]  # "(HKMU)": the parent's
                    self._add(parent, sent.start + parent.start, theirs)
                self._add(cand, sent.start + cand.start, forms)
        for sent in titles:
            self._collect_title(sent)

    def _collect_title(self, sent: Sentence) -> None:
        """Names in a Title Case headline ("Alder University And Cedar
        University Sign MoU"): the headline's verbs, prepositions and
        instrument nouns are read in lower case, and only names whose head
        says university, hospital, government body or company (or that
        have an "of" complement) are kept, since a capitalised headline
        makes any phrase look like a name."""
        masked = _TITLE_WORD.sub(lambda m: m.group(0).lower(), sent.text)
        for cand in find_candidates(masked, self.places.is_place, self.places.is_country):
            text = sent.text[cand.start : cand.end]
            if " of " not in text and (
                cand.kind not in ("university", "hospital", "government", "company")
                or not head_kind(text.split()[-1])
            ):
                continue  # "University Exchange Agreement": no name
            if text != masked[cand.start : cand.end]:
                continue  # a masked word inside: not a name
            cand.text = text
            self._add(cand, sent.start + cand.start, [])

    def _described_acronyms(self) -> None:
        """ "The signatories are the university (UMF Racoviță), ...": an
        acronym in brackets after "the university" is the short form of the
        university named before it."""
        low = self.text.lower()
        if not any(f"{noun} (" in low for noun in _DESCRIBED_NOUNS):
            return  # (a cheap test first: most articles have none)
        for m in _DESCRIBED_ACRONYM.finditer(self.text):
            kind = _APPOSITIVE_NOUNS.get(m.group("noun").lower())
            named = [
                (inst.first, idx)
                for idx, inst in enumerate(self.institutions)
                if inst.name and inst.kind == kind and inst.first < m.start()
            ]
            if not named or fold(m.group("acr")) in self._by_form:
                continue
            idx = max(named)[1]
            self._register(idx, m.group("acr"))
            self._register(idx, m.group("acr").split()[0])

    def _local_governments(self) -> None:
        """ "the Kupang city administration", "the Cusco regional
        government": a place and a lowercase government head name a body
        that can sign; no capital letter marks its head."""
        for sent in self.sentences:
            if not _LOCAL_HEAD_HINT.search(sent.text):
                continue  # most sentences name no lowercase government head
            for m in _LOCAL_GOVERNMENT.finditer(sent.text):
                words = m.group("place").split()
                cut = next(
                    (k for k in range(len(words)) if self.places.is_place(" ".join(words[k:]))),
                    None,
                )
                if cut is None and (
                    m.group(0).split()[len(words)] not in _REGIONAL_LEVELS
                    or not sent.text.endswith(("the ", "The "), 0, m.start())
                    or any(head_kind(w) for w in words)
                    # ("the Andalusian regional government": a people, not a place's name)
                    or self.places.demonym(words[-1]) is not None
                    or re.search(r"(?:ian|ish|ese)$", words[-1])
                ):
                    continue  # "the Birch city council": no place we know
                cut = cut or 0  # ("the West Java provincial government": a region's own)
                lead = len(" ".join(words[:cut])) + 1 if cut else 0
                begin = m.start() + lead
                name = sent.text[begin : m.end()]
                if fold(name) not in self._by_form:
                    cand = Candidate(begin, m.end(), name, "government")
                    self._add(cand, sent.start + begin, [])
            for m in _LOCAL_GOVERNMENT_OF.finditer(sent.text):
                if not self.places.is_place(m.group("place")):
                    continue  # "the province of Birch": no place we know
                begin = m.start("head")
                name = sent.text[begin : m.end()]
                if fold(name) not in self._by_form:
                    self._add(Candidate(begin, m.end(), name, "government"), sent.start + begin, [])

    def _bare_names(self) -> None:
        """Bodies named only by an acronym or a brand ("KAIST", "CSIRO",
        "Huawei"): no head word says what they are, so they count only in
        the slot of a party of a signing ("KAIST signed ...", "... with
        Huawei", "KAIST and X signed"). A brand word must also recur in
        the article."""
        text = self.text
        if not _has_sign_word(text):
            return
        counts: dict[str, int] = {}
        for sent in self.sentences:
            if not _has_sign_word(sent.text):
                continue
            for m in _BARE_SLOT.finditer(sent.text):
                slot = m.lastgroup
                word = m.group(slot)
                start = m.start(slot)
                if fold(word) in self._by_form or not self._bare_ok(word):
                    continue
                if not _stands_alone(sent.text, start, start + len(word)):
                    continue  # the last or first word of a longer name
                if (
                    slot == "b"
                    and _ADJECTIVE_AFTER.match(sent.text, start + len(word))
                    or (_DEMONYM.search(word) and _LIST_AFTER.match(sent.text, start + len(word)))
                ):
                    continue  # "with Argentine agrarian faculty", "with Malaysian, Indonesian varsities"
                if self.places.demonym(word):
                    continue  # "with the Dutch Hogeschool X": a nationality, not a brand
                listed = _FROM_PLACES.search(sent.text, 0, start)
                if listed and any(
                    self.places.is_place(w.strip(",")) for w in listed.group(0).split()[1:]
                ):
                    continue  # "universities from northern Portugal and Galicia signed": a region
                owner = self._complement_owner(word)
                if owner is not None:
                    # "deal with Minho" after "Universidade do Minho": its short form
                    self._register(owner, word)
                    continue
                acronym = bool(_BARE_ACRONYM.match(word))
                if not acronym:
                    if not m.group("b"):
                        continue  # "Reinicke signed": a surname, not a brand
                    if word not in counts:
                        counts[word] = sum(1 for _ in occurrences(text, word))
                    if counts[word] < 2 or self._a_person(word):
                        continue  # "sign the agreement with Okafor" after "President Grace Okafor"
                self._add(
                    Candidate(start, start + len(word), word, "other"), sent.start + start, []
                )

    def _loose_acronyms(self) -> None:
        """ "KAIST", "OIC", "COMSTECH" named in passing: a word of three to
        eight capitals that is no known abbreviation, place or form of a
        body already found is a body of its own (kind unknown)."""
        for m in self._caps_words:
            word = m.group(0)
            if (
                len(word) < 3
                or word in _NOT_BODIES
                or word in STOP_CAPS
                or fold(word) in self._by_form
            ):
                continue
            if self.places.is_place(word) or self.places.is_country(word):
                continue
            if head_kind(word.title()):
                continue  # "CARSON CITY, Nev.": a word in capitals, not an acronym
            if _document_acronym(self.text, word):
                continue  # "a Research Collaboration Agreement (RCA)": the document's short name
            line_start = self.text.rfind("\n", 0, m.start()) + 1
            if (
                m.start() == line_start
                and self.text.startswith(",", m.end())
                and self.places.is_place(word.title())
            ):
                continue  # "AARHUS, Denmark, May 6 --": a dateline's city
            if m.start() == line_start and _DATELINE_AFTER_CITY.match(self.text, m.end()):
                continue  # "FERNWICK, 19 September 2024 (ACI) –": a dateline's town
            opening = _CAPS_DATELINE.match(self.text, line_start)
            if opening and m.end() < opening.end() and " " in opening.group(0):
                continue  # "AUBURN FALLS, Wash. —": a dateline's town of several words
            line_end = self.text.find("\n", m.end())
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].split()
            if sum(w.isupper() for w in line) > 0.6 * len(line):
                continue  # a headline in capitals: "KAIST SIGNS MOU WITH CITY"
            kicker = _CAPS_KICKER.match(self.text, line_start)
            if kicker and m.end() <= kicker.end():
                continue  # "OLD NEWS, BUT REAL. The two universities ...": a kicker
            if next(occurrences(self.text, word.lower()), None) is not None:
                continue  # "BUT" where the text also writes "but": a word in capitals
            owners = {
                i
                for i, inst in enumerate(self.institutions)
                if inst.name and word in inst.name.split()
            }
            if owners:
                if len(owners) == 1:  # "Fraunhofer Institute for ... Immunology IZI": "IZI"
                    self._register(owners.pop(), word)
                continue
            before = len(self.institutions)
            idx = self._add(Candidate(m.start(), m.end(), word, "other"), m.start(), [])
            if idx >= before:
                self.institutions[idx].weak = True

    def _translated_names(self) -> None:
        """ "Universidade de Évora" and "the University of Évora" in one
        article: the same body, its name and its English rendering."""
        seen: dict[str, int] = {}
        for idx, inst in enumerate(self.institutions):
            if not inst.name or inst.kind == "academic_unit":
                continue
            words = inst.name.split()
            if len(words) < 3:
                continue
            head = _HEAD_IN_ENGLISH.get(words[0])
            link = words[1].lower()
            if head is None or link not in _OF_WORDS:
                continue
            key = head + " of " + " ".join(words[2:]).lower()
            if key in seen and seen[key] != idx:
                self._merge(idx, seen[key])
            else:
                seen[key] = idx

    def _glosses(self) -> None:
        """ "the Nederlands Instituut voor Deltaonderzoek (NIDO), the
        Netherlands Institute for Delta Research, on the Dutch side": an
        English name set right after a name in another language, sharing
        one of its words, renders it; it is the same body."""
        live = [(idx, inst) for idx, inst in enumerate(self.institutions) if inst.name]
        for idx, inst in live:
            if not _FOREIGN_HEAD.search(inst.name):
                continue
            for _start, end in occurrences(self.text, inst.name):
                m = _GLOSS_GAP.match(self.text, end)
                if m is None:
                    continue
                for other, gloss in live:
                    if (
                        other == idx
                        or not gloss.name
                        or not self.text.startswith(gloss.name, m.end())
                    ):
                        continue
                    # "X (LKIM), or the Y"; "X (RISLUS) [Y]": a translation in brackets
                    said_or = " or " in self.text[end : m.end()] or "[" in self.text[end : m.end()]
                    if said_or or (
                        _ENGLISH_HEAD.search(gloss.name)
                        and (
                            _shares_stem(inst.name, gloss.name)
                            # "X (IRMA), the South Tyrol Mountain Research Institute in
                            # Bolzano, signed": an apposition no "and" continues
                            or _GLOSS_ENDS.match(self.text, m.end() + len(gloss.name)) is not None
                        )
                        # (not "X, the Centre hospitalier universitaire de Y": a name
                        # of the same language is the next body of a list)
                        and all(w in _ENGLISH_GLUE for w in gloss.name.split() if w.islower())
                    ):
                        self._merge(other, idx)
                break

    def _undeclared_acronyms(self) -> None:
        """ "GLPU" in an article about Great Lakes Polytechnic University
        that never writes "(GLPU)": an acronym of capitals used on its own
        is the short form of the one named body whose initials it spells."""
        initials: dict[str, list[int]] = {}
        for idx, inst in enumerate(self.institutions):
            if not inst.name or inst.kind == "academic_unit":
                continue
            for form in inst.forms:
                # (every full form: "SNIT" for the Sree Narayana Institute of Technology,
                # Vadakara, whose name without its town is another of its forms)
                caps = [w for w in form.split() if w[:1].isupper() and w not in ("The",)]
                key = "".join(w[0] for w in caps).upper()
                if len(caps) >= 2 and idx not in initials.get(key, []):
                    initials.setdefault(key, []).append(idx)
            for form in inst.forms:
                # "MRESH" for the Ministère des Ressources en eau et de la Sécurité
                # hydrique: the initials of every word but the connectors
                words = [w for w in form.split() if w.lower() not in _NAME_GLUE_ALL]
                if len(words) >= 3 and any(w[:1].islower() for w in words):
                    key = "".join(w[0] for w in words).upper()
                    if idx not in initials.get(key, []):
                        initials.setdefault(key, []).append(idx)
        for m in [*self._caps_words, *_MIXED_ACRONYM.finditer(self.text)]:
            word = m.group(0)
            # "MESCyT" for the Ministerio de Educación Superior, Ciencia y Tecnología
            owners = initials.get(word) or initials.get("".join(c for c in word if c.isupper()))
            if (
                owners
                and len(owners) == 1
                and len(word) >= 3
                and fold(word) not in self._by_form
                and not self.institutions[owners[0]].name.startswith(word)
            ):
                self._register(owners[0], word)

    def _a_person(self, word: str) -> bool:
        """True when the article calls `word` a person somewhere: after a
        title or a first name ("President Grace Okafor"), or saying things
        ("Okafor said")."""
        for start, end in occurrences(self.text, word):
            if _PERSON_BEFORE.search(self.text, max(0, start - 40), start) or _SAYS.match(
                self.text, end
            ):
                return True
        return False

    def _former_names(self) -> None:
        """ "Medisfera, formerly Bioimaging Italia S.r.l., has ...": the
        former name is another name of the same body, not another body."""
        found = [*_FORMERLY.finditer(self.text), *KNOWN_AS.finditer(self.text)]
        if " as " in self.text:
            found += _AS_IT_IS_KNOWN.finditer(self.text)
        for m in found:
            before, after = (
                self.text[max(0, m.start() - 120) : m.start()],
                self.text[m.end() : m.end() + 120],
            )
            # "X (its name in Vietnamese), formerly Y": the bracket is X's own
            before = _TRAILING_BRACKET.sub("", before)
            now = self._longest_form(before.endswith)
            then = self._longest_form(after.startswith)
            if now is not None and then is not None and now != then:
                self._merge(then, now)

    def _older_names(self) -> None:
        """ "Wageningen UR — as Wageningen University & Research was then
        called — and X agreed": the words before "as" are the body's older
        name, a form of it wherever the article uses them, though they have
        no head word of their own."""
        if not may_tell_older_name(self.text):
            return
        for m in AS_IT_WAS_CALLED.finditer(self.text):
            old = _NAME_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            now = self._longest_form(self.text[m.end() : m.end() + 120].startswith)
            if old is None or now is None:
                continue
            form = old.group(0)
            if len(form.split()) < 2 or form.split()[0] in STOP_CAPS:
                continue  # ("Then — as X was called —": a word, not a name)
            known = self._by_form.get(fold(form))
            if known is None:
                self._register(now, form)
            elif known != now and self.institutions[known].name:
                self._merge(known, now)

    def _towns_of_short_forms(self) -> None:
        """ "National University of Ireland, Clonmel has signed ... NUI
        Clonmel President X": the town after a name's comma is part of the
        name when the article's short form keeps it (its initials and the town)."""
        text = self.text
        for idx, inst in enumerate(self.institutions):
            if not inst.name or "," in inst.name or len(inst.name.split()) < 3:
                continue
            if inst.name + ", " not in text:
                continue  # (most names are never followed by a comma: no pattern to build)
            for m in re.finditer(re.escape(inst.name) + r",\s+([A-Z][\w\-]+)\b(?!\s+[A-Z])", text):
                town = m.group(1)
                short = re.search(rf"\b([A-Z]{{2,6}})\s+{re.escape(town)}\b", text)
                if short is None or not initials_of(inst.name, short.group(1)):
                    continue
                old = inst.name
                inst.name = f"{old}, {town}"
                inst.aliases = [a for a in inst.aliases if fold(a) != fold(inst.name)] + [old]
                self._by_form.setdefault(fold(inst.name), idx)
                known = self._by_form.get(fold(short.group(0)))
                if known is None:
                    self._register(idx, short.group(0))
                elif known != idx and self.institutions[known].name:
                    self._merge(known, idx)
                break

    def _longest_form(self, fits) -> int | None:
        """The body whose longest form `fits` (a test on the form), if any."""
        best = max(
            (
                (len(form), idx)
                for idx, inst in enumerate(self.institutions)
                if inst.name
                for form in inst.forms
                if fits(form)
            ),
            default=None,
        )
        return best[1] if best else None

    def _complement_owner(self, word: str) -> int | None:
        """The one institution whose name ends in "of/do/de ... `word`"
        ("Universidade do Minho" for "Minho"), else None."""
        owners = {
            i
            for i, inst in enumerate(self.institutions)
            if inst.name
            and inst.name.endswith(" " + word)
            and inst.name[: -len(word) - 1].rsplit(" ", 1)[-1] in _OWNER_LINKS
        }
        return owners.pop() if len(owners) == 1 else None

    def _appositive_names(self) -> None:
        """Bodies with no head word that an appositive names for what they
        are: "with Mila, the Montreal institute founded by ...". The noun
        must head the appositive (not "the university's president") and the
        name must not be a place or a known body's first word."""
        for sent in self.sentences:
            text = sent.text
            # a cheap test first: an appositive opens with an article, or its noun ends at a comma
            maybe = ", the " in text or ", a " in text or ", an " in text
            if not maybe and "," in text:
                low = text.lower()
                maybe = any(map(low.__contains__, _APPOSITIVE_NOUNS_COMMA))
            matches = list(_APPOSITIVE.finditer(text)) if maybe else []
            # a cheap test: most sentences name no kind noun (substring tests first)
            if any(map(text.__contains__, _KIND_NOUN_WORDS)) and _KIND_HINT.search(text):
                matches += _KIND_BEFORE.finditer(sent.text)
            for m in matches:
                slot = "c" if m.re is _KIND_BEFORE else "a" if m.group("a") else "b"
                if slot == "a" and any(
                    w in TITLES or w.title() in TITLES
                    for w in m.group(0)[len(m.group("a")) :].split()
                ):
                    continue  # "Prof. X, the President of the Japanese university": a person
                name, start = m.group(slot), m.start(slot)
                noun = m.group("n" + slot).lower()
                if (
                    slot == "a"
                    and noun in ("laboratory", "lab", "centre", "center", "hub")
                    and _FOR_AFTER.match(text, m.end())
                ):
                    continue  # "H2Lab, the joint laboratory for hydrogen": a lab, told by its purpose

                end = start + len(name)
                if slot == "c":
                    # after its kind noun ("the NGO X"), a name is alone when nothing capitalised follows
                    if not _stands_alone(" " + sent.text[end:], 0, 0):
                        continue
                elif not _stands_alone(sent.text, start, end):
                    continue
                words = name.split()
                # "with The Vault Korea" keeps its "The"; a sentence's own does not
                while (
                    words
                    and (words[0] in STOP_CAPS or words[0] in TITLES)
                    and not (words[0] == "The" and start > 0 and len(words) > 1)
                ):
                    start += len(words[0]) + 1
                    words = words[1:]
                name = " ".join(words)
                if not words or fold(name) in self._by_form:
                    continue
                if slot == "c" and any(
                    form.startswith((name + " ", name + ",", name + "."))
                    for form in self._by_form_names()
                ):
                    continue  # "the Mexican firm Laboratorios X, S.A. de C.V.": named in full
                if (
                    len(words) == 1
                    and not self._bare_ok(name)
                    and not (self.places.is_place(name) and not self.places.is_country(name))
                ):
                    continue
                if self.places.is_country(name) or (len(words) > 1 and self.places.is_place(name)):
                    continue
                if any(w.lower() in ("university", "institute", "hospital") for w in words):
                    continue  # a name with a head word: the name finder's job
                kind = _APPOSITIVE_NOUNS.get(noun, "company" if noun == "group" else "other")
                self._add(Candidate(start, start + len(name), name, kind), sent.start + start, [])

    def _by_form_names(self) -> list[str]:
        return [form for inst in self.institutions for form in inst.forms]

    def _bare_ok(self, word: str) -> bool:
        if word in STOP_CAPS or word in TITLES or word.upper() in _NOT_BODIES:
            return False
        if head_kind(word) or word in NON_ORG_TAILS:
            return False
        if self.places.is_place(word) or self.places.is_country(word):
            return False
        if _document_acronym(self.text, word):
            return False  # "a Research Collaboration Agreement (RCA)": the document's short name
        # a word that opens a known name is its short form, not another body
        return not any(inst.name.split()[0] == word for inst in self.institutions if inst.name)

    def _acronym_defined(self, sentence: str, cands: list[Candidate]) -> list[Candidate]:
        """A capitalised run without a head word, defined by an acronym of
        its initials ("Quacquarelli Symonds (QS)"), is an organisation."""
        out = []
        for m in _BRACKETED_WORD.finditer(sentence) if "(" in sentence else ():
            acr = m.group(1)
            end = m.start()
            while end > 0 and sentence[end - 1] == " ":
                end -= 1
            if not _ACRONYM_LIKE.match(acr):
                continue
            before = [c for c in cands if c.end == end]
            tokens = tokenize(sentence[:end])
            romance = _romance_name(tokens, acr)
            if romance is not None:
                if not (before and before[0].start <= romance[0].start):
                    out.append(
                        Candidate(
                            romance[0].start,
                            end,
                            sentence[romance[0].start : end],
                            head_kind(romance[0].text) or "other",
                        )
                    )
                    for c in before:
                        cands.remove(c)
                continue
            run = []
            for tok in reversed(tokens):
                if tok.text[0].isupper() or tok.text.lower() in (
                    "of",
                    "and",
                    "for",
                    "&",
                    "the",
                    ",",
                ):
                    run.insert(0, tok)
                else:
                    break
            while run and (
                run[0].text.lower() in ("of", "and", "for", "&", "the", ",")
                or run[0].text in STOP_CAPS
            ):
                run = run[1:]
            caps = [t.text for t in run if t.text[0].isupper()]
            if len(caps) < 2 or len(caps) > 8 or caps[-1] in NON_ORG_TAILS:
                continue  # "Comprehensive Economic Partnership Agreement (CEPA)" is no body
            initials = "".join(w[0] for w in caps).upper()
            letters = _NOT_CAPITAL.sub("", acr.upper())
            if initials == letters or (len(letters) >= 3 and initials.startswith(letters)):
                if before and before[0].start <= run[0].start:
                    continue  # the name by shape already covers it
                text = sentence[run[0].start : end]
                kind = before[0].kind if before else "other"
                for c in before:
                    cands.remove(c)
                out.append(Candidate(run[0].start, end, text, kind))
        return out

    def _short_forms(self) -> None:
        """Short forms the article uses on their own: "Trinity" for Trinity
        College Dublin, "York" for the University of York, "Karazin
        University" for V. N. Karazin Kharkiv National University."""
        text = self.text
        possessive_shorts = [
            fold(short)
            for inst in self.institutions
            if inst.name
            for short in [_possessive_short(inst.name)]
            if short
        ]
        for idx, inst in enumerate(list(self.institutions)):
            if inst.kind == "academic_unit" or not inst.name:
                continue
            plain = without_legal_form(inst.name)
            if (
                plain
                and fold(plain) not in self._by_form
                and any(
                    not _CAPITAL_NEXT.match(text, end) or _LEGAL_NEXT.match(text, end)
                    for _, end in occurrences(text, plain)
                )
            ):
                # "Helix Analytics Ltd ... Wearside University and Helix Analytics signed"
                self._register(idx, plain)
            words = inst.name.split()
            if len(words) >= 3 and words[-1] in ("Health", "Healthcare", "HealthCare"):
                # "Gulf Meridian" for Gulf Meridian Health, a health system
                short = " ".join(words[:-1])
                if fold(short) not in self._by_form and any(
                    not _CAPITAL_NEXT.match(text, end) for _, end in occurrences(text, short)
                ):
                    self._register(idx, short)
            if inst.kind == "university" and "U" in text:
                # "UniTirreno" for the Università degli Studi del Tirreno, "UVigo"
                # for the Universidade de Vigo
                for word in words[1:]:
                    for short in ("Uni" + word, "U" + word):
                        if (
                            len(word) >= 4
                            and word[0].isupper()
                            and short in text
                            and fold(short) not in self._by_form
                            and re.search(rf"\b{re.escape(short)}\b", text)
                        ):
                            self._register(idx, short)
            if inst.kind == "government":
                # "City of Seongnam" is also "Seongnam City"; places are not short names
                city = re.fullmatch(r"City (?:Government )?of (.+)|(.+) City", inst.name)
                if city:
                    place = city.group(1) or city.group(2)
                    # (and "City Government of Tagum" is "Tagum City")
                    for other in (f"{place} City", f"City of {place}", f"City Government of {place}"):
                        jdx = self._by_form.get(fold(other))
                        if jdx is not None and jdx != idx and self.institutions[jdx].name:
                            self._merge(jdx, idx)
                    if any(
                        not _CAPITAL_NEXT.match(text, end) for _, end in occurrences(text, place)
                    ):
                        self._register(idx, place)
                continue
            for short in _initials_and_place(words):
                # "CHR Hesbaye" for Centre Hospitalier Régional de Hesbaye, "UMC Zuidwest"
                # for Universitair Medisch Centrum Zuidwest (found by its own head too)
                jdx = self._by_form.get(fold(short))
                if jdx is not None and jdx != idx and fold(self.institutions[jdx].name) == fold(short):
                    self._merge(jdx, idx)
                elif (
                    jdx is None
                    and short in text  # every match holds it: cheaper than compiling the pattern
                    and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text)
                ):
                    self._register(idx, short)
            for form in inst.forms:
                short = _possessive_short(form)
                if (
                    short
                    # (not when two bodies open with it: "St. Luke's Hospital" and
                    # "St. Luke's College")
                    and possessive_shorts.count(fold(short)) == 1
                    and fold(short) not in self._by_form
                    and any(
                        not _CAPITAL_NEXT.match(text, end) for _, end in occurrences(text, short)
                    )
                ):
                    # "St. Monica's" for St. Monica's Mission Hospital, Kendu Bay; "Lone
                    # Star Children's" for Lone Star Children's Hospital
                    self._register(idx, short)
                    break
            company = inst.kind == "company" and bool(plain)
            if company:
                words = plain.split()  # "Majan Aluminium Smelting Company S.A.O.G.": "Majan"
            if len(words) > 4:
                continue
            candidates = []
            if (
                len(words) >= 2
                # ("Wageningen" for Wageningen University & Research: a university
                # whose head word comes second, joined to what it adds)
                and (
                    head_kind(words[-1])
                    or company
                    or (inst.kind == "university" and words[1] == "University" and words[2:3] in (["&"], ["and"]))
                )
                and words[0] not in _GENERIC_FIRST
                and words[0][0].isupper()
                and not (company and self.places.is_place(words[0]))
                # (not "Indonesian" for the Indonesian Students' Association: a people)
                and self.places.demonym(words[0]) is None
            ):
                candidates.append(words[0])
            if len(words) >= 3 and head_kind(words[0]) and words[1] == "of" and len(words) == 3:
                candidates.append(words[2])
            if (
                len(words) == 3
                and head_kind(words[-1])
                and not head_kind(words[1])
                and words[1][:1].isupper()
                and words[0] not in _GENERIC_FIRST
                # every match holds the two words and their "'s": a cheap test first
                and (" ".join(words[:2]) + "'s" in text or " ".join(words[:2]) + "’s" in text)
                and re.search(rf"\b{re.escape(' '.join(words[:2]))}['’]s\b", text)
            ):
                # "Pueblo Lutheran's agreement" for Pueblo Lutheran College (a possessive: a
                # two-word place such as "Niger Delta" is not a short name of its own)
                candidates.append(" ".join(words[:2]))
            if (
                company
                and len(words) == 3
                and words[1][:1].isupper()
                and not head_kind(words[1])
                and words[0] not in _GENERIC_FIRST
            ):
                candidates.append(" ".join(words[:2]))  # "Maré Viva" for Maré Viva Energia S.A.
            if (
                len(words) == 2
                and words[0] in _FOREIGN_HEAD_WORDS
                and words[1][:1].isupper()
                and not head_kind(words[1])
                and not self.places.is_place(words[1])
            ):
                candidates.append(words[1])  # "IJsseldelta" for Hogeschool IJsseldelta
            if (
                len(words) >= 4
                and head_kind(words[0])
                and words[1:3] == ["of", "the"]
                and len(words) == 4
            ):
                candidates.append(words[3])
            for short in candidates:
                if fold(short) in self._by_form or len(short) < 3 or short in STOP_CAPS:
                    continue
                if self.places.is_country(short):
                    continue
                used = False
                for m_start, m_end in occurrences(text, short, possessive=True):
                    after = text[m_end : m_end + 30]
                    before = text[max(0, m_start - 12) : m_start]
                    if re.match(r"\s+(?:[A-Z]|of\b|&)", after) or re.search(
                        r"(?:\bin|\bat|\bto|\bfrom|\bnear|\bof|-)\s*$", before
                    ):
                        continue
                    if before.endswith("(") and after.startswith(")"):
                        continue  # "Urmia University (Urmia)": where it is
                    if (m_start == 0 or text[m_start - 1] == "\n") and re.match(
                        r",|\s+[—–-]", after
                    ):
                        continue  # "Tehran, Nov 23, IRNA –", "İstanbul — 20.02.2024": a dateline
                    used = True
                    break
                if used:
                    self._register(idx, short)
        # multi-word short forms found as names of their own
        for idx, inst in enumerate(self.institutions):
            if inst.kind == "academic_unit" or len(inst.name.split()) > 3:
                continue
            words = inst.name.split()
            for jdx, other in enumerate(self.institutions):
                if jdx == idx or other.kind != inst.kind or len(other.name.split()) <= len(words):
                    continue
                owords = other.name.split()
                if owords[: len(words)] == words or " of " in other.name:
                    continue
                if (
                    words[-1] in owords
                    and all(w in owords for w in words)
                    # in the same order: "Qatar University" is not "Texas A&M University at Qatar"
                    and [owords.index(w) for w in words] == sorted(owords.index(w) for w in words)
                    and words[0] not in _GENERIC_FIRST
                    # "Hong Kong University" is not "Hong Kong Polytechnic University"
                    and not (set(owords) - set(words)) & _KIND_ADJECTIVES
                    and not (
                        len(owords) == len(words) + 1 and (set(owords) - set(words)) & _DISCIPLINE_WORDS
                    )
                ):
                    self._merge(idx, jdx)
                    break

    def _government_tails(self) -> None:
        """ "the State Government" in an article about the Ebonyi State
        Government: a government named without its place is the one
        government of the article whose name ends so."""
        for idx, inst in enumerate(self.institutions):
            if not inst.name or not _GOVERNMENT_TAIL.fullmatch(inst.name):
                continue
            owners = [
                j
                for j, other in enumerate(self.institutions)
                if j != idx and other.name and other.name.endswith(" " + inst.name)
            ]
            if len(owners) == 1 and self.institutions[owners[0]].kind == "government":
                self._merge(idx, owners[0])

    def _headline_prefixes(self) -> None:
        """ "Kita-Daichi University" (a headline's short form) for the
        Kita-Daichi University of Agriculture and Veterinary Science: a name
        that another one of the same kind continues with an "of"/"for"
        complement naming no other body ("Alder University Hospital" and
        "University of X, Y" are other institutions)."""
        named = [(i, inst) for i, inst in enumerate(self.institutions) if inst.name]
        for i, short in named:
            if short.kind == "academic_unit" or len(short.name.split()) < 2:
                continue
            for j, long in named:
                if j == i or long.kind != short.kind or not long.name:
                    continue
                rest = long.name[len(short.name) :]
                if (
                    long.name.startswith(short.name)
                    and re.match(r" (?:of|for) [A-Z]", rest)
                    and "," not in rest
                    and not any(head_kind(w) for w in rest.split())
                ):
                    self._merge(i, j)
                    break

    def _merge(self, src: int, dst: int) -> None:
        inst = self.institutions[src]
        for form in inst.forms:
            self._by_form[fold(form)] = dst
            if all(fold(a) != fold(form) for a in self.institutions[dst].aliases):
                self.institutions[dst].aliases.append(form)
        inst.aliases = []
        inst.name = ""

    # -- mentions ------------------------------------------------------------
    def _find_mentions(self) -> None:
        """Every occurrence of every name and alias, longest first, as whole
        words (a trailing possessive allowed)."""
        self.mentions = [[] for _ in self.sentences]
        spans: list[tuple[int, int, int]] = []
        forms = sorted(
            {
                (form, idx)
                for idx, inst in enumerate(self.institutions)
                if inst.name
                for form in inst.forms
            },
            # longest first; a form two institutions share goes to the one it
            # is registered to, else the first (never to set order)
            key=lambda p: (-len(p[0]), self._by_form.get(fold(p[0])) != p[1], p[1], p[0]),
        )
        taken = bytearray(len(self.text) + 1)
        for form, idx in forms:
            start = self.text.find(form)
            while start >= 0:
                end = start + len(form)
                if _whole_word(self.text, start, end) and not any(taken[start:end]):
                    spans.append((start, end, idx))
                    taken[start:end] = b"\x01" * (end - start)
                start = self.text.find(form, start + 1)
        spans.sort()
        bounds = [(s.start, s.end, s.index) for s in self.sentences]
        k = 0
        for start, end, idx in spans:
            while k < len(bounds) and bounds[k][1] <= start:
                k += 1
            if k < len(bounds) and bounds[k][0] <= start and end <= bounds[k][1]:
                self.mentions[bounds[k][2]].append(Mention(idx, start, end, bounds[k][2]))
                self.institutions[idx].count += 1

    def _places_not_bodies(self) -> None:
        """ "a hospital in Sendai City", "factories in South Gyeongsang
        Province": a city or province named only as where things are is a
        place, not a government that acts; it is no institution."""
        for idx, inst in enumerate(self.institutions):
            if not (inst.name and inst.kind == "government" and _PLACE_SHAPED.fullmatch(inst.name)):
                continue
            spans = [m for ms in self.mentions for m in ms if m.inst == idx]
            if spans and all(
                LOCATIVE_BEFORE.search(self.text, max(0, m.start - 12), m.start) for m in spans
            ):
                self._drop(idx)
        # "signed in Lublin" when "the City of Lublin" is a body too: there the
        # town is where, not who
        for k, ms in enumerate(self.mentions):
            self.mentions[k] = [
                m
                for m in ms
                if not (
                    self.institutions[m.inst].kind == "government"
                    and " " not in self.text[m.start : m.end]
                    and self.places.is_place(self.text[m.start : m.end])
                    and LOCATIVE_BEFORE.search(self.text, max(0, m.start - 12), m.start)
                )
                and not self._town_of_a_name(m)
            ]

    def _town_of_a_name(self, m: Mention) -> bool:
        """ "signed in Moshi by ...": a one-word short form that is the town
        a body's name begins with ("Moshi" of Moshi Zonal Referral Hospital),
        or a known place it ends with ("Rostock" of the University of
        Rostock), after "in", is the town."""
        form = self.text[m.start : m.end]
        name = self.institutions[m.inst].name or ""
        return (
            self.institutions[m.inst].kind in ("hospital", "university", "research_institute")
            and " " not in form
            and not form.isupper()
            and (
                name.startswith(form + " ")
                or (name.endswith(" " + form) and self.places.is_place(form))
            )
            and _IN_PLACE_BEFORE.search(self.text, max(0, m.start - 12), m.start) is not None
        )

    def _drop(self, idx: int) -> None:
        """Forget a body found by shape that is none, with its mentions."""
        inst = self.institutions[idx]
        inst.name, inst.aliases = "", []
        for k, ms in enumerate(self.mentions):
            self.mentions[k] = [m for m in ms if m.inst != idx]

    def _credits_not_bodies(self) -> None:
        """ "(ANSA) - TREVISO, NOV 12 - ..." and "... next year. (ANSA)": a
        wire agency credited in brackets at the start or end of a line is
        the source of the story, not a body in it."""
        for idx, inst in enumerate(self.institutions):
            if not inst.name or " " in inst.name or not inst.name.isupper():
                continue
            spans = [m for ms in self.mentions for m in ms if m.inst == idx]
            if spans and all(_credit_at(self.text, m.start, m.end) for m in spans):
                self._drop(idx)

    def _units_at(self) -> None:
        """ "the College of Medicine at Pacific Islands University": a unit
        named with "at" and a university belongs to it. So does one with
        its university after a comma ("the Faculty of Nursing, Lanna
        University, signed"), and that whole form is one of its names."""
        for mentions in self.mentions:
            for k, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
                unit, parent = self.institutions[a.inst], self.institutions[b.inst]
                if (
                    unit.kind != "academic_unit"
                    or unit.unit_of is not None
                    or parent.kind != "university"
                    or a.inst == b.inst
                ):
                    continue
                if SEAT_GAP.fullmatch(self.text, a.end, b.start):
                    unit.unit_of = b.inst
                elif (
                    self.text[a.end : b.start] == ", "
                    and _UNIT_OF_NAMED.match(self.text, a.start)
                    # not a list: "the Department of Education, X University, Y College"
                    and not (
                        k + 2 < len(mentions)
                        and _NEXT_IN_LIST.fullmatch(self.text, b.end, mentions[k + 2].start)
                    )
                ):
                    unit.unit_of = b.inst
                    self._register(a.inst, self.text[a.start : b.end])

    def _countries(self) -> None:
        for idx, inst in enumerate(self.institutions):
            if not inst.name:
                continue
            code = None
            for form in inst.forms:
                code = self.places.in_text(form)
                if code:
                    break
            if code is None:
                code = self._country_nearby(idx)
            inst.country = code
        for inst in self.institutions:
            if inst.country is None and inst.unit_of is not None:
                inst.country = self.institutions[inst.unit_of].country

    def _country_nearby(self, idx: int) -> str | None:
        """A country said right before or after a mention: "China's Hunan
        City University", "Kastamonu University in Turkey"."""
        for sent_mentions in self.mentions:
            for m in sent_mentions:
                if m.inst != idx:
                    continue
                before = self.text[max(0, m.start - 25) : m.start]
                after = self.text[m.end : m.end + 40]
                # (a possessive needs its apostrophe: a cheap test first)
                pm = _POSSESSOR_BEFORE.search(before) if "'" in before or "’" in before else None
                if pm:
                    code = self.places.in_text(pm.group(1))
                    if code:
                        return code
                am = _PLACE_AFTER.match(after)
                if am:
                    code = self.places.in_text(am.group(1))
                    if code:
                        return code
                am = _APPOSED_PLACE.match(after)
                if am:
                    code = self.places.code(am.group(1))
                    if code:
                        return code
        return None


#: heads that open a name in their language, whose second word is used alone
_FOREIGN_HEAD_WORDS = frozenset(
    """Hogeschool Hochschule Fachhochschule Universität Universiteit Universitet Högskolan
    Høgskolen Yliopisto Politecnico Politechnika Uniwersytet Univerzita""".split()
)


#: "from northern Portugal and ", "in Kenya, Uganda and ": places listed before a word
_FROM_PLACES = re.compile(r"\b(?:from|in|across)\s+(?:[\w\-]+,?\s+){0,3}$")


#: the lowercase words an English rendering of a name may hold
_ENGLISH_GLUE = frozenset("of for the and in on at".split())


def _credit_at(text: str, start: int, end: int) -> bool:
    """True when the word at [start, end) is bracketed at the start or the
    end of its line: "(ANSA) - ...", "... (ANSA).", "(AIP)"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:line_end].strip(" -–—().").replace(text[start:end], "", 1).strip():
        return True  # "--SPA" on a line of its own: the story's sign-off
    if re.match(r"\s*(?:--|—|–|-)\s", text[end : end + 5]) and re.search(
        r"\d", text[line_start:start]
    ):
        return True  # "Riyadh, January 23, 2025, SPA -- ...": the dateline's agency
    if re.search(r"\d.*\|\s*$", text[line_start:start]) and re.match(r"\s*\|", text[end : end + 3]):
        return True  # "2024-09-20 13:05 | BNS | Science": a wire's header line
    if not (text[start - 1 : start] == "(" and text[end : end + 1] == ")"):
        return False
    if start - 1 == line_start:
        return True
    if re.match(r"\)\s*(?:--|—|–|-)\s", text[end : end + 6]) and re.search(
        r"\d", text[line_start:start]
    ):
        return True  # "ABU DHABI, 5th February, 2024 (WAM) -- ...": the dateline's agency
    # "... next year. (ANSA)": after a sentence's end, not after a name ("X (VEO).")
    return not text[end + 1 : line_end].strip(" .") and bool(
        re.search(r"[.!?\"”]\s*$", text[line_start : start - 1])
    )


#: a government named like a place: "Sendai City", "Miyagi Prefecture"
_PLACE_SHAPED = re.compile(
    r"(?:[A-Z][\w\-’']*\s+){1,3}(?:City|Prefecture|Province|County|District|Region)"
)
#: "in", "near", "across" ... right before a name: where something is
#: "in Moshi", "near Moshi": where, for a town that also opens a body's name
_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|across|throughout)\s+$")
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|across|around|outside|throughout|from|of)\s+(?:the\s+)?$"
)


#: a saint's name in the possessive opening a body's name: "St. Monica's", "Saint Luke's"
_SAINTS_NAME = re.compile(r"(?:St\.?|Saint|Ste\.?)\s+[A-Z][\w\-]+['’]s\b")
#: "Lone Star Children's" before "Hospital": words up to a possessive, then the rest
_POSSESSIVE_OPENING = re.compile(r"(?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*['’]s(?=\s)")
#: words after a possessive that say what kind of body it is
_AFTER_POSSESSIVE = frozenset(
    "Mission Memorial Medical Teaching Regional General Referral Specialist Research Health and".split()
)


def _possessive_short(name: str) -> str | None:
    """The opening of a name up to its possessive when only words of kind
    follow ("St. Monica's" of St. Monica's Mission Hospital, "Lone Star
    Children's" of Lone Star Children's Hospital), else None."""
    if "'s" not in name and "’s" not in name:
        # a cheap test first: both patterns below end in ['’]s, so a name
        # without a possessive matches neither (most names)
        return None
    saint = _SAINTS_NAME.match(name)
    opening = saint or _POSSESSIVE_OPENING.match(name)
    if opening is None or opening.end() >= len(name):
        return None
    rest = name[opening.end() :].split(",")[0].split()
    if saint or (rest and all(head_kind(w) or w in _AFTER_POSSESSIVE for w in rest)):
        return opening.group(0)
    return None


def _shares_stem(name: str, gloss: str) -> bool:
    """True when a word of the gloss (not a head or a function word) starts
    like a word of the name: "Delta Research" / "Deltaonderzoek",
    "Nyírség" / "Nyírségi"."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", gloss) if not _ENGLISH_HEAD.fullmatch(w)]
    stems = {w[:4].lower() for w in words if w.lower() not in ("with", "from", "their")}
    shared = stems & {w[:4].lower() for w in re.findall(r"[^\W\d_]{4,}", name)}
    if not shared:
        return False
    if shared <= _SUBJECT_STEMS:
        # "Technische Universität X (TU X), Da Nang University of Marine Technology
        # and ...": a subject word in common, and words of its own before the head,
        # make the next body of a list, not a rendering ("Technical University of Munich")
        head = _ENGLISH_HEAD.search(gloss)
        before = gloss[: head.start()].split() if head else []
        return all(w[:4].lower() in _SUBJECT_STEMS or w.lower() == "the" for w in before)
    return True


#: openings of subject words that names in many languages share ("Technische",
#: "Technology"; "Medizinische", "Medical"): no sign of one body by themselves
_SUBJECT_STEMS = frozenset(
    "tech medi scie nati inte heal rese engi agri econ mari mana educ stat fede publ gene regi appl poly".split()
)

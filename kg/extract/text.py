"""Sentences and paragraphs of an article, with their character offsets.

Why offsets: every agreement carries its evidence sentence and the span of
that sentence in `Article.text`, so a reader can jump from a fact to its
source. Page furniture ("Also read: ...", "Related news") is dropped here so
no later stage can take a fact from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: abbreviations after which a full stop does not end a sentence
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos univ inc ltd co corp jr sr vs etc e.g i.e dept
    gen gov sen rep rev fig vol approx est govt assn intl natl jan feb mar apr jun jul
    aug sep sept oct nov dec mt ft ave blvd pvt pte plc dra mtro mtra lic ing arq engr hon im san tic şti sdn cia mfg bros sra srta av ltda lda assoc asst sf sv sta sto ste
    maj col lt brig capt cmdr adm sgt
    eng atty hab doc mgr mgter mgtr ir drs ret""".split()
)

#: abbreviations that end a company's name, after which a capital starts a sentence
_ENDS_NAMES = frozenset(("ltd", "ltda", "lda"))

#: a bulleted or numbered line ("- Alder University", "2) Birch Hospital")
LIST_ITEM = re.compile(r"^\s*(?:[-•*–·▪]|\d{1,2}[.)])\s+")

_FURNITURE = re.compile(
    r"^\s*(?:also\s+read|read\s+also|read\s+more|related(?:\s+(?:news|stories|articles|posts))?|"
    r"see\s+also|more\s+news|you\s+may\s+also\s+like|recommended|share\s+this|tags?|in\s+this\s+issue)\b\s*[:|\-–—]?",
    re.IGNORECASE,
)
#: a furniture line that only heads what follows ("Related news:", "ALSO READ")
_FURNITURE_HEADING = re.compile(_FURNITURE.pattern + r"\s*:?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"([.!?])([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text, where it starts and ends in the article, and
    which paragraph (0-based) it belongs to."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int  # position among the article's sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial
    ("U.S.", "St.", "V. N. Karazin"), not a sentence."""
    start = dot
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '("“':
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        # "... president of Kaigo Mirai Co., Ltd. Tan-Abellana and Okada
        # signed": a legal form ends the name, and a capital after it a sentence
        return (
            bare not in _ENDS_NAMES or text[dot + 1 :].lstrip()[:1] == "("
        )  # "Ltd. (KOSDAQ: ...)"
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "V. N. Karazin"
    if word in ("Zh", "Kh", "Sh", "Ch", "Ts", "Yu", "Ya", "Ye", "Yo"):
        return True  # a transliterated initial: "named after Zh. Zhakhayev"
    # "U.S" / "e.g": dotted abbreviations
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))


def is_furniture(line: str) -> bool:
    """Lines that are page furniture, not article text ("Also Read: ...")."""
    return bool(_FURNITURE.match(line))


def split_sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, line by line (a line break always ends a
    sentence: headlines, datelines and bullet points are their own
    sentences), respecting abbreviations and initials.

    >>> [s.text for s in split_sentences("The U.S. Dept. signed. It ended.")]
    ['The U.S. Dept. signed.', 'It ended.']
    """
    sentences: list[Sentence] = []
    paragraph = -1
    offset = 0
    links = False  # in the list of links a "Related news:" heading opens
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        if is_furniture(body):
            links = _FURNITURE_HEADING.fullmatch(body) is not None
            continue
        if links and (LIST_ITEM.match(body) or not body.rstrip().endswith((".", '."', ".”"))):
            continue  # "- X signs MoU with Y": a link to another story
        links = False
        paragraph += 1  # every non-empty line is a paragraph of its own
        cursor = 0
        for match in _SENTENCE_END.finditer(body):
            if match.group(1) == "." and _is_abbreviation(body, match.start(1)):
                continue
            cut = match.end(2)
            _add(sentences, body, cursor, cut, line_start, paragraph)
            cursor = match.end(3)
        _add(sentences, body, cursor, len(body), line_start, paragraph)
    return sentences


def with_headline(sentences: list[Sentence]) -> list[Sentence]:
    """`sentences` whose first one is the headline the later stages read as
    such: an empty one is put first when the text opens with a paragraph of
    several sentences ("OTTAWA, June 13, 2023 - A and B on Monday renewed
    ... . Under the renewed agreement, ..."), whose lead is news, not a
    headline that only echoes it."""
    if len(sentences) < 2 or sentences[1].paragraph != sentences[0].paragraph:
        return sentences
    first = sentences[0].text.rstrip()
    if not first.endswith((".", ".”", '."')) or len(first) < 80:
        return sentences  # "A and B renew memorandum; funders sign too": a headline still
    empty = Sentence("", sentences[0].start, sentences[0].start, sentences[0].paragraph, 0)
    return [empty] + [replace(s, index=s.index + 1) for s in sentences]


def _add(sentences: list[Sentence], body: str, start: int, end: int, base: int, par: int) -> None:
    chunk = body[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    s = base + start + lead
    sentences.append(Sentence(stripped, s, s + len(stripped), par, len(sentences)))

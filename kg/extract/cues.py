"""Small word patterns that several extraction stages read alike: number
words, the "at / of the" that joins a body to its seat, and the plural
instrument nouns that make one signing several agreements. One place, so
that the readers of names, agreements and consortia agree on them."""

from __future__ import annotations

import re

#: number words as articles write them for a count of bodies
NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "twenty": 20,
}

#: "the Danish Centre for X at Jutland University", "the College of Y of Z":
#: what lies between a body and its seat or parent
SEAT_GAP = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?")

#: several documents, or one each: "signed memoranda with A, B and C",
#: "separate agreements", "exchange protocols"
PLURAL_INSTRUMENT = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[AC-ELMPRSac-elmprs\u017f]))(?:"
    r"\b(?:memoranda|memorandums|mous|moas|agreements|accords|documents|deals|pacts|protocols|"
    # (not "in a separate memorandum": one more, apart from the others)
    r"contracts|letters)\b|(?<![Aa]\s)\bseparate\b|\brespectively\b|\beach\b)",
    re.I,
)


#: the characters a case-insensitive pattern matches to an ASCII letter
#: that do not lower to it ("İ", dotless "ı", long "ſ", the Kelvin sign)
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def may_hold(text: str, low: str, words: tuple[str, ...]) -> bool:
    """False only when `text` (`low` is its lowercase) holds none of the
    small-letter `words` in any case: a cheap test before a case-insensitive
    pattern every match of which holds one of them."""
    return any(map(low.__contains__, words)) or (
        not text.isascii() and _ODD_FOLDS.search(text) is not None
    )


_DATELINE = re.compile(r"^[^.;]{0,80}?\s(?:--|—|–|-(?=\s))\s*")


_DIGIT = re.compile(r"\d")


def dateline_end(text: str) -> int:
    """Where a wire dateline ("SEOUL, June 5 (Yonhap) --", "ALGIERS, 13 March
    2024 (APS) -") ends: its agency signs nothing, its date is the day of
    the story, not of the signing."""
    m = _DATELINE.match(text)
    if m and not _DIGIT.search(m.group(0)) and text.startswith("("):
        # "(ANSA) - TREVISO, NOV 12 - The ...": the agency first, then place and date
        start = m.end()
        m = _DATELINE.match(text[start:])
        return start + m.end() if m and _DIGIT.search(m.group(0)) else 0
    return m.end() if m and _DIGIT.search(m.group(0)) else 0


#: the name of a grouping its members form ("the X Consortium", "Réseau ...")
GROUPING_NAME = re.compile(
    r"\b(?:Consortium|Alliance|Network|(?<!Health )Cluster|Platform)$|"
    r"^(?:Réseau|Red|Rede|Rete|Alianza|Aliança|Alleanza|Consorcio|Consórcio|Consorzio|Netzwerk|"
    r"Verbund|Sieć|Síť)\b"
)

"""The people an article names and the body each of them heads or speaks for.

Why: reports name signatories by person as often as by body, and tell who a
person is only once: "Prof. Ana Reyes, president of Alder University, led a
delegation ... On Tuesday Reyes and her counterpart signed". The body is
given in an apposition ("X, rector of A", "A's rector, Prof. X", "A
president X", "the rector of A, X", "X is dean of A", "X heads A"); later
sentences use the surname, the full name or "he"/"she". Those later
mentions stand for the body in the signing rules, exactly as a description
("the university") does. Only bodies the article names are used, so a person
whose body is unnamed adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.text import Sentence

#: what heads, leads or speaks for a body
TITLE = (
    r"(?:(?:pro-|deputy\s+|vice[\s-]|acting\s+|interim\s+|executive\s+|managing\s+|medical\s+|"
    r"general\s+|chief\s+|founding\s+|senior\s+|associate\s+|assistant\s+)*"
    r"(?:rector|president|chancellor|director(?:[\s-]general)?|dean|chief\s+executive(?:\s+officer)?|"
    r"ceo|chair(?:man|woman|person)?|head|principal|provost|secretary(?:[\s-]general)?|registrar|"
    r"superintendent|manager|founder|professor|lecturer|researcher|scientist|"
    r"coordinator|officer|spokes(?:person|man|woman)|governor|mayor|commissioner|rektor|"
    r"director\s+of\s+international\s+(?:relations|affairs)))"
)
_HONORIFIC_WORDS = (
    r"Prof(?:essor)?|Dr|Drs|Mr|Mrs|Ms|Mx|Assoc|Asst|Associate\s+Professor|Assistant\s+Professor|"
    r"Dean|Rector|President|Sir|Dame|Dato['’]?(?:\s+Seri)?|Datuk|Tan\s+Sri|Hon|Engr|Eng|Ir|Rev|Fr|Sr|Lt|Col|"
    r"Gen|Dra|Lic|Ing|Mag|Dipl"
)
_HONORIFIC = rf"(?:(?:{_HONORIFIC_WORDS})\.?\s+)*"
#: a person's name: two to five capitalised words ("Ana Reyes", "Lee Min-ho",
#: "Maria da Silva", "Ahmad bin Yusof"), or one after an honorific
_WORD = r"[A-ZÀ-Þ][a-zà-öø-ÿ'’][\w'’\-]*"
_LINK = r"(?:\s+(?:van|von|de|da|do|dos|das|der|del|della|di|du|la|le|bin|binti|ibn|al-|el-))?"
_NAME_BODY = (
    rf"(?:{_WORD}|[A-Z]\.){_LINK}(?:\s+(?:{_WORD}|[A-Z]\.){_LINK}){{0,3}}\s+{_WORD}|{_WORD}"
)
NAME = rf"(?P<name>{_NAME_BODY})"
_PERSON = rf"(?P<hon>{_HONORIFIC}){NAME}"

#: "A's rector, Prof. X" / "A president X" / "A Rector Prof. X": after the body
_AFTER_BODY = re.compile(
    rf"(?:['’]s?)?\s+(?:[a-z\-]+\s+){{0,2}}(?i:{TITLE})(?:\s+for\s+[a-z ]{{3,40}}?)?,?\s+{_PERSON}"
)
#: "X, president of A" / "X, the dean of A's law school" / "X, who heads A" /
#: "X is rector of A" / "X heads A" / "Prof. X of A" / "X (A)": before the body
_BEFORE_BODY = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"(?=[A-Z\u00c0-\u00de])(?:"
    rf"{_PERSON}(?:,\s+(?:who\s+is\s+)?|\s+is\s+)(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,3}}"
    rf"(?i:{TITLE})(?:\s+for\s+[a-z ]{{3,40}}?)?\s+(?:of|at|from)\s+(?:the\s+)?$)"
)
_HEADS = re.compile(
    rf"{_PERSON}(?:,\s+who|,\s+[^,;]{{3,80}},)?\s+(?:now\s+|currently\s+)?(?:heads|leads|chairs|directs|runs)\s+(?:the\s+)?$"
)
_HONOURED_OF = re.compile(rf"(?P<hon>{_HONORIFIC[:-1]}+){NAME}\s+(?:of|from|at)\s+(?:the\s+)?$")
_FORMER = re.compile(r"\b(?:former|ex-|then|past|late|retired|was|had\s+been|until)\b", re.I)
_HEAD_OF_BODY = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?i:{TITLE})\b")
_NAME_BEFORE = re.compile(rf"(?P<hon>{_HONORIFIC}){NAME},\s+$")
_TITLE_OF_DESCRIBED = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"(?=[A-Z\u00c0-\u00de])(?:"
    rf"(?P<hon>{_HONORIFIC}){NAME},\s+(?:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?i:{TITLE})\s+(?P<of>of|at)\s+"
    r"the\s+(?:[a-z][\w\-]*\s+){0,3}(?P<noun>university|hospital|institute|college|school|faculty|company|"
    r"firm|ministry|agency|authority|council|centre|center|academy|department|foundation)\b)"
)
#: the body nouns of _TITLE_OF_DESCRIBED, one of which every match holds
_DESCRIBED_NOUNS = (
    "university", "hospital", "institute", "college", "school", "faculty", "company", "firm",
    "ministry", "agency", "authority", "council", "centre", "center", "academy", "department",
    "foundation",
)  # fmt: skip
_HEADS_END = re.compile(r"(?:heads|leads|chairs|directs|runs)\s+(?:the\s+)?$")
_TITLE_WORD = re.compile(rf"(?=[AC-ILMOPRSVac-ilmoprsv\u0130\u0131\u017f])(?i:{TITLE})\b")
#: stems one of which every title holds: a cheap test before the search
_TITLE_STEMS = (
    "rector",
    "president",
    "chancellor",
    "director",
    "dean",
    "chief",
    "ceo",
    "chair",
    "head",
    "principal",
    "provost",
    "secretary",
    "registrar",
    "superintendent",
    "manager",
    "founder",
    "professor",
    "lecturer",
    "researcher",
    "scientist",
    "coordinator",
    "officer",
    "spokes",
    "governor",
    "mayor",
    "commissioner",
    "rektor",
)
_HONORIFIC_WORD = re.compile(rf"\b(?:{_HONORIFIC_WORDS})\b")
_IN_BRACKETS = re.compile(rf"(?=[AC-ILMPR-T])(?P<hon>{_HONORIFIC[:-1]}+){NAME}\s+\($")
#: "the rector of A, Prof. X": title before the body, the name after it
_TITLE_OF = re.compile(rf"(?=[AC-ILMOPRSVac-ilmoprsv\u0130\u0131\u017f])(?i:{TITLE})\s+(?:of|at)\s+(?:the\s+)?$")
_NAME_AFTER = re.compile(rf",\s+{_PERSON}")

#: a title with no body: "Prof. X, the Vice-Chancellor," / "its rector, Prof. X"
_UNTIED_TITLE = re.compile(
    rf",\s+(?P<det>the|our|its)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{TITLE})(?=\s*[,.;)]|\s+and\b)"
)
_UNTIED_NAME = re.compile(rf"(?P<hon>{_HONORIFIC}){NAME}$")
_UNTIED_AFTER = re.compile(
    rf"\b(?P<det>[Ii]ts|[Oo]ur)\s+(?:[\w\-]+\s+){{0,2}}?(?i:{TITLE}),\s+(?P<hon>{_HONORIFIC}){NAME}"
)
#: "Mayor Jesper Rasmussen": a mayor speaks for the town's government
_MAYOR = re.compile(rf"\bMayor\s+{NAME}")
#: two signatories: "Dr. Thanh and Dr. Morimoto signed"
_COUPLE = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"(?=[A-Z\u00c0-\u00de])(?:"
    rf"(?P<hon_a>{_HONORIFIC})(?P<a>{_NAME_BODY})\s+(?:and|&)\s+(?P<hon_b>{_HONORIFIC})(?P<b>{_NAME_BODY})"
    r"(?=\s*,|\s+(?:signed|inked|sealed|renewed|have|had|then|also|formally|officially|jointly|exchanged|put)\b))"
)
#: what every `_COUPLE` match holds: a capitalised word, "and", a capital (the
#: honorific or the name after it); a search from capital to capital, where
#: `_COUPLE`'s optional honorifics make the engine try every position
_COUPLE_HINT = re.compile(rf"{_WORD}\s+(?:and|&)\s+[A-ZÀ-Þ]")
#: words a capitalised run can hold that are no part of a person's name
_NOT_NAMES = frozenset(
    """The A An On In At Of For And But With By From To This That These Those It Its Their His Her
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December University Hospital Institute College School
    Faculty Ministry Department Centre Center Foundation Company Group Council Agency Academy
    Professor Prof Dr Dean Rector President Director Minister Mr Mrs Ms""".split()
)

_HONORIFIC_BEFORE = re.compile(rf"(?<![\w.])(?:(?:{_HONORIFIC_WORDS})\.?\s+)+$")
#: (opening with the capital and only then looking behind it, `X(?<!\w.)` for
#: `(?<!\w)X`, matches the same spans, but lets the engine skip from capital to
#: capital instead of trying the lookbehind at every character)
_CAPITALISED = re.compile(r"[A-Z](?<![\w\-].)[\w'’\-]+")
_BODY_HEAD_AFTER = re.compile(
    r"\s+(?:University|Hospital|Institute|College|School|Centre|Center|Foundation)\b"
)
_PRONOUN = re.compile(
    r"\b(?:He|She|he|she)\b(?=\s+(?:and|also|then|later|formally|officially|has|had|signed|inked|sealed)\b)"
)


@dataclass
class Person:
    """A person and the body they head or speak for."""

    name: str
    inst: int


class People:
    """The people of one article, found from appositions to the bodies it
    names, and their later mentions by name or pronoun."""

    def __init__(
        self,
        sentences: list[Sentence],
        mentions_of,
        body_forms,
        home: int | None = None,
        described=None,
        council: int | None = None,
    ) -> None:
        """`mentions_of(index)` gives the named mentions (inst, start, end in
        article offsets) of a sentence; `body_forms` every form of every
        body's name; `home` the body the article is most about; `council` the
        one town or city government it names, which a mayor speaks for."""
        self.sentences = sentences
        people: list[Person] = []
        untied: list[Person] = []
        last_named: int | None = None
        for sent in sentences:
            mentions = mentions_of(sent.index)
            spans = [(m.start - sent.start, m.end - sent.start) for m in mentions]
            for m in mentions:
                person = _apposed(sent.text, m.start - sent.start, m.end - sent.start)
                if person is not None and not any(
                    s < person[2] and person[1] < e for s, e in spans
                ):  # a capitalised run that is (part of) a body's name is no person
                    people.append(Person(person[0], m.inst))
            if "," in sent.text:
                # "led by Prof. X, the Vice-Chancellor": the article's own body;
                # "its rector, Prof. X": the body named just before
                for det, name, honorific, at in _untied(sent.text):
                    body = home
                    if det == "its":
                        earlier = [m.inst for m in mentions if m.end - sent.start <= at]
                        body = earlier[-1] if earlier else last_named
                    if body is not None and _is_name(name, honorific):
                        untied.append(Person(name, body))
            if (
                described is not None
                and " of the " in sent.text
                # every match holds ", " after the name and a body noun in small
                # letters: cheap tests before the search
                and "," in sent.text
                and any(map(sent.text.__contains__, _DESCRIBED_NOUNS))
            ):
                # "Mr. Peter Kaupa, chief executive of the provincial health
                # authority": the body a description stands for
                for match in _TITLE_OF_DESCRIBED.finditer(sent.text):
                    body = described(sent, match.end("of"), match.group("noun").lower())
                    if body is not None and _is_name(match.group("name"), match.group("hon")):
                        untied.append(Person(match.group("name"), body))
            if council is not None and "Mayor" in sent.text:
                for match in _MAYOR.finditer(sent.text):
                    if _is_name(match.group("name"), "Mayor"):
                        untied.append(Person(match.group("name"), council))
            if mentions:
                last_named = mentions[-1].inst
        #: words of the bodies' names: "Berlin" in a name is no surname
        body_words = {w for form in body_forms for w in form.split()}
        keys: dict[str, set[int]] = {}
        for group in (people, untied):
            known = set(keys)  # a body told outright wins over a guessed one
            for p in group:
                words = p.name.replace(".", " ").split()
                for key in {words[-1], words[0]}:
                    if (
                        len(key) >= 3
                        and key not in _NOT_NAMES
                        and key not in body_words
                        and key not in known
                    ):
                        keys.setdefault(key, set()).add(p.inst)
        #: a given name or surname that stands for one body only
        self.keys = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
        self._occurrences: dict[int, list[tuple[int, int, int]]] = {}

    def occurrences(self, sent: Sentence) -> list[tuple[int, int, int]]:
        """(start, end, body) of each person named in the sentence, in
        sentence offsets; "Ana Reyes" is one occurrence, not two."""
        if not self.keys:
            return []
        got = self._occurrences.get(sent.index)
        if got is None:
            got = []
            for m in _CAPITALISED.finditer(sent.text):
                inst = self.keys.get(m.group(0))
                if inst is None or _BODY_HEAD_AFTER.match(sent.text, m.end()):
                    continue  # "Reyes University" is a body's name
                if (
                    got
                    and got[-1][2] == inst
                    and sent.text[got[-1][1] : m.start()].strip(" .") == ""
                ):
                    got[-1] = (got[-1][0], m.end(), inst)
                else:
                    # "Dr. Roe": the honorific belongs to the mention
                    titled = _HONORIFIC_BEFORE.search(sent.text, max(0, m.start() - 40), m.start())
                    got.append((titled.start() if titled else m.start(), m.end(), inst))
            self._occurrences[sent.index] = got
        return got

    def pronouns(self, sent: Sentence) -> list[tuple[int, int, int]]:
        """(start, end, body) of "he"/"she" that open a signing subject, for
        the person named last in this or the two sentences before."""
        if not self.keys or not ("he " in sent.text or "He " in sent.text):
            return []
        out = []
        for m in _PRONOUN.finditer(sent.text):
            here = [o for o in self.occurrences(sent) if o[1] <= m.start()]
            if here:
                out.append((m.start(), m.end(), here[-1][2]))
                continue
            for back in range(sent.index - 1, max(-1, sent.index - 3), -1):
                before = self.occurrences(self.sentences[back])
                if before:
                    out.append((m.start(), m.end(), before[-1][2]))
                    break
        return out

    def counterparts(self, sent: Sentence, other_body) -> list[tuple[int, int, int]]:
        """(start, end, body) of a signatory the article never ties to a body,
        coordinated with one it does ("Dr. Thanh and Dr. Morimoto signed"):
        the counterpart signs for the other side, `other_body(body, index)`."""
        if not self.keys or " and " not in sent.text or not self.occurrences(sent):
            return []
        out = []
        for m in _COUPLE.finditer(sent.text) if _COUPLE_HINT.search(sent.text) else ():
            sides = [("a", m.group("hon_a")), ("b", m.group("hon_b"))]
            bodies = [self._body_of(m.group(g)) for g, _ in sides]
            if (bodies[0] is None) == (bodies[1] is None):
                continue
            unknown = 0 if bodies[0] is None else 1
            group, honorific = sides[unknown]
            if not _is_name(m.group(group), honorific):
                continue
            body = other_body(bodies[1 - unknown], sent.index)
            if body is not None:
                out.append((m.start(group), m.end(group), body))
        return out

    def _body_of(self, name: str) -> int | None:
        for word in name.replace(".", " ").split():
            if word in self.keys:
                return self.keys[word]
        return None


def _untied(text: str):
    """(determiner, name, honorific, position) of people given a title but
    no body."""
    for m in _UNTIED_TITLE.finditer(text):
        person = _UNTIED_NAME.search(text, max(0, m.start() - 60), m.start())
        if person is not None:
            yield m.group("det").lower(), person.group("name"), person.group("hon"), m.start()
    if "its " in text or "our " in text or "Its " in text or "Our " in text:
        for m in _UNTIED_AFTER.finditer(text):
            yield m.group("det").lower(), m.group("name"), m.group("hon"), m.start()


def _apposed(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The person (name, start, end) an apposition ties to the body named at
    [start, end)."""
    after = _AFTER_BODY.match(text, end)
    if after is not None and _is_name(after.group("name"), after.group("hon")):
        return after.group("name"), after.start("name"), after.end("name")
    if text.endswith(", ", 0, start) and _HEAD_OF_BODY.match(text, end):
        # "Dr. Agnes Kumbu, MHRHI's director,": the name before, the title after
        named = _NAME_BEFORE.search(text, max(0, start - 60), start)
        if named is not None and _is_name(named.group("name"), named.group("hon")):
            return named.group("name"), named.start("name"), named.end("name")
    offset = max(0, start - 160)
    head = text[offset:start]
    near = head[-70:]
    # cheap tests of the words just before the body choose the patterns worth a search
    if near.endswith(("of ", "at ", "from ", "the ")):
        low = near.lower()
        titled = any(map(low.__contains__, _TITLE_STEMS)) and _TITLE_WORD.search(near) is not None
        patterns = [_BEFORE_BODY] if titled else []
        if _HONORIFIC_WORD.search(near):
            patterns.append(_HONOURED_OF)
    elif near.endswith("("):
        titled, patterns = False, [_IN_BRACKETS]
    elif _HEADS_END.search(near):
        titled, patterns = False, [_HEADS]
    else:
        return None
    for pattern in patterns:
        before = pattern.search(head)
        if before is None or (pattern is _BEFORE_BODY and _FORMER.search(before.group(0))):
            continue  # "X, former rector of A": no longer acts for it
        # a surname alone when the clause says what the person is ("Reyes is
        # president of A", "Berg heads B"), not in a bare apposition
        stated = pattern is _HEADS or " is " in before.group(0)
        if _is_name(before.group("name"), before.group("hon") or ("-" if stated else "")):
            return before.group("name"), offset + before.start("name"), offset + before.end("name")
    if not titled:
        return None
    if _TITLE_OF.search(head):
        named = _NAME_AFTER.match(text, end)
        if named is not None and _is_name(named.group("name"), named.group("hon")):
            return named.group("name"), named.start("name"), named.end("name")
    return None


def _is_name(name: str, honorific: str) -> bool:
    words = name.replace(".", " ").split()
    if any(w in _NOT_NAMES for w in words):
        return False
    return len(words) >= 2 or bool(honorific.strip())

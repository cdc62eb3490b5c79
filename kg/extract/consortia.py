"""Agreements of many parties whose signing sentence counts them and whose
next sentences name them.

Why a counted reading: consortium and network agreements are reported as
"Rectors of nine universities signed a strategic partnership agreement on
Tuesday" or "VHUT and seven partners have signed a research consortium
agreement", and the members follow in one or two sentences of their own,
in shapes no single rule foresees ("The founding members are three Polish
universities — A, B and C — two Czech ones, D and E, and the Slovak F",
"Besides A, it was signed by B, C and D", "Joining VHUT are ..."). The count
the signing sentence gives is what makes the reading safe: the parties are
the bodies named next, in order, and the reading is kept only when exactly
that many are found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.cues import (
    GROUPING_NAME,
    NUMBER_WORDS,
    PLURAL_INSTRUMENT,
    SEAT_GAP,
    dateline_end,
)
from kg.extract.mentions import occurrences
from kg.extract.text import LIST_ITEM, Sentence

if TYPE_CHECKING:
    from kg.extract.agreements import AgreementFinder, Found

#: "seven universities", "five partner institutions", "Ten universities,
#: veterinary schools and research institutes", "Seven Bangladeshi and Dutch
#: universities": a number and a noun for bodies that sign
#: ", which runs ...", ", who heads ...": a relative clause that describes a party
_SUBJECT_DESCRIBED = re.compile(r",\s+(?:which|who)\s+[^,;()]*$")
_COUNT = re.compile(
    # (a cheap lookahead first, of the characters the counts open with)
    r"\b(?=(?-i:[1-9tTfFsS\u017feEnN]))(?P<n>" + "|".join(NUMBER_WORDS) + r"|[2-9]|1\d|20)\s+"
    r"(?:other\s+|more\s+|partner\s+|member\s+|founding\s+)?"
    r"(?:[\w\-]+,?\s+){0,4}?"
    r"(?P<noun>partners|universities|institutions|organi[sz]ations|members|signatories|institutes|"
    r"hospitals|bodies|parties|colleges|entities|companies|agencies|schools|centres|centers|firms|"
    r"polytechnics|academies)\b",
    re.I,
)
#: a count after "with": the partners of the subject (of one agreement when
#: its instrument is singular; "memoranda with three universities" are three)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
#: the subject joined to the count: "VHUT and seven partners", "The Ministry
#: of Health and five partner institutions"
_JOINED = re.compile(
    r"\s*(?:\([^()]*\))?\s*(?:,\s*)?(?:and|together\s+with|along\s+with|(?:has\s+)?joined)\s+$"
)
#: "..., joined by the directors of seven hospitals": the subject signs with them
_JOINED_BY = re.compile(
    r"\bjoined\s+by\s+(?:the\s+)?(?:(?:heads|directors|rectors|representatives|presidents|deans|"
    r"leaders|chiefs)\s+of\s+)?(?:the\s+)?$",
    re.I,
)
#: "From Hanoi came A and B; from Ho Chi Minh City, C": a place that groups members
_FROM_PLACE = re.compile(r"(?:^|[;,]\s*(?:and\s+)?)(?:[Ff]rom|[Ii]n)\s+(?:the\s+)?$")
#: a sentence about the document itself ("The memorandum of understanding, signed at X, ...")
_DOCUMENT_FIRST = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:new\s+)?(?:memorandum|agreement|MoU|MOU|accord|pact|deal|"
    r"document|protocol|convention|charter|covenant|convenio)\b"
)


_ROSTER_OPENING = re.compile(
    r"(?:The|These|All)\s+(?:"
    + "|".join(NUMBER_WORDS)
    + r"|\d+)\s+(?:\w+\s+)?(?:are|were|include)\b|"
    r"(?:They|The\s+(?:members|partners|signatories|founding\s+members))\s+(?:are|were)\b",
    re.I,
)
_JOINED_LATER = re.compile(r"(?:They|These|The\s+\w+)\s+(?:were|was)\s+joined\b[^.;]{0,60}?\bby\b")
#: the host of a signing: "signed on Monday at the X", "hosted by X"
_HOST_BEFORE = re.compile(r"\b(?:at|hosted\s+by)\s+(?:the\s+)?$")


def complete_counted(finder: AgreementFinder, found: list[Found]) -> list[Found]:
    """`found` with each counted signing read as one agreement of all the
    bodies named after it, replacing the partial readings of the same
    sentences."""
    from kg.extract.agreements import Found

    for sent in finder.sentences[1:]:
        if not sent.text.rstrip().endswith((".", ":", ".”", '."')):
            continue  # a headline under the masthead: "... four universities sign at X"
        reading = _counted(finder, sent)
        if reading is None:
            continue
        parties, last, types, (signed, dated), each = reading
        if each:
            # one agreement with each partner: the pairs read already stay
            # (with their own sentences); the missing ones are added
            told = {frozenset(f.parties) for f in found}
            found.extend(
                Found([parties[0], p], code, signed, sent, f"counted-each+{code}", dated=dated)
                for p in parties[1:]
                if frozenset((parties[0], p)) not in told
                for code in types
            )
            continue
        # partial readings of the same sentences, and a restatement just after
        # ("The agreement was signed on behalf of the Government by ...")
        span = range(sent.index, last + 4)
        found[:] = [
            f
            for f in found
            if not (
                f.sentence.index in span
                and set(f.parties) <= set(parties)
                and (f.sentence.index <= last or f.type in (*types, "framework", "partnership"))
                and not any(k in f.rule for k in ("original", "earlier", "background"))
            )
            # a list reading of the members' sentence that took in a stray body
            and not (
                sent.index < f.sentence.index <= last
                and len(set(f.parties) & set(parties)) >= 2
                and f.rule.startswith(("roster", "after-list", "passive-by", "subject-list"))
            )
        ]
        found.extend(
            Found(list(parties), code, signed, sent, f"counted+{code}", dated=dated)
            for code in types
        )
    return found


#: ", together with a Lagos-based diagnostics company,": a described body beside a counted group
_TOGETHER_WITH_DESCRIBED = re.compile(
    r"\b(?:together\s+with|along\s+with|as\s+well\s+as|joined\s+by|plus)\s+(?P<k>an?|one|two|three)\s+"
    r"(?:[\w\-]+\s+){0,3}?(?:company|companies|firm|firms|hospital|hospitals|university|institute|"
    r"agency|foundation|start-up|NGO|organi[sz]ation|ministry|council|authority)\b",
    re.I,
)
#: "Six universities from four countries and the ": a counted group, then a named body
_AND_AFTER_COUNT = re.compile(r"\s+(?:[\w\-]+\s+){0,6}?and\s+(?:the\s+)?")


def _counted(finder: AgreementFinder, sent: Sentence):
    text = sent.text
    if not finder.lex.triggers.search(text):
        return None  # most sentences sign nothing: the cached scan says so cheaply
    count = _COUNT.search(text)
    if count is None and not _INDEFINITE_ITEM.search(text):
        return None
    triggers = [
        t for t in finder.lex.triggers.finditer(text) if not finder._is_plan(text, t[0], t[1])
    ]
    instruments = finder.lex.instruments.finditer(text)
    typed_text, typed_at = text, triggers[0][0] if triggers else 0
    if triggers and not instruments and sent.index + 1 < len(finder.sentences):
        # "... sealed an alliance on Tuesday. The memorandum of understanding,
        # signed at X, groups A, B and C": the next sentence names the instrument
        nxt = finder.sentences[sent.index + 1]
        if _DOCUMENT_FIRST.match(nxt.text):
            instruments = finder.lex.instruments.finditer(nxt.text)
            typed_text, typed_at = nxt.text, 0
    if not triggers or not instruments:
        return None
    # "X has signed separate memoranda with three universities": one each
    each = bool(PLURAL_INSTRUMENT.search(text))
    t_start = triggers[0][0]
    if count is None:
        # "A college in Thunder Bay, the region's largest hospital and a First
        # Nations health authority put their signatures to ...": bodies described,
        # not named, counted by their descriptions
        dateline = dateline_end(text) if sent.index <= 2 else 0
        if any(m[0] < t_start for m in finder._mentions(sent) if m[0] >= dateline):
            return None
        described = _described_subject(text[dateline:t_start], definite=True)
        if described < 3:
            return None
        count = _WHOLE.match(text, dateline, t_start)
    while count is not None and _SUBJECT_DESCRIBED.search(text, 0, count.start()):
        # "X, which runs four hospitals, signed ... with three colleges": the
        # hospitals say who X is; the count is the one after
        close = text.find(",", count.end())
        if not 0 <= close < t_start:
            break
        count = _COUNT.search(text, count.end())
    if count is None:
        return None
    number = (count.groupdict().get("n") or "").lower()
    n = (NUMBER_WORDS.get(number) or int(number)) if number else 0
    if count.end() <= t_start:
        n = max(n, _described_subject(text[:t_start], definite=not number))
        more = _TOGETHER_WITH_DESCRIBED.search(text, count.end(), t_start)
        if more:
            # "Four universities from Nigeria and Ghana, together with a Lagos-based
            # diagnostics company, have signed": one more, described
            n += NUMBER_WORDS.get(more.group("k").lower(), 1)
    if n < 3:
        return None  # two parties: the ordinary readings know them
    dateline = dateline_end(text) if sent.index <= 2 else 0
    mentions = [m for m in finder._mentions(sent) if m[0] >= dateline]
    subject: list[int] = []
    # (not "X in Yeongju, North Gyeongsang Province, signed ...": where X is)
    before = [
        m
        for m in mentions
        if m[1] <= count.start() and not finder._seat_of_previous(text, m[0], m[1], m[2])
    ]
    if each and not (_WITH_BEFORE.search(text, 0, count.start()) and count.end() > t_start):
        return None  # plural documents of a counted group: not one agreement each
    if before and _JOINED.fullmatch(text, before[-1][1], count.start()) and not each:
        subject = [i for i in before[-1][2]]
        n += len(subject)
    elif _JOINED_BY.search(text, 0, count.start()) and count.start() > t_start:
        # "X signed an agreement on Tuesday creating the Y Network, joined by
        # the directors of seven hospitals": X and the seven
        ahead_of_verb = [i for m in before if m[1] <= t_start for i in m[2]]
        if not ahead_of_verb:
            return None
        subject = ahead_of_verb[:1]
        n += 1
    elif _WITH_BEFORE.search(text, 0, count.start()):
        # "X signed a framework agreement with eight universities": X and the eight
        ahead_of_verb = [i for m in before if m[1] <= t_start for i in m[2]]
        # (one each: the body right before the verb, not a dateline's agency)
        subject = ahead_of_verb[-1:] if each else ahead_of_verb[:1]
        if not subject:
            return None
        n += 1
    if not subject and not each:
        # "Six universities from four countries and the X Foundation have joined
        # forces": the body named after the count and before the verb signs too
        beside = [m for m in mentions if count.end() <= m[0] < t_start]
        if beside and _AND_AFTER_COUNT.fullmatch(text, count.end(), beside[0][0]):
            subject = list(dict.fromkeys(i for m in beside[:1] for i in m[2]))
            n += len(subject)
    # bodies the signing sentence names otherwise are what the agreement
    # creates ("to form the X Consortium") or where it was signed
    # (named ones only: "the nine institutions" is the group counted, not a body)
    excluded = {m.inst for m in finder.insts.mentions[sent.index] if m.inst not in subject}
    excluded |= {  # "(RAII)" after a network name no head word marks
        i
        for i, inst in enumerate(finder.insts.institutions)
        if i not in subject
        and any(next(occurrences(text, f), None) for f in inst.forms if len(f) > 2)
    }
    parties = list(subject)
    named_too: list[int] = []
    if each:
        # "... with three universities and the Jute Research Institute": the
        # partners the sentence names beside the count are partners too
        named_too = [i for m in mentions if m[0] >= count.end() for i in m[2] if i not in subject]
    last = sent.index
    if each and len(named_too) >= n - len(subject):
        # "with three universities from Korea: A, B and C": named here, in full
        named_too = named_too[: n - len(subject)]
        return (
            [*subject, *named_too],
            last,
            finder._types(typed_text, instruments, typed_at, None),
            _when(finder, text, t_start, sent.index, last),
            each,
        )
    colon = text.find(":", t_start)
    if colon > 0 and not each:
        # "... when six institutions signed its first consortium agreement in
        # Ouagadougou: A, B, C ...": the members after the colon, in this sentence
        listed = [
            i
            for m in mentions
            if m[0] > colon
            for i in m[2]
            if not GROUPING_NAME.search(finder.insts.institutions[i].name)
        ]
        members = list(dict.fromkeys([*subject, *listed]))
        ahead_of_colon = {
            i
            for m in mentions
            if m[0] < colon
            for i in m[2]
            if i not in members and not GROUPING_NAME.search(finder.insts.institutions[i].name)
        }
        if len(members) == n - 1 and len(ahead_of_colon) == 1:
            # "Ten universities signed the charter at X on Monday: [nine names]":
            # the one named before the list (the host) is the tenth
            members.insert(0, ahead_of_colon.pop())
        if len(members) == n:
            types = finder._types(typed_text, instruments, typed_at, None)
            return (
                members,
                sent.index,
                types,
                _when(finder, text, t_start, sent.index, sent.index),
                each,
            )
    ahead = finder.sentences[sent.index + 1 : sent.index + 4]
    for extra in finder.sentences[sent.index + 4 : sent.index + 8]:
        if extra.paragraph != ahead[-1].paragraph if ahead else True:
            break
        ahead.append(extra)  # "... Finland is represented by X and Y. From Estonia comes Z."
    for extra in finder.sentences[
        ahead[-1].index + 1 if ahead else sent.index + 1 : sent.index + 24
    ]:
        if not (
            " | " in extra.text
            or LIST_ITEM.match(extra.text)
            or (ahead and extra.paragraph == ahead[-1].paragraph and " | " in ahead[-1].text)
        ):
            break
        ahead.append(extra)  # the rows of a table or list that names the members
    for nxt in ahead:
        if nxt.paragraph - sent.paragraph > 2 and not (
            " | " in nxt.text or LIST_ITEM.match(nxt.text)
        ):
            break
        previous_end = None
        cell = _name_cell(nxt.text)
        # "The eight are USSI, A, B ...": a roster names the host the signing
        # sentence named as the venue, too
        roster = _ROSTER_OPENING.match(nxt.text) is not None
        for s, e, ids in finder._mentions(nxt) + finder._list_items(nxt):
            if cell is not None and not cell[0] <= s < cell[1]:
                continue  # "5 | Kampot University | Cambodia | Dr. X, Rector": its name cell only
            seat = previous_end is not None and SEAT_GAP.fullmatch(nxt.text, previous_end, s)
            previous_end = e
            if finder._non_party(nxt.text, s) or seat:
                continue  # "the Danish Centre for X at Jutland University": its seat
            if _FROM_PLACE.search(nxt.text, 0, s) and nxt.text.startswith(",", e):
                continue  # "...; and from Ho Chi Minh City, A and B": where they are from
            for i in ids:
                if GROUPING_NAME.search(finder.insts.institutions[i].name):
                    continue  # "RESAO was founded when six institutions signed": the network they form
                if each and subject and _part_of(finder, i, subject[0]):
                    continue  # "Dean of the College of X" of the subject: its unit signs nothing here
                if i not in parties and (roster or i not in excluded) and len(parties) < n:
                    parties.append(i)
        last = nxt.index
        if len(parties) >= n:
            break
        following = (
            finder.sentences[nxt.index + 1] if nxt.index + 1 < len(finder.sentences) else None
        )
        if (
            n >= 6
            and len(parties) == n - 1
            and following is not None
            and following.paragraph != nxt.paragraph
            and not (" | " in following.text or LIST_ITEM.match(following.text))
        ):
            break  # a long list that ended one short: the next paragraph is about funders
    joined = (
        finder.sentences[last + 1]
        if last + 1 < len(finder.sentences) and len(parties) >= n
        else None
    )
    if joined is not None and _JOINED_LATER.match(joined.text):
        # "They were joined in the MoU by A, B and C": signatories beyond the count
        more = [i for m in finder._mentions(joined) for i in m[2] if i not in parties]
        parties.extend(dict.fromkeys(more))
        n += len(dict.fromkeys(more))
        last = joined.index
    named_here = [
        m.inst
        for m in finder.insts.mentions[sent.index]
        if m.inst not in subject
        and m.inst not in parties
        and _HOST_BEFORE.search(text, 0, m.start - sent.start)
    ]
    if len(parties) == n - 1 and len(set(named_here)) == 1:
        # "A consortium agreement signed at X commits seven universities ...",
        # six named next: the host named in the signing sentence is the seventh
        parties.append(named_here[0])
    if len(parties) != n and not (n >= 6 and len(parties) == n - 1):
        return None  # (a long list may hold one name the reader missed)
    if each:
        parties = [*parties[:1], *named_too, *parties[1:]]
    types = finder._types(typed_text, instruments, typed_at, None)
    return parties, last, types, _when(finder, text, t_start, sent.index, last), each


def _name_cell(text: str) -> tuple[int, int] | None:
    """The span of a table row's first cell that is not a number ("3 |
    Name | Country | Signed by"), or None for a sentence."""
    if " | " not in text:
        return None
    start = 0
    for part in text.split(" | "):
        end = start + len(part)
        if part.strip() and not part.strip().strip("#.").isdigit() and part.strip() != "#":
            return start, end
        start = end + 3
    return None


def _when(finder: AgreementFinder, text: str, t_start: int, first: int, last: int):
    """The signing date the counted sentence gives, else the first one the
    members' sentences give with a signing verb."""
    when = finder._date(text, t_start)
    if not when[1]:
        for nxt in finder.sentences[first + 1 : last + 1]:
            again = finder.lex.triggers.finditer(nxt.text)
            if again:
                date = finder._date(nxt.text, again[0][0])
                if date[1]:
                    return date
    return when


def _part_of(finder: AgreementFinder, idx: int, body: int) -> bool:
    """True when `idx` is a unit of `body` (or `body` itself)."""
    inst = finder.insts.institutions[idx]
    return idx == body or inst.unit_of == body or inst.kind == "academic_unit"


#: nouns for a body that signs, in the singular
_BODY_NOUNS = (
    r"college|university|polytechnic|hospital|clinic|institute|centre|center|authority|council|"
    r"ministry|agency|company|firm|foundation|charity|trust|school|academy|laboratory|"
    r"municipality|government|association|network|bank|cooperative|start-up|startup|manufacturer|"
    r"maker|operator|provider|utility|board|department|faculty|service|organi[sz]ation|body|group"
)
_QUANTIFIER = re.compile(
    r"^(?:the\s+)?(?P<q>a|an|one|" + "|".join(NUMBER_WORDS) + r"|[3-9])\s+", re.I
)
_DATELINE_HEAD = re.compile(r"^.*?\s[-–—]{1,2}\s+")
_PLACE = (
    r"(?:(?:(?:north|south|east|west)(?:ern)?|central)\s+)?"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?"
)
_PLACES_IN = re.compile(rf"\s+(?:in|from)\s+{_PLACE}(?:(?:,\s*|\s+and\s+){_PLACE})*")


def _described_subject(subject: str, definite: bool = False) -> int:
    """How many bodies a subject of descriptions counts: "A state energy
    office, three colleges, a research laboratory and a start-up" is six;
    0 when an item has no quantifier ("Seven universities, research
    institutes and a firm": the seven counts them all). With `definite`,
    "the region's largest hospital" beside "a college" is one more."""
    subject = _DATELINE_HEAD.sub("", subject)
    subject = _PLACES_IN.sub("", subject)  # "Five hospitals in Portugal, Angola and Cabo Verde"
    total = 0
    indefinite = False
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", subject.strip()):
        m = _QUANTIFIER.match(item.strip())
        if m is None:
            if definite and _DEFINITE_ITEM.fullmatch(item.strip()):
                total += 1
                continue
            return 0
        indefinite = True
        q = m.group("q").lower()
        total += 1 if q in ("a", "an", "one") else (NUMBER_WORDS.get(q) or int(q))
    return total if indefinite else 0


#: the whole subject of a described signing, as the span a count would have
_WHOLE = re.compile(r"(?s).+")
#: "a college", "an Irish hospital" somewhere in a sentence: a cheap first test
_INDEFINITE_ITEM = re.compile(r"(?=[,AOao])(?:^|,\s+|\band\s+)(?:[Aa]n?|[Oo]ne)\s+(?:[\w\-]+\s+){0,4}?(?:" + _BODY_NOUNS + r")\b")
#: "the region's largest hospital", "the district council": one body described
_DEFINITE_ITEM = re.compile(
    r"[Tt]he\s+(?:[\w\-’']+\s+){0,4}(?:" + _BODY_NOUNS + r")"
)

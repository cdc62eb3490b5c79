"""Attributes of a found agreement: the exchanges and subject fields it
covers and, when its own sentence gives no date, the date the sentences
describing it give.

Why a description window: articles state an agreement in one sentence and
say what it covers in the next ones, often in the next paragraphs ("The
agreement lets the two universities send students, teachers and
researchers to each other"). The window runs from the evidence sentence
over the sentences that still speak of the same agreement and stops where
the article reports another one, so exchanges of a different agreement in
the same article do not leak in.
"""

from __future__ import annotations

import re

from kg.extract.agreements import FIRST_SIGNED, Found
from kg.extract.cues import may_hold
from kg.extract.dates import find_dates
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import ArticleInstitutions, occurrences
from kg.extract.text import LIST_ITEM, Sentence

#: a later paragraph still speaks of the agreement when one of its sentences
#: refers to it or to its parties as such
_REFERS = re.compile(
    # (a cheap lookahead first, of the letters every match opens with: the
    # case-blind alternation is entered only at the words that open so)
    r"\b(?=(?-i:[tTbBeEiI\u0130\u0131uUpPrRfFaA]))(?:"
    r"\b(?:the|this|that|these|both|each|its|their)\s+"
    r"(?:new\s+|revised\s+|renewed\s+|extended\s+|amended\s+|updated\s+|two\s+|three\s+|\w+-year\s+)?"
    r"(?:agreements?|memorand\w*|mous?|moas?|deal|pact|document|accord|arrangement|contract|"
    r"protocol|partnership|collaboration|partners?|parties|sides?|institutions|universities|organisations|organizations|"
    r"signing|ceremony)\b|"
    r"\bunder\s+(?:the|this|it)\b|\beach\s+other\b|\bpartner\s+(?:institution|university)\b|"
    # "Research fields covered include ...", "Areas of cooperation are ...": what it covers
    r"^(?:research\s+)?(?:fields?|areas?|topics?)\s+(?:covered|of\s+(?:cooperation|collaboration))\b|"
    r"\b(?:the\s+(?:group|alliance|network|consortium))\s+will\s+(?:concentrate|focus)\b)",
    re.IGNORECASE,
)
_SIGNING = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[CEFIRScefirs\u0130\u0131\u017f]))(?:"
    r"\b(?:signed|signing|inked|exchanged|formali[sz]ed|concluded|sealed|renewed)\b)", re.IGNORECASE
)
_EVENT_REF = re.compile(
    r"\b(?:the|that)\s+(?:meeting|visit|ceremony|event|occasion|forum|conference|talks)\b",
    re.IGNORECASE,
)
#: sentences about the partners' past, not about what this agreement covers
_BACKGROUND = re.compile(
    r"\b(?:go(?:es)?\s+back|dates?\s+back|began\s+with|since\s+(?:19|20)\d\d|in\s+the\s+past|"
    r"previously|long-standing|regularly|(?:19|20)\d\d\s*[–/-]\s*(?:19|20)?\d\d)\b",
    re.IGNORECASE,
)
#: words one of which every `_BACKGROUND` match holds, but for a span of years
_BACKGROUND_WORDS = ("back", "began", "since", "past", "previously", "long-standing", "regularly")
#: the opening of a span of years ("2014-2018", "1998/99"): the rest of `_BACKGROUND`
_YEARS_SPAN_OPENS = re.compile(r"(?:19|20)\d\d\s*[–/-]")


def _told_as_background(text: str) -> bool:
    """`_BACKGROUND` found in `text`, tried only where its words or a span of
    years are (most sentences hold neither)."""
    return bool(
        (may_hold(text, text.lower(), _BACKGROUND_WORDS) or _YEARS_SPAN_OPENS.search(text))
        and _BACKGROUND.search(text)
    )


_PRECISE = ("ymd", "dmy", "mdy", "dm", "md", "wd")
_CLAUSE = re.compile(
    r";|,\s+(?:while|whereas|but|and\s+that)\b|\.\s"
    # "..., and Alder University will help India develop specialists": a clause of its own
    r"|,\s+and\s+(?=(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5}\s+(?:will|would|shall)\s)"
)

# field frames: a phrase of lowercase words after a cue ("in the field of",
# "in areas such as", "research in", "focusing on", "covering")
_HEAD_NOUNS = (
    r"research|innovation|advancements?|cooperation|co-operation|collaboration|expertise|grants?|"
    r"programmes?|programs?|degrees?|centres?|centers?|projects?|education|training|courses?|"
    r"partnership|mou|memorandum(?:\s+of\s+understanding)?|agreement|excellence|talent|"
    r"specialists|studies|work|workshops|capacity|students|graduates|doctors|collaborated|teaching|"
    r"collaborate|cooperate|co-operate|"
    r"cooperated|worked|working|work\s+together"
)
#: "did not sign", "without signing", "never signed"
_NOT_BEFORE = re.compile(r"\b(?:not|never|without|n't)\s+(?:\w+\s+)?$")


def _by_initial(*frames: tuple[str, str]) -> str:
    """The alternation of `(?:WORDS)REST` for each (WORDS, REST) of `frames`,
    in order, regrouped by the first letters of the words (in the same order
    within a letter; a word's first character is a plain letter): the engine
    skips a letter's group at once where another letter stands, where it had
    to enter each frame that opens with a group of words or an option."""
    groups: dict[str, list[str]] = {}
    for words, rest in frames:
        for word in words.split("|"):
            groups.setdefault(word[0], []).append(word[1:] + rest)
    return "|".join(f"{letter}(?:{'|'.join(tails)})" for letter, tails in groups.items())


# "The areas named in the memorandum are X, Y and Z"
_NAMED_FRAME = (
    r"\s+(?:named|covered|listed|included|chosen)\s+"
    r"(?:in\s+the\s+(?:memorandum|agreement|mou|document)\s+)?(?:are|include)"
)
# "Areas of cooperation include robotics, ...", "fields of collaboration are ..."
_OF_FRAME = (
    r"\s+of\s+(?:cooperation|co-operation|collaboration|research|work|"
    r"focus|interest)\s+(?:include|includes|included|are|were|will\s+be|cover|covers)"
)
# "an MoU with Birch University on animal health": a bare subject after the partner's name
_ON_FRAME = (
    r"[\w\-]*\)?\s+on(?=\s+(?!(?:the|a|an|its|their|this|that|these|behalf|condition|"
    r"record|campus|site|stage|board|hand|top|display|air|line|[a-z]+day)\b)[a-z])"
)
_FIELD_FRAME = re.compile(
    # (a cheap lookahead first, of the letters the frames open with)
    r"\b(?=[acdefgiklmnprstwA-Z\u017f])(?:"
    + _by_initial(
        ("in", r"\s+the\s+(?:fields?|areas?|domains?|sectors?)\s+of"),
        ("in", r"\s+(?:areas|fields|subjects|disciplines|sectors|domains)\s+(?:such\s+as|like|including)"),
        ("areas|fields|subjects|disciplines|sectors|domains", r"\s+(?:such\s+as|like|including)"),
        ("focus", r"(?:es|ed|ing)?\s+on"),
        ("cent", r"(?:re|er)d\s+on"),
        ("covering", ""),
        ("concentrat", r"(?:e|es|ed|ing)\s+on"),
        # "early detection of diabetes", "in models of ALS", "information on elderly care"
        ("detection|diagnosis|diagnostics|treatment|prevention|management|control|care", r"\s+of"),
        ("in", r"\s+(?:patients|models|people|children)\s+(?:with|of)"),
        ("information|data|expertise|experience|knowledge|funding", r"\s+(?:on|in|about)"),
        # (the areas, fields, topics and subjects of these two frames in any case)
        ("a(?i:reas?)|f(?i:ields?)|t(?i:opics?)|t(?i:hemes?)|A(?i:reas?)|F(?i:ields?)|T(?i:opics?)|T(?i:hemes?)", _NAMED_FRAME),
        # "signed ... to strengthen neurosurgery, infectious diseases and hospital management"
        ("to", r"\s+(?:strengthen|advance|boost|improve)"),
        # "will cooperate in five areas: X, Y and Z", "research in coastal environments"
        (r"cooperate|collaborate|work\s+together", r"\s+in\s+(?:\w+\s+)?(?:areas?|fields?)\s*:"),
        ("a(?i:reas?)|f(?i:ields?)|s(?i:ubjects?)|A(?i:reas?)|F(?i:ields?)|S(?i:ubjects?)|\u017f(?i:ubjects?)", _OF_FRAME),
        ("will|to", r"\s+(?:address|target|cover|span)s?"),
        ("address|target|cover|span", "s?"),
        # "students of marine engineering", "researchers in ecology"
        (
            "students|researchers|scientists|specialists|experts|lecturers|staff|clinicians|physicians|"
            "surgeons|nurses|trainees",
            r"\s+(?:of|in)",
        ),
        # "core clerkships in internal medicine, family medicine ...", "to study frailty and falls"
        ("clerkships|rotations|residencies|electives|attachments", r"\s+in"),
        ("exchanges?", r"\s+in"),
        # "a double-degree agreement (dupla diplomação) in agronomy", "The program, in ..."
        (_HEAD_NOUNS, r"(?:\s*\([^()]{1,40}\))?,?\s+(?:in|on|into)(?:\s+the\s+(?:fields?|areas?)\s+of)?"),
    )
    # (no "MOU", "MoA", "LoI" ... before "on": the document, not a partner)
    + r"|M(?!O[UAC]|o[UAC])" + _ON_FRAME + r"|L(?!OI|oI)" + _ON_FRAME + r"|[A-KN-Z]" + _ON_FRAME
    + r")\s+"
    # a phrase of lowercase words, which may open with an adjective of a people or
    # a place ("Iranian studies", "Japanese encephalitis", "Caspian Sea ecology")
    r"((?:[a-z][a-zà-öø-ÿ\-']*|[A-Z][a-z]+(?:an|ic|ese|ish|ean)(?:\s+Sea)?(?=\s+[a-z]))"
    r"(?:(?:\s+|,\s+|,?\s+and\s+)(?:in\s+)?(?:[a-z][a-zà-öø-ÿ\-']*|"
    # "of Andean grains", "Oropouche fever", "Alzheimer's disease": capitalised words inside
    r"[A-Z][a-z]+(?:an|ic|ese|ish|ean)(?=\s+[a-z])|"
    r"[A-Z][a-z]+(?:['’]s)?(?=\s+(?:fever|disease|diseases|syndrome|virus)\b)))*)"
)
#: words that go on listing fields: "X, in particular Y, as well as Z and other W"
_LIST_GOES_ON = re.compile(
    r",?\s+(?:as\s+well\s+as|in\s+particular|particularly|especially|notably)\s+|\s+and\s+other\s+"
)
#: "The agreements with B and C provide for ...": several documents, told by their partners
_PLURAL_WITH = re.compile(
    r"(?:The|Both|These|All\s+(?:three|four|the))\s+(?:[\w\-]+\s+)?"
    r"(?:agreements|memoranda|MoUs|MOUs|documents|accords|deals)\s+with\s"
)
_OFFICE_AFTER = re.compile(
    r"\s+(?:head|heads|office|officer|officers|director|directors|department|unit|division|team|"
    r"coordinator|manager|secretary|"
    # "a UK-Japan business forum", "the business school": an event or a body, not a subject
    r"forum|school|summit|conference|delegation|leaders|community|fair|expo|park)\b"
)
_RETOLD_SIGNING = re.compile(r"\bsigned\s+the\s+(?:agreement|memorandum|MoU|MOU|document|accord)\b")
_ANOTHER_SIGNING = re.compile(
    # (a cheap lookahead first, of the characters every match opens with)
    r"\b(?=(?-i:[ASTast\u017f]))(?:"
    r"\b(?:also|another|separate|second|third|same\s+(?:ceremony|day|occasion|event))\b)", re.I
)
#: "regional revitalization on (Monday)": a preposition the phrase ran into
_TRAILING_LINK = re.compile(r"\s+on$")
_PART_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?:in\s+)?|\s+or\s+")
_PART_STOP = re.compile(
    r"\s+(?:to|with|at|for|by|from|through|under|which|that|who|while|as|between|among|"
    r"across|within|will|would|can|could|is|are|was|were|has|have|had|its|their|this|these|"
    r"including|along|around|against|over|via|during|after|before|since|until|towards?|"
    r"like|such)\b.*$"
)
_LIST_HEAD = re.compile(
    r"^(?:the\s+)?(?:areas?|fields?|subjects?|disciplines?|sectors?|domains?)\s+"
    r"(?:such\s+as|like|including|of)\s+"
)
_LEAD = re.compile(
    r"^(?:above\s+all|especially|particularly|notably|mainly|mostly|including|on|in|of|for|into|"
    r"(?:joint\s+)?(?:research|studies|training|cooperation|collaboration)\s+(?:in|on))\s+"
)
#: a clause, not a field: an article inside, or an adjective alone ("cultural")
_NOT_PHRASE = re.compile(
    r"\s(?:a|an|the|of\s+the)\s|^\w+(?:al|ic|ive)$|^(?!(?:mining|engineering|nursing|computing|banking|manufacturing|marketing|accounting|building|learning|processing|modell?ing|printing|farming|fishing|shipping|housing|planning|programming|sequencing|imaging|recycling|welding|mapping|forecasting|monitoring|screening|testing|landscaping|brewing|publishing)\s)\w+ing\s|\s(?:of|and|or|in|on|the|a|an|to|for|with)$|\b(?:said|says|more|most)\b|"
    # "supervision of doctoral candidates", "shared use of laboratories", "range of subjects"
    r"^(?:joint\s+)?(?:supervision|use|shared\s+use|range|number|variety|series|kind|part|first|exchange)\s+of\b|"
    r"^(?:the|fall|department|methods|publications|subjects|contributing|including|participating|problems|"
    r"issues|challenges|needs|region|regions|country|countries|topics|matters|aspects|goals|priorities|sectors|"
    r"bid|turn|return|short|total|fact|time|person|line|practice|principle|response|line|"
    # words a list splits off that are no subject: "and", "provides", "institutions"
    r"and|or|but|also|provides?|includes?|covers?|institutions?|institutes?|open|first|second|road|"
    r"master's|bachelor's|doctoral|others?|"
    # pronouns, verbs and the people or places an exchange names: "one", "allows", "rotation"
    r"one|they|it|them|allows?|signed|rotations?|internships?|collection|governorate|academy)$|"
    r"^(?:two|three|four|five|six|several|many|these|those|other)\s+\w+$|"
    # "each side", "next call", "first time"; "recognise each other's credits"; "the college's"
    r"^(?:each|next|first|last|this|that)\s+\w+$|\beach\s+(?:other|side)\b|"
    r"\b(?:college|department|university|faculty|hospital|institute|company|school|centre|center)['’]s\b"
)
_DETERMINER = re.compile(r"^(?:the|a|an|its|their|both|all|new|joint|various|other|such)\s+")
_GENERIC = frozenset(
    {
        "research",
        "development",
        "innovation",
        "cooperation",
        "collaboration",
        "training",
        "talent",
        "talents",
        "projects",
        "project",
        "areas",
        "fields",
        "exchanges",
        "exchange",
        "programmes",
        "programs",
        "activities",
        "partnership",
        "joint research",
        "knowledge",
        "academic exchanges",
        "mutual interest",
        "areas of mutual interest",
        "knowledge transfer",
        "talent cultivation",
        "capacity building",
        "teaching",
        "education",
        "science",
        "technology",
        "work",
    }
)
_NOT_FIELD = re.compile(
    r"\b(?:students?|staff|faculty|exchanges?|mobility|researchers?|scholars?|teachers?|"
    r"academics|lecturers?|professors?|undergraduates?|postgraduates?|trainees?|fellows?|"
    r"collaboration|cooperation|partnership|agreement|memorandum|university|universities|college|colleges|hospital|hospitals|institute|company|"
    r"programme|program|years?|months?|days?|order|addition|particular|future|terms)\b"
)

#: a role word that opens a unit's name: "Faculty of Industrial Technology"
_UNIT_NAME_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


class AttributeReader:
    """Reads exchanges, fields and missing dates for the agreements of one
    article; `apply` fills them in on each `Found`."""

    def __init__(
        self,
        lexicon: Lexicon,
        sentences: list[Sentence],
        insts: ArticleInstitutions,
        found: list[Found],
        published: str | None,
    ):
        self.lex = lexicon
        self.sentences = sentences
        self.insts = insts
        self.found = found
        self.published = published
        self.by_sentence: dict[int, list[Found]] = {}
        for item in found:
            self.by_sentence.setdefault(item.sentence.index, []).append(item)
        self.main = self._main_for_title()
        #: the phrases after field frames of each text read (see `_framed_fields`)
        self._framed: dict[str, list[str]] = {}

    # -- scope ---------------------------------------------------------------
    def _ours(self, item: Found) -> set[int]:
        ours = set(item.parties)
        for idx in item.parties:
            parent = self.insts.institutions[idx].unit_of
            if parent is not None:
                ours.add(parent)
        return ours

    def window(self, item: Found) -> list[Sentence]:
        """The evidence sentence and the sentences that go on describing the
        same agreement."""
        first = item.sentence
        ours = self._ours(item)
        key = frozenset(item.parties)
        earlier_same = any(
            frozenset(f.parties) == key and 0 < f.sentence.index < first.index  # not the headline
            for f in self.found
        )
        # "A signed separate memoranda with B and C": sentences naming only
        # the other partner describe the other memorandum
        siblings = [f for f in self.by_sentence.get(first.index, ()) if f is not item]
        theirs = {p for f in siblings for p in self._ours(f)} - ours
        own = ours - {p for f in siblings for p in self._ours(f)}
        out = [first]
        if first.index == 0:
            return out  # a headline says no more than itself
        pending: list[Sentence] = []
        pending_ok = False
        paragraph = anchor = first.paragraph
        items = 0  # bulleted lines and table rows: paragraphs of one list, not of the story
        for sent in self.sentences[first.index + 1 :]:
            if sent.index in item.retold:
                out.extend(pending)  # told again: the description goes on from here
                out.append(sent)
                pending, pending_ok, paragraph = [], False, sent.paragraph
                anchor = sent.paragraph
                continue
            if sent.paragraph != paragraph:
                if pending_ok:
                    out.extend(pending)
                pending, pending_ok = [], False
                paragraph = sent.paragraph
                # (and a table's rows, which HTML pages give one line each)
                items += bool(LIST_ITEM.match(sent.text) or " | " in sent.text)
                if earlier_same or paragraph - first.paragraph - items > 4:
                    break
            others = [f for f in self.by_sentence.get(sent.index, ()) if f is not item]
            if others:
                # the same agreement told again, or a joint lab founded beside
                # an MoU, is still this agreement's description; any other is not
                if all(
                    frozenset(f.parties) == key
                    and (
                        item.type == "partnership"
                        or f.type in (item.type, "joint_lab", "partnership")
                    )
                    for f in others
                ):
                    continue
                break
            if self._other_signing(sent, ours):
                break
            if _told_as_background(sent.text):
                continue
            if (
                _PLURAL_WITH.match(sent.text)
                and not {m.inst for m in self.insts.mentions[sent.index]} & ours
            ):
                continue  # "The agreements with B and C cover ...": not this one
            if theirs:
                named = {m.inst for m in self.insts.mentions[sent.index]}
                if named & theirs and not named & own:
                    continue  # "The MoU with B covers ...": a sibling's details
                if named & own and not named & theirs and sent.paragraph != anchor:
                    # "The RGSU agreement covers ...": this one's details, told apart
                    pending.append(sent)
                    pending_ok = True
                    continue
            if sent.paragraph == anchor:
                out.append(sent)
                continue
            pending.append(sent)
            if not pending_ok:
                pending_ok = bool(_REFERS.search(sent.text)) or self._names_two(sent, ours)
        if pending_ok:
            out.extend(pending)
        out += self._plural_retold(item, ours, out)
        if _EVENT_REF.search(first.text):
            out[:0] = self._event_told_before(first)
        lead = self._lead_before(first, ours)
        if lead is not None:
            out.append(lead)
        return out

    def _plural_retold(self, item: Found, ours: set[int], window: list[Sentence]) -> list[Sentence]:
        """ "The agreements with B and C provide for ...": a sentence after
        several signings that names this agreement's partner among others
        describes this one too, wherever its own description stopped."""
        first = item.sentence
        out = []
        for sent in self.sentences[first.index + 1 : first.index + 9]:
            if sent in window or not _PLURAL_WITH.match(sent.text):
                continue
            named = {m.inst for m in self.insts.mentions[sent.index]}
            if named & ours and len(named - ours) >= 1:
                out.append(sent)
        return out

    def _lead_before(self, first: Sentence, ours: set[int]) -> Sentence | None:
        """The sentence just before the evidence when it tells the same
        signing without names ("A municipal hospital in Tainan and a medical
        centre in Okayama signed a memorandum on Tuesday to work together on
        telemedicine. The memorandum between A and B was signed by ..."):
        what it says the agreement covers belongs to it."""
        if first.index < 2:
            return None
        sent = self.sentences[first.index - 1]
        if _ANOTHER_SIGNING.search(first.text) and _RETOLD_SIGNING.search(sent.text):
            return None  # "The rectors signed the agreement, ... At the same ceremony they also signed"
        if sent.index in self.by_sentence or first.paragraph - sent.paragraph > 1:
            return None
        if not self.lex.triggers.search(sent.text) or LIST_ITEM.match(sent.text):
            return None
        if any(m.inst not in ours for m in self.insts.mentions[sent.index]):
            return None
        return sent

    def _event_told_before(self, first: Sentence) -> list[Sentence]:
        """The sentences before an evidence sentence that signs "at the end
        of the meeting": back to the one that dates the meeting."""
        before: list[Sentence] = []
        for sent in reversed(self.sentences[max(1, first.index - 6) : first.index]):
            if sent.index in self.by_sentence or _SIGNING.search(sent.text):
                break  # (a signing told before is another agreement's, or this one's retold)
            before.insert(0, sent)
            if any(d.kind in _PRECISE for d in find_dates(sent.text, self.published)):
                break
        return before

    def _names_two(self, sent: Sentence, ours: set[int]) -> bool:
        named = {m.inst for m in self.insts.mentions[sent.index] if m.inst in ours}
        return len(named) >= 2

    def _other_signing(self, sent: Sentence, ours: set[int]) -> bool:
        """A signing of an instrument by an institution outside the parties:
        another agreement the finder did not report."""
        if not (self.lex.triggers.search(sent.text) and self.lex.instruments.search(sent.text)):
            return False
        text = sent.text
        if all(
            _NOT_BEFORE.search(text, max(0, start - 20), start)
            for start, _, _, _ in self.lex.triggers.finditer(text)
        ):
            return False  # "The provost attended but did not sign": no signing
        # (a unit's university is no outsider: "the agreement is held by the college")
        parents = {self.insts.institutions[p].unit_of for p in ours}
        return any(m.inst not in ours and m.inst not in parents for m in self.insts.mentions[sent.index])

    def _clauses(self, item: Found, sent: Sentence) -> str:
        """The parts of a sentence shared by several agreements that speak of
        this one ("UUM concluded memoranda with A, while B and C will share
        expertise in materials science")."""
        sharing = [f for f in self.by_sentence.get(sent.index, ()) if f is not item]
        ours = set(item.parties)
        if not any(set(f.parties) - ours for f in sharing):
            return sent.text
        theirs = {p for f in sharing for p in f.parties} - ours
        kept = []
        start = 0
        bounds = [m.start() for m in _CLAUSE.finditer(sent.text)] + [len(sent.text)]
        keep = False
        for end in bounds:
            a, b = sent.start + start, sent.start + end
            names = {m.inst for m in self.insts.mentions[sent.index] if a <= m.start < b}
            if names & ours:
                keep = True
            elif names & theirs:
                keep = False
            if keep:
                kept.append(sent.text[start:end])
            start = end
        return " ".join(kept)

    # -- attributes ------------------------------------------------------------
    def apply(self, item: Found) -> None:
        scope = self.window(item)
        texts = [self._clauses(item, scope[0])] + [s.text for s in scope[1:]]
        # (only what is told from the evidence on: a sentence before it that
        # leaves exchanges out speaks of the agreement told before)
        after = [t for sent, t in zip(scope, texts, strict=True) if sent.index >= scope[0].index]
        codes = set(self.exchanges(texts)) - self.excluded(after)
        if item.type == "student_exchange" or item.type == "dual_degree":
            codes.add("student")  # the instrument itself moves students
        item.exchanges = [e for e in ("student", "staff", "researcher") if e in codes]
        fields = self.fields_in(texts[0], lexicon=True)
        for text in texts[1:]:
            for value in self.fields_in(text, lexicon=False):
                _add_field(fields, value)
        main = self.main
        if main is not None and item.sentence is main.sentence and item.type == main.type:
            for value in self.fields_in(self.sentences[0].text, lexicon=True, title=True):
                _add_field(fields, value)
        item.fields = fields
        if not item.dated:
            self._date_from_window(item, scope)

    def exchanges(self, texts: list[str]) -> list[str]:
        """Exchange codes said in `texts`: a named exchange ("student
        exchanges", "faculty and student exchanges") or people with a word
        that moves them in the same clause ("send students and teachers")."""
        codes: list[str] = []
        for text in texts:
            if "no " in text or "not " in text or "without " in text:
                # "it provides for no exchange of students or staff": told to be absent
                text = _NO_EXCHANGE.sub(lambda m: " " * len(m.group(0)), text)
            if "possib" in text or "potential" in text or "eventual" in text:
                # "and possible short-term student mobility": not what it includes
                text = _HEDGED_EXCHANGE.sub(lambda m: " " * len(m.group(0)), text)
            extra = _distribute(text)
            matches = list(self.lex.exchanges.finditer(text))
            if extra:
                matches += self.lex.exchanges.finditer(extra)
            codes.extend(code for _, _, _, code in matches if code)
            moves = self.lex.mobility.finditer(text)
            if "open" in text:
                # "opened that facility to MKU staff and students": let in to work there
                moves = moves + [(m.start(), m.end(), m.group(0), None) for m in _OPENED_TO.finditer(text)]
            if not moves:
                continue
            cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
            roles = [
                r
                for r in self.lex.roles.finditer(text)
                # "students of Alder's Faculty of Industrial Technology": a unit's name
                if not (r[2][:1].isupper() and _UNIT_NAME_AFTER.match(text, r[1]))
                # "on Saturday, Teachers' Day": a holiday
                and not _DAY_AFTER.match(text, r[1])
                # "the Biotechnical Faculty would host": the last word of a name
                and not (r[2] == "Faculty" and _CAPITALISED_BEFORE.search(text, 0, r[0]))
            ]
            moved = []
            for s, _, _, _ in roles:
                lo = max(c for c in cuts if c <= s)
                hi = min(c for c in cuts if c > s)
                # "send students", "students ... will be able to spend a semester"
                # "the partner campus" names the move from further away
                moved.append(
                    any(
                        lo <= ms < hi
                        and -90
                        < ms - s
                        < (100 if cue.lower().startswith(("partner", "member")) else 80)
                        for ms, _, cue, _ in moves
                    )
                )
            # "students, teaching staff and researchers ... will carry out stays":
            # people coordinated in one list move together
            for k in range(len(roles) - 2, -1, -1):
                if moved[k + 1] and _ROLES_COORDINATED.fullmatch(
                    text, roles[k][1], roles[k + 1][0]
                ):
                    moved[k] = True
            codes.extend(r[3] for r, hit in zip(roles, moved, strict=True) if hit)
        return codes

    def excluded(self, texts: list[str]) -> set[str]:
        """Exchange codes `texts` say the agreement leaves out ("Student
        mobility is not part of this first agreement", "Medical students are
        not covered", "it does not cover staff mobility"): a description that
        names them elsewhere (teachers who "will continue to move" under older
        agreements) does not put them back."""
        spans: list[str] = []
        for text in texts:
            if "not " not in text and "no " not in text.lower() and "without " not in text:
                continue
            spans += [m.group(0) for m in _NO_EXCHANGE.finditer(text)]
            left = _LEFT_OUT.match(text)
            if left:
                spans.append(left.group("who"))
        codes: set[str] = set()
        for span in spans:
            codes.update(code for *_, code in self.lex.exchanges.finditer(span) if code)
            codes.update(code for *_, code in self.lex.roles.finditer(span) if code)
            extra = _distribute(span)
            if extra:
                codes.update(code for *_, code in self.lex.exchanges.finditer(extra) if code)
        return codes

    def _in_known_name(self, text: str, s: int, e: int) -> bool:
        """True when [s, e) lies inside the name of a body of this article
        ("Electronics" in "Electronics and Telecommunications Research
        Institute")."""
        if not text[s : s + 1].isupper():
            return False
        word = text[s:e].lower()
        for inst in self.insts.institutions:
            for form in inst.forms:
                if (
                    form
                    and word in form.lower()
                    and len(form) > e - s
                    and any(a <= s and e <= b for a, b in occurrences(text, form))
                ):
                    return True
        return False

    def fields_in(self, text: str, lexicon: bool, title: bool = False) -> list[str]:
        """Subject fields of one sentence: vocabulary terms (when `lexicon`)
        and the phrases after field frames, split on commas and "and"."""
        fields: list[str] = []
        if lexicon:
            for s, e, phrase, label in self.lex.fields.finditer(text):
                if not phrase.isupper() and (
                    _in_name(text, s, e, title) or self._in_known_name(text, s, e)
                ):
                    continue  # part of a name: "Faculty of Fine Arts"
                if _OFFICE_AFTER.match(text, e):
                    continue  # "international relations head Mercedes X": an office, not a field
                if phrase.lower() in _GENERIC:
                    continue  # "collaboration in research, education and training": what, not in what
                _add_field(fields, label if phrase.isupper() else phrase.lower())
        for value in self._framed_fields(text):
            _add_field(fields, value)
        return fields

    def _framed_fields(self, text: str) -> list[str]:
        """The phrases after the field frames of `text`, in order, each to be
        added with `_add_field`; read once per text of the article (the
        sentences of a window are read again for each agreement they describe)."""
        got = self._framed.get(text)
        if got is not None:
            return got
        got = self._framed[text] = []
        pos = 0
        while m := _FIELD_FRAME.search(text, pos):
            # frames overlap: "covers student exchange and research on river
            # logistics" holds a second frame inside the first one's phrase
            pos = m.start(1)
            phrase = _PART_STOP.sub("", _LIST_HEAD.sub("", _LIST_GOES_ON.sub(", ", m.group(1))))
            for part in _PART_SPLIT.split(phrase):
                part = _DETERMINER.sub("", _LEAD.sub("", part.strip(" -'")))
                part = _TRAILING_LINK.sub("", _DETERMINER.sub("", part))
                if not 2 < len(part) < 45 or len(part.split()) > 5:
                    continue
                if part in _GENERIC or _NOT_FIELD.search(part) or _NOT_PHRASE.search(part):
                    continue
                got.append(part[0].lower() + part[1:] if part[:1].isupper() else part)
        return got

    def _main_for_title(self) -> Found | None:
        """The agreement the headline is about: the first reported one of
        the instrument type the headline names, else the first reported one
        between institutions the headline names."""
        if not self.sentences or not self.found:
            return None
        title = self.sentences[0]
        body = sorted(
            (f for f in self.found if f.sentence.index > 0), key=lambda f: f.sentence.index
        )
        if not body:
            return None
        codes = {code for _, _, _, code in self.lex.instruments.finditer(title.text)}
        for item in body:
            if item.type in codes:
                return item
        named = {m.inst for m in self.insts.mentions[title.index]}
        for item in body:
            if named & set(item.parties):
                return item
        return None

    def _date_from_window(self, item: Found, scope: list[Sentence]) -> None:
        """A signing date said after the evidence sentence ("The agreement
        was signed in Munich on 10 March 2023"), else the date of the
        meeting the evidence sentence refers to ("By the end of the meeting
        the rectors had signed ...")."""
        for sent in scope[1:]:
            if sent.index <= item.sentence.index:
                continue  # (a window that opens before the evidence: its own sentence is read)
            trigger = _SIGNING.search(sent.text)
            if not trigger or FIRST_SIGNED.search(sent.text):
                continue  # ("The first version was signed in 2014": the original's date)
            dates = [
                d
                for d in find_dates(sent.text, self.published)
                if d.value and -40 < d.start - trigger.end() < 80
            ]
            if dates:
                best = min(
                    dates, key=lambda d: (2 - d.value.count("-"), abs(d.start - trigger.end()))
                )
                item.signed, item.dated = best.value, True
                return
        if _EVENT_REF.search(item.sentence.text):
            first = item.sentence
            for sent in reversed(self.sentences[max(0, first.index - 6) : first.index]):
                dates = [
                    d
                    for d in find_dates(sent.text, self.published)
                    if d.value and d.kind in _PRECISE and d.start > 0
                ]
                if dates:
                    item.signed, item.dated = dates[-1].value, True
                    return


#: an exchange named, with the people it moves after it: "exchanges of students
#: and staff", "mobility for lecturers"
_AN_EXCHANGE_OF = (
    r"(?:[\w\-]+\s+(?:or\s+|and\s+|nor\s+)?){0,3}?(?:exchanges?|mobility|secondments?)"
    # ("no exchange of students or staff:": the last of the people, before the colon)
    r"(?:\s+(?:of|for)\s+(?:[\w\-]+(?:\s*,\s*|\s+(?:or|and|nor)\s+|\s+)){0,5}(?:[\w\-]+\b)?)?"
)
#: an exchange told to be absent: "no exchange of students or staff", "does not
#: involve any secondment or exchange of personnel", "without staff exchanges"
_NO_EXCHANGE = re.compile(
    r"\b(?:no|not\s+(?:[\w\-]+\s+){0,3}?(?:any|an?)|without(?:\s+any)?|"
    # "it does not include exchange of students", "does not provide for mobility of"
    # (not "not only", "but not limited to": those add to what it covers)
    r"not(?!\s+(?:only|just|merely|simply|limited|restricted|confined|least)\b)(?:\s+[\w\-]+){1,3}?)\s+"
    + _AN_EXCHANGE_OF,
    re.I,
)


#: a place of one party opened to the other's people: "open its laboratories to",
#: "opened that facility to", "open their clinical teaching sites to"
_OPENED_TO = re.compile(
    r"\bopen(?:s|ed|ing)?\s+(?:up\s+)?(?:its|their|that|the|this|these|both)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:facility|facilities|wards?|laborator(?:y|ies)|labs?|clinics?|hospitals?|premises|campus(?:es)?|"
    r"sites?|departments?|units?|centres?|centers?)\s+to\b"
)
#: a capitalised word right before "Faculty": "the Biotechnical Faculty", a unit's name
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w\-]+\s+$")
#: the day after a role word makes a holiday: "Teachers' Day", "Nurses Day"
_DAY_AFTER = re.compile(r"['’]?s?\s+Day\b")
#: an exchange the agreement only may lead to: "possible short-term student
#: mobility", "the potential exchange of staff", "the possibility of exchanges"
_HEDGED_EXCHANGE = re.compile(
    r"\b(?:possible|potential|eventual|possibility\s+of|prospect\s+of)\s+" + _AN_EXCHANGE_OF,
    re.I,
)
#: people or an exchange named first and then told to be outside the
#: agreement: "Medical students are not covered by the new agreement",
#: "Exchanges of students and lecturers are not yet part of the arrangement"
_LEFT_OUT = re.compile(
    r"^(?:But\s+|However,?\s+)?(?P<who>[^,;:]{3,80}?)\s+(?:is|are|was|were|will\s+be|would\s+be)\s+"
    r"not\s+(?:yet\s+|currently\s+|presently\s+)?"
    r"(?:part\s+of|covered|included|foreseen|envisaged|provided\s+for|within|in\s+the\s+scope)\b",
    re.I,
)


def _in_name(text: str, s: int, e: int, title: bool) -> bool:
    """A capitalised term inside a name ("Department of German Language",
    "Korea Drug Development Fund"), not a field."""
    if not text[s : s + 1].isupper():
        return False
    before = text[max(0, s - 20) : s]
    after = text[e : e + 20]
    if _UNIT_AFTER.match(after):
        return True
    if _NAME_BEFORE.search(before):
        return True
    if _CAP_AFTER.match(after) and not _AND_OR_AFTER.match(after):
        return True
    return not title and s > 0 and bool(_CAP_BEFORE.search(before))


_UNIT_AFTER = re.compile(
    r"\s+(?:school|faculty|college|department|institute|programme|program)\b", re.I
)
_NAME_BEFORE = re.compile(
    r"(?:\b(?:of|for|of\s+the)\s+|[A-Z][\w&]*,?\s+|[A-Z][\w&]*\s+(?:and|&)\s+)$"
)
_CAP_AFTER = re.compile(r"\s+[A-Z]")
_AND_OR_AFTER = re.compile(r"\s+(?:and|or)\b")
_CAP_BEFORE = re.compile(r"[A-Z]\w*\s+$")


def _add_field(fields: list[str], value: str) -> None:
    """Add a field unless one says as much; the fuller phrase wins
    ("disaster management" over "management")."""
    for k, f in enumerate(fields):
        if value in f:
            return
        if f in value:
            fields[k] = value
            return
    fields.append(value)


_EXCHANGE_WORD = re.compile(r"exchange|mobility", re.IGNORECASE)
_EXCHANGE_WORDS = ("exchange", "mobility")
#: ", ", " and ", ", and " between two kinds of people in one list
_ROLES_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_COORDINATED_EXCHANGES = re.compile(
    r"\b(\w+)(?:,\s*(\w+))?,?\s+and\s+(\w+)\s+(exchanges?|mobility)\b", re.IGNORECASE
)
_EXCHANGE_OF_LIST = re.compile(
    # "exchange of academic staff and students", "exchange of faculty, staff and students"
    r"\bexchanges?\s+of\s+(\w+(?:\s+\w+)?)(?:,\s*(\w+(?:\s+\w+)?))?,?\s+and\s+(\w+(?:\s+members)?)",
    re.IGNORECASE,
)


def _distribute(text: str) -> str:
    """The coordinated exchange phrases of `text` spelled out one by one
    ("faculty and student exchanges" -> "faculty exchanges | student
    exchanges"), so they match the lexicon; "" when there are none."""
    if not may_hold(text, text.lower(), _EXCHANGE_WORDS) or not _EXCHANGE_WORD.search(text):
        return ""  # both forms need the word: most sentences lack it
    extra = []
    for m in _COORDINATED_EXCHANGES.finditer(text):
        for word in (m.group(1), m.group(2), m.group(3)):
            if word:
                extra.append(f"{word} {m.group(4)}")
    for m in _EXCHANGE_OF_LIST.finditer(text):
        for word in (m.group(1), m.group(2), m.group(3)):
            if word:
                extra.append(f"exchange of {word}")
    return " | ".join(extra)

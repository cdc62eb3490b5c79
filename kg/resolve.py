"""One institution, one node: resolving what articles say across the store.

Every article states names for the institutions it mentions (a fullest name,
aliases such as acronyms, short and former names), a kind, a country and a
parent for units. `resolve` groups these mentions into real institutions and
records why each name joined its group, so every merge can be explained.

Merging needs evidence, and never trusts an acronym or a short name alone:

1. **Same full name.** Mentions whose fullest names fold to the same key
   (case, accents, punctuation, "The" ignored) are one institution, except
   when they state different countries ("Trinity College" in Dublin and in
   Hartford): then one institution per country.
2. **Generic names are scoped.** "Faculty of Law" or "Ministry of Education"
   names a different body in every university or country, so such names are
   keyed by their parent institution (units) or country (government), or kept
   to their article when neither is known.
3. **Declared equivalents.** An alias that is itself a full institution name
   and not a shortening of the name ("Beijing Medical University" for "Peking
   University Health Science Center", "Technische Universität München" for
   "Technical University of Munich") merges the two names everywhere, when
   countries and kinds agree and no article names both as different bodies.
4. **Short names link, never merge.** A mention known only by an acronym or
   short name ("PolyU", "UM", "Illinois") links to the institution that
   declares that alias; when several do, to the one in the article's country
   or sharing its partners; otherwise it stays a node of its own and a
   warning says so.
5. **People decide last.** Pins in the identity file (`kg.identities`)
   force merges, splits, canonical names, countries, kinds and parents.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.identities import Identities
from kg.model import Mention, ResolvedInstitution
from kg.names import fold

#: head words (folded) that make a string an institution's full name
_HEAD = re.compile(
    r"\b(universit\w*|universidad\w*|universidade|universiti|universitas|universita|univ|college\w*|"
    r"institut\w*|hospital\w*|clinic\w*|klinik\w*|school|faculty|faculte|fakultat|academy|academ\w+|akadem\w+|"
    r"cent(?:er|re|ro)|laborator\w*|lab|ministry|ministerio|ministere|department|agency|agence|council|"
    r"foundation|fondation|fundacion|stiftung|corporation|company|group|ltd|limited|inc|gmbh|plc|llc|"
    r"association|society|commission|bureau|office|authority|polytechnic|politecnico|politecnica|"
    r"hochschule|ecole|escuela|scuola|observatory|museum|consortium|network|alliance|organi[sz]ation|"
    r"government|city|province|municipality|administration|service|board|federation|union|"
    r"medical center|health|hopital|ospedale|krankenhaus|universitetssjukhuset|hogskola|"
    r"research|sciences?|technology|co)\b"
)
#: names of bodies that exist once per parent or per country
_GENERIC_UNIT = re.compile(
    r"^(faculty|school|college|department|graduate school|division|institute|centre|center|"
    r"laboratory|lab|program|programme|office|unit|clinic|chair)s?\b (of|for|on)\b"
)
_GENERIC_GOVERNMENT = re.compile(
    r"^(ministry|department|office|agency|council|commission|bureau|secretariat|directorate|"
    r"administration|authority|board)s?\b (of|for|on)\b"
)
_UNIVERSITY_WORD = re.compile(
    r"\b(universit\w*|universidad\w*|universidade|universiti|universitas)\b"
)
#: an ambiguous short name with more candidates than this stays apart
_MAX_CANDIDATES = 8
#: articles read per candidate when looking for shared partners
_MAX_ARTICLES = 200
_COMPATIBLE_KINDS = [{"university", "research_institute"}, {"hospital", "academic_unit"}]


@lru_cache(maxsize=262_144)
def is_full_name(name: str) -> bool:
    """True for a name that says what kind of body it is ("Kyoto
    University"); False for an acronym or short form ("PolyU", "Illinois").

    >>> is_full_name("The Hong Kong Polytechnic University"), is_full_name("PolyU")
    (True, False)
    """
    key = fold(name)
    return len(key.split()) >= 2 and bool(_HEAD.search(key))


def is_shortening(alias: str, name: str) -> bool:
    """True when `alias` only drops words of `name` ("Peking University" of
    "Peking University Health Science Center"): a short form, not another
    name of the same body.

    >>> is_shortening("Peking University", "Peking University Health Science Center")
    True
    >>> is_shortening("Beijing Medical University", "Peking University Health Science Center")
    False
    """
    alias_words, name_words = fold(alias).split(), fold(name).split()
    return set(alias_words) <= set(name_words)


def _scope(mention: Mention) -> str | None:
    """Why a generic name is scoped: 'parent', 'country', 'article'; None for a specific name."""
    key = fold(mention.name)
    if mention.kind == "academic_unit" or (
        _GENERIC_UNIT.match(key) and not _UNIVERSITY_WORD.search(key)
    ):
        if _GENERIC_UNIT.match(key) and not _UNIVERSITY_WORD.search(key) and not mention.unit_of:
            return "article"
        if mention.unit_of and not _UNIVERSITY_WORD.search(key):
            return "parent"
        return None
    if _GENERIC_GOVERNMENT.match(key):
        return "country" if mention.country else "article"
    return None


@dataclass
class _Group:
    """A growing cluster in the union-find."""

    countries: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    locals_by_article: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    reasons: list[str] = field(default_factory=list)


class _Clusters:
    """Union-find over node ids, refusing merges that contradict the data."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.groups: dict[str, _Group] = {}
        self.refused: list[str] = []

    def node(self, node_id: str) -> str:
        if node_id not in self.parent:
            self.parent[node_id] = node_id
            self.groups[node_id] = _Group()
        return self.find(node_id)

    def find(self, node_id: str) -> str:
        root = node_id
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node_id] != root:
            self.parent[node_id], node_id = root, self.parent[node_id]
        return root

    def add_mention(self, node_id: str, mention: Mention) -> None:
        group = self.groups[self.node(node_id)]
        if mention.country:
            group.countries.add(mention.country)
        if mention.kind and mention.kind != "other":
            group.kinds.add(mention.kind)
        group.locals_by_article[mention.article].add(mention.local)

    def conflict(self, a: str, b: str) -> str | None:
        ga, gb = self.groups[a], self.groups[b]
        if ga.countries and gb.countries and ga.countries != gb.countries:
            return f"countries {'/'.join(sorted(ga.countries))} vs {'/'.join(sorted(gb.countries))}"
        if ga.kinds and gb.kinds and not (ga.kinds & gb.kinds):
            kinds = ga.kinds | gb.kinds
            if not any(kinds <= ok for ok in _COMPATIBLE_KINDS):
                return f"kinds {'/'.join(sorted(ga.kinds))} vs {'/'.join(sorted(gb.kinds))}"
        for article in ga.locals_by_article.keys() & gb.locals_by_article.keys():
            if ga.locals_by_article[article] != gb.locals_by_article[article]:
                return f"one article ({article.rsplit('/', 1)[-1]}) names them as two bodies"
        return None

    def union(self, a: str, b: str, reason: str, force: bool = False) -> bool:
        ra, rb = self.node(a), self.node(b)
        if ra == rb:
            return True
        problem = None if force else self.conflict(ra, rb)
        if problem:
            self.refused.append(f"{reason}: not merged ({problem})")
            return False
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        ga, gb = self.groups[ra], self.groups.pop(rb)
        ga.countries |= gb.countries
        ga.kinds |= gb.kinds
        for article, locals_ in gb.locals_by_article.items():
            ga.locals_by_article[article] |= locals_
        ga.reasons.extend(gb.reasons)
        ga.reasons.append(reason)
        return True


def _most_common(values: Iterable[str | None], prefer_longer: bool = False) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v) if prefer_longer else 0, v))


@dataclass
class Resolution:
    """The institutions of a store and where each mention went."""

    institutions: list[ResolvedInstitution]
    #: (article IRI, local IRI) -> index into `institutions`
    assignment: dict[tuple[str, str], int]
    warnings: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def find(self, name: str) -> list[ResolvedInstitution]:
        """Institutions having `name` (folded) as a name or alias."""
        key = fold(name)
        return [
            inst
            for inst in self.institutions
            if key == fold(inst.pref_label) or key in {fold(a) for a in inst.alt_labels}
        ]


def resolve(mentions: Iterable[Mention], identities: Identities | None = None) -> Resolution:
    """Group mentions into institutions (see the module docstring).

    >>> ms = [Mention("a1", "x", "The Hong Kong Polytechnic University", ("PolyU",), "university", "HK"),
    ...       Mention("a2", "y", "Hong Kong Polytechnic University", (), "university", "HK"),
    ...       Mention("a3", "z", "PolyU", (), "university", None)]
    >>> [(i.pref_label, i.alt_labels) for i in resolve(ms).institutions]
    [('The Hong Kong Polytechnic University', ['Hong Kong Polytechnic University', 'PolyU'])]
    """
    ids = identities or Identities()
    split = ids.split_keys
    mentions = sorted(set(mentions), key=lambda m: (m.article, m.local, m.name))
    clusters = _Clusters()
    node_of: dict[tuple[str, str], str] = {}  # (article, local) -> node id
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    local_index = {(m.article, m.local): m for m in mentions}

    # 1. specific full names: one node per folded name (per country when they differ)
    full = [m for m in mentions if is_full_name(m.name) and _scope(m) is None]
    countries_of_key: dict[str, set[str]] = defaultdict(set)
    for m in full:
        if m.country:
            countries_of_key[fold(m.name)].add(m.country)
    undecided: list[Mention] = []
    for m in full:
        key = fold(m.name)
        if len(countries_of_key[key]) > 1:
            if not m.country:
                undecided.append(m)
                continue
            node_id = f"name:{key}@{m.country}"
        else:
            node_id = f"name:{key}"
        node_of[(m.article, m.local)] = node_id
        clusters.add_mention(node_id, m)

    # 2. declared equivalent names merge; short aliases are indexed for linking
    short_index: dict[str, set[str]] = defaultdict(set)  # folded short name -> node ids
    for m in full:
        if (m.article, m.local) not in node_of:  # undecided: linked in step 4
            continue
        node_id = node_of[(m.article, m.local)]
        for alias in m.aliases:
            akey = fold(alias)
            if not akey or akey == fold(m.name):
                continue
            if (
                is_full_name(alias)
                and not is_shortening(alias, m.name)
                and _scope(Mention(m.article, m.local, alias, (), m.kind, m.country, m.unit_of))
                is None
            ):
                if akey in split or fold(m.name) in split:
                    continue
                target = (
                    f"name:{akey}@{m.country}"
                    if len(countries_of_key[akey]) > 1 and m.country
                    else f"name:{akey}"
                )
                clusters.union(
                    node_id,
                    target,
                    f"'{alias}' is another name of '{m.name}' in article {_short(m.article)}",
                )
            else:
                short_index[akey].add(node_id)
        short_index[fold(m.name)].add(node_id)

    # 3. scoped generic names: units under their parent, government bodies per country
    undecided_ids = {id(m) for m in undecided}
    for m in mentions:
        if (m.article, m.local) in node_of or id(m) in undecided_ids or not is_full_name(m.name):
            continue
        scope = _scope(m)
        if scope is None:
            continue
        key = fold(m.name)
        if scope == "parent" and (m.article, m.unit_of) in node_of:
            node_id = f"unit:{key}@{clusters.find(node_of[(m.article, m.unit_of)])}"
        elif scope == "country":
            node_id = f"gov:{key}@{m.country}"
        else:
            node_id = f"local:{key}@{m.article}#{m.local}"
        node_of[(m.article, m.local)] = node_id
        clusters.add_mention(node_id, m)
        short_index[key].add(node_id)
    for m in mentions:  # units whose parent was only resolved in this pass
        if (
            (m.article, m.local) not in node_of
            and is_full_name(m.name)
            and id(m) not in undecided_ids
        ):
            node_id = f"local:{fold(m.name)}@{m.article}#{m.local}"
            node_of[(m.article, m.local)] = node_id
            clusters.add_mention(node_id, m)

    # 4. short names and country-less ambiguous names link to one candidate
    warnings: list[str] = []
    for m in [*undecided, *(m for m in mentions if not is_full_name(m.name))]:
        key = fold(m.name)
        nodes = short_index.get(key, ())
        if len(nodes) > _MAX_CANDIDATES * 4:  # a name shared by that many bodies decides nothing
            nodes = ()
        candidates = sorted({clusters.find(n) for n in nodes})
        if key in split:
            candidates = []
        chosen, why = _choose(m, candidates, clusters, by_article, node_of)
        if chosen is not None:
            node_of[(m.article, m.local)] = chosen
            clusters.add_mention(chosen, m)
            clusters.groups[clusters.find(chosen)].reasons.append(
                f"'{m.name}' in article {_short(m.article)} linked {why}"
            )
            continue
        if len(candidates) > 1:
            warnings.append(
                f"'{m.name}' in article {_short(m.article)} is ambiguous ({len(candidates)} candidates); kept apart"
            )
        scope = m.country or m.article
        node_id = f"short:{key}@{scope}"
        node_of[(m.article, m.local)] = node_id
        clusters.add_mention(node_id, m)

    # 5. pinned merges
    for group in ids.merge:
        targets = [n for name in group for n in _nodes_named(name, node_of, local_index, clusters)]
        if len(targets) < 2 and len(group) >= 2:
            warnings.append(f"pinned merge {group} names fewer than two known institutions")
        for other in targets[1:]:
            clusters.union(
                targets[0],
                other,
                f"pinned merge of {' + '.join(repr(n) for n in group)}",
                force=True,
            )

    return _build(mentions, node_of, clusters, ids, warnings, local_index)


def _short(article_iri: str) -> str:
    return article_iri.rsplit("/", 1)[-1]


def _choose(m, candidates, clusters, by_article, node_of):
    """The candidate an ambiguous mention links to, and why; (None, '') if none fits."""
    fitting = [
        c
        for c in candidates
        if not (
            m.country
            and clusters.groups[c].countries
            and m.country not in clusters.groups[c].countries
        )
    ]
    if not fitting:
        return None, ""
    if len(fitting) == 1:
        return fitting[
            0
        ], f"to the only institution with that name{' in ' + m.country if m.country else ''}"
    article_countries = {o.country for o in by_article[m.article] if o.country and o is not m}
    if m.country:
        article_countries = {m.country}
    by_country = [c for c in fitting if clusters.groups[c].countries & article_countries]
    if len(by_country) == 1:
        return by_country[0], f"by the article's country ({'/'.join(sorted(article_countries))})"
    if len(fitting) > _MAX_CANDIDATES:
        return None, ""
    partners = {
        clusters.find(node_of[(o.article, o.local)])
        for o in by_article[m.article]
        if o is not m and (o.article, o.local) in node_of
    }
    by_partner = [c for c in fitting if partners & _co_mentioned(c, clusters, by_article, node_of)]
    if len(by_partner) == 1:
        return by_partner[0], "by a shared partner"
    return None, ""


def _co_mentioned(root, clusters, by_article, node_of) -> set[str]:
    """Clusters named in the same articles as cluster `root` (its partners
    and neighbours), from at most `_MAX_ARTICLES` of its articles."""
    found: set[str] = set()
    for article in list(clusters.groups[root].locals_by_article)[:_MAX_ARTICLES]:
        for o in by_article[article]:
            if (o.article, o.local) in node_of:
                other = clusters.find(node_of[(o.article, o.local)])
                if other != root:
                    found.add(other)
    return found


def _nodes_named(name, node_of, local_index, clusters) -> list[str]:
    key = fold(name)
    found = []
    for (article, local), node_id in sorted(node_of.items()):
        m = local_index[(article, local)]
        if key == fold(m.name) or key in {fold(a) for a in m.aliases}:
            root = clusters.find(node_id)
            if root not in found:
                found.append(root)
    return found


def _build(mentions, node_of, clusters, ids, warnings, local_index) -> Resolution:
    members: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        members[clusters.find(node_of[(m.article, m.local)])].append(m)
    renames = ids.folded(ids.rename)
    pinned_country = ids.folded(ids.country)
    pinned_kind = ids.folded(ids.kind)
    pinned_parent = ids.folded(ids.parent)
    roots = sorted(members)
    institutions: list[ResolvedInstitution] = []
    index_of_root: dict[str, int] = {}
    for root in roots:
        group = members[root]
        names = [m.name for m in group]
        full_names = [n for n in names if is_full_name(n)] or names
        label = _most_common(full_names, prefer_longer=True)
        forms = {f for m in group for f in (m.name, *m.aliases)}
        folded_forms = {fold(f) for f in forms}

        def pinned(table: dict[str, str], forms=folded_forms):
            if not table:
                return None
            for form in sorted(forms):
                if form in table:
                    return table[form]
            return None

        pref = pinned(renames) or label
        kinds = [m.kind for m in group if m.kind and m.kind != "other"]
        same_name = Counter(m.name for m in group)
        reasons = [
            f"'{name}' named in {n} article{'s' if n > 1 else ''}"
            for name, n in sorted(same_name.items())
        ]
        reasons.extend(clusters.groups[root].reasons)
        index_of_root[root] = len(institutions)
        institutions.append(
            ResolvedInstitution(
                key=label,
                pref_label=pref,
                alt_labels=sorted(
                    f for f in forms | ({label} if pref != label else set()) if f != pref
                ),
                kind=pinned(pinned_kind) or _most_common(kinds) or "other",
                country=pinned(pinned_country) or _most_common(m.country for m in group),
                mentions=group,
                reasons=reasons,
            )
        )
    # parents: pinned, else the most common stated parent
    by_form: dict[str, int] = {}
    for i, inst in enumerate(institutions):
        for form in (inst.pref_label, *inst.alt_labels):
            by_form.setdefault(fold(form), i)
    parent_of: dict[int, int] = {}
    for root in roots:
        inst = institutions[index_of_root[root]]
        parent_index = None
        folded_forms = (
            {fold(f) for f in (inst.pref_label, *inst.alt_labels)} if pinned_parent else ()
        )
        for form in sorted(folded_forms):
            if form in pinned_parent and fold(pinned_parent[form]) in by_form:
                parent_index = by_form[fold(pinned_parent[form])]
                break
        if parent_index is None:
            stated = [
                index_of_root[clusters.find(node_of[(m.article, m.unit_of)])]
                for m in inst.mentions
                if m.unit_of and (m.article, m.unit_of) in node_of
            ]
            parent_index = Counter(stated).most_common(1)[0][0] if stated else None
        if parent_index is not None and parent_index != index_of_root[root]:
            parent_of[index_of_root[root]] = parent_index
    _disambiguate_keys(institutions)
    for child, parent in parent_of.items():
        institutions[child].parent_key = institutions[parent].key
    assignment = {
        (m.article, m.local): index_of_root[clusters.find(node_of[(m.article, m.local)])]
        for m in mentions
    }
    return Resolution(institutions, assignment, warnings, clusters.refused)


def _disambiguate_keys(institutions: list[ResolvedInstitution]) -> None:
    """Give institutions that share a name distinct keys (so distinct IRIs):
    the name plus the country, or plus the first article."""
    by_key: dict[str, list[ResolvedInstitution]] = defaultdict(list)
    for inst in institutions:
        by_key[fold(inst.key)].append(inst)
    renamed: dict[str, str] = {}
    for group in by_key.values():
        if len(group) < 2:
            continue
        for inst in sorted(
            group, key=lambda i: (i.country or "~", min(m.article for m in i.mentions))
        )[1:]:
            suffix = inst.country or _short(min(m.article for m in inst.mentions))
            new_key = f"{inst.key} {suffix}"
            renamed[id(inst)] = new_key
    for inst in institutions:
        if id(inst) in renamed:
            inst.key = renamed[id(inst)]

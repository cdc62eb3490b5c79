"""Institution names found by their shape, not by a list of names.

A name is a run of capitalised words with its connectors ("of", "for",
"de", "der", "&" ...) around a head word that says what kind of body it is:
University / Universidad / Universität / Université / Universiti /
Universitas / Hochschule / Politecnico, Institute, Hospital, College,
Academy, Ministry, Council, Agency, Foundation, Ltd, GmbH ... The head
decides the kind (university, academic unit, hospital, research institute,
company, government, other). Titles ("President", "Dean") and possessives
("KMU's College of Medicine") cut runs into names and people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.text import ABBREVIATIONS

# head words by kind; matched against a token (case-sensitive, capitalised)
_HEADS: list[tuple[str, str]] = [
    (
        "university",
        r"(?:Universit(?:y|ies|ät|at|é|e|à|a|ario|aria|as|i|eit|et|etet|ății|ato|ade|ad|atea|asi|āte)|Universida(?:d|de|des)|Univerzita|Uniwersytet|Üniversitesi|Yliopisto|Hochschule|Fachhochschule|Högskola|Högskolan|Høgskole|Høgskolen|Høgskulen|Hogeschool|Daigaku|Polytechnic|Politecnico|Politécnica|Politécnico|Tecnológico|Rijksuniversiteit|Sekolah|Polytechnique|Polytechnika|Politechnika|Politehnica|Politeknik|Politécnica|Egyetem|Ülikool|Universitetas|Univerzitet|Univerza|Sveučilište|Veleučilište|Universiteti|Universitas|Háskóli|Háskólinn|Uczelnia|Varsity|Université|Sorbonne|Uni|Trường|Đại|Ollscoil|Coláiste|Chuo|Cégep|Wānanga)",
    ),
    (
        "university",
        r"(?:College|Colleges|Collège|Colegio|Kolleg|Kolej|Conservatory|Conservatoire|Seminary|UIN|IAIN)",
    ),
    (
        "academic_unit",
        r"(?:Faculty|Faculté|UFR|Facultad|Faculdade|Facultat|Facultade|Fakultät|Unité|Dipartimento|Departamento|Département|Departament|Fakulteti|Fakulti|Fakultas|Fakulta|Fakultet|Fakultetas|Fakültesi|Wydział|Katedra|Ústav|School|Schools|Department|Dept\.?|Graduate|Division|Escuela|Escola|École|Ecole)",
    ),
    (
        "hospital",
        r"(?:Hospital|Hospitals|Misericórdia|Hôpital|Hospitalier|Clinic|Clinics|Klinikum|Klinik|Klinika|Klinikverbund|Universitätsklinikum|Kliniken|Clínica|Clinica|Policlinico|Policlínica|Policlinique|Szpital|Nemocnice|Nemocnica|Ospedale|Azienda|Rumah|Ziekenhuis\w*|Krankenhaus\w*|Hastanesi|Nosokomeio|Spital|Spitalul|Spitali|Spitalore|Kórház|Bolnica|Sairaala|Haigla|Infirmary|Sanatorium|Healthcare|HealthCare|HF|RHF|AZ|Cliniques|Clinique|Bệnh|Ospidéal|Hospitali|Hauora|UMC|CHU|CHR|CHRU|CHUV|CHUM)",
    ),
    (
        "research_institute",
        r"(?:Institute|Institutes|Institut|Institutet|Instituttet|Instituut|Instytut|Instituto|Istituto|Unidade|Unidad|Intézet|Institutul|Enstitüsü|Inštitút|Institūts|Institutas|Institution|Academy|Academia|Akademia|Akademie|Académie|Academie|Centre|Center|Centro|Zentrum|Centrum|Laboratory|Laboratories|Laboratoire|Laboratório|Laboratorio|Laboratorium|Lab|Labs|Observatory|Museum|Museo|Museu|Musée|Library|Hub|Campus|Viện|Học|Qendra|Taasisi|Kituo)",
    ),
    (
        "government",
        r"(?:City|Kraj|Gmina|Powiat|Województwo|Miasto|Město|Métropole|Metropole|Gemeente|Provincie|Kommune|Kommun|Landkreis|Stadt|Gobernación|Diputación|Intendencia|Municipalidad|Ministry|Urząd|Ministerio|Ministério|Ministero|Ministerul|Agenția|Junta|Comisión|Comissão|Coordenação|Consiglio|Agenzia|Agencia|Agência|Gemeinschaft|Ministère|Ministerium|Ministries|Secretaría|Secretaria|Secretariat|Servicio|Servicios|Serviço|Serviços|Servizio|Servizo|Gerencia|Xunta|Agence|Agentur|\w+agentur|Müdürlüğü|Consejería|Consellería|Conselleria|Direção|Dirección|Akimat|Khokimiyat|Hokimiyat|Waterschap|Wetterskip|Mairie|Câmara|Gemeinde|Pemerintah|Prefeitura|Ayuntamiento|Alcaldía|Municipio|Município|Canton|Kanton|Cantón|Consiliul|Primăria|Prefectura|Communauté|Comunidad|Mancomunidad|Concello|Ajuntament|Comune|Regione|Provincia|Government|Gouvernement|Governo|Gobierno|Cabinet|Agency|Authority|Autoridad|Autoridade|Autorité|Autorità|Commission|Embassy|Consulate|Municipality|Municipal|Council|Conseil|Consejo|Bureau|Office|Directorate|Administration|Secretariat|Senate|Parliament|Assembly|Prefecture|Province|Ministère|Department|Governorate|Governorship|Survey|MRC)",
    ),
    (
        "company",
        r"(?:Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|Company|Co\.|GmbH|AG|SA|S\.A\.?|S\.A\.[AC]\.?|SAA|SAC|SE|plc|Plc|PLC|LLC|L\.L\.C\.?|LLP|Pty|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|S\.L\.?|Ltda\.?|Lda\.?|S\.Coop\.?|A\.C\.|B\.V\.?|N\.V\.?|SAS|SARL|S\.A\.S\.?|W\.L\.L\.?|Kft\.?|Zrt\.?|ApS|AB|Oy|Oyj|ASA|A/S|e?hf\.?|A\.Ş\.?|Bhd|Berhad|Tbk|SIA|UAB|OÜ|MMC|S\.A\.L\.?|SAL|QSC|QPSC|SAOG|S\.A\.E\.?|SAE|Sp\.\s?z\s?o\.\s?o\.?|Şti\.?|JSC|PJSC|OJSC|CJSC|NPC|K\.K\.?|S\.R\.L\.?|AS|Group|Holdings|Bank|Banco|Banque|Technologies|Pharmaceuticals|Industries|Electronics|Motors|Systems|Solutions|Enterprises|Partners|PT|TOV|OOO|PAO|ZAO|Corporación|Corporação)",
    ),
    (
        "other",
        r"(?:Foundation|Fundação|Fundación|Fondation|Fondazione|Fundația|Stichting|Stiftung|Vereniging|Associazione|Asociația|Stiftelse|Stiftelsen|Fundacja|Nadace|Nadácia|Alapítvány|Vakfı|Säätiö|Fund|Fonds|Fondo|Fundusz|Trust|Association|Associação|Asociación|Society|Sociedad|Société|Organi[sz]ation|Organisation|Chamber|Chambre|Cámara|Camera|Kammer|\w+kammer|Kamer|Izba|Komora|Kamara|Odası|Federation|Confederation|Union|Alliance|Consortium|Network|Rede|Rete|Réseau|Netzwerk|Forum|Board|Club|Cooperative|Teknokent|Technopark|Institut|Council|Commission|Service|Services|Corps|Community|Committee|Secretariat|Consorzio|Consorcio|Consórcio|Consorci|Fundació|Associació|Fundo|Cooperativa|Cooperativo|Coopérative|Genossenschaft|Gesellschaft|\w+gesellschaft|Agrupación)",
    ),
]
HEAD_KIND: list[tuple[re.Pattern, str]] = [(re.compile(rf"^{p}$"), k) for k, p in _HEADS]
#: head nouns that Czech, Slovak, Polish, Croatian, Serbian, Slovene, Baltic,
#: Nordic, Finnish and Hungarian names write in lower case after a capitalised
#: first word ("Technická univerzita v Liberci", "Pohjois-Suomen yliopisto",
#: "Bottniska universitetet", "Poljoprivredni fakultet", "Nord-Troms
#: universitetssykehus"); English never uses these words
#: company forms written in lower case: "Moravia Textile Machinery s.r.o."
_LOWER_COMPANY_FORMS = r"s\.r\.o\.?|a\.s\.?|d\.o\.o\.?|d\.d\.?|[sS]p\.\s?z\s?o\.\s?o\.?|spol\.|a\.m\.b\.a\.?|e\.V\.?|e?hf\.?"
_LOWER_HEADS = (
    (
        "university",
        r"univerzit[ae]t?|univerza|universitet(?:et|as|i)?|universitāte|universitatea|učení|"
        r"ülikool|yliopisto|\w*korkeakoulu|högskola[n]?|høgskole[n]?|høgskulen|\w*højskole[n]?|hogeschool|"
        r"hochschule|sveučilište|politechnika|politehnica|egyetem|\w+egyetem|szkoła|škola|"
        r"akademi[ae]|akadémia|akademija|kolegija|koledža|kolledž|augstskola|kõrgkool|"
        r"école",  # "Haute école spécialisée", "Grande école"
    ),
    ("academic_unit", r"fakult[ae]t?|fakultet(?:as|i)?|wydział|katedra|ústav"),
    (
        "hospital",
        r"\w*sykehus(?:et)?|\w*sjukehus(?:et)?|\w*sjukhus(?:et)?|\w*sygehus(?:et)?|nemocnice|nemocnica|"
        r"bolnica|bolnišnica|szpital|ziekenhuis|sairaala|klinikum|ligoninė|haigla|slimnīca|kórház",
    ),
    (
        "research_institute",
        r"instituut|institutet|instituttet|instytut|institutas|institūts|intézet|keskus|institut|inštitut",
    ),
    ("company", _LOWER_COMPANY_FORMS),
    # chambers of commerce: "Regionální hospodářská komora", "Latvijas Tirdzniecības un rūpniecības kamera"
    ("other", r"komora|izba|kamera|kamara"),
)
_LOWER_HEAD_KIND = [(re.compile(rf"^(?:{p})$"), k) for k, p in _LOWER_HEADS]
#: a lowercase head as a whole word (`fullmatch` on a token, `search` on a
#: sentence only after `_LOWER_HEAD_HINT` found one of its stems: the leading
#: \w* of compounds makes a plain search slow)
_LOWER_HEAD_ANY = re.compile(
    r"(?<![\w-])(?:" + "|".join(p for _, p in _LOWER_HEADS) + r")(?![\w-])"
)
#: stems, one of which every `_LOWER_HEAD_ANY` match holds: plain
#: substring tests, several times faster than one alternation
_LOWER_HEAD_HINT = (
    *"univerzit univerza universit école učení ülikool yliopisto korkeakoulu högskol høgsk".split(),
    *"hogeschool hochschule sveučilišt politechnik politehnic egyetem szkoła škola akadem".split(),
    *"fakult wydział katedra ústav sykehus sjukhus sjukehus sygehus højskole nemocnic bolnic".split(),
    *"szpital ziekenhuis sairaala klinikum instituu institutet instituttet instytut institutas".split(),
    *"institūts intézet keskus kolegij koledž kolledž ligonin haigla institut inštitut slimnīc".split(),
    *"kórház augstskol kõrgkool komora izba kamera kamara s.r.o a.s. d.o.o p. spol. a.m.b.a e.V hf.".split(),
)




def _top_level_branches(pattern: str) -> list[str]:
    """The branches of an alternation: split at the bars outside groups."""
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return [*branches, pattern[start:]]


_LOWER_HEAD_BRANCHES = [b for _, p in _LOWER_HEADS for b in _top_level_branches(p)]
#: `_LOWER_HEAD_ANY` in two parts for a sentence search (a sentence holds a
#: match of an alternation iff it holds one of a branch): the heads that
#: open a word as written, cheap to try at every position, and the
#: compounds behind a greedy \w* ("Ammattikorkeakoulu"), which is what makes
#: the search slow and is tried only when the stem after the \w* is there
_LOWER_HEAD_PLAIN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(b for b in _LOWER_HEAD_BRANCHES if not b.startswith("\\w"))
    + r")(?![\w-])"
)
_LOWER_HEAD_COMPOUND = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(b for b in _LOWER_HEAD_BRANCHES if b.startswith("\\w"))
    + r")(?![\w-])"
)
#: the literal stem of each compound branch ("korkeakoulu" of \w*korkeakoulu)
_LOWER_COMPOUND_STEMS = tuple(
    re.match(r"\\w[*+](\w+)", b).group(1) for b in _LOWER_HEAD_BRANCHES if b.startswith("\\w")
)


def _has_lower_head(sentence: str) -> bool:
    """True when the sentence holds a lowercase head (`_LOWER_HEAD_ANY`)."""
    if not any(map(sentence.__contains__, _LOWER_HEAD_HINT)):
        return False
    if _LOWER_HEAD_PLAIN.search(sentence):
        return True
    return any(map(sentence.__contains__, _LOWER_COMPOUND_STEMS)) and bool(
        _LOWER_HEAD_COMPOUND.search(sentence)
    )


# a quick test whether a sentence can hold a name at all
#: capitalised words, to test cheaply whether a sentence can hold a name at all
#: (opening with the capital and only then looking behind it, `X(?<!\w.)` for
#: `(?<!\w)X`, matches the same spans, but lets the engine skip from capital to
#: capital instead of trying the lookbehind at every character)
_CAP_WORD = re.compile(r"[A-ZÀ-Þ](?<!\w.)[\w\-&/.]*")
# compounds: Universitätsmedizin, Universitetssjukhuset, Fachhochschule, Technikum
_COMPOUND_HEAD = re.compile(
    r"^(?:Universitäts\w+|Universitets\w+|\w+universitet(?:et)?|\w+universität|\w+hochschule|\w+sjukhus(?:et)?|\w+klinikum|\w+akademie|\w+egyetem|\w+haigla|\w+ziekenhuis|\w+krankenhaus|\w+instituut|\w+kool|"
    # "Regionshospitalet Nordjylland", "Professionshøjskole", "Ammattikorkeakoulu"
    r"\w+hospitalet|\w+sygehus(?:et)?|\w+sykehus(?:et)?|\w+spital|\w+højskole[n]?|\w+korkeakoulu|\w+anstalt)$"
)

#: words that end a name: people's titles
TITLES = frozenset(
    """President Vice-President Vice Dean Rector Vice-Rector Prorector Chancellor Vice-Chancellor
    Pro-Vice-Chancellor Director Director-General Professor Prof Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms.
    Mayor Minister Ambassador Governor Chairman Chairwoman Chair Chairperson CEO CFO CTO COO Secretary
    Secretary-General Consul Consul-General Provost Principal Registrar Deputy Senator King Queen Prince
    Princess Sheikh Sir Lord Lady Madam Executive Officer Manager Founder Co-founder Premier Commissioner
    Superintendent Head Coordinator Counsellor Counselor Attaché Spokesperson Spokesman Speaker Chief
    Vice-Minister Deputy-Minister Acting Interim Emeritus Associate Assistant Lecturer Researcher
    Engr Engr. Eng Eng. Hon Hon. H.E. Excellency Dato Datuk Tan Member Md Md. Mohd Mohd. Managing""".split()
)
#: nouns after which a capitalised run is a thing, not an organisation
NON_ORG_TAILS = frozenset(
    """Hall Building Buildings Campus Park Road Street Avenue Square Station Airport Stadium Tower Wing
    Complex Summit Conference Symposium Workshop Seminar Webinar Week Day Festival Fair Expo Award Awards
    Prize Programme Program Programmes Programs Project Projects Initiative Scheme Agreement Agreements
    Memorandum Declaration Letter Accord Accords Act Charter Strategy Plan Policy Rankings Ranking Report
    Index Journal Review Magazine Cup Games Olympiad Challenge Curriculum Course Courses Degree Degrees
    Fellowship Fellowships Scholarship Scholarships Grant Grants Lecture Lectures Series Model Exhibition
    Prize Medal Ceremony Meeting Dialogue Roundtable Session Sessions Competition Contest Fund-raiser
    Framework Valley Planet Zone District Region Precinct Tour Visit Trip Mission Gallery Room Theatre
    Theater Auditorium Concert Garden Gardens House Street Platform App Website Portal Platform Bulletin
    Newsletter News Times Post Daily Herald Gazette Tribune Press Review Year Month Anniversary
    Conclave Bhaban Bhawan Bhavan""".split()
)
#: capitalised words that start sentences or datelines but never names
STOP_CAPS = frozenset(
    """A An The This That These Those It Its Their His Her Our We They He She I In On At By For From To
    With Without Under Over After Before During Since Until As While When Where Which Who What Why How
    And But Or So Yet Also Both Each Every Some Many Several Other Another Such Today Yesterday Tomorrow
    Earlier Later Last Next Meanwhile However Moreover Furthermore Additionally Besides Through Via
    Between Among Among Amid Following According Recently Currently Previously Now Then Here There
    Under Speaking Addressing Welcoming Signing Signed Photo Image Caption Source Posted Updated Published
    Read Share Tags Press Release News Home SOURCE Source January February March April May June July August
    September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun All Most More Its
    If Once Although Though Because Upon Within Across Along Around Beyond Like Unlike Including Despite
    Not No Yes Dear Thanks Thank Together Nearly About Almost Just Only Even Still Already Indeed
    Under Against Toward Towards Outside Inside Alongside Behind Above Below Ahead Every New
    Separately Similarly Likewise Finally Lastly Firstly Secondly Thirdly Notably Importantly
    Specifically Consequently Accordingly Subsequently Initially Ultimately Overall Elsewhere
    Die Der""".split()
)
#: lowercase words that may join capitalised words inside a name
CONNECTORS = frozenset(
    """of for the and & de del della delle dei degli di da do dos das du des la le les der die das für
    zu zur zum y e et en van von voor und i d' l' al el bin es am im ao aos à às na nas no em dello sin sem
    dell' sur w we nad pod och og för ve və és dan din v u pri při ze los las o im. per și pentru á para contre pour ya cha wa za
    sulla sullo sugli sulle nella nello negli nelle alla allo agli alle dalla""".split()
)
#: "German Embassy in Tunis", "University of Illinois at Urbana-Champaign",
#: "Committee on Scientific ... Cooperation": a place or topic joined to a head
_PLACE_LINKS = {
    "in": frozenset(
        "Embassy Consulate Ministry Office University Universität Université Universidad Hospital Centre Center Institute Bureau Mission Delegation "
        "Academy College Polytechnic".split()
    ),
    "at": frozenset("University Hospital Campus".split()),
    "on": frozenset("Committee Commission Council Conference".split()),
}
_CALENDAR_WORDS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December""".split()
)
_INNER_CONNECTORS = frozenset(
    "of for the de del della delle dei degli di da do dos das du des la le les der die für zu zur zum van von voor y e et en al el bin es am im".split()
)

_TOKEN = re.compile(
    r"\((?:Pvt|Pty|Private|Pvt\.|Persero)\)|"
    # "Huayang Robotics (Malaysia) Sdn Bhd": the country of a subsidiary, before its form
    # ("Meridian BioSystems (M) Sdn. Bhd.": Malaysia's one-letter form too)
    r"\([A-Z](?:[a-z]+(?:\s[A-Z][a-z]+)?)?\)(?=\s+(?:Sdn|Pte|Pvt|Private|Pty|Ltd|Limited|Co\.|Inc|GmbH|LLC|Corp))|[A-Z]/[A-Z](?!\w)|[Ss]p\.\s?z\s?o\.\s?o\.|"
    # "Polar- und Meeresforschung": a word cut at a hyphen before "and" stays one token
    # ("Hochschule Zittau/Görlitz": two towns joined by a slash are one word;
    # a run of word characters is one step of the loop, not one step each)
    r"[^\W_](?:[\w&'’+]+|-(?=\w)|\.(?=[\w])|/(?=[A-ZÀ-Þ][a-zà-ÿ]))*(?:-(?=\s+(?:und|oder|and|or|et|y|e|i|og|och)\s))?\.?|"
    r"[^\w\s]"
)
_ACRONYM = re.compile(
    r"^(?=[^\s]*[A-ZÀ-Þ][^\s]*[A-ZÀ-Þ])[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9&\-\.]{1,11}$|^[A-Z][a-z]?[A-Z][A-Za-z]{0,8}$"
)


_ELISIONS = frozenset(("d'", "l'", "d’", "l’"))


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ur|ibn|bin)-[A-Z]")
#: an Italian article or preposition elided before a capitalised word
_ELIDED_ARTICLE = re.compile(r"^(?:dell|dall|nell|sull|all|coll|degl)['’][A-ZÀ-Þ]")
#: lowercase titles before a person's name ("acting president Ejaz Khan and ...")
_TITLE_BEFORE = frozenset(
    """president vice-president chancellor vice-chancellor rector vice-rector dean director
    director-general chairman chairwoman chairperson chair minister secretary secretary-general
    ceo head professor governor mayor ambassador founder principal provost counterpart
    representative commissioner registrar superintendent""".split()
)


_BRACKETED_FORMS = frozenset(("(Pvt)", "(Pty)", "(Private)", "(Pvt.)", "(Persero)"))


class Token:
    """A word or punctuation mark with its offsets in the sentence."""

    __slots__ = ("text", "start", "end", "is_cap", "is_word")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.is_word, self.is_cap = _shape(text)


@lru_cache(maxsize=65536)
def _shape(text: str) -> tuple[bool, bool]:
    """(is_word, is_cap) of a token's text: a property of the word alone, and
    words repeat, so the tests below run once per word, not once per token."""
    if text.islower() and text.isalpha():
        return True, False  # most words: the common case, quickly
    ch = text[0]
    is_word = ch.isalnum() or text in _BRACKETED_FORMS or (ch == "(" and len(text) > 2)
    tail = text.rsplit("-", 1)[1] if "-" in text else ""
    if len(tail) > 3 and tail[0].islower() and tail.isascii():
        # "Dakar-based", "state-funded" (but "Tisza-vidéki", Hungarian "of the
        # Tisza region", opens a name)
        return is_word, False
    if text[:2] in _ELISIONS and len(text) > 2 and text[2].isupper():
        return is_word, True  # "Université d'Abomey-Calavi", "Institut l'Aquila"
    if ("'" in text or "’" in text) and _ELIDED_ARTICLE.match(text):
        return is_word, True  # "Università degli Studi dell'Alta Brianza", "nell'Isola"
    if "-" in text and _ARABIC_ARTICLE.match(text):
        return is_word, True  # "named after Muhammad al-Khwarizmi", "Jamia ul-Uloom"
    if len(text) > 2 and ch.islower() and text[1].isupper():
        return is_word, True  # "eThekwini Municipality", "iLembe District"
    if text in _BRACKETED_FORMS or (ch == "(" and len(text) > 2):
        return is_word, True  # "Heavy Mechanical Complex (Pvt) Ltd"
    # "Hospital 1", "Lyon 3"; never ordinals ("Kyoto University 16th")
    return is_word, ch.isupper() or (ch.isdigit() and len(text) <= 4 and not _ORDINAL.match(text))


#: the French article elided before a vowel
_ARTICLE_ELIDED = frozenset(("l'", "L'", "l’", "L’"))

#: initials of transliterated Russian and Central Asian names
_INITIAL_DIGRAPHS = frozenset("Zh Kh Sh Ch Ts Yu Ya Ye Yo Sch".split())


#: "Regional Office V", "Group II": a number after the head
_NUMBER_AFTER_HEAD = re.compile(r"[IVX]+|[A-Z]")
#: "X of (the) Y": the owner named after "of"
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_ALL_CAPITALS = re.compile(r"^[A-ZÀ-Þ]{2,}$")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with offsets; a final full stop stays on a
    token only for abbreviations ("Univ.", "Ltd.", "U.S.")."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[:2] in _ARTICLE_ELIDED and len(word) > 3 and head_kind(word[2:].rstrip(".")):
            # "l'Université Rhin-Vosges", "L'Hôpital Sainte-Anne": the article
            # is no part of the name
            article = Token(word[:2], start, start + 2)
            article.is_cap = False
            tokens.append(article)
            word, start = word[2:], start + 2
        if word.endswith(".") and len(word) > 1:
            bare = word[:-1]
            dotted = (
                "." in bare
                or (len(bare) == 1 and bare.isupper())
                or bare in _INITIAL_DIGRAPHS  # "named after Zh. Zhakhayev"
                or bare in ("hf", "ehf")  # Icelandic companies: "Landvarmi hf."
            )
            if not dotted and bare.lower() not in ABBREVIATIONS:
                word, end = bare, end - 1
                tokens.append(Token(word, start, end))
                tokens.append(Token(".", end, end + 1))
                continue
        tokens.append(Token(word, start, end))
    return tokens


#: a plural head after words of a people or a number only ("Egyptian and
#: Nigerian Universities", "Two Kenyan Hospitals"): a description of several
#: bodies in a headline's capitals, not one body's name
_PLURAL_DESCRIPTION = re.compile(
    r"(?:(?:[A-Z][a-z]+(?:an|ese|ish|ean|ic|i|ch)|and|&|Two|Three|Four|Five|Six|Several|Other|Partner|"
    r"Leading|Top|Local|Foreign|\d+),?\s+)+"
    r"(?:Universities|Hospitals|Colleges|Institutes|Institutions|Schools|Academies|Polytechnics)"
)

#: the words of a body's own organs and offices named without the body
#: ("University Council", "Faculty Senate", "Communications Department")
_ORGAN_WORDS = frozenset(
    """University Academic Faculty Student Students Governing Superior Executive General
    Council Senate Board Union Assembly Committee Department Publicity Communications
    Communication Emergency Press Media Steering Advisory Ethics Scientific Management Public
    Information Relations Office Corporate Marketing""".split()
)
#: the last words of events, and the words that put a signing at one
_EVENT_NOUNS = frozenset("Forum Summit Expo Fair Congress Week Festival Dialogue Symposium".split())
_AT_EVENT = re.compile(
    r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|ahead\s+of|at\s+the\s+opening\s+of|"
    # "on the second day of the Fergana Valley Rectors' Forum"
    r"on\s+the\s+(?:first|second|third|fourth|final|last|closing|opening)\s+day\s+of|"
    r"in\s+the\s+framework\s+of|within|as\s+part\s+of|attended|attending|hosted|hosts|held)\s+"
    r"(?:the\s+)?(?:(?:\d{4}|first|second|third|\d+(?:st|nd|rd|th)|annual|inaugural)\s+)*$"
)
#: a name that ends in a plural head, and the lowercase scheme noun after it
_PLURAL_HEAD_END = re.compile(r"\b(?:Universities|Hospitals|Colleges|Institutes|Schools|Academies)$")
_SCHEME_AFTER = re.compile(r"\s+(?:initiative|programme|program|call|scheme|project|label|funding)\b")


def _describes_several(text: str) -> bool:
    """A `_PLURAL_DESCRIPTION` match that is a description, not a chain's
    name: one word before the plural head must be a people or a number
    ("Kenyan Hospitals", "Two Hospitals"; but "Apollo Hospitals", "Birch
    Hospitals" name one body)."""
    words = text.replace(",", " ").split()[:-1]
    if len(words) != 1:
        return len(words) > 1
    word = words[0]
    return word in _DEMONYMS or word in _DESCRIBING_WORDS or word.isdigit() or not word[:1].isupper()


_DESCRIBING_WORDS = frozenset(
    """Two Three Four Five Six Several Other Partner Leading Top Local Foreign European African Asian
    Arab Latin Nordic Baltic Balkan Caribbean Pacific Research Member Public Private National Regional
    State Medical Teaching Technical Federal Catholic Western Eastern Northern Southern""".split()
)


@lru_cache(maxsize=65536)
def head_kind(word: str) -> str | None:
    """The kind of institution a head word names, or None.

    >>> head_kind("Universität"), head_kind("Hospital"), head_kind("Park")
    ('university', 'hospital', None)
    """
    for pattern, kind in HEAD_KIND:
        if pattern.match(word):
            return kind
    if _COMPOUND_HEAD.match(word):
        hospital = (
            "sjukhus",
            "klinik",
            "haigla",
            "ziekenhuis",
            "krankenhaus",
            "hospitalet",
            "sygehus",
            "sykehus",
            "spital",
        )
        if word.endswith(("instituut", "anstalt")):
            return "research_institute"
        return "hospital" if any(h in word for h in hospital) else "university"
    if word[:1].islower():
        for pattern, kind in _LOWER_HEAD_KIND:
            if pattern.match(word):
                return kind
        return None
    if "-" in word[1:-1]:
        last = word.rsplit("-", 1)[1]
        if last[:1].isupper() and last not in ("Centre", "Center", "Hub", "Campus", "Lab", "Labs"):
            return head_kind(last)  # "Leibniz-Institut", "Friedrich-Schiller-Universität"
    return None


@dataclass
class Candidate:
    """A name found in a sentence: its span (sentence offsets) and kind, and
    the possessor or parent named with it ("KMU's College of Medicine")."""

    start: int
    end: int
    text: str
    kind: str
    possessor: str | None = None
    variants: list[str] = field(default_factory=list)


#: possessives that belong to a name ("Brigham and Women's Hospital")
_POSSESSIVE_IN_NAMES = frozenset(
    "Women Children Men People Workers Veterans Farmers Teachers Nurses St Saint".split()
)


#: the land-form words of places named with a possessive ("Hawke's Bay", "St John's Wood")
_PLACE_AFTER_POSSESSIVE = frozenset(
    "Bay Island Islands Point Head Harbour Harbor Cove Creek Lake Wood Peak Sound".split()
)


def _possessive(word: str) -> str | None:
    for suffix in ("'s", "’s"):
        if word.endswith(suffix) and len(word) > 2:
            return word[: -len(suffix)]
    return None


#: heads after which French, Spanish, Portuguese, Italian and German names go
#: on in lowercase words
_ROMANCE_HEADS = frozenset(
    """Institut Instituto Istituto École école Ecole Escola Escuela Centre Centro Conservatoire Université
    Universidad Universidade Università Hochschule Fachhochschule Académie Academia Accademia Museo Musée
    Laboratoire Faculté Facultad Faculdade Facoltà Scuola Politecnico Politécnico Tecnológico Hôpital Clinique Cliniques
    Ministère Ministerio Ministério Ministero Secretaría Secretaria Dipartimento Departamento Département
    Unité UFR Unidade Unidad Consellería Conselleria Consejería Direção Dirección Autoridad Autoridade Autorité Autorità
    Fondation Fundación Fundação Fonds Fondo Laboratorio Laboratório Agence Agencia Agência Conseil Communauté
    Consejo Complexo Complejo Clínica Policlinico Ospedale Azienda Ente Consorzio Centro
    Facultat Facultade Fundació Consorci Museo Museu Musée Gerencia Servizo Agrupación Corporación Corporação
    Cooperativa Fundo Asociación Associação Associació Société Xunta""".split()
)
_ROMANCE_WORD = re.compile(
    r"^(?:[a-zà-öø-ÿ'’\-]*[à-öø-ÿ][a-zà-öø-ÿ'’\-]*|[a-z]*(?:ique|iques|aire|aires|ale|ales|aux|eur|eure|ieur|"
    r"ieure|ieures|ier|iers|ière|ières|libre|libres|elle|elles|mines|lettres|arts|ión|ción|ico|ica|icos|icas|ario|aria|ale|ali|ile|ili|ivo|iva|ivi|ive|ende|enden|"
    r"ische|ischen|te|ten|nationale|national|nacional|nazionale|federal|federale|superior|superiore|"
    r"ie|ia|ias|ies|ina|ine|ines|ura|ure|ime|imes|"  # "pharmacie", "medicina", "maritimes"
    r"able|ables|ible|ibles|"  # "énergies renouvelables", "développement durable"
    r"ien|ienne|iens|iennes|ais|aise|ois|oise|ano|anos|ense|enses|eño|eña|"  # "du Littoral acadien"
    r"recherche|ricerca|investigación|pesquisa|sciences|scienze|ciencias|ciências|santé|salud|saúde|"
    r"services|servicios|serviços|servizi|ressources|recursos|affaires|études|estudios|estudos|travaux)|"
    r"[dl]['’][a-zà-öø-ÿ]+)$"  # "d'instruction", "l'enseignement"
)
#: verbs of signing in Spanish, Portuguese, French and Italian, which end a name
#: before them ("La Universidad de X firmó ...")
_SIGNING_VERBS = frozenset(
    """firmó firmaron firman suscribió suscribieron renovó renovaron celebró celebraron
    assinou assinaram assinam celebrou celebraram renovou renovaram firmou firmaram
    signé signent ont a firmato hanno""".split()
)
_ENGLISH_STOP = frozenset(
    """and the a an of to in on at for with by from signed has have had is are was were will would this that
    which who its their said says also as or but than then while when where after before since""".split()
)


_IRISH_HEADS = frozenset("Ollscoil Coláiste Ospidéal Institiúid".split())
#: capitalised heads after which Slavic, Baltic and Nordic names go on in
#: lowercase words ("Fakulta mechatroniky", "Univerzita Jana Ámose")
_SLAVIC_HEADS = frozenset(
    """Univerzita Univerza Uniwersytet Univerzitet Sveučilište Fakulta Fakultet Fakultetas Wydział
    Katedra Ústav Akademia Politechnika Universitetas Vysoká Státní Veleučilište""".split()
)
#: lowercase words of those names: accented, or with their case endings
_SLAVIC_WORD = re.compile(
    r"^(?:[a-z\-]*[^\W\da-z_][\w\-]*|[a-z]+(?:ych|ich|ih|ii|ski|skiej|owej|ości|osti|stva|ky|ije|ija|"
    r"ikos|inio|os|ai|iai|stvo|stva)|za)$"
)


#: endings of a Slavic adjective in the locative ("u Gorskom", "v Novém")
_LOCATIVE_ADJECTIVE = ("skom", "ckom", "škom", "čkom", "ském", "ckém", "ském", "ném", "ním", "nom")


_PORTUGUESE_HEADS = frozenset(
    "Fundação Universidade Faculdade Associação Secretaria Escola Centro Instituto".split()
)
_ROMANIAN_HEADS = frozenset(
    "Universitatea Facultatea Institutul Academia Spitalul Centrul Colegiul Consiliul Școala Camera Agenția Ministerul".split()
)


def _romance_tail(current: list[Token], tok: Token) -> bool:
    """True when a lowercase word continues a non-English name: a head of
    those languages opened it and the word looks like theirs."""
    recent = current[-12:]
    if tok.text in ("an", "na") and any(t.text in _IRISH_HEADS for t in recent):
        return True  # "Ollscoil Teicneolaíochta an Iarthair"
    if tok.text in ("a", "al", "ale") and any(t.text in _ROMANIAN_HEADS for t in recent):
        return True  # "Universitatea Tehnică a Litoralului": Romanian "of"
    if tok.text == "a" and any(t.text in _PORTUGUESE_HEADS for t in recent):
        return True  # "Fundação Amazônia de Amparo a Estudos e Pesquisas": Portuguese "to"
    if not tok.is_word or tok.text in _ENGLISH_STOP or tok.text in _SIGNING_VERBS:
        return False
    if any(
        t.text in _SLAVIC_HEADS or (_is_lower_head(t.text) and t.text != "école")
        for t in recent
    ):
        if recent[-1].text.endswith(_LOCATIVE_ADJECTIVE) and tok.text.isalpha():
            return True  # "Sveučilište u Gorskom kotaru": the noun its adjective agrees with
        return bool(_SLAVIC_WORD.match(tok.text))
    if not any(t.text in _ROMANCE_HEADS for t in recent):
        return False
    return (
        bool(_ROMANCE_WORD.match(tok.text))
        or (tok.text in CONNECTORS and tok.text not in _ENGLISH_STOP)
        # "École nationale des sages-femmes", "Institut régional de formation": any
        # word the name's own preposition governs
        or (
            recent[-1].text in _ROMANCE_PREPOSITIONS
            and tok.text.replace("-", "").isalpha()
        )
    )


#: prepositions and articles of French, Spanish, Portuguese and Italian names,
#: after which a lowercase word still belongs to the name
_ROMANCE_PREPOSITIONS = frozenset(
    "de des du del della delle dei degli di da do dos das en pour para per aux à y et e".split()
)


def _named_after(current: list[Token], tokens: list[Token], i: int) -> bool:
    """True at "named after X" (or "after X" right after a head word) when
    a capitalised name follows."""
    if tokens[i].text == "named":
        if i + 2 >= len(tokens) or tokens[i + 1].text != "after":
            return False
        nxt = tokens[i + 2]
    else:
        if i + 1 >= len(tokens) or not head_kind(current[-1].text):
            return False
        nxt = tokens[i + 1]
    return nxt.is_word and nxt.is_cap and nxt.text not in STOP_CAPS


_VIETNAMESE_HEADS = frozenset("Đại Bệnh Học Viện".split())
#: Vietnamese syllables of names written without diacritics ("Bách khoa",
#: "Y khoa": polytechnic, medicine; "Vệ sinh": hygiene, "Vi sinh": microbiology,
#: "lâm sàng" is "clinical", "quốc gia" national)
_VIETNAMESE_ASCII = frozenset("khoa sinh trung thanh binh lam sang hoa kinh tin quan gia".split())


@lru_cache(maxsize=65536)
def _is_lower_head(word: str) -> bool:
    """True when a whole word is a lowercase head ("univerzita", "yliopisto"):
    one cached look-up per word, where the words of a name are tested again
    for every word that follows them."""
    return _LOWER_HEAD_ANY.fullmatch(word) is not None


def _lower_head_ahead(tokens: list[Token], i: int) -> int | None:
    """The index of a lowercase head within the next three lowercase words
    ("Technická | univerzita", "Šiaulių | technikos universitetas"), or None."""
    for j in range(i, min(i + 3, len(tokens))):
        tok = tokens[j]
        if not tok.is_word or tok.is_cap or tok.text in _ENGLISH_STOP:
            return None
        if _is_lower_head(tok.text):
            return j
    return None


def _chunks(tokens: list[Token]) -> list[list[Token]]:
    """Runs of capitalised words with inner connectors, commas and "and"."""
    chunks: list[list[Token]] = []
    current: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if current and current[-1].text.endswith(".") and tok.text in STOP_CAPS:
            chunks.append(current)  # "Hitachi, Ltd. Both universities": a new sentence
            current = []
        if tok.is_word and tok.is_cap:
            current.append(tok)
            i += 1
            continue
        if current and tok.text in ('"', "“", "«", "„") and i + 1 < n and tokens[i + 1].is_cap:
            close = next(
                (j for j in range(i + 1, min(i + 9, n)) if tokens[j].text in ('"', "”", "»", "“")),
                None,
            )
            if (
                close is not None
                and any(head_kind(t.text) for t in current)
                and not any(t.text in TITLES for t in tokens[i:close])
            ):
                # 'National Technical University "Kharkiv Polytechnic Institute"'
                current.extend(tokens[i : close + 1])
                i = close + 1
                continue
        if current and tok.text in ("named", "after") and _named_after(current, tokens, i):
            # "Samarkand State University named after Sharof Rashidov", "Yerevan
            # State Medical University after Mkhitar Heratsi": the eponym is in the name
            step = 2 if tok.text == "named" else 1
            current.extend(tokens[i : i + step])
            i += step
            continue
        if (
            current
            and tok.is_word
            and not tok.is_cap
            and (
                (tok.text in ("học", "viện") and current[-1].text in _VIETNAMESE_HEADS)
                or (
                    any(t.text in _VIETNAMESE_HEADS for t in current)
                    and (not tok.text.isascii() or tok.text in _VIETNAMESE_ASCII)
                )
            )
        ):
            # "Trường Đại học Công nghiệp Dệt May", "Bệnh viện Bạch Mai", "Học viện
            # Nông nghiệp": Vietnamese syllables after a Vietnamese head
            current.append(tok)
            i += 1
            continue
        if current and tok.is_word and not tok.is_cap:
            head = _lower_head_ahead(tokens, i)
            if head is not None:
                current.extend(tokens[i : head + 1])
                i = head + 1
                continue
        if current and _romance_tail(current, tok):
            # "Institut national de la recherche scientifique", "Hochschule für
            # angewandte Wissenschaften": lowercase words of a non-English name
            current.append(tok)
            i += 1
            continue
        if (
            current
            and tok.text == ","
            and i + 1 < n
            and _LOWER_LEGAL_FORM.fullmatch(tokens[i + 1].text)
        ):
            # "Krajská nemocnice Frýdlant, a.s.": a lowercase legal form after a comma
            # ("Nemocnice X, příspěvková organizace": of two words)
            size = 3 if i + 2 < n and tokens[i + 2].text == "organizace" else 2
            current.extend(tokens[i : i + size])
            i += size
            continue
        joinable = tok.text.lower() in CONNECTORS or tok.text in (",", "&", "–")
        if (
            current
            and tok.text in _PLACE_LINKS
            and i + 2 < n
            and (tokens[i + 1].is_cap or (tokens[i + 1].text == "the" and tokens[i + 2].is_cap))
            and not tokens[i + 1].text.isdigit()  # "the Ministry of Health in 2019": a year
            and tokens[i + 1].text not in _CALENDAR_WORDS  # "the Commission on Monday"
        ):
            # only the words after a possessive: "Antioquia's Faculty of Medicine in Medellín"
            owned = [k for k, t in enumerate(current) if _possessive(t.text)]
            heads = {t.text for t in current[owned[-1] + 1 if owned else 0 :]}
            joinable = bool(heads & _PLACE_LINKS[tok.text])
        if joinable and tok.text == "," and i + 1 < n and tokens[i + 1].text in ("of", "the"):
            joinable = False  # "Huron State University, of Port Huron, Mich.": where it is
        elif joinable and tok.text == "the":
            joinable = False  # "from Poland the Uniwersytet X": "the" opens the next name
        elif joinable and tok.text == "and" and i + 1 < n and tokens[i + 1].text in _AND_THEN:
            joinable = False  # "the German Embassy in Algiers and of the Deutsche Gesellschaft"
        if current and joinable:
            # a connector joins only when capitalised words follow (maybe after more connectors)
            j = i + 1
            while j < n and (
                tokens[j].text.lower() in CONNECTORS or tokens[j].text in (",", "&", "–")
            ):
                j += 1
            if (
                not (j < n and tokens[j].is_word and tokens[j].is_cap)
                and tokens[j - 1].text == "Sur"
            ):
                j -= 1  # "Universidad Tecnológica del Sur": the South, not French "sur"
            if j < n and tokens[j].is_word and tokens[j].is_cap and j - i <= 3:
                current.extend(tokens[i:j])
                i = j
                continue
        if current:
            chunks.append(_drop_described_owner(current, tok))
            current = []
        i += 1
    if current:
        chunks.append(current)
    return chunks


_GENERIC_BODIES = frozenset(
    "university universities hospital institute faculty school college centre center city "
    "government ministry company firm school's university's".split()
)


def _drop_described_owner(chunk: list[Token], after: Token) -> list[Token]:
    """ "the Fakulta mechatroniky of the Liberec university": the words after
    "of the" describe the owner ("the Liberec university"), they are no part
    of the name."""
    if after.text.lower() not in _GENERIC_BODIES:
        return chunk
    for k in range(len(chunk) - 1, 0, -1):
        if chunk[k].text == "of" or (chunk[k].text == "the" and chunk[k - 1].text == "of"):
            cut = k if chunk[k].text == "of" else k - 1
            if all(t.is_cap for t in chunk[k + 1 :]) and cut > 0:
                return chunk[:cut]
            break
    return chunk


#: titles that open names of institutions when "of" follows
_ROYAL = frozenset("Prince Princess King Queen Sultan Emperor Duke Sheikh Sheikha Shaikh Emir Imam".split())
#: lowercase particles inside a person's name a body is named after ("Fahd bin Sultan")
_NAME_PARTICLES = frozenset("bin bint ibn al el".split())


def _eponym_of_head(tokens: list[Token]) -> bool:
    """True when capitalised words run from here into a university or
    hospital head ("Abubakar Audu University"): a royal title before them
    opens the name of a body named after a person."""
    for t in tokens:
        if not t.is_cap and t.text not in _NAME_PARTICLES:
            return False
        if head_kind(t.text) in ("university", "hospital", "research_institute", "academic_unit"):
            return True  # (also "King Sejong Institute", "Queen Elizabeth College")
    return False


_BOARD_WORDS = frozenset("Board Council Senate".split())
_BOARD_OF_WHOM = frozenset("Trustees Governors Directors Regents".split())


def _board_of(sub: list[Token]) -> list[Token]:
    """ "the Board of Hogeschool X", "the Board of Trustees of Y University":
    the body whose board acts, not a body of its own."""
    words = [t.text for t in sub]
    k = 1 if words[:1] in (["Executive"], ["Supervisory"], ["Governing"]) else 0
    if len(words) == k + 3 and words[k] in _BOARD_WORDS and words[k + 1] == "of" and words[-1] in _BOARD_OF_WHOM:
        return []  # "Chairman of the Board of Directors": a body's board, no body of its own
    if len(words) < k + 3 or words[k] not in _BOARD_WORDS or words[k + 1] != "of":
        return sub
    rest = k + 2
    if words[rest] in _BOARD_OF_WHOM and rest + 1 < len(words) and words[rest + 1] == "of":
        rest += 2
    if rest < len(words) and words[rest] == "the":
        rest += 1
    body = sub[rest:]
    if len(body) >= 2 and any(head_kind(t.text) and head_kind(t.text) != "other" for t in body):
        return body
    return sub


def _split_titles(chunk: list[Token]) -> list[tuple[bool, list[Token]]]:
    """Cut a run at people's titles; each part says whether a title
    precedes it (then its first words are a person's name)."""
    parts: list[tuple[bool, list[Token]]] = []
    current: list[Token] = []
    after_title = False
    for k, tok in enumerate(chunk):
        nxt = chunk[k + 1].text if k + 1 < len(chunk) else ""
        if tok.text in _ROYAL and nxt == "of":
            current.append(tok)  # "Prince of Songkla University", "King of Prussia College"
            continue
        if tok.text in _DEVOTIONS and current and current[-1].text == "Our":
            current.append(tok)  # "Our Lady of Mercy Hospital": no lady's name follows
            continue
        if (
            tok.text in _ROYAL
            and (
                all(t.text == "The" for t in current)
                # "King Saud University and King Faisal Specialist Hospital": a list
                or current[-1].text in ("and", "&", ",", "the")
                # "TVU's Prince Fahd bin Sultan Institute": the owner's body
                or current[-1].text.endswith(("'s", "’s"))
            )
            and _eponym_of_head(chunk[k + 1 : k + 6])
        ):
            current.append(tok)  # "Prince Abubakar Audu University", "King Faisal Hospital"
            continue
        if (
            tok.text in ("Dr.", "Dr")
            and len(current) >= 3
            and any(
                t.text in ("Hospital", "Hôpital", "Hospital,", "Clínica", "Instituto")
                for t in current
            )
            and any(t.text in ("de", "del", "da", "do", "das", "dos") for t in current)
            and nxt[:1].isupper()
        ):
            current.append(tok)  # "Hospital de Clínicas Dr. Manuel Quintela": named after him
            continue
        if tok.text in ("Dr.", "Dr", "Prof.", "Prof", "dr.", "dr"):
            # the name being read: after the last "and", comma or article of the run
            # (looked for only before a title: most tokens are none)
            cut = max((j + 1 for j, t in enumerate(current) if t.text in ("and", "&", ",", "the", "The")), default=0)
            own = current[cut:]
            if (
                len(own) >= 2
                and head_kind(own[0].text) in ("hospital", "university", "research_institute")
                and not any(t.text in ("of", "for") for t in own)
                and (nxt[:1].isupper() or nxt in ("Dr.", "Dr"))
            ):
                # "Hospital Zonal Dr. Arturo Illia", "Rumah Sakit Umum Pusat Prof. Dr. Hasan
                # Nuryadi": a head-first name goes on with the person it is named after
                current.append(tok)
                continue
        if tok.text in TITLES or tok.text.rstrip(".") in TITLES:
            if (
                current
                and current[-1].text in _TITLE_MODIFIERS
                and (len(current) == 1 or current[-2].text in ("and", "&", ","))
            ):
                current = current[:-1]  # "... and City Mayor Rey Uy": the word is the title's
            owner = _possessive(current[-1].text) if current else None
            if owner and owner not in _POSSESSIVE_IN_NAMES:
                # "Alder University's President": the owner is a name
                last = current[-1]
                current = current[:-1] + [Token(owner, last.start, last.end - 2)]
            if current:
                parts.append((after_title and current[0].text not in _TITLE_LINKS, current))
            current = []
            after_title = True
            continue
        current.append(tok)
    if current:
        # "Director of Sirajganj Kidney and Urology Hospital": a body after "of", no person
        parts.append((after_title and current[0].text not in _TITLE_LINKS, current))
    return parts


_TITLE_LINKS = frozenset(("of", "at", "for"))
#: words that open a title rather than a name: "City Mayor", "Provincial Governor"
_TITLE_MODIFIERS = frozenset("City Municipal Provincial State County District Regional".split())
_LOWER_LEGAL_FORM = re.compile(_LOWER_COMPANY_FORMS + r"|v\.\s?v\.\s?i\.?|příspěvková")
_AND_THEN = frozenset(("of", "for", "to", "with", "from", "by"))
#: pairs of words that make one phrase inside a name ("Research and Application Hospital")
#: "... of Hiroshima Prefecture": the region a body belongs to, closing its name
_REGION_TAIL = re.compile(
    r" of ((?:[A-Z][\w\-]*\s){1,3}?)(?:Prefecture|Province|State|Oblast|County|District|Region|Governorate)$"
)
_ALBANIAN_HEADS = frozenset("Universiteti Instituti Fakulteti Qendra Spitali Akademia".split())
#: Turkish lines of business a company's name lists before its legal form
_TRADE_WORDS = frozenset("Ticaret Sanayi Üretim Pazarlama İnşaat Turizm Yatırım Dış İç".split())
#: a seat or branch campus named after a comma: "Universidad X, Sede Y"
_SEAT_WORDS = frozenset("Sede Seccional Extensión Recinto Núcleo".split())
_PAIRED_FIRST = frozenset(
    "Research Training Education Teaching Diagnostic Prevention Treatment Hospital".split()
)
#: what a hospital's second half may be about ("X Hospital and Cancer Center")
_CARE_WORDS = frozenset(
    "Cancer Medical Heart Trauma Rehabilitation Research Health Surgical Dental Eye Diagnostic".split()
)
_PAIRED_SECOND = frozenset(
    "Application Research Training Education Development Innovation Referral Treatment Rehabilitation "
    "Health".split()
)


#: place names that open with a stop word: "New Zealand Institute of X"
_NEW_PLACES = frozenset(
    "Zealand York South Delhi Mexico Jersey England Hampshire Brunswick Caledonia Guinea Orleans Haven".split()
)


#: "All India ...", "All Nigeria ...": what a nation-wide body is named for
_ALL_OF = frozenset("India Pakistan Nigeria Russia Russian Ukrainian China Africa African Union".split())


def _opens_with_place(part: list[Token]) -> bool:
    """ "New Zealand Institute of X", "New Damietta General Hospital": "New"
    belongs to the name (a place, or a new town the body is named after)."""
    if part[0].text == "All" and len(part) >= 3:
        # "All India Institute of Medical Sciences": a nation-wide body
        return part[1].text in _ALL_OF and bool(_heads(part[2:]))
    if part[0].text != "New" or len(part) < 2:
        return False
    return part[1].text in _NEW_PLACES or (
        len(part) >= 4 and all(t.is_cap for t in part[:4]) and bool(_heads(part[2:]))
    )


#: what "Our" opens in the names of Catholic hospitals, schools and colleges
_DEVOTIONS = frozenset("Lady Lady's Lady’s Saviour Savior Saviour's Savior's Redeemer".split())


#: a company's boards, which act for it: the name after them is the body's
_BOARD_OPENINGS = [
    w.split()
    for w in (
        "Management Board of",
        "Supervisory Board of",
        "Executive Board of",
        "Board of Directors of",
        # "Secretary of the Party Committee of X University": the body is the university
        "Party Committee of",
        "CPC Committee of",
        "Communist Party Committee of",
    )
]


def _trim(part: list[Token]) -> list[Token]:
    # a capitalised connector may open a name ("Da Nang University", "La
    # Trobe University", "Van Lang University"); a lowercase one may not
    while part and (
        part[0].text in CONNECTORS
        or part[0].text in (",", "&", "–", "-")
        or part[0].text in _ARTICLE_ELIDED  # "L'Hôpital X" told after "On Monday"
        # an article before a name in a sentence of its own language ("e a Universidade
        # de X", "La Universidad de X firmó"; but "La Trobe University" keeps its "La")
        or (
            part[0].text in ("a", "o", "os", "as", "La", "El", "Los", "Las", "O", "A", "Le", "Les", "Il", "Lo")
            and len(part) > 1
            and part[1].text in _ROMANCE_HEADS
        )
        or (
            part[0].text in STOP_CAPS
            and not _opens_with_place(part)
            # "Our Lady of Mercy Hospital", "Our Saviour's Hospital": a devotion names it
            and not (part[0].text == "Our" and len(part) > 1 and part[1].text in _DEVOTIONS)
        )
        or part[0].text.isdigit()
        # "Steelmaker PT X Tbk", "Carmaker X Motors": what the body makes, told before its name
        or (part[0].text.endswith("maker") and len(part) > 1 and part[0].text[0].isupper())
        or (len(part) > 2 and part[1].text == "PT" and part[0].text.isalpha())
    ):
        part = part[1:]
    # "The Management Board of X S.A. announces": the board speaks for the company
    words = [t.text for t in part[:5]]
    for opening in _BOARD_OPENINGS:
        if words[: len(opening)] == opening and len(part) > len(opening):
            part = part[len(opening) :]
            if part[0].text == "the" and len(part) > 1:
                part = part[1:]
            break
    if [t.text for t in part] in (["Party", "Committee"], ["CPC", "Committee"]):
        return []  # "Secretary of the Party Committee of the university": an organ of it
    # a capitalised one may end it ("Universidad de Atacama Sur", "Hospital Van"),
    # except the English ones a Title Case headline capitalises
    while part and (
        part[-1].text in CONNECTORS
        or part[-1].text in ("And", "Of", "The", "For", "De", "Del", "La", "Y", "E")
        or part[-1].text in (",", "&", "–", "-")
    ):
        part = part[:-1]
    return part


def _heads(part: list[Token]) -> list[int]:
    heads = [
        i
        for i, t in enumerate(part)
        if (t.is_cap or t.text[:1].islower())
        and (
            head_kind(
                t.text.rstrip(".") if t.text not in ("Co.", "Inc.", "Ltd.", "Corp.") else t.text
            )
            # "INTA Alto Valle Experimental Station": a research station
            or (t.text == "Station" and i > 0 and part[i - 1].text in _STATION_KINDS)
        )
    ]
    if not heads and _health_system(part):
        heads = [len(part) - 1]
    if not heads and _region_body(part):
        heads = [0]
    return heads


def _region_body(part: list[Token]) -> bool:
    """ "Region Skåne", "Region Syddanmark": a Nordic regional authority named
    by "Region" and its own name (not "Kurdistan Region", "Region VIII")."""
    return (
        2 <= len(part) <= 3
        and part[0].text == "Region"
        and all(t.is_cap and any(c.islower() for c in t.text) for t in part[1:])
        and not any(head_kind(t.text) or t.text in STOP_CAPS for t in part[1:])
    )


#: words before "Health" that make it a field ("Public Health", "Global Health")
_HEALTH_FIELDS = frozenset(
    "Public Global Mental Child Maternal Occupational Environmental Digital One Animal Plant Oral "
    "Reproductive Women's Population International Rural Urban Planetary Tropical Family Sexual".split()
)


#: fields that with "Health" alone name a subject, not a health system
_TWO_WORD_FIELDS = frozenset(
    "Community Indigenous Adolescent Precision Refugee Migrant Veterans Youth Infant Newborn Eye Skin Bone "
    "Brain Heart Lung Kidney Liver Cancer Vascular Pediatric Paediatric Health Sports Sport Travel Ocean "
    "Soil Water Food Climate Space Aviation Marine Student Staff Worker Workplace Home School Prison Allied "
    "Behavioral Behavioural Clinical Dental Medical Nursing Rural Urban Oral Sexual Reproductive Human "
    # a level of government or a compass point alone names no system: "County Health", "Northern Health and ..."
    "County State Provincial National Regional Federal Municipal City District Northern Southern Eastern "
    "Western Central".split()
)


def _health_system(part: list[Token]) -> bool:
    """ "Cedar Valley Health", "Mercy Lakes Health": a US health system named
    by two or more words and "Health" (not a field such as "Public Health")."""
    words = [t.text for t in part]
    if len(words) >= 3 and words[-2:] == ["Health", "District"]:
        return True  # "Riverina Local Health District": an Australian health body
    if len(words) >= 3 and words[-2:] == ["Health", "Cluster"] and part[0].is_cap:
        return True  # "Al-Rass Health Cluster": a Saudi regional health system
    if (
        len(words) >= 3
        and words[-2] in ("Health", "Healthcare", "Medical")
        and words[-1] in ("System", "Network")
        and part[0].is_cap
    ):
        return True  # "Carolina Piedmont Health System": a US health system
    return (
        len(words) >= 2
        and words[-1] == "Health"
        and all(t.is_cap for t in part)
        and words[-2] not in _HEALTH_FIELDS
        # ("Bayside Health", "Queensland Health": two words, one a name, not a field)
        and (
            len(words) >= 3
            or (
                words[0] not in _TWO_WORD_FIELDS
                # (nor a people: "Belarusian Health", "Somali Health")
                and not words[0].endswith(("al", "ic", "'s", "’s", "an", "ese", "ish", "i"))
            )
        )
    )


def _kind_of(part: list[Token]) -> str | None:
    quote = next((k for k, t in enumerate(part) if t.text in ('"', "“")), None)
    if quote:
        part = part[:quote]  # 'University "Kharkiv Polytechnic Institute"': a university
    heads = _heads(part)
    if not heads:
        return None
    words = [t.text for t in part]
    if heads == [len(part) - 1] and not head_kind(words[-1]) and _health_system(part):
        return "hospital"  # "Cedar Valley Health", "Carolina Piedmont Health System"
    if words[heads[-1]] == "Station":
        return "research_institute"
    if words[heads[-1]] in ("Service", "Services") and words[heads[-1] - 1 : heads[-1]] == ["Health"]:
        # "Ghana Health Service"; but Queensland's "X Hospital and Health Service" runs hospitals
        return "hospital" if "Hospital" in words else "government"
    if (
        len(heads) > 1
        and words[heads[-1] - 1 : heads[-1]] == [","]
        and _LOWER_LEGAL_FORM.fullmatch(words[heads[-1]])
    ):
        heads = heads[:-1]  # "Krajská nemocnice Frýdlant, a.s.": a hospital run as a company
    if len(heads) > 1 and re.fullmatch(r"e\.\s?V\.?", words[heads[-1]]):
        heads = heads[:-1]  # "Institut für X e.V.": a registered association, of its own kind
    last = heads[-1]
    kind = head_kind(words[last])
    first_kind = head_kind(words[heads[0]])
    # "Faculty of Law of X University": the first head names the body
    if (
        first_kind == "academic_unit"
        and heads[0] < last
        and "of" in [w.lower() for w in words[heads[0] : last]]
    ):
        kind = "academic_unit"
    elif (
        first_kind in ("research_institute", "hospital")
        and heads[0] < last
        and words[heads[0] + 1 : heads[0] + 2] in (["of"], ["for"])
        and kind == "university"
    ):
        kind = first_kind
    # "X University Hospital", "X University Faculty of Law", "School of the Art Institute"
    if kind == "academic_unit" and words[last] in ("College",):
        kind = "university"
    if (
        words[last] == "College"
        and last + 1 < len(words)
        and words[last + 1] == "of"
        and len(heads) == 1
    ):
        kind = "academic_unit" if last == 0 else "university"
    if first_kind == "academic_unit" and heads[0] == 0:
        kind = "academic_unit"
    if (
        heads[0] == 0
        and first_kind not in (None, "other")
        and (kind == "other" or words[last].endswith(("ario", "aria", "aire", "ário", "ária")))
    ):
        kind = first_kind  # "Hospital Universitario San Vicente Fundación"
    if (
        heads[0] == 0
        and first_kind == "other"
        and words[0] in _ROMANCE_HEADS
        and any(w in ("de", "del", "della", "di", "do", "da", "du", "des") for w in words[1:last])
    ):
        kind = first_kind  # "Fundación X del Buen Consejo": the words after "del" say whose
    if words[heads[0]] in ("City",) or (words[last] == "City"):
        kind = "government"
    if (
        words[last] in ("Center", "Centre", "Centers", "Centres")
        and last > 0
        and words[last - 1] == "Medical"
    ):
        kind = "hospital"  # "Medical Center"
    if words[-2:] == ["Health", "Cluster"]:
        kind = "hospital"  # a Saudi health cluster runs the region's hospitals
    if words[-4:] == ["Hospital", "and", "Health", "Service"]:
        kind = "hospital"  # a Queensland hospital and health service
    if heads == [0] and words[0] == "Region":
        kind = "government"  # "Region Skåne"
    if words[last] == "Agency" and words[last - 1 : last] in (["News"], ["Press"]):
        kind = "other"  # "Iraqi News Agency": the wire that tells the news, not a ministry's agency
    return kind


_CITY_HEAD = re.compile(r"^City$")


#: head words that make a name only in some positions ("X Group", "City of X")
#: words that open a subject named like a company ("Smart Systems", "Food Technologies")
_SUBJECT_WORDS = frozenset(
    """Smart Computer Computing Information Food Energy Power Control Embedded Intelligent Digital
    Water Health Transport Transportation Manufacturing Production Agricultural Biological Electronic
    Communication Communications Network Software Cyber Autonomous Robotic Mechanical Electrical
    Environmental Earth Space Biomedical Medical Clinical Logistics Mobility Quantum Data Marine
    Ocean Sensor Sensing Signal Microwave Optical""".split()
)
#: heads of bodies that are also subjects inside a unit's name ("Administration
#: of Hong Kong Metropolitan University" after "School of Business and")
_SUBJECT_HEADS = frozenset({"Administration"})
_WEAK_HEADS = frozenset(
    "Graduate City Campus Hub Service Services Partners Systems Electronics Technologies Group Board Office Union Community".split()
)


def _is_name(part: list[Token]) -> bool:
    """A part is a name when it has a head word and at least one other
    capitalised word or complement ("University of Guam", "Stanford
    University"), and no thing-noun after its last head ("City Hall")."""
    heads = _heads(part)
    words = [t.text for t in part]
    if not heads:
        # "City of Seongnam", "Kaohsiung City"
        return False
    if words[0] in _DEGREE_WORDS or (words[0] in _DEMONYMS and words[1:2] and words[1] in _DEGREE_WORDS):
        return False  # "the Spanish Máster Universitario en Enología": a degree
    caps = [t for t in part if t.is_cap]
    romance = (
        words[0] in _ROMANCE_HEADS
        and sum(1 for w in words[1:] if w not in CONNECTORS and _ROMANCE_WORD.match(w)) >= 2
    ) or (
        words[0] in _SLAVIC_HEADS
        and any(_SLAVIC_WORD.match(w) for w in words[1:] if w[:1].islower())
    )  # "Institut national de la recherche scientifique", "Fakulta mechatroniky"
    lower_head = any(not part[h].is_cap for h in heads)  # "Bottniska universitetet"
    if len(caps) < 2 and not romance and not lower_head:
        return False
    if len(words) == 2 and words[0] in _DEMONYMS and (lower_head or words[1] in _FOREIGN_HEADS):
        # "the Dutch hogeschool", "the German Hochschule": a description, as "the
        # Dutch university"
        return False
    last = heads[-1]
    tail = words[last + 1 :]
    # "Central Karelia Hospital District", "Riverina Local Health District": health bodies
    health_district = words[-2:] in (["Health", "District"], ["Hospital", "District"])
    if (
        any(w in NON_ORG_TAILS for w in tail if w[0].isupper())
        and "of" not in [w.lower() for w in tail[:1]]
        and not health_district
    ):
        return False
    if (
        words[-1] in NON_ORG_TAILS
        and [w.lower() for w in tail[:1]] != ["of"]
        and not health_district
        and not (words[-1] == "Station" and words[-2:-1] and words[-2] in _STATION_KINDS)
    ):
        return False  # "City Hall", but "University of Texas Rio Grande Valley" is a name
    if words[-1] == "Chamber" and len(words) >= 2 and words[-2] in ("Senate", "Council", "Court"):
        return False  # "the Senate Chamber": the room where a senate meets
    # "Graduate" alone is an adjective
    weak_heads = all(words[h] in _WEAK_HEADS for h in heads)
    # "Regional Office V", "Group II": a number after the head
    final = words[-2] if len(words) > 1 and _NUMBER_AFTER_HEAD.fullmatch(words[-1]) else words[-1]
    if weak_heads and not (
        ("City" in words and ("of" in words or final == "City"))
        # "Ghana Health Service", "the Northern Health Service": a public health body
        or (final in ("Service", "Services", "Executive") and "Health" in words[-3:-1])
        # "Clare Community Care Services", "Northern Ambulance Service": care given as a service
        or (
            final in ("Service", "Services")
            and len(words) >= 3
            and words[-2] in _CARE_SERVICE_WORDS
            and words[0] not in _CARE_SERVICE_WORDS | {"Health", "Department", "Ministry"}
        )
        or final
        in (
            "Group",
            "Electronics",
            "Technologies",
            "Office",
            "Board",
            "Union",
            "Partners",
            "Systems",
        )
        or (words[0] in ("Office", "Board", "Union") and len(words) > 2 and words[1] == "of")
        # "Nevada Office of Clean Energy Development": an office of a named thing
        or any(
            words[h] in ("Office", "Board") and h + 2 < len(words) and words[h + 1] == "of"
            for h in heads
        )
    ):
        return False
    if words[0].lower() in _COUNT_WORDS:
        return False  # "Two Tashkent Universities" in a Title Case headline
    return words[0].lower() not in ("of", "for")


_CARE_SERVICE_WORDS = frozenset(
    "Care Medical Ambulance Nursing Emergency Rehabilitation Dental Mental Paramedic Blood".split()
)

_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve several".split()
)


def _complement_first(part: list[Token]) -> bool:
    """True when a piece's first "of" comes before its first head word:
    "Administration of Hong Kong Metropolitan University"."""
    heads = [h for h in _heads(part) if part[h].text not in _SUBJECT_HEADS]
    for i, tok in enumerate(part):
        if tok.text == "of":
            return not heads or i < heads[0]
    return False


def _looks_like_acronym(part: list[Token]) -> bool:
    return len(part) == 1 and bool(_ACRONYM.match(part[0].text))


#: legal-form suffixes written after a comma: "Veridian Therapeutics, Inc."
_COMPANY_SUFFIXES = frozenset(
    "Inc. Inc Ltd. Ltd LLC LLP Co. Corp. Corp GmbH AG S.A. SA plc PLC Pty N.V. B.V. KK S.p.A. SpA S.r.l. Srl S.L. Ltda Oy Oyj ASA Bhd Tbk "
    "Ltda. Lda. Lda A.C. S.C. S.Coop. S.Coop E.P.E. EPE S.A.S. SAS SARL S.R.L. AS hf. ehf. I.P.".split()
)


#: what may close a company's name after its own words: "Co., Ltd.",
#: "(Pvt) Ltd", "Pte. Ltd.", "S.A.S."
_LEGAL_TAILS = _COMPANY_SUFFIXES | frozenset(
    "Limited (Pvt) (Pvt.) (Private) (Pty) (Persero) Pte. Pte Sdn S.A.S. S.A.S SAS SARL A/S ApS AB Kft. Zrt. "
    "W.L.L. WLL JSC PJSC K.K. A.Ş. Berhad Ltda. Incorporated".split()
)


_DOTTED_FORM = re.compile(r"(?:[A-Za-z]{1,2}\.){2,5}")


def without_legal_form(name: str) -> str | None:
    """ "Helix Analytics Ltd." is "Helix Analytics" in running text, "Kansai
    Seimitsu Medical Co., Ltd." is "Kansai Seimitsu Medical": the name
    without its legal form, or None when it has none (or nothing else)."""
    words = re.sub(r"\b[Ss]p\.\s?z\s?o\.\s?o\.?$", "sp.z.o.o.", name.replace(",", " ")).split()
    n = len(words)
    while n > 1 and (words[n - 1] in _LEGAL_TAILS or _DOTTED_FORM.fullmatch(words[n - 1])):
        n -= 1  # "S.A.O.G.", "S.p.A.", "B.V.": a dotted legal form
    if n == len(words) or not words[n - 1][:1].isalnum():
        return None
    return " ".join(words[:n])


#: "and" in the languages names are written in ("Hogeschool Waal en Maas")
_AND_WORDS = frozenset("and y e et und en i og och ve və és dan".split())


#: Nordic head words in the definite form, after which "i" means "in"
_NORDIC_DEFINITE = re.compile(
    r"^(?:Universitetet|Högskolan|Høgskolen|Høgskulen|Sykehuset|Sjukhuset|Sygehuset|Akademien|Institutet|"
    r"Instituttet|\w+sykehuset|\w+sjukhuset|\w+högskolan|\w+høgskolen|"
    # Albanian heads in the definite form, after which "i" means "of":
    # "Universiteti i Mjekësisë", "Fakulteti i Shkencave"
    r"Universiteti|Fakulteti|Instituti|Spitali)$"
)


#: articles that open a name in running Spanish, Portuguese, French or German text
_ARTICLES_BEFORE_A_NAME = frozenset("la el los las le les o a os as der die das".split())


#: "of" in the languages of names: what a head's own complement opens with
_OF_WORDS = frozenset("of de di degli della delle del dello do da dos das des du für der van".split())


#: heads of bodies named after the sectors they govern ("Ministry of X and Y")
_PORTFOLIO_HEADS = frozenset("Ministry Ministries Department Secretariat Commission Bureau".split())
#: company heads that are sectors in a portfolio's name ("and Energy Industries")
_SECTOR_HEADS = frozenset("Industries Enterprises Services".split())


def _split_and(
    part: list[Token], is_place=None, is_country=None, after_title: bool = False
) -> list[list[Token]]:
    """Split "A and B" / "A, B and C" where each side is a name; keep
    "Wageningen University & Research", "Faculty of Letters, Arts and
    Humanities", "Electronics and Telecommunications Research Institute"."""
    pieces: list[list[Token]] = [[]]
    seps: list[Token] = []
    # "the Sichuan University–Sorbonne University Academic Cooperation Agreement":
    # an instrument named after its two parties
    # (but "the Lumitek–TAORI Joint Laboratory for X" has a head after its "Joint": a
    # body named after them)
    tails = [k for k, t in enumerate(part) if t.text in _INSTRUMENT_TAILS]
    named_instrument = bool(tails) and not any(head_kind(t.text) for t in part[tails[-1] + 1 :])
    for k, tok in enumerate(part):
        tight = (
            not named_instrument
            and tok.text == "–"
            and 0 < k < len(part) - 1
            and part[k - 1].end == tok.start
            and tok.end == part[k + 1].start
        )  # "Mindanao State University–Iligan Institute of Technology": one name
        if tight:
            pieces[-1].append(tok)
            continue
        if (
            tok.text == "i"
            and k
            and (
                _NORDIC_DEFINITE.match(part[k - 1].text)
                or (part[k - 1].text.islower() and head_kind(part[k - 1].text))
                # Albanian "Universiteti Politeknik i Tiranës": "i" is "of" after a definite head
                or any(t.text in _ALBANIAN_HEADS for t in part[:k])
            )
        ):
            # "Högskolan i Kalmarsund", "Universitetet i Bergen", "Norrlands universitet i Kiruna"
            pieces[-1].append(tok)
            continue
        firm = tok.text == "&" and k + 1 < len(part) and part[k + 1].text in _FIRM_TAILS
        if (
            tok.text in (",", "and", "&", "–", "y", "e", "et", "und", "en", "i")
            and pieces[-1]
            and not firm  # "Bakare & Co.", "Smith & Partners": one firm
        ):
            pieces.append([])
            seps.append(tok)
        else:
            pieces[-1].append(tok)
    if len(pieces) == 1:
        return [part]
    merged: list[list[Token]] = [pieces[0]]
    closed = False  # the previous name has ended; headless pieces are dropped
    # a headless piece dropped after a closed name, kept in case it opens the
    # next name ("Egerton University and Moi Teaching and Referral Hospital")
    dropped: list[Token] = []
    for k, (sep, piece) in enumerate(zip(seps, pieces[1:], strict=False)):
        piece_t = _cut_instrument_tail(_trim(list(piece)))
        prev = merged[-1]
        prev_t = _trim(list(prev))
        if not piece_t:
            continue
        if (
            sep.text == ","
            and len(piece_t) >= 3
            and piece_t[-2].text == "&"
            and piece_t[-1].text in _FIRM_TAILS
            and prev_t
            and all(t.is_cap and not head_kind(t.text) for t in prev_t)
            and len(prev_t) <= 2
        ):
            merged[-1] = prev + [sep] + piece  # "Olaniyan, Bakare & Co.": partners' names
            closed = False
            continue
        if (
            sep.text == ","
            and piece_t[0].text in _COMPANY_SUFFIXES
            and len(piece_t) >= 3
            and piece_t[1].text in ("of", "in")
            and is_country is not None
            and is_country(" ".join(t.text for t in piece_t[2:] if t.text != "the"))
        ):
            # "Hanbit Semitech Co., Ltd. of the Republic of Korea": the firm, then its country
            merged[-1] = prev + [sep, piece_t[0]]
            closed = True
            continue
        if (
            sep.text == ","
            and (
                piece_t[0].text in _COMPANY_SUFFIXES or _LOWER_LEGAL_FORM.fullmatch(piece_t[0].text)
            )
            and len(piece_t) <= 3
        ):
            if closed and dropped:
                # "X, S.A. and Malhas Cedar, Lda.": the words dropped after the
                # last name are a company's own
                merged.append(dropped + [sep] + piece)
                dropped = []
            else:
                merged[-1] = prev + [sep] + piece  # "Veridian Therapeutics, Inc.", ", S.A. de C.V."
            closed = False
            continue
        if (
            sep.text == ","
            and prev_t
            and not _heads(prev_t)
            and piece_t[0].text in _TRADE_WORDS
            and _heads(piece_t)
        ):
            # "Ayvalık Rüzgâr Enerjisi Üretim, Ticaret ve Sanayi A.Ş.": a company's
            # lines of business, listed inside its name
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if (
            sep.text == ","
            and prev_t
            and prev_t[0].text in ("Department", "Directorate", "Ministry", "Commissionerate")
            and len(piece_t) >= 3
            and [t.text for t in piece_t[:2]] == ["Government", "of"]
            and is_place is not None
            and is_place(" ".join(t.text for t in piece_t[2:]))
        ):
            # "Department of Health and Family Welfare, Government of Karnataka": a
            # state government's department, named with its government
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if sep.text == "," and prev_t and _heads(prev_t) and piece_t[0].text in _SEAT_WORDS:
            # "Pontificia Universidad Católica del Ecuador, Sede Ambato": a seat of it
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if (
            sep.text in ("e", "y", "et", "and", "und", "i", "&")
            and is_place is not None
            and prev_t
            and len(piece_t) <= 2
            and not _heads(piece_t)
            and any(
                is_place(" ".join(t.text for t in [*prev_t[-n:], sep, *piece_t]))
                for n in (1, 2)
            )
        ):
            # "Laboratório Nacional de Saúde Pública de São Tomé e Príncipe": a
            # place named with an "and" ends the name
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if sep.text in ("und", "and", "oder", "og", "och", "en") and prev_t and prev_t[-1].text.endswith("-"):
            # "Industrie- und Handelskammer": a word cut at its hyphen shares the next one's end
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if (
            sep.text in ("et", "y", "e", "und", "i", "en")
            and piece
            and not piece[0].is_cap
            # (but "La Universidad de A y la Universidad de B": an article, then a
            # second name, in an article written in that language)
            and not (
                piece[0].text in _ARTICLES_BEFORE_A_NAME
                and len(piece) > 1
                and head_kind(piece[1].text)
                and piece[1].is_cap
            )
        ):
            # "École nationale supérieure des eaux et de l'environnement": a lowercase
            # "and" of the name's own language
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        if (
            sep.text == "and"
            and prev_t
            and (
                (prev_t[-1].text in _PAIRED_FIRST and piece_t[0].text in _PAIRED_SECOND)
                # "St. Ansgar's Hospital and Cancer Center", "X Hospital and Medical Center"
                or (
                    prev_t[-1].text == "Hospital"
                    and piece[0].text != "the"
                    and len(piece_t) >= 2
                    and piece_t[0].text in _CARE_WORDS
                    and piece_t[1].text in ("Center", "Centre", "Clinic", "Clinics")
                )
            )
        ):
            # "X University Research and Application Hospital", "Training and Research
            # Hospital": one phrase of the name
            merged[-1] = prev + [sep] + piece
            closed = False
            continue
        in_complement = any(t.text in _INNER_CONNECTORS and t.text != "the" for t in prev)
        if (
            in_complement
            and prev_t
            and prev_t[0].text in _PORTFOLIO_HEADS
            and sep.text in ("and", "&", ",")
            and piece[0].text != "the"
            and _heads(piece_t)
            and all(piece_t[h].text in _SECTOR_HEADS for h in _heads(piece_t))
        ):
            # "Ministry of Energy and Energy Industries": a portfolio's sectors
            merged[-1] = prev + [sep] + piece
            continue
        if (
            in_complement
            and sep.text == "and"
            and k == len(seps) - 1
            and prev_t
            and head_kind(prev_t[0].text) == "academic_unit"
            and len(prev_t) <= 5
            and len(piece) >= 2
            and piece[0].text == "the"
            and len(piece_t) <= 3
            and all(
                t.is_cap and not head_kind(t.text) and not _ALL_CAPITALS.match(t.text)
                for t in piece_t
            )
            and not (is_place is not None and any(is_place(t.text) for t in piece_t))
            and not (is_country is not None and any(is_country(t.text) for t in piece_t))
        ):
            # "Faculty of Engineering and the Built Environment": a subject with its article
            merged[-1] = prev + [sep] + piece
            continue
        if in_complement and len(piece_t) == 1 and piece_t[0].text in _SUBJECT_ACRONYMS:
            merged[-1] = prev + [sep] + piece  # "Ministry of Science and ICT": a subject
            continue
        if (
            sep.text == "–"
            and len(merged) == 1
            and len(prev_t) == 1
            and prev_t[0].is_cap
            and not head_kind(prev_t[0].text)
            and not _ALL_CAPITALS.match(prev_t[0].text)
            and prev_t[0].text not in STOP_CAPS
            and piece_t
            and head_kind(piece_t[0].text)
            and not (is_place is not None and is_place(prev_t[0].text))
        ):
            # "Camões – Instituto da Cooperação e da Língua": a body's own name before its description
            merged[-1] = prev + [sep] + piece
            continue
        if sep.text == "–" and all(piece_t[h].text in _WEAK_HEADS for h in _heads(piece_t)):
            merged[-1] = prev + [sep] + piece  # "Department of X – Regional Office V"
            continue
        if (
            in_complement
            and (sep.text in ("&", ",") or sep.text in _AND_WORDS)
            and piece[0].text != "the"
            and _is_name(piece_t)
            and (
                _complement_first(piece_t)
                or (sep.text == "," and _weak_only(piece_t))
                # "College of Engineering and Smart Systems": a subject, not a company
                or (
                    sep.text in _AND_WORDS
                    and len(piece_t) == 2
                    and piece_t[0].text in _SUBJECT_WORDS
                    and _weak_only(piece_t)
                )
                # "School of Business and Administration": a subject, not a body
                or (len(piece_t) == 1 and piece_t[0].text in _SUBJECT_HEADS)
            )
        ):
            # "School of Business and Administration of Hong Kong Metropolitan
            # University": the list continues the complement
            merged[-1] = prev + [sep] + piece
            continue
        if _is_name(piece_t):
            if (
                (
                    len(merged) == 1
                    or (
                        prev_t
                        and prev_t[0].text != "the"
                        and not _heads(prev_t)
                        and not (
                            is_place is not None and is_place(" ".join(t.text for t in prev_t))
                        )
                    )
                )
                and not after_title
                and not _is_name(prev_t)
                and not (
                    is_place is not None and is_place(" ".join(t.text for t in prev_t))
                )  # "Padua and Tohoku University": a city, then a name
                and sep.text in ("and", "&")
                and piece[0].text != "the"
                and not _looks_like_acronym(prev_t)
                and not (len(prev_t) == 1 and head_kind(prev_t[0].text))
                # (not "Birchtech Robotica and Università degli Studi di Lanciano": a
                # head with its own "of" opens a name of its own)
                and not (
                    len(piece_t) >= 3
                    and head_kind(piece_t[0].text)
                    and piece_t[1].text in _OF_WORDS
                )
            ):
                # "Electronics and Telecommunications Research Institute",
                # "National Development and Reform Commission": a headless
                # first side modifies the named one
                merged[-1] = prev + [sep] + piece
            elif dropped and sep.text in _AND_WORDS and piece[0].text != "the":
                merged.append(dropped + [sep] + piece)
            else:
                merged.append(piece)
            closed = False
            dropped = []
            continue
        if closed:
            continue
        next_sep = seps[k + 1].text if k + 1 < len(seps) else None
        # "University of Rwanda, Makerere and the University of Dar es Salaam":
        # a list that goes on to a full name lists bodies, not a complement
        following = _trim(list(pieces[k + 2])) if k + 2 < len(pieces) else []
        if (
            sep.text == ","
            and next_sep in _AND_WORDS
            and len(piece_t) == 1
            and piece_t[0].is_cap
            and not head_kind(piece_t[0].text)
            and prev_t
            and _heads(prev_t)
            and following
            and _is_name(following)
            and is_place is not None
            and is_place(following[0].text)
            and pieces[k + 2][:1]
            and pieces[k + 2][0].text != "the"
        ):
            # "X University of Science and Technology, Jamshoro and Almaty Women's
            # University": a town after a name, before a name that opens with a place
            merged[-1] = prev + [sep] + piece
            closed = True
            dropped = []
            continue
        names_follow = _is_name(following) and not _complement_first(following)
        acronym_first = bool(_ALL_CAPITALS.match(piece_t[0].text))  # "and TU Weserbergland"
        if (
            sep.text == "&"
            or (
                sep.text in _AND_WORDS
                and not acronym_first
                and piece[0].text != "the"  # "X and the Leeuwarden company Y": a new phrase
                and (in_complement or not prev_t or not _heads(prev_t[-1:]))
            )
        ):
            merged[-1] = prev + [sep] + piece  # "& Research", "of Aeronautics and Astronautics"
        elif sep.text == "," and (
            (
                in_complement
                and (next_sep in _AND_WORDS or next_sep == ",")
                and not names_follow
                and not _looks_like_acronym(piece_t)  # "X de Kénitra, UGA and the IRD"
            )
            # "Federal Medical Centre, Owode-Egba": Nigeria's federal bodies are told
            # apart by their town
            or (
                prev_t[:1]
                and prev_t[0].text == "Federal"
                and _heads(prev_t)
                and len(piece) == 1
                and piece[0].is_cap
                and piece[0].text not in STOP_CAPS
                and not piece[0].text.endswith(("'s", "’s"))  # "..., Ethiopia's X"
                and not (is_country is not None and is_country(piece[0].text))
                and not _heads(piece)
            )
            or (
                is_place is not None
                and piece[0].text not in _AND_WORDS  # ", and the Uzhhorod hospital": a new phrase
                and piece[0].text != "the"
                and is_place(" ".join(t.text for t in piece_t))
                and not (is_country is not None and is_country(" ".join(t.text for t in piece_t)))
                and not _looks_like_acronym(piece_t)  # ", UGA and the IRD": a body
            )
        ):
            merged[-1] = prev + [sep] + piece  # "Letters, Arts and ...", ", San Diego"
        else:
            closed = True
            dropped = (
                list(piece)
                if piece_t
                and piece_t[0].is_cap
                and (
                    sep.text in _AND_WORDS
                    or piece[0].text in _AND_WORDS  # ", and the X"
                    # "A, Lakeside Teaching and Referral Hospital": the next name's opening
                    or (piece_t[-1].text in _PAIRED_FIRST and next_sep in _AND_WORDS)
                    # "A, Kunming Metallurgy and Mining Vocational College": a headless
                    # phrase joined by "and" to the name that follows
                    or (
                        next_sep in _AND_WORDS
                        and names_follow
                        and not _looks_like_acronym(piece_t)
                        # (one word before a company is more likely a place: "X, Taxila
                        # and Indus Turbine Works Ltd")
                        and (len(piece_t) >= 2 or _kind_of(following) != "company")
                        and pieces[k + 2][:1]
                        and pieces[k + 2][0].text != "the"
                        and not (is_place is not None and is_place(" ".join(t.text for t in piece_t)))
                    )
                )
                else []
            )
            merged.append([])
    return [m for m in merged if m]


def _weak_only(part: list[Token]) -> bool:
    """True when every head of `part` is a weak one ("Food Systems")."""
    heads = _heads(part)
    return bool(heads) and all(part[h].text in _WEAK_HEADS for h in heads)


#: subjects written as acronyms inside a name's complement
_SUBJECT_ACRONYMS = frozenset("ICT ICTs IT AI STEM R&D".split())


#: legal forms that close a company's name: capitalised words after one are a
#: person ("Kissan Agro Seeds Ltd Mian Tariq Mehmood")
_CLOSING_FORMS = frozenset(
    "Ltd Ltd. Limited Inc Inc. LLC PLC plc GmbH Pvt Corporation Corp. Bhd Berhad Tbk".split()
)


def _cut_after_legal_form(part: list[Token]) -> list[Token]:
    for k, tok in enumerate(part[:-2]):
        if (
            tok.text in _CLOSING_FORMS
            and part[k + 1].is_cap
            and part[k + 1].text not in _LEGAL_TAILS
            and part[k + 1].text not in ("(Pvt)", "(Private)")
            and not head_kind(part[k + 1].text)
            and all(t.is_cap and not head_kind(t.text) for t in part[k + 1 : k + 3])
        ):
            return part[: k + 1]
    return part


#: what closes a firm named after its partners: "& Co.", "& Partners"
_FIRM_TAILS = frozenset("Co. Co Partners Associates Sons".split())
#: what a station that is a body studies: "Experimental Station", "Research Station"
_STATION_KINDS = frozenset("Experimental Research Agricultural Biological Field Marine Seed".split())
#: features of geography that open a place name with "of"
_GEO_NOUNS = frozenset("Gulf Bay Sea Cape Lake Isle Mount Straits Strait Port".split())


def _cut_person(part: list[Token]) -> list[Token]:
    """Drop a headless run before "of (the)" + name: "Martin Rennert of the
    Universität der Künste Berlin" -> "Universität der Künste Berlin"."""
    words = [t.text for t in part]
    if "for" in words:
        # "Rector Nurbek Toktogulov for Talas Engineering University": a person
        # signing for a body (two or three capitalised words, no head, no link)
        i = words.index("for")
        left, rest = part[:i], _trim(part[i + 1 :])
        if (
            2 <= len(left) <= 3
            and all(t.is_cap and not head_kind(t.text) for t in left)
            and _heads(rest)
        ):
            return rest
    for i, w in enumerate(words):
        if w in ("of", "at", "from") and i > 0:
            left = part[:i]
            if (
                not _heads(left)
                and not (w == "of" and left[-1].text in _ROYAL)
                # "Gulf of Mannar Maritime University", "Bay of Bengal Fisheries Institute"
                and not (w == "of" and len(left) == 1 and left[0].text in _GEO_NOUNS)
                # "Our Lady of Lourdes Hospital": a devotion, not a person
                and not (w == "of" and left[-1].text in _DEVOTIONS and left[0].text == "Our")
            ):
                rest = _trim(part[i + 1 :])
                if rest and _heads(rest):
                    return _cut_person(rest)
            break
    return part


def _cut_place_link(
    part: list[Token], is_place, is_country
) -> tuple[list[Token], list[Token] | None]:
    """ "Kumamoto University in Japan" -> "Kumamoto University"; "German
    Embassy in Tunis" stays, "Hryhorii Skovoroda University in Pereiaslav"
    stays with the short form as a variant."""
    for i, tok in enumerate(part):
        if tok.text in _PLACE_LINKS and i > 0:
            place = " ".join(t.text for t in part[i + 1 :])
            head = {t.text for t in part[:i]}
            if head & {
                "Embassy",
                "Consulate",
                "Ministry",
                "Mission",
                "Delegation",
                "Office",
                "Bureau",
            }:
                return part, None
            if tok.text == "on":
                return part, None
            if is_place is not None and is_place(place) and not (is_country and is_country(place)):
                return part, part[:i]
            if tok.text == "at" and is_place is not None and is_place(place):
                # "Texas A&M University at Qatar": a branch named by where it is
                return part, part[:i]
            if tok.text == "at":
                # "X University Hospital at Gangdong": the short name, and the full
                # one as its variant
                return part[:i], part
            return part[:i], None
    return part, None


_INSTRUMENT_TAILS = frozenset(
    "Agreement Agreements Memorandum MoU MOU Programme Program Partnership Academic Exchange Cooperation Collaboration Joint Dual Double Degree Research".split()
)


def _cut_instrument_tail(part: list[Token]) -> list[Token]:
    """ "Sichuan University–Sorbonne University Academic Exchange Agreement":
    names inside the name of an instrument."""
    if not part or part[-1].text not in (
        "Agreement",
        "Agreements",
        "Memorandum",
        "MoU",
        "MOU",
        "Programme",
        "Program",
        "Partnership",
    ):
        return part
    heads = _heads(part)
    if not heads:
        return part
    last = heads[-1]
    if all(t.text in _INSTRUMENT_TAILS for t in part[last + 1 :]):
        return part[: last + 1]
    return part


_LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")


@lru_cache(maxsize=65536)
def _is_head_word(word: str) -> bool:
    """True when a capitalised word, or the word without its final full
    stops, is a head ("University", "Univ."): one cached look-up per word of
    the quick test that most sentences fail."""
    return bool(head_kind(word) or head_kind(word.rstrip(".")))


def find_candidates(sentence: str, is_place=None, is_country=None) -> list[Candidate]:
    """Names in one sentence, by shape.

    >>> [c.text for c in find_candidates("The University of the Ryukyus and the University of Guam signed.")]
    ['University of the Ryukyus', 'University of Guam']
    """
    if (
        not any(map(_is_head_word, _CAP_WORD.findall(sentence)))
        and not _has_lower_head(sentence)
        and " Health" not in sentence  # "Cedar Valley Health", "Namoi Local Health District"
        and "Region " not in sentence  # "Region Skåne"
        and " Station" not in sentence  # "Birch Experimental Station"
    ):
        return []  # no head word: no name by shape (most sentences of an article)
    tokens = tokenize(sentence)
    out: list[Candidate] = []
    for chunk in _chunks(tokens):
        before = sentence[: chunk[0].start].rsplit(None, 1)[-1:]  # (the last word only)
        titled = bool(before) and before[0].lower().strip(",") in _TITLE_BEFORE
        for after_title, part in _split_titles(chunk):
            after_title = after_title or (titled and part[0] is chunk[0])
            for piece in _split_possessive(part, is_country):
                possessor, piece = piece
                piece = _trim(piece)
                if not piece:
                    continue
                for k, sub in enumerate(_split_and(piece, is_place, is_country, after_title)):
                    if k:
                        # "NPUST's College of Agriculture and the Graduate School of IPB
                        # University": the possessive owns the first name only
                        possessor = None
                    sub = _cut_instrument_tail(
                        _trim(_cut_person(_trim(_cut_after_legal_form(sub))))
                    )
                    sub, short = _cut_place_link(sub, is_place, is_country)
                    sub = _drop_demonym(_trim(sub), is_place)
                    if (
                        len(sub) > 2
                        and sub[-1].text in _DEMONYMS
                        and sub[-2].text in CONNECTORS
                        and _LOWER_WORD_NEXT.match(sentence, sub[-1].end)
                    ):
                        # "the Executive Board of the Dutch institution": an adjective
                        sub = _trim(sub[:-1])
                    sub = _board_of(sub)
                    if not sub or not _is_name(sub):
                        continue
                    start, end = sub[0].start, sub[-1].end
                    text = sentence[start:end]
                    kind = _kind_of(sub) or "other"
                    cand = Candidate(start, end, text, kind, possessor)
                    if short:
                        cand.variants.append(sentence[short[0].start : short[-1].end])
                    of = text.rfind(" of ")
                    heads = _heads(sub)
                    where_of = text[of + 4 :]
                    state = where_of.find(", ")
                    if state > 0 and is_place is not None and is_place(where_of[state + 2 :]):
                        where_of = where_of[:state]  # "... of Bangor, Maine": the town
                    if (
                        of > 0
                        and is_place is not None
                        and heads
                        # (or a name of another language whose head opens it: "Hospital
                        # Universitario General Calixto Martí of Havana")
                        and (heads[0] > 0 or len(text[:of].split()) >= 3)
                        and " of " not in text[:of]
                        and is_place(where_of)
                        and not is_country(where_of)
                    ):
                        # "Jeonbuk Hanmaeum University Hospital of Jeonju": where it is
                        cand.variants.append(text[:of])
                    region = _REGION_TAIL.search(text)
                    if region and is_place is not None and is_place(region.group(1)):
                        # "Setouchi University of Marine Science of Hiroshima Prefecture":
                        # its own name, and its kind, before the region it belongs to
                        own = [t for t in sub if t.end <= start + region.start()]
                        if _heads(own):
                            cand.variants.append(text[: region.start()])
                            cand.kind = _kind_of(own) or cand.kind
                    country = text[of + 4 :].removeprefix("the ")  # "of the Philippines"
                    if of > 0 and is_country is not None and is_country(country) and heads:
                        if heads[0] > 0 and " of " not in text[:of]:
                            cand.variants.append(text[:of])  # "Yunus Emre Institute of Türkiye"
                        elif " of " not in text[:of] and len(text[:of].split()) >= 3:
                            # "Universitas Gadjah Mada of Indonesia": where it is, not its name
                            cand.end = start + of
                            cand.text = text[:of]
                        else:
                            # "University of Southland of New Zealand" (but "Institute of
                            # Technology of Cambodia" is a name): both forms
                            cand.variants.append(text[:of])
                    republic = _OF_THE_REPUBLIC.search(text)
                    if republic and republic.start() > 0 and heads:
                        # "X University of the Republic of Belarus": where it is
                        cand.variants.append(text[: republic.start()])
                    comma = text.find(", ")
                    if comma > 0 and is_place is not None and is_place(text[comma + 2 :]):
                        cand.variants.append(text[:comma])
                    owner = _OF_OWNER.search(text)
                    if owner is not None:
                        left, right = text[: owner.start()].split(), text[owner.end() :].split()
                        if (
                            len(left) >= 3
                            and not head_kind(left[0])
                            and right
                            and head_kind(right[0]) == "university"
                            and any(head_kind(w) for w in left[1:])
                        ):
                            # "Noguchi Memorial Institute for Medical Research of the
                            # University of Ghana": the institute's own name too
                            cand.variants.append(" ".join(left))
                    for of_parent in reversed(list(_OF_PARENT.finditer(text))):
                        if cand.possessor is not None:
                            break
                        left, right = text[: of_parent.start()], text[of_parent.end() :]
                        words = right.split()
                        if (
                            (len(words) >= 2 and any(head_kind(w) == "university" for w in words))
                            # "Wydział Nauk o Zdrowiu of the Akademia Medyczna w Kaliszu": a
                            # unit of an academy named in its own language
                            or (
                                len(words) >= 2
                                and head_kind(words[0]) == "research_institute"
                                and head_kind(left.split()[0]) == "academic_unit"
                            )
                            # "... of BDUT" (not "Faculty of AgriSciences": a subject)
                            or (
                                len(words) == 1
                                and _ACRONYM.match(words[0])
                                and not _SUBJECT_COMPOUND.search(words[0])
                            )
                            # "X Department of the Government of Odisha"
                            or (words[0] == "Government" and left.split()[-1] == "Department")
                        ) and any(
                            head_kind(w) in ("academic_unit", "research_institute")
                            or w == "College"
                            for w in left.split()
                        ):
                            # "School of Business of Hong Kong Metropolitan
                            # University": the school's own name, and its parent
                            cand.variants.append(left)
                            cand.possessor = right
                    of_at = text.rfind(" of ")
                    if (
                        of_at > 0
                        and is_place is not None
                        and is_place(text[of_at + 4 :])
                        and (
                            _FOREIGN_COMPLEMENT.search(text[:of_at])
                            # "Universiteit Maasdelta of Rotterdam", "Universitätsklinikum X of Y"
                            or text.split()[0] in _FOREIGN_HEADS
                            or text.split()[0].endswith("klinikum")
                        )
                    ):
                        # "Universidad Católica del Norte Grande of Antofagasta":
                        # an English "of" after a name of another language says where
                        cand.variants.append(text[:of_at])
                    where = text.rfind(" in ")
                    if where > 0 and is_place is not None and is_place(text[where + 4 :]):
                        cand.variants.append(
                            text[:where]
                        )  # "X University in Turkistan" is "X University"
                    elif (
                        where > 0
                        and re.fullmatch(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", text[where + 4 :])
                        and head_kind(text[:where].split()[-1])
                        and not head_kind(text[where + 4 :].split()[-1])
                    ):
                        # "St. Agatha's Mission Hospital in Siakobvu": a town the tables
                        # do not know is still where it is
                        cand.variants.append(text[:where])
                    words = text.split()
                    if (
                        len(words) >= 3
                        and words[0] in _POLYTECHNIC_OWNERS
                        and words[1].lower().startswith(("polit", "polyt"))
                    ):
                        # "Instituto Politécnico do Vale do Sousa" is "the Politécnico do
                        # Vale do Sousa" too
                        cand.variants.append(" ".join(words[1:]))
                    if len(sub) >= 2 and _LOWER_LEGAL_FORM.fullmatch(sub[-1].text):
                        # "the Czech company Energetické služby Vysočina a.s.": lowercase
                        # words of the company's own language open its name
                        ahead = _OWN_LANGUAGE_RUN.search(sentence, 0, cand.start)
                        if ahead and ahead.group(0).split()[0] not in STOP_CAPS:
                            cand.variants.append(text)
                            cand.start = start = ahead.start()
                            cand.text = text = sentence[start : cand.end]
                    if sub[0].text in _PREFIX_FORMS and len(sub) >= 2:
                        # "SIA Jelgavas siltums", "UAB Šilumos tinklų projektai": Baltic
                        # names go on in lower case after their form
                        more = _LOWER_NAME_TAIL.match(sentence, cand.end)
                        words = more.group(0).split() if more else []
                        cut = next(
                            (k for k, w in enumerate(words) if w in _ENGLISH_LOWER or w.endswith("ed")),
                            None,
                        )
                        words = words[:cut]
                        end = sentence.index(words[-1], cand.end) + len(words[-1]) if words else 0
                        # (not "SIA Birch announced on Monday": a phrase that ends at a
                        # stop, or words no English word is spelt with)
                        if words and (
                            not "".join(words).isascii() or re.match(r"\s*[,.;:()—–\"]", sentence[end:])
                        ):
                            cand.variants.append(text)
                            cand.end = end
                            cand.text = text = sentence[start : cand.end]
                    seat = _SEAT_IN_BRACKET.match(sentence, cand.end)
                    if (
                        seat
                        and "," not in text
                        and not any(head_kind(w) for w in seat.group("place").split())
                        and (
                            set(seat.group("place").split()) <= set(seat.group("short").split())
                            or initials_of(text, seat.group("short"))
                        )
                    ):
                        # "Federal University of Technology, Owode (FUT Owode)": the town
                        # its short form keeps is part of its name; so is the town between
                        # a name and the acronym of its words ("Ebonyi State University of
                        # Science and Technology, Ezzamgbo (EBSUST)")
                        cand.variants.append(text)
                        cand.end = seat.end("place")
                        cand.text = sentence[start : cand.end]
                    where = _PLACE_AFTER_COMMA.match(sentence, cand.end)
                    if (
                        where
                        and is_place is not None
                        and all(
                            w in CONNECTORS or head_kind(w) or w in _GENERIC_NAME_WORDS
                            for w in text.split()
                        )
                        and (
                            is_place(where.group("place"))
                            or (is_country is not None and is_country(where.group("place")))
                        )
                    ):
                        # "the University of Technology, Jamaica (UTech)": a name of
                        # generic words is told apart by the place after it
                        cand.variants.append(text)
                        cand.end = where.end("place")
                        cand.text = text = sentence[start : cand.end]
                    town = _TOWN_BEFORE_SEMICOLON.match(sentence, cand.end)
                    if (
                        town
                        and "," not in cand.text
                        and not any(
                            head_kind(w) or w in STOP_CAPS for w in town.group("place").split()
                        )
                        and not (is_country is not None and is_country(town.group("place")))
                    ):
                        # "the signatories are St. Anne's Mission Hospital, Kendu Bay; Our
                        # Lady of Mercy Hospital, Chuka; and ...": items a semicolon ends
                        # keep their commas, so the words after one are the body's town
                        cand.variants.append(cand.text)
                        cand.end = town.end("place")
                        cand.text = sentence[cand.start : cand.end]
                    if _PLURAL_DESCRIPTION.fullmatch(cand.text) and _describes_several(cand.text):
                        continue  # "with Egyptian and Nigerian Universities": which, not who
                    if _PLURAL_HEAD_END.search(cand.text) and _SCHEME_AFTER.match(sentence, cand.end):
                        continue  # "the Erasmus+ European Universities initiative": a programme
                    if all(w in _ORGAN_WORDS for w in cand.text.split()):
                        continue  # "the University Council", "the Faculty Senate": an organ, no body
                    if cand.text.rsplit(None, 1)[-1] in _EVENT_NOUNS and _AT_EVENT.search(
                        sentence, max(0, cand.start - 40), cand.start
                    ):
                        continue  # "on the sidelines of the Mekong Education Forum": where, not who
                    out.append(cand)
    return out


#: capitalised words and lowercase words with letters English does not use,
#: right before a name: "Energetické služby " before "Vysočina a.s."
_OWN_LANGUAGE_RUN = re.compile(
    r"(?:[A-ZÀ-Þ][\w\-]*\s+)(?:(?:[A-ZÀ-Þ][\w\-]*|[a-zß-ÿ]*[ß-ÿčćďěňřšťžůąęłńśźżėįųūāēīļņķģő][a-zß-ÿčćďěňřšťžůąęłńśźżėįųūāēīļņķģő]*)\s+)*$"
)
#: legal forms that open a company's name in the Baltic states and the Nordics
_PREFIX_FORMS = frozenset("SIA UAB AS OÜ".split())
#: up to three lowercase words right after a name
_LOWER_NAME_TAIL = re.compile(r"(?:\s+[a-zß-ÿčćďěňřšťžůąęłńśźżėįųūāēīļņķģő]+){1,3}")
#: lowercase English words that end a name told in sentence case
_ENGLISH_LOWER = frozenset(
    """and or of the a an to in on at for with by from as is are was were has have had will
    would signed signs sign which who that said says its their his her this these those also
    both each under into over will shall can could may might""".split()
)
#: heads a polytechnic's name may drop ("Instituto Politécnico de X": "Politécnico de X")
_POLYTECHNIC_OWNERS = frozenset(
    "Instituto Institut Istituto Universidad Universidade Università Université Universitat".split()
)
#: ", Jamaica": a capitalised place right after a name and its comma
_PLACE_AFTER_COMMA = re.compile(r",\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)(?=\s*[(,.;]|\s+(?:and|has|have|signed)\b)")
#: words of a name that say what, not which ("University of Technology")
_GENERIC_NAME_WORDS = frozenset(
    """Technology Technologies Science Sciences Arts Medicine Medical Health Agriculture Engineering
    Education Applied Technical National State Federal Open Public Central Polytechnic Management
    Business Law Nursing Pharmacy Economics Teacher Teachers Women's Women""".split()
)
#: ", Kendu Bay;": up to three capitalised words between a name and a semicolon
_TOWN_BEFORE_SEMICOLON = re.compile(r",\s+(?P<place>[A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+){0,2})\s*;")
#: ", Owode (FUT Owode)": a town after a name, kept by the name's short form
_SEAT_IN_BRACKET = re.compile(
    r",\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?),?\s+\((?P<short>[^()]{2,30})\)"
)


def initials_of(name: str, short: str) -> bool:
    """ "EBSUST" for "Ebonyi State University of Science and Technology":
    an acronym holding the initials of a name's capitalised words, in order."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if not (short.isupper() and short.isalpha() and len(short) >= 3 and short[0] == initials[:1]):
        return False
    rest = iter(short)
    return all(letter in rest for letter in initials)  # in order, others between ("EBSUST")


#: "of the Republic of Belarus", "of the Kingdom of Morocco" ending a name
_OF_THE_REPUBLIC = re.compile(
    r"\s+of\s+the\s+(?:Republic|Kingdom|Federation|Sultanate|Islamic\s+Republic|People's\s+Republic)"
    r"\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?$"
)
#: the complement of a name in another language ("del Norte", "do Sul")
_FOREIGN_COMPLEMENT = re.compile(
    r"\s(?:de|del|do|da|dos|das|di|della|des|du|der|von|van|los|las|la|le)\s"
)
#: the last "of" of a name, before a capital: where a parent's name may start
_OF_PARENT = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
#: a subject written as one word with an inner capital: "AgriSciences", "BioEngineering"
_SUBJECT_COMPOUND = re.compile(
    r"[a-z](?:Sciences?|Studies|Engineering|Technolog(?:y|ies)|Arts|Health|Medicine|Informatics)$"
)


#: nationalities in English, as articles put them before a partner's name
_DEMONYMS = frozenset(
    """American Argentine Argentinian Australian Austrian Bangladeshi Belgian Bolivian Brazilian
    British Bulgarian Cambodian Cameroonian Canadian Chilean Chinese Colombian Croatian Czech Danish
    Dutch Ecuadorian Egyptian Estonian Ethiopian Filipino Finnish French Georgian German Ghanaian
    Greek Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Japanese
    Jordanian Kazakh Kenyan Korean Latvian Lebanese Lithuanian Malaysian Mexican Moroccan Mozambican
    Namibian Nepali Nepalese Nigerian Norwegian Pakistani Paraguayan Peruvian Polish Portuguese
    Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovenian Spanish
    Swedish Swiss Taiwanese Tanzanian Thai Tunisian Turkish Ugandan Ukrainian Uruguayan Uzbek
    Venezuelan Vietnamese Welsh Zambian Zimbabwean Emirati Qatari Omani Algerian Malawian Basque
    Catalan Flemish""".split()
)
#: the words that open the name of a degree ("Máster Universitario en X")
_DEGREE_WORDS = frozenset(
    """Master Máster Masters Mestrado Maestría Laurea Licenciatura Licence Bachelor
    Bachelors Diploma Diplôme Doctorado Doutorado Doctorat Dottorato""".split()
)
_FOREIGN_HEADS = frozenset(
    """Hogeschool Universiteit Universität Universitas Universiti Universitatea Universitet
    Universitetet Yliopisto Högskola Högskolan Høgskole Høgskolen Egyetem Ziekenhuis Instituut
    Institutet Politecnico Politécnico Politechnika Università Universidade Universidad Université
    Sveučilište Univerzitet Üniversitesi Klinikum Krankenhaus Hochschule Fachhochschule Spital
    Szpital Kórház Háskóli Háskólinn Sairaala Azienda Ospedale Policlinico Istituto Instituto
    Fondazione Fundación Fundação Hôpital Clinique Clínica Clinica""".split()
)


def _drop_demonym(part: list[Token], is_place=None) -> list[Token]:
    """ "the Slovak Technická univerzita v Prešove", "the Dutch Hogeschool
    Twente-Oost", "the Ukrainian Ivano-Frankivsk Polytechnic University":
    an English nationality before a name in its own language is no part of
    it ("Swiss Federal Institute" and "Chinese Academy of Sciences" keep
    theirs)."""
    if len(part) < 3 or part[0].text not in _DEMONYMS or not part[1].is_cap:
        return part
    rest = part[1:]
    if rest[0].text == "Ministry" and len(rest) >= 3 and rest[1].text == "of":
        return rest  # "the Korean Ministry of Trade, Industry and Energy": whose, not its name
    foreign = any(
        (not t.is_cap and head_kind(t.text))
        or (t.text in _ROMANCE_HEADS and t.text not in ("Centre", "Institut"))
        or t.text in _SLAVIC_HEADS
        or t.text in _FOREIGN_HEADS
        or (_COMPOUND_HEAD.match(t.text) and t.text != "Hospital")  # "Piirkonnahaigla"
        for t in rest
    )
    return rest if foreign else part


def _split_possessive(part: list[Token], is_country=None) -> list[tuple[str | None, list[Token]]]:
    """Cut at possessives: "KMU's College of Medicine" -> (KMU, College of
    Medicine); keep "Brigham and Women's Hospital" (a possessive inside a
    name, not followed by a head-initial unit)."""
    out: list[tuple[str | None, list[Token]]] = []
    current: list[Token] = []
    possessor = None
    for i, tok in enumerate(part):
        owner = _possessive(tok.text)
        if (
            owner is None
            and tok.text.endswith(("s'", "s’"))
            and is_country is not None
            and is_country(tok.text[:-1])
        ):
            owner = tok.text[:-1]  # "Laos' Champasak University": a country's, after an s
        if owner and i + 1 < len(part):
            left = current + [Token(owner, tok.start, tok.start + len(owner))]
            saint = bool(current) and current[-1].text in ("St.", "St", "Saint", "San", "Santa")
            # "Taylor's University", "King's College": a name, not an owner
            # (also after "and": "between A and Taylor's University")
            since_and = max((j for j, t in enumerate(current) if t.text in _AND_WORDS), default=-1)
            named_for = (
                not any(t.is_word and not t.text.isdigit() for t in current[since_and + 1 :])
                and head_kind(part[i + 1].text) in ("university", "hospital")
                # ("Hanbit's College of Engineering": a unit of Hanbit's)
                and not (i + 2 < len(part) and part[i + 2].text == "of")
                and not owner.isupper()
                and not (is_country is not None and is_country(owner))
            )
            # "University of Hawke's Bay": a place named with a possessive
            place = part[i + 1].text in _PLACE_AFTER_POSSESSIVE and bool(current)
            if owner not in _POSSESSIVE_IN_NAMES and not saint and not named_for and not place:
                if (
                    is_country is not None
                    and len(current) >= 2
                    and is_country(f"{current[-1].text} {owner}")
                ):
                    # "X and Viet Nam's Ministry Y": a country of two words
                    owner = f"{current[-1].text} {owner}"
                    current = current[:-1]
                if (
                    is_country is not None
                    and is_country(owner)
                    and len(current) >= 4
                    and current[-1].text == "of"
                    and any(head_kind(t.text) == "academic_unit" for t in current[:2])
                ):
                    # "the Faculty of Agriculture of Brazil's Universidade X": the
                    # faculty's name ends before the country that owns the next name
                    current = current[:-1]
                    left = current
                elif (
                    is_country is not None
                    and is_country(owner)
                    and current
                    and current[-1].text in _AND_WORDS
                ):
                    # "X and Uruguay's Hospital Y": the country owns the next name only
                    # (but "University of Papua New Guinea's School": the name owns it)
                    left = current[:-1]
                if current or owner:
                    out.append((possessor, left))
                owner_part = _trim(_cut_person(_trim(left)))
                cut = [k for k, t in enumerate(owner_part) if t.text in ("and", "&")]
                if cut and _trim(owner_part[cut[-1] + 1 :]):
                    # "A and the Universidad X's Escuela Y", "A and SRUARD's Faculty":
                    # only the words after the last "and" own it
                    owner_part = _trim(owner_part[cut[-1] + 1 :])
                possessor = " ".join(t.text for t in owner_part) or None
                if is_country is not None and is_country(owner):
                    possessor = None  # "... University of China's Xinjiang region": a place owns it
                current = []
                continue
        current.append(tok)
    if current:
        owner = _possessive(current[-1].text)
        if owner and owner not in _POSSESSIVE_IN_NAMES:
            # "Alder University's vice-chancellor": the name ends at its possessive
            last = current[-1]
            current = current[:-1] + [Token(owner, last.start, last.end - 2)]
        out.append((possessor, current))
    return out

"""The extractor's lexicon comes from SKOS labels in Turtle: a label added
to a copy of vocab.ttl changes what is recognised."""

from __future__ import annotations

from kg.extract import Extractor, default_vocab_path
from kg.extract.lexicon import build_lexicon, label_pattern
from kg.model import Article, content_id

SENTENCE = "Alder University and Cedar University signed a convenio marco de colaboracion."


def _facts(extractor: Extractor, body: str):
    text = "News\n\n" + body + "\n"
    return extractor.extract(
        Article(id=content_id(text), source="t.txt", text=text, published="2024-06-12")
    )


def test_added_alt_label_is_recognised(tmp_path):
    vocab = default_vocab_path().read_text(encoding="utf-8")
    assert "convenio marco de colaboracion" not in vocab
    before = Extractor()
    assert [a.type for a in _facts(before, SENTENCE).agreements] == ["framework"]

    edited = vocab.replace(
        'skos:prefLabel "research agreement"@en ;',
        'skos:prefLabel "research agreement"@en ; skos:altLabel "convenio marco de colaboracion"@es ;',
    )
    path = tmp_path / "vocab.ttl"
    path.write_text(edited, encoding="utf-8")
    after = Extractor(vocab_path=path)
    facts = _facts(after, SENTENCE)
    assert [(sorted(a.parties), a.type) for a in facts.agreements] == [
        (["Alder University", "Cedar University"], "research")
    ]


def test_new_trigger_verb_from_turtle(tmp_path):
    body = "Alder University and Cedar University countersigned a memorandum of understanding."
    assert _facts(Extractor(), body).agreements == []
    vocab = default_vocab_path().read_text(encoding="utf-8")
    path = tmp_path / "vocab.ttl"
    path.write_text(
        vocab.replace(
            'skos:prefLabel "signed"@en ;',
            'skos:prefLabel "signed"@en ; skos:altLabel "countersigned"@en ;',
        ),
        encoding="utf-8",
    )
    facts = _facts(Extractor(vocab_path=path), body)
    assert [a.type for a in facts.agreements] == ["mou"]


def test_label_patterns_plural_and_capitals():
    lexicon = build_lexicon()
    found = lexicon.instruments.finditer(
        "two memoranda of understanding, an MOU and a Dual BA programme"
    )
    assert [(phrase, code) for _, _, phrase, code in found] == [
        ("memoranda of understanding", "mou"),
        ("MOU", "mou"),
        ("Dual BA", "dual_degree"),
    ]
    assert lexicon.fields.finditer("ai is not AI") == [(10, 12, "AI", "artificial intelligence")]
    assert label_pattern("memorandum") == r"(?<![\w&+])(?:memorand(?:um|a|ums))(?![\w&+])"


def test_two_letter_label_matches_inside_a_sentence():
    from kg.extract import extract
    from kg.model import Article

    text = (
        "Northvale University and Eastbrook Institute of Technology signed a memorandum of "
        "understanding on 3 May 2024 to cooperate in AI and robotics."
    )
    facts = extract(Article(id="t", source="t.txt", text=text))
    assert len(facts.agreements) == 1
    assert "artificial intelligence" in facts.agreements[0].fields

from hypothesis import given, strategies as st

from unpitch.signals.text_utils import Folded, PhraseSet, compile_phrases, fold, normalize_company, quote_around, sentences, trim


def test_fold_spells_out_umlauts_and_quotes():
    assert fold("Ich bin auf Ihr Profil GESTOSSEN / gestoßen – Grüße, I’d") == (
        "ich bin auf ihr profil gestossen / gestossen - gruesse, i'd"
    )


@given(st.text())
def test_original_span_maps_back_to_text_that_folds_the_same(text):
    folded = Folded(text)
    for start in range(0, len(folded.text), 7):
        end = min(len(folded.text), start + 5)
        begin, finish = folded.original_span(start, end)
        assert 0 <= begin <= finish <= len(text)
        assert folded.text[start:end] in fold(text[begin:finish])


def test_quote_comes_from_original_sentence():
    folded = Folded("Hallo. Ich bin auf Ihr Profil gestoßen und fand es gut! Tschüss.")
    found = compile_phrases([r"auf ihr profil gestossen"]).search(folded.text)
    assert found is not None
    assert folded.quote(found[1], found[2]) == '"Ich bin auf Ihr Profil gestoßen und fand es gut!"'


def test_long_sentence_is_trimmed_around_match():
    text = "word " * 80 + "needle here " + "tail " * 80
    start = text.index("needle")
    quote = quote_around(text, start, start + 6)
    assert "needle" in quote and len(quote) <= 125 and quote.startswith('"...')


def test_phrase_set_labels_and_boundaries():
    phrases = PhraseSet([("a", "seo"), ("b", r"(?:more|new) leads"), ("c", r"\d+ ?%"), ("d", "e-?mail")])
    found = [(label, "x seo seol 12% new leads email"[s:e]) for label, s, e in
             phrases.finditer("x seo seol 12% new leads email")]
    assert found == [("a", "seo"), ("c", "12%"), ("b", "new leads"), ("d", "email")]


def test_normalize_company_drops_legal_form():
    assert normalize_company("ACME GmbH & Co. KG") == normalize_company("Acme") == "acme"
    assert normalize_company("Müller Bau AG") == "mueller bau"


def test_trim_and_sentences():
    assert trim("a " * 100, 20).endswith("...") and len(trim("a " * 100, 20)) <= 20
    assert sentences("Hi Anna! How are you?\nFine.") == ["Hi Anna!", "How are you?", "Fine."]


def test_a_phrase_fragment_that_ends_in_a_space_is_refused():
    import pytest

    from unpitch.signals.text_utils import PhraseSet

    with pytest.raises(ValueError, match="ends in a space"):
        PhraseSet([("x", r"saw your (?!profile)")])
    assert PhraseSet([("x", r"saw your(?= (?!profile))")]).search("i saw your talk") is not None

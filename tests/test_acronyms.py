"""Acronym claims: an acronym and the expansion the article gives it, kept only when it fits."""

import pytest
from hypothesis import assume, given, strategies as st

from claims import acronyms
from claims.acronyms import acronym_key, fit, language_of, normalize_expansion
from claims.model import Article


def pairs(text):
    return [(c.attrs["key"], c.attrs["expansion"], c.attrs["pattern"], c.attrs["fit"])
            for c in acronyms.extract(Article("t", "t", text))]


@pytest.mark.parametrize("text, expected", [
    ("The Organization of Petroleum Exporting Countries (OPEC) met.",
     ("OPEC", "Organization of Petroleum Exporting Countries", "expansion-first", "in-order")),
    ("The Department of Defense (DoD) said.", ("DOD", "Department of Defense", "expansion-first", "in-order")),
    ("Non-governmental organizations (NGOs) said.",
     ("NGO", "Non-governmental organizations", "expansion-first", "in-order")),
    ("The United Nations Educational, Scientific and Cultural Organization (UNESCO) said.",
     ("UNESCO", "United Nations Educational, Scientific and Cultural Organization", "expansion-first", "in-order")),
    ("AFP (Agence France-Presse) reported.", ("AFP", "Agence France-Presse", "acronym-first", "in-order")),
    ("The IAEA (International Atomic Energy Agency) said.",
     ("IAEA", "International Atomic Energy Agency", "acronym-first", "in-order")),
    ("MINUSMA, or the United Nations Multidimensional Integrated Stabilization Mission in Mali, left.",
     ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali", "or", "other-order")),
    ("The Coastal Ferry Authority, known as CFA, said.",
     ("CFA", "Coastal Ferry Authority", "named-after", "in-order")),
    ("The Coastal Ferry Authority, or CFA, said.", ("CFA", "Coastal Ferry Authority", "named-after", "in-order")),
    ("CFA, the Coastal Ferry Authority, said.", ("CFA", "Coastal Ferry Authority", "or", "in-order")),
    ("CFA, short for Coastal Ferry Authority, said.", ("CFA", "Coastal Ferry Authority", "or", "in-order")),
])
def test_the_four_patterns(text, expected):
    assert pairs(text) == [expected]


def test_the_seed_article_pair(seed_text):
    assert pairs(seed_text) == [("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali",
                                 "or", "other-order")]


@pytest.mark.parametrize("text", [
    # a connector joins an acronym and words whose initials are not its letters
    "CFA, the ferry operator, said.",
    "The harbour board, or CFA, said.",
    # the acronym itself before ", or": no expansion
    "Funds under the control of the CFA, or CFA in conjunction with its broker, count.",
    "He said (OK) it was fine.",
    "Volkswagen said (VW) nothing.",
    "the mission (MINUSMA) ended.",
])
def test_brackets_whose_words_do_not_fit_are_not_pairs(text):
    assert pairs(text) == []


def test_claim_spans():
    text = "The International Monetary Fund (IMF) said."
    [c] = acronyms.extract(Article("t", "t", text))
    a0, a1 = c.attrs["acronym_span"]
    e0, e1 = c.attrs["expansion_span"]
    assert text[a0:a1] == "IMF" and text[e0:e1] == "International Monetary Fund"
    assert c.text == "International Monetary Fund (IMF)"


@pytest.mark.parametrize("acr, key", [("U.N.", "UN"), ("NGOs", "NGO"), ("MoD", "MOD"), ("CDs", "CD"), ("GATT", "GATT")])
def test_acronym_key(acr, key):
    assert acronym_key(acr) == key


def test_normalize_expansion():
    assert normalize_expansion("U.N. Security Council") == normalize_expansion("United Nations Security Council")
    assert normalize_expansion("Mission des Nations unies") == ["mission", "nations", "unies"]


def test_language_of():
    assert language_of("Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali") == "fr"
    assert language_of("Organization of Petroleum Exporting Countries") == "en"
    assert language_of("Acme") is None


words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@given(st.lists(words, min_size=2, max_size=7))
def test_initials_always_fit_in_order(ws):
    assume(all(w not in acronyms.STOPWORDS for w in ws))
    expansion = [w.capitalize() for w in ws]
    acr = "".join(w[0] for w in ws).upper()
    assert fit(acr, expansion) == "in-order"


@given(st.lists(words, min_size=3, max_size=6, unique_by=lambda w: w[0]), st.randoms(use_true_random=False))
def test_initials_of_shuffled_words_fit_in_another_order(ws, rnd):
    assume(all(w not in acronyms.STOPWORDS for w in ws))
    acr = "".join(w[0] for w in ws).upper()
    shuffled = list(ws)
    rnd.shuffle(shuffled)
    assert fit(acr, [w.capitalize() for w in shuffled]) in ("in-order", "other-order")


@given(st.text(max_size=80))
def test_extraction_never_raises(text):
    for c in acronyms.extract(Article("t", "t", text)):
        assert text[c.start:c.end] == c.text


def test_fit_rejects_missing_letters():
    assert fit("IMF", ["International", "Fund"]) is None
    assert fit("XYZ", ["International", "Monetary", "Fund"]) is None


@given(st.from_regex(r"(?:[A-Z]\.){2,5}|[A-Z][A-Za-z]{1,6}s?", fullmatch=True))
def test_acronym_key_is_idempotent_and_upper_case(acr):
    key = acronym_key(acr)
    assert acronym_key(key) == key
    assert key == key.upper() and "." not in key


@given(st.text(alphabet=st.sampled_from("aZ 9.,'ÉéßΣσ漢\u0301_-\n"), max_size=40) | st.text(max_size=40))
def test_letters_and_lower_case_letters_are_counted_in_any_script(text):
    """What decides whether a sentence is written in mixed case (a headline in capitals holds
    no initialism): the same counts for ASCII text (counted in bulk) as for any other."""
    letters = [c for c in text if c.isalpha()]
    assert acronyms.letter_counts(text) == (len(letters), sum(c.islower() for c in letters))


@pytest.mark.parametrize("text, found", [
    ("Trains of the ÖBB ran late, the ÖBB's spokesman said.", ["ÖBB", "ÖBB"]),  # capitals of any script
    ("The CEO met the board.", ["CEO"]),  # three letters: the least
    ("The EU met the board.", []),  # two: too few
    ("The Ceo met the board.", []),
])
def test_an_initialism_is_a_word_of_at_least_three_capitals(text, found):
    assert acronyms.INITIALISM_MIN_LETTERS == 3
    assert [w for w, _, _ in acronyms.initialisms(text)] == found

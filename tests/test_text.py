"""claims.text: the small text helpers every extractor shares, and the evaluation's report of
what an injector changed."""

from hypothesis import given, strategies as st

from checker.evaluate.rules_eval import describe_change
from claims.text import corrected_wording, sentence_bounds, word_before, words

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
QUOTES = '"\u201c\u201d'


def test_a_correction_notice_quotes_two_wordings():
    text = '(In third paragraph, "Interior Minister Boonrawd Somtas" should be "Defense Minister Boonrawd Somtas")'
    spans = corrected_wording(text)
    assert [text[a:b] for a, b in spans] == ["Interior Minister Boonrawd Somtas", "Defense Minister Boonrawd Somtas"]


def test_quoted_words_without_a_correction_are_asserted():
    assert corrected_wording('"We should be ready," the minister said. "Prices will fall."') == []


@given(TEXT)
def test_corrected_wordings_lie_inside_the_text_and_hold_no_quotation_mark(text):
    for a, b in corrected_wording(text):
        assert 0 <= a < b <= len(text)
        assert not any(q in text[a:b] for q in QUOTES)


@given(TEXT, st.data())
def test_sentence_bounds_contain_the_span_and_word_helpers_never_raise(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    a, b = sentence_bounds(text, start, end)
    assert 0 <= a <= start and end <= b <= len(text)
    word_before(text, start)
    for s, e, w in words(text, a, b):
        assert text[s:e] == w


@given(TEXT, st.data())
def test_the_change_an_injector_made_is_named_between_brackets(before, data):
    i = data.draw(st.integers(0, len(before)))
    k = data.draw(st.integers(0, len(before) - i))
    new = data.draw(st.text(alphabet="abcXYZ019 ", min_size=1, max_size=12))
    after = before[:i] + new + before[i + k:]
    if after == before:
        return
    described = describe_change(before, after)
    assert described.startswith("...") and described.endswith("...")
    assert " -> " in described and "[" in described and "]" in described

"""claims.language: the one tokenizer, sentence splitter, number parser and meaning of "about"
that every extractor reads."""

import re

import pytest
from hypothesis import example, given, strategies as st

from claims.language import Analysis, analyse
from claims.language.numbers import approximate, modifier_kind, parse_number, read_number
from claims.language.sentences import MAX_SENTENCE_TOKENS
from claims.language.tokens import NUMBER, PUNCT, WORD, columns, over_spaces, tokenize, words_of
from claims.language.vocabulary import CLASSES, FUNCTION_WORDS, is_a


def texts(a: Analysis):
    return [a.text[s.start:s.end] for s in a.sentences]


# --- tokens ----------------------------------------------------------------------------------

def test_letters_are_unicode_letters():
    assert [t.text for t in tokenize("Nestlé and Zürich, Łódź")] == ["Nestlé", "and", "Zürich", ",", "Łódź"]


def test_apostrophes_and_hyphens_inside_a_word_keep_it_whole():
    assert [t.text for t in tokenize("Kaiser's O’Neill well-known")] == ["Kaiser's", "O’Neill", "well-known"]


def test_an_initialism_keeps_its_inner_full_stops_and_leaves_the_last_to_the_splitter():
    assert [t.text for t in tokenize("the U.S. Army")] == ["the", "U.S", ".", "Army"]


@pytest.mark.parametrize("number", ["1,200", "2.5", "2024-04-21", "08:30", "21/04/2024", "21st", "1990s", "10am"])
def test_numbers_keep_their_separators_and_suffix(number):
    (tok,) = tokenize(number)
    assert tok.kind == NUMBER and tok.text == number


def test_a_full_stop_after_a_number_is_its_own_token():
    assert [(t.text, t.kind) for t in tokenize("in 2019.")] == [("in", WORD), ("2019", NUMBER), (".", PUNCT)]


@given(st.text(max_size=200))
def test_tokens_are_in_order_point_into_the_text_and_cover_every_visible_character(text):
    toks = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    for a, b in zip(toks, toks[1:]):
        assert a.end <= b.start
        assert not text[a.end:b.start].strip()
    covered = sum(t.end - t.start for t in toks)
    assert covered == len("".join(text.split()))



@given(st.text(max_size=100))
@example("x² ½ ٣ _ Ⅻ e\u0301 ߀")
def test_a_token_s_kind_is_told_by_its_first_character(text):
    """A letter (a word character that is neither a digit nor "_", including "²" and "½")
    starts a word, a decimal digit of any script ("٣") a number, anything else punctuation."""
    for t in tokenize(text):
        first = t.text[0]
        assert t.kind == (NUMBER if re.match(r"\d", first) else WORD if re.match(r"[^\W\d_]", first) else PUNCT)

# --- sentences -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sentences", [
    ("Prof. Jones met Gen. Ortiz. They spoke.", ["Prof. Jones met Gen. Ortiz.", "They spoke."]),
    ("The delegation met Prof. Jones on Friday.", ["The delegation met Prof. Jones on Friday."]),
    ("Acme Inc. rose. The company said so.", ["Acme Inc. rose.", "The company said so."]),
    ("It is run by Acme Inc. It employs 400.", ["It is run by Acme Inc.", "It employs 400."]),
    ("The vote is on Tues., Sept. 12 at 10 a.m. in the hall.", ["The vote is on Tues., Sept. 12 at 10 a.m. in the hall."]),
    ("J. R. Smith resigned. He left.", ["J. R. Smith resigned.", "He left."]),
    ("\u201cWe stay.\u201d Diop said so.", ["\u201cWe stay.\u201d", "Diop said so."]),
    ("Growth was 2.5 pct. It fell.", ["Growth was 2.5 pct.", "It fell."]),
    ("Headline without a stop\nThe body starts.", ["Headline without a stop", "The body starts."]),
    ("A line that wraps\nin lower case.", ["A line that wraps\nin lower case."]),
])
def test_sentence_ends(text, sentences):
    assert texts(Analysis(text)) == sentences


def test_a_blank_line_starts_a_new_paragraph():
    a = Analysis("One. Two.\n\nThree.")
    assert [s.paragraph for s in a.sentences] == [0, 0, 1]
    assert [texts_ for texts_ in (a.text[s.start:s.end] for s in a.paragraph_of(0))] == ["One.", "Two."]


def test_text_without_full_stops_is_cut_into_bounded_sentences():
    a = Analysis("word " * 1000)
    assert all(s.last - s.first <= MAX_SENTENCE_TOKENS for s in a.sentences)
    assert sum(s.last - s.first for s in a.sentences) == 1000


@given(st.text(alphabet=st.sampled_from("ab. ,\nAB1\u201c\u201d"), max_size=300))
def test_sentences_cover_every_token_once_in_order(text):
    a = Analysis(text)
    assert [i for s in a.sentences for i in range(s.first, s.last)] == list(range(len(a.tokens)))
    assert all(s.last - s.first <= MAX_SENTENCE_TOKENS for s in a.sentences)


def test_clauses_split_at_clause_marks_and_openers():
    a = Analysis("The plant, which opened in 1991, closed; workers left but the mayor stayed.")
    got = [a.text[c.start:c.end] for c in a.clauses_of(a.sentences[0])]
    assert got == ["The plant", "which opened in 1991, closed", "workers left but the mayor stayed."]


# --- lookups ---------------------------------------------------------------------------------

def test_windows_are_counted_in_words():
    text = "The council, in a long session, voted on 12 June."
    a = Analysis(text)
    assert a.words_between(text.index("council") + 7, text.index("voted")) == 4
    assert [t.text for t in a.words_before(text.index("voted"), 2)] == ["long", "session"]
    assert [t.text for t in a.words_after(text.index(" on ") + 1, 3)] == ["on", "12", "June"]


def test_windows_stop_at_the_sentence_unless_asked_not_to():
    text = "It rose. Then it fell."
    a = Analysis(text)
    assert a.words_before(text.index("Then"), 3) == []
    assert [t.text for t in a.words_before(text.index("Then"), 1, sentence=False)] == ["rose"]


def test_one_analysis_per_text():
    text = "It rose. Then it fell."
    assert analyse(text) is analyse(text)


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written, low, high", [
    ("48", 48, 48), ("1,200", 1200, 1200), ("2.5", 2.5, 2.5), ("forty-eight", 48, 48),
    ("two hundred and five", 205, 205), ("a dozen", 12, 12), ("three dozen", 36, 36),
    ("a hundred", 100, 100), ("3/4", 0.75, 0.75), ("two-thirds", 2 / 3, 2 / 3),
    ("hundreds", 200, 999), ("dozens", 24, 143), ("a few", 2, 9),
])
def test_read_number(written, low, high):
    n = read_number(written)
    assert (n.low, n.high) == pytest.approx((low, high))


def test_a_range_word_has_no_point_value_and_a_non_number_none_at_all():
    assert parse_number("hundreds") is None
    assert parse_number("a dozen") == 12
    assert read_number("ten twenty") is None
    assert read_number("banana") is None


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_thousands_separators_read_back(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_one_meaning_of_about_for_counts_and_durations():
    assert approximate(30, modifier="approx") == (24, 37.5)
    assert approximate(30, modifier="nearly") == (22.5, 30)
    assert approximate(30, modifier="more_than") == (30, None)
    assert approximate(30, modifier="at_most") == (0, 30)
    assert approximate(30) == (30, 30)
    assert modifier_kind("About") == "approx" and modifier_kind("in excess of") == "more_than"
    assert modifier_kind("purple") is None


@given(st.floats(min_value=0.01, max_value=1e9), st.sampled_from(
    [None, "approx", "nearly", "more_than", "at_least", "less_than", "at_most", "exact"]))
def test_every_modifier_allows_the_number_itself(value, modifier):
    low, high = approximate(value, modifier=modifier)
    assert low is None or low <= value
    assert high is None or value <= high


def test_function_words_by_class():
    assert is_a("modal", "Will") and is_a("determiner", "the") and not is_a("modal", "the")


#: the narrower classes rules and extractors ask for by name, each a part of a grammatical class
NARROW = {"article": "determiner", "indefinite_article": "determiner", "personal_subject": "pronoun",
          "third_person_possessive": "possessive", "present_perfect_auxiliary": "auxiliary",
          "noun_join": "conjunction", "possessive_determiner": "possessive",
          "singular_demonstrative": "demonstrative"}


@pytest.mark.parametrize("narrow, wide", NARROW.items())
def test_a_narrow_class_of_function_words_lies_inside_its_grammatical_class(narrow, wide):
    assert CLASSES[narrow] and CLASSES[narrow] <= CLASSES[wide] <= FUNCTION_WORDS


def test_the_narrow_classes_are_asked_for_not_spelled_again():
    """A rule or an extractor that needs "a", "an", "the" or "he", "she" reads the vocabulary's
    class: the sets it keeps under its own name are those very sets."""
    from checker.rules import date_duration_conflict, date_sequence_conflict, span_ends
    from claims import coreference, lifespans

    assert lifespans.SUBJECT_PRONOUNS is CLASSES["personal_subject"]
    assert lifespans.THIRD_PERSON_POSSESSIVES is CLASSES["third_person_possessive"]
    assert coreference._INDEFINITE is CLASSES["indefinite_article"]
    assert date_duration_conflict._DETERMINERS is CLASSES["article"]
    assert date_sequence_conflict._NOUN_JOINS is CLASSES["noun_join"]
    assert span_ends._DETERMINERS == CLASSES["article"] | CLASSES["third_person_possessive"]


# --- the limits, each from both sides (mutation testing found them untested) -------------------

@pytest.mark.parametrize("text, sentences", [
    ("It fell. 5 people died.", ["It fell.", "5 people died."]),
    ('It fell. "We lost," he said.', ["It fell.", '"We lost," he said.']),
    ("It fell. then it rose.", ["It fell. then it rose."]),
    ("It cost 3.5 pct.(Revised)", ["It cost 3.5 pct.(Revised)"]),
    ("He said \u201cno.\u201d Then he left.", ["He said \u201cno.\u201d", "Then he left."]),
    ("The BBC. The network said so.", ["The BBC.", "The network said so."]),
    ("Shares of Acme Inc. Shares rose.", ["Shares of Acme Inc. Shares rose."]),
    ("It was the U.S. It said so.", ["It was the U.S.", "It said so."]),
    ("She met Gen . Ortiz.", ["She met Gen .", "Ortiz."]),
    ("Is it? Yes! Done\u2026 Next.", ["Is it?", "Yes!", "Done\u2026", "Next."]),
])
def test_sentence_limits(text, sentences):
    assert texts(Analysis(text)) == sentences


def test_paragraphs_count_blank_lines_and_sentences_after_them_still_split():
    a = Analysis("One.\n\nTwo. Three.\nFour\n\n\nFive.")
    assert texts(a) == ["One.", "Two.", "Three.", "Four", "Five."]
    assert [s.paragraph for s in a.sentences] == [0, 1, 1, 1, 2]
    assert [s.index for s in a.sentences] == [0, 1, 2, 3, 4]
    assert a.paragraph_count == 3


def test_paragraph_spans_run_from_first_word_to_last_and_every_offset_finds_its_paragraph():
    text = "  One.\n\nTwo. Three.\nFour  \n \n\nFive."
    a = Analysis(text)
    assert [text[s:e] for s, e in a.paragraph_spans] == ["One.", "Two. Three.\nFour", "Five."]
    starts = [s for s, _ in a.paragraph_spans]
    assert [a.paragraph_start(i) for i in (0, 2, text.index("Two"), text.index("Four") + 5, len(text))] == [
        0, starts[0], starts[1], starts[1], starts[2]]
    assert Analysis("").paragraph_spans == [] and Analysis("").paragraph_start(5) == 0


def test_a_wrapped_line_goes_on_only_in_lower_case_after_no_end_mark():
    assert texts(Analysis("It rose\nSharply")) == ["It rose", "Sharply"]
    assert texts(Analysis("It rose.\nsharply")) == ["It rose.", "sharply"]
    assert texts(Analysis("It rose\n5 pct")) == ["It rose", "5 pct"]


def test_the_longest_sentence_is_exactly_max_sentence_tokens():
    words = ["w"] * MAX_SENTENCE_TOKENS
    assert len(Analysis(" ".join(words)).sentences) == 1
    assert len(Analysis(" ".join(words + ["w"])).sentences) == 2


@pytest.mark.parametrize("words, sentences", [(200, 1), (201, 2)])
def test_a_run_without_a_full_stop_is_cut_after_200_tokens(words, sentences):
    # the number written out, not read from MAX_SENTENCE_TOKENS: moving the limit fails here
    assert len(Analysis(" ".join(["w"] * words)).sentences) == sentences


def test_a_cut_falls_after_the_last_clause_mark_in_the_second_half_of_the_window():
    half = MAX_SENTENCE_TOKENS // 2
    a = Analysis(" ".join(["w"] * (half + 10)) + " , " + " ".join(["w"] * 150))
    first = a.sentences[0]
    assert first.last - first.first == half + 11 and a.tokens[first.last - 1].text == ","
    early = Analysis(" ".join(["w"] * 10) + " , " + " ".join(["w"] * 250))
    assert early.sentences[0].last - early.sentences[0].first == MAX_SENTENCE_TOKENS


@pytest.mark.parametrize("text, clauses", [
    ("(Aside) the vote passed", ["Aside", "the vote passed"]),
    ("The vote \u2014 a close one \u2014 passed.", ["The vote", "a close one", "passed."]),
    ("It rose, while costs fell: a gain.", ["It rose", "while costs fell", "a gain."]),
    ("Paris, London and Rome voted.", ["Paris, London and Rome voted."]),
    ("( )", ["( )"]),
])
def test_clauses(text, clauses):
    a = Analysis(text)
    assert [a.text[c.start:c.end] for c in a.clauses_of(a.sentences[0])] == clauses


def test_lookups_at_the_edges():
    text = "Ab cd. Ef"
    a = Analysis(text)
    assert a.token_index(0) == 0 and a.token_index(1) == 0 and a.token_index(2) == 1
    assert a.token_index(len(text)) == len(a.tokens) and a.token_index(-5) == 0
    assert [t.text for t in a.tokens_in(0, 5)] == ["Ab", "cd"] and [t.text for t in a.tokens_in(0, 4)] == ["Ab"]
    assert a.words_between(2, 3) == 0 and a.words_between(5, 0) == 0 and a.words_between(0, 5) == 2
    assert [t.text for t in a.words_before(3, 5)] == ["Ab"]
    assert [t.text for t in a.words_after(0, 1)] == ["Ab"] and [t.text for t in a.words_after(0, 9)] == ["Ab", "cd"]
    assert [t.text for t in a.words_after(0, 9, sentence=False)] == ["Ab", "cd", "Ef"]
    assert a.same_sentence(0, 4) and not a.same_sentence(0, 8)
    assert a.clause_at(8).start == 7 and a.clause_at(1).start == 0
    empty = Analysis("")
    assert empty.words_before(0, 3) == [] and empty.words_after(0, 3) == [] and empty.paragraph_of(0) == []
    assert not empty.same_sentence(0, 0) and empty.paragraph_count == 0


def test_analyse_reads_an_articles_text_once():
    from claims.read import article_from_text

    article = article_from_text("It rose. Then it fell.")
    assert analyse(article) is analyse(article.text) is analyse(article)
    other = "It rose. Then it fell!"
    assert analyse(other) is not analyse(article)


@pytest.mark.parametrize("written, value", [
    ("hundred and", 100), ("two and three", None), ("a hundred and five", 105), ("An hundred", 100),
    ("1/0", None), ("dozen", 12), ("twenty-one dozen", 252), ("o\u2019clock", None), ("one-third", 1 / 3),
])
def test_number_words_at_the_edges(written, value):
    assert parse_number(written) == (pytest.approx(value) if value is not None else None)


def test_every_modifier_kind_reads_as_documented():
    assert approximate(10, 20, "approx") == (8, 25)
    assert approximate(10, 20, "nearly") == (7.5, 20)
    assert approximate(10, 20, "at_least") == (10, None) and approximate(10, 20, "more_than") == (10, None)
    assert approximate(10, 20, "less_than") == (0, 20) and approximate(10, 20, "at_most") == (0, 20)
    assert approximate(10, 20, "exact") == (10, 20) and approximate(10, 20) == (10, 20)


_SOME_TOKENS = r"\b[A-Z]\.|\w+(?!\.)|\w+|\n|[^\w\s]"  # an initial, a word, a line break, a mark


@given(st.text(alphabet=st.sampled_from("ab A.\n\t _²,\u00a0é"), max_size=60))
def test_stepping_over_spaces_finds_the_same_tokens(text):
    """A tokenizer that steps over the spaces before a token inside its match (``over_spaces``)
    reads exactly the tokens, and offsets, of the plain one: its only purpose is speed."""
    plain = columns(re.compile(_SOME_TOKENS), text)
    assert columns(over_spaces(_SOME_TOKENS, space=r"[^\S\n]"), text, 1) == plain


def test_spaces_before_what_no_token_starts_with_are_read_once():
    """A run of spaces ending at nothing a token starts with (here "_", the text's end) is one
    match of spaces alone, left out; the run is read once, not again from each of its spaces."""
    pattern = over_spaces(r"[a-z]+")
    text = "ab" + " " * 100_000 + "_ " + "cd  "
    assert columns(pattern, text, 1) == (["ab", "cd"], [0, 100_004], [2, 100_006])
    spaces_alone = [m.span() for m in pattern.finditer(text) if m.group(1) is None and m.end() > m.start()]
    assert spaces_alone == [(2, 100_002), (100_006, 100_008)]


@pytest.mark.parametrize("text, count", [
    ("The minister, A.B.M. Khan, said so. He left.", 2),   # initials before a name: no end
    ("He lives in Washington D.C. He left.", 2),            # initials before a capitalized function word: an end
    ("It was the A.B.M. The rest followed.", 2),
])
def test_initials_joined_by_full_stops_end_a_sentence_only_as_us_does(text, count):
    assert len(analyse(text).sentences) == count


def test_words_of_a_short_text_are_the_tokenizers_words():
    # a claim's own text or a stretch a pattern cut out: the same words an article's analysis reads
    assert words_of("Sept. 6, mid-May, the U.S. and Zürich's 1,200") == ["sept", "mid-may", "the", "u.s", "and", "zürich's"]
    assert words_of("the 1,200 staff in 3.5 weeks", numbers=True) == ["the", "1,200", "staff", "in", "3.5", "weeks"]
    assert words_of(" , ; ") == []


def test_the_word_starting_at_an_offset():
    an = analyse("Ward 4's ex-mayor, 'Tis said, U.S. 27cm")
    assert an.word_starting_at(0).text == "Ward"
    assert an.word_starting_at(9).text == "ex-mayor"
    assert an.word_starting_at(10) is None  # inside a word
    assert an.word_starting_at(5) is None  # a number is no word
    assert an.word_starting_at(20).text == "Tis"  # after the mark
    assert an.word_starting_at(30).text == "U.S"
    assert an.word_starting_at(35) is None

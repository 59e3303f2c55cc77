"""Every claims document the extractor produces validates, and reads back to the same claims."""

from datetime import date

from hypothesis import given, settings, strategies as st

from claims.document import from_document, pointer_line, to_document, validate
from claims.extract import extract
from claims.read import article_from_text

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentences built from the phrases news uses, so generated articles are full of claims.
phrase = st.one_of(
    st.builds(lambda d: f"on {d:%d} {MONTHS[d.month - 1]} {d.year}", st.dates(date(1900, 1, 1), date(2100, 1, 1))),
    st.builds(lambda d, w: f"{DAYS[w]}, {MONTHS[d.month - 1]} {d.day}", st.dates(), st.integers(0, 6)),
    st.sampled_from(["on Friday", "last week", "earlier this year in February", "nine months later",
                     "for the past ten years", "48 hours", "in 2013", "recently", "tomorrow, 12 May",
                     "two years ago", "the following day", "every week", "at 08:00 GMT", "the 1990s",
                     "mid-2020", "the third quarter", "a decade ago", "nearly 30 years", "annually"]),
    st.text(min_size=0, max_size=30),
)
articles = st.lists(st.builds(lambda p, q: f"The minister said {p} that {q}.", phrase, phrase), max_size=8)


@settings(max_examples=60, deadline=None)
@given(articles, st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 1, 1))))
def test_every_extracted_document_validates_and_round_trips(sentences, published):
    article = article_from_text("\n\n".join(sentences), published=published)
    claimset = extract(article)
    doc = to_document(claimset)
    assert validate(doc) == []
    back = from_document(doc)
    assert [(c.id, c.kind, c.start, c.end, c.text, c.timex) for c in back.claims] == \
        [(c.id, c.kind, c.start, c.end, c.text, c.timex) for c in claimset.claims]
    for c in claimset.claims:
        assert 0 <= c.start <= c.end <= len(article.text)
        assert article.text[c.start:c.end] == c.text


def test_pointer_line_finds_nested_values():
    text = '{\n  "a": [\n    {"b": 1},\n    {"b": 2,\n     "c": "x"}\n  ]\n}'
    assert pointer_line(text, ["a", 1, "c"]) == 5
    assert pointer_line(text, ["a", 0]) == 3
    assert pointer_line(text, ["zzz"]) is None


def test_a_document_without_text_skips_the_rules_that_read_words_and_says_which():
    from checker.engine import check_article
    from checker.rules import all_rules
    from claims.document import from_document, to_document
    from claims.extract import extract
    from claims.read import article_from_text

    article = article_from_text("Hassan, 38, who was born in 1975, leads the party.", published=date(2024, 4, 21))
    doc = to_document(extract(article), include_text=False)
    result = check_article(from_document(doc))
    [note] = [f for f in result.findings if f.rule == "article.no-text"]
    readers = [r.id for r in all_rules() if r.needs_text]
    assert "date.age-conflict" in readers and all(r in note.message for r in readers)
    assert not [f for f in result.findings if f.rule == "date.age-conflict"]
    with_text = check_article(from_document(to_document(extract(article))))
    assert [f.rule for f in with_text.findings] == ["date.age-conflict"]

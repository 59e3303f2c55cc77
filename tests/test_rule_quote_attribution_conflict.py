"""quote.attribution-conflict: flagged and not-flagged examples, and generated quotations."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from checker.rules.quote_attribution_conflict import contains
from claims.read import article_from_text

RULE = "quote.attribution-conflict"
INTRO = "Foreign Minister Abdoulaye Diop spoke. Secretary-General Antonio Guterres spoke too.\n\n"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("body", [
    "“We will not leave this country,” Diop said.\n\n“We will not leave this country,” Guterres said.",
    "“We will not leave this country,” Diop said.\n\n\"We will NOT leave this country!\" said Guterres.",
    "Diop said: “We will not leave this country.”\n\nGuterres told reporters, “we will not leave this country.”",
    # a fragment quoted in the lede and the full sentence later
    "Diop said the mission had “become part of the problem”.\n\n"
    "“The mission has become part of the problem in Mali,” Guterres said.",
    # the speaker named by a pronoun, resolved to the one person the paragraph names before it
    "“We will not leave this country,” Diop said.\n\n"
    "Guterres, who visited Gao in May, disagreed. “We will not leave this country,” he said.",
    # the speaker named by a title the article gave one person
    "“We will not leave this country,” the minister said.\n\n“We will not leave this country,” Guterres said.",
    # a name and an apposition between the quotation and the verb
    "“We will not leave this country,” Diop said.\n\n"
    "“We will not leave this country,” Antonio Guterres, the head of the United Nations, said on Friday.",
    # a fragment reported with "has called"
    "Diop has called the plan “a betrayal of this whole country”.\n\n"
    "“It is a betrayal of this whole country,” Guterres said.",
])
def test_the_same_words_from_two_people_are_flagged(body):
    text = INTRO + body
    [f] = findings(text)
    assert f.severity.label == "error"
    assert "Antonio Guterres" in f.message and "Abdoulaye Diop" in f.message
    assert len(f.related) == 1


@pytest.mark.parametrize("body", [
    "“We will not leave this country,” Diop said.\n\n“We will not leave this country,” Diop added.",
    "“We will not leave this country,” Diop said.\n\n“We will not leave this country,” he said.",
    "“We will not leave this country,” Diop said.\n\n“We will not leave this country,” the ministry said.",
    "“We will stay,” Diop said.\n\n“We will stay,” Guterres said.",
    "“We will not leave this country,” Diop said.\n\n“We will leave this country,” Guterres said.",
    "“We will not leave this country,” Diop said. Guterres said: “Diop told me ‘we will not leave this "
    "country’ twice.”",
    # "the minister" when two were given the title
    "Trade Minister Ana Ruiz spoke.\n\n“We will not leave this country,” the minister said.\n\n"
    "“We will not leave this country,” Guterres said.",
])
def test_one_speaker_unknown_speakers_short_or_different_words_are_not_flagged(body):
    assert findings(INTRO + body) == []


def test_he_in_a_paragraph_that_names_two_people_is_only_a_reading_of_the_subject_before():
    # claims.coreference reads "he" as the subject of the sentence before (Guterres), but Diop
    # is in reach too: shown as info, never a warning
    body = ("“We will not leave this country,” Diop said.\n\n"
            "Guterres met Diop in May. “We will not leave this country,” he said.")
    [f] = findings(INTRO + body)
    assert f.severity.label == "info"
    # with the subject pronoun of a sentence that does not open on him, nothing is read
    other = ("“We will not leave this country,” Diop said.\n\n"
             "In May Guterres met Diop. “We will not leave this country,” he said.")
    assert findings(INTRO + other) == []


def test_spelling_variants_of_one_name_are_left_to_name_variant():
    text = ("Foreign Minister Abdoulaye Diop spoke. Later Abdoulaye Dioup spoke.\n\n"
            "“We will not leave this country,” Abdoulaye Diop said.\n\n"
            "“We will not leave this country,” Abdoulaye Dioup said.")
    assert findings(text) == []


def test_the_seed_article_has_no_attribution_conflict(seed_text):
    assert findings(seed_text) == []


word = st.text(alphabet="abcdefg", min_size=1, max_size=4)


@given(st.lists(word, min_size=1, max_size=12), st.data())
def test_contains_finds_every_run_of_consecutive_words(ws, data):
    i = data.draw(st.integers(0, len(ws) - 1))
    j = data.draw(st.integers(i + 1, len(ws)))
    assert contains(tuple(ws), tuple(ws[i:j]))
    assert not contains(tuple(ws), tuple(ws) + ("zzz",))


# Speakers a reporter names without "said": a reporting verb before a fragment ("called the
# ruling “...”", "described the decision as “...”"), "according to" before the sentence's
# fragment, and a colon between a name and a quotation. The names carry no title: the verb,
# with a quotation within people.REPORTED_QUOTE_WORDS words after it, is what makes them people.
@pytest.mark.parametrize("text", [
    "Tenant leader Rosa Imbert called the ruling “a win for every family in this city.”\n\n"
    "Landlords will appeal.\n\nCouncilman Victor Hale described the ruling as “a win for every family in this city.”",
    "Rosa Imbert called the plan “a reckless gamble with public money.” Later Victor Hale said the plan was "
    "“a reckless gamble with public money.”",
    "According to Rosa Imbert, the scheme was “doomed from the very first day.” Victor Hale, the treasurer, "
    "said it was “doomed from the very first day.”",
    "Rosa Imbert: “The budget is simply not enough.”\n\nVictor Hale: “The budget is simply not enough.”",
    "Rosa Imbert branded the deal ‘a betrayal of every worker here’. Union chief Victor Hale called it "
    "‘a betrayal of every worker here’.",
    "Rosa Imbert said the budget was “simply not enough for the schools.”\n\n"
    "Mayor Victor Hale dubbed the budget “simply not enough for the schools.”",
])
def test_speakers_named_by_a_reporting_verb_according_to_or_a_colon(text):
    [f] = findings(text)
    assert "Rosa Imbert" in f.message and "Victor Hale" in f.message


@pytest.mark.parametrize("text", [
    "Rosa Imbert called the plan “a reckless gamble with public money.” Later Imbert said again it was "
    "“a reckless gamble with public money.”",
    "Rosa Imbert called the police after the break-in. Victor Hale said the plan was "
    "“a reckless gamble with public money.”",
    "Rosa Imbert called the plan “a gamble.” Victor Hale called it “a gamble.”",
])
def test_one_speaker_a_verb_with_no_quotation_or_a_short_phrase_is_not_flagged(text):
    assert findings(text) == []


def test_a_reporting_verb_reaches_its_quotation_only_within_reported_quote_words():
    from claims.people import REPORTED_QUOTE_WORDS
    near = "called the long and costly plan “a reckless gamble with public money.”"  # five words between
    far = "called the long and costly plan of the city “a reckless gamble with public money.”"  # eight
    assert REPORTED_QUOTE_WORDS == 6
    tail = " Victor Hale said the plan was “a reckless gamble with public money.”"
    assert findings("Rosa Imbert " + near + tail)
    assert findings("Rosa Imbert " + far + tail) == []


QUOTE = "We are not going to close a single school this year"  # ten words


@pytest.mark.parametrize("second", [
    "We’re not going to close a single school this year",  # a contraction is its words written out
    "We are not going to close a single school this year",
])
def test_contractions_are_the_same_words(second):
    text = (f"“{QUOTE},” Mayor Rosa Imbert said.\n\nThe budget passed.\n\n"
            f"“{second},” Treasurer Victor Hale said.")
    [f] = findings(text)
    assert f.severity.label == "error"


def test_one_word_put_for_another_is_a_warning():
    text = (f"“{QUOTE},” Mayor Rosa Imbert said.\n\nThe budget passed.\n\n"
            f"“{QUOTE.replace('close', 'shut')},” Treasurer Victor Hale said.")
    [f] = findings(text)
    assert f.severity.label == "warning" and "“shut” for “close”" in f.message


@pytest.mark.parametrize("first, second", [
    (QUOTE, QUOTE.replace("not ", "")),  # a word dropped may turn the meaning: two statements
    ("We will build new homes", "We will build new roads"),  # fewer than NEAR_MIN_WORDS words
    ("We will build homes for our families", "We will build roads for our families"),  # seven
])
def test_a_word_dropped_or_a_short_quotation_changed_is_not_one_quotation(first, second):
    from checker.rules.quote_attribution_conflict import NEAR_MIN_WORDS
    assert NEAR_MIN_WORDS == 8
    text = f"“{first},” Mayor Rosa Imbert said.\n\n“{second},” Treasurer Victor Hale said."
    assert findings(text) == []


def test_eight_words_with_one_changed_are_one_quotation():
    text = ("“We will build new homes for our families,” Mayor Rosa Imbert said.\n\n"
            "“We will build new roads for our families,” Treasurer Victor Hale said.")
    assert findings(text)


def test_the_one_person_of_a_clause_before_a_colon_is_the_speaker():
    from claims.quotes import COLON_CLAUSE_WORDS
    assert COLON_CLAUSE_WORDS == 12
    first = "“Nobody in this town will lose their home,” said Mayor Rosa Imbert.\n\n"
    near = "The treasurer, Victor Hale, was blunt on Monday night: “Nobody in this town will lose their home.”"
    far = ("The treasurer, Victor Hale, was rather blunt in the council on Monday night: "
           "“Nobody in this town will lose their home.”")
    two = "Victor Hale met Ana Ruiz on Monday: “Nobody in this town will lose their home.”"
    assert findings(first + near)
    assert findings(first + far) == []
    assert findings(first + two) == []


def test_a_claims_document_without_the_optional_speaker_is_still_checked():
    """``speaker`` is optional in the schema: a document that leaves it out is judged, not a crash."""
    from claims.document import from_document, to_document
    from claims.extract import extract

    text = ("Ann Lee, 47, opened the bridge on Friday.\n\n\"We built this for everyone who crosses it,\" the "
            "47-year-old said.\n\nCouncillor Tom Park, 60, spoke next. \"We built this for everyone who crosses "
            "it,\" Park said.")
    doc = to_document(extract(article_from_text(text)))
    for c in doc["claims"]:
        if c["kind"] == "quote":
            c.get("attrs", {}).pop("speaker", None)
    result = check_article(from_document(doc))
    assert any(f.rule == "quote.attribution-conflict" for f in result.findings)


def test_two_quotations_cut_from_one_passage_are_one_quotation():
    from checker.rules.quote_attribution_conflict import SHARED_RUN_WORDS, shared_run
    assert SHARED_RUN_WORDS == 8
    a = tuple("the ferry will sail again before the summer season begins".split())
    # the end of one begins the other: eight words, then seven
    assert shared_run(a[:9], ("whatever", "it", "costs") + a[1:9]) is None  # the other ends the same: no cut
    assert shared_run(("whatever", "it", "costs") + a[:8], a) == a[:8]
    assert shared_run(("whatever", "it", "costs") + a[:7], a) is None
    # a word dropped inside is no cut ("not")
    assert shared_run(tuple("we are not going to close a single school this year".split()),
                      tuple("we are going to close a single school this year".split())) is None
    text = ("\u201cThe ferry will sail again before the summer season begins in June,\u201d said Ines Baptiste.\n\n"
            "\u201cWhatever the cost, the ferry will sail again before the summer season,\u201d said Oscar Lindqvist.")
    [f] = findings(text)
    assert f.severity.label == "warning"

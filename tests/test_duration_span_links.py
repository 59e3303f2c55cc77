"""date.duration-conflict: the links from a stated duration to the span it measures.

Each link is a principle an editor would state; each test pairs a case the link reads with
one its limit leaves alone (a fitting span, another thing's span, a guard's other side)."""

from datetime import date

import pytest

from checker.engine import check_article
from checker.rules import span_ends
from claims.extract import extract
from claims.read import article_from_text


def findings(text, published):
    result = check_article(article_from_text(text, published=published))
    return [f for f in result.findings if f.rule == "date.duration-conflict"]


def labels(text, published):
    return [f.severity.label for f in findings(text, published)]


# -- a relative clause's lasting verb tells the length of the noun before it -------------------

@pytest.mark.parametrize("text, found", [
    ("Ferry crews went back on Monday, ending a walkout that lasted 19 days. The walkout began on 2 June.", True),
    ("Ferry crews went back on Monday, ending a walkout that lasted 8 days. The walkout began on 2 June.", False),
])
def test_a_relative_lasting_clause_measures_its_head(text, found):
    assert bool(findings(text, date(2025, 6, 12))) is found


@pytest.mark.parametrize("text, head", [
    ("Crews ended a walkout that lasted 19 days.", "walkout"),
    ("Crews ended the inquiry, which ran for three weeks.", "inquiry"),
    # the clause tells no length: "ended after" is the gap before its end
    ("Crews ended a walkout that ended after 19 days.", None),
    # "ran" tells a length only with "for"
    ("Crews ended a walkout that ran 19 days late.", None),
])
def test_the_head_a_relative_clause_tells_the_length_of(text, head):
    from claims.language import analyse
    claims = extract(article_from_text(text, published=date(2025, 6, 12)))
    [d] = [c for c in claims.of_kind("time") if c.timex.type == "DURATION"]
    found = span_ends.relative_head(analyse(claims.article.text), d)
    assert (found.text if found is not None else None) == head


def test_a_subject_with_a_relative_lasting_clause_ends_at_its_verb():
    text = "The dock stoppage, which ran for 30 days, ended on Friday. Dockers downed tools on 2 June over pay."
    assert labels(text, date(2025, 6, 21)) == ["error"]
    fitting = "The dock stoppage, which ran for 19 days, ended on Friday. Dockers downed tools on 2 June over pay."
    assert findings(fitting, date(2025, 6, 21)) == []


# -- a bracketed range right after a duration renames its span ------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Nine months of drought (May 2024 to August 2024) left the reservoir low.", True),
    ("Four months of drought (May 2024 to August 2024) left the reservoir low.", False),
    # more than BRACKET_REACH words before the bracket: the range may date another thing
    ("Nine months of drought left growers on the hill farms short of hay (May 2024 to August 2024).", False),
])
def test_a_bracketed_range_renames_the_span(text, found):
    assert bool(findings(text, date(2025, 1, 10))) is found


# -- anniversaries ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, severity", [
    # the start in the anniversary's sentence
    ("Set up in 1950, the rowing club marks its centenary this year.", "error"),
    # the start told elsewhere of a word the anniversary's sentence names
    ("The rowing club marks its centenary in June. Set up in 1950, the club has 300 members.", "warning"),
    # the article's only start of a life: a reading
    ("Dock Rowers marks its centenary in June. Set up in 1950, the crew trains daily.", "info"),
    # a count after a verb of marking it
    ("The bakery, which opened its doors in 2004, is celebrating 30 years in business.", "error"),
    ("Kestrel Athletic turns 50 this weekend. The team was formed in 1990 by miners.", "info"),
    # the ordinal of a year: the 12th year ends with the 12th anniversary
    ("The festival, founded in 2002, marks its 16th year this summer.", "error"),
])
def test_an_anniversary_against_the_start_of_a_life(text, severity):
    assert labels(text, date(2025, 5, 2)) == [severity]


@pytest.mark.parametrize("text", [
    "Set up in 1925, the rowing club marks its centenary this year.",
    "The bakery, which opened its doors in 1995, is celebrating 30 years in business.",
    # another thing's anniversary
    "Founded in 1990, the society will lead the centenary of the armistice.",
    "Founded in 1990, the society marks 30 years since the flood of 1995.",
    # a person's age, not the start's thing
    "Carla Mendes, who opened the gallery in 1990, turns 50 this week.",
    "The festival, founded in 2014, marks its 12th year this summer.",
    # told as past with no date of its own: any year up to publication
    "Founded in 2011, the market celebrated its 10th anniversary with fireworks.",
    # dated in its own sentence
    "Founded in 1970, the club celebrated its 50th anniversary in 2020 with a dinner.",
    # a start beyond ANNIVERSARY_RATIO times the count from publication: another thing's
    "The show marks its 50th year. Its exhibition opens on Saturday.",
])
def test_an_anniversary_that_fits_or_is_not_the_things(text):
    # (the article's one start of a life, "opens on Saturday", is days old: no 50th year's)
    assert findings(text, date(2025, 5, 2)) == []


def test_an_anniversary_told_as_past_cannot_fall_after_publication():
    assert labels("Founded in 2011, the market celebrated its 20th anniversary with fireworks.",
                  date(2025, 5, 2)) == ["error"]


# -- the age of a thing beside a person's name --------------------------------------------------

def test_a_things_age_beside_a_name_is_the_things():
    text = ("Governor Lena Hart said the 80-year-old depot must close. When the depot opened in 1975, it "
            "served three lines.")
    assert labels(text, date(2025, 3, 3)) == ["error"]


def test_a_things_age_beside_a_name_is_only_a_reading_from_a_start_told_beside_a_person():
    # the start may be the person's: only the reading of the article's one dated life (info)
    text = ("Governor Lena Hart said the 80-year-old depot must close. When the depot opened in 1975, Mr "
            "Ivo Brandt ran it.")
    assert labels(text, date(2025, 3, 3)) == ["info"]


# -- a stay told in a quotation is the speaker's ------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Ms Nora Lisle took charge of the reserve in 2016. Lisle leaves in June. \u201cTwenty years in "
     "this job is plenty,\u201d she said.", True),
    # an -ing form after "of": the speaker's own activity
    ("Ms Nora Lisle took charge of the reserve in 2016. Lisle leaves in June. \u201cTwenty years of "
     "counting birds is plenty,\u201d she said.", True),
    # a stay shorter than from the start: the speaker may count one post of several
    ("Ms Nora Lisle took charge of the reserve in 2016. Lisle leaves in June. \u201cSeven years in "
     "this job is plenty,\u201d she said.", False),
    # "of" before a noun: not a stay
    ("Ms Nora Lisle took charge of the reserve in 2016. Lisle leaves in June. \u201cTwenty years of "
     "drought is plenty,\u201d she said.", False),
    # another speaker, of whom no start is told
    ("Ms Nora Lisle took charge of the reserve in 2016. Lisle leaves in June. \u201cTwenty years in "
     "this job is plenty,\u201d said Ada Voss, her deputy.", False),
])
def test_a_quoted_stay_is_the_speakers(text, found):
    got = labels(text, date(2025, 3, 3))
    assert got == (["info"] if found else [])


# -- a span told as over ran no later than the publication date ----------------------------------

@pytest.mark.parametrize("text, found", [
    ("Harbour bridge reopens after 20 months of repairs\n\nCrews began repairs on the harbour bridge in "
     "March 2024.", True),
    ("Harbour bridge reopens after 14 months of repairs\n\nCrews began repairs on the harbour bridge in "
     "March 2024.", False),
    # told as ahead: the repairs may run on
    ("Harbour bridge will reopen after 20 months of repairs\n\nCrews began repairs on the harbour bridge in "
     "March 2024.", False),
])
def test_an_ending_told_as_done_bounds_the_span_by_the_publication_date(text, found):
    assert labels(text, date(2025, 5, 20)) == (["info"] if found else [])


@pytest.mark.parametrize("text, found", [
    ("The county's 14-month review of bus contracts found waste. Officials opened the review in "
     "October 2024.", True),
    # a phrase before the subject, and its verb its own dated start
    ("In a 14-month review signed in October 2024, officials found waste.", False),
    # from the start to publication is less than 1 / BY_NOW_RATIO of the count: another start
    ("The county's 14-month review of bus contracts found waste. Officials opened the review in "
     "March 2025.", False),
])
def test_a_happening_in_the_subject_told_as_over(text, found):
    assert labels(text, date(2025, 5, 20)) == (["info"] if found else [])


def test_by_now_ratio_is_a_named_limit():
    assert span_ends.BY_NOW_RATIO == 2


# -- counted units, owned spans, yearless ranges -----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Villagers waited a decade for the road.", "P10Y"),
    ("They lost a fortnight's grazing.", "P2W"),
])
def test_a_unit_that_is_itself_a_count_states_a_length(text, value):
    claims = extract(article_from_text(text, published=date(2025, 5, 2)))
    assert [c.timex.value for c in claims.of_kind("time") if c.timex.type == "DURATION"] == [value]


def test_a_unit_that_is_itself_a_count_after_an_amount_is_a_rate():
    claims = extract(article_from_text("The lease costs $5 a decade.", published=date(2025, 5, 2)))
    assert [c.timex.type for c in claims.of_kind("time")] == ["SET"]


def test_an_owned_span_against_its_sentences_yearless_range():
    text = "Ferries lost a fortnight's sailings, with boats idle from 2 March until 30 March."
    [f] = findings(text, date(2025, 4, 20))
    assert f.severity.label == "info" and "2 March 2025 to 30 March 2025" in f.message


# -- a pronoun opening the next sentence carries the person to a start ----------------------------

@pytest.mark.parametrize("text, found", [
    ("Mr Adeyemi has farmed the valley for the past 30 years. He moved there in 2010.", True),
    ("Mr Adeyemi has farmed the valley for the past 15 years. He moved there in 2010.", False),
    # a sentence between: the pronoun may be someone else's
    ("Mr Adeyemi has farmed the valley for the past 30 years. His son is 20. He moved there in 2010.", False),
])
def test_a_pronoun_right_after_carries_the_person(text, found):
    assert bool(findings(text, date(2025, 5, 2))) is found

"""date.sequence-conflict: a pronoun alone opening a sentence before an order verb ("It follows
...", "This came after ...") stands for the nearest earlier sentence holding a date, over at
most SUMMARY_REACH_SENTENCES sentences with no date; and "follows"/"precedes" link like
"followed"/"preceded"."""

from checker.engine import check_article
from checker.rules.date_sequence_conflict import SUMMARY_REACH_SENTENCES
from claims.read import article_from_text

RULE = "date.sequence-conflict"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


def article(asides: int, second: str) -> str:
    filler = " ".join(["Crowds gathered."] * asides)
    return (f"1 July 2025\n\nThe museum reopened its east wing on 4 June. {filler}\n\nIt follows a members' "
            f"preview that was held on {second} in the new gallery.")


def test_the_pronoun_reaches_the_dated_sentence_at_the_bound():
    assert findings(article(SUMMARY_REACH_SENTENCES - 1, "11 June"))


def test_the_pronoun_does_not_reach_past_the_bound():
    assert not findings(article(SUMMARY_REACH_SENTENCES, "11 June"))


def test_a_preview_before_the_reopening_is_in_order():
    assert not findings(article(2, "28 May"))


def test_precedes_links_the_other_way():
    text = ("1 July 2025\n\nThe museum reopened its east wing on 4 June.\n\nThis precedes a members' preview "
            "that was held on 28 May in the new gallery.")
    assert findings(text)


# --- a subject of nouns joined by "and" before an adverb or verb of sequence ---------------------

def test_nouns_joined_by_and_are_one_subject_of_then():
    text = "1 March 2025\n\nStaff walked out on 6 January. Managers and the union then signed a deal on 3 January."
    found = findings(text)
    assert found and found[0].severity.label == "warning"


def test_a_clause_joined_by_and_is_not_the_subject_of_then():
    text = ("1 March 2025\n\nStaff walked out on 6 January. Managers resigned and the union then signed a deal "
            "on 3 January.")
    assert all(f.severity.label == "info" for f in findings(text))


def test_follows_without_an_object_is_anaphoric_like_followed():
    # "follows on": no object, so the clause told before is its other side (no crash on the word)
    text = "1 July 2025\n\nThe museum reopened on 4 June. The garden follows on 28 May."
    assert all(f.severity.label in ("info", "warning") for f in findings(text))

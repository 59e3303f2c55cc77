"""number.restated-conflict reads the document's group co-reference (``refers_to``, written by
claims.quantities.grouprefs) where it decides: a demonstrative count points at the count the
document links it to, and a link the document calls a reading (``probable``: words the group
was not told with stand beside the later count) is shown (info), not warned.
"""

from datetime import date

from checker.engine import check_article
from checker.findings import Severity
from claims.extract import extract
from claims.read import article_from_text

RULE = "number.restated-conflict"
PUBLISHED = date(2024, 4, 21)


def findings(text):
    return [f for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == RULE]


def link_of(text, count_text):
    claims = extract(article_from_text(text, published=PUBLISHED))
    [c] = [q for q in claims.claims if q.kind == "quantity" and q.text == count_text]
    return c.attrs.get("refers_to"), claims


def test_a_demonstrative_reads_the_documents_link():
    text = "Storms hit three coastal counties on Monday.\n\nCrews reached those five counties on Tuesday."
    link, claims = link_of(text, "those five counties")
    assert link and not link["probable"]
    [f] = findings(text)
    assert f.severity == Severity.WARNING
    assert claims.by_id(link["count"]).start == f.related[0].start


def test_a_link_the_document_calls_a_reading_is_shown_not_warned():
    text = "Storms hit three coastal counties on Monday.\n\nCrews reached those five rural counties on Tuesday."
    link, _ = link_of(text, "those five rural counties")
    assert link and link["probable"]
    [f] = findings(text)
    assert f.severity == Severity.INFO


def test_without_a_link_a_demonstrative_reads_the_latest_count_of_its_class():
    # "staff" and "employees" are one class for the rule (count_synonyms), two nouns for the
    # document's links: the rule's own reading of the class still points back
    text = "The bakery employs 40 staff.\n\nThe owner said those 55 employees would get a bonus."
    link, _ = link_of(text, "those 55 employees")
    assert link is None
    assert [f.severity for f in findings(text)] == [Severity.WARNING]

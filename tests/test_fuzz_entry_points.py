"""Fuzzing every entry point (issue 6): arbitrary text, arbitrary bytes, generated HTML and
Markdown, generated claims documents. Whatever goes in, no exception escapes, every claim's
and finding's span lies inside the text, every produced claims document validates, and every
report can be written as UTF-8."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.config import Config
from checker.engine import check_article, check_item
from checker.report.json_report import article_json
from checker.report.text import format_result
from claims.document import read_article, to_document, validate
from claims.extract import extract
from claims.model import ClaimSet
from claims.read import ReadError, article_from_text, read_path

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Any code point at all, unpaired surrogates and control characters included.
ANY_CHAR = st.characters(exclude_categories=())
#: Words that reach deep into the tagger, resolver and rules.
WORDS = ["21 April 2024", "Monday", "Sunday,", "on Friday", "nine months later", "later", "earlier this year",
         "in December", "2013", "the 1990s", "3 years ago", "for the past ten years", "tomorrow,", "12 May",
         "last month", "in March", "at 3:30 p.m.", "every week", "twenty-one", "1,200", "2024-02-29",
         "29/02/2023", "the following day", "a decade", "Q3", "mid-2020", "since 2001", "|", "#", "**", "&amp;",
         "\t", "\r\n", "\r", "\n", "\n\n", " ", ".", ",", "(", ")", "\u2028", "\x0c", "\ud800", "\x1b[2J"]
DATEISH = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
TEXT = st.one_of(st.text(ANY_CHAR, max_size=300), DATEISH, st.text(st.sampled_from("0123456789 -/.:,\n\rAMJFSOND"), max_size=200))
#: Publication dates as every reader and --published accept them (claims.read.PUBLISHED_YEARS);
#: see test_hostile_time.py for the resolver at the ends of the calendar.
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)))


def assert_sound(item, text: str | None = None) -> None:
    """The invariants every checked article keeps, whatever its input."""
    claimset = item if isinstance(item, ClaimSet) else extract(item)
    article = claimset.article
    n = len(article.text)
    for c in claimset.claims:
        assert 0 <= c.start <= c.end <= n, (c, n)
        assert c.text == article.text[c.start:c.end]
    result = check_article(claimset)
    for f in result.findings:
        assert f.rule and f.severity is not None
        assert 0 <= f.start <= f.end <= n, (f, n)
        for r in f.related:
            assert 0 <= r.start <= r.end <= n, (r, n)
        line, col = article.locate(f.start)
        assert line >= 1 and col >= 1
    doc = to_document(claimset)
    assert validate(doc) == [], validate(doc)[:3]
    json.dumps(article_json(result), ensure_ascii=False).encode("utf-8")
    format_result(result).encode("utf-8")
    if text is not None and article.format in ("text", "markdown"):
        assert len(article.text) == len(text)  # offsets are the file's


@FUZZ
@given(text=TEXT, fmt=st.sampled_from(["text", "markdown", "html"]), published=PUBLISHED)
def test_any_text_in_any_format_checks_soundly(text, fmt, published):
    assert_sound(article_from_text(text, fmt=fmt, published=published), text)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as d:
        yield d


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), TEXT.map(lambda s: s.encode("utf-8", "surrogatepass")),
                      st.tuples(st.sampled_from(["utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1"]), DATEISH)
                      .map(lambda p: p[1].encode(p[0], "replace"))),
       ext=st.sampled_from([".txt", ".md", ".html", ".xhtml", ".jsonl", ".json"]))
def test_any_bytes_in_any_file_read_and_check_soundly(scratch, data, ext):
    path = os.path.join(scratch, "input" + ext)
    with open(path, "wb") as fh:
        fh.write(data)
    for item in read_path(path, max_bytes=10_000):
        if isinstance(item, ReadError):
            assert item.message and "\n" not in item.message and item.source.startswith(path)
            continue
        assert_sound(item)
        assert check_item((item, Config())).error is None


# -- generated HTML -----------------------------------------------------------------------------

TAGS = ["p", "div", "span", "b", "i", "h1", "li", "ul", "table", "td", "tr", "script", "style", "br", "time",
        "title", "head", "body", "pre", "a", "svg", "noscript", "template", "article", "x-custom"]
HTML_TEXT = st.one_of(DATEISH, st.text(ANY_CHAR, max_size=30),
                      st.sampled_from(["&amp;", "&lt;", "&#x1F600;", "&#0;", "&#xD800;", "&nosuch;", "&e;", "&",
                                       "<![CDATA[Friday]]>", "<!-- 2013 -->", "<?pi x?>", "]]>", "<", ">"]))


def element(children):
    attrs = st.sampled_from(["", ' class="x"', ' datetime="2024-04-21"', " onload='x'", ' a="&amp;"', " b=c d",
                             ' content="2024-13-45"', ' property="article:published_time" content="2023-06-16"'])
    return st.tuples(st.sampled_from(TAGS), attrs, st.lists(children, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else ""))


HTML = st.tuples(
    st.sampled_from(["", "<!DOCTYPE html>\n", '<?xml version="1.0" encoding="ISO-8859-1"?>\n',
                     '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n', "<!DOCTYPE [", "\ufeff"]),
    st.recursive(HTML_TEXT, element, max_leaves=25),
    st.sampled_from(["\n", "\r\n", "\r", ""]),
).map(lambda t: t[0] + t[1].replace("\n", t[2]) if t[2] else t[0] + t[1])


@FUZZ
@given(page=HTML, published=PUBLISHED)
def test_generated_html_reads_and_checks_soundly(page, published):
    article = article_from_text(page, fmt="html", published=published)
    assert "root:x:0:0" not in article.text
    assert_sound(article)


# -- generated Markdown -------------------------------------------------------------------------

BLOCKS = st.one_of(
    DATEISH,
    DATEISH.map(lambda s: "# " + s), DATEISH.map(lambda s: "###### " + s + " ##"),
    DATEISH.map(lambda s: "- " + s), DATEISH.map(lambda s: "1. " + s), DATEISH.map(lambda s: "> " + s),
    DATEISH.map(lambda s: "```\n" + s + "\n```"), DATEISH.map(lambda s: "    " + s),
    DATEISH.map(lambda s: "<!-- " + s + " -->"), DATEISH.map(lambda s: "<div>\n" + s + "\n</div>"),
    DATEISH.map(lambda s: f"[{s}](http://x/2013)"), st.sampled_from(["```", "<!--", "---", "***", "[x]: /u", "~~~"]),
    st.text(ANY_CHAR, max_size=40),
)
MARKDOWN = st.tuples(
    st.sampled_from(["", "---\ndate: 2024-04-21\ntitle: T\n---\n", "---\ndate: 2023-02-29\n---\n", "---\n",
                     "---\r\ndate: '2024-01-01'\r\n...\r\n"]),
    st.lists(BLOCKS, max_size=12),
    st.sampled_from(["\n\n", "\r\n\r\n", "\n", "\r\r"]),
).map(lambda t: t[0] + t[2].join(t[1]))


@FUZZ
@given(text=MARKDOWN, published=PUBLISHED)
def test_generated_markdown_reads_and_checks_soundly(text, published):
    assert_sound(article_from_text(text, fmt="markdown", published=published), text)


# -- generated claims documents -----------------------------------------------------------------

ISO_DATE = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)).map(date.isoformat)
ODD = st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False, allow_infinity=False),
                st.text(ANY_CHAR, max_size=10), st.just([]), st.just({}))


@st.composite
def claims_documents(draw):
    """Mostly well-formed documents (so that they reach the rules), some of them bent."""
    text = draw(st.one_of(DATEISH, st.text(ANY_CHAR, max_size=80)))
    claims = []
    for i in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        kind = draw(st.sampled_from(["time", "time", "time", "quantity", "person", "quote", "event"]))
        claim = {"id": f"{'t' if kind == 'time' else 'q'}{i + 1}", "kind": kind, "text": text[start:end],
                 "span": {"start": start, "end": end, "line": 1, "column": start + 1}}
        if kind == "time":
            early = draw(st.one_of(st.none(), ISO_DATE))
            claim["timex"] = {
                "type": draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                "value": draw(st.sampled_from(["2024-04-21", "2024-04", "2024", "P10Y", "PT48H", "XXXX-WXX-5",
                                               "PAST_REF", "2024-W16", "19XX", "FY2024", "P1.5Y", "2024-02-30"])),
                "resolution": draw(st.sampled_from(["absolute", "dct", "anchor", "unresolved"])),
                "earliest": early, "latest": early if draw(st.booleans()) else draw(st.one_of(st.none(), ISO_DATE)),
                "weekday": draw(st.one_of(st.none(), st.integers(0, 6))),
                "anchor": draw(st.one_of(st.none(), st.just("t1"))),
                "offset": draw(st.one_of(st.none(), st.sampled_from(["P9M", "-P1Y", "P", "PT0S"]))),
                "low": draw(st.one_of(st.none(), st.sampled_from(["P1Y", "P27Y", "P"]))),
                "high": draw(st.one_of(st.none(), st.sampled_from(["P30Y", "PT1H"]))),
                "mod": draw(st.one_of(st.none(), st.sampled_from(["APPROX", "MORE_THAN", "??"]))),
                "tense": draw(st.sampled_from([None, "past", "future", "present"])),
            }
        if draw(st.booleans()):
            claim["attrs"] = draw(st.dictionaries(st.sampled_from(["apposition", "unit", "value", "x"]), ODD, max_size=3))
        claims.append(claim)
    doc = {"version": 1, "article": {"id": "a", "source": "a.txt", "title": draw(st.one_of(st.none(), DATEISH)),
                                     "published": draw(st.one_of(st.none(), ISO_DATE)), "text": text},
           "claims": claims}
    if draw(st.booleans()):
        del doc["article"]["text"]
    if draw(st.integers(0, 3)) == 0:  # bend one thing
        target = draw(st.sampled_from(["version", "article", "claims"]))
        doc[target] = draw(ODD)
    return doc


@FUZZ
@given(doc=claims_documents())
def test_generated_claims_documents_are_refused_or_checked_soundly(doc):
    item = read_article(json.dumps(doc), "d.json")
    if isinstance(item, ReadError):
        assert item.message and "\n" not in item.message
        return
    result = check_item((item, Config()))
    assert result.error is None, result.error  # a rule that raises on a valid document is a bug
    if "text" in doc["article"]:
        assert_sound(item)
    assert validate(to_document(item)) == []


@FUZZ
@given(text=st.text(st.sampled_from('{}[]",:\\ 0123456789.eE+-nulltruefalseNaN'), max_size=200))
def test_arbitrary_json_like_text_never_escapes_the_document_reader(text):
    item = read_article(text, "d.json")
    assert isinstance(item, (ReadError, ClaimSet))


def test_a_duration_claim_on_a_text_with_no_words_is_checked_without_error():
    # found by the generator above: a valid claims document whose text is a tab and whose one
    # claim is a duration; date.duration-conflict asked for the sentence of a text with none
    doc = {"version": 1, "article": {"id": "a", "source": "a.txt", "title": None, "published": None, "text": "\t"},
           "claims": [{"id": "t1", "kind": "time", "text": "", "span": {"start": 0, "end": 0, "line": 1, "column": 1},
                       "timex": {"type": "DURATION", "value": "2024-04-21", "resolution": "absolute", "earliest": None,
                                 "latest": None, "weekday": None, "anchor": None, "offset": None, "low": "P1Y",
                                 "high": None, "mod": None, "tense": None}}]}
    item = read_article(json.dumps(doc), "d.json")
    assert check_item((item, Config())).error is None

"""TimeML interchange: reading gold TIMEX3 annotations and writing time claims as TimeML."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from claims import timeml
from claims.model import Article, Claim, ClaimSet, Timex
from tests.conftest import shared_path

DOC = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>APW19980101.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-08" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> &amp; for <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3>, AT&amp;T said.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"""


def test_reads_text_without_tags_and_decodes_entities():
    doc = timeml.parse(DOC)
    assert doc.article.text == "\nPrices fell on Thursday & for about three days, AT&T said.\n"
    assert doc.article.id == "APW19980101.0001"


def test_the_dct_is_the_publication_date_and_is_not_a_gold_timex():
    doc = timeml.parse(DOC)
    assert doc.article.published == date(1998, 1, 8)
    assert doc.dct.tid == "t0" and doc.dct.value == "1998-01-08"
    assert [t.tid for t in doc.timexes] == ["t1", "t2"]


def test_gold_offsets_point_into_the_text():
    doc = timeml.parse(DOC)
    t1, t2 = doc.timexes
    assert doc.article.text[t1.start:t1.end] == "Thursday" == t1.text
    assert (t1.type, t1.value, t1.anchor, t1.mod) == ("DATE", "1998-01-08", "t0", None)
    assert doc.article.text[t2.start:t2.end] == "about three days"
    assert (t2.type, t2.value, t2.anchor, t2.mod) == ("DURATION", "P3D", None, "APPROX")
    assert t1.attrs["temporalFunction"] == "true"


def test_a_dct_with_a_time_gives_its_day():
    doc = timeml.parse(DOC.replace('value="1998-01-08" temporalFunction="false"', 'value="1998-01-08T10:31:00" temporalFunction="false"'))
    assert doc.article.published == date(1998, 1, 8)


def test_silver_style_dateline_around_the_dct():
    doc = timeml.parse(
        '<TimeML><DCT>KUALA LUMPUR, <TIMEX3 tid="t0" type="TIME" value="1997-04-01" '
        'functionInDocument="CREATION_TIME">April 1 , 1997</TIMEX3> (AFP)</DCT>'
        "<TITLE>Shares  fall</TITLE><TEXT>Shares fell.</TEXT></TimeML>",
        source="x/AFP_1.tml",
    )
    assert doc.article.published == date(1997, 4, 1)
    assert doc.article.title == "Shares fall"
    assert doc.article.id == "AFP_1"  # no DOCID: the file name


def test_no_dct_means_no_publication_date():
    doc = timeml.parse("<TimeML><TEXT>in <TIMEX3 tid='t1' type='DATE' value='2013'>2013</TIMEX3></TEXT></TimeML>")
    assert doc.article.published is None and doc.dct is None
    assert doc.timexes[0].value == "2013"


@pytest.mark.parametrize("bad", ["", "<TimeML><TEXT>unclosed", "<TimeML><DOCID>x</DOCID></TimeML>"])
def test_unreadable_input_raises_timeml_error(bad):
    with pytest.raises(timeml.TimeMLError):
        timeml.parse(bad)


def test_external_entities_are_never_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE TimeML [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<TimeML><TEXT>a &x; b</TEXT></TimeML>"
    )
    try:
        doc = timeml.parse(xml)
    except timeml.TimeMLError:
        return
    assert "SECRET" not in doc.article.text


# -- writing ------------------------------------------------------------------------------------

def _claimset(text: str, spans, published=date(2024, 4, 21)) -> ClaimSet:
    article = Article(id="a1", source="<test>", text=text, published=published)
    claims = []
    for n, (start, end, type_, value) in enumerate(spans, 1):
        claims.append(Claim(f"t{n}", "time", start, end, text[start:end], timex=Timex(type_, value)))
    return ClaimSet(article, claims)


def test_write_puts_time_claims_inline_with_the_dct():
    text = "On Friday, <AT&T> said \"yes\" for 48 hours."
    cs = _claimset(text, [(3, 9, "DATE", "2024-04-19"), (33, 41, "DURATION", "PT48H")])
    cs.claims[0].timex.resolution = "dct"
    cs.claims[1].timex.mod = "APPROX"
    out = timeml.write(cs)
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-21"' in out
    assert 'functionInDocument="CREATION_TIME"' in out
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-04-19" temporalFunction="true" anchorTimeID="t0"' in out
    assert 'mod="APPROX"' in out
    assert "&lt;AT&amp;T&gt;" in out
    back = timeml.parse(out)
    assert back.article.text == text
    assert back.article.published == date(2024, 4, 21)
    assert [(t.start, t.end, t.type, t.value) for t in back.timexes] == [
        (3, 9, "DATE", "2024-04-19"), (33, 41, "DURATION", "PT48H"),
    ]
    assert back.timexes[0].anchor == "t0"


def test_write_records_the_anchor_claim():
    text = "A coup in 2020, another nine months later."
    cs = _claimset(text, [(10, 14, "DATE", "2020"), (24, 41, "DATE", "2021")])
    cs.claims[1].timex.resolution = "anchor"
    cs.claims[1].timex.anchor = "t1"
    back = timeml.parse(timeml.write(cs))
    assert back.timexes[1].anchor == "t1"


def test_write_without_a_publication_date_has_no_dct():
    out = timeml.write(_claimset("in 2013", [(3, 7, "DATE", "2013")], published=None))
    assert "CREATION_TIME" not in out
    assert timeml.parse(out).timexes[0].value == "2013"


def test_overlapping_time_claims_keep_the_first_longest():
    text = "Friday morning"
    cs = _claimset(text, [(0, 6, "DATE", "2024-04-19"), (0, 14, "TIME", "2024-04-19TMO")])
    back = timeml.parse(timeml.write(cs))
    assert [(t.start, t.end, t.type) for t in back.timexes] == [(0, 14, "TIME")]


_xml_safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r&<>\"'"),
    max_size=80,
)


@st.composite
def _text_and_spans(draw):
    text = draw(st.text(max_size=80))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8, unique=True)))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if a < b]
    return text, spans


@given(_text_and_spans())
def test_round_trip_keeps_every_span_and_value(case):
    """write() then parse() gives back the same spans and values for any text (characters XML
    cannot carry become U+FFFD, one for one, so offsets never move)."""
    text, spans = case
    cs = _claimset(text, [(a, b, "DATE", f"2024-01-{n + 1:02d}") for n, (a, b) in enumerate(spans)])
    back = timeml.parse(timeml.write(cs))
    assert len(back.article.text) == len(text)
    assert [(t.start, t.end, t.value) for t in back.timexes] == [
        (a, b, f"2024-01-{n + 1:02d}") for n, (a, b) in enumerate(spans)
    ]


@given(_xml_safe_text)
def test_round_trip_keeps_xml_safe_text_exactly(text):
    back = timeml.parse(timeml.write(_claimset(text, [])))
    assert back.article.text == text


# -- the corpora --------------------------------------------------------------------------------

@pytest.mark.shared
@pytest.mark.parametrize("split,count", [("timebank", 1243), ("aquaint", 579), ("platinum", 138)])
def test_reads_every_gold_timex_of_tempeval3(split, count):
    """The README's counts; spans and text agree (only counting: no text is looked at)."""
    folder = shared_path("corpora", "tempeval3", split)
    n = 0
    for f in sorted(folder.glob("*.tml")):
        doc = timeml.read(f)
        assert doc.article.published is not None
        for t in doc.timexes:
            assert doc.article.text[t.start:t.end] == t.text
        n += len(doc.timexes)
    assert n == count


@pytest.mark.shared
def test_reads_wikiwars():
    folder = shared_path("corpora", "wikiwars", "train")
    doc = timeml.read(sorted(folder.glob("*.tml"))[0])
    assert doc.article.published is not None
    assert doc.timexes and all(doc.article.text[t.start:t.end] == t.text for t in doc.timexes)


def test_ages_are_time_claims_but_not_timeml():
    """"52 years old" feeds the age rules, but TimeML does not annotate ages."""
    from claims.temporal import extract

    article = Article("a", "<test>", "The minister, 52 years old, resigned in 2013.", published=date(2024, 4, 21))
    cs = ClaimSet(article, extract(article))
    age = next(c for c in cs.claims if c.attrs.get("age"))
    assert age.timex.value == "P52Y"
    back = timeml.parse(timeml.write(cs))
    assert [t.text for t in back.timexes] == ["2013"]


@pytest.mark.parametrize("text, written", [
    # an amount of money or a percentage per time unit: a rate, untagged in TimeML like a speed
    ("The cuts save $500 million a year.", []),
    ("The cuts save C$9.7 million a year.", []),
    ("The cuts save $2 a day.", []),
    ("Sales should rise 8.5% annually.", []),
    ("Sales should rise 8.5 percent a year.", []),
    # how often things happen stays a SET: things made per year, an event repeated
    ("The mills make 2 million tonnes a year.", ["a year"]),
    ("The board meets annually.", ["annually"]),
    ("The board meets twice a year.", ["twice a year"]),
])
def test_an_amount_per_time_unit_is_a_time_claim_but_not_timeml(text, written):
    from claims.temporal import extract

    article = Article("r", "<test>", text, published=date(2024, 4, 21))
    cs = ClaimSet(article, extract(article))
    assert [c.timex.type for c in cs.claims] == ["SET"]  # the rules still see the rate
    assert [text[s:e] for s, e, _ in timeml.written(cs)] == written


def test_a_relative_weekday_and_the_date_naming_it_again_are_one_timex3_with_the_dates_value():
    from claims.extract import extract
    text = "The vote is this coming Sunday, March eighth, officials said."
    claimset = extract(Article("v", "<test>", text, published=date(1998, 3, 5)))
    # two claims for the rules ("this coming Sunday" is compared with "March eighth") ...
    assert [c.text for c in claimset.claims if c.kind == "time"] == ["this coming Sunday", "March eighth"]
    # ... one expression for TimeML, as TimeBank writes it
    [(start, end, c)] = timeml.written(claimset)
    assert text[start:end] == "this coming Sunday, March eighth" and c.timex.value == "1998-03-08"
    assert timeml.write(claimset).count("<TIMEX3") == 2  # the DCT and the one expression

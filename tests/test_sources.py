"""Reading articles: datelines, formats, encodings, and offsets that point into the file."""

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from claims.read import ReadError, article_from_text, decode, find_dateline, read_path
from claims.read.jsonl import read_jsonl
from claims.read.markdown import may_hold_block, prose
from claims.read.markdown_blocks import parse
from conftest import ROOT


@pytest.mark.parametrize("line, expected", [
    ("21 April 2024, Sunday", date(2024, 4, 21)),
    ("| 21 April 2024, Sunday |", date(2024, 4, 21)),
    ("Thursday, 7 March 2019", date(2019, 3, 7)),
    ("March 22, 2013", date(2013, 3, 22)),
    ("2024-04-21", date(2024, 4, 21)),
    ("  **Friday, June 16, 2023**  ", date(2023, 6, 16)),
])
def test_a_first_line_dateline_is_the_publication_date(line, expected):
    article = article_from_text(f"{line}\n\nHeadline\n\nBody said on Friday.\n")
    assert article.published == expected
    assert article.published_from == "dateline"


@pytest.mark.parametrize("text", [
    "The ministry said on 21 April 2024 that it would act.\n",  # a date inside prose
    "April 21\nBody.\n",  # no year
    "Headline\n21 April 2024\n",  # not the first line
    "",
])
def test_prose_is_not_a_dateline(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("opening, expected, date_text", [
    ("LONDON, Tuesday 3 March 2026 - The council met.", date(2026, 3, 3), "Tuesday 3 March 2026"),
    ("RALEIGH, N.C., May 5, 2026 — The governor spoke.", date(2026, 5, 5), "May 5, 2026"),
    ("WASHINGTON, May 5, 2026 (Reuters) - Prices rose.", date(2026, 5, 5), "May 5, 2026"),
    ("ST. LOUIS, Mo., Friday, June 16, 2023 -- Rain fell.", date(2023, 6, 16), "Friday, June 16, 2023"),
])
def test_a_wire_dateline_opening_the_first_paragraph_is_the_publication_date(opening, expected, date_text):
    text = f"{opening} It said so on Monday.\n\nMore text.\n"
    article = article_from_text(text)
    assert article.published == expected and article.published_from == "dateline"
    assert text[article.dateline[0]:article.dateline[1]] == date_text
    assert article.title is None  # the first line is the body, not a headline


@pytest.mark.parametrize("opening", [
    "Washington, May 5, 2026 - the place is not in capitals.",
    "NASA, on 5 May 2024 - the date is not where the dateline's date stands.",
    "LONDON, May 5 - a dateline without a year is not a publication date.",
    "LONDON - On 5 May 2026 - the date comes after the dash.",
    "PARIS, 5 May 2026: no dash ends it.",
    "BERLIN, Germany, Europe, Earth, 5 May 2026 - more place parts than LEAD_PLACE_PARTS.",
])
def test_an_opening_that_is_not_a_wire_dateline(opening):
    assert find_dateline(opening + " More.\n") is None


def test_a_wire_dateline_place_may_have_up_to_lead_place_parts_parts():
    from claims.read.base import LEAD_PLACE_PARTS
    parts = ", ".join(["BERLIN"] + ["Region"] * (LEAD_PLACE_PARTS - 1))
    assert find_dateline(f"{parts}, 5 May 2026 - Text.") is not None
    too_many = ", ".join(["BERLIN"] + ["Region"] * LEAD_PLACE_PARTS)
    assert find_dateline(f"{too_many}, 5 May 2026 - Text.") is None


def test_published_option_overrides_the_dateline():
    article = article_from_text("21 April 2024, Sunday\nText.", published=date(2020, 1, 1))
    assert article.published == date(2020, 1, 1) and article.published_from == "option"
    assert article.dateline is not None  # still known, so its weekday is still checked


def test_markdown_front_matter_date_and_title(tmp_path):
    p = tmp_path / "a.md"
    p.write_text('---\ntitle: "Vote"\ndate: 2024-05-14\n---\n# Heading\n\nText `x` here.\n', encoding="utf-8")
    [article] = read_path(str(p))
    assert article.published == date(2024, 5, 14)
    assert article.title == "Vote"
    assert len(article.text) == len(p.read_text(encoding="utf-8"))  # offsets are the file's


def test_markdown_code_blocks_and_link_targets_are_not_prose(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("Text [a](http://x/2013).\n\n```\nFriday, 16 June 2023\n```\n", encoding="utf-8")
    [article] = read_path(str(p))
    assert "2013" not in article.text and "June" not in article.text


@pytest.mark.parametrize("text", [
    "Intro.\n\n    indented code 2013\n",  # four spaces
    "Intro.\n\n\tindented code 2013\n",  # a tab
    "> quoted\n>\n>     indented code 2013\n",  # in a block quote
    "- item\n\n      indented code 2013\n",  # in a list item
    "Intro.\n\n~~~\nfenced 2013\n~~~\n",
    "Intro.\n\n<!-- a comment 2013 -->\n",
    "> <!--\n> a comment 2013\n> -->\n",  # in a block quote
    "Intro.\r\r<!-- a comment 2013 -->\r",  # old Mac line endings
])
def test_every_kind_of_block_is_still_blanked(text):
    """The code blocks and comments markdown-it finds are blanked whatever holds them (the
    shortcut for texts that cannot hold a block never skips one)."""
    assert "2013" not in prose(text)


_MARKDOWN_PIECES = ["word", " ", "  ", "\n", "\r\n", "\r", "\t", ">", "-", "*", "+", "1.", "2)", "#", "`", "~",
                    "<", "div>", "<!--", "-->", "<p>", "    "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=30).map("".join))
def test_a_text_markdown_it_is_not_asked_about_holds_no_block(text):
    """``prose`` asks markdown-it for blocks only when a text may hold one; whenever it does
    not ask, markdown-it would have found none."""
    blocks = [t.type for t in parse(text) if t.type in ("fence", "code_block", "html_block")]
    assert blocks == [] or may_hold_block(text)


def test_markdown_without_blocks_never_imports_markdown_it(tmp_path):
    """Most news in Markdown holds no code or HTML block: reading it costs no markdown-it
    import (a fresh interpreter, so the other tests' imports do not count)."""
    plain, blocky = tmp_path / "a.md", tmp_path / "b.md"
    plain.write_text("# Prices rose\n\nPrices rose 3% in <b>May</b>, the ministry said.\n", encoding="utf-8")
    blocky.write_text("Prices rose.\n\n```\ncode\n```\n", encoding="utf-8")
    probe = ("import sys; from claims.read import read_path; "
             "[a] = read_path(sys.argv[1]); print('markdown_it' in sys.modules, end=' '); "
             "[b] = read_path(sys.argv[2]); print('markdown_it' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(plain), str(blocky)], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    assert out.split() == ["False", "True"]


def test_html_date_title_and_offsets_map_back_to_the_file(tmp_path):
    html = ('<html><head><title>T &amp; U</title>\n<meta property="article:published_time" '
            'content="2024-03-03T10:00:00Z"></head>\n<body><p>Tom &amp; Jerry met\r\non Friday.</p>'
            '<script>var d = "2019";</script></body></html>')
    p = tmp_path / "a.html"
    p.write_bytes(html.encode("utf-8"))
    [article] = read_path(str(p))
    assert article.published == date(2024, 3, 3)
    assert article.title == "T & U"
    assert "2019" not in article.text
    at = article.text.index("Friday")
    line, col = article.locate(at)
    source_lines = html.replace("\r\n", "\n").split("\n")
    assert source_lines[line - 1][col - 1:col + 5] == "Friday"


@pytest.mark.parametrize("mark", ['"', "“"])
def test_an_html_paragraph_that_opens_with_a_quotation_mark_maps_to_its_own_line(tmp_path, mark):
    html = ('<html><head><meta property="article:published_time" content="2024-03-03T10:00:00Z"></head>\n'
            f'<body><p>Tom met the mayor on Friday.</p>\n<p>{mark}We stay,{mark} he said.</p></body></html>')
    p = tmp_path / "a.html"
    p.write_bytes(html.encode("utf-8"))
    [article] = read_path(str(p))
    assert article.locate(article.text.index("We stay") - 1) == (3, 4)


def test_html_time_element_gives_the_date(tmp_path):
    p = tmp_path / "a.html"
    p.write_text('<article><time datetime="2023-06-16">16 June</time><p>Text.</p></article>', encoding="utf-8")
    [article] = read_path(str(p))
    assert article.published == date(2023, 6, 16) and article.published_from == "time-element"


def test_jsonl_records_and_bad_lines():
    data = (b'{"id": "a", "published": "2024-04-21", "title": "T", "text": "Body."}\n'
            b'\n'
            b'not json\n'
            b'{"id": "b", "published": "yesterday", "text": "x"}\n'
            b'{"id": 7, "text": "No date."}\n')
    items = list(read_jsonl(data, "c.jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "ReadError", "Article"]
    assert items[0].source == "c.jsonl#a" and items[0].published == date(2024, 4, 21)
    assert items[1].source == "c.jsonl:3"
    assert items[3].id == "7" and items[3].published is None


@pytest.mark.parametrize("data, expected", [
    ("héllo".encode(), "héllo"),
    (b"\xef\xbb\xbfh\xc3\xa9llo", "héllo"),
    ("héllo".encode("utf-16"), "héllo"),
])
def test_decoding_removes_byte_order_marks(data, expected):
    assert decode(data)[0] == expected


def test_undecodable_bytes_fall_back_with_a_note():
    text, notes = decode(b"caf\xe9")
    assert text == "café" and "Windows-1252" in notes[0]


def test_binary_data_is_refused():
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x89PNG\x00\x00")


def test_missing_file_is_a_read_error(tmp_path):
    [err] = read_path(str(tmp_path / "nope.txt"))
    assert isinstance(err, ReadError) and "no such file" in err.message


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_and_column_survive_every_line_ending(newline):
    text = newline.join(["one", "two", "\tthree Friday"])
    article = article_from_text(text)
    line, col = article.locate(text.index("Friday"))
    assert (line, col) == (3, 8)


# -- headlines are part of the article --------------------------------------------------------


def test_a_json_lines_title_is_the_first_line_of_the_checked_text():
    from claims.read.jsonl import read_jsonl

    [article] = read_jsonl(b'{"id": "r1", "published": "1987-03-02", "title": "ACME CUTS 45 JOBS", '
                           b'"text": "Acme said on Monday it would cut 54 jobs."}\n', "c.jsonl")
    assert article.text == "ACME CUTS 45 JOBS\n\nAcme said on Monday it would cut 54 jobs."
    assert article.locate(article.text.index("45")) == (1, 11)
    assert article.locate(article.text.index("Acme said")) == (3, 1)


def test_a_json_lines_title_the_text_already_opens_with_is_not_repeated():
    from claims.read.jsonl import read_jsonl

    [article] = read_jsonl(b'{"id": "r1", "title": "Cuts", "text": "Cuts\\n\\nAcme cut jobs."}\n', "c.jsonl")
    assert article.text == "Cuts\n\nAcme cut jobs."


def test_a_markdown_front_matter_title_is_read_where_it_is_written():
    from claims.read import article_from_text

    text = '---\ntitle: "Strike set for Thursday, Oct. 3"\ndate: 2025-09-29\n---\n\nDockers will strike.\n'
    article = article_from_text(text, source="a.md", fmt="markdown")
    at = article.text.index("Thursday")
    assert text[at:at + 8] == "Thursday" and article.locate(at) == (2, 24)
    assert "date:" not in article.text


def test_a_markdown_front_matter_title_repeated_as_a_heading_is_read_once():
    from claims.read import article_from_text

    text = "---\ntitle: Strike set\n---\n\n# Strike set\n\nDockers will strike.\n"
    article = article_from_text(text, source="a.md", fmt="markdown")
    assert article.text.count("Strike set") == 1


def test_an_html_title_is_read_when_the_page_does_not_repeat_it_in_its_h1():
    from claims.read import article_from_text

    page = ("<html><head><title>Strike set for Thursday, Oct. 3</title></head>"
            "<body><h1>Dockers walk out</h1><p>Body.</p></body></html>")
    article = article_from_text(page, source="a.html", fmt="html")
    assert article.text.startswith("Strike set for Thursday, Oct. 3\n")
    same = page.replace("Dockers walk out", "Strike set for Thursday, Oct. 3")
    assert article_from_text(same, source="a.html", fmt="html").text.count("Thursday") == 1
    site = page.replace("<title>Strike set for Thursday, Oct. 3", "<title>Dockers walk out | The Gazette")
    assert "Gazette" not in article_from_text(site, source="a.html", fmt="html").text

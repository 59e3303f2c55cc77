"""Hostile and broken input, reader by reader (issue 6): every file ends in an article or a
one-line reason, never a traceback; nothing in a file makes factcheck read another file or the
network; offsets still point at the right line and column."""

from __future__ import annotations

import codecs
import json
import socket
import threading
import time
from datetime import date

import pytest

from checker.engine import check_article, check_item
from claims.document import MAX_DEPTH, read_article, validate
from claims.model import ClaimSet
from claims.read import ReadError, article_from_text, decode, display_name, read_path
from claims.read.jsonl import read_jsonl

WRONG_WEEKDAY = "21 April 2024, Monday"  # a Sunday: date.weekday-mismatch points at it


def read_one(path, **kw):
    [item] = list(read_path(str(path), **kw))
    return item


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def weekday_finding(article):
    result = check_article(article)
    [f] = [f for f in result.findings if f.rule == "date.weekday-mismatch"]
    return f


def where(article, offset):
    return article.locate(offset)


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_files_with_or_without_a_byte_order_mark_read_exactly(tmp_path, encoding):
    text = f"Café crème — {WRONG_WEEKDAY}, said 山田.\n"
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # Python's utf-16-le/be write no BOM: add it
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    article = read_one(write(tmp_path, "a.txt", data))
    assert article.text == text and article.notes == []
    f = weekday_finding(article)
    assert where(article, f.start) == (1, text.index("21") + 1)


def test_undecodable_bytes_are_read_as_windows_1252_and_the_report_says_so(tmp_path):
    article = read_one(write(tmp_path, "a.txt", b"Caf\xe9 \x93quoted\x94\n" + WRONG_WEEKDAY.encode()))
    assert article.text.startswith("Café “quoted”")
    notes = [f for f in check_article(article).findings if f.rule == "article.reading-note"]
    assert len(notes) == 1 and notes[0].severity.label == "info"
    assert "not valid UTF-8 (byte 3, line 1): read as Windows-1252" in notes[0].message


def test_html_that_is_not_utf8_is_read_in_the_encoding_it_declares(tmp_path):
    page = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>Москва</p></body></html>'
    article = read_one(write(tmp_path, "a.html", page.encode("cp1251")))
    assert article.title == "Новости" and "Москва" in article.text
    assert article.notes == []  # read as declared: nothing was guessed


def test_html_meta_http_equiv_and_xml_declaration_are_honoured(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head>'
            '<body><p>Łódź</p></body></html>')
    assert "Łódź" in read_one(write(tmp_path, "a.html", page.encode("iso-8859-2"))).text
    xhtml = '<?xml version="1.0" encoding="koi8-r"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Привет</p></body></html>'
    assert "Привет" in read_one(write(tmp_path, "b.xhtml", xhtml.encode("koi8-r"))).text


def test_a_declared_encoding_never_overrides_valid_utf8(tmp_path):
    # CMSes often declare Latin-1 over UTF-8 bytes; libxml2 used to believe the declaration
    page = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<html><head><meta charset="iso-8859-1"></head><body><p>Café — Zoë</p></body></html>'
    article = read_one(write(tmp_path, "a.xhtml", page.encode("utf-8")))
    assert "Café — Zoë" in article.text and article.notes == []


@pytest.mark.parametrize("label", ["utf-16", "utf-7", "unicode_escape", "rot13", "zlib", "no-such-codec"])
def test_a_declared_encoding_that_cannot_be_right_is_not_believed(tmp_path, label):
    page = f'<html><head><meta charset="{label}"></head><body><p>Caf\xe9 +AGQ- \\x41</p></body></html>'
    article = read_one(write(tmp_path, "a.html", page.encode("latin-1")))
    assert "Café +AGQ- \\x41" in article.text
    assert "read as Windows-1252" in article.notes[0]


def test_utf16_without_a_byte_order_mark_is_refused_by_name(tmp_path):
    item = read_one(write(tmp_path, "a.txt", "Plain text in UTF-16.".encode("utf-16-le")))
    assert isinstance(item, ReadError) and "UTF-16 without a byte order mark" in item.message


def test_a_byte_order_mark_on_invalid_data_is_refused():
    with pytest.raises(ValueError, match="not valid UTF-16 despite its byte order mark"):
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8")


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.4\n\x00\x01", b"PK\x03\x04\x00\x00",
                                  b"text with a NUL\x00 inside", codecs.BOM_UTF8 + b"x\x00y",
                                  "NUL after a BOM\x00".encode("utf-16")])
def test_binary_files_are_refused_not_parsed(tmp_path, data):
    for name in ("a.txt", "a.md", "a.html", "a.json"):
        item = read_one(write(tmp_path, name, data))
        assert isinstance(item, ReadError) and "binary data" in item.message


def test_control_characters_and_lone_surrogates_are_replaced_one_for_one():
    text = "Red \x1b[31malert\x1b[0m \x9b2J on \ud800 " + WRONG_WEEKDAY
    article = article_from_text(text)
    assert len(article.text) == len(text)
    assert "\x1b" not in article.text and "\x9b" not in article.text and "\ud800" not in article.text
    assert article.text.count("\ufffd") == 4
    assert "4 control characters or unpaired surrogates replaced" in article.notes[0]
    f = weekday_finding(article)
    assert article.text[f.start:f.end] == "21 April 2024, Monday"


def test_tabs_form_feeds_and_line_breaks_are_kept():
    text = "a\tb\x0cc\x0bd\r\ne"
    assert article_from_text(text).text == text


# -- line endings -------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("fmt, name", [("text", "a.txt"), ("markdown", "a.md"), ("html", "a.html")])
def test_line_and_column_survive_every_line_ending_and_tabs(tmp_path, newline, fmt, name):
    lines = ["Headline", "", "Tabs\tinside\tthe line, " + WRONG_WEEKDAY + ".", "The end."]
    if fmt == "html":
        lines = ["<html><body>", "<h1>Headline</h1>", "<p>", "\tTabs\tbefore and inside, " + WRONG_WEEKDAY + ".</p>",
                 "</body></html>"]
    source = newline.join(lines)
    article = read_one(write(tmp_path, name, source))
    f = weekday_finding(article)
    line_no = next(i for i, ln in enumerate(lines, 1) if "21 April" in ln)
    assert where(article, f.start) == (line_no, lines[line_no - 1].index("21 April") + 1)
    assert where(article, f.end) == (line_no, lines[line_no - 1].index("Monday") + len("Monday") + 1)


def test_markdown_code_after_a_form_feed_or_line_separator_is_still_blanked():
    text = "Intro\x0cstill intro\u2028same line for markdown-it\n\n```\nFriday, 16 June 2023\n```\n\nEnd.\n"
    article = article_from_text(text, fmt="markdown")
    assert "June" not in article.text and "End." in article.text and len(article.text) == len(text)


# -- HTML: no file, no network, no expansion ----------------------------------------------------

SECRET = "TOP-SECRET-7b3f"


@pytest.fixture
def secret_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(SECRET, encoding="utf-8")
    return p


def xxe_pages(secret_file, url):
    uri = secret_file.as_uri()
    return {
        "external entity": f'<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]>\n<html><body><p>On Friday &e; said.</p></body></html>',
        "xhtml external entity": (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html [<!ENTITY e SYSTEM "{uri}">]>\n'
                                  '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>&e;</title></head>'
                                  '<body><p>On Friday &e; said.</p></body></html>'),
        "parameter entity": (f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY % p SYSTEM "{uri}"> %p; '
                             f'<!ENTITY % r SYSTEM "{url}/r.dtd"> %r;]>\n<html><body><p>Text.</p></body></html>'),
        "external DTD": f'<!DOCTYPE html SYSTEM "{url}/x.dtd">\n<html><body><p>Text.</p></body></html>',
        "xinclude": (f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><xi:include href="{uri}" parse="text"/>'
                     f'<xi:include href="{url}/inc" parse="text"/><p>Text.</p></body></html>'),
        "network entity": f'<!DOCTYPE html [<!ENTITY n SYSTEM "{url}/n">]>\n<html><body><p>&n; Text.</p></body></html>',
        "resources": (f'<html><head><link rel="stylesheet" href="{url}/s.css"><script src="{url}/s.js"></script></head>'
                      f'<body><img src="{url}/i.png"><iframe src="{uri}"></iframe><p>Text.</p></body></html>'),
    }


@pytest.fixture
def listener():
    """A local TCP server that counts connections: factcheck must never make one."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.1)
    hits = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            hits.append(1)
            conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.getsockname()[1]}", hits
    stop.set()
    t.join()
    srv.close()


@pytest.mark.parametrize("case", ["external entity", "xhtml external entity", "parameter entity", "external DTD",
                                  "xinclude", "network entity", "resources"])
def test_html_never_reads_a_local_file_or_the_network(tmp_path, secret_file, listener, capsys, case):
    from checker.cli import main

    url, hits = listener
    page = xxe_pages(secret_file, url)[case]
    for name in ("a.html", "a.xhtml"):
        p = write(tmp_path, name, page)
        article = read_one(p)
        assert SECRET not in article.text and SECRET not in (article.title or "")
        for argv in (["check", str(p)], ["check", "--format", "json", str(p)], ["extract", str(p)]):
            main(argv)
            out, err = capsys.readouterr()
            assert SECRET not in out + err
    time.sleep(0.05)
    assert hits == []


def test_an_internal_subset_does_not_leak_into_the_text_and_offsets_still_map(tmp_path):
    page = '<!DOCTYPE html [\n<!ENTITY e "x>y">\n]>\n<html><body>\n<p>Vote on ' + WRONG_WEEKDAY + '.</p></body></html>'
    article = read_one(write(tmp_path, "a.html", page))
    assert "]>" not in article.text and "ENTITY" not in article.text
    f = weekday_finding(article)
    assert where(article, f.start) == (5, len("<p>Vote on ") + 1)


def test_billion_laughs_is_not_expanded(tmp_path):
    ents = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 12))
    page = f'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY l0 "lol">{ents}]>\n<html><body><p>&l11;</p></body></html>'
    t0 = time.perf_counter()
    article = read_one(write(tmp_path, "a.html", page))
    assert time.perf_counter() - t0 < 2
    assert len(article.text) < 100 and "lollol" not in article.text


def test_malformed_markup_still_yields_its_text(tmp_path):
    page = '<html><body><p>Unclosed <b>bold <i>' + WRONG_WEEKDAY + ' </p></div></span><<>><p>After & stray &amp; <![CDATA[x'
    article = read_one(write(tmp_path, "a.html", page))
    assert "21 April 2024, Monday" in article.text and "After & stray &" in article.text
    assert weekday_finding(article)


@pytest.mark.parametrize("page", ["", "   \n  ", "<!-- only a comment -->", "<html></html>", "<?php ?>", "\ufeff"])
def test_html_without_text_is_an_empty_article(tmp_path, page):
    item = read_one(write(tmp_path, "a.html", page))
    assert item.text.strip() == ""


def test_deep_nesting_is_read_and_beyond_the_parser_limit_is_noted(tmp_path):
    deep = "<div>" * 1500 + WRONG_WEEKDAY + "</div>" * 1500
    article = read_one(write(tmp_path, "a.html", deep))
    assert WRONG_WEEKDAY in article.text and article.notes == []
    deeper = "<p>Before.</p>" + "<div>" * 100_000 + "Lost." + "</div>" * 100_000
    article = read_one(write(tmp_path, "b.html", deeper))
    assert "Before." in article.text and "Lost." not in article.text
    assert "the HTML parser stopped at line 1 (Excessive depth" in article.notes[0]


def test_a_text_node_over_libxml2s_10mb_limit_is_read_whole(tmp_path):
    page = "<p>" + "word " * 2_200_000 + WRONG_WEEKDAY + "</p>"
    article = read_one(write(tmp_path, "a.html", page))
    assert article.text.rstrip().endswith(WRONG_WEEKDAY)


# -- size limit ---------------------------------------------------------------------------------


def test_inputs_over_the_size_limit_are_refused_with_the_numbers(tmp_path):
    p = write(tmp_path, "a.txt", "x" * 1001)
    item = read_one(p, max_bytes=1000)
    assert isinstance(item, ReadError) and "1,001 bytes is larger than the limit of 1,000 (see --max-bytes)" in item.message
    assert not isinstance(read_one(p, max_bytes=1001), ReadError)


def test_json_lines_limit_each_record_and_go_on(tmp_path):
    big = json.dumps({"id": "big", "text": "x" * 5000})
    data = "\n".join([json.dumps({"id": "a", "text": "A."}), big, json.dumps({"id": "b", "text": "B."})])
    items = list(read_path(str(write(tmp_path, "c.jsonl", data)), max_bytes=1000))
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article"]
    assert items[1].source.endswith("c.jsonl:2") and "record larger than the limit of 1,000 bytes" in items[1].message
    assert items[2].id == "b"


# -- JSON Lines ---------------------------------------------------------------------------------


@pytest.mark.parametrize("line, reason", [
    ("[" * 100_000, "nested 100000 levels deep"),
    ('{"text": ' + "[" * 60 + "]" * 60 + "}", 'a record needs a "text" string'),
    ('{"text": "x", "id": ' + "9" * 5000 + "}", "not a JSON object"),
    ("\xff\xfe", "not a JSON object"),
    ("null", 'a record needs a "text" string'),
    ('{"text": 5}', 'a record needs a "text" string'),
    ('{"text": "x", "published": "2024-02-30"}', '"published" is not a publication date'),
    ('{"text": "x", "published": "0001-01-01T00:00:00Z"}', '"published" is not a publication date'),
])
def test_bad_json_lines_records_are_errors_and_the_next_record_is_read(line, reason):
    data = line.encode("latin-1") + b"\n" + b'{"id": "ok", "text": "Fine."}\n'
    first, second = read_jsonl(data, "c.jsonl")
    assert isinstance(first, ReadError) and reason in first.message
    assert second.id == "ok"


def test_json_lines_strings_are_cleaned_like_text():
    [article] = read_jsonl(b'{"id": "a\\u001b[2J", "title": "\\ud800", "text": "x\\u0000y \\udfff"}\n', "c.jsonl")
    assert article.text == "x\ufffdy \ufffd" and article.id == "a\ufffd[2J" and article.title == "\ufffd"
    assert "2 control characters" in article.notes[0]


def test_json_lines_with_cr_line_endings():
    items = list(read_jsonl(b'{"id": "a", "text": "A."}\r{"id": "b", "text": "B."}\r\n', "c.jsonl"))
    assert [i.id for i in items] == ["a", "b"]


# -- claims documents ---------------------------------------------------------------------------


def claims_doc(**article):
    doc = {"version": 1, "article": {"id": "a", "source": "a.txt", "published": "2024-04-21",
                                     "text": "On " + WRONG_WEEKDAY + "."},
           "claims": [{"id": "t1", "kind": "time", "text": WRONG_WEEKDAY,
                       "span": {"start": 3, "end": 24, "line": 1, "column": 4},
                       "timex": {"type": "DATE", "value": "2024-04-21", "resolution": "absolute",
                                 "earliest": "2024-04-21", "latest": "2024-04-21", "weekday": 0}}]}
    doc["article"].update(article)
    return doc


def test_a_valid_claims_document_is_checked():
    item = read_article(json.dumps(claims_doc()), "d.json")
    assert isinstance(item, ClaimSet)
    assert [f.rule for f in check_article(item).findings] == ["date.weekday-mismatch"]


@pytest.mark.parametrize("text, reason", [
    ("[" * 100_000, f"nested 100000 levels deep, more than the limit of {MAX_DEPTH}"),
    ('{"a": ' * 65 + "1" + "}" * 65, "nested 65 levels deep"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": NaN'), "NaN is not a JSON number"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": Infinity'), "Infinity is not a JSON number"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": -Infinity'), "-Infinity is not a JSON number"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": 3, "start": 4'), "duplicate key 'start'"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": ' + "9" * 5000), "not JSON"),
    (json.dumps(claims_doc()).replace('"start": 3', '"start": "3"'), "/claims/0/span/start"),
    (json.dumps(claims_doc()).replace('"claims": [', '"claims": [1, "x", null, '), "is not of type 'object'"),
    (json.dumps(claims_doc(published="2024-02-30")), "/article/published: '2024-02-30' is not a date on the calendar"),
    (json.dumps(claims_doc(published="0000-01-01")), "is not a date on the calendar"),
    (json.dumps(claims_doc(published="0001-01-01")), "is not a publication date (YYYY-MM-DD, years 1000 to 2999)"),
    (json.dumps(claims_doc(text="short")), "/claims/0/span/end: 24 is past the end of the text (5)"),
    ('{"version": 1, "tool": {}, "articles": [], "summary": {}}', "a factcheck report, not a claims document"),
    ("", "not JSON"),
    ("\ufeff{}", "not JSON"),
    ("null", "not a valid claims document"),
])
def test_bad_claims_documents_are_refused_with_the_reason(text, reason):
    item = read_article(text, "d.json")
    assert isinstance(item, ReadError) and reason in item.message, item


def test_a_document_without_its_text_may_not_have_absurd_spans():
    doc = claims_doc()
    del doc["article"]["text"]
    doc["claims"][0]["span"].update(start=10**30, end=10**30 + 5)
    item = read_article(json.dumps(doc), "d.json")
    assert isinstance(item, ReadError) and "a 31-digit number is larger than any article" in item.message


def test_a_huge_array_of_bad_claims_is_reported_quickly_and_briefly():
    text = json.dumps(claims_doc())[:-2] + "," + ",".join(["1"] * 500_000) + "]}"
    t0 = time.perf_counter()
    item = read_article(text, "d.json")
    assert time.perf_counter() - t0 < 5
    assert isinstance(item, ReadError) and "(and 100 more)" in item.message and len(str(item)) < 400


def test_every_string_of_a_document_is_cleaned():
    doc = claims_doc(id="a\ud800", title="\x1b]0;pwned\x07")
    doc["claims"][0]["attrs"] = {"note\ud800": ["\x00", {"k": "\x9b"}]}
    item = read_article(json.dumps(doc), "d.json")
    assert item.article.id == "a\ufffd" and item.article.title == "\ufffd]0;pwned\ufffd"
    assert item.claims[0].attrs == {"note\ufffd": ["\ufffd", {"k": "\ufffd"}]}


@pytest.mark.parametrize("apposition", [[], 5, "t9", {"id": "t1"}])
def test_an_apposition_must_name_a_claim(apposition):
    doc = claims_doc()
    doc["claims"][0]["attrs"] = {"apposition": apposition}
    item = read_article(json.dumps(doc), "d.json")
    assert isinstance(item, ReadError) and "/claims/0/attrs/apposition" in item.message


def test_odd_attrs_that_the_schema_allows_are_checked():
    from checker.config import Config

    doc = claims_doc()
    doc["claims"][0]["attrs"] = {"x": [[[]]], "unit": 5, "value": None, "age": "yes"}
    result = check_item((read_article(json.dumps(doc), "d.json"), Config()))
    assert result.error is None and [f.rule for f in result.findings] == ["date.weekday-mismatch"]


def test_a_bug_in_a_rule_costs_one_article_not_the_run(monkeypatch):
    import dataclasses

    from checker import rules
    from checker.config import Config

    def broken(claims):
        raise ZeroDivisionError("a bug")

    rule = rules.get("date.weekday-mismatch")
    monkeypatch.setitem(rules._REGISTRY, rule.id, dataclasses.replace(rule, check=broken))
    result = check_item((article_from_text(WRONG_WEEKDAY), Config()))
    assert result.error == "internal error while checking: ZeroDivisionError: a bug"


def test_produced_documents_validate_even_without_text():
    from claims.document import to_document

    doc = claims_doc()
    del doc["article"]["text"]
    item = read_article(json.dumps(doc), "d.json")
    assert validate(to_document(item)) == []


# -- file names ---------------------------------------------------------------------------------


def test_undecodable_and_control_characters_in_file_names_are_shown_safely(tmp_path):
    import os

    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9\x1b[2J\n.txt"
    with open(raw, "wb") as fh:
        fh.write(WRONG_WEEKDAY.encode())
    path = os.fsdecode(raw)
    item = read_one(path)
    assert item.source == str(tmp_path) + "/caf\ufffd\ufffd[2J\ufffd.txt"
    item.source.encode("utf-8")  # writable by every report writer
    assert display_name("-") == "<stdin>"


@pytest.mark.parametrize("value", ["2023-02-29", "0001-01-01T00:00:00Z", "9999-12-31"])
def test_publication_dates_that_do_not_exist_or_are_placeholders_are_not_used(value):
    article = article_from_text(f"---\ndate: {value}\n---\nLast month.\n", fmt="markdown")
    assert article.published is None and "is not a publication date" in article.notes[0]
    assert article_from_text("Text", published=date(2024, 2, 29)).published == date(2024, 2, 29)

"""``factcheck serve`` speaks LanguageTool's HTTP API (/v2/check, /v2/languages), so that
LanguageTool's clients show factcheck's findings unchanged: the same findings, at the same
offsets, as ``factcheck check`` on the same text. Offsets count UTF-16 code units, as
LanguageTool (Java) and its clients do; annotated text's markup is counted, never checked."""

from __future__ import annotations

import json

import pytest
from serve_server import DRAFT, SLIP, module_server

from checker.cli import main
from checker.serve import languagetool as lt


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from module_server(tmp_path_factory)


EMOJI_DRAFT = DRAFT.replace("The operator said", "The operator 🚆🚄 said")


# -- the mapping, without HTTP -------------------------------------------------------------------


@pytest.mark.parametrize("text, offset, expected", [
    ("abc", 2, 2),
    ("🚆bc", 1, 2),      # one emoji before: two UTF-16 units
    ("🚆é🚄x", 3, 5),    # é is one unit, each emoji two
    ("🚆é🚄x", 2, 3),    # up to the second emoji, not past it
])
def test_utf16_offsets_count_astral_characters_twice(text, offset, expected):
    assert lt.Utf16(text)(offset) == expected
    assert len(text[:offset].encode("utf-16-le")) // 2 == expected


def test_annotated_text_is_checked_without_its_markup_and_mapped_back_with_it():
    data = json.dumps({"annotation": [
        {"markup": "<p>"}, {"text": "On "}, {"markup": "<b>"}, {"text": "Saturday"}, {"markup": "</b>"},
        {"text": ", 10 March"}, {"markup": "<br/>", "interpretAs": "\n"}, {"text": "2024."}]})
    a = lt.Annotated(lt.parse_annotated(data))
    assert a.checked == "On Saturday, 10 March\n2024."
    assert a.original == "<p>On <b>Saturday</b>, 10 March<br/>2024."
    start, end = a.checked.index("Saturday"), a.checked.index("2024") + 4
    o_start, o_end = a.to_original(start), a.to_original(end, end=True)
    assert a.original[o_start:o_end] == "Saturday</b>, 10 March<br/>2024"


@pytest.mark.parametrize("data, reason", [
    ("{", "not JSON"),
    ("[" * 100_000, "nested too deeply"),
    ('{"annotation": "x"}', "expected"),
    ('{"annotation": [{"text": 1}]}', "annotation 0"),
    ('{"annotation": [{"text": "a", "markup": "<b>"}]}', "annotation 0"),
])
def test_malformed_annotated_text_is_refused_with_the_reason(data, reason):
    with pytest.raises(lt.RequestError, match=reason):
        lt.parse_annotated(data)


# -- over HTTP, with LanguageTool's own Python client ------------------------------------------------


@pytest.fixture
def client(server, monkeypatch):
    """language_tool_python pointed at the server; it must never fetch LanguageTool itself."""
    language_tool_python = pytest.importorskip("language_tool_python")
    from language_tool_python import download_lt

    def no_download(*args, **kwargs):
        raise AssertionError("language_tool_python tried to download LanguageTool")

    monkeypatch.setattr(download_lt.LocalLanguageTool, "download", no_download)
    tool = language_tool_python.LanguageTool("en-US", remote_server=server.url)
    assert tool.is_remote
    yield tool
    tool.close()


def cli_findings(tmp_path, capsys, text: str) -> list[tuple[str, int, int, str | None]]:
    """(rule, line, column, fix) of each finding ``factcheck check`` reports on ``text``."""
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    main(["check", str(path), "--format", "json", "--fail-on", "never", "--no-config"])
    report = json.loads(capsys.readouterr().out)
    return [(f["rule"], f["line"], f["column"], f["fix"]) for f in report["articles"][0]["findings"]]


def line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("text", [DRAFT, EMOJI_DRAFT], ids=["ascii", "emoji-before-the-finding"])
def test_language_tool_python_gets_the_command_lines_findings_at_the_same_places(client, text, tmp_path, capsys):
    matches = client.check(text)
    got = [(m.rule_id, *line_column(text, m.offset), m.replacements[0] if m.replacements else None)
           for m in matches]
    assert got == cli_findings(tmp_path, capsys, text)
    slip = next(m for m in matches if m.rule_id == "date.weekday-mismatch")
    assert text[slip.offset:slip.offset + slip.error_length] == SLIP
    assert slip.replacements == ["Sunday, 10 March 2024"]
    assert slip.category == "FACTCHECK_DATE"


def test_language_tool_python_applies_the_fix(client):
    from language_tool_python.utils import correct

    fixed = correct(DRAFT, [m for m in client.check(DRAFT) if m.rule_id == "date.weekday-mismatch"])
    assert "Sunday, 10 March 2024" in fixed and SLIP not in fixed
    assert not [m for m in client.check(fixed) if m.rule_id == "date.weekday-mismatch"]


def test_a_longer_article_agrees_with_the_command_line(client, seed_text, tmp_path, capsys):
    dateline, rest = seed_text.split("\n\n", 1)
    head, tail = rest.split("\n\n", 1)
    text = f"{dateline}\n\n📰 {head}\n\nThe 🇲🇱 ministry wrote on {SLIP}.\n\n" + tail.replace(" the ", " the 🇲🇱 ", 3)
    got = [(m.rule_id, *line_column(text, m.offset), m.replacements[0] if m.replacements else None)
           for m in client.check(text)]
    assert got == cli_findings(tmp_path, capsys, text)
    assert ('date.weekday-mismatch', 5, 26, 'Sunday, 10 March 2024') in got  # after 2 astral characters


# -- over HTTP, as raw requests ----------------------------------------------------------------------


def post(server, **fields):
    import httpx

    return httpx.post(server.url + "/v2/check", data=fields, timeout=30)


def test_the_answer_has_languagetools_shape(server):
    body = post(server, text=DRAFT, language="en-GB").json()
    assert body["software"]["name"] == "factcheck"
    assert body["language"]["code"] == "en-GB"
    m = next(m for m in body["matches"] if m["rule"]["id"] == "date.weekday-mismatch")
    assert set(m) >= {"message", "shortMessage", "offset", "length", "replacements", "context", "sentence", "rule"}
    assert set(m["rule"]) >= {"id", "description", "issueType", "category"}
    assert set(m["rule"]["category"]) == {"id", "name"}
    ctx = m["context"]
    assert ctx["text"][ctx["offset"]:ctx["offset"] + ctx["length"]] == SLIP
    assert SLIP in m["sentence"]


def test_markup_in_annotated_text_never_shifts_the_offsets(server):
    """A rich-text client sends each paragraph as <p> markup read as a paragraph break."""
    annotation = []
    for para in DRAFT.strip().split("\n\n"):
        before, slip, after = para.partition(SLIP)
        annotation += [{"markup": '<p class="body">'}, {"text": before}]
        if slip:
            annotation += [{"markup": "<em data-x='a long attribute'>"}, {"text": slip}, {"markup": "</em>"},
                           {"text": after}]
        annotation.append({"markup": "</p>", "interpretAs": "\n\n"})
    original = "".join(a.get("text", a.get("markup")) for a in annotation)
    body = post(server, data=json.dumps({"annotation": annotation}), language="en-US").json()
    m = next(m for m in body["matches"] if m["rule"]["id"] == "date.weekday-mismatch")
    assert original[m["offset"]:m["offset"] + m["length"]] == SLIP
    assert m["offset"] > DRAFT.index(SLIP) + 40  # the markup before it was counted


def test_the_date_comes_from_the_text_else_the_published_field_else_today(server):
    yearless = "The office opened on Saturday, 9 March.\n"  # a Saturday in 2024, a Sunday in 2025
    findings = lambda **f: [m["rule"]["id"] for m in post(server, text=yearless, language="en-US", **f).json()["matches"]]  # noqa: E731
    assert "date.weekday-mismatch" not in findings(published="2024-03-20")
    assert "date.weekday-mismatch" in findings(published="2025-03-20")
    dated = "Wednesday, 20 March 2024\n\n" + yearless  # the draft's own date wins over the field
    assert not [m for m in post(server, text=dated, language="en", published="2025-03-20").json()["matches"]
                if m["rule"]["id"] == "date.weekday-mismatch"]
    no_date = post(server, text=yearless, language="en-US").json()["matches"]
    assert "article.no-published-date" not in [m["rule"]["id"] for m in no_date]  # today is used


def test_disabled_rules_are_not_run(server):
    ids = [m["rule"]["id"] for m in post(server, text=DRAFT, language="en-US",
                                         disabledRules="date.weekday-mismatch,SOME_LT_RULE").json()["matches"]]
    assert "date.weekday-mismatch" not in ids


def test_a_get_request_with_a_query_string_is_answered_too(server):
    import httpx

    r = httpx.get(server.url + "/v2/check", params={"text": DRAFT, "language": "auto"}, timeout=30)
    assert any(m["rule"]["id"] == "date.weekday-mismatch" for m in r.json()["matches"])


@pytest.mark.parametrize("fields, status, reason", [
    ({"language": "en-US"}, 400, "Missing 'text' or 'data'"),
    ({"text": "x"}, 400, "Missing 'language'"),
    ({"text": "x", "language": "de-DE"}, 400, "English only"),
    ({"data": "{", "language": "en-US"}, 400, "not JSON"),
    ({"text": "x", "language": "en-US", "published": "0001-01-01"}, 400, "not a date"),
])
def test_a_bad_request_is_refused_with_a_one_line_reason(server, fields, status, reason):
    r = post(server, **fields)
    assert r.status_code == status
    assert reason in r.text and r.text.count("\n") == 1


def test_languages_are_listed_in_languagetools_shape(server):
    import httpx

    langs = httpx.get(server.url + "/v2/languages", timeout=10).json()
    assert {"name": "English (US)", "code": "en", "longCode": "en-US"} in langs

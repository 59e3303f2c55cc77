"""The language server's parts that need no editor: how a draft is checked (settings, its
date), positions in the editor's units, hover text; and ``factcheck lsp`` without pygls."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from checker.findings import Severity
from checker.lsp.drafts import MAX_CHARS, Settings, check_draft, document_format

ROOT = Path(__file__).resolve().parent.parent
MALI = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")


# -- settings ------------------------------------------------------------------------------------


def test_settings_are_read_under_a_factcheck_key_or_at_the_top_level():
    nested, _ = Settings.parse({"factcheck": {"select": ["date.*"], "severity": {"name.variant": "error"}}})
    flat, _ = Settings.parse({"select": "date.*", "severity": {"name.variant": "error"}})
    assert nested == flat == Settings(select=("date.*",), severity={"name.variant": Severity.ERROR})


@pytest.mark.parametrize("raw, given", [({"factcheck": {}}, True), ({"ignore": []}, True), ({"editor": {}}, False),
                                        ({}, False), (None, False)])
def test_settings_of_other_tools_or_none_are_not_factcheck_settings(raw, given):
    assert Settings.given(raw) is given


@pytest.mark.parametrize("raw, problem", [
    ({"select": ["date.nope"]}, "factcheck.select: no rule matches 'date.nope'"),
    ({"ignore": 3}, "factcheck.ignore must be a list of rule ids or globs"),
    ({"severity": {"date.weekday-mismatch": "fatal"}}, "factcheck.severity: unknown severity 'fatal'"),
    ({"severity": {"date.nope": "info"}}, "factcheck.severity: no rule named 'date.nope'"),
    ({"published": "21/04/2024"}, "factcheck.published must be a date YYYY-MM-DD"),
    ({"published": "0001-01-01"}, "factcheck.published must be a date YYYY-MM-DD"),
    ("select everything", "factcheck settings must be an object"),
])
def test_a_wrong_setting_is_a_sentence_and_is_left_out(raw, problem):
    settings, problems = Settings.parse(raw)
    assert settings == Settings() and len(problems) == 1 and problems[0].startswith(problem)


def test_settings_override_the_config_file_and_an_empty_list_clears_it(tmp_path):
    (tmp_path / ".factcheck.toml").write_text('ignore = ["date.*"]\nseverity = {"name.variant" = "info"}\n')
    draft = "21 April 2024\n\nThe council met on Monday, 21 April 2024.\n"
    as_configured = check_draft(draft, source="d.txt", fmt="text", path=str(tmp_path / "d.txt"))
    assert as_configured.findings == []
    settings, _ = Settings.parse({"ignore": [], "severity": {"date.weekday-mismatch": "info"}})
    overridden = check_draft(draft, source="d.txt", fmt="text", path=str(tmp_path / "d.txt"), settings=settings)
    assert [(f.rule, f.severity) for f in overridden.findings] == [("date.weekday-mismatch", Severity.INFO)]


# -- the date a draft is checked against --------------------------------------------------------


@pytest.mark.parametrize("config, settings, expected, said", [
    (None, {}, date(2026, 1, 5), "today's date"),
    (None, {"published": "2024-04-21"}, date(2024, 4, 21), "the factcheck.published setting"),
    ('published = "2023-03-01"\n', {"published": "2024-04-21"}, date(2023, 3, 1),
     "the configuration file's published date"),
])
def test_a_draft_without_a_date_is_checked_as_of_config_then_setting_then_today(tmp_path, config, settings,
                                                                                expected, said):
    if config:
        (tmp_path / ".factcheck.toml").write_text(config)
    result = check_draft("The vote was on Friday.\n", source="d.txt", fmt="text", path=str(tmp_path / "d.txt"),
                         settings=Settings.parse(settings)[0], today=date(2026, 1, 5))
    assert result.article.published == expected
    [note] = result.findings
    assert note.rule == "article.no-published-date" and note.severity == Severity.INFO
    assert note.message.endswith(f"({said})") and (note.start, note.end) == (0, len("The vote was on Friday."))


def test_a_date_written_in_the_draft_is_used_and_needs_no_note():
    result = check_draft(MALI, source="m.txt", fmt="text", today=date(2030, 1, 1))
    assert result.article.published == date(2024, 4, 21) and result.article.published_from == "dateline"
    assert "article.no-published-date" not in [f.rule for f in result.findings]


def test_a_document_too_long_for_typing_speed_is_not_checked_and_says_why():
    result = check_draft("a" * (MAX_CHARS + 1), source="big.txt", fmt="text")
    assert result.error.startswith(f"not checked: {MAX_CHARS + 1:,} characters is more than the editor limit")


@pytest.mark.parametrize("path, language, fmt", [
    ("/d/a.txt", "plaintext", "text"), ("/d/a.md", "plaintext", "markdown"), ("/d/a.htm", "html", "html"),
    ("/d/a.py", "plaintext", None), ("/d/a.jsonl", "json", None), (None, "markdown", "markdown"),
    (None, "python", None),
])
def test_which_documents_are_checked(path, language, fmt):
    assert document_format(path, language) == fmt


# -- positions, hover -------------------------------------------------------------------------


lsprotocol = pytest.importorskip("lsprotocol", reason="needs the lsp extra: pip install '.[lsp]'")


# "🗞️" is U+1F5DE U+FE0F: two code points, three UTF-16 code units, seven UTF-8 bytes
@pytest.mark.parametrize("encoding, column", [("utf-16", 7), ("utf-8", 15), ("utf-32", 5)])
def test_columns_count_in_the_units_the_client_chose(encoding, column):
    from pygls.workspace.position_codec import PositionCodec

    from checker.lsp.protocol import Positions

    text = "line one\r\n🗞️🗞️ Monday\rlast\n"
    positions = Positions(text, PositionCodec(encoding))
    monday = text.index("Monday")
    assert positions.position(monday) == lsprotocol.types.Position(1, column)
    assert positions.offset(lsprotocol.types.Position(1, column)) == monday
    assert positions.position(text.index("last")) == lsprotocol.types.Position(2, 0)  # a lone CR ends a line too
    assert positions.offset(lsprotocol.types.Position(99, 0)) == len(text)


def hover_at(text: str, words: str) -> str:
    from checker.lsp.protocol import hover_markdown, time_claim_at

    result = check_draft(text, source="m.txt", fmt="text")
    claim = time_claim_at(result.claims, text.index(words) + 1)
    return hover_markdown(claim, result.claims)


def test_hover_says_how_each_kind_of_time_expression_was_placed():
    assert hover_at(MALI, "Friday").endswith(
        "counted from the publication date, 21 April 2024 (from the dateline), in the past tense")
    assert hover_at(MALI, "2013") == "**“2013”** = 2013  \nwritten out in full"
    assert hover_at(MALI, "the past ten years") == (
        "**“the past ten years”** = a duration of 10 years (`P10Y`), read as 9.5 years to 11 years  \n"
        "written out in full")
    assert hover_at(MALI, "February").endswith("read within “Earlier this year”, line 25")
    assert hover_at(MALI, "48 hours").startswith("**“48 hours”** = a duration of 48 hours (`PT48H`), read as 47.5 "
                                                 "hours to 49 hours")
    assert hover_at("21 April 2024\n\nThe talks lasted 30 minutes.", "30 minutes").startswith(
        "**“30 minutes”** = a duration of 30 minutes (`PT30M`)")


# -- packaging -----------------------------------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_without_pygls_factcheck_lsp_names_the_extra_and_exits_2():
    proc = run_python("import sys; sys.modules['pygls'] = None\n"
                      "from checker.cli import main; sys.exit(main(['lsp']))")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr == ("factcheck: error: the language server needs the 'lsp' extra (pygls is not installed): "
                           "pip install 'article-factcheck[lsp]'\n")


def test_factcheck_check_never_imports_the_language_server():
    proc = run_python("import sys; from checker.cli import main; main(['check', 'examples/mali-minusma.txt'])\n"
                      "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs') "
                      "or m.startswith('checker.lsp')))")
    assert proc.stdout.splitlines()[-1] == "[]"


# -- the checking process ------------------------------------------------------------------------


def test_a_check_past_the_time_limit_is_an_error_and_the_next_check_still_works():
    from checker.lsp.worker import CheckProcess

    worker = CheckProcess(time_limit=0.5)
    try:
        slow = worker.check("later later 1 2 3, 2024 " * 6000, source="slow.txt", fmt="text")
        assert slow.error == "not checked: took longer than the editor's limit of 0.5 s (use 'factcheck check' on the file)"
        worker.time_limit = 60
        fine = worker.check(MALI.replace("Sunday", "Monday", 1), source="m.txt", fmt="text")
        assert fine.error is None and "date.weekday-mismatch" in [f.rule for f in fine.findings]
    finally:
        worker.close()


def test_a_checking_process_that_dies_costs_one_check():
    import signal
    import threading

    from checker.lsp.worker import CheckProcess

    worker = CheckProcess(time_limit=120)
    try:
        worker.start()
        threading.Timer(1.0, os.kill, (worker.pid, signal.SIGKILL)).start()  # the OOM killer, mid-check
        died = worker.check("later later 1 2 3, 2024 " * 6000, source="slow.txt", fmt="text")
        assert died.error == "not checked: the checking process died (exit code -9)"
        assert worker.check(MALI, source="m.txt", fmt="text").error is None  # a new child checks the next one
    finally:
        worker.close()


# -- quick fixes ---------------------------------------------------------------------------------


def fixes(text: str, fmt: str) -> list[str]:
    """The text after each quick fix of a draft is applied."""
    from pygls.workspace.position_codec import PositionCodec

    from checker.lsp.protocol import Positions, fix_edit

    result = check_draft(text, source="d", fmt=fmt)
    positions = Positions(text, PositionCodec())
    out = []
    for f in result.findings:
        if (edit := fix_edit(f, result.article, positions)) is not None:
            a, b = positions.offset(edit.range.start), positions.offset(edit.range.end)
            out.append(text[:a] + edit.new_text + text[b:])
    return out


def test_a_quick_fix_in_html_edits_the_markup_where_the_words_are():
    page = "<html><body><p>21 April 2024</p>\n<p>The <b>council</b> met on Monday, 21 April 2024.</p></body></html>"
    assert fixes(page, "html") == [page.replace("Monday, 21 April", "Sunday, 21 April")]


def test_no_quick_fix_where_the_words_cross_markup():
    page = "<html><body><p>21 April 2024</p>\n<p>The council met on <b>Monday</b>, 21 April 2024.</p></body></html>"
    assert check_draft(page, source="d", fmt="html").findings[0].fix == "Sunday, 21 April 2024"
    assert fixes(page, "html") == []  # replacing the span would delete the </b>


def test_a_quick_fix_names_the_document_version_where_the_client_takes_versioned_edits():
    from lsprotocol import types

    from checker.lsp.protocol import code_action

    edit = types.TextEdit(types.Range(types.Position(0, 0), types.Position(0, 6)), "Sunday")
    finding = check_draft("21 April 2024\n\nOn Monday, 21 April 2024.", source="d", fmt="text").findings[0]
    diagnostic = types.Diagnostic(edit.range, finding.message)
    versioned = code_action(finding, edit, "file:///d.txt", 7, diagnostic)
    assert versioned.edit.document_changes[0].text_document.version == 7 and versioned.edit.changes is None
    plain = code_action(finding, edit, "file:///d.txt", 7, diagnostic, versioned=False)
    assert plain.edit.changes == {"file:///d.txt": [edit]} and plain.edit.document_changes is None

"""The language server end to end: ``factcheck lsp`` started as an editor starts it, a child
process spoken to over stdio by a real LSP client (pygls's, announcing what an editor such as
VS Code announces), and what an editor user would see: diagnostics, quick fixes, hovers."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra: pip install '.[lsp]'")
from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

#: A draft with a planted weekday slip on line 5 (21 April 2024 is a Sunday), and a fix for it.
DRAFT = ("21 April 2024\n"
         "\n"
         "Council agrees budget\n"
         "\n"
         "The council met on Monday, 21 April 2024, and a 2020 coup was followed by another nine months later.\n")
SLIP = "Monday, 21 April 2024"

#: What the client supports, as an editor announces it: related information and rule links in
#: diagnostics, quick fixes, Markdown hovers, columns in UTF-16 code units.
EDITOR = types.ClientCapabilities(
    general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
    text_document=types.TextDocumentClientCapabilities(
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
            related_information=True, version_support=True, code_description_support=True),
        code_action=types.CodeActionClientCapabilities(code_action_literal_support=types.ClientCodeActionLiteralOptions(
            types.ClientCodeActionKindOptions([types.CodeActionKind.QuickFix]))),
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText])),
    workspace=types.WorkspaceClientCapabilities(workspace_edit=types.WorkspaceEditClientCapabilities(
        document_changes=True)))


class Editor(LanguageClient):
    """pygls's LSP client, keeping what an editor would show: the latest diagnostics of each
    document and the messages shown to the user."""

    def __init__(self):
        super().__init__("factcheck-tests", "1")
        self.diagnostics: dict[str, list[types.Diagnostic]] = {}
        self.messages: list[types.ShowMessageParams] = []
        self.started = False

        @self.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(ls, params: types.PublishDiagnosticsParams):
            self.diagnostics[params.uri] = list(params.diagnostics)

        @self.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(ls, params: types.ShowMessageParams):
            self.messages.append(params)


def with_editor(test):
    """Run ``async def test(client, tmp_path)`` as a plain test, with ``client`` an editor
    connected to a fresh ``factcheck lsp`` (its rule documentation cached in tmp_path)."""

    def run(tmp_path):
        async def session():
            editor = Editor()
            env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "cache"))
            await editor.start_io(sys.executable, "-m", "checker", "lsp", env=env)
            try:
                await test(editor, tmp_path)
            finally:
                if editor.started:
                    await asyncio.wait_for(editor.shutdown_async(None), 30)
                    editor.exit(None)
                await editor.stop()

        asyncio.run(session())

    run.__name__, run.__doc__ = test.__name__, test.__doc__
    return run


async def start(client, folder: Path, options=None):
    await client.initialize_async(types.InitializeParams(capabilities=EDITOR, root_uri=folder.as_uri(),
                                                         initialization_options=options, process_id=os.getpid()))
    client.initialized(types.InitializedParams())
    client.started = True


def open_document(client, path: Path, text: str, language: str = "plaintext", version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, language, version, text)))
    return uri


def change_document(client, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(version, uri), [types.TextDocumentContentChangeWholeDocument(text)]))


async def diagnostics_until(client, uri: str, condition, timeout: float = 30.0) -> list[types.Diagnostic]:
    """The document's diagnostics, once the server has published some that meet ``condition``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        found = client.diagnostics.get(uri)
        if found is not None and condition(found):
            return found
        await asyncio.sleep(0.02)
    raise AssertionError(f"no diagnostics meeting the condition within {timeout} s; last: {client.diagnostics.get(uri)}")


def rules_of(diagnostics) -> list[str]:
    return [d.code for d in diagnostics]


def at(text: str, words: str, occurrence: int = 0) -> types.Range:
    """The range of ``words`` in a one-byte-per-character text (line, character: 0-based)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    def pos(offset):
        line = text.count("\n", 0, offset)
        return types.Position(line, offset - (text.rfind("\n", 0, offset) + 1))
    return types.Range(pos(start), pos(start + len(words)))


def apply(text: str, edit: types.TextEdit) -> str:
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[:edit.range.start.line]) + edit.range.start.character
    end = sum(len(line) + 1 for line in lines[:edit.range.end.line]) + edit.range.end.character
    return text[:start] + edit.new_text + text[end:]


# -- diagnostics, quick fix, hover --------------------------------------------------------------


@with_editor
async def test_a_weekday_slip_is_a_diagnostic_and_its_quick_fix_makes_it_go_away(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    [slip] = await diagnostics_until(client, uri, lambda ds: "date.weekday-mismatch" in rules_of(ds))

    assert slip.range == at(DRAFT, SLIP)  # the weekday and the date it contradicts
    assert slip.severity == types.DiagnosticSeverity.Error and slip.source == "factcheck"
    assert slip.message.startswith("21 April 2024 is a Sunday, not a Monday")
    assert slip.code_description.href.startswith("file://")
    doc = Path(slip.code_description.href.removeprefix("file://"))
    assert doc.read_text(encoding="utf-8").startswith("date.weekday-mismatch (error):")  # = factcheck explain

    actions = await client.text_document_code_action_async(types.CodeActionParams(
        types.TextDocumentIdentifier(uri), slip.range, types.CodeActionContext([slip])))
    [fix] = actions
    assert fix.kind == types.CodeActionKind.QuickFix and list(fix.diagnostics) == [slip]
    [change] = fix.edit.document_changes
    assert change.text_document.uri == uri and change.text_document.version == 1
    [edit] = change.edits
    fixed = apply(DRAFT, edit)
    assert "Sunday, 21 April 2024" in fixed and fixed.count("\n") == DRAFT.count("\n")

    change_document(client, uri, fixed, version=2)
    assert await diagnostics_until(client, uri, lambda ds: "date.weekday-mismatch" not in rules_of(ds)) == []


@with_editor
async def test_the_other_side_of_a_conflict_is_related_information(client, tmp_path):
    text = ("21 April 2024\n\nMali\n\nThe mission has been in operation for the past ten years.\n\n"
            "Set up in 2020, the mission was meant to stabilize Mali.\n")
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "mali.txt", text)
    [conflict] = await diagnostics_until(client, uri, lambda ds: "date.duration-conflict" in rules_of(ds))
    assert conflict.range == at(text, "the past ten years")
    [other] = conflict.related_information
    assert other.location.uri == uri and other.location.range == at(text, "2020")
    assert other.message


@with_editor
async def test_hover_on_a_time_expression_says_what_it_resolved_to_and_why(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    await diagnostics_until(client, uri, lambda ds: True)
    where = at(DRAFT, "nine months later")
    inside = types.Position(where.start.line, where.start.character + 5)
    hover = await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri), inside))
    assert hover.range == where
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value == ("**“nine months later”** = 1 October 2020 to 30 September 2021  \n"
                                    "9 months after “2020” (the coup), line 5")

    elsewhere = types.Position(2, 3)  # the headline: no time expression there
    assert await client.text_document_hover_async(types.HoverParams(types.TextDocumentIdentifier(uri),
                                                                    elsewhere)) is None


# -- the publication date of a draft ------------------------------------------------------------


@with_editor
async def test_a_draft_without_a_date_is_checked_as_of_today_and_says_so_at_line_1(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "undated.md", "The vote was on Friday.\n", language="markdown")
    [note] = await diagnostics_until(client, uri, lambda ds: bool(ds))
    assert note.code == "article.no-published-date" and note.severity == types.DiagnosticSeverity.Information
    assert note.range.start == types.Position(0, 0)
    assert "(today's date)" in note.message


@with_editor
async def test_the_published_setting_dates_a_draft_and_the_diagnostic_names_it(client, tmp_path):
    await start(client, tmp_path, {"factcheck": {"published": "2024-04-21"}})
    text = "The vote was on Tuesday, 16 April. Earlier this year in May, the council met.\n"
    uri = open_document(client, tmp_path / "undated.txt", text)
    found = await diagnostics_until(client, uri, lambda ds: "date.relative-conflict" in rules_of(ds))
    [note] = [d for d in found if d.code == "article.no-published-date"]
    assert "checked as of 21 April 2024 (the factcheck.published setting)" in note.message


@with_editor
async def test_a_date_in_the_document_wins_and_needs_no_note(client, tmp_path):
    await start(client, tmp_path, {"factcheck": {"published": "2030-01-01"}})
    uri = open_document(client, tmp_path / "dated.txt", DRAFT.replace("Monday", "Sunday"))
    await asyncio.sleep(0.5)
    assert await diagnostics_until(client, uri, lambda ds: True) == []


# -- configuration: files and workspace settings ------------------------------------------------


@with_editor
async def test_the_nearest_config_file_applies_and_workspace_settings_override_it(client, tmp_path):
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / ".factcheck.toml").write_text('ignore = ["date.weekday-mismatch"]\n', encoding="utf-8")
    text = DRAFT + "\nEarlier this year in December, the ministry spoke.\n"
    await start(client, tmp_path)
    uri = open_document(client, desk / "draft.txt", text)
    assert rules_of(await diagnostics_until(client, uri, lambda ds: bool(ds))) == ["date.relative-conflict"]

    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        {"factcheck": {"ignore": [], "severity": {"date.weekday-mismatch": "warning"}}}))
    found = await diagnostics_until(client, uri, lambda ds: "date.weekday-mismatch" in rules_of(ds))
    assert {d.code: d.severity for d in found} == {"date.weekday-mismatch": types.DiagnosticSeverity.Warning,
                                                   "date.relative-conflict": types.DiagnosticSeverity.Error}

    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(
        {"factcheck": {"select": ["date.relative-*"]}}))  # ignore is the file's again
    assert rules_of(await diagnostics_until(client, uri, lambda ds: len(ds) == 1)) == ["date.relative-conflict"]


@with_editor
async def test_saving_a_config_file_in_the_editor_checks_the_open_drafts_again(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    await diagnostics_until(client, uri, lambda ds: "date.weekday-mismatch" in rules_of(ds))
    config = tmp_path / ".factcheck.toml"
    config.write_text('ignore = ["date.weekday-mismatch"]\n', encoding="utf-8")
    open_document(client, config, config.read_text(), language="toml")
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(config.as_uri())))
    assert await diagnostics_until(client, uri, lambda ds: not ds) == []


@with_editor
async def test_settings_that_are_not_factcheck_s_leave_factcheck_s_alone(client, tmp_path):
    await start(client, tmp_path, {"factcheck": {"ignore": ["date.weekday-mismatch"]}})
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams({"editor": {"tabSize": 2}}))
    uri = open_document(client, tmp_path / "draft.txt", DRAFT + "\nEarlier this year in December, it rained.\n")
    assert rules_of(await diagnostics_until(client, uri, lambda ds: bool(ds))) == ["date.relative-conflict"]


@with_editor
async def test_a_broken_config_file_is_an_error_at_line_1_and_the_draft_is_still_checked(client, tmp_path):
    (tmp_path / ".factcheck.toml").write_text('ignore = "date.*"\n', encoding="utf-8")
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    found = await diagnostics_until(client, uri, lambda ds: len(ds) == 2)
    assert found[0].message.startswith(f"configuration: {tmp_path / '.factcheck.toml'}: ignore")
    assert found[0].range.start == types.Position(0, 0) and found[1].code == "date.weekday-mismatch"


@with_editor
async def test_a_wrong_setting_is_shown_to_the_user_and_the_others_still_apply(client, tmp_path):
    await start(client, tmp_path, {"factcheck": {"ignore": ["date.weekday-mismatch", "date.nope"]}})
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    await asyncio.sleep(0.3)
    assert await diagnostics_until(client, uri, lambda ds: True) == []
    assert [m.message for m in client.messages] == [
        "factcheck: factcheck.ignore: no rule matches 'date.nope' (see 'factcheck rules')"]


# -- typing: debounced, the latest version wins --------------------------------------------------


@with_editor
async def test_a_burst_of_edits_ends_with_the_diagnostics_of_the_last_version(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    await diagnostics_until(client, uri, lambda ds: bool(ds))
    for version, day in enumerate(["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"], start=2):
        change_document(client, uri, DRAFT.replace("Monday", day), version)
    found = await diagnostics_until(client, uri, lambda ds: "Saturday" in ds[0].message if ds else False)
    await asyncio.sleep(0.5)  # nothing older arrives after it
    assert client.diagnostics[uri] == found and found[0].message.startswith(
        "21 April 2024 is a Sunday, not a Saturday")


@with_editor
async def test_closing_a_document_clears_its_diagnostics(client, tmp_path):
    await start(client, tmp_path)
    uri = open_document(client, tmp_path / "draft.txt", DRAFT)
    await diagnostics_until(client, uri, lambda ds: bool(ds))
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    assert await diagnostics_until(client, uri, lambda ds: not ds) == []


@with_editor
async def test_only_articles_are_checked(client, tmp_path):
    await start(client, tmp_path)
    code = open_document(client, tmp_path / "script.py", DRAFT, language="python")
    html = open_document(client, tmp_path / "page.html", f"<html><body><p>{DRAFT}</p></body></html>", language="html")
    await diagnostics_until(client, html, lambda ds: "date.weekday-mismatch" in rules_of(ds))
    assert code not in client.diagnostics


# -- hostile documents ---------------------------------------------------------------------------

HOSTILE = {
    "huge.txt": "On Monday, 21 April 2024. " * 50_000,
    "binaryish.txt": "".join(map(chr, range(0, 0x3000, 7))) * 20 + "\ud800\x00\x1b[2J",
    "nested.html": "<div>" * 100_000 + "Monday, 21 April 2024" + "</div>" * 100_000,
    "emoji.md": "---\ndate: 2024-04-21\n---\n🗞️🗞️ Monday, 21 April 2024 \u2028 was \r\n a day.\r",
    "broken-front-matter.md": "---\ndate: [[[[\n" + "{" * 5000 + "\n",
}


@with_editor
async def test_hostile_documents_never_crash_the_server(client, tmp_path):
    await start(client, tmp_path)
    uris = {name: open_document(client, tmp_path / name, text) for name, text in HOSTILE.items()}
    for uri in uris.values():
        await diagnostics_until(client, uri, lambda ds: True, timeout=60)
    assert "not checked" in client.diagnostics[uris["huge.txt"]][0].message
    [emoji] = [d for d in client.diagnostics[uris["emoji.md"]] if d.code == "date.weekday-mismatch"]
    # "🗞️" is U+1F5DE U+FE0F: three UTF-16 code units, as the editor counts columns
    assert emoji.range == types.Range(types.Position(3, 7), types.Position(3, 28))

    uri = open_document(client, tmp_path / "after.txt", DRAFT)  # and it still serves the next draft
    await diagnostics_until(client, uri, lambda ds: "date.weekday-mismatch" in rules_of(ds))

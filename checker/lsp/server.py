"""The language server: pygls wiring around ``drafts.check_draft`` and ``protocol``.

pygls because it is the language server framework of the Python world that is kept up with
the protocol (lsprotocol's types are generated from the LSP specification's metaModel, so every
message is typed and validated), speaks stdio and position encodings itself, and has a
client (``pygls.lsp.client``) that the tests drive the server with over real stdio; JSON-RPC
written by hand would re-implement all of that.

How a keystroke becomes diagnostics: each ``didChange`` (full text: a draft is small, and full
sync keeps the server's copy exact whatever line separators the text holds) cancels the
document's pending check and schedules a new one ``DEBOUNCE`` seconds later. The check runs in
a child process (``worker.py``), never on the event loop, so messages keep being read while it
runs, and no document can crash or hold the server; when it
finishes, its diagnostics are published only if the document is still at the version checked
(the latest version wins; a stale result is dropped).
"""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from checker import __version__, configfile
from checker.findings import ArticleResult
from checker.lsp import protocol
from checker.lsp.drafts import Settings, document_format
from checker.lsp.worker import CheckProcess

#: Seconds between the last keystroke and the check: long enough that typing a word does not
#: start a check per letter, short enough that, with a check of about 20 ms for 1,000 words,
#: diagnostics arrive within the 150 ms goal (benchmarks/lsp_latency.py).
DEBOUNCE = 0.05

log = logging.getLogger("factcheck.lsp")


@dataclass
class Checked:
    """The last check published for a document: what code actions and hover read."""

    version: int | None
    result: ArticleResult
    positions: protocol.Positions
    diagnostics: list[types.Diagnostic]


class FactcheckServer(LanguageServer):
    def __init__(self):
        super().__init__("factcheck", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.settings = Settings()
        self.docs = protocol.RuleDocs()
        self.checked: dict[str, Checked] = {}
        self._pending: dict[str, asyncio.Task] = {}
        # Checks run in a child process (worker.py: a time limit, and a crash there costs one
        # check); this one thread waits for it, so the event loop never does. One at a time: a
        # burst of edits costs at most the check already running plus the latest.
        self.worker = CheckProcess()
        self._checker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-check")

    # -- settings --------------------------------------------------------------------------------

    def use_settings(self, raw) -> None:
        self.settings, problems = Settings.parse(raw)
        for problem in problems:  # the editor shows these; the rest of the settings still apply
            self.window_show_message(types.ShowMessageParams(types.MessageType.Warning, f"factcheck: {problem}"))

    # -- checking --------------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float = DEBOUNCE) -> None:
        """Check the document after ``delay`` seconds, replacing any check still waiting."""
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        task = asyncio.get_running_loop().create_task(self._check_later(uri, delay))
        task.add_done_callback(_log_failure)
        self._pending[uri] = task

    async def _check_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        doc = self.workspace.text_documents.get(uri)
        path = to_fs_path(uri)  # None for an unsaved document ("untitled:...")
        fmt = document_format(path, doc.language_id) if doc is not None else None
        if fmt is None:
            return
        version, text, folder, settings = doc.version, doc.source, self.workspace.root_path, self.settings
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                self._checker, lambda: self.worker.check(text, source=path or uri, fmt=fmt, path=path, folder=folder,
                                                         settings=settings, today=date.today()))
        except RuntimeError:  # the thread is gone: the server is shutting down
            return
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return  # closed or edited meanwhile: a newer check is on its way
        positions = protocol.Positions(text, self.workspace.position_codec)
        diagnostics = protocol.diagnostics(result, uri, positions, self.docs)
        self.checked[uri] = Checked(version, result, positions, diagnostics)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, diagnostics, version))

    def forget(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self.checked.pop(uri, None)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri, []))

    def current(self, uri: str) -> Checked | None:
        """The last check of a document, if it is of the text the editor has now."""
        checked = self.checked.get(uri)
        doc = self.workspace.text_documents.get(uri)
        if checked is None or doc is None or doc.version != checked.version or checked.result.claims is None:
            return None
        return checked


def build() -> FactcheckServer:
    server = FactcheckServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: FactcheckServer, params: types.InitializeParams):
        ls.use_settings(params.initialization_options)
        ls._checker.submit(ls.worker.start)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactcheckServer, params: types.DidOpenTextDocumentParams):
        ls.schedule(params.text_document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactcheckServer, params: types.DidChangeTextDocumentParams):
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactcheckServer, params: types.DidSaveTextDocumentParams):
        uri = params.text_document.uri
        if uri.rsplit("/", 1)[-1] in configfile.NAMES:  # a configuration file edited in the editor
            for open_uri in list(ls.workspace.text_documents):
                ls.schedule(open_uri, delay=0)
        else:
            ls.schedule(uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactcheckServer, params: types.DidCloseTextDocumentParams):
        ls.forget(params.text_document.uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: FactcheckServer, params: types.DidChangeConfigurationParams):
        if not Settings.given(params.settings):
            return
        ls.use_settings(params.settings)
        for uri in list(ls.workspace.text_documents):
            ls.schedule(uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckServer, params: types.CodeActionParams):
        checked = ls.current(params.text_document.uri)
        if checked is None:
            return None
        article = checked.result.article
        actions = []
        for finding, diagnostic in zip(_findings(checked), checked.diagnostics):
            if not protocol.overlaps(diagnostic.range, params.range):
                continue
            edit = protocol.fix_edit(finding, article, checked.positions)
            if edit is not None:
                actions.append(protocol.code_action(finding, edit, params.text_document.uri, checked.version,
                                                    diagnostic, versioned=_takes_versioned_edits(ls)))
        return actions or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactcheckServer, params: types.HoverParams):
        checked = ls.current(params.text_document.uri)
        if checked is None:
            return None
        offset = checked.positions.offset(params.position)
        claim = protocol.time_claim_at(checked.result.claims, offset)
        if claim is None:
            return None
        span = protocol.source_span(checked.result.article, claim.start, claim.end)
        return types.Hover(types.MarkupContent(types.MarkupKind.Markdown,
                                               protocol.hover_markdown(claim, checked.result.claims)),
                           checked.positions.range(*span))

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: FactcheckServer, params):
        ls._checker.shutdown(wait=False, cancel_futures=True)
        ls.worker.close()

    return server


def _findings(checked: Checked):
    """The findings in the order their diagnostics were made (one each; none for an error)."""
    return checked.result.findings if checked.result.error is None else []


def _takes_versioned_edits(ls: FactcheckServer) -> bool:
    workspace = ls.client_capabilities.workspace
    return bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)


def _log_failure(task: asyncio.Task) -> None:
    """A bug of ours while checking is logged on standard error (the editor's server log); the
    server goes on with the next keystroke."""
    if not task.cancelled() and task.exception() is not None:
        log.error("checking failed", exc_info=task.exception())


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="factcheck lsp: %(levelname)s: %(message)s")
    server = build()
    try:
        server.start_io()
    finally:
        server.worker.close()
    return 0

"""The process that checks drafts for the language server, so that no document can take the
server down or hold it.

A document is checked in a child process, one at a time, with a time limit. Whatever a
document does there, the server process only ever sees an ``ArticleResult``: a check that runs
past ``TIME_LIMIT`` (text built to be slow), or a child that dies (out of memory, a crash in a C
library), becomes a result with an error, the child is replaced, and the next keystroke is
checked as usual. The child is started with "spawn", not "fork": the server has threads
(pygls reads stdin in one), and forking a process with threads can copy a held lock.
A check of a 1,000-word draft costs about 1 ms more this way (the text there, the result back).
"""

from __future__ import annotations

import multiprocessing
import threading

from checker.findings import ArticleResult

#: Seconds one check may take before it is abandoned and reported as not checked.
TIME_LIMIT = 10.0


class CheckProcess:
    """A child process running ``drafts.check_draft``. ``check`` blocks (call it off the event
    loop) and is safe to call from several threads: calls are served one at a time."""

    def __init__(self, time_limit: float = TIME_LIMIT):
        self.time_limit = time_limit
        self._ctx = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()
        self._process = self._conn = None

    def start(self) -> None:
        """Start the child now (it loads the rules and lexicons), so the first keystroke is quick."""
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        self._process = self._ctx.Process(target=_serve, args=(child,), name="factcheck-lsp-check", daemon=True)
        self._process.start()
        child.close()
        self._conn = parent

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
            self._conn.close()
        self._process = self._conn = None

    def check(self, text: str, **kwargs) -> ArticleResult:
        """``check_draft(text, **kwargs)`` in the child; an error result if it cannot finish."""
        source = kwargs.get("source", "<draft>")
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._start()
            try:
                self._conn.send((text, kwargs))
                if self._conn.poll(self.time_limit):
                    return self._conn.recv()
                why = f"took longer than the editor's limit of {self.time_limit:g} s (use 'factcheck check' on the file)"
            except (EOFError, OSError):
                self._process.join(5)
                why = f"the checking process died (exit code {self._process.exitcode})"
            self._stop()
            return ArticleResult(source, error=f"not checked: {why}")

    def close(self) -> None:
        """Stop the child now, without waiting for a check in progress (that check's caller gets
        an error result)."""
        process = self._process
        if process is not None:
            process.kill()


def _serve(conn) -> None:
    """The child: check each draft sent, until the pipe closes."""
    import signal
    import sys

    from checker.lsp.drafts import check_draft

    sys.stdout = sys.stderr  # the server's standard output is the LSP channel: nothing else may go there

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the editor's terminal is the server's to handle
    check_draft("21 April 2024\n\nOn Friday, nine months after the 2020 coup.", source="<warm-up>", fmt="text")
    while True:
        try:
            text, kwargs = conn.recv()
            result = check_draft(text, **kwargs)
            conn.send(result)
        except (EOFError, OSError):  # the server is gone
            return

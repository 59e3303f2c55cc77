"""Writing reports: whole or not at all.

A report file is written to a temporary file beside it and renamed into place only when the
run finishes, so an interrupted or failed run never leaves a partial report. Standard output
is written as results arrive.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import IO, Iterator

from checker.report import Options, Writer, writer_for


class OutputError(Exception):
    """A report file that cannot be written (the CLI turns it into exit 2)."""


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output for None or "-", else a temporary file renamed to ``path`` on success."""
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    import tempfile  # only when writing a file: keeps it off the start-up path

    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class ReportSet:
    """Several writers fed the same results: the main report and any extra report files."""

    def __init__(self, outputs: list[tuple[str, str | None]], options: Options):
        self._specs = outputs
        self._options = options
        self._stack = contextlib.ExitStack()
        self.writers: list[Writer] = []

    def __enter__(self) -> "ReportSet":
        try:
            for fmt, path in self._specs:
                stream = self._stack.enter_context(open_output(path))
                opts = self._options if path in (None, "-") else Options(color=False,
                                                                         tool_version=self._options.tool_version,
                                                                         extra=self._options.extra)
                writer = writer_for(fmt)(stream, opts)
                writer.start()
                self.writers.append(writer)
        except BaseException:
            self._stack.__exit__(*sys.exc_info())
            raise
        return self

    def add(self, result) -> None:
        for w in self.writers:
            w.add(result)

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            for w in self.writers:
                w.finish()
        return self._stack.__exit__(exc_type, exc, tb)

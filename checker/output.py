"""Writing reports: whole or not at all.

A report file is written to a temporary file beside it, flushed to disk and renamed into
place only when the run finishes, so an interrupted or failed run never leaves a partial
report (nor the temporary file). A symbolic link is written through, not replaced. A path that
is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is a stream and is written
directly: renaming over it would replace the device itself. Any failure to write (a missing
directory, no permission, a full disk, a directory in the way) is an OutputError naming the
file or standard output: exit 2 with a message. Standard output is written as results arrive.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from typing import IO

from checker.report import Options, Writer, writer_for

STDOUT = "standard output"


class OutputError(Exception):
    """A report that cannot be written (the CLI turns it into exit 2)."""


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output for None or "-", else a temporary file renamed to ``path`` on success."""
    if path in (None, "-"):
        out = _ReportFile(sys.stdout, STDOUT)
        yield out
        out.flush()
        return
    import tempfile  # only when writing a file: keeps it off the start-up path

    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"cannot write {path}: it is a directory")
    if st is not None and not stat.S_ISREG(st.st_mode) or _is_special(path):
        with _open_stream(path) as out:
            yield out
            out.flush()
        return
    target = os.path.realpath(path)  # through a symbolic link, so the link stays a link
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=os.path.dirname(target))
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n", errors="backslashreplace") as fh:
            yield _ReportFile(fh, path)
            _attempt(path, fh.flush)
            _attempt(path, os.fsync, fh.fileno())
        _attempt(path, os.chmod, tmp, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        _attempt(path, os.replace, tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _is_special(path: str) -> bool:
    return os.path.abspath(path).startswith(("/dev/", "/proc/"))


@contextlib.contextmanager
def _open_stream(path: str) -> Iterator[_ReportFile]:
    try:
        fh = open(path, "w", encoding="utf-8", newline="\n", errors="backslashreplace")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None
    try:
        yield _ReportFile(fh, path)
    finally:
        with contextlib.suppress(OSError):
            fh.close()


def _attempt(path: str, func, *args) -> None:
    try:
        func(*args)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from None


class _ReportFile:
    """A report stream as writers see it: a failed write (a full disk) is an OutputError naming
    the report, not an OSError from nowhere. A closed pipe stays a BrokenPipeError (the CLI
    stops quietly, as Unix tools do when the reader goes away)."""

    def __init__(self, fh: IO[str], path: str):
        self._fh, self._path = fh, path

    def write(self, s: str) -> int:
        try:
            return self._fh.write(s)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self._path}: {_reason(exc)}") from None

    def flush(self) -> None:
        try:
            self._fh.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self._path}: {_reason(exc)}") from None

    def __getattr__(self, name):
        return getattr(self._fh, name)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class ReportSet:
    """Several writers fed the same results: the main report and any extra report files."""

    def __init__(self, outputs: list[tuple[str, str | None]], options: Options):
        self._specs = outputs
        self._options = options
        self._stack = contextlib.ExitStack()
        self.writers: list[Writer] = []

    def __enter__(self) -> ReportSet:
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
            try:
                for w in self.writers:
                    w.finish()
            except BaseException:  # a report that cannot be finished: none is renamed into place
                if not self._stack.__exit__(*sys.exc_info()):
                    raise
                return False
        return self._stack.__exit__(exc_type, exc, tb)

"""Compiled regular expressions kept between runs, the way Python keeps compiled bytecode.

factcheck's modules compile about 500 regular expressions as they are imported (the
lexicons' word lists become alternations); Python's ``re`` parses and compiles every one of
them again in every process: about 80 ms of CPU, 40% of checking one article from a cold
start. ``install()`` puts a cache in front of ``re``'s compiler (``re._compiler.compile``): a
pattern compiled by one of our modules (claims/, checker/) as it is imported is stored with the
program ``re`` made of it (the opcodes its C engine runs: the arguments of ``_sre.compile``),
and the next process reads the program back instead of parsing the pattern again. A pattern
compiled after the imports (one built from an article's words), or by another library, is
compiled as before and never stored, so the file holds what our modules compile and does not
grow with the articles read. ``claims`` installs it as it is imported, before its modules
compile anything; the pytest plugin (checker/plugin.py) does not import ``claims`` until it
checks an article, so no other project's test run gets it.

Every match is the same: the program is the one ``re`` made, and it is stored only after the
pattern it rebuilds compared equal to ``re``'s own (``re.Pattern.__eq__`` compares the
pattern, its flags and its program). The file sits beside this package's bytecode (its
``__pycache__``, or under ``sys.pycache_prefix``), named for the interpreter that wrote it
(its cache tag and ``_sre.MAGIC``, which changes whenever the engine's opcodes do). It is not
written where bytecode is not (``PYTHONDONTWRITEBYTECODE``, a read-only install: then the
patterns are compiled as without it). Any surprise (another interpreter's ``re`` internals, a
damaged file) leaves ``re`` as it was.
"""

from __future__ import annotations

import atexit
import importlib.util
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:
    import _sre
    from re import _compiler
except ImportError:  # not CPython's re: nothing to cache
    _sre = _compiler = None

#: What the file may hold before it is rewritten with only what the last run used (the
#: modules compile about 500; older programs pile up only as the source changes).
MAX_ENTRIES = 4000
_FORMAT = 1
#: ``array`` typecode of one opcode: the engine's code unit (``_sre.CODESIZE`` bytes)
_CODE_UNIT = "I"

_table: dict = {}  # (pattern, flags) -> (flags, code as bytes, groups, groupindex, indexgroup)
_new: dict = {}  # what this process compiled while importing, to be written at exit
_used: set = set()  # the keys this process read from the file
_original = None
_path: Path | None = None


def cache_path() -> Path | None:
    """Where the programs are kept: beside this package's bytecode, named for the interpreter.
    None where this interpreter's ``re`` is not the one this module knows."""
    if _sre is None or sys.implementation.name != "cpython" or array(_CODE_UNIT).itemsize != _sre.CODESIZE:
        return None
    try:
        pyc = Path(importlib.util.cache_from_source(__file__))
    except (NotImplementedError, ValueError):
        return None
    return pyc.parent / f"regex.{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def install() -> None:
    """Read the file and put the cache in front of ``re``'s compiler (once a process)."""
    global _original, _path
    if _original is not None:
        return
    _path = cache_path()
    if _path is None or not hasattr(_compiler, "compile"):
        return
    _table.update(_read(_path))
    _original = _compiler.compile
    _compiler.compile = _compile
    atexit.register(save)


def _read(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
        if isinstance(data, dict) and data.get("format") == _FORMAT and data.get("magic") == _sre.MAGIC \
                and isinstance(data.get("table"), dict):
            return data["table"]
    except (OSError, ValueError, EOFError, TypeError):
        pass
    return {}


#: The files whose patterns are kept: the modules of factcheck's two packages.
_OURS = tuple(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), package, "")
              for package in ("claims", "checker"))


def _ours_importing() -> bool:
    """Whether the pattern is compiled by one of our modules as it is imported: the nearest
    module-level frame on the stack is a file of claims/ or checker/, run by importlib's
    loader. Not a pattern compiled while checking (the nearest module frame is the program's
    ``__main__`` or a caller's), nor one another library compiles in the same process."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_name != "<module>":
        f = f.f_back
    if f is None or not f.f_code.co_filename.startswith(_OURS):
        return False
    f = f.f_back
    while f is not None:
        if f.f_code.co_filename.startswith("<frozen importlib"):
            return True
        f = f.f_back
    return False


def _compile(p, flags=0):
    """``re._compiler.compile``, reading the program from the cache when it holds it."""
    if not isinstance(p, (str, bytes)):  # a parsed pattern, as re's own internals pass
        return _original(p, flags)
    key = (p, int(flags))
    hit = _table.get(key)
    if hit is not None:
        try:
            pattern = _sre.compile(p, hit[0], array(_CODE_UNIT, hit[1]).tolist(), hit[2], hit[3], hit[4])
        except Exception:  # a program this engine does not take: compile the pattern instead
            _table.pop(key, None)
        else:
            _used.add(key)
            return pattern
    pattern = _original(p, flags)
    if not flags & re.DEBUG and _ours_importing():
        _remember(key, pattern)
    return pattern


def _remember(key: tuple, pattern: re.Pattern) -> None:
    """Store the program of ``pattern`` when rebuilding it gives a pattern equal to it."""
    try:
        p, flags = key
        code = _compiler._code(_compiler._parser.parse(p, flags), flags)
        groupindex = dict(pattern.groupindex)
        indexgroup = [None] * (pattern.groups + 1)
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (int(pattern.flags), array(_CODE_UNIT, code).tobytes(), pattern.groups, groupindex,
                 tuple(indexgroup))
        if _sre.compile(p, entry[0], array(_CODE_UNIT, entry[1]).tolist(), *entry[2:]) == pattern:
            _new[key] = entry
    except Exception:  # whatever this interpreter's internals are: the pattern is not stored
        pass


def save() -> None:
    """Write what this process compiled while importing, beside what the file held (only
    what this run used, when that would pass MAX_ENTRIES), unless bytecode is not written."""
    if not _new or _path is None or sys.dont_write_bytecode:
        return
    table = {**_table, **_new}
    if len(table) > MAX_ENTRIES:
        table = {**{k: _table[k] for k in _used if k in _table}, **_new}
    tmp = _path.with_name(f"{_path.name}.{os.getpid()}.tmp")
    try:
        _path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps({"format": _FORMAT, "magic": _sre.MAGIC, "table": table}))
        os.replace(tmp, _path)
    except (OSError, ValueError):
        try:
            tmp.unlink()
        except OSError:
            pass
        return
    _table.update(_new)
    _new.clear()

"""Checking: an article in, an ArticleResult out; and the same over many inputs.

Checking one article is a pure function of (article, config): that is what makes ``--jobs N``
a plain ordered process pool, and lets a map engine run it over an archive.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from checker import rules as rule_registry
from checker.config import Config
from checker.findings import ArticleResult, Finding, Related
from claims.extract import extract, extractors
from claims.language.pieces import MAX_PIECE_CHARS, pieces
from claims.model import Article, ClaimSet
from claims.read import DEFAULT_MAX_BYTES, ReadError, expand_paths, read_path

NO_DATE_RULE = "article.no-published-date"
UNUSED_SUPPRESSION_RULE = "article.unused-suppression"
NO_TEXT_RULE = "article.no-text"


def check_claims(claimset: ClaimSet, config: Config | None = None) -> list[Finding]:
    """Run every enabled rule over one ClaimSet; findings get rule id and severity, sorted."""
    config = config or Config()
    findings, skipped, no_text = _rule_findings(claimset, config)
    return _conclude(claimset, findings, skipped, no_text, config)


def _rule_findings(claimset: ClaimSet, config: Config) -> tuple[list[Finding], list[str], list[str]]:
    """The findings of every enabled rule but the meta rules, with rule id and severity; and
    the rules skipped for want of a publication date, and for want of the text."""
    findings: list[Finding] = []
    skipped: list[str] = []
    no_text: list[str] = []
    has_text = claimset.article.has_text
    for rule in rule_registry.all_rules():
        if rule.meta or not config.enabled(rule.id):  # meta rules run below, with what the run found
            continue
        if rule.needs_facts and config.facts is None:
            continue
        if rule.needs_published and claimset.article.published is None:
            skipped.append(rule.id)
            continue
        if rule.needs_text and not has_text:
            no_text.append(rule.id)
            continue
        severity = config.severity_of(rule.id, rule.severity)
        found = rule.check(claimset, facts=_fact_base(config.facts)) if rule.needs_facts else rule.check(claimset)
        for f in found:
            f.rule = rule.id
            f.severity = severity if f.severity is None or rule.id in config.severity else min(f.severity, severity)
            findings.append(f)
    return findings, skipped, no_text


def _conclude(claimset: ClaimSet, findings: list[Finding], skipped: list[str], no_text: list[str],
              config: Config) -> list[Finding]:
    """The meta rules' findings added (once per article), the suppressed findings dropped,
    all in order."""
    for meta, names in ((NO_DATE_RULE, skipped), (NO_TEXT_RULE, no_text)):
        if names and config.enabled(meta):
            rule = rule_registry.get(meta)
            for f in rule.check(claimset, skipped=names):
                f.rule, f.severity = rule.id, config.severity_of(rule.id, rule.severity)
                findings.append(f)
    findings = _apply_suppressions(claimset, findings, config)
    findings.sort(key=lambda f: (f.start, f.end, f.rule, f.message))
    return findings


def _apply_suppressions(claimset: ClaimSet, findings: list[Finding], config: Config) -> list[Finding]:
    """Drop the findings an inline suppression reaches; report the suppressions that reach
    nothing (or name no rule) as info findings."""
    from fnmatch import fnmatch

    from checker import suppression

    marks = suppression.find(claimset.article)
    if not marks:
        return findings
    article = claimset.article
    kept = []
    for f in findings:
        line = article.locate(f.start)[0]
        hit = next(((s, p) for s in marks if (p := s.covers(f.rule, line))), None)
        if hit is None:
            kept.append(f)
        else:
            hit[0].used.add(hit[1])
    if not config.enabled(UNUSED_SUPPRESSION_RULE):
        return kept
    known = [r.id for r in rule_registry.all_rules()]
    unused, unknown = [], []
    for s in marks:
        offset = suppression.text_offset_of_line(article, s.line)
        for pattern in s.rules:
            if not any(fnmatch(rid, pattern) for rid in known):
                unknown.append((offset, pattern))
            elif pattern not in s.used and any(config.enabled(rid) for rid in known if fnmatch(rid, pattern)):
                unused.append((offset, pattern, s.first_line, s.last_line))
    rule = rule_registry.get(UNUSED_SUPPRESSION_RULE)
    for f in rule.check(claimset, unused=unused, unknown=unknown):
        f.rule, f.severity = rule.id, config.severity_of(rule.id, rule.severity)
        kept.append(f)
    return kept


def _fact_base(path: str):
    from checker.consistency.factbase import load

    return load(path)


def rules_run(config: Config | None, has_date: bool) -> list[str]:
    config = config or Config()
    return [r.id for r in rule_registry.all_rules()
            if config.enabled(r.id) and (has_date or not r.needs_published) and not r.meta
            and (config.facts is not None or not r.needs_facts)]



def check_article(item: Article | ClaimSet, config: Config | None = None) -> ArticleResult:
    """Extract (unless given a ClaimSet) and check one article.

    An article longer than the memory budget of claims/language/pieces.py is checked one piece
    at a time (``_check_in_pieces``); any other, which is every article of news length, is
    read whole, as one analysis."""
    t0 = time.perf_counter()
    if isinstance(item, Article) and len(item.text) > MAX_PIECE_CHARS:
        result = _check_in_pieces(item, config or Config())
    else:
        claimset = item if isinstance(item, ClaimSet) else extract(item)
        result = ArticleResult(claimset.article.source, claimset.article, claimset)
        result.findings = check_claims(claimset, config)
    result.rules_run = rules_run(config, result.article.published is not None)
    result.seconds = time.perf_counter() - t0
    return result


def _check_in_pieces(article: Article, config: Config) -> ArticleResult:
    """Check a long article one piece at a time (claims/language/pieces.py), so that memory is
    bounded by a piece, not by the article: each piece is analysed once, extracted and
    checked, and only its findings are kept, moved to the article's offsets. The pieces
    together cover the text once, so the work stays linear.

    What this gives up, on such texts only: a rule sees the claims of one piece at a time (a
    figure restated, or a date anchored, across a piece boundary is not compared), and the
    result holds no claims (the HTML report highlights none). The meta rules and inline
    suppressions run once, over the whole article."""
    findings: list[Finding] = []
    skipped: list[str] = []
    no_text: list[str] = []
    for start, end in pieces(article.text, MAX_PIECE_CHARS):
        found, skipped, no_text = _rule_findings(extract(article.piece(start, end)), config)
        for f in found:
            f.start, f.end = f.start + start, f.end + start
            f.related = [Related(r.start + start, r.end + start, r.message) for r in f.related]
        findings += found
    whole = ClaimSet(article, [])
    result = ArticleResult(article.source, article, whole)
    result.findings = _conclude(whole, findings, skipped, no_text, config)
    return result


def apply_published_policy(item: Article | ClaimSet, config: Config) -> None:
    """The configuration's ``published``: "none" ignores dates found in files (only
    --published counts); a YYYY-MM-DD is used where the file gives none."""
    article = item.article if isinstance(item, ClaimSet) else item
    policy = config.published_source
    if policy == "none" and article.published_from != "option":
        article.published, article.published_from = None, "none"
    elif policy not in ("file", "none") and article.published is None:
        article.published, article.published_from = date.fromisoformat(policy), "config"


class TimeLimit(BaseException):
    """Raised inside a check that ran past its time limit. A BaseException, so that no
    ``except Exception`` on the way swallows it; ``check_item`` turns it into an error result."""


@contextmanager
def time_limit(seconds: float | None):
    """Interrupt the body after ``seconds`` with TimeLimit (SIGALRM). Does nothing without a
    limit, off the main thread, or where the platform has no interval timer; the caller's
    own SIGALRM handler is restored afterwards."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    armed = [True]

    def on_alarm(signum, frame):
        if armed[0]:
            raise TimeLimit()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
        armed[0] = False
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_item(args) -> ArticleResult:
    """One ``(item, config[, seconds])`` checked, never raising: what each worker of ``--jobs``
    or of a Dask cluster runs per article."""
    return run_guarded(check_article, args, _error_result)



def _error_result(source: str, message: str) -> ArticleResult:
    return ArticleResult(source, error=message)


def run_guarded(work: Callable, args: tuple, failed: Callable[[str, str], object]):
    """``work(item, config)`` for one ``(item, config[, seconds])``, with the publication-date
    policy applied, within the time limit, and never raising: a read error, a time-out, a
    too-deep input or a bug of ours becomes ``failed(source, message)``, so that one input
    never costs the others their results. ``check`` runs ``check_article`` so; the archive's
    ``consistency`` its facts extraction."""
    item, config, seconds = args if len(args) == 3 else (*args, None)
    if isinstance(item, ReadError):
        return failed(item.source, item.message)
    if seconds:
        _warm()  # lazy one-time loading must not be cut off half-way by the time limit
    try:
        with time_limit(seconds):
            apply_published_policy(item, config)
            return work(item, config)
    except TimeLimit:
        return failed(_source_of(item), f"not checked: took longer than the limit of {seconds:g} s (see --timeout)")
    except RecursionError:
        return failed(_source_of(item), "too deeply nested to check")
    except Exception as exc:  # a bug of ours must not cost the other inputs their results
        message = str(exc).split("\n")[0][:200]
        return failed(_source_of(item), f"internal error while checking: {type(exc).__name__}: {message}")


def _warm() -> None:
    rule_registry.all_rules()
    extractors()


def _source_of(item) -> str:
    return item.article.source if isinstance(item, ClaimSet) else getattr(item, "source", "?")


def iter_inputs(paths: Iterable[str], *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin_format: str = "text") -> Iterator[Article | ClaimSet | ReadError]:
    """Every article (or read error) in the given paths, streamed in input order."""
    files, errors = expand_paths(list(paths))
    yield from errors
    for path in files:
        yield from read_path(path, published=published, max_bytes=max_bytes,
                             fmt=stdin_format if path == "-" else None)


def source_path(item) -> str:
    """The file an input came from (a corpus record's file, without its #id)."""
    if isinstance(item, ClaimSet):
        item = item.article
    return item.source.split("#", 1)[0]


def _with_config(items, config) -> Iterator[tuple]:
    """Pair each input with its configuration (one fixed, or looked up per file); a broken
    configuration file makes that input an error result, not the whole run."""
    from checker.configfile import ConfigError

    for item in items:
        if not callable(config):
            yield item, config
            continue
        try:
            yield item, config(source_path(item))
        except ConfigError as exc:
            yield ReadError(getattr(item, "source", None) or source_path(item), f"configuration: {exc}"), Config()
        except RecursionError:  # tomllib recurses: a configuration file can nest past any stack
            yield ReadError(getattr(item, "source", None) or source_path(item),
                            "configuration: a configuration file is nested too deeply to read"), Config()


def check_paths(paths: Iterable[str], config: Config | Callable[[str], Config] | None = None, *,
                published: date | None = None, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin_format: str = "text", timeout: float | None = None) -> Iterator[ArticleResult]:
    """Check every input, yielding results in input order. ``config`` is one Config or a
    function from a source path to its Config. With ``jobs`` > 1 the articles are checked by
    that many worker processes (``_Workers``) while reading stays streamed.

    ``timeout``: seconds one article may take to check before it becomes an error result
    (None: no limit)."""
    config = config or Config()
    items = ((item, cfg, timeout) for item, cfg in _with_config(
        iter_inputs(paths, published=published, max_bytes=max_bytes, stdin_format=stdin_format), config))
    yield from pool_map(check_item, items, jobs, _error_result)


def pool_map(work: Callable, items: Iterable, jobs: int, failed: Callable[[str, str], object]) -> Iterator:
    """``work(args)`` for each of ``items`` (``(item, config, seconds)`` tuples), in input
    order: in this process with ``jobs`` 1, else on that many worker processes (``_Workers``).
    ``work`` must be a module-level function that never raises (see ``run_guarded``);
    ``failed(source, message)`` stands for an item whose worker process died."""
    if jobs <= 1:
        yield from map(work, items)
        return
    with _Workers(jobs, work=work, failed=failed) as workers:
        yield from workers.map(items)


class _Workers:
    """A small ordered process pool, built for being interrupted and for losing a worker.

    multiprocessing.Pool shares one task queue and one result queue between its workers, each
    guarded by a lock: a worker that dies inside a queue operation (SIGTERM sent by a CI runner
    to the whole process group, the OOM killer) leaves a lock held or a message half-written,
    and the parent waits forever, in Pool.terminate() or for the lost result (seen here: one
    run in five hung on a group SIGTERM). Here each worker has its own pipe, so a worker can be
    killed at any moment without harming the others: its unfinished articles become error
    results (one article at most: the rest of its batch is checked again), a new worker takes
    its place, and on Ctrl-C or SIGTERM the parent kills them all.
    The parent has no helper threads, so signals always reach the thread that handles them,
    and it waits on the pipes with a timeout, so it never blocks in a call a signal cannot
    interrupt. Workers ignore SIGINT (the terminal sends Ctrl-C to the whole group: each would
    print a traceback) and keep the default action for SIGTERM.

    Articles go in batches of ``batch`` to an idle worker, one batch per worker at a time, so
    memory stays flat however long the input, and the parent never writes to a worker that
    may be writing back a large result (both would wait on full pipes)."""

    def __init__(self, jobs: int, batch: int = 16, work: Callable = check_item,
                 failed: Callable[[str, str], object] = _error_result):
        import multiprocessing

        self._ctx = multiprocessing.get_context("spawn" if _threads_unsafe() else "fork")
        self._jobs, self._batch = jobs, batch
        self._work, self._failed = work, failed
        self._workers: list[_Worker] = []

    def __enter__(self) -> _Workers:
        for _ in range(self._jobs):
            self._workers.append(self._start())
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        for w in self._workers:
            if exc_type is None:
                with _suppress_os():
                    w.conn.send(None)  # finished: leave quietly
            else:
                w.process.kill()  # interrupted: now
        for w in self._workers:
            w.process.join(5)
            if w.process.is_alive():
                w.process.kill()
                w.process.join()
            w.conn.close()

    def _start(self) -> _Worker:
        parent_end, child_end = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(child_end, self._work), daemon=True)
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def map(self, items) -> Iterator[ArticleResult]:
        from collections import deque
        from multiprocessing.connection import wait

        batches = _batches(items, self._batch)
        retry: deque = deque()  # (seq, [(slot, args)]): one article each, from a worker that died
        slots: dict[int, list] = {}  # batch number -> its results so far (None: not yet)
        next_out = 0
        exhausted = False
        while True:
            for w in self._workers:  # give every idle worker a batch
                if w.inflight:
                    continue
                if retry:
                    seq, unit = retry.popleft()
                elif not exhausted:
                    got = next(batches, None)
                    if got is None:
                        exhausted = True
                        continue
                    seq, batch = got
                    slots[seq] = [None] * len(batch)
                    unit = list(enumerate(batch))
                else:
                    continue
                w.inflight = (seq, unit)
                try:
                    w.conn.send((seq, [args for _, args in unit]))
                except OSError:  # it died: its pipe reports end of file below
                    pass
            while next_out in slots and None not in slots[next_out]:
                yield from slots.pop(next_out)
                next_out += 1
            busy = [w for w in self._workers if w.inflight]
            if not busy:
                if exhausted and not retry:
                    return
                continue
            for conn in wait([w.conn for w in busy], timeout=0.5):
                w = next(w for w in busy if w.conn is conn)
                seq, unit = w.inflight
                try:
                    _, results = conn.recv()
                except (EOFError, OSError):
                    self._replace(w, slots, retry)
                    continue
                w.inflight = None
                for (slot, _), result in zip(unit, results):
                    slots[seq][slot] = result

    def _replace(self, dead: _Worker, slots: dict, retry) -> None:
        """A worker died. The articles of its batch are checked again one by one, so that the
        one that killed it (if any did) is the only one lost: an error result saying so."""
        dead.process.join(5)
        code = dead.process.exitcode
        why = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        seq, unit = dead.inflight
        if len(unit) > 1:
            retry.extend((seq, [entry]) for entry in unit)
        else:
            [(slot, args)] = unit
            slots[seq][slot] = self._failed(_source_of(args[0]), f"not checked: the worker process checking it died "
                                                                  f"({why})")
        dead.conn.close()
        self._workers[self._workers.index(dead)] = self._start()


class _Worker:
    __slots__ = ("process", "conn", "inflight")

    def __init__(self, process, conn):
        self.process, self.conn = process, conn
        self.inflight: tuple[int, list] | None = None  # (batch number, [(slot, args)]) being checked


def _batches(items, size: int):
    batch: list = []
    seq = 0
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield seq, batch
            seq, batch = seq + 1, []
    if batch:
        yield seq, batch


def _worker_main(conn, work: Callable = check_item) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent may have installed a handler
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        seq, batch = message
        conn.send((seq, [work(args) for args in batch]))


@contextmanager
def _suppress_os():
    try:
        yield
    except OSError:
        pass


def _threads_unsafe() -> bool:
    import sys

    return sys.platform != "linux"


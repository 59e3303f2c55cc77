"""Checking: an article in, an ArticleResult out; and the same over many inputs.

Checking one article is a pure function of (article, config): that is what makes ``--jobs N``
a plain ordered process pool, and lets a map engine run it over an archive.
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from datetime import date
from typing import Iterable, Iterator

from checker import rules as rule_registry
from checker.config import Config
from checker.findings import ArticleResult, Finding, Severity
from claims.extract import extract
from claims.model import Article, ClaimSet
from claims.sources import DEFAULT_MAX_BYTES, ReadError, expand_paths, read_path

NO_DATE_RULE = "article.no-published-date"


def check_claims(claimset: ClaimSet, config: Config | None = None) -> list[Finding]:
    """Run every enabled rule over one ClaimSet; findings get rule id and severity, sorted."""
    config = config or Config()
    findings: list[Finding] = []
    skipped: list[str] = []
    for rule in rule_registry.all_rules():
        if rule.id == NO_DATE_RULE or not config.enabled(rule.id):
            continue
        if rule.needs_published and claimset.article.published is None:
            skipped.append(rule.id)
            continue
        severity = config.severity_of(rule.id, rule.severity)
        for f in rule.check(claimset):
            f.rule = rule.id
            f.severity = severity if f.severity is None or rule.id in config.severity else min(f.severity, severity)
            findings.append(f)
    if skipped and config.enabled(NO_DATE_RULE):
        rule = rule_registry.get(NO_DATE_RULE)
        for f in rule.check(claimset, skipped=skipped):
            f.rule, f.severity = rule.id, config.severity_of(rule.id, rule.severity)
            findings.append(f)
    findings.sort(key=lambda f: (f.start, f.end, f.rule, f.message))
    return findings


def rules_run(config: Config | None, has_date: bool) -> list[str]:
    config = config or Config()
    return [r.id for r in rule_registry.all_rules()
            if config.enabled(r.id) and (has_date or not r.needs_published) and r.id != NO_DATE_RULE]


def check_article(item: Article | ClaimSet, config: Config | None = None) -> ArticleResult:
    """Extract (unless given a ClaimSet) and check one article."""
    t0 = time.perf_counter()
    claimset = item if isinstance(item, ClaimSet) else extract(item)
    article = claimset.article
    result = ArticleResult(article.source, article, claimset)
    result.findings = check_claims(claimset, config)
    result.rules_run = rules_run(config, article.published is not None)
    result.seconds = time.perf_counter() - t0
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
    ``except Exception`` on the way swallows it; ``_check_item`` turns it into an error result."""


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


def _check_item(args) -> ArticleResult:
    item, config, seconds = args if len(args) == 3 else (*args, None)
    if isinstance(item, ReadError):
        return ArticleResult(item.source, error=item.message)
    if seconds:
        _warm()  # lazy one-time loading must not be cut off half-way by the time limit
    try:
        with time_limit(seconds):
            apply_published_policy(item, config)
            return check_article(item, config)
    except TimeLimit:
        return ArticleResult(_source_of(item), error=f"not checked: took longer than the limit of {seconds:g} s "
                                                     "(see --timeout)")
    except RecursionError:
        return ArticleResult(_source_of(item), error="too deeply nested to check")
    except Exception as exc:  # a bug of ours must not cost the other inputs their results
        message = str(exc).split("\n")[0][:200]
        return ArticleResult(_source_of(item), error=f"internal error while checking: {type(exc).__name__}: {message}")


def _warm() -> None:
    from claims import extract as extraction

    rule_registry.all_rules()
    extraction._extractors()


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


def check_paths(paths: Iterable[str], config: Config | None = None, *, published: date | None = None,
                jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text",
                timeout: float | None = None) -> Iterator[ArticleResult]:
    """Check every input, yielding results in input order. With ``jobs`` > 1 the articles are
    checked in a process pool (ordered, chunked) while reading stays streamed.

    ``timeout``: seconds one article may take to check before it becomes an error result
    (None: no limit). Ctrl-C reaches only this process: the workers ignore SIGINT, and leaving
    the generator (on KeyboardInterrupt or otherwise) terminates the pool."""
    config = config or Config()
    items = ((item, config, timeout) for item in iter_inputs(paths, published=published, max_bytes=max_bytes,
                                                             stdin_format=stdin_format))
    if jobs <= 1:
        yield from map(_check_item, items)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn" if _threads_unsafe() else "fork").Pool(jobs, _worker_init) as pool:
        yield from pool.imap(_check_item, items, chunksize=16)


def _worker_init() -> None:
    """Interrupts are the parent's business. SIGINT (the terminal sends Ctrl-C to the whole
    process group) is ignored: the parent catches it and terminates the pool, and the workers
    print no tracebacks. SIGTERM (sent to the group by a CI runner, or by Pool.terminate) ends
    the worker by SystemExit rather than by the default action, so that a worker waiting for a
    task releases the task queue's lock on its way out: killed holding it, the parent's
    Pool.terminate() would wait for that lock forever."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_worker)


def _exit_worker(signum, frame):
    raise SystemExit(128 + signum)


def _threads_unsafe() -> bool:
    import sys

    return sys.platform != "linux"


def worst(results: Iterable[ArticleResult]) -> Severity | None:
    return max((r.worst() for r in results if r.worst() is not None), default=None)

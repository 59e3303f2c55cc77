"""Checking: an article in, an ArticleResult out; and the same over many inputs.

Checking one article is a pure function of (article, config): that is what makes ``--jobs N``
a plain ordered process pool, and lets a map engine run it over an archive.
"""

from __future__ import annotations

import time
from datetime import date
from typing import Callable, Iterable, Iterator

from checker import rules as rule_registry
from checker.config import Config
from checker.findings import ArticleResult, Finding, Severity
from claims.extract import extract
from claims.model import Article, ClaimSet
from claims.sources import DEFAULT_MAX_BYTES, ReadError, expand_paths, read_path

NO_DATE_RULE = "article.no-published-date"
UNUSED_SUPPRESSION_RULE = "article.unused-suppression"
#: Rules the engine runs itself, after the others, with what only it knows.
META_RULES = (NO_DATE_RULE, UNUSED_SUPPRESSION_RULE)


def check_claims(claimset: ClaimSet, config: Config | None = None) -> list[Finding]:
    """Run every enabled rule over one ClaimSet; findings get rule id and severity, sorted."""
    config = config or Config()
    findings: list[Finding] = []
    skipped: list[str] = []
    for rule in rule_registry.all_rules():
        if rule.id in META_RULES or not config.enabled(rule.id):
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


def rules_run(config: Config | None, has_date: bool) -> list[str]:
    config = config or Config()
    return [r.id for r in rule_registry.all_rules()
            if config.enabled(r.id) and (has_date or not r.needs_published) and r.id not in META_RULES]


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


def _check_item(args) -> ArticleResult:
    item, config = args
    if isinstance(item, ReadError):
        return ArticleResult(item.source, error=item.message)
    try:
        apply_published_policy(item, config)
        return check_article(item, config)
    except RecursionError:
        return ArticleResult(_source_of(item), error="too deeply nested to check")
    except Exception as exc:  # a bug of ours must not cost the other inputs their results
        return ArticleResult(_source_of(item), error=f"internal error while checking: {type(exc).__name__}: {exc}")


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


def check_paths(paths: Iterable[str], config: Config | Callable[[str], Config] | None = None, *,
                published: date | None = None,
                jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: str = "text") -> Iterator[ArticleResult]:
    """Check every input, yielding results in input order. ``config`` is one Config or a
    function from a source path to its Config. With ``jobs`` > 1 the articles are checked in a
    process pool (ordered, chunked) while reading stays streamed."""
    config = config or Config()
    items = _with_config(iter_inputs(paths, published=published, max_bytes=max_bytes,
                                     stdin_format=stdin_format), config)
    if jobs <= 1:
        yield from map(_check_item, items)
        return
    import multiprocessing

    with multiprocessing.get_context("spawn" if _threads_unsafe() else "fork").Pool(jobs) as pool:
        yield from pool.imap(_check_item, items, chunksize=16)


def _threads_unsafe() -> bool:
    import sys

    return sys.platform != "linux"


def worst(results: Iterable[ArticleResult]) -> Severity | None:
    return max((r.worst() for r in results if r.worst() is not None), default=None)

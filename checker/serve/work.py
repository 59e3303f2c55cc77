"""What one request asks of a worker process: check (or extract) one draft, answer in a shape.

This module runs in the server's worker processes, so it imports no web framework. Each job is
a ``Job`` (plain data, pickled to the worker) and its answer a ``(status, body)`` pair ready to
send. A job runs under ``checker.engine.time_limit`` in the worker's main thread, so an input
that takes too long is stopped there and answered 504, and the worker goes on to the next job.

A draft's publication date comes from the draft (a dateline, front matter, a meta tag), else
from the request's ``published`` field, else today: a draft is usually being written today.
"""

from __future__ import annotations

import signal
import time
from dataclasses import dataclass, field
from datetime import date

from checker.config import Config
from checker.engine import TimeLimit, check_article, time_limit
from claims.language import analyse
from claims.model import Article

#: Answers: (HTTP status, body). A body is a JSON-ready object, or a str for a plain-text error.
Answer = tuple[int, object]


@dataclass(frozen=True, slots=True)
class Job:
    kind: str  # "check" | "extract" | "live" | "languagetool"
    text: str
    fmt: str = "text"
    published: date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    seconds: float | None = None  # the time limit
    segments: tuple = ()  # languagetool: the annotated text's Segments (empty: plain ``text``)
    language: dict = field(default_factory=dict)  # languagetool: the language entry answered


def warm() -> None:
    """Run in each worker as it starts: ignore Ctrl-C (the terminal sends it to the whole
    process group; the server process shuts the workers down) and load the rules, lexicons
    and extractors once, so that no request pays for them (or is cut off by its time limit
    half-way through loading them)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    text = "On Monday, 1 January 2024, the council met."
    check_article(draft(text, "text", None), Config())
    a = analyse(text)
    a.reading(a.sentences[0])  # the clause reader's verb lexicon, loaded on its first reading


def _exit_with_parent(every: float = 1.0) -> None:
    """A worker whose server is gone (killed with SIGKILL, say) exits too, instead of waiting
    forever on its job queue: a thread notices that the parent process changed."""
    import os
    import threading

    parent = os.getppid()

    def watch():
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def draft(text: str, fmt: str, published: date | None) -> Article:
    """The article for a draft: its own date, else ``published``, else today."""
    from claims.read import article_from_text

    article = article_from_text(text, source="<draft>", fmt=fmt)
    if article.published is None:
        article.published, article.published_from = published or date.today(), "option"
    return article


def run(job: Job) -> Answer:
    """Do one job; never raises (a bug of ours answers 500 for this request only)."""
    try:
        with time_limit(job.seconds):
            return _ANSWERS[job.kind](job)
    except TimeLimit:
        return 504, f"not checked: took longer than the server's limit of {job.seconds:g} s per request"
    except RecursionError:
        return 422, "not checked: the input is nested too deeply to read"
    except MemoryError:
        return 422, "not checked: the input needs more memory than the server allows"
    except Exception as exc:  # noqa: BLE001 - the server must answer, and go on serving
        return 500, f"internal error while checking: {type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"


def _config(job: Job) -> Config:
    return Config(select=job.select, ignore=job.ignore)


def _check(job: Job) -> Answer:
    from checker.findings import ArticleResult
    from checker.report.json_report import article_json

    result: ArticleResult = check_article(draft(job.text, job.fmt, job.published), _config(job))
    return 200, article_json(result)


def _extract(job: Job) -> Answer:
    from claims.document import to_document
    from claims.extract import extract

    return 200, to_document(extract(draft(job.text, job.fmt, job.published)))


def _live(job: Job) -> Answer:
    """The live page's answer: the JSON report object, the HTML report's pieces for this draft
    (highlighted text, findings list, timeline), and the fixes as edits of the editor's text."""
    from checker.report import sorted_findings
    from checker.report.html import findings_list, highlighted_text, timeline_svg
    from checker.report.json_report import article_json
    from checker.serve.languagetool import Utf16

    result = check_article(draft(job.text, job.fmt, job.published), _config(job))
    art = result.article
    located = sorted_findings(result)
    findings = [f for f, _ in located]
    claims = list(result.claims.claims)
    source = art.source_str
    to16 = Utf16(source)
    fixes = []
    for i, f in enumerate(findings):
        if not f.fix:
            continue
        a, b = art.to_source(f.start), art.to_source(f.end)
        # Only where the span reads the same in the editor's text (HTML entities may not).
        if source[a:b] == art.text[f.start:f.end]:
            fixes.append({"finding": i, "start": to16(a), "end": to16(b), "original": source[a:b],
                          "replacement": f.fix})
    return 200, {
        "article": article_json(result),
        "published_from": art.published_from,
        "html": {
            "draft": highlighted_text(art.text, claims, findings, LIVE_ANCHOR),
            "findings": findings_list(result, located, LIVE_ANCHOR),
            "timeline": timeline_svg(claims, findings, art.published, LIVE_ANCHOR),
        },
        "fixes": fixes,
    }


#: The HTML report's anchor for the live page's one article (ids: live-f0, live-f1, ...).
LIVE_ANCHOR = "live"


def _languagetool(job: Job) -> Answer:
    from checker import rules
    from checker.serve import languagetool as lt

    annotated = lt.Annotated(list(job.segments)) if job.segments else lt.Annotated.plain(job.text)
    result = check_article(draft(annotated.checked, "text", job.published), _config(job))
    summaries = {r.id: r.summary for r in rules.all_rules()}
    return 200, lt.response(lt.matches(result.findings, annotated, summaries), job.language)


_ANSWERS = {"check": _check, "extract": _extract, "live": _live, "languagetool": _languagetool}

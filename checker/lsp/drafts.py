"""One draft checked for the editor: a pure function of (text, where it lives, settings, today).

The draft is read and checked as ``factcheck check`` would read and check the same file: the
nearest ``.factcheck.toml`` / ``pyproject.toml [tool.factcheck]`` above it applies, and its
publication date comes from the document (dateline, front matter, HTML meta) or the
configuration's ``published``. Then the editor's own rules:

- workspace settings (``factcheck.select``, ``factcheck.ignore``, ``factcheck.severity``)
  override the configuration file's;
- a draft usually has no date yet: it is checked as of the ``factcheck.published`` setting,
  else as of today, and an information finding (``article.no-published-date``) at line 1 says
  which date was used, so the editor shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker import configfile, rules as rule_registry
from checker.config import Config, split_ids, unmatched
from checker.engine import NO_DATE_RULE, apply_published_policy, check_article
from checker.findings import ArticleResult, Finding, Severity
from checker.rules.wording import day_words
from claims.read import PROSE_FORMATS, PUBLISHED_YEARS, article_from_text, format_of, parse_date

#: The document kinds checked, by the editor's language id (file extensions as on the command line).
LANGUAGES = {"plaintext": "text", "text": "text", "markdown": "markdown", "html": "html"}
#: A document longer than this is not checked while typing (a diagnostic says so): a draft of
#: 1,000 words checks in about 20 ms, but text built to be slow (benchmarks/adversarial.py) takes
#: about 5 s a megabyte, and each keystroke would queue another such check. 200,000 characters
#: is some 30,000 words, more than any article; 'factcheck check' still takes the file whole.
MAX_CHARS = 200_000
#: Where a date that did not come from the document came from, as the diagnostic says it.
DATE_SOURCES = {
    "config": "the configuration file's published date",
    "setting": "the factcheck.published setting",
    "today": "today's date",
}


def document_format(path: str | None, language_id: str | None) -> str | None:
    """text | markdown | html for a document the server checks, None for any other document.
    The file's extension decides, as on the command line; an unsaved document its language id."""
    if path and Path(path).suffix:
        fmt = format_of(path, default="")
        return fmt if fmt in PROSE_FORMATS else None
    return LANGUAGES.get(language_id or "")


@dataclass(frozen=True)
class Settings:
    """The workspace settings (``initializationOptions`` or ``workspace/didChangeConfiguration``,
    under a ``factcheck`` key or at the top level). None: not set, the configuration file's
    value stands."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    published: date | None = None

    #: The settings' names, under ``factcheck``.
    KEYS = ("select", "ignore", "severity", "published")

    @classmethod
    def given(cls, raw) -> bool:
        """Whether a client's settings object speaks of factcheck at all (a client may send its
        other settings, or none, which must not reset ours)."""
        return isinstance(raw, dict) and ("factcheck" in raw or any(k in raw for k in cls.KEYS))

    @classmethod
    def parse(cls, raw) -> tuple[Settings, list[str]]:
        """Settings from the client's JSON, and a sentence for each value that was left out
        because it is wrong (never an exception: a typo in the settings must not stop checking)."""
        if isinstance(raw, dict) and isinstance(raw.get("factcheck"), dict):
            raw = raw["factcheck"]
        if not isinstance(raw, dict):
            return cls(), [] if raw in (None, "", []) else ["factcheck settings must be an object"]
        problems: list[str] = []
        known = [r.id for r in rule_registry.all_rules()]
        lists = {}
        for key in ("select", "ignore"):
            value = raw.get(key)
            ids = split_ids(value) if isinstance(value, str) else value
            if ids is None:
                continue
            if not isinstance(ids, (list, tuple)) or not all(isinstance(i, str) for i in ids):
                problems.append(f"factcheck.{key} must be a list of rule ids or globs, or one comma-separated string")
                continue
            bad = unmatched(ids, known)
            problems += [f"factcheck.{key}: no rule matches {p!r} (see 'factcheck rules')" for p in bad]
            if ids and len(bad) == len(ids):
                continue  # nothing usable: the configuration file's list stands (empty would mean every rule)
            lists[key] = tuple(i for i in ids if i not in bad)
        severity = {}
        levels = raw.get("severity") or {}
        if not isinstance(levels, dict):
            problems.append("factcheck.severity must map rule ids to error, warning or info")
            levels = {}
        for rid, level in levels.items():
            try:
                if rid not in known:
                    raise ValueError(f"no rule named {rid!r}")
                severity[rid] = Severity.parse(str(level))
            except ValueError as exc:
                problems.append(f"factcheck.severity: {exc}")
        published = None
        if raw.get("published") not in (None, ""):
            value = raw["published"]
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                published = parse_date(value)
            if published is None:
                problems.append(f"factcheck.published must be a date YYYY-MM-DD (years {PUBLISHED_YEARS.start} to "
                                f"{PUBLISHED_YEARS.stop - 1}): {str(value)[:40]!r}")
        return cls(lists.get("select"), lists.get("ignore"), severity, published), problems

    def apply(self, config: Config) -> Config:
        """The configuration file's settings with these on top."""
        severity = {**config.severity, **self.severity} if self.severity else None
        return config.merged(select=self.select, ignore=self.ignore, severity=severity)


def config_for(path: str | None, folder: str | None, settings: Settings) -> tuple[Config, str | None]:
    """The configuration a draft is checked with: the nearest configuration file above its path
    (an unsaved draft: above the workspace folder), the settings on top; and the problem with
    that file, if it is broken (the draft is then checked with the settings alone)."""
    start = Path(path) if path else Path(folder) if folder else None
    base, problem = Config(), None
    if start is not None:
        try:
            found = configfile.find(start)
            if found:
                base = configfile.from_table(found[1], found[0])
        except configfile.ConfigError as exc:
            problem = f"configuration: {exc}"
        except RecursionError:  # tomllib recurses: a configuration file can nest past any stack
            problem = "configuration: a configuration file is nested too deeply to read"
    return settings.apply(base), problem


def check_draft(text: str, *, source: str, fmt: str, path: str | None = None, folder: str | None = None,
                settings: Settings = Settings(), today: date | None = None) -> ArticleResult:
    """Check one draft as the editor shows it. Never raises on bad input: a document that
    cannot be checked is a result with ``error`` set (the server shows it as a diagnostic)."""
    if len(text) > MAX_CHARS:
        return ArticleResult(source, error=f"not checked: {len(text):,} characters is more than the "
                                           f"editor limit of {MAX_CHARS:,} (use 'factcheck check' on the file)")
    config, problem = config_for(path, folder, settings)
    try:
        article = article_from_text(text, source=source, fmt=fmt)
        apply_published_policy(article, config)
        if article.published is None:
            article.published, article.published_from = (
                (settings.published, "setting") if settings.published else (today or date.today(), "today"))
        result = check_article(article, config)
    except RecursionError:
        return ArticleResult(source, error="not checked: too deeply nested to check")
    except Exception as exc:  # a bug of ours: said in the editor, and the server goes on
        return ArticleResult(source, error=f"internal error while checking: {type(exc).__name__}: "
                                           f"{str(exc).splitlines()[0][:200] if str(exc) else ''}")
    if article.published_from in DATE_SOURCES and config.enabled(NO_DATE_RULE):
        result.findings.insert(0, _date_used(article, config))
    if problem:
        result.findings.insert(0, Finding(problem, 0, 0, severity=Severity.ERROR))  # no rule: the file is wrong
    return result


def _date_used(article, config: Config) -> Finding:
    """The information finding that says which date a draft without one was checked against."""
    first_line = article.text.find("\n")
    return Finding(
        f"No publication date in the draft: checked as of {day_words(article.published)} "
        f"({DATE_SOURCES[article.published_from]})",
        0, len(article.text) if first_line < 0 else first_line,
        evidence=["write a dateline on the first line (\"21 April 2024\"), a Markdown front matter date: or an HTML "
                  "article:published_time meta, or set factcheck.published"],
        rule=NO_DATE_RULE, severity=config.severity_of(NO_DATE_RULE, rule_registry.get(NO_DATE_RULE).severity))

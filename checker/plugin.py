"""pytest plugin: ``pytest --factcheck PATH...`` tests a repository of articles with the runner
people already use.

Installed with the package (entry point ``pytest11: factcheck``), it does nothing unless
``--factcheck`` is given. Then every file ``factcheck check`` reads (.txt .md .html .jsonl
.json ...) under the paths pytest walks becomes a test file, and each article in it a test
item (a JSON Lines corpus gives one per record); ``--factcheck-per-rule`` makes one item per
article and rule instead. They are ordinary pytest items, so ``-k``, ``-x``, ``-m factcheck``,
``--junitxml``, ``-n`` (pytest-xdist) and the usual summary all work.

An item fails when the article has a finding at or above the configured ``fail-on`` level
(error by default), and the failure shows the same diagnostics as ``factcheck check``.
Findings below that level are shown in the item's "factcheck" report section. Configuration
is the same ``[tool.factcheck]`` / ``.factcheck.toml`` the command line uses, the nearest one
above each article. A file that cannot be read is a failing item saying why.

This module is imported by every pytest run once the package is installed, so it imports
nothing of factcheck until ``--factcheck`` is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

MARKER = "factcheck"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: articles as tests")
    group.addoption("--factcheck", action="store_true", default=False,
                    help="collect article files (.txt .md .html .jsonl .json) as tests checked by factcheck")
    group.addoption("--factcheck-per-rule", action="store_true", default=False,
                    help="one test per article and rule (default: one per article)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}: an article checked by factcheck (added by --factcheck)")


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if not parent.config.getoption("factcheck"):
        return None
    from claims.read import EXTENSIONS

    if file_path.suffix.lower() not in EXTENSIONS:
        return None
    return ArticleFile.from_parent(parent, path=file_path)


class ArticleFailed(Exception):
    """An article with findings at or above the fail-on level."""

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text


class ArticleFile(pytest.File):
    """One file of articles: a single article, or a JSON Lines corpus of them."""

    def collect(self):
        from checker import configfile
        from checker.engine import rules_run
        from claims.model import ClaimSet
        from claims.read import ReadError, read_path

        try:
            config = _config_for(self.config, self.path)
        except configfile.ConfigError as exc:
            raise self.CollectError(str(exc)) from None
        per_rule = self.config.getoption("factcheck_per_rule")
        seen: dict[str, int] = {}
        source = _shown_path(self.path, self.config.invocation_params.dir)
        for item in read_path(source):
            if isinstance(item, ReadError):
                name = _unique(_name(item.source, source, self.path), seen)
                yield UnreadableItem.from_parent(self, name=name, message=str(item))
                continue
            article = item.article if isinstance(item, ClaimSet) else item
            name = _unique(_name(article.source, source, self.path), seen)
            if not per_rule:
                yield ArticleItem.from_parent(self, name=name, item=item, settings=config, rule=None)
                continue
            from checker.engine import NO_DATE_RULE, apply_published_policy

            apply_published_policy(item, config)
            rules = rules_run(config, article.published is not None)
            if article.published is None and config.enabled(NO_DATE_RULE):
                rules.append(NO_DATE_RULE)
            shared = _Shared()
            for rule_id in rules:
                item_node = ArticleItem.from_parent(self, name=f"{name}[{rule_id}]", item=item, settings=config,
                                                    rule=rule_id, shared=shared)
                item_node.article_name = name
                yield item_node


class _Shared:
    """The result of checking one article, shared by its per-rule items (computed once)."""

    __slots__ = ("result",)

    def __init__(self):
        self.result = None


class ArticleItem(pytest.Item):
    def __init__(self, *, item, settings, rule: str | None, shared: _Shared | None = None, **kwargs):
        super().__init__(**kwargs)
        self._item = item
        self._fc_config = settings
        self._rule = rule
        self._shared = shared or _Shared()
        self.article_name = self.name
        self.add_marker(MARKER)

    def _result(self):
        if self._shared.result is None:
            from checker.engine import apply_published_policy, check_article

            apply_published_policy(self._item, self._fc_config)
            self._shared.result = check_article(self._item, self._fc_config)
        return self._shared.result

    def runtest(self) -> None:
        from dataclasses import replace

        from checker.report.text import format_result

        result = self._result()
        if self._rule is not None:
            result = replace(result, findings=[f for f in result.findings if f.rule == self._rule])
        failing = [f for f in result.findings if self._fc_config.fails(f.severity)]
        if failing:
            raise ArticleFailed(format_result(result))
        if result.findings:
            self.add_report_section("call", "factcheck", format_result(result))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ArticleFailed):
            return excinfo.value.text.rstrip("\n")
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        what = f"article {self.name}" if self._rule is None else f"rule {self._rule} on {self.article_name}"
        return self.path, None, f"factcheck: {what}"


class UnreadableItem(pytest.Item):
    """An input that could not be read: it fails, saying why, like ``factcheck check`` exits 2."""

    def __init__(self, *, message: str, **kwargs):
        super().__init__(**kwargs)
        self._message = message
        self.add_marker(MARKER)

    def runtest(self) -> None:
        raise ArticleFailed(f"cannot read {self._message}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, ArticleFailed):
            return excinfo.value.text
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"factcheck: {self.name} (unreadable)"


def _shown_path(path: Path, invocation_dir: Path) -> str:
    """The path as ``factcheck check`` run from the same folder would show it: relative to
    where pytest was started when the file is under it."""
    try:
        return str(path.relative_to(invocation_dir))
    except ValueError:
        return str(path)


def _name(source: str, whole: str, path: Path) -> str:
    """An item's name: the file's name; for a corpus record its id (``wire.jsonl#42`` -> ``42``);
    for an unreadable corpus line its number (``wire.jsonl:7`` -> ``line-7``)."""
    if source.startswith(whole + "#"):
        return source[len(whole) + 1:] or path.name
    if source.startswith(whole + ":"):
        return "line-" + source[len(whole) + 1:]
    return path.name


def _unique(name: str, seen: dict[str, int]) -> str:
    """Node ids must be unique (xdist and --lf rely on it): a repeated record id gets ~2, ~3."""
    seen[name] = seen.get(name, 0) + 1
    return name if seen[name] == 1 else f"{name}~{seen[name]}"


_CONFIGS = pytest.StashKey[dict]()


def _config_for(pytest_config: pytest.Config, path: Path):
    """The factcheck configuration nearest above ``path`` (each folder's looked up once)."""
    from checker import configfile

    resolver = pytest_config.stash.setdefault(_CONFIGS, {}).setdefault("resolver", None)
    if resolver is None:
        resolver = pytest_config.stash[_CONFIGS]["resolver"] = configfile.Resolver()
    return resolver(str(path))

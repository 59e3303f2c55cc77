"""Configuration files: ``.factcheck.toml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

The nearest one wins, found by walking up from the checked path (or the current directory);
``--config FILE`` names one explicitly. Every file is validated against
schemas/config.schema.json and a problem is reported with the file and the key, never a
traceback.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from checker.config import Config
from checker.findings import Severity

NAMES = (".factcheck.toml", "pyproject.toml")


class ConfigError(Exception):
    pass


def find(start: Path) -> tuple[Path, dict] | None:
    """The nearest configuration above ``start``: (file, its factcheck table)."""
    here = start if start.is_dir() else start.parent
    for folder in (here, *here.parents):
        for name in NAMES:
            f = folder / name
            if f.is_file():
                table = _table(f)
                if table is not None:
                    return f, table
    return None


def _table(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("factcheck")
    return data


def load_file(path: str) -> Config:
    """The configuration in one named file (``--config FILE``)."""
    f = Path(path)
    if not f.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    return from_table(_table(f) or {}, f)


def from_table(table: dict, path: Path | str = "<config>") -> Config:
    from jsonschema import exceptions

    from schemas import validator

    errors = list(validator("config").iter_errors(table))
    if errors:
        best = exceptions.best_match(errors)
        key = ".".join(str(p) for p in best.absolute_path) or "(top level)"
        raise ConfigError(f"{path}: {key}: {best.message}")
    severity = {rid: Severity.parse(level) for rid, level in table.get("severity", {}).items()}
    published = table.get("published", "file")
    facts = None
    if "facts" in table:  # relative to the configuration file's folder
        facts = str(Path(path).parent / table["facts"]) if not Path(table["facts"]).is_absolute() else table["facts"]
        from checker.consistency.factbase import FactsError, load

        try:
            load(facts)
        except FactsError as exc:
            raise ConfigError(f"{path}: facts: {exc}") from None
    return Config(select=tuple(table.get("select", ())), ignore=tuple(table.get("ignore", ())),
                  severity=severity, fail_on=table.get("fail-on", "error"),
                  published_source=published, facts=facts)


class Resolver:
    """The configuration for each checked file: the nearest configuration file above it
    (looked up once per folder), or one named file for all, with command-line overrides on
    top. Called with a source ("dir/a.md", "corpus.jsonl#42", "<stdin>")."""

    def __init__(self, explicit: str | None = None, *, use_files: bool = True, **overrides):
        self._overrides = {k: v for k, v in overrides.items() if v is not None}
        self._fixed = None
        if not use_files:
            self._fixed = Config().merged(**self._overrides)
        elif explicit:
            self._fixed = load_file(explicit).merged(**self._overrides)
        self._cache: dict[Path, Config] = {}
        #: each file's configuration, once its folder is resolved: the records of a JSON Lines
        #: file ("corpus.jsonl#42") share one, and the engine and the exit code ask for the
        #: same file twice (resolving a path asks the file system about each of its folders)
        self._of_file: dict[str, Config] = {}

    def __call__(self, source: str) -> Config:
        if self._fixed is not None:
            return self._fixed
        path = source.split("#", 1)[0]
        config = self._of_file.get(path)
        if config is None:
            folder = Path.cwd() if path in ("-", "<stdin>", "") else Path(path).resolve().parent
            if folder not in self._cache:
                found = find(folder)
                config = from_table(found[1], found[0]) if found else Config()
                self._cache[folder] = config.merged(**self._overrides)
            config = self._of_file[path] = self._cache[folder]
        return config

"""``factcheck consistency PATH...``: conflicts between the articles of an archive.

Reads what ``check`` reads (files, folders, JSON Lines corpora), extracts per article what it
says about people, organisations and acronyms (``checker.consistency.facts``), folds that by
entity and reports what no single article shows: two birth years, two founding years, a
misspelled name, an acronym expanded as a variant of its name, incompatible titles days apart
(``checker.consistency.judge``). Exit codes as ``check``: 0 nothing at or above --fail-on, 1
conflicts at or above it, 2 a usage error or an input that could not be read (the others are
still read and judged).
"""

from __future__ import annotations

import argparse
import sys

NAME = "consistency"
HELP = "report conflicts between the articles of an archive (birth years, foundings, spellings, acronyms, titles)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from checker.cli import DEFAULT_TIMEOUT, add_input_arguments, positive_arg, seconds_arg
    from checker.consistency.report import FORMATS

    add_input_arguments(parser)
    parser.add_argument("--format", choices=FORMATS, default="text",
                        help="report format (default: text); html writes a folder named by -o")
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default="error",
                        help="lowest severity that makes the exit code 1 (default: error)")
    parser.add_argument("--select", metavar="RULE,...", help="run only these archive rules (ids or globs)")
    parser.add_argument("--ignore", metavar="RULE,...", help="do not run these archive rules (ids or globs)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local: this machine's processes (see --jobs); dask: a Dask cluster (see --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="dask: the scheduler of an existing cluster (tcp://host:8786); without it a local "
                             "cluster of --jobs workers is started")
    parser.add_argument("--jobs", "-j", type=positive_arg, default=1, metavar="N", help="read N articles at a time")
    parser.add_argument("--write-facts", metavar="FILE",
                        help="also write the archive's agreed facts to FILE (JSON), for editors to review and use "
                             "with 'factcheck check --facts FILE'")
    parser.add_argument("--timeout", type=seconds_arg, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"give up on an article that takes longer than this (default: {DEFAULT_TIMEOUT:g}; 0: no "
                             "limit)")


def _enabled(args):
    """Whether an archive rule runs, by --select and --ignore (``Config.enabled``)."""
    from fnmatch import fnmatch

    from checker.cli import UsageError
    from checker.config import Config, split_ids
    from checker.consistency.judge import ARCHIVE_RULES

    select, ignore = split_ids(args.select), split_ids(args.ignore)
    for pattern in select + ignore:
        if not any(fnmatch(rid, pattern) for rid in ARCHIVE_RULES):
            raise UsageError(f"no archive rule matches {pattern!r} (rules: {', '.join(sorted(ARCHIVE_RULES))})")
    return Config(select=select, ignore=ignore).enabled


def run(args) -> int:
    from checker import __version__
    from checker.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, check_outputs, default_max_bytes
    from checker.config import Config
    from checker.consistency.judge import judge
    from checker.consistency.report import WRITERS, write_html
    from checker.output import open_output

    enabled = _enabled(args)
    if args.format == "html" and args.output in (None, "-"):
        raise UsageError("--format html writes a folder of pages: name it with -o FOLDER")
    check_outputs([args.output if args.format != "html" else None, args.write_facts], args.paths)
    options = dict(jobs=args.jobs, published=args.published, max_bytes=args.max_bytes or default_max_bytes(),
                   stdin_format=args.stdin_format, timeout=args.timeout or None)
    if args.engine == "dask":
        from checker.consistency import dask_engine

        try:
            archive = dask_engine.run_dask(args.paths, scheduler=args.scheduler, **options)
        except dask_engine.DaskUnavailable as exc:
            raise UsageError(str(exc)) from None
    else:
        from checker.consistency.engines import run_local

        archive = run_local(args.paths, **options)
    conflicts = judge(archive.entities, enabled)
    if args.format == "html":
        write_html(args.output, archive, conflicts, __version__)
    else:
        with open_output(args.output) as out:
            WRITERS[args.format](out, archive, conflicts, __version__)
    if args.write_facts:
        from checker.consistency.factbase import write_facts

        with open_output(args.write_facts) as out:
            write_facts(out, archive, conflicts)
    if archive.unreadable and (args.format != "text" or args.output):
        for source, why in archive.unreadable:
            print(f"factcheck: {source}: {why}", file=sys.stderr)
    if archive.unreadable:
        return EXIT_USAGE
    fails = Config(fail_on=args.fail_on).fails
    return EXIT_FINDINGS if any(fails(c.severity) for c in conflicts) else EXIT_OK

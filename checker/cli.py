"""The ``factcheck`` command line.

    factcheck check PATH...      check articles, report findings (exit 0 / 1 / 2)
    factcheck extract PATH...    print the claims document(s)
    factcheck validate FILE...   validate claims documents against the schema
    factcheck rules              list the rules
    factcheck explain RULE       a rule's documentation
    factcheck lsp                the language server for editors (checker/lsp/)

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 a usage error, an
input that could not be read (every other input is still checked and reported) or a report
that could not be written; 130 on Ctrl-C and 143 on SIGTERM, with no partial report file
left behind. Further subcommands live in
``checker/commands/<name>.py`` and are listed in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
import threading
from datetime import date

from checker import __version__
from checker.output import OutputError

#: Subcommand modules under checker/commands/ (NAME, HELP, add_arguments, run).
COMMANDS: tuple[str, ...] = ("evaluate", "lsp", "serve", "consistency")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
#: Seconds one article may take to check before it is reported as an error (--timeout).
DEFAULT_TIMEOUT = 300.0


class UsageError(Exception):
    """A mistake in how the command was called: message to stderr, exit 2."""


class Terminated(BaseException):
    """SIGTERM (a CI job cancelled): unwinds like Ctrl-C, so no partial report is left."""


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = -1.0
    if not n >= 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a number of seconds, 0 for no limit: {value!r}")
    return n


def _date(value: str) -> date:
    from claims.read import PUBLISHED_YEARS

    try:
        d = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {value!r}") from None
    if d.year not in PUBLISHED_YEARS:
        raise argparse.ArgumentTypeError(f"not a publication date (years 1000 to 2999): {value!r}")
    return d


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {value!r}")
    return n


#: The argument types and checks the subcommands in checker/commands/ share with ``check``.
positive_arg, seconds_arg = _positive, _seconds


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """The inputs and output every reading command takes: PATH..., --published,
    --stdin-format, --max-bytes, -o/--output (check, extract, consistency)."""
    from claims.read import READERS

    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help=f"article files ({' '.join(r.suffixes[0] for r in READERS.values())}), directories "
                             "(searched recursively) or - for standard input")
    parser.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                        help="publication date; overrides the date found in the file")
    parser.add_argument("--stdin-format", choices=tuple(READERS), default="text",
                        help="how to read standard input (default: text)")
    parser.add_argument("--max-bytes", type=_positive, default=None, metavar="N",
                        help="refuse inputs larger than N bytes (default: 20 MiB)")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line. Given the arguments about to be parsed, the subcommands of
    checker/commands/ other than the one named there are added with their help line only: their
    options can import much (the archive's report formats, the evaluation), which a plain
    ``check`` must not pay for at every start."""
    from checker.report import WRITERS

    parser = argparse.ArgumentParser(
        prog="factcheck", description="A test harness for news articles: checks what an article asserts for "
                                      "internal consistency.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    inputs = argparse.ArgumentParser(add_help=False)
    add_input_arguments(inputs)

    check = sub.add_parser("check", parents=[inputs], help="check articles and report findings",
                           description="Check articles for internal consistency.")
    check.add_argument("--format", choices=sorted(WRITERS), default="text", help="report format (default: text)")
    check.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--select", metavar="RULE,...", help="run only these rules (ids or globs such as date.*)")
    check.add_argument("--ignore", metavar="RULE,...", help="do not run these rules (ids or globs)")
    check.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="check N articles at a time")
    check.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: this machine's processes (--jobs); dask: a Dask cluster (--scheduler), for "
                            "archives too big for one machine (needs the dask extra)")
    check.add_argument("--scheduler", metavar="ADDRESS",
                       help="dask: the scheduler of an existing cluster (tcp://host:8786); without it a local cluster "
                            "of --jobs workers is started")
    check.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"report an article that takes longer than this to check as an error and go on "
                            f"(default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    check.add_argument("--report", action="append", default=[], metavar="FORMAT=FILE",
                       help="also write a report in FORMAT to FILE (repeatable), e.g. junit=report.xml")
    check.add_argument("--junit-xml", metavar="FILE", help="also write a JUnit XML report to FILE")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour the text report (auto: on a terminal, unless NO_COLOR is set)")
    check.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .factcheck.toml "
                                                          "or pyproject.toml [tool.factcheck])")
    check.add_argument("--no-config", action="store_true", help="ignore configuration files")
    check.add_argument("--facts", metavar="FILE", help="also check against this fact base (JSON or TOML, written by "
                                                     "'factcheck consistency --write-facts'): rules facts.*")

    extract = sub.add_parser("extract", parents=[inputs], help="print the claims document(s)",
                             description="Extract claims and print them as claims documents.")
    extract.add_argument("--format", choices=("json", "jsonl", "timeml"), default=None,
                         help="json: one document (several: one per line); jsonl: one per line; timeml: TimeML")
    extract.add_argument("--no-text", action="store_true", help="leave the article text out of the documents")

    validate = sub.add_parser("validate", help="validate claims documents against the schema")
    validate.add_argument("paths", nargs="+", metavar="FILE")
    validate.add_argument("--max-bytes", type=_positive, default=None, metavar="N",
                          help="refuse documents larger than N bytes (default: 20 MiB)")

    sub.add_parser("rules", help="list the rules")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", metavar="RULE")

    wanted = next((a for a in argv if not a.startswith("-")), None) if argv is not None else None
    for name in COMMANDS:
        module = importlib.import_module(f"checker.commands.{name}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        if wanted is None or wanted == module.NAME:
            module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    try:
        args, extra = parser.parse_known_args(argv)
        # argparse fills a list of paths only from one run of words: "check a.txt --format json
        # b.txt" leaves b.txt over. Paths after options belong to the same list.
        if extra and isinstance(getattr(args, "paths", None), list) and not any(e.startswith("-") and e != "-"
                                                                                 for e in extra):
            args.paths.extend(extra)
        elif extra:
            parser.parse_args(argv)  # let argparse report what it does not know, and exit 2
    except SystemExit as exc:  # argparse has printed the usage message
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    previous = _on_sigterm()
    try:
        if hasattr(args, "_run"):
            return args._run(args)
        return {"check": cmd_check, "extract": cmd_extract, "validate": cmd_validate, "rules": cmd_rules,
                "explain": cmd_explain}[args.command](args)
    except UsageError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OutputError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        _quiet_stdout()
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated:
        print("factcheck: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except BrokenPipeError:
        _quiet_broken_pipe()
        return EXIT_OK
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _tolerant_streams() -> None:
    """Text that the terminal's encoding cannot show is escaped, never a UnicodeEncodeError
    (PYTHONIOENCODING=ascii, a Latin-1 locale)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) in ("strict", "surrogateescape") and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def _on_sigterm():
    """Turn SIGTERM into an exception that unwinds cleanly (temporary report files removed);
    returns the handler to restore, or None where none could be installed."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def terminated(signum, frame):
        raise Terminated()

    try:
        return signal.signal(signal.SIGTERM, terminated)
    except (ValueError, OSError):
        return None


def _quiet_stdout() -> None:
    """After a failed write to standard output, make sure the exit does not fail again on it."""
    try:
        sys.stdout.flush()
    except OSError:
        _quiet_broken_pipe()


def _quiet_broken_pipe() -> None:
    # The reader went away (factcheck ... | head): stop quietly, as Unix tools do.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


# -- check ---------------------------------------------------------------------------------------


def report_unreadable(source: str, reason: str) -> None:
    """One line on standard error for an input that could not be read or checked, as compilers
    say it (``factcheck: error: PATH: reason``), so that a person sees why the exit code is 2
    when the report goes to a file or to another program. The report records it as well; only
    a text report shown on the terminal already says it where the person is looking."""
    print(f"factcheck: error: {source}: {reason}", file=sys.stderr)


def _config(args):
    """A resolver giving each checked file its configuration: the nearest configuration file
    (or --config), with the command line's --select/--ignore/--fail-on on top."""
    from checker import configfile, rules
    from checker.config import split_ids, unmatched

    select, ignore = split_ids(args.select), split_ids(args.ignore)
    for pattern in unmatched(select + ignore, [r.id for r in rules.all_rules()]):
        raise UsageError(f"no rule matches {pattern!r} (see 'factcheck rules')")
    if args.facts:
        from checker.consistency.factbase import FactsError, load

        try:
            load(args.facts)
        except FactsError as exc:
            raise UsageError(str(exc)) from None
    try:
        return configfile.Resolver(args.config, use_files=not args.no_config, select=select or None,
                                   ignore=ignore or None, fail_on=args.fail_on, facts=args.facts)
    except configfile.ConfigError as exc:
        raise UsageError(str(exc)) from None
    except RecursionError:  # tomllib recurses: a configuration file can nest past any stack
        raise UsageError("a configuration file is nested too deeply to read (see --config, --no-config)") from None


def _reports(args) -> list[tuple[str, str]]:
    from checker.report import WRITERS

    out = []
    for spec in args.report:
        fmt, sep, path = spec.partition("=")
        if not sep or not path or fmt not in WRITERS:
            raise UsageError(f"--report takes FORMAT=FILE with FORMAT one of {', '.join(sorted(WRITERS))}: {spec!r}")
        out.append((fmt, path))
    if args.junit_xml:
        out.append(("junit", args.junit_xml))
    return out


def cmd_check(args) -> int:
    from checker import engine
    from checker.output import ReportSet
    from checker.report import Options

    config = _config(args)
    color = args.color == "always" or (args.color == "auto" and not args.output and sys.stdout.isatty()
                                       and not os.environ.get("NO_COLOR"))
    options = Options(color=color, tool_version=__version__)
    outputs = [(args.format, args.output)] + _reports(args)
    _check_outputs([path for _, path in outputs], args.paths)
    unreadable = False
    failing = False
    if args.engine == "dask":
        from checker import dask_engine

        try:
            dask_engine.require()
        except dask_engine.DaskUnavailable as exc:
            raise UsageError(str(exc)) from None
        results = _usage_on(dask_engine.DaskUnavailable, dask_engine.check_paths(
            args.paths, config, scheduler=args.scheduler, jobs=args.jobs, published=args.published,
            max_bytes=args.max_bytes or _default_max()))
    else:
        results = engine.check_paths(args.paths, config, published=args.published, jobs=args.jobs,
                                     max_bytes=args.max_bytes or _default_max(), stdin_format=args.stdin_format,
                                     timeout=args.timeout or None)
    with ReportSet(outputs, options) as reports:
        for result in results:
            if result.error is not None:
                unreadable = True
                if args.format != "text" or args.output or not sys.stdout.isatty():
                    report_unreadable(result.source, result.error)
            elif any(config(result.source).fails(f.severity) for f in result.findings):
                failing = True
            reports.add(result)
    if unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_OK


def _usage_on(error_type, results):
    """The results, with ``error_type`` raised while producing them (a Dask scheduler that
    cannot be reached) turned into a usage error."""
    try:
        yield from results
    except error_type as exc:
        raise UsageError(str(exc)) from None


def _check_outputs(outputs: list[str | None], inputs: list[str]) -> None:
    """Refuse, before anything is read or written, a report that would overwrite an input (or
    be read as one: a report file inside an input directory) and two reports to one file."""
    from claims.read import EXTENSIONS

    seen: dict[str, str] = {}
    for out in outputs:
        if out in (None, "-") or _is_stream(out):
            continue
        real = os.path.realpath(out)
        if real in seen:
            raise UsageError(f"two reports would be written to {out}")
        seen[real] = out
        if not os.path.isfile(out):
            continue
        for p in inputs:
            if p == "-":
                continue
            if os.path.isfile(p) and os.path.samefile(p, out):
                raise UsageError(f"the report {out} would overwrite the input {p}")
            if os.path.isdir(p) and real.startswith(os.path.join(os.path.realpath(p), "")) \
                    and os.path.splitext(out)[1].lower() in EXTENSIONS:
                raise UsageError(f"the report {out} is inside the input directory {p}, so it would be read as an "
                                 "article and overwritten: write it elsewhere")


check_outputs = _check_outputs


def _is_stream(path: str) -> bool:
    import stat

    try:
        return not stat.S_ISREG(os.stat(path).st_mode) and not os.path.isdir(path)
    except OSError:
        return False


def _default_max() -> int:
    from claims.read import DEFAULT_MAX_BYTES

    return DEFAULT_MAX_BYTES


default_max_bytes = _default_max


# -- extract --------------------------------------------------------------------------------------


def cmd_extract(args) -> int:
    import json

    from checker.engine import iter_inputs
    from checker.output import open_output
    from claims.document import to_document
    from claims.extract import extract
    from claims.model import ClaimSet
    from claims.read import ReadError

    fmt = args.format
    items = iter_inputs(args.paths, published=args.published, max_bytes=args.max_bytes or _default_max(),
                        stdin_format=args.stdin_format)
    status = EXIT_OK
    held = None  # json: the first document waits, to print indented if it stays the only one
    lines = fmt == "jsonl"
    with open_output(args.output) as out:
        for item in items:
            if isinstance(item, ReadError):
                report_unreadable(item.source, item.message)
                status = EXIT_USAGE
                continue
            claimset = item if isinstance(item, ClaimSet) else extract(item)
            if fmt == "timeml":
                from claims import timeml

                out.write(timeml.write(claimset))
                continue
            doc = to_document(claimset, include_text=not args.no_text)
            if not lines and held is None:
                held = doc
                continue
            if held is not None:  # a second article: several documents go one per line
                out.write(json.dumps(held, ensure_ascii=False) + "\n")
                held, lines = None, True
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        if held is not None:
            out.write(json.dumps(held, ensure_ascii=False, indent=2) + "\n")
    return status


# -- validate -------------------------------------------------------------------------------------


def cmd_validate(args) -> int:
    """Each document: read within the size limit, parsed strictly (nesting checked first, no
    NaN, no duplicate keys), then validated. 1 if any is invalid, 2 if any cannot be read."""
    from claims.document import DocumentError, loads, validate
    from claims.read import display_name
    from claims.read.base import os_reason, read_bytes

    status = EXIT_OK
    max_bytes = args.max_bytes or _default_max()
    for path in args.paths:
        name = display_name(path)
        try:
            raw = read_bytes(path, max_bytes)
            text = raw.decode("utf-8-sig")
        except (OSError, ValueError) as exc:
            if isinstance(exc, UnicodeDecodeError):
                print(f"{name}: invalid: not UTF-8 (byte {exc.start})")
                status = max(status, EXIT_FINDINGS)
            else:
                print(f"{name}: error: {os_reason(exc)}", file=sys.stderr)
                status = EXIT_USAGE
            continue
        try:
            doc = loads(text)
            problems = validate(doc, text)
        except DocumentError as exc:
            problems = exc.problems
        except RecursionError:
            problems = ["too deeply nested to validate"]
        if problems:
            status = max(status, EXIT_FINDINGS)
            for p in problems:
                print(f"{name}: invalid: {p}")
        else:
            print(f"{name}: valid")
    return status


# -- rules, explain -------------------------------------------------------------------------------


def cmd_rules(args) -> int:
    from checker.rules import all_rules

    rules = all_rules()
    width = max(len(r.id) for r in rules)
    for r in rules:
        print(f"{r.id:<{width}}  {r.severity.label:<7}  {r.summary}")
    return EXIT_OK


def cmd_explain(args) -> int:
    import difflib

    from checker.rules import all_rules, get

    rule = get(args.rule)
    if rule is None and args.rule.startswith("archive."):  # the archive rules of 'factcheck consistency'
        from checker.consistency.judge import ARCHIVE_RULES

        rule = ARCHIVE_RULES.get(args.rule)
    if rule is None:
        from checker.consistency.judge import ARCHIVE_RULES

        close = difflib.get_close_matches(args.rule, [r.id for r in all_rules()] + list(ARCHIVE_RULES), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see 'factcheck rules')"
        raise UsageError(f"no rule named {args.rule!r}{hint}")
    from checker.docs import explain_text

    print(explain_text(rule))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""``factcheck serve``: an HTTP server for drafts (LanguageTool's API, a JSON API, the live page).

Needs the ``server`` extra (``pip install 'article-factcheck[server]'``); without it the command
says so and exits 2. The web framework is imported only here, when the command runs, so the
other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import importlib
import sys

NAME = "serve"
HELP = "serve checks over HTTP: LanguageTool's /v2/check API, a JSON API and a live page for drafts"
EXTRA = "pip install 'article-factcheck[server]'"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0: every network)")
    parser.add_argument("--port", type=_port, default=8040, help="port (default: 8040; 0: any free port, printed)")
    parser.add_argument("--token-file", metavar="FILE",
                        help="require 'Authorization: Bearer TOKEN' (or LanguageTool's apiKey field), TOKEN being "
                             "this file's first line")
    parser.add_argument("--max-bytes", type=int, default=1024 * 1024, metavar="N",
                        help="refuse request bodies over N bytes with 413 (default: 1 MiB)")
    parser.add_argument("--time-limit", type=float, default=10.0, metavar="SECONDS",
                        help="answer 504 for a check that takes longer (default: 10; 0: no limit)")
    parser.add_argument("--read-timeout", type=float, default=30.0, metavar="SECONDS",
                        help="answer 408 to a request whose body has not arrived within this time (default: 30)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="processes checking drafts (default: 2)")
    parser.add_argument("--queue", type=int, default=8, metavar="N",
                        help="checks that may wait for a worker; past workers + queue the answer is 503 (default: 8)")
    parser.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                        help="allow browser pages from ORIGIN to call the API (repeatable; default: none)")
    parser.add_argument("--access-log", metavar="FILE",
                        help="append the access log (JSON lines) to FILE instead of standard error")


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0 to 65535): {value!r}")
    return int(value)


def run(args) -> int:
    from checker.cli import EXIT_OK, EXIT_USAGE, UsageError

    try:
        importlib.import_module("starlette")
        import uvicorn
    except ImportError as exc:
        print(f"factcheck: error: 'factcheck serve' needs the server extra ({exc.name} is not installed): {EXTRA}",
              file=sys.stderr)
        return EXIT_USAGE
    from checker.serve.app import Checks, Settings, create_app

    for name in ("max_bytes", "workers"):
        if getattr(args, name) < 1:
            raise UsageError(f"--{name.replace('_', '-')} must be a whole number of at least 1")
    for name in ("time_limit", "read_timeout"):
        if not 0 <= getattr(args, name) < float("inf"):
            raise UsageError(f"--{name.replace('_', '-')} must be a number of seconds, 0 for no limit")
    if args.queue < 0:
        raise UsageError("--queue must be 0 or more")
    settings = Settings(max_bytes=args.max_bytes, time_limit=args.time_limit, read_timeout=args.read_timeout,
                        workers=args.workers, queue=args.queue, token=_token(args.token_file), cors_origins=tuple(args.cors_origin))
    log = None
    if args.access_log:
        try:
            log = settings.access_log = open(args.access_log, "a", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot open the access log {args.access_log}: {exc.strerror or exc}") from None
    sock = _listen(args.host, args.port)
    checks = Checks(settings)
    try:
        checks.start()
        config = uvicorn.Config(create_app(settings, checks), log_level="warning", access_log=False,
                                server_header=False, limit_concurrency=max(64, 4 * checks.limit),
                                timeout_graceful_shutdown=5)
        host, port = sock.getsockname()[:2]
        print(f"factcheck serve: listening on http://{_url_host(host)}:{port}/ "
              f"({settings.workers} workers, {'token required' if settings.token else 'no token'})",
              file=sys.stderr, flush=True)
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        checks.close()
        sock.close()
        if log is not None:
            log.close()
    return EXIT_OK


def _token(path: str | None) -> str | None:
    from checker.cli import UsageError

    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as fh:
            token = fh.readline().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the token file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if len(token) < 16:
        raise UsageError(f"the token in {path} is too short to be a secret (16 characters at least)")
    return token


def _listen(host: str, port: int):
    import socket

    from checker.cli import UsageError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except (OSError, OverflowError) as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {getattr(exc, 'strerror', None) or exc}") from None
    sock.set_inheritable(True)
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host

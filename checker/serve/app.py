"""The HTTP application behind ``factcheck serve``.

Framework: Starlette (an ASGI toolkit, served by uvicorn). It is small (its one dependency is
anyio), well kept, and gives routing, responses and a test client without a data-validation
layer of its own: requests are validated here and answers by our JSON Schemas. FastAPI would
add pydantic for nothing; aiohttp and Flask would bring their own servers and threading.

Safety, for a newsroom's network:
- bodies are read up to ``Settings.max_bytes`` (413 with a message past it) and only parsed
  after that; nothing a request says is ever used as a path (no file system access);
- checks run in ``Settings.workers`` worker processes, each job under a time limit enforced
  inside its worker (504); at most ``workers + queue`` checks are admitted at once, past that
  the answer is 503 at once, so load never piles up;
- a hostile request costs only itself: it is answered with a status and a one-line message,
  and the worker process it ran in goes on to the next job; a worker that dies costs only the
  job it was running (``Checks``);
- an optional bearer token (``Authorization: Bearer ...``, or LanguageTool's ``apiKey`` field
  for clients that can only send that); CORS only for the origins configured;
- one JSON line per request in the access log (never the text checked).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import IO
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from checker import rules
from checker.serve import languagetool as lt
from checker.serve.work import Job, run, warm
from claims.read import PROSE_FORMATS, PUBLISHED_YEARS, parse_date

FORMATS = PROSE_FORMATS
#: Seconds a stuck worker (inside C code, where the time limit cannot reach) gets past the
#: time limit before the request is answered 504 anyway; its slot stays taken until it ends.
GRACE_SECONDS = 5.0
#: The live page's own style and script are files of this package (no inline code), so the
#: policy allows nothing but this origin's files, and connections back to it.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
STATIC = {  # the only files served: name -> media type
    "live.js": "text/javascript; charset=utf-8",
    "live.css": "text/css; charset=utf-8",
}


@dataclass
class Settings:
    max_bytes: int = 1024 * 1024
    time_limit: float = 10.0
    read_timeout: float = 30.0
    workers: int = 2
    queue: int = 8
    token: str | None = None
    cors_origins: tuple[str, ...] = ()
    access_log: IO[str] | None = field(default=None, repr=False)  # None: standard error


class Refused(Exception):
    """A request answered with an error status and a one-line message."""

    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


class Checks:
    """The worker processes and the admission count.

    Each worker is a one-process pool of its own, lent to one job at a time: a worker that
    dies (the OOM killer, a crash in C code) costs only the job it was running (500), and a
    fresh worker takes its place; with one shared pool, every job in flight would fail with
    it. At most ``workers + queue`` jobs are admitted, running or waiting for a worker; past
    that, Refused(503) at once."""

    def __init__(self, settings: Settings):
        import multiprocessing

        self.settings = settings
        self.limit = settings.workers + settings.queue
        self.in_flight = 0
        # spawn, not fork: forking a process that runs an event loop (and its threads) is unsafe.
        self._ctx = multiprocessing.get_context("spawn")
        self._workers = [self._new_worker() for _ in range(settings.workers)]
        self._idle: asyncio.Queue = asyncio.Queue()
        for w in self._workers:
            self._idle.put_nowait(w)

    def _new_worker(self) -> ProcessPoolExecutor:
        worker = ProcessPoolExecutor(1, mp_context=self._ctx, initializer=warm)
        worker.submit(_ready)  # start it (and load the rules) now, not on its first job
        return worker

    def start(self) -> None:
        """Wait until every worker is started and warm, before the first request."""
        for w in self._workers:
            w.submit(_ready).result()

    def close(self) -> None:
        for w in self._workers:
            w.shutdown(wait=False, cancel_futures=True)

    async def run(self, job: Job):
        if self.in_flight >= self.limit:
            raise Refused(503, f"busy: {self.in_flight} checks in progress, the server's limit; try again shortly",
                          {"Retry-After": "1"})
        self.in_flight += 1
        try:
            worker = await self._idle.get()
        except BaseException:
            self.in_flight -= 1
            raise
        future = asyncio.get_running_loop().run_in_executor(worker, run, job)
        future.add_done_callback(lambda f: self._done(worker, f))
        try:
            return await asyncio.wait_for(asyncio.shield(future), job.seconds + GRACE_SECONDS if job.seconds else None)
        except TimeoutError:
            raise Refused(504, f"not checked: took longer than the server's limit of {job.seconds:g} s per "
                               "request") from None
        except BrokenProcessPool:
            raise Refused(500, "not checked: the worker process checking this request died") from None

    def _done(self, worker: ProcessPoolExecutor, future) -> None:
        """A job ended (even one already answered 504): its worker is free again, or replaced."""
        self.in_flight -= 1
        if not future.cancelled() and isinstance(future.exception(), BrokenProcessPool):
            worker.shutdown(wait=False, cancel_futures=True)
            self._workers[self._workers.index(worker)] = worker = self._new_worker()
        self._idle.put_nowait(worker)


def _ready() -> bool:
    return True


# -- reading requests ------------------------------------------------------------------------------


async def _body(request: Request, limit: int, seconds: float | None) -> bytes:
    """The request body, refused with 413 as soon as it is known to pass ``limit`` bytes, and
    with 408 if it has not all arrived within ``seconds`` (a client trickling a body, byte by
    byte, would otherwise hold its connection for ever)."""
    declared = request.headers.get("content-length")
    too_big = Refused(413, f"request too large: the limit is {limit} bytes (see factcheck serve --max-bytes)")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks, size = [], 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise too_big
                chunks.append(chunk)
    except TimeoutError:
        raise Refused(408, f"the request body did not arrive within {seconds:g} s (see factcheck serve "
                           "--read-timeout)") from None
    return b"".join(chunks)


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(400, f"the request is not UTF-8 (byte {exc.start})") from None


async def _form(request: Request, settings: Settings) -> dict[str, str]:
    """LanguageTool's parameters: the query string, and for POST a url-encoded form body."""
    fields = {k: v for k, v in request.query_params.items()}
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        raw = await _body(request, settings.max_bytes, settings.read_timeout or None)
        if kind not in ("", "application/x-www-form-urlencoded"):
            raise Refused(415, "send the parameters as application/x-www-form-urlencoded, as LanguageTool takes them")
        try:
            parsed = parse_qs(_utf8(raw), keep_blank_values=True, max_num_fields=200, strict_parsing=False,
                              errors="strict")
        except ValueError as exc:  # too many fields, bad percent-encoded UTF-8
            raise Refused(400, f"unreadable form: {str(exc)[:200]}") from None
        fields.update({k: v[-1] for k, v in parsed.items()})
    return fields


async def _json(request: Request, settings: Settings) -> dict:
    raw = await _body(request, settings.max_bytes, settings.read_timeout or None)
    from claims.document import loads  # strict JSON: no NaN, no duplicate keys, nesting checked first

    try:
        doc = loads(_utf8(raw))
    except ValueError as exc:
        raise Refused(400, f"the body is not a JSON object: {str(exc)[:200]}") from None
    if not isinstance(doc, dict):
        raise Refused(400, "the body is not a JSON object")
    return doc


def _published(value) -> date | None:
    if value in (None, ""):
        return None
    d = parse_date(value) if isinstance(value, str) else None
    if d is None or not (isinstance(value, str) and len(value.strip()) == 10):
        raise Refused(400, f"'published' is not a date in YYYY-MM-DD form (years {PUBLISHED_YEARS.start} to "
                           f"{PUBLISHED_YEARS.stop - 1}): {str(value)[:40]!r}")
    return d


def _rule_ids(value, name: str) -> tuple[str, ...]:
    """``select`` / ``ignore``: a list of rule ids or globs, or one comma-separated string."""
    from fnmatch import fnmatch

    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Refused(400, f"'{name}' must be a list of rule ids or a comma-separated string")
    ids = tuple(v.strip() for v in value if v.strip())
    known = [r.id for r in rules.all_rules()]
    for pattern in ids:
        if not any(fnmatch(rid, pattern) for rid in known):
            raise Refused(400, f"'{name}': no rule matches {pattern[:60]!r} (see 'factcheck rules')")
    return ids


def _authorize(request: Request, settings: Settings, fields: dict | None = None) -> None:
    if settings.token is None:
        return
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header.lower().startswith("bearer ") else (fields or {}).get("apiKey", "")
    if not hmac.compare_digest(given.encode("utf-8", "replace"), settings.token.encode("utf-8")):
        raise Refused(401, "a bearer token is required (Authorization: Bearer TOKEN)",
                      {"WWW-Authenticate": "Bearer"})


# -- endpoints -------------------------------------------------------------------------------------


def create_app(settings: Settings, checks: Checks | None = None) -> Starlette:
    """The application. ``checks`` (the worker pool) is started by the caller, so that the
    server listens only once every worker is ready."""
    checks = checks or Checks(settings)
    log = AccessLog(settings.access_log or sys.stderr)

    async def answer(job: Job) -> Response:
        status, body = await checks.run(job)
        if status != 200:
            raise Refused(status, str(body))
        return JSONResponse(body)

    async def v2_check(request: Request) -> Response:
        fields = await _form(request, settings)
        _authorize(request, settings, fields)
        lang = _lt(lt.language_of, fields.get("language"))
        text, data = fields.get("text"), fields.get("data")
        if text is None and data is None:
            raise Refused(400, "Missing 'text' or 'data' parameter")
        segments = tuple(_lt(lt.parse_annotated, data)) if text is None else ()
        ignore = tuple(i for i in fields.get("disabledRules", "").split(",") if i in _known())
        select = tuple(i for i in fields.get("enabledRules", "").split(",") if i in _known()) \
            if fields.get("enabledOnly") == "true" else ()
        job = Job("languagetool", text or "", published=_published(fields.get("published")), select=select,
                  ignore=ignore, seconds=settings.time_limit or None, segments=segments, language=lang)
        return await answer(job)

    async def v2_languages(request: Request) -> Response:
        return JSONResponse(list(lt.LANGUAGES))

    def api(kind: str):
        async def endpoint(request: Request) -> Response:
            _authorize(request, settings)
            doc = await _json(request, settings)
            text, fmt = doc.get("text"), doc.get("format", "text")
            if not isinstance(text, str):
                raise Refused(400, "'text' (a string) is required")
            if fmt not in FORMATS:
                raise Refused(400, f"'format' must be one of {', '.join(FORMATS)}")
            job = Job(kind, text, fmt, _published(doc.get("published")), _rule_ids(doc.get("select"), "select"),
                      _rule_ids(doc.get("ignore"), "ignore"), settings.time_limit or None)
            return await answer(job)

        return endpoint

    async def page(request: Request) -> Response:
        html = resources.files("checker.serve").joinpath("static", "live.html").read_text(encoding="utf-8")
        return Response(html, media_type="text/html; charset=utf-8")

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            raise Refused(404, "not found")
        body = resources.files("checker.serve").joinpath("static", name).read_bytes()
        return Response(body, media_type=STATIC[name], headers={"Cache-Control": "no-cache"})

    async def report_css(request: Request) -> Response:
        from checker.report.html import CSS

        return Response(CSS, media_type="text/css; charset=utf-8", headers={"Cache-Control": "no-cache"})

    async def report_js(request: Request) -> Response:
        from checker.report.html import SCRIPT

        return Response(SCRIPT, media_type="text/javascript; charset=utf-8", headers={"Cache-Control": "no-cache"})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "checks_in_flight": checks.in_flight, "limit": checks.limit})

    routes = [
        Route("/v2/check", v2_check, methods=["GET", "POST"]),
        Route("/v2/languages", v2_languages, methods=["GET"]),
        Route("/api/check", api("check"), methods=["POST"]),
        Route("/api/extract", api("extract"), methods=["POST"]),
        Route("/api/live", api("live"), methods=["POST"]),
        Route("/", page, methods=["GET"]),
        Route("/static/report.css", report_css, methods=["GET"]),
        Route("/static/report.js", report_js, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
        Route("/healthz", healthz, methods=["GET"]),
    ]

    async def refused(request: Request, exc: Refused) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.message}, exc.status, headers=exc.headers)
        return PlainTextResponse(exc.message + "\n", exc.status, headers=exc.headers)

    async def http_error(request: Request, exc) -> Response:
        return await refused(request, Refused(exc.status_code, str(exc.detail), getattr(exc, "headers", None)))

    async def crashed(request: Request, exc: Exception) -> Response:
        return await refused(request, Refused(500, f"internal error: {type(exc).__name__}"))

    from starlette.exceptions import HTTPException

    app = Starlette(routes=routes, exception_handlers={Refused: refused, HTTPException: http_error,
                                                      Exception: crashed})
    app.state.checks = checks
    inner = app
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        inner = CORSMiddleware(inner, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                               allow_headers=["Authorization", "Content-Type"])
    return SecurityHeaders(log.wrap(inner))


def _known() -> set[str]:
    return {r.id for r in rules.all_rules()}


def _lt(function, value):
    try:
        return function(value)
    except lt.RequestError as exc:
        raise Refused(400, str(exc)) from None


# -- middleware ------------------------------------------------------------------------------------


class SecurityHeaders:
    """Every answer: a strict Content-Security-Policy (the live page runs only its own files),
    no sniffing, no framing, no referrer."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = dict(message, headers=list(message.get("headers", [])) + self.HEADERS)
            await send(message)

        await self.app(scope, receive, with_headers)


class AccessLog:
    """One JSON line per request: time, client, method, path, status, bytes in and out, and
    milliseconds. Never the query string or the body: drafts are confidential."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def wrap(self, app):
        async def logged(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            t0 = time.perf_counter()
            seen = {"status": 500, "out": 0, "in": 0}

            async def counting_receive():
                message = await receive()
                seen["in"] += len(message.get("body", b""))
                return message

            async def counting_send(message):
                if message["type"] == "http.response.start":
                    seen["status"] = message["status"]
                elif message["type"] == "http.response.body":
                    seen["out"] += len(message.get("body", b""))
                await send(message)

            try:
                await app(scope, counting_receive, counting_send)
            finally:
                self.write({
                    "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "client": (scope.get("client") or ["?"])[0],
                    "method": scope.get("method"),
                    "path": scope.get("path"),
                    "status": seen["status"],
                    "bytes_in": seen["in"],
                    "bytes_out": seen["out"],
                    "ms": round((time.perf_counter() - t0) * 1000, 1),
                })

        return logged

    def write(self, entry: dict) -> None:
        try:
            self.stream.write(json.dumps(entry, ensure_ascii=True) + "\n")
            self.stream.flush()
        except (OSError, ValueError):  # a full disk or a closed log must not fail the request
            pass

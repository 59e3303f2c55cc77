"""``factcheck serve``: checking drafts over HTTP.

- ``app``: the ASGI application (Starlette), its limits, token, CORS and access log;
- ``work``: what a request asks of a worker process (check, extract, the live page's answer,
  a LanguageTool answer), each under the time limit;
- ``languagetool``: LanguageTool's HTTP API mapped onto findings (annotated text, UTF-16 offsets);
- ``static/``: the live page (HTML, CSS, JavaScript), package data served at ``/``.

The command itself is ``checker/commands/serve.py``. Nothing here is imported by the other
commands.
"""

"""``factcheck lsp``: the language server, over standard input and output.

Editors start it themselves (see the README's "Editors: the language server"). It needs the
``lsp`` extra (pygls and lsprotocol): without it this command says how to install it and
exits 2. pygls is imported only here, when the command runs, never by ``factcheck check``.
"""

from __future__ import annotations

import argparse
import sys

NAME = "lsp"
HELP = "run the language server (LSP over stdio) that shows findings in an editor as a draft is written"

#: The packages the ``lsp`` extra brings (and what they need), and how to install them.
EXTRA = ("pygls", "lsprotocol", "cattrs", "attrs")
INSTALL = "pip install 'article-factcheck[lsp]'"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stdio", action="store_true",
                        help="talk LSP over standard input and output (the default and only transport; accepted "
                             "because many editors pass it)")


def run(args) -> int:
    try:
        from checker.lsp.server import main
    except ImportError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing not in EXTRA:
            raise
        print(f"factcheck: error: the language server needs the 'lsp' extra ({missing} is not installed): {INSTALL}",
              file=sys.stderr)
        return 2
    return main()

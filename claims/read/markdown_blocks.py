"""Markdown's block structure, by markdown-it-py: the blocks ``claims.read.markdown`` blanks
(fences, indented code, HTML blocks) are found here.

A module of its own so that markdown-it is imported only when a text may hold such a block
(``claims.read.markdown.may_hold_block``): most news articles hold none. Only markdown-it's
block rules run (the inline ones are not needed to find code and HTML blocks, and are the slow
part on pathological input).
"""

from __future__ import annotations

import gc

from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark").disable("inline")


def parse(text: str) -> list:
    """markdown-it's block tokens, with the cyclic garbage collector paused: parsing a large
    file creates hundreds of thousands of small objects and no cycles, and the collector's
    passes over them made an 8 MB file take 4x as long as a 4 MB one instead of 2x."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _md.parse(text)
    finally:
        if was_enabled:
            gc.enable()

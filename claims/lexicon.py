"""Lexicons are data (claims/lexicons/*.json), loaded once per process and cached."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

#: The lexicons ship as plain files inside the package (a wheel installs them beside this
#: module); reading them by path avoids importing importlib.resources on every start.
LEXICONS = Path(__file__).resolve().parent / "lexicons"


@cache
def load(name: str) -> dict:
    """The lexicon ``claims/lexicons/NAME.json`` as a dict (keys starting "_" are comments)."""
    text = (LEXICONS / f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)

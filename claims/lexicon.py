"""Lexicons are data (claims/lexicons/*.json), loaded once per process and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def load(name: str) -> dict:
    """The lexicon ``claims/lexicons/NAME.json`` as a dict (keys starting "_" are comments)."""
    text = resources.files("claims").joinpath("lexicons", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)

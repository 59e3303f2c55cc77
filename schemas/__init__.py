"""The JSON Schemas factcheck ships: claims documents, JSON reports, configuration, labelled cases.

They live in this package so a non-editable install finds them: ``schemas.load(name)``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAMES = ("claims", "report", "config", "cases")


@cache
def load(name: str) -> dict:
    """The schema ``schemas/NAME.schema.json`` as a dict."""
    if name not in NAMES:
        raise ValueError(f"unknown schema {name!r}")
    return json.loads((HERE / f"{name}.schema.json").read_text(encoding="utf-8"))


@cache
def validator(name: str):
    """A jsonschema validator for the named schema (checked once against its metaschema)."""
    from jsonschema import Draft202012Validator

    schema = load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)

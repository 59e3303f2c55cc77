"""The temporal lexicon's words and the token classes the resolver reads (one place for
the modules of claims.temporal that resolve mentions)."""

from __future__ import annotations

from claims.lexicon import load
from claims.temporal.tokens import CODE

LEX = load("temporal")
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
#: "Mo", "Tu": read only where the tagger found them beside a date (class WDSHORT)
WEEKDAYS_SHORT: dict[str, int] = {k: v for k, v in LEX["weekdays_two_letter"].items() if not k.startswith("_")}
UNITS: dict[str, str] = LEX["units"]
VAGUE: dict[str, list[int]] = LEX["vague_numbers"]
SEASONS: dict[str, str] = LEX["seasons"]
PARTS: dict[str, str] = LEX["parts_of_day"]
#: The most days each month has in any year (29 February exists in leap years).
LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
STOP = frozenset((CODE["PERIOD"], CODE["BREAK"]))
BREAK = CODE["BREAK"]
JOINS = frozenset(CODE[n] for n in ("AND", "OR", "TO", "HYPHEN", "DASH"))
MONTH_CLASSES = frozenset((CODE["MONTH"], CODE["MONABBR"]))
YEAR_CLASS = CODE["YEAR"]
DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"))

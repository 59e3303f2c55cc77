"""Where an article is, for the calendar words that depend on it.

Seasons run the other way round in the southern hemisphere (summer is December to February in
Sydney), and a few named days fall on another date in another country (Canada's Thanksgiving
is the second Monday of October). The place is read from the dateline ("SYDNEY (Reuters) -",
"WELLINGTON, 3 March -") where the lexicon knows the city or country, and for a named day also
from a country named beside it ("Canadian Thanksgiving"). Without one, the default is
the northern hemisphere and US holidays; every claim that depends on it says which it used
(``attrs.hemisphere``, ``attrs.holiday_country`` and their ``*_from``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import load

_LEX = load("temporal")["locale"]
_PEOPLE_PLACES = load("places")["countries"]

#: How many non-empty lines at the top of an article may hold its dateline.
DATELINE_LINES = 3
#: The most words a dateline place has ("RIO DE JANEIRO").
PLACE_WORDS = 3
#: How many words either side of a named day a country may stand to say whose day it is.
HOLIDAY_COUNTRY_WORDS = 3

#: a place name's key -> its country ("sydney" -> "australia", "australia" -> "australia")
_COUNTRY_OF: dict[str, str] = {}
for _country, _cities in _LEX["places"].items():
    _COUNTRY_OF[_country] = _country
    for _city in _cities:
        _COUNTRY_OF[_city] = _country
#: a country's name or demonym beside a named day -> the country, for the countries with their own holidays
_HOLIDAY_COUNTRY_WORDS: dict[str, str] = {}
for _country in _LEX["holidays"]:
    _HOLIDAY_COUNTRY_WORDS[_country] = _country
    for _word in _PEOPLE_PLACES.get(_country, []):
        _HOLIDAY_COUNTRY_WORDS[_word] = _country
SOUTHERN = frozenset(_LEX["southern_hemisphere"])
HOLIDAYS_BY_COUNTRY: dict[str, dict] = _LEX["holidays"]
DEFAULT_HOLIDAY_COUNTRY = "united states"

# the place: one to PLACE_WORDS words, then a dateline mark (agency, comma, dash, colon)
_WORD = r"[^\W\d_][^\W\d_'.]*"
_DATELINE = re.compile(rf"\s*(?P<place>{_WORD}(?:[ ]{_WORD}){{0,{PLACE_WORDS - 1}}})\s*(?P<mark>[(,:\-\u2013\u2014])")


@dataclass(frozen=True)
class Locale:
    """Where the article says it is: a lexicon country (or None) and how it was found."""

    country: str | None = None
    source: str = "default"  # "dateline" or "default"

    @property
    def hemisphere(self) -> str:
        return "southern" if self.country in SOUTHERN else "northern"

    def season_attrs(self) -> dict[str, str]:
        return {"hemisphere": self.hemisphere, "hemisphere_from": self.source if self.country else "default"}


DEFAULT = Locale()


def _strip_accents(s: str) -> str:
    return s.translate(_ACCENTS)


_ACCENTS = str.maketrans("áéíóúãõâêôçÁÉÍÓÚÃÕÂÊÔÇ", "aeiouaoaeocAEIOUAOAEOC")


def locale_of(text: str) -> Locale:
    """The place the dateline names, among the first ``DATELINE_LINES`` non-empty lines. A
    place in capitals may be followed by any dateline mark; in ordinary case only by an agency
    in brackets or a dash, so that a headline ("Australia, New Zealand sign pact") is not
    read as a dateline."""
    seen = start = 0
    while seen < DATELINE_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line, start = text[start:end], end + 1
        if not line.strip():
            continue
        seen += 1
        m = _DATELINE.match(line)
        if m is None:
            continue
        place = m.group("place")
        country = _COUNTRY_OF.get(_strip_accents(" ".join(place.split())).lower().rstrip("."))
        if country is None:
            continue
        if place.isupper() or m.group("mark") not in ",:":
            return Locale(country, "dateline")
    return DEFAULT


def holiday_rule(key: str, rule, locale: Locale, nearby: str) -> tuple[object, dict[str, str]]:
    """The rule for named day ``key`` where the article is, and the attrs that say so. A country
    named in the words ``nearby`` ("Canadian Thanksgiving", "Thanksgiving in Canada"; the
    resolver passes ``HOLIDAY_COUNTRY_WORDS`` each side) wins over the dateline. Only the days
    the lexicon knows to differ by country carry the attrs."""
    if not any(key in days for days in HOLIDAYS_BY_COUNTRY.values()):
        return rule, {}
    country, source = None, "default"
    words = re.findall(r"[^\W\d_]+", nearby.lower())
    for k, word in enumerate(words):
        for w in (word, " ".join(words[k:k + 2])):
            c = _HOLIDAY_COUNTRY_WORDS.get(w)
            if c is not None and key in HOLIDAYS_BY_COUNTRY[c]:
                country, source = c, "nearby"
        if country:
            break
    if country is None and locale.country is not None:
        country, source = locale.country, locale.source
    days = HOLIDAYS_BY_COUNTRY.get(country or "", {})
    if key in days:
        return days[key], {"holiday_country": country, "holiday_country_from": source}
    return rule, {"holiday_country": country or DEFAULT_HOLIDAY_COUNTRY,
                  "holiday_country_from": source if country else "default"}

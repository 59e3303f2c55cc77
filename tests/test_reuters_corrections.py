"""benchmarks/reuters_corrections.py: a correction is paired with the story it corrects by the
headline it names, and the hand-made list of internal errors names stories of the corpus."""

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from claims.model import Article

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location("reuters_corrections", ROOT / "benchmarks" / "reuters_corrections.py")
rc = sys.modules.setdefault("reuters_corrections", importlib.util.module_from_spec(SPEC))
SPEC.loader.exec_module(rc)


def story(id_, day, title, text="Body."):
    return Article(id_, id_, text, "jsonl", title, date(1987, 3, day))


def paired(articles):
    return {p.correction.id: (p.kind, p.original.id if p.original else None) for p in rc.pairs(articles)}


def test_a_notice_is_paired_by_the_headline_it_quotes():
    arts = [story("a", 20, "ITALIAN JANUARY INDUSTRIAL OUTPUT FALLS 3.4 PCT"),
            story("b", 20, "ITALIAN LIRA STEADY IN QUIET TRADE"),
            story("c", 20, "", 'CORRECTION - ROME - ITALIAN OUTPUT\n In story headlined "ITALIAN JANUARY '
                              'INDUSTRIAL OUTPUT FALLS 3.4 PCT" please read ... The fall follows ...')]
    assert paired(arts) == {"c": ("notice", "a")}


def test_a_resent_story_is_paired_with_the_earlier_one_sharing_its_ticker():
    arts = [story("a", 23, "DEROSE INDUSTRIES INC <DRI> 4TH QTR"),
            story("b", 24, "CORRECTED - DEROSE INDUSTRIES INC <DRI> 4TH QTR")]
    assert paired(arts) == {"b": ("resent", "a")}


def test_no_original_further_back_than_max_days_before():
    far = story("a", 1, "HECLA <HL> TO BUY MINE STAKE FROM BP")
    near = story("a", 24 - rc.MAX_DAYS_BEFORE, "HECLA <HL> TO BUY MINE STAKE FROM BP")
    fix = story("b", 24, "CORRECTED-HECLA <HL> TO BUY MINE STAKE FROM BP")
    assert paired([far, fix]) == {"b": ("resent", None)}
    assert paired([near, fix]) == {"b": ("resent", "a")}


def test_the_list_of_internal_errors_gives_a_reason_and_a_correction_for_each():
    spec = json.loads((ROOT / "benchmarks" / "reuters_corrections.json").read_text(encoding="utf-8"))
    for e in spec["internal"]:
        assert e["original"] != e["corrected"] and e["reason"] and isinstance(e["rules"], list)


@pytest.mark.skipif(not rc.CORPUS.exists(), reason="../shared/corpora/reuters21578.jsonl is not here")
def test_every_listed_story_is_in_the_corpus():
    spec = json.loads((ROOT / "benchmarks" / "reuters_corrections.json").read_text(encoding="utf-8"))
    wanted = {e["original"] for e in spec["internal"]} | {e["corrected"] for e in spec["internal"]}
    seen = set()
    with rc.CORPUS.open(encoding="utf-8") as f:
        for line in f:
            seen.add(json.loads(line)["id"])
    assert wanted <= seen

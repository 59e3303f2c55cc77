"""Build the clause reader's lexicon of verb forms (claims/lexicons/verbs.json) from a source.

    python benchmarks/clauses/build_verbs.py lemminflect OUT.json [--corpus FILE.jsonl ...]
    python benchmarks/clauses/build_verbs.py tempeval OUT.json
    python benchmarks/clauses/build_verbs.py suffixes OUT.json

Each source is one of the candidates measured for the reader's knowledge of which words are
verbs (figures in benchmarks/clauses/README.md):

- ``lemminflect``: the English lexicon of inflected forms that the lemminflect package (PyPI,
  MIT) ships inside it (``resources/infl_lu.csv.gz``: each verb's past, past participle, -ing
  and -s forms; each noun's plural). Run with lemminflect importable (``pip install --target
  DIR lemminflect``, then PYTHONPATH=DIR); it is needed only here, never at run time. With
  ``--corpus``, only forms that occur in those texts are kept (the lexicon stays small; an
  unknown form still reads by its suffix).
- ``tempeval``: the verb forms of the TempEval-3 TRAINING documents (TimeBank and AQUAINT,
  /work/shared/corpora/tempeval3: their MAKEINSTANCE pos="VERB" events and tense), never the
  Platinum test split.
- ``suffixes``: no forms at all: the reader falls back on suffixes (-ed, -ing) and the
  function words alone.

The lexicon maps a form (lower case) to its letters: B base, D past, N past participle,
G -ing, Z third person -s; ``noun_forms`` lists the forms that are nouns too ("rates",
"plans", "cut"), which the reader takes for verbs only in a verb's place.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import gzip
import json
import re
from pathlib import Path

TEMPEVAL = Path("/work/shared/corpora/tempeval3")


def from_lemminflect() -> tuple[dict[str, set[str]], set[str]]:
    import lemminflect  # noqa: PLC0415 (only this build step needs it)

    path = Path(lemminflect.__file__).parent / "resources" / "infl_lu.csv.gz"
    forms: dict[str, set[str]] = collections.defaultdict(set)
    nouns: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for row in csv.reader(f):
            lemma, pos, *rest = row
            if pos == "noun":
                nouns.add(lemma.lower())
                for r in rest:
                    nouns.update(w.lower() for w in r.split("/") if w)
                continue
            if pos != "verb" or not lemma.islower():
                continue
            vbd, vbn, vbg, vbz = (rest + ["", "", "", ""])[:4]
            forms[lemma].add("B")
            for letter, col in (("D", vbd), ("N", vbn or vbd), ("G", vbg), ("Z", vbz)):
                for w in col.split("/"):
                    if w:
                        forms[w.lower()].add(letter)
    return forms, nouns


def from_tempeval() -> tuple[dict[str, set[str]], set[str]]:
    forms: dict[str, set[str]] = collections.defaultdict(set)
    nouns: set[str] = set()
    event = re.compile(r'<EVENT eid="(e\d+)"[^>]*>([^<]+)</EVENT>')
    inst = re.compile(r'<MAKEINSTANCE eventID="(e\d+)"[^>]*tense="(\w+)"[^>]*pos="(\w+)"')
    for f in sorted(glob.glob(str(TEMPEVAL / "timebank" / "*.tml")) + glob.glob(str(TEMPEVAL / "aquaint" / "*.tml"))):
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        words = {e: w.strip().lower() for e, w in event.findall(text)}
        for e, tense, pos in inst.findall(text):
            w = words.get(e)
            if not w or " " in w:
                continue
            if pos == "NOUN":
                nouns.add(w)
            elif pos == "VERB":
                if w.endswith("ing"):
                    forms[w].add("G")
                elif tense == "PAST" or w.endswith("ed"):
                    forms[w].update("DN" if w.endswith("ed") else "D")
                elif tense == "PRESENT" and w.endswith("s"):
                    forms[w].add("Z")
                else:
                    forms[w].add("B")
    return forms, nouns


def corpus_words(paths: list[str]) -> set[str]:
    seen: set[str] = set()
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                seen.update(w.lower() for w in re.findall(r"[A-Za-z][a-z'-]*", json.loads(line)["text"]))
    return seen


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("source", choices=("lemminflect", "tempeval", "suffixes"))
    ap.add_argument("out")
    ap.add_argument("--corpus", nargs="*", default=[])
    args = ap.parse_args()
    if args.source == "lemminflect":
        forms, nouns = from_lemminflect()
    elif args.source == "tempeval":
        forms, nouns = from_tempeval()
    else:
        forms, nouns = {}, set()
    if args.corpus:
        seen = corpus_words(args.corpus)
        forms = {w: v for w, v in forms.items() if w in seen}
    doc = ("Verb forms, lower case, for the clause reader (claims/language/clauses.py): B base, D past, "
           "N past participle, G -ing, Z third person -s. 'noun_forms': forms that are nouns too, read as "
           f"verbs only in a verb's place. Built by benchmarks/clauses/build_verbs.py from {args.source}.")
    out = {"_doc": doc,
           "forms": {w: "".join(sorted(v)) for w, v in sorted(forms.items())},
           "noun_forms": sorted(w for w in forms if w in nouns)}
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(out['forms'])} forms, {len(out['noun_forms'])} also nouns -> {args.out}")


if __name__ == "__main__":
    main()

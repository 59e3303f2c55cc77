"""The language layer's sentence splitter against the libraries that could replace it.

    python benchmarks/language_layer.py [--articles N] [REUTERS_JSONL]

Speed: sentences split per second over the first N Reuters-21578 articles (default 2,000).
Accuracy: the share of hand-labelled newswire texts (``CASES`` below, written for this
benchmark: abbreviations, initials, datelines, dates, quotations, paragraph-per-line text)
split exactly as labelled. Candidates are those that install from the package index and run
without downloading models at run time: pysbd, syntok, NLTK's Punkt without trained data.
A library missing from the environment is reported as such (``pip install pysbd syntok
nltk`` to compare). Figures are in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.language import Analysis  # noqa: E402

#: (text, the sentences a newswire editor reads in it)
CASES = [
    ("Prof. Jones met Gen. Ortiz on Friday. They spoke for an hour.",
     ["Prof. Jones met Gen. Ortiz on Friday.", "They spoke for an hour."]),
    ("The U.S. Army said it would stay. The U.N. agreed.",
     ["The U.S. Army said it would stay.", "The U.N. agreed."]),
    ("Shares of Acme Inc. rose 5 pct. The company said profit fell.",
     ["Shares of Acme Inc. rose 5 pct.", "The company said profit fell."]),
    ("The plant is run by Acme Inc. It employs 400 people.",
     ["The plant is run by Acme Inc.", "It employs 400 people."]),
    ("The vote is on Tues., Sept. 12 at 10 a.m. in the town hall.",
     ["The vote is on Tues., Sept. 12 at 10 a.m. in the town hall."]),
    ("J. R. Smith, 45, resigned. His deputy, Ana M. Ruiz, takes over.",
     ["J. R. Smith, 45, resigned.", "His deputy, Ana M. Ruiz, takes over."]),
    ("\u201cWe will not leave.\u201d Diop said so on Friday.",
     ["\u201cWe will not leave.\u201d", "Diop said so on Friday."]),
    ("Growth was 2.5 pct in 1986. Inflation was 3.1 pct.",
     ["Growth was 2.5 pct in 1986.", "Inflation was 3.1 pct."]),
    ("21 April 2024, Sunday\n\nBAMAKO \u2014 The mission ended. Troops left.",
     ["21 April 2024, Sunday", "BAMAKO \u2014 The mission ended.", "Troops left."]),
    ("Mali coup leaders meet\nThe junta met on Monday.",
     ["Mali coup leaders meet", "The junta met on Monday."]),
    ("It rose to No. 3 in the ranking. Then it fell.",
     ["It rose to No. 3 in the ranking.", "Then it fell."]),
    ("Did it work? Nobody knows! Officials declined to comment.",
     ["Did it work?", "Nobody knows!", "Officials declined to comment."]),
    ("The firm, founded in 1991 by Dr. Helen Marsh, employs 30 people (about 20 of them part-time).",
     ["The firm, founded in 1991 by Dr. Helen Marsh, employs 30 people (about 20 of them part-time)."]),
    ("He moved to Washington, D.C. in 2001. He left in 2009.",
     ["He moved to Washington, D.C. in 2001.", "He left in 2009."]),
    ("The St. Louis plant closed. Mt. Vernon's stayed open.",
     ["The St. Louis plant closed.", "Mt. Vernon's stayed open."]),
    ("Exports rose 4.9 pct in Feb. after a fall in Jan. The ministry said imports fell.",
     ["Exports rose 4.9 pct in Feb. after a fall in Jan.", "The ministry said imports fell."]),
]


def ours(text: str) -> list[str]:
    a = Analysis(text)
    return [text[s.start:s.end] for s in a.sentences]


def candidates():
    out = {"factcheck (claims.language)": ours}
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd"] = lambda t: [s.strip() for s in seg.segment(t) if s.strip()]
    except ImportError:
        out["pysbd"] = None
    try:
        from syntok import segmenter

        def syntok_split(t: str) -> list[str]:
            found = []
            for para in segmenter.analyze(t):
                for sent in para:
                    a, b = sent[0].offset, sent[-1].offset + len(sent[-1].value)
                    found.append(t[a:b])
            return found

        out["syntok"] = syntok_split
    except ImportError:
        out["syntok"] = None
    try:
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        punkt = PunktSentenceTokenizer()
        out["nltk punkt (untrained)"] = lambda t: punkt.tokenize(t)
    except ImportError:
        out["nltk punkt (untrained)"] = None
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/corpora/reuters21578.jsonl"))
    p.add_argument("--articles", type=int, default=2000)
    args = p.parse_args(argv)
    texts = []
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.articles:
                break
    size = sum(len(t) for t in texts)
    print(f"{len(texts)} articles, {size / 1e6:.1f} MB; {len(CASES)} labelled texts")
    print(f"{'splitter':30} {'articles/s':>10} {'MB/s':>6} {'labelled texts right':>21}")
    for name, fn in candidates().items():
        if fn is None:
            print(f"{name:30} not installed")
            continue
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        right = sum(1 for text, want in CASES if [s.strip() for s in fn(text)] == want)
        print(f"{name:30} {len(texts) / dt:10.0f} {size / dt / 1e6:6.2f} {right:>15}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

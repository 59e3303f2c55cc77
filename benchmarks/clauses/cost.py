"""What the clause reader costs: time to read every sentence of N Reuters articles.

    python benchmarks/clauses/cost.py [--articles 2000] [--verbs LEXICON.json] [--repeat 3]

Prints the time to build the language layer's analysis of each article (tokens, sentences:
what every check pays), the time to read the clauses of all their sentences on top of it (the
most a check could pay, were every sentence asked for), the time to load the lexicon of verb
forms (paid once, on the first reading), and sentences read per second; each the best of
--repeat rounds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims.language import clauses as reader  # noqa: E402
from claims.language.analysis import Analysis  # noqa: E402

CORPUS = Path("/work/shared/corpora/reuters21578.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--verbs")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.verbs:
        lex = json.loads(Path(args.verbs).read_text(encoding="utf-8"))
        reader.use_verbs(lex["forms"], frozenset(lex["noun_forms"]))
    reader.read(Analysis("It said so.").tokens)  # loads the lexicons
    load = time.perf_counter() - t0
    texts = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.articles:
                break
    build = read = float("inf")
    for _ in range(args.repeat):  # the best of --repeat rounds: the machine may be shared
        t0 = time.perf_counter()
        analyses = [Analysis(t) for t in texts]
        build = min(build, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n = clauses = 0
        for an in analyses:
            for s in an.sentences:
                clauses += len(an.reading(s).clauses)
                n += 1
        read = min(read, time.perf_counter() - t0)
    print(f"{len(texts)} articles, {n} sentences, {clauses} clauses")
    print(f"analysis (tokens, sentences): {build:.2f} s")
    print(f"clause reading, all sentences: {read:.2f} s ({n / read:,.0f} sentences/s; +{100 * read / build:.0f}% on the analysis)")
    print(f"lexicon load (once): {load * 1000:.0f} ms")


if __name__ == "__main__":
    main()

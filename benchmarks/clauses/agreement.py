"""How far two annotators of the same sentences agree, by the clause scorer's own measures.

    python benchmarks/clauses/agreement.py A.jsonl B.jsonl

A and B are gold files in the format of benchmarks/clauses/README.md, labelling (some of) the same
sentences (matched by ``id``). B is read against A the way score.py reads the reader against a
gold file: clause verbs (the same occurrence) precision, recall and F1; on clauses both give the
same verb, subject, object and kind agreement, and attachment agreement of A's relative and
participle clauses; appositions and as-roles, pairs of heads in order, precision and recall. It is
the ceiling the reader's figures are read against: what the labelling guide leaves open.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score import locate, overlaps  # noqa: E402

PAIRS = ("appositions", "as_roles")


def load(path: str) -> dict[str, dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return {row["id"]: row for row in rows}


def agree(a: dict[str, dict], b: dict[str, dict]) -> dict:
    """The counts of agreement of ``b`` against ``a`` over the sentences both label."""
    n = {"sentences": 0, "a": 0, "b": 0, "same_verb": 0, "subject": 0, "object": 0, "kind": 0,
         "attach": 0, "attach_of": 0}
    pairs = {key: {"a": 0, "b": 0, "both": 0} for key in PAIRS}
    for sid in (s for s in b if s in a):
        x, y = a[sid], b[sid]
        text = x["sentence"]
        n["sentences"] += 1
        n["a"] += len(x["clauses"])
        n["b"] += len(y["clauses"])
        taken: set[int] = set()
        for ca in x["clauses"]:
            verb = locate(text, ca["verb"])
            j = next((j for j, cb in enumerate(y["clauses"])
                      if j not in taken and verb is not None and locate(text, cb["verb"]) == verb), None)
            if j is None:
                continue
            taken.add(j)
            cb = y["clauses"][j]
            n["same_verb"] += 1
            for key in ("subject", "object"):
                n[key] += overlaps(locate(text, ca.get(key)), locate(text, cb.get(key)))
            n["kind"] += ca.get("kind") == cb.get("kind")
            if ca.get("kind") in ("relative", "participle"):
                n["attach_of"] += 1
                n["attach"] += overlaps(locate(text, ca.get("attaches_to")), locate(text, cb.get("attaches_to")))
        for key in PAIRS:
            pa = [(locate(text, p), locate(text, q)) for p, q in x.get(key, [])]
            pb = [(locate(text, p), locate(text, q)) for p, q in y.get(key, [])]
            pairs[key]["a"] += len(pa)
            pairs[key]["b"] += len(pb)
            pairs[key]["both"] += sum(any(overlaps(p[0], q[0]) and overlaps(p[1], q[1]) for q in pa) for p in pb)
    return {**n, "pairs": pairs}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a")
    ap.add_argument("b")
    args = ap.parse_args(argv)
    n = agree(load(args.a), load(args.b))
    same = n["same_verb"]
    p, r = same / max(n["b"], 1), same / max(n["a"], 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"sentences {n['sentences']}; clauses A {n['a']}, B {n['b']}, same verb {same}: "
          f"P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    print(f"on same-verb clauses: subject {n['subject'] / max(same, 1):.3f}, object "
          f"{n['object'] / max(same, 1):.3f}, kind {n['kind'] / max(same, 1):.3f}; attachment "
          f"{n['attach']}/{n['attach_of']}")
    for key, c in n["pairs"].items():
        print(f"{key}: A {c['a']}, B {c['b']}, both {c['both']}: P {c['both'] / max(c['b'], 1):.3f} "
              f"R {c['both'] / max(c['a'], 1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

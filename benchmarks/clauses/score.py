"""Score the clause reader (claims/language/clauses.py) against hand-labelled sentences.

    python benchmarks/clauses/score.py GOLD.jsonl [--errors] [--json] [--verbs LEXICON.json]

GOLD is JSON Lines, one sentence a line, in the labelling format of benchmarks/clauses/README.md
(``sentence``; ``clauses`` with ``verb``, ``subject``, ``object``, ``kind``, ``attaches_to``;
``appositions`` and ``as_roles`` as pairs). A label is a word or words of the sentence as
written; "word#2" is its second occurrence. Each sentence is read on its own (as a text of one
sentence: where the splitter cuts it in two, the readings of both count).

What is counted:
- clause verbs: a clause of the reader matches a gold clause when its lexical verb is the gold
  verb (the same occurrence); precision, recall and F1 over all clauses;
- on matched clauses: subject, object and kind accuracy, and attachment accuracy of the gold
  relative and participle clauses. A head matches when its span and the gold label's overlap
  (a name may be given in full or by its last word: "Mary Barra" and "Barra" match); "none"
  matches only "none";
- appositions and as-roles: a pair matches when both its phrases' heads match, in order;
- sentences per second: reading (tokens, sentence, clause reading) of the gold sentences, best
  of five passes.
--errors lists each sentence's misses; --json prints the figures as JSON; --verbs reads with
another lexicon of verb forms (a candidate, built by benchmarks/clauses/build_verbs.py).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims.language import clauses as reader  # noqa: E402
from claims.language.analysis import Analysis  # noqa: E402


def locate(sentence: str, label: str | None) -> tuple[int, int] | None:
    """[start, end) of a label ("word", "two words", "word#2") in the sentence, or None."""
    if label is None:
        return None
    m = re.fullmatch(r"(.*?)#(\d+)", label)
    text, nth = (m.group(1), int(m.group(2))) if m else (label, 1)
    found = [x.start() for x in re.finditer(re.escape(text), sentence)]
    bounded = [a for a in found if (a == 0 or not sentence[a - 1].isalnum())
               and (a + len(text) == len(sentence) or not sentence[a + len(text)].isalnum())]
    spots = bounded if len(bounded) >= nth else found
    if len(spots) < nth:
        return None
    a = spots[nth - 1]
    return a, a + len(text)


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] < b[1] and b[0] < a[1]


def head(phrase) -> tuple[int, int] | None:
    return None if phrase is None else (phrase.head_start, phrase.head_end)


def read(sentence: str):
    an = Analysis(sentence)
    clauses, apps, roles = [], [], []
    for s in an.sentences:
        r = an.reading(s)
        clauses += r.clauses
        apps += r.appositions
        roles += r.as_roles
    return clauses, apps, roles


class Tally:
    def __init__(self):
        self.n = {}

    def add(self, key: str, ok: bool) -> None:
        good, total = self.n.get(key, (0, 0))
        self.n[key] = (good + ok, total + 1)

    def rate(self, key: str) -> float:
        good, total = self.n.get(key, (0, 0))
        return good / total if total else 0.0


def prf(found: int, right: int, gold: int) -> dict:
    p = right / found if found else 0.0
    r = right / gold if gold else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 3),
            "found": found, "right": right, "gold": gold}


def pairs_match(sentence: str, gold: list, mine: list, first, second) -> tuple[int, list, list]:
    """How many of ``mine`` match a gold pair (each gold pair used once), the gold pairs missed
    and the pairs of mine that matched none."""
    left = [(locate(sentence, a), locate(sentence, b), (a, b)) for a, b in gold]
    right, extra = 0, []
    for p in mine:
        x, y = head(first(p)), head(second(p))
        hit = next((g for g in left if overlaps(g[0], x) and overlaps(g[1], y)), None)
        if hit is None:
            extra.append((sentence[x[0]:x[1]], sentence[y[0]:y[1]]))
        else:
            left.remove(hit)
            right += 1
    return right, [g[2] for g in left], extra


def score(path: str, errors: bool = False) -> dict:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    t = Tally()
    counts = {"found": 0, "right": 0, "gold": 0, "app": [0, 0, 0], "as": [0, 0, 0]}
    for row in rows:
        s = row["sentence"]
        clauses, apps, roles = read(s)
        gold = row["clauses"]
        counts["found"] += len(clauses)
        counts["gold"] += len(gold)
        used = set()
        notes = []
        for g in gold:
            gv = locate(s, g["verb"])
            c = next((c for k, c in enumerate(clauses) if k not in used and overlaps((c.verb.verb_start, c.verb.verb_end), gv)), None)
            if c is None:
                notes.append(f"  missed verb {g['verb']!r} ({g['kind']})")
                continue
            used.add(clauses.index(c))
            counts["right"] += 1
            for key, mine in (("subject", c.subject), ("object", c.object)):
                ok = overlaps(head(mine), locate(s, g.get(key)))
                t.add(key, ok)
                if not ok:
                    got = None if mine is None else s[mine.head_start:mine.head_end]
                    notes.append(f"  {g['verb']}: {key} {got!r}, gold {g.get(key)!r}")
            t.add("kind", c.kind == g["kind"])
            if c.kind != g["kind"]:
                notes.append(f"  {g['verb']}: kind {c.kind}, gold {g['kind']}")
            if g["kind"] in ("relative", "participle"):
                ok = overlaps(head(c.attaches_to), locate(s, g.get("attaches_to")))
                t.add("attaches_to", ok)
                if not ok:
                    got = None if c.attaches_to is None else s[c.attaches_to.head_start:c.attaches_to.head_end]
                    notes.append(f"  {g['verb']}: attaches_to {got!r}, gold {g.get('attaches_to')!r}")
        for k, c in enumerate(clauses):
            if k not in used:
                notes.append(f"  extra verb {s[c.verb.verb_start:c.verb.verb_end]!r} ({c.kind})")
        for key, gold_pairs, mine, f, sec in (("app", row.get("appositions", []), apps, lambda p: p.first, lambda p: p.second),
                                              ("as", row.get("as_roles", []), roles, lambda p: p.holder, lambda p: p.role)):
            right, missed, extra = pairs_match(s, gold_pairs, mine, f, sec)
            counts[key][0] += len(mine)
            counts[key][1] += right
            counts[key][2] += len(gold_pairs)
            notes += [f"  missed {key} {m}" for m in missed] + [f"  extra {key} {e}" for e in extra]
        if errors and notes:
            print(f"{row['id']}: {s}")
            print("\n".join(notes))
    sentences = [row["sentence"] for row in rows]
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for s in sentences:
            read(s)
        best = min(best, time.perf_counter() - t0)
    return {
        "sentences": len(rows),
        "clause_verbs": prf(counts["found"], counts["right"], counts["gold"]),
        "subject_head_accuracy": round(t.rate("subject"), 3),
        "object_head_accuracy": round(t.rate("object"), 3),
        "kind_accuracy": round(t.rate("kind"), 3),
        "attachment_accuracy": round(t.rate("attaches_to"), 3),
        "attachment_cases": t.n.get("attaches_to", (0, 0))[1],
        "appositions": prf(*counts["app"]),
        "as_roles": prf(*counts["as"]),
        "sentences_per_second": round(len(sentences) / best) if best else 0,
    }


def table(fig: dict) -> str:
    cv, ap, ar = fig["clause_verbs"], fig["appositions"], fig["as_roles"]
    rows = [
        ("sentences", f"{fig['sentences']}"),
        ("clause verbs P / R / F1", f"{cv['precision']:.3f} / {cv['recall']:.3f} / {cv['f1']:.3f}  ({cv['right']} of {cv['gold']} gold, {cv['found']} found)"),
        ("subject head accuracy (matched)", f"{fig['subject_head_accuracy']:.3f}"),
        ("object head accuracy (matched)", f"{fig['object_head_accuracy']:.3f}"),
        ("relative/participle attachment", f"{fig['attachment_accuracy']:.3f}  ({fig['attachment_cases']} clauses)"),
        ("kind accuracy (matched)", f"{fig['kind_accuracy']:.3f}"),
        ("appositions P / R", f"{ap['precision']:.3f} / {ap['recall']:.3f}  ({ap['right']} of {ap['gold']} gold, {ap['found']} found)"),
        ("as-roles P / R", f"{ar['precision']:.3f} / {ar['recall']:.3f}  ({ar['right']} of {ar['gold']} gold, {ar['found']} found)"),
        ("sentences per second", f"{fig['sentences_per_second']:,}"),
    ]
    width = max(len(a) for a, _ in rows)
    return "\n".join(f"{a:<{width}}  {b}" for a, b in rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbs", help="a lexicon of verb forms to read with instead of claims/lexicons/verbs.json")
    args = ap.parse_args()
    if args.verbs:
        lex = json.loads(Path(args.verbs).read_text(encoding="utf-8"))
        reader.use_verbs(lex["forms"], frozenset(lex["noun_forms"]))
    fig = score(args.gold, errors=args.errors)
    print(json.dumps(fig, indent=1) if args.json else table(fig))


if __name__ == "__main__":
    main()

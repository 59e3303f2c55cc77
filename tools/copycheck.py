"""Text copied from the labelled article sets into code, comments, lexicons or tests.

    python tools/copycheck.py [BASE]     # lines added since BASE (default: main); exit 1 on a copy
    python tools/copycheck.py --all      # every line of every tracked file outside benchmarks/

The study sets (benchmarks/holdout*/) and the dev set (../shared/devset/) measure how the rules
do on writing they were not built from. A sentence of theirs copied into a rule, a lexicon, an
EXAMPLES row, a test or even a comment makes the next figure measure the copy. This reads every
line added since BASE outside benchmarks/ (git diff, the working tree included) and reports each
one that shares a run of N_GRAM words with any article of those sets (case and punctuation
ignored). Six words: short enough to catch a paraphrase that keeps a clause, long enough that
"on the first day of the" style function-word runs are not reported (those are dropped
explicitly too: a run made only of FUNCTION_WORDS is never a copy).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N_GRAM = 6
SETS = (*sorted((ROOT / "benchmarks").glob("holdout*")), ROOT.parent / "shared" / "devset")
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as is was were be been are it its this "
    "that these those he she they his her their him them we our you your i not no than then".split()
)


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def grams(tokens: list[str]) -> set[tuple[str, ...]]:
    return {
        tuple(tokens[i : i + N_GRAM])
        for i in range(len(tokens) - N_GRAM + 1)
        if not set(tokens[i : i + N_GRAM]) <= FUNCTION_WORDS
    }


def set_grams() -> dict[tuple[str, ...], Path]:
    """Every N_GRAM-word run of every article in the labelled sets, with one article it is in."""
    seen: dict[tuple[str, ...], Path] = {}
    for base in SETS:
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix in ARTICLE_SUFFIXES and path.name != "README.md" and path.is_file():
                for gram in grams(words(path.read_text(encoding="utf-8", errors="replace"))):
                    seen.setdefault(gram, path)
    return seen


def added_lines(base: str) -> list[tuple[str, int, str]]:
    """(file, line, text) of every line added since ``base``, outside benchmarks/."""
    diff = subprocess.run(
        ["git", "diff", "--unified=0", "--no-color", base, "--", ".", ":(exclude)benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    out: list[tuple[str, int, str]] = []
    path, line = "", 0
    for row in diff.splitlines():
        if row.startswith("+++ "):
            path = row[6:] if row.startswith("+++ b/") else ""
        elif row.startswith("@@"):
            line = int(re.search(r"\+(\d+)", row).group(1))
        elif row.startswith("+") and path:
            out.append((path, line, row[1:]))
            line += 1
    return out


def all_lines() -> list[tuple[str, int, str]]:
    """(file, line, text) of every line of every tracked text file outside benchmarks/."""
    files = subprocess.run(
        ["git", "ls-files", "--", ".", ":(exclude)benchmarks"], cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()
    out: list[tuple[str, int, str]] = []
    for name in files:
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        out.extend((name, i, row) for i, row in enumerate(text.splitlines(), 1))
    return out


def main(argv: list[str]) -> int:
    base = argv[1] if len(argv) > 1 else "main"
    known = set_grams()
    lines = all_lines() if base == "--all" else added_lines(base)
    hits = 0
    # Runs that cross line breaks count too: each file's added lines are read as one text, and a
    # hit is reported at the line where its run starts.
    by_file: dict[str, list[tuple[int, str]]] = {}
    for path, line, text in lines:
        by_file.setdefault(path, []).append((line, text))
    for path, rows in by_file.items():
        tokens: list[tuple[str, int]] = [(w, line) for line, text in rows for w in words(text)]
        reported: set[int] = set()
        for i in range(len(tokens) - N_GRAM + 1):
            gram = tuple(w for w, _ in tokens[i : i + N_GRAM])
            source = known.get(gram)
            if source is not None and not set(gram) <= FUNCTION_WORDS and tokens[i][1] not in reported:
                reported.add(tokens[i][1])
                hits += 1
                print(f"{path}:{tokens[i][1]}: \"{' '.join(gram)}\" is in {source.parent.parent.name}/{source.parent.name}/{source.name}")
    print(f"{len(lines)} {'lines' if base == '--all' else 'added lines since ' + base}, {hits} with a run of {N_GRAM} words from a labelled set")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""How long after the last keystroke the language server's diagnostics arrive, for a 1,000-word draft.

    python benchmarks/lsp_latency.py [--words N] [--rounds R] [--gap MS]

Starts ``factcheck lsp`` as an editor does (a child process over stdio, pygls's client), opens
a draft of N words (default 1,000, built from examples/mali-minusma.txt), then R times types a
word, one keystroke (a full-text ``didChange``) every GAP milliseconds, and times from sending
the last keystroke to receiving the ``publishDiagnostics`` of that version. The clock is the
client's, so the figure includes the round trip over the pipes: an upper bound of the server
side. The goal in issue 14 is 150 ms. Also printed: one ``check_draft`` of the draft in this
process (the check alone, without debounce or transport).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lsprotocol import types  # noqa: E402
from pygls.lsp.client import LanguageClient  # noqa: E402

from checker.lsp.drafts import check_draft  # noqa: E402


def draft(words: int) -> str:
    """At least ``words`` words: the Mali example's paragraphs, repeated, under its dateline."""
    text = (ROOT / "examples" / "mali-minusma.txt").read_text(encoding="utf-8")
    head, body = text.split("\n", 1)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    out, n, i = [head], 0, 0
    while n < words:
        p = paragraphs[i % len(paragraphs)]
        out.append(p)
        n += len(p.split())
        i += 1
    return "\n\n".join(out) + "\n"


async def measure(text: str, rounds: int, gap: float) -> list[float]:
    client = LanguageClient("lsp-latency", "1")
    arrived: dict[int, float] = {}
    got = asyncio.Event()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(ls, params: types.PublishDiagnosticsParams):
        arrived[params.version] = time.perf_counter()
        got.set()

    await client.start_io(sys.executable, "-m", "checker", "lsp", cwd=str(ROOT))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = (ROOT / "benchmark-draft.txt").as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "plaintext", 1, text)))
    await wait_for(arrived, 1, got)

    version, latencies = 1, []
    for r in range(rounds):
        word = f" word{r}"
        for i in range(1, len(word) + 1):  # one keystroke at a time
            version += 1
            sent = time.perf_counter()
            client.text_document_did_change(types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version, uri),
                [types.TextDocumentContentChangeWholeDocument(text + word[:i])]))
            await asyncio.sleep(gap)
        await wait_for(arrived, version, got)
        latencies.append((arrived[version] - sent) * 1000)
        text += word
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies


async def wait_for(arrived: dict, version: int, got: asyncio.Event) -> None:
    while version not in arrived:
        got.clear()
        await asyncio.wait_for(got.wait(), 60)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--gap", type=float, default=30, metavar="MS", help="milliseconds between keystrokes (default 30)")
    args = ap.parse_args(argv)
    text = draft(args.words)
    check_draft(text, source="warm-up", fmt="text")
    t0 = time.perf_counter()
    check_draft(text, source="draft", fmt="text")
    alone = (time.perf_counter() - t0) * 1000
    latencies = sorted(asyncio.run(measure(text, args.rounds, args.gap / 1000)))
    p90 = latencies[int(0.9 * (len(latencies) - 1))]
    print(f"{len(text.split())}-word draft, {args.rounds} words typed at one key per {args.gap:g} ms")
    print(f"check alone (in process): {alone:.0f} ms")
    print(f"last keystroke -> diagnostics: median {statistics.median(latencies):.0f} ms, p90 {p90:.0f} ms, "
          f"max {latencies[-1]:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

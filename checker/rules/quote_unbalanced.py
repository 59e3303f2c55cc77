"""quote.unbalanced: a quotation mark that does not pair up within its paragraph."""

from __future__ import annotations

from checker.findings import Finding, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from claims.model import ClaimSet

OPEN = "opening quotation mark {mark} is not closed in its paragraph"
CLOSE = "closing quotation mark {mark} has no opening mark in its paragraph"


@rule("quote.unbalanced", Severity.INFO, "A quotation mark with no partner in its paragraph", needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Every double quotation mark (curly “ ”, German „ “, straight ", guillemets « »):
        an opening mark must be closed within its paragraph, and a closing mark must have
        been opened there. A single mark (‘ or ') that opens a quotation where quotations open
        (a line start, or after a sentence end, a colon or a comma) before a capital letter
        must be closed in its paragraph too (the British style: 'We are ready,' he said.),
        before the next quotation of the paragraph opens when a speech tag stands between
        ('We are ready, he said. 'We leave at dawn.': the first was left open).

    Why it matters
        A missing closing mark makes it unclear where the speaker's words end and the
        reporter's begin; a stray one usually means words were cut or pasted.

    Does not flag
        The newspaper convention for a quotation over several paragraphs: a paragraph left
        open is fine when the next paragraph opens with a quotation mark, unless that
        quotation is tagged as the words of a named person whom the open quotation's
        paragraph, naming people, does not name ("“…,” said Jane Doe": another speaker, so the
        first was left unclosed; not "he said", nor after a paragraph that names no one) (also inside one
        flattened paragraph, when the new mark follows the end of a sentence, unless a
        speech tag stands inside the open quotation: ", said Jane Doe" is the reporter's, so
        the mark was left unclosed before it; for single marks, when the next paragraph opens
        with the same mark). Any other single mark, which cannot be told from an apostrophe
        reliably: one before a lowercase letter or a digit ('90s, 'em), before an elision
        ('Tis), mid-sentence, or with a mark later in its paragraph that could close it or be
        an apostrophe ("the players' kit"); a single mark inside a double quotation; inch signs
        ("a 12" pipe"); a straight double quote typed for an apostrophe ("the country"s
        debt", "the Philippines" program"); a quotation wrapped over two lines of one
        paragraph.
    """
    text = claims.article.text
    for q in claims.of_kind("quote"):
        status = q.attrs.get("status")
        if status == "unclosed":
            mark = text[q.start:q.start + 1]
            yield Finding(OPEN.format(mark=mark), q.start, q.start + 1,
                          evidence=[f"the quotation “{_short(q.attrs.get('text') or '')}” runs to the end of its paragraph",
                                    "the next paragraph does not go on with it: it opens no quotation mark, or its "
                                    "quotation is tagged as another named person's"])
        elif status == "stray-close":
            mark = text[q.start:q.end]
            yield Finding(CLOSE.format(mark=mark), q.start, q.end,
                          evidence=["no opening mark before it in the same paragraph is left open"])


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s[:4 * n].split())  # only the start is shown: never split the whole quotation
    return s if len(s) <= n else s[:n - 1] + "…"


EXAMPLES = (
    flags("Ana Ruiz runs the ferry. 'We lost two sailings this week, she said. 'The wind has not dropped "
          "since Monday.'", published="2024-04-21",
          note="British single marks: the next quotation opens before the first closed, a speech tag between"),
    passes("Ana Ruiz runs the ferry. 'We lost two sailings this week,' she said. 'The wind has not dropped "
           "since Monday.'", published="2024-04-21", note="each quotation closed"),
    flags("\u201cThe mission has failed, Diop said on Friday.", published="2024-04-21",
          note="the opening mark is never closed"),
    passes("\u201cThe mission has failed,\u201d Diop said on Friday.", published="2024-04-21"),
    flags('"The mission has failed, said Amadou Diop at the rally. "Now we leave."', published="2024-04-21",
          note="a speech tag inside the open quotation: it was not closed before it"),
    passes('"The mission has failed. "Now we leave," said Amadou Diop.', published="2024-04-21",
           note="a quotation continued after a sentence end, with no speech tag inside"),
    flags("Diop said: 'The mission has failed and we are leaving.\n\nThe troops left on Friday.",
          published="2024-04-21", note="a single mark opening a quotation after a colon, never closed"),
    flags("Commuter Ana Ruiz said the trains were late. \u201cI used to be early.\n\n\u201cWe know the timetable "
          "is poor,\u201d said rail director Amadou Diop.", published="2024-04-21",
          note="the next paragraph's quotation is another named speaker's: the first was left open"),
    passes("Commuter Ana Ruiz said the trains were late. \u201cI used to be early.\n\n\u201cNow I am never on "
           "time,\u201d Ruiz said.", published="2024-04-21", note="the same speaker goes on: a continued quotation"),
    passes("Diop said: 'The mission has failed and we are leaving.\n\n'We go home,' he added.",
           published="2024-04-21", note="the next paragraph opens with the same mark: a continued quotation"),
)

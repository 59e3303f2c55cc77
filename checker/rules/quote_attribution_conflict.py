"""quote.attribution-conflict: the same quoted words attributed to two different speakers."""

from __future__ import annotations

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.name_variant import core, spelling_difference
from claims.model import ClaimSet
from claims.quotes import normalize_words

MESSAGE = "the same words are attributed to {this} here and to {other} elsewhere"
RELATED = "attributed to {other} here"
MIN_WORDS = 4
MESSAGE_NEAR = ("nearly the same words (“{word}” for “{was}”) are attributed to {this} here and to {other} "
                "elsewhere")
#: the fewest words of two quotations that differ in one word only for them to count as one
#: quotation edited ("We are not going to close a single school" / "... to shut a single
#: school"): shorter ones are as likely two people's like sentences
NEAR_MIN_WORDS = 8


def one_word_changed(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, str] | None:
    """(the word of ``a``, the word of ``b``) when the two quotations, of NEAR_MIN_WORDS words
    or more, are the same words in the same order but for one word put for another; else
    None. A word added or dropped ("not") is no such change: it may turn the meaning."""
    if len(a) != len(b) or len(a) < NEAR_MIN_WORDS:
        return None
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return diff[0] if len(diff) == 1 else None


#: the fewest words two quotations must share as one passage cut two ways, the end of one the
#: start of the other ("... the harbour will reopen before the summer season" / "the harbour
#: will reopen before the summer season, whatever the cost"): a warning. A word added or dropped
#: inside ("not") is no such cut: it may turn the meaning.
SHARED_RUN_WORDS = 8


def shared_run(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of SHARED_RUN_WORDS or more that end one quotation and begin the other (one
    passage quoted in two overlapping cuts), or None. In linear time: the longest end of one
    that begins the other is the prefix function's last value over the other, a separator and
    the one (Knuth-Morris-Pratt)."""
    for x, y in ((a, b), (b, a)):
        k = _overlap(x, y)
        if k >= SHARED_RUN_WORDS:
            return y[:k]
    return None


def _overlap(x: tuple[str, ...], y: tuple[str, ...]) -> int:
    """How many words end ``x`` and begin ``y`` at most (shorter than both)."""
    seq = (*y, None, *x)
    pi = [0] * len(seq)
    for i in range(1, len(seq)):
        k = pi[i - 1]
        while k and seq[i] != seq[k]:
            k = pi[k - 1]
        pi[i] = k + 1 if seq[i] == seq[k] else 0
    return min(pi[-1], len(x) - 1, len(y) - 1)


def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """Whether ``small`` occurs in ``big`` as a run of consecutive words."""
    n = len(small)
    if n == 0 or n > len(big):
        return False
    first = small[0]
    return any(big[i] == first and big[i:i + n] == small for i in range(len(big) - n + 1))


def maybe_same_person(a, b) -> bool:
    """Whether two person claims may name one person: one name a spelling variant of the
    other, or one of them a surname alone that the other ends with."""
    ka, kb = core(a.attrs.get("parts") or []), core(b.attrs.get("parts") or [])
    sa, sb = a.attrs.get("surname", ""), b.attrs.get("surname", "")
    if ka is None or kb is None:
        return sa.casefold() == sb.casefold() or spelling_difference(sa, sb, "surname") is not None
    if ka[1] == kb[1]:
        return ka[0] == kb[0] or spelling_difference(ka[0], kb[0], "given") is not None
    if ka[0] == kb[0]:
        return spelling_difference(ka[1], kb[1], "surname") is not None
    return False


@rule("quote.attribution-conflict", Severity.ERROR, "The same quoted words attributed to two speakers", needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        Every pair of quotations whose words are the same (after case and punctuation; one may
        be a run of words inside the other, as when a lede quotes a fragment of a sentence
        given in full later), at least four words long, each attributed to a named person:
        the two people must be the same. A speaker is named by a name, a surname, a title
        the article gave one person ("the minister said"), or "he"/"she" when the paragraph
        names one person before the quotation (co-reference: the quote claim's
        ``coreference``), or, when its paragraph names no one before the quotation, the one
        person whose words the paragraph before reports ("Doe said the plan was dead.";
        never a person an honorific or a relation noun shows to be of the other sex); a
        paragraph of quotation alone goes on with that person's words too; where the paragraph
        names several people, the one whose words it reports, when every speech verb there has
        them for subject and anyone named after the last is named in the words it reports; the name may stand before or after the verb, with an apposition
        between ("Jane Doe, the union's chair, said"), before a fragment quoted inside
        the sentence ("Doe has called the levy “a gamble”", "Doe described the ruling as
        “...”", "He described it as “...”" read as "he said" is, "Doe later told reporters
        it was “...”": auxiliaries and adverbs may stand between; the agent of a passive, "it
        was described by its chair, Jane Doe, as “...”" or "was called “...” by Doe", when that is one person: a name with no title is a person when such a verb reports a quotation within
        REPORTED_QUOTE_WORDS words; a speech participle after a comma goes on with its
        clause's one person, "Doe closed her case, telling jurors, “...”" (or its "he"/"she",
        read as "he said" is); "with Doe calling it “...”"; the verb nearest the
        quotation names it, and "“...,” and said" goes on with that subject), after
        "according to" earlier in the sentence (an apposition may follow the name), or
        with a title of at most claims.quotes.OBJECT_TITLE_WORDS words between the verb and
        the name ("said finance minister Jane Doe", or any lower-case description of as many
        words holding no function word: "said orchardist Jane Doe") or a name apposed to such a title ("said
        the report's lead author, Dr. Jane Doe"), a possessive at most
        claims.quotes.POSSESSIVE_QUOTE_WORDS words before the quotation with no speech verb
        and no other person's noun between ("Doe's “...”", "Doe's remark that “...”", but not
        "Doe's spokesman said “...”"), before a colon ("Jane Doe: “...”", or the one person a clause of at most
        claims.quotes.COLON_CLAUSE_WORDS words before the colon names: "The treasurer, Jane
        Doe, put it differently: “...”"; a name with no title is a person when such a clause
        of at most claims.people.COLON_QUOTE_WORDS words follows it), or a mention that is not
        a name which claims.coreference links to one person (the quote claim's ``mention``:
        "the 67-year-old said" for the one person of that age told before, "he said" or
        "Asked about it, he said" after a sentence whose subject is the person, "the
        midfielder said" after one that opens on the person and gave no one that office; a
        warning, or info when the link is a reading, ``probable``: someone else in reach).
        Contractions count as their words written out
        ("we're" is "we are"). Two quotations the end of one of which begins the other, over
        SHARED_RUN_WORDS words or more, are one passage quoted in two cuts: a warning. Two quotations of at least NEAR_MIN_WORDS words that differ
        in one word put for another ("close" / "shut") are one quotation edited: a warning,
        not an error, as two people may say like sentences.

    Why it matters
        Putting words in the wrong mouth is among the most serious errors a news article can
        make: it misleads readers and can be defamatory.

    Does not flag
        Quotations whose speaker is not one named person ("the ministry said", "a spokesman
        said", "he said" in a paragraph that names two people or none (but for info, above, when the sentence before opens on one of them), "the minister said"
        when two people were given that title, or no attribution at all): an unknown speaker
        is never a conflict;
        quotations shorter than four words (common phrases and slogans are repeated by many
        people); two quotations that differ by a word added or dropped ("not": it may turn
        the meaning), or by one word in fewer than NEAR_MIN_WORDS words; quotations nested
        inside another quotation, whose words are the nested speaker's ("Guterres said: “Diop told me ‘we will not leave’ twice”"); two mentions that may be one
        person (the same surname without a given name, or names that are spelling variants of
        each other, which name.variant reports).
    """
    quotes = []
    people = {c.id: c for c in claims.of_kind("person")}
    all_quotes = claims.of_kind("quote")
    nested = [q for q in all_quotes if q.attrs.get("nested")]
    text = claims.article.text
    for q in all_quotes:
        a = q.attrs
        if a.get("status") != "closed" or a.get("nested") or not a.get("person") or not a.get("entity"):
            continue
        words = normalize_words(_own_words(text, q, nested))
        if len(words) < MIN_WORDS:
            continue
        quotes.append((q, words, people.get(a["person"])))
    reported = set()
    for j, (q2, w2, p2) in enumerate(quotes):
        for q1, w1, p1 in quotes[:j]:
            if q1.attrs["entity"] == q2.attrs["entity"] or p1 is None or p2 is None:
                continue
            short, long_ = (w1, w2) if len(w1) <= len(w2) else (w2, w1)
            changed = one_word_changed(w1, w2)
            same = short == long_ or contains(long_, short)
            overlap = None if same or changed else shared_run(w1, w2)
            if not (same or changed or overlap):
                continue
            if maybe_same_person(p1, p2) or maybe_same_person(people.get(q1.attrs["entity"], p1),
                                                              people.get(q2.attrs["entity"], p2)):
                continue
            if q2.id in reported:
                continue
            reported.add(q2.id)
            this, other = _who(p2, people), _who(p1, people)
            linked = [q for q in (q1, q2) if q.attrs.get("mention")]
            link_note = [f"the speaker “{q.attrs.get('speaker') or q.text}” is linked to {_who(people[q.attrs['person']], people)} by "
                         "co-reference (claims.coreference)" + (": a reading, so info" if q.attrs.get("probable") else
                                                                 ": a warning") for q in linked]
            # what ties the two quotations, and how sure: one word edited and one passage cut two
            # ways are warnings (two people may say like sentences); the same words, the rule's own
            if changed:
                message = MESSAGE_NEAR.format(this=this, other=other, word=changed[1], was=changed[0])
                why = f"{len(w2) - 1} of {len(w2)} words the same, in the same order; only “{changed[0]}” became “{changed[1]}”"
            elif overlap:
                message = MESSAGE.format(this=this, other=other)
                why = f"{len(overlap)} words end one quotation and begin the other: “{_shown(overlap)}”"
            else:
                message = MESSAGE.format(this=this, other=other)
                why = f"{len(short)} words in common: “{_shown(short)}”"
            yield _as_linked(Finding(message, q2.start, q2.end, related=[Related(q1.start, q1.end, RELATED.format(other=other))],
                                     evidence=[why, f"{this} and {other} are two different people in this article"],
                                     severity=Severity.WARNING if changed or overlap else None),
                             linked, link_note)
            break


def _shown(words: tuple[str, ...]) -> str:
    """The first twelve of the words two quotations share, an ellipsis for the rest."""
    return " ".join(words[:12]) + (" …" if len(words) > 12 else "")


def _as_linked(f: Finding, linked: list, notes: list[str]) -> Finding:
    """A finding one of whose speakers was found through a mention that is not a name
    (claims.coreference: "the 67-year-old said", "she said" after a sentence whose subject is
    the person): a warning at most, and info when the link is a reading (``probable``)."""
    if linked:
        f.severity = Severity.INFO if any(q.attrs.get("probable") for q in linked) else Severity.WARNING
        f.evidence = [*f.evidence, *notes]
    return f


def _own_words(text: str, q, nested) -> str:
    """The quotation's text without the quotations nested in it (those are someone else's)."""
    inner = [n for n in nested if q.start < n.start and n.end <= q.end]
    if not inner:
        return q.attrs.get("text") or ""
    out, at = [], q.start + 1
    for n in sorted(inner, key=lambda n: n.start):
        out.append(text[at:n.start])
        at = n.end
    out.append(text[at:q.end - 1])
    return " ".join(out)


def _who(p, people) -> str:
    first = people.get(p.attrs.get("entity") or "", p)
    return first.text if first.attrs.get("full") else p.text


EXAMPLES = (
    flags("\u201cThe orchard will feed the whole street by autumn,\u201d said councillor Marek Sova.\n\n"
          "Growers Guild and Allotment Society secretary Ines Moreau agreed. As she put it, \u201cthe orchard "
          "will feed the whole street by autumn\u201d.", published="2025-06-12",
          note="'As she put it': the pronoun after the conjunction is the one person of its paragraph, "
               "named with a title that a body's name opens"),
    passes("\u201cThe orchard will feed the whole street by autumn,\u201d said councillor Marek Sova.\n\n"
           "He was cheered. In the words of Marek Sova, \u201cthe orchard will feed the whole street by "
           "autumn\u201d.", published="2025-06-12", note="'in the words of' the same person"),
    flags("\u201cThe ferry will sail again before the summer season begins in June,\u201d said Ines Baptiste.\n\n"
          "\u201cWhatever the cost, the ferry will sail again before the summer season begins,\u201d said Oscar "
          "Lindqvist.", published="2025-06-12", note="a warning: one quotation cut two ways, eight words shared"),
    passes("\u201cThe ferry will sail again before the summer,\u201d said Ines Baptiste.\n\n"
           "\u201cWhatever the cost, the ferry will sail again before long,\u201d said Oscar Lindqvist.",
           published="2025-06-12", note="fewer than eight words end one and begin the other"),
    flags("\u201cAn insult to the old town and all who live in it,\u201d said councillor Marek Sova.\n\n"
          "The trust said the design had been described by its director, Ines Moreau, as \u201can insult to "
          "the old town and all who live in it\u201d.", published="2025-06-12",
          note="the agent of a passive is the speaker"),
    passes("\u201cAn insult to the old town and all who live in it,\u201d said councillor Marek Sova.\n\n"
           "The trust said the design had been described by Marek Sova and Ines Moreau as \u201can insult to "
           "the old town and all who live in it\u201d.", published="2025-06-12",
           note="an agent of two people is no one speaker"),
    flags("Minister of State for Transport Grace Lim opened the line.\n\n\u201cNo commuter should wait more "
          "than five minutes,\u201d she said.\n\nThe operator's director, Ms Ada Koh, later told reporters "
          "that \u201cno commuter should wait more than five minutes\u201d.", published="2025-06-12",
          note="a 'Minister of State' title; an adverb between a speaker and the verb"),
    flags("Farmer Owen Tate, 67, has kept sheep for fifty years. \u201cThe fleece is worth less than the "
          "shearing,\u201d the 67-year-old said.\n\nHis neighbour keeps cattle.\n\n\u201cThe fleece is worth less "
          "than the shearing,\u201d Rhys Powell said.", published="2025-06-12",
          note="'the 67-year-old' is the one person of that age (claims.coreference): a warning"),
    passes("Farmer Owen Tate, 67, has kept sheep for fifty years. \u201cThe fleece is worth less than the "
           "shearing,\u201d the 67-year-old said.\n\nHis neighbour keeps cattle.\n\n\u201cThe fleece is worth less "
           "than the shearing,\u201d Tate said.", published="2025-06-12", note="the same person both times"),
    flags("\u201cWe will not leave this city,\u201d Amadou Diop said. Later, \u201cWe will not leave "
          "this city,\u201d Antonio Guterres said.", published="2024-04-21",
          note="the same words, two named speakers"),
    passes("\u201cWe will not leave this city,\u201d Amadou Diop said. Later, \u201cWe will not leave "
           "this city,\u201d he said again.", published="2024-04-21",
           note="'he' is the one person the paragraph names: the same speaker"),
    flags("\u201cWe will not leave this city,\u201d Amadou Diop said.\n\nSecretary-General Antonio Guterres, "
          "who visited in May, disagreed. \u201cWe will not leave this city,\u201d he said.", published="2024-04-21",
          note="'he' is Guterres, the one person his paragraph names"),
    flags("\u201cWe are not going to close a single school this year,\u201d Amadou Diop said.\n\n"
          "\u201cWe are not going to shut a single school this year,\u201d Antonio Guterres said.",
          published="2024-04-21", note="a warning: one word put for another in ten"),
    passes("\u201cWe are not going to close a single school this year,\u201d Amadou Diop said.\n\n"
           "\u201cWe are going to close a single school this year,\u201d Antonio Guterres said.",
           published="2024-04-21", note="a word dropped may turn the meaning: two statements"),
    flags("Amadou Diop called the vote \u201ca victory for every family in Gao.\u201d\n\nAntonio Guterres "
          "described the vote as \u201ca victory for every family in Gao.\u201d", published="2024-04-21",
          note="speakers named by verbs that report a quotation ('called', 'described ... as')"),
    passes("Amadou Diop called the police.\n\nAntonio Guterres described the vote as \u201ca victory for every "
           "family in Gao.\u201d", published="2024-04-21", note="'called' reports no quotation here"),
    flags("\u201cWe will not leave this city,\u201d said union leader Amadou Diop.\n\nThe crowd cheered "
          "Secretary-General Antonio Guterres's \u201cwe will not leave this city\u201d.", published="2024-04-21",
          note="a possessive speaker right before the quotation; a lowercase title between the verb and the name"),
    passes("\u201cWe will not leave this city,\u201d said union leader Amadou Diop.\n\nThe crowd cheered "
           "Secretary-General Antonio Guterres's spokesman, who said \u201cwe will not leave this city\u201d.",
           published="2024-04-21", note="the words are the spokesman's, not the possessor's"),
    flags("\u201cWe will not leave this city,\u201d said the union's chief negotiator, Amadou Diop.\n\n"
          "\u201cWe will not leave this city,\u201d Secretary-General Antonio Guterres said.", published="2024-04-21",
          note="a name apposed to the title after the verb"),
    flags("Mayor Ines Baptiste has called the levy \u201ca fine on working families,\u201d and said she "
          "would vote no.\n\n\u201cIt is a fine on working families, plain and simple,\u201d said Oscar Lindqvist, "
          "the treasurer.", published="2024-04-21",
          note="a fragment inside a longer quotation; the verb after the fragment goes on with its subject"),
    flags("Ines Baptiste, the lead glaciologist, summed it up: \u201cThe ice shelf is thinning faster than "
          "anyone feared.\u201d\n\nAccording to Oscar Lindqvist, her colleague at the institute, \u201cthe ice "
          "shelf is thinning faster than anyone feared\u201d.", published="2024-04-21",
          note="a clause before a colon, and 'according to' a name with an apposition"),
    passes("Ines Baptiste, the lead glaciologist, summed it up: \u201cThe ice shelf is thinning faster than "
           "anyone feared.\u201d\n\nAccording to Ines Baptiste, \u201cthe ice shelf is thinning faster than "
           "anyone feared\u201d.", published="2024-04-21", note="one speaker twice"),
    passes("\u201cWe will not leave this city,\u201d Amadou Diop said.\n\nAntonio Guterres met Ana Ruiz in May. "
           "\u201cWe will not leave this city,\u201d he said.", published="2024-04-21",
           note="'he' may be either person the paragraph names"),
    flags("\u201cThe frost took half the blossom in one night,\u201d said orchardist Ines Baptiste.\n\n"
          "\u201cThe frost took half the blossom in one night,\u201d said Oscar Lindqvist.", published="2024-04-21",
          note="a lower-case description between the verb and a name, whatever noun it is"),
    passes("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\n"
           "\u201cThe frost took half the blossom in one night,\u201d said neighbours of Oscar Lindqvist.",
           published="2024-04-21", note="'of' is no description of a person: the neighbours speak"),
    flags("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nOscar Lindqvist said "
          "the co-operative would seek loans.\n\n\u201cThe frost took half the blossom in one night,\u201d he said.",
          published="2024-04-21", note="'he' in a paragraph naming no one: the speaker of the paragraph before"),
    passes("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nMr Lindqvist said "
           "the co-operative would seek loans.\n\n\u201cThe frost took half the blossom in one night,\u201d she said.",
           published="2024-04-21", note="'she' is not Mr Lindqvist: no speaker"),
    flags("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nJudge Oscar Lindqvist told "
          "the court the grower, Ana Ruiz, had lied. \u201cThe frost took half the blossom in one night,\u201d he said.",
          published="2024-04-21", note="of two people named, 'he' is the one whose words the paragraph reports"),
    flags("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nOscar Lindqvist told "
          "the meeting the co-operative would seek loans.\n\n\u201cThe frost took half the blossom in one night.\u201d",
          published="2024-04-21", note="a paragraph of quotation alone goes on with the words the paragraph before reports"),
    passes("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nOscar Lindqvist planted "
           "the orchard in 1990.\n\n\u201cThe frost took half the blossom in one night.\u201d",
           published="2024-04-21", note="the paragraph before tells no words of his: the quotation has no speaker"),
    flags("\u201cThe frost took half the blossom in one night,\u201d said Ines Baptiste.\n\nAs head coach Oscar Lindqvist "
          "put it later, \u201cthe frost took half the blossom in one night.\u201d", published="2024-04-21",
          note="'put it' reports words as a speech verb does"),
)

"""Result claims: a per-share result and the net result it is a share of, each with its sign.

A company's result per share is its net result divided among its shares, less any preferred
dividends, so the two are told of one period and must agree in sign where preferred
dividends cannot explain the difference. This extractor links a per-share figure told as a
profit or a loss to the net figure of the same period; the rule ``number.sign-conflict``
judges them. Shapes read:

- a wire table: a line labelled per share ("Shr", "Oper shr", "Shr diluted") and, within
  ``MAX_TABLE_LINES`` lines after it, the line of the net figure of the same basis ("Net",
  "Net loss", "Oper net"), with no other net line or heading line between, and after that,
  as far again, the line of the average shares ("Avg shrs 20.2 mln"), when the table gives
  it. "vs" separates the columns of a line (this period, the period before), and the figures
  of one column are linked. A figure's sign is the word right before it ("loss 1.51 dlrs",
  "profit 61 cts"), or for a line's first figure, the label's own ("Net loss 2.2 mln").
- prose: a net figure with its sign ("a net loss of 2.2 mln dlrs") then ", or" and a
  per-share figure with a sign of its own ("a profit of 51 cts a share").

A figure without a sign word ("Shr 24 cts", "or 40 cts a share") has no sign: it inherits
nothing, since the wire writes both profits and losses bare; it gets a claim only when its
table gives the average shares (its ``sign`` is then None). Words are data in
claims/lexicons/results.json.

A result claim's ``attrs``:

``sign``        ``profit``, ``loss`` or None (no sign word): the per-share figure's
``quantity``    id of the per-share quantity claim
``net``         id of the net quantity claim it is a share of
``net_sign``    ``profit``, ``loss`` or None: the net figure's
``net_span``    [start, end) of the net figure's sign word
``basis``       ``operating`` when both are labelled operating ("Oper shr", "Oper net"), else
                ``reported``
``shares``      id of the average shares quantity of the same column, when the table gives it
                (rule number.per-share-conflict)
"""

from __future__ import annotations

from claims.language import analyse
from claims.lexicon import load
from claims.model import Article, Claim

_LEX = load("results")
SIGN = {**{w: "profit" for w in _LEX["profit"]}, **{w: "loss" for w in _LEX["loss"]}}
_PER_SHARE_LABELS = frozenset(_LEX["per_share_labels"])
_NET_LABELS = frozenset(_LEX["net_labels"])
_SHARES_LABELS = frozenset(tuple(label.split()) for label in _LEX["average_shares_labels"])
_OPERATING = frozenset(_LEX["operating"])
_COLUMNS = frozenset(_LEX["column_separators"])
_SHARE = frozenset(_LEX["share_words"])
_PER = frozenset(_LEX["per_words"])

#: How many lines after a per-share line its net line may stand ("Shr", "Shr diluted", "Net").
MAX_TABLE_LINES = 3
#: How many words before a prose net figure its sign word may stand ("a net loss of 2.2 mln").
MAX_SIGN_WORDS = 3
#: How many words may stand between a net figure and its per-share figure in prose (", or a
#: profit of": the comma is no word; "or", "a", "profit", "of").
MAX_LINK_WORDS = 4


def extract(article: Article, claims_so_far: list[Claim]) -> list[Claim]:
    quantities = sorted((c for c in claims_so_far if c.kind == "quantity"), key=lambda c: c.start)
    if not quantities:
        return []
    text = article.text
    a = analyse(article)
    out: list[Claim] = []
    for share, net, shares in _table_pairs(text, a, quantities) + _prose_pairs(a, quantities):
        q, sign, _ = share
        n, net_sign, (s, e), basis = net
        attrs = {"sign": sign, "quantity": q.id, "net": n.id, "net_sign": net_sign, "net_span": [s, e], "basis": basis}
        if shares is not None:
            attrs["shares"] = shares.id
        out.append(Claim(f"r{len(out) + 1}", "result", q.start, q.end, q.text, attrs=attrs))
    return out


# --- tables -------------------------------------------------------------------------------------


class _Line:
    """One line of a table: its label words, its basis, and its figures column by column,
    each (quantity, sign or None, span of the sign word)."""

    def __init__(self, label: list, columns: list):
        self.label = label
        words = [t.lower for t in label]
        self.basis = "operating" if _OPERATING & set(words) else "reported"
        core = [w for w in words if w not in _OPERATING]
        self.per_share = bool(core) and core[0] in _PER_SHARE_LABELS
        self.net = bool(core) and core[0] in _NET_LABELS
        self.shares = tuple(words[:2]) in _SHARES_LABELS
        self.columns = columns


def _lines(text: str, a, quantities: list[Claim]) -> list[_Line | None]:
    """The text's non-blank lines, each read as a table line, or None when it holds no figure
    (a heading such as "Year" or "Six mths": it ends a table block)."""
    out: list[_Line | None] = []
    qi = 0
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            while qi < len(quantities) and quantities[qi].start < start:
                qi += 1
            figures = []
            while qi < len(quantities) and quantities[qi].end <= end:
                figures.append(quantities[qi])
                qi += 1
            out.append(_read_line(a, start, end, figures) if figures else None)
        start = end + 1
    return out


def _read_line(a, start: int, end: int, figures: list[Claim]) -> _Line | None:
    tokens = a.tokens_in(start, end)
    label = []
    for t in tokens:
        if t.start >= figures[0].start or t.lower in SIGN or t.kind != "word":
            break
        label.append(t)
    if not label:
        return None
    columns: list[list] = [[]]
    sign_word = None
    for item in sorted([*figures, *(t for t in tokens if t.lower in _COLUMNS or t.lower in SIGN)],
                       key=lambda x: x.start):
        if isinstance(item, Claim):
            columns[-1].append((item, SIGN[sign_word.lower] if sign_word else None,
                                (sign_word.start, sign_word.end) if sign_word else (item.start, item.end)))
            sign_word = None
        elif item.lower in _COLUMNS:
            columns.append([])
            sign_word = None
        elif not any(q.start <= item.start < q.end for q in figures):
            sign_word = item  # a sign word, not a word inside a figure
    if any(len(c) != 1 for c in columns):
        return None  # a column with no figure or several: not a table line we can read
    return _Line(label, [c[0] for c in columns])


def _table_pairs(text: str, a, quantities: list[Claim]) -> list:
    lines = _lines(text, a, quantities)
    pairs = []
    for i, line in enumerate(lines):
        if line is None or not line.per_share:
            continue
        net, net_index = None, i
        for j in range(i + 1, min(len(lines), i + 1 + MAX_TABLE_LINES)):
            other = lines[j]
            if other is None or other.per_share and other.basis == line.basis:
                break
            if other.net:
                net, net_index = (other, j) if other.basis == line.basis else (None, j)
                break
        if net is None or len(net.columns) != len(line.columns):
            continue
        shares = _shares_line(lines, net_index, line)
        for k, ((q, sign, span), (n, net_sign, net_span)) in enumerate(zip(line.columns, net.columns)):
            if (sign and net_sign) or shares is not None:
                pairs.append(((q, sign, span), (n, net_sign, net_span, line.basis),
                              shares.columns[k][0] if shares is not None else None))
    return pairs


def _shares_line(lines: list[_Line | None], net_index: int, per_share: _Line) -> _Line | None:
    """The average shares line of a per-share line's table: within MAX_TABLE_LINES lines after
    its net line, before a heading or another per-share line, with as many columns."""
    for other in lines[net_index + 1 : net_index + 1 + MAX_TABLE_LINES]:
        if other is None or other.per_share:
            return None
        if other.shares:
            return other if len(other.columns) == len(per_share.columns) else None
    return None


# --- prose --------------------------------------------------------------------------------------


def _prose_pairs(a, quantities: list[Claim]) -> list:
    pairs = []
    for prev, q in zip(quantities, quantities[1:]):
        after = [t.lower for t in a.words_after(q.end, 2)]
        if len(after) < 2 or after[0] not in _PER or after[1] not in _SHARE:
            continue
        between = a.words_in(prev.end, q.start)
        if not between or between[0].lower != "or" or len(between) > MAX_LINK_WORDS:
            continue
        sign_word = next((t for t in reversed(between) if t.lower in SIGN), None)
        net_word = next((t for t in reversed(a.words_before(prev.start, MAX_SIGN_WORDS)) if t.lower in SIGN), None)
        if sign_word is None or net_word is None or not a.same_sentence(net_word.start, q.end):
            continue
        pairs.append(((q, SIGN[sign_word.lower], (sign_word.start, sign_word.end)),
                      (prev, SIGN[net_word.lower], (net_word.start, net_word.end), "reported"), None))
    return pairs

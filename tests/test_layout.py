"""claims.language.layout: a headline, a list line and a table row read as clauses of their own.

Every text below is made up for the test. A line standing alone has a grammar of its own: a
headline's bare present tells the past, "to" and a verb after its subject the future; a list
line's label (before its colon or dash) is what the line is about, and a date there dates the
line's event. The language layer reads that once; what the tests ask is what every reader gets:
``Analysis.line``, ``Analysis.clauses_of`` and ``Analysis.reading``.
"""

from claims.language import Analysis
from claims.language.layout import HEADLINE, LIST, PROSE, ROW


def lines(text):
    """(sentence text, layout, label text or None) of every sentence of ``text``."""
    an = Analysis(text)
    out = []
    for s in an.sentences:
        line = an.line(s)
        label = an.text[an.tokens[line.label_first].start:an.tokens[line.label_last - 1].end] if line.labelled else None
        out.append((an.text[s.start:s.end], line.kind, label))
    return out


def layout_of(text, sentence):
    return next(kind for words, kind, _ in lines(text) if words == sentence)


def clauses(text, sentence):
    """The clause reader's clauses of the sentence of ``text`` that reads ``sentence``."""
    an = Analysis(text)
    s = next(s for s in an.sentences if an.text[s.start:s.end] == sentence)
    return an.reading(s).clauses


def head(phrase):
    return None if phrase is None else phrase.head


def words(an_text, phrase):
    return None if phrase is None else an_text[phrase.start:phrase.end]


# --- which lines stand alone ---------------------------------------------------------------------

def test_a_line_that_is_its_own_paragraph_and_ends_open_is_a_headline():
    text = "Ferry operator to drop winter crossings\n\nThe operator said on Monday it would stop the service."
    assert lines(text) == [("Ferry operator to drop winter crossings", HEADLINE, None),
                           ("The operator said on Monday it would stop the service.", PROSE, None)]


def test_a_sentence_alone_in_its_paragraph_with_a_full_stop_is_prose():
    assert layout_of("Rain fell all week.\n\nThe river rose.", "Rain fell all week.") == PROSE


def test_a_line_introducing_a_list_is_prose_and_its_bulleted_lines_are_list_lines_with_labels():
    text = ("The club's season so far:\n\n- 3 August: first home game drawn\n"
            "- 10 August \u2014 coach leaves for a rival\n- a spare line with no label\n\nThe end.")
    assert lines(text)[:4] == [("The club's season so far:", PROSE, None),
                               ("- 3 August: first home game drawn", LIST, "3 August"),
                               ("- 10 August \u2014 coach leaves for a rival", LIST, "10 August"),
                               ("- a spare line with no label", LIST, None)]


def test_lines_of_a_block_with_short_labels_are_list_lines_without_a_bullet():
    text = "Goalkeepers: 3\nDefenders: 8\nMidfielders: 7\n\nThe squad travels on Friday."
    assert [kind for _, kind, _ in lines(text)][:3] == [LIST, LIST, LIST]
    assert lines(text)[1][2] == "Defenders"


def test_a_table_row_is_labelled_by_its_first_cell():
    text = "| 2 May | Tenders open |\n| 9 May | Bids close |\n\nThe council set the dates."
    assert lines(text)[0] == ("| 2 May | Tenders open |", ROW, "2 May")


def test_a_numbered_line_is_a_list_line():
    # the sentence splitter parts "1." from its line; what follows it is the list line
    assert lines("1. Quarry reopens: 4 June\n2. Trucks return\n\nBody.")[1] == ("Quarry reopens: 4 June", LIST, "Quarry reopens")


def test_a_label_is_at_most_five_words_long():
    # LABEL_WORDS, written out: a test that moves with the limit cannot pin it
    assert lines("- new ward for older patients: June\n\nBody.")[0][2] == "new ward for older patients"
    assert lines("- a new ward for older patients: June\n\nBody.")[0][2] is None


def test_a_hyphen_inside_a_word_is_no_label_mark_and_a_dash_needs_spaces():
    assert lines("- cross-border trade resumes\n\nBody.")[0][2] is None
    assert lines("- Monday - trade resumes\n\nBody.")[0][2] == "Monday"


def test_a_colon_inside_a_sentence_of_prose_cuts_as_before():
    text = "The mayor gave one reason: the budget had run out."
    an = Analysis(text)
    assert an.line(an.sentences[0]).kind == PROSE
    assert len(an.clauses_of(an.sentences[0])) == 2


# --- the punctuation clause: a label stays with its value ----------------------------------------

def test_a_list_line_s_label_and_value_are_one_clause():
    text = "Timeline:\n\n- 12 May: museum shuts for repairs\n\nMore below."
    an = Analysis(text)
    s = an.sentences[1]
    assert [an.text[c.start:c.end] for c in an.clauses_of(s)] == ["- 12 May: museum shuts for repairs"]


def test_a_headline_s_colon_is_a_label_too():
    text = "Harbour storm: two boats sunk\n\nThe storm struck overnight."
    an = Analysis(text)
    assert [an.text[c.start:c.end] for c in an.clauses_of(an.sentences[0])] == ["Harbour storm: two boats sunk"]


# --- the clause reader: a line's grammar ---------------------------------------------------------

def test_a_headline_s_to_and_verb_is_a_future_clause_with_subject_and_object():
    text = "Quarry firm to shed 120 jobs\n\nThe firm told staff on Tuesday."
    c, = clauses(text, "Quarry firm to shed 120 jobs")
    assert (c.verb.verb, c.verb.tense, head(c.subject), head(c.object), c.layout) == \
        ("shed", "future", "firm", "jobs", HEADLINE)


def test_title_case_does_not_make_a_headline_s_verb_a_name():
    text = "Glassworks to Open Second Kiln in Spring\n\nBody."
    c, = clauses(text, "Glassworks to Open Second Kiln in Spring")
    assert (c.verb.verb, c.verb.tense) == ("Open", "future")


def test_a_headline_s_bare_present_tells_the_past():
    text = "Harbour master quits after dredging row\n\nBody."
    c, = clauses(text, "Harbour master quits after dredging row")
    assert (c.verb.verb, c.verb.tense, head(c.subject)) == ("quits", "past", "master")


def test_the_same_present_in_prose_stays_present():
    c, = clauses("The harbour master resigns after every row.", "The harbour master resigns after every row.")
    assert c.verb.tense == "present"


def test_a_headline_s_bare_participle_with_no_object_is_passive():
    c, = clauses("Courier jailed for parcel thefts\n\nBody.", "Courier jailed for parcel thefts")
    assert (c.verb.verb, c.verb.tense, c.verb.passive) == ("jailed", "past", True)


def test_a_headline_s_comma_is_an_and():
    text = "Valley school closes, pupils move to town\n\nBody."
    found = clauses(text, "Valley school closes, pupils move to town")
    assert [(c.verb.verb, head(c.subject)) for c in found][:1] == [("closes", "school")]
    text = "Depot shuts, drivers strike\n\nBody."
    assert [(c.verb.verb, head(c.subject)) for c in clauses(text, "Depot shuts, drivers strike")] == \
        [("shuts", "Depot"), ("strike", "drivers")]


def test_a_list_line_s_verb_which_is_a_noun_too_is_read_as_the_verb():
    text = "Key dates:\n\n- 2 June: regulator orders inquiry into outages\n\nBody."
    c, = clauses(text, "- 2 June: regulator orders inquiry into outages")
    assert (c.verb.verb, head(c.subject), head(c.object), words(text, c.label), c.layout) == \
        ("orders", "regulator", "inquiry", "2 June", LIST)


def test_a_list_line_s_present_stays_present_for_its_date_decides():
    text = "Programme:\n\n- Friday 9 May: choir performs in the square\n\nBody."
    c, = clauses(text, "- Friday 9 May: choir performs in the square")
    assert (c.verb.tense, words(text, c.label)) == ("present", "Friday 9 May")


def test_a_row_s_clause_carries_its_first_cell():
    text = "| 4 March | Auditor publishes report |\n| 9 March | Board meets |\n\nBody."
    c, = clauses(text, "| 4 March | Auditor publishes report |")
    assert (c.verb.verb, head(c.subject), words(text, c.label), c.layout) == ("publishes", "Auditor", "4 March", ROW)


def test_a_count_after_a_number_is_no_verb_of_a_line():
    text = "Bakery to close two shops, cut 30 jobs\n\nBody."
    found = clauses(text, "Bakery to close two shops, cut 30 jobs")
    assert "jobs" not in [c.verb.verb for c in found]


def test_prose_has_no_layout_label():
    c, = clauses("The auditor published its report on 4 March.", "The auditor published its report on 4 March.")
    assert (c.layout, c.label) == (PROSE, None)

"""claims.coreference: mentions of a person that are not names, linked to the person's entity,
and the rules that read them (date.age-conflict, name.title-conflict, quote.attribution-conflict).

Each way of linking is shown on both sides of its limit: linked when one person fits, left
alone (or only a reading, ``probable``) when another might."""

from datetime import date

import pytest

from checker.engine import check_article
from claims.coreference import (
    DESCRIPTION_WORDS,
    OPENING_CLAUSE_WORDS,
    QUOTE_REACH_TOKENS,
    REACH_SENTENCES,
    SUBJECT_WORDS,
)
from claims.extract import extract
from claims.read import article_from_text

PUBLISHED = date(2025, 6, 12)


def mentions(text):
    cs = extract(article_from_text(text, published=PUBLISHED))
    names = {c.id: c.text for c in cs.of_kind("person")}
    return [(c.text, c.attrs["via"], names[c.attrs["person"]], c.attrs["probable"]) for c in cs.of_kind("mention")]


def findings(text, rule):
    return [f for f in check_article(article_from_text(text, published=PUBLISHED)).findings if f.rule == rule]


def test_the_windows_are_named():
    assert (DESCRIPTION_WORDS, SUBJECT_WORDS, OPENING_CLAUSE_WORDS) == (5, 4, 12)
    assert (REACH_SENTENCES, QUOTE_REACH_TOKENS) == (6, 400)


def test_an_opening_clause_reaches_opening_clause_words_and_no_further():
    lead = "Ines Duarte, who trained as a nurse, runs the clinic. "
    within = " ".join(["asked"] + ["again"] * (OPENING_CLAUSE_WORDS - 1)).capitalize() + ", she smiled."
    beyond = " ".join(["asked"] + ["again"] * OPENING_CLAUSE_WORDS).capitalize() + ", she smiled."
    assert [m[1] for m in mentions(lead + within)] == ["pronoun"]
    assert mentions(lead + beyond) == []


# --- description: a sentence that names no one, named in full by the next ----------------

def test_a_lede_description_is_the_person_the_next_paragraph_opens_on():
    text = ("A 58-year-old baker has won the county's bread prize for a third year.\n\n"
            "Ruth Amsel, who lives in Ely, entered a rye loaf.")
    assert mentions(text) == [("A 58-year-old baker", "description", "Ruth Amsel", False)]


def test_a_description_inside_a_paragraph_reaches_the_next_sentence_only():
    linked = "The harbour master of Port Ellis quit on Monday. Marta Quiroga, who is 52, gave no reason."
    assert mentions(linked) == [("The harbour master", "description", "Marta Quiroga", False)]
    # not the first sentence of the story, and the name is in the next paragraph
    apart = ("The port reopened.\n\nThe harbour master of Port Ellis quit on Monday.\n\n"
             "Marta Quiroga, who is 52, gave no reason.")
    assert [m for m in mentions(apart) if m[1] == "description"] == []


def test_a_description_whose_sentence_speaks_of_someone_else_is_a_reading():
    text = ("A 70-year-old cyclist was hurt on Friday in a crash with a motorist.\n\n"
            "Lena Brandt, who lives nearby, was taken to hospital.")
    assert mentions(text) == [("A 70-year-old cyclist", "description", "Lena Brandt", True)]


def test_a_description_is_not_the_relative_or_the_other_sex_named_next():
    assert mentions("A 70-year-old woman died on Friday in Kelso.\n\nAna Platt, her daughter, said she was "
                    "a keen walker.") == []
    assert mentions("A 70-year-old woman died on Friday in Kelso.\n\nMr Tom Platt said the road was "
                    "dangerous.") == []


def test_a_name_after_a_verb_is_not_the_one_described():
    assert mentions("A 70-year-old woman died on Friday.\n\nPolice arrested the driver, Owen Platt, at the "
                    "scene.") == []


# --- year_old, role, epithet ----------------------------------------------------------------

def test_the_n_year_old_is_the_one_person_of_that_age():
    text = "Farmer Owen Tate, 67, keeps sheep. His neighbour Rhys Powell, 52, keeps cattle. The 67-year-old said no."
    assert ("The 67-year-old", "year_old", "Owen Tate", False) in mentions(text)
    two = "Owen Tate, 67, keeps sheep. Rhys Powell, 67, keeps cattle. The 67-year-old said no."
    assert [m for m in mentions(two) if m[1] == "year_old"] == []


def test_the_office_is_the_one_person_given_it():
    text = "Mayor Linda Pruitt shut the pool. The mayor, 48, said the pumps had failed."
    assert mentions(text)[0] == ("The mayor", "role", "Linda Pruitt", False)
    two = "Mayor Linda Pruitt and Mayor Jo Vance met. The mayor said the pumps had failed."
    assert [m for m in mentions(two) if m[1] == "role"] == []
    former = "Mayor Linda Pruitt shut the pool. The former mayor said the pumps had failed."
    assert [m for m in mentions(former) if m[1] == "role"] == []
    # one office at another step is another post: the deputy is not the holder
    deputy = "Mayor Linda Pruitt shut the pool. The deputy mayor said the pumps had failed."
    assert [m for m in mentions(deputy) if m[1] == "role"] == []
    # a force's chief constable is its police chief
    chief = "Chief Constable Helen Marsh spoke on Thursday. The chief constable, 54, said crime had fallen."
    assert mentions(chief)[0] == ("The chief constable", "role", "Helen Marsh", False)


def test_a_noun_for_a_person_in_a_speech_tag_is_a_reading_of_the_subject_before():
    text = ("Captain Dan Roe said the team was tired. \"We ran out of legs in the second half,\" the "
            "midfielder said.")
    assert mentions(text) == [("the midfielder", "epithet", "Dan Roe", True)]


# --- pronoun -----------------------------------------------------------------------------------

def test_an_age_before_the_office_tells_the_one_holders_age():
    # "the 47-year-old mayor" that no earlier age names is "the mayor" with an age
    text = "Mayor Greta Lind closed the pier on Monday. The 47-year-old mayor said the piles had rotted."
    [m] = [c for c in extract(article_from_text(text)).of_kind("mention") if c.attrs["via"] == "role"]
    assert (m.text, m.attrs["age"], text[slice(*m.attrs["age_span"])], m.attrs["probable"]) == \
        ("The 47-year-old mayor", 47, "47", False)
    # an office many hold at once may be another holder's: a reading
    many = "Councillor Greta Lind closed the pier. The 47-year-old councillor said the piles had rotted."
    assert [m[3] for m in mentions(many) if m[1] == "role"] == [True]
    # two holders of the office: no one
    two = "Mayor Greta Lind met Mayor Ola Berg. The 47-year-old mayor said the piles had rotted."
    assert [m for m in mentions(two) if m[1] == "role"] == []
    # an age told before is that person's, as before, whatever the noun
    told = "Mayor Greta Lind, 61, met Tor Eide, 47. The 47-year-old mayor said the piles had rotted."
    assert [m[1:3] for m in mentions(told) if m[0].startswith("The 47")] == [("year_old", "Tor Eide")]


def test_a_pronoun_opening_its_sentence_is_the_subject_before():
    assert mentions("Ines Duarte, who trained as a nurse, runs the clinic. She is 61.") == [("She", "pronoun", "Ines Duarte", False)]
    # after an opening clause of at most OPENING_CLAUSE_WORDS words
    assert mentions("Ines Duarte, who trained in Porto, runs the clinic. Asked about her plans, she smiled.")[0][:3] == (
        "she", "pronoun", "Ines Duarte")


def test_a_pronoun_is_a_reading_when_someone_else_may_be_meant():
    # another capitalized name the extractor did not read as a person
    assert mentions("Sam Ortiz, 40, hired Jo Bell last spring. She is 52.") == [("She", "pronoun", "Sam Ortiz", True)]


def test_a_pronoun_after_a_name_in_its_own_sentence_or_mid_sentence_is_not_linked():
    assert mentions("Ines Duarte, who trained in Porto, runs the clinic. Her lawyer said she would stay.") == []


def test_a_pronoun_is_never_linked_to_someone_of_the_other_sex():
    assert mentions("Mr Tomas Duarte runs the clinic. She is 61.") == []


# --- the rules read the links --------------------------------------------------------------------

def test_an_age_told_of_a_linked_description_is_held_against_the_name():
    text = ("A 42-year-old courier has been cleared of causing a crash on the ring road.\n\n"
            "Jamal Forde was found not guilty on Tuesday.\n\nForde, 46, wept.")
    [f] = findings(text, "date.age-conflict")
    assert f.severity.label == "warning"
    fits = text.replace("Forde, 46,", "Forde, 42,")
    assert findings(fits, "date.age-conflict") == []


def test_an_age_told_of_the_office_is_the_holders():
    text = "Mayor Linda Pruitt shut the pool. The mayor, 48, said the pumps had failed.\n\nPruitt, 44, will run again."
    [f] = findings(text, "date.age-conflict")
    assert f.severity.label == "warning" and "The mayor" in " ".join(f.evidence)


def test_a_title_told_of_a_linked_description_is_held_against_the_persons_titles():
    text = ("The state's attorney general sued three lenders on Friday. Ruth Okonkwo filed the suits in "
            "Travis County.\n\nSecretary of State Okonkwo said borrowers could complain online.")
    [f] = findings(text, "name.title-conflict")
    assert f.severity.label == "warning"
    same = text.replace("Secretary of State Okonkwo", "Attorney General Okonkwo")
    assert findings(same, "name.title-conflict") == []


@pytest.mark.parametrize("tag, severity", [
    ("the 67-year-old said", "warning"),
    # the one person the paragraph names: claims.quotes decides it, as before
    ("he said", "error"),
])
def test_a_quotation_told_by_a_linked_mention_has_that_speaker(tag, severity):
    text = (f"Farmer Owen Tate, 67, has kept sheep for fifty years. \"The fleece is worth less than the shearing,\" "
            f"{tag}.\n\nHis neighbour keeps cattle.\n\n\"The fleece is worth less than the shearing,\" Rhys Powell said.")
    [f] = findings(text, "quote.attribution-conflict")
    assert f.severity.label == severity


def test_a_quotation_told_by_a_probable_mention_is_info():
    text = ("Transit director Paula Grant presented the plan with Sam Reyes. \"This is the biggest change in thirty years,\" she "
            "said.\n\nLater, \"This is the biggest change in thirty years,\" Reyes said.")
    [f] = findings(text, "quote.attribution-conflict")
    assert f.severity.label == "info"


def titles_told(text):
    cs = extract(article_from_text(text, published=PUBLISHED))
    return [(c.text, c.attrs["via"], c.attrs["title"]["text"], c.attrs["probable"])
            for c in cs.of_kind("mention") if c.attrs["title"]]


def test_an_office_told_with_as_before_a_subject_pronoun_is_the_persons():
    assert titles_told("Ines Duarte said the clinic would stay open. As its treasurer, she signs every cheque.") == [
        ("she", "pronoun", "treasurer", False)]
    # the clause must open with "as": a word before it that opens no clause leaves it alone
    assert titles_told("Ines Duarte said the clinic would stay open. Known as its treasurer, she signs every cheque.") == []


def test_a_predicate_gives_its_subject_pronoun_a_title():
    assert titles_told("Ines Duarte said the clinic would stay open. She is the board's treasurer.") == [
        ("She", "pronoun", "board's treasurer", False)]


def test_a_pronoun_in_a_reported_clause_is_a_reading_of_the_speaker():
    assert titles_told("Cllr Ines Duarte told the members that as mayor she would cut rates.") == [
        ("she", "pronoun", "mayor", True)]
    assert titles_told("Ines Duarte said the clinic would stay open. She added that, as its treasurer, she signs the cheques.") == [
        ("she", "pronoun", "treasurer", True)]
    # with more words between the speech verb and "that" than REPORTED_OBJECT_WORDS, no report
    assert titles_told("Ines Duarte told the members of the old harbour board that as mayor she would cut rates.") == []
    # nor of a speaker shown to be of the other sex
    assert titles_told("Mr Tomas Duarte told the members that as mayor she would cut rates.") == []


def test_a_speaker_gives_themselves_a_title_in_the_first_person():
    from claims.coreference import SELF_TITLE_WORDS
    def told(text):
        cs = extract(article_from_text(text, published=PUBLISHED))
        return [q.attrs["title"]["text"] if q.attrs["title"] else None for q in cs.of_kind("quote")]
    assert told('Ines Duarte said the pool would close. "I am the board\'s treasurer," Duarte said.') == [
        "board's treasurer"]
    assert told('Ines Duarte said the pool would close. "As treasurer, I signed it," Duarte said.') == ["treasurer"]
    # the title must be named within SELF_TITLE_WORDS words of "I am"
    far = " ".join(["very"] * SELF_TITLE_WORDS)
    assert told(f'Ines Duarte said the pool would close. "I am {far} tired," Duarte said.') == [None]

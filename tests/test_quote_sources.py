"""Speakers introduced by a phrase that names the source of a clause ("according to", "in the
words of"), by a title that a body's name opens ("Harbour Board and Pilots Trust chief executive
Jane Doe"), and by a pronoun after the conjunction that opens its clause ("As she put it, “…”");
and where each stops (claims/quotes.py, lexicon people.json source_phrases)."""

from quote_speakers import findings, speakers

# --- "in the words of" is a source phrase like "according to" --------------------------------

def test_in_the_words_of_names_the_speaker_of_the_quotation_in_its_clause():
    text = ("The ferry timetable changes next week. In the words of harbour master Ivo Brandt, the new "
            "crossings are \u201cthe best service the island has had\u201d.")
    assert speakers(text) == ["Brandt"]


def test_in_the_words_of_a_second_person_after_the_first_speaker_is_a_conflict():
    text = ("3 March 2025\n\n\u201cThe library will be the heart of the estate again,\u201d said councillor "
            "Wren Halloway.\n\nResidents welcomed the news. In the words of tenants' chairman Piet Okonjo, the "
            "library will be \u201cthe heart of the estate again\u201d.")
    assert findings(text)


# --- a body's name before a title -------------------------------------------------------------

def test_a_title_opened_by_a_body_s_name_is_read_after_according_to():
    text = ("Health leaders welcomed the plan. According to Harbour Board and Pilots Trust chief executive "
            "Dr Mira Castell, the quay is \u201ca lifeline for the islands\u201d.")
    assert speakers(text) == ["Castell"]


def test_a_body_s_name_longer_than_the_bound_is_not_read_as_part_of_a_title():
    # nine capitalized words before the title: more than ORGANISATION_NAME_WORDS
    text = ("Health leaders welcomed the plan. According to North West Coast And Islands Harbour Board "
            "Pilots Trust Services chief executive Dr Mira Castell, the quay is \u201ca lifeline for the islands\u201d.")
    assert speakers(text) == [None]


def test_a_capitalized_run_with_no_title_after_it_names_no_speaker():
    text = ("Health leaders welcomed the plan. According to figures from the Harbour Board and Pilots Trust "
            "reviewed by Dr Mira Castell, the quay is \u201ca lifeline for the islands\u201d.")
    assert speakers(text) == [None]


# --- a pronoun after a conjunction ----------------------------------------------------------------

def test_as_she_put_it_is_the_one_person_of_the_paragraph():
    text = ("Parish clerk Nell Tarrant said the vote was close.\n\nTreasurer Sion Abara was pleased. As he "
            "put it, \u201cthe hall is saved for another generation\u201d.")
    assert speakers(text) == ["Abara"]


def test_as_he_put_it_in_a_paragraph_of_two_people_is_no_one():
    text = ("Treasurer Sion Abara met Councillor Bram Tarrant. As he put it, \u201cthe hall is saved for "
            "another generation\u201d.")
    assert speakers(text) == [None]


def test_the_same_words_as_she_put_them_are_no_conflict_for_the_same_person():
    text = ("3 March 2025\n\n\u201cThe hall is saved for another generation,\u201d said treasurer Nell "
            "Tarrant.\n\nShe thanked volunteers. As she put it, \u201cthe hall is saved for another generation\u201d.")
    assert not findings(text)


# --- a title with a complement after its head ---------------------------------------------------

def test_a_title_whose_head_takes_a_complement_names_the_apposed_speaker():
    text = ("\u201cThe wells are running dry,\u201d said the charity's head of operations in Niger, Amina "
            "Sow.")
    assert speakers(text) == ["Sow"]


def test_a_complement_longer_than_the_bound_is_no_title():
    # seven words after the head: more than TITLE_COMPLEMENT_WORDS
    text = ("\u201cThe wells are running dry,\u201d said the charity's head of the old water works in northern "
            "Niger, Amina Sow.")
    assert speakers(text) == [None]

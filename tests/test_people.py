"""Person and organization claims: who is named, with which title, and who a later mention is."""

import pytest
from hypothesis import given, settings, strategies as st

from claims import people
from claims.model import Article
from claims.people import close_spelling, edit_distance, name_key, strip_accents


def persons(text):
    return [c for c in people.extract(Article("t", "t", text)) if c.kind == "person"]


def orgs(text):
    return [c.text for c in people.extract(Article("t", "t", text)) if c.kind == "organization"]


def named(text):
    return [c.text for c in persons(text)]


def title_of(text, name):
    c = next(c for c in persons(text) if c.text == name)
    return c.attrs["title"]


# --- who is a person -------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Abdoulaye Diop told the council on Friday.", "Abdoulaye Diop"),
    ("MINUSMA head El Ghassim Wane reacted to the speech.", "El Ghassim Wane"),
    ("In January, Secretary-General Antonio Guterres proposed three amendments.", "Antonio Guterres"),
    ("Secretary of State George Shultz said on Monday.", "George Shultz"),
    ("Lt. Col. Oliver North testified.", "Oliver North"),
    ("Japanese Prime Minister Yasuhiro Nakasone met him.", "Yasuhiro Nakasone"),
    ("Malian foreign minister Abdoulaye Diop spoke.", "Abdoulaye Diop"),
    ("Werner Schmidt, SEAT supervisory board chairman, had told journalists.", "Werner Schmidt"),
    ("\"No,\" said Jane Doe.", "Jane Doe"),
    ("But Jane Doe said the plan had failed.", "Jane Doe"),
    ("The plan failed, according to Jane Doe.", "Jane Doe"),
    ("Mr. Smith declined to comment.", "Smith"),
    # an occupation before a name is a title like any other (lexicons/people.json heads, role)
    ("Cellist Mira Haddad has toured Asia.", "Mira Haddad"),
    ("Goalkeeper Ivo Brandt joined the club on Friday.", "Ivo Brandt"),
])
def test_a_name_in_a_title_or_speech_context_is_a_person(text, name):
    assert name in named(text)


@pytest.mark.parametrize("text", [
    "Mali orders UN peacekeeping mission to leave.",
    "Saudi Arabia said output would fall.",
    "General Motors Corp said sales rose.",
    "Merrill Lynch and Co Inc said it would sell shares. Merrill Lynch said profits rose.",
    "Analysts said the market was weak. Officials said nothing.",
    "The Foreign Ministry of Mali has formally requested the United Nations Security Council to act.",
    "Major banks said on Monday that rates would rise.",
    "In March, New York said nothing.",
])
def test_places_companies_and_sentence_starts_are_not_people(text):
    assert named(text) == []


def test_a_single_word_is_a_person_only_as_the_surname_of_someone_named_in_full():
    assert named("Diop said the mission failed.") == []
    text = "Foreign Minister Abdoulaye Diop spoke. Diop said the mission failed. Diop’s speech was long."
    ps = persons(text)
    assert [p.text for p in ps] == ["Abdoulaye Diop", "Diop", "Diop"]
    assert {p.attrs["entity"] for p in ps} == {"p1"}
    assert [p.attrs["via"] for p in ps] == ["title", "reference", "reference"]


def test_a_surname_two_people_share_is_not_resolved():
    assert named("Hillary Clinton said yes. Bill Clinton said no. Clinton left.") == ["Hillary Clinton",
                                                                                     "Bill Clinton"]
    ps = persons("Hillary Clinton said yes. Bill Clinton said no. Mr. Clinton left.")
    assert ps[-1].text == "Clinton" and ps[-1].attrs["entity"] is None


def test_middle_initials_do_not_make_another_person():
    ps = persons("President George W. Bush spoke. Later George Bush said more.")
    assert len({p.attrs["entity"] for p in ps}) == 1


def test_a_later_full_name_spelled_close_to_a_known_one_is_that_person():
    ps = persons("Fed Chairman Paul Volcker spoke. The dollar rose after remarks by Paul Vocker on Friday.")
    assert [p.text for p in ps] == ["Paul Volcker", "Paul Vocker"]
    assert ps[1].attrs["entity"] == ps[0].id


def test_a_later_full_name_given_on_purpose_is_not_a_slip_of_a_known_one():
    ps = persons("Fed Chairman Paul Volcker spoke. A racehorse known as Paul Vocker won on Friday.")
    assert [p.text for p in ps] == ["Paul Volcker"]


@pytest.mark.parametrize("text", [
    "The council voted on Monday to appoint Katherine Oduya as treasurer. Oduya starts in May. "
    "Katharine Oduya will earn $90,000.",
    "Officials expect Helmut Baranski at the summit. Baranski is expected on Friday. Helmut Baransky arrives first.",
    "Defender Tomas Lindqvist has left the club. Lindqvist played 90 games. Tomas Lindquist joined in 2019.",
    # no surname alone, but the next sentence goes on with the person as "She"
    "The council voted on Monday to appoint Katherine Oduya as treasurer. She starts in May. "
    "Katharine Oduya will earn $90,000.",
    # a personal pronoun later in the name's own sentence
    "The prize went to Teodora Vasile, whose film was her first. Teodroa Vasile will tour in May.",
    "Pascal Mbeki crossed the line first, and his team cheered. Later Pascal Mbkei was fined.",
    "Fans watched Dorota Wilk score twice. “Dorota Wilka gave us everything she had,” a fan added.",
    "The club signed Oskar Lindahl on Monday. His first game is in May. Oskar Lindhal trained alone.",
])
def test_two_unread_full_names_one_a_slip_of_the_other_are_one_person(text):
    """With no title or speech verb beside either, the pair itself (and the surname standing
    alone, or "She" going on) says a person is named, once misspelled."""
    ps = persons(text)
    assert len(ps) >= 2 and sum(p.attrs["full"] for p in ps) == 2 and len({p.attrs["entity"] for p in ps}) == 1


@pytest.mark.parametrize("text", [
    # the surname never stands alone
    "The council voted on Monday to appoint Katherine Oduya as treasurer. Katharine Oduya will earn $90,000.",
    # the names differ in both parts, or only by a plural "s"
    "Officials expect Helmut Baranski at the summit. Baranski is due. Helmar Baransky arrives first.",
    "Shares of Allied Signal rose. Signal fell. Allied Signals fell too.",
    # the next sentence goes on with "It": a company or a place
    "The council voted on Monday to appoint Katherine Oduya as treasurer. It starts in May. "
    "Katharine Oduya will earn $90,000.",
    # a pronoun in the sentence that stands for a thing, not a person
    "The firm bought Grand Meadow, and its shares rose. Grand Meadows fell.",
    "Officials expect Helmut Baranski at the summit, and it opens Friday. Helmar Baransky arrives first.",
    # a name given on purpose ("known as", "nicknamed", "dubbed"): a character, a boat, a robot
    "The prize went to Teodora Vasile, and her film won. A puppet known as Teodora Vasilu hosted.",
    "Marco Bellini crossed first, and his crew cheered. The boat, nicknamed Marco Belini, sank.",
    "Officials expect Helmut Baranski at the summit. Baranski is due. A robot dubbed Helmut Baransky greets guests.",
    # a run after an article names a party or a company, whatever pronoun follows
    "Voters left the Green Allaince for her party. The Green Alliance said it would recover.",
    # a product's model, and a word after an article, are no person's name
    "It sells the Home Modeller 386 and the Home Modeler 286. The Modeller is cheap.",
    "It sells the Home Modeller and the Home Modeler. The Modeller is cheap.",
])
def test_unread_names_that_are_not_one_name_misspelled_stay_unread(text):
    assert named(text) == []


@pytest.mark.parametrize("letters, linked", [(30, True), (31, False)])
def test_a_name_part_is_compared_up_to_thirty_letters(letters, linked):
    given = "Ab" + "c" * (letters - 2)
    slip = "Abd" + "c" * (letters - 3)
    text = f"Officials expect {given} Baranski at the summit. Baranski is due. {slip} Baranski arrives first."
    assert people.NAME_PART_MAX_LETTERS == 30
    assert len(persons(text)) == (3 if linked else 0)


@pytest.mark.parametrize("words, linked", [(38, True), (39, False)])
def test_the_pronoun_going_on_with_a_name_is_looked_for_within_forty_tokens(words, linked):
    # "as", the words and the full stop after the name: the pronoun opens the sentence after it
    filler = " ".join(["long"] * words)
    text = f"They hired Katherine Oduya as {filler}. She starts in May. Katharine Oduya will earn more."
    assert people.PRONOUN_REACH_TOKENS == 40
    assert len(persons(text)) == (2 if linked else 0)


@pytest.mark.parametrize("text", [
    "Support fell after the Verde Nuevo said it would merge.",
    "In May the Rolling Stones announced a tour.",
    "Mayor Ana Ruiz said the Costa Verde told her no.",
])
def test_a_name_after_an_article_is_no_person_even_beside_a_speech_verb(text):
    assert [n for n in named(text) if n != "Ana Ruiz"] == []


@pytest.mark.parametrize("text, name", [
    ("Health Minister Jan Dekker opened the ward.", "Jan Dekker"),
    ("Ms June Alvarado said the road would close.", "June Alvarado"),
    ("The vote was won by Councillor April Nwosu on Friday.", "April Nwosu"),
])
def test_a_month_name_after_a_title_or_honorific_is_a_given_name(text, name):
    assert named(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("In May Ruiz was appointed. Foreign Minister Ana Ruiz said so.", ["Ruiz", "Ana Ruiz"]),
    ("The May Day parade went on, said Minister Ana Ruiz.", ["Ana Ruiz"]),
    ("Minister Ana Ruiz said on Jan. 5 that June was wet.", ["Ana Ruiz"]),
])
def test_a_month_before_a_name_is_still_a_month(text, names):
    assert named(text) == names


@pytest.mark.parametrize("text, portfolio", [
    ("Ana Ruiz, the country's health minister, said no.", ["health"]),
    ("Ana Ruiz, the region’s transport minister, said no.", ["transport"]),
    ("The province's finance minister, Ana Ruiz, said no.", ["finance"]),
    ("Ana Ruiz, the government's transport minister, said no.", ["transport"]),
    # an adjective naming a level of government before a portfolio
    ("Ana Ruiz, the provincial health minister, said no.", ["health"]),
    ("The federal finance minister, Ana Ruiz, said no.", ["finance"]),
    ("Ana Ruiz, the regional transport minister, said no.", ["transport"]),
])
def test_a_minister_of_a_country_region_or_province_is_a_minister_of_state(text, portfolio):
    t = title_of(text, "Ana Ruiz")
    assert (t["kind"], t["portfolio"], t["org"]) == ("minister", portfolio, None)


def test_a_minister_of_an_organization_is_its_role():
    t = title_of("Ana Ruiz, the party's finance minister, said no.", "Ana Ruiz")
    assert (t["kind"], t["org"]) == ("role", "party")


def test_a_level_of_government_before_another_title_names_no_government():
    # only before a portfolio or a minister: "state governor" keeps the state as its level
    t = title_of("Ana Ruiz, the state governor, said no.", "Ana Ruiz")
    assert (t["office"], t["org"]) == ("governor", "state")


@pytest.mark.parametrize("text, surname", [
    ("The trial was led by Professor Maren Ostby. Prof Ostby said it worked.", "Ostby"),
    ("Prof. Maren Ostby led the trial. Later Prof Ostby said it worked.", "Ostby"),
    ("Professor Tariq Haddad spoke first. Prof Hadad said more.", "Hadad"),
    ("Councillor Maria Dunleavy opened the hall. Cllr Dunleavey said it cost less.", "Dunleavey"),
    ("Councillor Maria Dunleavy opened the hall. Cr Dunleavey said it cost less.", "Dunleavey"),
])
def test_a_title_written_short_with_or_without_its_full_stop_titles_the_surname(text, surname):
    """British copy writes "Prof", "Cllr" (Australian "Cr") without the full stop: still a title, not a given
    name, and the same office as the title written in full (lexicons/people.json
    title_abbreviations)."""
    ps = persons(text)
    later = ps[-1]
    assert later.text == surname and not later.attrs["full"]
    assert later.attrs["title"]["office"] == ps[0].attrs["title"]["office"]
    assert later.attrs["entity"] == ps[0].id


def test_an_abbreviation_that_is_a_surname_is_a_title_only_with_its_full_stop():
    assert named("Amartya Sen said no.") == ["Amartya Sen"]
    assert title_of("Sen. Bob Hale said yes.", "Bob Hale")["office"] == "senator"


@pytest.mark.parametrize("text, name", [
    ("Striker Lena Okafor has joined the club. “I am glad,” Lena Okafur said.", "Lena Okafor"),
    ("Veteran Tomas Reyes rode well. Tomas Reyes said he was tired.", "Tomas Reyes"),
])
def test_a_word_opening_a_sentence_before_a_known_name_is_not_part_of_it(text, name):
    ps = persons(text)
    assert ps[0].text == name and ps[0].attrs["entity"] == ps[1].attrs["entity"]


def test_a_capitalized_word_inside_a_sentence_still_starts_the_name():
    # mid-sentence a capitalized word is read as written: "Ana Maria Reyes" is not "Maria Reyes"
    assert [p.text for p in persons("Coach Maria Reyes said no. Fans cheered Ana Maria Reyes.")] == ["Maria Reyes"]


def test_a_possessive_ends_the_name_and_does_not_join_an_organization():
    ps = persons("Prime Minister Bob Hawke spoke. Support for Hawke's Labour Party rose.")
    assert [p.text for p in ps] == ["Bob Hawke", "Hawke"]
    assert "Labour Party" in orgs("Support for Hawke's Labour Party rose.")


def test_person_spans_point_at_the_name():
    text = "Foreign Minister Abdoulaye Diop told the council."
    [p] = persons(text)
    assert text[p.start:p.end] == "Abdoulaye Diop" == p.text
    t = p.attrs["title"]
    assert text[t["start"]:t["end"]] == "Foreign Minister"


# --- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, kind, portfolio", [
    ("Finance Minister Ana Ruiz spoke.", "Ana Ruiz", "minister", ["finance"]),
    ("Economy Minister Ana Ruiz spoke.", "Ana Ruiz", "minister", ["finance", "trade"]),
    ("Treasury Secretary James Baker spoke.", "James Baker", "minister", ["finance"]),
    ("Trade and Industry Minister Hajime Tamura spoke.", "Hajime Tamura", "minister", ["trade"]),
    ("Minister of Foreign Affairs Ana Ruiz spoke.", "Ana Ruiz", "minister", ["foreign"]),
    ("Minister of Finance and Health Ana Ruiz spoke.", "Ana Ruiz", "minister", ["finance", "health"]),
    ("Finance Deputy Minister Ana Ruiz spoke.", "Ana Ruiz", "minister", ["finance"]),
    ("Trade Vice Minister Ana Ruiz spoke.", "Ana Ruiz", "minister", ["trade"]),
    ("British Chancellor of the Exchequer Nigel Lawson spoke.", "Nigel Lawson", "minister", ["finance"]),
    ("Abdoulaye Diop, Mali's foreign minister, said it.", "Abdoulaye Diop", "minister", ["foreign"]),
    ("President Ana Ruiz spoke.", "Ana Ruiz", "state", []),
    ("West German Chancellor Helmut Kohl spoke.", "Helmut Kohl", "government", []),
    ("Gen. Manuel Noriega spoke.", "Manuel Noriega", "rank", []),
    ("Bundesbank President Karl Otto Poehl spoke.", "Karl Otto Poehl", "role", []),
    ("John Smith, president of Acme Corp, said sales rose.", "John Smith", "role", []),
    ("MINUSMA Spokesman Olivier Salgado spoke.", "Olivier Salgado", "role", []),
])
def test_titles_are_read_with_their_kind_and_portfolio(text, name, kind, portfolio):
    t = title_of(text, name)
    assert t["kind"] == kind
    assert t["portfolio"] == portfolio


@pytest.mark.parametrize("text, modifier", [
    ("Former President Jimmy Carter spoke.", "former"),
    ("ex-President Jimmy Carter spoke.", "former"),
    ("then-Finance Minister Ana Ruiz spoke.", "then"),
    ("Acting President Ana Ruiz spoke.", "acting"),
    ("Deputy Prime Minister Ana Ruiz spoke.", "deputy"),
    ("Finance Deputy Minister Ana Ruiz spoke.", "deputy"),
    ("Trade Vice Minister Ana Ruiz spoke.", "deputy"),
    ("Vice President George Bush spoke.", "deputy"),
    ("President-elect Ana Ruiz spoke.", "change"),
])
def test_title_modifiers_are_kept(text, modifier):
    name = named(text)[0]
    assert modifier in title_of(text, name)["modifiers"]


def test_a_plural_title_does_not_title_the_next_name():
    text = ("Finance Minister Michael Howard arrived. In meetings with the foreign and telecommunications "
            "ministers Howard said he was concerned.")
    assert [p.attrs["title"] is None for p in persons(text)] == [False, True]


@pytest.mark.parametrize("text", [
    "Health Minister Ana Ruiz, who was appointed in May, spoke.",
    "Health Minister Ana Ruiz, who succeeded Jo Lee, spoke.",
    "Ana Ruiz became Health Minister. Health Minister Ana Ruiz spoke.",
])
def test_a_change_of_office_beside_a_mention_is_noted(text):
    assert any(p.attrs["changed"] for p in persons(text))


def test_organizations():
    found = orgs("The Foreign Ministry of Mali wrote to the United Nations Security Council. "
                 "Bank of Japan Governor Satoshi Sumita spoke. Merrill Lynch and Co Inc rose.")
    assert found == ["Foreign Ministry of Mali", "United Nations Security Council", "Bank of Japan",
                     "Merrill Lynch and Co Inc"]


def test_the_seed_article_people(seed_text):
    ps = persons(seed_text)
    assert {p.text for p in ps if p.attrs["full"]} == {"Abdoulaye Diop", "El Ghassim Wane", "Antonio Guterres",
                                                      "Olivier Salgado"}
    diop = [p for p in ps if p.attrs["surname"] == "Diop"]
    assert len(diop) == 4 and {p.attrs["entity"] for p in diop} == {diop[0].id}
    assert "Mali" not in {p.text for p in ps}


# --- helpers: arithmetic on spellings --------------------------------------------------------

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=0, max_size=12)


@given(words, words)
def test_edit_distance_is_a_symmetric_bounded_count(a, b):
    d = edit_distance(a, b)
    assert d == edit_distance(b, a)
    assert abs(len(a) - len(b)) <= d <= max(len(a), len(b))
    assert (d == 0) == (a == b)


@given(words, words, st.integers(0, 3))
def test_edit_distance_limit_never_understates(a, b, limit):
    d = edit_distance(a, b)
    capped = edit_distance(a, b, limit)
    assert capped == d if d <= limit else capped > limit


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12), st.data())
def test_swapping_two_neighbours_costs_one(word, data):
    i = data.draw(st.integers(0, len(word) - 2))
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    assert edit_distance(word, swapped) == (0 if swapped == word else 1)


@pytest.mark.parametrize("a, b, position, kind", [
    ("Zelensky", "Zelenskyy", "surname", "letters"),
    ("Volodymyr", "Volodimir", "given", "letters"),
    ("Guterres", "Guterrés", "surname", "diacritics"),
    ("McDonald", "Mcdonald", "surname", "case"),
    ("Mario", "Maria", "given", None),
    ("Paul", "Paula", "given", None),
    ("Hillary", "Bill", "given", None),
    ("Jon", "Joe", "given", None),
    ("Ivanov", "Ivanova", "surname", "letters"),
])
def test_close_spelling(a, b, position, kind):
    assert close_spelling(a, b, position) == kind
    assert close_spelling(b, a, position) == kind


def test_name_key_ignores_initials_particles_and_suffixes():
    assert name_key(["George", "W.", "Bush"]) == name_key(["George", "Bush"]) == ("george", "bush")
    assert name_key(["El", "Ghassim", "Wane"]) == ("ghassim", "wane")
    assert name_key(["Martin", "Luther", "King", "Jr."]) == ("martin", "king")
    assert strip_accents("António Guterrés") == "Antonio Guterres"


PIECES = list("ab .,'’\"“”-\nABCMr") + ["Minister ", "Diop ", "said ", "Gen. ", "ex-", "U.S. ", "Jr. ", "(",
                                          "Inc ", "Abdoulaye ", "Foreign ", "’s ", "and Co "]


@settings(max_examples=60)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_extraction_never_raises_and_spans_match_the_text(text):
    for c in people.extract(Article("t", "t", text)):
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text


@given(words, words, st.sampled_from(["given", "surname"]))
def test_close_spelling_is_symmetric_and_never_links_a_name_to_itself(a, b, position):
    assert close_spelling(a, b, position) == close_spelling(b, a, position)
    assert close_spelling(a, a, position) is None


def test_person_quote_and_acronym_attrs_are_typed_by_the_schema():
    """The claims document types what the names extractors add (schemas/claims.schema.json):
    a document they write validates, and an age told at an unknown time does not."""
    from datetime import date

    from claims.document import to_document, validate
    from claims.extract import extract as extract_all
    from claims.read import article_from_text

    text = ("The Coastal Ferry Authority (CFA) met. Chairman Tomas Ek, 59, who was born in July 1966, "
            "spoke.\n\n“We will sail,” he said. Ek, the CFA's chief executive, left.")
    doc = to_document(extract_all(article_from_text(text, published=date(2025, 6, 24))))
    assert validate(doc) == []
    person = next(c for c in doc["claims"] if c["kind"] == "person" and c["attrs"]["ages"])
    person["attrs"]["ages"][0]["at"] = "someday"
    assert any("someday" in problem for problem in validate(doc))


@pytest.mark.parametrize("text, same", [
    # "Jr." and "Sr." after one name: father and son, two people
    ("Vice chairman Stewart Bainum Jr., 40, succeeds his father Stewart Bainum Sr., 67.", False),
    # one suffix only: the name with and without it is one person
    ("Vice chairman Stewart Bainum Jr. spoke. Stewart Bainum said no.", True),
])
def test_a_name_written_with_two_generational_suffixes_is_two_people(text, same):
    ps = [p for p in persons(text) if p.attrs["surname"] == "Bainum"]
    assert len(ps) == 2 and (ps[0].attrs["entity"] == ps[1].attrs["entity"]) is same


def test_the_surname_alone_after_a_father_and_son_is_neither():
    ps = persons("Vice chairman Stewart Bainum Jr. succeeds his father, Chairman Stewart Bainum Sr., as "
                 "chairman.\n\nBainum said no.")
    assert ps[-1].text == "Bainum" and ps[-1].attrs["entity"] is None


@pytest.mark.parametrize("later, person", [
    ("Ms Okafor", True),          # an honorific before the surname alone
    ("Ms Okafo", True),           # or before a slip of it
    ("the woman", False),
])
def test_a_full_name_is_a_person_when_an_honorific_stands_before_its_surname_elsewhere(later, person):
    text = f"The case was brought by Ngozi Okafor, from Lagos, last year.\n\nThe ruling pleased {later} greatly."
    assert ("Ngozi Okafor" in named(text)) is person


@pytest.mark.parametrize("text, surname_entity_of", [
    # the surname alone before the second person of that surname is named refers back to the first
    ("Architect Lena Holm won the prize. Holm said she was surprised.\n\nHer brother, the painter Erik Holm, "
     "said nothing.", "Lena Holm"),
    ("Coach Rui Matos, 51, spoke on Friday. Matos has led the side since May.\n\nHis son, the striker Tiago "
     "Matos, is injured.", "Rui Matos"),
    ("\"We were lucky,\" said Sara Lind. Lind runs the farm. Her father, Nils Lind, founded it.", "Sara Lind"),
])
def test_a_surname_alone_refers_back_to_the_one_person_of_that_name_named_before_it(text, surname_entity_of):
    ps = persons(text)
    first = next(p for p in ps if p.text == surname_entity_of)
    alone = next(p for p in ps if p.text == surname_entity_of.split()[-1])
    assert alone.attrs["entity"] == first.attrs["entity"] is not None


def test_a_surname_alone_after_both_people_of_that_name_are_named_is_neither():
    ps = persons("Architect Lena Holm won the prize. Her brother, the painter Erik Holm, said nothing. "
                 "Holm said she was surprised.")
    assert all(p.attrs["entity"] is None for p in ps if p.text == "Holm")


@pytest.mark.parametrize("headline", ["Cyclist Varga wins the hill stage", "Mayor Dufresne opens the bridge"])
def test_a_full_name_is_a_person_when_a_title_stands_before_its_surname_elsewhere(headline):
    surname = headline.split()[1]
    text = f"{headline}\n\nAnna {surname} did it on Saturday, two years after a crash.\n\n{surname} was pleased."
    ps = persons(text)
    assert f"Anna {surname}" in [p.text for p in ps]
    assert ps[-1].text == surname and ps[-1].attrs["entity"] == next(p for p in ps if p.text == f"Anna {surname}").attrs["entity"]


def test_a_full_name_with_no_title_speech_or_apposition_anywhere_stays_unread():
    assert named("Anna Varga did it on Saturday, two years after a crash.") == []


@pytest.mark.parametrize("n, found", [(10, True), (11, False)])
def test_a_colon_before_a_quotation_names_a_speaker_at_most_twelve_words_on(n, found):
    # "put", "it" and the filler: twelve words from the name to the colon, then thirteen
    filler = " ".join(["very"] * n)
    text = f"Snow fell. Ana Ruiz {filler} put it: “The ice is thin.”"
    assert people.COLON_QUOTE_WORDS == 12
    assert named(text) == (["Ana Ruiz"] if found else [])


@pytest.mark.parametrize("description, found", [
    ("orchardist", True),                  # a noun the title lexicon does not know
    ("the veteran local orchardist", True),       # four words, "the" counted
    ("the lone veteran local orchardist", False),  # five
    ("on behalf of", False),               # function words: no description of a person
])
def test_a_full_name_after_a_speech_verb_and_a_short_description_is_a_person(description, found):
    assert named(f"“We will stay,” said {description} Ana Ruiz.") == (["Ana Ruiz"] if found else [])


@pytest.mark.parametrize("text, name", [
    ("Kenya's Daniel Ruto won. “It hurt,” Ruto said.", "Daniel Ruto"),      # a possessive place opens the run
    ("Co-author Ana Ruiz agreed. Ruiz said it was early.", "Ana Ruiz"),     # a word that is no name opens it
])
def test_a_full_name_ending_a_run_is_read_when_its_surname_is_spoken(text, name):
    assert name in named(text)


def test_a_name_apposed_between_commas_before_a_speech_verb_is_a_person():
    assert named("His daughter, Ana Ruiz, said he never rested.") == ["Ana Ruiz"]
    assert named("His daughter, Ana Ruiz, never rested.") == []


@pytest.mark.parametrize("text, found", [
    ("The club signed defender Given Mbeki on Monday.", ["Given Mbeki"]),   # after a title
    ("Given Mbeki's form, the club waited.", []),                          # opening a sentence
])
def test_a_capitalized_function_word_after_a_title_is_a_given_name(text, found):
    assert named(text) == found


# --- a full name after a relation noun, or whose given name goes on with "he" or "she" -------

@pytest.mark.parametrize("text, name", [
    ("We report that our colleague Samir Haddad was killed on Monday.", "Samir Haddad"),
    ("The club thanked its coach Ines Faro for a long season.", "Ines Faro"),
    ("Every morning Nadia Farouk walks to school.\n\nNadia was 11 when her parents left.", "Nadia Farouk"),
])
def test_a_relative_or_a_given_name_with_a_pronoun_is_a_person(text, name):
    assert name in named(text)


@pytest.mark.parametrize("text, name", [
    ("We report that the colleague Samir Haddad was killed on Monday.", "Samir Haddad"),  # no possessive
    ("Every morning Nadia Farouk walks to school.\n\nNadia was 11 when the parents left.", "Nadia Farouk"),
    ("Pelican Towage operates 64 tugs.\n\nPelican reported its revenue.", "Pelican Towage"),  # "its"
])
def test_no_relation_and_no_pronoun_no_person(text, name):
    assert name not in named(text)


# --- every office a mention tells (title21) -------------------------------------------------

@pytest.mark.parametrize("text, name, first, second", [
    # a list of offices in apposition: each is told, the organization after the last is each one's
    ("Tomas Reyes, chairman and chief financial officer of Alvar Mills, spoke.", "Tomas Reyes",
     "chairman", "chief financial officer"),
    # a short word of what the person is may open the list; it is no office
    ("Ivo Laska, co-founder and chief operating officer, spoke.", "Ivo Laska", "founder", "chief operating officer"),
    # a byline's row: the cell after the name and its bar, the organization after a comma
    ("Cash for credit\n\nIvo Laska | Co-founder and Chief Operating Officer, Brightpay\n\nIvo Laska said sales grew.", "Ivo Laska",
     "founder", "chief operating officer"),
])
def test_a_list_of_offices_tells_each_of_them(text, name, first, second):
    c = next(c for c in persons(text) if c.text == name)
    assert c.attrs["title"]["office"] == first
    assert c.attrs["also_title"]["office"] == second


def test_the_organization_after_a_list_is_each_office_s():
    c = next(c for c in persons("Tomas Reyes, chairman and chief financial officer of Alvar Mills, spoke.")
             if c.text == "Tomas Reyes")
    assert c.attrs["title"]["org"] == c.attrs["also_title"]["org"] == "Alvar Mills"


@pytest.mark.parametrize("text", [
    "Tomas Reyes, a farmer and father of four, spoke.",           # no office in the list
    "Tomas Reyes, who farms and fishes, spoke.",                  # a clause, no apposition
    "Tomas Reyes, a keen sailor since his youth and a farmer, spoke.",  # a long description before "and"
])
def test_descriptions_joined_by_and_are_no_list_of_offices(text):
    c = next(c for c in persons(text) if c.text == "Tomas Reyes")
    assert c.attrs["title"] is None and c.attrs["also_title"] is None


def test_an_apposition_ends_at_a_table_cell_s_bar():
    text = "| Fund | Signed by |\n|---|---|\n| Relief | Lea Brandt, Treasurer |\n"
    assert title_of(text, "Lea Brandt")["office"] == "treasurer"


@pytest.mark.parametrize("written, office", [
    ("Judicial member Omar Fenn", "judicial member"),   # a qualifier the lexicon's heads hold is the office's
    ("Whole-time member Omar Fenn", "whole-time member"),
])
def test_a_member_s_seat_is_one_office(written, office):
    assert title_of(f"{written} signed the order.", "Omar Fenn")["office"] == office

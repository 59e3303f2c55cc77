"""name.title-conflict: flagged and not-flagged examples, and generated portfolio pairs."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

RULE = "name.title-conflict"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, reason", [
    ("Finance Minister Ana Ruiz said yes. Health Minister Ana Ruiz said no.", "different ministries"),
    ("Finance Minister Ana Ruiz said yes. Later Health Minister Ruiz said no.", "different ministries"),
    ("Prime Minister Rishi Sunak said yes. President Rishi Sunak said no.", "two offices"),
    ("French Finance Minister Edouard Balladur said yes. Belgian Finance Minister Edouard Balladur said no.",
     "of France and of Belgium"),
    ("Gen. Manuel Noriega said yes. Col. Manuel Noriega said no.", "different ranks"),
    ("Abdoulaye Diop, Mali's foreign minister, said yes. Defence Minister Abdoulaye Diop said no.",
     "different ministries"),
    # a rank written twice differently, the second in full before the surname alone
    ("Col. Abel Mensah said yes. Later Major Mensah said no.", "different ranks"),
    # two roles of one set: one person does not hold both at once
    ("Veritek's chief executive, Ines Moro, said yes. Moro, the company's chief financial officer, said no.",
     "two different roles (company officers)"),
    ("Judge Anton Weil opened the hearing. Prosecutor Anton Weil asked for a delay.", "two different roles (court)"),
    ("Harriers head coach Dan Price said yes. Harriers captain Dan Price said no.", "two different roles (team)"),
    ("Mayor Lena Ortiz said yes. Later Gov. Ortiz said no.", "two different roles (elected executive)"),
    ("Sen. Omar Reyes said yes. Rep. Omar Reyes said no.", "two different roles (legislature)"),
    # a county's head of law enforcement is not a city's police chief
    ("Sheriff Dale Okafor said yes. Later Police Chief Okafor said no.", "two different roles (public safety)"),
    # two chambers of one legislature, whatever the office in each
    ("House Speaker Carla Benning said yes. Senate President Benning said no.", "two chambers"),
    ("Carla Benning, the president of the Senate, said yes. Assembly Speaker Benning said no.", "two chambers"),
    # "hired ... as" an owner's office: the office arrived in, held now
    ("The board hired Ana Ruiz as the company's chief financial officer on Monday. Chief executive Ana Ruiz "
     "said costs would fall.", "two different roles (company officers)"),
])
def test_two_incompatible_titles_are_flagged(text, reason):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert reason in f.message
    assert len(f.related) == 1


def test_the_message_names_both_titles():
    text = "Finance Minister Ana Ruiz said yes. Health Minister Ana Ruiz said no."
    [f] = findings(text)
    assert f.message == ("Ana Ruiz is “Health Minister” here but “Finance Minister” elsewhere: "
                         "finance and health are different ministries")
    assert text[f.start:f.end] == "Health Minister Ana Ruiz"


@pytest.mark.parametrize("text", [
    "Finance Minister Ana Ruiz said yes. Former Health Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Then-Health Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Acting Health Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Deputy Prime Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Health Minister Ana Ruiz, who was appointed in May, said no.",
    "Finance Minister Ana Ruiz said yes. In May Ruiz was appointed Health Minister. Health Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Ruiz, who became Health Minister, said no. Health Minister Ana Ruiz left.",
    "Prime Minister Ana Ruiz said yes. Finance Minister Ana Ruiz said no.",
    "Bundesbank President Karl Otto Poehl said yes. Chairman Karl Otto Poehl said no.",
    "Lt. Col. Oliver North said yes. Col. Oliver North said no.",
    "Finance Minister Ana Ruiz said yes. Health Minister Jo Ruiz said no.",
    "MINUSMA head El Ghassim Wane said yes. President El Ghassim Wane said no.",
    # roles outside one set, or that one person often holds together, told together
    "Chairman and chief executive Ines Moro said yes. Chief executive Ines Moro said no.",
    "Chairman Ines Moro, who is also chief executive, said yes. Chief executive Ines Moro said no.",
    "Coach Dan Price said yes. Spokesman Dan Price said no.",
    # a former role, or two organizations each named
    "Judge Anton Weil said yes. Former prosecutor Anton Weil said no.",
    "Dan Price, captain of Harriers, said yes. Dan Price, coach of Rovers, said no.",
    # "major" as an ordinary word before a surname no one was given a rank with
    "Ana Mensah said yes. Major Mensah investments were sold.",
])
def test_compatible_titles_and_changes_of_office_are_not_flagged(text):
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Finance Minister Ana Ruiz said yes. Economy Minister Ana Ruiz said no.",
    "Trade Minister Hajime Tamura said yes. Industry Minister Hajime Tamura said no.",
    "Economics Minister Martin Bangemann said yes. Trade Minister Martin Bangemann said no.",
    "EU Trade Commissioner Lise Holm said yes. Competition Commissioner Holm said no.",
])
def test_one_family_of_portfolios_named_with_two_words_is_a_reading(text):
    # one ministry in some governments, two in others: shown, never alarmed
    [f] = findings(text)
    assert f.severity.label == "info"
    assert "one family" in f.message


@pytest.mark.parametrize("text", [
    "Finance Minister Ana Ruiz said yes. Finance and Economy Minister Ana Ruiz said no.",
    "Economy Minister Ana Ruiz said yes. Economic Affairs Minister Ana Ruiz said no.",
    "Finance Minister Ana Ruiz said yes. Former Economy Minister Ana Ruiz said no.",
    # one chamber, or a chamber's committee: one member
    "House Speaker Carla Benning said yes. House Majority Leader Benning said no.",
    "State Senate President Carla Benning said yes. Senate President Benning said no.",
    "Senate President Carla Benning said yes. Benning, who was House speaker until 2021, said no.",
    "Sheriff Ann Cole said yes. Her brother, Police Chief Mark Cole, said no.",
    "The board hired Ana Ruiz as the company's chief financial officer on Monday. Chief financial officer Ana "
    "Ruiz said costs would fall.",
])
def test_one_word_of_a_portfolio_or_one_chamber_is_not_flagged(text):
    assert findings(text) == []


def test_a_correction_notice_quotes_wording_it_does_not_assert():
    notice = '(In third paragraph, "Interior Minister Boonrawd Somtas" should be "Defense Minister Boonrawd Somtas")'
    assert findings(notice + "\n\nDefense Minister Boonrawd Somtas said the law would be lifted.") == []
    # the article's own words still count
    assert findings(notice + "\n\nInterior Minister Boonrawd Somtas said the law would be lifted. "
                             "Defense Minister Boonrawd Somtas agreed.")


def test_the_seed_article_has_no_title_conflict(seed_text):
    assert findings(seed_text) == []


PORTFOLIOS = ["Finance", "Health", "Defence", "Foreign", "Justice", "Education", "Agriculture", "Interior"]


@given(st.sampled_from(PORTFOLIOS), st.sampled_from(PORTFOLIOS))
def test_two_portfolios_conflict_exactly_when_they_differ(a, b):
    text = f"{a} Minister Ana Ruiz said yes. {b} Minister Ana Ruiz said no."
    assert bool(findings(text)) == (a != b)


def test_a_cabinet_minister_is_any_minister():
    from checker.engine import check_article
    from claims.read import article_from_text

    text = ("Cabinet minister Michael Eitan said Sunday that the remarks marked a change. "
            "``We will defend our north,'' said Eitan, the science minister.")
    assert [f for f in check_article(article_from_text(text)).findings if f.rule == "name.title-conflict"] == []


# An appointment to a post changes the post, not the rank: two ranks still conflict. A rank
# changes only by promotion or demotion, or when a change of office names the rank itself
# within RANK_AFTER_CHANGE_WORDS words ("who was then a major": two words between).
@pytest.mark.parametrize("text", [
    "Gen. Ruth Adeyemi has been appointed head of the western command. Col. Ruth Adeyemi told reporters the unit was ready.",
    "Brig. Gen. Tomas Varga was named commander of the air base on Monday. Later, Maj. Tomas Varga said the runway was shut.",
    "The ministry appointed Col. Ilse Brandt to lead the inquiry. Captain Ilse Brandt said it would take a month.",
    "Gen. Dario Mele took over as head of the academy last year. Col. Dario Mele said cadets were ready.",
    "Maj. Dario Mele, who succeeded Hugh Park as chief of staff, spoke first. Col. Dario Mele said cadets were ready.",
])
def test_an_appointment_to_a_post_does_not_change_a_rank(text):
    [f] = findings(text)
    assert "different ranks" in f.message


@pytest.mark.parametrize("text", [
    "Col. Ilse Brandt was promoted to general on Monday. Gen. Ilse Brandt said she was honoured.",
    "Col. Ilse Brandt, who was promoted last week, leads the unit. Gen. Ilse Brandt said she was honoured.",
    "Capt. Dario Mele was demoted after the inquiry. Lt. Dario Mele said it was unfair.",
    "Col. Dario Mele, who was then a major, led the patrol. Maj. Dario Mele said it went well.",
    "Gen. Dario Mele, formerly a colonel, led the patrol. Col. Dario Mele said it went well.",
])
def test_a_promotion_or_a_former_rank_is_a_career(text):
    assert findings(text) == []


def test_a_rank_named_three_words_after_a_change_is_not_the_change():
    # "who was" then three words, then the rank: beyond RANK_AFTER_CHANGE_WORDS
    from claims.titles import RANK_AFTER_CHANGE_WORDS
    assert RANK_AFTER_CHANGE_WORDS == 2
    assert findings("Col. Dario Mele, who was then a major, led the patrol. Maj. Dario Mele said so.") == []
    assert findings("Col. Dario Mele, who was with the brave major, led the patrol. Maj. Dario Mele said so.")


@pytest.mark.parametrize("text", [
    "Sara Lind, a colonel in the reserve, spoke first. Maj. Sara Lind said the troops were rested.",
    "Piet Kowal, the city's mayor, opened the bridge. Kowal, the state governor, said it cost too much.",
    "Acme's chief executive, Noor Haddad, announced the cuts. Noor Haddad, Acme's finance chief, said the bank would recover.",
])
def test_titles_in_apposition_with_an_article_a_possessive_or_a_place(text):
    assert len(findings(text)) == 1
@pytest.mark.parametrize("title, steps", [
    ("Mayor", 0), ("Head coach", 0), ("Deputy Mayor", 1), ("assistant coach", 1), ("Vice-chancellor", 0),
    ("Deputy vice-chancellor", 1), ("Deputy assistant secretary", 2), ("First Deputy Prime Minister", 1), ("Associate Dean", 1),
])
def test_a_title_counts_its_steps_below_the_office(title, steps):
    from claims.extract import extract
    text = f"{title} Rosa Vint said yes."
    [person] = [c for c in extract(article_from_text(text)).of_kind("person")]
    assert person.attrs["title"]["steps"] == steps


@pytest.mark.parametrize("text", [
    "Deputy Mayor Rosa Vint said yes. Mayor Vint said no.",
    "Rosa Vint, the assistant coach, said yes. Head coach Rosa Vint said no.",
])
def test_one_office_at_two_steps_is_flagged(text):
    [f] = findings(text)
    assert "is a post below" in f.message


@pytest.mark.parametrize("text, why", [
    ("Deputy Mayor Rosa Vint said yes. Deputy Mayor Vint said no.", "the same step twice"),
    ("Rosa Vint, assistant coach of Rovers, said yes. Rosa Vint, head coach of Harriers, said no.",
     "each names its own organization"),
    ("Acting Mayor Rosa Vint said yes. Deputy Mayor Vint said no.", "a stand-in's title"),
])
def test_steps_that_are_not_a_conflict(text, why):
    assert findings(text) == [], why


def test_a_deputy_post_against_another_office_is_no_warning():
    # a deputy may hold a second post: at most a reading (test_a_deputy_ministry_against_another_is_info)
    text = "Deputy Finance Minister Rosa Vint said yes. Health Minister Vint said no."
    assert [f.severity.name for f in findings(text)] == ["INFO"]


# --- a title told in a relative clause, an office apposed before an academic title -----------

@pytest.mark.parametrize("clause, found", [
    ("who is the company's chief executive", True),
    ("who has been chief executive since 2011", True),
    ("who has run the company as chief executive since 2011", True),
    ("who has run the whole of the company as chief executive", True),      # ten words
    ("who has run the whole of the old company as chief executive", False),  # eleven
    ("who was chief executive until 2011", False),   # a past office
    ("who met the chief executive in 2011", False),  # another person's title
])
def test_a_title_in_a_relative_clause_reaches_ten_words(clause, found):
    text = f"Chief financial officer Daniel Osei spoke on Monday.\n\nOsei, {clause}, said no stores would close."
    assert bool(findings(text)) is found


@pytest.mark.parametrize("before, found", [
    ("its deputy vice-chancellor, Professor", True),   # the apposed office is the post
    ("its deputy vice-chancellor, Dr", True),          # so it is before an honorific
    ("Professor", False),
])
def test_an_office_apposed_before_an_academic_title_is_the_post(before, found):
    text = (f"The university said on Friday, through {before} Ines Carvalho, that jobs would go.\n\n"
            "Carvalho, the university's vice-chancellor, said no courses would close.")
    assert bool(findings(text)) is found


# --- titles before an honorific, after "as", an arrival in office, auxiliaries of change -------

@pytest.mark.parametrize("text", [
    "Kestrel Labs has hired Dr Ana Ruiz, a former adviser to its board, as chief scientific officer.\n\n"
    "Chief medical officer Dr Ruiz said trials would start in May.",
    "Head teacher Jo Amis, who took over in 2023, praised the staff.\n\nMrs Amis, who has been deputy head "
    "since 2021, said pupils had worked hard.",
    "Chief executive Lena Brandt said the plant would close.\n\nOn a call with investors, chief financial "
    "officer Lena Brandt said the decision had been hard.",
    "State Veterinarian Dr. Rui Costa said herds were recovering.\n\nDeputy State Veterinarian Costa said "
    "milk was being tested.",
    "The scheme was unveiled on Monday by the Minister for Agriculture, Aoife Brennock.\n\nMinister for "
    "Enterprise Aoife Brennock said she would review it.",
])
def test_new_ways_of_writing_a_title_conflict_are_flagged(text):
    assert [f.rule for f in findings(text)] == ["name.title-conflict"]


@pytest.mark.parametrize("text", [
    # the arrival names another office right after it: the apposed title is the one left
    "Jo Amis, the deputy head, was promoted to head teacher in May.\n\nHead teacher Amis praised the staff.",
    # a past office in a relative clause
    "Head teacher Jo Amis, who took over in 2023, praised the staff.\n\nMrs Amis, who was deputy head from "
    "2019, said pupils had worked hard.",
    # the arrival is followed by a departure told of the person: a career
    "Kestrel Labs hired Dr Ana Ruiz as chief scientific officer in 2019.\n\nDr Ruiz resigned in 2022.\n\n"
    "Chief medical officer Dr Ruiz said trials would start in May.",
    # who had been, right after the name: a past office
    "Chief executive Lena Brandt said the plant would close.\n\nBrandt, who had been chief financial officer, "
    "said the decision was hard.",
])
def test_careers_and_past_offices_are_not_flagged(text):
    # at most the weak link's info: a change told of the person may be what separates the titles
    assert all(f.severity.name == "INFO" and "change" in f.message for f in findings(text))


def test_two_chiefs_of_public_safety_are_two_posts():
    assert [f.rule for f in findings(
        "Marta Quill, the city's police chief, said three homes were evacuated.\n\nNo one was injured.\n\n"
        "Fire Chief Marta Quill said crews kept the flames back.")] == [RULE]


def test_a_then_title_and_a_promotion_are_a_career():
    assert findings("The inquiry heard that then-Detective Sergeant Colin Ashby led the first search in 2018.\n\n"
                    "Detective Inspector Ashby, who has since been promoted, told the hearing the search was "
                    "rushed.") == []


# --- roles in a court and a university, as classes of incompatible roles ---------------------

@pytest.mark.parametrize("text, reason", [
    # the bench and the bar: a judge is nobody's counsel
    ("Justice Harriet Oyelaran ruled for the tenants.\n\nOyelaran, counsel for the landlord, had argued "
     "otherwise.", "judge and counsel are two different roles (court)"),
    ("Magistrate Colin Ashworth fined the driver.\n\nAshworth, for the defence, said his client was sorry.",
     "judge and counsel"),
    ("Judge Nomvula Dube said the water must flow.\n\nAdvocate Dube, for the city, said it would comply.",
     "judge and counsel"),
    # the two sides of a case
    ("Prosecutor Daniel Ferreira told the court about the transfers.\n\nFerreira, defending, said his client "
     "was under pressure.", "prosecutor and defence lawyer are two different roles (court sides)"),
    # a university's officers
    ("The university's vice-chancellor, Professor Deborah Muir, froze hiring.\n\nMuir, the registrar, said the "
     "freeze would be reviewed.", "vice-chancellor and registrar"),
    ("Vice-chancellor Professor Thabo Zulu spoke first.\n\nUniversity registrar Thabo Zulu said staff would help.",
     "vice-chancellor and registrar"),
])
def test_roles_of_one_class_that_one_person_does_not_hold_at_once(text, reason):
    [f] = findings(text)
    assert reason in f.message


@pytest.mark.parametrize("text", [
    # counsel alone fits either side of a case
    "Prosecutor Daniel Ferreira opened the case.\n\nFerreira, counsel for the state, called the first witness.",
    "Defence lawyer Ana Ruiz spoke.\n\nRuiz, counsel for the accused, asked for bail.",
    # two people of one surname, each named in full
    "Judge Alan Purcell refused the order.\n\nThe council's barrister, Nadia Purcell, is no relation.",
    # a stand-in and a deputy are other posts than the office
    "The university named Peter Okonjo acting registrar.\n\nOkonjo, its deputy vice-chancellor, will hold both roles.",
    # 'defending' before a name is an ordinary word
    "Judge Ana Ruiz opened the games.\n\nDefending champion Ana Ruiz lost in the first round.",
])
def test_court_and_university_roles_that_may_be_one_persons_are_not_flagged(text):
    assert findings(text) == []


@pytest.mark.parametrize("verb, caught", [
    ("dismissed the appeal", True),  # the judge is the verb's subject: no change of the judge's office
    ("was dismissed last year", False),  # the judge's own dismissal: a career
])
def test_a_change_verb_is_the_persons_only_when_it_tells_their_change(verb, caught):
    text = f"Justice Harriet Oyelaran {verb}.\n\nOyelaran, counsel for the landlord, spoke."
    assert bool([f for f in findings(text) if f.severity.name != "INFO"]) == caught


@pytest.mark.parametrize("title, kind", [
    ("Kerala Finance Minister", "minister"),  # a state's minister is a minister of state
    ("Ontario Finance Minister", "minister"),
    ("Acme Finance Minister", "role"),  # an organization's is not
])
def test_a_state_or_province_before_a_portfolio_names_a_government(title, kind):
    from claims.extract import extract
    [person] = [c for c in extract(article_from_text(f"{title} Rosa Vint said yes.")).of_kind("person")]
    assert person.attrs["title"]["kind"] == kind


def test_a_state_ministers_two_portfolios_conflict():
    [f] = findings("Kerala Finance Minister P. Suresh Pillai presented the budget.\n\nHome Minister Suresh Pillai "
                   "replied to the debate.")
    assert "different ministries" in f.message


@pytest.mark.parametrize("first, second, caught", [
    # a state's abbreviation is the state: its minister is a minister of state
    ("NSW Health Minister", "Transport Minister", True),
    ("New South Wales Health Minister", "NSW Health Minister", False),  # one state written two ways
    # a named jurisdiction ("X State", "X Province"): the same office of two of them
    ("Kano State Health Commissioner", "Kaduna State Health Commissioner", True),
    ("Kano State Health Commissioner", "Health Commissioner", False),
])
def test_a_jurisdiction_before_a_ministers_title_is_its_government(first, second, caught):
    text = f"{first} Musa Bello toured the ward.\n\n{second} Musa Bello said drugs had arrived."
    assert bool(findings(text)) == caught


def test_jurisdiction_name_words_bounds_a_jurisdictions_name():
    """JURISDICTION_NAME_WORDS: up to three capitalized words before "State" name it; a fourth
    word before them is read as a qualifier of its own."""
    from claims.extract import extract
    from claims.titles import JURISDICTION_NAME_WORDS
    assert JURISDICTION_NAME_WORDS == 3

    def country(title):
        [p] = extract(article_from_text(f"{title} Musa Bello said yes.")).of_kind("person")
        return p.attrs["title"]["country"]
    assert country("Akwa Ibom North State Health Commissioner") == "akwa ibom north state"
    assert country("Great Akwa Ibom North State Health Commissioner") == "akwa ibom north state"
    assert country("Akwa Ibom State Health Commissioner") == "akwa ibom state"


@pytest.mark.parametrize("second, caught", [
    ("The hospital's director of nursing, Lena Moss,", True),  # a department's head is not the chief executive
    ("The hospital's director of nursing, Rita Moss,", False),  # someone else
    ("Lena Moss, who was appointed director of nursing in May,", False),  # a change of office
])
def test_a_departments_director_is_another_company_officer(second, caught):
    text = f"Hospital chief executive Lena Moss said wards would reopen.\n\n{second} said staff were tired."
    assert bool(findings(text)) == caught


# --- the weak link: two posts of one body told of one person, never together ----------------

@pytest.mark.parametrize("text, caught", [
    ("Club chairman Lars Moen opened the new stand.\n\nManager Lars Moen thanked the fans.", True),
    ("County Commissioner Ruth Abara cut the ribbon.\n\nMayor Ruth Abara thanked the volunteers.", True),
    ("Athletic Director Sam Oduya showed the new gym.\n\nCoach Sam Oduya said recruits would notice.", True),
    # told together, or one told as an addition
    ("Lars Moen, the club's chairman and manager, opened the new stand.\n\nManager Lars Moen thanked the fans.",
     False),
    ("Club chairman Lars Moen opened the new stand.\n\nMoen, who is also the club's manager, thanked the fans.",
     False),
    # a change told in the sentence that names the later post: the arrival in it
    ("Club chairman Lars Moen, who was named manager in May, opened the stand.\n\nManager Lars Moen thanked "
     "the fans.", False),
    # a past post, each post of its own named club, two wordings of one post
    ("Club chairman Lars Moen opened the new stand.\n\nFormer manager Lars Moen thanked the fans.", False),
    ("Chairman of Rovers Lars Moen opened the new stand.\n\nManager of Harriers Lars Moen thanked the fans.", False),
    ("Coach Lars Moen opened the new stand.\n\nManager Lars Moen thanked the fans.", False),
    # a word that adds a post, in a sentence naming the person or the next one opened by a pronoun
    ("Club chairman Lars Moen opened the new stand.\n\nMoen, who doubles as treasurer, thanked the fans.", False),
    ("Club chairman Lars Moen opened the new stand. He has also kept the books since 2019.\n\nTreasurer Lars "
     "Moen thanked the fans.", False),
    ("Club chairman Lars Moen opened the new stand. The stand cost a lot; also, rain fell.\n\nTreasurer Lars "
     "Moen thanked the fans.", True),  # a next sentence not opened by a pronoun is not the person's
    # occupations and posts people stack are no posts of the list
    ("Founder Lars Moen opened the new stand.\n\nManager Lars Moen thanked the fans.", False),
])
def test_two_posts_of_one_person_never_told_together_are_info(text, caught):
    found = findings(text)
    assert bool(found) == caught
    assert all(f.severity.name == "INFO" and f.related for f in found)


@pytest.mark.parametrize("text, caught", [
    # a change told of the person, that names neither title: the pair is a reading
    ("Head coach Rui Patel was fired on Sunday after six straight losses.\n\nThe owner thanked him.\n\n"
     "Assistant coach Rui Patel will lead the team on Friday.", True),
    ("Head coach Rui Patel resigned on Sunday.\n\nClub chairman Rui Patel thanked the fans.", True),
    # "succeeded" tells a change, but not into the other portfolio: silent before this tier, now info
    ("Health Minister Ana Ruiz, who succeeded Jo Lee, said no. Finance Minister Ana Ruiz said yes.", True),
    # the change names the later title's office: the arrival in it
    ("Head coach Rui Patel was moved to assistant coach on Sunday.\n\nAssistant coach Rui Patel will lead "
     "the drills.", False),
    # a rank changed is decided by the change of rank, never a reading
    ("Col. Ilse Brandt was promoted to general on Monday. Gen. Ilse Brandt said she was honoured.", False),
])
def test_a_pair_only_a_change_of_office_keeps_apart_is_info(text, caught):
    found = findings(text)
    assert bool(found) == caught
    assert all(f.severity.name == "INFO" and "if none came between" in f.message for f in found)


# --- a legislature's sides, chief officers, "As <title>," and titles a predicate gives --------

@pytest.mark.parametrize("text", [
    "House Minority Leader Dana Pruitt backed the bill.\n\nMajority Leader Pruitt called a vote.",
    "Assembly Minority Whip Rosa Delgado asked for time.\n\nMajority Whip Delgado said no.",
    "Senate Majority Leader Carla Brandt spoke first.\n\nMajority Whip Brandt spoke last.",
])
def test_two_sides_or_two_posts_of_a_legislature_s_leadership_conflict(text):
    [f] = findings(text)
    assert "legislative sides" in f.message


def test_two_people_of_one_surname_leading_two_sides_are_two_people():
    assert findings("Senate Majority Leader Owen Hartley spoke. House Minority Leader Jenna Hartley "
                    "replied.\n\nMinority Leader Jenna Hartley said no.") == []


def test_any_chief_function_officer_is_a_company_officer():
    [f] = findings("Chief revenue officer Bea Salgado spoke.\n\nSalgado, the firm's chief strategy officer, "
                   "said prices would fall.")
    assert "company officers" in f.message


def test_one_chief_function_officer_named_twice_is_one_post():
    assert findings("Chief revenue officer Bea Salgado spoke.\n\nSalgado, the firm's chief revenue officer, "
                    "said prices would fall.") == []


def test_a_title_opening_the_sentence_with_as_is_the_person_s():
    [f] = findings("Chief nursing officer Priya Raman spoke.\n\nAs chief medical officer, Raman led the "
                   "response to the outbreak.")
    assert "company officers" in f.message


@pytest.mark.parametrize("text", [
    "Priya Raman, 52, came in 2014 and has served as the chief nursing officer since 2019.\n\n"
    "Chief medical officer Raman said wards would reopen.",
    "Priya Raman has been the hospital's chief nursing officer since 2019.\n\n"
    "Chief medical officer Raman said wards would reopen.",
])
def test_a_title_the_predicate_gives_the_name_opening_the_sentence_is_the_person_s(text):
    [f] = findings(text)
    assert "chief nursing officer" in f.message or "chief nursing officer" in f.related[0].note


def test_a_title_the_predicate_gives_after_another_clause_s_subject_is_not_the_name_s():
    # "said" opens a clause with a subject of its own: the office is Lee's
    assert findings("Priya Raman said Lee has served as chief nursing officer since 2019.\n\n"
                    "Chief medical officer Raman said wards would reopen.") == []


def test_a_predicate_title_ends_within_its_word_limit():
    # PREDICATE_TITLE_WORDS: the title and the word after it ("since") within twenty words of the name, then past them
    told = ("Priya Raman has worked {filler} and has served as the chief nursing officer since 2019.\n\n"
            "Chief medical officer Raman spoke.")
    near = told.format(filler=" ".join(["quietly"] * 9))
    far = told.format(filler=" ".join(["quietly"] * 10))
    assert findings(near) and not findings(far)


def test_mr_and_a_family_name_written_first_refers_to_that_person():
    [f] = findings("Chief financial officer Mr Tan Kah Hock spoke.\n\nThe firm's chief sustainability "
                   "officer, Mr Tan, said more shelves were automated.")
    assert "Tan Kah Hock" in f.message


@pytest.mark.parametrize("object_, shown", [
    ("the coaching staff", True),  # "coaching" is not the word "coach": the change is not the arrival in it
    ("the club's next coach", False),  # the later title named as written beside the change: may be its arrival
])
def test_a_change_of_office_keeps_the_later_title_only_when_its_sentence_names_that_title_as_words(object_, shown):
    text = (f"Chairman Ana Ruiz was fired on Monday after she criticised {object_}.\n\nThe club won on Sunday.\n\n"
            "Coach Ana Ruiz said the win was deserved.")
    found = findings(text)
    assert bool(found) is shown
    assert all(f.severity.name == "INFO" for f in found)


# -- one office at two scopes; organizations named short; two law officers; arrivals told elsewhere

from checker.findings import Severity  # noqa: E402


@pytest.mark.parametrize("text", [
    "A shipping line will add a sailing, its country manager Lucia Ferro said.\n\n"
    "Regional manager Lucia Ferro said a second vessel was chartered.",
    "\"People lost their shelters,\" said country director Rafa Montes.\n\nGlobal director Montes said fire "
    "breaks would be cut.",
])
def test_one_office_at_two_scopes_is_two_posts(text):
    [f] = findings(text)
    assert "two levels of one organization" in f.message and f.severity == Severity.WARNING


@pytest.mark.parametrize("text", [
    # the same scope twice, or one title that leaves its scope unsaid
    "Its country manager Lucia Ferro spoke.\n\nCountry manager Lucia Ferro said the ship was late.",
    "Its country manager Lucia Ferro spoke.\n\nManager Lucia Ferro said the ship was late.",
    # a scope word inside an organization's name is the name's
    "Amnesty International director Lucia Ferro spoke.\n\nRegional director Lucia Ferro said no.",
])
def test_a_scope_unsaid_or_the_same_is_one_post(text):
    assert findings(text) == []


def test_an_organization_named_short_is_the_one_named_in_full():
    text = ("Rotorua District Council chairman Peter Ngata said businesses needed time.\n\n"
            "Council deputy chairman Peter Ngata said the council would meet them.")
    [f] = findings(text)
    assert "is a post below" in f.message


def test_two_organizations_each_named_in_full_are_two():
    text = ("Rotorua District Council chairman Peter Ngata said businesses needed time.\n\n"
            "Lakes Rowing Club deputy chairman Peter Ngata said the regatta would go ahead.")
    assert findings(text) == []


@pytest.mark.parametrize("text", [
    "Deputy Attorney General Louis Marchetti spoke first. Attorney General Louis Marchetti "
    "said more.",  # one office at two steps
    "The Solicitor General, Ana Kerr KC, referred the case.\n\nAttorney General Ana Kerr said jurors must listen.",
    "The Attorney-General, Ana Kerr, sought a review.\n\nSolicitor-General Ana Kerr said the court would sit in May.",
])
def test_two_law_officers_and_post_nominal_letters(text):
    assert findings(text)


def test_an_operations_director_is_another_company_officer_than_the_finance_director():
    text = ("A textile firm will cut 80 jobs, its finance director, Nadia Osei, said.\n\n"
            "Operations director Nadia Osei said staff would be retrained.")
    [f] = findings(text)
    assert "chief operating officer" in f.message and f.severity == Severity.WARNING


def test_a_humanitarian_portfolio_is_not_health():
    text = ("Minister of Public Health Dr Ali Brahim met partners.\n\nMinister of Humanitarian Affairs "
            "Dr Brahim asked for shelter kits.")
    [f] = findings(text)
    assert "different ministries" in f.message


def test_an_arrival_told_in_the_office_makes_the_pair_a_reading():
    text = ("Friday, 6 March 2026\n\nNew High Court judges appointed\n\nKerry Walsh, a barrister in Dublin, will "
            "sit in Cork.\n\nJudge Walsh said she was honoured.")
    [f] = findings(text)
    assert f.severity == Severity.INFO and "arrival in the office of judge" in f.message


def test_without_an_arrival_the_bench_and_the_bar_conflict():
    text = ("Friday, 6 March 2026\n\nHigh Court rules on lease\n\nKerry Walsh, a barrister in Dublin, argued "
            "for the tenants.\n\nJudge Walsh said the lease was void.")
    [f] = findings(text)
    assert f.severity == Severity.WARNING


@pytest.mark.parametrize("text, caught", [
    # an office of the council before a member's title is the post held ("Cllr" is kept in any post)
    ("Presenting the report, deputy leader Cllr Owain Price said rents would rise.\n\nCouncil leader Owain "
     "Price said no tenant would be evicted.", True),
    ("Presenting the report, deputy leader Cllr Owain Price said rents would rise.\n\nDeputy leader Owain "
     "Price said no tenant would be evicted.", False),
    ("Presenting the report, Cllr Owain Price said rents would rise.\n\nCouncil leader Owain Price said no "
     "tenant would be evicted.", False),
])
def test_an_office_before_a_member_title_is_the_post(text, caught):
    assert bool(findings(text)) is caught


@pytest.mark.parametrize("text, caught", [
    # one office one step below, written with the words of two posts: two people's posts
    ("Assistant Chief Constable Graham Leck said patrols would grow.\n\nDeputy Chief Constable Leck said "
     "overtime would pay.", True),
    ("Deputy Secretary Alan Brisk set the rule.\n\nAssistant Secretary Brisk said exemptions would follow.", True),
    ("The study was led by assistant professor Laila Hadd.\n\nAssociate professor Laila Hadd said shade "
     "helps.", True),
    # "deputy" and "vice" name one post two ways
    ("The trust's deputy chair, Marion Keel, spoke.\n\nVice-chair Marion Keel said six were interviewed.", False),
    # the same step word twice; or two offices
    ("Assistant Commissioner Rawle Benn spoke.\n\nAssistant Commissioner Benn said miners were safe.", False),
    ("Assistant Commissioner Rawle Benn spoke.\n\nDeputy Mayor Benn said miners were safe.", False),
])
def test_two_step_words_of_one_office_are_two_posts(text, caught):
    assert bool(findings(text)) is caught


@pytest.mark.parametrize("text, caught", [
    # portfolio words written together after "Minister of" are one portfolio as written
    ("Minister of Housing Development Grace Mwale said homes would be built.\n\nHealth Minister Mwale said "
     "sites were chosen.", True),
    ("Minister of Transport and Housing Development Tom Rajkumar told the Senate.\n\nFinance Minister "
     "Rajkumar replied.", True),
    ("Minister of Housing Development Grace Mwale said homes would be built.\n\nHousing Minister Mwale said "
     "sites were chosen.", False),
])
def test_portfolios_written_together_after_the_head(text, caught):
    assert bool(findings(text)) is caught


def _severities(text):
    return [f.severity.name.lower() for f in findings(text)]


@pytest.mark.parametrize("text, caught", [
    # a deputy's (or junior, or shadow) ministry against another ministry told of one person:
    # a deputy seldom holds a second post, so a reading
    ("Deputy Finance Minister Oskar Lind gave the figures on Monday.\n\nHealth Minister Oskar Lind said "
     "clinics would get the money.", True),
    ("Rania Haddad, the deputy transport minister, opened the terminal.\n\nHaddad, the education minister, said "
     "apprentices would double.", True),
    ("Junior Energy Minister Aiko Mori defended the line.\n\nMori, the agriculture minister, said freight "
     "would follow.", True),
    # told together, or one portfolio, or two people
    ("Agriculture Minister Tomas Brenk set up a fund.\n\nBrenk, who is also deputy trade minister, said "
     "exporters would be insured.", False),
    ("Deputy Finance Minister Oskar Lind gave the figures.\n\nFinance Minister Oskar Lind thanked staff.", True),
    ("Agriculture Minister Tomas Brenk set up a fund.\n\nDeputy Trade Minister Ewa Sulik said exporters would "
     "be insured.", False),
    # a past post is no deputy's post held now
    ("Deputy Foreign Minister Kemal Arslan spoke.\n\nArslan, a former defence minister, served two terms.", False),
])
def test_a_deputy_ministry_against_another_is_info(text, caught):
    assert bool(findings(text)) is caught
    assert all(s in ("info", "warning") for s in _severities(text))


def test_a_deputy_ministry_finding_is_info():
    text = ("Deputy Finance Minister Oskar Lind gave the figures on Monday.\n\nHealth Minister Oskar Lind said "
            "clinics would get the money.")
    assert _severities(text) == ["info"]


@pytest.mark.parametrize("text, caught", [
    # one office told as left and as held, no change told: one of them is stale
    ("Former Culture Minister Lidia Marsh spoke on Friday.\n\nCulture Minister Lidia Marsh said the scheme "
     "would stop.", True),
    ("Ex-chairman Moritz Albrecht left the board.\n\nChairman Moritz Albrecht told shareholders the dividend "
     "would rise.", True),
    # "ex-" glued to the organization's name is still a post left
    ("Ex-chairman Moritz Albrecht sued the firm.\n\nThe ex-Rhenus chairman Albrecht wants his bonus.", False),
    # an old title inside a quotation is the speaker's wording
    ("Former Culture Minister Lidia Marsh spoke on Friday.\n\n\"When Minister Marsh raised this, nobody "
     "listened,\" an official said.", False),
    # a death: the last post names the person by style
    ("The late Senator Rosa Quint was remembered on Thursday.\n\nSenator Quint served for 22 years.", False),
    # a change told of the person
    ("Former chairman Moritz Albrecht, who stepped down in May, came as a guest.\n\nChairman Moritz Albrecht "
     "waved.", False),
])
def test_an_office_told_as_left_and_as_held(text, caught):
    assert bool(findings(text)) is caught
    assert all(s == "info" for s in _severities(text))


def person_titles(text):
    from claims.extract import extract
    cs = extract(article_from_text(text))
    return [(c.text, c.attrs["title"]["office"] if c.attrs["title"] else None) for c in cs.of_kind("person")]


def test_a_rows_cell_holds_the_title_alone_within_row_title_words():
    from claims.titles import ROW_TITLE_WORDS
    assert ("Edda Lund", "treasurer") in person_titles("Officers:\n\nEdda Lund — Treasurer\n\nLund said so.")
    long_cell = " ".join(["Treasurer"] + ["and"] * ROW_TITLE_WORDS)
    assert ("Edda Lund", "treasurer") not in person_titles(f"Officers:\n\nEdda Lund — {long_cell}\n\nLund said so.")


def test_a_verb_of_office_names_a_body_of_at_most_office_verb_object_words():
    from claims.titles import OFFICE_VERB_OBJECT_WORDS
    near = "Prosecutor Ewa Marsh spoke. Marsh, who chairs the harbour board, left."
    assert ("Marsh", "chair") in person_titles(near)
    far = " ".join(["harbour"] * (OFFICE_VERB_OBJECT_WORDS + 1))
    assert ("Marsh", "chair") not in person_titles(f"Prosecutor Ewa Marsh spoke. Marsh, who chairs the {far} board, left.")


def test_two_grades_of_one_rank_conflict_and_a_grade_left_out_is_a_reading():
    assert [f.severity.name for f in findings("Maj. Gen. Abel Tuva spoke. Lt. Gen. Abel Tuva said no.")] == ["WARNING"]
    assert [f.severity.name for f in findings("Staff Sgt. Abel Tuva spoke. Sgt. Abel Tuva said no.")] == ["INFO"]
    assert findings("Lt. Gen. Abel Tuva spoke. Gen. Abel Tuva said no.") == []


# --- title21: every office a mention tells, classes of exclusive offices -----------------------

def test_two_offices_of_one_list_are_told_together_so_never_judged_against_each_other():
    assert findings("Tomas Reyes, chief executive and chief financial officer of Alvar Mills, spoke.\n\n"
                    "Reyes said costs fell.") == []


def test_a_list_s_offices_are_each_judged_against_the_person_s_others():
    found = findings("Tomas Reyes, chairman and chief financial officer of Alvar Mills, spoke.\n\n"
                     "Chief executive Tomas Reyes said costs fell.")
    assert len(found) == 1 and "company officers" in found[0].message


@pytest.mark.parametrize("officer, caught", [
    ("the shire's general manager", True),         # a body of a council's kind named by a possessive
    ("general manager of Brook Shire Council", True),  # named in full
    ("the general manager of Dunn Freight", False),    # a company: a councillor may run one
])
def test_a_council_s_elected_member_is_not_its_appointed_officer(officer, caught):
    found = findings(f"Councillor Ravi Dunn opened the pool.\n\nDunn, {officer}, said the budget held.")
    assert bool(found) == caught


@pytest.mark.parametrize("second, severity", [
    ("Stroud, the Northgate Bank's chief economist,", "info"),  # two employers: a reading
    ("Stroud, Harbor Bank's chief economist,", None),           # one employer
    ("Stroud, the Northgate Bank's chairman,", None),           # a board's chair may sit at several
])
def test_one_whole_time_job_at_two_named_employers_is_info(second, severity):
    found = findings(f"Mia Stroud, chief economist at Harbor Bank, spoke first.\n\n{second} said rates would hold.")
    assert [f.severity.name.lower() for f in found] == ([severity] if severity else [])


# -- title23: more ways news tells an office, each read the same way --------------------------

@pytest.mark.parametrize("text, reason", [
    # an office told with a lead before its "as": the office the person acts in, held now
    ("Chief executive Ivo Marsh opened the depot.\n\nIn his role as chief financial officer, Marsh said "
     "fuel costs fell.", "two different roles (company officers)"),
    ("Superintendent Rosa Tandy briefed reporters.\n\nIn her capacity as chief inspector, Tandy said the "
     "bridge would reopen.", "different ranks"),
    ("Chief executive Ivo Marsh opened the depot.\n\nMarsh, in his role as chief operating officer, said "
     "routes would grow.", "two different roles (company officers)"),
    # the period of an office: "in her third season as", "in his 12th year as"
    ("Head coach Lina Voss watched the match.\n\nVoss, in her third season as defensive coordinator, said the "
     "line held.", "two different roles"),
    ("Fire Chief Omar Lind spoke.\n\nIn his 12th year as police chief, Lind said calls had doubled.",
     "two different roles (public safety)"),
    # an apposed title's organization opened by "with"
    ("Inspector Rosa Tandy led the search.\n\nTandy, a sergeant with the harbour police, said the boat sank.",
     "different ranks"),
    # parish clergy: one incumbent is the vicar or the rector of a parish
    ("The Rev. Clare Hobb, vicar of Amberley, led the service.\n\nHobb, the rector of Amberley, thanked the "
     "choir.", "two different roles (parish incumbency)"),
    # academic ranks
    ("Ivo Marsh, a lecturer in geology, gave the talk.\n\nMarsh, a professor of geology at the university, said the "
     "cores were old.", "two different roles (academic ranks)"),
])
def test_more_forms_of_an_office_are_read(text, reason):
    found = findings("December 1, 2026\n\n" + text)
    assert found and reason in found[0].message


@pytest.mark.parametrize("text", [
    # an office told as past in a relative clause is no office held now
    "Chief executive Ivo Marsh opened the depot.\n\nMarsh, who previously served as chief financial officer, "
    "said costs fell.",
    "Chief executive Ivo Marsh opened the depot.\n\nMarsh, who once worked as a chief operating officer, said "
    "routes would grow.",
    # a lead that tells the same office, or a change
    "Mayor Ines Roth spoke.\n\nRoth, in her second term as mayor, said the town had grown.",
    "Mayor Ines Roth spoke.\n\nAs a former police chief, Roth said patrols mattered.",
    # one parish's incumbent told twice the same way; two people of one surname
    "The Rev. Clare Hobb, vicar of Amberley, led the service.\n\nHobb, the vicar, thanked the choir.",
    "Tom Lind, the mayor of Ashby, met Ann Lind, the mayor of Corley.\n\nLind said the towns would share a bus.",
])
def test_more_forms_that_tell_no_second_office_held_now(text):
    assert findings("December 1, 2026\n\n" + text) == []


def test_a_relative_clause_in_the_present_perfect_still_tells_an_office_held_now():
    found = findings("December 1, 2026\n\nChief executive Ivo Marsh opened the depot.\n\nMarsh, who has served "
                     "as chief financial officer since 2019, said costs fell.")
    assert found and "company officers" in found[0].message


def test_the_head_of_one_place_at_two_named_places_is_a_reading():
    found = findings("December 1, 2026\n\nLea Brandt, the mayor of Ashby, opened the fair.\n\nBrandt, the mayor "
                     "of Corley, said both towns would gain.")
    assert [f.severity for f in found] == [Severity.INFO]
    assert "Ashby" in found[0].message and "Corley" in found[0].message
    assert findings("December 1, 2026\n\nLea Brandt, the mayor of Ashby, opened the fair.\n\nBrandt, the mayor "
                    "of Ashby, said the town would gain.") == []

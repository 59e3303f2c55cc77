"""name.variant: flagged and not-flagged examples, and generated misspellings."""

import pytest
from hypothesis import given, strategies as st

from checker.engine import check_article
from claims.read import article_from_text

RULE = "name.variant"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, here, other", [
    ("President Volodymyr Zelensky spoke. Later Volodimir Zelensky told reporters more.",
     "Volodimir Zelensky", "Volodymyr Zelensky"),
    ("President Volodymyr Zelensky spoke. Later Volodymyr Zelenskyy told reporters more.",
     "Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Fed Chairman Paul Volcker spoke. The dollar rose after remarks by Paul Vocker on Friday.",
     "Paul Vocker", "Paul Volcker"),
    ("Finance Minister Ana Ruiz spoke. Ana Ruiz said yes. Ana Ruis said no.", "Ana Ruis", "Ana Ruiz"),
])
def test_a_name_spelled_two_ways_is_flagged(text, here, other):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert text[f.start:f.end] == here
    assert f"“{here}” here, “{other}” elsewhere" in f.message
    [r] = f.related
    assert text[r.start:r.end] == other
    assert any("the rest of the name is the same" in e for e in f.evidence)


def test_the_rarer_spelling_is_the_one_pointed_at():
    text = ("Ana Ruis said no. Finance Minister Ana Ruiz spoke. Ana Ruiz said yes. "
            "Ana Ruiz, the finance minister, added more.")
    [f] = findings(text)
    assert text[f.start:f.end] == "Ana Ruis"


@pytest.mark.parametrize("text", [
    "Hillary Clinton said yes. Bill Clinton said no.",
    "Governor Mario Cuomo said yes. Maria Cuomo said no.",
    "Paul Smith said yes. Paula Smith said no.",
    "President Volodymyr Zelensky spoke. Zelensky said more.",
    "President George W. Bush spoke. George Bush said more.",
    "President George H. W. Bush spoke. President George W. Bush said more.",
    "Jon Smith said yes. Joe Smith said no.",
    "Kim Jong-il said yes. Kim Jong-un said no.",
    "Muammar Gaddafi said yes. Moammar Gadhafi said no.",
])
def test_different_people_and_partial_mentions_are_not_flagged(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, here, other", [
    # a surname alone, after an honorific, or after a title: one slip of the full name's surname
    ("Dr. Maren Holtzbrink led the survey. Dr. Holtzbrinck said the count was low.",
     "Holtzbrinck", "Maren Holtzbrink"),
    ("The harbour's pilot, Tomas Vereker, said the channel was clear. Vereeker said dredging ends soon.",
     "Vereeker", "Tomas Vereker"),
    ("Inspector Jonas Lindqvist said so. Lindqvist added more. Inspector Lindquist said it was over.",
     "Lindquist", "Jonas Lindqvist"),
    # the full name is the rarer spelling: the surname alone three times is what the article means
    ("Team leader Irena Dobrowska said they were safe. Dobrowksa said the night was cold. "
     "Dobrowksa told reporters more. Dobrowksa said nothing else.", "Irena Dobrowska", "Dobrowksa"),
])
def test_a_surname_alone_spelled_as_a_slip_of_the_full_name_is_flagged(text, here, other):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert text[f.start:f.end].endswith(here.split()[-1])
    [r] = f.related
    assert text[r.start:r.end] == other


@pytest.mark.parametrize("text", [
    # the other spelling is someone else's surname, named in full
    "Dr. Maren Holtzbrink spoke. Dr. Erik Holtzbrinck said the count was low. Holtzbrinck left.",
    # a plural or possessive s is no slip; a name under five letters is too short to tell
    "Minister Ana Reyes spoke. Dr. Reye said more.",
    "Minister Ana Ruiz spoke. Dr. Ruis said more.",
    # a word of an organization's name; a name written family name first
    "Clients go to H and R Block Inc's offices. Block Vice President Tom Bloch said so. Block's year ends.",
    "Port official Jiang Feng Xiang said the port is deep. Jiang said it was under-used.",
    # a word that names something else: the end of another capitalized name, a place
    "Vice President Jose Pino Suarez was killed. Rebels won Ciudad Juarez. Leaders such as Juarez had fallen.",
    "Governor Guy Carleton fortified the fort. The British failed at Charleston. Charleston fell in 1780.",
    # a surname written with a title the full-named person does not hold is someone else's
    "Donald Reegan, the chief of staff, spoke. President Reagan said more. Reagan left.",
    # a word the article writes in lower case is an ordinary word at a sentence start
    "Councillor Tom Marshall said yes. Marshal law was not declared, the marshal said.",
])
def test_a_close_surname_that_is_not_a_slip_is_not_flagged(text):
    assert findings(text) == []


def test_diacritics_only_is_info():
    [f] = findings("Secretary-General António Guterres spoke. Antonio Guterres said more.")
    assert f.severity.label == "info"
    assert "diacritics" in f.message


def test_the_seed_article_has_no_name_variant(seed_text):
    assert findings(seed_text) == []


@given(st.sampled_from(["Abdoulaye", "Volodymyr", "Margaret", "Antonio"]),
       st.sampled_from(["Zelensky", "Guterres", "Thatcher", "Salgado"]),
       st.data())
def test_any_swap_of_two_inner_letters_of_a_surname_is_caught(given_name, surname, data):
    i = data.draw(st.integers(1, len(surname) - 2))
    wrong = surname[:i] + surname[i + 1] + surname[i] + surname[i + 2:]
    text = f"Foreign Minister {given_name} {surname} spoke. Later {given_name} {wrong} said more."
    caught = findings(text)
    assert bool(caught) == (wrong != surname)


# --- organizations ------------------------------------------------------------------------

@pytest.mark.parametrize("text, here, other", [
    # the headline in capitals, the story in mixed case, one letter dropped
    ("HARTWELL AND BRISCOE HOLDINGS BUYS MILL\n\nHartwel and Briscoe Holdings Inc said it bought the mill.",
     "Hartwel and Briscoe Holdings Inc", "HARTWELL AND BRISCOE HOLDINGS"),
    # two letters swapped inside the story, legal forms left out of the comparison
    ("Granite Ferry Co said fares rose. Shares of Granite Fery Co fell.", "Granite Fery Co", "Granite Ferry Co"),
])
def test_an_organization_spelled_two_ways_is_flagged(text, here, other):
    [f] = [f for f in findings(text) if "organization" in f.message]
    assert text[f.start:f.end] == here
    assert text[f.related[0].start:f.related[0].end] == other


@pytest.mark.parametrize("text", [
    "Tolland Mining Corp, a unit of Tolland Minning Ltd, said output rose.",  # two legal forms: two companies
    "The Kuwait Oil Co said exports held.\n\nKUWAITI OIL EXPORTS HOLD",  # a place and its people
    "The Riverside Center Inc opened. The Riverside Centre Group said so too.",  # the head word differs
    "Pell Foods Inc rose. Pell Food Inc fell.",  # a plural "s" in a head word
])
def test_organizations_that_are_not_one_name_spelled_two_ways_are_not_flagged(text):
    assert [f for f in findings(text) if "organization" in f.message] == []


def test_an_organization_name_has_at_least_two_words_besides_its_legal_form():
    from checker.rules.name_variant import ORG_MIN_WORDS, organization_slip
    assert ORG_MIN_WORDS == 2
    assert organization_slip(("amdahl",), ("amdal",)) is None  # one word: too often another company
    assert organization_slip(("amdahl", "systems"), ("amdal", "systems")) == ("amdahl", "amdal")


def test_two_places_are_two_names_but_a_place_and_a_slip_are_one():
    from checker.rules.name_variant import organization_slip
    assert organization_slip(("kuwait", "oil", "tanker"), ("kuwaiti", "oil", "tanker")) is None
    assert organization_slip(("african", "development", "bank"), ("afrian", "development", "bank"))


def test_an_and_between_two_names_before_a_company_head_is_one_company():
    from claims.people import extract
    art = article_from_text("Shares of Hartwell and Briscoe Holdings Inc rose. Exxon, Mobil and Texaco Inc fell.")
    names = [c.text for c in extract(art) if c.kind == "organization"]
    assert "Hartwell and Briscoe Holdings Inc" in names
    assert "Texaco Inc" in names  # the end of a list, not a company named after two names


def test_a_word_longer_than_the_limit_is_never_compared():
    # ORG_WORD_MAX_LETTERS is 30, written out so that moving the limit fails this test
    for n, flagged in ((30, True), (31, False)):
        word = "Q" + "r" * (n - 2) + "t"
        slip = word[:-1] + "x"
        text = f"{word} Holdings Inc said it sold a mill. Shares of {slip} Holdings Inc fell."
        assert bool([f for f in findings(text) if "organization" in f.message]) is flagged, n


@given(st.lists(st.tuples(st.sampled_from(["bank", "bnak", "banks", "baank", "kanb", "foods", "feeds", "trust"]),
                          st.sampled_from(["first", "frist", "first", "union", "unoin", "onion"]),
                          st.sampled_from(["alpha", "alpah", "beta"])), max_size=12, unique=True))
def test_pairs_found_through_shared_forms_are_the_pairs_worth_comparing(keys):
    from checker.rules.name_variant import _one_word_apart, organization_slip
    everyone = [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if organization_slip(a, b)]
    assert [(a, b) for a, b in _one_word_apart(keys) if organization_slip(a, b)] == everyone


def test_many_organizations_are_compared_in_linear_time():
    """Names alike but for one word are not all paired: only those sharing a near form are."""
    import time

    from checker.rules.name_variant import _one_word_apart

    def best(n):
        keys = [(f"{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676 % 26)}rqx", "bank") for i in range(n)]
        times = []
        for _ in range(3):
            t = time.process_time()
            _one_word_apart(keys)
            times.append(time.process_time() - t)
        return min(times)
    small, large = best(500), best(2000)
    assert large < 8 * small + 0.05, f"{small:.3f}s -> {large:.3f}s for 4x the names: not linear"


# -- namesakes the article tells apart: "not related", and the sex its words give each --------

def _unrelated_at(gap_words: int) -> str:
    filler = " ".join(["locally"] * gap_words)
    return ("Councillor Joan Kerrigan moved the motion.\n\n"
            f"Councillor John Kerrigan, elected {filler} last year and unrelated to the mover, voted against.")


def test_a_namesake_said_to_be_no_relation_within_reach_is_another_person():
    from claims.people import UNRELATED_REACH
    # "elected ... last year and unrelated": the phrase starts 4 words plus the filler after the name
    assert findings(_unrelated_at(UNRELATED_REACH - 5)) == []
    assert findings(_unrelated_at(UNRELATED_REACH + 1)) != []


def test_an_honorific_gives_each_spelling_its_sex():
    assert findings("Mrs Joan Kerrigan moved the motion.\n\nMr John Kerrigan voted against.") == []
    assert findings("Mrs Joan Kerrigan moved the motion.\n\nMrs John Kerrigan voted against.") != []


def test_a_pronoun_inside_a_quotation_tells_nothing_of_the_name_before_it():
    text = ("Joan Kerrigan moved the motion. She said the pool was worn out.\n\n"
            "John Kerrigan voted against. \"He will regret it,\" a neighbour said.")
    assert findings(text) != []


def test_a_short_word_slip_counts_only_in_a_name_whose_other_words_all_agree():
    from checker.rules.name_variant import AGREEING_WORDS, SHORT_WORD_SLIP_LETTERS, long_name_variant
    assert AGREEING_WORDS == 3 and SHORT_WORD_SLIP_LETTERS == 3
    # four words, three agreeing: one name spelled two ways
    assert long_name_variant(["Chloe", "Tan", "Yi", "Ling"], ["Chloe", "Tan", "Yi", "Lin"]) == ("letters", "Ling", "Lin")
    # three words, two agreeing: sisters may share a surname and a generation name
    assert long_name_variant(["Tan", "Yi", "Ling"], ["Tan", "Yi", "Lin"]) is None
    # a word of three letters may hold the slip, one of two may not
    assert long_name_variant(["Chloe", "Tan", "Yin", "Ling"], ["Chloe", "Tan", "Yan", "Ling"]) is not None
    assert long_name_variant(["Chloe", "Tan", "Yi", "Ling"], ["Chloe", "Tan", "Ye", "Ling"]) is None
    # the given name keeps its own limit: a last letter makes another name (a sibling)
    assert long_name_variant(["Mario", "Ana", "García", "Ruiz"], ["Maria", "Ana", "García", "Ruiz"]) is None
    # two words differing is two names
    assert long_name_variant(["Chloe", "Tan", "Yi", "Ling"], ["Chloe", "Tam", "Yi", "Lin"]) is None


@pytest.mark.parametrize("later, caught", [
    ("Whelen", True),  # a slip of the surname both people share
    ("Whelan", False),
    ("Whelans", False),  # a plural "s" is no slip
])
def test_a_slip_of_a_surname_two_people_share_is_still_a_slip(later, caught):
    text = ("Coach Dara Whelan picked the side.\n\nHer brother, Liam Whelan, watched from the stand.\n\n"
            f"{later} said the team had earned it.")
    fs = findings(text)
    assert bool(fs) == caught
    if caught:
        assert "“Dara Whelan” elsewhere" in fs[0].message  # given to the first of them named


# The particles before a surname are part of it: one person's mentions with other particles are a
# slip; a capital at the head of a mention, or a mention without particles, is not.
@pytest.mark.parametrize("later, slip", [
    ("Judge Van der Bosch said the state could appeal.", True),
    ("Judge Van den Bosch said the state could appeal.", False),
    ("Judge Bosch said the state could appeal.", False),
])
def test_particles_before_a_surname_are_compared(later, slip):
    text = "Judge Marta van den Bosch read the ruling.\n\n" + later
    assert bool([f for f in check_article(article_from_text(text)).findings if f.rule == "name.variant"]) is slip


# --- a given name's last consonant ---------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Dominik", "Dominic"),
    ("Frederik", "Frederic"),
])
def test_a_long_given_name_whose_last_consonant_is_written_as_another_is_flagged(first, second):
    text = (f"Winger {first} Halloran joined the club on loan.\n\nThe coach said {second} Halloran "
            "would start on Saturday.")
    [f] = findings(text)
    assert text[f.start:f.end] == f"{second} Halloran"


@pytest.mark.parametrize("first, second", [
    ("Marc", "Mark"),  # shorter than FINAL_CONSONANT_MIN_LETTERS: two names
    ("Frank", "Franz"),
    ("Daniel", "Daniela"),  # a vowel added at the end: another person's name
    ("Simone", "Simona"),
])
def test_a_short_given_name_or_a_last_vowel_changed_names_another_person(first, second):
    text = (f"Winger {first} Halloran joined the club on loan.\n\nThe coach said {second} Halloran "
            "would start on Saturday.")
    assert findings(text) == []


def test_the_final_consonant_limit():
    from claims.names import FINAL_CONSONANT_MIN_LETTERS, close_spelling
    assert FINAL_CONSONANT_MIN_LETTERS == 6
    assert close_spelling("Patrik", "Patric", "given") == "letters"
    assert close_spelling("Henrik", "Henrij", "given") == "letters"
    assert close_spelling("Erik", "Eric", "given") is None
    assert close_spelling("Mateja", "Matejo", "given") is None  # vowels: another name


def test_two_people_sharing_a_given_name_spelled_two_ways_with_other_surnames_are_not_flagged():
    text = ("Dominik Kral scored twice for the home side.\n\nDominic Hughes replied for the visitors "
            "with a free kick.")
    assert findings(text) == []


# --- a namesake the article tells before the name --------------------------------------------

@pytest.mark.parametrize("lead", [
    "A board member with a similar name, Mr Saeed Rashad Al Mazrouei, heads the risk committee.",
    "His namesake, Mr Saeed Rashad Al Mazrouei, heads the risk committee.",
])
def test_a_person_told_to_have_a_like_name_is_another_person(lead):
    text = ("Chief executive Mr Saeed Rashid Al Mazrouei said the mill would open.\n\n"
            f"Mr Al Mazrouei joined in 2012. {lead}")
    assert findings(text) == []


def test_the_same_names_without_the_namesake_words_are_one_name_written_two_ways():
    text = ("Chief executive Mr Saeed Rashid Al Mazrouei said the mill would open.\n\n"
            "Mr Al Mazrouei joined in 2012. Mr Saeed Rashad Al Mazrouei heads the risk committee.")
    assert len(findings(text)) == 1


@pytest.mark.parametrize("text, caught", [
    # a police rank written short before the surname is the full name's rank: its slip is one
    ("Detective Inspector Fiona Callander said the man was held.\n\nDI Callender added that more arrests "
     "would follow.", True),
    ("Detective Chief Inspector Marcus Ollerton said six were charged.\n\nDCI Olerton said goods were "
     "found.", True),
    ("Detective Superintendent Ailsa Kerrigan asked for footage.\n\n\"Someone saw it,\" said Det Supt Kerigan.",
     True),
    ("Detective Inspector Fiona Callander said the man was held.\n\nDI Callander added that more arrests "
     "would follow.", False),
    # another office before the other spelling introduces a person of its own, as before
    ("Detective Inspector Fiona Callander said the man was held.\n\nMayor Callender added that more arrests "
     "would follow.", False),
])
def test_a_rank_written_short_before_a_slip_of_the_surname(text, caught):
    assert bool(findings(text)) is caught


@pytest.mark.parametrize("text, caught", [
    # two slips inside a short name (five to seven letters): one name, as a reading (info)
    ("Researcher Katelyn Morrow built the app.\n\nKaitlyn Morrow said a version for beans would follow.", True),
    ("Harbour master Stephen Arkwell said the ferry would run.\n\nSteven Arkwell told passengers to book.", True),
    ("Nurse Lina Brandel opened the ward.\n\nLina Brondal said beds were ready.", True),
    # the change at the end of the name makes another name, or the name is too short
    ("Daniel Kowalczyk and his sister Danielle Kowalczyk shared the prize.", False),
    ("Carlos Mendoza and Carla Mendoza opened a bakery on Saturday.", False),
    ("Ivan Petrov spoke first.\n\nIgor Petrov spoke next.", False),
    # a given name also written alone is a name of its own: brothers, as likely as a slip
    ("Rower Joakim Sundby won on Friday, a day after his cousin Jochim lost.\n\nJochim Sundby said he would "
     "race again in June.", False),
    ("Rower Joakim Sundby won on Friday.\n\nJochim Sundby said he would race again in June.", True),
])
def test_two_slips_in_a_short_name_are_info(text, caught):
    found = findings(text)
    assert bool(found) is caught
    assert all(f.severity.name == "INFO" for f in found)

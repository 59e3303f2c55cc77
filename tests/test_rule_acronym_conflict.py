"""acronym.conflict: flagged and not-flagged examples."""

import pytest

from checker.engine import check_article
from checker.rules.acronym_conflict import JOINED_WORDS
from claims.read import article_from_text

RULE = "acronym.conflict"


def findings(text):
    return [f for f in check_article(article_from_text(text)).findings if f.rule == RULE]


@pytest.mark.parametrize("text, here, other", [
    ("The European Community (EC) met. The European Commission (EC) said.", "European Commission",
     "European Community"),
    ("The International Atomic Energy Agency (IAEA) met. The IAEA (International Atomic Energy Authority) said.",
     "International Atomic Energy Authority", "International Atomic Energy Agency"),
    # the second expansion written with a connector after a comma, one word of it a slip
    ("The Coastal Ferry Authority (CFA) met. CFA, the County Ferry Authority, said.",
     "County Ferry Authority", "Coastal Ferry Authority"),
    ("The Coastal Ferry Authority (CFA) met. The Coastal Freight Agency, known as CFA, said.",
     "Coastal Freight Agency", "Coastal Ferry Authority"),
])
def test_two_expansions_of_one_acronym_are_flagged(text, here, other):
    [f] = findings(text)
    assert f.severity.label == "warning"
    assert text[f.start:f.end] == here
    assert text[f.related[0].start:f.related[0].end] == other
    assert f.message.startswith("“")


@pytest.mark.parametrize("text", [
    # the same name, written differently
    "The U.N. Security Council (UNSC) met. The United Nations Security Council (UNSC) said.",
    "The World Health Organisation (WHO) met. The World Health Organization (WHO) said.",
    "The International Monetary Fund (IMF) met. The IMF (the international monetary fund) said.",
    "The Organization for Economic Co-operation and Development (OECD) met. "
    "The Organisation for Economic Cooperation and Development (OECD) said.",
    # MINUSMA: an English expansion of a French acronym, and the French one
    "MINUSMA, or the United Nations Multidimensional Integrated Stabilization Mission in Mali, left. "
    "The Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali (MINUSMA) said.",
    "MINUSMA, or the United Nations Multidimensional Integrated Stabilization Mission in Mali, left. "
    "MINUSMA, or the United Nations Integrated Stabilization Mission in Mali, said.",
    # one expansion only
    "The International Monetary Fund (IMF) met. The IMF said.",
])
def test_one_name_in_other_words_or_languages_is_not_flagged(text):
    assert findings(text) == []


def test_the_seed_article_has_no_acronym_conflict(seed_text):
    assert findings(seed_text) == []


# --- initials written with two neighbouring letters swapped -------------------------------

def swaps(text):
    return [f for f in findings(text) if "swapped" in f.message]


@pytest.mark.parametrize("text, here, other", [
    # a company's initials, then a bare form with two letters swapped
    ("Corvane Ltd agreed to sell its plant to HKTR Inc. The sale depends on HTKR's bank.", "HTKR", "HKTR"),
    # an initialism the article spells out, then a swapped form
    ("The Pacific Rail Board (PRB) met. Officials of the PBR said fares would rise.", "PBR", "PRB"),
    # initials that start a company's name, with no legal form, then a bare swapped form
    ("Dairy group HVM Farms will buy two creameries. Analysts expect HMV to pay in cash.", "HMV", "HVM"),
    ("Shares of SKT Shipping rose. The deal makes STK the largest carrier.", "STK", "SKT"),
    # the swapped form before the same name words is the same name
    ("Feed maker TRK Nutrition will close a plant. Shares in TKR Nutrition fell.", "TKR", "TRK"),
    # a capitalized word after the swapped form that names the body's people, not the body
    ("The Pacific Rail Board (PRB) met. The PBR Directors will meet again in May.", "PBR", "PRB"),
])
def test_initials_with_two_letters_swapped_are_flagged(text, here, other):
    [f] = swaps(text)
    assert text[f.start:f.end] == here
    assert f.related and text[f.related[0].start:f.related[0].end] == other


@pytest.mark.parametrize("text", [
    "HKTR Inc bought a plant from HTKR Corp on Monday.",  # both introduced: two companies
    "The Unmanned Aircraft Systems (UAS) office said the USA would buy more.",  # a known initialism
    "HKTR Inc sold the plant. HKTB said it would bid.",  # one letter changed, not a swap
    "HKTR Inc sold the plant <HTKR>. Its shares rose.",  # a stock ticker
    "HKTR Inc sold the plant.\n\nHTKR SAYS PLANT SOLD FOR A RECORD SUM",  # a line in capitals
    # each form starts a name of its own: two companies
    "Feed maker TRK Nutrition will close a plant. Its rival, RTK Feeds, will hire.",
    "SKT Shipping and its rival STK Lines both rose. SKT gained most.",
])
def test_other_initials_are_not_flagged(text):
    assert swaps(text) == []


def test_an_initialism_has_at_least_three_letters():
    from claims.acronyms import INITIALISM_MIN_LETTERS
    assert INITIALISM_MIN_LETTERS == 3
    assert swaps("The Rail Board (RB) met. The BR said fares would rise.") == []  # two letters
    assert swaps("The Pacific Rail Board (PRB) met. The PBR said fares would rise.")  # three


def test_a_known_initialism_is_only_spared_while_it_is_in_the_lexicon(monkeypatch):
    import checker.rules.acronym_conflict as rule
    text = "The Unmanned Aircraft Systems (UAS) office said the USA would buy more."
    assert swaps(text) == []
    monkeypatch.setattr(rule, "KNOWN", frozenset())
    assert [text[f.start:f.end] for f in swaps(text)] == ["USA"]


def test_a_sentence_is_in_capitals_below_the_mixed_case_share():
    from claims.acronyms import MIXED_CASE_SHARE, initialisms
    assert MIXED_CASE_SHARE == 0.3
    # "HTKR SAID it sold" has 4 lower-case letters of 17 (under 0.3): a headline in capitals
    assert initialisms("HTKR SAID THE sold\n\nHKTR Inc met.") == [("HKTR", 20, 24)]
    # "HTKR said it sold the mill" has 16 lower-case letters of 20: a sentence
    assert [w for w, _, _ in initialisms("HTKR said it sold the mill.")] == ["HTKR"]


# A word joined by a hyphen is one word of an expansion: its first part gives the initial, the
# parts after may ("Anglo-American") or may not ("Co-operation") give one.
def test_an_expansion_with_a_hyphenated_word_is_read_and_compared():
    [f] = findings("The Council for Maritime Co-ordination and Safety (CMCS) met in Oslo. The CMCS "
                   "(Council for Marine Coordination and Safety) said more.")
    assert "Council for Marine Coordination and Safety" in f.message


def test_the_same_expansion_spelled_with_and_without_a_hyphen_is_one():
    assert findings("The Council for Maritime Co-ordination and Safety (CMCS) met in Oslo. The CMCS "
                    "(Council for Maritime Coordination and Safety) said more.") == []


# An initialism alone in brackets after a name is introduced by it, even when its letters are
# not that name's (a name translated from another language); a swap of it elsewhere is a slip.
def test_a_swap_of_an_initialism_introduced_in_brackets_is_flagged():
    [f] = findings("The Norwegian Rowing Federation (NRF) met. Later the NFR said it would appeal.")
    assert "two of them swapped" in f.message
    [g] = findings("The Swiss Alpine Club (SACV) met. Later the SAVC said it would appeal.")
    assert "“SAVC” has the letters of “SACV”" in g.message


def test_two_initialisms_each_in_brackets_are_both_introduced():
    assert findings("The Swiss Alpine Club (SACV) met the Alpine Valley Council (SAVC) in Bern.") == []


# --- initials measured against the names the article writes in full ---------------------------

def test_initials_that_spell_a_name_written_in_full_are_introduced_and_a_swap_of_them_is_flagged():
    text = ("The Northern Grain Marketing Board set prices on Monday.\n\nThe NGMB said farmers would be "
            "paid within a month.\n\nTraders said the NMGB had not consulted them.")
    [f] = findings(text)
    assert text[f.start:f.end] == "NMGB" and f.severity.label == "warning"


def test_the_swap_of_initials_the_article_never_writes_is_only_a_reading():
    # the name's initials are measured against, but never written: info
    text = "The Lakeside Water Authority cut supplies on Monday.\n\nA WLA engineer said repairs would take a week."
    [f] = findings(text)
    assert text[f.start:f.end] == "WLA" and f.severity.label == "info"
    text = "The Lakeside Water Authority cut supplies on Monday.\n\nAn LWA engineer said repairs would take a week."
    assert findings(text) == []


def test_two_bodies_whose_initials_are_anagrams_each_written_in_full_are_not_flagged():
    text = ("The Zambezi Revenue Office (ZRO) fined the miner.\n\nThe Rural Zambezi Organisation, an advocacy "
            "group, backed the fine.\n\nThe RZO said villages had waited years.")
    assert findings(text) == []


def test_a_company_names_no_short_form_by_its_initials():
    # "Ostrander Kell Inc" is a company: its initials are a ticker's, not a short form of its name
    text = "Ostrander Kell Inc agreed to buy a studio.\n\nThe new KOI unit will make films."
    assert findings(text) == []


@pytest.mark.parametrize("name, initials", [
    ("Canadian Grain Inspection Agency", "CGIA"),
    ("Bank of Tanzania", "BT"),
    ("Anti-Doping Agency", "AA"),
    ("Airline Pilots' Association", "APA"),
])
def test_initials_of_a_name_are_its_content_words_first_letters(name, initials):
    from claims.acronyms import initials_of
    assert initials_of(name) == initials


def test_a_plural_possessive_inside_a_name_belongs_to_the_name():
    text = ("A survey by the Professional Cricketers' Association was published on Monday.\n\n"
            "The PCA said its members played too often.\n\nThe CPA said it would meet the boards.")
    [f] = findings(text)
    assert text[f.start:f.end] == "CPA"


def test_capitalized_words_joined_by_and_before_an_organization_are_part_of_its_name():
    text = ("The Harbour and Ferries Commission approved the fares.\n\nThe HFC said prices would rise in May.\n\n"
            "Under the HCF ruling, pensioners travel free.")
    [f] = findings(text)
    assert text[f.start:f.end] == "HCF"


#: capitalized words joined by "and" before a body's name ("... Lincolnshire and Durham Water
#: Authority") run it on within JOINED_WORDS words, whatever their letters: seven here (84
#: characters, past the old 80-character reach); eleven are past the limit, so the name is read
#: from its second word and its initials are other ones
_JOINED = ("The Northamptonshire Westmoreland Cumberland Lancashire Leicestershire Lincolnshire{more} and Durham "
           "Water Authority cut supplies.\n\nThe NWCLLL{k}DWA said repairs would take a week. Staff said the "
           "NWCLLL{k}DAW had not warned them.")


def test_words_joined_before_a_name_run_it_on_within_joined_words():
    assert JOINED_WORDS == 10
    [f] = findings(_JOINED.format(more="", k=""))
    assert "NWCLLLDAW" in f.message and "NWCLLLDWA" in f.message
    assert not findings(_JOINED.format(more=" Rutland Kent Essex Surrey", k="RKES"))


# --- an expansion's trailing qualifier, a doubled neighbour letter, bodies named in full ------

def test_a_place_after_of_is_a_qualifier_not_a_translation_reading():
    # "of Ghana" leaves the letters fitting in order without it: a second meaning beside the other
    [f] = findings("The Coastal Port Authority of Ghana (CPA) signed the deal. A statement from the "
                   "Coastal Ports Agency (CPA) said eight lines joined.")
    assert "Coastal Ports Agency" in f.message


def test_an_expansion_fitting_only_in_another_order_is_still_a_translation():
    # the letters fit only reordered, with no qualifier to leave out: one name in two languages
    assert findings("The Agency for Rural Credit (RCA) lent more. The Rural Credit Agency (RCA) "
                    "said demand rose.") == []


@pytest.mark.parametrize("text", [
    "The National Communications Regulatory Authority (NCRA) fined three operators.\n\n"
    "The NCCA said fines would double.",
    "The Harbour Pilots Guild Council (HPGC) met.\n\nThe HPPC said fees would rise.",
])
def test_a_letter_written_again_in_place_of_its_neighbour_is_an_info_slip(text):
    [f] = findings(text)
    assert f.severity.name == "INFO" and "neighbour" in f.message


def test_three_letters_one_changed_are_too_often_two_things():
    assert findings("The Seed Testing Board (STB) met.\n\nThe SSB said fees would rise.") == []


def test_a_doubled_letter_the_article_introduces_too_is_another_body():
    assert findings("The National Water Resources Authority (NWRA) met the National Water Ways "
                    "Authority (NWWA) on Monday.\n\nThe NWWA said dredging would start.") == []


@pytest.mark.parametrize("name, slip", [
    ("the Front Range Regional Transit", "FRTR"),
    ("the Central Valley Water District", "CVWD".replace("WD", "DW")),
])
def test_a_district_or_a_transit_body_named_in_full_introduces_its_initials(name, slip):
    text = f"Riders praised {name} on Monday.\n\nA spokesman said the {slip} would add buses."
    assert [f.severity.name for f in findings(text)] == ["INFO"]


# -- a name whose acronym skips inner words (claims.acronyms fit "inner-words")

from checker.findings import Severity  # noqa: E402
from claims.acronyms import INNER_WORDS_UNUSED  # noqa: E402


def test_a_name_skipping_inner_words_against_another_expansion_is_info():
    text = ("The Coastal Tidal Flood Gauge Network (CGN) posted new readings.\n\n"
            "Under the Central Gauge Network (CGN) rules, a reading above 4 m is an alert.")
    [f] = findings(text)
    assert f.severity == Severity.INFO and "Coastal Tidal Flood Gauge Network" in f.message


@pytest.mark.parametrize("inner, flagged", [(INNER_WORDS_UNUSED, True), (INNER_WORDS_UNUSED + 1, False)])
def test_at_most_inner_words_unused_may_give_no_letter(inner, flagged):
    skipped = " ".join(["Coastal", "Flood", "Risk", "Tidal"][:inner])
    text = (f"The National {skipped} Warning Service (NWS) issued an alert.\n\n"
            "The Northern Weather Service (NWS) said rivers were falling.")
    assert bool(findings(text)) is flagged


@pytest.mark.parametrize("text", [
    # the last word gives no letter: not read
    "The National Flood Warning Service Board (NWS) issued an alert. The Northern Weather Service (NWS) said no.",
    # a lower-case word inside: no name
    "The National flood Warning Service (NWS) issued an alert. The Northern Weather Service (NWS) said no.",
])
def test_only_inner_capitalized_words_may_give_no_letter(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, caught", [
    # a name in another language's order, told again with one word replaced that still fits
    ("PUEBLA — Mexico's National Electoral Institute (INE) wants more money.\n\nThe National Education "
     "Institute said the National Electoral Institute could not print ballots for less.", True),
    # a possessive before the name is its owner, not a word of it
    ("CARACAS — Venezuela's National Electoral Council (CNE) set a date.\n\nThe National Energy Council "
     "said the National Electoral Council would publish the register.", True),
    # the same name again, or a word replaced that no longer fits the letters
    ("CARACAS — Venezuela's National Electoral Council (CNE) set a date.\n\nThe National Electoral Council "
     "said the register would follow.", False),
    ("CARACAS — Venezuela's National Electoral Council (CNE) set a date.\n\nThe National Audit Council "
     "said the National Electoral Council would publish the register.", False),
])
def test_a_name_in_another_order_written_out_again_one_word_apart(text, caught):
    found = findings(text)
    assert bool(found) is caught
    assert all(f.severity.label == "info" for f in found)

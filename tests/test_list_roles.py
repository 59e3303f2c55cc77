"""Names in a counted list with a role before them ("winger Sam Odell") or a home place after
them ("Rye House in York"), and the ROLED_ITEMS limit."""

from claims.quantities.lists import ROLED_ITEMS, _read_names


def _names(text: str) -> list[str] | None:
    read = _read_names(text, 0)
    return None if read is None else [text[a:b] for a, b in read[0]]


def test_roles_are_read_when_enough_items_carry_one():
    assert ROLED_ITEMS == 2
    assert _names("winger Sam Odell and keeper Tom Hale.") == ["Sam Odell", "Tom Hale"]
    assert _names("Ulster wing Jo Pike, Munster prop Al Reid and Leinster flanker Ed Shaw.") == ["Jo Pike", "Al Reid", "Ed Shaw"]


def test_one_role_is_not_enough():
    assert _names("winger Sam Odell and Tom Hale.") is None


def test_words_that_are_no_roles():
    assert _names("including Sam Odell and including Tom Hale.") is None


def test_home_place_after_a_name():
    assert _names("Crust & Co in Leeds, Rye House in York and Kneads in Hull \u2014 in March") == ["Crust & Co", "Rye House", "Kneads"]


def test_numbers_are_no_roles():
    assert _names("three American and one Indian.") is None


def _count_findings(text: str) -> list:
    from checker.engine import check_article
    from claims.read import article_from_text
    return [f for f in check_article(article_from_text(text)).findings if f.rule == "number.count-mismatch"]


def test_list_earlier_sentences_limit():
    from claims.quantities.lists import LIST_EARLIER_SENTENCES
    gap = " ".join(f"Speech {i} was long." for i in range(LIST_EARLIER_SENTENCES))
    near = "Cllrs Ann Bell, Raj Patel and Tom Hale signed it. The two councillors want a vote."
    far = f"Cllrs Ann Bell, Raj Patel and Tom Hale signed it. {gap} The two councillors want a vote."
    assert _count_findings(near)
    assert not _count_findings(far)


def test_act_words_limit():
    from claims.quantities.lists import ACT_WORDS
    assert ACT_WORDS == 3
    # a sentence between: the next sentence's plural subject alone would name the list too
    near = "Three firms have bid for it. Talks open soon. The bidders are Acme, Birch Ltd, Cole Group and Dyer Co."
    far = ("Three firms in the northern region have bid for it. Talks open soon. The bidders are Acme, Birch Ltd, "
           "Cole Group and Dyer Co.")
    assert _count_findings(near)
    assert not _count_findings(far)


def test_a_singular_noun_lists_no_group():
    text = ("The fund holds stock of class B and of class K.\n\n"
            "It will sell stock of all three classes over the year.")
    assert not _count_findings(text)


def test_a_narrowed_count_renames_no_earlier_list():
    base = "Cllrs Ann Bell, Raj Patel and Tom Hale signed the motion. "
    assert _count_findings(base + "The two councillors want a vote.")
    assert not _count_findings(base + "The two councillors from Labour want a vote.")
    assert not _count_findings(base + "The two councillors who abstained want a vote.")

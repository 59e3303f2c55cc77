"""date.age-conflict: an age that contradicts a birth date and the publication date."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import day_words, mention_link_words, span_words
from claims.language import analyse
from claims.language.vocabulary import FUNCTION_WORDS
from claims.lexicon import load
from claims.lifespans import SUBJECT_PRONOUNS, birth_possessor
from claims.model import ClaimSet

MESSAGE = "born {born}, {who} is {ages} on {published}, not {stated}"
MESSAGE_DEATH = "born {born}, {who} was {ages} at death ({died}), not {stated}"
RELATED = "born {born}"

#: ", 38," after a name; "aged 38"; "38-year-old".
_APPOSITION_AGE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f.]), (\d{1,3}),")
_AGED = re.compile(r"\baged (\d{1,3})\b")
_YEAR_OLD = re.compile(r"\b(\d{1,3})-year-old\b")
#: What may stand between an age and the birth it is told with: "Poehl, 57, who was born in".
_ATTACHED = re.compile(r",\s*(?:who\s+|and\s+)?(?:was\s+|is\s+)?$")
#: Ages told at another time than publication.
OTHER_TIME = re.compile(r"(?i)\b(?:when|at the time|at age|at the age|until|then|aged \d+ at|died|death|dead|"
                         r"the late)\b")
_DEATH = frozenset(("died", "death", "dead"))
#: What may stand between a birth date and the death of the same person: ", ", ", who ".
_DEATH_FOLLOWS = re.compile(r"\s*,?\s*(?:who\s+|and\s+)?")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@rule("date.age-conflict", Severity.ERROR, "An age that contradicts a birth date and the publication date",
      needs_published=True, needs_text=True)
def check(claims: ClaimSet):
    """
    What it checks
        The principle: every age fact told of a person (an age at a time, a birth date or year,
        an age at death, a birthday reached, a span of years, "in her sixties") allows one
        interval of birth dates, and the article is inconsistent about a person when the
        intervals of the facts bound to that person do not intersect. A fact is bound to the
        person its clause tells it of; a binding the words prove may warn (or err), one that is
        a reading (a pronoun, a quotation's speaker, a description) is info.

        A person's age written in the same sentence as their birth date or year: "Hassan,
        38, who was born in 1975" in an article of 2024. The age on the publication date
        must be one the birth date allows: a year of birth allows two ages (before and after
        the birthday), a full birth date exactly one. An age told with a dated death right
        after the birth date ("Pinochet, 91, who was born in 1915, died Sunday") is the age
        on that day. Across sentences, every age and every birth date told of one person
        (claims.lifespans binds them to the person's mentions: full name, surname, "the
        49-year-old", a pronoun for the person the story last made its subject, a headline's
        "Ek, 49, ..." or "Teen, 17, ..." for the person the story is about, named first or,
        after a lede that only describes them, in a sentence within
        claims.lifespans.DELAYED_NAME_SENTENCES) are held
        against each other, each age at its own time: today's in apposition ("Ek, 49,", "Ek,
        now 49,", "Ek (49) signed"), a death told as news ("who has died aged 86", "has died
        at home in Oslo, aged 86", "has died. She was 86.": the year before publication), the dated event's ("won the title in 2010, aged 22", "At 19, she ... in 2008", "who was
        19 in 2008", "as a 19-year-old", "when she was 19"), the
        death's ("died at home on Friday at the age of 87", or further in the death's clause with
        no comma between: "died quietly at her farm on Tuesday, aged 90", within
        claims.lifespans.DEATH_CLAUSE_WORDS words), or a birthday within a time ("turns 60
        next month"; an age reached dated by its clause rather than right after it, "marked his
        90th birthday with a concert on Saturday", "stepped down in May on reaching the retirement
        age of 70", within claims.lifespans.REACHED_CLAUSE_WORDS words and no comma, the birthday
        falling within REACHED_SLACK of that date), or today's when told in the present tense ("At 58, she is ...", "she
        is 58.") or opened by a word of the present ("Now 58, she runs ...": lexicon ages.now). A pronoun is never bound to a person whom an honorific ("Mrs"), a relation
        ("his wife, Ana Ek") or the pronouns already bound show to be of the other sex; a
        surname or a family name written first that several people share, after an honorific
        ("Mr Kelly", "Ms Park"), is the one person no honorific shows to be of the other sex,
        as a reading (info; claims.people); "the
        49-year-old" right after a named subject ("Judge Ek told the 49-year-old") is
        another person, the one the story last made its subject. An age in the past tense in
        the sentence right after a dated death ("... died on Tuesday. He was 88.") is the
        age at that death. Two ages told of one person who has no birth date in the article
        must fit one birth date, each at its own time ("Ek, 58," and later "Ek, 56,"), when
        the person is named in both ages' sentences (the age claim's ``bound``), or, as a
        warning, when one age is told by the subject pronoun of the sentence right after one
        that names the person and no one else ("Ek, 31, will retire. At 19, she won ... in
        2012"), or, as a warning, when one is "the 49-year-old" (no noun of its own) in a story
        that tells the age or birth of that one person only by name, describes no one it leaves
        unnamed ("a man", "her lawyer") and names no one else in its sentence before it, or a
        lede that opens on an age and names no one ("A 19-year-old driver was charged ..."),
        given to the person the story names next, in full and opening a sentence within
        claims.lifespans.DELAYED_NAME_SENTENCES (as info when the lede speaks of someone else
        too: "... for stabbing another man"). "The 26-year-old striker" (a noun of its own that
        describes someone already named: lexicon ages.described_nouns) and a description
        opening a sentence in apposition to a birth ("The Thomastown forward, born on ...") are
        the story's one aged person, as a warning, when that person is the first the story
        names, the noun is no other named person's office nor another office than the person's
        own, and the sentence before does not open on someone else. A family name written
        first is the person's too ("Tan Wei Ming ... Tan, who was born in 1985"). A surname alone before a namesake is named is the person named before it
        (claims.people), and a birth year after a birthplace is the birth's ("born in Lisbon
        in 1981, won": claims.events). An age told of a mention that is not a name, which
        claims.coreference links to the person (a mention claim's ``age``: a description
        opening a sentence that names no one, named in full by the next sentence of its
        paragraph or, for the lede, of the next paragraph, "A 42-year-old courier was cleared
        ... Jamal Forde wept"; "The mayor, 48," for the one person given that office before),
        is held against an age told beside the name, as a warning, or as info when the link is
        a reading (the mention's ``probable``: the description's sentence speaks of someone
        else too, or the name opens on a speech verb). So is "the 47-year-old mayor" that no
        earlier age names: the office's one holder named before it, as "the mayor" is, as a
        warning when the office is a post one person holds at a time (lexicons/people.json
        ``single_posts``: mayor, sheriff, chief executive) and as info when many hold it ("the
        41-year-old councillor"). "Now 28," before an honorific and a name ("Now 28, Ms Ode
        was named ...") is that person's age today. A noun of a science's practitioner ("the
        58-year-old seismologist": lexicon ages.described_suffixes) describes as the listed
        nouns do. So is a lede's description whose sentence
        tells a death as news with its age ("A farrier who shod horses for sixty years has died
        aged 89", the mention's ``age_at`` recent_death: within the year before publication) and
        a subject pronoun told an age in the present tense ("He is 58 and ...", claims.coreference).
        A full name that is the subject of a verb of a life's end or start (lexicons/people.json
        ``life_verbs``: "Ana Ruiz, a farmer near Canora, died Monday") is a person's, and a bare
        "at 79" closing a dated death's clause ("died Monday at 79", lexicon ages.bare_at_next)
        is the age at that death; a description in commas between the name and the death ("Ana
        Ruiz, who ran stores across northern Vaud, died") is the name's, and its capitalized
        words own no fact.

        An age may be written in words ("Forty-one-year-old Ines Varga", "Varga, forty-one,":
        claims.lifespans AGE_NUMBER; "one" is never read as one), before the title written with
        the name ("the 30-year-old Porto midfielder Rui Sousa"), or after a bracketed affiliation
        ("Ana Ruiz (Green), 61,", at most claims.lifespans.AFFILIATION_CHARS characters, no digits).
        A name followed by a home address ("Oskar Lind of Mill Lane, ...", "Keir Dunn, of Elm
        Road,": claims.people) is a person's, and the address no one's. An age a speaker tells of
        themself in their own quoted words ("I turned 40 this spring", "I'm 40", "I was 15 when
        ... in 2018": lexicon ages.first_person_*; claims.quotes binds it to the quotation's
        speaker, ``bound`` speaker) is the speaker's, as a warning (the speaker may quote someone
        else), as info when the speaker was found by a reading ("she said").

        A birth told as an owned noun ("Ms Ek's date of birth", "her year of birth": lexicon
        ages.birth_nouns) is the possessor's, and no one's when the possessor is no person read
        ("the driver's date of birth"), never the sentence subject's. An age told as a span of
        years ("Ek, in her sixties,", "Ek, who is in his 40s", "she is now in her sixties":
        lexicon ages.decades; "late"/"early" read as the whole span) is held as the interval of
        ages it names, at most as a warning (a writer's estimate). "Was 15 at the time of the 2018 fire" is the age at its sentence's one
        date, as "was 15 when" and "in" are (lexicon ages.age_time_links). A name followed by an
        age in brackets ("Ek (46) was fined") or by ", the 46-year-old conductor," is a person's
        (claims.people), and a given name after a short fronted phrase ("At 28, Mary has ...")
        the one person named in full with it. The speaker of the quotation an age stands in,
        named between the person's sentence and the age, is not who its "he" stands for.
        A full name written with no other cue is a person's when its surname alone is told an
        age ("Holm, now 35,", "Holm was 9 when ...") or, written twice or more, is the subject
        that "he" or "she" goes on with before anyone else is named (claims.people). A lede's
        description by a word for a person, told its age right after the word ("A pensioner in
        his seventies won ...", "A pensioner, 74, won ..."), is the person named next, as "A
        74-year-old pensioner" is (claims.coreference; a span at most a warning). An age told
        today is held at the wire dateline's date when the dateline leads the paragraph after
        a headline line. A headline's age ("Local man, 41, fined"), told of the person the
        story is about, is held as info against that person's age told beside the name or
        against "the 45-year-old" read as the story's one aged person; someone named before
        "the 45-year-old" in its sentence does not block that reading when a verb of speech
        stands between ("Tom Vale asked for leniency, saying the 45-year-old had ..."): no one
        calls themself "the 45-year-old". A headline that describes the person the lede
        describes ("Local man, 41, ..." / "A man who ...") speaks of no one else.

    Weak link (info)
        An undated "was 24 when he lifted the cup" is held at the time of the one event of the
        same verb (claims.events ``verb_lemma``) told with a date of the same person before the
        age's sentence ("won gold at the 1986 Games"; the age fact's ``event``): an info finding
        showing both, since the clause may speak of another win. Not when two such events are
        told. A fronted "At 71," is held at the one date of its sentence, an absolute one or one
        read from publication ("in Sunday's marathon", "at this year's show"; a wire dateline
        inside the sentence is the publication's, not the event's), the latter only when the
        sentence tells no speech ("she said on Sunday" dates the saying).
        "The 36-year-old" with a noun of its own ("The 36-year-old former teacher ..."), which
        claims.lifespans reads as the person last made a sentence's subject, is held against an
        age told beside that person's name when it stands in a sentence at most NEAR_SENTENCES
        after the last sentence naming the person and no one else is named from there to it:
        an info finding showing both ages, since "the N-year-old" may be someone else. Not
        when its noun is a word for someone left unnamed (lexicon ages.unnamed_people: "the
        84-year-old tourist", "the 40-year-old gunman"), or an office or occupation that is not
        one of the person's own titles ("the 56-year-old minister" beside "Party leader Ali
        Hassan"; a past one, "former teacher", is the person's own history). A noun of no list
        counts when its description closes within _NOUN_WORDS words, a function word or a verb
        after it ("the 38-year-old uncle of twins", "the 52-year-old farm hand said"); a longer run
        of lower-case words is no description read. So is an age told
        through "he" or "she" in the sentence right after the one naming the person, across a
        paragraph break ("Ines Faro, 30, will retire.\n\nAt 25, she won ... in 2010"), when no
        capitalized word stands between but a sentence's first word or a time's.

        A definite description of any noun opening a sentence right before an age or a birth in
        commas ("The Bilbao welterweight, 29,", "The Bilbao welterweight, born in May 1995,"),
        which only a person takes, is the subject of the sentence before, or the speaker its
        paragraph quotes (claims.coreference ``epithet``, the mention's ``birth``): held against
        the person's other ages and births as info. Not when its noun is a word for someone left
        unnamed ("The tourist, 29,") or an office (claims.coreference ``role`` reads those).

    Why it matters
        Ages go stale in copied biographies and are often computed by hand; readers and
        subjects notice. One of the two numbers is wrong.

        A surname alone that two or more people of the article share is given to the one
        named in full before it (the person claim's ``by_order``); ages and births reached
        through it are a reading, so their findings are info.

    Does not flag
        Sentences with more than one age, unless one is written right before "who was born"
        ("Poehl, 57, who was born in 1920, and Stoltenberg, 59"); ages told at another time
        ("when he was 38", "at the age of", "the late", or "died" without a date on or before
        publication or told of someone else, near the age or the birth date); birth dates
        without a year. Across sentences: people never named in full; facts with a name the
        extractor did not read as a person right before them ("Jonas Vick, born ...": maybe
        his); a sentence whose only pronoun is a possessive before a relative ("Her husband
        was born in 1950": his birth); a pronoun more than three paragraphs from its person;
        an age whose time the sentence does not fix ("began racing at the age of 12", or two
        dates of the sentence before it; one date there is the age's time: "born in 2003, won
        the title in 2021, aged 18"); two
        ages of which one is reached through a pronoun or "the 56-year-old" (on TempEval
        silver every such pair was two people), except, as info, a bare "the 56-year-old" (no
        noun of its own after it: "the 56-year-old had", "the 56-year-old, who"; lexicon
        ages.bare_year_old_next) against an age told beside the person's name (a warning when
        it is the story's one aged person, above); "the 26-year-old minister", "the
        84-year-old tourist" or "the 40-year-old gunman" (an office, a word for someone left
        unnamed, or no description of a named person); "the 49-year-old" right after a sentence
        that opens on someone else, not a quotation's speaker ("Her teammate Ana Gil scored.
        The 29-year-old ...": the nearest reading is hers); a death dated before the
        word "died" (that date may be another event's); "turns 55 on Wednesday" when either
        the Wednesday before or after publication is the birthday.
        ("a former minister" is no other time: the age is still today's.)
        "The 60-year-old viaduct": "the N-year-old" read from further whose noun (the head of
        its phrase, claims/language/clauses.py) is no word for a person the lexicons know, nor
        the subject of a verb of speech, nor a doer's ending in a subject's place ("the
        52-year-old baker"), is held against a birth only as info (claims.lifespans
        ``unknown_noun``): it may be a thing's age.
    """
    published = claims.article.published
    text = claims.article.text
    times = {c.id: c for c in claims.of_kind("time")}
    judged: set[int] = set()  # ages judged with a birth in their own sentence
    an = analyse(claims.article.text)
    for e, t in dated_births(claims):
        a, b = e.attrs.get("sentence", (0, len(text)))
        if birth_possessor(an, e) is not None:
            continue  # "Pires, 51, confirmed the driver's date of birth": the possessor's, bound by claims.lifespans
        sentence = text[a:b]
        ages = [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _APPOSITION_AGE.finditer(sentence)]
        ages += [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _AGED.finditer(sentence)]
        ages += [(a + m.start(1), a + m.end(1), int(m.group(1))) for m in _YEAR_OLD.finditer(sentence)]
        several_births = sum(1 for x in claims.within("event", a, b) if x.attrs.get("lemma") == "bear") > 1
        if len(ages) > 1 or several_births:
            # several ages, or births of several people: only an age written right before
            # "(who was) born" belongs to this birth
            ages = [g for g in ages if g[1] <= e.start and _ATTACHED.match(text, g[1], e.start)]
        if len(ages) != 1:
            continue
        start, end, stated = ages[0]
        judged.add(start)
        # The words from the age to the birth date (and a little around) must not move the age
        # to another time: "was 38 when he was elected", "at the age of", "died".
        lo, hi = max(a, min(start, e.start) - 30), min(b, max(end, t.end) + 30)
        other = {m.group().lower() for m in OTHER_TIME.finditer(text, lo, hi)}
        died = _death(claims, times, t.end, b) if other and other <= _DEATH else None
        if other and died is None:
            continue
        # "born in 2003, won the junior title in 2021, aged 18": another date of the sentence
        # before the age is the age's time, not publication; two such dates: not judged
        dated = [c for c in claims.of_kind("time") if a <= c.start < b and c.id != t.id and c.end <= start
                 and c.timex is not None and c.timex.type == "DATE" and c.timex.resolution == "absolute"
                 and c.timex.earliest is not None and c.start > min(t.end, start)]
        if len(dated) > 1:
            continue
        at = dated[0] if dated and died is None else None
        age_time = died or at  # the age's time: a death, another date of the sentence, else publication
        first_day, last_day = (age_time.timex.earliest, age_time.timex.latest) if age_time else (published, published)
        youngest, oldest = age_on(t.timex.latest, first_day), age_on(t.timex.earliest, last_day)
        if youngest <= stated <= oldest or youngest < 0:
            continue
        possible = str(youngest) if youngest == oldest else f"{youngest} or {oldest}" \
            if oldest - youngest == 1 else f"{youngest} to {oldest}"
        born = span_words(t.timex.earliest, t.timex.latest)
        who = _who(text, a, start)
        on = ("in " if t.timex.earliest != t.timex.latest else "on ") + born
        when = span_words(first_day, last_day) if age_time else day_words(published)
        if died:
            message = MESSAGE_DEATH.format(born=on, who=who, ages=possible, died=when, stated=stated)
        elif at:
            message = MESSAGE_AT.format(born=on, who=who, ages=possible, stated=stated,
                                        when=("in " if first_day != last_day else "on ") + when)
        else:
            message = MESSAGE.format(born=on, who=who, ages=possible, published=when, stated=stated)
        yield Finding(
            message,
            start, end,
            related=[Related(t.start, t.end, RELATED.format(born=born))]
            + ([Related(died.start, died.end, f"died {when}")] if died else []),
            evidence=[f"{when} minus {born} is {possible} years, counting whether the birthday has passed",
                      f"the article gives the age as {stated}"],
            fix=str(youngest) if youngest == oldest else None)
    yield from _told_of_one_person(claims, times, judged)


def dated_births(claims: ClaimSet):
    """(birth event, its time claim) for each birth the article places on the calendar by
    itself ("born in 1975", "born on 5 May 1950"; not "born last year")."""
    times = {c.id: c for c in claims.of_kind("time")}
    for e in claims.of_kind("event"):
        if e.attrs.get("lemma") != "bear":
            continue
        t = times.get(e.attrs.get("time"))
        if t is None or t.timex.resolution != "absolute" or t.timex.earliest is None or t.timex.latest is None:
            continue
        yield e, t


MESSAGE_AT = "born {born}, {who} was {ages} {when}, not {stated}"
MESSAGE_TURNS = "born {born}, {who} turns {ages} {when}, not {stated}"
WEEK = timedelta(days=7)
#: how far from the date of its clause an age reached may fall ("celebrated her 100th birthday
#: at the home on Sunday": the party may not be on the day; "stepped down in May on reaching the
#: retirement age of 70")
REACHED_SLACK = relativedelta(months=1)


def _told_of_one_person(claims: ClaimSet, times: dict, judged: set[int]):
    """Every age told of one person (by any of their mentions: name, surname, "the
    49-year-old", a pronoun) against every birth date told of them, in whatever sentences."""
    published = claims.article.published
    people: dict[str, list] = {}
    for p in claims.of_kind("person"):
        if p.attrs.get("entity"):
            people.setdefault(p.attrs["entity"], []).append(p)
    linked = coreferent_ages(claims)
    linked_births = coreferent_births(claims)
    spoken = speakers_ages(claims)
    for ent, mentions in people.items():
        # a fact reached through a surname several people share is theirs only by a reading
        by_order = any(m.attrs.get("by_order") and (m.attrs.get("ages") or spoken.get(m.id) or m.attrs.get("births"))
                       for m in mentions)
        # each mention's ages, then those its person tells of themself in quoted words
        told = [g for m in mentions for g in (*(m.attrs.get("ages") or ()), *spoken.get(m.id, ()))]
        # an age claims.lifespans gave the person only as a reading, which two ages are never
        # judged on, is judged there as told through the mention claims.coreference links to
        # them ("He is 58"): against a birth, the reading stands as before
        mine = linked.get(ent, ())
        inside = _StartsIn(told)  # the ages told whose number stands inside a linked mention's span
        readings = sorted(((i, k) for k, g in enumerate(mine) for i in inside(g["start"], g["end"])
                           if told[i].get("bound") == "reading"))
        readings = [(told[i], mine[k]) for i, k in readings]
        told += [g for g in mine if not inside(g["start"], g["end"])]
        ages = [g for g in told if g["start"] not in judged]
        births = [(m, b) for m in mentions for b in m.attrs.get("births") or ()]
        births += [(None, b) for b in linked_births.get(ent, ())]
        name = next((m.text for m in mentions if m.attrs.get("full")), mentions[0].text)
        for g in ages:
            for _, birth in births:
                t = times.get(birth["time"])
                if t is None or t.timex is None or t.timex.earliest is None or t.timex.latest is None:
                    continue
                f = _judge(g, t, times, published, name)
                if f is not None and g.get("span"):
                    f = _as_span(f)
                if f is not None and g.get("unknown_noun"):
                    f = _as_thing(f)  # "crossed the 60-year-old bridge": maybe a thing's age (claims.lifespans)
                if f is not None:
                    f = _as_event(f, g, claims) if g.get("event") else f
                    f = _as_linked(f, g) if g.get("bound") in ("coreference", "speaker") else \
                        _as_doubt(f) if g.get("doubt") else _as_reading(f) if by_order else \
                        _as_described(f) if birth.get("bound") == "sole" else f
                    yield _as_linked_birth(f, birth) if birth.get("bound") == "coreference" else f
                    break
        if not births:
            replaced = {id(h) for h, _ in readings}
            near = _near_readings(claims, told, mentions)
            f = _two_ages([near.get(id(h), h) for h in told if id(h) not in replaced and not h.get("event")]
                          + [g for _, g in readings], times, published, name)
            if f is not None and any(g.get("span") and g["start"] in (f.start, *(r.start for r in f.related))
                                     for g in told):
                f = _as_span(f)
            if f is not None:
                yield _as_reading(f) if by_order else f


def coreferent_ages(claims: ClaimSet) -> dict[str, list[dict]]:
    """entity -> the ages told of that person through a mention that is not a name (the
    mention claims of claims.coreference: "A 40-year-old fisherman ..." named next, "The mayor, 48,"),
    as age facts told at publication, ``bound`` "coreference"."""
    out: dict[str, list[dict]] = {}
    for c in claims.of_kind("mention"):
        a = c.attrs
        if a.get("age") is not None and a.get("entity"):
            out.setdefault(a["entity"], []).append({
                "value": a["age"], "start": (a.get("age_span") or (c.start, c.end))[0],
                "end": (a.get("age_span") or (c.start, c.end))[1], "at": a.get("age_at") or "published", "time": None,
                "bound": "coreference", "via": a["via"], "probable": a["probable"], "mention": c.text,
                **({"span": a["age_years"]} if a.get("age_years") else {})})
    return out


def speakers_ages(claims: ClaimSet) -> dict[str, list[dict]]:
    """person claim id -> the ages its speaker tells of themself in their own quoted words (a
    quote claim's ``ages``, claims/quotes.py: "I'm 40", "I turned 40 this spring"), as age
    facts ``bound`` "speaker" with the quotation's id (``quote``)."""
    out: dict[str, list[dict]] = {}
    for q in claims.of_kind("quote"):
        if q.attrs.get("person"):
            for g in q.attrs.get("ages") or ():
                out.setdefault(q.attrs["person"], []).append({**g, "bound": "speaker", "quote": q.id})
    return out


def coreferent_births(claims: ClaimSet) -> dict[str, list[dict]]:
    """entity -> the births told in apposition to a mention that is not a name, which
    claims.coreference links to that person ("The county senior, born in March 2007," after a
    sentence about them: the mention's ``birth``), as birth facts ``bound`` "coreference"; a
    birth claims.lifespans already gave someone is theirs."""
    taken = {b["event"] for p in claims.of_kind("person") for b in p.attrs.get("births") or ()}
    events = {e.id: e for e in claims.of_kind("event")}
    out: dict[str, list[dict]] = {}
    for c in claims.of_kind("mention"):
        a = c.attrs
        e = events.get(a.get("birth") or "")
        if e is None or e.id in taken or not a.get("entity") or not e.attrs.get("time"):
            continue
        out.setdefault(a["entity"], []).append({
            "event": e.id, "time": e.attrs["time"], "start": e.start, "end": e.end, "bound": "coreference",
            "via": a["via"], "probable": a["probable"], "mention": c.text})
    return out


BIRTH_LINKED = ("the birth is told of “{mention}”, which the article links to the person ({how}){reading}")


def _as_linked_birth(f: Finding, birth: dict) -> Finding:
    """The finding no stronger than a warning, or info when the link of its birth's mention is
    a reading; saying so."""
    if birth["probable"] or f.severity == Severity.INFO:
        f.severity = Severity.INFO
    else:
        f.severity = Severity.WARNING
    f.evidence = [*f.evidence, BIRTH_LINKED.format(mention=birth["mention"], how=mention_link_words(birth["via"]),
                                                   reading=": a reading, so info" if birth["probable"] else
                                                   ": a warning")]
    return f


LINKED = ("the age is told of “{mention}”, which the article links to the person ({how}){reading}")


SPEAKER = ("the age is told in the first person in words quoted of the person{reading}")


def _linked_words(g: dict) -> str:
    if g.get("bound") == "speaker":
        return SPEAKER.format(reading=" (the speaker found by a reading: a pronoun, a description or the "
                                      "quotation before), so info" if g["probable"] else
                              ", the speaker named with them: a warning, as the speaker may quote another")
    return LINKED.format(mention=g["mention"], how=mention_link_words(g["via"]),
                         reading=": a reading, so info" if g["probable"] else ": a warning")


def _as_linked(f: Finding, g: dict) -> Finding:
    """The finding as a warning, or info when the link of its age's mention is a reading."""
    f.severity = Severity.INFO if g["probable"] else Severity.WARNING
    f.evidence = [*f.evidence, _linked_words(g)]
    return f


EVENT = ("the age is told at “{event}”, the one event of the same verb told of the person before the "
         "age's sentence with a date, read as the event the age's clause speaks of: a reading, so info")


def _as_event(f: Finding, g: dict, claims: ClaimSet) -> Finding:
    """The finding at info level: its age was dated by an event told in another sentence ("He was
    24 when he lifted the cup" after "lifted the cup in 1990": the age fact's ``event``)."""
    f.severity = Severity.INFO
    event = next((e.text for e in claims.of_kind("event") if e.id == g["event"]), "")
    f.evidence = [*f.evidence, EVENT.format(event=event)]
    return f


READING = ("told through a surname that more than one person of the article shares, read as the one "
           "named in full before it: a reading, so an info finding")


def _as_reading(f: Finding) -> Finding:
    """The finding at info level, saying why: a surname alone that two people share was given
    to one of them by the order they were named in (the person claim's ``by_order``)."""
    f.severity = Severity.INFO
    f.evidence = [*f.evidence, READING]
    return f


DESCRIBED = ("the birth is told of a description opening its sentence (“The Leeds forward, born ...”), read as "
             "the story's one person whose age or birth is told by name: a close reading, so a warning")


def _as_described(f: Finding) -> Finding:
    """The finding as a warning: its birth was told of a description that stands for the story's
    one aged person (the birth fact's ``bound`` sole), not of a name."""
    f.severity = Severity.WARNING
    f.evidence = [*f.evidence, DESCRIBED]
    return f


DOUBT = ("the age is told in a lede that describes the person before naming them and speaks of someone else "
         "too, read as the one the story names next: a reading, so an info finding")


def _as_doubt(f: Finding) -> Finding:
    """The finding at info level: its age was given to a person while another the story speaks
    of might be the one (the age fact's ``doubt``)."""
    f.severity = Severity.INFO
    f.evidence = [*f.evidence, DOUBT]
    return f


MESSAGE_TWO_AGES = "{who} is {this} here and {other} elsewhere: no one birth date gives both ages"
RELATED_TWO_AGES = "{other} here"


def _born_within(g: dict, times: dict, published: date) -> tuple[date, date, str] | None:
    """The birth dates an age fact allows, and the time it is told at in words: aged N on
    [lo, hi] is born from lo minus N+1 years (plus a day) to hi minus N years; turning N
    within [lo, hi] is born from lo to hi, N years before. None when its time is unknown."""
    at = times.get(g["time"]) if g.get("time") else None
    if g.get("time") and (at is None or at.timex is None or at.timex.earliest is None or at.timex.latest is None):
        return None
    lo, hi = (at.timex.earliest, at.timex.latest) if at else _untimed(g, published)
    n = g["value"]
    if g.get("span"):  # "in her sixties": aged n to n + span - 1 then
        return _plus_years(lo, -n - g["span"]) + timedelta(days=1), _plus_years(hi, -n), span_words(lo, hi)
    if g["at"] == "turns":
        if at is not None and (at.attrs or {}).get("weekday") is not None:
            lo, hi = min(lo, published - WEEK), max(hi, published + WEEK)
        return _plus_years(lo, -n), _plus_years(hi, -n), span_words(lo, hi)
    return _plus_years(lo, -n - 1) + timedelta(days=1), _plus_years(hi, -n), span_words(lo, hi)


#: how many sentences after a sentence naming a person "the 36-year-old teacher" (a noun of its
#: own after it) may stand and still be read as that person, for the weak link of two ages
NEAR_SENTENCES = 1
_UNNAMED = frozenset(load("people")["ages"]["unnamed_people"])
#: the words of a description that may stand for someone already named (lexicon ages
#: described_nouns and headline_people: "the 31-year-old striker", "the 38-year-old man")
_DESCRIBING = frozenset(load("people")["ages"]["described_nouns"]) | frozenset(load("people")["ages"]["headline_people"])
#: the one-word offices and occupations of lexicons/people.json ``heads``
_HEADS = frozenset(h for h in load("people")["heads"] if " " not in h)
#: the words after "N-year-old" read for a word for someone left unnamed ("the 84-year-old
#: British tourist")
_NOUN_WORDS = 3
#: the words that make the office after them a past one ("the 36-year-old former teacher",
#: "onetime", "ex"): lexicons/people.json ``modifiers`` of the kind "former"
_PAST_OFFICE = frozenset(w for w, kind in load("people")["modifiers"].items() if kind == "former")
_YEAR_OLD_AT = re.compile(r"-year-old\b")


def _closes_description(word: str) -> bool:
    """Whether ``word``, right after the noun of "the N-year-old <noun>", ends the description:
    a function word ("of", "has"), a speech verb, or a past tense or third person verb form
    ("said", "ran", "wins"; lexicon ages.verb_adverbs, as after a bare "the N-year-old")."""
    return word in FUNCTION_WORDS or word in _SPEECH_WORDS or _VERB_FORM.fullmatch(word) is not None


_SPEECH_WORDS = frozenset(load("people")["speech_verbs"])
_VERB_FORM = re.compile(r"[a-z]+ed|[a-z]*[^\Ws]s|" + "|".join(map(re.escape, load("people")["ages"]["verb_adverbs"])))


def _near_readings(claims: ClaimSet, told: list[dict], mentions: list) -> dict[int, dict]:
    """id(age) -> the age marked ``near``, for each "the N-year-old" with a noun of its own
    (``bound`` reading, not bare: "The 36-year-old former teacher ...") that claims.lifespans
    gave this person, when its sentence is at most NEAR_SENTENCES after the last sentence
    before it that names the person, no other person is named from that sentence to it, and
    the first noun of a description within the _NOUN_WORDS words after it is one that may
    stand for someone already named (lexicon ages.described_nouns and headline_people: "the
    31-year-old striker", "the 38-year-old man"), not a word for someone left unnamed (lexicon
    ages.unnamed_people: "the 84-year-old tourist"; nor one of no list: "the 40-year-old
    gunman"), nor an office or occupation (lexicons/people.json ``heads``) that is not one of
    the person's own titles ("the 56-year-old minister" beside "Party leader Ali Hassan"; a
    past one, "the 36-year-old former teacher", is the person's history); or, for an age
    told through a pronoun, ``_near_pronoun``. The weak link of two ages: held against an age
    told beside the name, as info."""
    candidates = [g for g in told if g.get("bound") == "reading" and not g.get("bare")]
    if not candidates:
        return {}
    an = analyse(claims.article.text)
    text = claims.article.text
    mine = {id(m) for m in mentions}
    own = {w for m in mentions for w in ((m.attrs.get("title") or {}).get("text") or "").casefold().split()}
    people = sorted(claims.of_kind("person"), key=lambda c: c.start)
    out: dict[int, dict] = {}
    for g in candidates:
        m = _YEAR_OLD_AT.match(text, g["end"])
        if m is None:
            if _near_pronoun(an, claims, g, mentions):
                out[id(g)] = {**g, "near": "pronoun"}
            continue
        after = [w.lower for w in an.words_after(m.end(), _NOUN_WORDS)]
        k = next((i for i, w in enumerate(after) if w in _UNNAMED or w in _HEADS or w in _DESCRIBING), None)
        if k is None and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].islower():
            # "the 38-year-old uncle of twins", "the 52-year-old farm hand said": a description of
            # nouns of no list, closed within _NOUN_WORDS words, describes the one named before (info)
            longer = an.words_after(m.end(), _NOUN_WORDS + 1)
            j = next((i for i, w in enumerate(longer) if w.text[:1].isupper() or not w.text[:1].isalpha()
                      or _closes_description(w.lower)), len(longer))
            # a capitalized word closing the run is a name: "the 25-year-old weightlifter Ana Ek" is hers
            named = j < len(longer) and longer[j].text[:1].isupper()
            k = j - 1 if 0 < j <= _NOUN_WORDS and not named else None
        if k is None or after[k] in _UNNAMED:
            continue  # "the 40-year-old gunman", "the 84-year-old tourist": someone new
        if after[k] in _HEADS and after[k] not in own and not _PAST_OFFICE.intersection(after[:k]):
            continue  # "the 56-year-old minister" beside "Party leader Ali Hassan": another office's holder
        here = an.sentence_at(g["start"]).index
        before = [p for p in people if p.end <= g["start"]]
        last = next((p for p in reversed(before) if id(p) in mine), None)
        if last is None or here - an.sentence_at(last.start).index > NEAR_SENTENCES:
            continue
        if any(id(p) not in mine and p.start > last.end and p.attrs.get("entity") != last.attrs.get("entity")
               for p in before):
            continue
        out[id(g)] = {**g, "near": True}
    return out


#: letters after a name ("Jo Lam KC"): no one else's name (lexicons/people.json post_nominals)
_POST_NOMINALS = frozenset(load("people")["post_nominals"])


#: how many sentences after the one naming a person an age told through "he" or "she" stands,
#: for the weak link of two ages: exactly the next one (a pronoun further on may stand for
#: anyone named between); its own limit, not NEAR_SENTENCES, which bounds a description
PRONOUN_SENTENCES = 1


def _near_pronoun(an, claims: ClaimSet, g: dict, mentions: list) -> bool:
    """Whether an age claims.lifespans gave the person through a pronoun further than it binds
    closely ("Rower Ines Faro, 30, will retire in June.\n\nAt 25, she won ... in 2010") stands
    in the sentence right after (PRONOUN_SENTENCES) the one naming the person, across a paragraph
    break, with "he" or "she" in its own sentence before the age's clause ends, and no
    capitalized word from the name to the age but a sentence's first word or a time's ("beat
    Ana Gil on Sunday": a name the extractor may not have read as a person)."""
    here = an.sentence_at(g["start"])
    named = [m for m in mentions if m.end <= g["start"]]
    if not named:
        return False
    last = named[-1]
    if here.index - an.sentence_at(last.start).index != PRONOUN_SENTENCES:
        return False
    if not {w.lower for w in an.words_in(here.start, here.end)} & SUBJECT_PRONOUNS:
        return False
    times = [(c.start, c.end) for c in claims.of_kind("time")]
    firsts = {w[0].start for w in (an.words_in(s.start, s.end) for s in (an.sentence_at(last.end), here)) if w}
    # the speaker of the quotation the age stands in is not who its "he" or "she" stands for
    # ("Counsel for Ek, Jo Lam, said ... “My client was 15 when ..., and he is ...,” Mr Lam said"):
    # the words of the speaker's mentions are no one else named between
    speaker = next((q.attrs.get("entity") for q in claims.of_kind("quote")
                    if q.start <= g["start"] < q.end and q.attrs.get("entity")), None)
    spoken = [(p.start, p.end) for p in claims.of_kind("person") if speaker and p.attrs.get("entity") == speaker
              and p.attrs.get("entity") != last.attrs.get("entity")]
    for w in an.words_in(last.end, g["start"]):
        if w.text[:1].isupper() and w.start not in firsts and not any(a <= w.start < b for a, b in times) \
                and not any(a <= w.start < b for a, b in spoken) and w.text not in _POST_NOMINALS:
            return False
    return True


class _StartsIn:
    """The indices of ``ages`` whose start lies in [lo, hi), by two binary searches over their
    starts sorted once (not a pass over every age for each span)."""

    def __init__(self, ages: list[dict]):
        self.order = sorted(range(len(ages)), key=lambda i: ages[i]["start"])
        self.starts = [ages[i]["start"] for i in self.order]

    def __call__(self, lo: int, hi: int) -> list[int]:
        return self.order[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]


def _two_ages(ages: list[dict], times: dict, published: date, name: str) -> Finding | None:
    """The first age of one person that no birth date allows together with an earlier one,
    both tied to the person by a mention of them in their own sentences (``bound`` name), or
    one by the subject pronoun of the sentence right after one naming the person alone
    (``bound`` pronoun: a warning, the pronoun being a reading). An age reached from further,
    or through "the 49-year-old" (``bound`` reading) is not held against another age: on
    TempEval silver every such pair was two people ("the 84-year-old tourist" beside
    "Bastawissi, 35,"), even as info."""
    ages = sorted((g for g in ages if g.get("bound") in ("name", "pronoun", "sole", "lede", "coreference", "speaker")
                   or g.get("bare") or g.get("doubt") or g.get("near") or g.get("headline")),
                  key=lambda g: g["start"])
    windows = [(g, _born_within(g, times, published)) for g in ages]
    # Each age is asked in constant time whether some earlier one may conflict with it (_Extremes,
    # per kind of binding); only the age that has one is judged against the earlier ones, in
    # order, and the first pair found is returned: linear in the ages, not in their pairs.
    earlier: dict[object, _Extremes] = {}
    for j, (g2, w2) in enumerate(windows):
        if w2 is not None and any(_paired(b1, _binding(g2)) and ext.disjoint_from(w2, g2["value"])
                                  for b1, ext in earlier.items()):
            f = _first_pair(windows[:j], g2, w2, name)
            if f is not None:
                return f
        if w2 is not None:
            earlier.setdefault(_binding(g2), _Extremes()).add(w2, g2["value"])
    return None


class _Extremes:
    """Of the birth windows of some ages, the latest earliest birth and the earliest latest
    birth, each kept for two different stated ages (the best, and the best of another age than
    the best's): enough to tell in constant time whether one of those windows is disjoint from
    a window and states another age than its own."""

    __slots__ = ("lo", "hi")

    def __init__(self):
        self.lo: list[tuple[int, int]] = []  # (earliest birth's ordinal, age), the latest first
        self.hi: list[tuple[int, int]] = []  # (minus the latest birth's ordinal, age), the earliest first

    @staticmethod
    def _keep(best: list[tuple[int, int]], key: int, value: int) -> None:
        if not best:
            best.append((key, value))
        elif best[0][1] == value:
            best[0] = (max(key, best[0][0]), value)
        elif key > best[0][0]:
            best[:] = [(key, value), best[0]]
        elif len(best) == 1 or key > best[1][0]:
            best[1:] = [(key, value)]

    def add(self, window: tuple, value: int) -> None:
        self._keep(self.lo, window[0].toordinal(), value)
        self._keep(self.hi, -window[1].toordinal(), value)

    def disjoint_from(self, window: tuple, value: int) -> bool:
        lo = next((k for k, v in self.lo if v != value), None)
        hi = next((-k for k, v in self.hi if v != value), None)
        return (lo is not None and lo > window[1].toordinal()) or (hi is not None and hi < window[0].toordinal())


def _binding(g: dict):
    """How an age is bound, for pairing: its ``bound``, or "headline" for a headline's age."""
    return "headline" if g.get("headline") else g.get("bound")


def _paired(b1, b2) -> bool:
    """Whether two ages bound these ways (``bound``) are ever judged together (_first_pair)."""
    if "headline" in (b1, b2):  # the headline's age of the story's subject: against the story's one aged person
        return {b1, b2} - {"headline"} <= {"sole", "name"}
    if b1 in ("coreference", "speaker"):
        return b2 == "name"
    if b2 in ("coreference", "speaker"):
        return b1 == "name"
    return not ("reading" in (b1, b2) and "name" not in (b1, b2))


HEADLINE_PAIR = ("one age is the headline's, read as the person the story is about, the other is told "
                 "beside the name or as the story's one aged person: a reading, so info")


def _first_pair(windows: list[tuple], g2: dict, w2: tuple, name: str) -> Finding | None:
    """The finding of ``g2`` against the first of the earlier ages it conflicts with, or None."""
    for g1, w1 in windows:
        if w1 is None or w2 is None or g1["value"] == g2["value"]:
            continue
        if w1[0] <= w2[1] and w2[0] <= w1[1]:
            continue
        by_pronoun = "pronoun" in (g1.get("bound"), g2.get("bound"))
        sole = "sole" in (g1.get("bound"), g2.get("bound"))
        lede = "lede" in (g1.get("bound"), g2.get("bound"))
        bare = g1.get("bound") == "reading" or g2.get("bound") == "reading"
        doubt = g1.get("doubt") or g2.get("doubt")
        link = next((g for g in (g1, g2) if g.get("bound") in ("coreference", "speaker")), None)
        head = next((g for g in (g1, g2) if g.get("headline")), None)
        if head is not None:
            other = g2 if head is g1 else g1
            if other.get("headline") or other.get("bound") not in ("sole", "name"):
                continue
            return Finding(MESSAGE_TWO_AGES.format(who=name, this=age_words(g2), other=age_words(g1)), g2["start"],
                           g2["end"], severity=Severity.INFO,
                           related=[Related(g1["start"], g1["end"], RELATED_TWO_AGES.format(other=age_words(g1)))],
                           evidence=[f"{age_words(g1)} on {w1[2]}: born between {day_words(w1[0])} and {day_words(w1[1])}",
                                     f"{age_words(g2)} on {w2[2]}: born between {day_words(w2[0])} and {day_words(w2[1])}",
                                     HEADLINE_PAIR])
        if link is not None:
            other = g2 if link is g1 else g1
            if other.get("bound") != "name":
                continue  # a mention's age is held only against an age told beside the name
            f = Finding(MESSAGE_TWO_AGES.format(who=name, this=age_words(g2), other=age_words(g1)), g2["start"],
                        g2["end"], related=[Related(g1["start"], g1["end"], RELATED_TWO_AGES.format(other=age_words(g1)))],
                        evidence=[f"{age_words(g1)} on {w1[2]}: born between {day_words(w1[0])} and {day_words(w1[1])}",
                                  f"{age_words(g2)} on {w2[2]}: born between {day_words(w2[0])} and {day_words(w2[1])}"])
            return _as_linked(f, link)
        if bare and not (g1.get("bound") == "name" or g2.get("bound") == "name"):
            continue  # a bare "the 49-year-old" is held only against an age told beside a name
        f = Finding(MESSAGE_TWO_AGES.format(who=name, this=age_words(g2), other=age_words(g1)), g2["start"], g2["end"],
                    severity=Severity.INFO if bare else Severity.WARNING if by_pronoun or sole or lede else None,
                    related=[Related(g1["start"], g1["end"], RELATED_TWO_AGES.format(other=age_words(g1)))],
                    evidence=[f"{age_words(g1)} on {w1[2]}: born between {day_words(w1[0])} and {day_words(w1[1])}",
                              f"{age_words(g2)} on {w2[2]}: born between {day_words(w2[0])} and {day_words(w2[1])}",
                              f"both are told of {name}, " + (
                                  "named in one age's sentence; the other opens a lede that describes the "
                                  "person the story names next and speaks of someone else too: a reading, "
                                  "so info" if doubt else
                                  "named in one age's sentence and read as the bare 'the N-year-old' "
                                  "of the other (no noun of its own after it): a reading, so info"
                                  if bare and not (g1.get("near") or g2.get("near")) else
                                  "named in one age's sentence; the other is told through \"he\" or \"she\" "
                                  "in the sentence right after one that names the person, with no one else "
                                  "named between but a quotation's speaker: if it is the person, the two ages "
                                  "disagree (a reading, so info)"
                                  if "pronoun" in (g1.get("near"), g2.get("near")) else
                                  "named in one age's sentence; the other is 'the N-year-old' with a noun "
                                  f"of its own, in a sentence at most {NEAR_SENTENCES} after one that "
                                  "names the person, with no one else named between: if it is the person, "
                                  "the two ages disagree (a reading, so info)" if bare else
                                  "named in one age's sentence and the subject "
                                  "pronoun of the next" if by_pronoun else
                                  "named in one age's sentence and, in the other, 'the N-year-old': the "
                                  "only person whose age or birth the story tells by name, with no one "
                                  "else described" if sole else
                                  "named in one age's sentence; the other opens a lede that names no one "
                                  "else and describes the person the story names next" if lede else
                                  "named in each age's sentence")])
        return f
    return None


#: how long before publication a death told as news ("who has died aged 86") may have been
RECENT_DEATH = relativedelta(years=1)


def _untimed(g: dict, published: date) -> tuple[date, date]:
    """The time an age fact without a time claim is told at: publication, or for a death told
    in the present perfect ("has died aged 86": ``recent_death``) the year before it."""
    return (published - RECENT_DEATH, published) if g["at"] == "recent_death" else (published, published)


def _judge(g: dict, t, times: dict, published: date, name: str) -> Finding | None:
    """The finding when age fact ``g`` cannot be told of someone born within ``t``."""
    born_lo, born_hi = t.timex.earliest, t.timex.latest
    stated = g["value"]
    at = times.get(g["time"]) if g.get("time") else None
    if g["time"] and (at is None or at.timex is None or at.timex.earliest is None or at.timex.latest is None):
        return None
    lo, hi = (at.timex.earliest, at.timex.latest) if at else _untimed(g, published)
    born = span_words(born_lo, born_hi)
    on = ("in " if born_lo != born_hi else "on ") + born
    when = span_words(lo, hi)
    if g["at"] == "turns":
        if g.get("loose"):
            # dated by its clause ("celebrated her 100th birthday ... on Sunday"): about then
            lo, hi = lo - REACHED_SLACK, hi + REACHED_SLACK
            when = span_words(lo, hi)
        elif at is not None and (at.attrs or {}).get("weekday") is not None:
            # a bare weekday: the one before or the one after publication, whichever is meant
            lo, hi = min(lo, published - WEEK), max(hi, published + WEEK)
            when = span_words(lo, hi)
        # the birthday of ``stated`` falls within [lo, hi] for some birth date in [born_lo, born_hi]
        if _plus_years(born_lo, stated) <= hi and lo <= _plus_years(born_hi, stated):
            return None
        reached = [n for n in range(max(0, lo.year - born_hi.year - 1), hi.year - born_lo.year + 2)
                   if _plus_years(born_lo, n) <= hi and lo <= _plus_years(born_hi, n)]
        youngest = oldest = None
        possible = _possible(reached[0], reached[-1]) if reached else "no new age"
        message = MESSAGE_TURNS.format(born=on, who=name, ages=possible, when=("in " if lo != hi else "on ") + when,
                                       stated=stated)
        evidence = [f"someone born {on} has no birthday but {possible} within {when}" if reached else
                    f"someone born {on} has no birthday within {when}", f"the article says {stated}"]
    else:
        youngest, oldest = age_on(born_hi, lo), age_on(born_lo, hi)
        if youngest <= stated + g.get("span", 1) - 1 and stated <= oldest or youngest < 0:
            return None
        possible = _possible(youngest, oldest)
        stated = age_words(g)
        if g["at"] == "published":
            message = MESSAGE.format(born=on, who=name, ages=possible, published=day_words(published), stated=stated)
        elif g["at"] == "death":
            message = MESSAGE_DEATH.format(born=on, who=name, ages=possible, died=when, stated=stated)
        elif g["at"] == "recent_death":
            message = MESSAGE_DEATH.format(born=on, who=name, ages=possible, stated=stated,
                                           died=f"“has died”: between {day_words(lo)} and {day_words(hi)}")
        else:
            message = MESSAGE_AT.format(born=on, who=name, ages=possible, when=("in " if lo != hi else "on ") + when,
                                        stated=stated)
        evidence = [f"{when} minus {born} is {possible} years, counting whether the birthday has passed",
                    f"the article gives the age as {stated}, and both are told of {name}"]
    related = [Related(t.start, t.end, RELATED.format(born=born))]
    if at is not None:
        related.append(Related(at.start, at.end, f"the age is told at {when}"))
    return Finding(message, g["start"], g["end"], related=related, evidence=evidence,
                   fix=str(youngest) if youngest is not None and youngest == oldest and not g.get("span") else None)


THING = ("the age is told as 'the N-year-old' with a noun that is no word for a person the lexicons know: "
         "it may be a thing's age (a reading, so info)")


def _as_thing(f: Finding) -> Finding:
    """The finding as info: its age is "the N-year-old" of a noun that may be a thing's."""
    f.severity = Severity.INFO
    f.evidence = [*f.evidence, THING]
    return f


SPAN = "one age is told as a span of years, a writer's estimate more often than a fact: at most a warning"


def _as_span(f: Finding) -> Finding:
    """The finding no stronger than a warning: one of its ages is a span of years ("in her
    fifties"), which a writer gives as an estimate."""
    if f.severity is None or f.severity > Severity.WARNING:
        f.severity = Severity.WARNING
    f.evidence = [*f.evidence, SPAN]
    return f


def age_words(g: dict) -> str:
    """An age fact's age in words: "49", or for a span of years "60 to 69" ("in her sixties")."""
    return f"{g['value']} to {g['value'] + g['span'] - 1}" if g.get("span") else str(g["value"])


def _possible(youngest: int, oldest: int) -> str:
    return str(youngest) if youngest == oldest else f"{youngest} or {oldest}" \
        if oldest - youngest == 1 else f"{youngest} to {oldest}"


def _plus_years(d: date, years: int) -> date:
    return d + relativedelta(years=years)


def _death(claims: ClaimSet, times: dict, born_end: int, b: int):
    """The date of the death told right after the birth date ("born in 1905, died Sunday",
    "born in 1926, who died Monday"), when the article fixes it on or before publication;
    None otherwise: an undated death may be long past, and a death told further on may be
    someone else's ("born in 1911, said his father died in 1950")."""
    text = claims.article.text
    for e in claims.of_kind("event"):
        if e.attrs.get("lemma") != "die" or not born_end <= e.start < b \
                or not _DEATH_FOLLOWS.fullmatch(text, born_end, e.start):
            continue
        t = times.get(e.attrs.get("time"))
        x = None if t is None else t.timex
        if x is not None and x.earliest is not None and x.latest is not None \
                and x.resolution in ("absolute", "dct") and x.latest <= claims.article.published:
            return t
    return None


def _who(text: str, sentence_start: int, age_start: int) -> str:
    """The name just before the age (", 38,"), or "the person"."""
    m = re.search(r"((?:[A-Z][\w'\u2019-]+\s){0,2}[A-Z][\w'\u2019-]+),?\s*(?:aged\s*)?$",
                  text[sentence_start:age_start].rstrip(", "))
    return m.group(1) if m and m.group(1).lower() not in ("the", "a", "an") else "the person"


EXAMPLES = (
    flags("Harbour man, 41, fined over spoiled pies\n\nA man who sold spoiled pies at a fair was fined on Monday."
          "\n\nRory Ian Kell admitted three counts.\n\nDefence solicitor Tom Vale asked for leniency, saying the "
          "45-year-old had cared for his mother.\n\nKell must attend a course.", published="2025-06-10",
          note="info: 'the 45-year-old' in the words a speaker reports is not the speaker but the story's subject, "
               "whom the headline calls 41"),
    passes("Harbour man, 41, fined over spoiled pies\n\nA man who sold spoiled pies at a fair was fined on Monday."
           "\n\nRory Ian Kell admitted three counts.\n\nJudge Tom Vale fined the 45-year-old and ordered costs."
           "\n\nKell must attend a course.", published="2025-06-10",
           note="the one named before 'the 45-year-old' in its sentence, with no speech between, may be meant"),
    flags("Marit Holm remembers the flood well.\n\nHolm was 9 when the river rose over the dikes in 1995.\n\n"
          "Holm, now 35, runs the dike board.", published="2025-03-11",
          note="an age told of the surname alone makes the full name a person's: 9 in 1995 is born 1985-86, not 35"),
    passes("Marit Holm remembers the flood well.\n\nHolm was 9 when the river rose over the dikes in 1995.\n\n"
           "Holm, now 39, runs the dike board.", published="2025-03-11",
           note="both ages fit a birth in 1985-86"),
    flags("A Tromso pensioner in his seventies won the chess open on Sunday.\n\nHaakon Lie beat the champion in "
          "the final round.\n\nLie, born in 1961, learned the game at sea.", published="2025-06-10",
          note="a lede's word for a person with its age after it is the person named next: born 1961, he is 63-64"),
    passes("A Tromso barn in its seventies was sold on Sunday.\n\nHaakon Lie bought it.\n\nLie, born in 1961, "
           "will farm there.", published="2025-06-10", note="'barn' is no word for a person: its age is no one's"),
    flags("Lena Morrow (38) was fined at the district court yesterday.\n\nA clerk read out Ms Morrow's date of "
          "birth as 9 January 1994.", published="2025-03-11",
          note="a birth told as an owned noun is the possessor's: born in January 1994, she is 31"),
    passes("Sergeant Owen Pike (52) gave evidence yesterday.\n\nPike confirmed the driver's date of birth as 9 "
           "January 1994.", published="2025-03-11",
           note="the birth owned by 'the driver' is no one's named, not the sentence subject's"),
    flags("Lena Morrow, 38, walked across the 60-year-old viaduct on Sunday.\n\nMorrow was born in 1987 in "
          "Derby.", published="2025-03-11", note="info only: 'the 60-year-old viaduct' may be a thing's age"),
    flags("Lena Morrow, 38, walked the route on Sunday.\n\nThe 60-year-old hill farmer was born in 1987 in Derby.",
          published="2025-03-11", note="a word for a person after 'the N-year-old' reads as the one named before"),
    flags("Lena Morrow, 38, chairs the board.\n\nMorrow, who is in her fifties, trained in Derby.",
          published="2025-03-11", note="an age told as a span of years: 50 to 59 is not 38"),
    passes("Lena Morrow, 58, chairs the board.\n\nMorrow, who is in her late fifties, trained in Derby.",
           published="2025-03-11", note="58 lies in her fifties (a part of the span is read as the whole span)"),
    passes("Lena Morrow, 38, chairs the board.\n\nHer father is in his seventies and still farms.",
           published="2025-03-11", note="the span of someone else: no name or pronoun of hers before it"),
    flags("Niall Barr (27) was given a community order at the circuit court.\n\nBarr was 14 at the time of the "
          "2019 break-in, the court heard.", published="2025-06-18",
          note="'at the time of' joins a past age to its sentence's one date: born 2004-2005, not 27 now"),
    flags("Niall Barr, 27, scored the winner on Sunday.\n\n\u201cAt 31, Niall still has the legs,\u201d said his "
          "coach, Joe Keane.", published="2025-06-18",
          note="a given name after a fronted 'At 31,' is the one person named in full with it"),
    passes("Niall Barr, 27, scored the winner on Sunday, and Niall Ross, 33, the second.\n\n\u201cAt 31, Niall "
           "still has the legs,\u201d said their coach, Joe Keane.", published="2025-06-18",
           note="two people named in full with that given name: neither is read"),
    flags("Niall Barr (27) was given a community order at the circuit court on Monday.\n\nThe solicitor for Barr, "
          "Ruth Coyle, asked for leniency.\n\n\u201cHe was 13 when he took the car in 2019, and he is a different "
          "man now,\u201d Ms Coyle said.", published="2025-06-18",
          note="info: the quotation's speaker, named between, is not who its 'he' stands for"),
    passes("Niall Barr (27) was given a community order at the circuit court on Monday.\n\nThe solicitor for Barr, "
           "Ruth Coyle, said Judge Alan Peck had been fair.\n\n\u201cHe was 13 when he took the car in 2019, and "
           "he is a different man now,\u201d Ms Coyle said.", published="2025-06-18",
           note="someone other than the speaker named between: 'he' may be the judge"),
    flags("Forty-one-year-old Ines Varga was elected on Monday.\n\nVarga was born in 1990 in Pecs.",
          published="2025-06-10", note="an age written in words: born in 1990, she is 34 or 35"),
    passes("Thirty-five-year-old Ines Varga was elected on Monday.\n\nVarga was born in 1990 in Pecs.",
           published="2025-06-10", note="35 in words fits"),
    flags("The 30-year-old Porto midfielder Rui Sousa signed on Friday.\n\nSousa was born in 1989 in Braga.",
          published="2025-06-10", note="an age before the title written with the name is the name's"),
    flags("Ana Ruiz (Green), 61, stood in the north ward.\n\nRuiz was born in 1970 in Leeds.",
          published="2025-06-10", note="a bracketed affiliation between the name and its age"),
    flags("Oskar Lind of Mill Lane, a retired pilot, died last Sunday, aged 80.\n\nLind was born in Umea on 3 May "
          "1940.", published="2025-06-10", note="an address after the name is no one's name: 85 at death"),
    flags("Ana Ruiz opened a bakery on the square.\n\n\u201cI turned 30 last month and wanted a change,\u201d Ruiz "
          "said.\n\nRuiz was born in 1985 in Vigo.", published="2025-06-10",
          note="a warning: the speaker's age in her own words (claims.quotes binds it to her)"),
    passes("Ana Ruiz opened a bakery on the square.\n\n\u201cMy mother turned 30 last month,\u201d Ruiz said.\n\nRuiz "
           "was born in 1985 in Vigo.", published="2025-06-10", note="an age of someone else the speaker names"),
    flags("Jon Ortiz won the final on points.\n\nThe 29-year-old sheep shearer said he trained at night.\n\nOrtiz, "
          "34, will defend the belt.", published="2025-06-10",
          note="info: 'the 29-year-old sheep shearer', nouns of no list closed by a verb, in the next sentence"),
    passes("Jon Ortiz won the final on points.\n\nHe beat the 29-year-old welder Tomas Rey on points.\n\nOrtiz, "
           "34, will defend the belt.", published="2025-06-10", note="a name right after the description: its age"),
    passes("Jon Ortiz won the final on points.\n\nThe 29-year-old bystander said he saw it all.\n\nOrtiz, "
           "34, will defend the belt.", published="2025-06-10", note="a word for someone left unnamed"),
    passes("Halima Abdi was born in 1991 in Baidoa. She lost a brother to cholera in 2017, when he was 2.",
           published="2026-02-27", note="the pronoun of the age is another person's: the son's age"),
    flags("Jon Ortiz won the final on points.\n\nThe Bilbao welterweight, 29, has lost once.\n\nOrtiz, 34, will "
          "defend the belt.", published="2025-06-10",
          note="info: a description with an apposed age is the subject of the sentence before"),
    passes("Jon Ortiz won the final on points.\n\nThe Bilbao tourist, 29, has lost once.\n\nOrtiz, 34, will "
           "defend the belt.", published="2025-06-10", note="a word for someone left unnamed: someone new"),
    flags("Ortiz, 24, takes the belt\n\nJon Ortiz won the final on points.\n\n\u201cI trained for this for ten "
          "years,\u201d Ortiz said afterwards. \u201cIt was worth it.\u201d\n\nThe Bilbao welterweight, born in May 1995, "
          "has lost once.", published="2025-06-10",
          note="info: a description with an apposed birth after a quotation is its speaker"),
    flags("Brother Tomas Hale, who ran the choir school, marked his 90th birthday with a concert at the abbey on "
          "Saturday.\n\nHale was born in 1937 at Kells.", published="2025-06-10",
          note="an age reached, dated by its clause: born in 1937, he turns 88 in 2025"),
    passes("Brother Tomas Hale, who ran the choir school, marked his 90th birthday with a concert at the abbey on "
           "Saturday.\n\nHale was born on 20 May 1935 at Kells.", published="2025-06-10",
          note="the party within REACHED_SLACK of the birthday"),
    flags("Judge Carla Brant stepped down last month on reaching the compulsory retirement age of 72.\n\nBrant was "
          "born in June 1956 in Tralee.", published="2025-05-20", note="reaching an age: the age reached then"),
    flags("Anna Lind opened the bakery in 2001. Lind, 52, still bakes every loaf. Lind was born in 1960, the "
          "family said.", published="2025-06-12", note="error: one Lind in the article"),
    flags("Anna Lind opened the bakery in 2001. Lind, 52, still bakes every loaf. Lind was born in 1960, the "
          "family said. Her brother, Tomas Lind, joined in 2010.", published="2025-06-12",
          note="info: two Linds; the surname alone is given to the one named before it, a reading"),
    flags("Hassan, 38, who was born in 1975, leads the party.", published="2024-04-21",
          note="born in 1975, he is 48 or 49 in April 2024"),
    passes("Hassan, 48, who was born in 1975, leads the party.", published="2024-04-21",
           note="a year of birth allows two ages"),
    passes("Hassan, who was born in 2003, won the junior title in 2021, aged 18.", published="2025-12-13",
           note="another date of the sentence before the age is the age's time: 17 or 18 in 2021"),
    flags("Hassan, who was born in 2003, won the junior title in 2021, aged 15.", published="2025-12-13",
          note="born in 2003, she was 17 or 18 in 2021"),
    flags("Party leader Ali Hassan, 38, spoke on Monday.\n\nHassan was born in 1975 in Tripoli.",
          published="2024-04-21", note="an age and a birth year told of one person in two paragraphs"),
    flags("Grandmother, 81, finishes charity swim\n\nA grandmother from Ely has swum the lake for charity.\n\n"
          "Maria Conti, who was born in April 1951, finished on Tuesday.", published="2025-06-26",
          note="a delayed lede: the person described first and named in the next sentence is the headline's"),
    passes("Grandmother, 81, finishes charity swim\n\nA grandmother from Ely has swum the lake for charity.\n\n"
           "Her coach said Maria Conti, who was born in April 1951, finished on Tuesday.", published="2025-06-26",
           note="a name not opening its sentence may be anyone's"),
    passes("The crew lists Jonas Vick, born on July 30, 1999, and Mia Dahl, 19, born on "
           "August 8, 2004.", published="2024-08-06", note="each birth belongs to the name right before it"),
    flags("Chairman Tomas Ek, who turns 60 next month, was born in July 1966.", published="2025-06-24",
          note="born in July 1966, he turns 59 in July 2025"),
    passes("Party leader Anna Lind, 54, who was born on 12 March 1970, turns 55 on Wednesday.",
           published="2025-03-11", note="the Wednesday after publication is the birthday"),
    flags("Grandmother, 52, wins rally\n\nRosa Almeida won the coast rally on Sunday. Almeida, who was "
          "born in 1960, drove alone.", published="2024-04-21",
          note="a headline's age is told of the person the story is about"),
    flags("Surgeon Anil Mehra, 58, was appointed on Monday.\n\nMehra, 56, said he would listen first.",
          published="2014-01-02", note="two ages of one person that no one birth date gives"),
    passes("Surgeon Anil Mehra, 58, was appointed on Monday.\n\nMehra, who was 44 when he went to Nairobi in "
           "2000, said he would listen first.", published="2014-01-02",
           note="an age at another time: 44 in 2000 fits 58 in 2014"),
    flags("Rower Ines Faro, 30, will retire in June. At 25, she won silver at the 2010 world championships.",
          published="2026-03-20", note="a warning: the age of the next sentence's pronoun at its dated event"),
    flags("Rower Ines Faro, 30, will retire in June.\n\nAt 25, she won silver at the 2010 world championships.",
          published="2026-03-20", note="info: a pronoun opening the next paragraph is no close reading of the name, "
                                       "but a near one"),
    passes("Rower Ines Faro, 30, will retire in June with Tomas.\n\nAt 25, she won silver at the 2010 world "
           "championships.", published="2026-03-20", note="a capitalized word between: maybe someone else's"),
    flags("Architect Lena Holm won.\n\nHolm, 52, runs a studio.\n\nHolm, who was born on 9 May 1975, trained "
          "in Lund.\n\nHer brother, the painter Erik Holm, was not involved.", published="2026-02-10",
          note="a surname alone before a namesake is named is the person named before it"),
    flags("Nurse Helen Okafor, 39, was cleared on Friday.\n\nThe panel heard evidence for two days.\n\n"
          "Her lawyer said the 45-year-old had worked nights for a decade.", published="2025-11-07",
          note="info: a bare 'the 45-year-old' read as the person named before it, against her age beside her name"),
    flags("Councillor Raj Patel, 61, stood down.\n\nIn a statement, the 58-year-old, who chaired planning, "
          "thanked staff.", published="2024-02-02",
          note="info: 'the 58-year-old, who' stands for someone already named"),
    passes("Councillor Raj Patel, 61, stood down.\n\nIn a statement, the 58-year-old deputy thanked staff.",
           published="2024-02-02", note="'the 58-year-old deputy' has a noun of its own: it may name another person"),
    passes("Nurse Helen Okafor, 39, was cleared on Friday.\n\nHer lawyer said the 39-year-old had worked nights.",
           published="2025-11-07", note="the same age twice"),
    passes("Grandmother, 63, wins rally\n\nRosa Almeida won the coast rally on Sunday. Almeida, who was "
           "born in 1960, drove alone.", published="2024-04-21", note="the headline's age fits the birth year"),
    flags("Councillor Rhian Tate, 44, resigned on Friday.\n\nThe council will meet next week.\n\nThe "
          "47-year-old said she had no regrets.", published="2025-03-08",
          note="a warning: 'the 47-year-old' is the one person whose age the story tells by name, and the story "
               "describes no one it leaves unnamed"),
    passes("Councillor Rhian Tate, 44, resigned on Friday.\n\nAfter Judge Omar Reyes spoke, the 47-year-old "
           "left the court.", published="2025-03-08",
           note="someone else named in its own sentence may be 'the 47-year-old'"),
    flags("A 42-year-old courier has been cleared of causing a crash on the ring road.\n\nJamal Forde was found not "
          "guilty on Tuesday.\n\nForde, 46, wept.", published="2025-06-12",
          note="a description linked to the person the next paragraph opens on (claims.coreference)"),
    flags("Mayor Lina Pruitt shut the pool. The mayor, 48, said the pumps had failed.\n\nPruitt, 44, will run "
          "again.", published="2025-06-12", note="the office for the one person given it, with an age in apposition"),
    passes("Mayor Lina Pruitt shut the pool. The former mayor, 48, said the pumps had failed.\n\nPruitt, 44, will "
           "run again.", published="2025-06-12", note="a former office is another person's"),
    flags("A 19-year-old man has been charged after a crash on the ring road.\n\nKeir Dalton, of Farnley, was "
          "arrested at the scene.\n\nDalton, 23, was bailed.", published="2025-05-12",
          note="a warning: a lede that describes before it names gives its age to the person named next"),
    flags("A 20-year-old man was locked up on Friday for attacking another man.\n\nKeir Dalton, of Farnley, was "
          "sentenced on Friday.\n\nDalton was born in May 2001.", published="2025-05-12",
          note="info: the lede speaks of someone else too, who might be the one named next"),
    passes("A 19-year-old woman has been charged after a crash.\n\nMr Keir Dalton was hurt.\n\nDalton, 23, "
           "is in hospital.", published="2025-05-12", note="the lede's 'woman' is not 'Mr' Dalton"),
    flags("Nora Quinlan, who has died aged 86, led the town choir for forty years.\n\nNora was born on 2 May 1943 in "
          "Sligo.", published="2025-02-15",
          note="'has died': a death told as news, within the year before publication (80 or 81, not 86); a given name "
               "alone for the one person named in full with it"),
    passes("Nora Quinlan, who has died aged 81, led the town choir for forty years.\n\nNora was born on 2 May 1943 in "
           "Sligo.", published="2025-02-15", note="81 fits a death in the year before publication"),
    flags("Ciaran Dowd (41), of Main Street, appeared in court on Monday.\n\nDowd, who was born in 1990, was "
          "remanded.", published="2025-04-04", note="an age in brackets after the name, a court report's way"),
    passes("Ana Ek, who was born in 1950, trained in Oslo when she was 18 and opened a clinic there in 1975.",
           published="2025-05-12", note="the year belongs to another clause than 'when she was 18'"),
    flags("Rita Gale, who ran the village shop for forty years, has died in a hospice near Settle, aged 79.\n\nGale "
          "was born in 1938 in Skipton.", published="2026-03-11",
          note="a death told as news with its age later in its sentence: 86 to 88 within the year before"),
    passes("Rita Gale, who ran the village shop for forty years, has died. She was 87.\n\nGale was born in 1938 "
           "in Skipton.", published="2026-03-11", note="the age in the next sentence fits the birth year"),
    flags("Lock Tane Horomona, 24, joins the squad on Thursday.\n\nThe Waikato product, born on 9 May 1998, "
          "debuted in 2020.", published="2025-09-10",
          note="a warning: a description opening its sentence, in apposition to the birth, is the story's one "
               "aged person"),
    flags("Rovers won 2-0 with both goals from Sipho Dlamini.\n\nDlamini, 31, scored first.\n\nThe "
          "26-year-old striker has 14 goals.", published="2025-03-22",
          note="a warning: 'the 26-year-old striker', a position, is the story's one aged person"),
    passes("Rovers won 2-0 with both goals from Sipho Dlamini.\n\nDlamini, 31, scored first. His teammate Ben "
           "Orr added a third.\n\nThe 26-year-old striker has 14 goals.", published="2025-03-22",
           note="the sentence before opens on someone else, who may be the one"),
    passes("Rovers won 2-0 with both goals from Sipho Dlamini.\n\nDlamini, 31, scored first.\n\nThe "
           "26-year-old gunman was arrested.", published="2025-03-22",
           note="a noun no description of a named person is made of: someone new"),
    flags("Odile Ferrand, a weaver and later a mayor of the valley, died Sunday at 70.\n\nBorn June 3, 1941, "
          "Ferrand ran the mill for decades.", published="2024-11-20",
          note="a name that is the subject of 'died', and a bare 'at 70' ending the death's clause: 83 that Sunday"),
    passes("Odile Ferrand, a weaver and later a mayor of the valley, died Sunday at 83.\n\nBorn June 3, 1941, "
           "Ferrand ran the mill for decades.", published="2024-11-20", note="83 fits"),
    flags("A boatbuilder who worked the same slipway for fifty years has died aged 80.\n\nTomas Rebane died at "
          "home on 2 March.\n\nHe was born on 9 May 1932 in Parnu.", published="2025-03-14",
          note="a lede's description that tells a death with its age is the person named next"),
    flags("Pasang Nima Sherpa, 41, led the rescue.\n\nPasang Nima Sherpa, 47, said the ropes held.",
          published="2025-05-30", note="one name with one middle name: one person"),
    passes("Pasang Nima Sherpa, 41, led the rescue.\n\nPasang Lhakpa Sherpa, 33, said the ropes held.",
           published="2025-05-30", note="two middle names with no word in common: two people"),
    flags("Lim Boon Keat, 45, was fined on Friday.\n\nHis lawyer said Lim, 41, had repaid the money.",
          published="2025-01-10", note="a family name written first, inside a sentence before an apposed age"),
    flags("Voters chose Ines Moreau for mayor on Sunday.\n\nThe 41-year-old former nurse ran on housing.\n\n"
          "Moreau, 47, starts in May.", published="2026-10-20",
          note="info: 'the 41-year-old former nurse' in the sentence after the one naming her"),
    passes("Voters chose Ines Moreau for mayor on Sunday.\n\nTurnout was low.\n\nThe 41-year-old former "
           "nurse ran on housing.\n\nMoreau, 47, starts in May.", published="2026-10-20",
           note="two sentences on: beyond NEAR_SENTENCES, anyone's"),
    flags("Ms Park Ji-won, 44, takes over from her father, Mr Park Sung-ho.\n\nBorn in 1973, Ms Park studied "
          "in Seoul.", published="2025-04-02",
          note="info: 'Ms Park' is the one of two Parks an honorific does not show to be a man"),
    passes("Mr Tan Wei Ming, 61, succeeds his father, Mr Tan Boon Seng.\n\nBorn in 1970, Mr Tan "
           "studied in Glasgow.", published="2025-06-17", note="two men share the name: 'Mr Tan' is neither"),
    flags("We mourn our colleague Ivo Marek, who was killed on Monday.\n\nIvo, aged 33, ran the clinic.\n\n"
          "Ivo was born in 1980 in Brno.", published="2025-03-12",
          note="a name after a relation noun is a person's; a given name alone with an apposed age is theirs"),
    passes("We mourn our colleague Ivo Marek, who was killed on Monday.\n\nIvo, aged 44, ran the clinic.\n\n"
           "Ivo was born in 1980 in Brno.", published="2025-03-12", note="44 or 45 in March 2025"),
    flags("TROMSO, 9 March 2025 — At 58, Aud Holm, born in 1950, was the oldest skier in Sunday's relay.",
          published="2025-03-09",
          note="a fronted age held at its sentence's one date, read from publication after a dateline"),
    passes("TROMSO, 9 March 2025 — At 74, Aud Holm, born in 1950, was the oldest skier in Sunday's relay.",
           published="2025-03-09", note="74 or 75 in March 2025"),
    passes("At 58, Aud Holm, born in 1950, won the relay, she said on Sunday.", published="2025-03-09",
           note="a time of a sentence that tells a speech may date the saying"),
    flags("Aud Holm, born in 1950, won the Holmenkollen relay in 1979.\n\nShe was 21 when she won it, and "
          "she later coached juniors.", published="2025-03-09",
          note="info: an undated 'when she won' read as the one dated win told of her before"),
    passes("Aud Holm, born in 1950, won the Holmenkollen relay in 1979.\n\nShe was 29 when she won it, and "
           "she later coached juniors.", published="2025-03-09", note="28 or 29 in 1979"),
    passes("Aud Holm, born in 1950, won the relay in 1979. She won the sprint in 1984.\n\nShe was 21 when she won "
           "it.", published="2025-03-09", note="two dated wins: which one is not told"),
    flags("Harbour Mayor Elin Strand, 52, asked for money.\n\nCouncillor Per Holm said the fund was empty.\n\nThe "
          "47-year-old mayor said the town would borrow.", published="2024-10-09",
          note="warning: 'the 47-year-old mayor' is the one holder of the office (claims.coreference role)"),
    passes("Mayor Elin Strand, 52, met Mayor Ola Berg.\n\nThe 47-year-old mayor said the town would borrow.",
           published="2024-10-09", note="two holders of the office: either may be meant"),
    flags("Hanna Ode, who was born in 2001, runs a bakery.\n\nNow 28, Ms Ode employs fourteen people.",
          published="2026-02-12", note="'Now 28,' before an honorific and the name"),
    passes("Hanna Ode, who was born in 2001, runs a bakery.\n\nNow 24, Ms Ode employs fourteen people.",
           published="2026-02-12", note="born in 2001, 24 in February 2026 fits"),
    flags("Dr Mere Tane, who was born in 1971 in Napier, studies faults.\n\n\"Children forget,\" she said.\n\nThe "
          "agency will publish guidance.\n\nMany schools skip drills.\n\nThe 49-year-old seismologist said a drill "
          "cost one morning.", published="2025-11-03",
          note="a practitioner of a science, by the noun's ending (lexicon ages.described_suffixes), is the one aged person"),
    passes("Dr Mere Tane, who was born in 1971 in Napier, studies faults.\n\n\"Children forget,\" she said.\n\nThe "
           "agency will publish guidance.\n\nMany schools skip drills.\n\nThe 49-year-old gunman said a drill "
           "cost one morning.", published="2025-11-03", note="a noun of no list may be someone new"),
)

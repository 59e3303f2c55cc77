"""name.title-conflict: one person given two titles that cannot both be theirs."""

from __future__ import annotations

from dataclasses import replace

from checker.findings import Finding, Related, Severity
from checker.rules import rule
from checker.rules.examples import flags, passes
from checker.rules.wording import mention_link_words
from claims.language import analyse
from claims.lexicon import load
from claims.model import ClaimSet
from claims.names import MODIFIERS, match_phrase_set
from claims.titles import COMBINED_ROLES, GRADES_ABOVE

MESSAGE = "{name} is “{this}” here but “{other}” elsewhere: {why}"
RELATED = "“{other}” here"

#: modifiers that make a title something other than the office held now
_NOT_NOW = frozenset({"former", "then", "acting", "deputy", "change"})
_HEADS = ("state", "government", "monarch")
#: title kinds that can conflict (see ``conflict``)
CONFLICTING_KINDS = ("minister", "rank", *_HEADS)
_HEAD_WORDS = {"state": "head of state", "government": "head of government", "monarch": "monarch"}


def conflict(a: dict, b: dict) -> str | None:
    """Why two titles (claim ``title`` attrs) cannot belong to one person at once, or None."""
    ka, kb = a["kind"], b["kind"]
    ca, cb = a.get("country"), b.get("country")
    if a.get("chamber") and b.get("chamber") and a["chamber"] != b["chamber"]:
        return f"the {_country(a['chamber'])} and the {_country(b['chamber'])} are two chambers of a legislature, and a member sits in one"
    two_countries = ca and cb and ca != cb
    if ka == kb == "minister":
        pa, pb = set(a.get("portfolio") or ()), set(b.get("portfolio") or ())
        if pa and pb and not pa & pb:
            return f"{_join(pa)} and {_join(pb)} are different ministries"
        if two_countries:
            return f"a {_office(a)} of {_country(ca)} and of {_country(cb)}"
        return None
    if ka in _HEADS and kb in _HEADS:
        if ka != kb:
            return f"{_office(a)} and {_office(b)} are two offices ({_HEAD_WORDS[ka]}, {_HEAD_WORDS[kb]})"
        if two_countries:
            return f"{_office(a)} of {_country(ca)} and of {_country(cb)}"
        return None
    if why := scope_conflict(a, b):
        return why
    for role_set, ra, rb in _shared_sets(a, b):
        if ra != rb and (role_set in _ANY_BODY_SETS or not _two_organizations(a, b)) and _body_fits(role_set, a, b):
            return f"{ra} and {rb} are two different roles ({role_set})"
    if ka == kb == "rank":
        ra, rb = a.get("rank"), b.get("rank")
        if ra and rb and ra != rb:
            return f"{ra} and {rb} are different ranks"
        ga, gb = set(a.get("grade") or ()), set(b.get("grade") or ())
        if ra and ra == rb and ga and gb and ga != gb:
            return f"“{a['text']}” and “{b['text']}” are two grades of the {ra}, so two ranks"
    return None


def rank_doubt(a: dict, b: dict) -> str | None:
    """Why two ranks of one family, one written with a grade that names a rank above the
    family's bare name and one without it ("Chief Supt." / "Supt.", "Staff Sgt." / "Sgt.":
    claims.titles ``grade``, lexicons/people.json ``rank_grades`` above), may still be two
    ranks: the shorter may be the longer written short, or the lower rank. A reading (info),
    never a conflict. None when the grades are equal, both written and different
    (``conflict``), or only a grade below the bare name is left out ("Lt. Col." / "Col.": its
    holder is addressed by the bare name)."""
    if a["kind"] != "rank" or b["kind"] != "rank" or a.get("rank") != b.get("rank"):
        return None
    ga, gb = set(a.get("grade") or ()), set(b.get("grade") or ())
    if ga == gb or (ga and gb and not (ga < gb or gb < ga)):
        return None
    short, full = (a, b) if len(ga) < len(gb) else (b, a)
    if not (ga ^ gb) & GRADES_ABOVE:
        return None
    return (f"“{short['text']}” may be “{full['text']}” written short, or a lower rank of the {a['rank']}: "
            "if both are told of now, one may be a slip")


#: words that make a post the opposition's counterpart of the government's (lexicons/people.json
#: ``opposition_words``: "Shadow Health Secretary")
_OPPOSITION = frozenset(load("people")["opposition_words"])


def _opposition(t: dict) -> bool:
    return bool(_OPPOSITION.intersection((t.get("text") or "").casefold().replace("-", " ").split()))


def side_conflict(a: dict, b: dict) -> str | None:
    """Why one ministry told once as the opposition's ("Shadow Health Secretary") and once as
    the government's ("Health Secretary") is two posts: the government's minister and the
    opposition's spokesman on the same portfolio are two people. None when both or neither
    is the opposition's, either is no minister, or their portfolios share no family."""
    if a["kind"] != "minister" or b["kind"] != "minister" or _opposition(a) == _opposition(b):
        return None
    if not set(a.get("portfolio") or ()) & set(b.get("portfolio") or ()):
        return None
    shadow, held = (a, b) if _opposition(a) else (b, a)
    return f"“{shadow['text']}” is the opposition's post and “{held['text']}” the government's, and one person holds one"


def scope_conflict(a: dict, b: dict) -> str | None:
    """Why one office written with two scopes ("country director" and "regional director",
    claims.titles ``scope``: lexicons/people.json ``title_scopes``) is two posts: one person
    holds an organization's post at one level. None when either title leaves its scope unsaid
    ("director" is either's short form), the offices or steps differ, or each names its own
    organization."""
    sa, sb = a.get("scope"), b.get("scope")
    if not (sa and sb) or sa == sb or _office_key(a) != _office_key(b) or a.get("steps", 0) != b.get("steps", 0) \
            or _two_organizations(a, b):
        return None
    return f"“{sa} {a['office']}” and “{sb} {b['office']}” are posts at two levels of one organization, and one person holds one"


#: how many letters at their start two words of written portfolios must share to be one word
#: ("econo-my" / "econo-mic": one word; "finance" / "fiscal" share two: two words)
_SAME_STEM_LETTERS = 5


def portfolio_doubt(a: dict, b: dict) -> str | None:
    """Why two minister titles of one family of portfolios (lexicons/people.json
    ``portfolios``) may still be two ministries: no word of one portfolio as written is a
    word of the other ("Finance Minister" / "Economy Minister", "Trade Commissioner" /
    "Competition Commissioner"). Many governments join the two in one ministry and some keep
    them apart, so it is a reading (info), never a conflict. None when they share a word or
    either is written without its portfolio."""
    if a["kind"] != "minister" or b["kind"] != "minister":
        return None
    wa, wb = a.get("portfolio_words") or (), b.get("portfolio_words") or ()
    stems = [{w[:_SAME_STEM_LETTERS] for p in ws for w in p.split() if w not in ("and", "&")} for ws in (wa, wb)]
    if not wa or not wb or stems[0] & stems[1]:
        return None
    return (f"“{' and '.join(wa)}” and “{' and '.join(wb)}” are portfolios of one family that some governments "
            "join in one ministry and others keep apart: two ministries, or one named two ways")


def deputy_doubt(a: dict, b: dict) -> str | None:
    """Why two minister titles told of one person, one or both a deputy's ("Deputy Finance
    Minister" / "Health Minister", "Shadow Health Minister" / "Shadow Justice Minister"), may
    still be a slip: their portfolios are two ministries (``conflict`` with the deputy words
    read as the office), and a deputy minister seldom holds a second post. A deputy may, so it
    is a reading (info), never a conflict. None when neither is a deputy's, either is past,
    acting or future, or the portfolios are not two ministries."""
    ma, mb = set(a.get("modifiers") or ()), set(b.get("modifiers") or ())
    if "deputy" not in ma | mb or (ma | mb) & _NOT_HELD_NOW or a["kind"] != "minister" or b["kind"] != "minister":
        return None
    why = conflict(a, b)
    return None if why is None else (f"{why}; one is a deputy's post, and a deputy seldom holds a second one: "
                                     "if both are told of one person now, one may be a slip")


#: lexicons/people.json ``modifiers`` of the kind former (claims.names.MODIFIERS), as a prefix
#: glued to the next word
_FORMER_PREFIXES = tuple(f"{w}-" for w, kind in MODIFIERS.items() if kind == "former" and " " not in w)


#: modifiers of the kind former that tell a death, not a post left (lexicons/people.json
#: ``death_modifiers``: "the late Senator Ruiz" is named by her last post as a matter of style)
_DEATH_MODIFIERS = frozenset(load("people")["death_modifiers"])


def _glued_former(text: str, t: dict) -> bool:
    """Whether the word right before a title opens with a modifier of the kind former glued to
    it, as to an organization's name ("ex-Guinness chairman"): the post is one left."""
    before = text[:t["start"]].rstrip().rsplit(None, 1)
    return bool(before) and before[-1].casefold().startswith(_FORMER_PREFIXES)


def former_doubt(mentions: list, quoted: list[tuple[int, int]], text: str) -> tuple | None:
    """(earlier, later, why) for the first two mentions of one person given one office, once as
    left ("former", "ex-": a modifier of the kind former) and once as held now, with no word of
    time or step ("Former Finance Minister Ana Ruiz" ... "Finance Minister Ruiz said"), when no
    mention tells a change of office and neither stands inside a quotation (a speaker may call a
    person by an old title). A reading, never a conflict: the held title may be told of a past
    time, or one of the two is stale. Not a death ("the late Senator Ruiz": lexicons/people.json
    ``death_modifiers``), whose last post names the person by style."""
    if any(m.attrs.get("changed") for m in mentions):
        return None
    former: dict[tuple, object] = {}
    held: dict[tuple, object] = {}
    for m in mentions:
        t = m.attrs.get("title")
        if not t or any(a <= m.start < b for a, b in quoted) \
                or _DEATH_MODIFIERS.intersection((t.get("text") or "").casefold().split()):
            continue
        mods = set(t.get("modifiers") or ()) | ({"former"} if _glued_former(text, t) else set())
        side = former if mods == {"former"} else held if not mods else None
        if side is None:
            continue
        key = _office_key(t)
        side.setdefault(key, m)
        other = (held if side is former else former).get(key)
        if other is not None and not _two_organizations(other.attrs["title"], t):
            return (other, m, "one office is told as left and as held, and the article tells no change of it: "
                              "if both are told of now, one is stale")
    return None


def combined_role(t: dict) -> str | None:
    """The office of lexicons/people.json ``combined_roles`` a title names ("Group chief
    executive officer": chief executive), or None."""
    return COMBINED_ROLES.get(tuple((t.get("office") or "").casefold().split()))


def combined_doubt(mentions: list) -> tuple | None:
    """(earlier, later, why) for the first two mentions of one person given two offices that one
    person often holds together ("Chairman Ana Ruiz" ... "chief executive Ana Ruiz") when the
    article never tells them together ("chairman and chief executive", "who is also chairman":
    the person claim's ``joint_offices``), each a post held now or being handed on ("the
    outgoing chief executive", "the new chairman") of one organization. A reading,
    never a conflict: one office may be named for the other, or be the other's successor's."""
    joint = {r for m in mentions for r in m.attrs.get("joint_offices") or ()}
    titled = [(m, combined_role(m.attrs["title"])) for m in mentions
              if m.attrs.get("title") and set(m.attrs["title"].get("modifiers") or ()) <= {"change"}]
    # a mention's second office (``offices_told``) is told with its first: one per mention
    titled = [(m, r) for m, r in titled if r and not m.attrs.get("second_office")]
    # the first mention of each office, of each office with no organization of its own named
    # (none, or a generic one: _two_organizations), and of each office and organization: the
    # earliest mention a later one pairs with is among them (linear in the mentions, not pairs)
    first: dict[str, int] = {}
    loose: dict[str, int] = {}
    of_org: dict[tuple[str, str], int] = {}
    for j, (later, rl) in enumerate(titled):
        org = _org(later.attrs["title"])
        found = [first[r] if not org else min(loose.get(r, j), of_org.get((r, org), j)) for r in first if r != rl]
        k = min(found, default=j)
        if k < j:
            earlier, re_ = titled[k]
            if {re_, rl} <= joint or "also" in joint and {re_, rl} & joint:
                return None
            return (earlier, later, f"{re_} and {rl} are offices one person may hold together, but the article "
                                    "never says this person holds both (one named for the other, or a successor's)")
        first.setdefault(rl, j)
        if org:
            of_org.setdefault((rl, org), j)
        else:
            loose.setdefault(rl, j)
    return None


#: wording (lowercase words) -> post, of lexicons/people.json ``single_posts``
SINGLE_POSTS = {tuple(w.split()): post for post, words in load("people")["single_posts"].items() for w in words}
#: the most words a wording of a post has (the longest last words of a title looked up)
_POST_WORDS = max(len(w) for w in SINGLE_POSTS)


def single_post(t: dict) -> str | None:
    """The post of lexicons/people.json ``single_posts`` a title names, read from the last
    words of the title as written ("club chairman": chairman, "Athletic Director": athletic
    director), else from its office; None when it names none."""
    words = tuple((t.get("text") or "").casefold().replace("’", "'").split())
    for n in range(min(_POST_WORDS, len(words)), 0, -1):
        if words[-n:] in SINGLE_POSTS:
            return SINGLE_POSTS[words[-n:]]
    return SINGLE_POSTS.get(tuple((t.get("office") or "").casefold().split()))


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
#: lexicons/people.json ``added_posts``, as word tuples
_ADDED_POSTS = frozenset(tuple(w.split()) for w in load("people")["added_posts"])


def _told_together(mentions: list, text: str) -> bool:
    """Whether a sentence naming the person, or the one right after it when a subject pronoun
    opens it, holds a word that adds a post (lexicons/people.json ``added_posts``: "who also
    serves as treasurer", "doubles as manager", "He has also been its manager")."""
    an = analyse(text)
    named = {an.sentence_at(m.start).index for m in mentions}
    # and the sentence right after one naming the person, when a pronoun opens it ("He has also
    # been its manager since 2019")
    sentences = {k: [w.lower for w in an.words_in(an.sentences[k].start, an.sentences[k].end)]
                 for j in named for k in (j, j + 1) if k < len(an.sentences)}
    for k, words in sentences.items():
        if k not in named and words[:1] and words[0] not in _SUBJECT_PRONOUNS:
            continue
        if any(match_phrase_set(_ADDED_POSTS, words, i, len(words)) for i in range(len(words))):
            return True
    return False


def posts_doubt(mentions: list, changed: bool = False, ignore_changes: bool = False,
                text: str = "") -> tuple | None:
    """(earlier, later, why) for the first two mentions of one person given two different
    posts that one person holds in a body one at a time (``single_post``: "club chairman" and
    "manager", "county commissioner" and "mayor", "state treasurer" and "state auditor"), each
    told as held now (not former, acting, deputy or future), not of two named organizations,
    when no mention tells a change of office and none tells two posts together ("chairman and
    chief executive": the person claim's ``joint_offices``; or a sentence naming the person
    holds a word of lexicons/people.json ``added_posts``: "who also serves as treasurer"). The weak link
    of the rule: the person is one (claims.coreference), but no set of exclusive roles says the
    two posts cannot be held together, so it is a reading, an info finding showing both."""
    if (changed and not ignore_changes) or any(m.attrs.get("joint_offices") for m in mentions):
        return None
    if text and _told_together(mentions, text):
        return None
    first: dict[str, object] = {}
    together = _posts_told_together(mentions)
    for later in mentions:
        t = later.attrs.get("title")
        if not t or _NOT_NOW & set(t.get("modifiers") or ()) or not (post := single_post(t)):
            continue
        for p, earlier in first.items():
            if p != post and frozenset((p, post)) not in together and not _two_organizations(earlier.attrs["title"], t):
                return (earlier, later, f"{p} and {post} are two posts, and the article never says this person "
                                        "holds both: if both are told of one person, one may be a slip")
        first.setdefault(post, later)
    return None


#: set of exclusive roles -> the kinds of body it holds in (lexicons/people.json
#: ``exclusive_roles_of_bodies``: a council's elected members and its appointed officers)
_BODY_SETS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in load("people")["exclusive_roles_of_bodies"].items()}


def _body_fits(role_set: str, a: dict, b: dict) -> bool:
    """Whether a set of exclusive roles holds for two titles: always, unless the set holds only
    in bodies of some kinds (``_BODY_SETS``), when one of the titles must name a body of one of
    them by its organization's last word ("the city's chief financial officer", "Hawkesbury
    City Council"): a councillor may run a company, but is no officer of the council."""
    kinds = _BODY_SETS.get(role_set)
    if kinds is None:
        return True
    return any((t.get("org") or "").casefold().replace("’", "'").removesuffix("'s").split()[-1:] and
               (t.get("org") or "").casefold().removesuffix("'s").split()[-1] in kinds for t in (a, b))


#: offices that are one person's whole-time job at one employer (lexicons/people.json ``one_employer_posts``)
_ONE_EMPLOYER = frozenset(load("people")["one_employer_posts"])


def employer_doubt(a: dict, b: dict) -> str | None:
    """Why one whole-time office (lexicons/people.json ``one_employer_posts``: chief executive,
    chief economist, general manager ...) told of one person at two named organizations
    ("chief economist at Westpac" / "the Commonwealth Bank's chief economist") may be a slip:
    one person holds such a job at one employer at a time. A reading (info), never a
    conflict: the two names may be one body, a parent and its unit, or a move left untold.
    None when the offices differ, either title names no organization, or the two
    organizations are one (``_two_organizations``)."""
    oa, ob = ((t.get("office") or "").casefold() for t in (a, b))
    if oa != ob or oa not in _ONE_EMPLOYER or not _two_organizations(a, b):
        return None
    return (f"a {oa} holds the post at one employer or of one place at a time, and “{a['org']}” and “{b['org']}” are two "
            "organizations: unless one is part of the other, one may be a slip")


#: sets of exclusive roles whose two roles conflict whatever organizations the titles name (a
#: party and a riding are no legislature: lexicons/people.json ``exclusive_in_any_body``)
_ANY_BODY_SETS = frozenset(load("people")["exclusive_in_any_body"])
#: posts of lexicons/people.json ``single_posts`` that several people hold in one body at once
#: (lexicons/people.json ``posts_held_by_many``: county commissioners, a court's judges)
_HELD_BY_MANY = frozenset(load("people")["posts_held_by_many"])
#: words that open a clause: a title holding one is no title (lexicons/people.json ``predicate_breaks``)
_RELATIVE_WORDS = frozenset(load("people")["predicate_breaks"])
TWO_HOLDERS = "{name} is “{this}” here, but {other_name} is “{other}” elsewhere: {why}"


def _one_holder_titles(mentions: list) -> list[tuple]:
    """(mention, title, post, organization words) for every title told of one person, the
    second title told beside a titled name included (a person claim's ``also_title``), that
    names a post one body has one holder of (``single_post``, not ``posts_held_by_many``),
    held now (no modifier, no step) and of an organization the title names."""
    out = []
    for m in mentions:
        for t in (m.attrs.get("title"), m.attrs.get("also_title")):
            if not t or t.get("modifiers") or t.get("steps") or not (post := single_post(t)) or post in _HELD_BY_MANY:
                continue
            if _RELATIVE_WORDS.intersection((t.get("text") or "").casefold().split()):
                continue  # "president of the company whose chairman": a clause, no title
            org = (t.get("org") or "").replace("’", "'").split()
            if org:
                out.append((m, t, post, org))
    return out


def _one_body(oa: list[str], ob: list[str]) -> bool:
    """Whether two titles' organizations (words as written) are one body: a kind noun in
    lower case ("the committee's chair": ``_GENERIC_ORGS``, the body spoken of) and a name
    ending in it ("the Commons finance committee"). Not two names, even the same one: a title
    may name its body cut short ("Budget Committee chairman" reads "Committee"), and an
    article may speak of several bodies of one kind; nor two kind nouns."""
    la, lb = [w.casefold() for w in oa], [w.casefold() for w in ob]
    kind_a = len(oa) == 1 and oa[0].islower() and la[0] in _GENERIC_ORGS
    kind_b = len(ob) == 1 and ob[0].islower() and lb[0] in _GENERIC_ORGS
    if kind_a and kind_b:
        return False
    if kind_a or kind_b:
        noun, name = (la, lb) if kind_a else (lb, la)
        return len(name) > 1 and name[-1] == noun[0]
    return False


def _one_post_two_people(by_person: dict[str, list]):
    """Info findings for one post of one body told of two people ("Ana Ruiz, who chairs the
    finance committee" ... "The committee's chair, Tom Lee"): one body has one holder of it at a
    time, so unless one succeeded the other (a change of office told of either: silent), one
    of the two is a slip. A reading, never a conflict: the article may speak of two bodies of
    one name, or of a past holder. The first pair found for each post of each body."""
    holders: dict[str, list] = {}
    seen: set[tuple] = set()
    for ent, mentions in by_person.items():
        if any(m.attrs.get("changed") for m in mentions):
            continue
        for m, t, post, org in _one_holder_titles(mentions):
            for other_ent, om, ot, oorg in holders.get(post, ()):
                if other_ent == ent or not _one_body(org, oorg) or (post, other_ent, ent) in seen:
                    continue
                seen.add((post, other_ent, ent))
                earlier, te, later, tl = (om, ot, m, t) if om.start < m.start else (m, t, om, ot)
                names = {e: next((c.text for c in by_person[e] if c.attrs.get("full")), by_person[e][0].text)
                         for e in (ent, other_ent)}
                yield Finding(TWO_HOLDERS.format(name=names[later.attrs["entity"]], this=tl["text"],
                                                 other_name=names[earlier.attrs["entity"]], other=te["text"],
                                                 why=f"one body has one {post} at a time, and the article tells "
                                                     "no change of it: unless one succeeded the other, one is a slip"),
                              min(tl["start"], later.start), max(tl["end"], later.end), severity=Severity.INFO,
                              related=[Related(min(te["start"], earlier.start), max(te["end"], earlier.end),
                                               RELATED.format(other=te["text"]))],
                              evidence=[f"“{te['text']}” is told of {names[earlier.attrs['entity']]} and “{tl['text']}” "
                                        f"of {names[later.attrs['entity']]}: one post of one body"])
            holders.setdefault(post, []).append((ent, m, t, org))


def _across_change(pair: tuple | None, changes: list, text: str) -> tuple | None:
    """The pair that only a change of office told of the person keeps apart ("fired head coach
    Ana Ruiz" ... "assistant coach Ana Ruiz"; "chairman Ana Ruiz, who will step down" ...
    "manager Ana Ruiz"), as a reading: the change may be what separates the two titles, or one
    of them may be a slip. None when a change is told on the later title's own mention, or in a
    sentence (claims.language) that names the later title as written, outside the changed
    mention's own title: that is the arrival in it ("who was named manager in May")."""
    if pair is None:
        return None
    earlier, later, why = pair
    office = later.attrs["title"].get("text") or ""
    office = tuple(w.lower for w in analyse(office).words_in(0, len(office)))
    an = analyse(text)
    for m in changes:
        if m is later:
            return None
        s = an.sentence_at(m.start)
        own = m.attrs.get("title") or {}
        # the sentence's words but the changed mention's own title ("Head coach Ana Ruiz was
        # fired"), read as words: "coach" is not named by "the coaching staff"
        words = [w.lower for w in an.words_in(s.start, s.end) if not (own and own["start"] <= w.start < own["end"])]
        if office and any(tuple(words[i:i + len(office)]) == office for i in range(len(words))):
            return None
    return (earlier, later, f"the article tells a change of this person's office, but if none came between "
                            f"these two mentions: {why}")


#: words of arriving in an office (lexicons/people.json ``arrival_words``), one word each
_ARRIVAL_WORDS = frozenset(w for w in load("people")["arrival_words"] if " " not in w)


def arrival_told(pair: tuple, text: str) -> str | None:
    """The office of one of the pair's titles that a sentence of the article tells someone
    arrived in, naming the office's head word, singular or plural, with a word of
    lexicons/people.json ``arrival_words`` ("Three district judges were appointed on Monday"), or
    None. The person given that title may be the one who arrived, and their other title the
    post they left: a reading, not a conflict."""
    an = analyse(text)
    heads = {}
    for m in pair[:2]:
        head = (m.attrs["title"].get("office") or "").split()[-1:]
        if head:
            heads.update({head[0]: head[0], head[0] + "s": head[0], head[0] + "es": head[0]})
    for s in an.sentences:
        words = [w.lower for w in an.words_in(s.start, s.end)]
        if _ARRIVAL_WORDS.isdisjoint(words):
            continue
        for w in words:
            if w in heads:
                return heads[w]
    return None


def _roles(t: dict) -> list[tuple[str, str]]:
    """Every (set, role) a title names (claims documents written before ``roles`` give one)."""
    if t.get("roles") is not None:
        return [tuple(r) for r in t["roles"]]
    return [(t["role_set"], t.get("role"))] if t.get("role_set") else []


def _shared_sets(a: dict, b: dict) -> list[tuple[str, str, str]]:
    """(set, role of a, role of b) for every set of exclusive roles both titles name a role of
    ("prosecutor" and "judge" share "court": counsel and judge). A title naming two roles of
    one set ("president and chief executive") names either: a role of the other title among
    them gives that role on both sides."""
    rb: dict[str, list[str]] = {}
    for s, r in _roles(b):
        rb.setdefault(s, []).append(r)
    out = []
    for s, r in _roles(a):
        if s in rb and not any(x[0] == s for x in out):
            ra_all = [x for t, x in _roles(a) if t == s]
            same = next((x for x in ra_all if x in rb[s]), None)
            out.append((s, same, same) if same else (s, r, rb[s][0]))
    return out


#: modifiers that make a title something other than a post held now (a deputy's post is one)
_NOT_HELD_NOW = _NOT_NOW - {"deputy"}


def step_conflict(a: dict, b: dict) -> str | None:
    """Why two titles are one office at two steps ("Deputy Mayor" and "Mayor", "assistant
    coach" and "head coach", "vice-chancellor" and "deputy vice-chancellor"): the deputy and
    the holder are two people at once. None when the offices differ or each names its own
    organization."""
    if _two_organizations(a, b):
        return None
    if a.get("steps", 0) == b.get("steps", 0):
        return _step_posts_conflict(a, b)
    low, high = sorted((a, b), key=lambda t: t.get("steps", 0))
    if _office_key(a) != _office_key(b) and not _deputy_of_role(high, low):
        return None
    return f"“{high['text']}” is a post below “{low['text']}”, and one person does not hold both"


#: step word -> the post it names below an office (lexicons/people.json ``deputy_step_posts``)
_STEP_POSTS: dict[str, str] = load("people")["deputy_step_posts"]


def _step_posts(t: dict) -> set[str]:
    """The posts below an office that a title's step words name as written ("Assistant
    Commissioner": assistant; "Deputy Commissioner" and "Vice Commissioner": deputy)."""
    return {_STEP_POSTS[w] for w in (t.get("text") or "").casefold().replace("-", " ").split() if w in _STEP_POSTS}


def _step_posts_conflict(a: dict, b: dict) -> str | None:
    """Why one office at one step below it, written with step words of two posts ("Deputy
    Commissioner" and "Assistant Commissioner"), is two posts: each is held by its own person.
    None when the offices differ or either title names no step word or both of them."""
    if not a.get("steps") or _office_key(a) != _office_key(b):
        return None
    pa, pb = _step_posts(a), _step_posts(b)
    if len(pa) != 1 or len(pb) != 1 or pa == pb:
        return None
    return f"“{a['text']}” and “{b['text']}” are two posts below one office, and one person holds one"


def _deputy_of_role(deputy: dict, holder: dict) -> bool:
    """A deputy of a bare office against a role that names that office with its service
    ("Deputy Chief" and "Police Chief" or "Fire Chief"): the deputy's title leaves the
    service unsaid, and one person is not both deputy and holder of a chief's post."""
    role = holder.get("role")
    return (bool(role) and not deputy.get("role") and not deputy.get("portfolio")
            and role.split()[-1] == deputy["office"] and role != deputy["office"])


def _office_key(t: dict) -> tuple:
    """What office a title names, whatever its step: the role of a set of roles ("head coach"
    and "assistant coach" are both the coach), else the office with its portfolios."""
    return (t.get("role") or t["office"], tuple(sorted(t.get("portfolio") or ())))


def held_title(mention) -> dict | None:
    """The title of a person claim when it names a post held now, a deputy's included (not
    former, acting or future), else None."""
    t = mention.attrs.get("title")
    return t if t and not _NOT_HELD_NOW & set(t.get("modifiers") or ()) else None


def standing_title(mention) -> dict | None:
    """The title of a person claim when it can conflict with another and is the office held
    now (not former, acting, deputy or future), else None."""
    t = mention.attrs.get("title")
    if t and (t.get("kind") in CONFLICTING_KINDS or _roles(t) or t.get("chamber") or t.get("scope")) and not _NOT_NOW & set(t.get("modifiers") or ()):
        return t
    return None


def _after_arrival(earlier, later, changes: list) -> bool:
    """Whether ``later`` tells, with no change of its own, a title after the one change of
    office the story tells of the person, an arrival in the office of ``earlier``'s title
    ("Head teacher Ana Ruiz, who took over in May" ... "Ruiz, who has been deputy head since
    2022"): the office arrived in is the one held now, and a later title must fit it."""
    return changes == [earlier] and earlier.attrs.get("arrived") and not later.attrs.get("changed") \
        and later.start > earlier.start


def _two_organizations(a: dict, b: dict) -> bool:
    """Both titles name their organization, and not the same one ("captain of Rovers",
    "coach of United"): two posts that one person may hold. A name whose words are all words
    of the other's is the other's short form ("Board" after "Howick Local Board"): one."""
    oa, ob = _org(a), _org(b)
    if not (oa and ob) or oa == ob:
        return False
    wa, wb = set(oa.split()), set(ob.split())
    return not (wa <= wb or wb <= wa)


def _org(t: dict) -> str:
    """The organization a title names as its own, case-folded; "" for none or a generic word
    (_GENERIC_ORGS: "the company", "the club")."""
    org = (t.get("org") or "").casefold().removeprefix("the ")  # "treasurer of the union": the union
    return "" if org in _GENERIC_ORGS else org


#: organization words that name the organization already spoken of, not another one, or only a
#: level of government ("the city's mayor", "the state governor": the roles' own levels)
_GENERIC_ORGS = frozenset({"company", "firm", "group", "club", "team", "court", "party", "bank", "agency",
                           "city", "town", "state", "county", "province", "region", "union", "council",
                           "committee", "association", "board", "federation", "municipality"})


def _written(t: dict, mention) -> str:
    """A title with the mention it was written with ("Sheriff Dale Okafor"); a description
    linked to the person is its own words ("A county commissioner"); a title a speaker gives
    themselves is said in their quoted words."""
    if mention.kind == "quote":
        return f"{t['text']}, in the words of {mention.attrs.get('speaker') or 'the speaker'}"
    return mention.text if mention.kind == "mention" else f"{t['text']} {mention.text}"


def _join(families: set[str]) -> str:
    return " / ".join(sorted(families))


def _office(t: dict) -> str:
    return {"prime minister": "prime minister", "premier": "premier"}.get(t["office"], t["office"])


def _country(c: str) -> str:
    return " ".join(w if w in ("of", "and") else w.capitalize() for w in c.split())


def _title_key(m) -> tuple:
    """What a pair's judgment reads of a mention's title: every field but where it stands."""
    return tuple(sorted((k, repr(v)) for k, v in m.attrs["title"].items() if k not in ("start", "end")))


def offices_told(mentions: list) -> list:
    """Every office told of a person, one mention each: a mention that carries two titles (a
    titled name's second title, claims.people ``also_title``: "the committee's deputy chair,
    Senator Ana Ruiz"; a list of offices, "Ana Ruiz, chairman and chief financial officer,")
    tells two offices, each judged against the person's others as a title of its own (the
    second as a copy of the mention holding only it). The two are told together, so held
    together: never judged against each other (nor, as posts, against another mention telling
    one of them: ``_posts_told_together``)."""
    out = []
    for m in mentions:
        out.append(m)
        if m.attrs.get("title") and (also := m.attrs.get("also_title")):
            out.append(replace(m, attrs={**m.attrs, "title": also, "also_title": None, "second_office": True}))
    return out


def _posts_told_together(mentions: list) -> set[frozenset]:
    """The pairs of posts (``single_post``) told together on one mention (``offices_told``):
    "the club's chairman and manager" tells the person holds both."""
    by_start: dict[int, set] = {}
    for m in mentions:
        if (t := m.attrs.get("title")) and (post := single_post(t)):
            by_start.setdefault(m.start, set()).add(post)
    return {frozenset((p, q)) for posts in by_start.values() for p in posts for q in posts if p != q}


@rule("name.title-conflict", Severity.WARNING, "One person given two incompatible titles")
def check(claims: ClaimSet):
    """
    What it checks
        The principle: every mention of a person that carries a title tells one office (a role
        of the title lexicon with its portfolio, step and organization), a mention with two
        titles tells two (``offices_told``: "the panel's vice-chair, Councillor Ana Ruiz";
        a list, "Ana Ruiz, chairman and chief financial officer of Acme", whose offices are
        told together and never judged against each other), and a person holds one office of
        each class of exclusive offices at a time (lexicon data, not wordings): one portfolio,
        one rank, one role of a set in one body (a council's elected members and its appointed
        officers, ``exclusive_roles_of_bodies``; a tribunal bench's judicial and technical
        members; a regulator's chair and whole-time members), one whole-time job at one
        employer (info, below). The titles written with each mention of one person (by full name, or by a surname
        that only one person in the article has). Two titles conflict when they are two
        different government portfolios ("Finance Minister Ana Ruiz" ... "Health Minister Ana
        Ruiz"; a minister of a country, state, region or province is one: "the province's
        health minister", "the federal finance minister"), a head of state and a head of government ("President" and "Prime Minister"),
        the same office in two countries ("French Finance Minister" / "Belgian Finance
        Minister"), two military ranks of different families (general / colonel, colonel /
        major; police ranks: inspector / sergeant; a full rank word such as "Major" counts
        before a surname alone once the article gave that person a rank with their full name) or two
        grades of one family each written ("Major General" / "Lieutenant General":
        claims.titles ``grade``, lexicons/people.json ``rank_grades``; a rank written with a grade
        above the bare name and once without it, "Chief Supt." / "Supt.", may be the rank
        written short or the lower one: an info finding, ``rank_doubt``; a grade below it left
        out, "Lt. Col." / "Col.", is how its holder is addressed), the opposition's post and the
        government's on one portfolio ("Shadow Health Secretary" / "Health Secretary":
        lexicons/people.json ``opposition_words``, ``side_conflict``),
        one office at two steps (the deputy and the holder: "Deputy Mayor" and "Mayor",
        "vice-chancellor" and "deputy vice-chancellor"), one office one step below written with
        the words of two posts ("Assistant Commissioner" and "Deputy Commissioner", "assistant
        professor" and "associate professor": lexicons/people.json ``deputy_step_posts``;
        "deputy" and "vice" are one post named two ways), one office at two scopes of one
        organization ("country director" and "regional director": claims.titles ``scope``,
        lexicons/people.json ``title_scopes``; a title that leaves its scope unsaid is either's
        short form), or two roles of one set of roles that
        one person does not hold at once in one body (lexicons/people.json
        ``exclusive_roles``: chief executive / chief financial officer, coach / captain,
        senator / representative, mayor / governor, vice-chancellor / registrar, a county's
        sheriff / a city's police chief, governor / lieutenant governor, bishop / archbishop;
        seats of two legislatures, "MP" / "Senator" / "MLA", whatever party or riding each names:
        ``exclusive_in_any_body``; a title may
        name roles in several sets, and conflicts when one set holds both titles with different
        roles: a judge / counsel / defendant in a court, a prosecutor / defence lawyer as the
        two sides, while "counsel" alone fits either side), or two offices of two chambers of a
        legislature ("House Speaker" / "Senate President": a member sits in one chamber;
        lexicons/people.json ``legislative_chambers``, Title ``chamber``). Two portfolios of one
        family written with no word in common ("Finance Minister" / "Economy Minister", "Trade
        Commissioner" / "Competition Commissioner": ``portfolio_doubt``) are one ministry in
        some governments and two in others: an info finding showing both. Portfolio words
        written together after "Minister of" are one portfolio as written ("Minister of Transport
        and Housing Development", "Minister of Housing Development"). A minister of a state or
        province named before the portfolio ("Kerala Finance Minister") is a minister of state;
        "vice-chancellor" is an office of its own, not a step below a chancellor; a court
        report's part in apposition ("Ferreira, defending,", ", for the prosecution,":
        lexicons/people.json ``apposed_roles``) is a title. A state written short ("NSW":
        places.json ``state_abbreviations``) or a jurisdiction named with its noun ("Ogun State",
        "Western Province": ``jurisdiction_nouns``, at most claims.titles.JURISDICTION_NAME_WORDS
        capitalized words before it) before a portfolio or a minister's head word is that state's
        government, and one office of two of them is two posts ("Kano State Health Commissioner"
        / "Kaduna State Health Commissioner"); a department's director ("director of nursing",
        "medical director") is a company officer of its own. A title may stand
        before the name, after it in apposition, or before it in apposition ("its chief
        executive, Ana Ruiz,", also before an honorific or an academic title that a person
        keeps in any post: "its dean, Professor Ana Ruiz,"; or a council member's, "deputy
        leader Cllr Ana Ruiz": lexicons/people.json ``member_titles``), or in the cell after a name
        opening a row of a table or a list ("| Ana Ruiz | Treasurer |", "Ana Ruiz — Minister of
        Health": claims.titles ``row_title``, the cell holding the title alone), or in a relative clause after the
        name that tells the office held now ("Ruiz, who has been chief executive since 2019,",
        "who has run the firm as chief executive": lexicons/people.json ``held_office``,
        within claims.titles.RELATIVE_TITLE_WORDS words of "who"; "who was" is left out, as
        that office may be over; or a verb of holding it, "who chairs the finance committee", "who
        represents the accused": lexicons/people.json ``office_verbs``), or right before an honorific or an academic title ("Chief
        medical officer Dr Ruiz", "Vice-chancellor Professor Ruiz"), or after "as" in a sentence that tells an arrival ("hired Ana Ruiz, a former
        adviser, as chief scientific officer"), or opening the sentence after "As" ("As chief
        executive, Ruiz has ..."), or in the predicate of a sentence the name opens, after a word
        of ``held_office`` ("Ruiz, 49, came to the firm in 2009 and now serves as its treasurer";
        right after the name or after "and", within claims.titles.PREDICATE_TITLE_WORDS
        words, no word of lexicons/people.json ``predicate_breaks`` before it: "Ruiz said Lee has
        been ..." is Lee's). Any "chief <function> officer" is a company officer ("chief
        commercial officer"); a majority and a minority leader or whip are two sides of a
        legislature (``exclusive_roles`` "legislative sides"), "Majority" being the office's word,
        not an organization's. When the one change of office told of the
        person is an arrival in the office of the title written with it ("Head teacher Ana
        Ruiz, who took over in May", "hired ... as": lexicons/people.json ``arrival_words``,
        with no other office named right after the arrival), that office is held now, and a
        later title told without a change must fit it. A title told of a description that
        claims.coreference links to the person (a mention claim's ``title``: a description
        opening a sentence that names no one, named in full by the next, "The state's attorney
        general sued ... Ruth Okonkwo filed the suits"; or a pronoun standing for the person
        with an office told with "as" opening its clause, "As its treasurer, she ...", or given
        by its predicate, "She is the board's treasurer", or the pronoun of what the person's
        speech verb reports, "... told them that as mayor she would ...", always a reading) is
        one of the person's titles too; info when the link is a reading (``probable``), or when
        either title is told inside a quotation (the speaker's wording, who may name a person
        loosely); and so is a title a speaker gives themselves in their quoted words ("I'm the
        club's treasurer", "As treasurer, I ...": a quote claim's ``title``, always info). A court
        report's part opening the
        sentence before the name ("Prosecuting, Ana Ruiz said", "Defending the accused, Ana Ruiz
        told the court": claims.titles.fronted_role) is a title as in apposition. Chairman and
        chief executive (lexicons/people.json ``combined_roles``) given to one person in two
        places and never told together ("chairman and chief executive", "who is also
        chairman": the person claim's ``joint_offices``) are an info finding showing both,
        whatever change is told: one may be named for the other, or be a successor's.

    Weak link (info)
        One whole-time office (lexicons/people.json ``one_employer_posts``: chief executive,
        chief economist, general manager ...) told of one person at two named organizations
        ("chief economist at Harbor Bank" / "the Northgate Bank's chief economist";
        ``employer_doubt``): the two names may be one body, a parent and its unit, or a move
        left untold, so an info finding showing both; not a board's chair or director, which
        one person holds at several bodies.
        Two posts that one person holds in a body one at a time (lexicons/people.json
        ``single_posts``: chairman, chief executive, manager or coach, mayor, county
        commissioner, treasurer, auditor, athletic director ...), read from the last words of
        each title as written, told of one person (one entity of claims.coreference: the full
        name, or a surname only they have) where no set of exclusive roles decides ("club
        chairman Tony Vell" ... "manager Tony Vell"; "Athletic Director Ana Ruiz" ... "Coach
        Ana Ruiz"): an info finding showing both, saying that for both to hold the person must
        hold the two posts at once, which the article never says. Not when any mention tells a
        change of office, tells two posts together ("chairman and chief executive", or a
        sentence naming the person with a word of lexicons/people.json ``added_posts``: "who
        also serves as treasurer", "doubles as manager"), a title is past, acting, deputy or future, or each title
        names its own organization and they differ; two wordings of one post ("coach",
        "manager") are one post.
        A pair of titles that only a change of office told of the person keeps apart (the
        rule's conflicts above, or two such posts: "Head coach Ana Ruiz was fired" ...
        "Assistant coach Ana Ruiz will lead"; "Health Minister Ana Ruiz, who succeeded Jo
        Lee" ... "Finance Minister Ana Ruiz"): an info finding saying that if no change came
        between the two mentions they conflict. Not when the change is told on the later
        title's own mention, or in a sentence that names the later title as written outside
        the changed mention's own title ("Chairman Ana Ruiz, who was named manager in May"
        ... "Manager Ana Ruiz": the arrival in it), nor for two ranks (a change of rank decides).
        A deputy's ministry (or a junior's, a shadow's: a modifier of the kind deputy) against
        another ministry told of one person ("Deputy Finance Minister Ana Ruiz" ... "Health
        Minister Ruiz"; ``deputy_doubt``): a deputy seldom holds a second post, but may, so an
        info finding showing both; not when the two are told together ("who is also deputy
        trade minister") or either is past, acting or future. One office told as left
        ("former", "ex-", or "ex-" glued to the organization's name: "ex-Acme chairman") and as
        held now with no word of time or step, when no change of office is told of the person
        ("Former Culture Minister Ana Ruiz" ... "Culture Minister Ruiz said"; ``former_doubt``):
        if both are told of now one is stale, an info finding; not inside a quotation (a
        speaker's wording), nor after a word of death ("the late Senator Ruiz":
        lexicons/people.json ``death_modifiers``).

        One post of one body told of two people held now ("Ana Ruiz, who chairs the finance
        committee" ... "The committee's chair, Tom Lee": lexicons/people.json ``single_posts``
        but ``posts_held_by_many``, the body named on one side and told by its kind noun on the
        other, "the committee's"; a titled name's second title, claims.people ``also_title``, counts):
        an info finding, as one may have succeeded the other; not when either person's mentions
        tell a change of office.

    Why it matters
        A wrong title misinforms readers about who holds power, and is the kind of error that
        ends in a correction notice. Usually one mention was copied from another story about
        someone else.

    Does not flag
        Titles marked as past, stand-in or future ("former", "ex-", "then-", "acting",
        "interim", "new", "-elect") as a warning (a past one against the same office held now
        is info, above); a deputy's title ("deputy", "vice", "assistant") against
        another office (a deputy minister may hold a second post: against another ministry,
        info, above), though against the same
        office without the step it is flagged ("Deputy Mayor" / "Mayor", "assistant coach" /
        "head coach": lexicons/people.json ``deputy_steps``; "first" and "second" are not
        steps); anyone whose mentions say they changed office ("was appointed Health Minister",
        "who became", "succeeded", "resigned" ...; "had been" or "who was" only right after the
        name: "Ruiz said the decision had been hard" tells no change of hers; a verb that changes
        its object's office right after the name tells none of the person's: "Judge Ruiz
        dismissed the appeal", lexicons/people.json ``object_change_words``; and not a later
        title after an arrival, above), except that two ranks are excused only by a
        change of rank ("was promoted", "demoted", "who was then a major":
        claims.titles.changed_rank), never by an appointment to a post ("appointed commander
        of the northern region" changes the post, not the rank);
        portfolios often combined or named interchangeably (Finance and Economy, Trade and
        Industry, Oil and Energy are one family each) as a warning: only as info, above, and not
        when the two share a word ("Finance Minister" / "Finance and Economy Minister"); one
        chamber's two offices ("House Speaker" / "House Majority Leader"); a portfolio together with a head of
        government (prime ministers often keep a ministry); titles of organizations
        ("Bundesbank President", "president of Acme Corp", "MINUSMA head"), which a person may
        hold several of; ranks of one family ("Lt. Col." shortened to "Col."); a surname shared
        by two people in the article; roles outside every set, or of two sets (chairman and
        chief executive, coach and spokesman); two roles of one set when each title names its
        own organization and they differ ("captain of Harriers", "coach of Rovers"). An
        organization named short is the one named in full when all its words are words of the
        other's ("Board" after "Howick Local Board"); two named ones are two.

    Known problems
        A conflict that an arrival told elsewhere in the article may explain is a reading, an
        info finding showing both (``arrival_told``): a sentence holding a word of
        lexicons/people.json ``arrival_words`` and the head word of one of the two offices,
        singular or plural ("Three district judges were appointed" ... "Ana Ruiz, a
        barrister," ... "Judge Ruiz"): the person may be the one who arrived, the other title
        the post they left. The rule cannot tell whether the arrival is theirs.
        A title told in a relative clause of an arrival ("who was appointed the council's
        general manager in 2023") is no title of the person, and an office told as one of a
        plural ("one of the bank's four deputy governors") neither: the binding reads neither
        shape. A list of more than two offices gives its first and its last.
    """
    by_person: dict[str, list] = {}
    # a person's mentions by name, and the descriptions linked to them (claims.coreference:
    # "A county commissioner who ... Ana Ruiz told ...")
    described = [c for c in claims.of_kind("mention") if c.attrs.get("title")]
    # and the titles speakers give themselves in their quoted words ("I'm the club's treasurer")
    described += [q for q in claims.of_kind("quote") if q.attrs.get("title")]
    for c in sorted(claims.of_kind("person") + described, key=lambda c: c.start):
        ent = c.attrs.get("entity")
        if ent:
            by_person.setdefault(ent, []).append(c)
    quoted = [(q.start, q.end) for q in claims.of_kind("quote")]
    for mentions in map(offices_told, by_person.values()):
        changes = [m for m in mentions if m.attrs.get("changed")]
        rank_changed = any(m.attrs.get("rank_changed") for m in mentions)
        titled = [m for m in mentions if held_title(m)]
        found = doubt = silenced = None  # silenced: the first pair only a change told keeps apart
        deputy = None  # the first pair of a deputy minister's post and another ministry (deputy_doubt)
        # With no change of office told, a pair's judgment reads only the two titles, so of the
        # mentions before ``later`` whose titles are alike only the first is judged against it:
        # the first conflict found is the one a scan of every pair finds, and a person named
        # with one title a thousand times costs a thousand looks, not half a million. With a
        # change told, where each mention stands counts (an arrival), so every one is judged.
        firsts: list = []
        seen: set[tuple] = set()
        for j, later in enumerate(titled):
            for earlier in (titled[:j] if changes else list(firsts)):
                if earlier.start == later.start:
                    continue  # two offices of one mention are told together (``offices_told``)
                te, tl = earlier.attrs["title"], later.attrs["title"]
                two_ranks = te["kind"] == tl["kind"] == "rank"
                if rank_changed if two_ranks else changes and not _after_arrival(earlier, later, changes):
                    if silenced is None and not two_ranks and (why := step_conflict(te, tl) or side_conflict(te, tl) or (
                            standing_title(earlier) and standing_title(later) and conflict(te, tl))):
                        silenced = (earlier, later, why)
                    continue
                standing = standing_title(earlier) and standing_title(later)
                why = step_conflict(te, tl) or side_conflict(te, tl) or (standing and conflict(te, tl))
                if why:
                    found = (earlier, later, why)
                    break
                if doubt is None and standing and (reading := portfolio_doubt(te, tl) or rank_doubt(te, tl)):
                    doubt = (earlier, later, reading)
                if doubt is None and not _NOT_NOW & set(te.get("modifiers") or ()) | set(tl.get("modifiers") or ()) \
                        and (reading := employer_doubt(te, tl)):
                    doubt = (earlier, later, reading)
                if deputy is None and not standing and (reading := deputy_doubt(te, tl)):
                    deputy = (earlier, later, reading)
            if found:
                break
            key = _title_key(later)
            if key not in seen:
                seen.add(key)
                firsts.append(later)
        if found and not changes and not (found[0].attrs["title"]["kind"] == found[1].attrs["title"]["kind"] == "rank") \
                and (office := arrival_told(found, claims.article.text)):
            # "Three district judges were appointed" ... "Ana Ruiz, a barrister," ...
            # "Judge Ruiz": the person may be the one who arrived, the other title the post left
            found, doubt = None, (found[0], found[1], f"the article tells an arrival in the office of {office}, and "
                                                      f"this person may be the one who arrived; if not: {found[2]}")
        if not (found or doubt) and deputy and not any(m.attrs.get("joint_offices") for m in mentions) \
                and not _told_together(mentions, claims.article.text):
            doubt = deputy
        if not (found or doubt):
            doubt = former_doubt(mentions, quoted, claims.article.text)
        if not (found or doubt):
            doubt = combined_doubt(mentions)
        if not (found or doubt):
            doubt = posts_doubt(mentions, changed=bool(changes), text=claims.article.text)
        if not (found or doubt) and changes:
            doubt = _across_change(silenced or posts_doubt(mentions, changed=True, ignore_changes=True,
                                                           text=claims.article.text), changes,
                                   claims.article.text)
        if not (found or doubt):
            continue
        earlier, later, why = found or doubt
        reading = next((m for m in (earlier, later) if m.kind == "mention" and m.attrs.get("probable")), None)
        # a title told inside a quotation is the speaker's wording, who may name a person loosely
        spoken = next((m for m in (earlier, later) if any(a <= m.start < b for a, b in quoted)), None)
        te, tl = earlier.attrs["title"], later.attrs["title"]
        name = next((m.text for m in mentions if m.attrs.get("full")), later.text)
        yield Finding(MESSAGE.format(name=name, this=tl["text"], other=te["text"], why=why),
                      min(tl["start"], later.start), max(tl["end"], later.end),
                      severity=None if found and reading is None and spoken is None else Severity.INFO,
                      related=[Related(min(te["start"], earlier.start), max(te["end"], earlier.end),
                                       RELATED.format(other=te["text"]))],
                      evidence=[f"“{_written(te, earlier)}” and “{_written(tl, later)}” name the same person",
                                "no mention says the person's rank changed (promoted, demoted)" if tl["kind"] == te["kind"] == "rank"
                                else "no mention says the person changed office, or that a title is former or acting",
                                *[f"“{m.text}” is linked to the person as {mention_link_words(m.attrs.get('via'))}"
                                  + (": a reading, so info" if m.attrs.get("probable") else "")
                                  for m in (earlier, later) if m.kind == "mention"],
                                *([f"“{spoken.text}” is named inside a quotation, in the speaker's words: a reading, so info"]
                                  if spoken is not None and found else [])])
    yield from _one_post_two_people(by_person)


EXAMPLES = (
    flags("Panel chair Ines Calder opened the hearing.\n\nThe panel's vice-chair, Councillor Ines Calder, closed "
          "it.", published="2026-05-04", note="every office a mention tells: the second title beside a titled name"),
    passes("Panel chair Ines Calder opened the hearing.\n\nThe panel's chair, Councillor Ines Calder, closed it.",
           published="2026-05-04", note="the same office told twice"),
    flags("Councillor Ravi Dunn opened the pool.\n\nDunn, the shire's general manager, said the budget held.",
          published="2026-05-04", note="a council's elected member is not its appointed officer"),
    passes("Councillor Ravi Dunn opened the pool.\n\nDunn, the general manager of Dunn Freight, said the trucks "
           "were ready.", published="2026-05-04", note="a councillor may run a company: the body is no council"),
    flags("Mia Stroud, chief economist at Harbor Bank, spoke first.\n\nStroud, the Northgate Bank's chief "
          "economist, said rates would hold.", published="2026-05-04",
          note="info: one whole-time job at two named employers"),
    passes("Mia Stroud, chief economist at Harbor Bank, spoke first.\n\nStroud, Harbor Bank's chief economist, "
           "said rates would hold.", published="2026-05-04", note="one employer"),
    flags("Judicial member Omar Fenn heard the plea.\n\nFenn, the tribunal's technical member, signed the order.",
          published="2026-05-04", note="a tribunal bench's judicial and technical members are two seats"),
    flags("Whole-time member Lea Brandt signed the order.\n\nChairperson Lea Brandt said fines would rise.",
          published="2026-05-04", note="a regulator's chair is not one of its whole-time members"),
    flags("Tomas Reyes, chairman and chief financial officer of Alvar Mills, spoke.\n\nChief executive Tomas "
          "Reyes said costs fell.", published="2026-05-04", note="each office of a list in apposition is told"),
    passes("Tomas Reyes, chief executive and chief financial officer of Alvar Mills, said costs fell.",
           published="2026-05-04", note="offices listed together are held together"),
    flags("Cash for credit\n\nIvo Laska | Co-founder and Chief Operating Officer, Brightpay\n\nIvo Laska, who has "
          "run the firm as chief executive since 2019, spoke.", published="2026-05-04",
          note="a byline's row: the offices in the cell after the name and its bar"),
    flags("The fund's signatories:\n\n| Fund | Signed by |\n|---|---|\n| Relief | Lea Brandt, Treasurer |\n\n"
          "Chairman Lea Brandt thanked the donors.", published="2026-05-04", format="markdown",
          note="info: an apposition ends at a table cell's bar"),
    flags("Provost Ana Ruiz opened the library.\n\nRuiz, the university's president, said fees would hold.",
          published="2026-05-04", note="a university's leadership: one office each"),
    passes("President Ana Ruiz of Acme opened the plant.\n\nRuiz, the provost, said the lab would grow.",
           published="2026-05-04", note="no title names a university: a company's president"),
    flags("Head coach Dan Moss praised the line.\n\nMoss, the team's defensive coordinator, said the pass rush "
          "improved.", published="2026-05-04", note="a team's staff: the head coach is not a coordinator"),
    flags("Nadia Kerr (chief operating officer) toured the mill.\n\nChief executive Nadia Kerr said orders "
          "rose.", published="2026-05-04", note="an office in brackets after the name"),
    passes("Nadia Kerr (D-Ohio) toured the mill.\n\nChief executive Nadia Kerr said orders rose.",
           published="2026-05-04", note="a bracket holding no office"),
    flags("Nadia Kerr, the mill's treasurer since 2021, spoke.\n\nChairwoman Nadia Kerr said orders rose.",
          published="2026-05-04", note="info: an apposed office held since a year is held now"),
    passes("Nadia Kerr, the mill's treasurer until 2021, spoke.\n\nChairwoman Nadia Kerr said orders rose.",
           published="2026-05-04", note="'until' a year: no office held now is told"),
    flags("Nadia Kerr, president and chief executive of Ostra Mills, spoke.\n\nChief operating officer Nadia "
          "Kerr said orders rose.", published="2026-05-04", note="one head naming two offices names each"),
    flags("Nadia Kerr, Ostra's chief executive and a former nurse, spoke.\n\nChief operating officer Nadia "
          "Kerr said orders rose.", published="2026-05-04",
          note="a list's last conjunct may tell what the person is, no office"),
    flags("Lena Vos, Harbor Rovers' captain, scored twice.\n\nRovers coach Lena Vos said the side played well.",
          published="2026-05-04", note="a plural name's possessive names the office's body"),
    passes("Lena Vos, Harbor Rovers' captain, scored twice.\n\nRovers captain Lena Vos said the side played well.",
           published="2026-05-04", note="the same office"),
    flags("Lena Vos is Harbor's deputy mayor. She cut the ribbon.\n\nMayor Lena Vos said the pier would open.",
          published="2026-05-04", note="an office the predicate gives the name, an owner's possessive opening it"),
    flags("Resources Minister Dan Orr opened the mine.\n\nOrr, the health minister, said the clinic would follow.",
          published="2026-05-04", note="'resources' is a portfolio (of the energy family)"),
    flags("NSW Health Minister Ana Kerr opened the clinic.\n\nTransport Minister Ana Kerr said the road would "
          "wait.", published="2025-03-03", note="a state's abbreviation before the portfolio: a minister of state"),
    passes("New South Wales Health Minister Ana Kerr opened the clinic.\n\nNSW Health Minister Ana Kerr said the "
           "road would wait.", published="2025-03-03", note="one state written in full and short"),
    flags("Kano State Health Commissioner Musa Bello toured the ward.\n\nKaduna State Health Commissioner Musa "
          "Bello said drugs had arrived.", published="2025-03-03", note="one office of two named states"),
    flags("Hospital chief executive Lena Moss said wards would reopen.\n\nThe hospital's director of nursing, "
          "Lena Moss, said staff were tired.", published="2025-03-03",
          note="a department's director is another company officer than the chief executive"),
    flags("Chief financial officer Daniel Osei spoke on Monday.\n\nOsei, who has been chief executive since "
          "2011, said no stores would close.", published="2015-02-03",
          note="a title told in a relative clause on the person"),
    passes("Chief financial officer Daniel Osei spoke on Monday.\n\nOsei, who was chief executive until "
           "2011, said no stores would close.", published="2015-02-03", note="a past office"),
    flags("The university's vice-chancellor, Professor Ines Carvalho, said jobs would go.\n\nCarvalho, its "
          "deputy vice-chancellor, said no courses would close.", published="2016-07-24",
          note="the office apposed before an academic title is the post"),
    flags("Finance Minister Ana Ruiz said taxes would rise. Health Minister Ana Ruiz added that "
          "clinics would close.", published="2024-04-21", note="two portfolios for one person"),
    flags("Transport Minister Jan Dekker opened the bridge on Monday.\n\nDekker, the province's health "
          "minister, said tolls would fall.", published="2024-04-21",
          note="a province's minister is a minister of state; a month name (Jan) as a given name"),
    flags("Lars Brekke, the federal finance minister, opened the ward.\n\nHealth Minister Brekke said costs "
          "were high.", published="2024-04-21", note="a level of government before the portfolio"),
    passes("Transport Minister Jan Dekker opened the bridge on Monday.\n\nDekker, the party's health "
           "spokesman, said tolls would fall.", published="2024-04-21",
           note="a party's post, not a government's"),
    passes("Finance Minister Ana Ruiz said taxes would rise. Former Health Minister Ana Ruiz "
           "added that clinics would close.", published="2024-04-21", note="a past title"),
    flags("Judge Anton Weil opened the hearing. Prosecutor Anton Weil asked for a delay.",
          published="2024-04-21", note="judge and prosecutor: two roles of one court"),
    passes("Judge Anton Weil opened the hearing. Former prosecutor Anton Weil asked for a delay.",
           published="2024-04-21", note="a past role"),
    flags("Veritek's chief executive, Ines Moro, said yes. Moro, the company's chief financial officer, "
          "said no.", published="2024-04-21", note="two company officers' roles, titles in apposition"),
    passes("Chairman and chief executive Ines Moro said yes. Chief executive Ines Moro said no.",
           published="2024-04-21", note="roles one person often holds together, told together"),
    passes("Dan Price, captain of Harriers, said yes. Dan Price, coach of Rovers, said no.",
           published="2024-04-21", note="each title names its own organization"),
    flags("Gen. Abel Mensah was appointed commander of the eastern region. Col. Abel Mensah said no.",
          published="2024-04-21", note="an appointment to a post changes the post, not the rank"),
    passes("Col. Abel Mensah was promoted to general in May. Gen. Abel Mensah said no.",
           published="2024-04-21", note="a promotion changes the rank"),
    passes("Gen. Abel Mensah, commander of the allied forces, said yes. Gen. Mensah said the advance went on.",
           published="2024-04-21", note="a rank word before 'of' and what it heads names a post, not a rank (lexicon post_ranks)"),
    flags("Capt. Abel Mensah led the patrol. Commander Mensah said the ships would sail.",
          published="2024-04-21", note="the same word before the name is the rank"),
    flags("Deputy Mayor Rosa Vint opened the fair. Mayor Vint said the town had paid for it.",
          published="2024-04-21", note="one office at two steps: the deputy and the holder"),
    flags("Vice-chancellor Omar Tesh welcomed the students. Deputy vice-chancellor Omar Tesh read the roll.",
          published="2024-04-21", note="one office at two steps: 'vice-chancellor' is an office of its own, 'deputy vice-chancellor' below it"),
    flags("Deputy Chief Omar Reyes wrote the review.\n\nPolice Chief Omar Reyes said the unit would grow.",
          published="2024-04-21", note="a deputy of the bare office against the chief of a named service"),
    passes("Deputy Chief Omar Reyes wrote the review.\n\nPolice Chief Ana Ortiz said the unit would grow.",
           published="2024-04-21", note="two people"),
    passes("Former deputy mayor Rosa Vint opened the fair. Mayor Vint said the town had paid for it.",
           published="2024-04-21", note="the deputy's post was a past one"),
    passes("Rosa Vint, the deputy mayor, was elected mayor in May. Mayor Vint said the town had paid.",
           published="2024-04-21", note="the mentions say she changed office"),
    passes("First Deputy Prime Minister Ivo Dask spoke. Deputy Prime Minister Dask left early.",
           published="2024-04-21", note="'first' is not a step: a shortening of one title"),
    flags("Inspector Nora Quill led the search. Sergeant Quill said the van was found.",
          published="2024-04-21", note="two police ranks of different families"),
    flags("Chief Inspector Nora Quill led the search. Inspector Quill said the van was found.",
          published="2024-04-21", note="info: one family of ranks, its grade left out once: written short, or a lower rank"),
    passes("Chief Inspector Nora Quill led the search. Chief Insp. Quill said the van was found.",
           published="2024-04-21", note="one rank, written in full and short"),
    passes("Lt. Col. Tomas Aalto inspected the base.\n\nCol. Aalto said the drills would go on.",
           published="2025-06-10", note="a grade below the bare name left out: how its holder is addressed"),
    flags("Dockers' union general secretary Ilse Varga said dues would rise.\n\nVarga said the fund was safe. She added "
          "that, as treasurer of the union, she had checked it.", published="2025-06-10",
          note="info: an office told with 'as' of a pronoun in what the person's speech verb reports"),
    passes("Dockers' union general secretary Ilse Varga said dues would rise.\n\nVarga said the fund was safe. She added "
           "that, as its general secretary, she had checked it.", published="2025-06-10", note="the same post"),
    flags("Councillor Bram Oduya opened the depot.\n\n\"Bram has been a dependable deputy mayor for years,\" a "
          "resident said. Mayor Bram Oduya cut the ribbon.", published="2025-06-10",
          note="info: a title inside a quotation is the speaker's wording"),
    flags("Lindiwe Sithole, the 48-year-old MMC for transport, opened the route.\n\nHealth MMC Lindiwe Sithole "
          "said clinics would follow.", published="2025-06-10",
          note="a city's mayoral committee member holds one portfolio; an age between the determiner and the title"),
    passes("Lindiwe Sithole, the 48-year-old MMC for transport, opened the route.\n\nTransport MMC Lindiwe "
           "Sithole said buses would follow.", published="2025-06-10", note="one portfolio"),
    flags("Prosecutor Ewa Marsh outlined the case.\n\nMarsh, who represents the defendant, asked for bail.",
          published="2025-06-10", note="a verb of holding an office names the office: the defence"),
    passes("Prosecutor Ewa Marsh outlined the case.\n\nMarsh, who represents the council, asked for costs.",
           published="2025-06-10", note="representing a party that is no accused names no side"),
    flags("Club secretary Nadia Obi said the ground would be sold.\n\n\"I'm the club's treasurer, so I know the "
          "numbers,\" Obi said.", published="2025-06-10",
          note="info: the title a speaker gives themselves in their own quoted words"),
    passes("Club secretary Nadia Obi said the ground would be sold.\n\n\"I'm not the club's treasurer, but I know "
           "the numbers,\" Obi said.", published="2025-06-10", note="words denying a post give none"),
    flags("Tenants' union chair Ola Dahl, who chairs the Westbank housing board, spoke first.\n\nThe board's "
          "chair, Mira Sten, said rents would be frozen.", published="2025-06-10",
          note="info: one post of one body told of two people, the body written short once"),
    passes("Tenants' union chair Ola Dahl, who chairs the Westbank housing board, spoke first.\n\nThe board's "
           "chair, Mira Sten, who took over in May, said rents would be frozen.", published="2025-06-10",
           note="a change of office told: one succeeded the other"),
    passes("Senate Budget Committee chairman Ola Dahl spoke first.\n\nHouse Budget Committee chairman Mira Sten "
           "agreed.", published="2025-06-10", note="two bodies' names, which a title may cut short alike"),
    passes("Ola Dahl, the chief executive of Norvik Foods, spoke first.\n\nMira Sten, the chief executive of "
           "Norvik Shipping, said costs rose.", published="2025-06-10", note="two bodies, each named"),
    passes("Ola Dahl, a judge of the appeals court, spoke first.\n\nMira Sten, a judge of the appeals court, "
           "agreed.", published="2025-06-10", note="a post several people hold in one body"),
    flags("Shadow Transport Secretary Alun Price toured the line.\n\nTransport Secretary Alun Price said fares "
          "would fall.", published="2025-06-10", note="the opposition's post and the government's on one portfolio"),
    passes("Shadow Transport Secretary Alun Price toured the line.\n\nShadow Transport Secretary Price said fares "
           "would rise.", published="2025-06-10", note="the opposition's post both times"),
    flags("Green MP Hana Moe backed the bill.\n\nMoe, the MLA for Riverside, said it would pass.",
          published="2025-06-10", note="two legislatures' seats, whatever party or riding each names"),
    passes("Green MP Hana Moe backed the bill.\n\nMoe, the MP for Riverside, said it would pass.",
           published="2025-06-10", note="one seat, its party and its riding"),
    flags("Rear Admiral Kofi Mensah inspected the fleet.\n\nVice Admiral Mensah said the ships were ready.",
          published="2025-06-10", note="'Vice' in 'Vice Admiral' is the rank's own word, not a deputy's"),
    flags("Squadron Leader Ian Dore flew the jet.\n\nWing Commander Ian Dore said it was fast.",
          published="2025-06-10", note="two air force ranks"),
    flags("Judge Petra Lind jailed the man.\n\nLind, the defence barrister, said he would appeal.",
          published="2025-06-10", note="the bench and the defence"),
    flags("Gov. Nell Ryder vetoed the bill.\n\nLt. Gov. Nell Ryder said the vote would be close.",
          published="2025-06-10", note="a state's governor and its lieutenant governor are two offices"),
    flags("Pia Holm, a detective constable, found the car.\n\nDetective Inspector Holm said it was burnt out.",
          published="2025-06-10", note="a lower-case branch before a rank is the rank's, as a capitalized one is"),
    passes("Pia Holm, a detective inspector, found the car.\n\nDI Holm said it was burnt out.",
           published="2025-06-10", note="one rank, written in full and short"),
    flags("Brig. Gen. Tomas Aalto inspected the base.\n\nMajor General Aalto said the drills would go on.",
          published="2025-06-10", note="two grades of one family of ranks, each written: two ranks"),
    passes("Brig. Gen. Tomas Aalto inspected the base.\n\nBrigadier General Aalto said the drills would go on.",
           published="2025-06-10", note="one grade, abbreviated once"),
    flags("The board's officers for the year:\n\n| Name | Post |\n|---|---|\n| Edda Lund | Treasurer |\n\n"
          "Chairman Edda Lund thanked the members.", published="2025-06-10", format="markdown",
          note="info: a table's row gives the name's post in the next cell"),
    passes("The board met twice:\n\n| Name | Notes |\n|---|---|\n| Edda Lund | Treasurer until May, then chair |\n\n"
           "Chairman Edda Lund thanked the members.", published="2025-06-10", format="markdown",
           note="a cell that holds more than a title is no title"),
    flags("New posts from Monday:\n\nOskar Brandt — Minister of Fisheries\n\nTransport Minister Oskar Brandt "
          "opened the ferry link.", published="2025-06-10", note="a list's line: the name, a dash, the post"),
    passes("New posts from Monday:\n\nOskar Brandt — Minister of Fisheries\n\nFisheries Minister Oskar Brandt "
           "opened the quay.", published="2025-06-10", note="the same post"),
    flags("Col. Abel Mensah said yes. Later Major Mensah said no.", published="2024-04-21",
          note="two ranks; 'Major' before a surname the article gave a rank"),
    passes("Ana Mensah said yes. Major Mensah investments were sold.", published="2024-04-21",
           note="'Major' as an ordinary word"),
    flags("Kestrel Labs has hired Dr Ana Ruiz, a former adviser to its board, as chief scientific officer.\n\n"
          "Chief medical officer Dr Ruiz said trials would start in May.", published="2025-04-02",
          note="'hired ... as' tells the office held now; a title right before an honorific"),
    flags("Head teacher Jo Amis, who took over in 2023, praised the staff.\n\nMrs Amis, who has been deputy "
          "head since 2021, said pupils had worked hard.", published="2025-04-02",
          note="after an arrival in office, a later title must fit the office arrived in"),
    passes("Head teacher Jo Amis, who took over in 2023, praised the staff.\n\nMrs Amis, who was deputy head "
           "from 2019, said pupils had worked hard.", published="2025-04-02", note="'who was': a past office"),
    flags("Chief executive Lena Brandt said the plant would close.\n\nChief financial officer Lena Brandt said "
          "the decision had been hard.", published="2025-04-02",
          note="'had been' further on tells no change of the person's office"),
    flags("Provincial Finance MEC Sipho Dlamini tabled the budget.\n\nTransport MEC Sipho Dlamini said trains "
          "would run.", published="2025-04-02", note="an MEC is a provincial minister"),
    flags("Police chief Dana Roy said three homes were cleared.\n\nFire Chief Dana Roy said crews held the line.",
          published="2025-04-02", note="two chiefs of a city's public safety"),
    flags("Judge Mara Voss dismissed the claim.\n\nVoss, counsel for the council, said it would appeal.",
          published="2025-04-02", note="the bench and the bar: a judge is nobody's counsel ('dismissed the claim' "
                                       "is the judge's ruling, no change of office)"),
    flags("Prosecutor Omar Haddad described the thefts.\n\nHaddad, defending, asked for a lighter sentence.",
          published="2025-04-02", note="the two sides of one case; a court report's 'defending' in apposition"),
    passes("Prosecutor Omar Haddad described the thefts.\n\nHaddad, counsel for the state, called a witness.",
           published="2025-04-02", note="'counsel' alone fits either side"),
    flags("Vice-chancellor Professor Lina Berg spoke first.\n\nUniversity registrar Lina Berg said staff would "
          "help.", published="2025-04-02",
          note="a university's officers; the office written before an academic title is the post"),
    passes("The university named Lina Berg acting registrar.\n\nBerg, its deputy vice-chancellor, holds both.",
           published="2025-04-02", note="a stand-in's and a deputy's posts"),
    flags("The state's attorney general sued three lenders on Friday. Ruth Okonkwo filed the suits in Travis "
          "County.\n\nSecretary of State Okonkwo said borrowers could complain.", published="2025-04-02",
          note="a description linked to the person named next (claims.coreference) gives a title"),
    passes("The state's attorney general sued three lenders on Friday. Ruth Okonkwo filed the suits in Travis "
           "County.\n\nAttorney General Okonkwo said borrowers could complain.", published="2025-04-02",
           note="the description's title is the one the person holds"),
    flags("Sheriff Wade Tull opened the new jail.\n\nPolice Chief Tull said it had 90 beds.",
          published="2025-04-02", note="a county's sheriff is not a city's police chief"),
    flags("House Speaker Carla Benning opened the session.\n\nSenate President Benning said the budget would pass.",
          published="2025-04-02", note="two chambers of a legislature: a member sits in one"),
    passes("House Speaker Carla Benning opened the session.\n\nHouse Majority Leader Benning said the budget "
           "would pass.", published="2025-04-02", note="two offices of one chamber"),
    flags("Finance Minister Pia Laine set the budget.\n\nEconomy Minister Laine said growth would slow.",
          published="2025-04-02", note="info: one family of portfolios named with two words, one ministry or two"),
    passes("Finance Minister Pia Laine set the budget.\n\nFinance and Economy Minister Laine said growth would "
           "slow.", published="2025-04-02", note="the portfolios share a word"),
    flags("Kerala Finance Minister Anil Menon presented the budget.\n\nHome Minister Anil Menon replied.",
          published="2025-02-07", note="a state's minister is a minister of state"),
    flags("Prosecuting, Ruth Obi said the van was stolen at night.\n\nDefending the driver, Ruth Obi said he "
          "was sorry.", published="2025-05-02", note="a court report's part opening the sentence, on both sides"),
    passes("Prosecuting, Ruth Obi said the van was stolen at night.\n\nDefending the driver, Kwame Dade said he "
           "was sorry.", published="2025-05-02", note="each side its own lawyer"),
    flags("Deputy Trade Minister Noor Aziz opened the fair.\n\nAziz, the health minister, toured the stands.",
          published="2025-05-02", note="info: a deputy's ministry and another, told of one person"),
    passes("Deputy Trade Minister Noor Aziz opened the fair.\n\nAziz, who is also health minister, toured the "
           "stands.", published="2025-05-02", note="the two posts told together"),
    flags("Former Sports Minister Hugo Lamy spoke at the stadium.\n\nSports Minister Hugo Lamy said the roof "
          "would close.", published="2025-05-02",
          note="info: one office told as left and as held, no change told"),
    passes("Former Sports Minister Hugo Lamy spoke at the stadium.\n\n\"Minister Lamy promised a roof,\" a fan "
           "said.", published="2025-05-02", note="an old title inside a quotation is the speaker's wording"),
    passes("The late Senator Rosa Quint was remembered.\n\nSenator Quint served for 22 years.",
           published="2025-05-02", note="a death: the last post names the person by style"),
    flags("Chief executive Lars Moen opened the plant.\n\nChairman Lars Moen thanked the staff.",
          published="2025-05-02", note="info: offices one person may hold together, never told together"),
    passes("Chairman and chief executive Lars Moen opened the plant.\n\nChairman Lars Moen thanked the staff.",
           published="2025-05-02", note="the two offices told together"),
    flags("Datuk Razak Osman, the group's chief executive, spoke.\n\nChief financial officer Razak Osman said costs "
          "fell.", published="2025-05-02", note="an honorific before the name is no given name: one person"),
    flags("Deputy Chief Ines Varga said patrols would grow, not new hires, Varga said.\n\nChief Varga said "
          "they start in May.", published="2025-05-02",
          note="the words before a speech tag ('hires') tell no change of the speaker's office"),
    flags("Club chairman Lars Moen opened the new stand.\n\nManager Lars Moen thanked the fans for waiting.",
          published="2025-05-02", note="info: two posts of one body told of one person, never together"),
    passes("Lars Moen, the club's chairman and manager, opened the new stand.\n\nManager Lars Moen thanked the "
           "fans for waiting.", published="2025-05-02", note="the two posts told together"),
    passes("Chairman of Rovers Lars Moen opened the new stand.\n\nManager of Harriers Lars Moen thanked the fans.",
           published="2025-05-02", note="each post of its own named club"),
    passes("Coach Lars Moen opened the new stand.\n\nManager Lars Moen thanked the fans for waiting.",
           published="2025-05-02", note="two wordings of one post"),
    flags("Head coach Rui Patel was fired on Sunday after six losses.\n\nAssistant coach Rui Patel will lead "
          "the team on Friday.", published="2025-05-02",
          note="info: a pair only a change of office keeps apart, the change naming neither title"),
    passes("Head coach Rui Patel was moved to assistant coach on Sunday.\n\nAssistant coach Rui Patel will "
           "lead the drills.", published="2025-05-02", note="the change names the later title: the arrival in it"),
    flags("House Minority Leader Dana Pruitt backed the bill.\n\nMajority Leader Pruitt called a vote.",
          published="2026-03-04", note="a legislature's two sides: 'Majority' is the office's word, not a body's"),
    passes("House Minority Leader Dana Pruitt backed the bill.\n\nMinority Leader Pruitt called a vote.",
           published="2026-03-04", note="one office, its chamber left out once"),
    flags("Chief revenue officer Bea Salgado spoke.\n\nAs chief strategy officer, Salgado set the prices.",
          published="2025-08-20", note="any 'chief <function> officer' is a company officer; 'As <title>,' is hers"),
    flags("Priya Raman has served as its chief nursing officer since 2019.\n\nChief medical officer Raman "
          "spoke.", published="2026-02-02", note="a title the predicate gives the name that opens the sentence"),
    passes("Priya Raman said Lee has served as chief nursing officer since 2019.\n\nChief medical officer "
           "Raman spoke.", published="2026-02-02", note="another clause's subject holds the predicate's title"),
    flags("The charity's country director, Tomas Brekke, visited the flooded camp.\n\nArea director Tomas Brekke "
          "said tents would arrive.", published="2026-02-02", note="one office at two scopes of one organization"),
    passes("The charity's country director, Tomas Brekke, visited the flooded camp.\n\nDirector Tomas Brekke said "
           "tents would arrive.", published="2026-02-02", note="a title that leaves its scope unsaid is either's short form"),
    flags("Sandvik Parish Council chairman Ola Berge opened the meeting.\n\nCouncil vice-chairman Ola Berge "
          "read the accounts.", published="2026-02-02",
          note="an organization named short ('Council') is the one named in full: one office at two steps"),
    passes("Sandvik Parish Council chairman Ola Berge opened the meeting.\n\nHarbour Trust vice-chairman Ola "
           "Berge read the accounts.", published="2026-02-02", note="two organizations, each named"),
    flags("The Solicitor General, Mirela Dunn KC, opened the appeal.\n\nAttorney General Mirela Dunn said it "
          "would take a day.", published="2026-02-02",
          note="two law officers; a title apposed before a name that post-nominal letters close"),
    flags("Minister of Social Action Paul Ngarta met the donors.\n\nMinister of Water Paul Ngarta opened "
          "the pumps.", published="2026-02-02", note="two portfolios, one of a social family"),
    flags("Three district judges were appointed on Monday.\n\nLena Voss, a barrister in Bergen, will sit in "
          "Molde. Judge Voss said she was honoured.", published="2026-02-02",
          note="info: an arrival in the office of one title is told, and the person may be the one who arrived"),
    flags("Lena Voss, a barrister in Bergen, spoke for the tenants.\n\nJudge Voss said the lease was void.",
          published="2026-02-02", note="no arrival in either office told: the bench and the bar, a warning"),
    flags("Assistant Commissioner Rawle Benn spoke.\n\nDeputy Commissioner Benn said miners were safe.",
          published="2026-02-02", note="one office one step below, written with the words of two posts"),
    passes("The trust's deputy chair, Marion Keel, spoke.\n\nVice-chair Marion Keel said six were interviewed.",
           published="2026-02-02", note="'deputy' and 'vice': one post named two ways"),
    flags("Presenting the report, deputy leader Cllr Owain Price said rents would rise.\n\nCouncil leader Owain "
          "Price said no tenant would be evicted.", published="2026-02-02",
          note="the office before a council member's title is the post held"),
    passes("Presenting the report, deputy leader Cllr Owain Price said rents would rise.\n\nDeputy leader Owain "
           "Price said no tenant would be evicted.", published="2026-02-02", note="one post throughout"),
    flags("Minister of Housing Development Grace Mwale said homes would be built.\n\nHealth Minister Mwale said "
          "sites were chosen.", published="2025-03-12",
          note="portfolio words written together after 'Minister of' ('Housing Development')"),
    passes("Minister of Housing Development Grace Mwale said homes would be built.\n\nHousing Minister Mwale "
           "said sites were chosen.", published="2025-03-12", note="one portfolio, written two ways"),
    flags("Chief executive Ivo Marsh opened the depot.\n\nIn his role as chief financial officer, Marsh said fuel "
          "costs fell.", published="2026-12-01", note="an office told with a lead before its 'as' ('in his role as')"),
    flags("Head coach Lina Voss watched the match.\n\nVoss, in her third season as defensive coordinator, said "
          "the line held.", published="2026-12-01", note="an office told with its period ('in her third season as')"),
    passes("Mayor Ines Roth spoke.\n\nRoth, in her second term as mayor, said the town had grown.",
           published="2026-12-01", note="the period of the same office"),
    flags("Inspector Rosa Tandy led the search.\n\nTandy, a sergeant with the harbour police, said the boat sank.",
          published="2026-12-01", note="'with' opens an apposed title's organization"),
    passes("Chief executive Ivo Marsh opened the depot.\n\nMarsh, who previously served as chief financial "
           "officer, said costs fell.", published="2026-12-01", note="a relative clause telling a past office"),
    flags("The Rev. Clare Hobb, vicar of Amberley, led the service.\n\nHobb, the rector of Amberley, thanked "
          "the choir.", published="2026-12-01", note="a parish's incumbent is its vicar or its rector"),
    flags("Lea Brandt, the mayor of Ashby, opened the fair.\n\nBrandt, the mayor of Corley, said both towns "
          "would gain.", published="2026-12-01", note="info: the head of one place told at two named places"),
    passes("Tom Lind, the mayor of Ashby, met Ann Lind, the mayor of Corley.\n\nLind said the towns would "
           "share a bus.", published="2026-12-01", note="two people of one surname"),
)

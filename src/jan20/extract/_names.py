"""Personal names in a sentence's tokens, with the titles written before or around them: "Speaker of the Milli
Majlis Ogtay Asadov", "Artur Rasizade, the Prime Minister,". Which of them attended is `_subjects`' part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jan20.text import sentences as sx

from . import _cues as cue
from ._appositions import in_remembered_after, title_after
from ._body_places import continues_body
from ._honours import degree_phrases_start, office_before_honour
from ._known_roles import OVER_POSTS, is_known_role
from ._monastic import rank_after, rank_before, see_word, see_words
from ._name_objects import without_trailing_object
from ._name_runs import (
    OBLIQUE_ENDINGS,
    PARTICLE_HOSTS,
    after_named_after,
    after_oblique_name,
    apostrophe_particle,
    before_body_where,
    body_end,
    body_head,
    glued_clitic,
    initial_at,
    initial_stop,
    is_cap,
    place_after,
    two_names,
    without_trailing_places,
)
from ._name_shapes import given_in_capitals, honour_before, honour_title, not_in_name, surname_in_capitals
from ._name_words import (
    JOINING_DASHES,
    acronym,
    after_place_or_field,
    capital_non_name,
    is_given,
    is_word,
    oblique,
    opens_no_name,
    post_before,
)
from ._office_chain import of_body, office_before
from ._office_rank import an_office, office_before_rank, opening_object
from ._owners import glued_genitive, owner_at
from ._title_before import title_before
from ._title_edges import (
    after_names_comma,
    closed,
    degree_field_start,
    ends_title,
    follows_name,
    graded_name_at,
    grades_only,
    in_title,
    verb_next,
)
from ._title_marks import quoted_run
from ._title_words import (
    HONORIFICS,
    POST_NOMINALS,
    RANKS,
    ROLE_MODIFIERS,
    is_non_name_word,
    is_role_head,
    opening_body_noun,
)
from ._titles_beside import parliament_plural, plural_before_colon
from .roles import canonical_role, post_length


@dataclass(frozen=True)
class Name:
    """A name found in a sentence, as token indices, with the title kept as its role."""

    first: int  # token range of the name itself
    last: int  # exclusive
    np_first: int  # first token of the title before the name (== first when none)
    role_first: int  # first token of the kept role (may be a title after the name)
    role_last: int
    possessive: bool


def find_names(toks: list[sx.Token]) -> list[Name]:
    names: list[Name] = []
    i = 0
    while i < len(toks):
        opens = is_cap(toks[i].text) or initial_at(toks, i) or given_in_capitals(toks, i)  # ("AHMET Yılmaz")
        if not (is_word(toks[i]) and opens) or toks[i].low in cue.RUN_BREAK:
            i += 1
            continue
        j = i + 1  # a run of capitalised words, name particles allowed inside ("Heydar oglu Aliyev")
        while j < len(toks) and (is_word(toks[j]) or initial_stop(toks, j)):
            if not is_word(toks[j]):
                j += 1  # an initial's full stop ("A. Aliyev")
                continue
            # (not after a case ending: "Erdoğan'ın oğlu Bilal Erdoğan" is the son of one, named after him)
            particle = (
                toks[j].low in cue.PARTICLES
                and j + 1 < len(toks)
                and _name_word(toks[j + 1])
                and not oblique(toks[j - 1].text)
                and not glued_genitive(toks[j - 1].text)  # ("şəhid X Əliyevin oğlu Y": the son of X)
            )
            capital = surname_in_capitals(toks, j)
            if not (is_cap(toks[j].text) or particle or capital or initial_at(toks, j)) or toks[j].low in cue.RUN_BREAK:
                break
            if capital:
                j += 1
                break  # a surname in capitals ends the name ("Selim KAYA", "Mr John SMITH")
            if honour_title(toks, j):
                break  # an honorary title ends the name before it ("Rektor X Milli Qəhrəman Y-in məzarını")
            if oblique(toks[j - 1].text):
                break  # a case ending ends a name ("Vali X'in Kuran-ı Kerim tilaveti": "Kerim" is no part of X)
            j += 1
        if j - i >= 2 and apostrophe_particle(toks[j - 1].text) and toks[j - 2].low.endswith(PARTICLE_HOSTS):
            j -= 1  # a surname before a word the particle may follow: "Reşad Memmedov Rostov'da", a place
        j = before_body_where(toks, i, j)  # "Fuad Rüstəmov Xəzər Universitetində": where he was
        j = without_trailing_object(toks, i, j)  # "İmam X Kuran okudu": the verb's object
        if (
            j - i >= 2
            and j < len(toks)
            and toks[j].low in cue.TRAILING_PARTICLES
            and not toks[j - 1].low.endswith(cue.SURNAME_ENDINGS)
            and not oblique(toks[j - 1].text)  # ("Vekili X'in oğlu Y": the son of X)
            and not glued_genitive(toks[j - 1].text)  # ("jurnalist X Bayramlının qızı Y": the daughter of X)
        ):
            j += 1  # a patronymic's particle after the name: "Полад Бюльбюль оглы" (after the father's given name)
        if j < len(toks) and (
            (toks[j].text in cue.BODY_FOLLOWERS and not _led_by(toks, i, j) and not post_before(toks, i))
            or (
                toks[j].text.islower()
                and is_role_head(toks[j].text)
                and toks[j].low not in cue.OWN_SPOUSE
                and not (toks[j].low in cue.GROUP_NOUNS and post_before(toks, i))
                and not (toks[j].low in cue.NEXT_TITLES and j + 1 < len(toks) and is_cap(toks[j + 1].text))
                and not (post_before(toks, i) and toks[j - 1].low.endswith(OBLIQUE_ENDINGS))  # (a declined name,
                # then the next one's title: "Вместе с послом X Y-ым председатель Z возложил")
            )
            or _abbreviated(toks, j)
            or body_head(toks, j)
            or body_end(toks, i, j)
            or place_after(toks, i, j)
            or _body_joined(toks, i, j)
        ):
            i = j  # "Azercell Telecom staff", "Popular Front chairman Ali Karimli": a body, not a person
            continue
        if i > 0 and j < len(toks) and quoted_run(toks, i, j):
            i = j  # a name in quotation marks is a title's ("the weekly “Baltic Review”"), not a person's
            continue
        j = without_trailing_places(toks, i, j)
        i = after_named_after(toks, i, j)
        i = after_oblique_name(toks, i, j)  # "шехида Эльмара Гасанова Айгюн Гасанова": the second
        run = range(i, j)
        first = next((k + 1 for k in reversed(run) if not_in_name(toks, k)), i)
        while first < j and opens_no_name(toks[first].text):
            first += 1  # ("Bey Mahallesi muhtarı X": a courtesy word follows a name, never opens one)
        first = max(first, i + honour_title(toks, i))  # "Milli Qəhrəman Mübariz İbrahimov": the hero's title first
        first = after_place_or_field(toks, i, first, j)  # "Mayor of Jurmala Ilze Liepa", "Department of X History A B"
        if j - first == 1 and first - i >= 2 and _given_modifier(toks, first - 1):
            first -= 1  # "Vali Fahri Solak", "Genel Sekreter Adalet Kaya": a title's modifier as a given name
        first = see_words(toks, first, j)  # "архиепископом Бакинским и Азербайджанским Александром": the see's words
        size = sum(1 for k in range(first, j) if is_word(toks[k]))
        titled = first > i and (is_role_head(toks[first - 1].text) or toks[first - 1].low in HONORIFICS)
        rank = rank_after(toks, j) if size == 1 else None  # (a monastic name: "Алексием, епископом Бакинским")
        titled = titled or (size == 1 and (rank_before(toks, first) or rank is not None))
        titled = titled and not see_word(toks, first)  # ("Архиепископ Кентерберийский": the see, no name)
        if first == i and i > 0 and toks[i - 1].low in cue.SCENE_PLACE_BEFORE:
            i = j  # "held at Morha Burj", "In Tara Kendra, …": where, not who
            continue
        if size == 4 and j - first == 4 and two_names(toks, first, j):  # ("A Məmmədli B Əliyeva": two people)
            names.extend(
                (_with_role(toks, first, first + 2), Name(first + 2, j, first + 2, first + 2, first + 2, False))
            )
        elif (2 <= size <= 4 or (size == 1 and titled)) and not continues_body(toks, i, first):
            name = _with_role(toks, first, j)  # (not "University of California San Diego")
            names.append(Name(first, j, name.np_first, *rank, False) if rank else name)
        i = j
    return names


# The sentences `names_in` read last, by start and text. The attendee walk reads each sentence with a cue, and
# `_roles_elsewhere` then reads every sentence that names an attendee's surname: on 1 MB of cue-dense text, each of
# the 2,529 sentences the second asked about had been read by the first (a ninth of the extractors' time).
_READ: dict[tuple[int, str], tuple[list[sx.Token], list[Name]]] = {}
_READ_MAX = 256  # sentences kept (a long article's cue sentences), the oldest dropped first


def names_in(text: str, start: int, end: int) -> tuple[list[sx.Token], list[Name]]:
    """The tokens of text[start:end] and the names `find_names` finds in them: the same for the same words at the
    same offsets (the tokens depend on nothing else, and the names on the tokens' words), so a sentence is read
    once however many walks ask about it. The lists are the caller's to change."""
    key = (start, text[start:end])
    if (known := _READ.get(key)) is None:
        toks = sx.tokens(text, start, end)
        known = _READ[key] = (toks, find_names(toks))
        if len(_READ) > _READ_MAX:
            del _READ[next(iter(_READ))]
    return list(known[0]), list(known[1])


def _given_modifier(toks: list[sx.Token], k: int) -> bool:
    """The modifier of titles at k is a given name: it follows a title's head and starts the name's last two words
    (not a body's noun, "Prezident Administrasiyasının Humanitar siyasət şöbəsi": the body the next post is of)."""
    low, word = toks[k].low, toks[k].text
    modifier = low in ROLE_MODIFIERS and low not in RANKS and not opening_body_noun(word)
    return modifier and not is_role_head(word) and is_role_head(toks[k - 1].text)


def _led_by(toks: list[sx.Token], i: int, j: int) -> bool:
    """The body's word at j and the next say that the titled name in the run from i led ("səfir X-in rəhbərliyi ilə":
    the ambassador X; a post opens the run or stands before it, as a body's name has none)."""
    led = j + 1 < len(toks) and f"{toks[j].low} {toks[j + 1].low}" in cue.LEADER_FOLLOWERS
    return led and any(is_role_head(toks[k].text) for k in (i - 1, i) if k >= 0)


def _abbreviated(toks: list[sx.Token], j: int) -> bool:
    """The run before j is a body's name, its abbreviation in brackets after it ("Irak Türkmen Cephesi (ITC)")."""
    return j + 2 < len(toks) and toks[j].text == "(" and acronym(toks[j + 1].text) and toks[j + 2].text == ")"


def _name_word(tok: sx.Token) -> bool:
    """A word that can go on a name's run after a particle ("Heydar oglu Aliyev", not "Yevdokimov da Şəhidlər")."""
    return is_cap(tok.text) and tok.low not in cue.RUN_BREAK and not is_non_name_word(tok.text)


def _with_role(toks: list[sx.Token], first: int, last: int) -> Name:
    """Attach the title written before the name ("Chief of the Presidential Administration"), or else
    around it as an apposition ("the Prime Minister, Ali Asadov," / "Artur Rasizade, the Prime Minister,")."""
    possessive = owner_at(toks, last)
    if not possessive and (honour := honour_before(toks, first)):
        h = first - honour  # (an office before the title's comma is the role: "deputatı, Milli Qəhrəman X")
        np_first, role_first = office_before_honour(toks, h, an_office) or (h, h)
        return Name(first, last, np_first, role_first, h - 1 if role_first < h else first, possessive)
    np_first, role_first = title_before(toks, first)  # (read once: the office before a rank starts from it too)
    if (office := office_before_rank(toks, first, min(role_first, np_first))) is not None:  # (a rank: no head)
        return Name(first, last, office[0], office[1], office[2], possessive)
    if role_first < first:
        np_first, role_first = _apposition_before(toks, np_first, role_first, first)
        role_last = role_first + post_length([t.text for t in toks[role_first:first]])
        after = title_after(toks, last) if grades_only(toks[role_first:first]) else None
        ahead = after is not None and (
            follows_name(toks[after[0] : after[1]]) or not graded_name_at(toks, after[1] + 1)
        )
        if after is not None and ends_title(toks, after[1]) and ahead:  # the post (not the next graded name's)
            return Name(first, last, np_first, after[0], after[1], possessive)
        return Name(first, last, np_first, role_first, role_last, possessive)
    # (honorifics between the comma and the name: "the Ambassador of Sweden, H.E. Mr Lars Berg")
    c = np_first if all(t.low in HONORIFICS or t.low in cue.TRIM_LEAD for t in toks[np_first:first]) else first
    c = degree_field_start(toks, c)  # (a degree with its field: "the Dean, PhD in History X")
    c = degree_phrases_start(toks, c)  # (degrees and honours: "директор музея, кандидат наук, заслуженный артист X")
    # (a list's joiner after the comma ends a list, no apposition: "attended by teachers, and X" is no teacher)
    listed = any(t.low in cue.LIST_JOINERS for t in toks[c:first])
    if c >= 2 and toks[c - 1].text == "," and not listed:
        np_before, role_before = title_before(toks, c - 1)
        # a known office, or an office of a body, before the comma holds when the name ends its phrase or a verb
        # follows it ("Ambassador of Azerbaijan to Turkey, Faig Baghirov informed", "Chairman of the committee, X
        # spoke")
        title = " ".join(t.text for t in toks[role_before : c - 1])
        known = is_known_role(title) or of_body(toks[role_before : c - 1], an_office)
        goes_on = verb_next(toks, last) or _parallel_item(toks, last) or _object_next(toks, last)
        # (or its companions, when the title opens the sentence: "The Chairman of X, Y and the staff visited")
        goes_on = goes_on or (_companions_next(toks, last) and _opening_title(toks, np_before))
        held = closed(toks, last) or (goes_on and known)
        # (not the apposition of a name before it, when this name has its own: "A, adviser, B, member of X,")
        k = next((k for k in range(role_before - 1, -1, -1) if not toks[k].text.islower()), -1)
        owned = title_after(toks, last) is not None or after_names_comma(toks, role_before)  # (or the name's before)
        owned = owned and not (k >= 0 and _titled_before_comma(toks, k))  # ("the Mayor of X, A, the Consul, B,")
        held = held and not (k >= 0 and toks[k].text == "," and owned)
        # (nor the title after a dash after a name: that name's, "A – müşavir, B – ikinci katib")
        held = held and not (k >= 1 and toks[k].text in JOINING_DASHES and is_cap(toks[k - 1].text))
        # (not a title after a word that makes it another's: "After the ambassador, Professor X addressed the audience")
        held = held and not any(t.low in cue.AFTER_ANOTHER for t in toks[np_before : c - 1])
        held = held and not opening_object(toks, np_before)  # ("Joined by students, Professor X": not a Student)
        held = held and not in_remembered_after(toks, role_before)  # ("A, a murdered student, and B": not B's)
        if role_before < c - 1 and held:  # (the first of two offices: "Chair of X, a member of Y, Z")
            chain = office_before(toks, role_before, an_office)
            chain = chain if chain and of_body(toks[chain[1] : chain[2]], an_office) else None
            return Name(first, last, *(chain or (np_before, role_before, c - 1)), possessive)
    if (after := title_after(toks, last)) is not None:
        return Name(first, last, np_first, after[0], after[1], possessive)
    if (plural := plural_before_colon(toks, first)) is not None:  # ("veterans of the movement: A and B")
        return Name(first, last, plural[0], plural[1], first - 1, possessive)
    if (plural_at := parliament_plural(toks, first)) is not None:  # ("the Saeima representatives A and B")
        return Name(first, last, plural_at, plural_at, first, possessive)
    if last < len(toks) and toks[last].text in POST_NOMINALS:
        return Name(first, last, np_first, last, last + 1, possessive)  # "Edward Finch MP"
    return Name(first, last, np_first, first, first, possessive)


_PARALLEL_WORDS = 4  # the words of the next item's title ("ve Yazar, B")


def _parallel_item(toks: list[sx.Token], end: int) -> bool:
    """A list joiner at `end`, then the next item written as this one: a title the data knows, its comma and a name
    ("Gazeteci, A ve Yazar, B katıldı", "Journalist, A and Writer, B attended"), or a group ("Gazeteci, A ve
    öğrenciler"): the title before this name's comma is this name's."""
    if end + 1 >= len(toks) or toks[end].low not in cue.LIST_JOINERS:
        return False
    if toks[end + 1].low in cue.GROUP_NOUNS:
        return True  # (a group after it: "Gazeteci, A ve öğrenciler katıldı")
    for m in range(end + 2, min(len(toks) - 1, end + 2 + _PARALLEL_WORDS)):
        if toks[m].text == ",":
            title = " ".join(t.text for t in toks[end + 1 : m])
            return is_known_role(title) and is_cap(toks[m + 1].text) and not capital_non_name(toks[m + 1].text)
    return False


def _opening_title(toks: list[sx.Token], np_first: int) -> bool:
    """The words before np_first are titles that open the sentence, their articles and commas, the first word after
    its articles a title's head ("The Chairman of X, a member of Y, Z"; not "On behalf of the President, Z",
    "According to the rector, Z")."""
    head = next((t for t in toks[:np_first] if t.low not in cue.TRIM_LEAD), None)
    if head is not None and not is_role_head(head.text):
        return False
    return all(t.low in cue.TRIM_LEAD or t.text in ",()" or in_title(t) or is_cap(t.text) for t in toks[:np_first])


def _companions_next(toks: list[sx.Token], end: int) -> bool:
    """A list joiner at `end`, then a group of people, an article or a possessive before it ("and the staff", "and
    his colleagues"): the name's companions, no next named item."""
    if end + 1 >= len(toks) or toks[end].low not in cue.LIST_JOINERS:
        return False
    k = end + 1 + (end + 2 < len(toks) and toks[end + 1].low in cue.TRIM_LEAD)
    return toks[k].low in cue.GROUP_NOUNS


def _object_next(toks: list[sx.Token], end: int) -> bool:
    """A number or a capitalised word no name is made of right after the name at `end`, the verb's object or time
    in a verb-final sentence ("Gazeteci, X 20 Ocak'a dair anılarını anlattı", "Yazar, X Bakü'de yaşadıklarını")."""
    return end < len(toks) and (toks[end].text[:1].isdigit() or capital_non_name(toks[end].text))


def _titled_before_comma(toks: list[sx.Token], comma: int) -> bool:
    """The name before the comma at `comma` has its own title written before it, set off by a comma ("the Deputy Mayor
    of Bonn, Ralf Heinen,"): in a list written so, the title after this comma is the next name's, not an apposition."""
    j = comma
    while j > 0 and is_cap(toks[j - 1].text) and not capital_non_name(toks[j - 1].text):
        j -= 1
    if j == comma or j < 2 or toks[j - 1].text != ",":
        return False
    return title_before(toks, j - 1)[1] < j - 1


def _apposition_before(toks: list[sx.Token], np_first: int, role_first: int, first: int) -> tuple[int, int]:
    """A title in apposition before the post written before a name ("Chile's envoy in Baku, Ambassador X"): both
    are the role when together they say more than the post (their role's words contain the post's, or theirs is a
    post over it: "the head of the EU Delegation, Ambassador X")."""
    if role_first < 2 or toks[role_first - 1].text != ",":
        return np_first, role_first
    np_before, before = title_before(toks, role_first - 1)
    if before >= role_first - 1 or any(t.low in cue.AFTER_ANOTHER for t in toks[np_before : role_first - 1]):
        return np_first, role_first  # (no title, or another's: "After the ambassador, Prof. X")
    if toks[role_first - 2].low in cue.PLURAL_TITLES:  # (a title in the plural, a group's: "… deputatları, səfir X")
        return np_first, role_first
    post = canonical_role(" ".join(t.text for t in toks[role_first:first])) or ""
    together = " ".join(t.text for t in toks[before:first])
    both = canonical_role(together) or ""
    wider = is_known_role(together) and (set(post.lower().split()) < set(both.lower().split()) or both in OVER_POSTS)
    return (min(np_first, np_before), before) if post and wider else (np_first, role_first)


_POSSESSIVE_END = re.compile(r"['’`]s?$")
_CASE_END = re.compile(r"['’`]\w+$")


def name_end(toks: list[sx.Token], name: Name) -> int:
    last = toks[name.last - 1]
    m = _POSSESSIVE_END.search(last.text) or (_CASE_END.search(last.text) if oblique(last.text) else None)
    return last.end - (len(m.group()) if m else glued_clitic(last.text))


_JOINED_BODY_WORDS = 3  # the capitalised words after the joiner, the body's noun the last


def _body_joined(toks: list[sx.Token], i: int, j: int) -> bool:
    """The run i..j is the first part of a body's name joined to the rest by a list joiner, the rest ending in a
    body's capitalised noun that no post's head follows ("Azaflı Sosial Yardım və Mədəniyyət Dərnəyinin
    təşkilatçılığı ilə": one body), when no word of the run is a given name the data knows (not "Rauf Əliyev və
    Mədəniyyət Mərkəzinin direktoru X", a person and the next one's title; nor "Ali Kaya ve Kültür Derneği"); before
    a post's head, only a run of three words or more ("Azaflı Sosial Yardım və Mədəniyyət
    Dərnəyinin sədri X": the chairman's body; a body's abbreviation in brackets may stand before the head)."""
    if j >= len(toks) or toks[j].low not in cue.LIST_JOINERS or any(is_given(toks, k) for k in range(i, j)):
        return False
    titled = (i > 0 and is_role_head(toks[i - 1].text)) or any(
        is_role_head(t.text) or t.low in HONORIFICS or not is_word(t) or t.low.endswith(cue.SURNAME_ENDINGS)
        for t in toks[i:j]
    )
    if titled:
        return False  # (a titled run is a person: "müavini Adil Hüseynov və … Fondunun direktoru", "Dr. X ve …")
    for k in range(j + 2, min(j + 2 + _JOINED_BODY_WORDS, len(toks))):
        if not is_cap(toks[k - 1].text) or is_given(toks, k - 1) or toks[k - 1].low.endswith(cue.SURNAME_ENDINGS):
            return False  # (a person after the joiner: "Lalə Vəliyeva və Fuad Rüstəmov Milli Kitabxanada")
        if not is_cap(toks[k].text) or is_role_head(toks[k].text):
            return False
        if body_end(toks, j + 1, k + 1):
            after = k + 4 if k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")" else k + 1
            return after >= len(toks) or not is_role_head(toks[after].text) or j - i >= _JOINED_BODY_WORDS
    return False

"""Which of a sentence's numbers are parts of a toll, for the casualty extractor: the breakdowns that open a
list ("among those killed were 6 Russians, 3 Jews", "şəhidlərin arasında 20 qadın", "şəhidlərin 20-si qadın, 7-si
uşaq"), the words that mark a total ("in total 147"), numbers joined to one another ("93 Azerbaijanis and 29
soldiers"), and casualty words joined to one of another category ("875 dead and wounded": no figure of either)."""

from __future__ import annotations

from ._casualty_phrases import Tok, keyword_at, matches, word_at
from ._casualty_words import (
    AMONG_AFTER,
    AND,
    ARTICLE,
    ATTRIBUTION,
    AUX,
    BREAKDOWN,
    BREAKDOWN_FIRST,
    BREAKDOWN_OPENING,
    BREAKDOWN_WHOLE,
    CASE_MARKS,
    JOINED,
    LIST_WORDS,
    MODIFIERS,
    MONTHS,
    NOT_PEOPLE,
    PERSON,
    TOTAL_AFTER,
    TOTAL_BEFORE,
    TOTAL_WORDS,
    WHOLE_OPENINGS,
    Category,
    phrases,
    word_set,
)

PARTITIVE_ENDINGS = word_set("partitive_endings")  # the ending of a part: "20-si" (20 of them)
# The ending of a casualty word that takes the number after it from them: "Yaralananlardan 50 nəfəri" (50 of the hurt)
_PART_FROM_ENDINGS = tuple(word_set("part_from_endings"))
# A count of people with the possessive of a part after a casualty word in the genitive: "Həlak olanların 20 nəfəri"
_PART_PEOPLE = word_set("part_people")
_WHOLE_ENDINGS = tuple(word_set("whole_endings"))
SAME_BEFORE = phrases("same_people_before")  # the people of the figure before: "of whom 112", "из них 21"
SAME_AFTER = phrases("same_people_after")  # ... after the number: "744 more", "20 others", "112 of whom"
# ... by the word next to the number (no phrase of them has a stem): only those are tried, for each number's
# neighbours (33 phrases at each of up to 4 places before: facts of 300 KB of cue-dense text 0.80 -> 0.79 s, 2026-12-06)
_SAME_BY_LAST = {w: tuple(p for p in SAME_BEFORE if p[-1] == w) for w in {p[-1] for p in SAME_BEFORE}}
_SAME_NOT = word_set("same_people_after_not")  # "sonra" after "daha": later, not more
_SAME_BY_FIRST = {w: tuple(p for p in SAME_AFTER if p[0] == w) for w in {p[0] for p in SAME_AFTER}}
if any(w.endswith("*") for p in (*SAME_BEFORE, *SAME_AFTER) for w in p):
    raise ValueError("casualties.same_people_before/after: a stem cannot be looked up by its word")
_PEOPLE_WORDS = 3  # words naming the people right after a number ("744 more people")
OTHER_ESTIMATE = word_set("other_estimate")  # another estimate of the figure before: "unofficially, over 300"
_ESTIMATE_REACH = 6  # words from it to the number ("; unofficially, the number was over 300")
_ESTIMATE_MARKS = frozenset(",;:-–—")
_ASIDE_OPENS = frozenset(",:")  # open an aside of attribution
_ESTIMATE_END = frozenset({"", ".", ";", ",", ")"})
_ATTRIBUTION_REACH = 7  # words of an aside of attribution, with its commas


_YEARS = range(1900, 2100)  # a number that is a year names a time, not a count


def things_counted_before(toks: list[Tok], q_at: int) -> int | None:
    """Where the nearest number before q_at in its sentence starts when it counts things (`casualties.not_people`),
    not people; else None. A breakdown after such a count stays with it, unless the count is a casualty figure
    ("Войска сожгли 200 автомобилей, в том числе 40 машин скорой помощи", "the troops destroyed 200 cars, including
    40 ambulances", "200 avtomobil, o cümlədən 40"), and so is no part of the arrests or deaths of the sentence
    before. A day or a year is no count ("20 января")."""
    for k in range(q_at - 1, -1, -1):
        num = toks[k].num
        if num is None or word_at(toks, k + 1) in MONTHS or word_at(toks, k - 1) in MONTHS or num.value in _YEARS:
            continue
        things = word_at(toks, k + 1) in NOT_PEOPLE or (
            word_at(toks, k + 1) not in PERSON and word_at(toks, k + 2) in NOT_PEOPLE  # "200 təcili yardım maşını"
        )
        return toks[k].start if things else None
    return None


def joined_to_number(toks: list[Tok], q_at: int, ends: frozenset[int]) -> bool:
    """Whether the number phrase at q_at follows another and its people, joined by "and" or a comma ("93
    Azerbaijanis and 29 soldiers")."""
    if word_at(toks, q_at - 1) not in AND and word_at(toks, q_at - 1) != ",":
        return False
    k = q_at - 2
    while k >= q_at - 4 and (toks[k].norm in PERSON or toks[k].norm in MODIFIERS or toks[k].cap) and k not in ends:
        k -= 1
    return k < q_at - 2 and k in ends


def opening_whole(toks: list[Tok], at: int) -> bool:
    """The number at `at` follows only a phrase that opens the sentence with the whole ("Of our 400 students, 20 were
    killed", `whole_openings`): the casualty word after the next number is that number's, not this one's."""
    return any(len(p) == at and matches(toks, 0, p) for p in WHOLE_OPENINGS)


def breakdown_markers(toks: list[Tok]) -> list[tuple[int, Category | None]]:
    """Breakdown markers: (index after the marker and its casualty word, the category it names or None)."""
    candidates = (k for k, t in enumerate(toks) if t.norm in BREAKDOWN_FIRST)
    found = [(k, p) for k in candidates if (p := next((p for p in BREAKDOWN if matches(toks, k, p)), None))]
    opening = next((p for p in BREAKDOWN_OPENING if matches(toks, 0, p)), None)
    if opening is not None:
        found.insert(0, (0, opening))  # "Of the 147 killed, 20 were children"
    out: list[tuple[int, Category | None]] = []
    for k, t in enumerate(toks):  # Azerbaijani puts the casualty word first: "şəhidlərin arasında 20 qadın"
        if t.norm in AMONG_AFTER and (hit := keyword_at(toks, k - 1, "L", True) or keyword_at(toks, k - 1, "R", True)):
            out.append((k + 1, hit[0]))
        elif t.num is not None and _part_of(toks, k) and (hit := keyword_at(toks, k - 1, "L", True)):
            out.append((k, hit[0]))  # ... or a number that is a part of it (`_part_of`)
    for k, phrase in found:
        end = k + len(phrase)
        # "of the 147 killed", "among the 147 killed": the number is the whole; not "of whom 20 died": 20 is in it
        skip = ARTICLE | {"#"} if phrase in BREAKDOWN_WHOLE else ARTICLE
        for x in range(end, end + 3):  # "among those killed", "of the 147 killed"
            hit = keyword_at(toks, x, "L", False) or keyword_at(toks, x, "R", False)
            if hit is not None:
                out.append((hit[3] + 1, hit[0]))
                break
            if word_at(toks, x) not in skip:
                out.append((end, None))
                break
        else:
            out.append((end, None))
    return sorted(out, key=lambda m: m[0])


def attribution_before(toks: list[Tok], comma: int) -> int | None:
    """The comma or colon that opens an aside of attribution closed by the comma or dash at ``comma`` ("the death
    toll, according to official figures, was 147", "Ölənlərin sayı, rəsmi məlumata görə, 147 nəfər", "погибли: по
    официальным данным — 133"): a few words, none a number, one of which names who gives the figure; or None."""
    for x in range(comma - 2, max(comma - _ATTRIBUTION_REACH, 0) - 1, -1):
        if toks[x].norm in _ASIDE_OPENS:
            inside = toks[x + 1 : comma]
            return x if any(t.norm in ATTRIBUTION for t in inside) else None
        if not toks[x].norm[:1].isalpha():
            return None
    return None


def in_list(toks: list[Tok], a: int, b: int) -> bool:
    """Are toks[a:b] only the list a breakdown runs through ("there were 6 Russians, 3 Jews,", "6 русских и 3")?
    A word right after a number is its people, as Russian and Azerbaijani write nationalities in lower case."""
    if b - a > 40:
        return False
    x = b - 1
    while x >= a:
        opened = attribution_before(toks, x) if toks[x].norm == "," else None
        if opened is not None and opened >= a:
            x = opened - 1  # "Among the dead, witnesses said, were 20 children": an aside of attribution
        elif _listed(toks, x):
            x -= 1
        else:
            return False
    return True


def _listed(toks: list[Tok], x: int) -> bool:
    t = toks[x]
    if t.num is not None or t.cap or t.norm in LIST_WORDS or t.norm in PERSON or t.norm in MODIFIERS:
        return True
    if x > 0 and toks[x - 1].num is not None and partitive(toks, x - 1):
        return True  # "20-si qadın, 7-si uşaq": the mark of a part's ending ...
    if x > 1 and toks[x - 2].num is not None and partitive(toks, x - 2):
        return True  # ... and the ending
    if x > 2 and toks[x - 3].num is not None and partitive(toks, x - 3):
        return t.norm.isalpha()  # ... and its people
    return x > 0 and toks[x - 1].num is not None and t.norm.isalpha()


def _part_of(toks: list[Tok], k: int) -> bool:
    """Whether the number at k is a part of the casualty word's people before it: with a part's ending ("şəhidlərin
    20-si", 20 of the martyrs), after it in the ablative ("Yaralananlardan 50 nəfəri əlil olub"), or with its people's
    possessive after it in the genitive ("Həlak olanların 20 nəfəri")."""
    return partitive(toks, k) or _part_from(toks, k) or _part_people(toks, k)


def _part_from(toks: list[Tok], k: int) -> bool:
    """Whether the word before the number at k ends as a whole a part is taken from ("Yaralananlardan 50 nəfəri")."""
    return bool(_PART_FROM_ENDINGS) and k > 0 and word_at(toks, k - 1).endswith(_PART_FROM_ENDINGS)


def _part_people(toks: list[Tok], k: int) -> bool:
    """Whether the people of the number at k carry the possessive of a part and the word before it ends as a whole in
    the genitive does ("Həlak olanların 20 nəfəri qadın idi": 20 of the dead)."""
    return k > 0 and word_at(toks, k + 1) in _PART_PEOPLE and word_at(toks, k - 1).endswith(_WHOLE_ENDINGS)


def partitive(toks: list[Tok], k: int) -> bool:
    """Whether the number at k carries the ending of a part ("20-si", "20'si": 20 of them)."""
    return word_at(toks, k + 1) in CASE_MARKS and word_at(toks, k + 2) in PARTITIVE_ENDINGS


def same_people(toks: list[Tok], q_at: int, last: int) -> bool:
    """Whether the number from q_at to last counts the people of the figure before it in its sentence, or some of them:
    "and wounded 744 more", "20 others", "112 of whom", "из них 21", "onlardan 20-si", "744 kişi daha"."""
    if any(matches(toks, q_at - len(p), p) for p in _SAME_BY_LAST.get(word_at(toks, q_at - 1), ())):
        return True
    k = last + 1
    while True:
        if any(
            matches(toks, k, p) and word_at(toks, k + len(p)) not in _SAME_NOT
            for p in _SAME_BY_FIRST.get(word_at(toks, k), ())
        ):
            return True  # (not "daha sonra", later: "147 sivil öldü; 20 kişi daha sonra hastanede öldü")
        if k - last > _PEOPLE_WORDS or (word_at(toks, k) not in PERSON and word_at(toks, k) not in MODIFIERS):
            return False
        k += 1


def people_after(toks: list[Tok], last: int) -> int:
    """The index after the words naming the people right after the number that ends at last, up to a few ("744 more
    people", "147 masum sivil"); last + 1 when none do."""
    x = last + 1
    while x - last <= _PEOPLE_WORDS and (word_at(toks, x) in PERSON or word_at(toks, x) in MODIFIERS):
        x += 1
    return x


def other_estimate(toks: list[Tok], q_at: int, last: int) -> bool:
    """Whether the number from q_at to last is another estimate of the figure before it in its sentence, its casualty
    word elided: "officially 133 people were killed, unofficially over 300", "по официальным данным — 133, по
    неофициальным — около 300", "qeyri-rəsmi məlumata görə isə 300-dən çox": a word of another estimate after a mark,
    a few words before it, no number between, and the sentence's clause ends after the number (and its people)."""
    if word_at(toks, people_after(toks, last)) not in _ESTIMATE_END:
        return False
    for k in range(q_at - 1, max(-1, q_at - _ESTIMATE_REACH - 1), -1):
        if toks[k].num is not None:
            return False
        w = toks[k].norm
        if any(w == e or (e.endswith("*") and w.startswith(e[:-1])) for e in OTHER_ESTIMATE):
            return any(word_at(toks, m) in _ESTIMATE_MARKS for m in range(k - 3, q_at))
    return False


def total_marked(toks: list[Tok], q_at: int, j: int) -> bool:
    before = q_at - 1 if word_at(toks, q_at - 1) == "," else q_at  # "In total, 147 people died"
    if word_at(toks, before - 1) not in TOTAL_WORDS and word_at(toks, j + 1) not in TOTAL_WORDS:
        return False
    return any(matches(toks, before - len(p), p) for p in TOTAL_BEFORE) or any(
        matches(toks, j + 1, p) for p in TOTAL_AFTER
    )


# A casualty word joined by "and"/"or" to one of another category ("875 dead and wounded", "killed or injured
# 875") counts both: the number is no figure of either.


def stated_whole(toks: list[Tok], q_at: int) -> bool:
    """Whether the number phrase at q_at is stated as the whole a part is taken from, after a phrase of
    `breakdown_whole` ("three martyrs of the 147 who died", "из 147 погибших пятеро"): a place's share in its
    sentence leaves it the whole toll."""
    return any(matches(toks, q_at - len(p), p) for p in BREAKDOWN_WHOLE if q_at >= len(p))


def joined_after(toks: list[Tok], b: int, category: Category) -> bool:
    """Another category's word follows the one ending at b: "875 dead and wounded", "həlak olub və yaralanıb"."""
    x = b + 1
    while word_at(toks, x) in AUX:
        x += 1
    after = keyword_at(toks, x + 1, "R", ending=False) if word_at(toks, x) in JOINED else None
    # (not one with its own number after it: "137 убиты и ранены 744", two figures)
    return after is not None and after[0] != category and word_at(toks, after[3] + 1) != "#"


def joined_before(toks: list[Tok], a: int, category: Category) -> bool:
    """Another category's word comes before the one starting at a: "killed or wounded 875", "Погибли и были
    ранены 800"."""
    for k in range(max(0, a - 3), a):
        if word_at(toks, k) in JOINED:
            before = keyword_at(toks, k - 1, "L", ending=True) or keyword_at(toks, k - 1, "R", ending=True)
            # (not one with its own number before it: "137 убиты и ранены 744", two figures)
            if before is not None and before[0] != category and word_at(toks, before[2] - 1) != "#":
                return True
    return False


_COLON_REACH = 6  # words from a figure's number to the colon opening its breakdown ("132 people were killed in all:")


def after_colon(toks: list[Tok], whole_last: int, q_at: int) -> bool:
    """Whether the number phrase at q_at is listed after a colon that opens the breakdown of the figure whose number
    ends at `whole_last` in its sentence, only words between them ("132 people were killed in total: 123 men, 5
    women and 4 children", "Всего погибли 132 человека: 123 мужчины, 5 женщин"): a part of it, and the figure stays
    the whole."""
    if whole_last < 0:
        return False
    reach = range(whole_last + 1, min(q_at, whole_last + _COLON_REACH + 2))
    colon = next((x for x in reach if toks[x].norm == ":"), -1)
    if colon < 0 or not all(t.num is None and t.norm[:1].isalpha() for t in toks[whole_last + 1 : colon]):
        return False
    return colon == q_at - 1 or in_list(toks, colon + 1, q_at)

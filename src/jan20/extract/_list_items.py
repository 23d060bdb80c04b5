"""The items of a list of people and groups before one verb ("Ambassador X, embassy staff, the Ambassador of
Kazakhstan Y, diplomats and members of the diaspora laid flowers"): a group between the people of a list joins them,
and a person with a title between two commas after (or before) a group is an item of the list, not an apposition."""

from __future__ import annotations

import re

from jan20.text import sentences as sx

from . import _cues as cue
from ._honours import honours_before
from ._name_runs import is_cap, name_cap
from ._name_words import acronym, capital_non_name, is_word
from ._title_before import title_before
from ._title_gaps import title_gap
from ._title_words import ROLE_MODIFIERS, SMALL_WORDS, is_non_name_word, is_role_head

GROUP_WORDS = 5  # how many words a group of people beside a named subject may take ("the staff of the embassy")


def list_item(toks: list[sx.Token], a: int, b: int, linked: frozenset[int] | set[int]) -> bool:
    """The words between the commas at a and b are an item of a list of people and groups, not an apposition: a
    person with their title ("the Ambassador of Kazakhstan Y": every word linked, the last a name) after a group
    ("embassy staff, …") or before one ("…, diplomats and members of the diaspora")."""
    inner = range(a + 1, b)
    if not inner or not all(i in linked for i in inner) or not is_cap(toks[b - 1].text):
        return False
    return (
        group_words(toks, a, -1) or group_words(toks, b, 1) or _titled_like(toks, a, b) or _graded_after_post(toks, a)
    )


def _graded_after_post(toks: list[sx.Token], a: int) -> bool:
    """A post with no name ends at the comma at a ("the faculty's dean, docent X,", "the dean of the faculty,
    associate professor X,"): the degree and name after it are the post's holder, not an apposition."""
    if a < 1 or name_cap(toks[a - 1].text):
        return False
    _, role_first = title_before(toks, a)
    return role_first < a and toks[role_first].text[:1].islower()


def _titled_like(toks: list[sx.Token], a: int, b: int) -> bool:
    """The words between the commas at a and b are a lower-case title and a name, as is the item before a: one of a
    list of titled people ("professor A, associate professor B, associate professor C"), not an apposition."""

    def title_then_name(first: int, end: int) -> bool:
        k = end
        while k > first and is_cap(toks[k - 1].text):
            k -= 1
        title = toks[first:k]
        return bool(title) and k < end and all(_lower_title(t) for t in title)

    if title_then_name(a + 1, b) and title_then_name(max(_opening(toks, a), a - GROUP_WORDS), a):
        return True
    before = honours_before(toks, a)  # ("A, scientist, doctor of philosophy, docent of the Institute B,")
    titled = _titled_before(toks, max(_opening(toks, before), before - _TITLED_WORDS), before)
    return titled and _post_of_body_then_name(toks, a + 1, b)


def _opening(toks: list[sx.Token], a: int) -> int:
    """Where the item of a list that ends at the comma at a opens: after a comma or a word that sets the scene."""
    opening = a
    while opening > 0 and toks[opening - 1].text not in {",", ":", ";"} and toks[opening - 1].low not in cue.SCENE:
        opening -= 1
    return opening


_TITLED_WORDS = 10  # the words of a titled name before an item of a list ("the deputy of the National Assembly X")


def _name_start(toks: list[sx.Token], first: int, end: int) -> int:
    """Where the name that ends the words first..end starts: the capitalised words at their end that are no title's,
    body's or place's."""
    k = end
    while k > first and name_cap(toks[k - 1].text):
        k -= 1
    return k


def _post_of_body_then_name(toks: list[sx.Token], first: int, end: int) -> bool:
    """The words first..end are a post in lower case over a body named in capitals, then a name ("the rector of Baku
    State University Y"): every word of the title a lower-case title word, a link, or a body's capitalised word (no
    capitalised head: "assistant to President Y" is an apposition naming someone else, as is a kin's "the son of X")."""
    k = _name_start(toks, first, end)
    title = toks[first:k]
    lower_head = any(t.text.islower() and is_role_head(t.text) for t in title)
    words = all(
        _lower_title(t) or t.low in cue.TRIM_LEAD or t.low in cue.PRE_TITLE_LINK or _body_capital(t) for t in title
    )
    kin = cue.KIN_OF.search(" ".join(t.low for t in title)) is not None  # ("the son of the late poet X": another)
    return first < k < end and bool(title) and title[0].text[:1].islower() and lower_head and words and not kin


def _body_capital(tok: sx.Token) -> bool:
    return is_cap(tok.text) and is_non_name_word(tok.text) and not is_role_head(tok.text)


def _titled_before(toks: list[sx.Token], first: int, end: int) -> bool:
    """The words first..end end in a name after a title with a head in lower case ("the deputy of the National
    Assembly X"): the item before is a titled person too."""
    k = _name_start(toks, first, end)
    return first < k < end and any(t.text.islower() and is_role_head(t.text) for t in toks[first:k])


def _lower_title(tok: sx.Token) -> bool:
    return tok.text[:1].islower() and (is_role_head(tok.low) or tok.low in ROLE_MODIFIERS)


def group_words(toks: list[sx.Token], comma: int, step: int) -> bool:
    """The words next to the comma at `comma` (before it when step is -1, after it when 1) are a group of people:
    lower case, one of them a noun of a group (`[attendees] group_nouns`)."""
    k = comma + step
    for _ in range(GROUP_WORDS):
        if not 0 <= k < len(toks) or not is_word(toks[k]) or not toks[k].text[:1].islower():
            return False
        if toks[k].low in cue.GROUP_NOUNS:
            return True
        k += step
    return False


_LIST_TOKENS = 60  # how far back a list of people and groups that opens a sentence is read
_TITLE_LEAD = 12  # tokens of an item's title the walk may not have read, before its titled name ("24th Term")


def list_opens(toks: list[sx.Token], k: int, linked: set[int]) -> bool:
    """The list of people (with their titles) and groups that ends at k (exclusive) opens the sentence, after words
    that only set the scene ("Посол X, сотрудники посольства, посол Y, дипломаты и …"): items joined by commas and
    "and", each a name or a group (a few lower-case words, one of them a noun of a group)."""
    floor = max(0, k - _LIST_TOKENS)
    while k > floor:
        if (k - 1) in linked or toks[k - 1].text == "," or toks[k - 1].low in cue.LIST_JOINERS:
            k -= 1
            continue
        if (lead := _title_lead(toks, k, linked)) is not None:
            k = lead  # ("A, 24th Term Deputy B, members of the council attended": words of B's title not read as one)
            continue
        run = k
        while run > max(floor, k - GROUP_WORDS) and lower_word(toks[run - 1]) and (run - 1) not in linked:
            run -= 1
        separated = run == 0 or toks[run - 1].text == "," or toks[run - 1].low in cue.LIST_JOINERS
        if run == k or not separated or not any(t.low in cue.GROUP_NOUNS for t in toks[run:k]):
            break
        k = run
    return all(t.low in cue.SCENE for t in toks[:k])


def _title_lead(toks: list[sx.Token], k: int, linked: set[int]) -> int | None:
    """Where the words that open the next item's title start, when the walk did not read them as part of it: a few
    capitalised or numbered words, with small words and commas between them, after a comma (or "and") and before the
    titled name ("A, 24th Term Deputy B, …"; "A, Ankara University Faculty of Language, History and Geography Professor
    B, …"): the index of the first, else None."""
    if k >= len(toks) or k not in linked:
        return None
    run, first = k, None
    while run > max(0, k - _TITLE_LEAD) and (run - 1) not in linked:
        tok = toks[run - 1]
        if tok.text[:1].isdigit() or (is_word(tok) and tok.text[:1].isupper()):
            first = run - 1
        elif not (tok.text == "," or tok.low in SMALL_WORDS or tok.low in cue.LIST_JOINERS):
            break
        run -= 1
    if first is None or first == 0 or not (toks[first - 1].text == "," or toks[first - 1].low in cue.LIST_JOINERS):
        return None
    return first


def group_word(toks: list[sx.Token], first: int, k: int) -> bool:
    """A word of a group that opens at `first`: a word in lower case, or after one (no person's, which the caller
    leaves out) a word of a body's name or its abbreviation in the genitive ("курсанты Военной академии МЧС")."""
    return lower_word(toks[k]) or (k > first and is_word(toks[k]) and not toks[k].text[:1].islower())


def body_word(tok: sx.Token) -> bool:
    """A capitalised word of a body's name or its abbreviation ("Академии", "МЧС", "ЕС"), never a person's."""
    return is_word(tok) and (
        capital_non_name(tok.text) or acronym(tok.text) or (tok.text.isupper() and len(tok.text) > 1)
    )


def lower_word(tok: sx.Token) -> bool:
    return is_word(tok) and tok.text[:1].islower() and tok.low not in cue.LIST_JOINERS and tok.low not in cue.NEGATION


_LIST_ITEM = re.compile(r"[ \t]*\n[ \t]*\n?[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+[^\n]*")
_ITEM_MARK = re.compile(r"\n[ \t]*\n?[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]|[;.,]?[ \t]*$|[;.][ \t]*(?=\n)")


# Items without a mark, a line each, each but the last ending in a comma or a semicolon ("приняли участие:\nпосол X,
# \nдепутат Y;\nпредседатель Z."): short lines, with no blank line between them.
_PLAIN_ITEMS = re.compile(r"(?:[ \t]*\n[ \t]*[^\n]{1,120}?[,;])+[ \t]*\n[ \t]*[^\n]{1,120}?[.;]?[ \t]*(?=\n|$)")
_LINE_END = re.compile(r";?[ \t]*\n")


def _comma_or_blank(m: re.Match[str]) -> str:
    """A line's end as a list item's separator, of the same length: a semicolon as a comma, the break as a blank."""
    return ("," if m.group().startswith(";") else " ") + " " * (len(m.group()) - 1)


def with_lists(masked: str, sents: list[sx.Span]) -> tuple[str, list[sx.Span]]:
    """The text with each of the sentences that ends with a colon joined to the list of items below it ("Officials
    who attended included:\n- Prime Minister Ali Asadov\n- ..."; or a line each with no mark, each but the last
    ending in a comma), the items read as a comma list (offsets are kept), and the sentences, each of those ending
    after its list. The text is put together once, not again for each list (a document of many lists stays linear):
    a sentence is read in the text as the lists before it left it, which is the text as given from where a sentence
    ends after the lists before it (the lists are read in text order); one that ends inside a list joined before
    (an item ending with a colon) is read in the joined text."""
    pieces: list[str] = []  # the text up to `done`, its lists joined; from there on it is masked's
    done = 0
    spans: list[sx.Span] = []
    for sent in sents:
        if sent.end - 1 < done:  # (ends inside a list joined before: read it as joined)
            masked, pieces, done = "".join(pieces) + masked[done:], [], 0
        joined = _joined_list(masked, sent)
        if joined is None:
            spans.append(sent)
            continue
        end, items = joined
        pieces += [masked[done : sent.end], items]
        done = end
        spans.append(sx.Span(sent.start, end))
    return ("".join(pieces) + masked[done:] if pieces else masked), spans


def _joined_list(masked: str, sent: sx.Span) -> tuple[int, str] | None:
    """Where the list below a sentence that ends with a colon ends, and its items as a comma list of the same
    length; None when the sentence ends otherwise or no list follows."""
    if not masked[sent.start : sent.end].endswith(":"):
        return None
    end = sent.end
    while (item := _LIST_ITEM.match(masked, end)) is not None:
        end = item.end()
    if end == sent.end and (plain := _PLAIN_ITEMS.match(masked, end)) is not None:
        return plain.end(), _LINE_END.sub(_comma_or_blank, plain.group())
    if end == sent.end:
        return None
    items = _ITEM_MARK.sub(lambda m: "," + " " * (len(m.group()) - 1) if m.group() else "", masked[sent.end : end])
    return end, items


def group_item(toks: list[sx.Token], k: int, linked: set[int], depth: int = 0, joined: bool = False) -> int:
    """Where the list goes on after a group that opens at k, after a comma or "and" ("X, şəhərin rəsmiləri,
    universitetin rektoru Y"): the index after its separator when a name (or a title, then a name) follows, or
    another group and then a name ("сотрудники министерства, преподаватели и курсанты, сын погибшего Y"); k when
    there is none. A group `joined` to one before it by "and" needs no noun of a group ("преподаватели и курсанты")."""
    end = k
    while end < min(len(toks), k + GROUP_WORDS) and group_word(toks, k, end) and end not in linked:
        end += 1
    if end == k or end >= len(toks) or not (joined or any(t.low in cue.GROUP_NOUNS for t in toks[k:end])):
        return k
    if not (toks[end].text == "," or toks[end].low in cue.LIST_JOINERS) or end + 1 >= len(toks):
        return k
    if end + 1 in linked or title_gap(toks, end + 1, linked) > end + 1:
        return end + 1
    if depth >= _GROUPS_IN_A_ROW:
        return k
    further = group_item(toks, end + 1, linked, depth + 1, toks[end].low in cue.LIST_JOINERS)
    return further if further > end + 1 else k


_GROUPS_IN_A_ROW = 3  # groups between a verb, or a person, and the next person of a list


_ASIDE_TOKENS = 24  # a topic or a post in brackets after a name: a few words


def aside_end(toks: list[sx.Token], k: int, linked: set[int]) -> int:
    """Where the list goes on after an aside in brackets right after a name ("A (“Qanlı Yanvar”), B (tarix müəllimi) və
    C çıxış ediblər": each one's topic or post): after its closing bracket, when a comma, "and" or a name follows; k
    when there is none."""
    o = k if k < len(toks) and toks[k].text == "(" else k - 1  # (the bracket may have been walked as glue)
    if not (0 < o < len(toks) and toks[o].text == "(" and o - 1 in linked):
        return k
    close = next((m for m in range(o + 1, min(len(toks), o + _ASIDE_TOKENS)) if toks[m].text in "()"), k)
    if toks[close].text != ")" or close + 1 >= len(toks):
        return k
    after = toks[close + 1]
    return close + 1 if after.text == "," or after.low in cue.LIST_JOINERS or close + 1 in linked else k


def aside_before(toks: list[sx.Token], k: int, linked: set[int]) -> int | None:
    """Where an aside in brackets right after a name opens, when its closing bracket is at k or just before it and a
    comma or "and" then goes on to a name ("A (a teacher) and B spoke", walked back from B), or it is a party's tag
    ("Senator X (D-NJ) spoke"): the index of its opening bracket, else None."""
    close = k if k < len(toks) and toks[k].text == ")" else k - 1
    if not (close > 1 and toks[close].text == ")"):
        return None
    for o in range(close - 1, max(0, close - _ASIDE_TOKENS) - 1, -1):
        if toks[o].text in {"(", ")"}:
            aside = toks[o].text == "(" and o - 1 in linked
            tag = cue.PARTY_TAG.fullmatch("".join(t.low for t in toks[o + 1 : close])) is not None
            return o if aside and (tag or _goes_on(toks, close, linked)) else None
    return None


def aside_closes(toks: list[sx.Token], k: int, walked: list[int], linked: set[int]) -> bool:
    """The bracket at k closes an aside the walk has opened after a name ("A (директор школы) и B"), and the list
    goes on after it with a comma or "and" and a name (or a title the role table knows)."""
    brackets = [toks[i].text for i in walked if toks[i].text in {"(", ")"}]
    return toks[k].text == ")" and bool(brackets) and brackets[-1] == "(" and _goes_on(toks, k, linked)


def _goes_on(toks: list[sx.Token], close: int, linked: set[int]) -> bool:
    """After the closing bracket at `close`, a comma or "and" and then a name: the list goes on past the aside."""
    return (
        close + 2 < len(toks)
        and (toks[close + 1].text == "," or toks[close + 1].low in cue.LIST_JOINERS)
        and (close + 2 in linked)
    )

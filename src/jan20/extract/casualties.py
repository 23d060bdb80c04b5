"""Casualty figures (killed, injured, arrested, missing) read from article text.

A number becomes a figure only when a casualty word is attached to it in its own clause: after it
("147 people were killed", "744 wounded", "131 people lost their lives") or before it ("killing 131",
"the death toll rose to 147"), across a short chain of filler words (those walks are in `_casualty_scan`, the
word tables in `_casualty_words`). A number with no casualty word of its own counts only inside a breakdown
("among those killed were 6 Russians, 3 Jews") or beside "in total", and then takes the category it breaks down. Years
("in 1990"), dates ("January 19-20"), ages ("16-year-old"), durations ("44-day war"), troops, homes, page
numbers and "hundreds of" are never figures. Precision comes first: when the wording is unclear, there is no figure.

Decisions:
* ``value`` of a range ("131–170", "between 133 and 137", "from 131 to 170", "two or three") is the low
  end, so the value never claims more than the text; ``low``/``high`` carry the range. Any other figure
  has low = value = high, and the qualifier says which way it leans.
* "nearly", "almost", "close to", "up to", "as many as", "fewer than" → ``at_most``; "about", "around",
  "some", "an estimated", "roughly", "a dozen" → ``approx``; "more than", "over", "at least" → ``at_least``.
* A qualifier belongs to its own number, and to a figure coordinated with it in its clause that has none
  (`_casualty_spread`): "an estimated 130 dead and 700 injured" are both approx; "an estimated 147 people dead
  and 638 were injured" or "yaklaşık 700 kişi yaralandı, 841 kişi tutuklandı" leaves the second exact (a clause of
  its own, its own verb), and so does "130-dan çox" (a qualifier after
  its number) or another sentence.
* "more"/"additional"/"another" make a part ("Eight more died" → partial) unless every earlier figure is of
  another category ("147 killed … An additional 841 were arrested" → the arrested total), or every earlier figure
  of its own sentence is ("131 were killed and 744 more were wounded" → the wounded total).
* A sentence that names 1990 and another year as times gives each figure the year named nearest it: "In Sumgait in
  1988, 32 people were killed, and in January 1990 …" gives no figure (nor does a place of that year bound 1990's).
* Numbers joined by "and" or a comma, each with its people ("93 Azerbaijanis and 29 soldiers were killed",
  "killing 93 Azerbaijanis and 29 Russians"), are parts of one toll; clauses joined so ("killed 147 people and
  744 were wounded") are not.
* A figure marked as a total ("in total", "a total of", "thus") makes smaller figures of its category
  within three sentences partial ("82 killed before the curfew … in total 147").
* ``who`` is set only when the figure's own words say civilians ("civilians", "peaceful residents"),
  soldiers or police; "citizens", "people" or a city's people ("82 бакинца", "82 Bakülü") leave it None.
* "fatally wounded" is killed (beside another figure of the killed in its sentence, a part of the toll); "victims"
  ("147 victims", "147 жертв", "147 qurbanı") are the dead unless a verb after them says otherwise ("800 victims
  were injured"); "casualties" alone name no category, so give no figure.
* Figures bounded in time ("in the first hours", "в последующие дни") or in place (a town or the districts outside
  Baku: "in Lankaran", "rayonlarda") are parts; Baku alone is the event's own place. A place's share ("the district
  gave three martyrs") is a part, the whole toll in its sentence is not ("… of the 147 who died").
* Those left disabled are a part of the injured ("10 people became disabled for life"), never their whole.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from jan20.text import sentences as sx
from jan20.text.fold import found_as_written
from jan20.text.numbers import NumberMention, find_numbers
from jan20.text.sentences import READ_LIMIT

from ._before_troops import before_troops, week_spans
from ._casualty_clauses import scan_relative, scan_verb_final
from ._casualty_context import (
    after_other,
    another_event,
    continues_other,
    events_named,
    labelled,
    later_protest,
    later_war,
    named_next,
    of_other,
    other_event_next,
    this_named_next,
    timed_part,
)
from ._casualty_fate import fate_unknown
from ._casualty_own_words import elided, gapped, no_count, shared_who, soviet_army, who_before, who_of
from ._casualty_parts import (
    after_colon,
    breakdown_markers,
    in_list,
    joined_to_number,
    opening_whole,
    other_estimate,
    partitive,
    same_people,
    stated_whole,
    things_counted_before,
    total_marked,
)
from ._casualty_phrases import Tok, candidates, qualifier_of, tokenize, word_at
from ._casualty_relative import other_antecedent
from ._casualty_scan import Hit, noun_after, scan_left, scan_right
from ._casualty_spread import Figure, spread_to
from ._casualty_state import (
    CasualtyFigure,
    State,
    add,
    beside_killed,
    dropped_before,
    figure,
    figure_starts,
    follows_figure,
    row_side,
    whole_who,
    worded_as_part,
)
from ._casualty_text import NumberReader, cue_positions, labels_with_values
from ._casualty_times import other_time, placed_part, shares, times_named
from ._casualty_words import (
    DASHES,
    NOT_COUNTED,
    NOT_PEOPLE,
    NUMBER_CASE,
    OF,
    PARTITIVE,
    TOTAL_END,
    UNITS,
    Category,
    Qualifier,
    Scope,
    Who,
)
from ._pretexts import pretext_then
from ._rumours import rumoured

__all__ = ["CasualtyFigure", "Category", "Qualifier", "Scope", "Who", "extract_casualties"]


_FOR_VERB = DASHES | {","}  # a mark that stands for the verb said before: "and in January 1990, 147."
_ARMY: frozenset[Who] = frozenset({"soldiers"})  # the people an army loses (`other_event_next`)
_GAP = 4  # words from the comma after a number to the next number that may say its casualty word
_NEAR = 3  # sentences around an explicit total whose smaller figures of its category are its parts


def _inherited_hit(toks: list[Tok], last: int, category: Category, in_breakdown: bool, total: bool) -> Hit | None:
    """A number with no casualty word of its own, in a breakdown ("among those killed were 6 Russians",
    "20 of them were children") or beside "in total", counts people of the category it breaks down."""
    of_them = word_at(toks, last + 1) in OF and word_at(toks, last + 2) in PARTITIVE
    np = noun_after(toks, last)
    people = of_them or (bool(np) and all(t.norm not in NOT_COUNTED for t in np))  # not "including 3,000 troops"
    # In a breakdown, any word after the number names its people ("среди погибших 6 русских", "6 rus və 3
    # yəhudi"): Russian and Azerbaijani write nationalities in lower case.
    after = word_at(toks, last + 1)
    people |= in_breakdown and after.isalpha() and after not in NOT_PEOPLE and after not in UNITS
    # ... and so does a case ending on the number: "onlardan 112-si" (112 of them)
    people |= in_breakdown and after in DASHES and NUMBER_CASE.fullmatch("-" + word_at(toks, last + 2)) is not None
    people |= in_breakdown and partitive(toks, last)  # "şehitlerin 20'si kadın, 7'si çocuk"
    if (in_breakdown or of_them) and people:
        return Hit(category, np, part=True)
    if total and (people or (word_at(toks, last + 1) in TOTAL_END or word_at(toks, last + 1) in {"", ",", ".", ";"})):
        return Hit(category, np)  # "… in total 147"
    return None


def _read_sentence(
    text: str, s0: int, s1: int, si: int, nums: list[NumberMention], state: State, prev: tuple[int, int] | None
) -> None:
    if another_event(text, s0, s1) or continues_other(text, prev, s0, s1) or pretext_then(text, prev, s0, s1):
        return  # (`prev`: the sentence before it, which may have named another event: "O gecə 613 nəfər …")
    if before_troops(text, prev, s0, s1):
        return  # "13 Ocak 1990'da Bakü'de başlayan olaylarda 66 kişi öldü": the pogrom week's
    told = rumoured(text, prev, s0, s1)  # figures before it are rumours ("Despite rumours of thousands, 147 …")
    week = week_spans(text, s0, s1)  # "yanvarın 12-də 20 nəfər həlak olub, yanvarın 20-də isə 147": the 20 the week's
    if told is not None and told >= s1:
        return
    times = times_named(text, s0, s1)  # 1990 and another year: each figure's own time
    events = events_named(text, s0, s1)  # another event and this one: each figure's own
    timed = timed_part(text, s0, s1)  # bounded in time
    placed = placed_part(text, s0, s1, times)  # ... or in place
    shared = shares(text, s0, s1, times)  # a place's share: the figures inside it
    toks = tokenize(text, s0, s1, nums)
    markers = breakdown_markers(toks)
    quote = sx.normalised(text, s0, s1)
    phrases = candidates(text, toks)
    starts, ends = frozenset(i for i, _ in phrases), frozenset(j for _, j in phrases)
    gap: tuple[int, int, Qualifier, list[Tok], int] | None = None  # a number and its people, its word not yet said
    opened = 0  # 2 right after a whole the sentence opened with, 1 after a part of it: the bare figures after are parts
    after = 0  # where the figure before ends
    read = False  # a figure of this sentence read before (`named_next`)
    whole_last = -1  # where the number of the figure read last in this sentence ends (`after_colon`)
    for k, (i, j) in enumerate(phrases):
        qualifier, q_at, last = qualifier_of(toks, i, j)
        if no_count(toks, qualifier, q_at, last) or (told is not None and toks[i].start < told):
            continue
        # Across a number joined to this one only when nothing nearer gives a word: in "killed 147 people and 744
        # were wounded", 147 is the killed; never from a whole the sentence opens with ("Of our 400 students, 20 …")
        whole = opening_whole(toks, q_at)
        hit = scan_right(toks, last, q_at) or scan_left(toks, q_at, last)
        # ("Of our 400 students, 20 were killed": 20 of them, a part; and the bare figures after it, "20 were killed and
        # 50 wounded", not one with its own people or after a semicolon: "…, and 744 people were wounded", "…; 841 were
        # arrested": the toll's)
        bare = not (hit is not None and hit.np) and not any(t.norm == ";" for t in toks[after:q_at])
        of_whole = opened == 2 or (opened == 1 and bare)
        opened, after = 2 if whole else int(of_whole), last
        hit = hit or (None if whole else scan_right(toks, last, q_at, starts))
        # "137 kişi Sovyet tanklarının altında can verdi", "147 civilians who had gathered in the square were killed"
        hit = hit or scan_verb_final(toks, last) or scan_relative(toks, last) or fate_unknown(toks, q_at, last)
        of_them = word_at(toks, last + 1) in OF and word_at(toks, last + 2) in PARTITIVE
        joined = joined_to_number(toks, q_at, ends) and state.sentence_of[-1:] == [si] and not of_them
        marker, inherited = _inherited(toks, markers, state, si, q_at)
        total = total_marked(toks, q_at, last)
        if hit is None and inherited is not None:
            hit = _inherited_hit(toks, last, inherited, marker is not None, total)
        listed = hit is None and read and after_colon(toks, whole_last, q_at)  # "132 were killed in all: 123 men, 5 …"
        if listed:
            hit = Hit(state.figures[-1].category, noun_after(toks, last), part=True)
        if hit is None and joined and word_at(toks, last + 1) not in UNITS:  # "killing 93 Azerbaijanis and 29 Russians"
            hit = Hit(state.figures[-1].category, noun_after(toks, last))
        if hit is None and state.sentence_of[-1:] == [si] and other_estimate(toks, q_at, last):
            before = state.figures[-1]  # "officially 133 were killed, unofficially over 300": the same toll
            hit = Hit(before.category, noun_after(toks, last), part=before.scope == "partial")
        named = labelled(events, text, toks[i].start)  # "Qara Yanvarda 147, Xocalıda 613 nəfər həlak olub"
        if hit is None and dropped_before(state, si) and (np := elided(toks, q_at, last, _FOR_VERB, named)) is not None:
            # "в войне погибли 2908 военнослужащих, а 20 января — 147 человек": this event's toll (the dash stands
            # for the verb said before)
            assert state.dropped is not None
            hit = Hit(state.dropped[1], np)
        if hit is None and state.sentence_of[-1:] == [si] and (np := elided(toks, q_at, last)) is not None:
            # "134 killed in Baku and 13 more in other towns": two parts; "131 civilians; 21 soldiers": two tolls
            before = state.figures[-1]
            hit = Hit(before.category, np, part=who_of(np) in (None, before.who) or before.who is None)
            # (not another year's or another event's: "… унесла жизни 147 человек, Ходжалинский геноцид — 613")
            another = (times and other_time(text, times, toks[i].start)) or of_other(events, toks[i].start)
            if hit.part and not another:
                state.figures[-1] = replace(before, scope="partial")
        if hit is not None and joined and hit.category == state.figures[-1].category:
            # "93 Azerbaijanis and 29 soldiers were killed": both are parts of the toll
            hit.part = True
            state.figures[-1] = replace(state.figures[-1], scope="partial")
        if hit is None and not whole and (np := gapped(toks, last, starts, named)) is not None:
            gap = (i, j, qualifier, np, last + len(np) + 1)  # its people, then a comma: the word may come later
        if hit is None or (hit.category == "arrested" and later_protest(text, s0, s1)):
            continue
        earlier, read = read, True  # (another event's too: "the Tbilisi tragedy that killed 21 people, …")
        if other_antecedent(toks, q_at, last):
            continue  # "the repressions, which claimed 40,000 victims": another event's dead
        if (times and other_time(text, times, toks[i].start)) or any(a <= toks[i].start < b for a, b in week):
            state.dropped = (si, hit.category, toks[i].start)
            continue  # "In Sumgait in 1988, 32 people were killed, and in January 1990 …"
        breakdown = marker is not None and inherited == hit.category  # (a part of the figure it breaks down)
        partial = (
            hit.part
            or timed
            or (placed and not stated_whole(toks, q_at))  # "of the 147 who died, 8 in Lankaran": the 147 stay the toll
            or any(a <= toks[i].start < b for a, b in shared)  # "the district gave three martyrs of the 147 who died"
            or breakdown
            or of_whole
            or worded_as_part(toks, state, si, hit.category, j, q_at)
        ) and not total
        # "Khojaly, where 613 were killed, and Black January, when 147 died": each figure of the event named before it
        # ... or, after another figure, of the event its own words name after it: "147 died on 20 January, and 2,908
        # soldiers were martyred in the 44-day war"
        numbered = k + 1 < len(phrases)  # (a name then only marks before the next number is its label)
        nxt = toks[phrases[k + 1][0]].start if numbered else s1
        own = named_next(events, text, toks[last].end, nxt, numbered) if events and earlier and marker is None else None
        if (
            own is None
            and events
            and not earlier
            and this_named_next(events, text, toks[i].start, toks[last].end, nxt, numbered)
        ):
            own = False  # (the first: "after the liberation of Karabakh, … the 147 victims of 20 January")
        other = of_other(events, toks[i].start) if own is None else own
        gap_other = gap is not None and of_other(events, toks[gap[0]].start)
        # (after "and", only a verb said after the next number's people is both's, never that number's own noun:
        # "147 kişi ve 744 yaralı vardı", the 147 no wounded)
        gap_own = gap is not None and word_at(toks, gap[4]) != "," and not hit.np
        if (
            gap is not None
            and 0 < q_at - gap[4] <= _GAP
            and who_of(gap[3]) in (None, who_of(hit.np))
            and not (gap_other or gap_own)
        ):
            # "Bakıda 131 nəfər, rayonlarda isə 8 nəfər həlak olub": the casualty word of both, said once at the end
            scope: Scope = "total" if other else "partial"
            add(state, figure(toks, gap[0], gap[1], hit.category, gap[2], scope, who_of(gap[3]), quote), si)
            partial = not total
        gap = None
        if other:
            state.dropped = (si, hit.category, toks[i].start)
            continue
        broken_down = toks[marker[0] - 1].start if marker is not None and breakdown else None
        who = _who(text, toks, state, si, hit, i, q_at, last, broken_down)
        # a later war's soldiers: "The army lost 10,000 soldiers. This was during the Karabakh war.", "In 2020, 2,908
        # soldiers …", "… recalled the 44-day war. 2,908 servicemen were martyred."
        # (never the Soviet army's: "That night 21 Soviet soldiers also died" is 1990's)
        if (who in _ARMY and not soviet_army(toks, hit.np, q_at, last)) and (
            later_war(text, s0, s1)
            or after_other(text, prev, s0, s1)
            or (hit.category == "killed" and other_event_next(text, s0, s1))
        ):
            state.dropped = (si, hit.category, toks[i].start)
            continue
        partial |= beside_killed(state, si, hit, marker is not None or of_them) and not total  # "82 and 20 mortally …"
        fig = figure(toks, i, j, hit.category, qualifier, "partial" if partial else "total", who, quote)
        add(state, fig, si)
        whole_last = whole_last if listed else last
        if hit.mortal:
            state.mortal.add(len(state.figures) - 1)
        if total:
            state.totals[fig.category, si] = max(fig.low, state.totals.get((fig.category, si), 0))


def extract_casualties(text: str) -> list[CasualtyFigure]:
    """Every casualty figure in ``text`` (its first READ_LIMIT characters), in text order (see the module
    docstring for the rules). An apostrophe typed as another mark is read as one ("750´den fazla"), and quoted as
    written."""
    return found_as_written(text[:READ_LIMIT], _extract, lambda fig, written: replace(fig, quote=written(fig.quote)))


def _extract(text: str) -> list[CasualtyFigure]:
    cues = cue_positions(text)
    if not cues:
        return []  # every figure has a casualty word
    text = labels_with_values(text, cues)  # (a fact box's label, a blank line, its value: one line)
    state = State()
    numbers = NumberReader(text)
    si = 0  # sentence index (exact within the paragraphs read)
    prev: tuple[int, int] | None = None  # the sentence before
    for para in sx.paragraphs(text):
        # A sentence yields a figure only when it has a casualty word, or when the sentence before it did (it
        # may then inherit that figure's category): read those, and skip paragraphs with neither.
        if not _holds(cues, para.start, para.end) and not follows_figure(state, si):
            si += 2  # a paragraph has at least one sentence, so nothing after it follows a figure before it
            prev = None
            continue
        for s0, s1 in _spans(sx.sentences(text, para.start, min(para.end + 1, len(text)), lines=True)):
            if _holds(cues, s0, s1) or follows_figure(state, si):
                nums = numbers.in_sentence(s0, s1)
                if nums:
                    _read_sentence(text, s0, s1, si, nums, state, prev)
            prev = (s0, s1)
            si += 1
    if state.totals:
        return _spread(text, _read_all(text))  # parts near a total need exact sentence distances (rare)
    return _spread(text, state.figures)


def _spread(text: str, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """The figures, each coordinated with a qualified one or one of named people before it taking its share of them
    (`_casualty_spread`)."""
    spread = spread_to(text, list[Figure](figures))
    return [
        replace(fig, qualifier=spread[k].qualifier, who=spread[k].who) if k in spread else fig
        for k, fig in enumerate(figures)
    ]


def _spans(spans: list[sx.Span]) -> list[tuple[int, int]]:
    return [(span.start, span.end) for span in spans]


def _holds(cues: list[int], start: int, end: int) -> bool:
    i = bisect_left(cues, start)
    return i < len(cues) and cues[i] < end


def _inherited(
    toks: list[Tok], markers: list[tuple[int, Category | None]], state: State, si: int, q_at: int
) -> tuple[tuple[int, Category | None] | None, Category | None]:
    """The breakdown marker a number at q_at is listed after ("among them", "bunlardan"), and the category it may
    inherit when no casualty word of its own is found: the marker's, or that of the figure just before (in its
    sentence or the one before); none when it counts things the figures before it do not ("200 cars destroyed,
    including 40 ambulances": a breakdown of the cars)."""
    near = markers[: bisect_left(markers, (q_at + 1,))][-3:]  # a breakdown list is short
    marker = next((m for m in reversed(near) if in_list(toks, m[0], q_at)), None)
    recent = state.figures[-1].category if state.figures and state.sentence_of[-1] >= si - 1 else None
    inherited = (marker[1] if marker else None) or recent
    things = things_counted_before(toks, q_at) if inherited and (not marker or not marker[1]) else None
    if things is not None and things not in figure_starts(state, si):
        inherited = None
    return marker, inherited


def _who(
    text: str, toks: list[Tok], state: State, si: int, hit: Hit, i: int, q_at: int, last: int, broken_down: int | None
) -> Who:
    """Whose the figure of the number phrase from i (its qualifier from q_at) to last is: its own words', those
    before it, a fact box's row's side; those of the figure before it in its sentence when it counts the same
    people ("killed 131 civilians and wounded 744 more"); those of the figure it breaks down, before `broken_down`
    in its sentence ("bunların 20'si kadın, 7'si çocuk")."""
    who = who_of(hit.np) or who_before(toks, q_at) or row_side(text, state, hit, toks[i].start)
    same = same_people(toks, q_at, last) or other_estimate(toks, q_at, last)
    if who is None and state.sentence_of[-1:] == [si] and same:
        who = state.figures[-1].who
    if who is None and broken_down is not None:
        who = whole_who(state, si, broken_down, hit.category)
    if who is None and not hit.np and not noun_after(toks, last):
        who = shared_who(toks, last)  # "убиты 137 и ранены 744 гражданских лиц": both the civilians'
    return who


def _read_all(text: str) -> list[CasualtyFigure]:
    """`extract_casualties`, reading every sentence of the text."""
    text = labels_with_values(text, cue_positions(text))  # (a no-op on text it has already joined)
    nums = find_numbers(text)
    starts = [n.start for n in nums]
    state = State()
    spans = _spans(sx.sentences(text, lines=True))
    for si, (s0, s1) in enumerate(spans):
        inside = [n for n in nums[bisect_left(starts, s0) : bisect_left(starts, s1)] if n.end <= s1]
        if inside:
            _read_sentence(text, s0, s1, si, inside, state, spans[si - 1] if si else None)
    # A smaller figure of a category near an explicit total of it is a part: "82 … in total 147".
    return [
        replace(fig, scope="partial")
        if any(state.totals.get((fig.category, si + d), -1) > fig.high for d in range(-_NEAR, _NEAR + 1))
        else fig
        for fig, si in zip(state.figures, state.sentence_of, strict=True)
    ]

"""The one whose memory is honoured (issue 16): a name right after a word of memory (`[attendees] memory_of`:
"почтили память Гейдара Алиева") is its object, remembered, and so is the next name joined to it by "and" or a comma
("память Гейдара Алиева и Зарифы Алиевой"); the subjects of the sentence are not ("Посол X и атташе Y почтили память
Z и возложили цветы"). So is the owner of a grave or a monument, named right after it with no title between
(`memorial_of`: "посетили могилу Гусейна Джавида"; not "у могилы посол X", whose title stands between), with a word
of the dead between (`memorial_dead`: "могилы шехидов A и B", "могилу погибшего X"), and the author of a work named
right after it (`work_of`: "прочитал стихи Лейлы Бегим и Михаила Сальмана"; not "Прочитала стихи студентка X", the
reader, whose title stands between). A language without the words has none."""

from __future__ import annotations

import re

from .. import lang
from . import _cues as cue
from ._name_runs import OBLIQUE_ENDINGS, OBLIQUE_ROWS
from ._title_words import OBLIQUE_HEADS, is_role_head


def _ending(key: str, between: str | None = None, when: str = "") -> re.Pattern[str] | None:
    words = lang.words(key)
    dead = lang.words(between) if between else frozenset()
    dated = rf"(?:\s+(?:{'|'.join(lang.alternatives(when))}))?" if when and lang.alternatives(when) else ""
    of_dead = rf"(?:\s+(?:{lang.alternation(dead)}){dated})?" if dead else dated  # (the death's date after its word)
    return re.compile(rf"(?<!\w)(?:{lang.alternation(words)}){of_dead}\s*$", re.I) if words else None


_MEMORY_OF = _ending("attendees.memory_of")
_MEMORIAL_OF = _ending("attendees.memorial_of", "attendees.memorial_dead", "attendees.dead_when")
_WORK_OF = _ending("attendees.work_of")


def memory_object(text: str, floor: int, pos: int) -> bool:
    """The name (or its title) at `pos` comes right after a word of memory (the sentence from `floor`)."""
    return _MEMORY_OF is not None and _MEMORY_OF.search(text[max(floor, pos - 40) : pos]) is not None


def _described_dead() -> re.Pattern[str] | None:
    owners = lang.words("attendees.memorial_of") | lang.words("attendees.memory_of")
    dead, described = lang.words("attendees.memorial_dead"), lang.alternatives("attendees.memorial_dead_words")
    when = lang.alternatives("attendees.dead_when")
    if not owners or not dead or not described:
        return None
    dated = rf"(?:\s+(?:{'|'.join(when)}))?" if when else ""
    return re.compile(
        rf"(?<!\w)(?:{lang.alternation(owners)})(?:\s+(?:{'|'.join(described)})){{0,3}}\s+(?:{lang.alternation(dead)})"
        rf"{dated}(?:\s+(?P<place>\w+))?\s*$",
        re.I,
    )


# A grave's or memory's word, the dead's count and describing words, a word of the dead, and perhaps a place of theirs
# in the genitive ("могилы двух национальных героев Азербайджана A", "память национального героя X").
_DESCRIBED_DEAD = _described_dead()


def memorial_owner(text: str, floor: int, pos: int) -> bool:
    """The name itself at `pos` (no title before it) comes right after a grave's or a monument's word, or a work's,
    or after a word of the dead described after a grave's or memory's word (`_DESCRIBED_DEAD`)."""
    before = text[max(floor, pos - 80) : pos]
    if any(p is not None and p.search(before[-40:]) is not None for p in (_MEMORIAL_OF, _WORK_OF)):
        return True
    described = _DESCRIBED_DEAD.search(before) if _DESCRIBED_DEAD is not None else None
    if described is None:
        return False
    place = described.group("place")  # (capitalised, no title's head: "героев Азербайджана"; not "шехидов посол")
    return place is None or (place[:1].isupper() and not is_role_head(place))


def nominative_title(word: str) -> bool:
    """A title's head in the nominative ("посол", "председатель"; not "посла"): the subject it opens is no object of a
    word of the dead before it ("На Аллее шехидов посол X возложил цветы", "К могилам шехидов посол Y возложил")."""
    return is_role_head(word) and word.lower() not in OBLIQUE_HEADS


def titled_owner(text: str, floor: int, title: str, pos: int) -> bool:
    """The name whose title, opening with `title` at `pos`, is in an oblique case right after a grave's or a
    monument's word: the owner ("посетили могилу архиепископа Бакинского и Азербайджанского Александра")."""
    return title.lower() in OBLIQUE_HEADS and memorial_owner(text, floor, pos)


_DATED = _ending("attendees.memorial_dead")  # (the word of the dead without its date)
_DEAD = _ending("attendees.memorial_dead", when="attendees.dead_when")  # ("погибшего в 1990 году X")


def owned_object(text: str, floor: int, pos: int) -> bool:
    """The words at `pos`, before a verb whose subject may follow it, are the object of what stands before them, not
    its subject: right after a word of the dead (`memorial_dead`: "От имени семьи шехида X выступил его отец Y") or
    a word that takes the name after it as its object (`negative_before`: "От имени президента X выступил посол Y")."""
    before = text[max(floor, pos - 40) : pos]
    return (_DEAD is not None and _DEAD.search(before) is not None) or cue.NEGATIVE_BEFORE.search(before) is not None


def without_death_date(text: str, floor: int, pos: int) -> str:
    """The text with the date between a word of the dead and the name at `pos` left out ("От имени погибшего в 1990
    году X выступил Y": 1990 is X's death's year, not the time Y spoke)."""
    before = text[max(floor, pos - 40) : pos]
    if _DEAD is None or (m := _DEAD.search(before)) is None or (_DATED is not None and _DATED.search(before)):
        return text
    word = re.match(r"\W*\w+", before[m.start() :])
    cut = max(floor, pos - 40) + m.start() + (word.end() if word else 0)
    return text[:cut] + " " + text[pos:]


def _dated_dead() -> re.Pattern[str] | None:
    dead, when = lang.words("attendees.memorial_dead"), lang.alternatives("attendees.dead_when")
    if not dead or not when:
        return None
    return re.compile(rf"(?<!\w)({lang.alternation(dead)})\s+(?:{'|'.join(when)})(?!\w)", re.I)


_DATED_DEAD = _dated_dead()  # ("погибшего в 1990 году", "шехида 20 января 1990 года": the time of a death)


def without_dead_dates(text: str) -> str:
    """The text with the date after each word of the dead left out ("выступила вдова погибшего в 1990 году X": 1990
    is the death's year, not the time she spoke)."""
    return text if _DATED_DEAD is None else _DATED_DEAD.sub(r"\1", text)


def _kin_of_dead() -> re.Pattern[str] | None:
    kin_words, dead_words = lang.words("attendees.kin_of_dead"), lang.words("attendees.memorial_dead")
    dated = lang.alternatives("attendees.dead_when")
    if not kin_words or not dead_words:
        return None
    of_date = rf"(?:\s+(?:{'|'.join(dated)}))?" if dated else ""
    return re.compile(
        rf"(?<!\w)(?:{lang.alternation(kin_words)})\s+(?:{lang.alternation(dead_words)}){of_date}\s*$", re.I
    )


_KIN_OF_DEAD = _kin_of_dead()


def _kin_of_title() -> re.Pattern[str] | None:
    kin_words, heads = lang.words("attendees.kin_of_dead"), OBLIQUE_HEADS
    if not kin_words or not heads:
        return None
    words = lang.alternation(kin_words)  # (then a post's words in the genitive: "основателя фонда")
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:{lang.alternation(heads)})(?P<gap>(?:\s+[\w-]+){{0,3}})\s*$", re.I)


# A kin word and a post in the genitive ("Внук основателя фонда X", "Дочь посла Y"): the name after them is the kin's
# in the nominative, the post-holder's in the genitive ("Внук основателя фонда Тимура Алиева": not there).
_KIN_OF_TITLE = _kin_of_title()


def kin_of_dead(text: str, floor: int, pos: int) -> bool:
    """The words at `pos` come right after a kin word in the nominative and a word of the dead (`[attendees]
    kin_of_dead`: "Мать шехида X", "Сын погибшего в 1990 году X"): the kin's name, not the dead one's; unless that
    one name is in an oblique case, the dead one's ("Отец шехида Фикрета Гасанова": `_dead_ones_name`)."""
    kin = _kin_words(text, floor, pos)
    return kin is not None and not _dead_ones_name(kin, text[pos:])


def dead_after_kin(text: str, floor: int, pos: int) -> bool:
    """The name at `pos` is the dead one's, right after a kin word and a word of the dead ("выступила мать шехида
    Ильгара Мамедова", "приняли участие брат погибшего Фикрета Гасанова"): remembered, never there."""
    kin = _kin_words(text, floor, pos)
    return kin is not None and _dead_ones_name(kin, text[pos:])


def _kin_words(text: str, floor: int, pos: int) -> list[str] | None:
    """The kin word and the word of the dead right before `pos` (`_KIN_OF_DEAD`, from `floor` on), lower-cased; None
    when there are none."""
    before = text[max(floor, pos - 60) : pos]
    kin = _KIN_OF_DEAD.search(before) if _KIN_OF_DEAD is not None else None
    if kin is None and _KIN_OF_TITLE is not None and (titled := _KIN_OF_TITLE.search(before)) is not None:
        kin = titled if titled.group("gap") == titled.group("gap").lower() else None  # (lower case: no name's)
    return None if kin is None else kin.group().lower().split()[:2]


# (and a post in the genitive, which agrees with a man's name after it: "Дочь посла Ивана Петрова")
_MALE_KIN = lang.words("attendees.male_kin_of_dead") | lang.words("attendees.male_dead") | OBLIQUE_HEADS
_SURELY_OBLIQUE = tuple(row["ending"] for row in OBLIQUE_ROWS if row.get("sure"))
_NAME_WORDS = 2  # a given name and a surname


def _dead_ones_name(kin: list[str], after: str) -> bool:
    """One name of two words at the start of `after`, its surname in a surely oblique ending, or in any oblique ending
    after a man's kin word or a word of a dead man (`[attendees] male_kin_of_dead`, `male_dead`: "Мать шехида Ильгара
    Мамедова"; the feminine nominative "Сабина Керимова" looks like the masculine genitive): the dead one's, in the
    genitive; `kin` is the kin word and the word of the dead."""
    words = re.findall(r"\w+", after[:80])[: _NAME_WORDS + 1]
    run = [word for word in words[:_NAME_WORDS] if word[:1].isupper()]
    if len(run) < _NAME_WORDS or (len(words) > _NAME_WORDS and words[_NAME_WORDS][:1].isupper()):
        return False
    given, surname = run[0].lower(), run[-1].lower()
    if kin[0] in _DATIVE_KIN:  # ("вдове шехида Наиле Мустафаевой": hers, in the dative)
        return surname.endswith(OBLIQUE_ENDINGS) and not surname.endswith(_SURELY_OBLIQUE) and _man_given(given)
    if surname.endswith(_SURELY_OBLIQUE):
        return True
    return bool(_MALE_KIN.intersection(kin)) and surname.endswith(OBLIQUE_ENDINGS) and _man_given(given)


def _man_given(given: str) -> bool:
    """A man's given name in the genitive ("Ильгара"); not "Севиль", nor a woman's of `[attendees] women_given`
    ("Сурая")."""
    return given.endswith(_MAN_GIVEN) and given not in _WOMEN_GIVEN


_MAN_GIVEN = tuple(ending for _, rows in lang.table("names.oblique_given") for ending, _ in rows)
_WOMEN_GIVEN = lang.words("attendees.women_given")
_DATIVE_KIN = lang.words("attendees.kin_of_dead_dative")

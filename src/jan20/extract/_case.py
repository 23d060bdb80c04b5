"""A name whose case the words right before it make certain: a title in the genitive or another oblique case
("с участием посла Ивана Петрова", "выступление депутата Олега Смирнова": the name agrees with it), or a word
that governs the genitive with no title between ("по инициативе Ивана Петрова"). "Ивана Петрова" alone may be a
woman's name in the nominative; after such words it is a man's in the genitive, and name merging
(`jan20.extract.people.canonical_spellings`) compares and shows it as "Иван Петров" in that article (in another,
the same letters may be a woman's name). A surname that does not decline ("Адиля Керимли") leaves its given name
to say the case. The words are data: `[names] oblique_heads`,
`oblique_before`, `indeclinable_endings` and `oblique_given`."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from jan20 import lang

from .people import oblique_form

# Head words of a title in an oblique case ("посла", "депутата", "председателя"): the name after it is in that case.
_HEADS = frozenset(w.lower() for w in lang.words("names.oblique_heads"))
# Words that govern the genitive of the name right after them ("с участием", "по инициативе").
_BEFORE = lang.pattern("names.oblique_before", r"(?<!\w)(?:{})\s*$")
# Surnames that keep one form in every case ("Керимли", "Мамедзаде"), and a man's given name's oblique endings with
# what they are in the nominative ("Адиля": "Адиль", "Гусейна": "Гусейн").
_INDECLINABLE = tuple(lang.words("names.indeclinable_endings"))
_GIVEN = tuple((e, n) for _, rows in lang.table("names.oblique_given") for e, n in rows)
_DECLINED = lang.pattern("names.declined_name", "(?:{})", 0)
_READ = 200  # characters before a mention that hold its title and the words before that


def certain_oblique(before: str, role_as_written: str | None) -> bool:
    """Whether the words right before a mention (`before`, the text up to it) put it in an oblique case: its title,
    written right before it (or before a degree set off by its comma: "дирижера, заслуженного артиста Азербайджана
    X"), opens with an oblique head, or a word that governs the genitive is right before the name (or before its
    title); or the mention is a later item of a list whose items before it are names in an oblique case after such
    words ("выступления таристов A, B, лауреатов конкурсов C и D": `_listed_oblique`)."""
    before = " ".join(before[-_READ:].split())
    if role_as_written:
        at = before.rfind(role_as_written)
        if at < 0 or not (
            at + len(role_as_written) == len(before) or _degree_after(before[at + len(role_as_written) :])
        ):
            return _listed_oblique(before)  # (a title from elsewhere says nothing of the case; a list's item may)
        if role_as_written.split()[0].lower() in _HEADS:
            return True
        before = before[:at].rstrip()
    return _BEFORE.search(before) is not None or _listed_oblique(before)


_DEGREE_WORDS = 5  # the words of a degree set off by a comma between a title and its name


def _degree_after(rest: str) -> bool:
    """`rest`, between a title and its name, is a degree set off by a comma: lower-case words, perhaps a place last
    (", заслуженного артиста Азербайджана")."""
    words = rest.strip().removeprefix(",").split()
    return rest.strip().startswith(",") and 0 < len(words) <= _DEGREE_WORDS and all(w.islower() for w in words[:-1])


_LINK = lang.pattern("names.oblique_list_links", r"(?:{})$")  # ", ", " и ", ", а также "
_ITEMS = 8  # the list's items read back
_TITLE_WORDS = 5  # the words of a title in the genitive between two items ("дипломанта зарубежных конкурсов")


def _listed_oblique(before: str) -> bool:
    """The text `before` a name ends with a list's link after names in an oblique case, the first of them after a
    title in an oblique case or a word that governs the genitive; a title in lower case may stand between two items
    ("таристов A, B, лауреатов конкурсов C")."""
    for _ in range(_ITEMS):
        if _BEFORE.search(before):
            return True
        if (link := _LINK.search(before) if _LINK is not None else None) is not None:
            words = before[: link.start()].split(" ")
            if len(words) < 3 or _nominative(" ".join(words[-2:]).rstrip(",")) is None:
                return False  # (the item before is no name in an oblique case)
            before = " ".join(words[:-2])
            continue
        words = before.split(" ")
        lower = 0
        while lower < min(_TITLE_WORDS, len(words) - 1) and words[-1 - lower].islower():
            lower += 1
        if any(w.lower() in _HEADS for w in words[len(words) - lower :]):
            return True
        if not lower:
            return False
        before = " ".join(words[: len(words) - lower])
        if _LINK is None or not _LINK.search(before):
            return False  # (lower-case words between two items only)
    return False


def _nominative(name: str) -> str | None:
    """The nominative of a two-word name if it is in an oblique case: by its surname's ending, or by its given
    name's when the surname does not decline."""
    if (found := oblique_form(name)) is not None:
        return found[0]
    words = name.split()
    # (the ending first: most names have none, and the test of their letters was a fifth of merging the names)
    if len(words) != 2 or not words[1].endswith(_INDECLINABLE) or not all(_DECLINED.fullmatch(w) for w in words):
        return None
    given = words[0]
    ending = next(((e, n) for e, n in _GIVEN if given.endswith(e) and len(given) > len(e) + 2), None)
    return f"{given[: -len(ending[0])]}{ending[1]} {words[1]}" if ending else None


# A cleric's rank in an oblique case ("архиепископом", "епископа"; `[names] monastic_ranks` but the nominatives):
# the one (monastic) name it is written with is in that case, and `monastic_given` gives its nominative.
_MONASTIC_OBLIQUE = lang.words("names.monastic_ranks") - lang.words("names.monastic_nominative")
_MONASTIC_GIVEN = tuple((e, n) for _, rows in lang.table("names.monastic_given") for e, n in rows)


def _monastic_nominative(mention: str, role: str | None) -> str | None:
    """The nominative of a cleric's one name written with his rank in an oblique case, before it or in apposition
    after it ("архиепископом … Александром", "Алексием, епископом …": "Александр", "Алексий")."""
    if role is None or " " in mention.strip() or not _DECLINED.fullmatch(mention.strip()):
        return None
    if role.split()[0].lower() not in _MONASTIC_OBLIQUE:
        return None
    name = mention.strip()
    ending = next(((e, n) for e, n in _MONASTIC_GIVEN if name.endswith(e) and len(name) > len(e) + 2), None)
    return f"{name[: -len(ending[0])]}{ending[1]}" if ending else None


def certain_nominatives(
    rows: Iterable[tuple[str, str | None, int, str]], text_before: Callable[[str, int, int], str]
) -> dict[tuple[str, str], str]:
    """The nominative of each mention (of rows: mention, role as written, start, article id) the words before it
    put in an oblique case, by (article id, mention): asked only of names that may be in one, and true of every
    mention of those letters in that article, never in another (where they may be a woman's name in the
    nominative: "Ивана Петрова", "Адиля Керимли"); `text_before(article, start, length)`."""
    out: dict[tuple[str, str], str] = {}
    for mention, role, start, article in rows:
        if (article, mention) not in out and (monastic := _monastic_nominative(mention, role)) is not None:
            out[article, mention] = monastic
            continue
        form = _nominative(mention) if (article, mention) not in out else None
        if form is not None and certain_oblique(text_before(article, start, _READ), role):
            out[article, mention] = form
    return out

"""One attendee per person: an article's mentions of the same person merged, each person with the most specific
role the article gives them (`attendees.extract_attendees`)."""

from __future__ import annotations

from dataclasses import replace

from jan20.extract._near_surnames import LONE_MIN as _LONE_MIN
from jan20.extract._near_surnames import NearSurnames
from jan20.extract.people import fold_name, same_person, same_surname, surname_key, word_key
from jan20.text.sentences import normalised

from ._envoys import HOME, acting_split, of_sender, takes_country, unknown_sender
from ._institutions import at_institution
from ._mentions import AttendeeMention
from ._posts_in_text import MISSION_POSTS, guest_envoy, in_town, mission_roles, post_in_city, with_host
from ._roles_elsewhere import TitledNames, role_elsewhere
from .roles import canonical_role


def _new_person(
    persons: list[list[AttendeeMention]], m: AttendeeMention, near: NearSurnames, near_lone: NearSurnames
) -> None:
    """Add a person whose first mention is m, and index its surname for the mentions after it."""
    if (key := surname_key(m.mention)) is not None:
        near.add(key, len(persons))
    near_lone.add(word_key(m.mention.split()[-1]), len(persons))
    persons.append([m])


def one_per_person(text: str, mentions: list[AttendeeMention]) -> list[AttendeeMention]:
    """The mentions of a text's attendees (given in text order), one per person: the first full-name mention with a
    role if any, else the first mention, with the most specific role the article gives the person; in text order."""
    persons: list[list[AttendeeMention]] = []
    # Each mention is compared only with the people whose surname may be a spelling of its own (`NearSurnames`),
    # in the order they were found: the first that matches is the one every person would be compared with first.
    near = NearSurnames()
    near_lone = NearSurnames(_LONE_MIN)
    for m in (m for m in mentions if not _lone(m)):
        key = surname_key(m.mention)
        candidates = near.candidates(key) if key is not None else []
        owner = next((i for i in candidates if same_person(m.mention, persons[i][0].mention)), None)
        if owner is not None:
            persons[owner].append(m)
        else:
            _new_person(persons, m, near, near_lone)
    folded = {fold_name(p[0].mention) for p in persons}
    for m in (m for m in mentions if _lone(m)):
        surname = fold_name(m.mention)
        lone = word_key(m.mention)
        owners = [
            i
            for i in near_lone.candidates(lone)
            if same_surname(surname, fold_name(persons[i][0].mention.split()[-1]), _LONE_MIN)
            and not _spouse_of(m, persons[i])
        ]
        if len(owners) == 1:
            persons[owners[0]].append(m)
        elif surname not in folded:
            folded.add(surname)
            _new_person(persons, m, near, near_lone)
    best = [_most_specific(_with_a_role(min(p, key=_fullest), p), p) for p in persons]
    titled = TitledNames(text)  # (each sentence read once, for every attendee's lookup)
    best = [_at_mission(text, _titled_elsewhere(text, m, titled)) for m in best]
    return sorted(best, key=lambda m: m.start)


_SPOUSES = frozenset({"Spouse", "First Lady"})


def _spouse_of(m: AttendeeMention, person: list[AttendeeMention]) -> bool:
    """A surname alone with a post is not the person whose only roles are a spouse's, who shares it ("Cumhurbaşkanı
    Erdoğan ve eşi Emine Erdoğan": two people; a spouse who holds a post of her own may be named by it)."""
    roles = {p.role for p in person if p.role}
    return m.role is not None and m.role not in _SPOUSES and bool(roles) and roles <= _SPOUSES


def _lone(m: AttendeeMention) -> bool:
    """A surname alone: one word, an initial glued to it by its full stop aside ("Н.Агаев" is an initial and a
    surname, as "Н. Агаев" is)."""
    return len(fold_name(m.mention).split()) == 1


def _fullest(m: AttendeeMention) -> tuple[bool, bool, bool, int]:
    """The order in which a person's mentions name them: a full name before one with an initial ("Нурлан Агаев"
    before "Н.Агаев"), before a surname alone; a mention with a title first; then the first."""
    return _lone(m), any(len(part) == 1 for part in fold_name(m.mention).split()), m.role is None, m.start


def _with_a_role(best: AttendeeMention, mentions: list[AttendeeMention]) -> AttendeeMention:
    """The person's chosen mention with the role of the first of their mentions that has one, when it has none
    ("Nurlan Aghayev" at the ceremony, "Ambassador N. Aghayev" said: "Nurlan Aghayev", "Ambassador")."""
    if best.role is not None:
        return best
    titled = next((m for m in sorted(mentions, key=lambda m: m.start) if m.role is not None), None)
    return best if titled is None else replace(best, role=titled.role, role_as_written=titled.role_as_written)


def _titled_elsewhere(text: str, m: AttendeeMention, titled: TitledNames) -> AttendeeMention:
    """An attendee named without a title where the text places them, with the title the article gives them in
    another sentence (`_roles_elsewhere.role_elsewhere`)."""
    if m.role_as_written is not None:
        return m
    span = role_elsewhere(titled, m.mention)
    if span is None:
        return m
    written = normalised(text, *span)
    return replace(m, role_as_written=written, role=canonical_role(written))


def _at_mission(text: str, m: AttendeeMention) -> AttendeeMention:
    """A bare post ("Consul General") completed by the one mission of its kind the article names ("the Consulate
    General of Azerbaijan in Houston"; named again less fully, the fullest); left bare when the article names none,
    or more than one."""
    acting, whole = acting_split(m.role or "")  # ("Acting Consul General": the post completed, still acting)
    # ("Ambassador of Azerbaijan": completed by "the Embassy ... to Russia"; "Consul General in Kazan": by its city's)
    post, city = post_in_city(whole.removesuffix(of_sender(HOME)))
    if m.role and (completed := at_institution(text, m.role, m.role_as_written)) != m.role:
        return replace(m, role=completed)  # ("Rector": "Rector of Kafkas University" in a report from there)
    if post == whole and post in MISSION_POSTS and (country := unknown_sender(m.role_as_written)) is not None:
        return replace(m, role=acting + post + of_sender(country))  # ("Ambassador of Zambia": not the page's own)
    if (guest := guest_envoy(text, whole, m.start)) is not None:
        return replace(m, role=acting + guest)  # ("Ambassador of Georgia" at our embassy in Latvia: to Latvia)
    if post not in MISSION_POSTS:  # ("Mayor": "Mayor of Kars"; "Acting Governor": "Acting Governor of Kars")
        return m if (town := in_town(text, whole, m.start)) == whole else replace(m, role=acting + town)
    roles = {r for r in mission_roles(text, post) if r.startswith(whole.removesuffix(city)) and r.endswith(city)}
    fullest = [r for r in roles if all(_role_words(o) <= _role_words(r) for o in roles)]
    if not fullest and takes_country(post) and whole == post + of_sender(HOME):
        fullest = [whole]  # (our ambassador, no mission named: to the one country abroad the text names)
    return replace(m, role=acting + with_host(text, post, fullest[0])) if len(fullest) == 1 else m


def _role_words(role: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in (role or "").split())


def _most_specific(best: AttendeeMention, mentions: list[AttendeeMention]) -> AttendeeMention:
    """The person's chosen mention with the most specific of their roles in the article: one whose words contain
    the chosen role's ("Ambassador" then "the Ambassador of Chile": "Ambassador of Chile")."""
    words = _role_words(best.role)
    if not words:
        return best
    wider = [m for m in mentions if m.role and len(_role_words(m.role)) > len(words) and words <= _role_words(m.role)]
    if not wider:
        return best
    richer = max(wider, key=lambda m: (len(_role_words(m.role)), -m.start))
    return replace(best, role=richer.role, role_as_written=richer.role_as_written)

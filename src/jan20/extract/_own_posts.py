"""Posts on a social network told in a report: a subject's own post telling its visit places its writer ("X wrote on
Facebook that he visited the Alley of Martyrs", "X написал на своей странице, что посетил …"), while honour paid in
a post, in a text that places no event, places nobody ("X … xatirəsini yad edib" over "X … paylaşım edib")."""

from __future__ import annotations

from collections.abc import Callable

from . import _cue_search as cue_search
from . import _cues as cue

_POST_REACH = 200  # characters before a verb that may hold a post of one's own ("написал на своей странице …, что")


def told_in_post(masked: str, at_event: bool | Callable[[], bool]) -> bool:
    """The text tells of a social-network post (`POST_TOLD`) and places no event: honour paid in it is the post's."""
    return cue.POST_TOLD.search(masked) is not None and not (at_event() if callable(at_event) else at_event)


def skipped(body: str) -> bool:
    """Whether the sentence is one to skip (`skip_sentence`), but for the words of a social network inside its
    subject's own post telling its visit (`own_post`: "X wrote on Facebook that he visited the Alley of Martyrs")."""
    skips = cue_search.hits(cue.SKIP_SENTENCE, body)
    if not skips:
        return False
    posts = [m.span() for m in cue.OWN_POST.finditer(body)]
    return any(not any(s <= hit.start() and hit.end() <= e for s, e in posts) for hit in skips)


def own_page_before(body: str, verb_at: int) -> int | None:
    """Where a post of one's own opens that ends right before the verb at `verb_at`, its subject left unsaid
    (`[attendees] own_page`: "X написал на своей странице, что посетил"; not "…, что президент посетил"): the
    writer is the verb's subject. None when there is none."""
    post = cue.OWN_PAGE.search(body, max(0, verb_at - _POST_REACH), verb_at)
    return post.start() if post is not None and post.end() == verb_at else None

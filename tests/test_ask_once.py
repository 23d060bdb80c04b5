"""Work asked once: a kin title's post looked up once (roles._kin_title), a stretch's reach taken once for both of
_Letters.near's tests (the letters, then the words typed without them)."""

import re

import pytest

from jan20.extract import roles
from jan20.text.numbers import _Letters


def test_a_kin_titles_post_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    known_role = roles.known_role

    def counted(post: str, folded: str) -> str | None:
        asked.append(post)
        return known_role(post, folded)

    monkeypatch.setattr(roles, "known_role", counted)
    monkeypatch.setattr(roles, "canonical_role", lambda post: pytest.fail(f"asked again: {post}"))
    assert roles._kin_title("Внук посла") == "Grandson of the Ambassador"
    assert roles._kin_title("Внук неведомого ремесла") == ""  # (a post the data does not know)
    assert roles._kin_title("Посол") is None  # (no kin opens it: nothing asked)
    assert asked == ["посла", "неведомого ремесла"]


def test_the_words_of_a_language_are_searched_within_the_same_reach() -> None:
    near = _Letters(re.compile("[ə]", re.IGNORECASE), 7, re.compile(r"\bbir\b"))
    text = "bir xx 12 yy"
    assert near.near(text, 7, 9)  # "bir" starts 7 characters before the stretch
    assert not near.near(text, 8, 9)  # ... 8 before: out of reach
    assert near.near("12 zzzzzə", 0, 2) and not near.near("12 zzzzzzə", 0, 2)  # the letters, within the reach only

"""The country abroad a word of a title names (`_envoys.foreign_country_named`), by its name in any language and
case, or by its parliament's when asked; never the home country."""

from __future__ import annotations

import pytest

from jan20.extract._envoys import foreign_country_named, parliament_country


@pytest.mark.parametrize(
    ("word", "country"),
    [("России", "Russia"), ("Georgian", "Georgia"), ("Türkiyənin", "Turkey"), ("Azerbaijan", None), ("Баку", None)],
)
def test_a_country_abroad_by_its_name(word: str, country: str | None) -> None:
    assert foreign_country_named(word) == country


@pytest.mark.parametrize("word", ["Рады", "Bundestag"])
def test_a_parliament_names_its_country_only_when_asked(word: str) -> None:
    assert foreign_country_named(word) is None
    assert foreign_country_named(word, by_parliament=True) == parliament_country(word) is not None

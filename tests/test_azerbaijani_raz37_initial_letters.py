"""An initial written with a letter of the alphabet's own ("Ə.", "Ş.", "Ç.") is that letter, not the ASCII one it
folds to, when both spellings are in that alphabet: "Ə.Mirzəzadə", a lecturer on one page, is not "Aydın Mirzəzadə",
a deputy on another, nor "Ş.Məmmədov" "Samir Məmmədov" (read on university pages). An ASCII spelling ("A.
Aliyev") or another script's may stand for either. The names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.people import canonical_names


@pytest.mark.parametrize(
    ("initial", "full"),
    [("Ə.Qasımzadə", "Arif Qasımzadə"), ("Ş.Nəsibov", "Samir Nəsibov"), ("Ç.Hüseynli", "Cavid Hüseynli")],
)
def test_an_initial_of_a_letter_of_its_own_is_not_the_folded_one(initial: str, full: str) -> None:
    assert canonical_names([initial, full])[initial] == initial


@pytest.mark.parametrize(
    ("initial", "full"),
    [
        ("Ə.Qasımzadə", "Əli Qasımzadə"),
        ("Ş.Nəsibov", "Şahin Nəsibov"),
        ("İ.Hüseynli", "İlkin Hüseynli"),
        ("A. Aliyev", "Əli Əliyev"),  # (an English spelling)
    ],
)
def test_the_same_letter_or_another_spelling_is_the_same_person(initial: str, full: str) -> None:
    assert canonical_names([initial, full])[initial] == full

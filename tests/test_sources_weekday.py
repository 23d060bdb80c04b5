"""A weekday in brackets after a date in the story ("on Jan. 20 (Wednesday), 2016") is no outlet's credit, as
"(AzerTAc)" after a dateline is. The texts are written for these tests."""

from __future__ import annotations

import pytest

from jan20.reading.sources import infer_source


@pytest.mark.parametrize(
    "text",
    [
        "Remembered in Seoul\n\nSome years later on Jan. 20 (Wednesday), 2016 the envoy hosted a ceremony.",
        "The evening of 19 January (Friday) saw guests gather at the embassy.",
        "On January 20 (Sunday) the community met at the monument.",
    ],
)
def test_a_weekday_in_brackets_is_no_source(text: str) -> None:
    assert infer_source(text) is None


def test_a_credit_in_brackets_still_is() -> None:
    assert infer_source("Baku, January 20 (AzerTAc). A ceremony was held.") == "AzerTAc"

"""An ordinal's suffix written after a space ("31 th anniversary", as some agency pages type it) is the ordinal's
(ren40); a date's day so written is still no anniversary. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import stated_anniversary


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The school marked the 31 th anniversary of the January 20 tragedy.", 31),
        ("An evening devoted to the 32 nd anniversary of Black January was held.", 32),
        ("Students honoured the victims on the 33 rd anniversary of the tragedy.", 33),
        ("The 21 st anniversary of the January 20 events was commemorated in Kyiv.", 21),
        # a date's day before "anniversary", its suffix spaced or not, counts nothing
        ("On January 20 th anniversary events were held across the country.", None),
        # a number before another word that begins so is no ordinal
        ("The 31 thousand people who gathered remembered the victims.", None),
    ],
)
def test_a_spaced_ordinal_suffix(text: str, number: int | None) -> None:
    found = stated_anniversary(text)
    assert (found.number if found else None) == number

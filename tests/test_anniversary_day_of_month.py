"""A number in digits right after a month's name is the day of a date, not a count of years, whatever suffix a
machine translation gave it ("the January 20 anniversary", "January 20rd anniversary": the anniversary of 20 January);
a wrong ordinal suffix on a count still gives its number ("33th anniversary", "31nd anniversary"), and a count after a
date's day or after the event's name is still read ("20 January 34th anniversary", "Black January 30th
anniversary")."""

import pytest

from jan20.extract.anniversary import stated_anniversary


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani students in Vienna mark January 20 anniversary",
        "The community commemorated the January 20rd anniversary at the embassy.",
        "Jan. 20 anniversary of the tragedy observed in Kyiv",
        "The January 19th anniversary vigil was held on the eve of the day.",
        "Yanvar 20 ildönümü Berlində qeyd olunub",
    ],
)
def test_a_day_after_its_month_is_no_count(text: str) -> None:
    assert stated_anniversary(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Commemoration of January 20rd anniversary. The 33rd anniversary of the tragedy was marked in Rome.", 33),
        ("20 January 34th anniversary of the tragedy", 34),
        ("On January 20, 34th anniversary of the tragedy was marked", 34),
        ("Black January 30th anniversary marked in London", 30),
        ("Qanlı Yanvarın 22-ci ildönümü qeyd olunub", 22),
        ("Kara Ocak 30. yıldönümü anıldı", 30),
        ("Embassy marks the 20rd anniversary of the January tragedy", 20),
        ("Today is the 33th anniversary of the 20 January tragedy", 33),
        ("The 31nd anniversary of Black January was marked in Riga", 31),
        ("The 3rd anniversary of the tragedy", 3),
    ],
)
def test_counts_are_still_read(text: str, number: int) -> None:
    found = stated_anniversary(text)
    assert found is not None and found.number == number

"""English reports of 1990 count the dead and the wounded vaguely ("hundreds were killed", "thousands were wounded",
"several hundred", "scores of people"): no figure at all, whatever the verb or word order; and in number words with
a qualifier before an article ("more than a hundred", "over a hundred and thirty", "nearly a thousand", "upwards of
a hundred"): the number the words say with the qualifier's bound, an article's "a" as one, as `[numbers]` in en.toml
reads them (a lone scale word counts only after `lone_scale_after`: "over hundred civilians"). Texts written for
these tests."""

from __future__ import annotations

import pytest

from jan20.extract.casualties import extract_casualties

Row = tuple[str, int, str]  # category, value, qualifier


def rows(text: str) -> list[Row]:
    return [(c.category, c.value, c.qualifier) for c in extract_casualties(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 20 January 1990, hundreds were killed in Baku.",
        "Thousands were wounded when Soviet troops entered Baku in January 1990.",
        "Hundreds of civilians were killed and thousands wounded by Soviet troops in Baku in 1990.",
        "Several hundred people were wounded in Baku in January 1990.",
        "Many hundreds were killed and thousands injured in Baku.",
        "Hundreds died, thousands were wounded.",
        "Tens of thousands of people took to the streets; hundreds were killed.",
        "Scores of people were killed in Baku in January 1990.",
        "Dozens were killed and hundreds wounded in Baku in January 1990.",
        "A few hundred people were wounded in Baku in January 1990.",
        "Several thousand were injured in Baku in January 1990.",
        "Hundreds, if not thousands, were killed in Baku.",
        "The troops killed hundreds and wounded thousands.",
        "Hundreds lost their lives in Baku in January 1990.",
        "Thousands of people were wounded in Baku.",
        "Two hundreds were killed.",
    ],
)
def test_vague_counts_give_no_figure(text: str) -> None:
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than a hundred people were killed in Baku on 20 January 1990.", [("killed", 100, "at_least")]),
        ("More than one hundred people were killed in Baku on 20 January 1990.", [("killed", 100, "at_least")]),
        ("Over a hundred civilians died in Baku on January 20, 1990.", [("killed", 100, "at_least")]),
        ("Over hundred civilians were killed in Baku in January 1990.", [("killed", 100, "at_least")]),
        ("Nearly a thousand people were injured in Baku in January 1990.", [("injured", 1000, "at_most")]),
        ("Over a thousand people were injured in Baku in January 1990.", [("injured", 1000, "at_least")]),
        ("Over one hundred and thirty civilians were killed in Baku.", [("killed", 130, "at_least")]),
        ("More than a hundred and thirty people were killed in Baku.", [("killed", 130, "at_least")]),
        ("More than one hundred fifty people were killed in Baku in January 1990.", [("killed", 150, "at_least")]),
        ("Some two hundred people were killed in Baku in January 1990.", [("killed", 200, "approx")]),
        ("Up to a hundred and fifty people were killed in Baku in January 1990.", [("killed", 150, "at_most")]),
        ("Around a hundred and fifty people were killed in Baku in January 1990.", [("killed", 150, "approx")]),
        ("At least a hundred people were killed in Baku in January 1990.", [("killed", 100, "at_least")]),
        ("Upwards of a hundred people were killed in Baku in January 1990.", [("killed", 100, "at_least")]),
        ("Fewer than a hundred people were killed in Baku in January 1990.", [("killed", 100, "at_most")]),
        ("Approximately one thousand people were wounded.", [("injured", 1000, "approx")]),
        ("About a dozen people were wounded in Baku.", [("injured", 12, "approx")]),
        ("A hundred people were killed in Baku in January 1990.", [("killed", 100, "exact")]),
        (
            "A hundred and thirty-one people were killed and seven hundred and forty-four wounded.",
            [("killed", 131, "exact"), ("injured", 744, "exact")],
        ),
        # a vague count beside a figure leaves the figure alone
        ("Over a hundred were killed and several hundred were wounded.", [("killed", 100, "at_least")]),
    ],
)
def test_number_words_with_a_qualifier(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected

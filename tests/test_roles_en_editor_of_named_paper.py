"""An English post the data knows, written before the publication it is of named by capitalised words ("editor-in-chief
of the Kaspi newspaper"), keeps it, as the Russian "главный редактор газеты «Каспий»" does; a paper of common words
("of the newspaper") or one named only in quotation marks leaves the post alone. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from ._helpers import roles

HELD = "On 20 January the embassy in London held a commemoration for the victims of the tragedy. "


@pytest.mark.parametrize(
    "text",
    [
        "Sahil Kerimli, editor-in-chief of the Kaspi newspaper, spoke at the event.",
        "Speaking at the event was Sahil Kerimli, editor-in-chief of the Kaspi Newspaper.",
        "Also present was Sahil Kerimli, chief editor of Kaspi newspaper.",
    ],
)
def test_the_named_paper_is_kept(text: str) -> None:
    assert roles(HELD + text) == {"Sahil Kerimli": "Editor-in-Chief of the Kaspi Newspaper"}


@pytest.mark.parametrize(
    "text",
    [
        "Sahil Kerimli, editor-in-chief of the newspaper, spoke at the event.",
        'Sahil Kerimli, editor-in-chief of the newspaper "Kaspi", spoke at the event.',
    ],
)
def test_a_paper_of_common_words_or_in_quotes_leaves_the_post(text: str) -> None:
    assert roles(HELD + text) == {"Sahil Kerimli": "Editor-in-Chief"}

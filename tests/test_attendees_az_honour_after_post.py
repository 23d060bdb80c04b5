"""An Azerbaijani honorary title after a post's comma ("Yazıçılar Birliyinin katibi, Xalq yazıçısı X", "teatrın
direktoru, Xalq artisti Y"): like a degree (`[roles] degrees`), it leaves the role to the post, in a sentence whose
subject opens it and after an object-first cue of speech ("Tədbirdə çıxış edən …", "Daha sonra çıxış edən …"); alone
it is the role. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests._helpers import roles

AZ = "Kitabxanada 20 Yanvar faciəsinin ildönümünə həsr olunmuş anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tədbirdə çıxış edən Yazıçılar Birliyinin katibi, Xalq yazıçısı Vaqif Nəsibli o günləri xatırlayıb.",
            "Secretary of the Writers' Union",
        ),
        (
            "Daha sonra çıxış edən Yazıçılar Birliyinin katibi, Xalq şairi Vaqif Nəsibli şeirlərini oxuyub.",
            "Secretary of the Writers' Union",
        ),
        ("Tədbirdə teatrın direktoru, Xalq artisti Vaqif Nəsibli çıxış edib.", "Director"),
        ("Mərasimdə teatrın direktoru, xalq artisti Vaqif Nəsibli çıxış edib.", "Director"),
        ("Xalq artisti Vaqif Nəsibli tədbirdə çıxış edib.", "People's Artist"),
        ("Sonra Xalq yazıçısı Vaqif Nəsibli çıxış edib.", "People's Writer"),
    ],
)
def test_the_post_before_an_honorary_titles_comma_is_the_role(sentence: str, expected: str) -> None:
    assert roles(AZ + sentence) == {"Vaqif Nəsibli": expected}

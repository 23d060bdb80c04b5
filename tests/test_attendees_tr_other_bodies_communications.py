"""Turkish: "İletişim Başkanı" alone or after "Cumhurbaşkanlığı" is the Presidency's Director of Communications, but
the tail of a title naming another body before it is that body's head ("TRT İletişim Başkanı", "Belediyesi Basın ve
İletişim Başkanı": Chairman), as the base read it (`[roles] whole_only_posts`). The sentences are written for these
tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

PRESIDENCY = "Director of Communications of the Presidency"
HELD = "Azerbaycan Büyükelçiliğinde 20 Ocak şehitleri için anma töreni düzenlendi.\n"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Törende TRT İletişim Başkanı Kerem Tan konuştu.", "Chairman"),
        ("Törende Büyükşehir Belediyesi Basın ve İletişim Başkanı Kerem Tan konuştu.", "Chairman"),
        ("Programa Belediye İletişim Başkanı Kerem Tan katıldı.", "Chairman"),
        ("Törende Cumhurbaşkanlığı İletişim Başkanı Kerem Tan konuştu.", PRESIDENCY),
        ("Programa İletişim Başkanı Kerem Tan katıldı.", PRESIDENCY),
    ],
)
def test_another_bodys_communications_head_is_no_presidency_post(sentence: str, role: str) -> None:
    assert roles(HELD + sentence)["Kerem Tan"] == role

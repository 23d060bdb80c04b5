"""Azerbaijani: one whose words are told at the time of the story ("o vaxt", "o zaman", "vaxtilə", "sonralar"), in or
before the subject or in the two words after it, said them elsewhere than at the event (`[attendees]
said_elsewhere`): a leader of 1990 who assessed the events then was not at the commemoration, however a report of it
quotes him. The time of a thing a participle names is what the speaker told ("X o vaxt Bakıda olduğunu xatırladıb"),
and "o vaxt" after the verb is in the words said. The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import roles

EVENT = "Səfirlikdə 20 Yanvar şəhidlərinin xatirəsinə həsr olunmuş anım tədbiri keçirilib.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Sovet rəhbəri Viktor Sorokin o vaxt hadisələri zəruri addım kimi qiymətləndirib.",
        "Vaxtilə Viktor Sorokin hadisələri zəruri tədbir kimi dəyərləndirib.",
        "Sonralar Viktor Sorokin hadisələri böyük səhv kimi qiymətləndirmişdi.",
        "Viktor Sorokin o zaman qoşunların yeridilməsini qanuni addım kimi dəyərləndirib.",
    ],
)
def test_words_of_the_storys_time_place_nobody(sentence: str) -> None:
    assert "Viktor Sorokin" not in roles(EVENT + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Səfir Nurlan Qasımlı o vaxt Bakıda olduğunu xatırladıb.",
        "Səfir Nurlan Qasımlı o vaxt baş verənlərdən danışıb.",
        "Səfir Nurlan Qasımlı bildirib ki, o vaxt xalqımız böyük qəhrəmanlıq göstərib.",
        "Səfir Nurlan Qasımlı faciəni o vaxtkı rəhbərliyin cinayəti kimi qiymətləndirib.",
    ],
)
def test_the_storys_time_in_the_words_said_keeps_the_speaker(sentence: str) -> None:
    assert roles(EVENT + sentence)["Nurlan Qasımlı"] == "Ambassador"

"""Turkish speakers named as the predicate of "X'in konuşmacıları … oldu" ("the panel's speakers were A, B and C"),
or after "Konuşmacı olarak … yer aldı"; the names before "katıldığı" in a participial clause; and "Av." (Avukat, a
lawyer), an abbreviated title like "Dr." whose full stop ends no sentence. The sentences are written for these tests;
the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import names, roles

HELD = "Kara Ocak şehitleri için Ankara'da bir anma programı düzenlendi. "
TRIO = ["Ali Yurt", "Berk Sarı", "Cemil Tan"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Panelin konuşmacıları Prof. Dr. Ali Yurt, Doç. Dr. Berk Sarı ile Dr. Cemil Tan oldu.",
        "Programın konuşmacıları Prof. Dr. Ali Yurt, Doç. Dr. Berk Sarı ve Dr. Cemil Tan idi.",
        "Etkinliğin konuşmacıları ise Prof. Dr. Ali Yurt, Öğr. Gör. Berk Sarı ve Dr. Cemil Tan oldular.",
        "Konuşmacı olarak Prof. Dr. Ali Yurt, Doç. Dr. Berk Sarı ve Dr. Cemil Tan yer aldı.",
        "Konuşmacılar olarak da Prof. Dr. Ali Yurt, Doç. Dr. Berk Sarı ile Dr. Cemil Tan yer almıştır.",
    ],
)
def test_the_speakers_named_as_the_predicate_were_there(sentence: str) -> None:
    assert names(HELD + sentence) == TRIO


@pytest.mark.parametrize(
    "sentence",
    [
        "Panelin konuşmacıları Prof. Dr. Ali Yurt ve Dr. Cemil Tan olacak.",  # to come
        "Konuşmacı olarak Prof. Dr. Ali Yurt ve Dr. Cemil Tan yer alacak.",
        "Programın konuşmacıları, Av. Ayşe Demir'in gönderdiği mesajı okudu.",  # a message sent
        "Konuşmacılar, Ulu Önder Haydar Aliyev'in sözlerini hatırlattı.",  # remembered, quoted
    ],
)
def test_speakers_to_come_or_only_quoted_are_not_placed(sentence: str) -> None:
    assert "Ali Yurt" not in names(HELD + sentence)
    assert "Ayşe Demir" not in names(HELD + sentence)
    assert "Haydar Aliyev" not in names(HELD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Dr. Ali Yurt, Av. Berk Sarı ile Dr. Cemil Tan'ın konuşmacı olarak katıldığı panel Ankara'da yapıldı.",
        "Kara Ocak anısına Prof. Dr. Ali Yurt, Av. Berk Sarı ve Dr. Cemil Tan'ın katıldığı bir panel düzenlendi.",
        "Rektör Ali Yurt, Av. Berk Sarı ile Dr. Cemil Tan'ın da katıldıkları tören Kars'ta yapıldı.",
    ],
)
def test_every_name_before_the_participle_was_there(sentence: str) -> None:
    assert names(sentence) == TRIO


@pytest.mark.parametrize(
    "sentence",
    [
        "Törene Vali Ahmet Kaya, Av. Ayşe Demir ve Rektör Can Er katıldı.",
        "Programda Vali Ahmet Kaya, Av. Ayşe Demir ve Rektör Can Er yer aldı.",
        "Programın konuşmacıları Vali Ahmet Kaya, Av. Ayşe Demir ile Rektör Can Er oldu.",
    ],
)
def test_a_lawyers_abbreviation_splits_no_list(sentence: str) -> None:
    found = roles(HELD + sentence)
    assert list(found) == ["Ahmet Kaya", "Ayşe Demir", "Can Er"]
    assert found["Ayşe Demir"] == "Lawyer"


def test_a_lawyer_speaking_at_the_event_is_a_lawyer() -> None:
    assert roles(HELD + "Törende Av. Ayşe Demir bir konuşma yaptı.") == {"Ayşe Demir": "Lawyer"}


def test_a_lawyer_who_only_sent_a_message_is_not_placed() -> None:
    assert names(HELD + "Av. Ayşe Demir de programa bir mesaj gönderdi.") == []

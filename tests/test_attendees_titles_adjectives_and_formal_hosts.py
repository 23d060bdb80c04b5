"""Titles the role walk cut short: a Russian post whose body opens with a capitalised adjective of a place ("кази
Шекинского региона Управления мусульман Кавказа X": "Qazi"); an English body whose capitalised name holds a list with
commas ("Chairman of the State Committee on Family, Women and Children Affairs X": the whole body); an ambassador of
Azerbaijan to a state named in its formal form ("Посол Азербайджана в Республике Казахстан X": "Ambassador of
Azerbaijan to Kazakhstan"). The sentences are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

RU_EVENT = "В Шеки прошло мероприятие, посвященное 34-й годовщине трагедии 20 Января.\n"

# --- 1. a capitalised adjective of a place before the noun of a post's body, in Russian -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "На мероприятии выступил кази Шекинского региона Управления мусульман Кавказа Ахмед Гасанов.",
        "С речью выступил кази Гянджинского региона УМК Ахмед Гасанов.",
        "В церемонии приняли участие кази Ленкоранского региона Ахмед Гасанов и жители города.",
        "Молитву прочитал кази Шекинского региона Ахмед Гасанов.",
    ],
)
def test_a_qazi_of_a_region_named_by_its_adjective(sentence: str) -> None:
    assert people(RU_EVENT + sentence) == [("Ахмед Гасанов", "Qazi")]


# --- 2. an English body whose capitalised name holds a list with commas ----------------------------------------------

EN_EVENT = "A memorial conference on the January tragedy was held at the Baku Congress Centre on Friday. "
COMMITTEE = "Chairman of the State Committee on Family, Women and Children Affairs"


@pytest.mark.parametrize(
    "sentence",
    [
        COMMITTEE + " Bahar Muradova spoke at the conference.",
        "The conference was addressed by " + COMMITTEE + " Bahar Muradova.",
        "Among the speakers was " + COMMITTEE + " Bahar Muradova.",
        "Then " + COMMITTEE + " Bahar Muradova took the floor.",
        "Wreaths were laid by " + COMMITTEE.replace(" on ", " for ") + " Bahar Muradova and the guests.",
    ],
)
def test_a_list_inside_a_bodys_name_stays_in_the_title(sentence: str) -> None:
    committee = COMMITTEE.replace(" on ", " for ") if " for Family" in sentence else COMMITTEE
    assert people(EN_EVENT + sentence) == [("Bahar Muradova", committee)]


def test_a_list_of_fields_is_read_from_within_it_too() -> None:
    sentence = "Minister of Sport, Youth and Tourism Affairs Farid Gayibov laid a wreath at the memorial."
    assert people(EN_EVENT + sentence) == [("Farid Gayibov", "Minister of Sport, Youth and Tourism Affairs")]


def test_people_listed_after_a_bodys_name_are_no_fields_of_it() -> None:
    """Names after the comma ("the Society of Friends, Ali Aliyev and …") are people, never words of the body."""
    text = EN_EVENT + "The floor was given to the head of the Society of Friends, Ali Aliyev and Rauf Karimov."
    assert people(text)[-1] == ("Rauf Karimov", None)


# --- 3. an ambassador of Azerbaijan to a state named in its formal form -----------------------------------------------

RU_ALMATY = "В Алматы прошло мероприятие, посвященное 34-й годовщине трагедии 20 Января.\n"
AZ_ALMATY = "Almatıda 20 Yanvar faciəsinin 34-cü ildönümü ilə bağlı anım tədbiri keçirilib.\n"
TR_ALMATY = "Almatı'da 20 Ocak faciasının 34. yıl dönümü anısına bir anma töreni düzenlendi.\n"


@pytest.mark.parametrize(
    ("text", "name", "host"),
    [
        (
            RU_ALMATY + "На мероприятии выступил Посол Азербайджана в Республике Казахстан Алим Гасанов.",
            "Алим Гасанов",
            "Kazakhstan",
        ),
        (
            RU_ALMATY + "Цветы возложил посол Азербайджана в Республике Узбекистан Алим Гасанов.",
            "Алим Гасанов",
            "Uzbekistan",
        ),
        (
            RU_ALMATY + "Посол Азербайджана в Кыргызской Республике Алим Гасанов напомнил собравшимся о трагедии.",
            "Алим Гасанов",
            "Kyrgyzstan",
        ),
        (
            RU_ALMATY + "В мероприятии участвовал посол Азербайджанской Республики в Республике Беларусь Алим Гасанов.",
            "Алим Гасанов",
            "Belarus",
        ),
        (
            AZ_ALMATY + "Tədbirdə Azərbaycanın Qırğız Respublikasındakı səfiri Alim Həsənov çıxış edib.",
            "Alim Həsənov",
            "Kyrgyzstan",
        ),
        (
            TR_ALMATY + "Azerbaycan'ın Kazakistan Cumhuriyeti Büyükelçisi Alim Hasanov bir konuşma yaptı.",
            "Alim Hasanov",
            "Kazakhstan",
        ),
        (
            TR_ALMATY + "Törene Azerbaycan'ın Kırgız Cumhuriyeti Büyükelçisi Alim Hasanov katıldı.",
            "Alim Hasanov",
            "Kyrgyzstan",
        ),
        (
            TR_ALMATY + "Azerbaycan'ın Rusya Federasyonu Büyükelçisi Alim Hasanov da törende hazır bulundu.",
            "Alim Hasanov",
            "Russia",
        ),
    ],
)
def test_an_ambassador_to_a_state_in_its_formal_form(text: str, name: str, host: str) -> None:
    assert people(text) == [(name, "Ambassador of Azerbaijan to " + host)]


def test_a_state_word_alone_names_no_host() -> None:
    """ "Azerbaycan Cumhuriyeti Büyükelçisi": the state's word after the sender is the sender's, no host."""
    text = TR_ALMATY + "Törene Azerbaycan Cumhuriyeti Büyükelçisi Alim Hasanov katıldı."
    assert people(text) == [("Alim Hasanov", "Ambassador of Azerbaijan")]

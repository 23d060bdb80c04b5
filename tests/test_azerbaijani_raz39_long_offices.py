"""Azerbaijani real kinds, round 39: long offices. A unit of a body named in the genitive before it ("“20 Yanvar”
Cəmiyyətinin Rayon şöbəsinin sədri") is the unit's head alone, as for a unit in lower case or of a body the data names,
never a garbled "Chairman of the Cəmiyyətinin Rayon şöbəsi"; the Nakhchivan Autonomous Republic's parliament keeps its
name with the post ("Naxçıvan MR Ali Məclisinin sədri"), and the town its name holds is not added again. The sentences
are written for these tests; the names are invented."""

from __future__ import annotations

import pytest

from jan20.extract.roles import canonical_role

from ._helpers import roles

EVENT = "20 Yanvar faciəsinin 34-cü ildönümü ilə bağlı anım tədbiri keçirilib.\n"


@pytest.mark.parametrize(
    "title",
    [
        "“20 Yanvar” Cəmiyyətinin Rayon şöbəsinin sədri",
        "Qarabağ Əlilləri Cəmiyyətinin Rayon Şöbəsinin sədri",
        "“Dayaq” İctimai Birliyinin Şəki Təşkilatının sədri",
        "Əmək Veteranları Təşkilatının Rayon Şöbəsinin sədri",
    ],
)
def test_a_unit_of_a_body_named_in_the_genitive_is_its_head(title: str) -> None:
    assert roles(EVENT + f"Tədbirdə {title} Vüqar Səlimli çıxış edib.") == {"Vüqar Səlimli": "Chairman"}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("“Körpü” Tarixçilər Cəmiyyətinin sədri", "Chairman of the Körpü Historians' Society"),
        ("Köln Azərbaycan Mədəniyyət Mərkəzinin rəhbəri", "Head of the Cologne Azerbaijani Culture Centre"),
        ("ADMİU-nun Tələbə Elmi Cəmiyyətinin sədri", "Chairman of the Student Scientific Society"),
    ],
)
def test_a_body_of_its_own_name_is_kept(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    "title",
    [
        "Naxçıvan Muxtar Respublikası Ali Məclisinin sədri",
        "Naxçıvan MR Ali Məclisinin sədri",
        "Naxçıvan Ali Məclisinin sədri",
    ],
)
def test_the_nakhchivan_assembly_keeps_its_name(title: str) -> None:
    text = EVENT + f"{title} Vüqar Səlimli Şəhidlər xiyabanını ziyarət edib."
    assert roles(text) == {"Vüqar Səlimli": "Chairman of the Supreme Assembly of the Nakhchivan Autonomous Republic"}


def test_an_assembly_with_no_republic_named_is_the_bare_post() -> None:
    assert roles(EVENT + "Ali Məclisin sədri Vüqar Səlimli Şəhidlər xiyabanını ziyarət edib.") == {
        "Vüqar Səlimli": "Chairman"
    }


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("rayon İcra Hakimiyyəti başçısının köməkçisi", "Assistant to the Head of the Executive Power"),
        ("İcra Hakimiyyəti başçısının müşaviri", "Adviser to the Head of the Executive Power"),
        (
            "Rayon İcra Hakimiyyəti başçısının qəsəbələr üzrə nümayəndəsi",
            "Representative of the Head of the Executive Power",
        ),
        ("İcra başçısının ərazi dairəsi üzrə nümayəndəsi", "Representative of the Head of the Executive Power"),
        ("Federasiyanın İdarə Heyəti sədrinin müşaviri", "Adviser"),
        ("nazirin müşaviri", "Adviser"),
        ("başçının müavini", "Deputy Head"),
        ("başçının birinci müavini", "First Deputy Head"),
        # (as before: the head, the deputy, the President's staff, a mission's counsellor)
        ("rayon İcra Hakimiyyətinin başçısı", "Head of the Executive Power"),
        ("İcra Hakimiyyəti başçısının müavini", "Deputy Head of the Executive Power"),
        ("Prezidentin köməkçisi", "Assistant to the President"),
        ("səfirliyin müşaviri", "Counsellor of the Embassy"),
    ],
)
def test_the_staff_of_a_head_never_have_the_heads_post(title: str, role: str) -> None:
    assert canonical_role(title) == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Tədbirdə rayon İcra Hakimiyyəti başçısının köməkçisi Vüqar Səlimli çıxış edib.",
        "Anım mərasimində İcra Hakimiyyəti başçısının müşaviri Vüqar Səlimli, şəhid ailələri iştirak ediblər.",
        "Görüşdə başçının müavini Vüqar Səlimli çıxış edib.",
    ],
)
def test_in_a_sentence_the_staff_are_no_head(sentence: str) -> None:
    found = roles(EVENT + sentence)
    assert list(found) == ["Vüqar Səlimli"]
    assert found["Vüqar Səlimli"] not in (None, "Head of the Executive Power")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dövlət başçısı Vüqar Səlimli Şəhidlər xiyabanını ziyarət edib.",
        "Mərasimdə dövlət başçısı Vüqar Səlimli çıxış edib.",
    ],
)
def test_the_head_of_state_is_the_president(sentence: str) -> None:
    assert roles(EVENT + sentence) == {"Vüqar Səlimli": "President"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Tanınmış hüquq müdafiəçisi Vüqar Səlimli Şəhidlər xiyabanını ziyarət edib.", "Human Rights Defender"),
        ("Tədbirdə politoloq Vüqar Səlimli çıxış edib.", "Political Scientist"),
        ("Politoloq Vüqar Səlimli tədbirdə çıxış edib.", "Political Scientist"),
    ],
)
def test_occupations_of_commentators(sentence: str, role: str) -> None:
    assert roles(EVENT + sentence) == {"Vüqar Səlimli": role}

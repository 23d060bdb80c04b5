"""The English kinds of a subject described by a participle, in the other languages, by a line of data each: one
described as killed is remembered ("Профессор X, погибший в январе 1990 года, и студенты посетили", "1990-cı ildə
şəhid olan tələbə X", "1990'da şehit olan öğrenci X"), one wounded may be there ("раненый", "yaralanan"); companions
after "вместе со" are stepped over as after "вместе с"; and the Turkish "Profesör", "Doçent" are titles."""

import pytest

from ._helpers import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Профессор Камран Гусейнов, раненый в январе 1990 года, и студенты посетили Аллею шехидов.",
            [("Камран Гусейнов", "Professor")],
        ),
        (
            "Профессор Камран Гусейнов вместе со студентами посетил Аллею шехидов.",
            [("Камран Гусейнов", "Professor")],
        ),
        (
            "Ректор Эльшад Гурбанов вместе со студентами и родственниками погибших за свободу страны возложил цветы"
            " к памятнику.",
            [("Эльшад Гурбанов", "Rector")],
        ),
        (
            "Profesör Kamran Hüseynov ve öğrenciler Şehitler Hıyabanı'nı ziyaret etti.",
            [("Kamran Hüseynov", "Professor")],
        ),
        (
            "1990'da yaralanan Profesör Kamran Hüseynov ve öğrenciler Şehitler Hıyabanı'nı ziyaret etti.",
            [("Kamran Hüseynov", "Professor")],
        ),
        (
            "Doçent Aylin Demir ve öğrenciler Şehitler Hıyabanı'nı ziyaret etti.",
            [("Aylin Demir", "Associate Professor")],
        ),
        (
            "1990-cı ildə yaralanan professor Kamran Hüseynov və tələbələr Şəhidlər xiyabanını ziyarət ediblər.",
            [("Kamran Hüseynov", "Professor")],
        ),
        (
            "Şəhid olanların ailələri və rektor Elşad Qurbanov Şəhidlər xiyabanını ziyarət ediblər.",
            [("Elşad Qurbanov", "Rector")],
        ),
        (
            "Şehit olanların aileleri ve Rektör Ahmet Yılmaz Şehitler Hıyabanı'nı ziyaret etti.",
            [("Ahmet Yılmaz", "Rector")],
        ),
    ],
)
def test_placed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Профессор Камран Гусейнов, погибший в январе 1990 года, и студенты посетили Аллею шехидов.",
        "Студентка Севиндж Алиева, убитая в ту ночь, и её однокурсники посетили Аллею шехидов.",
        "1990-cı ilin yanvarında şəhid olan tələbə İlqar Məmmədov və tələbələr Şəhidlər xiyabanını ziyarət ediblər.",
        "Həmin gecə həlak olmuş həkim Rauf Əliyev və tələbələr Şəhidlər xiyabanını ziyarət ediblər.",
        "1990'da şehit olan öğrenci Ilgar Memmedov ve öğrenciler Şehitler Hıyabanı'nı ziyaret etti.",
        "O gece hayatını kaybeden doktor Rauf Aliyev ve öğrenciler Şehitler Hıyabanı'nı ziyaret etti.",
    ],
)
def test_one_described_as_killed_is_remembered(text: str) -> None:
    assert people(text) == []

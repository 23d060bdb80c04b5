"""Full stops inside a list of attendees that end no sentence: an abbreviation of single capitals each with a full
stop, in any script ("M.Ü.", "İ.Ü.", "D.E.Ü.", "U.N."), before a word that goes on with it (a title, a lower-case
word, a comma), and a title written out in full before an honorific's abbreviation ("Professor. Dr. X", as a machine
translation writes "Prof. Dr. X"). Each keeps the names before it with the verb at the end of the list, and the next
person's title stays the next person's. Such an abbreviation before a word that opens a sentence ("… in the U.S. The
ambassador said") still ends one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.text.sentences import dotted_capitals, sentences, tokens

from ._helpers import people


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Panele Rektör Prof. Dr. Ahmet Er, M.Ü. Öğretim Üyesi Prof. Dr. Selim Taş katıldı.",
        "Anma törenine Vali Ali Er, İ.Ü. Rektörü Prof. Dr. Veli Kara ve öğrenciler katıldı.",
        "Konferansa D.E.Ü. Öğretim Üyesi Doç. Dr. Kemal Aksoy da katıldı.",
        "Rector Professor. Dr. Ayşe Kaya, Associate Professor. Dr. Mehmet Demir and students attended the panel.",
        "The panel was opened by Lecturer. Dr. Leyla Ören and closed by Professor. Prof. Dr. Orhan Sezer.",
        "The U.N. Secretary General sent a message to the conference.",
        "The delegation of the U.S. embassy laid flowers at the memorial.",
    ],
)
def test_no_sentence_ends_inside_the_list(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The ambassador arrived in the U.S. The ambassador said the tragedy would not be forgotten.",
            "The ambassador arrived in the U.S.",
        ),
        ("Talks were held at the U.N. They lasted two hours.", "Talks were held at the U.N."),
        ("Öğrenciler M.Ü. Bu törende şiirler okudu.", "Öğrenciler M.Ü."),
        ("The guests thanked the professor. Dr. Kaya then read a poem.", "The guests thanked the professor."),
    ],
)
def test_a_sentence_still_ends_there(text: str, first: str) -> None:
    assert split(text)[0] == first


def test_a_dotted_abbreviation_in_any_script_is_one_token() -> None:
    text = "İ.Ü. Rektörü ve D.E.Ü. Öğretim Üyesi"
    assert [t.text for t in tokens(text, 0, len(text))][:4] == ["İ.Ü.", "Rektörü", "ve", "D.E.Ü."]


def test_the_stop_of_a_title_written_out_is_no_token() -> None:
    text = "Associate Professor. Dr. Mehmet Demir"
    assert [t.text for t in tokens(text, 0, len(text))] == ["Associate", "Professor", "Dr.", "Mehmet", "Demir"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 20 January the university held a panel. Rector Professor. Dr. Ayşe Kaya, Associate Professor. Dr. "
            "Mehmet Demir, Professor. Dr. Orhan Sezer and students attended the panel.",
            [("Ayşe Kaya", "Rector"), ("Mehmet Demir", "Associate Professor"), ("Orhan Sezer", "Professor")],
        ),
        (
            "Speakers at the round table on Black January included Associate Professor. Dr. Leyla Ören and "
            "Professor. Dr. Selim Taş.",
            [("Leyla Ören", "Associate Professor"), ("Selim Taş", "Professor")],
        ),
        (
            "Panele Rektör Prof. Dr. Ahmet Er, M.Ü. Öğretim Üyesi Prof. Dr. Selim Taş ve D.E.Ü. Öğretim Üyesi Doç. "
            "Dr. Kemal Aksoy katıldı.",
            [("Ahmet Er", "Rector"), ("Selim Taş", "Professor"), ("Kemal Aksoy", "Associate Professor")],
        ),
        (
            "20 Ocak anma programına Vali Ali Er, İ.Ü. Öğretim Üyesi Prof. Dr. Veli Kara ve Ö.Ü. Öğretim Görevlisi "
            "Leyla Ören katıldı.",
            [("Ali Er", "Governor"), ("Veli Kara", "Professor"), ("Leyla Ören", "Lecturer")],
        ),
    ],
)
def test_every_name_of_the_list_keeps_the_verb(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Церемонию посетили В.В. Петров и посол Н.Р. Гусейнов.",
            [("В.В. Петров", None), ("Н.Р. Гусейнов", "Ambassador")],
        ),
        (
            "Tədbirdə professor İ.H. Əliyev və dosent R.Ə. Məmmədov çıxış ediblər.",
            [("İ.H. Əliyev", "Professor"), ("R.Ə. Məmmədov", "Associate Professor")],
        ),
        ("On 20 January Professor A.B. Smith visited the Alley of Martyrs.", [("A.B. Smith", "Professor")]),
        (
            "On 20 January U.S. Ambassador Mark Libby laid a wreath at the Alley of Martyrs.",
            [("Mark Libby", "Ambassador of the United States")],
        ),
    ],
)
def test_two_initials_in_one_token_open_a_name(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("word", ["U.S.", "M.Ü.", "D.E.Ü.", "İ.Ü.", "В.В.", "A.B.C.D.E."])
def test_dotted_capitals_is_the_token_of_single_capitals_with_stops(word: str) -> None:
    # (one recogniser for the split, the names' initials and a title's owner: `sentences.dotted_capitals`)
    assert dotted_capitals(word)
    assert [t.text for t in tokens(f"the {word} post", 0, len(word) + 9)] == ["the", word, "post"]


@pytest.mark.parametrize("word", ["U.", "U.S", "u.s.", "Ph.D.", "M.ü.", "AB.", "X.H.Sultanlı", "1.2."])
def test_no_dotted_capitals(word: str) -> None:
    assert not dotted_capitals(word)

"""The head of the armed forces' staff is the "Chief of the General Staff" in every language ("Genel Kurmay
Başkanı", "Baş Qərargah rəisi", "начальник Генерального штаба"), not a bare "Chairman" or "Head": rows of `[roles]
patterns` in tr.toml, az.toml and ru.toml and of the English table. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("20 Ocak şehitlerini anma törenine Genel Kurmay Başkanı Orgeneral Kemal Aydın katıldı.", "Kemal Aydın"),
        ("Anma programında Genelkurmay Başkanı Kemal Aydın bir konuşma yaptı.", "Kemal Aydın"),
        ("20 Yanvar anım mərasimində Baş Qərargahın rəisi Rauf Əliyev iştirak edib.", "Rauf Əliyev"),
        (
            "В память о жертвах 20 января цветы возложил начальник Генерального штаба Игорь Смирнов.",
            "Игорь Смирнов",
        ),
        ("The wreath was laid by the Chief of the General Staff Tural Hasanov on 20 January.", "Tural Hasanov"),
    ],
)
def test_chief_of_the_general_staff(text: str, name: str) -> None:
    roles = {a.mention: a.role for a in extract_attendees(text)}
    assert roles.get(name) == "Chief of the General Staff"

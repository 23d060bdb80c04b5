"""An anniversary of another thing than the event ("of the diplomatic service", "100-летие АДР") dates nothing."""

from __future__ import annotations

import pytest

from jan20.extract.anniversary import infer_year, stated_anniversary


@pytest.mark.parametrize(
    "text",
    [
        "The embassy held a reception for the 105th anniversary of the diplomatic service.",
        "Guests gathered to celebrate the 100th anniversary of the ADR in the capital.",
        "He spoke at an event on the 30th anniversary of the national army, then left.",
        "a concert devoted to the 25th anniversary of our partnership",
        "the 32nd anniversary of the Heydar Aliyev school",
        "Вчера торжественно отметили 100-летие АДР.",
        "Посольство провело вечер к 105-летию дипломатической службы страны.",
        "Diplomatik xidmət orqanlarının 105 illiyi münasibətilə qəbul verildi.",
        "Polis idarəsinin 30-cu ildönümü qeyd edildi.",
        "Cumhuriyetin 100. yılı coşkuyla kutlandı.",
        "Emniyet teşkilatının 180. yıl dönümü kutlandı.",
    ],
)
def test_another_things_anniversary_states_none(text: str) -> None:
    assert stated_anniversary(text) is None
    assert infer_year(None, text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The 34th anniversary of the 20 January tragedy was marked.", 34),
        ("marking the 30th anniversary of the tragic January events", 30),
        ("The nation observed the 33rd anniversary of the national tragedy", 33),
        ("the 29th anniversary of the martyrs of the nation", 29),
        ("Today is the 32nd anniversary of Black January.", 32),
        ("the 26th anniversary of those bloody events", 26),
        ("the 31st anniversary, honoured in every town", 31),
        ("К 30-летию 20 Января в городе прошли митинги.", 30),
        ("Отметили 30-летие трагедии.", 30),
        ("30-летие в Баку встретили молчанием у памятника трагедии.", 30),
        ("20 Yanvar faciəsinin 34-cü ildönümü ilə bağlı tədbir keçirildi.", 34),
        ("Şəhidlərin xatirəsinin 33-cü ildönümü anıldı.", 33),
        ("20 Ocak katliamının 34. yılı anıldı.", 34),
        ("Kara Ocak’ın 35. yıl dönümünde anma töreni düzenlendi.", 35),
    ],
)
def test_the_events_anniversary_still_counts(text: str, number: int) -> None:
    stated = stated_anniversary(text)
    assert stated is not None and stated.number == number


def test_sentence_ends_are_found_where_the_plain_pattern_finds_them() -> None:
    # `_anniversary_anchor._END` is written with one class of first characters, for speed: it must find every end
    # the plain form finds (a line break; a stop before a blank, not after a digit; "!", "?", "…" before a blank).
    import itertools
    import re

    from jan20.extract._anniversary_anchor import _END

    plain = re.compile(r"\n|(?<!\d)[.!?…](?=\s)|[!?…](?=\s)")
    for chars in itertools.product("\n .!…a1", repeat=5):
        text = "".join(chars)
        assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)], text

"""A sending state in the genitive before an envoy's post in Azerbaijani ("Niderlandın Azərbaycandakı səfiri X",
"Danimarkanın ölkəmizdəki müvəqqəti işlər vəkili Y"): the envoy's role names the state, as for the states the data
knew before (read on pages of embassies visiting the Alley of Martyrs). Sentences written for these tests; the
names are invented."""

from __future__ import annotations

import pytest

from ._helpers import people

EVENT = "20 Yanvar faciəsinin ildönümü ilə bağlı anım tədbiri keçirilib.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Niderlandın Azərbaycandakı səfiri Marta de Boer Şəhidlər xiyabanını ziyarət edib.",
            [("Marta de Boer", "Ambassador of the Netherlands")],
        ),
        (
            "Bu gün Hollandiyanın Bakıdakı səfiri Marta Visser məzarlar üzərinə gül dəstəsi qoyub.",
            [("Marta Visser", "Ambassador of the Netherlands")],
        ),
        (
            "Danimarkanın ölkəmizdəki müvəqqəti işlər vəkili Lars Holm xiyabanı ziyarət edib.",
            [("Lars Holm", "Chargé d'Affaires of Denmark")],
        ),
        (
            "Çexiyanın Azərbaycandakı səfiri Pavel Novak və Portuqaliyanın Bakıdakı səfiri Rui Santos "
            "Şəhidlər xiyabanını ziyarət ediblər.",
            [("Pavel Novak", "Ambassador of the Czech Republic"), ("Rui Santos", "Ambassador of Portugal")],
        ),
        (
            "Braziliyanın ölkəmizdəki səfiri Joao Pereira Əbədi məşəl abidəsi önünə əklil qoyub.",
            [("Joao Pereira", "Ambassador of Brazil")],
        ),
    ],
)
def test_a_sending_state_in_the_genitive_names_the_envoys_country(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(EVENT + text) == expected

"""Which country a word of a title names, in any language, as its English name: "Turkish", "Turkey", "Турции",
"Türkiyənin" are all Turkey. Used to write an ambassador's role one way in every language ("Посол Турции",
"Türkiyənin səfiri" and "Turkish Ambassador" are each "Ambassador of Turkey"). The names are the `[countries]`
tables of the language data."""

from __future__ import annotations

from .. import lang
from ._places import lookup_keys


def word_table(key: str) -> dict[str, str]:
    """Every form of the words each language lists under an English name at `key` (`"Turkey" = "türkiye:proper"`,
    the endings those of its `[places.endings]`), to that name."""
    table: dict[str, str] = {}
    for language, listed_by_name in lang.table(key):
        endings = language.get("places.endings") or {}
        for english, listed in listed_by_name.items():
            for item in listed.split():
                table.update(dict.fromkeys(lang.forms(item, endings), english))
    return table


_COUNTRY_OF = word_table("countries")


def country_named(word: str) -> str | None:
    """The English name of the country a word names (any case form), or None ("the United States")."""
    low, dotless = lookup_keys(word)
    return _COUNTRY_OF.get(low.strip(".,'’")) or _COUNTRY_OF.get(dotless)

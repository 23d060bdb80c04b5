"""Which country a word of a title names, in English, Russian or Azerbaijani, as its English name: "Turkish",
"Turkey", "Турции", "Türkiyənin" are all Turkey. Used to write an ambassador's role one way in every language
("Посол Турции", "Türkiyənin səfiri" and "Turkish Ambassador" are each "Ambassador of Turkey")."""

from __future__ import annotations

from ._places import AZ_ENDINGS, RU_ENDINGS, lookup_keys

# English name: (English words naming it, its Russian stem and declension, its Azerbaijani name)
_COUNTRIES: dict[str, tuple[str, str, str]] = {
    "Turkey": ("turkey turkish türkiye turkiye", "турци ia", "türkiyə"),
    "Russia": ("russia russian", "росси ia", "rusiya"),
    "Georgia": ("georgia georgian", "грузи ia", "gürcüstan"),
    "Ukraine": ("ukraine ukrainian", "украин a", "ukrayna"),
    "Belarus": ("belarus belarusian", "беларус consonant", "belarus"),
    "Kazakhstan": ("kazakhstan kazakh", "казахстан consonant", "qazaxıstan"),
    "Uzbekistan": ("uzbekistan uzbek", "узбекистан consonant", "özbəkistan"),
    "Kyrgyzstan": ("kyrgyzstan kyrgyz", "кыргызстан consonant", "qırğızıstan"),
    "Turkmenistan": ("turkmenistan turkmen", "туркменистан consonant", "türkmənistan"),
    "Tajikistan": ("tajikistan tajik", "таджикистан consonant", "tacikistan"),
    "Pakistan": ("pakistan pakistani", "пакистан consonant", "pakistan"),
    "Afghanistan": ("afghanistan afghan", "афганистан consonant", "əfqanıstan"),
    "Iran": ("iran iranian", "иран consonant", "iran"),
    "Iraq": ("iraq iraqi", "ирак consonant", "iraq"),
    "Israel": ("israel israeli", "израиль/израиля/израилю/израилем/израиле none", "israil"),
    "China": ("china chinese", "китай/китая/китаю/китаем/китае none", "çin"),
    "Japan": ("japan japanese", "япони ia", "yaponiya"),
    "India": ("india indian", "инди ia", "hindistan"),
    "France": ("france french", "франци ia", "fransa"),
    "Germany": ("germany german", "германи ia", "almaniya"),
    "Italy": ("italy italian", "итали ia", "italiya"),
    "Spain": ("spain spanish", "испани ia", "ispaniya"),
    "Greece": ("greece greek", "греци ia", "yunanıstan"),
    "Hungary": ("hungary hungarian", "венгри ia", "macarıstan"),
    "Romania": ("romania romanian", "румыни ia", "rumıniya"),
    "Bulgaria": ("bulgaria bulgarian", "болгари ia", "bolqarıstan"),
    "Poland": ("poland polish", "польш a", "polşa"),
    "the United Kingdom": ("britain british uk", "великобритани/британи ia", "britaniya"),
    "the United States": ("us usa u.s. american america", "сша none", "abş"),
    "Moldova": ("moldova moldovan", "молдов a", "moldova"),
    "Latvia": ("latvia latvian", "латви ia", "latviya"),
    "Lithuania": ("lithuania lithuanian", "литв a", "litva"),
    "Estonia": ("estonia estonian", "эстони ia", "estoniya"),
    "Serbia": ("serbia serbian", "серби ia", "serbiya"),
    "Croatia": ("croatia croatian", "хорвати ia", "xorvatiya"),
    "Egypt": ("egypt egyptian", "египет/египта/египту/египтом/египте none", "misir"),
    "Saudi Arabia": ("saudi", "арави ia", "səudiyyə"),
    "Qatar": ("qatar qatari", "катар consonant", "qətər"),
    "Kuwait": ("kuwait kuwaiti", "кувейт consonant", "küveyt"),
    "Canada": ("canada canadian", "канад a", "kanada"),
    "Austria": ("austria austrian", "австри ia", "avstriya"),
    "Switzerland": ("switzerland swiss", "швейцари ia", "isveçrə"),
    "Sweden": ("sweden swedish", "швеци ia", "isveç"),
    "Norway": ("norway norwegian", "норвеги ia", "norveç"),
    "Belgium": ("belgium belgian", "бельги ia", "belçika"),
    "Korea": ("korea korean", "коре a", "koreya"),
    "the European Union": ("eu european", "евросоюз consonant", "avropa"),
}


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for english, (words, russian, azerbaijani) in _COUNTRIES.items():
        table.update(dict.fromkeys(words.split(), english))
        stems, kind = russian.split()
        for stem in stems.split("/"):  # "none": the forms are listed whole
            table.update(dict.fromkeys((stem + ending for ending in RU_ENDINGS.get(kind, ("",))), english))
        table.update(dict.fromkeys((azerbaijani + ending for ending in AZ_ENDINGS), english))
    return table


_COUNTRY_OF = _table()


def country_named(word: str) -> str | None:
    """The English name of the country a word names (any case form), or None ("the United States")."""
    low, dotless = lookup_keys(word)
    return _COUNTRY_OF.get(low.strip(".,'’")) or _COUNTRY_OF.get(dotless)

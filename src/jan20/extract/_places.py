"""Countries and cities in Russian and Azerbaijani, in every case form: capitalised words that are never part of
a person's name ("посла Турции Джахита Багчи", "Rusiyanın səfiri", "Azərbaycandakı").

English place names need no endings and are listed with the other non-name words in `roles`. Russian and
Azerbaijani decline them, so each is listed by the stem its case endings attach to, and the forms are built
once: listing forms rather than matching prefixes keeps surnames that start like a country ("Китаев") names.
"""

from __future__ import annotations

from ..fold import lowercase

# Russian nouns in -ия/-ея: Турция, Турции, Турцию, Турцией.
_RU_IA = """турци росси грузи франци германи итали испани греци венгри румыни болгари великобритани британи
бельги австри швейцари швеци норвеги финлянди дани латви эстони армени белорусси серби хорвати словаки
словени чехи япони инди индонези малайзи сири арави австрали колумби португали ирланди македони албани
монголи иордани ливи нигери бразили ази молдави бавари"""
# Russian nouns in -а/-я: Европа, Европы, Европе, Европу, Европой.
_RU_A = """европ молдов украин литв польш америк африк канад куб мексик аргентин москв анкар чечн
гяндж шуш"""
# Russian nouns ending in a consonant: Иран, Ирана, Ирану, Ираном, Иране.
_RU_CONSONANT = """иран ирак казахстан узбекистан кыргызстан киргизстан туркменистан таджикистан афганистан
пакистан азербайджан дагестан татарстан башкортостан ватикан катар бахрейн кувейт оман йемен ливан вьетнам
кипр люксембург лондон париж берлин стамбул ереван киев минск вашингтон тегеран
нахчыван нахичеван карабах сумгаит ленкоран"""
# Forms that follow none of the patterns above, and names that do not decline.
_RU_OTHER = """китай китая китаю китаем китае израиль израиля израилю израилем израиле брюссель брюсселя брюсселе
тбилиси баку абхазия абхазии ичкерия ичкерии"""
RU_ENDINGS: dict[str, tuple[str, ...]] = {
    "ia": ("я", "и", "ю", "ей", "ею"),
    "a": ("а", "ы", "и", "е", "у", "ой", "ою", "я", "ю", "ей"),
    "consonant": ("", "а", "у", "ом", "е", "я", "ю", "ем", "ь"),
}
_RU_STEMS = {"ia": _RU_IA, "a": _RU_A, "consonant": _RU_CONSONANT}

# Azerbaijani names as written in the nominative; case endings follow vowel harmony, and every ending of either
# harmony is allowed (a misspelt ending is still not a name). The demonym endings (-lı, -li) are left out: they
# also make surnames and pen names ("Gəncəli").
_AZ = """türkiyə rusiya gürcüstan fransa almaniya italiya ispaniya yunanıstan polşa macarıstan rumıniya
bolqarıstan ukrayna qazaxıstan özbəkistan qırğızıstan türkmənistan tacikistan belarus moldova ermənistan iran
iraq israil çin yaponiya koreya hindistan pakistan əfqanıstan misir ərəbistan avropa amerika abş britaniya
kanada azərbaycan bakı moskva ankara istanbul tbilisi london paris vaşinqton brüssel latviya litva estoniya
avstriya isveçrə isveç norveç finlandiya danimarka niderland belçika serbiya xorvatiya çexiya slovakiya
sloveniya albaniya monqolustan suriya iordaniya livan qətər küveyt bəhreyn oman yəmən naxçıvan qarabağ gəncə
şuşa sumqayıt lənkəran dağıstan tatarıstan"""
AZ_ENDINGS = (
    "", "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "a", "ə", "da", "də", "dan", "dən",
    "ta", "tə", "tan", "tən", "nı", "ni", "nu", "nü", "ı", "i", "u", "ü", "dakı", "dəki", "ndakı", "ndəki",
    "nda", "ndə", "ndan", "ndən",
)  # fmt: skip


def _forms() -> frozenset[str]:
    forms = set(_RU_OTHER.split())
    for kind, stems in _RU_STEMS.items():
        forms.update(stem + ending for stem in stems.split() for ending in RU_ENDINGS[kind])
    forms.update(name + ending for name in _AZ.split() for ending in AZ_ENDINGS)
    return frozenset(forms)


PLACE_FORMS = _forms()


def lookup_keys(word: str) -> tuple[str, str]:
    """The lower-case forms a word is looked up as in tables of Azerbaijani and Russian forms: with I as i, and
    with I as dotless ı (Azerbaijani "İraq" may be typed "Iraq", "İspaniya" "Ispaniya"); İ is i in both."""
    return lowercase(word), lowercase(word.replace("I", "ı"))


def is_place(word: str) -> bool:
    """True when word (any case) is a Russian or Azerbaijani country or city name in one of its case forms."""
    return any(key in PLACE_FORMS for key in lookup_keys(word))

"""Posts named with their place, in every language and case form (invented sentences, offices of real reporting):
Turkish provinces and Azerbaijani towns and districts before a governor's, mayor's or deputy's title, a place of an
office however unknown right before the office's word ("Sarıyer Belediye Başkanı"), district heads without their
district, Turkish provincial posts in English, an honorary consul completed by the consulate the article names, and
the titles that must stay as they are."""

from __future__ import annotations

import pytest

from jan20.extract.attendees import extract_attendees
from jan20.extract.roles import canonical_role, post_length


def _roles(text: str) -> dict[str, str | None]:
    return {a.mention: a.role for a in extract_attendees(text)}


@pytest.mark.parametrize(
    ("written", "role"),
    [
        # a Turkish province, however the title declines it
        ("Iğdır Valisi", "Governor of Igdir"),
        ("İğdır valisi", "Governor of Igdir"),
        ("İğdır valisinin müavini", "Deputy Governor of Igdir"),
        ("Erzurum Vali Yardımcısı", "Deputy Governor of Erzurum"),
        ("Ardahan Valisi", "Governor of Ardahan"),
        ("İzmir Büyükşehir Belediye Başkanı", "Mayor of Izmir"),
        ("AK Parti Iğdır Milletvekili", "Member of the Parliament of Turkey"),
        ("CHP Bursa Milletvekili", "Member of the Parliament of Turkey"),
        ("Bursa Valisi", "Governor of Bursa"),
        ("Qars valisi", "Governor of Kars"),
        ("генеральный консул Азербайджана в Карсе", "Consul General of Azerbaijan in Kars"),
        ("генеральным консулом Азербайджана в Карсе", "Consul General of Azerbaijan in Kars"),
        ("мэр Кёльна", "Mayor of Cologne"),
        ("мэром Кельна", "Mayor of Cologne"),
        # an Azerbaijani town's executive power is its mayor; a district's head is the Head of the District Executive
        # Power the title names (the office alone when it names none, or in a Russian adjective)
        ("Sumqayıt şəhər İcra Hakimiyyətinin başçısı", "Mayor of Sumgait"),
        ("Mingəçevir Şəhər İcra Hakimiyyətinin başçısı", "Mayor of Mingachevir"),
        ("Şamaxı Rayon İcra Hakimiyyətinin başçısı", "Head of the Şamaxı District Executive Power"),
        ("Yasamal rayon İcra Hakimiyyətinin başçısı", "Head of the Yasamal District Executive Power"),
        ("Ağstafa RİH başçısı", "Head of the Ağstafa District Executive Power"),
        ("İcra başçısı", "Head of the Executive Power"),
        (
            "Binəqədi Rayon İcra Hakimiyyəti başçısının birinci müavini",
            "First Deputy Head of the Binəqədi District Executive Power",
        ),
        ("глава исполнительной власти Сабаильского района", "Head of the Executive Power"),
        ("главой исполнительной власти Хатаинского района", "Head of the Executive Power"),
        # a department of a body, and a head of a branch with no name of its own
        ("İctimai-siyasi və humanitar məsələlər şöbəsinin müdiri", "Head of Department"),
        ("Binəqədi rayon şöbəsinin sədri", "Chairman"),
        # Turkish provincial posts, in English
        ("Valisi", "Governor"),
        ("AK Parti İl Başkanı", "Provincial Chairman of the AK Party"),
        ("MHP Kars İl Başkanı", "Provincial Chairman of the Nationalist Movement Party"),
        ("CHP İl Başkanı", "Provincial Chairman of the Republican People's Party"),
        ("Milli Eğitim Müdürü", "Provincial Director"),
        ("İl Müftüsü", "Provincial Mufti"),
        ("Kars İl Müftüsü", "Provincial Mufti"),
        ("Kars Garnizon Komutanı Tuğgeneral", "Garrison Commander"),
        # a state committee, in every language
        (
            "Azerbaycan Cumhuriyeti Dini Kurumlarla İş Üzere Devlet Komitesi Başkanı",
            "Chairman of the State Committee for Work with Religious Associations",
        ),
        (
            "Dini Qurumlarla İş üzrə Dövlət Komitəsinin sədri",
            "Chairman of the State Committee for Work with Religious Associations",
        ),
        (
            "председатель Государственного комитета по работе с религиозными образованиями",
            "Chairman of the State Committee for Work with Religious Associations",
        ),
        (
            "Chairman of the State Committee for Work with Religious Associations",
            "Chairman of the State Committee for Work with Religious Associations",
        ),
        # a municipality's chairman is its mayor
        ("Chairman of Sariyer Municipality", "Mayor of Sariyer"),
        ("Sarıyer Belediye Başkanı", "Mayor of Sarıyer"),
        # and what must stay as it is: another country's office, a governor of a body, an unknown body's head
        ("Georgian Prime Minister", "Georgian Prime Minister"),
        ("Governor of the Central Bank", "Governor of the Central Bank"),
        ("Governor", "Governor"),
        (
            "Xarici İşlər Nazirliyinin mətbuat xidmətinin rəhbəri",
            "Xarici İşlər Nazirliyinin Mətbuat Xidmətinin Rəhbəri",
        ),
    ],
)
def test_posts_with_their_places(written: str, role: str) -> None:
    assert canonical_role(written) == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of an office, however unknown, right before the office's word
        (
            "Anma törenine Sarıyer Belediye Başkanı Kemal Er ve Beykoz Belediye Başkan Yardımcısı Ayşe Tan katıldı.",
            {"Kemal Er": "Mayor of Sarıyer", "Ayşe Tan": "Deputy Mayor of Beykoz"},
        ),
        (
            "The ceremony was attended by the Chairman of Beykoz Municipality Kemal Er and local residents.",
            {"Kemal Er": "Mayor of Beykoz"},
        ),
        (
            "Tədbirdə Şamaxı rayon İcra Hakimiyyətinin başçısı Asif Qasımov və Ağstafa RİH başçısı Seymur Əliyev "
            "iştirak ediblər.",
            {
                "Asif Qasımov": "Head of the Şamaxı District Executive Power",
                "Seymur Əliyev": "Head of the Ağstafa District Executive Power",
            },
        ),
        # "Can", a Turkish given name, is a name's word, not the English verb ending a title
        (
            "The ceremony was attended by the Secretary General of Ankara Metropolitan Municipality Can Yıldız.",
            {"Can Yıldız": "Secretary General of Ankara Metropolitan Municipality"},
        ),
        # a district named after the Russian post, in the genitive
        (
            "В День памяти глава исполнительной власти Губинского района Эльчин Мамедов возложил венок к памятнику.",
            {"Эльчин Мамедов": "Head of the Executive Power"},
        ),
        (
            "Цветы к памятнику возложили глава исполнительной власти Сабунчинского района Адиль Велиев и жители.",
            {"Адиль Велиев": "Head of the Executive Power"},
        ),
        # Russian posts in the genitive after "с участием", "при участии"
        (
            "Мероприятие прошло с участием депутата Милли Меджлиса Эльмана Насирова.",
            {"Эльмана Насирова": "Member of Parliament"},
        ),
        (
            "Вечер прошёл при участии главы исполнительной власти Ясамальского района Ибрагима Мехтиева.",
            {"Ибрагима Мехтиева": "Head of the Executive Power"},
        ),
        # a provincial command, the rank after it the name's
        (
            "Törene İl Jandarma Komutanı Albay Mehmet Er ve Ardahan İl Jandarma Komutanı Tuğgeneral Ali Uz katıldı.",
            {"Mehmet Er": "Provincial Gendarmerie Commander", "Ali Uz": "Provincial Gendarmerie Commander"},
        ),
        # a province's governor, deputy and members of parliament, in a list closed by one verb
        (
            "Programa Iğdır Valisi Murat Kaya, AK Parti Iğdır Milletvekili Ali Demir ve Kars İl Müftüsü Hasan Er "
            "katıldı.",
            {
                "Murat Kaya": "Governor of Igdir",
                "Ali Demir": "Member of the Parliament of Turkey",
                "Hasan Er": "Provincial Mufti",
            },
        ),
        (
            "Tədbirdə İğdır valisinin müavini Əhməd Gül və Azərbaycanın Qars şəhərindəki Baş konsulu Zaur Əliyev "
            "çıxış ediblər.",
            {"Əhməd Gül": "Deputy Governor of Igdir", "Zaur Əliyev": "Consul General of Azerbaijan in Kars"},
        ),
        (
            "Törene AK Parti İl Başkanı Adem Kaya ve Milli Eğitim Müdürü Gökhan Er katıldı.",
            {"Adem Kaya": "Provincial Chairman of the AK Party", "Gökhan Er": "Provincial Director"},
        ),
        # not a place: the sentence's first word ("Törene": to the ceremony)
        ("Törene İl Milli Eğitim Müdürü Ali Kaya katıldı.", {"Ali Kaya": "Provincial Director of National Education"}),
        # a town's office written without its town stays bare: the article's town is not the title's
        (
            "Azerbaycan Kars Başkonsolosluğu anma programı düzenledi. Programa Vali Yardımcısı Adem Er ve Belediye "
            "Başkanı Murat Kaya katıldı. 1990'da Bakü'de 147 kişi öldürüldü.",
            {"Adem Er": "Deputy Governor", "Murat Kaya": "Mayor"},
        ),
        (
            "Azerbaycan'ın İstanbul ve Kars başkonsoloslukları anma düzenledi. Programa Vali Yardımcısı Adem Er "
            "katıldı.",
            {"Adem Er": "Deputy Governor"},
        ),
        # a post after a name with a degree before it is the next name's when a degree and a name follow it
        (
            "На мероприятии также выступили академик Васиф Мамедов, заведующий кафедрой, профессор Иса Рустамов.",
            {"Васиф Мамедов": "Academician", "Иса Рустамов": "Head of Department"},
        ),
        (
            "На вечере выступили профессор Иса Рустамов, заведующий кафедрой, и студенты.",
            {"Иса Рустамов": "Head of Department"},
        ),
        # an honorary consul completed by the honorary consulate the article names ("в г. Харьков": an abbreviation)
        (
            "У Почетного консульства Азербайджанской Республики в г. Харьков прошла траурная церемония. Почетный "
            "консул Азербайджана Фарид Салманов возложил цветы.",
            {"Фарид Салманов": "Honorary Consul of Azerbaijan in Kharkiv"},
        ),
        (
            "The Honorary Consulate of Azerbaijan in Houston held a memorial evening. Honorary Consul John Reed laid "
            "a wreath.",
            {"John Reed": "Honorary Consul of Azerbaijan in Houston"},
        ),
    ],
)
def test_posts_with_their_places_in_sentences(text: str, expected: dict[str, str | None]) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("Sahil Güvenlik Komutanı Jandarma Albay", "Sahil Güvenlik Komutanı"),  # the rank and its branch: the name's
        ("Consul General", "Consul General"),  # a title the data knows whole
        ("министр внутренних дел генерал-полковник", "министр внутренних дел генерал-полковник"),
        ("Prof. Dr.", "Prof. Dr."),  # degrees only: no post before them
    ],
)
def test_one_rule_for_the_ranks_after_a_post(title: str, post: str) -> None:
    words = title.split()
    assert " ".join(words[: post_length(words)]) == post


def test_a_title_known_whole_with_a_rank_is_still_the_post() -> None:
    assert canonical_role("İl Jandarma Komutanı Jandarma Yarbay") == "Provincial Gendarmerie Commander"
    assert canonical_role("kafedra müdiri professor") == "Head of Department"
